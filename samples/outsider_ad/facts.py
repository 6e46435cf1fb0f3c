"""Facts: people, companies, places, dates and the documents' truth fields.

Everything here is drawn from random.Random(f"{seed}-{i}") only.
"""
import datetime as dt
import random

D = dt.date

from .dates_ids import add_months, add_years, check_digit, id_valid, month_add, window_months  # noqa: E402

SURNAMES = list("王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱严莫孔向常汤")
RARE_SURNAMES = ["欧阳", "司马", "上官", "诸葛", "皇甫", "令狐", "东方", "慕容", "尉迟", "澹台", "亓", "訾", "禤", "晁", "麴"]
GIVEN = list("伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍鹏辉建红云飞鑫波宇浩凯佳琳晨欣怡子涵梓轩雨萱思博文昊然一诺嘉睿若曦俊逸语彤志远海燕晓东春梅国庆立新丹阳")
RARE_GIVEN = list("喆堃昇琰祎赟淼旻玥珺婧滢彧翀犇燚龑垚曌昶暐璟珏鋆濛霂骞翯")

REGIONS = [  # code, province+city, district, city, urban?
    ("130102", "河北省石家庄市", "长安区", "石家庄市", True),
    ("370202", "山东省青岛市", "市南区", "青岛市", True),
    ("320106", "江苏省南京市", "鼓楼区", "南京市", True),
    ("340104", "安徽省合肥市", "蜀山区", "合肥市", True),
    ("410105", "河南省郑州市", "金水区", "郑州市", True),
    ("420106", "湖北省武汉市", "武昌区", "武汉市", True),
    ("430104", "湖南省长沙市", "岳麓区", "长沙市", True),
    ("360102", "江西省南昌市", "东湖区", "南昌市", True),
    ("510107", "四川省成都市", "武侯区", "成都市", True),
    ("500103", "重庆市", "渝中区", "重庆市", True),
    ("330106", "浙江省杭州市", "西湖区", "杭州市", True),
    ("350203", "福建省厦门市", "思明区", "厦门市", True),
    ("610113", "陕西省西安市", "雁塔区", "西安市", True),
    ("230103", "黑龙江省哈尔滨市", "南岗区", "哈尔滨市", True),
    ("220104", "吉林省长春市", "朝阳区", "长春市", True),
    ("450103", "广西壮族自治区南宁市", "青秀区", "南宁市", True),
    ("620102", "甘肃省兰州市", "城关区", "兰州市", True),
    ("321282", "江苏省泰州市", "靖江市", "泰州市", False),
    ("341221", "安徽省阜阳市", "临泉县", "阜阳市", False),
    ("412726", "河南省周口市", "郸城县", "周口市", False),
    ("532901", "云南省大理白族自治州", "大理市", "大理白族自治州", False),
    ("513221", "四川省阿坝藏族羌族自治州", "汶川县", "阿坝藏族羌族自治州", False),
    ("431126", "湖南省永州市", "宁远县", "永州市", False),
]
ROADS = ["长江", "人民", "解放", "建设", "和平", "中山", "文化", "新华", "胜利", "光明", "朝阳", "青年", "东风", "锦绣", "滨河", "学府", "枫林", "梧桐"]
TOWNS = ["城关", "新集", "龙泉", "白沙", "柳河", "杨桥", "石门", "黄庄", "双庙", "高楼"]
VILLAGES = ["东风", "红旗", "前进", "张庄", "李楼", "王营", "大树", "桃园", "河湾", "小岗"]
SH_DIST = ["浦东新区", "闵行区", "徐汇区", "宝山区", "嘉定区", "松江区", "杨浦区", "普陀区", "长宁区", "静安区", "青浦区", "奉贤区", "虹口区", "黄浦区"]
SH_ROADS = ["锦绣路", "张杨路", "龙吴路", "沪太路", "曹安公路", "真北路", "莘松路", "江场路", "南京西路", "漕宝路", "博学南路", "翔殷路", "金科路", "嘉松北路"]
BRANDS = ["浦江", "华腾", "申联", "汇通", "嘉禾", "同创", "沪越", "瀚海", "启明", "鼎盛", "晟达", "云帆", "博远", "煜丰", "璞瑞", "翰林", "森澜", "智谷", "临港", "恒信"]
INDUSTRY = ["信息技术", "生物医药科技", "智能装备", "供应链管理", "建筑设计咨询", "餐饮管理", "电子商务", "新材料科技", "文化传媒", "物业管理", "精密机械制造", "医疗器械", "网络科技", "环保工程", "企业管理咨询"]
CITIES_OUT = ["北京", "深圳", "杭州", "苏州", "南京", "广州"]
SCHOOLS = [("浙江工业大学", "杭州"), ("江西财经大学", "南昌"), ("华东理工大学", "上海"), ("上海大学", "上海"), ("郑州大学", "郑州"), ("湖南师范大学", "长沙"), ("西南交通大学", "成都"), ("安徽农业大学", "合肥"), ("东北林业大学", "哈尔滨"), ("兰州交通大学", "兰州"), ("南京邮电大学", "南京"), ("上海应用技术大学", "上海"), ("武汉纺织大学", "武汉"), ("河北经贸大学", "石家庄"), ("青岛科技大学", "青岛")]
COLLEGES = ["上海工商职业技术学院", "上海电子信息职业技术学院", "湖南化工职业技术学院", "河南工业职业技术学院", "安徽商贸职业技术学院", "江苏海事职业技术学院"]
MAJORS = [("计算机科学与技术", "工学"), ("机械设计制造及其自动化", "工学"), ("会计学", "管理学"), ("市场营销", "管理学"), ("汉语言文学", "文学"), ("英语", "文学"), ("药学", "理学"), ("土木工程", "工学"), ("国际经济与贸易", "经济学"), ("电子信息工程", "工学"), ("应用化学", "理学"), ("法学", "法学"), ("护理学", "理学"), ("软件工程", "工学")]
ETHNIC = ["汉"] * 20 + ["回", "满", "壮", "土家", "苗", "白", "蒙古"]
EDU_HH = {"专科": "大学专科", "本科": "大学本科", "硕士研究生": "研究生", "博士研究生": "研究生"}


