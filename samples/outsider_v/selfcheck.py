"""python -m samples.outsider_v.selfcheck DIR --seed 3301 --count 40

Checks a generated set against its truth files and prints ``problems: N``."""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import filecmp
import json
import os
import re
import shutil
import sys
import tempfile

from .ids import id_valid, uscc_valid
from .rules import FIELDS, EXTRA_FIELDS, ROW_FIELDS, derive, norm_text

TOP_KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
PAGE_KEYS = ["file", "page", "type", "capture", "rotation"]
DOC_KEYS = ["type", "layout", "pages", "fields", "rows"]
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH_RE = re.compile(r"^\d{4}-\d{2}$")
AMOUNT_RE = re.compile(r"^\d+\.\d{2}$")
DATE_FIELDS = {"birth_date", "valid_from", "valid_until", "issue_date", "registration_date", "start_date",
               "end_date", "signing_date", "graduation_date"}
TEXT_FIELDS = {"name", "address", "hukou_address", "residence_address", "head_name", "employer", "employee_name",
               "holder_name", "spouse_name", "school", "major", "issuing_authority", "birthplace", "native_place"}
USCC_TOKEN = re.compile(r"(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}(?![0-9A-Z])")


def page_count(path: str) -> int:
    low = path.lower()
    if low.endswith(".pdf"):
        import pypdfium2 as pdfium
        d = pdfium.PdfDocument(path)
        n = len(d)
        d.close()
        return n
    from PIL import Image
    if low.endswith(".heic"):
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        im.load()
        return getattr(im, "n_frames", 1)


