"""Packet scenarios: who the applicant is, which documents, which defects."""
import datetime as dt
from dateutil.relativedelta import relativedelta
from . import ident
from .oracle import tax_window, working_days_between

D = dt.date.fromisoformat

# name -> options. Expected findings are NOT written here: oracle.evaluate derives them from the truth.
SCENARIOS = [
    ("ready_basic", {}),
    ("ready_master", {"edu": "master", "si": 24}),
    ("review_zhuanke", {"edu": "zhuanke"}),
    ("fix_addr_mismatch", {"defect": "addr_mismatch"}),
    ("ready_collective", {"hukou": "collective"}),
    ("fix_contract_ends_soon", {"defect": "contract_ends_soon"}),
    ("review_too_recent", {"defect": "too_recent"}),
    ("ready_renewal", {"app": "renewal"}),
    ("fix_tax_missing", {"defect": "tax_missing", "si": 12}),
    ("ready_married", {"married": True, "si": 12}),
    ("fix_si_agency", {"defect": "si_agency", "si": 14}),
    ("review_blank_page", {"defect": "blank_page"}),
    ("ready_open_ended", {"contract": "open"}),
    ("fix_name_mismatch", {"defect": "name_mismatch"}),
    ("fix_contract_short", {"defect": "contract_short"}),
    ("ready_contract_renewed", {"contract": "renewed", "married": True}),
    ("review_degree_only", {"edu": "degree_only"}),
    ("fix_id_mismatch", {"defect": "id_mismatch"}),
    ("ready_fresh_grad", {"age": 23}),
    ("fix_missing_member", {"defect": "missing_member"}),
    ("fix_permit_expired", {"defect": "permit_expired"}),
    ("ready_fullwidth", {"defect": "fullwidth", "group": True, "old_id_addr": True}),
    ("review_contract_term_missing", {"defect": "term_missing"}),
    ("fix_idcard_expired", {"defect": "idcard_expired", "age": 31}),
    ("ready_doctor", {"edu": "doctor", "si": 36}),
    ("fix_si_not_paying", {"defect": "si_not_paying", "si": 15}),
    ("review_adult_noxuexin", {"edu": "adult_noxuexin"}),
    ("ready_adult_xuexin", {"edu": "adult_xuexin"}),
    ("fix_missing_tax", {"defect": "missing_tax", "blank": True}),
    ("fix_tax_other_employer", {"defect": "tax_other_employer"}),
    ("review_id_front_only", {"defect": "id_front_only"}),
    ("ready_older", {"age": 45, "edu": "master", "married": True}),
    ("fix_si_insufficient", {"defect": "si_insufficient", "si": 12}),
    ("fix_age_over_60", {"age": 61, "married": True}),
    ("review_older_below", {"age": 50, "married": True}),
    ("ready_unrelated", {"unrelated": 3}),
    ("fix_multi", {"defect": "contract_ends_soon+tax_missing", "edu": "bachelor_only", "blank": True}),
    ("fix_addr_mismatch_collective", {"hukou": "collective", "defect": "addr_mismatch"}),
    ("fix_renewal_tax_latest", {"app": "renewal", "defect": "tax_latest_missing"}),
    ("ready_branch_company", {"branch": True, "si": 30, "job_change": True}),
]

AS_OFS = ["2026-11-22", "2026-12-01", "2026-11-10", "2026-12-14", "2026-11-16", "2026-12-07",
          "2026-11-27", "2026-12-21"]


def _money(rng, lo, hi):
    return "%.2f" % (rng.randint(lo * 100, hi * 100) / 100)


def _month_add(ym, k):
    d = D(ym + "-01") + relativedelta(months=k)
    return d.strftime("%Y-%m")


def _alt_address(addr, rng):
    """A realistic non-identical rendering of the same hukou address."""
    cands = []
    if "幢" in addr:
        cands.append(addr.replace("幢", "号楼"))
        cands.append(addr.replace("幢", "栋"))
    if "组" in addr:
        i = addr.index("组")
        cands.append(addr[:i] + "村民小组" + addr[i + 1:])
    for p in ("省", "自治区"):
        if p in addr:
            cands.append(addr[addr.index(p) + len(p):])
    if "室" in addr:
        cands.append(addr.replace("室", ""))
    return rng.choice(cands)


