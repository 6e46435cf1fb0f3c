"""Build the whole set: N packets, each folder NAME/ with its files and NAME.truth.json beside it."""
from __future__ import annotations

import json
import random
import shutil
import time
from datetime import date, timedelta
from pathlib import Path

from rules.catalogue import severity_of
from samples.outsider.truth import normal_fields, normal_rows
from samples.outsider_b.compose import Composer
from samples.outsider_b.expected import expected_rules
from samples.outsider_b.packet import DEFECTS, Builder, pick_defects

FIRST_NAMES_OF_FOLDERS = ["applicant", "packet", "申请人", "材料"]


# SPEC §4's severities, for an id the catalogue does not (yet) declare
SPEC_SEVERITY = {"permit.too_recent": "warning", "field.unreadable": "warning", "quality.unreadable_page": "warning",
                 "points.below_standard": "warning", "points.claim_unsupported": "warning"}


def severity(rule: str) -> str:
    try:
        return severity_of(rule).value
    except KeyError:
        return SPEC_SEVERITY.get(rule, "error")


def verdict(rules: list[str]) -> str:
    sev = {severity(r) for r in rules}
    if "error" in sev:
        return "fix"
    if "warning" in sev:
        return "review"
    return "ready"


def plan_packet(seed: int, index: int, clean: bool):
    """Draw a packet's story and file plan until its page count (6–14) and its rules are what was meant."""
    for attempt in range(40):
        r = random.Random(seed * 7919 + index * 104729 + attempt)
        as_of = date(2026, 9, 1) + timedelta(days=r.randint(0, 110))
        application = "renewal" if r.random() < 0.25 else "first"
        defects = pick_defects(r, clean, application)
        b = Builder(r, f"b{index:03d}", as_of, application, defects)
        b.story()
        T = b.tdocs()
        comp = Composer(b)
        files = comp.plan(T)
        n_pages = sum(len(f.items) for f in files)
        if not 6 <= n_pages <= 14:
            continue
        docs = [d for d in T.values()]
        entries = [{"type": d.type, "fields": normal_fields(d.fields), "rows": normal_rows(d.rows), "extra": d.extra}
                   for d in docs]
        blanks = sum(1 for f in files for it in f.items if it.blank)
        rules = expected_rules(entries, as_of, application, blanks)
        meant = sorted({x for d in defects for x in DEFECTS[d]})
        if rules != meant:
            continue
        return b, T, comp, files, rules
    raise RuntimeError(f"packet {index}: no consistent draw")


def build(out: Path, count: int, seed: int, log=print) -> None:
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        raise SystemExit(f"{out} exists and is not empty")
    out.mkdir(parents=True, exist_ok=True)
    r = random.Random(seed)
    n_clean = round(count / 3)
    clean_idx = set(r.sample(range(count), n_clean))
    started = time.time()
    for i in range(count):
        t0 = time.time()
        b, T, comp, files, rules = plan_packet(seed, i, i in clean_idx)
        name = f"{b.name}_{b.p.name}" if r.random() < 0.0 else f"b{i:03d}"
        root = out / name
        root.mkdir()
        pages = comp.write(files, root)
        docs = [{"type": d.type, "layout": d.layout, "pages": d.pages, "fields": normal_fields(d.fields),
                 "rows": normal_rows(d.rows)} for d in T.values() if d.pages]
        truth = {"packet": name, "as_of": b.as_of.isoformat(), "application": b.application, "defects": b.defects,
                 "expected_rules": rules, "verdict": verdict(rules),
                 "pages": sorted(pages, key=lambda p: (p["file"], p["page"])), "documents": docs,
                 "generator": "samples.outsider_b", "seed": seed}
        (out / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
        log(f"{name}: {len(pages)} pages, {len(files)} files, {truth['verdict']} {rules} "
            f"({time.time() - t0:.1f}s, total {time.time() - started:.0f}s)")
