"""How each document of the packet is captured and filed: which pages go to
which file, in which format, with which capture defects."""
from PIL import Image

from . import capture as CP
from . import render_id as RI
from . import render_hukou as RH
from . import render_contract as RC
from . import render_tax as RT
from . import render_si as RS
from . import render_edu as RE
from . import render_misc as RM
from .painter import PdfPainter, SheetPainter

A4_DPI = 180


class Ctx:
    def __init__(self, rng, reg, who, k):
        self.rng, self.reg, self.who, self.k = rng, reg, who, k
        self.pool = [] if k["blank"] == "packet_duplex" else None


def _pg(doc, dpage, capture, rotation=0, type_=None):
    return dict(type=type_ or doc["type"], capture=capture, rotation=rotation, doc=doc, dpage=dpage)


def _rot(rng, allow=True, p=0.06):
    if allow and rng.random() < p:
        return rng.choice([90, 180, 270])
    return 0


def photo_file(ctx, img, page, fmt=None, card=False, chat=None, glare=False, cover_box=None, curl=None,
               hint=None, fingers=True):
    r = ctx.rng
    fmt = fmt or r.choice(["jpg", "jpg", "jpg", "heic", "webp"])
    im = CP.photo(img, r, card=card, glare=glare, cover_box=cover_box, curl=curl, fingers=fingers)
    chat = (r.random() < 0.3) if chat is None else chat
    if chat:
        im = CP.chat_recompress(im, r)
        page["capture"] = "photo_chat"
    orient = 1
    if fmt == "jpg" and page.get("rotation", 0) == 0 and r.random() < 0.15:
        orient = r.choice([6, 8, 3])            # stored turned, EXIF makes it upright
    return ctx.reg.add_image(im, "photo", fmt, page, orientation=orient, hint=hint)


def scan_file(ctx, img, page, src_dpi, fmt=None, gray=None, hint=None):
    r = ctx.rng
    dpi = r.choice([150, 200])
    im = CP.scan(CP.resize_dpi(img, src_dpi, dpi), r, gray=r.random() < 0.3 if gray is None else gray)
    fmt = fmt or r.choice(["jpg", "jpg", "png", "webp"])
    return ctx.reg.add_image(im, "scan", fmt, page, dpi=dpi, hint=hint)


