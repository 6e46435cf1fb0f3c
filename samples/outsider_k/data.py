"""Synthetic people, documents and the truth about them."""
import datetime as dt
from dateutil.relativedelta import relativedelta

D = dt.date

REGIONS = [
    # code, province, city, district, street-ish pieces, authority
    ("410105", "河南省", "郑州市", "金水区", ["建设路", "纬五路", "经三路"], "郑州市公安局金水区分局"),
    ("342401", "安徽省", "六安市", "金安区", ["双河镇红星村", "三十铺镇", "梅山路"], "六安市公安局金安区分局"),
    ("320106", "江苏省", "南京市", "鼓楼区", ["中山北路", "湖南路", "虎踞路"], "南京市公安局鼓楼分局"),
    ("330302", "浙江省", "温州市", "鹿城区", ["人民西路", "学院中路", "府前街"], "温州市公安局鹿城分局"),
    ("360102", "江西省", "南昌市", "东湖区", ["八一大道", "阳明路", "豫章路"], "南昌市公安局东湖分局"),
    ("430104", "湖南省", "长沙市", "岳麓区", ["麓山南路", "桐梓坡路", "银盆南路"], "长沙市公安局岳麓分局"),
    ("510107", "四川省", "成都市", "武侯区", ["武侯祠大街", "科华北路", "玉林南路"], "成都市公安局武侯区分局"),
    ("370203", "山东省", "青岛市", "市北区", ["辽宁路", "延安三路", "敦化路"], "青岛市公安局市北分局"),
    ("130102", "河北省", "石家庄市", "长安区", ["中山东路", "建设北大街", "跃进路"], "石家庄市公安局长安分局"),
    ("420106", "湖北省", "武汉市", "武昌区", ["中南路", "民主路", "和平大道"], "武汉市公安局武昌区分局"),
    ("350203", "福建省", "厦门市", "思明区", ["厦禾路", "湖滨南路", "莲前东路"], "厦门市公安局思明分局"),
    ("612726", "陕西省", "榆林市", "定边县", ["定边镇南关村", "长城路", "盐场堡镇"], "定边县公安局"),
    ("452122", "广西壮族自治区", "南宁市", "武鸣区", ["城厢镇", "灵源路", "标营新区"], "南宁市公安局武鸣分局"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", ["西大直街", "学府路", "果戈里大街"], "哈尔滨市公安局南岗分局"),
]

SH_DISTRICTS = {
    "浦东新区": ["张杨路", "世纪大道", "锦绣路", "川沙路", "东方路", "高科西路"],
    "徐汇区": ["漕溪北路", "宜山路", "虹梅路", "龙华中路"],
    "闵行区": ["七莘路", "莘松路", "都市路", "沪闵路", "虹井路"],
    "长宁区": ["长宁路", "天山路", "仙霞路", "古北路"],
    "嘉定区": ["博乐路", "城中路", "墨玉南路", "曹安公路"],
    "宝山区": ["牡丹江路", "共和新路", "长江西路"],
    "杨浦区": ["国定路", "控江路", "黄兴路", "政通路"],
    "松江区": ["人民北路", "文诚路", "广富林路"],
    "普陀区": ["真北路", "中山北路", "曹杨路"],
    "静安区": ["共和新路", "延长路", "江场路"],
}

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN_M = list("伟强磊军洋勇杰涛明超辉鹏华飞刚平浩宇博俊凯帆健斌坤峰晨旭东海亮志兵")
GIVEN_F = list("芳娜敏静丽艳娟霞秀玲桂红燕萍婷雪琳慧颖倩洁莉佳蕾晶欣悦怡梅薇露瑶")
GIVEN_X = list("晓子文思雨梓一嘉宏建国天立家春秋云永小新若")

COMPANIES = [
    "上海浦江信息技术有限公司", "上海申联精密机械有限公司", "上海汇川数据服务有限公司",
    "上海东方明珠数据服务有限公司", "智远软件(上海)有限公司", "上海新鸿基置业顾问有限公司",
    "上海蓝鲸网络科技有限公司", "上海临港智能装备股份有限公司", "上海铭德会计师事务所有限公司",
    "华通物流(上海)有限公司", "上海锦程生物医药科技有限公司", "上海百川环境工程有限公司",
    "北京中科星图软件有限公司上海分公司", "上海悦达餐饮管理有限公司", "上海泰禾新材料科技有限公司",
    "深圳市优联电子有限公司上海分公司", "上海星河建筑设计咨询有限公司", "上海弘毅教育科技有限公司",
]
AGENCIES = ["上海外服人力资源有限公司", "上海中智人力资源服务有限公司", "上海前程人力资源有限公司",
            "上海易才人力资源顾问有限公司"]

SCHOOLS = ["郑州大学", "南京理工大学", "江西财经大学", "湖南大学", "四川农业大学", "青岛大学",
           "武汉理工大学", "厦门大学", "东北林业大学", "安徽大学", "温州医科大学", "河北工业大学",
           "西安电子科技大学", "上海大学", "华东理工大学", "长沙理工大学"]
MAJORS = [("计算机科学与技术", "工学"), ("会计学", "管理学"), ("机械设计制造及其自动化", "工学"),
          ("市场营销", "管理学"), ("汉语言文学", "文学"), ("电子信息工程", "工学"),
          ("金融学", "经济学"), ("国际经济与贸易", "经济学"), ("软件工程", "工学"),
          ("临床医学", "医学"), ("土木工程", "工学"), ("英语", "文学"), ("化学工程与工艺", "工学"),
          ("应用数学", "理学"), ("法学", "法学")]
ETHNIC = ["汉"] * 12 + ["回", "壮", "满", "土家"]

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(s17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(s17, W)) % 11]


