"""Assemble one packet: render documents, choose captures, write files and truth."""
import datetime as dt
import io
import json
import os
import random

from PIL import Image

from . import model as M
from . import layouts_a as LA
from . import layouts_b as LB
from . import capture as C
from .draw import Page, raster, to_pdf
from . import data as DATA

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
except Exception:  # pragma: no cover
    pillow_heif = None

SMALL_FONT = {"tax_record", "social_insurance_record", "labour_contract"}


class Namer:
    def __init__(self, rng, as_of):
        self.rng, self.as_of, self.used = rng, as_of, set()
        self.n = rng.randint(1000, 9000)

    def __call__(self, ext, hint=""):
        r = self.rng
        for _ in range(100):
            self.n += r.randint(1, 7)
            d = self.as_of - dt.timedelta(days=r.randint(0, 40))
            stamp = f"{d.year}{d.month:02d}{d.day:02d}{r.randint(8, 22):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
            choices = [f"IMG_{self.n}.{ext}", f"微信图片_{stamp}.{ext}", f"IMG_{stamp[:8]}_{stamp[8:]}.{ext}",
                       f"mmexport{1790000000000 + r.randint(0, 10**10)}.{ext}", f"{r.randint(1, 9)}.{ext}",
                       f"身份证.{ext}", f"合同.{ext}", f"户口本.{ext}", f"scan{self.n % 10000:04d}.{ext}",
                       f"扫描件{r.randint(1, 20)}.{ext}", f"document({r.randint(1, 9)}).{ext}", f"新建文件{r.randint(1, 99)}.{ext}",
                       f"材料{r.randint(1, 30)}.{ext}", f"DSC{self.n:05d}.{ext}", f"CamScanner {d.month:02d}-{d.day:02d}-{d.year} {r.randint(8, 22)}.{r.randint(10, 59)}.{ext}",
                       f"积分材料_{r.randint(1, 12)}.{ext}"]
            if hint == "screen":
                choices += [f"Screenshot_{stamp[:8]}-{stamp[8:]}.{ext}", f"Screenshot_{stamp[:8]}_{stamp[8:]}_com.tencent.mm.{ext}",
                            f"截图_{stamp}.{ext}"]
            name = r.choice(choices)
            if name.lower() not in self.used:
                self.used.add(name.lower())
                return name
        raise RuntimeError("names")


def _save_image(img, path, fmt, rng, exif_orient=None, dpi=None):
    if fmt == "jpg":
        kw = dict(quality=rng.randint(82, 93))
        if exif_orient:
            ex = Image.Exif()
            ex[0x0112] = exif_orient
            ex[0x010F] = rng.choice(["Apple", "HUAWEI", "Xiaomi", "OPPO", "vivo"])
            kw["exif"] = ex.tobytes()
        if dpi:
            kw["dpi"] = (dpi, dpi)
        img.convert("RGB" if img.mode not in ("L",) else "L").save(path, "JPEG", **kw)
    elif fmt == "png":
        img.save(path, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=rng.randint(70, 88))
    elif fmt == "heic":
        img.convert("RGB").save(path, "HEIF", quality=rng.randint(70, 88), enc_params={"preset": "ultrafast"})
    else:
        raise ValueError(fmt)


