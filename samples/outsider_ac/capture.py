"""Capture effects: how a drawn page reaches the packet (photo, scan, copy, screenshot, PDF, HEIC, TIFF)."""
import io
import math
import numpy as np
import cv2
cv2.setNumThreads(1)
from PIL import Image, ImageFilter, ImageEnhance
from .canvas import raster

IMAGE_KINDS = ["photo", "chat", "scan", "photocopy", "lowres", "clean"]


def _noise(img, rng, amt):
    a = np.asarray(img).astype(np.int16)
    n = np.random.default_rng(rng.randint(0, 2**31)).normal(0, amt, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a + n, 0, 255).astype(np.uint8))


def scan(cv, rng, grey=None):
    img = raster(cv, rng.choice([1.2, 1.33]))
    grey = rng.random() < 0.35 if grey is None else grey
    img = img.rotate(rng.uniform(-0.9, 0.9), resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 250))
    img = ImageEnhance.Brightness(img).enhance(rng.uniform(0.97, 1.04))
    img = _noise(img, rng, 3)
    return img.convert("L") if grey else img


def photocopy(cv, rng):
    img = raster(cv, 1.0).convert("L")
    img = ImageEnhance.Contrast(img).enhance(1.35)
    a = np.asarray(img).astype(np.int16)
    g = np.random.default_rng(rng.randint(0, 2**31))
    a = a - 18  # grey toner
    h, w = a.shape
    # dark band at the fold
    x = rng.randint(int(w * 0.1), int(w * 0.9)) if rng.random() < 0.5 else None
    if x:
        band = np.exp(-((np.arange(w) - x) / 14.0) ** 2) * 70
        a = a - band[None, :]
    # specks
    for _ in range(rng.randint(60, 220)):
        yy, xx = g.integers(0, h), g.integers(0, w)
        a[max(0, yy - 1):yy + 2, max(0, xx - 1):xx + 2] -= 120
    a = a + g.normal(0, 6, a.shape)
    img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=235)


def lowres(cv, rng):
    img = raster(cv, 0.72)
    if rng.random() < 0.6:
        img = img.convert("L")
    return img


def photo(cv, rng, long_side=None):
    card = cv.w < 1100 and cv.h < 700
    portrait = cv.h >= cv.w
    FW, FH = (2448, 3264) if portrait else (3264, 2448)
    if card:
        FW, FH = (3264, 2448)
    if long_side:  # chat apps: the phone photo arrives recompressed
        s0 = long_side / max(FW, FH)
        FW, FH = int(FW * s0), int(FH * s0)
    fill = rng.uniform(0.70, 0.84) if not card else rng.uniform(0.55, 0.7)
    scale = min(FW * fill / cv.w, FH * fill / cv.h)
    img = raster(cv, min(scale * 1.05, 1.8))
    w, h = img.size
    g = np.random.default_rng(rng.randint(0, 2**31))
    base = np.array(rng.choice([(120, 92, 66), (180, 170, 160), (70, 80, 95), (200, 196, 188), (150, 120, 95)]), np.float32)
    small = (g.normal(0, 7, (FH // 4, FW // 4)).astype(np.float32))
    small += (np.sin(np.linspace(0, 1, FH // 4) * rng.uniform(3, 9) * math.pi) * 8).astype(np.float32)[:, None]
    bgn = cv2.resize(small, (FW, FH), interpolation=cv2.INTER_LINEAR)
    s = min(FW * fill / w, FH * fill / h)
    pw, ph = w * s, h * s
    cx, cy = FW / 2 + rng.uniform(-0.05, 0.05) * FW, FH / 2 + rng.uniform(-0.04, 0.04) * FH
    k = rng.uniform(0.02, 0.07)
    jit = lambda: rng.uniform(-0.02, 0.02) * pw
    tl = (cx - pw / 2 + jit() + (k * pw if rng.random() < 0.5 else 0), cy - ph / 2 + jit())
    tr = (cx + pw / 2 + jit() - (k * pw if rng.random() < 0.5 else 0), cy - ph / 2 + jit())
    br = (cx + pw / 2 + jit(), cy + ph / 2 + jit())
    bl = (cx - pw / 2 + jit(), cy + ph / 2 + jit())
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), np.float32([tl, tr, br, bl]))
    a = np.asarray(img.convert("RGB"))
    bg = np.empty((FH, FW, 3), np.uint8)
    for c in range(3):
        bg[..., c] = np.clip(bgn + base[c], 0, 255).astype(np.uint8)
    out = cv2.warpPerspective(a, M, (FW, FH), dst=bg, flags=cv2.INTER_AREA, borderMode=cv2.BORDER_TRANSPARENT)
    # uneven light + phone shadow, computed small
    X, Y = np.meshgrid(np.linspace(0, 1, 96), np.linspace(0, 1, 128))
    lx, ly = rng.uniform(0, 1), rng.uniform(0, 1)
    light = 1.05 - rng.uniform(0.12, 0.28) * np.sqrt((X - lx) ** 2 + (Y - ly) ** 2)
    if rng.random() < 0.5:
        sx = rng.uniform(0.2, 0.8)
        light = light * np.where((np.abs(X - sx) < 0.18) & (Y > rng.uniform(0.55, 0.8)), 0.8, 1.0)
    light = cv2.GaussianBlur(light.astype(np.float32), (0, 0), 3)
    if card and rng.random() < 0.7:  # glare on the laminate
        gx, gy = rng.uniform(0.3, 0.7), rng.uniform(0.3, 0.7)
        light = light + 0.22 * np.exp(-(((X - gx) / 0.09) ** 2 + ((Y - gy) / 0.05) ** 2)).astype(np.float32)
    light = cv2.resize(light, (FW, FH), interpolation=cv2.INTER_LINEAR)
    out = cv2.multiply(out.astype(np.float32), light[..., None] * np.ones((1, 1, 3), np.float32))
    out = np.clip(out, 0, 255).astype(np.uint8)
    sig = rng.uniform(0.4, 1.1)
    out = cv2.GaussianBlur(out, (0, 0), sig)
    return Image.fromarray(out)


def chat(cv, rng):
    return photo(cv, rng, long_side=rng.choice([1440, 1600, 1600]))


def apply(kind, cv, rng):
    if kind == "photo" or kind == "heic":
        return photo(cv, rng)
    if kind == "chat":
        return chat(cv, rng)
    if kind == "scan":
        return scan(cv, rng)
    if kind == "photocopy":
        return photocopy(cv, rng)
    if kind == "lowres":
        return lowres(cv, rng)
    if kind in ("clean", "screenshot"):
        return raster(cv, 1.0)
    if kind == "bw_tiff":
        return scan(cv, rng, grey=True).point(lambda v: 255 if v > 160 else 0).convert("1")
    raise ValueError(kind)


def save_image(img, path, fmt, rng):
    if fmt == "jpg":
        img.convert("RGB" if img.mode not in ("L",) else "L").save(path, "JPEG", quality=rng.choice([70, 80, 88]) if img.width > 2000 else rng.choice([55, 62, 75]))
    elif fmt == "png":
        img.save(path, "PNG")
    elif fmt == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        img.convert("RGB").save(path, "HEIF", quality=80)
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=78)
    else:
        raise ValueError(fmt)
