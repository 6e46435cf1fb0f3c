"""One packet: draw the applicant and the true documents for a scenario, check them against my reading of SPEC,
then lay the documents out into files with their captures and write the truth."""
import datetime as dt
import json
import os
import random

from dateutil.relativedelta import relativedelta
from PIL import Image

from . import forms as F
from . import forms2 as G
from .capture import render_capture
from .judge import ERRORS, judge, verdict
from .people import (AGENCIES, COMPANIES, REGIONS, SCHOOLS, MAJORS, SH_DISTRICTS, add_years, age_at, date_between,
                     hukou_address, id_number, iso, months_back, name, one_char_off, sh_address, similar_name,
                     tax_window, uscc, ym_str)
from .render import Page, raster, write_pdf

# (category, defects, intended rules)
SCENARIOS = (
    [("ready", ["clean"], [])] * 15 + [
        ("fix", ["missing_tax"], ["packet.missing_document"]),
        ("fix", ["missing_member"], ["packet.missing_document"]),
        ("fix", ["missing_contract"], ["packet.missing_document"]),
        ("fix", ["id_typo_contract"], ["identity.id_number_mismatch"]),
        ("fix", ["id_invalid_all"], ["identity.id_number_invalid"]),
        ("fix", ["name_similar_tax"], ["identity.name_mismatch"]),
        ("fix", ["name_similar_contract", "contract_ends_soon"],
         ["identity.name_mismatch", "contract.ends_within_two_months"]),
        ("fix", ["hukou_one_char"], ["address.hukou_mismatch"]),
        ("fix", ["hukou_one_char_collective"], ["address.hukou_mismatch"]),
        ("fix", ["permit_expired"], ["permit.expired"]),
        ("fix", ["id_expired"], ["id_card.expired"]),
        ("fix", ["age_under"], ["applicant.age_out_of_range"]),
        ("fix", ["contract_short"], ["contract.term_too_short"]),
        ("fix", ["contract_ends_soon"], ["contract.ends_within_two_months"]),
        ("fix", ["contract_ended"], ["contract.ends_within_two_months"]),
        ("fix", ["tax_missing_mid"], ["tax.missing_months"]),
        ("fix", ["tax_print_lagging"], ["tax.missing_months"]),
        ("fix", ["tax_agency"], ["employer.mismatch"]),
        ("fix", ["si_agency"], ["employer.mismatch"]),
        ("fix", ["si_back_payment"], ["social_insurance.insufficient_months"]),
        ("fix", ["si_not_paying"], ["social_insurance.not_paying"]),
        ("fix", ["si_gap"], ["social_insurance.insufficient_months"]),
        ("fix", ["permit_expired", "id_expired"], ["permit.expired", "id_card.expired"]),
        ("fix", ["contract_old_employer"], ["employer.mismatch"]),
        ("review", ["permit_too_recent"], ["permit.too_recent"]),
        ("review", ["below_standard"], ["points.below_standard"]),
        ("review", ["adult_diploma"], ["points.claim_unsupported"]),
        ("review", ["id_front_only"], ["field.unreadable"]),
        ("review", ["blank_page"], ["quality.unreadable_page"]),
    ])
# a fix packet may also carry these when the defect brings them (e.g. a typo that breaks the check digit)
ALLOWED_EXTRA = {"id_typo_contract": {"identity.id_number_invalid"}, "age_under": {"points.below_standard"},
                 "si_not_paying": {"social_insurance.insufficient_months"},
                 "tax_agency": set(), "si_gap": set()}

JOBS = ["软件工程师", "会计", "销售经理", "行政专员", "质检员", "研发工程师", "项目经理", "设计师"]


def _money(rng, lo, hi):
    return f"{rng.uniform(lo, hi):.2f}"


