"""Cards drawn with PIL at 12 px/mm: 居民身份证 both faces, 上海市居住证 card."""
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .draw import Canvas, guilloche, portrait, emblem, font

CW, CH, K = 85.6, 54.0, 12.0


def _rounded(img, r_mm=3.2, edge=(150, 150, 150)):
    w, h = img.size
    mask = Image.new("L", (w, h), 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, w - 1, h - 1], radius=int(r_mm * K), fill=255)
    out = img.convert("RGBA")
    out.putalpha(mask)
    d = ImageDraw.Draw(out)
    d.rounded_rectangle([0, 0, w - 1, h - 1], radius=int(r_mm * K), outline=edge + (255,), width=2)
    return out


def _bg(c, rng, top, bottom):
    a = np.zeros((c.img.height, c.img.width, 3), np.float32)
    t = np.linspace(0, 1, c.img.height)[:, None, None]
    a[:] = np.array(top, np.float32) * (1 - t) + np.array(bottom, np.float32) * t
    a += np.random.default_rng(rng.randint(0, 10 ** 9)).normal(0, 2.0, a.shape)
    c.img.paste(Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)))


def id_front(f, rng, style=None):
    c = Canvas(CW, CH, K)
    _bg(c, rng, (236, 242, 244), (247, 244, 236))
    guilloche(c, 0, 0, CW, CH, (214, 226, 232), rng, n=30, amp=2.2)
    lab = (40, 125, 185)
    vf = style or rng.choice(["sans", "serif", "microhei", "song"])
    ls = 2.9
    c.text(6, 10.5, "姓  名", ls, "sans", lab)
    c.text(16, 10.8, f["name"], 3.9, vf)
    c.text(6, 17.6, "性  别", ls, "sans", lab)
    c.text(16, 17.8, f["sex"], 3.3, vf)
    c.text(26.5, 17.6, "民  族", ls, "sans", lab)
    c.text(36.5, 17.8, f["ethnicity"], 3.3, vf)
    b = dt.date.fromisoformat(f["birth_date"])
    c.text(6, 24.6, "出  生", ls, "sans", lab)
    c.text(16, 24.8, str(b.year), 3.3, vf)
    c.text(25.4, 24.6, "年", ls, "sans", lab)
    c.text(30.5 if b.month < 10 else 29.6, 24.8, str(b.month), 3.3, vf)
    c.text(34.0, 24.6, "月", ls, "sans", lab)
    c.text(38.6 if b.day < 10 else 37.7, 24.8, str(b.day), 3.3, vf)
    c.text(42.0, 24.6, "日", ls, "sans", lab)
    c.text(6, 31.6, "住  址", ls, "sans", lab)
    lines = c.wrap(f["address"], 3.2, vf, 36.0)
    for i, ln in enumerate(lines[:3]):
        c.text(16, 31.8 + i * 4.7, ln, 3.2, vf)
    c.text(6, 48.3, "公民身份号码", ls, "sans", lab)
    c.text(29.5, 48.6, f["id_number"], 3.9, "mono", (10, 10, 10), spacing=0.55)
    ph = portrait(int(24 * K), int(31 * K), rng, bg=(232, 238, 242))
    c.paste(ph, 58.5, 8.0)
    # hologram tint
    return _rounded(c.img)


def id_back(f, rng, style=None):
    c = Canvas(CW, CH, K)
    _bg(c, rng, (240, 238, 228), (232, 240, 240))
    guilloche(c, 0, 20, CW, CH, (220, 226, 214), rng, n=24, amp=1.6)
    em = emblem(int(19 * K), rng)
    c.img.paste(em, (int(6 * K), int(4.5 * K)), em)
    c.text(31, 12.5, "中华人民共和国", 4.4, "sans_b", (20, 20, 20), spacing=1.3)
    c.text(29, 24.0, "居民身份证", 6.8, "sans_b", (20, 20, 20), spacing=2.2)
    vf = style or rng.choice(["sans", "serif", "microhei"])
    c.text(15, 40.2, "签发机关", 2.9, "sans", (40, 40, 40))
    c.text(31, 40.4, f["issuing_authority"], 3.2, vf)
    c.text(15, 47.3, "有效期限", 2.9, "sans", (40, 40, 40))
    vu = "长期" if f["valid_until"] == "long_term" else f["valid_until"].replace("-", ".")
    c.text(31, 47.5, f"{f['valid_from'].replace('-', '.')}-{vu}", 3.2, vf)
    return _rounded(c.img)


def permit_front(f, ctx, rng):
    c = Canvas(CW, CH, K)
    _bg(c, rng, (222, 236, 246), (242, 248, 240))
    guilloche(c, 0, 12, CW, CH, (205, 222, 235), rng, n=22, amp=1.5)
    c.rect(0, 0, CW, 10.5, outline=None, fill=(30, 95, 165))
    c.text(5, 7.8, "上海市居住证", 5.0, "sans_b", (255, 255, 255), spacing=0.6)
    c.text(46, 7.6, "SHANGHAI RESIDENCE PERMIT", 2.2, "dejavu", (220, 235, 250))
    lab = (60, 90, 120)
    vf = rng.choice(["sans", "microhei", "serif"])
    y = 17.5
    c.text(5, y, "姓名", 2.6, "sans", lab)
    c.text(20, y, f["name"], 3.6, vf)
    y += 6.3
    c.text(5, y, "公民身份号码", 2.6, "sans", lab)
    c.text(22.5, y, f["id_number"], 3.1, "mono", spacing=0.25)
    y += 6.3
    c.text(5, y, "居住地址", 2.6, "sans", lab)
    lines = c.wrap(f["residence_address"], 2.8, vf, 37.5)
    for i, ln in enumerate(lines[:2]):
        c.text(20, y + i * 4.0, ln, 2.8, vf)
    y += 4.0 * min(2, len(lines)) + 2.6
    c.text(5, y, "签发日期", 2.6, "sans", lab)
    c.text(20, y, f["issue_date"].replace("-", "."), 3.0, vf)
    y += 5.8
    c.text(5, y, "有效期限", 2.6, "sans", lab)
    c.text(20, y, f"{f['valid_from'].replace('-', '.')}-{f['valid_until'].replace('-', '.')}", 3.0, vf)
    c.text(5, 51.5, "签发机关  " + ctx["rp_office"], 2.3, "sans", (70, 80, 90))
    ph = portrait(int(20 * K), int(26 * K), rng, bg=(225, 235, 245))
    c.paste(ph, 62, 14.0)
    return _rounded(c.img)


def permit_back(f, ctx, rng):
    c = Canvas(CW, CH, K)
    _bg(c, rng, (238, 244, 248), (226, 238, 246))
    c.rect(8, 14, 21, 30, outline=None, fill=(205, 170, 80), r=1.5)
    for k in range(4):
        c.line(8, 17 + k * 6, 21, 17 + k * 6, 0.3, (160, 125, 50))
    c.text(30, 12, "持证须知", 3.2, "sans_b", (40, 60, 90))
    notes = ["一、本证是持证人在本市居住的证明，", "    限本人使用，不得转借。",
             "二、本证实行签注制度，每年签注一次。", "三、居住地址变更的，应当及时申报。",
             "四、遗失应及时到受理点申请补领。"]
    for i, n in enumerate(notes):
        c.text(30, 18.5 + i * 4.6, n, 2.3, "sans", (60, 70, 90))
    c.text(30, 48, "上海市公安局 监制", 2.4, "sans", (80, 90, 110))
    return _rounded(c.img)
