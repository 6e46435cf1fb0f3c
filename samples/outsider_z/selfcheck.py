"""Self-check of a generated set.

python -m samples.outsider_z.selfcheck DIR --seed 9101 --count 40
"""
from __future__ import annotations

import argparse
import filecmp
import json
import os
import re
import sys
import tempfile

from .rules import derive
from .util import id_valid, uscc_valid

CAPTURES = {"photo", "chat", "scan", "photocopy", "bilevel", "lowres", "screenshot", "text_pdf"}
DIGITAL = {"screenshot", "text_pdf"}
TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}
ID_FIELDS = ("id_number", "employee_id_number", "spouse_id_number")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# defects under which an invalid ID number is deliberate
ID_DEFECTS = {"id_check_digit_wrong_on_contract"}


def page_count(path: str) -> int:
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        n = len(pdf)
        pdf.close()
        return n
    if ext in (".heic", ".heif"):
        import pillow_heif
        return len(pillow_heif.open_heif(path))
    from PIL import Image
    with Image.open(path) as im:
        n = getattr(im, "n_frames", 1)
        im.load()
    return n


def check_packet(root, pid, problems):
    tp = os.path.join(root, pid + ".truth.json")
    folder = os.path.join(root, pid)
    if not os.path.isfile(tp) or not os.path.isdir(folder):
        problems.append(f"{pid}: missing truth or folder")
        return None
    t = json.load(open(tp, encoding="utf-8"))
    P = lambda m: problems.append(f"{pid}: {m}")
    for k in ("packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"):
        if k not in t:
            P(f"truth lacks key {k}")
    if t.get("packet") != pid:
        P("packet id differs")
    if not DATE_RE.match(t["as_of"]) or not t["as_of"].startswith("2026-"):
        P("as_of not a 2026 date")
    # pages and files
    files = sorted(os.listdir(folder))
    listed = {}
    for p in t["pages"]:
        listed.setdefault(p["file"], []).append(p["page"])
        if p["capture"] not in CAPTURES:
            P(f"capture {p['capture']}")
        if p["rotation"] not in (0, 90, 180, 270):
            P(f"rotation {p['rotation']}")
        ts = p.get("types", [p["type"]])
        if ts[0] != p["type"] or any(x not in TYPES for x in ts):
            P(f"types of {p['file']}#{p['page']}")
    for fn in files:
        if fn not in listed:
            P(f"file not listed: {fn}")
    for fn, pages in listed.items():
        path = os.path.join(folder, fn)
        if not os.path.isfile(path):
            P(f"listed file missing: {fn}")
            continue
        try:
            n = page_count(path)
        except Exception as e:  # noqa
            P(f"cannot open {fn}: {e}")
            continue
        if sorted(pages) != list(range(1, n + 1)):
            P(f"{fn}: pages listed {sorted(pages)} but the file has {n}")
    # documents <-> pages
    page_types = {(p["file"], p["page"]): set(p.get("types", [p["type"]])) for p in t["pages"]}
    covered = {k: set() for k in page_types}
    for d in t["documents"]:
        if d["type"] not in TYPES:
            P(f"document type {d['type']}")
        if not d["pages"]:
            P(f"document {d['type']} without pages")
        for ref in d["pages"]:
            k = (ref["file"], ref["page"])
            if k not in page_types:
                P(f"document {d['type']} refers to unlisted page {k}")
            elif d["type"] not in page_types[k]:
                P(f"document {d['type']} on page {k} typed {page_types[k]}")
            else:
                covered[k].add(d["type"])
        for f, v in d["fields"].items():
            if f.endswith("_date") or f in ("valid_from",) or (f == "valid_until" and v != "long_term"):
                if not DATE_RE.match(str(v)):
                    P(f"{d['type']}.{f} = {v!r} not a date")
            if f in ID_FIELDS:
                if not id_valid(v) and not (set(t["defects"]) & ID_DEFECTS):
                    P(f"{d['type']}.{f} {v} fails GB 11643")
            if isinstance(v, str) and (" " in v or any(0xFF01 <= ord(c) <= 0xFF5E for c in v)):
                P(f"{d['type']}.{f} not normalised: {v!r}")
        for name, code in (d.get("credit_codes") or {}).items():
            if not uscc_valid(code):
                P(f"统一社会信用代码 {code} of {name} fails GB 32100")
        for r in d.get("rows", []):
            if "period" in r and not re.match(r"^\d{4}-\d{2}$", r["period"]):
                P(f"row period {r['period']}")
            if "month" in r and not re.match(r"^\d{4}-\d{2}$", r["month"]):
                P(f"row month {r['month']}")
    for k, ts in page_types.items():
        if covered[k] != ts:
            P(f"page {k} typed {sorted(ts)} but documents give {sorted(covered[k])}")
    # rules, verdict, points
    res = derive(t)
    for k in ("expected_rules", "verdict", "points"):
        if res[k] != t[k]:
            P(f"derive() {k} = {res[k]} but truth has {t[k]}")
    if t["expected_rules"] != sorted(t["expected_rules"]):
        P("expected_rules not sorted")
    if bool(t["defects"]) != bool(t["expected_rules"]):
        P("defects and expected_rules disagree on cleanliness")
    # digital share
    dig = sum(1 for p in t["pages"] if p["capture"] in DIGITAL)
    if dig * 3 > len(t["pages"]):
        P(f"{dig} of {len(t['pages'])} pages are digital (> 1/3)")
    return t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_z.selfcheck")
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=9101)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--rebuild", type=int, nargs="*", default=None,
                    help="packet indices to rebuild and compare byte for byte (default: two of them)")
    a = ap.parse_args(argv)
    problems = []
    stats = {"pages": 0, "files": 0, "verdict": {}, "capture": {}, "types": {}, "defects": {}}
    for i in range(a.count):
        pid = f"z{i:03d}"
        t = check_packet(a.dir, pid, problems)
        if not t:
            continue
        stats["pages"] += len(t["pages"])
        stats["files"] += len({p["file"] for p in t["pages"]})
        stats["verdict"][t["verdict"]] = stats["verdict"].get(t["verdict"], 0) + 1
        for p in t["pages"]:
            stats["capture"][p["capture"]] = stats["capture"].get(p["capture"], 0) + 1
        for dd in t["documents"]:
            stats["types"][dd["type"]] = stats["types"].get(dd["type"], 0) + 1
        for x in t["defects"]:
            stats["defects"][x] = stats["defects"].get(x, 0) + 1
    # extra folders / truths not expected
    for fn in os.listdir(a.dir):
        m = re.match(r"^z(\d{3})(\.truth\.json)?$", fn)
        if m and int(m.group(1)) >= a.count:
            problems.append(f"unexpected {fn}")
    # determinism: rebuild two packets and compare
    from .packet import build
    idx = a.rebuild if a.rebuild is not None else sorted({0, max(0, a.count // 2 - 1)})
    with tempfile.TemporaryDirectory() as tmp:
        for i in idx:
            pid = f"z{i:03d}"
            build(a.seed, i, tmp)
            for fn in sorted(os.listdir(os.path.join(a.dir, pid))):
                x, y = os.path.join(a.dir, pid, fn), os.path.join(tmp, pid, fn)
                if not os.path.isfile(y) or not filecmp.cmp(x, y, shallow=False):
                    problems.append(f"{pid}: rebuild differs in {fn}")
            if sorted(os.listdir(os.path.join(a.dir, pid))) != sorted(os.listdir(os.path.join(tmp, pid))):
                problems.append(f"{pid}: rebuild makes other files")
            if not filecmp.cmp(os.path.join(a.dir, pid + ".truth.json"), os.path.join(tmp, pid + ".truth.json"), shallow=False):
                problems.append(f"{pid}: rebuild differs in truth")
    print(f"packets: {a.count}  files: {stats['files']}  pages: {stats['pages']}")
    print("verdicts: " + ", ".join(f"{k} {v}" for k, v in sorted(stats["verdict"].items())))
    print("captures: " + ", ".join(f"{k} {v}" for k, v in sorted(stats["capture"].items())))
    print("documents: " + ", ".join(f"{k} {v}" for k, v in sorted(stats["types"].items())))
    print("defects: " + ", ".join(f"{k} {v}" for k, v in sorted(stats["defects"].items())))
    print(f"rebuilt byte-identical check on: {', '.join(f'z{i:03d}' for i in idx)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
