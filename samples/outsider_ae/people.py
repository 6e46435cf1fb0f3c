"""Realistic people, places, employers and schools; ID numbers; date helpers (stdlib only)."""
import datetime as dt

SURNAMES_COMMON = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
SURNAMES_RARE = ["亓", "禤", "冼", "佘", "仉", "訾", "靳", "阙", "眭", "缪", "贲", "揭", "逄", "昝", "麻", "郦", "晏", "甄", "蒯", "牟"]
SURNAMES_COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "令狐", "慕容", "尉迟", "公孙", "司徒", "夏侯", "端木", "宇文"]
GIVEN_M = list("伟强磊军勇杰涛斌超明辉鹏华飞刚浩宇轩博文俊峰建志晨睿凯昊天然毅铭哲翔坤鑫旭楠")
GIVEN_F = list("芳娜敏静丽艳娟霞秀玲燕婷雪慧琳颖倩萍欣怡璐瑶晶佳梦蕾菲晗悦彤妍婉琪岚")
GIVEN_RARE = list("喆堃昇玥珺翀淼焱犇甦赟彧旻昀婧曦")

# (code, province, city, district, authority, address builders)
AREAS = [
    ("320623", "江苏省", "南通市", "如东县", "如东县公安局",
     ["掘港镇青园社区居委会{n}组{m}号", "马塘镇邱陈村委会{n}组{m}号"]),
    ("341221", "安徽省", "阜阳市", "临泉县", "临泉县公安局",
     ["城关镇解放路{m}号", "杨桥镇大王庄村委会后王庄{m}号"]),
    ("411625", "河南省", "周口市", "郸城县", "郸城县公安局",
     ["汲冢镇王庄村委会后王庄组{m}号", "城郊乡东关街{m}号"]),
    ("510107", "四川省", "成都市", "武侯区", "成都市公安局武侯区分局",
     ["玉林北路{m}号{n}栋2单元{k}号", "浆洗街{m}号附{n}号"]),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "哈尔滨市公安局南岗分局",
     ["学府路{m}号{n}单元{k}室", "西大直街{m}号"]),
    ("330327", "浙江省", "温州市", "苍南县", "苍南县公安局",
     ["灵溪镇人民大道{m}号", "龙港镇瑞祥路{m}弄{n}号"]),
    ("362426", "江西省", "吉安市", "泰和县", "泰和县公安局",
     ["澄江镇西门路{m}号", "马市镇蜀口村{n}组{m}号"]),
    ("430626", "湖南省", "岳阳市", "平江县", "平江县公安局",
     ["城关镇天岳大道{m}号", "安定镇三和村{n}组"]),
    ("370211", "山东省", "青岛市", "黄岛区", "青岛市公安局黄岛分局",
     ["长江中路{m}号{n}号楼{k}户", "辛安街道后石沟社区{m}号"]),
    ("130102", "河北省", "石家庄市", "长安区", "石家庄市公安局长安分局",
     ["建设北大街{m}号{n}栋{k}室", "长安西路{m}号"]),
    ("452122", "广西壮族自治区", "南宁市", "武鸣区", "南宁市公安局武鸣分局",
     ["城厢镇标营新区{m}号", "双桥镇伏唐村那汉坡{m}号"]),
    ("140105", "山西省", "太原市", "小店区", "太原市公安局小店分局",
     ["坞城路{m}号{n}号楼{k}号", "亲贤北街{m}号"]),
    ("612401", "陕西省", "安康市", "汉滨区", "安康市公安局汉滨分局",
     ["新城街道巴山中路{m}号", "五里镇五里村{n}组{m}号"]),
    ("500234", "重庆市", "", "开州区", "重庆市公安局开州区分局",
     ["汉丰街道安康路{m}号{n}幢{k}号", "镇安镇大丘村{n}组{m}号"]),
    ("350583", "福建省", "泉州市", "南安市", "南安市公安局",
     ["溪美街道柳城路{m}号", "水头镇朴里村{m}号"]),
    ("420984", "湖北省", "孝感市", "汉川市", "汉川市公安局",
     ["仙女山街道西湖路{m}号", "马口镇花园村{n}组{m}号"]),
    ("210202", "辽宁省", "大连市", "中山区", "大连市公安局中山分局",
     ["人民路{m}号{n}单元{k}层{n}号", "天津街{m}号"]),
    ("150102", "内蒙古自治区", "呼和浩特市", "新城区", "呼和浩特市公安局新城区分局",
     ["海拉尔东路{m}号", "东风路{m}号{n}号楼"]),
    ("532101", "云南省", "昭通市", "昭阳区", "昭通市公安局昭阳分局",
     ["凤凰街道环城西路{m}号", "守望乡守望村{n}社{m}号"]),
    ("654001", "新疆维吾尔自治区", "伊犁哈萨克自治州", "伊宁市", "伊宁市公安局",
     ["解放西路{m}号{n}栋{k}室", "斯大林街{m}巷{n}号"]),
    ("620102", "甘肃省", "兰州市", "城关区", "兰州市公安局城关分局",
     ["东岗西路{m}号", "皋兰路{m}号{n}单元{k}室"]),
    ("440513", "广东省", "汕头市", "潮阳区", "汕头市公安局潮阳分局",
     ["棉城镇中华路{m}号", "谷饶镇上堡村{n}巷{m}号"]),
]
ETHNIC = ["汉"] * 20 + ["回", "满", "壮", "土家", "苗", "蒙古", "维吾尔", "朝鲜"]

