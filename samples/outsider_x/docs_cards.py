"""Cards: 居民身份证 (人像面/国徽面) and 上海市居住证 card (front/back).
Each function returns an RGBA card image at the given dpi (rounded corners)."""
from __future__ import annotations

import datetime as dt
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .canvas import Canvas, font, pick

CARD_W, CARD_H = 85.6, 54.0


def guilloche(w, h, rng: random.Random, c1, c2, density=1.0):
    y, x = np.mgrid[0:h, 0:w].astype(np.float32)
    s = w / 1000.0
    f1 = rng.uniform(0.018, 0.03) / s * density
    f2 = rng.uniform(0.008, 0.016) / s
    v = np.sin(x * f1 + 3.0 * np.sin(y * f2)) * np.sin(y * f1 * 0.7 + 2.5 * np.cos(x * f2 * 1.3))
    lines = np.exp(-(v * 6) ** 2)  # thin ridges
    grad = (x / w)[..., None]
    base = np.array(c1, np.float32) * (1 - grad) + np.array(c2, np.float32) * grad
    ink = np.array([min(255, c * 0.86) for c in c1], np.float32)
    out = base * (1 - 0.22 * lines[..., None]) + ink * (0.22 * lines[..., None])
    return Image.fromarray(out.clip(0, 255).astype("uint8"), "RGB")


def silhouette(w, h, rng: random.Random, bg=(236, 238, 240), female=False):
    """A neutral grey head-and-shoulders placeholder, no face."""
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    tone = rng.randint(95, 140)
    col = (tone, tone, tone + 4)
    skin = (min(255, tone + 60), min(255, tone + 50), min(255, tone + 45))
    hair = (40, 38, 36)
    if female:
        d.ellipse([w * 0.22, h * 0.08, w * 0.78, h * 0.66], fill=hair)
        d.rectangle([w * 0.22, h * 0.36, w * 0.78, h * 0.72], fill=hair)
    else:
        d.ellipse([w * 0.27, h * 0.09, w * 0.73, h * 0.5], fill=hair)
    d.rounded_rectangle([w * 0.08, h * 0.66, w * 0.92, h * 1.2], radius=int(w * 0.3), fill=col)
    d.rectangle([w * 0.42, h * 0.5, w * 0.58, h * 0.7], fill=skin)
    d.ellipse([w * 0.3, h * 0.16, w * 0.7, h * 0.6], fill=skin)
    return im.filter(ImageFilter.GaussianBlur(max(1, w / 150)))


def _round(img: Image.Image, r_px: int) -> Image.Image:
    m = Image.new("L", img.size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, img.size[0] - 1, img.size[1] - 1], radius=r_px, fill=255)
    out = img.convert("RGBA")
    out.putalpha(m)
    return out


def _emblem(c: Canvas, cx, cy, r, color=(200, 30, 30)):
    """A simplified red round emblem with a star (not the real national emblem)."""
    c.ellipse(cx - r, cy - r, cx + r, cy + r, w=r * 0.08, outline=color)
    pts = []
    for k in range(10):
        rad = r * 0.55 if k % 2 == 0 else r * 0.22
        a = math.radians(-90 + 36 * k)
        pts.append((c.p(cx + rad * math.cos(a)), c.p(cy + rad * math.sin(a))))
    c.d.polygon(pts, fill=(225, 180, 40))
    for k in range(4):
        a = math.radians(200 + 35 * k)
        c.ellipse(cx + r * 0.75 * math.cos(a) - r * 0.08, cy + r * 0.75 * math.sin(a) - r * 0.08,
                  cx + r * 0.75 * math.cos(a) + r * 0.08, cy + r * 0.75 * math.sin(a) + r * 0.08,
                  fill=(225, 180, 40), outline=None)


