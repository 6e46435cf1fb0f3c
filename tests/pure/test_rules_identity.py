"""identity.*: GB 11643 id numbers, and the applicant's name and id number the same on every document."""
from datetime import date

import pytest

from rules.compare import Comparison
from rules.families.identity import id_number_problem
from tests.rule_packets import ID_NUMBER, NAME, DROP, drop, clean_packet, doc, doubtful, fv, months, replace_field, run, \
    si_record, tax_record, with_doc, EMPLOYER


# --- id_number_invalid

@pytest.mark.parametrize("number,problem", [
    ("320602199003071236", None),
    ("32060219900307123X", "应为 6"),  # wrong check digit
    ("11010519491231002X", None),  # the GB 11643 example
    ("320602199002301234", "不是有效日期"),  # 30 February
    ("320602202702011234", "晚于预计提交日期"),
    ("32060219900307123", "17 位数字"),
    ("3206021990030712A6", "17 位数字"),
])
def test_id_number_problem(number, problem):
    found = id_number_problem(number, date(2026, 11, 22))
    assert (found is None) if problem is None else (problem in found)


def test_a_bad_number_on_several_documents_is_reported_once():
    bad = "32060219900307123X"
    packet = replace_field(replace_field(clean_packet(), "id_card", id_number=bad), "residence_permit", id_number=bad)
    ran = run("identity.id_number_invalid", packet)
    (finding,) = ran.findings
    assert finding.severity.value == "error" and bad in finding.message and "应为 6" in finding.message
    assert {e.file for e in finding.evidence} == {"id_card.jpg", "residence_permit.jpg"}
    assert "居民身份证" in finding.message and "上海市居住证" in finding.message


def test_spouse_id_number_is_checked_too():
    packet = clean_packet() + [doc("marriage_certificate", holder_name=NAME, spouse_name="李娜", spouse_id_number="310101199201011234")]
    ran = run("identity.id_number_invalid", packet)
    assert ran.fired and "310101199201011234" in ran.message()


def test_doubtful_digit_makes_invalid_a_warning():
    ran = run("identity.id_number_invalid",
              replace_field(clean_packet(), "labour_contract", employee_id_number=doubtful("320602199003071286", 16)))
    assert ran.severities == ["warning"] and "「8」" in ran.message()


def test_clean_numbers_pass():
    assert run("identity.id_number_invalid", clean_packet()).status == "passed"


# --- name_mismatch

@pytest.mark.parametrize("type_id,field", [
    ("residence_permit", "name"), ("household_register_member", "name"), ("labour_contract", "employee_name"),
    ("tax_record", "name"),
])
def test_lookalike_name_is_an_error_with_both_values_marked(type_id, field):
    ran = run("identity.name_mismatch", replace_field(clean_packet(), type_id, **{field: "王哓明"}))
    (finding,) = ran.findings
    assert finding.severity.value == "error"
    assert "「王【晓】明」" in finding.message and "「王【哓】明」" in finding.message
    assert [e.text for e in finding.evidence] == [NAME, "王哓明"]
    assert finding.action


def test_spaces_and_full_width_do_not_fire():
    ran = run("identity.name_mismatch", replace_field(clean_packet(), "labour_contract", employee_name="王 晓　明"))
    assert not ran.fired


def test_minority_name_dot_variants_are_equal():
    packet = replace_field(clean_packet(), "id_card", name="买买提·艾力")
    packet = replace_field(packet, "residence_permit", name="买买提・艾力")
    packet = replace_field(packet, "household_register_member", name="买买提.艾力")
    packet = replace_field(packet, "labour_contract", employee_name="买买提•艾力")
    packet = replace_field(packet, "tax_record", name="买买提·艾力")
    packet = replace_field(packet, "diploma", name="买买提·艾力")
    packet = replace_field(packet, "degree_certificate", name="买买提·艾力")
    assert not run("identity.name_mismatch", packet).fired


def test_a_middle_dot_lost_in_one_reading_is_the_same_name_but_other_characters_still_differ():
    """Outsider AG, ag006: the ID card, permit and 本人页 read 吉克阿依, their small dot lost; the tax record, diploma
    and contract read 吉克·阿依. One name, no finding; a different character beside the dot is still an error."""
    packet = replace_field(clean_packet(), "id_card", name="吉克阿依")
    packet = replace_field(packet, "residence_permit", name="吉克阿依")
    packet = replace_field(packet, "household_register_member", name="吉克阿依")
    for type_id, field in (("labour_contract", "employee_name"), ("tax_record", "name"), ("diploma", "name"),
                           ("degree_certificate", "name")):
        packet = replace_field(packet, type_id, **{field: "吉克·阿依"})
    assert not run("identity.name_mismatch", packet).fired
    ran = run("identity.name_mismatch", replace_field(packet, "tax_record", name="吉克·何依"))
    assert ran.severities == ["error"] and "何" in ran.message()


