"""Self-check of a generated set:  python -m samples.outsider_w.selfcheck DIR --seed 4401 --count 40

Checks files against the truth (existence, nothing unlisted, page counts), truth keys and SPEC
field names / normalisation, ID and credit-code check characters, rules / verdict / points
re-derived with rules.py, the text layer of text PDFs against the truth values, and that a redraw
of packets is byte-identical.  Prints `problems: N` last."""
import argparse
import collections
import json
import logging
import os
import re
import shutil
import sys
import tempfile

from .common import credit_valid, id_valid, norm
from .rules import ERROR_RULES, derive

TOP = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
FIELDS = {
    "id_card": {"name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority", "valid_from", "valid_until"},
    "residence_permit": {"name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from", "valid_until"},
    "household_register_cover": {"household_type", "head_name", "household_number", "address", "issue_date"},
    "household_register_member": {"name", "relation_to_head", "sex", "birthplace", "ethnicity", "native_place", "birth_date",
                                  "id_number", "education", "marital_status", "employer", "registration_date"},
    "collective_hukou_certificate": {"name", "id_number", "address", "issue_date"},
    "labour_contract": {"employer", "employee_name", "employee_id_number", "start_date", "end_date", "open_ended", "signing_date"},
    "tax_record": {"name", "id_number", "issue_date"},
    "social_insurance_record": {"name", "id_number"},
    "diploma": {"name", "school", "major", "level", "graduation_date", "study_mode", "online_record"},
    "degree_certificate": {"name", "school", "major", "level", "graduation_date"},
    "marriage_certificate": {"holder_name", "spouse_name", "spouse_id_number", "registration_date"},
}
ROWS = {"tax_record": {"period", "withholding_agent", "amount"},
        "social_insurance_record": {"month", "employer", "base", "back_payment"}}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
MONEY = re.compile(r"^-?\d+\.\d{2}$")


class P:
    def __init__(self):
        self.n = 0

    def __call__(self, msg):
        self.n += 1
        print("PROBLEM:", msg)


def file_pages(path):
    low = path.lower()
    if low.endswith(".pdf"):
        import pypdfium2 as pdfium
        d = pdfium.PdfDocument(path)
        n = len(d)
        d.close()
        return n
    from PIL import Image
    if low.endswith((".heic", ".heif")):
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def check_values(t, prob, tag):
    for di, doc in enumerate(t["documents"]):
        typ = doc["type"]
        if set(doc) != {"type", "layout", "pages", "fields", "rows"}:
            prob("%s doc %d keys %s" % (tag, di, sorted(doc)))
        if typ not in FIELDS:
            prob("%s doc %d unknown type %s" % (tag, di, typ))
            continue
        extra = set(doc["fields"]) - FIELDS[typ]
        if extra:
            prob("%s %s: fields not in SPEC %s" % (tag, typ, extra))
        for k, v in doc["fields"].items():
            if k in ("open_ended", "online_record"):
                if not isinstance(v, bool):
                    prob("%s %s.%s not bool" % (tag, typ, k))
                continue
            if not isinstance(v, str) or not v:
                prob("%s %s.%s empty/non-string" % (tag, typ, k))
                continue
            if k.endswith("_date") or k in ("valid_from", "valid_until"):
                if not (DATE.match(v) or (k == "valid_until" and v == "long_term" and typ == "id_card")):
                    prob("%s %s.%s bad date %r" % (tag, typ, k, v))
            if "id_number" in k and (len(v) != 18 or v != v.upper()):
                prob("%s %s.%s bad id %r" % (tag, typ, k, v))
            if norm(v) != v:
                prob("%s %s.%s not normalised %r" % (tag, typ, k, v))
        for row in doc["rows"]:
            if set(row) != ROWS.get(typ, set()):
                prob("%s %s row keys %s" % (tag, typ, sorted(row)))
                continue
            if typ == "tax_record":
                if not MONTH.match(row["period"]) or not MONEY.match(row["amount"]) or norm(row["withholding_agent"]) != row["withholding_agent"]:
                    prob("%s tax row not normalised %s" % (tag, row))
            else:
                if not MONTH.match(row["month"]) or not MONEY.match(row["base"]) or not isinstance(row["back_payment"], bool) \
                        or norm(row["employer"]) != row["employer"]:
                    prob("%s si row not normalised %s" % (tag, row))
        if doc["rows"] and typ not in ROWS:
            prob("%s %s has rows" % (tag, typ))


