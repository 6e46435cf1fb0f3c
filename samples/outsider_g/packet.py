"""Compose one packet: invent the applicant, plant defects, render, capture, write files + truth."""
import datetime as dt
import json
import os
import random
from dateutil.relativedelta import relativedelta
from PIL import Image, ImageDraw

from . import people as P
from . import docs as R
from . import tables as TB
from . import capture as CP
from .gfx import watermark, font, text, wrap, HAND_FONTS
from .judge import judge, tax_window
from .plans import plan_for, expected_for

ISO = lambda d: d.isoformat()


class Doc:
    def __init__(self, type_, fields, rows=None, holder="applicant", x=None):
        self.type = type_
        self.fields = fields          # truth fields (normal form)
        self.rows = rows or []
        self.holder = holder
        self.x = x or {}              # rendering extras
        self.layout = None
        self.pages = []               # [(file, page)]
        self.hide = set()


# ------------------------------------------------------------------ person
def invent(rng, plan, asof):
    sex = rng.choice(["男", "女"])
    reg = rng.choice(P.REGIONS)
    code, prov, city, dist = reg
    surname = rng.choice(P.SURNAMES[:120])
    name = P.person_name(rng, surname)
    if "age_over" in plan["d"]:
        age = rng.choice([61, 62])
    elif plan["edu"] == "yjs":
        age = rng.randint(27, 43)
    else:
        age = rng.randint(23, 43)
    birth = asof - relativedelta(years=age) - dt.timedelta(days=rng.randint(1, 360))
    idn = P.make_id(code, birth, rng, sex)
    home = P.home_address(rng, reg)
    cityname = city or prov
    police_branch = f"{cityname}公安局{dist}分局"
    return dict(sex=sex, reg=reg, name=name, surname=surname, birth=birth, id=idn, home=home,
                eth=rng.choice(P.ETHNIC), police=police_branch, cityname=cityname, age=age)


def idcard_validity(rng, birth, asof, expired=False):
    if expired:
        until = asof - dt.timedelta(days=rng.randint(15, 300))
        age_at_issue = P.age_at(birth, until - relativedelta(years=20))
        yrs = 20 if age_at_issue >= 26 else 10
        return until - relativedelta(years=yrs), until
    frm = asof - dt.timedelta(days=rng.randint(200, 3600))
    a = P.age_at(birth, frm)
    if a >= 46:
        return frm, "long_term"
    yrs = 10 if a < 26 else 20
    until = frm + relativedelta(years=yrs)
    if until <= asof + dt.timedelta(days=90):
        frm = asof - dt.timedelta(days=rng.randint(200, 1500))
        until = frm + relativedelta(years=yrs)
    return frm, until


def month_list(start, end):
    out = []
    m = dt.date(start.year, start.month, 1)
    while m <= end:
        out.append(m)
        m += relativedelta(months=1)
    return out