def paper_pages(ctx, doc, imgs, src_dpi, mode, hint=None, cover=None, smear=None, curl=None, shuffle=False):
    """Multi-page paper document (A4 or booklet pages) in one of the modes."""
    r = ctx.rng
    n = len(imgs)
    if ctx.pool is not None and mode not in ("screenshot",):
        for k, im in enumerate(imgs):
            dpi = 150
            ctx.pool.append((CP.scan(CP.resize_dpi(im, src_dpi, dpi), r, gray=False), dpi, _pg(doc, k, "scan")))
        return
    if mode in ("photos", "heic_photos", "photo"):
        fmt = "heic" if mode == "heic_photos" else None
        order = list(range(n))
        if shuffle:
            r.shuffle(order)
        for k in order:
            cb = cover[1] if cover and cover[0] == k else None
            pg = _pg(doc, k, "photo", _rot(r, cb is None))
            photo_file(ctx, imgs[k], pg, fmt=fmt or r.choice(["jpg", "jpg", "webp"]) if mode != "photo" else fmt,
                       chat=False if n > 1 else None, cover_box=cb, curl=curl, hint=hint)
    elif mode == "spread":
        pairs = [list(range(k, min(k + 2, n))) for k in range(0, n, 2)]
        if shuffle:
            r.shuffle(pairs)
        upside = r.randrange(len(pairs)) if shuffle else -1
        for j, pr in enumerate(pairs):
            if len(pr) == 2:
                flat = CP.spread(imgs[pr[0]], imgs[pr[1]], r)
            else:
                flat = imgs[pr[0]]
            im = CP.photo(flat, r, fill=r.uniform(0.85, 0.92), fingers=True, curl=None,
                          out_long=r.choice([3600, 4000]))
            rot = 180 if j == upside else 0
            pg = _pg(doc, pr[0], "photo_spread", rot)
            ctx.reg.add_image(im, "photo", "jpg", pg, hint=hint)
            f = ctx.reg.files[-1]
            if len(pr) == 2:
                f["pages"][0]["dpage2"] = pr[1]
    elif mode in ("scan_pdf", "scan_pdf_ocr", "duplex_pdf"):
        dpi = r.choice([150, 200])
        pix, pages, dpis, layers = [], [], [], []
        for k in range(n):
            im = CP.scan(CP.resize_dpi(imgs[k], src_dpi, dpi), r, gray=r.random() < 0.4)
            pix.append(im)
            pages.append(_pg(doc, k, "scan", _rot(r, True, 0.05)))
            dpis.append(dpi)
            layers.append(ocr_layer(r, doc, k) if mode == "scan_pdf_ocr" and k < 2 else None)
            if mode == "duplex_pdf":
                pix.append(RM.blank_page(r, dpi, bleed=im if r.random() < 0.5 else None))
                pages.append(dict(type="unknown", capture="blank", rotation=0, doc=None, dpage=None))
                dpis.append(dpi)
                layers.append(None)
        ctx.reg.add_multi(pix, pages, "scan", "pdf", dpis=dpis, text_layers=layers if mode == "scan_pdf_ocr" else None,
                          hint=hint)
    elif mode == "tiff":
        dpi = 200
        pix, pages = [], []
        for k in range(n):
            im = CP.resize_dpi(imgs[k], src_dpi, dpi)
            if smear and smear[0] == k:
                im = CP.smear(im, smear[1], r)
            pix.append(CP.bilevel(CP.scan(im, r), r))
            pages.append(_pg(doc, k, "bilevel"))
            if ctx.k["blank"] == "tiff_blank" and k == n // 2:
                pix.append(CP.bilevel(RM.blank_page(r, dpi), r))
                pages.append(dict(type="unknown", capture="blank", rotation=0, doc=None, dpage=None))
        ctx.reg.add_multi(pix, pages, "scan", "tif", dpis=[dpi], hint=hint)
    elif mode == "photocopy":
        for k in range(n):
            dpi = r.choice([150, 200])
            im = CP.photocopy(CP.resize_dpi(imgs[k], src_dpi, dpi), r)
            ctx.reg.add_image(im, "scan", r.choice(["jpg", "png"]), _pg(doc, k, "photocopy"), dpi=dpi, hint=hint)
    elif mode == "lowres":
        for k in range(n):
            im, dpi = CP.lowres(imgs[k], r, src_dpi)
            ctx.reg.add_image(im, "scan", "jpg", _pg(doc, k, "lowres"), quality=70, hint=hint)
    else:  # scan as separate images
        for k in range(n):
            scan_file(ctx, imgs[k], _pg(doc, k, "scan"), src_dpi, hint=hint)


def ocr_layer(rng, doc, k):
    """A scanner app's invisible text layer that got it partly wrong."""
    f = doc["fields"]
    wrong = lambda s: s.replace("乙方", "乙万").replace("0", "O").replace("8", "B").replace("1", "l")
    if k == 0:
        return [(0.12, 0.15, 0.012, "劳动合同书"), (0.12, 0.25, 0.008, wrong("乙方 姓名 " + f["employee_name"])),
                (0.12, 0.28, 0.008, wrong("身份证号码 " + f["employee_id_number"]))]
    return [(0.12, 0.1, 0.008, wrong("第%d页" % (k + 1)))]


