"""Draw one applicant, the documents a careful HR officer would see, and the defects of the scenario."""
import datetime as dt
import random
from dateutil.relativedelta import relativedelta
from .common import (SURNAMES, GIVEN, HOMO, AREAS, ROADS, TOWNS, VILLAGES, SH_DISTRICTS, SH_ROADS, CO_WORDS, CO_KINDS,
                     AGENCIES, SCHOOLS, MAJORS, make_id, id_check, d2s, m2s)

# kind, defects
SPECS = [
    ("ready", []), ("ready", ["app_forms"]), ("ready", ["collective"]), ("ready", ["renewal"]), ("ready", ["renewal", "si"]),
    ("ready", ["job_change", "si"]), ("ready", ["edge_contract"]), ("ready", ["master"]), ("ready", ["fw_addr", "old_id_addr"]),
    ("ready", ["open_ended", "si"]), ("ready", ["bonus_rows", "unknown_pages"]), ("ready", ["doctor"]), ("ready", ["marriage", "si"]),
    ("ready", ["collective", "master"]),
    ("review", ["points_low"]), ("review", ["points_low", "si_long"]), ("review", ["permit_recent_holiday"]), ("review", ["blank_page"]),
    ("review", ["front_only"]), ("review", ["adult_edu"]), ("review", ["age44"]), ("review", ["permit_recent"]),
    ("fix", ["address_one_char"]), ("fix", ["address_one_char", "tax_missing_month"]), ("fix", ["contract_ends_soon"]),
    ("fix", ["contract_ended"]), ("fix", ["contract_short"]), ("fix", ["tax_missing_month"]), ("fix", ["tax_latest_missing"]),
    ("fix", ["tax_agency"]), ("fix", ["si_agency"]), ("fix", ["name_mismatch"]), ("fix", ["id_mismatch", "permit_recent"]),
    ("fix", ["id_invalid"]), ("fix", ["renewal", "permit_expired"]), ("fix", ["idcard_expired"]), ("fix", ["missing_tax"]),
    ("fix", ["missing_hukou"]), ("fix", ["si_not_paying"]), ("fix", ["si_backpay", "age_over"]),
]

DEFECT_NAMES = {  # truth "defects" vocabulary
    "address_one_char": "hukou_address_one_char", "contract_ends_soon": "contract_ends_soon", "contract_ended": "contract_ended",
    "contract_short": "contract_term_short", "tax_missing_month": "tax_missing_month", "tax_latest_missing": "tax_latest_month_missing",
    "tax_agency": "tax_paid_by_agency", "si_agency": "social_insurance_paid_by_agency", "name_mismatch": "name_mismatch",
    "id_mismatch": "id_number_mismatch", "id_invalid": "id_number_typo", "permit_expired": "permit_expired",
    "idcard_expired": "id_card_expired", "missing_tax": "missing_tax_record", "missing_hukou": "missing_household_register",
    "si_not_paying": "social_insurance_stopped", "si_backpay": "social_insurance_back_payment", "age_over": "age_over_60",
    "permit_recent": "permit_too_recent", "permit_recent_holiday": "permit_too_recent", "blank_page": "blank_page",
    "front_only": "id_card_back_missing", "adult_edu": "adult_education_diploma", "points_low": "points_below_standard",
    "age44": "points_below_standard",
}


def rand_name(rng, sex):
    s = rng.choice(SURNAMES)
    g = "".join(rng.choice(GIVEN) for _ in range(rng.choice([1, 2, 2])))
    return s + g


def company(rng, used=()):
    while True:
        w = rng.choice(CO_WORDS)
        k = rng.choice(CO_KINDS)
        style = rng.random()
        if style < 0.55:
            n = "上海" + w + k
        elif style < 0.75:
            n = w + k.replace("有限公司", "(上海)有限公司")
        elif style < 0.9:
            n = "上海" + w + "(集团)有限公司"
        else:
            n = "上海" + w + k.replace("有限公司", "有限公司") 
        if n not in used:
            return n


def credit_code(rng):
    al = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91310" + rng.choice("011045678") + rng.choice("0123456789") + "".join(rng.choice(al) for _ in range(10)) + rng.choice(al)


def hukou_addr(rng, area):
    code, prov, city, dist, _ = area
    base = prov + city + dist if prov != city else city + dist
    if prov == "重庆市":
        base = "重庆市" + dist
    if rng.random() < 0.65:
        return base + "%s%d号%d幢%d室" % (rng.choice(ROADS), rng.randint(1, 499), rng.randint(1, 30), rng.randint(101, 2605))
    return base + "%s%s%d组%d号" % (rng.choice(TOWNS), rng.choice(VILLAGES), rng.randint(1, 12), rng.randint(1, 99))