def pdf_text(path: str) -> str:
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    out = []
    for i in range(len(d)):
        tp = d[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    d.close()
    return "\n".join(out)


def _flat(s: str) -> str:
    return norm_text(s.replace("\r", "").replace("\n", "")) or ""


def _month_forms(m: str) -> list[str]:
    y, mm = m.split("-")
    return [f"{y}-{mm}", f"{y}.{mm}", f"{y}{mm}", f"{y}年{mm}月", f"{y}年{int(mm)}月", f"{y}/{mm}"]


def _in_ranges(m: str, text: str) -> bool:
    n = int(m[:4]) * 12 + int(m[5:7])
    for a, b in re.findall(r"(\d{4}\.\d{2})-(\d{4}\.\d{2})", text):
        na = int(a[:4]) * 12 + int(a[5:7])
        nb = int(b[:4]) * 12 + int(b[5:7])
        if na <= n <= nb:
            return True
    return False


def check_packet(root: str, name: str, problems: list, stats: dict):
    tpath = os.path.join(root, name + ".truth.json")
    pdir = os.path.join(root, name)

    def bad(msg):
        problems.append(f"{name}: {msg}")

    if not os.path.exists(tpath):
        bad("truth file missing")
        return
    truth = json.load(open(tpath, encoding="utf-8"))
    if list(truth) != TOP_KEYS:
        bad(f"top-level keys {list(truth)}")
    if truth.get("packet") != name:
        bad("packet name")
    if list(truth["points"]) != ["standard", "estimate", "items"]:
        bad("points keys")
    # ---- files and pages
    listed = collections.defaultdict(list)
    for p in truth["pages"]:
        if list(p) != PAGE_KEYS:
            bad(f"page keys {list(p)}")
        listed[p["file"]].append(p["page"])
        if p["rotation"] not in (0, 90, 180, 270):
            bad(f"rotation {p['rotation']}")
        stats["capture"][(p["type"], p["capture"])] += 1
    on_disk = sorted(os.listdir(pdir)) if os.path.isdir(pdir) else []
    for f in on_disk:
        if f not in listed:
            bad(f"file on disk not in truth: {f}")
    for f, pages in listed.items():
        path = os.path.join(pdir, f)
        if not os.path.exists(path):
            bad(f"listed file missing: {f}")
            continue
        try:
            n = page_count(path)
        except Exception as e:
            bad(f"cannot open {f}: {e!r}")
            continue
        if sorted(pages) != list(range(1, n + 1)):
            bad(f"{f}: truth pages {sorted(pages)} but file has {n}")
    page_set = {(p["file"], p["page"]) for p in truth["pages"]}
    page_type = {(p["file"], p["page"]): p["type"] for p in truth["pages"]}
    # ---- documents
    ids_seen = []
    for d in truth["documents"]:
        t = d["type"]
        if list(d) != DOC_KEYS:
            bad(f"document keys {list(d)}")
        stats["layout"][(t, d["layout"])] += 1
        if t not in FIELDS:
            bad(f"unknown type {t}")
            continue
        allowed = FIELDS[t] + EXTRA_FIELDS.get(t, [])
        if not set(FIELDS[t]) <= set(d["fields"]) or not set(d["fields"]) <= set(allowed):
            bad(f"{t}: fields {sorted(d['fields'])} vs SPEC {FIELDS[t]}")
        if not d["pages"] and t != "unknown":
            bad(f"{t}: no pages")
        for pr in d["pages"]:
            if (pr["file"], pr["page"]) not in page_set:
                bad(f"{t}: page {pr} not in page list")
        if t != "unknown" and not any(page_type.get((pr["file"], pr["page"])) == t for pr in d["pages"]):
            # a page holding several documents is typed by its first document
            if not d["pages"]:
                bad(f"{t}: no page typed {t}")
        for k, v in d["fields"].items():
            if v is None:
                continue
            if k in DATE_FIELDS and not (DATE_RE.match(str(v)) or (k == "valid_until" and v == "long_term")):
                bad(f"{t}.{k} not a date: {v}")
            if k in DATE_FIELDS and DATE_RE.match(str(v)):
                dt.date.fromisoformat(v)
            if k in TEXT_FIELDS and norm_text(v) != v:
                bad(f"{t}.{k} not normalised: {v!r}")
            if k in ("id_number", "employee_id_number", "spouse_id_number"):
                ids_seen.append(v)
                if not re.match(r"^\d{17}[\dX]$", v):
                    bad(f"{t}.{k} malformed {v}")
            if k == "open_ended" and not isinstance(v, bool):
                bad("open_ended not bool")
        keys = ROW_FIELDS.get(t)
        for r in d["rows"]:
            if keys is None or list(r) != keys:
                bad(f"{t}: row keys {list(r)}")
                continue
            if t == "tax_record":
                if not MONTH_RE.match(r["period"]) or not AMOUNT_RE.match(r["amount"]):
                    bad(f"tax row format {r}")
                if norm_text(r["withholding_agent"]) != r["withholding_agent"]:
                    bad("agent not normalised")
            else:
                if not MONTH_RE.match(r["month"]) or not AMOUNT_RE.match(r["base"]) or \
                        not isinstance(r["back_payment"], bool):
                    bad(f"si row format {r}")
        if t not in ("tax_record", "social_insurance_record") and d["rows"]:
            bad(f"{t} has rows")
    # ---- ID check digits
    expect_invalid = "identity.id_number_invalid" in truth["expected_rules"]
    invalid = [v for v in ids_seen if not id_valid(v)]
    if invalid and not expect_invalid:
        bad(f"invalid ID numbers {invalid}")
    if expect_invalid and not invalid:
        bad("identity.id_number_invalid expected but every ID is valid")
    stats["ids"] += len(ids_seen)
    # ---- rules, verdict, points
    der = derive(truth)
    if der["expected_rules"] != truth["expected_rules"]:
        bad(f"rules {truth['expected_rules']} but truth values give {der['expected_rules']}")
    if der["verdict"] != truth["verdict"]:
        bad(f"verdict {truth['verdict']} but truth values give {der['verdict']}")
    if der["points"] != truth["points"]:
        bad(f"points {truth['points']} but truth values give {der['points']}")
    # ---- text layers
    for d in truth["documents"]:
        files = sorted({pr["file"] for pr in d["pages"]})
        tp = [f for f in files if any(p["file"] == f and p["capture"] == "text_pdf" for p in truth["pages"])]
        for f in tp:
            raw = pdf_text(os.path.join(pdir, f))
            text = _flat(raw)
            stats["text_pdfs"] += 1
            for tok in USCC_TOKEN.findall(raw.replace(" ", "")):
                stats["uscc"] += 1
                if tok.startswith("9") and not uscc_valid(tok):
                    bad(f"{f}: USCC {tok} fails GB 32100")
            fl = d["fields"]
            want = [fl.get("name"), fl.get("id_number")]
            if d["type"] == "diploma":
                want += [fl.get("school"), fl.get("major")]
            for v in want:
                if v and norm_text(v) not in text:
                    bad(f"{f}: text layer lacks {v}")
            if d["type"] == "tax_record":
                for r in d["rows"]:
                    if r["amount"] not in text:
                        bad(f"{f}: amount {r['amount']} not in text")
                    if r["withholding_agent"] not in text:
                        bad(f"{f}: payer {r['withholding_agent']} not in text")
                    if not any(m in text for m in _month_forms(r["period"])):
                        bad(f"{f}: period {r['period']} not in text")
                periods = collections.Counter(r["period"] for r in d["rows"])
                stats["tax_rows"] += len(d["rows"])
            if d["type"] == "social_insurance_record":
                for r in d["rows"]:
                    if r["employer"] not in text:
                        bad(f"{f}: employer {r['employer']} not in text")
                    if r["base"] not in text:
                        bad(f"{f}: base {r['base']} not in text")
                    if not any(m in text for m in _month_forms(r["month"])) and not _in_ranges(r["month"], raw):
                        bad(f"{f}: month {r['month']} not in text")
                if any(r["back_payment"] for r in d["rows"]) and "补缴" not in text:
                    bad(f"{f}: back payments but no 补缴 in text")
                stats["si_rows"] += len(d["rows"])
    stats["verdict"][truth["verdict"]] += 1
    for r in truth["expected_rules"]:
        stats["rules"][r] += 1
    return truth


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_v.selfcheck")
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=3301)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--redraw", default="auto", help="packet index to redraw, 'auto', or 'none'")
    a = ap.parse_args(argv)
    problems = []
    stats = dict(capture=collections.Counter(), layout=collections.Counter(), verdict=collections.Counter(),
                 rules=collections.Counter(), ids=0, uscc=0, text_pdfs=0, tax_rows=0, si_rows=0)
    truths = {}
    for i in range(a.count):
        name = f"v{i:03d}"
        t = check_packet(a.dir, name, problems, stats)
        if t:
            truths[i] = t
    extra = [f for f in os.listdir(a.dir) if not re.match(r"^v\d{3}(\.truth\.json)?$", f)]
    for f in extra:
        problems.append(f"unexpected entry in set: {f}")
    # USCCs of every company of every packet (from the plan)
    from .plan import plan_packet
    for i in range(a.count):
        p = plan_packet(a.seed, i, a.count)
        for k in ("employer", "agency", "prev_emp"):
            if not uscc_valid(p["facts"][k]["uscc"]):
                problems.append(f"v{i:03d}: {k} USCC {p['facts'][k]['uscc']} invalid")
            stats["uscc"] += 1
        if p["head"]["expected_rules"] != truths.get(i, {}).get("expected_rules"):
            problems.append(f"v{i:03d}: plan and truth disagree on rules")
    # ---- determinism: redraw one packet
    if a.redraw != "none" and truths:
        if a.redraw == "auto":
            idx = max(truths, key=lambda i: (len({p["capture"] for p in truths[i]["pages"]}), -i))
        else:
            idx = int(a.redraw)
        from .packet import build_packet
        tmp = tempfile.mkdtemp(prefix="outsider_v_redraw_")
        try:
            build_packet(a.seed, idx, a.count, tmp)
            name = f"v{idx:03d}"
            same = filecmp.cmp(os.path.join(tmp, name + ".truth.json"), os.path.join(a.dir, name + ".truth.json"),
                               shallow=False)
            if not same:
                problems.append(f"{name}: redrawn truth differs")
            A, B = sorted(os.listdir(os.path.join(tmp, name))), sorted(os.listdir(os.path.join(a.dir, name)))
            if A != B:
                problems.append(f"{name}: redrawn file names differ")
            for f in set(A) & set(B):
                if not filecmp.cmp(os.path.join(tmp, name, f), os.path.join(a.dir, name, f), shallow=False):
                    problems.append(f"{name}: redrawn {f} differs")
            print(f"redraw v{idx:03d}: {len(A)} files compared byte for byte")
        finally:
            shutil.rmtree(tmp, ignore_errors=True)
    print("verdicts:", dict(stats["verdict"]))
    print("rules planted:", dict(sorted(stats["rules"].items())))
    print(f"ID numbers checked: {stats['ids']}, USCC checked: {stats['uscc']}, text PDFs read: {stats['text_pdfs']} "
          f"(tax rows {stats['tax_rows']}, social-insurance rows {stats['si_rows']})")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
