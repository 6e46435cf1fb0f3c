"""Plan a packet (world -> documents -> files and captures), then render it and write the truth file."""
import datetime as dt
import io
import json
import os
import random
import shutil

from PIL import Image

from . import capture as C
from . import data as D
from . import rules
from . import world as Wd
from .forms import contract, edu, hukou, idcard, marriage, misc, permit, social, tax

TEXT_PDF_TYPES = {"tax_record": 0.6, "social_insurance_record": 0.5, "diploma": 0.6, "residence_permit": 0.2,
                  "collective_hukou_certificate": 0.25, "unknown": 0.3}


def scenario_for(seed, count, n):
    lst = list(Wd.SCENARIOS)
    random.Random(seed).shuffle(lst)
    return lst[(n - 1) % len(lst)]


def packet_seed(seed, n):
    return (seed * 1000003 + n * 7919) % (2**31)


def make_docs(w, rng):
    docs = []
    docs.append(idcard.draw(w, rng, rng.choice(["cards", "cards", "a4_copy"])))
    if w.application == "first":
        pl = rng.choice(["grid2", "grid4", "list", "epermit", "card+info"])
    else:
        pl = rng.choice(["card", "epermit", "grid2", "list"])
    if w.masked_apps:
        pl = "epermit"
    if "residence_permit" in w.ids and pl == "card":
        pl = "grid2"
    docs.append(permit.draw(w, rng, pl))
    if w.has["hukou"]:
        if w.collective:
            docs += hukou.draw(w, rng, "collective", None)
        else:
            docs += hukou.draw(w, rng, "booklet", "open_booklet" if rng.random() < 0.2 else "pages")
    docs.append(contract.draw(w, rng, rng.choice(["model", "company"])))
    if w.has["tax_record"]:
        tl = rng.choice(["national", "national", "national", "app_detail", "old_list"])
        if w.masked_apps:
            tl = "app_detail"
        if "tax_record" in w.names and tl == "app_detail":
            tl = "national"
        docs.append(tax.draw(w, rng, tl))
    if w.has["social_insurance_record"]:
        docs.append(social.draw(w, rng, rng.choice(["monthly", "monthly", "ranged"])))
    e = w.edu
    if e.has_diploma:
        docs.append(edu.diploma(w, rng))
        if e.xuexin:
            docs.append(edu.xuexin(w, rng))
    if e.has_degree:
        docs.append(edu.degree(w, rng))
    if w.has["marriage_certificate"]:
        docs.append(marriage.draw(w, rng))
    if w.has["extra"]:
        docs.append(misc.draw(w, rng, rng.choice(["receipt", "rental"])))
    return docs


class Namer:
    def __init__(self, rng, as_of):
        self.rng = rng
        self.img = rng.randint(1000, 8800)
        self.t = dt.datetime.combine(as_of - dt.timedelta(days=rng.randint(1, 12)), dt.time(rng.randint(8, 21), rng.randint(0, 59)))
        self.used = set()

    def tick(self):
        self.t += dt.timedelta(seconds=self.rng.randint(7, 900))
        return self.t

    def name(self, kind, ext, dtype=None):
        r = self.rng
        t = self.tick()
        if kind == "text_pdf" and r.random() < 0.75:
            pool = {"tax_record": ["个人所得税纳税记录", f"纳税记录{t:%Y%m%d}", f"个税完税证明_{r.randint(100, 999)}"],
                    "social_insurance_record": ["社保缴费记录", "个人权益记录", f"上海市社会保险个人缴费情况{t:%Y%m%d}"],
                    "diploma": [f"教育部学历证书电子注册备案表_{r.randint(1000, 9999)}", "学历备案表", "学信网报告"],
                    "residence_permit": [f"居住证信息{t:%Y%m%d}", "居住证打印件", "一网通办_居住证信息"],
                    "collective_hukou_certificate": ["户籍证明", "集体户口证明"],
                    "labour_contract": ["劳动合同", f"劳动合同_{t:%Y}"]}.get(dtype)
            if pool:
                n = r.choice(pool)
                base = n + "." + ext
                k = 1
                while base in self.used:
                    base = f"{n}({k}).{ext}"
                    k += 1
                self.used.add(base)
                return base
        if kind in ("photo", "heic"):
            self.img += r.randint(1, 4)
            n = r.choice([f"IMG_{self.img:04d}", f"IMG_{t:%Y%m%d_%H%M%S}", f"mmexport{int(t.timestamp() * 1000)}"])
        elif kind == "chat":
            n = f"微信图片_{t:%Y%m%d%H%M%S}" + r.choice(["", "", f"_{r.randint(1, 9)}"])
        elif kind == "screenshot":
            n = r.choice([f"Screenshot_{t:%Y%m%d-%H%M%S}", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{r.randint(100, 999)}_com.tencent.mm",
                          f"微信图片_{t:%Y%m%d%H%M%S}", f"IMG_{t:%Y%m%d_%H%M%S}"])
        elif kind == "scanner_app":
            n = r.choice([f"扫描全能王 {t:%Y-%m-%d %H.%M}", f"CamScanner {t:%m-%d-%Y %H.%M}", f"新建文档 {t:%Y-%m-%d %H.%M.%S}"])
        elif kind == "text_pdf":
            n = r.choice(["个人所得税纳税记录", "纳税记录", "社保缴费记录", "个人权益记录", f"download_{int(t.timestamp())}",
                          f"教育部学历证书电子注册备案表_{r.randint(1000, 9999)}", f"居住证信息{t:%Y%m%d}", f"{t:%Y%m%d%H%M%S}"])
        else:
            self.img += 1
            n = r.choice([f"scan{self.img:04d}", f"SCAN_{t:%Y%m%d}_{self.img % 1000:03d}", f"扫描件{self.img % 100}",
                          f"Image{self.img:05d}", f"doc{t:%Y%m%d%H%M}"])
        base = n + "." + ext
        k = 1
        while base in self.used:
            base = f"{n}({k}).{ext}"
            k += 1
        self.used.add(base)
        return base


