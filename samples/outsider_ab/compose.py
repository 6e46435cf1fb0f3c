"""Arrange a packet's documents on sheets and files, capture them, and write
the packet folder. Returns the truth's pages and each document's page refs."""
import datetime as dt
import os
import random

from PIL import Image

from . import capture as C
from . import r_cards, r_docs, r_screens, r_misc
from .draw import watermark, Canvas, font
from .pdfkit import rasterize
from .capture import Page
from . import people as P

A4 = (210.0, 297.0)
PX300 = 300 / 25.4


class Writer:
    def __init__(self, c, outdir):
        self.c = c
        self.out = outdir
        self.rng = random.Random(f"{c['seed']}-{c['idx']}-render")
        self.pages = []
        self.doc_pages = {}
        self.used = set()
        self.types = {d["key"]: d["type"] for d in c["docs"]}
        self.mild = c["scenario"]["v"] == "ready"
        # files are made on the planned submission day, after every print/query date
        self.clock = dt.datetime.combine(c["as_of"], dt.time(self.rng.randint(7, 9), self.rng.randint(0, 59)))

    # ---------------------------------------------------------------- names
    def name(self, hint, ext):
        r = self.rng
        if hint in ("screen", "chatfwd"):
            self.clock += dt.timedelta(seconds=r.randint(4, 25))
        else:
            self.clock += dt.timedelta(minutes=r.randint(1, 38), seconds=r.randint(1, 59))
        t = self.clock
        pats = {
            "photo": [f"IMG_{t:%Y%m%d_%H%M%S}", f"IMG{t:%Y%m%d%H%M%S}", f"{t:%Y%m%d_%H%M%S}", f"P{t:%m%d%H%M%S}"],
            "chat": [f"微信图片_{t:%Y%m%d%H%M%S}", f"mmexport{int(t.timestamp() * 1000)}", f"wx_camera_{int(t.timestamp() * 1000)}"],
            "chatfwd": [f"微信图片_{t:%Y%m%d%H%M%S}", f"mmexport{int(t.timestamp() * 1000)}"],
            "scan": [f"scan{r.randint(1, 9999):04d}", f"扫描件{r.randint(1, 30)}", f"DOC{t:%Y%m%d}{r.randint(1, 999):03d}",
                     f"Scan_{r.randint(1, 300):04d}", f"复印件{r.randint(1, 20)}", f"{r.randint(1, 30)}"],
            "app_pdf": [f"扫描全能王 {t:%Y-%m-%d %H.%M}", f"CamScanner {t:%m-%d-%Y %H.%M}", f"Scan {t:%Y-%m-%d %H.%M.%S}",
                        f"新建文档 {t:%Y-%m-%d %H.%M.%S}"],
            "screen": [f"Screenshot_{t:%Y%m%d_%H%M%S}", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{r.randint(100, 999)}_com.tencent.mm",
                       f"IMG_{r.randint(1000, 9999)}", f"截图{t:%Y%m%d%H%M%S}"],
            "web_pdf": ["download", f"{t:%Y%m%d%H%M%S}{r.randint(100, 999)}", f"file_{r.randint(10000, 99999)}",
                        f"打印{r.randint(1, 9)}", f"材料{r.randint(1, 12)}"],
        }[hint]
        for _ in range(50):
            n = f"{r.choice(pats)}.{ext}"
            if n not in self.used:
                self.used.add(n)
                return n
        n = f"{r.choice(pats)}_{len(self.used)}.{ext}"
        self.used.add(n)
        return n

    # ---------------------------------------------------------------- truth bookkeeping
    def _record(self, fname, pno, page, cap, rot, extra, M):
        keys = [k for k, _ in page.regions]
        dtypes = [self.types[k] for k in keys if k in self.types]
        e = {"file": fname, "page": pno, "type": dtypes[0] if dtypes else "unknown", "capture": cap, "rotation": rot}
        if len(dtypes) > 1:
            e["types"] = dtypes
        e.update({k: v for k, v in extra.items() if not k.startswith("_")})
        if page.wm:
            e["watermark"] = True
        if page.blank:
            e["blank"] = True
        if page.unreadable:
            e["unreadable"] = True
        self.pages.append(e)
        multi = len(set(keys)) > 1
        for k, box in page.regions:
            if k not in self.types:
                continue
            ref = {"file": fname, "page": pno}
            if multi:
                ref["bbox"] = C.map_bbox(M, box)
            self.doc_pages.setdefault(k, []).append(ref)

    # ---------------------------------------------------------------- image files
    def emit(self, pages, cap, fmt=None, hint=None, multi=None):
        """Capture pages and write them (one file, or one file per page)."""
        r = self.rng
        results = []
        self._dpi = {}
        self._heic = fmt == "heic"
        for pg in pages:
            results.append(self.cap(pg, cap))
        if multi is None:
            multi = len(pages) > 1 and fmt in ("pdf", "tif")
        if multi:
            fname = self.name(hint or ("app_pdf" if fmt == "pdf" else "scan"), fmt)
            dpi = results[0][3].get("dpi", 200)
            C.save_multi([x[0] for x in results], os.path.join(self.out, fname), fmt, dpi=dpi,
                         quality=r.randint(72, 88), when=self.clock)
            for i, (pg, (im, M, rot, extra)) in enumerate(zip(pages, results)):
                self._record(fname, i + 1, pg, cap, rot, extra, M)
            return [fname]
        names = []
        for pg, (im, M, rot, extra) in zip(pages, results):
            f = fmt or "jpg"
            dpi_ = extra.get("dpi", 0)
            if (f == "bmp" and dpi_ > 150) or (f in ("png", "webp") and dpi_ > 200):
                f = "jpg"
            h = hint or {"photo": "photo", "chat_photo": "chat", "screenshot": "screen"}.get(cap, "scan")
            fname = self.name(h, f)
            q = extra.pop("_q", r.randint(84, 93))
            exo = extra.get("exif_orientation", 1)
            if f == "pdf":
                C.save_multi([im], os.path.join(self.out, fname), "pdf", dpi=extra.get("dpi", 200), quality=q,
                             when=self.clock)
            else:
                C.save_single(im, os.path.join(self.out, fname), f, quality=q,
                              exif_orientation=exo if f in ("jpg", "jpeg") else 1, dpi=extra.get("dpi"))
                if f not in ("jpg", "jpeg"):
                    extra.pop("exif_orientation", None)
            self._record(fname, 1, pg, cap, rot, extra, M)
            names.append(fname)
        return names

    def cap(self, pg, cap):
        r = self.rng
        extra = {}
        rot = 0
        if pg.blank:
            im = pg.img
            M = C._S(1, 1)
            extra["dpi"] = 150
            return im, M, 0, extra
        pickd = lambda opts: self._dpi.setdefault(cap, r.choice(opts))
        if cap == "scan":
            dpi = pickd([150, 200, 200, 300])
            im, M = C.scan(pg, r, dpi=dpi, grey=r.random() < 0.25)
            extra["dpi"] = dpi
            if r.random() < 0.08:
                rot = 180
        elif cap == "photocopy":
            dpi = pickd([150, 180, 200])
            im, M = C.photocopy(pg, r, dpi=dpi, mild=self.mild)
            extra["dpi"] = dpi
        elif cap == "bw_scan":
            dpi = pickd([200, 300])
            im, M = C.bilevel(pg, r, dpi=dpi)
            extra["dpi"] = dpi
        elif cap == "lowres":
            dpi = pickd([100, 110, 120])
            im, M = C.lowres(pg, r, dpi=dpi)
            extra["dpi"] = dpi
            extra["_q"] = r.randint(60, 75)
        elif cap == "scanner_app":
            dpi = pickd([150, 200])
            im, M = C.scan(pg, r, dpi=dpi, grey=r.random() < 0.4)
            extra["dpi"] = dpi
        elif cap in ("photo", "chat_photo"):
            if cap == "photo":
                frame = r.choice([(4032, 3024), (3264, 2448), (4000, 3000)])
                if getattr(self, "_heic", False):
                    frame = (3264, 2448)
            else:
                L = r.randint(1280, 1600)
                frame = (L, int(L * 0.75))
            fill = {"card": (0.5, 0.7), "a4": (0.78, 0.92), "spread": (0.8, 0.92), "booklet": (0.7, 0.88),
                    "slip": (0.55, 0.75)}.get(pg.kind, (0.75, 0.9))
            if cap == "chat_photo" and pg.kind == "a4":
                fill = (0.88, 0.95)
            im, M = C.photo(pg, r, frame=frame, fill=fill, mild=self.mild, dark=pg.unreadable, chat=cap == "chat_photo")
            if cap == "photo":
                o = r.choice([1, 1, 1, 6, 6, 8, 3])
                if o != 1:
                    extra["exif_orientation"] = o
                elif r.random() < 0.12:
                    rot = r.choice([90, 180, 270])
                extra["_q"] = r.randint(86, 94)
            else:
                extra["_q"] = r.randint(55, 72)
        elif cap == "screenshot":
            im = pg.img.convert("RGB")
            M = C._S(1, 1)
            extra["_q"] = r.randint(80, 92)
        else:
            raise ValueError(cap)
        im, M = C.rotate_display(im, M, rot)
        return im, M, rot, extra

    # ---------------------------------------------------------------- text PDFs
    def emit_pdf(self, pdf, keys, hint="web_pdf", wm=False):
        r = self.rng
        if wm:
            col = r.choice([(200, 30, 30), (30, 60, 200), (120, 120, 120)])
            ang = r.choice([30, 35, 45, -30])
            for ops in pdf.pages:
                pdf.ops = ops
                for k in range(5):
                    pdf.text(pdf.w / 2, 40 + k * 55, "仅供居住证积分使用，他用无效", 22, "microhei", col, anchor="c",
                             alpha=0.18, angle=ang)
        fname = self.name(hint, "pdf")
        with open(os.path.join(self.out, fname), "wb") as fh:
            fh.write(pdf.render())
        for i in range(len(pdf.pages)):
            pg = Page(None, 1, [(k, (0, 0, 1, 1)) for k in keys], wm=wm)
            self._record(fname, i + 1, pg, "text_pdf", 0, {}, C._S(1, 1))
        return fname


