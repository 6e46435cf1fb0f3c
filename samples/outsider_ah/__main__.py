"""CLI: python -m samples.outsider_ah --out DIR --count 40 --seed 7717 --jobs 2 [--only 3 17]"""
import argparse
import json
import logging
import os
import sys
import time
from multiprocessing import Pool

logging.getLogger("fontTools").setLevel(logging.ERROR)


def _one(args):
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    logging.getLogger("fpdf").setLevel(logging.ERROR)
    from .build import draw_packet
    i, seed, out = args
    try:
        return draw_packet(i, seed, out)
    except Exception as e:  # report, keep drawing the others
        import traceback
        traceback.print_exc()
        return {"packet": f"ah{i:03d}", "error": repr(e), "font_packages": []}


def main(argv=None):
    if os.environ.get("PYTHONHASHSEED") != "0":
        # fpdf2 orders font-subset glyphs by set iteration: pin string hashing so PDFs are byte-for-byte reproducible
        os.environ["PYTHONHASHSEED"] = "0"
        os.execv(sys.executable, [sys.executable, "-m", "samples.outsider_ah", *(argv if argv is not None else sys.argv[1:])])
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_ah")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=40)
    ap.add_argument("--seed", type=int, default=7717)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(os.path.join(a.out, "_layout"), exist_ok=True)
    idx = a.only if a.only else list(range(a.count))
    t0 = time.time()
    work = [(i, a.seed, a.out) for i in idx]
    if a.jobs > 1 and len(work) > 1:
        with Pool(min(a.jobs, 2)) as pool:
            res = pool.map(_one, work, chunksize=1)
    else:
        res = [_one(w) for w in work]
    secs = round(time.time() - t0, 1)
    try:
        os.rmdir(os.path.join(a.out, "_layout", "tmp"))  # scratch space of the text PDFs, empty by now
    except OSError:
        pass
    fonts = sorted({p for r in res for p in r.pop("font_packages")})
    man = {"generator": "samples.outsider_ah", "seed": a.seed, "count": a.count, "only": a.only, "seconds": secs,
           "packets": res, "font_packages": fonts}
    with open(os.path.join(a.out, "_layout", "manifest.json" if not a.only else "manifest_only.json"), "w", encoding="utf-8") as fh:
        json.dump(man, fh, ensure_ascii=False, indent=1)
    errs = [r for r in res if "error" in r]
    print(f"drew {len(res) - len(errs)} packets in {secs}s -> {a.out}" + (f"; {len(errs)} FAILED: {errs}" if errs else ""))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