def choose_single(rng, page, dtype):
    ph = page.sheet.unit == "px"
    if ph:
        return rng.choice(["screenshot", "screenshot", "screenshot", "chat_screenshot"])
    if page.pdf_ok and rng.random() < TEXT_PDF_TYPES.get(dtype, 0):
        return "text_pdf"
    if page.phys == "card":
        return rng.choices(["photo", "chat", "heic", "scan_bed", "photocopy_bed"], [40, 15, 8, 25, 12])[0]
    return rng.choices(["photo", "chat", "heic", "scan", "scan_grey", "photocopy", "lowres", "bilevel"],
                       [34, 8, 5, 22, 9, 11, 6, 5])[0]


def plan(w, docs, rng):
    """group pages into files: [{'kind', 'ext', 'items': [(doc_i, page_i, capture)]}]"""
    files = []
    singles = []
    for di, d in enumerate(docs):
        n = len(d.pages)
        if d.layout == "open_booklet" and di > 0 and docs[di - 1].layout == "open_booklet":
            continue
        if n > 1 and d.pages[0].sheet.unit == "mm" and d.pages[0].phys == "a4":
            mode = rng.choices(["text_pdf", "scan_pdf", "tiff", "photos", "chat_photos"],
                               [TEXT_PDF_TYPES.get(d.type, 0) * 10, 4, 1.2, 4, 1.5])[0]
            if mode == "text_pdf":
                files.append({"kind": "text_pdf", "ext": "pdf", "items": [(di, i, "text_pdf") for i in range(n)]})
            elif mode == "scan_pdf":
                cap = rng.choice(["scan", "scan_grey", "photocopy", "scan"])
                files.append({"kind": "scanner_app" if rng.random() < 0.5 else "scan", "ext": "pdf",
                              "items": [(di, i, cap) for i in range(n)]})
            elif mode == "tiff":
                files.append({"kind": "scan", "ext": "tif", "items": [(di, i, "bilevel") for i in range(n)]})
            else:
                for i in range(n):
                    cap = "photo" if mode == "photos" else "chat"
                    files.append({"kind": cap, "ext": "jpg", "items": [(di, i, cap)]})
            continue
        for i in range(n):
            singles.append((di, i, choose_single(rng, d.pages[i], d.type)))
    # some single A4 scans gathered into one scanner-app PDF
    scan_like = [s for s in singles if s[2] in ("scan", "scan_grey", "photocopy", "scan_bed", "photocopy_bed")]
    if len(scan_like) >= 2 and rng.random() < 0.45:
        group = rng.sample(scan_like, min(len(scan_like), rng.randint(2, 4)))
        group.sort()
        files.append({"kind": "scanner_app", "ext": "pdf", "items": group})
        singles = [s for s in singles if s not in group]
    for s in singles:
        cap = s[2]
        if cap == "text_pdf":
            files.append({"kind": "text_pdf", "ext": "pdf", "items": [s]})
        elif cap in ("screenshot",):
            files.append({"kind": "screenshot", "ext": rng.choice(["png", "png", "jpg"]), "items": [s]})
        elif cap == "chat_screenshot":
            files.append({"kind": "chat", "ext": "jpg", "items": [s]})
        elif cap in ("photo",):
            files.append({"kind": "photo", "ext": "jpg", "items": [s]})
        elif cap == "chat":
            files.append({"kind": "chat", "ext": "jpg", "items": [s]})
        elif cap == "heic":
            files.append({"kind": "heic", "ext": "heic", "items": [s]})
        elif cap == "bilevel":
            files.append({"kind": "scan", "ext": "tif", "items": [s]})
        else:
            files.append({"kind": "scan", "ext": rng.choice(["jpg", "jpg", "png", "pdf"]), "items": [s]})
    rng.shuffle(files)
    return files


