"""Peak memory and seconds on the worst inputs of issue 8, each checked in a fresh process.

Not a test: it prints figures (the README's table comes from here).
    .venv/bin/python benchmarks/hostile_memory.py [--engines rapidocr,none] [--cases big-jpeg,pdf-500]

Every case is built first (by tests/hostile.py, in a temporary folder), then a child process imports precheck, builds
the engine and runs the whole check (ingest, OCR where the case reaches it, extraction, rules) on it. The child
reports its own peak resident memory (VmHWM) and the seconds the check took, model loading excluded. Engine "none"
reads nothing: what ingest and the pipeline cost alone; "rapidocr" is the default engine, OCR cache off."""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Callable

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.ocr_speed import peak_rss_mb  # noqa: E402
from tests import hostile  # noqa: E402


def _bomb(folder: Path) -> Path:
    folder.mkdir()
    (folder / "bomb.png").write_bytes(hostile.bomb_png())
    return folder


def _big_jpeg(folder: Path) -> Path:
    folder.mkdir()
    return hostile.big_jpeg(folder / "photo.jpg").parent


def _big_png(folder: Path) -> Path:
    folder.mkdir()
    return hostile.streamed_png(folder / "scan.png", 15_000, 15_000).parent


def _png_at_limit(folder: Path) -> Path:
    folder.mkdir()
    return hostile.streamed_png(folder / "scan.png", 10_000, 10_000).parent


def _pdf_500(folder: Path) -> Path:
    folder.mkdir()
    return hostile.blank_pdf(folder / "long.pdf", 500).parent


def _tiff_200(folder: Path) -> Path:
    folder.mkdir()
    return hostile.tiff_frames(folder / "scan.tif", 200, size=(1240, 1754)).parent  # A4 at 150 dpi


def _zip_bomb(folder: Path) -> Path:
    import zipfile

    folder.mkdir()
    path = folder / "applicant.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        hostile.zip_bomb_entry(archive, "bomb.png", 2 << 30)  # 2 GB of zeros, about 2 MB packed
    return path


def _files_300(folder: Path) -> Path:
    folder.mkdir()
    page = hostile.encoded(hostile.small_page((1240, 1754)), "JPEG", quality=80)
    for number in range(300):
        (folder / f"p{number:03d}.jpg").write_bytes(page)
    return folder


def _baseline(folder: Path) -> Path:
    return hostile.add_good_page(folder).parent


CASES: dict[str, tuple[str, Callable[[Path], Path]]] = {
    "baseline": ("one text-layer PDF page (what any run costs)", _baseline),
    "big-jpeg": ("15,000 × 15,000 JPEG photo", _big_jpeg),
    "big-png": ("15,000 × 15,000 PNG scan (refused: page-megapixels)", _big_png),
    "png-at-limit": ("10,000 × 10,000 PNG scan (at page-megapixels, decoded whole)", _png_at_limit),
    "bomb-png": ("decompression-bomb PNG, 10,000 megapixels declared", _bomb),
    "pdf-500": ("PDF of 500 blank A4 pages (first 100 read)", _pdf_500),
    "tiff-200": ("TIFF of 200 A4 frames (first 100 read)", _tiff_200),
    "zip-bomb": ("zip with a 2 GB entry packed to 2 MB", _zip_bomb),
    "files-300": ("folder of 300 A4 JPEG pages", _files_300),
}


class NoEngine:
    """Reads nothing: the cost of getting pages in, without OCR."""

    name, version = "none", "-"

    def recognize(self, image):
        from precheck.ocr.base import OcrResult

        return OcrResult(lines=[], rotation=0, width=image.width, height=image.height)


def measure(path: str, engine_name: str) -> dict:
    """In the child: build the engine, then check the packet once."""
    from precheck.pipeline.stages import CheckOptions, check_packet

    if engine_name == "none":
        engine = NoEngine()
    else:
        from precheck.ocr.engines import get_engine

        engine = get_engine(engine_name)
        engine.warm_up()
    started = time.perf_counter()
    report = check_packet(Path(path), CheckOptions(as_of=date(2026, 12, 1)), engine)
    seconds = time.perf_counter() - started
    messages = [f.message for f in report.findings if f.rule == "input.unreadable_file"]
    return {"seconds": seconds, "peak_rss_mb": peak_rss_mb(), "pages": len(report.pages), "messages": messages}


def run_case(case: str, engine: str) -> dict:
    work = Path(tempfile.mkdtemp(prefix="precheck-hostile-"))
    try:
        path = CASES[case][1](work / "packet")
        done = subprocess.run([sys.executable, __file__, "--child", str(path), engine], capture_output=True, text=True,
                              cwd=ROOT, env=dict(os.environ, PRECHECK_OCR_THREADS=os.environ.get("PRECHECK_OCR_THREADS", "2")))
        if done.returncode != 0:
            return {"error": done.stderr.strip().splitlines()[-1] if done.stderr.strip() else f"exit {done.returncode}"}
        return json.loads(done.stdout.strip().splitlines()[-1])
    finally:
        shutil.rmtree(work, ignore_errors=True)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--engines", default="none,rapidocr")
    parser.add_argument("--cases", default=",".join(CASES))
    parser.add_argument("--child", nargs=2, metavar=("PATH", "ENGINE"))
    args = parser.parse_args()
    if args.child:
        print(json.dumps(measure(*args.child), ensure_ascii=False))
        return
    print(f"{date.today()} · {platform.machine()} · {os.cpu_count()} CPUs · Python {platform.python_version()}")
    print(f"{'case':<58} {'engine':<9} {'pages':>5} {'peak RSS':>9} {'seconds':>8}")
    for case in args.cases.split(","):
        for engine in args.engines.split(","):
            result = run_case(case, engine)
            if "error" in result:
                print(f"{CASES[case][0]:<58} {engine:<9} failed: {result['error']}", flush=True)
                continue
            print(f"{CASES[case][0]:<58} {engine:<9} {result['pages']:>5} {result['peak_rss_mb']:>6.0f} MB "
                  f"{result['seconds']:>8.1f}", flush=True)
            for message in result["messages"][:2]:
                print(f"    {message}", flush=True)


if __name__ == "__main__":
    main()
