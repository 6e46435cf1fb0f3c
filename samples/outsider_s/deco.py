"""Seals, watermarks, portraits, signatures, QR-like codes, guilloche backgrounds (RGBA images)."""
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .sheet import pil_font, pick_font

RED = (205, 32, 38)


def seal(rng, ring, center="", size=520, color=RED, star=True, double=False, oval=False):
    S = size
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = S / 2
    lw = int(S * 0.028)
    if oval:
        d.ellipse([lw, S * 0.18, S - lw, S * 0.82], outline=color + (255,), width=lw)
    else:
        d.ellipse([lw, lw, S - lw, S - lw], outline=color + (255,), width=lw)
        if double:
            d.ellipse([lw * 3, lw * 3, S - lw * 3, S - lw * 3], outline=color + (255,), width=max(2, lw // 3))
    if star and not oval:
        r1, r2 = S * 0.13, S * 0.052
        pts = []
        for i in range(10):
            a = -math.pi / 2 + i * math.pi / 5
            r = r1 if i % 2 == 0 else r2
            pts.append((c + r * math.cos(a), c + r * math.sin(a)))
        d.polygon(pts, fill=color + (255,))
    # ring text
    n = len(ring)
    if n and not oval:
        fs = int(S * (0.135 if n < 14 else 0.115 if n < 19 else 0.095))
        key = pick_font("serif_b", ring)
        f = pil_font(key, fs)
        span = min(250.0, 17.0 * n + 40)
        R = c - lw * 2.2 - fs * 0.55
        for i, ch in enumerate(ring):
            ang = -span / 2 + span * (i + 0.5) / n
            t = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
            ImageDraw.Draw(t).text((fs, fs), ch, font=f, fill=color + (255,), anchor="mm")
            t = t.rotate(-ang, resample=Image.BICUBIC)
            a = math.radians(ang - 90)
            x, y = c + R * math.cos(a), c + R * math.sin(a)
            im.alpha_composite(t, (int(x - fs), int(y - fs)))
    elif oval:
        f = pil_font(pick_font("serif_b", ring), int(S * 0.1))
        d.text((c, S * 0.4), ring, font=f, fill=color + (255,), anchor="mm")
    if center:
        f = pil_font(pick_font("serif_b", center), int(S * (0.1 if len(center) > 5 else 0.12)))
        d.text((c, S * (0.76 if not oval else 0.6)), center, font=f, fill=color + (255,), anchor="mm")
    # uneven ink
    a = np.asarray(im).astype(np.float32)
    npr = np.random.default_rng(rng.randint(0, 2**31))
    noise = Image.fromarray((128 + npr.normal(0, 60, (S, S))).clip(0, 255).astype("uint8"))
    noise = np.asarray(noise.filter(ImageFilter.GaussianBlur(S / 90))).astype(np.float32)
    k = np.clip(0.55 + (noise - 128) / 180 + rng.uniform(0, 0.25), 0.25, 1.0)
    a[..., 3] *= k
    im = Image.fromarray(a.clip(0, 255).astype("uint8"))
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def watermark(rng, w_units, h_units, text="仅供居住证积分使用，他用无效", color=None, alpha=None, angle=None, px_per_unit=6):
    W, H = int(w_units * px_per_unit), int(h_units * px_per_unit)
    color = color or rng.choice([(40, 40, 40), (200, 30, 30), (30, 60, 180), (120, 120, 120)])
    alpha = alpha or rng.randint(55, 110)
    angle = rng.uniform(-40, 40) if angle is None else angle
    big = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(big)
    fs = int(min(W, H) * rng.uniform(0.045, 0.08))
    f = pil_font(pick_font(rng.choice(["sans", "serif", "kai"]), text), fs)
    step_y = int(fs * rng.uniform(3.0, 5.5))
    for i, y in enumerate(range(0, H * 2, step_y)):
        x0 = -(i % 2) * fs * 4
        x = x0
        while x < W * 2:
            d.text((x, y), text, font=f, fill=color + (alpha,))
            x += int(f.getlength(text) + fs * 3)
    big = big.rotate(angle, resample=Image.BICUBIC)
    return big.crop((W // 2, H // 2, W // 2 + W, H // 2 + H))


def portrait(rng, w=300, h=380, bg=None):
    bg = bg or rng.choice([(245, 245, 245), (214, 230, 250), (250, 250, 250), (190, 20, 30)])
    im = Image.new("RGBA", (w, h), bg + (255,))
    d = ImageDraw.Draw(im)
    skin = rng.choice([(236, 200, 170), (225, 185, 150), (240, 210, 185), (210, 170, 135)])
    hair = rng.choice([(20, 20, 20), (40, 30, 25), (60, 45, 35)])
    cloth = rng.choice([(30, 30, 40), (20, 40, 90), (240, 240, 240), (60, 60, 60)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.35], fill=cloth)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    d.ellipse([w * 0.26, h * 0.12, w * 0.74, h * 0.66], fill=skin)
    long_hair = rng.random() < 0.4
    d.chord([w * 0.24, h * 0.07, w * 0.76, h * 0.5], 180, 360, fill=hair)
    if long_hair:
        d.rectangle([w * 0.22, h * 0.28, w * 0.3, h * 0.72], fill=hair)
        d.rectangle([w * 0.7, h * 0.28, w * 0.78, h * 0.72], fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.03), h * 0.36, w * (ex + 0.03), h * 0.4], fill=(40, 30, 30))
    d.line([w * 0.44, h * 0.54, w * 0.56, h * 0.54], fill=(170, 90, 90), width=max(2, w // 80))
    return im.filter(ImageFilter.GaussianBlur(1.2))


def scribble(rng, w=420, h=150, color=(25, 25, 60)):
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    x, y = w * 0.05, h * rng.uniform(0.4, 0.7)
    pts = [(x, y)]
    for i in range(rng.randint(14, 26)):
        x += w * rng.uniform(0.02, 0.07)
        y = h * 0.5 + h * 0.38 * math.sin(i * rng.uniform(0.9, 2.2)) * rng.uniform(0.4, 1)
        pts.append((min(x, w * 0.96), y))
    d.line(pts, fill=color + (235,), width=max(3, h // 30), joint="curve")
    d.line([(w * 0.1, h * 0.75), (w * 0.9, h * 0.6)], fill=color + (200,), width=max(2, h // 45))
    return im


def qr(rng, n=29, px=8):
    m = np.array([[rng.random() < 0.5 for _ in range(n)] for _ in range(n)], dtype=bool)

    def finder(r, c):
        m[r:r + 7, c:c + 7] = True
        m[r + 1:r + 6, c + 1:c + 6] = False
        m[r + 2:r + 5, c + 2:c + 5] = True
    for r, c in [(0, 0), (0, n - 7), (n - 7, 0)]:
        m[max(0, r - 1):r + 8, max(0, c - 1):c + 8] = False
        finder(r, c)
    img = np.where(m, 0, 255).astype("uint8")
    img = np.pad(img, 2, constant_values=255)
    return Image.fromarray(img).resize(((n + 4) * px, (n + 4) * px), Image.NEAREST).convert("RGBA")


def guilloche(rng, w, h, color=(150, 190, 225), alpha=120):
    im = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    for k in range(26):
        ph = rng.uniform(0, 6.28)
        amp = h * rng.uniform(0.03, 0.09)
        fr = rng.uniform(1.5, 5.0)
        y0 = h * k / 26
        pts = [(x, y0 + amp * math.sin(fr * x / w * 6.28 + ph)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=color + (alpha,), width=1)
    return im


def emblem(rng, S=300, color=RED):
    """A simplified round national emblem: rings, five stars, a gate silhouette (not a reproduction)."""
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    c = S / 2
    d.ellipse([4, 4, S - 4, S - 4], outline=(215, 170, 40, 255), width=S // 22)
    d.ellipse([S * 0.12, S * 0.12, S * 0.88, S * 0.88], fill=color + (255,))
    for i, (cx, cy, r) in enumerate([(0.5, 0.3, 0.1), (0.32, 0.38, 0.04), (0.4, 0.26, 0.04), (0.6, 0.26, 0.04), (0.68, 0.38, 0.04)]):
        pts = []
        for j in range(10):
            a = -math.pi / 2 + j * math.pi / 5
            rr = r * S if j % 2 == 0 else r * S * 0.4
            pts.append((cx * S + rr * math.cos(a), cy * S + rr * math.sin(a)))
        d.polygon(pts, fill=(240, 200, 50, 255))
    d.rectangle([S * 0.3, S * 0.55, S * 0.7, S * 0.7], fill=(240, 200, 50, 255))
    d.polygon([(S * 0.26, S * 0.55), (S * 0.74, S * 0.55), (S * 0.5, S * 0.47)], fill=(240, 200, 50, 255))
    return im


def paper_texture(rng, w, h, tone=(250, 248, 242), strength=6):
    a = np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, strength, (h, w, 1))
    base = np.array(tone, dtype=np.float32)[None, None, :] + a
    return Image.fromarray(base.clip(0, 255).astype("uint8"))
