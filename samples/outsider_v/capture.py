"""How people capture paper and screens: phone photos on a desk, monitor
photos, flatbed scans, photocopies, fax pages, chat-app recompression.

All functions take PIL images and a numpy Generator (``g``) plus a
``random.Random`` (``r``) and are deterministic given them."""
from __future__ import annotations

import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .fonts import pil_font, CLASSES

PHONE_SIZES = {8: (3264, 2448), 12: (4032, 3024), 13: (4160, 3120), 16: (4608, 3456), 24: (6000, 4000),
               48: (8000, 6000), 50: (8160, 6120)}
CAMERAS = [("Apple", "iPhone 13"), ("Apple", "iPhone 15 Pro"), ("HUAWEI", "ELS-AN00"), ("Xiaomi", "23049RAD8C"),
           ("OPPO", "PHB110"), ("vivo", "V2309A"), ("HONOR", "ANY-AN00"), ("samsung", "SM-S9180")]


# ------------------------------------------------------------------ helpers
def _lowfreq(g, h, w, scale=8, sigma=2.0):
    small = g.standard_normal((max(2, h // scale), max(2, w // scale))).astype(np.float32)
    small = cv2.GaussianBlur(small, (0, 0), sigma)
    return cv2.resize(small, (w, h), interpolation=cv2.INTER_CUBIC)


def _noise_tile(g, h, w, sigma):
    tile = g.normal(0, sigma, (512, 512, 1)).astype(np.float32)
    reps = (h // 512 + 1, w // 512 + 1, 1)
    return np.tile(tile, reps)[:h, :w]


def surface(g, r, W, H, kind=None):
    """A desk, cloth or bed surface; built at a quarter of the size and scaled up."""
    kind = kind or r.choice(["wood", "wood_dark", "desk_white", "cloth", "bed", "desk_grey", "granite"])
    W0, H0 = W, H
    W, H = max(8, W // 4), max(8, H // 4)
    if kind.startswith("wood"):
        base = np.array([150, 105, 65] if kind == "wood" else [95, 65, 45], np.float32)
        y = np.linspace(0, 1, H, dtype=np.float32)[:, None]
        x = np.linspace(0, 1, W, dtype=np.float32)[None, :]
        warp = _lowfreq(g, H, W, 16, 1.5) * 0.08
        grain = np.sin((y * r.uniform(25, 60) + warp + x * 0.3) * 2 * np.pi) * 0.5 + 0.5
        grain2 = np.sin((y * r.uniform(140, 260) + warp * 3) * 2 * np.pi) * 0.5 + 0.5
        f = (0.85 + 0.12 * grain + 0.05 * grain2)[..., None]
        img = base[None, None, :] * f
        if r.random() < 0.5:
            img = cv2.resize(np.ascontiguousarray(img.transpose(1, 0, 2)), (W, H))
    elif kind == "cloth":
        col = np.array(r.choice([[70, 90, 140], [150, 60, 60], [60, 110, 80], [120, 120, 125], [200, 190, 170]]),
                       np.float32)
        folds = 1 + _lowfreq(g, H, W, 24, 2) * 0.1
        img = col[None, None, :] * folds[..., None]
    elif kind == "bed":
        col = np.array(r.choice([[235, 232, 226], [215, 225, 235], [240, 228, 220]]), np.float32)
        folds = 1 + _lowfreq(g, H, W, 12, 1.2) * 0.12
        img = col[None, None, :] * folds[..., None]
    elif kind == "granite":
        col = np.array([130, 128, 126], np.float32)
        sp = g.standard_normal((H, W)).astype(np.float32) * 0.12 + _lowfreq(g, H, W, 6, 2) * 0.06
        img = col[None, None, :] * (1 + sp)[..., None]
    else:
        col = np.array([238, 238, 235] if kind == "desk_white" else [170, 172, 176], np.float32)
        img = col[None, None, :] * (1 + _lowfreq(g, H, W, 16, 2) * 0.03)[..., None]
    img = cv2.resize(np.clip(img, 0, 255).astype(np.uint8), (W0, H0), interpolation=cv2.INTER_LINEAR)
    if kind == "cloth":                       # the weave, at full size
        t = (np.indices((64, 64)).sum(0) % 4 < 2).astype(np.uint8) * 10
        img = cv2.subtract(img, np.tile(t, (H0 // 64 + 1, W0 // 64 + 1))[:H0, :W0, None].repeat(3, 2))
    return img


def _order_quad(w, h, W, H, frac, r, keystone=0.08, rot=6):
    """Destination corners of a w x h document inside a W x H frame."""
    s = frac * min(W / w, H / h)
    dw, dh = w * s, h * s
    cx = W / 2 + r.uniform(-0.08, 0.08) * (W - dw)
    cy = H / 2 + r.uniform(-0.08, 0.08) * (H - dh)
    a = math.radians(r.uniform(-rot, rot))
    pts = np.array([[-dw / 2, -dh / 2], [dw / 2, -dh / 2], [dw / 2, dh / 2], [-dw / 2, dh / 2]], np.float32)
    k = r.uniform(-keystone, keystone)
    pts[0, 0] *= 1 - k
    pts[1, 0] *= 1 - k
    pts[2, 0] *= 1 + k
    pts[3, 0] *= 1 + k
    k2 = r.uniform(-keystone / 2, keystone / 2)
    pts[0, 1] *= 1 - k2
    pts[3, 1] *= 1 - k2
    pts[1, 1] *= 1 + k2
    pts[2, 1] *= 1 + k2
    rotm = np.array([[math.cos(a), -math.sin(a)], [math.sin(a), math.cos(a)]], np.float32)
    pts = pts @ rotm.T
    pts[:, 0] += cx
    pts[:, 1] += cy
    pts += np.array([[r.uniform(-1, 1) * dw * 0.01, r.uniform(-1, 1) * dh * 0.01] for _ in range(4)], np.float32)
    return pts


def bend(img: np.ndarray, alpha: np.ndarray, g, r, amount):
    """Page curl / bend in the document's own coordinates, with shading."""
    h, w = img.shape[:2]
    if amount <= 0:
        return img, alpha
    xs = np.linspace(0, 1, w, dtype=np.float32)[None, :]
    ys = np.linspace(0, 1, h, dtype=np.float32)[:, None]
    k = r.choice([1, 2])
    ph = r.uniform(0, math.pi)
    A = amount * h * 0.012
    dy = A * np.sin(xs * math.pi * k + ph) * (0.6 + 0.4 * ys)
    dx = np.zeros_like(dy) + A * 0.3 * np.sin(ys * math.pi + ph)
    # a lifted corner
    cxn, cyn = r.choice([(1, 1), (0, 1), (1, 0)])
    dist = np.sqrt((xs - cxn) ** 2 + (ys - cyn) ** 2)
    lift = np.clip(0.25 - dist, 0, None) ** 2 * amount * h * 0.25
    dy = dy + lift * (1 if cyn == 1 else -1) * -1
    mapx = (np.arange(w, dtype=np.float32)[None, :] + dx).astype(np.float32)
    mapy = (np.arange(h, dtype=np.float32)[:, None] + dy).astype(np.float32)
    mapx = np.broadcast_to(mapx, (h, w)).copy()
    mapy = np.broadcast_to(mapy, (h, w)).copy()
    out = cv2.remap(img, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)
    al = cv2.remap(alpha, mapx, mapy, cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    slope = np.gradient(dy, axis=1) if w > 1 else dy * 0
    shade = np.clip(1 - slope * r.uniform(0.8, 2.0) - lift / max(1, h) * 6, 0.72, 1.08)
    out = np.clip(out.astype(np.float32) * shade[..., None], 0, 255).astype(np.uint8)
    return out, al


def _shadow_mask(g, r, W, H, kind):
    m = Image.new("L", (W // 8, H // 8), 0)
    d = ImageDraw.Draw(m)
    w, h = m.size
    if kind == "hand":
        side = r.choice(["bottom", "right", "left"])
        if side == "bottom":
            x = r.uniform(0.2, 0.7) * w
            d.ellipse([x, h * r.uniform(0.7, 0.85), x + w * 0.35, h * 1.3], fill=255)
            d.rectangle([x + w * 0.05, h * 0.95, x + w * 0.3, h], fill=255)
        elif side == "right":
            y = r.uniform(0.2, 0.6) * h
            d.ellipse([w * r.uniform(0.75, 0.88), y, w * 1.3, y + h * 0.35], fill=255)
        else:
            y = r.uniform(0.3, 0.7) * h
            d.ellipse([-w * 0.3, y, w * r.uniform(0.12, 0.25), y + h * 0.3], fill=255)
    else:  # the phone held above the page
        x, y = r.uniform(0.1, 0.6) * w, r.uniform(-0.2, 0.1) * h
        d.rounded_rectangle([x, y, x + w * 0.32, y + h * 0.45], radius=w * 0.04, fill=255)
    m = m.filter(ImageFilter.GaussianBlur(max(3, w // 25)))
    return cv2.resize(np.asarray(m, np.float32) / 255.0, (W, H), interpolation=cv2.INTER_LINEAR)


def phone_photo(doc_img: Image.Image, g, r, mp=12, frac=None, curl=None, shadow=None, glare=False,
                surface_kind=None, portrait=None, blur=None):
    """Photograph a page or card lying on a surface.  Returns an upright RGB image."""
    W, H = PHONE_SIZES[mp]
    rgba = doc_img.convert("RGBA")
    dw, dh = rgba.size
    if portrait is None:
        portrait = dh >= dw
    if portrait:
        W, H = H, W
    bg = surface(g, r, W, H, surface_kind)
    arr = np.asarray(rgba)
    rgb = np.ascontiguousarray(arr[..., :3])
    al = np.ascontiguousarray(arr[..., 3])
    curl = r.uniform(0.3, 1.6) if curl is None else curl
    rgb, al = bend(rgb, al, g, r, curl)
    frac = frac or r.uniform(0.62, 0.9)
    quad = _order_quad(dw, dh, W, H, frac, r)
    src = np.array([[0, 0], [dw, 0], [dw, dh], [0, dh]], np.float32)
    M = cv2.getPerspectiveTransform(src, quad)
    warped = cv2.warpPerspective(rgb, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(al, M, (W, H), flags=cv2.INTER_LINEAR)
    # low-resolution fields: light, shadows, glare
    ws, hs = max(8, W // 8), max(8, H // 8)
    ms = cv2.resize(mask, (ws, hs), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    yy = np.linspace(-1, 1, hs, dtype=np.float32)[:, None]
    xx = np.linspace(-1, 1, ws, dtype=np.float32)[None, :]
    a = r.uniform(0, 2 * math.pi)
    light = (1 + r.uniform(0.05, 0.22) * (np.cos(a) * xx + np.sin(a) * yy)) * \
            (1 - r.uniform(0.05, 0.2) * (xx ** 2 + yy ** 2) / 2) * r.uniform(0.85, 1.02)
    if shadow is None:
        shadow = r.random() < 0.55
    if shadow:
        sm = cv2.resize(_shadow_mask(g, r, W // 4, H // 4, r.choice(["hand", "phone"])), (ws, hs))
        light = light * (1 - r.uniform(0.22, 0.42) * sm)
    drop = cv2.GaussianBlur(ms, (0, 0), max(1.0, ws / 300 * 8 / 8 + 1))
    drop = np.roll(drop, (max(1, int(hs * 0.004)), max(1, int(ws * 0.004))), axis=(0, 1))
    f_bg = light * (1 - 0.35 * drop)
    add = np.zeros_like(light)
    if glare:
        qx, qy = quad[:, 0] / 8, quad[:, 1] / 8
        cx = qx.mean() + r.uniform(0.1, 0.3) * (qx[1] - qx[0])
        cy = qy.mean() - r.uniform(0.1, 0.3) * (qy[3] - qy[0])
        rad = max(2.0, (qx[1] - qx[0]) * r.uniform(0.08, 0.16))
        X = np.arange(ws, dtype=np.float32)[None, :]
        Y = np.arange(hs, dtype=np.float32)[:, None]
        add = np.exp(-((X - cx) ** 2 / (2 * rad ** 2) + (Y - cy) ** 2 / (2 * (rad * 0.6) ** 2))) * \
            r.uniform(60, 120) * ms
    F_doc = cv2.resize(light.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    F_bg = cv2.resize(f_bg.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    A = cv2.resize(add.astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)
    m = mask.astype(np.float32) * (1 / 255.0)
    comp = cv2.blendLinear(warped, bg, m, 1.0 - m)
    F = F_bg + m * (F_doc - F_bg)
    warm = r.choice([[1.0, 0.98, 0.93], [1.0, 1.0, 1.0], [0.96, 0.98, 1.02], [1.02, 0.97, 0.9]])
    sig = r.uniform(0.5, 1.5) if blur is None else blur
    motion = r.random() < 0.15
    mk = r.choice([3, 5])
    nz = _noise_tile(g, H, W, r.uniform(1.5, 4.0))[..., 0]
    pos = np.clip(nz, 0, 255).astype(np.uint8)
    neg = np.clip(-nz, 0, 255).astype(np.uint8)
    Au8 = np.clip(A, 0, 255).astype(np.uint8) if glare else None
    chans = []
    for c, ch in enumerate(cv2.split(comp)):
        ch = cv2.multiply(ch, F, scale=warm[c], dtype=cv2.CV_8U)
        if Au8 is not None:
            ch = cv2.add(ch, Au8)
        if sig > 0:
            ch = cv2.GaussianBlur(ch, (0, 0), max(0.3, sig * W / 4000))
        if motion:
            ker = np.zeros((mk, mk), np.float32)
            ker[mk // 2, :] = 1.0 / mk
            ch = cv2.filter2D(ch, -1, ker)
        ch = cv2.subtract(cv2.add(ch, pos), neg)
        chans.append(ch)
    return Image.fromarray(cv2.merge(chans))


def monitor_photo(screen: Image.Image, g, r, mp=12):
    """A phone photo of a computer monitor showing screen."""
    sw, sh = screen.size
    s = np.asarray(screen, np.float32)
    s = 255 * (s / 255) ** r.uniform(0.85, 1.0)
    s = s * np.array([0.95, 0.98, 1.04], np.float32)
    # pixel-grid moiré: two interfering gratings
    yy, xx = np.mgrid[0:sh, 0:sw].astype(np.float32)
    a1, a2 = r.uniform(-0.4, 0.4), r.uniform(-0.4, 0.4)
    f1, f2 = r.uniform(0.010, 0.03), r.uniform(0.012, 0.035)
    m = np.sin(2 * np.pi * f1 * (xx * math.cos(a1) + yy * math.sin(a1))) * np.sin(
        2 * np.pi * f2 * (xx * math.sin(a2) - yy * math.cos(a2) + 0.0004 * xx ** 1.5))
    s = s * (1 - r.uniform(0.03, 0.08) * (0.5 + 0.5 * m))[..., None]
    bez = int(sw * 0.025)
    mon = np.full((sh + 2 * bez, sw + 2 * bez, 3), 22, np.float32)
    mon[bez:bez + sh, bez:bez + sw] = s
    mon_img = Image.fromarray(np.clip(mon, 0, 255).astype(np.uint8))
    img = phone_photo(mon_img, g, r, mp=mp, frac=r.uniform(0.8, 0.93), curl=0, shadow=False, glare=False,
                      surface_kind=r.choice(["desk_grey", "wood_dark", "desk_white"]), portrait=False,
                      blur=r.uniform(0.6, 1.4))
    arr = np.asarray(img, np.float32)
    H, W = arr.shape[:2]
    cx, cy = r.uniform(0.2, 0.8) * W, r.uniform(0.1, 0.5) * H
    rad = W * r.uniform(0.12, 0.25)
    gl = np.exp(-(((np.arange(W)[None, :] - cx) ** 2 + (np.arange(H)[:, None] - cy) ** 2) / (2 * rad ** 2)))
    arr = arr + gl[..., None].astype(np.float32) * r.uniform(25, 55)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


# -------------------------------------------------------------- scanners
def scan(page: Image.Image, g, r, mode="color", skew=None, bed_mm=None, dpi=200, page_mm=None):
    """A flatbed scan.  page is rendered at dpi; bed_mm pastes it on an A4 bed."""
    img = page.convert("RGB")
    if bed_mm:
        Wb, Hb = int(bed_mm[0] * dpi / 25.4), int(bed_mm[1] * dpi / 25.4)
        bed = Image.new("RGB", (Wb, Hb), (250, 250, 248))
        x = int(r.uniform(0.04, 0.25) * Wb)
        y = int(r.uniform(0.03, 0.2) * Hb)
        x = min(x, max(0, Wb - img.width - 10))
        y = min(y, max(0, Hb - img.height - 10))
        bed.paste(img, (x, y), img if img.mode == "RGBA" else None)
        img = bed
    skew = r.uniform(-1.8, 1.8) if skew is None else skew
    if abs(skew) > 0.05:
        img = img.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=(245, 245, 243))
    a = np.asarray(img, np.float32)
    a = a * r.uniform(0.96, 1.0) + r.uniform(0, 6)
    # lid shadow at one edge
    H, W = a.shape[:2]
    e = r.choice(["top", "left", "right", "none"])
    if e != "none":
        n = int(W * 0.012)
        ramp = np.linspace(0.55, 1, n, dtype=np.float32)
        if e == "top":
            a[:n] *= ramp[:, None, None]
        elif e == "left":
            a[:, :n] *= ramp[None, :, None]
        else:
            a[:, -n:] *= ramp[::-1][None, :, None]
    a = cv2.GaussianBlur(a, (0, 0), r.uniform(0.3, 0.7))
    a = a + _noise_tile(g, H, W, r.uniform(1.0, 2.5))
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    if mode == "grey":
        out = out.convert("L")
    return out


def photocopy(page: Image.Image, g, r, fold=True):
    """A photocopy: grey, high contrast, specks, toner streaks, dark fold band."""
    img = page.convert("L")
    a = np.asarray(img, np.float32) / 255.0
    a = np.clip((a - 0.08) * 1.25, 0, 1) ** r.uniform(1.2, 1.7)
    H, W = a.shape
    a = a * (1 - r.uniform(0.05, 0.15))
    if fold:
        yc = int(H * r.uniform(0.45, 0.55))
        band = np.exp(-((np.arange(H) - yc) ** 2) / (2 * (H * 0.012) ** 2)).astype(np.float32)
        a = a * (1 - r.uniform(0.2, 0.35) * band[:, None])
    for _ in range(r.randint(1, 4)):
        x = r.randint(0, W - 1)
        wdt = r.randint(1, 4)
        a[:, x:x + wdt] *= r.uniform(0.75, 0.9)
    # dark edges
    e = int(W * 0.01)
    a[:, :e] *= 0.5
    a[:, -e:] *= 0.5
    specks = g.random((H, W)) < r.uniform(0.0004, 0.0012)
    a[specks] *= 0.1
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    a = a + _noise_tile(g, H, W, 0.02)[..., 0]
    return Image.fromarray(np.clip(a * 255, 0, 255).astype(np.uint8))


def fax(page: Image.Image, g, r, header: str, page_no: int, fine=True):
    """A fax-like bilevel page with a transmission header."""
    img = page.convert("L")
    W = 1728
    H = int(img.height * W / img.width)
    img = img.resize((W, H), Image.BILINEAR)
    if not fine:
        img = img.resize((W, H // 2), Image.BILINEAR).resize((W, H), Image.NEAREST)
    img = img.filter(ImageFilter.MinFilter(3))          # toner spread keeps thin strokes
    a = np.asarray(img, np.float32)
    a = a + g.normal(0, 10, a.shape).astype(np.float32)
    bw = (a > r.uniform(175, 195)).astype(np.uint8) * 255
    out = Image.fromarray(bw).convert("L")
    d = ImageDraw.Draw(out)
    f = pil_font(CLASSES["mono"][0], 26)
    d.rectangle([0, 0, W, 40], fill=255)
    d.text((20, 8), f"{header}  P.{page_no:03d}", font=f, fill=0)
    return out.convert("1")


# -------------------------------------------------------------- encoders
def jpeg_bytes(img: Image.Image, q=88, exif=None, subsampling=None) -> bytes:
    b = io.BytesIO()
    kw = dict(quality=q, optimize=False)
    if exif is not None:
        kw["exif"] = exif
    if subsampling is not None:
        kw["subsampling"] = subsampling
    img.save(b, "JPEG", **kw)
    return b.getvalue()


def make_exif(r, when, orientation=1, w=None, h=None):
    ex = Image.Exif()
    mk, md = r.choice(CAMERAS)
    ex[0x010F] = mk
    ex[0x0110] = md
    ex[0x0112] = orientation
    ex[0x0131] = "Camera"
    ex[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    return ex


def orient_for_exif(img: Image.Image, orientation: int) -> Image.Image:
    """Pixels as the sensor stores them so that a viewer applying EXIF
    orientation shows img upright."""
    if orientation == 6:
        return img.transpose(Image.Transpose.ROTATE_90)
    if orientation == 8:
        return img.transpose(Image.Transpose.ROTATE_270)
    if orientation == 3:
        return img.transpose(Image.Transpose.ROTATE_180)
    return img


def turn(img: Image.Image, clockwise: int) -> Image.Image:
    """Content turned clockwise by 90/180/270 (really rotated pixels)."""
    return {0: img, 90: img.transpose(Image.Transpose.ROTATE_270), 180: img.transpose(Image.Transpose.ROTATE_180),
            270: img.transpose(Image.Transpose.ROTATE_90)}[clockwise]


def wechat(img: Image.Image, r) -> bytes:
    long = r.randint(1280, 1600)
    w, h = img.size
    if max(w, h) > long and h / w < 3:
        s = long / max(w, h)
        img = img.resize((max(1, int(w * s)), max(1, int(h * s))), Image.LANCZOS)
    elif h / w >= 3 and w > 1080:               # long screenshots keep a 1080 width
        img = img.resize((1080, int(h * 1080 / w)), Image.LANCZOS)
    return jpeg_bytes(img.convert("RGB"), q=r.randint(58, 78), subsampling=2)


def heic_bytes(img: Image.Image, q=70) -> bytes:
    import pillow_heif
    hf = pillow_heif.from_pillow(img.convert("RGB"))
    b = io.BytesIO()
    hf.save(b, quality=q, enc_params={"preset": "ultrafast"})
    return b.getvalue()


def image_pdf(pages: list[Image.Image], q=70, dpi=200) -> bytes:
    """An image-only PDF as a scanner app writes it."""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    b = io.BytesIO()
    c = canvas.Canvas(b, invariant=1, pageCompression=1)
    c.setCreator("")
    c.setProducer("")
    for im in pages:
        w_pt, h_pt = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w_pt, h_pt))
        jb = io.BytesIO()
        mode_img = im if im.mode in ("L", "RGB") else im.convert("RGB")
        mode_img.save(jb, "JPEG", quality=q)
        jb.seek(0)
        c.drawImage(ImageReader(jb), 0, 0, w_pt, h_pt)
        c.showPage()
    c.save()
    return b.getvalue()


def tiff_bytes(pages: list[Image.Image], compression="group4", dpi=200) -> bytes:
    b = io.BytesIO()
    first, rest = pages[0], pages[1:]
    first.save(b, "TIFF", save_all=True, append_images=rest, compression=compression, dpi=(dpi, dpi))
    return b.getvalue()
