"""Assemble one packet: pick each document's form and capture, render pages, group them into files
named as phones, scanners, apps and websites name them, write the files and the truth JSON."""
import calendar
import datetime as dt
import io
import json
import os
import random

from PIL import Image

from . import browser, capture, paper, pdfs, screens
from .common import RL_FONTS, rng_for
from .draw import Sheet, watermark
from .plan import DEFECT_RULES, make_values, scenarios
from .rules import ERROR_RULES, derive

FORMS = {
    "id_card": ["cards_photo", "a4_copy_side", "a4_copy_stacked", "a4_with_permit", "cards_scan", "cards_chat",
                "a4_copy_side", "a4_with_permit", "a4_copy_stacked"],
    "residence_permit": ["info_grid2", "app_ecard", "web_print_pdf", "info_list", "card_and_info", "info_grid4",
                         "monitor_photo", "app_ecard_long", "web_print_pdf", "app_ecard"],
    "hukou": ["separate_pages", "open_booklet", "a4_copy_both", "scanner_pdf", "open_booklet", "a4_copy_both"],
    "labour_contract": ["photos", "scanner_pdf", "bw_tiff", "photocopy_jpgs", "chat_photos", "scan_jpgs", "photos"],
    "tax_record": ["national_pdf", "browser_pdf", "app_split", "national_pdf", "viewer_screenshot", "printed_photo",
                   "app_long", "monitor_photo", "old_certificate", "national_pdf", "browser_pdf", "printed_scan"],
    "social_insurance_record": ["pdf", "browser_pdf", "app_split", "pdf_fpdf", "printed_photo", "viewer_screenshot",
                                "app_long", "pdf", "monitor_photo", "browser_pdf", "app_split", "app_split"],
    "diploma": ["photo", "scan", "photocopy", "chat", "photo_heic"],
    "degree_certificate": ["photo", "scan", "chat", "photocopy", "photo_heic"],
    "xuexin": ["text_pdf", "viewer_screenshot", "printed_scan", "text_pdf"],
    "unknown": ["receipt", "rental_contract", "bank_slip", None, None, None, None],
    "tax_app": ["app_split", "app_long", "app_split"],
}
WM = "仅供居住证积分使用，他用无效"


def form_for(seed, index, key, salt=0):
    opts = FORMS[key]
    perm = list(range(len(opts)))
    random.Random(seed * 97 + len(key) * 13 + sum(map(ord, key)) + salt).shuffle(perm)
    return opts[perm[(index + salt) % len(opts)]]


class Out:
    """Collects the files of a packet with their page metadata."""

    def __init__(self, r, index):
        self.r = r
        self.files = []  # (name, bytes)
        self.pages = []
        self.names = set()
        self.n = 1000 + index * 37 + r.randint(0, 400)
        self.t = dt.datetime(2026, r.randint(8, 11), r.randint(1, 28), r.randint(8, 22), r.randint(0, 59), r.randint(0, 59))

    def tick(self):
        self.n += 1
        self.t += dt.timedelta(seconds=self.r.randint(3, 4000))
        return self.n, self.t

    def name(self, style, ext):
        n, t = self.tick()
        r = self.r
        pat = {
            "photo": [f"IMG_{t:%Y%m%d_%H%M%S}", f"IMG_{n:04d}", f"PXL_{t:%Y%m%d_%H%M%S}{r.randint(100,999)}", f"{t:%Y%m%d_%H%M%S}"],
            "chat": [f"微信图片_{t:%Y%m%d%H%M%S}", f"mmexport{calendar.timegm(t.timetuple())}{r.randint(100,999)}", f"wx_camera_{calendar.timegm(t.timetuple())}{r.randint(100,999)}"],
            "shot": [f"Screenshot_{t:%Y%m%d_%H%M%S}", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{r.randint(100,999)}_com.tencent.mm",
                     f"IMG_{n:04d}", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{r.randint(100,999)}_cn.gov.chinatax.gt4",
                     f"屏幕截图 {t:%Y-%m-%d %H%M%S}", f"Snipaste_{t:%Y-%m-%d_%H-%M-%S}"],
            "scan": [f"scan{n:04d}", f"SCN_{n:04d}", f"扫描全能王 {t:%Y-%m-%d %H.%M}", f"CamScanner {t:%m-%d-%Y %H.%M}",
                     f"{t:%Y%m%d%H%M%S}", f"doc{n:05d}", f"新建文档 {t:%Y-%m-%d %H.%M.%S}"],
        }.get(style, [style])
        base = r.choice(pat)
        nm = base + "." + ext
        k = 2
        while nm in self.names:
            nm = "%s(%d).%s" % (base, k, ext)
            k += 1
        self.names.add(nm)
        return nm

    def add(self, name, data, pages):
        """pages: list of (docs, capture, rotation) per page in file order; docs = list of doc dicts."""
        self.files.append((name, data))
        for i, (docs, cap, rot) in enumerate(pages):
            ptype = docs[0]["type"] if docs else "unknown"
            self.pages.append({"file": name, "page": i + 1, "type": ptype, "capture": cap, "rotation": rot})
            for d in docs:
                d["pages"].append({"file": name, "page": i + 1})


