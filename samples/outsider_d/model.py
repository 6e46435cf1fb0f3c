"""The facts of one packet (people, documents, defects) and the truth computed from them (rules, verdict, points)."""
import datetime as dt
import random

from . import common as cm
from .common import add_months, add_years, age_at, month_add, norm, tax_window, ym_str

ETHN = ["汉"] * 20 + ["回", "满", "壮", "土家", "苗", "蒙古", "彝"]
SCHOOLS_BK = ["华东理工大学", "南京工业大学", "安徽大学", "郑州大学", "湖南师范大学", "西南交通大学", "江西财经大学",
              "山东师范大学", "福州大学", "哈尔滨工程大学", "西安电子科技大学", "重庆邮电大学", "广西大学", "苏州科技大学",
              "上海理工大学", "浙江工业大学"]
SCHOOLS_ZK = ["上海电子信息职业技术学院", "安徽职业技术学院", "河南工业职业技术学院", "湖南铁道职业技术学院",
              "江苏经贸职业技术学院", "四川交通职业技术学院"]
MAJORS = [("计算机科学与技术", "工学"), ("软件工程", "工学"), ("机械设计制造及其自动化", "工学"), ("会计学", "管理学"),
          ("市场营销", "管理学"), ("英语", "文学"), ("汉语言文学", "文学"), ("电子信息工程", "工学"), ("土木工程", "工学"),
          ("临床医学", "医学"), ("国际经济与贸易", "经济学"), ("金融学", "经济学"), ("法学", "法学"), ("数学与应用数学", "理学")]
JOBS = ["软件工程师", "会计", "销售经理", "行政专员", "产品经理", "机械工程师", "数据分析师", "人事专员", "采购专员", "项目经理"]
ITEMS_SAL = "正常工资薪金"


def D(*a):
    if len(a) == 1 and isinstance(a[0], str):
        return dt.date.fromisoformat(a[0])
    return dt.date(*a)
RULE_OF = {
    "hukou_mismatch": ["address.hukou_mismatch"], "contract_ends_soon": ["contract.ends_within_two_months"],
    "tax_gap_month": ["tax.missing_months"], "tax_printed_early": ["tax.missing_months"],
    "si_agency": ["employer.mismatch"], "tax_agency": ["employer.mismatch"], "name_mismatch": ["identity.name_mismatch"],
    "id_typo": ["identity.id_number_invalid", "identity.id_number_mismatch"], "permit_expired": ["permit.expired"],
    "id_card_expired": ["id_card.expired"], "missing_tax": ["packet.missing_document"],
    "missing_member_page": ["packet.missing_document"], "missing_contract": ["packet.missing_document"],
    "unreadable_page": ["quality.unreadable_page"], "points_below": ["points.below_standard"],
    "degree_without_diploma": ["points.claim_unsupported"], "adult_diploma_unverified": ["points.claim_unsupported"],
    "contract_too_short": ["contract.term_too_short"], "permit_too_recent": ["permit.too_recent"],
    "si_insufficient": ["social_insurance.insufficient_months"], "si_not_paying": ["social_insurance.not_paying"],
}
ERRORS = {"packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch", "identity.id_number_mismatch",
          "address.hukou_mismatch", "permit.expired", "id_card.expired", "applicant.age_out_of_range",
          "contract.term_too_short", "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
          "social_insurance.insufficient_months", "social_insurance.not_paying"}


def schedule(seed):
    """The 44 plans (defects, application) in a seed-fixed order."""
    singles = ["hukou_mismatch", "hukou_mismatch", "contract_ends_soon", "tax_gap_month", "si_agency", "tax_agency",
               "name_mismatch", "id_typo", "permit_expired", "id_card_expired", "missing_tax", "missing_member_page",
               "missing_contract", "unreadable_page", "unreadable_page", "points_below", "degree_without_diploma",
               "adult_diploma_unverified", "contract_too_short", "permit_too_recent", "si_insufficient", "si_not_paying"]
    doubles = [("hukou_mismatch", "tax_printed_early"), ("name_mismatch", "contract_ends_soon"),
               ("points_below", "permit_too_recent"), ("id_typo", "si_agency"), ("permit_expired", "tax_agency"),
               ("missing_tax", "unreadable_page"), ("id_card_expired", "contract_too_short")]
    plans = [[] for _ in range(15)] + [[d] for d in singles] + [list(d) for d in doubles]
    r = random.Random("outsider-d-schedule-%d" % seed)
    r.shuffle(plans)
    first_only = {"hukou_mismatch", "missing_member_page"}
    out = []
    nren = 0
    for p in plans:
        ren = (not (set(p) & first_only)) and r.random() < 0.25 and nren < 9
        nren += ren
        out.append((p, "renewal" if ren else "first"))
    return out


