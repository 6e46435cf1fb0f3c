"""Self-check of a generated set: files vs truth, page counts, field names and normalisation,
rules/verdict/points recomputed and equal to each scenario's intent, text layers, determinism of a redraw."""
import argparse
import filecmp
import json
import os
import re
import sys
import tempfile
import unicodedata

from .rules import evaluate
from . import scenarios

FIELDS = {
    "id_card": {"name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority", "valid_from", "valid_until"},
    "residence_permit": {"name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from", "valid_until"},
    "household_register_cover": {"household_type", "head_name", "household_number", "address", "issue_date"},
    "household_register_member": {"name", "relation_to_head", "sex", "birthplace", "ethnicity", "native_place", "birth_date", "id_number",
                                  "education", "marital_status", "employer", "registration_date"},
    "collective_hukou_certificate": {"name", "id_number", "address", "issue_date"},
    "labour_contract": {"employer", "employee_name", "employee_id_number", "start_date", "end_date", "open_ended", "signing_date"},
    "tax_record": {"name", "id_number", "issue_date"},
    "social_insurance_record": {"name", "id_number"},
    "diploma": {"name", "school", "major", "level", "graduation_date", "study_mode", "online_record"},
    "degree_certificate": {"name", "school", "major", "level", "graduation_date"},
    "marriage_certificate": {"holder_name", "spouse_name", "spouse_id_number", "registration_date"},
    "unknown": set(),
}
DATE_KEYS = {"birth_date", "valid_from", "valid_until", "issue_date", "start_date", "end_date", "signing_date", "graduation_date", "registration_date"}


def n_pages(path):
    ext = path.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    from PIL import Image
    if ext == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        im.load()
        return getattr(im, "n_frames", 1)


def pdf_text(path):
    import pypdfium2 as pdfium
    pdf = pdfium.PdfDocument(path)
    t = "".join(pg.get_textpage().get_text_range() for pg in pdf)
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", t))


