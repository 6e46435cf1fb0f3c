"""The generator's true points (SPEC §6, read on its own in samples/generator/points.py) and the people and papers it
chooses so that the points fall where each packet's defects say."""
import json
import random
from datetime import date

import pytest

from samples.generator.education import NOT_FULL_TIME
from samples.generator.plan import CLAIM_DEFECTS, plan_person, planned_documents
from samples.generator.points import age_points, true_points

AS_OF = date(2026, 11, 22)
BORN_1990 = {"type": "id_card", "fields": {"birth_date": "1990-05-01", "id_number": "320602199005011234"}}


def paper(doc_type, level, **more):
    return {"type": doc_type, "fields": {"level": level, **more}}


@pytest.mark.parametrize("age,points", [(22, 30), (43, 30), (44, 29), (50, 17), (55, 7), (56, 5), (60, 5), (61, 0)])
def test_age_ladder(age, points):
    assert age_points(age) == points


@pytest.mark.parametrize("papers,education,claims", [
    ([paper("diploma", "专科")], 50, 0),
    ([paper("diploma", "本科")], 60, 0),
    ([paper("diploma", "本科"), paper("degree_certificate", "学士")], 90, 0),
    ([paper("degree_certificate", "学士")], 90, 1),  # a degree counts without its diploma, with a claim warning
    ([paper("diploma", "硕士研究生"), paper("degree_certificate", "硕士")], 100, 0),
    ([paper("diploma", "硕士研究生"), paper("diploma", "本科"), paper("degree_certificate", "学士")], 100, 1),
    ([paper("diploma", "博士研究生"), paper("degree_certificate", "博士")], 110, 0),
    ([paper("diploma", "本科", study_mode="高等教育自学考试"), paper("degree_certificate", "学士")], 90, 1),
    ([paper("diploma", "本科", study_mode="成人高等教育"), paper("diploma", "本科", study_mode="业余", online_record=True)], 60, 0),
    ([paper("diploma", "本科", study_mode="普通全日制"), paper("degree_certificate", "学士")], 90, 0),
])
def test_education_rungs_and_claims(papers, education, claims):
    points, found = true_points([BORN_1990, *papers], AS_OF)
    assert points["items"]["education"] == education and len(found) == claims
    assert points["estimate"] == 30 + education


def test_spouse_points_need_the_spouse_card_and_shanghai_booklet():
    spouse_id = "310104199106061226"
    married = {"type": "marriage_certificate", "fields": {"spouse_id_number": spouse_id, "registration_date": "2016-12-01"}}
    card = {"type": "id_card", "fields": {"birth_date": "1991-06-06", "id_number": spouse_id}}
    member = {"type": "household_register_member", "fields": {"id_number": spouse_id}}
    cover = {"type": "household_register_cover", "fields": {"address": "上海市徐汇区漕溪北路100弄5号301室"}}
    points, _ = true_points([BORN_1990, married, card, member, cover], AS_OF)
    assert points["items"]["spouse_shanghai_hukou"] == 36  # 9 completed years (the 10th ends on 2026-12-01)
    assert points["items"]["age"] == 30  # the applicant's card, not the spouse's
    points, _ = true_points([BORN_1990, married, card, member, cover | {"fields": {"address": "江苏省南通市崇川区青年中路88号"}}], AS_OF)
    assert "spouse_shanghai_hukou" not in points["items"]
    points, _ = true_points([BORN_1990, married, member, cover], AS_OF)
    assert "spouse_shanghai_hukou" not in points["items"]


def test_social_insurance_counts_full_years_of_regular_months():
    rows = [{"month": f"{2024 + (m - 1) // 12}-{(m - 1) % 12 + 1:02d}", "back_payment": m <= 2} for m in range(1, 27)]
    points, _ = true_points([BORN_1990, {"type": "social_insurance_record", "fields": {}, "rows": rows}], AS_OF)
    assert points["items"]["social_insurance_years"] == 6  # 24 regular months


@pytest.mark.parametrize("defects", [[], ["only_dazhuan"], ["degree_without_diploma"], ["adult_diploma_without_record"],
                                     ["postgraduate_without_degree"], ["si_back_payments"], ["hukou_mismatch"]])
def test_people_and_papers_put_the_points_where_the_defects_say(defects):
    for seed in range(25):
        plan = plan_person(random.Random(f"{defects}/{seed}"), AS_OF, defects)
        points, claims = true_points(planned_documents(plan, AS_OF, defects), AS_OF)
        assert (points["estimate"] < 120) == ("only_dazhuan" in defects)
        assert bool(claims) == any(d in CLAIM_DEFECTS for d in defects)
        levels = {p.level for p in plan.papers}
        if "only_dazhuan" in defects:
            assert levels == {"专科"}
        if "adult_diploma_without_record" in defects:
            assert any(p.kind in NOT_FULL_TIME for p in plan.papers)
            assert not any(p.doc_type == "xuexin_record" for p in plan.papers)
        if plan.married_on:
            assert plan.married_on >= plan.person.birth_date.replace(year=plan.person.birth_date.year + 22)


def test_a_packet_truth_holds_the_points_and_what_its_diploma_shows(tmp_path):
    from samples.generator.packets import make_packet

    make_packet(random.Random("points-1"), "p", tmp_path, defects=["adult_diploma_without_record"], compact=True)
    truth = json.loads((tmp_path / "p.truth.json").read_text(encoding="utf-8"))
    assert truth["expected_rules"] == ["points.claim_unsupported"] and truth["verdict"] == "review"
    assert truth["points"]["estimate"] >= 120 and truth["points"]["standard"] == 120
    assert truth["points"] == true_points(truth["documents"], date.fromisoformat(truth["as_of"]))[0]
    modes = [d["fields"].get("study_mode") for d in truth["documents"] if d["type"] == "diploma"]
    assert any(mode in NOT_FULL_TIME for mode in modes)
    assert not any(d["fields"].get("online_record") for d in truth["documents"] if d["type"] == "diploma")
