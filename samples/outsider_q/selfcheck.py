"""python -m outsider_q.selfcheck DIR [--seed 7717] — verify every truth file against its folder."""
import argparse
import glob
import json
import os
import re
import sys

from PIL import Image

from .oracle import derive, expected_rules, norm, id_matches
from .util import id_valid, uscc_valid
from .__main__ import DEFECT_RULES
from .scenarios import SCENARIOS, draw

TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
         "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
         "degree_certificate", "marriage_certificate", "unknown"}
FIELDS = {
    "id_card": ["name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority", "valid_from", "valid_until"],
    "residence_permit": ["name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from", "valid_until"],
    "household_register_cover": ["household_type", "head_name", "household_number", "address", "issue_date"],
    "household_register_member": ["name", "relation_to_head", "sex", "birthplace", "ethnicity", "native_place", "birth_date",
                                  "id_number", "education", "marital_status", "employer", "registration_date"],
    "collective_hukou_certificate": ["name", "id_number", "address", "issue_date"],
    "labour_contract": ["employer", "employee_name", "employee_id_number", "start_date", "end_date", "open_ended", "signing_date"],
    "tax_record": ["name", "id_number", "issue_date"],
    "social_insurance_record": ["name", "id_number"],
    "diploma": ["name", "school", "major", "level", "graduation_date"],
    "degree_certificate": ["name", "school", "major", "level", "graduation_date"],
    "marriage_certificate": ["holder_name", "spouse_name", "spouse_id_number", "registration_date"],
}
DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH = re.compile(r"^\d{4}-\d{2}$")


def page_count(path):
    ext = path.lower().rsplit(".", 1)[-1]
    if ext == "pdf":
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    if ext in ("heic", "heif"):
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def pdf_text(path):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    return ["".join(doc[i].get_textpage().get_text_range().split()) for i in range(len(doc))]


