"""One packet: people, documents, defects, files and truth."""
import datetime as dt
import json
import os
import random

from dateutil.relativedelta import relativedelta
from PIL import Image

from . import capture as C
from . import docs as R
from . import pdfs as P
from .data import (AGENCIES, COMPANIES, ETHNIC, GIVEN_F, GIVEN_M, GIVEN_X, MAJORS, REGIONS, SCHOOLS,
                   SH_DISTRICTS, SURNAMES, D, age_at, age_points, bad_check, make_id, months_between,
                   tax_window, working_days_after)
from .gfx import FontSet, Sheet, watermark, portrait

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
    HEIF = True
except Exception:  # pragma: no cover
    HEIF = False

# defect key -> (expected error rules, expected warnings)
DEFECTS = {
    "missing_cover": (["packet.missing_document"], []),
    "missing_tax": (["packet.missing_document"], []),
    "missing_contract": (["packet.missing_document"], []),
    "missing_id_card": (["packet.missing_document"], []),
    "id_invalid": (["identity.id_number_invalid"], []),
    "name_mismatch": (["identity.name_mismatch"], []),
    "id_mismatch": (["identity.id_number_mismatch"], []),
    "hukou_addr": (["address.hukou_mismatch"], []),
    "permit_expired": (["permit.expired"], []),
    "permit_recent": ([], ["permit.too_recent"]),
    "idcard_expired": (["id_card.expired"], []),
    "age_over": (["applicant.age_out_of_range"], ["points.below_standard"]),
    "term_short": (["contract.term_too_short"], []),
    "contract_ending": (["contract.ends_within_two_months"], []),
    "contract_ended": (["contract.ends_within_two_months"], []),
    "tax_gap": (["tax.missing_months"], []),
    "tax_print_early": (["tax.missing_months"], []),
    "tax_agency": (["employer.mismatch"], []),
    "si_agency": (["employer.mismatch"], []),
    "employer_other": (["employer.mismatch"], []),
    "si_insufficient": (["social_insurance.insufficient_months"], []),
    "si_not_paying": (["social_insurance.not_paying"], []),
    "unreadable_page": ([], ["quality.unreadable_page"]),
    "low_points": ([], ["points.below_standard"]),
    "no_diploma": ([], ["points.below_standard"]),
    "degree_only": ([], ["points.claim_unsupported"]),
    "adult_no_chsi": ([], ["points.claim_unsupported"]),
}

DESC = {
    "missing_cover": "户口簿首页缺失（只有本人页）",
    "missing_tax": "没有个税纳税记录",
    "missing_contract": "没有劳动合同",
    "missing_id_card": "没有身份证",
    "id_invalid": "身份证号校验位错误（各材料一致）",
    "name_mismatch": "劳动合同/个税记录上的姓名差一个字",
    "id_mismatch": "个税记录上的身份证号是另一个号码",
    "hukou_addr": "居住证户籍地址与户口簿首页住址差一个字/数字",
    "permit_expired": "居住证已过期",
    "permit_recent": "居住证签注日距as-of不足5个工作日",
    "idcard_expired": "身份证已过有效期",
    "age_over": "申请人已满60周岁以上",
    "term_short": "劳动合同期限不足一年",
    "contract_ending": "劳动合同两个月内到期",
    "contract_ended": "劳动合同已到期（无续订）",
    "tax_gap": "个税记录窗口内缺一个月",
    "tax_print_early": "个税记录开具过早，最近月份未列入",
    "tax_agency": "个税由人力资源公司代扣代缴",
    "si_agency": "社保由人力资源公司代缴",
    "employer_other": "合同单位与个税/社保最近月份单位不同（换了工作，合同是旧单位的）",
    "si_insufficient": "近12个月正常缴费不足6个月（多为补缴）",
    "si_not_paying": "当月及上月社保未正常缴纳（断缴）",
    "unreadable_page": "多了一张看不清的页面（过暗模糊）",
    "low_points": "积分估算不足120（年龄分低）",
    "no_diploma": "没有学历材料，积分不足120",
    "degree_only": "只有学位证没有毕业证",
    "adult_no_chsi": "成人教育毕业证，无学信网学籍材料",
}

EDU_TEXT = {"专科": "大学专科", "本科": "大学本科", "硕士": "研究生", "博士": "研究生"}


def iso(d):
    return d.strftime("%Y-%m-%d")


def rand_date(rng, a, b):
    return a + dt.timedelta(days=rng.randint(0, (b - a).days))


def norm_brackets(s):
    return s.replace("（", "(").replace("）", ")")


class Ctx:
    pass


