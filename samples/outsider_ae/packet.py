"""Render one packet: pick document forms and captures, write the files, the truth and the layout."""
import io
import json
import os
import random

from PIL import Image

from . import build, capture, docs, facts, spec
from .surface import PILSurface, PDFSurface

WM = "仅供居住证积分使用，他用无效"
A4 = (595, 842)


class Names:
    def __init__(self, rng, as_of):
        self.rng, self.used, self.n = rng, set(), rng.randint(1200, 8800)
        self.day = as_of

    def get(self, kind, ext):
        r = self.rng
        self.n += r.randint(1, 7)
        d = self.day - __import__("datetime").timedelta(days=r.randint(0, 45))
        md = f"{d.year}{d.month:02d}{d.day:02d}"
        hms = f"{r.randint(8, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
        pats = {"photo": [f"IMG_{self.n}", f"IMG_{md}_{hms}", f"微信图片_{md}{hms}", f"mmexport{r.randint(1760000000000, 1769999999999)}",
                          f"微信图片_{md}{hms}_{r.randint(1, 9)}"],
                "scan": [f"scan{self.n}", f"扫描件{r.randint(1, 30)}", f"扫描全能王 {md[:4]}-{md[4:6]}-{md[6:]} {hms[:2]}.{hms[2:4]}",
                         f"Scan_{md}_{hms}", f"img{r.randint(1, 99):03d}"],
                "shot": [f"Screenshot_{md}-{hms}", f"Screenshot_{md[:4]}-{md[4:6]}-{md[6:]}-{hms[:2]}-{hms[2:4]}-{hms[4:]}-{r.randint(100, 999)}_com.tencent.mm",
                         f"微信图片_{md}{hms}"],
                "pdf": [f"download ({r.randint(1, 6)})", f"CamScanner {md[:4]}-{md[4:6]}-{md[6:]} {hms[:2]}.{hms[2:4]}", f"新建文档 {md[:4]}-{md[4:6]}-{md[6:]} {hms[:2]}.{hms[2:4]}.{hms[4:]}",
                        f"{r.randint(100000, 999999)}", f"doc{self.n}", "download"]}
        for _ in range(50):
            nm = r.choice(pats[kind]) + "." + ext
            if nm not in self.used:
                self.used.add(nm)
                return nm
            self.n += 1
        nm = f"{kind}{self.n}.{ext}"
        self.used.add(nm)
        return nm


def _pil(w, h, scale):
    return PILSurface(w, h, scale)


class Book:
    """a text-layer PDF being drawn"""

    def __init__(self):
        from reportlab.pdfgen import canvas
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=A4, invariant=1)
        self.pages = []

    def mk(self, w, h):
        if self.pages:
            self.c.showPage()
        self.c.setPageSize((w, h))
        s = PDFSurface(self.c, w, h)
        self.pages.append(s)
        return s

    def finish(self):
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def make(out_dir, layout_dir, seed, i, defects):
    rng = random.Random(f"{seed}-{i}")
    pid = f"ae{i + 1:03d}"
    for attempt in range(60):
        F = facts.draw(rng, defects, i)
        dl = build.documents(F, rng)
        truth_docs = [{k: v for k, v in d.items() if k != "_x"} for d in dl]
        if "glare_hidden" in defects:  # the glare will wash out the ID card's validity
            truth_docs = [dict(d, fields={k: v for k, v in d["fields"].items() if k not in ("valid_until", "valid_from")})
                          if d["type"] == "id_card" else d for d in truth_docs]
        probe = {"as_of": F["as_of"].isoformat(), "application": F["application"], "documents": truth_docs,
                 "pages": [{"capture": "unreadable"}] if "dark_page" in defects else []}
        want = sorted({r for d in defects for r in build.INTENDED[d]})
        got, _, _ = spec.evaluate(probe)
        if got == want:
            break
    else:
        raise RuntimeError(f"{pid}: could not draw {defects}: got {got}")
    return render(out_dir, layout_dir, pid, rng, F, dl, defects)


