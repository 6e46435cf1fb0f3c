"""One applicant's packet: the story (dates, employer, records), the defects, the drawings, the captures, the files
and the truth beside them."""
from __future__ import annotations

import calendar
import json
import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Callable, Optional

from dateutil.relativedelta import relativedelta
from PIL import Image

from samples.outsider.normalise import text as norm
from samples.outsider_b import cards, captures as cap, papers, people
from samples.outsider_b.draw import Page, render, write_pdf
from samples.outsider_b.expected import expected_rules, month_add, tax_window, working_days_after

WATERMARK = "仅供居住证积分使用，他用无效"

# defect id -> the SPEC rule ids it is meant to cause (checked against expected.py's computation)
DEFECTS = {
    "hukou_address_one_char": ["address.hukou_mismatch"],
    "contract_ends_soon": ["contract.ends_within_two_months"],
    "contract_ended": ["contract.ends_within_two_months"],
    "contract_short_term": ["contract.term_too_short"],
    "tax_month_missing": ["tax.missing_months"],
    "tax_latest_not_printed": ["tax.missing_months"],
    "tax_agency": ["employer.mismatch"],
    "job_changed_old_contract": ["employer.mismatch"],
    "si_back_payment_recent": ["social_insurance.not_paying"],
    "si_agency": ["employer.mismatch"],
    "si_new_arrival": ["social_insurance.insufficient_months"],
    "name_misspelt": ["identity.name_mismatch"],
    "id_typo": ["identity.id_number_invalid", "identity.id_number_mismatch"],
    "id_other_valid": ["identity.id_number_mismatch"],
    "missing_household_register": ["packet.missing_document"],
    "missing_contract": ["packet.missing_document"],
    "permit_expired": ["permit.expired"],
    "permit_too_recent": ["permit.too_recent"],
    "id_card_expired": ["id_card.expired"],
    "only_dazhuan": ["points.below_standard"],
    "adult_diploma": ["points.claim_unsupported"],
    "blank_back_page": ["quality.unreadable_page"],
}
ERROR_DEFECTS = [k for k in DEFECTS if k not in ("permit_too_recent", "only_dazhuan", "adult_diploma", "blank_back_page")]
CONFLICTS = [{"contract_ends_soon", "contract_ended", "contract_short_term", "missing_contract", "job_changed_old_contract"},
             {"hukou_address_one_char", "missing_household_register"},
             {"tax_month_missing", "tax_latest_not_printed"},
             {"tax_agency", "job_changed_old_contract", "missing_contract", "si_agency"},
             {"si_back_payment_recent", "si_agency", "si_new_arrival"},
             {"permit_expired", "permit_too_recent"},
             {"name_misspelt", "id_typo", "id_other_valid"},
             {"only_dazhuan", "adult_diploma"}]


@dataclass
class TDoc:
    type: str
    layout: str
    fields: dict
    rows: list = field(default_factory=list)
    pages: list = field(default_factory=list)
    extra: dict = field(default_factory=dict)


@dataclass
class Item:
    """One physical page: what it shows, and the documents it belongs to."""
    src: object  # Page, or a callable (rnd, dpi) -> image for composites
    type: str
    docs: list
    kind: str = "a4"  # a4 | card | booklet | screen | small
    blank: bool = False
    w_mm: float = 210.0


@dataclass
class FileOut:
    path: str
    fmt: str  # jpg | png | webp | pdf_text | pdf_image | tif
    items: list
    capture: str  # phone | phone_chat | scan_colour | scan_grey | photocopy | bilevel | copy100 | screenshot | text
    turns: list = field(default_factory=list)
    order: str = "drawn"
    quality: int = 88


def _d(x: date) -> str:
    return x.isoformat()


def add_years(d: date, n: int) -> date:
    return d + relativedelta(years=n)


