"""People, places, employers, ID numbers and dates for outsider set I."""
import datetime as dt
from dateutil.relativedelta import relativedelta

# area code, province, city, district, police, street templates, birthplace
REGIONS = [
    ("330106", "浙江省", "杭州市", "西湖区", "杭州市公安局西湖分局", ["文三路{n}号{b}幢{r}室", "转塘街道狮子山村{n}号"]),
    ("320583", "江苏省", "苏州市", "昆山市", "昆山市公安局", ["玉山镇朝阳西路{n}号{b}幢{r}室", "周市镇青阳北路{n}号"]),
    ("420111", "湖北省", "武汉市", "洪山区", "武汉市公安局洪山分局", ["珞喻路{n}号{b}栋{r}室", "关山街道民族大道{n}号"]),
    ("510104", "四川省", "成都市", "锦江区", "成都市公安局锦江区分局", ["东大街{n}号{b}栋{r}号", "春熙路南段{n}号附{b}号"]),
    ("410105", "河南省", "郑州市", "金水区", "郑州市公安局金水分局", ["花园路{n}号院{b}号楼{r}号", "经三路{n}号"]),
    ("370211", "山东省", "青岛市", "黄岛区", "青岛市公安局黄岛分局", ["长江中路{n}号{b}号楼{r}户", "薛家岛街道{n}号"]),
    ("430104", "湖南省", "长沙市", "岳麓区", "长沙市公安局岳麓分局", ["麓山南路{n}号{b}栋{r}房", "观沙岭街道茶子山村{n}组"]),
    ("360111", "江西省", "南昌市", "青山湖区", "南昌市公安局青山湖分局", ["北京东路{n}号{b}栋{r}室", "塘山镇{n}号"]),
    ("340104", "安徽省", "合肥市", "蜀山区", "合肥市公安局蜀山分局", ["长江西路{n}号{b}幢{r}室", "南七街道{n}号"]),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "南宁市公安局青秀分局", ["民族大道{n}号{b}栋{r}号", "凤岭北路{n}号"]),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "哈尔滨市公安局南岗分局", ["西大直街{n}号{b}单元{r}室", "学府路{n}号"]),
    ("610113", "陕西省", "西安市", "雁塔区", "西安市公安局雁塔分局", ["小寨东路{n}号{b}号楼{r}室", "电子正街{n}号"]),
]
SH_DISTRICTS = ["浦东新区", "徐汇区", "闵行区", "杨浦区", "长宁区", "普陀区", "宝山区", "嘉定区", "松江区", "静安区"]
SH_STREETS = ["张杨路{n}弄{b}号{r}室", "漕溪北路{n}号{r}室", "七莘路{n}弄{b}号{r}室", "国权路{n}弄{b}号{r}室",
              "仙霞路{n}弄{b}号{r}室", "真北路{n}弄{b}号{r}室", "牡丹江路{n}弄{b}号{r}室", "博园路{n}弄{b}号{r}室",
              "文诚路{n}弄{b}号{r}室", "江场三路{n}弄{b}号{r}室"]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN_M = ["伟", "强", "磊", "洋", "勇", "军", "杰", "涛", "斌", "超", "明辉", "志强", "建华", "晓东", "俊杰", "宇航", "子豪", "浩然", "文博", "海涛", "振宇", "立新", "嘉诚", "思远"]
GIVEN_F = ["芳", "娜", "敏", "静", "丽", "艳", "婷", "雪", "琳", "晶", "秀英", "玉兰", "晓燕", "雨欣", "佳怡", "思琪", "梦瑶", "欣怡", "诗涵", "婉清", "若曦", "慧敏", "丹丹", "紫涵"]
NAME_SWAP = {"晓": "小", "明": "铭", "伟": "玮", "静": "晶", "丽": "莉", "杰": "洁", "婷": "亭", "雪": "雯", "芳": "方",
             "敏": "民", "娜": "纳", "强": "蔷", "涛": "滔", "斌": "彬", "超": "朝", "琳": "林", "晶": "静", "艳": "燕",
             "辉": "晖", "军": "君", "磊": "蕾", "洋": "阳", "勇": "永", "华": "桦", "东": "冬", "俊": "骏", "宇": "雨",
             "豪": "浩", "然": "冉", "博": "波", "海": "凯", "振": "震", "新": "鑫", "嘉": "佳", "诚": "成", "远": "源",
             "英": "瑛", "兰": "岚", "燕": "艳", "欣": "馨", "佳": "嘉", "怡": "宜", "思": "丝", "琪": "琦", "梦": "孟",
             "瑶": "遥", "诗": "师", "涵": "函", "婉": "宛", "清": "青", "若": "诺", "曦": "希", "慧": "惠", "丹": "单", "紫": "子", "志": "智", "文": "雯", "立": "丽", "子": "梓", "航": "杭", "雨": "宇"}
