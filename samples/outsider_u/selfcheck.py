"""python -m samples.outsider_u.selfcheck DIR --seed 2207 --count 40 [--redraw N]

Checks a generated set and prints the number of problems (0 expected)."""
import argparse
import collections
import filecmp
import io
import json
import os
import re
import sys
import tempfile

from .rules import compute_rules
from .scenario import build, recipe_for
from .util import id_valid, norm, uscc_valid

TOP_KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages",
            "documents"]
FIELDS = {
    "id_card": {"name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority",
                "valid_from", "valid_until"},
    "residence_permit": {"name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from",
                         "valid_until"},
    "household_register_cover": {"household_type", "head_name", "household_number", "address", "issue_date"},
    "household_register_member": {"name", "relation_to_head", "sex", "birthplace", "ethnicity", "native_place",
                                  "birth_date", "id_number", "education", "marital_status", "employer",
                                  "registration_date"},
    "collective_hukou_certificate": {"name", "id_number", "address", "issue_date"},
    "labour_contract": {"employer", "employee_name", "employee_id_number", "start_date", "end_date", "open_ended",
                        "signing_date"},
    "tax_record": {"name", "id_number", "issue_date"},
    "social_insurance_record": {"name", "id_number"},
    "diploma": {"name", "school", "major", "level", "graduation_date"},
    "degree_certificate": {"name", "school", "major", "level", "graduation_date"},
    "marriage_certificate": {"holder_name", "spouse_name", "spouse_id_number", "registration_date"},
    "unknown": set(),
}
OPTIONAL = {"diploma": {"study_mode", "online_record"}}
ROWS = {"tax_record": {"period", "withholding_agent", "amount"},
        "social_insurance_record": {"month", "employer", "base", "back_payment"}}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")


def page_count(path):
    low = path.lower()
    if low.endswith(".pdf"):
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    from PIL import Image
    import pillow_heif
    pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def pdf_text(path):
    import logging
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return "".join((p.extract_text() or "") for p in pdf.pages)


def contains_wrapped(value, txt, parts=3, gap=160, start=0):
    """value in txt, possibly wrapped: split into up to `parts` pieces, each found after the
    previous one within `gap` characters (other cells of the same row come in between)"""
    if not value:
        return True
    k = txt.find(value, start)
    if k >= 0 and (start == 0 or k - start <= gap):
        return True
    if parts <= 1:
        return False
    for cut in range(2, len(value) - 1):
        head = value[:cut]
        pos = txt.find(head, start)
        while pos >= 0 and (start == 0 or pos - start <= gap):
            if contains_wrapped(value[cut:], txt, parts - 1, gap, pos + len(head)):
                return True
            pos = txt.find(head, pos + 1)
    return False


MTOK = re.compile(r"(?<![\d.,])(20\d{2})[-.年]?(0[1-9]|1[0-2])(?!\d)")


def month_in_text(m, txt):
    y, mo = m.split("-")
    pats = [m, "%s.%s" % (y, mo), "%s%s" % (y, mo), "%s年%s月" % (y, mo)]
    if any(p in txt for p in pats):
        return True
    # inside a range 'A至B' / 'A-B' whose end may be wrapped onto the next line
    for mt in re.finditer(r"(?<![\d.,])(20\d{2})-?(0[1-9]|1[0-2])(?:至|-)(?!\d{2}(?!\d))", txt):
        a = mt.group(1) + mt.group(2)
        nxt = MTOK.search(txt, mt.end(), mt.end() + 120)
        if nxt and a <= y + mo <= nxt.group(1) + nxt.group(2):
            return True
    return False


def amount_in_text(a, txt):
    v = float(a)
    return ("%.2f" % v) in txt or ("{:,.2f}".format(v)) in txt


