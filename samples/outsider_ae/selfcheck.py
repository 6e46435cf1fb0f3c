"""python -m samples.outsider_ae.selfcheck DIR — check a drawn set against itself and SPEC."""
import collections
import json
import os
import sys

from . import spec

KEYS = ["packet", "as_of", "application", "defects", "expected_rules", "verdict", "points", "pages", "documents"]
INTENDED = None


def page_count(path):
    low = path.lower()
    if low.endswith(".pdf"):
        import pypdfium2
        document = pypdfium2.PdfDocument(path)
        try:
            return len(document)
        finally:
            document.close()
    from PIL import Image
    if low.endswith(".heic"):
        import pillow_heif
        pillow_heif.register_heif_opener()
    with Image.open(path) as im:
        return getattr(im, "n_frames", 1)


def check_packet(root, tfile, problems, min_set=True):
    t = json.load(open(os.path.join(root, tfile), encoding="utf-8"))
    pid = t.get("packet")
    P = lambda m: problems.append(f"{pid}: {m}")
    if list(t.keys()) != KEYS:
        P(f"keys {list(t.keys())}")
    pdir = os.path.join(root, pid)
    files = sorted(os.listdir(pdir)) if os.path.isdir(pdir) else []
    listed = collections.defaultdict(set)
    for p in t["pages"]:
        listed[p["file"]].add(p["page"])
    for fn in files:
        path = os.path.join(pdir, fn)
        try:
            n = page_count(path)
        except Exception as e:  # noqa
            P(f"{fn}: cannot open ({e})")
            continue
        if fn not in listed:
            P(f"{fn}: written but not listed")
        elif listed[fn] != set(range(1, n + 1)):
            P(f"{fn}: has {n} pages, truth lists {sorted(listed[fn])}")
        if os.path.getsize(path) > 3_300_000:
            P(f"{fn}: {os.path.getsize(path)} bytes")
    for fn in listed:
        if fn not in files:
            P(f"{fn}: listed but not written")
    # verdict / rules / points per SPEC
    rules, verdict, points = spec.evaluate(t)
    if rules != t["expected_rules"]:
        P(f"expected_rules {t['expected_rules']} but SPEC gives {rules}")
    if verdict != t["verdict"]:
        P(f"verdict {t['verdict']} but SPEC gives {verdict}")
    if points != t["points"]:
        P(f"points {t['points']} but SPEC gives {points}")
    from .build import INTENDED as I
    want = sorted({r for d in t["defects"] for r in I[d]})
    if want != t["expected_rules"]:
        P(f"defects {t['defects']} mean {want}, truth says {t['expected_rules']}")
    # legibility: every claimed value is drawn, on one of the document's pages, and not hidden
    lay_path = os.path.join(root, "_layout", pid + ".layout.json")
    if not os.path.exists(lay_path):
        P("no layout file")
        return t
    lay = json.load(open(lay_path, encoding="utf-8"))
    boxes = {}
    for lp in lay["pages"]:
        boxes[(lp["file"], lp["page"])] = lp["boxes"]
    cnt = collections.Counter()
    for d in t["documents"]:
        tag = f"{d['type']}#{cnt[d['type']]}"
        cnt[d["type"]] += 1
        if not d["pages"]:
            P(f"{tag}: no pages")
        bx = [b for pg in d["pages"] for b in boxes.get((pg["file"], pg["page"]), []) if b.get("doc") == tag and b.get("field")]
        vis = collections.defaultdict(list)
        for b in bx:
            vis[b["field"].split("@")[0]].append(b)
        for k, v in d["fields"].items():
            if isinstance(v, bool):
                continue
            bs = vis.get(k, [])
            if not bs:
                P(f"{tag}.{k}: claimed but not drawn on its pages")
            elif any(b.get("hidden") for b in bs) and all(b.get("hidden") for b in bs):
                P(f"{tag}.{k}: claimed but hidden")
        for j, r in enumerate(d["rows"]):
            for k in r:
                if k == "back_payment":
                    continue
                ok = False
                for b in bx:
                    fld = b["field"].split("@")[0]
                    if not fld.startswith("rows[") or b.get("hidden"):
                        continue
                    rng_s, name = fld[5:].split("]", 1)
                    name = name.lstrip(".")
                    if ":" in rng_s:
                        a, c = map(int, rng_s.split(":"))
                    else:
                        a = c = int(rng_s)
                    kk = {"month": "month", "period": "period", "withholding_agent": "withholding_agent",
                          "amount": "amount", "employer": "employer", "base": "base"}[k]
                    if a <= j <= c and name == kk:
                        ok = True
                        break
                if not ok and not (d["type"] == "tax_record" and k == "amount" and not any("amount" in b["field"] for b in bx)):
                    P(f"{tag}.rows[{j}].{k}: not drawn")
    for p in t["pages"]:
        if p["type"] != "unknown" and not any({"file": p["file"], "page": p["page"]} in d["pages"] for d in t["documents"]):
            P(f"{p['file']} p{p['page']}: typed {p['type']} but in no document")
    return t


def main(argv=None):
    argv = argv if argv is not None else sys.argv[1:]
    root = argv[0]
    problems = []
    truths = sorted(f for f in os.listdir(root) if f.endswith(".truth.json"))
    ts = [check_packet(root, f, problems) for f in truths]
    dirs = sorted(d for d in os.listdir(root) if os.path.isdir(os.path.join(root, d)) and d != "_layout")
    for d in dirs:
        if d + ".truth.json" not in truths:
            problems.append(f"{d}: folder without truth")
    per_rule = collections.Counter(r for t in ts for r in t["expected_rules"])
    for r, n in sorted(per_rule.items()):
        if n < 2:
            problems.append(f"set: {r} raised in only {n} packets")
    v = collections.Counter(t["verdict"] for t in ts)
    for r, n in sorted(per_rule.items()):
        print(f"  {r}: {n}")
    for p in problems:
        print("PROBLEM", p)
    apps = collections.Counter(t["application"] for t in ts)
    print(f"packets: {len(ts)} ready {v['ready']} review {v['review']} fix {v['fix']} "
          f"(first {apps['first']}, renewal {apps['renewal']}); files {sum(len(os.listdir(os.path.join(root, d))) for d in dirs)}")
    print(f"problems: {len(problems)}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
