"""Turn a plan entry into the applicant's data: every document's fields and rows (the truth to draw)."""
import datetime as dt
from . import pools as P
from .cal import (D, add_months, add_years, month_key, mdate, tax_window, age_at, workdays_after, is_workday,
                  month_list)

ETHNIC = ["汉"] * 12 + ["回", "满", "壮", "土家", "苗"]


def pick_as_of(rng):
    while True:
        d = D(2026, 3, 2) + dt.timedelta(days=rng.randrange(0, 290))
        if is_workday(d) and d.weekday() < 5:
            return d


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randrange(0, max(1, (b - a).days)))


def build(spec, rng):
    de = {d.split(":")[0]: (d.split(":")[1] if ":" in d else True) for d in spec["defects"]}
    ft = set(spec["features"])
    as_of = pick_as_of(rng)
    pk = {"as_of": as_of, "application": spec["application"], "defects": spec["defects"], "features": sorted(ft)}

    # ---- person
    male = rng.random() < 0.5
    if "over60" in de:
        age = rng.randint(61, 63)
    elif "older" in ft:
        age = rng.randint(44, 45)
    else:
        age = rng.randint(24, 42)
    birth = add_years(as_of, -age) - dt.timedelta(days=rng.randint(1, 360))
    region = rng.choice(P.REGIONS)
    name = P.person_name(rng)
    idn = P.make_id(region[3], birth, male, rng)
    sex = "男" if male else "女"
    eth = rng.choice(ETHNIC)
    hk_addr = P.hukou_address(region, rng)
    pk["person"] = {"name": name, "id_number": idn, "birth": birth, "sex": sex, "region": region, "age": age}
    docs = []

    def ident(doc_type):
        """name / id number printed on a document, with the planned inconsistencies"""
        n, i = name, idn
        if de.get("name_typo") == doc_type:
            n = P.name_typo(name, rng)
        if de.get("id_typo") == doc_type:
            i = P.typo_id(idn, rng)
        if de.get("id_other") == doc_type:
            i = P.other_valid_id(idn, rng)
        return n, i

    # ---- hukou (collective or booklet)
    collective = "collective" in ft
    if collective:
        coll_addr = f"{region[0]}{region[1]}{region[2]}{rng.choice(P.ROADS)}{rng.randint(1, 300)}号"
        hk_addr = coll_addr
    permit_hk_addr = hk_addr
    cover_addr = hk_addr
    if "hukou_moved" in de:  # the booklet was re-issued at a new address; the permit still shows the old one
        cover_addr = P.hukou_address(region, rng)
        while cover_addr == hk_addr:
            cover_addr = P.hukou_address(region, rng)
    id_addr = permit_hk_addr if rng.random() < 0.7 else P.hukou_address(region, rng)

    # ---- id card
    if "idcard_expired" in de:
        until = as_of - dt.timedelta(days=rng.randint(20, 400))
        frm_age = age_at(birth, add_years(until, -20))
        term = 20 if frm_age >= 26 else 10
        frm = add_years(until, -term)
        until_s = until.isoformat()
    else:
        while True:
            frm = as_of - dt.timedelta(days=rng.randint(200, 19 * 365))
            a0 = age_at(birth, frm)
            if a0 < 16:
                continue
            term = 10 if a0 < 26 else (20 if a0 < 46 else None)
            if term is None:
                until_s = "long_term"
                break
            until = add_years(frm, term)
            if until > as_of + dt.timedelta(days=60):
                until_s = until.isoformat()
                break
    n, i = ident("id_card")
    f = {"name": n, "sex": sex, "ethnicity": eth, "birth_date": birth.isoformat(), "address": id_addr, "id_number": i}
    if "idcard_front_only" not in de:
        f.update({"issuing_authority": region[4], "valid_from": frm.isoformat(), "valid_until": until_s})
    docs.append({"type": "id_card", "fields": f, "rows": []})

    # ---- residence permit
    if "permit_expired" in de:
        vu = as_of - dt.timedelta(days=rng.randint(15, 250))
        issue = add_years(vu, -3) + dt.timedelta(days=1)
    elif "permit_too_recent" in de:
        issue = as_of
        while workdays_after(issue, as_of) < 2:
            issue -= dt.timedelta(days=1)
        vu = add_years(issue, 3) - dt.timedelta(days=1)
    else:
        issue = as_of - dt.timedelta(days=rng.randint(40, 900))
        vu = add_years(issue, 3) - dt.timedelta(days=1)
    n, i = ident("residence_permit")
    res_addr = P.sh_address(rng)
    if "permit_card_only" in de:
        f = {"name": n, "id_number": i, "residence_address": res_addr, "valid_from": issue.isoformat(),
             "valid_until": vu.isoformat()}
    else:
        f = {"name": n, "id_number": i, "hukou_address": permit_hk_addr, "residence_address": res_addr,
             "issue_date": issue.isoformat(), "valid_from": issue.isoformat(), "valid_until": vu.isoformat()}
    docs.append({"type": "residence_permit", "fields": f, "rows": []})

    # ---- hukou docs
    edu = ("master" if "master" in ft else "college" if "edu_college" in de else "bachelor" if "edu_bachelor_only" in de
           else "adult" if "adult_diploma" in de else "degree_only" if "degree_only" in de else "bachelor_degree")
    married = "married" in ft or (age > 32 and rng.random() < 0.4)
    if "renewal_no_hukou" not in ft:
        if collective:
            docs.append({"type": "collective_hukou_certificate", "fields": {
                "name": name, "id_number": idn, "address": cover_addr,
                "issue_date": (as_of - dt.timedelta(days=rng.randint(5, 80))).isoformat()}, "rows": []})
        else:
            self_head = rng.random() < 0.3
            head = name if self_head else name[0] + P.person_name(rng)[1:]
            hk_issue = birth + dt.timedelta(days=rng.randint(16 * 365, max(16 * 365 + 10, (as_of - birth).days - 60)))
            docs.append({"type": "household_register_cover", "fields": {
                "household_type": rng.choice(["家庭户", "家庭户", "家庭户", "非农业家庭户"]) if rng.random() < 0.4 else "家庭户",
                "head_name": head, "household_number": str(rng.randint(100000000, 999999999)),
                "address": cover_addr, "issue_date": hk_issue.isoformat()}, "rows": []})
            if "missing_member" not in de:
                edu_word = {"master": "研究生", "college": "大学专科"}.get(edu, "大学本科")
                reg = birth + dt.timedelta(days=rng.randint(30, 18 * 365))
                mf = {"name": name, "relation_to_head": "户主" if self_head else ("子" if male else "女") if rng.random() < 0.5 else ("长子" if male else "长女"),
                      "sex": sex, "birthplace": region[0] + (region[1] or region[2]), "ethnicity": eth,
                      "native_place": region[0] + (region[1] or region[2]), "birth_date": birth.isoformat(),
                      "id_number": idn, "education": edu_word, "marital_status": "已婚" if married else "未婚",
                      "registration_date": reg.isoformat()}
                docs.append({"type": "household_register_member", "fields": mf, "rows": []})

    # ---- employment history
    employer = P.company(rng)
    prev_employer = P.company(rng)
    while prev_employer == employer:
        prev_employer = P.company(rng)
    new_employer = P.company(rng)
    agency = rng.choice(P.AGENCIES)
    outside = rng.choice(P.OTHER_CITIES) + prev_employer[2:]
    win = tax_window(as_of)
    last_win = mdate(win[-1])
    # contract
    if "contract_ends_soon" in de:
        end = as_of + dt.timedelta(days=rng.randint(3, 50))
        years = rng.choice([2, 3])
        start = add_years(end + dt.timedelta(days=1), -years)
    elif "contract_term_short" in de:
        st = add_months(as_of, -rng.randint(4, 5))
        start = D(st.year, st.month, 1)
        end = add_months(start, rng.choice([10, 11])) - dt.timedelta(days=1)
        if end < add_months(as_of, 2) + dt.timedelta(days=5):
            end = add_months(start, 11) + dt.timedelta(days=rng.randint(0, 20))
            if end >= add_years(start, 1) - dt.timedelta(days=1):
                end = add_years(start, 1) - dt.timedelta(days=rng.randint(3, 10))
    elif "job_change" in ft:
        start = add_months(last_win, -rng.randint(1, 3)).replace(day=rng.choice([1, 1, 10, 16]))
        end = add_years(start, 3) - dt.timedelta(days=1)
    else:
        start = as_of - dt.timedelta(days=rng.randint(300, 1800))
        years = rng.choice([3, 3, 5])
        end = add_years(start, years) - dt.timedelta(days=1)
        while end < add_months(as_of, 2) + dt.timedelta(days=30):
            end = add_years(end, 3)
    open_ended = ("job_change" not in ft and not de.keys() & {"contract_ends_soon", "contract_term_short"}
                  and rng.random() < 0.2)
    n, i = ident("labour_contract")
    cf = {"employer": employer, "employee_name": n, "employee_id_number": i, "start_date": start.isoformat(),
          "end_date": None if open_ended else end.isoformat(), "open_ended": open_ended,
          "signing_date": (start - dt.timedelta(days=rng.randint(0, 12))).isoformat()}
    if open_ended:
        cf.pop("end_date")
    docs.append({"type": "labour_contract", "fields": cf, "rows": []})
    change_month = month_key(start) if ("job_change" in ft or "contract_term_short" in de) else None

    def tax_payer(mk):
        if "tax_agency" in de:
            return agency
        if "tax_other_employer" in de and mk >= month_key(add_months(last_win, -2)):
            return new_employer
        if change_month and mk < change_month:
            return prev_employer if "job_change" in ft else outside
        return employer

    # ---- tax record
    t_end = last_win
    t_issue = as_of - dt.timedelta(days=rng.randint(0, 6))
    deadline = add_months(last_win, 1).replace(day=15)
    if t_issue < deadline:
        t_issue = deadline
    if "tax_printed_early" in de:
        t_end = add_months(last_win, -1)
        t_issue = deadline - dt.timedelta(days=rng.randint(3, 9))
    t_start = add_months(t_end, -rng.choice([11, 11, 8, 14]))
    if rng.random() < 0.3:
        t_start = D(t_end.year, 1, 1) if t_end.month >= 6 else D(t_end.year - 1, 1, 1)
    months = month_list(t_start, t_end)
    drop = set()
    if "tax_missing_month" in de:
        drop = {rng.choice(win[1:5])}
    if "tax_missing_two" in de:
        drop = set(rng.sample(win[1:5], 2))
    salary_tax = rng.uniform(150, 2600)
    rows = []
    zero_months = set(rng.sample(win[:5], rng.randint(1, 2))) if "zero_month" in ft else set()
    side_months = set(rng.sample(months[-6:], rng.randint(1, 2))) if "side_income" in ft else set()
    corr_month = rng.choice(months[-7:-1]) if "correction" in ft else None
    side_payer = P.company(rng)
    for mk in months:
        if mk in drop:
            continue
        amt = 0.0 if mk in zero_months else round(salary_tax * rng.uniform(0.6, 1.4), 2)
        rows.append({"period": mk, "withholding_agent": tax_payer(mk), "amount": f"{amt:.2f}", "item": "工资薪金所得"})
        if mk.endswith("-01") and rng.random() < 0.5:
            rows.append({"period": mk, "withholding_agent": tax_payer(mk), "amount": f"{rng.uniform(300, 4000):.2f}",
                         "item": "全年一次性奖金收入"})
        if mk in side_months:
            rows.append({"period": mk, "withholding_agent": side_payer, "amount": f"{rng.uniform(40, 800):.2f}",
                         "item": "劳务报酬所得"})
        if mk == corr_month:
            rows.append({"period": mk, "withholding_agent": tax_payer(mk), "amount": f"{rng.uniform(5, 300):.2f}",
                         "item": "工资薪金所得", "note": "更正申报"})
    n, i = ident("tax_record")
    docs.append({"type": "tax_record", "fields": {"name": n, "id_number": i, "issue_date": t_issue.isoformat()},
                 "rows": rows, "meta": {"start": months[0], "end": months[-1], "tax_office": rng.choice(list(P.SH_TAX.values())),
                                        "credit": {c: P.credit_code(rng) for c in {r["withholding_agent"] for r in rows}}}})

    # ---- social insurance
    if spec["si_route"]:
        as_m = D(as_of.year, as_of.month, 1)
        s_end = as_m if as_of.day >= 12 else add_months(as_m, -1)
        length = rng.randint(14, 30)
        if "older" in ft and "master" not in ft:
            length = max(length, 26)
        s_start = add_months(s_end, -length + 1)
        back = set()
        regular = month_list(s_start, s_end)
        if "si_insufficient" in de:
            s_start = add_months(s_end, -rng.randint(3, 4))
            regular = month_list(s_start, s_end)
            back = set(month_list(add_months(s_start, -3), add_months(s_start, -1)))  # paid later as 补缴
        if "si_not_paying" in de:
            regular = month_list(s_start, add_months(as_m, -2))
            if len(regular) < 12:
                regular = month_list(add_months(as_m, -16), add_months(as_m, -2))
            if rng.random() < 0.5 or "permit_expired" in de:
                back = {month_key(add_months(as_m, -1))}
                if as_of.day >= 20:
                    back.add(month_key(as_m))
        if "si_backpay_old" in ft:
            first = mdate(regular[0])
            back |= set(month_list(add_months(first, -rng.randint(2, 4)), add_months(first, -1)))
        base0 = rng.choice([7384, 8000, 9500, 11000, 12500, 15000, 18000, 21000, 24000])
        srows = []
        for mk in sorted(set(regular) | back):
            y, m = int(mk[:4]), int(mk[5:7])
            k = ((y - 2024) * 12 + m - 7) // 12
            base = base0 * (1 + 0.05 * k) if base0 != 7384 else (7384 if (y, m) < (2025, 7) else 7460)
            payer = (agency if "si_agency" in de else
                     new_employer if ("tax_other_employer" in de and mk >= month_key(add_months(last_win, -2))) else
                     (prev_employer if "job_change" in ft else outside) if change_month and mk < change_month and mk not in back else
                     employer)
            srows.append({"month": mk, "employer": payer, "base": f"{round(base):.2f}", "back_payment": mk in back and mk not in regular})
            if mk in back and mk in regular:
                srows[-1]["back_payment"] = False
        n, i = ident("social_insurance_record")
        docs.append({"type": "social_insurance_record", "fields": {"name": n, "id_number": i}, "rows": srows,
                     "meta": {"print_date": (as_of - dt.timedelta(days=rng.randint(0, 4))).isoformat()}})

    # ---- education
    school = rng.choice(P.SCHOOLS)
    major, field_ = rng.choice(P.MAJORS)
    grad_b = D(birth.year + 22 + rng.choice([0, 0, 1]), 6, rng.choice([25, 28, 30]))
    if grad_b > as_of - dt.timedelta(days=400):
        grad_b = D(as_of.year - 2, 6, 30)
    study = "普通全日制"
    if edu == "college":
        school = rng.choice(P.COLLEGES)
        major = rng.choice(P.MAJORS_COLLEGE)
        grad = D(birth.year + 21, 6, 30)
        docs.append({"type": "diploma", "fields": {"name": name, "school": school, "major": major, "level": "专科",
                                                    "graduation_date": grad.isoformat(), "study_mode": study}, "rows": []})
    elif edu == "master":
        grad = D(grad_b.year + 3, 6, 30) if grad_b.year + 3 < as_of.year else D(as_of.year - 1, 6, 30)
        docs.append({"type": "diploma", "fields": {"name": name, "school": school, "major": major, "level": "硕士研究生",
                                                    "graduation_date": grad.isoformat(), "study_mode": study}, "rows": []})
        docs.append({"type": "degree_certificate", "fields": {"name": name, "school": school, "major": major, "level": "硕士",
                                                               "graduation_date": grad.isoformat()}, "rows": [], "meta": {"field": field_}})
    else:
        if edu == "adult":
            study = rng.choice(["成人教育（业余）", "高等教育自学考试"])
            grad_b = D(grad_b.year + 3, 1, 10) if grad_b.year + 3 < as_of.year - 1 else grad_b
        if edu != "degree_only":
            docs.append({"type": "diploma", "fields": {"name": name, "school": school, "major": major, "level": "本科",
                                                        "graduation_date": grad_b.isoformat(), "study_mode": study}, "rows": []})
            if "xuexin" in ft and edu == "bachelor_degree":
                docs.append({"type": "diploma", "fields": {"name": name, "school": school, "major": major, "level": "本科",
                                                            "graduation_date": grad_b.isoformat(), "study_mode": study,
                                                            "online_record": True}, "rows": [], "layout": "xuexin"})
        if edu in ("bachelor_degree", "adult", "degree_only"):
            docs.append({"type": "degree_certificate", "fields": {"name": name, "school": school, "major": major, "level": "学士",
                                                                   "graduation_date": grad_b.isoformat()}, "rows": [], "meta": {"field": field_}})
    pk["edu"] = edu

    if married:
        sp_male = not male
        sp_birth = birth + dt.timedelta(days=rng.randint(-1500, 1500))
        sp_region = rng.choice(P.REGIONS)
        reg = max(add_years(birth, 23), add_years(sp_birth, 23)) + dt.timedelta(days=rng.randint(30, 3000))
        if reg > as_of - dt.timedelta(days=60):
            reg = as_of - dt.timedelta(days=rng.randint(100, 900))
        docs.append({"type": "marriage_certificate", "fields": {
            "holder_name": name, "spouse_name": P.person_name(rng), "spouse_id_number": P.make_id(sp_region[3], sp_birth, sp_male, rng),
            "registration_date": reg.isoformat()}, "rows": [],
            "meta": {"holder_id": idn, "holder_birth": birth.isoformat(), "spouse_birth": sp_birth.isoformat(),
                     "holder_sex": sex, "spouse_sex": "男" if sp_male else "女"}})
    pk["docs"] = docs
    pk["names"] = {"employer": employer, "prev": prev_employer, "new": new_employer, "agency": agency, "outside": outside}
    return pk
