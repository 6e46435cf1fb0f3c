"""Captures: flatbed scan, photocopy, bilevel, low-res copy, phone photo (perspective,
shadow, glare, blur), chat-app recompression, EXIF orientation, HEIC, scanner-app PDF."""
import io

import cv2
import numpy as np
from PIL import Image, ImageFilter, ImageOps

import pillow_heif

pillow_heif.register_heif_opener()


def _np(im):
    return np.asarray(im.convert("RGB")).astype(np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scale_to(im, width):
    if im.width == width:
        return im
    return im.resize((int(width), int(im.height * width / im.width)), Image.LANCZOS)


def scan(im, rng, grey=False, dpi_scale=1.0):
    if dpi_scale != 1.0:
        im = scale_to(im, int(im.width * dpi_scale))
    im = im.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    a = _np(im)
    a = a * rng.uniform(0.93, 1.0) + rng.uniform(0, 10)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3.0, a.shape[:2])[..., None]
    out = _pil(a).filter(ImageFilter.GaussianBlur(0.5))
    return out.convert("L").convert("RGB") if grey else out


def photocopy(im, rng):
    g = np.asarray(im.convert("L")).astype(np.float32)
    g = (g - 128) * 1.35 + 128 + rng.uniform(-15, 5)
    r = np.random.default_rng(rng.randrange(1 << 30))
    h, w = g.shape
    # toner specks
    n = int(h * w / 4000)
    ys, xs = r.integers(0, h, n), r.integers(0, w, n)
    g[ys, xs] = r.uniform(20, 120, n)
    # dark band at the fold and dark edges
    if rng.random() < 0.7:
        if rng.random() < 0.5:
            c = int(w * rng.uniform(0.45, 0.55))
            band = np.exp(-((np.arange(w) - c) / (w * 0.012)) ** 2) * 90
            g -= band[None, :]
        else:
            c = int(h * rng.uniform(0.45, 0.55))
            band = np.exp(-((np.arange(h) - c) / (h * 0.01)) ** 2) * 90
            g -= band[:, None]
    edge = np.minimum.outer(np.minimum(np.arange(h), np.arange(h)[::-1]),
                            np.minimum(np.arange(w), np.arange(w)[::-1]))
    g -= np.clip(40 - edge, 0, 40) * 2.5
    g += r.normal(0, 6, g.shape)
    out = _pil(g).filter(ImageFilter.GaussianBlur(0.6)).rotate(rng.uniform(-1, 1), resample=Image.BICUBIC,
                                                               fillcolor=235)
    return out.convert("RGB")


def bilevel(im, rng):
    g = im.convert("L").filter(ImageFilter.GaussianBlur(0.4))
    thr = rng.randint(150, 180)
    return g.point(lambda v: 255 if v > thr else 0).convert("1")


def lowres(im, rng):
    return scale_to(im, int(im.width * rng.uniform(0.48, 0.55)))


def _background(w, h, rng):
    r = np.random.default_rng(rng.randrange(1 << 30))
    kind = rng.choice(["wood", "cloth", "desk", "dark"])
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32)
        x = np.linspace(0, 40, w)
        stripes = 18 * np.sin(x[None, :] + 3 * np.sin(np.linspace(0, 6, h))[:, None])
        a = base[None, None, :] + stripes[..., None]
    elif kind == "cloth":
        base = np.array(rng.choice([[70, 80, 110], [120, 120, 120], [90, 60, 60]]), np.float32)
        a = np.broadcast_to(base, (h, w, 3)).copy()
    elif kind == "dark":
        a = np.full((h, w, 3), 45, np.float32)
    else:
        a = np.full((h, w, 3), 210, np.float32)
    noise = cv2.resize(r.normal(0, 12, (h // 8 + 1, w // 8 + 1)).astype(np.float32), (w, h))
    a += noise[..., None]
    a = a.astype(np.float32)
    return a


def photo(im, rng, card=False, out_long=None):
    """a phone photo of a page or card lying on a surface"""
    out_long = out_long or rng.choice([2000, 2400, 2448, 3000])
    land = im.width > im.height
    W, H = (out_long, int(out_long * 0.75)) if land else (int(out_long * 0.75), out_long)
    fill = rng.uniform(0.45, 0.62) if card else rng.uniform(0.72, 0.9)
    sc = min(W * fill / im.width, H * fill / im.height)
    pw, ph = im.width * sc, im.height * sc
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    k = 0.06
    jit = lambda: rng.uniform(-k, k)
    dst = np.float32([[cx - pw / 2 + jit() * pw, cy - ph / 2 + jit() * ph],
                      [cx + pw / 2 + jit() * pw, cy - ph / 2 + jit() * ph],
                      [cx + pw / 2 + jit() * pw, cy + ph / 2 + jit() * ph],
                      [cx - pw / 2 + jit() * pw, cy + ph / 2 + jit() * ph]])
    # keystone: top edge narrower
    ks = rng.uniform(0, 0.07) * pw
    dst[0, 0] += ks
    dst[1, 0] -= ks
    src = np.float32([[0, 0], [im.width, 0], [im.width, im.height], [0, im.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(np.asarray(im.convert("RGB")), M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.full((im.height, im.width), 255, np.uint8), M, (W, H))
    m = (mask.astype(np.float32) / 255)[..., None]
    bg = _background(W, H, rng)
    q = 4
    small = lambda x, sig: cv2.resize(cv2.GaussianBlur(cv2.resize(x, (W // q, H // q), interpolation=cv2.INTER_AREA),
                                                       (0, 0), sig / q), (W, H))
    # soft drop shadow of the page
    sh = small(mask, 12).astype(np.float32) / 255
    sh = np.roll(sh, (12, 10), (0, 1))
    bg *= (1 - 0.35 * sh)[..., None]
    a = bg * (1 - m) + page.astype(np.float32) * m
    # uneven light: gradient
    ys = np.arange(H, dtype=np.float32)[:, None] / H
    xs = np.arange(W, dtype=np.float32)[None, :] / W
    ang = rng.uniform(0, 6.28)
    grad = np.cos(ang) * xs + np.sin(ang) * ys
    light = 1.0 - rng.uniform(0.08, 0.25) * (grad - grad.min()) / (np.ptp(grad) + 1e-6)
    a *= light[..., None]
    # shadow of the phone / hand, over one edge, soft
    if rng.random() < 0.5:
        poly = np.int32([[rng.uniform(0.6, 1.0) * W, H], [W, rng.uniform(0.5, 0.9) * H], [W, H]])
        smask = np.zeros((H, W), np.uint8)
        cv2.fillPoly(smask, [poly], 255)
        smask = small(smask, 40).astype(np.float32) / 255
        a *= (1 - 0.35 * smask)[..., None]
    # glare on laminate
    if card and rng.random() < 0.8:
        gx, gy = cx + rng.uniform(-0.3, 0.3) * pw, cy + rng.uniform(-0.3, 0.1) * ph
        g = np.exp(-(((xs * W - gx) / (pw * 0.12)) ** 2 + ((ys * H - gy) / (ph * 0.08)) ** 2))
        a = a + (255 - a) * (0.55 * g * m[..., 0])[..., None]
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3, (H // 2, W // 2)).astype(np.float32).repeat(
        2, 0).repeat(2, 1)[:H, :W][..., None] if H % 2 == 0 and W % 2 == 0 else 0
    out = _pil(a)
    if rng.random() < 0.4:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.1)))
    return out


def wechat(im, rng):
    long_side = rng.choice([1280, 1440, 1600])
    s = long_side / max(im.size)
    if s < 1:
        im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    return im


def screenshot_wechat(im, rng):
    w = rng.choice([720, 828, 1080])
    if im.width > w:
        im = scale_to(im, w)
    return im


# ------------------------------------------------------------------ encoders
def exif_bytes(orientation, model=None):
    ex = Image.Exif()
    ex[0x0112] = orientation
    ex[0x010F] = "HUAWEI" if model is None else model[0]
    ex[0x0110] = "ELS-AN00" if model is None else model[1]
    return ex.tobytes()


def store_oriented(im, orientation):
    """pixels as a sensor stores them when the EXIF tag says `orientation`"""
    if orientation == 6:
        return im.transpose(Image.ROTATE_90)
    if orientation == 8:
        return im.transpose(Image.ROTATE_270)
    if orientation == 3:
        return im.transpose(Image.ROTATE_180)
    return im


def turn(im, degrees_cw):
    if degrees_cw == 90:
        return im.transpose(Image.ROTATE_270)
    if degrees_cw == 180:
        return im.transpose(Image.ROTATE_180)
    if degrees_cw == 270:
        return im.transpose(Image.ROTATE_90)
    return im


def encode(im, fmt, rng, quality=None, orientation=1, model=None):
    buf = io.BytesIO()
    if fmt == "jpg":
        q = quality or rng.randint(80, 92)
        if orientation != 1:
            store_oriented(im.convert("RGB"), orientation).save(buf, "JPEG", quality=q,
                                                                exif=exif_bytes(orientation, model))
        else:
            im.convert("RGB").save(buf, "JPEG", quality=q, exif=exif_bytes(1, model) if model else b"")
    elif fmt == "png":
        im.save(buf, "PNG", optimize=False, compress_level=6)
    elif fmt == "heic":
        im = im.convert("RGB")
        if max(im.size) > 3024:
            im = scale_to(im, int(im.width * 3024 / max(im.size)))
        im.save(buf, "HEIF", quality=quality or 70, enc_params={"preset": "ultrafast"})
    elif fmt == "webp":
        im.convert("RGB").save(buf, "WEBP", quality=quality or 82)
    elif fmt == "bmp":
        im.convert("RGB").save(buf, "BMP")
    elif fmt == "tif":
        im.save(buf, "TIFF", compression="group4" if im.mode == "1" else "tiff_lzw", dpi=(200, 200))
    else:
        raise ValueError(fmt)
    return buf.getvalue()


def multi_tiff(ims):
    buf = io.BytesIO()
    ims[0].save(buf, "TIFF", save_all=True, append_images=ims[1:],
                compression="group4" if ims[0].mode == "1" else "tiff_lzw", dpi=(200, 200))
    return buf.getvalue()


def image_pdf(ims, rng):
    """image-only multi-page PDF as a scanner app writes it"""
    buf = io.BytesIO()
    rgb = [x.convert("RGB") if x.mode not in ("L", "RGB") else x for x in ims]
    rgb[0].save(buf, "PDF", save_all=True, append_images=rgb[1:], resolution=rng.choice([150.0, 200.0]),
                quality=rng.randint(70, 88))
    return buf.getvalue()


def scanner_app(im, rng):
    """CamScanner-like 'enhanced' page: flattened, whitened, slightly sharpened"""
    g = im.convert("L") if rng.random() < 0.5 else im
    g = ImageOps.autocontrast(g, cutoff=1)
    return g.filter(ImageFilter.UnsharpMask(2, 80, 3)).convert("RGB")
