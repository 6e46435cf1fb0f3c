"""python -m samples.outsider_x.selfcheck DIR --seed 5501 --count 40

Checks the generated set: layout and truth format, every listed page exists
with the page count its file has, documents point at listed pages, rules.py
re-derives each truth's rules/verdict/points, ID and credit-code check digits,
normalised field values, the scenario mix, and that a redraw of a couple of
packets gives the same bytes. Prints `problems: N` last; exit 1 if N > 0."""
from __future__ import annotations

import argparse
import io
import json
import re
import sys
import tempfile
from collections import Counter
from pathlib import Path

from PIL import Image

from . import ids
from .rules import derive
from .scenario import plan, slot_for

TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown", "other"}
CAPTURES = {"scan", "scan_grey", "scan_bw", "photocopy", "lowres", "photo", "screenshot", "text_pdf"}
TOP_KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
DATE_FIELDS = {"birth_date", "valid_from", "valid_until", "issue_date", "start_date", "end_date", "signing_date",
               "registration_date", "graduation_date"}


def page_count(path: Path) -> int:
    suf = path.suffix.lower()
    if suf == ".pdf":
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(str(path)))
    if suf == ".heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
    im = Image.open(path)
    n = getattr(im, "n_frames", 1)
    for i in range(n):
        im.seek(i)
        if im.size[0] * im.size[1] > 12.6e6:
            raise ValueError(f"{path.name} frame {i} has {im.size[0] * im.size[1] / 1e6:.1f} MP")
    return n


