"""The world of one packet: every value its documents show, and the scenario defects applied to it."""
import datetime as dt
import random
from types import SimpleNamespace as NS

from dateutil.relativedelta import relativedelta

from . import data as D

# name, verdict, intended rules (besides what base facts imply)
SCENARIOS = [
    # ---- ready (14)
    ("ready_basic", "ready", []),
    ("ready_basic", "ready", []),
    ("ready_job_change", "ready", []),
    ("ready_job_change", "ready", []),
    ("ready_brackets", "ready", []),
    ("ready_masked_apps", "ready", []),
    ("ready_extra_pages", "ready", []),
    ("ready_collective", "ready", []),
    ("ready_renewal", "ready", []),
    ("ready_open_ended", "ready", []),
    ("ready_master", "ready", []),
    ("ready_older_si", "ready", []),
    ("ready_married_old_id_addr", "ready", []),
    ("ready_contract_renewal", "ready", []),
    # ---- review (8)
    ("review_too_recent", "review", ["permit.too_recent"]),
    ("review_too_recent", "review", ["permit.too_recent"]),
    ("review_zhuanke", "review", ["points.below_standard"]),
    ("review_no_diploma", "review", ["points.below_standard"]),
    ("review_older", "review", ["points.below_standard"]),
    ("review_adult_no_xuexin", "review", ["points.claim_unsupported"]),
    ("review_adult_no_xuexin", "review", ["points.claim_unsupported"]),
    ("review_dark_page", "review", ["quality.unreadable_page"]),
    # ---- fix (18)
    ("fix_hukou_mismatch", "fix", ["address.hukou_mismatch"]),
    ("fix_hukou_mismatch_digit", "fix", ["address.hukou_mismatch"]),
    ("fix_contract_ends_soon", "fix", ["contract.ends_within_two_months"]),
    ("fix_tax_missing_month", "fix", ["tax.missing_months"]),
    ("fix_tax_latest_missing", "fix", ["tax.missing_months"]),
    ("fix_tax_agency", "fix", ["employer.mismatch"]),
    ("fix_si_agency", "fix", ["employer.mismatch"]),
    ("fix_name_mismatch", "fix", ["identity.name_mismatch"]),
    ("fix_permit_expired", "fix", ["permit.expired"]),
    ("fix_missing_tax", "fix", ["packet.missing_document"]),
    ("fix_missing_member", "fix", ["packet.missing_document"]),
    ("fix_id_card_expired", "fix", ["id_card.expired"]),
    ("fix_id_number_mismatch", "fix", ["identity.id_number_mismatch"]),
    ("fix_id_number_invalid", "fix", ["identity.id_number_invalid", "identity.id_number_mismatch"]),
    ("fix_term_too_short", "fix", ["contract.term_too_short"]),
    ("fix_si_insufficient", "fix", ["social_insurance.insufficient_months"]),
    ("fix_si_not_paying", "fix", ["social_insurance.not_paying"]),
    ("fix_age_out_of_range", "fix", ["applicant.age_out_of_range", "points.below_standard"]),
]


def tax_window(as_of):
    """six latest months M whose deadline (15th of M+1) is on or before as_of"""
    y, m = as_of.year, as_of.month
    # candidate M = as_of month - 1 if as_of.day >= 15 else as_of month - 2
    k = -1 if as_of.day >= 15 else -2
    ey, em = D.month_add(y, m, k)
    return [D.month_add(ey, em, -i) for i in range(5, -1, -1)]


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def make_company(rng, used):
    while True:
        dist, code, roads = rng.choice(D.SH_DISTRICTS)
        brand = rng.choice(D.BRANDS)
        ind = rng.choice(D.INDUSTRY)
        r = rng.random()
        if r < 0.18:
            name = f"上海{brand}({rng.choice(['集团', '控股'])})有限公司"
        elif r < 0.3:
            name = f"{brand}{ind}(上海)有限公司"
        elif r < 0.4:
            name = f"上海{brand}{ind}股份有限公司"
        elif r < 0.48:
            name = f"{rng.choice(['江苏', '浙江', '北京'])}{brand}{ind}有限公司上海分公司"
        else:
            name = f"上海{brand}{ind}有限公司"
        if name not in used:
            used.add(name)
            addr = f"上海市{dist}{rng.choice(roads)}{rng.randint(10, 1999)}号"
            return NS(name=name, uscc=D.make_uscc(rng, code), address=addr,
                      legal=rng.choice(D.SURNAMES) + "".join(rng.sample(D.GIVEN, 2)), district=dist)


