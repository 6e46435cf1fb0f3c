"""Packet assembly: a person, their documents, defects, captures, files and truth."""
import argparse
import datetime as dt
import json
import os
import random
import time

import numpy as np
import pillow_heif
from dateutil.relativedelta import relativedelta
from PIL import Image

from . import capture as C
from . import docs as R
from . import draw as D
from . import pdfs
from . import render as render_mod
from .common import (AGENCIES, AREAS, COMPANIES, CREDIT_CODES, ETHNIC, GIVEN_F, GIVEN_M, MAJORS, SCHOOLS, SH_DISTRICTS,
                     SH_ROADS, SURNAMES, check_digit, completed_age, evaluate, make_id, month_add, norm, tax_window,
                     verdict, ym_str)

pillow_heif.register_heif_opener()

# defect scenarios: name -> intended rules
SCENARIOS = {
    "missing_member": ["packet.missing_document"],
    "id_invalid": ["identity.id_number_invalid"],
    "name_mismatch": ["identity.name_mismatch"],
    "id_mismatch": ["identity.id_number_mismatch"],
    "hukou_mismatch": ["address.hukou_mismatch"],
    "permit_expired": ["permit.expired"],
    "permit_too_recent": ["permit.too_recent"],
    "id_expired": ["id_card.expired"],
    "underage": ["applicant.age_out_of_range", "points.below_standard"],
    "term_short": ["contract.term_too_short"],
    "ends_soon": ["contract.ends_within_two_months"],
    "tax_missing": ["tax.missing_months"],
    "employer_agency_tax": ["employer.mismatch"],
    "employer_agency_si": ["employer.mismatch"],
    "si_insufficient": ["social_insurance.insufficient_months"],
    "si_not_paying": ["social_insurance.not_paying"],
    "id_front_only": ["field.unreadable"],
    "dark_page": ["quality.unreadable_page"],
    "below_standard": ["points.below_standard"],
    "claim_unsupported": ["points.claim_unsupported"],
}
DEFECT_PLAN = [
    ["missing_member"], ["id_invalid"], ["name_mismatch"], ["id_mismatch"], ["hukou_mismatch"], ["permit_expired"],
    ["permit_too_recent"], ["id_expired"], ["underage"], ["term_short"], ["ends_soon"], ["tax_missing"],
    ["employer_agency_tax"], ["si_insufficient"], ["si_not_paying"], ["id_front_only"], ["dark_page"],
    ["below_standard"], ["claim_unsupported"], ["employer_agency_si"],
    ["ends_soon", "tax_missing"], ["hukou_mismatch", "permit_too_recent"], ["name_mismatch", "below_standard"],
    ["missing_member", "dark_page"], ["id_expired", "si_not_paying"], ["permit_expired", "employer_agency_tax"],
    ["term_short", "claim_unsupported"], ["tax_missing", "id_front_only"],
]
N_CLEAN = 16


def plan(count, seed):
    r = random.Random(seed * 7 + 1)
    defects = list(DEFECT_PLAN)
    r.shuffle(defects)
    out, di = [], 0
    n_clean = max(1, round(count * N_CLEAN / (N_CLEAN + len(DEFECT_PLAN)))) if count > 1 else 0
    if count >= 44:
        n_clean = count - len(DEFECT_PLAN)
    slots = ["c"] * n_clean + ["d"] * (count - n_clean)
    # interleave: clean every ~third
    slots = sorted(slots, key=lambda s: 0) if False else slots
    order = []
    ci = di = 0
    for i in range(count):
        want_clean = (i % 3 == 0 and ci < n_clean) or di >= count - n_clean
        if want_clean:
            order.append([])
            ci += 1
        else:
            order.append(defects[di % len(defects)])
            di += 1
    return order


