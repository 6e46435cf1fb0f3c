"""Assemble one packet: choose forms and captures, render, save, write the truth."""
import datetime as dt
import io
import json
import os
import random

from PIL import Image

from . import capture, docs, plan
from .surface import PDFSurface, PILSurface

EXT_FMT = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "heic": "HEIF", "webp": "WEBP", "tif": "TIFF"}


class Names:
    def __init__(self, rng, as_of):
        self.rng, self.used, self.day = rng, set(), as_of

    def _stamp(self):
        d = self.day - dt.timedelta(days=self.rng.randint(0, 20))
        return d, f"{self.rng.randint(7, 23):02d}{self.rng.randint(0, 59):02d}{self.rng.randint(0, 59):02d}"

    def get(self, ext, kind="photo"):
        r = self.rng
        d, t = self._stamp()
        opts = {
            "screen": [f"Screenshot_{d:%Y%m%d}_{t}.{ext}", f"Screenshot_{d:%Y-%m-%d}-{t[:2]}-{t[2:4]}-{t[4:]}-"
                       f"{r.randint(100, 999)}_com.tencent.mm.{ext}", f"IMG_{r.randint(1000, 9999)}.{ext}",
                       f"微信图片_{d:%Y%m%d}{t}.{ext}", f"mmexport{r.randint(1700000000000, 1799999999999)}.{ext}"],
            "photo": [f"IMG_{d:%Y%m%d}_{t}.{ext}", f"IMG_{r.randint(1000, 9999)}.{ext}",
                      f"微信图片_{d:%Y%m%d}{t}.{ext}", f"mmexport{r.randint(1700000000000, 1799999999999)}.{ext}",
                      f"{r.randint(1, 9)}.{ext}", f"扫描件{r.randint(1, 30)}.{ext}"],
            "pdf": ["download.pdf", f"download ({r.randint(1, 5)}).pdf", f"打印 {d:%Y-%m-%d}.pdf",
                    f"CamScanner {d:%m-%d-%Y} {t[:2]}.{t[2:4]}.pdf", f"扫描全能王 {d:%Y-%m-%d} {t[:2]}.{t[2:4]}.pdf",
                    f"{r.randint(10000000, 99999999)}.pdf", f"文档{r.randint(1, 9)}.pdf"],
        }[kind]
        n = r.choice(opts)
        base, e = os.path.splitext(n)
        k = 1
        while n in self.used:
            k += 1
            n = f"{base}({k}){e}"
        self.used.add(n)
        return n


def choose(rng, P, d, defects, names):
    """Return a list of files: {"name", "fmt", "items": [(spec, doc_i|None, type, capture, rotation, layout)]}"""
    t = d["type"]
    files = []

    def img_file(specs, cap, kind="photo", ext=None, rot=0, layout=None):
        if ext is None:
            u = rng.random()
            ext = "heic" if u < 0.08 else "webp" if u < 0.16 else "png" if kind == "screen" and u < 0.4 else "jpg"
        nm = names.get(ext, kind)
        files.append({"name": nm, "fmt": ext, "items": [(sp, d["_i"], t, cap, rot) for sp in specs]})

    def pdf_text(specs, layout):
        files.append({"name": names.get("pdf", "pdf"), "fmt": "pdf_text",
                      "items": [(sp, d["_i"], t, "text_pdf", 0) for sp in specs]})

    def pdf_image(specs, cap, extra_blank=False):
        items = [(sp, d["_i"], t, cap, 0) for sp in specs]
        if extra_blank:
            items.insert(1, (blank_spec(), None, "unknown", cap, 0))
        files.append({"name": names.get("pdf", "pdf"), "fmt": "pdf_image", "items": items})

    def photo_cap():
        return rng.choice(["photo", "photo", "wechat_photo", "scan", "photocopy", "lowres"])

    def rot():
        return rng.choice([0, 0, 0, 0, 90, 180, 270])

    if t == "id_card":
        if "id_card_front_only" in defects:
            d["layout"] = "front_only"
            img_file(docs.id_front(d, P, rng, None), rng.choice(["photo", "wechat_photo"]))
        elif rng.random() < 0.5:
            d["layout"] = "cards"
            cap = rng.choice(["photo", "wechat_photo", "scan"])
            img_file(docs.id_front(d, P, rng, None), cap, rot=rot() if cap == "photo" else 0)
            img_file(docs.id_back(d, P, rng, None), cap)
        else:
            d["layout"] = "a4_copy"
            c = rng.choice(["scan", "photocopy", "photo", "lowres"])
            if rng.random() < 0.3:
                pdf_image(docs.id_a4_copy(d, P, rng, None), c)
            else:
                img_file(docs.id_a4_copy(d, P, rng, None), c)
    elif t == "residence_permit":
        form = rng.choice(["info_table", "app", "app", "card_info"])
        if "permit_validity_cut" in defects:
            form = "app"
        if form == "app":
            d["layout"] = "app_screenshot"
            cap = rng.choice(["screenshot", "screenshot", "wechat", "photo_screen"])
            img_file(docs.permit_app(d, P, rng, None, cut="permit_validity_cut" in defects), cap, "screen",
                     ext="png" if cap == "screenshot" and rng.random() < 0.6 else None)
        elif form == "info_table":
            d["layout"] = "info_table"
            c = rng.choice(["text_pdf", "text_pdf", "photo", "scan"])
            if c == "text_pdf":
                pdf_text(docs.permit_info(d, P, rng, None), "info_table")
            else:
                img_file(docs.permit_info(d, P, rng, None), c)
        else:
            d["layout"] = "card_and_info"
            img_file(docs.permit_card(d, P, rng, None), rng.choice(["photo", "wechat_photo"]))
            c = rng.choice(["scan", "photo", "text_pdf"])
            if c == "text_pdf":
                pdf_text(docs.permit_info(d, P, rng, None), "info_table")
            else:
                img_file(docs.permit_info(d, P, rng, None), c)
    elif t == "household_register_cover":
        d["layout"] = "booklet_cover"
        img_file(docs.hk_cover(d, P, rng, None), photo_cap(), rot=rot())
    elif t == "household_register_member":
        d["layout"] = "booklet_member"
        img_file(docs.hk_member(d, P, rng, None), photo_cap())
    elif t == "collective_hukou_certificate":
        d["layout"] = "letter"
        img_file(docs.collective(d, P, rng, None), rng.choice(["scan", "photo"]))
    elif t == "labour_contract":
        specs = docs.contract(d, P, rng, None)
        d["layout"] = "contract"
        blank = "blank_page" in defects
        form = "scanner_pdf" if blank else rng.choice(["scanner_pdf", "photos", "text_pdf", "tiff"])
        if form == "scanner_pdf":
            pdf_image(specs, rng.choice(["scan", "photocopy", "photo"]), extra_blank=blank)
        elif form == "photos":
            cap = rng.choice(["photo", "wechat_photo"])
            for sp in specs:
                img_file([sp], cap)
        elif form == "tiff":
            files.append({"name": names.get("tif", "photo"), "fmt": "tif",
                          "items": [(sp, d["_i"], t, "bw_scan", 0) for sp in specs]})
        else:
            pdf_text(specs, "contract")
    elif t == "tax_record":
        form = rng.choice(["national_pdf", "national_pdf", "web_photo", "app_long", "app_screens", "app_photo"])
        if form in ("national_pdf", "web_photo"):
            specs = docs.tax_paper(d, P, rng, None)  # sets national_record / income_detail [_web_print]
            if form == "national_pdf":
                pdf_text(specs, "tax_print")
            else:
                c = rng.choice(["photo", "wechat_photo", "scan"])
                if len(specs) > 1 and rng.random() < 0.5:
                    pdf_image(specs, c)
                else:
                    for sp in specs:
                        img_file([sp], c)
        else:
            long = form != "app_screens"
            specs = docs.tax_app(d, P, rng, None, long=long)
            d["layout"] = "app_income_list_" + ("long" if long else "screens")
            if form == "app_photo":
                for sp in specs:
                    img_file([sp], "wechat" if sp[1] > 4000 else "photo_screen", "screen")
            else:
                for sp in specs:
                    img_file([sp], rng.choice(["screenshot", "wechat"]), "screen",
                             ext=rng.choice(["png", "jpg", "jpg", "webp"]))
    elif t == "social_insurance_record":
        form = rng.choice(["web_pdf", "web_pdf", "web_photo", "app_rows", "app_cards"])
        if form.startswith("web"):
            specs = docs.si_paper(d, P, rng, None)
            d["layout"] = "web_print"
            if form == "web_pdf":
                pdf_text(specs, "web_print")
            else:
                for sp in specs:
                    img_file([sp], rng.choice(["photo", "scan"]))
        else:
            d["layout"] = form
            specs = docs.si_app(d, P, rng, None, cards=form == "app_cards")
            img_file(specs, rng.choice(["screenshot", "wechat"]), "screen", ext=rng.choice(["png", "jpg"]))
    elif t in ("diploma", "degree_certificate"):
        d["layout"] = "certificate"
        fn = docs.diploma if t == "diploma" else docs.degree
        img_file(fn(d, P, rng, None), photo_cap(), rot=rot())
    elif t == "marriage_certificate":
        d["layout"] = "inner_page"
        img_file(docs.marriage(d, P, rng, None), rng.choice(["photo", "scan", "wechat_photo"]))
    return files


