"""Capture effects: flatbed scan (colour/grey), office B/W scan, photocopy, ~100 dpi copy, phone
photo (background, keystone, uneven light, glare, phone shadow, blur), chat-app recompression,
photo of a monitor (moire, bezel).  All driven by a random.Random, so deterministic."""
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps


def _np_rng(r):
    return np.random.default_rng(r.randint(0, 2 ** 31))


def _resize_long(im, L):
    w, h = im.size
    s = L / max(w, h)
    return im.resize((max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS)


def scan(im, r, grey=False, dpi=None, page_px=None):
    """Flatbed scan; page_px = target width of the page in pixels (dpi * 8.27in)."""
    dpi = dpi or r.choice([150, 200, 300])
    if page_px is None:
        page_px = int(dpi * 8.27) if im.width < im.height else int(dpi * 11.69)
    s = page_px / im.width
    im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    ang = r.uniform(-1.2, 1.2)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    a = np.asarray(im).astype(np.float32)
    g = _np_rng(r)
    a += g.normal(0, 3.0, a.shape[:2])[..., None]
    a = a * r.uniform(0.94, 1.0) + r.uniform(0, 10)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if grey:
        out = out.convert("L")
    return out


def photocopy(im, r, lowres=False):
    target = int((100 if lowres else r.choice([150, 200])) * (8.27 if im.width < im.height else 11.69))
    s = target / im.width
    im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS).convert("L")
    a = np.asarray(im).astype(np.float32)
    a = (a - 128) * r.uniform(1.2, 1.5) + 128 + r.uniform(-15, 5)
    g = _np_rng(r)
    h, w = a.shape
    # toner specks
    n = int(w * h / 2500)
    ys, xs = g.integers(0, h, n), g.integers(0, w, n)
    a[ys, xs] = g.uniform(0, 90, n)
    # dark band at the fold or edge
    if r.random() < 0.7:
        x = int(w * r.choice([0.02, 0.5, 0.97]))
        bw = int(w * r.uniform(0.01, 0.04))
        prof = np.exp(-((np.arange(w) - x) / max(1, bw)) ** 2) * r.uniform(60, 140)
        a -= prof[None, :]
    a += g.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    out = out.rotate(r.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=235)
    if lowres:
        out = out.filter(ImageFilter.GaussianBlur(0.6))
    return out


