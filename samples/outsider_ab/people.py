"""Synthetic persons, addresses, companies. Real area codes and Shanghai
districts; invented roads, names and companies."""
import datetime as dt

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙史陶贺顾毛郝龚邵万覃武钱戴严莫孔向常汤")
GIVEN_M = list("伟强磊军勇杰涛斌超明辉鹏华飞刚平浩俊峰宇凯健帆晨阳博文斌翔宁昊轩睿哲远航志国建立新海波振东亮")
GIVEN_F = list("芳娜敏静丽艳娟霞秀婷雪琳颖洁莉蓉倩佳欣悦璐瑶怡楠晶慧琪萍岚薇雯菲蕾梦琴婧")
GIVEN_X = list("子思雨一嘉梓诗晓若可欣亦语书佳心沐安星晨乐")
# homophone / near-form swaps used for a name defect
NAME_SWAP = {"晓": "小", "婷": "亭", "明": "鸣", "静": "菁", "伟": "玮", "丽": "莉", "杰": "洁", "军": "君",
             "华": "骅", "娜": "纳", "敏": "珉", "涛": "滔", "斌": "彬", "辉": "晖", "鹏": "朋", "芳": "方",
             "磊": "垒", "勇": "永", "超": "潮", "峰": "锋", "宇": "雨", "凯": "恺", "健": "建", "帆": "凡",
             "晨": "辰", "阳": "扬", "博": "波", "文": "雯", "翔": "祥", "宁": "凝", "浩": "皓", "俊": "骏",
             "雪": "雷", "琳": "林", "颖": "影", "洁": "杰", "倩": "茜", "佳": "嘉", "欣": "新", "悦": "跃",
             "瑶": "遥", "怡": "宜", "楠": "南", "慧": "惠", "琪": "淇", "萍": "平", "雯": "文", "蕾": "雷",
             "梦": "蒙", "琴": "芹", "子": "梓", "思": "斯", "雨": "宇", "一": "依", "嘉": "佳", "诗": "施",
             "若": "偌", "可": "珂", "亦": "逸", "语": "雨", "书": "舒", "心": "欣", "沐": "木", "安": "岸",
             "星": "兴", "乐": "悦", "远": "源", "航": "杭", "志": "智", "国": "帼", "建": "健", "立": "力",
             "新": "欣", "海": "凯", "波": "博", "振": "震", "东": "冬", "亮": "良", "强": "蔷", "平": "萍",
             "峻": "俊", "飞": "菲", "刚": "钢", "昊": "浩", "轩": "萱", "睿": "锐", "哲": "喆", "敬": "静",
             "艳": "燕", "娟": "鹃", "霞": "夏", "秀": "绣", "莉": "丽", "蓉": "容", "璐": "露", "岚": "兰",
             "薇": "微", "菲": "飞", "婧": "静", "晶": "京"}