class Builder:
    def __init__(self, out_dir, plan, rng):
        self.out, self.plan, self.rng = out_dir, plan, rng
        self.P = plan["person"]
        self.name = Namer(rng, plan["as_of"])
        self.pages = []      # truth page entries
        self.docpages = {}   # doc index -> [(file, page)]
        self.layouts = {}
        os.makedirs(out_dir, exist_ok=True)

    # -------------------------------------------------------------- helpers
    def _reg(self, fname, pageno, types_docs, capture, rotation):
        """types_docs: list of (type, doc_idx or None)"""
        seen = set()
        for t, di in types_docs:
            if t not in seen:
                self.pages.append(dict(file=fname, page=pageno, type=t, capture=capture, rotation=rotation))
                seen.add(t)
            if di is not None:
                self.docpages.setdefault(di, []).append(dict(file=fname, page=pageno))

    def _rot(self, img, deg):
        """turn content clockwise by deg"""
        return img.rotate(-deg, expand=True) if deg else img

    def capture_img(self, page, capture, kind="a4", src_dpi=None):
        """rasterise and apply a capture; returns (PIL image, dpi)"""
        r = self.rng
        if capture in ("photo", "photo_exif", "chat", "photo_rot"):
            dpi = 600 if kind == "card" else 250
            img = raster(page, dpi)
            if r.random() < 0.15 and kind != "card":
                img = C.watermark(img, r)
            img = C.photo(img, r, card=(kind == "card"))
            if capture == "chat":
                img = C.chat(img, r)
            return img, None
        if capture in ("screenshot", "screenshot_chat"):
            img = raster(page, 254)  # 108 mm -> 1080 px
            if capture == "screenshot_chat":
                img = C.chat(img, r)
            return img, None
        if capture == "clean":
            dpi = 300 if kind == "card" else 200
            return raster(page, dpi), dpi
        if capture in ("scan", "scan_grey"):
            dpi = src_dpi or r.choice([150, 200, 300] if kind != "card" else [300, 400])
            img = raster(page, dpi)
            if r.random() < 0.2:
                img = C.watermark(img, r)
            return C.scan(img, r, grey=capture == "scan_grey"), dpi
        if capture == "scan_bw":
            dpi = 300 if kind != "card" else 400
            return C.bilevel(raster(page, dpi), r), dpi
        if capture == "photocopy":
            dpi = r.choice([150, 200])
            img = raster(page, dpi)
            if r.random() < 0.35:
                img = C.watermark(img, r)
            return C.photocopy(img, r), dpi
        if capture == "lowres":
            dpi = 200
            img = raster(page, dpi)
            tgt = r.randint(96, 112) if kind in ("a4big",) else r.randint(130, 150)
            return C.lowres(img, r, dpi, tgt), tgt
        raise ValueError(capture)

    def write_image(self, page, types_docs, capture, kind="a4", fmt=None, rotation=0, hint=""):
        r = self.rng
        img, dpi = self.capture_img(page, capture, kind)
        exif = None
        if capture == "photo_exif":
            exif = r.choice([6, 8, 3])
            img = img.rotate({6: 90, 8: -90, 3: 180}[exif], expand=True)
            fmt = "jpg"
        if rotation:
            img = self._rot(img, rotation)
        if fmt is None:
            if capture in ("photo", "photo_rot"):
                fmt = r.choice(["jpg", "jpg", "jpg", "heic"])
            elif capture == "chat":
                fmt = "jpg"
            elif capture == "screenshot":
                fmt = r.choice(["png", "png", "jpg"])
            elif capture == "scan_bw":
                fmt = "tiff"
            else:
                fmt = r.choice(["jpg", "jpg", "png", "webp", "tiff"])
        fname = self.name(fmt, hint)
        path = os.path.join(self.out, fname)
        if fmt == "tiff":
            comp = "group4" if img.mode == "1" else r.choice(["tiff_lzw", "tiff_deflate"])
            img.save(path, "TIFF", compression=comp, **({"dpi": (dpi, dpi)} if dpi else {}))
        else:
            _save_image(img, path, fmt, r, exif_orient=exif, dpi=dpi)
        self._reg(fname, 1, types_docs, capture, rotation)
        return fname

    def write_multi(self, items, capture, fmt="pdf", kind="a4"):
        """items: [(page, types_docs, rotation)] -> one multi-page image PDF or TIFF"""
        r = self.rng
        imgs = []
        dpi0 = r.choice([150, 200, 300]) if capture != "scan_bw" else 300
        for page, td, rot in items:
            if page is None:  # blank back page
                img = Image.new("RGB", (int(210 / 25.4 * dpi0), int(297 / 25.4 * dpi0)), (255, 255, 255))
                img = C.scan(img, r, grey=capture == "scan_grey") if capture != "scan_bw" else img.convert("1")
            else:
                if capture in ("scan", "scan_grey"):
                    img, _ = self.capture_img(page, capture, kind, src_dpi=dpi0)
                else:
                    img, _ = self.capture_img(page, capture, kind)
            if rot:
                img = self._rot(img, rot)
            imgs.append(img)
        fname = self.name(fmt)
        path = os.path.join(self.out, fname)
        if fmt == "pdf":
            conv = [im.convert("RGB") if im.mode not in ("L", "RGB") else im for im in imgs]
            conv[0].save(path, "PDF", save_all=True, append_images=conv[1:], resolution=float(dpi0))
        else:
            if capture == "scan_bw":
                imgs = [im.convert("1") for im in imgs]
                imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="group4", dpi=(dpi0, dpi0))
            else:
                imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="tiff_lzw", dpi=(dpi0, dpi0))
        for i, (page, td, rot) in enumerate(items):
            self._reg(fname, i + 1, td if page is not None else [("unknown", None)], capture, rot)
        return fname

    def write_text_pdf(self, pages, td_per_page, shuffle=True):
        fname = self.name("pdf")
        to_pdf(pages, os.path.join(self.out, fname), shuffle_rng=self.rng if shuffle and self.rng.random() < 0.6 else None)
        for i, td in enumerate(td_per_page):
            self._reg(fname, i + 1, td, "text_pdf", 0)
        return fname


