"""Synthetic applicants: names, GB 11643 ID numbers, home-province 户籍 addresses, Shanghai homes, employers with
GB 32100 统一社会信用代码, schools. Every name is made up from parts; no real person or company is meant."""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Optional

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN_M = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋峰晨阳昊睿博文哲然轩瑞泽宏亮志成建国永春海"
GIVEN_F = "芳娜敏静丽艳娟霞秀燕玲丹萍红玉兰琳雪莉婷慧颖倩晶欣怡佳悦琪璐瑶梦雯思嘉洁蕾露薇月彤诗涵"
# homophone or look-alike swaps for a misspelt name
LOOKALIKE = {"伟": "玮", "强": "蔷", "磊": "垒", "军": "君", "杰": "洁", "涛": "韬", "斌": "彬", "明": "铭", "刚": "钢",
             "辉": "晖", "鹏": "朋", "华": "桦", "飞": "菲", "波": "博", "宇": "雨", "浩": "皓", "俊": "骏", "帆": "凡",
             "旭": "煦", "宁": "凝", "龙": "隆", "林": "琳", "洋": "扬", "峰": "锋", "晨": "辰", "阳": "扬", "芳": "方",
             "娜": "那", "敏": "民", "静": "婧", "丽": "莉", "艳": "燕", "娟": "鹃", "霞": "侠", "燕": "艳", "玲": "铃",
             "丹": "单", "萍": "平", "红": "虹", "玉": "钰", "兰": "岚", "琳": "林", "雪": "雯", "莉": "丽", "婷": "亭",
             "慧": "惠", "颖": "莹", "倩": "茜", "晶": "菁", "欣": "昕", "怡": "宜", "佳": "嘉", "悦": "越", "琪": "淇",
             "瑶": "遥", "梦": "蒙", "思": "斯", "嘉": "佳", "洁": "杰", "蕾": "磊", "露": "璐", "薇": "微", "月": "悦",
             "彤": "桐", "涵": "含", "王": "汪", "李": "黎", "张": "章", "陈": "程", "杨": "阳", "黄": "王", "徐": "许",
             "许": "徐", "周": "邹", "吴": "武", "胡": "扈", "林": "凌", "何": "贺", "江": "姜", "姜": "江", "钟": "仲"}

# 6-digit area codes with their names (used for the ID number prefix and the 户籍 address)
AREAS = [
    ("340104", "安徽省", "合肥市", "蜀山区", "合肥市公安局蜀山分局", "city"),
    ("341221", "安徽省", "阜阳市", "临泉县", "临泉县公安局", "county"),
    ("340302", "安徽省", "蚌埠市", "龙子湖区", "蚌埠市公安局龙子湖分局", "city"),
    ("320902", "江苏省", "盐城市", "亭湖区", "盐城市公安局亭湖分局", "city"),
    ("320924", "江苏省", "盐城市", "射阳县", "射阳县公安局", "county"),
    ("321302", "江苏省", "宿迁市", "宿城区", "宿迁市公安局宿城分局", "city"),
    ("330302", "浙江省", "温州市", "鹿城区", "温州市公安局鹿城分局", "city"),
    ("410105", "河南省", "郑州市", "金水区", "郑州市公安局金水分局", "city"),
    ("411628", "河南省", "周口市", "鹿邑县", "鹿邑县公安局", "county"),
    ("411302", "河南省", "南阳市", "宛城区", "南阳市公安局宛城分局", "city"),
    ("420111", "湖北省", "武汉市", "洪山区", "武汉市公安局洪山区分局", "city"),
    ("421102", "湖北省", "黄冈市", "黄州区", "黄冈市公安局黄州分局", "city"),
    ("430104", "湖南省", "长沙市", "岳麓区", "长沙市公安局岳麓分局", "city"),
    ("360102", "江西省", "南昌市", "东湖区", "南昌市公安局东湖分局", "city"),
    ("370102", "山东省", "济南市", "历下区", "济南市公安局历下区分局", "city"),
    ("510107", "四川省", "成都市", "武侯区", "成都市公安局武侯区分局", "city"),
    ("511322", "四川省", "南充市", "营山县", "营山县公安局", "county"),
    ("500103", "重庆市", "", "渝中区", "重庆市公安局渝中区分局", "city"),
    ("130102", "河北省", "石家庄市", "长安区", "石家庄市公安局长安分局", "city"),
    ("610113", "陕西省", "西安市", "雁塔区", "西安市公安局雁塔分局", "city"),
    ("350102", "福建省", "福州市", "鼓楼区", "福州市公安局鼓楼分局", "city"),
    ("362202", "江西省", "宜春市", "袁州区", "宜春市公安局袁州分局", "city"),
]
ROADS = "人民 解放 建设 中山 文化 新华 长江 黄河 和平 光明 胜利 团结 幸福 育才 望江 滨湖 翠竹 金桂 紫荆 银杏 梧桐 临江 青年 新村".split()
TOWNS = "城关 新集 老集 双桥 石桥 高庄 黄岗 王店 李楼 张集 杨湖 柳营 陈庄 白鹤 青龙 兴隆".split()
VILLAGES = "王庄 刘湾 张楼 李寨 赵岗 孙台 周圩 吴营 郑集 何湾 胡庄 高桥 林场 大柳 小黄 前进".split()

