"""build(seed, index, out_dir): one applicant's packet folder + its truth file."""
from __future__ import annotations

import datetime as dt
import io
import json
import os
import random

from PIL import Image

from . import capture as cap
from . import cards, certs, hukou, pdfdocs, screens
from .common import nrng, rng
from .plan import Planner
from .rules import derive

DIGITAL = {"screenshot", "text_pdf"}
CAMERAS = [("Apple", "iPhone 13"), ("Apple", "iPhone 15 Pro"), ("HUAWEI", "ELS-AN00"), ("Xiaomi", "23127PN0CC"),
           ("OPPO", "PHW110"), ("vivo", "V2309A"), ("HONOR", "ALI-AN00")]


class Names:
    """Plausible, unique file names (they mean nothing to the tool)."""

    def __init__(self, r: random.Random, as_of: dt.date):
        self.r, self.as_of, self.used = r, as_of, set()
        self.t = dt.datetime(as_of.year, as_of.month, as_of.day, 8, 0, 0) - dt.timedelta(days=r.randint(1, 8))

    def _tick(self):
        self.t += dt.timedelta(seconds=self.r.randint(20, 4000))
        return self.t

    def get(self, kind, ext, hint=""):
        r = self.r
        t = self._tick()
        if kind in ("photo", "photo_heic"):
            opts = [f"IMG_{t:%Y%m%d_%H%M%S}", f"IMG_{r.randint(1000, 9999)}", f"mmexport{int(t.timestamp()) * 1000 + r.randint(0, 999)}",
                    f"{t:%Y%m%d_%H%M%S}", f"PXL_{t:%Y%m%d_%H%M%S}{r.randint(100, 999)}"]
            base = r.choice(opts)
            if ext == "jpg" and base.startswith("IMG_") and r.random() < 0.4:
                ext = "JPG"
            if ext == "heic" and r.random() < 0.6:
                ext = "HEIC"
        elif kind == "chat":
            base = r.choice([f"微信图片_{t:%Y%m%d%H%M%S}", f"微信图片_{t:%Y%m%d%H%M%S}_{r.randint(1, 30)}",
                             f"mmexport{int(t.timestamp()) * 1000 + r.randint(0, 999)}", f"QQ图片{t:%Y%m%d%H%M%S}"])
        elif kind == "screen":
            base = r.choice([f"Screenshot_{t:%Y%m%d-%H%M%S}", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S-%f}"[:-3],
                             f"IMG_{r.randint(1000, 9999)}", f"截图_{t:%Y%m%d%H%M%S}"])
            if base.startswith("IMG_") and ext == "png":
                ext = "PNG"
        elif kind == "scan":
            base = r.choice([f"scan{r.randint(1, 9999):04d}", f"扫描全能王 {t:%Y-%m-%d %H.%M}", f"CamScanner {t:%m-%d-%Y %H.%M}",
                             f"Scan_{t:%Y%m%d}_{r.randint(1, 99):02d}", f"新建文档 {t:%Y-%m-%d %H.%M.%S}", f"Doc{t:%Y%m%d%H%M}",
                             hint or f"扫描件{r.randint(1, 30)}"])
        elif kind == "web":
            base = r.choice([hint or "download", f"{hint}{t:%Y%m%d}", "file", f"打印_{t:%Y%m%d%H%M}", hint or "document"])
        else:
            base = hint or f"file{r.randint(1, 999)}"
        if r.random() < 0.12 and hint and kind != "web":
            base = hint
        name = f"{base}.{ext}"
        k = 1
        while name.lower() in self.used:
            name = f"{base}({k}).{ext}"
            k += 1
        self.used.add(name.lower())
        return name


class Builder:
    def __init__(self, seed, index):
        self.seed, self.index = seed, index
        self.pl = Planner(seed, index)
        self.cache = {}
        self.files = []  # dicts: name, fmt, pages (list of sheets) or pdf bytes

    def r(self, purpose):
        return rng(self.seed, self.index, purpose)

    def nr(self, purpose):
        return nrng(self.seed, self.index, purpose)

    # ------------------------------------------------------------ part images
    def pdf_bytes(self, doc):
        key = ("pdf", doc["_id"])
        if key in self.cache:
            return self.cache[key]
        r = self.r(f"pdf-{doc['_id']}")
        t, lay, p = doc["type"], doc["layout"], doc["_p"]
        if t == "labour_contract":
            b = pdfdocs.contract(p, r, layout="sh_model" if lay.startswith("sh_model") else lay, hand=p.get("hand", False))
        elif t == "tax_record" and lay == "old_form":
            b = pdfdocs.tax_old_form(p, r)
        elif t == "tax_record":
            b = pdfdocs.tax_national(p, r)
        elif t == "social_insurance_record":
            b = pdfdocs.social_insurance(p, r)
        elif t == "diploma" and lay == "xuexin":
            b = pdfdocs.xuexin(p, r)
        elif t == "residence_permit":
            b = pdfdocs.permit_info(p, r, layout=lay if lay.startswith("info_") else r.choice(["info_grid2", "info_grid4", "info_list"]))
        else:
            raise ValueError(t)
        self.cache[key] = b
        return b

    def pdf_pages(self, doc):
        import pypdfium2 as pdfium
        pdf = pdfium.PdfDocument(self.pdf_bytes(doc))
        n = len(pdf)
        pdf.close()
        return n

    def raster(self, doc, k, dpi=200):
        key = ("raster", doc["_id"], k, dpi)
        if key not in self.cache:
            import pypdfium2 as pdfium
            pdf = pdfium.PdfDocument(self.pdf_bytes(doc))
            img = pdf[k].render(scale=dpi / 72).to_pil().convert("RGB")
            pdf.close()
            self.cache[key] = img
        return self.cache[key]

    def part(self, doc, part, dpi=200):
        """The flat image of one part of a document."""
        if part.startswith("pdf:"):
            return self.raster(doc, int(part[4:]), dpi)
        if part == "info":
            return self.raster(doc, 0, dpi)
        key = ("part", doc["_id"], part)
        if key in self.cache:
            return self.cache[key]
        r, nr = self.r(f"part-{doc['_id']}-{part}"), self.nr(f"part-{doc['_id']}-{part}")
        t, lay, p = doc["type"], doc["layout"], doc["_p"]
        if t == "id_card":
            img = cards.id_front(p, r, nr) if part == "front" else cards.id_back(p, r, nr)
        elif t == "residence_permit" and part.startswith("card"):
            img = cards.permit_front(p, r, nr) if part == "card_front" else cards.permit_back(p, r, nr)
        elif t == "residence_permit" and part == "screen":
            img = screens.permit_screen(p, r, size=r.choice([(1080, 2340), (1170, 2532), (1080, 2400)]))
        elif t == "household_register_cover":
            img = hukou.cover_page(p, r, nr, layout=lay)
        elif t == "household_register_member":
            img = hukou.member_page(p, r, nr, hand=p.get("hand", False), layout=lay)
        elif t == "collective_hukou_certificate":
            img = hukou.collective_letter(p, r, nr)
        elif t == "tax_record" and part.startswith("screen:"):
            shots = self.cache.get(("shots", doc["_id"]))
            if shots is None:
                shots = screens.tax_screens(p, self.r(f"shots-{doc['_id']}"))
                self.cache[("shots", doc["_id"])] = shots
            img = shots[int(part[7:])]
        elif t == "diploma":
            img = certs.diploma(p, r, nr, layout=lay)
        elif t == "degree_certificate":
            img = certs.degree(p, r, nr, layout=lay)
        elif t == "marriage_certificate":
            lr = self.cache.get(("mar", doc["_id"]))
            if lr is None:
                lr = certs.marriage_pages(p, self.r(f"mar-{doc['_id']}"), self.nr(f"mar-{doc['_id']}"))
                self.cache[("mar", doc["_id"])] = lr
            img = lr[0] if part == "left" else lr[1]
        elif t == "unknown" and lay == "birth_certificate":
            img = certs.birth_certificate(p, r, nr)
        elif t == "unknown" and lay == "property_certificate":
            img = certs.property_page(p, r, nr)
        elif t == "unknown" and lay == "bank_card":
            img = cards.bank_card(p, r, nr)
        else:
            raise ValueError((t, lay, part))
        self.cache[key] = img
        return img

    def expand_parts(self, doc):
        """Resolve 'pdf' / 'screens' / 'main' parts into concrete page parts."""
        t, lay = doc["type"], doc["layout"]
        if doc["_parts"] == ["pdf"]:
            doc["_parts"] = [f"pdf:{k}" for k in range(self.pdf_pages(doc))]
        elif doc["_parts"] == ["screens"]:
            shots = screens.tax_screens(doc["_p"], self.r(f"shots-{doc['_id']}"))
            self.cache[("shots", doc["_id"])] = shots
            doc["_parts"] = [f"screen:{k}" for k in range(len(shots))]
        elif t == "marriage_certificate":
            doc["_parts"] = ["left", "right"]
        elif doc["_parts"] == ["main"]:
            doc["_parts"] = ["main"]

    # ------------------------------------------------------------ presentation
    def present(self):
        pl = self.pl
        r = self.r("present")
        self.names = Names(self.r("names"), pl.as_of)
        docs = [d for d in pl.docs]
        for d in docs:
            self.expand_parts(d)
        by = lambda t, who=None: [d for d in docs if d["type"] == t and (who is None or d["person"] == who)]  # noqa
        done = set()
        multi = []  # sheets for one multi-document scanner PDF
        use_multi = bool(pl.sc.get("multi_pdf")) or r.random() < 0.15

        # ---- ID cards
        a_id = by("id_card", "applicant")
        s_id = by("id_card", "spouse")
        o_id = by("id_card", "other")
        dup_id = bool(pl.sc.get("dup_id")) or r.random() < 0.12
        dup_tax = bool(pl.sc.get("dup_tax")) or r.random() < 0.12
        couple = a_id and s_id and (pl.sc.get("couple_a4") or r.random() < 0.3)
        if couple:
            self.a4_cards([a_id[0], s_id[0]], r)
            done |= {a_id[0]["_id"], s_id[0]["_id"]}
            if dup_id:
                self.cards_any(a_id[0], r, exclude="a4")
        for d in a_id + s_id + o_id:
            if d["_id"] in done:
                continue
            mode = self.cards_any(d, r)
            if d["person"] == "applicant" and dup_id:
                self.cards_any(d, r, exclude=mode)
            done.add(d["_id"])

        # ---- residence permits
        for d in by("residence_permit"):
            self.permit_files(d, r)
            done.add(d["_id"])

        # ---- booklets and the collective certificate
        own = list(getattr(pl, "own_booklet", None) or [])
        sp = list(getattr(pl, "spouse_booklet", None) or [])
        for group in (own, sp):
            if not group:
                continue
            if use_multi and group is own:
                multi.extend([("page", [(d, d["_parts"][0])]) for d in group])
            else:
                self.booklet_files(group, r)
            done |= {d["_id"] for d in group}
        for d in by("collective_hukou_certificate"):
            self.single_page_file(d, "main", r, kinds=["scan", "photo", "photocopy", "chat"])
            done.add(d["_id"])

        # ---- contract
        for d in by("labour_contract"):
            self.multipage_doc(d, r, allow_text=0.1, hint="劳动合同")
            done.add(d["_id"])
        # ---- tax
        for d in by("tax_record"):
            if d["layout"] == "income_detail":
                for part in d["_parts"]:
                    self.screen_file(d, part, r)
            elif d["layout"] == "old_form":
                self.multipage_doc(d, r, allow_text=0.0, hint="完税证明")
            else:
                if dup_tax:
                    self.text_pdf(d, hint="个人所得税纳税记录")
                    self.multipage_doc(d, r, allow_text=0.0, force_photos=True)
                else:
                    self.multipage_doc(d, r, allow_text=0.7, hint="个人所得税纳税记录")
            done.add(d["_id"])
        for d in by("social_insurance_record"):
            self.multipage_doc(d, r, allow_text=0.6, hint="社保缴费记录")
            done.add(d["_id"])
        # ---- education, marriage
        for d in docs:
            if d["_id"] in done:
                continue
            if d["type"] in ("diploma", "degree_certificate") and d["layout"] == "xuexin":
                self.multipage_doc(d, r, allow_text=0.6, hint="学历证书电子注册备案表")
            elif d["type"] in ("diploma", "degree_certificate"):
                if use_multi and r.random() < 0.5:
                    multi.append(("page", [(d, "main")]))
                else:
                    self.single_page_file(d, "main", r, kinds=["photo", "photo", "heic", "scan", "chat", "photocopy"])
            elif d["type"] == "marriage_certificate":
                if use_multi and r.random() < 0.6:
                    multi.append(("spread", [(d, "left"), (d, "right")]))
                elif d["layout"] == "spread":
                    self.spread_file([(d, "left"), (d, "right")], r)
                else:
                    for part in ("left", "right"):
                        self.single_page_file(d, part, r, kinds=["photo", "chat", "photo"])
            elif d["type"] == "unknown":
                if d["layout"] == "bank_card":
                    self.photo_file([("card", [(d, "main")])], r, subject="card")
                else:
                    self.single_page_file(d, "main", r, kinds=["photo", "chat", "scan"])
            done.add(d["_id"])
        if multi:
            self.scanner_pdf(multi, r)
        self.cap_digital(r)

    # ------------------------------------------------------------ file makers
    def add_file(self, kind, fmt, sheets, hint=""):
        name = self.names.get(kind, fmt, hint)
        self.files.append({"name": name, "fmt": fmt.lower(), "sheets": sheets})
        return name

    def photo_rot(self, r, fmt):
        x = r.random()
        if fmt == "jpg" and x < 0.18:
            return r.choice(["exif6", "exif6", "exif8", "exif3"])
        if x < 0.26:
            return r.choice(["rot90", "rot180", "rot270"])
        return None

    def photo_file(self, sheets, r, subject="page", chat=False, heic=False):
        if heic and not self.heic_ok(r):
            heic = False
        fmt = "heic" if heic else "jpg"
        cap_ = "chat" if chat else "photo"
        for s in sheets:
            s_ = {"kind": s[0], "items": s[1], "capture": cap_, "subject": subject,
                  "rot": None if chat else self.photo_rot(r, fmt)}
            if chat and r.random() < 0.1:
                s_["rot"] = r.choice(["rot90", "rot270"])
            self.add_file("chat" if chat else ("photo_heic" if heic else "photo"), "jpg" if chat else fmt, [s_])

    def heic_ok(self, r):
        n = sum(1 for f in self.files if f["fmt"] == "heic")
        return n < 2

    def cards_any(self, d, r, exclude=None):
        modes = ["sep", "pair_photo", "a4", "glass", "sep", "pair_photo"]
        if len(d["_parts"]) == 1:
            modes = ["sep", "a4"]
        modes = [m for m in modes if m != exclude] or ["sep"]
        mode = r.choice(modes)
        parts = [(d, p) for p in d["_parts"]]
        if mode == "sep":
            chat = r.random() < 0.35
            heic = not chat and r.random() < 0.25 and self.heic_ok(r)
            for it in parts:
                self.photo_file([("card", [it])], r, subject="card", chat=chat, heic=heic)
        elif mode == "pair_photo":
            chat = r.random() < 0.3
            self.photo_file([("cards", parts)], r, subject="booklet", chat=chat)
        elif mode == "a4":
            self.a4_cards([d], r)
        else:  # cards on the scanner glass
            fmt = r.choice(["jpg", "png", "pdf", "jpg"])
            s = {"kind": "a4cards", "items": parts, "capture": "scan", "rot": None, "glass": True}
            self.add_file("scan", fmt, [s], hint="身份证")
        return mode

    def a4_cards(self, ds, r):
        items = [(d, p) for d in ds for p in d["_parts"]]
        capture = r.choice(["photocopy", "scan", "photocopy", "lowres", "bilevel", "photo"])
        wm = r.random() < 0.45
        s = {"kind": "a4cards", "items": items, "capture": capture, "rot": None, "watermark": wm}
        if capture == "photo":
            s["subject"] = "page"
            s["rot"] = self.photo_rot(r, "jpg")
            self.add_file("photo", "jpg", [s])
        else:
            fmt = {"bilevel": r.choice(["tif", "pdf"]), "lowres": r.choice(["jpg", "bmp"])}.get(capture, r.choice(["jpg", "pdf", "png"]))
            if r.random() < 0.06:
                s["rot"] = "rot180"
            self.add_file("scan", fmt, [s], hint=r.choice(["身份证复印件", "身份证正反面", "证件"]))

    def permit_files(self, d, r):
        lay = d["layout"]
        if lay == "app":
            self.screen_file(d, "screen", r)
            return
        if lay in ("card_info", "card"):
            cp = [(d, "card_front"), (d, "card_back")]
            if r.random() < 0.5:
                self.photo_file([("cards", cp)], r, subject="booklet", chat=r.random() < 0.3)
            else:
                chat = r.random() < 0.3
                for it in cp:
                    self.photo_file([("card", [it])], r, subject="card", chat=chat)
            if lay == "card":
                return
        # the information page
        x = r.random()
        if x < 0.3 and self.digital_budget_ok(1):
            self.text_pdf(d, hint=r.choice(["居住证信息", "居住证", "download"]), parts=["info"])
        else:
            self.single_page_file(d, "info", r, kinds=["scan", "photo", "photocopy", "chat", "lowres"])

    def digital_budget_ok(self, n):
        return True

    def booklet_files(self, group, r):
        mode = r.choice(["photos", "spreads", "scan_pdf", "a4_copy", "photos", "spreads", "tiff"])
        items = [(d, d["_parts"][0]) for d in group]
        if mode == "photos":
            chat = r.random() < 0.3
            heic = not chat and r.random() < 0.2 and self.heic_ok(r)
            for it in items:
                self.photo_file([("page", [it])], r, subject="booklet", chat=chat, heic=heic)
        elif mode == "spreads":
            chat = r.random() < 0.3
            for k in range(0, len(items), 2):
                pair = items[k:k + 2]
                kind = "spread" if len(pair) == 2 else "page"
                self.photo_file([(kind, pair)], r, subject="booklet", chat=chat)
        elif mode == "a4_copy" and len(items) >= 2:
            own_member = [it for it in items[1:] if it[0]["person"] in ("applicant", "spouse")]
            first = [items[0], (own_member or items[1:2])[0]]
            capture = r.choice(["photocopy", "scan", "bilevel", "lowres"])
            s = {"kind": "a4pages", "items": first, "capture": capture, "rot": None, "watermark": r.random() < 0.3}
            fmt = "tif" if capture == "bilevel" else r.choice(["jpg", "pdf"])
            self.add_file("scan", fmt, [s], hint="户口本")
            rest = [it for it in items if it not in first]
            chat = r.random() < 0.4
            for it in rest:
                self.photo_file([("page", [it])], r, subject="booklet", chat=chat)
        else:
            capture = "bilevel" if mode == "tiff" else r.choice(["scan", "photocopy", "scan"])
            fmt = "tif" if mode == "tiff" else "pdf"
            sheets = []
            if r.random() < 0.4 and capture != "bilevel":
                for k in range(0, len(items), 2):
                    pair = items[k:k + 2]
                    sheets.append({"kind": "spread" if len(pair) == 2 else "page", "items": pair, "capture": capture,
                                   "rot": None})
            else:
                sheets = [{"kind": "page", "items": [it], "capture": capture, "rot": None} for it in items]
            self.add_file("scan", fmt, sheets, hint="户口簿")

    def single_page_file(self, d, part, r, kinds):
        k = r.choice(kinds)
        if k == "heic" and not self.heic_ok(r):
            k = "photo"
        if k in ("photo", "heic", "chat"):
            subject = "page" if d["type"] not in ("household_register_cover", "household_register_member") else "booklet"
            self.photo_file([("page", [(d, part)])], r, subject=subject, chat=k == "chat", heic=k == "heic")
            return
        s = {"kind": "page", "items": [(d, part)], "capture": k, "rot": "rot90" if r.random() < 0.05 else None}
        fmt = {"scan": r.choice(["jpg", "pdf", "png", "jpg", "tif", "webp"]), "photocopy": r.choice(["jpg", "pdf", "tif"]),
               "lowres": "jpg", "bilevel": "tif"}[k]
        hint = {"diploma": "毕业证", "degree_certificate": "学位证", "collective_hukou_certificate": "户籍证明",
                "residence_permit": "居住证"}.get(d["type"], "")
        self.add_file("scan", fmt, [s], hint=hint)

    def spread_file(self, items, r):
        if r.random() < 0.75:
            self.photo_file([("spread", items)], r, subject="booklet", chat=r.random() < 0.3)
        else:
            s = {"kind": "spread", "items": items, "capture": r.choice(["scan", "photocopy"]), "rot": None}
            self.add_file("scan", r.choice(["jpg", "pdf"]), [s], hint="结婚证")

    def multipage_doc(self, d, r, allow_text=0.0, hint="", force_photos=False):
        parts = [(d, p) for p in d["_parts"]]
        if not force_photos and r.random() < allow_text:
            self.text_pdf(d, hint=hint)
            return
        mode = "photos" if force_photos else r.choice(["scan_pdf", "scan_pdf", "photos", "tiff", "scan_jpgs", "photos"])
        if mode == "photos":
            chat = r.random() < 0.35
            for it in parts:
                self.photo_file([("page", [it])], r, subject="page", chat=chat)
        elif mode == "scan_jpgs":
            capture = r.choice(["scan", "photocopy", "lowres"])
            for it in parts:
                self.add_file("scan", "jpg", [{"kind": "page", "items": [it], "capture": capture, "rot": None}], hint=hint)
        else:
            capture = "bilevel" if mode == "tiff" else r.choice(["scan", "photocopy", "scan", "scan"])
            fmt = "tif" if mode == "tiff" else "pdf"
            sheets = [{"kind": "page", "items": [it], "capture": capture,
                       "rot": "rot180" if r.random() < 0.04 else None} for it in parts]
            self.add_file("scan", fmt, sheets, hint=hint)

    def text_pdf(self, d, hint="", parts=None):
        name = self.names.get("web", "pdf", hint)
        self.files.append({"name": name, "fmt": "pdf", "text_pdf": d, "sheets": [
            {"kind": "page", "items": [(d, p)], "capture": "text_pdf", "rot": None} for p in (parts or d["_parts"])]})

    def screen_file(self, d, part, r):
        s = {"kind": "page", "items": [(d, part)], "capture": "screenshot", "rot": None}
        if r.random() < 0.25:
            s["chatjpg"] = True
            self.add_file("chat", "jpg", [s])
        else:
            self.add_file("screen", "png", [s])

    def scanner_pdf(self, sheets, r):
        capture = r.choice(["scan", "scan", "photocopy"])
        out = [{"kind": k, "items": items, "capture": capture, "rot": None} for k, items in sheets]
        self.add_file("scan", "pdf", out, hint="材料")

    def cap_digital(self, r):
        """Keep digital pages (screenshots, text PDFs) to at most a third."""
        def counts():
            tot = sum(len(f["sheets"]) for f in self.files)
            dig = sum(len(f["sheets"]) for f in self.files if f["sheets"][0]["capture"] in DIGITAL)
            return tot, dig
        tot, dig = counts()
        while dig * 3 > tot:
            cands = [f for f in self.files if f.get("text_pdf") is not None]
            if not cands:
                break
            f = max(cands, key=lambda x: len(x["sheets"]))
            f.pop("text_pdf")
            f["name"] = f["name"].rsplit(".", 1)[0] + ".pdf"
            cap_ = r.choice(["scan", "photocopy"])
            for s in f["sheets"]:
                s["capture"] = cap_
            tot, dig = counts()

    # ------------------------------------------------------------ rendering
    def sheet_image(self, s, key):
        r, nr = self.r(f"cap-{key}"), self.nr(f"cap-{key}")
        kind, items, capture = s["kind"], s["items"], s["capture"]
        dpi = 200
        if capture in ("scan", "photocopy") and r.random() < 0.3:
            dpi = r.choice([150, 300]) if capture == "scan" else 150
        if capture == "lowres":
            dpi = 100
        if kind == "page":
            img = self.part(items[0][0], items[0][1], dpi=dpi if capture not in ("photo", "chat") else 150)
        elif kind == "spread":
            a, b = (self.part(d, p) for d, p in items)
            h = max(a.height, b.height)
            img = Image.new("RGB", (a.width + b.width + 6, h), (120, 110, 100))
            img.paste(a.convert("RGB"), (0, 0))
            img.paste(b.convert("RGB"), (a.width + 6, 0))
        elif kind in ("card", "cards"):
            ims = [self.part(d, p) for d, p in items]
            if len(ims) == 1:
                img = ims[0]
            else:
                gap = 60
                vertical = r.random() < 0.5
                if vertical:
                    W = max(i.width for i in ims) + 40
                    H = sum(i.height for i in ims) + gap * (len(ims) - 1) + 40
                else:
                    W = sum(i.width for i in ims) + gap * (len(ims) - 1) + 40
                    H = max(i.height for i in ims) + 40
                img = Image.new("RGBA", (W, H), (0, 0, 0, 0))
                x = y = 20
                for im in ims:
                    t = im.rotate(r.uniform(-4, 4), expand=True, resample=Image.BICUBIC)
                    img.alpha_composite(t, (x, y))
                    if vertical:
                        y += im.height + gap
                    else:
                        x += im.width + gap
        elif kind == "a4cards":
            parts = [(self.part(d, p), 85.6) for d, p in items]
            img = cap.on_glass(parts, r, dpi=200)
            if s.get("glass"):
                img = img.convert("RGB")
        elif kind == "a4pages":
            W, H = 1654, 2339
            img = Image.new("RGB", (W, H), (255, 255, 255))
            y = 60
            for d, p in items:
                im = self.part(d, p)
                w = int(W * 0.62)
                h = int(im.height * w / im.width)
                if y + h > H - 40:
                    h = H - 40 - y
                    w = int(im.width * h / im.height)
                img.paste(im.convert("RGB").resize((w, h), Image.LANCZOS), (int((W - w) / 2), y))
                y += h + 50
        else:
            raise ValueError(kind)
        if s.get("watermark"):
            from .draw import watermark
            img = watermark(img.convert("RGB"), r)
        # ---- capture
        if capture in ("photo", "chat"):
            subject = s.get("subject", "page")
            if kind in ("cards",):
                subject = "booklet"
            out = cap.photo(img, r, nr, subject=subject,
                            long_side=r.choice([2880, 3264, 3264]) if capture == "photo" else 2400)
            if capture == "chat":
                out = cap.chat(out, r)
        elif capture == "scan":
            out = cap.scan(img.convert("RGB") if img.mode == "RGBA" else img, r, nr, gray=r.random() < 0.25)
        elif capture == "photocopy":
            out = cap.photocopy(img.convert("RGB"), r, nr)
        elif capture == "bilevel":
            out = cap.bilevel(img.convert("RGB"), r, nr)
        elif capture == "lowres":
            out = cap.lowres(img.convert("RGB"), r, nr)
        elif capture == "screenshot":
            out = img.convert("RGB")
        else:
            out = img.convert("RGB")
        out, exif_o, rot = cap.apply_rotation(out, s.get("rot"))
        return out, exif_o, rot, r

    def render(self, out_dir):
        os.makedirs(out_dir, exist_ok=True)
        pages_truth = []
        doc_pages = {}
        for fi, f in enumerate(self.files):
            path = os.path.join(out_dir, f["name"])
            if f.get("text_pdf") is not None:
                data = self.pdf_bytes(f["text_pdf"])
                metas = [(None, 0) for _ in f["sheets"]]
            else:
                imgs, metas = [], []
                last_r = None
                for si, s in enumerate(f["sheets"]):
                    img, exif_o, rot, rr = self.sheet_image(s, f"{fi}-{si}")
                    imgs.append(img)
                    metas.append((exif_o, rot))
                    last_r = rr
                r = self.r(f"enc-{fi}")
                if len(imgs) == 1 and f["fmt"] not in ("pdf", "tif"):
                    s0 = f["sheets"][0]
                    q = r.randint(55, 72) if s0["capture"] == "chat" or s0.get("chatjpg") else None
                    cam = r.choice(CAMERAS) if s0["capture"] == "photo" else None
                    when = self.names.t.strftime("%Y:%m:%d %H:%M:%S") if cam else None
                    data = cap.encode_image(imgs[0], f["fmt"], r, quality=q, exif_orient=metas[0][0], camera=cam, when=when)
                elif f["fmt"] == "tif":
                    data = cap.encode_multi(imgs, "tif", r)
                else:
                    data = cap.encode_multi(imgs, "pdf", r, dpi=200, title=f["name"].rsplit(".", 1)[0],
                                            pinned=self.names.t.replace(microsecond=0))
            with open(path, "wb") as fh:
                fh.write(data)
            for k, s in enumerate(f["sheets"]):
                types = []
                for d, p in s["items"]:
                    if d["type"] not in types:
                        types.append(d["type"])
                    lst = doc_pages.setdefault(d["_id"], [])
                    ref = {"file": f["name"], "page": k + 1}
                    if ref not in lst:
                        lst.append(ref)
                pt = {"file": f["name"], "page": k + 1, "type": types[0], "capture": s["capture"],
                      "rotation": metas[k][1]}
                if len(types) > 1:
                    pt["types"] = types
                if metas[k][0]:
                    pt["exif_orientation"] = metas[k][0]
                pages_truth.append(pt)
        return pages_truth, doc_pages