def make_id(code, birth, seq):
    s17 = f"{code}{birth:%Y%m%d}{seq:03d}"
    return s17 + check_digit(s17)


def bad_check(idn):
    good = idn[17]
    for c in "0123456789X":
        if c != good:
            return idn[:17] + c
    return idn


def age_at(birth, asof):
    a = asof.year - birth.year
    if (asof.month, asof.day) < (birth.month, birth.day):
        a -= 1
    return a


def age_points(age):
    # SPEC §6: 56–60 -> 5; each year younger +2; at most 30.
    if age < 18 or age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def months_between(a, b):
    """list of 'YYYY-MM' from month a to month b inclusive (dates)."""
    out = []
    cur = D(a.year, a.month, 1)
    end = D(b.year, b.month, 1)
    while cur <= end:
        out.append(f"{cur:%Y-%m}")
        cur += relativedelta(months=1)
    return out


def tax_window(asof):
    """six latest months M whose deadline (15th of M+1) <= asof."""
    m = D(asof.year, asof.month, 1)
    # candidate latest month: asof month - 1 if asof.day >= 15 else asof month - 2
    latest = m - relativedelta(months=1) if asof.day >= 15 else m - relativedelta(months=2)
    first = latest - relativedelta(months=5)
    return months_between(first, latest)


HOLIDAYS_2026 = set()
for d0, n in [((2026, 1, 1), 3), ((2026, 2, 15), 9), ((2026, 4, 4), 3), ((2026, 5, 1), 5),
              ((2026, 6, 19), 3), ((2026, 9, 25), 3), ((2026, 10, 1), 7)]:
    for i in range(n):
        HOLIDAYS_2026.add(D(*d0) + dt.timedelta(days=i))


def working_days_after(issue, asof):
    n = 0
    d = issue + dt.timedelta(days=1)
    while d <= asof:
        if d.weekday() < 5 and d not in HOLIDAYS_2026:
            n += 1
        d += dt.timedelta(days=1)
    return n


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n - 10]
    t, u = divmod(n, 10)
    return CN_DIG[t] + "十" + (CN_DIG[u] if u else "")


def cn_date(d, day=True):
    s = f"{cn_year(d.year)}年{cn_num(d.month)}月"
    if day:
        s += f"{cn_num(d.day)}日"
    return s


def fmt_ymd_cn(d, pad=False, spaced=False):
    if pad:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if spaced:
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    return f"{d.year}年{d.month}月{d.day}日"


def to_fullwidth_digits(s):
    return "".join(chr(ord(c) + 0xFEE0) if c.isdigit() else c for c in s)
