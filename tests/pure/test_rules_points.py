"""The points estimate (SPEC §6) and its two rules, each on both sides of its condition."""
import pytest

from precheck.core.declarations import Declarations
from precheck.core.model import Document
from rules.families.points import age_points, assess
from rules.people import for_applicant
from rules.registry import CheckContext
from tests.rule_packets import AS_OF, NAME, clean_packet, doc, drop, fv, replace_field, si_record, months, with_doc, run

SPOUSE, SPOUSE_ID = "陈静", "310104199105061228"


def estimate(documents: list[Document], **declared):
    context = CheckContext(documents=documents, as_of=AS_OF, application="first", declarations=Declarations(**declared))
    return assess(for_applicant(context))


def items(found) -> dict[str, int]:
    return {item.indicator: item.points for item in found.items if item.counted}


@pytest.mark.parametrize("age,points", [(30, 30), (43, 30), (44, 29), (50, 17), (55, 7), (56, 5), (60, 5), (61, 0)])
def test_age_ladder(age, points):
    assert age_points(age) == points


def test_clean_packet_reaches_the_standard_from_its_documents():
    found = estimate(clean_packet())
    assert items(found) == {"age": 30, "education": 90} and found.estimate.estimate == 120 and not found.claims
    age = next(i for i in found.items if i.indicator == "age")
    assert "1990-03-07" in age.basis and "满 36 周岁" in age.basis and age.evidence and age.from_ == "documents"
    assert not run("points.below_standard", clean_packet()).fired


def test_below_standard_fires_under_120_and_names_each_item():
    packet = drop(clean_packet(), "degree_certificate")  # 本科 only: 60 + 30
    ran = run("points.below_standard", packet)
    assert ran.severities == ["warning"] and "90 分" in ran.message() and "教育背景 60 分" in ran.message()


def test_age_read_from_the_id_number_when_the_birth_date_is_not_read():
    packet = replace_field(clean_packet(), "id_card", birth_date=None)
    assert items(estimate(packet))["age"] == 30


def test_unreadable_level_is_zero_not_counted_and_makes_a_lower_bound():
    packet = replace_field(clean_packet(), "diploma", level=None)
    packet = replace_field(packet, "degree_certificate", level=None)
    found = estimate(packet)
    education = next(i for i in found.items if i.indicator == "education")
    assert education.points == 0 and not education.counted and "无法识别" in education.basis
    assert found.lower_bound
    ran = run("points.below_standard", packet)  # 30 read, and the rest unread: not decided, the levels named
    assert not ran.fired and ran.status == "undecided" and ("学历层次" in "".join(f.message for f in ran.unreadable) or "学位" in "".join(f.message for f in ran.unreadable))


@pytest.mark.parametrize("diploma,degree,points", [("专科", None, 50), ("本科", None, 60), ("本科", "学士", 90),
                                                   ("硕士研究生", "硕士", 100), ("博士研究生", "博士", 110)])
def test_education_ladder(diploma, degree, points):
    packet = replace_field(clean_packet(), "diploma", level=diploma)
    packet = drop(packet, "degree_certificate") if degree is None else replace_field(packet, "degree_certificate", level=degree)
    found = estimate(packet)
    assert items(found)["education"] == points and not found.claims


def test_degree_without_its_diploma_counts_but_is_an_unsupported_claim():
    packet = drop(clean_packet(), "diploma")
    assert items(estimate(packet))["education"] == 90
    ran = run("points.claim_unsupported", packet)
    assert ran.severities == ["warning"] and "本科毕业证书" in ran.message()
    assert not run("points.claim_unsupported", clean_packet()).fired


def test_postgraduate_diploma_without_its_degree_is_an_unsupported_claim():
    packet = replace_field(drop(clean_packet(), "degree_certificate"), "diploma", level="硕士研究生")
    assert items(estimate(packet))["education"] == 100
    assert "硕士学位证书" in run("points.claim_unsupported", packet).message()


def test_adult_education_needs_its_record():
    packet = replace_field(clean_packet(), "diploma", study_mode="成人高等教育")
    assert "毕业证书为成人高等教育，" in run("points.claim_unsupported", packet).message()
    assert "毕业证书为函授教育，" in run("points.claim_unsupported", replace_field(packet, "diploma", study_mode="函授")).message()
    record = doc("diploma", file="chsi.pdf", name=NAME, level="本科", online_record=True)
    assert not run("points.claim_unsupported", packet + [record]).fired
    full_time = replace_field(clean_packet(), "diploma", study_mode="普通全日制")
    assert not run("points.claim_unsupported", full_time).fired


