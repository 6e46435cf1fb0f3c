"""The plan of one packet: who the applicant is, which documents exist with
which printed values (the truth), which defects, and in which forms the
documents are drawn. plan(seed, index) is a pure function."""
from __future__ import annotations

import datetime as dt
import random

from . import ids
from .rules import working_days_after, tax_window, completed_age, derive
from .util import (D, add_months, add_years, iso, month_add, month_seq, norm, sub_rng, to_fullwidth_digits,
                   ym)

# ------------------------------------------------------------------ slots
# (class, application, defects). 40 slots: 14 ready, 8 review, 18 fix.
SLOTS = [
    ("ready", "first", []), ("ready", "first", []), ("ready", "first", []), ("ready", "first", []),
    ("ready", "first", []), ("ready", "first", []), ("ready", "first", []), ("ready", "first", []),
    ("ready", "first", []),
    ("ready", "renewal", []), ("ready", "renewal", []), ("ready", "renewal", []), ("ready", "renewal", []),
    ("ready", "renewal", []),
    ("review", "first", ["permit_recent"]),
    ("review", "renewal", ["permit_recent"]),
    ("review", "first", ["points_low_college"]),
    ("review", "first", ["points_low_no_degree"]),
    ("review", "first", ["points_low_age"]),
    ("review", "first", ["adult_diploma_no_record"]),
    ("review", "renewal", ["selfstudy_diploma_no_record"]),
    ("review", "first", ["permit_recent", "points_low_college"]),
    ("fix", "first", ["address_variant"]),
    ("fix", "first", ["address_variant_collective"]),
    ("fix", "first", ["name_homophone"]),
    ("fix", "renewal", ["name_one_char"]),
    ("fix", "first", ["id_typo"]),
    ("fix", "renewal", ["id_typo"]),
    ("fix", "renewal", ["permit_expired"]),
    ("fix", "first", ["contract_ends_soon"]),
    ("fix", "renewal", ["contract_ended"]),
    ("fix", "first", ["tax_missing_month"]),
    ("fix", "first", ["tax_late_month"]),
    ("fix", "first", ["payer_mismatch"]),
    ("fix", "renewal", ["si_agency"]),
    ("fix", "first", ["si_back_payment_insufficient"]),
    ("fix", "first", ["si_back_payment_not_paying"]),
    ("fix", "first", ["missing_member_page"]),
    ("fix", "renewal", ["missing_tax_record"]),
    ("fix", "first", ["id_card_expired", "contract_term_short"]),
]
assert len(SLOTS) == 40


def slot_for(seed: int, index: int):
    cyc = index // len(SLOTS)
    perm = list(range(len(SLOTS)))
    random.Random(f"{seed}|slots|{cyc}").shuffle(perm)
    return SLOTS[perm[index % len(SLOTS)]]


TAX_OFFICES = {310115: "浦东新区", 310104: "徐汇区", 310105: "长宁区", 310106: "静安区", 310107: "普陀区",
               310109: "虹口区", 310110: "杨浦区", 310112: "闵行区", 310113: "宝山区", 310114: "嘉定区",
               310117: "松江区", 310118: "青浦区", 310120: "奉贤区", 310101: "黄浦区"}