class Doc:
    def __init__(self, type_, layout, fields, rows=None, owner="applicant", **ctx):
        self.type, self.layout, self.fields, self.rows, self.owner = type_, layout, fields, rows or [], owner
        self.ctx = ctx
        self.pages = []

    def truth(self):
        hidden = getattr(self, "hidden", ())
        f = {k: v for k, v in self.fields.items() if v is not None and v != "" and k not in hidden}
        rows = []
        for r in self.rows:
            rows.append({k: v for k, v in r.items() if not k.startswith("_") and not k.endswith("_printed")})
        return {"type": self.type, "layout": self.layout, "pages": self.pages, "fields": f, "rows": rows}


def pick_asof(rng, defects):
    if "permit_too_recent" in defects:
        base = rng.choice([D(2026, 3, 12), D(2026, 3, 19), D(2026, 6, 11), D(2026, 11, 12), D(2026, 11, 19), D(2026, 12, 10)])
        return base
    return D(2026, 1, 5) + dt.timedelta(days=rng.randint(0, 355))


def make_person(rng, asof, age, sex=None, region=None):
    sex = sex or rng.choice(["男", "女"])
    birth = asof - dt.timedelta(days=int(age * 365.25 + rng.randint(20, 340)))
    region = region or rng.choice(cm.REGIONS)
    return {"sex": sex, "name": cm.person_name(rng, sex), "birth": birth, "region": region,
            "id": cm.make_id(rng, region[0], birth, sex), "eth": rng.choice(ETHN)}


def id_validity(rng, birth, asof, expired=False):
    for _ in range(200):
        if expired:
            until = asof - dt.timedelta(days=rng.randint(5, 300))
            age_at_issue = None
            for span in (10, 20):
                frm = add_years(until, -span)
                a = age_at(birth, frm)
                if (span == 10 and 16 <= a <= 25) or (span == 20 and 26 <= a <= 45):
                    return frm, until
            continue
        frm = asof - dt.timedelta(days=rng.randint(150, 365 * 12))
        a = age_at(birth, frm)
        if a < 16:
            continue
        span = 10 if a <= 25 else 20 if a <= 45 else None
        until = "long_term" if span is None else add_years(frm, span)
        if until == "long_term" or until >= asof + dt.timedelta(days=60):
            return frm, until
    frm = asof - dt.timedelta(days=400)
    return frm, add_years(frm, 20)


