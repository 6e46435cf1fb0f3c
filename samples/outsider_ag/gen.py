"""Draw one packet: facts -> truth documents -> rendered pages -> captures -> files, truth and layout JSON."""
import datetime as dt
import json
import os
import random
import re

from PIL import Image, ImageDraw, ImageFilter

from . import capture, data, doc_cards, doc_edu, doc_hukou, doc_money, doc_work, files, fonts, pdfout, raster, rules
from . import facts as factmod
from .canvas import Sheet

CARD = 20.0      # px per mm for a card photographed alone
PHOTO_A4 = 9.0   # px per mm for a page that will be photographed
BOOK = 13.0      # px per mm for booklet pages


def _w(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


# ------------------------------------------------------------------ truth ---------------------------------------

def choose_layouts(rng, entry, fx, docs):
    dfx = set(entry["defects"])
    types = [t for t, _ in docs]
    L = {}
    if "id_front_only" in dfx:
        L["id"] = "front_only"
    else:
        L["id"] = _w(rng, [("cards", 4), ("a4_copy", 4), ("a4_with_permit", 2)])
    if "permit_card_only" in dfx:
        L["permit"] = "card"
    elif L["id"] == "a4_with_permit":
        L["permit"] = "card_plus_info"
    else:
        L["permit"] = _w(rng, [("info_table", 4), ("info_grid2", 2), ("info_list", 2), ("app_screenshot", 3), ("card_plus_info", 1.5)])
    L["booklet"] = "separate" if "booklet_member_missing" in dfx else _w(rng, [("open_booklet", 4), ("separate", 4), ("a4_pair", 2)])
    L["cover"] = _w(rng, [("grid_wide", 4), ("grid_classic", 4), ("handfilled", 2)])
    L["member"] = _w(rng, [("card_classic", 4), ("card_dense", 3), ("card_hand", 2)])
    if "contract_term_page_missing" in dfx:
        L["contract"] = "shanghai_model"
    else:
        L["contract"] = _w(rng, [("shanghai_model", 4), ("company_table", 5), ("renewal", 1.2)])
    L["tax"] = _w(rng, [("national_remark", 5), ("national_agent_col", 2), ("income_detail", 2), ("income_app", 1.5),
                        ("tax_certificate", 0.8)])
    L["tax_medium"] = "text_pdf" if L["tax"] in ("income_detail",) else (
        "screen" if L["tax"] == "income_app" else "paper" if L["tax"] == "tax_certificate" else
        _w(rng, [("text_pdf", 7), ("paper", 3)]))
    L["si"] = _w(rng, [("si_monthly", 4), ("si_remark", 2), ("si_range", 2), ("si_split", 1.5)])
    L["si_medium"] = _w(rng, [("text_pdf", 6), ("paper", 4)])
    L["diploma"] = _w(rng, [("classic", 1), ("modern", 1)])
    return L


def truth_documents(entry, fx, docs, L):
    """The truth documents: type, layout, fields (as drawn and readable), rows; plus render values."""
    dfx = set(entry["defects"])
    out = []
    for typ, d in docs:
        fields = {k: v for k, v in d.items() if not k.startswith("_")}
        r = dict(d)
        rows = []
        if typ == "id_card":
            layout = L["id"]
            if layout == "front_only":
                for k in ("issuing_authority", "valid_from", "valid_until"):
                    fields.pop(k)
        elif typ == "residence_permit":
            layout = L["permit"]
            if layout == "card":
                fields.pop("hukou_address")
        elif typ == "household_register_cover":
            layout = L["cover"]
        elif typ == "household_register_member":
            layout = L["member"]
        elif typ == "collective_hukou_certificate":
            layout = "letter"
        elif typ == "labour_contract":
            layout = L["contract"]
            r["_start"], r["_end"] = d["start_date"], d.get("end_date")
            if "contract_term_page_missing" in dfx:
                for k in ("start_date", "end_date", "open_ended", "employee_id_number"):
                    fields.pop(k, None)
        elif typ == "tax_record":
            layout = L["tax"]
            rows = [{k: v for k, v in x.items() if not k.startswith("_")} for x in d["_rows"]]
        elif typ == "social_insurance_record":
            layout = L["si"]
            rows = [dict(x) for x in d["_rows"]]
        elif typ == "diploma":
            layout = "xuexin" if d.get("_xuexin") else L["diploma"]
            if layout != "xuexin" and fields.get("study_mode") == "普通全日制":
                fields.pop("study_mode")
        elif typ == "degree_certificate":
            layout = "classic" if fields["level"] == "学士" else "graduate"
        elif typ == "marriage_certificate":
            layout = "inner_pages"
        else:
            layout = "unknown"
        out.append({"type": typ, "layout": layout, "fields": fields, "rows": rows, "r": r})
    return out


def draw_truth(seed, entry):
    """Facts and truth for ENTRY; re-drawn (deterministically) until the computed rules are the planned ones."""
    last = None
    for attempt in range(60):
        rng = random.Random(f"{seed}-{entry['index']}" if attempt == 0 else f"{seed}-{entry['index']}-redraw{attempt}")
        fx, docs = factmod.build(rng, entry)
        o = entry["opts"]
        if o.get("no_booklet"):
            docs = [x for x in docs if x[0] not in ("household_register_cover", "household_register_member")]
        if "booklet_member_missing" in entry["defects"]:
            docs = [x for x in docs if x[0] != "household_register_member"]
        L = choose_layouts(rng, entry, fx, docs)
        tdocs = truth_documents(entry, fx, docs, L)
        pseudo = []
        if "blank_back_page" in entry["defects"]:
            pseudo.append({"file": "-", "page": 1, "capture": "blank_page"})
        if "dark_duplicate_photo" in entry["defects"]:
            pseudo.append({"file": "-", "page": 2, "capture": "too_dark"})
        got, verdict, points, notes = rules.evaluate(fx["application"], fx["as_of"], tdocs, pseudo)
        if got == sorted(entry["rules"], key=rules.RULE_ORDER.index) and verdict == entry["class"]:
            return rng, fx, tdocs, L, got, verdict, points
        last = (got, notes)
    raise RuntimeError(f"{entry['id']}: cannot draw planned rules {entry['rules']}; last got {last}")


# ------------------------------------------------------------------ render helpers ------------------------------

def more_facts(rng, fx, tdocs):
    """Incidental facts that only appear on paper (clerks, offices, numbers)."""
    rp = next(d for d in tdocs if d["type"] == "residence_permit")["fields"]
    m = re.match(r"上海市(.+?区)", rp["residence_address"])
    dist = m.group(1)
    fx["permit_office"] = dist.replace("新区", "").replace("区", "") + "分局"
    fx["permit_center"] = dist + rng.choice(["花木", "莘庄", "七宝", "九亭", "大场", "江桥", "真如", "五角场", "华漕", "虹桥"]) + \
        rng.choice(["街道", "镇"]) + "社区事务受理服务中心"
    iss = dt.date.fromisoformat(rp["issue_date"])
    asof = dt.date.fromisoformat(fx["as_of"])
    fx["permit_print"] = min(asof, iss + dt.timedelta(days=rng.randint(0, 40))).isoformat()
    fx["sh_addr"] = rp["residence_address"]
    fx["clerk"] = rng.choice(data.SURNAMES[:60]) + rng.choice(data.GIVEN_F + data.GIVEN_M)
    fx["booklet_printer"] = fx["region"][0] + rng.choice(["公安厅监制", "公安厅印制", "公安厅制"])
    fx["height"] = rng.randint(152, 186)
    fx["member_job"] = rng.choice(["", "", "职员", "工人", "农民", "学生"])
    fx["boss"] = rng.choice(data.SURNAMES[:60]) + rng.choice(data.GIVEN_M)
    fx["employer_street"] = rng.choice(data.SH_ROADS) + f"{rng.randint(1, 2000)}号"
    fx["phone"] = "1" + rng.choice(["38", "39", "58", "86", "77", "35"]) + "".join(str(rng.randint(0, 9)) for _ in range(8))
    fx["job"] = rng.choice(["技术员", "软件开发", "财务专员", "仓储管理", "销售代表", "行政助理", "质检员", "厨师", "护士"])
    fx["pay"] = str(rng.randint(60, 300) * 100)
    fx["tax_no"] = "3" + "".join(str(rng.randint(0, 9)) for _ in range(18))
    fx["verify"] = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(4)) + "-" + \
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    fx["codes"] = {e[0]: e[1] for e in data.EMPLOYERS}
    fx["codes"].update({a[0]: a[1] for a in data.AGENCIES})
    fx["si_print"] = (asof - dt.timedelta(days=rng.randint(0, 6))).isoformat()
    fx["dean"] = rng.choice(data.SURNAMES[:60]) + rng.choice(data.GIVEN_M)
    fx["cert_no"] = str(rng.randint(10 ** 17, 10 ** 18 - 1))
    fx["deg_no"] = str(rng.randint(10 ** 15, 10 ** 16 - 1))
    fx["xuexin_date"] = (asof - dt.timedelta(days=rng.randint(1, 30))).isoformat()
    fx["xuexin_code"] = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    fx["marriage_office"] = fx["region"][2] + "民政局婚姻登记处"
    fx["collective_holder"] = fx["region"][1] + rng.choice(["人才交流服务中心", "人力资源市场", "就业服务中心"])
    fx["fullwidth"] = bool(fx.get("fullwidth_opt"))