def render_page(page, cap, rng, seed):
    """-> (image, rotation, exif_tag)"""
    sh = page.sheet
    if sh.unit == "px":
        img = sh.to_image(rng.choice([1.0, 1.0, 1.0833]), seed)
        if cap == "chat_screenshot":
            img = C.chat(img, rng)
        return img, 0, None
    if cap in ("photo", "chat", "heic", "dark"):
        L = rng.randint(2600, 3300) if page.phys != "card" else rng.randint(1700, 2300)
        img = C.render(page, L, seed)
        obj = "card" if page.phys == "card" else "a4"
        if cap == "dark":
            return C.dark_photo(img, rng), 0, None
        img = C.photo(img, rng, obj)
        if cap == "chat":
            img = C.chat(img, rng)
        stored, tag, rot = C.orient(img, rng, allow=cap != "heic")
        if cap == "chat":
            tag = None  # chat apps strip EXIF and bake the orientation in
            if stored is not img and rot == 0:
                stored = img
        return stored, rot, tag
    if cap in ("scan_bed", "photocopy_bed"):
        dpi = rng.choice([150, 200, 300])
        img = C.render(page, int(85.6 / 25.4 * dpi * 1.6), seed)
        bed = C.on_scanner_bed(img, rng, dpi=dpi, obj_mm=(85.6, 54))
        return (C.scan(bed, rng) if cap == "scan_bed" else C.photocopy(bed, rng)), 0, None
    dpi = {"scan": rng.choice([150, 200, 240, 300]), "scan_grey": rng.choice([150, 200, 300]),
           "photocopy": rng.choice([150, 200]), "lowres": rng.choice([200, 220]), "bilevel": rng.choice([200, 300])}[cap]
    scale = dpi / 25.4
    img = sh.to_image(scale, seed)
    if page.phys == "card":
        img = C.on_scanner_bed(img, rng, dpi=dpi, obj_mm=(85.6, 54))
    f = {"scan": lambda i: C.scan(i, rng), "scan_grey": lambda i: C.scan(i, rng, True), "photocopy": lambda i: C.photocopy(i, rng),
         "lowres": lambda i: C.lowres(i, rng), "bilevel": lambda i: C.bilevel(i, rng)}[cap]
    img = f(img)
    rot = 0
    if cap in ("scan", "scan_grey", "photocopy") and rng.random() < 0.05:
        img = img.rotate(180)
        rot = 180
    return img, rot, None


def write_text_pdf(path, pages, rng):
    from reportlab.lib.units import mm
    from reportlab.pdfgen import canvas
    sh0 = pages[0].sheet
    c = canvas.Canvas(path, pagesize=(sh0.w * mm, sh0.h * mm), invariant=1)
    c.setTitle("")
    c.setCreator(rng.choice(["个人所得税", "Microsoft Print to PDF", "一网通办", "Chromium"]))
    for p in pages:
        c.setPageSize((p.sheet.w * mm, p.sheet.h * mm))
        p.sheet.draw_pdf(c, shuffle_seed=rng.randint(0, 9999) if rng.random() < 0.4 else None)
        c.showPage()
    c.save()


