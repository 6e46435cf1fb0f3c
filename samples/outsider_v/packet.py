"""Render one packet: documents -> sheets/PDFs -> captures -> files + truth."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import random

import numpy as np
from PIL import Image

from . import capture as C
from . import docs_cards, docs_hukou, docs_contract, docs_edu, docs_misc, pdfs, screens, web
from .draw import Page, watermark
from .fonts import Style
from .plan import plan_packet
from .rules import ROW_FIELDS


def _rasterize(pdf_bytes: bytes, dpi=200) -> list[Image.Image]:
    import pypdfium2 as pdfium
    doc = pdfium.PdfDocument(pdf_bytes)
    out = []
    for i in range(len(doc)):
        out.append(doc[i].render(scale=dpi / 72).to_pil().convert("RGB"))
    doc.close()
    return out


def _pdf_pages(pdf_bytes: bytes) -> int:
    import pypdfium2 as pdfium
    d = pdfium.PdfDocument(pdf_bytes)
    n = len(d)
    d.close()
    return n


class Builder:
    def __init__(self, seed: int, index: int, count: int, out_dir: str):
        self.plan = plan_packet(seed, index, count)
        self.r = random.Random(self.plan["rng_seed"])
        self.g = np.random.default_rng([seed, index, 77])
        self.out_dir = out_dir
        self.name = self.plan["head"]["packet"]
        self.files = []            # dict(name, data, pages=[dict(type, capture, rotation)])
        self.doc_pages = {}        # doc index -> [(file, page)]
        self.bundle = []           # pages for a shared scanner PDF: (img, type, [doc idx], capture)
        self.used = set()
        f = self.plan["facts"]
        as_of = dt.date.fromisoformat(self.plan["head"]["as_of"])
        self.clock = dt.datetime(as_of.year, as_of.month, as_of.day, self.r.choice([9, 12, 19, 20, 21]),
                                 self.r.randint(0, 59)) - dt.timedelta(days=self.r.randint(2, 20))
        self.counter = self.r.randint(1200, 9800)
        self.big_left = 1 if self.r.random() < 0.25 else 0
        self.scanner_session = self.r.random() < 0.3     # several papers fed through one scanner app
        self.facts = dict(f)
        self.facts["birth"] = f["birth"].isoformat()
        self.facts["res_district"] = f["res_district"][1]
        self.facts["print_date"] = (as_of - dt.timedelta(days=self.r.randint(1, 15))).isoformat()
        self.facts["president"] = "".join(self.r.choice("王李张刘陈杨黄赵吴周徐孙") + self.r.choice("建国志明学文宏伟立"))
        self.facts["landlord"] = "".join(self.r.choice("王李张刘陈") + self.r.choice("秀英桂兰建华"))
        self.facts["lease_start"] = (as_of - dt.timedelta(days=400)).isoformat()
        self.facts["lease_end"] = (as_of + dt.timedelta(days=330)).isoformat()
        self.facts["tax_no"] = f"{self.r.randint(10 ** 9, 10 ** 10 - 1)}"
        self.facts["sex"] = f["sex"]

    # -------------------------------------------------------------- naming
    def _tick(self, minutes=(1, 30)):
        self.clock += dt.timedelta(minutes=self.r.randint(*minutes), seconds=self.r.randint(0, 59))
        self.counter += self.r.randint(1, 6)
        return self.clock

    def fname(self, kind, ext, hint=None):
        t = self._tick()
        r = self.r
        ts = t.strftime("%Y%m%d_%H%M%S")
        ms = int(t.timestamp() * 1000) + r.randint(0, 999)
        if kind == "photo":
            c = r.choice(["IMG_{n:04d}", "IMG_{ts}", "PXL_{ts}{ms3:03d}", "{ms}", "IMG{ts}", "IMG_{n:04d}"])
        elif kind == "heic":
            c = "IMG_{n:04d}"
        elif kind == "wechat":
            c = r.choice(["微信图片_{compact}", "mmexport{ms}", "微信图片_{compact}_{k}", "WechatIMG{k2}"])
        elif kind == "screenshot":
            c = r.choice(["Screenshot_{ts}", "Screenshot_{dash}-{ms3:03d}_{app}", "IMG_{n:04d}",
                          "Screenshot_{ts}_{app}", "S{ts6}"])
        elif kind == "scan":
            c = r.choice(["scan{n4:04d}", "SCAN_{ts}_{k:04d}", "扫描全能王 {scdate}", "CamScanner {csdate}", "Doc{k}",
                          "img{ts}", "{human}"])
        elif kind == "fax":
            c = "FAX_{ts}"
        elif kind == "pdf_download":
            c = r.choice(["{human}", "{ms}", "download_{ts}", "{human}({k})"])
        else:
            c = "file_{ts}"
        human = r.choice(self._hints.get(hint) or self._human)
        name = c.format(n=self.counter, ts=ts, ms=ms, ms3=ms % 1000, compact=t.strftime("%Y%m%d%H%M%S"),
                        k=r.randint(1, 40), k2=r.randint(100, 999), dash=t.strftime("%Y-%m-%d-%H-%M-%S"),
                        ts6=t.strftime("%y%m%d-%H%M%S"), n4=r.randint(1, 60),
                        scdate=t.strftime("%Y-%m-%d %H.%M"), csdate=t.strftime("%m-%d-%Y %H.%M"), human=human,
                        app={"tax_record": "个人所得税", "unknown": "手机银行"}.get(hint, "随申办"))
        if ext.lower() in ("jpg", "heic", "png") and name.startswith("IMG_") and r.random() < 0.5 and kind in (
                "photo", "heic", "screenshot"):
            ext = ext.upper()
        full = f"{name}.{ext}"
        k = 1
        while full.lower() in self.used:
            full = f"{name}({k}).{ext}"
            k += 1
        self.used.add(full.lower())
        return full

    _human = ["身份证", "居住证", "户口本", "合同", "材料", "新建文件", "document", "个税", "社保", "学历", "证件",
              "复印件", "扫描件", "资料"]

    _hints = {"tax_record": ["个人所得税纳税记录", "纳税记录", "个税", "中华人民共和国个人所得税纳税记录"],
              "social_insurance_record": ["社保缴费记录", "社保", "上海市社会保险个人缴费情况", "参保缴费"],
              "diploma": ["学历证书电子注册备案表", "学信网备案表", "学历"],
              "labour_contract": ["劳动合同", "合同", "合同扫描件"], "id_card": ["身份证", "身份证复印件", "身份证正反面"],
              "residence_permit": ["居住证", "居住证信息"], "household_register_cover": ["户口本", "户口簿"],
              "collective_hukou_certificate": ["户籍证明", "集体户口证明"]}

    def add_file(self, kind, ext, data, pages, docs):
        """pages: [dict(type, capture, rotation)], docs: per page list of doc idx."""
        name = self.fname(kind, ext, pages[0]["type"] if pages else None)
        self.files.append(dict(name=name, data=data, pages=pages))
        for pno, dl in enumerate(docs, 1):
            for di in dl:
                self.doc_pages.setdefault(di, []).append((name, pno))
        return name

    # ------------------------------------------------------------ captures
    def _mp(self):
        r = self.r
        if self.big_left and r.random() < 0.3:
            self.big_left -= 1
            return r.choice([48, 50])
        return r.choices([8, 12, 13, 16, 24], [0.25, 0.45, 0.08, 0.14, 0.08])[0]

    def photo_file(self, img, t, dl, glare=False, frac=None, allow_turn=True, heic=None, wechat=None, cap="photo",
                   curl=None):
        """A phone photo of a page or card, written as JPG/HEIC (maybe chat-forwarded)."""
        r = self.r
        mp = self._mp()
        ph = C.phone_photo(img, self.g, r, mp=mp, frac=frac, glare=glare, curl=curl)
        if mp >= 24 and r.random() < 0.5:       # the phone saved a smaller image
            ph = ph.resize((ph.width // 2, ph.height // 2), Image.LANCZOS)
        heic = (r.random() < 0.06) if heic is None else heic
        wechat = (r.random() < 0.18) if wechat is None else wechat
        rot = 0
        if heic:
            if max(ph.size) > 4100:
                ph = ph.resize((ph.width * 2 // 3, ph.height * 2 // 3), Image.LANCZOS)
            data = C.heic_bytes(ph, q=r.randint(65, 80))
            return self.add_file("heic", "heic", data, [dict(type=t, capture="photo_heic", rotation=0)], [dl])
        if wechat:
            if allow_turn and r.random() < 0.12:
                rot = r.choice([90, 180, 270])
                ph = C.turn(ph, rot)
            data = C.wechat(ph, r)
            return self.add_file("wechat", "jpg", data, [dict(type=t, capture="wechat_photo", rotation=rot)], [dl])
        orient = 1
        x = r.random()
        if allow_turn and x < 0.25:
            orient = r.choice([6, 6, 8, 3])
        elif allow_turn and x < 0.33:
            rot = r.choice([90, 180, 270])
            ph = C.turn(ph, rot)
        stored = C.orient_for_exif(ph, orient)
        ex = C.make_exif(r, self.clock, orient)
        data = C.jpeg_bytes(stored, q=r.randint(80, 93), exif=ex.tobytes())
        return self.add_file("photo", "jpg", data, [dict(type=t, capture=cap, rotation=rot)], [dl])

    def scan_image(self, img, mode=None, bed_mm=None, dpi=200, cap=None, target=None):
        """A flatbed scan at 150, 200 or 300 dpi of a sheet rendered at dpi."""
        r = self.r
        mode = mode or r.choice(["color", "grey", "color"])
        out = C.scan(img, self.g, r, mode=mode, bed_mm=bed_mm, dpi=dpi)
        target = target or r.choice([150, 200, 200, 300])
        if target != dpi:
            k = target / dpi
            out = out.resize((int(out.width * k), int(out.height * k)), Image.LANCZOS)
        return out, cap or ("scan" if mode == "color" else "scan_grey")

    def scan_file(self, img, t, dl, mode=None, bed_mm=None, dpi=200, fmt_=None):
        r = self.r
        out, cap = self.scan_image(img, mode, bed_mm, dpi)
        rot = 0
        if r.random() < 0.06:
            rot = 180
            out = C.turn(out, 180)
        fmt_ = fmt_ or r.choices(["jpg", "png", "pdf", "bmp"], [0.45, 0.2, 0.27, 0.08])[0]
        if fmt_ == "bmp":                       # an old office scanner driver
            k = 150 / dpi
            small = out.resize((int(out.width * k), int(out.height * k)), Image.LANCZOS).convert("L")
            b = io.BytesIO()
            small.save(b, "BMP")
            data = b.getvalue()
        elif fmt_ == "png":
            b = io.BytesIO()
            out.save(b, "PNG", dpi=(dpi, dpi))
            data = b.getvalue()
        elif fmt_ == "pdf":
            data = C.image_pdf([out], q=r.randint(60, 85), dpi=dpi)
        else:
            data = C.jpeg_bytes(out.convert("RGB") if out.mode != "L" else out, q=r.randint(75, 92))
        return self.add_file("scan", fmt_, data, [dict(type=t, capture=cap, rotation=rot)], [dl])

    def copy_file(self, img, t, dl):
        r = self.r
        out = C.photocopy(img, self.g, r)
        if r.random() < 0.5:
            data = C.image_pdf([out], q=r.randint(55, 75), dpi=200)
            ext = "pdf"
        else:
            data = C.jpeg_bytes(out, q=r.randint(70, 88))
            ext = "jpg"
        return self.add_file("scan", ext, data, [dict(type=t, capture="photocopy", rotation=0)], [dl])

    def multi_page_file(self, imgs, t, dl, how):
        """Several pages into one file: scanner PDF, photocopy PDF or fax TIFF."""
        r = self.r
        caps = []
        out = []
        if how == "fax":
            hdr = f"{self.clock:%Y-%m-%d %H:%M}  FROM:021{r.randint(10000000, 99999999)}"
            for i, im in enumerate(imgs, 1):
                out.append(C.fax(im, self.g, r, hdr, i, fine=r.random() < 0.7))
                caps.append("fax")
            data = C.tiff_bytes(out, "group4", dpi=200)
            return self.add_file("fax", "tif", data, [dict(type=t, capture=c, rotation=0) for c in caps],
                                 [dl] * len(out))
        if how == "copy":
            for im in imgs:
                out.append(C.photocopy(im, self.g, r, fold=r.random() < 0.6))
                caps.append("photocopy")
        else:
            mode = r.choice(["grey", "color"])
            for im in imgs:
                o, c = self.scan_image(im, mode=mode, dpi=200, target=150 if mode == "grey" else 200)
                out.append(o)
                caps.append(c)
        if how == "tiff_grey":
            data = C.tiff_bytes([o.convert("L") for o in out], "tiff_lzw", dpi=150)
            ext = "tif"
        else:
            data = C.image_pdf(out, q=r.randint(55, 80), dpi=150 if out[0].mode == "L" else 200)
            ext = "pdf"
        return self.add_file("scan", ext, data, [dict(type=t, capture=c, rotation=0) for c in caps], [dl] * len(out))

    def screenshot_file(self, img, t, dl, cap="screenshot"):
        r = self.r
        long = img.height / img.width > 2.6
        if r.random() < 0.22:
            data = C.wechat(img, r)
            return self.add_file("wechat", "jpg", data, [dict(type=t, capture="wechat_screenshot", rotation=0)], [dl])
        if r.random() < 0.1:                    # saved from a browser / chat as WebP
            b = io.BytesIO()
            img.save(b, "WEBP", quality=r.randint(75, 90), method=4)
            return self.add_file("screenshot", "webp", b.getvalue(),
                                 [dict(type=t, capture="screenshot_long" if long and cap == "screenshot" else cap,
                                       rotation=0)], [dl])
        if r.random() < 0.5:
            b = io.BytesIO()
            img.save(b, "PNG", optimize=False, compress_level=6)
            return self.add_file("screenshot", "png", b.getvalue(),
                                 [dict(type=t, capture="screenshot_long" if long and cap == "screenshot" else cap,
                                       rotation=0)], [dl])
        data = C.jpeg_bytes(img, q=r.randint(85, 95))
        return self.add_file("screenshot", "jpg", data,
                             [dict(type=t, capture="screenshot_long" if long and cap == "screenshot" else cap,
                                   rotation=0)], [dl])

    def paper(self, img, t, dl, weights=None, bed_mm=None, dpi=200, glare=False):
        """Capture one sheet of paper by a weighted choice."""
        r = self.r
        w = list(weights or [0.55, 0.2, 0.1, 0.05, 0.1])
        if self.scanner_session and w[4] > 0:
            w[4] = 0.55
        how = r.choices(["photo", "scan", "copy", "lowres", "bundle"], w)[0]
        if how == "photo":
            return self.photo_file(img, t, dl, glare=glare)
        if how == "scan":
            return self.scan_file(img, t, dl, bed_mm=bed_mm, dpi=dpi)
        if how == "copy":
            return self.copy_file(img, t, dl)
        if how == "lowres":
            s = 100 / dpi
            small = img.convert("RGB").resize((int(img.width * s), int(img.height * s)), Image.BILINEAR)
            return self.add_file("photo", "jpg", C.jpeg_bytes(small, q=r.randint(55, 75)),
                                 [dict(type=t, capture="lowres", rotation=0)], [dl])
        self.bundle.append((img.convert("RGB"), t, dl))
        return None

    # ------------------------------------------------------------ documents
    def st(self):
        return Style(self.r)

    def build(self):
        docs = self.plan["docs"]
        r = self.r
        done = set()
        order = list(range(len(docs)))
        # shuffle the order in which the applicant photographed things a little
        for i in range(len(order) - 1):
            if r.random() < 0.25:
                order[i], order[i + 1] = order[i + 1], order[i]
        for di in order:
            if di in done:
                continue
            doc = docs[di]
            fn = getattr(self, "do_" + doc["type"])
            extra = fn(di, doc) or []
            done.add(di)
            done.update(extra)
        self.flush_bundle()
        return self.write()

    def flush_bundle(self):
        if not self.bundle:
            return
        r = self.r
        pages = []
        metas = []
        dls = []
        mode = r.choice(["grey", "color"])
        for k, (img, t, dl) in enumerate(self.bundle):
            o, c = self.scan_image(img, mode=mode, dpi=200, target=200)
            pages.append(o)
            metas.append(dict(type=t, capture=c, rotation=0))
            dls.append(dl)
            if self.facts["blank"] and k == 0:
                # the blank back of the first sheet, scanned in duplex
                blank = Image.new("RGB", img.size, (252, 252, 250))
                ob, _ = self.scan_image(blank, mode=mode, dpi=200, target=200)
                pages.append(ob)
                metas.append(dict(type="unknown", capture="blank", rotation=0))
                dls.append([])
        data = C.image_pdf(pages, q=r.randint(55, 80), dpi=200)
        self.add_file("scan", "pdf", data, metas, dls)
        self.bundle = []

    def do_id_card(self, di, doc):
        r = self.r
        st = self.st()
        lay = doc["layout"]
        docs = self.plan["docs"]
        if lay in ("cards", "cards_heic", "front_only") and not (lay == "front_only" and r.random() < 0.4):
            w = r.randint(1000, 1400)
            front = docs_cards.id_front(doc, st, r, w)
            self.photo_file(front, "id_card", [di], glare=True, frac=r.uniform(0.4, 0.75),
                            heic=True if lay == "cards_heic" else None)
            if lay != "front_only":
                back = docs_cards.id_back(doc, st, r, w)
                self.photo_file(back, "id_card", [di], glare=True, frac=r.uniform(0.4, 0.75))
            return []
        # an A4 copy: faces side by side or stacked, maybe with the residence-permit card
        pg = Page(210, 297, dpi=200)
        cw = int(pg.px(85.6))
        f = docs_cards.id_front(doc, st, r, cw).convert("RGB")
        b = None if lay == "front_only" else docs_cards.id_back(doc, st, r, cw).convert("RGB")
        extra = []
        cards = [f] + ([b] if b else [])
        if lay == "a4_with_permit":
            pi = next(i for i, d in enumerate(docs) if d["type"] == "residence_permit")
            cards.append(docs_cards.permit_card(docs[pi], st, r, cw).convert("RGB"))
            extra = [pi]
        stacked = r.random() < 0.6 or len(cards) == 3
        for k, c in enumerate(cards):
            if stacked:
                x, y = int(pg.px(62)), int(pg.px(28 + k * 80))
            else:
                x, y = int(pg.px(14 + k * 96)), int(pg.px(60))
            pg.img.paste(c, (x, y))
            pg.d.rectangle([x, y, x + c.width, y + c.height], outline=(150, 150, 150), width=1)
        if r.random() < 0.45:
            watermark(pg, "仅供居住证积分使用，他用无效", st["hei"], r, alpha=0.3)
        dl = [di] + extra
        self.paper(pg.img, "id_card", dl, weights=[0.35, 0.25, 0.25, 0.0, 0.15])
        if extra:
            # the residence permit of a card+info packet also has its information page
            pdoc = docs[extra[0]]
            if pdoc["layout"] == "card_plus_info":
                img = docs_misc.permit_info(pdoc, st, r, 200, self.facts)
                self.paper(img, "residence_permit", [extra[0]])
        return extra

    def do_residence_permit(self, di, doc):
        r = self.r
        st = self.st()
        lay = doc["layout"]
        if lay == "app_screen":
            self.screenshot_file(screens.permit_app(doc, self.facts, r), "residence_permit", [di])
        elif lay == "web_monitor":
            img = screens.permit_web(doc, self.facts, r)
            ph = C.monitor_photo(img, self.g, r, mp=r.choice([8, 12, 12, 16]))
            if r.random() < 0.3:
                self.add_file("wechat", "jpg", C.wechat(ph, r),
                              [dict(type="residence_permit", capture="monitor_photo_wechat", rotation=0)], [[di]])
            else:
                ex = C.make_exif(r, self.clock, 1)
                self.add_file("photo", "jpg", C.jpeg_bytes(ph, q=r.randint(82, 92), exif=ex.tobytes()),
                              [dict(type="residence_permit", capture="monitor_photo", rotation=0)], [[di]])
        elif lay in ("card", "card_plus_info"):
            w = r.randint(1000, 1400)
            card = docs_cards.permit_card(doc, st, r, w)
            self.photo_file(card, "residence_permit", [di], glare=True, frac=r.uniform(0.4, 0.75))
            if r.random() < 0.4:
                self.photo_file(docs_cards.permit_card_back(doc, st, r, w), "residence_permit", [di], glare=True,
                                frac=r.uniform(0.4, 0.7))
            if lay == "card_plus_info":
                self.paper(docs_misc.permit_info(doc, st, r, 200, self.facts), "residence_permit", [di])
        else:
            img = docs_misc.permit_info(doc, st, r, 200, self.facts)
            self.paper(img, "residence_permit", [di])
        return []

    def do_household_register_cover(self, di, doc):
        r = self.r
        st = self.st()
        docs = self.plan["docs"]
        mi = next((i for i, d in enumerate(docs) if d["type"] == "household_register_member"), None)
        how = doc["opts"].get("capture", "separate")
        cover = docs_hukou.cover(doc, st, r, 220)
        if mi is None or how == "separate":
            self.paper(cover, "household_register_cover", [di], weights=[0.6, 0.2, 0.1, 0.0, 0.1])
            return []
        member = docs_hukou.member(docs[mi], st, r, 220)
        if how == "booklet_open":
            W = cover.width * 2 + 40
            H = cover.height + 40
            spread = Image.new("RGB", (W, H), (120, 40, 40))
            spread.paste(cover, (20, 20))
            spread.paste(member, (cover.width + 20, 20))
            a = np.asarray(spread, np.float32)
            xs = np.arange(W, dtype=np.float32)
            fold = 1 - 0.35 * np.exp(-((xs - W / 2) ** 2) / (2 * (W * 0.012) ** 2))
            spread = Image.fromarray(np.clip(a * fold[None, :, None], 0, 255).astype(np.uint8))
            self.photo_file(spread, "household_register_cover", [di, mi], curl=r.uniform(0.8, 1.8))
        else:  # a4_combo
            pg = Page(210, 297, dpi=220)
            pg.img.paste(cover, (int(pg.px(52)), int(pg.px(4))))
            pg.img.paste(member, (int(pg.px(52)), int(pg.px(150))))
            if r.random() < 0.4:
                watermark(pg, "仅供居住证积分使用，他用无效", st["hei"], r, alpha=0.3)
            self.paper(pg.img, "household_register_cover", [di, mi], weights=[0.3, 0.3, 0.3, 0.0, 0.1], dpi=220)
        return [mi]

    def do_household_register_member(self, di, doc):
        st = self.st()
        img = docs_hukou.member(doc, st, self.r, 220)
        self.paper(img, "household_register_member", [di], weights=[0.6, 0.2, 0.1, 0.0, 0.1])
        return []

    def do_collective_hukou_certificate(self, di, doc):
        st = self.st()
        img = docs_hukou.collective(doc, st, self.r, 200)
        self.paper(img, "collective_hukou_certificate", [di])
        return []

    def do_labour_contract(self, di, doc):
        r = self.r
        st = self.st()
        pages = docs_contract.render(doc, st, r, 200, self.facts)
        if doc["opts"].get("term_page_missing"):
            pages = [p for k, p in enumerate(pages) if k != 1]
        how = r.choices(["photos", "scan_pdf", "fax", "copy", "tiff_grey", "bundle"],
                        [0.42, 0.18, 0.1, 0.1, 0.06, 0.6 if self.scanner_session else 0.14])[0]
        if self.facts["blank"]:
            how = "bundle"
        if how == "photos":
            wechat_all = r.random() < 0.25
            for p in pages:
                self.photo_file(p, "labour_contract", [di], wechat=wechat_all or None, heic=False if wechat_all else None)
        elif how == "bundle":
            for p in pages:
                self.bundle.append((p, "labour_contract", [di]))
        else:
            self.multi_page_file(pages, "labour_contract", [di], how)
        return []

    def do_tax_record(self, di, doc):
        r = self.r
        lay = doc["layout"]
        if lay == "income_detail_app":
            self.screenshot_file(screens.tax_app(doc, self.facts, r), "tax_record", [di])
            return []
        if lay == "wanshui_old":
            st = self.st()
            imgs = docs_misc.tax_old(doc, st, r, 200, self.facts)
            for im in imgs:
                self.paper(im, "tax_record", [di], weights=[0.5, 0.35, 0.15, 0, 0])
            return []
        engine = {"national_rl": "rl", "national_fpdf": "fpdf", "national_html": "html",
                  "national_html_agentcol": "html_agentcol", "national_rl_photo": "rl"}[lay]
        data = pdfs.tax_record(doc, self.facts, r, engine)
        if lay == "national_rl_photo":
            for im in _rasterize(data, 200):
                self.photo_file(im, "tax_record", [di], allow_turn=r.random() < 0.5)
            return []
        if engine.startswith("html") and r.random() < 0.4:
            # the PDF open in a browser tab, photographed off the monitor page by page
            for im in _rasterize(data, r.choice([110, 120, 130])):
                W, H = r.choice([(1920, 1200), (1920, 1080), (1680, 1050)])
                view = Image.new("RGB", (W, H), (82, 86, 89))
                bar = Image.new("RGB", (W, 40), (50, 54, 57))
                view.paste(bar, (0, 0))
                s = (H - 56) / im.height                      # the whole page fits on the screen
                pim = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
                view.paste(pim, ((W - pim.width) // 2, 48))
                ph = C.monitor_photo(view, self.g, r, mp=r.choice([16, 24]))
                ex = C.make_exif(r, self.clock, 1)
                self.add_file("photo", "jpg", C.jpeg_bytes(ph, q=r.randint(84, 93), exif=ex.tobytes()),
                              [dict(type="tax_record", capture="monitor_photo", rotation=0)], [[di]])
            return []
        n = _pdf_pages(data)
        self.add_file("pdf_download", "pdf", data, [dict(type="tax_record", capture="text_pdf", rotation=0)] * n,
                      [[di]] * n)
        return []

    def do_social_insurance_record(self, di, doc):
        r = self.r
        lay = doc["layout"]
        if lay == "si_app":
            self.screenshot_file(screens.si_app(doc, self.facts, r), "social_insurance_record", [di])
            return []
        engine = {"sh_personal": "rl", "equity_record": "fpdf", "backpay_section": r.choice(["fpdf", "html"]),
                  "range_rows": "html"}[lay]
        data = pdfs.si_record(doc, self.facts, r, engine)
        if r.random() < 0.3:
            for im in _rasterize(data, 200):
                self.paper(im, "social_insurance_record", [di], weights=[0.7, 0.3, 0, 0, 0])
            return []
        n = _pdf_pages(data)
        self.add_file("pdf_download", "pdf", data,
                      [dict(type="social_insurance_record", capture="text_pdf", rotation=0)] * n, [[di]] * n)
        return []

    def do_diploma(self, di, doc):
        r = self.r
        if doc["layout"] == "xuexin":
            data = pdfs.xuexin(doc, self.facts, r)
            if r.random() < 0.3:
                for im in _rasterize(data, 200):
                    self.photo_file(im, "diploma", [di])
                return []
            n = _pdf_pages(data)
            self.add_file("pdf_download", "pdf", data, [dict(type="diploma", capture="text_pdf", rotation=0)] * n,
                          [[di]] * n)
            return []
        img = docs_edu.diploma(doc, self.st(), r, 200, self.facts)
        self.paper(img, "diploma", [di], weights=[0.6, 0.25, 0.1, 0.05, 0.0])
        return []

    def do_degree_certificate(self, di, doc):
        img = docs_edu.degree(doc, self.st(), self.r, 200, self.facts)
        self.paper(img, "degree_certificate", [di], weights=[0.6, 0.25, 0.1, 0.05, 0.0])
        return []

    def do_marriage_certificate(self, di, doc):
        img = docs_cards.marriage_open(doc, self.st(), self.r, 220)
        self.photo_file(img, "marriage_certificate", [di], curl=self.r.uniform(0.6, 1.5))
        return []

    def do_unknown(self, di, doc):
        r = self.r
        st = self.st()
        lay = doc["layout"]
        if lay == "receipt":
            self.photo_file(docs_misc.receipt(r, st, 200, self.facts), "unknown", [di], frac=r.uniform(0.5, 0.8))
        elif lay == "rental":
            self.paper(docs_misc.rental(r, st, 200, self.facts), "unknown", [di], weights=[0.5, 0.5, 0, 0, 0])
        else:
            img = docs_misc.bank_slip(r, st, 200, self.facts)
            self.screenshot_file(img, "unknown", [di], cap="screenshot")
        return []

    # --------------------------------------------------------------- output
    def write(self):
        head = self.plan["head"]
        pdir = os.path.join(self.out_dir, self.name)
        os.makedirs(pdir, exist_ok=True)
        pages = []
        for f in self.files:
            with open(os.path.join(pdir, f["name"]), "wb") as fh:
                fh.write(f["data"])
            for k, p in enumerate(f["pages"], 1):
                pages.append(dict(file=f["name"], page=k, type=p["type"], capture=p["capture"],
                                  rotation=p["rotation"]))
        documents = []
        for di, d in enumerate(self.plan["docs"]):
            rows = []
            for row in d["rows"]:
                keys = ROW_FIELDS[d["type"]]
                rows.append({k: row[k] for k in keys})
            documents.append(dict(type=d["type"], layout=d["layout"],
                                  pages=[dict(file=a, page=b) for a, b in self.doc_pages.get(di, [])],
                                  fields=d["fields"], rows=rows))
        truth = dict(packet=head["packet"], as_of=head["as_of"], application=head["application"],
                     defects=head["defects"], expected_rules=head["expected_rules"], verdict=head["verdict"],
                     points=None, pages=pages, documents=documents)
        from .rules import derive
        der = derive(truth)
        truth["points"] = der["points"]
        if der["expected_rules"] != head["expected_rules"] or der["verdict"] != head["verdict"]:
            raise AssertionError(f"{self.name}: planted {head['expected_rules']} but truth gives {der['expected_rules']}")
        with open(os.path.join(self.out_dir, self.name + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
        return truth


def build_packet(seed, index, count, out_dir):
    b = Builder(seed, index, count, out_dir)
    return b.build()
