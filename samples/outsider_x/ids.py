"""Synthetic identities: GB 11643 ID numbers, GB 32100 credit codes, names,
addresses, companies, schools. Everything here is invented."""
from __future__ import annotations

import datetime as dt
import random

# ---------------------------------------------------------------- GB 11643
W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C11643 = "10X98765432"


def id_check(body17: str) -> str:
    return C11643[sum(int(c) * w for c, w in zip(body17, W11643)) % 11]


def id_valid(idn: str) -> bool:
    if len(idn) != 18 or not idn[:17].isdigit():
        return False
    try:
        dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return id_check(idn[:17]) == idn[17].upper()


def make_id(area: int, birth: dt.date, male: bool, rng: random.Random) -> str:
    seq = rng.randrange(0, 100) * 10 + rng.randrange(0, 10)
    seq = seq - seq % 2 + (1 if male else 0)
    body = f"{area:06d}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def typo_id(idn: str, rng: random.Random) -> str:
    """Change one digit of the body (not the check digit) so the check fails."""
    for _ in range(200):
        pos = rng.choice([2, 3, 4, 5, 14, 15, 16, 8, 9])
        c = idn[pos]
        d = str((int(c) + rng.choice([1, 2, 3, 7, 8, 9])) % 10)
        new = idn[:pos] + d + idn[pos + 1:]
        if not id_valid(new):
            return new
    raise RuntimeError("no typo")


