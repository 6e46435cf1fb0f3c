"""python -m samples.outsider_f --out DIR --count N --seed S --jobs J"""
import argparse
import collections
import json
import pathlib
from concurrent.futures import ProcessPoolExecutor

from .packet import build_packet


def _one(args):
    seed, index, out = args
    truth = build_packet(seed, index, out)
    return index, truth


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_f")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=44)
    ap.add_argument("--seed", type=int, default=6641)
    ap.add_argument("--jobs", type=int, default=1)
    a = ap.parse_args(argv)
    out = pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    work = [(a.seed, i, str(out)) for i in range(a.count)]
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            results = list(ex.map(_one, work))
    else:
        results = [_one(w) for w in work]
    summary(sorted(results), out)


def summary(results, out):
    pages, types, caps, verdicts, rules = 0, collections.Counter(), collections.Counter(), collections.Counter(), \
        collections.Counter()
    for index, t in results:
        pages += len(t["pages"])
        types.update(p["type"] for p in t["pages"])
        caps.update(p["capture"] for p in t["pages"])
        verdicts[t["verdict"]] += 1
        rules.update(t["expected_rules"])
        print(f"{t['packet']} {t['as_of']} {t['application']:7s} {t['verdict']:6s} pages={len(t['pages']):2d} "
              f"pts={t['points']['estimate']} {','.join(t['defects']) or '-'} -> {','.join(t['expected_rules']) or '-'}")
    print(f"packets {len(results)}, pages {pages}")
    print("types", json.dumps(types.most_common(), ensure_ascii=False))
    print("captures", json.dumps(caps.most_common()))
    print("verdicts", dict(verdicts))
    print("rules", dict(rules.most_common()))


if __name__ == "__main__":
    main()
