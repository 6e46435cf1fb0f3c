"""How paper becomes files: flatbed scans, office bilevel scans, photocopies, phone photos on a desk, chat-app
recompression, screenshots. Each function takes the page as painted (a PIL image) and returns what the camera or
scanner would have produced; `files` writes them in their formats."""
from __future__ import annotations

import math
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter

from samples.outsider import raster
from samples.outsider.sheet import Sheet


def _np_rng(rng: random.Random) -> np.random.Generator:
    return np.random.default_rng(rng.randrange(1 << 31))


# ---- scanners and copiers -----------------------------------------------------------------------------------
def flatbed(rng: random.Random, sheet: Sheet, dpi: int, grey: bool) -> Image.Image:
    """A flatbed scan: the page a little crooked on the glass, a faint shadow at its edge, sensor noise."""
    img = raster.render(sheet, dpi)
    img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    a = np.asarray(img, dtype=np.int16)
    a = a + _np_rng(rng).normal(0, 2.5, a.shape).astype(np.int16)
    a[:, : max(2, a.shape[1] // 200)] -= 40
    out = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    return out.convert("L") if grey else out


def photocopy(rng: random.Random, sheet: Sheet, dpi: int) -> Image.Image:
    """A copy of a copy: grey toner, faint tints gone, a red seal turned grey, specks, a dark band at the fold."""
    img = raster.render(sheet, dpi).convert("L")
    img = img.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=255)
    a = np.asarray(img, dtype=np.float32)
    a = np.where(a > 205, 255, a * rng.uniform(0.75, 0.9))  # toner: light tints drop out, ink darkens
    h, w = a.shape
    g = _np_rng(rng)
    fold_vertical = w > h
    pos = (w if fold_vertical else h) * rng.uniform(0.45, 0.55)
    axis = np.arange(w if fold_vertical else h, dtype=np.float32)
    band = np.exp(-((axis - pos) / ((w if fold_vertical else h) * 0.012)) ** 2) * rng.uniform(50, 110)
    a = a - (band[None, :] if fold_vertical else band[:, None])
    edge = rng.uniform(20, 60)
    ramp = np.clip(1 - np.minimum(np.arange(w), np.arange(w)[::-1]) / (w * 0.03), 0, 1) * edge
    a = a - ramp[None, :]
    n = int(h * w / rng.uniform(3000, 9000))
    ys, xs = g.integers(0, h, n), g.integers(0, w, n)
    a[ys, xs] = g.uniform(0, 90, n)
    a += g.normal(0, 4, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.4))


def bilevel(rng: random.Random, sheet: Sheet, dpi: int) -> Image.Image:
    """An office B/W scan: one bit per pixel, seals and tints thresholded away or into black blotches."""
    grey = flatbed(rng, sheet, dpi, grey=True)
    threshold = rng.randint(150, 185)
    return grey.point(lambda v: 255 if v > threshold else 0).convert("1")


# ---- phone cameras ---------------------------------------------------------------------------------------------
FRAMES = ((4032, 3024), (4000, 3000), (3264, 2448), (4624, 3472))