# --------------------------------------------------------------- documents
def id_card(ctx, doc):
    r = ctx.rng
    front, back = RI.id_front(doc, r), RI.id_back(doc, r)
    lay = "a4_copy" if (ctx.pool is not None or r.random() < 0.4) else "cards"
    doc["layout"] = lay
    if lay == "a4_copy":
        sheet = CP.card_on_a4([front, back], r, A4_DPI, r.choice(["stack", "side"]))
        if r.random() < 0.5:
            from . import seal
            from .draw import multiply
            wm = seal.watermark(sheet.size, "仅供居住证积分使用，他用无效", r)
            multiply(sheet, wm, 0, 0)
        mode = r.choice(["photocopy", "scan", "photo"])
        paper_pages(ctx, doc, [sheet], A4_DPI, mode, hint="身份证")
    else:
        for k, face in enumerate([front, back]):
            pg = _pg(doc, k, "photo", _rot(r))
            photo_file(ctx, face, pg, card=True, glare=r.random() < 0.4, hint="身份证")


def residence_permit(ctx, doc):
    r = ctx.rng
    lay = doc["layout"]
    who = ctx.who
    if lay == "e_permit":
        img = RI.e_permit(doc, r, who)
        ctx.reg.add_image(img, "screenshot", r.choice(["png", "jpg"]), _pg(doc, 0, "screenshot"), quality=92)
        return
    k = 0
    if lay in ("card_info", "card_only"):
        faces = [RI.permit_front(doc, r, who), RI.permit_back(doc, r)]
        for face in faces:
            photo_file(ctx, face, _pg(doc, k, "photo", _rot(r)), card=True, glare=r.random() < 0.3, hint="居住证")
            k += 1
    if lay in ("info", "card_info"):
        img = RI.permit_info_page(doc, r, who, A4_DPI)
        mode = r.choice(["scan", "photo", "lowres", "scan_pdf"])
        if ctx.pool is not None:
            mode = "scan"
        sub = dict(doc)
        paper_pages(ctx, doc, [img], A4_DPI, mode, hint="居住证")
        if k:                                       # the info page is the document's 3rd page
            for f in ctx.reg.files[-1:]:
                for p in f["pages"]:
                    if p.get("doc") is doc:
                        p["dpage"] = k
            if ctx.pool:
                ctx.pool[-1][2]["dpage"] = k


def household(ctx, doc):
    r = ctx.rng
    if doc["type"] == "collective_hukou_certificate":
        img = RH.collective_letter(doc, r, A4_DPI)
        paper_pages(ctx, doc, [img], A4_DPI, r.choice(["scan", "photo", "lowres"]), hint="户籍证明")
        return
    hand = r.random() < 0.5
    if doc["type"] == "household_register_cover":
        img = RH.cover(doc, r, hand)
        doc["layout"] = "booklet_cover"
    else:
        img = RH.member(doc, r, hand)
        doc["layout"] = "card_hand" if hand else "card_typed"
    mode = r.choice(["photo", "photo", "scan", "photocopy"])
    paper_pages(ctx, doc, [img], RH.BOOK_DPI, mode, hint="户口本")


def labour_contract(ctx, doc):
    r = ctx.rng
    k = ctx.k
    dpi = 200 if k["contract_cap"] == "tiff" else A4_DPI
    imgs, term = RC.render(doc, r, dpi, ctx.who)
    if doc["layout"] == "renewal":
        paper_pages(ctx, doc, imgs, dpi, r.choice(["photo", "scan", "photocopy"]), hint="续订书")
        return
    cap = k["contract_cap"]
    if cap == "auto":
        cap = r.choice(["photos", "photos", "scan_pdf", "tiff", "heic_photos", "spread", "photocopy"])
    if k["blank"] == "contract_duplex":
        cap = "duplex_pdf"
    if k["cover_term"] == "note":
        cap = "photos"
    doc["capture_mode"] = cap
    paper_pages(ctx, doc, imgs, dpi, cap, hint=r.choice(["合同", "劳动合同", None]),
                cover=term if k["cover_term"] == "note" else None,
                smear=term if k["cover_term"] == "smear" else None,
                curl=r.choice(["corner", "left", None]), shuffle=k["shuffle"])


