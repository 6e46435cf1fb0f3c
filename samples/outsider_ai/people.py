"""Invented people, places, companies and schools (all synthetic)."""
import datetime as dt

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱严戴莫孔向汤")
GIVEN_M = list("伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林欣博文立志海峰亮成东建国庆晨阳洋晓睿哲航")
GIVEN_F = list("芳娜敏静丽艳娟霞燕玲桂英秀兰琳洁婷雪慧颖倩琪萍红月梅莉晶欣怡佳悦蕾璐瑶薇岚雯诗梦思涵")
# characters that look/sound alike: used for a mistyped name on one document
SLIPS = {"伟": "玮", "磊": "垒", "军": "君", "杰": "洁", "涛": "滔", "斌": "彬", "明": "铭", "刚": "钢",
         "辉": "晖", "鹏": "朋", "华": "骅", "飞": "菲", "波": "博", "宇": "雨", "浩": "皓", "俊": "骏",
         "帆": "凡", "旭": "煦", "宁": "凝", "林": "琳", "立": "力", "志": "智", "峰": "锋", "亮": "靓",
         "晨": "辰", "阳": "扬", "洋": "杨", "芳": "方", "娜": "那", "敏": "民", "静": "婧", "丽": "莉",
         "艳": "燕", "娟": "鹃", "玲": "铃", "英": "瑛", "兰": "岚", "琳": "林", "洁": "杰", "婷": "亭",
         "雪": "雯", "慧": "惠", "颖": "莹", "倩": "茜", "琪": "琦", "萍": "苹", "红": "虹", "月": "悦",
         "梅": "玫", "晶": "菁", "欣": "昕", "怡": "仪", "佳": "嘉", "悦": "越", "蕾": "雷", "瑶": "遥",
         "薇": "微", "雯": "文", "诗": "时", "梦": "孟", "思": "斯", "涵": "寒", "鑫": "欣", "凯": "恺",
         "健": "建", "博": "波", "文": "雯", "成": "诚", "东": "冬", "建": "健", "国": "果", "庆": "青",
         "晓": "小", "睿": "瑞", "哲": "浙", "航": "杭", "平": "萍", "超": "潮", "强": "墙", "勇": "涌",
         "龙": "隆", "桂": "贵", "秀": "绣", "霞": "侠", "燕": "艳", "莉": "丽", "璐": "露", "岚": "兰"}

