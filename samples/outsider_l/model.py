"""Truth model: people, documents, defects, expected rules, points."""
import datetime as dt
from dateutil.relativedelta import relativedelta
import chinese_calendar as cc

from . import data as D
from .ids import make_id, make_uscc, id_check

D1 = dt.timedelta(days=1)


def iso(d):
    return d.isoformat()


def ym(d):
    return f"{d.year:04d}-{d.month:02d}"


def month_add(y, m, k):
    t = y * 12 + (m - 1) + k
    return t // 12, t % 12 + 1


def tax_window(as_of):
    """six latest months M with deadline 15th of M+1 <= as_of"""
    y, m = as_of.year, as_of.month
    # candidate latest: month before as_of if as_of.day >= 15 else two before
    ly, lm = month_add(y, m, -1 if as_of.day >= 15 else -2)
    return [month_add(ly, lm, -k) for k in range(5, -1, -1)]


def age_at(birth, as_of):
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def age_points(a):
    if a <= 43:
        return 30
    if a <= 55:
        return 5 + 2 * (56 - a)
    if a <= 60:
        return 5
    return 0


def working_days_after(issue, as_of):
    n, d = 0, issue + D1
    while d <= as_of:
        if cc.is_workday(d):
            n += 1
        d += D1
    return n


def norm(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        elif ch == "\u3000":
            ch = " "
        out.append(ch)
    return "".join(out).replace(" ", "").replace("\n", "")


# ------------------------------------------------------------------ people
def pick_name(rng, male):
    g = D.GIVEN_M if male else D.GIVEN_F
    n = rng.choice([1, 2, 2, 2])
    return rng.choice(D.SURNAMES) + "".join(rng.choice(g) for _ in range(n))


def hukou_address(rng, reg):
    code, prov, city, dist = reg
    head = prov + city + dist
    r = rng.random()
    if r < 0.35:
        return head + rng.choice(D.TOWNS) + rng.choice(D.VILLAGES) + f"{rng.randint(1, 12)}组{rng.randint(1, 120)}号"
    if r < 0.7:
        return head + rng.choice(D.STREETS) + f"{rng.randint(1, 399)}号{rng.randint(1, 30)}幢{rng.randint(1, 4)}单元{rng.randint(1, 18)}0{rng.randint(1, 4)}室"
    return head + rng.choice(D.STREETS) + f"{rng.randint(1, 299)}号" + rng.choice(D.COMMUNITIES) + f"{rng.randint(1, 40)}号楼{rng.randint(1, 26)}0{rng.randint(1, 4)}室"


def one_char_change(rng, s):
    """change one character of an address (digit or a 村/路 character)."""
    idx = [i for i, c in enumerate(s) if c.isdigit() and i > 8]
    i = rng.choice(idx)
    new = str((int(s[i]) + rng.randint(1, 8)) % 10)
    if i == len(s) - 1 or not s[i - 1].isdigit() and new == "0":
        new = str(rng.randint(1, 9)) if new == "0" else new
    if new == s[i]:
        new = str((int(s[i]) + 1) % 10 or 1)
    return s[:i] + new + s[i + 1:]


def sh_address(rng):
    d = rng.choice(D.SH_DISTRICTS)
    return "上海市" + d + rng.choice(D.SH_STREETS) + f"{rng.randint(10, 3999)}弄{rng.randint(1, 80)}号{rng.randint(1, 32)}0{rng.randint(1, 6)}室", d


def company(rng, exclude=()):
    while True:
        b, t = rng.choice(D.CO_BRANDS), rng.choice(D.CO_TRADES)
        r = rng.random()
        if r < 0.55:
            name, printed = f"上海{b}{t}有限公司", f"上海{b}{t}有限公司"
        elif r < 0.68:
            name, printed = f"上海{b}{t}股份有限公司", f"上海{b}{t}股份有限公司"
        elif r < 0.8:
            name, printed = f"{b}(上海){t}有限公司", f"{b}（上海）{t}有限公司"
        elif r < 0.9:
            name, printed = f"上海{b}(集团)有限公司", f"上海{b}（集团）有限公司"
        else:
            dd = rng.choice(["浦东", "闵行", "徐汇", "嘉定"])
            name, printed = f"上海{b}{t}有限公司{dd}分公司", f"上海{b}{t}有限公司{dd}分公司"
        if b not in exclude:
            return {"name": name, "printed": printed, "brand": b,
                    "uscc": make_uscc(rng, rng.choice(["310115", "310112", "310104", "310110", "310114", "310117"]))}


def agency(rng):
    b = rng.choice(D.AGENCY_BRANDS)
    n = rng.choice([f"上海{b}人力资源有限公司", f"上海{b}人才服务有限公司", f"上海{b}企业管理咨询有限公司"])
    return {"name": n, "printed": n, "brand": b, "uscc": make_uscc(rng, "310101")}


def id_dates(rng, birth, as_of, expired=False):
    """(valid_from, valid_until or 'long_term')"""
    for _ in range(200):
        if expired:
            until = as_of - dt.timedelta(days=rng.randint(8, 90))
            frm = until - relativedelta(years=10)
            if 16 <= age_at(birth, frm) <= 25:
                return frm, until
            until = as_of - dt.timedelta(days=rng.randint(8, 90))
            frm = until - relativedelta(years=20)
            if 26 <= age_at(birth, frm) <= 45:
                return frm, until
            continue
        frm = as_of - dt.timedelta(days=rng.randint(60, 19 * 365))
        a = age_at(birth, frm)
        if a < 16:
            continue
        if a >= 46:
            return frm, "long_term"
        yrs = 10 if a <= 25 else 20
        until = frm + relativedelta(years=yrs)
        if until > as_of + dt.timedelta(days=60):
            return frm, until
    raise RuntimeError("id dates")


def issuing_authority(reg):
    code, prov, city, dist = reg
    if prov == "重庆市":
        return f"重庆市公安局{dist}分局"
    if dist.endswith("市"):
        return f"{dist}公安局"
    return f"{city}公安局{dist}分局"


# ---------------------------------------------------------------- scenarios
CLEAN = ["clean", "clean", "clean", "clean_si", "clean_si", "clean_master", "clean_renewal", "clean_renewal_si",
         "clean_collective", "clean_xuqian", "clean_openended", "clean_oldaddr", "clean", "clean_si", "clean_master"]
DEFECTS = [["addr_one_char"], ["addr_one_char"], ["addr_one_char"], ["contract_ends_soon"], ["contract_ended"],
           ["contract_short_term"], ["tax_missing_month"], ["tax_missing_two"], ["tax_agency"], ["si_agency"],
           ["si_other_employer"], ["name_mismatch"], ["name_mismatch_permit"], ["id_mismatch_valid"],
           ["id_typo_invalid"], ["permit_expired"], ["permit_too_recent"], ["id_card_expired"], ["missing_tax"],
           ["missing_hukou_member"], ["missing_permit"], ["below_standard_no_degree"], ["below_standard_zhuanke"],
           ["degree_without_diploma"], ["si_backpay"],
           ["contract_ends_soon", "tax_missing_month"], ["addr_one_char", "below_standard_no_degree"],
           ["permit_too_recent", "si_agency"], ["name_mismatch", "tax_missing_month"],
           ["blank_page", "degree_without_diploma"], ["si_not_paying"], ["id_front_only"], ["adult_diploma_no_xuexin"]]

RULES = {
    "addr_one_char": ["address.hukou_mismatch"],
    "contract_ends_soon": ["contract.ends_within_two_months"],
    "contract_ended": ["contract.ends_within_two_months"],
    "contract_short_term": ["contract.term_too_short"],
    "tax_missing_month": ["tax.missing_months"], "tax_missing_two": ["tax.missing_months"],
    "tax_agency": ["employer.mismatch"], "si_agency": ["employer.mismatch"], "si_other_employer": ["employer.mismatch"],
    "name_mismatch": ["identity.name_mismatch"], "name_mismatch_permit": ["identity.name_mismatch"],
    "id_mismatch_valid": ["identity.id_number_mismatch"],
    "id_typo_invalid": ["identity.id_number_invalid", "identity.id_number_mismatch"],
    "permit_expired": ["permit.expired"], "permit_too_recent": ["permit.too_recent"],
    "id_card_expired": ["id_card.expired"],
    "missing_tax": ["packet.missing_document"], "missing_hukou_member": ["packet.missing_document"],
    "missing_permit": ["packet.missing_document"],
    "below_standard_no_degree": ["points.below_standard"], "below_standard_zhuanke": ["points.below_standard"],
    "degree_without_diploma": ["points.claim_unsupported"],
    "adult_diploma_no_xuexin": ["points.claim_unsupported"],
    "si_backpay": ["social_insurance.insufficient_months"], "si_not_paying": ["social_insurance.not_paying"],
    "id_front_only": ["field.unreadable"], "blank_page": ["quality.unreadable_page"],
}
WARNINGS = {"permit.too_recent", "field.unreadable", "quality.unreadable_page", "points.below_standard",
            "points.claim_unsupported"}


def scenario_list(count, rng):
    base = [("clean", c) for c in CLEAN] + [("defect", d) for d in DEFECTS]
    items = [base[i % len(base)] for i in range(count)] if count >= len(base) else None
    if items is None:
        # keep roughly one third clean
        nc = max(1, round(count / 3))
        cl = [("clean", c) for c in CLEAN]
        df = [("defect", d) for d in DEFECTS]
        rng.shuffle(df)
        items = cl[:nc] + df[:count - nc]
    rng.shuffle(items)
    return items


# ------------------------------------------------------------------ packet
def plan(rng, name, scenario):
    kind, spec = scenario
    defects = [] if kind == "clean" else list(spec)
    tag = spec if kind == "clean" else "defect"
    dset = set(defects)
    as_of = dt.date(2026, 10, 12) + dt.timedelta(days=rng.randint(0, 75))
    application = "renewal" if tag.startswith("clean_renewal") or (kind == "defect" and rng.random() < 0.12
                                                                   and not dset & {"missing_hukou_member", "addr_one_char"}) else "first"
    # ---- person
    reg = rng.choice(D.REGIONS)
    male = rng.random() < 0.5
    age = rng.randint(26, 41)
    if "id_card_expired" in dset:
        age = rng.randint(27, 34)
    if tag == "clean_master" or (kind == "clean" and rng.random() < 0.15):
        age = rng.randint(30, 47) if tag == "clean_master" else age
    birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(1, 360))
    seq = rng.randint(1, 998)
    if (seq % 2 == 1) != male:
        seq += 1
    idn = make_id(reg[0], birth, seq)
    name_ = pick_name(rng, male)
    ethnic = rng.choice(D.ETHNIC)
    hk_addr = hukou_address(rng, reg)
    collective = tag == "clean_collective"
    if collective:
        hk_addr = f"{reg[1]}{reg[2]}{reg[3]}{rng.choice(D.STREETS)}{rng.randint(1, 300)}号"
    res_addr, sh_dist = sh_address(rng)
    emp = company(rng)
    P = dict(name=name_, male=male, sex="男" if male else "女", birth=birth, id=idn, ethnic=ethnic, reg=reg,
             hk_addr=hk_addr, res_addr=res_addr, sh_dist=sh_dist, emp=emp)
    docs = []
    extras = {"traps": []}

    # ---- id card
    vf, vu = id_dates(rng, birth, as_of, expired="id_card_expired" in dset)
    id_addr = hk_addr
    if tag == "clean_oldaddr" or (rng.random() < 0.15 and not collective):
        id_addr = hukou_address(rng, reg)
        extras["traps"].append("id_card_old_address")
    idf = dict(name=name_, sex=P["sex"], ethnicity=ethnic, birth_date=iso(birth), address=id_addr, id_number=idn,
               issuing_authority=issuing_authority(reg), valid_from=iso(vf),
               valid_until=vu if vu == "long_term" else iso(vu))
    if "id_front_only" in dset:
        for k in ("issuing_authority", "valid_from", "valid_until"):
            idf.pop(k)
    docs.append(dict(type="id_card", fields=idf, rows=[], front_only="id_front_only" in dset))

    # ---- residence permit
    if "permit_too_recent" in dset:
        while True:
            iss = as_of - dt.timedelta(days=rng.randint(1, 6))
            if 1 <= working_days_after(iss, as_of) <= 4:
                break
    elif "permit_expired" in dset:
        iss = as_of - dt.timedelta(days=rng.randint(380, 700))
    else:
        iss = as_of - dt.timedelta(days=rng.randint(40, 900))
    if "permit_expired" in dset:
        vuntil = iss + relativedelta(years=1) - D1
        if vuntil >= as_of:
            vuntil = as_of - dt.timedelta(days=rng.randint(5, 40))
            iss = vuntil + D1 - relativedelta(years=1)
    else:
        yrs = 3 if rng.random() < 0.5 else 1
        vuntil = iss + relativedelta(years=yrs) - D1
        while vuntil < as_of + dt.timedelta(days=20):
            yrs += 1
            vuntil = iss + relativedelta(years=yrs) - D1
    p_hk = one_char_change(rng, hk_addr) if "addr_one_char" in dset else hk_addr
    p_name = name_
    if "name_mismatch_permit" in dset:
        p_name = swap_name(rng, name_)
    pf = dict(name=p_name, id_number=idn, hukou_address=p_hk, residence_address=res_addr, issue_date=iso(iss),
              valid_from=iso(iss), valid_until=iso(vuntil))
    if "missing_permit" not in dset:
        docs.append(dict(type="residence_permit", fields=pf, rows=[], police=D.SH_POLICE[sh_dist]))

    # ---- hukou
    if application == "first" or rng.random() < 0.4:
        if collective:
            docs.append(dict(type="collective_hukou_certificate", fields=dict(
                name=name_, id_number=idn, address=hk_addr, issue_date=iso(as_of - dt.timedelta(days=rng.randint(10, 80)))),
                rows=[], office=issuing_authority(reg).replace("公安局", "公安局") + ("" if issuing_authority(reg).endswith("分局") else ""),
                station=reg[3] + rng.choice(["城东", "城西", "南关", "新华", "人民路"]) + "派出所"))
        else:
            self_head = rng.random() < 0.35
            head = name_ if self_head else (name_[0] + rng.choice(D.GIVEN_M) + ("" if rng.random() < 0.5 else rng.choice(D.GIVEN_M)))
            cov = dict(household_type="家庭户", head_name=head, household_number=f"{rng.randint(10**8, 10**9 - 1)}",
                       address=hk_addr, issue_date=iso(dt.date(rng.randint(2008, 2021), rng.randint(1, 12), rng.randint(1, 28))))
            docs.append(dict(type="household_register_cover", fields=cov, rows=[],
                             station=reg[3] + rng.choice(["城东", "城西", "南关", "新华", "人民路", "东风"]) + "派出所"))
            if "missing_hukou_member" not in dset:
                rel = "户主" if self_head else rng.choice(["子", "长子", "次子"] if male else ["女", "长女", "次女"])
                reg_d = birth + dt.timedelta(days=rng.randint(5, 60)) if rng.random() < 0.6 else \
                    dt.date(rng.randint(2005, 2020), rng.randint(1, 12), rng.randint(1, 28))
                mem = dict(name=name_, relation_to_head=rel, sex=P["sex"], birthplace=reg[1] + reg[2] + (reg[3] if rng.random() < .4 else ""),
                           ethnicity=ethnic, native_place=reg[1] + (reg[2] or reg[3]), birth_date=iso(birth), id_number=idn,
                           education="", marital_status="", employer="", registration_date=iso(reg_d))
                docs.append(dict(type="household_register_member", fields=mem, rows=[]))

    # ---- education
    grad_year = birth.year + rng.choice([22, 22, 23])
    school, _prov = rng.choice(D.SCHOOLS)
    major, disc = rng.choice(D.MAJORS)
    gd = dt.date(grad_year, rng.choice([6, 6, 7]), rng.choice([30, 20, 25, 28]) if True else 30)
    if gd.month == 7:
        gd = dt.date(grad_year, 7, 1)
    edu = "bachelor"
    if tag == "clean_master":
        edu = "master"
    if "below_standard_no_degree" in dset:
        edu = "bachelor_nodegree"
    if "below_standard_zhuanke" in dset:
        edu = "zhuanke"
    if "degree_without_diploma" in dset:
        edu = "degree_only"
    if "adult_diploma_no_xuexin" in dset:
        edu = "adult"
    edu_docs = []
    xuexin = rng.random() < 0.35 and edu in ("bachelor", "master")
    if edu in ("bachelor", "bachelor_nodegree", "master", "adult"):
        mode = "普通全日制" if edu != "adult" else rng.choice(["高等教育自学考试", "成人教育（业余）"])
        edu_docs.append(dict(type="diploma", fields=dict(name=name_, school=school, major=major, level="本科",
                                                         graduation_date=iso(gd), study_mode=mode if edu != "adult" else mode.replace("（业余）", "")), rows=[],
                             adm=dt.date(grad_year - 4, 9, 1), years="四", disc=disc, mode_print=mode))
    if edu in ("bachelor", "master", "degree_only", "adult"):
        edu_docs.append(dict(type="degree_certificate", fields=dict(name=name_, school=school, major=major, level="学士",
                                                                    graduation_date=iso(gd)), rows=[], disc=disc))
    if edu == "zhuanke":
        zs = rng.choice(D.ZK_SCHOOLS)
        zg = dt.date(birth.year + 21, 6, 30)
        edu_docs.append(dict(type="diploma", fields=dict(name=name_, school=zs, major=rng.choice(D.ZK_MAJORS), level="专科",
                                                         graduation_date=iso(zg), study_mode="普通全日制"), rows=[],
                             adm=dt.date(zg.year - 3, 9, 1), years="三", disc="", mode_print="普通全日制"))
    if edu == "master":
        ms, _ = rng.choice(D.SCHOOLS)
        mg = dt.date(grad_year + 3, 6, 30)
        edu_docs.append(dict(type="diploma", fields=dict(name=name_, school=ms, major=major, level="硕士研究生",
                                                         graduation_date=iso(mg), study_mode="普通全日制"), rows=[],
                             adm=dt.date(grad_year, 9, 1), years="三", disc=disc, mode_print="普通全日制"))
        edu_docs.append(dict(type="degree_certificate", fields=dict(name=name_, school=ms, major=major, level="硕士",
                                                                    graduation_date=iso(mg)), rows=[], disc=disc))
    if xuexin:
        top = [d for d in edu_docs if d["type"] == "diploma"][-1]
        f = dict(top["fields"])
        f["online_record"] = True
        edu_docs.append(dict(type="diploma", fields=f, rows=[], xuexin=True, adm=top["adm"], years=top["years"]))
    docs.extend(edu_docs)
    # member page details
    for d in docs:
        if d["type"] == "household_register_member":
            f = d["fields"]
            f["education"] = {"bachelor": "大学本科", "bachelor_nodegree": "大学本科", "master": "研究生", "zhuanke": "大学专科",
                              "degree_only": "大学本科", "adult": "大学本科"}[edu] if rng.random() < 0.85 else "高中"
            married = rng.random() < 0.5
            f["marital_status"] = "已婚" if married else "未婚"
            if rng.random() < 0.4:
                f["employer"] = emp["name"]
            for k in [k for k, v in f.items() if v == ""]:
                f.pop(k)

    # ---- labour contract
    open_ended = tag == "clean_openended" or (kind == "defect" and rng.random() < 0.12 and not dset & {
        "contract_ends_soon", "contract_ended", "contract_short_term"})
    xuqian = tag == "clean_xuqian"
    if "contract_ends_soon" in dset:
        end = as_of + dt.timedelta(days=rng.randint(3, 50))
        if end >= as_of + relativedelta(months=2):
            end = as_of + dt.timedelta(days=20)
        start = end + D1 - relativedelta(years=rng.choice([2, 3]))
    elif "contract_ended" in dset:
        end = as_of - dt.timedelta(days=rng.randint(5, 70))
        start = end + D1 - relativedelta(years=3)
    elif "contract_short_term" in dset:
        start = dt.date(as_of.year, as_of.month, 1) - relativedelta(months=rng.randint(3, 5))
        end = start + relativedelta(months=rng.choice([10, 11])) - D1
    elif xuqian:
        end0 = as_of - dt.timedelta(days=rng.randint(30, 200))
        start = end0 + D1 - relativedelta(years=3)
        end = end0
    else:
        start = dt.date(as_of.year, as_of.month, 1) - relativedelta(months=rng.randint(14, 50))
        if rng.random() < 0.3:
            start = start + dt.timedelta(days=rng.randint(1, 25))
        yrs = 3
        end = start + relativedelta(years=yrs) - D1
        while end < as_of + relativedelta(months=4):
            yrs += 1
            end = start + relativedelta(years=yrs) - D1
    signing = start - dt.timedelta(days=rng.randint(0, 12))
    c_name, c_id = name_, idn
    if "name_mismatch" in dset:
        c_name = swap_name(rng, name_)
    if "id_mismatch_valid" in dset:
        s2 = (int(idn[14:17]) + rng.choice([2, 4, 6, 10, 20])) % 1000
        c_id = make_id(idn[:6], birth, s2)
    if "id_typo_invalid" in dset:
        while True:
            i = rng.choice([6, 7, 8, 9, 14, 15])  # year digits or sequence
            if i in (6, 7):
                continue
            nd = str((int(idn[i]) + rng.randint(1, 9)) % 10)
            cand = idn[:i] + nd + idn[i + 1:]
            if cand[17] != id_check(cand[:17]):
                c_id = cand
                break
    cf = dict(employer=emp["name"], employee_name=c_name, employee_id_number=c_id, start_date=iso(start),
              end_date=iso(end), open_ended=False, signing_date=iso(signing))
    if open_ended:
        cf["open_ended"] = True
        cf.pop("end_date")
    docs.append(dict(type="labour_contract", fields=cf, rows=[], emp=emp))
    if xuqian:
        ns = end + D1
        ne = ns + relativedelta(years=3) - D1
        xs = end - dt.timedelta(days=rng.randint(10, 40))
        docs.append(dict(type="labour_contract", fields=dict(employer=emp["name"], employee_name=name_, employee_id_number=idn,
                                                             start_date=iso(ns), end_date=iso(ne), open_ended=False,
                                                             signing_date=iso(xs)), rows=[], emp=emp, renewal_of=iso(start)))
        extras["traps"].append("contract_renewed_by_xudingshu")

    # ---- tax record
    win = tax_window(as_of)
    ly, lm = win[-1]
    n_months = rng.randint(6, 13)
    months = [month_add(ly, lm, -k) for k in range(n_months - 1, -1, -1)]
    prev_emp = company(rng, exclude={emp["brand"]})
    ag = agency(rng)
    start_m = (start.year, start.month)
    rows = []
    skip = set()
    if "tax_missing_month" in dset:
        skip.add(rng.choice(win[:-1]))
    if "tax_missing_two" in dset:
        skip.update(rng.sample(win[:-1], 2))
    for (y, m) in months:
        if (y, m) in skip:
            continue
        who = emp if (y, m) >= start_m else prev_emp
        if "tax_agency" in dset and (y, m) >= win[-3]:
            who = ag
        amt = 0.0 if rng.random() < 0.06 else round(rng.uniform(30, 3200), 2)
        rows.append(dict(period=f"{y:04d}-{m:02d}", withholding_agent=who["name"], amount=f"{amt:.2f}",
                         item="正常工资薪金", agent=who))
        if m in (1, 2, 3) and rng.random() < 0.35:
            rows.append(dict(period=f"{y:04d}-{m:02d}", withholding_agent=who["name"], amount=f"{rng.uniform(200, 9000):.2f}",
                             item="全年一次性奖金收入", agent=who))
    if rng.random() < 0.25:
        other = company(rng, exclude={emp["brand"]})
        (y, m) = rng.choice(months[:-1])
        rows.append(dict(period=f"{y:04d}-{m:02d}", withholding_agent=other["name"], amount=f"{rng.uniform(40, 900):.2f}",
                         item="劳务报酬", agent=other))
        rows.sort(key=lambda r: r["period"])
        extras["traps"].append("labour_fee_row_other_payer")
    dl = dt.date(*month_add(ly, lm, 1), 15)
    tax_issue = as_of - dt.timedelta(days=rng.randint(0, max(0, min(8, (as_of - dl).days))))
    if "missing_tax" not in dset:
        docs.append(dict(type="tax_record", fields=dict(name=name_, id_number=idn, issue_date=iso(tax_issue)), rows=rows,
                         period_from=months[0], period_to=months[-1]))

    # ---- social insurance
    si = tag in ("clean_si", "clean_renewal_si") or dset & {"si_agency", "si_other_employer", "si_backpay", "si_not_paying"} \
        or rng.random() < 0.3
    if si:
        last = (as_of.year, as_of.month) if as_of.day >= 20 and rng.random() < .5 else month_add(as_of.year, as_of.month, -1)
        if "si_not_paying" in dset:
            last = month_add(as_of.year, as_of.month, -rng.randint(3, 4))
        nm = rng.randint(12, 30)
        if "si_backpay" in dset:
            nm = rng.randint(12, 16)
        ms = [month_add(last[0], last[1], -k) for k in range(nm - 1, -1, -1)]
        other = company(rng, exclude={emp["brand"]})
        base0 = rng.choice([7384, 8500, 10000, 12000, 15800, 18500, 22000, 26000])
        srows = []
        for (y, m) in ms:
            who = emp if (y, m) >= start_m else prev_emp
            if "si_agency" in dset:
                who = ag
            if "si_other_employer" in dset and (y, m) >= month_add(last[0], last[1], -5):
                who = other
            bp = False
            if "si_backpay" in dset and month_add(as_of.year, as_of.month, -12) <= (y, m) <= month_add(as_of.year, as_of.month, -5):
                bp = True
            base = base0 if (y, m) >= (y, 7) and m >= 7 else int(base0 * 0.95)
            srows.append(dict(month=f"{y:04d}-{m:02d}", employer=who["name"], base=f"{base:.2f}", back_payment=bp, agent=who))
        docs.append(dict(type="social_insurance_record", fields=dict(name=name_, id_number=idn), rows=srows))
        if "si_agency" in dset:
            extras["traps"].append("si_paid_by_agency")

    # ---- marriage
    if rng.random() < 0.3:
        sp_male = not male
        sp_reg = rng.choice(D.REGIONS)
        sp_birth = birth + dt.timedelta(days=rng.randint(-1500, 1500))
        s = rng.randint(1, 998)
        if (s % 2 == 1) != sp_male:
            s += 1
        rd = max(birth, sp_birth) + relativedelta(years=rng.randint(24, 30)) + dt.timedelta(days=rng.randint(0, 300))
        if rd > as_of - dt.timedelta(days=30):
            rd = as_of - dt.timedelta(days=rng.randint(60, 900))
        docs.append(dict(type="marriage_certificate", fields=dict(holder_name=name_, spouse_name=pick_name(rng, sp_male),
                                                                  spouse_id_number=make_id(sp_reg[0], sp_birth, s),
                                                                  registration_date=iso(rd)), rows=[],
                         sp_sex="男" if sp_male else "女", sp_birth=sp_birth, reg_no=f"J{reg[0]}-{rd.year}-{rng.randint(1, 9999):06d}"))

    # ---- points
    items = {"age": age_points(age_at(birth, as_of))}
    lv = {d["fields"]["level"] for d in docs if d["type"] in ("diploma", "degree_certificate")}
    if "硕士研究生" in lv and "硕士" in lv:
        items["education"] = 100
    elif "学士" in lv:
        items["education"] = 90
    elif "本科" in lv:
        items["education"] = 60
    elif "专科" in lv:
        items["education"] = 50
    for d in docs:
        if d["type"] == "social_insurance_record":
            reg_n = sum(1 for r in d["rows"] if not r["back_payment"])
            if reg_n // 12:
                items["social_insurance_years"] = 3 * (reg_n // 12)
    est = sum(items.values())
    exp = []
    for dname in defects:
        for r in RULES.get(dname, []):
            if r not in exp:
                exp.append(r)
    if est < 120 and "points.below_standard" not in exp:
        exp.append("points.below_standard")
    if est >= 120 and "points.below_standard" in exp:
        raise RuntimeError("below standard defect but estimate >= 120")
    verdict = "fix" if any(r not in WARNINGS for r in exp) else ("review" if exp else "ready")
    truth = dict(packet=name, as_of=iso(as_of), application=application, defects=defects, expected_rules=exp,
                 verdict=verdict, points=dict(standard=120, estimate=est, items=items))
    return dict(truth=truth, docs=docs, person=P, as_of=as_of, extras=extras, blank_page="blank_page" in dset)


def swap_name(rng, name):
    idx = [i for i in range(1, len(name)) if name[i] in D.NAME_SWAP]
    if not idx:
        return name[0] + ("玮" if name[1] != "玮" else "伟") + name[2:]
    i = rng.choice(idx)
    return name[:i] + D.NAME_SWAP[name[i]] + name[i + 1:]