SH_DISTRICTS = [
    ("浦东新区", ["张杨路", "锦绣路", "川沙路", "沪南路", "博山东路", "杨高南路", "康桥路", "周浦镇年家浜路", "秀沿路"], "浦东"),
    ("闵行区", ["七宝镇漕宝路", "莘松路", "浦锦路", "顾戴路", "龙茗路", "都市路"], "闵行"),
    ("徐汇区", ["龙华西路", "田林路", "漕溪北路", "宜山路", "凌云路"], "徐汇"),
    ("宝山区", ["共和新路", "淞南路", "菊盛路", "友谊路", "丰翔路"], "宝山"),
    ("松江区", ["九亭镇沪亭北路", "新松江路", "谷阳北路", "泗泾镇泗宝路"], "松江"),
    ("嘉定区", ["墨玉南路", "江桥镇华江路", "城中路", "南翔镇古猗园路"], "嘉定"),
    ("普陀区", ["真北路", "武宁路", "曹杨路", "桃浦路"], "普陀"),
    ("杨浦区", ["国和路", "长阳路", "黄兴路", "殷行路"], "杨浦"),
    ("青浦区", ["徐泾镇诸光路", "华新镇华志路", "赵巷镇嘉松中路"], "青浦"),
    ("长宁区", ["天山路", "仙霞路", "金钟路"], "长宁"),
]
DISTRICT_CODES = {"浦东新区": "310115", "闵行区": "310112", "徐汇区": "310104", "宝山区": "310113", "松江区": "310117",
                  "嘉定区": "310114", "普陀区": "310107", "杨浦区": "310110", "青浦区": "310118", "长宁区": "310105"}

BRANDS = "澄鸿 汇禾 晟瑞 昱辰 瀚泽 卓骋 弘毅 驰远 睿鼎 嘉翊 铭扬 锦程 宸沐 拓源 航曜 恒裕 宏岳 聚芯 云栖 泓川 朗途 沐阳 启明 博凌 弈创 致衡 彦德 兆丰".split()
INDUSTRY = ["信息科技", "网络科技", "医疗器械", "餐饮管理", "供应链管理", "电子商务", "建筑工程", "物流", "生物科技",
            "企业管理咨询", "智能科技", "检测技术", "新材料科技", "广告传媒", "软件技术", "机电设备"]
OTHER_CITIES = ["杭州", "南京", "苏州", "北京", "深圳", "宁波", "合肥", "武汉"]
AGENCY = ["人力资源有限公司", "人力资源服务有限公司", "企业服务外包有限公司"]
SCHOOLS = [("安徽理工大学", "淮南"), ("江苏科技大学", "镇江"), ("河南工业大学", "郑州"), ("湖北经济学院", "武汉"),
           ("南昌航空大学", "南昌"), ("西南石油大学", "成都"), ("山东建筑大学", "济南"), ("湖南工商大学", "长沙"),
           ("上海应用技术大学", "上海"), ("上海电力大学", "上海"), ("浙江工商大学", "杭州"), ("福建农林大学", "福州"),
           ("河北工程大学", "邯郸"), ("西安邮电大学", "西安"), ("重庆交通大学", "重庆"), ("华东理工大学", "上海")]
DAZHUAN = [("合肥职业技术学院", "合肥"), ("上海震旦职业学院", "上海"), ("盐城工业职业技术学院", "盐城"),
           ("河南职业技术学院", "郑州")]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("电子信息工程", "工学"), ("机械设计制造及其自动化", "工学"),
          ("土木工程", "工学"), ("会计学", "管理学"), ("市场营销", "管理学"), ("工商管理", "管理学"), ("国际经济与贸易", "经济学"),
          ("金融学", "经济学"), ("英语", "文学"), ("汉语言文学", "文学"), ("药学", "理学"), ("应用化学", "理学"),
          ("数学与应用数学", "理学"), ("护理学", "理学"), ("法学", "法学")]