def draw(rng, defects, as_of, application):
    """The true documents (fields/rows as printed), their layouts and the rendering extras."""
    dset = set(defects)
    region = rng.choice(REGIONS)
    sex = rng.choice(["男", "女"])
    if "age_under" in dset:
        birth = as_of - relativedelta(years=17) - dt.timedelta(days=rng.randint(20, 300))
    elif rng.random() < 0.8:
        birth = as_of - relativedelta(years=rng.randint(24, 42)) - dt.timedelta(days=rng.randint(0, 360))
    else:
        birth = as_of - relativedelta(years=rng.randint(44, 50)) - dt.timedelta(days=rng.randint(0, 360))
    seq = rng.randint(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8]))
    seq = seq % 1000
    idn = id_number(region[3], birth, seq)
    if "id_invalid_all" in dset:
        idn = idn[:17] + ("0" if idn[17] != "0" else "1")
    nm = name(rng)
    home = hukou_address(rng, region)
    card_addr = home if rng.random() < 0.7 else hukou_address(rng, region)  # an older address on the card: no defect
    eth = "汉" if rng.random() < 0.85 else rng.choice(["回", "满", "壮", "土家"])
    employer = rng.choice(COMPANIES)
    prev_employer = rng.choice([c for c in COMPANIES if c != employer])
    agency = rng.choice(AGENCIES)
    sh_res = sh_address(rng)
    dist = rng.choice(SH_DISTRICTS)
    ex = {"sex": sex, "ethnicity": eth, "birth_date": iso(birth), "id_full": idn, "hukou_address": home,
          "residence_address": sh_res, "permit_office": f"上海市公安局{dist[:-1] if dist.endswith('区') else dist}分局",
          "police_station": f"{region[1] or region[0]}公安局{region[2]}{rng.choice(['城关', '新华', '东风', '解放'])}派出所",
          "clerk": name(rng), "job": rng.choice(JOBS), "boss": name(rng), "company_phone": f"021-{rng.randint(50000000, 69999999)}",
          "company_address": sh_address(rng).replace("弄", "号").split("号")[0] + "号",
          "contract_no": f"HT{as_of.year - rng.randint(0, 4)}{rng.randint(1000, 9999)}", "landlord": name(rng),
          "name": nm, "print_date": iso(as_of - dt.timedelta(days=rng.randint(0, 6)))}
    docs = []

    def add(t, layout, fields, rows=None):
        doc = {"type": t, "layout": layout, "fields": fields, "rows": rows or []}
        docs.append(doc)
        return doc

    # --- ID card
    age_issue_base = as_of - dt.timedelta(days=rng.randint(200, 3000))
    if "id_expired" in dset:
        vu = as_of - dt.timedelta(days=rng.randint(20, 200))
        vf = add_years(vu, -10 if age_at(birth, vu) < 26 else -20)
    else:
        vf = age_issue_base
        a = age_at(birth, vf)
        vu = None if a >= 46 else add_years(vf, 10 if a < 26 else 20)
        if a < 16:
            vu = add_years(vf, 5)
        if vu and vu < as_of:
            vf = as_of - dt.timedelta(days=rng.randint(100, 900))
            vu = add_years(vf, 10 if age_at(birth, vf) < 26 else 20)
    id_layout = "front_only" if "id_front_only" in dset else rng.choice(
        ["two_photos", "a4_side", "a4_stacked", "a4_with_permit", "two_photos"])
    idf = {"name": nm, "sex": sex, "ethnicity": eth, "birth_date": iso(birth), "address": card_addr,
           "id_number": idn, "issuing_authority": region[4], "valid_from": iso(vf),
           "valid_until": iso(vu) if vu else "long_term"}
    if id_layout == "front_only":
        for k in ("issuing_authority", "valid_from", "valid_until"):
            idf.pop(k)
    ex["card_address"] = card_addr
    add("id_card", id_layout, idf)

    # --- hukou
    collective = "hukou_one_char_collective" in dset or (application == "first" and rng.random() < 0.2)
    if collective:
        home = f"{region[0]}{region[1]}{region[2]}{rng.choice(['人才交流中心', '公共就业和人才服务中心'])}集体户"
        ex["hukou_address"] = home
    permit_hukou = one_char_off(home, rng) if ("hukou_one_char" in dset or "hukou_one_char_collective" in dset) else home
    include_hukou = application == "first" or rng.random() < 0.3
    if include_hukou:
        if collective:
            ex["cert_no"] = f"{as_of.year}{rng.randint(100000, 999999)}"
            add("collective_hukou_certificate", "letter",
                {"name": nm, "id_number": idn, "address": home, "issue_date": iso(as_of - dt.timedelta(days=rng.randint(8, 60)))})
        else:
            head_is_me = rng.random() < 0.5
            head = nm if head_is_me else nm[0] + name(rng)[1:]
            add("household_register_cover", "booklet",
                {"household_type": rng.choice(["家庭户", "居民家庭户", "非农业家庭户"]), "head_name": head,
                 "household_number": str(rng.randint(100000000, 999999999)), "address": home,
                 "issue_date": iso(date_between(rng, dt.date(2008, 1, 1), dt.date(2023, 12, 31)))})
            if "missing_member" not in dset:
                mf = {"name": nm, "relation_to_head": "户主" if head_is_me else ("子" if sex == "男" else "女"),
                      "sex": sex, "birthplace": region[0] + (region[1] or region[2]), "ethnicity": eth,
                      "native_place": region[0] + (region[1] or region[2]), "birth_date": iso(birth), "id_number": idn,
                      "education": rng.choice(["大学本科", "研究生", "大学专科"]),
                      "marital_status": rng.choice(["未婚", "已婚"]), "employer": employer,
                      "registration_date": iso(date_between(rng, birth + dt.timedelta(days=30), dt.date(2020, 1, 1)))}
                if rng.random() < 0.35:
                    mf.pop("employer")  # 服务处所 left blank
                ex["hand"] = rng.random() < 0.5
                add("household_register_member", "card22_hand" if ex["hand"] else "card22", mf)

    # --- residence permit
    if "permit_expired" in dset:
        issue = as_of - relativedelta(years=1) - dt.timedelta(days=rng.randint(15, 200))
        until = issue + relativedelta(years=1) - dt.timedelta(days=1)
    elif "permit_too_recent" in dset:
        issue = as_of - dt.timedelta(days=rng.randint(1, 3))
        until = issue + relativedelta(years=1) - dt.timedelta(days=1)
    else:
        years = rng.choice([1, 1, 3])
        issue = as_of - dt.timedelta(days=rng.randint(45, 320 if years == 1 else 900))
        until = issue + relativedelta(years=years) - dt.timedelta(days=1)
    permit_layout = rng.choice(["info_grid2", "info_grid4", "info_list_far", "info_two_cell_dates", "epermit",
                                "epermit_masked", "card_and_info"])
    if id_layout == "a4_with_permit" and not permit_layout.startswith("info"):
        permit_layout = "info_grid2"
    pf = {"name": nm, "id_number": idn, "hukou_address": permit_hukou, "residence_address": sh_res,
          "issue_date": iso(issue), "valid_from": iso(issue), "valid_until": iso(until)}
    if permit_layout == "epermit_masked":
        pf.pop("id_number")
    add("residence_permit", permit_layout + ("+card" if id_layout == "a4_with_permit" else ""), pf)

    # --- labour contract
    if "contract_ended" in dset:
        end = as_of - dt.timedelta(days=rng.randint(10, 90))
        start = end + dt.timedelta(days=1) - relativedelta(years=3)
    elif "contract_ends_soon" in dset:
        end = as_of + dt.timedelta(days=rng.randint(5, 50))
        start = end + dt.timedelta(days=1) - relativedelta(years=rng.choice([2, 3]))
    elif "contract_short" in dset:
        start = as_of - dt.timedelta(days=rng.randint(20, 120))
        end = start + relativedelta(months=rng.choice([6, 10, 11])) - dt.timedelta(days=1)
        if end < as_of + relativedelta(months=2) + dt.timedelta(days=5):
            end = as_of + relativedelta(months=2) + dt.timedelta(days=rng.randint(10, 40))
    else:
        start = as_of - dt.timedelta(days=rng.randint(200, 1500))
        end = None
        for yrs in (3, 5, 8, 10):
            end = start + relativedelta(years=yrs) - dt.timedelta(days=1)
            if end >= as_of + relativedelta(months=2) + dt.timedelta(days=3):
                break
    open_ended = not (dset & {"contract_ended", "contract_ends_soon", "contract_short"}) and rng.random() < 0.2
    c_layout = rng.choice(["model_text", "company_table", "model_text", "company_table", "renewal"])
    if c_layout == "renewal":
        ex["old_term"] = (start - relativedelta(years=3), start - dt.timedelta(days=1))
    signing = start - dt.timedelta(days=rng.randint(0, 20))
    ex["probation"] = (start, start + relativedelta(months=rng.choice([2, 3, 6])) - dt.timedelta(days=1))
    c_employer = prev_employer if "contract_old_employer" in dset else employer
    c_name = similar_name(nm, rng) if "name_similar_contract" in dset else nm
    c_id = idn
    if "id_typo_contract" in dset:
        i = rng.randint(14, 16)
        c_id = idn[:i] + idn[i + 1] + idn[i] + idn[i + 2:]
        if c_id == idn:
            c_id = idn[:15] + str((int(idn[15]) + 1) % 10) + idn[16:]
    cf = {"employer": c_employer, "employee_name": c_name, "employee_id_number": c_id, "start_date": iso(start),
          "end_date": None if open_ended else iso(end), "open_ended": open_ended, "signing_date": iso(signing)}
    if open_ended:
        cf.pop("end_date")
    if "missing_contract" not in dset:
        add("labour_contract", c_layout, cf)

    # --- tax record
    window = tax_window(as_of)
    last = window[-1]
    if "tax_print_lagging" in dset:
        last = months_back(last, 1)
    n_months = rng.choice([6, 9, 12, 12])
    months = [months_back(last, k) for k in range(n_months - 1, -1, -1)]
    if "tax_missing_mid" in dset:
        drop = window[rng.randint(1, 4)]
        months = [m for m in months if m != drop]
    agent_for = lambda m: agency if "tax_agency" in dset and m >= months_back(last, 2) else employer
    rows = [{"period": ym_str(m), "withholding_agent": agent_for(m), "amount": _money(rng, 80, 3200)} for m in months]
    more = []
    if rng.random() < 0.3:
        bm = next((m for m in months if m[1] in (1, 2, 3)), None)
        if bm:
            more.append({"period": ym_str(bm), "withholding_agent": agent_for(bm), "amount": _money(rng, 500, 6000),
                         "item": "全年一次性奖金收入"})
    if rng.random() < 0.25:
        om = rng.choice(months[:-1] or months)
        more.append({"period": ym_str(om), "withholding_agent": rng.choice(COMPANIES), "amount": _money(rng, 50, 800),
                     "item": "劳务报酬所得"})
    tax_layout = rng.choice(["national_pdf", "national_pdf", "national_photo", "app_detail", "old_form"])
    if tax_layout == "old_form":
        more = []
    deadline = dt.date(last[0] + (last[1] == 12), last[1] % 12 + 1, 15)
    t_issue = as_of - dt.timedelta(days=rng.randint(0, max(0, min(6, (as_of - deadline).days))))
    if "tax_print_lagging" in dset:
        t_issue = deadline + dt.timedelta(days=rng.randint(1, 10))
    tf = {"name": similar_name(nm, rng) if "name_similar_tax" in dset else nm, "id_number": idn, "issue_date": iso(t_issue)}
    if tax_layout == "app_detail":
        tf.pop("issue_date")
    truth_rows = sorted(rows + [{k: r[k] for k in ("period", "withholding_agent", "amount")} for r in more],
                        key=lambda r: r["period"])
    ex["tax_more"] = more
    ex["tax_rows"] = rows
    ex["tax_from"], ex["tax_to"] = dt.date(*months[0], 1), dt.date(*last, 1) + relativedelta(months=1, days=-1)
    if "missing_tax" not in dset:
        add("tax_record", tax_layout, tf, truth_rows)

    # --- social insurance (optional)
    si_wanted = dset & {"si_agency", "si_back_payment", "si_not_paying", "si_gap"} or rng.random() < 0.6
    if si_wanted:
        cur = (as_of.year, as_of.month)
        end_m = cur if rng.random() < 0.6 else months_back(cur, 1)
        if "si_not_paying" in dset:
            end_m = months_back(cur, rng.randint(3, 5))
        n = rng.choice([12, 14, 18, 24, 26])
        ms = [months_back(end_m, k) for k in range(n - 1, -1, -1)]
        change = rng.random() < 0.3 and not dset & {"si_agency"}
        base = f"{rng.choice([7384, 8500, 10000, 12500, 15000, 21000])}.00"
        srows = []
        for i, m in enumerate(ms):
            emp = prev_employer if change and i < n // 2 else employer
            if "si_agency" in dset and m >= months_back(end_m, 3):
                emp = agency
            srows.append({"month": ym_str(m), "employer": emp, "base": base, "back_payment": False})
        if "si_back_payment" in dset:
            for r in srows:
                if months_back(cur, 12) <= tuple(map(int, r["month"].split("-"))) < months_back(cur, 2):
                    r["back_payment"] = True
        if "si_gap" in dset:
            srows = [r for r in srows if not (months_back(cur, 12) <= tuple(map(int, r["month"].split("-")))
                                               <= months_back(end_m, 4))]
        add("social_insurance_record", rng.choice(["status", "memo", "section", "ranges"]),
            {"name": nm, "id_number": idn}, srows)

    # --- education
    if "below_standard" not in dset and "age_under" not in dset:
        level = rng.choice(["本科", "本科", "本科", "硕士研究生", "博士研究生"] if age_at(birth, as_of) < 44 else
                           ["硕士研究生", "博士研究生"])
        if "adult_diploma" in dset:
            level = "本科"
        grad_age = {"本科": 22, "硕士研究生": 25, "博士研究生": 29}[level]
        gy = birth.year + grad_age + rng.randint(0, 1)
        grad = dt.date(gy, 6, rng.choice([20, 25, 30])) if rng.random() < 0.8 else dt.date(gy, 7, 1)
        school, _ = rng.choice(SCHOOLS)
        major, disc = rng.choice(MAJORS)
        mode = rng.choice(["函授", "业余", "自学考试"]) if "adult_diploma" in dset else "普通全日制"
        ex.update(enrol=iso(dt.date(gy - {"本科": 4, "硕士研究生": 3, "博士研究生": 4}[level], 9, 1)),
                  years={"本科": "4年", "硕士研究生": "3年", "博士研究生": "4年"}[level],
                  president=name(rng), cert_no=f"{rng.randint(10000, 14999)}{gy}{rng.randint(10**7, 10**8 - 1)}",
                  degree_no=f"{rng.randint(10000, 14999)}{rng.randint(10**9, 10**10 - 1)}", discipline=disc,
                  verify=f"{rng.randint(10**15, 10**16 - 1)}"[:16])
        dl = rng.choice(["diploma", "diploma", "xuexin"]) if mode == "普通全日制" else "diploma"
        add("diploma", dl, {"name": nm, "school": school, "major": major, "level": level,
                            "graduation_date": iso(grad), "study_mode": mode})
        dlev = {"本科": "学士", "硕士研究生": "硕士", "博士研究生": "博士"}[level]
        add("degree_certificate", "degree", {"name": nm, "school": school, "major": major, "level": dlev,
                                             "graduation_date": iso(grad)})
    elif "below_standard" in dset:
        gy = birth.year + 21
        school, _ = rng.choice(SCHOOLS)
        major, disc = rng.choice(MAJORS)
        ex.update(enrol=iso(dt.date(gy - 3, 9, 1)), years="3年", president=name(rng),
                  cert_no=f"{rng.randint(10000, 14999)}{gy}{rng.randint(10**7, 10**8 - 1)}",
                  verify=f"{rng.randint(10**15, 10**16 - 1)}"[:16])
        add("diploma", rng.choice(["diploma", "xuexin"]), {"name": nm, "school": school, "major": major, "level": "专科",
                                                          "graduation_date": iso(dt.date(gy, 6, 30)),
                                                          "study_mode": "普通全日制"})

    # --- marriage certificate (sometimes)
    if rng.random() < 0.3 and age_at(birth, as_of) >= 24:
        sp_sex = "女" if sex == "男" else "男"
        sp_birth = birth + dt.timedelta(days=rng.randint(-900, 900))
        sp_region = rng.choice(REGIONS)
        sp_seq = rng.randint(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sp_sex == "男" else rng.choice([0, 2, 4, 6, 8]))
        reg = date_between(rng, add_years(max(birth, sp_birth), 23), as_of - dt.timedelta(days=60))
        ex.update(spouse_sex=sp_sex, spouse_birth=iso(sp_birth), holder_sex_name=(nm, sex), holder_id=idn,
                  marriage_no=f"J{rng.randint(310100, 310120)}-{reg.year}-{rng.randint(1, 9999):06d}",
                  marriage_office=f"上海市{rng.choice(SH_DISTRICTS)}民政局")
        add("marriage_certificate", "open_inner", {"holder_name": nm, "spouse_name": name(rng),
                                                   "spouse_id_number": id_number(sp_region[3], sp_birth, sp_seq % 1000),
                                                   "registration_date": iso(reg)})
    return docs, ex


