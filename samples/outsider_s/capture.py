"""How a page reaches the packet: scans, greyscale, bilevel TIFF, photocopies, low-res copies, phone photos on a desk,
chat-app recompression, screenshots, HEIC, EXIF orientation. Each function takes an upright RGB page image."""
import io

import cv2
import numpy as np
from PIL import Image, ImageFilter

PHYS_MM = {"a4": (210, 297), "card": (85.6, 54), "booklet": None, "cert": None, "slip": None}


def _nprng(rng):
    return np.random.default_rng(rng.randint(0, 2**31))


def render(page, px_long, seed):
    sh = page.sheet
    scale = px_long / max(sh.w, sh.h)
    return sh.to_image(scale, seed)


def dpi_scale(page, dpi):
    return dpi / 25.4 if page.sheet.unit == "mm" else 1.0


def lowfreq(npr, h, w, cells=6, amp=1.0):
    small = npr.normal(0, amp, (cells, cells)).astype(np.float32)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def on_scanner_bed(img, rng, bed_mm=(210, 297), dpi=200, obj_mm=None):
    """a card scanned on an A4 flatbed: white page with the card somewhere near the top"""
    W, H = int(bed_mm[0] / 25.4 * dpi), int(bed_mm[1] / 25.4 * dpi)
    bed = Image.new("RGB", (W, H), (252, 252, 250))
    tw = int(obj_mm[0] / 25.4 * dpi)
    th = int(tw * img.height / img.width)
    im = img.resize((tw, th), Image.LANCZOS)
    x = rng.randint(int(W * 0.05), max(int(W * 0.05) + 1, W - tw - int(W * 0.05)))
    y = rng.randint(int(H * 0.04), int(H * 0.35))
    bed.paste(im.rotate(rng.uniform(-2, 2), expand=True, fillcolor=(252, 252, 250)), (x, y))
    return bed


def scan(img, rng, grey=False):
    npr = _nprng(rng)
    im = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    a = np.asarray(im).astype(np.float32)
    a = a * rng.uniform(0.95, 1.0) + rng.uniform(0, 6)
    a += npr.normal(0, rng.uniform(1.5, 4), a.shape[:2])[..., None]
    im = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if rng.random() < 0.5:
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.8)))
    return im.convert("L") if grey else im


def bilevel(img, rng):
    g = scan(img, rng, grey=True)
    t = rng.randint(135, 175)
    return g.point(lambda v: 255 if v > t else 0, mode="1")


def photocopy(img, rng):
    npr = _nprng(rng)
    g = np.asarray(img.convert("L")).astype(np.float32)
    g = 255 - (255 - g) * rng.uniform(1.05, 1.35)
    g = g * rng.uniform(0.82, 0.93) + rng.uniform(0, 10)
    h, w = g.shape
    # dark band at the fold / edge of the lid
    if rng.random() < 0.7:
        if rng.random() < 0.5:
            x = int(w * rng.uniform(0.45, 0.55)) if rng.random() < 0.5 else int(w * rng.choice([0.02, 0.97]))
            band = np.exp(-((np.arange(w) - x) / (w * rng.uniform(0.01, 0.03))) ** 2) * rng.uniform(60, 140)
            g -= band[None, :]
        else:
            y = int(h * rng.choice([0.015, 0.985]))
            band = np.exp(-((np.arange(h) - y) / (h * 0.015)) ** 2) * rng.uniform(80, 150)
            g -= band[:, None]
    # toner specks
    n = int(h * w * rng.uniform(2e-5, 1e-4))
    ys, xs = npr.integers(0, h, n), npr.integers(0, w, n)
    g[ys, xs] = npr.uniform(20, 120, n)
    g += lowfreq(npr, h, w, 5, 8)
    g += npr.normal(0, 5, g.shape)
    im = Image.fromarray(g.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.9)))
    return im.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=235)


def lowres(img, rng):
    w, h = img.size
    f = rng.uniform(0.45, 0.65)
    im = img.resize((int(w * f), int(h * f)), Image.BILINEAR)
    return scan(im, rng, grey=rng.random() < 0.4)


