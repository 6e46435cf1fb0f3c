"""Assemble one packet: facts -> documents -> pages -> files + truth."""
import json
import os
import random
from PIL import Image
from . import facts, render, capture, rules
from .canvas import write_pdf, Canvas

ROW_KEYS = {"tax_record": ("period", "withholding_agent", "amount"),
            "social_insurance_record": ("month", "employer", "base", "back_payment")}


class Namer:
    def __init__(self, r, as_of):
        self.r, self.used, self.as_of = r, set(), as_of

    def __call__(self, kind, ext):
        r = self.r
        for _ in range(100):
            import datetime as _dt
            day = self.as_of - _dt.timedelta(days=r.randint(0, 75))
            mmdd = "%02d%02d" % (day.month, day.day)
            t = "%02d%02d%02d" % (r.randint(7, 23), r.randint(0, 59), r.randint(0, 59))
            y = day.year
            if ext == "pdf":
                n = r.choice(["download.pdf", "download(%d).pdf" % r.randint(1, 4), "file%d.pdf" % r.randint(1, 99),
                              "扫描全能王 %d-%s-%s %s.%s.pdf" % (y, mmdd[:2], mmdd[2:], t[:2], t[2:4]),
                              "doc%04d.pdf" % r.randint(1, 9999), "新建文件%d.pdf" % r.randint(1, 30)])
            elif ext == "tif":
                n = "Scan_%04d.tif" % r.randint(1, 9999)
            elif ext == "png":
                n = r.choice(["Screenshot_%d%s_%s.png" % (y, mmdd, t), "截图%d.png" % r.randint(1, 300),
                              "IMG_%04d.png" % r.randint(1, 9999)])
            elif ext == "heic":
                n = "IMG_%04d.heic" % r.randint(1000, 9999)
            elif ext == "webp":
                n = "mmexport%d.webp" % r.randint(10**12, 10**13 - 1)
            elif kind == "chat":
                n = r.choice(["微信图片_%d%s%s.jpg" % (y, mmdd, t), "mmexport%d.jpg" % r.randint(10**12, 10**13 - 1)])
            elif kind == "photo":
                n = r.choice(["IMG_%04d.jpg" % r.randint(1000, 9999), "IMG_%d%s_%s.jpg" % (y, mmdd, t)])
            else:
                n = r.choice(["scan%04d.jpg" % r.randint(1, 9999), "新建文件%d.jpg" % r.randint(1, 40),
                              "IMG_%04d.jpg" % r.randint(1, 9999), "未命名%d.jpg" % r.randint(1, 20)])
            if n not in self.used:
                self.used.add(n)
                return n
        raise RuntimeError("names")


def render_facts(p, r):
    """extra print-only facts"""
    reg = p.region
    police = "%s公安局%s分局" % (reg[2], reg[3]) if not reg[3].endswith("市") else "%s公安局" % reg[3]
    f = {"as_of": p.as_of, "id_addr": p.id_addr_print, "police": police,
         "police_station": police.replace("分局", "分局" + r.choice(["城关", "中山路", "新华"]) + "派出所"),
         "contract_kind": p.contract["kind"], "legal_rep": r.choice(["张建华", "李明", "John Smith", "王立新", "陈刚"]),
         "company_addr": "上海市%s%s%d号" % (r.choice(facts.SH_DISTRICTS), r.choice(facts.SH_ROADS), r.randint(1, 999)),
         "company_en": p.company_en, "hk_addr": p.hk_addr_print, "host": getattr(p, "host", None),
         "renewal": p.renewal, "tax_office": "国家税务总局上海市%s税务局" % r.choice(["浦东新区", "徐汇区", "闵行区", "静安区"]),
         "tins": p.tax_tins, "show_tin": p.tax["show_tin"], "birth": p.birth, "sex": p.sex, "idn": p.idn,
         "collective_addr": p.hk_addr_print}
    for d in p.docs:
        if d["type"] == "labour_contract":
            f["res_addr"] = [x for x in p.docs if x["type"] == "residence_permit"][0]["fields"]["residence_address"]
    if f["legal_rep"] == "John Smith" and p.contract["kind"] != "bilingual":
        f["legal_rep"] = "刘伟"
    return f


