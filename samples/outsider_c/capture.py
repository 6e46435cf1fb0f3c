"""How a page reaches the packet: flatbed scans, office bilevel, photocopies, low-res copies, phone photos,
chat-app recompression, screenshots; and the file writers (JPEG with EXIF orientation, PNG, TIFF, PDF, HEIC, WebP)."""
from __future__ import annotations

import io
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

try:
    import cv2
except Exception:  # pragma: no cover
    cv2 = None


QUICK = False  # tests: small phone frames, same truth


def _scale_to(img: Image.Image, src_dpi: float, dpi: float) -> Image.Image:
    if abs(src_dpi - dpi) < 1:
        return img
    k = dpi / src_dpi
    return img.resize((max(1, int(img.width * k)), max(1, int(img.height * k))), Image.LANCZOS)


def _skew(img: Image.Image, deg: float, fill) -> Image.Image:
    return img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def _noise(img: Image.Image, sigma: float, rng: random.Random) -> Image.Image:
    a = np.asarray(img, dtype=np.float32)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    a = a + nr.normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def flatbed(img, src_dpi, rng, grey=False, dpi=None):
    dpi = dpi or rng.choice([150, 200, 240, 300])
    im = _scale_to(img, src_dpi, dpi)
    im = _skew(im, rng.uniform(-1.2, 1.2), (255, 255, 255))
    im = _noise(im, 2.5, rng)
    if grey:
        im = im.convert("L")
    return im, dpi


def bilevel(img, src_dpi, rng, dpi=None):
    dpi = dpi or rng.choice([200, 300])
    im = _scale_to(img, src_dpi, dpi).convert("L")
    im = _skew(im, rng.uniform(-0.8, 0.8), 255)
    thr = rng.randint(140, 185)
    im = im.point(lambda v: 255 if v > thr else 0).convert("1")
    return im, dpi


def photocopy(img, src_dpi, rng, dpi=None):
    dpi = dpi or rng.choice([150, 200])
    im = _scale_to(img, src_dpi, dpi).convert("L")
    a = np.asarray(im, dtype=np.float32)
    a = 255 - (255 - a) * rng.uniform(1.1, 1.4)  # darker toner
    a = a * rng.uniform(0.88, 0.96) + 6
    H, W = a.shape
    nr = np.random.default_rng(rng.randint(0, 2**31))
    specks = nr.random(a.shape) < 0.0015
    a[specks] = nr.uniform(0, 90, specks.sum())
    if rng.random() < 0.7:  # dark band at the fold / edge
        if rng.random() < 0.5:
            x = int(W * rng.uniform(0.45, 0.55)); w = int(W * 0.03)
            a[:, max(0, x - w):x + w] *= np.linspace(0.55, 1, w * 2)[None, :min(2 * w, W - max(0, x - w))] if False else 0.7
        else:
            w = int(W * 0.04)
            a[:, :w] *= np.linspace(0.35, 1, w)[None, :]
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    im = _skew(im, rng.uniform(-1.5, 1.5), 235)
    return im, dpi


def lowres(img, src_dpi, rng):
    dpi = rng.choice([90, 100, 110])
    im = _scale_to(img, src_dpi, dpi)
    if rng.random() < 0.5:
        im = im.convert("L")
    return im, dpi


BACKGROUNDS = [((120, 90, 60), "wood"), ((60, 70, 90), "cloth"), ((200, 200, 195), "desk"), ((35, 35, 38), "dark"),
               ((170, 150, 120), "cardboard"), ((230, 225, 215), "tablecloth")]


def phone_photo(img: Image.Image, rng: random.Random, mp: float | None = None, card: bool = False,
                fill: float | None = None) -> Image.Image:
    """The page in a phone frame: background texture, perspective, uneven light, glare, shadow, slight blur."""
    mp = mp or rng.choice([8, 12, 12, 12.2, 16])
    if QUICK:
        mp = 1.5
    ratio = rng.choice([4 / 3, 4 / 3, 16 / 9])
    H = int(math.sqrt(mp * 1e6 / ratio))
    W = int(H * ratio)
    portrait_frame = img.height > img.width
    if portrait_frame:
        W, H = H, W
    col, kind = rng.choice(BACKGROUNDS)
    nr = np.random.default_rng(rng.randint(0, 2**31))
    h4, w4 = H // 4, W // 4
    small = (nr.normal(0, 14, (H // 16 + 1, W // 16 + 1, 3)) + np.array(col)).clip(0, 255).astype(np.uint8)
    bg4 = cv2.resize(small, (w4, h4), interpolation=cv2.INTER_CUBIC).astype(np.float32)
    bg4 += nr.normal(0, 6, (h4, w4, 1)).astype(np.float32)
    if kind in ("wood", "cloth"):
        stripes = (np.sin(np.arange(h4)[:, None] * 4 / rng.uniform(3, 9) + np.arange(w4)[None, :] / 100) * 10)
        bg4 += stripes[..., None].astype(np.float32)
    bg = cv2.resize(np.clip(bg4, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    fill = fill or (rng.uniform(0.35, 0.6) if card else rng.uniform(0.62, 0.86))
    k = min(W * fill / img.width, H * fill / img.height)
    pw, ph = int(img.width * k), int(img.height * k)
    page = cv2.resize(np.asarray(img.convert("RGB")), (pw, ph), interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_CUBIC)
    cx, cy = W / 2 + rng.uniform(-0.08, 0.08) * W, H / 2 + rng.uniform(-0.08, 0.08) * H
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    j = 0.06 * min(pw, ph)
    dst = np.float32([[cx - pw / 2, cy - ph / 2], [cx + pw / 2, cy - ph / 2], [cx + pw / 2, cy + ph / 2], [cx - pw / 2, cy + ph / 2]])
    ks = rng.uniform(0.0, 0.09) * pw  # keystone: top edge narrower
    dst[0, 0] += ks; dst[1, 0] -= ks
    dst += np.float32([[rng.uniform(-j, j), rng.uniform(-j, j)] for _ in range(4)])
    ang = math.radians(rng.uniform(-6, 6))
    c, s = math.cos(ang), math.sin(ang)
    dst = np.float32([[cx + (x - cx) * c - (y - cy) * s, cy + (x - cx) * s + (y - cy) * c] for x, y in dst])
    bg = np.ascontiguousarray(np.asarray(bg))
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(page, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H))
    # soft shadow under the page, then the page over the background
    sh = cv2.GaussianBlur(cv2.resize(mask, (W // 8, H // 8)), (0, 0), 2)
    sh = np.roll(np.roll(sh, 1, 0), 1, 1).astype(np.float32)
    shade = cv2.resize((255 - 0.35 * sh).astype(np.uint8), (W, H))
    bg = cv2.multiply(bg, cv2.merge([shade] * 3), scale=1 / 255)
    out = np.where(mask[..., None] > 127, warped, bg)
    del warped, bg
    # uneven light, glare and the phone's shadow, computed on a coarse grid and enlarged
    h8, w8 = H // 8 + 1, W // 8 + 1
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    yy, xx = yy * 8, xx * 8
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + rng.uniform(0.08, 0.25) * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    light *= 1 - rng.uniform(0.05, 0.25) * (((xx / W - 0.5) ** 2 + (yy / H - 0.5) ** 2) * 2)
    light *= rng.uniform(0.85, 1.02)
    add = np.zeros_like(light)
    if card or rng.random() < 0.3:  # glare on laminate / glossy paper
        gx0, gy0 = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
        rad = rng.uniform(0.05, 0.15) * min(W, H)
        add = np.exp(-(((xx - gx0) / (rad * 1.8)) ** 2 + ((yy - gy0) / rad) ** 2)) * rng.uniform(70, 150)
    if rng.random() < 0.35:  # the phone's shadow
        sx = rng.uniform(0.2, 0.8) * W
        light *= 1 - 0.25 * np.exp(-(((xx - sx) / (0.2 * W)) ** 2 + ((yy - H * 0.05) / (0.35 * H)) ** 2))
    warm = [1.0, rng.uniform(0.96, 1.0), rng.uniform(0.86, 0.98)]
    lm = cv2.merge([np.clip(light * w * 128, 0, 255).astype(np.uint8) for w in warm])
    out = cv2.multiply(out, cv2.resize(lm, (W, H)), scale=1 / 128)
    if add.max() > 1:
        a8 = cv2.resize(np.clip(add, 0, 255).astype(np.uint8), (W, H))
        out = cv2.add(out, cv2.merge([a8] * 3))
    if rng.random() < 0.4:
        out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.8, 2.0))
    return Image.fromarray(out)


def chat_recompress(im: Image.Image, rng: random.Random) -> bytes:
    L = rng.randint(1280, 1600)
    k = L / max(im.size)
    if k < 1:
        im = im.resize((int(im.width * k), int(im.height * k)), Image.LANCZOS)
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=rng.randint(40, 62))
    return buf.getvalue()


EXIF_ROT = {3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90, 8: Image.Transpose.ROTATE_270}


def jpeg(im: Image.Image, rng: random.Random, quality=None, exif_orientation: int = 1, dpi=None) -> bytes:
    """Encode; with exif_orientation the stored pixels are turned so that a viewer applying the tag shows im."""
    buf = io.BytesIO()
    im = im.convert("RGB") if im.mode not in ("RGB", "L") else im
    kw = {"quality": quality or rng.randint(82, 93)}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    if exif_orientation in EXIF_ROT:
        im = im.transpose(EXIF_ROT[exif_orientation])
        ex = Image.Exif()
        ex[0x0112] = exif_orientation
        ex[0x010F] = rng.choice(["Xiaomi", "HUAWEI", "Apple", "OPPO", "vivo"])
        kw["exif"] = ex.tobytes()
    elif rng.random() < 0.5:
        ex = Image.Exif()
        ex[0x0112] = 1
        ex[0x010F] = rng.choice(["Xiaomi", "HUAWEI", "Apple", "OPPO", "vivo"])
        kw["exif"] = ex.tobytes()
    im.save(buf, "JPEG", **kw)
    return buf.getvalue()


def png(im: Image.Image, dpi=None) -> bytes:
    buf = io.BytesIO()
    im.save(buf, "PNG", **({"dpi": (dpi, dpi)} if dpi else {}))
    return buf.getvalue()


def webp(im: Image.Image, rng) -> bytes:
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "WEBP", quality=rng.randint(60, 85))
    return buf.getvalue()


def heic(im: Image.Image, rng) -> bytes:
    import pillow_heif
    pillow_heif.register_heif_opener()
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "HEIF", quality=rng.randint(60, 85), enc_params={"preset": "ultrafast"})
    return buf.getvalue()


def tiff_multi(ims: list[Image.Image], dpi) -> bytes:
    buf = io.BytesIO()
    ims = [i if i.mode == "1" else i.convert("1") for i in ims]
    ims[0].save(buf, "TIFF", save_all=True, append_images=ims[1:], compression="group4", dpi=(dpi, dpi))
    return buf.getvalue()


def image_pdf(ims: list[Image.Image], dpi) -> bytes:
    buf = io.BytesIO()
    ims = [i.convert("RGB") if i.mode not in ("RGB", "L") else i for i in ims]
    ims[0].save(buf, "PDF", save_all=True, append_images=ims[1:], resolution=float(dpi))
    return buf.getvalue()


def rotate_display(im: Image.Image, rotation: int) -> Image.Image:
    """Turn the content clockwise by rotation degrees (what a viewer shows for a 'really turned' capture)."""
    if rotation == 0:
        return im
    return im.rotate(-rotation, expand=True)
