"""Scenario table and the facts of one applicant -> truth documents.

A packet is fully determined by (seed, index): ``plan_packet`` returns the
truth documents (fields as SPEC §3 names them, normalised; ``raw`` holds the
strings as printed) and the forms each is drawn in.  Rendering and capture
happen in packet.py."""
from __future__ import annotations

import datetime as dt
import random

from dateutil.relativedelta import relativedelta

from . import ids
from .fmt import fullwidth_digits
from .rules import norm_text, tax_window, completed_age

# ---------------------------------------------------------------------------
# scenarios: (key, verdict, application, defects, expected rules, options)
S = []


def _s(key, verdict, app, defects, expect, **opt):
    S.append(dict(key=key, verdict=verdict, application=app, defects=defects, expect=sorted(expect), opt=opt))


# ready ---------------------------------------------------------------------
_s("ready_basic", "ready", "first", [], [], edu="bachelor_deg", si=True)
_s("ready_xuexin", "ready", "first", [], [], edu="bachelor_deg_xuexin")
_s("ready_collective", "ready", "first", [], [], edu="bachelor_deg", hukou="collective", si=True)
_s("ready_master_44plus", "ready", "first", [], [], edu="master", age=(44, 46))
_s("ready_doctor_50", "ready", "first", [], [], edu="doctor", age=(49, 51), si=True)
_s("ready_si_years", "ready", "first", [], [], edu="bachelor_deg", age=(44, 44), si=True, si_months=(24, 30))
_s("ready_adult_with_record", "ready", "first", [], [], edu="adult_bachelor_xuexin")
_s("ready_married_collective", "ready", "first", [], [], edu="bachelor_deg", hukou="collective", marriage=True)
_s("ready_open_ended", "ready", "first", [], [], edu="bachelor_deg", contract="open_ended", si=True)
_s("ready_renewal_book", "ready", "first", [], [], edu="bachelor_deg", contract="renewal_book")
_s("ready_with_other_papers", "ready", "first", [], [], edu="bachelor_deg", unknown=["receipt", "rental"], marriage=True)
_s("ready_renewal_card", "ready", "renewal", [], [], edu="bachelor_deg", hukou="none", permit="card")
_s("ready_renewal_app", "ready", "renewal", [], [], edu="master", hukou="none", permit="app_screen", si=True)
_s("ready_job_change", "ready", "first", [], [], edu="bachelor_deg", job_change=True, si=True)
# review --------------------------------------------------------------------
_s("review_permit_new", "review", "first", ["permit_issued_days_ago"], ["permit.too_recent"], edu="bachelor_deg")
_s("review_id_front_only", "review", "first", ["id_card_back_missing"], ["field.unreadable"], edu="bachelor_deg",
   id_form="front_only")
_s("review_permit_card_first", "review", "first", ["permit_card_has_no_hukou_address"], ["field.unreadable"],
   edu="bachelor_deg", permit="card", si=True)
_s("review_degree_only", "review", "first", ["degree_without_diploma"], ["points.claim_unsupported"],
   edu="degree_only")
_s("review_adult_no_record", "review", "first", ["adult_diploma_without_record"], ["points.claim_unsupported"],
   edu="adult_bachelor")
_s("review_college", "review", "first", ["points_below_standard"], ["points.below_standard"], edu="college")
_s("review_blank_page", "review", "first", ["blank_back_page"], ["quality.unreadable_page"], edu="bachelor_deg",
   blank=True, si=True)
_s("review_contract_term_page_missing", "review", "first", ["contract_term_page_missing"], ["field.unreadable"],
   edu="bachelor_deg", contract="term_page_missing")
# fix -----------------------------------------------------------------------
_s("fix_no_tax_record", "fix", "first", ["missing_tax_record"], ["packet.missing_document"], edu="bachelor_deg",
   tax="none", si=True)
_s("fix_no_hukou_cover", "fix", "first", ["missing_household_cover"], ["packet.missing_document"],
   edu="bachelor_deg", hukou="member_only")
_s("fix_contract_id_typo", "fix", "first", ["contract_id_number_typo"],
   ["identity.id_number_invalid", "identity.id_number_mismatch"], edu="bachelor_deg")
_s("fix_name_one_char", "fix", "first", ["contract_name_one_char"], ["identity.name_mismatch"], edu="bachelor_deg")
_s("fix_id_number_other", "fix", "first", ["social_insurance_other_id_number"], ["identity.id_number_mismatch"],
   edu="bachelor_deg", si=True)
