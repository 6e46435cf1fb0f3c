"""Lay documents out into files with captures; write packet folder + truth."""
import datetime as dt
import json
import os
import random
from . import forms as F1
from . import forms2 as F2
from . import capture as C
from . import elements as E
from .canvas import pages_to_pdf
from .build import plan, draw_truth, truth_documents, WM
from .rules import evaluate

NAMES = ["合同{n}", "身份证{n}", "scan{n}", "IMG_2026{m:02d}{d:02d}_{n}", "微信图片_2026{m:02d}{d:02d}{n}", "document{n}",
         "新建文件{n}", "扫描件{n}", "材料{n}", "CamScanner {m:02d}-{d:02d}-2026 {n}", "Screenshot_2026-{m:02d}-{d:02d}-{n}", "附件{n}"]


class Packet:
    def __init__(self, out, pid, rng):
        self.dir = os.path.join(out, pid)
        os.makedirs(self.dir, exist_ok=True)
        self.rng, self.pages, self.used = rng, [], set()
        self.n = rng.randint(100, 9000)

    def fname(self, ext, hint=None):
        while True:
            self.n += 1
            t = hint or self.rng.choice(NAMES)
            nm = t.format(n=self.n, m=self.rng.randint(9, 11), d=self.rng.randint(1, 28)) + "." + ext
            if nm not in self.used:
                self.used.add(nm); return nm

    def add(self, fname, idx, typ, capture, rotation=0, **extra):
        d = dict(file=fname, page=idx, type=typ, capture=capture, rotation=rotation)
        d.update(extra)
        self.pages.append(d)
        return {"file": fname, "page": idx}


def _apply_capture(im, cap, rng, card=False):
    """Return (image, ext_choices, meta)."""
    meta = {}
    if cap == "clean":
        return im, ["png", "jpg", "jpg", "webp"], meta
    if cap == "scan":
        return C.scan(im, rng, "colour"), ["jpg", "jpg", "png", "bmp"], meta
    if cap == "scan_grey":
        return C.scan(im, rng, "grey"), ["jpg", "png"], meta
    if cap == "bilevel":
        return C.scan(im, rng, "bilevel"), ["tif", "png"], meta
    if cap == "photocopy":
        return C.photocopy(im, rng), ["jpg", "png"], meta
    if cap == "lowres":
        return C.lowres(C.scan(im, rng, "colour"), rng, rng.randint(820, 900) if not card else 700), ["jpg", "png"], meta
    if cap in ("photo", "chat"):
        mp = rng.choice([8, 12, 12, 12, 13, 16]) if not card else rng.choice([12, 48, 12, 8])
        if card and mp == 48 and rng.random() < 0.5:
            mp = 50
        fill = ((0.5, 0.7) if cap == "chat" else (0.35, 0.55)) if card else ((0.8, 0.92) if cap == "chat" else (0.72, 0.9))
        ph = C.photo(im, rng, mp=mp, fill=fill, card=card)
        meta["megapixels"] = mp
        if cap == "chat":
            ph = C.chat(ph, rng)
            return ph, ["jpg"], meta
        return ph, ["jpg", "jpg", "jpg", "heic"], meta
    if cap == "screenshot":
        return im, ["png", "jpg"], meta
    raise ValueError(cap)


def write_image_doc(pk, im, typ, cap, rng, card=False, wm=False, ext=None, hint=None, seal_note=False):
    if wm:
        im = E.watermark(im, WM, rng)
    out, exts, meta = _apply_capture(im, cap, rng, card)
    ext = ext or rng.choice(exts)
    if out.mode == "1" and ext not in ("tif", "png"):
        ext = "png"
    rotation, exif = 0, None
    if cap in ("photo", "chat", "scan", "photocopy") and rng.random() < 0.3:
        if ext == "jpg" and cap == "photo" and rng.random() < 0.6:
            exif = rng.choice([3, 6, 8])
            out = C.orient_for_exif(out, exif)
        else:
            rotation = rng.choice([90, 180, 270])
            out = out.rotate(-rotation, expand=True)  # content turned clockwise by `rotation`
    q = rng.randint(55, 72) if cap == "chat" else rng.randint(80, 93)
    if cap == "chat" and not hint:
        hint = "微信图片_2026{m:02d}{d:02d}{n}"
    name = pk.fname(ext, hint)
    C.save_single(out, os.path.join(pk.dir, name), ext, rng, quality=q, exif_orientation=exif, camera=cap == "photo")
    if ext == "heic" and out.width * out.height > 2_600_000:
        f = (2_400_000 / (out.width * out.height)) ** 0.5
        out = out.resize((int(out.width * f), int(out.height * f)))
    extra = dict(meta)
    if exif:
        extra["exif_orientation"] = exif
    if wm:
        extra["watermark"] = True
    extra["size"] = list(out.size)
    return pk.add(name, 1, typ, cap, rotation, **extra)


def dpi_for(cap):
    return {"lowres": 200, "photo": 230, "chat": 200}.get(cap, 200)


def write_multi_image(pk, items, cap, rng, fmt):
    """items: list of (PIL image, type). One image-only multi-page PDF/TIFF."""
    ims = []
    for im, t in items:
        if cap == "bilevel":
            ims.append(C.scan(im, rng, "bilevel"))
        elif cap == "photocopy":
            ims.append(C.photocopy(im, rng))
        elif cap == "scan_grey":
            ims.append(C.scan(im, rng, "grey"))
        else:
            ims.append(C.scan(im, rng, "colour"))
    if fmt == "tif" and cap != "bilevel":
        ims = [i.convert("L") if i.mode != "1" else i for i in ims]
    name = pk.fname(fmt, rng.choice([None, "scan{n}", "CamScanner {m:02d}-{d:02d}-2026 {n}", "扫描全能王{n}"]))
    C.save_multi(ims, os.path.join(pk.dir, name), fmt)
    refs = []
    for k, (im, t) in enumerate(items):
        refs.append(pk.add(name, k + 1, t, cap if not (fmt == "pdf") else cap, 0, container="image_pdf" if fmt == "pdf" else "multipage_tiff"))
    return refs


def text_pdf(pk, pages, typ, rng, hint=None):
    name = pk.fname("pdf", hint or rng.choice([None, "个人所得税纳税记录{n}", "download{n}", "print{n}", "身份证{n}", "{n}"]))
    pages_to_pdf(pages, os.path.join(pk.dir, name), shuffle_rng=rng if rng.random() < 0.5 else None)
    return [pk.add(name, i + 1, typ, "text_pdf", 0) for i in range(len(pages))]


