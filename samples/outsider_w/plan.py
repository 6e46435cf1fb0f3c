"""Scenario planning: which verdict and defects each packet gets, and the truth values.

`scenarios(seed, count)` deals the scenario list over the indices; `make_values(seed, index)`
returns (meta, documents) where documents hold the truth fields/rows plus a `form` dict that
tells the renderers how to draw them.  Values only; no pixels here.
"""
import datetime as dt
import random

from dateutil.relativedelta import relativedelta

from .common import (fullwidth, iso, make_credit, make_id, month_add, month_of, norm, id_check,
                     id_valid, rng_for)

SURN = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彬鹏辉文晨宇浩然子轩欣怡梓涵雨婷思远嘉俊一诺若曦佳琪晓东立新海燕建国志强春梅秋菊冬雪振宇昊天诗雨语嫣")
HOMO = {"明": "铭", "华": "桦", "丽": "莉", "静": "婧", "杰": "洁", "军": "君", "伟": "玮", "芳": "方",
        "强": "蔷", "磊": "垒", "洋": "阳", "勇": "永", "涛": "韬", "超": "潮", "平": "萍", "宇": "羽",
        "然": "燃", "欣": "昕", "怡": "仪", "晨": "辰", "浩": "皓", "轩": "萱", "婷": "亭", "远": "源",
        "俊": "骏", "琪": "淇", "东": "冬", "新": "欣", "海": "梅", "雨": "语", "涵": "菡", "霞": "夏"}

PROV = [  # area code, province, city, district, issuing authority
    ("130102", "河北省", "石家庄市", "长安区"), ("370202", "山东省", "青岛市", "市南区"),
    ("410105", "河南省", "郑州市", "金水区"), ("420106", "湖北省", "武汉市", "武昌区"),
    ("320106", "江苏省", "南京市", "鼓楼区"), ("340104", "安徽省", "合肥市", "蜀山区"),
    ("510107", "四川省", "成都市", "武侯区"), ("430104", "湖南省", "长沙市", "岳麓区"),
    ("360102", "江西省", "南昌市", "东湖区"), ("330106", "浙江省", "杭州市", "西湖区"),
    ("350203", "福建省", "厦门市", "思明区"), ("610113", "陕西省", "西安市", "雁塔区"),
    ("220104", "吉林省", "长春市", "朝阳区"), ("450103", "广西壮族自治区", "南宁市", "青秀区"),
    ("140105", "山西省", "太原市", "小店区"), ("230103", "黑龙江省", "哈尔滨市", "南岗区"),
]
VILLAGE = ["东风村", "红旗村", "青石村", "柳河村", "杏花村", "三里村", "前进村", "双桥村"]
TOWN = ["城关镇", "河口镇", "新集镇", "柳泉镇", "白沙镇", "石桥镇"]
STREET = ["长江路", "建设路", "解放路", "人民路", "和平路", "文化路", "青年路", "朝阳街", "翠湖路", "新华路",
          "桂香街", "栖霞路", "云杉路", "明珠路", "兴业街"]
SH_DIST = ["浦东新区", "徐汇区", "闵行区", "松江区", "宝山区", "嘉定区", "杨浦区", "普陀区", "长宁区", "静安区",
           "青浦区", "奉贤区"]
SH_DIST_CODE = {"浦东新区": "310115", "徐汇区": "310104", "闵行区": "310112", "松江区": "310117",
                "宝山区": "310113", "嘉定区": "310114", "杨浦区": "310110", "普陀区": "310107",
                "长宁区": "310105", "静安区": "310106", "青浦区": "310118", "奉贤区": "310120"}
SH_ROAD = ["锦秋路", "沪岚路", "枫泾路", "申滨路", "浦星路", "瑞金南路", "云台路", "桂林东路", "凌云路",
           "曹杨新路", "宜川路", "新松路", "金沙江西路", "华夏中路", "航南路", "莘松北路"]
CO_WORD = ["浦江", "华腾", "瀚海", "申科", "启明", "远帆", "嘉禾", "宏图", "星联", "云杉", "澜峰", "汇川",
           "锦程", "博睿", "东昇", "晟达", "泓源", "凯越"]
