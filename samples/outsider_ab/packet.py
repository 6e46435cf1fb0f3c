"""Draw one packet's facts: the person, the documents (truth fields/rows) and
the defects of its scenario. Rendering is in compose.py."""
import datetime as dt
import random

from dateutil.relativedelta import relativedelta

from . import people as P
from .ids import make_id, id_check_char, id_valid, make_uscc
from .rules import tax_window, month_add, ym, working_days_after, is_workday

# ---------------------------------------------------------------- scenarios
R, V, F = "ready", "review", "fix"
SCENARIOS = (
    [dict(v=R, app="first")] * 9 + [dict(v=R, app="renewal")] * 4 +
    [dict(v=V, app="first", d=["idcard_front_only"]),
     dict(v=V, app="renewal", d=["permit_too_recent"]),
     dict(v=V, app="first", d=["edu_no_degree"]),
     dict(v=V, app="first", d=["degree_without_diploma"]),
     dict(v=V, app="renewal", d=["adult_diploma"]),
     dict(v=V, app="first", d=["permit_card_only"]),
     dict(v=V, app="first", d=["dark_duplicate_photo"])] +
    [dict(v=F, app="first", d=["missing_tax"]),
     dict(v=F, app="first", d=["missing_hukou"]),
     dict(v=F, app="first", d=["spouse_id_invalid"]),
     dict(v=F, app="renewal", d=["id_typo_contract"]),
     dict(v=F, app="first", d=["id_other_valid_tax"]),
     dict(v=F, app="first", d=["name_char_contract"]),
     dict(v=F, app="renewal", d=["name_char_tax", "tax_gap_month"]),
     dict(v=F, app="first", d=["hukou_char"]),
     dict(v=F, app="first", d=["collective_addr_diff"]),
     dict(v=F, app="first", d=["permit_expired"]),
     dict(v=F, app="renewal", d=["permit_expired", "contract_ends_soon"]),
     dict(v=F, app="first", d=["idcard_expired", "si_not_paying"]),
     dict(v=F, app="first", d=["idcard_expired", "si_short_record"]),
     dict(v=F, app="first", d=["age_under_18"]),
     dict(v=F, app="renewal", d=["age_over_60"]),
     dict(v=F, app="first", d=["term_short"]),
     dict(v=F, app="first", d=["term_short", "agency_payer_tax"]),
     dict(v=F, app="first", d=["contract_ended", "si_not_paying"]),
     dict(v=F, app="renewal", d=["tax_print_early"]),
     dict(v=F, app="first", d=["agency_si", "si_backpay"])]
)
assert len(SCENARIOS) == 40


def scenario_for(seed, idx):
    order = list(range(len(SCENARIOS)))
    random.Random(f"{seed}-plan").shuffle(order)
    base = SCENARIOS[order[(idx - 1) % len(SCENARIOS)]]
    # which fix packets carry a blank back page (quality.unreadable_page)
    fix_idx = [i for i in range(1, len(SCENARIOS) + 1) if SCENARIOS[order[i - 1]]["v"] == F]
    blank = set(random.Random(f"{seed}-blank").sample(fix_idx, 3))
    s = dict(base)
    s["d"] = list(base.get("d", []))
    s["blank_back"] = ((idx - 1) % len(SCENARIOS)) + 1 in blank
    return s


def deck(seed, name, options, idx, count=40):
    n = max(count, len(options))
    lst = [options[i % len(options)] for i in range(n)]
    random.Random(f"{seed}-deck-{name}").shuffle(lst)
    return lst[(idx - 1) % n]


def rdate(rng, a, b):
    if b < a:
        a, b = b, a
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def iso(d):
    return d.isoformat() if d else None