def build(rng, plan, asof):
    d = plan["d"]
    per = invent(rng, plan, asof)
    docs = []
    name, idn = per["name"], per["id"]
    # ---- id card
    frm, until = idcard_validity(rng, per["birth"], asof, expired="idcard_expired" in d)
    id_addr = per["home"]
    if rng.random() < 0.25 and plan["hk"] == "family":
        id_addr = P.home_address(rng, per["reg"])  # older address on the card: not a defect
    idc = Doc("id_card", dict(name=name, sex=per["sex"], ethnicity=per["eth"], birth_date=ISO(per["birth"]), address=id_addr,
                              id_number=idn, issuing_authority=per["police"], valid_from=ISO(frm),
                              valid_until=until if until == "long_term" else ISO(until)))
    docs.append(idc)
    # ---- household / collective
    if plan["hk"] == "family":
        head_is_self = rng.random() < 0.35
        head = name if head_is_self else per["surname"] + rng.choice(["国强", "建华", "志明", "德胜", "永红", "金花", "桂兰", "卫东"])
        rel = "户主" if head_is_self else rng.choice(["子", "长子", "次子"] if per["sex"] == "男" else ["女", "长女", "次女"])
        hukou_addr = per["home"]
        cov = Doc("household_register_cover", dict(household_type="家庭户", head_name=head, household_number=str(rng.randint(100000000, 999999999)),
                                                   address=hukou_addr, issue_date=ISO(asof - dt.timedelta(days=rng.randint(800, 6000)))),
                  x=dict(_police=per["police"].replace("分局", "分局"), _clerk=P.person_name(rng)))
        edu_txt = {"bk_deg": "大学本科", "yjs": "研究生", "adult_rec": "大学本科", "zikao_rec": "大学本科", "ck": "大学专科",
                   "bk_only": "大学本科", "adult_norec": "大学本科", "deg_only": "大学本科", "none": "高中"}[plan["edu"]]
        code, prov, city, dist = per["reg"]
        mf = dict(name=name, relation_to_head=rel, sex=per["sex"], birthplace=f"{prov}{city}", ethnicity=per["eth"],
                  native_place=f"{prov}{city}", birth_date=ISO(per["birth"]), id_number=idn, education=edu_txt,
                  marital_status="已婚" if plan.get("married") else "未婚",
                  registration_date=ISO(per["birth"] + dt.timedelta(days=rng.randint(20, 90)) if rng.random() < 0.6
                                        else per["birth"] + relativedelta(years=rng.randint(5, 17), days=rng.randint(0, 300))))
        if rng.random() < 0.4:
            mf["employer"] = P.company(rng) if rng.random() < 0.5 else f"{per['cityname']}{rng.choice(P.COMPANY_HEAD)}{rng.choice(P.COMPANY_TRADE)}有限公司"
        mem = Doc("household_register_member", mf, x=dict(_police=per["police"], _clerk=P.person_name(rng),
                                                          _height=str(rng.randint(155, 185)), _mil="未服兵役", _job=rng.choice(["职员", "工程技术人员", "", "办事人员"])))
        docs += [cov, mem]
    elif plan["hk"] == "collective":
        code, prov, city, dist = rng.choice(P.REGIONS)
        unit = rng.choice(["人才服务中心", "人才交流服务中心", "大学集体户", "人力资源市场"])
        hukou_addr = f"{prov}{city}{dist}{rng.choice(P.ROADS)}{rng.randint(1, 300)}号"
        pol = f"{city or prov}公安局{dist}分局{rng.choice(['新华', '城南', '北门', '东湖', '长安'])}派出所"
        col = Doc("collective_hukou_certificate", dict(name=name, id_number=idn, address=hukou_addr,
                                                       issue_date=ISO(asof - dt.timedelta(days=rng.randint(5, 60)))),
                  x=dict(_police=pol, _unit=f"{city or prov}{unit}集体户"))
        docs.append(col)
    else:
        hukou_addr = per["home"]
    # ---- residence permit
    if "permit_expired" in d:
        vu = asof - dt.timedelta(days=rng.randint(5, 80))
        isd = vu - relativedelta(years=1) + dt.timedelta(days=1)
    elif "permit_recent" in d:
        k = rng.randint(1, 4)
        isd = asof
        n = 0
        while n < k:
            isd -= dt.timedelta(days=1)
            if isd.weekday() < 5:
                n += 1
        # isd is k working days back: working days in (isd, asof] = k (if asof is a workday) or fewer
        vu = isd + relativedelta(years=1) - dt.timedelta(days=1)
    else:
        isd = asof - dt.timedelta(days=rng.randint(30, 330))
        vu = isd + relativedelta(years=rng.choice([1, 1, 3])) - dt.timedelta(days=1)
    sh_dist = rng.choice(P.SH_DISTRICTS)
    rp_hk = hukou_addr
    if "hukou_old" in d:
        if plan["hk"] == "collective":
            rp_hk = per["home"]  # still the family address from before the move into the collective hukou
        else:
            rp_hk = P.home_address(rng, per["reg"])
    rp = Doc("residence_permit", dict(name=name, id_number=idn, hukou_address=rp_hk, residence_address=P.sh_address(rng),
                                      issue_date=ISO(isd), valid_from=ISO(isd), valid_until=ISO(vu)),
             x=dict(_office=f"上海市公安局{sh_dist}分局", _printed=ISO(asof - dt.timedelta(days=rng.randint(1, 20)))))
    docs.append(rp)
    # ---- employer & contract
    emp = P.company(rng)
    uscc = P.make_uscc(rng, rng.choice(["310115", "310104", "310112", "310114", "310117", "310106"]))
    prev_emp = P.company(rng) if rng.random() < 0.7 else f"{per['cityname']}{rng.choice(P.COMPANY_HEAD)}{rng.choice(P.COMPANY_TRADE)}有限公司"
    if "term_short" in d:
        start = asof - dt.timedelta(days=rng.randint(40, 100))
        end = start + relativedelta(months=rng.choice([10, 11])) - dt.timedelta(days=1)
        open_ended = False
    elif "ends_soon" in d:
        end = asof + dt.timedelta(days=rng.randint(-20, 45))
        start = end - relativedelta(years=3) + dt.timedelta(days=1)
        open_ended = False
    elif "employer_switch" in d:
        start = asof - dt.timedelta(days=rng.randint(20, 40))
        end = start + relativedelta(years=3) - dt.timedelta(days=1)
        open_ended = False
    elif "si_insufficient" in d and "ends_soon" not in d:
        start = asof - relativedelta(months=4) - dt.timedelta(days=rng.randint(0, 20))
        end = start + relativedelta(years=3) - dt.timedelta(days=1)
        open_ended = False
    else:
        start = asof - dt.timedelta(days=rng.randint(300, 2200))
        yrs = rng.choice([3, 3, 5, 5, 0])
        if yrs == 0 or start + relativedelta(years=yrs) < asof + relativedelta(months=4):
            if rng.random() < 0.5:
                yrs, open_ended, end = 0, True, None
            else:
                yrs = yrs or 3
                while start + relativedelta(years=yrs) < asof + relativedelta(months=4):
                    yrs = (yrs or 3) + 2
                open_ended = False
        else:
            open_ended = False
        if not open_ended:
            end = start + relativedelta(years=yrs) - dt.timedelta(days=1)
    renew = plan.get("renew_contract")
    signing = start - dt.timedelta(days=rng.randint(0, 12))
    cf = dict(employer=emp, employee_name=name, employee_id_number=idn, start_date=ISO(start),
              end_date=ISO(end) if end else None, open_ended=open_ended, signing_date=ISO(signing))
    if cf["end_date"] is None:
        del cf["end_date"]
    cx = dict(_legal=P.person_name(rng), _emp_addr=f"上海市{rng.choice(P.SH_DISTRICTS)}{rng.choice(P.SH_ROADS)}{rng.randint(1, 2000)}号",
              _home=per["home"], _sex=per["sex"], _uscc=uscc)
    if rng.random() < 0.6:
        cx["_prob"] = (ISO(start), ISO(start + relativedelta(months=rng.choice([2, 3, 6])) - dt.timedelta(days=1)))
    lc_docs = []
    if renew:
        o_end = start - dt.timedelta(days=1)
        o_start = o_end - relativedelta(years=3) + dt.timedelta(days=1)
        orig = Doc("labour_contract", dict(employer=emp, employee_name=name, employee_id_number=idn, start_date=ISO(o_start),
                                           end_date=ISO(o_end), open_ended=False, signing_date=ISO(o_start - dt.timedelta(days=rng.randint(0, 10)))),
                   x=dict(cx, _prob=(ISO(o_start), ISO(o_start + relativedelta(months=3) - dt.timedelta(days=1)))))
        signing = o_end - dt.timedelta(days=rng.randint(5, 30))
        cf["signing_date"] = ISO(signing)
        ren = Doc("labour_contract", cf, x=dict(cx, _prev=(orig.fields["start_date"], orig.fields["end_date"])))
        ren.layout = "renewal_letter"
        lc_docs = [orig, ren]
    else:
        lc_docs = [Doc("labour_contract", cf, x=cx)]
    docs += lc_docs
    cur_contract = lc_docs[-1]
    # ---- tax record
    win = tax_window(asof)
    last_m = dt.date.fromisoformat(win[-1] + "-01")
    first_m = dt.date(last_m.year, 1, 1) if rng.random() < 0.6 else last_m - relativedelta(months=rng.randint(6, 11))
    months = month_list(first_m, last_m)
    if "tax_lag" in d:
        months = months[:-1]
    if "tax_gap" in d:
        gap = [m for m in months if m.strftime("%Y-%m") in win[:-1]]
        for g in rng.sample(gap, rng.choice([1, 1, 2])):
            months.remove(g)
    if "tax_lag" in d:
        tax_issue = dt.date(asof.year, asof.month, rng.randint(3, 12))
        if tax_issue >= asof:
            tax_issue = asof - dt.timedelta(days=3)
    else:
        tax_issue = asof - dt.timedelta(days=rng.randint(0, 6))
    agency = rng.choice(P.AGENCIES)
    rows = []
    for m in months:
        a = emp
        if m < dt.date(start.year, start.month, 1) and not renew:
            a = prev_emp
        if "employer_switch" in d:
            a = prev_emp
        if "employer_agency_tax" in d:
            a = agency
        rows.append(dict(period=m.strftime("%Y-%m"), withholding_agent=a, amount=f"{rng.uniform(80, 3200):.2f}", _item="工资薪金"))
        if m.month in (1, 2, 3) and rng.random() < 0.3:
            rows.append(dict(period=m.strftime("%Y-%m"), withholding_agent=a, amount=f"{rng.uniform(300, 6000):.2f}", _item="全年一次性奖金收入"))
    if rng.random() < 0.25 and rows:
        k = rng.randrange(len(rows))
        rows.insert(k + 1, dict(period=rows[k]["period"], withholding_agent=P.company(rng), amount=f"{rng.uniform(40, 800):.2f}", _item="劳务报酬"))
    if "name_typo_tax" in d:
        tname = name[:-1] + rng.choice([c for c in "伟玮炜韦维薇微惟" if c != name[-1]])
    else:
        tname = name
    tax = Doc("tax_record", dict(name=tname, id_number=idn, issue_date=ISO(tax_issue)), rows=rows,
              x=dict(_uscc={emp: uscc, prev_emp: P.make_uscc(rng), agency: P.make_uscc(rng, "310101")}))
    if "missing_tax" not in d:
        docs.append(tax)
    # ---- social insurance record
    if plan.get("si"):
        m0 = dt.date(asof.year, asof.month, 1)
        srows = []
        if "si_insufficient" in d and "si_not_paying" in d:
            ms = [m0 - relativedelta(months=k) for k in range(7, 2, -1)]  # 5 regular months, stopped 3 months ago
        elif "si_insufficient" in d:
            ms = [m0 - relativedelta(months=k) for k in range(4, 0, -1)]
        else:
            span = rng.randint(14, 36)
            ms = [m0 - relativedelta(months=k) for k in range(span, 0, -1)]
            if asof.day >= 25 and rng.random() < 0.5:
                ms.append(m0)
        base = rng.randint(70, 300) * 100
        for m in ms:
            e = emp if m >= dt.date(start.year, start.month, 1) else prev_emp
            if "employer_agency_si" in d:
                e = agency
            srows.append(dict(month=m.strftime("%Y-%m"), employer=e, base=f"{base if m.year == asof.year else int(base * 0.92)}.00", back_payment=False))
        if "si_not_paying" in d and "si_insufficient" not in d:
            # the last month was only paid back later (补缴); the as-of month not yet
            srows = [r for r in srows if r["month"] != m0.strftime("%Y-%m")]
            srows[-1]["back_payment"] = True
            srows[-2]["back_payment"] = rng.random() < 0.5
        elif rng.random() < 0.4 and len(srows) > 14:
            srows[rng.randint(0, 4)]["back_payment"] = True  # an old 补缴 month: a trap, not a defect
        si = Doc("social_insurance_record", dict(name=name, id_number=idn), rows=srows, x=dict(_printed=ISO(asof - dt.timedelta(days=rng.randint(0, 5)))))
        docs.append(si)
    # ---- education
    docs += education(rng, plan, per, asof)
    # ---- marriage
    if plan.get("married") and "age_over" not in d or (plan.get("married") and "age_over" in d):
        ssex = "女" if per["sex"] == "男" else "男"
        sreg = rng.choice(P.REGIONS)
        sbirth = per["birth"] + dt.timedelta(days=rng.randint(-1500, 1500))
        sname = P.person_name(rng)
        sid = P.make_id(sreg[0], sbirth, rng, ssex)
        regd = asof - dt.timedelta(days=rng.randint(200, 3500))
        if regd < per["birth"] + relativedelta(years=23):
            regd = per["birth"] + relativedelta(years=24)
        me = dict(name=name, sex=per["sex"], nat="中国", birth=R.cn0(ISO(per["birth"])), id=idn)
        sp = dict(name=sname, sex=ssex, nat="中国", birth=R.cn0(ISO(sbirth)), id=sid)
        p1, p2 = (me, sp) if per["sex"] == "男" else (sp, me)
        mc = Doc("marriage_certificate", dict(holder_name=name, spouse_name=sname, spouse_id_number=sid, registration_date=ISO(regd)),
                 x=dict(_p1=p1, _p2=p2, _cert_no=f"J{sreg[0]}-{regd.year}-{rng.randint(1000, 99999):06d}",
                        _office=f"上海市{rng.choice(P.SH_DISTRICTS)}民政局" if rng.random() < 0.5 else f"{per['cityname']}{per['reg'][3]}民政局"))
        docs.append(mc)
        if plan.get("spouse_id"):
            sf, su = idcard_validity(rng, sbirth, asof)
            sdoc = Doc("id_card", dict(name=sname, sex=ssex, ethnicity="汉", birth_date=ISO(sbirth), address=P.home_address(rng, sreg),
                                       id_number=sid, issuing_authority=f"{sreg[2] or sreg[1]}公安局{sreg[3]}分局", valid_from=ISO(sf),
                                       valid_until=su if su == "long_term" else ISO(su)), holder="spouse")
            docs.append(sdoc)
    # ---- defects on identity
    if "bad_checkdigit" in d:
        bad = P.bad_check(idn)
        for dd in docs:
            if dd.holder != "applicant":
                continue
            for k in ("id_number", "employee_id_number"):
                if k in dd.fields:
                    dd.fields[k] = bad
        for m in ("_p1", "_p2"):
            for dd in docs:
                if dd.type == "marriage_certificate" and dd.x[m]["id"] == idn:
                    dd.x[m]["id"] = bad
    if "typo_id_contract" in d:
        s = list(idn)
        for i in range(10, 16):
            t = s[:]
            t[i], t[i + 1] = t[i + 1], t[i]
            cand = "".join(t)
            if cand != idn and not P.valid_id(cand):
                cur_contract.fields["employee_id_number"] = cand
                break
    if "id_mismatch_valid" in d:
        s17 = idn[:14] + f"{(int(idn[14:17]) + rng.choice([2, 4, 20])) % 1000:03d}"
        other = s17 + P.id_check(s17)
        target = tax if rng.random() < 0.5 and "missing_tax" not in d else rp
        target.fields["id_number"] = other
    if "name_typo_contract" in d:
        c = cur_contract.fields["employee_name"]
        cur_contract.fields["employee_name"] = c[:-1] + rng.choice([x for x in "伟玮婷亭静晶敏珉" if x != c[-1]])
    return per, docs


