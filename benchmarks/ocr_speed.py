"""Seconds per page and peak memory for each OCR engine and for the PDF text-layer path.

Not a test: it prints figures. Each engine runs in its own process so peak memory is its own.
    .venv/bin/python benchmarks/ocr_speed.py [--seed 11] [--engines rapidocr,tesseract]
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# A packet's usual pages: ID card copy, permit, both 户口簿 pages, a 4-page contract, a tax record.
PAGE_PLAN = [
    ("id_card", "a4_copy"),
    ("residence_permit", None),
    ("household_register_cover", None),
    ("household_register_member", None),
    ("labour_contract", None),
    ("tax_record", None),
    ("social_insurance_record", None),
]


def make_scans(folder: Path, seed: int) -> list[Path]:
    """Scanned A4 pages (300 dpi, grey, slight skew) of the usual documents, as PNG files."""
    from samples.generator import apply_capture, list_layouts, make_person, render_document

    rng = random.Random(seed)
    person = make_person(rng)
    paths = []
    for doc_type, wanted in PAGE_PLAN:
        layouts = list_layouts(doc_type)
        layout = wanted if wanted in layouts else rng.choice(layouts)
        doc = render_document(doc_type, person, rng, layout=layout)
        for number, page in enumerate(doc.pages, 1):
            if min(page.size) < 1500:
                continue  # card-sized images are not A4 pages
            path = folder / f"{doc_type}_{number}.png"
            apply_capture(page, "scan", rng).save(path)
            paths.append(path)
    return paths


def make_text_pdfs(folder: Path, seed: int) -> list[Path]:
    from samples.generator import make_person, render_document, write_text_pdf

    rng = random.Random(seed)
    person = make_person(rng)
    paths = []
    for doc_type in ("tax_record", "labour_contract"):
        path = folder / f"{doc_type}.pdf"
        write_text_pdf(render_document(doc_type, person, rng), path)
        paths.append(path)
    return paths


def peak_rss_mb() -> float:
    """VmHWM: unlike ru_maxrss it is not inherited across exec from the (image-heavy) parent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_engine(engine_name: str, paths: list[str]) -> dict:
    """Runs in a child process: build the engine, warm it once, read every page."""
    from PIL import Image

    from precheck.ocr.engines import get_engine

    started = time.perf_counter()
    engine = get_engine(engine_name)
    engine.warm_up()
    warm_up = time.perf_counter() - started
    seconds, lines = [], []
    for path in paths:
        image = Image.open(path).convert("RGB")
        t = time.perf_counter()
        result = engine.recognize(image)
        seconds.append(time.perf_counter() - t)
        lines.append(len(result.lines))
    return {
        "engine": f"{engine.name} {engine.version}",
        "pages": len(paths),
        "warm_up_s": warm_up,
        "seconds": seconds,
        "lines": lines,
        "peak_rss_mb": peak_rss_mb(),
    }


def measure_text_layer(paths: list[str]) -> dict:
    from precheck.ingest.pages import iter_pages
    from precheck.ingest.packet import open_packet

    folder = Path(paths[0]).parent
    t = time.perf_counter()
    pages = [p for p in iter_pages(open_packet(folder)) if getattr(p, "has_text_layer", False)]
    total = time.perf_counter() - t
    return {
        "engine": "PDF text layer (pdfplumber/pypdfium2)",
        "pages": len(pages),
        "seconds": [total / max(len(pages), 1)] * len(pages),
        "peak_rss_mb": peak_rss_mb(),
    }


def child(kind: str, paths: list[str]) -> dict:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, *paths], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def summary(result: dict) -> str:
    s = result["seconds"]
    return (f"{result['engine']:<42} pages {result['pages']:>3}  median {statistics.median(s):5.2f} s/page  "
            f"mean {statistics.mean(s):5.2f}  max {max(s):5.2f}  peak RSS {result['peak_rss_mb']:6.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--engines", default="rapidocr,tesseract")
    parser.add_argument("--child", nargs="+")
    args = parser.parse_args()
    if args.child:
        kind, *paths = args.child
        result = measure_text_layer(paths) if kind == "text_layer" else measure_engine(kind, paths)
        print(json.dumps(result))
        return
    with tempfile.TemporaryDirectory() as tmp:
        scans_dir, pdf_dir = Path(tmp, "scans"), Path(tmp, "pdf")
        scans_dir.mkdir()
        pdf_dir.mkdir()
        scans = [str(p) for p in make_scans(scans_dir, args.seed)]
        pdfs = [str(p) for p in make_text_pdfs(pdf_dir, args.seed)]
        print(f"{len(scans)} scanned A4 pages (300 dpi), seed {args.seed}; 2-core machine figures in README")
        for engine in args.engines.split(","):
            result = child(engine, scans)
            print(summary(result))
            per_page = ", ".join(f"{Path(p).stem} {s:.2f}" for p, s in zip(scans, result["seconds"]))
            print(f"    warm-up {result['warm_up_s']:.1f} s; per page: {per_page}")
        print(summary(child("text_layer", pdfs)))


if __name__ == "__main__":
    main()