SH_DISTRICTS = {"浦东新区": ["张杨路", "锦绣路", "东方路", "川沙路", "周浦镇年家浜路", "康桥路"],
                "闵行区": ["莘庄镇莘松路", "七宝镇漕宝路", "吴中路", "颛桥镇都市路"],
                "徐汇区": ["漕溪北路", "钦州路", "田林路", "龙华中路"],
                "宝山区": ["友谊路", "泰和路", "顾村镇菊联路", "大场镇场联路"],
                "松江区": ["九亭镇沪亭北路", "新松江路", "泗泾镇鼓浪路"],
                "嘉定区": ["江桥镇金沙江西路", "城中路", "南翔镇德园路"],
                "杨浦区": ["控江路", "国权路", "长阳路"],
                "青浦区": ["徐泾镇华徐公路", "赵巷镇业辉路"],
                "普陀区": ["真北路", "曹杨路", "武宁路"],
                "静安区": ["共和新路", "万荣路", "广中西路"]}

CO_PLACE = ["上海", "上海浦江", "上海申联", "上海东岸", "上海明锐", "上海汇恒", "上海润禾", "上海锦程",
            "上海启鸿", "上海博禾", "上海星拓", "上海瀚海", "上海海帆", "上海融晟", "上海嘉沃"]
CO_NAME = ["信息技术", "网络科技", "智能装备", "生物医药", "供应链管理", "餐饮管理", "物流", "建筑工程",
           "电子商务", "企业管理咨询", "汽车零部件", "精密机械", "文化传媒", "物业管理", "食品"]
CO_FORM = ["有限公司", "有限公司", "有限公司", "股份有限公司", "科技有限公司"]
CO_SPECIAL = ["中国建设银行股份有限公司上海市分行", "上海市第六人民医院", "普华永道中天会计师事务所(特殊普通合伙)",
              "上海市协力律师事务所", "顺丰速运(上海)有限公司", "上海华腾(集团)有限公司",
              "博世汽车部件(苏州)有限公司上海分公司", "上海市民办平和学校", "上海盒马网络科技有限公司",
              "巴斯夫(中国)有限公司", "上海中心大厦建设发展有限公司", "联合利华(中国)有限公司"]
AGENCIES = ["上海外服(集团)有限公司", "中智上海经济技术合作有限公司", "上海锐仕人力资源有限公司",
            "上海易才人力资源顾问有限公司"]
OUT_CO = ["杭州云栖网络科技有限公司", "苏州工业园区华盛电子有限公司", "南京紫金物流有限公司",
          "宁波港城贸易有限公司", "合肥新桥信息技术有限公司"]

SCHOOLS = ["浙江工业大学", "江西财经大学", "合肥工业大学", "华东理工大学", "上海大学", "河南大学", "四川农业大学",
           "东北林业大学", "湖南师范大学", "山东科技大学", "西北大学", "福州大学", "上海理工大学", "苏州大学",
           "华中农业大学", "广西大学", "兰州交通大学", "云南大学"]
COLLEGES = ["上海电子信息职业技术学院", "江苏经贸职业技术学院", "河南工业职业技术学院", "安徽商贸职业技术学院",
            "重庆电子工程职业学院"]
