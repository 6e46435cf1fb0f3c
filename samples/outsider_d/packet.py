"""Lay one packet's documents out as files (forms, captures, containers, names) and write it with its truth."""
import datetime as dt
import io
import json
import os
import random

import numpy as np
from PIL import Image

from . import capture as cp
from . import docs as dk
from . import draw as dr
from . import model as md
from .capture import Composite, Sheet

SMALL = 150  # mm: sheets smaller than this are cards / booklet pages


class WM:
    """A sheet with the 仅供居住证积分使用 watermark written across it."""

    def __init__(self, sheet, seed):
        self.sheet, self.seed = sheet, seed
        self.w, self.h = sheet.w, sheet.h

    def render(self, dpi):
        return cp.watermark(self.sheet.render(dpi), random.Random(self.seed))


def E(sheet, docs, cap, rot=0, exif=0, page=None):
    return {"sheet": sheet, "docs": docs, "cap": cap, "rot": rot, "exif": exif, "page": page}


class Names:
    WRONG = ["身份证", "户口本", "居住证", "劳动合同", "个税", "社保", "毕业证", "结婚证", "材料", "积分材料"]

    def __init__(self, rng):
        self.rng, self.used, self.t = rng, set(), dt.datetime(2026, rng.randint(1, 11), rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 59))

    def get(self, ext, style=None):
        r = self.rng
        self.t += dt.timedelta(seconds=r.randint(5, 900))
        t = self.t
        style = style or r.choice(["img", "img", "wx", "mm", "new", "doc", "scan", "wrong", "num"])
        if style == "img":
            n = "IMG_%s" % t.strftime("%Y%m%d_%H%M%S") if r.random() < 0.6 else "IMG_%04d" % r.randint(1000, 9999)
        elif style == "wx":
            n = "微信图片_%s" % t.strftime("%Y%m%d%H%M%S")
        elif style == "mm":
            n = "mmexport%d" % (int(t.timestamp()) * 1000 + r.randint(0, 999))
        elif style == "shot":
            n = "Screenshot_%s" % t.strftime("%Y%m%d-%H%M%S")
        elif style == "camscan":
            n = "扫描全能王 %s" % t.strftime("%Y-%m-%d %H.%M")
        elif style == "new":
            n = "新建文件%d" % r.randint(1, 9999)
        elif style == "doc":
            n = "document%d" % r.randint(1, 9999)
        elif style == "scan":
            n = "scan%04d" % r.randint(1, 9999)
        elif style == "wrong":
            n = r.choice(self.WRONG) + (str(r.randint(1, 9)) if r.random() < 0.5 else "")
        else:
            n = "%d" % r.randint(1, 99)
        name = n + "." + ext
        k = 2
        while name in self.used:
            name = "%s(%d).%s" % (n, k, ext)
            k += 1
        self.used.add(name)
        return name


def photo_cap(rng):
    return rng.choice(["photo", "photo", "photo", "chat"])


def any_cap(rng, small=False):
    return rng.choice(["scan", "scan", "scan_grey", "photocopy", "photo", "photo", "chat", "clean", "lowres", "bilevel"] + (["photo"] if small else []))


def rot_exif(rng, cap):
    rot, exif = 0, 0
    if cap in ("photo",) and rng.random() < 0.3:
        exif = rng.choice([3, 6, 8])
    elif cap in ("photo", "scan", "scan_grey", "photocopy", "chat", "clean") and rng.random() < 0.12:
        rot = rng.choice([90, 180, 270])
    return rot, exif


