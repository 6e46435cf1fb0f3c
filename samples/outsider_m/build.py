"""Scenario drawing and packet assembly."""
import copy
import datetime as dt
import json
import os
import random
from dateutil.relativedelta import relativedelta
from . import data as Dd
from . import forms as F1
from . import forms2 as F2
from . import capture as C
from . import elements as E
from .canvas import pages_to_pdf
from .rules import evaluate, tax_window, ym_add

WM = "仅供居住证积分使用，他用无效"
# (kind, defects, intended rules)
PLAN = ([("clean", [], set())] * 15 + [
    ("addr", ["hukou_address_one_char"], {"address.hukou_mismatch"}),
    ("addr", ["hukou_address_one_char"], {"address.hukou_mismatch"}),
    ("addr", ["hukou_address_one_char"], {"address.hukou_mismatch"}),
    ("ends_soon", ["contract_ends_soon"], {"contract.ends_within_two_months"}),
    ("ends_soon", ["contract_ends_soon"], {"contract.ends_within_two_months"}),
    ("ended", ["contract_ended"], {"contract.ends_within_two_months"}),
    ("short", ["contract_term_short"], {"contract.term_too_short"}),
    ("tax_gap", ["tax_missing_month"], {"tax.missing_months"}),
    ("tax_early", ["tax_print_too_early"], {"tax.missing_months"}),
    ("tax_agency", ["tax_paid_by_agency"], {"employer.mismatch"}),
    ("tax_other", ["tax_paid_by_other_company"], {"employer.mismatch"}),
    ("si_agency", ["si_paid_by_agency"], {"employer.mismatch"}),
    ("name", ["name_mismatch"], {"identity.name_mismatch"}),
    ("name", ["name_mismatch"], {"identity.name_mismatch"}),
    ("idtypo", ["id_number_typo"], {"identity.id_number_invalid", "identity.id_number_mismatch"}),
    ("idtypo", ["id_number_typo"], {"identity.id_number_invalid", "identity.id_number_mismatch"}),
    ("permit_exp", ["permit_expired"], {"permit.expired"}),
    ("id_exp", ["id_card_expired"], {"id_card.expired"}),
    ("miss_tax", ["missing_tax_record"], {"packet.missing_document"}),
    ("miss_hk", ["missing_household_register"], {"packet.missing_document"}),
    ("si_back", ["si_back_payment_only"], {"social_insurance.insufficient_months", "social_insurance.not_paying"}),
    ("si_stop", ["si_stopped"], {"social_insurance.not_paying"}),
    ("combo1", ["hukou_address_one_char", "tax_missing_month"], {"address.hukou_mismatch", "tax.missing_months"}),
    ("combo2", ["contract_ends_soon", "name_mismatch"], {"contract.ends_within_two_months", "identity.name_mismatch"}),
    ("combo3", ["tax_paid_by_agency", "permit_too_recent"], {"employer.mismatch", "permit.too_recent"}),
    ("below", ["points_below_standard"], {"points.below_standard"}),
    ("below", ["points_below_standard"], {"points.below_standard"}),
    ("recent", ["permit_too_recent"], {"permit.too_recent"}),
    ("unsup", ["degree_without_diploma"], {"points.claim_unsupported"}),
    ("unsup2", ["adult_diploma_without_xuexin"], {"points.claim_unsupported"}),
])


def plan(seed, count):
    r = random.Random(seed)
    extra = [("idcard_front_only", ["id_card_back_missing"], {"field.unreadable"}),
             ("permit_card_only", ["permit_card_without_hukou_address"], {"field.unreadable"})]
    base = list(PLAN) + extra
    # trim duplicates (never the clean ones, never the extras) until the count fits
    while len(base) > count:
        kinds = [b[0] for b in base]
        for i in range(len(base) - 1, -1, -1):
            if base[i][0] != "clean" and kinds.count(base[i][0]) > 1:
                base.pop(i); break
        else:
            base.pop()
    while len(base) < count:
        base.append(r.choice(PLAN))
    r.shuffle(base)
    return base


def iso(d):
    return d.isoformat()


def month_str(y, m):
    return "%04d-%02d" % (y, m)


