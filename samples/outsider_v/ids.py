"""Invented identities: GB 11643 ID numbers, GB 32100 credit codes, names,
addresses, companies and schools.  Everything is drawn from a
``random.Random`` so a packet is fully determined by (seed, index)."""
from __future__ import annotations

import datetime as _dt

# --------------------------------------------------------------------------
# GB 11643 citizen ID number
_W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C11643 = "10X98765432"


def id_check(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, _W11643))
    return _C11643[s % 11]


def id_valid(idn: str | None) -> bool:
    """Check digit and a possible birth date."""
    if not idn or len(idn) != 18 or not idn[:17].isdigit():
        return False
    if idn[17] not in "0123456789X":
        return False
    try:
        _dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return id_check(idn[:17]) == idn[17]


def make_id(area: str, birth: _dt.date, male: bool, rng) -> str:
    seq = rng.randrange(0, 100)
    sx = rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    body = f"{area}{birth:%Y%m%d}{seq:02d}{sx}"
    return body + id_check(body)


# --------------------------------------------------------------------------
# GB 32100 unified social credit code (with the GB 11714 organisation code)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W32100 = [pow(3, i, 31) for i in range(17)]
_W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v11714(c: str) -> int:
    return int(c) if c.isdigit() else ord(c) - ord("A") + 10


def org_check(body8: str) -> str:
    s = sum(_v11714(c) * w for c, w in zip(body8, _W11714))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(body17: str) -> str:
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, _W32100))
    return USCC_CHARS[(31 - s % 31) % 31]


def uscc_valid(code: str | None) -> bool:
    if not code or len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


def make_uscc(district_code: str, rng) -> str:
    # 9 = registered by market regulation, 1 = company; MA.. style org code
    for _ in range(200):
        body8 = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        oc = org_check(body8)
        if oc in USCC_CHARS:
            b17 = "91" + district_code + body8 + oc
            return b17 + uscc_check(b17)
    raise RuntimeError("uscc")