# ============================================================= per-document layouts
def lay_id(d, rng, rp_card_sheet=None, spouse=False):
    c = {"font_val": rng.choice([dr.NOTO_SANS, dr.NOTO_SANS, dr.ZEN, dr.MICRO, dr.SONG])}
    front = Sheet(dk.id_front(d.fields, c, rng)[0])
    back = Sheet(dk.id_back(d.fields, c, rng)[0])
    r = rng.random()
    units = []
    if spouse and r < 0.35:
        d.layout = "front_only"
        d.hidden = ("issuing_authority", "valid_from", "valid_until")
        cap = rng.choice(["photo", "scan", "chat"])
        units.append([E(front, [d], cap, *rot_exif(rng, cap))])
    elif r < 0.5:
        d.layout = "a4_copy"
        items = []
        others = [d]
        if rng.random() < 0.5:
            items = [(front, 62, 30), (back, 62, 100)]
            if rp_card_sheet is not None:
                items.append((rp_card_sheet[0], 62, 170))
                others.append(rp_card_sheet[1])
        else:
            items = [(front, 12, 40), (back, 112, 40)]
            if rp_card_sheet is not None:
                items.append((rp_card_sheet[0], 62, 120))
                others.append(rp_card_sheet[1])
        sheet = cp.a4_with(items)
        if rng.random() < 0.5:
            sheet = WM(sheet, rng.random())
        cap = rng.choice(["photocopy", "scan", "scan_grey", "bilevel", "photo", "clean"])
        units.append([E(sheet, others, cap, *rot_exif(rng, cap))])
    else:
        d.layout = "cards"
        for s in (front, back):
            cap = rng.choice(["photo", "photo", "scan", "chat", "clean"])
            units.append([E(s, [d], cap, *rot_exif(rng, cap))])
    return units


def lay_rp(d, rng, app, asof, has_register=False):
    c = {"rp_office": d.ctx["rp_office"], "sex": d.ctx["sex"], "font": rng.choice(dr.PRINT_FONTS),
         "print_date": (asof - dt.timedelta(days=rng.randint(1, 20))).isoformat(), "dstyle": rng.choice(["dot", "dash", "cn"]),
         "font_val": rng.choice([dr.NOTO_SANS, dr.ZEN, dr.SONG])}
    opts = ["info_grid2", "info_grid4", "info_list", "screen", "card+info", "card+screen"]
    if app == "renewal" and not has_register:  # a card-only permit never meets a 户口簿 it should be compared with
        opts.append("card")
    lay = rng.choice(opts)
    d.layout = lay
    units = []
    card_for_a4 = None
    if "card" in lay:
        front = Sheet(dk.rp_card_front(d.fields, c, rng)[0])
        back = Sheet(dk.rp_card_back(d.fields, c, rng)[0])
        if rng.random() < 0.4:
            card_for_a4 = (front, d)  # put on the ID card's A4 copy if that is a copy
            units.append(("maybe_a4", [E(front, [d], "photo")]))
        else:
            cap = rng.choice(["photo", "scan", "chat"])
            units.append([E(front, [d], cap, *rot_exif(rng, cap))])
        if rng.random() < 0.6:
            cap = rng.choice(["photo", "scan"])
            units.append([E(back, [d], cap, *rot_exif(rng, cap))])
        elif lay == "card":
            d.hidden = ("hukou_address", "issue_date")  # the front alone prints neither
        if lay == "card":
            d.hidden = tuple(set(getattr(d, "hidden", ())) | {"hukou_address"})
    if "info" in lay:
        v = lay.split("_")[-1] if lay.startswith("info") else rng.choice(["grid2", "grid4", "list"])
        sheet = Sheet(dk.rp_info(d.fields, c, rng, v)[0])
        if rng.random() < 0.35:
            sheet = WM(sheet, rng.random())
        cap = rng.choice(["scan", "photo", "photocopy", "clean", "chat", "scan_grey"])
        units.append([E(sheet, [d], cap, *rot_exif(rng, cap))])
    if "screen" in lay:
        units.append([E(Sheet(dk.rp_screen(d.fields, c, rng)[0]), [d], rng.choice(["screenshot", "screenshot", "chat"]))])
    return units, card_for_a4


