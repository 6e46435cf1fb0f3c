"""Plan packets, draw their documents, capture them into files and write the truth."""
import argparse
import datetime as dt
import json
import os
import random
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from dateutil.relativedelta import relativedelta

from . import docs as D
from . import capture as C
from .canvas import Page, pdf_pages, text_width, usable, wrap
from .data import (make_person, make_company, credit_code, id_number, check_digit, id_valid, age_at, age_points,
                   tax_window, workdays_between, norm, NAME_SWAP, AGENCIES, SCHOOLS, MAJORS, SURNAMES, GIVEN_M,
                   GIVEN_F, SH_DISTRICTS, REGIONS)

RULES = {
    "missing_permit": ["packet.missing_document"],
    "missing_member": ["packet.missing_document"],
    "missing_hukou": ["packet.missing_document"],
    "renewal_missing_permit": ["packet.missing_document"],
    "id_typo": ["identity.id_number_invalid", "identity.id_number_mismatch"],
    "id_other": ["identity.id_number_mismatch"],
    "name_mismatch": ["identity.name_mismatch"],
    "hukou_mismatch": ["address.hukou_mismatch"],
    "permit_expired": ["permit.expired"],
    "permit_too_recent": ["permit.too_recent"],
    "id_card_expired": ["id_card.expired"],
    "under18": ["applicant.age_out_of_range", "points.below_standard"],
    "term_too_short": ["contract.term_too_short"],
    "contract_ends_soon": ["contract.ends_within_two_months"],
    "contract_ended": ["contract.ends_within_two_months"],
    "tax_missing_month": ["tax.missing_months"],
    "employer_agency_tax": ["employer.mismatch"],
    "employer_agency_si": ["employer.mismatch"],
    "si_insufficient": ["social_insurance.insufficient_months"],
    "si_not_paying": ["social_insurance.not_paying"],
    "field_unreadable": ["field.unreadable"],
    "unreadable_page": ["quality.unreadable_page"],
    "below_standard": ["points.below_standard"],
    "claim_unsupported": ["points.claim_unsupported"],
}
SEVERITY = {r: ("warning" if r in ("permit.too_recent", "field.unreadable", "quality.unreadable_page",
                                   "points.below_standard", "points.claim_unsupported") else "error")
            for rs in RULES.values() for r in rs}
PAIRS = [("tax_missing_month", "contract_ends_soon"), ("below_standard", "permit_too_recent"),
         ("name_mismatch", "tax_missing_month"), ("unreadable_page", "si_not_paying"),
         ("hukou_mismatch", "claim_unsupported"), ("id_card_expired", "employer_agency_tax")]
WATERMARK = "仅供居住证积分使用，他用无效"


def plan(count, seed):
    rng = random.Random(seed * 7 + 1)
    n_clean = max(1, round(count * 15 / 44))
    singles = list(RULES)
    defects = []
    i = 0
    while len(defects) < count - n_clean:
        k = len(defects)
        if k >= len(singles) and (k - len(singles)) < len(PAIRS):
            defects.append(list(PAIRS[k - len(singles)]))
        else:
            defects.append([singles[i % len(singles)]])
            i += 1
    allp = [[] for _ in range(n_clean)] + defects
    rng.shuffle(allp)
    return allp


# ------------------------------------------------------------------ facts
def ds(d):
    return d.isoformat()


def pick_asof(rng):
    while True:
        d = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 32))
        if d.weekday() < 5:
            return d


def other_name(rng, name):
    for i in range(len(name) - 1, 0, -1):
        if name[i] in NAME_SWAP:
            return name[:i] + NAME_SWAP[name[i]] + name[i + 1:]
    return name[0] + rng.choice("晓小文")


def typo_id(rng, idn):
    pos = rng.choice([7, 9, 14, 15])
    d = int(idn[pos])
    nd = str((d + rng.choice([1, 2, 3])) % 10)
    bad = idn[:pos] + nd + idn[pos + 1:]
    if id_valid(bad):
        bad = bad[:17] + ("0" if bad[17] != "0" else "1")
    if id_valid(bad):
        bad = bad[:17] + ("X" if bad[17] != "X" else "2")
    assert not id_valid(bad)
    return bad


def other_valid_id(rng, idn):
    while True:
        s = idn[:14] + f"{(int(idn[14:16]) + rng.randint(1, 80)) % 100:02d}" + idn[16]
        s = s + check_digit(s)
        if s != idn and id_valid(s):
            return s


class Doc:
    def __init__(self, type_, layout, fields, rows=None):
        self.type, self.layout, self.fields, self.rows = type_, layout, fields, rows or []
        self.pages = []


class Entry:
    def __init__(self, page, docs, rot=0, img=None):
        self.page, self.docs, self.rot, self.img = page, docs, rot, img


class File:
    def __init__(self, name, capture, fmt, entries, orientation=1):
        self.name, self.capture, self.fmt, self.entries, self.orientation = name, capture, fmt, entries, orientation