# ------------------------------------------------------------------ layout into files

PHOTO = ["photo", "chat", "heic", "photo", "chat"]
FLAT = ["scan", "scan_grey", "photocopy", "lowres"]


def _card_img(page):
    return raster(page, 300)


def _a4_with_cards(rng, cards, note=False):
    p = Page(210, 297)
    if rng.random() < 0.5 and len(cards) <= 2:
        xs = [(15, 40), (110, 40)] if len(cards) == 2 else [(62, 60)]
    else:
        xs = [(62, 25 + i * 68) for i in range(len(cards))]
    for (x, y), c in zip(xs, cards):
        p.image(x, y, 85.6, 54, c)
    if note:
        p.text(40, 250, "此复印件与原件一致，仅供居住证积分使用", 5, rng.choice(["kai", "wenkai"]), "#1b1b50")
    return p


def _scaled(page, rng, w_mm):
    img = raster(page, 200)
    return img, w_mm, w_mm * img.height / img.width


def units_for(rng, doc, ex, docs_by_type):
    """[(page_or_image, [types], capture choices, is_card)] for one document."""
    t, f, lay = doc["type"], doc["fields"], doc["layout"]
    if t == "id_card":
        front = F.id_front(rng, f, ex)
        if lay == "front_only":
            return [(front, ["id_card"], PHOTO + ["scan"], True)]
        back = F.id_back(rng, f, ex)
        if lay == "two_photos":
            return [(front, ["id_card"], PHOTO, True), (back, ["id_card"], PHOTO, True)]
        cards = [_card_img(front), _card_img(back)]
        types = ["id_card"]
        if lay == "a4_with_permit":
            pf = docs_by_type["residence_permit"]["fields"]
            cards.append(_card_img(F.permit_card(rng, pf, ex)))
            types.append("residence_permit")
        page = _a4_with_cards(rng, cards, note=rng.random() < 0.4)
        if lay == "a4_stacked" and len(cards) == 2:
            page = Page(210, 297)
            page.image(62, 40, 85.6, 54, cards[0])
            page.image(62, 120, 85.6, 54, cards[1])
        if rng.random() < 0.35:
            F.watermark_ops(page, rng)
        return [(page, types, FLAT + ["image_pdf", "bilevel_tiff", "photo"], False)]
    if t == "residence_permit":
        base = lay.split("+")[0]
        if base.startswith("epermit"):
            return [(F.epermit(rng, f, ex, masked=base == "epermit_masked"), ["residence_permit"],
                     ["screenshot", "screenshot", "screenshot_chat"], False)]
        style = {"info_grid2": "grid2", "info_grid4": "grid4", "info_list_far": "list_far",
                 "info_two_cell_dates": "two_cell_dates", "card_and_info": rng.choice(["grid2", "grid4"])}[base]
        info = F.permit_info(rng, f, ex, style)
        if rng.random() < 0.3:
            F.watermark_ops(info, rng)
        out = [(info, ["residence_permit"], FLAT + PHOTO + ["text_pdf", "image_pdf"], False)]
        if base == "card_and_info":
            out = [(F.permit_card(rng, f, ex), ["residence_permit"], PHOTO, True),
                   (F.permit_card_back(rng, f, ex), ["residence_permit"], PHOTO, True)] + out
        return out
    if t == "household_register_cover":
        cover = F.hukou_cover(rng, f, ex)
        mem = docs_by_type.get("household_register_member")
        if mem is None:
            return [(cover, ["household_register_cover"], FLAT + PHOTO, False)]
        member = F.hukou_member(rng, mem["fields"], ex)
        how = rng.choice(["spread", "a4_copy", "separate"])
        if how == "spread":
            p = Page(290, 106, bg="#8a2a2a")
            p.image(3, 3, 142, 100, raster(cover, 220))
            p.image(145, 3, 142, 100, raster(member, 220))
            return [(p, ["household_register_cover", "household_register_member"], PHOTO, False)]
        if how == "a4_copy":
            p = Page(210, 297)
            p.image(34, 20, 142, 100, raster(cover, 220))
            p.image(34, 140, 142, 100, raster(member, 220))
            if rng.random() < 0.4:
                F.watermark_ops(p, rng)
            return [(p, ["household_register_cover", "household_register_member"], FLAT + ["image_pdf", "bilevel_tiff"],
                     False)]
        return [(cover, ["household_register_cover"], FLAT + PHOTO, False),
                (member, ["household_register_member"], FLAT + PHOTO, False)]
    if t == "household_register_member":
        return []  # drawn with its cover
    if t == "collective_hukou_certificate":
        return [(F.collective_cert(rng, f, ex), [t], FLAT + PHOTO + ["image_pdf"], False)]
    if t == "labour_contract":
        pages = {"model_text": G.contract_model, "company_table": G.contract_company,
                 "renewal": G.contract_renewal}[lay](rng, f, ex)
        kind = rng.choice(["image_pdf", "bilevel_tiff", "photo_each", "scan_each"]) if len(pages) > 1 else \
            rng.choice(FLAT + PHOTO)
        return [(p, [t], [kind], False) for p in pages]
    if t == "tax_record":
        exx = dict(ex, more_rows=ex["tax_more"], agent_ids=ex["agent_ids"], **{"from": ex["tax_from"], "to": ex["tax_to"]})
        rows = ex["tax_rows"]
        if lay == "app_detail":
            return [(p, [t], ["screenshot"], False) for p in G.tax_app(rng, f, rows, exx)]
        if lay == "old_form":
            return [(p, [t], FLAT + PHOTO, False) for p in G.tax_old(rng, f, rows, exx)]
        pages = G.tax_national(rng, f, rows, exx)
        kind = "text_pdf" if lay == "national_pdf" else rng.choice(["photo_each", "scan_each", "image_pdf"])
        return [(p, [t], [kind], False) for p in pages]
    if t == "social_insurance_record":
        pages = G.si_record(rng, f, doc["rows"], dict(ex, si_variant=lay))
        kind = rng.choice(["text_pdf", "text_pdf", "photo_each", "image_pdf", "scan_each"])
        return [(p, [t], [kind], False) for p in pages]
    if t == "diploma":
        if lay == "xuexin":
            return [(G.xuexin(rng, f, ex)[0], [t], ["text_pdf", "text_pdf", "scan"], False)]
        dp = G.diploma(rng, f, ex)[0]
        deg = docs_by_type.get("degree_certificate")
        if deg is not None and rng.random() < 0.35:
            gp = G.degree(rng, deg["fields"], ex)[0]
            p = Page(210, 297)
            p.image(14, 12, 182, 129.5, raster(dp, 160))
            p.image(14, 152, 182, 129.5, raster(gp, 160))
            ex["degree_done"] = True
            return [(p, ["diploma", "degree_certificate"], FLAT + ["photo"], False)]
        return [(dp, [t], FLAT + PHOTO, False)]
    if t == "degree_certificate":
        if ex.get("degree_done"):
            return []
        return [(G.degree(rng, f, ex)[0], [t], FLAT + PHOTO, False)]
    if t == "marriage_certificate":
        return [(G.marriage(rng, f, ex)[0], [t], PHOTO + ["scan"], False)]
    raise ValueError(t)