def blank_spec():
    def draw(s):
        pass
    return (595, 842, draw, "paper")


def render_item(spec, cap, rng):
    w, h, fn, kind = spec
    if kind == "screen":
        s = PILSurface(w, h, 1.0)
    elif kind == "card":
        s = PILSurface(w, h, 2.6)
    else:
        s = PILSurface(w, h, rng.choice([2.1, 2.4, 2.8]) * (595 / w if w < 595 else 1) if w != 595 else
                       rng.choice([2.1, 2.4, 2.8]))
    fn(s)
    img = s.img
    if cap == "bw_scan":
        return img.convert("L").point(lambda v: 255 if v > 150 else 0, "1"), s.log
    return capture.apply(img, cap, rng, kind), s.log


def clip_log(log):
    for e in log:
        b = e["bbox"]
        if b[1] < -0.001 or b[3] > 1.001:
            e["clipped"] = True
    return log


def make_packet(out, seed, i, cls, defects):
    rng = random.Random(f"{seed}-{i}")
    P, dlist, t = plan.build(rng, i, cls, defects, seed)
    P["_print_date"] = f"{P['as_of'] - dt.timedelta(days=rng.randint(0, 10))}"
    for j, d in enumerate(dlist):
        d["_i"] = j
        if d["type"] == "residence_permit":
            # validity of a cut screenshot is drawn (it exists) but cut off
            iss = dt.date.fromisoformat(d["fields"]["issue_date"])
            P["_vf"], P["_vu"] = f"{iss}", f"{plan.add_years(iss, 1) - dt.timedelta(days=1)}"
    pid = f"af{i:03d}"
    pdir = os.path.join(out, pid)
    os.makedirs(pdir, exist_ok=True)
    names = Names(rng, P["as_of"])
    files = []
    for d in dlist:
        files += choose(rng, P, d, defects, names)
    if "dark_page" in defects:
        files.append({"name": names.get("jpg", "photo"), "fmt": "jpg",
                      "items": [(docs.hk_cover(dlist[0], P, rng, None)[0] if False else docs.receipt(rng)[0], None,
                                 "unknown", "dark", 0)]})
    if cls == "ready" and rng.random() < 0.25:
        files.append({"name": names.get("jpg", "photo"), "fmt": "jpg",
                      "items": [(docs.receipt(rng)[0], None, "unknown", "photo", 0)]})
    rng.shuffle(files)
    pages, layout = [], []
    for f in files:
        imgs = []
        if f["fmt"] == "pdf_text":
            from reportlab.pdfgen import canvas as rl
            buf = io.BytesIO()
            c = rl.Canvas(buf, pageCompression=1)
            c.setTitle(rng.choice(["", "纳税记录", "print", "一网通办"]))
            for pn, (spec, di, typ, cap, r) in enumerate(f["items"], 1):
                w, h, fn, kind = spec
                s = PDFSurface(c, w, h)
                fn(s)
                c.showPage()
                layout.append({"file": f["name"], "page": pn, "doc": di, "entries": clip_log(s.log)})
                pages.append(dict(file=f["name"], page=pn, type=typ, capture=cap, rotation=r))
            c.save()
            with open(os.path.join(pdir, f["name"]), "wb") as fh:
                fh.write(buf.getvalue())
            continue
        for pn, (spec, di, typ, cap, r) in enumerate(f["items"], 1):
            img, log = render_item(spec, cap, rng)
            exif = None
            if r:
                img = img.rotate(r, expand=True)  # really turned (counter-clockwise r degrees)
            elif cap in ("photo",) and f["fmt"] == "jpg" and rng.random() < 0.4:
                o = rng.choice([3, 6, 8])
                img = img.rotate({3: 180, 6: 90, 8: 270}[o], expand=True)
                exif = Image.Exif()
                exif[0x0112] = o
            imgs.append((img, exif))
            layout.append({"file": f["name"], "page": pn, "doc": di, "entries": clip_log(log),
                           "exif_orientation": exif[0x0112] if exif else 1})
            pages.append(dict(file=f["name"], page=pn, type=typ, capture=cap, rotation=r))
        path = os.path.join(pdir, f["name"])
        fmt = f["fmt"]
        if fmt == "pdf_image":
            ims = [im.convert("RGB") for im, _ in imgs]
            ims[0].save(path, "PDF", resolution=200, save_all=True, append_images=ims[1:], quality=80)
        elif fmt == "tif":
            ims = [im for im, _ in imgs]
            ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression="group4", dpi=(200, 200))
        else:
            im, exif = imgs[0]
            kw = {}
            if fmt in ("jpg", "jpeg"):
                kw = {"quality": rng.randint(70, 92)}
                if exif:
                    kw["exif"] = exif.tobytes()
            elif fmt == "heic":
                kw = {"quality": 70, "enc_params": {"preset": "ultrafast"}}
                if max(im.size) > 2000:  # an iPhone's "most compatible" export size
                    k = 2000 / max(im.size)
                    im = im.resize((int(im.width * k), int(im.height * k)), Image.BILINEAR)
            elif fmt == "webp":
                kw = {"quality": 80}
            im.convert("RGB").save(path, EXT_FMT[fmt], **kw)
    # pages of each document
    for d in dlist:
        d["pages"] = [{"file": p["file"], "page": p["page"]} for p, L in zip(pages, layout) if L["doc"] == d["_i"]]
    truth = {"packet": pid, "as_of": t["as_of"], "application": t["application"], "defects": t["defects"],
             "expected_rules": t["expected_rules"], "verdict": t["verdict"], "points": t["points"],
             "pages": pages,
             "documents": [{"type": d["type"], "layout": d["layout"], "pages": d["pages"], "fields": d["fields"],
                            "rows": [{k: v for k, v in r.items() if k != "item"} for r in d["rows"]]}
                           for d in dlist]}
    with open(os.path.join(out, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    os.makedirs(os.path.join(out, "_layout"), exist_ok=True)
    with open(os.path.join(out, "_layout", pid + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"packet": pid, "pages": layout}, fh, ensure_ascii=False)
    return pid, len(pages)