def ymd(d):
    return d.isoformat() if isinstance(d, D) else d














def make_id(code, birth, rng, male):
    seq = rng.randint(10, 99)
    sx = rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = "%s%s%02d%d" % (code, birth.strftime("%Y%m%d"), seq, sx)
    return s17 + check_digit(s17)





def typo_id(n, rng, keep_valid):
    """an HR clerk's typo in an ID number"""
    for _ in range(2000):
        s = list(n)
        pos = rng.choice([3, 4, 5, 8, 9, 14, 15, 16])
        s[pos] = rng.choice([c for c in "0123456789" if c != s[pos]])
        if keep_valid:
            s[17] = check_digit("".join(s[:17]))
        m = "".join(s)
        if m != n and id_valid(m) == keep_valid:
            return m
    raise RuntimeError("typo")


def draw_name(rng, surname=None):
    r = rng.random()
    if surname is None:
        surname = rng.choice(RARE_SURNAMES) if r < 0.12 else rng.choice(SURNAMES)
    glen = rng.choices([1, 2, 3], [35, 60, 5])[0] if len(surname) == 1 else rng.choices([1, 2], [40, 60])[0]
    if len(surname) + glen > 4:
        glen = 4 - len(surname)
    g = "".join(rng.choice(RARE_GIVEN) if rng.random() < 0.15 else rng.choice(GIVEN) for _ in range(glen))
    return surname + g


def hukou_address(rng, reg):
    code, pc, dist, city, urban = reg
    if urban:
        kind = rng.random()
        if kind < 0.45:
            return "%s%s%s路%d号%d幢%d室" % (pc, dist, rng.choice(ROADS), rng.randint(1, 899), rng.randint(1, 30), rng.randint(101, 2808))
        if kind < 0.8:
            return "%s%s%s街道%s小区%d栋%d单元%d号" % (pc, dist, rng.choice(ROADS), rng.choice(["幸福", "阳光", "金色家园", "翠苑", "新村", "南苑"]), rng.randint(1, 40), rng.randint(1, 6), rng.randint(101, 2602))
        return "%s%s%s路%d号" % (pc, dist, rng.choice(ROADS), rng.randint(1, 999))
    return "%s%s%s镇%s村%d组%d号" % (pc, dist, rng.choice(TOWNS), rng.choice(VILLAGES), rng.randint(1, 12), rng.randint(1, 120))


def sh_address(rng):
    return "上海市%s%s%d弄%d号%d室" % (rng.choice(SH_DIST), rng.choice(SH_ROADS), rng.randint(10, 2999), rng.randint(1, 88), rng.randint(101, 2402))


