"""employer.mismatch: contract employer vs the latest month's withholding agents and social-insurance employers."""
import pytest

from tests.rule_packets import DROP, clean_packet, doubtful, fv, months, replace_field, row, run, si_record, tax_record, \
    with_doc


def employer(contract_employer, agent, si_employer=None):
    packet = replace_field(clean_packet(), "labour_contract", employer=contract_employer)
    packet = with_doc(packet, tax_record(months("2026-01", "2026-10"), agent=agent))
    if si_employer is not None:
        packet.append(si_record(months("2025-11", "2026-11"), employer=si_employer))
    return run("employer.mismatch", packet)


@pytest.mark.parametrize("contract,agent", [
    ("上海华腾(集团)有限公司", "上海华腾（集团）有限公司"),  # full-width brackets
    ("上海华腾(集团)有限公司", "上海华腾 (集团) 有限公司"),  # spaces
    ("上海华腾(集团)有限公司", "上海华腾集团有限公司"),  # brackets left out
    ("上海某某科技有限公司", "上海某某科技有限责任公司"),  # same legal form, long and short name
    ("上海某某科技有限公司", "上海某某科技(有限)公司"),
    ("上海云帆软件股份有限公司", "上海云帆软件股份公司"),
    ("ＡＢＣ（上海）有限公司", "ABC(上海)有限公司"),  # full-width letters
])
def test_same_company_written_differently_does_not_fire(contract, agent):
    ran = employer(contract, agent, si_employer=agent)
    assert not ran.fired and ran.status == "passed"


def test_hr_agency_withholding_is_an_error():
    ran = employer("上海华腾(集团)有限公司", "上海外服人力资源有限公司")
    (finding,) = ran.findings
    assert finding.severity.value == "error"
    assert "2026-10" in finding.message and "代缴" in finding.message and "【" in finding.message
    assert [e.text for e in finding.evidence] == ["上海华腾(集团)有限公司", "上海外服人力资源有限公司"]
    assert "004" in finding.action


def test_only_the_latest_month_counts():
    record = tax_record(months("2026-01", "2026-09"), agent="上海外服人力资源有限公司")
    record.rows.append(row(period="2026-10", withholding_agent="上海华腾(集团)有限公司", amount="1.00"))
    assert not run("employer.mismatch", with_doc(clean_packet(), record)).fired
    record = tax_record(months("2026-01", "2026-09"))
    record.rows.append(row(period="2026-10", withholding_agent="上海外服人力资源有限公司", amount="1.00"))
    assert run("employer.mismatch", with_doc(clean_packet(), record)).fired


def test_contract_employer_among_two_agents_of_the_month_passes():
    record = tax_record(months("2026-01", "2026-10"))
    record.rows.append(row(period="2026-10", withholding_agent="上海中智人力资源服务有限公司", amount="0.00"))
    assert not run("employer.mismatch", with_doc(clean_packet(), record)).fired


def test_social_insurance_through_an_agency_fires_too():
    ran = employer("上海华腾(集团)有限公司", "上海华腾(集团)有限公司", si_employer="上海中智人力资源服务有限公司")
    assert ran.severities == ["error"] and "社保缴费单位" in ran.message()


def test_a_different_company_fires():
    ran = employer("上海浦江信息技术有限公司", "上海浦东信息技术有限公司")
    assert ran.severities == ["error"] and "浦【江】" in ran.message() and "浦【东】" in ran.message()


def test_limited_vs_joint_stock_is_a_warning():
    ran = employer("上海云帆软件有限公司", "上海云帆软件股份有限公司")
    assert ran.severities == ["warning"] and "组织形式" in ran.message()


def test_branch_against_head_office_is_a_warning_to_check_the_full_name():
    # Also what a branch name wrapped onto a second line and read to its first line's end looks like.
    for contract, agent in (("上海华腾(集团)有限公司", "上海华腾(集团)有限公司北京分公司"),
                            ("深圳聚芯新材料科技有限公司上海分公司", "深圳聚芯新材料科技有限公司")):
        ran = employer(contract, agent)
        assert ran.severities == ["warning"] and "分公司" in ran.message() and "全称" in ran.findings[0].action


def test_a_payer_read_only_from_its_wrapped_second_line_is_a_warning_to_check_the_full_name():
    ran = employer("上海携程旅游服务有限公司", "旅游服务有限公司")
    assert ran.severities == ["warning"] and "全称" in ran.findings[0].action
    # Not a tail: another company's name, however it ends (an agency paying is the real mismatch).
    assert employer("上海达丰电脑有限公司", "人力资源服务有限公司").severities == ["error"]


