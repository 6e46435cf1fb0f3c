"""Cards and booklet pages: 居民身份证, 上海市居住证 card, 户口簿 首页/本人页,
集体户口 户籍证明. Each returns Sheet objects (value boxes recorded)."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from . import gfx
from .gfx import Sheet, font, guilloche, hand_style, portrait
from .util import d, cn_date

CARD_W, CARD_H = 85.6, 54.0


def _dotdate(s):
    x = d(s)
    return f"{x.year}.{x.month:02d}.{x.day:02d}"


def _wrap(s, n):
    return [s[i:i + n] for i in range(0, len(s), n)]


# ---------------------------------------------------------------- ID card

def id_front(f, R, ppm=20):
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    bg = guilloche(int(CARD_W * ppm), int(CARD_H * ppm), nr, (120, 170, 210), (220, 170, 150),
                   bg=(246, 246, 240))
    s = Sheet(CARD_W, CARD_H, ppm, bg=bg, kind="card")
    lab = R.choice(["hei", "sans", "mhei"])
    val = R.choice(["hei", "sans", "mhei", "song"])
    lc = R.choice([(60, 130, 190), (80, 150, 200), (50, 120, 175)])
    vc = (15, 15, 20)
    dx = R.uniform(-0.8, 0.8)
    dy = R.uniform(-0.6, 0.6)
    x0, xv = 6.5 + dx, 17.0 + dx
    s.text(x0, 10 + dy, "姓 名", lab, 3.2, lc, "ls")
    s.text(xv, 10 + dy, f["name"], val, 4.4, vc, "ls", value=True, track=0.6)
    s.text(x0, 17.5 + dy, "性 别", lab, 3.2, lc, "ls")
    s.text(xv, 17.5 + dy, f["sex"], val, 3.8, vc, "ls", value=True)
    s.text(xv + 11.5, 17.5 + dy, "民 族", lab, 3.2, lc, "ls")
    s.text(xv + 22, 17.5 + dy, f["ethnicity"], val, 3.8, vc, "ls", value=True)
    b = d(f["birth_date"])
    s.text(x0, 25 + dy, "出 生", lab, 3.2, lc, "ls")
    s.text(xv, 25 + dy, str(b.year), val, 3.8, vc, "ls", value=True)
    s.text(xv + 9.5, 25 + dy, "年", lab, 3.2, lc, "ls")
    s.text(xv + 15.5, 25 + dy, str(b.month), val, 3.8, vc, "ms", value=True)
    s.text(xv + 18.5, 25 + dy, "月", lab, 3.2, lc, "ls")
    s.text(xv + 24.5, 25 + dy, str(b.day), val, 3.8, vc, "ms", value=True)
    s.text(xv + 27.5, 25 + dy, "日", lab, 3.2, lc, "ls")
    s.text(x0, 32.5 + dy, "住 址", lab, 3.2, lc, "ls")
    n = R.choice([11, 11, 12])
    for i, ln in enumerate(_wrap(f["address"], n)[:3]):
        s.text(xv, 32.5 + dy + i * 4.8, ln, val, 3.35, vc, "ls", value=True, max_w=39)
    s.text(x0, 48.5 + dy, "公民身份号码", lab, 3.2, lc, "ls")
    s.text(x0 + 24.5, 48.6 + dy, f["id_number"], "ocrb", 4.1, vc, "ls", value=True, max_w=CARD_W - x0 - 27.5)
    ph = portrait(int(24 * ppm), int(30 * ppm), nr, bg=(242, 242, 238), sex=f["sex"])
    m = Image.new("L", ph.size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, ph.width, ph.height], int(2 * ppm), fill=230)
    s.paste(ph, 58 + dx / 2, 8.5, mask=m)
    s.meta.update(corner_r=3.2, face="front", laminate=True)
    return s


def id_back(f, R, ppm=20):
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    bg = guilloche(int(CARD_W * ppm), int(CARD_H * ppm), nr, (150, 190, 220), (230, 200, 140),
                   bg=(246, 245, 238), density=1.3)
    s = Sheet(CARD_W, CARD_H, ppm, bg=bg, kind="card")
    em = gfx.emblem(int(17 * ppm))
    s.img.paste(em, (s.px(6), s.px(5)), em)
    s.refresh()
    tf = R.choice(["serifb", "sansb", "hei"])
    s.text(31, 11, "中华人民共和国", tf, 4.8, (20, 20, 20), "ls", track=1.0)
    s.text(29, 24, "居民身份证", tf, 7.6, (20, 20, 20), "ls", track=2.2)
    lab = R.choice(["hei", "sans"])
    val = R.choice(["hei", "sans", "mhei"])
    lc = (60, 130, 190)
    s.text(16, 40.5, "签发机关", lab, 3.2, lc, "ls")
    s.text(31, 40.5, f["issuing_authority"], val, 3.6, (15, 15, 20), "ls", value=True)
    s.text(16, 47.5, "有效期限", lab, 3.2, lc, "ls")
    vu = "长期" if f["valid_until"] == "long_term" else _dotdate(f["valid_until"])
    s.text(31, 47.5, f"{_dotdate(f['valid_from'])}-{vu}", val, 3.6, (15, 15, 20), "ls", value=True)
    s.meta.update(corner_r=3.2, face="back", laminate=True)
    return s


# ---------------------------------------------------------------- 居住证 card

def permit_card_front(f, R, ppm=20, sex="男"):
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    W, H = int(CARD_W * ppm), int(CARD_H * ppm)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    c1 = np.array(R.choice([(205, 228, 242), (214, 236, 230), (222, 232, 246)]), np.float32)
    c2 = np.array([250, 250, 248], np.float32)
    t = (xx / W * 0.7 + yy / H * 0.3)[..., None]
    a = c1 * (1 - t) + c2 * t
    # skyline silhouette
    sky = np.zeros((H, W), np.float32)
    base = int(H * 0.98)
    x = int(W * 0.35)
    while x < W:
        bw = int(nr.integers(W // 60, W // 22))
        bh = int(nr.integers(H // 12, H // 3))
        sky[base - bh:base, x:x + bw] = 1
        x += bw + int(nr.integers(1, W // 80))
    tx = int(W * 0.78)
    sky[int(H * 0.45):base, tx - 4:tx + 4] = 1
    cv = (sky * 255).astype(np.uint8)
    import cv2
    cv2.circle(cv, (tx, int(H * 0.6)), int(H * 0.045), 255, -1)
    cv2.circle(cv, (tx, int(H * 0.78)), int(H * 0.06), 255, -1)
    sky = cv.astype(np.float32) / 255
    a = a * (1 - 0.12 * sky[..., None])
    s = Sheet(CARD_W, CARD_H, ppm, bg=Image.fromarray(a.astype(np.uint8)), kind="card")
    tf = R.choice(["sansb", "serifb", "hei"])
    s.text(5, 8.5, "上海市居住证", tf, 5.2, (20, 70, 150), "ls", track=0.8)
    s.text(5.2, 12.2, "SHANGHAI RESIDENCE PERMIT", "dejavu", 1.9, (60, 100, 160), "ls")
    lab = R.choice(["hei", "sans"])
    val = R.choice(["hei", "sans", "song"])
    lc, vc = (70, 100, 140), (15, 15, 20)
    y = 19.5
    s.text(5, y, "姓名", lab, 2.9, lc, "ls")
    s.text(17, y, f["name"], val, 3.9, vc, "ls", value=True, track=0.4)
    y += 6.2
    s.text(5, y, "公民身份号码", lab, 2.9, lc, "ls")
    s.text(23.5, y, f["id_number"], "ocrb", 3.3, vc, "ls", value=True, max_w=37)
    y += 6.2
    s.text(5, y, "居住地址", lab, 2.9, lc, "ls")
    for i, ln in enumerate(_wrap(f["residence_address"], 13)[:2]):
        s.text(18, y + i * 4.6, ln, val, 3.1, vc, "ls", value=True, max_w=42)
    y += 11
    s.text(5, y, "签发机关", lab, 2.9, lc, "ls")
    s.text(18, y, "上海市公安局", val, 3.1, vc, "ls")
    y += 5.4
    s.text(5, y, "有效期限", lab, 2.9, lc, "ls")
    s.text(18, y, f"{_dotdate(f['valid_from'])}-{_dotdate(f['valid_until'])}", val, 3.1, vc, "ls", value=True, max_w=42)
    ph = portrait(int(20 * ppm), int(26 * ppm), nr, bg=(235, 240, 245), sex=sex)
    s.paste(ph, 62.5, 14)
    s.meta.update(corner_r=3.2, face="front", laminate=True)
    return s


def permit_card_back(f, R, ppm=20):
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    bg = guilloche(int(CARD_W * ppm), int(CARD_H * ppm), nr, (170, 200, 225), (210, 225, 200),
                   bg=(246, 248, 248), density=0.8)
    s = Sheet(CARD_W, CARD_H, ppm, bg=bg, kind="card")
    s.rrect(8, 14, 20, 24, 1.5, fill=(212, 180, 90), outline=(160, 130, 60), w=0.3)
    for k in range(3):
        s.line(8, 17 + k * 2.5, 20, 17 + k * 2.5, 0.2, (150, 120, 55))
    s.line(14, 14, 14, 24, 0.2, (150, 120, 55))
    f2 = R.choice(["hei", "sans"])
    s.text(26, 9, "签注记录", f2, 3.2, (40, 60, 90), "ls")
    s.rect(26, 11, 81, 40, 0.2, (120, 140, 160))
    for k in range(1, 5):
        s.line(26, 11 + k * 5.8, 81, 11 + k * 5.8, 0.15, (150, 165, 180))
    s.text(28, 15.6, f"签注日期 {_dotdate(f['issue_date'])}", f2, 2.7, (20, 20, 25), "ls", value=True)
    s.text(28, 21.4, f"有效期至 {_dotdate(f['valid_until'])}", f2, 2.7, (20, 20, 25), "ls", value=True)
    s.text(6, 46, "持证人应当按照规定办理签注手续。本证仅限持证人本人使用。", f2, 2.2, (70, 80, 90), "ls")
    s.text(6, 50, "遗失补领请至各区居住证受理点。", f2, 2.2, (70, 80, 90), "ls")
    s.meta.update(corner_r=3.2, face="back", laminate=True)
    return s


# ---------------------------------------------------------------- 户口簿

BOOK_W, BOOK_H = 105.0, 143.0


def _book_bg(R, ppm, old):
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    W, H = int(BOOK_W * ppm), int(BOOK_H * ppm)
    base = R.choice([(238, 244, 246), (242, 245, 236), (246, 242, 236), (236, 242, 248)])
    a = gfx.paper(W, H, nr, base=base, mottle=3, grain=2)
    # faint wavy background lines
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    p = np.sin(2 * np.pi * (yy / H * 60 + 0.5 * np.sin(2 * np.pi * xx / W * 3)))
    lines = np.clip(1 - np.abs(p) * 5, 0, 1)
    a = a * (1 - 0.05 * lines[..., None])
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _hand_or_type(s, hand, x, y, v, size, st, fnt, value=True, anchor="ls"):
    if hand:
        return s.hand(x, y, v, size, st, value=value, anchor=anchor)
    return s.text(x, y, v, fnt, size, (15, 15, 20), anchor, value=value)


def _police_seal_text(police):
    return police + "户口专用章" if not police.endswith("章") else police


def hukou_cover(f, R, ppm=14, hand=False, old=False, layout=None, police="", correction=None):
    s = Sheet(BOOK_W, BOOK_H, ppm, bg=_book_bg(R, ppm, old), kind="booklet")
    layout = layout or R.choice(["grid_wide", "stack"])
    lc = (40, 50, 60)
    tf = R.choice(["serif", "song", "sans"])
    vf = R.choice(["song", "serif", "sans", "hei"])
    st = hand_style(R, old=old) if hand else None
    s.text(BOOK_W / 2, 13, "常 住 人 口 登 记 簿" if layout == "stack" else "户 口 簿", tf, 5.5 if layout != "stack" else 4.6,
           lc, "ms")
    L, Rr = 8, BOOK_W - 8
    vs = 4.2 if hand else 3.9
    if layout == "grid_wide":
        top = 20
        rows = [top, top + 14, top + 28, top + 50, 128]
        for y in rows:
            s.line(L, y, Rr, y, 0.3, lc)
        s.line(L, top, L, 128, 0.3, lc)
        s.line(Rr, top, Rr, 128, 0.3, lc)
        mid = (L + Rr) / 2
        for y0, y1 in [(rows[0], rows[1]), (rows[1], rows[2])]:
            s.line(L + 14, y0, L + 14, y1, 0.25, lc)
            s.line(mid, y0, mid, y1, 0.25, lc)
            s.line(mid + 16, y0, mid + 16, y1, 0.25, lc)
        s.line(L + 14, rows[2], L + 14, rows[3], 0.25, lc)
        s.text(L + 7, rows[0] + 8.5, "户别", tf, 3.2, lc, "ms")
        s.text(mid + 8, rows[0] + 6.5, "户主", tf, 3.0, lc, "ms")
        s.text(mid + 8, rows[0] + 10.5, "姓名", tf, 3.0, lc, "ms")
        s.text(L + 7, rows[1] + 8.5, "户号", tf, 3.2, lc, "ms")
        s.text(mid + 8, rows[1] + 8.5, "签发", tf, 3.0, lc, "ms")
        s.text(L + 7, rows[2] + 12, "住址", tf, 3.2, lc, "ms")
        _hand_or_type(s, hand, L + 16 + R.uniform(0, 2), rows[0] + 9 + R.uniform(-1, 1), f["household_type"], vs, st, vf)
        _hand_or_type(s, hand, mid + 18 + R.uniform(0, 2), rows[0] + 9 + R.uniform(-1, 1), f["head_name"], vs, st, vf)
        _hand_or_type(s, hand, L + 16 + R.uniform(0, 2), rows[1] + 9 + R.uniform(-1, 1), f["household_number"], vs * 0.95, st, vf)
        idt = d(f["issue_date"])
        _hand_or_type(s, hand, mid + 17.5, rows[1] + 9 + R.uniform(-1, 1), f"{idt.year}.{idt.month}.{idt.day}"
                      if hand else f"{idt.year}年{idt.month}月{idt.day}日", vs * 0.8, st, vf)
        addr = f["address"]
        n = 15 if not hand else 13
        for i, ln in enumerate(_wrap(addr, n)):
            _hand_or_type(s, hand, L + 17 + R.uniform(-0.5, 1.5), rows[2] + 8 + i * 7 + R.uniform(-0.8, 0.8), ln, vs, st, vf)
        s.text(L + 3, rows[3] + 6, "户口登记机关和登记事项变动情况", tf, 3.0, lc, "ls")
        s.text(L + 3, 120, "承办人签章：", tf, 3.0, lc, "ls")
        s.rect(L + 24, 114, L + 34, 122, 0.35, (190, 40, 40))
        s.text(L + 29, 119.5, "章", "kai", 3.2, (190, 40, 40), "ms")
        if correction:
            _cover_correction(s, correction, st, L + 45, rows[3] + 14, vs)
        sx, sy = s.best_spot(L + 20, rows[2] + 10, Rr - 18, 112, 17, R)
    else:  # stack: one label per row, values in long cells
        top = 20
        labels = [("户  别", f["household_type"]), ("户主姓名", f["head_name"]), ("户  号", f["household_number"])]
        y = top
        s.rect(L, top, Rr, 124, 0.3, lc)
        for labtxt, v in labels:
            s.line(L, y + 11, Rr, y + 11, 0.25, lc)
            s.line(L + 22, y, L + 22, y + 11, 0.25, lc)
            s.text(L + 11, y + 7.2, labtxt, tf, 3.2, lc, "ms")
            _hand_or_type(s, hand, L + 26 + R.uniform(0, 3), y + 7.5 + R.uniform(-0.8, 0.8), v, vs, st, vf)
            y += 11
        s.line(L + 22, y, L + 22, y + 24, 0.25, lc)
        s.text(L + 11, y + 13, "住  址", tf, 3.2, lc, "ms")
        for i, ln in enumerate(_wrap(f["address"], 14 if not hand else 12)):
            _hand_or_type(s, hand, L + 25 + R.uniform(0, 2), y + 8 + i * 7 + R.uniform(-0.8, 0.8), ln, vs, st, vf)
        y += 24
        s.line(L, y, Rr, y, 0.25, lc)
        s.text(L + 3, y + 7, "户口登记机关和登记事项变动情况", tf, 3.0, lc, "ls")
        idt = d(f["issue_date"])
        s.text(L + 40, 118, "签发日期", tf, 3.0, lc, "ls")
        _hand_or_type(s, hand, L + 56, 118, f"{idt.year}年{idt.month}月{idt.day}日", vs * 0.85, st, vf)
        s.text(L + 3, 118, "承办人签章", tf, 3.0, lc, "ls")
        if correction:
            _cover_correction(s, correction, st, L + 40, y + 15, vs)
        sx, sy = s.best_spot(L + 18, y - 14, Rr - 18, 108, 17, R)
    s.seal(sx, sy, R.uniform(16, 19), police or "公安局派出所", "★", "户口专用章", rnd=R,
           color=R.choice(gfx.SEAL_RED), alpha=R.uniform(0.6, 0.82), rot=R.uniform(-20, 20))
    if old:
        s.img = gfx.age_paper(s.img, np.random.default_rng(R.randint(0, 2 ** 31)), strength=R.uniform(0.7, 1.3),
                              fade_ink=R.uniform(0.05, 0.2))
        s.refresh()
    s.meta.update(face="cover")
    return s


def _cover_correction(s, text, st, x, y, vs):
    """A struck-out old entry in the change-history area (e.g. 迁出 note)."""
    if st is None:
        return
    bb = s.hand(x, y, text, vs * 0.8, st, value=False)
    s.strike(bb, st)


MEMBER_LABELS = ["姓名", "户主或与户主关系", "曾用名", "性别", "出生地", "民族", "籍贯", "出生日期",
                 "本市(县)其他住址", "宗教信仰", "公民身份证件编号", "身高", "血型", "文化程度",
                 "婚姻状况", "兵役状况", "服务处所", "职业", "何时由何地迁来本市(县)",
                 "何时由何地迁来本址", "承办人签章", "登记日期"]


def hukou_member(f, R, ppm=14, hand=False, old=False, layout=None, police="", corrections=(), extra=None):
    """常住人口登记卡. corrections: list of (field, wrong_value) struck out and rewritten beside."""
    s = Sheet(BOOK_W, BOOK_H, ppm, bg=_book_bg(R, ppm, old), kind="booklet")
    layout = layout or R.choice(["card_classic", "card_dense"])
    lc = (40, 50, 60)
    tf = R.choice(["serif", "song", "sans"])
    vf = R.choice(["song", "serif", "sans", "hei"])
    st = hand_style(R, old=old) if hand else None
    s.text(BOOK_W / 2, 12, "常住人口登记卡", tf, 5.0, lc, "ms", track=0.8)
    L, Rr = 5, BOOK_W - 5
    top = 17
    extra = extra or {}
    b = d(f["birth_date"])
    birth_txt = f"{b.year}年{b.month}月{b.day}日"
    rg = d(f["registration_date"])
    rows = [
        [("姓名", f["name"]), ("户主或与户主关系", f["relation_to_head"])],
        [("曾用名", extra.get("old_name", "")), ("性别", f["sex"])],
        [("出生地", f["birthplace"]), ("民族", f["ethnicity"])],
        [("籍贯", f["native_place"]), ("出生日期", birth_txt)],
        [("本市(县)其他住址", "")],
        [("宗教信仰", ""), ("公民身份证件编号", f["id_number"])],
        [("身高", extra.get("height", "")), ("血型", ""), ("文化程度", f["education"])],
        [("婚姻状况", f["marital_status"]), ("兵役状况", extra.get("military", ""))],
        [("服务处所", f.get("employer", "")), ("职业", extra.get("job", ""))],
        [("何时由何地迁来本市(县)", extra.get("moved_city", ""))],
        [("何时由何地迁来本址", extra.get("moved_here", ""))],
    ]
    rh = 9.2 if layout == "card_classic" else 8.4
    y = top
    s.line(L, y, Rr, y, 0.3, lc)
    corr = dict(corrections)
    key_of = {"姓名": "name", "户主或与户主关系": "relation_to_head", "性别": "sex", "出生地": "birthplace",
              "民族": "ethnicity", "籍贯": "native_place", "出生日期": "birth_date", "公民身份证件编号": "id_number",
              "文化程度": "education", "婚姻状况": "marital_status", "服务处所": "employer"}
    vs = 3.7 if hand else 3.3
    for row in rows:
        n = len(row)
        if n == 1:
            spans = [(L, Rr)]
        elif n == 2:
            m = L + (Rr - L) * {"公民身份证件编号": 0.3, "职业": 0.72}.get(row[1][0], 0.46)
            spans = [(L, m), (m, Rr)]
        else:
            spans = [(L, L + 27), (L + 27, L + 50), (L + 50, Rr)]
        for (label, v), (a, bx) in zip(row, spans):
            lw = min(max(10.0, len(label) * 2.65 + 2), 38)
            small = 2.5 if len(label) > 4 else 2.8
            if len(label) > 8 or label == "公民身份证件编号":
                half = len(label) // 2
                s.text(a + 1, y + rh * 0.42, label[:half], tf, small, lc, "ls")
                s.text(a + 1, y + rh * 0.85, label[half:], tf, small, lc, "ls")
                lw = half * 2.6 + 2
            else:
                s.text(a + 1, y + rh * 0.66, label, tf, small, lc, "ls")
            s.line(a + lw, y, a + lw, y + rh, 0.2, lc)
            if a > L:
                s.line(a, y, a, y + rh, 0.3, lc)
            if v:
                key = key_of.get(label)
                vx = a + lw + 1.2 + (R.uniform(-0.5, 1.8) if hand else 0.3)
                vy = y + rh * 0.72 + (R.uniform(-1.2, 0.9) if hand else 0)
                size = vs if not (label == "公民身份证件编号") else vs * 0.93
                if key in corr and hand:
                    bb = s.hand(vx, vy, corr[key], size * 0.9, st, value=False)
                    s.strike(bb, st, rnd=R)
                    # rewritten beside (or just above, squeezed in)
                    nx = bb[2] + 1.2
                    if nx + len(v) * size * 0.75 > bx:
                        s.hand(vx + 1, y + rh * 0.32, v, size * 0.8, st)
                    else:
                        s.hand(nx, vy, v, size * 0.9, st)
                elif hand:
                    fit = (bx - vx - 1) / max(1, len(v) * size * 0.95)
                    s.hand(vx, vy, v, size * min(1.0, max(0.6, fit)), st)
                else:
                    s.text(vx, vy, v, vf, size, (15, 15, 20), "ls", value=True, max_w=bx - vx - 1)
        y += rh
        s.line(L, y, Rr, y, 0.25, lc)
    s.line(L, top, L, y, 0.3, lc)
    s.line(Rr, top, Rr, y, 0.3, lc)
    # bottom: 承办人签章, 登记日期
    yb = y + 10
    s.text(L + 2, yb, "承办人签章", tf, 2.9, lc, "ls")
    s.rect(L + 19, yb - 6, L + 27, yb + 1, 0.35, (190, 40, 40))
    s.text(L + 23, yb - 1.3, "印", "kai", 3.0, (190, 40, 40), "ms")
    s.text(L + 52, yb, "登记日期", tf, 2.9, lc, "ls")
    _hand_or_type(s, hand, L + 66, yb + 0.2, f"{rg.year}年{rg.month}月{rg.day}日", vs * 0.85, st, vf)
    # 户口专用章 over the lower cells
    sx, sy = s.best_spot(L + 18, y - 40, Rr - 18, y + 4, 16, R)
    s.seal(sx, sy, R.uniform(15, 17.5), police or "公安局派出所", "★", "户口专用章",
           rnd=R, color=R.choice(gfx.SEAL_RED), alpha=R.uniform(0.55, 0.8), rot=R.uniform(-25, 25))
    if old:
        s.img = gfx.age_paper(s.img, np.random.default_rng(R.randint(0, 2 ** 31)), strength=R.uniform(0.7, 1.3),
                              fade_ink=R.uniform(0.05, 0.2))
        s.refresh()
    s.meta.update(face="member")
    return s


def hukou_notes(R, ppm=14, old=False):
    """The booklet's 注意事项 page (a facing page, not a document of its own)."""
    s = Sheet(BOOK_W, BOOK_H, ppm, bg=_book_bg(R, ppm, old), kind="booklet")
    tf = R.choice(["serif", "song"])
    s.text(BOOK_W / 2, 16, "注 意 事 项", tf, 5, (40, 50, 60), "ms")
    txt = ["一、户口簿是确定公民身份和户籍的法定凭证，户主或本户成员应妥善保管。",
           "二、户口簿内各项登记不得涂改、转让、出借。", "三、户口登记事项发生变动时，应及时到户口登记机关申报。",
           "四、户口簿遗失或损坏，应及时申请补领或换领。", "五、全户迁出本户口登记机关管辖区时，应交回户口簿。"]
    y = 28
    for t in txt:
        y = s.para(9, y, BOOK_W - 18, t, tf, 3.2, 1.7, (50, 55, 60), indent=0) + 3
    if old:
        s.img = gfx.age_paper(s.img, np.random.default_rng(R.randint(0, 2 ** 31)), strength=1.0)
        s.refresh()
    return s


