"""Invented people, addresses, companies, schools (all synthetic)."""
import datetime as dt

from .util import make_id, make_uscc

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔汤")
# given-name characters that have a common homophone (name written with the other one)
HOMOPHONE = {
    "婷": "亭", "静": "靖", "伟": "玮", "洋": "阳", "晨": "辰", "帆": "凡", "斌": "彬",
    "昊": "浩", "莉": "丽", "杰": "洁", "骏": "俊", "琳": "林", "佳": "嘉", "晶": "菁",
    "峰": "锋", "鑫": "欣", "颖": "莹", "宇": "雨", "涛": "韬", "文": "雯", "明": "鸣",
    "慧": "惠", "磊": "蕾", "敏": "闽", "华": "桦", "立": "丽", "志": "智", "海": "凯",
    "倩": "茜", "瑶": "遥", "璐": "露", "军": "君", "彤": "桐", "怡": "宜", "睿": "瑞",
}
GIVEN = list(HOMOPHONE) + list("子梓若思雨欣可一嘉宏建国庆红梅兰春秋冬晓云天泽铭轩诗涵语")

# (province, city, district, area code of ID number, issuing authority city)
REGIONS = [
    ("河北省", "石家庄市", "长安区", "130102"), ("山东省", "青岛市", "市南区", "370202"),
    ("江苏省", "南京市", "玄武区", "320102"), ("浙江省", "杭州市", "上城区", "330102"),
    ("安徽省", "合肥市", "瑶海区", "340102"), ("江西省", "南昌市", "东湖区", "360102"),
    ("河南省", "郑州市", "中原区", "410102"), ("湖北省", "武汉市", "江岸区", "420102"),
    ("湖南省", "长沙市", "芙蓉区", "430102"), ("四川省", "成都市", "锦江区", "510104"),
    ("陕西省", "西安市", "新城区", "610102"), ("福建省", "福州市", "鼓楼区", "350102"),
    ("辽宁省", "沈阳市", "和平区", "210102"), ("吉林省", "长春市", "南关区", "220102"),
    ("黑龙江省", "哈尔滨市", "道里区", "230102"), ("山西省", "太原市", "小店区", "140105"),
    ("云南省", "昆明市", "五华区", "530102"), ("贵州省", "贵阳市", "南明区", "520102"),
    ("安徽省", "亳州市", "谯城区", "341602"), ("河南省", "南阳市", "宛城区", "411302"),
    ("江苏省", "徐州市", "鼓楼区", "320302"), ("山东省", "济南市", "历下区", "370102"),
    ("江苏省", "扬州市", "广陵区", "321002"), ("湖北省", "襄阳市", "襄城区", "420602"),
    ("甘肃省", "兰州市", "城关区", "620102"), ("重庆市", "", "渝中区", "500103"),
]
SH_DISTRICTS = [("浦东新区", "310115"), ("黄浦区", "310101"), ("徐汇区", "310104"),
                ("长宁区", "310105"), ("静安区", "310106"), ("普陀区", "310107"),
                ("虹口区", "310109"), ("杨浦区", "310110"), ("闵行区", "310112"),
                ("宝山区", "310113"), ("嘉定区", "310114"), ("金山区", "310116"),
                ("松江区", "310117"), ("青浦区", "310118"), ("奉贤区", "310120")]
ROAD_A = list("春秋云锦瑞祥和安永宁兴盛泰康丰华新福嘉德明光翠柳松枫桂榆槐")
ROAD_B = ["路", "路", "路", "街", "大道"]
TOWN = list("城关古井双河新集柳林石桥白沙高庄")
VILLAGE = ["王庄", "李家", "东风", "红星", "前进", "新河", "张湾", "杨树", "三里", "花园"]
CO_CORE = ["浦江", "华腾", "申联", "汇鑫", "启辰", "恒远", "星澜", "沪联", "东岳", "云帆",
           "瑞衡", "嘉禾", "澄明", "凌峰", "昱安", "博衍", "宏图", "霁川", "知行", "甬晟"]
CO_IND = ["信息技术", "网络科技", "电子科技", "智能装备", "生物医药", "贸易", "物流",
          "建筑设计", "文化传媒", "供应链管理", "软件", "精密机械", "环保科技", "餐饮管理"]
AGENCY_IND = ["人力资源", "企业服务", "人才服务", "外包服务"]
SCHOOLS = ["浙江工业大学", "江西财经大学", "南京邮电大学", "合肥工业大学", "郑州大学",
           "湖南大学", "西南交通大学", "长安大学", "福州大学", "辽宁大学", "山东师范大学",
           "扬州大学", "兰州理工大学", "武汉理工大学", "华东理工大学", "上海大学",
           "苏州科技大学", "安徽建筑大学", "河南财经政法大学", "云南大学"]
