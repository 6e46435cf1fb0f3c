"""The 40 scenarios: draw the values, mutate them for the defect, hand them to the renderers."""
import datetime as dt

from dateutil.relativedelta import relativedelta

from . import util as U
from .oracle import tax_window, workdays_between, is_workday

D = dt.date

# (scenario id, expected verdict, defects/noise tags, options)
SCENARIOS = [
    # ---------------- ready (14): real-world noise that must not be flagged
    ("ready_fullwidth_brackets", "ready", ["fullwidth_company", "watermark"], {}),
    ("ready_job_change", "ready", ["job_change", "si"], {}),
    ("ready_contract_renewed", "ready", ["renewal_contract"], {}),
    ("ready_open_ended", "ready", ["open_ended", "si", "marriage"], {}),
    ("ready_collective_hukou", "ready", ["collective"], {}),
    ("ready_renewal_application", "ready", ["renewal_app", "si"], {"application": "renewal"}),
    ("ready_age_43", "ready", ["age43"], {}),
    ("ready_contract_ends_exactly_2m", "ready", ["contract_edge_2m"], {"as_of": "2026-12-31"}),
    ("ready_term_exactly_1y", "ready", ["term_exact_1y"], {"as_of": "2026-11-20"}),
    ("ready_permit_5_workdays", "ready", ["permit_5_workdays"], {"as_of": "2026-11-20"}),
    ("ready_tax_zero_and_extra_rows", "ready", ["tax_zero_and_extra", "si"], {}),
    ("ready_old_id_address_longterm", "ready", ["id_old_address", "age_50", "si_long", "master"], {}),
    ("ready_age_60_exact", "ready", ["age60", "si_long", "doctor", "marriage"], {}),
    ("ready_master_masked_app", "ready", ["master", "masked_ids", "receipt", "si"], {}),
    # ---------------- review (8): warnings only
    ("review_permit_recent", "review", ["permit_recent"], {"as_of": "2026-11-26"}),
    ("review_permit_recent_national_day", "review", ["permit_recent_holiday"], {"as_of": "2026-10-09"}),
    ("review_bachelor_without_degree", "review", ["edu_bachelor_only"], {}),
    ("review_age_44_points_119", "review", ["age44"], {}),
    ("review_degree_without_diploma", "review", ["degree_no_diploma"], {}),
    ("review_adult_diploma_no_record", "review", ["adult_no_record"], {}),
    ("review_no_education", "review", ["no_education", "si"], {}),
    ("review_college_only", "review", ["college_only", "si", "receipt"], {}),
    # ---------------- fix (18)
    ("fix_address_house_number", "fix", ["address_digit"], {}),
    ("fix_address_missing_building", "fix", ["address_missing_segment"], {}),
    ("fix_address_one_char_collective", "fix", ["collective", "address_char"], {}),
    ("fix_address_room_fullwidth", "fix", ["address_room"], {}),
    ("fix_contract_ends_within_2m", "fix", ["contract_ends_soon"], {}),
    ("fix_contract_term_short", "fix", ["contract_short"], {"as_of": "2026-11-22"}),
    ("fix_tax_missing_month", "fix", ["tax_missing_month"], {}),
    ("fix_tax_latest_month_not_yet", "fix", ["tax_latest_missing"], {"as_of": "2026-11-24"}),
    ("fix_tax_other_payer", "fix", ["tax_other_payer"], {}),
    ("fix_si_agency", "fix", ["si", "si_agency"], {}),
    ("fix_si_back_payment", "fix", ["si", "si_back_payment"], {}),
    ("fix_permit_expired", "fix", ["permit_expired"], {"application": "renewal"}),
    ("fix_id_card_expired", "fix", ["id_expired"], {}),
    ("fix_missing_tax_record", "fix", ["missing_tax"], {}),
    ("fix_missing_member_page", "fix", ["missing_member", "si", "si_insufficient"], {}),
    ("fix_name_one_char", "fix", ["name_one_char"], {}),
    ("fix_age_61", "fix", ["age61", "master"], {}),
    ("fix_id_number_mismatch_invalid", "fix", ["id_mismatch", "id_invalid", "contract_ended"], {}),
]

