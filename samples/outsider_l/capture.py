"""Capture effects: scans, photocopies, phone photos, chat recompression..."""
import io
import math
import numpy as np
import cv2
from PIL import Image, ImageDraw, ImageFilter, ImageFont
from .draw import pil_font


def _np_rng(rng):
    return np.random.default_rng(rng.randint(0, 2**31))


def watermark(img, rng, text="仅供居住证积分使用，他用无效"):
    W, H = img.size
    layer = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    col = rng.choice([(220, 40, 40), (40, 80, 200), (120, 120, 120), (30, 150, 60)])
    fs = int(min(W, H) * rng.uniform(0.045, 0.07))
    f = pil_font("sans", fs)
    step = int(fs * 4.5)
    alpha = rng.randint(60, 95)
    for yy in range(0, H * 2, step):
        dr.text(((yy // step) % 2 * fs * 3, yy), (text + "    ") * 4, font=f, fill=col + (alpha,))
    layer = layer.rotate(rng.choice([20, 30, 35, -25, 45]), resample=Image.BICUBIC)
    layer = layer.crop((W // 2, H // 2, W // 2 + W, H // 2 + H))
    out = img.convert("RGBA")
    out.alpha_composite(layer)
    return out.convert("RGB")


def paper_tone(img, rng, tone=None):
    a = np.asarray(img).astype("float32")
    t = np.array(tone or (rng.randint(240, 252), rng.randint(238, 250), rng.randint(228, 246)), "float32") / 255.0
    a = a * t
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8"))


def noise(img, rng, sigma=4):
    a = np.asarray(img).astype("float32")
    a += _np_rng(rng).normal(0, sigma, a.shape[:2])[..., None] if a.ndim == 3 else _np_rng(rng).normal(0, sigma, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype("uint8"))


def skew(img, deg, fill=(255, 255, 255)):
    return img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def scan(img, rng, grey=False):
    out = paper_tone(img, rng)
    out = skew(out, rng.uniform(-0.9, 0.9), fill=(250, 250, 250))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.2, 0.6)))
    out = noise(out, rng, rng.uniform(1.5, 4))
    if grey:
        out = out.convert("L")
    return out


def bilevel(img, rng):
    g = img.convert("L")
    g = skew(g, rng.uniform(-0.6, 0.6), fill=255)
    a = np.asarray(g)
    thr = rng.randint(150, 185)
    b = (a > thr).astype("uint8") * 255
    return Image.fromarray(b).convert("1")


def photocopy(img, rng):
    g = img.convert("L")
    a = np.asarray(g).astype("float32")
    a = 255 - (255 - a) * rng.uniform(1.1, 1.4)
    a = a * rng.uniform(0.86, 0.95) + 8
    H, W = a.shape
    nr = _np_rng(rng)
    # fold band
    if rng.random() < 0.7:
        if rng.random() < 0.5:
            x = int(W * rng.uniform(0.45, 0.55))
            band = np.exp(-((np.arange(W) - x) / (W * 0.025)) ** 2) * rng.uniform(40, 80)
            a = a - band[None, :]
        else:
            y = int(H * rng.uniform(0.45, 0.55))
            band = np.exp(-((np.arange(H) - y) / (H * 0.02)) ** 2) * rng.uniform(40, 80)
            a = a - band[:, None]
    # edge darkening
    xx = np.linspace(-1, 1, W)[None, :]
    yy = np.linspace(-1, 1, H)[:, None]
    a = a - np.clip(np.maximum(abs(xx), abs(yy)) - 0.85, 0, 1) * 250
    # specks
    n = int(W * H / 4000)
    ys, xs = nr.integers(0, H, n), nr.integers(0, W, n)
    a[ys, xs] = nr.uniform(0, 120, n)
    a += nr.normal(0, 6, a.shape)
    out = Image.fromarray(np.clip(a, 0, 255).astype("uint8"))
    out = out.filter(ImageFilter.GaussianBlur(0.5))
    return skew(out, rng.uniform(-1.2, 1.2), fill=40)


def lowres(img, rng, src_dpi, dpi=None):
    dpi = dpi or rng.randint(96, 115)
    k = dpi / src_dpi
    out = img.resize((int(img.width * k), int(img.height * k)), Image.BILINEAR)
    return out


def _desk(W0, H0, rng):
    W, H = W0 // 4, H0 // 4
    return np.asarray(Image.fromarray(_desk_small(W, H, rng)).resize((W0, H0), Image.BILINEAR))


def _desk_small(W, H, rng):
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "cloth", "plain", "dark"])
    if kind == "wood":
        base = np.array([rng.randint(120, 170), rng.randint(80, 115), rng.randint(45, 70)], "float32")
        y = np.arange(H)[:, None]
        x = np.arange(W)[None, :]
        grain = np.sin((y + 6 * np.sin(x / 42.0)) / rng.uniform(1.5, 3.5)) * 14
        a = base[None, None, :] + grain[..., None] + nr.normal(0, 5, (H, W, 1))
    elif kind == "cloth":
        base = np.array([rng.randint(60, 200), rng.randint(60, 200), rng.randint(60, 200)], "float32")
        x = np.arange(W)[None, :]
        y = np.arange(H)[:, None]
        weave = (np.sin(x * 1.3) * np.sin(y * 1.3)) * 10
        a = base[None, None, :] + weave[..., None] + nr.normal(0, 6, (H, W, 1))
    elif kind == "dark":
        a = np.ones((H, W, 3), "float32") * rng.randint(30, 60) + nr.normal(0, 4, (H, W, 1))
    else:
        g = rng.randint(170, 215)
        a = np.ones((H, W, 3), "float32") * np.array([g, g - 3, g - 8]) + nr.normal(0, 4, (H, W, 1))
    return np.clip(a, 0, 255).astype("uint8")


