"""The facts of one invented applicant and the truth documents of their packet, with the planted defects."""
from __future__ import annotations

import datetime as dt
import random

from dateutil.relativedelta import relativedelta

from . import rules as R
from .ids import REGIONS, make_credit_code, make_id_number, typo_id_number

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤") + ["欧阳", "司马", "上官"]
GIVEN_M = list("伟强磊军洋勇杰涛明超辉鹏华飞斌宇浩凯健俊帆峰亮振博晨旭彬鑫昊然哲睿")
GIVEN_F = list("芳娜敏静丽艳娟霞秀玲桂英慧莹雪琳晶倩婷颖洁佳璐瑶雯欣怡蕾薇璇")
MIS = {"伟": "玮", "强": "蔷", "磊": "垒", "军": "君", "洋": "阳", "杰": "洁", "涛": "韬", "明": "铭", "超": "朝",
       "辉": "晖", "鹏": "朋", "华": "桦", "飞": "菲", "斌": "彬", "宇": "雨", "浩": "皓", "凯": "恺", "健": "建",
       "俊": "骏", "帆": "凡", "峰": "锋", "亮": "良", "振": "震", "博": "搏", "晨": "辰", "旭": "煦", "彬": "斌",
       "鑫": "欣", "昊": "浩", "然": "冉", "哲": "喆", "睿": "锐", "芳": "方", "娜": "纳", "敏": "民", "静": "晶",
       "丽": "莉", "艳": "燕", "娟": "鹃", "霞": "夏", "秀": "绣", "玲": "铃", "桂": "贵", "英": "瑛", "慧": "惠",
       "莹": "滢", "雪": "学", "琳": "林", "晶": "静", "倩": "茜", "婷": "亭", "颖": "影", "洁": "杰", "佳": "嘉",
       "璐": "露", "瑶": "遥", "雯": "文", "欣": "馨", "怡": "仪", "蕾": "磊", "薇": "微", "璇": "旋"}
ETHNIC = ["汉"] * 14 + ["回", "满", "壮", "土家", "苗", "蒙古"]

STREETS = ["人民路", "解放路", "建设路", "中山路", "和平街", "新华路", "胜利街", "长江路", "黄河路", "朝阳街", "文化路",
           "青年路", "东风路", "工农路", "光明街", "健康路"]
VILLAGES = ["李家庄", "王庄村", "河西村", "新塘村", "高桥村", "石桥头村", "大柳树村", "南湾村"]
SH_DISTRICTS = [("浦东新区", "310115", "上海市公安局浦东分局"), ("闵行区", "310112", "上海市公安局闵行分局"),
                ("徐汇区", "310104", "上海市公安局徐汇分局"), ("杨浦区", "310110", "上海市公安局杨浦分局"),
                ("静安区", "310106", "上海市公安局静安分局"), ("长宁区", "310105", "上海市公安局长宁分局"),
                ("普陀区", "310107", "上海市公安局普陀分局"), ("宝山区", "310113", "上海市公安局宝山分局"),
                ("嘉定区", "310114", "上海市公安局嘉定分局"), ("松江区", "310117", "上海市公安局松江分局")]
SH_ROADS = ["张杨路", "世纪大道", "漕溪北路", "虹梅路", "江湾城路", "长寿路", "淞沪路", "古北路", "真北路", "沪太路",
            "博乐路", "曹杨路", "田林路", "莲花路", "金科路", "祖冲之路", "碧波路", "宜山路", "天山路", "共和新路"]
CO_WORDS = ["晨曦", "远帆", "鼎拓", "华岳", "启明", "云栖", "蓝湾", "汇铭", "澄泓", "博越", "星澜", "瑞禾", "恒昇", "知行",
            "锦程", "若谷", "百川", "嘉树", "曜石", "青杉", "驰远", "木鱼", "方圆", "朗源"]
CO_TRADES = ["信息技术", "网络科技", "生物医药", "智能装备", "供应链管理", "文化传媒", "建筑设计", "电子商务", "新材料",
             "物流", "医疗器械", "检测技术", "餐饮管理", "咨询"]
AGENCIES = ["上海外服人力资源有限公司", "上海英达人力资源服务有限公司", "上海众邦人力资源有限公司",
            "上海仁和人才服务有限公司", "上海领航人力资源管理有限公司"]
