"""Packet planning: who is in the packet, which papers exist (with the values
they print), which defects, and how each paper is handed in (files, pages,
captures). Pure function of (seed, index)."""
from __future__ import annotations

import datetime as dt
import random

from . import data
from .common import (D, add_months, add_years, completed_years, id_check, id_valid, iso, make_credit_code, make_id,
                     month_add, month_of, month_range, norm, rng)
from .people import (company, hukou_address, id_validity, make_person, name_for, police, rand_date, region_name,
                     sh_address, station_ring)
from .rules import tax_window, working_days_after

# ---------------------------------------------------------------- scenarios
# st: target verdict. Every scenario is one applicant's situation; the details
# (names, dates, layouts, captures) are drawn per packet.
SCENARIOS = [
    # ---- ready (14)
    dict(st="ready", married=True, spouse_sh=True, dspouse=True, fam="parents"),
    dict(st="ready", married=True, spouse_sh=True, dspouse=True, cert="both", couple_a4=True, title="技能三级"),
    dict(st="ready", fam="parents_siblings", hand=True, dup_tax=True),
    dict(st="ready", married=True, head=True, child=True, extras=["birth_certificate"]),
    dict(st="ready", app="renewal", married=True, spouse_sh=True, dspouse=True),
    dict(st="ready", collective=True, edu="old"),
    dict(st="ready", married=True, extras=["spouse_old_permit", "bank_card"], spouse_id=True),
    dict(st="ready", married=True, spouse_sh=True, dspouse=True, extras=["parent_id"], edu="old90s", age="old"),
    dict(st="ready", app="renewal", si=True, edu="xuexin"),
    dict(st="ready", married=True, spouse_sh=True, dspouse=True, extras=["property_certificate"], multi_pdf=True),
    dict(st="ready", contract="sh_model_hand", dup_id=True, fam="parents"),
    dict(st="ready", married=True, spouse_sh=True, dspouse=True, edu="master", fam="grand", child=True),
    dict(st="ready", title="技能二级", edu="bachelor_only"),
    dict(st="ready", app="renewal", married=True, head=True, child=True, si=True),
    # ---- review (8)
    dict(st="review", defects=["permit_too_recent"]),
    dict(st="review", defects=["below_standard"], edu="bachelor_only", married=True, spouse_id=True),
    dict(st="review", defects=["spouse_claim_no_register"], married=True, spouse_sh=True, dspouse=True),
    dict(st="review", defects=["adult_diploma"], edu="adult"),
    dict(st="review", defects=["spouse_claim_no_spouse_id"], married=True, spouse_sh=True, dspouse=True),
    dict(st="review", defects=["below_standard"], age="old", edu="bachelor", married=True, head=True, child=True),
    dict(st="review", defects=["degree_without_diploma"], edu="degree_only"),
    dict(st="review", defects=["permit_too_recent"], married=True, spouse_sh=True, dspouse=True, app="renewal"),
    # ---- fix (18)
    dict(st="fix", defects=["own_member_page_missing"], fam="parents_siblings"),
    dict(st="fix", defects=["only_spouse_register"], married=True, spouse_sh=True, dspouse=True),
    dict(st="fix", defects=["member_name_typo"], fam="parents", hand=True),
    dict(st="fix", defects=["permit_hukou_typo"], married=True, spouse_sh=True, dspouse=True),
    dict(st="fix", defects=["spouse_claim_no_register", "contract_ends_soon"], married=True, spouse_sh=True,
         dspouse=True),
    dict(st="fix", defects=["contract_ends_soon"], fam="parents_siblings"),
    dict(st="fix", defects=["tax_missing_month"], married=True, head=True, child=True),
    dict(st="fix", defects=["permit_expired"]),
    dict(st="fix", defects=["agency_tax_payer"], married=True),
    dict(st="fix", defects=["id_card_expired"], married=True, spouse_sh=True, spouse_id=True),
    dict(st="fix", defects=["own_id_card_missing"], married=True, spouse_sh=True, spouse_id=True,
         extras=["parent_id"]),
    dict(st="fix", defects=["contract_term_short"]),
    dict(st="fix", defects=["contract_id_typo"], fam="parents"),
    dict(st="fix", defects=["si_not_paying"], si=True),
    dict(st="fix", defects=["si_agency"], si=True, married=True, spouse_sh=True, dspouse=True),
    dict(st="fix", defects=["tax_record_is_spouses"], married=True, spouse_id=True),
    dict(st="fix", defects=["permit_expired", "tax_latest_not_printed"], app="renewal"),
    dict(st="fix", defects=["permit_id_check_digit"], married=True, head=True),
]
assert len(SCENARIOS) == 40


def scenario_for(seed, index):
    block = index // len(SCENARIOS)
    perm = list(range(len(SCENARIOS)))
    rng(seed, block, "schedule").shuffle(perm)
    return dict(SCENARIOS[perm[index % len(SCENARIOS)]])


SIMILAR = {"伟": "玮", "杰": "洁", "丽": "莉", "华": "骅", "军": "君", "芳": "方", "敏": "民", "磊": "垒", "涛": "滔",
           "斌": "彬", "超": "潮", "娜": "那", "婷": "亭", "雪": "学", "晶": "京", "慧": "惠", "颖": "影", "明": "铭",
           "强": "蔷", "勇": "永", "刚": "钢", "平": "萍", "辉": "晖", "鹏": "朋", "飞": "菲", "鑫": "新", "波": "博",
           "宁": "凝", "浩": "灏", "凯": "恺", "健": "建", "俊": "骏", "帆": "凡", "亮": "靓", "晨": "辰", "阳": "杨",
           "宇": "雨", "博": "波", "文": "雯", "轩": "宣", "然": "冉", "泽": "则", "睿": "锐", "志": "智", "国": "帼",
           "建": "健", "海": "还", "峰": "锋", "松": "淞", "林": "琳", "德": "得", "兴": "星", "嘉": "佳", "翔": "祥",
           "毅": "义", "诚": "成", "静": "婧", "艳": "燕", "娟": "鹃", "霞": "夏", "秀": "绣", "英": "瑛", "莹": "滢",
           "琳": "林", "洁": "杰", "倩": "茜", "佳": "嘉", "欣": "昕", "悦": "月", "蕾": "磊", "璐": "露", "薇": "微",
           "梅": "玫", "兰": "岚", "萍": "平", "琴": "勤", "燕": "艳", "菲": "飞", "瑶": "遥", "怡": "宜", "楠": "南",
           "露": "璐", "晓": "小", "雯": "文", "玲": "铃", "子": "梓", "思": "斯", "雨": "宇", "一": "依", "家": "佳",
           "梓": "子", "春": "椿", "秋": "湫", "永": "勇", "红": "虹", "小": "晓", "美": "梅", "安": "岸", "如": "茹",
           "若": "偌"}


