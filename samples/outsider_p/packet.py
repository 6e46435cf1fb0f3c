"""Render one packet: documents -> pages -> captures -> files, and its truth file."""
import io
import json
import os
import time
import shutil
import datetime as dt
import pypdfium2 as pdfium
from PIL import Image
from . import docs as R
from . import capture as C
from .pdfprint import tax_national, si_record, xuexin
from .gfx import watermark
from .oracle import evaluate
from .scenario import plan

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
    HEIF = True
except Exception:  # pragma: no cover
    HEIF = False

WM = "仅供居住证积分使用，他用无效"
FIXED_T = time.gmtime(1793525400)


def _raster_pdf(data, dpi=200):
    pdf = pdfium.PdfDocument(data)
    out = [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    pdf.close()
    return out


class Names:
    def __init__(self, rng, n):
        self.rng, self.used = rng, set()
        self.base = 1000 + n * 37 + rng.randint(0, 500)

    def get(self, kind, ext):
        r = self.rng
        while True:
            self.base += r.randint(1, 9)
            k = self.base
            if kind == "photo":
                nm = r.choice(["IMG_%04d" % k, "IMG_2026%02d%02d_%06d" % (r.randint(9, 12), r.randint(1, 28), k * 13),
                               "PXL_2026%02d%02d_%09d" % (r.randint(9, 12), r.randint(1, 28), k * 7919)])
            elif kind == "wechat":
                nm = "微信图片_2026%02d%02d%06d" % (r.randint(9, 12), r.randint(1, 28), k * 31)
            elif kind == "screenshot":
                nm = r.choice(["Screenshot_2026-%02d-%02d-%02d-%02d-%02d" % (r.randint(9, 12), r.randint(1, 28),
                               r.randint(8, 22), r.randint(0, 59), r.randint(0, 59)), "IMG_%04d" % k, "截图%d" % k])
            elif kind == "scan":
                nm = r.choice(["scan%04d" % k, "扫描件%d" % k, "CamScanner 2026-%02d-%02d %02d.%02d" % (
                    r.randint(9, 12), r.randint(1, 28), r.randint(8, 22), r.randint(0, 59)), "DOC%06d" % k])
            else:
                nm = r.choice(["document%d" % k, "新建文件%d" % k, "材料%d" % k, "%d" % k, "合同%d" % k,
                               "身份证%d" % k, "file_%d" % k])
            nm = nm + "." + ext
            if nm not in self.used:
                self.used.add(nm)
                return nm


def save_image(img, path, rng, fmt, exif_orientation=1, quality=None):
    img = img.convert("RGB") if img.mode not in ("RGB", "L", "1") else img
    if fmt == "jpg":
        kw = {"quality": quality or rng.randint(82, 93)}
        if exif_orientation != 1:
            ex = Image.Exif()
            ex[0x0112] = exif_orientation
            ex[0x010F] = "Apple" if rng.random() < 0.5 else "HUAWEI"
            kw["exif"] = ex.tobytes()
        img.convert("RGB").save(path, "JPEG", **kw)
    elif fmt == "heic":
        img.convert("RGB").save(path, "HEIF", quality=quality or 72, enc_params={"preset": "ultrafast"})
    elif fmt == "png":
        img.save(path, "PNG", optimize=False, compress_level=3)
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=80)
    elif fmt == "bmp":
        img.convert("RGB").save(path, "BMP")
    elif fmt == "tif":
        img.save(path, "TIFF", compression="group4" if img.mode == "1" else "tiff_lzw")


