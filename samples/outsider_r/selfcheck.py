"""python -m samples.outsider_r.selfcheck DIR --seed 8803

Checks every rNNN.truth.json against its folder and against SPEC:
  * every file the truth names exists, no other file is in the folder, every file opens, page counts match
    (PDF via pypdfium2, TIFF frames, HEIC via pillow_heif), EXIF orientation tags match `exif_orientation`;
  * truth structure: SPEC fields only, no empty values, document pages are pages of the packet;
  * expected_rules / verdict / points re-derived from the truth values by SPEC §4/§6 (rules.derive);
  * the verdict is the one the scenario plan for this seed intends; fix packets cover their intended errors;
  * the plan for this seed re-drawn in memory gives the same truth (so each field value was logged when it was
    drawn on a page of that document);
  * text-layer PDFs: the names and ID numbers the truth gives for their pages are in the PDF's text;
  * all ID numbers pass GB 11643 unless the packet expects identity.id_number_invalid; all 统一社会信用代码
    drawn pass GB 32100.
Prints one line per problem and "N problems".
"""
import argparse
import json
import os
import sys

from PIL import Image

from .ids import id_valid, uscc_valid
from .packet import plan, SPEC_FIELDS
from .rules import derive, SEVERITY
from .scenarios import plan as scenario_plan
from .util import norm, is_masked


def page_count(path):
    ext = os.path.splitext(path)[1].lower()
    if ext == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(path)
        n = len(doc)
        doc.close()
        return n
    if ext in (".heic", ".heif"):
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def pdf_text(path):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(path)
    out = []
    for i in range(len(doc)):
        tp = doc[i].get_textpage()
        out.append(tp.get_text_range())
        tp.close()
    doc.close()
    return out


