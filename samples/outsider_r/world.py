"""Build one applicant's world (all document data) for a scenario, with its defects injected."""
import datetime as _dt

from dateutil.relativedelta import relativedelta

from . import data
from .ids import make_id, force_body, id_valid, id_check_char, make_uscc
from .person import (make_person, make_company, make_name, vary_name, one_char_change, rand_date,
                     id_card_validity, make_region_address, display_name, seal_name)
from .rules import tax_window, working_day, working_days_between
from .util import add_months, month_first, month_last, month_range, norm, to_fullwidth

D = _dt.date


def _authority(region):
    code, prov, city, dist = region
    if dist.endswith("市"):
        return dist + "公安局"
    return city + "公安局" + dist + "分局"


def back_workdays(as_of, n):
    """the date issue such that exactly n working days d satisfy issue < d <= as_of"""
    d = as_of
    while True:
        d -= _dt.timedelta(days=1)
        if working_days_between(d, as_of) == n:
            # step back over non-working days while still n
            while working_days_between(d - _dt.timedelta(days=1), as_of) == n and (d - _dt.timedelta(days=1)).weekday() >= 5:
                d -= _dt.timedelta(days=1)
            return d
        if (as_of - d).days > 40:
            raise RuntimeError("workdays")


def make_world(rng, sc):
    o = sc["opts"]
    as_of = o.get("as_of") or rand_date(rng, D(2026, 11, 16), D(2026, 12, 28))
    app = o.get("application", "first")
    age = o.get("age")
    p = make_person(rng, as_of, age=age)
    w = {"as_of": as_of, "application": app, "p": p, "opts": o}

    # ---------------- id card
    vf, vu = id_card_validity(rng, p["birth"], as_of, expired=o.get("id_expired", False),
                              long_term=o.get("id_long_term"))
    if o.get("old_id_address"):
        p["id_address"] = make_region_address(rng, p["region"])
    w["id"] = dict(name=p["name"], sex=p["sex"], ethnicity=p["ethnicity"], birth=p["birth"], address=p["id_address"],
                   id_number=p["id_number"], authority=_authority(p["region"]), valid_from=vf, valid_until=vu)

    # ---------------- hukou
    code, prov, city, dist = p["region"]
    if o.get("collective"):
        unit = city + dist.replace("区", "").replace("市", "") + "人才服务中心" if not dist.endswith("市") else dist + "人才服务中心"
        p["hukou_address"] = (prov if prov != city else "") + city + dist + rng.choice(data.ROAD_WORDS) + "路%d号（集体户）" % rng.randint(1, 400)
        p["hukou_address"] = norm(p["hukou_address"])
        w["collective"] = dict(name=p["name"], sex=p["sex"], id_number=p["id_number"], address=p["hukou_address"],
                               unit=unit, office=_authority(p["region"]).replace("分局", "分局") + rng.choice(["城东", "中心", "新华", "人民路"]) + "派出所",
                               issue_date=as_of - _dt.timedelta(days=rng.randint(5, 60)),
                               doc_no="(%d)第%04d号" % (as_of.year, rng.randint(1, 3000)))
        if not o.get("old_id_address"):
            p["id_address"] = p["hukou_address"]
            w["id"]["address"] = p["id_address"]
    else:
        self_head = rng.random() < 0.3
        if self_head:
            head, rel = p["name"], "户主"
        else:
            head = make_name(rng, False, p["surname"])
            rel = rng.choice(["长女", "次女", "女"] if p["female"] else ["长子", "次子", "子"])
        w["cover"] = dict(household_type="家庭户", head_name=head, household_number="%09d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                          address=p["hukou_address"], issue_date=rand_date(rng, D(2004, 1, 1), D(2021, 12, 31)),
                          authority=_authority(p["region"]) + rng.choice(["城关", "城东", "新华", "和平", "西关"]) + "派出所",
                          clerk=make_name(rng, rng.random() < 0.5))
        edu_txt = {"college": "大学专科", "master": "研究生", "phd": "博士研究生"}.get(o.get("edu"), "大学本科")
        w["member"] = dict(name=p["name"], relation_to_head=rel, sex=p["sex"], birthplace=p["birthplace"],
                           ethnicity=p["ethnicity"], native_place=p["native_place"], birth=p["birth"], id_number=p["id_number"],
                           education=edu_txt, marital_status="已婚" if o.get("marriage") else rng.choice(["未婚", "已婚"]),
                           employer=None, registration_date=rand_date(rng, p["birth"], p["birth"] + relativedelta(years=18)),
                           authority=w["cover"]["authority"], clerk=w["cover"]["clerk"])
    # ---------------- employer, contract
    emp = make_company(rng)
    if o.get("branch"):
        while "分公司" not in emp["name"]:
            emp = make_company(rng)
    if o.get("brackets"):
        while "(" not in emp["name"]:
            emp = make_company(rng)
    w["employer"] = emp
    if "member" in w and rng.random() < 0.5:
        w["member"]["employer"] = rng.choice([emp["name"], make_company(rng)["name"]])
    c = dict(open_ended=bool(o.get("open_ended")))
    years = o.get("contract_years") or rng.choice([3, 3, 5, 2])
    if o.get("contract_end"):
        c["end"] = o["contract_end"]
        c["start"] = c["end"] + _dt.timedelta(days=1) - relativedelta(years=years)
    elif o.get("contract_soon"):
        c["end"] = as_of + _dt.timedelta(days=rng.randint(12, 45))
        c["start"] = c["end"] + _dt.timedelta(days=1) - relativedelta(years=3)
    elif o.get("contract_ended"):
        c["end"] = month_last(as_of - relativedelta(months=rng.randint(2, 3)))
        c["start"] = c["end"] + _dt.timedelta(days=1) - relativedelta(years=3)
    elif o.get("term_short") == "months":
        c["start"] = month_first(as_of - relativedelta(months=rng.randint(3, 5)))
        c["end"] = c["start"] + relativedelta(months=11) - _dt.timedelta(days=1)
    elif o.get("term_short") == "day":
        c["start"] = month_first(as_of - relativedelta(months=rng.randint(5, 7)))
        c["end"] = c["start"] + relativedelta(years=1) - _dt.timedelta(days=2)
    else:
        for _ in range(100):
            c["start"] = month_first(as_of - relativedelta(months=rng.randint(3, 40))) + _dt.timedelta(days=rng.choice([0, 0, 0, 14]))
            c["end"] = c["start"] + relativedelta(years=years) - _dt.timedelta(days=1)
            if c["end"] > as_of + relativedelta(months=3):
                break
    if o.get("job_change"):
        c["start"] = month_first(as_of - relativedelta(months=rng.randint(4, 8)))
        c["end"] = c["start"] + relativedelta(years=3) - _dt.timedelta(days=1)
    if c["open_ended"]:
        c["end"] = None
    c["signing"] = c["start"] - _dt.timedelta(days=rng.randint(0, 12))
    c["probation_end"] = (c["start"] + relativedelta(months=rng.choice([3, 6])) - _dt.timedelta(days=1)) if rng.random() < 0.7 else None
    c["job"] = rng.choice(data.JOBS)
    c["show_id"] = rng.random() < 0.8 or bool(o.get("id_typo") == "labour_contract")
    c["employee_name"] = p["name"]
    c["employee_id"] = p["id_number"]
    w["contract"] = c
    if o.get("renewal_contract"):
        x = month_first(as_of - relativedelta(months=rng.randint(2, 20)))
        w["renewal"] = dict(start=x, end=x + relativedelta(years=3) - _dt.timedelta(days=1),
                            orig_start=x - relativedelta(years=3), orig_end=x - _dt.timedelta(days=1),
                            orig_signing=x - relativedelta(years=3) - _dt.timedelta(days=rng.randint(1, 9)),
                            signing=x - _dt.timedelta(days=rng.randint(3, 25)))
        c["start"], c["end"] = w["renewal"]["orig_start"], w["renewal"]["orig_end"]
        c["signing"] = w["renewal"]["orig_signing"]
        c["probation_end"] = c["start"] + relativedelta(months=3) - _dt.timedelta(days=1)
        c["open_ended"] = False

    # ---------------- permit
    pv = rng.choice([1, 3])
    if o.get("permit_expired"):
        vu = as_of - _dt.timedelta(days=rng.randint(8, 120))
        vfp = vu + _dt.timedelta(days=1) - relativedelta(years=pv)
        issue = vfp
    elif o.get("permit_workdays"):
        issue = back_workdays(as_of, o["permit_workdays"])
        assert working_days_between(issue, as_of) == o["permit_workdays"]
        vfp = issue
        vu = vfp + relativedelta(years=pv) - _dt.timedelta(days=1)
    else:
        for _ in range(100):
            issue = as_of - _dt.timedelta(days=rng.randint(25, pv * 365 - 30))
            vfp = issue
            vu = vfp + relativedelta(years=pv) - _dt.timedelta(days=1)
            if vu > as_of + _dt.timedelta(days=20):
                break
    hist = []
    a = vfp
    for _ in range(rng.randint(0, 2)):
        b = a - _dt.timedelta(days=1)
        a = b + _dt.timedelta(days=1) - relativedelta(years=pv)
        hist.insert(0, (a, b))
    w["permit"] = dict(name=p["name"], sex=p["sex"], id_number=p["id_number"], hukou_address=p["hukou_address"],
                       residence_address=p["residence_address"], issue_date=issue, valid_from=vfp, valid_until=vu,
                       office=p["police_office"], history=hist, print_date=as_of - _dt.timedelta(days=rng.randint(0, 10)))

    # ---------------- tax
    make_tax(rng, w)
    # ---------------- social insurance
    if o.get("si") or (rng.random() < (0.6 if sc["verdict"] != "fix" else 0.35) and not o.get("no_si")):
        make_si(rng, w)
    # ---------------- education
    make_edu(rng, w, o.get("edu") or rng.choice(["bachelor"] * 4 + ["master"]))
    # ---------------- marriage
    if o.get("marriage") or (sc["verdict"] != "review" and p["birth"].year < 1996 and rng.random() < 0.25):
        make_marriage(rng, w)
        if "member" in w:
            w["member"]["marital_status"] = "已婚"

    inject_defects(rng, w, sc)
    return w


