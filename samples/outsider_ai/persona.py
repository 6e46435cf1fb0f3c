"""From a scenario's knobs and the packet's rng: the applicant, the
companies, and the truth documents (type, layout, fields, rows) plus what
the renderers need to draw them (key "render", dropped from the truth)."""
import datetime as dt
from dateutil.relativedelta import relativedelta

from . import people as P
from .ids import make_id_number, corrupt_id_number, make_uscc, id_sex

AS_OF = dt.date(2026, 12, 7)
DEFAULTS = dict(application="first", contract="model", term="normal", story="same", tax="full",
                tax_form=None, si=None, permit=None, permit_state="ok", hukou="booklet",
                hukou_moved=False, edu="bachelor_degree", xuexin=None, age="young", idcard="ok",
                ident="none", cover_term="none", blank="none", contract_cap="auto", hand=None,
                emp_style=None, code_pos=None, marriage=None, extras=(), shuffle=False)


def rdate(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def yrs(d, n):
    return d + relativedelta(years=n)


def build(knobs, rng):
    k = dict(DEFAULTS)
    k.update(knobs)
    k["tax_form"] = k["tax_form"] or rng.choice(["pdf", "pdf", "pdf", "app", "scan"])
    if k["si"] is None:
        k["si"] = rng.choice(["normal", "12m", "none", "normal"])
    k["permit"] = k["permit"] or rng.choice(["info", "info", "card_info", "e_permit"])
    k["hand"] = rng.random() < 0.5 if k["hand"] is None else k["hand"]
    k["code_pos"] = k["code_pos"] or rng.choice(["none", "before", "after"])
    if k["marriage"] is None:
        k["marriage"] = rng.random() < 0.3
    if k["xuexin"] is None:
        k["xuexin"] = rng.random() < 0.3
    who = person(k, rng)
    if who["birth"] > dt.date(1998, 6, 1) or k["age"] == "17":
        k["marriage"] = False
    docs = []
    docs.append(id_card(k, who, rng))
    docs.append(permit(k, who, rng))
    docs += hukou(k, who, rng)
    comp = companies(k, rng)
    docs += contracts(k, who, comp, rng)
    fix_story_months(k, docs)
    for d in docs:
        if d["type"] == "household_register_member":
            if rng.random() < 0.5:
                d["fields"]["employer"] = P.company(rng, (comp["employer"]["norm"],))["norm"]
            else:
                d["fields"].pop("employer")
    tax = tax_record(k, who, comp, rng)
    docs.append(tax)
    if k["si"] != "none":
        docs.append(si_record(k, who, comp, rng))
    docs += education(k, who, rng)
    if k["marriage"] and k["age"] not in ("17",):
        docs.append(marriage(who, rng))
    return k, who, comp, docs


# ---------------------------------------------------------------- person
def person(k, rng):
    sex = rng.choice(["男", "女"])
    name = P.pick_name(rng, sex)
    a = {"young": (dt.date(1984, 1, 5), dt.date(2001, 11, 30)), "44": (dt.date(1982, 1, 5), dt.date(1982, 11, 30)),
         "45": (dt.date(1981, 1, 5), dt.date(1981, 11, 30)), "61": (dt.date(1965, 1, 5), dt.date(1965, 11, 30)),
         "17": (dt.date(2009, 1, 5), dt.date(2009, 11, 30))}[k["age"]]
    if k["idcard"] == "expired" and k["age"] == "young":
        a = (dt.date(1991, 3, 1), dt.date(1999, 6, 30))     # a 10-year card from 2016 runs out now
    birth = rdate(rng, *a)
    reg = rng.choice(P.REGIONS)
    seq = rng.randint(0, 499) * 2 + (1 if sex == "男" else 0)
    idn = make_id_number(reg[0], birth, seq)
    assert id_sex(idn) == sex
    addr = P.hukou_address(rng, reg)
    old_addr = P.hukou_address(rng, reg)
    return dict(name=name, sex=sex, birth=birth, reg=reg, idn=idn, hukou=addr, old_hukou=old_addr,
                sh_addr=P.sh_address(rng), phone="1%d%09d" % (rng.choice([3, 5, 8, 9]), rng.randint(0, 10 ** 9 - 1)))


def id_card(k, who, rng):
    b = who["birth"]
    for _ in range(500):
        if k["idcard"] == "expired":
            vu_target = rdate(rng, AS_OF - dt.timedelta(days=420), AS_OF - dt.timedelta(days=25))
            age_at = None
            for L in (5, 10, 20):
                vf = yrs(vu_target, -L)
                age_at = (vf - b).days // 365
                if (L == 5 and age_at < 16) or (L == 10 and 16 <= age_at <= 25) or (L == 20 and 26 <= age_at <= 45):
                    vu = yrs(vf, L)
                    break
            else:
                continue
            if vf < yrs(b, 5):
                continue
        else:
            lo = max(yrs(b, 16), dt.date(2006, 1, 1)) if k["age"] != "17" else yrs(b, 16)
            vf = rdate(rng, lo, AS_OF - dt.timedelta(days=90))
            age_at = (vf - b).days // 365
            L = 5 if age_at < 16 else 10 if age_at <= 25 else 20 if age_at <= 45 else None
            vu = yrs(vf, L) if L else "long_term"
            if vu != "long_term" and vu < AS_OF + dt.timedelta(days=120):
                continue
        break
    addr = who["hukou"] if (k["hukou_moved"] or rng.random() < 0.8) else who["old_hukou"]
    f = dict(name=who["name"], sex=who["sex"], ethnicity="汉", birth_date=b.isoformat(), address=addr,
             id_number=who["idn"], issuing_authority=P.issuing_authority(who["reg"]),
             valid_from=vf.isoformat(), valid_until=vu if vu == "long_term" else vu.isoformat())
    return dict(type="id_card", layout=None, fields=f, rows=[], render={})


def permit(k, who, rng):
    st = k["permit_state"]
    years = rng.choice([1, 3])
    for _ in range(500):
        if st == "recent":
            issue = rng.choice([dt.date(2026, 12, 2), dt.date(2026, 12, 3), dt.date(2026, 12, 4)])
        elif st == "expired":
            vu = rdate(rng, dt.date(2026, 7, 1), dt.date(2026, 11, 28))
            issue = yrs(vu, -years) + dt.timedelta(days=1)
        else:
            issue = rdate(rng, dt.date(2024, 3, 1), dt.date(2026, 10, 20))
        vu = yrs(issue, years) - dt.timedelta(days=1)
        if st == "ok" and vu < AS_OF + dt.timedelta(days=45):
            continue
        break
    name = P.slip_name(who["name"], rng) if "name_slip_permit" in k["ident"] else who["name"]
    hk = who["old_hukou"] if k["hukou_moved"] else who["hukou"]
    f = dict(name=name, id_number=who["idn"], hukou_address=hk, residence_address=who["sh_addr"],
             issue_date=issue.isoformat(), valid_from=issue.isoformat(), valid_until=vu.isoformat())
    if k["permit"] == "card_only":
        f.pop("hukou_address")           # the card does not print it
    return dict(type="residence_permit", layout=k["permit"], fields=f, rows=[],
                render={"office": "上海市公安局" + sh_district(who["sh_addr"]) + "分局"})


def sh_district(addr):
    for d, _ in P.SH_DISTRICTS:
        if addr.startswith("上海市" + d):
            return d
    return "浦东新区"


def hukou(k, who, rng):
    out = []
    reg = who["reg"]
    if k["hukou"] in ("booklet", "cover_only"):
        self_head = rng.random() < 0.3 or k["age"] == "61"
        head = who["name"] if self_head else who["name"][0] + P.pick_name(rng, "男")[1:]
        cov = dict(household_type="家庭户", head_name=head, household_number="%09d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                   address=who["hukou"], issue_date=rdate(rng, dt.date(2008, 1, 1), dt.date(2024, 6, 30)).isoformat())
        out.append(dict(type="household_register_cover", layout=None, fields=cov, rows=[],
                        render={"station": P.police_station(reg, rng), "authority": P.issuing_authority(reg)}))
        if k["hukou"] == "booklet":
            rel = "户主" if self_head else rng.choice(["长子", "次子", "之子"] if who["sex"] == "男" else ["长女", "次女", "之女"])
            edu = {"master": "研究生", "college": "大学专科", "bachelor_only": "大学本科", "none": "高中"}.get(k["edu"], "大学本科")
            if k["age"] == "17":
                edu = "高中"
            idn = corrupt_id_number(who["idn"], rng) if "idn_typo_member" in k["ident"] else who["idn"]
            place = reg[1] + reg[2] if reg[2] else reg[1]
            mem = dict(name=who["name"], relation_to_head=rel, sex=who["sex"], birthplace=place, ethnicity="汉",
                       native_place=place, birth_date=who["birth"].isoformat(), id_number=idn, education=edu,
                       marital_status="已婚" if k["marriage"] else "未婚",
                       employer=None, registration_date=rdate(rng, who["birth"] + dt.timedelta(days=20),
                                                               min(dt.date(2024, 6, 1), yrs(who["birth"], 24))).isoformat())
            out.append(dict(type="household_register_member", layout=None, fields=mem, rows=[],
                            render={"station": P.police_station(reg, rng)}))
    elif k["hukou"] == "collective":
        cert = dict(name=who["name"], id_number=who["idn"], address=who["hukou"],
                    issue_date=rdate(rng, dt.date(2026, 9, 1), dt.date(2026, 11, 30)).isoformat())
        out.append(dict(type="collective_hukou_certificate", layout="letter", fields=cert, rows=[],
                        render={"station": P.police_station(reg, rng)}))
    return out


# -------------------------------------------------------------- employers
def _co(rng, avoid, style=None):
    c = P.company(rng, avoid, style)
    c["uscc"] = make_uscc(rng)
    c["rep"] = P.pick_name(rng, rng.choice(["男", "女"]))
    c["addr"] = P.sh_address(rng).replace("弄", "号").split("号")[0] + "号"
    c["tax_office"] = "国家税务总局上海市%s税务局" % P.TAX_OFFICES[c["uscc"][2:8]]
    return c


def _ag(rng, avoid):
    c = P.agency(rng, avoid)
    c["uscc"] = make_uscc(rng)
    c["rep"] = P.pick_name(rng, "男")
    c["addr"] = P.sh_address(rng).replace("弄", "号").split("号")[0] + "号"
    c["tax_office"] = "国家税务总局上海市%s税务局" % P.TAX_OFFICES[c["uscc"][2:8]]
    return c


def companies(k, rng):
    used = []
    emp = _co(rng, used, k["emp_style"])
    used.append(emp["norm"])
    comp = {"employer": emp}
    comp["previous"] = _co(rng, used)        # where the months before this contract were worked
    used.append(comp["previous"]["norm"])
    if k["story"] == "renamed":
        new = dict(emp)
        ind = rng.choice([i for i in P.INDUSTRIES if i not in emp["display"]])
        new["display"] = "上海%s%s有限公司" % (emp["brand"], ind)
        new["norm"] = P.norm(new["display"])
        comp["renamed"] = new
    if k["story"] in ("agency_si", "agency_tax"):
        comp["agency"] = _ag(rng, used)
    if k["story"] == "dispatch":
        comp["client"] = emp                       # 用工单位
        ag = _ag(rng, used)
        ag["display"] = ag["display"].replace("人才服务有限公司", "劳务派遣有限公司").replace("企业服务有限公司", "人力资源有限公司")
        ag["norm"] = P.norm(ag["display"])
        comp["employer"] = ag
    if k["tax"] == "zero_bonus_extra":
        comp["side"] = _co(rng, used + [comp["employer"]["norm"]])
    return comp


# -------------------------------------------------------------- contract
def _term(k, rng):
    t = k["term"]
    if k["story"] == "si_lag":              # a new job since October
        s = dt.date(2026, 10, rng.choice([8, 9, 12]))
        return s, yrs(s, 3) - dt.timedelta(days=1), 3
    if t == "normal" or t == "duration_only":
        lo = dt.date(2026, 4, 1) if k["story"] == "job_change" else dt.date(2021, 6, 1)
        lo = max(lo, yrs(k["_birth"], 16) + dt.timedelta(days=20))     # nobody is hired before 16
        hi = dt.date(2026, 5, 15) if k["story"] == "job_change" else dt.date(2026, 5, 1)
        for _ in range(100):
            s = rdate(rng, lo, hi).replace(day=rng.choice([1, 1, 1, 8, 15, 16]))
            n = rng.choice([3, 3, 5]) if t == "normal" else 3
            e = yrs(s, n) - dt.timedelta(days=1)
            if e >= dt.date(2027, 4, 1):
                return s, e, n
    if t == "open":
        return rdate(rng, dt.date(2018, 1, 1), dt.date(2024, 6, 1)).replace(day=1), None, 0
    if t == "one_year_exact":
        return dt.date(2026, 3, 1), dt.date(2027, 2, 28), 1
    if t == "ends_feb7":
        return dt.date(2024, 2, 8), dt.date(2027, 2, 7), 3
    if t == "short":
        s = rdate(rng, dt.date(2026, 6, 1), dt.date(2026, 7, 10))
        e = s + relativedelta(months=rng.choice([8, 9, 10])) - dt.timedelta(days=1)
        return s, e, 0
    if t == "ends_soon":
        e = rdate(rng, dt.date(2026, 12, 28), dt.date(2027, 2, 3))
        n = rng.choice([2, 3])
        return yrs(e, -n) + dt.timedelta(days=1), e, n
    if t == "expired":
        e = dt.date(2026, 8, 31)
        return dt.date(2023, 9, 1), e, 3
    if t == "renewed":
        y = rng.choice([2021, 2022])
        s = dt.date(y, rng.choice([3, 7, 9]), 1)
        return s, yrs(s, 3) - dt.timedelta(days=1), 3
    raise ValueError(t)


def contracts(k, who, comp, rng):
    emp = comp["employer"]
    k["_birth"] = who["birth"]
    s, e, n = _term(k, rng)
    sign = s - dt.timedelta(days=rng.choice([0, 0, 1, 3, 5, 7]))
    ename = P.slip_name(who["name"], rng) if "name_slip_contract" in k["ident"] else who["name"]
    eidn = corrupt_id_number(who["idn"], rng) if "idn_typo_contract" in k["ident"] else who["idn"]
    f = dict(employer=emp["norm"], employee_name=ename, employee_id_number=eidn, start_date=s.isoformat(),
             end_date=e.isoformat() if e else None, open_ended=e is None, signing_date=sign.isoformat())
    if e is None:
        f.pop("end_date")
    if k["cover_term"] != "none":          # the term is hidden on the pages
        f.pop("start_date")
        f.pop("end_date", None)
    prob = rng.choice([3, 6]) if (e is None or (e - s).days > 700) else rng.choice([1, 2])
    pages = {"model": rng.randint(5, 8), "table": rng.randint(3, 12), "dispatch": rng.randint(4, 7)}[k["contract"]]
    r = dict(employer=emp, form=k["contract"], years=n, start=s, end=e, sign=sign, prob_end=(s + relativedelta(months=prob) - dt.timedelta(days=1)),
             job=rng.choice(P.JOBS), salary=rng.choice([6500, 8000, 9500, 12000, 15000, 18000, 22000]),
             pages=pages, hand=k["hand"], duration_only=k["term"] == "duration_only",
             cover_term=k["cover_term"], client=comp.get("client"), emp_addr=who["sh_addr"],
             number="%s-%d-%04d" % (rng.choice(["HT", "LD", "RS"]), sign.year, rng.randint(1, 3999)))
    out = [dict(type="labour_contract", layout={"model": "shanghai_model", "table": "company_template",
                                                 "dispatch": "dispatch"}[k["contract"]],
                fields=f, rows=[], render=r)]
    if k["term"] == "renewed":
        s2 = e + dt.timedelta(days=1)
        e2 = yrs(s2, 3) - dt.timedelta(days=1)
        f2 = dict(employer=emp["norm"], employee_name=who["name"], employee_id_number=who["idn"],
                  start_date=s2.isoformat(), end_date=e2.isoformat(), open_ended=False,
                  signing_date=(s2 - dt.timedelta(days=rng.randint(5, 25))).isoformat())
        out.append(dict(type="labour_contract", layout="renewal", fields=f2, rows=[],
                        render=dict(employer=emp, prev_start=s, prev_end=e, hand=k["hand"])))
    return out


# ------------------------------------------------------------------- tax
def _agent_for(k, comp, month):
    """(company dict) that withholds tax / pays SI for the month."""
    emp = comp["employer"]
    if k["story"] == "renamed":
        return comp["renamed"] if month >= k["_rename_month"] else emp
    if month < k["_start_month"]:          # before this contract: the previous job
        return comp["previous"]
    return emp


def tax_record(k, who, comp, rng):
    k["_rename_month"] = rng.choice(["2026-06", "2026-07", "2026-08"])
    issue = rdate(rng, dt.date(2026, 11, 18), dt.date(2026, 12, 6))
    last = "2026-11" if issue >= dt.date(2026, 12, 3) and rng.random() < 0.5 else "2026-10"
    first = rng.choice(["2025-12", "2026-01", "2026-01", "2026-03"])
    if k["tax"] == "print_early":
        last = "2026-08"
    months = P.month_iter(first, last)
    if k["tax"] == "missing_month":
        months.remove(rng.choice(["2026-06", "2026-07", "2026-08"]))
    rows = []
    base = rng.uniform(150, 2200)
    zero_m = rng.choice(["2026-06", "2026-08"]) if k["tax"] == "zero_bonus_extra" else None
    for m in months:
        if k["story"] == "agency_tax":
            ag = comp["agency"]
        else:
            ag = _agent_for(k, comp, m)
        amt = 0.0 if m == zero_m else round(base * rng.uniform(0.75, 1.25), 2)
        rows.append(dict(period=m, withholding_agent=ag["norm"], amount=P.money(amt),
                         _co=ag, _item="工资薪金所得"))
        if k["tax"] == "zero_bonus_extra" and m == "2026-03":
            rows.append(dict(period=m, withholding_agent=ag["norm"], amount=P.money(round(base * rng.uniform(2, 5), 2)),
                             _co=ag, _item="全年一次性奖金收入"))
        if k["tax"] == "zero_bonus_extra" and m == last:
            side = comp["side"]
            rows.append(dict(period=m, withholding_agent=side["norm"], amount=P.money(round(rng.uniform(60, 400), 2)),
                             _co=side, _item="劳务报酬所得"))
    f = dict(name=who["name"], id_number=who["idn"], issue_date=issue.isoformat())
    layout = {"pdf": "national_record", "app": "income_detail_app", "scan": "national_record_scan",
              "old": "tax_certificate"}[k["tax_form"]]
    return dict(type="tax_record", layout=layout, fields=f, rows=rows,
                render=dict(first=first, last=last, code_pos=k["code_pos"], issue=issue))


def fix_story_months(k, docs):
    """job_change needs the contract start month before tax rows are made."""
    for d in docs:
        if d["type"] == "labour_contract" and d["layout"] != "renewal":
            k["_start_month"] = d["render"]["start"].strftime("%Y-%m")


# --------------------------------------------------------------------- SI
def si_record(k, who, comp, rng):
    kind = k["si"]
    span = {"normal": ("2024-12", "2026-11"), "12m": ("2025-12", "2026-11"), "backpay": ("2025-12", "2026-11"),
            "new": ("2026-08", "2026-11"), "ended": ("2024-09", "2026-08"), "cut_employer": ("2025-06", "2026-11"),
            "range": ("2024-12", "2026-11")}[kind]
    if k["story"] == "si_lag":
        span = ("2024-10", "2026-09")
    if k["story"] == "job_change" and kind == "normal":
        span = ("2025-06", "2026-11")
    rows = []
    base = rng.choice([7384, 8500, 10000, 12500, 15000, 18000])
    for m in P.month_iter(*span):
        co = comp["agency"] if k["story"] == "agency_si" else _agent_for(k, comp, m)
        b = base if m >= "2026-07" else int(base * 0.95 / 10) * 10
        bp = kind == "backpay" and m <= "2026-06"
        row = dict(month=m, employer=co["norm"], base=P.money(b), back_payment=bp, _co=co)
        if kind == "cut_employer":
            row.pop("employer")
        rows.append(row)
    f = dict(name=who["name"], id_number=who["idn"])
    layout = {"cut_employer": "photo_print", "range": "range_rows"}.get(kind) or rng.choice(
        ["suishenban_pdf", "suishenban_pdf", "photo_print", "yiwangtongban_pdf"])
    return dict(type="social_insurance_record", layout=layout, fields=f, rows=rows,
                render=dict(print_date=rdate(rng, dt.date(2026, 11, 25), dt.date(2026, 12, 6))))


# -------------------------------------------------------------- education
def education(k, who, rng):
    e = k["edu"]
    if e == "none" or k["age"] == "17":
        return []
    school = rng.choice(P.SCHOOLS)
    major, disc = rng.choice(P.MAJORS)
    b = who["birth"]
    grad_y = b.year + rng.choice([22, 23])
    if e == "college":
        grad_y = b.year + rng.choice([20, 21])
    if e in ("adult", "adult_xuexin"):
        grad_y = min(2025, b.year + rng.choice([26, 28, 30]))
    g = dt.date(grad_y, rng.choice([6, 7]), rng.choice([20, 25, 30]))
    if g > dt.date(2026, 7, 1):
        g = dt.date(2026, 6, 30)
    mode = "业余" if e.startswith("adult") else "普通全日制"
    out = []
    if e in ("bachelor_degree", "bachelor_only", "adult", "adult_xuexin", "college"):
        lvl = "专科" if e == "college" else "本科"
        f = dict(name=who["name"], school=school, major=major, level=lvl, graduation_date=g.isoformat(), study_mode=mode)
        out.append(dict(type="diploma", layout=None, fields=f, rows=[],
                        render=dict(discipline=disc, years=3 if lvl == "专科" else 4, no="%05d%d%d%06d" % (
                            rng.randint(10000, 14000), g.year, 1 if lvl == "本科" else 5, rng.randint(0, 999999)))))
    if e == "master":
        g2 = dt.date(grad_y + 3, 6, rng.choice([20, 28, 30]))
        if g2 > dt.date(2026, 6, 30):
            g2 = dt.date(2026, 6, 30)
        g = g2
        f = dict(name=who["name"], school=school, major=major, level="硕士研究生", graduation_date=g.isoformat(),
                 study_mode="普通全日制")
        out.append(dict(type="diploma", layout=None, fields=f, rows=[],
                        render=dict(discipline=disc, years=3, no="%05d%d2%06d" % (rng.randint(10000, 14000), g.year, rng.randint(0, 999999)))))
    if e in ("bachelor_degree", "adult", "adult_xuexin", "degree_only", "master"):
        lvl = "硕士" if e == "master" else "学士"
        f = dict(name=who["name"], school=school, major=major, level=lvl, graduation_date=g.isoformat())
        out.append(dict(type="degree_certificate", layout=None, fields=f, rows=[],
                        render=dict(discipline=disc, no="%05d%d%06d" % (rng.randint(10000, 14000), g.year, rng.randint(0, 999999)))))
    if (k["xuexin"] and e in ("bachelor_degree", "master")) or e == "adult_xuexin":
        d0 = out[0]["fields"]
        f = dict(d0)
        f["online_record"] = True
        out.append(dict(type="diploma", layout="xuexin", fields=f, rows=[],
                        render=dict(discipline=out[0]["render"]["discipline"], no=out[0]["render"]["no"],
                                    years=out[0]["render"].get("years", 4),
                                    code="%s%04d" % ("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(12)), rng.randint(0, 9999)))))
    return out


def marriage(who, rng):
    ssex = "女" if who["sex"] == "男" else "男"
    sname = P.pick_name(rng, ssex, avoid=(who["name"],))
    sb = who["birth"] + dt.timedelta(days=rng.randint(-900, 300))
    sreg = rng.choice(P.REGIONS)
    sidn = make_id_number(sreg[0], sb, rng.randint(0, 499) * 2 + (1 if ssex == "男" else 0))
    reg_date = rdate(rng, max(yrs(who["birth"], 23), yrs(sb, 22)), dt.date(2025, 10, 1))
    f = dict(holder_name=who["name"], spouse_name=sname, spouse_id_number=sidn, registration_date=reg_date.isoformat())
    return dict(type="marriage_certificate", layout="inner_pages", fields=f, rows=[],
                render=dict(spouse_sex=ssex, spouse_birth=sb, no="J%s-%d-%06d" % (sreg[0][:4] + "01", reg_date.year, rng.randint(0, 999999))))