NAMES_IMG = ["IMG_{d}_{t}.jpg", "微信图片_{d}{t}.jpg", "mmexport{n}.jpg", "{cn}.jpg", "扫描件{k}.jpg", "Scan{k}.jpg",
             "DSC0{k}.JPG", "材料{k}.jpg", "{cn}{k}.jpg"]
MISLEAD = ["身份证", "合同", "居住证", "户口本", "社保", "个税", "学历", "新建文件夹", "附件", "结婚证", "资料"]


def _filename(rng, ext, used, as_of, sub=""):
    for _ in range(100):
        d = (as_of - dt.timedelta(days=rng.randint(0, 40))).strftime("%Y%m%d")
        t = f"{rng.randint(7, 22):02d}{rng.randint(0, 59):02d}{rng.randint(0, 59):02d}"
        if ext == "pdf":
            pat = rng.choice(["扫描全能王 {dd} {hh}.pdf", "Scan_{k}.pdf", "{cn}.pdf", "document({k}).pdf",
                              "附件{k}.pdf", "CamScanner {dd} {hh}.pdf", "{cn}材料.pdf"])
        elif ext in ("png",):
            pat = rng.choice(["Screenshot_{d}-{t}.png", "IMG_{d}_{t}.png", "{cn}截图.png", "微信截图_{d}{t}.png"])
        elif ext == "tif":
            pat = rng.choice(["SCAN{k}.tif", "{cn}.tiff", "复印件{k}.tif"])
        else:
            pat = rng.choice(NAMES_IMG).replace(".jpg", "." + ext).replace(".JPG", "." + ext.upper())
        nm = pat.format(d=d, t=t, n=rng.randint(10**12, 10**13 - 1), cn=rng.choice(MISLEAD), k=rng.randint(1, 99),
                        dd=f"{d[:4]}-{d[4:6]}-{d[6:]}", hh=f"{t[:2]}.{t[2:4]}")
        nm = sub + nm
        if nm not in used:
            used.add(nm)
            return nm
    raise RuntimeError("names")


