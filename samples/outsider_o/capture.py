"""Capture effects: scans, photocopies, bilevel office scans, phone photos,
chat recompression, low resolution copies."""
import io
import numpy as np
import cv2
from PIL import Image, ImageFilter


def to_np(im):
    return np.asarray(im.convert('RGB'), dtype=np.uint8)


def to_pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def noise(a, rnd, sigma):
    """additive grey noise; a is uint8 or float array (H, W[, 3]); returns uint8"""
    a = np.asarray(a)
    if a.dtype != np.uint8:
        a = np.clip(a, 0, 255).astype(np.uint8)
    cv2.setRNGSeed(rnd.randint(0, 2 ** 31 - 1))
    n = np.zeros(a.shape[:2], np.int16)
    cv2.randn(n, 0, sigma)
    if a.ndim == 3:
        n = n[..., None]
    return np.clip(a.astype(np.int16) + n, 0, 255).astype(np.uint8)


def small_rotate(im, deg, fill=(255, 255, 255)):
    return im.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def scan(im, rnd, gray=False):
    im = small_rotate(im, rnd.uniform(-0.9, 0.9), (250, 250, 248))
    a = to_np(im).astype(np.float32)
    w = rnd.uniform(0, 1)
    tint = np.array([1.0, 1.0 - 0.02 * w, 1.0 - 0.07 * w], np.float32)
    a = a * tint + rnd.uniform(-6, 4)
    out = Image.fromarray(noise(a, rnd, rnd.uniform(2, 5)))
    if gray:
        out = out.convert('L')
    return out


