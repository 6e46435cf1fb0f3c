"""Invented persons, companies, addresses; GB 11643 / GB 32100; date formats."""
import datetime as dt
import random

from dateutil.relativedelta import relativedelta

# ---------------------------------------------------------------- ID numbers
W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C11643 = "10X98765432"


def id_check(body17):
    return C11643[sum(int(c) * w for c, w in zip(body17, W11643)) % 11]


def id_valid(s):
    if not isinstance(s, str) or len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17].upper()


def make_id(region, birth, sex, rng):
    seq = rng.randrange(1, 499) * 2 + (1 if sex == "男" else 0)
    body = "%s%s%03d" % (region, birth.strftime("%Y%m%d"), seq % 1000)
    return body + id_check(body)


# ---------------------------------------------------------------- USCC
U_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
U_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def uscc_check(body17):
    s = sum(U_CHARS.index(c) * w for c, w in zip(body17, U_W))
    return U_CHARS[(31 - s % 31) % 31]


def uscc_valid(s):
    if not isinstance(s, str) or len(s) != 18 or any(c not in U_CHARS for c in s):
        return False
    return uscc_check(s[:17]) == s[17]


def make_uscc(rng, district="310115"):
    body8 = "MA1" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
    c9 = 11 - sum(_orgval(c) * w for c, w in zip(body8, ORG_W)) % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = "91" + district + body8 + c9
    return body + uscc_check(body)


# ---------------------------------------------------------------- people
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊孟秦白江阎薛尹段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红建文辉力晨宇浩然欣怡梓涵子轩雨萱博文思远嘉怡俊杰晓东海燕春梅志强永刚佳琪一鸣若彤语嫣昊天泽宇雅婷诗琪梦瑶鹏飞"
# characters that are easy to mistype for each other (one wrong character)
CONFUSE = {"然": "燃", "静": "靜", "丽": "莉", "伟": "玮", "明": "铭", "华": "桦", "杰": "洁", "军": "君",
           "敏": "民", "涛": "滔", "磊": "垒", "芳": "方", "娟": "鹃", "浩": "皓", "宇": "雨", "欣": "新",
           "婷": "亭", "琪": "棋", "辉": "晖", "东": "冬", "飞": "菲", "文": "雯", "晨": "辰", "超": "潮"}

REGIONS = [  # (code, province, city, district, city short)
    ("130102", "河北省", "石家庄市", "长安区"), ("370202", "山东省", "青岛市", "市南区"),
    ("320102", "江苏省", "南京市", "玄武区"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("340104", "安徽省", "合肥市", "蜀山区"), ("410105", "河南省", "郑州市", "金水区"),
    ("420106", "湖北省", "武汉市", "武昌区"), ("430102", "湖南省", "长沙市", "芙蓉区"),
    ("510104", "四川省", "成都市", "锦江区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("350102", "福建省", "福州市", "鼓楼区"), ("610113", "陕西省", "西安市", "雁塔区"),
    ("220102", "吉林省", "长春市", "南关区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区"), ("341302", "安徽省", "宿州市", "埇桥区"),
    ("321282", "江苏省", "泰州市", "靖江市"), ("411522", "河南省", "信阳市", "光山县"),
    ("522601", "贵州省", "黔东南苗族侗族自治州", "凯里市"), ("140105", "山西省", "太原市", "小店区"),
]
ROADS = ["长江路", "建设路", "解放路", "人民路", "中山路", "和平路", "文化路", "胜利街", "光明路", "新华路",
         "朝阳路", "青年路", "红旗路", "民主路", "团结路", "幸福街", "滨河路", "工农路", "东风路", "育才街"]
TOWNS = ["城关镇", "新桥镇", "石桥镇", "双河镇", "柳林镇", "白沙镇", "龙泉镇", "高庙乡"]
VILLAGES = ["东风村", "前进村", "红星村", "联合村", "新民村", "永安村", "长岭村", "杨庄村"]
SH_DISTRICTS = [("浦东新区", "310115"), ("徐汇区", "310104"), ("闵行区", "310112"), ("松江区", "310117"),
                ("杨浦区", "310110"), ("普陀区", "310107"), ("长宁区", "310105"), ("宝山区", "310113"),
                ("嘉定区", "310114"), ("静安区", "310106"), ("青浦区", "310118")]
SH_ROADS = ["锦绣路", "张杨路", "漕溪北路", "虹梅路", "莘庄路", "真北路", "中山北路", "国权路", "沪太路",
            "金沙江路", "曹安公路", "江场路", "龙华中路", "古美路", "松卫北路", "新闸路"]
CO_WORDS = ["浦江", "华腾", "申远", "东澄", "凯岚", "汇川", "曜石", "星河", "启衡", "临港", "明溯", "云帆",
            "博睿", "泓源", "沐光", "奕辰", "嘉禾", "鼎信", "拓朴", "远航"]
CO_KINDS = ["信息技术有限公司", "科技有限公司", "网络科技有限公司", "贸易有限公司", "生物医药有限公司",
            "智能装备有限公司", "文化传媒有限公司", "餐饮管理有限公司", "物流有限公司", "电子商务有限公司",
            "建筑设计有限公司", "供应链管理有限公司"]
AGENCIES = ["上海外服人力资源服务有限公司", "上海才通人力资源有限公司", "上海仁联企业服务外包有限公司",
            "上海中智项目外包服务有限公司", "上海易聘人力资源有限公司"]
SCHOOLS = ["浙江工业大学", "江西财经大学", "南京工业大学", "郑州大学", "武汉理工大学", "湖南师范大学",
           "西南交通大学", "福州大学", "长春理工大学", "哈尔滨工程大学", "合肥工业大学", "山东科技大学",
           "华东理工大学", "上海大学", "苏州科技大学", "安徽建筑大学"]
MAJORS = [("计算机科学与技术", "工学"), ("机械设计制造及其自动化", "工学"), ("会计学", "管理学"),
          ("软件工程", "工学"), ("英语", "文学"), ("电子信息工程", "工学"), ("市场营销", "管理学"),
          ("土木工程", "工学"), ("金融学", "经济学"), ("化学工程与工艺", "工学"), ("汉语言文学", "文学"),
          ("应用数学", "理学"), ("药学", "理学"), ("法学", "法学")]


def person_name(rng, surname=None):
    s = surname or rng.choice(SURNAMES)
    n = rng.choice([1, 2, 2, 2])
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def one_wrong_char(name, rng):
    idx = [i for i in range(1, len(name)) if name[i] in CONFUSE]
    if idx:
        i = rng.choice(idx)
        return name[:i] + CONFUSE[name[i]] + name[i + 1:]
    return name[:-1] + ("玮" if name[-1] != "玮" else "伟")


def hukou_address(rng, region):
    code, prov, city, dist = region
    if rng.random() < 0.35:
        a = "%s%s%s%s%s%d组%d号" % (prov, city, dist, rng.choice(TOWNS), rng.choice(VILLAGES),
                                   rng.randint(1, 12), rng.randint(1, 150))
    else:
        a = "%s%s%s%s%d号" % (prov, city, dist, rng.choice(ROADS), rng.randint(1, 500))
        if rng.random() < 0.7:
            a += "%d幢%d室" % (rng.randint(1, 30), rng.randint(1, 30) * 100 + rng.randint(1, 6))
        else:
            a += "%d单元%d室" % (rng.randint(1, 6), rng.randint(1, 20) * 100 + rng.randint(1, 4))
    return a


def sh_address(rng):
    d, _ = rng.choice(SH_DISTRICTS)
    return "上海市%s%s%d弄%d号%d室" % (d, rng.choice(SH_ROADS), rng.randint(10, 999), rng.randint(1, 60),
                                     rng.randint(1, 25) * 100 + rng.randint(1, 4))


def company(rng, brackets=False):
    w = rng.choice(CO_WORDS)
    k = rng.choice(CO_KINDS)
    if brackets:
        return "上海%s(集团)有限公司" % w if rng.random() < 0.5 else "%s(上海)%s" % (w, k)
    return "上海%s%s" % (w, k)


# ---------------------------------------------------------------- dates
CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n % 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def fmt_date(d, style):
    if style == "iso":
        return d.strftime("%Y-%m-%d")
    if style == "dot":
        return d.strftime("%Y.%m.%d")
    if style == "slash":
        return "%d/%d/%d" % (d.year, d.month, d.day)
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "cn0":
        return d.strftime("%Y年%m月%d日")
    if style == "cnsp":
        return "%d 年 %d 月 %d 日" % (d.year, d.month, d.day)
    if style == "cnnum":
        return "%s年%s月%s日" % (cn_year(d.year), cn_num(d.month), cn_num(d.day))
    if style == "compact":
        return d.strftime("%Y%m%d")
    raise ValueError(style)


def month_end(y, m):
    return (dt.date(y, m, 1) + relativedelta(months=1)) - dt.timedelta(days=1)


def fmt_month(ym, style):
    y, m = int(ym[:4]), int(ym[5:7])
    if style == "iso":
        return "%04d-%02d" % (y, m)
    if style == "cn":
        return "%04d年%02d月" % (y, m)
    if style == "compact":
        return "%04d%02d" % (y, m)
    if style == "range":
        return "%04d-%02d-01至%s" % (y, m, month_end(y, m).isoformat())
    if style == "range_dot":
        return "%04d.%02d.01-%s" % (y, m, month_end(y, m).strftime("%Y.%m.%d"))
    raise ValueError(style)


def fmt_amount(a, commas):
    return "{:,.2f}".format(a) if commas else "%.2f" % a


def months_back(ym, n):
    y, m = int(ym[:4]), int(ym[5:7])
    d = dt.date(y, m, 1) - relativedelta(months=n)
    return "%04d-%02d" % (d.year, d.month)


def ym(d):
    return "%04d-%02d" % (d.year, d.month)


def d(s):
    return dt.date.fromisoformat(s)


def to_fullwidth_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)


def mask_id(idn, style=0):
    if style == 0:
        return idn[:4] + "*" * 10 + idn[-4:]
    if style == 1:
        return idn[:1] + "*" * 16 + idn[-1:]
    return idn[:6] + "********" + idn[-4:]


def Rng(key):
    return random.Random(key)
