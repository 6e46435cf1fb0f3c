"""Truth file: verdict, expected rules, the points estimate, per-page and per-document truth."""
from .plan import RULES_OF, ALL_RULES
from .cal import D, age_at, age_points, EDU_POINTS

WARNINGS = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard",
            "points.claim_unsupported"}


def norm(v):
    """SPEC §3 normalisation: white space removed, full-width digits/letters/brackets made half-width"""
    if not isinstance(v, str):
        return v
    out = []
    for ch in v:
        o = ord(ch)
        if ch.isspace():
            continue
        if 0xFF01 <= o <= 0xFF5E and (ch in "（）［］" or ch.isalnum()):
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def points(pk):
    as_of = pk["as_of"]
    items = {"age": age_points(age_at(pk["person"]["birth"], as_of))}
    types = [d["type"] for d in pk["docs"]]
    if "diploma" in types or "degree_certificate" in types:
        items["education"] = EDU_POINTS[{"adult": "bachelor_degree", "degree_only": "bachelor_degree"}.get(pk["edu"], pk["edu"])]
    si = [d for d in pk["docs"] if d["type"] == "social_insurance_record"]
    if si:
        regular = {r["month"] for r in si[0]["rows"] if not r["back_payment"]}
        items["social_insurance_years"] = len(regular) // 12 * 3
    return {"standard": 120, "estimate": sum(items.values()), "items": items}


def expected(pk):
    rules = []
    for d in pk["defects"]:
        for r in RULES_OF[d.split(":")[0]]:
            if r not in rules:
                rules.append(r)
    pts = points(pk)
    if pts["estimate"] < 120:
        rules.append("points.below_standard")
    rules = [r for r in ALL_RULES if r in rules]
    verdict = "fix" if any(r not in WARNINGS for r in rules) else ("review" if rules else "ready")
    return rules, verdict, pts


def make(name, pk, pages, doc_pages, doc_layouts):
    rules, verdict, pts = expected(pk)
    docs = []
    for k, d in enumerate(pk["docs"]):
        rows = []
        if d["type"] == "tax_record":
            rows = [{"period": r["period"], "withholding_agent": norm(r["withholding_agent"]), "amount": r["amount"]} for r in d["rows"]]
        elif d["type"] == "social_insurance_record":
            rows = [{"month": r["month"], "employer": norm(r["employer"]), "base": r["base"], "back_payment": r["back_payment"]}
                    for r in d["rows"]]
        docs.append({"type": d["type"], "layout": doc_layouts[k], "pages": doc_pages[k], "fields": {k: norm(v) for k, v in d["fields"].items()}, "rows": rows})
    return {"packet": name, "as_of": pk["as_of"].isoformat(), "application": pk["application"],
            "defects": list(pk["defects"]), "expected_rules": rules, "verdict": verdict, "points": pts,
            "pages": pages, "documents": docs}
