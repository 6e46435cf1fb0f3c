"""Invented people, places, employers and numbers: every name, address, company and ID here is made up.

Numbers follow their real schemes so that checks on them are meaningful: 公民身份号码 per GB 11643 (the check
character comes from precheck's public helper), 统一社会信用代码 per GB 32100. Region codes and place names are
ordinary public geography; villages, roads, numbers, people and companies are drawn at random.
"""
from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from precheck.core.id_number import check_character

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕"
            "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤")
GIVEN_MALE = "伟强磊军洋勇杰涛明超辉刚平鹏华飞斌宇浩峰凯鑫俊帅博晨航文志建国海东林龙旭阳振亮成天健永春德"
GIVEN_FEMALE = "芳娜敏静丽艳娟霞秀玲婷雪琳琪颖燕晶慧倩佳欣梅蕾洁丹露怡璐萍红月薇莹彤悦婉清"

# characters a clerk or a form-filler confuses with a near look-alike
LOOKALIKES = {"峰": "锋", "浩": "皓", "琪": "祺", "婷": "亭", "玲": "铃", "斌": "彬", "辉": "晖", "晨": "辰",
              "颖": "颍", "俊": "骏", "晶": "品", "杰": "傑", "清": "晴", "莹": "萤", "彤": "肜"}

ETHNICITIES = ("汉",) * 14 + ("回", "满", "土家", "壮", "苗")


@dataclass(frozen=True)
class Region:
    """A county-level place of household registration: its GB/T 2260 code and names."""

    code: str
    province: str
    city: str  # "" for a province-level city
    district: str
    towns: tuple[str, ...]
    roads: tuple[str, ...]

    @property
    def police(self) -> str:
        """The ID-issuing office: a city district's 分局 or a county's 公安局."""
        if self.district.endswith("区") and self.city:
            return f"{self.city}公安局{self.district[:-1]}分局"
        return f"{self.district}公安局"


REGIONS = (
    Region("341503", "安徽省", "六安市", "裕安区", ("石婆店镇", "独山镇", "青山乡"), ("解放南路", "梅山南路")),
    Region("341202", "安徽省", "阜阳市", "颍州区", ("西湖镇", "三合镇"), ("颍州中路", "清河路")),
    Region("320902", "江苏省", "盐城市", "亭湖区", ("便仓镇", "南洋镇"), ("文港南路", "解放北路")),
    Region("320682", "江苏省", "南通市", "如皋市", ("搬经镇", "白蒲镇"), ("海阳南路", "福寿东路")),
    Region("411625", "河南省", "周口市", "郸城县", ("汲冢镇", "宁平镇"), ("洺南路", "世纪大道")),
    Region("411525", "河南省", "信阳市", "固始县", ("陈淋子镇", "分水亭镇"), ("蓼北路", "红苏大道")),
    Region("361128", "江西省", "上饶市", "鄱阳县", ("田畈街镇", "谢家滩镇"), ("芝山路", "饶州大道")),
    Region("421126", "湖北省", "黄冈市", "蕲春县", ("漕河镇", "株林镇"), ("蕲州路", "东长街")),
    Region("511322", "四川省", "南充市", "营山县", ("骆市镇", "双河镇"), ("朗池路", "新华路")),
    Region("371324", "山东省", "临沂市", "兰陵县", ("长城镇", "向城镇"), ("文化路", "会宝路")),
    Region("330327", "浙江省", "温州市", "苍南县", ("钱库镇", "金乡镇"), ("玉苍路", "人民大道")),
    Region("430524", "湖南省", "邵阳市", "隆回县", ("桃洪镇", "六都寨镇"), ("梅州路", "朝阳路")),
    Region("230103", "黑龙江省", "哈尔滨市", "南岗区", ("红旗满族乡",), ("学府路", "西大直街")),
    Region("620502", "甘肃省", "天水市", "秦州区", ("皂郊镇", "藉口镇"), ("民主西路", "青年北路")),
    Region("500235", "重庆市", "", "云阳县", ("江口镇", "南溪镇"), ("滨江大道", "云江大道")),
)