def check_text_pdf(path, docs, probs, tag):
    raw = pdf_text(path)
    txt = norm(raw).replace("（", "(").replace("）", ")")
    spaced = " ".join(raw.split())
    if re.search("[\u2e80-\u2fdf]", raw):
        probs.append("%s: %s text layer holds radical code points" % (tag, os.path.basename(path)))
    for doc in docs:
        f = doc["fields"]
        want = []
        if doc["type"] in ("tax_record", "social_insurance_record"):
            want += [f["name"], f["id_number"]]
        if doc["type"] == "diploma":
            want += [f["name"], f["school"], f["major"], f["level"]]
        for w in want:
            if not contains_wrapped(norm(w), txt):
                probs.append("%s: text layer of %s lacks %r" % (tag, os.path.basename(path), w))
        for r in doc["rows"]:
            if doc["type"] == "tax_record":
                if not amount_in_text(r["amount"], txt):
                    probs.append("%s: %s lacks amount %s" % (tag, os.path.basename(path), r["amount"]))
                if not month_in_text(r["period"], spaced):
                    probs.append("%s: %s lacks period %s" % (tag, os.path.basename(path), r["period"]))
                if not contains_wrapped(norm(r["withholding_agent"]), txt):
                    probs.append("%s: %s lacks agent %s" % (tag, os.path.basename(path), r["withholding_agent"]))
            else:
                if not month_in_text(r["month"], spaced):
                    probs.append("%s: %s lacks month %s" % (tag, os.path.basename(path), r["month"]))
                if not contains_wrapped(norm(r["employer"]), txt):
                    probs.append("%s: %s lacks employer %s" % (tag, os.path.basename(path), r["employer"]))
                if not amount_in_text(r["base"], txt):
                    probs.append("%s: %s lacks base %s" % (tag, os.path.basename(path), r["base"]))
    for code in re.findall(r"(?<![0-9A-Z])91[0-9A-Z]{16}(?![0-9A-Z])", raw):
        if not uscc_valid(code):
            probs.append("%s: invalid USCC %s in %s" % (tag, code, os.path.basename(path)))


