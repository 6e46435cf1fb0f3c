"""Render the scenario's documents, capture them the way people do, and write the packet + truth."""
import datetime as dt
import json
import os
import random
from PIL import Image
from . import docs_a as A, docs_b as B, capture as C
from .surface import MultiImg, PdfDoc
from .scenario import make_scenario, expected
from .draw import watermark
import logging
logging.getLogger("fontTools").setLevel(logging.ERROR)

SI_SITES = [("https://zzjb.rsj.sh.gov.cn/ggfw/grqy/jfxx", "上海市社会保险个人缴费情况"), ("https://zwdt.sh.gov.cn/govPortals/bsfw/item/sbjf", "一网通办 - 社保缴费记录")]
RP_SITES = [("https://zwdt.sh.gov.cn/govPortals/jzz/jzzxxcx", "居住证信息查询 - 上海一网通办"), ("https://jzz.gaj.sh.gov.cn/jzz/query/result", "上海市居住证信息")]
TAX_SITES = [("https://etax.chinatax.gov.cn/webstatic/zrr/nsjl/print", "自然人电子税务局 - 纳税记录开具"), ("https://etax.shanghai.chinatax.gov.cn/zrr/nsjl", "个人所得税纳税记录")]


def wpick(rng, items):
    tot = sum(w for _, w in items)
    x = rng.uniform(0, tot)
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


class Packer:
    def __init__(self, out, rng, as_of):
        self.out, self.rng, self.as_of = out, rng, as_of
        self.pages = []
        self.used = set()
        self.n = rng.randint(1000, 8900)
        self.pool = []  # merged scanner-app pdf pages
        os.makedirs(out, exist_ok=True)

    # ---------- names
    def _stamp(self):
        d = self.as_of - dt.timedelta(days=self.rng.randint(1, 20))
        return d.strftime("%Y%m%d") + "%02d%02d%02d" % (self.rng.randint(8, 22), self.rng.randint(0, 59), self.rng.randint(0, 59))

    def name(self, style, ext):
        self.n += self.rng.randint(1, 4)
        r = self.rng
        if style == "photo":
            base = r.choice(["IMG_%d" % self.n, "IMG_%d" % self.n, "IMG_%s_%s" % (self._stamp()[:8], self._stamp()[8:]), "P%s" % self._stamp()[2:]])
            if ext == "heic":
                ext = r.choice(["HEIC", "heic"])
            elif ext == "jpg" and base.startswith("IMG_") and r.random() < 0.5:
                ext = "JPG"
        elif style == "chat":
            base = r.choice(["微信图片_%s" % self._stamp(), "微信图片_%s_%d" % (self._stamp(), r.randint(1, 9)), "mmexport%d" % (1760000000000 + r.randint(0, 10 ** 10))])
        elif style == "scan":
            base = r.choice(["scan%04d" % (self.n % 10000), "Scan_%s_%d" % (self._stamp()[:8], r.randint(1, 20)), "CCF%06d" % self.n,
                             "扫描件%d" % r.randint(1, 30), "doc%05d" % self.n, "新建文件%d" % r.randint(1, 99)])
        elif style == "shot":
            base = r.choice(["Screenshot_%s_%s" % (self._stamp()[:8], self._stamp()[8:]), "IMG_%d" % self.n, "截图%s" % self._stamp(),
                             "Screenshot_%s-%s_com.%s" % (self._stamp()[:8], self._stamp()[8:], r.choice(["tencent.mm", "sh.gov.suishenban", "tax.client"]))])
            if base.startswith("IMG_") and ext == "png":
                ext = "PNG"
        else:
            base = style
        fn = "%s.%s" % (base, ext)
        while fn in self.used:
            fn = "%s(%d).%s" % (base, r.randint(1, 9), ext)
        self.used.add(fn)
        return fn

    # ---------- writers
    def _meta(self, fn, pno, it):
        m = dict(file=fn, page=pno, type=it["type"], capture=it["capture"], rotation=it.get("rotation", 0))
        if it.get("also"):
            m["also"] = it["also"]
        if it.get("exif", 1) != 1:
            m["exif_orientation"] = it["exif"]
        self.pages.append(m)
        for d in it.get("docs", []):
            d.setdefault("_pages", []).append(dict(file=fn, page=pno))

    def single(self, it, style, fmt):
        fn = self.name(style, fmt)
        img = it["img"]
        orient = it.get("exif", 1)
        if fmt.lower() in ("jpg", "jpeg"):
            C.save_image(img, os.path.join(self.out, fn), "jpg", self.rng, orient=orient)
        else:
            it["exif"] = 1
            if fmt == "pdf":
                C.save_img_pdf([img], os.path.join(self.out, fn))
            elif fmt == "tif":
                C.save_tiff([img], os.path.join(self.out, fn))
            else:
                C.save_image(img, os.path.join(self.out, fn), fmt, self.rng)
        self._meta(fn, 1, it)
        return fn

    def multi(self, items, style, fmt):
        fn = self.name(style, fmt)
        imgs = [it["img"] for it in items]
        if fmt == "pdf":
            C.save_img_pdf(imgs, os.path.join(self.out, fn))
        else:
            C.save_tiff(imgs, os.path.join(self.out, fn))
        for i, it in enumerate(items):
            it["exif"] = 1
            self._meta(fn, i + 1, it)
        return fn

    def textpdf(self, data, npages, typ, docs, fname):
        fn = fname
        while fn in self.used:
            fn = fn.replace(".pdf", "(%d).pdf" % self.rng.randint(1, 9))
        self.used.add(fn)
        with open(os.path.join(self.out, fn), "wb") as f:
            f.write(data)
        for p in range(npages):
            self._meta(fn, p + 1, dict(type=typ, capture="text_pdf", docs=docs))
        return fn


