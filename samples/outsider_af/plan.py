"""The 40-packet plan, the people, and the truth of each packet (SPEC §3–§6)."""
import datetime as dt
import random

D = dt.date

# ---------------------------------------------------------------- defects
# defect -> expected rule ids (the verdict follows from the severities)
RULES = {
    "missing_contract": ["packet.missing_document"],
    "missing_household_member": ["packet.missing_document"],
    "id_invalid": ["identity.id_number_invalid"],
    "name_mismatch_tax": ["identity.name_mismatch"],
    "name_mismatch_contract": ["identity.name_mismatch"],
    "id_mismatch_si": ["identity.id_number_mismatch"],
    "id_mismatch_contract": ["identity.id_number_mismatch"],
    "hukou_mismatch": ["address.hukou_mismatch"],
    "permit_expired": ["permit.expired"],
    "id_card_expired": ["id_card.expired"],
    "age_over_60": ["applicant.age_out_of_range", "points.below_standard"],
    "term_too_short": ["contract.term_too_short"],
    "contract_ends_soon": ["contract.ends_within_two_months"],
    "tax_missing_month": ["tax.missing_months"],
    "employer_agency_tax": ["employer.mismatch"],
    "employer_agency_si": ["employer.mismatch"],
    "si_insufficient": ["social_insurance.insufficient_months"],
    "si_not_paying": ["social_insurance.not_paying"],
    "permit_too_recent": ["permit.too_recent"],
    "education_dazhuan": ["points.below_standard"],
    "diploma_without_degree": ["points.below_standard"],
    "degree_without_diploma": ["points.claim_unsupported"],
    "self_study_diploma": ["points.claim_unsupported"],
    "blank_page": ["quality.unreadable_page"],
    "dark_page": ["quality.unreadable_page"],
    "permit_validity_cut": ["field.unreadable"],
    "id_card_front_only": ["field.unreadable"],
}
SEVERITY = {r: "warning" for r in ["permit.too_recent", "points.below_standard", "points.claim_unsupported",
                                   "quality.unreadable_page", "field.unreadable"]}

FIX = [
    ["missing_contract", "name_mismatch_tax"],
    ["missing_household_member", "id_invalid", "si_insufficient"],
    ["id_invalid", "tax_missing_month"],
    ["name_mismatch_contract", "permit_expired"],
    ["id_mismatch_si", "hukou_mismatch"],
    ["id_mismatch_contract", "id_card_expired", "si_not_paying"],
    ["hukou_mismatch", "term_too_short"],
    ["permit_expired", "age_over_60"],
    ["id_card_expired", "contract_ends_soon"],
    ["age_over_60", "si_insufficient", "tax_missing_month"],
    ["term_too_short", "employer_agency_tax"],
    ["contract_ends_soon", "si_not_paying", "employer_agency_si"],
]
REVIEW = [
    ["permit_too_recent"],
    ["permit_too_recent", "degree_without_diploma"],
    ["education_dazhuan"],
    ["diploma_without_degree"],
    ["degree_without_diploma"],
    ["self_study_diploma"],
    ["blank_page"],
    ["dark_page"],
    ["permit_validity_cut"],
    ["id_card_front_only"],
    ["education_dazhuan", "blank_page"],
    ["permit_too_recent", "id_card_front_only"],
]
N_READY = 16


def master_plan(seed, count):
    base = [("fix", d) for d in FIX] + [("review", d) for d in REVIEW] + [("ready", [])] * N_READY
    r = random.Random(f"{seed}-plan")
    r.shuffle(base)
    out = []
    while len(out) < count:
        out.extend(base)
    return out[:count]


# ---------------------------------------------------------------- people
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐韩曹许邓冯彭曾萧田董潘袁蔡蒋余于杜叶程魏苏吕丁沈任姚卢钟姜崔谭陆范汪廖石金韦贾夏付方邹熊孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱戴严莫孔向常汤"
RARE = ["淼", "赟", "昊", "琛", "彧", "喆", "犇", "翀", "玥", "珺", "堃", "骞", "燚", "垚", "璟", "祎", "旻", "甯", "焱", "芃"]
COMMON = ["伟", "芳", "静", "磊", "洋", "婷", "杰", "雪", "晨", "宇", "佳", "欣", "浩", "然", "思", "雨", "子", "文",
          "建", "丽", "明", "华", "一", "嘉", "梓", "泽", "安", "凯", "诗", "悦"]