def month_forms(m):
    y, mo = m[:4], m[5:]
    return [m, "%s.%s" % (y, mo), y + mo, "%s年%s月" % (y, mo), "%s年%d月" % (y, int(mo))]


RANGE = re.compile(r"(\d{4})[-.年]?(\d{2})月?至(\d{4})[-.年]?(\d{2})月?")


def in_text_month(m, spaced):
    """The month printed as a month or a period (not as part of another date); spaced text keeps cell gaps."""
    y, mo = m[:4], m[5:]
    pats = [r"(?<![\d.-])%s[-.]%s(?![-.]?\d)" % (y, mo), r"(?<![\d.-])%s[-.]%s[-.]01(?!\d)" % (y, mo),
            r"(?<![\d.-])%s%s(?![\d.])" % (y, mo), r"(?<![\d.-])%s年0?%d(?!\d)" % (y, int(mo))]
    if any(re.search(p, spaced) for p in pats):
        return True
    text = norm(spaced)
    for a, b, c, d in RANGE.findall(text):
        if "%s-%s" % (a, b) <= m <= "%s-%s" % (c, d):
            return True
    return False


def in_text_split(s, text):
    if s in text:
        return True
    n = len(s)
    if any(s[:k] in text and s[k:] in text for k in range(1, n)):
        return True
    return any(s[:k] in text and s[k:j] in text and s[j:] in text for k in range(1, n) for j in range(k + 1, n))


RADICALS = {"CIVILIAN": "民", "BLUE": "青", "C-SIMPLIFIED LONG": "长", "C-SIMPLIFIED GATE": "门", "C-SIMPLIFIED HORSE": "马",
            "C-SIMPLIFIED CART": "车", "C-SIMPLIFIED SEE": "见", "C-SIMPLIFIED SHELL": "贝", "C-SIMPLIFIED LEAF": "页",
            "C-SIMPLIFIED FLY": "飞", "C-SIMPLIFIED YELLOW": "黄", "C-SIMPLIFIED EVEN": "齐", "C-SIMPLIFIED DRAGON": "龙",
            "WEST TWO": "西", "MOTHER": "母", "C-SIMPLIFIED WHEAT": "麦", "C-SIMPLIFIED FISH": "鱼", "C-SIMPLIFIED BIRD": "鸟",
            "C-SIMPLIFIED WIND": "风", "GHOST": "鬼", "BONE": "骨", "C-SIMPLIFIED TEETH": "齿", "C-SIMPLIFIED TURTLE": "龟",
            "C-SIMPLIFIED TANNED LEATHER": "韦", "C-SIMPLIFIED GATE": "门", "C-SIMPLIFIED SILK": "纟",
            "C-SIMPLIFIED WALK": "走"}


def _radical_map():
    import unicodedata
    m = {}
    for k, v in RADICALS.items():
        try:
            m[unicodedata.lookup("CJK RADICAL " + k)] = v
        except KeyError:
            pass
    return m


_RMAP = _radical_map()


def text_norm(s, keep_space=False):
    """Chromium's PDFs map some glyphs to Kangxi radicals / CJK radical supplement: undo (NFKC + table)."""
    import unicodedata
    s = unicodedata.normalize("NFKC", s)
    s = "".join(_RMAP.get(c, c) for c in s)
    if keep_space:
        return re.sub(r"\s+", " ", s)
    return norm(s)


def pdf_texts(path):
    import pdfplumber
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    out = []
    with pdfplumber.open(path) as pdf:
        for pg in pdf.pages:
            out.append(text_norm(pg.extract_text() or "", keep_space=True))
    return out


