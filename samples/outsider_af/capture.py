"""Captures: what happens to a rendered page between the paper/screen and the file."""
import io

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps


def _np(img):
    return np.asarray(img).astype(np.float32)


def _img(a, mode="RGB"):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), mode)


def noise(img, rng, sigma):
    a = _np(img)
    g = np.random.default_rng(rng.randint(0, 2 ** 31))
    a += g.normal(0, sigma, a.shape[:2] + ((1,) if a.ndim == 3 else ())).astype(np.float32)
    return _img(a, img.mode)


def scan(img, rng, grey=False):
    if grey:
        img = ImageOps.grayscale(img).convert("RGB")
    img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=True, fillcolor=(252, 252, 250))
    img = ImageEnhance.Contrast(img).enhance(rng.uniform(1.0, 1.15))
    return noise(img, rng, 3.0)


def photocopy(img, rng):
    g = ImageOps.grayscale(img)
    g = ImageEnhance.Contrast(g).enhance(1.5)
    g = g.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=True, fillcolor=235)
    a = _np(g)
    a = a * 0.92 + 8
    w = a.shape[1]
    band = int(w * rng.uniform(0.45, 0.55))
    a[:, band - 6: band + 6] *= 0.7  # the fold
    gen = np.random.default_rng(rng.randint(0, 2 ** 31))
    n = int(a.size * 0.0008)
    ys, xs = gen.integers(0, a.shape[0], n), gen.integers(0, a.shape[1], n)
    a[ys, xs] = 30
    a += gen.normal(0, 6, a.shape)
    return _img(a, "L").convert("RGB")


def lowres(img, rng, target_w=900):
    k = target_w / img.width
    return img.resize((target_w, max(1, int(img.height * k))), Image.BILINEAR)


def _coeffs(dst, src):
    """PIL perspective coefficients mapping output quad dst to input quad src."""
    m = []
    for (x, y), (u, v) in zip(dst, src):
        m.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        m.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    A = np.array(m, dtype=np.float64)
    B = np.array([c for p in src for c in p], dtype=np.float64)
    return np.linalg.solve(A, B).tolist()


def photo(img, rng, card=False, screen=False):
    """A phone photo: the page small in the frame on a desk or cloth, keystone,
    uneven light, shadow of the phone, glare on a card, slight blur."""
    W, H = rng.choice([(2448, 3264), (3000, 4000), (2736, 3648)])
    if img.width > img.height:
        W, H = H, W
    gen = np.random.default_rng(rng.randint(0, 2 ** 31))
    base = np.array(rng.choice([(120, 92, 64), (190, 186, 178), (70, 74, 82), (160, 140, 120), (40, 44, 40)]),
                    np.float32)
    small = gen.normal(0, 10, (H // 16, W // 16, 1)).astype(np.float32) + base
    bg = Image.fromarray(np.clip(small, 0, 255).astype(np.uint8)).resize((W, H), Image.BILINEAR)
    fill = rng.uniform(0.45, 0.62) if card else rng.uniform(0.62, 0.86)
    k = min(W * fill / img.width, H * fill / img.height)
    dw, dh = img.width * k, img.height * k
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.06
    quad = []
    for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)):
        quad.append((cx + sx * dw / 2 + rng.uniform(-j, j) * dw, cy + sy * dh / 2 + rng.uniform(-j, j) * dh))
    # keystone: the top narrower than the bottom
    ks = rng.uniform(0.0, 0.08) * dw
    quad[0] = (quad[0][0] + ks, quad[0][1])
    quad[1] = (quad[1][0] - ks, quad[1][1])
    src = [(0, 0), (img.width, 0), (img.width, img.height), (0, img.height)]
    co = _coeffs(quad, src)
    warped = img.convert("RGB").transform((W, H), Image.PERSPECTIVE, co, Image.BICUBIC)
    mask = Image.new("L", img.size, 255).transform((W, H), Image.PERSPECTIVE, co, Image.BILINEAR)
    if screen:
        # moiré of the display grid
        yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
        f1, f2 = rng.uniform(0.35, 0.6), rng.uniform(0.2, 0.5)
        moire = 1 - 0.09 * (0.5 + 0.5 * np.sin(xx * f1 + yy * f2 * 0.3)) * (0.5 + 0.5 * np.sin(yy * f2))
        wa = _np(warped) * moire[..., None]
        warped = _img(wa)
    shadow = Image.new("L", (W, H), 0)
    ImageDraw.Draw(shadow).polygon([(q[0] + 25, q[1] + 30) for q in quad], fill=110)
    shadow = shadow.filter(ImageFilter.GaussianBlur(25))
    bga = _np(bg) * (1 - _np(shadow)[..., None] / 255 * 0.6)
    out = Image.composite(warped, _img(bga), mask)
    # light gradient and the phone's shadow
    yy = np.linspace(0, 1, H, dtype=np.float32)[:, None]
    xx = np.linspace(0, 1, W, dtype=np.float32)[None, :]
    ang = rng.uniform(0, 6.28)
    grad = 1 - rng.uniform(0.08, 0.3) * (np.cos(ang) * xx + np.sin(ang) * yy + 1) / 2
    a = _np(out) * grad[..., None]
    if rng.random() < 0.5:
        x0 = int(W * rng.uniform(0.55, 0.8))
        a[:, x0:] *= rng.uniform(0.7, 0.85)
    out = _img(a)
    if card or rng.random() < 0.3:
        gl = Image.new("L", (W, H), 0)
        gx, gy = rng.uniform(0.3, 0.7) * W, rng.uniform(0.3, 0.7) * H
        r = rng.uniform(0.05, 0.1) * W
        ImageDraw.Draw(gl).ellipse([gx - r, gy - r * 0.5, gx + r, gy + r * 0.5], fill=200)
        gl = gl.filter(ImageFilter.GaussianBlur(r / 3))
        out = Image.composite(Image.new("RGB", (W, H), (255, 255, 250)), out, gl)
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.2)))
    return noise(out, rng, 2.5)


def wechat(img, rng):
    long = rng.randint(1280, 1600)
    k = long / max(img.size)
    if k < 1:
        img = img.resize((int(img.width * k), int(img.height * k)), Image.BILINEAR)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=rng.randint(45, 65))
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def dark(img, rng):
    a = _np(img.convert("RGB")) * 0.05 + 4
    out = _img(a).filter(ImageFilter.GaussianBlur(6))
    return noise(out, rng, 2.0)


def apply(img, capture, rng, kind):
    if capture in ("clean", "screenshot", "text_pdf"):
        return img
    if capture == "scan":
        return scan(img, rng, grey=rng.random() < 0.4)
    if capture == "photocopy":
        return photocopy(img, rng)
    if capture == "lowres":
        return lowres(img, rng)
    if capture == "photo":
        return photo(img, rng, card=(kind == "card"))
    if capture == "photo_screen":
        return photo(img, rng, screen=True)
    if capture == "wechat":
        return wechat(img, rng)
    if capture == "wechat_photo":
        return wechat(photo(img, rng, card=(kind == "card")), rng)
    if capture == "dark":
        return dark(img, rng)
    raise ValueError(capture)
