"""Build one packet folder and its truth from plan(seed, index).

Pipeline: plan -> items (pieces of paper / digital files, each holding one or
more documents) -> delivery (which file each item lands in, capture profile,
rotation) -> bytes on disk + truth."""
from __future__ import annotations

import datetime as dt
import json
import os
import random
from pathlib import Path

import numpy as np
from PIL import Image

from . import capture as cap
from . import marks
from .canvas import Canvas
from .docs_a4 import A4, BOOKLET, collective, hh_cover, hh_member, permit_info
from .docs_cards import CARD_H, CARD_W, id_back, id_front, permit_back, permit_front
from .docs_contract import contract
from .docs_edu import A4L, degree, diploma, marriage, other_page
from .docs_records import si_scan, tax_certificate_old, tax_income_detail_print, tax_national_scan
from .rules import derive
from .scenario import plan, truth_documents
from .screens import permit_screen, tax_screens
from .textpdf import si_pdf, tax_pdf
from .util import np_rng, sub_rng
from . import writers

MAX_PAGES = 16


# ------------------------------------------------------------------ enrichment
def enrich(p, rng: random.Random):
    per = p["person"]
    reg = per["region"]
    station = f"{reg[2] or reg[1]}公安局{reg[3]}{'分局' if reg[3].endswith('区') else ''}{rng.choice(['城关', '新华', '东城', '城南', '中心', '胜利'])}派出所"
    from .ids import pick_name
    id_doc = next(d for d in p["docs"] if d["type"] == "id_card")
    for d in p["docs"]:
        e = d["extra"]
        t = d["type"]
        if t == "residence_permit":
            e["sex"] = per["sex"]
            iss = dt.date.fromisoformat(d["fields"]["issue_date"])
            asof = dt.date.fromisoformat(p["as_of"])
            e["printed"] = (iss + dt.timedelta(days=rng.randint(0, max(0, (asof - iss).days)))).isoformat()
        elif t in ("household_register_cover", "household_register_member"):
            e["station"] = station
            e["clerk"] = pick_name(rng, rng.random() < 0.5)
        elif t == "collective_hukou_certificate":
            e["sex"] = per["sex"]
            e["bureau"] = f"{reg[2] or reg[1]}公安局"
        elif t == "labour_contract":
            e["hukou"] = id_doc["fields"]["address"]
            e["home"] = per["sh_addr"]
        elif t == "diploma" and d["layout"] == "xuexin":
            asof = dt.date.fromisoformat(p["as_of"])
            e["updated_txt"] = (asof - dt.timedelta(days=rng.randint(3, 60))).strftime("%Y年%m月%d日")


# ------------------------------------------------------------------ items
def _item(kind, docs, render=None, size=A4, small=False, card=False, group=None, landscape=False, **kw):
    it = {"kind": kind, "docs": docs, "render": render, "size": size, "small": small, "card": card,
          "group": group, "landscape": landscape}
    it.update(kw)
    return it


def _card_copy(cards, rng_seed, stacked):
    """A4 copy holding several cards (each a callable(dpi) -> RGBA)."""
    def render(dpi):
        rng = random.Random(rng_seed)
        c = Canvas(*A4, dpi)
        k = c.k
        if stacked:
            x = rng.uniform(35, 80)
            y = rng.uniform(18, 40)
            pos = []
            for i in range(len(cards)):
                pos.append((x + rng.uniform(-6, 6), y))
                y += CARD_H + rng.uniform(10, 22)
        else:
            pos = []
            y = rng.uniform(18, 55)
            for i in range(0, len(cards), 2):
                x1 = rng.uniform(8, 16)
                pos.append((x1, y + rng.uniform(-3, 3)))
                if i + 1 < len(cards):
                    pos.append((x1 + CARD_W + rng.uniform(5, 12), y + rng.uniform(-3, 3)))
                y += CARD_H + rng.uniform(25, 60)
        for fn, (x, y) in zip(cards, pos):
            im = fn(dpi)
            cap.shadow_paste(c.img, im, (x * k, y * k), rng.uniform(-3.5, 3.5), k)
        return c.img
    return render


def _on_glass(fn, sheet_mm, rng_seed, page=A4):
    def render(dpi):
        rng = random.Random(rng_seed)
        c = Canvas(*page, dpi)
        im = fn(dpi)
        x = rng.uniform(3, max(4, page[0] - sheet_mm[0] - 3))
        y = rng.uniform(3, max(4, min(60, page[1] - sheet_mm[1] - 3)))
        if im.mode == "RGBA":
            cap.shadow_paste(c.img, im, (x * c.k, y * c.k), rng.uniform(-2.5, 2.5), c.k)
        else:
            ang = rng.uniform(-2, 2)
            rim = im.convert("RGBA")
            cap.shadow_paste(c.img, rim, (x * c.k, y * c.k), ang, c.k)
        return c.img
    return render


