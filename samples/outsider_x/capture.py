"""How paper becomes pixels: flatbed/ADF scans (colour, grey, bilevel),
photocopies, low resolution, phone photos; rotation and skew."""
from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter


def _arr(img):
    return np.asarray(img.convert("RGB"), dtype=np.float32)


def _img(a, mode="RGB"):
    im = Image.fromarray(a.clip(0, 255).astype("uint8"))
    return im if mode == "RGB" else im.convert(mode)


def paper(img: Image.Image, nr: np.random.Generator, tone=(250, 249, 245)):
    """Multiply by a faint paper tone with low-frequency unevenness."""
    a = _arr(img)
    H, W = a.shape[:2]
    small = nr.normal(1.0, 0.006, size=(max(2, H // 220), max(2, W // 220))).astype(np.float32)
    lf = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)
    t = np.array(tone, np.float32) / 255.0
    a = a * t[None, None, :] * lf[..., None]
    return a


def scan(img, nr, mode="RGB", noise=2.5, blur=0.5, gamma=1.0):
    a = paper(img, nr)
    if blur > 0:
        a = cv2.GaussianBlur(a, (0, 0), blur)
    a += nr.normal(0, noise, size=a.shape[:2])[..., None].astype(np.float32)
    if gamma != 1.0:
        a = 255.0 * (a / 255.0).clip(0, 1) ** gamma
    out = _img(a)
    return out.convert("L") if mode == "L" else out


def photocopy(img, nr, rng: random.Random, dark=False):
    """Grey toner copy: contrast up, grey background, specks, streaks, a dark band at one edge."""
    g = np.asarray(img.convert("L"), dtype=np.float32)
    H, W = g.shape
    g = cv2.GaussianBlur(g, (0, 0), 0.7)
    bg = rng.uniform(170, 200) if dark else rng.uniform(222, 242)
    ink = rng.uniform(10, 35)
    t = (g / 255.0) ** (1.6 if dark else 1.25)
    g = ink + (bg - ink) * t
    # low-frequency toner unevenness
    small = nr.normal(0, 5 if dark else 3, size=(max(2, H // 300), max(2, W // 300))).astype(np.float32)
    g += cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)
    # specks
    n = int(W * H * (3e-5 if not dark else 8e-5))
    ys, xs = nr.integers(0, H, n), nr.integers(0, W, n)
    g[ys, xs] = nr.uniform(20, 90, n)
    # toner streaks (vertical)
    for _ in range(rng.randint(0, 3)):
        x = rng.randint(0, W - 4)
        w = rng.randint(1, 4)
        g[:, x:x + w] -= rng.uniform(12, 45)
    # dark band at an edge (lid gap / book fold)
    side = rng.choice(["l", "r", "t", "b", None])
    if side:
        bw = int(rng.uniform(0.01, 0.035) * W)
        prof = np.linspace(1, 0, bw, dtype=np.float32) ** 2 * rng.uniform(60, 140)
        if side == "l":
            g[:, :bw] -= prof[None, :]
        elif side == "r":
            g[:, W - bw:] -= prof[::-1][None, :]
        elif side == "t":
            g[:bw, :] -= prof[:, None]
        else:
            g[H - bw:, :] -= prof[::-1][:, None]
    g += nr.normal(0, 3, size=g.shape).astype(np.float32)
    return Image.fromarray(g.clip(0, 255).astype("uint8"), "L")


def binarize(img, nr, rng: random.Random):
    g = np.asarray(img.convert("L"), dtype=np.float32)
    g = cv2.GaussianBlur(g, (0, 0), 0.6)
    g += nr.normal(0, 10, size=g.shape).astype(np.float32)
    thr = rng.uniform(150, 178)
    b = (g > thr).astype(np.uint8) * 255
    # few specks
    H, W = b.shape
    n = int(H * W * 2e-5)
    b[nr.integers(0, H, n), nr.integers(0, W, n)] = 0
    return Image.fromarray(b, "L").convert("1", dither=Image.NONE)


def lowres(img, rng, factor):
    W, H = img.size
    return img.resize((int(W * factor), int(H * factor)), Image.BILINEAR)


def skew(img: Image.Image, angle: float, fill):
    """Rotate by angle degrees (counter-clockwise positive), same canvas size."""
    if abs(angle) < 0.05:
        return img
    mode = img.mode
    src = img.convert("L") if mode == "1" else img
    a = np.asarray(src)
    H, W = a.shape[:2]
    M = cv2.getRotationMatrix2D((W / 2, H / 2), angle, 1.0)
    bv = fill if a.ndim == 2 else tuple(int(v) for v in (fill if isinstance(fill, tuple) else (fill,) * 3))
    if a.ndim == 2 and isinstance(fill, tuple):
        bv = int(fill[0])
    out = cv2.warpAffine(a, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=bv)
    im = Image.fromarray(out)
    return im.convert("1", dither=Image.NONE) if mode == "1" else im


def rotate_cw(img: Image.Image, deg: int) -> Image.Image:
    deg %= 360
    if deg == 0:
        return img
    return img.transpose({90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}[deg])


def on_glass(sheet: Image.Image, page_px, pos_px, lid=(248, 248, 248), angle=0.0):
    """Place a small sheet (booklet page, card) on an A4 scanner glass image."""
    bg = Image.new("RGB", page_px, lid)
    s = sheet
    if angle:
        s = s.convert("RGBA").rotate(angle, resample=Image.BICUBIC, expand=True)
    if s.mode == "RGBA":
        bg.paste(s, pos_px, s)
    else:
        bg.paste(s, pos_px)
    return bg


def shadow_paste(bg: Image.Image, card: Image.Image, pos, angle, k):
    """Paste an RGBA card with a soft drop shadow (for copies of cards)."""
    c = card.rotate(angle, resample=Image.BICUBIC, expand=True)
    a = c.split()[-1]
    sh = Image.new("L", bg.size, 0)
    sh.paste(a, (int(pos[0] + 0.6 * k), int(pos[1] + 0.8 * k)))
    sh = sh.filter(ImageFilter.GaussianBlur(0.8 * k)).point(lambda v: int(v * 0.45))
    bg.paste((80, 80, 80), (0, 0), sh)
    bg.paste(c, (int(pos[0]), int(pos[1])), c)
    return c.size


# ------------------------------------------------------------------ phone photos
def desk(W, H, nr, rng):
    kind = rng.choice(["wood", "cloth", "table", "dark"])
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    if kind == "wood":
        base = np.array([150, 110, 75], np.float32)
        f = rng.uniform(0.01, 0.03)
        v = np.sin(x * f * 0.3 + 5 * np.sin(y * 0.004) + nr.normal(0, 0.2)) * 0.5 + 0.5
        a = base[None, None, :] * (0.8 + 0.25 * v[..., None])
    elif kind == "cloth":
        base = np.array(rng.choice([[90, 105, 130], [120, 120, 118], [70, 80, 70]]), np.float32)
        a = base[None, None, :] * (0.9 + 0.1 * np.sin(x * 0.9)[..., None] * np.sin(y * 0.9)[..., None])
    elif kind == "table":
        base = np.array([215, 212, 205], np.float32)
        a = np.broadcast_to(base, (H, W, 3)).copy()
    else:
        base = np.array([45, 45, 50], np.float32)
        a = np.broadcast_to(base, (H, W, 3)).copy()
    a += nr.normal(0, 4, size=(H, W))[..., None].astype(np.float32)
    return a


def photo(sheet: Image.Image, frame, nr, rng: random.Random, fill=0.78, card=False):
    """Photograph sheet (upright RGB/RGBA) on a desk; returns an upright RGB frame image."""
    W, H = frame
    bg = desk(W, H, nr, rng)
    sw, sh = sheet.size
    scale = min(W * fill / sw, H * fill / sh)
    tw, th = sw * scale, sh * scale
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    ang = math.radians(rng.uniform(-4, 4))
    pts = []
    for dx, dy in ((-tw / 2, -th / 2), (tw / 2, -th / 2), (tw / 2, th / 2), (-tw / 2, th / 2)):
        x = cx + dx * math.cos(ang) - dy * math.sin(ang)
        y = cy + dx * math.sin(ang) + dy * math.cos(ang)
        pts.append([x, y])
    pts = np.array(pts, np.float32)
    # keystone: top narrower or a side shorter
    ks = rng.uniform(0.0, 0.06)
    if rng.random() < 0.6:
        pts[0, 0] += ks * tw; pts[1, 0] -= ks * tw
    else:
        pts[1, 1] += ks * th; pts[2, 1] -= ks * th
    pts += nr.normal(0, 0.006 * min(W, H), size=pts.shape).astype(np.float32)
    src = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    M = cv2.getPerspectiveTransform(src, pts)
    rgba = sheet.convert("RGBA")
    arr = np.asarray(rgba, dtype=np.float32)
    warped = cv2.warpPerspective(arr, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(0, 0, 0, 0))
    alpha = warped[..., 3:4] / 255.0
    # drop shadow
    sh_a = cv2.GaussianBlur(alpha[..., 0], (0, 0), 0.006 * W)
    sh_a = np.roll(sh_a, (int(0.004 * H), int(0.004 * W)), axis=(0, 1))
    bg *= (1 - 0.45 * sh_a)[..., None]
    out = bg * (1 - alpha) + warped[..., :3] * alpha
    # lighting: gradient + vignette, maybe a phone shadow
    y, x = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1.0 + gx * (x / W - 0.5) + gy * (y / H - 0.5)
    r2 = ((x / W - 0.5) ** 2 + (y / H - 0.5) ** 2)
    light *= 1 - rng.uniform(0.1, 0.3) * r2
    if rng.random() < 0.35:
        px, py = rng.uniform(0.2, 0.8) * W, rng.uniform(-0.1, 0.3) * H
        d2 = ((x - px) / (0.25 * W)) ** 2 + ((y - py) / (0.18 * H)) ** 2
        light *= 1 - 0.28 * np.exp(-d2)
    light *= rng.uniform(0.85, 1.02)
    out *= light[..., None]
    if card and rng.random() < 0.7:
        gx_, gy_ = cx + rng.uniform(-0.2, 0.2) * tw, cy + rng.uniform(-0.2, 0.2) * th
        d2 = ((x - gx_) / (0.12 * tw)) ** 2 + ((y - gy_) / (0.05 * th + 1)) ** 2
        out += (np.exp(-d2) * rng.uniform(50, 110) * alpha[..., 0])[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 1.3))
    out += nr.normal(0, 3.5, size=(H, W))[..., None].astype(np.float32)
    return Image.fromarray(out.clip(0, 255).astype("uint8"), "RGB")


def blank_back(page_px, nr, rng: random.Random, front: Image.Image | None = None):
    """The blank reverse of a sheet: paper, noise, a faint show-through of the front."""
    W, H = page_px
    a = np.full((H, W), rng.uniform(243, 252), np.float32)
    if front is not None and rng.random() < 0.6:
        f = np.asarray(front.convert("L").resize((W, H)).transpose(Image.FLIP_LEFT_RIGHT), dtype=np.float32)
        a -= (255 - f) * rng.uniform(0.02, 0.05)
    a += nr.normal(0, 2.5, size=a.shape).astype(np.float32)
    n = int(W * H * 1e-5)
    a[nr.integers(0, H, n), nr.integers(0, W, n)] = nr.uniform(80, 160, n)
    return Image.fromarray(a.clip(0, 255).astype("uint8"), "L").convert("RGB")