# real county-level codes: (code, province, city, district, authority)
AREAS = [
    ("130102", "河北省", "石家庄市", "长安区"),
    ("370202", "山东省", "青岛市", "市南区"),
    ("371302", "山东省", "临沂市", "兰山区"),
    ("320106", "江苏省", "南京市", "鼓楼区"),
    ("320506", "江苏省", "苏州市", "吴中区"),
    ("320481", "江苏省", "常州市", "溧阳市"),
    ("330106", "浙江省", "杭州市", "西湖区"),
    ("330424", "浙江省", "嘉兴市", "海盐县"),
    ("340104", "安徽省", "合肥市", "蜀山区"),
    ("340203", "安徽省", "芜湖市", "弋江区"),
    ("360102", "江西省", "南昌市", "东湖区"),
    ("410105", "河南省", "郑州市", "金水区"),
    ("411302", "河南省", "南阳市", "宛城区"),
    ("420106", "湖北省", "武汉市", "武昌区"),
    ("430104", "湖南省", "长沙市", "岳麓区"),
    ("500103", "重庆市", "", "渝中区"),
    ("510107", "四川省", "成都市", "武侯区"),
    ("610113", "陕西省", "西安市", "雁塔区"),
    ("350203", "福建省", "厦门市", "思明区"),
    ("210203", "辽宁省", "大连市", "西岗区"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区"),
    ("140105", "山西省", "太原市", "小店区"),
    ("520102", "贵州省", "贵阳市", "南明区"),
    ("530102", "云南省", "昆明市", "五华区"),
    ("620102", "甘肃省", "兰州市", "城关区"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区"),
]

ROAD_A = list("枫樟梧桐榆槐柳杏桂兰蕙芷荷菱藕湘沅澄清润泰和安康宁丰瑞景秀云霞锦绣翠青岚")
ROAD_B = ["林", "苑", "湾", "塘", "溪", "桥", "园", "岗", "坪", "原", "泉", "堤", "渠", "庄", "阳", "华", "兴", "盛", "福", "源"]
ROAD_T = ["路", "路", "路", "街", "大道", "巷"]
TOWN = ["城关", "新桥", "永安", "太平", "兴隆", "河口", "柳湾", "石门", "大王", "双河", "东岗", "马坊"]
VILLAGE = ["东风", "红旗", "前进", "光明", "胜利", "新民", "和平", "团结", "向阳", "长青", "五星", "富民"]

SH_DISTRICTS = [("310115", "浦东新区"), ("310112", "闵行区"), ("310104", "徐汇区"), ("310105", "长宁区"),
                ("310106", "静安区"), ("310107", "普陀区"), ("310110", "杨浦区"), ("310109", "虹口区"),
                ("310113", "宝山区"), ("310114", "嘉定区"), ("310117", "松江区"), ("310118", "青浦区"),
                ("310120", "奉贤区"), ("310116", "金山区"), ("310101", "黄浦区")]

CO_WORD = ["浦江", "华腾", "申远", "卓研", "恒川", "云启", "瀚海", "锦程", "启明", "联拓", "佳禾", "星衍",
           "弘毅", "智汇", "泓源", "博睿", "沃衡", "鼎泰", "青禾", "嘉霖", "铭泽", "朗峰", "微澜", "知行",
           "融达", "澄明", "凯衡", "远舟", "汇川", "芯程"]
CO_IND = ["信息技术", "网络科技", "生物医药", "物流", "建筑工程", "贸易", "电子科技", "餐饮管理", "文化传播",
          "精密机械", "新能源科技", "咨询管理", "软件", "供应链管理", "检测技术", "医疗器械", "环境工程"]
AGENCY_IND = ["人力资源", "人力资源服务", "企业管理咨询", "劳务派遣"]
PROV_CITY = ["江苏", "浙江", "安徽", "山东", "广东", "湖北", "福建"]

SCHOOLS = ["浙江工业大学", "江西财经大学", "南京工业大学", "安徽大学", "郑州大学", "湖南师范大学", "西南交通大学",
           "西安电子科技大学", "山东大学", "苏州大学", "华东理工大学", "上海理工大学", "武汉理工大学",
           "东北林业大学", "福州大学", "长沙理工大学", "河北工业大学", "南昌大学", "重庆邮电大学", "青岛大学"]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("机械设计制造及其自动化", "工学"),
          ("电子信息工程", "工学"), ("土木工程", "工学"), ("会计学", "管理学"), ("市场营销", "管理学"),
          ("国际经济与贸易", "经济学"), ("金融学", "经济学"), ("汉语言文学", "文学"), ("英语", "文学"),
          ("生物技术", "理学"), ("应用化学", "理学"), ("法学", "法学"), ("药学", "理学"), ("物流管理", "管理学")]


def pick_name(rng, male):
    s = rng.choice(SURNAMES)
    pool = GIVEN_M if male else GIVEN_F
    if rng.random() < 0.55:
        g = rng.choice(GIVEN_X + pool) + rng.choice(pool)
    else:
        g = rng.choice(pool)
    return s + g


def swap_one_char(rng, name):
    idx = [i for i, c in enumerate(name) if i > 0 and c in NAME_SWAP]
    if not idx:
        return name[0] + "晓" + name[2:] if len(name) > 2 else name + "晓"
    i = rng.choice(idx)
    return name[:i] + NAME_SWAP[name[i]] + name[i + 1:]


def road(rng):
    return rng.choice(ROAD_A) + rng.choice(ROAD_B) + rng.choice(ROAD_T)


def area_prefix(a):
    code, prov, city, dist = a
    return prov + city + dist


def hukou_address(rng, a):
    p = area_prefix(a)
    r = rng.random()
    if r < 0.45:
        return f"{p}{road(rng)}{rng.randint(3, 899)}号{rng.randint(1, 30)}幢{rng.randint(1, 26)}{rng.randint(1, 4):02d}室"
    if r < 0.75:
        return f"{p}{rng.choice(TOWN)}镇{rng.choice(VILLAGE)}村{rng.randint(1, 12)}组{rng.randint(1, 120)}号"
    return f"{p}{road(rng)}{rng.randint(3, 499)}号{rng.randint(1, 9)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室"


def sh_address(rng):
    code, d = rng.choice(SH_DISTRICTS)
    return f"上海市{d}{road(rng)}{rng.randint(10, 1999)}弄{rng.randint(1, 99)}号{rng.randint(1, 32)}{rng.randint(1, 6):02d}室", code, d


def company(rng, kind="plain"):
    w = rng.choice(CO_WORD)
    ind = rng.choice(CO_IND)
    code, d = rng.choice(SH_DISTRICTS)
    if kind == "branch":
        prov = rng.choice(PROV_CITY)
        return f"{prov}{w}{ind}有限公司上海{d.replace('新区', '').replace('区', '')}分公司", code
    if kind == "bracket":
        return f"{w}{ind}(上海)有限公司", code
    if kind == "group":
        return f"上海{w}(集团)有限公司", code
    return f"上海{w}{ind}有限公司", code


def agency(rng):
    code, d = rng.choice(SH_DISTRICTS)
    return f"上海{rng.choice(CO_WORD)}{rng.choice(AGENCY_IND)}有限公司", code


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def age_at(birth, on):
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def fw(s):
    """half-width -> full-width brackets/digits as some prints show them."""
    return s.replace("(", "（").replace(")", "）")


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n] if n else "〇"
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(d, day=True):
    s = f"{cn_year(d.year)}年{cn_num(d.month)}月"
    return s + (f"{cn_num(d.day)}日" if day else "")


def cjk_date(d, pad=False, sp=False):
    if sp:
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    if pad:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    return f"{d.year}年{d.month}月{d.day}日"
