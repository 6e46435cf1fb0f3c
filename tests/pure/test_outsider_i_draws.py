"""Tests for the outsider set I generator (samples.outsider_i)."""
import datetime as dt
import json
import os
from pathlib import Path

import pytest
from dateutil.relativedelta import relativedelta
from PIL import Image

from samples.outsider_i import packet as P
from samples.outsider_i.data import id_valid, norm

REF = Path(__file__).resolve().parents[2] / "samples" / "packets"  # the truth format, as the drawer was shown it
SEED, COUNT = 9971, 44


def _example():
    return json.loads((REF / "golden_03.truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def dry_truths(tmp_path_factory):
    out = tmp_path_factory.mktemp("dry")
    plan = P.plan(COUNT, SEED)
    return [P.draw_packet(i, SEED, plan[i], str(out), write=False) for i in range(COUNT)]


# ------------------------------------------------------------------ an independent reading of SPEC §4 / §6
def _workdays(a, b):
    n, d = 0, a + dt.timedelta(days=1)
    while d <= b:
        n += d.weekday() < 5
        d += dt.timedelta(days=1)
    return n


def _age(birth, asof):
    return relativedelta(asof, birth).years


def spec_rules(t):
    asof = dt.date.fromisoformat(t["as_of"])
    by = {}
    for d in t["documents"]:
        by.setdefault(d["type"], []).append(d)
    one = lambda k: by[k][0] if k in by else None
    fired = set()
    need = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    missing = [k for k in need if k not in by]
    if t["application"] == "first":
        if not (("household_register_cover" in by and "household_register_member" in by) or "collective_hukou_certificate" in by):
            missing.append("hukou")
    if missing:
        fired.add("packet.missing_document")
    ids, names = [], []
    for k, idk, nk in [("id_card", "id_number", "name"), ("residence_permit", "id_number", "name"),
                       ("household_register_member", "id_number", "name"), ("collective_hukou_certificate", "id_number", "name"),
                       ("labour_contract", "employee_id_number", "employee_name"), ("tax_record", "id_number", "name"),
                       ("social_insurance_record", "id_number", "name"), ("diploma", None, "name"),
                       ("degree_certificate", None, "name"), ("marriage_certificate", None, "holder_name")]:
        for d in by.get(k, []):
            if idk and d["fields"].get(idk):
                ids.append(d["fields"][idk])
            if d["fields"].get(nk):
                names.append(d["fields"][nk])
    if any(not id_valid(i) for i in ids):
        fired.add("identity.id_number_invalid")
    if len(set(ids)) > 1:
        fired.add("identity.id_number_mismatch")
    if len(set(names)) > 1:
        fired.add("identity.name_mismatch")
    unread = False
    rp = one("residence_permit")
    hk = one("household_register_cover") or one("collective_hukou_certificate")
    if rp and hk and norm(rp["fields"]["hukou_address"]) != norm(hk["fields"]["address"]):
        fired.add("address.hukou_mismatch")
    if rp:
        if "valid_until" not in rp["fields"]:
            unread = True
        elif dt.date.fromisoformat(rp["fields"]["valid_until"]) < asof:
            fired.add("permit.expired")
        if _workdays(dt.date.fromisoformat(rp["fields"]["issue_date"]), asof) < 5:
            fired.add("permit.too_recent")
    ic = one("id_card")
    if "valid_until" not in ic["fields"]:
        unread = True
    elif ic["fields"]["valid_until"] != "long_term" and dt.date.fromisoformat(ic["fields"]["valid_until"]) < asof:
        fired.add("id_card.expired")
    age = _age(dt.date.fromisoformat(ic["fields"]["birth_date"]), asof)
    if age < 18 or age > 60:
        fired.add("applicant.age_out_of_range")
    lc = one("labour_contract")
    if lc:
        f = lc["fields"]
        if not f["open_ended"]:
            if "end_date" not in f or "start_date" not in f:
                unread = True
            else:
                s, e = dt.date.fromisoformat(f["start_date"]), dt.date.fromisoformat(f["end_date"])
                if e + dt.timedelta(days=1) < s + relativedelta(years=1):
                    fired.add("contract.term_too_short")
                if e < asof + relativedelta(months=2):
                    fired.add("contract.ends_within_two_months")
    tx = one("tax_record")
    if tx:
        have = {r["period"] for r in tx["rows"]}
        m = dt.date(asof.year, asof.month, 1)
        while (m + relativedelta(months=1)).replace(day=15) > asof:
            m -= relativedelta(months=1)
        win = [(m - relativedelta(months=i)).strftime("%Y-%m") for i in range(6)]
        if any(w not in have for w in win):
            fired.add("tax.missing_months")
        if lc:
            last = max(have)
            agents = {norm(r["withholding_agent"]) for r in tx["rows"] if r["period"] == last}
            if norm(lc["fields"]["employer"]) not in agents:
                fired.add("employer.mismatch")
    si = one("social_insurance_record")
    if si:
        am = dt.date(asof.year, asof.month, 1)
        reg = {r["month"] for r in si["rows"] if not r["back_payment"]}
        w12 = [(am - relativedelta(months=i)).strftime("%Y-%m") for i in range(1, 13)]
        if sum(w in reg for w in w12) < 6:
            fired.add("social_insurance.insufficient_months")
        if am.strftime("%Y-%m") not in reg and w12[0] not in reg:
            fired.add("social_insurance.not_paying")
        if lc:
            last = max(r["month"] for r in si["rows"])
            if norm(lc["fields"]["employer"]) not in {norm(r["employer"]) for r in si["rows"] if r["month"] == last}:
                fired.add("employer.mismatch")
    if unread:
        fired.add("field.unreadable")
    # points
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    lv = {d["fields"]["level"] for d in dips}
    gl = {d["fields"]["level"] for d in degs}
    edu = 0
    if "博士研究生" in lv and "博士" in gl:
        edu = 110
    elif "硕士研究生" in lv and "硕士" in gl:
        edu = 100
    elif "本科" in lv and "学士" in gl:
        edu = 90
    elif "本科" in lv:
        edu = 60
    elif "专科" in lv:
        edu = 50
    nonfull = [d for d in dips if d["fields"].get("study_mode") in ("函授", "业余", "成人", "自考", "网络")]
    if nonfull and not any(d["fields"].get("online_record") for d in dips):
        fired.add("points.claim_unsupported")
    if degs and not dips:
        fired.add("points.claim_unsupported")
    ap = 5 if age >= 56 else min(30, 7 + 2 * (55 - age))
    est = ap + edu
    if est < 120:
        fired.add("points.below_standard")
    return fired, est


# ------------------------------------------------------------------ tests
def test_plan_mix():
    plan = P.plan(COUNT, SEED)
    assert sum(1 for d in plan if not d) >= 14
    rules = {r for d in plan for k in d for r in P.RULES[k]}
    spec_ids = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch", "identity.id_number_mismatch",
                "address.hukou_mismatch", "permit.expired", "permit.too_recent", "id_card.expired", "applicant.age_out_of_range",
                "contract.term_too_short", "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
                "social_insurance.insufficient_months", "social_insurance.not_paying", "field.unreadable", "quality.unreadable_page",
                "points.below_standard", "points.claim_unsupported"}
    assert rules == spec_ids
    assert all(len(d) <= 2 for d in plan)


def test_truth_keys_follow_example(dry_truths):
    ex = _example()
    for t in dry_truths:
        for k in ex:
            assert k in t
        assert set(t["points"]) == set(ex["points"])
        for d in t["documents"]:
            assert set(d) == set(ex["documents"][0])
        for pg in t["pages"]:
            assert {"file", "page", "type", "capture", "rotation"} <= set(pg) <= {"file", "page", "type", "capture", "rotation", "also_holds"}
        assert 8 <= len(t["pages"]) <= 16
        assert t["verdict"] in ("ready", "fix", "review")


def test_truth_agrees_with_spec_rules(dry_truths):
    for t in dry_truths:
        fired, est = spec_rules(t)
        exp = set(t["expected_rules"])
        if "quality.unreadable_page" in exp:
            fired.add("quality.unreadable_page")
        assert fired == exp, (t["packet"], t["defects"], fired, exp)
        assert t["points"]["estimate"] == est == sum(t["points"]["items"].values()), t["packet"]
        sev = t["expected_severities"]
        v = "fix" if "error" in sev.values() else "review" if sev else "ready"
        assert t["verdict"] == v


def test_clean_packets_ready(dry_truths):
    clean = [t for t in dry_truths if not t["defects"]]
    assert len(clean) >= 14
    for t in clean:
        fired, est = spec_rules(t)
        assert not fired and t["verdict"] == "ready" and est >= 120, (t["packet"], fired)


def test_same_seed_same_truth(tmp_path):
    plan = P.plan(COUNT, SEED)
    a = [P.draw_packet(i, SEED, plan[i], str(tmp_path), write=False) for i in range(0, COUNT, 7)]
    b = [P.draw_packet(i, SEED, plan[i], str(tmp_path), write=False) for i in range(0, COUNT, 7)]
    assert a == b
    c = P.draw_packet(0, SEED + 1, plan[0], str(tmp_path), write=False)
    assert c != a[0]


def _pages_in(path):
    if path.suffix == ".pdf":
        import pypdfium2 as pdfium
        doc = pdfium.PdfDocument(str(path))
        n = len(doc)
        doc[0].render(scale=0.3).to_pil()
        return n
    if path.suffix == ".heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
    im = Image.open(path)
    im.load()
    return getattr(im, "n_frames", 1)


def test_a_few_packets_draw_and_open(tmp_path):
    plan = P.plan(COUNT, SEED)
    picks = [next(i for i, d in enumerate(plan) if not d), next(i for i, d in enumerate(plan) if d)]
    for i in picks:
        t = P.draw_packet(i, SEED, plan[i], str(tmp_path))
        tt = json.loads((tmp_path / f"i{i:03d}.truth.json").read_text(encoding="utf-8"))
        assert tt == json.loads(json.dumps(t, ensure_ascii=False))
        pdir = tmp_path / f"i{i:03d}"
        files = sorted(os.listdir(pdir))
        per_file = {}
        for pg in t["pages"]:
            per_file[pg["file"]] = max(per_file.get(pg["file"], 0), pg["page"])
        assert set(files) == set(per_file)
        for f in files:
            assert _pages_in(pdir / f) == per_file[f], f