class Namer:
    def __init__(self, rnd: random.Random, as_of: date):
        self.rnd = rnd
        self.t = datetime(as_of.year, as_of.month, as_of.day, 9, 0) - timedelta(days=rnd.randint(1, 20))
        self.used = set()
        self.dl = rnd.randint(1, 6)

    def _tick(self):
        self.t += timedelta(seconds=self.rnd.randint(20, 4000))
        return self.t

    def _unique(self, name):
        base, dot, ext = name.rpartition(".")
        k = 1
        while name in self.used:
            k += 1
            name = f"{base}({k}).{ext}"
        self.used.add(name)
        return name

    def photo(self, ext="jpg"):
        t = self._tick()
        r = self.rnd.random()
        if r < 0.55:
            n = f"IMG_{t:%Y%m%d_%H%M%S}.{ext}"
        elif r < 0.8:
            n = f"IMG_{self.rnd.randint(1000, 9999)}.{ext.upper()}"
        else:
            n = f"{t:%Y%m%d_%H%M%S}.{ext}"
        return self._unique(n)

    def chat(self):
        t = self._tick()
        if self.rnd.random() < 0.5:
            return self._unique(f"微信图片_{t:%Y%m%d%H%M%S}.jpg")
        return self._unique(f"mmexport{int(t.timestamp() * 1000)}.jpg")

    def shot(self, app="com.tencent.mm"):
        t = self._tick()
        if self.rnd.random() < 0.6:
            return self._unique(f"Screenshot_{t:%Y%m%d_%H%M%S}.png")
        return self._unique(f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{self.rnd.randint(100, 999)}_{app}.jpg")

    def scan_pdf(self, hint=""):
        t = self._tick()
        r = self.rnd.random()
        if r < 0.45:
            return self._unique(f"扫描全能王 {t:%Y-%m-%d %H.%M}.pdf")
        if r < 0.6:
            return self._unique(f"CamScanner {t:%m-%d-%Y %H.%M}.pdf")
        if r < 0.8 and hint:
            return self._unique(f"{hint}.pdf")
        return self._unique(f"doc{t:%Y%m%d%H%M%S}.pdf")

    def download(self, hint=""):
        self.dl += 1
        if hint and self.rnd.random() < 0.4:
            return self._unique(f"{hint}.pdf")
        return self._unique(f"download ({self.dl}).pdf" if self.rnd.random() < 0.6 else f"{hint or 'file'}_{self._tick():%Y%m%d%H%M%S}.pdf")

    def scan_img(self, hint, ext="jpg"):
        t = self._tick()
        if self.rnd.random() < 0.5:
            return self._unique(f"{hint}.{ext}")
        return self._unique(f"scan{t:%Y%m%d%H%M%S}.{ext}")

    def tif(self):
        return self._unique(f"SCAN_{self.rnd.randint(1, 999):04d}.tif")


def _month_last(ym: str) -> date:
    y, m = int(ym[:4]), int(ym[5:7])
    return date(y, m, calendar.monthrange(y, m)[1])


def pick_defects(rnd: random.Random, clean: bool, application: str) -> list[str]:
    if clean:
        return []
    n = rnd.choices([1, 2, 3], [0.5, 0.35, 0.15])[0]
    pool = list(DEFECTS)
    chosen: list[str] = []
    weights = {k: (0.5 if k in ("permit_too_recent", "only_dazhuan", "adult_diploma", "blank_back_page", "id_other_valid")
                   else 1.0) for k in pool}
    if application == "renewal":
        weights["missing_household_register"] = 0
        weights["hukou_address_one_char"] = 0.5
    while len(chosen) < n:
        k = rnd.choices(pool, [weights[p] for p in pool])[0]
        if k in chosen or any(k in grp and chosen_k in grp for grp in CONFLICTS for chosen_k in chosen):
            continue
        chosen.append(k)
    if not any(k in ERROR_DEFECTS for k in chosen) and rnd.random() < 0.5:
        pass  # a warnings-only packet (verdict review) now and then
    return chosen


class Builder:
    def __init__(self, rnd: random.Random, name: str, as_of: date, application: str, defects: list[str]):
        self.rnd = rnd
        self.name = name
        self.as_of = as_of
        self.application = application
        self.defects = defects
        self.docs: list[TDoc] = []
        self.files: list[FileOut] = []
        self.namer = Namer(rnd, as_of)
        self.sub = rnd.choice(["", "", "", "材料", "积分材料", "新建文件夹"])

    def has(self, d):
        return d in self.defects

    # -- the story ------------------------------------------------------------------------------------------------
    def story(self):
        r, A = self.rnd, self.as_of
        p = people.make_person(r, A)
        self.p = p
        kind = r.choice(["plain", "plain", "branch", "branch_district", "bracket", "group"])
        self.co = people.make_company(r, kind)
        self.prev_co = people.make_company(r, r.choice(["plain", "plain", "bracket"]))
        self.agency = people.make_company(r, agency=True)
        self.job_change = r.random() < 0.35 or self.has("si_new_arrival")
        am = f"{A:%Y-%m}"
        # labour contract
        if self.has("si_new_arrival"):
            start = date.fromisoformat(month_add(am, -5) + "-01") + timedelta(days=r.randint(0, 10))
        elif self.job_change:
            start = date.fromisoformat(month_add(am, -r.randint(8, 11)) + "-01") + timedelta(days=r.randint(0, 20))
        else:
            start = A - timedelta(days=r.randint(300, 2000))
        open_ended = r.random() < 0.15 and not any(self.has(k) for k in ("contract_ends_soon", "contract_ended",
                                                                          "contract_short_term"))
        years = r.choice([2, 3, 3, 3, 5])
        end = add_years(start, years) - timedelta(days=1)
        renewal_doc = None
        if not open_ended:
            # keep the term ending well beyond as_of + 2 months (clean) ...
            while end < A + relativedelta(months=6):
                if r.random() < 0.3 and not self.job_change and not self.has("contract_short_term"):
                    renewal_doc = (start, end)
                    start = end + timedelta(days=1)
                    end = add_years(start, 3) - timedelta(days=1)
                else:
                    start = start + relativedelta(years=1)
                    end = add_years(start, years) - timedelta(days=1)
            if self.has("contract_ends_soon"):
                end = A + relativedelta(months=2) - timedelta(days=r.randint(8, 40))
                start = end - relativedelta(years=years) + timedelta(days=1)
                renewal_doc = None
            elif self.has("contract_ended"):
                end = A - timedelta(days=r.randint(10, 70))
                start = end - relativedelta(years=years) + timedelta(days=1)
                renewal_doc = None
            elif self.has("contract_short_term"):
                start = A - timedelta(days=r.randint(60, 120))
                end = start + relativedelta(months=r.choice([6, 8, 10])) - timedelta(days=1)
                if end < A + relativedelta(months=2) + timedelta(days=10):
                    end = A + relativedelta(months=2) + timedelta(days=20)
                renewal_doc = None
        if self.has("si_new_arrival") or self.job_change:
            renewal_doc = None
        self.contract = {"employer": self.co.name, "employee_name": p.name, "employee_id_number": p.id_number,
                         "start_date": start, "end_date": None if open_ended else end, "open_ended": open_ended,
                         "signing_date": start - timedelta(days=r.randint(0, 12)), "years": years,
                         "term_form": r.choice(["dates", "dates", "years"]) if years in (1, 2, 3, 5) else "dates",
                         "probation_end": start + relativedelta(months=r.choice([1, 2, 3, 6])) - timedelta(days=1)}
        if self.has("contract_short_term"):
            self.contract["term_form"] = "dates"
        self.renewal = None
        if renewal_doc:
            s0, e0 = renewal_doc
            self.renewal = dict(self.contract)
            self.contract = dict(self.contract, start_date=s0, end_date=e0, open_ended=False,
                                 signing_date=s0 - timedelta(days=r.randint(0, 10)),
                                 probation_end=s0 + relativedelta(months=3) - timedelta(days=1))
            self.renewal["signing_date"] = e0 - timedelta(days=r.randint(5, 30))
        if self.has("job_changed_old_contract"):
            # the contract handed in is with the previous employer; tax and social insurance now show the new one
            self.co, self.new_co = self.prev_co, self.co
            self.contract["employer"] = self.co.name
            for c in (self.contract, self.renewal):
                if c:
                    c["employer"] = self.co.name
        else:
            self.new_co = self.co

        # residence permit
        district = next((d for d in people.DISTRICT_CODES if d in p.residence_address), "浦东新区")
        short = district.replace("新区", "").replace("区", "")
        office = f"上海市公安局{short}分局"
        if self.has("permit_expired"):
            issue = A - timedelta(days=r.randint(380, 520))
        elif self.has("permit_too_recent"):
            issue = A - timedelta(days=r.randint(1, 3))  # fewer than 5 working days in (issue, as_of]
        else:
            issue = A - timedelta(days=r.randint(40, 320))
        self.permit = {"name": p.name, "id_number": p.id_number, "hukou_address": p.hukou_address,
                       "residence_address": p.residence_address, "issue_date": issue, "valid_from": issue,
                       "valid_until": add_years(issue, 1) - timedelta(days=1), "office": office,
                       "printed": A - timedelta(days=r.randint(0, 12))}
        if self.permit["printed"] < issue:
            self.permit["printed"] = issue
        self.collective = None
        if self.application == "first" and r.random() < 0.2:
            code, prov, city, county, auth, _k = p.area
            unit = f"{city or prov}{r.choice(['人才服务中心', '人力资源市场', '高校毕业生就业指导中心'])}"
            addr = f"{prov}{city}{county}{r.choice(people.ROADS)}路{r.randint(1, 400)}号"
            self.collective = {"name": p.name, "id_number": p.id_number, "address": addr, "unit": unit,
                               "office": f"{auth}{r.choice(people.TOWNS)}派出所",
                               "issue_date": A - timedelta(days=r.randint(5, 80))}
            self.permit["hukou_address"] = addr
        if self.has("hukou_address_one_char"):
            self.permit["hukou_address"] = people.one_char_off(self.permit["hukou_address"], r)
        # ID card expiry
        if self.has("id_card_expired"):
            p.id_valid_until = A - timedelta(days=r.randint(15, 200))
            p.id_valid_from = add_years(p.id_valid_until, -10)
        # household register
        self.hh = {"household_type": r.choice(["家庭户", "家庭户", "非农业家庭户口", "农业家庭户口"]), "head_name": p.head_name,
                   "household_number": p.household_number, "address": p.hukou_address,
                   "issue_date": people.rand_date(r, p.birth + timedelta(days=365 * 17), A - timedelta(days=200)),
                   "seal": p.area[4] + r.choice(["", "户口登记专用章"])[:0], "education": None,
                   "registration_date": None}
        self.hh["registration_date"] = people.rand_date(r, p.birth + timedelta(days=30), self.hh["issue_date"])
        self.hh["issue_date"] = max(self.hh["issue_date"], self.hh["registration_date"])
        # education
        self.edu = self._education()
        self.hh["education"] = {"本科": "大学本科", "专科": "大学专科", "硕士研究生": "研究生"}[self.edu["level"]]
        if r.random() < 0.3:
            self.hh["education"] = r.choice(["高中", "大学本科", "大学"]) if self.edu["level"] != "专科" else "大专"
        self.member_employer = "" if r.random() < 0.45 else r.choice([self.co.name, self.prev_co.name, "无业", "学生"])
        self.tax = self._tax()
        self.si = self._si() if (r.random() < 0.6 or any(self.has(k) for k in ("si_back_payment_recent", "si_agency",
                                                                                 "si_new_arrival"))) else None
        self.marriage = None
        if p.married and r.random() < 0.6:
            reg = people.rand_date(r, max(p.birth, people.date(1900, 1, 1)) + timedelta(days=365 * 24), A - timedelta(days=100))
            husband, wife = (p.name, p.spouse_name) if p.male else (p.spouse_name, p.name)
            hid, wid = (p.id_number, p.spouse_id) if p.male else (p.spouse_id, p.id_number)
            sb = date(int(p.spouse_id[6:10]), int(p.spouse_id[10:12]), int(p.spouse_id[12:14]))
            hb, wb = (p.birth, sb) if p.male else (sb, p.birth)
            self.marriage = {"holder_name": p.name, "spouse_name": p.spouse_name, "spouse_id_number": p.spouse_id,
                             "registration_date": reg, "number": f"J{p.area[0]}-{reg.year}-{r.randint(1, 9999):06d}",
                             "husband": husband, "wife": wife, "husband_id": hid, "wife_id": wid, "husband_birth": hb,
                             "wife_birth": wb, "office": f"{p.area[2] or p.area[1]}{p.area[3]}民政局"}
        # how the tax record comes: screens and the old certificate show only the recent months
        self.tax_form = r.choices(["national_pdf", "national_photo", "app", "old"], [0.55, 0.15, 0.18, 0.12])[0]
        if self.tax_form in ("app", "old"):
            keep_from = month_add(tax_window(A)[0], -r.randint(0, 2))
            self.tax["printed_rows"] = [x for x in self.tax["printed_rows"] if x["period"] >= keep_from]
        self.with_xuexin = r.random() < 0.25
        # names / ID slips
        self.slip_doc = None
        if self.has("name_misspelt") or self.has("id_typo") or self.has("id_other_valid"):
            choices = ["contract", "tax", "permit"] + (["si"] if self.si else [])
            if self.has("missing_contract"):
                choices.remove("contract")
            self.slip_doc = r.choice(choices)
            if self.has("name_misspelt"):
                val = people.misspell(p.name, r)
                key = "name"
            else:
                val = people.id_typo(p.id_number, r, keep_valid=self.has("id_other_valid"))
                key = "id"
            target = {"contract": self.contract, "tax": self.tax, "permit": self.permit, "si": self.si}[self.slip_doc]
            if self.slip_doc == "contract":
                target["employee_name" if key == "name" else "employee_id_number"] = val
                if self.renewal:
                    self.renewal["employee_name" if key == "name" else "employee_id_number"] = val
            else:
                target["name" if key == "name" else "id_number"] = val

    def _education(self):
        r, p = self.rnd, self.p
        if self.has("only_dazhuan"):
            level, kind, deg = "专科", "full", None
        elif self.has("adult_diploma"):
            level, kind, deg = "本科", r.choice(["adult", "self", "online"]), "学士"
        else:
            level, deg = r.choice([("本科", "学士")] * 4 + [("硕士研究生", "硕士")])
            kind = "full"
        school, city = r.choice(people.DAZHUAN if level == "专科" else people.SCHOOLS)
        if level == "专科":
            major, disc = r.choice(people.DAZHUAN_MAJORS), ""
        else:
            major, disc = r.choice(people.MAJORS)
        yrs = {"本科": 4, "专科": 3, "硕士研究生": 3}[level]
        grad_age = {"本科": 22, "专科": 21, "硕士研究生": 25}[level] + (r.randint(1, 4) if kind != "full" else 0)
        gy = p.birth.year + grad_age
        gy = min(gy, self.as_of.year - 1)
        grad = date(gy, r.choice([6, 7]), r.choice([20, 25, 28, 30]) if True else 1)
        if kind == "self":
            grad = date(gy, r.choice([6, 12]), 30)
        start = date(gy - yrs, 9, 1)
        return {"name": p.name, "school": school, "major": major, "level": level, "graduation_date": grad, "start": start,
                "kind": kind, "degree_level": deg, "discipline": disc,
                "number": f"{r.randint(10000, 14000)}{gy}{r.randint(10**7, 10**8 - 1)}",
                "degree_number": f"{r.randint(10000, 14000)}{r.randint(10**9, 10**10 - 1)}",
                "xx_date": self.as_of - timedelta(days=r.randint(3, 60)),
                "xx_code": "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))}

    def _tax(self):
        r, A = self.rnd, self.as_of
        win = tax_window(A)
        last = win[-1]
        printed_to = last
        if A.day < 15 and A.day >= 9 and r.random() < 0.5:
            printed_to = month_add(last, 1)  # declared early, already on the print
        issue = A - timedelta(days=r.randint(0, 3))
        if self.has("tax_latest_not_printed"):
            # printed in the first days of the month, handed in after the 15th: the latest window month is not on it
            A2 = A if A.day >= 15 else None
            printed_to = month_add(last, -1)
            issue = A - timedelta(days=r.randint(0, 3))
        start = month_add(printed_to, -r.randint(11, 20))
        months = []
        m = start
        while m <= printed_to:
            months.append(m)
            m = month_add(m, 1)
        cstart = f"{self.contract['start_date']:%Y-%m}"
        rows = []
        base_tax = r.uniform(80, 2600)
        for m in months:
            if self.has("job_changed_old_contract"):
                agent = self.new_co if m >= month_add(f"{A:%Y-%m}", -5) else self.co
            elif m < cstart:
                agent = self.prev_co
            else:
                agent = self.co
            if self.has("tax_agency") and m >= month_add(f"{A:%Y-%m}", -r.choice([4, 6, 8])):
                agent = self.agency
            amount = round(base_tax * r.uniform(0.8, 1.25), 2)
            if r.random() < 0.04 and m != printed_to:
                amount = 0.0
            declared = _month_last(m) + timedelta(days=r.randint(1, 15))
            rows.append({"period": m, "agent": agent.name, "agent_code": agent.credit_code, "amount": amount,
                         "item": "工资薪金所得", "declared": declared, "paid": declared + timedelta(days=r.randint(0, 3)),
                         "income": round(amount * r.uniform(8, 15) + 5000, 2),
                         "office": f"国家税务总局上海市{r.choice(['浦东新区', '闵行区', '徐汇区', '静安区'])}税务局"})
        if self.has("tax_month_missing"):
            gone = r.choice(win[:-1])
            rows = [x for x in rows if x["period"] != gone]
        # extra rows: a year-end bonus, a service fee from another payer
        if r.random() < 0.5:
            bm = next((x for x in rows if x["period"].endswith(("-01", "-02", "-03"))), None)
            if bm:
                rows.append(dict(bm, item="全年一次性奖金收入", amount=round(r.uniform(300, 6000), 2)))
        if r.random() < 0.3:
            lm = r.choice(rows[-4:])
            other = people.make_company(r)
            rows.append(dict(lm, item="劳务报酬所得", agent=other.name, agent_code=other.credit_code,
                             amount=round(r.uniform(40, 800), 2)))
        for x in rows:
            x["declared"] = min(x["declared"], issue - timedelta(days=1))
            x["paid"] = min(x["paid"], issue)
        rows.sort(key=lambda x: (x["period"], x["item"] != "工资薪金所得"))
        return {"name": self.p.name, "id_number": self.p.id_number, "issue_date": issue, "printed_rows": rows,
                "from": date.fromisoformat(months[0] + "-01"), "to": date.fromisoformat(printed_to + "-01"),
                "verify_code": "".join(r.choice("0123456789ABCDEF") for _ in range(16))}

    def _si(self):
        r, A = self.rnd, self.as_of
        am = f"{A:%Y-%m}"
        end = month_add(am, -1) if A.day < 20 or r.random() < 0.5 else am
        if self.has("si_new_arrival"):
            start = month_add(am, -4)
        else:
            start = month_add(end, -r.randint(13, 30))
        cstart = f"{self.contract['start_date']:%Y-%m}"
        rows = []
        base = r.choice([7460, 8600, 10000, 12500, 15000, 18800, 23000])
        m = start
        while m <= end:
            if self.has("job_changed_old_contract"):
                emp = self.new_co if m >= month_add(am, -5) else self.co
            elif m < cstart and not self.has("si_new_arrival"):
                emp = self.prev_co
            else:
                emp = self.co
            if self.has("si_agency") and m >= month_add(am, -r.choice([5, 9])):
                emp = self.agency
            if m.endswith("-07"):
                base = round(base * r.uniform(1.0, 1.08) / 10) * 10
            rows.append({"month": m, "month_to": None, "employer": emp.name, "base": float(base), "back": False})
            m = month_add(m, 1)
        if self.has("si_back_payment_recent"):
            # the latest months were paid late: they stand as 补缴, and the as-of month is not on the print yet
            rows = [x for x in rows if x["month"] <= month_add(am, -1)]
            for x in rows[-2:]:
                x["back"] = True
        elif len(rows) > 14 and r.random() < 0.35:
            rows[r.randint(0, len(rows) - 13)]["back"] = True  # an old 补缴 month: not decisive
        variant = r.choice(["status", "note", "section"])
        printed = rows
        # older months folded into ranges of one row with one base (only regular rows, one payer, one base)
        if r.random() < 0.4 and not self.has("si_new_arrival"):
            folded = []
            for x in rows:
                prev = folded[-1] if folded else None
                if (prev and not x["back"] and not prev["back"] and prev["employer"] == x["employer"]
                        and prev["base"] == x["base"] and x["month"] <= month_add(am, -8)
                        and month_add(prev["month_to"] or prev["month"], 1) == x["month"]):
                    prev["month_to"] = x["month"]
                else:
                    folded.append(dict(x))
            printed = folded
        return {"name": self.p.name, "id_number": self.p.id_number, "rows": rows, "printed_rows": printed,
                "variant": variant, "compact": r.random() < 0.3, "from": start, "to": end,
                "printed": A - timedelta(days=r.randint(0, 8))}

    # -- truth documents ------------------------------------------------------------------------------------------
    def tdocs(self):
        p, r = self.p, self.rnd
        T = {}
        T["id_card"] = TDoc("id_card", "card", {
            "name": p.name, "sex": "男" if p.male else "女", "ethnicity": p.ethnicity, "birth_date": _d(p.birth),
            "address": p.id_address, "id_number": p.id_number, "issuing_authority": p.issuing_authority,
            "valid_from": _d(p.id_valid_from), "valid_until": _d(p.id_valid_until) if p.id_valid_until else "long_term"})
        pm = self.permit
        T["residence_permit"] = TDoc("residence_permit", "", {
            "name": pm["name"], "id_number": pm["id_number"], "hukou_address": pm["hukou_address"],
            "residence_address": pm["residence_address"], "issue_date": _d(pm["issue_date"]),
            "valid_from": _d(pm["valid_from"]), "valid_until": _d(pm["valid_until"])})
        if self.collective:
            c = self.collective
            T["collective"] = TDoc("collective_hukou_certificate", "letter", {
                "name": c["name"], "id_number": c["id_number"], "address": c["address"], "issue_date": _d(c["issue_date"])})
        else:
            h = self.hh
            T["cover"] = TDoc("household_register_cover", "", {
                "household_type": h["household_type"], "head_name": h["head_name"], "household_number": h["household_number"],
                "address": h["address"], "issue_date": _d(h["issue_date"])})
            mf = {"name": p.name, "relation_to_head": p.relation, "sex": "男" if p.male else "女", "birthplace": p.birthplace,
                  "ethnicity": p.ethnicity + "族", "native_place": p.native_place, "birth_date": _d(p.birth),
                  "id_number": p.id_number, "education": h["education"], "marital_status": "已婚" if p.married else "未婚",
                  "registration_date": _d(h["registration_date"])}
            if self.member_employer:
                mf["employer"] = self.member_employer
            T["member"] = TDoc("household_register_member", "", mf)
        for key, c in (("contract", self.contract), ("renewal", self.renewal)):
            if c:
                f = {"employer": c["employer"], "employee_name": c["employee_name"],
                     "employee_id_number": c["employee_id_number"], "start_date": _d(c["start_date"]),
                     "open_ended": c["open_ended"], "signing_date": _d(c["signing_date"])}
                if not c["open_ended"]:
                    f["end_date"] = _d(c["end_date"])
                T[key] = TDoc("labour_contract", "", f)
        t = self.tax
        T["tax"] = TDoc("tax_record", "", {"name": t["name"], "id_number": t["id_number"], "issue_date": _d(t["issue_date"])},
                        [{"period": x["period"], "withholding_agent": x["agent"], "amount": f"{x['amount']:.2f}"}
                         for x in t["printed_rows"]])
        if self.si:
            s = self.si
            T["si"] = TDoc("social_insurance_record", "", {"name": s["name"], "id_number": s["id_number"]},
                           [{"month": x["month"], "employer": x["employer"], "base": f"{x['base']:.2f}",
                             "back_payment": x["back"]} for x in s["rows"]])
        e = self.edu
        lvl = e["level"]
        T["diploma"] = TDoc("diploma", e["kind"], {"name": e["name"], "school": e["school"], "major": e["major"],
                                                   "level": lvl, "graduation_date": _d(e["graduation_date"])},
                            extra={"kind": e["kind"]})
        if e["degree_level"]:
            T["degree"] = TDoc("degree_certificate", "certificate", {
                "name": e["name"], "school": e["school"], "major": e["major"], "level": e["degree_level"],
                "graduation_date": _d(e["graduation_date"])})
        if self.marriage:
            m = self.marriage
            T["marriage"] = TDoc("marriage_certificate", "open_inner_pages", {
                "holder_name": m["holder_name"], "spouse_name": m["spouse_name"], "spouse_id_number": m["spouse_id_number"],
                "registration_date": _d(m["registration_date"])})
        return T