def _blank_page(rng):
    import numpy as np
    a = np.full((2339, 1654), rng.randint(238, 250), "float32")
    a += np.random.default_rng(rng.randint(0, 2 ** 31)).normal(0, 2.5, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8")).convert("RGB")


def _rotate_for_file(img, rng, ext):
    """Real rotation or an EXIF orientation tag; returns (img, rotation, exif)."""
    r = rng.random()
    if r < 0.12:
        ang = rng.choice([90, 180, 270])
        return img.rotate(ang, expand=True), ang, None
    if r < 0.25 and ext in ("jpg", "JPG"):
        o = rng.choice([3, 6, 8])
        stored = img.rotate({3: 180, 6: 90, 8: 270}[o], expand=True)
        return stored, 0, o
    return img, 0, None


def write_files(rng, root, units, as_of, blank=False):
    """units: [(page, types, capture choices, is_card, doc_ids)] in order. Writes files; returns page records."""
    import pillow_heif
    pillow_heif.register_heif_opener()
    used = set()
    records = []
    sub = rng.choice(["", "", "", "积分材料/", "新建文件夹/"])
    os.makedirs(os.path.join(root, sub) if sub else root, exist_ok=True)

    def rec(fname, pageno, types, capture, rotation=0, exif=None):
        r = {"file": fname, "page": pageno, "type": types[0], "capture": capture, "rotation": rotation}
        if len(types) > 1:
            r["also_holds"] = types[1:]
        if exif:
            r["exif_orientation"] = exif
        records.append(r)
        return (fname, pageno)

    # resolve one capture kind per unit; multi-page kinds keep the group of consecutive units of one document
    resolved = []
    for page, types, choices, card, did in units:
        resolved.append([page, types, rng.choice(choices), card, did])
    # the scanner-app bundle: flatbed units of different documents into one image PDF, with a blank back page
    bundle = [u for u in resolved if u[2] in ("image_pdf",) and len({x[4] for x in resolved if x[2] == "image_pdf"}) > 1]
    if blank and not bundle:
        cands = [u for u in resolved if u[2] in FLAT]
        for u in cands[:2]:
            u[2] = "image_pdf"
        bundle = [u for u in resolved if u[2] == "image_pdf"]
    refs = {}
    i = 0
    done_bundle = False
    while i < len(resolved):
        page, types, kind, card, did = resolved[i]
        if kind == "image_pdf" and bundle and not done_bundle:
            fname = _filename(rng, "pdf", used, as_of, sub)
            imgs, pg = [], 0
            for j, u in enumerate(bundle):
                im = render_capture(u[0], "image_pdf", rng, u[3])
                imgs.append(im)
                pg += 1
                refs.setdefault(u[4], []).append(rec(fname, pg, u[1], "image_pdf"))
                if blank and j == 0:
                    imgs.append(_blank_page(rng))
                    pg += 1
                    rec(fname, pg, ["unknown"], "image_pdf")
            imgs[0].save(os.path.join(root, fname), "PDF", save_all=True, append_images=imgs[1:], resolution=200)
            done_bundle = True
            i += 1
            continue
        if kind == "image_pdf" and bundle:
            i += 1
            continue
        group = [resolved[i]]
        if kind in ("text_pdf", "image_pdf", "bilevel_tiff"):
            while i + len(group) < len(resolved) and resolved[i + len(group)][4] == did and \
                    resolved[i + len(group)][2] == kind:
                group.append(resolved[i + len(group)])
        i += len(group)
        if kind == "text_pdf":
            fname = _filename(rng, "pdf", used, as_of, sub)
            G_shuffle = random.Random(rng.random()) if rng.random() < 0.4 else None
            write_pdf([u[0] for u in group], os.path.join(root, fname), shuffle_rng=G_shuffle)
            for k, u in enumerate(group):
                refs.setdefault(u[4], []).append(rec(fname, k + 1, u[1], "text_pdf"))
        elif kind == "image_pdf":
            fname = _filename(rng, "pdf", used, as_of, sub)
            imgs = [render_capture(u[0], "image_pdf", rng, u[3]) for u in group]
            imgs[0].save(os.path.join(root, fname), "PDF", save_all=True, append_images=imgs[1:], resolution=200)
            for k, u in enumerate(group):
                refs.setdefault(u[4], []).append(rec(fname, k + 1, u[1], "image_pdf"))
        elif kind == "bilevel_tiff":
            fname = _filename(rng, "tif", used, as_of, sub)
            imgs = [render_capture(u[0], "bilevel_tiff", rng, u[3]) for u in group]
            imgs[0].save(os.path.join(root, fname), save_all=True, append_images=imgs[1:], compression="group4",
                         dpi=(200, 200))
            for k, u in enumerate(group):
                refs.setdefault(u[4], []).append(rec(fname, k + 1, u[1], "bilevel_tiff"))
        else:
            u = group[0]
            cap = {"photo_each": rng.choice(["photo", "chat"]), "scan_each": rng.choice(FLAT)}.get(kind, kind)
            if cap == "screenshot_chat":
                img = render_capture(u[0], "screenshot", rng)
                from .capture import jpeg_roundtrip
                img = jpeg_roundtrip(img.resize((int(img.width * 0.8), int(img.height * 0.8))), rng.randint(50, 70))
                ext = "jpg"
            else:
                img = render_capture(u[0], cap, rng, u[3])
                ext = {"screenshot": "png", "heic": "heic"}.get(cap) or rng.choice(
                    ["jpg", "jpg", "jpg", "png", "webp"] if cap in FLAT else ["jpg"])
            rotation, exif = 0, None
            if cap in ("photo", "chat", "heic", "scan", "scan_grey", "photocopy") and u[4] not in ("bilevel",):
                img, rotation, exif = _rotate_for_file(img, rng, ext)
            fname = _filename(rng, ext, used, as_of, sub)
            path = os.path.join(root, fname)
            if ext == "heic":
                img.save(path, "HEIF", quality=rng.randint(60, 85))
            elif ext == "png":
                img.save(path, "PNG", optimize=False)
            elif ext == "webp":
                img.save(path, "WEBP", quality=80)
            else:
                kw = {}
                if exif:
                    e = Image.Exif()
                    e[0x0112] = exif
                    kw["exif"] = e.tobytes()
                img.convert("RGB").save(path, "JPEG", quality=rng.randint(75, 92), **kw)
            refs.setdefault(u[4], []).append(rec(fname, 1, u[1], cap, rotation, exif))
    return records, refs


def pick_as_of(rng):
    while True:
        d = dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(40, 350))
        if d.weekday() < 5 and not (dt.date(2026, 9, 28) <= d <= dt.date(2026, 10, 10)) and \
                not (dt.date(2026, 2, 12) <= d <= dt.date(2026, 2, 26)):
            return d


