"""One packet: people and documents (truth), defects, pages drawn, files captured, truth written."""
import datetime as dt
import json
import zlib
import os
import random
from dateutil.relativedelta import relativedelta
from PIL import Image, ImageFilter, ImageEnhance

from . import docs as R, pdfs, capture as C
from .draw import Style, watermark
from .people import (make_person, make_id, EMPLOYERS, AGENCIES, SCHOOLS, MAJORS, SURN, GIV_M, GIV_F,
                     alt_name, alt_address, check_digit)
from .truth import evaluate, tax_window

DEFECTS = ["missing_tax", "missing_hukou_cover", "missing_contract", "id_invalid_all", "id_typo_one_doc",
           "name_mismatch", "name_mismatch", "hukou_mismatch", "hukou_mismatch", "permit_expired", "id_card_expired",
           "age_under_18", "term_too_short", "contract_ends_soon", "contract_ended", "tax_missing_month", "tax_missing_month",
           "tax_latest_not_printed", "employer_mismatch_tax", "employer_mismatch_si", "si_insufficient", "si_not_paying",
           "si_back_payment", "permit_too_recent", "unreadable_page", "points_below", "hukou_covered", "id_front_only",
           "hukou_mismatch+tax_missing_month", "name_mismatch+contract_ends_soon", "permit_expired+missing_contract"]


def plan(count, seed):
    rng = random.Random(seed)
    kinds = list(DEFECTS)
    while len(kinds) < count:
        kinds.append("clean")
    kinds = kinds[:count]
    rng.shuffle(kinds)
    return [(f"j{i:03d}", k, seed * 1000 + i) for i, k in enumerate(kinds)]


def iso(d):
    return d.isoformat()


