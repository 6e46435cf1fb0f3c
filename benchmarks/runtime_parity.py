"""OpenVINO against ONNX Runtime under the same RapidOCR models: the same readings, how much faster, and memory.

Not a test: it prints figures. Every image page of the first packets of a set is read by both runtimes in one
process (each engine warmed up first, cache off), alternating which goes first so a machine slowing down mid-run
weighs on both alike. Printed: pages whose lines read character for character the same, the largest difference of a
line's and of a character's confidence, how many character confidences moved across one of the rules' floors, and
seconds per page for each runtime. Memory is not measured here (both engines share the process): compare one
`precheck check` per runtime under /usr/bin/time -f %M, as README does.
    .venv/bin/python benchmarks/runtime_parity.py --packets DIR [--count 6]
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Where a character's confidence changes what a rule says (rules/fields.py, rules/compare.py).
FLOORS = (0.5, 0.8, 0.9, 0.95, 0.99)


def engines():
    from precheck.ocr.rapid import RapidOcrEngine

    os.environ["PRECHECK_OCR_RUNTIME"] = "onnxruntime"
    ort = RapidOcrEngine()
    os.environ["PRECHECK_OCR_RUNTIME"] = "openvino"
    openvino = RapidOcrEngine()
    for engine in (ort, openvino):
        engine.warm_up()
    return ort, openvino


def image_pages(packets: list[Path]):
    from precheck.ingest.packet import open_packet
    from precheck.ingest.pages import PageInput, iter_pages

    for packet in packets:
        for item in iter_pages(open_packet(packet)):
            if isinstance(item, PageInput) and not item.has_text_layer:
                yield f"{packet.name}/{item.ref.file}#{item.ref.page}", item.load_image()


def crossings(one: list[float], other: list[float]) -> int:
    return sum(1 for a, b in zip(one, other) for floor in FLOORS if (a >= floor) != (b >= floor))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--packets", type=Path, required=True)
    parser.add_argument("--count", type=int, default=6)
    args = parser.parse_args()
    packets = sorted(p for p in args.packets.iterdir() if p.is_dir() and not p.name.startswith("_"))[: args.count]
    ort, openvino = engines()
    seconds = {"onnxruntime": [], "openvino": []}
    same = 0
    line_gap = char_gap = 0.0
    crossed = 0
    pages = 0
    for number, (name, image) in enumerate(image_pages(packets)):
        order = (ort, openvino) if number % 2 == 0 else (openvino, ort)
        readings = {}
        for engine in order:
            started = time.perf_counter()
            readings[engine.runtime] = engine.recognize(image)
            seconds[engine.runtime].append(time.perf_counter() - started)
        a, b = readings["onnxruntime"].lines, readings["openvino"].lines
        pages += 1
        if [line.text for line in a] == [line.text for line in b]:
            same += 1
            for x, y in zip(a, b):
                line_gap = max(line_gap, abs(x.confidence - y.confidence))
                if x.char_confidences and y.char_confidences:
                    char_gap = max(char_gap, max(abs(p - q) for p, q in zip(x.char_confidences, y.char_confidences)))
                    crossed += crossings(x.char_confidences, y.char_confidences)
        else:
            only_a = [line.text for line in a if line.text not in {line.text for line in b}]
            only_b = [line.text for line in b if line.text not in {line.text for line in a}]
            print(f"  differs: {name}: onnxruntime {only_a[:3]} / openvino {only_b[:3]}")
    print(f"{pages} image pages of {len(packets)} packets in {args.packets}")
    print(f"  read the same, line for line: {same} of {pages}")
    print(f"  on those, largest confidence difference: line {line_gap:.4f}, character {char_gap:.4f}; "
          f"character confidences crossing a rule's floor {FLOORS}: {crossed}")
    for runtime, values in seconds.items():
        print(f"  {runtime:12s} seconds per page: median {statistics.median(values):.2f}, "
              f"mean {statistics.mean(values):.2f}, max {max(values):.2f}")


if __name__ == "__main__":
    main()