# ==================================================================== sheets
def _a4(bg=(255, 255, 255)):
    return Canvas(A4[0], A4[1], PX300, bg)


def _place(can, im, x, y, w, h, rng, rot_deg=0.0):
    """paste RGBA/RGB image scaled to w x h mm at x, y (mm); returns bbox fractions."""
    im = im.resize((int(w * can.k), int(h * can.k)), Image.LANCZOS)
    if im.mode != "RGBA":
        im = im.convert("RGBA")
    if rot_deg:
        im = im.rotate(rot_deg, resample=Image.BICUBIC, expand=True)
    px, py = int(x * can.k), int(y * can.k)
    can.img.paste(im, (px, py), im)
    return (px / can.img.width, py / can.img.height, (px + im.width) / can.img.width, (py + im.height) / can.img.height)


def _union(a, b):
    return (min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3]))


def _pdf_img(pdf, dpi=300, page=0):
    return rasterize(pdf.render(), dpi)[page]


def _copy_note(can, rng, name):
    if rng.random() < 0.45:
        fk = rng.choice(["ukai", "kai", "wenkai"])
        can.text(120, 262, "此复印件与原件一致", 5.2, fk, (30, 40, 120))
        can.text(140, 274, name, 6.0, fk, (30, 40, 120))


def _wm(w, img, strong=False):
    r = w.rng
    return watermark(img, r, alpha=r.uniform(0.13, 0.2) if w.mild else r.uniform(0.15, 0.22))


