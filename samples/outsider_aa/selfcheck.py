"""python -m samples.outsider_aa.selfcheck DIR : checks every *.truth.json in DIR; prints `problems: N`."""
import datetime as dt
import glob
import json
import os
import re
import sys

from . import model as M

ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch", "identity.id_number_mismatch",
          "address.hukou_mismatch", "permit.expired", "id_card.expired", "applicant.age_out_of_range",
          "contract.term_too_short", "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
          "social_insurance.insufficient_months", "social_insurance.not_paying"}
WARN = {"field.unreadable", "quality.unreadable_page", "points.below_standard", "points.claim_unsupported", "permit.too_recent"}
TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member", "collective_hukou_certificate",
         "labour_contract", "tax_record", "social_insurance_record", "diploma", "degree_certificate", "marriage_certificate", "unknown"}
KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]


def npages(path):
    if path.lower().endswith(".pdf"):
        import pypdfium2 as pdfium
        return len(pdfium.PdfDocument(path))
    from PIL import Image
    if path.lower().endswith(".heic"):
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def is_date(s):
    try:
        return dt.date.fromisoformat(s).isoformat() == s
    except Exception:
        return False


def check(root):
    probs = []
    files = sorted(glob.glob(os.path.join(root, "*.truth.json")))
    verdicts = {}
    for tf in files:
        P = lambda m: probs.append(f"{os.path.basename(tf)}: {m}")
        t = json.load(open(tf, encoding="utf-8"))
        for k in KEYS:
            if k not in t:
                P(f"missing key {k}")
        pdir = os.path.join(root, t["packet"])
        if not os.path.isdir(pdir):
            P("packet folder missing")
            continue
        if not is_date(t["as_of"]):
            P("as_of not a date")
        if t["application"] not in ("first", "renewal"):
            P("bad application")
        # pages
        counts = {}
        listed = set()
        for p in t["pages"]:
            f = os.path.join(pdir, p["file"])
            if p["type"] not in TYPES:
                P(f"bad page type {p['type']}")
            if p["rotation"] not in (0, 90, 180, 270):
                P("bad rotation")
            if not os.path.isfile(f):
                P(f"page file missing {p['file']}")
                continue
            if p["file"] not in counts:
                counts[p["file"]] = npages(f)
            if not 1 <= p["page"] <= counts[p["file"]]:
                P(f"page {p['file']}#{p['page']} out of range ({counts[p['file']]})")
            if (p["file"], p["page"]) in listed:
                P(f"page listed twice {p['file']}#{p['page']}")
            listed.add((p["file"], p["page"]))
        for fn in os.listdir(pdir):
            n = counts.get(fn) or npages(os.path.join(pdir, fn))
            for k in range(1, n + 1):
                if (fn, k) not in listed:
                    P(f"page not in truth {fn}#{k}")
        ptype = {(p["file"], p["page"]): p["type"] for p in t["pages"]}
        for d in t["documents"]:
            if not d["pages"]:
                P(f"document {d['type']} without pages")
            for rp in d["pages"]:
                k = (rp["file"], rp["page"])
                if k not in ptype:
                    P(f"document page {k} not listed")
                elif ptype[k] != d["type"]:
                    P(f"document page {k} typed {ptype[k]} not {d['type']}")
            f = d["fields"]
            for k, v in f.items():
                if v is None or isinstance(v, bool):
                    continue
                if k.endswith("date") or k in ("valid_from", "valid_until"):
                    if not (is_date(v) or (k == "valid_until" and v == "long_term")):
                        P(f"{d['type']}.{k} not a date: {v}")
                if "id_number" in k and not M.id_valid(v) and "identity.id_number_invalid" not in t["expected_rules"]:
                    P(f"{d['type']}.{k} fails GB 11643 but no id_number_invalid expected")
                if isinstance(v, str) and (re.search(r"\s", v) or re.search("[０-９Ａ-Ｚａ-ｚ（）]", v)):
                    P(f"{d['type']}.{k} not normalised: {v!r}")
            if "spouse_id_number" in f and not M.id_valid(f["spouse_id_number"]):
                P("spouse id invalid")
            for r in d["rows"]:
                for k in ("period", "month"):
                    if k in r and not re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", r[k]):
                        P(f"bad month {r[k]}")
            if d["type"] == "labour_contract":
                if f["open_ended"] != (f["end_date"] is None):
                    P("open_ended / end_date inconsistent")
        # text-layer PDFs: the values must be in the text
        caps = {(p["file"], p["page"]): p["capture"] for p in t["pages"]}
        for d in t["documents"]:
            tp = [rp for rp in d["pages"] if caps.get((rp["file"], rp["page"])) == "text_pdf"]
            if not tp:
                continue
            import pypdfium2 as pdfium
            txt = ""
            for rp in tp:
                txt += pdfium.PdfDocument(os.path.join(pdir, rp["file"]))[rp["page"] - 1].get_textpage().get_text_range()
            txt = re.sub(r"\s", "", txt)
            f = d["fields"]
            for k in ("name", "id_number", "hukou_address", "residence_address"):
                if f.get(k) and f[k] not in txt:
                    P(f"text pdf {d['type']}.{k} {f[k]!r} not in its text")
            for r in d["rows"]:
                for k in ("amount", "base"):
                    if k in r and r[k] not in txt:
                        P(f"text pdf {d['type']} row value {r[k]} not in its text")
        # rules recomputed from the truth's own fields
        plan = dict(as_of=dt.date.fromisoformat(t["as_of"]), application=t["application"],
                    docs=[dict(type=d["type"], fields=d["fields"], rows=d["rows"]) for d in t["documents"]],
                    blank="blank_page" in t["defects"])
        try:
            rules, pts = M.expected(plan)
        except Exception as e:
            P(f"cannot evaluate rules: {e}")
            continue
        if rules != sorted(t["expected_rules"]):
            P(f"expected_rules {t['expected_rules']} but SPEC gives {rules}")
        if pts != t["points"]:
            P(f"points {t['points']} but recomputed {pts}")
        for r in t["expected_rules"]:
            if r not in ERRORS | WARN:
                P(f"unknown rule {r}")
        v = "fix" if any(r in ERRORS for r in t["expected_rules"]) else ("review" if t["expected_rules"] else "ready")
        if v != t["verdict"]:
            P(f"verdict {t['verdict']} but rules give {v}")
        if t["verdict"] == "ready" and t["defects"]:
            P("ready packet with defects")
        if "quality.unreadable_page" not in t["expected_rules"]:
            pass
        verdicts[t["verdict"]] = verdicts.get(t["verdict"], 0) + 1
    for p in probs:
        print(p)
    print(f"packets: {len(files)}  verdicts: {verdicts}")
    print(f"problems: {len(probs)}")
    return len(probs)


if __name__ == "__main__":
    sys.exit(1 if check(sys.argv[1]) else 0)
