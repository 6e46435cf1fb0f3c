"""Applicants, companies and their true documents (field values in SPEC §3 normal form)."""
import datetime as dt

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜秀敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯晨阳瑞欣怡佳琪雪婷倩颖晓梦思雨嘉子涵博宁远志海峰波亮林诗悦昊然睿铭俊"
SIMILAR = {"晓": "小", "小": "晓", "玉": "钰", "钰": "玉", "斌": "彬", "彬": "斌", "英": "瑛", "峰": "锋", "锋": "峰",
           "婷": "亭", "杰": "洁", "洁": "杰", "军": "君", "君": "军", "静": "靜", "丽": "莉", "莉": "丽", "华": "桦",
           "明": "铭", "铭": "明", "雪": "雷", "佳": "嘉", "嘉": "佳", "瑞": "睿", "睿": "瑞", "宇": "羽", "涛": "韬",
           "红": "虹", "萍": "苹", "浩": "皓", "辉": "晖", "凯": "恺", "阳": "扬", "欣": "昕", "怡": "宜", "琪": "琦",
           "倩": "茜", "颖": "莹", "梦": "孟", "思": "斯", "雨": "语", "涵": "含", "博": "搏", "宁": "凝", "远": "原",
           "志": "智", "海": "晦", "波": "博", "亮": "靓", "林": "琳", "诗": "时", "悦": "月", "昊": "浩", "然": "燃",
           "俊": "骏", "伟": "玮", "芳": "方", "娜": "那", "秀": "琇", "敏": "民", "强": "蔷", "磊": "垒", "洋": "扬",
           "勇": "永", "艳": "燕", "娟": "绢", "超": "朝", "霞": "夏", "平": "萍", "刚": "钢", "桂": "贵", "兰": "岚",
           "鹏": "朋", "建": "健", "国": "帼", "文": "雯", "晨": "辰", "子": "梓", "婷婷": "亭亭"}

REGIONS = [  # province, city, district, code, issuing authority
    ("河南省", "郑州市", "金水区", "410105", "郑州市公安局金水区分局"),
    ("安徽省", "合肥市", "蜀山区", "340104", "合肥市公安局蜀山分局"),
    ("江苏省", "南通市", "崇川区", "320602", "南通市公安局崇川分局"),
    ("山东省", "临沂市", "兰山区", "371302", "临沂市公安局兰山分局"),
    ("湖北省", "武汉市", "洪山区", "420111", "武汉市公安局洪山分局"),
    ("四川省", "成都市", "武侯区", "510107", "成都市公安局武侯区分局"),
    ("江西省", "南昌市", "东湖区", "360102", "南昌市公安局东湖分局"),
    ("湖南省", "长沙市", "岳麓区", "430104", "长沙市公安局岳麓分局"),
    ("浙江省", "温州市", "鹿城区", "330302", "温州市公安局鹿城分局"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "哈尔滨市公安局南岗分局"),
    ("甘肃省", "兰州市", "城关区", "620102", "兰州市公安局城关分局"),
    ("福建省", "泉州市", "丰泽区", "350503", "泉州市公安局丰泽分局"),
    ("河北省", "保定市", "竞秀区", "130602", "保定市公安局竞秀分局"),
    ("山西省", "太原市", "小店区", "140105", "太原市公安局小店分局"),
    ("广西壮族自治区", "桂林市", "七星区", "450305", "桂林市公安局七星分局"),
    ("重庆市", "", "渝中区", "500103", "重庆市公安局渝中区分局"),
]
STREETS = ["人民路", "解放路", "建设路", "中山路", "文化路", "胜利街", "光明路", "和平路", "新华路", "朝阳路", "长江路",
           "黄河路", "友谊路", "育才街", "幸福路", "青年路", "东风路", "北京路", "南京路", "工农路"]
VILLAGES = ["城关镇东街村", "柳林镇西庄村", "马头镇前营村", "高桥镇南关村", "三里乡后店村"]
SH_DISTRICTS = ["浦东新区", "闵行区", "徐汇区", "杨浦区", "宝山区", "嘉定区", "松江区", "普陀区", "长宁区", "静安区",
                "青浦区", "奉贤区"]
SH_ROADS = ["张杨路", "锦绣路", "莲花路", "龙华中路", "殷行路", "共康路", "曹安公路", "九亭大街", "真北路", "虹桥路",
            "延长路", "华新镇华志路", "南桥镇环城东路", "金科路", "周浦镇康沈路"]
