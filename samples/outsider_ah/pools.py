"""Synthetic data pools: names, places, employers, agencies, schools; ID numbers."""
import datetime as dt

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺顾毛郝龚邵万覃武钱戴严欧莫孔向常汤")
GIVEN1 = list("子欣浩宇思雨梓晨一诗佳俊嘉明文静晓海志建国晴语若书立家天泽睿博心怡雅婷楠磊鹏涛辉杰颖慧琳彤昊煜轩涵瑶萱诺铭宏伟丹亚")
GIVEN2 = list("然涵轩琪彤航宁洋婷杰颖静磊敏丽强军勇娜超霞平刚桂英华玲凯鑫萍斌龙峰飞帆阳蕾洁芳怡悦晨昕锐")
# homophone / look-alike substitutions for name typos
TYPO = {"语": "雨", "雨": "语", "然": "燃", "涵": "函", "轩": "萱", "琪": "淇", "婷": "亭", "杰": "洁", "静": "靜", "磊": "垒",
        "敏": "闽", "丽": "莉", "强": "蔷", "军": "君", "勇": "永", "娜": "纳", "超": "潮", "霞": "夏", "平": "萍", "刚": "钢",
        "华": "桦", "玲": "琳", "凯": "恺", "鑫": "新", "萍": "平", "斌": "彬", "龙": "隆", "峰": "锋", "飞": "菲", "帆": "凡",
        "阳": "扬", "蕾": "磊", "洁": "杰", "芳": "方", "怡": "贻", "悦": "越", "晨": "辰", "昕": "欣", "锐": "瑞", "宁": "凝",
        "洋": "阳", "航": "杭", "颖": "影"}

# province, city, district/county, area code, police authority, rural?
REGIONS = [
    ("河北省", "石家庄市", "长安区", "130102", "石家庄市公安局长安区分局"),
    ("山东省", "青岛市", "市南区", "370202", "青岛市公安局市南分局"),
    ("江苏省", "南通市", "崇川区", "320602", "南通市公安局崇川分局"),
    ("安徽省", "合肥市", "蜀山区", "340104", "合肥市公安局蜀山分局"),
    ("浙江省", "温州市", "鹿城区", "330302", "温州市公安局鹿城区分局"),
    ("河南省", "郑州市", "金水区", "410105", "郑州市公安局金水分局"),
    ("湖北省", "武汉市", "洪山区", "420111", "武汉市公安局洪山区分局"),
    ("湖南省", "长沙市", "岳麓区", "430104", "长沙市公安局岳麓分局"),
    ("四川省", "成都市", "武侯区", "510107", "成都市公安局武侯区分局"),
    ("江西省", "南昌市", "东湖区", "360102", "南昌市公安局东湖分局"),
    ("福建省", "泉州市", "丰泽区", "350503", "泉州市公安局丰泽分局"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "哈尔滨市公安局南岗分局"),
    ("陕西省", "西安市", "雁塔区", "610113", "西安市公安局雁塔分局"),
    ("甘肃省", "兰州市", "城关区", "620102", "兰州市公安局城关分局"),
    ("重庆市", "", "渝中区", "500103", "重庆市公安局渝中区分局"),
    ("辽宁省", "大连市", "沙河口区", "210204", "大连市公安局沙河口分局"),
    ("山西省", "太原市", "小店区", "140105", "太原市公安局小店分局"),
    ("江苏省", "徐州市", "鼓楼区", "320302", "徐州市公安局鼓楼分局"),
    ("安徽省", "阜阳市", "颍州区", "341202", "阜阳市公安局颍州分局"),
    ("广西壮族自治区", "南宁市", "青秀区", "450103", "南宁市公安局青秀分局"),
]
ROADS = ["长江路", "人民路", "建设大街", "解放路", "中山路", "和平路", "文化路", "新华街", "胜利路", "光明路", "朝阳路",
         "兴业街", "民主路", "东风路", "青年路", "北京路", "团结街", "工农路", "园林路", "滨河路"]
TOWNS = ["城关镇", "新安镇", "石桥镇", "龙泉镇", "平安镇", "白沙镇", "清河镇", "柳林镇"]
VILLAGES = ["东风村", "红星村", "前进村", "张庄村", "李家村", "河西村", "新民村", "胜利村"]
SH_DISTRICTS = ["浦东新区", "徐汇区", "闵行区", "松江区", "宝山区", "杨浦区", "普陀区", "长宁区", "嘉定区", "静安区", "青浦区", "奉贤区"]
SH_ROADS = ["锦绣路", "真北路", "龙华西路", "沪闵路", "共和新路", "张杨路", "中山北路", "漕宝路", "古美路", "殷高东路",
            "荣乐东路", "江杨南路", "曹安公路", "金科路", "虹梅路", "莘庄东路", "顾戴路", "新闸路"]