def make_person(rng, as_of, kind):
    male = rng.random() < 0.5
    if kind == "below" and rng.random() < 0.5:
        age = rng.randint(45, 50)
    else:
        age = rng.randint(24, 42)
    birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(1, 360))
    region = rng.choice(Dd.REGIONS)
    name = Dd.rand_name(rng)
    idn = Dd.make_id(region[3], birth, male, rng)
    return dict(male=male, sex="男" if male else "女", birth=birth, region=region, name=name, id=idn,
                eth=rng.choice(Dd.ETHNIC), hukou=Dd.hukou_address(region, rng), res=Dd.sh_address(rng))


def draw_truth(rng, kind, defects, as_of, app):
    P = make_person(rng, as_of, kind)
    company = rng.choice(Dd.COMPANIES)
    docs = {}
    ctx = dict(male=P["male"], sex=P["sex"], name=P["name"], birth_date=iso(P["birth"]), clerk=Dd.rand_name(rng),
               police=P["region"][1] + "公安局" + P["region"][2] + "分局", legal=rng.choice(Dd.PERSONS_LEGAL),
               company_addr=Dd.sh_address(rng).split("弄")[0] + "号", hukou_address=P["hukou"],
               residence_address=P["res"], tax_office="国家税务总局上海市%s税务局" % rng.choice(["浦东新区", "徐汇区", "闵行区", "静安区", "长宁区"]),
               landlord=Dd.rand_name(rng), job=rng.choice(["职员", "工程师", "会计", "", ""]))
    ctx["police_station"] = ctx["police"].replace("分局", "分局%s派出所" % rng.choice(["城东", "新华", "湖滨", "东关"]))
    # id card
    age_iss = rng.randint(0, 9)
    vf = as_of - relativedelta(years=age_iss) - dt.timedelta(days=rng.randint(1, 300))
    a_at = Dd.D if False else None
    age_at_issue = (vf - P["birth"]).days // 365
    if age_at_issue >= 46:
        vu = "long_term"
    else:
        yrs = 10 if age_at_issue < 26 else 20
        vu_d = vf + relativedelta(years=yrs)
        if vu_d < as_of + dt.timedelta(days=60):
            vf = as_of - relativedelta(years=rng.randint(1, 4)); vu_d = vf + relativedelta(years=yrs)
        vu = iso(vu_d)
    if "id_card_expired" in defects:
        vu_d = as_of - dt.timedelta(days=rng.randint(10, 200)); vf = vu_d - relativedelta(years=10); vu = iso(vu_d)
    older_addr = rng.random() < 0.2
    docs["id_card"] = dict(name=P["name"], sex=P["sex"], ethnicity=P["eth"], birth_date=iso(P["birth"]),
                           address=Dd.hukou_address(P["region"], rng) if older_addr else P["hukou"], id_number=P["id"],
                           issuing_authority=ctx["police"], valid_from=iso(vf), valid_until=vu)
    # residence permit
    iss = as_of - dt.timedelta(days=rng.randint(40, 330))
    if "permit_too_recent" in defects:
        k = rng.randint(0, 3)
        d = as_of
        n = 0
        from .rules import is_workday
        while True:  # go back until exactly k working days lie in (iss, as_of]
            if n == k and not is_workday(d) is None:
                pass
            break
        iss = as_of
        cnt = 0
        while True:
            iss2 = iss - dt.timedelta(days=1)
            c2 = sum(1 for j in range(1, (as_of - iss2).days + 1) if is_workday(iss2 + dt.timedelta(days=j)))
            if c2 > k:
                break
            iss = iss2
    pvu = iss + relativedelta(years=1) - dt.timedelta(days=1) if rng.random() < 0.5 else iss + relativedelta(years=3) - dt.timedelta(days=1)
    if "permit_expired" in defects:
        iss = as_of - relativedelta(years=1) - dt.timedelta(days=rng.randint(5, 60)); pvu = iss + relativedelta(years=1) - dt.timedelta(days=1)
    docs["residence_permit"] = dict(name=P["name"], id_number=P["id"], hukou_address=P["hukou"], residence_address=P["res"],
                                    issue_date=iso(iss), valid_from=iso(iss), valid_until=iso(pvu))
    # household register
    collective = rng.random() < 0.15 and kind not in ("miss_hk",)
    if collective:
        caddr = "%s%s%s%s%d号集体户" % (P["region"][0], P["region"][1], P["region"][2], rng.choice(P["region"][4]), rng.randint(1, 300))
        docs["residence_permit"]["hukou_address"] = caddr
        docs["collective_hukou_certificate"] = dict(name=P["name"], id_number=P["id"], address=caddr,
                                                     issue_date=iso(as_of - dt.timedelta(days=rng.randint(5, 60))))
    else:
        self_head = rng.random() < 0.3
        head = P["name"] if self_head else P["name"][0] + Dd.rand_name(rng)[1:]
        rel = "户主" if self_head else rng.choice(["子", "女", "长子", "长女", "次子", "次女"]) if True else ""
        if not self_head:
            rel = rng.choice(["子", "长子", "次子"]) if P["male"] else rng.choice(["女", "长女", "次女"])
        docs["household_register_cover"] = dict(household_type=rng.choice(["家庭户", "家庭户", "非农业家庭户"]), head_name=head,
                                                household_number="%09d" % rng.randint(10 ** 8, 10 ** 9 - 1), address=P["hukou"],
                                                issue_date=iso(dt.date(rng.randint(2005, 2020), rng.randint(1, 12), rng.randint(1, 28))))
        edu_word = {"本科": "大学本科", "专科": "大学专科", "硕士研究生": "研究生"}
        mem = dict(name=P["name"], relation_to_head=rel, sex=P["sex"], birthplace=P["region"][0] + P["region"][1], ethnicity=P["eth"],
                   native_place=P["region"][0] + P["region"][1], birth_date=iso(P["birth"]), id_number=P["id"])
        docs["household_register_member"] = mem
    # education
    lvl = rng.choice(["本科"] * 5 + ["硕士研究生"])
    if kind == "below" and P["birth"] < as_of - relativedelta(years=44):
        lvl = "本科"
    study = "普通全日制"
    school = rng.choice(Dd.SCHOOLS)
    major = rng.choice(Dd.MAJORS)
    yrs = {"本科": 4, "专科": 3, "硕士研究生": 7}[lvl]
    grad = dt.date(P["birth"].year + 18 + yrs + rng.randint(0, 1), 6, rng.choice([20, 28, 30]))
    if grad > as_of - relativedelta(years=1):
        grad = dt.date(as_of.year - 2, 6, 30)
    ctx["enrol_date"] = iso(dt.date(grad.year - (4 if lvl == "本科" else 3 if lvl == "专科" else 3), 9, 1))
    ctx["president"] = Dd.rand_name(rng)
    ctx["cert_no"] = "1%04d%d%02d%06d" % (rng.randint(10000, 19999) % 10000, grad.year, rng.randint(1, 9), rng.randint(0, 999999))
    ctx["degree_no"] = "1%04d%d%05d" % (rng.randint(0, 9999), grad.year, rng.randint(0, 99999))
    ctx["xx_date"] = iso(as_of - dt.timedelta(days=rng.randint(3, 40)))
    dip = dict(name=P["name"], school=school, major=major, level=lvl, graduation_date=iso(grad), study_mode=study)
    deg_level = {"本科": "学士", "硕士研究生": "硕士"}[lvl]
    deg = dict(name=P["name"], school=school, major=major, level=deg_level, graduation_date=iso(grad))
    edu_docs = []
    if kind == "below":
        sub = rng.choice(["no_degree", "zk"]) if P["birth"] > as_of - relativedelta(years=44) else "no_degree_or_old"
        if sub == "zk":
            dip.update(level="专科", school=rng.choice(Dd.COLLEGES), major=rng.choice(Dd.MAJORS_ZK))
            edu_docs = [("diploma", dip)]
        elif sub == "no_degree":
            dip["level"] = "本科"; edu_docs = [("diploma", dip)]
        else:
            dip["level"] = "本科"; deg["level"] = "学士"
            edu_docs = [("diploma", dip), ("degree_certificate", deg)] if rng.random() < 0.5 else [("diploma", dip)]
    elif "degree_without_diploma" in defects:
        dip["level"] = "本科"; deg["level"] = "学士"
        edu_docs = [("degree_certificate", deg)]
    elif "adult_diploma_without_xuexin" in defects:
        dip.update(level="本科", study_mode=rng.choice(["成人教育（业余）", "成人教育（函授）", "网络教育"]))
        deg["level"] = "学士"
        edu_docs = [("diploma", dip), ("degree_certificate", deg)]
    else:
        edu_docs = [("diploma", dip), ("degree_certificate", deg)]
        if rng.random() < 0.35:
            x = dict(dip); x["online_record"] = True
            edu_docs.append(("diploma", x))
    if "household_register_member" in docs:
        m = docs["household_register_member"]
        top = max((d["level"] for t, d in edu_docs if t == "diploma"), key=lambda l: ["专科", "本科", "硕士研究生"].index(l), default="本科")
        m["education"] = {"本科": "大学本科", "专科": "大学专科", "硕士研究生": "研究生"}[top]
        m["marital_status"] = "已婚" if (P["birth"] < as_of - relativedelta(years=30) and rng.random() < 0.6) else "未婚"
        if rng.random() < 0.6:
            m["employer"] = company
        m["registration_date"] = iso(dt.date(rng.randint(2000, 2016), rng.randint(1, 12), rng.randint(1, 28)))
    # contract
    st = as_of - relativedelta(months=rng.randint(8, 60)) - dt.timedelta(days=rng.randint(0, 27))
    st = st.replace(day=1) if rng.random() < 0.5 else st
    open_ended = rng.random() < 0.2 and kind not in ("ends_soon", "ended", "short", "combo2")
    term_y = rng.choice([3, 3, 5, 2])
    en = st + relativedelta(years=term_y) - dt.timedelta(days=1)
    while en < as_of + relativedelta(months=2) + dt.timedelta(days=20):
        term_y += 2; en = st + relativedelta(years=term_y) - dt.timedelta(days=1)
    if "contract_ends_soon" in defects:
        en = as_of + dt.timedelta(days=rng.randint(5, 50)); st = en - relativedelta(years=rng.choice([2, 3])) + dt.timedelta(days=1)
    if "contract_ended" in defects:
        en = as_of - dt.timedelta(days=rng.randint(10, 90)); st = en - relativedelta(years=3) + dt.timedelta(days=1)
    if "contract_term_short" in defects:
        st = as_of - relativedelta(months=rng.randint(2, 4)); en = st + relativedelta(months=rng.choice([6, 10, 11])) - dt.timedelta(days=1)
        if en < as_of + relativedelta(months=2):
            en = as_of + relativedelta(months=3)
    renewal_orig = None
    if not open_ended and rng.random() < 0.15 and kind == "clean":
        renewal_orig = dict(start_date=iso(st - relativedelta(years=3)), end_date=iso(st - dt.timedelta(days=1)))
    sign = st - dt.timedelta(days=rng.randint(0, 14))
    docs["labour_contract"] = dict(employer=company, employee_name=P["name"], employee_id_number=P["id"], start_date=iso(st),
                                   **({} if open_ended else {"end_date": iso(en)}), open_ended=open_ended, signing_date=iso(sign))
    # tax record
    win = tax_window(as_of)
    tax_issue = as_of - dt.timedelta(days=rng.randint(0, 6))
    last = win[-1]
    ly, lm = map(int, last.split("-"))
    dl = dt.date(*ym_add(ly, lm, 1), 15)
    if tax_issue < dl:
        tax_issue = dl + dt.timedelta(days=rng.randint(0, max(0, (as_of - dl).days)))
    if "tax_print_too_early" in defects:
        tax_issue = dl - dt.timedelta(days=rng.randint(2, 10))
        last = "%04d-%02d" % ym_add(ly, lm, -1)
    nmon = rng.choice([6, 8, 12, 12])
    ly2, lm2 = map(int, last.split("-"))
    months = ["%04d-%02d" % ym_add(ly2, lm2, -k) for k in range(nmon - 1, -1, -1)]
    if "tax_missing_month" in defects:
        drop = rng.choice(win[:-1])
        months = [m for m in months if m != drop]
    agent = company
    cu = Dd.usci(rng)
    rows = []
    base_tax = rng.uniform(150, 2600)
    for m in months:
        y, mm = map(int, m.split("-"))
        ag = agent
        if m == months[-1] and ("tax_paid_by_agency" in defects):
            ag = rng.choice(Dd.AGENCIES)
        if ("tax_paid_by_agency" in defects) and m >= months[-3]:
            ag = rng.choice(Dd.AGENCIES[:2]) if m != months[-1] else ag
            if m == months[-1]:
                ag = Dd.AGENCIES[0]
        if "tax_paid_by_other_company" in defects and m == months[-1]:
            ag = rng.choice(Dd.OTHER_COMPANIES)
        amt = max(0.0, base_tax * rng.uniform(0.6, 1.4)) if rng.random() > 0.05 else 0.0
        decl = dt.date(*ym_add(y, mm, 1), rng.randint(3, 15))
        rows.append(dict(period=m, withholding_agent=ag, amount="%.2f" % amt, _decl=iso(decl), _paid=iso(decl + dt.timedelta(days=rng.randint(0, 3))),
                         _item="工资薪金所得", _uscc=cu if ag == company else Dd.usci(rng), _income="%.2f" % (amt * 8 + 9000)))
        if mm == 1 and rng.random() < 0.5:
            rows.append(dict(period=m, withholding_agent=ag, amount="%.2f" % rng.uniform(300, 3000), _decl=iso(decl), _paid=iso(decl),
                             _item="全年一次性奖金收入", _uscc=cu, _income="%.2f" % rng.uniform(10000, 40000)))
    if rng.random() < 0.2 and kind == "clean" and len(months) > 2:
        m = months[-2]; y, mm = map(int, m.split("-"))
        rows.append(dict(period=m, withholding_agent=rng.choice(Dd.OTHER_COMPANIES), amount="%.2f" % rng.uniform(50, 600),
                         _decl=iso(dt.date(*ym_add(y, mm, 1), 10)), _paid=iso(dt.date(*ym_add(y, mm, 1), 12)), _item="劳务报酬所得",
                         _uscc=Dd.usci(rng), _income="%.2f" % rng.uniform(800, 5000)))
    rows.sort(key=lambda r: (r["period"], r["_item"]))
    docs["tax_record"] = dict(name=P["name"], id_number=P["id"], issue_date=iso(tax_issue), _rows=rows,
                              _period_text="%s至%s" % (months[0].replace("-", "年") + "月", months[-1].replace("-", "年") + "月"))
    # social insurance (optional)
    want_si = kind in ("si_agency", "si_back", "si_stop") or rng.random() < 0.45
    if want_si:
        n = rng.choice([12, 14, 24, 30, 36])
        endm = (as_of.year, as_of.month) if rng.random() < 0.5 else ym_add(as_of.year, as_of.month, -1)
        ms = ["%04d-%02d" % ym_add(endm[0], endm[1], -k) for k in range(n - 1, -1, -1)]
        prev = rng.choice(Dd.OTHER_COMPANIES)
        change = rng.random() < 0.3 and kind == "clean"
        base = rng.choice([7384, 8500, 10000, 12500, 15000, 18888, 21000])
        si_rows = []
        for i, m in enumerate(ms):
            emp = prev if change and i < n // 2 else company
            si_rows.append(dict(month=m, employer=emp, base="%.2f" % base, back_payment=False))
        if "si_paid_by_agency" in defects:
            for r in si_rows[-rng.randint(2, 6):]:
                r["employer"] = rng.choice(Dd.AGENCIES)
        if "si_back_payment_only" in defects:
            for r in si_rows[-rng.randint(8, 10):]:
                r["back_payment"] = True
        if "si_stopped" in defects:
            si_rows = si_rows[:-3] if endm == (as_of.year, as_of.month) else si_rows[:-2]
        docs["social_insurance_record"] = dict(name=P["name"], id_number=P["id"], _rows=si_rows,
                                               _print_date=iso(as_of - dt.timedelta(days=rng.randint(0, 5))),
                                               _period_text="%s至%s" % (ms[0], ms[-1]))
    # marriage
    if rng.random() < 0.25 and P["birth"] < as_of - relativedelta(years=27):
        sp_male = not P["male"]
        sp_birth = P["birth"] + dt.timedelta(days=rng.randint(-900, 900))
        sp_reg = rng.choice(Dd.REGIONS)
        sp = dict(name=Dd.rand_name(rng), id=Dd.make_id(sp_reg[3], sp_birth, sp_male, rng))
        reg = dt.date(P["birth"].year + rng.randint(25, 28), rng.randint(1, 12), rng.randint(1, 28))
        if reg > as_of:
            reg = as_of - relativedelta(years=1)
        docs["marriage_certificate"] = dict(holder_name=P["name"], spouse_name=sp["name"], spouse_id_number=sp["id"],
                                            registration_date=iso(reg))
        bd = lambda d: "%d年%02d月%02d日" % (d.year, d.month, d.day)
        me = (P["name"], P["sex"], bd(P["birth"]), P["id"]); them = (sp["name"], "男" if sp_male else "女", bd(sp_birth), sp["id"])
        ctx["m_a"], ctx["m_b"] = (me, them) if P["male"] else (them, me)
        ctx["marriage_no"] = "J%s-%d-%06d" % (rng.choice(["310115", "310104", "310112"]), reg.year, rng.randint(1, 9999))
        ctx["marriage_office"] = "上海市%s民政局" % rng.choice(["浦东新区", "徐汇区", "闵行区"])
    # --- defects on identity / addresses
    if "hukou_address_one_char" in defects:
        tgt = "collective_hukou_certificate" if "collective_hukou_certificate" in docs else "household_register_cover"
        if rng.random() < 0.5:
            docs["residence_permit"]["hukou_address"] = Dd.alter_address(docs["residence_permit"]["hukou_address"], rng)
        else:
            docs[tgt]["address"] = Dd.alter_address(docs[tgt]["address"], rng)
    if "name_mismatch" in defects:
        t = rng.choice(["labour_contract", "tax_record", "residence_permit"])
        k = "employee_name" if t == "labour_contract" else "name"
        docs[t][k] = Dd.alter_name(P["name"], rng)
    if "id_number_typo" in defects:
        t = rng.choice(["labour_contract", "residence_permit", "tax_record"])
        k = "employee_id_number" if t == "labour_contract" else "id_number"
        s = docs[t][k]
        i = rng.randint(0, 16)
        while i in (6, 7, 8, 9, 10, 11, 12, 13):  # keep the birth date plausible
            i = rng.randint(0, 16)
        docs[t][k] = s[:i] + str((int(s[i]) + rng.randint(1, 9)) % 10) + s[i + 1:]
    if "missing_tax_record" in defects:
        docs.pop("tax_record")
    if "missing_household_register" in defects:
        for t in ("household_register_cover", "household_register_member", "collective_hukou_certificate"):
            docs.pop(t, None)
    if kind == "idcard_front_only":
        for k in ("issuing_authority", "valid_from", "valid_until"):
            docs["id_card"].pop(k)
        ctx["front_only"] = True
    if kind == "permit_card_only":
        docs["residence_permit"].pop("hukou_address")
        ctx["permit_card_only"] = True
    if app == "renewal" and rng.random() < 0.5:
        for t in ("household_register_cover", "household_register_member", "collective_hukou_certificate"):
            docs.pop(t, None)
    ctx["renewal_orig"] = renewal_orig
    ctx["edu_docs"] = edu_docs
    return docs, ctx


def truth_documents(docs, ctx):
    out = []
    for t in ["id_card", "residence_permit", "household_register_cover", "household_register_member", "collective_hukou_certificate",
              "labour_contract", "tax_record", "social_insurance_record"]:
        if t not in docs:
            continue
        f = {k: v for k, v in docs[t].items() if not k.startswith("_")}
        rows = []
        if t == "tax_record":
            rows = [{k: r[k] for k in ("period", "withholding_agent", "amount")} for r in docs[t]["_rows"]]
        if t == "social_insurance_record":
            rows = [dict(r) for r in docs[t]["_rows"]]
        out.append(dict(type=t, fields=f, rows=rows))
    for t, f in ctx["edu_docs"]:
        out.append(dict(type=t, fields=dict(f), rows=[]))
    if "marriage_certificate" in docs:
        out.append(dict(type="marriage_certificate", fields=dict(docs["marriage_certificate"]), rows=[]))
    return out
