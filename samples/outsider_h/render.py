"""Render a built packet to files and write the truth."""
import datetime as dt
import io
import json
import os

from PIL import Image

from . import capture as C
from . import docs as R
from . import draw as D
from . import pdfs

WM = "仅供居住证积分使用，他用无效"


class Out:
    def __init__(self, folder, rng, as_of):
        self.folder, self.rng, self.as_of = folder, rng, as_of
        self.used = set()
        self.pages = []  # truth pages
        self.docpages = {}  # doc index -> [(file, page)]
        self.seq = rng.randint(1000, 8800)
        self.ts = dt.datetime(as_of.year, as_of.month, as_of.day, 9, 0) - dt.timedelta(days=rng.randint(1, 6))

    def _tick(self):
        self.seq += 1
        self.ts += dt.timedelta(minutes=self.rng.randint(1, 50), seconds=self.rng.randint(0, 59))
        return self.seq, self.ts

    def name(self, kind, ext, hint=None):
        n, t = self._tick()
        r = self.rng
        if kind == "photo":
            cands = ["IMG_%04d" % n, "IMG_%s" % t.strftime("%Y%m%d_%H%M%S"), "%s" % t.strftime("%Y%m%d_%H%M%S")]
        elif kind == "chat":
            cands = ["微信图片_%s" % t.strftime("%Y%m%d%H%M%S"), "mmexport%d" % (int(t.timestamp()) * 1000 + r.randint(0, 999))]
        elif kind == "screenshot":
            cands = ["Screenshot_%s" % t.strftime("%Y%m%d_%H%M%S"), "Screenshot_%s_com.tencent.mm" % t.strftime("%Y-%m-%d-%H-%M-%S"), "IMG_%04d" % n]
        elif kind == "scanapp":
            cands = ["扫描全能王 %s" % t.strftime("%Y-%m-%d %H.%M"), "CamScanner %s" % t.strftime("%m-%d-%Y %H.%M"), "扫描件", "Doc%d" % r.randint(1, 9)]
        else:
            cands = ["扫描件%d" % r.randint(1, 40), "scan%04d" % n, "document%d" % n, "新建文件%d" % n]
        if hint and r.random() < .55:
            cands = [hint, hint + "%d" % r.randint(1, 3)]
        base = r.choice(cands)
        nm = base + "." + ext
        k = 1
        while nm in self.used:
            nm = "%s(%d).%s" % (base, k, ext)
            k += 1
        self.used.add(nm)
        return nm

    def add(self, name, imgs, metas, fmt):
        """imgs: PIL images; metas: per page dict(docs=[idx], types=[...], capture, rotation)."""
        path = os.path.join(self.folder, name)
        if fmt == "jpg":
            imgs[0].convert("RGB").save(path, "JPEG", quality=self.rng.randint(78, 92), **imgs[0].info.get("_save", {}))
        elif fmt == "png":
            imgs[0].save(path, "PNG")
        elif fmt == "webp":
            imgs[0].convert("RGB").save(path, "WEBP", quality=70)
        elif fmt == "heic":
            imgs[0].convert("RGB").save(path, "HEIF", quality=80, enc_params={"preset": "ultrafast"})
        elif fmt == "tif":
            ims = [i if i.mode == "1" else i.convert("1") for i in imgs]
            ims[0].save(path, "TIFF", compression="group4", save_all=True, append_images=ims[1:], dpi=(200, 200))
        elif fmt == "pdf":
            ims = [i.convert("RGB") if i.mode not in ("L", "1") else i for i in imgs]
            ims[0].save(path, "PDF", save_all=True, append_images=ims[1:], resolution=200.0)
        self.record(name, metas)

    def record(self, name, metas):
        for pi, m in enumerate(metas):
            e = {"file": name, "page": pi + 1, "type": m["types"][0], "capture": m["capture"], "rotation": m.get("rotation", 0)}
            if len(m["types"]) > 1:
                e["also_holds"] = m["types"][1:]
            self.pages.append(e)
            for di in m["docs"]:
                self.docpages.setdefault(di, []).append({"file": name, "page": pi + 1})


def turn(im, rng, p=0.1):
    if rng.random() < p:
        rot = rng.choice([90, 180, 270])
        return im.rotate(-rot, expand=True), rot
    return im, 0