def education(rng, plan, per, asof):
    e = plan["edu"]
    out = []
    if e == "none":
        return out
    sex, name = per["sex"], per["name"]
    major, field = rng.choice(P.MAJORS)
    school = rng.choice(P.SCHOOLS)
    grad_age = rng.randint(21, 23)
    g_year = per["birth"].year + grad_age + 1
    grad = dt.date(g_year, 6, rng.choice([20, 25, 28, 30]))
    if grad > asof - relativedelta(years=2):
        grad = dt.date(asof.year - 2, 6, 30)
    base = dict(_birth=ISO(per["birth"]), _sex=sex, _president=P.person_name(rng))

    def dip(level, school, major, grad, years, mode="普通全日制"):
        f = dict(name=name, school=school, major=major, level=level, graduation_date=ISO(grad), study_mode=mode)
        x = dict(base, _enrol=ISO(dt.date(grad.year - years, 9, 1)), _years=years,
                 _cert_no=f"{rng.randint(10000, 19999)}{grad.year}{rng.randint(10, 99)}{rng.randint(100000, 999999)}")
        return Doc("diploma", f, x=x)

    def deg(level, school, major, grad, field):
        f = dict(name=name, school=school, major=major, level=level, graduation_date=ISO(grad))
        return Doc("degree_certificate", f, x=dict(base, _field=field, _deg_no=f"{rng.randint(10000, 19999)}{rng.randint(10**9, 10**10 - 1)}"))

    def rec(dipdoc):
        f = dict(dipdoc.fields)
        f["online_record"] = True
        r = Doc("diploma", f, x=dict(dipdoc.x))
        r.layout = "xuexin"
        return r

    if e in ("bk_deg", "bk_only", "deg_only"):
        dd = dip("本科", school, major, grad, 4)
        dg = deg("学士", school, major, grad, field)
        if e == "bk_deg":
            out += [dd, dg]
            if rng.random() < 0.3:
                out.append(rec(dd))
        elif e == "bk_only":
            out.append(dd)
        else:
            out.append(dg)
    elif e == "yjs":
        mg = dt.date(grad.year + 3, 6, 30)
        if mg > asof - relativedelta(years=1):
            mg = dt.date(asof.year - 1, 6, 28)
        dd = dip("硕士研究生", rng.choice(P.SCHOOLS), major, mg, 3)
        dg = deg("硕士", dd.fields["school"], major, mg, field)
        out += [dd, dg]
        if rng.random() < 0.5:
            out += [dip("本科", school, major, grad, 4), deg("学士", school, major, grad, field)]
    elif e in ("adult_rec", "adult_norec", "zikao_rec"):
        mode = "高等教育自学考试" if e == "zikao_rec" else rng.choice(["成人业余", "成人函授"])
        g2 = grad + relativedelta(years=rng.randint(1, 3))
        g2 = dt.date(g2.year, rng.choice([1, 6, 7]), 30 if True else 1)
        if g2 > asof - relativedelta(months=8):
            g2 = dt.date(asof.year - 1, 1, 30)
        dd = dip("本科", school, major, g2, rng.choice([2, 3]) if mode != "高等教育自学考试" else 2, mode)
        out += [dd, deg("学士", school, major, g2, field)]
        if e != "adult_norec":
            out.append(rec(dd))
    elif e == "ck":
        dd = dip("专科", rng.choice(P.COLLEGES), rng.choice(P.ZK_MAJORS), grad - relativedelta(years=1), 3)
        out.append(dd)
        if rng.random() < 0.5:
            out.append(rec(dd))
    return out


