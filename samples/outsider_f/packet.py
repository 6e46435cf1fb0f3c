"""One packet: plan, render, store, and write NAME.truth.json beside the folder NAME."""
import json
import pathlib
import random

from .plan import plan as make_plan
from .render import render
from .store import Namer, store

TRUTH_FIELDS = ("type", "layout", "pages", "fields", "rows")


def packet_name(index):
    return f"f{index:03d}"


def build_packet(seed, index, out):
    p = make_plan(seed, index)
    rng = random.Random(f"outsider-f-draw:{seed}:{index}")
    name = packet_name(index)
    root = pathlib.Path(out) / name
    root.mkdir(parents=True, exist_ok=True)
    units = render(rng, p)
    types = {i: d["type"] for i, d in enumerate(p["docs"])}
    pages = store(rng, units, root, Namer(rng, p["as_of"]), types, "blank_page" in p["defects"])
    documents = []
    for i, d in enumerate(p["docs"]):
        refs = [{"file": pg["file"], "page": pg["page"]} for pg in pages if i in pg["docs"]]
        rows = [{k: r[k] for k in (("period", "withholding_agent", "amount") if d["type"] == "tax_record" else
                                   ("month", "employer", "base", "back_payment"))} for r in d["rows"]]
        documents.append({"type": d["type"], "layout": _layout(d, pages, i), "pages": refs, "fields": d["fields"],
                          "rows": rows})
    for pg in pages:
        del pg["docs"]
    rules = p["rules"]
    errors = {r for r in rules if r not in ("permit.too_recent", "field.unreadable", "quality.unreadable_page",
                                            "points.below_standard", "points.claim_unsupported")}
    truth = {"packet": name, "as_of": p["as_of"].isoformat(), "application": p["application"],
             "defects": p["defects"], "expected_rules": rules,
             "verdict": "fix" if errors else "review" if rules else "ready", "points": p["points"],
             "pages": pages, "documents": documents}
    (pathlib.Path(out) / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), "utf-8")
    return truth


def _layout(d, pages, i):
    caps = sorted({pg["capture"] for pg in pages if i in pg["docs"]})
    return "+".join(caps) or "none"