def _truth_docs(docs, doc_pages):
    out = []
    for d in docs:
        pages = doc_pages.get(d["_id"], [])
        if not pages:
            raise RuntimeError(f"document without pages: {d['type']}")
        out.append({"type": d["type"], "layout": d["layout"], "person": d["person"], "pages": pages,
                    "fields": d["fields"], "rows": d["rows"]})
    return out


def plan_truth(seed, index):
    """Plan a packet (no rendering): the Builder with its planner filled in and a truth skeleton."""
    b = Builder(seed, index)
    pl = b.pl
    pl.people()
    pl.papers()
    skeleton = {"as_of": pl.as_of.isoformat(), "application": pl.app,
                "documents": [{"type": d["type"], "person": d["person"], "fields": d["fields"], "rows": d["rows"]}
                              for d in pl.docs]}
    if pl.decl:
        skeleton["declarations"] = pl.decl
    pl.auto_declarations(derive, skeleton)
    if pl.decl:
        skeleton["declarations"] = pl.decl
    res = derive(skeleton)
    target = pl.sc["st"]
    if res["verdict"] != target:
        raise RuntimeError(f"packet {index}: scenario {pl.sc} gives {res}")
    return b, res


def build(seed, index, out_dir):
    """Write DIR/yNNN (the packet) and DIR/yNNN.truth.json. Returns the truth dict."""
    b, res = plan_truth(seed, index)
    pl = b.pl
    name = f"y{index:03d}"
    b.present()
    pdir = os.path.join(out_dir, name)
    if os.path.isdir(pdir):
        import shutil
        shutil.rmtree(pdir)
    pages, doc_pages = b.render(pdir)
    truth = {"packet": name, "as_of": pl.as_of.isoformat(), "application": pl.app,
             "defects": pl.defects, "expected_rules": res["expected_rules"], "verdict": res["verdict"],
             "points": res["points"]}
    if pl.decl:
        truth["declarations"] = pl.decl
    truth["pages"] = pages
    truth["documents"] = _truth_docs(pl.docs, doc_pages)
    again = derive(truth)
    assert again["expected_rules"] == truth["expected_rules"] and again["points"] == truth["points"]
    with open(os.path.join(out_dir, name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return truth
