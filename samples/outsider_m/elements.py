"""Seals, photos, emblems, guilloche, QR-like codes, watermarks (PIL RGBA images)."""
import math
import random
from PIL import Image, ImageDraw, ImageFilter
from .canvas import font


def seal(ring, centre="", px=420, color=(215, 30, 35), rng=None, star=True, oval=False, alpha=190):
    rng = rng or random.Random(0)
    W, H = (px, int(px * 0.72)) if oval else (px, px)
    im = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = color + (alpha,)
    lw = max(4, px // 28)
    dr.ellipse([lw, lw, W - lw, H - lw], outline=c, width=lw)
    n = len(ring)
    fo = font("song" if rng.random() < 0.5 else "sansb", px * 0.11)
    span = 250 if n > 8 else 200
    r = min(W, H) / 2 - lw * 2.2 - px * 0.06
    for i, ch in enumerate(ring):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x, y = W / 2 + (W / H if oval else 1) * r * math.cos(a), H / 2 + r * math.sin(a)
        g = Image.new("RGBA", (int(px * 0.16), int(px * 0.16)), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((g.width / 2, g.height / 2), ch, font=fo, fill=c, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        im.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
    if star:
        R = px * 0.12
        pts = []
        for k in range(10):
            rr = R if k % 2 == 0 else R * 0.4
            a = math.radians(-90 + 36 * k)
            pts.append((W / 2 + rr * math.cos(a), H / 2 + rr * math.sin(a)))
        dr.polygon(pts, fill=c)
    if centre:
        fo2 = font("song", px * 0.085)
        dr.text((W / 2, H / 2 + px * 0.22), centre, font=fo2, fill=c, anchor="mm")
    # ink unevenness
    import numpy as np
    a = np.array(im)
    nz = np.random.default_rng(rng.randint(0, 2 ** 31)).normal(128, 60, (H, W)).clip(0, 255).astype("uint8")
    noise = np.array(Image.fromarray(nz).filter(ImageFilter.GaussianBlur(2)))
    a[..., 3] = (a[..., 3].astype(float) * np.clip(noise / 160.0 + 0.25, 0.35, 1.0)).astype("uint8")
    return Image.fromarray(a)


def portrait(male, rng, w=260, h=330, bg=(235, 238, 242)):
    im = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(im)
    skin = rng.choice([(236, 200, 170), (225, 188, 155), (240, 210, 185)])
    hair = rng.choice([(25, 22, 20), (40, 32, 28), (55, 45, 35)])
    dr.ellipse([w * 0.08, h * 0.62, w * 0.92, h * 1.25], fill=rng.choice([(40, 50, 70), (230, 230, 235), (70, 70, 80)]))
    dr.rectangle([w * 0.42, h * 0.5, w * 0.58, h * 0.7], fill=skin)
    dr.ellipse([w * 0.27, h * 0.17, w * 0.73, h * 0.62], fill=skin)
    if male:
        dr.chord([w * 0.25, h * 0.1, w * 0.75, h * 0.42], 180, 360, fill=hair)
    else:
        dr.ellipse([w * 0.2, h * 0.1, w * 0.8, h * 0.45], fill=hair)
        dr.rectangle([w * 0.2, h * 0.28, w * 0.3, h * 0.7], fill=hair)
        dr.rectangle([w * 0.7, h * 0.28, w * 0.8, h * 0.7], fill=hair)
        dr.ellipse([w * 0.3, h * 0.22, w * 0.7, h * 0.62], fill=skin)
    for ex in (0.4, 0.6):
        dr.ellipse([w * ex - 6, h * 0.37, w * ex + 6, h * 0.4], fill=(30, 30, 30))
    dr.line([w * 0.44, h * 0.52, w * 0.56, h * 0.52], fill=(160, 80, 80), width=3)
    return im.filter(ImageFilter.GaussianBlur(0.8))


def guilloche(w, h, rng, base=(238, 242, 246), ink=(190, 205, 222)):
    im = Image.new("RGB", (w, h), base)
    dr = ImageDraw.Draw(im)
    f1, f2 = rng.uniform(3, 7), rng.uniform(5, 11)
    for k in range(0, h + 40, max(6, h // 45)):
        pts = [(x, k + 8 * math.sin(x / w * f1 * math.pi + k * 0.05) + 4 * math.sin(x / w * f2 * math.pi))
               for x in range(0, w, 6)]
        dr.line(pts, fill=ink, width=1)
    cx, cy = w * rng.uniform(0.3, 0.7), h * rng.uniform(0.3, 0.7)
    for r in range(20, max(w, h), max(10, w // 60)):
        dr.ellipse([cx - r, cy - r * 0.6, cx + r, cy + r * 0.6], outline=tuple(min(255, c + 12) for c in ink))
    return im


def emblem(px=300):
    im = Image.new("RGBA", (px, px), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    dr.ellipse([4, 4, px - 4, px - 4], fill=(200, 30, 30, 255), outline=(230, 180, 40, 255), width=px // 18)
    def star(cx, cy, R):
        pts = []
        for k in range(10):
            rr = R if k % 2 == 0 else R * 0.4
            a = math.radians(-90 + 36 * k)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        dr.polygon(pts, fill=(245, 200, 40, 255))
    star(px * 0.5, px * 0.3, px * 0.12)
    for a in (-60, -20, 20, 60):
        t = math.radians(a - 90)
        star(px * 0.5 + px * 0.24 * math.cos(t) * 1.0, px * 0.3 + px * 0.14 * (1 + math.sin(t)), px * 0.045)
    dr.rectangle([px * 0.3, px * 0.55, px * 0.7, px * 0.68], fill=(245, 200, 40, 255))
    for k in range(5):
        x = px * (0.33 + 0.085 * k)
        dr.rectangle([x, px * 0.48, x + px * 0.04, px * 0.55], fill=(245, 200, 40, 255))
    return im


def qr(rng, n=29, px=290):
    im = Image.new("RGB", (n, n), "white")
    p = im.load()
    for y in range(n):
        for x in range(n):
            if rng.random() < 0.5:
                p[x, y] = (0, 0, 0)
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(7):
            for x in range(7):
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                p[ox + x, oy + y] = (0, 0, 0) if edge or core else (255, 255, 255)
        for k in range(-1, 8):
            for (xx, yy) in ((ox + k, oy - 1), (ox + k, oy + 7), (ox - 1, oy + k), (ox + 7, oy + k)):
                if 0 <= xx < n and 0 <= yy < n:
                    p[xx, yy] = (255, 255, 255)
    return im.resize((px, px), Image.NEAREST)


def chip(px=200):
    im = Image.new("RGBA", (px, int(px * 0.8)), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    dr.rounded_rectangle([0, 0, px - 1, int(px * 0.8) - 1], radius=px // 8, fill=(212, 178, 90, 255),
                         outline=(150, 120, 50, 255), width=3)
    for k in (0.33, 0.66):
        dr.line([px * k, 0, px * k, px * 0.8], fill=(150, 120, 50, 255), width=3)
    dr.line([0, px * 0.4, px, px * 0.4], fill=(150, 120, 50, 255), width=3)
    return im


def watermark(im, text, rng, color=None, angle=None, alpha=None):
    """Write a diagonal watermark across an image (over the values)."""
    w, h = im.size
    color = color or rng.choice([(220, 40, 40), (40, 90, 200), (90, 90, 90), (30, 30, 30)])
    alpha = alpha or rng.randint(70, 120)
    angle = angle if angle is not None else rng.choice([-30, -20, 15, 25, 35, 0])
    size = max(16, int(min(w, h) * rng.uniform(0.05, 0.075)))
    fo = font(rng.choice(["sansb", "song", "kai"]), size)
    L = int(math.hypot(w, h))
    lay = Image.new("RGBA", (L, L), (0, 0, 0, 0))
    dr = ImageDraw.Draw(lay)
    step = int(size * rng.uniform(3.5, 6))
    rows = range(0, L, step) if rng.random() < 0.5 else [L // 2 - size // 2]
    for y in rows:
        dr.text((L / 2, y), text, font=fo, fill=color + (alpha,), anchor="ma")
    lay = lay.rotate(angle, resample=Image.BICUBIC)
    lay = lay.crop(((L - w) // 2, (L - h) // 2, (L - w) // 2 + w, (L - h) // 2 + h))
    out = im.convert("RGBA")
    out.alpha_composite(lay)
    return out.convert("RGB")


def overlay(im, rgba, x, y, w=None):
    if w:
        rgba = rgba.resize((int(w), int(w * rgba.height / rgba.width)), Image.LANCZOS)
    out = im.convert("RGBA")
    out.alpha_composite(rgba, (int(x), int(y)))
    return out.convert("RGB")
