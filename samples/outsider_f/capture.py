"""Captures: flatbed scans, photocopies, bilevel office scans, phone photos on a desk, chat recompression."""
import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageOps


def _np(img):
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _pil(arr):
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def scan(rng, img, grey=False, dpi_scale=None):
    k = dpi_scale or rng.uniform(0.8, 1.1)
    img = img.resize((int(img.width * k), int(img.height * k)), Image.LANCZOS)
    img = img.rotate(rng.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    a = _np(img)
    a = a * rng.uniform(0.95, 1.0) + np.random.default_rng(rng.randrange(2**32)).normal(0, 3, a.shape)
    out = _pil(a)
    return out.convert("L").convert("RGB") if grey else out


def photocopy(rng, img):
    g = ImageOps.grayscale(img)
    g = ImageEnhance.Contrast(g).enhance(rng.uniform(1.3, 1.8))
    a = np.asarray(g).astype(np.float32)
    nr = np.random.default_rng(rng.randrange(2**32))
    a = a * 0.92 + 8 + nr.normal(0, 6, a.shape)
    specks = nr.random(a.shape) < 0.0012
    a[specks] = nr.uniform(0, 90, specks.sum())
    if rng.random() < 0.6:  # dark band at the fold or edge
        h, w = a.shape
        if rng.random() < 0.5:
            x = int(w * rng.uniform(0.45, 0.55))
            band = np.exp(-((np.arange(w) - x) / (w * 0.015)) ** 2) * 90
            a -= band[None, :]
        else:
            band = np.exp(-(np.arange(w) / (w * 0.02))) * 120
            a -= band[None, :]
    img = _pil(np.stack([a] * 3, -1))
    return img.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=(235, 235, 235))


def bilevel(rng, img):
    g = ImageOps.grayscale(img)
    scale = rng.uniform(0.85, 1.0)
    g = g.resize((int(g.width * scale), int(g.height * scale)), Image.LANCZOS)
    g = g.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, fillcolor=255)
    t = rng.randint(150, 185)
    return g.point(lambda v: 255 if v > t else 0).convert("1")


def lowres(rng, img):
    k = max(rng.uniform(0.45, 0.6), 860 / min(img.size))  # never under ~100 dpi for an A4 page
    return img.resize((int(img.width * k), int(img.height * k)), Image.BILINEAR)


def _desk(rng, w, h):
    nr = np.random.default_rng(rng.randrange(2**32))
    base = np.array(rng.choice([(150, 110, 80), (190, 180, 165), (70, 75, 85), (210, 205, 195), (120, 140, 160)]),
                    np.float32)
    a = np.ones((h, w, 3), np.float32) * base
    grain = cv2.GaussianBlur(nr.normal(0, 18, (h, w)).astype(np.float32), (0, 0), rng.uniform(2, 8))
    if rng.random() < 0.5:  # wood-like stripes
        grain += (np.sin(np.arange(w) / rng.uniform(6, 20))[None, :] * 10).astype(np.float32)
    return a + grain[..., None]


def photo(rng, img, target=None, card=False):
    """The page on a desk, keystoned, lit unevenly, maybe a phone's shadow and a glare; returns an RGB image."""
    target = target or rng.choice([2400, 3000, 3600, 4000])
    src = _np(img)
    h0, w0 = src.shape[:2]
    frac = rng.uniform(0.45, 0.7) if card else rng.uniform(0.7, 0.88)
    W = target
    H = int(target * rng.choice([4 / 3, 3 / 4, 16 / 9 * 0.75])) if not card else int(target * 0.75)
    if w0 > h0 and H > W and not card:
        W, H = H, W
    if h0 > w0 and W > H:
        W, H = H, W
    s = min(W * frac / w0, H * frac / h0)
    dw, dh = w0 * s, h0 * s
    cx, cy = W / 2 + rng.uniform(-0.05, 0.05) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = lambda: rng.uniform(-0.06, 0.06) * min(dw, dh)  # noqa: E731
    dst = np.float32([[cx - dw / 2 + j(), cy - dh / 2 + j()], [cx + dw / 2 + j(), cy - dh / 2 + j()],
                      [cx + dw / 2 + j(), cy + dh / 2 + j()], [cx - dw / 2 + j(), cy + dh / 2 + j()]])
    ang = np.radians(rng.uniform(-6, 6))
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = (dst - [cx, cy]) @ rot.T + [cx, cy]
    m = cv2.getPerspectiveTransform(np.float32([[0, 0], [w0, 0], [w0, h0], [0, h0]]), dst.astype(np.float32))
    warped = cv2.warpPerspective(src, m, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones((h0, w0), np.float32), m, (W, H), flags=cv2.INTER_LINEAR)
    out = _desk(rng, W, H) * (1 - mask[..., None]) + warped * mask[..., None]
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-0.3, 0.3), rng.uniform(-0.3, 0.3)
    light = 1 + gx * (xx / W - 0.5) + gy * (yy / H - 0.5)
    out *= light[..., None] * rng.uniform(0.82, 1.0)
    if rng.random() < 0.4:  # phone shadow
        sx, sy = rng.uniform(0.2, 0.8) * W, rng.uniform(0.6, 1.1) * H
        d = np.sqrt(((xx - sx) / (W * 0.4)) ** 2 + ((yy - sy) / (H * 0.35)) ** 2)
        out *= (1 - 0.3 * np.clip(1.2 - d, 0, 1))[..., None]
    if card and rng.random() < 0.7:  # glare on the laminate
        gx0, gy0 = cx + rng.uniform(-0.3, 0.3) * dw, cy + rng.uniform(-0.3, 0.3) * dh
        g = np.exp(-(((xx - gx0) / (dw * 0.18)) ** 2 + ((yy - gy0) / (dh * 0.12)) ** 2))
        out += (g * rng.uniform(50, 110))[..., None] * mask[..., None]
    tint = np.array([rng.uniform(0.96, 1.04), 1.0, rng.uniform(0.92, 1.02)], np.float32)
    out = _pil(out * tint)
    if rng.random() < 0.5:
        out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 1.1)))
    return out


def chat(rng, img):
    longest = rng.choice([1280, 1440, 1600])
    k = longest / max(img.size)
    if k < 1:
        img = img.resize((int(img.width * k), int(img.height * k)), Image.LANCZOS)
    return img


def chat_screenshot(rng, img):
    """A chat app keeps a screenshot's width near the phone's (long screenshots stay long)."""
    k = rng.choice([0.667, 0.75, 1.0])
    return img.resize((int(img.width * k), int(img.height * k)), Image.LANCZOS) if k < 1 else img


def blank(rng, w=1654, h=2339, dark=False):
    im = Image.new("RGB", (w, h), (30, 30, 32) if dark else (246, 246, 244))
    d = ImageDraw.Draw(im)
    nr = rng
    for _ in range(40):
        x, y = nr.randint(0, w), nr.randint(0, h)
        d.point((x, y), fill=(120, 120, 120))
    return im


def apply(rng, kind, img, card=False):
    if kind == "clean" or kind == "screenshot":
        return img
    if kind == "scan":
        return scan(rng, img)
    if kind == "grey_scan":
        return scan(rng, img, grey=True)
    if kind == "photocopy":
        return photocopy(rng, img)
    if kind == "bilevel":
        return bilevel(rng, img)
    if kind == "lowres":
        return lowres(rng, scan(rng, img))
    if kind == "photo":
        return photo(rng, img, card=card)
    if kind == "chat":
        return chat(rng, photo(rng, img, card=card, target=rng.choice([2400, 3000])))
    if kind == "chat_screenshot":
        return chat(rng, img)
    raise ValueError(kind)