def plan(seed, n):
    import random
    rng = random.Random("outsider_p:%s:%d" % (seed, n))
    name, opt = SCENARIOS[(n - 1) % len(SCENARIOS)]
    defect = opt.get("defect", "")
    as_of = D(rng.choice(AS_OFS))
    if defect == "too_recent":
        as_of = D("2026-11-23")
    app = opt.get("app", "first")
    # ---- person
    area = rng.choice(ident.AREAS)
    sex = rng.choice(["男", "女"])
    age = opt.get("age", rng.randint(25, 41))
    birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(20, 340))
    pname = ident.rand_name(rng)
    pid = ident.make_id(area[0], birth, rng, sex)
    ethnic = rng.choice(ident.ETHNIC)
    hk_addr = ident.hukou_address(rng, area)
    police = "%s公安局%s分局" % (area[2], area[3]) if area[3].endswith("区") else "%s公安局" % area[3]
    # ---- id card validity
    if defect == "idcard_expired":
        vu = as_of - dt.timedelta(days=rng.randint(20, 200))
        vf = vu - relativedelta(years=10)
    else:
        vf = as_of - dt.timedelta(days=rng.randint(200, 3000))
        a_iss = (vf - birth).days // 365
        if a_iss < 16:
            vf = birth + relativedelta(years=16, days=rng.randint(30, 300))
            a_iss = 16
        ln = 10 if a_iss < 26 else 20 if a_iss < 46 else None
        vu = vf + relativedelta(years=ln) if ln else None
        if vu and vu < as_of + relativedelta(months=3):
            vf = as_of - dt.timedelta(days=rng.randint(200, 900))
            vu = vf + relativedelta(years=10 if (vf - birth).days // 365 < 26 else 20)
    idcard = {"name": pname, "sex": sex, "ethnicity": ethnic, "birth_date": birth.isoformat(),
              "address": hk_addr, "id_number": pid, "issuing_authority": police,
              "valid_from": vf.isoformat(), "valid_until": vu.isoformat() if vu else "long_term"}
    if opt.get("old_id_addr"):
        idcard["address"] = ident.hukou_address(rng, area)
    # ---- employer(s)
    kind = "group" if opt.get("group") else "branch" if opt.get("branch") else rng.choice(
        ["plain", "plain", "plain", "bracket_city"])
    emp = ident.company(rng, kind)
    others = {emp["name"]: emp["uscc"]}
    # ---- residence permit
    if defect == "too_recent":
        iss = D("2026-11-20")
    elif defect == "permit_expired":
        vuntil = as_of - dt.timedelta(days=rng.randint(15, 120))
        iss = vuntil - relativedelta(years=1) + dt.timedelta(days=1)
    else:
        iss = as_of - dt.timedelta(days=rng.randint(45, 700))
    if defect == "permit_expired":
        rp_vu = vuntil
    else:
        rp_vu = iss + relativedelta(years=3) - dt.timedelta(days=1)
        if rp_vu < as_of + relativedelta(months=1):
            rp_vu = iss + relativedelta(years=4) - dt.timedelta(days=1)
    rp_hk = hk_addr
    collective = opt.get("hukou") == "collective"
    if collective:
        hk_addr = "%s%s%s%s%d号" % (area[1], area[2], area[3], ident.rand_road(rng), rng.randint(1, 300))
        rp_hk = hk_addr
        idcard["address"] = hk_addr if not opt.get("old_id_addr") else idcard["address"]
    if defect == "addr_mismatch":
        rp_hk = _alt_address(hk_addr, rng) if not collective else hk_addr.replace("号", "弄", 1) if "号" in hk_addr else hk_addr + "1号"
    permit = {"name": pname, "id_number": pid, "hukou_address": rp_hk, "residence_address": ident.sh_address(rng),
              "issue_date": iss.isoformat(), "valid_from": iss.isoformat(), "valid_until": rp_vu.isoformat(),
              "_sex": sex}
    # ---- household register
    married = opt.get("married", False) or age >= 34 and rng.random() < 0.5
    edu = opt.get("edu", "bachelor")
    edu_word = {"master": "研究生", "doctor": "博士研究生", "zhuanke": "大学专科"}.get(edu, "大学本科")
    head_self = rng.random() < 0.3 or age >= 45
    head = pname if head_self else pname[0] + ident.rand_name(rng)[1:]
    rel = "户主" if head_self else rng.choice(["子", "长子", "次子"] if sex == "男" else ["女", "长女", "次女"])
    cover = {"household_type": rng.choice(["家庭户", "居民家庭户", "非农业家庭户"]), "head_name": head,
             "household_number": "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1), "address": hk_addr,
             "issue_date": (birth + relativedelta(years=rng.randint(10, max(11, age - 2)))).isoformat(),
             "_police": police}
    if D(cover["issue_date"]) > as_of - dt.timedelta(days=100):
        cover["issue_date"] = (as_of - dt.timedelta(days=400)).isoformat()
    member = {"name": pname, "relation_to_head": rel, "sex": sex, "birthplace": area[1] + area[2],
              "ethnicity": ethnic, "native_place": area[1] + area[2], "birth_date": birth.isoformat(),
              "id_number": pid, "education": edu_word, "marital_status": "已婚" if married else "未婚",
              "registration_date": (birth + relativedelta(days=rng.randint(20, 200))).isoformat(),
              "_police": police}
    if rng.random() < 0.5:
        member["employer"] = emp["name"]
    coll = {"name": pname, "id_number": pid, "address": hk_addr,
            "issue_date": (as_of - dt.timedelta(days=rng.randint(10, 60))).isoformat(), "_police": police,
            "_station": rng.choice(ident.ROAD_A) + rng.choice(ident.ROAD_A) + "派出所"}
    # ---- contract
    open_ended = opt.get("contract") == "open"
    cstart = as_of - dt.timedelta(days=rng.randint(120, 1000) if age > 24 else rng.randint(200, 240))
    cend = cstart + relativedelta(years=rng.choice([3, 3, 5])) - dt.timedelta(days=1)
    if cend < as_of + relativedelta(months=3):
        cend = cstart + relativedelta(years=5) - dt.timedelta(days=1)
    if "contract_ends_soon" in defect:
        cend = as_of + dt.timedelta(days=rng.randint(5, 45))
        cstart = cend - relativedelta(years=3) + dt.timedelta(days=1)
    if defect == "contract_short":
        cstart = as_of - relativedelta(months=4) - dt.timedelta(days=rng.randint(0, 20))
        cend = cstart + relativedelta(months=rng.choice([10, 11])) - dt.timedelta(days=1)
    contracts = []
    if opt.get("contract") == "renewed":
        os_ = as_of - relativedelta(years=3) - dt.timedelta(days=rng.randint(100, 300))
        oe = os_ + relativedelta(years=3) - dt.timedelta(days=1)
        ns = oe + dt.timedelta(days=1)
        ne = ns + relativedelta(years=3) - dt.timedelta(days=1)
        contracts.append({"employer": emp["name"], "employee_name": pname, "employee_id_number": pid,
                          "start_date": os_.isoformat(), "end_date": oe.isoformat(), "open_ended": False,
                          "signing_date": (os_ - dt.timedelta(days=rng.randint(0, 10))).isoformat(),
                          "_addr": hk_addr, "_layout": None})
        contracts.append({"employer": emp["name"], "employee_name": pname, "employee_id_number": pid,
                          "start_date": ns.isoformat(), "end_date": ne.isoformat(), "open_ended": False,
                          "signing_date": (oe - dt.timedelta(days=rng.randint(10, 30))).isoformat(),
                          "_orig_start": os_.isoformat(), "_layout": "renewal_notice"})
        cstart = os_
    else:
        c = {"employer": emp["name"], "employee_name": pname, "employee_id_number": pid,
             "start_date": cstart.isoformat(), "end_date": cend.isoformat(), "open_ended": open_ended,
             "signing_date": (cstart - dt.timedelta(days=rng.randint(0, 14))).isoformat(), "_addr": hk_addr,
             "_layout": None}
        if open_ended:
            del c["end_date"]
        contracts.append(c)
    if defect == "name_mismatch":
        for c in contracts:
            alt = pname[:-1] + rng.choice([g for g in ident.GIVEN if g != pname[-1]])
            c["employee_name"] = alt
    # ---- tax
    win = tax_window(as_of)
    first_m = _month_add(win[0], -rng.choice([0, 2, 4, 6]))
    months = []
    m = first_m
    while m <= win[-1]:
        months.append(m)
        m = _month_add(m, 1)
    tax_emp = {mm: emp["name"] for mm in months}
    if defect == "tax_other_employer":
        new = ident.company(rng)
        others[new["name"]] = new["uscc"]
        for mm in months[-3:]:
            tax_emp[mm] = new["name"]
    oldname = None
    if opt.get("job_change"):
        old = ident.company(rng)
        others[old["name"]] = old["uscc"]
        oldname = old["name"]
    bureau = rng.choice(["浦东新区", "徐汇区", "闵行区", "静安区", "长宁区", "杨浦区"])
    tax_rows = []
    for mm in months:
        decl = D(mm + "-01") + relativedelta(months=1) + dt.timedelta(days=rng.randint(4, 14))
        tax_rows.append({"period": mm, "withholding_agent": tax_emp[mm], "amount": _money(rng, 150, 3200),
                         "_decl": decl.isoformat(), "_paid": (decl + dt.timedelta(days=rng.randint(0, 2))).isoformat(),
                         "_item": "工资薪金所得", "_income": rng.randint(800000, 3500000) / 100, "_bureau": bureau})
        if mm.endswith("-01") and rng.random() < 0.6:
            tax_rows.append(dict(tax_rows[-1], amount=_money(rng, 300, 5000), _item="全年一次性奖金收入"))
    if len(months) > 7 and rng.random() < 0.5:
        lab = ident.company(rng)
        others[lab["name"]] = lab["uscc"]
        r = dict(tax_rows[1], withholding_agent=lab["name"], amount=_money(rng, 60, 600), _item="劳务报酬所得")
        tax_rows.insert(2, r)
    if "tax_missing" in defect:
        drop = win[rng.randint(1, 4)]
        tax_rows = [r for r in tax_rows if r["period"] != drop]
    if defect == "tax_latest_missing":
        tax_rows = [r for r in tax_rows if r["period"] not in win[-2:]]
    tax = {"name": pname, "id_number": pid,
           "issue_date": (as_of - dt.timedelta(days=rng.randint(0, 6))).isoformat(),
           "_from": first_m + "-01", "_to": as_of.isoformat()}
    if defect == "id_mismatch":
        other = pid
        while other == pid:
            other = ident.make_id(area[0], birth, rng, sex)
        tax["id_number"] = other
    # ---- social insurance
    si = None
    nsi = opt.get("si") or (rng.choice([0, 0, 12, 18]) if not defect.startswith("si") else 0)
    if nsi:
        m0 = as_of.strftime("%Y-%m")
        end_m = m0 if rng.random() < 0.5 else _month_add(m0, -1)
        if defect == "si_not_paying":
            end_m = _month_add(m0, -1)
        sm = [_month_add(end_m, -k) for k in range(nsi - 1, -1, -1)]
        base = rng.choice(["7384.00", "9500.00", "12500.00", "15000.00", "18900.00", "24000.00"])
        rows = []
        for i, mm in enumerate(sm):
            e = emp["name"]
            if opt.get("job_change") and i < nsi // 2:
                e = oldname
            if defect == "si_agency" and i >= nsi - 6:
                e = None
            rows.append({"month": mm, "employer": e, "base": base, "back_payment": False})
        if defect == "si_agency":
            ag = ident.company(rng, "agency")
            others[ag["name"]] = ag["uscc"]
            for r in rows:
                if r["employer"] is None:
                    r["employer"] = ag["name"]
        if defect == "si_not_paying":
            for r in rows[-2:]:
                r["back_payment"] = True
        if defect == "si_insufficient":
            for r in rows[:7]:
                r["back_payment"] = True
        si = {"name": pname, "id_number": pid, "_rows": rows}
    # ---- education
    school, _ = rng.choice(ident.SCHOOLS)
    major, disc = rng.choice(ident.MAJORS)
    gy = birth.year + 22 + (1 if birth.month > 8 else 0)
    if age == 23:
        gy = 2026 if as_of.year == 2026 else gy
    edu_docs = []
    sexw = sex

    def dip(level, years, gyear, sch, mode="普通全日制", layout=None):
        g = dt.date(gyear, rng.choice([6, 6, 7]), rng.choice([20, 28, 30, 30]))
        if g > as_of:
            g = dt.date(gyear, 6, 30)
        return {"type": "diploma", "fields": {"name": pname, "school": sch, "major": major, "level": level,
                                              "graduation_date": g.isoformat(), "study_mode": mode},
                "_extra": {"_birth": birth.isoformat(), "_enrol": dt.date(gyear - years, 9, 1).isoformat(),
                           "_sex": sexw}}

    def deg(level, dref, sch):
        return {"type": "degree_certificate", "fields": {"name": pname, "school": sch, "major": major,
                                                        "level": level, "graduation_date": dref},
                "_extra": {"_birth": birth.isoformat(), "_sex": sexw, "_discipline": disc}}
    if edu in ("bachelor", "bachelor_only", "degree_only", "adult_xuexin", "adult_noxuexin"):
        mode = "普通全日制" if not edu.startswith("adult") else rng.choice(["函授", "业余"])
        d1 = dip("本科", 4 if not edu.startswith("adult") else 5, gy if not edu.startswith("adult") else gy + 3,
                 school, mode)
        if edu != "degree_only":
            edu_docs.append(d1)
        if edu != "bachelor_only":
            edu_docs.append(deg("学士", d1["fields"]["graduation_date"], school))
        if edu == "adult_xuexin":
            edu_docs.append({"type": "diploma", "layout": "xuexin", "fields": dict(d1["fields"], online_record=True),
                             "_extra": dict(d1["_extra"])})
        elif edu == "bachelor" and rng.random() < 0.35:
            edu_docs.append({"type": "diploma", "layout": "xuexin", "fields": dict(d1["fields"], online_record=True),
                             "_extra": dict(d1["_extra"])})
    elif edu == "zhuanke":
        edu_docs.append(dip("专科", 3, gy - 1, rng.choice(ident.COLLEGES)))
    elif edu in ("master", "doctor"):
        d2 = dip("硕士研究生", 3, gy + 3, school)
        if edu == "master":
            edu_docs += [d2, deg("硕士", d2["fields"]["graduation_date"], school)]
        else:
            s2, _ = rng.choice(ident.SCHOOLS)
            d3 = dip("博士研究生", 4, gy + 7, s2)
            edu_docs += [d3, deg("博士", d3["fields"]["graduation_date"], s2)]
    # ---- marriage
    marr = None
    if married and rng.random() < 0.8 or opt.get("married"):
        ssex = "女" if sex == "男" else "男"
        sb = birth + dt.timedelta(days=rng.randint(-900, 900))
        sarea = rng.choice(ident.AREAS)
        sid = ident.make_id(rng.choice([sarea[0], "310104", "310115"]), sb, rng, ssex)
        sname = ident.rand_name(rng)
        reg = birth + relativedelta(years=rng.randint(24, max(25, min(age - 1, 32))), days=rng.randint(0, 300))
        if reg > as_of - dt.timedelta(days=60):
            reg = as_of - dt.timedelta(days=400)
        marr = {"holder_name": pname, "spouse_name": sname, "spouse_id_number": sid,
                "registration_date": reg.isoformat(), "_areacode": area[0][:4],
                "_office": area[2] + area[3] + "民政局",
                "_h": (pname, sex, birth.isoformat().replace("-", "年", 1).replace("-", "月") + "日", pid),
                "_s": (sname, ssex, sb.isoformat().replace("-", "年", 1).replace("-", "月") + "日", sid)}
        if rng.random() < 0.5:
            marr["_h"], marr["_s"] = marr["_s"], marr["_h"]
    return {"rng": rng, "n": n, "scenario": name, "opt": opt, "defect": defect, "as_of": as_of, "app": app,
            "idcard": idcard, "permit": permit, "cover": cover, "member": member, "coll": coll,
            "collective": collective, "contracts": contracts, "tax": tax, "tax_rows": tax_rows, "si": si,
            "edu_docs": edu_docs, "marr": marr, "uscc": others, "employer": emp}