CO_CORE = ["浦江", "华腾", "申通达", "东方锦程", "恒瑞信", "博思远", "联创", "星海", "启明", "金桥", "汇智", "云栖", "宏图", "新禾"]
CO_KIND = ["信息技术有限公司", "智能科技有限公司", "贸易有限公司", "医疗器械有限公司", "网络科技有限公司", "咨询管理有限公司",
           "电子商务有限公司", "生物科技有限公司", "工程技术有限公司", "物流有限公司"]
AGENCIES = ["上海外服人力资源服务有限公司", "上海易才人力资源顾问有限公司", "上海中智人力资源服务有限公司", "上海锦程人力资源有限公司"]
SCHOOLS = ["华东理工大学", "南京邮电大学", "湖南大学", "郑州大学", "安徽财经大学", "西南交通大学", "江西财经大学", "青岛大学",
           "武汉理工大学", "上海大学", "浙江工业大学", "东北林业大学", "西北大学", "广西大学"]
MAJORS = [("计算机科学与技术", "工学"), ("会计学", "管理学"), ("电子信息工程", "工学"), ("市场营销", "管理学"),
          ("汉语言文学", "文学"), ("国际经济与贸易", "经济学"), ("土木工程", "工学"), ("药学", "理学"), ("英语", "文学"),
          ("机械设计制造及其自动化", "工学"), ("金融学", "经济学"), ("软件工程", "工学")]
ETHN = ["汉"] * 12 + ["回", "满", "壮", "土家", "苗"]

CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n - 10] if n > 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d, day=True):
    s = f"{cn_year(d.year)}年{cn_num(d.month)}月"
    return s + (f"{cn_num(d.day)}日" if day else "")


W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def check_digit(s17):
    return CHK[sum(int(a) * b for a, b in zip(s17, W)) % 11]


def id_number(area, birth, seq, male):
    seq = seq % 100 * 10 + (seq // 100) % 10
    s = seq // 10 * 10 + ((seq % 10) | 1 if male else (seq % 10) & ~1)
    s17 = f"{area}{birth:%Y%m%d}{s:03d}"
    return s17 + check_digit(s17)


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return check_digit(s[:17]) == s[17]


def age_at(birth, asof):
    return relativedelta(asof, birth).years


def age_points(age):
    if age > 60:
        return None
    if age >= 56:
        return 5
    return min(30, 7 + 2 * (55 - age))


def tax_window(asof):
    """six latest months M with 15th of M+1 <= asof"""
    m = dt.date(asof.year, asof.month, 1)
    while True:
        dl = m + relativedelta(months=1)
        if dl.replace(day=15) <= asof:
            break
        m -= relativedelta(months=1)
    return [(m - relativedelta(months=i)) for i in range(5, -1, -1)]


def workdays_between(issue, asof):
    """count Mon-Fri days d with issue < d <= asof (generator only uses Nov/Dec 2026: no holidays)"""
    n = 0
    d = issue + dt.timedelta(days=1)
    while d <= asof:
        if d.weekday() < 5:
            n += 1
        d += dt.timedelta(days=1)
    return n


def norm(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        if ch.isspace():
            continue
        out.append(ch)
    return "".join(out)


class Person:
    pass


def make_person(rng, asof, age=None, male=None):
    p = Person()
    p.male = rng.random() < 0.5 if male is None else male
    p.sex = "男" if p.male else "女"
    p.name = rng.choice(SURNAMES) + rng.choice(GIVEN_M if p.male else GIVEN_F)
    if age is None:
        age = rng.randint(24, 42)
    bd = asof - relativedelta(years=age) - dt.timedelta(days=rng.randint(20, 340))
    p.birth = bd
    reg = rng.choice(REGIONS)
    p.region = reg
    area, prov, city, dist, police, streets = reg
    p.id_number = id_number(area, bd, rng.randint(10, 999), p.male)
    tmpl = rng.choice(streets)
    p.hukou_address = prov + city + dist + tmpl.format(n=rng.randint(3, 299), b=rng.randint(1, 24), r=rng.randint(101, 1804))
    p.ethnicity = rng.choice(ETHN)
    p.police = police
    p.birthplace = prov + city
    p.native_place = prov + city
    shd = rng.choice(SH_DISTRICTS)
    p.sh_address = "上海市" + shd + rng.choice(SH_STREETS).format(n=rng.randint(10, 1999), b=rng.randint(1, 99), r=rng.randint(101, 2402))
    return p


def make_company(rng, used=()):
    while True:
        c = "上海" + rng.choice(CO_CORE) + rng.choice(CO_KIND)
        if rng.random() < 0.15:
            c = c.replace("有限公司", "有限公司张江分公司") if "有限公司" in c else c
        if rng.random() < 0.12:
            c = "上海" + rng.choice(CO_CORE) + "(集团)有限公司"
        if c not in used:
            return c


def credit_code(rng):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91310" + rng.choice(["115", "104", "112", "101", "106"]) + "".join(rng.choice(al) for _ in range(10))