# ------------------------------------------------------------------ encoders
def jpeg(im, q=90, exif_o=None):
    b = io.BytesIO()
    kw = {}
    if exif_o:
        ex = Image.Exif()
        ex[0x0112] = exif_o
        kw["exif"] = ex.tobytes()
    im.convert("RGB").save(b, "JPEG", quality=q, **kw)
    return b.getvalue()


def enc(im, fmt, r):
    b = io.BytesIO()
    if fmt == "png":
        im.save(b, "PNG", optimize=False)
    elif fmt == "webp":
        im.convert("RGB").save(b, "WEBP", quality=80, method=4)
    elif fmt == "bmp":
        im.save(b, "BMP")
    elif fmt == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        im.convert("RGB").save(b, "HEIF", quality=75)
    elif fmt == "tif":
        im.save(b, "TIFF", compression="group4" if im.mode == "1" else "tiff_lzw")
    else:
        return jpeg(im, r.choice([78, 85, 90, 94]))
    return b.getvalue()


def tiff_multi(ims):
    b = io.BytesIO()
    ims[0].save(b, "TIFF", save_all=True, append_images=ims[1:], compression="group4" if ims[0].mode == "1" else "tiff_lzw")
    return b.getvalue()


def image_pdf(ims, r):
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1)
    c.setCreator(r.choice(["CamScanner", "扫描全能王", "Adobe Scan", "HP Smart", "Epson Scan 2"]))
    for im in ims:
        w, h = im.size
        pw, ph = (595.27, 841.89) if h >= w else (841.89, 595.27)
        c.setPageSize((pw, ph))
        jb = io.BytesIO()
        im.convert("RGB" if im.mode != "L" else "L").save(jb, "JPEG", quality=r.choice([70, 80, 88]))
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, pw, ph)
        c.showPage()
    c.save()
    return b.getvalue()


def raster(pdf_bytes, scale=200 / 72):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=scale).to_pil().convert("RGB"))
    doc.close()
    return out


def npages(pdf_bytes):
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    n = len(doc)
    doc.close()
    return n


# ------------------------------------------------------------------ paper page capture
def paper_capture(out, docs, im, r, how, card=False):
    """Capture one paper page image in one of the ways paper gets captured and add it as a file."""
    if how in ("photo", "photo_heic", "photo_exif", "photo_turned"):
        ph = capture.photo(im, r, card=card)
        if how == "photo_heic":
            ph = capture._resize_long(ph, 2016)
            out.add(out.name("photo", "heic"), enc(ph, "heic", r), [(docs, "photo", 0)])
        elif how == "photo_exif":
            st, o = capture.exif_orient(ph, r)
            out.add(out.name("photo", "jpg"), jpeg(st, 90, o), [(docs, "photo", 0)])
        elif how == "photo_turned":
            deg = r.choice([90, 180, 270])
            out.add(out.name("photo", "jpg"), jpeg(capture.turn(ph, deg), 88), [(docs, "photo", deg)])
        else:
            out.add(out.name("photo", r.choice(["jpg", "jpg", "JPG", "jpeg"])), jpeg(ph, r.choice([85, 92])), [(docs, "photo", 0)])
    elif how == "chat":
        ph = capture.chat(capture.photo(im, r, card=card), r)
        out.add(out.name("chat", "jpg"), jpeg(ph, r.choice([55, 62, 70])), [(docs, "chat", 0)])
    elif how == "scan":
        grey = r.random() < 0.35
        s = capture.scan(im, r, grey=grey)
        fmt = r.choice(["jpg", "jpg", "png", "bmp", "webp", "tif"])
        out.add(out.name("scan", fmt), enc(s, fmt, r), [(docs, "scan_grey" if grey else "scan", 0)])
    elif how == "photocopy":
        s = capture.photocopy(im, r)
        fmt = r.choice(["jpg", "png", "tif"])
        out.add(out.name("scan", fmt), enc(s, fmt, r), [(docs, "photocopy", 0)])
    elif how == "lowres":
        s = capture.photocopy(im, r, lowres=True)
        out.add(out.name("scan", "jpg"), jpeg(s, 75), [(docs, "lowres_copy", 0)])
    else:
        raise ValueError(how)


