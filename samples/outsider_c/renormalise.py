"""Rewrite the field and row values of existing truth files in SPEC §3 normal form (idempotent).

    python -m samples.outsider_c.renormalise DIR
"""
import glob
import json
import sys

from .rules import truth_value


def main(root: str) -> int:
    n = 0
    for tf in sorted(glob.glob(f"{root}/*.truth.json")):
        with open(tf, encoding="utf-8") as fh:
            t = json.load(fh)
        for d in t["documents"]:
            d["fields"] = {k: truth_value(v) for k, v in d["fields"].items()}
            if "rows" in d:
                d["rows"] = [{k: truth_value(v) for k, v in r.items()} for r in d["rows"]]
        with open(tf, "w", encoding="utf-8") as fh:
            json.dump(t, fh, ensure_ascii=False, indent=1)
        n += 1
    print(f"{n} truth files normalised")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