# ---------------------------------------------------------------- builder
def build(seed, idx, count=40):
    sc = scenario_for(seed, idx)
    rng = random.Random(f"{seed}-{idx}")
    D = set(sc["d"])
    app = sc["app"]
    c = {"idx": idx, "seed": seed, "scenario": sc, "defects": list(sc["d"]), "app": app}
    as_of = rdate(rng, dt.date(2026, 11, 3), dt.date(2026, 12, 28))
    if "permit_too_recent" in D:
        as_of = rdate(rng, dt.date(2026, 11, 17), dt.date(2026, 12, 28))
        while not is_workday(as_of):
            as_of += dt.timedelta(days=1)
    c["as_of"] = as_of
    # decks (the emphasis spread)
    c["idp"] = deck(seed, "idp", ["sheet_side_card", "sheet_stack_card", "sheet_side", "sheet_stack",
                                  "sheet_side_cardboth", "photos", "sheet_stack_card", "sheet_side_card"], idx, count)
    c["rpform"] = deck(seed, "rp", ["info_grid2", "info_grid4", "info_list", "info_split", "info_textpdf",
                                    "screenshot", "info_grid4", "screenshot"], idx, count)
    c["hh"] = deck(seed, "hh", ["pair_side", "pair_stack", "spread_photo", "single", "collective", "pair_side",
                                "spread_photo", "pair_stack"], idx, count)
    c["lcform"] = deck(seed, "lc", ["model", "company", "model", "company", "model_open", "company_open"], idx, count)
    c["lccap"] = deck(seed, "lccap", ["image_pdf", "photos", "tiff_bw", "copy_pdf", "text_pdf", "scans", "image_pdf",
                                      "chat_photos"], idx, count)
    c["tax"] = deck(seed, "tax", ["national_pdf", "national_pdf", "income_screens", "old_form", "national_photo",
                                  "income_screens", "old_form", "national_scan"], idx, count)
    c["si"] = deck(seed, "si", ["none", "payments_pdf", "rights_pdf", "rights_photo", "none", "payments_scan",
                                "rights_pdf", "none"], idx, count)
    c["edu"] = deck(seed, "edu", ["pair_a4", "separate", "xuexin_degree", "diploma_xuexin_degree", "pair_a4",
                                  "separate", "pair_a4_xuexin", "xuexin_degree"], idx, count)
    c["extra"] = deck(seed, "extra", ["marriage", "none", "receipt", "rental", "none", "marriage", "none", "marriage"],
                      idx, count)
    c["wm"] = deck(seed, "wm", [True, False, True, True, False, True], idx, count)

    # ---- forced forms for defects
    if "idcard_front_only" in D:
        c["idp"] = rng.choice(["front_photo", "sheet_front_card"])
    if "permit_card_only" in D:
        c["rpform"] = "card_only"
        if c["idp"] in ("sheet_side", "sheet_stack", "photos", "front_photo"):
            c["idp"] = rng.choice(["sheet_side_card", "sheet_stack_card", "sheet_side_cardboth"])
    if "collective_addr_diff" in D:
        c["hh"] = "collective"
    elif c["hh"] == "collective" and "hukou_char" in D:
        c["hh"] = "pair_side"
    if "spouse_id_invalid" in D:
        c["extra"] = "marriage"
    if any(k in D for k in ("si_not_paying", "si_short_record", "si_backpay", "agency_si")) and c["si"] == "none":
        c["si"] = rng.choice(["payments_pdf", "rights_pdf", "rights_photo", "payments_scan"])
    if "si_backpay" in D:
        c["si"] = rng.choice(["rights_pdf", "rights_photo"])   # separate 补缴 section
    if "dark_duplicate_photo" in D and c["lccap"] in ("text_pdf",):
        c["lccap"] = "image_pdf"
    if app == "renewal" and c["rpform"] == "info_split" and rng.random() < 0.4:
        c["rpform"] = "card_only"

    # ---- person
    male = rng.random() < 0.5
    area = rng.choice(P.AREAS)
    if "age_under_18" in D:
        age = 17
    elif "age_over_60" in D:
        age = 61
    elif "spouse_id_invalid" in D:
        age = rng.randint(27, 43)
    elif sc["v"] == R and rng.random() < 0.2:
        age = rng.randint(44, 46)
        c["older_ready"] = True
        c["si"] = rng.choice(["payments_pdf", "rights_pdf", "rights_photo"])
    else:
        age = rng.randint(23, 43)
    birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(20, 340))
    name = P.pick_name(rng, male)
    idn = make_id(area[0], birth, rng.randint(0, 99), male)
    c.update(male=male, sex="男" if male else "女", area=area, birth=birth, name=name, id=idn, age=age)
    hukou = P.hukou_address(rng, area)
    res_addr, sh_code, sh_dist = P.sh_address(rng)
    c.update(hukou=hukou, res_addr=res_addr, sh_dist=sh_dist)
    auth = f"{area[2] or area[1]}公安局{area[3]}分局" if area[3].endswith("区") else f"{area[3]}公安局"
    c["authority"] = auth

    # ---- employer
    kind = rng.choice(["plain", "plain", "branch", "bracket", "group", "plain"])
    emp, emp_code = P.company(rng, kind)
    c["employer"] = emp
    c["emp_uscc"] = make_uscc(rng, emp_code)
    prev_emp, prev_code = P.company(rng, "plain")
    c["prev_employer"], c["prev_uscc"] = prev_emp, make_uscc(rng, prev_code)
    ag, ag_code = P.agency(rng)
    c["agency"], c["agency_uscc"] = ag, make_uscc(rng, ag_code)

    docs = []
    # ---- ID card
    def id_periods(b):
        # validity length by age at issue
        a = P.age_at(birth, b)
        return 5 if a < 16 else 10 if a < 26 else 20 if a < 46 else None
    if "idcard_expired" in D:
        until = as_of - dt.timedelta(days=rng.randint(8, 220))
        for yrs in (10, 20):
            frm = P.add_years(until, -yrs)
            if id_periods(frm) == yrs:
                break
        vf, vu = frm, until
    else:
        for _ in range(200):
            frm = rdate(rng, max(birth + relativedelta(years=16, days=30), as_of - relativedelta(years=19)),
                        as_of - dt.timedelta(days=60))
            n = id_periods(frm)
            if n is None:
                vf, vu = frm, "long_term"
                break
            until = P.add_years(frm, n)
            if until > as_of + dt.timedelta(days=90):
                vf, vu = frm, until
                break
    id_addr = hukou
    if rng.random() < 0.2 and c["hh"] != "collective":
        id_addr = P.hukou_address(rng, area)   # the card shows an older address (not a defect)
    idf = {"name": name, "sex": c["sex"], "ethnicity": rng.choice(["汉"] * 9 + ["回", "满", "土家"]),
           "birth_date": iso(birth), "address": id_addr, "id_number": idn, "issuing_authority": auth,
           "valid_from": iso(vf), "valid_until": vu if vu == "long_term" else iso(vu)}
    if "idcard_front_only" in D:
        idf.update(issuing_authority=None, valid_from=None, valid_until=None)
    c["ethnicity"] = idf["ethnicity"]
    docs.append({"key": "id", "type": "id_card", "layout": c["idp"], "fields": idf, "rows": []})

    # ---- residence permit
    years = rng.choice([1, 3, 3])
    if "permit_expired" in D:
        vu = as_of - dt.timedelta(days=rng.randint(5, 70))
        vf = P.add_years(vu + dt.timedelta(days=1), -years)
    elif "permit_too_recent" in D:
        n = rng.randint(1, 4)
        d0 = as_of - dt.timedelta(days=1)
        while working_days_after(d0, as_of) < n:
            d0 -= dt.timedelta(days=1)
        vf = d0
        vu = P.add_years(vf, years) - dt.timedelta(days=1)
    else:
        while True:
            vf = rdate(rng, as_of - relativedelta(years=years) + dt.timedelta(days=40), as_of - dt.timedelta(days=25))
            vu = P.add_years(vf, years) - dt.timedelta(days=1)
            if vu > as_of + dt.timedelta(days=20) and working_days_after(vf, as_of) >= 10:
                break
    rp_h = hukou
    rpf = {"name": name, "id_number": idn, "hukou_address": rp_h, "residence_address": res_addr,
           "issue_date": iso(vf), "valid_from": iso(vf), "valid_until": iso(vu)}
    c["rp_office"] = f"上海市公安局{sh_dist}分局"
    docs.append({"key": "rp", "type": "residence_permit", "layout": c["rpform"], "fields": rpf, "rows": []})

    # ---- household register
    c["head_self"] = rng.random() < 0.35 or age > 50
    if app == "first" and "missing_hukou" not in D:
        if c["hh"] == "collective":
            coll_addr = f"{P.area_prefix(area)}{P.road(rng)}{rng.randint(1, 400)}号"
            rpf["hukou_address"] = coll_addr
            docs.append({"key": "coll", "type": "collective_hukou_certificate", "layout": "letter",
                         "fields": {"name": name, "id_number": idn, "address": coll_addr,
                                    "issue_date": iso(as_of - dt.timedelta(days=rng.randint(3, 40)))}, "rows": []})
            c["coll_unit"] = rng.choice(["人才服务中心", "人力资源和社会保障局", "高校毕业生就业指导中心"])
        else:
            head = name if c["head_self"] else P.SURNAMES[0] if False else name[0] + P.pick_name(rng, True)[1:]
            rel = "户主" if c["head_self"] else rng.choice(["子", "长子", "次子"] if male else ["女", "长女", "次女"])
            cov_issue = rdate(rng, dt.date(2006, 1, 1), as_of - relativedelta(years=1))
            docs.append({"key": "cover", "type": "household_register_cover",
                         "layout": rng.choice(["grid_tall", "grid_wide"]),
                         "fields": {"household_type": rng.choice(["家庭户", "家庭户", "农业家庭户户", "非农业家庭户"])
                                    .replace("户户", "户"),
                                    "head_name": head, "household_number": str(rng.randint(100000000, 999999999)),
                                    "address": hukou, "issue_date": iso(cov_issue)}, "rows": []})
            edu_word = {"master": "研究生", "bachelor": "大学本科", "college": "大学专科"}
            mem = {"name": name, "relation_to_head": rel, "sex": c["sex"],
                   "birthplace": f"{area[1]}{area[2]}", "ethnicity": idf["ethnicity"],
                   "native_place": f"{area[1]}{area[2]}" if rng.random() < 0.8 else f"{rng.choice(P.AREAS)[1]}{rng.choice(P.AREAS)[2]}",
                   "birth_date": iso(birth), "id_number": idn, "education": None,
                   "marital_status": None, "employer": emp if rng.random() < 0.4 else None,
                   "registration_date": iso(rdate(rng, birth + dt.timedelta(days=30), cov_issue))}
            docs.append({"key": "member", "type": "household_register_member",
                         "layout": rng.choice(["card_typed", "card_hand", "card_typed"]), "fields": mem, "rows": []})
    # ---- labour contract
    open_ended = c["lcform"].endswith("_open") and not ({"term_short", "contract_ends_soon", "contract_ended"} & D)
    if c["lcform"].endswith("_open") and not open_ended:
        c["lcform"] = c["lcform"][:-5]
    if "term_short" in D:
        start = rdate(rng, as_of - relativedelta(months=6), as_of - relativedelta(months=2))
        start = start.replace(day=1)
        end = start + relativedelta(months=rng.choice([9, 10, 11])) - dt.timedelta(days=1)
        while end < as_of + relativedelta(months=2, days=5):
            end += relativedelta(months=1)
            end = (end.replace(day=1) + relativedelta(months=1)) - dt.timedelta(days=1)
    elif "contract_ends_soon" in D or "contract_ended" in D:
        end = as_of + dt.timedelta(days=rng.randint(6, 45)) if "contract_ends_soon" in D else \
            as_of - dt.timedelta(days=rng.randint(5, 60))
        start = P.add_years(end + dt.timedelta(days=1), -rng.choice([2, 3]))
    elif "si_short_record" in D:
        start = (as_of - relativedelta(months=5)).replace(day=1)
        end = P.add_years(start, 3) - dt.timedelta(days=1)
    else:
        for _ in range(100):
            start = rdate(rng, as_of - relativedelta(years=6), as_of - relativedelta(months=8))
            if rng.random() < 0.5:
                start = start.replace(day=1)
            end = P.add_years(start, rng.choice([3, 3, 5, 2])) - dt.timedelta(days=1)
            if open_ended or end > as_of + relativedelta(months=3):
                break
    if "age_under_18" in D:
        start = max(start, birth + relativedelta(years=16, months=2))
        end = max(end, P.add_years(start, 3) - dt.timedelta(days=1))
    sign = start - dt.timedelta(days=rng.randint(0, 12))
    lcf = {"employer": emp, "employee_name": name, "employee_id_number": idn, "start_date": iso(start),
           "end_date": None if open_ended else iso(end), "open_ended": open_ended, "signing_date": iso(sign)}
    c["probation_months"] = rng.choice([1, 2, 3, 6]) if not ("term_short" in D) else 1
    docs.append({"key": "lc", "type": "labour_contract", "layout": c["lcform"].replace("_open", ""),
                 "fields": lcf, "rows": []})
    c["contract_start"] = start

    # ---- tax record
    win = tax_window(as_of)
    last = win[-1]
    dl = dt.date(int(month_add(last, 1)[:4]), int(month_add(last, 1)[5:]), 15)
    issue = rdate(rng, dl + dt.timedelta(days=1), as_of) if dl < as_of else as_of
    end_m = last
    if "tax_print_early" in D:
        issue = dl - dt.timedelta(days=rng.randint(2, 12))
        end_m = month_add(last, -1)
    n_months = 12 if c["tax"] in ("national_pdf", "national_photo", "national_scan") else rng.choice([7, 8, 9])
    months = [month_add(end_m, -k) for k in range(n_months - 1, -1, -1)]
    cstart = ym(start)
    rows = []
    base_tax = rng.uniform(80, 2600)
    zero_ok = c["tax"] == "income_screens" and rng.random() < 0.5
    for m in months:
        payer = emp if m >= cstart else prev_emp
        if "agency_payer_tax" in D:
            payer = c["agency"]
        amt = 0.0 if (zero_ok and rng.random() < 0.25) else max(0.0, base_tax * rng.uniform(0.6, 1.4))
        rows.append({"period": m, "withholding_agent": payer, "amount": f"{amt:.2f}"})
    if c["tax"] != "income_screens" and rng.random() < 0.4:
        bm = [m for m in months if m[5:] in ("01", "02", "03")]
        if bm:
            rows.append({"period": bm[0], "withholding_agent": next(r["withholding_agent"] for r in rows if r["period"] == bm[0]),
                         "amount": f"{rng.uniform(300, 4000):.2f}", "_item": "全年一次性奖金收入"})
    if "tax_gap_month" in D:
        gap = win[rng.randint(1, 4)]
        rows = [r for r in rows if r["period"] != gap]
    rows.sort(key=lambda r: (r["period"], r.get("_item", "")))
    taxf = {"name": name, "id_number": idn, "issue_date": iso(issue)}
    if "name_char_tax" in D:
        taxf["name"] = P.swap_one_char(rng, name)
    if "id_other_valid_tax" in D:
        taxf["id_number"] = _other_valid(idn, rng)
    if "missing_tax" not in D:
        docs.append({"key": "tax", "type": "tax_record", "layout": c["tax"], "fields": taxf, "rows": rows})
    c["tax_months"] = months

    # ---- social insurance
    if c["si"] != "none":
        am = ym(as_of)
        if "si_not_paying" in D:
            last_m = month_add(am, -rng.choice([3, 4]))
            first_m = month_add(last_m, -rng.randint(14, 24))
        elif "si_short_record" in D:
            last_m = month_add(am, -rng.choice([0, 1]))
            first_m = month_add(am, -4)
        else:
            last_m = month_add(am, -rng.choice([0, 1]))
            span = rng.randint(12, 36)
            if c.get("older_ready"):
                span = rng.randint(26, 36)
            first_m = month_add(last_m, -(span - 1))
        srows = []
        m = first_m
        base_choices = ["7384.00", "8500.00", "10338.00", "12500.00", "15000.00", "18000.00", "22000.00"]
        bi = rng.randint(0, len(base_choices) - 2)
        while m <= last_m:
            e = emp if m >= cstart else prev_emp
            b = base_choices[min(len(base_choices) - 1, bi + (1 if m[5:] >= "07" and m[:4] == "2026" else 0))]
            srows.append({"month": m, "employer": e, "base": b, "back_payment": False})
            m = month_add(m, 1)
        if "si_backpay" in D:
            # 7–8 months of the last year paid late (补缴), recorded in a separate section
            bp = [month_add(am, -k) for k in range(rng.choice([8, 9]), 1, -1)]
            for r in srows:
                if r["month"] in bp:
                    r["back_payment"] = True
        elif rng.random() < 0.35 and len(srows) > 20:
            for r in srows[:rng.randint(1, 3)]:
                r["back_payment"] = True     # old back payment, outside the 12-month window
        if "agency_si" in D:
            for r in srows:
                if r["month"] >= month_add(am, -9):
                    r["employer"] = c["agency"]
        sif = {"name": name, "id_number": idn}
        docs.append({"key": "si", "type": "social_insurance_record", "layout": c["si"].split("_")[0],
                     "fields": sif, "rows": srows})

    # ---- education
    prof = "bachelor_degree"
    if "age_under_18" in D:
        prof = "none"
    elif "edu_no_degree" in D:
        prof = "bachelor_only"
    elif "degree_without_diploma" in D:
        prof = "degree_only"
    elif "adult_diploma" in D:
        prof = "adult"
    elif sc["v"] == R:
        prof = rng.choice(["bachelor_degree"] * 4 + ["master"])
    elif sc["v"] == F:
        prof = rng.choice(["bachelor_degree", "bachelor_degree", "master", "bachelor_only", "college", "none"])
    c["edu_profile"] = prof
    school = rng.choice(P.SCHOOLS)
    major, disc = rng.choice(P.MAJORS)
    grad_age = 22 if prof in ("bachelor_degree", "bachelor_only", "degree_only") else 21 if prof == "college" else 25 if prof == "master" else 24
    gy = birth.year + grad_age + (1 if birth.month >= 9 else 0)
    grad = dt.date(gy, 6, rng.choice([20, 25, 28, 30, 30]))
    if grad > as_of - relativedelta(years=1):
        grad = dt.date(as_of.year - 2, 6, 30)
    c.update(school=school, major=major, disc=disc, grad=grad)
    if prof == "master":
        c["bach_school"] = rng.choice(P.SCHOOLS)
    mem = next((d for d in docs if d["key"] == "member"), None)
    if mem:
        mem["fields"]["education"] = {"master": "研究生", "bachelor_degree": "大学本科", "bachelor_only": "大学本科",
                                      "degree_only": "大学本科", "adult": "大学本科", "college": "大学专科",
                                      "none": "高中"}[prof]
    edu_docs = []
    if prof in ("bachelor_degree", "bachelor_only", "master", "college", "adult"):
        level = {"master": "硕士研究生", "college": "专科"}.get(prof, "本科")
        mode = "成人教育" if prof == "adult" else "普通全日制"
        if prof == "adult":
            grad = dt.date(as_of.year - rng.randint(3, 8), 1, rng.choice([10, 15, 20]))
            c["grad"] = grad
        dipf = {"name": name, "school": school, "major": major, "level": level,
                "graduation_date": iso(grad), "study_mode": mode}
        edu = c["edu"]
        if prof == "adult":
            edu = rng.choice(["separate", "pair_a4"])
        c["edu"] = edu
        if "xuexin" not in edu or "diploma_xuexin" in edu or edu == "pair_a4_xuexin":
            edu_docs.append({"key": "dip", "type": "diploma", "layout": rng.choice(["classic", "modern"]),
                             "fields": dict(dipf), "rows": []})
        if "xuexin" in edu:
            xf = dict(dipf)
            xf["online_record"] = True
            edu_docs.append({"key": "xx", "type": "diploma", "layout": "xuexin", "fields": xf, "rows": []})
    if prof in ("bachelor_degree", "master", "degree_only", "adult"):
        dl_ = "硕士" if prof == "master" else "学士"
        edu_docs.append({"key": "deg", "type": "degree_certificate", "layout": rng.choice(["classic", "modern"]),
                         "fields": {"name": name, "school": school, "major": major, "level": dl_,
                                    "graduation_date": iso(c["grad"])}, "rows": []})
    if prof == "degree_only":
        c["edu"] = "separate"
    docs.extend(edu_docs)

    # ---- marriage
    if c["extra"] == "marriage" and age >= 24:
        sp_male = not male
        sp_area = rng.choice(P.AREAS)
        sp_birth = birth + dt.timedelta(days=rng.randint(-1500, 1500))
        sp_id = make_id(sp_area[0], sp_birth, rng.randint(0, 99), sp_male)
        if "spouse_id_invalid" in D:
            bad = str((int(sp_id[16]) + rng.randint(1, 8)) % 10)
            sp_id = sp_id[:16] + bad + sp_id[17]
            assert not id_valid(sp_id)
        reg = rdate(rng, max(birth + relativedelta(years=23), as_of - relativedelta(years=14)), as_of - relativedelta(months=3))
        c.update(sp_name=P.pick_name(rng, sp_male), sp_sex="男" if sp_male else "女", sp_birth=sp_birth)
        docs.append({"key": "mar", "type": "marriage_certificate", "layout": "open_spread",
                     "fields": {"holder_name": name, "spouse_name": c["sp_name"], "spouse_id_number": sp_id,
                                "registration_date": iso(reg)}, "rows": []})
        if mem:
            mem["fields"]["marital_status"] = "已婚"
    elif c["extra"] == "marriage":
        c["extra"] = "receipt"
    if mem and mem["fields"]["marital_status"] is None:
        mem["fields"]["marital_status"] = "已婚" if age > 32 and rng.random() < 0.6 else "未婚"

    # ---- defects on fields
    byk = {d["key"]: d for d in docs}
    if "id_typo_contract" in D:
        s = idn
        for _ in range(20):
            pos = rng.choice([14, 15, 16])
            cand = s[:pos] + str((int(s[pos]) + rng.randint(1, 9)) % 10) + s[pos + 1:]
            if not id_valid(cand):
                break
        byk["lc"]["fields"]["employee_id_number"] = cand
    if "name_char_contract" in D:
        byk["lc"]["fields"]["employee_name"] = P.swap_one_char(rng, name)
    if "hukou_char" in D:
        byk["rp"]["fields"]["hukou_address"] = _alter_addr(rng, byk["rp"]["fields"]["hukou_address"])
    if "collective_addr_diff" in D:
        byk["rp"]["fields"]["hukou_address"] = _alter_addr(rng, byk["coll"]["fields"]["address"])
    if "permit_card_only" in D or c["rpform"] == "card_only":
        byk["rp"]["fields"]["hukou_address"] = None
    c["docs"] = docs
    return c


def _other_valid(idn, rng):
    d = int(idn[12:14])
    nd = d + rng.choice([1, 2, 3, -1, -2]) if 3 < d < 26 else 14
    first = idn[:12] + f"{nd:02d}" + idn[14:17]
    return first + id_check_char(first)


def _alter_addr(rng, a):
    import re
    nums = [m for m in re.finditer(r"\d+", a)]
    if nums and rng.random() < 0.6:
        m = rng.choice(nums)
        s = m.group()
        k = rng.randrange(len(s))
        nd = str((int(s[k]) + rng.randint(1, 8)) % 10)
        if k == 0 and nd == "0":
            nd = "9" if s[k] != "9" else "8"
        return a[:m.start()] + s[:k] + nd + s[k + 1:] + a[m.end():]
    for ch, alt in [("路", "街"), ("村", "庄"), ("幢", "栋"), ("组", "队"), ("单元", "栋")]:
        if ch in a:
            i = a.rfind(ch)
            return a[:i] + alt + a[i + len(ch):]
    return a + "附1号"