def a4_canvas(r):
    return Sheet(*paper.A4, bg=(255, 255, 255))


def place(sheet, im, x, y, w):
    h = int(im.height * w / im.width)
    sheet.im.paste(im.resize((int(w), h), Image.LANCZOS), (int(x), int(y)))
    return h


# ------------------------------------------------------------------ the packet
def build(seed, index, outdir):
    sc = scenarios(seed, index + 1)[index]
    verdict, scen = sc
    meta, docs = make_values(seed, index, verdict, scen)
    r = rng_for(seed, index, 23)
    out = Out(r, index)
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    asof = meta["as_of"]
    blank = "blank_page" in meta["defects"]
    wm_color = r.choice([(200, 30, 30), (30, 30, 200), (90, 90, 90), (0, 120, 0)])
    office = "%s公安局%s分局" % (meta["city"], meta["dist"])
    shd = docs[1]["fields"]["residence_address"][3:6]
    tax_office = "国家税务总局上海市%s税务局" % (shd if shd.endswith("区") else shd[:2] + "区")
    permit_office = "上海市公安局%s分局" % (shd if shd.endswith("区") else shd[:2] + "区")

    # ---------------- ID card (+ maybe permit card on the same copy)
    idc = by["id_card"][0]
    rp = by["residence_permit"][0]
    idf = idc["fields"]
    front = paper.id_front(idf, r)
    id_form = "front_only" if idc["form"].get("front_only") else form_for(seed, index, "id_card")
    idc["layout"] = id_form
    shared_permit_page = False
    if id_form == "front_only":
        paper_capture(out, [idc], front, r, r.choice(["photo", "chat"]), card=True)
    else:
        back = paper.id_back(idf, r)
        if id_form in ("cards_photo", "cards_chat", "cards_scan"):
            for face in (front, back):
                how = {"cards_photo": r.choice(["photo", "photo_exif", "photo_heic" if r.random() < 0.3 else "photo"]),
                       "cards_chat": "chat", "cards_scan": "scan"}[id_form]
                if how == "scan":
                    sh = a4_canvas(r)
                    place(sh, face, 180, 200, 860)
                    paper_capture(out, [idc], sh.im, r, "scan")
                else:
                    paper_capture(out, [idc], face, r, how, card=True)
        else:
            sh = a4_canvas(r)
            if id_form == "a4_copy_side":
                sh2 = Sheet(paper.A4[1], paper.A4[0])
                place(sh2, front, 150, 500, 1000)
                place(sh2, back, 1239, 500, 1000)
                page = sh2.im
            elif id_form == "a4_copy_stacked":
                place(sh, front, 330, 250, 1000)
                place(sh, back, 330, 1000, 1000)
                page = sh.im
            else:  # a4_with_permit
                place(sh, front, 100, 220, 700)
                place(sh, back, 860, 220, 700)
                place(sh, paper.permit_card_front(rp["fields"], r, permit_office), 100, 800, 700)
                place(sh, paper.permit_card_back(rp["fields"], r), 860, 800, 700)
                page = sh.im
                shared_permit_page = True
            if r.random() < 0.6:
                page = watermark(page, WM, wm_color, r.choice([15, 30, -30, 45, 0]), alpha=r.choice([50, 80, 110]))
            how = r.choice(["photocopy", "scan", "photo", "lowres"])
            paper_capture(out, [idc, rp] if shared_permit_page else [idc], page, r, how)

    # ---------------- residence permit
    pf = rp["fields"]
    p_form = form_for(seed, index, "residence_permit")
    if shared_permit_page and p_form in ("card_and_info",):
        p_form = "info_grid2"
    rp["layout"] = ("a4_with_id_card+" if shared_permit_page else "") + p_form
    if p_form.startswith("info_"):
        im = paper.permit_info(pf, r, p_form[5:])
        paper_capture(out, [rp], im, r, r.choice(["scan", "photo", "photo_exif", "chat", "photocopy"]))
    elif p_form == "card_and_info":
        fr = paper.permit_card_front(pf, r, permit_office)
        bk = paper.permit_card_back(pf, r)
        paper_capture(out, [rp], fr, r, "photo", card=True)
        paper_capture(out, [rp], bk, r, "photo", card=True)
        paper_capture(out, [rp], paper.permit_info(pf, r, r.choice(["grid2", "list"])), r, r.choice(["scan", "photo"]))
    elif p_form.startswith("app_ecard"):
        shots, ph = screens.permit_ecard(pf, r, "long" if p_form.endswith("long") else "single")
        for s in shots:
            cap = "screenshot_dark" if ph.dark else ("screenshot_large_font" if ph.fs / ph.k > 1.05 else "screenshot")
            if s.height > ph.H:
                cap = "long_screenshot"
            fmt = r.choice(["png", "jpg"])
            out.add(out.name("shot", fmt), enc(s, fmt, r), [([rp], cap, 0)])
    elif p_form == "web_print_pdf":
        pdf = browser.print_pdf(browser.permit_html(pf, r), r, "permit", _when(r, asof))
        out.add(r.choice(["居住证信息查询 - 一网通办.pdf", "居住证信息.pdf", "jzz_%d.pdf" % out.tick()[0]]), pdf,
                [([rp], "browser_pdf", 0)] * npages(pdf))
    elif p_form == "monitor_photo":
        scr = browser.screenshot(browser.permit_html(pf, r), r)
        ph = capture.monitor(scr, r)
        out.add(out.name("photo", "jpg"), jpeg(ph, 88), [([rp], "monitor_photo", 0)])

    # ---------------- household register / collective
    if "collective_hukou_certificate" in by:
        c = by["collective_hukou_certificate"][0]
        c["layout"] = "letter"
        paper_capture(out, [c], paper.collective_letter(c["fields"], r, c["form"]["office"]), r, r.choice(["scan", "photo", "chat"]))
    elif "household_register_cover" in by:
        cov = by["household_register_cover"][0]
        mem = by.get("household_register_member", [None])[0]
        h_form = form_for(seed, index, "hukou")
        if mem is None and h_form in ("open_booklet", "a4_copy_both"):
            h_form = "separate_pages"
        cim = paper.hukou_cover(cov["fields"], r, cov["form"]["office"])
        mim = paper.hukou_member(mem["fields"], r, cov["form"]["office"], hand_style=r.random() < 0.5) if mem else None
        cov["layout"] = h_form
        if mem:
            mem["layout"] = h_form + ("_hand" if False else "")
        if h_form == "separate_pages":
            paper_capture(out, [cov], cim, r, r.choice(["photo", "scan", "photo_turned", "chat"]))
            if mim:
                paper_capture(out, [mem], mim, r, r.choice(["photo", "scan", "photocopy"]))
        elif h_form == "open_booklet":
            sp = Sheet(cim.width * 2 + 40, cim.height + 40, (120, 30, 30))
            sp.im.paste(cim, (20, 20))
            sp.im.paste(mim, (cim.width + 20, 20))
            paper_capture(out, [cov, mem], sp.im, r, r.choice(["photo", "photo_exif"]))
        elif h_form == "a4_copy_both":
            sh = a4_canvas(r)
            place(sh, cim, 120, 90, 700)
            place(sh, mim, 840, 90, 700)
            page = sh.im
            if r.random() < 0.6:
                page = watermark(page, WM, wm_color, r.choice([20, -25, 35]), alpha=80)
            paper_capture(out, [cov, mem], page, r, r.choice(["photocopy", "scan"]))
        else:  # scanner app PDF with both pages (+ maybe the blank back)
            ims = [capture.scan(cim, r, page_px=1240)]
            caps = [([cov], "scan", 0)]
            if mim:
                ims.append(capture.scan(mim, r, page_px=1240))
                caps.append(([mem], "scan", 0))
            out.add(out.name("scan", "pdf"), image_pdf(ims, r), caps)

    # ---------------- labour contract(s)
    for con in by.get("labour_contract", []):
        cf = con["fields"]
        emp_addr = "上海市%s%s%d号" % (shd, r.choice(["张江路", "漕河泾路", "虹桥路", "江场路"]), r.randint(1, 999))
        pages = paper.contract_pages(cf, r, con["form"], emp_addr, idf["address"])
        c_form = form_for(seed, index + len(con["pages"]) + (1 if con is by["labour_contract"][-1] else 0), "labour_contract")
        if blank and c_form not in ("scanner_pdf", "bw_tiff"):
            c_form = "scanner_pdf"
        con["layout"] = {"model": "shanghai_model", "company": "company_template", "renewal": "renewal_notice"}[con["form"]["kind"]]
        if c_form == "scanner_pdf":
            ims, caps = [], []
            for i, pg in enumerate(pages):
                ims.append(capture.scan(pg, r, grey=r.random() < 0.5, page_px=1240))
                caps.append(([con], "scan", 0))
                if blank and i == 0:
                    ims.append(Image.new("L", (1240, 1754), 248))
                    caps.append(([], "blank", 0))
            out.add(out.name("scan", "pdf"), image_pdf(ims, r), caps)
        elif c_form == "bw_tiff":
            ims = [capture.bilevel(pg, r, dpi=200) for pg in pages]
            caps = [([con], "bw_scan", 0) for _ in pages]
            if blank:
                ims.insert(1, Image.new("1", ims[0].size, 1))
                caps.insert(1, ([], "blank", 0))
            out.add(out.name("scan", "tif"), tiff_multi(ims), caps)
        else:
            how = {"photos": None, "photocopy_jpgs": "photocopy", "chat_photos": "chat", "scan_jpgs": "scan"}[c_form]
            for pg in pages:
                h = how or r.choice(["photo", "photo", "photo_exif", "photo_turned" if r.random() < 0.3 else "photo",
                                     "photo_heic" if r.random() < 0.3 else "photo"])
                paper_capture(out, [con], pg, r, h)

    # ---------------- tax record
    for tx in by.get("tax_record", []):
        _tax(out, tx, r, seed, index, tax_office, asof)

    # ---------------- social insurance
    for si in by.get("social_insurance_record", []):
        _si(out, si, r, seed, index, asof)

    # ---------------- education
    sex = meta["sex"]
    birth = idf["birth_date"]
    for dd in by.get("diploma", []) + by.get("degree_certificate", []):
        f = dd["fields"]
        if f.get("online_record"):
            x_form = form_for(seed, index, "xuexin")
            dd["layout"] = "xuexin_" + x_form
            pdf, n = pdfs.xuexin_pdf(f, r, sex, birth, idf["id_number"], seed * 7 + index)
            if x_form == "text_pdf":
                out.add(r.choice(["教育部学历证书电子注册备案表_%s.pdf" % f["name"], "学历备案表.pdf", "chsi_report_%d.pdf" % out.tick()[0]]), pdf, [([dd], "text_pdf", 0)] * n)
            elif x_form == "viewer_screenshot":
                im = raster(pdf)[0]
                s = screens.viewer_screenshot(im, r, 1, n, "教育部学历证书电子注册备案表.pdf")
                out.add(out.name("shot", "png"), enc(s, "png", r), [([dd], "viewer_screenshot", 0)])
            else:
                im = raster(pdf)[0]
                paper_capture(out, [dd], im, r, "scan")
                out.pages[-1]["capture"] = "printed_scan"
        elif dd["type"] == "diploma":
            dd["layout"] = "paper_" + f["level"]
            how = form_for(seed, index + len(f["major"]), "diploma")
            paper_capture(out, [dd], paper.diploma_paper(f, r, sex, birth, dd["form"]), r, how)
        else:
            dd["layout"] = "paper_" + f["level"]
            how = form_for(seed, index + len(f["school"]), "degree_certificate")
            paper_capture(out, [dd], paper.degree_paper(f, r, sex, birth, dd["form"]), r, how)

    # ---------------- marriage
    for mc in by.get("marriage_certificate", []):
        mc["layout"] = "inner_pages"
        mc["form"]["holder_id"] = idf["id_number"]
        mc["form"]["office"] = "上海市%s民政局" % (shd if shd.endswith("区") else shd[:2] + "区")
        paper_capture(out, [mc], paper.marriage_inner(mc["fields"], r, mc["form"]), r, r.choice(["photo", "photo_exif", "chat", "scan"]))

    # ---------------- unknown page
    u = form_for(seed, index, "unknown")
    if u:
        im = {"receipt": paper.receipt, "rental_contract": paper.rental_page, "bank_slip": paper.bank_slip}[u](r)
        paper_capture(out, [], im, r, r.choice(["photo", "scan", "chat"]), card=(u == "receipt"))

    # ---------------- shuffle file order? (names carry no meaning; keep creation order)
    truth = {"packet": "w%03d" % index, "as_of": asof, "application": meta["application"],
             "defects": meta["defects"], "expected_rules": [], "verdict": None, "points": None,
             "pages": out.pages, "documents": []}
    for d in docs:
        rows = [{k: v for k, v in rw.items() if not k.startswith("_")} for rw in d["rows"]]
        truth["documents"].append({"type": d["type"], "layout": d["layout"], "pages": d["pages"],
                                   "fields": d["fields"], "rows": rows})
    res = derive(truth)
    truth["expected_rules"] = res["rules"]
    truth["verdict"] = res["verdict"]
    truth["points"] = res["points"]
    planned = set()
    for x in meta["defects"]:
        planned |= DEFECT_RULES[x]
    if res["verdict"] != verdict or set(res["errors"]) != planned & ERROR_RULES or not (planned <= set(res["rules"])):
        raise RuntimeError("packet w%03d: planned %s/%s, derived %s/%s" % (index, verdict, sorted(planned), res["verdict"], res["rules"]))
    # write
    pdir = os.path.join(outdir, "w%03d" % index)
    os.makedirs(pdir, exist_ok=True)
    for name, data in out.files:
        with open(os.path.join(pdir, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(outdir, "w%03d.truth.json" % index), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth


def _when(r, asof):
    d = dt.date.fromisoformat(asof) - dt.timedelta(days=r.randint(0, 3))
    return "%s%02d%02d%02d" % (d.strftime("%Y%m%d"), r.randint(8, 21), r.randint(0, 59), r.randint(0, 59))


def _shots(out, doc, shots, ph, r, long_cap=False):
    for s in shots:
        cap = "screenshot_dark" if ph.dark else ("screenshot_large_font" if ph.fs / ph.k > 1.05 else "screenshot")
        if s.height > ph.H:
            cap = "long_screenshot"
        fmt = r.choice(["png", "jpg", "png"])
        out.add(out.name("shot", fmt), enc(s, fmt, r), [([doc], cap, 0)])


def _pdf_capture(out, doc, pdf, n, r, how, title):
    ims = raster(pdf, scale=r.choice([150, 200]) / 72)
    for i, im in enumerate(ims):
        if how == "viewer_screenshot":
            s = screens.viewer_screenshot(im, r, i + 1, n, title)
            out.add(out.name("shot", "png"), enc(s, "png", r), [([doc], "viewer_screenshot", 0)])
        elif how == "printed_photo":
            paper_capture(out, [doc], im, r, r.choice(["photo", "chat", "photo_exif"]))
            out.pages[-1]["capture"] = "printed_" + out.pages[-1]["capture"]
        else:
            paper_capture(out, [doc], im, r, "scan")
            out.pages[-1]["capture"] = "printed_scan"


def _monitor(out, doc, html_s, r):
    full = browser.screenshot(html_s, r, full=True)
    vh = r.choice([768, 900, 1080])
    y = 0
    while True:
        chunk = full.crop((0, y, full.width, min(full.height, y + vh)))
        if chunk.height < vh:
            c2 = Image.new("RGB", (full.width, vh), (255, 255, 255))
            c2.paste(chunk, (0, 0))
            chunk = c2
        ph = capture.monitor(chunk, r)
        out.add(out.name("photo", "jpg"), jpeg(ph, 88), [([doc], "monitor_photo", 0)])
        if y + vh >= full.height:
            break
        y += int(vh * 0.8)


def _tax(out, tx, r, seed, index, tax_office, asof):
    f, rows = tx["fields"], tx["rows"]
    form = form_for(seed, index, "tax_record")
    if tx["form"].get("app"):
        form = form_for(seed, index, "tax_app")
    elif form in ("app_split", "app_long", "monitor_photo") and len(rows) > 13:
        form = "national_pdf"
    elif form == "old_certificate" and len(rows) > 12:
        form = "printed_scan"
    tx["layout"] = form
    codes = tx["form"]["codes"]
    if form == "national_pdf":
        pdf, n = pdfs.tax_national_pdf(f, rows, r, codes, tax_office)
        out.add(r.choice(["个人所得税纳税记录.pdf", "纳税记录_%s.pdf" % asof.replace("-", "")[:6], "个税纳税记录(%s).pdf" % f["name"],
                          "%s_个人所得税纳税记录.pdf" % f["id_number"][-4:]]), pdf, [([tx], "text_pdf", 0)] * n)
    elif form == "browser_pdf":
        pdf = browser.print_pdf(browser.tax_html(f, rows, r, codes, tax_office), r, "tax", _when(r, asof))
        out.add(r.choice(["个人所得税纳税记录.pdf", "自然人电子税务局.pdf", "download.pdf"]), pdf, [([tx], "browser_pdf", 0)] * npages(pdf))
    elif form in ("app_split", "app_long"):
        f.pop("issue_date", None)  # the app list shows no issue date
        shots, ph = screens.tax_income_detail(f, rows, r, "long" if form == "app_long" else "split")
        _shots(out, tx, shots, ph, r)
    elif form in ("viewer_screenshot", "printed_photo", "printed_scan"):
        pdf, n = pdfs.tax_national_pdf(f, rows, r, codes, tax_office, v={"fs": 9, "font": r.choice(RL_FONTS)})
        _pdf_capture(out, tx, pdf, n, r, form, "个人所得税纳税记录.pdf")
    elif form == "monitor_photo":
        _monitor(out, tx, browser.tax_html(f, rows, r, codes, tax_office), r)
    elif form == "old_certificate":
        im = paper.tax_certificate(f, rows, r, tax_office)
        paper_capture(out, [tx], im, r, r.choice(["scan", "photo"]))


def _si(out, si, r, seed, index, asof):
    f, rows = si["fields"], si["rows"]
    form = form_for(seed, index, "social_insurance_record")
    bp_mode = None
    if any(x["back_payment"] for x in rows):
        form = "pdf"
        bp_mode = "section" if index % 2 == 0 else "remark"
    if form in ("app_split", "app_long", "monitor_photo") and len(rows) > 15:
        form = r.choice(["pdf", "browser_pdf", "viewer_screenshot"])
    si["layout"] = form
    pd = (dt.date.fromisoformat(asof) - dt.timedelta(days=r.randint(0, 4))).isoformat()
    if form == "pdf":
        pdf, n = pdfs.si_pdf(f, rows, r, {"print_date": pd, **({"mode": bp_mode} if bp_mode else {})})
        out.add(r.choice(["社保缴费记录.pdf", "上海市社会保险个人缴费情况.pdf", "个人权益记录_%s.pdf" % pd.replace("-", ""), "shebao.pdf"]), pdf, [([si], "text_pdf", 0)] * n)
    elif form == "pdf_fpdf":
        pdf, n = pdfs.si_pdf_fpdf(f, rows, r, {"print_date": pd})
        out.add(r.choice(["社保缴费明细.pdf", "缴费情况.pdf"]), pdf, [([si], "text_pdf", 0)] * n)
    elif form == "browser_pdf":
        pdf = browser.print_pdf(browser.si_html(f, rows, r), r, "si", _when(r, asof))
        out.add(r.choice(["社保缴费记录查询.pdf", "一网通办.pdf", "社会保险个人缴费明细.pdf"]), pdf, [([si], "browser_pdf", 0)] * npages(pdf))
    elif form in ("app_split", "app_long"):
        shots, ph = screens.si_app(f, rows, r, "long" if form == "app_long" else "split")
        _shots(out, si, shots, ph, r)
    elif form in ("printed_photo", "viewer_screenshot"):
        pdf, n = pdfs.si_pdf(f, rows, r, {"print_date": pd, "mode": "plain"})
        _pdf_capture(out, si, pdf, n, r, form, "社保缴费记录.pdf")
    elif form == "monitor_photo":
        _monitor(out, si, browser.si_html(f, rows, r), r)