# (code, province, city, district, county-level-city?)
REGIONS = [
    ("130102", "河北省", "石家庄市", "长安区"), ("370202", "山东省", "青岛市", "市南区"),
    ("320106", "江苏省", "南京市", "鼓楼区"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("340104", "安徽省", "合肥市", "蜀山区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("410105", "河南省", "郑州市", "金水区"), ("420106", "湖北省", "武汉市", "武昌区"),
    ("430104", "湖南省", "长沙市", "岳麓区"), ("500103", "重庆市", "", "渝中区"),
    ("510107", "四川省", "成都市", "武侯区"), ("610113", "陕西省", "西安市", "雁塔区"),
    ("350203", "福建省", "厦门市", "思明区"), ("220104", "吉林省", "长春市", "朝阳区"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区"), ("140105", "山西省", "太原市", "小店区"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区"), ("520102", "贵州省", "贵阳市", "南明区"),
    ("530102", "云南省", "昆明市", "五华区"), ("620102", "甘肃省", "兰州市", "城关区"),
    ("320583", "江苏省", "苏州市", "昆山市"), ("330282", "浙江省", "宁波市", "慈溪市"),
    ("341202", "安徽省", "阜阳市", "颍州区"), ("411302", "河南省", "南阳市", "宛城区"),
    ("321002", "江苏省", "扬州市", "广陵区"), ("360502", "江西省", "新余市", "渝水区"),
]
ROADS = ["长江路", "人民路", "解放路", "建设路", "中山路", "胜利街", "和平路", "光明街", "新华路",
         "文化路", "友谊路", "朝阳路", "民主路", "青年路", "育才街", "东风路", "花园路", "幸福街"]
VILLAGES = ["城关镇东风村", "柳河镇王庄村", "新安镇李家村", "白沙镇红星村", "清河乡前进村", "石桥镇许庄村"]
SH_DISTRICTS = [("浦东新区", ["张杨路", "锦绣路", "杨高南路", "金科路", "川沙路", "周浦镇年家浜路"]),
                ("徐汇区", ["漕溪北路", "宜山路", "虹漕路", "龙华中路"]),
                ("闵行区", ["莘庄镇莘松路", "七莘路", "虹井路", "都市路"]),
                ("宝山区", ["共康路", "友谊路", "牡丹江路", "沪太路"]),
                ("杨浦区", ["控江路", "国定路", "黄兴路", "长阳路"]),
                ("松江区", ["真北路", "人民北路", "文诚路", "新松江路"]),
                ("嘉定区", ["博乐路", "城中路", "墨玉路", "沪宜公路"]),
                ("普陀区", ["真光路", "铜川路", "武宁路", "曹杨路"]),
                ("长宁区", ["天山路", "仙霞路", "虹桥路", "娄山关路"]),
                ("青浦区", ["华青路", "公园路", "城中东路"])]
SH_ROADS_FLAT = [(d, r) for d, rs in SH_DISTRICTS for r in rs]

BRANDS = ["浦江", "华腾", "申达", "锦程", "瑞晟", "恒拓", "启元", "云帆", "博远", "汇川", "鼎晟", "星澜",
          "嘉禾", "润泽", "拓普", "众诚", "联拓", "衡远", "翔宇", "泓图", "宸安", "睿泰", "安衡", "沐川",
          "卓屹", "铭川", "悦航", "中衡", "昱辉", "凯澜"]
INDUSTRIES = ["信息技术", "网络科技", "电子商务", "物流", "医疗器械", "生物科技", "建筑工程", "餐饮管理",
              "国际贸易", "智能制造", "文化传媒", "企业管理咨询", "新材料科技", "汽车零部件", "软件"]
AGENCY_KINDS = ["人力资源有限公司", "人才服务有限公司", "企业服务有限公司", "劳务派遣有限公司"]
ORG_FORMS = ["有限公司", "有限责任公司", "股份有限公司"]

SCHOOLS = ["江西财经大学", "浙江工业大学", "河南理工大学", "湖南科技大学", "西南交通大学", "安徽工业大学",
           "青岛科技大学", "南京工业大学", "武汉工程大学", "西安工业大学", "福建农林大学", "长春工业大学",
           "太原科技大学", "昆明理工大学", "兰州交通大学", "扬州大学", "贵州大学", "广西科技大学"]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("机械设计制造及其自动化", "工学"),
          ("电气工程及其自动化", "工学"), ("会计学", "管理学"), ("市场营销", "管理学"),
          ("国际经济与贸易", "经济学"), ("汉语言文学", "文学"), ("英语", "文学"), ("土木工程", "工学"),
          ("物流管理", "管理学"), ("应用化学", "理学"), ("数学与应用数学", "理学"), ("金融学", "经济学")]
JOBS = ["软件开发工程师", "测试工程师", "销售代表", "会计", "行政专员", "产品经理", "客户经理", "仓储主管",
        "质量工程师", "设计师", "采购专员", "运营专员", "技术支持", "项目助理"]
TAX_OFFICES = {"310101": "黄浦区", "310104": "徐汇区", "310105": "长宁区", "310106": "静安区",
               "310107": "普陀区", "310109": "虹口区", "310110": "杨浦区", "310112": "闵行区",
               "310113": "宝山区", "310114": "嘉定区", "310115": "浦东新区", "310116": "金山区",
               "310117": "松江区", "310118": "青浦区", "310120": "奉贤区"}


def pick_name(rng, sex, avoid=()):
    while True:
        pool = GIVEN_M if sex == "男" else GIVEN_F
        given = rng.choice(pool) + (rng.choice(pool) if rng.random() < 0.75 else "")
        name = rng.choice(SURNAMES) + given
        if name not in avoid and len(set(given)) == len(given):
            return name


def slip_name(name, rng):
    """The same name with one given-name character swapped for a look-alike."""
    idx = [k for k in range(1, len(name)) if name[k] in SLIPS]
    k = rng.choice(idx) if idx else len(name) - 1
    rep = SLIPS.get(name[k], "玮")
    return name[:k] + rep + name[k + 1:]


def region_place(reg):
    code, prov, city, dist = reg
    return prov + city + dist


def hukou_address(rng, reg):
    base = region_place(reg)
    if rng.random() < 0.3:
        return base + rng.choice(VILLAGES) + "%d组%d号" % (rng.randint(1, 9), rng.randint(1, 120))
    return base + "%s%d号%d幢%d室" % (rng.choice(ROADS), rng.randint(1, 600), rng.randint(1, 30),
                                   rng.randint(1, 28) * 100 + rng.randint(1, 8))


def sh_address(rng):
    d, r = rng.choice(SH_ROADS_FLAT)
    return "上海市%s%s%d弄%d号%d室" % (d, r, rng.randint(10, 999), rng.randint(1, 60),
                                  rng.randint(1, 25) * 100 + rng.randint(1, 6))


def issuing_authority(reg):
    code, prov, city, dist = reg
    if dist.endswith("市"):
        return dist + "公安局"
    if not city:
        return prov + "公安局" + dist + "分局"
    return city + "公安局" + dist + "分局"


def police_station(reg, rng):
    return reg[3] + rng.choice(["城关", "东湖", "新华", "胜利", "和平", "北站", "南关"]) + "派出所"


def company(rng, avoid=(), style=None):
    """Returns dict(display=name as printed on the contract, norm=normalised
    name, style)."""
    while True:
        brand = rng.choice(BRANDS)
        ind = rng.choice(INDUSTRIES)
        style = style or rng.choice(["plain", "plain", "llc", "joint", "city_bracket", "branch", "group"])
        if style == "plain":
            disp = "上海%s%s有限公司" % (brand, ind)
        elif style == "llc":
            disp = "上海%s%s有限责任公司" % (brand, ind)
        elif style == "joint":
            disp = "%s%s股份有限公司" % (brand, ind)
        elif style == "city_bracket":
            disp = "%s（上海）%s有限公司" % (brand, ind)
        elif style == "branch":
            disp = "%s%s股份有限公司上海分公司" % (brand, ind) if rng.random() < 0.5 else \
                "江苏%s%s有限公司上海分公司" % (brand, ind)
        else:
            disp = "上海%s（集团）有限公司" % brand
        n = norm(disp)
        if n not in avoid:
            return {"display": disp, "norm": n, "style": style, "brand": brand}


def agency(rng, avoid=()):
    while True:
        disp = "上海%s%s" % (rng.choice(BRANDS), rng.choice(AGENCY_KINDS))
        if norm(disp) not in avoid:
            return {"display": disp, "norm": norm(disp), "style": "agency"}


_FW = {ord("（"): "(", ord("）"): ")", ord("："): ":", ord("　"): ""}
_FW.update({0xFF10 + k: str(k) for k in range(10)})
_FW.update({0xFF21 + k: chr(0x41 + k) for k in range(26)})
_FW.update({0xFF41 + k: chr(0x61 + k) for k in range(26)})


def norm(s):
    """SPEC §3 normalisation: white space removed, full-width digits,
    letters and brackets made half-width."""
    return "".join(s.translate(_FW).split())


def cn_date(d, style="cn"):
    if style == "cn":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "cn0":
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if style == "dot":
        return d.strftime("%Y.%m.%d")
    if style == "dash":
        return d.isoformat()
    if style == "slash":
        return d.strftime("%Y/%m/%d")
    raise ValueError(style)


CN_DIGITS = "〇一二三四五六七八九"


def cn_numeral_date(d, with_day=True):
    y = "".join(CN_DIGITS[int(c)] for c in str(d.year))

    def num(n):
        if n < 10:
            return CN_DIGITS[n]
        if n == 10:
            return "十"
        if n < 20:
            return "十" + CN_DIGITS[n - 10]
        return CN_DIGITS[n // 10] + "十" + (CN_DIGITS[n % 10] if n % 10 else "")
    s = "%s年%s月" % (y, num(d.month))
    return s + ("%s日" % num(d.day) if with_day else "")


def money(x):
    return "%.2f" % x


def month_str(y, m):
    return "%04d-%02d" % (y, m)


def month_iter(start, end):
    """start/end 'YYYY-MM' inclusive."""
    y, m = int(start[:4]), int(start[5:])
    ey, em = int(end[:4]), int(end[5:])
    out = []
    while (y, m) <= (ey, em):
        out.append(month_str(y, m))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def month_last_day(mstr):
    y, m = int(mstr[:4]), int(mstr[5:])
    nxt = dt.date(y + (m == 12), 1 if m == 12 else m + 1, 1)
    return nxt - dt.timedelta(days=1)