SCHOOLS = [("华东理工大学", "上海"), ("南京理工大学", "南京"), ("合肥工业大学", "合肥"), ("郑州大学", "郑州"),
           ("湖南大学", "长沙"), ("西南交通大学", "成都"), ("山东科技大学", "青岛"), ("江西财经大学", "南昌"),
           ("武汉理工大学", "武汉"), ("东北林业大学", "哈尔滨"), ("浙江工业大学", "杭州"), ("安徽大学", "合肥"),
           ("上海大学", "上海"), ("上海理工大学", "上海"), ("兰州交通大学", "兰州"), ("苏州科技大学", "苏州")]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("机械设计制造及其自动化", "工学"), ("会计学", "管理学"),
          ("市场营销", "管理学"), ("汉语言文学", "文学"), ("英语", "文学"), ("国际经济与贸易", "经济学"),
          ("金融学", "经济学"), ("化学工程与工艺", "工学"), ("电子信息工程", "工学"), ("土木工程", "工学"),
          ("药学", "理学"), ("应用数学", "理学"), ("法学", "法学"), ("生物技术", "理学")]


def ymd(x: dt.date) -> str:
    return x.isoformat()


def ym(x: dt.date) -> str:
    return f"{x.year:04d}-{x.month:02d}"


class Facts:
    """The applicant as the world knows them (what each clean document would print)."""

    def __init__(self, rng: random.Random, as_of: dt.date, older: bool = False, family: bool = True):
        self.rng = rng
        self.male = rng.random() < 0.5
        self.surname = rng.choice(SURNAMES)
        g = GIVEN_M if self.male else GIVEN_F
        self.given = "".join(rng.choice(g) for _ in range(rng.choice([1, 2, 2])))
        if len(self.surname) == 2 and len(self.given) == 2:
            self.given = self.given[0]
        self.name = self.surname + self.given
        age = rng.randint(45, 52) if older else rng.randint(24, 42)
        self.birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(5, 350))
        self.region, self.place, self.native = rng.choice(REGIONS)
        self.id_number = make_id_number(self.region, self.birth, self.male, rng)
        self.ethnicity = rng.choice(ETHNIC)
        self.sex = "男" if self.male else "女"
        r = rng.random()
        if r < 0.5:
            self.hukou_address = f"{self.place}{rng.choice(STREETS)}{rng.randint(1, 388)}号"
            if rng.random() < 0.6:
                self.hukou_address += f"{rng.randint(1, 30)}幢{rng.randint(1, 6)}0{rng.randint(1, 4)}室"
        else:
            self.hukou_address = f"{self.place}{rng.choice(['城关镇', '新城街道', '东关街道', '北苑街道'])}{rng.choice(VILLAGES)}{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
        self.id_address = self.hukou_address
        if rng.random() < 0.25:  # an older address on the ID card (not a defect)
            self.id_address = f"{self.place}{rng.choice(STREETS)}{rng.randint(1, 388)}号"
        self.family = family
        if not family:
            sch = rng.choice(SCHOOLS)
            self.hukou_address = f"{self.place}{rng.choice(STREETS)}{rng.randint(1, 200)}号（集体户）"
            self.id_address = self.hukou_address
        self.is_head = rng.random() < 0.4
        self.head_name = self.name if self.is_head else self.surname + rng.choice(GIVEN_M) + rng.choice(GIVEN_M)
        self.relation = "户主" if self.is_head else ("子" if self.male else "女")
        self.household_number = f"{rng.randint(10000000, 99999999)}"
        self.hukou_issue = as_of - relativedelta(years=rng.randint(3, 15)) - dt.timedelta(days=rng.randint(1, 300))
        self.hukou_office = self.place + "公安局"
        self.police_station = self.place[:-1] + rng.choice(["城东派出所", "城西派出所", "新城派出所", "东关派出所"])
        dist, dcode, office = rng.choice(SH_DISTRICTS)
        self.sh_district, self.sh_office = dist, office
        self.residence_address = f"上海市{dist}{rng.choice(SH_ROADS)}{rng.randint(1, 2800)}弄{rng.randint(1, 80)}号{rng.randint(1, 30)}0{rng.randint(1, 4)}室"
        # id card term
        a_issue = rng.randint(0, 9)
        self.id_valid_from = as_of - relativedelta(years=a_issue) - dt.timedelta(days=rng.randint(10, 360))
        age_then = R.completed_age(self.birth, self.id_valid_from)
        if age_then >= 46:
            self.id_valid_until = "long_term"
        else:
            yrs = 10 if age_then < 26 else 20
            if self.id_valid_from + relativedelta(years=yrs) < as_of + dt.timedelta(days=60):
                self.id_valid_from = as_of - dt.timedelta(days=rng.randint(60, 700))
                age_then = R.completed_age(self.birth, self.id_valid_from)
                yrs = 10 if age_then < 26 else 20
            self.id_valid_until = ymd(self.id_valid_from + relativedelta(years=yrs))
        self.id_office = id_office(self.place)
        # residence permit
        self.permit_issue = as_of - dt.timedelta(days=rng.randint(35, 320))
        self.permit_from = self.permit_issue
        self.permit_until = self.permit_from + relativedelta(years=1) - dt.timedelta(days=1)
        # education
        self.school, self.school_city = rng.choice(SCHOOLS)
        self.major, self.discipline = rng.choice(MAJORS)
        grad_year = self.birth.year + rng.randint(22, 23)
        self.grad_date = dt.date(grad_year, rng.choice([6, 7]), rng.choice([20, 25, 28, 30, 30, 1]))
        if self.grad_date.month == 7:
            self.grad_date = self.grad_date.replace(day=1)
        self.enrol = dt.date(grad_year - 4, 9, 1)
        self.masters = rng.random() < 0.2 and not older
        self.ms_school = rng.choice(SCHOOLS)[0]
        self.ms_grad = dt.date(grad_year + 3, 6, rng.choice([15, 20, 28]))
        self.cert_no = f"{rng.randint(10000, 10699)}{grad_year}{rng.randint(10, 99)}{rng.randint(100000, 999999)}"
        self.degree_no = f"{rng.randint(10000, 10699)}{rng.randint(10**9, 10**10 - 1)}"
        # marriage
        self.married = rng.random() < 0.45 and age > 26
        sp_male = not self.male
        sp_region, _, _ = rng.choice(REGIONS)
        sp_birth = self.birth + dt.timedelta(days=rng.randint(-1500, 1500))
        self.spouse_name = rng.choice(SURNAMES[:80]) + "".join(rng.choice(GIVEN_M if sp_male else GIVEN_F) for _ in range(rng.choice([1, 2])))
        self.spouse_birth = sp_birth
        self.spouse_sex = "男" if sp_male else "女"
        self.spouse_id = make_id_number(sp_region, sp_birth, sp_male, rng)
        earliest = max(self.birth + relativedelta(years=24), as_of - relativedelta(years=12))
        span = (as_of - dt.timedelta(days=200) - earliest).days
        self.marriage_date = earliest + dt.timedelta(days=rng.randint(0, max(1, span)))
        self.marriage_no = f"J{rng.choice(['310115', '320102', '330106', '510107'])}-{self.marriage_date.year}-{rng.randint(1, 19999):06d}"
        # employment
        self.employer = company(rng)
        self.prev_employer = company(rng) if rng.random() < 0.35 else None
        self.agency = rng.choice(AGENCIES)
        self.agency_code = make_credit_code(rng, rng.choice(["310101", "310104", "310106"]))


