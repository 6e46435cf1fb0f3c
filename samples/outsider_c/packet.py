"""Assemble one packet folder and its truth file: forms chosen per document, captures per page, file names."""
from __future__ import annotations

import datetime as dt
import json
import os
import random

from PIL import Image

from . import capture as C
from . import forms_cards as FC
from . import forms_docs as FD
from . import rules as R
from .plan import DEFECTS, RENEWAL_EXCLUDED, pick_defects, plan
from .render import watermark

WM_TEXT = "仅供居住证积分使用，他用无效"


class Packet:
    def __init__(self, root: str, name: str, rng: random.Random):
        self.root, self.name, self.rng = root, name, rng
        self.dir = os.path.join(root, name)
        os.makedirs(self.dir, exist_ok=True)
        self.pages: list[dict] = []
        self.used: set[str] = set()
        self.n = 0
        self.sub = rng.choice([None, None, None, "材料", "scan", "照片", "新建文件夹"])

    def fname(self, ext: str, hint: str = "") -> str:
        r = self.rng
        self.n += 1
        ts = f"2026{r.randint(7, 11):02d}{r.randint(1, 28):02d}_{r.randint(8, 22):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
        pool = [f"IMG_{ts}", f"mmexport{r.randint(10**12, 10**13 - 1)}", f"微信图片_{ts}", f"Scan_{self.n:04d}",
                f"扫描全能王 2026-{r.randint(7, 11):02d}-{r.randint(1, 28):02d} {r.randint(8, 22)}.{r.randint(10, 59)}",
                f"doc{self.n}", f"Screenshot_{ts}", f"{self.n:02d}", f"材料{self.n}", f"未命名{self.n}"]
        misleading = ["身份证", "户口本", "合同", "税单", "社保", "学历", "居住证", "结婚证", "其他"]
        base = r.choice(pool) if r.random() < 0.8 else r.choice(misleading) + (str(self.n) if r.random() < 0.5 else "")
        if hint and r.random() < 0.25:
            base = hint
        name = f"{base}.{ext}"
        if self.sub and r.random() < 0.4:
            name = f"{self.sub}/{name}"
        while name in self.used:
            name = name.replace(".", f"_{r.randint(1, 99)}.", 1)
        self.used.add(name)
        return name

    def write(self, name: str, data: bytes):
        path = os.path.join(self.dir, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as fh:
            fh.write(data)

    def page(self, file, page, docs, capture, rotation=0, blank=False, unknown=False):
        types = ["unknown"] if unknown or not docs else list(dict.fromkeys(d["type"] for d in docs))
        e = {"file": file, "page": page, "type": types[0], "capture": capture, "rotation": rotation}
        if len(types) > 1:
            e["also_holds"] = types[1:]
        if blank:
            e["blank"] = True
        self.pages.append(e)
        for d in docs:
            ref = {"file": file, "page": page}
            if ref not in d.setdefault("pages", []):
                d["pages"].append(ref)

    # ------------------------------------------------------------- single image pages
    def image(self, img: Image.Image, src_dpi: float, docs: list[dict], kind: str | None = None, card=False,
              unknown=False, hint=""):
        r = self.rng
        kind = kind or r.choice(["flatbed_colour", "flatbed_grey", "photocopy", "lowres_copy", "phone_photo",
                                 "phone_photo", "phone_exif", "phone_turned", "chat_app", "heic_photo", "webp"])
        rot = 0
        if kind == "flatbed_colour":
            im, dpi = C.flatbed(img, src_dpi, r)
            data, ext = (C.jpeg(im, r, dpi=dpi), "jpg") if r.random() < 0.7 else (C.png(im, dpi), "png")
        elif kind == "flatbed_grey":
            im, dpi = C.flatbed(img, src_dpi, r, grey=True)
            data, ext = (C.jpeg(im, r, dpi=dpi), "jpg") if r.random() < 0.5 else (C.png(im, dpi), "png")
        elif kind == "photocopy":
            im, dpi = C.photocopy(img, src_dpi, r)
            data, ext = C.jpeg(im, r, dpi=dpi), "jpg"
        elif kind == "lowres_copy":
            im, dpi = C.lowres(img, src_dpi, r)
            data, ext = C.jpeg(im, r, quality=r.randint(55, 75), dpi=dpi), "jpg"
        elif kind == "bilevel":
            im, dpi = C.bilevel(img, src_dpi, r)
            data, ext = C.png(im, dpi), "png"
        elif kind in ("phone_photo", "phone_exif", "phone_turned", "heic_photo", "chat_app"):
            im = C.phone_photo(img, r, card=card, mp=8 if kind == "heic_photo" else None)
            if kind == "phone_exif":
                data, ext = C.jpeg(im, r, exif_orientation=r.choice([3, 6, 6, 8])), "jpg"
            elif kind == "phone_turned":
                rot = r.choice([90, 180, 270])
                data, ext = C.jpeg(C.rotate_display(im, rot), r), "jpg"
            elif kind == "heic_photo":
                data, ext = C.heic(im, r), "heic"
            elif kind == "chat_app":
                data, ext = C.chat_recompress(im, r), "jpg"
            else:
                data, ext = C.jpeg(im, r), "jpg"
        elif kind == "webp":
            im, dpi = C.flatbed(img, src_dpi, r, dpi=r.choice([150, 200]))
            data, ext = C.webp(im, r), "webp"
        elif kind == "screenshot":
            data, ext = (C.png(img), "png") if r.random() < 0.7 else (C.jpeg(img, r, quality=90), "jpg")
        elif kind == "screenshot_chat":
            data, ext = C.chat_recompress(img, r), "jpg"
        else:
            raise ValueError(kind)
        name = self.fname(ext, hint)
        self.write(name, data)
        self.page(name, 1, docs, kind, rot, unknown=unknown)
        return name

    # ------------------------------------------------------------- multi-page files
    def multi(self, units: list[tuple[Image.Image, float, list[dict], bool]], kind: str | None = None, hint=""):
        """units: (image, its dpi, docs on it, blank). kind: image_pdf | tiff_bilevel | pdf_photocopy."""
        r = self.rng
        kind = kind or r.choice(["image_pdf", "image_pdf", "tiff_bilevel", "pdf_photocopy"])
        dpi = r.choice([150, 200, 200, 300]) if kind != "pdf_photocopy" else 150
        ims = []
        for img, sdpi, _, _ in units:
            if kind == "tiff_bilevel":
                ims.append(C.bilevel(img, sdpi, r, dpi)[0])
            elif kind == "pdf_photocopy":
                ims.append(C.photocopy(img, sdpi, r, dpi)[0])
            else:
                im, _ = C.flatbed(img, sdpi, r, grey=r.random() < 0.3, dpi=dpi)
                ims.append(im)
        if kind == "tiff_bilevel":
            data, ext = C.tiff_multi(ims, dpi), "tif"
        else:
            data, ext = C.image_pdf(ims, dpi), "pdf"
        name = self.fname(ext, hint)
        self.write(name, data)
        for i, (_, _, docs, blank) in enumerate(units):
            self.page(name, i + 1, docs, kind, blank=blank, unknown=not docs)
        return name

    def text_pdf(self, data: bytes, n_pages: int, docs: list[dict], hint=""):
        name = self.fname("pdf", hint)
        self.write(name, data)
        for i in range(n_pages):
            self.page(name, i + 1, docs, "text_pdf")
        return name


def _maybe_wm(img: Image.Image, rng: random.Random, p=0.25) -> Image.Image:
    if rng.random() < p:
        return watermark(img, WM_TEXT, rng.choice([(230, 90, 90), (90, 120, 220), (120, 120, 120), (60, 160, 90)]),
                         rng.choice([15, 25, 30, 35, -30, 45]), rng.uniform(0.25, 0.45), rng=rng)
    return img


def a4_with(cards: list[Image.Image], card_dpi: float, rng: random.Random, dpi=200) -> Image.Image:
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    pg = Image.new("RGB", (W, H), (255, 255, 255))
    k = dpi / card_dpi
    cs = [c.resize((int(c.width * k), int(c.height * k)), Image.LANCZOS) for c in cards]
    stacked = rng.random() < 0.6 or len(cs) > 2
    if stacked:
        y = int(H * rng.uniform(0.08, 0.14))
        for c in cs:
            pg.paste(c, ((W - c.width) // 2 + rng.randint(-30, 30), y))
            y += c.height + int(H * rng.uniform(0.04, 0.08))
    else:
        x = int(W * 0.03)
        for c in cs:
            pg.paste(c, (x, int(H * 0.2)))
            x += c.width + int(W * 0.02)
    return pg


def build(root: str, name: str, seed: int, index: int, quick: bool = False) -> dict:
    """Draw packet `name` (the index-th of the set drawn with seed) into root/name and root/name.truth.json.

    quick=True only makes phone frames small (for tests); the truth is the same."""
    C.QUICK = quick
    rng = random.Random(f"{seed}:{index}")
    as_of = dt.date(2026, 8, 3) + dt.timedelta(days=rng.randint(0, 135))
    application = "renewal" if rng.random() < 0.22 else "first"
    clean = index % 3 == 0
    n_def = 0 if clean else rng.choice([1, 1, 2, 2, 3])
    # the defect packets take the defects in turn as their first defect, so that a set of 44 covers them all
    primary = None if clean else list(DEFECTS)[(index - index // 3 - 1) % len(DEFECTS)]
    if primary in RENEWAL_EXCLUDED:
        application = "first"
    for attempt in range(200):
        defects = pick_defects(rng, application, n_def, primary)
        P = plan(rng, as_of, application, defects)
        want = sorted({x for k in defects for x in DEFECTS[k][1]})
        pages_stub = [{"blank": True}] if "blank_back_page" in defects else []
        got = R.expected_rules(P["docs"], pages_stub, as_of, application)
        if got == want:
            break
    else:  # pragma: no cover
        raise RuntimeError(f"{name}: no consistent draw")
    pk = Packet(root, name, rng)
    docs = P["docs"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    layouts: dict[int, str] = {}
    f = P["facts"]
    photo_dpi = 400

    # ---- identity cards (and the 居住证 card on the same copy)
    idc = by["id_card"][0]
    permit = by.get("residence_permit", [None])[0]
    front = FC.id_front(idc, rng, photo_dpi)
    back = None if idc.get("front_only") else FC.id_back(idc, rng, photo_dpi)
    permit_card_on_copy = False
    if idc.get("front_only"):
        layouts[id(idc)] = "front_only"
        pk.image(front, photo_dpi, [idc], rng.choice(["phone_photo", "flatbed_colour", "chat_app"]), card=True)
    elif rng.random() < 0.5:
        cards = [front, back]
        on = [idc]
        if permit and rng.random() < 0.5:
            cards.append(FC.permit_card_front(permit, rng, photo_dpi))
            on.append(permit)
            permit_card_on_copy = True
        pg = _maybe_wm(a4_with(cards, photo_dpi, rng), rng, 0.5)
        layouts[id(idc)] = "a4_copy_both_faces" + ("+permit_card" if permit_card_on_copy else "")
        pk.image(pg, 200, on, rng.choice(["flatbed_colour", "flatbed_grey", "photocopy", "lowres_copy", "phone_photo", "bilevel", "webp"]), hint="身份证")
    else:
        layouts[id(idc)] = "two_card_photos"
        k = rng.choice(["phone_photo", "phone_exif", "heic_photo", "chat_app", "phone_turned"])
        pk.image(front, photo_dpi, [idc], k, card=True, hint="身份证正面")
        pk.image(back, photo_dpi, [idc], rng.choice([k, "phone_photo"]), card=True, hint="身份证反面")

    # ---- 居住证
    if permit:
        forms = []
        r = rng.random()
        if r < 0.4:
            v = rng.choice(["grid2", "grid4", "list"])
            pk.image(_maybe_wm(FC.permit_info_a4(permit, rng, 200, v), rng), 200, [permit],
                     rng.choice(["flatbed_colour", "flatbed_grey", "phone_photo", "photocopy", "chat_app"]))
            forms.append("info_a4_" + v)
        elif r < 0.75:
            pk.image(FC.permit_screen(permit, rng), 0, [permit], rng.choice(["screenshot", "screenshot", "screenshot_chat"]))
            forms.append("app_screen")
        else:
            v = rng.choice(["grid2", "grid4", "list"])
            pk.image(FC.permit_info_a4(permit, rng, 200, v), 200, [permit], rng.choice(["flatbed_colour", "phone_photo"]))
            forms.append("info_a4_" + v)
        if not permit_card_on_copy and rng.random() < 0.45:
            pk.image(FC.permit_card_front(permit, rng, photo_dpi), photo_dpi, [permit], rng.choice(["phone_photo", "phone_exif", "chat_app"]), card=True)
            forms.append("card_front")
            if rng.random() < 0.5:
                pk.image(FC.permit_card_back(permit, rng, photo_dpi), photo_dpi, [permit], "phone_photo", card=True)
                forms.append("card_back")
        if permit_card_on_copy:
            forms.append("card_on_id_copy")
        layouts[id(permit)] = "+".join(forms)

    # ---- 户口簿 / 集体户口
    cover = by.get("household_register_cover", [None])[0]
    member = by.get("household_register_member", [None])[0]
    hand = rng.random() < 0.5
    if cover and member:
        cdpi = 250
        ci, mi = FC.hukou_cover(cover, rng, cdpi, hand), FC.hukou_member(member, rng, cdpi, hand)
        r = rng.random()
        if r < 0.4:
            layouts[id(cover)] = layouts[id(member)] = "booklet_open" + ("_hand" if hand else "_typed")
            pk.image(FC.booklet_open(ci, mi, rng), cdpi, [cover, member], rng.choice(["phone_photo", "phone_exif", "phone_turned", "flatbed_colour"]), hint="户口本")
        elif r < 0.7:
            layouts[id(cover)] = layouts[id(member)] = "a4_copy_both_pages" + ("_hand" if hand else "_typed")
            pg = a4_with([ci, mi], cdpi, rng, 200)
            pk.image(_maybe_wm(pg, rng, 0.5), 200, [cover, member], rng.choice(["photocopy", "flatbed_grey", "bilevel", "flatbed_colour"]))
        else:
            layouts[id(cover)] = layouts[id(member)] = "single_pages" + ("_hand" if hand else "_typed")
            k = rng.choice(["phone_photo", "flatbed_colour", "chat_app", "heic_photo"])
            pk.image(ci, cdpi, [cover], k, hint="户口本首页")
            pk.image(mi, cdpi, [member], k)
    elif cover or member:
        d = cover or member
        fn = FC.hukou_cover if cover else FC.hukou_member
        layouts[id(d)] = "single_page"
        pk.image(fn(d, rng, 250, hand), 250, [d], rng.choice(["phone_photo", "flatbed_colour"]))
    for coll in by.get("collective_hukou_certificate", []):
        layouts[id(coll)] = "letter"
        pk.image(_maybe_wm(FC.collective_letter(coll, rng, 200), rng), 200, [coll], rng.choice(["flatbed_colour", "phone_photo", "photocopy"]))

    # ---- 劳动合同
    for c in by.get("labour_contract", []):
        imgs, lay = FD.contract_pages(c, rng, 200)
        layouts[id(c)] = lay
        how = rng.choice(["image_pdf", "tiff_bilevel", "pdf_photocopy", "photos", "photos"])
        if how == "photos":
            k = rng.choice(["phone_photo", "phone_photo", "phone_exif", "chat_app"])
            for im in imgs:
                pk.image(im, 200, [c], k if rng.random() < 0.8 else "phone_turned")
        else:
            pk.multi([(im, 200, [c], False) for im in imgs], how, hint="劳动合同")

    # ---- 个人所得税纳税记录
    for t in by.get("tax_record", []):
        how = rng.choice(["pdf", "pdf", "pdf", "photo_print", "app", "old_cert"])
        if how == "pdf":
            data, lay = FD.tax_pdf(t, rng)
            n = len(FD.rasterise(data, 20))
            pk.text_pdf(data, n, [t], hint="纳税记录")
        elif how == "photo_print":
            data, lay = FD.tax_pdf(t, rng)
            lay = "photographed_" + lay
            for im in FD.rasterise(data, 200):
                pk.image(_maybe_wm(im, rng, 0.3), 200, [t], rng.choice(["phone_photo", "phone_exif", "chat_app", "flatbed_grey"]))
        elif how == "app":
            lay = "app_income_detail_screens"
            for im in FD.tax_app_screens(t, rng):
                pk.image(im, 0, [t], rng.choice(["screenshot", "screenshot", "screenshot_chat"]))
        else:
            lay = "old_tax_certificate"
            pk.image(FD.tax_old_certificate(t, rng), 200, [t], rng.choice(["flatbed_colour", "photocopy", "phone_photo"]))
        layouts[id(t)] = lay

    # ---- 社保缴费记录
    for s in by.get("social_insurance_record", []):
        s["printed"] = (P["as_of"] - dt.timedelta(days=rng.randint(0, 6))).isoformat()
        data, lay = FD.si_pdf(s, rng)
        if rng.random() < 0.6:
            pk.text_pdf(data, len(FD.rasterise(data, 20)), [s], hint="社保")
        else:
            lay = "photographed_" + lay
            for im in FD.rasterise(data, 200):
                pk.image(im, 200, [s], rng.choice(["phone_photo", "phone_exif", "chat_app"]))
        layouts[id(s)] = lay

    # ---- education, marriage, unknown pages; some bundled in a scanner-app PDF
    bundle: list[tuple] = []
    extra_docs = []
    for d in by.get("diploma", []):
        if not d.get("adult_education") and rng.random() < 0.3:
            d["printed"] = f"{P['as_of'].year}年{P['as_of'].month:02d}月{rng.randint(1, 28):02d}日"
            layouts[id(d)] = "xuexin_record_pdf"
            data = FD.xuexin_pdf(d, rng)
            pk.text_pdf(data, 1, [d], hint="学信网")
            continue
        im, lay = FD.diploma(d, rng, 200)
        layouts[id(d)] = "diploma_" + lay
        if rng.random() < 0.45:
            bundle.append((_maybe_wm(im, rng), 200, [d], False))
        else:
            pk.image(_maybe_wm(im, rng), 200, [d], rng.choice(["flatbed_colour", "phone_photo", "phone_turned", "webp", "heic_photo"]))
    for d in by.get("degree_certificate", []):
        im, lay = FD.degree(d, rng, 200)
        layouts[id(d)] = "degree_" + lay
        if rng.random() < 0.5:
            bundle.append((im, 200, [d], False))
        else:
            pk.image(im, 200, [d], rng.choice(["flatbed_colour", "phone_photo", "phone_exif", "lowres_copy"]))
    for d in by.get("marriage_certificate", []):
        layouts[id(d)] = "booklet_inner_pages"
        im = FD.marriage_open(d, rng, 220)
        if rng.random() < 0.3:
            bundle.append((im, 220, [d], False))
        else:
            pk.image(im, 220, [d], rng.choice(["phone_photo", "phone_exif", "chat_app", "heic_photo"]))
    n_unknown = rng.choice([0, 0, 1, 1, 2])
    for _ in range(n_unknown):
        kind = rng.choice(["receipt", "rental", "bank"])
        im = {"receipt": FD.receipt, "rental": FD.rental_page, "bank": FD.bank_slip}[kind](rng, 200)
        if bundle and rng.random() < 0.5:
            bundle.insert(rng.randint(0, len(bundle)), (im, 200, [], False))
        else:
            pk.image(im, 200, [], rng.choice(["phone_photo", "flatbed_colour", "chat_app"]), unknown=True)
    if "blank_back_page" in P["defects"]:
        if not bundle:
            bundle.append((FD.rental_page(rng, 200), 200, [], False))
        bundle.insert(rng.randint(1, len(bundle)), (FD.blank_page(rng, 200), 200, [], True))
    if bundle:
        pk.multi(bundle, rng.choice(["image_pdf", "image_pdf", "pdf_photocopy"]), hint="扫描件")

    # ---- truth
    got = R.expected_rules(docs, pk.pages, as_of, application)
    want = sorted({x for k in P["defects"] for x in DEFECTS[k][1]})
    assert got == want, (name, got, want)
    tdocs = []
    for d in docs:
        td = {"type": d["type"], "layout": layouts.get(id(d), "default"), "pages": d.get("pages", []),
              "fields": {k: R.truth_value(v) for k, v in d["fields"].items()}}
        if "rows" in d:
            td["rows"] = [{k: R.truth_value(v) for k, v in r.items() if not k.startswith("_")} for r in d["rows"]]
        if d.get("defect"):
            td["planted"] = d["defect"]
        tdocs.append(td)
    pages = [{k: v for k, v in p.items() if k != "blank"} for p in pk.pages]
    truth = {"packet": name, "as_of": as_of.isoformat(), "application": application, "defects": P["defects"],
             "expected_rules": got, "verdict": R.verdict(got), "generator": "outsider_c", "seed": seed,
             "pages": pages, "documents": tdocs, "points": R.points(docs, as_of)}
    with open(os.path.join(root, f"{name}.truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return truth
