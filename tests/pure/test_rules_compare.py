"""rules.compare: normalised comparison with 【】 marks, doubtful characters, company names."""
from precheck.core.model import FieldValue
from rules.compare import compare_companies, compare_values, id_key, is_agency
from tests.rule_packets import doubtful, fv


def test_same_after_normalisation():
    assert compare_values(fv("上海市 某路（1）号"), fv("上海市某路(1)号")).outcome == "same"
    assert compare_values(fv("ＡＢ１２"), fv("AB12")).outcome == "same"


def test_marks_each_differing_run():
    result = compare_values(fv("上海市徐汇区漕溪北路100号"), fv("上海市长宁区漕溪北路108号"))
    assert result.outcome == "different"
    assert result.left == "上海市【徐汇】区漕溪北路10【0】号" and result.right == "上海市【长宁】区漕溪北路10【8】号"


def test_inserted_text_is_marked_on_its_side_only():
    result = compare_values(fv("青年中路88号"), fv("青年中路88号附1"))
    assert result.left == "青年中路88号" and result.right == "青年中路88号【附1】"


def test_doubtful_only_when_every_run_is_doubtful():
    assert compare_values(fv("王晓明"), doubtful("王哓明", 1)).outcome == "doubtful"
    assert compare_values(doubtful("王晓明", 1), fv("王哓明")).doubtful_chars == ("晓",)
    # one run doubtful, another certain: a real difference
    assert compare_values(fv("王晓明"), doubtful("玉哓明", 1)).outcome == "different"


def test_char_confidences_follow_normalisation():
    # the space is dropped; the doubtful flag stays on the character it belongs to
    value = doubtful("王 哓明", 2)
    assert compare_values(fv("王晓明"), value).outcome == "doubtful"


def test_ids_compare_upper_case():
    assert compare_values(fv("11010519491231002x"), fv("11010519491231002X"), id_key).outcome == "same"


def test_company_forms():
    assert compare_companies(fv("上海某某(集团)有限公司"), fv("上海某某（集团）有限公司")).outcome == "same"
    assert compare_companies(fv("上海某某有限责任公司"), fv("上海某某有限公司")).outcome == "same"
    assert compare_companies(fv("上海某某股份公司"), fv("上海某某股份有限公司")).outcome == "same"
    assert compare_companies(fv("上海某某有限公司"), fv("上海某某股份有限公司")).outcome == "form"
    assert compare_companies(fv("上海某某有限公司"), fv("上海某某人力资源有限公司")).outcome == "different"
    assert compare_companies(fv("某某有限公司上海分公司"), fv("某某有限公司")).outcome == "branch"
    assert compare_companies(fv("某某有限公司"), fv("某某有限公司浦东分公司")).outcome == "branch"
    assert compare_companies(fv("某某有限公司上海分公司"), fv("某某有限公司浦东分公司")).outcome == "different"


def test_agency_names():
    assert is_agency("上海外服人力资源有限公司") and is_agency("上海某某劳务派遣有限公司")
    assert not is_agency("上海华腾(集团)有限公司")


def test_a_dropped_character_next_to_an_unsure_one_is_only_doubtful():
    from rules.compare import compare_values
    from precheck.core.model import FieldValue

    cover = FieldValue(value="州省成都市武侯区", confidence=0.82, char_confidences=[0.82] + [0.99] * 7)
    permit = FieldValue(value="四川省成都市武侯区", confidence=0.99, char_confidences=[0.99] * 9)
    assert compare_values(cover, permit).outcome == "doubtful"
    sure = FieldValue(value="州省成都市武侯区", confidence=0.97, char_confidences=[0.97] + [0.99] * 7)
    assert compare_values(sure, permit).outcome == "different"


def test_characters_the_other_side_lacks_where_it_read_unsurely_are_said_to_be_possibly_dropped():
    # ad016: a 户口簿 首页 whose 住址 lay under solid red ink lost 河 and a 1, its characters around them capped.
    cover_text = "龙泉镇湾村3组3号"
    cover = FieldValue(value=cover_text, confidence=0.7, char_confidences=[0.99, 0.99, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7, 0.7])
    permit = FieldValue(value="龙泉镇河湾村3组13号", confidence=0.99, char_confidences=[0.99] * 11)
    result = compare_values(cover, permit)
    assert result.outcome == "doubtful" and result.dropped
    assert "「河」、「1」只在一份材料上读到" in result.doubt_note and "可能漏读" in result.doubt_note
    # Characters one side holds, read unsurely itself, are no drop by the other.
    unsure_extra = FieldValue(value="龙泉镇河湾村", confidence=0.85, char_confidences=[0.99, 0.99, 0.99, 0.85, 0.99, 0.99])
    assert not compare_values(fv("龙泉镇湾村"), unsure_extra).dropped
    # A character read otherwise, not dropped, keeps the plain note.
    misread = compare_values(doubtful("龙泉镇何湾村", 3), fv("龙泉镇河湾村"))
    assert misread.outcome == "doubtful" and not misread.dropped
    assert misread.doubt_note.startswith("不同之处的")