AS_OFS = ["2026-11-22", "2026-12-01", "2026-11-10", "2026-11-27", "2026-12-15", "2026-12-08", "2026-11-16"]


def company_full(rng, brackets=None):
    if brackets is None:
        brackets = rng.random() < 0.25
    return U.company(rng, brackets)


def draw(n, seed):
    rng = U.Rng("outsider_q:%s:%d" % (seed, n))
    sid, verdict, tags, opts = SCENARIOS[(n - 1) % len(SCENARIOS)]
    tags = set(tags)
    as_of = U.d(opts.get("as_of") or rng.choice(AS_OFS))
    app = opts.get("application", "first")
    P = {"n": n, "sid": sid, "verdict": verdict, "tags": tags, "as_of": as_of, "application": app}

    # ---------------------------------------------------------------- person
    sex = rng.choice(["男", "女"])
    if "age43" in tags:
        age = 43
    elif "age44" in tags:
        age = 44
    elif "age60" in tags:
        age = 60
    elif "age61" in tags:
        age = 61
    elif "age_50" in tags:
        age = 50
    else:
        age = rng.randint(25, 40)
    if age in (43, 44, 60, 61):
        # birthday within a few days before as-of: completed age exactly `age`
        birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.choice([0, 1, 3, 20]))
        if "age60" in tags:
            birth = as_of - relativedelta(years=60)  # 60th birthday on the as-of date
    else:
        birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(30, 330))
    if birth.month == 2 and birth.day == 29:
        birth = birth - dt.timedelta(days=1)
    region = rng.choice(U.REGIONS)
    idn = U.make_id(region[0], birth, sex, rng)
    name = U.person_name(rng)
    hukou = U.hukou_address(rng, region)
    resid = U.sh_address(rng)
    P.update(sex=sex, birth=birth, region=region, id=idn, name=name, hukou=hukou, resid=resid, age=age)

    employer = company_full(rng, True if "fullwidth_company" in tags else None)
    sh_dist = rng.choice(U.SH_DISTRICTS)
    P["employer"] = employer
    P["uscc"] = U.make_uscc(rng, sh_dist[1])
    P["legal_rep"] = U.person_name(rng)
    P["company_addr"] = "上海市%s%s%d号" % (sh_dist[0], rng.choice(U.SH_ROADS), rng.randint(1, 2000))
    docs = []

    def doc(t, layout, fields, rows=None):
        x = {"type": t, "layout": layout, "pages": [], "fields": fields, "rows": rows or []}
        docs.append(x)
        return x

    # ---------------------------------------------------------------- id card
    city, dist = region[2], region[3]
    auth = ("%s公安局%s分局" % (city, dist)) if dist.endswith("区") else "%s公安局" % dist
    for _ in range(50):
        vf = as_of - dt.timedelta(days=rng.randint(120, 3600))
        a_at = U.relativedelta(vf, birth).years
        if "id_old_address" in tags or age >= 50:
            vf = birth + relativedelta(years=rng.choice([46, 47, 48]), days=rng.randint(0, 200))
            vu = "long_term"
            break
        yrs = 10 if a_at < 26 else 20
        vu = vf + relativedelta(years=yrs)
        if vu > as_of + dt.timedelta(days=60):
            break
    if "id_expired" in tags:
        vu = as_of - dt.timedelta(days=rng.randint(3, 120))
        vf = vu - relativedelta(years=10)
    id_addr = hukou
    if "id_old_address" in tags:
        id_addr = U.hukou_address(rng, region)
    doc("id_card", "", {"name": name, "sex": sex, "ethnicity": "汉", "birth_date": birth.isoformat(),
                        "address": id_addr, "id_number": idn, "issuing_authority": auth,
                        "valid_from": vf.isoformat(), "valid_until": vu if vu == "long_term" else vu.isoformat()})

    # ---------------------------------------------------------------- residence permit
    if "permit_recent" in tags:
        issue = as_of - dt.timedelta(days=0)
        while workdays_between(issue, as_of) < 3:
            issue -= dt.timedelta(days=1)
        # 3 or 4 working days
    elif "permit_recent_holiday" in tags:
        issue = D(2026, 9, 28)
    elif "permit_5_workdays" in tags:
        issue = as_of
        while workdays_between(issue, as_of) < 5:
            issue -= dt.timedelta(days=1)
    else:
        issue = as_of - dt.timedelta(days=rng.randint(45, 800))
    vf_p = issue
    vu_p = vf_p + relativedelta(years=rng.choice([1, 3])) - dt.timedelta(days=1)
    while vu_p < as_of + dt.timedelta(days=30):
        vu_p += relativedelta(years=1)
    if "permit_expired" in tags:
        vu_p = as_of - dt.timedelta(days=rng.randint(5, 60))
        vf_p = vu_p - relativedelta(years=1) + dt.timedelta(days=1)
        issue = vf_p
    P["permit_office"] = "上海市公安局%s分局" % resid[3:resid.index("区") + 1]
    p_hukou = hukou
    if "address_digit" in tags:
        import re
        m = list(re.finditer(r"\d+号", hukou))[0]
        num = int(m.group()[:-1])
        new = num + rng.choice([1, 10, -1]) if num > 11 else num + 1
        p_hukou = hukou[:m.start()] + str(new) + hukou[m.end() - 1:]
    elif "address_missing_segment" in tags:
        import re
        m = re.search(r"\d+幢|\d+单元|\d+组", hukou)
        p_hukou = hukou[:m.start()] + hukou[m.end():]
    elif "address_room" in tags:
        import re
        m = re.search(r"(\d+)(室|号)$", hukou)
        p_hukou = hukou[:m.start()] + str(int(m.group(1)) + 1) + m.group(2)
        P["fullwidth_permit"] = True
    doc("residence_permit", "", {"name": name, "id_number": idn, "hukou_address": p_hukou,
                                 "residence_address": resid, "issue_date": issue.isoformat(),
                                 "valid_from": vf_p.isoformat(), "valid_until": vu_p.isoformat()})

    # ---------------------------------------------------------------- household
    if app == "first" or rng.random() < 0.3:
        if "collective" in tags:
            c_addr = "%s%s%s%s%d号(人才集体户)" % (region[1], city, dist, rng.choice(U.ROADS), rng.randint(1, 300))
            P["hukou_c"] = c_addr
            docs[1]["fields"]["hukou_address"] = c_addr
            if "address_char" in tags:
                for a, b in [("路", "街"), ("街", "路")]:
                    if a in c_addr:
                        docs[1]["fields"]["hukou_address"] = c_addr.replace(a, b, 1)
                        break
            doc("collective_hukou_certificate", "letter", {
                "name": name, "id_number": idn, "address": c_addr,
                "issue_date": (as_of - dt.timedelta(days=rng.randint(5, 60))).isoformat()})
        else:
            head_is_self = rng.random() < 0.25
            head = name if head_is_self else U.person_name(rng, name[0])
            cover = doc("household_register_cover", "", {
                "household_type": "家庭户", "head_name": head, "household_number": "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                "address": hukou, "issue_date": D(rng.randint(2005, 2021), rng.randint(1, 12), rng.randint(1, 28)).isoformat()})
            rel = "户主" if head_is_self else rng.choice(["子", "长子", "次子"] if sex == "男" else ["女", "长女", "次女"])
            edu_txt = {"master": "研究生", "doctor": "研究生", "college_only": "大学专科", "no_education": "高中"}
            et = next((v for k, v in edu_txt.items() if k in tags), "大学本科")
            if "missing_member" not in tags:
                doc("household_register_member", "", {
                    "name": name, "relation_to_head": rel, "sex": sex, "birthplace": region[1] + city,
                    "ethnicity": "汉", "native_place": region[1] + city, "birth_date": birth.isoformat(), "id_number": idn,
                    "education": et, "marital_status": "已婚" if "marriage" in tags else rng.choice(["未婚", "已婚"]),
                    "employer": rng.choice(["", "", employer, company_full(rng)]),
                    "registration_date": (birth + dt.timedelta(days=rng.randint(10, 400))).isoformat()})

    # ---------------------------------------------------------------- contract
    start = as_of - dt.timedelta(days=rng.randint(200, 1500))
    if "job_change" in tags:
        start = as_of - dt.timedelta(days=rng.randint(100, 200))
    years = rng.choice([3, 3, 5, 2])
    end = start + relativedelta(years=years) - dt.timedelta(days=1)
    while end < as_of + relativedelta(months=3):
        years += 1
        end = start + relativedelta(years=years) - dt.timedelta(days=1)
    open_ended = "open_ended" in tags
    if "contract_edge_2m" in tags:
        end = as_of + relativedelta(months=2)  # 2026-12-31 + 2m = 2027-02-28 (clamped): not before it
        start = end - relativedelta(years=3) + dt.timedelta(days=1)
    if "term_exact_1y" in tags:
        start = D(2026, 3, 1)
        end = D(2027, 2, 28)
    if "contract_ends_soon" in tags:
        end = as_of + relativedelta(months=2) - dt.timedelta(days=rng.randint(1, 25))
        start = end - relativedelta(years=3) + dt.timedelta(days=1)
    if "contract_short" in tags:
        start = D(2026, 3, 1)
        end = D(2027, 2, 27)
    if "contract_ended" in tags:
        end = as_of - dt.timedelta(days=rng.randint(10, 60))
        start = end - relativedelta(years=3) + dt.timedelta(days=1)
    years = max(1, relativedelta(end + dt.timedelta(days=1), start).years)
    P["contract_years"] = years if (end + dt.timedelta(days=1)) == start + relativedelta(years=years) else None
    sign = start - dt.timedelta(days=rng.randint(0, 12))
    c_name = name
    if "name_one_char" in tags:
        c_name = U.one_wrong_char(name, rng)
    c_id = idn
    if "id_invalid" in tags:
        c_id = idn[:17] + U.C11643[(U.C11643.index(idn[17]) + 3) % 11]
    if "renewal_contract" in tags:
        o_end = as_of - dt.timedelta(days=rng.randint(20, 200))
        o_start = o_end - relativedelta(years=3) + dt.timedelta(days=1)
        P["orig_contract"] = {"start_date": o_start.isoformat(), "end_date": o_end.isoformat()}
        doc("labour_contract", "", {"employer": employer, "employee_name": name, "employee_id_number": idn,
                                    "start_date": o_start.isoformat(), "end_date": o_end.isoformat(),
                                    "open_ended": False, "signing_date": (o_start - dt.timedelta(days=5)).isoformat()})
        r_start = o_end + dt.timedelta(days=1)
        r_end = r_start + relativedelta(years=3) - dt.timedelta(days=1)
        doc("labour_contract", "renewal", {"employer": employer, "employee_name": name, "employee_id_number": idn,
                                           "start_date": r_start.isoformat(), "end_date": r_end.isoformat(),
                                           "open_ended": False, "signing_date": (o_end - dt.timedelta(days=rng.randint(5, 30))).isoformat()})
        start = o_start
    elif "missing_contract" not in tags:
        doc("labour_contract", "", {"employer": employer, "employee_name": c_name, "employee_id_number": c_id,
                                    "start_date": start.isoformat(), "end_date": None if open_ended else end.isoformat(),
                                    "open_ended": open_ended, "signing_date": sign.isoformat()})
        if open_ended:
            docs[-1]["fields"]["end_date"] = None
    P["contract_start"] = start
    old_employer = company_full(rng)
    P["old_employer"] = old_employer
    P["old_uscc"] = U.make_uscc(rng, rng.choice(U.SH_DISTRICTS)[1])

    # ---------------------------------------------------------------- tax record
    win = tax_window(as_of)
    t_issue = as_of - dt.timedelta(days=rng.randint(0, 5))
    if "tax_latest_missing" in tags:
        t_issue = D(as_of.year, as_of.month, rng.randint(3, 8))
    first_m = U.months_back(win[0], rng.randint(0, 6))
    last_m = win[-1]
    months = []
    m = first_m
    while m <= last_m:
        months.append(m)
        m = U.months_back(m, -1)
    # a month after the window, declared early, when as-of is before the 15th
    nxt = U.months_back(last_m, -1)
    if as_of.day <= 15 and t_issue.day >= 4 and rng.random() < 0.6:
        months.append(nxt)
    office = "国家税务总局上海市%s税务局" % sh_dist[0]
    uscc_of = {employer: P["uscc"], old_employer: P["old_uscc"]}
    rows = []
    other = company_full(rng)
    uscc_of[other] = U.make_uscc(rng)
    agency = rng.choice(U.AGENCIES)
    uscc_of[agency] = U.make_uscc(rng, "310104")
    for mm in months:
        y, mo = int(mm[:4]), int(mm[5:])
        decl = D(y, mo, 1) + relativedelta(months=1) + dt.timedelta(days=rng.randint(2, 14))
        if mm == last_m and "tax_latest_missing" in tags:
            continue
        if decl > t_issue:
            decl = max(D(y, mo, 1) + relativedelta(months=1), t_issue - dt.timedelta(days=1))
            if decl > t_issue:
                continue
        agent = employer if D(y, mo, 28) >= D(start.year, start.month, 1) else old_employer
        if "tax_other_payer" in tags and mm >= U.months_back(last_m, 1):
            agent = agency
        amt = round(rng.uniform(60, 2600), 2)
        if "tax_zero_and_extra" in tags and mm == win[2]:
            amt = 0.0
        rows.append({"period": mm, "withholding_agent": agent, "amount": "%.2f" % amt,
                     "_decl": decl, "_item": "工资薪金所得", "_office": office, "_lag": rng.choice([0, 0, 1, 2]),
                     "_income": round(amt * rng.uniform(6, 12) + 5000, 2), "_uscc": uscc_of[agent]})
        if "tax_zero_and_extra" in tags and mm in (win[-1], win[1]):
            a2 = round(rng.uniform(20, 400), 2)
            rows.append({"period": mm, "withholding_agent": other, "amount": "%.2f" % a2, "_decl": decl,
                         "_item": "劳务报酬所得", "_office": office, "_lag": 0, "_income": round(a2 * 5 + 800, 2),
                         "_uscc": uscc_of[other]})
        if mo == 1 and rng.random() < 0.6:
            a2 = round(rng.uniform(300, 3000), 2)
            rows.append({"period": mm, "withholding_agent": agent, "amount": "%.2f" % a2, "_decl": decl,
                         "_item": "全年一次性奖金收入", "_office": office, "_lag": 0, "_income": round(a2 * 10, 2),
                         "_uscc": uscc_of[agent]})
    if "tax_missing_month" in tags:
        gap = rng.choice(win[1:-1])
        rows = [r for r in rows if r["period"] != gap]
    t_name, t_id = name, idn
    if "id_mismatch" in tags:
        body = idn[:14] + idn[15] + idn[14] + idn[16] if idn[14] != idn[15] else idn[:14] + str((int(idn[14]) + 2) % 10) + idn[15:17]
        t_id = body + U.id_check(body)
    P["tax_period"] = (first_m, last_m)
    if "missing_tax" not in tags:
        doc("tax_record", "", {"name": t_name, "id_number": t_id, "issue_date": t_issue.isoformat()}, rows)

    # ---------------------------------------------------------------- social insurance
    if "si" in tags or "si_long" in tags:
        L = rng.randint(12, 20) if "si" in tags else rng.randint(36, 40)
        end_m = U.ym(as_of) if as_of.day >= 12 and rng.random() < 0.6 else U.months_back(U.ym(as_of), 1)
        if "si_insufficient" in tags:
            L = 4
        sm = U.months_back(end_m, L - 1)
        base = rng.choice([7384, 8500, 10000, 12500, 15000, 18000, 21000])
        srows = []
        m = sm
        while m <= end_m:
            emp = employer if m >= U.ym(start) else old_employer
            if "si_agency" in tags and m >= U.months_back(end_m, 2):
                emp = agency
            by_ = int(m[:4]) if int(m[5:]) >= 7 else int(m[:4]) - 1
            ey_ = int(end_m[:4]) if int(end_m[5:]) >= 7 else int(end_m[:4]) - 1
            b = int(base * 0.93 ** (ey_ - by_))
            srows.append({"month": m, "employer": emp, "base": "%.2f" % b, "back_payment": False})
            m = U.months_back(m, -1)
        if "si_back_payment" in tags:
            for r in srows[-3:]:
                r["back_payment"] = True
        doc("social_insurance_record", "", {"name": name, "id_number": idn}, srows)

    # ---------------------------------------------------------------- education
    school = rng.choice(U.SCHOOLS)
    major, field = rng.choice(U.MAJORS)
    grad_b = D(birth.year + 22 + rng.choice([0, 0, 1]), 6, rng.choice([20, 28, 30]))
    edu = "bachelor_degree"
    for k in ["master", "doctor", "edu_bachelor_only", "degree_no_diploma", "adult_no_record", "no_education", "college_only"]:
        if k in tags:
            edu = k
    P["edu_ctx"] = {"field": field}

    def dip(level, gd, layout, mode="普通全日制", sch=school, maj=major):
        return doc("diploma", layout, {"name": name, "school": sch, "major": maj, "level": level,
                                       "graduation_date": gd.isoformat(), "study_mode": mode})

    def deg(level, gd, sch=school, maj=major):
        return doc("degree_certificate", "", {"name": name, "school": sch, "major": maj, "level": level,
                                              "graduation_date": gd.isoformat()})
    if edu == "bachelor_degree":
        dip("本科", grad_b, "")
        deg("学士", grad_b)
        if rng.random() < 0.35:
            x = dip("本科", grad_b, "xuexin")
            x["fields"]["online_record"] = True
    elif edu in ("master", "doctor"):
        school2 = rng.choice(U.SCHOOLS)
        grad_m = D(grad_b.year + 3, 6, 30)
        if rng.random() < 0.6:
            dip("本科", grad_b, "")
            deg("学士", grad_b)
        dip("硕士研究生", grad_m, "", sch=school2)
        deg("硕士", grad_m, sch=school2)
        if edu == "doctor":
            grad_d = D(grad_m.year + 4, 6, 30)
            dip("博士研究生", grad_d, "", sch=school2)
            deg("博士", grad_d, sch=school2)
    elif edu == "edu_bachelor_only":
        dip("本科", grad_b, "")
    elif edu == "degree_no_diploma":
        deg("学士", grad_b)
    elif edu == "adult_no_record":
        g2 = D(grad_b.year + 3, 1, 10)
        dip("本科", g2, "", mode=rng.choice(["成人教育", "自学考试", "网络教育"]))
        deg("学士", g2)
    elif edu == "college_only":
        dip("专科", D(birth.year + 21, 6, 30), "")
    if "marriage" in tags:
        ssex = "女" if sex == "男" else "男"
        sreg = rng.choice(U.REGIONS)
        sb = birth + dt.timedelta(days=rng.randint(-900, 900))
        reg = D(max(grad_b.year + 2, birth.year + 24), rng.randint(1, 12), rng.randint(1, 28))
        if reg > as_of:
            reg = as_of - dt.timedelta(days=400)
        P["spouse"] = {"sex": ssex, "birth": sb}
        doc("marriage_certificate", "inner_page", {"holder_name": name, "spouse_name": U.person_name(rng),
                                                   "spouse_id_number": U.make_id(sreg[0], sb, ssex, rng),
                                                   "registration_date": reg.isoformat()})
    P["docs"] = docs
    P["tax_rows_full"] = rows
    P["agency"] = agency
    return P, rng
