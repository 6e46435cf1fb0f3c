"""Record what OCR read on some pages of a packet, with the truth of their document, as a test fixture.

    python scripts/record_ocr_fixture.py PACKET_DIR FILE [FILE...] --out tests/fixtures/ocr/NAME.json

Tests replay these lines through the extractors (fast, identical every run); live OCR runs in fewer tests.
"""
from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from precheck.ocr.engines import open_engine
from precheck.pipeline.stages import STAGES, CheckOptions, run_check


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("packet", type=Path)
    parser.add_argument("files", nargs="+")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--ocr", default="rapidocr")
    args = parser.parse_args()
    truth = json.loads((args.packet.parent / f"{args.packet.name}.truth.json").read_text(encoding="utf-8"))
    read_pages_only = STAGES[:1]
    run = run_check(args.packet, CheckOptions(as_of=date.today()), open_engine(args.ocr), stages=read_pages_only)
    pages = [p for p in run.pages if p.ref.file in args.files]
    documents = [d for d in truth["documents"] if any(p["file"] in args.files for p in d["pages"])]
    captures = {p["file"]: p["capture"] for p in truth["pages"]}
    fixture = {
        "source": f"{args.packet.name} ({args.ocr})",
        "pages": [json.loads(p.model_dump_json()) | {"capture": captures.get(p.ref.file)} for p in pages],
        "documents": [{"type": d["type"], "layout": d.get("layout"), "fields": d["fields"], "rows": d["rows"]} for d in documents],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(fixture, ensure_ascii=False, indent=1), encoding="utf-8")
    print(f"{args.out}: {len(pages)} pages, {len(documents)} documents")


if __name__ == "__main__":
    main()