def id_sheet(w, layout):
    c, r = w.c, w.rng
    d = {x["key"]: x for x in c["docs"]}
    idf = d["id"]["fields"]
    can = _a4()
    items = []
    front = r_cards.id_front(idf, r)
    back = None if idf["valid_until"] is None else r_cards.id_back(idf, r)
    with_card = "card" in layout
    both = "cardboth" in layout
    pf = r_cards.permit_front(d["rp"]["fields"], c, r) if with_card else None
    pb = r_cards.permit_back(d["rp"]["fields"], c, r) if both else None
    j = lambda: r.uniform(-3, 3)
    rd = lambda: r.uniform(-1.2, 1.2)
    regs = {}
    if layout.startswith("sheet_side") or layout == "sheet_front_card":
        xs = (14 + j(), 110.4 + j())
        y1 = 24 + j()
        if layout == "sheet_front_card":
            regs["id"] = _place(can, front, xs[0], y1, 85.6, 54, r, rd())
            regs["rp"] = _place(can, pf, xs[1], y1, 85.6, 54, r, rd())
        else:
            regs["id"] = _place(can, front, xs[0], y1, 85.6, 54, r, rd())
            regs["id"] = _union(regs["id"], _place(can, back, xs[1], y1, 85.6, 54, r, rd()))
            if with_card:
                y2 = 96 + j()
                regs["rp"] = _place(can, pf, xs[0] if both else 62 + j(), y2, 85.6, 54, r, rd())
                if both:
                    regs["rp"] = _union(regs["rp"], _place(can, pb, xs[1], y2, 85.6, 54, r, rd()))
    else:  # stack: ID faces one above the other on the left, permit on the right
        x1 = 16 + j()
        regs["id"] = _place(can, front, x1, 26 + j(), 85.6, 54, r, rd())
        regs["id"] = _union(regs["id"], _place(can, back, x1, 96 + j(), 85.6, 54, r, rd()))
        if with_card:
            x2 = 108 + j()
            regs["rp"] = _place(can, pf, x2, 26 + j() if both else 61 + j(), 85.6, 54, r, rd())
            if both:
                regs["rp"] = _union(regs["rp"], _place(can, pb, x2, 96 + j(), 85.6, 54, r, rd()))
    _copy_note(can, r, c["name"])
    img = can.img
    wm = bool(c["wm"])
    if wm:
        img = _wm(w, img)
    order = ["id", "rp"]
    return Page(img, PX300, [(k, regs[k]) for k in order if k in regs], kind="a4", wm=wm)


