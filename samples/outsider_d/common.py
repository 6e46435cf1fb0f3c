"""People, places, companies, identifiers and date arithmetic for the outsider-D set."""
import datetime as dt
import random

D = dt.date

# ---------------------------------------------------------------- identifiers
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(body17):
    return ID_C[sum(int(c) * w for c, w in zip(body17, ID_W)) % 11]


def id_valid(num):
    if len(num) != 18 or not num[:17].isdigit():
        return False
    try:
        D(int(num[6:10]), int(num[10:12]), int(num[12:14]))
    except ValueError:
        return False
    return id_check(num[:17]) == num[17].upper()


def make_id(rng, region, birth, sex):
    seq = rng.randint(0, 99)
    g = rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
    body = "%s%s%02d%d" % (region, birth.strftime("%Y%m%d"), seq, g)
    return body + id_check(body)


def mistype_id(rng, num):
    """One wrong digit or two neighbours swapped: always fails the check digit."""
    while True:
        s = list(num)
        if rng.random() < 0.5:
            i = rng.choice([7, 8, 11, 13, 14, 15, 16])
            s[i] = str((int(s[i]) + rng.randint(1, 9)) % 10)
        else:
            i = rng.choice([14, 15])
            s[i], s[i + 1] = s[i + 1], s[i]
        out = "".join(s)
        if out != num and not id_valid(out):
            return out


CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def credit_code(rng, region="310115"):
    while True:
        if rng.random() < 0.6:
            body = "MA1" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
        else:
            body = "".join(rng.choice("0123456789") for _ in range(8))
        c9 = 11 - sum(_org_val(c) * w for c, w in zip(body, ORG_W)) % 11
        c9 = "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
        s17 = "91" + region + body + c9
        if any(c not in CC_CHARS for c in s17):
            continue
        chk = 31 - sum(CC_CHARS.index(c) * w for c, w in zip(s17, CC_W)) % 31
        return s17 + CC_CHARS[0 if chk == 31 else chk]