def test_low_confidence_character_gives_a_warning_naming_it():
    ran = run("identity.name_mismatch", replace_field(clean_packet(), "residence_permit", name=doubtful("玉晓明", 0)))
    assert ran.severities == ["warning"] and "「玉」" in ran.message() and "核对" in ran.findings[0].action


def test_head_and_spouse_names_are_not_the_applicant():
    packet = clean_packet() + [doc("marriage_certificate", holder_name=NAME, spouse_name="李娜")]
    assert not run("identity.name_mismatch", packet).fired  # household_register_cover.head_name is 王建国


def test_spouse_booklet_of_the_marriage_certificate_is_no_mismatch():
    packet = clean_packet() + [doc("marriage_certificate", holder_name="李娜", spouse_name=NAME)]
    assert not run("identity.name_mismatch", packet).fired
    packet = clean_packet() + [doc("marriage_certificate", holder_name="李娜", spouse_name="张伟")]
    assert run("identity.name_mismatch", packet).fired


def test_diploma_and_social_insurance_names_are_compared():
    packet = clean_packet() + [doc("diploma", name="王小明"), si_record(months("2025-11", "2026-11"))]
    ran = run("identity.name_mismatch", packet)
    assert len(ran.findings) == 1 and "毕业证书" in ran.message()


def test_residence_permit_is_the_reference_without_an_id_card():
    packet = [d for d in clean_packet() if d.type != "id_card"]
    packet = replace_field(packet, "labour_contract", employee_name="王小明")
    ran = run("identity.name_mismatch", packet)
    assert ran.fired and "与上海市居住证不一致" in ran.message()


def test_unreadable_name_is_reported_and_the_rest_still_compared():
    packet = replace_field(clean_packet(), "tax_record", name=fv("王晓明", confidence=0.3))
    packet = replace_field(packet, "labour_contract", employee_name="王小明")
    ran = run("identity.name_mismatch", packet)
    assert len(ran.findings) == 1 and "劳动合同" in ran.message()
    assert "个人所得税纳税记录的姓名无法识别" in ran.unreadable[0].message


def test_unreadable_reference_falls_back_to_the_permit_and_reports_it():
    ran = run("identity.name_mismatch", replace_field(clean_packet(), "id_card", name=DROP))
    assert not ran.fired and ran.status == "undecided" and "居民身份证的姓名无法识别" in ran.unreadable[0].message


def test_no_id_card_nor_permit_is_undecided():
    packet = [d for d in clean_packet() if d.type not in ("id_card", "residence_permit")]
    ran = run("identity.name_mismatch", packet)
    assert ran.status == "undecided" and "缺少" in ran.note


# --- id_number_mismatch

def test_id_number_differs_on_the_contract():
    other = "320602199003071252"
    ran = run("identity.id_number_mismatch", replace_field(clean_packet(), "labour_contract", employee_id_number=other))
    (finding,) = ran.findings
    assert finding.severity.value == "error"
    assert "「3206021990030712【36】」" in finding.message and "「3206021990030712【52】」" in finding.message


def test_lower_case_x_is_the_same_number():
    packet = replace_field(clean_packet(), "id_card", id_number="11010519491231002X")
    for type_id, field in (("residence_permit", "id_number"), ("household_register_member", "id_number"),
                           ("labour_contract", "employee_id_number"), ("tax_record", "id_number")):
        packet = replace_field(packet, type_id, **{field: "11010519491231002x"})
    assert not run("identity.id_number_mismatch", packet).fired


def test_tax_record_with_another_persons_number():
    packet = with_doc(clean_packet(), tax_record(months("2026-01", "2026-10"), id_number="11010519491231002X"))
    ran = run("identity.id_number_mismatch", packet)
    assert ran.severities == ["error"] and "个人所得税纳税记录" in ran.message()
    assert ID_NUMBER in [e.text for e in ran.findings[0].evidence]


def test_a_valid_permit_number_is_the_reference_when_the_id_card_number_is_invalid():
    packet = replace_field(clean_packet(), "id_card", id_number=doubtful("320602199003071286", 16))
    ran = run("identity.id_number_mismatch", packet)
    (finding,) = ran.findings  # only the id card differs, against the permit
    assert "居民身份证上的身份证号码与上海市居住证" in finding.message and finding.severity.value == "warning"


def test_wrong_length_number_is_a_warning_it_was_probably_misread():
    ran = run("identity.id_number_invalid", replace_field(clean_packet(), "tax_record", id_number="32060219900307123"))
    assert ran.severities == ["warning"] and "识别完整" in ran.message()


