"""python -m samples.outsider_ab.selfcheck DIR  -> prints the set's counts and `problems: N`.

Checks that every truth is self-consistent: ID numbers pass GB 11643 (except
the deliberate defects), 统一社会信用代码 pass GB 32100, expected_rules /
verdict / points follow from the documents (rules.py), every listed file
exists and every file is listed, page counts match the files."""
import collections
import json
import os
import re
import sys

from .ids import id_valid, uscc_valid
from .rules import evaluate, ERROR_RULES, WARNING_RULES

KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
ID_FIELDS = {"id_card": ["id_number"], "residence_permit": ["id_number"], "household_register_member": ["id_number"],
             "collective_hukou_certificate": ["id_number"], "labour_contract": ["employee_id_number"],
             "tax_record": ["id_number"], "social_insurance_record": ["id_number"],
             "marriage_certificate": ["spouse_id_number"]}
ALLOWED_INVALID = {"id_typo_contract": ("labour_contract", "employee_id_number"),
                   "spouse_id_invalid": ("marriage_certificate", "spouse_id_number")}
USCC_RE = re.compile(r"(?<![0-9A-Z])9[0-9A-HJ-NP-RTUWXY]{17}(?![0-9A-Z])")


def file_pages(path):
    ext = path.rsplit(".", 1)[-1].lower()
    if ext == "pdf":
        import pypdfium2 as pdfium
        d = pdfium.PdfDocument(path)
        n = len(d)
        d.close()
        return n
    from PIL import Image
    if ext == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def pdf_text(path):
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(path)
    out = []
    for i in range(len(d)):
        tp = d[i].get_textpage()
        out.append(tp.get_text_range())
    d.close()
    return "\n".join(out)


def check(root):
    problems = []
    stats = collections.defaultdict(collections.Counter)
    truths = sorted(f for f in os.listdir(root) if f.endswith(".truth.json"))
    for tf in truths:
        P = lambda m: problems.append(f"{tf}: {m}")
        t = json.load(open(os.path.join(root, tf), encoding="utf-8"))
        if list(t.keys()) != KEYS:
            P(f"keys {list(t.keys())}")
        pdir = os.path.join(root, t["packet"])
        if not os.path.isdir(pdir):
            P("packet folder missing")
            continue
        # pages vs files
        listed = collections.defaultdict(list)
        for p in t["pages"]:
            listed[p["file"]].append(p["page"])
            for k in ("file", "page", "type", "capture", "rotation"):
                if k not in p:
                    P(f"page entry lacks {k}: {p}")
            if "types" in p and p["types"][0] != p["type"]:
                P(f"page type/types disagree {p}")
        present = sorted(os.listdir(pdir))
        for f in present:
            if f not in listed:
                P(f"file not listed in pages: {f}")
        for f, pgs in listed.items():
            fp = os.path.join(pdir, f)
            if not os.path.exists(fp):
                P(f"listed file missing: {f}")
                continue
            n = file_pages(fp)
            if sorted(pgs) != list(range(1, n + 1)):
                P(f"page count {f}: listed {sorted(pgs)} file has {n}")
        page_index = {(p["file"], p["page"]): p for p in t["pages"]}
        # documents reference pages that exist and agree with page types
        for d in t["documents"]:
            for ref in d["pages"]:
                pe = page_index.get((ref["file"], ref["page"]))
                if pe is None:
                    P(f"{d['type']} refers to unknown page {ref}")
                    continue
                types = pe.get("types", [pe["type"]])
                if d["type"] not in types:
                    P(f"{d['type']} on page typed {types}")
                if "bbox" in ref:
                    b = ref["bbox"]
                    if not (0 <= b[0] < b[2] <= 1 and 0 <= b[1] < b[3] <= 1):
                        P(f"bad bbox {ref}")
            if not d["pages"]:
                P(f"{d['type']} without pages")
        for pe in t["pages"]:
            refs = [d["type"] for d in t["documents"] for r in d["pages"] if (r["file"], r["page"]) == (pe["file"], pe["page"])]
            if pe["type"] != "unknown" and pe["type"] not in refs:
                P(f"page {pe['file']}#{pe['page']} typed {pe['type']} but no document uses it")
            if pe["type"] == "unknown" and refs:
                P(f"unknown page used by {refs}")
        # ID numbers
        allowed = {ALLOWED_INVALID[x] for x in t["defects"] if x in ALLOWED_INVALID}
        for d in t["documents"]:
            for k in ID_FIELDS.get(d["type"], []):
                v = d["fields"].get(k)
                if v is None:
                    continue
                ok = id_valid(v)
                if (d["type"], k) in allowed:
                    if ok:
                        P(f"deliberately invalid ID is valid: {d['type']}.{k}")
                elif not ok:
                    P(f"invalid ID {d['type']}.{k} = {v}")
            for name, code in d.get("agent_ids", {}).items():
                if not uscc_valid(code):
                    P(f"USCC invalid {name} {code}")
        # USCCs printed in text-layer PDFs
        for f in present:
            if f.lower().endswith(".pdf"):
                txt = pdf_text(os.path.join(pdir, f))
                for code in USCC_RE.findall(txt):
                    if code.startswith("91") and not uscc_valid(code):
                        P(f"USCC in {f} invalid: {code}")
        # rules / verdict / points
        rules, verdict, points, notes = evaluate(t)
        if rules != t["expected_rules"]:
            P(f"expected_rules {t['expected_rules']} != computed {rules}")
        if verdict != t["verdict"]:
            P(f"verdict {t['verdict']} != computed {verdict}")
        if points != t["points"]:
            P(f"points {t['points']} != computed {points}")
        # stats
        stats["verdict"][t["verdict"]] += 1
        stats["application"][t["application"]] += 1
        stats["files"]["files"] += len(present)
        for f in present:
            stats["ext"][f.rsplit(".", 1)[-1].lower()] += 1
        for p in t["pages"]:
            stats["capture"][p["capture"]] += 1
            for ty in p.get("types", [p["type"]]):
                stats["type"][ty] += 1
            stats["pages"]["pages"] += 1
            if "types" in p:
                stats["pages"]["multi_document_pages"] += 1
            for k in ("watermark", "blank", "unreadable"):
                if p.get(k):
                    stats["pages"][k] += 1
            if p.get("exif_orientation"):
                stats["pages"]["exif_orientation"] += 1
            if p.get("rotation"):
                stats["pages"]["rotated"] += 1
        for r in t["expected_rules"]:
            stats["rules"][r] += 1
        for d in t["documents"]:
            stats["doc_layout"][f"{d['type']}:{d['layout']}"] += 1
    for r in ERROR_RULES:
        if stats["rules"][r] < 2 and truths:
            problems.append(f"set: error rule {r} appears {stats['rules'][r]} times (< 2)")
    return problems, stats, len(truths)


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    if not argv:
        print("usage: python -m samples.outsider_ab.selfcheck DIR")
        return 2
    problems, stats, n = check(argv[0])
    print(f"packets: {n}")
    for k in ("application", "verdict", "files", "ext", "pages", "capture", "type", "rules", "doc_layout"):
        print(f"{k}: " + ", ".join(f"{a}={b}" for a, b in sorted(stats[k].items())))
    for p in problems:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
