"""Captures: scans, photocopies, phone photos, chat recompression, screenshots."""
import io

import cv2
import numpy as np
from PIL import Image, ImageFilter, ImageOps

A4_200 = (1654, 2339)


def _np_rng(rng):
    return np.random.default_rng(rng.randrange(1 << 30))


def on_a4(img, rng, scale=None, pos=None):
    """Put a card or booklet onto an A4 sheet at 200 dpi."""
    page = Image.new("RGB", A4_200, (255, 255, 255))
    if scale is None:
        scale = 0.48 if img.width < 1600 else 0.7
    im = img.resize((int(img.width * scale), int(img.height * scale)), Image.LANCZOS)
    if pos is None:
        pos = ((A4_200[0] - im.width) // 2, rng.randint(150, 400))
    page.paste(im, pos)
    return page


def scan(img, rng, gray=False, dpi=None, skew=True):
    """A flatbed scan. img is a 200-dpi page."""
    if dpi is None:
        dpi = rng.choice([150, 200, 200, 300])
    s = dpi / 200
    a = np.asarray(img.convert("RGB"))
    if s != 1:
        a = cv2.resize(a, (int(img.width * s), int(img.height * s)), interpolation=cv2.INTER_AREA if s < 1 else cv2.INTER_CUBIC)
    h, w = a.shape[:2]
    if skew:
        ang = rng.uniform(-1.0, 1.0)
        M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
        a = cv2.warpAffine(a, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=(250, 250, 250))
    gain = rng.uniform(0.93, 1.0)
    off = rng.uniform(0, 10)
    tile = _np_rng(rng).normal(0, 3, (256, 256, 3)).astype(np.float32)
    noise = np.tile(tile, (h // 256 + 1, w // 256 + 1, 1))[:h, :w]
    a = cv2.add(cv2.multiply(a, np.full(a.shape, gain, np.float32), dtype=cv2.CV_32F), noise + off, dtype=cv2.CV_32F)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if gray:
        im = im.convert("L")
    return im, dpi


def photocopy(img, rng):
    im = img.convert("L")
    a = np.asarray(im).astype(np.float32)
    a = (a - 128) * rng.uniform(1.2, 1.5) + 128 + rng.uniform(-10, 15)
    nr = _np_rng(rng)
    a += nr.normal(0, 7, a.shape)
    h, w = a.shape
    # toner specks
    n = int(w * h / 4000)
    ys, xs = nr.integers(0, h, n), nr.integers(0, w, n)
    a[ys, xs] = nr.uniform(0, 90, n)
    # dark band at fold or an edge
    if rng.random() < 0.7:
        band = nr.uniform(0.0, 1.0)
        if rng.random() < 0.5:
            x = int(w * rng.choice([0.5, 0.02, 0.97]))
            bw = max(8, int(w * rng.uniform(0.01, 0.025)))
            a[:, max(0, x - bw):x + bw] *= rng.uniform(0.58, 0.75)
        else:
            y = int(h * rng.choice([0.5, 0.02, 0.98]))
            bw = max(8, int(h * rng.uniform(0.008, 0.02)))
            a[max(0, y - bw):y + bw, :] *= rng.uniform(0.58, 0.75)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return im.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def bilevel(img, rng):
    g = img.convert("L")
    return g.point(lambda v: 255 if v > rng.randint(150, 175) else 0).convert("1")


def lowres(img, rng):
    s = rng.uniform(0.45, 0.55)  # ~100 dpi from 200 dpi
    return img.resize((int(img.width * s), int(img.height * s)), Image.BILINEAR)


SIZES = [(3264, 2448), (4000, 3000), (4032, 3024), (4624, 3472), (6000, 4000), (8000, 6000), (8160, 6120)]


def desk(rng, w, h):
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "cloth", "grey", "white"])
    sw, sh = w // 8, h // 8
    if kind == "wood":
        base = np.array(rng.choice([(150, 110, 75), (120, 85, 55), (180, 140, 100)]), np.float32)
        y = np.linspace(0, 1, sh)[:, None]
        x = np.linspace(0, 1, sw)[None, :]
        grain = np.sin((y * rng.uniform(30, 60) + np.sin(x * 5) * 2)) * 12
        a = base[None, None, :] + grain[..., None] + nr.normal(0, 6, (sh, sw, 1))
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 80, 120), (110, 40, 40), (70, 100, 70), (90, 90, 95)]), np.float32)
        a = base[None, None, :] + nr.normal(0, 10, (sh, sw, 3))
    elif kind == "grey":
        a = np.full((sh, sw, 3), rng.uniform(90, 140), np.float32) + nr.normal(0, 5, (sh, sw, 3))
    else:
        a = np.full((sh, sw, 3), rng.uniform(200, 230), np.float32) + nr.normal(0, 4, (sh, sw, 3))
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).resize((w, h), Image.BILINEAR)
    return im


def photo(img, rng, fill=None, glare=False, mp=None):
    """Phone photo: object on a desk, perspective, light, shadow, blur."""
    portrait_doc = img.height > img.width
    if mp:
        W, H = mp
    else:
        W, H = rng.choice(SIZES[:5]) if rng.random() < 0.95 else rng.choice(SIZES[5:])
    if portrait_doc:
        W, H = H, W
    bg = np.asarray(desk(rng, W, H))
    if fill is None:
        fill = rng.uniform(0.55, 0.85) if img.width > 1000 and img.height > 1400 else rng.uniform(0.4, 0.7)
    sc = min(W * fill / img.width, H * fill / img.height)
    ow, oh = img.width * sc, img.height * sc
    cx, cy = W / 2 + rng.uniform(-0.08, 0.08) * W, H / 2 + rng.uniform(-0.06, 0.06) * H
    j = 0.05
    dst = np.float32([[cx - ow / 2 + rng.uniform(-j, j) * ow, cy - oh / 2 + rng.uniform(-j, j) * oh],
                      [cx + ow / 2 + rng.uniform(-j, j) * ow, cy - oh / 2 + rng.uniform(-j, j) * oh],
                      [cx + ow / 2 + rng.uniform(-j, j) * ow, cy + oh / 2 + rng.uniform(-j, j) * oh],
                      [cx - ow / 2 + rng.uniform(-j, j) * ow, cy + oh / 2 + rng.uniform(-j, j) * oh]])
    dst[:, 0] = np.clip(dst[:, 0], 5, W - 5)
    dst[:, 1] = np.clip(dst[:, 1], 5, H - 5)
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    srcarr = np.ascontiguousarray(np.asarray(img.convert("RGB")))
    out = cv2.warpPerspective(srcarr, M, (W, H), dst=bg.copy(), flags=cv2.INTER_LINEAR,
                              borderMode=cv2.BORDER_TRANSPARENT)
    # light, shadows and glare at 1/8 scale
    w8, h8 = W // 8, H // 8
    M8 = cv2.getPerspectiveTransform(src, dst / 8)
    mask = cv2.warpPerspective(np.full(srcarr.shape[:2], 1.0, np.float32), M8, (w8, h8))
    sh = cv2.GaussianBlur(mask, (0, 0), max(1.5, w8 / 250))
    sh = np.roll(np.roll(sh, max(1, w8 // 200), axis=1), max(1, h8 // 200), axis=0)
    factor = 1 - 0.35 * sh * (1 - mask)
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    lx, ly = rng.uniform(0, w8), rng.uniform(0, h8)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(w8, h8)
    factor *= 1.08 - rng.uniform(0.2, 0.35) * d
    if rng.random() < 0.5:
        sm = np.zeros((h8, w8), np.float32)
        cv2.ellipse(sm, (int(rng.uniform(0.1, 0.6) * w8), h8), (int(w8 / 2.5), int(h8 / 1.25)), 0, 0, 360, 1.0, -1)
        sm = cv2.GaussianBlur(sm, (0, 0), w8 / 20)
        factor *= 1 - 0.3 * sm
    add = np.zeros((h8, w8), np.float32)
    if glare:
        gx, gy = int(cx / 8 + rng.uniform(-0.3, 0.3) * ow / 8), int(cy / 8 + rng.uniform(-0.4, 0.4) * oh / 8)
        cv2.ellipse(add, (gx, gy), (max(2, int(ow / 40)), max(2, int(oh / 60))), rng.uniform(0, 180), 0, 360, 1.0, -1)
        add = cv2.GaussianBlur(add, (0, 0), w8 / 40) * mask * 90
    f8 = np.clip(factor * 200, 0, 255).astype(np.uint8)
    f8 = cv2.resize(f8, (W, H), interpolation=cv2.INTER_LINEAR)
    out = cv2.multiply(out, cv2.merge([f8, f8, f8]), scale=1 / 200)
    if glare:
        a8 = cv2.resize(np.clip(add, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
        out = cv2.add(out, cv2.merge([a8, a8, a8]))
    sig = rng.uniform(0.5, 1.3) * W / 4000
    out = cv2.GaussianBlur(out, (0, 0), sig)
    return Image.fromarray(out)


def chat(img, rng):
    L = rng.randint(1280, 1600)
    s = L / max(img.size)
    im = img.resize((int(img.width * s), int(img.height * s)), Image.LANCZOS) if s < 1 else img
    buf = io.BytesIO()
    im.convert("RGB").save(buf, "JPEG", quality=rng.randint(50, 70))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def dark_unreadable(img, rng):
    """A page no one can read: very dark and blurred, or tiny."""
    im = img.convert("RGB").resize((img.width // 10, img.height // 10), Image.BILINEAR)
    im = im.filter(ImageFilter.GaussianBlur(3))
    a = np.asarray(im).astype(np.float32) * rng.uniform(0.06, 0.1)
    im = Image.fromarray(a.astype(np.uint8)).resize((img.width // 2, img.height // 2), Image.BILINEAR)
    return im


def turn(img, deg):
    """Turn the content clockwise by deg."""
    if deg == 0:
        return img
    return img.rotate(-deg, expand=True)


EXIF_FOR = {3: 180, 6: 90, 8: 270}  # orientation -> stored pixels are turned ccw by this much


def save_jpeg(img, path, rng, exif_orient=0, quality=None):
    q = quality or rng.randint(80, 93)
    im = img.convert("RGB") if img.mode not in ("RGB", "L") else img
    if exif_orient:
        # store pixels so that applying the EXIF orientation shows the upright page
        if exif_orient == 6:
            im = im.rotate(90, expand=True)
        elif exif_orient == 3:
            im = im.rotate(180, expand=True)
        elif exif_orient == 8:
            im = im.rotate(-90, expand=True)
        ex = Image.Exif()
        ex[0x0112] = exif_orient
        ex[0x010F] = rng.choice(["Xiaomi", "HUAWEI", "Apple", "OPPO", "vivo"])
        im.save(path, "JPEG", quality=q, exif=ex.tobytes())
    else:
        im.save(path, "JPEG", quality=q)