def make_items(p, rng: random.Random):
    docs = p["docs"]
    idx = {id(d): i for i, d in enumerate(docs)}
    items = []
    seed = rng.randrange(1 << 30)

    def R(tag):
        return random.Random(f"{seed}|{tag}")

    by = {}
    for i, d in enumerate(docs):
        by.setdefault(d["type"], []).append(i)
    ic = docs[by["id_card"][0]]
    rp_i = by["residence_permit"][0]
    rp = docs[rp_i]
    sty = {"value_font": rng.choice(["hei", "hei", "yahei"]), "name_sp": rng.choice([0.3, 0.8, 1.4])}
    fns = {
        "idf": lambda dpi: id_front(ic["fields"], dpi, R("idf"), sty),
        "idb": lambda dpi: id_back(ic["fields"], dpi, R("idb"), sty),
        "rpf": lambda dpi: permit_front(rp["fields"], dpi, R("rpf"), sty),
        "rpb": lambda dpi: permit_back(rp["fields"], dpi, R("rpb"), sty),
    }
    permit_card = rp["extra"].get("card")
    card_with_id = permit_card and ic["layout"] in ("a4_copy", "a4_copy_stacked") and rng.random() < 0.65
    # --- id card
    if ic["layout"] in ("a4_copy", "a4_copy_stacked"):
        cards = [fns["idf"], fns["idb"]]
        dl = [by["id_card"][0]]
        if card_with_id:
            cards += [fns["rpf"]] + ([fns["rpb"]] if rng.random() < 0.6 else [])
            dl.append(rp_i)
        items.append(_item("paper", dl, _card_copy(cards, seed + 1, ic["layout"] == "a4_copy_stacked"), group="id", copy=True))
    else:
        for k in ("idf", "idb"):
            items.append(_item("small", [by["id_card"][0]], fns[k], size=(CARD_W, CARD_H), small=True, card=True, group="id"))
    # --- residence permit
    if rp["layout"] == "app_screen":
        items.append(_item("screen", [rp_i], img=permit_screen(rp, R("rps"))))
    else:
        items.append(_item("paper", [rp_i], lambda dpi: permit_info(rp, dpi, R("rpi")), group="rp"))
    if permit_card and not card_with_id:
        if rng.random() < 0.5:
            items.append(_item("paper", [rp_i], _card_copy([fns["rpf"], fns["rpb"]], seed + 2, rng.random() < 0.5), group="rp", copy=True))
        else:
            items.append(_item("small", [rp_i], fns["rpf"], size=(CARD_W, CARD_H), small=True, card=True, group="rp"))
    # --- household
    cov = by.get("household_register_cover", [None])[0]
    mem = by.get("household_register_member", [None])[0]
    if cov is not None:
        fc = lambda dpi: hh_cover(docs[cov], dpi, R("hhc"))
        if mem is not None:
            fm = lambda dpi: hh_member(docs[mem], dpi, R("hhm"))
            how = rng.choices(["pair_a4", "separate", "open_photo"], [0.4, 0.4, 0.2])[0]
            if how == "pair_a4":
                def pair(dpi, fc=fc, fm=fm):
                    r = R("pair")
                    c = Canvas(*A4, dpi)
                    y = r.uniform(8, 40)
                    x = r.uniform(3, 7)
                    c.img.paste(fc(dpi), (c.p(x), c.p(y)))
                    c.img.paste(fm(dpi), (c.p(x + BOOKLET[0] + r.uniform(0, 2)), c.p(y + r.uniform(-1, 1))))
                    return c.img
                items.append(_item("paper", [cov, mem], pair, group="hh", copy=True))
            elif how == "open_photo":
                def opened(dpi, fc=fc, fm=fm):
                    a, b = fc(dpi), fm(dpi)
                    k = dpi / 25.4
                    im = Image.new("RGB", (a.size[0] + b.size[0] + int(6 * k), max(a.size[1], b.size[1]) + int(6 * k)), (150, 40, 40))
                    im.paste(a, (int(3 * k), int(3 * k)))
                    im.paste(b, (int(3 * k) + a.size[0], int(3 * k)))
                    return im
                items.append(_item("small", [cov, mem], opened, size=(206, 148), small=True, group="hh", force_photo=True))
            else:
                items.append(_item("small", [cov], fc, size=BOOKLET, small=True, group="hh"))
                items.append(_item("small", [mem], fm, size=BOOKLET, small=True, group="hh"))
        else:
            items.append(_item("small", [cov], fc, size=BOOKLET, small=True, group="hh"))
    if "collective_hukou_certificate" in by:
        ci = by["collective_hukou_certificate"][0]
        items.append(_item("paper", [ci], lambda dpi, ci=ci: collective(docs[ci], dpi, R("coll")), group="hh"))
    # --- contract
    for ci in by.get("labour_contract", []):
        d = docs[ci]
        cache = {}

        def cpages(dpi, d=d, cache=cache):
            if dpi not in cache:
                cache.clear()
                cache[dpi] = contract(d, dpi, R("contract"))
            return cache[dpi]
        n = len(cpages(60))
        for k in range(n):
            items.append(_item("paper", [ci], (lambda dpi, k=k, cp=cpages: cp(dpi)[k]), group="contract",
                               page_of=(k + 1, n)))
    # --- tax
    for ti in by.get("tax_record", []):
        d = docs[ti]
        lay = d["layout"]
        if lay == "national_pdf":
            items.append(_item("textpdf", [ti], maker=lambda when, d=d: tax_pdf(d, R("taxpdf"), when),
                               name_hint="tax"))
        elif lay == "income_detail_screens":
            for im in tax_screens(d, R("taxs")):
                items.append(_item("screen", [ti], img=im))
        else:
            f = {"national_scan": tax_national_scan, "income_detail_print": tax_income_detail_print,
                 "tax_certificate_old": tax_certificate_old}[lay]
            cache = {}

            def tpages(dpi, d=d, f=f, cache=cache):
                if dpi not in cache:
                    cache.clear()
                    cache[dpi] = f(d, dpi, R("taxp"))
                return cache[dpi]
            n = len(tpages(60))
            for k in range(n):
                items.append(_item("paper", [ti], (lambda dpi, k=k, tp=tpages: tp(dpi)[k]), group="tax"))
    # --- social insurance
    for si in by.get("social_insurance_record", []):
        d = docs[si]
        if d["layout"] == "sh_pdf":
            items.append(_item("textpdf", [si], maker=lambda when, d=d: si_pdf(d, R("sipdf"), when), name_hint="si"))
        else:
            cache = {}

            def spages(dpi, d=d, cache=cache):
                if dpi not in cache:
                    cache.clear()
                    cache[dpi] = si_scan(d, dpi, R("sis"))
                return cache[dpi]
            n = len(spages(60))
            for k in range(n):
                items.append(_item("paper", [si], (lambda dpi, k=k, sp=spages: sp(dpi)[k]), group="si"))
    # --- education, marriage
    for di in by.get("diploma", []) + by.get("degree_certificate", []):
        d = docs[di]
        if d["type"] == "diploma" and d["layout"] == "xuexin":
            items.append(_item("paper", [di], lambda dpi, d=d: diploma(d, dpi, R("xx")), group="edu"))
        elif d["type"] == "diploma":
            items.append(_item("paper", [di], lambda dpi, d=d: diploma(d, dpi, R("dip")), size=A4L, landscape=True, group="edu"))
        else:
            land = d["layout"] != "classic"
            items.append(_item("paper", [di], lambda dpi, d=d: degree(d, dpi, R("deg")), size=A4L if land else A4,
                               landscape=land, group="edu"))
    for mi in by.get("marriage_certificate", []):
        d = docs[mi]
        items.append(_item("small", [mi], lambda dpi, d=d: marriage(d, dpi, R("mar")), size=(200, 140), small=True, group="mar"))
    for k, kind in enumerate(p["others"]):
        items.append(_item("paper", [], lambda dpi, kind=kind, k=k: other_page(kind, dpi, R(f"oth{k}"), p["person"]),
                           group=f"other{k}", other=True))
    return items