def photo(img, rng, fill=None, size=None, card=False):
    """phone photo of a page/card on a desk. returns PIL RGB."""
    sizes = [(4032, 3024), (4000, 3000), (3264, 2448), (4624, 3472), (3840, 2160)]
    W, H = size or rng.choice(sizes)
    portrait = img.height > img.width
    if portrait:
        W, H = H, W
    desk = _desk(W, H, rng)
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    fill = fill or (rng.uniform(0.45, 0.6) if card else rng.uniform(0.7, 0.9))
    scale = min(W * fill / w, H * fill / h)
    cw, ch = w * scale, h * scale
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    ang = math.radians(rng.uniform(-6, 6))
    corners = []
    for (dx, dy) in [(-cw / 2, -ch / 2), (cw / 2, -ch / 2), (cw / 2, ch / 2), (-cw / 2, ch / 2)]:
        corners.append([cx + dx * math.cos(ang) - dy * math.sin(ang), cy + dx * math.sin(ang) + dy * math.cos(ang)])
    # keystone: shrink the far edge
    k = rng.uniform(0.02, 0.09)
    top = rng.random() < 0.7
    if top:
        corners[0][0] += cw * k; corners[1][0] -= cw * k
    else:
        corners[3][0] += cw * k; corners[2][0] -= cw * k
    for c in corners:
        c[0] += rng.uniform(-0.01, 0.01) * cw
        c[1] += rng.uniform(-0.01, 0.01) * ch
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), np.float32(corners))
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT, borderValue=0)
    mask = cv2.warpPerspective(np.ones((h, w), "uint8") * 255, M, (W, H), flags=cv2.INTER_LINEAR)
    # drop shadow under the paper
    sh = cv2.GaussianBlur(mask, (0, 0), W * 0.006)
    sh = np.roll(np.roll(sh, int(W * 0.004), 1), int(W * 0.004), 0)
    out = desk.astype("float32") * (1 - 0.45 * sh[..., None] / 255.0)
    m = (mask[..., None] / 255.0)
    out = out * (1 - m) + warped.astype("float32") * m
    # lighting gradient
    gx = np.linspace(0, 1, W)[None, :]
    gy = np.linspace(0, 1, H)[:, None]
    a, b = rng.uniform(-0.25, 0.25), rng.uniform(-0.25, 0.25)
    light = 1 + a * (gx - 0.5) + b * (gy - 0.5)
    light = light * rng.uniform(0.85, 1.02)
    out = out * light[..., None]
    # warm/cool cast
    cast = np.array([rng.uniform(0.96, 1.04), 1.0, rng.uniform(0.92, 1.04)], "float32")
    out = out * cast
    # phone shadow
    if rng.random() < 0.5:
        pol = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(pol)
        x0 = rng.uniform(0.0, 0.6) * W
        d.polygon([(x0, 0), (x0 + W * 0.35, 0), (x0 + W * 0.25, H * rng.uniform(0.2, 0.45)), (x0 - W * 0.05, H * rng.uniform(0.15, 0.4))], fill=255)
        pol = pol.filter(ImageFilter.GaussianBlur(W * 0.02))
        out = out * (1 - 0.28 * np.asarray(pol, "float32")[..., None] / 255.0)
    # glare (laminated card)
    if card and rng.random() < 0.8:
        gl = Image.new("L", (W, H), 0)
        d = ImageDraw.Draw(gl)
        gx0, gy0 = cx + rng.uniform(-0.3, 0.2) * cw, cy + rng.uniform(-0.35, 0.1) * ch
        d.ellipse([gx0, gy0, gx0 + cw * 0.25, gy0 + ch * 0.12], fill=255)
        gl = gl.filter(ImageFilter.GaussianBlur(W * 0.015))
        g = np.asarray(gl, "float32")[..., None] / 255.0 * 0.55 * (m)
        out = out * (1 - g) + 255 * g
    out = np.clip(out + _np_rng(rng).normal(0, 3.0, out.shape[:2])[..., None], 0, 255).astype("uint8")
    res = Image.fromarray(out)
    if rng.random() < 0.6:
        res = res.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.1)))
    return res


def chat(img, rng):
    long = rng.randint(1280, 1600)
    k = long / max(img.size)
    if k < 1:
        img = img.resize((int(img.width * k), int(img.height * k)), Image.LANCZOS)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=rng.randint(55, 72))
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def screenshot(img, rng):
    return img