def test_a_branch_of_another_company_is_an_error():
    assert employer("深圳聚芯新材料科技有限公司上海分公司", "深圳聚芯新能源科技有限公司").severities == ["error"]


def test_low_confidence_characters_give_a_warning_naming_them():
    agent = doubtful("上海华腾(集团)有限公司", 3, file="tax.pdf")  # 腾 read poorly ...
    agent = agent.model_copy(update={"value": "上海华勝(集团)有限公司"})  # ... as 勝
    ran = employer("上海华腾(集团)有限公司", agent)
    assert ran.severities == ["warning"] and "「勝」" in ran.message() and "核对" in ran.message()


def test_whole_field_below_certain_floor_is_a_warning():
    ran = employer("上海华腾(集团)有限公司", fv("上海华勝(集团)有限公司", confidence=0.7))
    assert ran.severities == ["warning"]


def test_unreadable_agent_is_field_unreadable():
    ran = employer("上海华腾(集团)有限公司", None)
    assert not ran.fired and ran.status == "undecided"
    assert "扣缴义务人无法识别" in ran.unreadable[0].message


def test_unreadable_contract_employer():
    ran = run("employer.mismatch", replace_field(clean_packet(), "labour_contract", employer=DROP))
    assert ran.status == "undecided" and "劳动合同的用人单位无法识别" in ran.unreadable[0].message


def _with_a_cut_off_latest_month(agent):
    record = tax_record(months("2026-01", "2026-09"), agent=agent)
    record.rows.append(row(period="2026-10", withholding_agent=None, amount=None))  # its card cut off on the screen
    return run("employer.mismatch", with_doc(clean_packet(), record))


def test_an_unread_latest_payer_does_not_hide_an_agency_in_the_month_before():
    ran = _with_a_cut_off_latest_month("上海外服人力资源有限公司")
    assert ran.severities == ["warning"]
    assert "2026-09" in ran.message() and "2026-10" in ran.message() and "代缴" in ran.message()


def test_an_unread_latest_payer_after_the_contract_employer_leaves_only_the_unread_field():
    ran = _with_a_cut_off_latest_month("上海华腾(集团)有限公司")
    assert not ran.fired and ran.status == "undecided" and "扣缴义务人无法识别" in ran.unreadable[0].message


def _record_read_otherwise_in_its_latest_month(latest_agent):
    # outsider AE, ae014: the payer column's first character read 止 in the latest month, 上 in earlier months
    earlier = [row("tax.jpg", period=p, withholding_agent=fv("上海博禾生物医药有限公司", 0.99, [0.99] * 12, file="tax.jpg"),
                   amount="1234.56") for p in months("2026-01", "2026-09")]
    latest = row("tax.jpg", period="2026-10", withholding_agent=latest_agent, amount="1234.56")
    record = tax_record([]).model_copy(update={"rows": earlier + [latest], "pages": tax_record([], file="tax.jpg").pages})
    packet = replace_field(clean_packet(), "labour_contract", employer="上海博禾生物医药有限公司")
    return run("employer.mismatch", with_doc(packet, record))


def test_a_latest_payer_one_unsure_character_off_what_earlier_rows_read_is_a_doubt():
    ran = _record_read_otherwise_in_its_latest_month(fv("止海博禾生物医药有限公司", 0.97, [0.97] + [1.0] * 11, file="tax.jpg"))
    (finding,) = ran.findings
    assert finding.severity.value == "warning"
    assert "其他月份" in finding.message and "「上海博禾生物医药有限公司」（2026-09）" in finding.message


def test_a_latest_payer_one_sure_character_off_stays_an_error():
    ran = _record_read_otherwise_in_its_latest_month(fv("止海博禾生物医药有限公司", 1.0, [1.0] * 12, file="tax.jpg"))
    assert ran.severities == ["error"]


def test_another_company_in_the_latest_month_stays_an_error_though_earlier_rows_read_the_employer():
    ran = _record_read_otherwise_in_its_latest_month(fv("上海外服人力资源有限公司", 0.97, [0.97] * 12, file="tax.jpg"))
    assert ran.severities == ["error"]


def test_a_sure_character_read_in_another_place_stays_an_error_though_its_neighbour_is_unsure():
    # 上海博禾 read 上海博采: 采 at 1.0, the 博 before it at 0.9 — the difference itself was read surely
    chars = [1.0, 1.0, 0.9, 1.0] + [1.0] * 8
    ran = _record_read_otherwise_in_its_latest_month(fv("上海博采生物医药有限公司", 0.9, chars, file="tax.jpg"))
    assert ran.severities == ["error"]

