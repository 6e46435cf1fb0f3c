"""Invented people, companies, numbers for the outsider_g draw."""
import datetime as dt
from dateutil.relativedelta import relativedelta

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐梅莫庄辛管祝左涂谷祁时舒耿牟卜詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红兰建文辉力斌宇浩凯鹏飞俊帆晨欣怡雪梅琳晶婷慧颖佳悦诗雨思彤子涵梓轩睿博一鸣天宇子豪昊然志远嘉怡若曦晓东海燕春燕国庆立新永刚建华丽娟宏伟振华德胜文静雅琴梦瑶舒婷佩琪泽宇铭远"

# (prefix code, province, city, district, police) — invented addresses on real district codes
REGIONS = [
    ("340102", "安徽省", "合肥市", "瑶海区"), ("342401", "安徽省", "六安市", "金安区"),
    ("320102", "江苏省", "南京市", "玄武区"), ("320583", "江苏省", "苏州市", "昆山市"),
    ("321002", "江苏省", "扬州市", "广陵区"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("330302", "浙江省", "温州市", "鹿城区"), ("370202", "山东省", "青岛市", "市南区"),
    ("370102", "山东省", "济南市", "历下区"), ("410105", "河南省", "郑州市", "金水区"),
    ("411302", "河南省", "南阳市", "宛城区"), ("420106", "湖北省", "武汉市", "武昌区"),
    ("430104", "湖南省", "长沙市", "岳麓区"), ("431003", "湖南省", "郴州市", "苏仙区"),
    ("360102", "江西省", "南昌市", "东湖区"), ("510107", "四川省", "成都市", "武侯区"),
    ("500103", "重庆市", "", "渝中区"), ("350203", "福建省", "厦门市", "思明区"),
    ("130104", "河北省", "石家庄市", "桥西区"), ("140105", "山西省", "太原市", "小店区"),
    ("220102", "吉林省", "长春市", "南关区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"),
    ("610113", "陕西省", "西安市", "雁塔区"), ("450103", "广西壮族自治区", "南宁市", "青秀区"),
    ("620102", "甘肃省", "兰州市", "城关区"), ("522601", "贵州省", "黔东南苗族侗族自治州", "凯里市"),
]
TOWNS = ["城关镇", "双河镇", "新华街道", "东风街道", "长岭镇", "河西乡", "青山镇", "临江街道", "桃源镇", "石桥镇"]
VILLAGES = ["红星村", "东风村", "前进村", "新民村", "李庄村", "大王村", "杨湾村", "向阳村", "光明村", "柳塘村"]
ROADS = ["人民路", "解放路", "建设路", "中山路", "文化路", "和平路", "新华路", "长江路", "黄河路", "朝阳路", "胜利路", "科华北路"]
SH_DISTRICTS = ["浦东新区", "闵行区", "徐汇区", "长宁区", "静安区", "普陀区", "杨浦区", "宝山区", "嘉定区", "松江区", "青浦区", "奉贤区"]
SH_ROADS = ["锦绣路", "沪闵路", "真北路", "张杨路", "龙阳路", "漕宝路", "虹梅路", "江场路", "共和新路", "曹安公路", "莘庄路", "周浦路", "秀浦路", "金科路", "祁连山路"]
ETHNIC = ["汉"] * 12 + ["回", "满", "壮", "苗", "土家", "蒙古"]

COMPANY_HEAD = ["浦江", "华腾", "申通", "远景", "星河", "金桥", "虹信", "沪润", "中宸", "锦程", "嘉禾", "云帆", "启明", "瀚海", "东辰", "汇智", "睿达", "昂立", "新颖", "博越"]
COMPANY_TRADE = ["信息技术", "智能科技", "电子商务", "医疗器械", "文化传媒", "物流", "建筑工程", "生物科技", "精密机械", "餐饮管理", "咨询", "软件", "新材料", "供应链管理", "汽车零部件"]
AGENCIES = ["上海外服人力资源服务有限公司", "上海前程人才服务有限公司", "上海东浩人力资源管理有限公司", "上海智联易才人力资源顾问有限公司"]
SCHOOLS = ["四川农业大学", "江西财经大学", "山东财经大学", "安徽大学", "南京邮电大学", "湖南师范大学", "郑州大学", "武汉理工大学", "西南交通大学", "福州大学",
           "浙江工业大学", "长春工业大学", "河北工业大学", "兰州理工大学", "华东理工大学", "上海理工大学", "苏州科技大学", "青岛科技大学"]
COLLEGES = ["上海工商职业技术学院", "江苏经贸职业技术学院", "安徽职业技术学院", "湖南铁道职业技术学院", "浙江机电职业技术学院", "河南工业职业技术学院"]
MAJORS = [("市场营销", "管理学"), ("机械设计制造及其自动化", "工学"), ("计算机科学与技术", "工学"), ("会计学", "管理学"), ("英语", "文学"),
          ("电子信息工程", "工学"), ("国际经济与贸易", "经济学"), ("汉语言文学", "文学"), ("土木工程", "工学"), ("应用化学", "理学"),
          ("工商管理", "管理学"), ("软件工程", "工学"), ("法学", "法学"), ("统计学", "理学")]
ZK_MAJORS = ["计算机应用技术", "会计", "物流管理", "机电一体化技术", "电子商务", "酒店管理", "数控技术", "护理"]


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    c = "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]
    return c


def make_id(prefix, birth, rng, sex):
    seq = rng.randint(10, 99)
    g = rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
    s17 = f"{prefix}{birth:%Y%m%d}{seq:02d}{g}"
    return s17 + id_check(s17)


def bad_check(idn):
    good = idn[-1]
    alts = [c for c in "0123456789X" if c != good]
    return idn[:-1] + alts[(ord(idn[5]) + ord(idn[12])) % len(alts)]


def valid_id(idn):
    import re
    if not re.fullmatch(r"\d{17}[\dX]", idn or ""):
        return False
    try:
        dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return id_check(idn[:17]) == idn[17]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def org_check(code8):
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [int(c, 36) for c in code8]
    c = 11 - sum(a * b for a, b in zip(vals, w)) % 11
    return "0" if c == 11 else ("X" if c == 10 else str(c))


def make_uscc(rng, district="310115"):
    body8 = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    while True:
        body8 = "MA1" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
        oc = org_check(body8) if all(c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ" for c in body8) else None
        if oc and oc in USCC_CHARS:
            break
    s17 = "91" + district + body8 + oc
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(s17, USCC_W))
    return s17 + USCC_CHARS[(31 - total % 31) % 31]


def person_name(rng, surname=None):
    s = surname or rng.choice(SURNAMES[:120])
    n = rng.randint(1, 2)
    g = ""
    pool = GIVEN
    for _ in range(n):
        g += rng.choice(pool)
    return s + g


def home_address(rng, reg):
    code, prov, city, dist = reg
    if rng.random() < 0.5:
        a = f"{prov}{city}{dist}{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 15)}组{rng.randint(1, 99)}号"
    else:
        a = f"{prov}{city}{dist}{rng.choice(ROADS)}{rng.randint(1, 400)}号{rng.randint(1, 20)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
    return a


def sh_address(rng):
    return f"上海市{rng.choice(SH_DISTRICTS)}{rng.choice(SH_ROADS)}{rng.randint(100, 2999)}弄{rng.randint(1, 99)}号{rng.randint(1, 30)}{rng.randint(0, 2)}{rng.randint(1, 9)}室"


def company(rng):
    head = rng.choice(COMPANY_HEAD)
    trade = rng.choice(COMPANY_TRADE)
    form = rng.choice(["有限公司"] * 4 + ["股份有限公司", "(集团)有限公司"])
    name = f"上海{head}{trade}{form}"
    u = rng.random()
    if u < 0.12:
        name = f"{head}{trade}(上海)有限公司"
    elif u < 0.2:
        name = f"{name}{rng.choice(SH_DISTRICTS).replace('新区', '').replace('区', '')}分公司"
    return name


def cn_num_date(d, day=True):
    digits = "〇一二三四五六七八九"
    y = "".join(digits[int(c)] for c in str(d.year))

    def small(n):
        if n < 10:
            return digits[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + digits[n - 10]
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    s = f"{y}年{small(d.month)}月"
    if day:
        s += f"{small(d.day)}日"
    return s


def age_at(birth, asof):
    return asof.year - birth.year - ((asof.month, asof.day) < (birth.month, birth.day))


def add_years(d, n):
    return d + relativedelta(years=n)
