"""China's province-level divisions by their full names, as a 户籍 address begins with one (or with a city)."""

MUNICIPALITIES = ("北京市", "天津市", "上海市", "重庆市")
# Provinces and autonomous regions.
PROVINCES = ("河北省", "山西省", "辽宁省", "吉林省", "黑龙江省", "江苏省", "浙江省", "安徽省", "福建省", "江西省", "山东省",
             "河南省", "湖北省", "湖南省", "广东省", "海南省", "四川省", "贵州省", "云南省", "陕西省", "甘肃省", "青海省",
             "台湾省", "内蒙古自治区", "广西壮族自治区", "西藏自治区", "宁夏回族自治区", "新疆维吾尔自治区")
SPECIAL_REGIONS = ("香港特别行政区", "澳门特别行政区")
PROVINCE_LEVEL = MUNICIPALITIES + PROVINCES + SPECIAL_REGIONS
# The prefecture-level divisions of the provinces whose names end alike (山西 陕西 江西, 浙江 黑龙江, 河南 湖南 海南 云南,
# 河北 湖北, 山东 广东), as an address names them after its province (without 市 or 州, so 湘西 and 红河 match too):
# the city tells which province an address that lost its first characters (西省西安市…) opened with.
_PREFECTURE_NAMES = {
    "山西省": "太原 大同 阳泉 长治 晋城 朔州 晋中 运城 忻州 临汾 吕梁",
    "陕西省": "西安 铜川 宝鸡 咸阳 渭南 延安 汉中 榆林 安康 商洛",
    "江西省": "南昌 景德镇 萍乡 九江 新余 鹰潭 赣州 吉安 宜春 抚州 上饶",
    "浙江省": "杭州 宁波 温州 嘉兴 湖州 绍兴 金华 衢州 舟山 台州 丽水",
    "黑龙江省": "哈尔滨 齐齐哈尔 鸡西 鹤岗 双鸭山 大庆 伊春 佳木斯 七台河 牡丹江 黑河 绥化 大兴安岭",
    "河南省": "郑州 开封 洛阳 平顶山 安阳 鹤壁 新乡 焦作 濮阳 许昌 漯河 三门峡 南阳 商丘 信阳 周口 驻马店 济源",
    "湖南省": "长沙 株洲 湘潭 衡阳 邵阳 岳阳 常德 张家界 益阳 郴州 永州 怀化 娄底 湘西",
    "海南省": "海口 三亚 三沙 儋州 琼海 文昌 万宁 五指山 东方",
    "云南省": "昆明 曲靖 玉溪 保山 昭通 丽江 普洱 临沧 楚雄 红河 文山 西双版纳 大理 德宏 怒江 迪庆",
    "河北省": "石家庄 唐山 秦皇岛 邯郸 邢台 保定 张家口 承德 沧州 廊坊 衡水",
    "湖北省": "武汉 黄石 十堰 宜昌 襄阳 鄂州 荆门 孝感 荆州 黄冈 咸宁 随州 恩施 仙桃 潜江 天门 神农架",
    "山东省": "济南 青岛 淄博 枣庄 东营 烟台 潍坊 济宁 泰安 威海 日照 临沂 德州 聊城 滨州 菏泽",
    "广东省": "广州 韶关 深圳 珠海 汕头 佛山 江门 湛江 茂名 肇庆 惠州 梅州 汕尾 河源 阳江 清远 东莞 中山 潮州 揭阳 云浮",
}
PREFECTURES = {province: tuple(cities.split()) for province, cities in _PREFECTURE_NAMES.items()}


def lost_heads(text: str, names: tuple[str, ...] = PROVINCE_LEVEL) -> set[str]:
    """Where the text opens with the end of one of `names` but not with a whole province-level name (徽省合肥市…,
    西壮族自治区…), the beginnings it lost (安, 广): under a seal, at the fold, at the crop. Empty otherwise."""
    if any(text.startswith(name) for name in PROVINCE_LEVEL):
        return set()
    return {name[:cut] for name in names for cut in range(1, len(name) - 1) if text.startswith(name[cut:])}


def lost_province_head(text: str) -> str | None:
    """The characters a province's name lost at the text's start (徽省合肥市… → 安): the one province whose name ends
    so, or, where several do (西省…: 山西, 陕西, 江西), the one of them holding the city named next (西省西安市… → 陕).
    None when no province, or more than one, fits."""
    if any(text.startswith(name) for name in PROVINCE_LEVEL):
        return None
    fits = [(name, cut) for name in PROVINCES for cut in range(1, len(name) - 1) if text.startswith(name[cut:])]
    if len(fits) > 1:
        fits = [(name, cut) for name, cut in fits if text[len(name) - cut:].startswith(PREFECTURES.get(name, ()))]
    return fits[0][0][:fits[0][1]] if len(fits) == 1 else None


def starts_with_a_provinces_tail(text: str) -> bool:
    return bool(lost_heads(text))