# a look-alike for a misspelt name (identity.name_mismatch)
LOOKALIKE = {"淼": "森", "赟": "斌", "昊": "晧", "琛": "深", "彧": "或", "喆": "哲", "犇": "奔", "翀": "冲",
             "玥": "月", "珺": "君", "堃": "坤", "骞": "謇", "燚": "焱", "垚": "尧", "璟": "景", "祎": "伟",
             "旻": "昱", "甯": "宁", "焱": "炎", "芃": "芄"}

PLACES = [  # province, city, district, area code, police branch
    ("河北省", "石家庄市", "长安区", "130102", "石家庄市公安局长安区分局"),
    ("江苏省", "南京市", "玄武区", "320102", "南京市公安局玄武分局"),
    ("浙江省", "杭州市", "西湖区", "330106", "杭州市公安局西湖区分局"),
    ("安徽省", "合肥市", "蜀山区", "340104", "合肥市公安局蜀山分局"),
    ("江西省", "南昌市", "东湖区", "360102", "南昌市公安局东湖分局"),
    ("山东省", "青岛市", "市南区", "370202", "青岛市公安局市南分局"),
    ("河南省", "郑州市", "金水区", "410105", "郑州市公安局金水分局"),
    ("湖北省", "武汉市", "江汉区", "420103", "武汉市公安局江汉区分局"),
    ("湖南省", "长沙市", "岳麓区", "430104", "长沙市公安局岳麓分局"),
    ("四川省", "成都市", "武侯区", "510107", "成都市公安局武侯区分局"),
    ("福建省", "厦门市", "思明区", "350203", "厦门市公安局思明分局"),
    ("黑龙江省", "哈尔滨市", "南岗区", "230103", "哈尔滨市公安局南岗分局"),
]
ROADS = ["人民路", "解放路", "建设路", "中山路", "长江路", "文化路", "胜利街", "和平路", "新华路", "青年路", "光明街",
         "朝阳路", "健康路", "学府路"]
SH_DISTRICTS = ["浦东新区", "徐汇区", "闵行区", "长宁区", "杨浦区", "普陀区", "静安区", "宝山区", "松江区", "嘉定区"]
SH_ROADS = ["锦绣路", "漕溪北路", "虹梅路", "长阳路", "真北路", "沪太路", "莲花路", "张杨路", "古美路", "江场西路",
            "龙阳路", "仙霞路"]
BRANDS = ["浦江", "申通达", "汇川", "华腾", "云帆", "启明", "星澜", "锦程", "恒信", "东方明珠", "蓝湾", "沪远", "中晟",
          "卓越", "光启"]
TRADES = ["信息技术有限公司", "网络科技有限公司", "生物医药有限公司", "贸易有限公司", "工程咨询有限公司",
          "(集团)有限公司", "电子科技有限公司", "物流有限公司", "文化传媒有限公司", "软件技术有限公司"]
AGENCIES = ["上海申才人力资源服务有限公司", "上海外联人力资源有限公司", "上海众诚劳务派遣有限公司"]
SCHOOLS = ["浙江工业大学", "江西财经大学", "华东理工大学", "南京邮电大学", "山东大学", "郑州大学", "湖南师范大学",
           "四川农业大学", "合肥工业大学", "武汉理工大学", "厦门理工学院", "上海应用技术大学"]
MAJORS = [("计算机科学与技术", "工学"), ("会计学", "管理学"), ("机械设计制造及其自动化", "工学"),
          ("汉语言文学", "文学"), ("国际经济与贸易", "经济学"), ("电子信息工程", "工学"), ("药学", "理学"),
          ("土木工程", "工学"), ("市场营销", "管理学"), ("软件工程", "工学")]
DAZHUAN_SCHOOLS = ["上海电子信息职业技术学院", "江苏经贸职业技术学院", "浙江金融职业学院", "湖南铁道职业技术学院"]
DAZHUAN_MAJORS = ["计算机应用技术", "会计", "物流管理", "电子商务", "机电一体化技术"]


