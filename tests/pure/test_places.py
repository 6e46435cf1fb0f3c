"""rules.places and compare_addresses: a doubtful difference in the divisions that open an address is settled by
the national list of divisions (GB/T 2260, the GB2260 package) when one reading names real divisions and the other
does not; every other difference stays what compare_values() makes of it."""
from rules.compare import compare_addresses
from rules.places import division_chain_end, misread_opening
from tests.rule_packets import doubtful, fv


def test_a_chain_of_divisions_is_measured_in_full():
    assert division_chain_end("安徽省合肥市蜀山区黄山路83号") == len("安徽省合肥市蜀山区")
    assert division_chain_end("上海市浦东新区张杨路1号") == len("上海市浦东新区")
    assert division_chain_end("上海市闸北区共和新路1号") == len("上海市闸北区")  # abolished in 2015, still printed
    assert division_chain_end("安徽省阜阳市颖州区清河路1号") == len("安徽省阜阳市")  # 颖州区 is no division
    assert division_chain_end("黄山路83号") == 0


def test_only_a_reading_that_names_no_real_division_is_settled():
    assert misread_opening("安徽省阜阳市颖州区清河路1号", "安徽省阜阳市颍州区清河路1号") == 9
    assert misread_opening("庆徽省肥市蜀山区黄山路83号", "安徽省合肥市蜀山区黄山路83号") == 8
    # an opening far from the real one names another place, however it was read
    assert misread_opening("北京朝阳蜀山区黄山路83号", "安徽省合肥市蜀山区黄山路83号") is None
    # both name real divisions: a different district, not a misreading
    assert misread_opening("安徽省合肥市庐阳区黄山路83号", "安徽省合肥市蜀山区黄山路83号") is None
    # the difference lies after the divisions
    assert misread_opening("安徽省合肥市蜀山区黄山路88号", "安徽省合肥市蜀山区黄山路83号") is None
    # a reading that lost its province and city still opens with a real district: left as a doubt
    assert misread_opening("颍州区清河路231号", "安徽省阜阳市颍州区清河路231号") is None


def test_a_doubtful_division_is_the_same_address():
    assert compare_addresses(fv("安徽省阜阳市颖州区清河路1号"), fv("安徽省阜阳市颍州区清河路1号")).outcome == "same"
    assert compare_addresses(doubtful("庆徽省合肥市蜀山区黄山路83号", 0), fv("安徽省合肥市蜀山区黄山路83号")).outcome == "same"


def test_a_sure_reading_of_a_wrong_division_stays_a_difference():
    # 河北省郑州市 names no real chain, but it was read surely: a clerical error on the page, not a misreading
    assert compare_addresses(fv("河北省郑州市金水区经三路1号"), fv("河南省郑州市金水区经三路1号")).outcome == "different"
    # the doubt lies on the side that names real divisions: nothing to settle
    assert compare_addresses(fv("河北省郑州市金水区经三路1号"), doubtful("河南省郑州市金水区经三路1号", 1)).outcome == "doubtful"
    # a doubtful house number is still a doubt
    assert compare_addresses(fv("安徽省合肥市蜀山区黄山路83号"), doubtful("安徽省合肥市蜀山区黄山路88号", 13)).outcome == "doubtful"