def check_packet(root, seed, i, probs):
    name = "u%03d" % i
    tag = name
    tp = os.path.join(root, name + ".truth.json")
    pdir = os.path.join(root, name)
    if not os.path.isfile(tp) or not os.path.isdir(pdir):
        probs.append("%s: missing truth or folder" % tag)
        return None
    t = json.load(open(tp, encoding="utf-8"))
    for k in TOP_KEYS:
        if k not in t:
            probs.append("%s: truth lacks key %s" % (tag, k))
    if t.get("packet") != name:
        probs.append("%s: packet name %r" % (tag, t.get("packet")))
    # files <-> pages
    files = set(os.listdir(pdir))
    listed = collections.defaultdict(set)
    for p in t["pages"]:
        for k in ("file", "page", "type", "capture", "rotation"):
            if k not in p:
                probs.append("%s: page entry lacks %s" % (tag, k))
        listed[p["file"]].add(p["page"])
    if set(listed) != files:
        probs.append("%s: files %s vs truth %s" % (tag, sorted(files ^ set(listed)), ""))
    for fn, pg in listed.items():
        if fn in files:
            n = page_count(os.path.join(pdir, fn))
            if pg != set(range(1, n + 1)):
                probs.append("%s: %s has %d pages, truth lists %s" % (tag, fn, n, sorted(pg)))
    entry = {(p["file"], p["page"]): p for p in t["pages"]}
    seen = collections.defaultdict(list)
    for doc in t["documents"]:
        for k in ("type", "layout", "pages", "fields", "rows"):
            if k not in doc:
                probs.append("%s: document lacks %s" % (tag, k))
        typ = doc["type"]
        if typ not in FIELDS:
            probs.append("%s: unknown type %s" % (tag, typ))
            continue
        keys = set(doc["fields"])
        if not FIELDS[typ] <= keys or keys - FIELDS[typ] - OPTIONAL.get(typ, set()):
            probs.append("%s: %s fields %s" % (tag, typ, sorted(keys ^ FIELDS[typ])))
        for k, v in doc["fields"].items():
            if k.endswith("date") or k in ("valid_from",) or (k == "valid_until" and v != "long_term"):
                if v is not None and not DATE.match(str(v)):
                    probs.append("%s: %s.%s not a date: %r" % (tag, typ, k, v))
            if isinstance(v, str) and v != norm(v):
                probs.append("%s: %s.%s not normalised: %r" % (tag, typ, k, v))
            if k in ("id_number", "employee_id_number", "spouse_id_number") and not id_valid(v):
                if not any(x.startswith("id_number_typo") for x in t["defects"]):
                    probs.append("%s: %s.%s fails GB 11643: %s" % (tag, typ, k, v))
        if typ == "labour_contract" and doc["fields"]["open_ended"] != (doc["fields"]["end_date"] is None):
            probs.append("%s: open_ended/end_date inconsistent" % tag)
        for r in doc["rows"]:
            if set(r) != ROWS.get(typ, set()):
                probs.append("%s: %s row keys %s" % (tag, typ, sorted(r)))
            if typ == "tax_record" and not (MONTH.match(r["period"]) and re.match(r"^\d+\.\d\d$", r["amount"])):
                probs.append("%s: bad tax row %s" % (tag, r))
            if typ == "social_insurance_record" and not (MONTH.match(r["month"]) and isinstance(r["back_payment"], bool)):
                probs.append("%s: bad SI row %s" % (tag, r))
        if not doc["pages"]:
            probs.append("%s: %s has no pages" % (tag, typ))
        for pg in doc["pages"]:
            e = entry.get((pg["file"], pg["page"]))
            if e is None:
                probs.append("%s: %s page %s not in pages" % (tag, typ, pg))
                continue
            seen[(pg["file"], pg["page"])].append(typ)
            if typ not in e.get("types", [e["type"]]):
                probs.append("%s: page %s type %s lacks %s" % (tag, pg, e["type"], typ))
    for key, e in entry.items():
        if key not in seen:
            probs.append("%s: page %s belongs to no document" % (tag, key))
    # rules / points re-derived, and equal to the scenario's intent
    rules, verdict, points = compute_rules(t)
    if rules != t["expected_rules"] or verdict != t["verdict"] or points != t["points"]:
        probs.append("%s: re-derived %s %s %s != truth %s %s %s" % (tag, rules, verdict, points, t["expected_rules"],
                                                                  t["verdict"], t["points"]))
    intended_verdict, recipe, _, intended_rules = recipe_for(seed, i)
    if rules != intended_rules or verdict != intended_verdict:
        probs.append("%s: rules %s / %s differ from the scenario's intent %s / %s" % (
            tag, rules, verdict, intended_rules, intended_verdict))
    # USCC of every payer drawn for the scenario
    _, ctx, _ = build(seed, i)
    for nm, code in ctx["uscc"].items():
        if not uscc_valid(code):
            probs.append("%s: USCC %s of %s fails GB 32100" % (tag, code, nm))
    # text layers
    byfile = collections.defaultdict(list)
    for doc in t["documents"]:
        for pg in doc["pages"]:
            e = entry.get((pg["file"], pg["page"]))
            if e and e["capture"] == "text_pdf" and doc not in byfile[pg["file"]]:
                byfile[pg["file"]].append(doc)
    for fn, docs in byfile.items():
        check_text_pdf(os.path.join(pdir, fn), docs, probs, tag)
    return t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_u.selfcheck")
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=2207)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--redraw", type=int, default=None, help="packet to redraw for the determinism check")
    a = ap.parse_args(argv)
    probs = []
    verdicts = collections.Counter()
    forms = collections.Counter()
    caps = collections.Counter()
    for i in range(a.count):
        t = check_packet(a.dir, a.seed, i, probs)
        if t:
            verdicts[t["verdict"]] += 1
            for d in t["documents"]:
                forms["%s/%s" % (d["type"], d["layout"])] += 1
            for p in t["pages"]:
                caps[p["capture"]] += 1
    extra = set(os.listdir(a.dir)) - {"u%03d" % i for i in range(a.count)} - {"u%03d.truth.json" % i for i in range(a.count)}
    if extra:
        probs.append("unexpected entries in %s: %s" % (a.dir, sorted(extra)[:5]))
    # determinism: redraw one packet and compare bytes
    n = a.redraw if a.redraw is not None else (a.seed % a.count)
    from reportlab import rl_config
    rl_config.invariant = 1
    from .packet import make_packet
    from .textpdf import close_browser
    with tempfile.TemporaryDirectory() as tmp:
        try:
            make_packet(a.seed, n, tmp)
        finally:
            close_browser()
        name = "u%03d" % n
        if not filecmp.cmp(os.path.join(tmp, name + ".truth.json"), os.path.join(a.dir, name + ".truth.json"),
                           shallow=False):
            probs.append("%s: redrawn truth differs" % name)
        f1, f2 = sorted(os.listdir(os.path.join(tmp, name))), sorted(os.listdir(os.path.join(a.dir, name)))
        if f1 != f2:
            probs.append("%s: redrawn file names differ" % name)
        else:
            for fn in f1:
                if not filecmp.cmp(os.path.join(tmp, name, fn), os.path.join(a.dir, name, fn), shallow=False):
                    probs.append("%s: redrawn %s differs" % (name, fn))
    for p in probs:
        print("PROBLEM", p)
    print("verdicts:", dict(sorted(verdicts.items())))
    print("forms:", ", ".join("%s %d" % kv for kv in sorted(forms.items())))
    print("captures:", ", ".join("%s %d" % kv for kv in sorted(caps.items())))
    print("determinism redraw: u%03d" % n)
    print("problems: %d" % len(probs))
    return 1 if probs else 0


if __name__ == "__main__":
    sys.exit(main())