def check_packet(root, name, seed, sc_plan, problems, stats):
    tpath = os.path.join(root, name + ".truth.json")
    pdir = os.path.join(root, name)
    t = json.load(open(tpath, encoding="utf-8"))

    def bad(msg):
        problems.append("%s: %s" % (name, msg))

    if not os.path.isdir(pdir):
        bad("folder missing")
        return
    files_on_disk = set(os.listdir(pdir))
    pages = t.get("pages", [])
    by_file = {}
    for p in pages:
        by_file.setdefault(p["file"], []).append(p["page"])
    for f in by_file:
        if f not in files_on_disk:
            bad("file %s missing" % f)
    for f in files_on_disk - set(by_file):
        bad("file %s not in truth" % f)
    stats["files"] += len(files_on_disk)
    stats["pages"] += len(pages)
    for f, pg in by_file.items():
        path = os.path.join(pdir, f)
        if not os.path.exists(path):
            continue
        try:
            n = page_count(path)
        except Exception as e:  # noqa
            bad("file %s does not open: %r" % (f, e))
            continue
        if sorted(pg) != list(range(1, n + 1)):
            bad("file %s has %d pages, truth lists %s" % (f, n, sorted(pg)))
    for p in pages:
        if p.get("exif_orientation"):
            with Image.open(os.path.join(pdir, p["file"])) as im:
                o = im.getexif().get(0x0112)
            if o != p["exif_orientation"]:
                bad("%s EXIF orientation %s != %s" % (p["file"], o, p["exif_orientation"]))
        if p["rotation"] not in (0, 90, 180, 270):
            bad("bad rotation %r" % p["rotation"])
    # structure
    page_keys = {(p["file"], p["page"]) for p in pages}
    for d in t["documents"]:
        spec = SPEC_FIELDS.get(d["type"])
        if spec is None:
            bad("unknown document type %s" % d["type"])
            continue
        for k, v in d["fields"].items():
            if k not in spec:
                bad("%s: field %s not in SPEC" % (d["type"], k))
            if v in ("", None):
                bad("%s: empty field %s" % (d["type"], k))
        for pr in d["pages"]:
            if (pr["file"], pr["page"]) not in page_keys:
                bad("%s page %s not in pages" % (d["type"], pr))
    # rules
    rules, verdict, points = derive(t)
    if rules != t["expected_rules"]:
        bad("expected_rules %s, derived %s" % (t["expected_rules"], rules))
    if verdict != t["verdict"]:
        bad("verdict %s, derived %s" % (t["verdict"], verdict))
    if points != t["points"]:
        bad("points %s, derived %s" % (t["points"], points))
    stats[verdict] = stats.get(verdict, 0) + 1
    idx = int(name[1:])
    sc = sc_plan[idx - 1]
    if sc["verdict"] != t["verdict"]:
        bad("scenario %s intends %s" % (sc["key"], sc["verdict"]))
    if sc["verdict"] == "fix":
        errs = sorted(r for r in rules if SEVERITY[r] == "error")
        if errs != sorted(sc["expect"]):
            bad("errors %s != intended %s" % (errs, sc["expect"]))
    for r in rules:
        stats.setdefault("rule_counts", {}).setdefault(r, 0)
        stats["rule_counts"][r] += 1
    # re-plan and compare
    B, t2 = plan(idx, seed)
    a = json.dumps(t, ensure_ascii=False, sort_keys=True)
    b = json.dumps(json.loads(json.dumps(t2, ensure_ascii=False)), ensure_ascii=False, sort_keys=True)
    if a != b:
        bad("truth differs from the plan re-drawn with seed %d" % seed)
    # ids / usccs
    expect_invalid = "identity.id_number_invalid" in rules
    for d in t["documents"]:
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            v = d["fields"].get(k)
            if v and not is_masked(v) and not id_valid(v) and not (expect_invalid and k != "spouse_id_number"):
                bad("%s.%s %s fails GB 11643" % (d["type"], k, v))
    w = B.w
    cos = [w["employer"]] + [w.get(k) for k in ("prev_employer", "new_employer") if w.get(k)]
    codes = {c["uscc"] for c in cos}
    codes |= {r["agent_uscc"] for r in w["tax"]["rows"]}
    for c in codes:
        if not uscc_valid(c):
            bad("USCC %s fails GB 32100" % c)
    # text-layer PDFs carry the names / ids the truth gives for their pages
    text_files = {p["file"] for p in pages if p["capture"].startswith("text_pdf")}
    for f in text_files:
        path = os.path.join(pdir, f)
        if not os.path.exists(path):
            continue
        txt = norm("".join(pdf_text(path)))
        for d in t["documents"]:
            if not any(pr["file"] == f for pr in d["pages"]):
                continue
            for k in ("name", "employee_name", "id_number", "employee_id_number"):
                v = d["fields"].get(k)
                if v and norm(v) not in txt:
                    bad("%s: %s %r not in the PDF text" % (f, k, v))
            if "shuffle" in next(p["capture"] for p in pages if p["file"] == f):
                continue
            for k in ("hukou_address", "residence_address", "employer", "school", "major"):
                v = d["fields"].get(k)
                if v and norm(v) not in txt and norm(v).replace("(", "（").replace(")", "）") not in txt:
                    bad("%s: %s %r not in the PDF text" % (f, k, v))
    return t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="outsider_r.selfcheck")
    ap.add_argument("dir")
    ap.add_argument("--seed", type=int, default=8803)
    a = ap.parse_args(argv)
    names = sorted(n[:-len(".truth.json")] for n in os.listdir(a.dir) if n.endswith(".truth.json"))
    problems = []
    stats = {"files": 0, "pages": 0}
    sc_plan = scenario_plan(a.seed, max(40, len(names)))
    for n in names:
        try:
            check_packet(a.dir, n, a.seed, sc_plan, problems, stats)
        except Exception as e:  # noqa
            problems.append("%s: check failed: %r" % (n, e))
    for p in problems:
        print(p)
    rc = stats.pop("rule_counts", {})
    print("packets %d, files %d, pages %d, ready %d, review %d, fix %d" %
          (len(names), stats["files"], stats["pages"], stats.get("ready", 0), stats.get("review", 0), stats.get("fix", 0)))
    print("rule occurrences: " + ", ".join("%s %d" % (k, v) for k, v in sorted(rc.items())))
    print("%d problems" % len(problems))
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