MAJORS = [("计算机科学与技术", "工学"), ("会计学", "管理学"), ("机械设计制造及其自动化", "工学"),
          ("英语", "文学"), ("土木工程", "工学"), ("市场营销", "管理学"), ("电子信息工程", "工学"),
          ("汉语言文学", "文学"), ("药学", "理学"), ("金融学", "经济学"), ("护理学", "理学"),
          ("物流管理", "管理学"), ("软件工程", "工学"), ("法学", "法学")]
MAJORS_ZK = ["计算机应用技术", "会计", "电子商务", "机电一体化技术", "物流管理", "酒店管理"]

RELATIONS_CHILD = {"男": ["长子", "次子", "子"], "女": ["长女", "次女", "女"]}


def check_digit(first17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(a) * b for a, b in zip(first17, w))
    return "10X98765432"[s % 11]


def id_valid(n):
    if len(n) != 18 or not n[:17].isdigit():
        return False
    try:
        dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    return check_digit(n[:17]) == n[17].upper()


def make_id(area, birth, sex, rng):
    seq = rng.randrange(0, 500) * 2 + (1 if sex == "男" else 0)
    first = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first + check_digit(first)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def age_at(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def ym(d):
    return f"{d.year:04d}-{d.month:02d}"


def month_list(start_ym, end_ym):
    y, m = map(int, start_ym.split("-"))
    out = []
    while f"{y:04d}-{m:02d}" <= end_ym:
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m > 12:
            y, m = y + 1, 1
    return out


def ym_add(s, n):
    y, m = map(int, s.split("-"))
    return ym(add_months(dt.date(y, m, 1), n))


CN_DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return "十" if n == 10 else CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d, day=True):
    y = "".join(CN_DIG[int(c)] for c in str(d.year))
    s = f"{y}年{cn_num(d.month) if d.month != 10 else '十'}月"
    return s + (f"{cn_num(d.day) if d.day != 10 else '十'}日" if day else "")


def fmt(d, style):
    if style == "iso":
        return d.isoformat()
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "cnnum":
        return cn_date(d)
    raise ValueError(style)


def draw_name(rng, sex):
    r = rng.random()
    if r < 0.07:
        sur = rng.choice(SURNAMES_COMPOUND)
    elif r < 0.15:
        sur = rng.choice(SURNAMES_RARE)
    else:
        sur = rng.choice(SURNAMES_COMMON)
    pool = GIVEN_M if sex == "男" else GIVEN_F
    g = rng.choice(pool + GIVEN_RARE[:3])
    if rng.random() < 0.75:
        g += rng.choice(pool + GIVEN_RARE)
    return sur + g


def homophone_typo(name, rng):
    """A one-character slip as HR offices make it (同音字)."""
    swaps = {"伟": "玮", "玮": "伟", "静": "婧", "婧": "静", "明": "铭", "铭": "明", "丽": "莉", "军": "君",
             "杰": "洁", "磊": "垒", "芳": "方", "娜": "纳", "鹏": "朋", "斌": "彬", "慧": "惠", "琳": "林",
             "涛": "滔", "浩": "皓", "婷": "亭", "辉": "晖", "华": "桦", "颖": "莹", "峰": "锋", "晨": "辰"}
    for i in range(len(name) - 1, 0, -1):
        if name[i] in swaps:
            return name[:i] + swaps[name[i]] + name[i + 1:]
    return name[:-1] + ("晓" if name[-1] != "晓" else "小")


def draw_address(rng, area):
    t = rng.choice(area[5])
    s = t.format(n=rng.randint(1, 12), m=rng.randint(2, 188), k=rng.randint(101, 1802))
    return area[1] + area[2] + area[3] + s


def sh_address(rng):
    dist = rng.choice(list(SH_DISTRICTS))
    road = rng.choice(SH_DISTRICTS[dist])
    return f"上海市{dist}{road}{rng.randint(10, 999)}弄{rng.randint(1, 80)}号{rng.randint(101, 2204)}室"


def company(rng):
    if rng.random() < 0.3:
        return rng.choice(CO_SPECIAL)
    return rng.choice(CO_PLACE) + rng.choice(CO_NAME) + rng.choice(CO_FORM)


def uscc(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91310" + rng.choice(["115", "104", "112", "101", "117", "120"]) + "".join(
        rng.choice(chars) for _ in range(10))