def test_declared_education_above_the_papers_is_unsupported():
    found = estimate(clean_packet(), education="硕士")
    assert items(found)["education"] == 90 and "申报学历为硕士" in found.claims[0].message
    assert not estimate(clean_packet(), education="本科+学士").claims


def test_declared_education_without_any_paper_is_counted_as_declared_and_unsupported():
    found = estimate(drop(clean_packet(), "diploma", "degree_certificate"), education="本科")
    education = next(i for i in found.items if i.indicator == "education")
    assert education.from_ == "declared" and education.points == 60 and found.claims


def test_title_and_education_never_both_count():
    found = estimate(clean_packet(), title_or_skill="高级职称")
    assert items(found) == {"age": 30, "title_or_skill": 140}
    education = next(i for i in found.items if i.indicator == "education")
    assert not education.counted and "不重复计分" in education.basis
    lower = estimate(clean_packet(), title_or_skill="技能四级")
    assert items(lower) == {"age": 30, "education": 90}
    title = next(i for i in lower.items if i.indicator == "title_or_skill")
    assert not title.counted and title.from_ == "declared"


def test_social_insurance_years_from_a_record_count_regular_months_only():
    record = si_record(months("2024-07", "2026-10"), back=months("2024-07", "2024-09"))  # 28 months, 3 back-paid
    assert items(estimate(with_doc(clean_packet(), record)))["social_insurance_years"] == 6  # 25 → 2 full years
    declared = estimate(clean_packet(), social_insurance_months=40)
    item = next(i for i in declared.items if i.indicator == "social_insurance_years")
    assert item.points == 9 and item.from_ == "declared"


def marriage(registered="2018-05-20"):
    return doc("marriage_certificate", holder_name=NAME, spouse_name=SPOUSE, spouse_id_number=SPOUSE_ID,
               registration_date=registered)


def spouse_papers():
    return [doc("id_card", file="spouse_id.jpg", name=SPOUSE, id_number=SPOUSE_ID),
            doc("household_register_member", file="spouse_hukou.jpg", name=SPOUSE, id_number=SPOUSE_ID),
            doc("household_register_cover", file="spouse_cover.jpg", head_name=SPOUSE, address="上海市徐汇区漕溪北路100弄5号")]


def test_spouse_points_from_the_documents_when_the_spouse_papers_are_there():
    found = estimate(clean_packet() + [marriage()] + spouse_papers())
    assert items(found)["spouse_shanghai_hukou"] == 32 and not found.claims  # 8 full years
    assert items(estimate(clean_packet() + [marriage("2008-01-01")] + spouse_papers()))["spouse_shanghai_hukou"] == 40


def test_the_spouses_page_of_the_register_whose_number_a_seal_hid_is_shown_by_the_spouses_name():
    papers = spouse_papers()
    papers[1] = doc("household_register_member", file="spouse_hukou.jpg", name=SPOUSE)
    assert items(estimate(clean_packet() + [marriage()] + papers))["spouse_shanghai_hukou"] == 32


def test_declared_spouse_hukou_without_the_spouse_papers_is_unsupported():
    found = estimate(clean_packet() + [marriage()], spouse_shanghai_hukou=True)
    item = next(i for i in found.items if i.indicator == "spouse_shanghai_hukou")
    assert item.from_ == "declared" and item.points == 32 and "配偶的身份证" in found.claims[0].message
    no_certificate = estimate(clean_packet(), spouse_shanghai_hukou=True)
    assert "没有结婚证" in no_certificate.claims[0].message
    assert "spouse_shanghai_hukou" not in items(estimate(clean_packet() + [marriage()]))  # nothing declared, no papers


def test_fresh_graduate_is_supported_by_a_diploma_of_the_last_year():
    recent = replace_field(clean_packet(), "diploma", graduation_date="2026-06-30")
    assert not estimate(recent, fresh_graduate=True).claims
    assert items(estimate(recent, fresh_graduate=True))["fresh_graduate"] == 10
    assert "不在预计提交日期前一年内" in estimate(clean_packet(), fresh_graduate=True).claims[0].message


def test_declared_extras_are_marked_declared():
    found = estimate(clean_packet(), shortage_major=True, suburban_work_years=3, public_service_years=2, high_base_tier=50,
                     award=30)
    assert {k: v for k, v in items(found).items() if k not in ("age", "education")} == {
        "shortage_major": 30, "suburban_work": 6, "public_service": 8, "high_base_social_insurance": 50, "award": 30}
    assert all(i.from_ == "declared" for i in found.items if i.indicator not in ("age", "education"))
    assert found.estimate.estimate == 120 + 124