# ------------------------------------------------------------------ delivery
PROFILES = {
    "color300": dict(dpi=300, mode="RGB", q=(78, 88), label="scan"),
    "color200": dict(dpi=200, mode="RGB", q=(70, 85), label="scan"),
    "grey200": dict(dpi=200, mode="L", q=(65, 82), label="scan_grey"),
    "grey150": dict(dpi=150, mode="L", q=(60, 78), label="scan_grey"),
    "bw300": dict(dpi=300, mode="1", q=(0, 0), label="scan_bw"),
    "bw200": dict(dpi=200, mode="1", q=(0, 0), label="scan_bw"),
    "low100": dict(dpi=110, mode="L", q=(40, 55), label="lowres"),
}
SCANNERS = ["Canon DR-C225", "Fujitsu fi-7160", "RICOH MP C3004", "KONICA MINOLTA bizhub C300i", "Brother ADS-2700W",
            "EPSON DS-530", "HP LaserJet MFP M227", "SHARP MX-B455W", "Kyocera ECOSYS M2540dn"]
PHONES = [("Apple", "iPhone 13"), ("Apple", "iPhone 15 Pro"), ("HUAWEI", "ELS-AN00"), ("Xiaomi", "2211133C"),
          ("OPPO", "PGEM10"), ("vivo", "V2309A"), ("HONOR", "ALI-AN00")]