def id_front(f: dict, dpi: int, rng: random.Random, style: dict) -> Image.Image:
    c = Canvas(CARD_W, CARD_H, dpi)
    c.img = guilloche(c.img.size[0], c.img.size[1], rng, (238, 244, 248), (246, 238, 232))
    c.d = ImageDraw.Draw(c.img)
    lab = style.get("label_color", (40, 120, 185))
    vk = style.get("value_font", "hei")
    ink = (18, 18, 22)
    pt = 8.2
    x0, xv = 5.5, 16.0
    c.text(x0, 10.0, "姓  名", vk, 6.4, lab)
    c.text(xv, 10.2, f["name"], vk, 10.0, ink, spacing=style.get("name_sp", 0.6))
    c.text(x0, 17.0, "性  别", vk, 6.4, lab)
    c.text(xv, 17.0, f["sex"], vk, pt, ink)
    c.text(x0 + 19.5, 17.0, "民  族", vk, 6.4, lab)
    c.text(x0 + 29.5, 17.0, f["ethnicity"], vk, pt, ink)
    b = dt.date.fromisoformat(f["birth_date"])
    c.text(x0, 23.8, "出  生", vk, 6.4, lab)
    c.text(xv, 23.8, f"{b.year}", vk, pt, ink)
    c.text(xv + 9.5, 23.8, "年", vk, 6.4, lab)
    c.text(xv + 14.2, 23.8, f"{b.month}", vk, pt, ink)
    c.text(xv + 18.5, 23.8, "月", vk, 6.4, lab)
    c.text(xv + 23.0, 23.8, f"{b.day}", vk, pt, ink)
    c.text(xv + 27.5, 23.8, "日", vk, 6.4, lab)
    c.text(x0, 30.6, "住  址", vk, 6.4, lab)
    lines = c.wrap(f["address"], vk, pt, 34.5)
    y = 30.6
    for ln in lines[:3]:
        c.text(xv, y, ln, vk, pt, ink)
        y += 4.3
    c.text(x0, 48.0, "公民身份号码", vk, 6.4, lab)
    c.text(26.5, 48.2, f["id_number"], "ocrb", 10.6, ink, spacing=0.35)
    ph = silhouette(c.p(23), c.p(29), rng, bg=(232, 236, 240), female=f["sex"] == "女")
    c.img.paste(ph, (c.p(57.5), c.p(8.0)))
    return _round(c.img, c.p(3.2))


def id_back(f: dict, dpi: int, rng: random.Random, style: dict) -> Image.Image:
    c = Canvas(CARD_W, CARD_H, dpi)
    c.img = guilloche(c.img.size[0], c.img.size[1], rng, (244, 238, 230), (232, 242, 246))
    c.d = ImageDraw.Draw(c.img)
    _emblem(c, 13.5, 13.5, 8.0)
    c.text(54.0, 14.0, "中华人民共和国", "song_b", 11.5, (20, 20, 20), anchor="ms", spacing=1.0)
    c.text(54.0, 26.5, "居民身份证", "song_b", 17.0, (20, 20, 20), anchor="ms", spacing=2.6)
    vk = style.get("value_font", "hei")
    lab = style.get("label_color", (40, 120, 185))
    c.text(14.5, 40.5, "签发机关", vk, 6.4, lab)
    auth = f["issuing_authority"]
    c.text(29.0, 40.5, auth, vk, 8.0 if len(auth) < 14 else 7.0, (18, 18, 22))
    c.text(14.5, 47.5, "有效期限", vk, 6.4, lab)
    vf = dt.date.fromisoformat(f["valid_from"])
    vu = "长期" if f["valid_until"] == "long_term" else dt.date.fromisoformat(f["valid_until"]).strftime("%Y.%m.%d")
    c.text(29.0, 47.5, f"{vf:%Y.%m.%d}-{vu}", vk, 8.0, (18, 18, 22))
    return _round(c.img, c.p(3.2))