class Packet:
    def __init__(self, pid, seed, defects, forms, outroot):
        self.pid = pid
        self.rng = random.Random(f"{seed}-{pid}")
        self.defects = defects
        self.forms = forms  # dict type -> form key (assigned round-robin for coverage)
        self.dir = os.path.join(outroot, pid)
        os.makedirs(self.dir, exist_ok=True)
        self.pages = []
        self.docs = []
        self.names = set()
        self.counter = self.rng.randint(1000, 9000)
        self.extra_warn = []
        self.notes = []

    # ------------------------------------------------------------ names
    def stamp_dt(self):
        r = self.rng
        d = self.asof - dt.timedelta(days=r.randint(0, 40))
        return f"{d:%Y%m%d}", f"{r.randint(8, 22):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"

    def fname(self, kind, ext):
        r = self.rng
        ds, ts = self.stamp_dt()
        self.counter += r.randint(1, 7)
        n = self.counter
        opts = {
            "photo": [f"IMG_{n}.{ext}", f"IMG_{ds}_{ts}.{ext}",
                      f"P{r.randint(10000000, 99999999)}.{ext}"],
            "chat": [f"微信图片_{ds}{ts}.{ext}",
                     f"mmexport{r.randint(1700000000000, 1799999999999)}.{ext}"],
            "scan": [f"scan{n}.{ext}", f"扫描件{n % 100}.{ext}", f"CamScanner 2026-{r.randint(9, 11):02d}-{r.randint(10, 28)} {r.randint(10, 22)}.{r.randint(10, 59)}.{ext}",
                     f"Scan_{n:05d}.{ext}", f"新建文件{n}.{ext}"],
            "screen": [f"Screenshot_{ds}_{ts}.{ext}",
                       f"截图_{n}.{ext}", f"IMG_{n}.{ext}"],
        }[kind]
        name = r.choice(opts)
        while name in self.names:
            name = name.replace(".", f"({r.randint(1, 9)}).", 1)
        self.names.add(name)
        return name

    def cname(self, base, ext):
        name = f"{base}.{ext}"
        k = 1
        while name in self.names:
            k += 1
            name = f"{base}{k}.{ext}"
        self.names.add(name)
        return name

    # ------------------------------------------------------------ writing
    def add_doc(self, typ, layout, fields, rows=None):
        doc = {"type": typ, "layout": layout, "pages": [], "fields": fields, "rows": rows or []}
        self.docs.append(doc)
        return doc

    def record(self, fname, page, typ, capture, rotation, docs, **extra):
        e = {"file": fname, "page": page, "type": typ, "capture": capture, "rotation": rotation}
        e.update(extra)
        self.pages.append(e)
        for d in docs:
            d["pages"].append({"file": fname, "page": page})

    def write_image(self, img, capture, typ, docs, name_kind=None, cname=None, rotation=0, fmt=None,
                    exif=0, **extra):
        r = self.rng
        if fmt is None:
            fmt = "jpg"
        if cname:
            fname = self.cname(cname, fmt)
        else:
            fname = self.fname(name_kind or {"photo": "photo", "chat": "chat", "screenshot": "screen"}.get(capture, "scan"), fmt)
        path = os.path.join(self.dir, fname)
        img = C.turn(img, rotation)
        if fmt in ("jpg", "jpeg"):
            C.save_jpeg(img, path, r, exif_orient=exif,
                        quality=(r.randint(55, 70) if capture == "chat" else None))
        elif fmt == "png":
            img.save(path, "PNG", optimize=False, compress_level=3)
        elif fmt == "heic":
            img.convert("RGB").save(path, "HEIF", quality=r.randint(75, 90), enc_params={"preset": "ultrafast"})
        elif fmt == "webp":
            img.convert("RGB").save(path, "WEBP", quality=r.randint(60, 80))
        elif fmt == "bmp":
            img.convert("RGB").save(path, "BMP")
        elif fmt == "tif":
            img.save(path, "TIFF", compression="tiff_lzw")
        if exif:
            extra["exif_orientation"] = exif
        self.record(fname, 1, typ, capture, rotation, docs, **extra)
        return fname

    def write_multi(self, imgs, capture, types, docs_per, fmt, name=None, kind="scan"):
        """Multi-page scanned PDF or TIFF."""
        fname = self.cname(name, fmt) if name else self.fname(kind, fmt)
        path = os.path.join(self.dir, fname)
        if fmt == "pdf":
            ims = [i.convert("RGB") if i.mode not in ("RGB", "L") else i for i in imgs]
            res = max(ims[0].size) / 11.69
            ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=res)
        else:
            if imgs[0].mode == "1":
                imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="group4")
            else:
                imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="tiff_lzw")
        for i, (t, ds) in enumerate(zip(types, docs_per)):
            self.record(fname, i + 1, t, capture, 0, ds)
        return fname

    def write_pdf_pages(self, fname, n, typ, doc):
        for i in range(n):
            self.record(fname, i + 1, typ, "text_pdf", 0, [doc])

    # ------------------------------------------------------------ capture one flat page
    def cap(self, img, capture):
        r = self.rng
        if capture == "scan":
            return C.scan(img, r, gray=r.random() < 0.3)[0]
        if capture == "photocopy":
            return C.photocopy(C.scan(img, r, dpi=r.choice([150, 200]))[0], r)
        if capture == "lowres":
            return C.lowres(C.scan(img, r, dpi=200)[0], r)
        if capture == "photo":
            mp = None
            if getattr(self, "_big_done", False):
                mp = r.choice(C.SIZES[:5])
            out = C.photo(img, r, glare=(img.width < 1600 and img.height < 1000), mp=mp)
            if max(out.size) > 6000:
                self._big_done = True
            return out
        if capture == "chat":
            return C.chat(C.photo(img, r, mp=(4000, 3000), fill=r.uniform(0.82, 0.9)), r)
        if capture == "bilevel":
            return C.bilevel(C.scan(img, r, dpi=200)[0], r)
        if capture == "screenshot":
            return img
        raise ValueError(capture)

    def emit(self, img, typ, docs, captures=("scan", "photo", "photocopy", "chat"), allow_turn=True,
             cname=None, watermark_p=0.0, a4_for_card=True):
        """Capture one flat page and write it as an image file."""
        r = self.rng
        capture = r.choice(list(captures))
        fmt = "jpg"
        exif = 0
        rot = 0
        if watermark_p and r.random() < watermark_p:
            s = Sheet.of(img.copy())
            watermark(s, r, fonts=self.fonts)
            img = s.img
        if capture in ("scan", "photocopy", "lowres") and a4_for_card and img.width < 1600 and img.height < 1000:
            img = C.on_a4(img, r)
        if getattr(self, "bundle", None) is not None and capture in ("scan", "photocopy"):
            if capture == "photocopy":
                out = C.photocopy(C.scan(img, r, dpi=150)[0], r)
            else:
                out = C.scan(img, r, dpi=150, gray=self.bundle_gray)[0]
            self.bundle.append((out, typ, docs))
            return None
        out = self.cap(img, capture)
        if capture == "photo":
            fmt = "heic" if (HEIF and r.random() < 0.12) else "jpg"
            if fmt == "heic" and max(out.size) > 4032:
                sc = 4032 / max(out.size)
                out = out.resize((int(out.width * sc), int(out.height * sc)), Image.BILINEAR)
            if fmt == "jpg" and r.random() < 0.3:
                exif = r.choice([6, 6, 3, 8])
        elif capture == "scan":
            fmt = r.choice(["jpg", "jpg", "png", "tif"] if out.mode != "1" else ["tif"])
        elif capture == "chat":
            fmt = r.choice(["jpg", "jpg", "webp"])
        if allow_turn and capture in ("scan", "photocopy", "photo") and r.random() < 0.1 and not exif:
            rot = r.choice([90, 180, 270])
        if cname and capture != "chat":
            return self.write_image(out, capture, typ, docs, cname=cname, rotation=rot, fmt=fmt, exif=exif)
        return self.write_image(out, capture, typ, docs, rotation=rot, fmt=fmt, exif=exif)

    # ------------------------------------------------------------ people and facts
    def build(self):
        r = self.rng
        df = set(self.defects)
        self.fonts = FontSet(r)
        ctx = Ctx()
        ctx.rng, ctx.fonts = r, self.fonts
        self.ctx = ctx
        # as-of and kind
        asof = rand_date(r, D(2026, 11, 2), D(2026, 12, 18))
        while asof.weekday() >= 5:
            asof += dt.timedelta(days=1)
        self.asof = asof
        need_first = df & {"missing_cover", "hukou_addr"}
        self.app = "first" if (need_first or r.random() < 0.72) else "renewal"
        # person
        sex = r.choice(["男", "女"])
        surname = r.choice(SURNAMES)
        given = (r.choice(GIVEN_X) if r.random() < 0.6 else "") + r.choice(GIVEN_M if sex == "男" else GIVEN_F)
        name = surname + given
        if "age_over" in df:
            age = r.choice([61, 62])
        elif "low_points" in df:
            age = r.randint(48, 53)
        else:
            e = self.forms["edu"]
            if e in ("doctor", "master") and r.random() < 0.6:
                # exercise the SPEC §6 age ladder above 43 (master 100 / doctor 110 keep >= 120)
                age = r.randint(44, 47 if e == "master" else 50)
            else:
                age = r.randint({"doctor": 32, "master": 27}.get(e, 24), 43)
        birth = asof - relativedelta(years=age) - dt.timedelta(days=r.randint(1, 360))
        assert age_at(birth, asof) == age
        reg = r.choice(REGIONS)
        code, prov, city, dist, streets, police = reg
        seq = r.randint(10, 99) * 10 + (r.choice([1, 3, 5, 7, 9]) if sex == "男" else r.choice([0, 2, 4, 6, 8]))
        idn = make_id(code, birth, seq)
        if "id_invalid" in df:
            idn = bad_check(idn)
        street = r.choice(streets)
        if "村" in street or "镇" in street:
            hk_addr = f"{prov}{city}{dist}{street}{r.randint(1, 20)}组{r.randint(1, 60)}号"
        else:
            hk_addr = f"{prov}{city}{dist}{street}{r.randint(1, 400)}号{r.randint(1, 30)}幢{r.randint(1, 25)}0{r.randint(1, 9)}室"
        sd = r.choice(list(SH_DISTRICTS))
        res_addr = f"上海市{sd}{r.choice(SH_DISTRICTS[sd])}{r.randint(10, 999)}弄{r.randint(1, 80)}号{r.randint(1, 30)}0{r.randint(1, 4)}室"
        employer = r.choice(COMPANIES)
        emp_drawn = employer.replace("(", "（").replace(")", "）") if r.random() < 0.6 else employer
        self.person = dict(name=name, sex=sex, birth=birth, id=idn, hk=hk_addr, res=res_addr, age=age)
        ctx.print_date = asof - dt.timedelta(days=r.randint(0, 10))
        ctx.clerk = r.choice(SURNAMES) + r.choice(GIVEN_M + GIVEN_F)
        ctx.police = police
        ctx.person_hukou, ctx.person_res, ctx.person_name = hk_addr, res_addr, name
        ctx.sex, ctx.birth, ctx.id_number = sex, birth, idn
        ctx.company_addr = f"上海市{sd}{r.choice(SH_DISTRICTS[sd])}{r.randint(1, 999)}号"
        ctx.company_short = ""
        ctx.legal_rep = r.choice(SURNAMES) + r.choice(GIVEN_M) + r.choice(GIVEN_X)
        ctx.job = r.choice(["软件开发", "财务会计", "销售", "行政专员", "工程师", "设计师", "运营专员"])
        ctx.tax_office = f"国家税务总局上海市{sd}税务局"
        ctx.verify_code = "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
        ctx.landlord = r.choice(SURNAMES) + r.choice(GIVEN_M + GIVEN_F)
        ctx.district_mca = f"上海市{sd}"
        self.employer, self.emp_drawn = employer, emp_drawn
        errors, warns = [], []
        for k in self.defects:
            e, w = DEFECTS[k]
            errors += e
            warns += w
        self.exp_errors, self.exp_warns = errors, warns
        self.make_documents(df, reg, sd)
        return self

    # ------------------------------------------------------------ documents
    def make_documents(self, df, reg, sd):
        r, ctx, p, asof = self.rng, self.ctx, self.person, self.asof
        code, prov, city, dist, streets, police = reg
        name, idn, birth = p["name"], p["id"], p["birth"]
        # ---------- id card
        age = p["age"]
        if "idcard_expired" in df:
            vu = asof - dt.timedelta(days=r.randint(20, 300))
            years = 10 if age < 36 else 20
            vf = vu - relativedelta(years=years)
        else:
            years = 10 if age < 26 else (20 if age < 46 else 0)
            if years:
                vf = rand_date(r, max(asof - relativedelta(years=years) + dt.timedelta(days=60),
                                      birth + relativedelta(years=16)), asof - dt.timedelta(days=90))
                vu = vf + relativedelta(years=years)
            else:
                vf = rand_date(r, asof - relativedelta(years=8), asof - dt.timedelta(days=100))
                vu = None
        id_addr = p["hk"]
        if r.random() < 0.2 and "id_invalid" not in df:
            # an older address on the card: not a defect
            id_addr = f"{prov}{city}{dist}{r.choice(streets)}{r.randint(1, 300)}号"
        idf = dict(name=name, sex=p["sex"], ethnicity=r.choice(ETHNIC), birth_date=iso(birth), address=id_addr,
                   id_number=idn, issuing_authority=police, valid_from=iso(vf),
                   valid_until=iso(vu) if vu else "long_term")
        self.idf = idf
        idraw = dict(idf, birth_date_obj=birth, valid_from_obj=vf, valid_until_obj=vu)
        # ---------- residence permit
        if "permit_recent" in df:
            iss = asof - dt.timedelta(days=1)
            while working_days_after(iss, asof) < 2:
                iss -= dt.timedelta(days=1)
            assert working_days_after(iss, asof) < 5
        elif "permit_expired" in df:
            iss = asof - relativedelta(years=1) - dt.timedelta(days=r.randint(10, 120))
        else:
            iss = rand_date(r, asof - relativedelta(months=30), asof - dt.timedelta(days=30))
        if "permit_expired" in df:
            vu_p = iss + relativedelta(years=1) - dt.timedelta(days=1)
        else:
            yrs = 1 if iss > asof - relativedelta(months=10) and r.random() < 0.5 else 3
            vu_p = iss + relativedelta(years=yrs) - dt.timedelta(days=1)
            if vu_p < asof + dt.timedelta(days=30):
                vu_p = iss + relativedelta(years=3) - dt.timedelta(days=1)
        hk_on_permit = p["hk"]
        if "hukou_addr" in df:
            hk_on_permit = self.alter_addr(p["hk"])
        pf = dict(name=name, id_number=idn, hukou_address=hk_on_permit, residence_address=p["res"],
                  issue_date=iso(iss), valid_from=iso(iss), valid_until=iso(vu_p))
        praw = dict(pf, issue_date_obj=iss, valid_from_obj=iss, valid_until_obj=vu_p, sex=p["sex"])
        # ---------- household register
        collective = self.forms["hukou"] == "collective" and "missing_cover" not in df
        head_is_self = r.random() < 0.45
        head = name if head_is_self else p["name"][0] + r.choice(GIVEN_M + GIVEN_F) + (r.choice(GIVEN_X) if r.random() < 0.5 else "")
        h_iss = rand_date(r, D(2005, 1, 1), asof - relativedelta(years=1))
        cover = dict(household_type=r.choice(["家庭户", "家庭户", "非农业家庭户"]), head_name=head,
                     household_number=str(r.randint(100000000, 999999999)), address=p["hk"], issue_date=iso(h_iss))
        edu_level = self.plan_education(df)
        mem = dict(name=name, relation_to_head="户主" if head_is_self else r.choice(["子", "女", "长子", "长女", "孙子"]),
                   sex=p["sex"], birthplace=prov + city, ethnicity=idf["ethnicity"], native_place=prov + city,
                   birth_date=iso(birth), id_number=idn, education=EDU_TEXT.get(edu_level, "高中"),
                   marital_status=r.choice(["未婚", "已婚"]) if age < 30 else "已婚")
        if mem["relation_to_head"] in ("子", "长子", "孙子") and p["sex"] == "女":
            mem["relation_to_head"] = "女"
        if mem["relation_to_head"] in ("女", "长女") and p["sex"] == "男":
            mem["relation_to_head"] = "子"
        if r.random() < 0.4:
            mem["employer"] = r.choice(COMPANIES + ["无"])
        reg_date = rand_date(r, birth + relativedelta(years=16), asof - relativedelta(months=6))
        mem["registration_date"] = iso(reg_date)
        self.married = mem["marital_status"] == "已婚"
        mraw = dict(mem, birth_date_cn=f"{birth.year}年{birth.month}月{birth.day}日",
                    registration_date_cn=f"{reg_date.year}年{reg_date.month}月{reg_date.day}日",
                    height=str(r.randint(155, 185)), blood=r.choice(["A型", "B型", "O型", "AB型"]),
                    military=r.choice(["未服兵役", ""]), job=r.choice(["职员", "", "工程技术人员"]),
                    moved_city="", moved_addr="")
        # ---------- labour contract
        cf = self.plan_contract(df, name, idn)
        # ---------- tax
        tax = self.plan_tax(df, name, idn)
        # ---------- social insurance
        si = self.plan_si(df, name, idn)
        # ---------- draw everything
        self.draw_id(idf, idraw, df, praw)
        self.draw_permit(pf, praw, df)
        self.bundle = [] if r.random() < 0.3 else None
        self.bundle_gray = r.random() < 0.5
        if self.app == "first" or (r.random() < 0.3 and self.forms["permit"] != "card_only"):
            self.draw_hukou(cover, mem, mraw, df, collective, p)
        self.draw_contract(cf, df)
        if "missing_tax" not in df:
            self.draw_tax(*tax)
        if si is not None:
            self.draw_si(*si)
        self.draw_education(df)
        self.flush_bundle()
        if self.married and r.random() < 0.45:
            self.draw_marriage()
        self.draw_unknown(df)
        if "unreadable_page" in df:
            self.draw_unreadable()

    def flush_bundle(self):
        """An image-only PDF from a scanner app holding several documents."""
        b, self.bundle = self.bundle, None
        if not b:
            return
        r = self.rng
        imgs, types, docs = [], [], []
        for i, (im, t, ds) in enumerate(b):
            imgs.append(im.convert("L") if self.bundle_gray else im.convert("RGB"))
            types.append(t)
            docs.append(ds)
            if self.exp_errors and i < len(b) - 1 and r.random() < 0.3:
                blank = C.scan(R.blank(self.ctx).img, r, dpi=150, gray=self.bundle_gray)[0]
                imgs.append(blank.convert("L") if self.bundle_gray else blank.convert("RGB"))
                types.append("unknown")
                docs.append([])
                if "quality.unreadable_page" not in self.extra_warn:
                    self.extra_warn.append("quality.unreadable_page")
        mode = "L" if self.bundle_gray else "RGB"
        imgs = [i.convert(mode) for i in imgs]
        self.write_multi(imgs, "scanned_pdf", types, docs, "pdf",
                         name=r.choice(["扫描全能王 " + self.stamp_dt()[0], "材料扫描", None]))

    def alter_addr(self, a):
        r = self.rng
        digits = [i for i, c in enumerate(a) if c.isdigit()]
        if digits and r.random() < 0.6:
            i = r.choice(digits)
            return a[:i] + str((int(a[i]) + r.randint(1, 8)) % 10) + a[i + 1:]
        swaps = {"路": "街", "号": "弄", "村": "庄", "镇": "乡", "区": "县"}
        for k, v in swaps.items():
            if k in a[8:]:
                i = a.index(k, 8)
                return a[:i] + v + a[i + 1:]
        return a + "附1号"

    # ------------------------------------------------------------ education plan
    def plan_education(self, df):
        r = self.rng
        if "no_diploma" in df:
            self.edu = "none"
        elif "degree_only" in df:
            self.edu = "degree_only"
        elif "adult_no_chsi" in df:
            self.edu = "adult"
        elif "low_points" in df:
            self.edu = r.choice(["bachelor", "college"])
        else:
            self.edu = self.forms["edu"]
        return {"none": "高中", "degree_only": "本科", "adult": "本科", "bachelor": "本科", "bachelor_chsi": "本科",
                "adult_chsi": "本科", "college": "专科", "master": "硕士", "doctor": "博士"}[self.edu]

    # ------------------------------------------------------------ contract plan
    def plan_contract(self, df, name, idn):
        r, asof, ctx = self.rng, self.asof, self.ctx
        open_ended = False
        ctx.term_style = r.choice(["dates", "dates", "years"])
        if "term_short" in df:
            sd = asof - relativedelta(months=r.randint(2, 4))
            sd = D(sd.year, sd.month, 1)
            ed = sd + relativedelta(months=r.choice([10, 11])) - dt.timedelta(days=1)
            ctx.term_style = "dates"
        elif "contract_ending" in df:
            ed = asof + dt.timedelta(days=r.randint(10, 50))
            sd = ed + dt.timedelta(days=1) - relativedelta(years=r.choice([2, 3]))
        elif "contract_ended" in df:
            ed = asof - dt.timedelta(days=r.randint(15, 120))
            sd = ed + dt.timedelta(days=1) - relativedelta(years=3)
        else:
            sd = rand_date(self.rng, asof - relativedelta(years=5), asof - relativedelta(months=8))
            if r.random() < 0.2:
                open_ended = True
                ed = None
            else:
                yrs = r.choice([3, 3, 5, 2])
                ed = sd + relativedelta(years=yrs) - dt.timedelta(days=1)
                while ed < asof + relativedelta(months=2) + dt.timedelta(days=20):
                    sd = sd + relativedelta(years=1)
                    ed = sd + relativedelta(years=yrs) - dt.timedelta(days=1)
                if sd > asof - relativedelta(months=7):
                    sd = asof - relativedelta(months=7)
                    ed = sd + relativedelta(years=yrs) - dt.timedelta(days=1)
        self.renewal = None
        if (not open_ended and not (df & {"term_short", "contract_ended", "contract_ending"})
                and self.forms["contract"] == "renewal"):
            # the original two-year term has ended; a 续订书 extends it
            sd = asof - relativedelta(years=2) - dt.timedelta(days=r.randint(40, 300))
            old_end = sd + relativedelta(years=2) - dt.timedelta(days=1)
            new_start = old_end + dt.timedelta(days=1)
            if r.random() < 0.3:
                open_ended, ed = True, None
            else:
                ed = new_start + relativedelta(years=3) - dt.timedelta(days=1)
            self.renewal = (old_end, new_start)
            ctx.renew_sign = old_end - dt.timedelta(days=r.randint(5, 30))
        ctx.term_years = None
        if ed is not None:
            for n in range(1, 11):
                if sd + relativedelta(years=n) - dt.timedelta(days=1) == ed:
                    ctx.term_years = n
        if ctx.term_years is None or self.renewal:
            ctx.term_style = "dates"
        signing = sd - dt.timedelta(days=r.randint(0, 20))
        emp_name = name
        if "name_mismatch" in df and self.forms.get("mismatch_where", "contract") == "contract":
            emp_name = self.alter_name(name)
        cf = dict(employer=self.employer if "employer_other" not in df else self.old_employer(),
                  employee_name=emp_name, employee_id_number=self.person["id"], start_date=iso(sd),
                  end_date=iso(ed) if ed else None, open_ended=open_ended, signing_date=iso(signing))
        if open_ended:
            cf.pop("end_date")
        self.contract_start = D.fromisoformat(cf["start_date"])
        self.cf_raw = dict(cf, start_date_obj=D.fromisoformat(cf["start_date"]),
                           end_date_obj=D.fromisoformat(cf["end_date"]) if cf.get("end_date") else None,
                           signing_date_obj=D.fromisoformat(cf["signing_date"]),
                           employer_drawn=(cf["employer"].replace("(", "（").replace(")", "）") if r.random() < 0.5 else cf["employer"]))
        if self.renewal:
            self.cf_raw["end_date_obj_old"] = self.renewal[0]
        return cf

    def old_employer(self):
        if not hasattr(self, "_old"):
            self._old = self.rng.choice([c for c in COMPANIES if c != self.employer])
        return self._old

    def alter_name(self, n):
        r = self.rng
        alt = {"晓": "小", "红": "宏", "伟": "玮", "静": "靜", "明": "鸣", "杰": "洁", "丽": "莉", "华": "桦",
               "文": "雯", "建": "健", "海": "每", "磊": "垒", "敏": "民", "婷": "亭", "佳": "嘉", "涛": "滔"}
        for i in range(len(n) - 1, 0, -1):
            if n[i] in alt:
                return n[:i] + alt[n[i]] + n[i + 1:]
        pool = [c for c in GIVEN_M + GIVEN_F if c != n[-1]]
        return n[:-1] + r.choice(pool)

    # ------------------------------------------------------------ tax plan
    def plan_tax(self, df, name, idn):
        r, asof, ctx = self.rng, self.asof, self.ctx
        win = tax_window(asof)
        latest = D.fromisoformat(win[-1] + "-01")
        deadline = latest + relativedelta(months=1, day=15)
        if "tax_print_early" in df:
            # printed before the latest month was declared
            issue = deadline - dt.timedelta(days=r.randint(6, 12))
            last_row = latest - relativedelta(months=1)
        else:
            issue = rand_date(r, min(deadline, asof), asof)
            last_row = latest
        first_row = D.fromisoformat(win[0] + "-01") - relativedelta(months=r.choice([0, 0, 3, 6, 6]))
        if self.forms["tax"] == "old_form":
            first_row = D.fromisoformat(win[0] + "-01")
        months = months_between(first_row, last_row)
        if "tax_gap" in df:
            gap = r.choice(win[1:-1])
            months = [m for m in months if m != gap]
            self.notes.append(f"tax month {gap} missing")
        agent = self.employer
        if "tax_agency" in df:
            agent = r.choice(AGENCIES)
        rows, raw = [], []
        tn = name
        tid = idn
        if "name_mismatch" in df and self.forms.get("mismatch_where") == "tax":
            tn = self.alter_name(name)
        if "id_mismatch" in df:
            b = self.person["birth"]
            seq = int(idn[14:17])
            seq2 = (seq + r.choice([2, 4, 6, 20])) % 1000
            tid = make_id(idn[:6], b, seq2)
            if tid[17] == idn[17] and tid == idn:
                tid = make_id(idn[:6], b, (seq2 + 2) % 1000)
        tax_id = f"91310{r.randint(100, 120)}MA{r.randint(1, 9)}{''.join(r.choice('ABCDEFGHJKLMNPQRTUWXY0123456789') for _ in range(6))}{r.choice('0123456789ABCDEFGHJKLMNPQRTUWXY')}"
        style = r.choice(["plain", "id_before", "id_after"])
        base_income = r.choice([9000, 12000, 15000, 18000, 22000, 30000])
        for m in months:
            md = D.fromisoformat(m + "-01")
            ag = agent
            if "employer_other" in df:
                ag = self.employer  # the new job pays; the contract is the old one's
            items = [("正常工资薪金", ag)]
            if m.endswith("-01") or (m.endswith("-03") and r.random() < 0.5):
                items.append(("全年一次性奖金收入", ag))
            if r.random() < 0.06:
                items.append(("劳务报酬", r.choice([c for c in COMPANIES if c != ag])))
            for item, agx in items:
                inc = base_income * r.uniform(0.9, 1.15) if item == "正常工资薪金" else r.uniform(3000, 30000)
                amt = max(0.0, (inc - 5000) * r.uniform(0.03, 0.1))
                if r.random() < 0.05 and item == "正常工资薪金":
                    amt = 0.0
                decl = md + relativedelta(months=1, day=r.randint(3, 14))
                paid = decl + dt.timedelta(days=r.randint(0, 3))
                drawn = agx.replace("(", "（").replace(")", "）") if r.random() < 0.5 else agx
                def wrap19(t):
                    return [t[i:i + 19] for i in range(0, len(t), 19)]
                if style == "id_before":
                    rem_lines = [f"扣缴义务人：{tax_id}"] + wrap19(drawn)
                elif style == "id_after":
                    rem_lines = wrap19(f"扣缴义务人：{drawn}") + [f"（{tax_id}）"]
                else:
                    rem_lines = wrap19(f"扣缴义务人：{drawn}")
                rows.append(dict(period=m, withholding_agent=agx, amount=f"{amt:.2f}"))
                raw.append(dict(period=m, withholding_agent=agx, withholding_agent_drawn=drawn, amount=f"{amt:.2f}",
                                income=f"{inc:.2f}", item=item, declared=iso(decl), paid_date=iso(paid),
                                period_start=md, period_end=md + relativedelta(months=1) - dt.timedelta(days=1),
                                period_range=f"{md:%Y-%m-%d}至{(md + relativedelta(months=1) - dt.timedelta(days=1)):%Y-%m-%d}",
                                remark=rem_lines, voucher=f"{r.randint(10**15, 10**16 - 1)}"))
        ctx.tax_span = f"{months[0].replace('-', '年')}月-{months[-1].replace('-', '年')}月"
        tf = dict(name=tn, id_number=tid, issue_date=iso(issue))
        self.tax_raw = dict(tf, issue_date_obj=issue)
        return tf, rows, raw

    # ------------------------------------------------------------ social insurance plan
    def plan_si(self, df, name, idn):
        r, asof = self.rng, self.asof
        need = df & {"si_agency", "si_insufficient", "si_not_paying"}
        if not need and (self.forms["si"] == "none" or "low_points" in df or r.random() < 0.25):
            return None
        am = D(asof.year, asof.month, 1)
        last = am - relativedelta(months=1) if asof.day < 20 else am
        if "si_not_paying" in df:
            last = am - relativedelta(months=r.choice([3, 4]))
        n = r.choice([12, 18, 24, 30, 36]) if "si_insufficient" not in df else r.choice([12, 14])
        first = last - relativedelta(months=n - 1)
        months = months_between(first, last)
        base = r.choice(["7310.00", "8500.00", "12000.00", "15500.00", "21000.00", "36549.00"])
        # job change: earlier months with another employer (not a defect)
        change_at = None
        if r.random() < 0.35 and len(months) > 14:
            change_at = r.randint(3, len(months) - 9)
        rows = []
        window12 = months_between(am - relativedelta(months=12), am - relativedelta(months=1))
        ag_from = len(months) - r.randint(4, 8)
        agency = r.choice(AGENCIES)
        k_reg = r.randint(3, 5)
        for i, m in enumerate(months):
            emp = self.employer
            if change_at is not None and i < change_at:
                emp = self.old_employer() if "employer_other" not in df else r.choice([c for c in COMPANIES if c not in (self.employer, self.old_employer())])
            if "si_agency" in df and i >= ag_from:
                emp = agency
            bp = False
            if "si_insufficient" in df:
                # only 3-5 regular months in the 12 before the as-of month; the rest 补缴
                bp = not (m == f"{am:%Y-%m}" or m in window12[-k_reg:])
            rows.append(dict(month=m, employer=emp, base=base, back_payment=bp))
        if "si_not_paying" in df:
            # keep ≥6 regular months in the 12-month window so only not_paying fires
            pass
        drawn = {}
        raw = []
        for row in rows:
            e = row["employer"]
            if e not in drawn:
                drawn[e] = e.replace("(", "（").replace(")", "）") if r.random() < 0.5 else e
            raw.append(dict(row, employer_drawn=drawn[e]))
        sf = dict(name=name, id_number=idn)
        return sf, rows, raw

    # ------------------------------------------------------------ drawing
    def draw_id(self, idf, idraw, df, praw):
        r = self.rng
        if "missing_id_card" in df:
            return
        form = self.forms["id"]
        ctx = self.ctx
        front = R.id_front(ctx, idraw).img
        back = R.id_back(ctx, idraw).img
        doc = self.add_doc("id_card", form, idf)
        if form == "front_only":
            # only the 人像面: no validity on the pages
            for k in ("issuing_authority", "valid_from", "valid_until"):
                idf.pop(k)
            self.extra_warn.append("field.unreadable")
            self.emit(front, "id_card", [doc], captures=("photo", "scan"), cname=r.choice(["身份证", "身份证正面", None]))
        elif form == "separate":
            self.emit(front, "id_card", [doc], captures=("photo", "chat", "scan"), cname=r.choice(["身份证正面", None]))
            self.emit(back, "id_card", [doc], captures=("photo", "chat", "scan"), cname=r.choice(["身份证反面", None]))
        elif form in ("a4_side", "a4_stack", "with_permit"):
            page = Image.new("RGB", C.A4_200, (255, 255, 255))
            sc = 0.48
            fw = front.resize((int(front.width * sc), int(front.height * sc)), Image.LANCZOS)
            bw = back.resize(fw.size, Image.LANCZOS)
            if form == "a4_side":
                # landscape A4 would be natural; place side by side on a rotated page
                page = Image.new("RGB", (C.A4_200[1], C.A4_200[0]), (255, 255, 255))
                page.paste(fw, (200, 500))
                page.paste(bw, (300 + fw.width, 500))
            else:
                page.paste(fw, ((page.width - fw.width) // 2, 250))
                page.paste(bw, ((page.width - fw.width) // 2, 350 + fw.height))
            docs = [doc]
            if form == "with_permit":
                pc = R.permit_card(ctx, praw).img
                pcw = pc.resize(fw.size, Image.LANCZOS)
                page.paste(pcw, ((page.width - fw.width) // 2, 450 + 2 * fw.height))
                self._permit_card_on_id_page = True
                self._permit_page_docs = docs
            s = Sheet.of(page)
            if r.random() < 0.5:
                s.text((200, page.height - 300), "此复印件仅供居住证积分申请使用", self.fonts.get("hand", 44), (30, 30, 120))
            self.emit(s.img, "id_card", docs, captures=("scan", "photocopy", "photo"), watermark_p=0.5,
                      a4_for_card=False, cname=r.choice(["身份证复印件", None]))
        self.id_doc = doc

    def draw_permit(self, pf, praw, df):
        r, ctx = self.rng, self.ctx
        form = self.forms["permit"]
        if form == "card_only" and self.app == "first":
            form = "card_info"
        if getattr(self, "_permit_card_on_id_page", False):
            # the card sits on the ID copy; its hukou address comes from an info page or app
            form = r.choice(["info_grid2", "info_list", "app"]) if form in ("card_info", "card_only") else form
        doc = self.add_doc("residence_permit", form, pf)
        if getattr(self, "_permit_card_on_id_page", False):
            # the ID-copy page also shows the permit card
            last = [pg for pg in self.pages if pg["type"] == "id_card"][-1]
            doc["pages"].append({"file": last["file"], "page": last["page"]})
            doc["layout"] = form + "+card_on_id_copy"
        if form in ("card_info", "card_only"):
            self.emit(R.permit_card(ctx, praw).img, "residence_permit", [doc], captures=("photo", "scan", "chat"),
                      cname=r.choice(["居住证", None]))
            self.emit(R.permit_card_back(ctx, praw).img, "residence_permit", [doc], captures=("photo", "scan", "chat"))
            if form == "card_only":
                pf.pop("hukou_address")
                return
            form2 = r.choice(["grid2", "grid4", "list"])
            s = R.permit_info_a4(ctx, praw, form2)
            self.emit(s.img, "residence_permit", [doc], captures=("scan", "photo", "photocopy"), watermark_p=0.3)
        elif form.startswith("info_"):
            s = R.permit_info_a4(ctx, praw, form[5:])
            self.emit(s.img, "residence_permit", [doc], captures=("scan", "photo", "photocopy", "chat", "lowres"),
                      watermark_p=0.4, cname=r.choice(["居住证信息", None]))
        elif form == "app":
            s = R.permit_app(ctx, praw)
            fmt = r.choice(["png", "jpg"])
            if r.random() < 0.3:
                self.write_image(C.chat(s.img, r), "chat", "residence_permit", [doc], name_kind="chat")
            else:
                self.write_image(s.img, "screenshot", "residence_permit", [doc], name_kind="screen", fmt=fmt)

    def draw_hukou(self, cover, mem, mraw, df, collective, p):
        r, ctx = self.rng, self.ctx
        if collective:
            cf = dict(name=p["name"], id_number=p["id"], address=p["hk"],
                      issue_date=iso(self.asof - dt.timedelta(days=r.randint(5, 60))))
            doc = self.add_doc("collective_hukou_certificate", "letter", cf)
            s = R.collective_cert(ctx, dict(cf, issue_date_obj=D.fromisoformat(cf["issue_date"])))
            self.emit(s.img, "collective_hukou_certificate", [doc], captures=("scan", "photo", "photocopy"),
                      cname=r.choice(["集体户口证明", "户籍证明", None]))
            return
        form = self.forms["hukou"]
        if form == "collective":
            form = "printed"
        hand = form == "hand" or (form in ("open", "a4_both") and r.random() < 0.4)
        cov = R.hukou_cover(ctx, dict(cover, issue_date_obj=D.fromisoformat(cover["issue_date"])), hand=hand)
        memb = R.hukou_member(ctx, mraw, hand=hand)
        cdoc = None
        if "missing_cover" not in df:
            cdoc = self.add_doc("household_register_cover", form + ("_hand" if hand and form != "hand" else ""), cover)
        mdoc = self.add_doc("household_register_member", form + ("_hand" if hand and form != "hand" else ""), mem)
        if form == "open" and cdoc:
            page = R.open_booklet(ctx, cov, memb)
            self.emit(page.img, "household_register_cover", [cdoc, mdoc], captures=("photo", "scan"),
                      allow_turn=False, cname=r.choice(["户口本", None]))
        elif form == "a4_both" and cdoc:
            page = Image.new("RGB", C.A4_200, (255, 255, 255))
            sc = 0.95 * 1400 / max(cov.w, memb.w)
            cw = cov.img.resize((int(cov.w * sc * 0.8), int(cov.h * sc * 0.8)), Image.LANCZOS)
            mw = memb.img.resize((int(memb.w * sc * 0.8), int(memb.h * sc * 0.8)), Image.LANCZOS)
            page.paste(cw, ((page.width - cw.width) // 2, 80))
            page.paste(mw, ((page.width - mw.width) // 2, 140 + cw.height))
            self.emit(page, "household_register_cover", [cdoc, mdoc], captures=("scan", "photocopy"),
                      allow_turn=False, a4_for_card=False, watermark_p=0.4, cname=r.choice(["户口本复印件", None]))
        else:
            if cdoc:
                self.emit(cov.img, "household_register_cover", [cdoc], captures=("photo", "scan", "photocopy", "chat"),
                          cname=r.choice(["户口本首页", None]))
            self.emit(memb.img, "household_register_member", [mdoc], captures=("photo", "scan", "photocopy", "chat"),
                      cname=r.choice(["户口本本人页", None]))

    def draw_contract(self, cf, df):
        r, ctx = self.rng, self.ctx
        if "missing_contract" in df:
            return
        form = self.forms["contract"]
        variant = "company_form" if form == "company_form" else ("shanghai_model" if form == "shanghai_model" else r.choice(["shanghai_model", "company_form"]))
        raw = self.cf_raw
        if self.renewal:
            raw = dict(raw, end_date_obj=self.renewal[0], open_ended=False)
        n = r.randint(4, 7) if variant == "shanghai_model" else r.randint(3, 9)
        sheets = R.contract_pages(ctx, raw, variant, n)
        layout = variant + ("+renewal" if self.renewal else "")
        doc = self.add_doc("labour_contract", layout, cf)
        imgs = [s.img for s in sheets]
        if self.renewal:
            imgs.append(R.contract_renewal(ctx, self.cf_raw, *self.renewal).img)
        how = r.choice(["photos", "pdf", "tiff", "scans", "pdf"])
        if how == "photos":
            for im in imgs:
                self.emit(im, "labour_contract", [doc], captures=("photo", "photo", "chat"), allow_turn=False)
        elif how == "scans":
            for im in imgs:
                self.emit(im, "labour_contract", [doc], captures=("scan", "photocopy"), allow_turn=True)
        elif how == "tiff":
            caps = [C.bilevel(C.scan(im, r, dpi=200)[0], r) for im in imgs]
            self.write_multi(caps, "bilevel", ["labour_contract"] * len(caps), [[doc]] * len(caps), "tif",
                             name=r.choice(["劳动合同", None]))
        else:
            gray = r.random() < 0.5
            caps = [C.scan(im, r, gray=gray, dpi=r.choice([150, 200]))[0] for im in imgs]
            self.write_multi(caps, "scanned_pdf", ["labour_contract"] * len(caps), [[doc]] * len(caps), "pdf",
                             name=r.choice(["劳动合同", "合同扫描件", None]))

    def draw_tax(self, tf, rows, raw):
        r, ctx = self.rng, self.ctx
        form = self.forms["tax"]
        doc = self.add_doc("tax_record", form, tf, rows)
        tr = dict(tf, issue_date_obj=self.tax_raw["issue_date_obj"])
        if form in ("national", "income_detail_pdf"):
            fname = self.cname(r.choice(["个人所得税纳税记录", "个税记录", "纳税记录"]), "pdf") if r.random() < 0.6 else self.fname("scan", "pdf")
            n = P.tax_national(ctx, tr, raw, os.path.join(self.dir, fname), "national" if form == "national" else "detail")
            self.write_pdf_pages(fname, n, "tax_record", doc)
        elif form == "app":
            for s in R.tax_app_screens(ctx, tr, raw):
                if r.random() < 0.25:
                    self.write_image(C.chat(s.img, r), "chat", "tax_record", [doc], name_kind="chat")
                else:
                    self.write_image(s.img, "screenshot", "tax_record", [doc], name_kind="screen", fmt=r.choice(["png", "jpg"]))
            # the app screens show no issue date
            tf.pop("issue_date", None)
        else:  # old 税收完税证明 form
            s = R.tax_old_form(ctx, tr, raw)
            self.emit(s.img, "tax_record", [doc], captures=("scan", "photo", "photocopy"), allow_turn=False)

    def draw_si(self, sf, rows, raw):
        r, ctx = self.rng, self.ctx
        form = self.forms["si"]
        if form == "none":
            form = "pdf"
        doc = self.add_doc("social_insurance_record", form, sf, rows)
        if form == "pdf":
            fname = self.cname(r.choice(["社保缴费记录", "社保", "个人权益记录"]), "pdf") if r.random() < 0.6 else self.fname("scan", "pdf")
            n = P.si_record(ctx, sf, raw, os.path.join(self.dir, fname))
            self.write_pdf_pages(fname, n, "social_insurance_record", doc)
        elif form == "screens":
            for s in R.si_screens(ctx, sf, raw):
                self.write_image(s.img, "screenshot", "social_insurance_record", [doc], name_kind="screen", fmt="png")
        else:
            for s in R.si_print(ctx, sf, raw):
                self.emit(s.img, "social_insurance_record", [doc], captures=("photo", "scan"), allow_turn=False)
        self.si_rows = rows

    def draw_education(self, df):
        r, ctx, p = self.rng, self.ctx, self.person
        edu = self.edu
        if edu == "none":
            return
        school = r.choice(SCHOOLS)
        major, disc = r.choice(MAJORS)
        ctx.discipline = disc
        ctx.president = r.choice(SURNAMES) + r.choice(GIVEN_M) + r.choice(GIVEN_X)
        ctx.cert_no = f"{r.randint(10000, 10999)}{r.randint(2005, 2024)}{r.randint(100000, 999999):06d}"
        ctx.degree_no = f"{r.randint(10000, 10999)}{r.randint(10, 42)}{r.randint(10000000, 99999999)}"
        ctx.photo_for_pdf = portrait(r, 300, 400)
        b = p["birth"]
        levels = []
        if edu in ("bachelor", "bachelor_chsi", "adult", "adult_chsi", "degree_only"):
            levels = [("本科", 4, 22)]
        elif edu == "college":
            levels = [("专科", 3, 21)]
        elif edu == "master":
            levels = [("本科", 4, 22), ("硕士", 3, 25)] if r.random() < 0.4 else [("硕士", 3, 25)]
        elif edu == "doctor":
            levels = [("博士", 4, 29)]
        for lvl, yrs, gage in levels:
            gy = b.year + gage + (1 if b.month > 8 else 0)
            gd = D(gy, 6, r.choice([20, 25, 28, 30]))
            if gd > self.asof - relativedelta(years=1):
                gd = D(self.asof.year - 1, 6, 30) - relativedelta(years=1)
            st = D(gd.year - yrs, 9, 1)
            ctx.years = yrs
            ctx.sex = p["sex"]
            ctx.birth = b
            study = "函授" if edu in ("adult", "adult_chsi") else "普通全日制"
            dfields = dict(name=p["name"], school=school, major=major, level=lvl, graduation_date=iso(gd), study_mode=study)
            draw = dict(dfields, birth_obj=b, start_obj=st, grad_obj=gd)
            if edu != "degree_only":
                variant = "adult" if study != "普通全日制" else ({"硕士": "master", "博士": "doctor"}.get(lvl, "regular"))
                d = self.add_doc("diploma", "certificate_" + variant, dfields)
                s = R.diploma(ctx, draw, variant)
                self.emit(s.img, "diploma", [d], captures=("scan", "photo", "photo", "photocopy", "chat"),
                          cname=r.choice(["毕业证", "毕业证书", None]))
            if edu in ("bachelor_chsi", "adult_chsi") or (edu == "bachelor" and r.random() < 0.2):
                d = self.add_doc("diploma", "chsi_report", dict(dfields))
                fname = self.cname(r.choice(["学信网学历证书电子注册备案表", "学历备案表", "学信网"]), "pdf")
                P.chsi_report(ctx, draw, os.path.join(self.dir, fname))
                self.write_pdf_pages(fname, 1, "diploma", d)
            if edu in ("bachelor", "bachelor_chsi", "master", "doctor", "degree_only", "adult_chsi") or (edu == "adult" and r.random() < 0.5):
                dl = {"本科": "学士", "硕士": "硕士", "博士": "博士"}.get(lvl)
                if dl:
                    gf = dict(name=p["name"], school=school, major=major, level=dl, graduation_date=iso(gd))
                    d = self.add_doc("degree_certificate", "certificate", gf)
                    s = R.degree(ctx, dict(gf, grad_obj=gd))
                    self.emit(s.img, "degree_certificate", [d], captures=("scan", "photo", "photocopy"),
                              cname=r.choice(["学位证", "学位证书", None]))
            school = r.choice(SCHOOLS)
            major, disc = r.choice(MAJORS)
            ctx.discipline = disc
            ctx.cert_no = f"{r.randint(10000, 10999)}{r.randint(2005, 2024)}{r.randint(100000, 999999):06d}"

    def draw_marriage(self):
        r, ctx, p = self.rng, self.ctx, self.person
        ssex = "女" if p["sex"] == "男" else "男"
        sb = p["birth"] + dt.timedelta(days=r.randint(-1500, 1500))
        reg = r.choice(REGIONS)
        sid = make_id(reg[0], sb, r.randint(10, 99) * 10 + (r.choice([1, 3, 5]) if ssex == "男" else r.choice([2, 4, 6])))
        sname = r.choice(SURNAMES) + r.choice(GIVEN_M if ssex == "男" else GIVEN_F) + (r.choice(GIVEN_X) if r.random() < 0.5 else "")
        rd = rand_date(r, max(p["birth"] + relativedelta(years=23), self.asof - relativedelta(years=15)), self.asof - dt.timedelta(days=60))
        ctx.spouse_sex, ctx.spouse_birth = ssex, sb
        ctx.marriage_no = f"J{r.randint(310101, 310120)}-{rd.year}-{r.randint(1, 20000):06d}"
        mf = dict(holder_name=p["name"], spouse_name=sname, spouse_id_number=sid, registration_date=iso(rd))
        d = self.add_doc("marriage_certificate", "inner_pages", mf)
        s = R.marriage(ctx, dict(mf, registration_date_obj=rd))
        self.emit(s.img, "marriage_certificate", [d], captures=("photo", "scan", "chat"), cname=r.choice(["结婚证", None]))

    def draw_unknown(self, df):
        r, ctx = self.rng, self.ctx
        if r.random() < 0.3:
            kind = r.choice(["receipt", "rental", "bank"])
            s = {"receipt": R.receipt, "rental": R.rental, "bank": R.bank_slip}[kind](ctx)
            self.emit(s.img, "unknown", [], captures=("photo", "scan"), allow_turn=False)
        # blank back pages inside a scanner-app PDF only where the packet already needs fixing
        if self.exp_errors and r.random() < 0.35:
            s = R.blank(ctx)
            pages = [C.scan(s.img, r, dpi=150)[0]]
            self.write_multi(pages, "scanned_pdf", ["unknown"], [[]], "pdf")
            self.extra_warn.append("quality.unreadable_page")

    def draw_unreadable(self):
        r = self.rng
        s = R.rental(self.ctx) if r.random() < 0.5 else R.receipt(self.ctx)
        im = C.dark_unreadable(C.photo(s.img, r, mp=(3264, 2448)), r)
        self.write_image(im, "photo", "unknown", [], name_kind="photo", unreadable=True)

    # ------------------------------------------------------------ truth
    def points(self):
        items = {}
        ap = age_points(self.person["age"])
        items["age"] = ap
        types = {d["type"] for d in self.docs}
        edu = 0
        dips = [d for d in self.docs if d["type"] == "diploma"]
        degs = [d for d in self.docs if d["type"] == "degree_certificate"]
        dl = {d["fields"]["level"] for d in dips}
        gl = {d["fields"]["level"] for d in degs}
        if "博士" in dl and "博士" in gl:
            edu = 110
        elif "硕士" in dl and "硕士" in gl:
            edu = 100
        elif "本科" in dl and "学士" in gl:
            edu = 90
        elif "本科" in dl:
            edu = 60
        elif "学士" in gl:
            edu = 90  # a degree without its diploma: counted, with points.claim_unsupported
        elif "专科" in dl:
            edu = 50
        if edu:
            items["education"] = edu
        if "social_insurance_record" in types:
            n = sum(1 for row in self.si_rows if not row["back_payment"])
            y = (n // 12) * 3
            if y:
                items["social_insurance_years"] = y
        est = sum(items.values())
        return {"standard": 120, "estimate": est, "items": items}

    def finish(self):
        pts = self.points()
        warns = list(self.exp_warns) + self.extra_warn
        if pts["estimate"] < 120 and "points.below_standard" not in warns:
            warns.append("points.below_standard")
        if pts["estimate"] >= 120 and "points.below_standard" in warns:
            warns.remove("points.below_standard")
        errors = sorted(set(self.exp_errors))
        warns = sorted(set(warns))
        verdict = "fix" if errors else ("review" if warns else "ready")
        truth = {
            "packet": self.pid,
            "as_of": iso(self.asof),
            "application": self.app,
            "defects": list(self.defects),
            "defect_notes": [DESC[d] for d in self.defects] + self.notes,
            "expected_rules": errors,
            "expected_warnings": warns,
            "verdict": verdict,
            "points": pts,
            "pages": self.pages,
            "documents": [{k: v for k, v in d.items()} for d in self.docs],
        }
        with open(os.path.join(os.path.dirname(self.dir), f"{self.pid}.truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
        return truth
