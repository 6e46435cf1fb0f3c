"""How a rendered page becomes a file: scans, copies, phone photos, chat recompression, screenshots."""
import io

import cv2
import numpy as np
from PIL import Image, ImageEnhance, ImageFilter, ImageOps

from .render import raster


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2 ** 31))


def scan(img, rng, grey=False):
    im = img.rotate(rng.uniform(-1.0, 1.0), resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 250))
    a = np.asarray(im).astype("float32")
    a = a * rng.uniform(0.93, 1.0) + _np_rng(rng).normal(0, 3, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    return ImageOps.grayscale(im).convert("RGB") if grey else im


def photocopy(img, rng):
    g = ImageOps.grayscale(img)
    g = ImageEnhance.Contrast(g).enhance(rng.uniform(1.3, 1.7))
    a = np.asarray(g).astype("float32")
    nr = _np_rng(rng)
    a = a * 0.92 + 8
    h, w = a.shape
    # fold band
    if rng.random() < 0.7:
        y = int(h * rng.uniform(0.45, 0.55))
        band = np.exp(-((np.arange(h) - y) / (h * 0.012)) ** 2)[:, None]
        a = a * (1 - 0.35 * band)
    # toner specks
    specks = nr.random(a.shape) < 0.0012
    a[specks] = nr.uniform(20, 90, specks.sum())
    a += nr.normal(0, 5, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype("uint8")).filter(ImageFilter.GaussianBlur(0.5))
    im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=235)
    return im.convert("RGB")


def _background(w, h, rng):
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "cloth", "desk", "dark"])
    if kind == "wood":
        base = np.array([150, 105, 65], "float32")
        x = np.arange(w)[None, :]
        yv = np.arange(h)[:, None]
        stripes = 18 * np.sin(x / rng.uniform(8, 20) + 3 * np.sin(yv / 200))
        a = base[None, None, :] + stripes[..., None] + nr.normal(0, 6, (h, w, 1))
    elif kind == "cloth":
        base = np.array(rng.choice([[70, 90, 120], [120, 60, 60], [90, 110, 80]]), "float32")
        a = base[None, None, :] + nr.normal(0, 12, (h, w, 1))
    elif kind == "desk":
        a = np.full((h, w, 3), rng.uniform(200, 230), "float32") + nr.normal(0, 4, (h, w, 1))
    else:
        a = np.full((h, w, 3), rng.uniform(35, 60), "float32") + nr.normal(0, 5, (h, w, 1))
    return np.clip(a, 0, 255).astype("uint8")


def photo(img, rng, card=False, long_side=None):
    """The page in a phone photo: perspective, background, uneven light, shadow, glare on a card, blur."""
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    long_side = long_side or rng.choice([3000, 3264, 3264])
    portrait_frame = h >= w
    W, H = (int(long_side * 0.75), long_side) if portrait_frame else (long_side, int(long_side * 0.75))
    fill = rng.uniform(0.45, 0.6) if card else rng.uniform(0.72, 0.9)
    s = min(W * fill / w, H * fill / h)
    cw, ch = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = lambda: rng.uniform(-0.07, 0.07) * min(cw, ch)
    key = rng.uniform(0.0, 0.08) * cw
    dst = np.float32([[cx - cw / 2 + key + j(), cy - ch / 2 + j()], [cx + cw / 2 - key + j(), cy - ch / 2 + j()],
                      [cx + cw / 2 + j(), cy + ch / 2 + j()], [cx - cw / 2 + j(), cy + ch / 2 + j()]])
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    bg = _background(W, H, rng)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), M, (W, H))
    # a soft shadow under the sheet
    sh = cv2.GaussianBlur(mask, (0, 0), 25).astype("float32") / 255
    out = bg.astype("float32") * (1 - 0.35 * np.roll(sh, (18, 12), (0, 1)))[..., None]
    m = (mask.astype("float32") / 255)[..., None]
    out = out * (1 - m) + warped.astype("float32") * m
    # uneven light and the phone's shadow
    yy, xx = np.mgrid[0:H, 0:W].astype("float32")
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.18 * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    if rng.random() < 0.5:
        px, py, r = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H, rng.uniform(0.2, 0.35) * W
        light *= 1 - 0.3 * np.exp(-(((xx - px) ** 2 + (yy - py) ** 2) / (2 * r * r)))
    out *= light[..., None] * rng.uniform(0.8, 1.02)
    if card:  # glare on the laminate
        gx0, gy0, r = cx + rng.uniform(-0.3, 0.3) * cw, cy + rng.uniform(-0.3, 0.3) * ch, 0.18 * cw
        glare = np.exp(-(((xx - gx0) ** 2) / (2 * r * r) + ((yy - gy0) ** 2) / (2 * (r * 0.5) ** 2)))
        out += (120 * glare * m[..., 0])[..., None]
    out = np.clip(out + _np_rng(rng).normal(0, 3, out.shape), 0, 255).astype("uint8")
    im = Image.fromarray(out)
    if rng.random() < 0.5:
        im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.4)))
    return im


def chat(im, rng):
    long_side = rng.choice([1280, 1440, 1600])
    s = long_side / max(im.size)
    if s < 1:
        im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    return jpeg_roundtrip(im, rng.randint(45, 65))


def jpeg_roundtrip(im, q):
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=q)
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def lowres(img):
    s = 100 / 200
    return img.resize((int(img.width * s), int(img.height * s)), Image.BILINEAR)


CAPTURES = ["scan", "scan_grey", "photocopy", "lowres", "photo", "chat", "heic", "screenshot", "text_pdf",
            "image_pdf", "bilevel_tiff"]


def render_capture(page, kind, rng, card=False, pre=None):
    """Rasterises page (a Page, or an already rendered image) and applies the capture kind; returns a PIL image."""
    dpi = {"lowres": 200, "scan": rng.choice([150, 200, 240]), "scan_grey": 200, "photocopy": 200, "photo": 200,
           "chat": 200, "heic": 200, "image_pdf": 200, "bilevel_tiff": 200, "screenshot": 254}.get(kind, 200)
    if card:
        dpi = 600 if kind in ("photo", "chat", "heic") else 300
    img = page if isinstance(page, Image.Image) else raster(page, dpi)
    if pre:
        img = pre(img)
    if kind == "scan":
        return scan(img, rng)
    if kind in ("scan_grey", "image_pdf"):
        return scan(img, rng, grey=kind == "scan_grey" or rng.random() < 0.4)
    if kind == "photocopy":
        return photocopy(img, rng)
    if kind == "lowres":
        return jpeg_roundtrip(lowres(img), 70)
    if kind == "photo":
        return photo(img, rng, card)
    if kind == "heic":
        return photo(img, rng, card, long_side=rng.choice([2400, 3024]))
    if kind == "chat":
        return chat(photo(img, rng, card, long_side=2400), rng)
    if kind == "bilevel_tiff":
        g = ImageOps.grayscale(scan(img, rng))
        return g.point(lambda v: 255 if v > rng.choice([150, 170, 185]) else 0).convert("1")
    return img  # screenshot
