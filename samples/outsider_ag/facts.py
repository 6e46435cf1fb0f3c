"""One applicant's facts and the truth documents (field values) drawn from them, defects applied."""
import datetime as dt

from . import data, rules
from .rules import add_months, add_years, month_str, shift_month

D = dt.timedelta


def _iso(d):
    return d.isoformat()


def _han_name(rng, sex):
    sur = rng.choice(data.SURNAMES)
    giv = rng.choice(data.GIVEN_M if sex == "男" else data.GIVEN_F)
    if len(giv) == 1 and len(sur) == 1 and rng.random() < 0.45:
        giv += rng.choice(data.GIVEN_M if sex == "男" else data.GIVEN_F)[-1]
    return sur + giv


def _variant(name):
    for k in sorted(data.NAME_VARIANTS, key=len, reverse=True):
        if k in name[1:] or (len(k) > 1 and k in name):
            i = name.find(k, 1 if len(k) == 1 else 0)
            return name[:i] + data.NAME_VARIANTS[k] + name[i + len(k):]
    return None


def _num(rng, style, n):
    return data.CN_NUM[n] if style == "cn" else str(n)


def hukou_address(rng, region, style):
    prov, city, county, _, urban, _ = region
    head = prov + city + county
    if style == "rural":
        town = rng.choice(data.TOWN_SYL) + rng.choice(["镇", "镇", "乡"])
        vil = rng.choice(data.VILLAGE_SYL) + "村"
        grp = rng.randint(1, 12)
        gs = data.CN_NUM[grp] if rng.random() < 0.6 else str(grp)
        tail = f"{gs}组{rng.randint(1, 120)}号" if rng.random() < 0.85 else f"{rng.randint(1, 300)}号"
        parts = {"head": head, "town": town, "village": vil, "tail": tail}
        return head + town + vil + tail, parts
    if style == "town":
        road = rng.choice(data.ROAD_SYL) + rng.choice(["路", "街", "大道"])
        if rng.random() < 0.5:
            tail = f"城关镇{road}{rng.randint(1, 400)}号"
        else:
            tail = (f"{road}{rng.randint(1, 400)}号{rng.choice(data.ESTATE_SYL)}小区{rng.randint(1, 30)}号楼"
                    f"{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室")
        return head + tail, {"head": head, "tail": tail}
    road = rng.choice(data.ROAD_SYL) + rng.choice(["路", "街", "大道", "东路", "北街"])
    b = rng.randint(1, 40)
    kind = rng.random()
    if kind < 0.4:
        tail = f"{road}{rng.randint(1, 900)}号{rng.choice(data.ESTATE_SYL)}小区{b}栋{rng.randint(1, 4)}单元{rng.randint(1, 32)}0{rng.randint(1, 4)}室"
    elif kind < 0.7:
        tail = f"{road}{rng.randint(1, 900)}号{b}幢{rng.randint(1, 6)}{rng.randint(0, 2)}{rng.randint(1, 9)}室"
    else:
        tail = f"{rng.choice(data.ESTATE_SYL)}{rng.choice(['花园', '家园', '新村'])}{b}号楼{rng.randint(1, 3)}单元{rng.randint(1, 25)}0{rng.randint(1, 4)}号"
    return head + tail, {"head": head, "tail": tail}


def _bump_number(addr, rng):
    """Change one digit of the house number (the permit was typed with a wrong digit)."""
    import re
    m = list(re.finditer(r"\d+(?=号)", addr))
    if not m:
        m = list(re.finditer(r"\d+", addr))
    g = m[-1]
    digits = list(g.group())
    k = rng.randrange(len(digits))
    old = digits[k]
    digits[k] = rng.choice([c for c in "123456789" if c != old] if k == 0 else [c for c in "0123456789" if c != old])
    return addr[:g.start()] + "".join(digits) + addr[g.end():]


