"""Synthetic people: names, ID numbers with valid check digits, addresses, employers."""
from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, timedelta

from precheck.core.id_number import birth_date_of, check_character

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志文斌宇浩凯俊峰晨晓欣怡佳琪雪梅婷颖鑫磊宁博涵睿哲轩思雨嘉乐子墨若曦梓萱诗语可馨昊然天佑"
ETHNICITIES = ["汉"] * 12 + ["回", "满", "蒙古", "壮", "土家"]

# (province prefix for ID numbers, province, city, district) and streets.
REGIONS = [
    ("320602", "江苏省", "南通市", "崇川区"), ("320106", "江苏省", "南京市", "鼓楼区"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("340104", "安徽省", "合肥市", "蜀山区"), ("342401", "安徽省", "六安市", "金安区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("410105", "河南省", "郑州市", "金水区"), ("420106", "湖北省", "武汉市", "武昌区"), ("430104", "湖南省", "长沙市", "岳麓区"),
    ("370202", "山东省", "青岛市", "市南区"), ("510107", "四川省", "成都市", "武侯区"), ("350102", "福建省", "福州市", "鼓楼区"),
    ("130102", "河北省", "石家庄市", "长安区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"), ("500103", "重庆市", "", "渝中区"),
]
STREETS = ["人民路", "解放路", "中山路", "建设路", "青年中路", "和平街", "胜利路", "文化路", "长江路", "花园街", "北京路", "友谊大道"]
VILLAGES = ["王庄村", "李家湾村", "新河村", "东风村", "红星村", "前进村"]
TOWNS = ["城关镇", "石桥镇", "双河镇", "新集镇", "白沙镇"]
SH_DISTRICTS = ["浦东新区", "徐汇区", "闵行区", "静安区", "长宁区", "杨浦区", "普陀区", "宝山区", "松江区", "嘉定区"]
SH_ROADS = ["张江路", "漕溪北路", "虹梅路", "莲花路", "长宁路", "国定路", "真北路", "共和新路", "锦绣路", "龙华中路", "曹杨路", "沪闵路"]
COMPANIES = [
    "上海浦江信息技术有限公司", "上海华腾(集团)有限公司", "上海申通智能科技有限公司", "上海东方明珠数据服务有限公司",
    "上海汇丰精密机械有限公司", "上海嘉禾生物医药研发有限公司", "上海新锐广告传媒有限公司", "上海恒远物流(中国)有限公司",
    "上海云帆软件股份有限公司", "上海金桥环保工程有限公司",
]
AGENCIES = ["上海外服人力资源有限公司", "上海中智人力资源服务有限公司", "上海易才人力资源顾问有限公司", "上海前程人才服务有限公司"]
EDUCATION = ["大学本科", "硕士研究生", "大学专科", "博士研究生"]
MAJORS = ["计算机科学与技术", "软件工程", "电子信息工程", "会计学", "机械设计制造及其自动化", "市场营销", "生物技术", "英语"]
SCHOOLS = ["南京理工大学", "浙江工业大学", "安徽大学", "郑州大学", "湖南师范大学", "山东科技大学", "四川农业大学", "江西财经大学"]

def make_id_number(region: str, birth: date, sequence: int, male: bool) -> str:
    seq = sequence * 2 + 1 if male else sequence * 2  # the 17th digit is odd for men
    body = f"{region}{birth:%Y%m%d}{seq % 1000:03d}"
    return body + check_character(body)


@dataclass
class Person:
    name: str
    sex: str
    ethnicity: str
    birth_date: date
    id_number: str
    hukou_address: str
    residence_address: str
    employer: str
    agency: str
    head_name: str
    relation_to_head: str
    household_number: str
    birthplace: str
    native_place: str
    education: str
    marital_status: str
    school: str
    major: str
    spouse_name: str
    spouse_id_number: str
    id_authority: str
    id_valid_from: date
    id_valid_until: date | str
    extra: dict = field(default_factory=dict)

    def with_(self, **changes) -> "Person":
        return replace(self, **changes)


def make_name(rng: random.Random) -> str:
    given = rng.choice(GIVEN) + (rng.choice(GIVEN) if rng.random() < 0.75 else "")
    return rng.choice(SURNAMES) + given


def make_hukou_address(rng: random.Random, region) -> str:
    _, province, city, district = region
    if rng.random() < 0.3:
        return f"{province}{city}{district}{rng.choice(TOWNS)}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    return f"{province}{city}{district}{rng.choice(STREETS)}{rng.randint(1, 399)}号{rng.randint(1, 30)}幢{rng.randint(101, 1802)}室"


def make_shanghai_address(rng: random.Random) -> str:
    return f"上海市{rng.choice(SH_DISTRICTS)}{rng.choice(SH_ROADS)}{rng.randint(10, 999)}弄{rng.randint(1, 60)}号{rng.randint(101, 2402)}室"


def make_person(rng: random.Random, **overrides) -> Person:
    region = rng.choice(REGIONS)
    male = rng.random() < 0.5
    birth = date(1970, 1, 1) + timedelta(days=rng.randint(0, 365 * 34))
    id_number = make_id_number(region[0], birth, rng.randint(10, 499), male)
    name = make_name(rng)
    is_head = rng.random() < 0.4
    head = name if is_head else name[0] + rng.choice(GIVEN) + rng.choice(GIVEN)
    married = rng.random() < 0.5
    # A card issued in the last few years, valid for the term its holder's age at issue gives (GB/居民身份证法).
    issued = date(rng.randint(2017, 2025), rng.randint(1, 12), rng.randint(1, 28))
    age_at_issue = issued.year - birth.year
    valid_until: date | str = "long_term" if age_at_issue >= 46 else issued.replace(year=issued.year + (10 if age_at_issue < 26 else 20))
    spouse_birth = birth + timedelta(days=rng.randint(-900, 900))
    person = Person(
        name=name,
        sex="男" if male else "女",
        ethnicity=rng.choice(ETHNICITIES),
        birth_date=birth,
        id_number=id_number,
        hukou_address=make_hukou_address(rng, region),
        residence_address=make_shanghai_address(rng),
        employer=rng.choice(COMPANIES),
        agency=rng.choice(AGENCIES),
        head_name=head,
        relation_to_head="户主" if is_head else rng.choice(["子", "女", "长子", "长女", "孙子"]),
        household_number=f"{rng.randint(10000000, 99999999)}{rng.randint(0, 9)}",
        birthplace=f"{region[1]}{region[2]}",
        native_place=f"{region[1]}{region[2]}",
        education=rng.choice(EDUCATION),
        marital_status="已婚" if married else "未婚",
        school=rng.choice(SCHOOLS),
        major=rng.choice(MAJORS),
        spouse_name=make_name(rng) if married else "",
        spouse_id_number=make_id_number(rng.choice(REGIONS)[0], spouse_birth, rng.randint(10, 499), not male) if married else "",
        id_authority=f"{region[2] or region[1]}公安局{region[3]}分局",
        id_valid_from=issued,
        id_valid_until=valid_until,
    )
    return person.with_(**overrides) if overrides else person


def spouse_of(person: Person, rng: random.Random) -> Person:
    """The spouse named on the marriage certificate, with a Shanghai hukou: their own ID card and 户口簿 say so."""
    district = rng.choice(SH_DISTRICTS)
    address = f"上海市{district}{rng.choice(SH_ROADS)}{rng.randint(10, 999)}弄{rng.randint(1, 60)}号{rng.randint(101, 2402)}室"
    is_head = rng.random() < 0.5
    issued = date(rng.randint(2017, 2025), rng.randint(1, 12), rng.randint(1, 28))
    birth = birth_date_of(person.spouse_id_number)
    age_at_issue = issued.year - birth.year
    return person.with_(
        name=person.spouse_name, sex="男" if int(person.spouse_id_number[16]) % 2 else "女", ethnicity="汉", birth_date=birth,
        id_number=person.spouse_id_number, hukou_address=address, head_name=person.spouse_name if is_head else make_name(rng),
        relation_to_head="户主" if is_head else rng.choice(["子", "女", "长子", "长女"]),
        household_number=f"{rng.randint(10000000, 99999999)}{rng.randint(0, 9)}", birthplace="上海市", native_place="上海市",
        education=rng.choice(EDUCATION), marital_status="已婚", employer=rng.choice(COMPANIES), spouse_name=person.name,
        spouse_id_number=person.id_number, id_authority=f"上海市公安局{district}分局", id_valid_from=issued,
        id_valid_until="long_term" if age_at_issue >= 46 else issued.replace(year=issued.year + (10 if age_at_issue < 26 else 20)))
