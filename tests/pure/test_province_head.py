"""An address whose province lost its first characters (a label printed over the value's start, a card's edge) gets
them back when one province fits: by the name's end alone (徽省 → 安徽省), or, where provinces' names end alike
(西省: 山西, 陕西, 江西), by the city named next."""
from extractors.reading.values import parse_address
from precheck.core.regions import lost_province_head


def test_the_city_tells_provinces_whose_names_end_alike_apart():
    assert lost_province_head("西省西安市雁塔区小寨东路45号") == "陕"
    assert lost_province_head("西省太原市小店区") == "山"
    assert lost_province_head("西省南昌市东湖区") == "江"
    assert lost_province_head("江省温州市乐清市") == "浙"
    assert lost_province_head("江省哈尔滨市南岗区") == "黑龙"
    assert lost_province_head("南省湘西土家族苗族自治州吉首市") == "湖"
    assert lost_province_head("徽省合肥市蜀山区") == "安"  # one province ends so: no city needed


def test_no_head_is_given_where_the_city_does_not_tell():
    assert lost_province_head("西省城关镇1号") is None
    assert lost_province_head("陕西省西安市") is None  # whole already
    assert lost_province_head("海市浦东新区") is None  # a municipality's end is no province's


def test_the_address_read_after_a_label_that_swallowed_its_first_character_is_whole_again():
    parsed = parse_address("西省西安市雁塔区小寨东路45号3号楼2040室")
    assert parsed.value == "陕西省西安市雁塔区小寨东路45号3号楼2040室" and parsed.corrected