def card_pages(w, which):
    """single cards for photos: which in id_front, id_back, rp_front, rp_back"""
    c, r = w.c, w.rng
    d = {x["key"]: x for x in c["docs"]}
    fn = {"id_front": lambda: r_cards.id_front(d["id"]["fields"], r),
          "id_back": lambda: r_cards.id_back(d["id"]["fields"], r),
          "rp_front": lambda: r_cards.permit_front(d["rp"]["fields"], c, r),
          "rp_back": lambda: r_cards.permit_back(d["rp"]["fields"], c, r)}[which]
    im = fn()
    key = "id" if which.startswith("id") else "rp"
    glare = (0.68, 0.1, 0.97, 0.75) if which == "id_front" else (0.05, 0.2, 0.35, 0.8) if which == "id_back" else (0.7, 0.2, 0.97, 0.8)
    return Page(im, r_cards.K, [(key, (0, 0, 1, 1))], kind="card", glare=glare)


def booklet_imgs(w, wide):
    c, r = w.c, w.rng
    d = {x["key"]: x for x in c["docs"]}
    cov = r_docs.hh_cover(d["cover"]["fields"], c, r, wide=wide)
    mem = r_docs.hh_member(d["member"]["fields"], c, r, hand=d["member"]["layout"] == "card_hand", wide=wide)
    return _pdf_img(cov), _pdf_img(mem)


def booklet_sheet(w, stacked):
    c, r = w.c, w.rng
    cov, mem = booklet_imgs(w, wide=stacked)
    can = _a4()
    regs = {}
    j = lambda: r.uniform(-2, 2)
    if not stacked:
        s = r.uniform(0.93, 0.98)
        pw, ph = 100 * s, 140 * s
        x0, y0 = 105 - pw - 1 + j(), 20 + j()
        can.rect(x0 - 3, y0 - 3, x0 + 2 * pw + 5, y0 + ph + 3, w=0, outline=None, fill=(70, 40, 35))
        regs["cover"] = _place(can, cov, x0, y0, pw, ph, r)
        regs["member"] = _place(can, mem, x0 + pw + 2, y0, pw, ph, r)
        fold = "v"
    else:
        s = r.uniform(0.95, 1.0)
        pw, ph = 140 * s, 100 * s
        x0, y0 = 35 + j(), 18 + j()
        can.rect(x0 - 3, y0 - 3, x0 + pw + 3, y0 + 2 * ph + 5, w=0, outline=None, fill=(70, 40, 35))
        regs["cover"] = _place(can, cov, x0, y0, pw, ph, r)
        regs["member"] = _place(can, mem, x0, y0 + ph + 2, pw, ph, r)
        fold = None
    _copy_note(can, r, c["name"])
    img = can.img
    wm = bool(c["wm"]) and r.random() < 0.7
    if wm:
        img = _wm(w, img)
    return Page(img, PX300, [("cover", regs["cover"]), ("member", regs["member"])], kind="a4", wm=wm, fold=fold)