def captured(im, cap, rng, card=False, allow_turn=True):
    rot = 0
    if cap == "photo":
        out = C.photo(im, rng, card=card)
    elif cap == "chat":
        out = C.chat(im, rng, card=card)
    elif cap == "scan":
        out = C.scan(im, rng)
    elif cap == "grey_scan":
        out = C.scan(im, rng, grey=True)
    elif cap == "photocopy":
        out = C.photocopy(im, rng)
    elif cap == "bilevel":
        out = C.bilevel(C.scan(im, rng, grey=True, scale=1.0), rng)
    elif cap == "lowres":
        out = C.lowres(im, rng)
    else:
        out = im
    if allow_turn and cap not in ("screenshot",):
        out, rot = turn(out, rng, .1 if cap in ("photo", "chat") else .12)
    return out, rot


def save_single(out, img, cap, rng, meta, hint=None, fmt=None):
    if fmt is None:
        if cap == "photo":
            fmt = "heic" if rng.random() < .2 else "jpg"
        elif cap == "chat":
            fmt = "webp" if rng.random() < .1 else "jpg"
        elif cap == "bilevel":
            fmt = rng.choice(["tif", "png"])
        elif cap == "screenshot":
            fmt = rng.choice(["png", "png", "jpg"])
        else:
            fmt = rng.choice(["jpg", "jpg", "png", "pdf"])
    kind = {"photo": "photo", "chat": "chat", "screenshot": "screenshot"}.get(cap, "scanapp" if fmt == "pdf" else "scan")
    if cap == "photo" and fmt == "jpg" and rng.random() < .15 and meta.get("rotation", 0) == 0:
        # raw pixels turned, EXIF orientation tag restores them
        o = rng.choice([3, 6, 8])
        raw = {3: img.rotate(180, expand=True), 6: img.rotate(90, expand=True), 8: img.rotate(-90, expand=True)}[o]
        ex = Image.Exif()
        ex[0x0112] = o
        ex[0x010F] = rng.choice(["Apple", "HUAWEI", "Xiaomi", "OPPO"])
        raw.info["_save"] = {"exif": ex.tobytes()}
        img = raw
    if fmt == "jpg" and cap == "photo" and "_save" not in img.info:
        ex = Image.Exif()
        ex[0x010F] = rng.choice(["Apple", "HUAWEI", "Xiaomi", "vivo"])
        img.info["_save"] = {"exif": ex.tobytes()}
    name = out.name(kind, fmt, hint)
    out.add(name, [img], [meta], fmt)


def render(folder, rng, as_of, app, P, docs, extras, flags):
    os.makedirs(folder, exist_ok=True)
    out = Out(folder, rng, as_of)
    idx = {d["type"]: i for i, d in reversed(list(enumerate(docs)))}
    T = lambda i: docs[i]["type"]
    for i, d in enumerate(docs):
        f = d["fields"]
        t = d["type"]
        if d.get("_done"):
            continue
        if t == "id_card":
            front = R.id_front(f, rng, name_spaced=rng.random() < .5)
            if d["layout"] == "front_only":
                cap = rng.choice(["photo", "chat"])
                im, rot = captured(front, cap, rng, card=True)
                save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="身份证")
            elif d["layout"] == "card_photos":
                back = R.id_back(f, rng)
                for face, h in ((front, "身份证正面"), (back, "身份证反面")):
                    cap = rng.choice(["photo", "chat"])
                    im, rot = captured(face, cap, rng, card=True)
                    save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint=h)
            else:
                back = R.id_back(f, rng)
                if rng.random() < .5:
                    page = C.card_on_a4([front, back])
                else:
                    page = C.card_on_a4([front, back], positions=[(80, 500), (870, 500)])
                if rng.random() < .6:
                    D.watermark(page, WM, rng, n=2)
                cap = rng.choice(["photocopy", "scan", "grey_scan", "bilevel", "photo"])
                im, rot = captured(page, cap, rng)
                save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="身份证正反面")
        elif t == "residence_permit":
            f2 = dict(f, _office=extras["office_permit"], _printed=(dt.datetime(as_of.year, as_of.month, as_of.day, 8) - dt.timedelta(days=rng.randint(0, 9), minutes=-rng.randint(0, 600))).strftime("%Y-%m-%d %H:%M"),
                      _card_no="%s%s" % (P["id"][:6], "%08d" % rng.randint(0, 10 ** 8 - 1)))
            lay = d["layout"]
            if lay == "app_screenshot":
                im = R.permit_screenshot(f2, rng)
                cap = "screenshot"
                if rng.random() < .3:
                    im = C.jpeg_cycle(im, 70)
                save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": 0})
            else:
                variant = lay.replace("info_", "") if lay.startswith("info_") else rng.choice(["grid2", "list", "grid4"])
                info = R.permit_info(f2, rng, variant)
                if rng.random() < .3:
                    D.watermark(info, WM, rng, n=2)
                if lay == "card_and_info":
                    cf, cb = R.permit_card(f2, rng), R.permit_card_back(f2, rng)
                    cap = rng.choice(["photocopy", "scan", "photo"])
                    im, rot = captured(C.card_on_a4([cf, cb]), cap, rng)
                    cap2 = rng.choice(["scan", "grey_scan"])
                    im2, rot2 = captured(info, cap2, rng, allow_turn=False)
                    if rng.random() < .5 and cap != "photo":
                        nm = out.name("scanapp", "pdf", "居住证")
                        out.add(nm, [im, im2], [{"docs": [i], "types": [t], "capture": cap, "rotation": rot},
                                                {"docs": [i], "types": [t], "capture": cap2, "rotation": rot2}], "pdf")
                    else:
                        save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="居住证")
                        save_single(out, im2, cap2, rng, {"docs": [i], "types": [t], "capture": cap2, "rotation": rot2}, hint="居住证信息")
                else:
                    cap = rng.choice(["scan", "photo", "chat", "photocopy", "grey_scan", "lowres"])
                    im, rot = captured(info, cap, rng)
                    save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="居住证")
        elif t in ("household_register_cover", "household_register_member"):
            ci, mi = idx.get("household_register_cover"), idx.get("household_register_member")
            cov = docs[ci]["fields"] if ci is not None else None
            mem = docs[mi]["fields"] if mi is not None else None
            hand = docs[mi].get("_hand") if mi is not None else False
            clerk = P["name"][0] if False else rng.choice(["王", "李", "张", "刘"]) + rng.choice(["敏", "军", "芳", "伟"])
            ims = []
            if cov:
                ims.append((ci, R.hukou_cover(dict(cov, _clerk=clerk, _police=extras["police"]), rng, seal_over=rng.random() < .5, hand=rng.random() < .3)))
            if mem:
                ims.append((mi, R.hukou_member(dict(mem, _police=extras["police"], _height=rng.randint(155, 185)), rng, hand=hand)))
            for k, _ in ims:
                docs[k]["_done"] = True
            lay = d["layout"]
            if len(ims) == 2 and lay == "booklet_open":
                b = ims[1][1]
                a = ims[0][1].resize((int(ims[0][1].size[0] * b.size[1] / ims[0][1].size[1] * .75), int(b.size[1] * .75)))
                a2 = Image.new("RGB", (a.size[0], b.size[1]), (250, 246, 236))
                a2.paste(a, (0, (b.size[1] - a.size[1]) // 2))
                a = a2
                spread = Image.new("RGB", (a.size[0] + b.size[0] + 40, a.size[1] + 40), (120, 40, 40))
                spread.paste(a, (20, 20))
                spread.paste(b, (a.size[0] + 20, 20))
                cap = rng.choice(["photo", "photo", "scan", "photocopy"])
                im, rot = captured(spread, cap, rng)
                save_single(out, im, cap, rng, {"docs": [ci, mi], "types": [T(ci), T(mi)], "capture": cap, "rotation": rot}, hint="户口本")
            elif len(ims) == 2 and lay == "a4_copy":
                W, H = D.A4
                page = Image.new("RGB", (W, H), "white")
                a = ims[0][1].resize((1300, 940))
                b = ims[1][1]
                s = 1250 / b.size[1]
                b = b.resize((int(b.size[0] * s * .98), int(b.size[1] * s * .98)))
                page.paste(a, ((W - a.size[0]) // 2, 40))
                page.paste(b, ((W - b.size[0]) // 2, 1040))
                if rng.random() < .6:
                    D.watermark(page, WM, rng, n=3)
                cap = rng.choice(["photocopy", "scan", "grey_scan", "bilevel"])
                im, rot = captured(page, cap, rng)
                save_single(out, im, cap, rng, {"docs": [ci, mi], "types": [T(ci), T(mi)], "capture": cap, "rotation": rot}, hint="户口本")
            else:
                for k, img in ims:
                    cap = rng.choice(["photo", "chat", "scan", "photocopy", "grey_scan"])
                    im, rot = captured(img, cap, rng)
                    save_single(out, im, cap, rng, {"docs": [k], "types": [T(k)], "capture": cap, "rotation": rot},
                                hint="户口本首页" if T(k).endswith("cover") else "户口本本人页")
        elif t == "collective_hukou_certificate":
            img = R.collective_cert(dict(f, _sex=P["sex"], _police=extras["police"]), rng)
            cap = rng.choice(["scan", "photo", "chat", "grey_scan"])
            im, rot = captured(img, cap, rng)
            save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="户籍证明")
        elif t == "labour_contract":
            from .common import pdate
            pr = None
            s = pdate(f["start_date"])
            if rng.random() < .7:
                pr = (s, s + dt.timedelta(days=rng.choice([59, 89, 180])))
            f2 = dict(f, _legal_rep=rng.choice(["王", "陈", "周", "沈"]) + rng.choice(["建华", "志明", "国庆", "海峰"]),
                      _company_addr=sh_addr_company(rng), _emp_addr=P["hukou"], _probation=pr)
            n = 1 if d["layout"] == "renewal" else flags["contract_pages"]
            pages = R.contract_pages(f2, rng, d["layout"], n)
            mode = rng.choice(["scanapp", "photos", "tif", "scans"]) if n > 1 else rng.choice(["photos", "scans"])
            blank_at = flags.get("blank_in_contract")
            if blank_at is not None:
                mode = rng.choice(["scanapp", "tif"])
            if mode in ("scanapp", "tif"):
                cap = "bilevel" if mode == "tif" else rng.choice(["scan", "grey_scan", "photocopy"])
                ims, metas = [], []
                for k, pg in enumerate(pages):
                    im, rot = captured(pg, cap, rng, allow_turn=k > 0)
                    ims.append(im)
                    metas.append({"docs": [i], "types": [t], "capture": cap, "rotation": rot})
                    if blank_at is not None and k == 0:
                        bl, _ = captured(Image.new("RGB", D.A4, (252, 252, 250)), cap, rng, allow_turn=False)
                        ims.append(bl)
                        metas.append({"docs": [], "types": ["unknown"], "capture": cap, "rotation": 0})
                        flags["blank_done"] = True
                fmt = "tif" if mode == "tif" else "pdf"
                out.add(out.name("scanapp" if fmt == "pdf" else "scan", fmt, "劳动合同"), ims, metas, fmt)
            else:
                cap0 = rng.choice(["photo", "chat"]) if mode == "photos" else rng.choice(["scan", "grey_scan", "photocopy"])
                for k, pg in enumerate(pages):
                    cap = cap0
                    im, rot = captured(pg, cap, rng)
                    save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot},
                                hint=("合同%d" % (k + 1)) if rng.random() < .5 else None, fmt="jpg" if cap in ("photo", "chat") else None)
        elif t == "tax_record":
            lay = d["layout"]
            if lay == "national_pdf":
                nm = out.name("scan", "pdf", rng.choice(["纳税记录", "个人所得税纳税记录", "完税证明"]))
                npg = pdfs.tax_pdf(os.path.join(folder, nm), f, d["rows"], rng, column_order=rng.random() < .4)
                out.record(nm, [{"docs": [i], "types": [t], "capture": "text_pdf"} for _ in range(npg)])
            elif lay == "old_certificate":
                img = R.tax_old_image(f, d["rows"], rng)
                cap = rng.choice(["scan", "photo", "grey_scan", "photocopy"])
                im, rot = captured(img, cap, rng)
                save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="税收完税证明")
            elif lay == "national_print":
                pages = R.tax_national_image(f, d["rows"], rng, None)
                cap = rng.choice(["scan", "photo", "grey_scan"])
                for pg in pages:
                    im, rot = captured(pg, cap, rng)
                    save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="纳税记录")
            else:
                rows = sorted(d["rows"], key=lambda r: r["period"], reverse=True)
                for im in R.tax_screenshots(f, rows, rng):
                    save_single(out, im, "screenshot", rng, {"docs": [i], "types": [t], "capture": "screenshot", "rotation": 0})
        elif t == "social_insurance_record":
            grouped = group_si(d["rows"], rng)
            if d["layout"] == "text_pdf":
                nm = out.name("scan", "pdf", rng.choice(["社保缴费记录", "社保", "个人权益记录"]))
                pdfs.si_pdf(os.path.join(folder, nm), f, grouped, rng)
                out.record(nm, [{"docs": [i], "types": [t], "capture": "text_pdf"}])
            else:
                img = R.si_image(f, d["rows"], rng, grouped)
                cap = rng.choice(["photo", "scan", "grey_scan"])
                im, rot = captured(img, cap, rng)
                save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="社保")
        elif t in ("diploma", "degree_certificate"):
            if d["layout"] == "xuexin":
                nm = out.name("scan", "pdf", rng.choice(["学历证书电子注册备案表", "学信网"]))
                pdfs.xuexin_pdf(os.path.join(folder, nm), f, d["_p"], rng)
                out.record(nm, [{"docs": [i], "types": [t], "capture": "text_pdf"}])
                continue
            p = dict(P)
            if t == "diploma":
                img = R.diploma(f, rng, p)
                gi = next((k for k, x in enumerate(docs) if x["type"] == "degree_certificate"), None)
                if gi is not None and rng.random() < .35:
                    img2 = R.degree(docs[gi]["fields"], rng, p)
                    docs[gi]["_done"] = True
                    page = C.two_up(img, img2, vertical=True)
                    cap = rng.choice(["scan", "grey_scan", "photocopy"])
                    im, rot = captured(page, cap, rng)
                    save_single(out, im, cap, rng, {"docs": [i, gi], "types": [t, "degree_certificate"], "capture": cap, "rotation": rot}, hint="毕业证学位证")
                    continue
            else:
                img = R.degree(f, rng, p)
            cap = rng.choice(["scan", "photo", "chat", "grey_scan", "photocopy"])
            im, rot = captured(img, cap, rng)
            save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="毕业证" if t == "diploma" else "学位证")
        elif t == "marriage_certificate":
            img = R.marriage(f, rng, d["_p"])
            cap = rng.choice(["photo", "chat", "scan"])
            im, rot = captured(img, cap, rng)
            save_single(out, im, cap, rng, {"docs": [i], "types": [t], "capture": cap, "rotation": rot}, hint="结婚证")
    # unknown pages
    for k in range(flags.get("n_unknown", 0)):
        kind = rng.choice(["receipt", "rental", "bank"])
        img = {"receipt": R.receipt, "rental": R.rental, "bank": R.bank_slip}[kind](rng, {"name": P["name"], "landlord": extras["landlord"], "res_addr": extras["res_addr"]})
        cap = rng.choice(["photo", "chat", "scan"])
        im, rot = captured(img, cap, rng)
        save_single(out, im, cap, rng, {"docs": [], "types": ["unknown"], "capture": cap, "rotation": rot})
    if flags.get("dark_photo"):
        img = R.receipt(rng, {"name": P["name"], "landlord": extras["landlord"], "res_addr": extras["res_addr"]}) if rng.random() < .5 else D.new_page()[0]
        im = C.dark(img, rng)
        save_single(out, im, "photo", rng, {"docs": [], "types": ["unknown"], "capture": "dark_photo", "rotation": 0}, fmt="jpg")
    return out


def sh_addr_company(rng):
    from .common import SH_DISTRICTS, SH_ROADS
    return "上海市%s%s%d号%d楼" % (rng.choice(SH_DISTRICTS), rng.choice(SH_ROADS), rng.randint(1, 2999), rng.randint(1, 30))


def group_si(rows, rng):
    """Display rows; consecutive equal months sometimes merged into a range row."""
    merge = rng.random() < .35
    out = []
    for r in rows:
        b = float(r["base"])
        g = {"months": [r["month"]], "employer": r["employer"], "base": r["base"], "back": r["back_payment"],
             "pension": "%.2f" % (b * .08), "medical": "%.2f" % (b * .02)}
        if merge and out and out[-1]["employer"] == g["employer"] and out[-1]["base"] == g["base"] and out[-1]["back"] == g["back"]:
            out[-1]["months"].append(r["month"])
        else:
            out.append(g)
    for g in out:
        a, z = g["months"][0], g["months"][-1]
        g["label"] = a.replace("-", ".") if a == z else "%s-%s" % (a.replace("-", "."), z.replace("-", "."))
        if len(g["months"]) > 1:
            g["pension"] = "%s/月" % g["pension"]
    return out