def build_model(rng, plan, application, asof):
    defects = set(plan)
    clean = not plan
    m = {"asof": asof, "application": application, "defects": list(plan), "docs": []}
    docs = m["docs"]
    # --------------------------------------------------- who
    edu_kind = rng.choice(["bk_deg", "bk_deg", "bk_deg", "ms", "zk_spouse", "bk_spouse", "bk_deg_si"])
    if "points_below" in defects:
        edu_kind = rng.choice(["bk_deg_old", "zk_only", "bk_only"])
    if "degree_without_diploma" in defects or "adult_diploma_unverified" in defects:
        edu_kind = "bk_deg_spouse"
    age = {"bk_deg": rng.randint(24, 42), "bk_deg_si": rng.randint(26, 42), "ms": rng.randint(26, 46),
           "zk_spouse": rng.randint(34, 43), "bk_spouse": rng.randint(34, 43), "bk_deg_spouse": rng.randint(34, 42),
           "bk_deg_old": rng.randint(45, 52), "zk_only": rng.randint(26, 40), "bk_only": rng.randint(26, 40)}[edu_kind]
    married = "spouse" in edu_kind or rng.random() < 0.25
    spouse_docs = "spouse" in edu_kind
    p = make_person(rng, asof, age)
    collective = application == "first" and rng.random() < 0.14 and "missing_member_page" not in defects
    hk_addr, coll_org = cm.hukou_address(rng, p["region"], collective)
    p["hukou"] = hk_addr
    sh_res = cm.sh_address(rng)
    m["person"] = p
    # --------------------------------------------------- 身份证
    v_from, v_until = id_validity(rng, p["birth"], asof, expired="id_card_expired" in defects)
    id_addr = hk_addr
    if not collective and rng.random() < 0.2:
        id_addr = cm.hukou_address(rng, p["region"])[0]  # the card shows an older address: not a defect
    idc = Doc("id_card", "", {"name": p["name"], "sex": p["sex"], "ethnicity": p["eth"], "birth_date": p["birth"].isoformat(),
                              "address": norm(id_addr), "id_number": p["id"], "issuing_authority": p["region"][2],
                              "valid_from": v_from.isoformat(), "valid_until": v_until if v_until == "long_term" else v_until.isoformat()})
    docs.append(idc)
    # --------------------------------------------------- 居住证
    if "permit_expired" in defects:
        vu = asof - dt.timedelta(days=rng.randint(3, 90))
        vf = add_years(vu, -1) + dt.timedelta(days=1)
        issue = vf
    elif "permit_too_recent" in defects:
        issue = asof - dt.timedelta(days=2)
        vf = issue
        vu = add_years(vf, 1) - dt.timedelta(days=1)
    else:
        issue = asof - dt.timedelta(days=rng.randint(30, 320))
        vf = issue
        vu = add_years(vf, 1) - dt.timedelta(days=1)
    rp_hukou = hk_addr
    if "hukou_mismatch" in defects:
        rp_hukou = cm.address_mutation(rng, hk_addr)
        m["mismatch"] = (hk_addr, rp_hukou)
    districts = {"310101": "黄浦", "310104": "徐汇", "310105": "长宁", "310106": "静安", "310107": "普陀", "310109": "虹口",
                 "310110": "杨浦", "310112": "闵行", "310113": "宝山", "310114": "嘉定", "310115": "浦东", "310117": "松江",
                 "310118": "青浦", "310120": "奉贤"}
    dist = next((v for v in districts.values() if v in sh_res), "浦东")
    rp = Doc("residence_permit", "", {"name": p["name"], "id_number": p["id"], "hukou_address": norm(rp_hukou),
                                      "residence_address": norm(sh_res), "issue_date": issue.isoformat(),
                                      "valid_from": vf.isoformat(), "valid_until": vu.isoformat()},
             rp_office="上海市公安局%s分局" % (dist if dist != "浦东" else "浦东"), sex=p["sex"])
    docs.append(rp)
    # --------------------------------------------------- 户口
    head_is_self = rng.random() < 0.45
    head_name = p["name"] if head_is_self else p["name"][0] + cm.person_name(rng, "男")[1:] if len(p["name"]) <= 3 else cm.person_name(rng, "男")
    relation = "户主" if head_is_self else ("子" if p["sex"] == "男" else "女") if rng.random() < 0.7 else ("长子" if p["sex"] == "男" else "长女")
    police = p["region"][2].replace("分局", "分局") 
    if application == "first" or rng.random() < 0.15:
        if collective:
            docs.append(Doc("collective_hukou_certificate", "letter",
                            {"name": p["name"], "id_number": p["id"], "address": norm(hk_addr),
                             "issue_date": (asof - dt.timedelta(days=rng.randint(7, 80))).isoformat()},
                            collective_org=coll_org, sex=p["sex"],
                            police_station=p["region"][2].replace("公安局", "公安局").rstrip("局") + "局" + rng.choice(["城中派出所", "东门派出所", "新华路派出所", "人才市场集体户口管理办公室"])))
        else:
            cov_issue = cm.rnd_date(rng, D(2008, 1, 1), D(2024, 6, 1))
            hr_type = rng.choice(["家庭户", "家庭户", "非农业家庭户口", "农业家庭户口", "居民家庭户"])
            docs.append(Doc("household_register_cover", "", {"household_type": hr_type, "head_name": head_name,
                                                              "household_number": "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                                                              "address": norm(hk_addr), "issue_date": cov_issue.isoformat()},
                            police=police))
            if "missing_member_page" not in defects:
                bp = p["region"][1].replace("自治区", "自治区")
                edu_word = {"bk": "大学本科", "ms": "研究生", "zk": "大学专科"}[edu_kind[:2]]
                docs.append(Doc("household_register_member", "", {
                    "name": p["name"], "relation_to_head": relation, "sex": p["sex"], "birthplace": bp,
                    "ethnicity": p["eth"], "native_place": bp, "birth_date": p["birth"].isoformat(), "id_number": p["id"],
                    "education": edu_word, "marital_status": "已婚" if married else "未婚",
                    "employer": None, "registration_date": cm.rnd_date(rng, max(p["birth"], D(1995, 1, 1)), cov_issue).isoformat()},
                    police=police))
    # --------------------------------------------------- employer, contract
    emp = cm.company(rng)
    prev_emp = cm.company(rng) if rng.random() < 0.4 else None
    code = cm.credit_code(rng, rng.choice(cm.SH_DISTRICTS)[0])
    if "contract_ends_soon" in defects:
        end = asof + dt.timedelta(days=rng.randint(-20, 50))
        start = add_years(end + dt.timedelta(days=1), -rng.choice([2, 3]))
        open_ended = False
    elif "contract_too_short" in defects:
        start = asof - dt.timedelta(days=rng.randint(20, 90))
        end = add_months(start, rng.choice([6, 9, 11])) - dt.timedelta(days=1)
        if end < add_months(asof, 2) + dt.timedelta(days=10):
            end = add_months(asof, 3)
        open_ended = False
    else:
        open_ended = rng.random() < 0.2
        start = asof - dt.timedelta(days=rng.randint(200, 365 * 6))
        yrs = rng.choice([3, 3, 3, 5, 2])
        end = add_years(start, yrs) - dt.timedelta(days=1)
        while end < add_months(asof, 4):
            end = add_years(end, 3)
    renewal = None
    if not open_ended and "contract_too_short" not in defects and "contract_ends_soon" not in defects and start < asof - dt.timedelta(days=800) and rng.random() < 0.5:
        # original term ended before as-of; a one-page 续订书 extends it
        o_end = add_years(start, 2) - dt.timedelta(days=1)
        if o_end < asof - dt.timedelta(days=30):
            r_start = o_end + dt.timedelta(days=1)
            end = add_years(r_start, 3) - dt.timedelta(days=1)
            if end >= add_months(asof, 4):
                renewal = {"orig_start": start.isoformat(), "orig_end": o_end.isoformat(), "renew_start": r_start.isoformat(),
                           "renew_sign": (r_start - dt.timedelta(days=rng.randint(5, 30))).isoformat()}
            else:
                end = add_years(start, 5) - dt.timedelta(days=1)
                if end < add_months(asof, 4):
                    open_ended = True
    signing = start - dt.timedelta(days=rng.randint(0, 20))
    con = Doc("labour_contract", "", {"employer": norm(emp), "employee_name": p["name"], "employee_id_number": p["id"],
                                       "start_date": start.isoformat(), "end_date": None if open_ended else end.isoformat(),
                                       "open_ended": open_ended, "signing_date": signing.isoformat()},
              employer_printed=emp, employer_code=code, legal_rep=cm.person_name(rng, rng.choice(["男", "女"])),
              employer_addr=cm.sh_address(rng), sex=p["sex"], hukou_address=hk_addr, residence_address=sh_res,
              phone="1%d%09d" % (rng.choice([35, 36, 38, 39, 50, 58, 77, 86, 89]), rng.randint(0, 10 ** 9 - 1)),
              job=rng.choice(JOBS), renewal=renewal, probation=rng.choice([2, 3, 6]))
    if "missing_contract" not in defects:
        docs.append(con)
    # --------------------------------------------------- tax
    win = tax_window(asof)
    issue_t = asof - dt.timedelta(days=rng.randint(0, 9))
    last = win[-1]
    if "tax_printed_early" in defects:
        last = month_add(win[-1], -1)
        issue_t = D(*win[-1], rng.randint(16, 28))
    n_months = rng.choice([6, 8, 12, 12])
    months = [month_add(last, -k) for k in range(n_months - 1, -1, -1)]
    if "tax_gap_month" in defects:
        gap = rng.choice(win[1:-1])
        months = [mm for mm in months if mm != gap]
        m["gap"] = ym_str(gap)
    agency = rng.choice(cm.AGENCIES)
    switch = rng.randint(1, 3) if prev_emp else 0
    rows = []
    emp_code = code
    prev_code = cm.credit_code(rng)
    n_ag = rng.randint(3, 6)
    for i, ym in enumerate(months):
        payer, pc = (prev_emp, prev_code) if i < switch else (emp, emp_code)
        if "tax_agency" in defects and i >= len(months) - n_ag:
            payer, pc = agency, cm.credit_code(rng)
        amt = "%.2f" % (rng.uniform(80, 3200) if rng.random() > 0.06 else 0)
        decl = D(*month_add(ym, 1), rng.randint(3, 15))
        rows.append({"period": ym_str(ym), "withholding_agent": norm(payer), "amount": amt, "_ym": ym, "_decl": decl,
                     "_paid": decl + dt.timedelta(days=rng.randint(0, 3)), "_item": ITEMS_SAL, "_code": pc,
                     "withholding_agent_printed": payer, "_income": "%.2f" % rng.uniform(9000, 45000)})
        if ym[1] == 2 and rng.random() < 0.5:
            rows.append(dict(rows[-1], amount="%.2f" % rng.uniform(300, 9000), _item="全年一次性奖金收入"))
        if rng.random() < 0.08:
            other = cm.company(rng)
            rows.append(dict(rows[-1], withholding_agent=norm(other), withholding_agent_printed=other, _code=cm.credit_code(rng),
                             amount="%.2f" % rng.uniform(100, 900), _item="劳务报酬所得"))
    tax = Doc("tax_record", "", {"name": p["name"], "id_number": p["id"], "issue_date": issue_t.isoformat()}, rows,
              rec_from="%04d.%02d" % months[0], rec_to="%04d.%02d" % months[-1], tax_office="国家税务总局上海市%s区税务局" % rng.choice(["浦东新", "闵行", "徐汇", "静安", "松江", "嘉定"]))
    if "missing_tax" not in defects:
        docs.append(tax)
    # --------------------------------------------------- social insurance (optional)
    want_si = edu_kind == "bk_deg_si" or bool(defects & {"si_agency", "si_insufficient", "si_not_paying"}) or rng.random() < 0.2
    if want_si:
        M = (asof.year, asof.month)
        nm = rng.choice([12, 24, 36]) if edu_kind == "bk_deg_si" else rng.choice([12, 15, 24])
        endm = month_add(M, -1) if rng.random() < 0.6 else M
        if "si_not_paying" in defects:
            endm = month_add(M, -rng.randint(3, 5))
        srows = []
        base = "%.2f" % rng.choice([7460, 8500, 10000, 12000, 15000, 18000, 23700, 30000, 37302])
        n_prev = rng.randint(2, 5)
        for k in range(nm - 1, -1, -1):
            ym = month_add(endm, -k)
            e = prev_emp if (prev_emp and k >= nm - n_prev) else emp
            srows.append({"month": ym_str(ym), "employer": norm(e), "base": base, "back_payment": False, "_ym": ym, "_emp_printed": e})
        if "si_agency" in defects:
            for r in srows[-rng.randint(3, 8):]:
                r["employer"], r["_emp_printed"] = norm(agency), agency
        if "si_insufficient" in defects:
            for r in srows:
                if r["_ym"] <= month_add(M, -5):
                    r["back_payment"] = True
        elif rng.random() < 0.3 and nm >= 24:
            for r in srows[:3]:
                r["back_payment"] = True  # old back payments, outside the 12-month window
        sid = Doc("social_insurance_record", "", {"name": p["name"], "id_number": p["id"]}, srows,
                  print_date=(asof - dt.timedelta(days=rng.randint(0, 6))).isoformat(),
                  si_variant=rng.choice(["status", "memo", "range", "split"]))
        docs.append(sid)
    # --------------------------------------------------- education
    maj, disc = rng.choice(MAJORS)
    grad_age = {"bk": 22, "ms": 25, "zk": 21}[edu_kind[:2]]
    gy = p["birth"].year + grad_age + rng.choice([0, 0, 1])
    grad = D(gy, rng.choice([6, 6, 7]), rng.choice([20, 25, 28, 30, 30]))
    if grad > asof - dt.timedelta(days=400):
        grad = D(asof.year - 2, 6, 30)
    level = {"bk": "本科", "ms": "硕士", "zk": "专科"}[edu_kind[:2]]
    school = rng.choice(SCHOOLS_ZK if level == "专科" else SCHOOLS_BK)
    years = {"本科": 4, "硕士": 3, "专科": 3}[level]
    study_mode = "普通全日制"
    if "adult_diploma_unverified" in defects:
        study_mode = rng.choice(["成人教育", "自学考试", "网络教育"])
    ectx = dict(birth_date=p["birth"].isoformat(), sex=p["sex"], study_from=D(grad.year - years, 9, 1),
                years_word="%s年制" % cm.cn_num(years),
                level_word={"本科": "本科", "硕士": "硕士研究生", "专科": "专科"}[level],
                study_mode=study_mode, president=cm.person_name(rng, "男"),
                cert_no="%05d%d%d%06d" % (rng.randint(10000, 14999), gy, {"本科": 5, "硕士": 2, "专科": 6}[level], rng.randint(0, 999999)),
                id_number=p["id"], ethnicity=p["eth"], print_date=(asof - dt.timedelta(days=rng.randint(1, 40))).isoformat())
    dfields = {"name": p["name"], "school": school, "major": maj, "level": level, "graduation_date": grad.isoformat(), "study_mode": study_mode}
    has_degree = edu_kind in ("bk_deg", "bk_deg_si", "ms", "bk_deg_old", "bk_deg_spouse")
    if "degree_without_diploma" not in defects:
        docs.append(Doc("diploma", "", dict(dfields), **ectx))
        if study_mode == "普通全日制" and rng.random() < 0.3:
            docs.append(Doc("diploma", "xuexin_record", dict(dfields), **ectx))
    if has_degree:
        docs.append(Doc("degree_certificate", "", {"name": p["name"], "school": school, "major": maj,
                                                     "level": "硕士" if level == "硕士" else "学士", "graduation_date": grad.isoformat()},
                        degree_kind="硕士" if level == "硕士" else "学士", discipline=disc,
                        degree_no="%05d%d%06d" % (rng.randint(10000, 14999), gy, rng.randint(0, 999999)), **ectx))
    # --------------------------------------------------- spouse
    if spouse_docs:
        s_sex = "女" if p["sex"] == "男" else "男"
        sd = rng.choice(cm.SH_DISTRICTS)
        sp = make_person(rng, asof, age + rng.randint(-3, 3), s_sex, region=(sd[0], "上海市" + sd[1], "上海市公安局%s分局" % sd[1].replace("新区", "").replace("区", ""), True))
        s_addr = cm.sh_address(rng, sd)
        reg_d = asof - dt.timedelta(days=rng.randint(365 * 10 + 20, max(365 * 10 + 40, 365 * min(age - 22, 16))))
        if reg_d < add_years(p["birth"], 22):
            reg_d = add_years(p["birth"], 22) + dt.timedelta(days=40)
        a_side = {"name": p["name"], "sex": p["sex"], "birth": p["birth"].isoformat(), "id": p["id"]}
        b_side = {"name": sp["name"], "sex": sp["sex"], "birth": sp["birth"].isoformat(), "id": sp["id"]}
        mc = Doc("marriage_certificate", "", {"holder_name": p["name"], "spouse_name": sp["name"], "spouse_id_number": sp["id"],
                                              "registration_date": reg_d.isoformat()},
                 mc_no="J%s%d-%06d" % (sd[0], reg_d.year, rng.randint(0, 999999)), mc_city="上海市" + sd[1],
                 mc_a=a_side if p["sex"] == "男" else b_side, mc_b=b_side if p["sex"] == "男" else a_side)
        docs.append(mc)
        sv_from, sv_until = id_validity(rng, sp["birth"], asof)
        docs.append(Doc("id_card", "", {"name": sp["name"], "sex": sp["sex"], "ethnicity": sp["eth"], "birth_date": sp["birth"].isoformat(),
                                        "address": norm(s_addr), "id_number": sp["id"], "issuing_authority": sp["region"][2],
                                        "valid_from": sv_from.isoformat(), "valid_until": sv_until if sv_until == "long_term" else sv_until.isoformat()},
                        owner="spouse"))
        s_head = sp["name"] if rng.random() < 0.4 else sp["name"][0] + cm.person_name(rng, "男")[1:]
        spolice = sp["region"][2]
        docs.append(Doc("household_register_cover", "", {"household_type": "家庭户", "head_name": s_head,
                                                          "household_number": "%09d" % rng.randint(10 ** 8, 10 ** 9 - 1),
                                                          "address": norm(s_addr), "issue_date": cm.rnd_date(rng, D(2010, 1, 1), D(2023, 1, 1)).isoformat()},
                        owner="spouse", police=spolice))
        docs.append(Doc("household_register_member", "", {
            "name": sp["name"], "relation_to_head": "户主" if s_head == sp["name"] else ("子" if s_sex == "男" else "女"),
            "sex": s_sex, "birthplace": "上海市", "ethnicity": sp["eth"], "native_place": rng.choice(["上海市", "江苏省南通市", "浙江省宁波市"]),
            "birth_date": sp["birth"].isoformat(), "id_number": sp["id"], "education": rng.choice(["大学本科", "大学专科", "高中"]),
            "marital_status": "已婚", "employer": cm.company(rng) if rng.random() < 0.5 else None,
            "registration_date": cm.rnd_date(rng, max(sp["birth"], D(1990, 1, 1)), D(2012, 1, 1)).isoformat()},
            owner="spouse", police=spolice))
    # --------------------------------------------------- defects on values
    if "name_mismatch" in defects:
        target = rng.choice([d for d in docs if d.owner == "applicant" and d.type in ("labour_contract", "tax_record", "residence_permit", "household_register_member")])
        key = "employee_name" if target.type == "labour_contract" else "name"
        target.fields[key] = cm.mistype_name(rng, p["name"])
        m["name_target"] = target.type
    if "id_typo" in defects:
        target = rng.choice([d for d in docs if d.owner == "applicant" and d.type in ("labour_contract", "tax_record", "residence_permit")])
        key = "employee_id_number" if target.type == "labour_contract" else "id_number"
        target.fields[key] = cm.mistype_id(rng, p["id"])
        m["id_target"] = target.type
    return m


# ================================================================ rules (my reading of SPEC §4-§6)
def compute_truth(m, unreadable_pages):
    asof, app = m["asof"], m["application"]
    docs = m["docs"]
    mine = [d for d in docs if d.owner == "applicant"]
    by = {}
    for d in mine:
        by.setdefault(d.type, []).append(d)
    fired = set()
    have = set(by)
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if any(t not in have for t in req):
        fired.add("packet.missing_document")
    if app == "first" and "collective_hukou_certificate" not in have and not (
            "household_register_cover" in have and "household_register_member" in have):
        fired.add("packet.missing_document")
    # identity
    names, ids = set(), set()
    for d in mine:
        for k in ("name", "employee_name", "holder_name"):
            if d.fields.get(k):
                names.add(d.fields[k])
        for k in ("id_number", "employee_id_number"):
            if d.fields.get(k):
                ids.add(d.fields[k])
    if len(names) > 1:
        fired.add("identity.name_mismatch")
    if len(ids) > 1:
        fired.add("identity.id_number_mismatch")
    all_ids = set(ids)
    for d in docs:
        for k in ("id_number", "employee_id_number", "spouse_id_number"):
            if d.fields.get(k):
                all_ids.add(d.fields[k])
    if any(not cm.id_valid(i) for i in all_ids):
        fired.add("identity.id_number_invalid")
    rp = by.get("residence_permit", [None])[0]
    cover = (by.get("household_register_cover") or by.get("collective_hukou_certificate") or [None])[0]
    if rp and cover and rp.fields.get("hukou_address") and norm(rp.fields["hukou_address"]) != norm(cover.fields["address"]):
        fired.add("address.hukou_mismatch")
    if rp:
        if D(rp.fields["valid_until"]) < asof:
            fired.add("permit.expired")
        iss = D(rp.fields["issue_date"])
        wd = sum(1 for k in range(1, (asof - iss).days + 1) if (iss + dt.timedelta(days=k)).weekday() < 5) if (asof - iss).days < 40 else 99
        if wd < 5:
            fired.add("permit.too_recent")
    idc = by.get("id_card", [None])[0]
    if idc:
        vu = idc.fields["valid_until"]
        if vu != "long_term" and D(vu) < asof:
            fired.add("id_card.expired")
        a = age_at(D(idc.fields["birth_date"]), asof)
        if a < 18 or a > 60:
            fired.add("applicant.age_out_of_range")
    con = by.get("labour_contract", [None])[0]
    if con:
        s = D(con.fields["start_date"])
        if not con.fields["open_ended"]:
            e = D(con.fields["end_date"])
            if e + dt.timedelta(days=1) < add_years(s, 1):
                fired.add("contract.term_too_short")
            if e < add_months(asof, 2):
                fired.add("contract.ends_within_two_months")
    tax = by.get("tax_record", [None])[0]
    if tax:
        have_m = {r["period"] for r in tax.rows}
        if any(ym_str(w) not in have_m for w in tax_window(asof)):
            fired.add("tax.missing_months")
        if con:
            latest = max(r["period"] for r in tax.rows)
            agents = {norm(r["withholding_agent"]) for r in tax.rows if r["period"] == latest}
            if norm(con.fields["employer"]) not in agents:
                fired.add("employer.mismatch")
    si = by.get("social_insurance_record", [None])[0]
    if si:
        M = (asof.year, asof.month)
        reg = {r["month"] for r in si.rows if not r["back_payment"]}
        if sum(1 for k in range(1, 13) if ym_str(month_add(M, -k)) in reg) < 6:
            fired.add("social_insurance.insufficient_months")
        if ym_str(M) not in reg and ym_str(month_add(M, -1)) not in reg:
            fired.add("social_insurance.not_paying")
        if con:
            latest = max(r["month"] for r in si.rows)
            emps = {norm(r["employer"]) for r in si.rows if r["month"] == latest}
            if norm(con.fields["employer"]) not in emps:
                fired.add("employer.mismatch")
    if unreadable_pages:
        fired.add("quality.unreadable_page")
    # ------------------------------------------------ points (§6), from the documents only
    items = {}
    if idc:
        a = age_at(D(idc.fields["birth_date"]), asof)
        items["age"] = 5 if a >= 56 else min(30, 5 + 2 * (56 - a))
    dips = by.get("diploma", [])
    degs = by.get("degree_certificate", [])
    dip_levels = {d.fields["level"] for d in dips}
    deg_levels = {d.fields["level"] for d in degs}
    unsupported = False
    edu = 0
    if "硕士" in dip_levels and "硕士" in deg_levels:
        edu = 100
    elif "本科" in dip_levels and "学士" in deg_levels:
        edu = 90
    elif "本科" in dip_levels:
        edu = 60
    elif "专科" in dip_levels:
        edu = 50
    if degs and not dips:
        edu = 100 if "硕士" in deg_levels else 90
        unsupported = True
    for d in dips:
        if d.layout != "xuexin_record" and d.fields.get("study_mode") in ("成人教育", "自学考试", "网络教育"):
            if not any(x.layout == "xuexin_record" for x in dips):
                unsupported = True
    if dips or degs:
        items["education"] = edu
    if si:
        nreg = sum(1 for r in si.rows if not r["back_payment"])
        items["social_insurance_years"] = 3 * (nreg // 12)
    mc = by.get("marriage_certificate", [None])[0]
    if mc:
        sp_docs = [d for d in docs if d.owner == "spouse"]
        sp_types = {d.type for d in sp_docs}
        sh = any(d.type == "household_register_cover" and d.fields["address"].startswith("上海市") for d in sp_docs)
        if "id_card" in sp_types and sh and "household_register_member" in sp_types:
            yrs = age_at(D(mc.fields["registration_date"]), asof)
            items["spouse_shanghai_hukou"] = min(40, 4 * yrs)
        else:
            unsupported = True
    if unsupported:
        fired.add("points.claim_unsupported")
    est = sum(items.values())
    if est < 120:
        fired.add("points.below_standard")
    verdict = "fix" if fired & ERRORS else "review" if fired else "ready"
    return sorted(fired), verdict, {"standard": 120, "estimate": est, "items": items}