_s("fix_hukou_address_char", "fix", "first", ["hukou_address_one_char"], ["address.hukou_mismatch"],
   edu="bachelor_deg")
_s("fix_collective_address_char", "fix", "first", ["collective_address_one_char"], ["address.hukou_mismatch"],
   edu="bachelor_deg", hukou="collective")
_s("fix_permit_expired", "fix", "first", ["permit_expired"], ["permit.expired"], edu="bachelor_deg")
_s("fix_id_card_expired", "fix", "first", ["id_card_expired"], ["id_card.expired"], edu="bachelor_deg",
   age=(27, 34), id_form="cards")
_s("fix_age_over_60", "fix", "first", ["age_over_60"], ["applicant.age_out_of_range", "points.below_standard"],
   edu="bachelor_deg", age=(61, 62))
_s("fix_contract_term_short", "fix", "first", ["contract_term_under_one_year"], ["contract.term_too_short"],
   edu="bachelor_deg")
_s("fix_contract_ends_soon", "fix", "first", ["contract_ends_soon"], ["contract.ends_within_two_months"],
   edu="bachelor_deg", si=True)
_s("fix_tax_gap", "fix", "first", ["tax_missing_month"], ["tax.missing_months"], edu="bachelor_deg")
_s("fix_tax_print_too_early", "fix", "renewal", ["tax_latest_months_not_on_print"], ["tax.missing_months"],
   edu="bachelor_deg", hukou="none")
_s("fix_tax_by_agency", "fix", "first", ["tax_paid_by_agency"], ["employer.mismatch"], edu="bachelor_deg")
_s("fix_si_by_agency", "fix", "first", ["social_insurance_by_agency"], ["employer.mismatch"], edu="bachelor_deg",
   si=True)
_s("fix_si_back_payments", "fix", "first", ["social_insurance_back_payments"],
   ["social_insurance.insufficient_months"], edu="bachelor_deg", si=True)
_s("fix_si_stopped", "fix", "first", ["social_insurance_stopped"], ["social_insurance.not_paying"],
   edu="bachelor_deg", si=True)

# forms cycled over the packets so every one is drawn
FORMS = {
    "id_card": ["cards", "a4_copy", "a4_with_permit", "cards", "a4_copy", "cards_heic"],
    "residence_permit": ["info_grid2", "info_grid4", "info_list", "app_screen", "card_plus_info", "web_monitor",
                         "info_label_above"],
    "household_register_cover": ["cover_grid", "cover_stacked", "cover_hand"],
    "household_register_member": ["card_typed", "card_hand", "card_dense"],
    "hukou_capture": ["separate", "a4_combo", "booklet_open", "separate"],
    "labour_contract": ["sh_model", "company_table", "hire_contract", "sh_model_years", "company_table"],
    "tax_record": ["national_rl", "national_fpdf", "national_html", "income_detail_app", "wanshui_old",
                   "national_rl_photo", "national_html_agentcol"],
    "social_insurance_record": ["sh_personal", "equity_record", "backpay_section", "si_app", "range_rows"],
    "diploma": ["modern", "classic"],
    "degree_certificate": ["bachelor"],
}


def _add_months(ym: str, k: int) -> str:
    y, m = int(ym[:4]), int(ym[5:7])
    n = y * 12 + m - 1 + k
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _mdate(ym: str, day: int) -> dt.date:
    return dt.date(int(ym[:4]), int(ym[5:7]), day)