def booklet_cover(R, ppm=14):
    W, H = int((BOOK_W + 3) * ppm), int((BOOK_H + 4) * ppm)
    base = np.array(R.choice([(118, 30, 32), (96, 24, 30), (40, 60, 95)]), np.float32)
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    a = np.empty((H, W, 3), np.float32)
    a[:] = base
    a += (gfx.noise_field(nr, H, W, 40) - 0.5)[..., None] * 18
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    s = Sheet(BOOK_W + 3, BOOK_H + 4, ppm, bg=im, kind="cover")
    gold = (214, 180, 90)
    em = gfx.emblem(int(30 * ppm))
    s.img.paste(em, (s.px((BOOK_W + 3) / 2 - 15), s.px(30)), em)
    s.refresh()
    s.text((BOOK_W + 3) / 2, 90, "居 民 户 口 簿", "serifb", 8, gold, "ms")
    s.text((BOOK_W + 3) / 2, 122, "中华人民共和国公安部印制", "serif", 3.4, gold, "ms")
    return s


# ---------------------------------------------------------------- 集体户口 户籍证明

def collective_letter(f, R, ppm=8, extra=None, hand=False):
    extra = extra or {}
    a5 = R.chance(0.4)
    W, H = (148.0, 210.0) if a5 else (210.0, 297.0)
    nr = np.random.default_rng(R.randint(0, 2 ** 31))
    s = Sheet(W, H, ppm, bg=Image.fromarray(gfx.paper(int(W * ppm), int(H * ppm), nr, (252, 251, 247)).astype(np.uint8)))
    k = W / 210
    police = extra["police"]
    tf = R.choice(["serifb", "sansb", "song"])
    bf = R.choice(["song", "serif", "uming", "sans"])
    s.text(W / 2, 28 * k + 8, police, tf, 5.5 * k + 1, (200, 30, 30) if R.chance(0.5) else (20, 20, 20), "ms", track=0.5)
    if R.chance(0.6):
        s.line(15 * k, 34 * k + 8, W - 15 * k, 34 * k + 8, 0.6, (200, 30, 30))
    s.text(W / 2, 52 * k + 10, "户 籍 证 明", tf, 8 * k + 1.5, (15, 15, 15), "ms")
    b = d(extra["birth_date"])
    size = 4.2 * k + 0.6
    x0 = 22 * k
    wid = W - 2 * x0
    y = 72 * k + 12
    st = hand_style(R) if hand else None
    if hand:
        # a printed form with blanks filled in by hand
        s.text(x0, y, "兹证明", bf, size, (20, 20, 20), "ls")
        s.line(x0 + 14 * k + 3, y + 1, x0 + 50 * k + 8, y + 1, 0.25, (30, 30, 30))
        s.hand(x0 + 16 * k + 3, y - 0.5, f["name"], size * 1.05, st)
        s.text(x0 + 52 * k + 9, y, "（性别", bf, size, (20, 20, 20), "ls")
        s.hand(x0 + 68 * k + 12, y - 0.5, extra["sex"], size, st)
        s.text(x0 + 78 * k + 14, y, "，出生日期", bf, size, (20, 20, 20), "ls")
        s.hand(x0 + 104 * k + 19, y - 0.5, f"{b.year}.{b.month}.{b.day}", size, st, value=False)
        s.text(W - x0, y, "）", bf, size, (20, 20, 20), "rs")
        y += size * 2.3
        s.text(x0, y, "公民身份号码：", bf, size, (20, 20, 20), "ls")
        s.line(x0 + 28 * k + 5, y + 1, W - x0, y + 1, 0.25, (30, 30, 30))
        s.hand(x0 + 30 * k + 6, y - 0.5, f["id_number"], size * 1.05, st)
        y += size * 2.3
        s.text(x0, y, "系我所辖区集体户口，户籍地址：", bf, size, (20, 20, 20), "ls")
        y += size * 2.3
        s.line(x0, y + 1, W - x0, y + 1, 0.25, (30, 30, 30))
        addr = extra["address_printed"]
        s.hand(x0 + 2, y - 0.5, addr, min(size * 1.05, (wid - 4) / max(1, len(addr)) * 1.05), st)
        y += size * 2.3
        s.text(x0, y, "特此证明。", bf, size, (20, 20, 20), "ls")
    else:
        sex = extra["sex"]
        body = (f"兹证明{f['name']}，{sex}，{b.year}年{b.month}月{b.day}日出生，公民身份号码：{f['id_number']}，"
                f"系我所辖区集体户口，户籍地址：{extra['address_printed']}。")
        # draw with the values recorded as value boxes: lay out line by line
        y = _flow(s, x0, y, wid, body, bf, size, [f["name"], f["id_number"], extra["address_printed"]])
        y += size * 0.8
        s.text(x0, y, "　　特此证明。", bf, size, (20, 20, 20), "ls")
        y += size * 1.9
        s.text(x0, y, "　　（此证明仅用于办理居住证相关事项，有效期三个月）", bf, size * 0.85, (40, 40, 40), "ls")
    idt = d(f["issue_date"])
    yb = H - 60 * k - 10
    s.text(W - x0, yb, police, bf, size, (20, 20, 20), "rs")
    dtxt = cn_date(idt) if R.chance(0.4) else f"{idt.year}年{idt.month}月{idt.day}日"
    if hand:
        s.hand(W - x0 - len(dtxt) * size * 0.95, yb + size * 2.4, dtxt, size, st)
    else:
        s.text(W - x0, yb + size * 2.4, dtxt, bf, size, (20, 20, 20), "rs", value=True)
    s.seal(W - x0 - 25 * k - 4, yb - 2, 20 * k + 4, police, "★", "户口专用章" if R.chance(0.5) else "", rnd=R,
           color=R.choice(gfx.SEAL_RED), alpha=R.uniform(0.7, 0.9), rot=R.uniform(-15, 15))
    s.text(x0, H - 14 * k - 4, f"经办人：{extra['clerk']}", bf, size * 0.8, (40, 40, 40), "ls")
    s.meta.update(kind="letter")
    return s


def _flow(s, x, y, w, text, fnt, size, values):
    """Flow running text; characters belonging to any of `values` are recorded as value boxes."""
    fnt = gfx.fb(fnt, text)
    f = font(fnt, s.px(size))
    marks = [False] * len(text)
    for v in values:
        i = text.find(v)
        if i >= 0:
            for k in range(i, i + len(v)):
                marks[k] = True
    cx = x + size * 2
    lead = size * 1.9
    for i, ch in enumerate(text):
        cw = f.getlength(ch) / s.ppm
        if cx + cw > x + w:
            cx = x
            y += lead
        s.draw.text((s.px(cx), s.px(y)), ch, font=f, fill=(20, 20, 20), anchor="ls")
        if marks[i]:
            s.boxes.append((s.px(cx), s.px(y - size), s.px(cx + cw), s.px(y + size * 0.2)))
        cx += cw
    return y + lead