def pick_capture(rng, kind, small=False, allow=None):
    opts = {"photo": 4, "photo_exif": 1, "photo_rot": 1, "chat": 2, "scan": 3, "scan_grey": 1, "photocopy": 2, "clean": 1, "lowres": 1}
    if small:
        opts.pop("chat"); opts.pop("lowres")
    if allow:
        opts = {k: v for k, v in opts.items() if k in allow}
    ks = list(opts)
    return rng.choices(ks, [opts[k] for k in ks])[0]


def rot_for(rng, capture):
    if capture == "photo_rot":
        return rng.choice([90, 180, 270])
    if capture in ("scan", "scan_grey", "photocopy") and rng.random() < 0.08:
        return 180
    return 0


def build(out_root, plan, seed):
    rng = random.Random(seed)
    truth = plan["truth"]
    pdir = os.path.join(out_root, truth["packet"])
    B = Builder(pdir, plan, rng)
    P = B.P
    as_of = plan["as_of"]
    docs = plan["docs"]
    # extra person facts used in rendering
    P["printed"] = as_of - dt.timedelta(days=rng.randint(0, 12))
    P["clerk"] = M.pick_name(rng, rng.random() < 0.5)
    P["legal_rep"] = M.pick_name(rng, rng.random() < 0.7)
    P["president"] = M.pick_name(rng, True)
    P["co_addr"] = M.sh_address(rng)[0].replace("室", "室") if rng.random() < 0.5 else M.sh_address(rng)[0]
    P["cert_no"] = f"{rng.randint(10000, 19999)}{rng.randint(10**12, 10**13 - 1)}"
    P["cert_no2"] = f"{rng.randint(10000, 19999)}{rng.randint(10**11, 10**12 - 1)}"
    P["issue_year"] = as_of.year
    idx = {t: [i for i, d in enumerate(docs) if d["type"] == t] for t in {d["type"] for d in docs}}
    get = lambda t: idx.get(t, [])
    layouts = {}
    jobs = []  # deferred writers so file order is shuffled
    J = lambda fn, *a, **k: jobs.append((fn, a, k))

    # ------------------------------------------------ id card (+ permit card)
    idc = get("id_card")[0]
    idd = docs[idc]
    style = {"lab": rng.choice(["sans", "wqy", "zenhei"]), "val": rng.choice(["sans", "zenhei", "wqy"])}
    front = LA.id_front(idd["fields"], rng, style)
    back = None if idd.get("front_only") else LA.id_back(idd["fields"], rng, style)
    prm = get("residence_permit")
    prm_i = prm[0] if prm else None
    prm_card_on_copy = False
    mode = rng.choice(["photos", "a4_copy", "a4_copy", "scan_cards"])
    if idd.get("front_only"):
        mode = rng.choice(["front_photo", "front_copy"])
    layouts[idc] = {"photos": "two_card_photos", "a4_copy": "a4_copy_both_sides", "scan_cards": "flatbed_both_sides",
                    "front_photo": "front_only_photo", "front_copy": "front_only_copy"}[mode]
    if mode == "photos":
        for pg in (front, back):
            cap = rng.choice(["photo", "photo", "photo_exif", "chat", "photo_rot"])
            J(B.write_image, pg, [("id_card", idc)], cap, "card", rotation=rot_for(rng, cap))
    elif mode in ("a4_copy", "scan_cards", "front_copy"):
        a4 = Page()
        sc = rng.uniform(1.0, 1.35)
        cw, ch = 85.6 * sc, 54 * sc
        td = [("id_card", idc)]
        if mode == "front_copy":
            a4.embed(front, 105 - cw / 2, 30, sc)
        elif rng.random() < 0.5 or mode == "scan_cards":
            a4.embed(front, 105 - cw / 2, 25, sc)
            a4.embed(back, 105 - cw / 2, 25 + ch + 12, sc)
            if prm_i is not None and rng.random() < 0.5:
                pc = LA.permit_card_front(docs[prm_i]["fields"], dict(P, police=docs[prm_i]["police"]), rng)
                a4.embed(pc, 105 - cw / 2, 25 + 2 * ch + 24, sc)
                td.append(("residence_permit", prm_i))
                prm_card_on_copy = True
        else:
            sc = rng.uniform(0.9, 1.02)
            cw, ch = 85.6 * sc, 54 * sc
            a4.embed(front, 12, 30, sc)
            a4.embed(back, 210 - 12 - cw, 30, sc)
            if prm_i is not None and rng.random() < 0.5:
                pc = LA.permit_card_front(docs[prm_i]["fields"], dict(P, police=docs[prm_i]["police"]), rng)
                a4.embed(pc, 12, 30 + ch + 15, sc)
                td.append(("residence_permit", prm_i))
                prm_card_on_copy = True
        if mode == "scan_cards":
            cap = rng.choice(["scan", "scan_grey"])
        else:
            cap = rng.choice(["photocopy", "photocopy", "scan", "scan_bw", "clean", "photo"])
        if cap == "photo":
            J(B.write_image, a4, td, "photo", "a4")
        elif cap == "scan_bw":
            J(B.write_multi, [(a4, td, 0)], "scan_bw", fmt="tiff")
        else:
            fmt = rng.choice(["jpg", "png", "pdf", "jpg"])
            if fmt == "pdf":
                J(B.write_multi, [(a4, td, 0)], cap)
            else:
                J(B.write_image, a4, td, cap, "a4", fmt=fmt)
    else:  # front_photo
        cap = rng.choice(["photo", "chat"])
        J(B.write_image, front, [("id_card", idc)], cap, "card")

    # ---------------------------------------------------- residence permit
    if prm_i is not None:
        pd = docs[prm_i]
        PP = dict(P, police=pd["police"])
        v = rng.choice(["grid2", "grid4", "list", "app", "app"])
        layouts[prm_i] = "app_screenshot" if v == "app" else "info_" + v
        if prm_card_on_copy:
            layouts[prm_i] = "card_on_copy+" + layouts[prm_i]
        if v == "app":
            pg = LA.permit_app(pd["fields"], PP, rng)
            cap = rng.choice(["screenshot", "screenshot", "screenshot_chat"])
            J(B.write_image, pg, [("residence_permit", prm_i)], cap, "screen", hint="screen",
              fmt="jpg" if cap == "screenshot_chat" else None)
        else:
            pg = LA.permit_info(pd["fields"], PP, rng, v)
            cap = pick_capture(rng, "a4")
            J(B.write_image, pg, [("residence_permit", prm_i)], cap, "a4big", rotation=rot_for(rng, cap))
        if not prm_card_on_copy and rng.random() < 0.3:
            layouts[prm_i] = "card_photo+" + layouts[prm_i]
            cf = LA.permit_card_front(pd["fields"], PP, rng)
            cb = LA.permit_card_back(pd["fields"], PP, rng)
            capc = rng.choice(["photo", "chat"])
            J(B.write_image, cf, [("residence_permit", prm_i)], capc, "card")
            if rng.random() < 0.6:
                J(B.write_image, cb, [("residence_permit", prm_i)], capc, "card")

    # ------------------------------------------------------------- hukou
    cov, mem = get("household_register_cover"), get("household_register_member")
    if cov:
        ci = cov[0]
        cd = docs[ci]
        cpg = LA.hukou_cover(cd["fields"], P, rng, cd["station"])
        mi = mem[0] if mem else None
        mpg = LA.hukou_member(docs[mi]["fields"], P, rng, hand=rng.random() < 0.6) if mi is not None else None
        hm = rng.choice(["open_booklet", "a4_copy", "separate", "scanner_pdf"])
        if plan["blank_page"]:
            hm = "scanner_pdf"
        if mi is None:
            hm = rng.choice(["separate", "scanner_pdf"])
        layouts[ci] = "booklet_cover/" + hm
        if mi is not None:
            layouts[mi] = "register_card_" + ("hand" if any(o[0] == "text" and o[5] in ("wenkai", "ukai", "kai") for o in mpg.ops) else "typed") + "/" + hm
        if hm == "open_booklet":
            op = Page(262, 185, bg=(120, 40, 35))
            op.embed(cpg, 4, 5)
            op.embed(mpg, 133, 5)
            cap = rng.choice(["photo", "photo", "chat", "photo_exif"])
            J(B.write_image, op, [("household_register_cover", ci), ("household_register_member", mi)], cap, "a4")
        elif hm == "a4_copy":
            a4 = Page()
            a4.embed(cpg, 42.5, 8, 1.0)
            a4.embed(mpg, 42.5, 8 + 175 + 3, 0.62) if False else None
            a4 = Page(210, 297)
            s = 0.8
            a4.embed(cpg, 105 - 125 * s / 2, 6, s)
            a4.embed(mpg, 105 - 125 * s / 2, 6 + 175 * s + 4, s)
            cap = rng.choice(["photocopy", "scan", "scan_grey", "clean"])
            J(B.write_image, a4, [("household_register_cover", ci), ("household_register_member", mi)], cap, "a4")
        elif hm == "separate":
            for pg, t, i in ((cpg, "household_register_cover", ci), (mpg, "household_register_member", mi)):
                if pg is None:
                    continue
                cap = pick_capture(rng, "book")
                J(B.write_image, pg, [(t, i)], cap, "book", rotation=rot_for(rng, cap))
        else:
            items = [(cpg, [("household_register_cover", ci)], 0)]
            if plan["blank_page"]:
                items.append((None, None, 0))
            if mpg is not None:
                items.append((mpg, [("household_register_member", mi)], 0))
            cap = rng.choice(["scan", "scan_grey", "scan_bw"])
            J(B.write_multi, items, cap, fmt="tiff" if cap == "scan_bw" else "pdf", kind="book")
    elif plan["blank_page"]:
        J(B.write_multi, [(None, None, 0)], "scan")
    for ci in get("collective_hukou_certificate"):
        cd = docs[ci]
        pg = LA.collective(cd["fields"], P, rng, M.issuing_authority(P["reg"]), cd["station"])
        layouts[ci] = "huji_zhengming_letter"
        cap = pick_capture(rng, "a4")
        J(B.write_image, pg, [("collective_hukou_certificate", ci)], cap, "a4big", rotation=rot_for(rng, cap))

    # ------------------------------------------------------------ contract
    for ci in get("labour_contract"):
        d = docs[ci]
        if d.get("renewal_of"):
            lay, pages = LB.renewal_contract(d, P, rng)
        else:
            lay, pages = LB.contract(d, P, rng)
        layouts[ci] = lay
        td = [("labour_contract", ci)]
        cm = rng.choice(["scan_pdf", "scan_pdf", "photos", "tiff_bw", "text_pdf"]) if len(pages) > 1 else rng.choice(["photo", "scan_pdf"])
        if cm == "scan_pdf":
            cap = rng.choice(["scan", "scan_grey", "photocopy"])
            items = [(pg, td, 180 if rng.random() < 0.06 else 0) for pg in pages]
            J(B.write_multi, items, cap)
        elif cm == "tiff_bw":
            items = [(pg, td, 0) for pg in pages]
            J(B.write_multi, items, "scan_bw", fmt="tiff")
        elif cm == "text_pdf":
            J(B.write_text_pdf, pages, [td] * len(pages), shuffle=False)
        else:
            for pg in pages:
                cap = rng.choice(["photo", "photo", "photo_exif", "photo_rot", "scan"])
                J(B.write_image, pg, td, cap, "a4", rotation=rot_for(rng, cap))

    # ---------------------------------------------------------------- tax
    for ti in get("tax_record"):
        d = docs[ti]
        td = [("tax_record", ti)]
        tm = rng.choice(["text_pdf", "text_pdf", "text_pdf", "printed", "app", "old"])
        if tm == "text_pdf":
            lay, pages = LB.tax_national(d, P, rng, for_pdf=True)
            J(B.write_text_pdf, pages, [td] * len(pages))
        elif tm == "printed":
            lay, pages = LB.tax_national(d, P, rng, for_pdf=False)
            lay += "_printed"
            cap = rng.choice(["photo", "scan", "scan_grey", "photocopy"])
            if cap == "photo":
                for pg in pages:
                    J(B.write_image, pg, td, "photo", "a4")
            else:
                items = [(pg, td, 0) for pg in pages]
                J(B.write_multi, items, cap)
        elif tm == "app":
            lay, pages = LB.tax_app(d, P, rng)
            d["fields"].pop("issue_date", None)
            d["fields"].pop("id_number", None)
            for pg in pages:
                cap = rng.choice(["screenshot", "screenshot", "screenshot_chat"])
                J(B.write_image, pg, td, cap, "screen", hint="screen", fmt="jpg" if cap == "screenshot_chat" else None)
        else:
            lay, pages = LB.tax_old(d, P, rng)
            d["rows"] = d.pop("_shown_rows")
            cap = rng.choice(["scan", "photo", "photocopy"])
            J(B.write_image, pages[0], td, cap, "a4")
        layouts[ti] = lay

    # ---------------------------------------------------------------- SI
    for si in get("social_insurance_record"):
        d = docs[si]
        td = [("social_insurance_record", si)]
        sm = rng.choice(["text_pdf", "text_pdf", "photo", "scan"])
        lay, pages = LB.si_record(d, P, rng, for_pdf=(sm == "text_pdf"))
        layouts[si] = lay
        if sm == "text_pdf":
            J(B.write_text_pdf, pages, [td] * len(pages))
        elif sm == "photo":
            for pg in pages:
                cap = rng.choice(["photo", "photo_exif"])
                J(B.write_image, pg, td, cap, "a4")
        else:
            items = [(pg, td, 0) for pg in pages]
            cap = rng.choice(["scan", "scan_grey"])
            J(B.write_multi, items, cap, fmt=rng.choice(["pdf", "pdf", "tiff"]))

    # --------------------------------------------------------- education
    for t in ("diploma", "degree_certificate"):
        for ei in get(t):
            d = docs[ei]
            td = [(t, ei)]
            if d.get("xuexin"):
                lay, pages = LB.xuexin(d, P, rng)
                if rng.random() < 0.75:
                    J(B.write_text_pdf, pages, [td])
                else:
                    J(B.write_image, pages[0], td, "photo", "a4")
            else:
                lay, pages = (LB.diploma if t == "diploma" else LB.degree)(d, P, rng)
                cap = pick_capture(rng, "cert")
                fmt = rng.choice([None, None, "webp", "heic"]) if cap not in ("photo_exif", "chat") else None
                J(B.write_image, pages[0], td, cap, "a4", fmt=fmt, rotation=rot_for(rng, cap))
            layouts[ei] = lay

    # ---------------------------------------------------------- marriage
    for mi_ in get("marriage_certificate"):
        d = docs[mi_]
        pg = LA.marriage(d["fields"], P, rng, d)
        layouts[mi_] = "inner_pages_open"
        cap = rng.choice(["photo", "photo", "scan", "chat", "photocopy"])
        J(B.write_image, pg, [("marriage_certificate", mi_)], cap, "a4")

    # ----------------------------------------------------------- unknown
    if rng.random() < 0.45:
        fn = rng.choice([LB.receipt, LB.rental, LB.bank_slip])
        lay, pages = fn(P, rng)
        cap = rng.choice(["photo", "scan", "clean", "chat"])
        J(B.write_image, pages[0], [("unknown", None)], cap, "a4")

    rng.shuffle(jobs)
    for fn, a, k in jobs:
        fn(*a, **k)

    # ------------------------------------------------------------- truth
    out_docs = []
    for i, d in enumerate(docs):
        rows = []
        for r in d.get("rows", []):
            if d["type"] == "tax_record":
                rows.append(dict(period=r["period"], withholding_agent=r["withholding_agent"], amount=r["amount"]))
            else:
                rows.append(dict(month=r["month"], employer=r["employer"], base=r["base"], back_payment=r["back_payment"]))
        out_docs.append(dict(type=d["type"], layout=layouts.get(i, "?"), pages=B.docpages.get(i, []),
                             fields=d["fields"], rows=rows))
    truth = dict(truth)
    truth["pages"] = B.pages
    truth["documents"] = out_docs
    truth["traps"] = plan["extras"]["traps"]
    with open(os.path.join(out_root, truth["packet"] + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth["packet"], len(B.pages)
