"""Scenarios: which applicant, which defects, which documents in which forms.

A packet depends only on (seed, index): the recipe list is permuted by a
random.Random(seed) and recipe i % 40 is taken; all values are then drawn from
random.Random(f"{seed}:{index}")."""
import datetime as dt
import random

from dateutil.relativedelta import relativedelta

from . import data as D
from .rules import tax_window
from .util import iso, make_id, month_add, month_last_day, ym

# (verdict, recipe name, options, intended rules)
RECIPES = [
    # ---------------------------------------------------------------- ready
    ("ready", "bachelor_plain", {}, []),
    ("ready", "master_si12", {"edu": "master", "si": 12}, []),
    ("ready", "doctor_married", {"edu": "doctor", "marriage": True}, []),
    ("ready", "xuexin_si24_jobchange", {"xuexin": True, "si": 24, "si_jobchange": True}, []),
    ("ready", "collective_hukou", {"collective": True}, []),
    ("ready", "renewal_master", {"application": "renewal", "edu": "master"}, []),
    ("ready", "age44_si12", {"age": 44, "si": 12}, []),
    ("ready", "open_ended_married", {"open_ended": True, "marriage": True}, []),
    ("ready", "tax_jobchange", {"tax_jobchange": True}, []),
    ("ready", "tax_extra_payer", {"tax_extra": True, "unknown": True}, []),
    ("ready", "age46_longterm", {"age": 46, "edu": "master", "si": 24}, []),
    ("ready", "old_id_address", {"old_id_address": True, "xuexin": True}, []),
    ("ready", "contract_ends_in_ten_weeks", {"contract_end_weeks": 10}, []),
    ("ready", "zero_tax_backpay_old", {"tax_zero": True, "si": 15, "si_old_backpay": True}, []),
    # ---------------------------------------------------------------- review
    ("review", "college_only", {"edu": "college"}, ["points.below_standard"]),
    ("review", "bachelor_no_degree", {"edu": "bachelor_only"}, ["points.below_standard"]),
    ("review", "permit_too_recent", {"permit_recent": 2}, ["permit.too_recent"]),
    ("review", "degree_without_diploma", {"edu": "degree_only"}, ["points.claim_unsupported"]),
    ("review", "adult_diploma", {"edu": "adult"}, ["points.claim_unsupported"]),
    ("review", "age48", {"age": 48}, ["points.below_standard"]),
    ("review", "no_education_docs", {"edu": "none", "unknown": True}, ["points.below_standard"]),
    ("review", "permit_recent_weekend", {"permit_recent": 3, "edu": "master"}, ["permit.too_recent"]),
    # ---------------------------------------------------------------- fix
    ("fix", "hukou_one_char", {"hukou_diff": True}, ["address.hukou_mismatch"]),
    ("fix", "contract_ends_soon", {"contract_end_weeks": 6}, ["contract.ends_within_two_months"]),
    ("fix", "tax_missing_month", {"tax_gap": True}, ["tax.missing_months"]),
    ("fix", "tax_agency", {"tax_agency": True}, ["employer.mismatch"]),
    ("fix", "si_agency", {"si": 14, "si_agency": True}, ["employer.mismatch"]),
    ("fix", "name_homophone", {"homophone": True}, ["identity.name_mismatch"]),
    ("fix", "permit_expired", {"permit_expired": True}, ["permit.expired"]),
    ("fix", "id_card_expired", {"id_expired": True}, ["id_card.expired"]),
    ("fix", "contract_too_short", {"contract_short": True}, ["contract.term_too_short"]),
    ("fix", "si_stopped", {"si": 12, "si_stop": 3}, ["social_insurance.not_paying"]),
    ("fix", "si_back_payment", {"si": 14, "si_backpay": True},
     ["social_insurance.insufficient_months", "social_insurance.not_paying"]),
    ("fix", "missing_member_page", {"drop": "household_register_member"}, ["packet.missing_document"]),
    ("fix", "id_number_other", {"id_other": True}, ["identity.id_number_mismatch"]),
    ("fix", "id_number_typo", {"id_typo": True, "si": 12},
     ["identity.id_number_invalid", "identity.id_number_mismatch"]),
    ("fix", "tax_latest_not_printed", {"tax_early_print": True}, ["tax.missing_months"]),
    ("fix", "contract_old_employer", {"tax_jobchange": True, "contract_old": True},
     ["employer.mismatch"]),
    ("fix", "age61", {"age": 61}, ["applicant.age_out_of_range", "points.below_standard"]),
    ("fix", "ends_soon_and_gap", {"contract_end_weeks": 3, "tax_gap": True, "hukou_diff": True},
     ["address.hukou_mismatch", "contract.ends_within_two_months", "tax.missing_months"]),
]