def doc_pages(d, p, r, f):
    """returns (layout, [canvas], preferred capture plan)"""
    t = d["type"]
    if t == "id_card":
        cards = render.id_card(d, r, f)
        if r.random() < 0.45:
            pg = render.a4_with(cards, r)
            if r.random() < 0.4:
                pg.watermark("仅供居住证积分使用，他用无效", color=r.choice([(210, 80, 80), (90, 90, 200), (120, 120, 120)]),
                             angle=r.choice([25, 35, -30]), alpha=60)
            return "a4_copy", [pg], r.choice(["scan", "photocopy", "lowres", "scan"])
        return "cards", cards, r.choice(["photo", "chat", "heic"])
    if t == "residence_permit":
        lay = r.choice(["info_table", "info_table", "app", "card_info"])
        if lay == "app":
            return "app_screenshot", render.permit_app(d, r, f), "screenshot"
        if lay == "card_info":
            return "card_and_info", [render.permit_card(d, r, f)] + render.permit_info(d, r, f), "mixed"
        if r.random() < 0.3:
            return "info_table", render.permit_info(d, r, f, pdf=True), "text_pdf"
        pgs = render.permit_info(d, r, f)
        if r.random() < 0.3:
            pgs[0].watermark("仅供居住证积分使用，他用无效", color=(200, 90, 90), angle=30, alpha=55)
        return "info_table", pgs, r.choice(["scan", "photo", "chat", "photocopy"])
    if t == "household_register_cover":
        return "booklet_page", render.hukou_cover(d, r, f), r.choice(["photo", "chat", "scan", "photocopy"])
    if t == "household_register_member":
        return "registration_card", render.hukou_member(d, r, f), r.choice(["photo", "chat", "scan", "photocopy"])
    if t == "collective_hukou_certificate":
        return "letter", render.collective(d, r, f), r.choice(["scan", "photo", "chat"])
    if t == "labour_contract":
        lay = {"model": "shanghai_model", "company": "company_table", "hire": "hire_contract",
               "dispatch": "dispatch_contract", "bilingual": "bilingual_contract"}[f["contract_kind"]]
        if f["renewal"]:
            lay += "+renewal"
        return lay, render.contract(d, r, f), r.choice(["scan_pdf", "scan_pdf", "bw_tiff", "photos", "photos"])
    if t == "tax_record":
        pdf = r.random() < 0.6
        if r.random() < 0.7:
            return "national_record", render.tax_national(d, r, f, pdf=pdf), "text_pdf" if pdf else r.choice(["photos", "scan_pdf"])
        return "income_detail", render.tax_detail(d, r, f, pdf=pdf), "text_pdf" if pdf else r.choice(["photos", "scan_pdf"])
    if t == "social_insurance_record":
        pdf = r.random() < 0.5
        return "contribution_list", render.si_record(d, r, f, pdf=pdf), "text_pdf" if pdf else r.choice(["photos", "scan_pdf"])
    if t == "diploma":
        if d.get("layout") == "xuexin":
            return "xuexin", render.diploma(d, r, f), r.choice(["clean", "scan", "chat"])
        return "classic", render.diploma(d, r, f), r.choice(["photo", "scan", "chat", "heic", "photocopy"])
    if t == "degree_certificate":
        return "classic", render.degree(d, r, f), r.choice(["photo", "scan", "chat", "heic"])
    if t == "marriage_certificate":
        return "inner_pages", render.marriage(d, r, f), r.choice(["photo", "chat", "heic"])
    raise ValueError(t)


def make_packet(seed, i, out):
    p = facts.build(seed, i)
    r = random.Random(f"{seed}-{i}-render")
    pid = "ac%03d" % i
    pdir = os.path.join(out, pid)
    os.makedirs(pdir, exist_ok=True)
    for fn in os.listdir(pdir):
        os.remove(os.path.join(pdir, fn))
    f = render_facts(p, r)
    for d in p.docs:
        if d["type"] == "household_register_cover":
            f["cover_addr"] = d["fields"]["address"] if p.addr_print.startswith("var_") else p.hk_addr_print
            f["cover_mode"] = p.addr_print
        if d["type"] == "marriage_certificate":
            f["spouse_sex"], f["spouse_birth"] = d["spouse_sex"], d["spouse_birth"]
        if d["type"] == "degree_certificate":
            f["category"] = d["category"]
    name = Namer(r, p.as_of)
    files = []  # (filename, kind, [(canvas, doc_idx)], fmt)
    truth_docs = []
    bundle = []  # docs to put into a shared scanner PDF
    for k, d in enumerate(p.docs):
        lay, pages, plan = doc_pages(d, p, r, f)
        truth_docs.append({"type": d["type"], "layout": lay, "pages": [],
                           "fields": {kk: vv for kk, vv in d["fields"].items()},
                           "rows": [{kk: row[kk] for kk in ROW_KEYS[d["type"]]} for row in d["rows"]] if d["rows"] else []})
        items = [(c, k) for c in pages]
        if plan in ("scan", "photocopy", "lowres") and d["type"] in ("household_register_cover", "household_register_member",
                                                                      "diploma", "degree_certificate") and r.random() < 0.35:
            bundle += items
            continue
        if plan == "text_pdf":
            files.append([name("text_pdf", "pdf"), "text_pdf", items, "pdf_text"])
        elif plan == "scan_pdf":
            files.append([name("scan", "pdf"), r.choice(["scan", "photocopy"]), items, "pdf_img"])
        elif plan == "bw_tiff":
            files.append([name("scan", "tif"), "bw_tiff", items, "tiff"])
        elif plan == "photos":
            kind = "photo" if d["type"] in ("tax_record", "social_insurance_record") else r.choice(["photo", "chat"])
            for it in items:
                files.append([name(kind, "jpg"), kind, [it], "jpg"])
        elif plan == "mixed":  # card photo + info page scan
            files.append([name("photo", "jpg"), r.choice(["photo", "chat"]), [items[0]], "jpg"])
            files.append([name("scan", "jpg"), r.choice(["scan", "photocopy"]), items[1:], "jpg"])
        elif plan == "screenshot":
            files.append([name("screenshot", "png"), "screenshot", items, "png"])
        else:
            for it in items:
                ext = "heic" if plan == "heic" else ("webp" if plan == "chat" and r.random() < 0.1 else
                                                      "png" if plan == "clean" and r.random() < 0.5 else "jpg")
                files.append([name(plan, ext), plan, [it], ext])
    if bundle:
        files.append([name("scan", "pdf"), "scan", bundle, "pdf_img"])
    if r.random() < 0.22:
        files.append([name("photo", "jpg"), "photo", [(render.receipt(r), None)], "jpg"])
    r.shuffle(files)
    pages_truth = []
    for fname, kind, items, fmt in files:
        path = os.path.join(pdir, fname)
        if fmt == "pdf_text":
            write_pdf([c for c, _ in items], path, shuffle_seed=r.randint(0, 10**6) if r.random() < 0.5 else None)
            rots = [0] * len(items)
        else:
            imgs, rots = [], []
            for c, _ in items:
                ck = "bw_tiff" if fmt == "tiff" else kind
                if ck == "heic":
                    ck = "photo"
                img = capture.apply(ck, c, r)
                rot = 0
                if fmt in ("jpg", "heic") and kind in ("scan", "photo", "photocopy") and r.random() < 0.1:
                    rot = r.choice([90, 180, 270])
                    img = img.rotate(-rot, expand=True)
                imgs.append(img)
                rots.append(rot)
            if fmt == "pdf_img":
                imgs = [im.convert("RGB") if im.mode not in ("L", "RGB") else im for im in imgs]
                imgs[0].save(path, "PDF", resolution=200, save_all=True, append_images=imgs[1:])
            elif fmt == "tiff":
                imgs[0].save(path, "TIFF", compression="group4", save_all=True, append_images=imgs[1:], dpi=(200, 200))
            else:
                capture.save_image(imgs[0], path, fmt, r)
        for n, (c, k) in enumerate(items):
            typ = p.docs[k]["type"] if k is not None else "unknown"
            pages_truth.append({"file": fname, "page": n + 1, "type": typ,
                                "capture": "heic_photo" if fmt == "heic" else kind, "rotation": rots[n]})
            if k is not None:
                truth_docs[k]["pages"].append({"file": fname, "page": n + 1})
    truth = {"packet": pid, "as_of": p.as_of.isoformat(), "application": p.application, "defects": p.defects,
             "expected_rules": [], "verdict": "", "points": None, "pages": pages_truth, "documents": truth_docs}
    truth["expected_rules"] = rules.evaluate(truth)
    truth["verdict"] = rules.verdict(truth["expected_rules"])
    truth["points"] = rules.points(truth)
    with open(os.path.join(out, pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return pid, truth["verdict"], len(pages_truth)