def test_a_name_read_partly_still_shows_a_difference_in_its_sure_characters():
    # 王小明 on the contract with 王 unreadable (0.3): the sure 小 against the ID card's 晓 is a real difference.
    packet = replace_field(clean_packet(), "labour_contract", employee_name=fv("王小明", 0.3, [0.3, 0.99, 0.99]))
    ran = run("identity.name_mismatch", packet)
    assert ran.severities == ["error"] and "【小】" in ran.message() and not ran.unreadable


def test_a_name_read_partly_that_differs_only_where_unsure_is_unreadable():
    packet = replace_field(clean_packet(), "labour_contract", employee_name=fv("玉晓明", 0.3, [0.3, 0.99, 0.99]))
    ran = run("identity.name_mismatch", packet)
    assert not ran.findings and "劳动合同的劳动者姓名无法识别" in ran.unreadable[0].message


def test_what_a_name_read_partly_lacks_is_no_difference():
    packet = replace_field(clean_packet(), "labour_contract", employee_name=fv("王晓", 0.3, [0.3, 0.99]))
    ran = run("identity.name_mismatch", packet)
    assert not ran.findings and "劳动合同的劳动者姓名无法识别" in ran.unreadable[0].message


def test_a_difference_read_barely_surely_beside_an_unsure_character_is_a_doubt():
    """Outsider AG, ag019: a small photo of a 税收完税证明 read 谢而 for 谢雨萱, 谢 at 84% and 而 at 92%: a name whose
    reading holds an unsure character is no ground for an error where it differs only barely surely. Read surely
    where it differs (而 at 99%), the difference stands."""
    packet = replace_field(clean_packet(), "id_card", name="谢雨萱")
    packet = replace_field(packet, "residence_permit", name="谢雨萱")
    packet = replace_field(packet, "household_register_member", name="谢雨萱")
    for type_id, field in (("labour_contract", "employee_name"), ("diploma", "name"), ("degree_certificate", "name")):
        packet = replace_field(packet, type_id, **{field: "谢雨萱"})
    ran = run("identity.name_mismatch", replace_field(packet, "tax_record", name=fv("谢而", 0.8381, [0.8381, 0.9194])))
    assert ran.severities == ["warning"] and "「谢」" in ran.message()
    ran = run("identity.name_mismatch", replace_field(packet, "tax_record", name=fv("谢而", 0.8381, [0.8381, 0.99])))
    assert ran.severities == ["error"]
    # Where no single character is to blame, the note names the place, never an empty pair of quotes.
    note = Comparison("doubtful", "谢【雨萱】", "谢【而】", (), unsure_name=True).doubt_note
    assert note.startswith("这一处的姓名识别把握不大") and "「」" not in note


def test_a_name_character_read_at_look_alike_confidence_gives_a_warning_not_an_error():
    # 情 for 婧 at 0.86: sure enough for most fields, not for a name, which has no check to catch a look-alike.
    packet = replace_field(clean_packet(), "tax_record", name=fv("王晓情", 0.94, [1.0, 0.98, 0.86]))
    ran = run("identity.name_mismatch", packet)
    assert ran.severities == ["warning"] and "「情」" in ran.message()
    assert "请先核对个人所得税纳税记录上的姓名" in ran.findings[0].action
    surely = replace_field(clean_packet(), "tax_record", name=fv("王晓情", 0.99, [1.0, 0.98, 0.97]))
    assert run("identity.name_mismatch", surely).severities == ["error"]


def test_the_reference_name_is_the_card_read_surely_and_an_unsure_card_is_named_to_check_first():
    unsure_card = fv("王晓赞", 0.63, [1.0, 1.0, 0.63])
    packet = replace_field(clean_packet(), "id_card", name=unsure_card)
    ran = run("identity.name_mismatch", packet)
    # The permit, read surely, is the reference: only the ID card differs, and only doubtfully.
    assert ran.severities == ["warning"]
    assert "上海市居住证「" in ran.message() and "请先核对居民身份证上的姓名" in ran.findings[0].action


# --- numbers shown masked (电子居住证, 个税 app: 3206**********1236)

MASKED = ID_NUMBER[:4] + "*" * 10 + ID_NUMBER[-4:]


@pytest.mark.parametrize("rule_id", ["identity.id_number_invalid", "identity.id_number_mismatch"])
def test_a_masked_number_that_shows_the_cards_characters_passes_and_is_not_unreadable(rule_id):
    ran = run(rule_id, replace_field(clean_packet(), "residence_permit", id_number=MASKED))
    assert not ran.fired and not ran.unreadable