def permit_front(f: dict, dpi: int, rng: random.Random, style: dict) -> Image.Image:
    c = Canvas(CARD_W, CARD_H, dpi)
    c.img = guilloche(c.img.size[0], c.img.size[1], rng, (222, 238, 236), (236, 244, 250), density=0.7)
    c.d = ImageDraw.Draw(c.img)
    c.rect(0, 0, CARD_W, 9.5, w=0, outline=None, fill=(30, 120, 150))
    c.text(5, 7.0, "上海市居住证", "hei_b", 12.5, (255, 255, 255), spacing=1.2)
    c.text(48, 6.8, "SHANGHAI RESIDENCE PERMIT", "dejavu", 5.2, (220, 240, 245))
    ink, lab = (20, 20, 24), (70, 90, 100)
    vk = style.get("value_font", "hei")
    c.text(5, 17.0, "姓名", vk, 6.2, lab)
    c.text(15, 17.2, f["name"], vk, 9.0, ink)
    c.text(5, 23.5, "公民身份号码", vk, 6.2, lab)
    c.text(5, 28.5, f["id_number"], "ocrb", 9.5, ink, spacing=0.3)
    c.text(5, 34.5, "居住地址", vk, 6.2, lab)
    lines = c.wrap(f["residence_address"], vk, 7.2, 48)
    y = 34.5
    for ln in lines[:2]:
        c.text(15.5, y, ln, vk, 7.2, ink)
        y += 3.8
    c.text(5, 46.0, "签发机关", vk, 6.2, lab)
    c.text(15.5, 46.0, "上海市公安局", vk, 7.2, ink)
    iss = dt.date.fromisoformat(f["issue_date"])
    c.text(5, 50.5, "签发日期", vk, 6.2, lab)
    c.text(15.5, 50.5, iss.strftime("%Y.%m.%d"), vk, 7.2, ink)
    ph = silhouette(c.p(20), c.p(25), rng, bg=(225, 235, 238))
    c.img.paste(ph, (c.p(61), c.p(13)))
    return _round(c.img, c.p(3.2))


def permit_back(f: dict, dpi: int, rng: random.Random, style: dict) -> Image.Image:
    c = Canvas(CARD_W, CARD_H, dpi)
    c.img = guilloche(c.img.size[0], c.img.size[1], rng, (236, 244, 250), (222, 238, 236), density=0.6)
    c.d = ImageDraw.Draw(c.img)
    c.rect(6, 8, 18, 17, w=0.3, outline=(150, 120, 40), fill=(214, 182, 90), r=1.5)
    for k in range(3):
        c.line(6, 10.5 + 2.5 * k, 18, 10.5 + 2.5 * k, w=0.2, fill=(150, 120, 40))
    c.text(24, 13.5, "签 注 记 录", "song_b", 8.5, (30, 30, 30))
    vk = style.get("value_font", "hei")
    c.rect(6, 20, 80, 42, w=0.25, outline=(90, 110, 120))
    c.line(6, 27, 80, 27, w=0.2, fill=(90, 110, 120))
    c.line(43, 20, 43, 42, w=0.2, fill=(90, 110, 120))
    c.text(24.5, 25, "有效期限", vk, 6.5, (60, 70, 80), anchor="ms")
    c.text(61.5, 25, "签注机关", vk, 6.5, (60, 70, 80), anchor="ms")
    vf = dt.date.fromisoformat(f["valid_from"])
    vu = dt.date.fromisoformat(f["valid_until"])
    c.text(24.5, 33, f"{vf:%Y.%m.%d}至", vk, 7.4, (20, 20, 24), anchor="ms")
    c.text(24.5, 38.5, f"{vu:%Y.%m.%d}", vk, 7.4, (20, 20, 24), anchor="ms")
    c.text(61.5, 35.5, "上海市公安局", vk, 7.4, (20, 20, 24), anchor="ms")
    c.text(43, 49.5, "本证仅限持证人本人使用  遗失请及时挂失", vk, 5.6, (80, 90, 100), anchor="ms")
    return _round(c.img, c.p(3.2))
