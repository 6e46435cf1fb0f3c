"""Capture effects: flatbed scan, photocopy, bilevel, phone photo, low-res copy, WeChat recompression; and file writers."""
import io
import math
import numpy as np
import cv2
from PIL import Image, ImageFilter, ImageEnhance, ImageDraw


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31))


def scan(im, rng, dpi=None, grey=False):
    """flatbed scan: resample to dpi (master is 150dpi A4), slight skew, paper tone, noise."""
    dpi = dpi or rng.choice([150, 200, 200, 300])
    k = dpi / 150.0
    im = im.resize((int(im.width * k), int(im.height * k)), Image.LANCZOS)
    ang = rng.uniform(-1.2, 1.2)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    a = np.asarray(im).astype(np.float32)
    nr = _np_rng(rng)
    a *= rng.uniform(0.93, 0.99)
    a += rng.uniform(4, 12)
    a += nr.standard_normal(a.shape[:2] + ((1,) if a.ndim == 3 else ()), dtype=np.float32) * 3
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if grey:
        im = im.convert("L")
    return im


def photocopy(im, rng, dpi=None):
    im = scan(im, rng, dpi or rng.choice([150, 200]), grey=True)
    a = np.asarray(im).astype(np.float32)
    nr = _np_rng(rng)
    a = (a - 128) * 1.35 + 150
    h, w = a.shape
    # dark fold band and edge shadow
    x = int(w * rng.uniform(0.45, 0.55))
    band = np.exp(-((np.arange(w) - x) ** 2) / (2 * (w * 0.01) ** 2)) * rng.uniform(30, 70)
    a -= band[None, :]
    a[:, : int(w * 0.02)] -= 60
    specks = nr.random(a.shape) < 0.0015
    a[specks] = 30
    a += nr.normal(0, 6, a.shape)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.5))
    return im


def bilevel(im, rng, dpi=200):
    im = scan(im, rng, dpi, grey=True)
    thr = rng.randint(150, 185)
    return im.point(lambda v: 255 if v > thr else 0).convert("1")


def lowres(im, rng):
    k = rng.uniform(0.45, 0.6)
    im = im.resize((int(im.width * k), int(im.height * k)), Image.BILINEAR)
    return im.filter(ImageFilter.GaussianBlur(0.4))


def photo(im, rng, card=False, mp=None):
    """phone photo: document on a desk/cloth, perspective, uneven light, shadow, blur."""
    nr = _np_rng(rng)
    im = im.convert("RGB")
    if card and rng.random() < 0.7:
        im = im.resize((im.width * 2 // 3, im.height * 2 // 3))
    W = rng.choice([2000, 2304, 2592]) if mp is None else mp
    Hh = W * 3 // 4
    portrait = im.height > im.width
    if portrait:
        W, Hh = Hh, W
    bgcol = rng.choice([(120, 95, 70), (70, 72, 80), (190, 185, 175), (140, 60, 50), (60, 90, 120)])
    nz = cv2.resize(nr.standard_normal((Hh // 3, W // 3), dtype=np.float32) * 8, (W, Hh), interpolation=cv2.INTER_NEAREST)
    bg = np.empty((Hh, W, 3), np.float32)
    bg[:] = np.array(bgcol, np.float32)
    bg += nz[..., None]
    frac = rng.uniform(0.55, 0.8) if not card else rng.uniform(0.45, 0.7)
    k = min(W * frac / im.width, Hh * frac / im.height)
    tw, th = im.width * k, im.height * k
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, Hh / 2 + rng.uniform(-0.05, 0.05) * Hh
    j = lambda: rng.uniform(-0.06, 0.06)
    dst = np.float32([[cx - tw / 2 + j() * tw, cy - th / 2 + j() * th], [cx + tw / 2 + j() * tw, cy - th / 2 + j() * th],
                      [cx + tw / 2 + j() * tw, cy + th / 2 + j() * th], [cx - tw / 2 + j() * tw, cy + th / 2 + j() * th]])
    src = np.float32([[0, 0], [im.width, 0], [im.width, im.height], [0, im.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    a = np.asarray(im)
    warped = cv2.warpPerspective(a, M, (W, Hh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0)).astype(np.float32)
    mask = cv2.warpPerspective(np.ones(a.shape[:2], np.float32), M, (W, Hh))
    # low-resolution light field: drop shadow, gradient, phone shadow, glare
    s8 = 8
    w8, h8 = W // s8, Hh // s8
    m8 = cv2.resize(mask, (w8, h8), interpolation=cv2.INTER_AREA)
    sh = cv2.GaussianBlur(m8, (0, 0), 18 / s8)
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = (1 + 0.36 * ((xx / w8 - 0.5) * gx + (yy / h8 - 0.5) * gy)) * rng.uniform(0.82, 1.0)
    bgmul = light * (1 - 0.35 * np.roll(np.roll(sh, 2, 0), 1, 1))
    if rng.random() < 0.5:
        sx, sy = rng.uniform(0.2, 0.8) * w8, rng.uniform(0.6, 1.0) * h8
        shadow = np.exp(-(((xx - sx) / (w8 * 0.25)) ** 2 + ((yy - sy) / (h8 * 0.18)) ** 2))
        light = light * (1 - 0.35 * shadow)
        bgmul = bgmul * (1 - 0.35 * shadow)
    add = np.zeros_like(light)
    if card and rng.random() < 0.7:
        gx0, gy0 = rng.uniform(0.3, 0.7) * w8, rng.uniform(0.3, 0.7) * h8
        add = np.exp(-(((xx - gx0) / (w8 * 0.05)) ** 2 + ((yy - gy0) / (h8 * 0.04)) ** 2)) * m8 * 90
    L = cv2.resize(light, (W, Hh), interpolation=cv2.INTER_LINEAR)
    BG = cv2.resize(bgmul, (W, Hh), interpolation=cv2.INTER_LINEAR)
    A = cv2.resize(add, (W, Hh), interpolation=cv2.INTER_LINEAR)
    m3 = mask[..., None]
    out = bg * (BG[..., None] * (1 - m3)) + warped * (L[..., None] * m3) + A[..., None]
    out = np.clip(out, 0, 255).astype(np.uint8)
    res = Image.fromarray(out)
    if rng.random() < 0.4:
        res = res.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.3)))
    return res


def wechat(im, rng):
    im = im.convert("RGB")
    long_edge = rng.choice([1280, 1440, 1600])
    k = long_edge / max(im.size)
    if k < 1:
        im = im.resize((int(im.width * k), int(im.height * k)), Image.BILINEAR)
    buf = io.BytesIO()
    im.save(buf, "JPEG", quality=rng.randint(55, 72))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def apply(im, capture, rng, card=False):
    if capture == "scan":
        return scan(im.convert("RGB"), rng)
    if capture == "scan_grey":
        return scan(im.convert("RGB"), rng, grey=True)
    if capture == "photocopy":
        return photocopy(im.convert("RGB"), rng)
    if capture == "bilevel":
        return bilevel(im.convert("RGB"), rng)
    if capture == "lowres":
        return lowres(scan(im.convert("RGB"), rng, 150), rng)
    if capture == "photo":
        return photo(im, rng, card=card)
    if capture == "wechat_photo":
        return wechat(photo(im, rng, card=card), rng)
    if capture == "wechat":
        return wechat(im, rng)
    return im  # screenshot / clean


# ---------- writers ----------
def save_jpeg(im, path, q=88, exif_orientation=1, dpi=None):
    """Save JPEG; for orientation 3/6/8 the pixels are stored turned, and the EXIF tag tells the viewer to turn them back."""
    im = im.convert("RGB") if im.mode not in ("RGB", "L") else im
    if exif_orientation != 1:
        inv = {3: Image.ROTATE_180, 6: Image.ROTATE_90, 8: Image.ROTATE_270}[exif_orientation]
        im = im.transpose(inv)
        ex = Image.Exif()
        ex[0x0112] = exif_orientation
        ex[0x010F] = "Xiaomi" if exif_orientation == 6 else "Apple"
        im.save(path, "JPEG", quality=q, exif=ex.tobytes(), **({"dpi": (dpi, dpi)} if dpi else {}))
    else:
        im.save(path, "JPEG", quality=q, **({"dpi": (dpi, dpi)} if dpi else {}))


def save_heic(im, path, exif_orientation=1):
    import pillow_heif
    pillow_heif.register_heif_opener()
    im = im.convert("RGB")
    k = 1600 / max(im.size)
    if k < 1:
        im = im.resize((int(im.width * k) // 2 * 2, int(im.height * k) // 2 * 2), Image.LANCZOS)
    if exif_orientation != 1:
        inv = {3: Image.ROTATE_180, 6: Image.ROTATE_90, 8: Image.ROTATE_270}[exif_orientation]
        im = im.transpose(inv)
        ex = Image.Exif()
        ex[0x0112] = exif_orientation
        im.save(path, "HEIF", quality=80, exif=ex.tobytes())
    else:
        im.save(path, "HEIF", quality=80)


def save_tiff(images, path, dpi=200):
    ims = [i if i.mode == "1" else i.convert("L") for i in images]
    comp = "group4" if all(i.mode == "1" for i in ims) else "tiff_lzw"
    ims[0].save(path, "TIFF", save_all=True, append_images=ims[1:], compression=comp, dpi=(dpi, dpi))