def check_packet(root: Path, i: int, seed: int, problems: list, stats: dict):
    name = f"x{i:03d}"
    tp = root / f"{name}.truth.json"
    pdir = root / name
    if not tp.exists() or not pdir.is_dir():
        problems.append(f"{name}: missing truth or folder")
        return
    t = json.loads(tp.read_text(encoding="utf-8"))
    if list(t.keys()) != TOP_KEYS:
        problems.append(f"{name}: top keys {list(t.keys())}")
    if t["packet"] != name:
        problems.append(f"{name}: packet field {t['packet']}")
    # pages vs files
    listed = {}
    for pg in t["pages"]:
        if set(pg) != {"file", "page", "type", "capture", "rotation"}:
            problems.append(f"{name}: page keys {sorted(pg)}")
        if pg["type"] not in TYPES:
            problems.append(f"{name}: page type {pg['type']}")
        if pg["capture"] not in CAPTURES:
            problems.append(f"{name}: capture {pg['capture']}")
        if pg["rotation"] not in (0, 90, 180, 270):
            problems.append(f"{name}: rotation {pg['rotation']}")
        key = (pg["file"], pg["page"])
        if key in listed:
            problems.append(f"{name}: page listed twice {key}")
        listed[key] = pg
        stats["capture"][pg["capture"]] += 1
        stats["rotation"][pg["rotation"]] += 1
        stats["ptype"][pg["type"]] += 1
    files = sorted(p.name for p in pdir.iterdir())
    lfiles = sorted({f for f, _ in listed})
    if files != lfiles:
        problems.append(f"{name}: files on disk {set(files) ^ set(lfiles)} differ from listed")
    for fn in files:
        try:
            n = page_count(pdir / fn)
        except Exception as e:  # noqa: BLE001
            problems.append(f"{name}: cannot open {fn}: {e}")
            continue
        want = sorted(p for f, p in listed if f == fn)
        if want != list(range(1, n + 1)):
            problems.append(f"{name}: {fn} has {n} pages, truth lists {want}")
        stats["ext"][Path(fn).suffix.lower()] += 1
        if fn.lower().endswith(".pdf"):
            raw = (pdir / fn).read_bytes()
            m = re.search(rb"/CreationDate \(D:(\d{8})", raw)
            if not m or not (b"2025" <= m.group(1)[:4] <= b"2026") or m.group(1).decode() > t["as_of"].replace("-", ""):
                problems.append(f"{name}: {fn} creation date not pinned before as_of: {m.group(1) if m else None}")
    if len(listed) > 16:
        problems.append(f"{name}: {len(listed)} pages > 16")
    stats["pages"] += len(listed)
    # documents
    for d in t["documents"]:
        if set(d) != {"type", "layout", "pages", "fields", "rows"}:
            problems.append(f"{name}: document keys {sorted(d)}")
        if not d["pages"]:
            problems.append(f"{name}: {d['type']} has no pages")
        for ref in d["pages"]:
            key = (ref["file"], ref["page"])
            if key not in listed:
                problems.append(f"{name}: {d['type']} page {key} not listed")
                continue
            ptype = listed[key]["type"]
            on_page = {x["type"] for x in t["documents"] if any((r["file"], r["page"]) == key for r in x["pages"])}
            if ptype != d["type"] and ptype not in on_page:
                problems.append(f"{name}: page {key} typed {ptype}, holds {on_page}")
        for k, v in d["fields"].items():
            if k in DATE_FIELDS and v is not None and v != "long_term" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                problems.append(f"{name}: {d['type']}.{k} not a date: {v}")
            if isinstance(v, str) and (re.search(r"\s", v) or re.search(r"[０-９Ａ-Ｚａ-ｚ（）]", v)):
                problems.append(f"{name}: {d['type']}.{k} not normalised: {v}")
            if "id_number" in k and v and not re.fullmatch(r"\d{17}[\dX]", v):
                problems.append(f"{name}: {d['type']}.{k} bad form {v}")
            if "id_number" in k and v and not ids.id_valid(v) and not any(x == "id_typo" for x in t["defects"]):
                problems.append(f"{name}: {d['type']}.{k} fails GB 11643 without an id_typo defect")
        for r in d["rows"]:
            if d["type"] == "tax_record":
                if set(r) != {"period", "withholding_agent", "amount"} or not re.fullmatch(r"\d{4}-\d{2}", r["period"]) \
                        or not re.fullmatch(r"\d+\.\d{2}", r["amount"]):
                    problems.append(f"{name}: tax row {r}")
            elif d["type"] == "social_insurance_record":
                if set(r) != {"month", "employer", "base", "back_payment"} or not re.fullmatch(r"\d{4}-\d{2}", r["month"]) \
                        or not isinstance(r["back_payment"], bool):
                    problems.append(f"{name}: si row {r}")
    # pages of a document type appear in a document
    for key, pg in listed.items():
        if pg["type"] in ("unknown", "other"):
            continue
        if not any((r["file"], r["page"]) == key for d in t["documents"] for r in d["pages"]):
            problems.append(f"{name}: page {key} typed {pg['type']} but in no document")
    # rules
    r = derive(t)
    if r["expected_rules"] != t["expected_rules"] or r["verdict"] != t["verdict"] or r["points"] != t["points"]:
        problems.append(f"{name}: rules.py derives {r} but truth has {t['expected_rules']} {t['verdict']} {t['points']}")
    cls, app, _ = slot_for(seed, i)
    if t["verdict"] != cls or t["application"] != app:
        problems.append(f"{name}: verdict/application {t['verdict']}/{t['application']} != planned {cls}/{app}")
    stats["verdict"][t["verdict"]] += 1
    stats["application"][t["application"]] += 1
    for x in t["expected_rules"]:
        stats["rules"][x] += 1
    for d in t["documents"]:
        stats["layouts"][f"{d['type']}:{d['layout']}"] += 1
    # credit codes of every company in the plan
    p = plan(seed, i)
    for d in p["docs"]:
        e = d["extra"]
        codes = []
        if "emp" in e:
            codes.append(e["emp"]["uscc"])
        codes += list(e.get("uscc", {}).values())
        if e.get("agency"):
            codes.append(e["agency"]["uscc"])
        for c in codes:
            if not ids.uscc_valid(c):
                problems.append(f"{name}: credit code {c} fails GB 32100")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_x.selfcheck")
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=5501)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--redraw", type=int, nargs="*", help="indices to redraw (default: two)")
    a = ap.parse_args(argv)
    root = Path(a.dir)
    problems: list[str] = []
    stats = {k: Counter() for k in ("capture", "rotation", "ptype", "ext", "verdict", "application", "rules", "layouts")}
    stats["pages"] = 0
    for i in range(a.count):
        check_packet(root, i, a.seed, problems, stats)
    extra = {p.name for p in root.iterdir()} - {f"x{i:03d}" for i in range(a.count)} - {f"x{i:03d}.truth.json" for i in range(a.count)}
    if extra:
        problems.append(f"unexpected entries in {root}: {sorted(extra)}")
    digital = stats["capture"]["screenshot"] + stats["capture"]["text_pdf"]
    if stats["pages"] and digital > stats["pages"] / 3:
        problems.append(f"screenshots + text PDFs are {digital}/{stats['pages']} pages, more than a third")
    # redraw
    from .packet import build
    idx = a.redraw if a.redraw is not None else sorted({0, a.count // 2 + 1} & set(range(a.count)))
    with tempfile.TemporaryDirectory() as td:
        for i in idx:
            build(a.seed, i, Path(td))
            name = f"x{i:03d}"
            for f in sorted((Path(td) / name).iterdir()):
                orig = root / name / f.name
                if not orig.exists() or orig.read_bytes() != f.read_bytes():
                    problems.append(f"{name}: redraw of {f.name} differs")
            if (Path(td) / f"{name}.truth.json").read_bytes() != (root / f"{name}.truth.json").read_bytes():
                problems.append(f"{name}: redraw of truth differs")
            print(f"redrew {name}: {len(list((Path(td) / name).iterdir()))} files compared")
    print("verdicts:", dict(stats["verdict"]), " applications:", dict(stats["application"]))
    print("pages:", stats["pages"], " captures:", dict(stats["capture"]))
    print("rotations:", dict(stats["rotation"]), " file types:", dict(stats["ext"]))
    print("page types:", dict(stats["ptype"]))
    print("rules:", dict(stats["rules"]))
    print("layouts:", dict(sorted(stats["layouts"].items())))
    for p in problems:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
