"""Capture simulation: scans, copies, phone photos, chat recompression, screenshots; and file writers."""
import io
import math
import numpy as np
import cv2
from PIL import Image, ImageFilter, ImageOps, ImageEnhance

EXIF_MAKES = [("Apple", "iPhone 13"), ("HUAWEI", "ELS-AN00"), ("Xiaomi", "2201123C"), ("OPPO", "PGT110"), ("vivo", "V2241A")]


def _noise(a, sigma, rng):
    a = np.ascontiguousarray(np.clip(a, 0, 255).astype(np.uint8))
    cv2.setRNGSeed(rng.randint(0, 2 ** 31))
    n = np.empty(a.shape, np.int16)
    cv2.randn(n, 0, sigma)
    return cv2.add(a.astype(np.int16), n, dtype=cv2.CV_16S).clip(0, 255).astype(np.uint8)


def scan(im, rng, mode="colour", dpi_from=None):
    im = im.convert("RGB")
    ang = rng.uniform(-0.9, 0.9)
    if abs(ang) > 0.15:
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 248))
    a = np.asarray(im).astype(np.float32)
    tint = np.array([rng.uniform(0.96, 1.0), rng.uniform(0.96, 1.0), rng.uniform(0.93, 0.99)])
    a = a * tint + rng.uniform(-4, 3)
    im = Image.fromarray(_noise(np.clip(a, 0, 255), rng.uniform(2, 5), rng))
    im = im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    if mode == "grey":
        im = ImageOps.grayscale(im)
    elif mode == "bilevel":
        g = ImageOps.grayscale(im)
        thr = rng.randint(150, 175)
        im = g.point(lambda v: 255 if v > thr else 0).convert("1")
    return im


def photocopy(im, rng):
    g = ImageOps.grayscale(im.convert("RGB"))
    g = ImageEnhance.Contrast(g).enhance(rng.uniform(1.2, 1.5))
    g = ImageEnhance.Brightness(g).enhance(rng.uniform(0.92, 1.02))
    a = np.asarray(g).astype(np.float32)
    h, w = a.shape
    # fold band
    if rng.random() < 0.7:
        if rng.random() < 0.5:
            c = rng.uniform(0.35, 0.65) * w; xs = np.arange(w)
            band = np.exp(-((xs - c) / (w * rng.uniform(0.01, 0.03))) ** 2)[None, :]
        else:
            c = rng.uniform(0.35, 0.65) * h; ys = np.arange(h)
            band = np.exp(-((ys - c) / (h * rng.uniform(0.01, 0.03))) ** 2)[:, None]
        a = a * (1 - band * rng.uniform(0.25, 0.45))
    # edge shading
    xs = np.linspace(-1, 1, w)[None, :]
    a = a * (1 - 0.08 * xs ** 8)
    a = _noise(np.clip(a, 0, 255), 6, rng).astype(np.float32)
    r = np.random.default_rng(rng.randint(0, 2 ** 31))
    n = int(w * h / 4000)
    ys, xs_ = r.integers(0, h, n), r.integers(0, w, n)
    a[ys, xs_] = r.integers(0, 90, n)
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    return out


def lowres(im, rng, width_px):
    w, h = im.size
    s = width_px / w
    return im.resize((int(w * s), int(h * s)), Image.LANCZOS)


def _background(W, H, rng):
    kind = rng.choice(["wood", "cloth", "desk", "dark"])
    r = np.random.default_rng(rng.randint(0, 2 ** 31))
    sw, sh = max(8, W // 16), max(8, H // 16)
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 65), (120, 82, 50), (175, 135, 95)]), np.float32)
        ys = np.arange(sh)[:, None]
        stripes = 12 * np.sin(ys / rng.uniform(1.5, 4) + r.normal(0, 0.4, (sh, sw)).cumsum(axis=1) * 0.15)
        small = base[None, None, :] + stripes[..., None] + r.normal(0, 4, (sh, sw, 1))
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 80, 120), (140, 40, 40), (80, 100, 80), (200, 200, 195)]), np.float32)
        small = base[None, None, :] + r.normal(0, 10, (sh, sw, 3))
    elif kind == "dark":
        base = np.array((45, 45, 50), np.float32)
        small = base[None, None, :] + r.normal(0, 5, (sh, sw, 3))
    else:
        base = np.array(rng.choice([(215, 215, 210), (190, 195, 200), (230, 225, 215)]), np.float32)
        small = base[None, None, :] + r.normal(0, 4, (sh, sw, 3))
    small = np.clip(small, 0, 255).astype(np.uint8)
    bg = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)
    return bg


def photo(im, rng, mp=12, fill=(0.6, 0.85), card=False):
    """Phone photo of a page/card on a background. Returns RGB PIL image (landscape or portrait by page)."""
    im = im.convert("RGB")
    pw, ph = im.size
    aspect = {8: (3264, 2448), 12: (4032, 3024), 13: (4160, 3120), 48: (8000, 6000), 50: (8160, 6120), 16: (4608, 3456)}[mp]
    W, H = aspect
    if ph > pw:
        W, H = H, W
    bg = _background(W, H, rng).astype(np.float32)
    f = rng.uniform(*fill)
    s = min(W * f / pw, H * f / ph)
    tw, th = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-0.08, 0.08) * W, H / 2 + rng.uniform(-0.06, 0.06) * H
    k = rng.uniform(0.02, 0.07)
    rot = math.radians(rng.uniform(-6, 6))
    corners = []
    for (dx, dy) in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        x, y = dx * tw / 2, dy * th / 2
        # keystone: top narrower or wider
        x *= (1 - k * (dy < 0)) if rng.random() < 2 else 1
        xr = x * math.cos(rot) - y * math.sin(rot)
        yr = x * math.sin(rot) + y * math.cos(rot)
        corners.append((cx + xr + rng.uniform(-0.01, 0.01) * W, cy + yr + rng.uniform(-0.01, 0.01) * H))
    src = np.float32([(0, 0), (pw, 0), (pw, ph), (0, ph)])
    M = cv2.getPerspectiveTransform(src, np.float32(corners))
    arr = np.asarray(im)
    warped = cv2.warpPerspective(arr, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32) / 255
    # drop shadow
    small = cv2.resize(mask, (W // 8, H // 8), interpolation=cv2.INTER_AREA)
    small = cv2.GaussianBlur(small, (0, 0), max(1.0, W / 2400))
    small = np.roll(np.roll(small, max(1, W // 1200), axis=1), max(1, H // 960), axis=0)
    sh = cv2.resize(small, (W, H), interpolation=cv2.INTER_LINEAR)
    bg = bg * (1 - 0.45 * sh[..., None])
    out = bg * (1 - mask[..., None]) + warped.astype(np.float32) * mask[..., None]
    # uneven light + phone shadow
    yy, xx = np.mgrid[0:H:16, 0:W:16]
    lx, ly = rng.uniform(0, W), rng.uniform(0, H)
    light = 1.0 - 0.25 * (np.hypot(xx - lx, yy - ly) / math.hypot(W, H))
    if rng.random() < 0.45:
        sx0 = rng.uniform(0.5, 0.9) * W; sy0 = rng.uniform(0.55, 0.9) * H
        light = light * np.where((xx > sx0) & (yy > sy0), rng.uniform(0.72, 0.85), 1.0)
    light = cv2.GaussianBlur(light.astype(np.float32), (0, 0), 6)
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    out = out * light[..., None]
    if card and rng.random() < 0.7:  # glare on laminate
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
        yy, xx = np.mgrid[0:H:8, 0:W:8]
        gl = np.exp(-(((xx - gx) / (W * 0.08)) ** 2 + ((yy - gy) / (H * 0.05)) ** 2)) * 45
        gl = cv2.resize(gl.astype(np.float32), (W, H))
        out = out + gl[..., None] * mask[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 1.1))
    out = _noise(out, rng.uniform(2, 4), rng)
    return Image.fromarray(out)


def chat(im, rng):
    w, h = im.size
    L = rng.choice([1280, 1440, 1600])
    s = L / max(w, h)
    if s < 1:
        im = im.resize((int(w * s), int(h * s)), Image.LANCZOS)
    return im


def orient_for_exif(im, orientation):
    """Return stored pixels such that honouring `orientation` shows `im` upright."""
    return {1: im, 3: im.rotate(180, expand=True), 6: im.rotate(90, expand=True), 8: im.rotate(270, expand=True)}[orientation]


def save_single(im, path, fmt, rng, quality=88, exif_orientation=None, camera=False):
    kw = {}
    if fmt in ("jpg", "jpeg"):
        ex = Image.Exif()
        if camera:
            mk, md = rng.choice(EXIF_MAKES)
            ex[0x010F] = mk; ex[0x0110] = md
        if exif_orientation:
            ex[0x0112] = exif_orientation
        im.convert("RGB").save(path, "JPEG", quality=quality, exif=ex.tobytes() if (camera or exif_orientation) else b"",
                               subsampling=2 if quality < 80 else 0)
    elif fmt == "png":
        im.save(path, "PNG", optimize=False, compress_level=6)
    elif fmt == "webp":
        im.convert("RGB").save(path, "WEBP", quality=quality)
    elif fmt == "heic":
        import pillow_heif
        if im.width * im.height > 2_600_000:  # HEIC encoding is slow: store a reduced-size HEIC
            f = (2_400_000 / (im.width * im.height)) ** 0.5
            im = im.resize((int(im.width * f), int(im.height * f)), Image.LANCZOS)
        pillow_heif.register_heif_opener()
        try:
            im.convert("RGB").save(path, "HEIF", quality=quality, enc_params={"preset": "ultrafast"})
        except Exception:
            im.convert("RGB").save(path, "HEIF", quality=quality)
    elif fmt == "bmp":
        im.convert("RGB").save(path, "BMP")
    elif fmt in ("tif", "tiff"):
        im.save(path, "TIFF", compression="group4" if im.mode == "1" else "tiff_lzw", dpi=(200, 200))
    else:
        raise ValueError(fmt)


def save_multi(ims, path, fmt, dpi=200):
    if fmt == "pdf":
        ims2 = [i.convert("RGB") if i.mode not in ("RGB", "L", "1") else i for i in ims]
        ims2 = [i.convert("L") if i.mode == "1" else i for i in ims2]
        import time as _t
        fixed = _t.strptime("2026-11-01 09:30:00", "%Y-%m-%d %H:%M:%S")
        ims2[0].save(path, "PDF", save_all=True, append_images=ims2[1:], resolution=dpi, quality=80,
                     creationDate=fixed, modDate=fixed)
    else:
        comp = "group4" if all(i.mode == "1" for i in ims) else "tiff_lzw"
        ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression=comp, dpi=(dpi, dpi))