def watermark_layer(img, items, scale, rng):
    w, h = img.size
    s = Sheet(w / scale, h / scale)
    col = rng.choice([(200, 40, 40, 90), (40, 60, 200, 80), (90, 90, 90, 80), (220, 120, 20, 90)])
    s.watermark("仅供居住证积分使用，他用无效", fonts.pick(rng, "hei"), rng.uniform(7, 11), col, rng.choice([20, 30, 35, -25]),
                rng.uniform(120, 170), rng.uniform(45, 70))
    _, wm = raster.render(s, scale, base=img)
    return items + wm


def a4_with_cards(card_sheets, scale, rng, watermark):
    """An A4 copy holding card faces side by side or one above the other."""
    a4 = Sheet(210, 297, bg=(255, 255, 255))
    img, items = raster.render(a4, scale)
    n = len(card_sheets)
    stacked = rng.random() < 0.6 or n > 2
    for k, (sh, _) in enumerate(card_sheets):
        cimg, citems = raster.render(sh, scale)
        if stacked:
            x = (105 - 42.8 + rng.uniform(-4, 4)) if n <= 2 else (18 + (k % 2) * 95)
            y = 35 + (k if n <= 2 else k // 2) * 72 + rng.uniform(-3, 3)
        else:
            x, y = 14 + k * 95 + rng.uniform(-2, 2), 60 + rng.uniform(-5, 5)
        items = raster.paste(img, items, cimg, citems, x * scale, y * scale, angle=rng.uniform(-1.5, 1.5))
    if watermark:
        items = watermark_layer(img, items, scale, rng)
    return img, items


def open_booklet(left, right, scale, rng):
    """The open booklet: two pages side by side on the red cover, a crease in the middle."""
    W, H = 2 * 105 + 10, 143 + 10
    img = Image.new("RGB", (int(W * scale), int(H * scale)), rng.choice([(128, 28, 30), (110, 20, 26), (140, 40, 34)]))
    items = []
    for k, sh in enumerate((left, right)):
        pimg, pit = raster.render(sh, scale)
        items = raster.paste(img, items, pimg, pit, (5 + k * 105) * scale, 5 * scale)
    d = ImageDraw.Draw(img, "RGBA")
    cx = (5 + 105) * scale
    for k in range(int(6 * scale)):
        a = int(70 * (1 - k / (6 * scale)))
        d.line([(cx - k, 5 * scale), (cx - k, (H - 5) * scale)], fill=(0, 0, 0, a))
        d.line([(cx + k, 5 * scale), (cx + k, (H - 5) * scale)], fill=(0, 0, 0, a // 2))
    return img, items


def a4_pair(top, bottom, scale, rng, watermark):
    a4 = Sheet(210, 297, bg=(255, 255, 255))
    img, items = raster.render(a4, scale)
    for k, sh in enumerate((top, bottom)):
        pimg, pit = raster.render(sh, scale)
        items = raster.paste(img, items, pimg, pit, (52 + rng.uniform(-3, 3)) * scale, (4 + k * 146) * scale)
    if watermark:
        items = watermark_layer(img, items, scale, rng)
    return img, items


# ------------------------------------------------------------------ packet --------------------------------------

class Packet:
    def __init__(self, out_root, entry, seed):
        self.entry = entry
        self.pid = entry["id"]
        self.dir = os.path.join(out_root, self.pid)
        os.makedirs(self.dir, exist_ok=True)
        self.pages = []       # truth pages (one per type on a page)
        self.layout_pages = []
        self.doc_pages = {}   # doc index -> [(file, page)]
        self.used = set()
        self.fonts = set()
        self.counter = None
        self.as_of = "2026-12-01"

    HINTS = {"id_card": ["身份证", "身份证正反面", "sfz"], "residence_permit": ["居住证", "居住证信息"],
             "household_register_cover": ["户口本", "户口本首页", "户口簿"], "household_register_member": ["户口本", "户口本本人页"],
             "collective_hukou_certificate": ["集体户口证明", "户籍证明"], "labour_contract": ["劳动合同", "合同"],
             "tax_record": ["个人所得税纳税记录", "个税记录", "纳税记录"], "social_insurance_record": ["社保缴费记录", "社保明细"],
             "diploma": ["毕业证", "学历"], "degree_certificate": ["学位证"], "marriage_certificate": ["结婚证"]}

    def name(self, rng, kind, ext, hint=None):
        if self.counter is None:
            self.counter = rng.randint(1000, 9000)
        self.counter += rng.randint(1, 3)
        n = self.counter
        day = dt.date.fromisoformat(self.as_of) - dt.timedelta(days=rng.randint(0, 45))
        when = day.strftime("%Y%m%d")
        pools = {
            "photo": [f"IMG_{when}_{rng.randint(80000, 235959):06d}", f"IMG_{n}", f"mmexport{rng.randint(10 ** 12, 10 ** 13)}",
                      f"微信图片_{when}{rng.randint(100000, 235959)}", f"身份证{n}", f"合同{n}", f"户口本{n}", f"photo_{n}"],
            "scan": [f"scan{n}", f"Scan_{n:05d}", f"扫描件{n}", f"document{n}", f"新建文件{n}", f"合同{n}", f"材料{n}"],
            "pdf": [f"扫描全能王 {day.isoformat()} {rng.randint(8, 22):02d}.{rng.randint(0, 59):02d}",
                    f"个人所得税纳税记录{n}", f"社保缴费记录{n}", f"download{n}", f"材料{n}", f"IMG_{n}"],
            "screen": [f"Screenshot_{when}-{rng.randint(80000, 235959):06d}", f"微信图片_{when}{rng.randint(100000, 235959)}",
                       f"截屏{n}"],
        }
        for _ in range(50):
            base = rng.choice(pools[kind])
            if hint in self.HINTS and rng.random() < 0.45:
                base = rng.choice(self.HINTS[hint]) + rng.choice(["", str(n), f"({rng.randint(1, 3)})", "_" + str(n)])
            fn = base + "." + ext
            if fn not in self.used:
                self.used.add(fn)
                return fn
        fn = f"file{n}.{ext}"
        self.used.add(fn)
        return fn

    def record(self, fname, pageno, img_size, items, types, cap, rotation=0, exif=1, extra=None):
        w, h = img_size
        out = []
        for it in items:
            xs = [p[0] for p in it["quad"]]
            ys = [p[1] for p in it["quad"]]
            box = [max(0.0, min(xs) / w), max(0.0, min(ys) / h), min(1.0, max(xs) / w), min(1.0, max(ys) / h)]
            if box[2] <= 0 or box[3] <= 0 or box[0] >= 1 or box[1] >= 1:
                continue
            self.fonts.add(it["font"])
            out.append({"text": it["text"], "field": it["field"], "doc": it["doc"], "role": it["role"], "occ": it["occ"],
                        "part": it["part"], "rows": it["rows"], "font": it["font"],
                        "box": [round(v, 5) for v in box]})
        seen = []
        for di, typ in types:
            if typ not in seen:
                self.pages.append({"file": fname, "page": pageno, "type": typ, "capture": cap, "rotation": rotation})
                seen.append(typ)
            if di is not None:
                self.doc_pages.setdefault(di, []).append({"file": fname, "page": pageno})
        lp = {"file": fname, "page": pageno, "width": w, "height": h, "capture": cap, "rotation": rotation,
              "exif_orientation": exif, "types": [t for _, t in types], "items": out}
        if extra:
            lp.update(extra)
        self.layout_pages.append(lp)


def apply_capture(rng, cap, img, items, obj):
    if cap == "clean":
        return capture.clean(img, items, rng)
    if cap == "scan":
        return capture.scan(img, items, rng)
    if cap == "grey_scan":
        return capture.scan(img, items, rng, grey=True)
    if cap == "photocopy":
        return capture.photocopy(img, items, rng)
    if cap == "bilevel":
        return capture.bilevel(img, items, rng)
    if cap == "lowres":
        return capture.lowres(img, items, rng)
    if cap == "too_dark":
        return capture.too_dark(img, items, rng)
    if cap == "photo":
        return capture.photo(img, items, rng, obj=obj, fill=0.55 if obj == "card" else 0.78)
    if cap == "chat":
        return capture.chat(img, items, rng)
    if cap == "blank_page":
        return capture.scan(img, items, rng, grey=rng.random() < .5)[0], items, {"capture": "blank_page"}
    raise ValueError(cap)


def _hint(types):
    return types[0][1] if types else None


def emit_single(pk, rng, img, items, types, cap, obj, fmt_hint=None):
    """One captured page in a file of its own."""
    out, its, meta = apply_capture(rng, cap, img, items, obj)
    cap_name = "screenshot" if obj == "screen" else meta["capture"]
    rotation, exif = 0, 1
    if cap in ("photo", "chat", "too_dark"):
        ext = fmt_hint or "jpg"
        if ext == "heic":
            fname = pk.name(rng, "photo", "heic", _hint(types))
            f = files.save_heic(out, os.path.join(pk.dir, fname), rng)
            size = (int(out.width * f), int(out.height * f)) if f < 1 else out.size
            its = raster.scale_items(its, size[0] / out.width, size[1] / out.height)
            pk.record(fname, 1, size, its, types, cap_name)
            return
        r = rng.random()
        if r < 0.08 and cap != "too_dark":
            rotation = rng.choice([90, 180, 270])
            out, its = capture.turn(out, its, rotation)
        elif r < 0.33:
            exif = rng.choice([6, 6, 8, 3])
        fname = pk.name(rng, "photo", "jpg", _hint(types))
        stored = capture.exif_store(out, exif)
        q = meta.get("jpeg_quality", rng.randint(80, 93))
        files.save_jpeg(stored, os.path.join(pk.dir, fname), q,
                        exif=files.exif_for(rng, exif, dt.datetime.fromisoformat(pk.as_of) - dt.timedelta(minutes=rng.randint(60, 60000))))
        pk.record(fname, 1, out.size, its, types, cap_name, rotation, exif)
        return
    ext = fmt_hint or ("png" if cap == "clean" and rng.random() < .5 else "jpg")
    kind = "screen" if obj == "screen" else "scan"
    fname = pk.name(rng, kind, ext, _hint(types))
    if ext == "png":
        files.save_png(out, os.path.join(pk.dir, fname))
    else:
        files.save_jpeg(out, os.path.join(pk.dir, fname), rng.randint(55, 70) if cap == "lowres" else rng.randint(80, 92))
    pk.record(fname, 1, out.size, its, types, cap_name)


def emit_multi(pk, rng, pages, container, dpi):
    """Several pages in one scanner-app PDF (container 'pdf') or B/W multi-page TIFF ('tif')."""
    outs = []
    for img, items, types, cap, obj in pages:
        out, its, meta = apply_capture(rng, cap, img, items, obj)
        outs.append((out, its, types, meta["capture"]))
    fname = pk.name(rng, "pdf" if container == "pdf" else "scan", container,
                    _hint(pages[0][2]) if len({p[2][0][1] for p in pages}) == 1 else None)
    path = os.path.join(pk.dir, fname)
    imgs = [o[0] for o in outs]
    if container == "tif":
        files.save_tiff(imgs, path, dpi)
    else:
        files.save_image_pdf(imgs, path, dpi, when=dt.datetime.fromisoformat(pk.as_of) - dt.timedelta(minutes=rng.randint(60, 30000)))
    for k, (out, its, types, cname) in enumerate(outs):
        pk.record(fname, k + 1, out.size, its, types, cname)


def emit_text_pdf(pk, rng, sheets, types_per_page, name_kind="pdf"):
    fname = pk.name(rng, name_kind, "pdf", _hint(types_per_page[0]))
    res = pdfout.write(sheets, os.path.join(pk.dir, fname), rng, shuffle=rng.random() < 0.5,
                       producer=rng.choice(["Skia/PDF m118", "iText 5.5.13", "Microsoft Print To PDF", "PDFium"]),
                       when=dt.datetime.fromisoformat(pk.as_of).replace(tzinfo=dt.timezone.utc) - dt.timedelta(minutes=rng.randint(60, 30000)))
    for k, ((w, h, items), types) in enumerate(zip(res, types_per_page)):
        pk.record(fname, k + 1, (w, h), items, types, "text_pdf")


def _scan_cap(rng):
    return _w(rng, [("scan", 5), ("grey_scan", 2), ("photocopy", 3), ("lowres", 2)])


def _photo_cap(rng):
    return _w(rng, [("photo", 6), ("chat", 3)])


def build_pages(pk, rng, fx, tdocs, L, entry):
    dfx = set(entry["defects"])
    idx = {}
    for k, d in enumerate(tdocs):
        idx.setdefault(d["type"], []).append(k)

    def one(t):
        return idx[t][0] if t in idx else None

    # queue of raster pages that may be merged into a scanner-app PDF: (img, items, types, cap, obj)
    scan_queue = []
    dpi = rng.choice([150, 200, 200, 300])
    sscale = dpi / 25.4

    def paper_page(sheet, types, prefer=None, watermark=False):
        """An A4-like paper page: scanned (maybe into the shared PDF), photocopied or photographed."""
        route = prefer or _w(rng, [("scan", 5), ("photo", 4), ("queue", 3)])
        if route in ("scan", "queue"):
            img, items = raster.render(sheet, sscale)
            if watermark:
                items = watermark_layer(img, items, sscale, rng)
            cap = _scan_cap(rng)
            if route == "queue" and cap != "lowres":
                scan_queue.append((img, items, types, cap, "paper"))
            else:
                emit_single(pk, rng, img, items, types, cap, "paper")
        else:
            img, items = raster.render(sheet, PHOTO_A4)
            if watermark:
                items = watermark_layer(img, items, PHOTO_A4, rng)
            emit_single(pk, rng, img, items, types, _photo_cap(rng), "paper",
                        fmt_hint="heic" if rng.random() < .12 else None)

    def card_photo(sheet, types):
        img, items = raster.render(sheet, CARD)
        cap = _w(rng, [("photo", 5), ("chat", 3), ("scan", 1.5)])
        if cap == "scan":
            emit_single(pk, rng, img, items, types, "scan", "card")
        else:
            emit_single(pk, rng, img, items, types, cap, "card", fmt_hint="heic" if rng.random() < .2 else None)

    # --- ID card and residence permit ---
    di, pi = one("id_card"), one("residence_permit")
    idf, pf = tdocs[di]["r"], tdocs[pi]["r"]
    front, back = doc_cards.id_front(idf, di, rng), doc_cards.id_back(idf, di, rng)
    if L["permit"] in ("card", "card_plus_info"):
        pfront, pback = doc_cards.permit_card_front(pf, pi, rng, fx), doc_cards.permit_card_back(pf, pi, rng)
    if L["id"] == "front_only":
        card_photo(front, [(di, "id_card")])
    elif L["id"] == "cards":
        card_photo(front, [(di, "id_card")])
        card_photo(back, [(di, "id_card")])
    elif L["id"] == "a4_copy":
        sc = PHOTO_A4 if rng.random() < .3 else sscale
        img, items = a4_with_cards([(front, di), (back, di)], sc, rng, rng.random() < .45)
        if sc == PHOTO_A4:
            emit_single(pk, rng, img, items, [(di, "id_card")], _photo_cap(rng), "paper")
        else:
            emit_single(pk, rng, img, items, [(di, "id_card")], _w(rng, [("photocopy", 4), ("scan", 3), ("grey_scan", 1), ("lowres", 1)]), "paper")
    else:  # a4_with_permit
        img, items = a4_with_cards([(front, di), (back, di), (pfront, pi), (pback, pi)], sscale, rng, rng.random() < .5)
        emit_single(pk, rng, img, items, [(di, "id_card"), (pi, "residence_permit")],
                    _w(rng, [("photocopy", 4), ("scan", 3), ("grey_scan", 1)]), "paper")
    if L["permit"] == "card":
        card_photo(pfront, [(pi, "residence_permit")])
        card_photo(pback, [(pi, "residence_permit")])
    elif L["permit"] == "card_plus_info":
        if L["id"] != "a4_with_permit":
            card_photo(pfront, [(pi, "residence_permit")])
        variant = rng.choice(["grid4", "grid2", "list"])
        paper_page(doc_cards.permit_info(pf, pi, rng, fx, variant), [(pi, "residence_permit")])
    elif L["permit"] == "app_screenshot":
        sh = doc_cards.permit_app(pf, pi, rng, fx)
        img, items = raster.render(sh, 1.0)
        emit_single(pk, rng, img, items, [(pi, "residence_permit")], "clean", "screen",
                    fmt_hint="png" if rng.random() < .7 else "jpg")
    else:
        variant = {"info_table": "grid4", "info_grid2": "grid2", "info_list": "list"}[L["permit"]]
        paper_page(doc_cards.permit_info(pf, pi, rng, fx, variant), [(pi, "residence_permit")])

    # --- household register ---
    ci, mi, coli = one("household_register_cover"), one("household_register_member"), one("collective_hukou_certificate")
    if coli is not None:
        paper_page(doc_hukou.collective(tdocs[coli]["r"], coli, rng, fx), [(coli, "collective_hukou_certificate")])
    if ci is not None:
        csheet = doc_hukou.cover(tdocs[ci]["r"], ci, rng, fx, L["cover"])
        msheet = doc_hukou.member(tdocs[mi]["r"], mi, rng, fx, L["member"]) if mi is not None else None
        if "dark_duplicate_photo" in dfx:
            img, items = raster.render(csheet, BOOK)
            items = [dict(it, field=None, doc=None, role="illegible") for it in items]
            emit_single(pk, rng, img, items, [(None, "unknown")], "too_dark", "booklet")
        if msheet is None or L["booklet"] == "separate":
            for sh, k, t in ((csheet, ci, "household_register_cover"), (msheet, mi, "household_register_member")):
                if sh is None:
                    continue
                img, items = raster.render(sh, BOOK)
                cap = _w(rng, [("photo", 5), ("chat", 2), ("scan", 2), ("photocopy", 1)])
                emit_single(pk, rng, img, items, [(k, t)], cap, "booklet", fmt_hint="heic" if cap == "photo" and rng.random() < .15 else None)
        elif L["booklet"] == "open_booklet":
            img, items = open_booklet(csheet, msheet, BOOK, rng)
            emit_single(pk, rng, img, items, [(ci, "household_register_cover"), (mi, "household_register_member")],
                        _w(rng, [("photo", 4), ("chat", 2)]), "booklet")
        else:
            img, items = a4_pair(csheet, msheet, sscale, rng, rng.random() < .4)
            cap = _w(rng, [("photocopy", 4), ("scan", 3), ("grey_scan", 1)])
            types = [(ci, "household_register_cover"), (mi, "household_register_member")]
            if rng.random() < .5:
                scan_queue.append((img, items, types, cap, "paper"))
            else:
                emit_single(pk, rng, img, items, types, cap, "paper")

    # --- labour contract ---
    li = one("labour_contract")
    lf = tdocs[li]["r"]
    maker = {"shanghai_model": doc_work.shanghai_model, "company_table": doc_work.company_table,
             "renewal": doc_work.renewal}[L["contract"]]
    csheets = maker(lf, li, rng, fx)
    if "contract_term_page_missing" in dfx:
        csheets = [csheets[0]] + csheets[2:]
    route = _w(rng, [("photos", 4), ("pdf", 4), ("tif", 2)])
    if "blank_back_page" in dfx:
        route = "pdf"
    if route == "photos":
        for sh in csheets:
            img, items = raster.render(sh, PHOTO_A4)
            emit_single(pk, rng, img, items, [(li, "labour_contract")], _photo_cap(rng), "paper")
    elif route == "tif":
        tdpi = rng.choice([200, 300])
        pages = []
        for sh in csheets:
            img, items = raster.render(sh, tdpi / 25.4)
            pages.append((img, items, [(li, "labour_contract")], "bilevel", "paper"))
        emit_multi(pk, rng, pages, "tif", tdpi)
    else:
        for sh in csheets:
            img, items = raster.render(sh, sscale)
            scan_queue.append((img, items, [(li, "labour_contract")], _w(rng, [("scan", 5), ("grey_scan", 2), ("photocopy", 2)]), "paper"))
        if "blank_back_page" in dfx:
            img, items = raster.render(doc_edu.blank(rng), sscale)
            scan_queue.insert(len(scan_queue) - len(csheets) + 1, (img, items, [(None, "unknown")], "blank_page", "paper"))
    if "blank_back_page" in dfx and route != "pdf":
        img, items = raster.render(doc_edu.blank(rng), sscale)
        scan_queue.append((img, items, [(None, "unknown")], "blank_page", "paper"))

    # flush the scanner-app PDF (ID copies, booklet copies, contract pages...) before the downloaded records
    if scan_queue:
        if len(scan_queue) == 1 and scan_queue[0][3] != "blank_page":
            img, items, types, cap, obj = scan_queue[0]
            emit_single(pk, rng, img, items, types, cap, obj)
        else:
            emit_multi(pk, rng, scan_queue, "pdf", dpi)
        scan_queue = []

    # --- tax record ---
    ti = one("tax_record")
    tf, trows = tdocs[ti]["r"], tdocs[ti]["r"]["_rows"]  # render rows keep 所得项目 (bonus, 劳务报酬)
    assert [{k: v for k, v in r.items() if not k.startswith("_")} for r in trows] == tdocs[ti]["rows"]
    months = sorted(r["period"] for r in trows)
    fx["tax_from"], fx["tax_to"] = (months[0], months[-1]) if months else ("2026-01", "2026-01")
    if L["tax"] in ("national_remark", "national_agent_col"):
        sheets = doc_money.tax_national(tf, trows, ti, rng, fx, "remark" if L["tax"] == "national_remark" else "agent_col")
    elif L["tax"] == "income_detail":
        sheets = doc_money.income_detail(tf, trows, ti, rng, fx)
    elif L["tax"] == "income_app":
        sheets = doc_money.income_app(tf, trows, ti, rng, fx)
    else:
        sheets = doc_money.tax_certificate(tf, trows, ti, rng, fx)
    if L["tax_medium"] == "text_pdf":
        emit_text_pdf(pk, rng, sheets, [[(ti, "tax_record")]] * len(sheets))
    elif L["tax_medium"] == "screen":
        for sh in sheets:
            img, items = raster.render(sh, 1.0)
            emit_single(pk, rng, img, items, [(ti, "tax_record")], "clean", "screen", fmt_hint=rng.choice(["png", "jpg"]))
    else:
        for sh in sheets:
            paper_page(sh, [(ti, "tax_record")], prefer=rng.choice(["scan", "photo"]))

    # --- social insurance ---
    si = one("social_insurance_record")
    if si is not None:
        sheets = doc_money.si_record(tdocs[si]["r"], tdocs[si]["rows"], si, rng, fx,
                                     {"si_monthly": "monthly", "si_remark": "remark", "si_range": "range", "si_split": "split"}[L["si"]])
        if L["si_medium"] == "text_pdf":
            emit_text_pdf(pk, rng, sheets, [[(si, "social_insurance_record")]] * len(sheets))
        else:
            for sh in sheets:
                paper_page(sh, [(si, "social_insurance_record")], prefer=rng.choice(["scan", "photo"]))

    # --- education, marriage ---
    for k, d in enumerate(tdocs):
        if d["type"] == "diploma":
            if d["layout"] == "xuexin":
                emit_text_pdf(pk, rng, [doc_edu.xuexin(d["r"], k, rng, fx)], [[(k, "diploma")]])
            else:
                sh = doc_edu.diploma(d["r"], k, rng, fx, d["layout"])
                img, items = raster.render(sh, 8.0)
                emit_single(pk, rng, img, items, [(k, "diploma")], _w(rng, [("photo", 4), ("scan", 3), ("chat", 2), ("photocopy", 1)]),
                            "paper", fmt_hint="heic" if rng.random() < .15 else None)
        elif d["type"] == "degree_certificate":
            sh = doc_edu.degree(d["r"], k, rng, fx)
            img, items = raster.render(sh, 8.0)
            emit_single(pk, rng, img, items, [(k, "degree_certificate")], _w(rng, [("photo", 4), ("scan", 3), ("chat", 2)]), "paper")
        elif d["type"] == "marriage_certificate":
            sh = doc_edu.marriage(d["r"], k, rng, fx)
            img, items = raster.render(sh, 12.0)
            emit_single(pk, rng, img, items, [(k, "marriage_certificate")], _photo_cap(rng), "booklet")

    if entry["opts"].get("receipt"):
        img, items = raster.render(doc_edu.receipt(rng, fx), 14.0)
        emit_single(pk, rng, img, items, [(None, "unknown")], "photo", "paper")


def generate(out_root, entry, seed):
    rng, fx, tdocs, L, got, verdict, points = draw_truth(seed, entry)
    fx["fullwidth_opt"] = entry["opts"].get("fullwidth", False)
    more_facts(rng, fx, tdocs)
    pk = Packet(out_root, entry, seed)
    pk.as_of = fx["as_of"]
    build_pages(pk, rng, fx, tdocs, L, entry)
    got2, verdict2, points2, notes = rules.evaluate(fx["application"], fx["as_of"], tdocs, pk.pages)
    assert (got2, verdict2, points2) == (got, verdict, points), (entry["id"], got2, got, notes)
    documents = []
    for k, d in enumerate(tdocs):
        documents.append({"type": d["type"], "layout": d["layout"], "pages": pk.doc_pages.get(k, []),
                          "fields": d["fields"], "rows": d["rows"]})
    truth = {"packet": pk.pid, "as_of": fx["as_of"], "application": fx["application"], "defects": list(entry["defects"]),
             "expected_rules": got, "verdict": verdict, "points": points, "pages": pk.pages, "documents": documents}
    with open(os.path.join(out_root, pk.pid + ".truth.json"), "w", encoding="utf-8") as fh:
        json.dump(truth, fh, ensure_ascii=False, indent=1)
    layout = {"packet": pk.pid, "seed": seed, "index": entry["index"], "class": entry["class"],
              "plan_defects": entry["defects"], "layouts": L,
              "fonts": sorted(pk.fonts - {"-"}),
              "font_packages": fonts.packages(sorted(n for n in pk.fonts if n in fonts.CATALOGUE)),
              "region": fx["region"], "hukou_style": fx["style"],
              "pages": pk.layout_pages}
    os.makedirs(os.path.join(out_root, "_layout"), exist_ok=True)
    with open(os.path.join(out_root, "_layout", pk.pid + ".json"), "w", encoding="utf-8") as fh:
        json.dump(layout, fh, ensure_ascii=False, indent=1)
    return {"packet": pk.pid, "verdict": verdict, "pages": len(pk.layout_pages), "files": len(pk.used)}