def read_twice(value: str, *alternatives: str):
    """A sure reading whose second look at the page also read `alternatives`."""
    return fv(value).model_copy(update={"alternatives": list(alternatives)})


def test_a_difference_another_reading_of_the_page_does_not_share_is_doubtful():
    # The register read 24室 at first, 204室 on a second look; the permit reads 204室.
    register = read_twice("解放路286号23幢24室", "解放路286号23幢204室")
    result = compare_values(register, fv("解放路286号23幢204室"))
    assert result.outcome == "doubtful" and result.doubtful_chars == ("0",)
    assert "重新识别时读作「解放路286号23幢204室」" in result.doubt_note


def test_another_reading_backs_the_other_value_only_where_it_reads_the_same_around_the_difference():
    # A second reading that is wrong elsewhere (解啟路) still backs 204 where it reads 幢204室 as the permit does.
    register = read_twice("解放路286号23幢24室", "解啟路286号23幢204室")
    assert compare_values(register, fv("解放路286号23幢204室")).outcome == "doubtful"
    # A second reading that agrees with the first at the difference backs nothing.
    register = read_twice("解放路286号23幢24室", "解啟路286号23幢24室")
    assert compare_values(register, fv("解放路286号23幢204室")).outcome == "different"


def test_a_real_difference_stays_an_error_when_the_second_look_agrees_with_the_first():
    permit = read_twice("解放路290号23幢204室", "解放路290号23幢204室")
    assert compare_values(fv("解放路286号23幢204室"), permit).outcome == "different"


def test_equal_first_readings_are_doubtful_when_a_second_look_read_one_of_them_otherwise():
    # The register really says 204室 (its second look read it); the first reading dropped the 0, as the permit has it.
    register = read_twice("解放路286号23幢24室", "解放路286号23幢204室")
    result = compare_values(register, fv("解放路286号23幢24室"))
    assert result.outcome == "doubtful" and result.doubtful_chars == ("0",)
    assert result.left == "解放路286号23幢【24】室"
    assert compare_values(read_twice("解放路286号", "解放路286号"), fv("解放路286号")).outcome == "same"


def test_two_sure_first_readings_outvote_a_second_look_that_swapped_a_character():
    # ID card and register both read 袁亮 surely; the register's second look read 袁壳.
    register = read_twice("袁亮", "袁壳")
    assert compare_values(register, fv("袁亮")).outcome == "same"
    # ... but not when either first reading held that character unsurely.
    unsure = FieldValue(value="袁亮", confidence=0.95, char_confidences=[0.99, 0.85], alternatives=["袁壳"])
    assert compare_values(unsure, fv("袁亮")).outcome == "doubtful"


def test_first_readings_that_both_hold_a_character_outvote_a_second_look_that_dropped_it():
    # Outsider Y y007: the contract read 孔一芳 surely, the ID card 孔一芳 with 一 at 0.78; the contract's second
    # look, a crop of the one line, lost the thin 一.
    contract = read_twice("孔一芳", "孔芳")
    card = FieldValue(value="孔一芳", confidence=0.99, char_confidences=[1.0, 0.78, 1.0])
    assert compare_values(card, contract).outcome == "same"
    # ... but not where neither first reading held it surely.
    unsure = FieldValue(value="孔一芳", confidence=0.99, char_confidences=[1.0, 0.78, 1.0], alternatives=["孔芳"])
    assert compare_values(card, unsure).outcome == "doubtful"