def _ok(category, defects, intended, rules):
    rs = set(rules)
    if category == "ready":
        return not rs
    if not set(intended) <= rs:
        return False
    extra = rs - set(intended)
    allowed = set().union(*[ALLOWED_EXTRA.get(d, set()) for d in defects])
    if category == "review":
        return not (rs & ERRORS) and not extra
    return extra <= allowed


def plan(seed, index):
    order = list(range(len(SCENARIOS)))
    random.Random(f"outsider-e-order/{seed}").shuffle(order)
    category, defects, intended = SCENARIOS[order[index % len(SCENARIOS)]]
    rng = random.Random(f"outsider-e/{seed}/{index}")
    for attempt in range(200):
        as_of = pick_as_of(rng)
        application = "renewal" if ("missing_contract" in defects or rng.random() < 0.25) and \
            not {"missing_member", "hukou_one_char", "hukou_one_char_collective"} & set(defects) else "first"
        docs, ex = draw(rng, defects, as_of, application)
        if "missing_tax" in defects and application == "renewal":
            pass
        rules, points = judge(docs, as_of, application, blank_pages=1 if "blank_page" in defects else 0)
        if _ok(category, defects, intended, rules):
            return category, defects, as_of, application, docs, ex, rules, points, rng
    raise RuntimeError(f"no draw for {defects}")


