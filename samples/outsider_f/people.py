"""Invented people, places, companies and valid ID numbers (GB 11643)."""
import datetime as dt

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建文辉玲萍红鹏飞宇浩然婷雪梅琳晨思佳怡欣悦宁凯瑞博涵子轩梓睿晓雯彤琪嘉俊毅志斌亮颖倩蕾晶燕丹虹岚"
# (area code, province, city, district, authority, streets)
PLACES = [
    ("320106", "江苏省", "南京市", "鼓楼区", "南京市公安局鼓楼分局", ["中山北路", "湖南路", "宁海路", "北京西路"]),
    ("330106", "浙江省", "杭州市", "西湖区", "杭州市公安局西湖区分局", ["文三路", "天目山路", "古墩路", "学院路"]),
    ("340104", "安徽省", "合肥市", "蜀山区", "合肥市公安局蜀山分局", ["长江西路", "黄山路", "望江西路"]),
    ("410105", "河南省", "郑州市", "金水区", "郑州市公安局金水分局", ["花园路", "经三路", "农业路"]),
    ("420106", "湖北省", "武汉市", "武昌区", "武汉市公安局武昌分局", ["中南路", "中北路", "武珞路"]),
    ("430102", "湖南省", "长沙市", "芙蓉区", "长沙市公安局芙蓉分局", ["五一大道", "韶山北路", "车站北路"]),
    ("510107", "四川省", "成都市", "武侯区", "成都市公安局武侯区分局", ["人民南路四段", "玉林北路", "科华北路"]),
    ("370102", "山东省", "济南市", "历下区", "济南市公安局历下区分局", ["泉城路", "解放路", "文化东路"]),
    ("360102", "江西省", "南昌市", "东湖区", "南昌市公安局东湖分局", ["八一大道", "阳明路", "叠山路"]),
    ("350102", "福建省", "福州市", "鼓楼区", "福州市公安局鼓楼分局", ["五四路", "杨桥中路", "湖东路"]),
    ("610113", "陕西省", "西安市", "雁塔区", "西安市公安局雁塔分局", ["小寨东路", "长安南路", "科技路"]),
    ("220102", "吉林省", "长春市", "南关区", "长春市公安局南关区分局", ["人民大街", "解放大路", "自由大路"]),
    ("341621", "安徽省", "亳州市", "涡阳县", "涡阳县公安局", None),
    ("412722", "河南省", "周口市", "西华县", "西华县公安局", None),
    ("321322", "江苏省", "宿迁市", "沭阳县", "沭阳县公安局", None),
    ("362329", "江西省", "上饶市", "余干县", "余干县公安局", None),
]
TOWNS = ["城关镇", "黄桥镇", "新集镇", "王庄镇", "李集乡", "临河镇"]
VILLAGES = ["东街村", "南湖村", "杨楼村", "前进村", "大李庄村", "新华村"]
SH_DISTRICTS = ["浦东新区", "闵行区", "徐汇区", "长宁区", "普陀区", "杨浦区", "宝山区", "嘉定区", "松江区", "静安区"]
SH_ROADS = ["锦绣路", "莲花路", "虹梅路", "真北路", "延长路", "国权路", "共康路", "曹安公路", "文翔路", "张杨路", "七莘路", "中山西路"]
CO_HEAD = ["申联", "浦江", "汇川", "启辰", "博远", "星衡", "润泽", "云帆", "卓越", "海纳", "锦程", "禾信", "东湃", "知行", "众合"]
CO_TRADE = ["信息科技", "网络技术", "电子商务", "医疗器械", "建筑工程", "物流", "文化传媒", "智能科技", "生物科技", "贸易",
            "企业管理咨询", "餐饮管理"]
AGENCIES = ["上海{}人力资源有限公司", "上海{}人才服务有限公司", "上海{}企业服务外包有限公司"]
SCHOOLS = ["南京师范大学", "安徽大学", "郑州大学", "武汉理工大学", "湖南大学", "西南交通大学", "山东财经大学", "江西师范大学",
           "福州大学", "长安大学", "吉林大学", "上海理工大学", "华东理工大学", "东华大学", "上海师范大学", "合肥工业大学"]
COLLEGES = ["南京工业职业技术大学", "安徽商贸职业技术学院", "河南职业技术学院", "武汉职业技术学院", "上海电子信息职业技术学院"]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("会计学", "管理学"), ("国际经济与贸易", "经济学"),
          ("机械设计制造及其自动化", "工学"), ("汉语言文学", "文学"), ("英语", "文学"), ("市场营销", "管理学"),
          ("电子信息工程", "工学"), ("护理学", "理学"), ("法学", "法学"), ("土木工程", "工学")]
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def check_digit(first17):
    return "10X98765432"[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def id_valid(number):
    if len(number) != 18 or not number[:17].isdigit():
        return False
    try:
        dt.date(int(number[6:10]), int(number[10:12]), int(number[12:14]))
    except ValueError:
        return False
    return check_digit(number[:17]) == number[17]


def make_id(rng, area, birth, sex):
    seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    first = f"{area}{birth:%Y%m%d}{seq:03d}"
    return first + check_digit(first)


def name(rng, surname=None):
    surname = surname or rng.choice(SURNAMES)
    return surname + "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2, 2])))


def hukou_address(rng, place):
    area, prov, city, dist, _, streets = place
    if streets:
        road = rng.choice(streets)
        kind = rng.random()
        if kind < 0.4:
            return f"{prov}{city}{dist}{road}{rng.randint(2, 399)}号{rng.randint(1, 30)}幢{rng.randint(1, 28)}0{rng.randint(1, 6)}室"
        if kind < 0.7:
            return f"{prov}{city}{dist}{road}{rng.randint(2, 399)}弄{rng.randint(1, 60)}号{rng.randint(101, 2406)}室"
        return f"{prov}{city}{dist}{road}{rng.randint(2, 399)}号{rng.randint(1, 12)}单元{rng.randint(101, 1806)}"
    return f"{prov}{city}{dist}{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 120)}号"


def shanghai_address(rng):
    return f"上海市{rng.choice(SH_DISTRICTS)}{rng.choice(SH_ROADS)}{rng.randint(10, 2999)}弄{rng.randint(1, 99)}号{rng.randint(101, 2204)}室"


def company(rng):
    return f"上海{rng.choice(CO_HEAD)}{rng.choice(CO_TRADE)}有限公司"


def agency(rng):
    return rng.choice(AGENCIES).format(rng.choice(["仁联", "才汇", "精英", "智服", "通达"]))


def credit_code(rng):
    chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91310" + rng.choice("0123456") + "".join(rng.choice(chars) for _ in range(12))


def one_char_off(rng, text):
    """The same address with one digit or character changed (a real 户口簿/居住证 discrepancy)."""
    positions = [i for i, c in enumerate(text) if c.isdigit()]
    i = rng.choice(positions[-4:]) if positions else len(text) - 2
    c = text[i]
    new = str((int(c) + rng.randint(1, 8)) % 10) if c.isdigit() else "东"
    if i == 0 and new == "0":
        new = "1"
    return text[:i] + new + text[i + 1:]