def bilevel(im, r, dpi=None):
    dpi = dpi or r.choice([200, 300])
    target = int(dpi * (8.27 if im.width < im.height else 11.69))
    s = target / im.width
    im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS).convert("L")
    im = im.rotate(r.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
    thr = r.randint(150, 190)
    return im.point(lambda v: 255 if v > thr else 0, mode="1")


def _lowgrid(W, H, f=8):
    h, w = max(2, H // f), max(2, W // f)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return yy * f, xx * f, (w, h)


def _up(a, W, H):
    return cv2.resize(a.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)


def _background(r, W, H):
    g = _np_rng(r)
    kind = r.choice(["wood", "cloth", "desk", "dark"])
    yy, xx, _ = _lowgrid(W, H, 2)
    if kind == "wood":
        base = np.array([150, 110, 75], np.float32)
        stripes = 20 * np.sin(xx / r.uniform(8, 30) + 3 * np.sin(yy / r.uniform(60, 200)))
        a = base[None, None, :] + stripes[..., None]
    elif kind == "cloth":
        base = np.array(r.choice([[60, 70, 110], [120, 40, 40], [70, 110, 80], [200, 200, 190]]), np.float32)
        a = base[None, None, :] + (8 * np.sin(xx / 3.0) * np.sin(yy / 3.0))[..., None]
    elif kind == "desk":
        a = np.ones(xx.shape + (3,), np.float32) * np.array(r.choice([[215, 215, 210], [190, 195, 200], [235, 230, 220]]), np.float32)
    else:
        a = np.ones(xx.shape + (3,), np.float32) * np.array([40, 42, 45], np.float32)
    a = a + g.normal(0, 5, xx.shape + (1,)).astype(np.float32)
    return cv2.resize(a, (W, H), interpolation=cv2.INTER_LINEAR)


def photo(im, r, card=False, target_long=None):
    """Phone photo of a page or card on a surface."""
    target_long = target_long or r.choice([2448, 3000, 3000, 3264, 4000])
    portrait = (im.height >= im.width) if r.random() < 0.85 else not (im.height >= im.width)
    W, H = (int(target_long * 0.75), target_long) if portrait else (target_long, int(target_long * 0.75))
    frac = r.uniform(0.45, 0.62) if card else r.uniform(0.72, 0.9)
    s = min(W * frac / im.width, H * frac / im.height)
    pw, ph = int(im.width * s), int(im.height * s)
    src = np.asarray(im.convert("RGB").resize((pw, ph), Image.LANCZOS))
    cx, cy = W / 2 + r.uniform(-0.06, 0.06) * W, H / 2 + r.uniform(-0.05, 0.05) * H
    k = r.uniform(0.0, 0.09)  # keystone
    j = lambda: r.uniform(-0.025, 0.025) * max(pw, ph)
    tl = (cx - pw / 2 * (1 - k) + j(), cy - ph / 2 + j())
    tr = (cx + pw / 2 * (1 - k) + j(), cy - ph / 2 + j())
    br = (cx + pw / 2 + j(), cy + ph / 2 + j())
    bl = (cx - pw / 2 + j(), cy + ph / 2 + j())
    ang = math.radians(r.uniform(-6, 6))

    def rot(p):
        x, y = p[0] - cx, p[1] - cy
        return (cx + x * math.cos(ang) - y * math.sin(ang), cy + x * math.sin(ang) + y * math.cos(ang))
    dst = np.float32([rot(tl), rot(tr), rot(br), rot(bl)])
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]]), dst)
    bg = _background(r, W, H)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=0).astype(np.float32)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32) / 255
    f = 8
    small = cv2.resize(mask, (W // f, H // f), interpolation=cv2.INTER_AREA)
    sh = cv2.GaussianBlur(small, (0, 0), 12 / f)
    sh = np.roll(np.roll(sh, max(1, 10 // f), 0), max(1, 8 // f), 1)
    yy, xx, _ = _lowgrid(W, H, f)
    yy, xx = yy[: small.shape[0], : small.shape[1]], xx[: small.shape[0], : small.shape[1]]
    lx, ly = r.uniform(0, W), r.uniform(0, H)
    light = 1.05 - r.uniform(0.15, 0.4) * (np.hypot(xx - lx, yy - ly) / max(W, H))
    if r.random() < 0.4:
        sx = r.uniform(0.3, 0.7) * W
        light = light * (1 - 0.3 * (1 / (1 + np.exp(-(xx - sx) / 60))) * (yy > H * r.uniform(0.5, 0.8)))
    glare = np.zeros_like(light)
    if card or r.random() < 0.3:
        gx, gy = r.uniform(0.3, 0.7) * W, r.uniform(0.3, 0.7) * H
        rad = r.uniform(0.05, 0.15) * W
        glare = np.exp(-((xx - gx) ** 2 + (yy - gy) ** 2) / (2 * rad ** 2)) * r.uniform(60, 140)
    shadow_f = _up(1 - 0.35 * sh, W, H)
    light_f = _up(light, W, H)
    glare_f = _up(glare, W, H) * mask
    m3 = mask[..., None]
    a = (bg * shadow_f[..., None]) * (1 - m3) + warped * m3
    a = a * light_f[..., None] + glare_f[..., None]
    g = _np_rng(r)
    noise = cv2.resize(g.normal(0, 4, (H // 2, W // 2)).astype(np.float32), (W, H), interpolation=cv2.INTER_NEAREST)
    a += noise[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    if r.random() < 0.5:
        a = cv2.GaussianBlur(a, (0, 0), r.uniform(0.5, 1.6))
    return Image.fromarray(a)


def chat(im, r):
    return _resize_long(im, r.choice([1280, 1440, 1600]))


def monitor(screen, r):
    """Photo of a monitor showing a web page: bezel, moire, keystone."""
    w, h = screen.size
    a = np.asarray(screen).astype(np.float32)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    f = r.uniform(0.6, 1.4)
    moire = 12 * np.sin((xx * math.cos(0.3) + yy * math.sin(0.3)) * f) * np.sin(yy * f * 0.9)
    a = a * 0.9 + 10 + moire[..., None]
    scr = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    b = int(w * 0.03)
    framed = Image.new("RGB", (w + 2 * b, h + 2 * b + int(b * 1.5)), (25, 25, 28))
    framed.paste(scr, (b, b))
    return photo(framed, r, card=False, target_long=r.choice([3000, 4000]))


def exif_orient(im, r):
    """Store the pixels turned and tag EXIF orientation so a viewer shows it upright."""
    o = r.choice([3, 6, 8])
    inv = {3: Image.ROTATE_180, 6: Image.ROTATE_90, 8: Image.ROTATE_270}[o]
    stored = im.transpose(inv)
    return stored, o


def turn(im, deg):
    """Really turned by deg clockwise (no EXIF tag)."""
    return im.rotate(-deg, expand=True)
