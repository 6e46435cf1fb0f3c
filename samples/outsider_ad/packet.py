"""Assemble one packet: forms -> pages -> files (captures) -> truth."""
import datetime as dt
import json
import os
import random

from PIL import Image

from . import facts, rules, forms, capture
from .layout import Page, render, write_pdf

BODY = ["song", "notoserif", "uming", "notosans", "microhei", "wenkai", "zenhei"]
PDF_BODY = ["song", "uming", "zenhei", "microhei", "wenkai"]
HANDS = ["kai", "ukai", "wenkai"]
SEAL_RED = (205, 35, 40)


def composite(w, h, parts, bg=(255, 255, 255)):
    """an A4 copy or an open booklet holding several card/page layouts"""
    pg = Page(w, h, bg=bg)
    for fn, ox, oy, f, st in parts:
        fn(pg, ox, oy, f, st)
    return pg


def build(seed, i, out_dir):
    rng, P = facts.draw_packet(seed, i)
    docs = facts.build_documents(rng, P)
    expected, points = rules.evaluate(docs, P["as_of"], P["application"], P["extras"])
    verdict = rules.verdict(expected)
    assert verdict == P["class"], (P["packet"], verdict, P["class"], expected)
    rr = random.Random("%s-%d-render" % (seed, i))
    sex = "男" if P["male"] else "女"
    pool = []          # [Page, set(doc idx), kind]
    dpages = {}        # doc idx -> [pool idx]

    def add(pg, idxs, kind):
        pool.append([pg, set(idxs), kind])
        for k in idxs:
            dpages.setdefault(k, []).append(len(pool) - 1)
        return len(pool) - 1

    tidx = {}
    for k, d in enumerate(docs):
        tidx.setdefault(d["type"], []).append(k)
    vfont = rng.choice(["notosans", "zenhei", "microhei"])
    office = "上海市公安局%s分局" % P["residence_address"][3:6].replace("区", "").replace("新", "")
    done = set()
    for k, d in enumerate(docs):
        if k in done:
            continue
        t, lay, f, h = d["type"], d["layout"], d["fields"], d["hint"]
        body = rng.choice(BODY)
        st = {"body": body, "value": vfont, "sex": sex, "office": office, "hand": rng.choice(HANDS)}
        if t == "id_card":
            if lay == "cards":
                add(forms.card_page(forms.id_front, f, st), [k], "card")
                add(forms.card_page(forms.id_back, f, st), [k], "card")
            elif lay == "front_only":
                add(forms.card_page(forms.id_front, f, st), [k], "card")
            elif lay == "a4_copy":
                if rng.random() < 0.5:
                    add(composite(210, 297, [(forms.id_front, 62, 45, f, st), (forms.id_back, 62, 125, f, st)]), [k], "a4")
                else:
                    add(composite(210, 297, [(forms.id_front, 14, 50, f, st), (forms.id_back, 110, 50, f, st)]), [k], "a4")
            else:  # a4_with_permit: both ID faces and the permit card on one copy
                pk = tidx["residence_permit"][0]
                pf = docs[pk]["fields"]
                add(composite(210, 297, [(forms.id_front, 14, 40, f, st), (forms.id_back, 110, 40, f, st), (forms.permit_card, 62, 130, pf, st)]), [k, pk], "a4")
                add(forms.permit_info(pf, _pst(rng, st, P), rng.choice(["info_grid2", "info_grid4", "info_list"]))[0], [pk], "a4")
                done.add(pk)
        elif t == "residence_permit":
            pst = _pst(rng, st, P)
            pst["glare"] = h.get("glare_until")
            if lay == "app":
                add(forms.permit_app(f, dict(st, banner_color=rng.choice([(32, 110, 220), (230, 90, 40), (30, 150, 120)]), clock="%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59))))[0], [k], "screen")
            elif lay == "card_and_info":
                add(forms.card_page(forms.permit_card, f, st), [k], "card")
                add(forms.permit_info(f, pst, rng.choice(["info_grid2", "info_grid4", "info_list"]))[0], [k], "a4")
            else:
                add(forms.permit_info(f, pst, lay)[0], [k], "glare" if pst["glare"] else "a4")
        elif t == "household_register_cover":
            cst = dict(st, seal_over=h.get("seal_over"), address_under_seal=P["hukou_address"], seal=P["region"][3] + "公安局户口专用章", clerk=facts.draw_name(rng))
            if lay == "spread":
                mk = tidx["household_register_member"][0]
                mst = dict(st, hand=st["hand"] if rng.random() < .4 else None, seal=cst["seal"], height=rng.randint(152, 188), job=rng.choice(["职员", "工程师", "会计", "技术员", "销售"]), jit=0.3)
                pg = composite(292, 107, [(forms.hh_cover, 1, 1, f, cst), (forms.hh_member, 146, 1, docs[mk]["fields"], mst)], bg=(240, 236, 226))
                add(pg, [k, mk], "booklet")
                done.add(mk)
            elif lay == "grid_wide":
                pg = composite(210, 297, [(forms.hh_cover, 32, 30, f, cst)])
                if "household_register_member" in tidx and rng.random() < 0.6:
                    mk = tidx["household_register_member"][0]
                    mst = dict(st, hand=None, seal=cst["seal"], height=rng.randint(152, 188))
                    forms.hh_member(pg, 32, 150, docs[mk]["fields"], mst)
                    add(pg, [k, mk], "a4"); done.add(mk)
                else:
                    add(pg, [k], "a4")
            else:
                add(forms.booklet_page(forms.hh_cover, f, cst), [k], "booklet")
        elif t == "household_register_member":
            mst = dict(st, hand=st["hand"] if lay == "card_handwritten" else None, seal=P["region"][3] + "公安局户口专用章", height=rng.randint(152, 188),
                       job=rng.choice(["职员", "工程师", "会计", "技术员", "销售"]), jit=0.35 if lay == "card_handwritten" else 0)
            add(forms.booklet_page(forms.hh_member, f, mst), [k], "booklet")
        elif t == "collective_hukou_certificate":
            for pg in forms.collective(f, dict(st, office=h["office"], clerk=facts.draw_name(rng), tel="021-%08d" % rng.randint(10 ** 7, 10 ** 8 - 1))):
                add(pg, [k], "a4")
        elif t == "labour_contract":
            cst = dict(st, size=rng.choice([3.4, 3.6, 3.8]), fullwidth=rng.random() < .6, rep=facts.draw_name(rng), reg_addr=facts.sh_address(rng).replace("弄", "号", 1)[:18],
                       hk=P["hukou_address"], res=P["residence_address"], tel="13%09d" % rng.randint(0, 10 ** 9 - 1), job=rng.choice(["软件开发", "财务", "销售", "行政", "质量管理", "研发"]),
                       payday=rng.choice([5, 10, 15]), probation=rng.choice([60, 90, 180]), handfill=rng.random() < .35, n_clauses=rng.randint(6, 13), shu=rng.random() < .5,
                       no="HT-%d-%04d" % (rng.randint(2019, 2026), rng.randint(1, 9999)), pno=rng.choice(["第 {k} 页 共 {n} 页", "- {k} -", "{k}/{n}"]), hetong=rng.random() < .4,
                       handdate=rng.random() < .5)
            if "fullwidth_brackets" in P["tags"]:
                cst["fullwidth"] = True
            pgs = forms.renewal(f, cst) if lay == "renewal_agreement" else forms.contract(f, cst, lay)
            for pg in pgs:
                add(pg, [k], "a4")
        elif t == "tax_record":
            rows = d["rows"]
            tst = dict(st, body=rng.choice(PDF_BODY), head=rng.choice(["song", "zenhei"]), pstyle=rng.choice([0, 1]), taxid=h.get("taxid"), codes=h.get("codes", {}),
                       office="国家税务总局上海市%s税务局" % P["residence_address"][3:P["residence_address"].index("区") + 1], fullwidth=rng.random() < .3,
                       code=" ".join("".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) for _ in range(3)), no="3261152%011d" % rng.randint(0, 10 ** 11 - 1))
            if lay in ("national_pdf", "national_print"):
                pgs = forms.tax_national(f, rows, tst)
                kind = "textpdf" if lay == "national_pdf" else "a4"
            elif lay == "income_detail_app":
                pgs = forms.tax_app(f, rows, dict(st, per=3, ui=rng.choice(["notosans", "microhei"])))
                kind = "screen"
            else:
                pgs = forms.tax_old(f, rows, tst)
                kind = "a4"
            for pg in pgs:
                add(pg, [k], kind)
        elif t == "social_insurance_record":
            sst = dict(st, body=rng.choice(PDF_BODY), head=rng.choice(["song", "zenhei"]), title=rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）", "社会保险个人缴费记录"]),
                       id_label=rng.choice(["证件号码", "公民身份号码", "社会保障号码"]), printed=(P["as_of"] - dt.timedelta(days=rng.randint(0, 6))).isoformat(), fullwidth=rng.random() < .3)
            pgs = forms.si_record(f, d["rows"], sst, lay)
            kind = "textpdf" if rng.random() < .55 else "a4"
            for pg in pgs:
                add(pg, [k], kind)
        elif t in ("diploma", "degree_certificate"):
            est = dict(st, body=rng.choice(["song", "notoserif", "uming", "kai"]), birth=P["birth"].isoformat(), years=h.get("years", 4), pres=facts.draw_name(rng),
                       no="%05d%d%010d" % (rng.randint(10000, 14000), rng.randint(1, 2), rng.randint(0, 10 ** 10 - 1)), discipline=h.get("discipline", "工学"),
                       cnnum=rng.random() < .3, idn=P["id_number"], code="".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(14)),
                       upd="%d年%d月%d日" % ((P["as_of"] - dt.timedelta(days=rng.randint(3, 60))).timetuple()[:3]))
            if lay == "xuexin":
                est["body"] = rng.choice(PDF_BODY)
                add(forms.xuexin(f, est)[0], [k], "textpdf")
            elif t == "diploma":
                add(forms.diploma(f, est, lay)[0], [k], "cert")
            else:
                add(forms.degree(f, est, lay)[0], [k], "cert")
        elif t == "marriage_certificate":
            mst = dict(st, holder=P["name"], hsex=sex, ssex="女" if P["male"] else "男", hbirth=forms.fmt(P["birth"].isoformat(), "cn0"),
                       sbirth=forms.fmt(h["spouse_birth"], "cn0"), hid=P["id_number"], no=h["cert_no"], seal=P["residence_address"][:6].replace("上海市", "上海市") + "民政局婚姻登记专用章")
            add(forms.marriage(f, mst)[0], [k], "booklet")
    extra_pages = []
    for x in P["extras"]:
        if x == "receipt":
            extra_pages.append((forms.receipt({"no": "2026%08d" % rng.randint(0, 10 ** 8)})[0], "receipt", "photo"))
        elif x == "rental_page":
            extra_pages.append((forms.rental({"landlord": facts.draw_name(rng), "tenant": P["name"], "addr": P["residence_address"], "term": ("2025年9月1日", "2027年8月31日"), "rent": "伍仟捌佰", "body": "song"})[0], "rental", "scan"))
        elif x == "blank_page":
            extra_pages.append((forms.blank()[0], "blank", "scan"))
        elif x == "dark_page":
            extra_pages.append((forms.rental({"landlord": "", "tenant": P["name"], "addr": P["residence_address"], "term": ("", ""), "rent": "", "body": "song"})[0], "dark", "photo_dark"))
    return P, docs, expected, points, verdict, pool, dpages, extra_pages, rng, rr


def _pst(rng, st, P):
    return dict(st, title=rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息"]),
                sub=rng.choice(["本页信息仅供办理居住证积分使用", "一网通办 打印件", "社区事务受理服务中心 打印"]),
                hk_label=rng.choice(["常住户口所在地住址", "户籍地址"]), id_label=rng.choice(["公民身份号码", "证件号码"]),
                issue_label=rng.choice(["签发日期", "签注日期"]), dfmt=rng.choice(["cn", "dash", "dot"]), split_validity=rng.random() < .35,
                printed="%d年%d月%d日" % ((P["as_of"] - dt.timedelta(days=rng.randint(0, 9))).timetuple()[:3]), seal=st["office"],
                head=rng.choice(["notoserif_b", "notosans_b", "song"]))


CARD_CAPS = ["photo", "photo", "photo_chat", "photo_heic", "scan", "photocopy", "photo_exif"]
PAGE_CAPS = ["scan", "scan", "scan_gray", "photocopy", "lowres_copy", "photo", "photo", "photo_chat", "photo_heic", "photo_exif"]
DPI = {"card": 400, "booklet": 300, "a4": 200, "cert": 200, "glare": 200, "screen": 254, "textpdf": 200}


class Namer:
    def __init__(self, rng, as_of):
        self.rng, self.as_of, self.used = rng, as_of, set()

    def __call__(self, kind):
        r = self.rng
        d = self.as_of - dt.timedelta(days=r.randint(0, 20))
        for _ in range(100):
            t = "%02d%02d%02d" % (r.randint(7, 22), r.randint(0, 59), r.randint(0, 59))
            n = {
                "photo": r.choice(["IMG_%04d%02d%02d_%s.jpg" % (d.year, d.month, d.day, t), "IMG_%04d.JPG" % r.randint(1000, 9999), "%04d%02d%02d_%s.jpg" % (d.year, d.month, d.day, t)]),
                "heic": "IMG_%04d.HEIC" % r.randint(1000, 9999),
                "chat": r.choice(["微信图片_%04d%02d%02d%s.jpg" % (d.year, d.month, d.day, t), "mmexport%d.jpg" % r.randint(1690000000000, 1799999999999), "%d.webp" % r.randint(100000, 999999)]),
                "scan": r.choice(["scan%04d.jpg" % r.randint(1, 120), "扫描件%d.jpg" % r.randint(1, 30), "image%d.png" % r.randint(1, 40), "未命名-%d.bmp" % r.randint(1, 9), "SCAN_%04d.tif" % r.randint(1, 900)]),
                "pdf": r.choice(["download.pdf", "download (%d).pdf" % r.randint(1, 6), "新建文档 %d.pdf" % r.randint(1, 9), "CamScanner %02d-%02d-%04d %02d.%02d.pdf" % (d.month, d.day, d.year, r.randint(8, 22), r.randint(0, 59)), "Doc%d.pdf" % r.randint(1, 30), "扫描全能王 %04d-%02d-%02d.pdf" % (d.year, d.month, d.day)]),
                "tiff": r.choice(["Doc%d.tif" % r.randint(1, 30), "scan_%04d.tiff" % r.randint(1, 999), "传真%d.tif" % r.randint(1, 20)]),
                "screen": r.choice(["Screenshot_%04d%02d%02d_%s.png" % (d.year, d.month, d.day, t), "IMG_%04d.PNG" % r.randint(1000, 9999), "截图_%04d%02d%02d%s.png" % (d.year, d.month, d.day, t)]),
            }[kind]
            if n.lower() not in self.used:
                self.used.add(n.lower())
                return n
        raise RuntimeError("names")


def _frac_boxes(pg):
    W, H = pg.w, pg.h
    return {"w_mm": W, "h_mm": H, "boxes": [{"text": b["text"], "value": b["value"], "hidden": b["hidden"], "box": [b["box"][0] / W, b["box"][1] / H, b["box"][2] / W, b["box"][3] / H]} for b in pg.boxes],
            "seals": [[cx / W, cy / H, r / W, r / H] for cx, cy, r in pg.seals]}


def write_packet(seed, i, out):
    P, docs, expected, points, verdict, pool, dpages, extra_pages, rng, rr = build(seed, i, out)
    pk = P["packet"]
    pdir = os.path.join(out, pk)
    os.makedirs(pdir, exist_ok=True)
    name = Namer(rng, P["as_of"])
    # ---- group pool pages into files
    groups = []   # list of dict(kind=container, items=[("pool", idx) | ("extra", j)])
    seen = set()
    order = []
    for k in range(len(docs)):
        for pi in dpages.get(k, []):
            if pi not in seen:
                seen.add(pi); order.append(pi)
    # consecutive runs of pages of the same doc set
    runs = []
    for pi in order:
        key = (tuple(sorted(pool[pi][1])), pool[pi][2])
        if runs and runs[-1][0] == key:
            runs[-1][1].append(pi)
        else:
            runs.append([key, [pi]])
    for key, pis in runs:
        kind = key[1]
        if kind == "textpdf":
            groups.append({"c": "text_pdf", "items": [("pool", p) for p in pis]})
        elif kind == "screen":
            for p in pis:
                groups.append({"c": "screen", "items": [("pool", p)]})
        elif len(pis) > 1:
            c = rng.choices(["pdf_scan", "tiff", "photos"], [50, 15, 35])[0]
            if c == "photos":
                for p in pis:
                    groups.append({"c": "image", "items": [("pool", p)], "force": "photo_like"})
            else:
                groups.append({"c": c, "items": [("pool", p) for p in pis]})
        else:
            groups.append({"c": "image", "items": [("pool", pis[0])]})
    # scanner-app PDFs mixing documents: merge two neighbouring single-page image groups
    k = 0
    while k < len(groups) - 1:
        a, b = groups[k], groups[k + 1]
        if a["c"] in ("image", "pdf_scan") and b["c"] in ("image", "pdf_scan") and not a.get("force") and not b.get("force") \
                and all(pool[p][2] in ("a4", "booklet", "cert") for _, p in a["items"] + b["items"]) and rng.random() < 0.3:
            groups[k] = {"c": "pdf_scan", "items": a["items"] + b["items"]}
            del groups[k + 1]
        k += 1
    for j, (pg, what, cap) in enumerate(extra_pages):
        if what == "blank":
            cands = [g for g in groups if g["c"] == "pdf_scan"]
            if cands:
                g = rng.choice(cands)
                pos = rng.randint(1, len(g["items"]))
                g["items"].insert(pos, ("extra", j))
            else:
                mids = [gi for gi, g in enumerate(groups) if g["c"] == "image" and pool[g["items"][0][1]][2] == "a4"]
                if mids:
                    g = groups[mids[0]]; g["c"] = "pdf_scan"; g["items"].append(("extra", j))
                else:
                    groups.append({"c": "pdf_scan", "items": [("extra", j)]})
        else:
            groups.insert(rng.randint(0, len(groups)), {"c": "image", "items": [("extra", j)], "force": cap})
    # ---- write
    truth_pages, side = [], []
    page_of = {}
    for g in groups:
        c = g["c"]
        if c == "text_pdf":
            fn = name("pdf")
            pgs = [pool[p][0] for _, p in g["items"]]
            write_pdf(pgs, os.path.join(pdir, fn), shuffle_rng=rr if rr.random() < 0.5 else None)
            caps = [("text_pdf", 0, True)] * len(pgs)
        elif c == "screen":
            pg = pool[g["items"][0][1]][0]
            im = render(pg, DPI["screen"])
            if rng.random() < 0.3:
                fn = name("chat"); fn = fn if not fn.endswith(".webp") else fn
                im2 = capture.chat(im, rr) if max(im.size) > 1600 else im
                _save(im2, os.path.join(pdir, fn), rr.randint(55, 72))
                caps = [("screenshot_chat", 0, True)]
            else:
                fn = name("screen"); im.save(os.path.join(pdir, fn))
                caps = [("screenshot", 0, True)]
        elif c in ("pdf_scan", "tiff"):
            ims, caps = [], []
            for it in g["items"]:
                pg, kind = _page(it, pool, extra_pages)
                if c == "tiff":
                    im = capture.bilevel(render(pg, rng.choice([200, 200, 300]) if kind != "card" else 300), rr)
                    cap = "bilevel_tiff"
                else:
                    dpi = rng.choice([150, 200, 200, 300]) if kind not in ("card", "booklet") else 300
                    cap = rng.choice(["scan", "scan", "scan_gray", "photocopy"])
                    im = render(pg, dpi)
                    im = capture.scan(im, rr, gray=cap == "scan_gray") if cap != "photocopy" else capture.photocopy(im, rr)
                rot = rng.choice([0, 0, 0, 0, 0, 0, 90, 180, 270]) if kind != "blank" else 0
                ims.append(capture.turn(im, rot))
                caps.append((cap, rot, True))
            if c == "tiff":
                fn = name("tiff")
                ims[0].save(os.path.join(pdir, fn), save_all=True, append_images=ims[1:], compression="group4", dpi=(200, 200))
            else:
                fn = name("pdf")
                rgb = [x.convert("RGB") for x in ims]
                rgb[0].save(os.path.join(pdir, fn), "PDF", save_all=True, append_images=rgb[1:], resolution=150.0, quality=80)
        else:
            it = g["items"][0]
            pg, kind = _page(it, pool, extra_pages)
            force = g.get("force")
            if force == "photo_dark":
                cap = "photo_dark"
            elif force == "photo" or kind == "glare":
                cap = rng.choice(["photo", "photo_chat", "photo_heic"])
            elif force == "scan":
                cap = rng.choice(["scan", "scan_gray"])
            elif force == "photo_like":
                cap = rng.choice(["photo", "photo", "photo_chat", "photo_heic", "photo_exif"])
            elif kind == "card":
                cap = rng.choice(CARD_CAPS)
            else:
                cap = rng.choice(PAGE_CAPS)
            rot = 0
            inside = True
            exif = None
            if cap in ("photo", "photo_chat", "photo_heic", "photo_exif", "photo_dark"):
                im, inside = capture.photo(render(pg, 200 if kind not in ("card",) else 400), rr, fill=(0.45, 0.78) if kind == "card" else (0.76, 0.9), dark=cap == "photo_dark")
                if cap == "photo_chat":
                    im = capture.chat(im, rr, 1280 if kind == "card" else 1480)
                if cap != "photo_exif" and rng.random() < 0.12:
                    rot = rng.choice([90, 180, 270])
                    im = capture.turn(im, rot)
                if cap == "photo_exif":
                    exif = rng.choice([3, 6, 8])
                    im = capture.turn(im, capture.EXIF_RAW[exif])
                if cap == "photo_heic":
                    fn = name("heic")
                    import pillow_heif
                    pillow_heif.register_heif_opener()
                    im.save(os.path.join(pdir, fn), quality=70, enc_params={"preset": "ultrafast"})
                elif cap == "photo_chat":
                    fn = name("chat"); _save(im, os.path.join(pdir, fn), rr.randint(55, 72))
                else:
                    fn = name("photo"); capture.save_jpeg(im, os.path.join(pdir, fn), rr.randint(78, 92), exif)
            else:
                dpi = {"scan": rng.choice([150, 200, 300]), "scan_gray": rng.choice([150, 200, 300]), "photocopy": rng.choice([150, 200]), "lowres_copy": 100}[cap]
                if kind in ("card",):
                    dpi = max(dpi, 300)
                im = render(pg, dpi)
                im = capture.photocopy(im, rr) if cap in ("photocopy", "lowres_copy") else capture.scan(im, rr, gray=cap == "scan_gray")
                if rng.random() < 0.12:
                    rot = rng.choice([90, 180, 270]); im = capture.turn(im, rot)
                fn = name("scan")
                p = os.path.join(pdir, fn)
                if fn.lower().endswith((".jpg", ".jpeg")):
                    im.save(p, "JPEG", quality=60 if cap == "lowres_copy" else rr.randint(80, 92), dpi=(dpi, dpi))
                elif fn.lower().endswith(".tif"):
                    im.convert("RGB").save(p, compression="tiff_lzw", dpi=(dpi, dpi))
                else:
                    im.convert("RGB").save(p, dpi=(dpi, dpi))
            caps = [(cap, rot, inside)]
        for n, (it, (cap, rot, inside)) in enumerate(zip(g["items"], caps)):
            pg, kind = _page(it, pool, extra_pages)
            if it[0] == "pool":
                ds = sorted(pool[it[1]][1])
                typ = docs[ds[0]]["type"]
                for dk in ds:
                    page_of.setdefault(dk, []).append({"file": fn, "page": n + 1})
            else:
                ds, typ = [], "unknown"
            truth_pages.append({"file": fn, "page": n + 1, "type": typ, "capture": cap, "rotation": rot})
            sd = _frac_boxes(pg)
            sd.update(file=fn, page=n + 1, docs=ds, in_frame=inside, kind=kind)
            side.append(sd)
    tdocs = []
    for k, d in enumerate(docs):
        tdocs.append({"type": d["type"], "layout": d["layout"], "pages": page_of.get(k, []), "fields": d["fields"],
                      "rows": [{kk: vv for kk, vv in r.items() if not kk.startswith("_")} for r in d["rows"]]})
    truth = {"packet": pk, "as_of": P["as_of"].isoformat(), "application": P["application"], "defects": P["tags"],
             "expected_rules": expected, "verdict": verdict, "points": points, "pages": truth_pages, "documents": tdocs}
    with open(os.path.join(out, pk + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    os.makedirs(os.path.join(out, "_layout"), exist_ok=True)
    with open(os.path.join(out, "_layout", pk + ".json"), "w", encoding="utf-8") as fh:
        json.dump({"seed": seed, "index": i, "pages": side}, fh, ensure_ascii=False)
    return pk, len(truth_pages)


def _page(it, pool, extra_pages):
    if it[0] == "pool":
        return pool[it[1]][0], pool[it[1]][2]
    pg, what, cap = extra_pages[it[1]]
    return pg, what


def _save(im, path, q):
    if path.endswith(".webp"):
        im.convert("RGB").save(path, "WEBP", quality=q)
    else:
        im.convert("RGB").save(path, "JPEG", quality=q)