def _tagged(dl):
    cnt = {}
    for d in dl:
        n = cnt.get(d["type"], 0)
        cnt[d["type"]] = n + 1
        d["tag"] = f"{d['type']}#{n}"


def rf(d):
    """renderer's dict: fields + extras + tag"""
    f = dict(d["fields"])
    f.update(d["_x"])
    f["_tag"] = d["tag"]
    return f


def render(out_dir, layout_dir, pid, rng, F, dl, defects):
    _tagged(dl)
    as_of = F["as_of"]
    names = Names(rng, as_of)
    pages = []   # {surf, img, types, capture, rotation, group, book}
    groups = {}  # group -> {"kind": img|pdf, "ext": ..., "book": Book}
    by = {}
    for d in dl:
        by.setdefault(d["type"], []).append(d)
    gcount = [0]

    def new_group(kind, ext, book=None):
        gcount[0] += 1
        g = f"g{gcount[0]}"
        groups[g] = {"kind": kind, "ext": ext, "book": book}
        return g

    def img_page(surf, types, cap, group):
        pages.append({"surf": surf, "types": types, "capture": cap, "group": group})

    def pick_cap(kind):
        r = rng.random()
        if kind == "card":
            return "photo" if r < 0.55 else "photo_chat" if r < 0.75 else "scan" if r < 0.9 else "lowres"
        if kind == "a4":
            return ("scan" if r < 0.3 else "photocopy" if r < 0.5 else "photo" if r < 0.72 else "photo_chat" if r < 0.82
                    else "bilevel" if r < 0.9 else "lowres" if r < 0.96 else "clean")
        if kind == "cert":
            return "photo" if r < 0.5 else "scan" if r < 0.75 else "photo_chat" if r < 0.9 else "photocopy"
        return "scan"

    def img_ext(cap):
        if cap in ("photo", "photo_chat"):
            return rng.choice(["jpg", "jpg", "jpg", "jpeg", "HEIC", "webp"]) if cap == "photo" else "jpg"
        if cap == "bilevel":
            return rng.choice(["tif", "pdf"])
        if cap == "lowres":
            return rng.choice(["jpg", "bmp", "png"])
        return rng.choice(["jpg", "jpg", "png", "pdf", "tif"])

    def wm(S):
        if rng.random() < 0.18:
            S.overlay_text(S.w / 2, S.h / 2, WM, 30 if S.w > 500 else 14, rng.choice([(40, 90, 200), (200, 60, 60), (90, 90, 90)]),
                           0.22, rng.choice([20, 30, -25, 0]))

    # ------------------------------------------------ ID card (+ permit card sometimes)
    idd = by["id_card"][0]
    permit = by["residence_permit"][0]
    has_hk = "household_register_cover" in by or "collective_hukou_certificate" in by
    pform = rng.choice(["info", "info", "app", "card_info"])
    if F["application"] == "renewal" and not has_hk and rng.random() < 0.4:
        pform = "card"
    idform = "cards" if "glare_hidden" in defects else rng.choice(["cards", "a4_copy", "a4_copy"])
    if idform == "cards":
        for face in ("front", "back"):
            S = _pil(428, 270, 3.6)
            (docs.id_front if face == "front" else docs.id_back)(S, 0, 0, 1.0, rf(idd), rng)
            cap = pick_cap("card")
            if face == "back" and "glare_hidden" in defects:
                cap = "photo_glare"
            img_page(S, ["id_card"], cap, new_group("img", None))
    else:
        S = _pil(*A4, 2.2)
        k = rng.choice([0.7, 0.75, 0.8])
        side = rng.random() < 0.3
        if side:
            k = 0.62
            docs.id_front(S, 20, 120, k, rf(idd), rng)
            docs.id_back(S, 25 + 428 * k, 120, k, rf(idd), rng)
        else:
            docs.id_front(S, 130, 60, k, rf(idd), rng)
            docs.id_back(S, 130, 90 + 270 * k, k, rf(idd), rng)
        types = ["id_card"]
        if pform == "card_info" or pform == "card":
            docs.permit_card(S, 130 if not side else 150, 130 + 2 * 270 * k if not side else 400, 0.75, rf(permit), rng)
            types.append("residence_permit")
        wm(S)
        img_page(S, types, pick_cap("a4"), new_group("img", None))
    if "dark_page" in defects:
        S = _pil(428, 270, 3.0)
        docs.id_front(S, 0, 0, 1.0, rf(idd), rng)
        S.boxes = []
        img_page(S, ["unknown"], "unreadable", new_group("img", "jpg"))

    # ------------------------------------------------ permit
    pf = rf(permit)
    pf["_printed"] = (as_of - __import__("datetime").timedelta(days=rng.randint(0, 20))).isoformat()
    if pf["_printed"] < pf["issue_date"]:
        pf["_printed"] = as_of.isoformat()
    permit_shows_hukou = False
    if pform in ("card", "card_info") and "residence_permit" not in pages[-1]["types"] if pages else True:
        if pform in ("card", "card_info"):
            S = _pil(428, 270, 3.6)
            docs.permit_card(S, 0, 0, 1.0, pf, rng)
            img_page(S, ["residence_permit"], pick_cap("card"), new_group("img", None))
    if pform in ("info", "card_info"):
        variant = rng.choice(["grid2", "grid4", "list"])
        if rng.random() < 0.45:
            b = Book()
            S = b.mk(*A4)
            docs.permit_info(S, pf, rng, variant)
            g = new_group("pdf", "pdf", b)
            img_page(S, ["residence_permit"], "text_pdf", g)
        else:
            S = _pil(*A4, 2.2)
            docs.permit_info(S, pf, rng, variant)
            wm(S)
            img_page(S, ["residence_permit"], pick_cap("a4"), new_group("img", None))
        permit_shows_hukou = True
    elif pform == "app":
        S = _pil(360, 780, 3.0)
        docs.permit_app(S, pf, rng, rng.random() < 0.35)
        img_page(S, ["residence_permit"], "screenshot_dark" if S.img.getpixel((5, 300))[0] < 60 else "screenshot", new_group("img", "png"))
        permit_shows_hukou = True
    if not permit_shows_hukou:
        permit["fields"].pop("hukou_address", None)

    # ------------------------------------------------ hukou
    if "collective_hukou_certificate" in by:
        d = by["collective_hukou_certificate"][0]
        S = _pil(*A4, 2.2)
        docs.collective_cert(S, rf(d), rng)
        img_page(S, ["collective_hukou_certificate"], pick_cap("a4"), new_group("img", None))
    elif "household_register_cover" in by:
        cv = by["household_register_cover"][0]
        mb = by.get("household_register_member", [None])[0]
        hform = rng.choice(["pages", "open", "a4"]) if mb else rng.choice(["pages", "a4"])
        if hform == "pages":
            for d, fn in ((cv, docs.hukou_cover), (mb, docs.hukou_member)):
                if d:
                    S = _pil(300, 420, 4.2)
                    fn(S, 0, 0, 1.0, rf(d), rng)
                    img_page(S, [d["type"]], pick_cap("cert"), new_group("img", None))
        elif hform == "open":
            S = PILSurface(620, 440, 3.4, bg=(200, 190, 170))
            docs.hukou_cover(S, 8, 10, 1.0, rf(cv), rng)
            docs.hukou_member(S, 312, 10, 1.0, rf(mb), rng)
            img_page(S, ["household_register_cover", "household_register_member"], rng.choice(["photo", "photo", "scan"]), new_group("img", None))
        else:
            S = _pil(*A4, 2.3)
            docs.hukou_cover(S, 150, 20, 0.95, rf(cv), rng)
            t = ["household_register_cover"]
            if mb:
                docs.hukou_member(S, 150, 425, 0.95, rf(mb), rng)
                t.append("household_register_member")
            wm(S)
            img_page(S, t, pick_cap("a4"), new_group("img", None))

    # ------------------------------------------------ contract
    con = by["labour_contract"][0]
    cform = con["_x"]["_form"]
    cps = contract = docs.contract_pages(lambda w, h: _pil(w, h, 2.0), rf(con), rng, cform)
    how = rng.choice(["pdf", "pdf", "photos", "tif"])
    if how == "pdf":
        g = new_group("img", "pdf")
        cap = rng.choice(["scan", "scan", "photocopy", "lowres", "bilevel"])
        for S in cps:
            img_page(S, ["labour_contract"], cap, g)
    elif how == "tif":
        g = new_group("img", "tif")
        for S in cps:
            img_page(S, ["labour_contract"], rng.choice(["bilevel", "bilevel", "scan"]), g)
    else:
        for S in cps:
            img_page(S, ["labour_contract"], rng.choice(["photo", "photo_chat", "photo"]), new_group("img", None))

    # ------------------------------------------------ tax
    tax = by["tax_record"][0]
    tf = rf(tax)
    rows_print = []
    for j, r in enumerate(tax["rows"]):
        y, m = map(int, r["period"].split("-"))
        dy, dm = (y, m + 1) if m < 12 else (y + 1, 1)
        decl = f"{dy}-{dm:02d}-{rng.randint(1, 15):02d}"
        rows_print.append(dict(period=r["period"], agent=r["withholding_agent"], amount=r["amount"], item=r["_item"],
                               decl=decl, paid=decl, office="国家税务总局上海市" + rng.choice(["浦东新区", "闵行区", "徐汇区", "静安区"]) + "税务局",
                               agent_id=_uscc(rng),
                               income=f"{tf['_salary'] * rng.uniform(0.95, 1.05):.2f}",
                               voucher=f"3{rng.randint(10**15, 10**16 - 1)}", _f=f"rows[{j}]"))
    for r in tax["rows"]:
        r.pop("_item", None)
    tf["_print_rows"] = rows_print
    tf["_period_from"], tf["_period_to"] = tf["_from"], tf["_to"]
    tform = rng.choice(["text_pdf", "text_pdf", "printed", "app", "old"])
    if tform == "app" and len(rows_print) > 7:
        tform = "text_pdf"
    if tform == "text_pdf":
        b = Book()
        g = new_group("pdf", "pdf", b)
        for S in docs.tax_national(b.mk, tf, rng):
            img_page(S, ["tax_record"], "text_pdf", g)
    elif tform == "printed":
        sp = docs.tax_national(lambda w, h: _pil(w, h, 2.4), tf, rng)
        cap = rng.choice(["photo", "scan", "photocopy"])
        g = new_group("img", "pdf") if len(sp) > 1 and rng.random() < 0.5 else None
        for S in sp:
            img_page(S, ["tax_record"], cap, g or new_group("img", None))
    elif tform == "app":
        S = _pil(360, 780, 3.0)
        dark = rng.random() < 0.3
        docs.tax_app(S, tf, rng, dark)
        img_page(S, ["tax_record"], "screenshot_dark" if dark else "screenshot", new_group("img", "png"))
    else:
        S = _pil(*A4, 2.3)
        docs.tax_old(S, tf, rng)
        img_page(S, ["tax_record"], pick_cap("a4"), new_group("img", None))

    # ------------------------------------------------ social insurance
    if "social_insurance_record" in by:
        si = by["social_insurance_record"][0]
        si["rows"].sort(key=lambda r: (r["month"], r["back_payment"]))
        sf = rf(si)
        variant = rng.choice(["type_col", "note", "range"])
        pr = []
        rows = si["rows"]
        j = 0
        while j < len(rows):
            r = rows[j]
            k = j
            if variant == "range" and not r["back_payment"]:
                while (k + 1 < len(rows) and not rows[k + 1]["back_payment"] and rows[k + 1]["employer"] == r["employer"]
                       and rows[k + 1]["base"] == r["base"] and k - j < 11):
                    k += 1
            lab = r["month"].replace("-", "") if k == j else f"{r['month'].replace('-', '')}-{rows[k]['month'].replace('-', '')}"
            pr.append(dict(label=lab, employer=r["employer"], base=r["base"], back=r["back_payment"],
                           _fm=f"rows[{j}:{k}].month", _fe=f"rows[{j}:{k}].employer", _fb=f"rows[{j}:{k}].base"))
            j = k + 1
        sf["_print_rows"] = pr
        sf["_printed"] = (as_of - __import__("datetime").timedelta(days=rng.randint(0, 6))).isoformat()
        if rng.random() < 0.6:
            b = Book()
            g = new_group("pdf", "pdf", b)
            for S in docs.si_record(b.mk, sf, rng, variant):
                img_page(S, ["social_insurance_record"], "text_pdf", g)
        else:
            cap = rng.choice(["photo", "photo_chat", "scan"])
            for S in docs.si_record(lambda w, h: _pil(w, h, 2.4), sf, rng, variant):
                img_page(S, ["social_insurance_record"], cap, new_group("img", None))

    # ------------------------------------------------ education, marriage
    for d in by.get("diploma", []) + by.get("degree_certificate", []):
        f = rf(d)
        if d["fields"].get("online_record"):
            if rng.random() < 0.7:
                b = Book()
                S = b.mk(*A4)
                docs.xuexin(S, f, rng)
                img_page(S, ["diploma"], "text_pdf", new_group("pdf", "pdf", b))
            else:
                S = _pil(*A4, 2.2)
                docs.xuexin(S, f, rng)
                img_page(S, ["diploma"], rng.choice(["scan", "photo_chat"]), new_group("img", None))
            continue
        S = _pil(842, 595, 2.0)
        if d["type"] == "diploma":
            docs.diploma(S, f, rng, rng.choice(["classic", "modern"]))
        else:
            docs.degree(S, f, rng)
        img_page(S, [d["type"]], pick_cap("cert"), new_group("img", None))
    for d in by.get("marriage_certificate", []):
        S = _pil(620, 420, 3.0)
        docs.marriage(S, rf(d), rng)
        img_page(S, ["marriage_certificate"], rng.choice(["photo", "photo_chat"]), new_group("img", None))
    if F["unknown_page"]:
        if rng.random() < 0.5:
            S = _pil(240, 420, 4.0)
            docs.receipt(S, rng)
        else:
            S = _pil(*A4, 2.0)
            docs.rental(S, rng, F["name"])
        img_page(S, ["unknown"], rng.choice(["photo", "scan"]), new_group("img", None))

    # ------------------------------------------------ merge some single image pages into a scanner PDF
    if rng.random() < 0.3:
        cand = [p for p in pages if p["capture"] in ("scan", "photocopy", "bilevel") and groups[p["group"]]["ext"] is None
                and not isinstance(p["surf"], PDFSurface)]
        if len(cand) >= 2:
            g = new_group("img", "pdf")
            for p in cand[:rng.randint(2, min(5, len(cand)))]:
                p["group"] = g
    # ------------------------------------------------ shuffle file order (names carry no meaning), write
    return write(out_dir, layout_dir, pid, rng, F, dl, defects, pages, groups, names)


def _uscc(rng):
    from . import people
    return people.uscc(rng)


def apply_capture(p, rng):
    S = p["surf"]
    img = S.img
    cap = p["capture"]
    hidden = []
    if cap == "photo_glare":
        tgt = [b for b in S.boxes if b.get("field") == "valid_until"]
        W, H = img.size
        x0, y0, x1, y1 = tgt[0]["bbox"]
        rect = (x0 * W - 6, y0 * H - 4, x1 * W + 6, y1 * H + 4)
        img = capture.glare(img, rect, 1.0)
        cx, cy = (rect[0] + rect[2]) / 2, (rect[1] + rect[3]) / 2
        rx, ry = (rect[2] - rect[0]) / 2 * 1.25 * 1.3, (rect[3] - rect[1]) / 2 * 1.6 * 1.3
        for b in S.boxes:
            bx0, by0, bx1, by1 = b["bbox"][0] * W, b["bbox"][1] * H, b["bbox"][2] * W, b["bbox"][3] * H
            if bx1 > cx - rx and bx0 < cx + rx and by1 > cy - ry and by0 < cy + ry:
                b["hidden"] = True
                hidden.append(b)
        img = capture.photo(img, rng, out_long=rng.choice([2400, 2800]))
    elif cap == "photo":
        img = capture.photo(img, rng)
    elif cap == "photo_chat":
        img = capture.chat(capture.photo(img, rng, out_long=2400), rng)
    elif cap == "scan":
        img = capture.scan(img, rng, grey=rng.random() < 0.3)
    elif cap == "photocopy":
        img = capture.photocopy(img, rng)
    elif cap == "bilevel":
        img = capture.bilevel(img, rng)
    elif cap == "lowres":
        img = capture.lowres(img, rng)
    elif cap == "unreadable":
        img = capture.unreadable(capture.photo(img, rng, out_long=1600), rng)
    return img, hidden


