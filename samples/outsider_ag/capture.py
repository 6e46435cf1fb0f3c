"""How a page reaches the packet: scans, photocopies, B/W office scans, phone photos, chat recompression."""
import math

import cv2
import numpy as np
from PIL import Image, ImageFilter

from .raster import affine_items, homography_items, scale_items

MAX_PHOTO = 4000


def _arr(img):
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _noise(rng, shape, sigma):
    """Sensor / paper noise; large frames get noise drawn at half size and enlarged (fast)."""
    g = np.random.default_rng(rng.randrange(2 ** 31))
    h, w = shape[:2]
    if h * w > 4_000_000:
        small = g.normal(0, sigma * 1.4, ((h + 1) // 2, (w + 1) // 2)).astype(np.float32)
        return cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
    return g.normal(0, sigma, shape[:2]).astype(np.float32)


def _skew(img, items, angle, fill):
    if not angle:
        return img, items
    w, h = img.size
    out = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    a = math.radians(angle)
    c, s = math.cos(a), math.sin(a)
    cx, cy = w / 2, h / 2
    M = [[c, s, cx - c * cx - s * cy], [-s, c, cy + s * cx - c * cy]]
    return out, affine_items(items, M)


def clean(img, items, rng):
    return img, items, {"capture": "clean"}


def scan(img, items, rng, grey=False):
    img, items = _skew(img, items, rng.uniform(-1.0, 1.0), (250, 250, 248))
    a = _arr(img)
    tone = np.array([rng.uniform(242, 252), rng.uniform(240, 250), rng.uniform(232, 246)], np.float32)
    a = a * (tone / 255.0)
    a += _noise(rng, a.shape[:2], rng.uniform(1.5, 4))[..., None]
    out = _img(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if grey:
        out = out.convert("L").convert("RGB")
    return out, items, {"capture": "grey_scan" if grey else "scan"}


def photocopy(img, items, rng):
    img, items = _skew(img, items, rng.uniform(-1.5, 1.5), (245, 245, 245))
    a = np.asarray(img.convert("L")).astype(np.float32)
    a = 255 * (a / 255.0) ** rng.uniform(1.2, 1.6)   # darker toner
    a = a * rng.uniform(0.86, 0.94) + rng.uniform(6, 16)
    h, w = a.shape
    g = np.random.default_rng(rng.randrange(2 ** 31))
    a += g.normal(0, 6, a.shape)
    specks = g.random(a.shape) < 0.0009
    a[specks] = g.uniform(20, 90, specks.sum())
    if rng.random() < 0.7:  # dark band at the fold / edge
        if rng.random() < .5:
            x = int(w * rng.uniform(0.0, 0.06)) if rng.random() < .5 else int(w * rng.uniform(.94, 1.0))
        else:
            x = int(w * rng.uniform(.47, .53))
        xs = np.arange(w, dtype=np.float32)
        band = np.exp(-((xs - x) / (w * rng.uniform(0.01, 0.025))) ** 2) * rng.uniform(60, 130)
        a -= band[None, :]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return out.convert("RGB"), items, {"capture": "photocopy"}


def bilevel(img, items, rng):
    img, items = _skew(img, items, rng.uniform(-0.8, 0.8), (255, 255, 255))
    a = np.asarray(img.convert("L")).astype(np.float32)
    a += _noise(rng, a.shape, 10)
    thr = rng.uniform(150, 185)
    out = Image.fromarray(((a > thr) * 255).astype(np.uint8)).convert("1")
    return out, items, {"capture": "bilevel"}


def lowres(img, items, rng, target_long=None):
    long = target_long or rng.randint(800, 1150)
    f = long / max(img.size)
    if f < 1:
        img = img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)
        items = scale_items(items, f)
    a = _arr(img) + _noise(rng, (img.height, img.width), 3)[..., None]
    return _img(a), items, {"capture": "lowres"}


def too_dark(img, items, rng):
    """A failed capture: almost no light, the content is lost in noise."""
    out, items, meta = photo(img, items, rng, long_side=rng.randint(2400, 3200))
    a = _arr(out) * rng.uniform(0.035, 0.06)
    a += _noise(rng, a.shape[:2], 2.0)[..., None] + 6
    return _img(a).filter(ImageFilter.GaussianBlur(2.5)), items, dict(meta, capture="too_dark")


def _background(rng, W, H):
    kind = rng.choice(["wood", "cloth", "desk", "desk"])
    g = np.random.default_rng(rng.randrange(2 ** 31))
    sw, sh = max(8, W // 8), max(8, H // 8)
    if kind == "wood":
        base = np.array([rng.uniform(120, 170), rng.uniform(80, 115), rng.uniform(45, 70)], np.float32)
        ys = np.arange(sh, dtype=np.float32)[:, None]
        grain = np.sin(ys / rng.uniform(2, 6) + g.normal(0, .6, (sh, sw)).cumsum(axis=1) * 0.05) * 14
        a = base[None, None, :] + grain[..., None] + g.normal(0, 4, (sh, sw, 1))
    elif kind == "cloth":
        base = np.array(rng.choice([(70, 80, 110), (150, 60, 60), (90, 110, 90), (60, 60, 66)]), np.float32)
        yy, xx = np.mgrid[0:sh, 0:sw]
        a = base[None, None, :] + (((yy + xx) % 3 == 0) * 12 - 6)[..., None] + g.normal(0, 5, (sh, sw, 1))
    else:
        v = rng.uniform(150, 225)
        base = np.array([v, v * rng.uniform(.97, 1.01), v * rng.uniform(.92, 1.0)], np.float32)
        a = base[None, None, :] + g.normal(0, 3, (sh, sw, 1))
    bg = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize((W, H), Image.BILINEAR)
    return bg


def photo(img, items, rng, long_side=None, obj="paper", fill=0.7):
    """Phone photo: the page on a desk, keystone, uneven light, shadow, glare for cards, slight blur."""
    w, h = img.size
    long_side = min(MAX_PHOTO, long_side or rng.choice([3000, 3264, 3648, 4000]))
    landscape = (w > h) if rng.random() < 0.85 else (w <= h)
    W, H = (long_side, int(long_side * 3 / 4)) if landscape else (int(long_side * 3 / 4), long_side)
    fill = min(0.92, max(0.3, fill * rng.uniform(0.8, 1.15)))
    s = min(W * fill / w, H * fill / h)
    dw, dh = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-.08, .08) * W, H / 2 + rng.uniform(-.08, .08) * H
    cx = min(max(cx, dw / 2 + 10), W - dw / 2 - 10)
    cy = min(max(cy, dh / 2 + 10), H - dh / 2 - 10)
    j = 0.06 * min(dw, dh)
    rot = math.radians(rng.uniform(-6, 6))
    corners = []
    for px, py in [(-dw / 2, -dh / 2), (dw / 2, -dh / 2), (dw / 2, dh / 2), (-dw / 2, dh / 2)]:
        rx = px * math.cos(rot) - py * math.sin(rot)
        ry = px * math.sin(rot) + py * math.cos(rot)
        corners.append([cx + rx + rng.uniform(-j, j), cy + ry + rng.uniform(-j, j)])
    # keystone: one side narrower
    if rng.random() < .6:
        k = rng.uniform(0.02, 0.07) * dw
        corners[0][0] += k
        corners[1][0] -= k
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32(corners)
    Hm = cv2.getPerspectiveTransform(src, dst)
    bg = np.asarray(_background(rng, W, H)).astype(np.float32)
    doc = cv2.warpPerspective(np.asarray(img.convert("RGB")), Hm, (W, H), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), Hm, (W, H), flags=cv2.INTER_LINEAR)
    m = (mask.astype(np.float32) / 255.0)[..., None]
    # soft shadow of the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), max(3, W / 300)).astype(np.float32) / 255.0
    sh = np.roll(np.roll(sh, int(W / 250), 1), int(H / 200), 0)
    bg *= (1 - 0.35 * sh)[..., None]
    a = bg * (1 - m) + doc.astype(np.float32) * m
    # uneven light: a gradient and sometimes the shadow of the phone
    yy, xx = np.mgrid[0:H:8, 0:W:8].astype(np.float32)
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.05 - rng.uniform(0.15, 0.35) * np.hypot(xx - lx, yy - ly) / math.hypot(W, H)
    if rng.random() < .35:
        px0, py0 = rng.uniform(.2, .8) * W, rng.uniform(.5, 1.0) * H
        light *= 1 - 0.25 * np.exp(-(((xx - px0) / (W * .2)) ** 2 + ((yy - py0) / (H * .25)) ** 2))
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    a *= light[..., None] * rng.uniform(0.9, 1.05)
    tint = np.array([1.0, rng.uniform(.97, 1.0), rng.uniform(.9, .99)], np.float32)
    a *= tint
    if obj == "card" or rng.random() < 0.15:  # glare on laminate / glossy paper
        gx = corners[0][0] + (corners[1][0] - corners[0][0]) * rng.uniform(.2, .8)
        gy = corners[0][1] + (corners[3][1] - corners[0][1]) * rng.uniform(.2, .8)
        gl = np.exp(-(((xx - gx) / (dw * .12)) ** 2 + ((yy - gy) / (dh * .08)) ** 2)) * rng.uniform(60, 110)
        a += cv2.resize(gl.astype(np.float32), (W, H))[..., None] * m
    a += _noise(rng, (H, W), rng.uniform(2, 5))[..., None]
    out = cv2.GaussianBlur(np.clip(a, 0, 255).astype(np.uint8), (0, 0), rng.uniform(0.6, 1.4))
    return Image.fromarray(out), homography_items(items, Hm), {"capture": "photo"}


def chat(img, items, rng):
    """A photo recompressed by a chat app (~1280-1600 px)."""
    out, items, meta = photo(img, items, rng, long_side=rng.choice([2400, 3000]))
    long = rng.randint(1280, 1600)
    f = long / max(out.size)
    out = out.resize((int(out.width * f), int(out.height * f)), Image.BILINEAR)
    return out, scale_items(items, f), {"capture": "chat", "jpeg_quality": rng.randint(50, 65)}


def turn(img, items, cw):
    """Really turn the displayed content CW degrees clockwise (90, 180, 270)."""
    w, h = img.size
    if cw == 90:
        out = img.transpose(Image.ROTATE_270)
        M = [[0, -1, h], [1, 0, 0]]
    elif cw == 180:
        out = img.transpose(Image.ROTATE_180)
        M = [[-1, 0, w], [0, -1, h]]
    elif cw == 270:
        out = img.transpose(Image.ROTATE_90)
        M = [[0, 1, 0], [-1, 0, w]]
    else:
        return img, items
    return out, affine_items(items, M)


def exif_store(img, orientation):
    """Pixels as a phone stores them for EXIF ORIENTATION, so that a viewer displays IMG upright."""
    return {3: lambda i: i.transpose(Image.ROTATE_180), 6: lambda i: i.transpose(Image.ROTATE_90),
            8: lambda i: i.transpose(Image.ROTATE_270)}.get(orientation, lambda i: i)(img)