def id_check(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def make_id(area, birth, rng, male):
    seq = rng.randint(10, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if male else [0, 2, 4, 6, 8])
    s17 = f"{area}{birth:%Y%m%d}{seq:03d}"
    return s17 + id_check(s17)


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def months_between(a, b):  # list of YYYY-MM from month a to month b inclusive
    out, cur = [], D(a.year, a.month, 1)
    while cur <= D(b.year, b.month, 1):
        out.append(f"{cur:%Y-%m}")
        cur = add_months(cur, 1)
    return out


def tax_window(as_of):
    m = D(as_of.year, as_of.month, 1)
    latest = add_months(m, -1) if as_of.day >= 15 else add_months(m, -2)
    return months_between(add_months(latest, -5), latest)


def working_days_after(d, as_of):
    n, cur = 0, d + dt.timedelta(days=1)
    while cur <= as_of:
        if cur.weekday() < 5:
            n += 1
        cur += dt.timedelta(days=1)
    return n


def age_at(b, d):
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def age_points(age):
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def company(rng, used=()):
    while True:
        c = "上海" + rng.choice(BRANDS) + rng.choice(TRADES)
        if rng.random() < 0.15 and "集团" not in c:
            c = c.replace("有限公司", "有限公司") if rng.random() < 0.5 else c[:-4] + "有限公司徐汇分公司"
        if c not in used:
            return c


def uscc(rng):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91310" + rng.choice(["104", "115", "112", "101", "106"]) + "".join(rng.choice(al) for _ in range(10))


def hukou_address(rng, pl):
    prov, city, dist = pl[0], pl[1], pl[2]
    if rng.random() < 0.3:
        return f"{prov}{city}{dist}{rng.choice(['城关镇', '东风街道', '新城镇'])}{rng.choice(['东风村', '红旗村', '向阳村'])}{rng.randint(1, 9)}组{rng.randint(1, 99)}号"
    return f"{prov}{city}{dist}{rng.choice(ROADS)}{rng.randint(1, 499)}号{rng.randint(1, 12)}幢{rng.randint(1, 30)}0{rng.randint(1, 6)}室"


def make_person(rng, defects, kind):
    pl = rng.choice(PLACES)
    male = rng.random() < 0.5
    sur = rng.choice(SURNAMES)
    given = rng.choice(RARE) if rng.random() < 0.75 else rng.choice(COMMON)
    if rng.random() < 0.6:
        given = (rng.choice(COMMON) + given) if rng.random() < 0.5 else (given + rng.choice(COMMON))
    name = sur + given
    as_of = rand_date(rng, D(2026, 11, 16), D(2026, 12, 18))
    if "age_over_60" in defects:
        birth = add_years(as_of, -61) - dt.timedelta(days=rng.randint(20, 300))
    else:
        birth = rand_date(rng, D(1986, 1, 1), D(2001, 6, 30))
    p = dict(name=name, male=male, sex="男" if male else "女", place=pl, birth=birth, as_of=as_of)
    p["id_number"] = make_id(pl[3], birth, rng, male)
    p["hukou_address"] = hukou_address(rng, pl)
    p["residence_address"] = (f"上海市{rng.choice(SH_DISTRICTS)}{rng.choice(SH_ROADS)}{rng.randint(10, 999)}弄"
                              f"{rng.randint(1, 60)}号{rng.randint(1, 25)}0{rng.randint(1, 4)}室")
    p["employer"] = company(rng)
    p["employer_tax_id"] = uscc(rng)
    p["prev_employer"] = company(rng, {p["employer"]})
    p["application"] = kind
    return p


# ---------------------------------------------------------------- truth
def fmt_amt(x):
    return f"{x:.2f}"


def build(rng, idx, verdict_class, defects, seed):
    kind = "renewal" if (rng.random() < 0.15 and not {"missing_household_member", "hukou_mismatch"} & set(defects)) \
        else "first"
    P = make_person(rng, defects, kind)
    as_of = P["as_of"]
    docs = []

    def doc(t, fields, rows=None, **extra):
        d = {"type": t, "layout": None, "pages": [], "fields": fields, "rows": rows or []}
        d.update(extra)
        docs.append(d)
        return d

    name, idn = P["name"], P["id_number"]
    if "id_invalid" in defects:
        bad = "0123456789X".replace(idn[-1], "")
        idn = idn[:17] + rng.choice(bad)
        P["id_number"] = idn
    # ---- id card
    age = age_at(P["birth"], as_of)
    if "id_card_expired" in defects:
        vu = as_of - dt.timedelta(days=rng.randint(10, 200))
        vf = add_years(vu, -10)
    else:
        vf = rand_date(rng, add_years(as_of, -9), as_of - dt.timedelta(days=120))
        if age >= 46 and rng.random() < 0.7:
            vu = "long_term"
        else:
            vu = add_years(vf, 20 if age >= 26 else 10)
    card_addr = P["hukou_address"]
    if rng.random() < 0.2 and "hukou_mismatch" not in defects:
        card_addr = hukou_address(rng, P["place"])  # an older address on the card: not a defect
    idf = dict(name=name, sex=P["sex"], ethnicity="汉", birth_date=f"{P['birth']}", address=card_addr,
               id_number=idn, issuing_authority=P["place"][4], valid_from=f"{vf}",
               valid_until=vu if vu == "long_term" else f"{vu}")
    if "id_card_front_only" in defects:
        for k in ("issuing_authority", "valid_from", "valid_until"):
            idf.pop(k)
    doc("id_card", idf)
    # ---- residence permit
    if "permit_too_recent" in defects:
        # fewer than 5 working days d with issue < d <= as_of
        k = rng.randint(1, 4)
        iss = as_of - dt.timedelta(days=1)
        while working_days_after(iss, as_of) < k:
            iss -= dt.timedelta(days=1)
        assert working_days_after(iss, as_of) < 5
    else:
        iss = rand_date(rng, add_years(as_of, -2), as_of - dt.timedelta(days=30))
    if "permit_expired" in defects:
        iss = add_years(as_of, -1) - dt.timedelta(days=rng.randint(20, 120))
        pvu = add_years(iss, 1) - dt.timedelta(days=1)
    else:
        pvu = add_years(iss, rng.choice([1, 3])) - dt.timedelta(days=1)
        if pvu < as_of + dt.timedelta(days=30):
            pvu = add_years(pvu, 1)
    permit_hukou = P["hukou_address"]
    if "hukou_mismatch" in defects:
        a = P["hukou_address"]
        digits = [i for i, c in enumerate(a) if c.isdigit()]
        j = rng.choice(digits)
        permit_hukou = a[:j] + str((int(a[j]) + rng.randint(1, 8)) % 10) + a[j + 1:]
        if permit_hukou == a:
            permit_hukou = a + "附1"
    pf = dict(name=name, id_number=idn, hukou_address=permit_hukou, residence_address=P["residence_address"],
              issue_date=f"{iss}", valid_from=f"{iss}", valid_until=f"{pvu}")
    if "permit_validity_cut" in defects:
        pf.pop("valid_from")
        pf.pop("valid_until")
    doc("residence_permit", pf)
    # ---- hukou
    if kind == "first":
        collective = rng.random() < 0.15 and "missing_household_member" not in defects
        if collective:
            doc("collective_hukou_certificate",
                dict(name=name, id_number=idn, address=P["hukou_address"],
                     issue_date=f"{rand_date(rng, as_of - dt.timedelta(days=90), as_of - dt.timedelta(days=5))}"))
        else:
            head_sur = name[0]
            head = head_sur + rng.choice(COMMON) + rng.choice(COMMON)
            rel = rng.choice(["子", "女", "长子", "长女", "次子"]) if head != name else "户主"
            if rng.random() < 0.2:
                head, rel = name, "户主"
            doc("household_register_cover",
                dict(household_type=rng.choice(["家庭户", "家庭户", "非农业家庭户"]), head_name=head,
                     household_number=f"{rng.randint(100000000, 999999999)}", address=P["hukou_address"],
                     issue_date=f"{rand_date(rng, D(2006, 1, 1), D(2020, 12, 31))}"))
            if "missing_household_member" not in defects:
                reg = max(P["birth"] + dt.timedelta(days=40), rand_date(rng, D(2004, 1, 1), D(2021, 1, 1)))
                doc("household_register_member",
                    dict(name=name, relation_to_head=rel, sex=P["sex"], birthplace=P["place"][0] + P["place"][1],
                         ethnicity="汉", native_place=P["place"][0] + P["place"][1], birth_date=f"{P['birth']}",
                         id_number=idn, education="大学本科", marital_status=rng.choice(["未婚", "已婚"]),
                         employer=P["employer"] if rng.random() < 0.5 else "",
                         registration_date=f"{reg}"))
                if not docs[-1]["fields"]["employer"]:
                    docs[-1]["fields"].pop("employer")
    # ---- labour contract
    if "missing_contract" not in defects:
        open_ended = False
        if "term_too_short" in defects:
            start = rand_date(rng, as_of - dt.timedelta(days=150), as_of - dt.timedelta(days=60))
            end = add_months(start, rng.choice([6, 10, 11])) - dt.timedelta(days=1)
            if end < add_months(as_of, 2) + dt.timedelta(days=5):
                end = add_months(as_of, 2) + dt.timedelta(days=20)
            assert end + dt.timedelta(days=1) < add_years(start, 1)
        elif "contract_ends_soon" in defects:
            end = as_of + dt.timedelta(days=rng.randint(5, 50))
            start = add_years(end + dt.timedelta(days=1), -3)
        else:
            start = rand_date(rng, add_years(as_of, -4), as_of - dt.timedelta(days=200))
            if rng.random() < 0.2:
                open_ended, end = True, None
            else:
                end = add_years(start, rng.choice([3, 5])) - dt.timedelta(days=1)
                while end < add_months(as_of, 2) + dt.timedelta(days=30):
                    end = add_years(end, 3)
        cname, cid = name, idn
        if "name_mismatch_contract" in defects:
            cname = name[0] + "".join(LOOKALIKE.get(c, c) for c in name[1:])
            if cname == name:
                cname = name[:-1] + "钰"
        if "id_mismatch_contract" in defects:
            cid = mutate_id(rng, idn)
        cf = dict(employer=P["employer"], employee_name=cname, employee_id_number=cid, start_date=f"{start}",
                  end_date=None if open_ended else f"{end}", open_ended=open_ended,
                  signing_date=f"{start - dt.timedelta(days=rng.randint(1, 12))}")
        if open_ended:
            cf.pop("end_date")
        doc("labour_contract", cf)
    # ---- tax record
    win = tax_window(as_of)
    months = months_between(add_months(D(int(win[0][:4]), int(win[0][5:]), 1), -rng.choice([0, 0, 3, 6])),
                            D(int(win[-1][:4]), int(win[-1][5:]), 1))
    if "tax_missing_month" in defects:
        drop = rng.choice(win[1:-1])
        months = [m for m in months if m != drop]
        P["dropped"] = drop
    job_change = rng.random() < 0.25
    change_at = months[len(months) // 2]
    rows = []
    for m in months:
        agent = P["employer"]
        if job_change and m < change_at and m not in win[-2:]:
            agent = P["prev_employer"]
        if "employer_agency_tax" in defects:
            agent = P.setdefault("agency", rng.choice(AGENCIES))
        amt = round(rng.uniform(150, 3200), 2) if rng.random() < 0.93 else 0.0
        rows.append(dict(period=m, withholding_agent=agent, amount=fmt_amt(amt)))
        if m.endswith("-03") and rng.random() < 0.5:
            rows.append(dict(period=m, withholding_agent=agent, amount=fmt_amt(round(rng.uniform(1000, 9000), 2)),
                             item="全年一次性奖金收入"))
    tname = name
    if "name_mismatch_tax" in defects:
        tname = name[0] + "".join(LOOKALIKE.get(c, c) for c in name[1:])
        if tname == name:
            tname = name[:-1] + "钰"
    issue = rand_date(rng, max(as_of - dt.timedelta(days=6), D(as_of.year, as_of.month, 1)), as_of)
    doc("tax_record", dict(name=tname, id_number=idn, issue_date=f"{issue}"), rows)
    # ---- social insurance (optional)
    si_forced = {"si_insufficient", "si_not_paying", "id_mismatch_si", "employer_agency_si"} & set(defects)
    if si_forced or rng.random() < 0.5:
        am = D(as_of.year, as_of.month, 1)
        n = rng.choice([12, 12, 24, 15])
        last = am if rng.random() < 0.6 else add_months(am, -1)
        if "si_not_paying" in defects:
            last = add_months(am, -rng.choice([3, 4]))
        first = add_months(last, -(n - 1))
        base = rng.choice([7310, 8500, 10000, 12500, 15000, 18000, 21500])
        rows = []
        for m in months_between(first, last):
            emp = P["employer"]
            if job_change and m < change_at and m < f"{add_months(last, -2):%Y-%m}":
                emp = P["prev_employer"]
            back = False
            if "si_insufficient" in defects and m < f"{add_months(last, -2):%Y-%m}":
                back = m >= f"{add_months(last, -8):%Y-%m}"
                if not back:
                    continue
            if "employer_agency_si" in defects:
                emp = P.setdefault("agency", rng.choice(AGENCIES))
            rows.append(dict(month=m, employer=emp, base=f"{base:.2f}", back_payment=back))
        sid = mutate_id(rng, idn) if "id_mismatch_si" in defects else idn
        doc("social_insurance_record", dict(name=name, id_number=sid), rows)
    # ---- education
    maj, cat = rng.choice(MAJORS)
    school = rng.choice(SCHOOLS)
    master = rng.random() < 0.25 and not {"education_dazhuan", "self_study_diploma", "diploma_without_degree",
                                          "degree_without_diploma"} & set(defects)
    gy = min(P["birth"].year + 22, as_of.year - 1)
    grad = D(gy, 6, rng.choice([20, 25, 28, 30]))
    edu_pts, supported = 90, True
    if "education_dazhuan" in defects:
        grad = D(P["birth"].year + 21, 6, 30)
        doc("diploma", dict(name=name, school=rng.choice(DAZHUAN_SCHOOLS), major=rng.choice(DAZHUAN_MAJORS),
                            level="专科", graduation_date=f"{grad}", study_mode="普通全日制"))
        edu_pts = 50
    else:
        if "degree_without_diploma" not in defects:
            mode = "高等教育自学考试" if "self_study_diploma" in defects else "普通全日制"
            doc("diploma", dict(name=name, school=school, major=maj, level="本科", graduation_date=f"{grad}",
                                study_mode=mode))
        if "diploma_without_degree" in defects:
            edu_pts = 60
        else:
            doc("degree_certificate", dict(name=name, school=school, major=maj, level="学士",
                                           graduation_date=f"{grad}"), degree_field=cat)
        if master:
            mg = D(min(grad.year + 3, as_of.year - 1), 6, 30)
            mschool = rng.choice(SCHOOLS)
            doc("diploma", dict(name=name, school=mschool, major=maj, level="硕士", graduation_date=f"{mg}",
                                study_mode="普通全日制"))
            doc("degree_certificate", dict(name=name, school=mschool, major=maj, level="硕士",
                                           graduation_date=f"{mg}"), degree_field=cat)
            edu_pts = 100
    # ---- marriage
    if rng.random() < 0.3:
        reg = rand_date(rng, add_years(P["birth"], 23), as_of - dt.timedelta(days=100))
        sb = rand_date(rng, add_years(P["birth"], -3), add_years(P["birth"], 3))
        spl = rng.choice(PLACES)
        doc("marriage_certificate", dict(holder_name=name, spouse_name=rng.choice(SURNAMES) + rng.choice(COMMON)
                                         + rng.choice(RARE + COMMON), spouse_id_number=make_id(spl[3], sb, rng, not P["male"]),
                                         registration_date=f"{reg}"), spouse_sex="女" if P["male"] else "男",
            spouse_birth=f"{sb}")
    # ---- points
    items = {"age": age_points(age), "education": edu_pts}
    si = [d for d in docs if d["type"] == "social_insurance_record"]
    if si:
        regular = sum(1 for r in si[0]["rows"] if not r["back_payment"])
        if regular // 12:
            items["social_insurance_years"] = 3 * (regular // 12)
    est = sum(items.values())
    rules = []
    for d in defects:
        for r in RULES[d]:
            if r not in rules:
                rules.append(r)
    if est < 120 and "points.below_standard" not in rules:
        rules.append("points.below_standard")
    sev = ["error" if r not in SEVERITY else "warning" for r in rules]
    verdict = "fix" if "error" in sev else "review" if sev else "ready"
    assert verdict == verdict_class, (idx, defects, rules, est)
    P["supported"] = supported
    return P, docs, dict(as_of=f"{as_of}", application=kind, defects=list(defects), expected_rules=rules,
                         verdict=verdict, points=dict(standard=120, estimate=est, items=items))


def mutate_id(rng, idn):
    for _ in range(50):
        j = rng.randint(14, 15)
        s17 = idn[:j] + str((int(idn[j]) + rng.randint(1, 9)) % 10) + idn[j + 1:17]
        new = s17 + id_check(s17)
        if new != idn:
            return new
    raise RuntimeError