# ====================================================================== assembly
from .render import (Sheet, Names, hint, form_id, form_permit, form_hukou, tax_spec, tax_old_cert, tax_app,
                     si_spec, xuexin_spec, unknown_sheet)

A4_CAPS = ["scan", "grey_scan", "photocopy", "lowres", "photo", "photo", "chat", "scan_pdf", "tiff"]


class Out:
    def __init__(self, rng, asof, folder):
        self.rng, self.folder = rng, folder
        self.names = Names(rng, asof)
        self.files = []      # (name, pages meta)
        self.bundle = None   # pending scanner-app PDF: list of (img, meta, docs)

    def _meta(self, sheet, capture, rotation):
        m = dict(type=sheet.types[0], capture=capture, rotation=rotation)
        if len(sheet.types) > 1:
            m["also_holds"] = sheet.types[1:]
        return m

    def _register(self, name, items):
        metas = []
        for k, (sheet, meta) in enumerate(items, 1):
            for d in sheet.docs:
                d.pages.append((name, k))
            metas.append(meta)
        self.files.append((name, metas))

    def single(self, sheet, cap, hint_t):
        """One sheet -> one image file with capture cap."""
        rng = self.rng
        img = sheet.img
        kind = sheet.kind
        rot, exif = 0, 0
        if cap in ("photo", "chat", "dark"):
            if kind == "a4" or kind == "cert" or kind == "wide" or kind == "booklet" or kind == "card":
                img = CP.photo(img, rng, card=kind == "card", dark=cap == "dark",
                               big=(1920, 1440) if cap == "chat" else None)
            if cap == "chat":
                img = CP.chat(img, rng)
            u = rng.random()
            if u < 0.13:
                rot = rng.choice([90, 180, 270])
            elif u < 0.3 and cap == "photo":
                exif = rng.choice([6, 6, 8, 3])
            img = CP.rotate_content(img, rot)
            if cap == "chat":
                fmt, fam = "jpg", "chat"
            else:
                fmt = rng.choice(["jpg"] * 7 + ["heic", "webp", "png"])
                fam = "photo"
                if fmt != "jpg":
                    exif = 0
            name = self.names.get(fam, hint(rng, hint_t), {"heic": rng.choice(["heic", "HEIC"])}.get(fmt, fmt))
            CP.save_image(img, os.path.join(self.folder, name), fmt, rng, exif_orientation=exif,
                          quality=rng.randint(45, 65) if cap == "chat" else None)
            self._register(name, [(sheet, self._meta(sheet, "photo" if cap == "dark" else cap, rot))])
            return
        if cap in ("screenshot", "screenshot_chat"):
            if cap == "screenshot_chat":
                img = CP.chat(img, rng)
                name = self.names.get("chat", None, "jpg")
                CP.save_image(img, os.path.join(self.folder, name), "jpg", rng, quality=rng.randint(55, 70))
                capn = "chat"
            else:
                fmt = rng.choice(["png", "png", "jpg"])
                name = self.names.get("screenshot", None, fmt)
                CP.save_image(img, os.path.join(self.folder, name), fmt, rng, quality=92)
                capn = "screenshot"
            self._register(name, [(sheet, self._meta(sheet, capn, 0))])
            return
        # flatbed families
        pg = self.flat(sheet, cap)
        img, rot, capn = pg
        if capn == "bilevel":
            fmt = rng.choice(["png", "tif"])
        else:
            fmt = rng.choice(["jpg"] * 5 + ["png"] * 2 + ["bmp"] * (1 if capn == "lowres" else 0) + ["webp"])
        name = self.names.get("scan", hint(rng, hint_t), fmt)
        if fmt == "tif":
            CP.save_tiff([img], os.path.join(self.folder, name))
        else:
            CP.save_image(img, os.path.join(self.folder, name), fmt, rng, quality=rng.randint(60, 75) if capn == "lowres" else None)
        self._register(name, [(sheet, self._meta(sheet, capn, rot))])

    def flat(self, sheet, cap, dpi=None):
        rng = self.rng
        img = sheet.img
        if sheet.kind in ("card", "booklet"):
            img = CP.on_a4([img], rng)
        elif sheet.kind == "wide":
            img = CP.on_a4([img], rng)
        mode = cap if cap in ("scan", "grey_scan", "photocopy", "lowres", "bilevel") else "scan"
        if mode == "lowres" and (len(sheet.types) > 1 or sheet.kind in ("card", "booklet", "wide")):
            mode = "photocopy"  # small print on a ~100 dpi copy would be unreadable: copy at 150+ dpi instead
        page_dpi = 200 if img.size[0] in (1654, 2339) else 200
        im = CP.scan(img, rng, mode, page_dpi, dpi)
        rot = 0
        if sheet.kind == "cert" and rng.random() < 0.5:
            rot = rng.choice([90, 270])
        elif rng.random() < 0.07:
            rot = 180
        return CP.rotate_content(im, rot), rot, mode

    def multi(self, sheets, cap, hint_t, blank_after=None):
        """Several sheets -> one multi-page file (scanner-app PDF or TIFF)."""
        rng = self.rng
        mode = rng.choice(["scan", "grey_scan"]) if cap == "scan_pdf" else rng.choice(["bilevel", "bilevel", "grey_scan"])
        items, pages = [], []
        dpi = rng.choice([150, 200]) if mode != "bilevel" else rng.choice([200, 300])
        for i, s in enumerate(sheets):
            im, rot, capn = self.flat(s, mode, dpi)
            pages.append(im)
            items.append((s, self._meta(s, capn, rot)))
            if blank_after is not None and i == blank_after:
                b = Sheet(R.blank(rng), "a4", [], ["unknown"])
                im, rot, capn = self.flat(b, mode, dpi)
                pages.append(im)
                items.append((b, self._meta(b, capn, 0)))
        if cap == "scan_pdf":
            name = self.names.get("scanpdf", hint(rng, hint_t) if rng.random() < 0.4 else None, "pdf")
            CP.save_image_pdf(pages, os.path.join(self.folder, name), rng, dpi)
        else:
            name = self.names.get("tiff", hint(rng, hint_t) if rng.random() < 0.4 else None, rng.choice(["tif", "tiff"]))
            if mode == "grey_scan":
                pages = [p.convert("L") for p in pages]
            CP.save_tiff(pages, os.path.join(self.folder, name))
        self._register(name, items)

    def textpdf(self, data, n, docs, types, hint_t):
        name = self.names.get("other", hint(self.rng, hint_t), "pdf")
        with open(os.path.join(self.folder, name), "wb") as fh:
            fh.write(data)
        s = Sheet(None, "pdf", docs, types)
        self._register(name, [(s, self._meta(s, "text_pdf", 0)) for _ in range(n)])

    def unit(self, sheets, hint_t, caps=None, blank_after=None):
        """Capture the sheets of one document (or page group)."""
        rng = self.rng
        kinds = {s.kind for s in sheets}
        if kinds == {"screen"}:
            cap = rng.choice(["screenshot", "screenshot", "screenshot_chat"])
            for s in sheets:
                self.single(s, cap, hint_t)
            return
        if caps is None:
            if kinds <= {"card", "booklet", "wide"}:
                caps = ["photo", "photo", "photo", "chat", "scan", "photocopy"]
            else:
                caps = A4_CAPS
        cap = rng.choice(caps)
        if blank_after is not None:
            cap = "scan_pdf"
        if cap in ("scan_pdf", "tiff"):
            if len(sheets) == 1 and rng.random() < 0.5 and blank_after is None:
                cap = rng.choice(["scan", "grey_scan"])
            else:
                self.multi(sheets, cap, hint_t, blank_after)
                return
        for s in sheets:
            self.single(s, cap, hint_t)