def build_packet(seed, index, out):
    category, defects, as_of, application, docs, ex, rules, points, rng = plan(seed, index)
    pid = f"e{index:03d}"
    root = os.path.join(out, pid)
    if os.path.isdir(root):
        import shutil
        shutil.rmtree(root)
    os.makedirs(root)
    ex["agent_ids"] = {}
    for doc in docs:
        for r in doc["rows"]:
            if "withholding_agent" in r:
                ex["agent_ids"].setdefault(r["withholding_agent"], None)
    for a in ex["agent_ids"]:
        ex["agent_ids"][a] = __import__("samples.outsider_e.people", fromlist=["uscc"]).uscc(rng)
    t_off = rng.choice(["浦东新区", "闵行区", "徐汇区", "杨浦区", "嘉定区", "松江区"])
    ex["tax_office"] = f"国家税务总局上海市{t_off}税务局"
    ex["record_no"] = f"{rng.randint(10**15, 10**16 - 1)}"
    ex["verify"] = ex.get("verify") or "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    by_type = {d["type"]: d for d in docs}
    units = []
    for k, doc in enumerate(docs):
        for page, types, choices, card in units_for(rng, doc, ex, by_type):
            owner = next(i for i, d in enumerate(docs) if d["type"] == types[0])
            units.append((page, types, choices, card, owner))
    # unrelated pages people add
    if rng.random() < 0.3:
        kind = rng.choice(["receipt", "rental", "bank"])
        units.append((G.unknown_page(rng, kind, ex), ["unknown"],
                      ["photo", "chat"] if kind == "receipt" else ["scan", "screenshot"] if kind == "bank" else FLAT,
                      False, -1))
    rng.shuffle(units) if rng.random() < 0.3 else None
    # keep the pages of one document together after a shuffle
    order_docs = []
    for u in units:
        if u[4] not in order_docs:
            order_docs.append(u[4])
    units = [u for d in order_docs for u in units if u[4] == d]
    records, refs = write_files(rng, root, units, as_of, blank="blank_page" in defects)
    # pages that hold several documents are referenced from each
    for r in records:
        for t in r.get("also_holds", []):
            k = next(i for i, d in enumerate(docs) if d["type"] == t)
            refs.setdefault(k, []).append((r["file"], r["page"]))
    out_docs = []
    for k, doc in enumerate(docs):
        pages = [{"file": f, "page": p} for f, p in dict.fromkeys(refs.get(k, []))]
        if not pages:
            raise RuntimeError(f"document without pages: {doc['type']}")
        fields = {key: v for key, v in doc["fields"].items() if v is not None}
        out_docs.append({"type": doc["type"], "layout": doc["layout"], "pages": pages, "fields": fields,
                         "rows": doc["rows"]})
    truth = {"packet": pid, "as_of": as_of.isoformat(), "application": application, "defects": list(defects) if
             defects != ["clean"] else [], "expected_rules": rules, "verdict": verdict(rules), "points": points,
             "pages": records, "documents": out_docs}
    with open(os.path.join(out, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth
