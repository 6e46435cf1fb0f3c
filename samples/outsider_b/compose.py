"""From a packet's story to files on disk: which pages go into which file, captured how, and the truth's page list."""
from __future__ import annotations

import json
import random
from pathlib import Path

from PIL import Image

from samples.outsider.normalise import text as norm
from samples.outsider_b import cards, captures as cap, papers
from samples.outsider_b.draw import Page, render, write_pdf
from samples.outsider_b.expected import expected_rules, month_add, tax_window
from samples.outsider_b.packet import Builder, FileOut, Item, TDoc, WATERMARK, DEFECTS

PHONES = [("HUAWEI", "ELS-AN00"), ("Xiaomi", "2211133C"), ("Apple", "iPhone 13"), ("OPPO", "PGEM10"), ("vivo", "V2309A"),
          ("HONOR", "PGT-AN10")]


def card_image(page: Page, dpi: int = 300) -> Image.Image:
    return render(page, dpi)


def a4_with_cards(cards_: list[Page], rnd: random.Random, layout: str, watermark: bool) -> Page:
    """An A4 copy holding card faces (one above the other, or side by side), maybe with a watermark across."""
    pg = Page(210, 297)
    imgs = [card_image(c, 300) for c in cards_]
    x0, y0 = rnd.uniform(18, 30), rnd.uniform(25, 45)
    if layout == "side" and len(imgs) == 2:
        for i, im in enumerate(imgs):
            pg.image(x0 + i * 92 - (8 if i else 0), y0, x0 + i * 92 - (8 if i else 0) + 85.6, y0 + 54, im)
        y = y0 + 70
        for im in imgs[2:]:
            pg.image(x0 + 30, y, x0 + 115.6, y + 54, im)
            y += 65
    else:
        x = 105 - 85.6 / 2 + rnd.uniform(-15, 15)
        y = y0
        for im in imgs:
            pg.image(x, y, x + 85.6, y + 54, im)
            y += 54 + rnd.uniform(12, 30)
    if watermark:
        pg.watermark(WATERMARK, size=rnd.choice([16, 20, 24]), color=rnd.choice([(200, 40, 40), (60, 60, 60), (40, 80, 200)]),
                     alpha=rnd.uniform(0.25, 0.45), angle=rnd.choice([20, 30, 35, -25]), step=(100, rnd.choice([40, 55, 70])))
    return pg


def spread(left: Page, right: Page) -> Page:
    """Two booklet pages laid open side by side."""
    pg = Page(left.w + right.w + 4, max(left.h, right.h) + 4, bg=(235, 225, 205))
    pg.image(2, 2, 2 + left.w, 2 + left.h, render(left, 250))
    pg.image(2 + left.w, 2, 2 + left.w + right.w, 2 + right.h, render(right, 250))
    pg.line(2 + left.w, 2, 2 + left.w, 2 + left.h, 0.6, (160, 150, 130))
    return pg


def a4_two_pages(top: Page, bottom: Page, rnd, watermark: bool) -> Page:
    pg = Page(210, 297)
    s = min(1.0, 130 / top.h)
    w, h = top.w * s * 1.25, top.h * s * 1.0
    x = 105 - w / 2
    pg.image(x, 12, x + w, 12 + h, render(top, 250))
    pg.image(x, 20 + h, x + w, 20 + 2 * h, render(bottom, 250))
    if watermark:
        pg.watermark(WATERMARK, size=20, color=(90, 90, 90), alpha=0.35, angle=30, step=(100, 55))
    return pg