def _rand_date(rng, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


def _id_validity(rng, birth, as_of, expired=False):
    """(valid_from, valid_until or 'long_term')."""
    for _ in range(500):
        if expired:
            vf = _rand_date(rng, add_years(as_of, -10) - dt.timedelta(days=200), add_years(as_of, -10) - dt.timedelta(days=15))
        else:
            vf = _rand_date(rng, add_years(as_of, -15), as_of - dt.timedelta(days=60))
        age_at = completed_age(birth, vf)
        if age_at < 16:
            continue
        if age_at <= 25:
            vu = add_years(vf, 10)
        elif age_at <= 45:
            vu = add_years(vf, 20)
        else:
            vu = "long_term"
        if expired:
            if vu != "long_term" and vu < as_of:
                return vf, vu
            continue
        if vu == "long_term" or vu > as_of + dt.timedelta(days=120):
            return vf, vu
    raise RuntimeError("id validity")


def _authority(reg):
    code, prov, pref, county, rural = reg
    if county.endswith("区"):
        return f"{pref or prov}公安局{county}分局"
    return f"{county}公安局"


def _address_variant(addr: dict, rng) -> str:
    """A hukou address written differently (a real mismatch, not just width/space)."""
    full = addr["full"]
    opts = []
    # province (and city) left out
    opts.append(full[len(addr["prov"]):])
    # a number changed
    import re
    nums = list(re.finditer(r"\d+", addr["tail"]))
    if nums:
        m = rng.choice(nums)
        v = int(m.group())
        new = str(v + rng.choice([1, 2, 10, -1])) if v > 2 else str(v + 3)
        tail = addr["tail"][:m.start()] + new + addr["tail"][m.end():]
        opts.append(addr["head"] + tail)
    if "号" in addr["tail"] and "弄" not in addr["tail"]:
        opts.append(addr["head"] + addr["tail"].replace("号", "弄", 1))
    if "村" in addr["tail"]:
        opts.append(full.replace("村", "社区", 1))
    v = rng.choice(opts)
    if norm(v) == norm(full):
        v = full[len(addr["prov"]):]
    return v


def plan(seed: int, index: int) -> dict:
    rng = sub_rng(seed, index, "plan")
    cls, app, defects = slot_for(seed, index)
    defects = list(defects)
    as_of = D(2026, 10, 19) + dt.timedelta(days=rng.randint(0, 60))
    used_co: set = set()
    traps: list[str] = []

    # ---------------------------------------------------------- person
    male = rng.random() < 0.5
    if "points_low_age" in defects:
        age = rng.randint(49, 54)
    elif "id_card_expired" in defects:
        age = rng.randint(27, 34)
    else:
        age = rng.choice([24, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40, 41, 42, 43, 45])
    birth = add_years(as_of, -age) - dt.timedelta(days=rng.randint(20, 340))
    age = completed_age(birth, as_of)
    reg = rng.choice(ids.REGIONS)
    name = ids.pick_name(rng, male)
    if "name_homophone" in defects:
        while True:
            try:
                ids.homophone_variant(name, rng)
                break
            except ValueError:
                name = ids.pick_name(rng, male)
    idn = ids.make_id(reg[0], birth, male, rng)
    sex = "男" if male else "女"
    eth = rng.choice(ids.ETHNICITIES)
    hk = ids.hukou_address(rng, reg)
    collective = False
    r_coll = rng.random()
    if app == "first" and ("address_variant_collective" in defects or
                           (r_coll < 0.12 and "missing_member_page" not in defects)):
        collective = True
    if collective:
        # collective hukou: a talent centre / university / company collective address in the home city
        head = hk["head"]
        tail = rng.choice(["人才交流中心集体户", "人才市场集体户", "大学集体户", "公共就业服务中心集体户"])
        hk = {"full": f"{head}{rng.choice(ids.ROADS)}{rng.randint(1, 300)}号", "head": head,
              "tail": "", "prov": hk["prov"], "pref": hk["pref"], "county": hk["county"], "ctag": tail}
        hk["tail"] = hk["full"][len(head):]
    sh_addr = ids.shanghai_address(rng)

    # ---------------------------------------------------------- employer
    emp = ids.company(rng, used_co)
    prev_emp = ids.company(rng, used_co)

    docs: list[dict] = []

    def add(t, layout, fields, rows=None, extra=None):
        d = {"type": t, "layout": layout, "fields": fields, "rows": rows or [], "extra": extra or {}}
        docs.append(d)
        return d

    # ---------------------------------------------------------- id card
    vf, vu = _id_validity(rng, birth, as_of, expired="id_card_expired" in defects)
    id_addr = hk["full"]
    if not collective and rng.random() < 0.15:
        old = ids.hukou_address(rng, reg)
        id_addr = old["full"]
        traps.append("id_card_older_address")
    idc = add("id_card", rng.choice(["a4_copy", "a4_copy", "a4_copy_stacked", "cards_separate"]), {
        "name": name, "sex": sex, "ethnicity": eth, "birth_date": iso(birth), "address": id_addr,
        "id_number": idn, "issuing_authority": _authority(reg), "valid_from": iso(vf),
        "valid_until": vu if vu == "long_term" else iso(vu)})

    # ---------------------------------------------------------- residence permit
    if "permit_recent" in defects:
        cands = [as_of - dt.timedelta(days=k) for k in range(1, 9)]
        cands = [c for c in cands if 1 <= working_days_after(c, as_of) <= 4]
        issue = rng.choice(cands)
        traps.append(f"permit_{working_days_after(issue, as_of)}_working_days")
    elif app == "renewal":
        issue = _rand_date(rng, as_of - dt.timedelta(days=330), as_of - dt.timedelta(days=40))
    else:
        issue = _rand_date(rng, as_of - dt.timedelta(days=700), as_of - dt.timedelta(days=30))
    if "permit_expired" in defects:
        vuntil = as_of - dt.timedelta(days=rng.randint(3, 70))
        issue = add_years(vuntil + dt.timedelta(days=1), -1)
    else:
        yrs = rng.choice([1, 1, 3]) if app == "first" else 1
        vuntil = add_years(issue, yrs) - dt.timedelta(days=1)
        while vuntil < as_of + dt.timedelta(days=20):
            vuntil = add_years(vuntil, 1)
    rp_hk = hk["full"]
    if "address_variant" in defects or "address_variant_collective" in defects:
        rp_hk = _address_variant(hk, rng)
    rp_layout = rng.choice(["info_grid2", "info_grid4", "info_list", "app_screen", "info_grid2"])
    rp = add("residence_permit", rp_layout, {
        "name": name, "id_number": idn, "hukou_address": rp_hk, "residence_address": sh_addr,
        "issue_date": iso(issue), "valid_from": iso(issue), "valid_until": iso(vuntil)},
        extra={"card": rng.random() < 0.45, "office": f"上海市{rng.choice(list(TAX_OFFICES.values()))}社区事务受理服务中心"})
    if rp_layout != "app_screen" and rng.random() < 0.25:
        rp["extra"]["print"] = {"hukou_address": to_fullwidth_digits(rp_hk)}
        traps.append("fullwidth_digits_in_permit_address")

    # ---------------------------------------------------------- household register
    if app == "first" or rng.random() < 0.2:
        hh_issue = _rand_date(rng, D(2006, 1, 1), D(2022, 12, 31))
        if collective:
            add("collective_hukou_certificate", rng.choice(["letter", "table"]), {
                "name": name, "id_number": idn, "address": hk["full"],
                "issue_date": iso(_rand_date(rng, as_of - dt.timedelta(days=150), as_of - dt.timedelta(days=5)))},
                extra={"ctag": hk.get("ctag", "集体户"), "station": f"{hk['county']}{rng.choice(['城关', '中心', '东城', '新华', '城南'])}派出所"})
        else:
            self_head = rng.random() < 0.3
            if self_head:
                head, rel = name, "户主"
            else:
                head = ids.pick_name(rng, rng.random() < 0.7, surname=name[0])
                rel = rng.choice(["子", "长子", "次子"]) if male else rng.choice(["女", "长女", "次女"])
            rural = reg[4]
            htype = rng.choice(["农业家庭户", "家庭户"]) if rural else rng.choice(["家庭户", "非农业家庭户", "居民家庭户"])
            cover_layout = rng.choice(["booklet_table", "booklet_table", "booklet_hand"])
            add("household_register_cover", cover_layout, {
                "household_type": htype, "head_name": head, "household_number": f"{rng.randint(10**8, 10**9 - 1)}",
                "address": hk["full"], "issue_date": iso(hh_issue)})
            if "missing_member_page" not in defects:
                reg_date = _rand_date(rng, max(birth + dt.timedelta(days=20), D(1995, 1, 1)), hh_issue)
                bp = hk["prov"] + (hk["pref"] or hk["county"])
                native = bp if rng.random() < 0.7 else (lambda r: r[1] + (r[2] or r[3]))(rng.choice(ids.REGIONS))
                add("household_register_member", rng.choice(["card_typed", "card_typed", "card_hand"]), {
                    "name": name, "relation_to_head": rel, "sex": sex, "birthplace": bp, "ethnicity": eth,
                    "native_place": native, "birth_date": iso(birth), "id_number": idn,
                    "education": None, "marital_status": None,
                    "employer": None, "registration_date": iso(reg_date)})
        if app == "renewal":
            traps.append("renewal_with_household_register")

    # ---------------------------------------------------------- labour contract
    if "contract_ends_soon" in defects:
        end = as_of + dt.timedelta(days=rng.randint(6, 50))
        assert end < add_months(as_of, 2)
        start = add_years(end + dt.timedelta(days=1), -rng.choice([2, 3]))
        open_ended = False
    elif "contract_ended" in defects:
        end = as_of - dt.timedelta(days=rng.randint(8, 80))
        start = add_years(end + dt.timedelta(days=1), -rng.choice([1, 2, 3]))
        open_ended = False
    elif "contract_term_short" in defects:
        start = add_months(as_of, -rng.randint(7, 8)).replace(day=1)
        end = add_months(start, 11) - dt.timedelta(days=1)
        open_ended = False
    else:
        open_ended = rng.random() < 0.15
        end = None
        if open_ended:
            start = _rand_date(rng, add_years(as_of, -8), as_of - dt.timedelta(days=250)).replace(day=1)
        else:
            while True:
                yrs = rng.choice([3, 3, 5, 2])
                end = as_of + dt.timedelta(days=rng.randint(110, 365 * yrs - 200))
                start = add_years(end + dt.timedelta(days=1), -yrs).replace(day=rng.choice([1, 1, 1, 15, 8, 20]))
                end = add_years(start, yrs) - dt.timedelta(days=1)
                if end >= add_months(as_of, 2) + dt.timedelta(days=40) and start <= as_of - dt.timedelta(days=200):
                    break
    sign = start - dt.timedelta(days=rng.randint(0, 12))
    c_layout = rng.choice(["shanghai_model", "company_table", "company_table", "shanghai_model", "renewal_letter"])
    if "contract_term_short" in defects and c_layout == "renewal_letter":
        c_layout = "company_table"
    c_name, c_id = name, idn
    c = add("labour_contract", c_layout, {
        "employer": emp["name"], "employee_name": c_name, "employee_id_number": c_id,
        "start_date": iso(start), "end_date": iso(end) if end else None, "open_ended": open_ended,
        "signing_date": iso(sign)},
        extra={"emp": emp, "pages": rng.choice([3, 4, 4, 5]) if c_layout != "renewal_letter" else 1,
               "probation_months": rng.choice([0, 2, 3, 6]),
               "prev_start": iso(add_years(start, -rng.choice([2, 3]))) if c_layout == "renewal_letter" else None,
               "emp_print": emp["name"].replace("(", "（").replace(")", "）") if rng.random() < 0.5 else emp["name"]})
    if c["extra"]["emp_print"] != emp["name"]:
        traps.append("fullwidth_brackets_employer")
    contract_start_month = ym(start)

    # ---------------------------------------------------------- tax record
    window = tax_window(as_of)
    latest = window[-1]

    def decl_date(m):
        nm = month_add(m, 1)
        y, mo = map(int, nm.split("-"))
        return D(y, mo, rng.randint(2, 15))

    have_tax = "missing_tax_record" not in defects
    if have_tax:
        first_m = month_add(window[0], -rng.randint(0, 5))
        months = month_seq(first_m, latest)
        # print date: after the latest month's declaration
        decls = {m: decl_date(m) for m in months}
        lo = max(decls[latest] + dt.timedelta(days=2), as_of - dt.timedelta(days=12))
        tissue = _rand_date(rng, min(lo, as_of), as_of)
        if "tax_late_month" in defects:
            # printed early in the month: the latest month is not declared yet
            y, mo = map(int, month_add(latest, 1).split("-"))
            decls[latest] = D(y, mo, 15)
            tissue = D(y, mo, rng.randint(3, 9))
            months = months[:-1]
        if "tax_missing_month" in defects:
            gone = rng.choice(window[1:-1])
            months = [m for m in months if m != gone]
        agent_of = {}
        for m in months:
            agent_of[m] = emp["name"] if m >= contract_start_month else prev_emp["name"]
        if "payer_mismatch" in defects:
            kind = rng.random()
            if kind < 0.5:
                sib = emp["name"].replace(emp["ind"], rng.choice([x for x in ids.INDUSTRY if x != emp["ind"]]), 1)
                if sib == emp["name"] or sib in used_co:
                    sib = f"上海{emp['word']}企业管理有限公司"
                other = {"name": sib, "uscc": ids.make_uscc(310115, rng)}
            else:
                other = ids.agency(rng, used_co)
            for m in months[-rng.randint(1, 3):]:
                agent_of[m] = other["name"]
            extra_agents = {other["name"]: other["uscc"]}
        else:
            extra_agents = {}
        base_tax = rng.uniform(150, 2600)
        rows = []
        for m in months:
            amt = max(0.0, base_tax * rng.uniform(0.6, 1.4))
            if rng.random() < 0.07:
                amt = 0.0
            rows.append({"period": m, "withholding_agent": agent_of[m], "amount": f"{amt:.2f}",
                         "_item": "工资薪金所得", "_decl": iso(decls[m])})
        # extra rows: annual bonus, a side job (劳务报酬) from another payer
        if rng.random() < 0.35:
            bm = next((m for m in months if m.endswith("-01") or m.endswith("-02")), None)
            if bm:
                rows.append({"period": bm, "withholding_agent": agent_of[bm], "amount": f"{rng.uniform(300, 4000):.2f}",
                             "_item": "全年一次性奖金收入", "_decl": iso(decls[bm])})
                traps.append("annual_bonus_row")
        if rng.random() < 0.3 and months:
            side = ids.company(rng, used_co)
            extra_agents[side["name"]] = side["uscc"]
            sm = months[-1] if rng.random() < 0.6 else rng.choice(months)
            rows.append({"period": sm, "withholding_agent": side["name"], "amount": f"{rng.uniform(40, 800):.2f}",
                         "_item": "劳务报酬所得", "_decl": iso(decls[sm] + dt.timedelta(days=rng.randint(0, 3)))})
            traps.append("side_job_row_other_payer")
        rows.sort(key=lambda r: (r["period"], r["_item"] != "工资薪金所得"))
        tname = name
        if "name_one_char" in defects:
            tname = ids.one_char_variant(name, rng)
        t_layout = rng.choice(["national_pdf", "national_pdf", "national_scan", "income_detail_screens",
                               "income_detail_print", "tax_certificate_old"])
        tax_district = rng.choice(list(TAX_OFFICES.values()))
        truth_rows = [{"period": r["period"], "withholding_agent": r["withholding_agent"], "amount": r["amount"]}
                      for r in rows]
        add("tax_record", t_layout, {"name": tname, "id_number": idn, "issue_date": iso(tissue)},
            rows=truth_rows,
            extra={"rows": rows, "uscc": {emp["name"]: emp["uscc"], prev_emp["name"]: prev_emp["uscc"], **extra_agents},
                   "district": tax_district, "period_from": months[0] if months else latest,
                   "period_to": ym(tissue), "agent_style": rng.choice(["name", "uscc_before", "uscc_after", "name"]),
                   "range_style": rng.choice(["至", "dot"]),
                   "verify": "".join(rng.choice("0123456789ABCDEF") for _ in range(16)),
                   "no": f"{rng.randint(10**15, 10**16 - 1)}"})

    # ---------------------------------------------------------- social insurance
    si_needed = any(d.startswith("si_") for d in defects)
    if si_needed or rng.random() < 0.5:
        m0 = ym(as_of)
        end_m = m0 if as_of.day >= 10 else month_add(m0, -1)
        first_m = month_add(end_m, -rng.randint(13, 26))
        months = month_seq(first_m, end_m)
        base = rng.choice([7460, 8800, 9500, 10338, 11000, 12500, 13800, 15600, 18000, 21000, 25000])
        agency_co = None
        rows = []
        for m in months:
            e = emp["name"] if m >= contract_start_month else prev_emp["name"]
            rows.append({"month": m, "employer": e, "base": f"{base:.2f}", "back_payment": False})
        if "si_agency" in defects:
            agency_co = ids.agency(rng, used_co)
            k = rng.randint(4, 12)
            for r in rows[-k:]:
                r["employer"] = agency_co["name"]
        if "si_back_payment_insufficient" in defects:
            # months m0-8 .. m0-2 paid late as back payments; the record ends at m0-1
            rows = [r for r in rows if r["month"] < m0]
            late = {month_add(m0, -k) for k in range(2, 9)}
            for r in rows:
                if r["month"] in late:
                    r["back_payment"] = True
        if "si_back_payment_not_paying" in defects:
            rows = [r for r in rows if r["month"] <= month_add(m0, -1)]
            for r in rows:
                if r["month"] in (month_add(m0, -1), month_add(m0, -2)):
                    r["back_payment"] = True
        if not si_needed and rng.random() < 0.3:
            # old back payments far in the past: counted nowhere, harmless
            old = [r for r in rows if r["month"] < month_add(m0, -13)]
            if old:
                old[0]["back_payment"] = True
                traps.append("old_back_payment_row")
        # a base change at the start of a year (July in Shanghai)
        for r in rows:
            if r["month"] >= "2026-07" and rng.random() < 1.0 and r["month"] >= "2026-07":
                pass
        si_layout = rng.choice(["sh_pdf", "sh_pdf", "sh_scan", "sh_range_scan", "sh_backpay_section"])
        if any(r["back_payment"] for r in rows) and si_layout == "sh_range_scan":
            si_layout = "sh_backpay_section"
        add("social_insurance_record", si_layout, {"name": name, "id_number": idn}, rows=rows,
            extra={"issue": iso(as_of - dt.timedelta(days=rng.randint(0, 6))),
                   "ssn": idn, "agency": agency_co})

    # ---------------------------------------------------------- education
    edu = "bachelor_degree"
    if "points_low_college" in defects:
        edu = "college"
    elif "points_low_no_degree" in defects:
        edu = "bachelor"
    elif "adult_diploma_no_record" in defects:
        edu = "adult_bachelor_degree"
    elif "selfstudy_diploma_no_record" in defects:
        edu = "selfstudy_bachelor_degree"
    elif cls != "review" and (age >= 44 or rng.random() < 0.15):
        edu = "master"
    major, field_ = rng.choice(ids.MAJORS)
    school = rng.choice(ids.SCHOOLS)
    grad_year = birth.year + (22 if edu != "college" else 21) + rng.choice([0, 0, 1])
    if edu == "master":
        grad_year += 3
    if grad_year >= as_of.year:
        grad_year = as_of.year - 1
    grad = D(grad_year, 6, rng.choice([20, 25, 28, 30, 30, 30]))
    enter = D(grad_year - (4 if edu not in ("college", "master") else 3), 9, 1)
    hh_edu = {"college": "大学专科", "master": "研究生"}.get(edu, "大学本科")
    dip_extra = {"enter": iso(enter), "field": field_, "no": f"{rng.randint(10000, 14000)}{rng.randint(1, 5)}{grad_year}{rng.randint(10**5, 10**6 - 1)}",
                 "president": ids.pick_name(rng, True), "sex": sex, "birth": iso(birth), "idn": idn}
    if edu == "college":
        school = rng.choice(ids.COLLEGES)
        major = rng.choice(ids.MAJORS_ZK)
        add("diploma", rng.choice(["modern", "classic"]), {"name": name, "school": school, "major": major,
            "level": "专科", "graduation_date": iso(grad), "study_mode": "普通全日制"}, extra=dict(dip_extra, years=3))
    elif edu == "master":
        add("diploma", rng.choice(["modern", "classic"]), {"name": name, "school": school, "major": major,
            "level": "硕士研究生", "graduation_date": iso(grad), "study_mode": "普通全日制"}, extra=dict(dip_extra, years=3))
        add("degree_certificate", rng.choice(["modern", "classic"]), {"name": name, "school": school, "major": major,
            "level": "硕士", "graduation_date": iso(grad)}, extra=dip_extra)
    else:
        mode = "普通全日制"
        dl = rng.choice(["modern", "classic"])
        if edu == "adult_bachelor_degree":
            mode = rng.choice(["函授", "业余"])
            dl = "adult"
        elif edu == "selfstudy_bachelor_degree":
            mode = "自学考试"
            dl = "selfstudy"
        add("diploma", dl, {"name": name, "school": school, "major": major, "level": "本科",
            "graduation_date": iso(grad), "study_mode": mode}, extra=dict(dip_extra, years=4))
        if edu != "bachelor":
            add("degree_certificate", rng.choice(["modern", "classic"]), {"name": name, "school": school, "major": major,
                "level": "学士", "graduation_date": iso(grad)}, extra=dip_extra)
        if mode == "普通全日制" and rng.random() < 0.3:
            add("diploma", "xuexin", {"name": name, "school": school, "major": major, "level": "本科",
                "graduation_date": iso(grad), "study_mode": mode, "online_record": True},
                extra=dict(dip_extra, years=4, verify="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))))

    married = age >= 27 and rng.random() < 0.55
    for d in docs:
        if d["type"] == "household_register_member":
            d["fields"]["education"] = hh_edu
            d["fields"]["marital_status"] = "已婚" if married and d["fields"]["registration_date"] > iso(add_years(birth, 24)) else "未婚"
            r = rng.random()
            d["fields"]["employer"] = None if r < 0.45 else (emp["name"] if r < 0.75 else prev_emp["name"])
    if married and rng.random() < 0.45 and cls != "review":
        reg_m = _rand_date(rng, add_years(birth, 24), as_of - dt.timedelta(days=200))
        sp_male = not male
        sp_birth = birth + dt.timedelta(days=rng.randint(-1200, 1200))
        sp_reg = rng.choice(ids.REGIONS)
        add("marriage_certificate", "inner_pages", {"holder_name": name, "spouse_name": ids.pick_name(rng, sp_male),
            "spouse_id_number": ids.make_id(sp_reg[0], sp_birth, sp_male, rng), "registration_date": iso(reg_m)},
            extra={"sex": sex, "sp_sex": "男" if sp_male else "女", "birth": iso(birth), "sp_birth": iso(sp_birth),
                   "idn": idn, "no": f"J{rng.choice(list(TAX_OFFICES))}-{reg_m.year}-{rng.randint(1, 9999):06d}",
                   "office": f"{reg[2] or reg[1]}{reg[3]}民政局"})

    # ---------------------------------------------------------- defects on names / ids
    if "name_homophone" in defects:
        tgt = rng.choice([d for d in docs if d["type"] in ("labour_contract", "residence_permit", "tax_record")])
        k = "employee_name" if tgt["type"] == "labour_contract" else "name"
        tgt["fields"][k] = ids.homophone_variant(name, rng)
        traps.append(f"homophone_on_{tgt['type']}")
    if "id_typo" in defects:
        cands = [d for d in docs if d["type"] in ("residence_permit", "labour_contract", "tax_record")]
        tgt = cands[index % len(cands)] if app == "first" else next(d for d in docs if d["type"] == "labour_contract")
        k = "employee_id_number" if tgt["type"] == "labour_contract" else "id_number"
        tgt["fields"][k] = ids.typo_id(idn, rng)
        traps.append(f"id_typo_on_{tgt['type']}")
    if "missing_member_page" in defects:
        pass

    # ---------------------------------------------------------- others (not documents)
    others = []
    if rng.random() < 0.35:
        others.append(rng.choice(["receipt", "rental", "bank_slip"]))

    p = {"seed": seed, "index": index, "packet": f"x{index:03d}", "class": cls, "application": app,
         "as_of": iso(as_of), "defects": defects, "traps": traps, "docs": docs, "others": others,
         "person": {"name": name, "idn": idn, "sex": sex, "birth": iso(birth), "age": age, "male": male,
                    "region": reg, "sh_addr": sh_addr}}
    return p


def truth_documents(p: dict) -> list[dict]:
    out = []
    for d in p["docs"]:
        out.append({"type": d["type"], "layout": d["layout"], "pages": [], "fields": dict(d["fields"]),
                    "rows": [dict(r) for r in d["rows"]]})
    return out


def check_plan(p: dict) -> dict:
    """Derive rules for the plan's truth (pages not yet known)."""
    t = {"as_of": p["as_of"], "application": p["application"], "documents": truth_documents(p), "pages": []}
    return derive(t)