def _tax_amount(rng, base):
    return round(max(0.0, base * rng.uniform(0.7, 1.3)), 2)


def make_tax(rng, w):
    o, as_of, emp = w["opts"], w["as_of"], w["employer"]
    win = tax_window(as_of)
    last = win[-1]
    first = win[0] - relativedelta(months=rng.choice([0, 0, 2, 6, 12]))
    months = month_range(first, last)
    prev = make_company(rng) if (o.get("job_change") or o.get("new_job")) else None
    agency = make_company(rng, kind="agency") if o.get("tax_agency") else None
    newco = make_company(rng) if o.get("new_job") else None
    w["prev_employer"] = prev
    w["new_employer"] = newco
    base = rng.choice([60, 150, 300, 600, 1100, 2200])
    if o.get("zero_tax"):
        base = 25
    rows = []
    change = month_first(w["contract"]["start"]) if o.get("job_change") else None

    def add(m, co, item="工资薪金所得", amount=None, income=None):
        amt = amount if amount is not None else _tax_amount(rng, base)
        if o.get("zero_tax") and rng.random() < 0.5:
            amt = 0.0
        declared = (m + relativedelta(months=1)).replace(day=rng.randint(3, 15))
        stored = declared + _dt.timedelta(days=rng.choice([0, 0, 1]))
        rows.append(dict(period=m, agent=co["name"], agent_display=display_name(rng, co, fullwidth=False if o.get("brackets") else None),
                         agent_uscc=co["uscc"], amount=amt, income=income or round(rng.uniform(6000, 30000), 2), item=item,
                         declared=declared, stored=stored, office=co["tax_office"],
                         voucher="3%017d" % rng.randint(0, 10 ** 17 - 1)))

    for m in months:
        if o.get("tax_agency"):
            co = agency
        elif o.get("new_job"):
            co = newco if m >= month_first(w["contract"]["end"] + _dt.timedelta(days=1)) else emp
        elif change and m < change:
            co = prev
        else:
            co = emp
        add(m, co)
    if o.get("bonus"):
        bm = rng.choice(months[:-1] or months)
        add(bm, emp, item="全年一次性奖金收入", amount=round(rng.uniform(500, 6000), 2))
    if o.get("extra_payer"):
        third = make_company(rng)
        for m in rng.sample(months[:-1], min(2, len(months) - 1)):
            add(m, third, item="劳务报酬所得", amount=round(rng.uniform(80, 900), 2), income=round(rng.uniform(1000, 5000), 2))
    if o.get("tax_gap") == "middle":
        gap = rng.choice(win[1:-1])
        rows = [r for r in rows if r["period"] != gap]
    rows.sort(key=lambda r: (r["period"], r["item"]))
    deadline = (last + relativedelta(months=1)).replace(day=15)
    issue = rand_date(rng, deadline + _dt.timedelta(days=1), as_of) if deadline < as_of else as_of
    if o.get("tax_gap") == "latest":
        # printed before the latest month's declaration was on the record
        issue = rand_date(rng, D(as_of.year, as_of.month, 2), D(as_of.year, as_of.month, 12))
        rows = [r for r in rows if r["period"] != last]
    w["tax"] = dict(name=w["p"]["name"], id_number=w["p"]["id_number"], issue_date=issue, rows=rows,
                    office=emp["tax_office"], record_no="%020d" % rng.randint(0, 10 ** 20 - 1),
                    verify_code="".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(16)),
                    **{"from": months[0], "to": months[-1]})
    if o.get("masked"):
        w["tax"]["id_masked"] = w["p"]["id_number"][:1] + "*" * 16 + w["p"]["id_number"][-1:]