# ------------------------------------------------------------------ person & documents
def rdate(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def name_of(rng, male):
    return rng.choice(SURNAMES) + rng.choice(GIVEN_M if male else GIVEN_F)


def fill_addr(rng, area):
    tpl = rng.choice(area[4])
    s = tpl.format(n=rng.randint(1, 480), b=rng.randint(1, 30), r=rng.randint(101, 2608), v=rng.randint(1, 15))
    return area[1] + area[2] + area[3] + s


def sh_addr(rng):
    return "上海市%s%s%d弄%d号%d室" % (rng.choice(SH_DISTRICTS), rng.choice(SH_ROADS), rng.randint(10, 1999), rng.randint(1, 88), rng.randint(101, 2802))


def credit_code(rng):
    return "9131" + "%04d" % rng.randint(0, 9999) + "".join(rng.choice(CREDIT_CODES) for _ in range(10))


def alt_char_name(rng, name):
    subs = {"伟": "玮", "芳": "方", "娜": "那", "静": "婧", "丽": "莉", "敏": "明", "杰": "洁", "涛": "韬", "明": "铭", "强": "墙",
            "华": "桦", "燕": "艳", "玲": "琳", "红": "虹", "霞": "夏", "超": "朝", "磊": "垒", "军": "君", "辉": "晖", "洋": "阳"}
    for i in range(len(name) - 1, 0, -1):
        if name[i] in subs:
            return name[:i] + subs[name[i]] + name[i + 1:]
    return name[:-1] + ("倩" if name[-1] != "倩" else "茜")


def build(rng, as_of, defects):
    ds = set(defects)
    app = "renewal" if (rng.random() < .15 and not ds & {"missing_member", "hukou_mismatch"}) else "first"
    male = rng.random() < .5
    P = {"sex": "男" if male else "女", "male": male}
    # education & age
    if "underage" in ds:
        age = 17
        edu = None
    elif "below_standard" in ds:
        age = rng.randint(24, 42)
        edu = rng.choice(["本科_only", "专科"])
    elif "claim_unsupported" in ds:
        age = rng.randint(27, 42)
        edu = "adult"
    else:
        edu = rng.choice(["本科"] * 4 + ["硕士"])
        age = rng.randint(24, 42) if edu == "本科" else rng.randint(27, 47)
    if "id_expired" in ds:
        age = rng.randint(27, 34)
    birth = as_of - relativedelta(years=age) - dt.timedelta(days=rng.randint(20, 340))
    if completed_age(birth, as_of) != age:
        birth = as_of - relativedelta(years=age, days=30)
    area = rng.choice(AREAS)
    P.update(birth=birth, area=area, name=name_of(rng, male), eth=rng.choice(ETHNIC))
    P["id"] = make_id(area[0], birth, male, rng)
    if "id_invalid" in ds:
        good = P["id"][17]
        P["id"] = P["id"][:17] + rng.choice([c for c in "0123456789X" if c != good])
    hukou_addr = fill_addr(rng, area)
    P["hukou"] = hukou_addr
    authority = (area[2] or area[1]) + "公安局" + area[3] + "分局"
    police = (area[2] or area[1]) + "公安局" + area[3] + "分局" + area[5]
    docs = []
    # ---- id card
    id_addr = hukou_addr if rng.random() < .75 else fill_addr(rng, area)
    if "id_expired" in ds:
        # issued at 16-25: 10 years, ended before as_of
        vf = as_of - relativedelta(years=10) - dt.timedelta(days=rng.randint(15, 200))
        while completed_age(birth, vf) > 25:
            vf += dt.timedelta(days=200)
        vu = vf + relativedelta(years=10)
        assert vu < as_of and completed_age(birth, vf) >= 16
    else:
        for _ in range(200):
            vf = as_of - dt.timedelta(days=rng.randint(200, 3650))
            a = completed_age(birth, vf)
            if a < 16:
                per = 5
            elif a < 26:
                per = 10
            elif a < 46:
                per = 20
            else:
                per = None
            vu = "long_term" if per is None else vf + relativedelta(years=per)
            if vu == "long_term" or vu > as_of + dt.timedelta(days=60):
                break
    idf = {"name": P["name"], "sex": P["sex"], "ethnicity": P["eth"], "birth_date": birth.isoformat(), "address": id_addr,
           "id_number": P["id"], "issuing_authority": authority, "valid_from": vf.isoformat(),
           "valid_until": vu if vu == "long_term" else vu.isoformat()}
    id_form = "front_only" if "id_front_only" in ds else rng.choice(["a4_copy", "a4_copy", "card_photos"])
    if id_form == "front_only":
        for k in ("issuing_authority", "valid_from", "valid_until"):
            idf.pop(k)
    docs.append({"type": "id_card", "layout": id_form, "fields": idf, "rows": []})
    # ---- residence permit
    if "permit_expired" in ds:
        iss = as_of - relativedelta(years=1) - dt.timedelta(days=rng.randint(5, 90))
    elif "permit_too_recent" in ds:
        iss = as_of - dt.timedelta(days=rng.randint(1, 3))
        while iss.weekday() >= 5:
            iss -= dt.timedelta(days=1)
    else:
        iss = as_of - dt.timedelta(days=rng.randint(40, 330))
    res_addr = sh_addr(rng)
    pf = {"name": P["name"], "id_number": P["id"], "hukou_address": hukou_addr, "residence_address": res_addr,
          "issue_date": iss.isoformat(), "valid_from": iss.isoformat(),
          "valid_until": (iss + relativedelta(years=1) - dt.timedelta(days=1)).isoformat()}
    if "hukou_mismatch" in ds:
        alt = fill_addr(rng, area)
        pf["hukou_address"] = alt if norm(alt) != norm(hukou_addr) else alt + "附1号"
    docs.append({"type": "residence_permit", "layout": rng.choice(["info_grid2", "info_grid4", "info_list", "info_below", "app_screenshot", "card_and_info"]),
                 "fields": pf, "rows": []})
    # ---- household register
    collective = rng.random() < .12 and "missing_member" not in ds
    if app == "renewal" and rng.random() < .5:
        pass  # renewal: household register not required, left out
    elif collective:
        caddr = area[1] + area[2] + area[3] + rng.choice(["人才交流服务中心集体户", "湖南路%d号集体户" % rng.randint(1, 300), "高新区人才市场集体户"])
        pf["hukou_address"] = caddr if "hukou_mismatch" not in ds else pf["hukou_address"]
        docs.append({"type": "collective_hukou_certificate", "layout": "letter",
                     "fields": {"name": P["name"], "id_number": P["id"], "address": caddr,
                                "issue_date": (as_of - dt.timedelta(days=rng.randint(10, 80))).isoformat()}, "rows": []})
    else:
        head_self = rng.random() < .35 and age >= 22
        head = P["name"] if head_self else P["name"][0] + rng.choice(GIVEN_M + GIVEN_F)
        if head == P["name"]:
            head_self = True
        cover_issue = rdate(rng, dt.date(2005, 1, 1), dt.date(2024, 6, 30))
        cover = {"household_type": rng.choice(["家庭户", "家庭户", "非农业家庭户"]), "head_name": head,
                 "household_number": "%09d" % rng.randint(10 ** 7, 10 ** 9 - 1), "address": hukou_addr,
                 "issue_date": cover_issue.isoformat()}
        hk_form = rng.choice(["booklet_open", "single_page", "a4_copy"])
        docs.append({"type": "household_register_cover", "layout": hk_form, "fields": cover, "rows": []})
        if "missing_member" not in ds:
            rel = "户主" if head_self else (("长子" if rng.random() < .5 else "子") if male else ("长女" if rng.random() < .5 else "女"))
            birthplace = area[1] + (area[2] or area[3])
            mf = {"name": P["name"], "relation_to_head": rel, "sex": P["sex"], "birthplace": birthplace, "ethnicity": P["eth"],
                  "native_place": birthplace, "birth_date": birth.isoformat(), "id_number": P["id"],
                  "education": {"本科": "大学本科", "硕士": "研究生", "本科_only": "大学本科", "专科": "大学专科", "adult": "大学本科", None: "高中"}[edu],
                  "marital_status": "未婚"}
            if rng.random() < .4:
                mf["employer"] = None  # filled below with the employer
            mf["registration_date"] = (birth + dt.timedelta(days=rng.randint(20, 90))).isoformat() if rng.random() < .6 else rdate(rng, dt.date(2008, 1, 1), dt.date(2020, 1, 1)).isoformat()
            docs.append({"type": "household_register_member", "layout": hk_form, "fields": mf, "rows": [], "_hand": rng.random() < .4})
    # ---- employer, contract
    employer = rng.choice(COMPANIES)
    prev = rng.choice([c for c in COMPANIES if c != employer])
    agency = rng.choice(AGENCIES)
    open_ended = rng.random() < .2 and not ds & {"term_short", "ends_soon"}
    if "term_short" in ds:
        start = as_of - dt.timedelta(days=rng.randint(75, 150))
        end = start + relativedelta(months=rng.choice([8, 9, 10])) - dt.timedelta(days=1)
        assert end >= as_of + relativedelta(months=2) + dt.timedelta(days=3)
    elif "ends_soon" in ds:
        end = as_of + dt.timedelta(days=rng.randint(5, 50))
        start = end + dt.timedelta(days=1) - relativedelta(years=rng.choice([1, 2, 3]))
    else:
        start = as_of - dt.timedelta(days=rng.randint(200, 1000))
        yrs = rng.choice([2, 3, 3, 5])
        end = start + relativedelta(years=yrs) - dt.timedelta(days=1)
        if end < as_of + relativedelta(months=2) + dt.timedelta(days=15):
            end = start + relativedelta(years=yrs + 3) - dt.timedelta(days=1)
    if "underage" in ds:
        start = max(start, birth + relativedelta(years=16, days=10))
    sign = start - dt.timedelta(days=rng.randint(0, 12))
    cform = rng.choice(["shanghai_model", "company_table", "company_table", "renewal"] if not open_ended else ["shanghai_model", "company_table"])
    if cform == "renewal" and "term_short" in ds:
        cform = "company_table"
    cf = {"employer": employer, "employee_name": P["name"], "employee_id_number": P["id"], "start_date": start.isoformat(),
          "end_date": end.isoformat(), "open_ended": open_ended, "signing_date": sign.isoformat()}
    if open_ended:
        cf.pop("end_date")
    docs.append({"type": "labour_contract", "layout": cform, "fields": cf, "rows": []})
    for d in docs:
        if d["type"] == "household_register_member" and "employer" in d["fields"]:
            d["fields"]["employer"] = employer
    # ---- tax
    win = tax_window(as_of)
    last = tuple(int(x) for x in win[-1].split("-"))
    nmonths = rng.choice([6, 6, 8, 12])
    months = [month_add(last, -k) for k in range(nmonths - 1, -1, -1)]
    start_m = (start.year, start.month)
    base_tax = rng.randint(30, 300) * 10
    code_pos = rng.choice([None, "before", "after"])
    codes = {c: credit_code(rng) for c in COMPANIES + AGENCIES}
    office = "国家税务总局上海市%s税务局" % rng.choice(SH_DISTRICTS)
    rows = []
    tissue = as_of - dt.timedelta(days=rng.randint(0, 4))
    skip = None
    if "tax_missing" in ds:
        skip = rng.choice(win[1:-1])
    for m in months:
        ms = ym_str(m)
        if ms == skip:
            continue
        ag = employer if m >= start_m else prev
        if "employer_agency_tax" in ds and m >= month_add(last, -rng.choice([0, 1])):
            ag = agency
        amt = "%.2f" % (base_tax * rng.uniform(.6, 1.4) + rng.randint(0, 99) / 100)
        rows.append(_tax_row(rng, m, ag, amt, "正常工资薪金所得", codes, code_pos, office, tissue))
        if m[1] == 3 and rng.random() < .7:
            rows.append(_tax_row(rng, m, ag, "%.2f" % (base_tax * 3 + rng.randint(0, 99) / 100), "全年一次性奖金收入", codes, code_pos, office, tissue))
    if rng.random() < .25 and len(rows) > 3:
        m = months[len(months) // 2]
        if ym_str(m) != skip:
            rows.append(_tax_row(rng, m, "上海%s文化传播有限公司" % rng.choice(["星河", "远景", "知行"]), "%.2f" % rng.randint(80, 800), "劳务报酬所得", codes, code_pos, office, tissue))
    rows.sort(key=lambda r: (r["period"], r["_item"] != "正常工资薪金所得"))
    tform = rng.choice(["national_pdf", "national_pdf", "national_print", "income_detail", "old_certificate"])
    if tform == "old_certificate" and len(rows) > 14:
        tform = "national_print"
    tf = {"name": P["name"], "id_number": P["id"], "issue_date": tissue.isoformat(),
          "_period_text": "%d年%02d月-%d年%02d月" % (months[0] + months[-1]), "_verify": "%s" % "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(16)),
          "_verify_no": "%d%010d" % (as_of.year, rng.randint(0, 10 ** 10 - 1))}
    if tform == "income_detail":
        tf.pop("issue_date")
    docs.append({"type": "tax_record", "layout": tform, "fields": tf, "rows": rows})
    # ---- social insurance
    want_si = ds & {"si_insufficient", "si_not_paying", "employer_agency_si"} or rng.random() < .35
    if want_si:
        am = (as_of.year, as_of.month)
        n = rng.randint(7, 11)
        sim = [month_add(am, -k) for k in range(n, 0, -1)]
        base = "%d.00" % (rng.randint(70, 360) * 100)
        srows = []
        for m in sim:
            emp = employer if m >= start_m else prev
            back = False
            if "si_insufficient" in ds and m <= month_add(am, -6):
                back = True
            if "si_not_paying" in ds and m >= month_add(am, -2):
                back = True
            if "employer_agency_si" in ds and m >= month_add(am, -2):
                emp = agency
            srows.append({"month": ym_str(m), "employer": emp, "base": base, "back_payment": back})
        if "si_not_paying" in ds:
            srows = [r for r in srows if r["month"] != ym_str(month_add(am, -2)) or True]
        docs.append({"type": "social_insurance_record", "layout": rng.choice(["text_pdf", "text_pdf", "print"]),
                     "fields": {"name": P["name"], "id_number": P["id"], "_printed": as_of.isoformat()}, "rows": srows})
    # ---- education
    P["years"] = 4
    if edu:
        school = rng.choice(SCHOOLS)
        major, disc = rng.choice(MAJORS)
        if edu == "专科":
            P["years"] = 3
            g = dt.date(birth.year + 21, 6, 30)
            lvl = "专科"
        elif edu == "硕士":
            P["years"] = 3
            g = dt.date(birth.year + 25, 6, rng.choice([28, 30]))
            lvl = "硕士研究生"
        else:
            g = dt.date(birth.year + 22 + (1 if birth.month >= 9 else 0), rng.choice([6, 7]), rng.choice([1, 20, 28, 30]))
            lvl = "本科"
        if edu == "adult":
            g = dt.date(birth.year + 25, 1, 10)
            P["years"] = 3
        dipf = {"name": P["name"], "school": school, "major": major, "level": lvl, "graduation_date": g.isoformat()}
        if edu == "adult":
            dipf["study_mode"] = "函授"
        P.update(discipline=disc, president=P["name"][0] if False else rng.choice(SURNAMES) + rng.choice(GIVEN_M),
                 cert_no="%05d%d%d%06d" % (rng.randint(10000, 14999), g.year, rng.choice([1, 5]), rng.randint(0, 999999)),
                 degree_no="%05d%d%06d" % (rng.randint(10000, 14999), g.year, rng.randint(0, 999999)))
        docs.append({"type": "diploma", "layout": "adult" if edu == "adult" else "classic", "fields": dipf, "rows": []})
        if edu not in ("专科", "本科_only"):
            docs.append({"type": "degree_certificate", "layout": "classic",
                         "fields": {"name": P["name"], "school": school, "major": major, "level": "硕士" if edu == "硕士" else "学士", "graduation_date": g.isoformat()}, "rows": []})
        if edu in ("本科", "硕士") and rng.random() < .35:
            xf = dict(dipf, study_mode="普通全日制", online_record=True)
            docs.append({"type": "diploma", "layout": "xuexin", "fields": xf, "rows": [],
                         "_p": {"sex": P["sex"], "id": P["id"], "eth": P["eth"], "birth": birth, "years": P["years"],
                                "enter": dt.date(g.year - P["years"], 9, 1), "cert_no": P["cert_no"], "president": P["president"],
                                "updated": (as_of - dt.timedelta(days=rng.randint(1, 60))).isoformat(),
                                "online_code": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))}})
    # ---- marriage
    if age >= 26 and rng.random() < .3:
        sp_male = not male
        sp_birth = birth + dt.timedelta(days=rng.randint(-1500, 1500))
        sp_area = rng.choice(AREAS)
        sp = {"name": name_of(rng, sp_male), "sex": "男" if sp_male else "女", "birth": sp_birth, "id": make_id(sp_area[0], sp_birth, sp_male, rng)}
        reg = rdate(rng, max(birth, sp_birth) + relativedelta(years=23), as_of - dt.timedelta(days=60))
        me = {"name": P["name"], "sex": P["sex"], "birth": birth, "id": P["id"]}
        docs.append({"type": "marriage_certificate", "layout": "inner_page",
                     "fields": {"holder_name": P["name"], "spouse_name": sp["name"], "spouse_id_number": sp["id"], "registration_date": reg.isoformat()},
                     "rows": [], "_p": {"a": me if male else sp, "b": sp if male else me,
                                       "cert_no": "J310%03d-%d-%06d" % (rng.randint(100, 120), reg.year, rng.randint(1, 9999)),
                                       "office": "上海市%s民政局" % rng.choice(SH_DISTRICTS)}})
        for d in docs:
            if d["type"] == "household_register_member":
                d["fields"]["marital_status"] = "已婚"
    # ---- name / id mismatch in one document
    if "name_mismatch" in ds or "id_mismatch" in ds:
        cands = [d for d in docs if d["type"] in ("labour_contract", "tax_record", "residence_permit")]
        tgt = rng.choice(cands)
        if "name_mismatch" in ds:
            k = "employee_name" if tgt["type"] == "labour_contract" else "name"
            tgt["fields"][k] = alt_char_name(rng, P["name"])
        else:
            k = "employee_id_number" if tgt["type"] == "labour_contract" else "id_number"
            s17 = P["id"][:14] + "%03d" % ((int(P["id"][14:17]) + 2 * rng.randint(1, 40)) % 1000)
            tgt["fields"][k] = s17 + check_digit(s17)
    extras = {"office_permit": "上海市公安局%s分局" % rng.choice(SH_DISTRICTS), "police": police, "prev": prev,
              "landlord": name_of(rng, rng.random() < .5), "res_addr": res_addr, "agency": agency}
    return app, P, docs, extras


