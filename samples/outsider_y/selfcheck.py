"""python -m samples.outsider_y.selfcheck DIR --seed 7301 --count 40

Checks every packet against its truth file and prints a summary; the last line
is `problems: N` (exit status 1 when N > 0)."""
from __future__ import annotations

import argparse
import collections
import datetime as dt
import filecmp
import json
import os
import re
import sys
import tempfile

from .common import credit_code_valid, id_valid, norm

TOP_KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
SPEC_TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member",
              "collective_hukou_certificate", "labour_contract", "tax_record", "social_insurance_record", "diploma",
              "degree_certificate", "marriage_certificate", "unknown"}
RULE_IDS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
            "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "permit.too_recent",
            "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
            "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
            "social_insurance.insufficient_months", "social_insurance.not_paying", "field.unreadable",
            "quality.unreadable_page", "points.below_standard", "points.claim_unsupported"}
DIGITAL = {"screenshot", "text_pdf"}
DATE_KEYS = {"birth_date", "valid_from", "valid_until", "issue_date", "registration_date", "start_date", "end_date",
             "signing_date", "graduation_date"}


def page_count(path: str) -> int:
    """Pages a file holds: n for PDFs and multi-page TIFFs, 1 for single images."""
    low = path.lower()
    if low.endswith(".pdf"):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        n = len(pdf)
        pdf.close()
        return n
    if low.endswith((".tif", ".tiff")):
        from PIL import Image
        with Image.open(path) as im:
            return getattr(im, "n_frames", 1)
    return 1


def _files(packet_dir):
    out = []
    for root, _, names in os.walk(packet_dir):
        for n in names:
            out.append(os.path.relpath(os.path.join(root, n), packet_dir).replace(os.sep, "/"))
    return sorted(out)


def check_values(truth, problems, tag):
    for d in truth["documents"]:
        for k, v in d["fields"].items():
            if isinstance(v, str):
                if norm(v) != v:
                    problems.append(f"{tag}: {d['type']}.{k} not normalised: {v!r}")
                if k in DATE_KEYS and v and v != "long_term" and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
                    problems.append(f"{tag}: {d['type']}.{k} not a date: {v!r}")
                if k.endswith("id_number") and v and (len(v) != 18 or v != v.upper()):
                    problems.append(f"{tag}: {d['type']}.{k} bad form: {v!r}")
        for rw in d.get("rows", []):
            for k in ("period", "month"):
                if k in rw and not re.fullmatch(r"\d{4}-\d{2}", rw[k]):
                    problems.append(f"{tag}: row {k} {rw[k]!r}")