def check_text_layer(t, pdir, prob, tag, stats):
    cap = {(p["file"], p["page"]): p["capture"] for p in t["pages"]}
    cache = {}
    for doc in t["documents"]:
        pages = [p for p in doc["pages"] if cap.get((p["file"], p["page"])) in ("text_pdf", "browser_pdf")]
        if not pages:
            continue
        spaced = ""
        for p in pages:
            if p["file"] not in cache:
                cache[p["file"]] = pdf_texts(os.path.join(pdir, p["file"]))
            spaced += cache[p["file"]][p["page"] - 1] + " "
        text = norm(spaced)

        def has_num(v):
            return re.search(r"(?<![\d.,])%s(?![\d])" % re.escape(v), spaced) is not None
        stats["text_docs"] += 1
        if not text:
            prob("%s %s: no text layer in %s" % (tag, doc["type"], pages))
            continue
        f = doc["fields"]
        for k in ("name", "id_number", "holder_name"):
            if k in f and f[k] not in text:
                prob("%s %s: %s %r not in text layer" % (tag, doc["type"], k, f[k]))
        for row in doc["rows"]:
            stats["text_rows"] += 1
            m = row.get("period") or row.get("month")
            if not in_text_month(m, spaced):
                prob("%s %s: month %s not in text layer" % (tag, doc["type"], m))
            if "amount" in row:
                a = row["amount"]
                if not has_num(a) and not has_num("{:,.2f}".format(float(a))):
                    prob("%s tax: amount %s not in text layer" % (tag, a))
            if "base" in row and not has_num(row["base"]):
                prob("%s si: base %s not in text layer" % (tag, row["base"]))
            payer = row.get("withholding_agent") or row.get("employer")
            if not in_text_split(payer, text):
                prob("%s %s: payer %s not in text layer" % (tag, doc["type"], payer))
        for code in re.findall(r"91\d{6}[0-9A-Z]{10}", text):
            stats["credit_codes"] += 1
            if not credit_valid(code):
                prob("%s credit code %s fails GB 32100" % (tag, code))