def build_packet(out_root, seed, count, n):
    scen = scenario_for(seed, count, n)
    pseed = packet_seed(seed, n)
    rng = random.Random(pseed)
    w = Wd.build(pseed, n, scen)
    pid = f"s{n:03d}"
    docs = make_docs(w, random.Random(pseed + 1))
    frng = random.Random(pseed + 2)
    files = plan(w, docs, frng)
    namer = Namer(frng, w.as_of)
    if w.dark_page:
        # a failed extra photo: far too dark to read
        files.insert(frng.randint(0, len(files)), {"kind": "photo", "ext": "jpg", "items": [("dark", 0, "dark")]})
    pdir = os.path.join(out_root, pid)
    if os.path.exists(pdir):
        shutil.rmtree(pdir)
    os.makedirs(pdir)
    pages_truth = []
    doc_pages = {i: [] for i in range(len(docs))}
    page_seen = {}
    rrng = random.Random(pseed + 3)
    for f in files:
        d0 = f["items"][0][0]
        fname = namer.name(f["kind"], f["ext"], docs[d0].type if d0 != "dark" else None)
        path = os.path.join(pdir, fname)
        rendered = []
        if f["kind"] == "text_pdf" and f["ext"] == "pdf" and f["items"][0][2] == "text_pdf":
            write_text_pdf(path, [docs[di].pages[pi] for di, pi, _ in f["items"]], rrng)
            rendered = [(di, pi, "text_pdf", 0, None) for di, pi, _ in f["items"]]
        else:
            imgs, widths = [], []
            for di, pi, cap in f["items"]:
                if di == "dark":
                    src = docs[[d.type for d in docs].index("labour_contract")].pages[0]
                    img, rot, tag = render_page(src, "dark", rrng, rrng.randint(0, 9999))
                else:
                    img, rot, tag = render_page(docs[di].pages[pi], cap, rrng, rrng.randint(0, 9999))
                imgs.append(img)
                src_sheet = docs[di].pages[pi].sheet if di != "dark" else None
                if src_sheet is not None and src_sheet.unit == "mm":
                    wmm = 210.0 if (docs[di].pages[pi].phys == "card" or cap in ("scan_bed", "photocopy_bed")) else src_sheet.w
                    if rot in (90, 270):
                        wmm = src_sheet.h
                else:
                    wmm = None
                widths.append(wmm)
                rendered.append((di, pi, cap, rot, tag))
            ext = f["ext"]
            if ext == "pdf":
                ims = [i.convert("RGB") if i.mode not in ("L", "RGB") else i for i in imgs]
                res = 200.0
                if widths[0]:
                    res = round(ims[0].width / (widths[0] / 25.4))
                for k in range(1, len(ims)):
                    if widths[k]:
                        tw = int(round(widths[k] / 25.4 * res))
                        if abs(tw - ims[k].width) > 2:
                            ims[k] = ims[k].resize((tw, int(round(ims[k].height * tw / ims[k].width))), Image.LANCZOS)
                stamp = dt.datetime.combine(w.as_of, dt.time(9, 30)) - dt.timedelta(days=2)
                ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=res,
                            creationDate=stamp.timetuple(), modDate=stamp.timetuple(), producer="CamScanner", title="")
            elif ext == "tif":
                ims = [i if i.mode == "1" else i.convert("L") for i in imgs]
                comp = "group4" if ims[0].mode == "1" else "tiff_lzw"
                ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression=comp, dpi=(200, 200))
            elif ext == "png":
                imgs[0].save(path, "PNG", optimize=False, compress_level=6)
            elif ext == "heic":
                import pillow_heif
                pillow_heif.register_heif_opener()
                imgs[0].convert("RGB").save(path, format="HEIF", quality=rrng.randint(70, 85), enc_params={"preset": "ultrafast"})
            else:
                img = imgs[0]
                tag = rendered[0][4]
                q = rrng.randint(55, 72) if f["kind"] == "chat" else rrng.randint(82, 93)
                if img.mode == "1":
                    img = img.convert("L")
                with open(path, "wb") as fh:
                    fh.write(C.jpeg_bytes(img, q, C.exif_with_orientation(tag) if tag else None))
        for pno, (di, pi, cap, rot, tag) in enumerate(rendered, 1):
            if di == "dark":
                entry = {"file": fname, "page": pno, "type": "unknown", "capture": "photo_dark", "rotation": 0, "unreadable": True}
                pages_truth.append(entry)
                continue
            d = docs[di]
            entry = {"file": fname, "page": pno, "type": d.type, "capture": cap, "rotation": rot}
            if tag:
                entry["exif_orientation"] = tag
            if d.layout == "open_booklet":
                entry["also"] = ["household_register_member"]
            pages_truth.append(entry)
            doc_pages[di].append((pi, {"file": fname, "page": pno}))
            if d.layout == "open_booklet":
                for dj, dd in enumerate(docs):
                    if dj != di and dd.layout == "open_booklet":
                        doc_pages[dj].append((pi, {"file": fname, "page": pno}))
    documents = []
    for di, d in enumerate(docs):
        pg = [p for _, p in sorted(doc_pages[di], key=lambda t: t[0])]
        fields = {k: (D.norm(v) if isinstance(v, str) else v) for k, v in d.fields.items()}
        rows = [{k: (D.norm(v) if isinstance(v, str) else v) for k, v in r.items()} for r in d.rows]
        doc = {"type": d.type, "layout": d.layout, "pages": pg, "fields": fields, "rows": rows}
        if d.attributes:
            doc["attributes"] = d.attributes
        documents.append(doc)
    truth = {"packet": pid, "as_of": w.as_of.isoformat(), "application": w.application, "defects": w.defects,
             "expected_rules": [], "verdict": "", "points": {}, "pages": pages_truth, "documents": documents,
             "scenario": w.scenario}
    fired, verdict, points = rules.evaluate(truth)
    truth["expected_rules"] = fired
    truth["verdict"] = verdict
    truth["points"] = points
    truth["intended"] = {"verdict": w.verdict, "rules": sorted(w.intended)}
    with open(os.path.join(out_root, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return pid, verdict, fired
