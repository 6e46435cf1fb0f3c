"""Sheets (what lies under the camera) and captures (how it reaches the file)."""
import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from . import draw as dr

cv2.setNumThreads(1)

WATERMARK = "仅供居住证积分使用，他用无效"


class Sheet:
    """One Page, rendered on demand at a dpi."""

    def __init__(self, page):
        self.page = page
        self.w, self.h = page.w, page.h

    def render(self, dpi):
        return dr.render(self.page, dpi)


class Composite:
    """Several sheets laid on one surface: an A4 copy with cards, an open booklet."""

    def __init__(self, w, h, items, bg=(255, 255, 255), gutter=False):
        self.w, self.h, self.items, self.bg, self.gutter = w, h, items, bg, gutter

    def render(self, dpi):
        k = dpi / 25.4
        im = Image.new("RGB", (int(self.w * k), int(self.h * k)), self.bg)
        for sheet, x, y in self.items:
            sub = sheet.render(dpi)
            im.paste(sub, (int(x * k), int(y * k)))
        if self.gutter:
            d = ImageDraw.Draw(im)
            x = int(self.w * k / 2)
            for i in range(-6, 7):
                d.line([(x + i, 0), (x + i, im.height)], fill=tuple(int(v * (0.75 + 0.04 * abs(i))) for v in (240, 235, 225)))
        return im


def a4_with(items):
    """items: sheets placed top-down / side by side on an A4 copy."""
    return Composite(210, 297, items)


def rng_np(rng):
    return np.random.default_rng(rng.randint(0, 1 << 30))


