"""Self-check of a generated set: files exist and match the truth, truth values are normalised and consistent,
rules/points re-derive, check characters hold, and --only N redraws a packet byte-identically."""
import glob
import hashlib
import json
import os
import random
import re
import sys
import tempfile

from . import data as D
from . import rules
from . import world as Wd
from .packet import build_packet, packet_seed, scenario_for

SPEC_FIELDS = {
    "id_card": {"name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority", "valid_from", "valid_until"},
    "residence_permit": {"name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from", "valid_until"},
    "household_register_cover": {"household_type", "head_name", "household_number", "address", "issue_date"},
    "household_register_member": {"name", "relation_to_head", "sex", "birthplace", "ethnicity", "native_place", "birth_date",
                                  "id_number", "education", "marital_status", "employer", "registration_date"},
    "collective_hukou_certificate": {"name", "id_number", "address", "issue_date"},
    "labour_contract": {"employer", "employee_name", "employee_id_number", "start_date", "end_date", "open_ended", "signing_date"},
    "tax_record": {"name", "id_number", "issue_date"},
    "social_insurance_record": {"name", "id_number"},
    "diploma": {"name", "school", "major", "level", "graduation_date"},
    "degree_certificate": {"name", "school", "major", "level", "graduation_date"},
    "marriage_certificate": {"holder_name", "spouse_name", "spouse_id_number", "registration_date"},
    "unknown": set(),
}
ROW_KEYS = {"tax_record": {"period", "withholding_agent", "amount"}, "social_insurance_record": {"month", "employer", "base", "back_payment"}}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")
TOP_KEYS = {"packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"}