VILLAGE_FIRST = "龙青石桥东西南北上下大小新老黄柳杨花金张李高马"
VILLAGE_SECOND = ("井村", "山村", "湾村", "塘村", "岗村", "庄村", "桥村", "圩村", "营村", "冲村")
CHINESE_GROUP = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

SHANGHAI_DISTRICTS = {
    "浦东新区": ("浦东", "0115", ("张杨路", "东方路", "锦绣路", "龙东大道", "川沙路", "浦建路", "杨高中路", "金科路")),
    "闵行区": ("闵行", "0112", ("莘松路", "沪闵路", "七莘路", "虹梅南路", "都市路", "联航路")),
    "徐汇区": ("徐汇", "0104", ("漕宝路", "龙华中路", "田林路", "宜山路", "凯旋路")),
    "普陀区": ("普陀", "0107", ("长寿路", "铜川路", "真北路", "金沙江路")),
    "杨浦区": ("杨浦", "0110", ("国权路", "殷行路", "黄兴路", "控江路")),
    "宝山区": ("宝山", "0113", ("共和新路", "友谊路", "牡丹江路", "泰和路")),
    "嘉定区": ("嘉定", "0114", ("城中路", "沪宜公路", "曹安公路", "博乐路")),
    "松江区": ("松江", "0117", ("荣乐东路", "新松江路", "文诚路", "沪松公路")),
}

FIRM_CORES = ("鼎辰", "瑞泓", "嘉禾", "中曜", "盈拓", "启衡", "汇璟", "澄远", "蓝岸", "星衍", "霁川", "允升",
              "沐昕", "柏睿", "朗策", "岚峰", "拓屿", "锦澜", "恒翊", "悦川", "曜石", "谦和", "赫曦", "筑梦")
INDUSTRIES = ("信息技术", "网络科技", "电子商务", "物流", "精密机械", "生物医药", "餐饮管理", "建筑工程",
              "广告传媒", "企业管理咨询", "供应链管理", "医疗器械", "智能科技", "新材料科技", "酒店管理")
AGENCY_KINDS = ("人力资源", "人才服务", "企业服务外包", "劳务派遣")

SCHOOLS = ("江淮理工大学", "东海师范大学", "华中工程学院", "南岭大学", "北溪科技大学", "苏北财经学院",
           "西陵医科大学", "汉江大学", "淮海工业大学", "青川农业大学")
MAJORS = (("计算机科学与技术", "工学"), ("软件工程", "工学"), ("会计学", "管理学"), ("市场营销", "管理学"),
          ("机械设计制造及其自动化", "工学"), ("电子信息工程", "工学"), ("国际经济与贸易", "经济学"),
          ("土木工程", "工学"), ("护理学", "理学"), ("英语", "文学"), ("物流管理", "管理学"), ("数学与应用数学", "理学"))

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)


@dataclass(frozen=True)
class Company:
    """An employer or an agency: its registered name (half-width brackets, as normalised) and its USCC."""

    name: str
    credit_code: str
    district: str
    is_agency: bool = False


def uscc(rng: random.Random, district_code: str) -> str:
    """An 18-character 统一社会信用代码 with a valid GB 32100 check character."""
    body = "91" + "31" + district_code + "MA1" + "".join(rng.choice(USCC_CHARS) for _ in range(6))
    total = sum(USCC_CHARS.index(c) * w for c, w in zip(body, USCC_WEIGHTS))
    check = (31 - total % 31) % 31
    return body + USCC_CHARS[check]


def id_number(rng: random.Random, region: Region, born: date, female: bool) -> str:
    """A 公民身份号码 for a person born in region on born; the sequence's last digit is odd for men."""
    seq = rng.randrange(0, 100) * 10 + rng.choice((0, 2, 4, 6, 8) if female else (1, 3, 5, 7, 9))
    first17 = f"{region.code}{born:%Y%m%d}{seq:03d}"
    return first17 + check_character(first17)


