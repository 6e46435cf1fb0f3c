"""Capture effects: flatbed scan, copier, fax, phone photo on a desk, low-res copy, staple shadow, 2-up."""
import numpy as np
from PIL import Image, ImageFilter, ImageDraw, ImageEnhance


def _np(img):
    return np.asarray(img).astype(np.float32)


def _img(a, mode=None):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode)


def scan(img, rng, grey=None):
    grey = rng.random() < 0.4 if grey is None else grey
    if grey:
        img = img.convert("L")
    ang = rng.uniform(-0.9, 0.9)
    img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255 if img.mode == "L" else (255, 255, 255))
    a = _np(img)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a = a * rng.uniform(0.96, 1.0) + nr.normal(0, 3, a.shape)
    return _img(a)


def photocopy(img, rng):
    g = img.convert("L")
    g = ImageEnhance.Contrast(g).enhance(rng.uniform(1.2, 1.6))
    a = _np(g)
    h, w = a.shape
    nr = np.random.default_rng(rng.randrange(1 << 30))
    # toner streaks (vertical), specks, a dark band at the fold / edge
    for _ in range(rng.randrange(1, 4)):
        x = nr.integers(0, w - 8)
        ww = nr.integers(2, max(3, w // 150))
        a[:, x:x + ww] *= rng.uniform(0.75, 0.92)
    sp = nr.random(a.shape) < 0.0015
    a[sp] = nr.uniform(0, 90, sp.sum())
    band = int(w * rng.uniform(0.01, 0.04))
    side = rng.choice(["l", "r"])
    grad = np.linspace(0.35, 1.0, band)
    if side == "l":
        a[:, :band] *= grad[None, :]
    else:
        a[:, w - band:] *= grad[::-1][None, :]
    a = a * 0.97 + 4 + nr.normal(0, 5, a.shape)
    out = _img(a, "L")
    return out.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, fillcolor=250)


def fax(img, rng, dpi_in):
    g = img.convert("L")
    s = 200 / dpi_in
    if abs(s - 1) > 0.01:
        g = g.resize((int(g.width * s), int(g.height * s)), Image.BILINEAR)
    a = _np(g)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    a = a + nr.normal(0, 18, a.shape)
    out = _img(np.where(a > rng.uniform(150, 175), 255, 0), "L").convert("1")
    return out


def lowres(img, rng, dpi_in):
    s = rng.uniform(95, 110) / dpi_in
    small = img.resize((int(img.width * s), int(img.height * s)), Image.BILINEAR)
    return small


def staple(img, rng):
    img = img.convert("RGB")
    d = ImageDraw.Draw(img, "RGBA")
    w, h = img.size
    u = w / 100
    x, y = u * rng.uniform(3, 6), u * rng.uniform(3, 6)
    for k in range(12, 0, -1):  # shadow of the stapled corner
        d.polygon([(0, 0), (u * (10 + k), 0), (0, u * (10 + k))], fill=(0, 0, 0, 6))
    d.line([(x, y + u * 2.5), (x + u * 2.5, y)], fill=(70, 70, 75, 255), width=max(2, int(u * 0.35)))
    d.line([(x + u * .3, y + u * 2.9), (x + u * 2.9, y + u * .3)], fill=(190, 190, 190, 255), width=max(1, int(u * 0.15)))
    return img


def _coeffs(dst, src):
    m = []
    for (x, y), (X, Y) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -X * x, -X * y])
        m.append([0, 0, 0, x, y, 1, -Y * x, -Y * y])
    A = np.array(m, dtype=np.float64)
    B = np.array(src, dtype=np.float64).reshape(8)
    return np.linalg.solve(A, B).tolist()


def photo(img, rng, chat=False):
    img = img.convert("RGB")
    W = rng.choice([2448, 3000, 2736]) if not chat else rng.choice([1280, 1440, 1600])
    H = int(W * 4 / 3)
    nr = np.random.default_rng(rng.randrange(1 << 30))
    base = np.array(rng.choice([(150, 112, 78), (200, 198, 190), (95, 98, 105), (180, 160, 130)]), np.float32)
    bg = np.ones((H // 4, W // 4, 3), np.float32) * base
    bg += nr.normal(0, 6, bg.shape)
    bg += (np.sin(np.linspace(0, rng.uniform(20, 60), W // 4))[None, :, None] * 6)
    canvas = _img(bg).resize((W, H), Image.BILINEAR)
    frac = rng.uniform(0.55, 0.8) if img.width > img.height * 1.2 or img.width < 1200 else rng.uniform(0.62, 0.85)
    s = W * frac / img.width
    if img.height * s > H * 0.88:
        s = H * 0.88 / img.height
    pw, ph = int(img.width * s), int(img.height * s)
    page = img.resize((pw, ph), Image.LANCZOS)
    ox, oy = (W - pw) // 2 + rng.randrange(-W // 20, W // 20), (H - ph) // 2 + rng.randrange(-H // 25, H // 25)
    j = lambda: rng.uniform(-0.04, 0.04) * pw
    dst = [(ox + j(), oy + j()), (ox + pw + j(), oy + j()), (ox + pw + j(), oy + ph + j()), (ox + j(), oy + ph + j())]
    src = [(0, 0), (pw, 0), (pw, ph), (0, ph)]
    warped = page.transform((W, H), Image.PERSPECTIVE, _coeffs(dst, src), Image.BICUBIC)
    mask = Image.new("L", (pw, ph), 255).transform((W, H), Image.PERSPECTIVE, _coeffs(dst, src), Image.BILINEAR)
    shadow = mask.filter(ImageFilter.GaussianBlur(W / 150))
    cv = _np(canvas)
    cv *= (1 - 0.35 * _np(shadow)[..., None] / 255)
    canvas = _img(cv)
    canvas.paste(warped, (0, 0), mask)
    a = _np(canvas)
    gx = np.linspace(rng.uniform(0.75, 0.95), rng.uniform(1.0, 1.1), W)[None, :, None]
    gy = np.linspace(rng.uniform(0.85, 1.05), rng.uniform(0.8, 1.0), H)[:, None, None]
    a = a * gx * gy
    if rng.random() < 0.4:  # glare
        cx, cy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
        yy, xx = np.ogrid[:H, :W]
        a += 60 * np.exp(-(((xx - cx) / (W * .12)) ** 2 + ((yy - cy) / (H * .08)) ** 2))[..., None]
    out = _img(a).filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.2) * W / 3000))
    return out


def two_up(a, b, rng, dpi):
    """two A5-sized pages side by side on one A4 landscape side"""
    W, H = int(297 / 25.4 * dpi), int(210 / 25.4 * dpi)
    c = Image.new("RGB", (W, H), "white")
    for k, im in enumerate((a, b)):
        s = min((W / 2 - 20) / im.width, (H - 20) / im.height)
        r = im.convert("RGB").resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
        c.paste(r, (int(k * W / 2 + (W / 2 - r.width) / 2), int((H - r.height) / 2)))
    ImageDraw.Draw(c).line([(W // 2, 0), (W // 2, H)], fill=(225, 225, 225), width=2)
    return c