def tax_record(ctx, doc):
    r = ctx.rng
    lay = doc["layout"]
    if lay == "national_record":
        ctx.reg.add_native_pdf(lambda path: _pdf(path, lambda p: RT.national_record(doc, r, p)), doc,
                               hint=r.choice(["个人所得税纳税记录", "纳税记录", "完税证明"]))
    elif lay == "income_detail_app":
        for k, img in enumerate(RT.income_app(doc, r, ctx.who)):
            ctx.reg.add_image(img, "screenshot", r.choice(["png", "jpg"]), _pg(doc, k, "screenshot"), quality=90)
    elif lay == "national_record_scan":
        imgs = RT.national_record_images(doc, r, A4_DPI)
        paper_pages(ctx, doc, imgs, A4_DPI, r.choice(["scan", "scan_pdf", "photo"]), hint="个税")
    else:
        imgs = RT.old_certificate(doc, r, A4_DPI)
        paper_pages(ctx, doc, imgs, A4_DPI, r.choice(["scan", "photocopy"]), hint="完税证明")


def _pdf(path, paint):
    p = PdfPainter(path)
    paint(p)
    return p.finish()


def si_record(ctx, doc):
    r = ctx.rng
    lay = doc["layout"]
    if lay == "photo_print":
        cut = any("employer" not in row for row in doc["rows"])
        imgs = RS.record_images(doc, r, A4_DPI, cut_employer=cut)
        for k, img in enumerate(imgs):
            im = CP.photo(img, r, fill=0.86 if not cut else 0.95, fingers=not cut)
            if cut:                                  # the frame cuts the employer column off
                im = im.crop((0, 0, int(im.width * 0.70), im.height))
            ctx.reg.add_image(im, "photo", "jpg", _pg(doc, k, "photo"))
    else:
        ctx.reg.add_native_pdf(lambda path: _pdf(path, lambda p: RS.record(doc, r, p)), doc,
                               hint=r.choice(["社保缴费记录", "社保", "个人权益记录"]))


def education(ctx, doc):
    r = ctx.rng
    if doc["layout"] == "xuexin":
        ctx.reg.add_native_pdf(lambda path: _pdf(path, lambda p: RE.xuexin(doc, r, p, ctx.who)), doc,
                               hint="学历证书电子注册备案表")
        return
    dpi = 150
    if doc["type"] == "diploma":
        img = RE.diploma(doc, r, dpi, ctx.who)
        doc["layout"] = "certificate"
    else:
        img = RE.degree(doc, r, dpi, ctx.who)
        doc["layout"] = "certificate"
    paper_pages(ctx, doc, [img], dpi, r.choice(["photo", "scan", "photocopy"]), hint=r.choice(["毕业证", "学位证", None]))


def marriage(ctx, doc):
    r = ctx.rng
    img = RE.marriage(doc, r, 200, ctx.who)
    photo_file(ctx, img, _pg(doc, 0, "photo"), hint="结婚证")


def extras(ctx):
    r = ctx.rng
    for kind in ctx.k["extras"]:
        if kind == "receipt":
            img = RM.receipt(r, ctx.who)
            photo_file(ctx, img, dict(type="unknown", capture="photo", rotation=0, doc=None, dpage=None))
        else:
            img = RM.rental_contract(r, ctx.who, A4_DPI)
            scan_file(ctx, img, dict(type="unknown", capture="scan", rotation=0, doc=None, dpage=None), A4_DPI,
                      hint="租房合同")


def flush_pool(ctx):
    """packet_duplex: every paper page scanned into one PDF, blank backs between."""
    if not ctx.pool:
        return
    r = ctx.rng
    pix, pages, dpis = [], [], []
    for im, dpi, pg in ctx.pool:
        pix.append(im)
        pages.append(pg)
        dpis.append(dpi)
        if r.random() < 0.7:
            pix.append(RM.blank_page(r, dpi, bleed=im if r.random() < 0.4 else None))
            pages.append(dict(type="unknown", capture="blank", rotation=0, doc=None, dpage=None))
            dpis.append(dpi)
    ctx.reg.add_multi(pix, pages, "scan", "pdf", dpis=dpis)