def booklet_spread(w):
    c, r = w.c, w.rng
    cov, mem = booklet_imgs(w, wide=False)
    K = PX300
    can = Canvas(212, 150, K, bg=(95, 35, 30))
    regs = {"cover": _place(can, cov, 4, 5, 100, 140, r), "member": _place(can, mem, 108, 5, 100, 140, r)}
    can.rect(104, 5, 108, 145, w=0, outline=None, fill=(60, 45, 40))
    return Page(can.img, K, [("cover", regs["cover"]), ("member", regs["member"])], kind="spread")


def pdf_pages(pdf, keys, kind="a4", dpi=300, wm=None, w=None):
    ims = rasterize(pdf.render(), dpi)
    out = []
    for im in ims:
        flag = False
        if wm and w is not None:
            im = _wm(w, im)
            flag = True
        out.append(Page(im, dpi / 25.4, [(k, (0, 0, 1, 1)) for k in keys], kind=kind, wm=flag))
    return out


def edu_pair(w, keys):
    c, r = w.c, w.rng
    d = {x["key"]: x for x in c["docs"]}
    can = _a4()
    regs = []
    y = 14
    for k in keys:
        f = d[k]["fields"]
        pdf = r_docs.diploma(f, c, r, d[k]["layout"]) if k == "dip" else r_docs.degree(f, c, r, d[k]["layout"])
        im = _pdf_img(pdf, dpi=230)
        regs.append((k, _place(can, im, 10 + r.uniform(-2, 2), y + r.uniform(-2, 2), 190, 135.3, r, r.uniform(-0.8, 0.8))))
        y += 141
    img = can.img
    wm = bool(c["wm"]) and r.random() < 0.6
    if wm:
        img = _wm(w, img)
    return Page(img, PX300, regs, kind="a4", wm=wm)