def write(out_dir, layout_dir, pid, rng, F, dl, defects, pages, groups, names):
    pdir = os.path.join(out_dir, pid)
    os.makedirs(pdir, exist_ok=True)
    order = list(dict.fromkeys(p["group"] for p in pages))
    rng.shuffle(order)
    tpages, lpages = [], []
    for g in order:
        G = groups[g]
        gp = [p for p in pages if p["group"] == g]
        if G["kind"] == "pdf":
            fn = names.get("pdf", "pdf")
            with open(os.path.join(pdir, fn), "wb") as fh:
                fh.write(G["book"].finish())
            for n, p in enumerate(gp, 1):
                tpages.append({"file": fn, "page": n, "type": p["types"][0], "capture": "text_pdf", "rotation": 0})
                lpages.append({"file": fn, "page": n, "types": p["types"], "boxes": p["surf"].boxes})
            continue
        imgs, rots = [], []
        for p in gp:
            img, hidden = apply_capture(p, rng)
            imgs.append(img)
        ext = G["ext"] or ("png" if gp[0]["capture"].startswith("screenshot") else None)
        cap0 = gp[0]["capture"]
        if ext is None:
            ext = {"photo": rng.choice(["jpg", "jpg", "jpg", "jpeg", "HEIC", "webp"]), "photo_chat": "jpg", "photo_glare": "jpg",
                   "bilevel": rng.choice(["tif", "pdf"]), "lowres": rng.choice(["jpg", "bmp", "png"]),
                   "unreadable": "jpg"}.get(cap0, rng.choice(["jpg", "jpg", "png", "pdf", "tif"]))
        kind = "shot" if cap0.startswith("screenshot") else "photo" if cap0.startswith("photo") or cap0 == "unreadable" else "pdf" if ext == "pdf" else "scan"
        if ext == "pdf" and kind != "pdf":
            kind = "pdf"
        fn = names.get(kind, ext)
        path = os.path.join(pdir, fn)
        rot, exif = 0, None
        if len(imgs) == 1 and cap0.startswith("photo") and ext in ("jpg", "jpeg"):
            r = rng.random()
            if r < 0.12:
                rot = rng.choice([90, 180, 270])
                imgs[0] = imgs[0].rotate(-rot, expand=True)
            elif r < 0.27:
                exif = rng.choice([3, 6, 8])
                imgs[0] = imgs[0].rotate({3: 180, 6: 90, 8: -90}[exif], expand=True)
        save(imgs, path, ext, exif, rng, cap0)
        for n, (p, img) in enumerate(zip(gp, imgs), 1):
            cap = p["capture"] + (f"+exif{exif}" if exif else "")
            tpages.append({"file": fn, "page": n, "type": p["types"][0], "capture": cap, "rotation": rot})
            lpages.append({"file": fn, "page": n, "types": p["types"], "boxes": p["surf"].boxes})
    # truth
    tdocs = []
    for d in dl:
        pl = []
        for lp in lpages:
            if any(b.get("doc") == d["tag"] for b in lp["boxes"]) and d["type"] in lp["types"]:
                pl.append({"file": lp["file"], "page": lp["page"]})
        hidden = {b["field"].split("@")[0] for lp in lpages for b in lp["boxes"] if b.get("doc") == d["tag"] and b.get("field") and b.get("hidden")}
        shown = {b["field"].split("@")[0] for lp in lpages for b in lp["boxes"] if b.get("doc") == d["tag"] and b.get("field") and not b.get("hidden")}
        fields = {k: v for k, v in d["fields"].items() if not (k in hidden and k not in shown)}
        tdocs.append({"type": d["type"], "layout": d["layout"] or d["_x"].get("_form", "") or "", "pages": pl,
                      "fields": fields, "rows": d["rows"]})
    truth = {"packet": pid, "as_of": F["as_of"].isoformat(), "application": F["application"], "defects": list(defects),
             "expected_rules": [], "verdict": "", "points": {}, "pages": tpages, "documents": tdocs}
    rules, verdict, points = spec.evaluate(truth)
    want = sorted({r for dd in defects for r in build.INTENDED[dd]})
    truth["expected_rules"], truth["verdict"], truth["points"] = rules, verdict, points
    with open(os.path.join(out_dir, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    os.makedirs(layout_dir, exist_ok=True)
    with open(os.path.join(layout_dir, pid + ".layout.json"), "w", encoding="utf-8") as fh:
        json.dump({"packet": pid, "note": "boxes are fractions of the page as drawn, before capture effects "
                                          "(perspective, rotation, cropping change them)", "pages": lpages},
                  fh, ensure_ascii=False, indent=0)
    return {"packet": pid, "verdict": verdict, "rules": rules, "intended": want}


def save(imgs, path, ext, exif, rng, cap):
    ext = ext.lower()
    if ext in ("jpg", "jpeg"):
        im = imgs[0].convert("RGB") if imgs[0].mode not in ("L", "RGB") else imgs[0]
        q = 62 if cap == "photo_chat" else rng.randint(78, 88)
        kw = {}
        if exif:
            e = Image.Exif()
            e[0x0112] = exif
            kw["exif"] = e.tobytes()
        im.save(path, "JPEG", quality=q, **kw)
    elif ext == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        imgs[0].convert("RGB").save(path, "HEIF", quality=70)
    elif ext == "webp":
        imgs[0].convert("RGB").save(path, "WEBP", quality=80)
    elif ext == "png":
        imgs[0].save(path, "PNG", optimize=False)
    elif ext == "bmp":
        imgs[0].convert("RGB" if imgs[0].mode not in ("L", "1") else imgs[0].mode).save(path, "BMP")
    elif ext == "tif":
        if all(i.mode == "1" for i in imgs):
            imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="group4", dpi=(200, 200))
        else:  # colour/grey office scans: JPEG-in-TIFF keeps them small
            conv = [i.convert("L") if i.mode == "1" else i for i in imgs]
            conv[0].save(path, "TIFF", save_all=True, append_images=conv[1:], compression="jpeg", quality=80, dpi=(200, 200))
    elif ext == "pdf":
        conv = [i if i.mode in ("1", "L", "RGB") else i.convert("RGB") for i in imgs]
        conv = [i.convert("L") if i.mode == "1" else i for i in conv]
        conv[0].save(path, "PDF", save_all=True, append_images=conv[1:], resolution=200.0, quality=80)
    else:
        raise ValueError(ext)