def sh_addr(rng):
    return "上海市%s%s%d弄%d号%d室" % (rng.choice(SH_DISTRICTS), rng.choice(SH_ROADS), rng.randint(10, 999), rng.randint(1, 60), rng.randint(101, 2203))


def one_char_change(rng, s):
    """change exactly one character of an address in a way people really mistype"""
    idx = [i for i, c in enumerate(s) if c.isdigit()]
    subs = {"路": "街", "号": "弄", "幢": "栋", "村": "庄", "镇": "乡", "组": "队"}
    if idx and rng.random() < 0.6:
        i = rng.choice(idx[-6:])
        nd = rng.choice([d for d in "0123456789" if d != s[i] and not (d == "0" and i > 0 and not s[i - 1].isdigit())])
        return s[:i] + nd + s[i + 1:]
    cand = [i for i, c in enumerate(s) if c in subs and i > 6]
    i = rng.choice(cand)
    return s[:i] + subs[s[i]] + s[i + 1:]


def tax_window(as_of):
    months = []
    m = dt.date(as_of.year, as_of.month, 1)
    while len(months) < 6:
        if (m + relativedelta(months=1)).replace(day=15) <= as_of:
            months.append(m)
        m -= relativedelta(months=1)
    return sorted(months)


def make_scenario(idx, seed):
    rng = random.Random(seed * 100003 + idx * 7919)
    order = list(range(len(SPECS)))
    random.Random(seed).shuffle(order)
    kind, flags = SPECS[order[idx % len(SPECS)]]
    flags = set(flags)
    S = dict(kind=kind, flags=flags, rng=rng)
    # --- as-of date
    if "permit_recent_holiday" in flags:
        as_of = dt.date(2026, 10, 10)
    else:
        as_of = dt.date(2026, 3, 2) + dt.timedelta(days=rng.randint(0, 290))
    S["as_of"] = as_of
    S["app"] = "renewal" if "renewal" in flags else "first"
    sex = rng.choice(["男", "女"])
    age = rng.randint(24, 41)
    if "age44" in flags:
        age = 44
    if "age_over" in flags:
        age = 61
    if "master" in flags:
        age = rng.randint(27, 47)
    if "doctor" in flags:
        age = rng.randint(31, 45)
    birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(1, 350))
    area = rng.choice(AREAS)
    name = rand_name(rng, sex)
    idn = make_id(area[0], birth, sex, rng)
    S.update(sex=sex, age=age, birth=birth, area=area, name=name, idn=idn)
    haddr = hukou_addr(rng, area)
    S["haddr"] = haddr
    employer = company(rng)
    prev_emp = company(rng, {employer})
    agency = rng.choice(AGENCIES)
    codes = {employer: credit_code(rng), prev_emp: credit_code(rng), agency: credit_code(rng)}
    docs = []

    def add(t, fields, rows=None, extra=None, layout=""):
        d = dict(type=t, layout=layout, fields=fields, rows=rows or [], extra=extra or {})
        docs.append(d)
        return d

    # --- id card
    if "idcard_expired" in flags:
        length = 10 if age < 36 else 20
        vu = as_of - dt.timedelta(days=rng.randint(5, 150))
        vf = vu - relativedelta(years=length)
        vus = d2s(vu)
    else:
        while True:
            vf = as_of - dt.timedelta(days=rng.randint(60, 3600))
            ai = (vf - birth).days // 365
            if ai < 16:
                continue
            length = 10 if ai < 26 else (20 if ai < 46 else None)
            if length is None:
                vus = "long_term"
                break
            vu = vf + relativedelta(years=length)
            if vu > as_of + dt.timedelta(days=30):
                vus = d2s(vu)
                break
    id_addr = haddr if "old_id_addr" not in flags else hukou_addr(rng, area)
    idf = dict(name=name, sex=sex, ethnicity=rng.choice(["汉"] * 8 + ["回", "满", "壮"]), birth_date=d2s(birth), address=id_addr,
               id_number=idn, issuing_authority=area[4], valid_from=d2s(vf), valid_until=vus)
    if "front_only" in flags:
        for k in ("issuing_authority", "valid_from", "valid_until"):
            idf.pop(k)
    add("id_card", idf, extra=dict(front_only="front_only" in flags))
    # --- residence permit
    if "permit_expired" in flags:
        vu = as_of - dt.timedelta(days=rng.randint(3, 60))
        vf = vu + dt.timedelta(days=1) - relativedelta(years=1)
        iss = vf
    elif "permit_recent_holiday" in flags:
        iss = dt.date(2026, 9, 30)
        vf = iss
        vu = vf + relativedelta(years=1) - dt.timedelta(days=1)
    elif "permit_recent" in flags:
        import chinese_calendar as cc
        iss = as_of
        n = 0
        target = rng.randint(1, 3)
        while n < target:
            if cc.is_workday(iss):
                n += 1
            iss -= dt.timedelta(days=1)
        vf = iss
        vu = vf + relativedelta(years=1) - dt.timedelta(days=1)
    else:
        yrs = rng.choice([1, 1, 3])
        iss = as_of - dt.timedelta(days=rng.randint(40, 300 if yrs == 1 else 900))
        vf = iss
        vu = vf + relativedelta(years=yrs) - dt.timedelta(days=1)
    ph = haddr
    if "address_one_char" in flags:
        ph = one_char_change(rng, haddr)
    rpf = dict(name=name, id_number=idn, hukou_address=ph, residence_address=sh_addr(rng), issue_date=d2s(iss),
               valid_from=d2s(vf), valid_until=d2s(vu))
    dist = rpf["residence_address"][3:6] if rpf["residence_address"][5] == "区" else rpf["residence_address"][3:7]
    dist = dist.replace("新区", "").replace("区", "")
    add("residence_permit", rpf, extra=dict(permit_office="上海市公安局%s分局" % dist, fw_addr="fw_addr" in flags))
    # --- household register
    police = area[3].replace("区", "").replace("市", "") + rng.choice(["城关", "东风", "人民路", "新华", "解放"]) + "派出所"
    police = area[2] + "公安局" + police if area[2] else "重庆市公安局" + police
    clerk = rand_name(random.Random(rng.random()), "男")
    if S["app"] == "first" and "missing_hukou" not in flags:
        if "collective" in flags:
            unit = rng.choice(["人才服务中心集体户", "街道集体户", "某公司集体户"])
            add("collective_hukou_certificate", dict(name=name, id_number=idn, address=haddr,
                issue_date=d2s(as_of - dt.timedelta(days=rng.randint(5, 60)))), extra=dict(sex=sex, unit=area[2] + unit, police=police),
                layout="letter")
        else:
            head_is_self = rng.random() < 0.35
            head = name if head_is_self else name[0] + rand_name(rng, "男")[1:]
            rel = "户主" if head_is_self else rng.choice(["子", "女", "长子", "长女", "次子", "孙子"])
            if not head_is_self:
                rel = rng.choice(["长子", "次子", "子"]) if sex == "男" else rng.choice(["长女", "次女", "女"])
            add("household_register_cover", dict(household_type=rng.choice(["家庭户", "家庭户", "非农业家庭户"]), head_name=head,
                household_number="%09d" % rng.randint(10 ** 8, 10 ** 9 - 1), address=haddr,
                issue_date=d2s(as_of - dt.timedelta(days=rng.randint(400, 6000)))), extra=dict(clerk=clerk, police=police))
            edu_txt = {"master": "研究生", "doctor": "研究生"}.get(next((f for f in ("master", "doctor") if f in flags), ""), "大学本科")
            reg = birth + relativedelta(years=rng.randint(16, 20), days=rng.randint(0, 300))
            if reg > as_of:
                reg = as_of - dt.timedelta(days=400)
            mf = dict(name=name, relation_to_head=rel, sex=sex, birthplace=area[1] + area[2] if area[2] else area[1],
                      ethnicity=idf["ethnicity"], native_place=area[1] + area[2] if area[2] else area[1], birth_date=d2s(birth),
                      id_number=idn, education=edu_txt, marital_status="已婚" if "marriage" in flags else rng.choice(["未婚", "已婚"]),
                      employer=employer, registration_date=d2s(reg))
            blank_emp = rng.random() < 0.3
            if blank_emp:
                mf.pop("employer")
            if "id_invalid" in flags:
                bad = list(idn)
                i = rng.randint(10, 16)
                bad[i] = str((int(bad[i]) + rng.randint(1, 8)) % 10)
                bad = "".join(bad)
                if id_check(bad[:17]) == bad[17]:
                    bad = bad[:17] + ("0" if bad[17] != "0" else "1")
                mf["id_number"] = bad
            add("household_register_member", mf, extra=dict(clerk=clerk, police=police, blank_employer=blank_emp))
    # --- labour contract
    job_change = "job_change" in flags or "contract_short" in flags
    win = tax_window(as_of)
    open_ended = "open_ended" in flags
    if "edge_contract" in flags:
        end = as_of + relativedelta(months=2)
        start = end + dt.timedelta(days=1) - relativedelta(years=3)
    elif "contract_ends_soon" in flags:
        end = as_of + dt.timedelta(days=rng.randint(5, 50))
        start = end + dt.timedelta(days=1) - relativedelta(years=3)
    elif "contract_ended" in flags:
        end = as_of - dt.timedelta(days=rng.randint(5, 40))
        start = end + dt.timedelta(days=1) - relativedelta(years=3)
    elif "contract_short" in flags:
        start = (as_of - dt.timedelta(days=rng.randint(60, 100))).replace(day=1)
        end = start + relativedelta(months=11) - dt.timedelta(days=1)
    elif job_change:
        start = win[2] + dt.timedelta(days=rng.randint(0, 10))
        end = start + relativedelta(years=3) - dt.timedelta(days=1)
    else:
        while True:
            start = as_of - dt.timedelta(days=rng.randint(250, 1500))
            if rng.random() < 0.5:
                start = start.replace(day=1)
            n = rng.choice([3, 3, 5])
            end = start + relativedelta(years=n) - dt.timedelta(days=1)
            if end >= as_of + relativedelta(months=2) + dt.timedelta(days=10):
                break
            if rng.random() < 0.3:
                open_ended = True
                break
    sign = start - dt.timedelta(days=rng.randint(0, 12))
    cname = name
    if "name_mismatch" in flags:
        i = next(i for i in range(len(name) - 1, 0, -1) if name[i] in HOMO) if any(c in HOMO for c in name[1:]) else None
        if i is None:
            cname = name[:-1] + ("明" if name[-1] != "明" else "铭")
        else:
            cname = name[:i] + HOMO[name[i]] + name[i + 1:]
    lcf = dict(employer=employer, employee_name=cname, employee_id_number=idn, start_date=d2s(start),
               end_date=None if open_ended else d2s(end), open_ended=open_ended, signing_date=d2s(sign))
    if not open_ended:
        yrs = relativedelta(end + dt.timedelta(days=1), start)
        tw = {3: "三年", 5: "五年"}.get(yrs.years) if yrs.months == 0 and yrs.days == 0 else None
    else:
        tw = None
    add("labour_contract", lcf, layout=rng.choice(["shanghai_model", "company_template", "company_template"]),
        extra=dict(term_words=tw if rng.random() < 0.5 else None, codes=codes))
    # --- tax record
    agents_latest = employer
    first_m = win[0] - relativedelta(months=rng.choice([0, 0, 1, 2, 3]))
    last_m = win[-1]
    if rng.random() < 0.3 and as_of.day >= 8 and not ("tax_latest_missing" in flags):
        nxt = win[-1] + relativedelta(months=1)
        if nxt < dt.date(as_of.year, as_of.month, 1):
            last_m = nxt
    months = []
    m = first_m
    while m <= last_m:
        months.append(m)
        m += relativedelta(months=1)
    if "tax_latest_missing" in flags:
        months = [m for m in months if m != win[-1]]
    if "tax_missing_month" in flags:
        drop = rng.choice(win[1:-1])
        months = [m for m in months if m != drop]
    rows = []
    for m in months:
        ag = employer
        if job_change and m < dt.date(start.year, start.month, 1):
            ag = prev_emp
        if "tax_agency" in flags and m >= months[-3]:
            ag = agency
        amt = "%.2f" % rng.uniform(80, 3200)
        if rng.random() < 0.06:
            amt = "0.00"
        rows.append(dict(period=m2s(m), withholding_agent=ag, amount=amt))
        if ("bonus_rows" in flags or rng.random() < 0.08) and m.month in (1, 2, 3):
            rows.append(dict(period=m2s(m), withholding_agent=ag, amount="%.2f" % rng.uniform(500, 9000), item="全年一次性奖金收入"))
    tax_issue = as_of - dt.timedelta(days=rng.randint(0, 10))
    if "missing_tax" not in flags:
        add("tax_record", dict(name=name, id_number=idn if "id_mismatch" not in flags else make_id(area[0], birth, sex, random.Random(rng.random())),
            issue_date=d2s(tax_issue)), rows=rows,
            extra=dict(codes=codes, period_text="%s至%s" % (m2s(months[0]), m2s(months[-1]))))
        if "id_mismatch" in flags and docs[-1]["fields"]["id_number"] == idn:
            docs[-1]["fields"]["id_number"] = idn[:14] + "%03d" % ((int(idn[14:17]) + 2) % 1000) 
            docs[-1]["fields"]["id_number"] = docs[-1]["fields"]["id_number"][:17] + id_check(docs[-1]["fields"]["id_number"][:17])
    # --- social insurance
    si = "si" in flags or "si_long" in flags or any(f.startswith("si_") for f in flags) or rng.random() < 0.3
    if si:
        am = dt.date(as_of.year, as_of.month, 1)
        end_m = am if as_of.day >= 15 else am - relativedelta(months=1)
        n = rng.randint(12, 20)
        if "si_long" in flags:
            n = 26
        if "si_not_paying" in flags:
            end_m = am - relativedelta(months=3)
            n = 22
        start_m = end_m - relativedelta(months=n - 1)
        base0 = rng.choice([7384, 8000, 9500, 11000, 12500, 15000, 18000, 22000])
        srows = []
        m = start_m
        while m <= end_m:
            emp = employer
            if job_change and m < dt.date(start.year, start.month, 1):
                emp = prev_emp
            if "si_agency" in flags and m >= end_m - relativedelta(months=2):
                emp = agency
            bp = False
            if "si_backpay" in flags and m <= end_m - relativedelta(months=2):
                bp = True
            base = base0 if (m.month >= 7) == (end_m.month >= 7) or True else base0
            base = base0 + (500 if m.year == end_m.year and m.month >= 7 else 0) if rng.random() < 0 else base0
            srows.append(dict(month=m2s(m), employer=emp, base="%.2f" % base, back_payment=bp))
            m += relativedelta(months=1)
        if "si_backpay" in flags:
            srows = srows[-11:]
        add("social_insurance_record", dict(name=name, id_number=idn), rows=srows, extra=dict(printed=d2s(as_of - dt.timedelta(days=rng.randint(0, 6)))))
    # --- education
    edu = "bachelor_deg"
    if "points_low" in flags:
        edu = "bachelor"
    if "master" in flags:
        edu = "master"
    if "doctor" in flags:
        edu = "doctor"
    school = rng.choice(SCHOOLS)
    major, disc = rng.choice(MAJORS)
    grad = dt.date(birth.year + 22, 6, rng.choice([20, 25, 28, 30]))
    if grad > as_of - dt.timedelta(days=400):
        grad = dt.date(as_of.year - 2, 6, 30)
    entry = dt.date(grad.year - 4, 9, 1)
    dex = dict(sex=sex, birth=birth, entry=d2s(entry), president=rand_name(rng, "男"), cert_no="1%04d%d%02d%06d" % (rng.randint(1000, 14999), grad.year, rng.randint(1, 9), rng.randint(1, 999999)),
               discipline=disc, deg_no="1%04d%d%06d" % (rng.randint(1000, 14999), grad.year, rng.randint(1, 999999)), cn_date=rng.random() < 0.6,
               xx_date=d2s(as_of - dt.timedelta(days=rng.randint(1, 30))), years="4", xx_code="%s%04d" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(12)), rng.randint(0, 9999)))
    levels = []
    if edu in ("bachelor", "bachelor_deg"):
        levels = [("本科", grad, school, major)]
    elif edu == "master":
        levels = [("本科", grad, school, major), ("硕士", dt.date(grad.year + 3, 6, 30), rng.choice(SCHOOLS), major)]
    elif edu == "doctor":
        levels = [("硕士", dt.date(grad.year + 3, 6, 30), school, major), ("博士", dt.date(grad.year + 6, 6, 30), rng.choice(SCHOOLS), major)]
    mode = "成人教育" if "adult_edu" in flags else None
    top = levels[-1]
    for lv, gd, sc, mj in levels[-1:] if rng.random() < 0.5 or edu != "master" else levels:
        if gd > as_of:
            gd = dt.date(as_of.year - 1, 6, 30)
        ex = dict(dex, entry=d2s(dt.date(gd.year - (4 if lv == "本科" else 3), 9, 1)), years="4" if lv == "本科" else "3")
        f = dict(name=name, school=sc, major=mj, level=lv, graduation_date=d2s(gd))
        if mode:
            f["study_mode"] = mode
        add("diploma", f, extra=ex, layout="paper")
        if lv != "博士" and not (edu == "bachelor"):
            add("degree_certificate", dict(name=name, school=sc, major=mj, level={"本科": "学士", "硕士": "硕士"}[lv], graduation_date=d2s(gd)),
                extra=ex, layout="bachelor" if lv == "本科" else "master")
        if rng.random() < 0.3 and not mode:
            f2 = dict(f, study_mode="普通全日制", online_record=True)
            add("diploma", f2, extra=ex, layout="xuexin")
    # --- marriage
    if "marriage" in flags or rng.random() < 0.15:
        ssex = "女" if sex == "男" else "男"
        sb = birth + dt.timedelta(days=rng.randint(-900, 900))
        sarea = rng.choice(AREAS)
        sname = rand_name(rng, ssex)
        sid = make_id(sarea[0], sb, ssex, rng)
        regd = max(birth, sb) + relativedelta(years=rng.randint(23, 30), days=rng.randint(0, 300))
        if regd >= as_of:
            regd = as_of - dt.timedelta(days=rng.randint(100, 900))
        me = dict(name=name, sex=sex, nat="中国", birth="%d年%02d月%02d日" % (birth.year, birth.month, birth.day), id=idn)
        sp = dict(name=sname, sex=ssex, nat="中国", birth="%d年%02d月%02d日" % (sb.year, sb.month, sb.day), id=sid)
        add("marriage_certificate", dict(holder_name=name, spouse_name=sname, spouse_id_number=sid, registration_date=d2s(regd)),
            extra=dict(cert_no="J%s%d-%06d" % (area[0][:4], regd.year, rng.randint(1, 999999)), p1=me if sex == "男" else sp,
                       p2=sp if sex == "男" else me, office=area[2] + area[3] + "民政局"), layout="open")
    S["docs"] = docs
    S["employer"] = employer
    S["codes"] = codes
    S["grad"] = grad
    return S