COMPANIES = ["上海浦江信息技术有限公司", "上海嘉禾生物医药研发有限公司", "上海申通智联物流有限公司",
             "上海联影精密机械有限公司", "上海锦程餐饮管理有限公司", "上海启明软件股份有限公司",
             "上海华润置业有限公司", "上海东方明珠文化传播有限公司",
             "上海宏远建设工程有限公司", "上海云帆数据科技有限公司", "上海新纪元教育科技有限公司",
             "上海瑞康医疗器械有限公司", "上海海纳贸易（集团）有限公司", "上海万通汽车零部件有限公司",
             "博世汽车部件（上海）有限公司", "上海银河证券咨询有限公司闵行分公司", "上海中建环境工程有限公司",
             "上海晨光文具营销有限公司浦东分公司", "思科信息技术（上海）有限公司", "上海绿地餐饮连锁有限公司"]
AGENCIES = ["上海外服人力资源服务有限公司", "上海市对外服务有限公司", "上海中智人力资源服务有限公司",
            "上海锐仕人力资源服务有限公司", "上海前程人才服务有限公司（代缴）"]
SCHOOLS = [("同济大学", "上海"), ("华东理工大学", "上海"), ("郑州大学", "郑州"), ("安徽大学", "合肥"),
           ("南京工业大学", "南京"), ("山东师范大学", "济南"), ("武汉理工大学", "武汉"), ("西南交通大学", "成都"),
           ("南昌大学", "南昌"), ("湖南师范大学", "长沙"), ("浙江工业大学", "杭州"), ("东华大学", "上海"),
           ("上海大学", "上海"), ("华中科技大学", "武汉")]
MAJORS = [("计算机科学与技术", "工学"), ("机械设计制造及其自动化", "工学"), ("会计学", "管理学"),
          ("汉语言文学", "文学"), ("生物技术", "理学"), ("土木工程", "工学"), ("市场营销", "管理学"),
          ("英语", "文学"), ("电子信息工程", "工学"), ("药学", "理学"), ("国际经济与贸易", "经济学"),
          ("软件工程", "工学"), ("临床医学", "医学"), ("数学与应用数学", "理学")]


def check_digit(body17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body17, w))
    return "10X98765432"[s % 11]


def id_number(code, birth, seq):
    body = f"{code}{birth:%Y%m%d}{seq:03d}"
    return body + check_digit(body)


def uscc(rng, district="15"):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "913101" + district + "".join(rng.choice(chars) for _ in range(10))


def name(rng):
    s = rng.choice(SURNAMES)
    n = rng.choice([1, 2, 2, 2])
    return s + "".join(rng.choice(GIVEN) for _ in range(n))


def similar_name(nm, rng):
    idx = [i for i in range(1, len(nm)) if nm[i] in SIMILAR]
    if not idx:
        return nm[0] + ("晓" if nm[1:2] != "晓" else "小") + nm[2:]
    i = rng.choice(idx)
    return nm[:i] + SIMILAR[nm[i]] + nm[i + 1:]


def hukou_address(rng, region):
    prov, city, dist = region[:3]
    if rng.random() < 0.25:
        return f"{prov}{city}{dist}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    return (f"{prov}{city}{dist}{rng.choice(STREETS)}{rng.randint(1, 400)}号"
            f"{rng.randint(1, 30)}幢{rng.randint(1, 3)}单元{rng.randint(1, 30)}0{rng.randint(1, 4)}室")


def one_char_off(addr, rng):
    """The same address with one character changed (a digit, or 路/街, 幢/栋, 号/弄)."""
    swaps = {"路": "街", "街": "路", "幢": "栋", "栋": "幢", "组": "队", "单元": "单无"}
    digits = [i for i, c in enumerate(addr) if c.isdigit()]
    if digits and rng.random() < 0.6:
        i = rng.choice(digits)
        return addr[:i] + str((int(addr[i]) + rng.randint(1, 8)) % 10) + addr[i + 1:]
    for a, b in swaps.items():
        if a in addr:
            j = addr.index(a)
            return addr[:j] + b + addr[j + len(a):]
    return addr[:-1] + "号"


def sh_address(rng):
    return (f"上海市{rng.choice(SH_DISTRICTS)}{rng.choice(SH_ROADS)}{rng.randint(10, 999)}弄"
            f"{rng.randint(1, 60)}号{rng.randint(1, 25)}0{rng.randint(1, 4)}室")


def iso(d):
    return d.isoformat() if d else None


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def months_back(ym, n):
    y, m = ym
    m -= n
    while m <= 0:
        m += 12
        y -= 1
    while m > 12:
        m -= 12
        y += 1
    return (y, m)


def ym_str(ym):
    return f"{ym[0]:04d}-{ym[1]:02d}"


def tax_window(as_of):
    """The six latest months M whose deadline (15th of M+1) is on or before as_of."""
    last = months_back((as_of.year, as_of.month), 1 if as_of.day >= 15 else 2)
    return [months_back(last, k) for k in range(5, -1, -1)]


def age_at(birth, day):
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


def date_between(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))