class Composer:
    def __init__(self, b: Builder):
        self.b = b
        self.r = b.rnd

    def _turn(self):
        return self.r.choices(["none", "exif6", "exif8", "exif3", "turned90", "turned180", "turned270"],
                              [0.62, 0.12, 0.05, 0.04, 0.08, 0.05, 0.04])[0]

    def _path(self, name, folder=""):
        sub = folder or self.b.sub
        return f"{sub}/{name}" if sub else name

    def plan(self, T: dict) -> list[FileOut]:
        b, r = self.b, self.r
        p = b.p
        files: list[FileOut] = []
        merged: list[Item] = []  # pages that go into one scanner-app PDF holding several documents
        use_merged = r.random() < 0.35

        # 居民身份证 (+ maybe the 居住证 card on the same A4)
        front, back = cards.id_front(p, r), cards.id_back(p, r)
        pcard = cards.permit_card(p, b.permit, r)
        id_mode = r.choice(["photos", "a4", "a4", "a4_with_permit", "glass", "chat"])
        permit_card_used = False
        if id_mode in ("photos", "chat"):
            for face in (front, back):
                it = Item(face, "id_card", [T["id_card"]], kind="card")
                if id_mode == "photos":
                    files.append(FileOut(self._path(b.namer.photo()), "jpg", [it], "phone", [self._turn()]))
                else:
                    files.append(FileOut(self._path(b.namer.chat()), "jpg", [it], "phone_chat", quality=r.randint(55, 72)))
        elif id_mode == "glass":
            for face in (front, back):
                it = Item(("glass", face), "id_card", [T["id_card"]], kind="a4")
                files.append(FileOut(self._path(b.namer.scan_img(r.choice(["身份证正面", "身份证反面", "sfz"]))), "jpg", [it],
                                     r.choice(["scan_colour", "scan_grey"])))
        else:
            faces = [front, back]
            docs = [T["id_card"]]
            also = []
            if id_mode == "a4_with_permit":
                faces.append(pcard)
                docs.append(T["residence_permit"])
                permit_card_used = True
            pg = a4_with_cards(faces, r, r.choice(["side", "stack"]), r.random() < 0.4)
            it = Item(pg, "id_card", docs)
            if use_merged:
                merged.append(it)
            else:
                kind = r.choice(["photocopy", "scan_grey", "bilevel", "copy100", "phone"])
                fmt = "jpg" if kind != "bilevel" else "png"
                name = b.namer.photo() if kind == "phone" else b.namer.scan_img(r.choice(["身份证复印件", "身份证", "证件"]), fmt)
                files.append(FileOut(self._path(name), fmt, [it], kind, [self._turn()] if kind == "phone" else []))

        # 居住证: the information page or the app screen, maybe the card too
        pm_mode = r.choice(["info_pdf", "info_scan", "info_photo", "app", "app"])
        if pm_mode == "app":
            T["residence_permit"].layout = "app_screenshot"
            it = Item(cards.permit_app(p, b.permit, r), "residence_permit", [T["residence_permit"]], kind="screen")
            files.append(FileOut(self._path(b.namer.shot("com.hanweb.android.sh")), "png" if r.random() < 0.6 else "jpg",
                                 [it], "screenshot"))
        else:
            variant = r.choice(["grid2", "grid4", "list"])
            T["residence_permit"].layout = f"info_{variant}"
            pg = cards.permit_info(p, b.permit, r, variant, r.random() < 0.5)
            it = Item(pg, "residence_permit", [T["residence_permit"]])
            if pm_mode == "info_pdf":
                files.append(FileOut(self._path(b.namer.download("居住证信息")), "pdf_text", [it], "text",
                                     order=r.choice(["drawn", "shuffle", "columns"])))
            elif pm_mode == "info_scan" and use_merged:
                merged.append(it)
            elif pm_mode == "info_scan":
                files.append(FileOut(self._path(b.namer.scan_img("居住证信息")), "jpg", [it], r.choice(["scan_colour", "scan_grey"])))
            else:
                files.append(FileOut(self._path(b.namer.photo()), "jpg", [it], "phone", [self._turn()]))
        if not permit_card_used and r.random() < 0.4:
            T["residence_permit"].layout += "+card"
            it = Item(pcard, "residence_permit", [T["residence_permit"]], kind="card")
            files.append(FileOut(self._path(b.namer.photo()), "jpg", [it], "phone", [self._turn()]))

        # 户口簿 or 集体户口 户籍证明
        if "missing_household_register" not in b.defects and (b.application == "first" or r.random() < 0.5):
            if b.collective:
                it = Item(cards.collective_letter(p, b.collective, r), "collective_hukou_certificate", [T["collective"]])
                kind = r.choice(["scan_colour", "phone", "photocopy"])
                files.append(FileOut(self._path(b.namer.photo() if kind == "phone" else b.namer.scan_img("户籍证明")), "jpg",
                                     [it], kind, [self._turn()] if kind == "phone" else []))
            else:
                hand = r.random() < 0.55
                cover = cards.hukou_cover(p, b.hh, r, hand)
                member = cards.hukou_member(p, b.hh, r, hand, b.member_employer)
                T["cover"].layout = "booklet_" + ("hand" if hand else "typed")
                T["member"].layout = "booklet_" + ("hand" if hand else "typed")
                hk_mode = r.choice(["pages_photo", "pages_photo", "spread", "a4_both", "pages_scan"])
                if hk_mode == "spread":
                    it = Item(spread(cover, member), "household_register_cover", [T["cover"], T["member"]], kind="booklet")
                    files.append(FileOut(self._path(b.namer.photo(), r.choice(["", "户口本"])), "jpg", [it], "phone",
                                         [self._turn()]))
                elif hk_mode == "a4_both":
                    it = Item(a4_two_pages(cover, member, r, r.random() < 0.4), "household_register_cover",
                              [T["cover"], T["member"]])
                    if use_merged:
                        merged.append(it)
                    else:
                        kind = r.choice(["photocopy", "scan_grey", "copy100"])
                        files.append(FileOut(self._path(b.namer.scan_img("户口本复印件")), "jpg", [it], kind))
                else:
                    folder = r.choice(["", "户口本"]) if hk_mode == "pages_photo" else ""
                    for pg, key, typ in ((cover, "cover", "household_register_cover"), (member, "member", "household_register_member")):
                        it = Item(pg, typ, [T[key]], kind="booklet")
                        if use_merged and hk_mode == "pages_scan":
                            merged.append(it)
                        elif hk_mode == "pages_scan":
                            files.append(FileOut(self._path(b.namer.scan_img(f"户口本{'首页' if key == 'cover' else '本人页'}")),
                                                 "jpg", [it], r.choice(["scan_colour", "photocopy"])))
                        else:
                            if r.random() < 0.3:
                                files.append(FileOut(self._path(b.namer.chat(), folder), "jpg", [it], "phone_chat",
                                                     quality=r.randint(55, 72)))
                            else:
                                files.append(FileOut(self._path(b.namer.photo(), folder), "jpg", [it], "phone", [self._turn()]))
        else:
            T.pop("cover", None)
            T.pop("member", None)
            T.pop("collective", None)

        # 劳动合同 (+ 续订书)
        if "missing_contract" not in b.defects:
            n_other = 9  # rough budget: contract pages kept so the packet stays within 6–14 pages
            pages_n = r.choice([3, 4, 4, 5])
            model = r.random() < 0.5
            cpages = (papers.contract_model if model else papers.contract_company)(p, b.contract, b.co, r, pages_n)
            T["contract"].layout = "shanghai_model" if model else "company_template"
            items = [Item(pg, "labour_contract", [T["contract"]]) for pg in cpages]
            if b.renewal:
                T["renewal"].layout = "renewal_letter"
                items.append(Item(papers.contract_renewal(p, b.renewal, b.contract, b.co, r), "labour_contract", [T["renewal"]]))
            self._contract_items = items
            c_mode = r.choice(["photos", "scanner_pdf", "tif", "photocopy_pdf"])
            if use_merged:
                merged.extend(items)
            elif c_mode == "photos":
                folder = r.choice(["", "合同", "劳动合同"])
                for it in items:
                    files.append(FileOut(self._path(b.namer.photo(), folder), "jpg", [it], "phone",
                                         [self._turn() if r.random() < 0.5 else "none"]))
            elif c_mode == "tif":
                files.append(FileOut(self._path(b.namer.tif()), "tif", items, "bilevel"))
            else:
                files.append(FileOut(self._path(b.namer.scan_pdf("劳动合同")), "pdf_image", items,
                                     "scan_grey" if c_mode == "scanner_pdf" else "photocopy"))
        else:
            T.pop("contract", None)
            T.pop("renewal", None)

        # 个人所得税
        tf = b.tax_form
        if tf == "national_pdf":
            T["tax"].layout = "national_record_text_pdf"
            its = [Item(pg, "tax_record", [T["tax"]]) for pg in papers.tax_national(p, b.tax, r)]
            files.append(FileOut(self._path(b.namer.download(r.choice(["个人所得税纳税记录", "纳税记录", "个税"]))), "pdf_text", its,
                                 "text", order=r.choice(["drawn", "shuffle", "bottom_up", "columns", "right_to_left"])))
        elif tf == "national_photo":
            T["tax"].layout = "national_record_printed"
            its = [Item(pg, "tax_record", [T["tax"]]) for pg in papers.tax_national(p, b.tax, r)]
            for it in its:
                files.append(FileOut(self._path(b.namer.photo()), "jpg", [it], "phone", [self._turn()]))
        elif tf == "app":
            T["tax"].layout = "app_income_detail"
            for pg in papers.tax_app(p, b.tax, r):
                files.append(FileOut(self._path(b.namer.shot("cn.gov.tax.its")), "png" if r.random() < 0.5 else "jpg",
                                     [Item(pg, "tax_record", [T["tax"]], kind="screen")], "screenshot"))
        else:
            T["tax"].layout = "old_tax_certificate"
            it = Item(papers.tax_old(p, b.tax, r)[0], "tax_record", [T["tax"]])
            files.append(FileOut(self._path(b.namer.scan_img("税收完税证明")), "jpg", [it], r.choice(["scan_colour", "scan_grey", "phone"]),
                                 [self._turn()]))

        # 社保
        if b.si:
            T["si"].layout = f"record_{b.si['variant']}"
            pgs = papers.si_record(p, b.si, r)
            its = [Item(pg, "social_insurance_record", [T["si"]]) for pg in pgs]
            if r.random() < 0.6:
                T["si"].layout += "_text_pdf"
                files.append(FileOut(self._path(b.namer.download("社保缴费记录")), "pdf_text", its, "text",
                                     order=r.choice(["drawn", "shuffle", "bottom_up"])))
            else:
                T["si"].layout += "_photo"
                for it in its:
                    files.append(FileOut(self._path(b.namer.photo()), "jpg", [it], "phone", [self._turn()]))

        # 学历 / 学位
        e = b.edu
        dip = papers.diploma(p, e, r)
        it = Item(dip, "diploma", [T["diploma"]], kind="a4")
        kind = r.choice(["phone", "scan_colour", "phone_chat"])
        if use_merged and r.random() < 0.5:
            merged.append(it)
        else:
            files.append(FileOut(self._path(b.namer.photo() if kind == "phone" else (b.namer.chat() if kind == "phone_chat" else b.namer.scan_img("毕业证"))),
                                 "jpg", [it], kind, [self._turn()] if kind == "phone" else [], quality=r.randint(55, 72) if kind == "phone_chat" else 88))
        if "degree" in T:
            it = Item(papers.degree(p, e, r), "degree_certificate", [T["degree"]])
            kind = r.choice(["phone", "scan_colour", "webp"])
            if kind == "webp":
                files.append(FileOut(self._path(b.namer.scan_img("学位证", "webp")), "webp", [it], "scan_colour"))
            else:
                files.append(FileOut(self._path(b.namer.photo() if kind == "phone" else b.namer.scan_img("学位证")), "jpg", [it],
                                     kind, [self._turn()] if kind == "phone" else []))
        if b.with_xuexin:
            xd = TDoc("diploma", "xuexin_record_text_pdf", dict(T["diploma"].fields), extra={"kind": e["kind"]})
            T["xuexin"] = xd
            files.append(FileOut(self._path(b.namer.download("教育部学历证书电子注册备案表")), "pdf_text",
                                 [Item(papers.xuexin(p, e, r), "diploma", [xd])], "text", order=r.choice(["drawn", "shuffle"])))

        # 结婚证
        if b.marriage:
            it = Item(cards.marriage_open(p, b.marriage, r), "marriage_certificate", [T["marriage"]], kind="booklet")
            files.append(FileOut(self._path(b.namer.photo()), "jpg", [it], "phone", [self._turn()]))

        # not documents of the packet
        if r.random() < 0.35:
            u = r.choice(["receipt", "rental", "bank"])
            if u == "receipt":
                files.append(FileOut(self._path(b.namer.photo()), "jpg", [Item(papers.receipt(r), "unknown", [], kind="small")], "phone",
                                     [self._turn()]))
            elif u == "rental":
                it = Item(papers.rental(p, r), "unknown", [])
                if use_merged:
                    merged.append(it)
                else:
                    files.append(FileOut(self._path(b.namer.scan_img("租房合同")), "jpg", [it], "scan_grey"))
            else:
                files.append(FileOut(self._path(b.namer.scan_img("银行回单")), "jpg", [Item(papers.bank_slip(p, r), "unknown", [])],
                                     "scan_colour"))
        if "blank_back_page" in b.defects:
            blank = Item(Page(210, 297), "unknown", [], blank=True)
            if merged:
                merged.insert(r.randint(1, len(merged)), blank)
            else:
                # the back of a contract page scanned along with it
                target = next((f for f in files if f.fmt in ("pdf_image", "tif")), None)
                if target:
                    target.items.insert(r.randint(1, len(target.items)), blank)
                else:
                    files.append(FileOut(self._path(b.namer.scan_img("scan", "jpg")), "jpg", [blank], "scan_grey"))
        if merged:
            files.insert(r.randint(0, len(files)), FileOut(self._path(b.namer.scan_pdf("材料")), "pdf_image", merged,
                                                           r.choice(["scanner_app", "scan_grey", "photocopy"])))
        return files

    # -- writing --------------------------------------------------------------------------------------------------
    def shoot(self, it: Item, capture: str, turn: str, dpi: int) -> cap.Shot:
        r = self.r
        src = it.src
        if isinstance(src, tuple) and src[0] == "glass":
            src = cap.place_on_a4([card_image(src[1], dpi)], dpi, r)
        if capture == "phone":
            return cap.phone_photo(src, r, card=it.kind in ("card", "small"), turn=turn)
        if capture == "phone_chat":
            return cap.chat(cap.phone_photo(src, r, card=it.kind in ("card", "small"), turn=r.choice(["none", "exif6"])), r)
        if capture == "screenshot":
            return cap.screenshot(src, r)
        if isinstance(src, Page) and it.kind == "card":
            src = cap.place_on_a4([card_image(src, dpi)], dpi, r)
        if capture in ("scan_colour", "scan_grey"):
            return cap.flatbed(src, r, dpi, capture == "scan_grey")
        if capture == "scanner_app":
            s = cap.flatbed(src, r, dpi, r.random() < 0.3)
            s.capture = "scanner_app"
            return s
        if capture == "photocopy":
            return cap.photocopy(src, r, dpi)
        if capture == "bilevel":
            return cap.bilevel(src, r, dpi)
        if capture == "copy100":
            return cap.low_copy(src, r)
        raise ValueError(capture)

    def write(self, files: list[FileOut], root: Path) -> list[dict]:
        r = self.r
        pages = []
        for f in files:
            path = root / f.path
            path.parent.mkdir(parents=True, exist_ok=True)
            if f.fmt == "pdf_text":
                write_pdf([it.src for it in f.items], path, order=f.order, seed=r.randint(0, 9999))
                for i, it in enumerate(f.items, 1):
                    self._record(pages, f.path, i, it, "text_pdf", 0)
                continue
            shots = []
            for i, it in enumerate(f.items):
                turn = f.turns[i] if i < len(f.turns) else "none"
                dpi = {"scan_colour": r.choice([150, 200, 300]), "scan_grey": r.choice([150, 200, 300]), "photocopy": 200,
                       "bilevel": r.choice([200, 300]), "scanner_app": r.choice([150, 200])}.get(f.capture, 200)
                if f.fmt == "pdf_image" and dpi > 200:
                    dpi = 200
                if it.blank:
                    im = Image.new("L", (int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)), 246)
                    shot = cap.flatbed(im, r, dpi, True) if f.capture != "bilevel" else cap.bilevel(im, r, dpi)
                    shot.capture = "blank_back_page"
                else:
                    shot = self.shoot(it, f.capture, turn, dpi)
                shot.dpi = dpi
                shots.append(shot)
            if f.fmt in ("jpg", "png", "webp"):
                s = shots[0]
                img = s.image
                if f.fmt == "jpg":
                    img = img.convert("RGB") if img.mode not in ("L", "RGB") else img
                    exif = Image.Exif()
                    if f.capture.startswith("phone"):
                        mk, md = r.choice(PHONES)
                        if f.capture == "phone":
                            exif[0x010F] = mk
                            exif[0x0110] = md
                            exif[0x0131] = "HarmonyOS" if mk == "HUAWEI" else "Android"
                    if s.exif != 1:
                        exif[0x0112] = s.exif
                    img.save(path, "JPEG", quality=f.quality if f.capture == "phone_chat" else r.randint(82, 92),
                             exif=exif.tobytes() if len(exif) else b"", dpi=(getattr(s, "dpi", 72),) * 2)
                elif f.fmt == "png":
                    img.save(path, "PNG", optimize=False, compress_level=6)
                else:
                    img.convert("RGB").save(path, "WEBP", quality=80)
            elif f.fmt == "pdf_image":
                ims = [(s.image.convert("L") if s.image.mode in ("1", "L") else s.image.convert("RGB")) for s in shots]
                ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=float(shots[0].dpi), quality=75)
            elif f.fmt == "tif":
                ims = [s.image.convert("1") for s in shots]
                ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression="group4",
                            dpi=(shots[0].dpi, shots[0].dpi))
            for i, (it, s) in enumerate(zip(f.items, shots), 1):
                self._record(pages, f.path, i, it, s.capture, s.rotation)
        return pages

    def _record(self, pages, file, n, it: Item, capture, rotation):
        entry = {"file": file, "page": n, "type": it.type, "capture": capture, "rotation": rotation}
        also = sorted({d.type for d in it.docs} - {it.type})
        if also:
            entry["also_holds"] = also
        if it.blank:
            entry["blank"] = True
        pages.append(entry)
        for d in it.docs:
            d.pages.append({"file": file, "page": n})