class Namer:
    def __init__(self, rng, asof):
        self.rng, self.asof, self.used = rng, asof, set()
        self.img = rng.randint(1200, 8800)
        self.t = dt.datetime(asof.year, asof.month, asof.day, 9, 0) - dt.timedelta(days=rng.randint(1, 12))

    def _tick(self):
        self.t += dt.timedelta(seconds=self.rng.randint(20, 4000))
        return self.t

    def get(self, kind, hint=None, ext="jpg"):
        r = self.rng
        t = self._tick()
        if kind == "photo":
            self.img += r.randint(1, 9)
            n = r.choice([f"IMG_{self.img}", f"IMG_{t:%Y%m%d_%H%M%S}", f"{t:%Y%m%d_%H%M%S}", f"IMG{t:%Y%m%d%H%M%S}"])
        elif kind == "chat":
            n = r.choice([f"微信图片_{t:%Y%m%d%H%M%S}", f"mmexport{int(t.timestamp() * 1000)}", f"微信图片_{t:%Y%m%d%H%M%S}_{r.randint(1, 9)}"])
        elif kind == "screenshot":
            n = r.choice([f"Screenshot_{t:%Y%m%d_%H%M%S}", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{r.randint(100, 999)}_com.tencent.mm", f"IMG_{t:%Y%m%d_%H%M%S}"])
        elif kind == "scanapp":
            n = r.choice([f"扫描全能王 {t:%Y-%m-%d %H.%M}", f"CamScanner {t:%m-%d-%Y %H.%M}", f"扫描件{r.randint(1, 30)}"])
        else:
            n = hint or f"scan{r.randint(1, 999):04d}"
        name = f"{n}.{ext}"
        k = 1
        while name in self.used:
            name = f"{n}({k}).{ext}"
            k += 1
        self.used.add(name)
        return name


class TooMany(Exception):
    pass


def obscure(page, needle, rng):
    """correction tape and ink strokes over needle wherever a text op shows it; returns the number of hits"""
    hits = 0
    for op in list(page.ops):
        if op[0] != "text" or needle not in op[3]:
            continue
        _, x, y, s, key, size, color, anchor, spacing = op
        key = usable(key, s)
        w_all = text_width(key, size, s) + spacing * (len(s) - 1)
        x_start = x - (w_all if anchor[0] == "r" else w_all / 2 if anchor[0] == "m" else 0)
        i = s.index(needle)
        x0 = x_start + text_width(key, size, s[:i]) + spacing * i
        w = text_width(key, size, needle) + spacing * (len(needle) - 1)
        page.rect(x0 - 6, y - size * 1.05, x0 + w + 6, y + size * 0.35, outline=(170, 165, 150), fill=(246, 244, 236), width=1, radius=4)
        for _ in range(3):
            yy = y - size * rng.uniform(0.1, 0.8)
            page.line(x0 - 3, yy, x0 + w + 3, yy + rng.uniform(-4, 4), (60, 50, 40), max(3, int(size * 0.22)))
        hits += 1
    return hits


def must_obscure(page, needle, rng):
    if not obscure(page, needle, rng):
        raise TooMany()


# ------------------------------------------------------------------ packet
def build(idx, seed, defects):
    rng = random.Random(f"oi-{seed}-{idx}")
    asof = pick_asof(rng)
    dset = set(defects)
    application = "renewal" if ("renewal_missing_permit" in dset or (not defects and rng.random() < 0.2) or
                                (dset & {"name_mismatch", "tax_missing_month"} and rng.random() < 0.3)) else "first"
    # education plan
    if "under18" in dset:
        edu = None
        age = 17
    else:
        if "below_standard" in dset:
            edu = rng.choice(["本科", "专科"])
        elif "claim_unsupported" in dset:
            edu = "本科成人"
        else:
            edu = rng.choice(["本科学士"] * 6 + ["硕士"] * 3 + ["博士"])
        lo = {"本科学士": 24, "本科": 24, "专科": 23, "本科成人": 26, "硕士": 27, "博士": 31}[edu]
        age = rng.randint(lo, 43)
        if edu == "博士" and not defects and rng.random() < 0.4:
            age = rng.randint(44, 49)  # 博士 keeps an older applicant at or above 120
    p = make_person(rng, asof, age)
    collective = application == "first" and "missing_hukou" not in dset and "missing_member" not in dset and rng.random() < 0.15
    if collective:
        reg = p.region
        p.old_address = p.hukou_address
        p.hukou_address = reg[1] + reg[2] + rng.choice(["人才服务中心集体户", "人力资源市场集体户口"]) 
    employer = make_company(rng)
    docs = {}

    # --- id card
    while True:
        vf = asof - dt.timedelta(days=rng.randint(120, 4200))
        ai = age_at(p.birth, vf)
        if ai < 16:
            continue
        yrs = 10 if ai < 26 else 20 if ai < 46 else None
        vu = vf.replace(year=vf.year + yrs) if yrs else None
        if vu is None or vu > asof + dt.timedelta(days=60):
            break
    if "id_card_expired" in dset:
        vu = asof - dt.timedelta(days=rng.randint(10, 250))
        vf = vu.replace(year=vu.year - (10 if age_at(p.birth, vu) < 36 else 20))
    id_addr = p.hukou_address if not collective else p.old_address
    if not collective and rng.random() < 0.25:
        id_addr = p.region[1] + p.region[2] + p.region[3] + rng.choice(p.region[5]).format(n=rng.randint(3, 299), b=rng.randint(1, 24), r=rng.randint(101, 1804))
    docs["id_card"] = Doc("id_card", None, {"name": p.name, "sex": p.sex, "ethnicity": p.ethnicity, "birth_date": ds(p.birth),
                                            "address": id_addr, "id_number": p.id_number, "issuing_authority": p.police,
                                            "valid_from": ds(vf), "valid_until": ds(vu) if vu else "long_term"})
    # --- residence permit
    shd = p.sh_address[3:p.sh_address.index("区") + 1]
    office = "上海市公安局" + shd.replace("新区", "") + "分局"
    if "permit_too_recent" in dset:
        k = rng.randint(1, 4)
        iss = asof
        while workdays_between(iss, asof) < k:
            iss -= dt.timedelta(days=1)
        while workdays_between(iss - dt.timedelta(days=1), asof) == k and rng.random() < 0.5:
            iss -= dt.timedelta(days=1)
        assert workdays_between(iss, asof) < 5
        pv_from, pv_until = iss, iss + relativedelta(years=1) - dt.timedelta(days=1)
    elif "permit_expired" in dset:
        pv_until = asof - dt.timedelta(days=rng.randint(3, 80))
        iss = pv_from = pv_until - relativedelta(years=1) + dt.timedelta(days=1)
    else:
        while True:
            iss = asof - dt.timedelta(days=rng.randint(30, 900))
            pv_from = iss
            pv_until = iss + relativedelta(years=rng.choice([1, 3])) - dt.timedelta(days=1)
            if pv_until >= asof + dt.timedelta(days=20):
                break
    hk_on_permit = p.hukou_address
    if "hukou_mismatch" in dset:
        reg = p.region
        hk_on_permit = reg[1] + reg[2] + reg[3] + rng.choice(reg[5]).format(n=rng.randint(300, 399), b=rng.randint(1, 24), r=rng.randint(101, 1804))
        if collective:
            hk_on_permit = p.old_address
    docs["residence_permit"] = Doc("residence_permit", None, {"name": p.name, "id_number": p.id_number, "hukou_address": hk_on_permit,
                                                              "residence_address": p.sh_address, "issue_date": ds(iss),
                                                              "valid_from": ds(pv_from), "valid_until": ds(pv_until)})
    # --- household register
    if collective:
        docs["collective_hukou_certificate"] = Doc("collective_hukou_certificate", "letter", {
            "name": p.name, "id_number": p.id_number, "address": p.hukou_address,
            "issue_date": ds(asof - dt.timedelta(days=rng.randint(5, 60)))})
    else:
        head_is_self = rng.random() < 0.4 and age >= 22
        if head_is_self:
            head, rel = p.name, "户主"
        else:
            head = p.name[0] + rng.choice(GIVEN_M)
            rel = "子" if p.male else "女"
        docs["household_register_cover"] = Doc("household_register_cover", None, {
            "household_type": rng.choice(["家庭户", "居民家庭户", "非农业家庭户"]), "head_name": head,
            "household_number": str(rng.randint(100000000, 999999999)), "address": p.hukou_address,
            "issue_date": ds(dt.date(rng.randint(2008, 2023), rng.randint(1, 12), rng.randint(1, 28)))})
        eduw = {"本科学士": "大学本科", "本科": "大学本科", "本科成人": "大学本科", "专科": "大学专科", "硕士": "研究生", "博士": "研究生", None: "高中"}[edu]
        mf = {"name": p.name, "relation_to_head": rel, "sex": p.sex, "birthplace": p.birthplace, "ethnicity": p.ethnicity,
              "native_place": p.native_place, "birth_date": ds(p.birth), "id_number": p.id_number, "education": eduw,
              "marital_status": "已婚" if (age >= 28 and rng.random() < 0.5) else "未婚",
              "registration_date": ds(p.birth + dt.timedelta(days=rng.randint(20, 90)) if rng.random() < 0.5 else dt.date(rng.randint(2005, 2020), rng.randint(1, 12), rng.randint(1, 28)))}
        if age >= 17 and rng.random() < 0.35:
            mf["employer"] = make_company(rng, {employer})
        docs["household_register_member"] = Doc("household_register_member", None, mf)
    p.married = docs.get("household_register_member") and docs["household_register_member"].fields["marital_status"] == "已婚"

    # --- labour contract
    open_ended = rng.random() < 0.18
    if "term_too_short" in dset:
        start = asof - dt.timedelta(days=rng.randint(20, 100))
        end = start + relativedelta(months=rng.choice([6, 8, 10])) - dt.timedelta(days=1)
        while end < asof + relativedelta(months=2) + dt.timedelta(days=10):
            end += relativedelta(months=1)
        assert end + dt.timedelta(days=1) < start + relativedelta(years=1)
        open_ended = False
    elif "contract_ends_soon" in dset or "contract_ended" in dset:
        lim = asof + relativedelta(months=2)
        end = asof + dt.timedelta(days=rng.randint(3, (lim - asof).days - 2)) if "contract_ends_soon" in dset else asof - dt.timedelta(days=rng.randint(5, 60))
        start = end - relativedelta(years=rng.choice([2, 3])) + dt.timedelta(days=1)
        assert end < lim
        open_ended = False
    else:
        while True:
            start = asof - dt.timedelta(days=rng.randint(150, 2200))
            end = start + relativedelta(years=rng.choice([3, 3, 5])) - dt.timedelta(days=1)
            if open_ended or end >= asof + relativedelta(months=2) + dt.timedelta(days=20):
                break
        if age < 18:
            start = asof - dt.timedelta(days=rng.randint(60, 150))
            end = start + relativedelta(years=2) - dt.timedelta(days=1)
            open_ended = False
    signing = start - dt.timedelta(days=rng.randint(0, 14))
    cf = {"employer": norm(employer), "employee_name": p.name, "employee_id_number": p.id_number, "start_date": ds(start)}
    if not open_ended:
        cf["end_date"] = ds(end)
    cf["open_ended"] = open_ended
    cf["signing_date"] = ds(signing)
    docs["labour_contract"] = Doc("labour_contract", None, cf)

    # --- tax record
    win = tax_window(asof)
    first_m = win[0] - relativedelta(months=rng.randint(0, 4))
    prev_emp = make_company(rng, {employer})
    agency = rng.choice(AGENCIES)
    codes = {employer: credit_code(rng), prev_emp: credit_code(rng), agency: credit_code(rng)}
    rows = []
    m = first_m
    months = []
    while m <= win[-1]:
        months.append(m)
        m += relativedelta(months=1)
    if asof.day >= 8 and rng.random() < 0.3 and "tax_missing_month" not in dset:
        months.append(win[-1] + relativedelta(months=1))  # declared early, already on the print
    drop = None
    if "tax_missing_month" in dset:
        drop = rng.choice(win[1:-1])
        months = [mm for mm in months if mm != drop]
    start_m = dt.date(start.year, start.month, 1)
    for mm in months:
        ag = employer if (mm >= start_m or age < 18) else prev_emp
        if "employer_agency_tax" in dset and mm >= win[-1] - relativedelta(months=2):
            ag = agency
        rows.append({"period": mm.strftime("%Y-%m"), "agent": ag, "amount": f"{rng.uniform(120, 4200):.2f}", "item": "正常工资薪金所得"})
    if rng.random() < 0.35:
        bm = rng.choice(months[:-1]) if len(months) > 1 else months[0]
        bag = next(r["agent"] for r in rows if r["period"] == bm.strftime("%Y-%m"))
        rows.append({"period": bm.strftime("%Y-%m"), "agent": bag, "amount": f"{rng.uniform(500, 9000):.2f}", "item": "全年一次性奖金收入"})
        rows.sort(key=lambda r: (r["period"], r["item"] != "正常工资薪金所得"))
    deadline_last = (dt.date(int(rows[-1]["period"][:4]), int(rows[-1]["period"][5:]), 1) + relativedelta(months=1)).replace(day=15)
    t_issue = max(min(asof - dt.timedelta(days=rng.randint(0, 6)), asof), min(deadline_last, asof))
    tf = {"name": p.name, "id_number": p.id_number, "issue_date": ds(t_issue)}
    docs["tax_record"] = Doc("tax_record", None, tf, rows)

    # --- social insurance
    si_need = dset & {"employer_agency_si", "si_insufficient", "si_not_paying"}
    if si_need or rng.random() < 0.3:
        am = dt.date(asof.year, asof.month, 1)
        n = rng.randint(14, 30)
        last = am - relativedelta(months=1)
        if "si_not_paying" in dset:
            last = am - relativedelta(months=rng.choice([2, 3]))
            last = am - relativedelta(months=3) if last == am - relativedelta(months=2) and rng.random() < 0.5 else last
        mlist = [last - relativedelta(months=i) for i in range(n - 1, -1, -1)]
        base = rng.choice([7310, 8500, 10000, 12000, 15600, 18800, 23000])
        srows = []
        bp_set = set()
        if "si_insufficient" in dset:
            nreg = rng.choice([3, 4, 5])
            win12 = [am - relativedelta(months=i) for i in range(12, 0, -1)]
            bp_set = set(win12[:12 - nreg])
            mlist = [mm for mm in mlist if mm >= win12[0] - relativedelta(months=2)]
        for mm in mlist:
            emp = employer if mm >= start_m else prev_emp
            if "employer_agency_si" in dset and mm >= last - relativedelta(months=1):
                emp = agency
            srows.append({"month": mm.strftime("%Y-%m"), "employer": norm(emp), "base": f"{base:.2f}", "back_payment": mm in bp_set})
        if "si_insufficient" in dset:
            # the insufficient case: a job started lately, earlier months paid late in one go
            for r in srows:
                r["employer"] = norm(employer)
        docs["social_insurance_record"] = Doc("social_insurance_record", None, {"name": p.name, "id_number": p.id_number}, srows)

    # --- education
    school = rng.choice(SCHOOLS)
    major, field = rng.choice(MAJORS)
    if edu:
        gy = p.birth.year + {"本科学士": 22, "本科": 22, "专科": 21, "本科成人": 25, "硕士": 25, "博士": 29}[edu]
        gy = min(gy, asof.year - 1)
        gd = dt.date(gy, rng.choice([6, 7]), rng.choice([1, 20, 30]) if True else 30)
        if gd.month == 7:
            gd = gd.replace(day=1)
        lvl = {"本科学士": "本科", "本科": "本科", "本科成人": "本科", "专科": "专科", "硕士": "硕士研究生", "博士": "博士研究生"}[edu]
        dfields = {"name": p.name, "school": school, "major": major, "level": lvl, "graduation_date": ds(gd)}
        if edu == "本科成人":
            dfields["study_mode"] = rng.choice(["函授", "业余"])
        elif rng.random() < 0.0:
            pass
        docs["diploma"] = Doc("diploma", None, dfields)
        if edu in ("本科学士", "硕士", "博士", "本科成人"):
            docs["degree_certificate"] = Doc("degree_certificate", None, {
                "name": p.name, "school": school, "major": major,
                "level": {"本科学士": "学士", "本科成人": "学士", "硕士": "硕士", "博士": "博士"}[edu], "graduation_date": ds(gd)})
        if edu in ("本科学士", "硕士", "博士") and rng.random() < 0.3:
            xf = dict(dfields)
            xf["study_mode"] = "普通全日制"
            xf["online_record"] = True
            docs["xuexin"] = Doc("diploma", "xuexin", xf)
    if p.married and rng.random() < 0.6:
        sp_birth = p.birth + dt.timedelta(days=rng.randint(-900, 900))
        sreg = rng.choice(REGIONS)
        sp_name = rng.choice(SURNAMES) + rng.choice(GIVEN_F if p.male else GIVEN_M)
        docs["marriage_certificate"] = Doc("marriage_certificate", "inner", {
            "holder_name": p.name, "spouse_name": sp_name, "spouse_id_number": id_number(sreg[0], sp_birth, rng.randint(10, 999), not p.male),
            "registration_date": ds(asof - dt.timedelta(days=rng.randint(200, 2500)))}, [])
        docs["marriage_certificate"].sp_birth = sp_birth

    # --- defects on documents
    if "id_typo" in dset or "id_other" in dset:
        tgt = rng.choice(["residence_permit", "labour_contract", "tax_record"] + (["household_register_member"] if "household_register_member" in docs else []))
        bad = typo_id(rng, p.id_number) if "id_typo" in dset else other_valid_id(rng, p.id_number)
        key = "employee_id_number" if tgt == "labour_contract" else "id_number"
        docs[tgt].fields[key] = bad
    if "name_mismatch" in dset:
        tgt = rng.choice(["residence_permit", "labour_contract", "tax_record"])
        key = "employee_name" if tgt == "labour_contract" else "name"
        docs[tgt].fields[key] = other_name(rng, p.name)
    if "missing_permit" in dset or "renewal_missing_permit" in dset:
        docs.pop("residence_permit")
    if "missing_member" in dset:
        docs.pop("household_register_member")
    if "missing_hukou" in dset:
        docs.pop("household_register_member", None)
        docs.pop("household_register_cover", None)
    if application == "renewal" and "household_register_cover" in docs and rng.random() < 0.6:
        docs.pop("household_register_cover")
        docs.pop("household_register_member", None)

    # --- truth: expected rules and points
    exp = []
    for d_ in defects:
        for r in RULES[d_]:
            if r not in exp:
                exp.append(r)
    aps = age_points(age_at(p.birth, asof))
    items = {"age": aps}
    if edu:
        items["education"] = {"本科学士": 90, "本科": 60, "专科": 50, "本科成人": 90, "硕士": 100, "博士": 110}[edu]
    est = sum(items.values())
    if est < 120 and "points.below_standard" not in exp:
        exp.append("points.below_standard")
    verdict = "fix" if any(SEVERITY[r] == "error" for r in exp) else ("review" if exp else "ready")
    meta = dict(idx=idx, asof=asof, application=application, defects=defects, exp=exp, verdict=verdict,
                points={"standard": 120, "estimate": est, "items": items}, p=p, employer=employer, codes=codes, edu=edu,
                field=field, start=start, collective=collective, office=office)
    return rng, docs, meta


# ------------------------------------------------------------------ drawing + files
def draw_packet(idx, seed, defects, outdir, write=True):
    for attempt in range(12):
        try:
            return _draw_packet(idx, seed, defects, outdir, write, attempt)
        except TooMany:
            continue
    raise RuntimeError(f"packet {idx}: could not keep within 16 pages")


def _draw_packet(idx, seed, defects, outdir, write, attempt):
    rng, docs, meta = build(idx, seed, defects)
    if attempt:
        rng = random.Random(f"oi-draw-{seed}-{idx}-{attempt}")
    p = meta["p"]
    asof = meta["asof"]
    dset = set(defects)
    namer = Namer(rng, asof)
    files = []
    body_font = lambda: rng.choice(D.BODY)
    unread = None
    if "field_unreadable" in dset:
        opts = ["id_validity"]
        if "residence_permit" in docs:
            opts.append("permit_validity")
        if docs["labour_contract"].fields.get("end_date"):
            opts.append("contract_term")
        unread = rng.choice(opts)

    def photo_file(page, docs_, kind=None, glare=False, ext=None, chat_ok=True):
        kind = kind or rng.choice(["photo", "photo", "chat"])
        if not chat_ok:
            kind = "photo"
        rot = 0
        orient = 1
        if kind == "photo":
            r = rng.random()
            if r < 0.2:
                orient = rng.choice([3, 6, 8])
            elif r < 0.3:
                rot = rng.choice([90, 180, 270])
            ext = ext or rng.choice(["jpg"] * 6 + ["heic", "webp"])
        else:
            ext = ext or "jpg"
            if rng.random() < 0.12:
                rot = rng.choice([90, 180])
        if ext != "jpg":
            orient = 1
        f = File(namer.get(kind, ext=ext), kind, ext, [Entry(page, docs_, rot)], orientation=orient)
        f.mp = 3264 if ext == "heic" else None
        f.glare = glare
        files.append(f)
        return f

    def scan_file(pages_docs, capture=None, ext=None, name=None, low_ok=True):
        capture = capture or rng.choice(["scan", "grey_scan", "photocopy", "bilevel"] + (["lowres"] if low_ok else []))
        if ext is None:
            ext = {"bilevel": rng.choice(["tif", "png", "pdf"]), "lowres": rng.choice(["jpg", "png"])}.get(capture, rng.choice(["jpg", "pdf", "png"]))
        if len(pages_docs) > 1 and ext not in ("pdf", "tif"):
            ext = "pdf"
        nm = name(ext) if callable(name) else namer.get("scan", hint=name, ext=ext) if name else namer.get(rng.choice(["scan", "scanapp"]) if ext == "pdf" else "scan", hint=rng.choice(["扫描件", "scan", "复印件", "Scan", "Doc"]) + str(rng.randint(1, 40)), ext=ext)
        ents = [Entry(pg, d_, rot) for pg, d_, rot in pages_docs]
        f = File(nm, capture, ext, ents)
        files.append(f)
        return f

    def wm(page):
        if rng.random() < 0.3:
            col = rng.choice([(200, 40, 40), (40, 80, 200), (120, 120, 120), (30, 140, 60)])
            for k in range(rng.randint(1, 3)):
                page.rtext(page.w * rng.uniform(0.35, 0.65), page.h * (k + 1) / 4 if page.h > page.w else page.h * rng.uniform(0.35, 0.65),
                           WATERMARK, "sans", page.w / 18, col, rng.choice([15, 25, 30, -20, 0]), alpha=rng.uniform(0.18, 0.3))
            return True
        return False

    # ---------------- id card (+ maybe permit card on the same sheet)
    idd = docs["id_card"]
    pr = docs.get("residence_permit")
    vstyle = {"vfont": rng.choice(["hei", "sans", "zenhei", "serif"])}
    front = D.id_front(rng, p, idd.fields, vstyle)
    back = D.id_back(rng, p, idd.fields, vstyle)
    if unread == "id_validity":
        vu_s = "长期" if idd.fields["valid_until"] == "long_term" else idd.fields["valid_until"].replace("-", ".")
        must_obscure(back, vu_s, rng)
        del idd.fields["valid_until"]
    pstyle = {"office": meta["office"], "font": body_font(), "size": rng.choice([26, 28, 30]), "labw": rng.choice([250, 300, 330]),
              "print_date": ds(max(asof - dt.timedelta(days=rng.randint(1, 20)), dt.date.fromisoformat(pr.fields["issue_date"]) if pr is not None else asof)), "seal": rng.random() < 0.5,
              "idlab": rng.choice(["公民身份号码", "证件号码", "身份证号码"]), "hklab": rng.choice(["常住户口所在地住址", "户籍地址"]),
              "islab": rng.choice(["签发日期", "签注日期"]), "dsep": rng.choice(["-", ".", "-"]), "clock": f"{rng.randint(8, 22)}:{rng.randint(10, 59)}"}
    if pstyle["dsep"] == ".":
        pass
    if pr is not None:
        pstyle["lfont"] = rng.choice([pstyle["font"], "hei", "sansb"])
    idmode = rng.choice(["two_photos", "a4_both", "a4_both", "a4_with_permit", "two_scans"])
    if idmode == "a4_with_permit" and (pr is None or unread == "permit_validity"):
        idmode = "a4_both"
    idd.layout = {"two_photos": "card_photos", "a4_both": "a4_copy", "a4_with_permit": "a4_copy_with_permit", "two_scans": "card_scans"}[idmode]
    if idmode == "two_photos":
        kind = rng.choice(["photo", "chat"])
        photo_file(front, [idd], kind, glare=True)
        photo_file(back, [idd], kind, glare=True)
    elif idmode == "two_scans":
        cap = rng.choice(["scan", "grey_scan"])
        for pg in (front, back):
            scan_file([(pg, [idd], 0)], cap, rng.choice(["jpg", "png", "bmp"]), name=rng.choice(["身份证正面", "身份证反面", "sfz", "ID"]) + str(rng.randint(1, 9)))
    else:
        sheet = Page(*D.A4)
        s = 0.85
        stacked = rng.random() < 0.6
        if stacked:
            sheet.sub(front, 620 - 1012 * s / 2, 180, s)
            sheet.sub(back, 620 - 1012 * s / 2, 180 + 638 * s + 90, s)
        else:
            s = 0.55
            sheet.sub(front, 60, 200, s)
            sheet.sub(back, 60 + 1012 * s + 30, 200, s)
        dl = [idd]
        if idmode == "a4_with_permit":
            card = D.permit_card(rng, p, pr.fields, pstyle)
            sheet.sub(card, 620 - 1012 * s / 2 if stacked else 320, (180 + 2 * (638 * s + 90)) if stacked else 200 + 638 * s + 120, s)
            dl = [idd, pr]
        wm(sheet)
        if rng.random() < 0.45:
            photo_file(sheet, dl, chat_ok=False)
        else:
            scan_file([(sheet, dl, rng.choice([0, 0, 0, 180]))], name=rng.choice(["身份证正反面", "身份证复印件", "身份证"]), low_ok=False)
    # ---------------- residence permit
    if pr is not None:
        form = rng.choice(["grid2", "grid2_split", "grid4", "list_far", "list_below", "screen", "screen"])
        if unread == "permit_validity" and form == "screen":
            form = "grid2"
        pr.layout = {"screen": "app_screenshot"}.get(form, "info_" + form)
        if form == "screen":
            pg = D.permit_screen(rng, p, pr.fields, pstyle)
            f = File(namer.get("screenshot", ext=rng.choice(["png", "jpg"])), "screenshot", "png", [Entry(pg, [pr])])
            f.fmt = f.name.rsplit(".", 1)[1]
            files.append(f)
        else:
            pg = D.permit_info(rng, p, pr.fields, pstyle, form)
            if unread == "permit_validity":
                must_obscure(pg, pr.fields["valid_until"].replace("-", "." if form not in ("grid2_split", "grid4") else pstyle["dsep"]), rng)
                del pr.fields["valid_until"]
            r = rng.random()
            if r < 0.3 and unread != "permit_validity":
                f = File(namer.get("x", hint=rng.choice(["居住证信息", "居住证", "上海市居住证信息打印"]), ext="pdf"), "text_pdf", "pdf", [Entry(pg, [pr])])
                files.append(f)
            elif r < 0.6:
                wm(pg)
                photo_file(pg, [pr])
            else:
                wm(pg)
                scan_file([(pg, [pr], 0)], name="居住证" + str(rng.randint(1, 9)))
        if idmode != "a4_with_permit" and unread != "permit_validity" and rng.random() < 0.35:
            card = D.permit_card(rng, p, pr.fields, pstyle)
            photo_file(card, [pr], glare=True)
            pr.layout += "+card"
            if rng.random() < 0.5:
                photo_file(D.permit_card_back(rng, p, pr.fields, dict(pstyle, vfont=vstyle["vfont"])), [pr], glare=True)
                pr.layout += "+back"
    # ---------------- household register
    hst = {"font": rng.choice(["song", "kai", "wenkai", "hei", "ming", "ukai"]), "police": p.police.replace("公安局", "公安局") + rng.choice(["城南派出所", "新村派出所", "东街派出所", "中心派出所"]),
           "clerk": rng.choice(SURNAMES) + rng.choice(GIVEN_M), "size": rng.choice([26, 30, 34]), "seal_alpha": rng.uniform(0.5, 0.75),
           "ink": rng.choice([(20, 20, 60), (10, 10, 10), (40, 20, 20)])}
    cov, mem = docs.get("household_register_cover"), docs.get("household_register_member")
    if cov is not None or mem is not None:
        cp = D.hk_cover(rng, cov.fields, hst) if cov else None
        mp = D.hk_member(rng, mem.fields, dict(hst, font=rng.choice(["kai", "ukai", "wenkai", "song", "hei"]))) if mem else None
        mode = rng.choice(["separate", "open_booklet", "a4_copy"]) if cp and mp else "separate"
        lay = {"separate": "booklet_pages", "open_booklet": "open_booklet", "a4_copy": "a4_copy"}[mode]
        if cov:
            cov.layout = lay
        if mem:
            mem.layout = lay + ("_hand" if hst["font"] in ("kai", "ukai", "wenkai") else "")
        if mode == "separate":
            for pg, d_ in ((cp, cov), (mp, mem)):
                if pg is None:
                    continue
                if rng.random() < 0.6:
                    photo_file(pg, [d_])
                else:
                    wm(pg)
                    scan_file([(pg, [d_], 0)], name=rng.choice(["户口本", "户口簿", "hkb"]) + str(rng.randint(1, 6)))
        else:
            if mode == "open_booklet":
                sheet = Page(2040, 1340, (120, 60, 40))
                sheet.sub(cp, 10, 10 + (1300 - 720) / 2, 1.0)
                sheet.sub(mp, 1030, 20, 1.0)
                photo_file(sheet, [cov, mem], chat_ok=False)
            else:
                sheet = Page(*D.A4)
                sheet.sub(cp, 620 - 500 * 0.9, 70, 0.9)
                sheet.sub(mp, 620 - 500 * 0.7, 70 + 720 * 0.9 + 30, 0.7)
                wm(sheet)
                scan_file([(sheet, [cov, mem], rng.choice([0, 0, 180]))], name=rng.choice(["户口本复印件", "户口簿"]), low_ok=False)
    col = docs.get("collective_hukou_certificate")
    if col is not None:
        pg = D.collective_cert(rng, col.fields, {"font": rng.choice(["song", "serif", "kai"]), "size": 32, "sex": p.sex,
                                                 "police": p.region[4].replace("分局", "分局") + "人才服务中心派出所"})
        if rng.random() < 0.5:
            photo_file(pg, [col])
        else:
            scan_file([(pg, [col], 0)], name="集体户口证明")
    # ---------------- labour contract
    lc = docs["labour_contract"]
    variant = rng.choice(["model", "company"])
    start = dt.date.fromisoformat(lc.fields["start_date"])
    prob_m = rng.choice([2, 3, 6])
    cst = {"font": rng.choice(["song", "serif", "ming", "sans", "hei"]), "size": rng.choice([24, 26, 28]),
           "fill": rng.choice(["kai", "hei", "song", "wenkai"]), "boss": rng.choice(SURNAMES) + rng.choice(GIVEN_M),
           "co_addr": "上海市" + rng.choice(SH_DISTRICTS) + rng.choice(["张衡路", "宜山路", "虹桥路", "江场路"]) + f"{rng.randint(10, 999)}号",
           "probation": (start, start + relativedelta(months=prob_m) - dt.timedelta(days=1)), "prob_m": prob_m,
           "job": rng.choice(["软件工程师", "销售专员", "财务主管", "行政助理", "产品经理", "质量工程师"]), "body_pages": rng.randint(1, 4) if attempt < 2 else 1,
           "say_years": rng.random() < 0.5, "hand_date": rng.random() < 0.5}
    cpages = D.contract_pages(rng, p, lc.fields, cst, variant)
    lc.layout = "shanghai_model" if variant == "model" else "company_template"
    if unread == "contract_term":
        ed = dt.date.fromisoformat(lc.fields["end_date"])
        needle = f"{ed.year} 年 {ed.month} 月 {ed.day} 日止" if variant == "model" else f"{ed.year}年{ed.month}月{ed.day}日止"
        must_obscure(cpages[1], needle, rng)
        del lc.fields["end_date"]
    cmode = rng.choice(["photos", "scanner_pdf", "scanner_pdf", "tiff", "text_pdf"])
    if unread == "contract_term" and cmode == "text_pdf":
        cmode = "scanner_pdf"
    lc.layout += "/" + cmode
    if cmode == "photos":
        kind = rng.choice(["photo", "chat"])
        for pg in cpages:
            photo_file(pg, [lc], kind)
    elif cmode == "scanner_pdf":
        ents = [(pg, [lc], 180 if rng.random() < 0.1 else 0) for pg in cpages]
        scan_file(ents, rng.choice(["scan", "grey_scan", "photocopy", "scanapp"]), "pdf",
                  name=lambda ext: namer.get("scanapp", ext=ext) if rng.random() < 0.5 else namer.get("x", hint=rng.choice(["劳动合同", "合同", "劳动合同扫描件"]), ext=ext))
    elif cmode == "tiff":
        scan_file([(pg, [lc], 0) for pg in cpages], "bilevel", "tif", name=rng.choice(["劳动合同", "scan", "合同"]) + str(rng.randint(1, 9)))
    else:
        files.append(File(namer.get("x", hint=rng.choice(["劳动合同", "劳动合同（电子版）", "新建 Microsoft Word 文档"]), ext="pdf"), "text_pdf", "pdf", [Entry(pg, [lc]) for pg in cpages]))
    # ---------------- tax
    tx = docs["tax_record"]
    emp_print = {}
    for r in tx.rows:
        a = r["agent"]
        if a not in emp_print:
            emp_print[a] = a.replace("(", "（").replace(")", "）") if rng.random() < 0.6 else a
    tform = rng.choice(["national_pdf", "national_pdf", "national_photo", "app_screens", "old_cert"])
    tstyle = {"font": rng.choice(["song", "hei", "sans", "serif"]), "code": "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16)),
              "clock": f"{rng.randint(8, 22)}:{rng.randint(10, 59)}"}
    vis = []
    ofc = "国家税务总局上海市" + rng.choice(SH_DISTRICTS) + "税务局"
    psep = rng.choice(["至", "-"])
    code_mode = rng.choice(["none", "before", "after"])
    for r in tx.rows:
        y, mth = int(r["period"][:4]), int(r["period"][5:])
        m0 = dt.date(y, mth, 1)
        m1 = m0 + relativedelta(months=1) - dt.timedelta(days=1)
        dd = (m0 + relativedelta(months=1)).replace(day=rng.randint(3, 15))
        if dd > asof:
            dd = asof
        pt = f"{m0:%Y-%m-%d}至{m1:%Y-%m-%d}" if psep == "至" else f"{m0:%Y.%m.%d}-{m1:%Y.%m.%d}"
        agp = emp_print[r["agent"]]
        rem = "扣缴义务人：" + (agp if code_mode == "none" else (meta["codes"][r["agent"]] + " " + agp if code_mode == "before" else agp + " " + meta["codes"][r["agent"]]))
        vis.append({"decl": ds(dd), "amount": r["amount"], "paid": ds(dd), "item": r["item"], "period_text": pt, "office": ofc,
                    "remark_lines": wrap(usable(tstyle["font"], rem), 17, rem, 232), "period": r["period"], "agent_print": agp,
                    "income": f"{float(r['amount']) * rng.uniform(4, 9):.2f}", "voucher": f"3{rng.randint(10**11, 10**12 - 1)}"})
    total = f"{sum(float(r['amount']) for r in tx.rows):.2f}"
    tstyle["total"] = total
    pm0 = dt.date(int(tx.rows[0]["period"][:4]), int(tx.rows[0]["period"][5:]), 1)
    tstyle["period_text"] = f"{pm0:%Y年%m月}-{asof:%Y年%m月}"
    tstyle["per_page"] = rng.choice([8, 10, 14]) if attempt < 2 else 16
    tx.layout = tform
    if tform in ("national_pdf", "national_photo"):
        tp = D.tax_national(rng, tx.fields, vis, tstyle)
        if tform == "national_pdf":
            f = File(namer.get("x", hint=rng.choice(["个人所得税纳税记录", "纳税记录", "个税完税证明", "tax_record"]) + str(asof.year), ext="pdf"), "text_pdf", "pdf", [Entry(pg, [tx]) for pg in tp])
            f.shuffle = rng.random() < 0.5
            files.append(f)
        else:
            for pg in tp:
                photo_file(pg, [tx], chat_ok=False)
    elif tform == "app_screens":
        del tx.fields["issue_date"]
        for pg in D.tax_app_screens(rng, tx.fields, vis, tstyle):
            f = File(namer.get("screenshot", ext=rng.choice(["png", "jpg"])), "screenshot", "png", [Entry(pg, [tx])])
            f.fmt = f.name.rsplit(".", 1)[1]
            if rng.random() < 0.3:
                f.capture = "chat"
            files.append(f)
    else:
        tp = D.tax_old_cert(rng, tx.fields, vis, tstyle)
        scan_file([(tp[0], [tx], 0)], rng.choice(["scan", "grey_scan", "photocopy"]), name="税收完税证明")
    # rows for truth
    tx.rows = [{"period": r["period"], "withholding_agent": norm(r["agent"]), "amount": r["amount"]} for r in tx.rows]
    # ---------------- social insurance
    si = docs.get("social_insurance_record")
    if si is not None:
        sp = D.si_record(rng, si.fields, si.rows, {"font": rng.choice(["hei", "song", "sans"]), "span": f"{si.rows[0]['month']}至{si.rows[-1]['month']}", "msep": rng.choice(["", "-"])})
        si.layout = "personal_contribution"
        if rng.random() < 0.5:
            files.append(File(namer.get("x", hint=rng.choice(["社保缴费记录", "上海市社会保险个人缴费情况", "社保"]), ext="pdf"), "text_pdf", "pdf", [Entry(pg, [si]) for pg in sp]))
        else:
            for pg in sp:
                photo_file(pg, [si], chat_ok=False)
    # ---------------- education + marriage
    extra = []
    dip, deg, xx, mar = docs.get("diploma"), docs.get("degree_certificate"), docs.get("xuexin"), docs.get("marriage_certificate")
    est = {"font": rng.choice(["song", "kai", "serif", "ming"]), "enter": dt.date(int(dip.fields["graduation_date"][:4]) - (3 if dip and dip.fields["level"] != "本科" else 4), 9, 1) if dip else None,
           "president": rng.choice(SURNAMES) + rng.choice(GIVEN_M), "cert_no": str(rng.randint(10**17, 10**18 - 1)), "cert_no2": str(rng.randint(10**15, 10**16 - 1)),
           "field": meta["field"], "cn": rng.random() < 0.7}
    if dip:
        dip.layout = "classic"
        dpg = D.diploma(rng, p, dip.fields, est)
        if deg:
            deg.layout = "classic"
            gpg = D.degree(rng, p, deg.fields, est)
        both = deg is not None and rng.random() < 0.3
        if both:
            sheet = Page(1240, 1754)
            sheet.sub(dpg, 620 - 1754 * 0.62 / 2, 80, 0.62)
            sheet.sub(gpg, 620 - 1754 * 0.62 / 2, 80 + 1240 * 0.62 + 60, 0.62)
            extra.append((sheet, [dip, deg]))
            sheet.composite = True
        else:
            extra.append((dpg, [dip]))
            if deg:
                extra.append((gpg, [deg]))
    if xx:
        xpg = D.xuexin(rng, p, xx.fields, dict(est, upd=ds(asof - dt.timedelta(days=rng.randint(3, 40))), vcode="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)),
                                               idn=p.id_number, years="4" if xx.fields["level"] == "本科" else "3"))
        files.append(File(namer.get("x", hint=rng.choice(["学信网备案表", "教育部学历证书电子注册备案表", "学历备案"]), ext="pdf"), "text_pdf", "pdf", [Entry(xpg, [xx])]))
    if mar:
        mpg = D.marriage(rng, p, mar.fields, {"font": rng.choice(["song", "hei", "kai"]), "no": f"J{rng.randint(310000, 319999)}-{asof.year - 2}-{rng.randint(1000, 9999):06d}",
                                               "holder_id": p.id_number, "sp_birth": mar.sp_birth, "office": "上海市" + rng.choice(SH_DISTRICTS) + "民政局"})
        extra.append((mpg, [mar]))
    blank_in_pdf = "unreadable_page" in dset and rng.random() < 0.5
    if extra:
        mode = rng.choice(["scanapp", "separate"])
        if mode == "scanapp" or blank_in_pdf:
            ents = []
            for i, (pg, d_) in enumerate(extra):
                ents.append((pg, d_, 0))
                if blank_in_pdf and i == 0:
                    ents.append(("BLANK", [], 0))
                    blank_in_pdf = "done"
            scan_file(ents, rng.choice(["scan", "scanapp", "grey_scan"]), "pdf", name=lambda ext: namer.get("scanapp", ext=ext))
        else:
            for pg, d_ in extra:
                if rng.random() < 0.5:
                    photo_file(pg, d_, chat_ok=not getattr(pg, "composite", False))
                else:
                    hint = {"diploma": ["毕业证", "毕业证书", "证书"], "degree_certificate": ["学位证", "学位证书", "证书"],
                            "marriage_certificate": ["结婚证", "jhz"]}[d_[0].type]
                    scan_file([(pg, d_, rng.choice([0, 0, 90, 270]))], name=rng.choice(hint) + str(rng.randint(1, 9)), low_ok=not getattr(pg, "composite", False))
    if "unreadable_page" in dset and blank_in_pdf != "done":
        if rng.random() < 0.5:
            f = File(namer.get("photo", ext="jpg"), "photo", "jpg", [Entry("DARK", [])])
        else:
            f = File(namer.get("scan", hint="扫描件" + str(rng.randint(41, 60)), ext=rng.choice(["jpg", "png"])), "scan", "png", [Entry("BLANK", [])])
            f.fmt = f.name.rsplit(".", 1)[1]
        files.insert(rng.randint(0, len(files)), f)
    # ---------------- unknown pages and page count
    def npages():
        return sum(len(f.entries) for f in files)
    unk_budget = rng.randint(0, 2)
    while npages() < 8 or unk_budget > 0:
        if npages() >= 16:
            break
        unk_budget -= 1
        k = rng.choice(["receipt", "rental", "bank"])
        udoc = Doc("unknown", k, {})
        if k == "receipt":
            pg = D.receipt(rng, {"shop": rng.choice(["联华超市", "全家便利店", "盒马鲜生", "罗森"]), "when": f"{asof - dt.timedelta(days=rng.randint(1, 30))} 18:{rng.randint(10, 59)}"})
        elif k == "rental":
            pg = D.rental(rng, p, {"landlord": rng.choice(SURNAMES) + rng.choice(GIVEN_F), "from": "2025年9月1日", "to": "2027年8月31日", "rent": rng.randint(3000, 9000)})
        else:
            pg = D.bank_slip(rng, p, {"bank": rng.choice(["中国工商银行", "招商银行", "中国建设银行"]), "payee": rng.choice(SURNAMES) + rng.choice(GIVEN_F), "amt": f"{rng.randint(3000, 9000)}.00",
                                      "when": ds(asof - dt.timedelta(days=rng.randint(3, 60))), "serial": str(rng.randint(10**11, 10**12))})
        if rng.random() < 0.5:
            photo_file(pg, [udoc])
        else:
            scan_file([(pg, [udoc], 0)])
    if npages() > 16:
        raise TooMany()
    assert 8 <= npages() <= 16, npages()
    rng.shuffle(files)
    # ---------------- write
    pdir = os.path.join(outdir, f"i{idx:03d}")
    if write:
        os.makedirs(pdir, exist_ok=True)
    np_seed = rng.randint(0, 1 << 30)
    page_truth = []
    for f in files:
        path = os.path.join(pdir, f.name)
        imgs = []
        for pi, e in enumerate(f.entries):
            ptype = e.docs[0].type if e.docs else "unknown"
            pt = {"file": f.name, "page": pi + 1, "type": ptype, "capture": f.capture, "rotation": e.rot}
            also = [d.type for d in e.docs[1:] if d.type != ptype]
            if also:
                pt["also_holds"] = also
            page_truth.append(pt)
            for d in e.docs:
                if d.type != "unknown":
                    d.pages.append({"file": f.name, "page": pi + 1})
            if f.capture == "text_pdf" or not write:
                continue
            imgs.append(C.turn(render_entry(rng, f, e), e.rot))
        if not write:
            continue
        if f.capture == "text_pdf":
            pdf_pages([e.page for e in f.entries], path, order_shuffle=(rng.shuffle if getattr(f, "shuffle", False) else None))
        elif f.fmt == "pdf":
            C.save_pdf_images(imgs, path, dpi=rng.choice([150, 200]))
        elif f.fmt == "tif":
            C.save_tiff_pages(imgs, path)
        else:
            C.save_image(imgs[0], path, f.fmt, rng, orientation=f.orientation,
                         quality=rng.randint(55, 68) if f.capture == "chat" else None)
    order = ["id_card", "residence_permit", "household_register_cover", "household_register_member", "collective_hukou_certificate",
             "labour_contract", "tax_record", "social_insurance_record", "diploma", "xuexin", "degree_certificate", "marriage_certificate"]
    tdocs = []
    for k in order:
        d = docs.get(k)
        if d is None:
            continue
        assert d.pages, k
        tdocs.append({"type": d.type, "layout": d.layout, "pages": d.pages, "fields": d.fields, "rows": d.rows})
    truth = {"packet": f"i{idx:03d}", "as_of": ds(asof), "application": meta["application"], "defects": list(defects),
             "expected_rules": meta["exp"], "verdict": meta["verdict"], "points": meta["points"], "pages": page_truth,
             "documents": tdocs, "expected_severities": {r: SEVERITY[r] for r in meta["exp"]}}
    if write:
        with open(os.path.join(outdir, f"i{idx:03d}.truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth


def render_entry(rng, f, e):
    if e.page == "DARK":
        return C.dark_photo(rng)
    if e.page == "BLANK":
        return C.blank_back(rng)
    cap = f.capture
    if cap == "chat" and e.page.w == 1080:  # a screenshot forwarded through a chat app
        return C.chat(rng, C.screenshot(rng, e.page), big=True)
    if cap in ("photo", "chat"):
        a4 = max(e.page.w, e.page.h) >= 1700
        img = C.photo(rng, e.page, glare=getattr(f, "glare", False), mp=getattr(f, "mp", None) if cap == "photo" else 3000,
                      fill=(0.82, 0.93) if (cap == "chat" and a4) else None)
        return C.chat(rng, img, big=a4) if cap == "chat" else img
    if cap == "screenshot":
        return C.screenshot(rng, e.page)
    if cap == "scan":
        return C.scan(rng, e.page)
    if cap == "grey_scan":
        return C.scan(rng, e.page, grey=True)
    if cap == "scanapp":
        img = C.scan(rng, e.page, dpi=rng.choice([150, 200]))
        return img.point(lambda v: min(255, int(v * 1.12)))
    if cap == "photocopy":
        return C.photocopy(rng, e.page)
    if cap == "bilevel":
        return C.bilevel(rng, e.page)
    if cap == "lowres":
        return C.lowres(rng, e.page)
    raise ValueError(cap)


def _one(args):
    idx, seed, defects, out = args
    t = time.time()
    tr = draw_packet(idx, seed, defects, out)
    return idx, len(tr["pages"]), time.time() - t


def main(argv=None):
    ap = argparse.ArgumentParser(prog="python -m samples.outsider_i")
    ap.add_argument("--out", required=True)
    ap.add_argument("--count", type=int, default=44)
    ap.add_argument("--seed", type=int, default=9971)
    ap.add_argument("--jobs", type=int, default=1)
    ap.add_argument("--only", type=int, nargs="*")
    a = ap.parse_args(argv)
    os.makedirs(a.out, exist_ok=True)
    pl = plan(a.count, a.seed)
    idxs = a.only if a.only else range(a.count)
    jobs = [(i, a.seed, pl[i], a.out) for i in idxs]
    t0 = time.time()
    if a.jobs > 1:
        with ProcessPoolExecutor(a.jobs) as ex:
            for idx, n, s in ex.map(_one, jobs):
                print(f"i{idx:03d}: {n} pages, {s:.1f}s", flush=True)
    else:
        for j in jobs:
            idx, n, s = _one(j)
            print(f"i{idx:03d}: {n} pages, {s:.1f}s", flush=True)
    print(f"done in {time.time() - t0:.1f}s")
