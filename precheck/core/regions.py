"""China's province-level divisions by their full names, as a 户籍 address begins with one (or with a city)."""

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# Provinces and autonomous regions.
PROVINCES = ("河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
             "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
             "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
SPECIAL_REGIONS = ("香港特别行政区", "澳门特别行政区")
PROVINCE_LEVEL = MUNICIPALITIES + PROVINCES + SPECIAL_REGIONS


def starts_with_a_provinces_tail(text: str) -> bool:
    """The text opens with the end of a province's name but not with a whole one (徽省合肥市…, 西壮族自治区…): its first
    characters were lost (under a seal, at the fold, at the crop)."""
    if any(text.startswith(name) for name in PROVINCE_LEVEL):
        return False
    return any(text.startswith(name[cut:]) for name in PROVINCE_LEVEL for cut in range(1, len(name) - 1))