def generate_packet(out, idx, seed, count):
    pl = plan(seed, count)
    kind, defects, intended = pl[idx]
    pid = "m%03d" % (idx + 1)
    for attempt in range(40):
        rng = random.Random(seed * 100003 + idx * 101 + attempt)
        as_of = dt.date(2026, 11, 1) + dt.timedelta(days=rng.randint(2, 50))
        app = "renewal" if rng.random() < 0.15 and kind not in ("miss_hk", "addr", "combo1") else "first"
        docs, ctx = draw_truth(rng, kind, defects, as_of, app)
        tdocs = truth_documents(docs, ctx)
        ev = evaluate(dict(as_of=as_of.isoformat(), application=app, documents=tdocs))
        if ev["rules"] == intended:
            break
    else:
        raise RuntimeError("could not realise %s: %s" % (kind, ev))
    pk = Packet(out, pid, rng)
    render_packet(pk, docs, ctx, tdocs, rng, kind)
    truth = dict(packet=pid, as_of=as_of.isoformat(), application=app, defects=defects, expected_rules=sorted(ev["rules"]),
                 verdict=ev["verdict"], points=ev["points"], pages=pk.pages, documents=tdocs)
    with open(os.path.join(out, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return pid, kind, ev["verdict"]


def pick_cap(rng, options):
    return rng.choice(options)


def render_packet(pk, docs, ctx, tdocs, rng, kind):
    r = rng
    tmap = {}
    for d in tdocs:
        tmap.setdefault(d["type"], []).append(d)
    ctx["print_date"] = (dt.date.fromisoformat(tdocs[0]["fields"].get("valid_from", "2026-11-01")) if False else "2026-%02d-%02d" % (r.randint(10, 11), r.randint(1, 28)))
    scanner_bundle = []  # (image, type, docref) to put in one scanner PDF
    use_bundle = r.random() < 0.3

    def emit_image(d, im, typ, caps, card=False, wm=False, bundle_ok=True):
        if use_bundle and bundle_ok and not card and r.random() < 0.6:
            scanner_bundle.append((im, typ, d)); return
        cap = r.choice(caps)
        d["pages"].append(write_image_doc(pk, im, typ, cap, r, card=card, wm=wm))

    # ID card
    if "id_card" in docs:
        d = tmap["id_card"][0]; d["pages"] = []
        f = docs["id_card"]
        front_only = ctx.get("front_only")
        mode = r.choice(["cards", "a4", "cards"]) if not front_only else r.choice(["cards", "a4"])
        d["layout"] = ("a4_copy" if mode == "a4" else "cards") + ("_front_only" if front_only else "")
        if mode == "a4":
            im = F1.id_a4(f, ctx, r, front_only=front_only)[0].render(dpi=200)
            emit_image(d, im, "id_card", ["scan", "photocopy", "scan_grey", "photo", "lowres", "clean"], wm=r.random() < 0.4)
        else:
            faces = [F1.id_front(f, ctx, r)[0]] + ([] if front_only else [F1.id_back(f, ctx, r)[0]])
            for pg in faces:
                im = pg.render(dpi=r.choice([500, 600]))
                d["pages"].append(write_image_doc(pk, im, "id_card", r.choice(["photo", "photo", "chat", "scan", "clean"]), r, card=True,
                                                  wm=r.random() < 0.2))
    # residence permit
    if "residence_permit" in docs:
        d = tmap["residence_permit"][0]; d["pages"] = []
        f = docs["residence_permit"]
        if ctx.get("permit_card_only"):
            d["layout"] = "card"
            for pg in F1.rp_card(f, ctx, r):
                d["pages"].append(write_image_doc(pk, pg.render(dpi=550), "residence_permit", r.choice(["photo", "scan", "chat"]), r, card=True))
        else:
            mode = r.choice(["info", "info", "screen", "card_info", "info_pdf"])
            d["layout"] = {"info": "info_page", "screen": "app_screenshot", "card_info": "card_and_info", "info_pdf": "info_text_pdf"}[mode]
            if mode == "screen":
                pg = F1.rp_screen(f, ctx, r)[0]
                im = pg.render()
                d["pages"].append(write_image_doc(pk, im, "residence_permit", r.choice(["screenshot", "screenshot", "chat"]), r,
                                                  hint="Screenshot_2026-{m:02d}-{d:02d}-{n}"))
            elif mode == "info_pdf":
                d["pages"] += text_pdf(pk, F1.rp_info(f, ctx, r), "residence_permit", r)
            else:
                if mode == "card_info":
                    for pg in F1.rp_card(f, ctx, r):
                        d["pages"].append(write_image_doc(pk, pg.render(dpi=550), "residence_permit", r.choice(["photo", "scan", "clean"]), r, card=True))
                im = F1.rp_info(f, ctx, r)[0].render(dpi=200)
                emit_image(d, im, "residence_permit", ["scan", "photo", "photocopy", "clean", "lowres", "chat"], wm=r.random() < 0.3)
    # household register
    if "household_register_cover" in docs:
        dc = tmap["household_register_cover"][0]; dm = tmap["household_register_member"][0]
        dc["pages"], dm["pages"] = [], []
        mode = r.choice(["separate", "separate", "open", "pdf2"])
        dc["layout"] = {"separate": "booklet_page", "open": "open_booklet", "pdf2": "booklet_page"}[mode]
        dm["layout"] = "card_handwritten" if r.random() < 0.4 else "card_typed"
        if mode == "open":
            im = F1.hk_open_booklet(docs["household_register_cover"], docs["household_register_member"], ctx, r)[0].render(dpi=230)
            cap = r.choice(["photo", "scan", "photocopy"])
            ref = write_image_doc(pk, im, "household_register_cover", cap, r, wm=r.random() < 0.3)
            pk.pages[-1]["types"] = ["household_register_cover", "household_register_member"]
            dc["pages"].append(ref); dm["pages"].append(dict(ref))
        elif mode == "pdf2":
            a = F1.hk_cover(docs["household_register_cover"], ctx, r)[0].render(dpi=250)
            b = F1.hk_member(docs["household_register_member"], ctx, r)[0].render(dpi=250)
            refs = write_multi_image(pk, [(a, "household_register_cover"), (b, "household_register_member")],
                                     r.choice(["scan", "scan_grey", "photocopy", "bilevel"]), r, r.choice(["pdf", "tif"]))
            dc["pages"].append(refs[0]); dm["pages"].append(refs[1])
        else:
            emit_image(dc, F1.hk_cover(docs["household_register_cover"], ctx, r)[0].render(dpi=260), "household_register_cover",
                       ["scan", "photo", "photocopy", "clean", "chat"], wm=r.random() < 0.3)
            emit_image(dm, F1.hk_member(docs["household_register_member"], ctx, r)[0].render(dpi=260), "household_register_member",
                       ["scan", "photo", "photocopy", "clean"], wm=r.random() < 0.2)
    if "collective_hukou_certificate" in docs:
        d = tmap["collective_hukou_certificate"][0]; d["pages"] = []; d["layout"] = "letter"
        emit_image(d, F1.collective(docs["collective_hukou_certificate"], ctx, r)[0].render(dpi=200), "collective_hukou_certificate",
                   ["scan", "photo", "clean", "photocopy"])
    # labour contract
    if "labour_contract" in docs:
        d = tmap["labour_contract"][0]; d["pages"] = []
        f = docs["labour_contract"]
        pgs = F2.contract(f, ctx, r)
        d["layout"] = "model_or_company"
        if ctx.get("renewal_orig"):
            orig = dict(f); orig.update(ctx["renewal_orig"])
            orig["signing_date"] = ctx["renewal_orig"]["start_date"]
            pgs = F2.contract(orig, ctx, r) + F2.contract_renewal(f, orig, ctx, r)
            d["layout"] = "contract_plus_renewal"
        ims = [p.render(dpi=200) for p in pgs]
        mode = r.choice(["pdf", "pdf", "photos", "tiff"])
        if mode == "photos":
            for im in ims:
                d["pages"].append(write_image_doc(pk, im, "labour_contract", r.choice(["photo", "photo", "scan", "chat"]), r,
                                                  hint="合同{n}" if r.random() < 0.3 else None))
        else:
            items = [(im, "labour_contract") for im in ims]
            blank_at = None
            if r.random() < 0.35:
                blank_at = r.randint(1, len(items) - 1)
                items.insert(blank_at, (F2.unknown("blank", ctx, r)[0].render(dpi=200), "unknown"))
            refs = write_multi_image(pk, items, r.choice(["scan", "scan_grey", "bilevel", "photocopy"]) if mode == "pdf" else "bilevel", r,
                                     "pdf" if mode == "pdf" else "tif")
            for ref, (_, t) in zip(refs, items):
                if t == "labour_contract":
                    d["pages"].append(ref)
    # tax record
    if "tax_record" in docs:
        d = tmap["tax_record"][0]; d["pages"] = []
        f = dict(docs["tax_record"]); f["_print_rows"] = f["_rows"]
        mode = r.choice(["pdf", "pdf", "pdf", "scanprint", "app", "old"])
        d["layout"] = {"pdf": "national_text_pdf", "scanprint": "national_print_scan", "app": "income_detail_app", "old": "old_completion_cert"}[mode]
        if mode == "pdf":
            d["pages"] += text_pdf(pk, F2.tax_national(f, ctx, r), "tax_record", r)
        elif mode == "scanprint":
            pgs = F2.tax_national(f, ctx, r)
            for pg in pgs:
                d["pages"].append(write_image_doc(pk, pg.render(dpi=220), "tax_record", r.choice(["scan", "photo", "scan_grey"]), r))
        elif mode == "app":
            for pg in F2.tax_app_screens(f, ctx, r):
                d["pages"].append(write_image_doc(pk, pg.render(), "tax_record", "screenshot", r, hint="Screenshot_2026-{m:02d}-{d:02d}-{n}"))
        else:
            d["pages"].append(write_image_doc(pk, F2.tax_old(f, ctx, r)[0].render(dpi=230), "tax_record", r.choice(["scan", "photo", "clean"]), r))
    # social insurance
    if "social_insurance_record" in docs:
        d = tmap["social_insurance_record"][0]; d["pages"] = []
        f = dict(docs["social_insurance_record"])
        rows = f["_rows"]
        use_range = r.random() < 0.35
        lab_fmt = r.choice(["%s", "%s%s", "%s年%s月"])
        def lab(m):
            y, mm = m.split("-")
            return {"%s": "%s-%s" % (y, mm), "%s%s": y + mm, "%s年%s月": "%s年%s月" % (y, mm)}[lab_fmt]
        prs = []
        i = 0
        while i < len(rows):
            j = i
            if use_range:
                while (j + 1 < len(rows) and rows[j + 1]["employer"] == rows[i]["employer"] and rows[j + 1]["base"] == rows[i]["base"]
                       and not rows[j + 1]["back_payment"] and not rows[i]["back_payment"] and j - i < 5):
                    j += 1
            lb = lab(rows[i]["month"]) if j == i else "%s-%s" % (rows[i]["month"].replace("-", "."), rows[j]["month"].replace("-", "."))
            prs.append(dict(label=lb, employer=rows[i]["employer"], base=rows[i]["base"], back=rows[i]["back_payment"]))
            i = j + 1
        f["_print_rows"] = prs
        f["_sep_back"] = r.random() < 0.3 and any(x["back"] for x in prs)
        d["layout"] = "si_ranges" if use_range else "si_monthly"
        pgs = F2.si_record(f, ctx, r)
        if r.random() < 0.65:
            d["pages"] += text_pdf(pk, pgs, "social_insurance_record", r, hint=r.choice([None, "社保缴费{n}", "随申办{n}"]))
        else:
            for pg in pgs:
                d["pages"].append(write_image_doc(pk, pg.render(dpi=230), "social_insurance_record", r.choice(["photo", "scan"]), r))
    # education
    for d in tmap.get("diploma", []) + tmap.get("degree_certificate", []):
        d["pages"] = []
        f = d["fields"]
        if d["type"] == "diploma" and f.get("online_record"):
            d["layout"] = "xuexin"
            if r.random() < 0.7:
                d["pages"] += text_pdf(pk, F2.xuexin(f, ctx, r), "diploma", r, hint=r.choice(["学信网{n}", "教育部学历证书电子注册备案表{n}", None]))
            else:
                d["pages"].append(write_image_doc(pk, F2.xuexin(f, ctx, r)[0].render(dpi=200), "diploma", r.choice(["scan", "photo"]), r))
        else:
            pg = (F2.diploma if d["type"] == "diploma" else F2.degree)(f, ctx, r)[0]
            d["layout"] = "certificate"
            emit_image(d, pg.render(dpi=230), d["type"], ["photo", "scan", "photocopy", "clean", "chat", "lowres"])
    for d in tmap.get("marriage_certificate", []):
        d["pages"] = []; d["layout"] = "open_booklet"
        emit_image(d, F2.marriage(d["fields"], ctx, r)[0].render(dpi=230), "marriage_certificate", ["photo", "scan", "chat"])
    # non-documents
    for _ in range(r.choice([0, 0, 1, 1, 2])):
        k = r.choice(["receipt", "bank", "rental", "blank"])
        im = F2.unknown(k, ctx, r)[0].render(dpi=220)
        write_image_doc(pk, im, "unknown", r.choice(["photo", "scan", "clean"]) if k != "blank" else "scan", r)
    # scanner bundle: one image-only PDF holding several documents
    if scanner_bundle:
        items = []
        for k, (im, t, d) in enumerate(scanner_bundle):
            items.append((im, t, d))
            if r.random() < 0.25:
                items.append((F2.unknown("blank", ctx, r)[0].render(dpi=200), "unknown", None))
        refs = write_multi_image(pk, [(im, t) for im, t, _ in items], r.choice(["scan", "scan_grey", "photocopy"]), r, "pdf")
        for ref, (_, t, d) in zip(refs, items):
            if d is not None:
                d["pages"].append(ref)
    # order keys like the reference truth files
    for d in tdocs:
        pages = d.pop("pages", []); layout = d.pop("layout", "")
        fields, rows = d.pop("fields"), d.pop("rows")
        d.update(dict(layout=layout, pages=pages, fields=fields, rows=rows))
    tdocs[:] = [d for d in tdocs if d["pages"]]