def typo_name(name: str, r: random.Random) -> str:
    idx = [i for i in range(1, len(name)) if name[i] in SIMILAR]
    i = r.choice(idx) if idx else len(name) - 1
    return name[:i] + SIMILAR.get(name[i], "一") + name[i + 1:]


def typo_address(addr: str, r: random.Random) -> str:
    """Change one character: a digit of a number, or a place word."""
    digits = [i for i, c in enumerate(addr) if c.isdigit()]
    if digits and r.random() < 0.65:
        i = r.choice(digits)
        c = str((int(addr[i]) + r.randint(1, 8)) % 10)
        if i > 0 and not addr[i - 1].isdigit() and c == "0":
            c = "7"
        return addr[:i] + c + addr[i + 1:]
    for a, b in (("村", "庄"), ("路", "街"), ("幢", "栋"), ("栋", "幢"), ("组", "队"), ("镇", "乡"), ("号", "弄")):
        k = addr.rfind(a)
        if k > 6:
            return addr[:k] + b + addr[k + 1:]
    return addr[:-1] + "号"


# ---------------------------------------------------------------- helpers
def dstr(x):
    return x.isoformat() if isinstance(x, dt.date) else x


def edu_label(level, mode="普通全日制"):
    return {"专科": "大学专科", "大专": "大学专科", "本科": "大学本科", "硕士研究生": "研究生"}.get(level, level)