# ------------------------------------------------------------------ page-level effects
def watermark(im, rng):
    W, H = im.size
    layer = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    px = int(min(W, H) * rng.uniform(0.035, 0.06))
    f = dr.pil_font(dr.NOTO_SANS_B, px)
    col = rng.choice([(220, 40, 40), (40, 80, 200), (120, 120, 120), (30, 30, 30), (230, 120, 20)]) + (rng.randint(60, 100),)
    step = int(px * rng.uniform(3.5, 5.5))
    for y in range(0, H * 2, step):
        d.text(((y // step) % 2 * px * 4, y), (WATERMARK + "    ") * 6, font=f, fill=col)
    layer = layer.rotate(rng.uniform(-40, 40), resample=Image.BICUBIC)
    layer = layer.crop((W // 2, H // 2, W // 2 + W, H // 2 + H))
    out = im.convert("RGBA")
    out.alpha_composite(layer)
    return out.convert("RGB")


def small_rotate(im, deg, fill):
    """Rotate by a small angle (degrees, counter-clockwise) keeping the size."""
    a = np.array(im)
    h, w = a.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    bv = fill if a.ndim == 2 else tuple(fill) if isinstance(fill, tuple) else (fill, fill, fill)
    return Image.fromarray(cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=bv))


def _noise(a, rng, sigma):
    n = np.empty(a.shape[:2], np.int16)
    cv2.setRNGSeed(rng.randint(0, 1 << 30))
    cv2.randn(n, 0, sigma)
    if a.ndim == 3:
        n = cv2.merge([n, n, n])
    return cv2.add(a, n, dtype=cv2.CV_8U) if a.dtype == np.uint8 else np.clip(a + n, 0, 255).astype(np.uint8)


def scan(sheet, rng, dpi=None, grey=False):
    dpi = dpi or rng.choice([150, 200, 200, 240, 300])
    im = sheet.render(dpi)
    if sheet.w < 150 and sheet.h < 150:  # a card or booklet page on the flatbed: white A4 bed around it
        k = dpi / 25.4
        bed = Image.new("RGB", (int(210 * k), int(297 * k)), (250, 250, 250))
        bed.paste(im, (int(rng.uniform(8, 30) * k), int(rng.uniform(8, 30) * k)))
        im = bed
    im = small_rotate(im, rng.uniform(-1.5, 1.5), (252, 252, 252))
    a = np.array(im)
    a = _noise(a, rng, 3.0)
    im = Image.fromarray(a)
    if grey:
        im = im.convert("L")
    return im


def photocopy(sheet, rng, dpi=None):
    dpi = dpi or rng.choice([150, 200])
    im = sheet.render(dpi)
    if sheet.w < 150 and sheet.h < 150:
        k = dpi / 25.4
        bed = Image.new("RGB", (int(210 * k), int(297 * k)), (255, 255, 255))
        bed.paste(im, (int(rng.uniform(10, 40) * k), int(rng.uniform(10, 60) * k)))
        im = bed
    g = np.array(im.convert("L")).astype(np.float32)
    g = np.clip((g - 40) * 1.25, 0, 255) * rng.uniform(0.88, 0.95) + 8
    h, w = g.shape
    R = rng_np(rng)
    if rng.random() < 0.7:  # dark band at the fold
        horiz = rng.random() < 0.5
        pos = rng.uniform(0.3, 0.7) * (h if horiz else w)
        wid = rng.uniform(0.01, 0.03) * (h if horiz else w)
        idx = np.arange(h if horiz else w)
        band = 1 - 0.45 * np.exp(-((idx - pos) / wid) ** 2)
        g = g * (band[:, None] if horiz else band[None, :])
    edge = np.minimum.outer(np.minimum(np.arange(h), np.arange(h)[::-1]), np.minimum(np.arange(w), np.arange(w)[::-1]))
    g = g * np.clip(0.8 + edge / (0.04 * max(h, w)), 0, 1)
    specks = R.random((h, w)) < 0.0012
    g[specks] = R.uniform(0, 90, specks.sum())
    g = g + R.normal(0, 6, g.shape)
    im = Image.fromarray(np.clip(g, 0, 255).astype(np.uint8))
    im = im.filter(ImageFilter.GaussianBlur(0.5))
    return small_rotate(im, rng.uniform(-1.2, 1.2), 235)


def lowres(sheet, rng):
    im = scan(sheet, rng, dpi=rng.choice([96, 100, 110]))
    return im


def bilevel(sheet, rng):
    im = scan(sheet, rng, dpi=rng.choice([200, 300]), grey=True)
    a = np.array(im)
    thr = rng.randint(150, 185)
    return Image.fromarray(((a > thr) * 255).astype(np.uint8)).convert("1", dither=Image.NONE)


def _background(W, H, rng, kind):
    R = rng_np(rng)
    w, h = W // 4, H // 4
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 70), (180, 140, 100), (110, 75, 50), (200, 170, 130)]), np.float32)
        streak = np.cumsum(R.normal(0, 1, (h, 1)), axis=0)
        streak = (streak - streak.mean()) / (streak.std() + 1e-6)
        tex = streak * 10 + R.normal(0, 5, (h, w))
        a = base[None, None, :] + tex[..., None]
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 70, 110), (160, 40, 50), (90, 120, 90), (200, 200, 195), (40, 40, 40)]), np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        tex = 12 * np.sin(xx * 0.9) * np.sin(yy * 0.9) + R.normal(0, 6, (h, w))
        a = base[None, None, :] + tex[..., None]
    else:
        base = np.array(rng.choice([(215, 215, 210), (235, 235, 238), (190, 195, 200)]), np.float32)
        a = base[None, None, :] + R.normal(0, 4, (h, w))[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    return cv2.resize(a, (W, H), interpolation=cv2.INTER_LINEAR)


def photo(sheet, rng, mp=None, card=False):
    """A phone photo: the sheet small in the frame, keystone, light, shadow, glare, blur."""
    mp = mp or rng.choice([8, 8, 12, 12, 16])
    dims = {3: (2048, 1536), 5: (2592, 1944), 8: (3264, 2448), 12: (4000, 3000), 16: (4608, 3456)}[mp]
    portrait = sheet.h > sheet.w
    FW, FH = (dims[1], dims[0]) if portrait else dims
    fill = rng.uniform(0.45, 0.62) if card else rng.uniform(0.68, 0.86)
    scale_px_per_mm = min(FW * fill / sheet.w, FH * fill / sheet.h)
    dpi = min(600, scale_px_per_mm * 25.4 * 1.05)
    src = np.array(sheet.render(dpi))
    sh, sw = src.shape[:2]
    pw, ph = sheet.w * scale_px_per_mm, sheet.h * scale_px_per_mm
    cx, cy = FW / 2 + rng.uniform(-0.08, 0.08) * FW, FH / 2 + rng.uniform(-0.06, 0.06) * FH
    ang = math.radians(rng.uniform(-7, 7))
    corners = []
    for dx, dy in [(-1, -1), (1, -1), (1, 1), (-1, 1)]:
        x, y = dx * pw / 2, dy * ph / 2
        corners.append([cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang)])
    corners = np.array(corners, np.float32)
    # keystone: shrink the top or one side
    k = rng.uniform(0.02, 0.09)
    side = rng.choice(["top", "bottom", "left", "right"])
    idx = {"top": (0, 1), "bottom": (3, 2), "left": (0, 3), "right": (1, 2)}[side]
    a, b = corners[idx[0]].copy(), corners[idx[1]].copy()
    mid = (a + b) / 2
    corners[idx[0]] = a + (mid - a) * k * 2
    corners[idx[1]] = b + (mid - b) * k * 2
    corners += np.array([[rng.uniform(-0.01, 0.01) * FW, rng.uniform(-0.01, 0.01) * FH] for _ in range(4)], np.float32)
    # keep the whole sheet inside the frame with a margin: shrink about its centre, then shift
    mx, my = 0.03 * FW, 0.03 * FH
    ctr = corners.mean(axis=0)
    half = np.abs(corners - ctr).max(axis=0)
    s = min(1.0, (FW / 2 - mx) / half[0], (FH / 2 - my) / half[1])
    corners = ctr + (corners - ctr) * s
    lo, hi = corners.min(axis=0), corners.max(axis=0)
    shift = np.array([max(0, mx - lo[0]) - max(0, hi[0] - (FW - mx)), max(0, my - lo[1]) - max(0, hi[1] - (FH - my))], np.float32)
    corners = (corners + shift).astype(np.float32)
    M = cv2.getPerspectiveTransform(np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32), corners)
    sw4, sh4 = FW // 4, FH // 4
    bg = _background(FW, FH, rng, rng.choice(["wood", "cloth", "desk"]))
    warped = cv2.warpPerspective(src, M, (FW, FH), flags=cv2.INTER_AREA if dpi * 1.0 > scale_px_per_mm * 25.4 else cv2.INTER_LINEAR,
                                 borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.full((sh, sw), 255, np.uint8), M, (FW, FH), flags=cv2.INTER_LINEAR)
    m3 = cv2.merge([mask, mask, mask])
    out = cv2.add(cv2.multiply(warped, m3, scale=1 / 255.0), cv2.multiply(bg, 255 - m3, scale=1 / 255.0))
    # gain map at quarter size: drop shadow under the paper, uneven light, shadow of the phone
    ms = cv2.resize(mask, (sw4, sh4), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    shadow = cv2.GaussianBlur(ms, (0, 0), 4)
    gain = 1 - 0.35 * shadow * (1 - ms)
    yy, xx = np.mgrid[0:sh4, 0:sw4].astype(np.float32)
    lx, ly = rng.uniform(0, sw4), rng.uniform(0, sh4)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(sw4, sh4)
    gain *= rng.uniform(0.95, 1.08) - rng.uniform(0.15, 0.35) * dist
    if rng.random() < 0.5:  # shadow of the phone / hand
        poly = np.zeros((sh4, sw4), np.uint8)
        x0 = rng.uniform(0, sw4)
        pts = np.array([[x0, 0], [x0 + rng.uniform(60, 200), 0], [x0 + rng.uniform(80, 260), sh4 * rng.uniform(0.3, 0.6)],
                        [x0 - rng.uniform(0, 80), sh4 * rng.uniform(0.3, 0.6)]], np.int32)
        cv2.fillPoly(poly, [pts], 255)
        poly = cv2.GaussianBlur(poly, (0, 0), 20).astype(np.float32) / 255.0
        gain *= 1 - rng.uniform(0.18, 0.3) * poly
    glare = None
    if card or rng.random() < 0.2:  # glare on laminate
        g = np.zeros((sh4, sw4), np.float32)
        gx, gy = cx / 4 + rng.uniform(-pw, pw) / 10, cy / 4 + rng.uniform(-ph, ph) / 10
        cv2.ellipse(g, (int(gx), int(gy)), (int(pw / 16 + 5), int(ph / 30 + 3)), rng.uniform(0, 180), 0, 360, 1.0, -1)
        g = cv2.GaussianBlur(g, (0, 0), 10) * ms * (rng.uniform(60, 110) if card else rng.uniform(30, 55))
        glare = cv2.resize(g, (FW, FH))
    gain = cv2.resize(gain, (FW, FH))
    out = out.astype(np.float32)
    out *= cv2.merge([gain, gain, gain])
    if glare is not None:
        out += cv2.merge([glare, glare, glare])
    out = cv2.convertScaleAbs(out)
    sig = rng.uniform(0.5, 1.3)
    out = cv2.GaussianBlur(out, (0, 0), sig)
    out = _noise(out, rng, 2.5)
    img = Image.fromarray(out)
    img.info["corners"] = corners
    return img


def darken(im, rng):
    """A page that is too dark / too blurred to read: the unreadable page."""
    a = np.array(im.convert("RGB"))
    h, w = a.shape[:2]
    s = cv2.resize(a, (w // 8, h // 8), interpolation=cv2.INTER_AREA)
    s = cv2.GaussianBlur(s, (0, 0), 3)
    s = cv2.convertScaleAbs(s, alpha=rng.uniform(0.12, 0.2))
    a = cv2.resize(s, (w, h), interpolation=cv2.INTER_LINEAR)
    return Image.fromarray(_noise(a, rng, 4))


def chat(im, rng):
    L = rng.randint(1280, 1600)
    s = L / max(im.size)
    if s < 1:
        im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=rng.randint(38, 55))
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def scanner_app(sheet, rng):
    """A scanner app: a phone photo, dewarped from the page corners it found (a little off), contrast pushed."""
    im = photo(sheet, rng, mp=5)
    c = np.array(im.info["corners"], np.float32)
    ctr = c.mean(axis=0)
    c = ctr + (c - ctr) * rng.uniform(1.0, 1.02) + np.array([[rng.uniform(-4, 4), rng.uniform(-4, 4)] for _ in range(4)], np.float32)
    W = int(np.linalg.norm(c[1] - c[0]))
    H = int(W * sheet.h / sheet.w)
    if max(W, H) > 2200:
        s = 2200 / max(W, H)
        W, H = int(W * s), int(H * s)
    M = cv2.getPerspectiveTransform(c.astype(np.float32), np.array([[0, 0], [W, 0], [W, H], [0, H]], np.float32))
    a = cv2.warpPerspective(np.array(im), M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    # flatten the light the way scanner apps do: divide by a background estimate
    g = cv2.cvtColor(a, cv2.COLOR_RGB2GRAY)
    small = cv2.resize(g, (max(8, W // 8), max(8, H // 8)), interpolation=cv2.INTER_AREA)
    bgd = cv2.GaussianBlur(cv2.dilate(small, np.ones((7, 7), np.uint8)), (0, 0), 4)
    bgd = cv2.resize(bgd, (W, H)).astype(np.float32)
    a = a.astype(np.float32) * (245.0 / np.maximum(bgd, 40))[..., None]
    a = cv2.convertScaleAbs(a, alpha=1.25, beta=-50)
    return Image.fromarray(a)


def turn(im, deg):
    """Content turned clockwise by deg."""
    if deg == 0:
        return im
    return im.transpose({90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}[deg])


EXIF_STORE = {3: Image.ROTATE_180, 6: Image.ROTATE_90, 8: Image.ROTATE_270}


def exif_bytes(orientation, rng):
    ex = Image.Exif()
    ex[0x010F] = rng.choice(["Apple", "HUAWEI", "Xiaomi", "OPPO", "vivo"])
    ex[0x0110] = rng.choice(["iPhone 13", "iPhone 15 Pro", "ELS-AN00", "M2012K11AC", "PGT-AN10"])
    ex[0x0132] = "2026:%02d:%02d %02d:%02d:%02d" % (rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 22), rng.randint(0, 59), rng.randint(0, 59))
    if orientation:
        ex[0x0112] = orientation
    return ex.tobytes()
