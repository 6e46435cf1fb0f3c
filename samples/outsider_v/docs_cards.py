"""Cards: 居民身份证 (both faces), 上海市居住证 card, 结婚证 inner pages."""
from __future__ import annotations

import datetime as dt
import math

from PIL import Image, ImageDraw, ImageFilter

from .draw import Page, guilloche, photo_face, stamp, BLACK
from . import fmt

LABEL_BLUE = (66, 128, 190)


def _card(w_px, rng, tint, lines):
    pg = Page(85.6, 54, dpi=w_px / 85.6 * 25.4)
    bg = guilloche(pg.img.width, pg.img.height, rng, tint=tint, lines=lines, n=rng.randint(22, 34))
    pg.img.paste(bg)
    return pg


def _round(img, r_frac=0.045):
    mask = Image.new("L", img.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, img.width - 1, img.height - 1], radius=int(img.width * r_frac),
                                           fill=255)
    out = img.convert("RGBA")
    out.putalpha(mask)
    return out


def id_front(doc, st, rng, w_px=1100):
    f = doc["fields"]
    raw = doc["raw"]
    pg = _card(w_px, rng, (238, 242, 246), (170, 190, 215))
    lab, val = st["hei"], st["hei"]
    ls, vs = 2.45, 3.15
    pg.text(5.5, 9.5, "姓  名" if rng.random() < 0.5 else "姓名", lab, ls, LABEL_BLUE, track=0.0)
    pg.text(15, 9.7, f["name"], val, vs * 1.05, BLACK, max_w=36)
    pg.text(5.5, 16.3, "性  别" if rng.random() < 0.5 else "性别", lab, ls, LABEL_BLUE)
    pg.text(15, 16.5, f["sex"], val, vs, BLACK)
    pg.text(24.5, 16.3, "民  族" if rng.random() < 0.5 else "民族", lab, ls, LABEL_BLUE)
    pg.text(34, 16.5, f["ethnicity"], val, vs, BLACK, max_w=16)
    b = dt.date.fromisoformat(f["birth_date"])
    pg.text(5.5, 23.1, "出  生" if rng.random() < 0.5 else "出生", lab, ls, LABEL_BLUE)
    pg.text(15, 23.3, str(b.year), val, vs, BLACK)
    pg.text(24.6, 23.1, "年", lab, ls, LABEL_BLUE)
    pg.text(29.2 if b.month < 10 else 28.2, 23.3, str(b.month), val, vs, BLACK)
    pg.text(32.6, 23.1, "月", lab, ls, LABEL_BLUE)
    pg.text(37.0 if b.day < 10 else 36.0, 23.3, str(b.day), val, vs, BLACK)
    pg.text(40.4, 23.1, "日", lab, ls, LABEL_BLUE)
    pg.text(5.5, 30.0, "住  址" if rng.random() < 0.5 else "住址", lab, ls, LABEL_BLUE)
    addr = raw.get("address") or f["address"]
    size = vs * 0.95
    lines = pg.wrap(addr, val, size, 37)
    while len(lines) > 3:
        size *= 0.92
        lines = pg.wrap(addr, val, size, 37)
    for i, t in enumerate(lines):
        pg.text(15, 30.2 + i * size * 1.45, t, val, size, BLACK)
    pg.text(5.5, 47.6, "公民身份号码", lab, ls, LABEL_BLUE)
    pg.text(26.5, 47.9, f["id_number"], st["ocrb"], 3.55, BLACK, max_w=49, track=0.25)
    ph = photo_face(int(pg.px(24)), int(pg.px(30)), rng, bg=(236, 240, 244))
    pg.img.paste(ph, (int(pg.px(57.5)), int(pg.px(7.5))))
    return _round(pg.img)