def company(rng: random.Random) -> dict:
    w = rng.choice(CO_WORDS)
    t = rng.choice(CO_TRADES)
    k = rng.random()
    if k < 0.55:
        name = f"上海{w}{t}有限公司"
    elif k < 0.75:
        name = f"{w}{t}（上海）有限公司"
    elif k < 0.9:
        name = f"{rng.choice(['江苏', '浙江', '杭州', '苏州'])}{w}{t}股份有限公司上海分公司"
    else:
        name = f"上海{w}{t}股份有限公司"
    dist, dcode, _ = rng.choice(SH_DISTRICTS)
    return {"name": name, "code": make_credit_code(rng, dcode),
            "rep": rng.choice(SURNAMES[:60]) + rng.choice(GIVEN_M) + rng.choice(GIVEN_M + [""]),
            "address": f"上海市{dist}{rng.choice(SH_ROADS)}{rng.randint(1, 3000)}号{rng.randint(1, 25)}楼"}


def misspell(name: str, rng: random.Random) -> str:
    chars = list(name)
    idx = [i for i, c in enumerate(chars) if c in MIS and i > 0]
    i = rng.choice(idx) if idx else len(chars) - 1
    chars[i] = MIS.get(chars[i], "玮")
    return "".join(chars)


def one_char_address(addr: str, rng: random.Random) -> str:
    """The same address with one character different (a digit, or a homophone in a place word)."""
    digits = [i for i, c in enumerate(addr) if c.isdigit()]
    swaps = {"路": "街", "村": "庄", "幢": "栋", "组": "队", "号": "弄", "东": "冬", "西": "溪", "南": "楠", "新": "心"}
    if digits and rng.random() < 0.6:
        i = rng.choice(digits)
        return addr[:i] + str((int(addr[i]) + rng.randint(1, 8)) % 10) + addr[i + 1:]
    cand = [i for i, c in enumerate(addr) if c in swaps and i > 6]
    i = rng.choice(cand) if cand else len(addr) - 2
    return addr[:i] + swaps.get(addr[i], "甲") + addr[i + 1:]


def id_office(place: str) -> str:
    rest = place
    for cut in ("省", "自治区"):
        if cut in rest:
            rest = rest.split(cut, 1)[1]
    if "市" in rest and rest.endswith("区") and not rest.endswith("市"):
        city, dist = rest.split("市", 1)
        return f"{city}市公安局{dist[:-1]}分局"
    return f"{rest}公安局"
