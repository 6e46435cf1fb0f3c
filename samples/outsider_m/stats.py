"""python -m outsider_m.stats DIR — counts of packets/files/pages by format and capture, verdicts."""
import collections
import glob
import json
import os
import sys


def main():
    d = sys.argv[1]
    ts = [json.load(open(f, encoding="utf-8")) for f in sorted(glob.glob(os.path.join(d, "*.truth.json")))]
    files, fmt_files, fmt_pages, cap, typ, verd, rules, rot = set(), collections.Counter(), collections.Counter(), \
        collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    extra = collections.Counter()
    for t in ts:
        verd[t["verdict"]] += 1
        for r in t["expected_rules"]:
            rules[r] += 1
        for p in t["pages"]:
            ext = p["file"].rsplit(".", 1)[-1].lower()
            key = (t["packet"], p["file"])
            if key not in files:
                files.add(key); fmt_files[ext] += 1
            fmt_pages[ext] += 1
            cap[p["capture"]] += 1
            typ[p["type"]] += 1
            rot[p["rotation"]] += 1
            if p.get("exif_orientation"):
                extra["exif_orientation_%d" % p["exif_orientation"]] += 1
            if p.get("watermark"):
                extra["watermark"] += 1
            if p.get("megapixels"):
                extra["photo_%dMP" % p["megapixels"]] += 1
    print("packets", len(ts), "files", len(files), "pages", sum(fmt_pages.values()))
    for name, c in (("files by format", fmt_files), ("pages by format", fmt_pages), ("pages by capture", cap),
                    ("pages by type", typ), ("rotation", rot), ("other", extra), ("verdicts", verd), ("rules", rules)):
        print(name + ":", dict(sorted(c.items(), key=lambda kv: -kv[1])))


if __name__ == "__main__":
    main()