# ---------- capture helpers
def do_capture(img, cap, rng, kind="a4"):
    card = kind == "card"
    if cap == "clean":
        return img
    if cap == "scan":
        if card:
            img = on_white(img, rng)
        return C.scan(img, rng)
    if cap == "scan_grey":
        if card:
            img = on_white(img, rng)
        return C.scan(img, rng, grey=True)
    if cap == "bilevel":
        return C.bilevel(img, rng)
    if cap == "photocopy":
        if card:
            img = on_white(img, rng)
        return C.photocopy(img, rng)
    if cap == "lowres":
        return C.lowres(img, rng)
    if cap == "photo":
        return C.photo(img, rng, frame_long=rng.choice([2400, 2600, 2800]), fill=(0.55 if card else rng.uniform(0.72, 0.86)), card=card)
    if cap == "chat":
        return C.chat(C.photo(img, rng, frame_long=2400, fill=(0.62 if card else 0.86), card=card), rng)
    if cap == "screenshot":
        return img
    raise ValueError(cap)


def on_white(card, rng):
    pg = Image.new("RGB", (1240, 877), (255, 255, 255))
    c = card.resize((760, int(760 * card.height / card.width)), Image.LANCZOS)
    pg.paste(c, (rng.randint(40, 400), rng.randint(40, 350)))
    return pg


def a4_of_cards(cards, rng):
    """A4 copy holding cards stacked or side by side. cards: list of PIL images."""
    pg = Image.new("RGB", (1240, 1754), (255, 255, 255))
    w = rng.choice([560, 600, 640])
    x = (1240 - w) // 2 + rng.randint(-60, 60)
    y = 150
    side = len(cards) == 2 and rng.random() < 0.3
    if side:
        w = 560
        for i, c in enumerate(cards):
            cc = c.resize((w, int(w * c.height / c.width)), Image.LANCZOS)
            pg.paste(cc, (40 + i * (w + 40), 300))
        return pg
    for c in cards:
        cc = c.resize((w, int(w * c.height / c.width)), Image.LANCZOS)
        pg.paste(cc, (x, y))
        y += cc.height + rng.randint(80, 200)
    return pg


def surf_images(fn_render, doc, rng, v, dpi=150, **kw):
    sf = MultiImg(dpi=dpi)
    out = fn_render(doc, sf, rng, v, **kw)
    return sf.images(), out


def surf_pdf(fn_render, doc, rng, v, **kw):
    sf = PdfDoc()
    fn_render(doc, sf, rng, v, **kw)
    return sf.bytes(), sf.pages


def a4_seal(img, rel, ring, rng, dpi=150):
    if not rel:
        return img
    from .draw import seal
    x, y = rel
    return seal(img, int(x * img.width), int(y * img.height), int(img.width * 0.085), ring, alpha=rng.randint(120, 190), rot=rng.uniform(-30, 30))


