"""python -m outsider_p.selfcheck DIR : re-open every file and check every truth file."""
import glob
import json
import os
import sys
import pypdfium2 as pdfium
from PIL import Image
from .ident import id_valid, uscc_valid
from .oracle import evaluate

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
except Exception:  # pragma: no cover
    pass

ID_KEYS = ("id_number", "employee_id_number", "spouse_id_number")


def page_count(path):
    if path.lower().endswith(".pdf"):
        pdf = pdfium.PdfDocument(path)
        n = len(pdf)
        for i in range(n):
            pdf[i].render(scale=0.2)
        pdf.close()
        return n
    im = Image.open(path)
    n = getattr(im, "n_frames", 1)
    im.load()
    return n


def _usccs_in_pdf(path):
    import re
    out = set()
    pdf = pdfium.PdfDocument(path)
    for i in range(len(pdf)):
        t = pdf[i].get_textpage().get_text_range()
        out |= set(re.findall(r"9[0-9A-Z]{17}", t))
    pdf.close()
    return out


def check(root):
    problems = []
    truths = sorted(glob.glob(os.path.join(root, "p*.truth.json")))
    if not truths:
        problems.append("no truth files in %s" % root)
    stats = {"ready": 0, "review": 0, "fix": 0}
    nfiles = npages = 0
    for tp in truths:
        t = json.load(open(tp, encoding="utf-8"))
        pid = t["packet"]
        pdir = os.path.join(root, pid)
        if not os.path.isdir(pdir):
            problems.append("%s: folder missing" % pid)
            continue
        counts = {}
        for fn in sorted(os.listdir(pdir)):
            try:
                counts[fn] = page_count(os.path.join(pdir, fn))
            except Exception as e:  # noqa
                problems.append("%s/%s: cannot open (%s)" % (pid, fn, e))
            if fn.lower().endswith(".pdf"):
                for u in _usccs_in_pdf(os.path.join(pdir, fn)):
                    if len(u) == 18 and not uscc_valid(u) and not u.isdigit():
                        problems.append("%s/%s: 统一社会信用代码 %s fails GB 32100" % (pid, fn, u))
        nfiles += len(counts)
        seen = set()
        for p in t["pages"]:
            k = (p["file"], p["page"])
            if k in seen:
                problems.append("%s: page listed twice %s" % (pid, k))
            seen.add(k)
            if p["file"] not in counts:
                problems.append("%s: truth file %s does not exist" % (pid, p["file"]))
            elif not 1 <= p["page"] <= counts[p["file"]]:
                problems.append("%s: %s has %d pages, truth names page %d" % (pid, p["file"], counts[p["file"]], p["page"]))
        npages += len(t["pages"])
        for fn, n in counts.items():
            for i in range(1, n + 1):
                if (fn, i) not in seen:
                    problems.append("%s: %s page %d has no truth entry" % (pid, fn, i))
        for d in t["documents"]:
            for pg in d["pages"]:
                if (pg["file"], pg["page"]) not in seen:
                    problems.append("%s: document page %s not in pages" % (pid, pg))
            for k in ID_KEYS:
                if k in d["fields"] and not id_valid(d["fields"][k]):
                    problems.append("%s: %s %s=%s fails GB 11643" % (pid, d["type"], k, d["fields"][k]))
            for k, v in d["fields"].items():
                if isinstance(v, str):
                    try:
                        v.replace("(", "（").replace(")", "）").encode("gb2312")
                    except UnicodeEncodeError:
                        problems.append("%s: %s.%s=%s has a character outside GB 2312 (fonts may lack it)" % (pid, d["type"], k, v))
            if not d["pages"]:
                problems.append("%s: document %s without pages" % (pid, d["type"]))
        # verdict consistency
        sev = {f["severity"] for f in t.get("expected_findings", [])}
        want = "fix" if "error" in sev else "review" if "warning" in sev else "ready"
        if t["verdict"] != want:
            problems.append("%s: verdict %s but findings imply %s" % (pid, t["verdict"], want))
        if [f["rule"] for f in t.get("expected_findings", [])] != t["expected_rules"]:
            problems.append("%s: expected_rules and expected_findings disagree" % pid)
        blanks = sum(1 for p in t["pages"] if p["capture"] == "blank")
        f2, v2, pts = evaluate(t, blank_pages=blanks)
        if v2 != t["verdict"] or sorted(r for r, _ in f2) != sorted(t["expected_rules"]):
            problems.append("%s: re-evaluation gives %s %s" % (pid, v2, f2))
        items = {k: v for k, v in pts["items"].items() if v}
        if pts["estimate"] != t["points"]["estimate"] or items != t["points"]["items"]:
            problems.append("%s: points differ on re-evaluation" % pid)
        if (t["points"]["estimate"] < 120) != ("points.below_standard" in t["expected_rules"]):
            problems.append("%s: points.below_standard inconsistent" % pid)
        stats[t["verdict"]] += 1
    for p in problems:
        print("PROBLEM", p)
    print("%d packets, %d files, %d pages; verdicts %s" % (len(truths), nfiles, npages, stats))
    print("%d problems" % len(problems))
    return len(problems)


if __name__ == "__main__":
    sys.exit(1 if check(sys.argv[1] if len(sys.argv) > 1 else ".") else 0)