DAZHUAN_MAJORS = ["计算机应用技术", "会计", "电子商务", "机电一体化技术", "物流管理", "护理"]

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check(first17: str) -> str:
    return ID_CHECK[sum(int(a) * w for a, w in zip(first17, ID_WEIGHTS)) % 11]


def id_valid(number: str) -> bool:
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return id_check(number[:17]) == number[17].upper()


def make_id(area: str, birth: date, male: bool, rnd: random.Random) -> str:
    seq = rnd.randrange(0, 100) * 10 + rnd.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    first = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first + id_check(first)


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def make_uscc(area: str, rnd: random.Random) -> str:
    """A 统一社会信用代码 with a correct GB 32100 check character (organisation code part new-style, MA…)."""
    body = "91" + area + "MA" + "".join(rnd.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(7))
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CHARS[(31 - s % 31) % 31]


@dataclass
class Company:
    name: str
    credit_code: str
    address: str
    legal_rep: str
    short: str
    agency: bool = False


def make_company(rnd: random.Random, kind: str = "plain", agency: bool = False) -> Company:
    brand = rnd.choice(BRANDS)
    district, roads, _ = rnd.choice(SH_DISTRICTS)
    if agency:
        name = f"上海{brand}{rnd.choice(AGENCY)}"
    elif kind == "branch":
        name = f"{rnd.choice(OTHER_CITIES)}{brand}{rnd.choice(INDUSTRY)}有限公司上海分公司"
    elif kind == "branch_district":
        name = f"上海{brand}{rnd.choice(INDUSTRY)}有限公司{district.replace('新区', '').replace('区', '')}分公司"
    elif kind == "bracket":
        name = f"{brand}（上海）{rnd.choice(INDUSTRY)}有限公司"
    elif kind == "group":
        name = f"上海{brand}{rnd.choice(INDUSTRY)}股份有限公司"
    else:
        name = f"上海{brand}{rnd.choice(INDUSTRY)}有限公司"
    addr = f"上海市{district}{rnd.choice(roads)}{rnd.randint(10, 2999)}号{rnd.choice(['', f'{rnd.randint(1, 12)}幢', f'{rnd.randint(2, 20)}层'])}"
    rep = rnd.choice(SURNAMES) + "".join(rnd.choice(GIVEN_M + GIVEN_F) for _ in range(rnd.choice([1, 2])))
    return Company(name, make_uscc(DISTRICT_CODES[district], rnd), addr, rep, brand, agency)


@dataclass
class Person:
    name: str
    male: bool
    birth: date
    ethnicity: str
    area: tuple
    id_number: str
    hukou_address: str
    id_address: str  # as printed on the ID card (may be an older address)
    issuing_authority: str
    id_valid_from: date
    id_valid_until: Optional[date]
    residence_address: str
    native_place: str
    birthplace: str
    married: bool
    head_name: str
    relation: str
    household_number: str
    spouse_name: str = ""
    spouse_id: str = ""
    spouse_male: bool = False


def rand_date(rnd: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rnd.randint(0, max(0, (end - start).days)))


def hukou_address(area, rnd: random.Random) -> str:
    code, prov, city, county, _auth, kind = area
    head = prov + city + county if prov != "重庆市" else prov + county
    if kind == "county" and rnd.random() < 0.6:
        return f"{head}{rnd.choice(TOWNS)}镇{rnd.choice(VILLAGES)}村{rnd.choice('一二三四五六七八')}组{rnd.randint(1, 120)}号"
    if rnd.random() < 0.5:
        return f"{head}{rnd.choice(ROADS)}路{rnd.randint(1, 600)}号{rnd.randint(1, 30)}幢{rnd.randint(1, 6)}0{rnd.randint(1, 4)}室"
    return f"{head}{rnd.choice(ROADS)}{rnd.choice(['路', '街', '大道'])}{rnd.randint(1, 900)}号"


def shanghai_address(rnd: random.Random) -> str:
    district, roads, _ = rnd.choice(SH_DISTRICTS)
    road = rnd.choice(roads)
    form = rnd.random()
    if form < 0.6:
        return f"上海市{district}{road}{rnd.randint(10, 3999)}弄{rnd.randint(1, 80)}号{rnd.randint(1, 25)}0{rnd.randint(1, 4)}室"
    if form < 0.85:
        return f"上海市{district}{road}{rnd.randint(10, 3999)}号{rnd.randint(1, 20)}0{rnd.randint(1, 6)}室"
    return f"{district}{road}{rnd.randint(10, 3999)}弄{rnd.randint(1, 80)}号{rnd.randint(1, 6)}0{rnd.randint(1, 2)}室"


def given(rnd, male):
    pool = GIVEN_M if male else GIVEN_F
    return "".join(rnd.choice(pool) for _ in range(rnd.choice([1, 2, 2, 2])))


