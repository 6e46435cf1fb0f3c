"""build(seed, index, out_dir): one packet folder out_dir/z{index:03d}/ and
out_dir/z{index:03d}.truth.json. A pure function of (seed, index)."""
from __future__ import annotations

import datetime as _dt
import io
import json
import os
import shutil

import numpy as np
from PIL import Image

from . import capture as C
from . import pdfdocs as PD
from . import scenario
from . import screens as SC
from . import sheets_a as A
from . import sheets_b as B
from .rules import derive
from .util import Rand, d, iso, month_add, month_str

DIGITAL = {"screenshot", "text_pdf"}


def fw(s):
    return s.replace("(", "（").replace(")", "）") if s else s


class Page:
    def __init__(self, img, docs, capture, rotation=0):
        self.img, self.docs, self.capture, self.rotation = img, list(docs), capture, rotation


class OutFile:
    def __init__(self, kind, pages, style, **kw):
        self.kind, self.pages, self.style = kind, pages, style
        self.kw = kw
        self.name = None


class Builder:
    def __init__(self, seed, index):
        self.seed, self.index = seed, index
        self.S = scenario.make(seed, index)
        self.R = Rand(seed, index, "present")
        self.files = []
        self.docs = {x["id"]: x for x in self.S["docs"]}
        self.extra_docs = []   # unknown pages
        self.feat = self.S["feat"]
        self.clean = not self.S["defects"]

    # ------------------------------------------------------------------ helpers
    def r(self, purpose):
        return self.R.child(purpose)

    def photo_opts(self, R, kind):
        """Home-photo conditions. kind: card | booklet | a4 | cert | small."""
        o = {}
        o["bg"] = R.choices(["wood", "bed", "sofa", "cloth", "desk"], [3, 3, 2, 2, 2])
        o["held"] = kind in ("a4", "booklet", "small") and R.chance(0.22)
        if kind == "card":
            o["fill"] = R.uniform(0.2, 0.5)
        elif kind == "a4_dense":
            o["fill"] = R.uniform(0.5, 0.62)
        else:
            o["fill"] = R.uniform(0.3, 0.6)
        o["tilt"] = R.uniform(3, 25) if kind != "a4_dense" else R.uniform(3, 15)
        o["rot"] = R.uniform(-9, 9)
        o["curl"] = {"booklet": R.uniform(0.01, 0.03), "a4": R.uniform(0.0, 0.02), "a4_dense": R.uniform(0, 0.01),
                     "cert": R.uniform(0, 0.012), "small": R.uniform(0, 0.018), "card": 0.0}[kind]
        o["thumb"] = R.chance(0.38)
        o["glare"] = R.chance(0.5 if kind == "card" else 0.22)
        o["shadow"] = R.chance(0.28)
        o["light"] = R.choices(["day", "warm_dim", "lamp", "flash"], [5, 2, 2, 1]) if kind != "a4_dense" else \
            R.choices(["day", "lamp"], [3, 1])
        if self.feat.get("light") and R.chance(0.7):
            o["light"] = self.feat["light"]
        o["blur"] = R.choices(["soft", "motion", "none"], [7, 1 if kind != "a4_dense" else 0, 2])
        o["mp"] = R.choices([8, 12, 13, 16, 48, 50], [3, 5, 2, 1, 1, 1])
        if kind == "a4_dense" and o["mp"] == 8:
            o["mp"] = 12
        return o

    def add_photo(self, plane, docs, R, kind, chat_ok=True, heic_ok=True, **over):
        o = self.photo_opts(R, kind)
        o.update(over)
        nfaces = max(1, len(plane.regions))
        if nfaces > 1:
            o["fill"] = min(0.62, max(o["fill"], 0.2 * nfaces))
        ph_, pw_ = plane.rgba.shape[:2]
        chat = chat_ok and kind not in ("a4_dense",) and R.chance(0.18) and max(ph_, pw_) / min(ph_, pw_) < 2.0
        if chat:
            # a photo that goes through a chat app is shot closer, or it would not be legible
            o["fill"] = max(o["fill"], R.uniform(0.5, 0.62))
            o["mp"] = 12
        mp = o.pop("mp")
        img, info = C.photo(plane, R.child("ph"), mp=mp, protect=True, **o)
        capture = "photo"
        style = "camera"
        rot = 0
        exif_orient = 1
        fmt = "jpg"
        if chat:
            img = C.chat(img, R)
            capture = "chat"
            style = R.choice(["wechat", "mmexport", "qq"])
        else:
            u = R.random()
            if u < 0.14:
                exif_orient = R.choice([6, 8, 3])
            elif u < 0.22:
                rot = R.choice([90, 180, 270])
            if heic_ok and mp == 8 and not getattr(self, "heic_used", False) and R.chance(0.6):
                fmt = "heic"
                style = "heic"
                exif_orient = 1
                self.heic_used = True
        if rot:
            img = img.rotate(-rot, expand=True)   # content turned clockwise by rot
        f = OutFile(fmt, [Page(img, docs, capture, rot)], style, exif=exif_orient, mp=mp, quality=R.randint(84, 94))
        self.files.append(f)
        return f, info

    def add_flat(self, img, size_mm, docs, R, capture, fmt=None):
        """Scan / photocopy / bilevel / lowres of a flat face -> one file."""
        if capture == "scan":
            out, dpi = C.scan(img, R, grey=R.chance(0.3), size_mm=size_mm)
            fmt = fmt or R.choice(["jpg", "jpg", "png"])
        elif capture == "photocopy":
            sc, dpi = C.scan(img, R, size_mm=size_mm, dpi=R.choice([150, 200]))
            out = C.photocopy(sc, R)
            fmt = fmt or "jpg"
        elif capture == "bilevel":
            sc, dpi = C.scan(img, R, size_mm=size_mm, dpi=R.choice([200, 300]))
            out = C.bilevel(sc, R)
            fmt = fmt or R.choice(["tif", "png"])
        elif capture == "lowres":
            out = C.lowres(img, R, size_mm)
            fmt = fmt or "jpg"
        else:
            raise ValueError(capture)
        rot = 0
        if size_mm[0] > size_mm[1] and R.chance(0.5):
            rot = R.choice([90, 270])
            out = out.rotate(-rot, expand=True)
        f = OutFile(fmt, [Page(out, docs, capture, rot)], "scan", quality=R.randint(70, 90) if capture != "lowres" else R.randint(55, 72))
        self.files.append(f)
        return f

    def scanapp_pages(self, items, R):
        """items: list of (plane, docs, size_mm, kind). Phone photos auto-cropped by a scanner app."""
        pages = []
        for k, (plane, docs, size_mm, kind) in enumerate(items):
            Rk = R.child(f"sa{k}")
            o = self.photo_opts(Rk, kind)
            o.update(held=False, thumb=False, mp=12, fill=Rk.uniform(0.45, 0.62), tilt=Rk.uniform(3, 14),
                     light=Rk.choice(["day", "lamp", "day"]), blur=Rk.choice(["soft", "none"]))
            mp = o.pop("mp")
            scene, info = C.photo(plane, Rk.child("ph"), mp=mp, protect=True, **o)
            q = info["quad"] * info["scale"]
            page_img, mode = C.scanapp(scene, q, size_mm, Rk)
            rot = 0
            if Rk.chance(0.07):
                rot = 180
                page_img = page_img.rotate(180)
            pages.append(Page(page_img, docs, "photo", rot))
        return pages

    def add_screenshot(self, img, docs, R, resend=False):
        if resend:
            img2, k = SC.chat_viewer(img, R)
            f = OutFile("jpg", [Page(img2, docs, "screenshot")], "wechat", quality=R.randint(68, 80))
        else:
            fmt = R.choice(["png", "png", "jpg"])
            f = OutFile(fmt, [Page(img, docs, "screenshot")], "screenshot", quality=R.randint(85, 95))
        self.files.append(f)
        return f

    def add_text_pdf(self, doc, docs_per_page, R):
        pages = [Page(None, dp, "text_pdf") for dp in docs_per_page]
        f = OutFile("pdf_text", pages, R.choice(["download", "plain"]), pdfdoc=doc, shuffle=R.chance(0.6))
        self.files.append(f)
        return f

    # ------------------------------------------------------------------ plan
    def plan(self):
        R = self.r("plan")
        S, feat = self.S, self.feat
        P = {}
        id_doc = self.docs["id"]
        if id_doc["hints"].get("front_only"):
            P["id_form"] = "front_only"
        else:
            P["id_form"] = R.choices(["pair_photo", "two_photos", "with_permit", "a4_copy"], [3, 3, 2, 2])
        P["permit_card"] = feat.get("permit_card") or P["id_form"] == "with_permit" or R.chance(0.25)
        if P["id_form"] == "with_permit":
            P["permit_card"] = True
        pf = feat.get("permit_form")
        if pf == "app":
            P["permit_form"] = R.choice(["app", "app", "app_resend"])
        else:
            P["permit_form"] = R.choices(["info_photo", "info_scan", "info_text_pdf", "app", "app_resend", "info_scanapp"],
                                         [4, 2, 1, 2, 1, 1])
        P["hukou_form"] = feat.get("hukou_form") or R.choices(["spread", "separate", "a4_copy", "scanapp", "scan"], [3, 3, 2, 2, 1])
        tax = self.docs.get("tax")
        if tax:
            P["tax_form"] = tax["hints"]["form"]
            if P["tax_form"] == "app_split":
                P["tax_resend"] = False
        P["contract_capture"] = R.choices(["photos", "scanapp_pdf", "scan_pdf", "tiff", "photocopy_jpgs"], [4, 3, 2, 1, 1])
        if P["hukou_form"] == "scanapp" and P["contract_capture"] == "scanapp_pdf":
            P["merge_scanapp"] = R.chance(0.7)
        P["unknown"] = []
        if R.chance(0.3):
            P["unknown"].append("receipt")
        if R.chance(0.15):
            P["unknown"].append("rental")
        self.P = P

    # ------------------------------------------------------------------ render
    def render(self):
        self.plan()
        S, P = self.S, self.P
        self._id_and_permit()
        self._household()
        self._contracts()
        self._tax()
        self._si()
        self._education()
        self._marriage_and_spouse()
        self._unknown()
        self._merge_scanapp()
        self._balance_digital()

    # ---- ID card and 居住证
    def _id_and_permit(self):
        R = self.r("id")
        S, P = self.S, self.P
        idd = self.docs["id"]
        pd_ = self.docs["permit"]
        f = idd["fields"]
        person = S["person"]
        front = A.id_front(dict(f, address=fw(f["address"])), R.child("front"))
        back = A.id_back(f, R.child("back")) if P["id_form"] != "front_only" else None
        pf = pd_["fields"]
        card_f = card_b = None
        if P["permit_card"]:
            card_f = A.permit_card_front(dict(pf, residence_address=fw(pf["residence_address"])), R.child("pcf"), sex=person["sex"])
            if R.chance(0.4):
                card_b = A.permit_card_back(pf, R.child("pcb"))
        used_card = False
        form = P["id_form"]
        if form == "pair_photo":
            pl = C.compose([front, back], R.child("c1"), R.choice(["row", "row", "col"]))
            self.add_photo(pl, ["id"], R.child("p1"), "card")
        elif form in ("two_photos", "front_only"):
            self.add_photo(C.single(front, R), ["id"], R.child("p1"), "card")
            if back is not None:
                self.add_photo(C.single(back, R), ["id"], R.child("p2"), "card")
        elif form == "with_permit":
            cards = [front, card_f]
            docs = ["id", "permit"]
            if R.chance(0.5):
                cards = [front, back, card_f]
                docs = ["id", "id", "permit"]
            pl = C.compose(cards, R.child("c1"), "row" if len(cards) == 2 or R.chance(0.5) else "col", jitter=5)
            self.add_photo(pl, _uniq(docs), R.child("p1"), "card")
            if len(cards) == 2:
                self.add_photo(C.single(back, R), ["id"], R.child("p2"), "card")
            used_card = True
        elif form == "a4_copy":
            cards = [front, back]
            docs = ["id"]
            if card_f is not None and R.chance(0.6):
                cards.append(card_f)
                docs = ["id", "permit"]
                used_card = True
            wm = "仅供居住证积分使用，他用无效" if R.chance(0.4) else None
            page = C.a4_copy(cards, R.child("a4"), watermark=wm)
            cap = R.choices(["photocopy", "scan", "bilevel", "lowres", "photo"], [3, 2, 1, 1, 2])
            if cap == "photo":
                self.add_photo(C.single(page, R), docs, R.child("p1"), "a4")
            else:
                self.add_flat(page.img, (210, 297), docs, R.child("f1"), cap)
        if card_f is not None and not used_card:
            pl = C.compose([card_f, card_b], R.child("c2"), "row") if card_b is not None else C.single(card_f, R)
            self.add_photo(pl, ["permit"], R.child("p3"), "card")
            card_b = None
        elif card_b is not None:
            self.add_photo(C.single(card_b, R), ["permit"], R.child("p4"), "card")
        # the information page or the app
        form = P["permit_form"]
        info_f = dict(pf, hukou_address=S["person"]["permit_hukou_printed"] if R.chance(0.7)
                      else S["person"]["permit_hukou_printed"].replace("（", "(").replace("）", ")"),
                      residence_address=pf["residence_address"])
        if form.startswith("app"):
            sc = SC.permit_screen(info_f, R.child("scr"), dark=R.chance(0.35))
            self.add_screenshot(sc.img, ["permit"], R.child("s1"), resend=form == "app_resend")
        else:
            pdate = d(S["as_of"].isoformat()) - _dt.timedelta(days=R.randint(0, 20))
            if pdate < d(pf["issue_date"]):
                pdate = d(pf["issue_date"])
            doc = PD.permit_info(info_f, R.child("info"), dict(print_date=iso(pdate)))
            if form == "info_text_pdf":
                self.add_text_pdf(doc, [["permit"]], R)
            else:
                im, boxes = doc.raster(ppm=R.choice([7.0, 8.0]))[0]
                sh = _sheet_from(im, boxes, 210, 297, R)
                if form == "info_photo":
                    self.add_photo(C.single(sh, R), ["permit"], R.child("p5"), "a4")
                elif form == "info_scan":
                    self.add_flat(sh.img, (210, 297), ["permit"], R.child("f5"),
                                  R.choices(["scan", "photocopy", "lowres", "bilevel"], [3, 2, 1, 1]))
                else:
                    pages = self.scanapp_pages([(C.single(sh, R), ["permit"], (210, 297), "a4")], R.child("sa"))
                    self.files.append(OutFile("pdf_img", pages, "scanapp"))

    # ---- 户口簿 / 集体户口
    def _household(self):
        R = self.r("hukou")
        S, P = self.S, self.P
        coll = self.docs.get("coll")
        if coll:
            sh = A.collective_letter(coll["fields"], R.child("letter"), extra=coll["hints"]["extra"], hand=R.chance(0.4))
            cap = R.choices(["photo", "scan", "photocopy"], [4, 2, 1])
            if cap == "photo":
                self.add_photo(C.single(sh, R), ["coll"], R.child("p"), "a4" if sh.w_mm > 150 else "small")
            else:
                self.add_flat(sh.img, (sh.w_mm, sh.h_mm), ["coll"], R.child("f"), cap)
            return
        cov, mem = self.docs.get("cover"), self.docs.get("member")
        if not cov:
            return
        h = cov["hints"]
        cs = A.hukou_cover(dict(cov["fields"], address=self.S["person"]["hukou_printed"]), R.child("cov"), hand=h["hand"],
                           old=h["old"], police=h["police"],
                           correction=(R.choice(["迁往上海市", "注销", "迁出"]) if h["hand"] and h["old"] and R.chance(0.5) else None))
        ms = None
        if mem:
            mh = mem["hints"]
            mf = dict(mem["fields"])
            if "employer" in mf:
                mf["employer"] = fw(mf["employer"])
            ms = A.hukou_member(mf, R.child("mem"), hand=mh["hand"], old=mh["old"], police=mh["police"],
                                corrections=mh["corrections"], extra=mh["extra"])
        head = self.docs.get("head_member")
        hs = None
        if head:
            hh = head["hints"]
            hs = A.hukou_member(head["fields"], R.child("head"), hand=hh["hand"], old=hh["old"], police=hh["police"],
                                corrections=[], extra=hh["extra"])
        cover_sheet = A.booklet_cover(R.child("bc"))
        form = P["hukou_form"]
        if form == "spread" and ms is not None:
            pl = C.booklet(cs, ms, cover_sheet, R.child("bk"))
            self.add_photo(pl, ["cover", "member"], R.child("p1"), "booklet")
        elif form in ("separate", "spread"):
            notes = A.hukou_notes(R.child("notes"), old=h["old"])
            pl = C.booklet(notes, cs, cover_sheet, R.child("bk1"), target="right")
            self.add_photo(pl, ["cover"], R.child("p1"), "booklet", fill=R.uniform(0.4, 0.6))
            if ms is not None:
                if R.chance(0.5):
                    pl = C.single(ms, R)
                    self.add_photo(pl, ["member"], R.child("p2"), "booklet")
                else:
                    # the facing page is a blank continuation page
                    blank = A.hukou_notes(R.child("n2"), old=h["old"])
                    blank.img = Image.new("RGB", blank.img.size, blank.img.getpixel((5, 5)))
                    pl = C.booklet(ms, blank, cover_sheet, R.child("bk2"), target="left")
                    self.add_photo(pl, ["member"], R.child("p2"), "booklet", fill=R.uniform(0.42, 0.6))
        elif form == "a4_copy":
            sheets = [cs] + ([ms] if ms is not None else [])
            page = C.a4_copy(sheets, R.child("a4"), arrangement="col")
            cap = R.choices(["photocopy", "scan", "bilevel", "photo"], [3, 2, 1, 2])
            docs = ["cover"] + (["member"] if ms is not None else [])
            if cap == "photo":
                self.add_photo(C.single(page, R), docs, R.child("p1"), "a4")
            else:
                self.add_flat(page.img, (210, 297), docs, R.child("f1"), cap)
        elif form == "scanapp":
            items = [(C.single(cs, R), ["cover"], (105, 143), "booklet")]
            if ms is not None:
                items.append((C.single(ms, R), ["member"], (105, 143), "booklet"))
            pages = self.scanapp_pages(items, R.child("sa"))
            self.hukou_scanapp = pages
            self.files.append(OutFile("pdf_img", pages, "scanapp"))
        else:  # flatbed scans of the pages
            self.add_flat(cs.img, (105, 143), ["cover"], R.child("f1"), R.choice(["scan", "scan", "photocopy"]))
            if ms is not None:
                self.add_flat(ms.img, (105, 143), ["member"], R.child("f2"), R.choice(["scan", "photocopy"]))
        if hs is not None:
            self.add_photo(C.single(hs, R), ["head_member"], R.child("p9"), "booklet")

    # ---- contracts
    def _contracts(self):
        R = self.r("contract")
        P = self.P
        for did in ("contract_orig", "contract"):
            c = self.docs.get(did)
            if not c:
                continue
            h = c["hints"]
            e = h["extra"]
            f = c["fields"]
            cc = dict(employer=e.get("printed_employer", fw(f["employer"])), employee_name=f["employee_name"],
                      employee_id_number=f["employee_id_number"], start_date=f["start_date"],
                      end_date=f.get("end_date"), open_ended=f["open_ended"], signing_date=f["signing_date"],
                      trial_end=e.get("trial_end"), legal_rep=e["legal_rep"], employer_address=e["employer_address"],
                      employee_hukou=e["employee_hukou"], employee_home=e["employee_home"], workplace=e["workplace"],
                      arb=e["arb"], term_words=e.get("term_words"), orig_start=e.get("orig_start"))
            if c["layout"] == "renewal":
                sheets = [B.renewal_sheet(cc, R.child(did + "r"), hand=h.get("hand", True))]
            else:
                kind = h.get("kind", "company")
                layout = {"model": "model", "company": "company", "hire": "hire"}[kind]
                n = R.randint(4, 6) if layout == "model" else R.randint(3, 5)
                sheets = B.contract_sheets(cc, R.child(did), layout=layout, hand=h.get("hand", False),
                                           old=R.chance(0.15), npages=n)
            cap = P["contract_capture"]
            if len(sheets) == 1 and cap in ("scanapp_pdf", "scan_pdf", "tiff"):
                cap = R.choice(["photos", cap])
            if cap == "photos":
                for k, s in enumerate(sheets):
                    self.add_photo(C.single(s, R), [did], R.child(f"{did}p{k}"), "a4", chat_ok=False,
                                   heic_ok=R.chance(0.5))
            elif cap == "photocopy_jpgs":
                for k, s in enumerate(sheets):
                    self.add_flat(s.img, (210, 297), [did], R.child(f"{did}f{k}"), "photocopy")
            elif cap == "scanapp_pdf":
                items = [(C.single(s, R), [did], (210, 297), "a4") for s in sheets]
                pages = self.scanapp_pages(items, R.child(did + "sa"))
                f = OutFile("pdf_img", pages, "scanapp")
                self.files.append(f)
                self.contract_scanapp = getattr(self, "contract_scanapp", []) + [f]
            elif cap == "scan_pdf":
                pages = []
                for k, s in enumerate(sheets):
                    Rk = R.child(f"{did}s{k}")
                    img, dpi = C.scan(s.img, Rk, size_mm=(210, 297), dpi=Rk.choice([150, 200]), grey=Rk.chance(0.5))
                    cp = "scan"
                    if Rk.chance(0.3):
                        img = C.photocopy(img, Rk, fold=False)
                        cp = "photocopy"
                    pages.append(Page(img, [did], cp))
                self.files.append(OutFile("pdf_img", pages, "scan"))
            else:  # tiff
                pages = []
                for k, s in enumerate(sheets):
                    Rk = R.child(f"{did}t{k}")
                    img, dpi = C.scan(s.img, Rk, size_mm=(210, 297), dpi=200)
                    pages.append(Page(C.bilevel(img, Rk), [did], "bilevel"))
                self.files.append(OutFile("tif", pages, "scan"))

    # ---- tax
    def _tax(self):
        t = self.docs.get("tax")
        if not t:
            return
        R = self.r("tax")
        S = self.S
        f = t["fields"]
        dist = t["hints"]["extra"]["office_district"]
        rows = []
        for r in t["rows"]:
            m = r["period"]
            nm = month_add(m, 1)
            dd = R.randint(3, 15)
            declared = f"{nm}-{dd:02d}"
            paid = f"{nm}-{min(28, dd + R.randint(0, 3)):02d}"
            ag = r["agent"]
            rows.append(dict(period=m, withholding_agent=fw(ag["printed"]) if R.chance(0.8) else ag["name"],
                             amount=f"{r['amount']:.2f}", _kind=r["kind"], _declared=declared, _paid=paid,
                             _office=f"国家税务总局上海市{ag.get('district', dist)}税务局", _uscc=ag["uscc"],
                             _income=f"{r['income']:.2f}"))
        ms = sorted({r["period"] for r in rows})
        period_txt = f"{ms[0][:4]}年{ms[0][5:]}月-{ms[-1][:4]}年{ms[-1][5:]}月" if ms else ""
        form = self.P["tax_form"]
        extra = dict(no=f"3{R.randint(10 ** 16, 10 ** 17 - 1)}", period_txt=period_txt,
                     verify="".join(R.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16)))
        if form in ("national_pdf", "national_photo"):
            doc = PD.tax_national(f, rows, R.child("doc"), extra)
        elif form == "detail_pdf":
            doc = PD.tax_detail(f, rows, R.child("doc"), dict(period_txt=period_txt.replace("年", "-").replace("月", "")))
        else:
            doc = None
        if form in ("national_pdf", "detail_pdf"):
            self.add_text_pdf(doc, [["tax"]] * len(doc.pages), R)
        elif form == "national_photo":
            rast = doc.raster(ppm=8.0, protect_all=True)
            for k, (im, boxes) in enumerate(rast):
                sh = _sheet_from(im, boxes, 210, 297, R)
                if R.chance(0.75):
                    self.add_photo(C.single(sh, R), ["tax"], R.child(f"p{k}"), "a4_dense", chat_ok=False, heic_ok=False)
                else:
                    self.add_flat(sh.img, (210, 297), ["tax"], R.child(f"f{k}"), "scan")
        elif form in ("app_long", "app_split"):
            shots = SC.tax_screens(f, rows, R.child("scr"), dark=R.chance(0.3),
                                   mode="long" if form == "app_long" else "split")
            for k, s in enumerate(shots):
                self.add_screenshot(s.img, ["tax"], R.child(f"s{k}"), resend=False)
        elif form == "old_cert":
            sh = B.tax_certificate(f, rows, R.child("cert"), extra=dict(no=f"{R.randint(10 ** 9, 10 ** 10 - 1)}",
                                                                   office=f"国家税务总局上海市{dist}税务局"))
            if R.chance(0.5):
                self.add_photo(C.single(sh, R), ["tax"], R.child("p"), "a4_dense", chat_ok=False, heic_ok=False)
            else:
                self.add_flat(sh.img, (sh.w_mm, sh.h_mm), ["tax"], R.child("f"), "scan")

    # ---- social insurance
    def _si(self):
        s = self.docs.get("si")
        if not s:
            return
        R = self.r("si")
        f = s["fields"]
        rows = [dict(month=r["month"], employer=fw(r["employer"]["printed"]), base=r["base"], back_payment=r["back_payment"])
                for r in s["rows"]]
        form = s["hints"]["form"]
        if form == "screenshot":
            sc = SC.si_screen(f, rows, R.child("scr"), dark=R.chance(0.3))
            self.add_screenshot(sc.img, ["si"], R.child("s"))
            return
        doc = PD.si_record(f, rows, R.child("doc"), dict(print_date=iso(self.S["as_of"] - _dt.timedelta(days=R.randint(0, 5)))))
        if form == "pdf":
            self.add_text_pdf(doc, [["si"]] * len(doc.pages), R)
        else:
            for k, (im, boxes) in enumerate(doc.raster(ppm=8.0, protect_all=True)):
                sh = _sheet_from(im, boxes, 210, 297, R)
                self.add_photo(C.single(sh, R), ["si"], R.child(f"p{k}"), "a4_dense", chat_ok=False, heic_ok=False)

    # ---- diplomas, degrees, 学信网
    def _education(self):
        R = self.r("edu")
        for x in self.S["docs"]:
            if x["type"] not in ("diploma", "degree_certificate"):
                continue
            did = x["id"]
            e = x["hints"]["extra"]
            Rx = R.child(did)
            if x["layout"] == "xuexin":
                doc = PD.xuexin(x["fields"], Rx, dict(e, update=iso(self.S["as_of"] - _dt.timedelta(days=Rx.randint(1, 200))),
                                                      verify="".join(Rx.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789")
                                                                     for _ in range(16))))
                if Rx.chance(0.6):
                    self.add_text_pdf(doc, [[did]], Rx)
                else:
                    im, boxes = doc.raster(ppm=8.0)[0]
                    sh = _sheet_from(im, boxes, 210, 297, Rx)
                    self.add_flat(sh.img, (210, 297), [did], Rx.child("f"), Rx.choice(["scan", "lowres"]))
                continue
            old = x["hints"].get("old") or x["layout"] == "old"
            if x["type"] == "diploma":
                sh = B.diploma_sheet(x["fields"], Rx, extra=e, old=old)
            else:
                sh = B.degree_sheet(x["fields"], Rx, extra=e, old=old and Rx.chance(0.6))
            cap = Rx.choices(["photo", "scan", "photocopy"], [6, 2, 1])
            if cap == "photo":
                self.add_photo(C.single(sh, Rx), [did], Rx.child("p"), "cert")
            else:
                self.add_flat(sh.img, (sh.w_mm, sh.h_mm), [did], Rx.child("f"), cap)

    # ---- 结婚证 and the spouse's papers
    def _marriage_and_spouse(self):
        R = self.r("marr")
        m = self.docs.get("marr")
        if m:
            e = m["hints"]["extra"]
            sh = B.marriage_spread(m["fields"], R.child("m"), extra=e)
            self.add_photo(C.single(sh, R), ["marr"], R.child("p"), "booklet")
        sp = self.docs.get("sp_id")
        if sp:
            fr = A.id_front(sp["fields"], R.child("sf"))
            bk = A.id_back(sp["fields"], R.child("sb"))
            pl = C.compose([fr, bk], R.child("sc"), "row")
            self.add_photo(pl, ["sp_id"], R.child("sp"), "card")
            cov, mem = self.docs["sp_cover"], self.docs["sp_member"]
            cs = A.hukou_cover(cov["fields"], R.child("scov"), hand=False, old=False, police=cov["hints"]["police"])
            ms = A.hukou_member(mem["fields"], R.child("smem"), hand=False, old=False, police=mem["hints"]["police"],
                                corrections=[], extra=mem["hints"]["extra"])
            page = C.a4_copy([cs, ms], R.child("sa4"), arrangement="col")
            self.add_flat(page.img, (210, 297), ["sp_cover", "sp_member"], R.child("sf1"), R.choice(["scan", "photocopy"]))

    # ---- pages that are no document
    def _unknown(self):
        R = self.r("unk")
        person = self.S["person"]
        for k, kind in enumerate(self.P["unknown"]):
            did = f"unk{k}"
            if kind == "receipt":
                sh = B.receipt_sheet(R.child(did))
                self.add_photo(C.single(sh, R), [did], R.child(did + "p"), "small")
            else:
                sh = B.rental_sheet(R.child(did), tenant=person["name"], addr=person["res_addr"],
                                    start=f"{self.S['as_of'].year - 1}年{R.randint(1, 12)}月1日")
                self.add_photo(C.single(sh, R), [did], R.child(did + "p"), "a4", chat_ok=False)
            self.extra_docs.append({"id": did, "type": "unknown", "layout": kind, "fields": {}, "rows": []})

    def _merge_scanapp(self):
        if not self.P.get("merge_scanapp"):
            return
        hk = [f for f in self.files if f.kind == "pdf_img" and f.pages and f.pages[0].docs[0] in ("cover", "member")]
        cs = getattr(self, "contract_scanapp", [])
        if hk and cs:
            hk[0].pages += cs[0].pages
            self.files.remove(cs[0])

    def _balance_digital(self):
        tot = sum(len(f.pages) for f in self.files)
        dig = sum(1 for f in self.files for p in f.pages if p.capture in DIGITAL)
        R = self.r("balance")
        k = 0
        while dig * 3 > tot:
            # hand in a photographed receipt-free extra: print the text PDF and photograph it instead
            cand = [f for f in self.files if f.kind == "pdf_text"]
            if not cand:
                raise RuntimeError("too many digital pages and nothing left to print")
            else:
                f = cand[0]
                doc = f.kw["pdfdoc"]
                idx = self.files.index(f)
                self.files.remove(f)
                new = []
                for j, (im, boxes) in enumerate(doc.raster(ppm=8.0, protect_all=True)):
                    sh = _sheet_from(im, boxes, doc.w, doc.h, R)
                    nf, _ = self.add_photo(C.single(sh, R), f.pages[j].docs, R.child(f"bal{k}_{j}"), "a4_dense",
                                           chat_ok=False, heic_ok=False)
                    self.files.remove(nf)
                    new.append(nf)
                self.files[idx:idx] = new
            k += 1
            tot = sum(len(f.pages) for f in self.files)
            dig = sum(1 for f in self.files for p in f.pages if p.capture in DIGITAL)

    # ------------------------------------------------------------------ names and writing
    def assign_names(self):
        R = self.r("names")
        as_of = self.S["as_of"]
        t = _dt.datetime(as_of.year, as_of.month, as_of.day, R.randint(8, 20), R.randint(0, 59)) - \
            _dt.timedelta(days=R.randint(1, 20))
        used = set()
        scan_no = R.randint(1, 40)
        img_no = R.randint(1000, 9000)
        for f in self.files:
            t += _dt.timedelta(seconds=R.randint(4, 240))
            ext = {"jpg": ".jpg", "heic": ".HEIC", "png": ".png", "tif": ".tif", "pdf_img": ".pdf", "pdf_text": ".pdf"}[f.kind]
            st = f.style
            if f.kind == "pdf_img" and st == "scanapp":
                name = R.choice([f"扫描全能王 {t:%Y-%m-%d %H.%M}", f"CamScanner {t:%m-%d-%Y %H.%M}", f"新建文档 {t:%Y-%m-%d %H.%M.%S}",
                                 f"Scan_{t:%Y%m%d_%H%M%S}", f"文档_{R.randint(1, 30)}"]) + ext
            elif f.kind in ("pdf_img", "tif") or st == "scan":
                scan_no += 1
                name = R.choice([f"scan{scan_no:04d}", f"Scan_{t:%Y%m%d%H%M%S}", f"扫描件{scan_no}", f"IMG{t:%Y%m%d}_{scan_no:04d}",
                                 f"{scan_no}"]) + ext
            elif f.kind == "pdf_text":
                name = R.choice([f"个人所得税纳税记录_{t:%Y%m%d}", f"download_{t:%Y%m%d%H%M%S}", f"{R.randint(10 ** 9, 10 ** 10)}",
                                 f"证明_{t:%m%d}", f"file_{R.randint(100, 999)}", f"打印{scan_no}"]) + ext
            elif st == "heic":
                img_no += R.randint(1, 9)
                name = f"IMG_{img_no:04d}" + ext
            elif st == "screenshot":
                name = R.choice([f"Screenshot_{t:%Y%m%d_%H%M%S}", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}-{R.randint(100, 999)}",
                                 f"截屏{t:%Y-%m-%d %H.%M.%S}", f"IMG_{img_no + R.randint(1, 50):04d}"]) + ext
            elif st in ("wechat", "mmexport", "qq"):
                ms = int(t.replace(tzinfo=_dt.timezone.utc).timestamp() * 1000) + R.randint(0, 999)
                name = {"wechat": f"微信图片_{t:%Y%m%d%H%M%S}", "mmexport": f"mmexport{ms}",
                        "qq": f"QQ图片{t:%Y%m%d%H%M%S}"}[st] + (ext if ext != ".HEIC" else ".jpg")
            else:
                name = R.choice([f"IMG_{t:%Y%m%d_%H%M%S}", f"IMG_{t:%Y%m%d_%H%M%S}", f"{t:%Y%m%d_%H%M%S}",
                                 f"PXL_{t:%Y%m%d_%H%M%S}{R.randint(100, 999)}", f"IMG_{img_no + R.randint(1, 60):04d}"]) + ext
            base, e2 = os.path.splitext(name)
            k = 1
            while name in used:
                k += 1
                name = f"{base}({k}){e2}"
            used.add(name)
            f.name = name
            f.time = t

    def write(self, out_dir):
        pid = f"z{self.index:03d}"
        folder = os.path.join(out_dir, pid)
        if os.path.isdir(folder):
            shutil.rmtree(folder)
        os.makedirs(folder)
        for f in self.files:
            path = os.path.join(folder, f.name)
            with open(path, "wb") as fh:
                fh.write(_encode(f, self.r("enc/" + f.name)))
        truth = self.truth(pid)
        with open(os.path.join(out_dir, pid + ".truth.json"), "w", encoding="utf-8") as fh:
            json.dump(truth, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        return truth

    def truth(self, pid):
        S = self.S
        pages = []
        doc_pages = {}
        type_of = {x["id"]: x["type"] for x in S["docs"]}
        type_of.update({x["id"]: "unknown" for x in self.extra_docs})
        for f in self.files:
            for k, p in enumerate(f.pages):
                ts = []
                for did in p.docs:
                    t = type_of[did]
                    if t not in ts:
                        ts.append(t)
                    doc_pages.setdefault(did, [])
                    ref = {"file": f.name, "page": k + 1}
                    if ref not in doc_pages[did]:
                        doc_pages[did].append(ref)
                e = {"file": f.name, "page": k + 1, "type": ts[0], "capture": p.capture, "rotation": p.rotation}
                if len(ts) > 1:
                    e["types"] = ts
                pages.append(e)
        docs = []
        truth_docs = scenario._truth_docs(S)
        for x, y in zip(S["docs"], truth_docs):
            if x["id"] not in doc_pages:
                raise RuntimeError(f"document {x['id']} has no page")
            lay = y["layout"]
            if x["id"] == "id":
                lay = self.P["id_form"]
            elif x["id"] == "permit":
                lay = self.P["permit_form"] + ("+card" if self.P["permit_card"] else "")
            elif x["id"] in ("cover", "member"):
                lay = f"{y['layout']}/{self.P['hukou_form']}"
            elif x["id"] == "tax":
                lay = f"{y['layout']}/{self.P['tax_form']}"
            out = {"type": y["type"], "layout": lay}
            if "person" in y:
                out["person"] = y["person"]
            out["pages"] = doc_pages[x["id"]]
            out["fields"] = y["fields"]
            out["rows"] = y["rows"]
            if x["type"] == "tax_record":
                out["credit_codes"] = {r["agent"]["name"]: r["agent"]["uscc"] for r in x["rows"]}
            docs.append(out)
        for x in self.extra_docs:
            docs.append({"type": "unknown", "layout": x["layout"], "pages": doc_pages[x["id"]], "fields": {}, "rows": []})
        t = {"packet": pid, "as_of": iso(S["as_of"]), "application": S["application"]}
        if S["declarations"]:
            t["declarations"] = S["declarations"]
        t["defects"] = list(S["defects"])
        t["documents"] = docs
        res = derive(t)
        expected = set()
        for dd in S["defects"]:
            expected |= scenario.DEFECT_RULES[dd]
        if set(res["expected_rules"]) != expected:
            raise RuntimeError(f"{pid}: derived {res['expected_rules']} but defects say {sorted(expected)}")
        final = {"packet": pid, "as_of": t["as_of"], "application": t["application"]}
        if "declarations" in t:
            final["declarations"] = t["declarations"]
        final.update({"defects": t["defects"], "expected_rules": res["expected_rules"], "verdict": res["verdict"],
                      "points": res["points"], "pages": pages, "documents": docs})
        return final


def _uniq(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def _sheet_from(im, boxes, w_mm, h_mm, R, ppm=None):
    from .gfx import Sheet
    ppm = ppm or im.width / w_mm
    s = Sheet(w_mm, h_mm, ppm, bg=im)
    k = s.W / im.width
    s.boxes = [tuple(int(v * k) for v in b) for b in boxes]
    return s


def _exif(f, orient):
    ex = Image.Exif()
    t = getattr(f, "time", _dt.datetime(2026, 1, 1))
    mk = ["Xiaomi", "HUAWEI", "Apple", "OPPO", "vivo", "HONOR"][abs(hash_str(f.name)) % 6]
    model = {"Xiaomi": "23127PN0CC", "HUAWEI": "ALN-AL00", "Apple": "iPhone 13", "OPPO": "PHB110", "vivo": "V2309A",
             "HONOR": "PGT-AN10"}[mk]
    ex[0x010F] = mk
    ex[0x0110] = model
    ex[0x0132] = t.strftime("%Y:%m:%d %H:%M:%S")
    ex[0x0112] = orient
    return ex.tobytes()


def hash_str(s):
    import hashlib
    return int.from_bytes(hashlib.md5(s.encode("utf-8")).digest()[:4], "big")


def _encode(f, R):
    if f.kind in ("jpg", "png", "heic"):
        img = f.pages[0].img
        buf = io.BytesIO()
        if f.kind == "jpg":
            orient = f.kw.get("exif", 1)
            if orient == 6:
                img = img.transpose(Image.Transpose.ROTATE_90)
            elif orient == 8:
                img = img.transpose(Image.Transpose.ROTATE_270)
            elif orient == 3:
                img = img.transpose(Image.Transpose.ROTATE_180)
            kw = {"quality": f.kw.get("quality", 88)}
            if f.style in ("camera",):
                kw["exif"] = _exif(f, orient)
            elif orient != 1:
                kw["exif"] = _exif(f, orient)
            img.convert("RGB").save(buf, "JPEG", **kw)
        elif f.kind == "png":
            if img.mode == "1":
                img.save(buf, "PNG", optimize=False)
            else:
                img.convert("RGB").save(buf, "PNG", compress_level=6)
        else:
            import pillow_heif
            hf = pillow_heif.from_pillow(img.convert("RGB"))
            hf.save(buf, quality=R.randint(60, 80), enc_params={"preset": "ultrafast"})
        return buf.getvalue()
    if f.kind == "tif":
        imgs = [p.img if p.img.mode == "1" else p.img.convert("L") for p in f.pages]
        buf = io.BytesIO()
        comp = "group4" if all(i.mode == "1" for i in imgs) else "tiff_lzw"
        imgs[0].save(buf, "TIFF", save_all=True, append_images=imgs[1:], compression=comp, dpi=(200, 200))
        return buf.getvalue()
    if f.kind == "pdf_text":
        doc = f.kw["pdfdoc"]
        return doc.pdf_bytes(shuffle_rng=R.r if f.kw.get("shuffle") else None)
    if f.kind == "pdf_img":
        return _image_pdf(f.pages, R)
    raise ValueError(f.kind)


def _image_pdf(pages, R):
    from reportlab import rl_config
    rl_config.useA85 = 0
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    c.setProducer(R.choice(["CamScanner", "Microsoft: Print To PDF", "扫描全能王", "Adobe Scan", "HP Scan"]))
    for p in pages:
        img = p.img.convert("RGB") if p.img.mode != "L" else p.img
        jb = io.BytesIO()
        img.save(jb, "JPEG", quality=R.randint(70, 88))
        # page size from a nominal 150..200 dpi
        dpi = 150 if img.width < 1500 else 200
        w, h = img.width * 72 / dpi, img.height * 72 / dpi
        c.setPageSize((w, h))
        c.drawImage(ImageReader(io.BytesIO(jb.getvalue())), 0, 0, w, h)
        c.showPage()
    c.save()
    return buf.getvalue()


def build(seed, index, out_dir):
    b = Builder(seed, index)
    b.render()
    b.assign_names()
    return b.write(out_dir)
