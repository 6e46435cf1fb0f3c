"""Reusable drawn elements: seals, portraits, guilloche, QR-like codes, phone chrome."""
import math
import random

from PIL import Image, ImageDraw, ImageFilter
import numpy as np

from .canvas import arc_text

RED = (214, 40, 40)


def seal(cv, cx, cy, r, ring_text, center_text="", key="sans_b", color=RED, alpha=0.82, star=True,
         oval=False, bottom_text="", code_text="", rng=None):
    """round official seal: ring, star, text along the arc, optional horizontal text"""
    rng = rng or random.Random(0)
    w = r * 0.07
    if oval:
        rx, ry = r * 1.25, r * 0.9
    else:
        rx = ry = r
    cv.ellipse(cx - rx, cy - ry, cx + rx, cy + ry, stroke=color, width=w, ink=True, alpha=alpha)
    n = len(ring_text)
    span = min(290, 22 * n + 50)
    size = min(r * 0.28, (2 * math.pi * r * 0.74 * span / 360) / max(1, n) * 0.92)
    arc_text(cv, cx, cy, r * 0.74, ring_text, key, size, color, -span / 2, span / 2, ink=True, alpha=alpha)
    if star:
        _star(cv, cx, cy - r * 0.02, r * 0.3, color, alpha)
    if center_text:
        cs = min(r * 0.2, r * 1.05 / max(1, len(center_text)))
        cv.text(cx, cy + r * 0.5, center_text, font=key, size=cs, color=color, anchor="m", ink=True, alpha=alpha)
    if bottom_text:
        cv.text(cx, cy + r * 0.82, bottom_text, font="dejavu", size=r * 0.12, color=color, anchor="m", ink=True,
                alpha=alpha)
    if code_text:
        arc_text(cv, cx, cy, r * 0.8, code_text, "dejavu", r * 0.11, color, 180 + 50, 180 - 50, ink=True, alpha=alpha)


def _star(cv, cx, cy, r, color, alpha):
    pts = []
    for i in range(10):
        a = math.radians(-90 + i * 36)
        rr = r if i % 2 == 0 else r * 0.4
        pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
    cv.poly(pts, fill=color, ink=True, alpha=alpha)


def square_seal(cv, x, y, s, text, key="kai", color=RED, alpha=0.85):
    """small square name seal / signature chop"""
    cv.rect(x, y, x + s, y + s, stroke=color, width=s * 0.06, ink=True, alpha=alpha)
    chars = list(text[:4])
    while len(chars) < 4:
        chars.append("印")
    fs = s * 0.38
    pos = [(x + s * 0.72, y + s * 0.45), (x + s * 0.72, y + s * 0.88), (x + s * 0.28, y + s * 0.45), (x + s * 0.28, y + s * 0.88)]
    for ch, (px, py) in zip(chars, pos):
        cv.text(px, py, ch, font=key, size=fs, color=color, anchor="m", ink=True, alpha=alpha)


def signature(cv, x, y, name, key, size, color=(30, 30, 60), rng=None):
    rng = rng or random.Random(0)
    cx = x
    for ch in name:
        yy = y + rng.uniform(-0.12, 0.12) * size
        cv.text(cx, yy, ch, font=key, size=size * rng.uniform(0.9, 1.15), color=color, angle=rng.uniform(-8, 12))
        cx += size * rng.uniform(0.75, 0.95)
    return cx


def portrait(w_px, h_px, rng, bg=(235, 240, 245), female=False):
    """a synthetic head-and-shoulders silhouette (not a face)"""
    im = Image.new("RGB", (w_px, h_px), bg)
    d = ImageDraw.Draw(im)
    tone = rng.choice([(196, 160, 135), (210, 175, 150), (180, 145, 120), (220, 190, 165)])
    hair = rng.choice([(30, 25, 25), (45, 35, 30), (60, 45, 35)])
    cloth = rng.choice([(40, 50, 70), (30, 30, 35), (90, 30, 40), (240, 240, 240), (60, 80, 110)])
    cx = w_px * rng.uniform(0.47, 0.53)
    hw, hh = w_px * 0.22, h_px * 0.2
    hy = h_px * 0.38
    d.polygon([(cx - w_px * 0.45, h_px), (cx - w_px * 0.32, h_px * 0.72), (cx + w_px * 0.32, h_px * 0.72),
               (cx + w_px * 0.45, h_px)], fill=cloth)
    d.rectangle([cx - hw * 0.45, hy + hh * 0.7, cx + hw * 0.45, h_px * 0.76], fill=tone)
    if female:
        d.ellipse([cx - hw * 1.25, hy - hh * 1.2, cx + hw * 1.25, hy + hh * 1.6], fill=hair)
    d.ellipse([cx - hw, hy - hh, cx + hw, hy + hh * 1.05], fill=tone)
    d.chord([cx - hw * 1.05, hy - hh * 1.25, cx + hw * 1.05, hy + hh * 0.5], 180, 360, fill=hair)
    return im.filter(ImageFilter.GaussianBlur(max(1, w_px / 180)))


def guilloche(cv, x0, y0, x1, y1, rng, colors=((200, 220, 235), (235, 215, 225)), n=26, width=0.25):
    w, h = x1 - x0, y1 - y0
    for i in range(n):
        col = colors[i % len(colors)]
        amp = h * rng.uniform(0.04, 0.12)
        ph = rng.uniform(0, 6.28)
        fr = rng.uniform(1.5, 4.0)
        base = y0 + h * (i + 0.5) / n
        pts = []
        for k in range(61):
            t = k / 60
            pts.append((x0 + w * t, base + amp * math.sin(ph + fr * 6.28 * t) + amp * 0.4 * math.sin(3 * ph + 2.7 * fr * 6.28 * t)))
        cv.poly(pts, stroke=col, width=width, closed=False)


def qr_image(rng, n=29, px=4, fg=(0, 0, 0), bg=(255, 255, 255)):
    m = np.array([[rng.random() < 0.5 for _ in range(n)] for _ in range(n)])
    for (ox, oy) in [(0, 0), (n - 7, 0), (0, n - 7)]:
        m[oy:oy + 7, ox:ox + 7] = False
        m[oy, ox:ox + 7] = m[oy + 6, ox:ox + 7] = True
        m[oy:oy + 7, ox] = m[oy:oy + 7, ox + 6] = True
        m[oy + 2:oy + 5, ox + 2:ox + 5] = True
    im = Image.new("RGB", ((n + 4) * px, (n + 4) * px), bg)
    d = ImageDraw.Draw(im)
    for y in range(n):
        for x in range(n):
            if m[y, x]:
                d.rectangle([(x + 2) * px, (y + 2) * px, (x + 3) * px - 1, (y + 3) * px - 1], fill=fg)
    return im


def chip(cv, x, y, w, h):
    cv.rect(x, y, x + w, y + h, fill=(212, 180, 100), stroke=(150, 120, 60), width=0.4, radius=w * 0.15)
    for i in range(1, 3):
        cv.line(x + w * i / 3, y, x + w * i / 3, y + h, width=0.3, color=(150, 120, 60))
    cv.line(x, y + h / 2, x + w, y + h / 2, width=0.3, color=(150, 120, 60))


def emblem(cv, cx, cy, r):
    """a stylised round badge (not the national emblem)"""
    cv.ellipse(cx - r, cy - r, cx + r, cy + r, fill=(200, 30, 30))
    cv.ellipse(cx - r * 0.86, cy - r * 0.86, cx + r * 0.86, cy + r * 0.86, stroke=(240, 200, 60), width=r * 0.06)
    pts = []
    for i in range(10):
        a = math.radians(-90 + i * 36)
        rr = r * 0.5 if i % 2 == 0 else r * 0.2
        pts.append((cx + rr * math.cos(a), cy - r * 0.1 + rr * math.sin(a)))
    cv.poly(pts, fill=(245, 205, 60))
    cv.rect(cx - r * 0.5, cy + r * 0.45, cx + r * 0.5, cy + r * 0.55, fill=(245, 205, 60))


def status_bar(cv, rng, dark=False, time_str="9:41", h=None):
    W = cv.w
    h = h or W * 0.09
    fg = (240, 240, 240) if dark else (20, 20, 20)
    cv.text(W * 0.07, h * 0.68, time_str, font="dejavu_b", size=h * 0.38, color=fg)
    # signal bars, wifi, battery
    x = W * 0.78
    for i in range(4):
        bh = h * (0.12 + 0.07 * i)
        cv.rect(x + i * h * 0.1, h * 0.62 - bh, x + i * h * 0.1 + h * 0.06, h * 0.62, fill=fg)
    bx = W * 0.86
    cv.rect(bx, h * 0.4, bx + h * 0.5, h * 0.64, stroke=fg, width=h * 0.025, radius=h * 0.05)
    cv.rect(bx + h * 0.04, h * 0.44, bx + h * (0.04 + 0.42 * rng.uniform(0.3, 0.95)), h * 0.6, fill=fg)
    cv.text(W * 0.955, h * 0.62, "%d" % rng.randint(20, 99), font="dejavu", size=h * 0.22, color=fg, anchor="r")
    return h


def nav_bar(cv, y, title, dark=False, size=None, back=True, right_icon=True):
    W = cv.w
    size = size or W * 0.046
    h = size * 2.6
    bg = (28, 28, 30) if dark else (255, 255, 255)
    fg = (240, 240, 240) if dark else (20, 20, 20)
    cv.rect(0, y, W, y + h, fill=bg)
    if back:
        cv.poly([(W * 0.08, y + h * 0.32), (W * 0.055, y + h / 2), (W * 0.08, y + h * 0.68)], stroke=fg, width=size * 0.12, closed=False)
    cv.text(W / 2, y + h * 0.63, title, font="sans_b" if not dark else "sans", size=size, color=fg, anchor="m")
    if right_icon:
        for i in range(3):
            cv.ellipse(W * 0.88 + i * size * 0.35, y + h / 2 - size * 0.08, W * 0.88 + i * size * 0.35 + size * 0.16,
                       y + h / 2 + size * 0.08, fill=fg)
    return y + h


def watermark(cv, text, rng, color=None, alpha=0.35, angle=None, size=None, rows=4):
    color = color or rng.choice([(220, 60, 60), (60, 90, 200), (120, 120, 120), (40, 40, 40)])
    angle = angle if angle is not None else rng.choice([25, 30, 35, -30, 0, 15])
    size = size or cv.w * rng.uniform(0.045, 0.07)
    for i in range(rows):
        y = cv.h * (i + 0.6) / rows
        cv.text(cv.w * rng.uniform(0.45, 0.55), y, text, font=rng.choice(["sans", "zenhei", "kai"]), size=size,
                color=color, anchor="m", angle=angle, alpha=alpha, ink=True)