def test_a_value_placed_by_a_guess_is_doubtful_in_every_character():
    """An address that looks read short (…一组11, its 号 lost at the wrap) is kept as a guess: what it lacks is no
    sure difference, however surely its other characters were read (issue 17: no error without a sure reading)."""
    from extractors.reading.fields import placed_by_guess

    cover = placed_by_guess(FieldValue(value="浙江省温州市苍南县钱库镇小冲村一组11", confidence=0.75,
                                       char_confidences=[0.99] * 16 + [0.55, 0.99, 0.99]))
    permit = FieldValue(value="浙江省温州市苍南县钱库镇小冲村一组11号", confidence=0.99, char_confidences=[0.99] * 20)
    assert cover.guessed and cover.confidence <= 0.7
    assert compare_values(cover, permit).outcome == "doubtful"
    sure = cover.model_copy(update={"guessed": False, "confidence": 0.75})
    assert compare_values(sure, permit).outcome == "different"  # the same reading, placed surely, is a difference


def test_a_long_sure_difference_is_no_dropped_character_though_one_beside_it_is_unsure():
    """上海【达丰电脑】有限公司【闵行分公司】 against 上海【中智人力资源服务】有限公司: the contract's last 司 read at 0.82
    might hide a dropped character, but no dropped character turns 中智人力资源服务, read surely, into 达丰电脑."""
    contract = FieldValue(value="上海达丰电脑有限公司闵行分公司", confidence=0.9971, char_confidences=[0.9999] * 14 + [0.8172])
    payer = FieldValue(value="上海中智人力资源服务有限公司", confidence=1.0, char_confidences=[1.0] * 14)
    assert compare_companies(contract, payer).outcome == "different"
    assert compare_companies(contract, FieldValue(value="上海达丰电脑有限公司闵行分公", confidence=1.0,
                                                  char_confidences=[1.0] * 14)).outcome != "different"


def test_a_look_alike_read_for_its_twin_is_doubt_not_a_mismatch():
    # 颍州区 read as 颖州区 at full confidence on a clear photo of a 户口簿 (outsider M, m028)
    result = compare_values(fv("安徽省阜阳市颖州区文峰路251号"), fv("安徽省阜阳市颍州区文峰路251号"))
    assert result.outcome == "doubtful" and set(result.doubtful_chars) == {"颖", "颍"}
    assert result.doubt_note == "「颖」与「颍」字形相近，可能是识别误差"
    # a look-alike beside a real difference leaves the difference sure
    assert compare_values(fv("安徽省阜阳市颖州区文峰路251号"), fv("安徽省阜阳市颍州区文峰路258号")).outcome == "different"
    assert compare_values(fv("文峰路251号"), fv("文峰路257号")).outcome == "different"


def test_a_letter_q_read_for_a_building_numbers_9_is_doubt():
    # outsider Z, z000: a second look at a 户口簿 photo read 435号9幢 as 435号q幢, surely
    result = compare_values(fv("江西省南昌市东湖区阳明路435号q幢2603室"), fv("江西省南昌市东湖区阳明路435号9幢2603室"))
    assert result.outcome == "doubtful" and result.look_alikes == (("q", "9"),)
    assert compare_values(fv("阳明路435号8幢"), fv("阳明路435号9幢")).outcome == "different"


def test_look_alikes_seen_read_at_full_confidence_on_scanned_booklets_are_doubt():
    # 孔宇峰 read as 孔字峰 on a 本人页 (outsider L l039), 大营村 as 太营村 on a 首页 (l045), each at 0.98 and more
    assert compare_values(fv("孔字峰"), fv("孔宇峰")).outcome == "doubtful"
    assert compare_values(fv("柳林镇太营村8组35号"), fv("柳林镇大营村8组35号")).outcome == "doubtful"
    assert compare_values(fv("孔子峰"), fv("孔宇峰")).outcome == "different"


def test_a_name_short_of_one_character_at_an_end_is_a_doubt_not_a_difference():
    """苏博 read for 苏博洋 (the last character under a watermark, outsider N n034): a warning that says so; a wrong
    character, or a character missing inside the name, stays a sure difference."""
    from rules.compare import compare_names
    cut = compare_names(fv("苏博"), fv("苏博洋"))
    assert cut.outcome == "doubtful" and cut.doubtful_chars == ("洋",) and "一端" in cut.doubt_note
    assert compare_names(fv("博洋"), fv("苏博洋")).outcome == "doubtful"
    assert compare_names(fv("苏博阳"), fv("苏博洋")).outcome == "different"
    assert compare_names(fv("苏洋"), fv("苏博洋")).outcome == "different"
    assert compare_names(fv("苏博洋"), fv("苏博洋")).outcome == "same"