# ---------------------------------------------------------------- GB 32100
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8: str) -> str:
    s = sum(_org_val(c) * w for c, w in zip(body8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else "0" if c == 11 else str(c)


def uscc_check(body17: str) -> str:
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    if org_check(code[8:16]) != code[16]:
        return False
    return uscc_check(code[:17]) == code[17]


def make_uscc(area: int, rng: random.Random) -> str:
    while True:
        if rng.random() < 0.6:
            body8 = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            body8 = "".join(rng.choice("0123456789") for _ in range(8))
        oc = org_check(body8)
        if oc not in USCC_CHARS:
            continue
        body = f"91{area:06d}{body8}{oc}"
        return body + uscc_check(body)


# ---------------------------------------------------------------- regions
# (code, province, prefecture, county, rural?)
REGIONS = [
    (130102, "河北省", "石家庄市", "长安区", False),
    (130602, "河北省", "保定市", "新市区", False),
    (130634, "河北省", "保定市", "曲阳县", True),
    (320106, "江苏省", "南京市", "鼓楼区", False),
    (320583, "江苏省", "苏州市", "昆山市", False),
    (320311, "江苏省", "徐州市", "泉山区", False),
    (321002, "江苏省", "扬州市", "广陵区", False),
    (330106, "浙江省", "杭州市", "西湖区", False),
    (330782, "浙江省", "金华市", "义乌市", False),
    (340104, "安徽省", "合肥市", "蜀山区", False),
    (341202, "安徽省", "阜阳市", "颍州区", False),
    (341221, "安徽省", "阜阳市", "临泉县", True),
    (350203, "福建省", "厦门市", "思明区", False),
    (360102, "江西省", "南昌市", "东湖区", False),
    (360424, "江西省", "九江市", "修水县", True),
    (370202, "山东省", "青岛市", "市南区", False),
    (370883, "山东省", "济宁市", "邹城市", False),
    (371321, "山东省", "临沂市", "沂南县", True),
    (410105, "河南省", "郑州市", "金水区", False),
    (411502, "河南省", "信阳市", "浉河区", False),
    (411521, "河南省", "信阳市", "罗山县", True),
    (420106, "湖北省", "武汉市", "武昌区", False),
    (421002, "湖北省", "荆州市", "沙市区", False),
    (421122, "湖北省", "黄冈市", "红安县", True),
    (430104, "湖南省", "长沙市", "岳麓区", False),
    (430621, "湖南省", "岳阳市", "岳阳县", True),
    (431002, "湖南省", "郴州市", "北湖区", False),
    (440106, "广东省", "广州市", "天河区", False),
    (450103, "广西壮族自治区", "南宁市", "青秀区", False),
    (500105, "重庆市", "", "江北区", False),
    (510107, "四川省", "成都市", "武侯区", False),
    (511302, "四川省", "南充市", "顺庆区", False),
    (511321, "四川省", "南充市", "南部县", True),
    (520102, "贵州省", "贵阳市", "南明区", False),
    (530102, "云南省", "昆明市", "五华区", False),
    (610113, "陕西省", "西安市", "雁塔区", False),
    (610323, "陕西省", "宝鸡市", "岐山县", True),
    (620102, "甘肃省", "兰州市", "城关区", False),
    (210102, "辽宁省", "沈阳市", "和平区", False),
    (230103, "黑龙江省", "哈尔滨市", "南岗区", False),
    (140105, "山西省", "太原市", "小店区", False),
]

SH_DISTRICTS = [(310115, "浦东新区"), (310104, "徐汇区"), (310105, "长宁区"), (310106, "静安区"),
                (310107, "普陀区"), (310109, "虹口区"), (310110, "杨浦区"), (310112, "闵行区"),
                (310113, "宝山区"), (310114, "嘉定区"), (310117, "松江区"), (310118, "青浦区"),
                (310120, "奉贤区"), (310101, "黄浦区")]

ROADS = ["长江路", "解放路", "人民路", "建设路", "中山路", "和平路", "文化路", "新华路", "胜利路",
         "光明路", "朝阳路", "青年路", "北京路", "工农路", "团结路", "育才路", "复兴路", "民主路",
         "东风路", "幸福路", "花园路", "滨河路", "振兴路", "友谊路", "红旗路", "南湖路"]
SH_ROADS = ["锦绣路", "真北路", "张杨路", "漕溪北路", "虹梅路", "长寿路", "曹杨路", "四平路",
            "莘庄路", "共和新路", "江杨南路", "沪太路", "嘉定新城路", "沪亭北路", "华浩路",
            "浦星公路", "龙华西路", "中山北路", "宜山路", "延长路", "广中路", "控江路", "金沙江路",
            "古美路", "七莘路", "外青松公路", "南桥路", "定边路", "松卫北路", "新松江路"]
TOWNS = ["城关镇", "城郊乡", "新集镇", "李庄镇", "河口镇", "马桥镇", "石桥镇", "白云乡", "王岗镇", "黄土岭乡"]
VILLAGES = ["东风村", "前进村", "王庄村", "刘楼村", "张湾村", "新华村", "大李村", "杨树村", "小河村", "高岭村"]
COMMUNITIES = ["小区", "花园", "新村", "家园", "苑", "公寓"]
COMM_WORDS = ["幸福", "阳光", "锦华", "金桂", "翠竹", "丽景", "书香", "和谐", "滨江", "康桥", "梧桐", "春晖"]

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN_M = list("伟强磊军洋勇杰涛明超辉刚平鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林峰建志斌坤博文晨翔锋然")
GIVEN_F = list("芳娜敏静丽艳娟霞秀玲桂英燕婷雪琳晶颖倩欣洁怡佳慧璐瑶萍红月婧雯蕾璇蓉媛甜薇馨")
GIVEN_ANY = list("子梓嘉晓思佳雨一诗语可欣俊宇若晨奕天心书家浩明")

# homophone / near substitutions (same or nearly same reading)
HOMOPHONES = {
    "伟": "玮", "强": "蔷", "磊": "垒", "军": "君", "洋": "阳", "勇": "永", "杰": "捷", "涛": "韬",
    "明": "铭", "超": "朝", "辉": "晖", "刚": "钢", "平": "萍", "鹏": "朋", "华": "桦", "飞": "菲",
    "鑫": "欣", "波": "博", "宇": "雨", "浩": "皓", "凯": "恺", "健": "建", "俊": "峻", "帆": "凡",
    "旭": "序", "宁": "凝", "龙": "隆", "林": "琳", "峰": "锋", "建": "健", "志": "智", "斌": "彬",
    "坤": "昆", "博": "波", "文": "雯", "晨": "辰", "翔": "祥", "锋": "峰", "然": "冉",
    "芳": "方", "娜": "纳", "敏": "闽", "静": "婧", "丽": "莉", "艳": "燕", "娟": "鹃", "霞": "侠",
    "秀": "琇", "玲": "琳", "桂": "贵", "英": "瑛", "燕": "艳", "婷": "亭", "雪": "学", "琳": "玲",
    "晶": "静", "颖": "影", "倩": "茜", "欣": "馨", "洁": "杰", "怡": "宜", "佳": "家", "慧": "惠",
    "璐": "露", "瑶": "遥", "萍": "平", "红": "虹", "月": "悦", "婧": "静", "雯": "文", "蕾": "磊",
    "璇": "旋", "蓉": "容", "媛": "元", "甜": "田", "薇": "微", "馨": "欣",
    "子": "梓", "梓": "子", "嘉": "佳", "晓": "小", "思": "斯", "雨": "宇", "一": "依", "诗": "时",
    "语": "雨", "可": "珂", "若": "如", "奕": "亦", "天": "添", "心": "欣", "书": "淑", "家": "嘉",
}
ONE_CHAR = {"伟": "炜", "明": "朋", "军": "车", "玲": "铃", "静": "净", "华": "平", "丽": "丰",
            "建": "健", "国": "图", "晓": "晚", "鹏": "鸭", "博": "搏", "俊": "竣", "婷": "停"}

ETHNICITIES = ["汉"] * 14 + ["回", "满", "壮", "土家", "苗", "蒙古"]

EMPLOYER_WORDS = ["浦江", "华腾", "申联", "东方启明", "金桥", "汇智", "新沪", "星汉", "澜舟", "卓越",
                  "宏信", "嘉禾", "远景", "凌云", "恒瑞", "博川", "海派", "云帆", "鼎泰", "盛世",
                  "锦程", "同创", "兆丰", "瀚海", "臻品", "驰远", "青藤", "合生", "立信", "安途"]
INDUSTRY = ["信息技术", "网络科技", "电子商务", "生物医药", "工程技术", "供应链管理", "文化传媒",
            "智能设备", "物流", "贸易", "环保科技", "建筑设计", "软件", "数据科技", "医疗器械",
            "新能源科技", "餐饮管理", "教育科技", "精密机械", "化工"]
AGENCY = ["上海{w}人力资源有限公司", "上海{w}人才服务有限公司", "上海{w}企业管理咨询有限公司",
          "上海{w}劳务派遣有限公司", "{w}人力资源服务(上海)有限公司"]

SCHOOLS = ["浙江工业大学", "江西财经大学", "南京邮电大学", "安徽大学", "河南工业大学", "湖南师范大学",
           "西南交通大学", "华东理工大学", "上海大学", "山东科技大学", "武汉科技大学", "长沙理工大学",
           "福州大学", "苏州科技大学", "合肥工业大学", "东华大学", "上海理工大学", "扬州大学",
           "兰州交通大学", "重庆邮电大学", "西安石油大学", "哈尔滨理工大学"]
COLLEGES = ["上海电子信息职业技术学院", "江苏经贸职业技术学院", "河南职业技术学院", "安徽商贸职业技术学院",
            "湖南工业职业技术学院", "上海城建职业学院", "浙江机电职业技术学院", "四川交通职业技术学院"]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("机械设计制造及其自动化", "工学"),
          ("电子信息工程", "工学"), ("土木工程", "工学"), ("会计学", "管理学"), ("工商管理", "管理学"),
          ("市场营销", "管理学"), ("国际经济与贸易", "经济学"), ("金融学", "经济学"), ("汉语言文学", "文学"),
          ("英语", "文学"), ("法学", "法学"), ("化学工程与工艺", "工学"), ("通信工程", "工学"),
          ("统计学", "理学"), ("药学", "理学"), ("物流管理", "管理学")]
MAJORS_ZK = ["计算机应用技术", "会计", "电子商务", "机电一体化技术", "物流管理", "建筑工程技术", "数控技术"]


def pick_name(rng: random.Random, male: bool, surname: str | None = None) -> str:
    s = surname or rng.choice(SURNAMES)
    pool = GIVEN_M if male else GIVEN_F
    if rng.random() < 0.35:
        g = rng.choice(pool)
    else:
        g = rng.choice(GIVEN_ANY + pool) + rng.choice(pool)
        if g[0] == g[1]:
            g = g[0] + rng.choice(pool)
    return s + g


def homophone_variant(name: str, rng: random.Random) -> str:
    idx = [i for i in range(1, len(name)) if name[i] in HOMOPHONES and HOMOPHONES[name[i]] != name[i]]
    if not idx:
        raise ValueError(name)
    i = rng.choice(idx)
    return name[:i] + HOMOPHONES[name[i]] + name[i + 1:]


def one_char_variant(name: str, rng: random.Random) -> str:
    idx = [i for i in range(1, len(name)) if name[i] in ONE_CHAR]
    if idx:
        i = rng.choice(idx)
        return name[:i] + ONE_CHAR[name[i]] + name[i + 1:]
    i = len(name) - 1
    pool = [c for c in GIVEN_M + GIVEN_F if c != name[i] and HOMOPHONES.get(name[i]) != c]
    return name[:i] + rng.choice(pool) + name[i + 1:]


def hukou_address(rng: random.Random, reg) -> dict:
    code, prov, pref, county, rural = reg
    head = prov + pref + county if pref else prov + county
    if rural:
        tail = f"{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 120)}号"
        parts = dict(head=head, town=tail)
    else:
        style = rng.random()
        road = rng.choice(ROADS)
        if style < 0.4:
            tail = f"{road}{rng.randint(1, 600)}号{rng.randint(1, 30)}幢{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
        elif style < 0.7:
            tail = f"{road}{rng.randint(1, 300)}号{rng.choice(COMM_WORDS)}{rng.choice(COMMUNITIES)}{rng.randint(1, 20)}栋{rng.randint(1, 3)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"
        else:
            tail = f"{road}{rng.randint(1, 300)}弄{rng.randint(1, 80)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
        parts = dict(head=head, town=tail)
    return {"full": parts["head"] + parts["town"], "head": parts["head"], "tail": parts["town"],
            "prov": prov, "pref": pref, "county": county}


def shanghai_address(rng: random.Random) -> str:
    code, dist = rng.choice(SH_DISTRICTS)
    road = rng.choice(SH_ROADS)
    if rng.random() < 0.75:
        return f"上海市{dist}{road}{rng.randint(10, 1999)}弄{rng.randint(1, 99)}号{rng.randint(1, 25)}{rng.randint(1, 4):02d}室"
    return f"上海市{dist}{road}{rng.randint(10, 999)}号{rng.randint(1, 30)}{rng.randint(1, 12):02d}室"


def company(rng: random.Random, used: set) -> dict:
    while True:
        w = rng.choice(EMPLOYER_WORDS)
        ind = rng.choice(INDUSTRY)
        form = rng.random()
        if form < 0.55:
            name = f"上海{w}{ind}有限公司"
        elif form < 0.7:
            name = f"上海{w}{ind}股份有限公司"
        elif form < 0.82:
            name = f"{w}{ind}(上海)有限公司"
        elif form < 0.92:
            name = f"上海{w}(集团)有限公司"
        else:
            name = f"{w}{ind}有限公司上海分公司"
        if name not in used:
            used.add(name)
            area = rng.choice(SH_DISTRICTS)[0]
            return {"name": name, "word": w, "ind": ind, "uscc": make_uscc(area, rng),
                    "address": shanghai_address(rng), "rep": pick_name(rng, rng.random() < 0.6)}


def agency(rng: random.Random, used: set) -> dict:
    while True:
        w = rng.choice(EMPLOYER_WORDS)
        name = rng.choice(AGENCY).format(w=w)
        if name not in used:
            used.add(name)
            area = rng.choice(SH_DISTRICTS)[0]
            return {"name": name, "word": w, "ind": "人力资源", "uscc": make_uscc(area, rng),
                    "address": shanghai_address(rng), "rep": pick_name(rng, True)}