def _tax_row(rng, m, agent, amt, item, codes, code_pos, office, issued):
    y, mo = m
    nm = month_add(m, 1)
    decl = min(dt.date(nm[0], nm[1], rng.randint(3, 14)), issued)
    paid = min(decl + dt.timedelta(days=rng.randint(0, 3)), issued)
    lastday = (dt.date(nm[0], nm[1], 1) - dt.timedelta(days=1)).day
    span = rng.choice(["%d-%02d-01至%d-%02d-%02d", "%d.%02d.01-%d.%02d.%02d"]) % (y, mo, y, mo, lastday)
    shown = agent.replace("(", "（").replace(")", "）") if rng.random() < .5 else agent
    code = codes.get(agent) or "9131%014d" % rng.randint(0, 10 ** 13)
    if code_pos == "before":
        remark = "扣缴义务人：%s %s" % (code, shown)
    elif code_pos == "after":
        remark = "扣缴义务人：%s（%s）" % (shown, code)
    else:
        remark = "扣缴义务人：" + shown
    return {"period": "%04d-%02d" % m, "withholding_agent": agent, "amount": amt, "_decl": decl.isoformat(),
            "_paid": paid.isoformat(), "_item": item, "_span": span, "_office": office, "_remark": remark,
            "_income": "%.2f" % (float(amt) * rng.uniform(8, 20) + 5000)}


