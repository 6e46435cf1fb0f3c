import argparse
import time

from .packet import build_packet


def main():
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_e")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=44)
    ap.add_argument("--seed", type=int, default=5531)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args()
    idx = a.only if a.only else list(range(a.count))
    t0 = time.time()
    if a.jobs > 1:
        from concurrent.futures import ProcessPoolExecutor
        with ProcessPoolExecutor(a.jobs) as ex:
            for t in ex.map(build_packet, [a.seed] * len(idx), idx, [a.out] * len(idx)):
                print(t["packet"], t["verdict"], ",".join(t["expected_rules"]), flush=True)
    else:
        for i in idx:
            t = build_packet(a.seed, i, a.out)
            print(t["packet"], t["verdict"], ",".join(t["expected_rules"]), len(t["pages"]), "pages",
                  f"{time.time() - t0:.0f}s", flush=True)


if __name__ == "__main__":
    main()