def lay_hr(cover, member, rng, spouse=False):
    c = {"hand": rng.random() < 0.45, "font": rng.choice([dr.SONG, dr.NOTO_SERIF, dr.ZEN, dr.NOTO_SANS]),
         "police": cover.ctx["police"], "seal_over_addr": rng.random() < 0.4, "clerk": "%s%s" % (rng.choice("王李张刘陈"), rng.choice("明军华平勇"))}
    cs = Sheet(dk.hr_cover(cover.fields, c, rng)[0])
    units = []
    if member is None:
        cover.layout = "page"
        cap = any_cap(rng, True)
        return [[E(cs, [cover], cap, *rot_exif(rng, cap))]]
    ms = Sheet(dk.hr_member(member.fields, c, rng)[0])
    r = rng.random()
    kind = "hand" if c["hand"] else "printed"
    if r < 0.35:
        cover.layout = member.layout = "booklet_spread_" + kind
        sheet = Composite(282, 102, [(cs, 0.5, 1), (ms, 141.5, 1)], bg=(230, 225, 215), gutter=True)
        cap = rng.choice(["photo", "photo", "scan", "chat"])
        units.append([E(sheet, [cover, member], cap, *rot_exif(rng, cap))])
    elif r < 0.6:
        cover.layout = member.layout = "a4_copy_" + kind
        sheet = cp.a4_with([(cs, 35, 25), (ms, 35, 150)])
        if rng.random() < 0.4:
            sheet = WM(sheet, rng.random())
        cap = rng.choice(["photocopy", "scan", "scan_grey", "bilevel", "photo"])
        units.append([E(sheet, [cover, member], cap, *rot_exif(rng, cap))])
    else:
        cover.layout = member.layout = "single_pages_" + kind
        for s, d in ((cs, cover), (ms, member)):
            cap = any_cap(rng, True)
            units.append([E(s, [d], cap, *rot_exif(rng, cap))])
    return units


def lay_contract(d, rng, unreadable):
    c = dict(d.ctx)
    c.update({"font": rng.choice([dr.SONG, dr.NOTO_SERIF, dr.ZEN, dr.NOTO_SANS, dr.MICRO]), "fill_font": rng.choice(dr.HAND_FONTS + [dr.NOTO_SANS]),
              "term_mode": rng.choice(["boxes", "dates", "years"]), "clause_pages": rng.randint(1, 6)})
    if c["term_mode"] == "years" and (d.fields["open_ended"] or d.fields["end_date"] is None or
                                      dk.D(d.fields["end_date"]) != md.add_years(dk.D(d.fields["start_date"]), dk.D(d.fields["end_date"]).year - dk.D(d.fields["start_date"]).year) - dt.timedelta(days=1)):
        c["term_mode"] = "dates"
    model_text = rng.random() < 0.5
    f = dict(d.fields)
    ren = d.ctx.get("renewal")
    if ren:
        f["end_date"] = ren["orig_end"]
        c["term_mode"] = "dates" if c["term_mode"] == "years" else c["term_mode"]
    pages = dk.contract_model(f, c, rng) if model_text else dk.contract_company(f, c, rng)
    d.layout = ("model_text" if model_text else "company_form") + ("+renewal" if ren else "")
    if ren:
        c.update(ren)
        pages += dk.contract_renewal(d.fields, c, rng)
    how = rng.choice(["scanner_pdf", "photos", "tiff", "scans_pdf", "photos"])
    ents = []
    bad = None
    if unreadable:
        bad = rng.randint(2, len(pages) - 2) if len(pages) >= 4 else 1
    for i, pg in enumerate(pages):
        if how == "scanner_pdf":
            cap = "scanner_app"
        elif how == "tiff":
            cap = "bilevel"
        elif how == "scans_pdf":
            cap = rng.choice(["scan", "scan_grey"])
        else:
            cap = rng.choice(["photo", "photo", "chat", "scan"])
        if i == bad:
            cap = "unreadable"
        rot, ex = (0, 0) if how != "photos" else rot_exif(rng, cap)
        if how in ("scanner_pdf", "tiff", "scans_pdf") and rng.random() < 0.06:
            rot = 180
        ents.append(E(Sheet(pg), [d], cap, rot, ex))
    return how, ents


def tax_rows_ctx(d):
    return d.rows