DEFECT_OF = {
    "hukou_diff": "hukou_address_one_char", "contract_end_weeks": "contract_ends_soon",
    "tax_gap": "tax_missing_month", "tax_agency": "tax_withheld_by_agency",
    "si_agency": "social_insurance_paid_by_agency", "homophone": "name_homophone",
    "permit_expired": "permit_expired", "id_expired": "id_card_expired",
    "contract_short": "contract_term_under_one_year", "si_stop": "social_insurance_stopped",
    "si_backpay": "social_insurance_back_payment", "drop": "missing_document",
    "id_other": "id_number_differs", "id_typo": "id_number_typo",
    "tax_early_print": "tax_latest_month_not_printed", "contract_old": "contract_with_former_employer",
    "permit_recent": "permit_too_recent",
}

# forms per type; chosen by cycling over the index so that 40 packets cover them all
FORMS = {
    "id_card": ["two_photos", "a4_copy_side", "a4_copy_stacked", "two_photos", "a4_with_permit"],
    "residence_permit": ["info_grid2", "info_grid4", "info_list", "app_screenshot",
                         "info_split_validity", "card_plus_info", "app_screenshot"],
    "household": ["booklet_typed", "booklet_hand", "open_booklet", "a4_copy_both", "booklet_typed"],
    "labour_contract": ["shanghai_model", "company_template"],
    "tax_record": ["web_chromium", "app_income_detail", "rl_grid", "app_record_pages",
                   "fpdf_table", "app_income_stitched", "charwise", "web_chromium_photo",
                   "rl_norules", "rl_grid_scan", "old_certificate", "app_income_detail"],
    "social_insurance_record": ["web_chromium", "app_screens", "rl_ranges", "fpdf_table",
                                "web_photo", "rl_scan"],
    "diploma": ["classic_landscape", "modern_portrait"],
    "degree_certificate": ["bachelor_classic", "degree_modern"],
    "marriage_certificate": ["open_inner"],
    "unknown": ["receipt", "rental"],
}


def recipe_for(seed, index):
    order = list(range(len(RECIPES)))
    random.Random("recipes:%d" % seed).shuffle(order)
    return RECIPES[order[index % len(RECIPES)]]


def form_for(seed, index, key, rng):
    lst = FORMS[key]
    if key == "social_insurance_record":
        # cycle over the recipes that hold a social-insurance record, so each form occurs
        _, name, _, _ = recipe_for(seed, index)
        with_si = [r[1] for r in RECIPES if r[2].get("si")]
        index = with_si.index(name) if name in with_si else index
    off = random.Random("form:%d:%s" % (seed, key)).randrange(len(lst))
    return lst[(index + off) % len(lst)]


def _rand_date(rng, lo, hi):
    return lo + dt.timedelta(days=rng.randint(0, max(0, (hi - lo).days)))


def _amount(rng, lo=150, hi=3200):
    return "%.2f" % (rng.randint(lo * 100, hi * 100) / 100)