class Namer:
    def __init__(self, rng, as_of):
        self.rng = rng
        self.used = set()
        self.as_of = as_of

    def _date(self):
        d = self.as_of - dt.timedelta(days=self.rng.randint(1, 20))
        return d

    def get(self, kind, ext):
        r = self.rng
        for _ in range(100):
            d = self._date()
            hms = f"{r.randint(8, 19):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"
            if kind == "adf":
                n = r.choice([f"SCAN_{d:%Y%m%d}_{r.randint(1, 40):04d}", f"扫描件{d:%Y%m%d}{r.randint(1, 99):02d}",
                              f"Doc{r.randint(1, 30):03d}", f"{d:%Y%m%d}{hms}", f"复印件{r.randint(1, 9)}",
                              f"材料{r.randint(1, 5)}", f"Scan{r.randint(100, 999)}", f"BIZHUB_{d:%y%m%d}{hms}",
                              f"积分材料_{r.randint(1, 9)}", f"新建文件{r.randint(1, 20)}", f"未命名{r.randint(1, 9)}"])
            elif kind == "photo":
                n = r.choice([f"IMG_{d:%Y%m%d}_{hms}", f"IMG_{r.randint(1000, 9999)}", f"微信图片_{d:%Y%m%d}{hms}",
                              f"mmexport{r.randint(10**12, 10**13 - 1)}", f"DSC_{r.randint(1000, 9999)}",
                              f"身份证{r.randint(1, 99)}", f"合同{r.randint(1, 99)}", f"photo_{r.randint(1, 99)}"])
            elif kind == "screen":
                n = r.choice([f"Screenshot_{d:%Y%m%d}_{hms}", f"截图{d:%Y%m%d}{hms}", f"微信图片_{d:%Y%m%d}{hms}",
                              f"IMG_{r.randint(1000, 9999)}", f"Screenshot_{d:%Y-%m-%d-%H-%M-%S}"[:30]])
            elif kind == "tax":
                n = r.choice([f"个人所得税纳税记录{d:%Y%m%d}", "纳税记录", f"{r.randint(10**11, 10**12 - 1)}",
                              f"download_{r.randint(100, 999)}", f"材料{r.randint(1, 9)}"])
            elif kind == "si":
                n = r.choice(["社保缴费记录", f"社会保险个人缴费情况_{d:%Y%m%d}", f"随申办_{r.randint(100, 999)}",
                              f"download ({r.randint(1, 9)})", f"参保证明{r.randint(1, 9)}"])
            else:
                n = r.choice([f"scan{r.randint(1, 999)}", f"{r.randint(1, 30)}", f"image{r.randint(1, 99)}",
                              f"document{r.randint(100, 999)}", f"身份证{r.randint(1, 9)}"])
            name = f"{n}.{ext}"
            if name.lower() not in self.used:
                self.used.add(name.lower())
                return name
        raise RuntimeError("names")


def _apply_marks(img, dpi, it, rng, p, hr):
    """HR copy marks and physical handling on a rendered sheet (RGB, upright)."""
    if it.get("other"):
        if rng.random() < 0.3:
            marks.fold(img, dpi, rng)
        return img
    if it.get("copy") or it.get("is_copy"):
        if rng.random() < 0.5:
            marks.copy_certified(img, dpi, rng, hr["signer"], hr["date"], hr["org"])
        if rng.random() < 0.3:
            marks.purpose_note(img, dpi, rng)
    if it.get("pageno"):
        marks.page_number(img, dpi, rng, *it["pageno"])
    if it.get("staple"):
        marks.staple(img, dpi, rng, removed=rng.random() < 0.4)
    if rng.random() < 0.1:
        marks.punch_holes(img, dpi, rng, dark=rng.random() < 0.6)
    if rng.random() < 0.12:
        marks.fold(img, dpi, rng)
    return img


def _paper_page(it, prof, rng: random.Random, nr, p, hr, rot_cw: int, skew_deg: float):
    """Render an item to a scanned page image in profile prof, content rotated rot_cw (raster)."""
    dpi = prof["dpi"]
    if it["small"]:
        render = _on_glass(it["render"], it["size"], rng.randrange(1 << 30))
    else:
        render = it["render"]
    img = render(dpi).convert("RGB")
    if it.get("landscape") and not it["small"]:
        pass
    img = _apply_marks(img, dpi, it, rng, p, hr)
    label = prof["label"]
    if it.get("is_copy"):
        img = cap.photocopy(img, nr, rng, dark=it.get("dark", False)).convert("RGB")
        if prof["mode"] != "1":
            label = "photocopy"
    img = cap.skew(img, skew_deg, (250, 250, 250))
    img = cap.rotate_cw(img, rot_cw)
    if prof["mode"] == "1":
        out = cap.binarize(img, nr, rng)
    else:
        out = cap.scan(img, nr, mode=prof["mode"], noise=rng.uniform(1.5, 3.5), blur=rng.uniform(0.3, 0.7))
    return out, label


def _photo_page(it, rng, nr, p, hr, frame=None, chat=False, fmt="jpg"):
    w_mm, h_mm = it["size"] if it["small"] or not it.get("landscape") else A4L
    if not it["small"]:
        w_mm, h_mm = (A4L if it.get("landscape") else A4)
    land = w_mm > h_mm
    if frame is None:
        big = rng.choice([(4000, 3000), (3264, 2448), (4000, 3000), (2560, 1920)])
        frame = big if land else (big[1], big[0])
    if fmt in ("heic", "webp") and max(frame) > 3264:
        frame = (3264, 2448) if land else (2448, 3264)
    if chat:
        s = rng.choice([1280, 1440, 1600]) / max(frame)
        frame = (int(frame[0] * s), int(frame[1] * s))
    fill = rng.uniform(0.45, 0.65) if it["card"] else rng.uniform(0.7, 0.88)
    dpi = int(min(frame[0] * fill / w_mm, frame[1] * fill / h_mm) * 25.4) + 1
    dpi = max(90, min(dpi, 420))
    sheet = it["render"](dpi)
    if sheet.mode != "RGBA":
        sheet = _apply_marks(sheet.convert("RGB"), dpi, it, rng, p, hr)
        sheet = cap.paper(sheet, nr)
        sheet = Image.fromarray(sheet.clip(0, 255).astype("uint8"))
    img = cap.photo(sheet, frame, nr, rng, fill=fill, card=it["card"])
    return img


def _chunks(seq, n):
    k, m = divmod(len(seq), n)
    out, i = [], 0
    for j in range(n):
        s = k + (1 if j < m else 0)
        out.append(seq[i:i + s])
        i += s
    return out


def deliver(p, items, rng: random.Random):
    """Decide files. Returns list of file specs."""
    cls = p["class"]
    paper = [it for it in items if it["kind"] in ("paper", "small")]
    digital = [it for it in items if it["kind"] in ("screen", "textpdf")]
    style = rng.choices(["adf_one", "adf_two", "adf_photos", "singles"], [0.38, 0.32, 0.2, 0.1])[0]
    # copies: most HR packets are photocopies
    for it in paper:
        if it.get("copy") or (rng.random() < 0.45 and not it.get("other")):
            it["is_copy"] = True
            it["dark"] = rng.random() < 0.2
    # group items into documents (contiguous), then shuffle the groups
    groups = []
    for it in paper:
        if groups and groups[-1][0]["group"] == it["group"] and it["group"] in ("contract", "tax", "si"):
            groups[-1].append(it)
        else:
            groups.append([it])
    rng.shuffle(groups)
    # page numbers written on some packets, staple on the first sheet of a multi-page group
    if rng.random() < 0.3:
        flat = [it for g in groups for it in g]
        for n, it in enumerate(flat, 1):
            it["pageno"] = (n, len(flat))
    for g in groups:
        if len(g) > 1 and rng.random() < 0.35:
            g[0]["staple"] = True
    files = []
    photo_items, adf_items, single_items = [], [], []
    if style == "adf_one":
        adf_sets = [[it for g in groups for it in g]]
    elif style == "adf_two":
        a = [g for g in groups if g[0]["group"] in ("id", "rp", "hh", "mar")]
        b = [g for g in groups if g[0]["group"] not in ("id", "rp", "hh", "mar")]
        adf_sets = [[it for g in a for it in g], [it for g in b for it in g]]
        adf_sets = [s for s in adf_sets if s]
    elif style == "adf_photos":
        rest = []
        for g in groups:
            if (g[0]["small"] or g[0]["group"] == "edu") and rng.random() < 0.8:
                photo_items += g
            else:
                rest += g
        adf_sets = [rest] if rest else []
    else:
        adf_sets = []
        for g in groups:
            if g[0]["group"] == "contract" or len(g) > 2:
                adf_sets.append(g)
            else:
                for it in g:
                    (photo_items if (it["small"] and rng.random() < 0.5) else single_items).append(it)
    for it in paper:
        if it.get("force_photo") and it not in photo_items:
            for s in adf_sets:
                if it in s:
                    s.remove(it)
            if it in single_items:
                single_items.remove(it)
            photo_items.append(it)
    adf_sets = [s for s in adf_sets if s]
    # ADF files
    duplex_pkt = cls == "fix" and rng.random() < 0.6
    for s in adf_sets:
        fmt = rng.choices(["pdf", "tif"], [0.72, 0.28])[0]
        if fmt == "pdf":
            prof = rng.choices(list(PROFILES), [0.22, 0.14, 0.24, 0.14, 0.09, 0.09, 0.08])[0]
        else:
            prof = rng.choice(["bw200", "bw300", "grey200", "color200"])
        pages = []
        duplex = duplex_pkt and rng.random() < 0.7
        for it in s:
            rot, mech, sk = 0, "raster", 0.0
            r = rng.random()
            if it.get("landscape"):
                rot = rng.choice([90, 270])       # a landscape sheet scanned as a portrait page
                if fmt == "pdf" and rng.random() < 0.5:
                    mech = "fixed_by_rotate"       # raster sideways, /Rotate makes it upright
            elif r < 0.1:
                rot = 180
            elif r < 0.2:
                rot = rng.choice([90, 270])
                if fmt == "pdf" and rng.random() < 0.5:
                    mech = "pdf_rotate"
            sr = rng.random()
            if sr < 0.15:
                sk = rng.choice([-1, 1]) * rng.uniform(1.0, 4.0)
            elif sr < 0.6:
                sk = rng.uniform(-0.7, 0.7)
            pages.append({"item": it, "rot": rot, "mech": mech, "skew": sk})
            if duplex and rng.random() < 0.2 and sum(1 for x in pages if x.get("blank")) < 2:
                pages.append({"blank": True, "front": it})
        if duplex and not any(pg.get("blank") for pg in pages):
            pages.append({"blank": True, "front": pages[-1].get("item")})
        files.append({"kind": "adf", "fmt": fmt, "prof": prof, "pages": pages})
    for it in single_items:
        fmt = rng.choice(["jpg", "jpg", "png", "bmp", "tif"])
        prof = rng.choice(["color300", "color200", "grey200", "grey150", "low100"]) if fmt != "tif" else rng.choice(["bw200", "grey200"])
        if prof == "low100" and (it["card"] or it["small"]):
            prof = "grey200"
        r = rng.random()
        rot = 180 if r < 0.1 else (rng.choice([90, 270]) if r < 0.18 else 0)
        if it.get("landscape"):
            rot = rng.choice([0, 0, 90, 270])
        files.append({"kind": "single", "fmt": fmt, "prof": prof,
                      "pages": [{"item": it, "rot": rot, "mech": "raster", "skew": rng.uniform(-1.5, 1.5)}]})
    for it in photo_items:
        fmt = rng.choices(["jpg", "heic", "webp", "png"], [0.58, 0.22, 0.15, 0.05])[0]
        chat = fmt == "jpg" and rng.random() < 0.3
        r = rng.random()
        if fmt == "jpg" and r < 0.4:
            orient = rng.choice([6, 8, 3, 6])   # pixels stored turned, tag makes them upright
            rot = 0
        elif r < 0.6:
            orient, rot = None, rng.choice([90, 180, 270])   # really turned, no tag
        else:
            orient, rot = None, 0
        files.append({"kind": "photo", "fmt": fmt, "chat": chat, "orient": orient,
                      "pages": [{"item": it, "rot": rot, "mech": "exif" if orient else "raster", "skew": 0}]})
    for it in digital:
        if it["kind"] == "screen":
            files.append({"kind": "screen", "fmt": rng.choice(["png", "png", "jpg"]), "pages": [{"item": it, "rot": 0}]})
        else:
            files.append({"kind": "textpdf", "fmt": "pdf", "pages": [{"item": it, "rot": 0}], "hint": it["name_hint"]})
    rng.shuffle(files)
    return files