def check_packet(out_dir, i, seed, problems, stats):
    from .rules import derive
    from .packet import plan_truth
    name = f"y{i:03d}"
    tag = name
    tp = os.path.join(out_dir, name + ".truth.json")
    pdir = os.path.join(out_dir, name)
    if not os.path.exists(tp) or not os.path.isdir(pdir):
        problems.append(f"{tag}: missing truth or folder")
        return
    truth = json.load(open(tp, encoding="utf-8"))
    for k in TOP_KEYS:
        if k not in truth:
            problems.append(f"{tag}: truth lacks {k}")
    if truth.get("packet") != name:
        problems.append(f"{tag}: packet name {truth.get('packet')}")
    as_of = dt.date.fromisoformat(truth["as_of"])
    if not (dt.date(2026, 11, 2) <= as_of <= dt.date(2026, 12, 20)):
        problems.append(f"{tag}: as_of {as_of} out of range")
    # ---- pages vs files
    files = _files(pdir)
    listed = collections.Counter((p["file"], p["page"]) for p in truth["pages"])
    for key, n in listed.items():
        if n > 1:
            problems.append(f"{tag}: page listed twice {key}")
    counts = {}
    for f in files:
        try:
            counts[f] = page_count(os.path.join(pdir, f))
        except Exception as e:  # noqa: BLE001
            problems.append(f"{tag}: cannot count pages of {f}: {e}")
            counts[f] = 0
    for f in files:
        want = {(f, k) for k in range(1, counts[f] + 1)}
        have = {key for key in listed if key[0] == f}
        if want != have:
            problems.append(f"{tag}: {f} holds {counts[f]} pages, truth lists {sorted(k for _, k in have)}")
    for (f, _) in listed:
        if f not in counts:
            problems.append(f"{tag}: listed file missing: {f}")
    # ---- documents vs pages
    page_docs = collections.defaultdict(list)
    for d in truth["documents"]:
        if d["type"] not in SPEC_TYPES:
            problems.append(f"{tag}: unknown type {d['type']}")
        if d.get("person") not in ("applicant", "spouse", "other"):
            problems.append(f"{tag}: document without person: {d['type']}")
        if not d["pages"]:
            problems.append(f"{tag}: document without pages: {d['type']}")
        for p in d["pages"]:
            key = (p["file"], p["page"])
            if key not in listed:
                problems.append(f"{tag}: document page not listed {key}")
            page_docs[key].append(d["type"])
    for p in truth["pages"]:
        key = (p["file"], p["page"])
        types = page_docs.get(key)
        if not types:
            problems.append(f"{tag}: page {key} belongs to no document")
            continue
        if p["type"] not in types or set(p.get("types", [p["type"]])) != set(types):
            problems.append(f"{tag}: page {key} type {p['type']} vs documents {types}")
        for k in ("capture", "rotation"):
            if k not in p:
                problems.append(f"{tag}: page {key} lacks {k}")
    # ---- rules
    got = derive(truth)
    for k in ("expected_rules", "verdict", "points"):
        if got[k] != truth[k]:
            problems.append(f"{tag}: derive {k} {got[k]} != truth {truth[k]}")
    for rid in truth["expected_rules"]:
        if rid not in RULE_IDS:
            problems.append(f"{tag}: rule id {rid} not in SPEC §4")
    # ---- ID numbers and credit codes
    deliberate = {"permit_id_check_digit"} & set(truth["defects"])
    for d in truth["documents"]:
        for k, v in d["fields"].items():
            if k.endswith("id_number") and v and not id_valid(v):
                if not deliberate or d["type"] != "residence_permit" or d["person"] != "applicant":
                    problems.append(f"{tag}: invalid ID number {v} in {d['type']}.{k}")
    b, _ = plan_truth(seed, i)
    pl = b.pl
    codes = {pl.employer["code"], pl.agency["code"]} | ({pl.prev_employer["code"]} if pl.prev_employer else set())
    for d in pl.docs:
        for rw in d["_p"].get("rows", []) if isinstance(d["_p"].get("rows"), list) else []:
            if isinstance(rw, dict) and rw.get("agent_code"):
                codes.add(rw["agent_code"])
    for c in codes:
        if not credit_code_valid(c):
            problems.append(f"{tag}: credit code {c} fails GB 32100")
    for P in [pl.A, pl.father, pl.mother, pl.spouse, pl.child, pl.grand] + pl.siblings:
        if P is not None and not id_valid(P["id_number"]):
            problems.append(f"{tag}: person ID {P['id_number']} fails GB 11643")
    check_values(truth, problems, tag)
    # ---- stats
    stats["verdict"][truth["verdict"]] += 1
    stats["application"][truth["application"]] += 1
    stats["pages"] += len(truth["pages"])
    stats["files"] += len(files)
    for p in truth["pages"]:
        stats["capture"][p["capture"]] += 1
        if p["rotation"]:
            stats["rotation"][p["rotation"]] += 1
        if p.get("exif_orientation"):
            stats["exif"][p["exif_orientation"]] += 1
        if len(p.get("types", [])) > 1:
            stats["multi_type_pages"] += 1
    for f in files:
        stats["ext"][f.rsplit(".", 1)[-1].lower()] += 1
    for d in truth["documents"]:
        stats["docs"][f"{d['type']}/{d['person']}"] += 1
        stats["layouts"][f"{d['type']}:{d['layout']}"] += 1
    for x in truth["defects"]:
        stats["defects"][x] += 1
    for r_ in truth["expected_rules"]:
        stats["rules"][r_] += 1
    if truth.get("declarations"):
        stats["declared"] += 1
    if any(d["type"] == "marriage_certificate" for d in truth["documents"]) or any(
            d["person"] == "spouse" for d in truth["documents"]):
        stats["spouse_papers"] += 1
    stats["digital"] += sum(1 for p in truth["pages"] if p["capture"] in DIGITAL)
    dig = sum(1 for p in truth["pages"] if p["capture"] in DIGITAL)
    if dig * 3 > len(truth["pages"]):
        problems.append(f"{tag}: digital pages {dig}/{len(truth['pages'])} over a third")


