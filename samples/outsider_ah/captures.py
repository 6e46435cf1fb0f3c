"""Capture effects: flatbed scan, photocopy, bilevel office scan, phone photo on a desk, chat-app recompression,
low resolution copy; and the unreadable ones (blank back page, dark photo, thumbnail)."""
import io
import numpy as np
import cv2
from PIL import Image, ImageFilter, ImageEnhance


def _jpeg(img, q):
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=q)
    return Image.open(io.BytesIO(b.getvalue())).convert("RGB")


def _rot_small(img, deg, fill):
    return img.rotate(deg, resample=Image.BICUBIC, expand=True, fillcolor=fill)


def scan(img, rng, grey=None):
    grey = rng.random() < 0.5 if grey is None else grey
    im = img.convert("L").convert("RGB") if grey else img
    im = ImageEnhance.Contrast(im).enhance(rng.uniform(1.0, 1.25))
    im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.95, 1.05))
    im = _rot_small(im, rng.uniform(-1.6, 1.6), (250, 250, 250) if grey else (246, 246, 244))
    a = np.asarray(im).astype(np.int16)
    a = a + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 5, a.shape).astype(np.int16)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
    scale = rng.uniform(0.85, 1.0)
    im = im.resize((int(im.width * scale), int(im.height * scale)), Image.LANCZOS)
    return im


def photocopy(img, rng):
    im = img.convert("L")
    im = ImageEnhance.Contrast(im).enhance(1.5)
    a = np.asarray(im).astype(np.int16)
    g = np.random.default_rng(rng.randrange(1 << 30))
    h, w = a.shape
    band = int(h * rng.uniform(0.3, 0.7))
    a[max(0, band - 12):band + 12, :] -= 60
    specks = g.random(a.shape) < 0.0015
    a[specks] = 30
    a = a + g.normal(0, 8, a.shape).astype(np.int16)
    im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGB")
    return _rot_small(im, rng.uniform(-1, 1), (235, 235, 235))


def bilevel(img, rng):
    im = scan(img, rng, grey=True).convert("L")
    return im.point(lambda v: 255 if v > 150 else 0).convert("1")


def lowres(img, rng):
    f = rng.uniform(0.55, 0.7)
    im = img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)
    return _jpeg(im, rng.randint(55, 70))


def photo(img, rng, long_side=None):
    """page on a desk / cloth, keystone, uneven light, slight blur"""
    g = np.random.default_rng(rng.randrange(1 << 30))
    long_side = long_side or rng.choice([2800, 3000, 3264])
    W, H = (long_side * 3 // 4, long_side)
    src = np.asarray(img.convert("RGB"))
    ph, pw = src.shape[:2]
    if pw > ph:
        W, H = H, W
    base = np.array(rng.choice([(120, 90, 60), (180, 170, 150), (70, 80, 95), (200, 200, 195), (140, 60, 50)]), np.float32)
    small = np.ones((H // 4, W // 4, 3), np.float32) * base + g.normal(0, 9, (H // 4, W // 4, 3))
    bg = cv2.resize(cv2.GaussianBlur(small, (0, 0), 1), (W, H), interpolation=cv2.INTER_LINEAR)
    fill = rng.uniform(0.68, 0.86)
    s = min(W * fill / pw, H * fill / ph)
    tw, th = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = lambda: rng.uniform(-0.035, 0.035) * min(W, H)
    dst = np.float32([[cx - tw / 2 + j(), cy - th / 2 + j()], [cx + tw / 2 + j(), cy - th / 2 + j()],
                      [cx + tw / 2 + j(), cy + th / 2 + j()], [cx - tw / 2 + j(), cy + th / 2 + j()]])
    srcp = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(srcp, dst)
    warped = cv2.warpPerspective(src, M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H))[..., None]
    out = bg * (1 - mask) + warped.astype(np.float32) * mask
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1 + 0.18 * (gx * (xx / W - 0.5) + gy * (yy / H - 0.5)) * 2
    out *= light[..., None] * rng.uniform(0.85, 1.0)
    if rng.random() < 0.4:  # phone shadow
        sx = rng.uniform(0.2, 0.7) * W
        sh = np.exp(-((xx - sx) ** 2 + (yy - H) ** 2) / (2 * (0.25 * W) ** 2))
        out *= (1 - 0.35 * sh)[..., None]
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (0, 0), rng.uniform(0.6, 1.2))
    return Image.fromarray(out)


def chat(img, rng, max_side=None):
    max_side = max_side or rng.choice([1280, 1440, 1600])
    im = img.convert("RGB")
    if im.height > 3 * im.width:  # long screenshot: chat apps keep it tall but narrow it
        w = rng.choice([720, 828])
        im = im.resize((w, int(im.height * w / im.width)), Image.LANCZOS)
    else:
        s = max_side / max(im.size)
        if s < 1:
            im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    return _jpeg(im, rng.randint(50, 68))


def dark(img, rng):
    im = photo(img, rng, 2400)
    a = np.asarray(im).astype(np.float32) * rng.uniform(0.035, 0.06)
    a += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 2.5, a.shape)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def thumb(img, rng):
    s = 150 / max(img.size)
    return _jpeg(img.resize((max(1, int(img.width * s)), max(1, int(img.height * s))), Image.BILINEAR), 40)


def blank(rng, size=(1240, 1754)):
    a = np.full((size[1], size[0]), 248, np.int16)
    a = a + np.random.default_rng(rng.randrange(1 << 30)).normal(0, 3, a.shape).astype(np.int16)
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).convert("RGB")


def turn(img, deg):
    """turn the content clockwise by deg (the file really holds it turned)"""
    if deg == 0:
        return img
    return img.rotate(-deg, expand=True)


APPLY = {"scan": scan, "photocopy": photocopy, "bilevel": bilevel, "lowres": lowres, "photo": photo, "chat": chat,
         "clean": lambda im, rng: im, "screenshot": lambda im, rng: im, "dark": dark, "thumbnail": thumb}