def photocopy(im, rnd):
    g = np.asarray(im.convert('L'), dtype=np.float32)
    # red seal becomes grey: convert already did; raise contrast
    g = (g - 128) * rnd.uniform(1.2, 1.5) + 140
    h, w = g.shape
    rs = np.random.RandomState(rnd.randint(0, 2 ** 31 - 1))
    # dark band at the fold / edge
    if rnd.random() < 0.7:
        x = np.arange(w)
        c = rnd.choice([0, w // 2, w - 1])
        band = 60 * np.exp(-((x - c) / (w * 0.03)) ** 2)
        g = g - band[None, :]
    # specks
    n = int(h * w / 4000)
    ys, xs = rs.randint(0, h, n), rs.randint(0, w, n)
    g[ys, xs] = rs.randint(0, 90, n)
    out = Image.fromarray(noise(g, rnd, 6))
    out = out.filter(ImageFilter.GaussianBlur(0.6))
    return small_rotate(out.convert('RGB'), rnd.uniform(-1.2, 1.2), (235, 235, 235)).convert('L')


def bilevel(im, rnd):
    g = im.convert('L')
    thr = rnd.randint(150, 185)
    return g.point(lambda v: 255 if v > thr else 0, mode='1')


def lowres(im, rnd, target_dpi, src_dpi):
    f = target_dpi / src_dpi
    return im.resize((max(1, int(im.width * f)), max(1, int(im.height * f))), Image.BILINEAR)


def chat(im, rnd):
    long = rnd.randint(1280, 1600)
    f = long / max(im.size)
    if f < 1:
        im = im.resize((int(im.width * f), int(im.height * f)), Image.BILINEAR)
    buf = io.BytesIO()
    im.convert('RGB').save(buf, 'JPEG', quality=rnd.randint(40, 62))
    return Image.open(io.BytesIO(buf.getvalue())).convert('RGB')


def desk(rnd, W, H):
    """a small background texture, scaled up"""
    w, h = W // 8, H // 8
    kind = rnd.choice(['wood', 'cloth', 'table', 'dark'])
    if kind == 'wood':
        base = np.array([rnd.randint(120, 170), rnd.randint(80, 110), rnd.randint(50, 70)], np.float32)
        y = np.arange(h)[:, None]
        stripes = 14 * np.sin(y / rnd.uniform(1, 4) + 3 * np.sin(np.arange(w)[None, :] / 40.0))
        a = base[None, None, :] + stripes[..., None]
    elif kind == 'cloth':
        base = np.array([rnd.randint(60, 200) for _ in range(3)], np.float32)
        a = np.broadcast_to(base, (h, w, 3)).astype(np.float32).copy()
        a += (8 * np.sin(np.arange(w) / 1.5))[None, :, None]
    elif kind == 'dark':
        a = np.full((h, w, 3), rnd.randint(30, 60), np.float32)
    else:
        a = np.full((h, w, 3), rnd.randint(170, 215), np.float32)
    return cv2.resize(np.clip(a, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)


def photo(im, rnd, frame=(2448, 3264), fill_frac=None):
    """the page (or card) lying on a desk, photographed: keystone, light, shadow, blur, noise"""
    W, H = frame
    if im.width > im.height and rnd.random() < 0.5:
        W, H = H, W
    src = np.asarray(im.convert('RGB'))
    h, w = src.shape[:2]
    frac = fill_frac or rnd.uniform(0.55, 0.85)
    s = min(W * frac / w, H * frac / h)
    tw, th = w * s, h * s
    cx, cy = W / 2 + rnd.uniform(-0.06, 0.06) * W, H / 2 + rnd.uniform(-0.06, 0.06) * H
    k = rnd.uniform(0.02, 0.07)
    j = lambda: rnd.uniform(-1, 1) * k
    dst = np.float32([[cx - tw / 2 + j() * tw + k * tw * 0.5, cy - th / 2 + j() * th],
                      [cx + tw / 2 + j() * tw - k * tw * 0.5, cy - th / 2 + j() * th],
                      [cx + tw / 2 + j() * tw, cy + th / 2 + j() * th],
                      [cx - tw / 2 + j() * tw, cy + th / 2 + j() * th]])
    srcp = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    M = cv2.getPerspectiveTransform(srcp, dst)
    out = desk(rnd, W, H)
    # drop shadow: darken the background under a blurred, shifted mask (low res)
    sm = 8
    Ms = cv2.getPerspectiveTransform(srcp, dst / sm)
    mask_s = cv2.warpPerspective(np.ones((h // 4 + 1, w // 4 + 1), np.float32),
                                 Ms @ np.diag([4, 4, 1]).astype(np.float64), (W // sm, H // sm))
    sh = cv2.GaussianBlur(mask_s, (0, 0), 2)
    sh = np.roll(sh, (2, 2), (0, 1))
    # lighting map (low res): uneven light, phone shadow, glare
    yy, xx = np.mgrid[0:H // sm, 0:W // sm].astype(np.float32)
    lx, ly = rnd.uniform(0, W / sm), rnd.uniform(0, H / sm)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / (max(W, H) / sm)
    light = rnd.uniform(0.92, 1.05) - rnd.uniform(0.1, 0.28) * dist
    if rnd.random() < 0.5:
        ex, ey = rnd.uniform(0.2, 0.8) * W / sm, rnd.uniform(0.6, 1.1) * H / sm
        d2 = ((xx - ex) / (W / sm * 0.35)) ** 2 + ((yy - ey) / (H / sm * 0.25)) ** 2
        light = light * (1 - 0.28 * np.exp(-d2 * 2))
    glare = np.zeros_like(light)
    if rnd.random() < 0.4:
        gx, gy = (cx + rnd.uniform(-0.2, 0.2) * tw) / sm, (cy + rnd.uniform(-0.2, 0.2) * th) / sm
        d2 = ((xx - gx) / (tw / sm * 0.12)) ** 2 + ((yy - gy) / (th / sm * 0.08)) ** 2
        glare = 55 * np.exp(-d2)
    bgmul = light * (1 - 0.45 * sh)
    cv2.warpPerspective(src, M, (W, H), dst=out, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    mask = cv2.warpPerspective(np.ones((h, w), np.uint8), M, (W, H), flags=cv2.INTER_NEAREST)
    mul = cv2.resize(np.where(cv2.resize(mask, (W // sm, H // sm), interpolation=cv2.INTER_NEAREST) > 0, light, bgmul),
                     (W, H))
    add = cv2.resize(glare, (W, H))
    tint = np.array([1.0, rnd.uniform(0.96, 1.0), rnd.uniform(0.88, 0.97)], np.float32)
    a = out.astype(np.float32)
    a *= mul[..., None]
    a *= tint
    a += add[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    a = cv2.GaussianBlur(a, (0, 0), rnd.uniform(0.4, 1.3))
    a = noise(a, rnd, rnd.uniform(2, 5))
    return Image.fromarray(a)


def rotate_content(im, deg):
    """turn the content clockwise by deg (as it will show)"""
    if deg == 90:
        return im.transpose(Image.ROTATE_270)
    if deg == 180:
        return im.transpose(Image.ROTATE_180)
    if deg == 270:
        return im.transpose(Image.ROTATE_90)
    return im


def exif_store(im, orient):
    """stored pixels so that a viewer honouring EXIF `orient` shows the upright image"""
    if orient == 6:
        return im.transpose(Image.ROTATE_90)
    if orient == 8:
        return im.transpose(Image.ROTATE_270)
    if orient == 3:
        return im.transpose(Image.ROTATE_180)
    return im