def page_count(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    from PIL import Image
    if ext == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
    im = Image.open(path)
    im.load()
    return getattr(im, "n_frames", 1)


def pdf_text(path, page):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    return pdf[page - 1].get_textpage().get_text_range()


def check_truth(root, tf, problems):
    t = json.load(open(tf, encoding="utf-8"))
    pid = t["packet"]
    P = lambda m: problems.append(f"{pid}: {m}")
    missing = TOP_KEYS - set(t)
    if missing:
        P(f"truth lacks keys {missing}")
    pdir = os.path.join(root, pid)
    if not os.path.isdir(pdir):
        P("packet folder missing")
        return t
    on_disk = set(os.listdir(pdir))
    listed = {p["file"] for p in t["pages"]}
    if on_disk != listed:
        P(f"files on disk vs truth differ: {sorted(on_disk ^ listed)}")
    for f in listed & on_disk:
        n = page_count(os.path.join(pdir, f))
        tp = sorted(p["page"] for p in t["pages"] if p["file"] == f)
        if tp != list(range(1, n + 1)):
            P(f"{f}: {n} pages on disk, truth lists {tp}")
    page_types = {(p["file"], p["page"]): {p["type"], *p.get("also", [])} for p in t["pages"]}
    for p in t["pages"]:
        for k in ("file", "page", "type", "capture", "rotation"):
            if k not in p:
                P(f"page entry lacks {k}: {p}")
    used = set()
    for d in t["documents"]:
        typ = d["type"]
        if not d["pages"] and typ != "unknown":
            P(f"{typ} has no pages")
        for pg in d["pages"]:
            key = (pg["file"], pg["page"])
            used.add(key)
            if key not in page_types or typ not in page_types[key]:
                P(f"{typ} page {key} not typed so in pages[]")
        extra = set(d["fields"]) - SPEC_FIELDS[typ]
        if extra:
            P(f"{typ} has non-SPEC fields {extra}")
        for k, v in d["fields"].items():
            if isinstance(v, bool):
                continue
            if v != D.norm(v):
                P(f"{typ}.{k} not normalised: {v!r}")
            if k.endswith("_date") or k in ("valid_from", "valid_until"):
                if not (DATE.match(v) or v == "long_term"):
                    P(f"{typ}.{k} bad date {v!r}")
            if k.endswith("id_number"):
                if len(v) != 18 or v != v.upper():
                    P(f"{typ}.{k} bad form {v!r}")
                if not D.id_valid(v) and "identity.id_number_invalid" not in t.get("intended", {}).get("rules", []):
                    P(f"{typ}.{k} fails GB 11643 {v}")
        for r in d.get("rows", []):
            if set(r) != ROW_KEYS.get(typ, set()):
                P(f"{typ} row keys {set(r)}")
            if typ == "tax_record" and not (MONTH.match(r["period"]) and re.match(r"^-?\d+\.\d{2}$", r["amount"])):
                P(f"tax row bad {r}")
            if typ == "social_insurance_record" and not (MONTH.match(r["month"]) and isinstance(r["back_payment"], bool)):
                P(f"si row bad {r}")
    for key in page_types:
        if key not in used and not any(p.get("unreadable") or p["type"] == "unknown" for p in t["pages"] if (p["file"], p["page"]) == key):
            P(f"page {key} belongs to no document")
    fired, verdict, points = rules.evaluate(t)
    if fired != t["expected_rules"] or verdict != t["verdict"] or points != t["points"]:
        P(f"rules re-derive differently: {fired} {verdict} {points}")
    it = t.get("intended")
    if it and (sorted(it["rules"]) != fired or it["verdict"] != verdict):
        P(f"scenario {t.get('scenario')} intended {it} but truth gives {fired} {verdict}")
    # text-layer PDFs must hold the values the truth says they show
    for d in t["documents"]:
        for pg in d["pages"]:
            cap = next(p["capture"] for p in t["pages"] if (p["file"], p["page"]) == (pg["file"], pg["page"]))
            if cap != "text_pdf":
                continue
            txt = D.norm(pdf_text(os.path.join(pdir, pg["file"]), pg["page"]))
            for k in ("name", "id_number"):
                v = d["fields"].get(k)
                # a value wrapped onto two lines may sit in two places when the text order is shuffled
                split_ok = v and any(v[:i] in txt and v[i:] in txt for i in range(4, len(v) - 3))
                if v and v not in txt and not split_ok and len(d["pages"]) == 1:
                    P(f"{pg['file']} text layer lacks {k}={v}")
    return t


def check_world(seed, count, n, problems):
    scen = scenario_for(seed, count, n)
    w = Wd.build(packet_seed(seed, n), n, scen)
    for name, code in w.uscc_of.items():
        if not D.uscc_valid(code):
            problems.append(f"s{n:03d}: USCC {code} of {name} fails GB 32100")
    if not D.id_valid(w.id_number):
        problems.append(f"s{n:03d}: applicant ID {w.id_number} invalid")


def digest(d):
    h = {}
    for f in sorted(os.listdir(d)):
        h[f] = hashlib.sha256(open(os.path.join(d, f), "rb").read()).hexdigest()
    return h


def run(root, seed=9901, count=40, n_determinism=2):
    problems = []
    truths = sorted(glob.glob(os.path.join(root, "s*.truth.json")))
    verdicts = {}
    for tf in truths:
        t = check_truth(root, tf, problems)
        verdicts[t["verdict"]] = verdicts.get(t["verdict"], 0) + 1
        n = int(t["packet"][1:])
        check_world(seed, count, n, problems)
    if len(truths) != count:
        problems.append(f"{len(truths)} truth files, expected {count}")
    # self-test of the check-character code
    if D.id_check_char("11010519491231002") != "X" or not D.uscc_valid("91350100M000100Y43"):
        problems.append("check-character code fails its known examples")
    # determinism
    rnd = random.Random(seed)
    for n in rnd.sample(range(1, count + 1), min(n_determinism, count)):
        with tempfile.TemporaryDirectory() as tmp:
            build_packet(tmp, seed, count, n)
            pid = f"s{n:03d}"
            a, b = digest(os.path.join(root, pid)), digest(os.path.join(tmp, pid))
            if a != b:
                problems.append(f"{pid}: --only {n} redraw differs: {[k for k in set(a) | set(b) if a.get(k) != b.get(k)]}")
            ta = json.load(open(os.path.join(root, pid + ".truth.json")))
            tb = json.load(open(os.path.join(tmp, pid + ".truth.json")))
            if ta != tb:
                problems.append(f"{pid}: --only redraw truth differs")
    print(f"packets: {len(truths)}  verdicts: {verdicts}")
    for p in problems:
        print("PROBLEM", p)
    print(f"{len(problems)} problems")
    return problems


if __name__ == "__main__":
    import argparse
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--seed", type=int, default=9901)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--determinism", type=int, default=2)
    a = ap.parse_args()
    sys.exit(1 if run(a.root, a.seed, a.count, a.determinism) else 0)
