"""python -m outsider_n.selfcheck DIR : recompute rules/verdict/points from the truth documents and check files/pages."""
import json
import os
import re
import sys
from .rules import evaluate

KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
DOC_KEYS = ["type", "layout", "pages", "fields", "rows"]
TYPES = {"id_card", "residence_permit", "household_register_cover", "household_register_member", "collective_hukou_certificate",
         "labour_contract", "tax_record", "social_insurance_record", "diploma", "degree_certificate", "marriage_certificate", "unknown"}


def page_count(path):
    low = path.lower()
    if low.endswith(".pdf"):
        data = open(path, "rb").read()
        m = re.findall(rb"/Type\s*/Pages\b.*?/Count\s+(\d+)", data, re.S)
        if m:
            return max(int(x) for x in m)
        return len(re.findall(rb"/Type\s*/Page\b(?!s)", data))
    from PIL import Image
    try:
        import pillow_heif
        pillow_heif.register_heif_opener()
    except Exception:
        pass
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def check_one(root, tf):
    probs = []
    t = json.load(open(os.path.join(root, tf), encoding="utf-8"))
    pid = tf[:-len(".truth.json")]
    P = lambda s: probs.append("%s: %s" % (pid, s))
    for k in KEYS:
        if k not in t:
            P("missing key " + k)
    rules, verdict, points = evaluate(t)
    if sorted(t["expected_rules"]) != rules:
        P("rules differ: truth %s recomputed %s" % (sorted(t["expected_rules"]), rules))
    if t["verdict"] != verdict:
        P("verdict differs: truth %s recomputed %s" % (t["verdict"], verdict))
    if t["points"] != points:
        P("points differ: truth %s recomputed %s" % (t["points"], points))
    pdir = os.path.join(root, pid)
    files = sorted(os.listdir(pdir)) if os.path.isdir(pdir) else []
    listed = {}
    for p in t["pages"]:
        listed.setdefault(p["file"], set()).add(p["page"])
        if p["type"] not in TYPES:
            P("bad page type %s" % p["type"])
    for f in files:
        if f not in listed:
            P("file not in truth: " + f)
    for f, pg in listed.items():
        fp = os.path.join(pdir, f)
        if not os.path.exists(fp):
            P("truth file missing on disk: " + f)
            continue
        n = page_count(fp)
        if pg != set(range(1, n + 1)):
            P("%s: pages in truth %s, file has %d" % (f, sorted(pg), n))
    pmap = {(p["file"], p["page"]): p for p in t["pages"]}
    used = set()
    for d in t["documents"]:
        for k in DOC_KEYS:
            if k not in d:
                P("document lacks " + k)
        if not d["pages"]:
            P("document %s has no pages" % d["type"])
        for r in d["pages"]:
            key = (r["file"], r["page"])
            if key not in pmap:
                P("document %s page %s not in pages" % (d["type"], key))
                continue
            pm = pmap[key]
            if d["type"] != pm["type"] and d["type"] not in pm.get("also", []):
                P("page %s typed %s but holds %s" % (key, pm["type"], d["type"]))
            used.add(key)
        for k, val in d["fields"].items():
            if val is None:
                continue
            if k.endswith("date") or k in ("valid_from",) or (k == "valid_until" and val != "long_term"):
                if not re.fullmatch(r"\d{4}-\d\d-\d\d", str(val)):
                    P("field %s.%s not ISO: %s" % (d["type"], k, val))
            if "id_number" in k and not re.fullmatch(r"\d{17}[\dX]", val):
                P("field %s.%s malformed: %s" % (d["type"], k, val))
        for r in d["rows"]:
            m = r.get("period") or r.get("month")
            if not re.fullmatch(r"\d{4}-\d\d", m or ""):
                P("row month malformed %s" % r)
    for key, pm in pmap.items():
        if pm["type"] != "unknown" and key not in used:
            P("page %s typed %s belongs to no document" % (key, pm["type"]))
    return probs, t, sum(1 for _ in t["pages"])


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        print("usage: python -m outsider_n.selfcheck DIR")
        return 2
    root = argv[0]
    tfs = sorted(f for f in os.listdir(root) if f.endswith(".truth.json"))
    allp = []
    verdicts = {}
    pages = 0
    files = 0
    for tf in tfs:
        probs, t, n = check_one(root, tf)
        allp += probs
        verdicts[t["verdict"]] = verdicts.get(t["verdict"], 0) + 1
        pages += n
        files += len({p["file"] for p in t["pages"]})
    for p in allp:
        print(p)
    print("%d packets, %d files, %d pages, verdicts %s" % (len(tfs), files, pages, json.dumps(verdicts, sort_keys=True)))
    print("%d problems" % len(allp))
    return 1 if allp else 0


if __name__ == "__main__":
    sys.exit(main())