def make_person(rnd: random.Random, as_of: date) -> Person:
    male = rnd.random() < 0.55
    age = rnd.randint(24, 42)
    birth = rand_date(rnd, date(as_of.year - age - 1, as_of.month, 1) + timedelta(days=40),
                      date(as_of.year - age, as_of.month, 1) - timedelta(days=20))
    area = rnd.choice(AREAS)
    surname = rnd.choice(SURNAMES)
    name = surname + given(rnd, male)
    idn = make_id(area[0], birth, male, rnd)
    hk = hukou_address(area, rnd)
    id_addr = hk if rnd.random() < 0.75 else hukou_address(area, rnd)  # an older address on the card
    # ID card validity: 10 years under 26 at issue, else 20 years; still valid beyond as_of
    while True:
        vf = rand_date(rnd, as_of - timedelta(days=365 * 9), as_of - timedelta(days=200))
        age_at = vf.year - birth.year
        years = 10 if age_at < 26 else 20
        try:
            vu = vf.replace(year=vf.year + years)
        except ValueError:
            vu = vf.replace(year=vf.year + years, day=28)
        if vu > as_of + timedelta(days=400) and age_at >= 16:
            break
    married = age >= 27 and rnd.random() < 0.6
    is_head = rnd.random() < 0.35
    if is_head:
        head, rel = name, "户主"
    else:
        head = surname + given(rnd, True)
        rel = "子" if male else "女"
    prov, city, county = area[1], area[2], area[3]
    native = prov + (city or county)
    bp = prov + (city + county if city else county)
    p = Person(name=name, male=male, birth=birth, ethnicity=rnd.choice(["汉"] * 9 + ["回", "满", "土家"]), area=area,
               id_number=idn, hukou_address=hk, id_address=id_addr, issuing_authority=area[4], id_valid_from=vf,
               id_valid_until=vu, residence_address=shanghai_address(rnd), native_place=native, birthplace=bp,
               married=married, head_name=head, relation=rel, household_number=f"{rnd.randint(10000000, 999999999):09d}")
    if married:
        sm = not male
        sp_area = rnd.choice(AREAS)
        sp_birth = rand_date(rnd, birth - timedelta(days=1500), birth + timedelta(days=1500))
        sp_birth = min(sp_birth, as_of - timedelta(days=365 * 23))
        p.spouse_name = rnd.choice(SURNAMES) + given(rnd, sm)
        p.spouse_id = make_id(sp_area[0], sp_birth, sm, rnd)
        p.spouse_male = sm
    return p


def misspell(name: str, rnd: random.Random) -> str:
    idx = [i for i, c in enumerate(name) if c in LOOKALIKE and i > 0] or [i for i, c in enumerate(name) if c in LOOKALIKE]
    if not idx:
        return name[:-1] + ("明" if name[-1] != "明" else "铭")
    i = rnd.choice(idx)
    return name[:i] + LOOKALIKE[name[i]] + name[i + 1:]


def id_typo(number: str, rnd: random.Random, keep_valid: bool = False) -> str:
    """One digit changed (check digit then fails), or, keep_valid, a change that still passes the check."""
    for _ in range(200):
        i = rnd.choice([6, 7, 14, 15, 16, 3, 4, 5])
        d = str((int(number[i]) + rnd.randint(1, 9)) % 10)
        cand = number[:i] + d + number[i + 1:17]
        if keep_valid:
            cand = cand + id_check(cand)
        else:
            cand = cand + number[17]
        if cand != number and id_valid(cand) == keep_valid and (keep_valid or cand[:17].isdigit()):
            try:
                date(int(cand[6:10]), int(cand[10:12]), int(cand[12:14]))
            except ValueError:
                continue
            return cand
    raise RuntimeError("no typo found")


def one_char_off(address: str, rnd: random.Random) -> str:
    """The same address with one character different (a digit or a look-alike), as a clerk mistypes it."""
    swaps = {"号": "弄", "幢": "栋", "室": "号", "组": "队", "路": "道", "街": "路", "村": "庄"}
    digits = [i for i, c in enumerate(address) if c.isdigit()]
    if digits and rnd.random() < 0.6:
        i = rnd.choice(digits)
        return address[:i] + str((int(address[i]) + rnd.randint(1, 8)) % 10) + address[i + 1:]
    spots = [i for i, c in enumerate(address) if c in swaps and i > 6]
    if spots:
        i = rnd.choice(spots)
        return address[:i] + swaps[address[i]] + address[i + 1:]
    i = digits[-1]
    return address[:i] + str((int(address[i]) + 1) % 10) + address[i + 1:]
