"""Facts -> truth documents (field values) plus the extra values each renderer needs (keys with _)."""
import datetime as dt

from . import people as P
from . import spec

INTENDED = {"older": ["points.below_standard"], "renewal_nodiploma": ["points.below_standard"],
            "zhuanke": ["points.below_standard"], "selfstudy_unsupported": ["points.claim_unsupported"],
            "adult_unsupported": ["points.claim_unsupported", "points.below_standard"],
            "permit_recent": ["permit.too_recent"], "glare_hidden": ["field.unreadable"],
            "dark_page": ["quality.unreadable_page"], "missing_member": ["packet.missing_document"],
            "agency": ["employer.mismatch"], "tax_gap": ["tax.missing_months"],
            "id_typo": ["identity.id_number_invalid", "identity.id_number_mismatch"],
            "si_short": ["social_insurance.insufficient_months"],
            "contract_ends_soon": ["contract.ends_within_two_months"], "name_typo": ["identity.name_mismatch"],
            "permit_expired": ["permit.expired"], "hukou_moved": ["address.hukou_mismatch"],
            "id_expired": ["id_card.expired"], "job_changed": ["employer.mismatch"],
            "si_stopped": ["social_insurance.not_paying"],
            "over_age": ["applicant.age_out_of_range", "points.below_standard"],
            "contract_short": ["contract.term_too_short"],
            "contract_short_soon": ["contract.term_too_short", "contract.ends_within_two_months"],
            "si_stopped_short": ["social_insurance.insufficient_months", "social_insurance.not_paying"]}


def iso(d):
    return d.isoformat() if isinstance(d, dt.date) else d


def typo_id(idn, rng):
    """an HR typing slip: two neighbouring digits swapped or one digit wrong (check digit then fails)"""
    for _ in range(50):
        s = list(idn)
        i = rng.randint(6, 16)
        if rng.random() < 0.5 and s[i] != s[i + 1]:
            s[i], s[i + 1] = s[i + 1], s[i]
        else:
            s[i] = str((int(s[i]) + rng.randint(1, 9)) % 10)
        t = "".join(s)
        if t != idn and not spec.id_valid(t):
            return t
    return idn[:16] + str((int(idn[16]) + 1) % 10) + idn[17]