def expected(S):
    """the generator's own statement of what the scenario must trigger (checked independently by selfcheck)."""
    f = S["flags"]
    r = set()
    M = {"address_one_char": ["address.hukou_mismatch"], "contract_ends_soon": ["contract.ends_within_two_months"],
         "contract_ended": ["contract.ends_within_two_months"], "contract_short": ["contract.term_too_short"],
         "tax_missing_month": ["tax.missing_months"], "tax_latest_missing": ["tax.missing_months"], "tax_agency": ["employer.mismatch"],
         "si_agency": ["employer.mismatch"], "name_mismatch": ["identity.name_mismatch"], "id_mismatch": ["identity.id_number_mismatch"],
         "id_invalid": ["identity.id_number_invalid", "identity.id_number_mismatch"], "permit_expired": ["permit.expired"],
         "idcard_expired": ["id_card.expired"], "missing_tax": ["packet.missing_document"], "missing_hukou": ["packet.missing_document"],
         "si_not_paying": ["social_insurance.not_paying"], "si_backpay": ["social_insurance.insufficient_months"],
         "age_over": ["applicant.age_out_of_range"], "permit_recent": ["permit.too_recent"], "permit_recent_holiday": ["permit.too_recent"],
         "blank_page": ["quality.unreadable_page"], "front_only": ["field.unreadable"], "adult_edu": ["points.claim_unsupported"]}
    for k in f:
        r.update(M.get(k, []))
    age = S["age"]
    items = {"age": 0 if age > 60 else (5 if age >= 56 else min(30, 5 + 2 * (56 - age)))}
    dl = [d for d in S["docs"] if d["type"] == "diploma"]
    gl = [d for d in S["docs"] if d["type"] == "degree_certificate"]
    lv = {d["fields"]["level"] for d in dl}
    g = {d["fields"]["level"] for d in gl}
    if "博士" in lv:
        e = 110
    elif "硕士" in lv and "硕士" in g:
        e = 100
    elif lv & {"本科", "硕士"}:
        e = 90 if "学士" in g else 60
    else:
        e = 50 if "专科" in lv else 0
    if e:
        items["education"] = e
    si = [d for d in S["docs"] if d["type"] == "social_insurance_record"]
    if si:
        n = len({r_["month"] for r_ in si[0]["rows"] if not r_["back_payment"]})
        if n >= 12:
            items["social_insurance_years"] = 3 * (n // 12)
    est = sum(items.values())
    if est < 120:
        r.add("points.below_standard")
    defects = sorted({DEFECT_NAMES[k] for k in f if k in DEFECT_NAMES and not (k in ("points_low", "age44") and False)})
    return sorted(r), {"standard": 120, "estimate": est, "items": items}, defects
