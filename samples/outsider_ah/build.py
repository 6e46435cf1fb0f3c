"""Draw one packet: decide how each document reaches HR, render, capture, write files, truth and layout evidence."""
import io
import json
import os
import random
import datetime as dt
import numpy as np
from PIL import Image
import pypdfium2 as pdfium
import pillow_heif

from . import plan, model, truth, captures as C, draw_tax, draw_si, draw_cards as DC, draw_paper as DP

pillow_heif.register_heif_opener()


class Namer:
    def __init__(self, rng, as_of):
        self.rng, self.as_of, self.used = rng, as_of, set()

    def __call__(self, ext, hint=None):
        r, d = self.rng, self.as_of - dt.timedelta(days=self.rng.randint(0, 20))
        t = f"{r.randint(8, 22):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
        while True:
            pool = [f"IMG_{d:%Y%m%d}_{t}.{ext}", f"微信图片_{d:%Y%m%d}{t}.{ext}", f"mmexport{r.randint(1700000000000, 1799999999999)}.{ext}",
                    f"scan{r.randint(1, 9999):04d}.{ext}", f"{r.choice(['合同', '身份证', '材料', '新建文件', 'document'])}{r.randint(1, 999)}.{ext}"]
            if ext == "png":
                pool += [f"Screenshot_{d:%Y%m%d}-{t}.png", f"Screenshot_{d:%Y-%m-%d-%H}{r.randint(10, 59)}.png"]
            if ext == "pdf":
                pool += [f"扫描全能王 {d:%Y-%m-%d} {r.randint(8, 22)}.{r.randint(10, 59)}.pdf", f"CamScanner {d:%m-%d-%Y} {r.randint(10, 23)}.{r.randint(10, 59)}.pdf"]
                if hint:
                    pool += [hint + ".pdf", hint + f"({r.randint(1, 3)}).pdf"]
            n = r.choice(pool)
            if n not in self.used:
                self.used.add(n)
                return n
            t = f"{r.randint(8, 22):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"


def render_pdf(path, dpi=150):
    doc = pdfium.PdfDocument(path)
    out = [doc[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(doc))]
    doc.close()
    return out


def draw_packet(index, seed, outdir):
    rng = random.Random(f"{seed}-{index}")
    spec = plan.spec(index, rng)
    pk = model.build(spec, rng)
    name = f"ah{index:03d}"
    pdir = os.path.join(outdir, name)
    os.makedirs(pdir, exist_ok=True)
    tmp = os.path.join(outdir, "_layout", "tmp", name)
    os.makedirs(tmp, exist_ok=True)
    namer = Namer(rng, pk["as_of"])
    files = []            # each: {"name", "kind": "img"|"pdf_text"|"pdf_img"|"tiff", "pages": [unit]}
    doc_layouts = [None] * len(pk["docs"])
    de = set(d.split(":")[0] for d in pk["defects"])
    cdate = dt.datetime.combine(pk["as_of"], dt.time(10, 0), tzinfo=dt.timezone.utc)

    def unit(img, items, di, cap, rot=0, typ=None):
        return {"img": img, "items": items, "doc": di, "type": typ or pk["docs"][di]["type"] if di is not None else typ,
                "capture": cap, "rotation": rot}

    def img_file(u, ext=None):
        ext = ext or ("png" if u["capture"] == "screenshot" else rng.choice(["jpg", "jpg", "jpg", "jpeg", "heic", "webp"] if u["capture"] == "photo" else ["jpg", "jpg", "png", "jpg", "jpg", "tif"] if u["capture"] in ("scan", "clean") else ["jpg"]))
        files.append({"name": namer(ext), "kind": "img", "pages": [u]})

    def cap(img, c, allow_turn=False):
        out = C.APPLY[c](img, rng)
        rot = 0
        if allow_turn and c in ("photo", "scan") and rng.random() < 0.12:
            rot = rng.choice([90, 180, 270])
            out = C.turn(out, rot)
        return out, rot

    def text_pdf_file(path_tmp, pages, di, capname, hint):
        nm = namer("pdf", hint)
        files.append({"name": nm, "kind": "pdf_text", "src": path_tmp,
                      "pages": [{"img": None, "items": p["items"], "doc": di, "type": pk["docs"][di]["type"], "capture": capname,
                                 "rotation": 0, "size": p["size"]} for p in pages]})

    scanner_pages = []  # pages collected for a scanner-app image PDF holding several documents

    for di, d in enumerate(pk["docs"]):
        t, f = d["type"], d["fields"]
        if t == "tax_record":
            route = spec["tax_route"]
            pth = os.path.join(tmp, f"tax{di}.pdf")
            if route in ("nat_pdf", "detail_pdf"):
                pages, info = (draw_tax.nat_pdf if route == "nat_pdf" else draw_tax.detail_pdf)(d, rng, pth)
                text_pdf_file(pth, pages, di, "text_pdf", rng.choice(["个人所得税纳税记录", "纳税记录", "收入纳税明细", "个税"]))
            elif route in ("nat_scan", "nat_photo", "nat_imgpdf"):
                pages, info = draw_tax.nat_pdf(d, rng, pth, force_plain=rng.random() < 0.5)
                imgs = render_pdf(pth, dpi=rng.choice([150, 200]))
                c = {"nat_scan": "scan", "nat_photo": "photo", "nat_imgpdf": rng.choice(["scan", "bilevel"])}[route]
                us = []
                for im, p in zip(imgs, pages):
                    o, rot = cap(im, c, allow_turn=(route == "nat_photo"))
                    us.append(unit(o, p["items"], di, c, rot))
                if route == "nat_imgpdf":
                    files.append({"name": namer("pdf", "纳税记录扫描件"), "kind": "pdf_img", "pages": us})
                else:
                    for u in us:
                        img_file(u)
                info = dict(info, layout=info["layout"] + "_printed")
            elif route == "old_cert":
                ps, info = draw_tax.old_cert(d, rng)
                for p in ps:
                    o, rot = cap(p.img, "scan")
                    img_file(unit(o, p.items, di, "scan", rot))
            else:
                dark = route == "app_long_dark" or rng.random() < 0.2
                ps, info = draw_tax.tax_app(d, rng, dark=dark, long=route in ("app_long", "app_long_dark"))
                for p in ps:
                    if route == "detail_chat":
                        img_file(unit(C.chat(p.img, rng), p.items, di, "chat"))
                    else:
                        img_file(unit(p.img, p.items, di, "screenshot"))
            doc_layouts[di] = info["layout"]
            d["render"] = info
        elif t == "social_insurance_record":
            route = spec["si_route"]
            pth = os.path.join(tmp, f"si{di}.pdf")
            if route in ("ywtb_pdf", "browser_pdf"):
                pages, info = draw_si.si_pdf(d, rng, pth, browser=route == "browser_pdf")
                text_pdf_file(pth, pages, di, "print_pdf" if route == "browser_pdf" else "text_pdf", rng.choice(["社保缴费记录", "社保", "个人社保缴费明细"]))
            elif route in ("si_scan", "si_photo", "si_imgpdf"):
                pages, info = draw_si.si_pdf(d, rng, pth, browser=rng.random() < 0.5)
                imgs = render_pdf(pth, dpi=rng.choice([150, 200]))
                c = {"si_scan": "scan", "si_photo": "photo", "si_imgpdf": "scan"}[route]
                us = [unit(cap(im, c, route == "si_photo")[0], p["items"], di, c) for im, p in zip(imgs, pages)]
                if route == "si_imgpdf":
                    files.append({"name": namer("pdf", "社保记录扫描"), "kind": "pdf_img", "pages": us})
                else:
                    for u in us:
                        img_file(u)
                info = dict(info, layout=info["layout"] + "_printed")
            else:
                ps, info = draw_si.si_app(d, rng, dark=route == "app_cards_dark" or rng.random() < 0.15)
                for p in ps:
                    if route == "si_chat":
                        img_file(unit(C.chat(p.img, rng), p.items, di, "chat"))
                    else:
                        img_file(unit(p.img, p.items, di, "screenshot"))
            doc_layouts[di] = info["layout"]
            d["render"] = info
        elif t == "id_card":
            if "idcard_front_only" in de:
                p = DC.id_front(f, rng)
                o, rot = cap(p.img, rng.choice(["photo", "scan"]))
                img_file(unit(o, p.items, di, "photo" if o.width > 2000 else "scan", rot))
                doc_layouts[di] = "front_only"
                continue
            mode = rng.choice(["a4_copy", "a4_copy", "two_faces", "e_licence"])
            if mode == "a4_copy":
                p = DC.id_copy_a4(f, rng, stacked=rng.random() < 0.6)
                c = rng.choice(["scan", "photocopy", "photo"])
                o, rot = cap(p.img, c)
                u = unit(o, p.items, di, c, rot)
                if rng.random() < 0.4:
                    scanner_pages.append(u)
                else:
                    img_file(u)
            elif mode == "two_faces":
                for p in (DC.id_front(f, rng), DC.id_back(f, rng)):
                    c = rng.choice(["photo", "scan", "clean"])
                    o, rot = cap(p.img, c, True)
                    img_file(unit(o, p.items, di, c, rot))
            else:
                p = DC.e_licence_id(f, rng, dark=rng.random() < 0.3)
                c = rng.choice(["screenshot", "chat"])
                img_file(unit(C.chat(p.img, rng) if c == "chat" else p.img, p.items, di, c))
            doc_layouts[di] = mode
        elif t == "residence_permit":
            if "permit_card_only" in de:
                p = DC.permit_card(f, rng)
                o, rot = cap(p.img, "photo")
                img_file(unit(o, p.items, di, "photo", rot))
                doc_layouts[di] = "card"
                continue
            mode = rng.choice(["info_page", "info_page", "e_licence"])
            if mode == "info_page":
                p, style = DC.permit_info(f, rng)
                c = rng.choice(["scan", "clean", "photo", "photocopy"])
                o, rot = cap(p.img, c, True)
                u = unit(o, p.items, di, c, rot)
                scanner_pages.append(u) if rng.random() < 0.3 else img_file(u)
                doc_layouts[di] = "info_" + style
            else:
                p = DC.permit_e(f, rng, dark=rng.random() < 0.3)
                c = rng.choice(["screenshot", "chat"])
                img_file(unit(C.chat(p.img, rng) if c == "chat" else p.img, p.items, di, c))
                doc_layouts[di] = "e_licence"
        elif t in ("household_register_cover", "household_register_member", "collective_hukou_certificate"):
            p = {"household_register_cover": DP.hukou_cover, "household_register_member": DP.hukou_member,
                 "collective_hukou_certificate": DP.collective}[t](f, rng)
            c = rng.choice(["scan", "photo", "photocopy", "clean", "lowres"])
            o, rot = cap(p.img, c, True)
            u = unit(o, p.items, di, c, rot)
            scanner_pages.append(u) if rng.random() < 0.35 else img_file(u)
            doc_layouts[di] = {"household_register_cover": "booklet_cover", "household_register_member": "booklet_card",
                               "collective_hukou_certificate": "letter"}[t]
        elif t == "labour_contract":
            ps, lay = DP.contract_pages(f, rng, rng.randint(3, 5))
            mode = rng.choice(["imgpdf", "photos", "tiff"])
            c = {"imgpdf": rng.choice(["scan", "photocopy"]), "photos": "photo", "tiff": "bilevel"}[mode]
            us = []
            for p in ps:
                o, rot = cap(p.img, c, mode == "photos")
                us.append(unit(o, p.items, di, c, rot))
            if "blank_page" in de:
                us.insert(rng.randint(1, len(us) - 1), unit(C.blank(rng), [], None, "blank", 0, "unknown"))
                mode = "imgpdf" if mode == "photos" else mode
            if mode == "imgpdf":
                files.append({"name": namer("pdf", "劳动合同"), "kind": "pdf_img", "pages": us})
            elif mode == "tiff":
                files.append({"name": namer("tif"), "kind": "tiff", "pages": us})
            else:
                for u in us:
                    img_file(u)
            doc_layouts[di] = lay
        elif t in ("diploma", "degree_certificate"):
            if d.get("layout") == "xuexin":
                p = DP.xuexin(f, rng, pk["person"]["sex"], pk["person"]["birth"].isoformat())
                doc_layouts[di] = "xuexin"
                c = rng.choice(["clean", "screenshot"])
            elif t == "diploma":
                p = DP.diploma(f, rng, pk["person"]["birth"].isoformat(), pk["person"]["sex"])
                doc_layouts[di] = "classic"
                c = rng.choice(["photo", "scan", "clean", "lowres"])
            else:
                p = DP.degree(f, rng, d["meta"]["field"])
                doc_layouts[di] = "classic"
                c = rng.choice(["photo", "scan", "clean"])
            o, rot = cap(p.img, c if c != "screenshot" else "clean")
            img_file(unit(o, p.items, di, c, rot))
        elif t == "marriage_certificate":
            p = DP.marriage(f, d["meta"], rng)
            o, rot = cap(p.img, "photo")
            img_file(unit(o, p.items, di, "photo", rot))
            doc_layouts[di] = "open_booklet"

    if scanner_pages:
        if len(scanner_pages) == 1:
            img_file(scanner_pages[0])
        else:
            files.append({"name": namer("pdf", "材料扫描"), "kind": "pdf_img", "pages": scanner_pages})
    # non-documents and unreadable pages
    if "distractor" in pk["features"]:
        p = DP.distractor(rng, rng.choice(["receipt", "rental"]))
        img_file(unit(C.photo(p.img, rng), p.items, None, "photo", 0, "unknown"))
    if "dark_page" in de:
        p = DP.distractor(rng, "rental")
        img_file(unit(C.dark(p.img, rng), [], None, "dark", 0, "unknown"), "jpg")
    if "thumb_page" in de:
        p = DC.id_front(pk["docs"][0]["fields"], rng)
        img_file(unit(C.thumb(p.img, rng), [], None, "thumbnail", 0, "unknown"), "jpg")

    rng.shuffle(files)
    # ---- write
    pages_truth, doc_pages, layout_files = [], [[] for _ in pk["docs"]], []
    for fi in files:
        path = os.path.join(pdir, fi["name"])
        if fi["kind"] == "img":
            im = fi["pages"][0]["img"]
            ext = fi["name"].rsplit(".", 1)[1].lower()
            fmt = {"jpg": "JPEG", "jpeg": "JPEG", "png": "PNG", "heic": "HEIF", "webp": "WEBP", "bmp": "BMP", "tif": "TIFF"}[ext]
            kw = {"quality": rng.randint(72, 92)} if fmt in ("JPEG", "WEBP", "HEIF") else {}
            if fmt in ("JPEG", "WEBP", "HEIF", "BMP") and im.mode not in ("RGB", "L"):
                im = im.convert("RGB")
            im.save(path, fmt, **kw)
        elif fi["kind"] == "pdf_text":
            with open(fi["src"], "rb") as a, open(path, "wb") as b:
                b.write(a.read())
        elif fi["kind"] == "pdf_img":
            ims = [u["img"].convert("RGB") if u["img"].mode == "1" and rng.random() < 0.5 else u["img"] for u in fi["pages"]]
            ims = [i if i.mode in ("RGB", "L", "1") else i.convert("RGB") for i in ims]
            stamp = dt.datetime.combine(pk["as_of"] - dt.timedelta(days=rng.randint(1, 12)), dt.time(rng.randint(8, 21), rng.randint(0, 59)))
            ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=150.0, title=fi["name"][:-4],
                        creationDate=stamp.timetuple(), modDate=stamp.timetuple(), producer=rng.choice(["CamScanner", "Adobe Scan", "扫描全能王", "HP Scan"]))
        elif fi["kind"] == "tiff":
            m0 = fi["pages"][0]["img"].mode
            ims = [u["img"] if u["img"].mode == m0 else u["img"].convert(m0) for u in fi["pages"]]
            ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression="group4" if ims[0].mode == "1" else "tiff_lzw")
        lf = {"file": fi["name"], "kind": fi["kind"], "pages": []}
        for k, u in enumerate(fi["pages"]):
            pages_truth.append({"file": fi["name"], "page": k + 1, "type": u["type"], "capture": u["capture"], "rotation": u["rotation"]})
            if u["doc"] is not None:
                doc_pages[u["doc"]].append({"file": fi["name"], "page": k + 1})
            lf["pages"].append({"page": k + 1, "type": u["type"], "doc": u["doc"], "texts": u["items"]})
        layout_files.append(lf)
    tr = truth.make(name, pk, pages_truth, doc_pages, doc_layouts)
    with open(os.path.join(outdir, name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(tr, fh, ensure_ascii=False, indent=1)
    lay = {"packet": name, "spec": {k: v for k, v in spec.items()}, "features": pk["features"],
           "renders": [d.get("render") for d in pk["docs"]], "files": layout_files,
           "raw_rows": [[{k: v for k, v in r.items()} for r in d["rows"]] for d in pk["docs"]]}
    with open(os.path.join(outdir, "_layout", name + ".json"), "w", encoding="utf-8") as fh:
        json.dump(lay, fh, ensure_ascii=False, indent=1, default=str)
    for fn in os.listdir(tmp):
        os.remove(os.path.join(tmp, fn))
    os.rmdir(tmp)
    return {"packet": name, "verdict": tr["verdict"], "pages": len(pages_truth), "files": len(files),
            "expected_rules": tr["expected_rules"], "captures": sorted({p["capture"] for p in pages_truth}),
            "font_packages": sorted(__import__("samples.outsider_ah.fonts", fromlist=["USED"]).USED)}