# ------------------------------------------------------------------ main
def strip(d):
    return {k: v for k, v in d.items() if not k.startswith("_")}


def est_pages(docs, flags):
    n = 0
    for d in docs:
        t, lay = d["type"], d["layout"]
        if t == "id_card":
            n += 2 if lay == "card_photos" else 1
        elif t == "residence_permit":
            n += 2 if lay == "card_and_info" else 1
        elif t == "household_register_cover":
            n += 2 if lay == "single_page" and any(x["type"] == "household_register_member" for x in docs) else 1
        elif t == "labour_contract":
            n += 1 if lay == "renewal" else flags["contract_pages"]
        elif t == "tax_record":
            n += {"income_detail": (len(d["rows"]) + 3) // 4}.get(lay, (len(d["rows"]) + 9) // 10)
        elif t in ("household_register_member",):
            pass
        else:
            n += 1
    return n + flags.get("n_unknown", 0) + (1 if flags.get("dark_photo") or flags.get("blank_in_contract") is not None else 0)


def draw_packet(out_dir, pid, seed, defects, as_of):
    intended = sorted({r for s in defects for r in SCENARIOS[s]})
    for attempt in range(60):
        rng = random.Random("%s-%d-%d" % (pid, seed, attempt))
        app, P, docs, extras = None, None, None, None
        try:
            app, P, docs, extras = build(rng, as_of, defects)
        except AssertionError:
            continue
        flags = {"contract_pages": rng.randint(3, 6), "n_unknown": rng.choice([0, 0, 1, 1, 2])}
        if "dark_page" in defects:
            if rng.random() < .5 and any(d["type"] == "labour_contract" and d["layout"] != "renewal" for d in docs):
                flags["blank_in_contract"] = 1
            else:
                flags["dark_photo"] = True
        try:
            rules, points = evaluate([dict(d, fields=strip(d["fields"])) for d in docs], as_of.isoformat(), app,
                                     {"unreadable_page": "dark_page" in defects})
        except AssertionError:
            continue
        if rules != intended:
            continue
        lo, hi = est_pages(docs, flags), None
        for _ in range(8):
            e = est_pages(docs, flags)
            if e < 9:
                if flags["contract_pages"] < 6:
                    flags["contract_pages"] += 1
                else:
                    flags["n_unknown"] += 1
            elif e > 14:
                if flags["n_unknown"]:
                    flags["n_unknown"] -= 1
                elif flags["contract_pages"] > 3:
                    flags["contract_pages"] -= 1
                else:
                    break
        folder = os.path.join(out_dir, pid)
        if os.path.isdir(folder):
            for fn in os.listdir(folder):
                os.remove(os.path.join(folder, fn))
        out = render_mod.render(folder, rng, as_of, app, P, docs, extras, flags)
        if not (8 <= len(out.pages) <= 16):
            continue
        tdocs = []
        for i, d in enumerate(docs):
            rows = [strip(r) for r in d["rows"]]
            tdocs.append({"type": d["type"], "layout": d["layout"], "pages": out.docpages.get(i, []),
                          "fields": strip(d["fields"]), "rows": rows})
        assert all(d["pages"] for d in tdocs), "a document without pages"
        truth = {"packet": pid, "as_of": as_of.isoformat(), "application": app, "defects": list(defects),
                 "expected_rules": rules, "verdict": verdict(rules), "points": points,
                 "pages": out.pages, "documents": tdocs}
        with open(os.path.join(out_dir, pid + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
        return truth
    raise RuntimeError("could not draw %s %s" % (pid, defects))


def as_of_for(rng):
    return dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 32))


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_h")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=44)
    ap.add_argument("--seed", type=int, default=8861)
    ap.add_argument("--only", type=int, default=None, help="draw only packet number N (debug)")
    ap.add_argument("--jobs", type=int, default=1)
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    order = plan(a.count, a.seed)
    t0 = time.time()
    tasks = [(a.out, a.seed, k, defects) for k, defects in enumerate(order) if a.only is None or k == a.only]
    if a.jobs > 1:
        import multiprocessing as mp
        with mp.Pool(a.jobs) as pool:
            for line in pool.imap(_one, tasks):
                print(line + "  %.0fs" % (time.time() - t0), flush=True)
    else:
        for t in tasks:
            print(_one(t) + "  %.0fs" % (time.time() - t0), flush=True)


def _one(task):
    out, seed, k, defects = task
    pid = "h%03d" % k
    r = random.Random("asof-%d-%d" % (seed, k))
    np.random.seed((seed * 1000 + k) % (2 ** 31))
    t = draw_packet(out, pid, seed, defects, as_of_for(r))
    return "%s %-40s %-7s pages=%2d" % (pid, ",".join(defects) or "clean", t["verdict"], len(t["pages"]))