A4_CAPS = [("scan", 3), ("scan_grey", 2), ("photocopy", 2), ("photo", 3), ("chat", 1), ("lowres", 1), ("clean", 1)]
FINE_CAPS = [("scan", 3), ("scan_grey", 2), ("photocopy", 1), ("photo", 2), ("clean", 1)]
CARD_CAPS = [("photo", 4), ("chat", 2), ("scan", 2)]
BOOK_CAPS = [("photo", 3), ("scan", 2), ("photocopy", 2), ("chat", 1)]
FMT = {"photo": [("jpg", 6), ("heic", 2), ("webp", 0.7), ("png", 0.3)], "chat": [("jpg", 9), ("webp", 1)],
       "scan": [("jpg", 4), ("png", 2), ("pdf", 2.5), ("bmp", 0.5), ("tif", 1)], "scan_grey": [("jpg", 3), ("png", 1), ("pdf", 3), ("tif", 2)],
       "photocopy": [("jpg", 4), ("pdf", 4), ("tif", 2)], "lowres": [("jpg", 7), ("webp", 1.5), ("png", 1.5)], "clean": [("png", 3), ("jpg", 5), ("pdf", 2)],
       "screenshot": [("png", 7), ("jpg", 3)], "bilevel": [("tif", 1)]}
STYLE = {"photo": "photo", "chat": "chat", "scan": "scan", "scan_grey": "scan", "photocopy": "scan", "lowres": "chat", "clean": "scan", "screenshot": "shot", "bilevel": "scan"}


def orient_for(cap, rng):
    if cap in ("photo", "chat") and rng.random() < 0.3:
        return rng.choice([6, 6, 8, 3])
    return 1


def turn_for(cap, rng):
    if cap in ("scan", "scan_grey", "photocopy", "photo") and rng.random() < 0.08:
        return rng.choice([90, 180, 270])
    return 0


def emit_single(P, img, doc_list, typ, cap, rng, kind="a4", also=None, fname_style=None, fmt=None, to_pool=False):
    im = do_capture(img, cap, rng, kind)
    rot = turn_for(cap, rng) if not to_pool else 0
    im = C.turn(im, rot)
    it = dict(img=im, type=typ, capture=cap, rotation=rot, docs=doc_list, also=also)
    if to_pool:
        P.pool.append(it)
        return
    fmt = fmt or wpick(rng, FMT[cap])
    if fmt in ("jpg",) and cap in ("photo", "chat"):
        it["exif"] = orient_for(cap, rng)
    P.single(it, fname_style or STYLE[cap], fmt)