SH_TAX = {d: f"国家税务总局上海市{d}税务局" for d in SH_DISTRICTS}

CO_WORDS = ["浦江", "华腾", "申通达", "云帆", "汇博", "星辰", "东方明", "鼎信", "和润", "启明", "恒泰", "智联创", "卓越",
            "锦程", "宏远", "新晟", "瑞科", "九州通", "蓝海", "凌云", "佳禾", "海纳", "中祥", "天圆"]
CO_TRADES = ["信息技术", "网络科技", "电子科技", "贸易", "物流", "医药", "建筑工程", "文化传媒", "餐饮管理", "机械设备",
             "生物科技", "检测技术", "供应链管理", "软件"]
CO_FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "（集团）有限公司"]
AGENCIES = ["上海博联人力资源有限公司", "上海众睿人力资源服务有限公司", "上海沪才企业管理咨询有限公司", "上海联拓人才服务有限公司",
            "上海仁和劳务派遣有限公司"]
OTHER_CITIES = ["苏州", "杭州", "南京", "无锡", "宁波", "合肥"]

SCHOOLS = ["浙江工业大学", "江西财经大学", "南京工业大学", "安徽大学", "郑州大学", "湖南师范大学", "西南交通大学", "山东科技大学",
           "河北工业大学", "福州大学", "长安大学", "上海理工大学", "华东理工大学", "苏州大学", "扬州大学", "兰州理工大学"]
COLLEGES = ["上海电子信息职业技术学院", "江苏经贸职业技术学院", "安徽职业技术学院", "河南工业职业技术学院", "湖南铁道职业技术学院"]
MAJORS = [("计算机科学与技术", "工学"), ("机械设计制造及其自动化", "工学"), ("会计学", "管理学"), ("国际经济与贸易", "经济学"),
          ("汉语言文学", "文学"), ("电气工程及其自动化", "工学"), ("市场营销", "管理学"), ("土木工程", "工学"),
          ("药学", "理学"), ("英语", "文学"), ("软件工程", "工学"), ("财务管理", "管理学")]
MAJORS_COLLEGE = ["计算机应用技术", "会计", "物流管理", "机电一体化技术", "电子商务", "市场营销"]

W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def check_digit(id17):
    return CHK[sum(int(a) * b for a, b in zip(id17, W)) % 11]


def id_valid(idn):
    if len(idn) != 18 or not idn[:17].isdigit():
        return False
    try:
        dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return check_digit(idn[:17]) == idn[17].upper()


def make_id(area, birth, male, rng):
    seq = rng.randrange(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return s17 + check_digit(s17)


def typo_id(idn, rng):
    """one digit changed in the sequence part -> check digit fails"""
    pos = rng.choice([14, 15])
    d = str((int(idn[pos]) + rng.randint(1, 8)) % 10)
    return idn[:pos] + d + idn[pos + 1:]


def other_valid_id(idn, rng):
    """a different, valid number (two digits of the sequence swapped/changed, check digit recomputed)"""
    while True:
        s = idn[:14] + f"{rng.randrange(0, 1000):03d}"
        if int(s[16]) % 2 == int(idn[16]) % 2 and s != idn[:17]:
            return s + check_digit(s)


def credit_code(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91310" + rng.choice(["115", "104", "112", "117", "101", "113"]) + "".join(rng.choice(chars) for _ in range(9)) + rng.choice(chars)


def person_name(rng, given_len=None):
    s = rng.choice(SURNAMES)
    n = given_len or rng.choice([1, 2, 2, 2])
    g = rng.choice(GIVEN1) + (rng.choice(GIVEN2) if n == 2 else "")
    if n == 1:
        g = rng.choice(GIVEN2)
    return s + g


def name_typo(name, rng):
    for i in range(len(name) - 1, 0, -1):
        if name[i] in TYPO:
            return name[:i] + TYPO[name[i]] + name[i + 1:]
    return name[0] + ("雨" if name[1] != "雨" else "语") + name[2:]


def company(rng):
    return "上海" + rng.choice(CO_WORDS) + rng.choice(CO_TRADES) + rng.choice(CO_FORMS)


def hukou_address(region, rng):
    prov, city, dist = region[0], region[1], region[2]
    if rng.random() < 0.35:
        return f"{prov}{city}{dist}{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 120)}号"
    s = f"{prov}{city}{dist}{rng.choice(ROADS)}{rng.randint(1, 600)}号"
    if rng.random() < 0.7:
        s += f"{rng.randint(1, 30)}幢{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"
    return s


def sh_address(rng):
    return f"上海市{rng.choice(SH_DISTRICTS)}{rng.choice(SH_ROADS)}{rng.randint(10, 2000)}弄{rng.randint(1, 80)}号{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"