# --------------------------------------------------------------------------
# places of household registration (code, province, city, district, police)
HUKOU_AREAS = [
    ("130102", "河北省", "石家庄市", "长安区"), ("370202", "山东省", "青岛市", "市南区"),
    ("320106", "江苏省", "南京市", "鼓楼区"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("340104", "安徽省", "合肥市", "蜀山区"), ("360102", "江西省", "南昌市", "东湖区"),
    ("410105", "河南省", "郑州市", "金水区"), ("420106", "湖北省", "武汉市", "武昌区"),
    ("430103", "湖南省", "长沙市", "天心区"), ("510107", "四川省", "成都市", "武侯区"),
    ("500103", "重庆市", "", "渝中区"), ("610113", "陕西省", "西安市", "雁塔区"),
    ("350203", "福建省", "厦门市", "思明区"), ("440305", "广东省", "深圳市", "南山区"),
    ("210102", "辽宁省", "沈阳市", "和平区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"),
    ("140105", "山西省", "太原市", "小店区"), ("320583", "江苏省", "苏州市", "昆山市"),
    ("330282", "浙江省", "宁波市", "慈溪市"), ("341802", "安徽省", "宣城市", "宣州区"),
    ("411302", "河南省", "南阳市", "宛城区"), ("321282", "江苏省", "泰州市", "靖江市"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区"), ("522601", "贵州省", "黔东南苗族侗族自治州", "凯里市"),
    ("360781", "江西省", "赣州市", "瑞金市"), ("421087", "湖北省", "荆州市", "松滋市"),
    ("430521", "湖南省", "邵阳市", "邵东市"), ("513401", "四川省", "凉山彝族自治州", "西昌市"),
]

SH_DISTRICTS = [("310101", "黄浦区"), ("310104", "徐汇区"), ("310105", "长宁区"), ("310106", "静安区"),
                ("310107", "普陀区"), ("310109", "虹口区"), ("310110", "杨浦区"), ("310112", "闵行区"),
                ("310113", "宝山区"), ("310114", "嘉定区"), ("310115", "浦东新区"), ("310116", "金山区"),
                ("310117", "松江区"), ("310118", "青浦区"), ("310120", "奉贤区"), ("310151", "崇明区")]


def police(area) -> str:
    code, prov, city, dist = area
    if dist.endswith("市") and city:       # county-level city
        return f"{dist}公安局"
    if not city:
        return f"{prov}公安局{dist}分局"
    return f"{city}公安局{dist}分局"


SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
RARE_SURNAMES = ["禤", "亓", "厍", "仉", "逄", "隗", "麴", "冼", "蒯", "鄢", "欧阳", "司马", "上官", "诸葛", "皇甫", "闾丘", "訾"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志海波宁浩然子轩梓涵一诺欣怡思雨晨阳宇航佳琪梦瑶雅婷嘉欣俊杰文博天佑若曦语桐昊天瑞雪诗涵睿哲晓雯慧敏立新春燕秋菊冬梅")
RARE_GIVEN = ["喆", "珺", "昇", "堃", "犇", "淼", "祎", "玥", "琤", "翀", "彧", "昶", "曌", "垚", "赟"]

STREET_A = ["春晖", "兰溪", "明珠", "芳华", "汇川", "锦程", "长风", "银杏", "桂香", "望江", "临湖", "松柏", "清源", "新华",
            "永安", "富民", "文昌", "凤鸣", "金桥", "翠竹", "海棠", "鹿鸣", "嘉禾", "星火", "云锦", "丰收", "康乐", "紫薇"]
STREET_B = ["路", "路", "路", "街", "大道", "东路", "西路", "南路", "北路", "中路"]
VILLAGE_A = ["东风", "红旗", "前进", "新桥", "石塘", "柳河", "双庙", "王家", "李庄", "杏林", "高墩", "马坊", "白沙"]

BRANDS = ["浦江", "华腾", "申禾", "锦澜", "沪昕", "瀚宇", "启元", "新纬", "嘉澍", "睿图", "衡远", "沐川", "晟铭", "璟辉",
          "拓疆", "云栖", "鼎盛", "卓越", "宏瑞", "佰联", "汇智", "安畅", "明途", "星汉", "澄湖", "凯岚", "博衍", "青屿"]
INDUSTRY = ["信息技术", "智能科技", "网络科技", "贸易", "建筑工程", "医药科技", "物流", "餐饮管理", "文化传媒", "电子科技",
            "生物科技", "供应链管理", "机械设备", "新材料科技", "咨询管理", "数据服务"]
AGENCY_IND = ["人力资源", "企业服务", "劳务派遣", "人才服务", "商务咨询"]

UNIVERSITIES = [("江南理工大学", "10861"), ("华东财经学院", "10872"), ("东海师范大学", "10883"), ("西川工业大学", "10894"),
                ("中原交通大学", "10905"), ("北湖医科大学", "10916"), ("南屏大学", "10927"), ("滨江科技大学", "10938"),
                ("淮阳师范学院", "10949"), ("汉江农业大学", "10951")]
COLLEGES = [("淮海职业技术学院", "12961"), ("苏南信息职业学院", "12972"), ("东湖商贸职业学院", "12983")]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("机械设计制造及其自动化", "工学"), ("电气工程及其自动化", "工学"),
          ("会计学", "管理学"), ("市场营销", "管理学"), ("国际经济与贸易", "经济学"), ("金融学", "经济学"),
          ("汉语言文学", "文学"), ("英语", "文学"), ("临床医学", "医学"), ("土木工程", "工学"), ("统计学", "理学"),
          ("应用化学", "理学"), ("法学", "法学"), ("数据科学与大数据技术", "工学")]
COLLEGE_MAJORS = ["会计", "计算机应用技术", "物流管理", "电子商务", "机电一体化技术", "护理"]


def person_name(rng, rare=False) -> str:
    sur = rng.choice(RARE_SURNAMES) if rare else rng.choice(SURNAMES)
    n = 1 if (len(sur) == 2 or rng.random() < 0.25) else 2
    g = "".join(rng.choice(GIVEN) for _ in range(n))
    if rare and rng.random() < 0.5:
        g = g[:-1] + rng.choice(RARE_GIVEN)
    return sur + g


def street(rng) -> str:
    return rng.choice(STREET_A) + rng.choice(STREET_B)


def hukou_address(area, rng) -> str:
    code, prov, city, dist = area
    head = prov + city + dist
    r = rng.random()
    if r < 0.35:
        town = rng.choice(["城关", "新塘", "白马", "清水", "高桥", "双河", "长岭"])
        return f"{head}{town}镇{rng.choice(VILLAGE_A)}村{rng.randint(1, 12)}组{rng.randint(1, 99)}号"
    if r < 0.7:
        return f"{head}{street(rng)}{rng.randint(1, 499)}号{rng.randint(1, 20)}幢{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
    return f"{head}{street(rng)}{rng.randint(1, 300)}弄{rng.randint(1, 60)}号{rng.randint(1, 6)}0{rng.randint(1, 4)}室"


def collective_address(area, rng) -> str:
    code, prov, city, dist = area
    return f"{prov}{city}{dist}{street(rng)}{rng.randint(1, 300)}号（{rng.choice(['人才服务中心', '人才交流中心', '人力资源服务中心'])}集体户）"


def sh_address(rng, district=None) -> str:
    d = district or rng.choice(SH_DISTRICTS)[1]
    if rng.random() < 0.7:
        return f"上海市{d}{street(rng)}{rng.randint(1, 999)}弄{rng.randint(1, 80)}号{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"
    return f"上海市{d}{street(rng)}{rng.randint(1, 2999)}号{rng.randint(1, 20)}幢{rng.randint(1, 30)}{rng.randint(1, 4):02d}室"


def company(rng, kind="company") -> str:
    b = rng.choice(BRANDS)
    if kind == "agency":
        return f"上海{b}{rng.choice(AGENCY_IND)}有限公司"
    ind = rng.choice(INDUSTRY)
    r = rng.random()
    if r < 0.12:
        return f"上海{b}（集团）有限公司"
    if r < 0.24:
        return f"{b}{ind}（上海）有限公司"
    if r < 0.32:
        return f"上海{b}{ind}股份有限公司"
    if r < 0.38:
        d = rng.choice(SH_DISTRICTS)[1]
        return f"上海{b}{ind}有限公司{d.replace('新区', '').replace('区', '')}分公司"
    return f"上海{b}{ind}有限公司"