class Namer:
    def __init__(self, rng, as_of):
        self.rng, self.used, self.as_of = rng, set(), as_of
        self.n = rng.randint(1200, 8800)

    def __call__(self, kind, ext, hint=""):
        r = self.rng
        for _ in range(50):
            self.n += r.randint(1, 7)
            t = dt.datetime.combine(self.as_of - dt.timedelta(days=r.randint(0, 80)), dt.time(r.randint(8, 22), r.randint(0, 59), r.randint(0, 59)))
            if kind in ("photo", "heic"):
                nm = r.choice([f"IMG_{self.n}", f"IMG_{t:%Y%m%d}_{t:%H%M%S}", f"{hint}{r.randint(1, 3)}" if hint else f"IMG_{self.n}", f"mmexport{r.randint(10**12, 10**13)}"])
            elif kind == "chat":
                nm = r.choice([f"微信图片_{t:%Y%m%d%H%M%S}", f"微信图片_{t:%Y%m%d%H%M%S}_{r.randint(1, 9)}"])
            elif kind == "screenshot":
                nm = r.choice([f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}", f"IMG_{self.n}", f"Screenshot_{t:%Y%m%d_%H%M%S}"])
            elif kind == "text_pdf":
                nm = r.choice([hint or "个人所得税纳税记录", f"{hint}{t:%Y%m%d}", f"download_{t:%Y%m%d%H%M}", f"{r.randint(10**9, 10**10)}"])
            elif kind in ("scanned_pdf", "tiff_bilevel"):
                nm = r.choice([f"扫描全能王 {t:%Y-%m-%d %H.%M}", f"CamScanner {t:%m-%d-%Y %H.%M}", f"scan{self.n:04d}", f"{hint}扫描件", f"新建文件{self.n}"])
            else:
                nm = r.choice([f"scan{self.n:04d}", f"{hint}", f"{hint}复印件", f"document{self.n}", f"{hint}{self.n % 100}"]) or f"scan{self.n}"
            fn = nm + "." + ext
            if fn not in self.used and nm:
                self.used.add(fn)
                return fn
        raise RuntimeError("names")


def money(rng, lo, hi):
    return f"{rng.uniform(lo, hi):.2f}"


def build(out, pid, kind, seed):
    rng = random.Random(seed)
    defects = [] if kind == "clean" else kind.split("+")
    dset = set(defects)
    as_of = dt.date(2026, 11, 2) + dt.timedelta(days=rng.randint(0, 46))
    while as_of.weekday() > 4:
        as_of += dt.timedelta(days=1)
    application = "renewal" if (rng.random() < 0.25 and "missing_hukou_cover" not in dset and "hukou_mismatch" not in dset and "hukou_covered" not in dset) else "first"
    st = Style(rng)
    age = rng.randint(24, 42) if kind == "clean" else rng.randint(23, 52)
    if "age_under_18" in dset:
        age = 17
    p = make_person(rng, as_of, age)
    if "id_invalid_all" in dset:
        bad = p.id_number[:17] + ("0" if p.id_number[17] != "0" else "1")
        p.id_number = bad
    docs = []   # truth documents: {type, layout, fields, rows, _pages:[(file,page)]}

    def doc(t, layout, fields, rows=None, **kw):
        x = {"type": t, "layout": layout, "fields": fields, "rows": rows or [], "_pages": []}
        x.update(kw)
        docs.append(x)
        return x

    # ---------------- ID card
    vf = dt.date(rng.randint(max(p.birth.year + 16, 2012), 2025), rng.randint(1, 12), rng.randint(1, 28))
    a_at = vf.year - p.birth.year
    years = 5 if a_at < 16 else 10 if a_at < 26 else 20 if a_at < 46 else None
    if age == 17:
        vf = as_of - relativedelta(years=1, months=rng.randint(1, 10)); years = 5
    vu = "long_term" if years is None else iso(vf + relativedelta(years=years))
    if years and dt.date.fromisoformat(vu) < as_of + dt.timedelta(days=30):
        vf = vf + relativedelta(years=years // 2 or 1) if False else dt.date(2024, rng.randint(1, 12), rng.randint(1, 28))
        vu = iso(vf + relativedelta(years=years))
    if "id_card_expired" in dset:
        years = 10 if age < 36 else 20
        vu_d = as_of - dt.timedelta(days=rng.randint(10, 200))
        vf = vu_d - relativedelta(years=years)
        vu = iso(vu_d)
    id_addr = p.hukou_address
    if rng.random() < 0.25 and kind == "clean":
        id_addr = p.hukou_address[:-3] + "号" if False else p.region[1] + p.region[2] + p.region[3] + rng.choice(["人民路", "解放路", "新华街"]) + f"{rng.randint(2, 150)}号"
    idf = {"name": p.name, "sex": p.sex, "ethnicity": p.ethnicity, "birth_date": iso(p.birth), "address": id_addr,
           "id_number": p.id_number, "issuing_authority": p.authority, "valid_from": iso(vf), "valid_until": vu}
    idoc = doc("id_card", "", idf)

    # ---------------- residence permit
    if "permit_expired" in dset:
        rvu = as_of - dt.timedelta(days=rng.randint(5, 120))
        rissue = rvu - relativedelta(years=1) + dt.timedelta(days=1)
    elif "permit_too_recent" in dset:
        rissue = as_of - dt.timedelta(days=rng.choice([1, 2, 3, 4]))
        while sum(1 for k in range(1, (as_of - rissue).days + 1) if (rissue + dt.timedelta(days=k)).weekday() < 5) >= 5:
            rissue += dt.timedelta(days=1)
        rvu = rissue + relativedelta(years=1) - dt.timedelta(days=1)
    else:
        if rng.random() < 0.6:
            rissue = as_of - dt.timedelta(days=rng.randint(40, 330))
            rvu = rissue + relativedelta(years=1) - dt.timedelta(days=1)
        else:
            rissue = as_of - dt.timedelta(days=rng.randint(40, 900))
            rvu = rissue + relativedelta(years=3) - dt.timedelta(days=1)
    collective = rng.random() < 0.15 and application == "first" and "missing_hukou_cover" not in dset
    if collective:
        school = rng.choice(SCHOOLS)
        p.hukou_address = f"{p.region[1]}{p.region[2]}{p.region[3]}{rng.choice(['学府路', '文昌路', '大学路'])}{rng.randint(1, 300)}号（{school}集体户）"
    rp_hukou = p.hukou_address
    if "hukou_mismatch" in dset:
        rp_hukou = alt_address(rng, p.hukou_address)
    rpf = {"name": p.name, "id_number": p.id_number, "hukou_address": rp_hukou, "residence_address": p.sh_address,
           "issue_date": iso(rissue), "valid_from": iso(rissue), "valid_until": iso(rvu)}
    rpdoc = doc("residence_permit", "", rpf)
    office = "上海市公安局" + rng.choice(["浦东分局", "闵行分局", "徐汇分局", "普陀分局"])

    # ---------------- household register
    hk_cover = hk_mem = coll = None
    father = rng.choice(SURN[:1]) and p.surname + rng.choice(GIV_M)
    head_is_self = rng.random() < 0.5 or age == 17 and False
    if age == 17:
        head_is_self = False
    married = age >= 26 and rng.random() < 0.45
    if application == "first" or rng.random() < 0.3:
        if collective:
            coll = doc("collective_hukou_certificate", "letter", {"name": p.name, "id_number": p.id_number, "address": p.hukou_address,
                                                                   "issue_date": iso(as_of - dt.timedelta(days=rng.randint(5, 60)))})
        else:
            if "missing_hukou_cover" not in dset:
                hk_cover = doc("household_register_cover", "", {"household_type": rng.choice(["家庭户", "家庭户", "非农业家庭户"]),
                               "head_name": p.name if head_is_self else father, "household_number": f"{rng.randint(10**8, 10**9 - 1)}",
                               "address": p.hukou_address, "issue_date": iso(dt.date(rng.randint(2005, 2022), rng.randint(1, 12), rng.randint(1, 28)))})
            edu = rng.choice(["大学本科", "大学本科", "大学专科", "研究生"])
            mf = {"name": p.name, "relation_to_head": "户主" if head_is_self else ("子" if p.sex == "男" else "女"), "sex": p.sex,
                  "birthplace": p.birthplace, "ethnicity": p.ethnicity, "native_place": p.birthplace, "birth_date": iso(p.birth),
                  "id_number": p.id_number, "education": edu if age > 17 else "高中", "marital_status": "已婚" if married else "未婚",
                  "registration_date": iso(dt.date(rng.randint(max(2000, p.birth.year + 1), 2024), rng.randint(1, 12), rng.randint(1, 28)))}
            if rng.random() < 0.5 and age > 17:
                mf["employer"] = rng.choice(EMPLOYERS)
            hk_mem = doc("household_register_member", "", mf)

    # ---------------- labour contract
    employer = rng.choice(EMPLOYERS)
    old_employer = rng.choice([e for e in EMPLOYERS if e != employer])
    job_change = rng.random() < 0.25 and not dset & {"term_too_short"}
    if job_change:
        start = dt.date(2026, rng.randint(8, 9), 1) if as_of.month == 11 else dt.date(2026, 9, 1)
    else:
        start = dt.date(rng.randint(2019, 2025), rng.randint(1, 12), 1) + dt.timedelta(days=rng.choice([0, 0, 14, 20]))
    open_ended = rng.random() < 0.2 and not dset & {"term_too_short", "contract_ends_soon", "contract_ended"}
    term_years = rng.choice([3, 3, 5, 2])
    end = start + relativedelta(years=term_years) - dt.timedelta(days=1)
    while not open_ended and end < as_of + relativedelta(months=4):
        start = start + relativedelta(years=term_years)
        end = start + relativedelta(years=term_years) - dt.timedelta(days=1)
    renewal_of = None
    if "term_too_short" in dset:
        start = dt.date(2026, 3, 1) if as_of.month == 11 else dt.date(2026, 4, 1)
        end = start + relativedelta(months=11) - dt.timedelta(days=1)
        if end < as_of + relativedelta(months=2):
            end = as_of + relativedelta(months=3)
        term_years = None
    if "contract_ends_soon" in dset:
        end = as_of + dt.timedelta(days=rng.randint(5, 50))
        start = end + dt.timedelta(days=1) - relativedelta(years=3)
    if "contract_ended" in dset:
        end = as_of - dt.timedelta(days=rng.randint(10, 60))
        start = end + dt.timedelta(days=1) - relativedelta(years=2)
    lcf = {"employer": employer, "employee_name": p.name, "employee_id_number": p.id_number, "start_date": iso(start),
           "end_date": None if open_ended else iso(end), "open_ended": open_ended, "signing_date": iso(start - dt.timedelta(days=rng.randint(0, 12)))}
    if open_ended:
        del lcf["end_date"]
    lc_layout = rng.choice(["shanghai_model", "company_form", "company_form", "shanghai_model"])
    if not open_ended and not job_change and not dset and rng.random() < 0.5:
        lc_layout = "renewal"
        renewal_of = {"start_date": iso(start - relativedelta(years=2)), "end_date": iso(start - dt.timedelta(days=1))}
        lcf["signing_date"] = iso(start - dt.timedelta(days=rng.randint(10, 30)))
    if "name_mismatch" in dset:
        lcf["employee_name"] = alt_name(rng, p.name)
    lcdoc = None if "missing_contract" in dset else doc("labour_contract", lc_layout, lcf)

    # ---------------- tax record
    win = tax_window(as_of)
    last_m = dt.date.fromisoformat(win[-1] + "-01")
    months = [f"{last_m - relativedelta(months=k):%Y-%m}" for k in range(rng.randint(7, 14) - 1, -1, -1)]
    if "tax_missing_month" in dset:
        months.remove(rng.choice(win[1:-1]))
    if "tax_latest_not_printed" in dset:
        months = months[:-1]
    agency = rng.choice(AGENCIES)
    tid = {employer: "91310" + f"{rng.randint(100, 120)}" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(9)) + rng.choice("0123456789X")}
    trows = []
    tax_layout = rng.choice(["national", "national", "income_detail", "old_form"])
    if "id_typo_one_doc" in dset and tax_layout == "income_detail":
        tax_layout = "national"
    for m in months:
        ag = employer
        if job_change and m < f"{start:%Y-%m}":
            ag = old_employer
        if "employer_mismatch_tax" in dset:
            ag = agency
        r = {"period": m, "withholding_agent": ag, "amount": money(rng, 80, 3200), "_income": rng.uniform(9000, 40000),
             "_tid": "91310" + f"{zlib.crc32(ag.encode()) % 900 + 100}" + "MA1" + "".join(random.Random(ag).choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5)) + "X"}
        trows.append(r)
        if tax_layout == "national" and m.endswith("-01") and rng.random() < 0.6:
            trows.append(dict(r, amount=money(rng, 300, 5000), _kind="全年一次性奖金收入"))
    tax_issue = as_of - dt.timedelta(days=rng.randint(0, 6))
    first_ok = dt.date.fromisoformat(win[-1] + "-01") + relativedelta(months=1, day=16)
    if tax_issue < first_ok:
        tax_issue = first_ok if first_ok <= as_of else as_of
    if "tax_latest_not_printed" in dset:
        tax_issue = min(as_of, dt.date.fromisoformat(win[-1] + "-01") + relativedelta(months=1, day=rng.randint(3, 12)))
    txf = {"name": p.name, "id_number": p.id_number, "issue_date": iso(tax_issue)}
    if "id_typo_one_doc" in dset:
        n = list(p.id_number)
        i = rng.randint(6, 16)
        n[i] = str((int(n[i]) + 3) % 10)
        txf["id_number"] = "".join(n)
    if "name_mismatch" in dset and "missing_contract" in dset:
        txf["name"] = alt_name(rng, p.name)
    txdoc = None
    if "missing_tax" not in dset:
        tf = dict(txf)
        if tax_layout == "income_detail":
            tf.pop("id_number"); tf.pop("issue_date")
        truth_rows = [{"period": r["period"], "withholding_agent": r["withholding_agent"], "amount": r["amount"]} for r in trows]
        txdoc = doc("tax_record", tax_layout, tf, truth_rows, _raw=trows, _draw=txf)

    # ---------------- social insurance (optional)
    si_doc = None
    want_si = bool(dset & {"employer_mismatch_si", "si_insufficient", "si_not_paying", "si_back_payment"}) or rng.random() < 0.35
    if want_si:
        a0 = dt.date(as_of.year, as_of.month, 1)
        n = rng.choice([14, 30]) if ("si_back_payment" in dset or rng.random() < 0.5) else rng.choice([24, 36])
        srows = []
        base = f"{rng.choice([7384, 8500, 10000, 12500, 15600, 21000, 36549])}.00"
        for k in range(n, 0, -1):
            m = a0 - relativedelta(months=k)
            ms = f"{m:%Y-%m}"
            e = employer if not (job_change and m < start.replace(day=1)) else old_employer
            srows.append({"month": ms, "employer": e, "base": base, "back_payment": False})
        if "employer_mismatch_si" in dset:
            for r in srows[-rng.randint(6, 12):]:
                r["employer"] = agency
        if "si_insufficient" in dset:
            srows = srows[-rng.randint(3, 5):]
        if "si_not_paying" in dset:
            srows = srows[:-rng.randint(2, 4)]
        if "si_back_payment" in dset:
            for r in srows[-2:]:
                r["back_payment"] = True
        elif rng.random() < 0.4 and kind == "clean" and len(srows) in (14, 30):
            # an old back payment that does not change anything
            srows[2]["back_payment"] = True
        si_doc = doc("social_insurance_record", rng.choice(["print_pdf", "print_pdf", "app"]), {"name": p.name, "id_number": p.id_number},
                     [dict(r) for r in srows], _printed=iso(as_of - dt.timedelta(days=rng.randint(0, 5))))
        if si_doc["layout"] == "app":
            pass

    # ---------------- education
    edu_choice = rng.choice(["bachelor_deg", "bachelor_deg", "bachelor_deg", "master"]) if kind == "clean" else rng.choice(["bachelor_deg", "bachelor_deg", "bachelor", "college", "master", "none"])
    if "points_below" in dset:
        edu_choice = rng.choice(["bachelor", "college"])
    if age < 22:
        edu_choice = "none"
    school = rng.choice(SCHOOLS)
    major, field = rng.choice(MAJORS)
    dips = []
    if edu_choice != "none":
        lvl = {"bachelor_deg": "本科", "bachelor": "本科", "college": "专科", "master": "硕士"}[edu_choice]
        yrs = {"本科": 4, "专科": 3, "硕士": 3}[lvl]
        g_year = p.birth.year + (22 if lvl == "本科" else 21 if lvl == "专科" else 25) + rng.choice([0, 0, 1])
        g = dt.date(g_year, rng.choice([6, 6, 7]), rng.choice([30, 30, 20, 25, 1]) if True else 30)
        if g > as_of - relativedelta(years=1):
            g = dt.date(as_of.year - 2, 6, 30)
        enter = dt.date(g.year - yrs, 9, 1)
        no = f"{rng.randint(10000, 19999)}{g.year}{rng.randint(10**7, 10**8 - 1)}"
        ddf = {"name": p.name, "school": school, "major": major, "level": lvl, "graduation_date": iso(g)}
        extra = {"_birth": iso(p.birth), "_enter": iso(enter), "_sex": p.sex, "_no": no}
        dips.append(doc("diploma", rng.choice(["paper", "paper", "chsi"]), ddf, _x=extra))
        if edu_choice in ("bachelor_deg", "master"):
            dl = "学士" if lvl == "本科" else "硕士"
            dips.append(doc("degree_certificate", "paper", {"name": p.name, "school": school, "major": major, "level": dl, "graduation_date": iso(g)},
                            _x=dict(extra, _field=field, _no=f"{rng.randint(10**15, 10**16 - 1)}")))
        if edu_choice == "master":
            # also the bachelor degree papers are not needed; master diploma + master degree
            pass

    if hk_mem and age > 17:
        hk_mem["fields"]["education"] = {"bachelor_deg": "大学本科", "bachelor": "大学本科", "college": "大学专科", "master": "研究生", "none": "高中"}[edu_choice]
        if "employer" in hk_mem["fields"]:
            hk_mem["fields"]["employer"] = rng.choice([employer, old_employer])
    # ---------------- marriage
    mc = None
    if married and rng.random() < 0.7:
        sp_sex = "女" if p.sex == "男" else "男"
        sp = make_person(rng, as_of, max(22, age + rng.randint(-3, 3)), sp_sex)
        rd = dt.date(rng.randint(max(p.birth.year + 22, 2008), 2025), rng.randint(1, 12), rng.randint(1, 28))
        p1 = {"name": p.name, "sex": p.sex, "birth": f"{p.birth:%Y年%m月%d日}", "id": p.id_number}
        p2 = {"name": sp.name, "sex": sp.sex, "birth": f"{sp.birth:%Y年%m月%d日}", "id": sp.id_number}
        mc = doc("marriage_certificate", "open_booklet", {"holder_name": p.name, "spouse_name": sp.name, "spouse_id_number": sp.id_number,
                                                          "registration_date": iso(rd)},
                 _x={"_p1": p1 if p.sex == "男" else p2, "_p2": p2 if p.sex == "男" else p1,
                     "_no": f"J{p.region[0]}-{rd.year}-{rng.randint(1, 9999):06d}", "_office": p.region[2] + p.region[3] + "民政局"})

    # ================= draw and capture
    pdir = os.path.join(out, pid)
    os.makedirs(pdir, exist_ok=True)
    namer = Namer(rng, as_of)
    pages_truth = []
    extra_warn = set()

    def put(pages_imgs, types_docs, cap, hint="", rotation_ok=True, card=False):
        """write one file holding pages; types_docs: per page a list of docs (or 'unknown')."""
        ext = {"text_pdf": "pdf", "scanned_pdf": "pdf", "tiff_bilevel": "tif", "screenshot": rng.choice(["png", "jpg"]), "heic": "heic"}.get(cap, "jpg")
        if cap in ("scan", "photocopy", "low_res") and rng.random() < 0.2:
            ext = rng.choice(["png", "tif", "jpg"])
        fn = namer(cap, ext, hint)
        path = os.path.join(pdir, fn)
        rot = 0
        exif = None
        outs = []
        for im in pages_imgs:
            if cap == "scan":
                o = C.scan(im, rng, grey=rng.random() < 0.3)
            elif cap == "photocopy":
                o = C.photocopy(im, rng)
            elif cap == "low_res":
                o = C.lowres(C.scan(im, rng), rng)
            elif cap in ("photo", "heic"):
                o = C.photo(im, rng, card=card, mp=rng.choice([8, 12]) if cap == "heic" else None)
            elif cap == "chat":
                o = C.chat(C.photo(im, rng, card=card, mp=8), rng)
            else:
                o = im
            outs.append(o)
        if cap in ("photo", "scan", "photocopy") and rotation_ok and len(outs) == 1 and rng.random() < 0.3:
            if cap == "photo" and ext == "jpg" and rng.random() < 0.6:
                exif = rng.choice([3, 6, 8])
            else:
                rot = rng.choice([90, 180, 270])
                outs = [C.turn(outs[0], rot)]
        if cap == "tiff_bilevel":
            C.save_tiff_bilevel(outs, path, rng)
        elif cap == "scanned_pdf":
            C.save_scanned_pdf([C.scan(o, rng) for o in outs], path, rng)
        elif cap == "heic":
            C.save_heic(outs[0], path, rng)
        elif ext == "jpg":
            q = rng.randint(45, 65) if cap == "chat" else None
            C.save_jpeg(outs[0].convert("RGB"), path, rng, q, exif)
        elif ext == "tif":
            outs[0].save(path, compression="tiff_lzw", dpi=(200, 200))
        else:
            outs[0].save(path, dpi=(200, 200)) if ext == "png" else outs[0].save(path)
        for i, td in enumerate(types_docs):
            for dd in (td if isinstance(td, list) else [td]):
                t = dd if isinstance(dd, str) else dd["type"]
                e = {"file": fn, "page": i + 1, "type": t, "capture": cap, "rotation": rot}
                if exif:
                    e["exif_orientation"] = exif
                pages_truth.append(e)
                if not isinstance(dd, str):
                    dd["_pages"].append({"file": fn, "page": i + 1})
        return fn

    def pick(*opts):
        return rng.choice(opts)

    # ID card
    front = R.id_front(rng, st, idf)
    back = R.id_back(rng, st, idf)
    permit_form = pick("info", "info", "app", "card_info")
    combined_idpermit = permit_form == "card_info" and rng.random() < 0.5
    rpf_draw = dict(rpf, _office=office, _printed=iso(as_of - dt.timedelta(days=rng.randint(0, 20))))
    if "id_front_only" in dset:
        idoc["layout"] = "front_only"
        for k in ("issuing_authority", "valid_from", "valid_until"):
            idf.pop(k)
        put([front], [[idoc]], pick("photo", "scan"), "身份证", card=True)
    elif combined_idpermit:
        idoc["layout"] = "a4_copy_with_permit"
        sheet = C.a4_sheet([front, back, R.permit_card_front(rng, st, rpf_draw)], rng, pick("stack", "side"))
        if rng.random() < 0.5:
            sheet = watermark(sheet, R.WM, rng)
        put([sheet], [[idoc, rpdoc]], pick("scan", "photocopy", "scanned_pdf"), "身份证居住证")
    else:
        f = pick("a4_copy", "two_photos", "a4_copy", "chat_two")
        idoc["layout"] = f
        if f == "a4_copy":
            sheet = C.a4_sheet([front, back], rng, pick("stack", "side"))
            if rng.random() < 0.4:
                sheet = watermark(sheet, R.WM, rng)
            put([sheet], [[idoc]], pick("scan", "photocopy", "photo", "low_res"), "身份证")
        elif f == "two_photos":
            put([front], [[idoc]], pick("photo", "heic"), "身份证正面", card=True)
            put([back], [[idoc]], "photo", "身份证反面", card=True)
        else:
            put([front], [[idoc]], "chat", card=True)
            put([back], [[idoc]], "chat", card=True)
    # residence permit
    boxes = {}
    info_img = R.permit_info(rng, st, rpf_draw, watermarked=rng.random() < 0.3 and "hukou_covered" not in dset, boxes=boxes)
    if "hukou_covered" in dset:
        permit_form = "info"
        rpdoc["fields"].pop("hukou_address")
        # a sticky note stuck over the hukou address value
        from PIL import ImageDraw
        W_, H_ = info_img.size
        arr = info_img.convert("L")
        dr = ImageDraw.Draw(info_img)
        # locate the address row by drawing again: cover the whole value area of rows 3 (approximate: 30–44% height)
        bx = boxes["hukou"]
        dr.rectangle([bx[0] - 10, bx[1] - 25, bx[2] + 10, bx[3] + 25], fill=(250, 225, 90))
        from .draw import text as _t
        _t(dr, (bx[0] + 40, (bx[1] + bx[3]) / 2 - 30), "已核对 原件已还", "kai", 60, (60, 60, 160))
    if permit_form == "info" or (permit_form == "card_info"):
        rpdoc["layout"] = "info_page" if permit_form == "info" else "card+info_page"
        if permit_form == "card_info" and not combined_idpermit:
            put([R.permit_card_front(rng, st, rpf_draw)], [[rpdoc]], pick("photo", "chat"), "居住证", card=True)
            if rng.random() < 0.5:
                put([R.permit_card_back(rng, st, rpf_draw)], [[rpdoc]], "photo", "居住证背面", card=True)
        put([info_img], [[rpdoc]], pick("scan", "photo", "chat", "photocopy"), "居住证信息")
    else:
        rpdoc["layout"] = "app_screenshot"
        put([R.permit_app(rng, st, rpf_draw)], [[rpdoc]], "screenshot")
    if "hukou_covered" in dset:
        # verify the note hides the value: redraw check is visual; the field is left out of the truth
        pass
    # household register
    police = p.region[2] + "公安局" + p.region[3] + "派出所" if p.region[2] else "公安局派出所"
    if hk_cover or hk_mem:
        hf = rng.random() < 0.4
        cimg = R.hk_cover(rng, st, dict(hk_cover["fields"], _police=police), hf) if hk_cover else None
        mimg = R.hk_member(rng, st, dict(hk_mem["fields"], _police=police), hf) if hk_mem else None
        if hk_cover:
            hk_cover["layout"] = "handwritten" if hf else "printed"
        if hk_mem:
            hk_mem["layout"] = "handwritten" if hf else "printed"
        form = pick("separate", "open_booklet", "a4_both", "tiff") if (cimg and mimg) else "separate"
        if form == "open_booklet":
            bk = Image.new("RGB", (cimg.width * 2 + 30, cimg.height), (110, 50, 40))
            bk.paste(cimg, (0, 0)); bk.paste(mimg, (cimg.width + 30, 0))
            put([bk], [[hk_cover, hk_mem]], "photo", "户口本")
        elif form == "a4_both":
            sh = Image.new("RGB", (1654, 2339), (255, 255, 255))
            c2 = cimg.resize((1100, int(cimg.height * 1100 / cimg.width)))
            m2 = mimg.resize((1100, int(mimg.height * 1100 / mimg.width)))
            if c2.height + m2.height > 2250:
                c2 = cimg.resize((780, int(cimg.height * 780 / cimg.width))); m2 = mimg.resize((780, int(mimg.height * 780 / mimg.width)))
                sh.paste(c2, (30, 300)); sh.paste(m2, (844, 300))
            else:
                sh.paste(c2, (277, 30)); sh.paste(m2, (277, 60 + c2.height))
            put([sh], [[hk_cover, hk_mem]], pick("scan", "photocopy"), "户口本")
        elif form == "tiff":
            put([cimg, mimg], [[hk_cover], [hk_mem]], "tiff_bilevel", "户口本")
        else:
            if cimg:
                put([cimg], [[hk_cover]], pick("photo", "scan", "photocopy", "chat"), "户口本首页")
            if mimg:
                put([mimg], [[hk_mem]], pick("photo", "scan", "photocopy", "chat"), "户口本本人页")
    if coll:
        put([R.collective_cert(rng, st, dict(coll["fields"], _office=police))], [[coll]], pick("scan", "photo"), "户籍证明")
    # contract
    if lcdoc:
        fd = dict(lcf, _rep=rng.choice(SURN) + rng.choice(GIV_M), _addr=p.hukou_address, _eaddr=p.sh_address.split("弄")[0] + "号",
                  _termmode=pick("range", "range", "years") if term_years in (1, 2, 3, 5) and lc_layout == "shanghai_model" else "range",
                  _years=term_years)
        if lc_layout == "shanghai_model":
            pgs = R.contract_model(rng, st, fd)
        elif lc_layout == "renewal":
            old = dict(fd, start_date=renewal_of["start_date"], end_date=renewal_of["end_date"], signing_date=iso(dt.date.fromisoformat(renewal_of["start_date"]) - dt.timedelta(days=5)))
            pgs = R.contract_company(rng, st, old) + R.contract_renewal(rng, st, fd, renewal_of)
        else:
            pgs = R.contract_company(rng, st, fd)
        form = pick("photos", "scanned_pdf", "scans", "scanned_pdf")
        if form == "scanned_pdf":
            put(pgs, [[lcdoc]] * len(pgs), "scanned_pdf", "劳动合同")
        else:
            for pg in pgs:
                put([pg], [[lcdoc]], "photo" if form == "photos" else pick("scan", "scan", "photocopy"), "劳动合同")
    # tax
    if txdoc:
        raw = txdoc["_raw"]
        if tax_layout == "national":
            fn = namer("text_pdf", "pdf", pick("个人所得税纳税记录", "纳税记录", "个税"))
            n = pdfs.tax_national(os.path.join(pdir, fn), rng, txf, raw, as_of)
            for i in range(n):
                pages_truth.append({"file": fn, "page": i + 1, "type": "tax_record", "capture": "text_pdf", "rotation": 0})
                txdoc["_pages"].append({"file": fn, "page": i + 1})
        elif tax_layout == "income_detail":
            shots = R.tax_app(rng, st, txf, raw)
            for s_ in shots:
                put([s_], [[txdoc]], "screenshot")
        else:
            put([R.tax_old_form(rng, st, txf, raw)], [[txdoc]], pick("scan", "photo"), "完税证明")
    # social insurance
    if si_doc:
        sf = dict(si_doc["fields"], _printed=si_doc["_printed"])
        if si_doc["layout"] == "app":
            shots = R.si_app(rng, st, sf, si_doc["rows"])
            shown = sorted(si_doc["rows"], key=lambda r: r["month"], reverse=True)[:27]
            si_doc["rows"] = sorted(shown, key=lambda r: r["month"])
            for s_ in shots:
                put([s_], [[si_doc]], "screenshot")
        else:
            fn = namer("text_pdf", "pdf", pick("社保缴费记录", "社保", "个人权益记录"))
            n = pdfs.si_print(os.path.join(pdir, fn), rng, sf, si_doc["rows"], as_of, ranges=rng.random() < 0.4, separate_back=rng.random() < 0.5)
            for i in range(n):
                pages_truth.append({"file": fn, "page": i + 1, "type": "social_insurance_record", "capture": "text_pdf", "rotation": 0})
                si_doc["_pages"].append({"file": fn, "page": i + 1})
    # education
    for dd in dips:
        f = dict(dd["fields"], **dd["_x"])
        if dd["type"] == "diploma" and dd["layout"] == "chsi":
            fn = namer("text_pdf", "pdf", pick("学信网学历备案表", "学历证明", "教育部学历证书电子注册备案表"))
            pdfs.chsi(os.path.join(pdir, fn), rng, dict(f, _printed=iso(as_of - dt.timedelta(days=rng.randint(1, 40)))))
            pages_truth.append({"file": fn, "page": 1, "type": "diploma", "capture": "text_pdf", "rotation": 0})
            dd["_pages"].append({"file": fn, "page": 1})
        elif dd["type"] == "diploma":
            put([R.diploma(rng, st, f)], [[dd]], pick("photo", "scan", "heic", "chat"), "毕业证")
        else:
            put([R.degree(rng, st, f)], [[dd]], pick("photo", "scan", "heic", "photocopy"), "学位证")
    if mc:
        put([R.marriage(rng, st, dict(mc["fields"], **mc["_x"]))], [[mc]], pick("photo", "chat", "scan"), "结婚证")
    # unknown pages
    if rng.random() < 0.45:
        u = pick("receipt", "rental", "bank")
        im = R.receipt(rng, st) if u == "receipt" else R.rental(rng, st, p) if u == "rental" else R.bank_slip(rng, st, p)
        put([im], ["unknown"], pick("photo", "scan", "chat"), pick("租房合同", "回单", "收据"))
    if "unreadable_page" in dset:
        # an accidental shot: almost black, heavily blurred
        im = R.rental(rng, st, p) if rng.random() < 0.5 else R.receipt(rng, st)
        ph = C.photo(im, rng, mp=12).filter(ImageFilter.GaussianBlur(38))
        ph = ImageEnhance.Brightness(ph).enhance(0.08)
        fn = namer("photo", "jpg")
        ph.save(os.path.join(pdir, fn), quality=80)
        pages_truth.append({"file": fn, "page": 1, "type": "unknown", "capture": "photo", "rotation": 0})
        extra_warn.add("quality.unreadable_page")

    # ================= truth
    tdocs = [d_ for d_ in docs if d_["_pages"]]
    E, Wn, pts = evaluate(tdocs, as_of, application, extra_warn)
    verdict = "fix" if E else "review" if Wn else "ready"
    outdocs = []
    for d_ in tdocs:
        o = {"type": d_["type"], "layout": d_["layout"], "pages": d_["_pages"], "fields": d_["fields"], "rows": d_["rows"]}
        outdocs.append(o)
    truth = {"packet": pid, "as_of": iso(as_of), "application": application, "defects": defects,
             "expected_rules": E, "expected_warnings": Wn, "verdict": verdict, "points": pts,
             "pages": pages_truth, "documents": outdocs}
    with open(os.path.join(out, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return pid, kind, E, Wn, verdict
