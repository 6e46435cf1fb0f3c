"""China's province-level divisions by their full names, as a 户籍 address begins with one (or with a city)."""

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# Provinces and autonomous regions.
PROVINCES = ("河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
             "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
             "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
SPECIAL_REGIONS = ("香港特别行政区", "澳门特别行政区")
PROVINCE_LEVEL = MUNICIPALITIES + PROVINCES + SPECIAL_REGIONS


def lost_heads(text: str, names: tuple[str, ...] = PROVINCE_LEVEL) -> set[str]:
    """Where the text opens with the end of one of `names` but not with a whole province-level name (徽省合肥市…,
    西壮族自治区…), the beginnings it lost (安, 广): under a seal, at the fold, at the crop. Empty otherwise."""
    if any(text.startswith(name) for name in PROVINCE_LEVEL):
        return set()
    return {name[:cut] for name in names for cut in range(1, len(name) - 1) if text.startswith(name[cut:])}


def starts_with_a_provinces_tail(text: str) -> bool:
    return bool(lost_heads(text))