def _background(rng: random.Random, w: int, h: int) -> np.ndarray:
    g = _np_rng(rng)
    kind = rng.choice(("wood", "cloth", "table", "bed"))
    sw, sh = w // 8, h // 8
    if kind == "wood":
        base = np.array(rng.choice(((150, 105, 70), (120, 80, 50), (185, 150, 110))), np.float32)
        y = np.arange(sh, dtype=np.float32)[:, None]
        x = np.arange(sw, dtype=np.float32)[None, :]
        grain = np.sin(y * 0.9 + np.sin(x * 0.03) * 4) * 10 + g.normal(0, 4, (sh, sw))
        small = base[None, None, :] + grain[..., None]
    else:
        base = np.array({"cloth": rng.choice(((60, 70, 100), (140, 60, 60), (90, 110, 80))),
                         "table": (210, 210, 205), "bed": (225, 220, 210)}[kind], np.float32)
        small = base[None, None, :] + g.normal(0, 7, (sh, sw, 1))
    return cv2.resize(small.clip(0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)


def phone_photo(rng: random.Random, sheet: Sheet, fill: tuple[float, float] = (0.6, 0.85),
                frame: tuple[int, int] | None = None) -> Image.Image:
    """The page lying on a desk or cloth, seen from a hand-held phone: keystone, a slight turn, uneven light, maybe
    the phone's shadow and (on a laminated card) a glare, a little blur and noise."""
    fw, fh = frame or rng.choice(FRAMES)
    if sheet.height > sheet.width:
        fw, fh = fh, fw
    f = rng.uniform(*fill)
    scale = min(fw * f / sheet.width, fh * f / sheet.height)  # px per mm on the photo
    page = np.asarray(raster.render(sheet, scale * 25.4 * 1.05))
    ph, pw = page.shape[:2]
    cx, cy = fw / 2 + rng.uniform(-0.08, 0.08) * fw, fh / 2 + rng.uniform(-0.08, 0.08) * fh
    w2, h2 = sheet.width * scale / 2, sheet.height * scale / 2
    keystone = rng.uniform(0.0, 0.08)
    angle = math.radians(rng.uniform(-7, 7))
    corners = [(-w2 * (1 - keystone), -h2), (w2 * (1 - keystone), -h2), (w2, h2), (-w2, h2)]
    if rng.random() < 0.5:  # camera tilted the other way
        corners = [(-w2, -h2), (w2, -h2), (w2 * (1 - keystone), h2), (-w2 * (1 - keystone), h2)]
    dst = []
    for x, y in corners:
        x, y = x + rng.uniform(-0.01, 0.01) * fw, y + rng.uniform(-0.01, 0.01) * fh
        dst.append((cx + x * math.cos(angle) - y * math.sin(angle), cy + x * math.sin(angle) + y * math.cos(angle)))
    src = np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)])
    m = cv2.getPerspectiveTransform(src, np.float32(dst))
    warped = cv2.warpPerspective(page, m, (fw, fh), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), m, (fw, fh), flags=cv2.INTER_LINEAR)
    bg = _background(rng, fw, fh)
    small = cv2.resize(mask, (fw // 8, fh // 8), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(np.roll(small, (max(1, fh // 1300), max(1, fw // 1300)), (0, 1)), (0, 0), fw * 0.0008)
    light = cv2.resize(small, (fw, fh), interpolation=cv2.INTER_LINEAR).astype(np.float32) * (0.45 / 255)
    light[mask > 127] = 0  # the page's shadow falls on the desk, not on the page
    light = 1 - light
    out = bg
    np.copyto(out, warped, where=mask[..., None] > 127)
    light *= _lighting(rng, fw, fh)  # the page's own shadow on the desk, then the room's uneven light
    if rng.random() < 0.35:
        light *= _phone_shadow(rng, fw, fh)
    out = cv2.multiply(out, cv2.merge([light, light, light]), dtype=cv2.CV_8U)
    if sheet.kind == "card" and rng.random() < 0.7:
        glare = _glare(rng, fw, fh).clip(0, 255).astype(np.uint8)
        out = cv2.add(out, cv2.merge([glare, glare, glare]))
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.3, 1.3))
    noise = np.empty((fh, fw), np.int16)
    cv2.setRNGSeed(rng.randrange(1 << 30))
    cv2.randn(noise, 0, rng.uniform(1.5, 4))
    out = cv2.add(out.astype(np.int16), cv2.merge([noise, noise, noise])).clip(0, 255).astype(np.uint8)
    return Image.fromarray(out)


def _lighting(rng: random.Random, w: int, h: int) -> np.ndarray:
    sw, sh = 64, 48
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    lx, ly = rng.uniform(0, sw), rng.uniform(0, sh)
    d = np.sqrt((x - lx) ** 2 + (y - ly) ** 2) / max(sw, sh)
    small = rng.uniform(0.95, 1.08) - d * rng.uniform(0.15, 0.4)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _phone_shadow(rng: random.Random, w: int, h: int) -> np.ndarray:
    m = np.ones((h // 8, w // 8), np.float32)
    x0 = rng.randint(0, w // 8 - 1)
    pts = np.array([(x0, 0), (x0 + w // 40, 0), (x0 + w // 20 + rng.randint(0, w // 30), h // 8),
                    (x0 - w // 30, h // 8)], np.int32)
    cv2.fillPoly(m, [pts], rng.uniform(0.55, 0.75))
    m = cv2.GaussianBlur(m, (0, 0), w / 8 * 0.02)
    return cv2.resize(m, (w, h), interpolation=cv2.INTER_LINEAR)


def _glare(rng: random.Random, w: int, h: int) -> np.ndarray:
    sw, sh = 64, 48
    y, x = np.mgrid[0:sh, 0:sw].astype(np.float32)
    gx, gy = rng.uniform(sw * 0.3, sw * 0.7), rng.uniform(sh * 0.3, sh * 0.7)
    r = rng.uniform(3, 8)
    small = np.exp(-(((x - gx) / (r * 2)) ** 2 + ((y - gy) / r) ** 2)) * rng.uniform(60, 130)
    return cv2.resize(small.astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)


def chat_recompress(rng: random.Random, img: Image.Image) -> Image.Image:
    """What a chat app sends on: the long side cut to 1280–1600 px (JPEG quality is chosen when written)."""
    long_side = rng.randint(1280, 1600)
    k = long_side / max(img.size)
    return img.resize((round(img.width * k), round(img.height * k)), Image.LANCZOS) if k < 1 else img


def screenshot(sheet: Sheet) -> Image.Image:
    """A phone screen: the sheet is 108 × 234 mm at 254 dpi = 1080 × 2340 px."""
    return raster.render(sheet, 254)
