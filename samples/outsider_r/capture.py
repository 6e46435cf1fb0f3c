"""How a page reaches the packet: flatbed scan (colour/grey/bilevel), photocopy, ~100 dpi copy, phone photo on a
desk (perspective, uneven light, phone shadow, glare, blur, EXIF orientation), chat-app recompression,
screenshots, and the file writers (JPEG/PNG/HEIC/TIFF/BMP/WebP/PDF)."""
import io
import math
import time

import cv2
import numpy as np
from PIL import Image, ImageFilter, ImageOps

PDF_TIME = time.gmtime(1793000000)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(2 ** 32))


# ------------------------------------------------------------------ scans
def paper(img, rng, tone=None):
    a = np.asarray(img, dtype=np.float32)
    tone = tone or (rng.uniform(240, 252), rng.uniform(238, 250), rng.uniform(230, 246))
    a = a * (np.array(tone, dtype=np.float32) / 255.0)
    return a


def _noise(a, nr, sigma, half=True):
    h, w = a.shape[:2]
    if half:
        n = nr.standard_normal((h // 2 + 1, w // 2 + 1), dtype=np.float32) * sigma
        n = cv2.resize(n, (w, h), interpolation=cv2.INTER_LINEAR)
    else:
        n = nr.standard_normal((h, w), dtype=np.float32) * sigma
    if a.ndim == 3:
        n = n[:, :, None]
    return a + n


def scan(img, rng, grey=False, skew=True, edge=True):
    nr = _np_rng(rng)
    a = paper(img, rng)
    if skew:
        ang = rng.uniform(-0.9, 0.9)
        h, w = a.shape[:2]
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=(250, 250, 250))
    if edge:
        h, w = a.shape[:2]
        side = rng.choice(["l", "t", "r", "b"])
        k = int(min(h, w) * rng.uniform(0.01, 0.03))
        ramp = np.linspace(0.55, 1.0, k, dtype=np.float32)
        if side == "l":
            a[:, :k] *= ramp[None, :, None]
        elif side == "r":
            a[:, -k:] *= ramp[::-1][None, :, None]
        elif side == "t":
            a[:k] *= ramp[:, None, None]
        else:
            a[-k:] *= ramp[::-1][:, None, None]
    a = _noise(a, nr, rng.uniform(1.5, 4.0))
    if rng.random() < 0.5:
        a = cv2.GaussianBlur(a, (0, 0), rng.uniform(0.3, 0.7))
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if grey:
        out = out.convert("L")
    return out


def bilevel(img, rng):
    g = np.asarray(img.convert("L"), dtype=np.float32)
    g = _noise(g, _np_rng(rng), 6)
    thr = rng.uniform(150, 185)
    b = (g > thr).astype(np.uint8) * 255
    return Image.fromarray(b).convert("1")


def photocopy(img, rng, fold=None):
    nr = _np_rng(rng)
    g = np.asarray(img.convert("L"), dtype=np.float32)
    # contrast: dark toner, grey background
    bgv = rng.uniform(222, 240)
    g = 255 * (g / 255.0) ** rng.uniform(1.3, 1.9)
    g = g * (bgv / 255.0)
    h, w = g.shape
    fold = fold if fold is not None else rng.random() < 0.5
    if fold:
        if rng.random() < 0.5:
            cx = int(w * rng.uniform(0.45, 0.55))
            bw = int(w * rng.uniform(0.02, 0.05))
            x = np.arange(w, dtype=np.float32)
            band = 1 - rng.uniform(0.35, 0.6) * np.exp(-((x - cx) / bw) ** 2)
            g *= band[None, :]
        else:
            cy = int(h * rng.uniform(0.45, 0.55))
            bw = int(h * rng.uniform(0.015, 0.04))
            y = np.arange(h, dtype=np.float32)
            band = 1 - rng.uniform(0.35, 0.6) * np.exp(-((y - cy) / bw) ** 2)
            g *= band[:, None]
    # dark edges
    k = int(min(h, w) * 0.02)
    g[:, :k] *= np.linspace(0.4, 1, k, dtype=np.float32)[None, :]
    g[:, -k:] *= np.linspace(1, 0.5, k, dtype=np.float32)[None, :]
    # specks
    n = int(h * w / 9000)
    ys = nr.integers(0, h, n)
    xs = nr.integers(0, w, n)
    g[ys, xs] = nr.uniform(20, 120, n)
    if rng.random() < 0.6:
        g = cv2.dilate(g, np.ones((2, 2), np.uint8)) if False else g
    g = _noise(g, nr, rng.uniform(3, 7))
    g = cv2.GaussianBlur(g, (0, 0), rng.uniform(0.4, 0.9))
    return Image.fromarray(np.clip(g, 0, 255).astype(np.uint8))


def lowres(img, rng, dpi_from, dpi_to=None):
    dpi_to = dpi_to or rng.uniform(90, 110)
    k = dpi_to / dpi_from
    im = img.resize((max(1, int(img.width * k)), max(1, int(img.height * k))), Image.BILINEAR)
    return im


# ------------------------------------------------------------------ phone photo
def _desk(w, h, rng):
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "wood", "cloth", "laminate", "dark", "bed"])
    sw, sh = w // 4, h // 4
    if kind == "wood":
        base = np.array(rng.choice([(150, 105, 70), (120, 80, 50), (185, 145, 100), (95, 65, 45)]), np.float32)
        y = np.arange(sh, dtype=np.float32)[:, None]
        x = np.arange(sw, dtype=np.float32)[None, :]
        warp = cv2.resize(nr.standard_normal((8, 8)).astype(np.float32), (sw, sh), interpolation=cv2.INTER_CUBIC) * 18
        grain = np.sin((y + warp) * rng.uniform(0.08, 0.2) + np.sin(x * 0.01) * 3) * 0.5 + 0.5
        a = base[None, None, :] * (0.8 + 0.25 * grain[:, :, None])
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 70, 90), (170, 160, 150), (110, 40, 45), (40, 90, 80), (200, 195, 185)]), np.float32)
        y = np.arange(sh, dtype=np.float32)[:, None]
        x = np.arange(sw, dtype=np.float32)[None, :]
        weave = (np.sin(x * 1.7) * np.sin(y * 1.7)) * 0.06
        a = base[None, None, :] * (1 + weave[:, :, None])
    elif kind == "laminate":
        base = np.array(rng.choice([(225, 225, 222), (200, 200, 205), (235, 230, 220)]), np.float32)
        a = np.ones((sh, sw, 3), np.float32) * base
    elif kind == "bed":
        base = np.array(rng.choice([(230, 225, 215), (210, 220, 235)]), np.float32)
        wr = cv2.resize(nr.standard_normal((6, 6)).astype(np.float32), (sw, sh), interpolation=cv2.INTER_CUBIC)
        a = base[None, None, :] * (0.88 + 0.08 * wr[:, :, None])
    else:
        base = np.array(rng.choice([(45, 45, 48), (30, 32, 36), (70, 60, 55)]), np.float32)
        a = np.ones((sh, sw, 3), np.float32) * base
    a = a + nr.standard_normal((sh, sw, 1)).astype(np.float32) * 4
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_LINEAR)
    return a, kind


def phone_photo(img, rng, frame=None, fill=None, card=False, shadow=None, glare=None, blur=None, tilt=None, small=False):
    """Place a flat document image on a desk with a perspective view. returns RGB PIL image (upright).
    All slowly varying fields (light, shadows, glare) are computed at 1/8 resolution and applied in one pass."""
    nr = _np_rng(rng)
    if frame is None:
        frame = rng.choice([(4032, 3024), (4000, 3000), (3264, 2448), (4032, 3024)])
        if small:   # will be recompressed by a chat app anyway
            frame = (2048, 1536)
    fw, fh = frame
    dw, dh = img.size
    if (dh > dw) != (fh > fw):
        fw, fh = fh, fw
    a, kind = _desk(fw, fh, rng)
    fill = fill or (rng.uniform(0.45, 0.68) if card else rng.uniform(0.72, 0.9))
    k = min(fw * fill / dw, fh * fill / dh)
    tw, th = dw * k, dh * k
    cx = fw / 2 + rng.uniform(-0.06, 0.06) * fw
    cy = fh / 2 + rng.uniform(-0.05, 0.05) * fh
    ang = math.radians(rng.uniform(-7, 7))
    tilt = tilt if tilt is not None else rng.uniform(0.82, 0.98)   # top edge shorter: keystone
    corners = np.array([[-tw / 2 * tilt, -th / 2], [tw / 2 * tilt, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2]], np.float32)
    if rng.random() < 0.35:   # keystone from the side instead
        corners = np.array([[-tw / 2, -th / 2 * tilt], [tw / 2, -th / 2], [tw / 2, th / 2], [-tw / 2, th / 2 * tilt]], np.float32)
    corners += nr.uniform(-0.012, 0.012, (4, 2)).astype(np.float32) * np.array([tw, th], np.float32)
    R = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]], np.float32)
    dst = corners @ R.T + np.array([cx, cy], np.float32)
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    doc = np.asarray(img.convert("RGB"))
    if not card:   # paper is never pure white under room light
        tone = np.array([rng.uniform(236, 250), rng.uniform(234, 248), rng.uniform(226, 244)], np.float32) / 255.0
        doc = (doc.astype(np.float32) * tone).astype(np.uint8)
    warped = cv2.warpPerspective(doc, M, (fw, fh), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    mask8 = cv2.warpPerspective(np.full((dh, dw), 255, np.uint8), M, (fw, fh), flags=cv2.INTER_LINEAR)
    # low-resolution multiplicative field: drop shadow, uneven light, phone shadow
    lw, lh = fw // 8, fh // 8
    S = np.array([[1 / 8, 0, 0], [0, 1 / 8, 0], [0, 0, 1]], np.float64)
    msmall = cv2.warpPerspective(np.ones((dh // 4 + 1, dw // 4 + 1), np.float32),
                                 S @ M @ np.diag([4.0, 4.0, 1.0]), (lw, lh), flags=cv2.INTER_LINEAR)
    off = (max(1, int(lw * 0.006)), max(1, int(lh * 0.008)))
    smask = np.roll(np.roll(msmall, off[1], axis=0), off[0], axis=1)
    smask = cv2.GaussianBlur(smask, (0, 0), max(0.8, lw * 0.006))
    field = 1 - 0.35 * smask * (1 - msmall)
    lx, ly = rng.uniform(0, 1), rng.uniform(0, 1)
    gy, gx = np.mgrid[0:lh, 0:lw].astype(np.float32)
    dist = np.sqrt((gx / lw - lx) ** 2 + (gy / lh - ly) ** 2)
    field *= 1.08 - rng.uniform(0.15, 0.38) * dist
    shadow = shadow if shadow is not None else rng.random() < 0.55
    if shadow:
        sm = np.zeros((lh, lw), np.float32)
        side = rng.choice(["b", "r", "l", "t"])
        ww, hh = lw, lh
        if side == "b":
            pts = np.array([[ww * rng.uniform(0.2, 0.4), hh], [ww * rng.uniform(0.3, 0.5), hh * rng.uniform(0.62, 0.8)],
                            [ww * rng.uniform(0.7, 0.9), hh * rng.uniform(0.66, 0.85)], [ww * rng.uniform(0.8, 1.0), hh]], np.int32)
        elif side == "r":
            pts = np.array([[ww, hh * 0.2], [ww * rng.uniform(0.7, 0.8), hh * 0.3], [ww * rng.uniform(0.72, 0.85), hh * 0.8], [ww, hh * 0.9]], np.int32)
        elif side == "l":
            pts = np.array([[0, hh * 0.3], [ww * rng.uniform(0.15, 0.28), hh * 0.35], [ww * rng.uniform(0.15, 0.3), hh * 0.9], [0, hh]], np.int32)
        else:
            pts = np.array([[ww * 0.1, 0], [ww * 0.2, hh * rng.uniform(0.15, 0.25)], [ww * 0.7, hh * rng.uniform(0.15, 0.3)], [ww * 0.8, 0]], np.int32)
        cv2.fillPoly(sm, [pts], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), lw * 0.03)
        field *= 1 - rng.uniform(0.25, 0.45) * sm
    add = None
    glare = glare if glare is not None else (card and rng.random() < 0.7)
    if glare:
        gm = np.zeros((lh, lw), np.float32)
        c = (int(cx / 8 + rng.uniform(-0.2, 0.2) * tw / 8), int(cy / 8 + rng.uniform(-0.2, 0.2) * th / 8))
        cv2.ellipse(gm, c, (max(1, int(tw / 8 * rng.uniform(0.08, 0.2))), max(1, int(th / 8 * rng.uniform(0.05, 0.12)))),
                    rng.uniform(0, 180), 0, 360, 1.0, -1)
        gm = cv2.GaussianBlur(gm, (0, 0), max(1.0, tw / 8 * 0.05)) * msmall
        add = gm * rng.uniform(60, 140)
    field = cv2.resize(field, (fw, fh), interpolation=cv2.INTER_LINEAR)
    m = (mask8.astype(np.float32) * (1 / 255.0))[:, :, None]
    out = a * (1 - m)
    out += warped.astype(np.float32) * m
    out *= field[:, :, None]
    if add is not None:
        out += cv2.resize(add, (fw, fh), interpolation=cv2.INTER_LINEAR)[:, :, None]
    out = _noise(out, nr, rng.uniform(2, 5))
    out8 = np.clip(out, 0, 255).astype(np.uint8)
    blur = blur if blur is not None else rng.uniform(0.5, 1.8)
    if blur > 0:
        out8 = cv2.GaussianBlur(out8, (0, 0), blur)
    return Image.fromarray(out8)


def chat_recompress(img, rng, screenshot=False):
    """what a chat app does to a forwarded image: photos to a long side of 1280-1600, screenshots to a width of
    720-1080 (long screenshots keep their height), heavy JPEG (returns bytes)"""
    if screenshot:
        k = rng.choice([720, 828, 1080]) / img.width
    else:
        k = rng.choice([1280, 1440, 1600, 1280]) / max(img.size)
    if k < 1:
        img = img.resize((int(img.width * k), int(img.height * k)), Image.BILINEAR)
    return to_jpeg(img, rng.randint(55, 75))


def rotate(img, deg):
    """rotate the content clockwise by deg (90/180/270)"""
    if deg == 0:
        return img
    return img.rotate(-deg, expand=True)


# ------------------------------------------------------------------ writers
EXIF_CAMS = [("Apple", "iPhone 13"), ("Apple", "iPhone 14 Pro"), ("HUAWEI", "ELS-AN00"), ("Xiaomi", "M2102K1C"),
             ("OPPO", "PEEM00"), ("vivo", "V2217A"), ("HONOR", "ANY-AN00")]


def exif_bytes(rng, orientation=1, when=None):
    ex = Image.Exif()
    make, model = rng.choice(EXIF_CAMS)
    ex[0x010F] = make
    ex[0x0110] = model
    ex[0x0112] = orientation
    if when:
        ex[0x0132] = when
    return ex.tobytes()


def apply_exif_storage(img, orientation):
    """pixels to store so that a viewer applying `orientation` shows `img` upright"""
    if orientation == 1:
        return img
    if orientation == 3:
        return img.rotate(180, expand=True)
    if orientation == 6:   # viewer rotates 90 CW -> store rotated 90 CCW
        return img.rotate(90, expand=True)
    if orientation == 8:   # viewer rotates 90 CCW -> store rotated 90 CW
        return img.rotate(-90, expand=True)
    raise ValueError(orientation)


def to_jpeg(img, quality=90, exif=None, subsampling=None):
    b = io.BytesIO()
    kw = dict(quality=quality)
    if exif:
        kw["exif"] = exif
    if subsampling is not None:
        kw["subsampling"] = subsampling
    if img.mode not in ("RGB", "L"):
        img = img.convert("RGB")
    img.save(b, "JPEG", **kw)
    return b.getvalue()


def to_png(img):
    b = io.BytesIO()
    img.save(b, "PNG", optimize=False, compress_level=6)
    return b.getvalue()


def to_heic(img, quality=70, exif=None):
    import pillow_heif
    pillow_heif.register_heif_opener()
    b = io.BytesIO()
    kw = dict(quality=quality, enc_params={"preset": "ultrafast"})
    if exif:
        kw["exif"] = exif
    img.convert("RGB").save(b, format="HEIF", **kw)
    return b.getvalue()


def to_webp(img, quality=80):
    b = io.BytesIO()
    img.convert("RGB").save(b, "WEBP", quality=quality, method=2)
    return b.getvalue()


def to_bmp(img):
    b = io.BytesIO()
    img.convert("RGB").save(b, "BMP")
    return b.getvalue()


def to_tiff(imgs, dpi=200):
    b = io.BytesIO()
    first = imgs[0]
    comp = "group4" if first.mode == "1" else "tiff_lzw"
    first.save(b, "TIFF", save_all=True, append_images=imgs[1:], compression=comp, dpi=(dpi, dpi))
    return b.getvalue()


def to_image_pdf(imgs, dpi=150, quality=80):
    b = io.BytesIO()
    imgs = [im if im.mode in ("RGB", "L", "1") else im.convert("RGB") for im in imgs]
    imgs[0].save(b, "PDF", save_all=True, append_images=imgs[1:], resolution=dpi, quality=quality,
                 creationDate=PDF_TIME, modDate=PDF_TIME, producer="", creator="")
    return b.getvalue()
