"""Build one packet: invent a person, apply the scenario, draw every document, write files and the truth."""
import datetime as dt
import json
import os
import random
import shutil
from PIL import Image
from . import ids, docs_img, forms, capture, pdfs, scenarios
from .rules import norm, add_months, ym, tax_window, evaluate, D
from .draw import watermark

ETHN = ["汉"] * 8 + ["回", "满", "壮", "土家"]


class Packet:
    def __init__(self, root, pid, rng, as_of):
        self.dir = os.path.join(root, pid)
        if os.path.exists(self.dir):
            shutil.rmtree(self.dir)
        os.makedirs(self.dir)
        self.rng = rng
        self.pages = []
        self.docs = []
        self.used = set()
        self.t = dt.datetime(as_of.year, as_of.month, as_of.day, 7, 0, 0) + dt.timedelta(minutes=rng.randint(0, 120))
        self.n = rng.randint(1, 9000)

    def path(self, name):
        return os.path.join(self.dir, name)

    def _tick(self):
        self.t += dt.timedelta(seconds=self.rng.randint(20, 900))
        self.n += self.rng.randint(1, 4)
        return self.t

    def _unique(self, name):
        base, ext = os.path.splitext(name)
        k = 1
        while name in self.used:
            k += 1
            name = f"{base}({k}){ext}"
        self.used.add(name)
        return name

    def fname(self, kind, ext=None):
        r = self.rng
        t = self._tick()
        if kind == "IMG":
            ext = ext or "jpg"
            nm = r.choice([f"IMG_{t:%Y%m%d_%H%M%S}", f"IMG_{self.n:04d}", f"{t:%Y%m%d_%H%M%S}", f"mmexport{int(t.timestamp())}{r.randint(100,999)}"])
            if nm.startswith("mmexport") and ext == "heic":
                nm = f"IMG_{t:%Y%m%d_%H%M%S}"
            if nm.startswith("IMG_") and "_" not in nm[4:] and ext in ("jpg", "heic"):
                ext = ext.upper()
        elif kind == "SHOT":
            ext = ext or "png"
            nm = r.choice([f"Screenshot_{t:%Y%m%d-%H%M%S}", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{r.randint(100,999)}_com.tencent.mm" if r.random() < .3 else f"Screenshot_{t:%Y%m%d_%H%M%S}", f"IMG_{self.n:04d}"])
            if nm.startswith("IMG_"):
                ext = "PNG"
        elif kind == "WX":
            ext = "jpg"
            nm = r.choice([f"微信图片_{t:%Y%m%d%H%M%S}", f"微信图片_{t:%Y%m%d%H%M%S}_{r.randint(1,40)}", f"mmexport{int(t.timestamp())}{r.randint(100,999)}"])
        elif kind == "SCAN":
            ext = ext or "jpg"
            nm = r.choice([f"scan{self.n:04d}", f"扫描件{self.n % 50 + 1}", f"SCN_{self.n:04d}", f"{t:%Y%m%d%H%M%S}"])
        elif kind == "DESK":
            ext = "png"
            nm = r.choice([f"屏幕截图 {t:%Y-%m-%d %H%M%S}", f"微信截图_{t:%Y%m%d%H%M%S}", f"企业微信截图_{int(t.timestamp())}"])
        elif kind == "tax_pdf":
            ext = "pdf"
            nm = r.choice(["个人所得税纳税记录", f"纳税记录{t:%Y%m%d}", "个税完税证明", f"{r.randint(10**9, 10**10-1)}"])
        elif kind == "si_pdf":
            ext = "pdf"
            nm = r.choice(["社保缴费记录", "个人权益记录", f"缴费明细_{t:%Y%m%d}", "社保"])
        elif kind == "scanpdf":
            ext = "pdf"
            nm = r.choice([f"扫描件{self.n % 30 + 1}", f"CamScanner {t:%m-%d-%Y %H.%M}", f"scan{self.n:04d}", f"扫描全能王 {t:%Y-%m-%d %H.%M}", f"Doc{t:%Y%m%d}"])
        elif kind == "xuexin":
            ext = "pdf"
            nm = r.choice(["教育部学历证书电子注册备案表", "学历备案表", f"学信网_{t:%Y%m%d}"])
        elif kind == "permit_pdf":
            ext = "pdf"
            nm = r.choice(["居住证信息", "我的证照-一网通办", f"电子证照_{t:%Y%m%d}"])
        elif kind == "tif":
            ext = "tif"
            nm = f"scan{self.n:04d}"
        else:
            nm = kind
        return self._unique(f"{nm}.{ext}")

    def add_doc(self, type_, fields, rows=None, layout=""):
        d = dict(type=type_, layout=layout, pages=[], fields=fields, rows=rows or [])
        self.docs.append(d)
        return d

    def _page(self, doc, fn, pg, cap, rot=0, type_=None):
        self.pages.append(dict(file=fn, page=pg, type=type_ or (doc["type"] if doc else "unknown"), capture=cap, rotation=rot))
        if doc is not None:
            doc["pages"].append(dict(file=fn, page=pg))

    def img(self, doc, im, cap, kind, fmt, card=False, capture_name=None, exif=None):
        r = self.rng
        im2 = capture.apply(im, cap, r, card=card)
        capn = capture_name or cap
        rot = 0
        ex = 1
        if cap in ("photo", "wechat_photo") and kind == "IMG":
            roll = r.random()
            if roll < 0.3:
                ex = r.choice([6, 6, 8, 3])
            elif roll < 0.4:
                rot = r.choice([90, 180, 270])
                im2 = im2.rotate(rot, expand=True)  # counter-clockwise turn as displayed
            if r.random() < 0.18:
                fmt = "heic"
        if fmt == "heic":
            fn = self.fname(kind, "heic")
            capture.save_heic(im2, self.path(fn), ex)
        elif fmt == "png":
            fn = self.fname(kind, "png")
            im2.save(self.path(fn), "PNG", optimize=False)
        elif fmt == "tif":
            fn = self.fname("tif")
            capture.save_tiff([im2], self.path(fn))
        else:
            fn = self.fname(kind, "jpg")
            q = 92 if cap == "scan" else (r.randint(70, 90))
            capture.save_jpeg(im2, self.path(fn), q, ex)
        self._page(doc, fn, 1, capn, rot)
        return fn

    def pdf_images(self, items, cap, name):
        ims = []
        for doc, im, *t in items:
            ims.append(capture.apply(im, cap, self.rng) if im is not None else None)
        real = []
        for i, ((doc, im, *t), im2) in enumerate(zip(items, ims)):
            if im2 is None:  # blank back page
                im2 = capture.apply(Image.new("RGB", (1240, 1754), (255, 255, 255)), "scan_grey", self.rng)
            real.append(im2)
            self._page(doc, name, i + 1, "image_pdf_" + cap, 0, type_=t[0] if t else None)
            if im is None:
                self.pages[-1]["blank"] = True
        pdfs.image_pdf(self.path(name), real, producer=self.rng.choice(["CamScanner", "Microsoft: Print To PDF", "Canon iR-ADV C5535", "HP Scan"]))

    def tiff(self, items, name):
        ims = [capture.bilevel(im, self.rng) for doc, im in items]
        capture.save_tiff(ims, self.path(name))
        for i, (doc, im) in enumerate(items):
            self._page(doc, name, i + 1, "bilevel_tiff")

    def textpdf(self, doc, path, cap):
        import pypdfium2 as pdfium
        n = len(pdfium.PdfDocument(path))
        for i in range(n):
            self._page(doc, os.path.basename(path), i + 1, cap)

    def pdf_to_images(self, path, scale=150 / 72):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(path)
        out = [pg.render(scale=scale).to_pil().convert("RGB") for pg in pdf]
        pdf.close()
        return out


# ---------------------------------------------------------------- person
def random_as_of(rng):
    while True:
        d = dt.date(2026, 11, 16) + dt.timedelta(days=rng.randint(0, 25))
        if d.weekday() < 5:
            return d


def swap_char(rng, s, pool):
    idx = [i for i, c in enumerate(s) if c in pool]
    i = rng.choice(idx)
    c = s[i]
    alt = [x for x in pool if x != c]
    return s[:i] + rng.choice(alt) + s[i + 1:]


def make_person(rng, k, as_of):
    area, prefix, police = rng.choice(ids.AREAS)
    age = k.get("age", rng.randint(26, 42))
    birth = dt.date(as_of.year - age, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    if birth + dt.timedelta(days=0) > as_of.replace(year=as_of.year - age):
        birth = birth.replace(year=birth.year - 1) if age_of(birth.replace(year=birth.year - 1), as_of) == age else birth
    while age_of(birth, as_of) != age:
        birth += dt.timedelta(days=1 if age_of(birth, as_of) > age else -1)
    sex = rng.choice(["男", "女"])
    seq = rng.randint(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8]))
    idn = ids.make_id(area, birth, seq)
    p = dict(as_of=as_of.isoformat(), sex=sex, ethnicity=rng.choice(ETHN), birth_date=birth.isoformat(), area=area, police=police)
    p["name"] = ids.name(rng)
    p["name_drawn"] = p["name"]
    p["id_number"] = idn
    p["id_number_drawn"] = idn
    hk = ids.hukou_address(rng, prefix)
    p["cover_address"] = hk
    p["permit_hukou_address"] = hk
    p["id_address"] = hk
    p["residence_address"] = ids.sh_address(rng)
    # id card validity
    vf = as_of - dt.timedelta(days=rng.randint(200, 3000))
    age_issue = age_of(birth, vf)
    if age_issue >= 46:
        vu = "long_term"
    else:
        vu = vf.replace(year=vf.year + (10 if age_issue < 26 else 20)).isoformat()
    p.update(issuing_authority=police, valid_from=vf.isoformat(), valid_until=vu)
    # permit
    iss = as_of - dt.timedelta(days=rng.randint(60, 600))
    p["permit_issue_date"] = iss.isoformat()
    p["permit_valid_from"] = iss.isoformat()
    p["permit_valid_until"] = (iss.replace(year=iss.year + rng.choice([1, 2, 3])) - dt.timedelta(days=1)).isoformat()
    if D(p["permit_valid_until"]) < as_of + dt.timedelta(days=30):
        p["permit_valid_until"] = (iss.replace(year=iss.year + 3) - dt.timedelta(days=1)).isoformat()
    # household
    head = p["name"][0] + rng.choice(ids.GIVEN) + rng.choice(ids.GIVEN)
    p["head_name"] = head
    p["household_type"] = rng.choice(["家庭户", "家庭户", "非农业家庭户户口"])
    p["household_number"] = str(rng.randint(10**8, 10**9 - 1))
    p["cover_issue_date"] = (birth + dt.timedelta(days=rng.randint(5000, 9000))).isoformat()
    rel = ("长子" if sex == "男" else "长女") if rng.random() < .6 else ("之子" if sex == "男" else "之女")
    city = prefix[:prefix.index("市") + 1] if "市" in prefix else prefix
    p["member"] = dict(relation_to_head=rel, birthplace=city, native_place=city, education=rng.choice(["大学本科", "大学本科", "本科"]),
                       marital_status=rng.choice(["未婚", "已婚"]), registration_date=(birth + dt.timedelta(days=rng.randint(0, 60))).isoformat())
    p["police_station"] = police.replace("分局", "分局") + rng.choice(["城关派出所", "新华路派出所", "东湖派出所", "文化路派出所"])
    # employer & contract
    used = set()
    emp = ids.company(rng, used)
    used.add(emp)
    p["employer"] = emp
    p["employer_code"] = ids.credit_code(rng)
    start = as_of - dt.timedelta(days=rng.randint(400, 1400))
    start = start.replace(day=1) if rng.random() < 0.5 else start
    years = rng.choice([3, 3, 5])
    end = start.replace(year=start.year + years) - dt.timedelta(days=1) if not (start.month == 2 and start.day == 29) else start.replace(year=start.year + years, day=28)
    while end < add_months(as_of, 3):
        end = end.replace(year=end.year + 2)
    p["contract"] = dict(employer_drawn=emp, start_date=start.isoformat(), end_date=end.isoformat(), open_ended=False,
                         signing_date=(start - dt.timedelta(days=rng.randint(0, 14))).isoformat(), id_drawn=idn,
                         term_style=rng.choice(["dates", "dates", "years"]) if end.year - start.year in range(1, 11) and end == start.replace(year=end.year) - dt.timedelta(days=1) else "dates")
    p["contract_name"] = p["name"]
    # education
    school = rng.choice(ids.SCHOOLS)
    major = rng.choice(ids.MAJORS)
    gd = dt.date(birth.year + 22 + rng.randint(0, 1), 6, 30)
    p["edu"] = dict(school=school, major=major, level="本科", degree="学士", degree_kind=ids.DEG_KIND[major], graduation_date=gd.isoformat(), study_mode="普通全日制")
    p["used_companies"] = used
    return p


def age_of(b, d):
    return d.year - b.year - ((d.month, d.day) < (b.month, b.day))


def tax_rows(p, rng, as_of, k):
    win = tax_window(as_of)
    last = win[-1]
    first = ym(add_months(D(win[0] + "-01"), -rng.randint(0, 6)))
    months = []
    m = D(first + "-01")
    lastd = D(last + "-01")
    if k.get("extra_month"):
        lastd = add_months(lastd, 1)
    if k.get("stale_print"):
        lastd = add_months(lastd, -1)
    if k.get("as_of") == "2026-11-10":
        pass
    while m <= lastd:
        months.append(ym(m))
        m = add_months(m, 1)
    rows = []
    bureau = rng.choice(forms.TAX_BUREAU)
    emp = p["employer"]
    for mo in months:
        agent = emp
        code = p["employer_code"]
        if p.get("job_change_month") and mo < p["job_change_month"]:
            agent, code = p["old_employer"], p["old_employer_code"]
        if k.get("tax_agency") and mo >= win[-3]:
            agent, code = p["agency"], p["agency_code"]
        if k.get("bracket_company") and rng.random() < 0.5:
            agent = agent.replace("（", "(").replace("）", ")")
        md = D(mo + "-01")
        decl = add_months(md, 1).replace(day=rng.randint(5, 14))
        paid = decl + dt.timedelta(days=rng.choice([0, 0, 1]))
        amt = round(rng.uniform(80, 2600), 2)
        if k.get("zero_month") and mo == win[2]:
            amt = 0.0
        rows.append(dict(period=mo, agent_drawn=agent, agent_code=code, amount=f"{amt:.2f}", income=f"{amt * rng.uniform(6, 12) + 5000:.2f}",
                         decl=decl.isoformat(), paid=paid.isoformat(), item="工资薪金所得" if rng.random() < .8 else "正常工资薪金所得", bureau=bureau))
        if k.get("second_payer") and mo == lastd.strftime("%Y-%m"):
            o = ids.company(rng, p["used_companies"])
            amt2 = round(rng.uniform(50, 400), 2)
            rows.append(dict(period=mo, agent_drawn=o, agent_code=ids.credit_code(rng), amount=f"{amt2:.2f}", income=f"{amt2*5:.2f}",
                             decl=decl.isoformat(), paid=paid.isoformat(), item="劳务报酬所得", bureau=bureau))
    if k.get("tax_gap"):
        gap = rng.choice(win[1:-1])
        rows = [r for r in rows if r["period"] != gap]
        p["tax_gap"] = gap
    if rng.random() < 0.3 and not k.get("tax_gap"):
        # a 全年一次性奖金 row in an early month
        r0 = dict(rows[min(1, len(rows) - 1)])
        r0.update(item="全年一次性奖金收入", amount=f"{rng.uniform(300, 3000):.2f}")
        rows.insert(min(2, len(rows)), r0)
    last_decl = max(D(r["decl"]) for r in rows)
    if k.get("stale_print"):
        iss = dt.date(2026, 11, 20)
    else:
        iss = max(last_decl + dt.timedelta(days=1), as_of - dt.timedelta(days=rng.randint(0, 4)))
        iss = min(iss, as_of)
    p["tax_issue_date"] = iss.isoformat()
    p["tax_rows_drawn"] = rows
    return rows


def si_rows(p, rng, as_of, k):
    m0 = D(ym(as_of) + "-01")
    lastm = m0 if rng.random() < 0.35 else add_months(m0, -1)
    if k.get("si_stopped"):
        lastm = add_months(m0, -3)
    n = rng.choice([12, 14, 18, 24])
    rows = []
    base = rng.choice([7384, 8500, 11200, 12500, 15000, 18000, 21000])
    for i in range(n - 1, -1, -1):
        mo = ym(add_months(lastm, -i))
        emp = p["employer"]
        back = False
        if k.get("job_change_si") and i >= n // 2:
            emp = p["old_employer"]
        if k.get("si_agency"):
            emp = p["agency"]
        if k.get("si_backpay_old") and i >= n - 3:
            back = True
        if k.get("si_insufficient") and i >= 5:
            back = True
        rows.append(dict(month=mo, employer_drawn=emp, base=f"{base:.2f}", back_payment=back))
    p["si_rows"] = rows
    return rows


# ---------------------------------------------------------------- build
def build(root, idx, seed):
    verdict, defects, intended, k = scenarios.get(idx)
    rng = random.Random(f"{seed}-{idx}")
    as_of = D(k["as_of"]) if "as_of" in k else random_as_of(rng)
    application = k.get("application", "first")
    pid = f"t{idx:03d}"
    p = make_person(rng, k, as_of)
    pk = Packet(root, pid, rng, as_of)
    C = p["contract"]
    # ---- knobs
    if k.get("open_ended"):
        C["open_ended"] = True
        C.pop("end_date")
    if k.get("contract_end_edge"):
        C["end_date"] = add_months(as_of, 2).isoformat()
        C["start_date"] = (D(C["end_date"]).replace(year=D(C["end_date"]).year - 3) + dt.timedelta(days=1)).isoformat()
        C["signing_date"] = (D(C["start_date"]) - dt.timedelta(days=5)).isoformat()
        C["term_style"] = "dates"
    if k.get("ends_soon"):
        e = as_of + dt.timedelta(days=rng.randint(12, 45))
        C["end_date"] = e.isoformat()
        C["start_date"] = (e.replace(year=e.year - 3) + dt.timedelta(days=1)).isoformat()
        C["signing_date"] = (D(C["start_date"]) - dt.timedelta(days=3)).isoformat()
        C["term_style"] = "dates"
    if k.get("bracket_company"):
        w = rng.choice(ids.CO_WORDS)
        p["employer"] = w + "（上海）" + rng.choice(ids.CO_TAILS)
        C["employer_drawn"] = p["employer"]
    if k.get("job_change_si") or k.get("short_term") or k.get("si_insufficient"):
        p["old_employer"] = ids.company(rng, p["used_companies"])
        p["used_companies"].add(p["old_employer"])
        p["old_employer_code"] = ids.credit_code(rng)
    if k.get("short_term") or k.get("si_insufficient"):
        st = add_months(D(ym(as_of) + "-01"), -3 if k.get("short_term") else -6)
        C["start_date"] = st.isoformat()
        C["end_date"] = (add_months(st, 10 if k.get("short_term") else 36) - dt.timedelta(days=1)).isoformat()
        C["signing_date"] = (st - dt.timedelta(days=4)).isoformat()
        C["term_style"] = "dates"
        p["job_change_month"] = ym(st)
    if k.get("job_change_si"):
        pass
    if k.get("tax_agency") or k.get("si_agency"):
        p["agency"] = rng.choice(ids.AGENCIES)
        p["agency_code"] = ids.credit_code(rng)
    if k.get("old_id_address"):
        area_pref = [a for a in ids.AREAS if a[0] == p["area"]][0][1]
        p["id_address"] = ids.hukou_address(rng, area_pref)
    if k.get("hukou_1char"):
        s = p["cover_address"]
        p["permit_hukou_address"] = swap_char(rng, s, "0123456789")
    if k.get("name_mismatch"):
        p["contract_name"] = swap_char(rng, p["name"], p["name"][1:]) if False else p["name"][0] + rng.choice([c for c in ids.GIVEN if c not in p["name"]]) + p["name"][2:]
    if k.get("id_invalid"):
        i = p["id_number"]
        bad = [c for c in "0123456789X" if c != i[17]][rng.randint(0, 9)]
        p["id_number"] = p["id_number_drawn"] = C["id_drawn"] = i[:17] + bad
    if k.get("permit_expired"):
        vu = as_of - dt.timedelta(days=rng.randint(8, 60))
        p["permit_valid_until"] = vu.isoformat()
        vf = (vu + dt.timedelta(days=1)).replace(year=vu.year - 1)
        p["permit_valid_from"] = p["permit_issue_date"] = vf.isoformat()
    if "permit_issue" in k:
        p["permit_issue_date"] = p["permit_valid_from"] = k["permit_issue"]
        iss = D(k["permit_issue"])
        p["permit_valid_until"] = (iss.replace(year=iss.year + 1) - dt.timedelta(days=1)).isoformat()
    if k.get("id_expired"):
        vu = as_of - dt.timedelta(days=rng.randint(10, 90))
        p["valid_until"] = vu.isoformat()
        p["valid_from"] = vu.replace(year=vu.year - 10).isoformat()
        b = D(p["birth_date"])
        # keep plausibility: 10-year card issued before 26
        if age_of(b, D(p["valid_from"])) >= 26:
            p["valid_from"] = vu.replace(year=vu.year - 20).isoformat()
    if k.get("age", 0) >= 46 and not k.get("id_expired"):
        p["valid_until"] = "long_term"
        vf = D(p["birth_date"]).replace(year=D(p["birth_date"]).year + 46) + dt.timedelta(days=rng.randint(10, 200))
        p["valid_from"] = min(vf, as_of - dt.timedelta(days=30)).isoformat()
    if k.get("head_self"):
        p["head_name"] = p["name"]
        p["member"]["relation_to_head"] = "户主"
    if k.get("master"):
        p["edu"].update(level="硕士研究生", degree="硕士", graduation_date=D(p["edu"]["graduation_date"]).replace(year=D(p["edu"]["graduation_date"]).year + 3).isoformat())
    if k.get("dazhuan"):
        p["edu"].update(level="专科", degree=None)
    if k.get("adult"):
        p["edu"].update(study_mode="业余")
    p["member"]["employer_drawn"] = p["employer"] if rng.random() < 0.5 else ""
    if p["member"]["employer_drawn"] and rng.random() < 0.5:
        p["member"]["employer_drawn"] = ""
    p["si_stopped"] = k.get("si_stopped")
    if k.get("watermark"):
        p["watermark"] = True
        p["wm_color"] = rng.choice([(90, 120, 200), (200, 60, 60), (120, 120, 120)])
    if k.get("id_mismatch"):
        alt = ids.make_id(p["id_number"][:6], D(p["birth_date"]), (int(p["id_number"][14:17]) + 2 * rng.randint(1, 40)) % 1000)
        p["tax_id"] = alt
    else:
        p["tax_id"] = p["id_number_drawn"]
    p["tax_name"] = p["name"]
    trows = tax_rows(p, rng, as_of, k)
    srows = si_rows(p, rng, as_of, k) if k.get("si") else []

    # ---- documents
    # id card
    idf = dict(name=p["name_drawn"], sex=p["sex"], ethnicity=p["ethnicity"], birth_date=p["birth_date"], address=p["id_address"],
               id_number=p["id_number_drawn"], issuing_authority=p["issuing_authority"], valid_from=p["valid_from"], valid_until=p["valid_until"])
    d = pk.add_doc("id_card", {kk: norm(v) if isinstance(v, str) else v for kk, v in idf.items()})
    pid_ = dict(p, id_address=p["id_address"])
    front, back = docs_img.id_front(pid_, rng), docs_img.id_back(pid_, rng)
    if p.get("watermark"):
        watermark(front, color=p["wm_color"])
        watermark(back, color=p["wm_color"])
    idform = rng.choice(["cards", "a4_copy", "a4_copy_side"])
    if idform == "cards":
        cap = rng.choice(["photo", "photo", "wechat_photo"])
        pk.img(d, front, cap, "IMG" if cap == "photo" else "WX", "jpg", card=True)
        pk.img(d, back, cap, "IMG" if cap == "photo" else "WX", "jpg", card=True)
    else:
        sheet = docs_img.card_on_a4([front, back], rng, side_by_side=idform == "a4_copy_side")
        if p.get("watermark"):
            watermark(sheet, color=p["wm_color"])
        cap = rng.choice(["scan", "photocopy", "bilevel", "lowres"])
        if cap == "bilevel":
            pk.tiff([(d, sheet)], pk.fname("tif"))
        else:
            pk.img(d, sheet, cap, "SCAN", "jpg")
    d["layout"] = idform

    # residence permit
    rpf = dict(name=p["name_drawn"], id_number=p["id_number_drawn"], hukou_address=p["permit_hukou_address"], residence_address=p["residence_address"],
               issue_date=p["permit_issue_date"], valid_from=p["permit_valid_from"], valid_until=p["permit_valid_until"])
    d = pk.add_doc("residence_permit", {kk: norm(v) for kk, v in rpf.items()})
    forms.permit(pk, p, d, rng, k["permit"])

    # household register
    hand = rng.random() < 0.35
    if k.get("collective"):
        p["cover_address"] = p["permit_hukou_address"] = (p["cover_address"].split("区")[0] + "区" + rng.choice(ids.STREETS) + f"{rng.randint(1,300)}号集体户")
        d = pk.docs[1]
        d["fields"]["hukou_address"] = norm(p["permit_hukou_address"])
        # redraw permit with the collective address: remove its pages and draw again
        for pg in d["pages"]:
            fp = pk.path(pg["file"])
            if os.path.exists(fp):
                os.remove(fp)
        pk.pages = [x for x in pk.pages if x["type"] != "residence_permit"]
        d["pages"] = []
        forms.permit(pk, p, d, rng, k["permit"])
        p["cover_issue_date"] = (as_of - dt.timedelta(days=rng.randint(10, 60))).isoformat()
        cf = dict(name=p["name_drawn"], id_number=p["id_number_drawn"], address=p["cover_address"], issue_date=p["cover_issue_date"])
        d = pk.add_doc("collective_hukou_certificate", {kk: norm(v) for kk, v in cf.items()}, layout="letter")
        pk.img(d, docs_img.collective_cert(p, rng), rng.choice(["scan", "photo"]), rng.choice(["SCAN", "IMG"]), "jpg")
    elif not k.get("no_hukou"):
        cf = dict(household_type=p["household_type"], head_name=p["head_name"], household_number=p["household_number"], address=p["cover_address"], issue_date=p["cover_issue_date"])
        dc = pk.add_doc("household_register_cover", {kk: norm(v) for kk, v in cf.items()}, layout="booklet_hand" if hand else "booklet_typed")
        m = p["member"]
        mf = dict(name=p["name_drawn"], relation_to_head=m["relation_to_head"], sex=p["sex"], birthplace=m["birthplace"], ethnicity=p["ethnicity"],
                  native_place=m["native_place"], birth_date=p["birth_date"], id_number=p["id_number_drawn"], education=m["education"],
                  marital_status=m["marital_status"], employer=m["employer_drawn"], registration_date=m["registration_date"])
        mf = {kk: norm(v) for kk, v in mf.items() if v}
        dm = pk.add_doc("household_register_member", mf, layout="card_hand" if hand else "card_typed")
        c_im, m_im = docs_img.hukou_cover(p, rng, hand), docs_img.hukou_member(p, rng, hand)
        hform = rng.choice(["photos", "scans", "tiff", "pdf"])
        if hform == "photos":
            pk.img(dc, c_im, "photo", "IMG", "jpg")
            pk.img(dm, m_im, "photo", "IMG", "jpg")
        elif hform == "scans":
            cap = rng.choice(["scan", "photocopy", "scan_grey"])
            pk.img(dc, c_im, cap, "SCAN", "jpg")
            pk.img(dm, m_im, cap, "SCAN", "jpg")
        elif hform == "tiff":
            pk.tiff([(dc, c_im), (dm, m_im)], pk.fname("tif"))
        else:
            pk.pdf_images([(dc, c_im), (dm, m_im)], rng.choice(["scan", "photocopy"]), pk.fname("scanpdf"))

    # labour contract
    lf = dict(employer=C["employer_drawn"], employee_name=p["contract_name"], employee_id_number=C["id_drawn"], start_date=C["start_date"],
              end_date=C.get("end_date"), open_ended=C["open_ended"], signing_date=C["signing_date"])
    lf = {kk: (norm(v) if isinstance(v, str) else v) for kk, v in lf.items() if v is not None}
    layout = rng.choice(["shanghai_model", "company_table"])
    d = pk.add_doc("labour_contract", lf, layout=layout)
    cpages = docs_img.contract_pages(p, rng, layout)
    if k.get("drop_term_page"):
        cpages = [cpages[0]] + cpages[2:]
        for kk in ("start_date", "end_date", "open_ended"):
            d["fields"].pop(kk, None)
    cform = rng.choice(["pdf", "photos", "tiff"]) if not k.get("blank_page") else "pdf"
    if cform == "pdf":
        items = [(d, im) for im in cpages]
        if k.get("blank_page"):
            items.insert(2, (None, None, "unknown"))
        pk.pdf_images(items, rng.choice(["scan", "photocopy", "scan_grey"]), pk.fname("scanpdf"))
    elif cform == "photos":
        for im in cpages:
            pk.img(d, im, "photo", "IMG", "jpg")
    else:
        pk.tiff([(d, im) for im in cpages], pk.fname("tif"))

    # tax record
    tf = dict(name=p["tax_name"], id_number=p["tax_id"], issue_date=p["tax_issue_date"])
    rows = [dict(period=r["period"], withholding_agent=norm(r["agent_drawn"]), amount=r["amount"]) for r in trows]
    d = pk.add_doc("tax_record", {kk: norm(v) for kk, v in tf.items()}, rows)
    form = k["tax"]
    if form.startswith("tax_app") and form != "tax_app_record":
        d["fields"] = {}  # the app masks name and ID and shows no issue date
        d["rows"] = sorted(rows, key=lambda r: r["period"])
    elif form == "tax_old":
        pass
    forms.tax_record(pk, p, d, rng, form.replace("tax_browser_printed", "tax_browser_printed").replace("tax_rl_printed", "tax_rl_printed"))

    # social insurance
    if k.get("si"):
        sf = dict(name=p["name"], id_number=p["id_number_drawn"])
        srt = [dict(month=r["month"], employer=norm(r["employer_drawn"]), base=r["base"], back_payment=r["back_payment"]) for r in srows]
        d = pk.add_doc("social_insurance_record", {kk: norm(v) for kk, v in sf.items()}, srt)
        forms.si_record(pk, p, d, rng, k["si"])

    # education
    e = p["edu"]
    if not k.get("no_diploma"):
        d = pk.add_doc("diploma", dict(name=norm(p["name_drawn"]), school=e["school"], major=e["major"], level=e["level"],
                                       graduation_date=e["graduation_date"], study_mode=e["study_mode"]), layout="")
        lay = rng.choice(["portrait", "landscape"])
        pk.img(d, docs_img.diploma(p, rng, lay), rng.choice(["photo", "scan", "photocopy", "wechat_photo"]), "IMG", "jpg")
        d["layout"] = lay
    if e.get("degree"):
        d = pk.add_doc("degree_certificate", dict(name=norm(p["name_drawn"]), school=e["school"], major=e["major"], level=e["degree"],
                                                  graduation_date=e["graduation_date"]), layout="classic")
        pk.img(d, docs_img.degree(p, rng), rng.choice(["photo", "scan", "lowres"]), "IMG", "jpg")
    if not k.get("no_diploma") and not k.get("adult") and (idx % 3 == 0):
        d = pk.add_doc("diploma", dict(name=norm(p["name_drawn"]), school=e["school"], major=e["major"], level=e["level"],
                                       graduation_date=e["graduation_date"], study_mode=e["study_mode"], online_record=True))
        forms.xuexin(pk, p, d, rng, "xuexin_mobile" if idx % 2 else "xuexin_report")
    # marriage
    if p["member"]["marital_status"] == "已婚" and rng.random() < 0.5:
        sb = D(p["birth_date"]) + dt.timedelta(days=rng.randint(-900, 900))
        sp = dict(spouse_name=ids.name(rng), spouse_birth=sb.isoformat(), spouse_id_number=ids.make_id(rng.choice(ids.AREAS)[0], sb, rng.randint(100, 999)),
                  registration_date=(D(p["birth_date"]).replace(year=D(p["birth_date"]).year + 25) + dt.timedelta(days=rng.randint(0, 900))).isoformat(),
                  office=rng.choice(["上海市浦东新区民政局", "上海市闵行区民政局"]))
        if D(sp["registration_date"]) > as_of:
            sp["registration_date"] = (as_of - dt.timedelta(days=400)).isoformat()
        p["marriage"] = sp
        d = pk.add_doc("marriage_certificate", dict(holder_name=norm(p["name_drawn"]), spouse_name=sp["spouse_name"], spouse_id_number=sp["spouse_id_number"],
                                                    registration_date=sp["registration_date"]), layout="open_booklet")
        pk.img(d, docs_img.marriage(p, rng), rng.choice(["photo", "scan"]), "IMG", "jpg")
    # unrelated pages
    if rng.random() < 0.6:
        kind = rng.choice(["receipt", "rental"])
        d = pk.add_doc("unknown", {}, layout=kind)
        pk.img(d, docs_img.unknown_page(rng, kind), "photo" if kind == "receipt" else "scan", "IMG" if kind == "receipt" else "SCAN", "jpg")

    # ---- truth
    docs = [dd for dd in pk.docs if dd["pages"]]
    truth = dict(packet=pid, as_of=as_of.isoformat(), application=application, defects=defects)
    truth["documents"] = docs
    rules, verd, points = evaluate(dict(truth, documents=docs, pages=pk.pages))
    truth = dict(packet=pid, as_of=as_of.isoformat(), application=application, defects=defects, expected_rules=rules,
                 verdict=verd, points=points, pages=pk.pages, documents=docs,
                 scenario=dict(intended_verdict=verdict, intended_rules=sorted(intended)))
    with open(os.path.join(root, pid + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return truth