def build(seed, n, outdir):
    P = plan(seed, n)
    rng = P["rng"]
    as_of = P["as_of"]
    defect = P["defect"]
    pid = "p%03d" % n
    pdir = os.path.join(outdir, pid)
    if os.path.isdir(pdir):
        shutil.rmtree(pdir)
    os.makedirs(pdir)
    names = Names(rng, n)
    documents = []  # truth docs
    units = []  # (doc_index, list of page images) for image docs, or ("pdf", bytes) for text pdf docs

    def add_doc(dtype, layout, fields, shown, rows=None):
        tf = {k: v for k, v in fields.items() if not k.startswith("_") and k in shown}
        documents.append({"type": dtype, "layout": layout, "pages": [], "fields": tf, "rows": rows or []})
        return len(documents) - 1

    # ---------------- id card
    f = P["idcard"]
    if defect == "id_front_only":
        pages, sh = R.id_front(f, rng)
        i = add_doc("id_card", "front_only", f, sh)
        units.append({"doc": i, "pages": pages, "kind": "card"})
    elif rng.random() < 0.6:
        p1, s1 = R.id_front(f, rng)
        p2, s2 = R.id_back(f, rng)
        i = add_doc("id_card", "cards", f, s1 | s2)
        if rng.random() < 0.5:
            units.append({"doc": i, "pages": p1, "kind": "card"})
            units.append({"doc": i, "pages": p2, "kind": "card"})
        else:
            units.append({"doc": i, "pages": p1 + p2, "kind": "card"})
    else:
        pages, sh = R.id_a4(f, rng)
        if rng.random() < 0.5:
            pages = [watermark(pages[0], WM, rng)]
        i = add_doc("id_card", "a4_copy", f, sh)
        units.append({"doc": i, "pages": pages, "kind": "a4"})
    # ---------------- residence permit
    f = P["permit"]
    lay = rng.choice(["info_table", "info_table", "info_list", "app", "card_info"])
    if lay == "app":
        pages, sh = R.rp_app(f, rng)
        i = add_doc("residence_permit", "app", f, sh)
        units.append({"doc": i, "pages": pages, "kind": "screen"})
    else:
        var = rng.choice(["grid2", "grid4"]) if lay in ("info_table", "card_info") else rng.choice(["list_far", "list_below"])
        pages, sh = R.rp_info(f, rng, variant=var)
        if rng.random() < 0.3:
            pages = [watermark(pages[0], WM, rng)]
        i = add_doc("residence_permit", lay, f, sh)
        if lay == "card_info":
            cp, csh = R.rp_card(f, rng)
            units.append({"doc": i, "pages": cp, "kind": "card"})
        units.append({"doc": i, "pages": pages, "kind": "a4"})
    # ---------------- hukou
    scan_group = []
    if P["app"] == "first" or rng.random() < 0.3:
        if P["collective"]:
            pages, sh = R.collective_cert(P["coll"], rng)
            i = add_doc("collective_hukou_certificate", "letter", P["coll"], sh)
            units.append({"doc": i, "pages": pages, "kind": "a4"})
        else:
            fw = defect == "fullwidth"
            pc, shc = R.hr_cover(P["cover"], rng, fw=fw)
            i = add_doc("household_register_cover", "booklet_typed", P["cover"], shc)
            hu = [{"doc": i, "pages": pc, "kind": "booklet"}]
            if defect != "missing_member":
                pm, shm = R.hr_member(P["member"], rng)
                j = add_doc("household_register_member", "card_hand" if False else "card", P["member"], shm)
                hu.append({"doc": j, "pages": pm, "kind": "booklet"})
            units += hu
    # ---------------- contract
    for c in P["contracts"]:
        if c.get("_layout") == "renewal_notice":
            pages, sh = R.contract_renewal(c, rng)
            i = add_doc("labour_contract", "renewal_notice", c, sh)
        else:
            lay = rng.choice(["shanghai_model", "company_template", "hire_contract"])
            pages, sh = R.contract(c, rng, layout=lay, drop_term=(defect == "term_missing"))
            i = add_doc("labour_contract", lay, c, sh)
        units.append({"doc": i, "pages": pages, "kind": "contract"})
    # ---------------- tax
    if defect != "missing_tax":
        f = P["tax"]
        rows = P["tax_rows"]
        trow = [{"period": r["period"], "withholding_agent": r["withholding_agent"], "amount": r["amount"]} for r in rows]
        lay = rng.choice(["national_pdf", "national_pdf", "national_pdf", "income_detail", "old_certificate",
                          "national_photo"])
        if lay in ("national_pdf", "national_photo"):
            data, npg = tax_national(f, rows, rng, P["uscc"])
            i = add_doc("tax_record", "national", f, {"name", "id_number", "issue_date"}, trow)
            if lay == "national_pdf":
                units.append({"doc": i, "pdf": data, "npages": npg, "kind": "textpdf"})
            else:
                units.append({"doc": i, "pages": _raster_pdf(data), "kind": "a4"})
        elif lay == "income_detail":
            pages, sh = R.tax_app(f, rows, rng)
            i = add_doc("tax_record", "income_detail", f, sh, trow)
            units.append({"doc": i, "pages": pages, "kind": "screen"})
        else:
            pages, sh = R.tax_old(f, rows[-8:], rng)
            trow = trow[-8:] if len(rows) == len(trow) else trow
            i = add_doc("tax_record", "old_certificate", f, sh,
                        [{"period": r["period"], "withholding_agent": r["withholding_agent"], "amount": r["amount"]}
                         for r in rows[-8:]])
            units.append({"doc": i, "pages": pages, "kind": "a4"})
    # ---------------- social insurance
    if P["si"]:
        f = P["si"]
        rows = f["_rows"]
        data, npg = si_record(f, rows, rng, ranges=rng.random() < 0.35)
        trow = [{"month": r["month"], "employer": r["employer"], "base": r["base"], "back_payment": r["back_payment"]}
                for r in rows]
        i = add_doc("social_insurance_record", "si_print", f, {"name", "id_number"}, trow)
        if rng.random() < 0.7:
            units.append({"doc": i, "pdf": data, "npages": npg, "kind": "textpdf"})
        else:
            units.append({"doc": i, "pages": _raster_pdf(data), "kind": "a4"})
    # ---------------- education
    for e in P["edu_docs"]:
        f = dict(e["fields"], **e["_extra"])
        if e.get("layout") == "xuexin":
            f.setdefault("_upd", (as_of - dt.timedelta(days=rng.randint(3, 40))).isoformat())
            lvl = f["level"]
            f["_years"] = {"本科": "4年", "专科": "3年", "硕士研究生": "3年", "博士研究生": "4年"}[lvl] if f["study_mode"] == "普通全日制" else "5年"
            f["_category"] = "普通高等教育" if f["study_mode"] == "普通全日制" else "成人高等教育"
            f["_certno"] = "%05d%d%d%06d" % (rng.randint(10000, 14999), int(f["graduation_date"][:4]), 5, rng.randint(0, 999999))
            data, npg = xuexin(f, rng)
            i = add_doc("diploma", "xuexin", f, {"name", "school", "major", "level", "graduation_date", "study_mode",
                                                 "online_record"})
            units.append({"doc": i, "pdf": data, "npages": npg, "kind": "textpdf"})
        else:
            pages, sh = R.diploma(f, rng, kind=e["type"])
            sh = set(sh) | ({"study_mode"} if e["type"] == "diploma" and f["study_mode"] != "普通全日制" else set())
            if e["type"] == "diploma" and f["study_mode"] == "普通全日制":
                sh.add("study_mode") if False else None
            i = add_doc(e["type"], "classic", f, sh)
            units.append({"doc": i, "pages": pages, "kind": "cert"})
    # ---------------- marriage
    if P["marr"]:
        pages, sh = R.marriage(P["marr"], rng)
        i = add_doc("marriage_certificate", "inner_page", P["marr"], sh)
        units.append({"doc": i, "pages": pages, "kind": "cert"})
    # ---------------- unrelated
    nun = P["opt"].get("unrelated", 1 if rng.random() < 0.4 else 0)
    for k in range(nun):
        fn = [R.rental, R.receipt, R.bank_slip][k % 3] if nun > 1 else rng.choice([R.rental, R.receipt, R.bank_slip])
        units.append({"doc": None, "pages": fn(rng), "kind": "a4" if fn is not R.receipt else "card"})
    rng.shuffle(units)
    # ---------------- scanner PDF group: pick 2-3 image units (a4/booklet/cert/contract)
    cand = [u for u in units if u["kind"] in ("a4", "booklet", "cert", "contract") and "pdf" not in u]
    rng.shuffle(cand)
    group, npages = [], 0
    for u in cand:
        if npages + len(u["pages"]) <= 5:
            group.append(u)
            npages += len(u["pages"])
        if npages >= 3:
            break
    blank_count = 0
    want_blank = defect == "blank_page" or P["opt"].get("blank", False)
    big_done = [] if n % 3 == 0 else [1]  # at most one 48/50 MP photo, in every third packet
    heic_done = []
    # ---------------- write files
    truth_pages = []

    def note(file, page, doc, cap, rot=0, exif=1):
        tp = {"file": file, "page": page, "type": documents[doc]["type"] if doc is not None else "unknown",
              "capture": cap, "rotation": rot}
        if exif != 1:
            tp["exif_orientation"] = exif
        truth_pages.append(tp)
        if doc is not None:
            documents[doc]["pages"].append({"file": file, "page": page})

    def write_single(u, pimg):
        kind = u["kind"]
        r = rng.random()
        if kind == "screen":
            if r < 0.6:
                nm = names.get("screenshot", "png")
                save_image(pimg, os.path.join(pdir, nm), rng, "png")
                return nm, "screenshot", 0, 1
            nm = names.get("wechat", "jpg")
            save_image(C.wechat(pimg, rng, 1080), os.path.join(pdir, nm), rng, "jpg", quality=rng.randint(45, 60))
            return nm, "wechat", 0, 1
        if kind == "card":
            portrait = False
            if r < 0.65:
                mp = rng.choice([12, 12, 12, 24, 48, 8])
                if mp >= 48 and big_done:
                    mp = 24
                if mp >= 48:
                    big_done.append(1)
                im = C.photo(pimg, rng, mp=mp, card=True, portrait=portrait)
                return _photo_out(im, "photo")
            if r < 0.85:
                nm = names.get("scan", rng.choice(["jpg", "png"]))
                im = C.scan(pimg, rng, grey=rng.random() < 0.3)
                save_image(im, os.path.join(pdir, nm), rng, nm.rsplit(".", 1)[1])
                return nm, "scan", 0, 1
            im = C.photo(pimg, rng, mp=12, card=True)
            nm = names.get("wechat", "jpg")
            save_image(C.wechat(im, rng), os.path.join(pdir, nm), rng, "jpg", quality=rng.randint(45, 60))
            return nm, "wechat", 0, 1
        # paper page
        if r < 0.45:
            mp = rng.choice([12, 12, 12, 12, 24, 48, 8, 50]) if kind != "booklet" else rng.choice([12, 24])
            if mp >= 48 and big_done:
                mp = 12
            if mp >= 48:
                big_done.append(1)
            im = C.photo(pimg, rng, mp=mp, portrait=(kind not in ("booklet", "cert")))
            return _photo_out(im, "photo")
        if r < 0.58:
            im = C.photo(pimg, rng, mp=12, portrait=(kind not in ("booklet", "cert")))
            nm = names.get("wechat", "jpg")
            save_image(C.wechat(im, rng), os.path.join(pdir, nm), rng, "jpg", quality=rng.randint(45, 60))
            return nm, "wechat", 0, 1
        src = R.on_a4(pimg, rng, 200) if kind == "booklet" and rng.random() < 0.6 else pimg
        if r < 0.75:
            nm = names.get("scan", rng.choice(["jpg", "jpg", "png", "tif"]))
            im = C.scan(src, rng, grey=rng.random() < 0.4, dpi_scale=1.5 if rng.random() < 0.5 else 1.0)
            save_image(im, os.path.join(pdir, nm), rng, nm.rsplit(".", 1)[1])
            return nm, "scan", 0, 1
        if r < 0.86:
            nm = names.get("scan", rng.choice(["jpg", "png"]))
            save_image(C.photocopy(src, rng), os.path.join(pdir, nm), rng, nm.rsplit(".", 1)[1])
            return nm, "photocopy", 0, 1
        if r < 0.93:
            nm = names.get("other", rng.choice(["jpg", "webp", "png", "bmp"]))
            save_image(C.lowres(src, rng), os.path.join(pdir, nm), rng, nm.rsplit(".", 1)[1])
            return nm, "lowres", 0, 1
        nm = names.get("other", "jpg")
        save_image(src, os.path.join(pdir, nm), rng, "jpg")
        return nm, "clean", 0, 1

    def _photo_out(im, cap):
        rr = rng.random()
        rot, ex = 0, 1
        if rr < 0.2:
            ex = rng.choice([6, 6, 8, 3])
            im = C.exif_store(im, ex)
        elif rr < 0.32:
            rot = rng.choice([90, 270, 180])
            im = C.turn(im, rot)
        if HEIF and ex == 1 and not heic_done and n % 2 == 1 and im.size[0] * im.size[1] <= 13e6 and rng.random() < 0.6:
            heic_done.append(1)
            nm = names.get("photo", "HEIC")
            save_image(im, os.path.join(pdir, nm), rng, "heic")
        else:
            nm = names.get("photo", rng.choice(["jpg", "JPG", "jpeg"]))
            save_image(im, os.path.join(pdir, nm), rng, "jpg", exif_orientation=ex)
        return nm, cap, rot, ex

    # scanner pdf
    if group:
        mode = rng.choice(["scan", "scan", "photocopy", "grey"])
        imgs, meta = [], []
        for gi, u in enumerate(group):
            if want_blank and gi == 1:
                imgs.append(C.scan(R.blank(rng)[0], rng, grey=True))
                meta.append((None, "blank"))
                blank_count += 1
            for pimg in u["pages"]:
                src = R.on_a4(pimg, rng, 200) if u["kind"] in ("booklet", "cert") and rng.random() < 0.5 else pimg
                if mode == "photocopy":
                    im, cap = C.photocopy(src, rng), "photocopy"
                elif mode == "grey":
                    im, cap = C.scan(src, rng, grey=True), "scan"
                else:
                    im, cap = C.scan(src, rng), "scan"
                imgs.append(im.convert("RGB") if im.mode == "1" else im)
                meta.append((u["doc"], cap))
        if want_blank and len(group) == 1:
            imgs.append(C.scan(R.blank(rng)[0], rng, grey=True))
            meta.append((None, "blank"))
            blank_count += 1
        nm = names.get("scan", "pdf")
        imgs[0].save(os.path.join(pdir, nm), "PDF", save_all=True, append_images=imgs[1:], resolution=200.0,
                     creationDate=FIXED_T, modDate=FIXED_T, producer="Scanner")
        for k, (doc, cap) in enumerate(meta):
            note(nm, k + 1, doc, "scan_pdf_" + cap if cap != "blank" else "blank")
    # remaining units
    for u in units:
        if u in group:
            continue
        if "pdf" in u:
            nm = names.get("other", "pdf")
            with open(os.path.join(pdir, nm), "wb") as fh:
                fh.write(u["pdf"])
            for k in range(u["npages"]):
                note(nm, k + 1, u["doc"], "text_pdf")
            continue
        if u["kind"] == "contract" and rng.random() < 0.12:
            nm = names.get("scan", "tif")
            frames = [C.bilevel(p, rng) for p in u["pages"]]
            frames[0].save(os.path.join(pdir, nm), "TIFF", save_all=True, append_images=frames[1:],
                           compression="group4", dpi=(200, 200))
            for k in range(len(frames)):
                note(nm, k + 1, u["doc"], "bilevel")
            continue
        for pimg in u["pages"]:
            nm, cap, rot, ex = write_single(u, pimg)
            note(nm, 1, u["doc"], cap, rot, ex)
    # ---------------- truth
    truth = {"packet": pid, "as_of": as_of.isoformat(), "application": P["app"]}
    findings, verdict, points = evaluate({"as_of": truth["as_of"], "application": P["app"], "documents": documents},
                                         blank_pages=blank_count)
    points["items"] = {k: v for k, v in points["items"].items() if v}
    truth.update({"defects": [d for d in defect.split("+") if d and d != "fullwidth"] + (["blank_page"] if P["opt"].get("blank") else []),
                  "expected_rules": [r for r, _ in findings],
                  "expected_findings": [{"rule": r, "severity": s} for r, s in findings],
                  "verdict": verdict, "points": points, "scenario": P["scenario"],
                  "pages": truth_pages, "documents": documents})
    if verdict == "fix" or True:
        pass
    with open(os.path.join(outdir, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return pid, verdict, len(os.listdir(pdir)), len(truth_pages)