# ---------------------------------------------------------------- dates
def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    last = [31, 29 if (y % 4 == 0 and y % 100 != 0) or y % 400 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return D(y, m, min(d.day, last))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def month_add(ym, n):
    y, m = divmod(ym[0] * 12 + ym[1] - 1 + n, 12)
    return (y, m + 1)


def ym_str(ym):
    return "%04d-%02d" % ym


def age_at(birth, asof):
    return asof.year - birth.year - ((asof.month, asof.day) < (birth.month, birth.day))


def tax_window(asof):
    latest = (asof.year, asof.month)
    latest = month_add(latest, -1 if asof.day >= 15 else -2)
    return [month_add(latest, -k) for k in range(5, -1, -1)]


def month_last_day(ym):
    return add_months(D(ym[0], ym[1], 1), 1) - dt.timedelta(days=1)


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n <= 10:
        return "十" if n == 10 else CN_DIG[n]
    if n < 20:
        return "十" + CN_DIG[n - 10]
    return CN_DIG[n // 10] + "十" + ("" if n % 10 == 0 else CN_DIG[n % 10])


def cn_date(d):
    return "%s年%s月%s日" % (cn_year(d.year), cn_num(d.month), cn_num(d.day))


def rnd_date(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


# ---------------------------------------------------------------- names
SURNAMES = ("王" * 9 + "李" * 9 + "张" * 8 + "刘" * 7 + "陈" * 7 + "杨" * 4 + "黄" * 4 + "赵" * 3 + "吴" * 3 + "周" * 3
            + "徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
RARE_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "亓", "甯", "邝", "禤", "郏"]
GIVEN_M = "伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林洋坤晨亮志文博昊然睿轩子豪宏建国峰俊杰"
GIVEN_F = "芳娜敏静丽艳娟霞秀英华慧巧美玲婷雪琳颖倩晶欣怡佳悦梦雨思涵诗瑶婉晓璐莹蕾薇琪嘉丹"
RARE_GIVEN = "喆堃淼玥珺婧赟彧翀旸昇晞曌犇垚镕璟祎"
HOMOPHONE = {"伟": "玮", "静": "靜", "丽": "莉", "娟": "鹃", "明": "铭", "军": "君", "杰": "洁", "华": "桦",
             "敏": "闽", "婷": "亭", "琳": "林", "林": "琳", "红": "虹", "芳": "方", "强": "墙", "磊": "蕾",
             "涛": "韬", "斌": "彬", "超": "潮", "平": "萍", "辉": "晖", "鹏": "朋", "飞": "菲", "宇": "雨",
             "浩": "皓", "俊": "骏", "晨": "辰", "亮": "靓", "志": "智", "文": "雯", "博": "波", "嘉": "佳",
             "佳": "嘉", "怡": "仪", "悦": "越", "雪": "雷", "颖": "莹", "倩": "茜", "晶": "菁", "欣": "鑫"}


def person_name(rng, sex):
    sur = rng.choice(RARE_SURNAMES) if rng.random() < 0.06 else rng.choice(SURNAMES)
    pool = GIVEN_M if sex == "男" else GIVEN_F
    n = 1 if rng.random() < 0.3 else 2
    given = "".join(rng.choice(pool) for _ in range(n))
    if rng.random() < 0.12:
        given = given[:-1] + rng.choice(RARE_GIVEN)
    if len(sur) == 2 and len(given) == 2 and rng.random() < 0.5:
        given = given[0]
    return sur + given


def mistype_name(rng, name):
    idx = [i for i, c in enumerate(name) if c in HOMOPHONE and i > 0] or [i for i, c in enumerate(name) if c in HOMOPHONE]
    if idx:
        i = rng.choice(idx)
        return name[:i] + HOMOPHONE[name[i]] + name[i + 1:]
    return name[:-1] + ("伟" if name[-1] != "伟" else "玮")


# ---------------------------------------------------------------- places
# (region code, province+city+district as written in addresses, ID-card issuing authority, urban?)
REGIONS = [
    ("330106", "浙江省杭州市西湖区", "杭州市公安局西湖分局", True),
    ("320102", "江苏省南京市玄武区", "南京市公安局玄武分局", True),
    ("340104", "安徽省合肥市蜀山区", "合肥市公安局蜀山分局", True),
    ("410105", "河南省郑州市金水区", "郑州市公安局金水分局", True),
    ("420111", "湖北省武汉市洪山区", "武汉市公安局洪山分局", True),
    ("430104", "湖南省长沙市岳麓区", "长沙市公安局岳麓分局", True),
    ("510107", "四川省成都市武侯区", "成都市公安局武侯区分局", True),
    ("360102", "江西省南昌市东湖区", "南昌市公安局东湖分局", True),
    ("370102", "山东省济南市历下区", "济南市公安局历下区分局", True),
    ("350102", "福建省福州市鼓楼区", "福州市公安局鼓楼分局", True),
    ("230103", "黑龙江省哈尔滨市南岗区", "哈尔滨市公安局南岗分局", True),
    ("610113", "陕西省西安市雁塔区", "西安市公安局雁塔分局", True),
    ("500112", "重庆市渝北区", "重庆市公安局渝北区分局", True),
    ("450103", "广西壮族自治区南宁市青秀区", "南宁市公安局青秀分局", True),
    ("320581", "江苏省常熟市", "常熟市公安局", True),
    ("341221", "安徽省临泉县", "临泉县公安局", False),
    ("412726", "河南省郸城县", "郸城县公安局", False),
    ("362426", "江西省泰和县", "泰和县公安局", False),
    ("512021", "四川省安岳县", "安岳县公安局", False),
    ("431023", "湖南省永兴县", "永兴县公安局", False),
    ("421022", "湖北省公安县", "公安县公安局", False),
    ("372925", "山东省单县", "单县公安局", False),
    ("130582", "河北省沙河市", "沙河市公安局", False),
]
ROADS = ["人民路", "解放路", "建设路", "中山路", "文三路", "长江路", "黄河路", "和平路", "胜利路", "新华路", "学院路",
         "青年路", "光明路", "朝阳路", "幸福路", "金水路", "环城北路", "湘江中路", "五一大道", "东风路", "天府大道北段"]
TOWNS = ["城关镇", "杨桥镇", "长营乡", "马头镇", "石门镇", "汪湖镇", "白庙乡", "高庄镇", "双河镇", "龙王乡", "新集镇"]
VILLAGES = ["王庄村", "李楼村", "张集村", "前进村", "高桥村", "刘湾村", "大柳树村", "陈岗村", "东风村", "双塘村", "后营村"]
SH_DISTRICTS = [("310115", "浦东新区"), ("310112", "闵行区"), ("310104", "徐汇区"), ("310105", "长宁区"),
                ("310106", "静安区"), ("310107", "普陀区"), ("310110", "杨浦区"), ("310109", "虹口区"),
                ("310101", "黄浦区"), ("310113", "宝山区"), ("310114", "嘉定区"), ("310117", "松江区"),
                ("310118", "青浦区"), ("310120", "奉贤区")]
SH_ROADS = ["张杨路", "浦东南路", "锦绣路", "莲花路", "虹梅路", "漕溪北路", "天山路", "延安西路", "江宁路", "武宁路",
            "控江路", "四平路", "曲阳路", "中山南路", "牡丹江路", "沪太路", "博乐路", "嘉松北路", "人民北路",
            "城中路", "南桥路", "龙吴路", "宜山路", "真北路", "长宁路", "古北路", "金桥路", "川沙路", "沪闵路"]
SH_TOWNS = ["九亭镇", "泗泾镇", "江桥镇", "七宝镇", "周浦镇", "川沙新镇", "华漕镇", "南翔镇", "徐泾镇", "顾村镇"]
PCODE = "一二三四五六七八九"


def hukou_address(rng, region, collective=False):
    code, prefix, _, urban = region
    if collective:
        org = rng.choice(["人才市场集体户", "人才服务中心集体户", "公共就业和人才服务中心集体户口"])
        city = prefix.split("省")[-1]
        return "%s%s%d号" % (prefix, rng.choice(ROADS), rng.randint(1, 400)), org
    if urban or rng.random() < 0.3:
        road = rng.choice(ROADS)
        r = rng.random()
        if r < 0.4:
            s = "%s%s%d号%d幢%d室" % (prefix, road, rng.randint(1, 500), rng.randint(1, 30), rng.randint(1, 28) * 100 + rng.randint(1, 4))
        elif r < 0.7:
            s = "%s%s%d弄%d号%d室" % (prefix, road, rng.randint(1, 900), rng.randint(1, 60), rng.randint(1, 18) * 100 + rng.randint(1, 6))
        else:
            s = "%s%s%d号%d栋%d单元%d号" % (prefix, road, rng.randint(1, 300), rng.randint(1, 20), rng.randint(1, 4), rng.randint(1, 30) * 100 + rng.randint(1, 4))
        return s, None
    town = rng.choice(TOWNS)
    vil = rng.choice(VILLAGES)
    if rng.random() < 0.5:
        return "%s%s%s%s组%d号" % (prefix, town, vil, PCODE[rng.randint(0, 8)], rng.randint(1, 99)), None
    return "%s%s%s%d组" % (prefix, town, vil, rng.randint(1, 12)), None


def sh_address(rng, code_district=None):
    code, dist = code_district or rng.choice(SH_DISTRICTS)
    r = rng.random()
    if r < 0.55:
        s = "上海市%s%s%d弄%d号%d室" % (dist, rng.choice(SH_ROADS), rng.randint(1, 2000), rng.randint(1, 99), rng.randint(1, 30) * 100 + rng.randint(1, 4))
    elif r < 0.8:
        s = "上海市%s%s%s%d号%d室" % (dist, rng.choice(SH_TOWNS), rng.choice(SH_ROADS), rng.randint(1, 999), rng.randint(1, 20) * 100 + rng.randint(1, 8))
    else:
        s = "上海市%s%s%d号" % (dist, rng.choice(SH_ROADS), rng.randint(1, 1500))
    return s


def address_mutation(rng, addr):
    """A one-character (or one-number) difference a clerk makes between two printings."""
    import re
    opts = []
    for a, b in [("弄", "号"), ("幢", "栋"), ("栋", "幢"), ("室", "号"), ("组", "队"), ("号", "弄")]:
        if a in addr:
            opts.append(("swap", a, b))
    nums = list(re.finditer(r"\d+", addr))
    if nums:
        opts.append(("num",))
    if "村" in addr:
        opts.append(("drop_village",))
    op = rng.choice(opts)
    if op[0] == "swap":
        i = [k for k, c in enumerate(addr) if c == op[1]]
        k = rng.choice(i)
        return addr[:k] + op[2] + addr[k + 1:]
    if op[0] == "num":
        m = rng.choice(nums)
        v = int(m.group())
        nv = v + rng.choice([1, -1, 10]) if v > 1 else v + 1
        return addr[:m.start()] + str(nv) + addr[m.end():]
    k = addr.index("村")
    return addr[:k - 1] + addr[k:] if k > 2 else addr + "1"


# ---------------------------------------------------------------- companies
BRANDS = ["浦江", "申联", "瀚宇", "恒信", "沪通", "智联", "锦程", "华腾", "星辰", "东方明珠", "博远", "汇丰达", "中科汇智",
          "翔宇", "嘉禾", "宏图", "启明", "云帆", "泰和", "德勤盛", "宝信", "绿源", "新锐", "金桥", "长风", "万象"]
INDUSTRY = ["信息技术", "网络科技", "电子商务", "生物医药科技", "物流", "建筑工程", "餐饮管理", "广告传媒", "软件",
            "精密机械", "供应链管理", "医疗器械", "新能源科技", "文化传播", "工程咨询", "物业管理", "汽车零部件"]
AGENCIES = ["上海众联人力资源服务有限公司", "上海锦才人力资源有限公司", "上海易聘企业管理咨询有限公司",
            "上海沪才人力资源服务有限公司代缴", "上海智鼎人才服务有限公司"]


def company(rng):
    r = rng.random()
    b = rng.choice(BRANDS)
    ind = rng.choice(INDUSTRY)
    if r < 0.5:
        return "上海%s%s有限公司" % (b, ind)
    if r < 0.7:
        return "%s（上海）%s有限公司" % (b, ind)
    if r < 0.85:
        city = rng.choice(["江苏", "浙江", "深圳", "北京", "杭州"])
        return "%s%s%s股份有限公司上海分公司" % (city, b, ind)
    return "上海%s%s发展有限公司" % (b, ind)


def norm(s):
    """SPEC §3 normalisation: white space removed, full-width digits/letters/brackets half-width."""
    out = []
    for c in s:
        if c.isspace() or c == "\u3000":
            continue
        o = ord(c)
        if 0xFF01 <= o <= 0xFF5E:
            c = chr(o - 0xFEE0)
        out.append(c)
    return "".join(out)


def pick(rng, seq, weights=None):
    if weights:
        return rng.choices(seq, weights=weights, k=1)[0]
    return rng.choice(seq)