def check_packet(root, i):
    errs = []
    pid = f"t{i:03d}"
    tp = os.path.join(root, pid + ".truth.json")
    if not os.path.exists(tp):
        return [f"{pid}: no truth"], None
    t = json.load(open(tp, encoding="utf-8"))
    folder = os.path.join(root, pid)
    files = set(os.listdir(folder))
    pfiles = {p["file"] for p in t["pages"]}
    if files != pfiles:
        errs.append(f"{pid}: files {sorted(files ^ pfiles)} differ between folder and truth")
    seen = set()
    for f in sorted(pfiles & files):
        n = n_pages(os.path.join(folder, f))
        got = sorted(p["page"] for p in t["pages"] if p["file"] == f)
        if got != list(range(1, n + 1)):
            errs.append(f"{pid}: {f} has {n} pages, truth lists {got}")
    for p in t["pages"]:
        key = (p["file"], p["page"])
        if key in seen:
            errs.append(f"{pid}: page {key} twice")
        seen.add(key)
    ptype = {(p["file"], p["page"]): p["type"] for p in t["pages"]}
    for d in t["documents"]:
        if d["type"] not in FIELDS:
            errs.append(f"{pid}: bad type {d['type']}")
            continue
        for pg in d["pages"]:
            if ptype.get((pg["file"], pg["page"])) != d["type"]:
                errs.append(f"{pid}: doc {d['type']} page {pg} typed {ptype.get((pg['file'], pg['page']))}")
        extra = set(d["fields"]) - FIELDS[d["type"]]
        if extra:
            errs.append(f"{pid}: {d['type']} unknown fields {extra}")
        for k, v in d["fields"].items():
            if isinstance(v, str):
                if re.search(r"\s", v) or re.search("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a（）]", v):
                    errs.append(f"{pid}: {d['type']}.{k} not normalised: {v}")
                if k in DATE_KEYS and v != "long_term" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    errs.append(f"{pid}: {d['type']}.{k} bad date {v}")
                if "id_number" in k and not re.fullmatch(r"\d{17}[\dX]", v):
                    errs.append(f"{pid}: {d['type']}.{k} bad id {v}")
        for r in d["rows"]:
            for k in ("period", "month"):
                if k in r and not re.fullmatch(r"\d{4}-\d{2}", r[k]):
                    errs.append(f"{pid}: bad row month {r}")
        # text layer legibility for text PDFs: every row value must be in the text
        tfiles = {pg["file"] for pg in d["pages"] if pg["file"].lower().endswith(".pdf")}
        caps = {p["capture"] for p in t["pages"] if p["file"] in tfiles}
        if tfiles and caps <= {"text_pdf", "browser_pdf"} and d["type"] in ("tax_record", "social_insurance_record", "diploma"):
            txt = "".join(pdf_text(os.path.join(folder, f)) for f in sorted(tfiles))
            for k, v in d["fields"].items():
                if isinstance(v, str) and k not in DATE_KEYS and v not in txt:
                    errs.append(f"{pid}: {d['type']}.{k}={v} not in text layer")
            for r in d["rows"]:
                if "amount" in r:
                    a = r["amount"]
                    if a not in txt and f"{float(a):,.2f}" not in txt:
                        errs.append(f"{pid}: amount {a} not in text layer")
                    if r["withholding_agent"] not in txt:
                        errs.append(f"{pid}: agent {r['withholding_agent']} not in text layer")
                if "employer" in r and r["employer"] not in txt:
                    errs.append(f"{pid}: employer {r['employer']} not in text layer")
    rules, verdict, points = evaluate(t)
    if rules != t["expected_rules"] or verdict != t["verdict"] or points != t["points"]:
        errs.append(f"{pid}: truth rules/verdict/points differ from recomputation {rules} {verdict} {points}")
    v, defects, intended, k = scenarios.get(i)
    if verdict != v or rules != sorted(intended):
        errs.append(f"{pid}: scenario intended {v} {sorted(intended)} but truth gives {verdict} {rules}")
    if t["verdict"] == "ready" and t["expected_rules"]:
        errs.append(f"{pid}: ready with rules")
    return errs, t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="samples.outsider_t.selfcheck")
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=1107)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--redraw", type=int, nargs="*", default=None, help="packet numbers to redraw and compare byte for byte")
    a = ap.parse_args(argv)
    allerr, truths = [], []
    for i in range(1, a.count + 1):
        e, t = check_packet(a.dir, i)
        allerr += e
        if t:
            truths.append(t)
    total = sum(len(t["pages"]) for t in truths)
    if total >= 650:
        allerr.append(f"total pages {total} >= 650")
    from collections import Counter
    cap = Counter(p["capture"] for t in truths for p in t["pages"])
    typ = Counter(p["type"] for t in truths for p in t["pages"])
    ver = Counter(t["verdict"] for t in truths)
    rl = Counter(r for t in truths for r in t["expected_rules"])
    per = [len(t["pages"]) for t in truths]
    print(f"packets {len(truths)}  pages {total}  per packet {min(per)}..{max(per)}")
    print("verdicts", dict(ver))
    print("captures", dict(cap.most_common()))
    print("page types", dict(typ.most_common()))
    print("rules", dict(rl.most_common()))
    # determinism
    redraw = a.redraw if a.redraw is not None else [1, (a.seed % a.count) + 1]
    if redraw:
        from .packet import build
        with tempfile.TemporaryDirectory(prefix="otcheck_") as td:
            for i in redraw:
                build(td, i, a.seed)
                pid = f"t{i:03d}"
                c = filecmp.dircmp(os.path.join(a.dir, pid), os.path.join(td, pid))
                _, mism, errs_ = filecmp.cmpfiles(os.path.join(a.dir, pid), os.path.join(td, pid), os.listdir(os.path.join(a.dir, pid)), shallow=False)
                if mism or errs_ or c.left_only or c.right_only:
                    allerr.append(f"{pid}: redraw differs: {mism + errs_ + c.left_only + c.right_only}")
                if not filecmp.cmp(os.path.join(a.dir, pid + ".truth.json"), os.path.join(td, pid + ".truth.json"), shallow=False):
                    allerr.append(f"{pid}: redraw truth differs")
            print("redraw identical:", [f"t{i:03d}" for i in redraw] if not any("redraw" in x for x in allerr) else "NO")
    for e in allerr:
        print("ERROR", e)
    print("selfcheck:", "OK" if not allerr else f"{len(allerr)} problems")
    return 1 if allerr else 0


if __name__ == "__main__":
    sys.exit(main())