def company(rng, kind=None):
    b, ind = rng.choice(BRANDS), rng.choice(INDUSTRY)
    kind = kind or rng.choices(["plain", "branch", "bracket", "group", "long", "corp"], [40, 12, 15, 10, 10, 13])[0]
    if kind == "branch":
        return "%s%s%s有限公司上海分公司" % (rng.choice(CITIES_OUT), b, ind)
    if kind == "bracket":
        return "%s(上海)%s有限公司" % (b + rng.choice(["国际", "中国", "亚太", ""]), ind)
    if kind == "group":
        return "上海%s(集团)有限公司" % b
    if kind == "long":
        return "上海市浦东新区张江%s%s研发中心有限公司" % (b, ind)
    if kind == "corp":
        return "上海%s%s股份有限公司" % (b, ind)
    return "上海%s%s有限公司" % (b, ind)


def agency(rng):
    return "上海%s%s有限公司" % (rng.choice(["外联", "东浩", "中展", "人和", "才汇", "新锦"]), rng.choice(["人力资源", "劳务派遣", "人力资源服务", "企业服务"]))


def credit_code(rng):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91310" + rng.choice("0123456789") + rng.choice("0123456789") + "".join(rng.choice(al) for _ in range(11))


def amount(rng, lo=150, hi=3200):
    return "%.2f" % (rng.randint(lo * 100, hi * 100) / 100)


# ---------------------------------------------------------------- scenarios
# each recipe: (verdict class, application, tags). Tags are the situations drawn.
RECIPES = [
    # ready (16): traps that must NOT fire
    ("ready", "first", ["old_id_address", "fullwidth_brackets"]),
    ("ready", "first", ["renewal_agreement", "taxid_in_remark"]),
    ("ready", "first", ["exact_one_year_contract_old"]),
    ("ready", "first", ["collective", "si_job_change"]),
    ("ready", "first", ["open_ended", "master", "marriage"]),
    ("ready", "first", ["adult_with_xuexin", "receipt"]),
    ("ready", "first", ["contract_ends_edge", "bonus_rows"]),
    ("ready", "first", ["permit_five_workdays", "tax_job_change"]),
    ("ready", "first", ["id_long_term_age45_master", "si_long"]),
    ("ready", "first", ["zero_tax_rows", "rental_page"]),
    ("ready", "renewal", ["open_ended"]),
    ("ready", "renewal", ["taxid_in_remark", "si_back_old"]),
    ("ready", "renewal", ["marriage", "bonus_rows"]),
    ("ready", "first", ["collective", "xuexin_only_extra"]),
    ("ready", "first", ["tax_as_of_early"]),
    ("ready", "renewal", ["renewal_agreement"]),
    # review (12): warnings only
    ("review", "first", ["permit_too_recent"]),
    ("review", "first", ["permit_too_recent", "blank_page"]),
    ("review", "renewal", ["permit_too_recent"]),
    ("review", "first", ["seal_over_address"]),
    ("review", "first", ["id_front_only"]),
    ("review", "renewal", ["id_front_only", "bachelor_no_degree"]),
    ("review", "first", ["glare_permit_until"]),
    ("review", "first", ["dark_page"]),
    ("review", "first", ["college_only"]),
    ("review", "renewal", ["age50", "blank_page"]),
    ("review", "first", ["adult_no_xuexin"]),
    ("review", "first", ["master_degree_no_diploma", "seal_over_address"]),
    # fix (12)
    ("fix", "first", ["missing_member", "tax_print_early"]),
    ("fix", "renewal", ["missing_tax", "contract_ended"]),
    ("fix", "renewal", ["missing_contract", "id_expired"]),
    ("fix", "first", ["id_typo_invalid_contract", "permit_expired"]),
    ("fix", "first", ["id_typo_invalid_tax", "job_change_new_contract"]),
    ("fix", "first", ["id_typo_valid_si", "si_insufficient"]),
    ("fix", "first", ["name_typo_contract", "hukou_moved", "tax_print_early"]),
    ("fix", "first", ["hukou_moved", "short_term_ending"]),
    ("fix", "renewal", ["permit_expired", "si_agency", "si_insufficient"]),
    ("fix", "first", ["age61", "si_stopped"]),
    ("fix", "first", ["age61", "tax_gap", "id_expired"]),
    ("fix", "first", ["short_term_ending", "tax_agency", "si_stopped", "name_typo_tax"]),
]