# ==================================================================== packet
def write_packet(c, outdir):
    os.makedirs(outdir, exist_ok=True)
    w = Writer(c, outdir)
    r = w.rng
    d = {x["key"]: x for x in c["docs"]}
    fix = c["scenario"]["v"] == "fix"
    bundle = []   # pages for a scanner-app PDF holding several documents
    use_bundle = c["scenario"].get("blank_back") or r.random() < 0.3

    def sheet_cap():
        return r.choice(["scan", "scan", "photocopy", "photo", "bw_scan", "scanner_app"])

    # ---- ID card + residence permit -------------------------------------------------
    idp = c["idp"]
    rpform = c["rpform"]
    card_on_sheet = "card" in idp
    if idp.startswith("sheet"):
        pg = id_sheet(w, idp)
        cap = sheet_cap()
        if cap == "scanner_app" and use_bundle:
            bundle.append(pg)
        elif cap == "scanner_app":
            w.emit([pg], cap, "pdf", "app_pdf", multi=True)
        elif cap == "bw_scan":
            w.emit([pg], cap, "tif")
        else:
            w.emit([pg], cap, r.choice(["jpg", "jpg", "png", "jpeg", "webp", "bmp"]) if cap == "scan" else
                   ("jpg" if cap == "photo" else r.choice(["jpg", "pdf", "tif"])))
    elif idp == "photos":
        cap = r.choice(["photo", "chat_photo", "photo_heic"])
        for which in ("id_front", "id_back"):
            pg = card_pages(w, which)
            if cap == "photo_heic":
                w.emit([pg], "photo", "heic", "photo")
            else:
                w.emit([pg], cap, "jpg")
    elif idp == "front_photo":
        w.emit([card_pages(w, "id_front")], r.choice(["photo", "chat_photo"]), "jpg")
    # the residence permit beyond the card
    if rpform == "card_only" and not card_on_sheet:
        cap = r.choice(["photo", "chat_photo"])
        w.emit([card_pages(w, "rp_front")], cap, "jpg")
        if r.random() < 0.5:
            w.emit([card_pages(w, "rp_back")], cap, "jpg")
    elif rpform == "screenshot":
        img = r_screens.permit_screen(d["rp"]["fields"], c, r)
        w.emit([Page(img, 1, [("rp", (0, 0, 1, 1))], kind="screen")], "screenshot", r.choice(["png", "jpg"]), "screen")
    elif rpform == "info_textpdf":
        w.emit_pdf(r_docs.permit_info(d["rp"]["fields"], c, r, "info_grid2"), ["rp"])
    elif rpform.startswith("info"):
        pdf = r_docs.permit_info(d["rp"]["fields"], c, r, rpform)
        pg = pdf_pages(pdf, ["rp"], wm=c["wm"] and r.random() < 0.4, w=w)[0]
        cap = r.choice(["scan", "photo", "chat_photo", "photocopy", "scanner_app"])
        if cap == "scanner_app":
            bundle.append(pg) if use_bundle else w.emit([pg], cap, "pdf", "app_pdf", multi=True)
        else:
            w.emit([pg], cap, "jpg" if cap != "photocopy" else r.choice(["jpg", "png"]))

    # ---- household register -------------------------------------------------------------
    if "cover" in d:
        hh = c["hh"]
        if hh in ("pair_side", "pair_stack"):
            pg = booklet_sheet(w, stacked=hh == "pair_stack")
            cap = r.choice(["scan", "photocopy", "photo", "scanner_app", "photocopy"])
            if cap == "scanner_app":
                bundle.append(pg) if use_bundle else w.emit([pg], cap, "pdf", "app_pdf", multi=True)
            else:
                w.emit([pg], cap, "jpg" if cap == "photo" else r.choice(["jpg", "png", "pdf"]))
        elif hh == "spread_photo":
            cap = r.choice(["photo", "chat_photo", "photo_heic"])
            pg = booklet_spread(w)
            w.emit([pg], "photo" if cap == "photo_heic" else cap, "heic" if cap == "photo_heic" else "jpg",
                   "photo")
        else:  # single pages
            wide = r.random() < 0.4
            cov, mem = booklet_imgs(w, wide)
            cap = r.choice(["scan", "photo", "chat_photo"])
            for k, im in (("cover", cov), ("member", mem)):
                w.emit([Page(im, PX300, [(k, (0, 0, 1, 1))], kind="booklet")], cap, "jpg")
    if "coll" in d:
        pdf = r_docs.coll_letter(d["coll"]["fields"], c, r)
        pg = pdf_pages(pdf, ["coll"])[0]
        cap = r.choice(["scan", "photo", "photocopy", "chat_photo"])
        w.emit([pg], cap, "jpg")

    # ---- labour contract --------------------------------------------------------------
    lc = d["lc"]
    pdf = r_docs.contract(lc["fields"], c, r, lc["layout"])
    lccap = c["lccap"]
    if lccap == "text_pdf":
        w.emit_pdf(pdf, ["lc"], hint=r.choice(["web_pdf", "app_pdf"]))
        lc_imgs = None
    else:
        wm = c["wm"] and r.random() < 0.25
        dpi = 200 if lccap in ("photos", "chat_photos") else 250
        pgs = pdf_pages(pdf, ["lc"], wm=wm, w=w, dpi=dpi)
        if lccap == "image_pdf":
            if use_bundle:
                bundle.extend(pgs)
            else:
                w.emit(pgs, "scanner_app", "pdf", "app_pdf", multi=True)
        elif lccap == "photos":
            for p_ in pgs:
                w.emit([p_], "photo", "jpg")
        elif lccap == "chat_photos":
            for p_ in pgs:
                w.emit([p_], "chat_photo", "jpg")
        elif lccap == "tiff_bw":
            w.emit(pgs, "bw_scan", "tif", "scan", multi=True)
        elif lccap == "copy_pdf":
            w.emit(pgs, "photocopy", "pdf", "scan", multi=True)
        else:  # scans
            cap = r.choice(["scan", "lowres"])
            for p_ in pgs:
                w.emit([p_], cap, "jpg")
        lc_imgs = pgs
    if "dark_duplicate_photo" in c["defects"]:
        src = lc_imgs[0] if lc_imgs else pdf_pages(pdf, ["lc"], dpi=200)[0]
        dark = Page(src.img, src.pxmm, [], kind="a4", unreadable=True)
        w.emit([dark], "photo", "jpg")

    # ---- tax record ----------------------------------------------------------------------
    if "tax" in d:
        t = d["tax"]
        form = c["tax"]
        if form == "national_pdf":
            w.emit_pdf(r_docs.tax_national(t, c, r, r.choice(["remark", "remark", "column"])), ["tax"],
                       wm=c["wm"] and r.random() < 0.3)
        elif form in ("national_photo", "national_scan"):
            pgs = pdf_pages(r_docs.tax_national(t, c, r, "remark"), ["tax"], dpi=250)
            for p_ in pgs:
                w.emit([p_], "photo" if form == "national_photo" else "scan", "jpg")
        elif form == "income_screens":
            hh, mm = r.randint(8, 21), r.randint(0, 57)
            shots = r_screens.income_screens(t, c, r, when=(hh, mm))
            via_chat = r.random() < 0.3
            saved = w.clock
            w.clock = dt.datetime.combine(dt.date.fromisoformat(t["fields"]["issue_date"]), dt.time(hh, mm))
            for s_ in shots:
                w.emit([Page(s_, 1, [("tax", (0, 0, 1, 1))], kind="screen")], "screenshot",
                       "jpg" if via_chat else "png", "chatfwd" if via_chat else "screen")
            w.clock = max(saved, w.clock)
        else:  # old form
            pg = pdf_pages(r_docs.tax_old_form(t, c, r), ["tax"], dpi=300)[0]
            cap = r.choice(["scan", "photocopy", "photo"])
            w.emit([pg], cap, "jpg")

    # ---- social insurance ------------------------------------------------------------------
    if "si" in d:
        s = d["si"]
        form = c["si"]
        if form == "payments_pdf":
            w.emit_pdf(r_docs.si_payments(s, c, r), ["si"], wm=c["wm"] and r.random() < 0.3)
        elif form == "rights_pdf":
            w.emit_pdf(r_docs.si_rights(s, c, r), ["si"])
        elif form == "rights_photo":
            for p_ in pdf_pages(r_docs.si_rights(s, c, r), ["si"], dpi=250):
                w.emit([p_], "photo", "jpg")
        else:
            pgs = pdf_pages(r_docs.si_payments(s, c, r), ["si"], dpi=250)
            w.emit(pgs, "scan", "pdf" if len(pgs) > 1 else "jpg", "scan", multi=len(pgs) > 1)

    # ---- education -------------------------------------------------------------------------
    edu = c["edu"]
    keys = [k for k in ("dip", "deg") if k in d]
    if "xx" in d:
        w.emit_pdf(r_docs.xuexin(d["xx"]["fields"], c, r), ["xx"], hint="web_pdf")
    if keys:
        if edu.startswith("pair_a4") and len(keys) == 2:
            pg = edu_pair(w, keys)
            cap = r.choice(["scan", "photocopy", "photo"])
            w.emit([pg], cap, r.choice(["jpg", "png"]) if cap != "photo" else "jpg")
        else:
            cap = r.choice(["scan", "photo", "chat_photo", "photocopy"])
            for k in keys:
                f = d[k]["fields"]
                pdf = r_docs.diploma(f, c, r, d[k]["layout"]) if k == "dip" else r_docs.degree(f, c, r, d[k]["layout"])
                pg = pdf_pages(pdf, [k], kind="a4", dpi=260)[0]
                w.emit([pg], cap, "jpg")

    # ---- marriage certificate ----------------------------------------------------------------
    if "mar" in d:
        img, reg = r_misc.marriage_spread(d["mar"]["fields"], c, r)
        pg = Page(img, 12.0, [("mar", reg["mar"])], kind="spread")
        w.emit([pg], r.choice(["photo", "photo", "scan", "chat_photo"]), "jpg")

    # ---- not documents of the packet ---------------------------------------------------------
    if c["extra"] == "receipt":
        pg = Page(r_misc.receipt(c, r), 12.0, [], kind="slip")
        w.emit([pg], r.choice(["photo", "chat_photo"]), "jpg")
    elif c["extra"] == "rental":
        pg = pdf_pages(r_docs.rental(c, r), [], dpi=200)[0]
        if use_bundle:
            bundle.append(pg)
        else:
            w.emit([pg], r.choice(["scan", "photo"]), "jpg")

    # ---- the scanner-app bundle ----------------------------------------------------------------
    if c["scenario"].get("blank_back"):
        if not bundle:
            bundle = pdf_pages(r_docs.rental(c, r), [], dpi=200)
        # blank backs after the first page and maybe at the end
        out = []
        for i, p_ in enumerate(bundle):
            out.append(p_)
            if i == 0 or (i == len(bundle) - 1 and r.random() < 0.5):
                out.append(Page(r_misc.blank_back(p_.img, r), 150 / 25.4, [], kind="a4", blank=True))
        bundle = out
    if bundle:
        w.emit(bundle, "scanner_app", "pdf", "app_pdf", multi=True)
    return w