def other_valid_id(rng: random.Random, number: str) -> str:
    """A different valid number for the same person's region and birth date: how a mistyped record still passes."""
    while True:
        seq = int(number[14:17])
        new_seq = (seq + rng.choice((10, 20, -10, 100, -100))) % 1000
        if new_seq % 2 == seq % 2 and new_seq != seq:
            first17 = number[:14] + f"{new_seq:03d}"
            return first17 + check_character(first17)


def person_name(rng: random.Random, female: bool, with_lookalike: bool = False) -> str:
    pool = GIVEN_FEMALE if female else GIVEN_MALE
    while True:
        given = "".join(rng.choice(pool) for _ in range(rng.choice((1, 2, 2, 2))))
        name = rng.choice(SURNAMES) + given
        if not with_lookalike or any(ch in LOOKALIKES for ch in given):
            return name


def lookalike_of(rng: random.Random, name: str) -> str:
    """The same name with one character swapped for its look-alike (never the surname)."""
    spots = [i for i, ch in enumerate(name) if i > 0 and ch in LOOKALIKES]
    i = rng.choice(spots)
    return name[:i] + LOOKALIKES[name[i]] + name[i + 1:]


def hukou_address(rng: random.Random, region: Region) -> str:
    """A household-registration address in region: a village house or a town flat."""
    head = f"{region.province}{region.city}{region.district}"
    if rng.random() < 0.6:
        village = rng.choice(VILLAGE_FIRST) + rng.choice(VILLAGE_SECOND)
        return f"{head}{rng.choice(region.towns)}{village}{rng.choice(CHINESE_GROUP)}组{rng.randint(1, 199)}号"
    return (f"{head}{rng.choice(region.roads)}{rng.randint(1, 399)}号{rng.randint(1, 30)}幢"
            f"{rng.randint(1, 4)}单元{rng.randint(1, 18)}{rng.randint(1, 4):02d}室")


def collective_address(rng: random.Random, region: Region) -> str:
    """A 集体户 address: a talent centre or a university's collective household."""
    head = f"{region.province}{region.city}{region.district}"
    return f"{head}{rng.choice(region.roads)}{rng.randint(1, 299)}号{rng.choice(('人才集体户', '集体户', '单位集体户'))}"


def shanghai_address(rng: random.Random) -> tuple[str, str]:
    """A Shanghai home address (the 居住地址) and its district."""
    district = rng.choice(sorted(SHANGHAI_DISTRICTS))
    road = rng.choice(SHANGHAI_DISTRICTS[district][2])
    if rng.random() < 0.7:
        addr = f"上海市{district}{road}{rng.randint(1, 2999)}弄{rng.randint(1, 60)}号{rng.randint(1, 22)}{rng.randint(1, 4):02d}室"
    else:
        addr = f"上海市{district}{road}{rng.randint(1, 999)}号{rng.randint(1, 30)}{rng.randint(1, 9):02d}室"
    return addr, district


def permit_office(district: str) -> str:
    return f"上海市公安局{SHANGHAI_DISTRICTS[district][0]}分局"


def company(rng: random.Random, agency: bool = False) -> Company:
    """A Shanghai employer: plain, with a bracketed city, or a branch (分公司) — the forms real names take."""
    district = rng.choice(sorted(SHANGHAI_DISTRICTS))
    dcode = SHANGHAI_DISTRICTS[district][1]
    core = rng.choice(FIRM_CORES) + (rng.choice(FIRM_CORES)[0] if rng.random() < 0.3 else "")
    if agency:
        name = rng.choice((f"上海{core}{rng.choice(AGENCY_KINDS)}有限公司",
                           f"{core}{rng.choice(AGENCY_KINDS)}(上海)有限公司"))
        return Company(name, uscc(rng, dcode), district, True)
    industry = rng.choice(INDUSTRIES)
    form = rng.random()
    if form < 0.55:
        name = f"上海{core}{industry}有限公司"
    elif form < 0.8:
        name = f"{core}(上海){industry}有限公司"
    else:
        name = f"{rng.choice(('江苏', '浙江', '深圳', '北京'))}{core}{industry}股份有限公司上海{SHANGHAI_DISTRICTS[district][0]}分公司"
    return Company(name, uscc(rng, dcode), district)