def _emblem(pg, x, y, d, rng):
    img = Image.new("RGBA", (int(pg.px(d)), int(pg.px(d))), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    w = img.width
    dr.ellipse([w * 0.04, w * 0.04, w * 0.96, w * 0.96], fill=(200, 40, 40, 255), outline=(230, 190, 60, 255),
               width=max(2, w // 18))
    for k, (cx, cy, r) in enumerate([(0.5, 0.36, 0.16), (0.3, 0.56, 0.06), (0.4, 0.62, 0.06), (0.6, 0.62, 0.06),
                                     (0.7, 0.56, 0.06)]):
        pts = []
        for j in range(10):
            rr = r * w if j % 2 == 0 else r * w * 0.4
            a = math.radians(-90 + j * 36)
            pts.append((cx * w + rr * math.cos(a), cy * w + rr * math.sin(a)))
        dr.polygon(pts, fill=(240, 200, 70, 255))
    dr.rectangle([w * 0.3, w * 0.74, w * 0.7, w * 0.8], fill=(240, 200, 70, 255))
    pg.img.paste(img, (int(pg.px(x)), int(pg.px(y))), img)


def id_back(doc, st, rng, w_px=1100):
    f = doc["fields"]
    pg = _card(w_px, rng, (240, 240, 236), (200, 190, 160))
    _emblem(pg, 5, 4.5, 15, rng)
    pg.text(52, 12.5, "中华人民共和国", st["hei_bold"], 4.4, BLACK, anchor="ms", track=0.9)
    pg.text(52, 24, "居民身份证", st["song_bold"], 6.4, BLACK, anchor="ms", track=1.8)
    pg.text(16, 41.3, "签发机关", st["hei"], 2.45, LABEL_BLUE)
    pg.text(30, 41.5, f["issuing_authority"], st["hei"], 3.0, BLACK, max_w=52)
    pg.text(16, 48.3, "有效期限", st["hei"], 2.45, LABEL_BLUE)
    vu = "长期" if f["valid_until"] == "long_term" else fmt.date(f["valid_until"], "dot")
    pg.text(30, 48.5, f"{fmt.date(f['valid_from'], 'dot')}-{vu}", st["hei"], 3.0, BLACK, max_w=52)
    return _round(pg.img)


def permit_card(doc, st, rng, w_px=1100):
    f = doc["fields"]
    raw = doc["raw"]
    pg = _card(w_px, rng, (232, 243, 240), (130, 190, 175))
    pg.rect(0, 0, 85.6, 9.5, outline=None, fill=(24, 98, 160))
    pg.text(42.8, 7.0, "上海市居住证", st["hei_bold"], 4.8, (255, 255, 255), anchor="ms", track=1.0)
    lab = (60, 110, 150)
    y = 15.5
    rows = [("姓名", f["name"]), ("公民身份号码", f["id_number"])]
    for l, v in rows:
        pg.text(4, y, l, st["hei"], 2.3, lab)
        pg.text(19 if l == "姓名" else 21.5, y + 0.1, v, st["hei"] if l == "姓名" else st["ocrb"], 3.0, BLACK,
                max_w=33 if l != "姓名" else 30)
        y += 6
    pg.text(4, y, "居住地址", st["hei"], 2.3, lab)
    addr = raw.get("residence_address") or f["residence_address"]
    asz = 2.7
    lines = pg.wrap(addr, st["hei"], asz, 36)
    while len(lines) > 3:
        asz *= 0.92
        lines = pg.wrap(addr, st["hei"], asz, 36)
    for i, t in enumerate(lines):
        pg.text(16, y + 0.1 + i * 3.8, t, st["hei"], asz, BLACK, max_w=37)
    y += 3.8 * len(lines) + 2.6
    pg.text(4, y, "签发机关", st["hei"], 2.3, lab)
    pg.text(16, y + 0.1, raw.get("office", ""), st["hei"], 2.7, BLACK, max_w=37)
    y += 5
    pg.text(4, y, "签发日期", st["hei"], 2.3, lab)
    pg.text(16, y + 0.1, fmt.date(f["issue_date"], "cn0"), st["hei"], 2.7, BLACK)
    y += 5
    pg.text(4, y, "有效期限", st["hei"], 2.3, lab)
    pg.text(16, y + 0.1, f"{fmt.date(f['valid_from'], 'dot')}-{fmt.date(f['valid_until'], 'dot')}", st["hei"], 2.7,
            BLACK, max_w=37)
    ph = photo_face(int(pg.px(22)), int(pg.px(28)), rng, bg=(225, 235, 240))
    pg.img.paste(ph, (int(pg.px(59)), int(pg.px(14))))
    pg.text(70, 47, "No." + "".join(str(rng.randint(0, 9)) for _ in range(9)), st["mono"], 2.2, (90, 90, 90),
            anchor="ms")
    return _round(pg.img)


def permit_card_back(doc, st, rng, w_px=1100):
    pg = _card(w_px, rng, (236, 244, 242), (150, 200, 185))
    pg.rrect(8, 18, 21, 28, 1.5, fill=(214, 180, 90), outline=(150, 120, 50), w=0.3)
    for k in range(1, 4):
        pg.line(8, 18 + k * 2.5, 21, 18 + k * 2.5, 0.2, (150, 120, 50))
    pg.line(14.5, 18, 14.5, 28, 0.2, (150, 120, 50))
    notes = ["持证须知", "一、本证是持证人在本市居住的证明。", "二、本证限持证人本人使用，不得转借。",
             "三、居住地址变更的，应当及时办理变更登记。", "四、本证遗失的，应当及时申请补领。"]
    y = 10
    for i, t in enumerate(notes):
        pg.text(30 if i else 55, y, t, st["hei"], 2.3 if i else 3.0, (60, 60, 60), anchor="ls" if i else "ms",
                max_w=52)
        y += 5.5
    pg.text(42.8, 49, "上海市公安局监制", st["hei"], 2.4, (80, 80, 80), anchor="ms")
    return _round(pg.img)


def marriage_open(doc, st, rng, dpi=220):
    """Both inner pages of a 结婚证 photographed open."""
    f = doc["fields"]
    raw = doc["raw"]
    pg = Page(190, 130, dpi=dpi, bg=(246, 232, 228))
    bg = guilloche(pg.img.width, pg.img.height, rng, tint=(248, 234, 230), lines=(220, 150, 150), n=30)
    pg.img.paste(bg)
    pg.line(95, 0, 95, 130, 0.6, (200, 170, 165))
    # left page
    pg.text(47, 22, "结 婚 证", st["song_bold"], 9, (170, 30, 35), anchor="ms")
    lab = (120, 60, 60)
    y = 42
    rows = [("持证人", f["holder_name"]), ("登记日期", fmt.date(f["registration_date"], rng.choice(["cn0", "cn"]))),
            ("结婚证字号", raw["no"]), ("备注", "")]
    for l, v in rows:
        pg.text(12, y, l, st["song"], 3.4, lab)
        if v:
            pg.text(36, y, v, st["song"], 3.8, BLACK, max_w=52)
        pg.line(34, y + 1.5, 88, y + 1.5, 0.2, (190, 150, 150))
        y += 11
    stamp(pg, 62, 100, 30, raw["office"], "婚姻登记专用章", st["song"], rng)
    # right page
    ph = Image.new("RGB", (int(pg.px(52)), int(pg.px(36))), (190, 40, 45))
    a = photo_face(int(pg.px(22)), int(pg.px(30)), rng, bg=(190, 40, 45))
    b = photo_face(int(pg.px(22)), int(pg.px(30)), rng, bg=(190, 40, 45))
    ph.paste(a, (int(pg.px(3)), int(pg.px(6))))
    ph.paste(b, (int(pg.px(26)), int(pg.px(6))))
    pg.img.paste(ph, (int(pg.px(116)), int(pg.px(8))))
    holder_birth = None
    people = [(f["holder_name"], raw.get("h_sex", ""), raw.get("h_birth"), raw.get("h_id")),
              (f["spouse_name"], raw["sp_sex"], raw["sp_birth"], f["spouse_id_number"])]
    y = 52
    for nm, sx, bd, idn in people:
        pg.text(101, y, "姓名", st["song"], 3.0, lab)
        pg.text(112, y, nm, st["song"], 3.5, BLACK, max_w=30)
        pg.text(146, y, "性别", st["song"], 3.0, lab)
        pg.text(157, y, sx or "", st["song"], 3.5, BLACK)
        y += 7
        pg.text(101, y, "国籍", st["song"], 3.0, lab)
        pg.text(112, y, "中国", st["song"], 3.5, BLACK)
        pg.text(133, y, "出生日期", st["song"], 3.0, lab)
        if bd:
            pg.text(150, y, fmt.date(bd, "cn0"), st["song"], 3.3, BLACK, max_w=36)
        y += 7
        pg.text(101, y, "身份证件号", st["song"], 3.0, lab)
        if idn:
            pg.text(121, y, idn, st["ocrb"] if rng.random() < 0.5 else st["song"], 3.4, BLACK, max_w=62)
        y += 12
    return pg.img