def check(root, seed):
    problems = []
    truths = sorted(glob.glob(os.path.join(root, "q*.truth.json")))
    folders = sorted(p for p in glob.glob(os.path.join(root, "q*")) if os.path.isdir(p))
    if len(truths) != len(folders):
        problems.append("%d truth files but %d folders" % (len(truths), len(folders)))
    stats = {"files": 0, "pages": 0, "verdict": {}}
    for tp in truths:
        t = json.load(open(tp, encoding="utf-8"))
        name = t["packet"]
        P = lambda m: problems.append("%s: %s" % (name, m))
        folder = os.path.join(root, name)
        if os.path.basename(tp) != name + ".truth.json" or not os.path.isdir(folder):
            P("truth/folder name mismatch")
            continue
        for k in ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]:
            if k not in t:
                P("missing key " + k)
        # files and page counts
        files = {}
        for pg in t["pages"]:
            files.setdefault(pg["file"], []).append(pg["page"])
            if pg["type"] not in TYPES:
                P("bad page type %s" % pg["type"])
            if pg["rotation"] not in (0, 90, 180, 270):
                P("bad rotation")
        on_disk = set(os.listdir(folder))
        if set(files) != on_disk:
            P("files on disk differ from pages: %s" % sorted(on_disk ^ set(files)))
        text = {}
        for fn, pages in files.items():
            p = os.path.join(folder, fn)
            if not os.path.exists(p):
                P("missing file " + fn)
                continue
            try:
                n = page_count(p)
            except Exception as e:
                P("cannot open %s: %s" % (fn, e))
                continue
            if sorted(pages) != list(range(1, n + 1)):
                P("%s: %d pages on disk, truth lists %s" % (fn, n, pages))
            stats["files"] += 1
            stats["pages"] += n
            if fn.lower().endswith(".pdf"):
                text[fn] = pdf_text(p)
        # documents -> pages
        pset = {(pg["file"], pg["page"]): pg for pg in t["pages"]}
        covered = {}
        for doc in t["documents"]:
            if doc["type"] not in FIELDS:
                P("bad doc type " + doc["type"])
                continue
            if not doc["pages"]:
                P("document %s without pages" % doc["type"])
            for rp in doc["pages"]:
                k = (rp["file"], rp["page"])
                if k not in pset:
                    P("document page %s not in pages" % (k,))
                covered.setdefault(k, []).append(doc["type"])
            for fk in FIELDS[doc["type"]]:
                if fk not in doc["fields"]:
                    P("%s lacks field %s" % (doc["type"], fk))
            for fk, v in doc["fields"].items():
                if isinstance(v, str) and (fk.endswith("_date") or fk.startswith("valid_")) and v != "long_term" and not DATE.match(v):
                    P("bad date %s=%s" % (fk, v))
                if isinstance(v, str) and ("（" in v or "）" in v or re.search(r"[\uff10-\uff19\s]", v)):
                    P("field %s not normalised: %s" % (fk, v))
            for r in doc["rows"]:
                m = r.get("period") or r.get("month")
                if not MONTH.match(m or ""):
                    P("bad row month %s" % m)
        for k, pg in pset.items():
            types = covered.get(k, [])
            if pg["type"] == "unknown":
                if types:
                    P("unknown page %s carries documents" % (k,))
            elif pg["type"] not in types:
                P("page %s typed %s but documents %s" % (k, pg["type"], types))
        # identity numbers
        idc = [x for x in t["documents"] if x["type"] == "id_card"]
        ref = idc[0]["fields"]["id_number"] if idc else None
        for doc in t["documents"]:
            for fk in ("id_number", "employee_id_number", "spouse_id_number"):
                v = doc["fields"].get(fk)
                if not v:
                    continue
                if "*" in v:
                    if ref and not id_matches(v, ref):
                        P("masked %s %s does not fit %s" % (fk, v, ref))
                    continue
                if not id_valid(v) and "identity.id_number_invalid" not in t["expected_rules"]:
                    P("invalid ID %s in %s" % (v, doc["type"]))
        # the drawn values again (deterministic) -> USCCs
        n = int(name[1:])
        Pd, _ = draw(n, seed)
        for code in [Pd["uscc"], Pd["old_uscc"]] + [r["_uscc"] for r in Pd["tax_rows_full"]]:
            if not uscc_valid(code):
                P("USCC %s fails GB 32100" % code)
        # USCCs and ID numbers in PDF text layers
        for fn, pages in text.items():
            for ptxt in pages:
                for code in re.findall(r"(?<![0-9A-Z])9[0-9A-Z]{17}(?![0-9A-Z])", ptxt):
                    if not code.isdigit() and not uscc_valid(code):
                        P("%s: USCC-like %s fails GB 32100" % (fn, code))
        # expectations
        f, v, pts = derive(t)
        if expected_rules(f) != t["expected_rules"]:
            P("expected_rules %s but oracle says %s" % (t["expected_rules"], expected_rules(f)))
        if v != t["verdict"]:
            P("verdict %s but oracle says %s" % (t["verdict"], v))
        if pts != t["points"]:
            P("points %s but oracle says %s" % (t["points"], pts))
        sc = SCENARIOS[(n - 1) % len(SCENARIOS)]
        if sc[1] != t["verdict"]:
            P("scenario %s wants %s" % (sc[0], sc[1]))
        for tag in t["defects"]:
            if DEFECT_RULES.get(tag) not in t["expected_rules"]:
                P("defect %s has no finding" % tag)
        # text-layer PDFs must show the values they claim
        for doc in t["documents"]:
            for rp in doc["pages"]:
                if rp["file"] in text and pset[(rp["file"], rp["page"])]["capture"] in ("text_pdf", "web_print_pdf"):
                    allt = "".join(text[rp["file"]])
                    nm = doc["fields"].get("name") or doc["fields"].get("employee_name")
                    if nm and norm(nm) not in allt:
                        P("%s: name %s not in text layer" % (rp["file"], nm))
                    for r in doc["rows"]:
                        amt = r.get("amount")
                        if amt and amt not in allt.replace(",", ""):
                            P("%s: amount %s not in text layer" % (rp["file"], amt))
                    break
        stats["verdict"][t["verdict"]] = stats["verdict"].get(t["verdict"], 0) + 1
    return problems, stats, len(truths)


def main(argv=None):
    ap = argparse.ArgumentParser(prog="outsider_q.selfcheck")
    ap.add_argument("dir")
    ap.add_argument("--seed", default="7717")
    a = ap.parse_args(argv)
    problems, stats, n = check(a.dir, a.seed)
    for p in problems:
        print(p)
    print("%d packets, %d files, %d pages, verdicts %s" % (n, stats["files"], stats["pages"], stats["verdict"]))
    print("%d problems" % len(problems))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