def make_si(rng, w):
    o, as_of, emp = w["opts"], w["as_of"], w["employer"]
    m0 = month_first(as_of)
    end = m0 if rng.random() < 0.6 else m0 - relativedelta(months=1)
    n = o.get("si_len") or rng.randint(12, 30)
    mode = o.get("si_mode")
    base0 = rng.choice([7384, 8520, 10338, 12500, 15600, 21000, 28000])
    rows = []
    prev = w.get("prev_employer") or make_company(rng)
    agency = make_company(rng, kind="agency") if o.get("si_agency") else None
    change = month_first(w["contract"]["start"]) if o.get("job_change") else None

    def add(m, co, back=False):
        base = base0 if m.year >= 2026 else round(base0 * 0.93)
        rows.append(dict(month=m, employer=co["name"], employer_display=display_name(rng, co), base=float(base), back=back,
                         paid_on=as_of - _dt.timedelta(days=rng.randint(3, 40))))

    if mode == "backpay":
        for k in range(12, 4, -1):
            add(m0 - relativedelta(months=k), emp, back=True)
        for k in range(4, -1, -1):
            add(m0 - relativedelta(months=k), emp)
    elif mode == "stopped":
        for k in range(20, 2, -1):
            add(m0 - relativedelta(months=k), emp)
    elif mode == "all_back":
        for k in range(20, 12, -1):
            add(m0 - relativedelta(months=k), prev)
        for k in range(12, 0, -1):
            add(m0 - relativedelta(months=k), emp, back=True)
    else:
        for m in month_range(end - relativedelta(months=n - 1), end):
            if agency and m >= end - relativedelta(months=rng.randint(2, 6)):
                co = agency
            elif change and m < change:
                co = prev
            elif o.get("new_job") and m > w["contract"]["end"]:
                co = w.get("new_employer", emp)
            else:
                co = emp
            add(m, co)
    w["si"] = dict(name=w["p"]["name"], id_number=w["p"]["id_number"], rows=rows,
                   print_date=as_of - _dt.timedelta(days=rng.randint(0, 6)))
    if o.get("masked"):
        w["si"]["id_masked"] = w["p"]["id_number"][:6] + "*" * 8 + w["p"]["id_number"][-4:]


