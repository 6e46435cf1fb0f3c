"""Identity numbers (GB 11643, GB 32100 / GB 11714) and pools of invented data."""
import datetime as dt

W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C11643 = "10X98765432"


def id_check_char(body17):
    return C11643[sum(int(c) * w for c, w in zip(body17, W11643)) % 11]


def id_valid(s):
    if not isinstance(s, str) or len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check_char(s[:17]) == s[17].upper()


def make_id(area, birth, rng, sex):
    seq = rng.randint(0, 99)
    g = rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
    body = "%s%s%02d%d" % (area, birth.strftime("%Y%m%d"), seq, g)
    return body + id_check_char(body)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc_valid(s):
    if not isinstance(s, str) or len(s) != 18 or any(c not in USCC_CHARS for c in s):
        return False
    tot = sum(USCC_CHARS.index(c) * w for c, w in zip(s[:17], USCC_W))
    return USCC_CHARS[(31 - tot % 31) % 31] == s[17]


def make_uscc(area, rng):
    letters = "ABCDEFGHJKLMNPQRTUWXY0123456789"
    for _ in range(100):
        body8 = "MA1" + "".join(rng.choice(letters) for _ in range(5))
        v = 11 - sum(_orgval(c) * w for c, w in zip(body8, ORG_W)) % 11
        c9 = "X" if v == 10 else ("0" if v == 11 else str(v))
        s17 = "91" + area + body8 + c9
        tot = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
        s = s17 + USCC_CHARS[(31 - tot % 31) % 31]
        if uscc_valid(s):
            return s
    raise RuntimeError("uscc")


# real area codes -> (province, city, district, kind)
AREAS = [
    ("130102", "河北省", "石家庄市", "长安区"), ("320102", "江苏省", "南京市", "玄武区"),
    ("320582", "江苏省", "苏州市", "张家港市"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("340104", "安徽省", "合肥市", "蜀山区"), ("350102", "福建省", "福州市", "鼓楼区"),
    ("360102", "江西省", "南昌市", "东湖区"), ("370202", "山东省", "青岛市", "市南区"),
    ("410105", "河南省", "郑州市", "金水区"), ("420106", "湖北省", "武汉市", "武昌区"),
    ("430104", "湖南省", "长沙市", "岳麓区"), ("440305", "广东省", "深圳市", "南山区"),
    ("510104", "四川省", "成都市", "锦江区"), ("610113", "陕西省", "西安市", "雁塔区"),
    ("210102", "辽宁省", "沈阳市", "和平区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"),
    ("340102", "安徽省", "合肥市", "瑶海区"), ("411302", "河南省", "南阳市", "宛城区"),
    ("320981", "江苏省", "盐城市", "东台市"), ("362201", "江西省", "宜春市", "袁州区"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区"), ("530102", "云南省", "昆明市", "五华区"),
]
SH_DISTRICTS = [("310101", "黄浦区"), ("310104", "徐汇区"), ("310105", "长宁区"), ("310106", "静安区"),
                ("310107", "普陀区"), ("310109", "虹口区"), ("310110", "杨浦区"), ("310112", "闵行区"),
                ("310113", "宝山区"), ("310114", "嘉定区"), ("310115", "浦东新区"), ("310117", "松江区"),
                ("310118", "青浦区"), ("310120", "奉贤区")]

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢钟汪"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍鹏辉红玲丹宇浩凯健俊帆欣悦佳琪雪梅晨阳婷思雨博文子涵一诺梓轩若溪嘉怡梦瑶志远天佑振宇海燕晓东"
ROAD_A = "丰和源嘉庆安康宁泰兴裕瑞德明福新华荣昌顺祥永鸿锦盛云翠松柏枫桐"
ROAD_B = ["路", "路", "街", "大道", "路"]
TOWNS_A = "柳杨桥河塘湾店集坪岗"
ETHNIC = ["汉"] * 12 + ["回", "满", "壮", "土家"]
BRANDS = ["浦江", "华腾", "申联", "沪信", "汇川", "东煦", "启明", "谦和", "卓越", "骏程", "瀚海", "辰宇",
          "铭泰", "锐思", "新澜", "宏图", "睿博", "恒际", "嘉禾", "万象"]
INDUSTRY = ["信息技术", "网络科技", "电子商务", "医疗器械", "建筑工程", "物流", "餐饮管理", "文化传播",
            "智能科技", "生物医药", "商务咨询", "贸易", "精密机械", "广告"]
SCHOOLS = [("浙江工业大学", "杭州"), ("江西财经大学", "南昌"), ("河南大学", "开封"), ("南京工业大学", "南京"),
           ("湖南师范大学", "长沙"), ("西南交通大学", "成都"), ("山东科技大学", "青岛"), ("安徽理工大学", "淮南"),
           ("东北林业大学", "哈尔滨"), ("福州大学", "福州"), ("上海应用技术大学", "上海"), ("华东理工大学", "上海")]
COLLEGES = ["上海电子信息职业技术学院", "江苏经贸职业技术学院", "河南工业职业技术学院", "湖南铁道职业技术学院"]
MAJORS = [("计算机科学与技术", "工学"), ("机械设计制造及其自动化", "工学"), ("会计学", "管理学"),
          ("国际经济与贸易", "经济学"), ("汉语言文学", "文学"), ("土木工程", "工学"), ("市场营销", "管理学"),
          ("电子信息工程", "工学"), ("药学", "理学"), ("法学", "法学")]


def rand_name(rng, surname=None):
    s = surname or rng.choice(SURNAMES)
    n = rng.choice([1, 2, 2, 2])
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def rand_road(rng):
    return rng.choice(ROAD_A) + rng.choice(ROAD_A) + rng.choice(ROAD_B)


def hukou_address(rng, area):
    _, prov, city, dist = area
    if rng.random() < 0.35:
        town = rng.choice(ROAD_A) + rng.choice(TOWNS_A) + "镇"
        vil = rng.choice(ROAD_A) + rng.choice(ROAD_A) + "村"
        return "%s%s%s%s%s%d组%d号" % (prov, city, dist, town, vil, rng.randint(1, 12), rng.randint(1, 120))
    return "%s%s%s%s%d号%d幢%d室" % (prov, city, dist, rand_road(rng), rng.randint(1, 999),
                                 rng.randint(1, 30), rng.randint(101, 2604))


def sh_address(rng):
    _, d = rng.choice(SH_DISTRICTS)
    return "上海市%s%s%d弄%d号%d室" % (d, rand_road(rng), rng.randint(10, 999), rng.randint(1, 60),
                                  rng.randint(101, 2203))


def company(rng, kind="plain"):
    code, _ = rng.choice(SH_DISTRICTS)
    b = rng.choice(BRANDS)
    ind = rng.choice(INDUSTRY)
    if kind == "group":
        name = "上海%s(集团)有限公司" % b
    elif kind == "branch":
        name = "%s%s%s有限公司上海分公司" % (rng.choice(["苏州", "杭州", "无锡"]), b, ind)
    elif kind == "agency":
        name = "上海%s人力资源有限公司" % b
    elif kind == "bracket_city":
        name = "%s%s(上海)有限公司" % (b, ind)
    else:
        name = "上海%s%s有限公司" % (b, ind)
    return {"name": name, "uscc": make_uscc(code, rng)}