def _count_pages(files):
    n = 0
    for f in files:
        for pg in f["pages"]:
            n += pg["item"].get("est_pages", 1) if "item" in pg and pg["item"]["kind"] == "textpdf" else 1
    return n


def build(seed: int, index: int, out_root: Path) -> dict:
    p = plan(seed, index)
    rng = sub_rng(seed, index, "build")
    nr = np_rng(seed, index, "build")
    enrich(p, sub_rng(seed, index, "enrich"))
    items = make_items(p, sub_rng(seed, index, "items"))
    # keep the packet small: drop pages that are not documents first
    for it in items:
        if it["kind"] == "textpdf":
            it["est_pages"] = 1 if it["name_hint"] == "tax" else 2
    while sum(it.get("est_pages", 1) for it in items) > MAX_PAGES - 1:
        drop = next((it for it in items if it.get("other")), None)
        if drop is None:
            break
        items.remove(drop)
    files = deliver(p, items, sub_rng(seed, index, "deliver"))
    # cap blanks
    total = _count_pages(files)
    for f in files:
        for pg in list(f["pages"]):
            if total > MAX_PAGES and pg.get("blank") and sum(1 for x in f["pages"] if x.get("blank")) > 0:
                f["pages"].remove(pg)
                total -= 1
    as_of = dt.date.fromisoformat(p["as_of"])
    namer = Namer(sub_rng(seed, index, "names"), as_of)
    hr_rng = sub_rng(seed, index, "hr")
    from .ids import pick_name
    emp = next(d for d in p["docs"] if d["type"] == "labour_contract")["extra"]["emp"]["name"]
    hr_d = as_of - dt.timedelta(days=hr_rng.randint(1, 12))
    hr = {"signer": pick_name(hr_rng, hr_rng.random() < 0.4),
          "date": hr_rng.choice([f"{hr_d.year}.{hr_d.month}.{hr_d.day}", f"{hr_d.month}/{hr_d.day}", f"{hr_d:%Y.%m.%d}"]),
          "org": emp + "人事部" if len(emp) < 12 else None}
    pdir = out_root / p["packet"]
    pdir.mkdir(parents=True, exist_ok=True)
    pages_truth = []
    doc_pages = {i: [] for i in range(len(p["docs"]))}
    when_base = dt.datetime.combine(as_of - dt.timedelta(days=rng.randint(1, 10)), dt.time(9, 0))
    for f in files:
        fr = random.Random(f"{seed}|{index}|file|{len(pages_truth)}")
        kind = f["kind"]
        if kind == "adf":
            name = namer.get("adf", f["fmt"])
            prof = PROFILES[f["prof"]]
            q = fr.randint(*prof["q"]) if prof["q"][1] else 0
            imgs, pdf_pages = [], []
            for pno, pg in enumerate(f["pages"], 1):
                if pg.get("blank"):
                    k = prof["dpi"] / 25.4
                    img = cap.blank_back((int(210 * k), int(297 * k)), nr, fr, None)
                    img = img.convert("1", dither=Image.NONE) if prof["mode"] == "1" else img.convert(prof["mode"])
                    pages_truth.append({"file": name, "page": pno, "type": "unknown", "capture": prof["label"], "rotation": 0})
                    imgs.append(img)
                    pdf_pages.append({"img": img, "dpi": prof["dpi"], "q": q})
                    continue
                it = pg["item"]
                rot = pg["rot"]
                raster, pdf_rot = rot, 0
                if pg["mech"] == "pdf_rotate":
                    raster, pdf_rot = 0, rot
                elif pg["mech"] == "fixed_by_rotate":
                    raster, pdf_rot = rot, (360 - rot) % 360
                img, label = _paper_page(it, prof, fr, nr, p, hr, raster, pg["skew"])
                shown = (raster + pdf_rot) % 360
                imgs.append(img)
                pdf_pages.append({"img": img, "dpi": prof["dpi"], "q": q, "rotate": pdf_rot})
                pages_truth.append({"file": name, "page": pno, "type": _ptype(p, it), "capture": label, "rotation": shown})
                for di in it["docs"]:
                    doc_pages[di].append({"file": name, "page": pno})
            if f["fmt"] == "pdf":
                data = writers.image_pdf(pdf_pages, fr.choice(SCANNERS), when_base + dt.timedelta(minutes=fr.randint(0, 300)))
            else:
                mode = imgs[0].mode
                data = writers.tiff_multi([im.convert(mode) if im.mode != mode else im for im in imgs], prof["dpi"])
            (pdir / name).write_bytes(data)
        elif kind == "single":
            pg = f["pages"][0]
            it = pg["item"]
            prof = PROFILES[f["prof"]]
            img, label = _paper_page(it, prof, fr, nr, p, hr, pg["rot"], pg["skew"])
            name = namer.get("single", f["fmt"])
            if f["fmt"] == "jpg":
                data = writers.save_image(img if img.mode != "1" else img.convert("L"), "jpg",
                                          q=fr.randint(*prof["q"]) if prof["q"][1] else 80, dpi=prof["dpi"])
            elif f["fmt"] == "bmp":
                data = writers.save_image(img if img.mode != "1" else img.convert("L"), "bmp")
            elif f["fmt"] == "tif":
                data = writers.save_image(img, "tif", dpi=prof["dpi"])
            else:
                data = writers.save_image(img, "png", dpi=prof["dpi"])
            (pdir / name).write_bytes(data)
            pages_truth.append({"file": name, "page": 1, "type": _ptype(p, it), "capture": label, "rotation": pg["rot"]})
            for di in it["docs"]:
                doc_pages[di].append({"file": name, "page": 1})
        elif kind == "photo":
            pg = f["pages"][0]
            it = pg["item"]
            img = _photo_page(it, fr, nr, p, hr, chat=f.get("chat"), fmt=f["fmt"])
            orient = f.get("orient")
            # stored pixels: content rotated so that the tag (or nothing) gives the displayed rotation
            exif_cw = {6: 90, 8: 270, 3: 180}.get(orient, 0)
            stored = cap.rotate_cw(img, (pg["rot"] - exif_cw) % 360)
            name = namer.get("photo", f["fmt"])
            when = when_base - dt.timedelta(days=fr.randint(0, 5), minutes=fr.randint(0, 600))
            make, model = fr.choice(PHONES)
            if f["fmt"] == "jpg":
                ex = writers.exif_bytes(orient, make, model, when) if not f.get("chat") or orient else None
                data = writers.save_image(stored, "jpg", q=fr.randint(55, 72) if f.get("chat") else fr.randint(78, 92), exif=ex)
            elif f["fmt"] == "heic":
                data = writers.save_image(stored, "heic", q=fr.randint(60, 80))
            elif f["fmt"] == "webp":
                data = writers.save_image(stored, "webp", q=fr.randint(60, 82))
            else:
                data = writers.save_image(stored, "png")
            (pdir / name).write_bytes(data)
            pages_truth.append({"file": name, "page": 1, "type": _ptype(p, it), "capture": "photo", "rotation": pg["rot"]})
            for di in it["docs"]:
                doc_pages[di].append({"file": name, "page": 1})
        elif kind == "screen":
            it = f["pages"][0]["item"]
            name = namer.get("screen", f["fmt"])
            data = writers.save_image(it["img"], f["fmt"], q=90)
            (pdir / name).write_bytes(data)
            pages_truth.append({"file": name, "page": 1, "type": _ptype(p, it), "capture": "screenshot", "rotation": 0})
            for di in it["docs"]:
                doc_pages[di].append({"file": name, "page": 1})
        else:  # textpdf
            it = f["pages"][0]["item"]
            name = namer.get(f["hint"], "pdf")
            data, n = it["maker"](when_base + dt.timedelta(minutes=fr.randint(0, 600)))
            (pdir / name).write_bytes(data)
            for k in range(1, n + 1):
                pages_truth.append({"file": name, "page": k, "type": _ptype(p, it), "capture": "text_pdf", "rotation": 0})
                for di in it["docs"]:
                    doc_pages[di].append({"file": name, "page": k})
    docs_t = truth_documents(p)
    for i, d in enumerate(docs_t):
        d["pages"] = doc_pages[i]
    truth = {"packet": p["packet"], "as_of": p["as_of"], "application": p["application"],
             "defects": list(p["defects"]) + (["blank_page"] if any(x["type"] == "unknown" for x in pages_truth) else []),
             "expected_rules": [], "verdict": "", "points": {},
             "pages": pages_truth, "documents": docs_t}
    r = derive(truth)
    truth["expected_rules"] = r["expected_rules"]
    truth["verdict"] = r["verdict"]
    truth["points"] = r["points"]
    if truth["verdict"] != p["class"]:
        raise AssertionError(f"{p['packet']}: verdict {truth['verdict']} != planned {p['class']} {r}")
    (out_root / f"{p['packet']}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1) + "\n",
                                                        encoding="utf-8")
    return truth


def _ptype(p, it):
    if it.get("other"):
        return "other"
    return p["docs"][it["docs"][0]]["type"]