def lay_tax(d, rng):
    c = dict(d.ctx)
    c.update({"font": rng.choice(dr.PDF_FONTS), "pstyle": rng.choice(["dash", "dot"]), "code_pos": rng.choice(["none", "before", "after", "none"]),
              "per_page": rng.choice([6, 8, 10, 14]), "ruled": rng.random() < 0.6})
    rows = sorted(d.rows, key=lambda r: (r["_ym"], r["_item"]))
    r = rng.random()
    if r < 0.5:
        d.layout = "national_text_pdf"
        pages = dk.tax_national(d.fields, rows, c, rng)
        return "text_pdf", pages, c
    if r < 0.65:
        d.layout = "national_printed"
        pages = dk.tax_national(d.fields, rows, c, rng)
        return "images", [E(Sheet(p), [d], rng.choice(["photo", "scan", "chat"])) for p in pages], c
    if r < 0.85:
        d.layout = "app_screens"
        pages = dk.tax_screens(d.fields, rows, c, rng)
        return "images", [E(Sheet(p), [d], rng.choice(["screenshot", "screenshot", "chat"])) for p in pages], c
    d.layout = "old_certificate"
    c["font"] = rng.choice([dr.SONG, dr.ZEN])
    pages = dk.tax_old(d.fields, rows, c, rng)
    if len(rows) > 14:
        pages = dk.tax_old(d.fields, rows[:len(rows) // 2], c, rng) + dk.tax_old(d.fields, rows[len(rows) // 2:], c, rng)
    return "images", [E(Sheet(p), [d], rng.choice(["scan", "photo"])) for p in pages], c


def lay_si(d, rng):
    c = dict(d.ctx)
    c.update({"font": rng.choice(dr.PDF_FONTS), "mfmt": rng.choice(["dash", "compact"])})
    v = c["si_variant"]
    if v == "split":
        pages = dk.si_split_back(d.fields, d.rows, c, rng)
    else:
        pages = dk.si_record(d.fields, d.rows, c, rng)
    d.layout = v
    if rng.random() < 0.55:
        d.layout += "_text_pdf"
        return "text_pdf", pages
    d.layout += "_photo"
    return "images", [E(Sheet(p), [d], rng.choice(["photo", "chat", "scan"])) for p in pages]


def lay_edu(d, rng):
    c = dict(d.ctx)
    c["font"] = rng.choice([dr.NOTO_SERIF, dr.SONG, dr.KAI, dr.ZEN])
    c["cn_date"] = rng.random() < 0.7
    if d.type == "degree_certificate":
        d.layout = "degree"
        pg = dk.degree(d.fields, c, rng)[0]
    elif d.layout == "xuexin_record":
        c["font"] = rng.choice(dr.PDF_FONTS)
        pages = dk.xuexin(d.fields, c, rng)
        if rng.random() < 0.6:
            return "text_pdf", pages
        return "images", [E(Sheet(pages[0]), [d], rng.choice(["clean", "scan", "chat"]))]
    else:
        d.layout = {"普通全日制": "diploma", "成人教育": "diploma_adult", "自学考试": "diploma_selfstudy", "网络教育": "diploma_online"}[d.fields["study_mode"]]
        pg = dk.diploma(d.fields, c, rng)[0]
    cap = rng.choice(["photo", "photo", "scan", "photocopy", "chat"])
    return "images", [E(Sheet(pg), [d], cap, *rot_exif(rng, cap))]


def lay_other(rng, m):
    p = m["person"]
    c = {"name": p["name"], "landlord": "%s%s" % (rng.choice("王李张刘陈周"), rng.choice(["建国", "秀兰", "志明", "桂芳"])),
         "residence_address": m["docs"][1].fields["residence_address"], "rent": rng.choice([2800, 3500, 4200, 5600]),
         "rent_from": "2025-09-01", "rent_to": "2026-08-31"}
    k = rng.choice(["receipt", "rental", "bank"])
    pg = {"receipt": dk.receipt, "rental": dk.rental, "bank": dk.bank_slip}[k](c, rng)[0]
    return E(Sheet(pg), [], rng.choice(["photo", "scan", "chat"]))


# ============================================================= output
def make_image(ent, rng):
    cap, sh = ent["cap"], ent["sheet"]
    small = sh.w < SMALL and sh.h < SMALL
    if cap == "clean":
        im = sh.render(400 if small else 200)
    elif cap == "scan":
        im = cp.scan(sh, rng)
    elif cap == "scan_grey":
        im = cp.scan(sh, rng, grey=True)
    elif cap == "photocopy":
        im = cp.photocopy(sh, rng)
    elif cap == "lowres":
        im = cp.lowres(sh, rng)
    elif cap == "bilevel":
        im = cp.bilevel(sh, rng)
    elif cap == "photo":
        im = cp.photo(sh, rng, card=small)
    elif cap == "chat":
        if sh.w == 108 and sh.h == 234:
            im = cp.chat(sh.render(254), rng)
        else:
            im = cp.chat(cp.photo(sh, rng, mp=3, card=small) if rng.random() < 0.7 else cp.scan(sh, rng), rng)
    elif cap == "screenshot":
        im = sh.render(254)
    elif cap == "scanner_app":
        im = cp.scanner_app(sh, rng)
    elif cap == "unreadable":
        im = cp.darken(cp.photo(sh, rng, mp=5), rng)
    elif cap == "blank":
        im = cp.scan(sh, rng, dpi=150)
    else:
        raise ValueError(cap)
    return cp.turn(im, ent["rot"])


def save_image(im, path, fmt, ent, rng):
    if fmt == "jpg":
        im = im.convert("RGB") if im.mode not in ("L", "RGB") else im
        kw = {"quality": rng.randint(80, 93)}
        if ent["exif"]:
            im = im.transpose(cp.EXIF_STORE[ent["exif"]])
        if ent["cap"] in ("photo",) or ent["exif"]:
            kw["exif"] = cp.exif_bytes(ent["exif"], rng)
        im.save(path, "JPEG", **kw)
    elif fmt == "png":
        im.save(path, "PNG")
    elif fmt == "webp":
        im.convert("RGB").save(path, "WEBP", quality=rng.randint(60, 85))
    elif fmt == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        im = im.convert("RGB")
        if max(im.size) > 3300:
            s = 3264 / max(im.size)
            im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
        im.save(path, "HEIF", quality=rng.randint(55, 75), enc_params={"preset": "ultrafast"})
    elif fmt == "bmp":
        im.convert("RGB").save(path, "BMP")
    else:
        raise ValueError(fmt)


def single_fmt(rng, cap, exif):
    if exif:
        return "jpg"
    if cap == "screenshot":
        return rng.choice(["png", "png", "jpg"])
    if cap == "chat":
        return "jpg"
    if cap == "photo":
        return rng.choice(["jpg"] * 6 + ["heic", "webp"])
    if cap == "bilevel":
        return "tif"
    if cap == "clean":
        return rng.choice(["png", "jpg", "webp"])
    return rng.choice(["jpg"] * 5 + ["png", "tif", "bmp", "webp"])


def name_style(cap):
    return {"screenshot": "shot", "chat": "wx", "photo": None}.get(cap)


def build_packet(seed, index, outdir):
    plans = md.schedule(seed)
    plan, app = plans[index]
    name = "d%03d" % index
    rng = random.Random("outsider-d/%d/%d" % (seed, index))
    asof = md.pick_asof(rng, plan)
    want = set()
    for dfc in plan:
        want |= set(md.RULE_OF[dfc])
    for attempt in range(200):
        m = md.build_model(rng, plan, app, asof)
        exp, verdict, points = md.compute_truth(m, "unreadable_page" in plan)
        if set(exp) == want:
            break
    else:
        raise RuntimeError("could not draw %s %s: %s" % (name, plan, exp))
    docs = m["docs"]
    byt = lambda t, owner="applicant": [d for d in docs if d.type == t and d.owner == owner]
    # ------------------------------------------------ layouts -> units (a unit is a list of entries that stay together)
    units = []  # (kind, entries) kind: single / multi_pdf / multi_tif / text_pdf
    textpdfs = []
    rp = byt("residence_permit")[0]
    rp_units, card_a4 = lay_rp(rp, rng, app, asof, has_register=bool(byt("household_register_cover") or byt("collective_hukou_certificate")))
    idc = byt("id_card")[0]
    id_units = lay_id(idc, rng, rp_card_sheet=card_a4)
    if idc.layout == "a4_copy" and card_a4 is not None:
        rp_units = [u for u in rp_units if not (isinstance(u, tuple) and u[0] == "maybe_a4")]
        rp.layout = "card_on_id_copy+" + rp.layout
    else:
        rp_units = [(u[1] if isinstance(u, tuple) else u) for u in rp_units]
        for u in rp_units:
            for e in u:
                if e["cap"] == "photo" and e["sheet"] is card_a4[0] if card_a4 else False:
                    e["cap"] = rng.choice(["photo", "scan", "chat"])
    units += [("single", u) for u in id_units] + [("single", u) for u in rp_units]
    cov, mem, col = byt("household_register_cover"), byt("household_register_member"), byt("collective_hukou_certificate")
    if cov:
        units += [("single", u) for u in lay_hr(cov[0], mem[0] if mem else None, rng)]
    if col:
        c = dict(col[0].ctx)
        c["font"] = rng.choice([dr.SONG, dr.NOTO_SERIF, dr.KAI])
        cap = rng.choice(["scan", "photo", "photocopy", "chat", "clean"])
        units.append(("single", [E(Sheet(dk.collective_cert(col[0].fields, c, rng)[0]), [col[0]], cap, *rot_exif(rng, cap))]))
    for con in byt("labour_contract"):
        how, ents = lay_contract(con, rng, "unreadable_page" in plan)
        kind = {"scanner_pdf": "multi_pdf", "tiff": "multi_tif", "scans_pdf": "multi_pdf"}.get(how, "each")
        if kind == "each":
            units += [("single", [e]) for e in ents]
        else:
            units.append((kind, ents))
    for tx in byt("tax_record"):
        kind, stuff, c = lay_tax(tx, rng)
        if kind == "text_pdf":
            units.append(("text_pdf", [E(None, [tx], "text_pdf", page=p) for p in stuff]))
        else:
            units += [("single", [e]) for e in stuff]
    for si in byt("social_insurance_record"):
        kind, stuff = lay_si(si, rng)
        if kind == "text_pdf":
            units.append(("text_pdf", [E(None, [si], "text_pdf", page=p) for p in stuff]))
        else:
            units += [("single", [e]) for e in stuff]
    for ed in byt("diploma") + byt("degree_certificate"):
        kind, stuff = lay_edu(ed, rng)
        if kind == "text_pdf":
            ed.layout = "xuexin_record"
            units.append(("text_pdf", [E(None, [ed], "text_pdf", page=p) for p in stuff]))
        else:
            units += [("single", [e]) for e in stuff]
    for mc in byt("marriage_certificate"):
        c = dict(mc.ctx)
        c["font"] = rng.choice([dr.NOTO_SANS, dr.SONG, dr.ZEN])
        mc.layout = "inner_spread"
        cap = rng.choice(["photo", "photo", "scan", "chat"])
        units.append(("single", [E(Sheet(dk.marriage(mc.fields, c, rng)[0]), [mc], cap, *rot_exif(rng, cap))]))
    for sid in byt("id_card", "spouse"):
        units += [("single", u) for u in lay_id(sid, rng, spouse=True)]
    scov, smem = byt("household_register_cover", "spouse"), byt("household_register_member", "spouse")
    if scov:
        units += [("single", u) for u in lay_hr(scov[0], smem[0] if smem else None, rng, spouse=True)]
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        units.append(("single", [lay_other(rng, m)]))
    # ------------------------------------------------ scanner-app PDF gathering several single documents
    singles = [i for i, u in enumerate(units) if u[0] == "single" and all(e["cap"] in ("scan", "scan_grey", "clean", "photocopy", "photo") for e in u[1])]
    blank_wanted = "unreadable_page" in plan and "missing_tax" in plan
    if len(singles) >= 3 and (rng.random() < 0.4 or blank_wanted):
        pick = sorted(rng.sample(singles, rng.randint(2, min(5, len(singles)))))
        ents = []
        for i in pick:
            for e in units[i][1]:
                e["cap"] = "scanner_app"
                e["rot"], e["exif"] = (180 if rng.random() < 0.07 else 0), 0
                ents.append(e)
                if blank_wanted:  # a blank back page only where the unreadable-page warning fires anyway
                    ents.append(E(Sheet(dk.blank_page({}, rng)[0]), [], "blank"))
                    blank_wanted = False
        units = [u for i, u in enumerate(units) if i not in pick] + [("multi_pdf", ents)]
    rng.shuffle(units)
    # ------------------------------------------------ write
    pdir = os.path.join(outdir, name)
    os.makedirs(pdir, exist_ok=True)
    names = Names(rng)
    tpages = []
    for kind, ents in units:
        if kind == "text_pdf":
            fn = names.get("pdf", rng.choice(["wx", "new", "doc", "wrong", "num"]))
            dr.pdf_pages([e["page"] for e in ents], os.path.join(pdir, fn), shuffle_rng=rng if rng.random() < 0.4 else None)
            for i, e in enumerate(ents):
                tpages.append((fn, i + 1, e))
        elif kind in ("multi_pdf", "multi_tif"):
            ims = [make_image(e, rng) for e in ents]
            if kind == "multi_pdf":
                fn = names.get("pdf", "camscan" if ents[0]["cap"] == "scanner_app" else rng.choice(["scan", "doc", "wrong"]))
                ims = [im.convert("RGB") if im.mode != "L" else im for im in ims]
                ims[0].save(os.path.join(pdir, fn), "PDF", save_all=True, append_images=ims[1:], resolution=150,
                            creationDate=names.t.timetuple(), modDate=names.t.timetuple(), producer="CamScanner" if "扫描全能王" in fn else "Scanner")
            else:
                fn = names.get("tif", rng.choice(["scan", "doc", "new"]))
                if ims[0].mode == "1":
                    ims = [im if im.mode == "1" else im.convert("L").point(lambda v: 255 if v > 160 else 0).convert("1") for im in ims]
                else:
                    ims = [im.convert("L") for im in ims]
                ims[0].save(os.path.join(pdir, fn), "TIFF", save_all=True, append_images=ims[1:], compression="group4" if ims[0].mode == "1" else "tiff_lzw", dpi=(200, 200))
            for i, e in enumerate(ents):
                tpages.append((fn, i + 1, e))
        else:
            for e in ents:
                im = make_image(e, rng)
                fmt = single_fmt(rng, e["cap"], e["exif"])
                if fmt == "tif" or im.mode == "1":
                    fmt = "tif"
                    fn = names.get("tif", rng.choice(["scan", "doc", "new"]))
                    im.save(os.path.join(pdir, fn), "TIFF", compression="group4" if im.mode == "1" else "tiff_lzw", dpi=(200, 200))
                else:
                    fn = names.get(fmt, name_style(e["cap"]))
                    save_image(im, os.path.join(pdir, fn), fmt, e, rng)
                tpages.append((fn, 1, e))
    # ------------------------------------------------ truth
    pages_t = []
    for fn, pno, e in tpages:
        ent = {"file": fn, "page": pno, "type": e["docs"][0].type if e["docs"] else "unknown", "capture": e["cap"], "rotation": e["rot"]}
        if len(e["docs"]) > 1:
            ent["also_holds"] = [d.type for d in e["docs"][1:]]
        pages_t.append(ent)
        for d in e["docs"]:
            d.pages.append({"file": fn, "page": pno})
    defects = []
    for dfc in plan:
        s = dfc
        if dfc == "hukou_mismatch":
            s += ": 居住证 %s / 户口簿 %s" % (m["mismatch"][1], m["mismatch"][0])
        elif dfc == "name_mismatch":
            s += ": on " + m["name_target"]
        elif dfc == "id_typo":
            s += ": on " + m["id_target"]
        elif dfc == "tax_gap_month":
            s += ": " + m["gap"]
        defects.append(s)
    truth = {"packet": name, "as_of": asof.isoformat(), "application": app, "defects": defects, "expected_rules": exp,
             "verdict": verdict, "points": points, "pages": pages_t, "documents": [d.truth() for d in docs if d.pages]}
    with open(os.path.join(outdir, name + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    return name, verdict, len(pages_t)