def main(argv=None):
    ap = argparse.ArgumentParser()
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=4401)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--redraw", type=int, nargs="*", help="packet indices to redraw (default: two)")
    a = ap.parse_args(argv)
    prob = P()
    stats = collections.Counter()
    verdicts = collections.Counter()
    vpages = collections.Counter()
    rules_count = collections.Counter()
    captures = collections.Counter()
    layouts = collections.Counter()
    ptypes = collections.Counter()
    expect = {"w%03d" % i for i in range(a.count)}
    present = set(os.listdir(a.dir))
    want = expect | {x + ".truth.json" for x in expect}
    for x in sorted(present - want):
        prob("unlisted entry in set: %s" % x)
    for x in sorted(want - present):
        prob("missing: %s" % x)
    truths = {}
    for pk in sorted(expect):
        tp = os.path.join(a.dir, pk + ".truth.json")
        if not os.path.exists(tp):
            continue
        t = json.load(open(tp, encoding="utf-8"))
        truths[pk] = t
        pdir = os.path.join(a.dir, pk)
        if list(t) != TOP:
            prob("%s truth keys %s" % (pk, list(t)))
        if t["packet"] != pk:
            prob("%s packet name %s" % (pk, t["packet"]))
        if set(t["points"]) != {"standard", "estimate", "items"}:
            prob("%s points keys" % pk)
        # files and pages
        listed = collections.defaultdict(set)
        for p in t["pages"]:
            if set(p) != {"file", "page", "type", "capture", "rotation"}:
                prob("%s page keys %s" % (pk, sorted(p)))
            listed[p["file"]].add(p["page"])
            captures[p["capture"]] += 1
            ptypes[p["type"]] += 1
            if p["rotation"] not in (0, 90, 180, 270):
                prob("%s rotation %s" % (pk, p["rotation"]))
        on_disk = set(os.listdir(pdir)) if os.path.isdir(pdir) else set()
        for x in sorted(on_disk - set(listed)):
            prob("%s: unlisted file %s" % (pk, x))
        for fn, pages in listed.items():
            path = os.path.join(pdir, fn)
            if not os.path.exists(path):
                prob("%s: listed file missing %s" % (pk, fn))
                continue
            n = file_pages(path)
            if pages != set(range(1, n + 1)):
                prob("%s: %s has %d pages, truth lists %s" % (pk, fn, n, sorted(pages)))
        pageset = {(p["file"], p["page"]): p for p in t["pages"]}
        for doc in t["documents"]:
            layouts["%s/%s" % (doc["type"], doc["layout"])] += 1
            if not doc["pages"]:
                prob("%s: %s has no pages" % (pk, doc["type"]))
            for p in doc["pages"]:
                if (p["file"], p["page"]) not in pageset:
                    prob("%s: %s page %s not in pages" % (pk, doc["type"], p))
        for key, p in pageset.items():
            on = [d["type"] for d in t["documents"] if {"file": key[0], "page": key[1]} in d["pages"]]
            if (on and p["type"] != on[0]) or (not on and p["type"] != "unknown"):
                prob("%s: page %s type %s vs documents %s" % (pk, key, p["type"], on))
        check_values(t, prob, pk)
        # ids and credit codes
        typo = any(x.startswith("id_typo") for x in t["defects"])
        bad = []
        for doc in t["documents"]:
            for k, v in doc["fields"].items():
                if "id_number" in k and not id_valid(v):
                    bad.append(v)
        if bad and not typo:
            prob("%s: invalid ID numbers %s without a planted typo" % (pk, bad))
        if typo and len(bad) != 1:
            prob("%s: planted typo but %d invalid IDs" % (pk, len(bad)))
        stats["ids"] += sum(1 for doc in t["documents"] for k in doc["fields"] if "id_number" in k)
        # rules
        res = derive(t)
        if res["rules"] != t["expected_rules"]:
            prob("%s: rules %s != truth %s" % (pk, res["rules"], t["expected_rules"]))
        if res["verdict"] != t["verdict"]:
            prob("%s: verdict %s != truth %s" % (pk, res["verdict"], t["verdict"]))
        if res["points"] != t["points"]:
            prob("%s: points %s != truth %s" % (pk, res["points"], t["points"]))
        verdicts[t["verdict"]] += 1
        vpages[t["verdict"]] += len(t["pages"])
        for x in t["expected_rules"]:
            rules_count[x] += 1
        check_text_layer(t, pdir, prob, pk, stats)
    for rl in sorted(ERROR_RULES):
        if rules_count[rl] < 2:
            prob("error rule %s planted %d times (< 2)" % (rl, rules_count[rl]))
    # redraw
    from . import packet, browser
    idx = a.redraw
    if idx is None:
        idx = [0]
        for pk, t in sorted(truths.items()):
            if any(p["capture"] == "browser_pdf" for p in t["pages"]):
                idx.append(int(pk[1:]))
                break
    tmp = tempfile.mkdtemp(prefix="wredraw")
    try:
        for i in idx:
            packet.build(a.seed, i, tmp)
            pk = "w%03d" % i
            for fn in sorted(os.listdir(os.path.join(tmp, pk))):
                b1 = open(os.path.join(tmp, pk, fn), "rb").read()
                p0 = os.path.join(a.dir, pk, fn)
                if not os.path.exists(p0) or open(p0, "rb").read() != b1:
                    prob("%s: redraw of %s differs" % (pk, fn))
            if open(os.path.join(tmp, pk + ".truth.json"), "rb").read() != open(os.path.join(a.dir, pk + ".truth.json"), "rb").read():
                prob("%s: redraw of truth differs" % pk)
            print("redraw %s: compared %d files" % (pk, len(os.listdir(os.path.join(tmp, pk)))))
    finally:
        browser.close()
        shutil.rmtree(tmp, ignore_errors=True)
    total_pages = sum(vpages.values())
    print("packets: %d, pages: %d" % (sum(verdicts.values()), total_pages))
    for v in ("ready", "review", "fix"):
        print("  %-6s %2d packets, %3d pages" % (v, verdicts[v], vpages[v]))
    print("rules planted:", ", ".join("%s %d" % kv for kv in sorted(rules_count.items())))
    print("page types:", ", ".join("%s %d" % kv for kv in sorted(ptypes.items())))
    print("captures:", ", ".join("%s %d" % kv for kv in sorted(captures.items())))
    paper_caps = {"photo", "chat", "scan", "scan_grey", "photocopy", "lowres_copy", "bw_scan", "blank"}
    pp = sum(v for k, v in captures.items() if k in paper_caps)
    print("paper captures (photo/scan/copy of paper): %d of %d pages (%.0f%%)" % (pp, total_pages, 100 * pp / max(1, total_pages)))
    print("layouts:", ", ".join("%s %d" % kv for kv in sorted(layouts.items())))
    print("checked: %d ID fields, %d text-layer documents, %d text-layer rows, %d credit codes" % (
        stats["ids"], stats["text_docs"], stats["text_rows"], stats["credit_codes"]))
    print("problems: %d" % prob.n)
    return 1 if prob.n else 0


if __name__ == "__main__":
    sys.exit(main())