def _cert_no(rng, school_code, year, lvl):
    return "%05d%d%d%06d" % (school_code, year, lvl, rng.randint(0, 999999))


def make_edu(rng, w, kind):
    p = w["p"]
    by = p["birth"].year
    major, field = rng.choice(data.MAJORS)
    school, _ = rng.choice(data.SCHOOLS)
    sc = rng.randint(10000, 14999)
    docs = []
    grad_b = D(by + 22 + rng.choice([0, 0, 1]), rng.choice([6, 6, 7]), rng.choice([20, 25, 28, 30]) if True else 1)
    if grad_b.month == 7:
        grad_b = grad_b.replace(day=1)

    def dip(level, start, grad, sch, maj, mode="普通全日制", code=sc, lv=5):
        return dict(type="diploma", name=p["name"], sex=p["sex"], birth=p["birth"], school=sch, major=maj, level=level,
                    start=start, graduation_date=grad, study_mode=mode, cert_no=_cert_no(rng, code, grad.year, lv),
                    president=make_name(rng, rng.random() < 0.3), form=rng.choice(["业余", "函授"]))

    def deg(level, grad, sch, maj, fld, code=sc):
        return dict(type="degree_certificate", name=p["name"], sex=p["sex"], birth=p["birth"], school=sch, major=maj, level=level,
                    field=fld, graduation_date=grad, cert_no="1%05d%d%06d" % (code, grad.year, rng.randint(0, 999999)),
                    president=make_name(rng, rng.random() < 0.3))

    if kind == "college":
        m = rng.choice(data.MAJORS_ZK)
        sch = rng.choice(data.COLLEGES)
        g = D(by + 21, 6, 30)
        docs.append(dip("专科", D(g.year - 3, 9, 1), g, sch, m, lv=6))
    elif kind == "degree_only":
        docs.append(deg("学士", grad_b, school, major, field))
    elif kind == "adult":
        g = D(by + rng.randint(25, 28), 1, rng.choice([10, 15, 20]))
        d = dip("本科", D(g.year - 2, 3, 1), g, school, major, mode=rng.choice(["成人高等教育", "高等教育自学考试", "网络教育"]))
        docs += [d, deg("学士", g + _dt.timedelta(days=rng.randint(20, 60)), school, major, field)]
    else:
        docs += [dip("本科", D(grad_b.year - 4, 9, 1), grad_b, school, major), deg("学士", grad_b, school, major, field)]
        if kind in ("master", "phd"):
            s2, _ = rng.choice(data.SCHOOLS)
            m2 = major if rng.random() < 0.6 else rng.choice(data.MAJORS)[0]
            g2 = D(grad_b.year + 3, 6, rng.choice([20, 25, 30]))
            keep_bachelor = rng.random() < 0.5
            if not keep_bachelor:
                docs = []
            docs += [dip("硕士研究生", D(grad_b.year, 9, 1), g2, s2, m2, lv=2), deg("硕士", g2, s2, m2, field)]
            if kind == "phd":
                g3 = D(g2.year + 4, 6, rng.choice([15, 20, 28]))
                docs += [dip("博士研究生", D(g2.year, 9, 1), g3, s2, m2, lv=1), deg("博士", g3, s2, m2, field)]
    # a 学信网 report for the highest diploma, sometimes
    dips = [d for d in docs if d["type"] == "diploma" and d["study_mode"] == "普通全日制"]
    if dips and rng.random() < 0.45:
        top = dips[-1]
        x = dict(top, type="xuexin", ethnicity=p["ethnicity"] + "族" if len(p["ethnicity"]) < 3 else p["ethnicity"],
                 id_number=p["id_number"], duration={"专科": "3年", "本科": "4年", "硕士研究生": "3年", "博士研究生": "4年"}[top["level"]],
                 category="普通高等教育" if top["level"] in ("专科", "本科") else "研究生",
                 print_date=w["as_of"] - _dt.timedelta(days=rng.randint(0, 30)),
                 verify_code="".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(16)))
        x["report_until"] = x["print_date"] + relativedelta(months=rng.choice([1, 3, 6]))
        docs.append(x)
    w["edu"] = docs