def _rand_date(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


def _sex_words(male):
    return "男" if male else "女"


ETHN = ["汉"] * 14 + ["回", "满", "壮", "苗", "土家", "蒙古"]
EDU_MEMBER = {"college": "大学专科", "bachelor": "大学本科", "master": "研究生", "doctor": "研究生"}


class Packet:
    pass


def plan_packet(seed: int, index: int, count: int) -> dict:
    rng = random.Random(f"outsider-v/{seed}/{index}")
    order = list(range(len(S)))
    random.Random(f"outsider-v/order/{seed}").shuffle(order)
    sc = S[order[index % len(S)]]
    opt = dict(sc["opt"])
    cyc = random.Random(f"outsider-v/forms/{seed}")
    form = {}
    for t, lst in FORMS.items():
        off = cyc.randrange(len(lst))
        form[t] = lst[(index + off) % len(lst)]
    defects = set(sc["defects"])

    # ------------------------------------------------------------ as-of date
    as_of = dt.date(2026, 11, 2) + dt.timedelta(days=rng.randint(0, 50))
    if "permit_issued_days_ago" in defects:
        while as_of.weekday() > 4:
            as_of += dt.timedelta(days=1)

    # --------------------------------------------------------------- person
    male = rng.random() < 0.5
    lo, hi = opt.get("age", (24, 43))
    age = rng.randint(lo, hi)
    birth = dt.date(as_of.year - age, 1, 1) - dt.timedelta(days=rng.randint(1, 364))
    birth = _rand_date(rng, dt.date(as_of.year - age - 1, as_of.month, min(as_of.day, 28)) + dt.timedelta(days=2),
                       dt.date(as_of.year - age, as_of.month, min(as_of.day, 28)) - dt.timedelta(days=2))
    assert completed_age(birth, as_of) == age, (birth, as_of, age)
    area = rng.choice(ids.HUKOU_AREAS)
    rare = rng.random() < 0.12
    name = ids.person_name(rng, rare)
    idn = ids.make_id(area[0], birth, male, rng)
    ethn = rng.choice(ETHN)
    hukou_kind = opt.get("hukou", "collective" if rng.random() < 0.15 else "book")
    if hukou_kind == "collective":
        hk_addr_raw = ids.collective_address(area, rng)
    else:
        hk_addr_raw = ids.hukou_address(area, rng)
    if rng.random() < 0.2:                          # some documents print full-width digits
        hk_addr_fw = fullwidth_digits(hk_addr_raw)
    else:
        hk_addr_fw = hk_addr_raw
    res_district = rng.choice(ids.SH_DISTRICTS)
    res_addr = ids.sh_address(rng, res_district[1])
    sh_dist_code = res_district[0]

    # employer, agency, previous employer
    def firm():
        nm = ids.company(rng)
        return {"name": nm, "uscc": ids.make_uscc(rng.choice(ids.SH_DISTRICTS)[0], rng)}

    employer = firm()
    prev_emp = firm()
    agency = {"name": ids.company(rng, "agency"), "uscc": ids.make_uscc(rng.choice(ids.SH_DISTRICTS)[0], rng)}
    while norm_text(prev_emp["name"]) == norm_text(employer["name"]):
        prev_emp = firm()

    docs = []

    def add(t, layout, fields, rows=None, raw=None, **o):
        doc = {"type": t, "layout": layout, "fields": fields, "rows": rows or [], "raw": raw or {}, "opts": o}
        docs.append(doc)
        return doc

    # ------------------------------------------------------------ id card
    id_form = opt.get("id_form", form["id_card"])
    if id_form == "a4_with_permit" and (opt.get("permit") in ("app_screen",) or form["residence_permit"] in (
            "app_screen", "web_monitor")):
        id_form = "a4_copy"
    for _ in range(100):
        vf = _rand_date(rng, as_of - relativedelta(years=14), as_of - relativedelta(months=3))
        a_iss = completed_age(birth, vf)
        if a_iss < 16:
            continue
        if a_iss < 26:
            vu = vf + relativedelta(years=10)
        elif a_iss < 46:
            vu = vf + relativedelta(years=20)
        else:
            vu = None
        if "id_card_expired" in defects:
            if vu is not None and as_of - relativedelta(months=8) < vu < as_of - dt.timedelta(days=5):
                break
            continue
        if vu is None or vu > as_of + relativedelta(months=2):
            break
    else:
        raise AssertionError("no id card validity fits")
    id_addr_raw = hk_addr_fw if hukou_kind != "collective" else hk_addr_raw
    if hukou_kind != "collective" and rng.random() < 0.15:     # an older address on the card (not a defect)
        id_addr_raw = ids.hukou_address(area, rng)
    idc_fields = dict(name=name, sex=_sex_words(male), ethnicity=ethn, birth_date=birth.isoformat(),
                      address=norm_text(id_addr_raw), id_number=idn, issuing_authority=ids.police(area),
                      valid_from=vf.isoformat(), valid_until=vu.isoformat() if vu else "long_term")
    if id_form == "front_only":
        for k in ("issuing_authority", "valid_from", "valid_until"):
            idc_fields[k] = None
    add("id_card", id_form, idc_fields, raw={"address": id_addr_raw})

    # ------------------------------------------------- residence permit
    pform = opt.get("permit", form["residence_permit"])
    if id_form == "a4_with_permit":
        pform = "card" if opt.get("permit") == "card" else "card_plus_info"
    if pform == "card" and sc["application"] == "first" and "permit_card_has_no_hukou_address" not in defects:
        pform = "card_plus_info"
    if sc["application"] == "first" and pform == "card" and "permit_card_has_no_hukou_address" not in defects:
        pform = "info_grid2"
    term_years = rng.choice([1, 1, 3])
    if "permit_issued_days_ago" in defects:
        iss = as_of
        k = 0
        while k < rng.choice([2, 3, 4]):
            iss -= dt.timedelta(days=1)
            if iss.weekday() < 5:
                k += 1
        iss -= dt.timedelta(days=0)
    elif "permit_expired" in defects:
        iss = as_of - relativedelta(years=term_years) - dt.timedelta(days=rng.randint(5, 60))
    else:
        lo_d = 45
        hi_d = 330 if term_years == 1 else 900
        iss = as_of - dt.timedelta(days=rng.randint(lo_d, hi_d))
    p_until = iss + relativedelta(years=term_years) - dt.timedelta(days=1)
    if "permit_expired" not in defects and p_until < as_of:
        p_until = iss + relativedelta(years=3) - dt.timedelta(days=1)
    p_office = f"上海市公安局{res_district[1]}分局"
    rp_hk_raw = hk_addr_raw
    rp_fields = dict(name=name, id_number=idn, hukou_address=norm_text(rp_hk_raw), residence_address=norm_text(res_addr),
                     issue_date=iss.isoformat(), valid_from=iss.isoformat(), valid_until=p_until.isoformat())
    if pform == "card":
        rp_fields["hukou_address"] = None
    rp = add("residence_permit", pform, rp_fields, raw={"hukou_address": rp_hk_raw, "residence_address": res_addr,
                                                         "office": p_office})

    # --------------------------------------------------------------- hukou
    head_is_self = rng.random() < 0.3
    relation = "户主" if head_is_self else rng.choice(
        (["长子", "次子", "子"] if male else ["长女", "次女", "女"]) + (["夫"] if male else ["妻"]))
    if relation in ("夫", "妻"):
        head_name = ids.person_name(rng)
    elif head_is_self:
        head_name = name
    else:
        head_name = name[0] + "".join(rng.choice(ids.GIVEN) for _ in range(rng.choice([1, 2])))
        if len(name) > 2 and name[:2] in [s for s in ids.RARE_SURNAMES if len(s) == 2]:
            head_name = name[:2] + rng.choice(ids.GIVEN)
    hh_no = f"{rng.randint(10000000, 999999999):09d}"
    cover_addr_raw = hk_addr_fw
    if "hukou_address_one_char" in defects:
        cover_addr_raw = _one_char(hk_addr_fw, rng)
    birthplace = area[1] + (area[2] or area[3])
    edu_p = opt.get("edu", "bachelor_deg")
    level_key = "college" if edu_p == "college" else "master" if edu_p == "master" else "doctor" if edu_p == "doctor" else "bachelor"
    married = opt.get("marriage") or rng.random() < 0.35
    station = rng.choice(["人民路派出所", "城南派出所", "中心派出所", "新城派出所", "东关派出所", "西湖派出所"])
    seal_ring = ids.police(area) + station
    clerks = [ids.person_name(rng) for _ in range(2)]
    if hukou_kind in ("book", "member_only"):
        hform = form["hukou_capture"] if hukou_kind == "book" else "separate"
        if hform == "booklet_open" and not head_is_self:
            hform = "separate"
        c_iss = _rand_date(rng, dt.date(2005, 1, 1), as_of - relativedelta(years=1))
        if hukou_kind == "book":
            add("household_register_cover", form["household_register_cover"],
                dict(household_type="家庭户", head_name=norm_text(head_name), household_number=hh_no,
                     address=norm_text(cover_addr_raw), issue_date=c_iss.isoformat()),
                raw={"address": cover_addr_raw, "seal_ring": seal_ring, "clerk": clerks[0]}, capture=hform)
        reg = _rand_date(rng, max(birth + relativedelta(years=16), dt.date(1995, 1, 1)), as_of - relativedelta(months=6))
        emp_cell = rng.choice([None, None, employer["name"], prev_emp["name"]])
        add("household_register_member", form["household_register_member"],
            dict(name=name, relation_to_head=relation, sex=_sex_words(male), birthplace=birthplace, ethnicity=ethn,
                 native_place=birthplace if rng.random() < 0.7 else area[1] + rng.choice(["", ""]) + (area[2] or area[3]),
                 birth_date=birth.isoformat(), id_number=idn, education=EDU_MEMBER[level_key],
                 marital_status="已婚" if married else "未婚",
                 employer=norm_text(emp_cell) if emp_cell else None, registration_date=reg.isoformat()),
            raw={"employer": emp_cell, "seal_ring": seal_ring, "clerk": clerks[1]}, capture=hform)
    elif hukou_kind == "collective":
        c_addr_raw = hk_addr_raw
        if "collective_address_one_char" in defects:
            c_addr_raw = _one_char(hk_addr_raw, rng)
        add("collective_hukou_certificate", rng.choice(["letter", "letter_table"]),
            dict(name=name, id_number=idn, address=norm_text(c_addr_raw),
                 issue_date=(as_of - dt.timedelta(days=rng.randint(10, 80))).isoformat()),
            raw={"address": c_addr_raw, "office": seal_ring, "no": f"{as_of.year}{rng.randint(1, 99999):05d}"})

    # ------------------------------------------------------------ contract
    cform = opt.get("contract", form["labour_contract"])
    open_ended = cform == "open_ended" or (cform in ("sh_model", "company_table") and rng.random() < 0.12
                                            and not defects & {"contract_ends_soon", "contract_term_under_one_year"})
    if cform == "open_ended":
        cform = rng.choice(["sh_model", "company_table"])
    job_change = opt.get("job_change")
    if job_change:
        start = _mdate(_add_months(tax_window(as_of)[0], rng.randint(1, 4)), 1)
    else:
        start = _rand_date(rng, as_of - relativedelta(years=6), as_of - relativedelta(months=14)).replace(day=1) \
            if rng.random() < 0.7 else _rand_date(rng, as_of - relativedelta(years=5), as_of - relativedelta(months=14))
    years = rng.choice([2, 3, 3, 5])
    end = start + relativedelta(years=years) - dt.timedelta(days=1)
    while end < as_of + relativedelta(months=4) and cform != "renewal_book":
        years += 1
        end = start + relativedelta(years=years) - dt.timedelta(days=1)
    if cform == "renewal_book":
        start = _rand_date(rng, as_of - relativedelta(years=2), as_of - relativedelta(months=3))
        end = start + relativedelta(years=3) - dt.timedelta(days=1)
    if "contract_ends_soon" in defects:
        end = as_of + dt.timedelta(days=rng.randint(10, 45))
        start = end + dt.timedelta(days=1) - relativedelta(years=3)
    if "contract_term_under_one_year" in defects:
        start = (as_of - relativedelta(months=rng.randint(2, 5))).replace(day=1)
        end = start + relativedelta(months=rng.choice([10, 11])) - dt.timedelta(days=1)
    sign = start - dt.timedelta(days=rng.randint(0, 12))
    c_name, c_idn = name, idn
    if "contract_name_one_char" in defects:
        c_name = _name_variant(name, rng)
    if "contract_id_number_typo" in defects:
        c_idn = _typo_id(idn, rng)
    c_fields = dict(employer=norm_text(employer["name"]), employee_name=c_name, employee_id_number=c_idn,
                    start_date=start.isoformat(), end_date=None if open_ended else end.isoformat(),
                    open_ended=bool(open_ended), signing_date=sign.isoformat())
    term_missing = cform == "term_page_missing"
    c_raw = {"employer": employer["name"], "uscc": employer["uscc"], "years": years,
             "true_start": start.isoformat(), "true_end": end.isoformat()}
    if term_missing:
        cform = "company_table"
        c_fields["start_date"] = None
        c_fields["end_date"] = None
    add("labour_contract", cform, c_fields, raw=c_raw, term_page_missing=term_missing)

    # ------------------------------------------------------------ tax record
    window = tax_window(as_of)
    tform = form["tax_record"]
    if opt.get("tax") != "none":
        last_m = window[-1]
        dl = _mdate(_add_months(last_m, 1), 15)
        issue = _rand_date(rng, max(dl, as_of - dt.timedelta(days=12)), as_of)
        if "tax_latest_months_not_on_print" in defects:
            k = rng.choice([1, 2])
            last_m = _add_months(window[-1], -k)
            issue = _mdate(_add_months(last_m, 1), rng.randint(16, 27))
            tform = rng.choice(["national_rl", "national_fpdf", "national_html"])
        first_m = _add_months(window[0], -rng.choice([0, 0, 2, 4, 6]))
        if tform in ("income_detail_app",):
            first_m = window[0]
        months = []
        m = first_m
        while m <= last_m:
            months.append(m)
            m = _add_months(m, 1)
        gap = None
        if "tax_missing_month" in defects:
            gap = rng.choice(window[1:-1])
        rows = []
        office = f"国家税务总局上海市{res_district[1]}税务局"
        for m in months:
            if m == gap:
                continue
            agent = employer
            if job_change and _mdate(m, 1) < start:
                agent = prev_emp
            if "tax_paid_by_agency" in defects and m >= window[-3]:
                agent = agency
            amt = 0.0 if rng.random() < 0.08 else round(rng.uniform(35, 3200), 2)
            rows.append(dict(period=m, withholding_agent=norm_text(agent["name"]), amount=f"{amt:.2f}",
                             _agent_raw=agent["name"], _uscc=agent["uscc"], _item="工资薪金所得",
                             _office=office, _income=round(amt * rng.uniform(6, 14) + 5000, 2)))
        # a bonus row and a 劳务报酬 row sometimes
        if rng.random() < 0.35 and months:
            m = rng.choice(months[: max(1, len(months) // 2)])
            amt = round(rng.uniform(300, 9000), 2)
            rows.append(dict(period=m, withholding_agent=norm_text(employer["name"] if not job_change else prev_emp["name"]),
                             amount=f"{amt:.2f}", _agent_raw=employer["name"] if not job_change else prev_emp["name"],
                             _uscc=employer["uscc"] if not job_change else prev_emp["uscc"],
                             _item="全年一次性奖金收入", _office=office, _income=round(amt * 10, 2)))
        if rng.random() < 0.2 and len(months) > 3:
            other = firm()
            m = rng.choice(months[:-1])
            amt = round(rng.uniform(40, 800), 2)
            rows.append(dict(period=m, withholding_agent=norm_text(other["name"]), amount=f"{amt:.2f}",
                             _agent_raw=other["name"], _uscc=other["uscc"], _item="劳务报酬所得", _office=office,
                             _income=round(amt * 5, 2)))
        rows.sort(key=lambda r: (r["period"], r["_item"] != "工资薪金所得"))
        for r in rows:
            m = r["period"]
            decl = _mdate(_add_months(m, 1), rng.randint(1, 14))
            r["_decl"] = decl.isoformat()
            r["_paid"] = (decl + dt.timedelta(days=rng.randint(0, 4))).isoformat()
        shows_header = tform not in ("income_detail_app",)
        tfields = dict(name=name, id_number=idn, issue_date=issue.isoformat() if shows_header else None)
        if tform == "income_detail_app":
            tfields["issue_date"] = None
        add("tax_record", tform, tfields, rows=rows, raw={"first": first_m, "last": last_m, "verify": _code(rng)})

    # ------------------------------------------------------ social insurance
    if opt.get("si"):
        sform = form["social_insurance_record"]
        n_asof = as_of.year * 12 + as_of.month - 1
        end_n = n_asof if as_of.day >= 12 else n_asof - 1
        if "social_insurance_stopped" in defects:
            end_n = n_asof - rng.choice([2, 3])
        lo_m, hi_m = opt.get("si_months", (12, 20))
        nm = rng.randint(lo_m, hi_m)
        months = [f"{k // 12:04d}-{k % 12 + 1:02d}" for k in range(end_n - nm + 1, end_n + 1)]
        back = set()
        if "social_insurance_back_payments" in defects:
            # only the last few months paid in time; older ones paid late
            recent = months[-rng.choice([3, 4]):]
            back = set(months) - set(recent)
            sform = rng.choice(["sh_personal", "backpay_section", "equity_record"])
        if sform == "range_rows" and back:
            sform = "sh_personal"
        si_idn = idn
        if "social_insurance_other_id_number" in defects:
            si_idn = _other_valid_id(idn, rng)
        rows = []
        base_mult = rng.choice([1.0, 1.0, 1.35, 1.8, 2.6])
        for m in months:
            emp = employer
            if job_change and _mdate(m, 1) < start:
                emp = prev_emp
            if "social_insurance_by_agency" in defects and m >= months[-4]:
                emp = agency
            y = int(m[:4]) - (int(m[5:7]) < 7)
            base = round({2022: 6520, 2023: 7310, 2024: 7384, 2025: 7460, 2026: 7460}.get(y, 7310) * base_mult / 10) * 10
            rows.append(dict(month=m, employer=norm_text(emp["name"]), base=f"{base:.2f}", back_payment=m in back,
                             _emp_raw=emp["name"], _b=base))
        add("social_insurance_record", sform, dict(name=name, id_number=si_idn), rows=rows)

    # ------------------------------------------------------------ education
    _education(add, opt.get("edu", "bachelor_deg"), name, male, birth, as_of, rng, form)

    # ------------------------------------------------------------ marriage
    if married and (opt.get("marriage") or rng.random() < 0.4):
        sp_male = not male
        sp_birth = birth + dt.timedelta(days=rng.randint(-900, 900))
        sp_area = rng.choice(ids.HUKOU_AREAS)
        reg_d = _rand_date(rng, max(birth, sp_birth) + relativedelta(years=23), as_of - relativedelta(months=2))
        add("marriage_certificate", "open_booklet",
            dict(holder_name=name, spouse_name=ids.person_name(rng), spouse_id_number=ids.make_id(sp_area[0], sp_birth, sp_male, rng),
                 registration_date=reg_d.isoformat()),
            raw={"sp_birth": sp_birth.isoformat(), "sp_sex": _sex_words(sp_male),
                 "no": f"J{sh_dist_code}-{reg_d.year}-{rng.randint(1, 9999):06d}",
                 "h_sex": _sex_words(male), "h_birth": birth.isoformat(), "h_id": idn,
                 "office": f"上海市{res_district[1]}民政局"})

    for u in opt.get("unknown", []):
        add("unknown", u, {})
    if not opt.get("unknown") and rng.random() < 0.15:
        add("unknown", rng.choice(["receipt", "bank_slip"]), {})

    truth_head = dict(packet=f"v{index:03d}", as_of=as_of.isoformat(), application=sc["application"],
                      defects=sorted(defects), expected_rules=sc["expect"], verdict=sc["verdict"])
    facts = dict(name=name, male=male, birth=birth, idn=idn, area=area, employer=employer, agency=agency,
                 prev_emp=prev_emp, res_addr=res_addr, res_district=res_district, as_of=as_of,
                 head_name=head_name, relation=relation, blank=opt.get("blank", False), scenario=sc["key"],
                 hukou_kind=hukou_kind, married=married, sex=_sex_words(male),
                 legal_rep=ids.person_name(rng), company_addr=ids.sh_address(rng).split("弄")[0].split("号")[0] + "号",
                 phone="1" + rng.choice(["3", "5", "8", "9"]) + "".join(str(rng.randint(0, 9)) for _ in range(9)),
                 contract_no=f"HT{start.year}{rng.randint(1, 9999):04d}", hk_addr_print=hk_addr_raw)
    return dict(head=truth_head, docs=docs, facts=facts, rng_seed=f"outsider-v/{seed}/{index}/render")


def _code(rng):
    return "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(16))


def _one_char(addr: str, rng) -> str:
    """Change one character of an address (a digit or a place word)."""
    cands = [i for i, c in enumerate(addr) if c.isdigit() or "０" <= c <= "９"]
    swaps = {"路": "街", "街": "路", "村": "庄", "东": "西", "西": "东", "南": "北", "北": "南", "幢": "栋", "弄": "号"}
    word = [i for i, c in enumerate(addr) if c in swaps and i > 6]
    if word and rng.random() < 0.5:
        i = rng.choice(word)
        return addr[:i] + swaps[addr[i]] + addr[i + 1:]
    i = rng.choice(cands[-4:])
    c = addr[i]
    fw = "０" <= c <= "９"
    v = (int(c if not fw else chr(ord(c) - 0xFEE0)) + rng.randint(1, 8)) % 10
    if i > 0 and v == 0 and not (addr[i - 1].isdigit() or "０" <= addr[i - 1] <= "９"):
        v = 7
    nc = str(v) if not fw else chr(ord(str(v)) + 0xFEE0)
    return addr[:i] + nc + addr[i + 1:]


HOMO = {"晓": "小", "小": "晓", "文": "雯", "雯": "文", "林": "琳", "琳": "林", "静": "婧", "婧": "静", "明": "铭",
        "伟": "玮", "玮": "伟", "杰": "洁", "洁": "杰", "涛": "韬", "宇": "雨", "雨": "宇", "欣": "馨", "馨": "欣",
        "华": "桦", "丽": "莉", "莉": "丽", "敏": "旻", "军": "君", "君": "军", "勇": "永", "芳": "方", "娟": "鹃",
        "霞": "侠", "磊": "蕾", "强": "墙", "洋": "阳", "阳": "洋", "红": "虹", "英": "瑛", "平": "萍", "萍": "平"}


def _name_variant(name: str, rng) -> str:
    for i in range(len(name) - 1, 0, -1):
        if name[i] in HOMO:
            return name[:i] + HOMO[name[i]] + name[i + 1:]
    return name[:-1] + ("玲" if name[-1] != "玲" else "琳")


def _typo_id(idn: str, rng) -> str:
    """Two adjacent digits of the sequence swapped, keeping the old check digit."""
    for _ in range(20):
        i = rng.choice([8, 11, 12, 14, 15])
        s = idn[:i] + idn[i + 1] + idn[i] + idn[i + 2:]
        if s != idn and not ids.id_valid(s):
            return s
    s = idn[:16] + str((int(idn[16]) + 1) % 10) + idn[17]
    return s if not ids.id_valid(s) else idn[:17] + ("0" if idn[17] != "0" else "1")


def _other_valid_id(idn: str, rng) -> str:
    """A different but valid number: the sequence code changed, check digit recomputed."""
    seq = int(idn[14:16])
    body = idn[:14] + f"{(seq + rng.randint(1, 40)) % 100:02d}" + idn[16]
    return body + ids.id_check(body)


def _education(add, edu, name, male, birth, as_of, rng, form):
    def grad_date(y):
        return dt.date(y, rng.choice([6, 6, 7]), rng.choice([20, 25, 28, 30]))

    def uni():
        return rng.choice(ids.UNIVERSITIES)

    y_bach = birth.year + 22 + rng.choice([0, 0, 1])
    while dt.date(y_bach, 7, 31) > as_of - relativedelta(months=2):
        y_bach -= 1
    school, code = uni()
    major, cat = rng.choice(ids.MAJORS)
    gd = grad_date(y_bach)
    reg = "普通全日制"

    def diploma(level, sch, maj, g, mode, layout=None, years=4, online=False):
        f = dict(name=name, school=sch, major=maj, level=level, graduation_date=g.isoformat(), study_mode=mode)
        if online:
            f["online_record"] = True
        return add("diploma", layout or form["diploma"], f, raw={"years": years, "code": code,
                                                                  "cert_no": f"{code}1{g.year}{rng.randint(1, 999999):06d}"})

    def degree(level, sch, maj, g, cat_, layout="bachelor"):
        return add("degree_certificate", layout, dict(name=name, school=sch, major=maj, level=level,
                                                      graduation_date=g.isoformat()),
                   raw={"cat": cat_, "cert_no": f"{code}{rng.randint(10000, 99999)}{g.year}{rng.randint(1000, 9999)}"})

    if edu in ("bachelor_deg", "bachelor_deg_xuexin"):
        diploma("本科", school, major, gd, reg)
        degree("学士", school, major, gd, cat)
        if edu == "bachelor_deg_xuexin":
            diploma("本科", school, major, gd, reg, layout="xuexin", online=True)
    elif edu == "bachelor_only":
        diploma("本科", school, major, gd, reg)
    elif edu == "degree_only":
        degree("学士", school, major, gd, cat)
    elif edu in ("adult_bachelor", "adult_bachelor_xuexin"):
        gd = dt.date(min(y_bach + rng.randint(2, 6), as_of.year - 1), 1, rng.choice([10, 15, 20]))
        diploma("本科", school, major, gd, "成人教育", layout="adult", years=3)
        degree("学士", school, major, gd, cat)
        if edu == "adult_bachelor_xuexin":
            diploma("本科", school, major, gd, "成人教育", layout="xuexin", online=True, years=3)
    elif edu == "college":
        sch, code = rng.choice(ids.COLLEGES)
        y = birth.year + 21
        while dt.date(y, 7, 31) > as_of - relativedelta(months=2):
            y -= 1
        diploma("专科", sch, rng.choice(ids.COLLEGE_MAJORS), grad_date(y), reg, years=3)
    elif edu in ("master", "doctor"):
        diploma("本科", school, major, gd, reg)
        degree("学士", school, major, gd, cat)
        s2, code2 = uni()
        y2 = y_bach + 3
        g2 = grad_date(y2)
        diploma("硕士研究生", s2, major, g2, reg, layout="graduate", years=3)
        degree("硕士", s2, major, g2, cat, layout="master")
        if edu == "doctor":
            y3 = y2 + 4
            g3 = grad_date(y3)
            diploma("博士研究生", s2, major, g3, reg, layout="graduate", years=4)
            degree("博士", s2, major, g3, cat, layout="doctor")
