"""Capture effects: scans, photocopies, bilevel office scans, low-res copies, phone photos with
perspective/shadow/glare, chat recompression, unreadable dark shots. Pillow + numpy only."""
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageEnhance


def _np(img):
    return np.asarray(img).astype(np.float32)


def _img(a, mode=None):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode)


def glare(img, rect, strength=1.0, seed=0):
    """Bright laminate glare; rect in pixels. strength 1.0 washes the spot out completely."""
    w, h = img.size
    x0, y0, x1, y1 = rect
    cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
    rx, ry = max(8, (x1 - x0) / 2 * 1.25), max(8, (y1 - y0) / 2 * 1.6)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    d = ((xx - cx) / rx) ** 2 + ((yy - cy) / ry) ** 2
    m = np.clip(1.6 - d, 0, 1) if strength >= 1 else np.exp(-d * 1.5) * strength
    a = _np(img.convert("RGB"))
    a = a * (1 - m[..., None]) + 255 * m[..., None]
    return _img(a)


def scan(img, rng, grey=False):
    im = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    a = _np(im)
    a = a * rng.uniform(0.93, 0.99) + rng.uniform(4, 12)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3.0, a.shape[:2])[..., None]
    out = _img(a)
    return out.convert("L") if grey else out


def photocopy(img, rng):
    g = img.convert("L")
    g = ImageEnhance.Contrast(g).enhance(1.35)
    a = _np(g) * 0.92 + 10
    nr = np.random.default_rng(rng.randrange(1 << 30))
    h, w = a.shape
    # dark band at the fold (left or right margin, or middle between two pages)
    cx = rng.choice([int(w * 0.03), int(w * 0.97), w // 2]) if rng.random() < 0.8 else w // 2
    xs = np.arange(w)
    band = np.exp(-((xs - cx) / (w * 0.012)) ** 2) * rng.uniform(70, 120)
    a -= band[None, :]
    specks = nr.random((h, w)) < 0.0015
    a[specks] = nr.uniform(0, 90, specks.sum())
    a += nr.normal(0, 4, a.shape)
    return _img(a, "L")


def bilevel(img, rng):
    g = img.convert("L").point(lambda v: 255 if v > rng.choice([150, 165, 180]) else 0)
    return g.convert("1", dither=Image.NONE)


def lowres(img, rng):
    f = rng.uniform(0.55, 0.68)
    return img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)


def _coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y])
        B += [u, v]
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def photo(img, rng, out_long=None, bg=None):
    """Page or card on a desk/cloth, keystone, uneven light, phone shadow, slight blur."""
    out_long = out_long or rng.choice([2400, 2800, 3000])
    pw, ph = img.size
    portrait = ph >= pw
    W, H = (int(out_long * 0.75), out_long) if portrait else (out_long, int(out_long * 0.75))
    nr = np.random.default_rng(rng.randrange(1 << 30))
    base = bg or rng.choice([(120, 90, 60), (190, 180, 165), (70, 72, 80), (215, 210, 200), (150, 120, 95), (40, 60, 90)])
    a = np.ones((H, W, 3), np.float32) * np.array(base, np.float32)
    a += nr.normal(0, 9, (H // 8 + 1, W // 8 + 1))[..., None].repeat(8, 0).repeat(8, 1)[:H, :W]
    canvas = _img(a).filter(ImageFilter.GaussianBlur(2))
    fill = rng.uniform(0.66, 0.86)
    s = min(W * fill / pw, H * fill / ph)
    tw, th = pw * s, ph * s
    ox, oy = (W - tw) / 2 + rng.uniform(-0.05, 0.05) * W, (H - th) / 2 + rng.uniform(-0.05, 0.05) * H
    j = lambda: rng.uniform(-0.045, 0.045) * min(W, H)
    dst = [(ox + j(), oy + j()), (ox + tw + j(), oy + j()), (ox + tw + j(), oy + th + j()), (ox + j(), oy + th + j())]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    co = _coeffs(dst, src)
    page = img.convert("RGB").transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", img.size, 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    # soft drop shadow
    sh = mask.filter(ImageFilter.GaussianBlur(14)).point(lambda v: int(v * 0.45))
    canvas.paste((20, 20, 20), (6, 8), sh)
    canvas.paste(page, (0, 0), mask)
    a = _np(canvas)
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.14 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    a *= light[..., None] * rng.uniform(0.85, 1.0)
    if rng.random() < 0.5:  # phone shadow from one corner, soft
        cx, cy = rng.choice([(0, H), (W, H), (0, 0)])
        d = np.sqrt(((xx - cx) / (W * 0.35)) ** 2 + ((yy - cy) / (H * 0.3)) ** 2)
        a *= (1 - 0.28 * np.clip(1.2 - d, 0, 1))[..., None]
    a *= np.array([1.0, rng.uniform(0.97, 1.0), rng.uniform(0.9, 0.98)])  # warm light
    a += nr.normal(0, 3.5, a.shape[:2])[..., None]
    return _img(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.0)))


def chat(img, rng):
    long = rng.randint(1280, 1600)
    f = long / max(img.size)
    if f < 1:
        img = img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
    return img


def unreadable(img, rng):
    """An underexposed, shaken shot: too little text to classify."""
    im = img.convert("RGB").resize((img.width // 6, img.height // 6)).filter(ImageFilter.GaussianBlur(6))
    im = im.resize((img.width // 2, img.height // 2), Image.BILINEAR)
    a = _np(im) * 0.13 + 6
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5, a.shape[:2])[..., None]
    return _img(a)


def a4_white(img, rng):
    return img