def desk(npr, rng, W, H):
    kind = rng.choice(["wood", "cloth", "grey", "white", "dark"])
    base = {"wood": (150, 105, 70), "cloth": (60, 80, 110), "grey": (120, 120, 118), "white": (215, 212, 205),
            "dark": (45, 42, 40)}[kind]
    bg = np.empty((H, W, 3), np.float32)
    bg[:] = base
    bg += lowfreq(npr, H, W, 8, 14)[..., None]
    if kind == "wood":
        stripes = np.sin(np.linspace(0, rng.uniform(30, 70), H) + lowfreq(npr, H, 1, 12, 3)[:, 0])[:, None] * 12
        bg += stripes[..., None]
    if kind == "cloth":
        bg += cv2.resize(npr.normal(0, 10, (H // 4 + 1, W // 4 + 1)).astype(np.float32), (W, H), interpolation=cv2.INTER_NEAREST)[..., None]
    return bg


def photo(img, rng, obj="a4", size=None):
    """a phone photo of a page or a card lying on a desk"""
    npr = _nprng(rng)
    pw, ph = img.size
    portrait = ph >= pw
    L = rng.choice([4000, 4032, 3264, 3264, 3648, 4000])
    S = int(L * 0.75)
    if rng.random() < 0.2:
        S = int(L * 9 / 16)
    W, H = (S, L) if portrait else (L, S)
    frac = rng.uniform(0.62, 0.86) if obj != "card" else rng.uniform(0.38, 0.6)
    sc = frac * min(W / pw, H / ph)
    tw, th = pw * sc, ph * sc
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    dst = np.float32([[cx - tw / 2, cy - th / 2], [cx + tw / 2, cy - th / 2], [cx + tw / 2, cy + th / 2], [cx - tw / 2, cy + th / 2]])
    ang = np.radians(rng.uniform(-7, 7))
    R = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = (dst - [cx, cy]) @ R.T + [cx, cy]
    k = rng.uniform(0.0, 0.07)
    side = rng.choice([0, 1, 2, 3])
    shrink = {0: [0, 1], 1: [1, 2], 2: [2, 3], 3: [3, 0]}[side]
    for i in shrink:
        o = (2 + (i + 2) % 4) % 4
        dst[i] += (np.array([cx, cy]) - dst[i]) * k
    dst += npr.normal(0, min(W, H) * 0.006, dst.shape).astype(np.float32)
    M = cv2.getPerspectiveTransform(src, dst.astype(np.float32))
    bg = desk(npr, rng, W, H)
    page = cv2.warpPerspective(np.asarray(img).astype(np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow of the page
    small = cv2.resize(np.roll(mask, (int(H * 0.006), int(W * 0.006)), (0, 1)), (W // 8, H // 8), interpolation=cv2.INTER_AREA)
    sh = cv2.resize(cv2.GaussianBlur(small, (0, 0), W * 0.006 / 8), (W, H), interpolation=cv2.INTER_LINEAR)
    bg *= (1 - 0.45 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + page * mask[..., None]
    # light: gradient + vignette + phone shadow
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    g = 1 + rng.uniform(-0.18, 0.18) * (xx / W - 0.5) + rng.uniform(-0.18, 0.18) * (yy / H - 0.5)
    v = 1 - rng.uniform(0.1, 0.3) * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light = g * v * rng.uniform(0.8, 1.05)
    if rng.random() < 0.5:
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.3, 1.0) * H
        d = np.sqrt(((xx - sx) / (W * 0.35)) ** 2 + ((yy - sy) / (H * 0.25)) ** 2)
        light *= 1 - rng.uniform(0.15, 0.3) * (1 / (1 + np.exp((d - 1) * 6)))
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    out *= light[..., None]
    if obj == "card" and rng.random() < 0.8:  # glare on laminate
        gx, gy = cx + rng.uniform(-0.3, 0.3) * tw, cy + rng.uniform(-0.3, 0.3) * th
        yy2, xx2 = np.ogrid[0:H, 0:W]
        glare = np.exp(-(((xx2 - gx) / (tw * 0.18)) ** 2 + ((yy2 - gy) / (th * 0.12)) ** 2)) * rng.uniform(60, 140)
        out += (glare * mask)[..., None]
    # warm / cool cast
    out *= np.array([rng.uniform(0.96, 1.04), 1, rng.uniform(0.92, 1.04)], np.float32)
    s = rng.uniform(0.4, 1.3)
    out = cv2.GaussianBlur(out, (0, 0), s)
    out += npr.normal(0, rng.uniform(2, 5), (H, W, 1)).astype(np.float32)
    return Image.fromarray(out.clip(0, 255).astype(np.uint8))


def dark_photo(img, rng):
    p = photo(img, rng)
    a = np.asarray(p).astype(np.float32) * rng.uniform(0.05, 0.08)
    a = cv2.GaussianBlur(a, (0, 0), 14)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def chat(img, rng):
    w, h = img.size
    L = rng.randint(1280, 1600)
    f = L / max(w, h)
    if f < 1:
        img = img.resize((int(w * f), int(h * f)), Image.BILINEAR)
    return img


def jpeg_bytes(img, q, exif=None):
    b = io.BytesIO()
    kw = {"quality": q}
    if exif is not None:
        kw["exif"] = exif
    img.convert("RGB").save(b, "JPEG", **kw)
    return b.getvalue()


def orient(img, rng, allow=True):
    """returns (stored image, exif orientation or None, truth rotation (clockwise degrees of the displayed content))"""
    r = rng.random()
    if not allow or r < 0.72:
        return img, None, 0
    if r < 0.9:
        tag = rng.choice([6, 6, 8, 3])
        stored = {6: img.rotate(90, expand=True), 8: img.rotate(270, expand=True), 3: img.rotate(180)}[tag]
        return stored, tag, 0
    k = rng.choice([90, 180, 270])
    # PIL rotate is counter-clockwise: content turned clockwise by k
    return img.rotate(360 - k, expand=True), None, k


def exif_with_orientation(tag):
    ex = Image.Exif()
    ex[0x0112] = tag
    ex[0x010F] = "Apple" if tag % 2 == 0 else "Xiaomi"
    ex[0x0110] = "iPhone 13" if tag % 2 == 0 else "Redmi K60"
    return ex