def rebuild_check(out_dir, seed, indices, problems):
    from .packet import build
    with tempfile.TemporaryDirectory() as tmp:
        for i in indices:
            build(seed, i, tmp)
            name = f"y{i:03d}"
            a, b = os.path.join(out_dir, name), os.path.join(tmp, name)
            fa, fb = _files(a), _files(b)
            if fa != fb:
                problems.append(f"{name}: rebuild gives other files")
                continue
            for f in fa:
                if not filecmp.cmp(os.path.join(a, f), os.path.join(b, f), shallow=False):
                    problems.append(f"{name}: rebuild differs in {f}")
            if not filecmp.cmp(os.path.join(out_dir, name + ".truth.json"), os.path.join(tmp, name + ".truth.json"),
                               shallow=False):
                problems.append(f"{name}: rebuild truth differs")


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_y.selfcheck")
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=7301)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--rebuild", type=int, nargs="*", default=None, help="indices to rebuild (default: two)")
    a = ap.parse_args(argv)
    problems = []
    stats = {"verdict": collections.Counter(), "application": collections.Counter(), "capture": collections.Counter(),
             "rotation": collections.Counter(), "exif": collections.Counter(), "ext": collections.Counter(),
             "docs": collections.Counter(), "layouts": collections.Counter(), "defects": collections.Counter(),
             "rules": collections.Counter(), "pages": 0, "files": 0, "digital": 0, "declared": 0, "spouse_papers": 0,
             "multi_type_pages": 0}
    for i in range(a.count):
        check_packet(a.dir, i, a.seed, problems, stats)
    extra = [n for n in os.listdir(a.dir) if not re.fullmatch(r"y\d{3}(\.truth\.json)?", n)]
    if extra:
        problems.append(f"unexpected entries in {a.dir}: {extra[:5]}")
    idx = a.rebuild if a.rebuild is not None else sorted({0, a.count // 2 + 1} & set(range(a.count)))
    rebuild_check(a.dir, a.seed, idx, problems)

    def show(title, c):
        print(f"{title}: " + ", ".join(f"{k}={v}" for k, v in sorted(c.items(), key=lambda kv: (-kv[1], str(kv[0])))))

    print(f"packets: {a.count}  files: {stats['files']}  pages: {stats['pages']}  "
          f"digital pages: {stats['digital']} ({stats['digital'] / max(1, stats['pages']):.0%})")
    show("verdicts", stats["verdict"])
    show("applications", stats["application"])
    show("captures", stats["capture"])
    show("file types", stats["ext"])
    show("rotations (deg, as displayed)", stats["rotation"])
    show("EXIF orientations", stats["exif"])
    print(f"pages holding documents of two types: {stats['multi_type_pages']}")
    print(f"packets with spouse papers: {stats['spouse_papers']}  with declarations: {stats['declared']}")
    show("documents (type/person)", stats["docs"])
    show("layouts", stats["layouts"])
    show("defects", stats["defects"])
    show("expected rules", stats["rules"])
    print(f"rebuilt byte-identically: {', '.join(f'y{i:03d}' for i in idx)}")
    for p in problems:
        print("PROBLEM", p)
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
