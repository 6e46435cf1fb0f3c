"""Captures: scanners, copiers, phones, chat apps. Pixel noise comes from the render RNG only."""
import io
import numpy as np
from PIL import Image, ImageFilter, ImageOps, ImageDraw, ImageEnhance


def _noise(im, rng, amp):
    a = np.asarray(im).astype(np.int16)
    n = np.random.default_rng(rng.randint(0, 2 ** 31)).normal(0, amp, a.shape)
    return Image.fromarray(np.clip(a + n, 0, 255).astype(np.uint8))


def scan(im, rng, gray=False):
    if gray:
        im = ImageOps.grayscale(im).convert("RGB")
    ang = rng.uniform(-1.2, 1.2)
    im = im.rotate(ang, resample=Image.BICUBIC, expand=True, fillcolor=(250, 250, 248))
    im = ImageEnhance.Brightness(im).enhance(rng.uniform(0.96, 1.03))
    return _noise(im, rng, 3)


def photocopy(im, rng):
    g = ImageOps.grayscale(im)
    g = ImageEnhance.Contrast(g).enhance(rng.uniform(1.3, 1.6))
    g = g.point(lambda v: min(255, int(v * 0.92 + 12)))
    a = np.asarray(g).astype(np.int16)
    r = np.random.default_rng(rng.randint(0, 2 ** 31))
    h, w = a.shape
    # toner specks
    ys, xs = r.integers(0, h, 400), r.integers(0, w, 400)
    a[ys, xs] = r.integers(20, 120, 400)
    # dark band at the fold / edge
    if rng.random() < 0.6:
        x0 = rng.choice([0, w - max(8, w // 40)])
        a[:, x0:x0 + max(8, w // 40)] = (a[:, x0:x0 + max(8, w // 40)] * 0.35).astype(np.int16)
    g = Image.fromarray(np.clip(a + r.normal(0, 6, a.shape), 0, 255).astype(np.uint8))
    return g.convert("RGB").rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=True, fillcolor=(235, 235, 235))


def bilevel(im, rng):
    g = ImageOps.grayscale(im)
    return g.point(lambda v: 255 if v > rng.choice([150, 165, 180]) else 0).convert("1")


BACKS = [(122, 94, 70), (60, 62, 70), (182, 170, 150), (205, 205, 200), (90, 120, 150), (140, 40, 40), (230, 228, 220)]


def photo(im, rng, fill=(0.55, 0.82), glare=True, dark=False):
    import cv2
    W, H = (3264, 2448)
    if im.height > im.width:
        W, H = H, W
    bg = BACKS[rng.randrange(len(BACKS))]
    base = np.zeros((H, W, 3), np.float32) + np.array(bg, np.float32)
    r = np.random.default_rng(rng.randint(0, 2 ** 31))
    tex = cv2.GaussianBlur(r.normal(0, 18, (H // 8, W // 8)).astype(np.float32), (0, 0), 2)
    base += cv2.resize(tex, (W, H))[..., None]
    fill = rng.uniform(*fill)
    sc = min(W * fill / im.width, H * fill / im.height)
    pw, ph = im.width * sc, im.height * sc
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.06, 0.06) * H
    k = rng.uniform(0.02, 0.09)  # keystone
    src = np.float32([[0, 0], [im.width, 0], [im.width, im.height], [0, im.height]])
    j = lambda: rng.uniform(-0.025, 0.025) * pw
    top_in = k * pw
    dst = np.float32([[cx - pw / 2 + top_in + j(), cy - ph / 2 + j()], [cx + pw / 2 - top_in + j(), cy - ph / 2 + j()],
                      [cx + pw / 2 + j(), cy + ph / 2 + j()], [cx - pw / 2 + j(), cy + ph / 2 + j()]])
    if rng.random() < 0.5:  # keystone the other way
        dst = dst[[3, 2, 1, 0]][:, :] * 0 + np.float32([[cx - pw / 2 + j(), cy - ph / 2 + j()], [cx + pw / 2 + j(), cy - ph / 2 + j()],
                                                          [cx + pw / 2 - top_in + j(), cy + ph / 2 + j()], [cx - pw / 2 + top_in + j(), cy + ph / 2 + j()]])
    for _ in range(20):  # keep the whole sheet in the frame, as a person taking the photo would
        if (dst[:, 0].min() >= 8 and dst[:, 1].min() >= 8 and dst[:, 0].max() <= W - 8 and dst[:, 1].max() <= H - 8):
            break
        c = dst.mean(axis=0)
        dst = (dst - c) * 0.95 + c
        dst[:, 0] += np.clip(W / 2 - c[0], -40, 40)
        dst[:, 1] += np.clip(H / 2 - c[1], -40, 40)
    dst = dst.astype(np.float32)
    M = cv2.getPerspectiveTransform(src, dst)
    src_a = np.asarray(im.convert("RGB")).astype(np.float32)
    warped = cv2.warpPerspective(src_a, M, (W, H), flags=cv2.INTER_AREA)
    mask = cv2.warpPerspective(np.ones(src_a.shape[:2], np.float32), M, (W, H))
    # smooth fields (shadow, light, glare) computed at 1/8 resolution
    w8, h8 = W // 8, H // 8
    S = np.float32([[1 / 8, 0, 0], [0, 1 / 8, 0], [0, 0, 1]])
    m8 = cv2.warpPerspective(np.ones(src_a.shape[:2], np.float32), S @ M, (w8, h8))
    sh = np.roll(cv2.GaussianBlur(m8, (0, 0), 2.5), (2, 2), (0, 1))
    yy, xx = np.mgrid[0:h8, 0:w8].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 - rng.uniform(0.08, 0.25) * ((xx / w8 - 0.5) * gx + (yy / h8 - 0.5) * gy + 0.5)
    if dark:
        light *= 0.07
    shade = np.ones((h8, w8), np.float32)
    if rng.random() < 0.45:
        pts = np.int32([[rng.uniform(0, w8 * .4), 0], [rng.uniform(w8 * .5, w8), 0], [rng.uniform(w8 * .6, w8), rng.uniform(h8 * .15, h8 * .35)], [rng.uniform(0, w8 * .3), rng.uniform(h8 * .1, h8 * .3)]])
        if rng.random() < .5:
            pts[:, 1] = h8 - pts[:, 1]
        m = np.zeros((h8, w8), np.float32)
        cv2.fillPoly(m, [pts], 1.0)
        shade *= 1 - 0.28 * cv2.GaussianBlur(m, (0, 0), 7)
    gl = np.zeros((h8, w8), np.float32)
    if glare and rng.random() < 0.5:
        cv2.ellipse(gl, (int(rng.uniform(.3, .7) * w8), int(rng.uniform(.3, .7) * h8)), (int(w8 * .08), int(h8 * .05)), rng.uniform(0, 180), 0, 360, 1.0, -1)
        gl = cv2.GaussianBlur(gl, (0, 0), 7) * 0.22
    up = lambda a: cv2.resize(a, (W, H), interpolation=cv2.INTER_LINEAR)[..., None]
    base *= up(1 - 0.35 * sh)
    out = base * (1 - mask[..., None]) + warped * mask[..., None]
    out *= up(light * shade)
    g = up(gl)
    out = out * (1 - g) + 255 * g
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.3))
    out += r.normal(0, 3.5, out.shape).astype(np.float32)
    img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
    corners = dst.tolist()
    inside = all(0 <= x <= W and 0 <= y <= H for x, y in corners)
    return img, inside


def chat(im, rng, lo=1280):
    L = rng.randint(lo, 1600)
    s = L / max(im.size)
    im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    return im


def turn(im, deg):
    """turn the content clockwise by deg"""
    return im.rotate(-deg, expand=True) if deg else im


def save_jpeg(im, path, q, exif_orientation=None):
    kw = {}
    if exif_orientation:
        ex = Image.Exif()
        ex[0x0112] = exif_orientation
        kw["exif"] = ex.tobytes()
    im.convert("RGB").save(path, "JPEG", quality=q, **kw)


# EXIF orientation -> the raw raster is the upright image turned by ...
EXIF_RAW = {3: 180, 6: 270, 8: 90}   # orientation 6 means "rotate 90 CW to view": raw is turned 90 CCW (=270 CW)
