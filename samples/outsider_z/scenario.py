"""One applicant's situation and the truth of every document in the packet.
A pure function of (seed, index): the defect schedule is fixed per index,
everything else is drawn from Rand(seed, index, 'scenario/...')."""
from __future__ import annotations

import datetime as _dt

from . import data
from .rules import derive, tax_window
from .util import (Rand, add_months, add_years, completed_age, cn_num, d, id_check, id_valid, iso, make_id,
                   make_uscc, month_add, month_range, month_str, norm, working_days_after)

DEFECT_RULES = {
    "hukou_address_one_char": {"address.hukou_mismatch"},
    "contract_ends_within_two_months": {"contract.ends_within_two_months"},
    "contract_already_ended": {"contract.ends_within_two_months"},
    "contract_term_under_one_year": {"contract.term_too_short"},
    "tax_month_missing": {"tax.missing_months"},
    "tax_printed_before_latest_month": {"tax.missing_months"},
    "tax_paid_by_agency": {"employer.mismatch"},
    "social_insurance_by_agency": {"employer.mismatch"},
    "social_insurance_stopped": {"social_insurance.not_paying"},
    "social_insurance_mostly_back_paid": {"social_insurance.insufficient_months"},
    "permit_expired": {"permit.expired"},
    "permit_issued_days_ago": {"permit.too_recent"},
    "permit_issued_before_national_day": {"permit.too_recent"},
    "id_card_expired": {"id_card.expired"},
    "name_variant_on_contract": {"identity.name_mismatch"},
    "name_variant_on_member_page": {"identity.name_mismatch"},
    "name_variant_on_tax_record": {"identity.name_mismatch"},
    "other_person_id_on_tax_record": {"identity.id_number_mismatch"},
    "id_check_digit_wrong_on_contract": {"identity.id_number_invalid", "identity.id_number_mismatch"},
    "missing_tax_record": {"packet.missing_document"},
    "missing_member_page": {"packet.missing_document"},
    "missing_labour_contract": {"packet.missing_document"},
    "points_below_standard": {"points.below_standard"},
    "degree_without_diploma": {"points.claim_unsupported"},
    "fresh_graduate_claim_old_diploma": {"points.claim_unsupported"},
    "spouse_hukou_claim_without_papers": {"points.claim_unsupported"},
    "adult_diploma_without_xuexin": {"points.claim_unsupported"},
    "education_claim_above_documents": {"points.claim_unsupported"},
    "age_over_60": {"applicant.age_out_of_range"},
    "id_card_back_missing": {"field.unreadable"},
}

# index -> (defects, features). Features steer the situation and its presentation.
SCHEDULE = [
    ([], dict(hukou="hand", hukou_form="spread", contract="model", contract_hand=True, light="warm_dim")),
    (["hukou_address_one_char"], dict(permit_form="app", hukou="hand")),
    (["contract_ends_within_two_months"], dict(contract="company")),
    ([], dict(hukou="collective", si=True)),
    (["tax_month_missing"], dict(tax_form="national_pdf")),
    (["name_variant_on_contract"], dict(contract="model", contract_hand=True)),
    ([], dict(app="renewal", hukou=None, tax_form="app_long")),
    (["permit_expired"], dict(permit_card=True)),
    (["social_insurance_by_agency"], dict(si=True, hukou="hand")),
    ([], dict(spouse_claim=True, married=True)),
    (["tax_paid_by_agency"], dict(hukou="collective", tax_form="detail_pdf")),
    (["id_card_expired"], dict(app="renewal", hukou=None)),
    ([], dict(edge="contract_month_end", hukou="hand_old")),
    (["permit_issued_before_national_day"], dict(permit_form="app")),
    (["missing_member_page"], dict()),
    ([], dict(hukou="hand_old", old_diploma=True, hukou_form="spread")),
    (["points_below_standard"], dict(edu="college")),
    (["degree_without_diploma"], dict()),
    ([], dict(tax_zero_row=True, side_payer_latest=True, tax_form="national_photo", si=True)),
    (["age_over_60"], dict(old_diploma=True, hukou="hand_old")),
    (["social_insurance_stopped"], dict(app="renewal", si=True)),
    (["contract_term_under_one_year"], dict(contract="company")),
    ([], dict(contract="orig_plus_renewal")),
    (["other_person_id_on_tax_record"], dict(tax_form="app_split")),
    (["id_check_digit_wrong_on_contract"], dict(contract="model", contract_hand=True)),
    ([], dict(app="renewal", hukou="typed", permit_form="app")),
    (["fresh_graduate_claim_old_diploma", "tax_printed_before_latest_month"], dict(tax_form="national_pdf")),
    (["missing_tax_record"], dict(hukou="hand")),
    ([], dict(fresh_grad=True, edge="one_year_term")),
    (["spouse_hukou_claim_without_papers"], dict(married=True)),
    (["permit_issued_days_ago", "contract_ends_within_two_months"], dict()),
    ([], dict(hukou="collective", permit_form="app", tax_form="old_cert")),
    (["contract_already_ended", "tax_month_missing"], dict(contract="model", contract_hand=True)),
    (["adult_diploma_without_xuexin", "missing_labour_contract"], dict()),
    ([], dict(adult_with_xuexin=True, si=True)),
    (["name_variant_on_member_page", "social_insurance_mostly_back_paid"], dict(hukou="hand_old", si=True)),
    (["hukou_address_one_char", "name_variant_on_tax_record"], dict(hukou="collective")),
    ([], dict(app="renewal", hukou=None, married=True, si=True)),
    (["id_card_back_missing", "education_claim_above_documents"], dict()),
    ([], dict(hukou="hand", contract="hire", tax_form="app_split")),
]

DECLARE = {1, 2, 5, 7, 9, 12, 15, 16, 18, 19, 22, 24, 26, 28, 29, 31, 34, 35, 37, 38}


def _person_name(R, sex, surname=None):
    s = surname or R.choice(data.SURNAMES)
    pool = data.GIVEN_M if sex == "男" else data.GIVEN_F
    g = R.choice(pool) + (R.choice(pool) if R.chance(0.7) else "")
    return s + g


def _name_variant(R, name):
    for i in range(len(name) - 1, 0, -1):
        if name[i] in data.NAME_VARIANTS:
            return name[:i] + data.NAME_VARIANTS[name[i]] + name[i + 1:]
    return name[0] + ("伟" if name[-1] != "伟" else "玮")


def _address(R, area, rural=None):
    code, prov, city, dist, auth, roads, is_rural = area
    road = R.choice(roads)
    if is_rural:
        vil = R.choice(data.VILLAGES)
        grp = R.randint(1, 12)
        grp_s = cn_num(grp) if R.chance(0.5) else str(grp)
        return f"{prov}{city}{dist}{road}{vil}{grp_s}组{R.randint(1, 120)}号"
    style = R.randint(0, 3)
    n = R.randint(3, 899)
    if style == 0:
        return f"{prov}{city}{dist}{road}{n}号{R.randint(1, 30)}幢{R.randint(1, 28)}{R.randint(1, 4):02d}室"
    if style == 1:
        return f"{prov}{city}{dist}{road}{n}号{R.randint(1, 9)}单元{R.randint(1, 30)}{R.randint(1, 4):02d}室"
    if style == 2:
        return f"{prov}{city}{dist}{road}{n}号院{R.randint(1, 20)}号楼{R.randint(1, 6)}单元{R.randint(1, 25)}{R.randint(1, 4):02d}"
    return f"{prov}{city}{dist}{road}{n}号"


def _place(a):
    return f"{a[1]}{a[2]}" if a[2] else f"{a[1]}{a[3]}"


def _one_char_off(R, addr):
    """A plausible one-character difference (digit or similar word)."""
    subs = [("幢", "栋"), ("号院", "号苑"), ("村", "庄"), ("路", "街"), ("单元", "单位"), ("组", "队")]
    R2 = list(subs)
    R.shuffle(R2)
    for a, b in R2:
        if a in addr and R.chance(0.5):
            i = addr.rfind(a)
            return addr[:i] + b + addr[i + len(a):]
    digs = [i for i, c in enumerate(addr) if c.isdigit()]
    i = R.choice(digs)
    c = addr[i]
    nc = str((int(c) + R.randint(1, 8)) % 10)
    if i == 0 or not addr[i - 1].isdigit():
        nc = nc if nc != "0" else "7"
    return addr[:i] + nc + addr[i + 1:]


def _sh_address(R):
    code, dist, roads = R.choice(data.SH_DISTRICTS)
    return f"上海市{dist}{R.choice(roads)}{R.randint(10, 2999)}弄{R.randint(1, 80)}号{R.randint(1, 30)}{R.randint(1, 4):02d}室", dist, code


def _employer(R, used=()):
    while True:
        word = R.choice(data.COMPANY_WORDS)
        trade = R.choice(data.COMPANY_TRADES)
        form = R.randint(0, 9)
        if form == 0:
            name = f"上海{word}（集团）有限公司"
        elif form == 1:
            name = f"{word}{trade}（上海）有限公司"
        elif form == 2:
            name = f"{word}{trade}股份有限公司上海分公司"
        else:
            name = f"上海{word}{trade}有限公司"
        if name not in used:
            break
    code, dist, roads = R.choice(data.SH_DISTRICTS)
    return {
        "name": name.replace("（", "(").replace("）", ")"),   # truth form (half-width)
        "printed": name,                                    # as printed (full-width brackets)
        "uscc": make_uscc(code, R.r),
        "district": dist,
        "address": f"上海市{dist}{R.choice(roads)}{R.randint(10, 1999)}号{R.randint(1, 25)}楼",
        "legal_rep": _person_name(R, R.choice("男女")),
    }


def _agency(R):
    name = R.choice(data.AGENCY_NAMES)
    code, dist, _ = R.choice(data.SH_DISTRICTS)
    return {"name": name, "printed": name, "uscc": make_uscc(code, R.r), "district": dist}


class Doc(dict):
    """A truth document plus rendering hints (hints stay out of the truth file)."""


def mkdoc(did, type_, layout, fields, rows=None, person="applicant", **hints):
    x = Doc(id=did, type=type_, layout=layout, person=person, fields=fields, rows=rows or [])
    x["hints"] = hints
    return x


def make(seed, index):
    R = Rand(seed, index, "scenario")
    defects, feat = SCHEDULE[index % len(SCHEDULE)]
    feat = dict(feat)
    defects = list(defects)
    S = {"seed": seed, "index": index, "defects": defects, "feat": feat}
    app = feat.get("app", "first")
    S["application"] = app

    # ---- as-of
    if "permit_issued_before_national_day" in defects:
        as_of = d("2026-10-09")
    elif feat.get("edge") == "contract_month_end":
        as_of = d("2026-12-30")
    elif feat.get("edge") == "one_year_term":
        as_of = d("2026-10-20")
    else:
        as_of = d("2026-01-12") + _dt.timedelta(days=R.randint(0, 340))
    S["as_of"] = as_of

    # ---- applicant
    sex = R.choice("男女")
    if "age_over_60" in defects:
        age = 61
    elif feat.get("fresh_grad"):
        age = 26
    elif feat.get("old_diploma") or feat.get("hukou") == "hand_old":
        age = R.randint(44, 52)
    else:
        age = R.choice([R.randint(24, 42)] * 4 + [R.randint(43, 50)])
    birth = add_years(as_of, -age) - _dt.timedelta(days=R.randint(1, 360))
    if completed_age(birth, as_of) != age:
        birth = add_years(as_of, -age) - _dt.timedelta(days=5)
    area = R.choice(data.AREAS)
    collective = feat.get("hukou") == "collective"
    seq = R.randint(1, 499) * 2 + (1 if sex == "男" else 0)
    seq = seq % 1000 if seq < 1000 else 999 - (0 if sex == "男" else 1)
    id_number = make_id(area[0], birth, seq)
    name = _person_name(R, sex)
    eth = R.choice(data.ETHNIC)
    home = _address(R, area)
    P = {"name": name, "sex": sex, "birth": birth, "age": age, "area": area, "id": id_number, "eth": eth, "home": home}
    S["person"] = P

    # ---- hukou: family booklet or collective
    if collective:
        carea = R.choice([a for a in data.AREAS if not a[6]])
        school = R.choice(data.UNIVERSITIES)
        code, prov, city, dist, auth, roads, _ = carea
        base = f"{prov}{city}{dist}{R.choice(roads)}{R.randint(1, 300)}号"
        if R.chance(0.6):
            printed = base + f"（{R.choice([(city or prov) + '人才服务中心', (city or prov) + '人力资源服务中心', (city or prov) + dist + '人才市场'])}集体户）"
        else:
            printed = base
        hukou_addr = printed.replace("（", "(").replace("）", ")")
        P["hukou_printed"] = printed
        P["hukou_area"] = carea
        police = f"{city or prov}公安局{dist}分局{R.choice(['宁海路', '新街口', '湖南路', '文昌', '南湖', '中山'])}派出所"
    else:
        hukou_addr = home
        P["hukou_printed"] = home
        P["hukou_area"] = area
        code, prov, city, dist, auth, roads, rural = area
        police = (f"{city or prov}公安局{dist}分局" if not rural else f"{dist}公安局") + \
            R.choice(["城关", "东风", "新华", "城北", "建设", "南关", "中山"]) + "派出所"
    P["hukou_address"] = hukou_addr
    P["police"] = police

    # ---- ID card
    auth = P["hukou_area"][4] if collective and R.chance(0.6) else area[4]
    id_address = hukou_addr if not (not collective and R.chance(0.15)) else _address(R, area)
    if collective and R.chance(0.4):
        id_address = home    # the card still shows the family address from before (not a defect)

    def validity(vfrom):
        a = completed_age(birth, vfrom)
        if a < 16:
            return add_years(vfrom, 5)
        if a <= 25:
            return add_years(vfrom, 10)
        if a <= 45:
            return add_years(vfrom, 20)
        return "long_term"

    if "id_card_expired" in defects:
        for _ in range(200):
            vu_target = as_of - _dt.timedelta(days=R.randint(5, 120))
            for yrs in (10, 20):
                vf = add_years(vu_target, -yrs)
                if validity(vf) != "long_term" and validity(vf) == vu_target:
                    break
            else:
                continue
            break
        id_from, id_until = vf, validity(vf)
    else:
        for _ in range(500):
            vf = as_of - _dt.timedelta(days=R.randint(60, 20 * 365))
            if completed_age(birth, vf) < 16:
                continue
            vu = validity(vf)
            if vu == "long_term" or vu >= as_of + _dt.timedelta(days=30):
                break
        id_from, id_until = vf, validity(vf)
    id_fields = {"name": name, "sex": sex, "ethnicity": eth, "birth_date": iso(birth), "address": id_address,
                 "id_number": id_number, "issuing_authority": auth, "valid_from": iso(id_from),
                 "valid_until": id_until if id_until == "long_term" else iso(id_until)}

    # ---- employer and contract
    emp = _employer(R)
    old_emp = _employer(R, used={emp["printed"]})
    S["employer"], S["old_employer"] = emp, old_emp
    ctype = feat.get("contract") or R.choice(["model", "company", "company", "model", "hire"])
    oe = False
    if "contract_ends_within_two_months" in defects:
        end = as_of + _dt.timedelta(days=R.randint(3, 50))
        start = add_years(end + _dt.timedelta(days=1), -R.choice([2, 3]))
    elif "contract_already_ended" in defects:
        end = as_of - _dt.timedelta(days=R.randint(10, 80))
        start = add_years(end + _dt.timedelta(days=1), -R.choice([2, 3]))
    elif "contract_term_under_one_year" in defects:
        start = as_of - _dt.timedelta(days=R.randint(40, 120))
        start = start.replace(day=1)
        end = add_months(start, R.choice([6, 10, 11])) - _dt.timedelta(days=1)
        if end < add_months(as_of, 2):
            end = add_months(as_of, 3)
            if end + _dt.timedelta(days=1) >= add_years(start, 1):
                start = end - _dt.timedelta(days=300)
    elif feat.get("edge") == "contract_month_end":
        end = d("2027-02-28")          # as_of 2026-12-30 + 2 months = 2027-02-28 (clamped): not before it
        start = d("2024-03-01")
    elif feat.get("edge") == "one_year_term":
        start = d("2026-01-05")
        end = d("2027-01-04")          # exactly one year: end + 1 day == start + 1 year
    else:
        for _ in range(100):
            start = as_of - _dt.timedelta(days=R.randint(100, 1700))
            yrs = R.choice([2, 3, 3, 5])
            end = add_years(start, yrs) - _dt.timedelta(days=1)
            if end >= add_months(as_of, 3):
                break
        if R.chance(0.2) and ctype != "renewal":
            oe = True
    if feat.get("fresh_grad"):
        pass
    sign = start - _dt.timedelta(days=R.randint(0, 12))
    contract_fields = {"employer": emp["name"], "employee_name": name, "employee_id_number": id_number,
                       "start_date": iso(start), "end_date": None if oe else iso(end), "open_ended": oe,
                       "signing_date": iso(sign)}
    if oe:
        del contract_fields["end_date"]
    trial_end = add_months(start, R.choice([1, 2, 3, 6])) - _dt.timedelta(days=1) if R.chance(0.7) else None
    S["contract_start"] = start

    # ---- residence permit
    res_addr, res_dist, _ = _sh_address(R)
    P["res_addr"] = res_addr
    if "permit_expired" in defects:
        vu = as_of - _dt.timedelta(days=R.randint(3, 70))
        issue = add_years(vu + _dt.timedelta(days=1), -1)
        vfrom = issue
    elif "permit_issued_before_national_day" in defects:
        issue = d("2026-09-30")
        vfrom = issue
        vu = add_years(issue, 1) - _dt.timedelta(days=1)
    elif "permit_issued_days_ago" in defects:
        for back in range(1, 6):
            issue = as_of - _dt.timedelta(days=back)
            if working_days_after(issue, as_of) in (2, 3):
                break
        vfrom = issue
        vu = add_years(issue, 1) - _dt.timedelta(days=1)
    else:
        for _ in range(100):
            issue = as_of - _dt.timedelta(days=R.randint(35, 1000))
            yrs = R.choice([1, 3, 3])
            vu = add_years(issue, yrs) - _dt.timedelta(days=1)
            if vu >= as_of + _dt.timedelta(days=20):
                break
        vfrom = issue
    permit_hukou_printed = P["hukou_printed"]
    if "hukou_address_one_char" in defects:
        permit_hukou_printed = _one_char_off(R, P["hukou_printed"])
    P["permit_hukou_printed"] = permit_hukou_printed
    permit_fields = {"name": name, "id_number": id_number, "hukou_address": norm(permit_hukou_printed),
                     "residence_address": res_addr, "issue_date": iso(issue), "valid_from": iso(vfrom),
                     "valid_until": iso(vu)}

    # ---- tax record
    win = tax_window(as_of)
    rec_end = win[-1]
    if as_of.day >= 8 and as_of.day < 15 and R.chance(0.5):
        rec_end = month_add(win[-1], 1)        # the next month already declared early
    issue_tax = as_of - _dt.timedelta(days=R.randint(0, 6))
    if "tax_printed_before_latest_month" in defects:
        rec_end = month_add(win[-1], -1)
        first = d(month_add(win[-1], 1) + "-01")
        issue_tax = first + _dt.timedelta(days=R.randint(1, 7))
        if issue_tax > as_of:
            issue_tax = as_of
    # the tax record is issued after the latest month it shows was declared
    low = d(month_add(rec_end, 1) + "-" + "10")
    if issue_tax < low and "tax_printed_before_latest_month" not in defects:
        issue_tax = min(as_of, low + _dt.timedelta(days=R.randint(0, 5)))
    rec_start = month_add(win[0], -R.randint(0, 6))
    start_m = month_str(start) if not (ctype == "orig_plus_renewal") else month_str(start)
    months = month_range(rec_start, rec_end)
    agency = _agency(R)
    S["agency"] = agency
    side = R.choice(data.SIDE_PAYERS)
    side_code = make_uscc(R.choice(data.SH_DISTRICTS)[0], R.r)
    tax_rows = []
    salary_tax = R.uniform(80, 2600)
    for m in months:
        payer = emp if m >= start_m or feat.get("fresh_grad") else old_emp
        if feat.get("fresh_grad") and m < start_m:
            continue
        amt = max(0.0, salary_tax * R.uniform(0.6, 1.4) * (0.4 if m[5:] in ("01", "02") else 1.0))
        if feat.get("tax_zero_row") and m == win[1]:
            amt = 0.0
        if R.chance(0.05):
            amt = 0.0
        tax_rows.append({"period": m, "agent": payer, "amount": round(amt, 2), "kind": "正常工资薪金所得",
                         "income": round(amt * R.uniform(6, 14) + 5000, 2)})
        if m[5:] == "02" and R.chance(0.35):
            tax_rows.append({"period": m, "agent": payer, "amount": round(R.uniform(300, 3000), 2),
                             "kind": "全年一次性奖金收入", "income": round(R.uniform(10000, 60000), 2)})
    if feat.get("side_payer_latest") or R.chance(0.25):
        pm = rec_end if feat.get("side_payer_latest") else R.choice(months[:-1])
        tax_rows.append({"period": pm, "agent": {"name": side, "printed": side, "uscc": side_code, "district": "静安区"},
                         "amount": round(R.uniform(40, 600), 2), "kind": "劳务报酬所得",
                         "income": round(R.uniform(800, 5000), 2)})
    if "tax_month_missing" in defects:
        gone = R.choice(win[1:-1])
        tax_rows = [r for r in tax_rows if r["period"] != gone]
        S["tax_missing"] = gone
    if "tax_paid_by_agency" in defects:
        k = R.randint(2, 4)
        last = sorted({r["period"] for r in tax_rows})[-k:]
        for r in tax_rows:
            if r["period"] in last and r["kind"] != "劳务报酬所得":
                r["agent"] = agency
        tax_rows = [r for r in tax_rows if not (r["period"] == rec_end and r["kind"] == "劳务报酬所得")]
    tax_fields = {"name": name, "id_number": id_number, "issue_date": iso(issue_tax)}
    if "name_variant_on_tax_record" in defects:
        tax_fields["name"] = _name_variant(R, name)
    if "other_person_id_on_tax_record" in defects:
        ob = birth + _dt.timedelta(days=R.choice([-40, -9, 13, 31]))
        tax_fields["id_number"] = make_id(area[0], ob, (seq + 20) % 1000)
    tax_rows.sort(key=lambda r: (r["period"], r["kind"]))

    # ---- social insurance (not required; some packets)
    si_rows = []
    want_si = feat.get("si") or (R.chance(0.3) and "social_insurance" not in " ".join(defects))
    if want_si:
        m_as = month_str(as_of)
        si_end = m_as if (as_of.day >= 20 and R.chance(0.5)) else month_add(m_as, -1)
        n = R.randint(12, 36)
        si_start = month_add(si_end, -(n - 1))
        if feat.get("fresh_grad"):
            si_start = max(si_start, start_m)
        base_by_year = {}
        for m in month_range(si_start, si_end):
            payer = emp if m >= start_m else old_emp
            key = (m[:4], payer["name"])
            if key not in base_by_year:
                base_by_year[key] = f"{R.randint(7460, 36921):d}.00"
            si_rows.append({"month": m, "employer": payer, "base": base_by_year[key], "back_payment": False})
        if "social_insurance_by_agency" in defects:
            for r in si_rows[-R.randint(2, 4):]:
                r["employer"] = agency
        if "social_insurance_stopped" in defects:
            cut = month_add(m_as, -3)
            si_rows = [r for r in si_rows if r["month"] <= cut]
        if "social_insurance_mostly_back_paid" in defects:
            new = []
            for k in range(20, 12, -1):
                new.append({"month": month_add(m_as, -k), "employer": old_emp, "base": "9000.00", "back_payment": False})
            for k in range(8, 4, -1):
                new.append({"month": month_add(m_as, -k), "employer": emp, "base": "9000.00", "back_payment": True})
            for k in range(4, 0, -1):
                new.append({"month": month_add(m_as, -k), "employer": emp, "base": "9000.00", "back_payment": False})
            si_rows = new

    # ---- education
    edu_kind = feat.get("edu") or R.choice(["bachelor"] * 6 + ["master", "college"])
    if "degree_without_diploma" in defects or "education_claim_above_documents" in defects:
        edu_kind = "bachelor"
    if feat.get("fresh_grad"):
        edu_kind = "master"
    if "adult_diploma_without_xuexin" in defects or feat.get("adult_with_xuexin"):
        edu_kind = "adult"
    grad_age = {"college": 21, "bachelor": 22, "master": 25, "adult": 27}[edu_kind]
    gy = birth.year + grad_age + R.randint(0, 1)
    grad = _dt.date(gy, R.choice([6, 6, 7]), R.choice([20, 28, 30, 30, 1]) if True else 30)
    if grad.month == 7:
        grad = _dt.date(gy, 7, 1)
    if feat.get("fresh_grad"):
        grad = d("2025-12-26")
    major, field_ = R.choice(data.MAJORS)
    school = R.choice(data.UNIVERSITIES)
    edu_docs = []
    president = _person_name(R, "男")
    sch_code = f"1{R.randint(200, 999)}"

    def dipl(level, sch, maj, gdate, mode, years, start_date, did, layout, old=False):
        f = {"name": name, "school": sch, "major": maj, "level": level, "graduation_date": iso(gdate),
             "study_mode": mode}
        return mkdoc(did, "diploma", layout, f, old=old,
                     extra=dict(sex=sex, birth_date=iso(birth), start_date=iso(start_date), years=years,
                                president=president, cert_no=f"{sch_code}{R.randint(1, 9)}{gdate.year}0{R.randint(5, 6)}"
                                f"{R.randint(100000, 999999)}", field=field_))

    def degree(level, sch, maj, gdate, did, fld):
        f = {"name": name, "school": sch, "major": maj, "level": level, "graduation_date": iso(gdate)}
        return mkdoc(did, "degree_certificate", "bachelor" if level == "学士" else "master", f,
                     extra=dict(sex=sex, birth_date=iso(birth), field=fld, president=_person_name(R, "男"),
                                deg_no=f"{sch_code}{R.randint(1, 4)}{gdate.year}{R.randint(100000, 999999)}"))

    old_dip = gy < 2006
    if edu_kind == "college":
        coll = R.choice(data.COLLEGES)
        edu_docs.append(dipl("专科", coll, R.choice(data.COLLEGE_MAJORS), grad, "普通全日制", 3,
                             _dt.date(gy - 3, 9, 1), "dip", "modern" if not old_dip else "old", old=old_dip))
    elif edu_kind in ("bachelor", "master"):
        bgrad = grad if edu_kind == "bachelor" else _dt.date(grad.year - 3 if not feat.get("fresh_grad") else 2023, 6, 30)
        bold = bgrad.year < 2006
        edu_docs.append(dipl("本科", school, major, bgrad, "普通全日制", 4, _dt.date(bgrad.year - 4, 9, 1), "dip",
                             "old" if bold else "modern", old=bold))
        edu_docs.append(degree("学士", school, major, bgrad, "deg", field_))
        if edu_kind == "master":
            ms = R.choice(data.UNIVERSITIES)
            mm, mf = R.choice(data.MAJORS)
            mstart = _dt.date(grad.year - (3 if not feat.get("fresh_grad") else 2), 9, 1)
            edu_docs.append(dipl("硕士研究生", ms, mm, grad, "普通全日制", 3 if not feat.get("fresh_grad") else 2, mstart,
                                 "dip_m", "modern"))
            edu_docs.append(degree("硕士", ms, mm, grad, "deg_m", mf))
            if R.chance(0.4) and not feat.get("fresh_grad"):
                # people often hand in only the higher level
                edu_docs = edu_docs[2:]
    elif edu_kind == "adult":
        asch = R.choice(data.ADULT_SCHOOLS)
        mode = R.choice(["成人高等教育", "网络教育", "高等教育自学考试"])
        edu_docs.append(dipl("本科", asch, major, grad, mode, 3 if mode != "高等教育自学考试" else 2,
                             _dt.date(grad.year - 3, 3 if mode == "网络教育" else 9, 1), "dip", "adult"))
        edu_docs.append(degree("学士", asch, major, grad, "deg", field_))
        if feat.get("adult_with_xuexin"):
            x = dipl("本科", asch, major, grad, mode, 3, _dt.date(grad.year - 3, 9, 1), "dip_x", "xuexin")
            x["fields"]["online_record"] = True
            edu_docs.append(x)
    if feat.get("old_diploma"):
        for x in edu_docs:
            if x["type"] == "diploma":
                x["layout"] = "old"
                x["hints"]["old"] = True
    if "degree_without_diploma" in defects:
        edu_docs = [x for x in edu_docs if x["type"] == "degree_certificate"][:1]
    if not any(x["type"] == "diploma" and x["layout"] == "xuexin" for x in edu_docs) and edu_kind in ("bachelor", "master") \
            and R.chance(0.2) and "degree_without_diploma" not in defects:
        src = [x for x in edu_docs if x["type"] == "diploma"][-1]
        x = mkdoc("dip_x", "diploma", "xuexin", dict(src["fields"], online_record=True), extra=dict(src["hints"]["extra"]))
        edu_docs.append(x)
    if "fresh_graduate_claim_old_diploma" in defects:
        pass  # the diploma is simply years old
    S["edu_kind"] = edu_kind

    # ---- marriage / spouse
    married = feat.get("married") or (age >= 28 and R.chance(0.45))
    spouse = None
    marriage = None
    if married:
        ssex = "女" if sex == "男" else "男"
        sh_spouse = feat.get("spouse_claim") or "spouse_hukou_claim_without_papers" in defects
        sarea = None
        if sh_spouse:
            code, dist, roads = R.choice(data.SH_DISTRICTS)
            sarea = (code, "上海市", "", dist, f"上海市公安局{dist}分局", roads, False)
            saddr = f"上海市{dist}{R.choice(roads)}{R.randint(10, 1999)}弄{R.randint(1, 60)}号{R.randint(1, 20)}{R.randint(1, 4):02d}室"
        else:
            sarea = R.choice(data.AREAS)
            saddr = _address(R, sarea)
        sbirth = birth + _dt.timedelta(days=R.randint(-900, 900))
        sseq = R.randint(1, 499) * 2 + (1 if ssex == "男" else 0)
        sseq = min(sseq, 998 + (1 if ssex == "男" else 0))
        spouse = {"name": _person_name(R, ssex), "sex": ssex, "birth": sbirth,
                  "id": make_id(sarea[0], sbirth, sseq), "area": sarea, "addr": saddr, "eth": R.choice(data.ETHNIC)}
        reg = max(add_years(birth, 23), add_years(sbirth, 23)) + _dt.timedelta(days=R.randint(100, 3000))
        if reg > as_of - _dt.timedelta(days=400):
            reg = as_of - _dt.timedelta(days=R.randint(400, 1500))
        spouse["reg"] = reg
        S["spouse"] = spouse
        want_cert = feat.get("married") or R.chance(0.6)
        if want_cert:
            office = f"上海市{R.choice(data.SH_DISTRICTS)[1]}民政局" if sh_spouse or R.chance(0.5) \
                else f"{area[2] or area[1]}{area[3]}民政局"
            marriage = mkdoc("marr", "marriage_certificate", "inner_spread",
                             {"holder_name": name, "spouse_name": spouse["name"], "spouse_id_number": spouse["id"],
                              "registration_date": iso(reg)},
                             extra=dict(office=office, cert_no=f"J{R.choice(['310104', '310115', area[0]])}-{reg.year}-"
                                                               f"{R.randint(1, 9999):06d}",
                                        people=[(name, sex, iso(birth), id_number, False),
                                                (spouse["name"], ssex, iso(sbirth), spouse["id"], True)]
                                        if sex == "男" else
                                        [(spouse["name"], ssex, iso(sbirth), spouse["id"], True),
                                         (name, sex, iso(birth), id_number, False)]))

    # ---- household register documents
    docs = []
    if "id_card_back_missing" in defects:
        for k in ("issuing_authority", "valid_from", "valid_until"):
            id_fields.pop(k)
    docs.append(mkdoc("id", "id_card", "card", id_fields, front_only="id_card_back_missing" in defects))
    docs.append(mkdoc("permit", "residence_permit", "info", permit_fields))
    hk = feat.get("hukou", "hand" if R.chance(0.35) else "typed")
    if app == "renewal" and "hukou" not in feat:
        hk = None
    if collective:
        cf = {"name": name, "id_number": id_number, "address": hukou_addr,
              "issue_date": iso(as_of - _dt.timedelta(days=R.randint(5, 80)))}
        docs.append(mkdoc("coll", "collective_hukou_certificate", "letter", cf,
                          extra=dict(police=police, birth_date=iso(birth), sex=sex, address_printed=P["hukou_printed"],
                                     clerk=_person_name(R, R.choice("男女")))))
    elif hk:
        old = hk == "hand_old" or (hk == "hand" and R.chance(0.5))
        hand = hk in ("hand", "hand_old")
        self_head = R.chance(0.3) or age >= 45
        father = _person_name(R, "男", surname=name[0])
        head = name if self_head else father
        rel = "户主" if self_head else R.choice(["子", "长子", "次子"] if sex == "男" else ["女", "长女", "次女"])
        cov_issue = (d("1998-03-01") + _dt.timedelta(days=R.randint(0, 4000))) if old else \
            (d("2012-01-01") + _dt.timedelta(days=R.randint(0, 4000)))
        if cov_issue > as_of:
            cov_issue = as_of - _dt.timedelta(days=400)
        cov = {"household_type": "家庭户", "head_name": head,
               "household_number": f"{R.randint(10000000, 999999999):09d}" if R.chance(0.7) else f"{R.randint(1000000, 99999999):08d}",
               "address": hukou_addr, "issue_date": iso(cov_issue)}
        bp = f"{area[1]}{area[2]}" if area[2] else f"{area[1]}{area[3]}"
        edu_word = {"college": "大学专科", "bachelor": "大学本科", "master": "研究生", "adult": "大学本科"}[edu_kind]
        born_here = R.chance(0.6)
        regd = birth + _dt.timedelta(days=R.randint(10, 90)) if born_here else \
            add_years(birth, R.randint(5, 16)) + _dt.timedelta(days=R.randint(0, 300))
        mem = {"name": name, "relation_to_head": rel, "sex": sex, "birthplace": bp, "ethnicity": eth,
               "native_place": bp if R.chance(0.7) else _place(R.choice(data.AREAS)),
               "birth_date": iso(birth), "id_number": id_number, "education": edu_word,
               "marital_status": "已婚" if married else "未婚", "registration_date": iso(regd)}
        if R.chance(0.55):
            mem["employer"] = R.choice([emp["name"], old_emp["name"]])
        corrections = []
        if hand and old:
            if R.chance(0.6):
                corrections.append(("education", R.choice(["高中", "中专", "初中"])))
            if married and R.chance(0.6):
                corrections.append(("marital_status", "未婚"))
            if R.chance(0.3) and "employer" in mem:
                prev = old_emp["printed"] if mem["employer"] != old_emp["name"] else _employer(R, used={emp["printed"], old_emp["printed"]})["printed"]
                corrections.append(("employer", prev))
        if "name_variant_on_member_page" in defects:
            mem["name"] = _name_variant(R, name)
        docs.append(mkdoc("cover", "household_register_cover", "booklet_hand" if hand else "booklet_typed", cov,
                          hand=hand, old=old, police=police))
        if "missing_member_page" not in defects:
            docs.append(mkdoc("member", "household_register_member", "booklet_hand" if hand else "booklet_typed", mem,
                              hand=hand, old=old, police=police, corrections=corrections,
                              extra=dict(height=str(R.randint(155, 185)) if R.chance(0.4) else "",
                                         military="未服兵役" if sex == "男" and R.chance(0.5) else "",
                                         job=R.choice(["职员", "工程师", "", "无"]),
                                         moved_city="", moved_here="")))
        # the head's own page beside the applicant's in some packets (another person's paper)
        if not self_head and R.chance(0.35):
            hb = birth - _dt.timedelta(days=R.randint(22 * 365, 32 * 365))
            hseq = R.randint(1, 499) * 2 + 1
            hmem = {"name": head, "relation_to_head": "户主", "sex": "男", "birthplace": bp, "ethnicity": eth,
                    "native_place": bp, "birth_date": iso(hb), "id_number": make_id(area[0], hb, min(hseq, 999)),
                    "education": R.choice(["初中", "高中", "中专"]), "marital_status": "已婚",
                    "registration_date": iso(hb + _dt.timedelta(days=R.randint(10, 90)))}
            docs.append(mkdoc("head_member", "household_register_member", "booklet_hand" if hand else "booklet_typed",
                              hmem, person="household_head", hand=hand, old=old, police=police, corrections=[],
                              extra=dict(height="", military="", job="", moved_city="", moved_here="")))

    # ---- contract documents
    cdocs = []
    cstyle = ctype
    hand_c = feat.get("contract_hand", R.chance(0.45) if ctype == "model" else R.chance(0.25))
    cextra = dict(legal_rep=emp["legal_rep"], employer_address=emp["address"], employee_hukou=P["hukou_printed"],
                  employee_home=res_addr, workplace=f"上海市{emp['district']}", arb=emp["district"],
                  trial_end=iso(trial_end) if trial_end else None, printed_employer=emp["printed"])
    if ctype == "orig_plus_renewal":
        # the original (ended) contract and the 续订书 that extends it
        o_end = start - _dt.timedelta(days=1)
        o_start = add_years(start, -3)
        of = {"employer": emp["name"], "employee_name": name, "employee_id_number": id_number,
              "start_date": iso(o_start), "end_date": iso(o_end), "open_ended": False,
              "signing_date": iso(o_start - _dt.timedelta(days=R.randint(0, 10)))}
        cdocs.append(mkdoc("contract_orig", "labour_contract", "company_table", of, hand=R.chance(0.3), kind="company",
                           extra=dict(cextra, trial_end=None)))
        rf = dict(contract_fields)
        rf["signing_date"] = iso(start - _dt.timedelta(days=R.randint(10, 30)))
        cdocs.append(mkdoc("contract", "labour_contract", "renewal", rf, hand=True,
                           extra=dict(cextra, orig_start=iso(o_start), trial_end=None)))
    else:
        if ctype == "company" and not oe and R.chance(0.3) and (end - start).days > 700 and \
                end == add_years(start, round((end - start).days / 365.25)) - _dt.timedelta(days=1):
            yrs_w = round((end - start).days / 365.25)
            cextra["term_words"] = {2: "二年", 3: "三年", 5: "五年"}.get(yrs_w)
        cdocs.append(mkdoc("contract", "labour_contract", {"model": "shanghai_model", "company": "company_table",
                                                           "hire": "hire_contract"}[ctype], contract_fields,
                           hand=hand_c, extra=cextra, kind=ctype))
    if "name_variant_on_contract" in defects:
        cdocs[-1]["fields"]["employee_name"] = _name_variant(R, name)
    if "id_check_digit_wrong_on_contract" in defects:
        x = cdocs[-1]["fields"]["employee_id_number"]
        bad = x[:17] + R.choice([c for c in "0123456789X" if c != x[17]])
        cdocs[-1]["fields"]["employee_id_number"] = bad
    if "missing_labour_contract" not in defects:
        docs += cdocs

    # ---- tax document
    if "missing_tax_record" not in defects:
        tform = feat.get("tax_form") or R.choice(["national_pdf", "national_pdf", "detail_pdf", "national_photo",
                                                  "national_photo", "app_long", "app_split"])
        if tform == "old_cert" and len({r["agent"]["name"] for r in tax_rows}) > 1:
            tform = "national_photo"
        tlayout = {"national_pdf": "national_record", "national_photo": "national_record", "detail_pdf": "income_detail",
                   "app_long": "app_income_detail", "app_split": "app_income_detail", "old_cert": "tax_certificate"}[tform]
        docs.append(mkdoc("tax", "tax_record", tlayout, tax_fields, rows=tax_rows, form=tform,
                          extra=dict(office_district=emp["district"])))
    if si_rows:
        sform = feat.get("si_form") or R.choice(["pdf", "pdf", "photo", "screenshot"])
        docs.append(mkdoc("si", "social_insurance_record", {"pdf": "si_statement", "photo": "si_statement",
                                                           "screenshot": "si_app"}[sform],
                          {"name": name, "id_number": id_number}, rows=si_rows, form=sform))
    docs += edu_docs
    if marriage:
        docs.append(marriage)
    if spouse and feat.get("spouse_claim"):
        s_auth = spouse["area"][4]
        sf = add_years(as_of, -R.randint(2, 12))
        s_id = {"name": spouse["name"], "sex": spouse["sex"], "ethnicity": spouse["eth"], "birth_date": iso(spouse["birth"]),
                "address": spouse["addr"], "id_number": spouse["id"], "issuing_authority": s_auth,
                "valid_from": iso(sf), "valid_until": iso(add_years(sf, 20))}
        docs.append(mkdoc("sp_id", "id_card", "card", s_id, person="spouse"))
        sdist = spouse["area"][3]
        spolice = f"上海市公安局{sdist}分局{R.choice(data.SH_POLICE.get(sdist, ['城区派出所']))}"
        s_head = _person_name(R, "男", surname=spouse["name"][0])
        scov = {"household_type": "家庭户", "head_name": s_head, "household_number": f"{R.randint(10000000, 99999999):08d}",
                "address": spouse["addr"], "issue_date": iso(d("2015-06-01") + _dt.timedelta(days=R.randint(0, 2500)))}
        smem = {"name": spouse["name"], "relation_to_head": "女" if spouse["sex"] == "女" else "子", "sex": spouse["sex"],
                "birthplace": "上海市", "ethnicity": spouse["eth"], "native_place": "上海市",
                "birth_date": iso(spouse["birth"]), "id_number": spouse["id"], "education": "大学本科",
                "marital_status": "已婚", "registration_date": iso(spouse["birth"] + _dt.timedelta(days=30))}
        docs.append(mkdoc("sp_cover", "household_register_cover", "booklet_typed", scov, person="spouse",
                          hand=False, old=False, police=spolice))
        docs.append(mkdoc("sp_member", "household_register_member", "booklet_typed", smem, person="spouse",
                          hand=False, old=False, police=spolice, corrections=[],
                          extra=dict(height="", military="", job="", moved_city="", moved_here="")))

    S["docs"] = docs

    # ---- declarations
    decl = {}
    if index % len(SCHEDULE) in DECLARE:
        if feat.get("spouse_claim") or "spouse_hukou_claim_without_papers" in defects:
            decl["spouse_shanghai_hukou"] = True
        if feat.get("fresh_grad") or "fresh_graduate_claim_old_diploma" in defects:
            decl["fresh_graduate"] = True
        if "education_claim_above_documents" in defects:
            decl["education"] = "硕士"
        if "age_over_60" in defects:
            decl["title_or_skill"] = "高级职称"
        pool = ["title", "si", "shortage", "suburban", "public", "award", "highbase", "edu_same"]
        for k in R.sample(pool, R.randint(1, 2)):
            if k == "title" and "title_or_skill" not in decl and "points_below_standard" not in defects:
                decl["title_or_skill"] = R.choice(["技能四级", "技能三级", "中级职称", "技能二级"])
            elif k == "si" and not si_rows and not feat.get("fresh_grad"):
                decl["social_insurance_months"] = min(R.choice([24, 36, 48, 60, 72, 85]), max(12, (age - 22) * 12))
                if "points_below_standard" in defects:
                    decl["social_insurance_months"] = 24
            elif k == "shortage" and "points_below_standard" not in defects:
                decl["shortage_major"] = True
            elif k == "suburban":
                decl["suburban_work_years"] = R.randint(1, 4)
            elif k == "public" and "points_below_standard" not in defects:
                decl["public_service_years"] = R.randint(1, 3)
            elif k == "award" and "points_below_standard" not in defects:
                decl["award"] = 30
            elif k == "highbase" and "points_below_standard" not in defects:
                decl["high_base_tier"] = 50
            elif k == "edu_same" and edu_kind == "bachelor" and "education" not in decl \
                    and any(x["type"] == "diploma" for x in docs) and any(x["type"] == "degree_certificate" for x in docs):
                decl["education"] = "本科学士"
    S["declarations"] = decl
    _avoid_tie(S)
    _settle_points(S, R)
    _avoid_tie(S)
    return S


def _avoid_tie(S):
    """Education and title never both count; keep them from tying so the counted one is clear."""
    from .rules import TITLE_POINTS, _education
    t = S["declarations"].get("title_or_skill")
    if not t:
        return
    edu, _ = _education([x for x in preview_truth(S)["documents"] if "person" not in x], S["as_of"])
    if TITLE_POINTS[t] == edu:
        S["declarations"]["title_or_skill"] = {100: "高级职称", 60: "技能四级", 90: "中级职称", 50: "技能三级",
                                               110: "高级职称", 140: "中级职称"}.get(edu, "技能三级")


def _truth_docs(S):
    out = []
    for x in S["docs"]:
        y = {"type": x["type"], "layout": x["layout"], "fields": dict(x["fields"]), "rows": []}
        if x.get("person", "applicant") != "applicant":
            y["person"] = x["person"]
        if x["type"] == "tax_record":
            y["rows"] = [{"period": r["period"], "withholding_agent": r["agent"]["name"], "amount": f"{r['amount']:.2f}"}
                         for r in x["rows"]]
        elif x["type"] == "social_insurance_record":
            y["rows"] = [{"month": r["month"], "employer": r["employer"]["name"], "base": r["base"],
                          "back_payment": r["back_payment"]} for r in x["rows"]]
        out.append(y)
    return out


def preview_truth(S):
    return {"as_of": iso(S["as_of"]), "application": S["application"], "declarations": S["declarations"],
            "documents": _truth_docs(S)}


def _settle_points(S, R):
    """Clean packets (and defects other than points ones) must reach the standard: add a declared
    item when the documents alone fall short."""
    wants_below = "points_below_standard" in S["defects"]
    for _ in range(6):
        res = derive(preview_truth(S))
        est = res["points"]["estimate"]
        if wants_below or est >= 120:
            return
        decl = S["declarations"]
        edu = res["points"]["items"].get("education", 0)
        need = 120 - est
        if "social_insurance_months" not in decl and not any(x["type"] == "social_insurance_record" for x in S["docs"]) \
                and need <= 30 and 12 * ((need + 2) // 3) <= (S["person"]["age"] - 21) * 12:
            decl["social_insurance_months"] = 12 * ((need + 2) // 3) + R.randint(0, 11)
        elif "title_or_skill" not in decl:
            for t, p in [("技能三级", 60), ("中级职称", 100), ("高级职称", 140)]:
                if est - edu + p >= 120 and p != edu:
                    decl["title_or_skill"] = t
                    break
        elif "shortage_major" not in decl:
            decl["shortage_major"] = True
        else:
            decl["award"] = 60