@pytest.mark.parametrize("rule_id", ["identity.id_number_invalid", "identity.id_number_mismatch"])
def test_a_masked_number_whose_last_character_was_lost_compares_on_what_was_read(rule_id):
    """A chat-compressed 个税 app screen: 证件号码 3****************0 read 3 and its stars only."""
    tailless = ID_NUMBER[0] + "*" * 17
    ran = run(rule_id, replace_field(clean_packet(), "tax_record", id_number=tailless))
    assert not ran.fired and not ran.unreadable
    if rule_id == "identity.id_number_mismatch":
        other = "1" + "*" * 17
        assert run(rule_id, replace_field(clean_packet(), "tax_record", id_number=other)).fired


def test_a_masked_number_whose_visible_characters_differ_is_a_mismatch():
    other = "1101" + "*" * 10 + ID_NUMBER[-4:]
    ran = run("identity.id_number_mismatch", replace_field(clean_packet(), "residence_permit", id_number=other))
    (finding,) = ran.findings
    assert finding.severity.value == "error" and "「【11】0【1】**********1236」" in finding.message


def test_a_masked_permit_number_compares_with_the_others_when_there_is_no_id_card():
    packet = replace_field(drop(clean_packet(), "id_card"), "residence_permit", id_number=MASKED)
    assert not run("identity.id_number_mismatch", packet).fired


def test_a_number_read_unsurely_that_is_the_sure_reference_itself_is_no_open_question():
    """Two characters of the permit's number under the reader's floor, the number valid and the ID card's own."""
    unsure = fv(ID_NUMBER, confidence=0.52, chars=[0.52 if i in (3, 16) else 0.99 for i in range(18)])
    packet = replace_field(clean_packet(), "residence_permit", id_number=unsure)
    for rule in ("identity.id_number_mismatch", "identity.id_number_invalid"):
        ran = run(rule, packet)
        assert not ran.fired and not ran.unreadable, rule
    # Another number read as unsurely stays an open question; so does a name, which has no check digit.
    other = fv("320602199003071286", confidence=0.52, chars=[0.52 if i in (3, 16) else 0.99 for i in range(18)])
    ran = run("identity.id_number_mismatch", replace_field(clean_packet(), "residence_permit", id_number=other))
    assert ran.unreadable and not ran.fired
    assert run("identity.name_mismatch", replace_field(clean_packet(), "tax_record", name=fv(NAME, confidence=0.3))).unreadable


def test_a_form_that_prints_no_id_number_is_left_out_not_called_unreadable():
    """The app's 收入纳税明细 names the taxpayer and shows no 公民身份号码: nothing there is unreadable."""
    packet = clean_packet()
    tax = next(d for d in packet if d.type == "tax_record")
    listed = tax.model_copy(update={"fields": {k: v for k, v in tax.fields.items() if k != "id_number"},
                                    "not_printed": ["id_number"]})
    for rule_id in ("identity.id_number_invalid", "identity.id_number_mismatch"):
        ran = run(rule_id, with_doc(packet, listed))
        assert ran.status == "passed" and not ran.unreadable
    unread = run("identity.id_number_mismatch", with_doc(packet, tax.model_copy(update={
        "fields": {k: v for k, v in tax.fields.items() if k != "id_number"}})))
    assert unread.status == "undecided" and "公民身份号码" in unread.unreadable[0].message


def test_a_compound_surname_read_as_its_look_alike_is_a_warning():
    # outsider V's v026: 闾丘犇 read 间丘犇 at full confidence off a diploma photo
    packet = replace_field(clean_packet(), "id_card", name="闾丘犇")
    for type_id in ("residence_permit", "household_register_member", "labour_contract", "tax_record", "degree_certificate"):
        packet = replace_field(packet, type_id, **{"employee_name" if type_id == "labour_contract" else "name": "闾丘犇"})
    packet = replace_field(packet, "diploma", name=fv("间丘犇", 0.99, [0.99, 0.99, 0.99]))
    ran = run("identity.name_mismatch", packet)
    assert ran.severities == ["warning"] and "字形相近" in ran.message()


def test_a_second_contract_whose_name_was_not_read_is_asked_for_though_the_first_holds_it():
    # A contract's clause pages no longer come as contracts of their own (grouping: the running head opens nothing);
    # a document of the type that holds no name read is a real second contract, and its name is asked for.
    clauses = doc("labour_contract", employer=EMPLOYER)
    ran = run("identity.name_mismatch", clean_packet() + [clauses])
    assert "劳动合同的劳动者姓名无法识别" in ran.unreadable[0].message
    alone = with_doc(drop(clean_packet(), "labour_contract"), clauses)
    assert "劳动合同的劳动者姓名无法识别" in run("identity.name_mismatch", alone).unreadable[0].message