def documents(F, rng):
    as_of = F["as_of"]
    docs = []
    name, idn, sex = F["name"], F["id_number"], F["sex"]
    area = F["area"]

    def add(t, fields, rows=None, layout="", **extra):
        d = {"type": t, "layout": layout, "fields": fields, "rows": rows or [], "_x": extra}
        docs.append(d)
        return d

    typo_doc = rng.choice(["labour_contract", "residence_permit", "tax_record"]) if "id_typo" in F["defects"] else None
    name_doc = rng.choice(["labour_contract", "labour_contract", "residence_permit"]) if "name_typo" in F["defects"] else None
    bad_id = typo_id(idn, rng) if typo_doc else None
    bad_name = P.homophone_typo(name, rng) if name_doc else None

    def nm(t):
        return bad_name if t == name_doc else name

    def idv(t):
        return bad_id if t == typo_doc else idn

    ic = F["id_card"]
    add("id_card", dict(name=name, sex=sex, ethnicity=F["ethnicity"], birth_date=iso(F["birth"]),
                        address=ic["address"], id_number=idn, issuing_authority=ic["authority"],
                        valid_from=iso(ic["valid_from"]), valid_until=iso(ic["valid_until"])))
    pm = F["permit"]
    add("residence_permit", dict(name=nm("residence_permit"), id_number=idv("residence_permit"),
                                 hukou_address=pm["hukou"], residence_address=pm["residence"],
                                 issue_date=iso(pm["issue"]), valid_from=iso(pm["issue"]),
                                 valid_until=iso(pm["valid_until"])), _sex=sex, _eth=F["ethnicity"])
    police = area[4] if area[4].endswith("公安局") else area[4]
    police_station = (area[3] if area[3] else area[2]) + "公安局" + rng.choice(["城关", "城北", "新华", "东风", "南街", "人民路"]) + "派出所"
    want_hukou = F["application"] == "first" or rng.random() < 0.3
    if want_hukou and F["collective"]:
        add("collective_hukou_certificate", dict(name=name, id_number=idn, address=F["hukou_address"],
                                                 issue_date=iso(as_of - dt.timedelta(days=rng.randint(5, 60)))),
            _police=police_station)
    elif want_hukou:
        head_self = rng.random() < 0.3
        head = name if head_self else name[:-1] + rng.choice("国建明华秀德") if len(name) > 2 else name[0] + rng.choice(["国强", "建华", "德明", "秀英", "志刚"])
        if head == name and not head_self:
            head = name[0] + "志强"
        hk_issue = as_of - dt.timedelta(days=rng.randint(400, 6000))
        if "hukou_moved" in F["defects"]:
            hk_issue = as_of - dt.timedelta(days=rng.randint(30, 200))
        hand = rng.choice([None, None, "wenkai", "ukai", "kaiti"])
        add("household_register_cover", dict(household_type=rng.choice(["家庭户", "家庭户", "非农业家庭户"]) if not head_self or rng.random() < 0.7 else "家庭户",
                                             head_name=head, household_number=str(rng.randint(100000000, 999999999)),
                                             address=F["hukou_address"], issue_date=iso(hk_issue)),
            _police=police_station, _clerk=P.draw_name(rng, "女"), _hand=hand)
        if "missing_member" not in F["defects"]:
            edu_txt = {"master": "研究生", "bachelor": "大学本科", "selfstudy_ok": "大学本科", "selfstudy": "大学本科",
                       "zhuanke": "大学专科", "adult_zk": "大学专科", "none": rng.choice(["大学本科", "高中"])}[F["edu"]]
            mf = dict(name=name, relation_to_head="户主" if head_self else rng.choice(P.RELATIONS_CHILD[sex]),
                      sex=sex, birthplace=area[1] + area[2] + (area[3] if not area[2] else ""), ethnicity=F["ethnicity"],
                      native_place=area[1] + (area[2] or area[3]), birth_date=iso(F["birth"]), id_number=idn,
                      education=edu_txt, marital_status="已婚" if F["married"] else "未婚",
                      employer=F["employer"], registration_date=iso(F["birth"] + dt.timedelta(days=rng.randint(10, 60))))
            if rng.random() < 0.35:
                del mf["employer"]  # 服务处所 left blank
            add("household_register_member", mf, _police=police_station, _hand=hand)
    con = F["contract"]
    cf = dict(employer=F["employer"], employee_name=nm("labour_contract"), employee_id_number=idv("labour_contract"),
              start_date=iso(con["start"]), end_date=iso(con["end"]) if con["end"] else None,
              open_ended=con["open_ended"], signing_date=iso(con["signing"]))
    if cf["end_date"] is None:
        del cf["end_date"]
    add("labour_contract", cf, _form=con["form"], _rep=con["rep"], _probation=con["probation"],
        _co_addr=P.sh_address(rng).split("弄")[0] + "号", _addr=F["id_card"]["address"])

    # ---- tax record
    win = spec.tax_window(as_of)
    latest = win[-1]
    first = rng.choice([win[0], "2026-01", "2025-12", P.ym_add(win[0], -1)])
    months = P.month_list(min(first, win[0]), latest)
    issue = None
    gap = None
    if "tax_gap" in F["defects"]:
        if rng.random() < 0.5:
            # printed before the latest month was on it
            issue = dt.date(int(latest[:4]), int(latest[5:]), 1)
            issue = P.add_months(issue, 1).replace(day=rng.randint(3, 13))
            months = months[:-1]
        else:
            gap = rng.choice(win[1:-1])
            months = [m for m in months if m != gap]
    if issue is None:
        dl = P.add_months(dt.date(int(latest[:4]), int(latest[5:]), 1), 1).replace(day=15)
        issue = as_of - dt.timedelta(days=rng.randint(0, max(0, min(12, (as_of - dl).days))))
    salary = rng.choice([6500, 9000, 12000, 15000, 22000, 30000])
    rows = []
    payer = F["agency"] or F["employer"]
    prev = rng.choice(P.OUT_CO) if ("si_short" in F["defects"] or "si_stopped_short" in F["defects"]) else None
    cstart = P.ym(con["start"])
    for m in months:
        ag = payer
        if F["new_employer"] and m >= P.ym_add(latest, -rng.choice([1, 2])):
            ag = F["new_employer"]
        if prev and m < cstart:
            ag = prev
        if gap and m < gap and rng.random() < 0.0:
            ag = ag
        base_tax = max(0.0, (salary - 5000 - salary * 0.175) * (0.03 if salary < 13000 else 0.1) - (0 if salary < 13000 else 210))
        amt = 0.0 if base_tax < 1 else round(base_tax * rng.uniform(0.85, 1.15), 2)
        rows.append(dict(period=m, withholding_agent=ag, amount=f"{amt:.2f}", _item="工资薪金所得"))
        if m.endswith("-03") and rng.random() < 0.3:
            rows.append(dict(period=m, withholding_agent=ag, amount=f"{rng.uniform(200, 3000):.2f}", _item="全年一次性奖金收入"))
        if rng.random() < 0.06:
            rows.append(dict(period=m, withholding_agent=rng.choice(["上海东方广播传媒有限公司", "上海译林文化传播有限公司"]),
                             amount=f"{rng.uniform(40, 600):.2f}", _item="劳务报酬所得"))
    add("tax_record", dict(name=nm("tax_record"), id_number=idv("tax_record"), issue_date=iso(issue)), rows,
        _from=months[0], _to=months[-1], _salary=salary)

    # ---- social insurance
    if F["si_present"]:
        d = F["defects"]
        asm = P.ym(as_of)
        last = asm if rng.random() < 0.3 else P.ym_add(asm, -1)
        if "si_stopped" in d or "si_stopped_short" in d:
            last = P.ym_add(asm, -2)
        if "si_short" in d or "si_stopped_short" in d:
            n_reg = rng.randint(3, 5)
            mstart = P.ym_add(last, -(n_reg - 1))
        else:
            agep = spec.age_points(F["age"])
            n = rng.choice([12, 14, 24, 26, 36, 40])
            if F["age"] >= 44:
                edu_p = 100 if F["edu"] == "master" else 90
                need = max(0, 120 - agep - edu_p)
                n = max(n, -(-need // 3) * 12 + rng.randint(0, 2))
            mstart = P.ym_add(last, -(n - 1))
        months_si = P.month_list(mstart, last)
        emp_si = F["agency"] or F["employer"]
        switch = P.ym(con["start"])
        older_emp = P.company(rng)
        base = rng.choice([7384, 9000, 12000, 15000, 20000, 36549])
        srows = []
        for m in months_si:
            e = emp_si
            if F["new_employer"] and m >= P.ym_add(last, -1):
                e = F["new_employer"]
            elif m < switch and not F["agency"] and rng.random() < 0.97:
                e = older_emp
            srows.append(dict(month=m, employer=e, base=f"{base if m >= '2026-07' else round(base * 0.94)}.00", back_payment=False))
        if "si_stopped" in d and rng.random() < 0.5:
            srows.append(dict(month=P.ym_add(asm, -1), employer=emp_si, base=srows[-1]["base"], back_payment=True))
        elif rng.random() < 0.2 and not any(x in d for x in ("si_short", "si_stopped_short")):
            # an older gap later paid in arrears (补缴) - does not change full years
            bm = P.ym_add(mstart, -1)
            srows.insert(0, dict(month=bm, employer=srows[0]["employer"], base=srows[0]["base"], back_payment=True))
        reg = sum(1 for r in srows if not r["back_payment"])
        if (reg // 12) != (len(srows) // 12) and srows[0]["back_payment"]:
            srows.pop(0)
        add("social_insurance_record", dict(name=name, id_number=idn), srows)

    # ---- education
    edu = F["edu"]
    b = F["birth"]
    pres = P.draw_name(rng, "男")

    def dip(level, school, major, grad, mode, online=False, enrol_years=4):
        fl = dict(name=name, school=school, major=major, level=level, graduation_date=iso(grad), study_mode=mode)
        if online:
            fl["online_record"] = True
        return add("diploma", fl, _birth=iso(b), _sex=sex, _enrol=iso(dt.date(grad.year - enrol_years, 9, 1)),
                   _president=pres, _cert_no=f"{rng.randint(10000, 19999)}{grad.year}0{rng.randint(10000000, 99999999)}",
                   _printed=iso(as_of - dt.timedelta(days=rng.randint(1, 40))))

    def deg(level, school, major, fieldname, grad):
        return add("degree_certificate", dict(name=name, school=school, major=major, level=level, graduation_date=iso(grad)),
                   _birth=iso(b), _sex=sex, _field=fieldname, _president=pres,
                   _cert_no=f"{rng.randint(10000, 19999)}{rng.randint(1000000000, 9999999999)}")

    maj, fld = rng.choice(P.MAJORS)
    school = rng.choice(P.SCHOOLS)
    g22 = dt.date(b.year + 22 + rng.choice([0, 0, 1]), 6, rng.choice([25, 28, 30, 30]))
    if g22 > as_of - dt.timedelta(days=200):
        g22 = dt.date(as_of.year - 1, 6, 30)
    if edu in ("bachelor", "master"):
        if edu == "bachelor" or rng.random() < 0.4:
            dip("本科", school, maj, g22, "普通全日制")
            deg("学士", school, maj, fld, g22)
            if F["xuexin"]:
                dip("本科", school, maj, g22, "普通全日制", online=True)
        if edu == "master":
            s2 = rng.choice(P.SCHOOLS)
            g25 = dt.date(min(g22.year + 3, as_of.year - 1), 6, 30)
            dip("硕士研究生", s2, maj, g25, "普通全日制", enrol_years=3)
            deg("硕士", s2, maj, fld, g25)
    elif edu in ("selfstudy", "selfstudy_ok"):
        g = dt.date(b.year + rng.randint(24, 27), rng.choice([6, 12]), 30 if rng.random() < 0.5 else 20)
        if g > as_of - dt.timedelta(days=200):
            g = dt.date(as_of.year - 1, 12, 20)
        dip("本科", school, maj, g, "高等教育自学考试")
        deg("学士", school, maj, fld, g)
        if edu == "selfstudy_ok":
            dip("本科", school, maj, g, "高等教育自学考试", online=True)
    elif edu == "zhuanke":
        col = rng.choice(P.COLLEGES)
        dip("专科", col, rng.choice(P.MAJORS_ZK), dt.date(b.year + 21, 6, 30), "普通全日制", enrol_years=3)
        if rng.random() < 0.4:
            dip("专科", col, docs[-1]["fields"]["major"], dt.date(b.year + 21, 6, 30), "普通全日制", online=True, enrol_years=3)
    elif edu == "adult_zk":
        col = rng.choice(P.COLLEGES)
        dip("专科", col, rng.choice(P.MAJORS_ZK), dt.date(b.year + rng.randint(23, 28), 1, 10), "成人教育", enrol_years=3)

    if F["marriage_cert"]:
        sp_sex = "女" if sex == "男" else "男"
        sp_b = b + dt.timedelta(days=rng.randint(-1500, 1500))
        sp_area = rng.choice(P.AREAS)
        reg = dt.date(min(as_of.year - 1, b.year + rng.randint(26, 32)), rng.randint(1, 12), rng.randint(1, 28))
        add("marriage_certificate", dict(holder_name=name, spouse_name=P.draw_name(rng, sp_sex),
                                         spouse_id_number=P.make_id(sp_area[0], sp_b, sp_sex, rng),
                                         registration_date=iso(reg)),
            _sex=sex, _holder_id=idn, _no=f"J{area[0][:4]}{reg.year}-{rng.randint(100000, 999999):06d}",
            _office=area[3] + "民政局婚姻登记专用章" if area[3] else "民政局婚姻登记专用章")
    return docs