def build(seed, index):
    verdict, rname, opt, intended = recipe_for(seed, index)
    rng = random.Random("%d:%d" % (seed, index))
    asof = _rand_date(rng, dt.date(2026, 11, 2), dt.date(2026, 12, 30))
    if opt.get("permit_recent"):
        # keep clear of holidays; weekend inside the window for the second variant
        while asof.weekday() not in (1, 2, 3):
            asof += dt.timedelta(days=1)
    application = opt.get("application", "first")
    age = opt.get("age") or rng.randint({"doctor": 31, "master": 27}.get(opt.get("edu"), 24), 41)
    male = rng.random() < 0.5
    region = D.pick(rng, D.REGIONS)
    birth = D.birth_for_age(rng, age, asof)
    if opt.get("homophone"):
        name = D.make_name_with_homophone(rng)
    else:
        name = D.make_name(rng)
    idn = D.person_id(rng, region, birth, male)
    hukou = D.hukou_address(rng, region)
    if opt.get("collective"):
        hukou = D.region_prefix(region) + "%s%s路%d号" % (D.pick(rng, D.ROAD_A), D.pick(rng, D.ROAD_A),
                                                        rng.randint(1, 300))
    employer = D.company(rng)
    old_employer = D.company(rng, used=(employer,))
    uscc = {employer: D.uscc(rng), old_employer: D.uscc(rng)}
    defects = []
    for k in opt:
        if k in DEFECT_OF:
            defects.append(DEFECT_OF[k] + (":" + opt[k] if k == "drop" else ""))

    docs = []

    def add(t, fields, rows=None, layout=None):
        doc = {"type": t, "layout": layout or form_for(seed, index, t, rng), "pages": [],
               "fields": fields, "rows": rows or []}
        docs.append(doc)
        return doc

    # ------------------------------------------------------------ id card
    if age >= 46:
        vf = _rand_date(rng, max(birth + relativedelta(years=46, days=2), asof - relativedelta(years=8)),
                        asof - relativedelta(days=200))
        vu = "long_term"
    else:
        yrs = 10 if age < 26 else 20
        vf = _rand_date(rng, asof - relativedelta(years=yrs) + relativedelta(days=60),
                        asof - relativedelta(days=120))
        vu = iso(vf + relativedelta(years=yrs))
    if opt.get("id_expired"):
        vu_d = asof - dt.timedelta(days=rng.randint(15, 160))
        vf = vu_d - relativedelta(years=10 if age < 26 else 20)
        vu = iso(vu_d)
    id_addr = hukou
    if opt.get("old_id_address"):
        id_addr = D.hukou_address(rng, region)
    authority = "%s公安局%s分局" % (region[1] or region[0], region[2])
    add("id_card", {"name": name, "sex": "男" if male else "女", "ethnicity": "汉",
                    "birth_date": iso(birth), "address": id_addr, "id_number": idn,
                    "issuing_authority": authority, "valid_from": iso(vf), "valid_until": vu})
    # ------------------------------------------------------------ residence permit
    if opt.get("permit_recent"):
        from .util import is_workday
        if opt["permit_recent"] == 2:
            x, n = asof, 0
            while True:
                n += is_workday(x)
                if n == 2:
                    break
                x -= dt.timedelta(days=1)
            issue = x - dt.timedelta(days=1)
        else:
            issue = asof - dt.timedelta(days=1)
            while issue.weekday() != 4:
                issue -= dt.timedelta(days=1)
    else:
        issue = _rand_date(rng, asof - relativedelta(months=30), asof - relativedelta(months=2))
    yrs = rng.choice([1, 2, 3])
    vu_p = issue + relativedelta(years=yrs) - dt.timedelta(days=1)
    while vu_p < asof + relativedelta(days=30):
        vu_p += relativedelta(years=1)
    if opt.get("permit_expired"):
        vu_p = asof - dt.timedelta(days=rng.randint(5, 90))
        issue = vu_p - relativedelta(years=1) + dt.timedelta(days=1)
    permit_hukou = D.one_char_variant(rng, hukou) if opt.get("hukou_diff") else hukou
    rp = add("residence_permit", {
        "name": name, "id_number": idn, "hukou_address": permit_hukou,
        "residence_address": D.sh_address(rng), "issue_date": iso(issue), "valid_from": iso(issue),
        "valid_until": iso(vu_p)})
    # ------------------------------------------------------------ hukou
    if application == "first":
        if opt.get("collective"):
            add("collective_hukou_certificate", {
                "name": name, "id_number": idn, "address": hukou,
                "issue_date": iso(asof - dt.timedelta(days=rng.randint(10, 60)))}, layout="letter")
        else:
            hform = form_for(seed, index, "household", rng)
            head = D.make_name(rng, surname=name[0])
            rel = ("子" if male else "女") if rng.random() < 0.6 else ("长子" if male else "长女")
            married = opt.get("marriage") or (age > 30 and rng.random() < 0.5)
            edu_word = {"master": "研究生", "doctor": "研究生", "college": "大学专科",
                        "none": "高中"}.get(opt.get("edu"), "大学本科")
            cover = {"household_type": rng.choice(["家庭户", "家庭户", "农业家庭户"]
                                                  if "村" in hukou else ["家庭户", "非农业家庭户"]),
                     "head_name": head, "household_number": "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                     "address": hukou,
                     "issue_date": iso(_rand_date(rng, dt.date(2004, 1, 1), dt.date(2019, 12, 31)))}
            bp = region[0] + (region[1] or region[2])
            member = {"name": name, "relation_to_head": rel, "sex": "男" if male else "女",
                      "birthplace": bp, "ethnicity": "汉", "native_place": bp,
                      "birth_date": iso(birth), "id_number": idn, "education": edu_word,
                      "marital_status": "已婚" if married else "未婚",
                      "employer": employer if rng.random() < 0.6 else "",
                      "registration_date": iso(_rand_date(rng, birth + relativedelta(days=20),
                                                          birth + relativedelta(years=18)))}
            if opt.get("drop") in ("household_register_cover", "household_register_member") \
                    and hform in ("open_booklet", "a4_copy_both"):
                hform = "booklet_typed"
            mform = hform if hform in ("open_booklet", "a4_copy_both") else (
                "card_hand" if hform == "booklet_hand" else rng.choice(["card_typed", "card_hand"]))
            if opt.get("drop") != "household_register_cover":
                add("household_register_cover", cover, layout=hform)
            if opt.get("drop") != "household_register_member":
                add("household_register_member", member, layout=mform)
    # ------------------------------------------------------------ labour contract
    tax_change = None
    if opt.get("tax_jobchange") or opt.get("si_jobchange"):
        tax_change = month_add(ym(asof), -rng.randint(4, 8))  # first month at the new employer
    if opt.get("contract_old"):
        c_emp = old_employer
        start = _rand_date(rng, asof - relativedelta(years=3), asof - relativedelta(years=2))
        end = start + relativedelta(years=3) - dt.timedelta(days=1)
        if end < asof + relativedelta(months=3):
            end = start + relativedelta(years=5) - dt.timedelta(days=1)
    else:
        c_emp = employer
        if tax_change:
            start = dt.date(*map(int, tax_change.split("-")), 1)
        elif opt.get("contract_short"):
            start = _rand_date(rng, asof - relativedelta(months=7), asof - relativedelta(months=3))
        else:
            start = _rand_date(rng, asof - relativedelta(years=4), asof - relativedelta(months=8))
        term = rng.choice([3, 3, 5, 2])
        end = start + relativedelta(years=term) - dt.timedelta(days=1)
        if opt.get("contract_short"):
            end = start + relativedelta(months=rng.choice([10, 11])) - dt.timedelta(days=1)
        if opt.get("contract_end_weeks"):
            end = asof + dt.timedelta(weeks=opt["contract_end_weeks"], days=rng.randint(0, 3))
            start = end - relativedelta(years=rng.choice([2, 3])) + dt.timedelta(days=1)
        while not (opt.get("contract_end_weeks") or opt.get("contract_short")) \
                and end < asof + relativedelta(months=3):
            end += relativedelta(years=1)
    open_ended = bool(opt.get("open_ended"))
    c_name = D.homophone_of(name) if opt.get("homophone") else name
    c_id = idn
    if opt.get("id_other"):
        seq = (int(idn[14:17]) + 2 * rng.randint(1, 200)) % 1000
        c_id = make_id(idn[:6], birth, seq)
    add("labour_contract", {
        "employer": c_emp, "employee_name": c_name, "employee_id_number": c_id,
        "start_date": iso(start), "end_date": None if open_ended else iso(end),
        "open_ended": open_ended, "signing_date": iso(start - dt.timedelta(days=rng.randint(0, 12)))})
    # ------------------------------------------------------------ tax record
    window = tax_window(asof)
    last = window[-1]
    first = rng.choice(["%d-01" % asof.year, window[0], month_add(window[0], -rng.randint(1, 6))])
    if opt.get("tax_jobchange") and first >= tax_change:
        first = month_add(tax_change, -3)
    deadline = dt.date(*map(int, month_add(last, 1).split("-")), 15)
    issue_t = _rand_date(rng, max(deadline, asof - dt.timedelta(days=12)), asof)
    if opt.get("tax_early_print"):
        last = month_add(last, -1)
        issue_t = _rand_date(rng, deadline - dt.timedelta(days=25), deadline - dt.timedelta(days=3))
    months = []
    m = first
    while m <= last:
        months.append(m)
        m = month_add(m, 1)
    if opt.get("tax_gap"):
        gap = rng.choice(window[1:-1])
        months.remove(gap)
    rows = []
    zero = set(rng.sample(months, 2)) if opt.get("tax_zero") else set()
    for m in months:
        agent = employer
        if tax_change and m < tax_change:
            agent = old_employer
        if opt.get("tax_agency"):
            agent = D.agency(rng) if not rows else rows[-1]["withholding_agent"]
        rows.append({"period": m, "withholding_agent": agent,
                     "amount": "0.00" if m in zero else _amount(rng)})
        if opt.get("tax_extra") and m in (window[1], window[4]):
            other = D.company(rng, used=(employer, old_employer))
            uscc[other] = D.uscc(rng)
            rows.append({"period": m, "withholding_agent": other, "amount": _amount(rng, 40, 900),
                         "item": "劳务报酬所得"})
    if opt.get("tax_extra"):
        # 全年一次性奖金 paid by the employer in an earlier month
        rows.append({"period": months[0], "withholding_agent": employer,
                     "amount": _amount(rng, 1000, 9000), "item": "全年一次性奖金收入"})
    for r in rows:
        if r["withholding_agent"] not in uscc:
            uscc[r["withholding_agent"]] = D.uscc(rng)
    rows.sort(key=lambda r: (r["period"], r.get("item", "")))
    t_name = name
    t_id = idn
    if opt.get("id_typo") and not opt.get("si"):
        t_id = _typo(rng, idn)
    add("tax_record", {"name": t_name, "id_number": t_id, "issue_date": iso(issue_t)}, rows)
    # ------------------------------------------------------------ social insurance
    if opt.get("si"):
        n = opt["si"]
        end_m = ym(asof) if rng.random() < 0.6 else month_add(ym(asof), -1)
        if opt.get("si_stop"):
            end_m = month_add(ym(asof), -opt["si_stop"] - 1)
        ms = [month_add(end_m, -k) for k in range(n - 1, -1, -1)]
        base0 = rng.choice([7384, 9500, 12500, 15000, 18000, 24000, 11280])
        srows = []
        ag = D.agency(rng)
        for i, m in enumerate(ms):
            emp = employer
            if tax_change and m < tax_change:
                emp = old_employer
            if opt.get("si_agency") and i >= n - rng.choice([3, 5, 14]):
                emp = ag
            base = base0 if m >= "%s-07" % m[:4] else int(base0 * 0.94)
            back = False
            if opt.get("si_backpay") and (i >= n - 2 or i % 3 != 0):
                back = True
            srows.append({"month": m, "employer": emp, "base": "%.2f" % base, "back_payment": back})
        if opt.get("si_old_backpay"):
            srows[0]["back_payment"] = True
            srows[1]["back_payment"] = True
        s_id = _typo(rng, idn) if opt.get("id_typo") else idn
        add("social_insurance_record", {"name": name, "id_number": s_id}, srows)
    # ------------------------------------------------------------ education
    edu = opt.get("edu", "bachelor")
    grad_age = {"college": 21, "master": 25, "doctor": 28}.get(edu, 22)
    gy = birth.year + grad_age
    gdate = dt.date(gy, 6, 30) if rng.random() < 0.6 else dt.date(gy, 7, 1)
    school = D.pick(rng, D.SCHOOLS)
    major, disc = D.pick(rng, D.MAJORS)
    mode = "普通全日制"
    if edu == "college":
        add("diploma", {"name": name, "school": D.pick(rng, D.COLLEGES), "major": D.pick(rng, D.COLLEGE_MAJORS),
                        "level": "专科", "graduation_date": iso(gdate), "study_mode": mode})
    elif edu in ("bachelor", "bachelor_only", "adult", "degree_only"):
        if edu == "adult":
            mode = "业余"
        if edu != "degree_only":
            add("diploma", {"name": name, "school": school, "major": major, "level": "本科",
                            "graduation_date": iso(gdate), "study_mode": mode},
                layout="adult" if edu == "adult" else None)
        if edu != "bachelor_only":
            add("degree_certificate", {"name": name, "school": school, "major": major, "level": "学士",
                                       "graduation_date": iso(gdate)})
        if opt.get("xuexin"):
            add("diploma", {"name": name, "school": school, "major": major, "level": "本科",
                            "graduation_date": iso(gdate), "study_mode": mode, "online_record": True},
                layout="xuexin")
    elif edu in ("master", "doctor"):
        lv = "硕士" if edu == "master" else "博士"
        add("diploma", {"name": name, "school": school, "major": major, "level": lv + "研究生",
                        "graduation_date": iso(gdate), "study_mode": mode})
        add("degree_certificate", {"name": name, "school": school, "major": major, "level": lv,
                                   "graduation_date": iso(gdate)})
    # ------------------------------------------------------------ marriage
    if opt.get("marriage"):
        sp_male = not male
        sp_birth = birth + dt.timedelta(days=rng.randint(-900, 900))
        sp_region = D.pick(rng, D.REGIONS)
        reg = _rand_date(rng, max(birth, sp_birth) + relativedelta(years=24), asof - relativedelta(months=6))
        add("marriage_certificate", {
            "holder_name": name, "spouse_name": D.make_name(rng),
            "spouse_id_number": D.person_id(rng, sp_region, sp_birth, sp_male),
            "registration_date": iso(reg)})
    if opt.get("unknown"):
        add("unknown", {}, layout=D.pick(rng, FORMS["unknown"]))
    for doc in docs:
        if doc["type"] == "diploma" and doc["layout"] in ("bachelor_classic", "degree_modern"):
            doc["layout"] = "classic_landscape"
    if opt.get("drop") and opt["drop"] not in ("household_register_member", "household_register_cover"):
        docs[:] = [x for x in docs if x["type"] != opt["drop"]]
    ctx = {"seed": seed, "index": index, "recipe": rname, "intended_verdict": verdict,
           "intended_rules": intended, "as_of": asof, "uscc": uscc, "employer": employer,
           "old_employer": old_employer, "region": region, "male": male,
           "discipline": disc, "tax_change": tax_change}
    truth = {"packet": None, "as_of": iso(asof), "application": application, "defects": defects,
             "expected_rules": None, "verdict": None, "points": None, "pages": [], "documents": docs}
    return truth, ctx, rng


def _typo(rng, idn):
    i = rng.randint(10, 16)
    c = str((int(idn[i]) + rng.randint(1, 9)) % 10)
    from .util import id_valid
    out = idn[:i] + c + idn[i + 1:]
    if id_valid(out):
        return _typo(rng, idn)
    return out