def render_packet(idx, seed, outroot):
    S = make_scenario(idx, seed)
    rng = S["rng"]
    pid = "n%03d" % idx
    out = os.path.join(outroot, pid)
    P = Packer(out, rng, S["as_of"])
    flags = S["flags"]
    docs = S["docs"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    merge = "blank_page" in flags or rng.random() < 0.2
    v = lambda: rng.randrange(12)
    app_forms = "app_forms" in flags

    # ---- id card (+ maybe permit card on the same copy)
    idc = by["id_card"][0]
    rp = by["residence_permit"][0]
    front = A.id_front(idc, rng, v())
    back = None if idc["extra"]["front_only"] else A.id_back(idc, rng, v())
    rp_form = "app" if app_forms else wpick(rng, [("info_img", 3), ("web_pdf", 2), ("app", 3), ("card_info", 2)])
    id_form = wpick(rng, [("cards", 3), ("a4_copy", 3), ("a4_with_permit", 1.5 if rp_form == "card_info" else 0)])
    if back is None:
        id_form = "cards"
    idc["layout"] = "front_only" if back is None else id_form
    rp["extra"]["info_mode"] = rng.randrange(3)
    rp["layout"] = rp_form + ("" if rp_form == "app" else "_" + ["grid2", "grid4", "list"][rp["extra"]["info_mode"]])
    if id_form == "cards":
        cap = wpick(rng, CARD_CAPS)
        emit_single(P, front, [idc], "id_card", cap, rng, kind="card")
        if back is not None:
            emit_single(P, back, [idc], "id_card", wpick(rng, CARD_CAPS), rng, kind="card")
    elif id_form == "a4_copy":
        pg = a4_of_cards([front, back], rng)
        if rng.random() < 0.3:
            pg = watermark(pg, "仅供居住证积分使用，他用无效", angle=rng.choice([20, 30, -25]), color=rng.choice([(120, 120, 120), (200, 60, 60), (60, 90, 200)]), alpha=60)
        emit_single(P, pg, [idc], "id_card", wpick(rng, [("scan", 2), ("photocopy", 3), ("scan_grey", 1), ("photo", 1)]), rng, to_pool=merge)
    else:
        card = A.permit_card(rp, rng, v())
        pg = a4_of_cards([front, back, card], rng)
        emit_single(P, pg, [idc, rp], "id_card", wpick(rng, [("scan", 2), ("photocopy", 2)]), rng, also=["residence_permit"], to_pool=merge)

    # ---- residence permit
    if rp_form == "app":
        theme = rng.choice(["light", "light", "dark"])
        rp["layout"] = "app_" + theme
        img = A.permit_app(rp, rng, v(), theme)
        emit_single(P, img, [rp], "residence_permit", "screenshot", rng)
    elif rp_form == "web_pdf":
        url, title = rng.choice(RP_SITES)
        printed = (S["as_of"] - dt.timedelta(days=rng.randint(0, 8))).strftime("%Y/%m/%d") + " %02d:%02d" % (rng.randint(8, 21), rng.randint(0, 59))
        data, n = surf_pdf(B.permit_info, rp, rng, v(), chrome=(title, url, printed))
        P.textpdf(data, n, "residence_permit", [rp], rng.choice(["居住证信息.pdf", "居住证办理情况.pdf", "jzz_print.pdf", "打印.pdf"]))
    else:
        if rp_form == "card_info" and id_form != "a4_with_permit":
            emit_single(P, A.permit_card(rp, rng, v()), [rp], "residence_permit", wpick(rng, CARD_CAPS), rng, kind="card")
        chrome = None
        if rng.random() < 0.5:
            url, title = rng.choice(RP_SITES)
            chrome = (title, url, (S["as_of"] - dt.timedelta(days=rng.randint(0, 8))).strftime("%Y/%m/%d %H:%M"))
        imgs, _ = surf_images(B.permit_info, rp, rng, v(), chrome=chrome)
        emit_single(P, imgs[0], [rp], "residence_permit", wpick(rng, A4_CAPS), rng, to_pool=merge and rng.random() < 0.7)

    # ---- household register / collective
    if "household_register_cover" in by:
        cov, mem = by["household_register_cover"][0], by["household_register_member"][0]
        ci, mi = A.hukou_cover(cov, rng, v()), A.hukou_member(mem, rng, v())
        form = wpick(rng, [("separate", 3), ("open", 2), ("a4", 1.5)])
        cov["layout"] = mem["layout"] = {"separate": "booklet_page", "open": "booklet_open", "a4": "a4_copy"}[form]
        if form == "separate":
            for img, d, t in ((ci, cov, "household_register_cover"), (mi, mem, "household_register_member")):
                emit_single(P, img, [d], t, wpick(rng, BOOK_CAPS), rng, kind="book", to_pool=merge and rng.random() < 0.6)
        elif form == "open":
            img = A.booklet_open(ci, mi, rng)
            emit_single(P, img, [cov, mem], "household_register_cover", wpick(rng, [("photo", 3), ("chat", 1), ("scan", 1)]), rng, kind="book", also=["household_register_member"])
        else:
            pg = Image.new("RGB", (1240, 1754), (255, 255, 255))
            s = min(1000 / ci.width, 820 / ci.height)
            c1 = ci.resize((int(ci.width * s), int(ci.height * s)), Image.LANCZOS)
            m1 = mi.resize((int(mi.width * s), int(mi.height * s)), Image.LANCZOS)
            pg.paste(c1, ((1240 - c1.width) // 2, 40))
            pg.paste(m1, ((1240 - m1.width) // 2, 70 + c1.height))
            emit_single(P, pg, [cov, mem], "household_register_cover", wpick(rng, [("photocopy", 2), ("scan_grey", 1), ("scan", 1)]), rng, also=["household_register_member"], to_pool=merge)
    if "collective_hukou_certificate" in by:
        cc = by["collective_hukou_certificate"][0]
        imgs, rel = surf_images(B.collective, cc, rng, v())
        img = a4_seal(imgs[0], rel, cc["extra"]["police"] + "户籍专用章", rng)
        emit_single(P, img, [cc], "collective_hukou_certificate", wpick(rng, A4_CAPS), rng)

    if merge and P.pool:
        if "blank_page" in flags or rng.random() < 0.3 and False:
            pos = rng.randint(1, len(P.pool)) if len(P.pool) > 1 else 1
            P.pool.insert(pos, dict(img=C.blank(rng), type="unknown", capture="blank", rotation=0, docs=[]))
        fn = P.multi(P.pool, "scan", "pdf")
        P.pool = []
    elif "blank_page" in flags:
        P.multi([dict(img=C.scan(Image.new("RGB", (1240, 1754), (255, 255, 255)), rng), type="unknown", capture="blank", rotation=0, docs=[])], "scan", "pdf")

    # ---- labour contract
    lc = by["labour_contract"][0]
    ex = lc["extra"]
    model = lc["layout"] == "shanghai_model"
    ex.update(face=rng.choice(["song", "song2", "ming", "hei", "kai2"]), fill_face=rng.choice(["song", "hei", "kai", "kai2"]),
              fill_col=rng.choice([(0, 0, 0), (20, 30, 120), (0, 0, 0)]), probation=rng.choice([1, 2, 3, 6]),
              legal_rep=__import__("random").Random(rng.random()).choice(["王建华", "李国强", "张志明", "陈伟", "刘海涛", "周晓东"]),
              co_addr="上海市%s%s%d号" % (rng.choice(["浦东新区", "闵行区", "徐汇区", "嘉定区"]), rng.choice(["张江路", "金科路", "漕河泾开发区宜山路", "莘松路"]), rng.randint(1, 999)),
              hukou_addr=S["haddr"], phone="1%d%09d" % (rng.choice([3, 5, 8]), rng.randint(0, 10 ** 9 - 1)),
              title=rng.choice(["劳动合同书", "劳动合同", "聘用合同", "劳 动 合 同 书"]), contract_no="HT-%d-%04d" % (S["as_of"].year - rng.randint(0, 3), rng.randint(1, 9999)),
              sh_addr=by["residence_permit"][0]["fields"]["residence_address"], ds=rng.choice(["cn", "cn", "dash", "cnsp"]),
              dept=rng.choice(["研发部", "财务部", "市场部", "运营中心", "技术部"]), job=rng.choice(["软件工程师", "会计", "销售经理", "运营专员", "测试工程师"]),
              payday=rng.choice([10, 15, 20]), salary=rng.choice([9000, 12000, 15000, 18000, 22000, 26000]), page_numbers=rng.random() < 0.6)
    if lc["fields"]["open_ended"]:
        ex["term_words"] = None
    npg = rng.randint(3, 4) if model else rng.randint(2, 3)
    lform = wpick(rng, [("scan_pdf", 3), ("photos", 3), ("tiff", 1.2), ("text_pdf", 1.3), ("chat", 1)])
    ring = lc["fields"]["employer"] + "合同专用章"
    if lform == "text_pdf":
        data, n = surf_pdf(B.contract, lc, rng, v(), n_pages=npg)
        P.textpdf(data, n, "labour_contract", [lc], rng.choice(["劳动合同.pdf", "电子劳动合同_%s.pdf" % lc["fields"]["employee_name"], "contract_signed.pdf", "劳动合同(已签署).pdf"]))
    else:
        imgs, rel = surf_images(B.contract, lc, rng, v(), n_pages=npg)
        imgs[-1] = a4_seal(imgs[-1], rel, ring, rng)
        if lform == "scan_pdf":
            cap = wpick(rng, [("scan", 2), ("scan_grey", 2), ("photocopy", 1)])
            items = [dict(img=C.turn(do_capture(im, cap, rng), 0), type="labour_contract", capture=cap, rotation=0, docs=[lc]) for im in imgs]
            if rng.random() < 0.25:
                j = rng.randrange(len(items))
                items[j]["img"] = C.turn(items[j]["img"], 180)
                items[j]["rotation"] = 180
            P.multi(items, "scan", "pdf")
        elif lform == "tiff":
            items = [dict(img=do_capture(im, "bilevel", rng), type="labour_contract", capture="bilevel", rotation=0, docs=[lc]) for im in imgs]
            P.multi(items, "scan", "tif")
        else:
            for im in imgs:
                emit_single(P, im, [lc], "labour_contract", "photo" if lform == "photos" else "chat", rng)

    # ---- tax record
    if "tax_record" in by:
        tx = by["tax_record"][0]
        tex = tx["extra"]
        tex.update(serial="%d%011d" % (S["as_of"].year, rng.randint(0, 10 ** 11 - 1)), bureau=rng.choice(["国家税务总局上海市浦东新区税务局", "国家税务总局上海市徐汇区税务局", "国家税务总局上海市闵行区税务局", "国家税务总局上海市税务局第一稽查局"][:3]),
                   verify="%04d %04d %04d %04d" % tuple(rng.randint(0, 9999) for _ in range(4)), ruled=rng.random() < 0.6,
                   pstyle=rng.choice([0, 0, 1]), per_page=rng.choice([8, 10, 14]), repeat_header=rng.random() < 0.6,
                   agent_code=rng.choice([None, "before", "after"]), ids=rng.choice(["cn", "dash"]))
        tform = "app" if app_forms else wpick(rng, [("text_pdf", 4), ("app", 2.5), ("print_img", 2), ("old_list", 1)])
        if tform == "text_pdf":
            chrome = None
            if rng.random() < 0.5:
                url, title = rng.choice(TAX_SITES)
                chrome = (title, url, (S["as_of"] - dt.timedelta(days=rng.randint(0, 5))).strftime("%Y/%m/%d %H:%M"))
            data, n = surf_pdf(B.tax_national, tx, rng, v(), chrome=chrome)
            P.textpdf(data, n, "tax_record", [tx], rng.choice(["个人所得税纳税记录.pdf", "纳税记录%d.pdf" % S["as_of"].year, "个税完税证明.pdf", "nsjl_%s.pdf" % S["as_of"].strftime("%Y%m%d"), "download.pdf", "身份证.pdf"]))
            tx["layout"] = "national_pdf"
        elif tform == "app":
            tx["fields"].pop("issue_date", None)
            theme = rng.choice(["light", "dark"])
            if rng.random() < 0.5:
                shots = A.tax_app(tx, rng, v(), theme)
                tx["layout"] = "app_long"
            else:
                shots = A.tax_app(tx, rng, v(), theme, per_shot=rng.choice([5, 6]))
                tx["layout"] = "app_screens"
            for s in shots:
                emit_single(P, s, [tx], "tax_record", "screenshot", rng)
        elif tform == "print_img":
            chrome = None
            if rng.random() < 0.6:
                url, title = rng.choice(TAX_SITES)
                chrome = (title, url, (S["as_of"] - dt.timedelta(days=rng.randint(0, 5))).strftime("%Y/%m/%d %H:%M"))
            imgs, _ = surf_images(B.tax_national, tx, rng, v(), dpi=200, chrome=chrome)
            cap = wpick(rng, FINE_CAPS)
            if len(imgs) > 1 and rng.random() < 0.6:
                items = [dict(img=do_capture(im, cap if cap != "photo" else "scan", rng), type="tax_record", capture=cap if cap != "photo" else "scan", rotation=0, docs=[tx]) for im in imgs]
                P.multi(items, "scan", "pdf")
            else:
                for im in imgs:
                    emit_single(P, im, [tx], "tax_record", cap, rng)
            tx["layout"] = "national_print"
        else:
            imgs, rel = surf_images(B.tax_list_old, tx, rng, v(), dpi=200)
            img = a4_seal(imgs[0], rel, tex["bureau"] + "征税专用章", rng)
            emit_single(P, img, [tx], "tax_record", wpick(rng, FINE_CAPS), rng)
            tx["layout"] = "tax_list"

    # ---- social insurance
    if "social_insurance_record" in by:
        si = by["social_insurance_record"][0]
        si["extra"].update(ruled=rng.random() < 0.6, ranges=rng.random() < 0.35, bp_section=rng.random() < 0.5,
                           per_page=rng.choice([12, 16, 30]), repeat_header=rng.random() < 0.5, compact=rng.random() < 0.3)
        sform = "app" if app_forms else wpick(rng, [("text_pdf", 3), ("app", 2), ("print_img", 2)])
        if sform == "text_pdf":
            chrome = None
            if rng.random() < 0.6:
                url, title = rng.choice(SI_SITES)
                chrome = (title, url, (S["as_of"] - dt.timedelta(days=rng.randint(0, 5))).strftime("%Y/%m/%d %H:%M"))
            data, n = surf_pdf(B.si_record, si, rng, v(), chrome=chrome)
            P.textpdf(data, n, "social_insurance_record", [si], rng.choice(["社保缴费记录.pdf", "个人缴费情况.pdf", "sbjf_%s.pdf" % S["as_of"].strftime("%Y%m%d"), "社保.pdf"]))
            si["layout"] = "record_pdf"
        elif sform == "app":
            for s in A.si_app(si, rng, v(), rng.choice(["light", "dark"])):
                emit_single(P, s, [si], "social_insurance_record", "screenshot", rng)
            si["layout"] = "app_long"
        else:
            chrome = None
            if rng.random() < 0.6:
                url, title = rng.choice(SI_SITES)
                chrome = (title, url, (S["as_of"] - dt.timedelta(days=rng.randint(0, 5))).strftime("%Y/%m/%d %H:%M"))
            imgs, _ = surf_images(B.si_record, si, rng, v(), dpi=200, chrome=chrome)
            cap = wpick(rng, FINE_CAPS)
            for im in imgs:
                emit_single(P, im, [si], "social_insurance_record", cap, rng)
            si["layout"] = "record_print"

    # ---- education, marriage
    for d in by.get("diploma", []):
        if d["layout"] == "xuexin":
            data, n = surf_pdf(B.xuexin, d, rng, v())
            P.textpdf(data, n, "diploma", [d], rng.choice(["学历证书电子注册备案表.pdf", "学信网备案表.pdf", "xueli.pdf"]))
        else:
            imgs, rel = surf_images(B.diploma, d, rng, v())
            img = a4_seal(imgs[0], rel[0], rel[1], rng)
            emit_single(P, img, [d], "diploma", wpick(rng, A4_CAPS), rng)
    for d in by.get("degree_certificate", []):
        imgs, rel = surf_images(B.degree, d, rng, v())
        img = a4_seal(imgs[0], rel[0], rel[1], rng)
        emit_single(P, img, [d], "degree_certificate", wpick(rng, A4_CAPS), rng)
    for d in by.get("marriage_certificate", []):
        emit_single(P, A.marriage(d, rng, v()), [d], "marriage_certificate", wpick(rng, [("photo", 3), ("chat", 1), ("scan", 1)]), rng, kind="book")

    # ---- not documents of the packet
    if "unknown_pages" in flags or rng.random() < 0.15:
        emit_single(P, A.receipt(rng, v()), [], "unknown", rng.choice(["photo", "chat"]), rng, kind="card")
    if "unknown_pages" in flags or rng.random() < 0.1:
        imgs, _ = surf_images(lambda d, sf, r, vv: B.rental(d, sf, r, vv, by["residence_permit"][0]["fields"]["residence_address"]), None, rng, v())
        emit_single(P, imgs[0], [], "unknown", wpick(rng, A4_CAPS), rng, fname_style="scan")

    # ---- truth
    rules, points, defects = expected(S)
    tdocs = []
    for d in docs:
        if "_pages" not in d:
            continue
        tdocs.append(dict(type=d["type"], layout=d["layout"] or "card", pages=d["_pages"], fields=d["fields"],
                          rows=[{k: r[k] for k in (("period", "withholding_agent", "amount") if d["type"] == "tax_record" else ("month", "employer", "base", "back_payment"))} for r in d["rows"]]))
    truth = dict(packet=pid, as_of=S["as_of"].isoformat(), application=S["app"], defects=defects, expected_rules=rules,
                 verdict="fix" if any(not r.startswith(("points.", "permit.too_recent", "field.", "quality.")) for r in rules) else ("review" if rules else "ready"),
                 points=points, pages=P.pages, documents=tdocs)
    with open(os.path.join(outroot, pid + ".truth.json"), "w", encoding="utf-8") as f:
        json.dump(truth, f, ensure_ascii=False, indent=1)
    return pid, len(P.pages)