class Planner:
    def __init__(self, seed, index):
        self.seed, self.index = seed, index
        self.sc = scenario_for(seed, index)
        self.defects = list(self.sc.get("defects", []))
        self.docs = []
        self.decl = {}

    def r(self, purpose):
        return rng(self.seed, self.index, purpose)

    # ------------------------------------------------------------ documents
    def add(self, type_, layout, person, fields, rows=None, p=None, parts=None, who=None):
        doc = {"type": type_, "layout": layout, "person": person, "fields": fields, "rows": rows or [],
               "_p": p or {}, "_parts": parts or ["main"], "_who": who, "_id": len(self.docs)}
        self.docs.append(doc)
        return doc

    # ------------------------------------------------------------ people
    def people(self):
        sc, r = self.sc, self.r("people")
        self.as_of = rand_date(self.r("asof"), D(2026, 11, 2), D(2026, 12, 20))
        self.app = sc.get("app", "first")
        as_of = self.as_of
        sex = r.choice(["男", "女"])
        edu = sc.get("edu", r.choice(["bachelor"] * 5 + ["xuexin", "master"]))
        if edu == "old90s":
            born = rand_date(r, D(1971, 1, 1), D(1975, 6, 30))
        elif sc.get("age") == "old":
            born = rand_date(r, D(1972, 1, 1), D(1979, 6, 30))
        elif edu == "old":
            born = rand_date(r, D(1983, 1, 1), D(1986, 12, 31))
        elif edu == "master":
            born = rand_date(r, D(1985, 1, 1), D(1996, 6, 30))
        else:
            born = rand_date(r, D(1984, 1, 1), D(1999, 6, 30))
        if sc.get("age") == "old":
            born = min(born, D(1979, 6, 30))
        self.edu = edu
        reg = r.choice(data.REGIONS)
        A = make_person(r, sex, born, reg)
        A["ethnicity"] = r.choice(data.ETHNIC)
        A["hukou"] = hukou_address(r, reg)
        A["place"] = region_name(reg, short=True)
        self.A = A
        self.married = bool(sc.get("married"))
        self.head = bool(sc.get("head"))
        fam = sc.get("fam") or r.choice(["parents", "parents_siblings", "mother_only", "parents"])
        self.fam = fam
        surname = A["name"][0]
        # parents (the father usually the 户主)
        fb = add_years(born, -r.randint(24, 32))
        fb = rand_date(r, fb - dt.timedelta(days=200), fb)
        self.father = make_person(r, "男", fb, reg, surname=surname, avoid={A["name"]})
        self.mother = make_person(r, "女", rand_date(r, fb, add_years(fb, 4)), reg, avoid={A["name"], self.father["name"]})
        for q in (self.father, self.mother):
            q["ethnicity"] = A["ethnicity"]
        self.siblings = []
        if fam == "parents_siblings" or (fam == "parents" and r.random() < 0.3):
            for k in range(r.choice([1, 1, 2])):
                sx = r.choice(["男", "女"])
                sb = rand_date(r, add_years(born, -6), add_years(born, 8))
                sb = min(sb, add_years(as_of, -17))
                s = make_person(r, sx, sb, reg, surname=surname,
                                avoid={A["name"], self.father["name"], self.mother["name"]} | {x["name"] for x in self.siblings})
                s["ethnicity"] = A["ethnicity"]
                self.siblings.append(s)
        self.grand = None
        if fam == "grand":
            gb = add_years(fb, -r.randint(24, 30))
            self.grand = make_person(r, "女", gb, reg, avoid={A["name"], self.father["name"]})
            self.grand["ethnicity"] = A["ethnicity"]
        # spouse
        self.spouse = None
        self.child = None
        if self.married:
            ssex = "女" if sex == "男" else "男"
            sb = rand_date(r, add_years(born, -4), add_years(born, 4))
            sb = min(sb, add_years(as_of, -24))
            if sc.get("spouse_sh"):
                dist, code = r.choice(data.SH_DISTRICTS)
                sreg = ("上海市", "", dist, code, False)
            else:
                sreg = r.choice(data.REGIONS)
            S = make_person(r, ssex, sb, sreg, avoid={A["name"], self.father["name"], self.mother["name"]})
            S["ethnicity"] = r.choice(data.ETHNIC)
            S["place"] = region_name(sreg, short=True) if sreg[0] != "上海市" else f"上海市{sreg[2]}"
            self.spouse = S
            earliest = max(add_years(born, 22), add_years(sb, 22), D(1995, 1, 1))
            latest = as_of - dt.timedelta(days=400)
            if edu == "old90s" or sc.get("age") == "old":
                earliest = max(earliest, add_years(max(born, sb), 24))
                latest = min(latest, add_years(max(born, sb), 32))
            self.married_on = rand_date(r, earliest, max(earliest, latest))
            if sc.get("child") or r.random() < 0.4:
                cb = rand_date(r, self.married_on + dt.timedelta(days=300), as_of - dt.timedelta(days=200))
                csex = r.choice(["男", "女"])
                csur = A["name"][0] if (sex == "男" or r.random() < 0.2) else S["name"][0]
                if sc.get("spouse_sh") and r.random() < 0.6:
                    creg = sreg
                else:
                    creg = reg
                self.child = make_person(r, csex, cb, creg, surname=csur, avoid={A["name"], S["name"]})
                self.child["ethnicity"] = A["ethnicity"]
        # employers
        rc = self.r("employer")
        self.employer = company(rc)
        self.prev_employer = company(rc, avoid={self.employer["name"]}) if rc.random() < 0.5 else None
        self.agency = company(rc, avoid={self.employer["name"]}, agency=True)
        self.res_addr = sh_address(rc)

    # ------------------------------------------------------------ papers
    def papers(self):
        sc, A, as_of = self.sc, self.A, self.as_of
        defects = self.defects
        r = self.r("papers")
        # ---- applicant's ID card
        id_addr = A["hukou"]
        if r.random() < 0.2 and not A["hukou"].startswith("重庆"):
            id_addr = hukou_address(r, A["region"])  # older address printed on the card: not a defect
        vf, vu = id_validity(r, A["birth"], as_of, expired="id_card_expired" in defects)
        self.id_doc = None
        if "own_id_card_missing" not in defects:
            self.id_doc = self.id_card(A, id_addr, vf, vu, "applicant")
        # ---- residence permit
        self.permit()
        # ---- hukou
        self.hukou()
        # ---- contract, tax, social insurance
        self.contract()
        self.tax()
        if sc.get("si") or r.random() < 0.2:
            self.social_insurance()
        # ---- education
        self.education()
        # ---- spouse and family papers
        self.family_papers()
        self.extras()
        self.declarations()

    def id_card(self, P, address, vf, vu, person, front_only=False):
        f = {"name": P["name"], "sex": P["sex"], "ethnicity": P["ethnicity"], "birth_date": iso(P["birth"]),
             "address": address, "id_number": P["id_number"]}
        auth = police(P["region"])
        if not front_only:
            f.update({"issuing_authority": auth, "valid_from": iso(vf), "valid_until": dstr(vu)})
        p = dict(name=P["name"], sex=P["sex"], ethnicity=P["ethnicity"], birth=P["birth"], address=address,
                 id_number=P["id_number"], issuing_authority=auth, valid_from=vf, valid_until=vu)
        return self.add("id_card", "card", person, f, p=p, parts=["front"] if front_only else ["front", "back"], who=P)

    def permit(self):
        A, as_of, defects = self.A, self.as_of, self.defects
        r = self.r("permit")
        years = r.choice([1, 3, 3])
        if "permit_expired" in defects:
            vu = as_of - dt.timedelta(days=r.randint(5, 150))
            vf = add_years(vu + dt.timedelta(days=1), -years)
            issue = vf
        elif "permit_too_recent" in defects:
            issue = as_of
            while working_days_after(issue, as_of) < r.choice([2, 3, 4]):
                issue -= dt.timedelta(days=1)
            vf = issue
            vu = add_years(vf, years) - dt.timedelta(days=1)
        else:
            lo = as_of - dt.timedelta(days=years * 365 - 60)
            hi = as_of - dt.timedelta(days=r.randint(25, 200))
            issue = rand_date(r, lo, hi)
            vf = issue
            vu = add_years(vf, years) - dt.timedelta(days=1)
        hk = A["hukou"]
        if "permit_hukou_typo" in defects:
            hk = typo_address(hk, r)
        idn = A["id_number"]
        if "permit_id_check_digit" in defects:
            good = idn[-1]
            idn = idn[:-1] + next(c for c in "0123456789X" if c != good and c != id_check(idn[:17]))
            assert not id_valid(idn)
        layout = r.choice(["card_info", "info_grid2", "info_grid4", "info_list", "app", "info_grid2"])
        f = {"name": A["name"], "id_number": idn, "hukou_address": hk, "residence_address": self.res_addr,
             "issue_date": iso(issue), "valid_from": iso(vf), "valid_until": iso(vu)}
        dist = self.res_addr[3:6] if not self.res_addr[3:7].endswith("新区") else "浦东"
        p = dict(name=A["name"], sex=A["sex"], id_number=idn, hukou_address=hk, residence_address=self.res_addr,
                 issue_date=issue, valid_from=vf, valid_until=vu, card_no=f"{r.randint(10**11, 10**12 - 1)}",
                 station=f"{dist.rstrip('区')}分局", print_date=as_of - dt.timedelta(days=r.randint(0, 20)))
        parts = {"card_info": ["card_front", "card_back", "info"], "app": ["screen"]}.get(layout, ["info"])
        self.permit_doc = self.add("residence_permit", layout, "applicant", f, p=p, parts=parts, who=A)

    def member_fields(self, P, relation, marital, edu, employer, regdate, reg_place):
        f = {"name": P["name"], "relation_to_head": relation, "sex": P["sex"], "birthplace": reg_place,
             "ethnicity": P["ethnicity"], "native_place": reg_place, "birth_date": iso(P["birth"]),
             "id_number": P["id_number"], "education": edu, "marital_status": marital, "employer": employer,
             "registration_date": iso(regdate)}
        return f

    def hukou(self):
        sc, A, as_of, defects = self.sc, self.A, self.as_of, self.defects
        r = self.r("hukou")
        self.booklets = []
        if sc.get("collective"):
            reg = A["region"]
            addr = f"{region_name(reg)}{r.choice(['人才服务中心', '人力资源市场', '高校毕业生就业指导中心'])}集体户"
            A["hukou"] = addr
            self.permit_doc["fields"]["hukou_address"] = addr
            self.permit_doc["_p"]["hukou_address"] = addr
            if self.id_doc is not None:
                self.id_doc["fields"]["address"] = addr
                self.id_doc["_p"]["address"] = addr
            issue = as_of - dt.timedelta(days=r.randint(20, 120))
            office = station_ring(r, reg)
            f = {"name": A["name"], "id_number": A["id_number"], "address": addr, "issue_date": iso(issue)}
            p = dict(name=A["name"], sex=A["sex"], birth=A["birth"], id_number=A["id_number"], address=addr,
                     issue_date=issue, office=office, seal_ring=office)
            self.add("collective_hukou_certificate", "letter", "applicant", f, p=p, who=A)
            return
        need_own = self.app == "first" or r.random() < 0.45
        if "only_spouse_register" in defects:
            need_own = False
        self.own_booklet = None
        if need_own:
            self.own_booklet = self.make_own_booklet(r)
        if self.spouse is not None and self.sc.get("spouse_sh") and "spouse_claim_no_register" not in defects:
            self.spouse_booklet = self.make_spouse_booklet(r)

    def make_own_booklet(self, r):
        A, as_of, defects = self.A, self.as_of, self.defects
        reg = A["region"]
        place = A["place"]
        ring = station_ring(r, reg)
        clerk = name_for(r, r.choice(["男", "女"]))
        layout_cover = "cover_old" if (self.edu in ("old90s",) or r.random() < 0.3) else "cover_new"
        hand = bool(self.sc.get("hand")) or r.random() < 0.35
        mlayout = r.choice(["card_classic", "card_dense"])
        members = []  # (person dict, relation, person_key)
        emp_name = self.employer["name"] if r.random() < 0.5 else ""
        a_marital = "已婚" if self.married else "未婚"
        a_edu = {"master": "研究生", "adult": "大学专科"}.get(self.edu, "大学本科")
        if self.head:
            head = A
            members.append((A, "户主", "applicant"))
            if self.spouse is not None:
                members.append((self.spouse, "妻" if self.spouse["sex"] == "女" else "夫", "spouse"))
            if self.child is not None and self.child["region"] == reg:
                members.append((self.child, "子" if self.child["sex"] == "男" else "女", "other"))
            issue = rand_date(r, max(self.married_on if self.married else D(2005, 1, 1), add_years(A["birth"], 22)),
                              as_of - dt.timedelta(days=200))
        else:
            head = self.father if self.fam != "mother_only" else self.mother
            members.append((head, "户主", "other"))
            if self.fam != "mother_only":
                members.append((self.mother, "妻", "other"))
            if self.grand is not None:
                members.insert(1, (self.grand, "母", "other"))
            kids = sorted([A] + self.siblings, key=lambda q: q["birth"])
            nsons = ndaus = 0
            for q in kids:
                if q["sex"] == "男":
                    nsons += 1
                    rel = ["长子", "次子", "三子"][nsons - 1] if len([k for k in kids if k["sex"] == "男"]) > 1 else "子"
                else:
                    ndaus += 1
                    rel = ["长女", "次女", "三女"][ndaus - 1] if len([k for k in kids if k["sex"] == "女"]) > 1 else "女"
                members.append((q, rel, "applicant" if q is A else "other"))
            issue = rand_date(r, D(2003, 1, 1), as_of - dt.timedelta(days=300))
        cover_f = {"household_type": "家庭户" if r.random() < 0.85 else "农业家庭户" if False else "家庭户",
                   "head_name": head["name"], "household_number": f"{r.randint(10**8, 10**9 - 1)}" if r.random() < 0.7
                   else f"{r.randint(1, 999999):06d}", "address": A["hukou"], "issue_date": iso(issue)}
        p = dict(cover_f, issue_date=issue, seal_ring=police(reg), clerk=clerk)
        cover = self.add("household_register_cover", layout_cover, "applicant", cover_f, p=p, who=head)
        pages = [cover]
        for q, rel, who in members:
            if q is A and "own_member_page_missing" in defects:
                continue
            if who == "applicant":
                marital, edu_s, emp = a_marital, a_edu, emp_name
            elif who == "spouse":
                marital, edu_s, emp = "已婚", r.choice(["大学本科", "大学专科", "高中"]), ""
            else:
                age = completed_years(q["birth"], as_of)
                if age < 6:
                    edu_s, marital, emp = "", "", ""
                elif age < 16:
                    edu_s, marital, emp = r.choice(["小学", "初中"]), "", ""
                else:
                    edu_s = r.choice(["初中", "高中", "中专", "大学专科", "大学本科"]) if age < 55 else r.choice(["小学", "初中", "高中"])
                    marital = "已婚" if age > 30 or rel in ("户主", "妻", "母") else r.choice(["未婚", "已婚"])
                    emp = "" if r.random() < 0.6 else f"{place}{r.choice(['第二中学', '供电公司', '人民医院', '农商银行'])}"
            born = q["birth"]
            if q is A or who == "other" and rel not in ("户主", "妻", "母"):
                regdate = born + dt.timedelta(days=r.randint(10, 200)) if r.random() < 0.5 else rand_date(r, born, issue)
            else:
                regdate = rand_date(r, add_years(born, 18), issue) if rel in ("户主", "妻", "母", "夫") else issue
            if who == "spouse":
                regdate = rand_date(r, self.married_on, max(self.married_on, issue))
            name = q["name"]
            if q is A and "member_name_typo" in defects:
                name = typo_name(name, r)
            rp = q.get("place") or region_name(q["region"], short=True)
            f = self.member_fields(q, rel, marital, edu_s, emp, regdate, rp)
            f["name"] = name
            bd = born
            p = dict(f, birth_date_s=(f"{bd.year}年{bd.month:02d}月{bd.day:02d}日" if r.random() < 0.5 else
                                      f"{bd.year}年{bd.month}月{bd.day}日"),
                     registration_date_s=(f"{regdate.year}年{regdate.month}月{regdate.day}日"),
                     seal_ring=ring, clerk=clerk, hand=hand, height=str(r.randint(155, 185)) if r.random() < 0.5 else "",
                     military="未服兵役" if q["sex"] == "男" and r.random() < 0.4 else "",
                     occupation="职员" if emp else "", religion="" if r.random() < 0.7 else "无")
            if q is not A and who == "applicant":
                who = "other"
            d = self.add("household_register_member", mlayout, who, f, p=p, who=q)
            pages.append(d)
        return pages

    def make_spouse_booklet(self, r):
        S, as_of = self.spouse, self.as_of
        reg = S["region"]
        addr = sh_address(r, reg[2])
        if r.random() < 0.35:
            self.res_addr_same_as_spouse = True
            self.permit_doc["fields"]["residence_address"] = addr
            self.permit_doc["_p"]["residence_address"] = addr
            self.res_addr = addr
        ring = station_ring(r, reg)
        clerk = name_for(r, r.choice(["男", "女"]))
        spouse_head = r.random() < 0.4
        members = []
        if spouse_head:
            head = S
            members.append((S, "户主", "spouse"))
            if self.child is not None and self.child["region"] == reg:
                members.append((self.child, "子" if self.child["sex"] == "男" else "女", "other"))
        else:
            head = make_person(r, "男", add_years(S["birth"], -r.randint(25, 31)), reg, surname=S["name"][0],
                               avoid={S["name"], self.A["name"]})
            head["ethnicity"] = S["ethnicity"]
            members.append((head, "户主", "other"))
            members.append((S, "女" if S["sex"] == "女" else "子", "spouse"))
            if self.child is not None and self.child["region"] == reg:
                members.append((self.child, "外孙子" if S["sex"] == "女" else "孙子", "other"))
        issue = rand_date(r, D(2008, 1, 1), as_of - dt.timedelta(days=300))
        cover_f = {"household_type": "家庭户", "head_name": head["name"],
                   "household_number": f"{r.randint(10**7, 10**8 - 1)}", "address": addr, "issue_date": iso(issue)}
        layout = r.choice(["cover_new", "cover_new", "cover_old"])
        cover = self.add("household_register_cover", layout, "spouse", cover_f,
                         p=dict(cover_f, issue_date=issue, seal_ring=police(reg), clerk=clerk), who=head)
        pages = [cover]
        hand = r.random() < 0.3
        mlayout = r.choice(["card_classic", "card_dense"])
        include_others = r.random() < 0.5
        for q, rel, who in members:
            if who == "other" and not include_others:
                continue
            born = q["birth"]
            age = completed_years(born, as_of)
            if who == "spouse":
                marital, edu_s, emp = "已婚", r.choice(["大学本科", "大学专科", "研究生"]), ""
                regdate = born + dt.timedelta(days=r.randint(10, 90))
            elif age < 16:
                marital, edu_s, emp = "", "小学" if age >= 6 else "", ""
                regdate = born + dt.timedelta(days=r.randint(10, 90))
            else:
                marital, edu_s, emp = "已婚", r.choice(["高中", "中专", "大学专科"]), ""
                regdate = rand_date(r, add_years(born, 20), issue)
            rp = "上海市"
            f = self.member_fields(q, rel, marital, edu_s, emp, regdate, rp)
            p = dict(f, birth_date_s=f"{born.year}年{born.month:02d}月{born.day:02d}日",
                     registration_date_s=f"{regdate.year}年{regdate.month}月{regdate.day}日",
                     seal_ring=ring, clerk=clerk, hand=hand, height="", military="", occupation="", religion="")
            pages.append(self.add("household_register_member", mlayout, who, f, p=p, who=q))
        return pages

    def contract(self):
        A, as_of, defects, E = self.A, self.as_of, self.defects, self.employer
        r = self.r("contract")
        win = tax_window(as_of)
        open_ended = False
        if "contract_ends_soon" in defects:
            end = as_of + dt.timedelta(days=r.randint(5, 50))
            years = r.choice([1, 2, 3])
            start = add_years(end + dt.timedelta(days=1), -years)
        elif "contract_term_short" in defects:
            start = D(int(win[-1][:4]), int(win[-1][5:]), 1) - dt.timedelta(days=r.randint(40, 110))
            start = start.replace(day=1) if r.random() < 0.6 else start
            end = add_months(start, 11) - dt.timedelta(days=1)
            years = None
        else:
            latest_start = D(int(win[-1][:4]), int(win[-1][5:]), 1) - dt.timedelta(days=35)
            for _ in range(100):
                start = rand_date(r, as_of - dt.timedelta(days=5 * 365), latest_start)
                if r.random() < 0.5:
                    start = start.replace(day=1)
                years = r.choice([3, 3, 5, 2])
                end = add_years(start, years) - dt.timedelta(days=1)
                if end > add_months(as_of, 2) + dt.timedelta(days=20):
                    break
                if r.random() < 0.3:
                    open_ended = True
                    break
        if self.sc.get("contract_open"):
            open_ended = True
        signing = start - dt.timedelta(days=r.randint(0, 12))
        idn = A["id_number"]
        if "contract_id_typo" in defects:
            body = list(idn[:17])
            i = r.choice([14, 15]) if body[14] != body[15] else 13
            j = i + 1 if i < 16 else i - 1
            body[i], body[j] = body[j], body[i]
            if "".join(body) == idn[:17]:
                body[15] = str((int(body[15]) + 2) % 10)
            b = "".join(body)
            idn = b + id_check(b)
            assert id_valid(idn) and idn != A["id_number"]
        f = {"employer": E["name"], "employee_name": A["name"], "employee_id_number": idn, "start_date": iso(start)}
        if not open_ended:
            f["end_date"] = iso(end)
        f["open_ended"] = open_ended
        f["signing_date"] = iso(signing)
        layout = self.sc.get("contract") or r.choice(["company", "company", "sh_model", "company_short", "sh_model_hand"])
        hand = layout == "sh_model_hand"
        if hand:
            layout = "sh_model"
        emp_print = E["name"].replace("(", "（").replace(")", "）") if r.random() < 0.7 else E["name"]
        p = dict(employer=E["name"], employer_print=emp_print, employer_code=E["code"], legal_rep=E["legal_rep"],
                 employer_addr=E["addr"], employee_name=A["name"], employee_id_number=idn,
                 employee_hukou=A["hukou"], employee_addr=self.res_addr, start_date=start,
                 end_date=None if open_ended else end, open_ended=open_ended, signing_date=signing,
                 probation_end=add_months(start, r.choice([2, 3, 6])) - dt.timedelta(days=1),
                 job=r.choice(["软件开发", "销售", "财务", "行政", "技术支持", "采购", "市场推广", "质量管理"]),
                 payday=r.choice([10, 15, 20]), hand=hand, term_years=years if not open_ended else None)
        self.contract_start = start
        self.contract_doc = self.add("labour_contract", layout if not hand else "sh_model_hand", "applicant", f, p=p,
                                     parts=["pdf"], who=A)

    def tax_rows(self, r, P, employer_at, as_of, issue, months):
        rows = []
        offices = {}
        for m in months:
            E = employer_at(m)
            nxt = month_add(m, 1)
            decl = D(int(nxt[:4]), int(nxt[5:]), r.randint(3, 15))
            if decl > issue:
                continue
            paid = decl + dt.timedelta(days=r.randint(0, 3))
            amt = 0.0 if r.random() < 0.08 else round(r.uniform(30, 3200), 2)
            off = offices.setdefault(E["name"], f"国家税务总局上海市{E['district']}税务局")
            rows.append(dict(period=m, agent=E, amount=f"{amt:.2f}", item="工资薪金所得", decl_date=decl, paid_date=paid,
                             office=off))
            if m.endswith("-01") and r.random() < 0.35:
                amt2 = round(r.uniform(300, 9000), 2)
                rows.append(dict(period=m, agent=E, amount=f"{amt2:.2f}", item="全年一次性奖金收入", decl_date=decl,
                                 paid_date=paid, office=off))
        return rows

    def tax(self):
        A, as_of, defects = self.A, self.as_of, self.defects
        r = self.r("tax")
        win = tax_window(as_of)
        last = win[-1]
        deadline = D(int(month_add(last, 1)[:4]), int(month_add(last, 1)[5:]), 15)
        if "tax_latest_not_printed" in defects:
            issue = deadline - dt.timedelta(days=r.randint(3, 8))
        else:
            issue = rand_date(r, deadline, as_of)
        start = month_add(win[0], -r.randint(0, 8))
        months = month_range(start, month_of(issue))
        cstart = month_of(self.contract_start)
        prev = self.prev_employer

        def employer_at(m):
            if "agency_tax_payer" in defects:
                return self.agency
            if prev is not None and m < cstart:
                return prev
            return self.employer

        P = A
        if "tax_record_is_spouses" in defects:
            P = self.spouse
            sp_emp = company(r, avoid={self.employer["name"]})
            employer_at = lambda m: sp_emp  # noqa: E731
        rows = self.tax_rows(r, P, employer_at, as_of, issue, months)
        if "tax_latest_not_printed" in defects:
            rows = [x for x in rows if x["period"] < last]
        if "tax_missing_month" in defects:
            gap = r.choice(win[1:-1])
            rows = [x for x in rows if x["period"] != gap]
            self.missing_month = gap
        if "tax_record_is_spouses" not in defects and r.random() < 0.15:
            # a 劳务报酬 row from another payer, in an earlier month
            m = r.choice(win[:-1])
            E2 = company(r, avoid={self.employer["name"]})
            nxt = month_add(m, 1)
            decl = D(int(nxt[:4]), int(nxt[5:]), r.randint(3, 15))
            rows.append(dict(period=m, agent=E2, amount=f"{r.uniform(40, 800):.2f}", item="劳务报酬所得", decl_date=decl,
                             paid_date=decl, office=f"国家税务总局上海市{E2['district']}税务局"))
        rows.sort(key=lambda x: (x["period"], x["item"] != "工资薪金所得"))
        layout = r.choice(["national", "national", "national", "income_detail", "old_form"])
        if self.sc.get("dup_tax"):
            layout = "national"
        truth_rows = [{"period": x["period"], "withholding_agent": x["agent"]["name"], "amount": x["amount"]} for x in rows]
        f = {"name": P["name"], "id_number": P["id_number"], "issue_date": iso(issue)}
        prow = []
        pf = r.choice(["-", "."])
        fw = r.random() < 0.6
        for x in rows:
            a0 = D(int(x["period"][:4]), int(x["period"][5:]), 1)
            a1 = add_months(a0, 1) - dt.timedelta(days=1)
            ag = x["agent"]["name"]
            agp = ag.replace("(", "（").replace(")", "）") if fw else ag
            prow.append(dict(period=x["period"], period_from=a0.strftime(f"%Y{pf}%m{pf}%d"),
                             period_to=a1.strftime(f"%Y{pf}%m{pf}%d"), agent_print=agp, agent_code=x["agent"]["code"],
                             amount=x["amount"], item=x["item"], decl_date=x["decl_date"].isoformat(),
                             paid_date=x["paid_date"].isoformat(), office=x["office"],
                             voucher=f"3{r.randint(10**16, 10**17 - 1)}",
                             income=f"{float(x['amount']) * r.uniform(8, 14) + 5000:.2f}"))
        total = f"{sum(float(x['amount']) for x in rows):.2f}"
        p = dict(name=P["name"], id_number=P["id_number"], issue_date=issue, rows=prow, total=total,
                 record_from=f"{start[:4]}年{start[5:]}月", record_to=f"{issue.year}年{issue.month:02d}月",
                 no=f"{r.randint(10**17, 10**18 - 1)}", verify=f"{r.randint(10**15, 10**16 - 1)}",
                 years=f"{start[:4]}-{issue.year}" if start[:4] != str(issue.year) else str(issue.year),
                 time=f"{r.randint(8, 22)}:{r.randint(0, 59):02d}")
        person = "spouse" if P is not A else "applicant"
        self.tax_doc = self.add("tax_record", layout, person, f, rows=truth_rows, p=p,
                                parts=["screens"] if layout == "income_detail" else ["pdf"], who=P)

    def social_insurance(self):
        A, as_of, defects = self.A, self.as_of, self.defects
        r = self.r("si")
        am = month_of(as_of)
        end = am if (as_of.day > 12 and r.random() < 0.6) else month_add(am, -1)
        if "si_not_paying" in defects:
            end = month_add(am, -r.randint(2, 4))
        start = month_add(end, -r.choice([11, 17, 23, 35]))
        cstart = month_of(self.contract_start)
        base = r.choice([7460, 8500, 9800, 11200, 12500, 15000, 18600, 24000])
        rows = []
        for m in month_range(start, end):
            if self.prev_employer is not None and m < cstart:
                E = self.prev_employer
            else:
                E = self.employer
            if "si_agency" in defects and m >= month_add(end, -3):
                E = self.agency
            b = base if m[:4] == end[:4] or r.random() < 0.5 else base - 600
            rows.append(dict(month=m, employer=E["name"], base=f"{b:.2f}", back=False))
        if r.random() < 0.3 and "si_not_paying" not in defects:
            m = month_add(start, -r.randint(1, 3))
            rows.insert(0, dict(month=m, employer=rows[0]["employer"], base=rows[0]["base"], back=True))
        truth = [{"month": x["month"], "employer": x["employer"], "base": x["base"], "back_payment": x["back"]}
                 for x in rows]
        truth.sort(key=lambda x: (x["month"], x["back_payment"]))
        prow = [dict(x, employer_print=x["employer"].replace("(", "（").replace(")", "）")) for x in rows]
        prow.sort(key=lambda x: x["month"])
        p = dict(name=A["name"], id_number=A["id_number"], print_date=as_of - dt.timedelta(days=r.randint(0, 6)),
                 rows=prow, range_rows=r.random() < 0.3)
        self.add("social_insurance_record", "sh_pdf", "applicant", {"name": A["name"], "id_number": A["id_number"]},
                 rows=truth, p=p, parts=["pdf"], who=A)

    def education(self):
        A, as_of, edu = self.A, self.as_of, self.edu
        r = self.r("edu")
        b = A["birth"]
        if edu == "old90s":
            school = r.choice(data.SCHOOLS_OLD)
            major = r.choice(data.MAJORS_OLD)
        elif edu == "old":
            school = r.choice(data.SCHOOLS_OLD + data.SCHOOLS_MODERN)
            major = r.choice(data.MAJORS_OLD + data.MAJORS)
        elif edu == "adult":
            school = r.choice(data.SCHOOLS_ADULT)
            major = r.choice(data.MAJORS_OLD)
        else:
            school = r.choice(data.SCHOOLS_MODERN)
            major = r.choice(data.MAJORS)
        gy = b.year + (22 if b.month < 9 else 23) + r.choice([0, 0, 1])
        if edu == "adult":
            gy = b.year + r.randint(24, 30)
        grad = D(gy, r.choice([6, 7, 7]) if edu not in ("old90s",) else 7, r.choice([1, 10, 20, 30]))
        grad = min(grad, as_of - dt.timedelta(days=400))
        years = 4 if edu != "adult" else r.choice([2, 3])
        start = D(grad.year - years, 9, 1)
        pres = name_for(r, "男")
        cert = f"{r.randint(10000, 14000)}{grad.year}{r.randint(10**7, 10**8 - 1)}"
        mode = "普通全日制" if edu != "adult" else r.choice(["成人业余", "成人函授"])
        level = "专科" if edu == "adult" else "本科"
        fields = {"name": A["name"], "school": school, "major": major, "level": level, "graduation_date": iso(grad),
                  "study_mode": mode}
        p = dict(name=A["name"], sex=A["sex"], birth=b, school=school, major=major, level=level, graduation_date=grad,
                 start_date=start, years=years, study_mode=mode, cert_no=cert, president=pres, native=A["place"])
        dlayout = {"old90s": "old90s", "old": "old2000s" if r.random() < 0.5 else "modern", "adult": "adult"}.get(edu, "modern")
        if edu != "degree_only":
            self.add("diploma", dlayout, "applicant", fields, p=p, who=A)
        if edu == "xuexin" or (edu in ("bachelor", "master") and r.random() < 0.2):
            xp = dict(p, ethnicity=A["ethnicity"], id_number=A["id_number"],
                      update_date=as_of - dt.timedelta(days=r.randint(3, 40)), verify=f"A{r.randint(10**14, 10**15 - 1)}")
            self.add("diploma", "xuexin", "applicant", dict(fields, online_record=True), p=xp, parts=["pdf"], who=A)
        if edu in ("bachelor", "xuexin", "master", "old90s", "old", "degree_only"):
            field = data.DEGREE_FIELD.get(major, r.choice(["工学", "管理学", "经济学"]))
            dp = dict(p, degree="学士", field=field, chair=name_for(r, "男"),
                      cert_no=f"{r.randint(10000, 14000)}{grad.year % 100:02d}{r.randint(10**7, 10**8 - 1)}")
            self.add("degree_certificate", "old" if edu in ("old90s",) else "modern", "applicant",
                     {"name": A["name"], "school": school, "major": major, "level": "学士", "graduation_date": iso(grad)},
                     p=dp, who=A)
        if edu == "master":
            mschool = r.choice(data.SCHOOLS_MODERN)
            mgrad = D(grad.year + 3, r.choice([6, 7]), r.choice([1, 15, 30]))
            if mgrad > as_of - dt.timedelta(days=300):
                mgrad = D(as_of.year - 1, 6, 30)
            mmajor = r.choice(data.MAJORS)
            mp = dict(p, school=mschool, major=mmajor, level="硕士研究生", graduation_date=mgrad,
                      start_date=D(mgrad.year - 3, 9, 1), years=3, cert_no=f"{r.randint(10000, 14000)}{mgrad.year}{r.randint(10**7, 10**8 - 1)}")
            self.add("diploma", "modern", "applicant",
                     {"name": A["name"], "school": mschool, "major": mmajor, "level": "硕士研究生",
                      "graduation_date": iso(mgrad), "study_mode": "普通全日制"}, p=dict(mp, level="硕士研究生"), who=A)
            field = data.DEGREE_FIELD.get(mmajor, "工学")
            self.add("degree_certificate", "modern", "applicant",
                     {"name": A["name"], "school": mschool, "major": mmajor, "level": "硕士", "graduation_date": iso(mgrad)},
                     p=dict(mp, degree="硕士", field=field, chair=name_for(r, "男")), who=A)

    def family_papers(self):
        sc, S, defects = self.sc, self.spouse, self.defects
        r = self.r("family")
        if S is None:
            return
        as_of = self.as_of
        # spouse's ID card
        want_id = (sc.get("spouse_sh") or sc.get("spouse_id")) and "spouse_claim_no_spouse_id" not in defects
        if sc.get("spouse_id"):
            want_id = True
        if not want_id and r.random() < 0.25 and "spouse_claim_no_spouse_id" not in defects:
            want_id = True
        self.spouse_id_doc = None
        if want_id:
            saddr = (self.spouse_booklet[0]["fields"]["address"] if getattr(self, "spouse_booklet", None)
                     else hukou_address(r, S["region"]) if S["region"][0] != "上海市" else sh_address(r, S["region"][2]))
            vf, vu = id_validity(r, S["birth"], as_of)
            self.spouse_id_doc = self.id_card(S, saddr, vf, vu, "spouse")
        # marriage certificate(s)
        cert_mode = sc.get("cert") or r.choice(["applicant", "applicant", "spouse", "both"])
        if not sc.get("spouse_sh") and not sc.get("dspouse") and r.random() < 0.3:
            cert_mode = "none"
        if cert_mode == "none":
            return
        prov = r.choice(data.SH_DISTRICTS)
        if r.random() < 0.5:
            office = f"上海市{prov[0]}民政局"
            code = prov[1]
        else:
            reg = self.A["region"]
            office = f"{reg[1] or reg[0]}{reg[2]}民政局"
            code = reg[3]
        no = f"J{code}-{self.married_on.year}-{r.randint(1, 9999):06d}"
        A = self.A
        man, woman = (A, S) if A["sex"] == "男" else (S, A)
        persons = [(q["name"], q["sex"], q["birth"], q["id_number"]) for q in (man, woman)]
        holders = {"applicant": [A], "spouse": [S], "both": [A, S]}[cert_mode]
        for h in holders:
            other = S if h is A else A
            f = {"holder_name": h["name"], "spouse_name": other["name"], "spouse_id_number": other["id_number"],
                 "registration_date": iso(self.married_on)}
            p = dict(holder_name=h["name"], registration_date=self.married_on,
                     cert_no=no if h is A else no[:-1] + str((int(no[-1]) + 1) % 10), office=office, persons=persons)
            self.add("marriage_certificate", r.choice(["spread", "pages"]), "applicant" if h is A else "spouse", f, p=p,
                     who=h)

    def extras(self):
        sc, as_of = self.sc, self.as_of
        r = self.r("extras")
        ex = list(sc.get("extras", []))
        if not ex and r.random() < 0.3:
            pool = ["bank_card", "property_certificate"]
            if self.child is not None:
                pool.append("birth_certificate")
            if self.spouse is not None and self.spouse["region"][0] != "上海市":
                pool.append("spouse_old_permit")
            pool.append("parent_id")
            ex.append(r.choice(pool))
        for e in ex:
            if e == "birth_certificate" and self.child is not None:
                C = self.child
                mom, dad = (self.A, self.spouse) if self.A["sex"] == "女" else (self.spouse, self.A)
                p = dict(name=C["name"], sex=C["sex"], birth=C["birth"], place=region_name(C["region"]) if C["region"][0] != "上海市" else f"上海市{C['region'][2]}",
                         hospital=f"{(C['region'][1] or C['region'][0])}{r.choice(['妇幼保健院', '第一人民医院', '中心医院'])}",
                         mother=mom["name"], mother_age=completed_years(mom["birth"], C["birth"]), mother_id=mom["id_number"],
                         father=dad["name"], father_age=completed_years(dad["birth"], C["birth"]), father_id=dad["id_number"],
                         no=f"{r.choice('MNOP')}{r.randint(10**8, 10**9 - 1)}")
                self.add("unknown", "birth_certificate", "other", {}, p=p, who=C)
            elif e == "parent_id":
                P = self.father if r.random() < 0.6 else self.mother
                vf, vu = id_validity(r, P["birth"], as_of)
                addr = self.A["hukou"] if not self.sc.get("collective") else hukou_address(r, P["region"])
                self.id_card(P, addr, vf, vu, "other", front_only=r.random() < 0.3)
            elif e == "spouse_old_permit" and self.spouse is not None:
                S = self.spouse
                vu = as_of - dt.timedelta(days=r.randint(200, 900))
                vf = add_years(vu + dt.timedelta(days=1), -1)
                old_res = sh_address(r)
                f = {"name": S["name"], "id_number": S["id_number"], "residence_address": old_res,
                     "issue_date": iso(vf), "valid_from": iso(vf), "valid_until": iso(vu)}
                p = dict(name=S["name"], sex=S["sex"], id_number=S["id_number"], residence_address=old_res,
                         issue_date=vf, valid_from=vf, valid_until=vu, station="闵行分局")
                self.add("residence_permit", "card", "spouse", f, p=p, parts=["card_front", "card_back"], who=S)
            elif e == "property_certificate":
                owners = self.A["name"] + ("、" + self.spouse["name"] if self.spouse is not None else "")
                p = dict(owner=owners, share="共同共有" if self.spouse is not None else "单独所有",
                         address=region_name(self.A["region"]) + r.choice(data.ROAD_A) + r.choice(data.ROAD_A) + "路"
                         + f"{r.randint(1, 500)}号{r.randint(1, 30)}幢{r.randint(1, 30)}0{r.randint(1, 4)}室",
                         unit_no=f"{self.A['region'][3]}{r.randint(10**5, 10**6 - 1)}GB{r.randint(10**4, 10**5 - 1)}F{r.randint(10**7, 10**8 - 1)}",
                         year=r.randint(2012, 2022))
                self.add("unknown", "property_certificate", "applicant", {}, p=p)
            elif e == "bank_card":
                num = "62" + "".join(str(r.randint(0, 9)) for _ in range(17))
                p = dict(bank=r.choice(data.BANKS), card_no=num, holder="")
                self.add("unknown", "bank_card", "applicant", {}, p=p)

    def declarations(self):
        sc = self.sc
        r = self.r("decl")
        d = {}
        if sc.get("dspouse"):
            d["spouse_shanghai_hukou"] = True
        if sc.get("title"):
            d["title_or_skill"] = sc["title"]
        self.decl = d

    def auto_declarations(self, derive_fn, truth):
        """Add harmless declarations to about half the packets without changing the target verdict."""
        r = self.r("decl-extra")
        if self.decl or r.random() < 0.7:
            return
        opts = [("social_insurance_months", r.choice([26, 40, 55, 73])), ("shortage_major", False),
                ("fresh_graduate", False), ("title_or_skill", r.choice(["技能五级", "技能四级"])),
                ("suburban_work_years", r.choice([1, 2, 3]))]
        if any(x["type"] == "social_insurance_record" for x in self.docs):
            opts = opts[1:]
        k, v = r.choice(opts)
        trial = dict(truth, declarations={k: v})
        if derive_fn(trial)["verdict"] == derive_fn(truth)["verdict"] and set(derive_fn(trial)["expected_rules"]) == set(
                derive_fn(truth)["expected_rules"]):
            self.decl = {k: v}
