"""Captures: how a flat page becomes a file (scan, copy, phone photo, chat recompression, screenshot)."""
import io
import math
import numpy as np
import cv2
from PIL import Image, ImageFilter, ImageOps
from .canvas import render


def _np(img):
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _skew(img, deg, fill=(255, 255, 255)):
    return img.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)


def scan(rng, page, dpi=None, grey=False):
    dpi = dpi or rng.choice([150, 200, 240, 300])
    s = dpi / 150.0 * (page_scale(page))
    img = render(page, s)
    img = _skew(img, rng.uniform(-1.2, 1.2), (250, 250, 248))
    a = _np(img)
    a = a * rng.uniform(0.95, 1.0) + rng.uniform(0, 6)
    a += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 3, a.shape)
    out = _pil(a)
    if grey:
        out = out.convert("L")
    return out


def page_scale(page):
    # cards are drawn at ~300 dpi, booklet pages ~180 dpi; bring all to the 150 dpi base
    if page.w <= 1012 and page.h <= 720:
        return 0.5
    if page.w == 1000:
        return 0.83
    return 1.0


def photocopy(rng, page):
    s = rng.choice([1.0, 1.3, 1.6]) * page_scale(page)
    img = render(page, s).convert("L")
    img = _skew(img, rng.uniform(-1.5, 1.5), 235)
    a = np.asarray(img).astype(np.float32)
    a = (a - 128) * 1.35 + 128 - 8  # toner contrast, darker
    g = np.random.default_rng(rng.randint(0, 1 << 30))
    a += g.normal(0, 7, a.shape)
    h, w = a.shape
    # specks
    for _ in range(rng.randint(40, 160)):
        y, x = rng.randrange(h), rng.randrange(w)
        r = rng.randint(1, 3)
        a[max(0, y - r):y + r, max(0, x - r):x + r] = rng.randint(20, 90)
    # dark band at fold / edge
    if rng.random() < 0.7:
        if rng.random() < 0.5:
            x0 = rng.choice([0, w - int(w * 0.04)])
            a[:, x0:x0 + int(w * 0.04)] *= 0.45
        else:
            c = int(h * rng.uniform(0.45, 0.55))
            band = np.exp(-((np.arange(h) - c) / (h * 0.012)) ** 2) * 70
            a -= band[:, None]
    img = _pil(a)
    return img.filter(ImageFilter.GaussianBlur(0.5))


def bilevel(rng, page):
    s = rng.choice([1.33, 1.6, 2.0]) * page_scale(page)
    img = render(page, s).convert("L")
    img = _skew(img, rng.uniform(-0.8, 0.8), 255)
    thr = rng.randint(150, 185)
    return img.point(lambda v: 255 if v > thr else 0).convert("1", dither=Image.NONE)


def lowres(rng, page):
    s = rng.uniform(0.62, 0.72) * page_scale(page)
    img = render(page, s * 2).resize((int(page.w * s), int(page.h * s)), Image.BILINEAR)
    return _skew(img, rng.uniform(-1, 1), (255, 255, 255))


def _background(rng, W, H):
    g = np.random.default_rng(rng.randint(0, 1 << 30))
    kind = rng.choice(["wood", "cloth", "desk", "dark"])
    if kind == "wood":
        base = np.array([rng.randint(120, 170), rng.randint(80, 110), rng.randint(45, 70)], np.float32)
        yy = np.arange(H)[:, None]
        stripes = 18 * np.sin(yy / rng.uniform(9, 25) + 3 * np.sin(np.arange(W)[None, :] / 300.0))
        a = base[None, None, :] + stripes[..., None]
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 70, 110), (140, 40, 40), (90, 110, 90), (200, 200, 195)]), np.float32)
        a = np.broadcast_to(base, (H, W, 3)).copy()
        a += ((np.arange(W)[None, :] % 6 < 3) * 10)[..., None]
    elif kind == "desk":
        v = rng.randint(175, 215)
        a = np.full((H, W, 3), v, np.float32)
    else:
        a = np.full((H, W, 3), rng.randint(35, 60), np.float32)
    a += g.normal(0, 6, (H, W, 1))
    return a


def photo(rng, page, glare=False, mp=None, fill=None):
    """phone photo: page on a desk, keystone, uneven light, shadow, slight blur. returns upright RGB image"""
    portrait = page.h >= page.w
    long_side = mp or rng.choice([3264, 4000, 4032, 4624])
    short = int(long_side * 3 / 4)
    W, H = (short, long_side) if portrait else (long_side, short)
    fill = rng.uniform(*(fill or (0.55, 0.82)))
    sc = min(W * fill / page.w, H * fill / page.h)
    src = render(page, min(sc, 2.2 * page_scale(page) * 1.6))
    pw, ph = src.size
    tw, th = page.w * sc, page.h * sc
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.06, 0.06) * H
    j = lambda: rng.uniform(-0.045, 0.045)
    k = rng.uniform(-0.05, 0.05)  # keystone
    dst = np.float32([[cx - tw / 2 * (1 + k) + j() * tw, cy - th / 2 + j() * th],
                      [cx + tw / 2 * (1 + k) + j() * tw, cy - th / 2 + j() * th],
                      [cx + tw / 2 * (1 - k) + j() * tw, cy + th / 2 + j() * th],
                      [cx - tw / 2 * (1 - k) + j() * tw, cy + th / 2 + j() * th]])
    ang = math.radians(rng.uniform(-6, 6))
    R = np.float32([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = (dst - [cx, cy]) @ R.T + [cx, cy]
    srcq = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(srcq, dst.astype(np.float32))
    warped = cv2.warpPerspective(np.asarray(src.convert("RGB")), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ph, pw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR).astype(np.float32) / 255
    bg = _background(rng, W, H)
    # drop shadow of the sheet (computed at quarter size)
    q = 4
    ms = cv2.resize(mask, (W // q, H // q), interpolation=cv2.INTER_AREA)
    sh = cv2.GaussianBlur(ms, (0, 0), W / 150 / q)
    sh = np.roll(sh, (int(W / 120 / q), int(W / 120 / q)), (0, 1))
    sh = cv2.resize(sh, (W, H), interpolation=cv2.INTER_LINEAR)
    bg *= (1 - 0.45 * sh)[..., None]
    m3 = mask[..., None]
    a = bg * (1 - m3) + warped.astype(np.float32) * m3
    # uneven light: gradient + phone shadow blob, at 1/8 size
    h8, w8 = H // 8, W // 8
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    yy *= 8
    xx *= 8
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.12 * ((xx / W - .5) * gx + (yy / H - .5) * gy) * 2
    light *= rng.uniform(0.82, 1.0)
    if rng.random() < 0.6:
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H
        r = rng.uniform(0.2, 0.35) * W
        light *= 1 - 0.28 * np.exp(-(((xx - sx) ** 2 + (yy - sy) ** 2) / (2 * r * r)))
    add = np.zeros_like(light)
    if glare:
        gx0, gy0 = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
        r = rng.uniform(0.04, 0.08) * W
        add = np.exp(-(((xx - gx0) ** 2) / (2 * (r * 2.5) ** 2) + ((yy - gy0) ** 2) / (2 * r * r))) * 70
    light = cv2.resize(light, (W, H), interpolation=cv2.INTER_LINEAR)
    a *= light[..., None]
    if glare:
        a += (cv2.resize(add.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR) * mask)[..., None]
    a *= np.float32([rng.uniform(.97, 1.03), 1, rng.uniform(.94, 1.02)])
    a += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 4, (H, W, 1)).astype(np.float32)
    out = _pil(a)
    if rng.random() < 0.5:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.4)))
    return out


def chat(rng, img, big=False):
    L = rng.choice([1600, 1600, 1920] if big else [1280, 1440, 1600])
    s = L / max(img.size)
    if s < 1:
        img = img.resize((int(img.width * s), int(img.height * s)), Image.BILINEAR)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=rng.randint(50, 68))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def screenshot(rng, page):
    return render(page, 1.0)


def dark_photo(rng):
    W, H = 3000, 4000
    a = np.full((H, W, 3), rng.randint(6, 16), np.float32)
    a += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 4, a.shape)
    return _pil(a).filter(ImageFilter.GaussianBlur(3))


def blank_back(rng):
    W, H = 1240, 1754
    a = np.full((H, W), rng.randint(238, 250), np.float32)
    a += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 3, a.shape)
    return _pil(a).convert("L")


# ---------------------------------------------------------------- writing files
def orient_store(img, orientation):
    """return pixels to store so that a viewer applying EXIF orientation shows img upright"""
    if orientation == 6:
        return img.transpose(Image.ROTATE_90)
    if orientation == 8:
        return img.transpose(Image.ROTATE_270)
    if orientation == 3:
        return img.transpose(Image.ROTATE_180)
    return img


def turn(img, rot):
    """really turn content clockwise by rot degrees"""
    if rot == 90:
        return img.transpose(Image.ROTATE_270)
    if rot == 180:
        return img.transpose(Image.ROTATE_180)
    if rot == 270:
        return img.transpose(Image.ROTATE_90)
    return img


def save_image(img, path, fmt, rng, orientation=1, quality=None):
    ext = fmt.lower()
    if ext in ("jpg", "jpeg"):
        img = img.convert("RGB") if img.mode not in ("L", "RGB") else img
        stored = orient_store(img, orientation)
        ex = Image.Exif()
        ex[0x0112] = orientation
        ex[0x010F] = rng.choice(["HUAWEI", "Xiaomi", "Apple", "OPPO", "vivo"])
        stored.save(path, "JPEG", quality=quality or rng.randint(82, 93), exif=ex.tobytes())
    elif ext == "png":
        img.save(path, "PNG", optimize=False)
    elif ext == "webp":
        img.convert("RGB").save(path, "WEBP", quality=quality or 80)
    elif ext == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        img.convert("RGB").save(path, format="HEIF", quality=quality or 75, enc_params={"preset": "ultrafast"})
    elif ext == "bmp":
        img.convert("RGB").save(path, "BMP")
    elif ext in ("tif", "tiff"):
        if img.mode == "1":
            img.save(path, "TIFF", compression="group4", dpi=(200, 200))
        else:
            img.save(path, "TIFF", compression="tiff_lzw")
    else:
        raise ValueError(fmt)


def save_tiff_pages(imgs, path):
    first = imgs[0]
    comp = "group4" if first.mode == "1" else "tiff_lzw"
    first.save(path, "TIFF", save_all=True, append_images=imgs[1:], compression=comp, dpi=(200, 200))


def save_pdf_images(imgs, path, dpi=200):
    conv = [i.convert("RGB") if i.mode not in ("L", "RGB") else i for i in imgs]
    conv[0].save(path, "PDF", save_all=True, append_images=conv[1:], resolution=dpi, quality=80)