CO_IND = ["信息技术", "网络科技", "生物医药", "智能制造", "供应链管理", "电子商务", "建筑设计", "物流",
          "软件", "新材料", "文化传媒", "检测技术"]
AGENCY = ["上海{}人力资源有限公司", "上海{}人才服务有限公司", "上海{}企业管理咨询有限公司"]
SCHOOLS = ["滨江理工大学", "云岭师范学院", "青岚财经大学", "海州工业大学", "楚江大学", "临湖科技学院",
           "北溪农林大学", "东陵医科大学", "南屿交通学院", "西岭外国语学院"]
MAJORS = ["计算机科学与技术", "软件工程", "会计学", "机械设计制造及其自动化", "电子信息工程", "市场营销",
          "土木工程", "药学", "英语", "金融学", "环境工程", "通信工程"]
DEG_FIELD = {"计算机科学与技术": "工学", "软件工程": "工学", "会计学": "管理学", "机械设计制造及其自动化": "工学",
             "电子信息工程": "工学", "市场营销": "管理学", "土木工程": "工学", "药学": "理学", "英语": "文学",
             "金融学": "经济学", "环境工程": "工学", "通信工程": "工学"}

# ------------------------------------------------------------------ scenario list
READY = [
    {}, {"si": 1}, {"renewal": 1}, {"collective": 1}, {"job_change": 1, "si": 1}, {"marriage": 1},
    {"master": 1, "si": 1}, {"open_ended": 1}, {"renewal_contract": 1, "si": 1}, {"bonus": 1, "labor": 1},
    {"renewal": 1, "si": 1, "marriage": 1}, {"old_id_address": 1, "si": 1}, {"xuexin_only": 1}, {"si": 1, "long_si": 1},
]
REVIEW = [
    {"defects": ["below_standard_age"], "si": 1}, {"defects": ["below_standard_zhuanke"]},
    {"defects": ["below_standard_nodiploma"], "marriage": 1},
    {"defects": ["permit_too_recent"]}, {"defects": ["permit_too_recent"], "si": 1},
    {"defects": ["claim_adult_diploma"]}, {"defects": ["claim_degree_only"], "si": 1},
    {"defects": ["id_front_only"]},
]
FIX = [
    {"defects": ["missing_member"]}, {"defects": ["missing_tax"], "si": 1},
    {"defects": ["id_typo_contract"]}, {"defects": ["id_typo_tax"], "si": 1},
    {"defects": ["name_contract"]}, {"defects": ["name_si", "si_agency"], "si": 1},
    {"defects": ["hukou_address"]}, {"defects": ["hukou_address_collective"], "collective": 1},
    {"defects": ["permit_expired"]}, {"defects": ["permit_expired", "tax_late_print"]},
    {"defects": ["idcard_expired", "si_gap"], "si": 1}, {"defects": ["idcard_expired", "contract_ends_soon"]},
    {"defects": ["age_over60"]}, {"defects": ["age_over60", "id_other_si"], "si": 1},
    {"defects": ["contract_term_short", "blank_page"]}, {"defects": ["contract_ends_soon", "si_insufficient"], "si": 1},
    {"defects": ["tax_gap", "tax_agency"]}, {"defects": ["si_backpay", "contract_term_short", "blank_page"], "si": 1},
]
DEFECT_RULES = {
    "missing_member": {"packet.missing_document"}, "missing_tax": {"packet.missing_document"},
    "id_typo_contract": {"identity.id_number_invalid", "identity.id_number_mismatch"},
    "id_typo_tax": {"identity.id_number_invalid", "identity.id_number_mismatch"},
    "id_other_si": {"identity.id_number_mismatch"},
    "name_contract": {"identity.name_mismatch"}, "name_si": {"identity.name_mismatch"},
    "hukou_address": {"address.hukou_mismatch"}, "hukou_address_collective": {"address.hukou_mismatch"},
    "permit_expired": {"permit.expired"}, "idcard_expired": {"id_card.expired"},
    "age_over60": {"applicant.age_out_of_range"}, "contract_term_short": {"contract.term_too_short"},
    "contract_ends_soon": {"contract.ends_within_two_months"},
    "tax_late_print": {"tax.missing_months"}, "tax_gap": {"tax.missing_months"},
    "tax_agency": {"employer.mismatch"}, "si_agency": {"employer.mismatch"},
    "si_gap": {"social_insurance.not_paying"}, "si_insufficient": {"social_insurance.insufficient_months"},
    "si_backpay": {"social_insurance.insufficient_months", "social_insurance.not_paying"},
    "blank_page": {"quality.unreadable_page"},
    "below_standard_age": {"points.below_standard"}, "below_standard_zhuanke": {"points.below_standard"},
    "below_standard_nodiploma": {"points.below_standard"}, "permit_too_recent": {"permit.too_recent"},
    "claim_adult_diploma": {"points.claim_unsupported"}, "claim_degree_only": {"points.claim_unsupported"},
    "id_front_only": {"field.unreadable"},
}


def scenarios(seed, count):
    base = [("ready", s) for s in READY] + [("review", s) for s in REVIEW] + [("fix", s) for s in FIX]
    r = random.Random(seed * 31 + 7)
    out = []
    while len(out) < count:
        blk = list(base)
        r.shuffle(blk)
        out.extend(blk)
    return out[:count]


def person_name(r, sex):
    n = r.choice(SURN) + "".join(r.choice(GIVEN) for _ in range(r.choice([1, 2, 2, 2])))
    return n


def company(r, used):
    while True:
        n = "上海" + r.choice(CO_WORD) + r.choice(CO_IND) + "有限公司"
        x = r.random()
        if x < 0.15:
            n = "上海" + r.choice(CO_WORD) + "(集团)有限公司"
        elif x < 0.25:
            n = "上海" + r.choice(CO_WORD) + r.choice(CO_IND) + "股份有限公司"
        elif x < 0.33:
            n = r.choice(CO_WORD) + r.choice(CO_IND) + "(上海)有限公司"
        elif x < 0.40:
            n = n + r.choice(["浦东分公司", "闵行分公司", "第一分公司"])
        if n not in used:
            used.add(n)
            return n


def money(r, lo, hi):
    return "%.2f" % (r.randint(int(lo * 100), int(hi * 100)) / 100)


def make_values(seed, index, verdict, scen):
    """Build the applicant and the truth documents for one packet."""
    r = rng_for(seed, index, 11)
    defects = list(scen.get("defects", []))
    o = dict(scen)
    if "si" not in o and r.random() < 0.85:
        o["si"] = 1
    if r.random() < 0.7 and not any(x in defects for x in ("claim_adult_diploma", "below_standard_zhuanke")):
        o["xuexin_only"] = 1
    if not any(x.startswith("tax") or x.startswith("id_typo") for x in defects):
        if r.random() < 0.3:
            o["bonus"] = 1
        if r.random() < 0.25:
            o["labor"] = 1
    if r.random() < 0.8 and not any(x.startswith("tax") or x.startswith("id_typo") for x in defects):
        o["tax_app_extra"] = 1
    asof = dt.date(2026, 11, 9) + dt.timedelta(days=r.randint(0, 50))
    application = "renewal" if o.get("renewal") else "first"
    sex = r.choice(["男", "女"])
    name = person_name(r, sex)
    if "age_over60" in defects:
        age = r.randint(61, 63)
    elif "below_standard_age" in defects:
        age = r.randint(47, 52)
    else:
        age = r.randint(24, 42)
    birth = asof - relativedelta(years=age) - dt.timedelta(days=r.randint(1, 360))
    area, prov, city, dist = r.choice(PROV)
    idn = make_id(area, birth, r, sex)
    ethnic = r.choice(["汉"] * 8 + ["回", "满", "壮", "土家"])
    if r.random() < 0.5:
        hk = "%s%s%s%s%d号%d幢%d室" % (prov, city, dist, r.choice(STREET), r.randint(1, 999), r.randint(1, 30), r.randint(101, 2603))
    elif r.random() < 0.5:
        hk = "%s%s%s%s%s%d组%d号" % (prov, city, dist, r.choice(TOWN), r.choice(VILLAGE), r.randint(1, 12), r.randint(1, 120))
    else:
        hk = "%s%s%s%s%d号%d单元%d室" % (prov, city, dist, r.choice(STREET), r.randint(1, 400), r.randint(1, 6), r.randint(101, 1802))
    collective = bool(o.get("collective"))
    if collective:
        hk = "%s%s%s%s%d号(%s人才服务中心集体户)" % (prov, city, dist, r.choice(STREET), r.randint(1, 300), city[:-1])
    shd = r.choice(SH_DIST)
    res_addr = "上海市%s%s%d弄%d号%d室" % (shd, r.choice(SH_ROAD), r.randint(10, 1999), r.randint(1, 80), r.randint(101, 2402))
    used = set()
    employer = company(r, used)
    emp_code = make_credit(r, SH_DIST_CODE[shd])
    docs = []

    def doc(t, fields, rows=None, form=None):
        x = {"type": t, "layout": None, "pages": [], "fields": fields, "rows": rows or [], "form": form or {}}
        docs.append(x)
        return x

    # ---------------- id card
    age_issue = age - r.randint(0, 9)
    vf = asof - relativedelta(years=age - age_issue) - dt.timedelta(days=r.randint(20, 300))
    age_at = (vf - birth).days // 365
    if "idcard_expired" in defects:
        vf = asof - relativedelta(years=10) - dt.timedelta(days=r.randint(5, 200))
        vu = iso(vf + relativedelta(years=10))
    elif age_at >= 46:
        vu = "long_term"
    elif age_at >= 26:
        vu = iso(vf + relativedelta(years=20))
    else:
        vu = iso(vf + relativedelta(years=10))
    if vu != "long_term" and dt.date.fromisoformat(vu) < asof and "idcard_expired" not in defects:
        vf = asof - relativedelta(years=1, days=r.randint(1, 200))
        vu = iso(vf + relativedelta(years=20))
    id_addr = hk
    if o.get("old_id_address"):
        id_addr = "%s%s%s%s%d号" % (prov, city, dist, r.choice(STREET), r.randint(1, 999))
    if collective:
        id_addr = "%s%s%s%s%d号%d室" % (prov, city, dist, r.choice(STREET), r.randint(1, 999), r.randint(101, 999))
    idf = {"name": name, "sex": sex, "ethnicity": ethnic, "birth_date": iso(birth), "address": id_addr,
           "id_number": idn, "issuing_authority": "%s公安局%s分局" % (city, dist), "valid_from": iso(vf),
           "valid_until": vu}
    if "id_front_only" in defects:
        for k in ("issuing_authority", "valid_from", "valid_until"):
            del idf[k]
    doc("id_card", idf, form={"front_only": "id_front_only" in defects})

    # ---------------- residence permit
    if "permit_too_recent" in defects:
        issue = asof - dt.timedelta(days=r.randint(1, 4))
        vfrom = issue
    elif "permit_expired" in defects:
        issue = asof - relativedelta(years=3) - dt.timedelta(days=r.randint(10, 200))
        vfrom = issue
    else:
        issue = asof - dt.timedelta(days=r.randint(40, 900))
        vfrom = issue
    vuntil = vfrom + relativedelta(years=3) - dt.timedelta(days=1)
    rp_hk = hk
    if "hukou_address" in defects or "hukou_address_collective" in defects:
        rp_hk = _address_variant(r, hk)
    doc("residence_permit", {"name": name, "id_number": idn, "hukou_address": rp_hk,
                             "residence_address": res_addr, "issue_date": iso(issue),
                             "valid_from": iso(vfrom), "valid_until": iso(vuntil)})

    # ---------------- hukou
    if application == "first":
        if collective:
            doc("collective_hukou_certificate", {"name": name, "id_number": idn, "address": hk,
                                                 "issue_date": iso(asof - dt.timedelta(days=r.randint(3, 60)))},
                form={"office": "%s公安局%s分局" % (city, dist)})
        else:
            head_self = r.random() < 0.3
            head = name if head_self else name[0] + "".join(r.choice(GIVEN) for _ in range(2))
            rel = "户主" if head_self else r.choice(["长子", "次子", "子"] if sex == "男" else ["长女", "次女", "女"])
            cov_issue = birth + relativedelta(years=r.randint(10, age - 2))
            doc("household_register_cover", {"household_type": r.choice(["家庭户", "家庭户", "非农业家庭户"]),
                                             "head_name": head,
                                             "household_number": str(r.randint(100000000, 999999999)),
                                             "address": hk, "issue_date": iso(cov_issue)},
                form={"office": "%s公安局%s分局" % (city, dist)})
            if "missing_member" not in defects:
                edu_map = {"master": "研究生", "zhuanke": "大学专科"}
                mf = {"name": name, "relation_to_head": rel, "sex": sex, "birthplace": prov + city,
                      "ethnicity": ethnic, "native_place": prov + city, "birth_date": iso(birth),
                      "id_number": idn,
                      "education": "研究生" if o.get("master") else ("大学专科" if "below_standard_zhuanke" in defects else "大学本科"),
                      "marital_status": "已婚" if o.get("marriage") else r.choice(["未婚", "已婚"]),
                      "employer": employer,
                      "registration_date": iso(cov_issue + relativedelta(days=r.randint(0, 3000)))}
                if r.random() < 0.3:
                    del mf["employer"]  # 服务处所 left blank
                doc("household_register_member", mf)

    # ---------------- labour contract
    start = asof - dt.timedelta(days=r.randint(200, 1400))
    if o.get("job_change"):
        start = dt.date(asof.year, r.randint(4, 7), 1)
    years = r.choice([3, 3, 5, 2])
    end = start + relativedelta(years=years) - dt.timedelta(days=1)
    while end < asof + relativedelta(months=5):
        end += relativedelta(years=1)
    if "contract_ends_soon" in defects:
        end = asof + relativedelta(days=r.randint(5, 50))
        start = end + dt.timedelta(days=1) - relativedelta(years=r.choice([2, 3]))
    if "contract_term_short" in defects:
        start = asof - relativedelta(days=r.randint(20, 90))
        end = start + relativedelta(months=r.choice([6, 8, 9]), days=-1)
        if end < asof + relativedelta(months=2, days=3):
            end = asof + relativedelta(months=3)
    open_ended = bool(o.get("open_ended"))
    sign = start - dt.timedelta(days=r.randint(0, 12))
    ename = name
    if "name_contract" in defects:
        ename = _name_variant(name)
    eid = idn
    if "id_typo_contract" in defects:
        eid = _id_typo(r, idn)
    if o.get("renewal_contract"):
        ostart = start - relativedelta(years=3)
        doc("labour_contract", {"employer": employer, "employee_name": name, "employee_id_number": idn,
                                "start_date": iso(ostart), "end_date": iso(start - dt.timedelta(days=1)),
                                "open_ended": False, "signing_date": iso(ostart - dt.timedelta(days=3))},
            form={"kind": "company"})
    cf = {"employer": employer, "employee_name": ename, "employee_id_number": eid,
          "start_date": iso(start), "end_date": iso(end), "open_ended": open_ended, "signing_date": iso(sign)}
    if open_ended:
        del cf["end_date"]
    doc("labour_contract", cf, form={"kind": "renewal" if o.get("renewal_contract") else r.choice(["model", "company", "model"]),
                                     "term_years": years if (end == start + relativedelta(years=years) - dt.timedelta(days=1)) else None,
                                     "code": emp_code})

    # ---------------- tax record
    if "missing_tax" not in defects:
        window_last = _tax_last(asof)
        first_m = month_add(window_last, -r.choice([5, 8, 11, 11, 17, 23]))
        last_m = window_last
        t_issue = asof - dt.timedelta(days=r.randint(0, 5))
        nxt = month_add(window_last, 1)
        dl = dt.date(int(nxt[:4]), int(nxt[5:7]), 15)
        if t_issue < dl:
            t_issue = dl
        if t_issue > asof:
            t_issue = asof
        if "tax_late_print" in defects:
            last_m = month_add(window_last, -1)
            t_issue = dl - dt.timedelta(days=r.randint(2, 8))
        rows = []
        old_emp = company(r, used) if o.get("job_change") else None
        agency = r.choice(AGENCY).format(r.choice(CO_WORD))
        m = first_m
        while m <= last_m:
            if "tax_gap" in defects and m == month_add(window_last, -r.choice([2])):
                m = month_add(m, 1)
                continue
            ag = employer
            if old_emp and m < month_of(start):
                ag = old_emp
            if "tax_agency" in defects and m >= month_add(window_last, -3):
                ag = agency
            amt = "0.00" if r.random() < 0.06 else money(r, 60, 2600)
            rows.append({"period": m, "withholding_agent": ag, "amount": amt, "_item": "正常工资薪金所得"})
            m = month_add(m, 1)
        if o.get("bonus"):
            bm = month_add(last_m, -r.randint(1, 5))
            rows.append({"period": bm, "withholding_agent": employer, "amount": money(r, 300, 5000), "_item": "全年一次性奖金收入"})
        if o.get("labor"):
            lm = month_add(last_m, -r.randint(1, 6))
            rows.append({"period": lm, "withholding_agent": company(r, used), "amount": money(r, 40, 800), "_item": "劳务报酬所得"})
        rows.sort(key=lambda x: (x["period"], x["_item"] != "正常工资薪金所得"))
        tid = idn
        if "id_typo_tax" in defects:
            tid = _id_typo(r, idn)
        codes = {employer: emp_code, agency: make_credit(r)}
        for rw in rows:
            if rw["withholding_agent"] not in codes:
                codes[rw["withholding_agent"]] = make_credit(r)
        doc("tax_record", {"name": name, "id_number": tid, "issue_date": iso(t_issue)}, rows, form={"codes": codes})
        if o.get("tax_app_extra"):
            # the same months again as app screenshots (收入纳税明细), the latest few months only
            k = r.choice([4, 6, 6])
            sub = [dict(x) for x in rows if x["period"] >= month_add(last_m, -(k - 1))]
            doc("tax_record", {"name": name, "id_number": tid}, sub, form={"codes": codes, "app": True})

    # ---------------- social insurance
    if o.get("si"):
        m0 = month_of(asof)
        n = r.choice([12, 12, 13, 14, 15, 18, 24]) if not o.get("long_si") else 36
        last = m0 if (asof.day >= 10 or r.random() < 0.4) else month_add(m0, -1)
        first_m = month_add(last, -(n - 1))
        if "si_gap" in defects:
            last = month_add(m0, -3)
            first_m = month_add(last, -14)
        if "si_insufficient" in defects:
            first_m = month_add(m0, -10)
            last = m0
        if "si_backpay" in defects:
            first_m = month_add(m0, -12)
            last = m0
        agency = r.choice(AGENCY).format(r.choice(CO_WORD))
        old_emp = None
        for x in docs:
            if x["type"] == "tax_record":
                ags = [rw["withholding_agent"] for rw in x["rows"] if rw["_item"] == "正常工资薪金所得"]
                if ags and ags[0] != employer:
                    old_emp = ags[0]
        rows = []
        base = money(r, 7400, 36000).split(".")[0] + ".00"
        m = first_m
        while m <= last:
            e = employer
            if old_emp and m < month_of(start):
                e = old_emp
            if "si_agency" in defects and m >= month_add(last, -4):
                e = agency
            bp = False
            if "si_insufficient" in defects and m <= month_add(m0, -5):
                bp = True
            if "si_backpay" in defects and m >= month_add(m0, -7):
                bp = True
            if m[5:] == "07" and m != first_m:
                base = "%d.00" % (int(float(base)) + r.randint(100, 900))
            rows.append({"month": m, "employer": e, "base": base, "back_payment": bp})
            m = month_add(m, 1)
        sid = idn
        if "id_other_si" in defects:
            f17 = idn[:14] + "%03d" % ((int(idn[14:17]) + 2) % 1000)
            sid = f17 + id_check(f17)
        sname = _name_variant(name) if "name_si" in defects else name
        doc("social_insurance_record", {"name": sname, "id_number": sid}, rows)

    # ---------------- education
    grad_year = birth.year + r.randint(21, 23)
    if grad_year > asof.year - 1:
        grad_year = asof.year - 1
    major = r.choice(MAJORS)
    school = r.choice(SCHOOLS)
    gdate = dt.date(grad_year, r.choice([6, 6, 7]), r.choice([20, 25, 28, 30, 30, 1]))
    if "below_standard_nodiploma" in defects:
        pass
    elif "below_standard_zhuanke" in defects:
        doc("diploma", {"name": name, "school": school, "major": major, "level": "专科",
                        "graduation_date": iso(gdate), "study_mode": "普通全日制"}, form={"years": 3})
    elif "claim_degree_only" in defects:
        doc("degree_certificate", {"name": name, "school": school, "major": major, "level": "学士",
                                   "graduation_date": iso(gdate)}, form={"field": DEG_FIELD[major]})
    else:
        mode = "普通全日制"
        if "claim_adult_diploma" in defects:
            mode = r.choice(["成人高等教育(业余)", "高等教育自学考试", "网络教育"])
        if not o.get("xuexin_only"):
            doc("diploma", {"name": name, "school": school, "major": major, "level": "本科",
                            "graduation_date": iso(gdate), "study_mode": mode}, form={"years": 4})
        if (r.random() < 0.35 or o.get("xuexin_only")) and "claim_adult_diploma" not in defects:
            doc("diploma", {"name": name, "school": school, "major": major, "level": "本科",
                            "graduation_date": iso(gdate), "study_mode": mode, "online_record": True},
                form={"xuexin": True})
        doc("degree_certificate", {"name": name, "school": school, "major": major, "level": "学士",
                                   "graduation_date": iso(gdate)}, form={"field": DEG_FIELD[major]})
        if o.get("master"):
            g2 = dt.date(grad_year + 3, 6, 30)
            s2 = r.choice(SCHOOLS)
            doc("diploma", {"name": name, "school": s2, "major": major, "level": "硕士研究生",
                            "graduation_date": iso(g2), "study_mode": "普通全日制"}, form={"years": 3})
            doc("degree_certificate", {"name": name, "school": s2, "major": major, "level": "硕士",
                                       "graduation_date": iso(g2)}, form={"field": DEG_FIELD[major]})

    # ---------------- marriage
    if o.get("marriage") or r.random() < 0.15:
        ssex = "女" if sex == "男" else "男"
        sb = birth + dt.timedelta(days=r.randint(-900, 900))
        sa = r.choice(PROV)[0]
        reg = max(birth + relativedelta(years=23), asof - relativedelta(years=r.randint(1, 12)))
        if reg > asof - dt.timedelta(days=30):
            reg = asof - dt.timedelta(days=60)
        doc("marriage_certificate", {"holder_name": name, "spouse_name": person_name(r, ssex),
                                     "spouse_id_number": make_id(sa, sb, r, ssex),
                                     "registration_date": iso(reg)},
            form={"spouse_sex": ssex, "spouse_birth": iso(sb), "sex": sex, "birth": iso(birth)})

    meta = {"as_of": iso(asof), "application": application, "defects": defects, "options": o,
            "sex": sex, "employer": employer, "emp_code": emp_code, "city": city, "dist": dist,
            "verdict": verdict}
    return meta, docs


def _tax_last(asof):
    m = month_of(asof)
    k = 0
    while True:
        mm = month_add(m, -k)
        nxt = month_add(mm, 1)
        if dt.date(int(nxt[:4]), int(nxt[5:7]), 15) <= asof:
            return mm
        k += 1


def _name_variant(name):
    for i in range(len(name) - 1, 0, -1):
        if name[i] in HOMO:
            return name[:i] + HOMO[name[i]] + name[i + 1:]
    return name[:-1] + ("明" if name[-1] != "明" else "鸣")


def _id_typo(r, idn):
    for _ in range(50):
        i = r.choice([7, 8, 14, 15, 16, 3, 4])
        c = str((int(idn[i]) + r.randint(1, 9)) % 10)
        t = idn[:i] + c + idn[i + 1:]
        if not id_valid(t):
            return t
    return idn[:17] + ("0" if idn[17] != "0" else "1")


def _address_variant(r, hk):
    """A hukou address that differs from the booklet's after normalisation."""
    import re
    opts = []
    m = re.search(r"(\d+)号", hk)
    if m:
        opts.append(hk.replace(m.group(0), "%d号" % (int(m.group(1)) + r.randint(1, 9)), 1))
    if "室" in hk:
        opts.append(re.sub(r"\d+室$", "", hk))
    if "组" in hk:
        opts.append(hk.replace("组", "队", 1))
    if "幢" in hk:
        opts.append(hk.replace("幢", "栋", 1))
    if "(" in hk:
        opts.append(hk.split("(")[0])
    opts.append(hk.replace("区", "县", 1))
    return r.choice(opts)