def make_name(rng, sex):
    return rng.choice(D.SURNAMES) + "".join(rng.choice(D.GIVEN) for _ in range(rng.choice([1, 2, 2])))


def hukou_address(rng, area):
    code, prov, city, dist, auth, streets, villages = area
    pre = prov + city + dist
    if villages and rng.random() < 0.5:
        town, vl = villages
        return pre + town + rng.choice(vl) + f"{D.cn_num(rng.randint(1, 9))}组{rng.randint(1, 120)}号"
    st = rng.choice(streets)
    r = rng.random()
    if r < 0.4:
        return pre + f"{st}{rng.randint(1, 400)}号{rng.randint(1, 12)}幢{rng.randint(1, 6)}{rng.randint(0, 2)}{rng.randint(1, 4)}室"
    if r < 0.7:
        return pre + f"{st}{rng.randint(1, 300)}号{rng.randint(1, 9)}单元{rng.randint(101, 1802)}室"
    return pre + f"{st}{rng.randint(1, 99)}弄{rng.randint(1, 40)}号"


def sh_address(rng):
    dist, code, roads = rng.choice(D.SH_DISTRICTS)
    r = rng.random()
    if r < 0.6:
        a = f"上海市{dist}{rng.choice(roads)}{rng.randint(10, 1800)}弄{rng.randint(1, 60)}号{rng.randint(1, 25)}0{rng.randint(1, 6)}室"
    else:
        a = f"上海市{dist}{rng.choice(roads)}{rng.randint(10, 3000)}号{rng.randint(1, 20)}{rng.randint(0, 2)}{rng.randint(1, 9)}室"
    return a, dist


def one_char_change(rng, addr):
    """change exactly one character of an address (digit or a road character)"""
    idx = [i for i, c in enumerate(addr) if c.isdigit()]
    i = rng.choice(idx[len(idx) // 2:] or idx)
    c = addr[i]
    return addr[:i] + rng.choice([d for d in "0123456789" if d != c]) + addr[i + 1:]


def build(seed, idx, scen):
    rng = random.Random(seed)
    name, verdict, intended = scen
    w = NS(scenario=name, verdict=verdict, intended=list(intended), defects=[], application="first")
    # as_of: late 2026 (too_recent packets away from the October holidays)
    lo, hi = (dt.date(2026, 11, 2), dt.date(2026, 12, 24)) if "too_recent" in name else (dt.date(2026, 10, 19), dt.date(2026, 12, 28))
    w.as_of = rand_date(rng, lo, hi)
    if name == "ready_renewal":
        w.application = "renewal"
    # ---- person
    area = rng.choice(D.AREAS)
    w.area = area
    sex = rng.choice(["男", "女"])
    age = rng.randint(24, 41)
    if name in ("ready_older_si",):
        age = rng.randint(45, 48)
    if name == "review_older":
        age = rng.randint(47, 52)
    if name == "fix_age_out_of_range":
        age = rng.randint(61, 63)
    birth = w.as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(20, 330))
    seq = rng.randint(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8]))
    w.name = make_name(rng, sex)
    w.sex = sex
    w.ethnicity = rng.choice(D.ETHNIC)
    w.birth = birth
    w.id_number = D.make_id(area[0], birth, seq)
    w.hukou_address = hukou_address(rng, area)
    w.id_address = w.hukou_address
    if name == "ready_married_old_id_addr" or rng.random() < 0.1:
        w.id_address = hukou_address(rng, area)  # older address on the card: not a defect
    w.id_authority = area[4]
    a16 = D.add_years(birth, 16)
    issue = rand_date(rng, max(a16, w.as_of - relativedelta(years=9)), w.as_of - relativedelta(months=3))
    cur_age = D.age_at(birth, issue)
    yrs = 10 if cur_age < 26 else 20 if cur_age < 46 else None
    w.id_valid_from = issue
    w.id_valid_until = D.add_years(issue, yrs) if yrs else "long_term"
    if name == "fix_id_card_expired":
        issue = D.add_years(w.as_of - dt.timedelta(days=rng.randint(20, 150)), -10)
        if D.age_at(birth, issue) >= 26:
            issue = D.add_years(w.as_of - dt.timedelta(days=rng.randint(20, 150)), -20)
            w.id_valid_until = D.add_years(issue, 20)
        else:
            w.id_valid_until = D.add_years(issue, 10)
        w.id_valid_from = issue
        w.defects.append("id_card_expired")
    # ---- household register
    w.collective = name == "ready_collective"
    w.household_type = "家庭户"
    rel = rng.choice(["户主", "子", "女", "长子", "长女", "次子", "妻", "夫"])
    if rel in ("子", "长子", "次子") and sex == "女":
        rel = "女"
    if rel in ("女", "长女") and sex == "男":
        rel = "子"
    if rel == "妻" and sex == "男":
        rel = "夫"
    if rel == "夫" and sex == "女":
        rel = "妻"
    w.relation = rel
    w.head_name = w.name if rel == "户主" else (w.name[0] + "".join(rng.sample(D.GIVEN, 2)) if rel not in ("妻", "夫") else make_name(rng, "男"))
    w.household_number = str(rng.randint(100000000, 999999999))
    w.cover_issue = rand_date(rng, dt.date(2006, 1, 1), dt.date(2022, 12, 31))
    w.member_reg = rand_date(rng, max(birth, dt.date(1998, 1, 1)), w.cover_issue) if rng.random() < 0.6 else rand_date(rng, w.cover_issue, w.as_of - relativedelta(years=1))
    w.birthplace = area[1] + area[2] if area[2] else area[1] + area[3]
    w.native_place = w.birthplace
    if w.collective:
        w.household_type = "集体户"
        code, prov, city, dist, auth, streets, villages = area
        w.hukou_address = f"{prov}{city}{dist}{rng.choice(streets)}{rng.randint(1, 300)}号"
        w.collective_address = w.hukou_address
        w.collective_office = auth.replace("分局", "分局") + rng.choice(["派出所", ""]) if False else f"{auth}{rng.choice(['城关', '中心', '新街', '东门'])}派出所"
        w.collective_issue = w.as_of - dt.timedelta(days=rng.randint(10, 80))
    # ---- Shanghai
    w.residence_address, dist = sh_address(rng)
    w.permit_office = D.SH_PERMIT_OFFICES[dist]
    pi = rand_date(rng, w.as_of - relativedelta(years=2, months=6), w.as_of - relativedelta(months=2))
    w.permit_issue = pi
    w.permit_from = pi
    w.permit_until = pi + relativedelta(years=3) - dt.timedelta(days=1)
    w.permit_hukou_address = w.hukou_address
    if "too_recent" in name:
        # 1..3 working days between issue and as_of
        days, d = rng.randint(1, 3), w.as_of
        import chinese_calendar as cc
        cnt = 0
        while cnt < days:
            if cc.is_workday(d):
                cnt += 1
            d -= dt.timedelta(days=1)
        w.permit_issue = w.permit_from = d
        w.permit_until = d + relativedelta(years=1) - dt.timedelta(days=1)
        w.defects.append("permit_too_recent")
    if name == "fix_permit_expired":
        pi = w.as_of - relativedelta(years=1) - dt.timedelta(days=rng.randint(20, 200))
        w.permit_issue = w.permit_from = pi
        w.permit_until = pi + relativedelta(years=1) - dt.timedelta(days=1)
        w.defects.append("permit_expired")
    if name in ("fix_hukou_mismatch", "fix_hukou_mismatch_digit"):
        if name == "fix_hukou_mismatch_digit" or not any(x in w.hukou_address for x in "路街"):
            w.permit_hukou_address = one_char_change(rng, w.hukou_address)
        else:
            a = w.hukou_address
            for k in ("中路", "西路", "东路", "南路", "北路", "大街", "路"):
                if k in a:
                    rep = {"中路": "路", "西路": "东路", "东路": "西路", "南路": "北路", "北路": "南路", "大街": "大道", "路": "道"}[k]
                    w.permit_hukou_address = a.replace(k, rep, 1)
                    break
        w.defects.append("hukou_address_mismatch")
    # ---- employers and contract
    used = set()
    w.employer = make_company(rng, used)
    w.prev_employer = make_company(rng, used) if "job_change" in name else None
    w.agency = rng.choice(D.AGENCIES)
    wy, wm = tax_window(w.as_of)[0]
    if w.prev_employer:
        sy, sm = D.month_add(wy, wm, rng.randint(1, 3))
        start = dt.date(sy, sm, rng.choice([1, 1, 1, 8, 15]))
    else:
        start = rand_date(rng, w.as_of - relativedelta(years=4), w.as_of - relativedelta(months=8))
        start = start.replace(day=rng.choice([1, 1, start.day]))
    w.c_start = start
    yrs = rng.choice([3, 3, 3, 5, 2])
    w.c_end = start + relativedelta(years=yrs) - dt.timedelta(days=1)
    while w.c_end < w.as_of + relativedelta(months=4):
        yrs += 1
        w.c_end = start + relativedelta(years=yrs) - dt.timedelta(days=1)
    w.c_years = yrs
    w.open_ended = name == "ready_open_ended"
    w.c_sign = start - dt.timedelta(days=rng.randint(0, 12))
    w.probation_months = rng.choice([0, 1, 2, 3, 6])
    w.contract_kind = None
    if name == "ready_contract_renewal":
        w.contract_kind = "renewal"
        old_end = w.as_of - relativedelta(months=rng.randint(3, 14))
        w.c_prev_start = old_end - relativedelta(years=3) + dt.timedelta(days=1)
        w.c_prev_end = old_end
        w.c_start = old_end + dt.timedelta(days=1)
        w.c_end = w.c_start + relativedelta(years=3) - dt.timedelta(days=1)
        w.c_sign = old_end - dt.timedelta(days=rng.randint(3, 25))
        w.c_years = 3
    if name == "fix_contract_ends_soon":
        w.c_end = w.as_of + dt.timedelta(days=rng.randint(5, 50))
        w.c_start = w.c_end - relativedelta(years=3) + dt.timedelta(days=1)
        w.c_sign = w.c_start - dt.timedelta(days=3)
        w.c_years = 3
        w.defects.append("contract_ends_soon")
    if name == "fix_term_too_short":
        w.c_start = w.as_of - relativedelta(months=rng.randint(2, 5))
        w.c_start = w.c_start.replace(day=1)
        w.c_end = w.c_start + relativedelta(months=rng.choice([8, 10, 11])) - dt.timedelta(days=1)
        while w.c_end < w.as_of + relativedelta(months=2, days=10):
            w.c_end += relativedelta(months=1)
        if w.c_end + dt.timedelta(days=1) >= w.c_start + relativedelta(years=1):
            w.c_end = w.c_start + relativedelta(years=1) - dt.timedelta(days=20)
        w.c_sign = w.c_start - dt.timedelta(days=2)
        w.c_years = None
        w.defects.append("contract_term_too_short")
    # the contract must not start after the latest tax month's employer ... keep start before as_of
    w.contract_employer = w.employer.name
    w.names = {}
    w.ids = {}
    if name == "fix_name_mismatch":
        tgt = rng.choice(["labour_contract", "tax_record", "residence_permit"])
        n = w.name
        i = rng.randrange(1, len(n))
        sw = D.NAME_SWAP.get(n[i]) or "晓"
        if sw == n[i]:
            sw = "炜" if n[i] != "炜" else "伟"
        w.names[tgt] = n[:i] + sw + n[i + 1:]
        w.defects.append(f"name_mismatch_on_{tgt}")
    if name == "fix_id_number_mismatch":
        tgt = rng.choice(["labour_contract", "residence_permit"])
        while True:
            s = (int(w.id_number[14:17]) + rng.choice([2, 4, 6, 20, 40])) % 1000
            if s % 2 == int(w.id_number[16]) % 2:
                other = D.make_id(w.id_number[:6], birth, s)
                if other != w.id_number:
                    break
        w.ids[tgt] = other
        w.defects.append(f"id_number_differs_on_{tgt}")
    if name == "fix_id_number_invalid":
        tgt = rng.choice(["labour_contract", "residence_permit"])
        n = w.id_number
        i = rng.choice([7, 9, 11, 13, 15])
        a, b = n[i], n[i + 1]
        if a == b:
            i = 15
            a, b = n[i], n[i + 1]
        bad = n[:i] + b + n[i] + n[i + 2:]
        if D.id_valid(bad) or bad == n:
            bad = n[:16] + str((int(n[16]) + 2) % 10) + n[17]
        if D.id_valid(bad):
            bad = n[:17] + ("0" if n[17] != "0" else "1")
        w.ids[tgt] = bad
        w.defects.append(f"id_number_typo_on_{tgt}")
    # ---- tax record
    window = tax_window(w.as_of)
    w.tax_window = window
    ly, lm = window[-1]
    deadline = dt.date(*D.month_add(ly, lm, 1), 15)
    w.tax_issue = rand_date(rng, max(deadline, w.as_of - dt.timedelta(days=12)), w.as_of)
    nmonths = rng.choice([6, 8, 12, 12])
    months = [D.month_add(ly, lm, -i) for i in range(nmonths - 1, -1, -1)]
    base_salary = rng.choice([8000, 9500, 11000, 12500, 15000, 18000, 22000, 26000, 32000])
    w.salary = base_salary
    w.tax_rows = []
    job_change_month = None
    if w.prev_employer:
        job_change_month = (w.c_start.year, w.c_start.month)
    for (y, m) in months:
        agent = w.employer.name
        if job_change_month and (y, m) < job_change_month:
            agent = w.prev_employer.name
        amt = max(0.0, (base_salary - 5000 - base_salary * 0.175) * rng.choice([0.03, 0.03, 0.1]) + rng.uniform(-60, 200))
        if base_salary < 9000 and rng.random() < 0.4:
            amt = 0.0
        w.tax_rows.append(NS(y=y, m=m, agent=agent, amount=round(amt, 2), item="工资薪金所得", income=base_salary))
    if rng.random() < 0.35:
        by, bm = months[len(months) // 3]
        agent = w.tax_rows[len(months) // 3].agent
        w.tax_rows.insert(len(months) // 3 + 1, NS(y=by, m=bm, agent=agent, amount=round(base_salary * rng.uniform(0.05, 0.2), 2),
                                                   item="全年一次性奖金收入", income=base_salary * 2))
    if rng.random() < 0.12:
        by, bm = months[-3]
        w.tax_rows.insert(-2, NS(y=by, m=bm, agent=rng.choice(["上海某某文化传播有限公司", "上海星澜咨询有限公司"]),
                                 amount=round(rng.uniform(80, 400), 2), item="劳务报酬所得", income=3000))
    if name == "fix_tax_missing_month":
        my, mm = window[rng.randint(1, 4)]
        w.tax_rows = [r for r in w.tax_rows if (r.y, r.m) != (my, mm)]
        w.defects.append(f"tax_missing_{my}-{mm:02d}")
    if name == "fix_tax_latest_missing":
        # printed too early: the latest months are not on the record yet
        w.tax_issue = dt.date(*D.month_add(ly, lm, -1), rng.randint(16, 27))
        w.tax_rows = [r for r in w.tax_rows if (r.y, r.m) < window[-2]]
        w.defects.append("tax_printed_before_latest_months")
    if name == "fix_tax_agency":
        for r in w.tax_rows:
            if (r.y, r.m) >= window[-rng.randint(3, 6)]:
                r.agent = w.agency
        w.defects.append("tax_withheld_by_agency")
    # ---- social insurance
    w.has_si = rng.random() < 0.45 or name in ("ready_older_si", "fix_si_agency", "fix_si_insufficient", "fix_si_not_paying", "ready_job_change")
    if name in ("review_older", "review_zhuanke", "review_no_diploma", "fix_age_out_of_range"):
        w.has_si = False
    ay, am = w.as_of.year, w.as_of.month
    last_k = 0 if rng.random() < 0.6 else -1
    n_si = rng.choice([12, 12, 18, 24])
    if name == "ready_older_si":
        n_si = rng.choice([37, 40, 48])
    w.si_base = rng.choice([7310, 8500, 10000, 12000, 15000, 20000, min(36921, base_salary)])
    rows = []
    for k in range(n_si - 1, -1, -1):
        y, m = D.month_add(ay, am, last_k - k)
        emp = w.employer.name
        if job_change_month and (y, m) < job_change_month:
            emp = w.prev_employer.name
        rows.append(NS(y=y, m=m, employer=emp, base=w.si_base, back=False))
    if name == "fix_si_agency":
        for r in rows[-rng.randint(2, 8):]:
            r.employer = w.agency
        w.defects.append("social_insurance_paid_by_agency")
    if name == "fix_si_insufficient":
        # started paying 4 months ago; earlier months only back-paid
        keep = rng.randint(3, 5)
        rows = rows[-12:]
        for r in rows[:-keep]:
            r.back = True
        rows = rows[-keep - rng.randint(0, 3):]
        w.defects.append("social_insurance_recent_months_only")
    if name == "fix_si_not_paying":
        gap = rng.randint(2, 4)
        rows = [r for r in rows if D.month_add(ay, am, -gap) >= (r.y, r.m)]
        w.defects.append("social_insurance_stopped")
    w.si_rows = rows
    # job change in SI: base may change
    if job_change_month:
        for r in rows:
            if r.employer == w.prev_employer.name:
                r.base = max(7310, w.si_base - 1500)
    # ---- education
    w.edu = NS(level="本科", degree="学士", has_diploma=True, has_degree=True, xuexin=rng.random() < 0.3, mode="普通全日制")
    school, city = rng.choice(D.SCHOOLS)
    major, cat = rng.choice(D.MAJORS)
    w.edu.school, w.edu.major, w.edu.cat = school, major, cat
    gy = birth.year + rng.choice([22, 22, 23])
    w.edu.years = 4
    if name == "ready_master":
        w.edu.level, w.edu.degree = "硕士研究生", "硕士"
        gy += 3
        w.edu.years = 3
    if name == "review_zhuanke":
        w.edu.level, w.edu.degree, w.edu.has_degree = "专科", None, False
        w.edu.school = rng.choice(D.COLLEGES)
        w.edu.major = rng.choice(D.ZK_MAJORS)
        gy -= 1
        w.edu.years = 3
    if name == "review_no_diploma":
        w.edu.has_diploma = w.edu.has_degree = w.edu.xuexin = False
    if "adult_no_xuexin" in name:
        w.edu.mode = rng.choice(["成人教育", "函授", "业余"])
        w.edu.xuexin = False
        gy += rng.randint(2, 5)
        w.edu.years = rng.choice([2.5, 3, 5])
    grad = dt.date(gy, rng.choice([6, 6, 7]), rng.choice([20, 25, 28, 30, 30]))
    if grad.month == 7:
        grad = grad.replace(day=rng.choice([1, 5, 10]))
    w.edu.grad = grad
    yrs = int(w.edu.years) if w.edu.years >= 1 else 1
    w.edu.enter = dt.date(grad.year - (yrs if w.edu.years == int(w.edu.years) else yrs + 1), 9, 1)
    w.edu.cert_no = f"{rng.choice(['10', '11', '51'])}{rng.randint(100, 999)}{grad.year}{rng.choice(['05', '06'])}{rng.randint(100000, 999999)}"
    w.edu.degree_no = f"{rng.randint(1000, 1999)}{rng.randint(10, 99)}{grad.year}{rng.randint(100000, 999999)}"
    w.edu.president = rng.choice(D.SURNAMES) + "".join(rng.sample(D.GIVEN, 2))
    w.member_education = {"本科": "大学本科", "硕士研究生": "研究生", "专科": "大学专科"}[w.edu.level] if w.edu.has_diploma else rng.choice(["高中", "中专", "初中"])
    # ---- marriage
    w.married = name == "ready_married_old_id_addr" or (age > 27 and rng.random() < 0.35)
    w.marital = "已婚" if w.married else "未婚"
    if w.married:
        ssex = "女" if sex == "男" else "男"
        sb = birth + dt.timedelta(days=rng.randint(-900, 900))
        sarea = rng.choice(D.AREAS)
        sseq = rng.randint(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if ssex == "男" else rng.choice([0, 2, 4, 6, 8]))
        w.spouse = NS(name=make_name(rng, ssex), sex=ssex, birth=sb, id_number=D.make_id(sarea[0], sb, sseq))
        w.marriage_date = rand_date(rng, D.add_years(max(birth, sb), 23), w.as_of - relativedelta(months=6))
        w.marriage_no = f"J{area[0]}-{w.marriage_date.year}-{rng.randint(1, 9999):06d}"
        w.marriage_office = f"{area[2] or area[1]}{area[3]}民政局"
    w.member_employer = "" if rng.random() < 0.4 else (w.employer.name if rng.random() < 0.5 else (w.prev_employer.name if w.prev_employer else ""))
    # ---- which documents the packet holds
    w.has = {"id_card": True, "residence_permit": True, "hukou": w.application == "first", "labour_contract": True,
             "tax_record": True, "social_insurance_record": w.has_si, "marriage_certificate": w.married and rng.random() < 0.8,
             "extra": name == "ready_extra_pages" or rng.random() < 0.2, "member": True}
    if name == "fix_missing_tax":
        w.has["tax_record"] = False
        w.defects.append("tax_record_not_in_packet")
    if name == "fix_missing_member":
        w.has["member"] = False
        w.defects.append("hukou_member_page_missing")
    if name == "ready_renewal":
        w.has["hukou"] = False
    w.brackets_mix = name == "ready_brackets" or rng.random() < 0.3
    if name == "ready_brackets" and "(" not in w.employer.name:
        w.employer.name = w.contract_employer = f"上海{rng.choice(D.BRANDS)}({rng.choice(['集团', '控股'])})有限公司"
        for r in w.tax_rows + w.si_rows:
            if getattr(r, "agent", None) not in (None, w.agency) and (not w.prev_employer or getattr(r, "agent", "") != w.prev_employer.name):
                r.agent = w.employer.name
        for r in w.si_rows:
            if r.employer not in (w.agency,) and (not w.prev_employer or r.employer != w.prev_employer.name):
                r.employer = w.employer.name
    w.uscc_of = {w.employer.name: w.employer.uscc}
    if w.prev_employer:
        w.uscc_of[w.prev_employer.name] = w.prev_employer.uscc
    for r in w.tax_rows:
        if r.agent not in w.uscc_of:
            w.uscc_of[r.agent] = D.make_uscc(rng, "310000" if r.agent in D.AGENCIES else "310101")
    w.masked_apps = name == "ready_masked_apps"
    w.dark_page = name == "review_dark_page"
    return w