HOMOPHONE = {"晓": "小", "明": "铭", "伟": "玮", "丽": "莉", "静": "婧", "杰": "洁", "军": "君", "华": "桦", "敏": "闽", "涛": "滔", "娜": "纳", "芳": "方", "强": "蔷", "磊": "垒"}


def name_typo(name, rng):
    for i in range(len(name) - 1, 0, -1):
        if name[i] in HOMOPHONE:
            return name[:i] + HOMOPHONE[name[i]] + name[i + 1:]
    return name[:-1] + rng.choice([c for c in "玲琳林霖" if c != name[-1]])


def draw_packet(seed, i):
    rng = random.Random("%s-%d" % (seed, i))
    cls, app, tags = RECIPES[(i - 1) % len(RECIPES)] if seed is None else RECIPES[_order(seed)[(i - 1) % len(RECIPES)]]
    tags = set(tags)
    P = {"packet": "ad%03d" % i, "class": cls, "application": app, "tags": sorted(tags)}
    # as-of: a working day of November 2026
    days = [D(2026, 11, d) for d in range(2, 31) if D(2026, 11, d).weekday() < 5]
    if "tax_as_of_early" in tags:
        days = [d for d in days if d.day < 15]
    if "tax_print_early" in tags or "tax_gap" in tags:
        days = [d for d in days if d.day >= 18]
    as_of = rng.choice(days)
    P["as_of"] = as_of
    # person
    male = rng.random() < 0.52
    reg = rng.choice(REGIONS)
    if "age61" in tags:
        age = rng.choice([61, 62])
    elif "age50" in tags:
        age = 50
    elif "id_long_term_age45_master" in tags:
        age = 47
    else:
        age = rng.choice(list(range(24, 42)) + [42, 43])
    birth = D(as_of.year - age, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    if (as_of.month, as_of.day) < (birth.month, birth.day):
        birth = add_years(birth, -1)
    name = draw_name(rng)
    idn = make_id(reg[0], birth, rng, male)
    hk_addr = hukou_address(rng, reg)
    P.update(name=name, male=male, region=reg, birth=birth, id_number=idn, hukou_address=hk_addr,
             ethnicity=rng.choice(ETHNIC), residence_address=sh_address(rng))
    # employer
    emp = company(rng, "bracket" if "fullwidth_brackets" in tags else None)
    P["employer"] = emp
    P["employer_code"] = credit_code(rng)
    return rng, P


def _order(seed):
    """deterministic shuffle of recipe slots, so packet numbers do not reveal the class"""
    idx = list(range(len(RECIPES)))
    random.Random("%s-order" % seed).shuffle(idx)
    return idx


# ---------------------------------------------------------------- documents



def ym(d):
    return "%04d-%02d" % (d.year, d.month)


def doc(type_, layout, fields, rows=None, **hint):
    return {"type": type_, "layout": layout, "fields": fields, "rows": rows or [], "hint": hint}


def build_documents(rng, P):
    from . import rules
    tags = set(P["tags"])
    as_of, app = P["as_of"], P["application"]
    if "id_long_term_age45_master" in tags:
        tags |= {"master"}
    name, idn = P["name"], P["id_number"]
    reg = P["region"]
    docs = []
    # ---------------- id card
    age_now = rules.completed_age(P["birth"], as_of)
    if "id_expired" in tags:
        vu = as_of - dt.timedelta(days=rng.randint(12, 260))
        span = 20 if age_now - 20 >= 26 else 10
        vf = add_years(vu, -span)
        vu_s = vu.isoformat()
    elif "id_long_term_age45_master" in tags:
        vf = add_years(P["birth"], 46) + dt.timedelta(days=rng.randint(5, 200))
        if vf >= as_of:
            vf = as_of - dt.timedelta(days=40)
        vu_s = "long_term"
    else:
        while True:
            vf = as_of - dt.timedelta(days=rng.randint(60, 365 * 15))
            a = rules.completed_age(P["birth"], vf)
            span = 10 if a < 26 else (20 if a < 46 else None)
            if span is None:
                vu_s = "long_term"
                break
            vu = add_years(vf, span)
            if vu > as_of + dt.timedelta(days=60):
                vu_s = vu.isoformat()
                break
    id_addr = P["hukou_address"]
    if "old_id_address" in tags:
        id_addr = hukou_address(rng, reg)
        P["old_id_address"] = id_addr
    code, pc, dist, city, urban = reg
    auth = "%s公安局%s分局" % (city, dist) if urban else "%s公安局" % (dist if dist.endswith("县") or dist.endswith("市") else city)
    idf = {"name": name, "sex": "男" if P["male"] else "女", "ethnicity": P["ethnicity"], "birth_date": P["birth"].isoformat(),
           "address": id_addr, "id_number": idn, "issuing_authority": auth, "valid_from": vf.isoformat(), "valid_until": vu_s}
    front_only = "id_front_only" in tags
    if front_only:
        idf.update(issuing_authority=None, valid_from=None, valid_until=None)
    lay = "front_only" if front_only else rng.choices(["cards", "a4_copy", "a4_with_permit"], [45, 35, 20])[0]
    if "glare_permit_until" in tags and lay == "a4_with_permit":
        lay = "cards"
    docs.append(doc("id_card", lay, idf))
    # ---------------- residence permit
    if "permit_expired" in tags:
        vu = as_of - dt.timedelta(days=rng.randint(8, 150))
        iss = add_years(vu, -1) + dt.timedelta(days=1)
    elif "permit_too_recent" in tags or "permit_five_workdays" in tags:
        want = (lambda n: n < 5) if "permit_too_recent" in tags else (lambda n: n == 5)
        cands = [as_of - dt.timedelta(days=k) for k in range(1, 12)]
        cands = [c for c in cands if c.weekday() < 5 and want(rules.working_days_after(c, as_of))]
        iss = rng.choice(cands)
        vu = add_years(iss, rng.choice([1, 3])) - dt.timedelta(days=1)
    else:
        yrs = rng.choice([1, 3])
        lo = max(40, 0)
        hi = 365 * yrs - 70
        iss = as_of - dt.timedelta(days=rng.randint(lo, hi))
        vu = add_years(iss, yrs) - dt.timedelta(days=1)
    permit_hukou = P["hukou_address"]
    if "hukou_moved" in tags:
        permit_hukou = hukou_address(rng, reg)
    pf = {"name": name, "id_number": idn, "hukou_address": permit_hukou, "residence_address": P["residence_address"],
          "issue_date": iss.isoformat(), "valid_from": iss.isoformat(), "valid_until": vu.isoformat()}
    if lay == "a4_with_permit":
        play = "card_and_info"
    elif "glare_permit_until" in tags:
        play = rng.choice(["info_grid2", "info_list"])
    else:
        play = rng.choices(["info_grid2", "info_grid4", "info_list", "app", "card_and_info"], [25, 20, 15, 25, 15])[0]
    if "glare_permit_until" in tags:
        pf.update(valid_from=None, valid_until=None)
    docs.append(doc("residence_permit", play, pf, glare_until="glare_permit_until" in tags))
    # ---------------- education (drawn early: the member page shows it)
    edu = []
    by = P["birth"].year
    sch, scity = rng.choice(SCHOOLS)
    major, disc = rng.choice(MAJORS)
    g1 = D(by + rng.choice([22, 22, 23]), 6, rng.choice([28, 30, 30, 20]))
    mode = "普通全日制"
    if "adult_no_xuexin" in tags or "adult_with_xuexin" in tags:
        mode = rng.choice(["成人高等教育(业余)", "成人高等教育(函授)"])
        g1 = D(by + rng.randint(25, 29), rng.choice([1, 7]), rng.choice([10, 15]))
    if "college_only" in tags:
        coll = rng.choice(COLLEGES)
        edu.append(doc("diploma", rng.choice(["modern", "classic"]), {"name": name, "school": coll, "major": major, "level": "专科", "graduation_date": g1.isoformat(), "study_mode": mode}, years=3))
    else:
        dl = "classic" if g1.year < 2010 else rng.choice(["modern", "modern", "classic"])
        if mode != "普通全日制":
            dl = "adult"
        edu.append(doc("diploma", dl, {"name": name, "school": sch, "major": major, "level": "本科", "graduation_date": g1.isoformat(), "study_mode": mode}, years=4))
        if "adult_with_xuexin" in tags or "xuexin_only_extra" in tags or rng.random() < 0.15:
            f = dict(edu[0]["fields"]); f["online_record"] = True
            edu.append(doc("diploma", "xuexin", f, years=4))
        if "bachelor_no_degree" not in tags:
            edu.append(doc("degree_certificate", "bachelor", {"name": name, "school": sch, "major": major, "level": "学士", "graduation_date": g1.isoformat()}, discipline=disc))
        if "master" in tags or "master_degree_no_diploma" in tags:
            s2, _ = rng.choice(SCHOOLS)
            g2 = D(g1.year + 3, 6, 30)
            if "master" in tags:
                edu.append(doc("diploma", "modern", {"name": name, "school": s2, "major": major, "level": "硕士研究生", "graduation_date": g2.isoformat(), "study_mode": "普通全日制"}, years=3))
            edu.append(doc("degree_certificate", "master", {"name": name, "school": s2, "major": major, "level": "硕士", "graduation_date": g2.isoformat()}, discipline=disc))
    top = "专科" if "college_only" in tags else ("硕士研究生" if "master" in tags else "本科")
    # ---------------- hukou
    married = "marriage" in tags or rng.random() < 0.3
    if app == "first":
        if "collective" in tags:
            caddr = "%s%s%s路%d号" % (pc, dist, rng.choice(ROADS), rng.randint(1, 400))
            P["hukou_address"] = caddr
            docs[0]["fields"]["address"] = caddr if "old_id_address" not in tags else docs[0]["fields"]["address"]
            pf["hukou_address"] = caddr
            docs.append(doc("collective_hukou_certificate", "letter", {"name": name, "id_number": idn, "address": caddr,
                            "issue_date": (as_of - dt.timedelta(days=rng.randint(5, 80))).isoformat()},
                            office="%s公安局%s%s派出所" % (city, dist if urban else "", rng.choice(ROADS))))
        else:
            self_head = rng.random() < 0.25
            head = name if self_head else draw_name(rng, surname=name[:2] if name[:2] in RARE_SURNAMES else name[0])
            hh_issue = D(rng.randint(1998, 2022), rng.randint(1, 12), rng.randint(1, 28))
            cov = {"household_type": rng.choice(["家庭户", "家庭户", "非农业家庭户"]) if urban else rng.choice(["家庭户", "农业家庭户"]),
                   "head_name": head, "household_number": "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                   "address": P["hukou_address"], "issue_date": hh_issue.isoformat()}
            if "seal_over_address" in tags:
                cov["address"] = None
            cov_lay = rng.choice(["booklet_page", "booklet_page", "grid_wide"])
            mem_rel = "户主" if self_head else rng.choice(["子", "长子", "次子"] if P["male"] else ["女", "长女", "次女"])
            mem = {"name": name, "relation_to_head": mem_rel, "sex": idf["sex"], "birthplace": pc, "ethnicity": P["ethnicity"],
                   "native_place": pc, "birth_date": P["birth"].isoformat(), "id_number": idn, "education": EDU_HH[top],
                   "marital_status": "已婚" if married else "未婚",
                   "employer": "" if rng.random() < 0.3 else P["employer"],
                   "registration_date": D(by + rng.randint(0, 18), rng.randint(1, 12), rng.randint(1, 28)).isoformat()}
            mem_lay = rng.choice(["card_typed", "card_typed", "card_handwritten"])
            together = rng.random() < 0.35
            if "seal_over_address" not in tags:
                docs.append(doc("household_register_cover", "spread" if together else cov_lay, cov, seal_over="seal_over_address" in tags))
            else:
                docs.append(doc("household_register_cover", cov_lay, cov, seal_over=True))
                together = False
            if "missing_member" not in tags:
                docs.append(doc("household_register_member", "spread" if together else mem_lay, mem))
            elif together:
                docs[-1]["layout"] = cov_lay
    # ---------------- labour contract
    emp = P["employer"]
    cemp = emp
    old_emp = None
    if "job_change_new_contract" in tags or "tax_job_change" in tags or "si_job_change" in tags:
        old_emp = company(rng)
        P["old_employer"] = old_emp
    ename = name_typo(name, rng) if "name_typo_contract" in tags else name
    eid = idn
    if "id_typo_invalid_contract" in tags:
        eid = typo_id(idn, rng, False)
    open_ended = "open_ended" in tags
    ctr_docs = []
    if "renewal_agreement" in tags:
        s0 = as_of - dt.timedelta(days=365 * 3 + rng.randint(60, 500))
        e0 = add_years(s0, 3) - dt.timedelta(days=1)
        s1 = e0 + dt.timedelta(days=1)
        oe = rng.random() < 0.4
        e1 = None if oe else add_years(s1, rng.choice([3, 5])) - dt.timedelta(days=1)
        ctr_docs.append(doc("labour_contract", rng.choice(["shanghai_model", "company"]), {"employer": cemp, "employee_name": ename, "employee_id_number": eid, "start_date": s0.isoformat(), "end_date": e0.isoformat(), "open_ended": False, "signing_date": (s0 - dt.timedelta(days=rng.randint(0, 10))).isoformat()}))
        ctr_docs.append(doc("labour_contract", "renewal_agreement", {"employer": cemp, "employee_name": ename, "employee_id_number": eid, "start_date": s1.isoformat(), "end_date": e1.isoformat() if e1 else None, "open_ended": oe, "signing_date": (s1 - dt.timedelta(days=rng.randint(3, 25))).isoformat()}))
    else:
        if "exact_one_year_contract_old" in tags:
            s = as_of - dt.timedelta(days=rng.randint(30, 120)); e = add_years(s, 1) - dt.timedelta(days=1)
        elif "contract_ends_edge" in tags:
            e = rules.plus_two_months(as_of); s = add_years(e, -3) + dt.timedelta(days=1)
        elif "short_term_ending" in tags:
            e = as_of + dt.timedelta(days=rng.randint(15, 50)); s = add_months(e, -rng.choice([6, 8, 10])) + dt.timedelta(days=1)
        elif "contract_ended" in tags:
            e = as_of - dt.timedelta(days=rng.randint(10, 200)); s = add_years(e, -3) + dt.timedelta(days=1)
        elif "job_change_new_contract" in tags:
            s = as_of - dt.timedelta(days=rng.randint(8, 25)); e = add_years(s, 3) - dt.timedelta(days=1)
        elif "tax_job_change" in tags:
            s = D(as_of.year, as_of.month, 1); s = add_months(s, -rng.choice([3, 4])); e = add_years(s, 3) - dt.timedelta(days=1)
        else:
            while True:
                yrs = rng.choice([3, 3, 5, 2])
                s = as_of - dt.timedelta(days=rng.randint(100, 365 * yrs - 100))
                e = add_years(s, yrs) - dt.timedelta(days=1)
                if e > rules.plus_two_months(as_of) + dt.timedelta(days=20):
                    break
        if open_ended:
            e = None
        lay = rng.choices(["shanghai_model", "company", "hire_contract"], [45, 40, 15])[0]
        ctr_docs.append(doc("labour_contract", lay, {"employer": cemp, "employee_name": ename, "employee_id_number": eid, "start_date": s.isoformat(), "end_date": e.isoformat() if e else None, "open_ended": open_ended, "signing_date": (s - dt.timedelta(days=rng.randint(0, 12))).isoformat()}))
    if "missing_contract" not in tags:
        docs.extend(ctr_docs)
    cstart = D.fromisoformat(ctr_docs[-1]["fields"]["start_date"])
    # ---------------- tax record
    W = window_months(as_of)
    last = W[-1]
    issue = as_of - dt.timedelta(days=rng.randint(0, 5))
    if as_of.day >= 16 and issue.day < 16 and issue.month == as_of.month:
        issue = D(as_of.year, as_of.month, 16)
    if "tax_print_early" in tags:
        issue = D(as_of.year, as_of.month, rng.randint(6, 12)); last = W[-2]
    if "tax_as_of_early" in tags:
        last = W[-1]
    first_m = month_add(W[0], -rng.choice([0, 0, 1, 3, 6]))
    months = []
    m = first_m
    while m <= last:
        months.append(m); m = month_add(m, 1)
    if "tax_gap" in tags:
        gap = rng.choice(W[1:-1]); months.remove(gap)
    rows = []
    agent = agency(rng) if "tax_agency" in tags else emp
    if "tax_agency" in tags:
        P["agency"] = agent
    for mm in months:
        a = agent
        if old_emp and "job_change_new_contract" in tags:
            a = old_emp
        elif old_emp and "tax_job_change" in tags and mm < ym(cstart):
            a = old_emp
        amt = "0.00" if ("zero_tax_rows" in tags and rng.random() < 0.3) else amount(rng)
        rows.append({"period": mm, "withholding_agent": a, "amount": amt, "_item": "正常工资薪金"})
    if "bonus_rows" in tags and len(rows) > 2:
        k = rng.randrange(0, len(rows) - 1)
        rows.insert(k + 1, {"period": rows[k]["period"], "withholding_agent": rows[k]["withholding_agent"], "amount": amount(rng, 800, 9000), "_item": "全年一次性奖金收入"})
        k = rng.randrange(0, len(rows) - 2)
        rows.insert(k + 1, {"period": rows[k]["period"], "withholding_agent": company(rng, "plain"), "amount": amount(rng, 40, 600), "_item": "劳务报酬所得"})
    tname = name_typo(name, rng) if "name_typo_tax" in tags else name
    tid = typo_id(idn, rng, False) if "id_typo_invalid_tax" in tags else idn
    tlay = rng.choices(["national_pdf", "national_print", "income_detail_app", "old_certificate"], [45, 20, 25, 10])[0]
    if "taxid_in_remark" in tags:
        tlay = rng.choice(["national_pdf", "national_print"])
    codes = {emp: P["employer_code"]}
    for r in rows:
        codes.setdefault(r["withholding_agent"], credit_code(rng))
    if "missing_tax" not in tags:
        docs.append(doc("tax_record", tlay, {"name": tname, "id_number": tid, "issue_date": issue.isoformat()}, rows,
                        taxid=("before" if rng.random() < 0.5 else "after") if "taxid_in_remark" in tags else None, codes=codes))
    # ---------------- social insurance record
    si_tags = {"si_job_change", "si_long", "si_back_old", "si_insufficient", "si_agency", "si_stopped", "id_typo_valid_si"}
    want_si = bool(tags & si_tags) or (rng.random() < 0.3 and not tags & {"age50", "college_only", "bachelor_no_degree"})
    if want_si:
        am = ym(as_of)
        end = am if as_of.day >= 15 else month_add(am, -1)
        n = 36 if "si_long" in tags else rng.choice([12, 13, 18, 24, 26])
        if "si_stopped" in tags:
            end = month_add(am, -3)
        srows = []
        for k in range(n):
            mm = month_add(end, -(n - 1 - k))
            base = "%.2f" % ({2024: 9800, 2025: 11200, 2026: 12500}.get(int(mm[:4]) - (1 if int(mm[5:]) < 7 else 0), 8600) * rng.choice([1, 1, 1.2]) if False else
                              {2023: 8600, 2024: 9800, 2025: 11200, 2026: 12500}.get(int(mm[:4]) - (1 if int(mm[5:]) < 7 else 0), 7800))
            srows.append({"month": mm, "employer": emp, "base": base, "back_payment": False})
        if "si_job_change" in tags:
            for r in srows[: n // 2]:
                r["employer"] = old_emp
        if "si_insufficient" in tags:
            # joined recently; the first months were paid later as 补缴
            srows = srows[-9:]
            for r in srows[:5]:
                r["back_payment"] = True
        if "si_back_old" in tags:
            for r in srows[:2]:
                r["back_payment"] = True
            # keep full years the same whether or not 补缴 months count
            while srows and sum(1 for r in srows if not r["back_payment"]) // 12 != len(srows) // 12:
                srows.pop(0)
        if "si_agency" in tags:
            ag = agency(rng)
            for r in srows[-4:]:
                r["employer"] = ag
        sid = typo_id(idn, rng, True) if "id_typo_valid_si" in tags else idn
        slay = rng.choice(["monthly_pdf", "remark_pdf", "section_pdf", "range_rows"])
        if any(r["back_payment"] for r in srows) and slay == "range_rows":
            slay = "monthly_pdf"
        if "si_job_change" in tags and slay == "range_rows":
            slay = "remark_pdf"
        docs.append(doc("social_insurance_record", slay, {"name": name, "id_number": sid}, srows))
    docs.extend(edu)
    # ---------------- marriage
    if "marriage" in tags:
        sreg = rng.choice(REGIONS)
        sb = P["birth"] + dt.timedelta(days=rng.randint(-900, 900))
        sname = draw_name(rng)
        rd = D(max(by + 24, g1.year + 1), rng.randint(1, 12), rng.randint(1, 28))
        if rd >= as_of:
            rd = as_of - dt.timedelta(days=400)
        docs.append(doc("marriage_certificate", rng.choice(["inner_page", "inner_page_open"]), {"holder_name": name, "spouse_name": sname, "spouse_id_number": make_id(sreg[0], sb, rng, not P["male"]), "registration_date": rd.isoformat()},
                        spouse_birth=sb.isoformat(), cert_no="J%s-%04d-%06d" % (sreg[0][:4], rd.year, rng.randint(1, 999999))))
    # unknown pages
    extras = []
    for t in ("receipt", "rental_page", "blank_page", "dark_page"):
        if t in tags:
            extras.append(t)
    if not extras and rng.random() < 0.12 and P["class"] != "ready":
        pass
    P["extras"] = extras
    return docs