def draw(seed, index, outroot):
    rng = random.Random(f"outsider_g/{seed}/{index}")

    def pick(options, salt):
        """balanced over the set: rotate by packet index, shifted per seed"""
        return options[(index + salt * 3 + seed) % len(options)]
    plan = plan_for(index)
    asof = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 40))
    if "tax_lag" in plan["d"] and asof.day < 16:
        asof = asof.replace(day=rng.randint(16, 28))
    per, docs = build(rng, plan, asof)
    pid = f"g{index:03d}"
    folder = os.path.join(outroot, pid)
    os.makedirs(folder, exist_ok=True)
    out = Out(rng, asof, folder)
    d = plan["d"]
    by = {}
    for doc in docs:
        by.setdefault((doc.type, doc.holder), []).append(doc)
    g = lambda t, h="applicant": by.get((t, h), [])
    units = []   # (sheets, hint type, caps, blank_after)
    idc = g("id_card")[0]
    rp = g("residence_permit")[0]
    # permit
    pid_cards = []
    play = pick(["info_grid2", "card_info", "info_grid4", "app_screenshot", "info_list", "card_info"], 1)
    want_combo = play == "card_info" and rng.random() < 0.5
    psheets, pk = form_permit(rp, rng, pid_cards if want_combo else None, card_only="permit_card_only" in d, lay=play)
    # id card
    if "id_front_only" in d:
        isheets, ik = form_id(idc, rng, front_only=True)
    elif pid_cards:
        fr, bk = R.id_front(idc.fields, rng), R.id_back(idc.fields, rng)
        pf, pb = pid_cards[0]
        page = CP.on_a4([fr, bk, pf, pb], rng, "grid")
        idc.layout = "a4_copy_with_permit"
        isheets = [Sheet(page, "a4", [idc, rp], ["id_card", "residence_permit"])]
        rp.layout = "card_info"
    else:
        isheets, ik = form_id(idc, rng, lay=pick(["card_photos", "a4_copy", "scanned_cards", "a4_copy"], 2))
    wm = rng.random() < 0.3
    for s in isheets + psheets:
        if wm and s.kind in ("a4", "card"):
            watermark(s.img, color=rng.choice([(120, 120, 220), (220, 100, 100), (110, 110, 110)]), angle=rng.choice([20, 30, 45, -30]),
                      alpha=rng.uniform(0.25, 0.45), rng=rng)
    units.append((isheets, "id_card", None))
    units.append((psheets, "residence_permit", None))
    for sd in g("id_card", "spouse"):
        ss, _ = form_id(sd, rng)
        units.append((ss, "id_card", None))
    # hukou
    if "missing_hukou" not in d:
        if g("household_register_cover"):
            hs = form_hukou(g("household_register_cover")[0], g("household_register_member")[0], rng,
                            lay=pick(["booklet_single", "booklet_open", "a4_copy"], 3))
            units.append((hs, "household_register_cover", None))
        for c in g("collective_hukou_certificate"):
            c.layout = pick(["letter", "table"], 4)
            units.append(([Sheet(im, "a4", [c]) for im in R.collective_letter(dict(c.fields, **c.x), rng, c.layout)], "collective_hukou_certificate", None))
    else:
        docs = [x for x in docs if x.type not in ("household_register_cover", "household_register_member")]
    # contracts
    for c in g("labour_contract"):
        if c.layout == "renewal_letter":
            pages = R.contract_renewal(dict(c.fields, **c.x), rng)
        else:
            c.layout = pick(["shanghai_model", "company_template"], 5)
            fn = R.contract_model if c.layout == "shanghai_model" else R.contract_company
            pages = fn(dict(c.fields, **c.x), rng)
        units.append(([Sheet(im, "a4", [c]) for im in pages], "labour_contract",
                      ["scan_pdf", "scan_pdf", "tiff", "photo", "photo", "grey_scan", "photocopy", "chat", "scan"],
                      rng.randint(0, len(pages) - 1) if ("blank_page" in d and c is g("labour_contract")[-1]) else None))
    # tax
    textpdfs = []
    for t in g("tax_record"):
        lay = pick(["national_pdf", "income_detail_app", "national_pdf_unordered", "national_print", "income_detail_pdf", "tax_certificate_old", "income_detail_app"], 6)
        t.layout = lay
        if lay == "income_detail_app":
            t.fields.pop("issue_date", None)
            units.append(([Sheet(im, "screen", [t]) for im in tax_app(t, rng)], "tax_record", None))
        elif lay in ("national_pdf", "national_pdf_unordered", "income_detail_pdf"):
            spec = tax_spec(t, rng, "detail" if lay == "income_detail_pdf" else "national")
            data, n = TB.to_pdf(spec, rng, landscape_=rng.random() < 0.4, fn=rng.choice(["wqy", "zen", "sung", "uming"]),
                                size=rng.choice([7.5, 8, 8.5]), shuffle=lay.endswith("unordered"))
            textpdfs.append((data, n, [t], ["tax_record"], "tax_record"))
        elif lay == "national_print":
            imgs = TB.to_images(tax_spec(t, rng, "national"), rng, landscape_=rng.random() < 0.5, fn=rng.choice(["sans", "song", "wqy"]), size=26)
            units.append(([Sheet(im, "a4", [t]) for im in imgs], "tax_record", ["photo", "scan", "grey_scan", "scan_pdf", "chat"]))
        else:
            imgs = TB.to_images(tax_old_cert(t, rng), rng, landscape_=True, fn=rng.choice(["song", "sans"]), size=26)
            units.append(([Sheet(im, "a4", [t]) for im in imgs], "tax_record", ["scan", "grey_scan", "photocopy", "photo"]))
    for s in g("social_insurance_record"):
        lay = pick(["si_pdf", "si_pdf_range", "si_print"], 7)
        s.layout = lay
        spec = si_spec(s, rng, "range" if lay == "si_pdf_range" or rng.random() < 0.3 else "month")
        if lay == "si_print":
            imgs = TB.to_images(spec, rng, fn=rng.choice(["sans", "song", "wqy"]), size=26)
            units.append(([Sheet(im, "a4", [s]) for im in imgs], "social_insurance_record", ["photo", "scan", "grey_scan", "scan_pdf", "chat"]))
        else:
            data, n = TB.to_pdf(spec, rng, fn=rng.choice(["wqy", "zen", "sung"]), size=rng.choice([7.5, 8, 9]), shuffle=rng.random() < 0.3)
            textpdfs.append((data, n, [s], ["social_insurance_record"], "social_insurance_record"))
    # education
    dips = [x for x in g("diploma") if x.layout != "xuexin"]
    degs = g("degree_certificate")
    recs = [x for x in g("diploma") if x.layout == "xuexin"]
    pair_done = set()
    for dp in dips:
        dp.layout = pick(["modern", "classic"], 8 + len(units))
        dimg = R.diploma(dict(dp.fields, **dp.x), rng, dp.layout)[0]
        mate = [x for x in degs if x.fields["school"] == dp.fields["school"] and x.fields["graduation_date"] == dp.fields["graduation_date"]]
        if mate and rng.random() < 0.3:
            dg = mate[0]
            dg.layout = "standard"
            gimg = R.degree(dict(dg.fields, **dg.x), rng, "standard")[0]
            page = CP.on_a4([dimg, gimg], rng, "stack")
            units.append(([Sheet(page, "a4", [dp, dg], ["diploma", "degree_certificate"])], "diploma", None))
            pair_done.add(id(dg))
        else:
            units.append(([Sheet(dimg, "cert", [dp])], "diploma", ["photo", "scan", "grey_scan", "chat", "scan_pdf", "photocopy"]))
    for dg in degs:
        if id(dg) in pair_done:
            continue
        dg.layout = pick(["standard", "portrait"], 10 + len(units))
        units.append(([Sheet(R.degree(dict(dg.fields, **dg.x), rng, dg.layout)[0], "cert" if dg.layout == "standard" else "a4", [dg])], "degree_certificate",
                      ["photo", "scan", "grey_scan", "chat", "photocopy"]))
    for rc in recs:
        rc.x["_id"] = idc.fields.get("id_number", "")
        rc.x["_upd"] = R.cn((asof - dt.timedelta(days=rng.randint(2, 40))).isoformat())
        spec = xuexin_spec(rc, rng)
        if pick([True, False], 9):
            rc.layout = "xuexin_pdf"
            data, n = TB.to_pdf(spec, rng, fn=rng.choice(["wqy", "zen", "sung"]), size=10)
            textpdfs.append((data, n, [rc], ["diploma"], "diploma"))
        else:
            rc.layout = "xuexin_print"
            imgs = TB.to_images(spec, rng, fn=rng.choice(["sans", "song"]), size=30)
            units.append(([Sheet(im, "a4", [rc]) for im in imgs], "diploma", ["scan", "photo", "grey_scan", "chat"]))
    for mc in g("marriage_certificate"):
        mc.layout = "open_booklet"
        units.append(([Sheet(R.marriage(dict(mc.fields, **mc.x), rng)[0], "wide", [mc])], "marriage_certificate", ["photo", "photo", "chat", "scan"]))
    # unrelated pages
    n_extra = plan.get("extras", 0) + (1 if rng.random() < 0.25 else 0)
    for _ in range(n_extra):
        units.append(([unknown_sheet(rng, per["name"])], "unknown", None))
    unreadable = []
    if "dark_photo" in d:
        src = R.rental(rng, per["name"])
        units.append(([Sheet(src, "a4", [], ["unknown"])], "unknown", ["dark"]))
    if "missing_tax" in d:
        pass
    # a scanner-app PDF holding several documents
    if rng.random() < 0.4:
        cand = [k for k, u in enumerate(units)
                if all(x.kind in ("a4", "card", "booklet", "cert") for x in u[0]) and u[1] != "unknown"
                and (u[2] is None or "scan_pdf" in u[2]) and (len(u) < 4 or u[3] is None)]
        if len(cand) >= 2:
            pick = sorted(rng.sample(cand, min(len(cand), rng.randint(2, 4))))
            sheets = [x for k in pick for x in units[k][0]]
            bundle = (sheets, units[pick[0]][1], ["bundle"])
            units = [u for k, u in enumerate(units) if k not in pick] + [bundle]
    # shuffle the order files come in a little, then write
    order = list(range(len(units)))
    if rng.random() < 0.4:
        rng.shuffle(order)
    for k in order:
        u = units[k]
        sheets, ht, caps = u[0], u[1], u[2]
        blank_after = u[3] if len(u) > 3 else None
        if caps == ["bundle"]:
            out.multi(sheets, "scan_pdf", ht)
            continue
        if caps == ["dark"]:
            out.single(sheets[0], "dark", ht)
            unreadable.append(out.files[-1][0])
            continue
        out.unit(sheets, ht, caps, blank_after)
    for data, n, dd, types, ht in textpdfs:
        out.textpdf(data, n, dd, types, ht)
    if "blank_page" in d:
        unreadable.append("blank")
    # ------------------------------------------------ truth
    pages = []
    for name, metas in sorted(out.files, key=lambda f: f[0]):
        for k, m in enumerate(metas, 1):
            e = dict(file=name, page=k, type=m["type"], capture=m["capture"], rotation=m["rotation"])
            if "also_holds" in m:
                e["also_holds"] = m["also_holds"]
            pages.append(e)
    tdocs = []
    for doc in docs:
        if not doc.pages:
            continue
        td = dict(type=doc.type, layout=doc.layout or "default", pages=[dict(file=f, page=p) for f, p in doc.pages],
                  fields={k: v for k, v in doc.fields.items() if not k.startswith("_")},
                  rows=[{k: v for k, v in r.items() if not k.startswith("_")} for r in doc.rows])
        if doc.holder != "applicant":
            td["holder"] = doc.holder
        tdocs.append(td)
    truth = dict(packet=pid, as_of=asof.isoformat(), application=plan["app"], defects=list(d) + ([plan["edu"]] if plan["edu"] in ("ck", "bk_only", "none", "adult_norec", "deg_only") else []),
                 expected_rules=[], verdict="", points={}, pages=pages, documents=tdocs)
    rules, verdict, points = judge(truth, unreadable_pages=unreadable)
    truth["expected_rules"], truth["verdict"], truth["points"] = rules, verdict, points
    want = expected_for(plan)
    if rules != want:
        raise AssertionError(f"{pid}: judge {rules} != planted {want}")
    with open(os.path.join(outroot, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth
