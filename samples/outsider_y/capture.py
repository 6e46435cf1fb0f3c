"""Captures: phone photos (perspective, shadow, glare, blur), chat-app
recompression, flatbed scans, photocopies, bilevel office scans, ~100 dpi copies;
and writing files (JPEG with EXIF, HEIC, PNG, WebP, BMP, multi-page TIFF, image PDF)."""
from __future__ import annotations

import datetime as dt
import io
import random

import cv2
import numpy as np
from PIL import Image, ImageFilter

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
except Exception:  # pragma: no cover
    pillow_heif = None


# ------------------------------------------------------------------ backgrounds
def _background(w, h, r: random.Random, nr: np.random.Generator):
    kind = r.choice(["wood", "cloth", "table", "table", "sheet"])
    sw, sh = max(8, w // 8), max(8, h // 8)
    if kind == "wood":
        base = np.array(r.choice([(150, 105, 70), (120, 85, 55), (175, 135, 95), (95, 65, 45)]), np.float32)
        y = np.arange(sh)[:, None] / sh
        x = np.arange(sw)[None, :] / sw
        grain = np.sin((y * r.uniform(30, 80) + np.sin(x * 6 + y * 3) * 2.0) * 3.1) * 0.5 + 0.5
        a = base[None, None, :] * (0.82 + 0.25 * grain[..., None])
    elif kind == "cloth":
        base = np.array(r.choice([(60, 70, 90), (140, 40, 50), (200, 200, 195), (40, 40, 45), (90, 110, 80)]), np.float32)
        a = np.ones((sh, sw, 3), np.float32) * base
        a *= (0.9 + 0.1 * nr.random((sh, sw, 1))).astype(np.float32)
    elif kind == "sheet":
        base = np.array((225, 225, 220), np.float32)
        a = np.ones((sh, sw, 3), np.float32) * base
    else:
        base = np.array(r.choice([(205, 200, 190), (180, 182, 185), (235, 232, 225), (110, 112, 118)]), np.float32)
        a = np.ones((sh, sw, 3), np.float32) * base
    a = cv2.resize(a, (w, h), interpolation=cv2.INTER_LINEAR)
    return a


def _light(h, w, r: random.Random, strength=0.3):
    """Smooth multiplicative illumination field."""
    gy, gx = np.mgrid[0:h:16, 0:w:16].astype(np.float32)
    cx, cy = r.uniform(0, w), r.uniform(0, h)
    d = np.sqrt((gx - cx) ** 2 + (gy - cy) ** 2) / max(w, h)
    f = 1.05 - strength * d + r.uniform(-0.05, 0.05)
    f = cv2.resize(f, (w, h), interpolation=cv2.INTER_LINEAR)
    return f[..., None]


def photo(img: Image.Image, r: random.Random, nr: np.random.Generator, subject="page", long_side=None,
          landscape=None):
    alpha = np.asarray(img.getchannel("A")).astype(np.float32) / 255 if img.mode == "RGBA" else None
    src = np.asarray(img.convert("RGB")).astype(np.float32)
    sh_, sw_ = src.shape[:2]
    long_side = long_side or r.choice([3264, 3264, 4000, 2880, 4032])
    short = int(long_side * 3 / 4)
    if landscape is None:
        landscape = sw_ > sh_ * 1.15
        if subject == "card":
            landscape = r.random() < 0.7
    W, H = (long_side, short) if landscape else (short, long_side)
    bg = _background(W, H, r, nr)
    frac = {"page": r.uniform(0.62, 0.9), "card": r.uniform(0.35, 0.62), "booklet": r.uniform(0.55, 0.85)}[subject]
    scale = min(W * frac / sw_, H * frac / sh_)
    dw_, dh_ = sw_ * scale, sh_ * scale
    cx, cy = W / 2 + r.uniform(-0.08, 0.08) * W, H / 2 + r.uniform(-0.08, 0.08) * H
    ang = np.radians(r.uniform(-6, 6))
    corners = np.array([[-dw_ / 2, -dh_ / 2], [dw_ / 2, -dh_ / 2], [dw_ / 2, dh_ / 2], [-dw_ / 2, dh_ / 2]])
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
    pts = corners @ rot.T + [cx, cy]
    k = r.uniform(0.0, 0.09)  # keystone
    side = r.choice(["top", "bottom", "left", "right"])
    shrink = {"top": [0, 1], "bottom": [3, 2], "left": [0, 3], "right": [1, 2]}[side]
    a, b = shrink
    mid = (pts[a] + pts[b]) / 2
    pts[a] = pts[a] + (mid - pts[a]) * k * 2
    pts[b] = pts[b] + (mid - pts[b]) * k * 2
    pts += nr.normal(0, min(W, H) * 0.006, pts.shape)
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [sw_, 0], [sw_, sh_], [0, sh_]]), np.float32(pts))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(alpha if alpha is not None else np.ones((sh_, sw_), np.float32), M, (W, H),
                               flags=cv2.INTER_LINEAR)
    # soft drop shadow
    sm = cv2.GaussianBlur(mask, (0, 0), max(2, min(W, H) * 0.006))
    off = int(min(W, H) * 0.006)
    sm = np.roll(np.roll(sm, off, 0), off, 1)
    bg *= (1 - 0.35 * sm)[..., None]
    m3 = mask[..., None]
    out = bg * (1 - m3) + warped * m3
    # illumination, shadow of the phone, glare
    out *= _light(H, W, r, strength=r.uniform(0.1, 0.45))
    if r.random() < 0.45:
        poly = np.zeros((H // 8, W // 8), np.float32)
        x0 = r.uniform(-0.2, 0.6) * W / 8
        y0 = r.uniform(0.5, 0.9) * H / 8
        p = np.array([[x0, H / 8], [x0 + r.uniform(0.3, 0.6) * W / 8, H / 8],
                      [x0 + r.uniform(0.2, 0.5) * W / 8, y0], [x0 - 0.05 * W / 8, y0 + 0.1 * H / 8]], np.int32)
        cv2.fillPoly(poly, [p], 1.0)
        poly = cv2.GaussianBlur(poly, (0, 0), 6)
        poly = cv2.resize(poly, (W, H))
        out *= (1 - r.uniform(0.2, 0.4) * poly)[..., None]
    if subject == "card" or r.random() < 0.25:
        g = np.zeros((H // 4, W // 4), np.float32)
        gx, gy = int(r.uniform(0.3, 0.7) * W / 4), int(r.uniform(0.3, 0.7) * H / 4)
        cv2.ellipse(g, (gx, gy), (int(W * r.uniform(0.02, 0.08)), int(H * r.uniform(0.01, 0.04))), r.uniform(0, 180),
                    0, 360, 1.0, -1)
        g = cv2.GaussianBlur(g, (0, 0), 10)
        g = cv2.resize(g, (W, H)) * mask
        out += g[..., None] * r.uniform(60, 140)
    tint = np.array([r.uniform(0.95, 1.05), 1.0, r.uniform(0.92, 1.05)], np.float32)
    out *= tint[None, None, :]
    sig = r.uniform(0.4, 1.6)
    out = cv2.GaussianBlur(out, (0, 0), sig)
    out += nr.normal(0, r.uniform(1.5, 4.0), (H // 2, W // 2, 1)).astype(np.float32).repeat(2, 0).repeat(2, 1)[:H, :W]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def on_glass(parts, r: random.Random, dpi=200, a4=True):
    """Cards laid on a flatbed glass or copied onto an A4 sheet (list of (image, w_mm)).
    Two cards: stacked or side by side; more: two per row (front | back of one person)."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    page = Image.new("RGB", (W, H), (255, 255, 255))
    per_row = 2 if (len(parts) > 2 or r.random() < 0.3) else 1
    rows = [parts[i:i + per_row] for i in range(0, len(parts), per_row)]
    tiles = []
    for row in rows:
        ts = []
        for im, wmm in row:
            w = int(wmm / 25.4 * dpi)
            h = int(im.height * w / im.width)
            t = im.resize((w, h), Image.LANCZOS)
            if t.mode == "RGBA":
                t = t.rotate(r.uniform(-2.0, 2.0), expand=True, resample=Image.BICUBIC)
            ts.append(t)
        tiles.append(ts)
    total_h = sum(max(t.height for t in ts) for ts in tiles)
    gap = int(min(H * 0.06, (H * 0.9 - total_h) / max(1, len(tiles))))
    y = int(H * r.uniform(0.04, 0.09))
    for ts in tiles:
        row_w = sum(t.width for t in ts) + int(W * 0.03) * (len(ts) - 1)
        x = int((W - row_w) / 2 + r.uniform(-W * 0.03, W * 0.03))
        x = max(10, min(x, W - row_w - 10))
        for t in ts:
            page.paste(t.convert("RGB"), (x, y), t if t.mode == "RGBA" else None)
            x += t.width + int(W * 0.03)
        y += max(t.height for t in ts) + max(20, gap)
    return page


# ------------------------------------------------------------------ flat captures
def scan(img, r: random.Random, nr, dpi_scale=1.0, gray=False):
    im = img.convert("RGB")
    if dpi_scale != 1.0:
        im = im.resize((int(im.width * dpi_scale), int(im.height * dpi_scale)), Image.LANCZOS)
    ang = r.uniform(-1.6, 1.6)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    a = np.asarray(im).astype(np.float32)
    a = a * r.uniform(0.95, 1.0) + r.uniform(0, 8)
    a += nr.normal(0, 2.0, a.shape[:2] + (1,)).astype(np.float32)
    if r.random() < 0.4:  # lid shadow at one edge
        band = np.linspace(1, 0, max(2, a.shape[1] // 40)) ** 2
        a[:, :band.size] *= (1 - 0.5 * band)[None, :, None]
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.convert("L").convert("RGB") if gray else out


def photocopy(img, r: random.Random, nr, dpi_scale=1.0):
    im = img.convert("L")
    if dpi_scale != 1.0:
        im = im.resize((int(im.width * dpi_scale), int(im.height * dpi_scale)), Image.LANCZOS)
    im = im.rotate(r.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=245)
    a = np.asarray(im).astype(np.float32)
    # toner: darker darks, greyer whites, uneven
    a = (a - 128) * r.uniform(1.2, 1.6) + 128 + r.uniform(-15, 5)
    h, w = a.shape
    field = cv2.resize(nr.normal(0, 1, (8, 8)).astype(np.float32), (w, h), interpolation=cv2.INTER_CUBIC)
    a += field * r.uniform(4, 10)
    # fold band
    if r.random() < 0.6:
        if r.random() < 0.5:
            c = int(w * r.uniform(0.4, 0.6))
            bw = max(4, int(w * r.uniform(0.01, 0.03)))
            prof = np.exp(-((np.arange(w) - c) / bw) ** 2) * r.uniform(40, 90)
            a -= prof[None, :]
        else:
            c = int(h * r.uniform(0.4, 0.6))
            bw = max(4, int(h * r.uniform(0.008, 0.02)))
            prof = np.exp(-((np.arange(h) - c) / bw) ** 2) * r.uniform(40, 90)
            a -= prof[:, None]
    # specks
    n = int(h * w * r.uniform(2e-5, 8e-5))
    ys, xs = nr.integers(0, h, n), nr.integers(0, w, n)
    a[ys, xs] = nr.uniform(0, 90, n)
    a = cv2.GaussianBlur(a, (0, 0), r.uniform(0.5, 1.0))
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    return out.convert("RGB")


def bilevel(img, r: random.Random, nr, dpi_scale=1.0):
    im = img.convert("L")
    if dpi_scale != 1.0:
        im = im.resize((int(im.width * dpi_scale), int(im.height * dpi_scale)), Image.LANCZOS)
    im = im.rotate(r.uniform(-1.0, 1.0), resample=Image.BICUBIC, fillcolor=255)
    thr = r.randint(150, 185)
    return im.point(lambda v: 255 if v > thr else 0).convert("1")


def lowres(img, r: random.Random, nr, target_long=None):
    target_long = target_long or r.randint(1000, 1200)
    s = target_long / max(img.size)
    im = img.convert("RGB").resize((max(1, int(img.width * s)), max(1, int(img.height * s))), Image.BILINEAR)
    if r.random() < 0.5:
        im = im.convert("L").convert("RGB")
    return im


def chat(img, r: random.Random):
    long_ = r.randint(1280, 1600)
    s = long_ / max(img.size)
    if s < 1:
        img = img.resize((int(img.width * s), int(img.height * s)), Image.BILINEAR)
    return img


# ------------------------------------------------------------------ rotation
EXIF_STORE = {3: 180, 6: 90, 8: -90}  # PIL rotate() angle (counter-clockwise) for the stored pixels


def apply_rotation(img, mode):
    """mode: None | 'exif3' | 'exif6' | 'exif8' | 'rot90' | 'rot180' | 'rot270'.
    Returns (image, exif_orientation or None, truth rotation in degrees clockwise as displayed)."""
    if not mode:
        return img, None, 0
    if mode.startswith("exif"):
        o = int(mode[4:])
        return img.rotate(EXIF_STORE[o], expand=True), o, 0
    deg = int(mode[3:])
    return img.rotate(-deg, expand=True), None, deg


# ------------------------------------------------------------------ writing
def encode_image(img, fmt, r: random.Random, quality=None, exif_orient=None, camera=None, when=None):
    b = io.BytesIO()
    if fmt in ("jpg", "jpeg"):
        ex = Image.Exif()
        if camera:
            ex[0x010F], ex[0x0110] = camera
        if when:
            ex[0x0132] = when
        if exif_orient:
            ex[0x0112] = exif_orient
        img.convert("RGB" if img.mode != "L" else "L").save(b, "JPEG", quality=quality or r.randint(80, 92),
                                                            exif=ex.tobytes() if (camera or exif_orient) else b"")
    elif fmt == "heic":
        im = img.convert("RGB")
        if max(im.size) > 3024:
            s = 3024 / max(im.size)
            im = im.resize((int(im.width * s), int(im.height * s)), Image.BILINEAR)
        im.save(b, "HEIF", quality=quality or r.randint(60, 78), enc_params={"preset": "ultrafast"})
    elif fmt == "png":
        img.save(b, "PNG", optimize=False, compress_level=6)
    elif fmt == "webp":
        img.convert("RGB").save(b, "WEBP", quality=quality or r.randint(70, 85), method=4)
    elif fmt == "bmp":
        img.convert("RGB" if img.mode != "1" else "1").save(b, "BMP")
    elif fmt in ("tif", "tiff"):
        _tiff([img], b)
    else:
        raise ValueError(fmt)
    return b.getvalue()


def _tiff(pages, b):
    first = pages[0]
    if all(p.mode == "1" for p in pages):
        first.save(b, "TIFF", save_all=True, append_images=pages[1:], compression="group4", dpi=(200, 200))
    else:
        pages = [p.convert("L") if p.mode == "1" else p for p in pages]
        pages[0].save(b, "TIFF", save_all=True, append_images=pages[1:], compression="tiff_lzw", dpi=(200, 200))


def encode_multi(pages, fmt, r: random.Random, dpi=200, title="scan", pinned=None):
    b = io.BytesIO()
    if fmt in ("tif", "tiff"):
        _tiff(pages, b)
    elif fmt == "pdf":
        ims = []
        for p in pages:
            if p.mode == "1":
                ims.append(p.convert("L"))
            else:
                ims.append(p.convert("RGB") if p.mode != "L" else p)
        when = pinned or dt.datetime(2026, 11, 1, 9, 0, 0)
        ims[0].save(b, "PDF", save_all=True, append_images=ims[1:], resolution=float(dpi), title=title,
                    author="", producer="", creator="", creationDate=when.timetuple(), modDate=when.timetuple())
    else:
        raise ValueError(fmt)
    return b.getvalue()