COLLEGES = ["上海电子信息职业技术学院", "江苏经贸职业技术学院", "安徽职业技术学院",
            "河南工业职业技术学院", "浙江机电职业技术学院", "湖南铁道职业技术学院"]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("机械设计制造及其自动化", "工学"),
          ("会计学", "管理学"), ("国际经济与贸易", "经济学"), ("电子信息工程", "工学"),
          ("汉语言文学", "文学"), ("市场营销", "管理学"), ("土木工程", "工学"),
          ("药学", "理学"), ("应用化学", "理学"), ("英语", "文学"), ("金融学", "经济学")]
COLLEGE_MAJORS = ["计算机应用技术", "会计", "物流管理", "机电一体化技术", "电子商务", "数控技术"]
TAX_OFFICES = ["国家税务总局上海市%s税务局" % n for n, _ in SH_DISTRICTS]


def pick(rng, seq):
    return seq[rng.randrange(len(seq))]


def make_name(rng, surname=None):
    s = surname or pick(rng, SURNAMES)
    n = 1 if rng.random() < 0.3 else 2
    g = "".join(pick(rng, GIVEN) for _ in range(n))
    return s + g


def homophone_of(name):
    for i in range(len(name) - 1, 0, -1):
        if name[i] in HOMOPHONE:
            return name[:i] + HOMOPHONE[name[i]] + name[i + 1:]
        inv = {v: k for k, v in HOMOPHONE.items()}
        if name[i] in inv:
            return name[:i] + inv[name[i]] + name[i + 1:]
    return None


def make_name_with_homophone(rng):
    while True:
        n = make_name(rng)
        if homophone_of(n):
            return n


def region_prefix(r):
    return r[0] + r[1] + r[2]


def hukou_address(rng, r):
    pre = region_prefix(r)
    if rng.random() < 0.55:
        road = pick(rng, ROAD_A) + pick(rng, ROAD_A) + pick(rng, ROAD_B)
        a = "%s%s%d号" % (pre, road, rng.randint(3, 499))
        if rng.random() < 0.7:
            a += "%d幢%d室" % (rng.randint(1, 30), rng.randint(1, 28) * 100 + rng.randint(1, 6))
        return a
    return "%s%s镇%s村%d组%d号" % (pre, pick(rng, TOWN), pick(rng, VILLAGE), rng.randint(1, 9),
                                 rng.randint(1, 120))


def one_char_variant(rng, addr):
    """the same address with exactly one character changed (same length)"""
    idx = [i for i, c in enumerate(addr) if c.isdigit()]
    swaps = {"幢": "栋", "村": "庄", "路": "街", "组": "队", "号": "弄", "室": "号"}
    cands = [i for i, c in enumerate(addr) if c in swaps and i > 6]
    if cands and rng.random() < 0.5:
        i = pick(rng, cands)
        return addr[:i] + swaps[addr[i]] + addr[i + 1:]
    i = pick(rng, idx)
    c = str((int(addr[i]) + rng.randint(1, 8)) % 10)
    if i == idx[0] and c == "0":
        c = "7"
    return addr[:i] + c + addr[i + 1:]


def sh_address(rng):
    dist, _ = pick(rng, SH_DISTRICTS)
    road = pick(rng, ROAD_A) + pick(rng, ROAD_A) + pick(rng, ROAD_B)
    return "上海市%s%s%d弄%d号%d室" % (dist, road, rng.randint(10, 999), rng.randint(1, 80),
                                  rng.randint(1, 25) * 100 + rng.randint(1, 4))


def company(rng, used=()):
    while True:
        core = pick(rng, CO_CORE)
        ind = pick(rng, CO_IND)
        r = rng.random()
        if r < 0.55:
            n = "上海%s%s有限公司" % (core, ind)
        elif r < 0.7:
            n = "上海%s(集团)有限公司" % core
        elif r < 0.85:
            n = "%s%s(上海)有限公司" % (core, ind)
        else:
            n = "%s%s股份有限公司上海分公司" % (core, ind)
        if n not in used:
            return n


def agency(rng):
    return "上海%s%s有限公司" % (pick(rng, CO_CORE[::-1]), pick(rng, AGENCY_IND))


def uscc(rng):
    return make_uscc(rng, pick(rng, SH_DISTRICTS)[1])


def birth_for_age(rng, age, asof):
    """a birth date giving completed age `age` at asof"""
    lo = dt.date(asof.year - age - 1, asof.month, 1) + dt.timedelta(days=40)
    hi = dt.date(asof.year - age, asof.month, 1) - dt.timedelta(days=40)
    return lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))


def person_id(rng, region, birth, male):
    seq = rng.randint(10, 499) * 2 + (1 if male else 0)
    return make_id(region[3], birth, seq)
