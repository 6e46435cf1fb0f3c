"""Generate an evaluation set: N packets from one seed, about a third clean, the others with one or two defects.

Each packet is drawn from its own random stream (seed, index), so packets are reproducible one by one and can be
made in parallel. A packet whose drawn documents would not make exactly the declared rules fire (a look-alike name
put on a layout that does not print the name, say) is redrawn with the next attempt's stream.
"""
from __future__ import annotations

import json
import random
import shutil
from concurrent.futures import ProcessPoolExecutor
from datetime import date, timedelta
from pathlib import Path

from samples.outsider import defects as defect_catalogue
from samples.outsider import packet, story, truth
from samples.outsider.expectations import expected_rules

FIRST_AS_OF, LAST_AS_OF = date(2026, 10, 15), date(2026, 12, 20)
ATTEMPTS = 12


def packet_name(index: int) -> str:
    return f"applicant_{index + 1:03d}"


def is_clean(index: int) -> bool:
    return index % 3 == 0


def plan_packet(seed: int, index: int):
    """Story, defects and drawings of one packet, redrawn until its truth fires exactly the declared rules."""
    for attempt in range(ATTEMPTS):
        rng = random.Random(f"outsider:{seed}:{index}:{attempt}")
        as_of = FIRST_AS_OF + timedelta(days=rng.randint(0, (LAST_AS_OF - FIRST_AS_OF).days))
        application = "renewal" if rng.random() < 0.2 else "first"
        chosen = [] if is_clean(index) else defect_catalogue.choose(rng, application, 2 if rng.random() < 0.3 else 1)
        hints = frozenset().union(*(d.hints for d in chosen)) if chosen else frozenset()
        s = story.make(rng, as_of, application, hints)
        try:
            for d in chosen:
                d.apply(rng, s)
        except ValueError:
            continue
        p = packet.plan(rng, s, clean=not chosen)
        documents = truth.document_entries(p.documents)
        fired = expected_rules(documents, as_of, application)
        declared = {rule for d in chosen for rule in d.rules}
        if fired == declared:
            return rng, p, chosen, sorted(fired)
    raise RuntimeError(f"packet {index}: no attempt made exactly the declared rules fire")


def make_packet(out: Path, seed: int, index: int) -> dict:
    rng, p, chosen, fired = plan_packet(seed, index)
    name = packet_name(index)
    folder = out / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    capture_rng = random.Random(f"outsider-capture:{seed}:{index}")
    pages = packet.write(capture_rng, p, folder)
    documents = [d for d in truth.document_entries(p.documents) if d["pages"]]
    result = truth.truth(name, p.story.as_of, p.story.application, [d.name for d in chosen], fired, pages, documents)
    (out / f"{name}.truth.json").write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")
    return result


def generate(out: Path, count: int, seed: int, workers: int = 2) -> list[dict]:
    out.mkdir(parents=True, exist_ok=True)
    if workers <= 1:
        return [make_packet(out, seed, i) for i in range(count)]
    with ProcessPoolExecutor(workers) as pool:
        return list(pool.map(make_packet, [out] * count, [seed] * count, range(count)))