def shanghai_address(rng):
    return (f"上海市{rng.choice(data.SH_DISTRICTS)}{rng.choice(data.SH_ROADS)}{rng.randint(10, 1600)}弄"
            f"{rng.randint(1, 80)}号{rng.randint(1, 24)}0{rng.randint(1, 4)}室")


def _id_validity(rng, birth, as_of, expired=False):
    for _ in range(200):
        if expired:
            until = as_of - D(days=rng.randint(15, 160))
            dur = 20 if rng.random() < 0.5 else 10
            start = add_years(until, -dur)
        else:
            start = as_of - D(days=rng.randint(200, 4200))
            age = rules.age_at(birth, start)
            dur = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
            until = None if dur is None else add_years(start, dur)
        age = rules.age_at(birth, start)
        want = 5 if age < 16 else 10 if age < 26 else 20 if age < 46 else None
        if want != dur:
            continue
        if not expired and until is not None and until <= as_of + D(days=60):
            continue
        return _iso(start), ("long_term" if until is None else _iso(until))
    raise RuntimeError("no id validity")


def build(rng, entry):
    """Facts dict and the truth documents for plan ENTRY."""
    dfx = set(entry["defects"])
    o = entry["opts"]
    as_of = dt.date(2026, 11, 2) + D(days=rng.randint(0, 46))
    region = data.REGIONS[o["region"]]
    prov, city, county, code, urban, eths = region
    minority = [e for e in eths if e != "汉"]
    eth = rng.choice(minority) if (o.get("minority") and minority) else ("汉" if "汉" in eths else eths[0])
    sex = rng.choice(["男", "女"])
    need_variant = "name_lookalike_contract" in dfx or "name_translit_tax" in dfx
    if eth in data.MINORITY_NAMES:
        pool = data.MINORITY_NAMES[eth]
        if need_variant:
            pool = [x for x in pool if _variant(x[0])] or pool
        name, sex = pool[(entry["index"] + rng.randrange(2)) % len(pool)]
    else:
        name = _han_name(rng, sex)
        if eth == "壮" and rng.random() < .6:
            name = rng.choice(["韦", "覃", "黄", "蒙"]) + name[-1]
    while need_variant and _variant(name) is None:
        name = _han_name(rng, sex)
    lo, hi = o.get("age", (24, 43))
    age = rng.randint(lo, hi)
    birth = dt.date(as_of.year - age, 1, 1) + D(days=rng.randint(0, 364))
    if rules.age_at(birth, as_of) != age:
        birth = birth.replace(year=birth.year - 1) if rules.age_at(birth, as_of) < age else birth
    age = rules.age_at(birth, as_of)
    seq = rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
    idn = rules.make_id(code, birth, seq)

    style = "city" if urban else ("rural" if rng.random() < 0.65 else "town")
    if o.get("style"):
        style = o["style"]
    addr, addr_parts = hukou_address(rng, region, style)
    collective = o.get("hukou") == "collective"
    if collective:
        addr = f"{prov}{city}{county}{rng.choice(data.ROAD_SYL)}路{rng.randint(1, 200)}号{rng.choice(['人才集体户', '人才交流服务中心集体户', '集体户'])}"
    id_addr = addr
    if o.get("old_id_address") and not collective:
        alt, _ = hukou_address(rng, region, style)
        id_addr = alt
    if collective and rng.random() < 0.6:
        id_addr, _ = hukou_address(rng, region, style)

    station = (f"{city}公安局{county}分局{rng.choice(data.ROAD_SYL)}路派出所" if urban
               else f"{county}公安局{addr_parts.get('town', '城关镇')}派出所")
    if prov == "重庆市":
        station = f"重庆市公安局{county}分局{rng.choice(data.ROAD_SYL)}路派出所"
    id_authority = (f"{city or prov}公安局{county}分局" if urban else f"{county}公安局")
    id_from, id_until = _id_validity(rng, birth, as_of, expired="id_card_expired" in dfx)

    # residence permit
    if "permit_too_recent" in dfx:
        k = rng.randint(1, 2)
        iss = as_of
        while rules.workdays_between(iss, as_of) < k:
            iss -= D(days=1)
        while not rules.is_workday(iss):
            iss -= D(days=1)
        assert rules.workdays_between(iss, as_of) < 3
        years = rng.choice([1, 3])
        p_from, p_until = iss, add_years(iss, years) - D(days=1)
    elif "permit_expired" in dfx:
        p_until = as_of - D(days=rng.randint(20, 200))
        years = rng.choice([1, 3])
        p_from = add_years(p_until + D(days=1), -years)
        iss = p_from
    else:
        years = rng.choice([1, 3, 3])
        while True:
            p_from = as_of - D(days=rng.randint(40, 330 if years == 1 else 900))
            p_until = add_years(p_from, years) - D(days=1)
            if p_until > as_of + D(days=20):
                break
        iss = p_from
    permit = {"name": name, "id_number": idn, "hukou_address": addr, "residence_address": shanghai_address(rng),
              "issue_date": _iso(iss), "valid_from": _iso(p_from), "valid_until": _iso(p_until)}
    if "hukou_house_number" in dfx:
        permit["hukou_address"] = _bump_number(addr, rng)
    if "hukou_old_village" in dfx:
        # the booklet was re-issued after the village was merged and renamed; the permit kept the old name
        import re
        m = re.search(r"[^镇乡]{2}村", addr)
        old = rng.choice([v for v in data.VILLAGE_SYL if v + "村" != m.group()]) + "村"
        permit["hukou_address"] = addr[:m.start()] + old + addr[m.end():]

    # employer and contract
    emp_name, emp_code, emp_dist = data.EMPLOYERS[o.get("employer", rng.randrange(len(data.EMPLOYERS)))]
    open_ended = o.get("open_ended", False)
    if "contract_short_term" in dfx:
        start = as_of - D(days=rng.randint(20, 110))
        months = rng.randint(6, 11)
        end = add_months(start, months) - D(days=1)
        if end < add_months(as_of, 2) + D(days=7):
            end = add_months(as_of, 2) + D(days=rng.randint(10, 40))
            assert end + D(days=1) < add_years(start, 1)
    elif "contract_ends_soon" in dfx:
        end = add_months(as_of, 2) - D(days=rng.randint(5, 50))
        start = add_years(end + D(days=1), -rng.choice([1, 2, 3]))
    else:
        while True:
            start = as_of - D(days=rng.randint(60, 1800))
            n = rng.choice([2, 3, 3, 5])
            end = add_years(start, n) - D(days=1)
            if open_ended or end >= add_months(as_of, 2) + D(days=20):
                break
    signing = start - D(days=rng.randint(0, 12))
    contract = {"employer": emp_name, "employee_name": name, "employee_id_number": idn,
                "start_date": _iso(start), "end_date": _iso(end), "open_ended": open_ended, "signing_date": _iso(signing)}
    if open_ended:
        del contract["end_date"]

    # tax record
    window = rules.tax_window(as_of)
    last = window[-1]
    first_m = shift_month(window[0], -rng.choice([0, 0, 2, 4, 6]))
    months = []
    m = first_m
    while m <= last:
        months.append(m)
        m = shift_month(m, 1)
    tax_issue = as_of - D(days=rng.randint(0, 9))
    if "tax_print_too_old" in dfx:
        # printed early in the month after LAST, before that month was declared
        y, mo = int(last[:4]), int(last[5:7])
        nxt = add_months(dt.date(y, mo, 1), 1)
        tax_issue = nxt + D(days=rng.randint(1, 6))
        if tax_issue > as_of:
            tax_issue = as_of
        months = months[:-1]
    if "tax_middle_month_missing" in dfx:
        gone = rng.choice(window[1:5])
        months = [x for x in months if x != gone]
    salary_tax = rng.uniform(80, 2600)
    agent = emp_name
    if "tax_via_agency" in dfx:
        agent = data.AGENCIES[rng.randrange(len(data.AGENCIES))][0]
    rows = []
    for mm in months:
        amt = 0.0 if (salary_tax < 300 and rng.random() < 0.3) else round(salary_tax * rng.uniform(0.55, 1.45), 2)
        rows.append({"period": mm, "withholding_agent": agent, "amount": f"{amt:.2f}"})
        if mm.endswith("-02") and rng.random() < 0.5:
            rows.append({"period": mm, "withholding_agent": agent,
                         "amount": f"{round(rng.uniform(800, 9000), 2):.2f}", "_item": "全年一次性奖金收入"})
        if o.get("side_job") and mm == window[2]:
            rows.append({"period": mm, "withholding_agent": "上海" + rng.choice(["智远", "新航", "博闻"]) + "文化传播有限公司",
                         "amount": f"{round(rng.uniform(60, 400), 2):.2f}", "_item": "劳务报酬所得"})
    tax = {"name": name, "id_number": idn, "issue_date": _iso(tax_issue)}

    # social insurance
    si = None
    cur = month_str(as_of.year, as_of.month)
    if o.get("si"):
        end_m = cur if as_of.day >= 8 or rng.random() < .5 else shift_month(cur, -1)
        span = max(rng.choice([12, 18, 24, 30, 36]), o.get("si_min", 0))
        if "si_few_months" in dfx:
            span = rng.choice([3, 4, 5])
            end_m = cur
        if "si_stopped" in dfx:
            end_m = shift_month(cur, -2)
        start_m = shift_month(end_m, -(span - 1))
        base = rng.choice([7460, 9000, 11000, 12500, 15000, 18000, 22000, 28000, 36549])
        prev_emp = rng.choice([e[0] for e in data.EMPLOYERS if e[0] != emp_name])
        cstart = start.strftime("%Y-%m")
        srows = []
        agency_si = data.AGENCIES[rng.randrange(len(data.AGENCIES))][0]
        m = start_m
        while m <= end_m:
            e = emp_name if m >= cstart else prev_emp
            if "si_via_agency" in dfx and m >= shift_month(end_m, -5):
                e = agency_si
            b = base if m[:4] == end_m[:4] else int(base * 0.93)
            srows.append({"month": m, "employer": e, "base": f"{b:.2f}", "back_payment": False})
            m = shift_month(m, 1)
        if "si_back_paid_latest" in dfx:
            for r in srows:
                if r["month"] >= shift_month(cur, -1):
                    r["back_payment"] = True
        if o.get("si_old_backpay") and len(srows) > 6:
            srows[1]["back_payment"] = True
        si = {"name": name, "id_number": idn, "_rows": srows}

    # education
    edu = o.get("edu", "bachelor_degree")
    edu_docs = []
    school = rng.choice(data.SCHOOLS)
    major, field_ = rng.choice(data.MAJORS)
    ug_grad = dt.date(birth.year + rng.choice([22, 22, 23]), 6, rng.choice([20, 25, 28, 30]))
    if edu in ("college", "adult_college_selfstudy"):
        school = rng.choice(data.COLLEGES)
        major = rng.choice(data.COLLEGE_MAJORS)
        ug_grad = dt.date(birth.year + 21, 6, rng.choice([20, 30]))
    enrol = dt.date(ug_grad.year - (3 if "college" in edu else 4), 9, 1)
    if edu.startswith("adult"):
        ug_grad = dt.date(birth.year + rng.randint(26, 30), 1, rng.choice([10, 15, 20]))
        enrol = dt.date(ug_grad.year - (2 if "college" in edu else 3), 3, 1)
        if edu == "adult_college_selfstudy":
            school = rng.choice(data.SCHOOLS)
    mode = {"adult_bachelor_degree": "函授", "adult_bachelor_xuexin": "业余", "adult_college_selfstudy": "自学考试"}.get(edu, "普通全日制")
    dip = {"name": name, "school": school, "major": major, "level": "专科" if "college" in edu else "本科",
           "graduation_date": _iso(ug_grad), "study_mode": mode, "_enrol": _iso(enrol)}
    deg = {"name": name, "school": school, "major": major, "level": "学士", "graduation_date": _iso(ug_grad),
           "_field": field_}
    if edu in ("bachelor_degree", "adult_bachelor_degree", "adult_bachelor_xuexin"):
        edu_docs += [("diploma", dip), ("degree_certificate", deg)]
        if edu == "adult_bachelor_xuexin" or (edu == "bachelor_degree" and rng.random() < 0.3):
            edu_docs.append(("diploma", dict(dip, online_record=True, _xuexin=True)))
    elif edu in ("college", "adult_college_selfstudy"):
        edu_docs.append(("diploma", dip))
    elif edu == "degree_only":
        edu_docs.append(("degree_certificate", deg))
    elif edu in ("master", "phd"):
        g_school = rng.choice(data.SCHOOLS)
        yrs = 3 if edu == "master" else 4
        pg = dt.date(ug_grad.year + yrs, 6, rng.choice([20, 28, 30]))
        lvl = "硕士研究生" if edu == "master" else "博士研究生"
        pdip = {"name": name, "school": g_school, "major": major, "level": lvl, "graduation_date": _iso(pg),
                "study_mode": "普通全日制", "_enrol": _iso(dt.date(ug_grad.year + (0 if edu == "master" else 3), 9, 1))}
        pdeg = {"name": name, "school": g_school, "major": major, "level": "硕士" if edu == "master" else "博士",
                "graduation_date": _iso(pg), "_field": field_}
        edu_docs += [("diploma", pdip), ("degree_certificate", pdeg)]
        if rng.random() < 0.4:
            edu_docs += [("diploma", dip), ("degree_certificate", deg)]

    # household register
    married = age >= 27 and rng.random() < 0.55
    if o.get("married") is not None:
        married = o["married"]
    is_head = rng.random() < (0.5 if married else 0.2)
    if is_head:
        head, rel = name, "户主"
    else:
        if "·" in name:
            head = name.split("·")[1] + "·" + rng.choice(["阿不都拉", "吐尔逊", "艾山", "买买提", "努尔兰", "次仁"])
        elif eth in data.MINORITY_NAMES:
            head = rng.choice([n for n, s in sum(data.MINORITY_NAMES.values(), []) if s == "男" and n != name])
        else:
            head = name[0] + rng.choice(data.GIVEN_M)
            if head == name:
                head = name[0] + "建国"
        rel = rng.choice(["长子", "次子", "子"]) if sex == "男" else rng.choice(["长女", "次女", "女"])
    htype = (rng.choice(["农业家庭户口", "家庭户", "家庭户"]) if style == "rural"
             else rng.choice(["非农业家庭户口", "家庭户", "居民家庭户"]))
    hno = str(rng.randint(10 ** 7, 10 ** 9 - 1)) if rng.random() < .7 else f"{rng.randint(1, 99999):07d}"
    cover_issue = dt.date(rng.randint(2006, 2023), rng.randint(1, 12), rng.randint(1, 28))
    cover = {"household_type": htype, "head_name": head, "household_number": hno, "address": addr,
             "issue_date": _iso(cover_issue)}
    birthplace = prov + (county if not urban else (city or county))
    edu_word = {"college": "大学专科", "master": "研究生", "phd": "研究生", "none": rng.choice(["高中", "中专", "初中"]),
                "adult_college_selfstudy": "高中"}.get(edu, "大学本科")
    reg_date = birth + D(days=rng.randint(20, 300)) if rng.random() < .6 else dt.date(rng.randint(2005, 2022), rng.randint(1, 12), rng.randint(1, 28))
    member = {"name": name, "relation_to_head": rel, "sex": sex, "birthplace": birthplace, "ethnicity": eth,
              "native_place": birthplace if rng.random() < .8 else prov + county, "birth_date": _iso(birth),
              "id_number": idn, "education": edu_word,
              "marital_status": "已婚" if married else rng.choice(["未婚", "未婚", "离婚"]) if age > 30 else "未婚",
              "employer": rng.choice([emp_name, "", "", "务农" if style == "rural" else ""]),
              "registration_date": _iso(reg_date)}
    if not member["employer"]:
        del member["employer"]
    coll = {"name": name, "id_number": idn, "address": addr,
            "issue_date": _iso(as_of - D(days=rng.randint(5, 90)))}

    idcard = {"name": name, "sex": sex, "ethnicity": eth, "birth_date": _iso(birth), "address": id_addr,
              "id_number": idn, "issuing_authority": id_authority, "valid_from": id_from, "valid_until": id_until}

    spouse = None
    if married:
        ssex = "女" if sex == "男" else "男"
        sb = birth + D(days=rng.randint(-1500, 1500))
        sreg = rng.choice(data.REGIONS)
        sname = _han_name(rng, ssex) if eth == "汉" or rng.random() < .5 else rng.choice(
            [n for n, s in sum(data.MINORITY_NAMES.values(), []) if s == ssex])
        sid = rules.make_id(sreg[3], sb, rng.randint(0, 99) * 10 + rng.choice([1, 3, 5, 7, 9] if ssex == "男" else [0, 2, 4, 6, 8]))
        mreg = max(dt.date(birth.year + 23, 1, 1), dt.date(sb.year + 23, 1, 1)) + D(days=rng.randint(0, 1500))
        mreg = min(mreg, as_of - D(days=100))
        spouse = {"holder_name": name, "spouse_name": sname, "spouse_id_number": sid, "registration_date": _iso(mreg),
                  "_spouse_sex": ssex, "_spouse_birth": _iso(sb), "_holder_sex": sex, "_holder_birth": _iso(birth),
                  "_holder_id": idn, "_no": f"J{code}-{mreg.year}-{rng.randint(1, 9999):06d}"}

    # defects that alter one document's copy of the identity
    if "contract_id_transposed" in dfx:
        s = idn
        for _ in range(100):
            i = rng.randrange(6, 16)
            t = s[:i] + s[i + 1] + s[i] + s[i + 2:]
            if t != s and not rules.id_valid(t):
                contract["employee_id_number"] = t
                break
    if "booklet_id_digit_wrong" in dfx:
        for _ in range(100):
            i = rng.randrange(14, 17)
            t = idn[:i] + rng.choice([c for c in "0123456789" if c != idn[i]]) + idn[i + 1:]
            if not rules.id_valid(t):
                member["id_number"] = t
                break
    if "name_lookalike_contract" in dfx:
        contract["employee_name"] = _variant(name)
    if "name_translit_tax" in dfx:
        tax["name"] = _variant(name)

    facts = {"as_of": _iso(as_of), "name": name, "sex": sex, "eth": eth, "birth": _iso(birth), "id": idn,
             "region": list(region[:4]), "style": style, "addr": addr, "addr_parts": addr_parts, "station": station,
             "employer": emp_name, "employer_code": emp_code, "employer_district": emp_dist, "agent": agent,
             "agent_code": dict(data.AGENCIES).get(agent, emp_code), "collective": collective, "married": married,
             "application": o.get("application", "first"), "age": age,
             "tax_office": f"国家税务总局上海市{emp_dist}税务局"}
    docs = [("id_card", idcard), ("residence_permit", permit)]
    if collective:
        docs.append(("collective_hukou_certificate", coll))
    else:
        docs += [("household_register_cover", cover), ("household_register_member", member)]
    docs += [("labour_contract", contract), ("tax_record", dict(tax, _rows=rows))]
    if si:
        docs.append(("social_insurance_record", si))
    docs += edu_docs
    if spouse and o.get("marriage_cert", rng.random() < 0.5):
        docs.append(("marriage_certificate", spouse))
    return facts, docs