def make_marriage(rng, w):
    p = w["p"]
    female = not p["female"]
    sb = p["birth"] + _dt.timedelta(days=rng.randint(-1200, 1200))
    reg = rng.choice(data.REGIONS)
    sp = dict(name=make_name(rng, female), sex="女" if female else "男", birth=sb,
              id_number=make_id(reg[0], sb, rng.randint(0, 999), not female))
    lo = max(p["birth"], sb) + relativedelta(years=23)
    regd = rand_date(rng, lo, w["as_of"] - relativedelta(months=6))
    dist = rng.choice(data.SH_DISTRICTS)[1]
    w["marriage"] = dict(holder=dict(name=p["name"], sex=p["sex"], birth=p["birth"], id_number=p["id_number"]), spouse=sp,
                         registration_date=regd, cert_no="J%s-%d-%06d" % (rng.choice(data.SH_DISTRICTS)[0], regd.year, rng.randint(1, 20000)),
                         office="上海市%s民政局" % dist, clerk=make_name(rng, True))


def inject_defects(rng, w, sc):
    o = sc["opts"]
    p = w["p"]
    if o.get("hukou_mismatch"):
        w["permit"]["hukou_address"] = one_char_change(rng, w["permit"]["hukou_address"])
    if o.get("name_mismatch"):
        other = vary_name(rng, p["name"])
        assert other != p["name"]
        if o["name_mismatch"] == "labour_contract":
            w["contract"]["employee_name"] = other
        elif o["name_mismatch"] == "tax_record":
            w["tax"]["name"] = other
    if o.get("id_typo"):
        good = p["id_number"]
        if o.get("id_typo_kind") == "date":
            b = p["birth"]
            # an impossible day in the same month (31st of a 30-day month or 30th of February), correct check digit
            day = 30 if b.month == 2 else 31
            if b.month in (1, 3, 5, 7, 8, 10, 12):
                bad_body = good[:10] + "%02d" % b.month + "32" + good[14:17]
            else:
                bad_body = good[:10] + "%02d" % b.month + "%02d" % day + good[14:17]
            bad = force_body(bad_body)
        else:
            i = rng.randint(6, 16)
            for _ in range(20):
                c = str((int(good[i]) + rng.randint(1, 9)) % 10)
                bad = good[:i] + c + good[i + 1:]
                if not id_valid(bad):
                    break
        assert not id_valid(bad) and bad != good
        if o["id_typo"] == "residence_permit":
            w["permit"]["id_number"] = bad
        else:
            w["contract"]["employee_id"] = bad
            w["contract"]["show_id"] = True