def test_no_id_card_and_no_papers_is_a_lower_bound_with_reasons():
    found = estimate(drop(clean_packet(), "id_card", "residence_permit", "diploma", "degree_certificate"))
    assert found.lower_bound and found.estimate.estimate == 0
    assert {i.indicator: i.counted for i in found.items} == {"age": False, "education": False}


def test_points_json_uses_the_key_from():
    dumped = estimate(clean_packet()).estimate.model_dump(mode="json")
    assert dumped["items"][0]["from"] == "documents" and "from_" not in dumped["items"][0]


def test_the_spouses_papers_are_not_compared_as_the_applicants():
    """The spouse's ID card and Shanghai 户口簿 (handed in for the spouse points) are set apart before the rules."""
    packet = clean_packet() + [marriage()] + spouse_papers()
    for rule_id in ("identity.name_mismatch", "identity.id_number_mismatch", "address.hukou_mismatch", "id_card.expired",
                    "applicant.age_out_of_range"):
        assert not run(rule_id, packet).fired, rule_id
    spouse_first = [marriage()] + spouse_papers() + clean_packet()  # whatever the order
    assert not run("identity.name_mismatch", spouse_first).fired


def test_a_shanghai_register_alone_is_not_the_applicants():
    packet = replace_field(clean_packet(), "household_register_cover", address="上海市徐汇区漕溪北路100弄5号")
    assert "户口簿首页" in run("packet.missing_document", packet).message()


def test_a_register_read_unsurely_as_shanghai_stays_the_applicants():
    """Setting it apart makes 户口簿首页 missing, an error: only a sure reading of 上海 may do that."""
    address = "上海市徐汇区漕溪北路100弄5号"
    unsure = fv(address, chars=[0.5] + [0.99] * (len(address) - 1))
    packet = replace_field(clean_packet(), "household_register_cover", address=unsure)
    assert "packet.missing_document" not in {f.rule for f in run("packet.missing_document", packet).findings}


def test_an_unsure_shanghai_register_beside_the_applicants_own_is_set_apart():
    """With the applicant's register also in the packet, a doubtful 上海 register is the spouse's, not compared."""
    address = "上海市徐汇区漕溪北路100弄5号"
    unsure = fv(address, chars=[0.5] + [0.99] * (len(address) - 1))
    spouse_cover = doc("household_register_cover", file="spouse_cover.jpg", head_name=SPOUSE, address=unsure)
    packet = clean_packet() + [marriage()] + spouse_papers()[:2] + [spouse_cover]
    assert not run("address.hukou_mismatch", packet).fired
    assert items(estimate(packet))["spouse_shanghai_hukou"] == 32


def guessed(value):
    return fv(value).model_copy(update={"confidence": 0.7, "guessed": True})


def test_a_guessed_shanghai_register_beside_the_applicants_collective_letter_is_the_spouses():
    """A 住址 found by its kind where a seal hid its label is placed by a guess; a 集体户口 letter shows the applicant's
    own hukou, so the Shanghai register is the spouse's, not compared with the permit."""
    address = "上海市徐汇区漕溪北路100弄5号"
    letter = doc("collective_hukou_certificate", name=NAME, id_number=clean_packet()[0].fields["id_number"].value,
                 address=clean_packet()[1].fields["hukou_address"].value)
    spouse_cover = doc("household_register_cover", file="spouse_cover.jpg", head_name=SPOUSE, address=guessed(address))
    packet = drop(clean_packet(), "household_register_cover", "household_register_member") + [letter, marriage()] + \
        spouse_papers()[:2] + [spouse_cover]
    assert not run("address.hukou_mismatch", packet).fired
    assert items(estimate(packet))["spouse_shanghai_hukou"] == 32


def test_a_guessed_shanghai_register_at_the_spouses_id_card_address_is_the_spouses_alone():
    address = "上海市徐汇区漕溪北路100弄5号"
    spouse_id = doc("id_card", file="spouse_id.jpg", name=SPOUSE, id_number=SPOUSE_ID, address=address)
    spouse_cover = doc("household_register_cover", file="spouse_cover.jpg", head_name=SPOUSE, address=guessed(address))
    packet = drop(clean_packet(), "household_register_cover", "household_register_member") + [marriage(), spouse_id,
                                                                                              spouse_papers()[1], spouse_cover]
    assert not run("address.hukou_mismatch", packet, application="renewal").fired
    elsewhere = doc("household_register_cover", file="cover.jpg", head_name=NAME, address=guessed("上海市闵行区莘庄路1号"))
    alone = drop(clean_packet(), "household_register_cover") + [elsewhere]
    assert "户口簿首页" not in run("packet.missing_document", alone).message()
