"""Marks an HR office adds to copies, and physical marks of paper handling.
All functions draw onto an RGB PIL image in place; positions avoid ink."""
from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .canvas import Canvas, font, pick, rect_stamp

BLUE = (25, 45, 150)
BLACK_PEN = (30, 30, 40)
RED = (205, 30, 40)


def free_spot(img: Image.Image, w_px: int, h_px: int, rng: random.Random, region=None, top=5):
    """Top-left of a w x h box with the least ink, inside region (x0,y0,x1,y1 fractions)."""
    s = 8
    g = np.asarray(img.convert("L").reduce(s), dtype=np.float32)
    ink = (g < 200).astype(np.float32)
    H, W = ink.shape
    bw, bh = max(1, w_px // s), max(1, h_px // s)
    if bw >= W or bh >= H:
        return 0, 0
    ii = np.pad(ink.cumsum(0).cumsum(1), ((1, 0), (1, 0)))
    sums = ii[bh:, bw:] - ii[:-bh, bw:] - ii[bh:, :-bw] + ii[:-bh, :-bw]
    x0, y0, x1, y1 = region or (0.03, 0.03, 0.97, 0.97)
    ys, xs = np.mgrid[0:sums.shape[0], 0:sums.shape[1]]
    ok = (xs >= x0 * W) & (ys >= y0 * H) & (xs + bw <= x1 * W) & (ys + bh <= y1 * H)
    if not ok.any():
        ok[:] = True
    sc = np.where(ok, sums, np.inf)
    # step over a coarse grid to get varied candidates
    flat = np.argsort(sc, axis=None)[: max(top * 40, 50)]
    cands = []
    for f in flat:
        y, x = divmod(int(f), sc.shape[1])
        if not np.isfinite(sc[y, x]):
            continue
        if all(abs(x - a) > bw // 2 or abs(y - b) > bh // 2 for a, b, _ in cands):
            cands.append((x, y, sc[y, x]))
        if len(cands) >= top:
            break
    best = min(c[2] for c in cands)
    good = [c for c in cands if c[2] <= best + 0.5 + 0.02 * bw * bh]
    x, y, _ = rng.choice(good)
    return x * s, y * s


def hand(img, x_px, y_px, text, dpi, rng, pt=14, color=BLUE, key=None, jitter=1.0):
    c = Canvas(img.size[0] * 25.4 / dpi, img.size[1] * 25.4 / dpi, dpi, img=img)
    return c.hand(x_px / c.k, y_px / c.k, text, rng, key or rng.choice(["wenkai", "kai2", "wenkai_b"]), pt, color,
                  jitter=jitter)


def copy_certified(img, dpi, rng: random.Random, signer: str, date_txt: str, org: str | None):
    """Red 复印件与原件一致 stamp (or handwritten) with a signature and a date beside it,
    put where the page has the least ink (usually a margin)."""
    k = dpi / 25.4
    lines = ["复印件与原件一致"] if rng.random() < 0.6 or not org else ["复印件与原件一致", org[:14]]
    sw = 58 if len(lines) == 1 else 78
    bw, bh = int((sw + 48) * k), int((12 + 6 * (len(lines) - 1)) * k)
    x, y = free_spot(img, bw, bh, rng, region=(0.02, 0.3, 0.98, 0.985))
    cy = y + bh / 2
    if rng.random() < 0.7:
        w, _ = rect_stamp(img, x + sw * k / 2, cy, lines, 4.6 * k,
                          color=RED if rng.random() < 0.8 else (40, 60, 150),
                          angle=rng.uniform(-5, 5), rng=rng, key=rng.choice(["song_b", "hei_b"]))
    else:
        hand(img, x, cy + 2.5 * k, lines[0], dpi, rng, pt=14, color=BLUE)
    ex = hand(img, x + (sw + 3) * k, cy + 2.5 * k, signer, dpi, rng, pt=14, color=rng.choice([BLUE, BLACK_PEN]), jitter=1.5)
    hand(img, ex * k + 3 * k, cy + 2.5 * k, date_txt, dpi, rng, pt=11, color=BLUE, jitter=1.0)


def purpose_note(img, dpi, rng: random.Random):
    k = dpi / 25.4
    text = rng.choice(["此复印件仅供居住证积分使用", "仅供办理居住证积分使用", "此件仅供居住证积分使用，他用无效"])
    if rng.random() < 0.5:
        bw, bh = int(len(text) * 6.2 * k), int(10 * k)
        x, y = free_spot(img, bw, bh, rng, region=(0.05, 0.03, 0.97, 0.97))
        hand(img, x, y + 7 * k, text, dpi, rng, pt=15, color=rng.choice([BLUE, BLACK_PEN, RED]))
    else:
        watermark(img, dpi, rng, text)


def watermark(img, dpi, rng: random.Random, text=None):
    """Light repeated diagonal text across the page, over the values."""
    text = text or "仅供居住证积分使用，他用无效"
    k = dpi / 25.4
    W, H = img.size
    L = Image.new("L", (int(W * 1.6), int(H * 1.6)), 0)
    d = ImageDraw.Draw(L)
    fn = font(pick("hei", text), int(rng.uniform(7, 10) * k))
    step_y = int(rng.uniform(45, 70) * k)
    off = 0
    for yy in range(0, L.size[1], step_y):
        d.text((off % int(80 * k), yy), (text + "    ") * 4, font=fn, fill=255)
        off += int(30 * k)
    L = L.rotate(rng.choice([30, 35, 40, -30, 45]), resample=Image.BILINEAR)
    L = L.crop(((L.size[0] - W) // 2, (L.size[1] - H) // 2, (L.size[0] - W) // 2 + W, (L.size[1] - H) // 2 + H))
    alpha = rng.uniform(0.13, 0.22)
    col = rng.choice([(120, 120, 120), (200, 60, 60), (60, 90, 180)])
    L = L.point(lambda v: int(v * alpha))
    img.paste(Image.new("RGB", img.size, col), (0, 0), L)


def page_number(img, dpi, rng: random.Random, n: int, total: int | None):
    k = dpi / 25.4
    text = rng.choice([f"{n}", f"{n}/{total}" if total else f"{n}", f"P{n}", f"第{n}页"])
    corner = rng.choice(["tr", "tr", "br", "tl"])
    W, H = img.size
    x = W - 22 * k if corner[1] == "r" else 10 * k
    y = 14 * k if corner[0] == "t" else H - 8 * k
    col = rng.choice([BLUE, BLACK_PEN, RED])
    ex = hand(img, x, y, text, dpi, rng, pt=16, color=col, jitter=1.3)
    if rng.random() < 0.35:
        d = ImageDraw.Draw(img)
        r = 6 * k
        cx = (x + ex * k) / 2
        d.ellipse([cx - r, y - 9 * k, cx + r, y + 2 * k], outline=col, width=max(2, int(0.4 * k)))


def staple(img, dpi, rng: random.Random, removed=False):
    k = dpi / 25.4
    d = ImageDraw.Draw(img)
    x, y = rng.uniform(6, 14) * k, rng.uniform(6, 14) * k
    ang = math.radians(rng.choice([-45, -40, -50, 0, -90]))
    L = 12 * k
    dx, dy = math.cos(ang) * L / 2, math.sin(ang) * L / 2
    if removed:
        for s in (-1, 1):
            d.ellipse([x + s * dx - 0.5 * k, y + s * dy - 0.5 * k, x + s * dx + 0.5 * k, y + s * dy + 0.5 * k], fill=(60, 60, 60))
        return
    sh = Image.new("L", img.size, 0)
    ImageDraw.Draw(sh).line([(x - dx + 1.2 * k, y - dy + 1.2 * k), (x + dx + 1.2 * k, y + dy + 1.2 * k)], fill=120, width=int(1.6 * k))
    sh = sh.filter(ImageFilter.GaussianBlur(0.8 * k))
    img.paste((90, 90, 90), (0, 0), sh)
    d.line([(x - dx, y - dy), (x + dx, y + dy)], fill=(70, 70, 75), width=max(2, int(0.7 * k)))
    d.line([(x - dx, y - dy), (x - dx * 0.9, y - dy * 0.9)], fill=(40, 40, 40), width=max(2, int(0.9 * k)))


def punch_holes(img, dpi, rng: random.Random, dark=True):
    k = dpi / 25.4
    W, H = img.size
    d = ImageDraw.Draw(img)
    x = rng.uniform(9, 13) * k
    r = 3.0 * k
    cy = H / 2 + rng.uniform(-3, 3) * k
    for yy in (cy - 40 * k, cy + 40 * k):
        if dark:
            d.ellipse([x - r, yy - r, x + r, yy + r], fill=(25, 25, 25))
        else:
            d.ellipse([x - r, yy - r, x + r, yy + r], fill=(250, 250, 250), outline=(150, 150, 150), width=max(1, int(0.3 * k)))


def fold(img, dpi, rng: random.Random):
    W, H = img.size
    a = np.asarray(img, dtype=np.float32)
    y = int(H * rng.choice([0.5, 1 / 3, 2 / 3]) + rng.uniform(-0.01, 0.01) * H)
    width = max(4, int(W * 0.012))
    prof = np.zeros(H, np.float32)
    ys = np.arange(H)
    prof += 0.13 * np.exp(-((ys - y) / width) ** 2)
    prof += 0.05 * np.exp(-((ys - y - width * 2) / (width * 3)) ** 2)
    a *= (1 - prof)[:, None, None]
    a[max(0, y - 1):y + 1] *= 0.82
    img.paste(Image.fromarray(a.clip(0, 255).astype("uint8")))
