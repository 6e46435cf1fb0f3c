"""Capture simulations: phone photo, scan, photocopy, bilevel, low resolution, chat recompression."""
import io
import numpy as np
import cv2
from PIL import Image, ImageFilter, ImageOps


def _np(img):
    return np.asarray(img.convert("RGB"))


def _pil(a):
    return Image.fromarray(a)


def scan(img, rng, grey=False, dpi_scale=1.0):
    a = _np(img).astype(np.float32)
    a = a * rng.uniform(0.93, 1.0) + rng.uniform(0, 10)
    a += np.random.default_rng(rng.randint(0, 2**31)).normal(0, 3, a.shape[:2])[..., None]
    out = _pil(a.clip(0, 255).astype(np.uint8))
    ang = rng.uniform(-1.2, 1.2)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    if dpi_scale != 1.0:
        out = out.resize((int(out.size[0] * dpi_scale), int(out.size[1] * dpi_scale)), Image.LANCZOS)
    if grey:
        out = out.convert("L")
    return out


def photocopy(img, rng):
    g = np.asarray(img.convert("L"), dtype=np.float32)
    g = (g - 128) * rng.uniform(1.2, 1.5) + 128 + rng.uniform(-15, 5)
    h, w = g.shape
    nr = np.random.default_rng(rng.randint(0, 2**31))
    g += nr.normal(0, 8, g.shape)
    n = int(h * w * rng.uniform(0.0003, 0.001))
    ys, xs = nr.integers(0, h, n), nr.integers(0, w, n)
    g[ys, xs] = nr.uniform(0, 90, n)
    if rng.random() < 0.7:
        yc = int(h * rng.uniform(0.45, 0.55)) if rng.random() < 0.5 else None
        if yc:
            band = np.exp(-((np.arange(h) - yc) / (h * 0.012)) ** 2)[:, None] * 70
        else:
            xc = int(w * rng.uniform(0.0, 0.04))
            band = np.exp(-((np.arange(w) - xc) / (w * 0.02)) ** 2)[None, :] * 110
        g -= band
    out = _pil(g.clip(0, 255).astype(np.uint8))
    out = out.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=235)
    return out.filter(ImageFilter.GaussianBlur(0.5))


def bilevel(img, rng):
    g = img.convert("L").filter(ImageFilter.GaussianBlur(0.4))
    th = rng.randint(150, 190)
    out = g.point(lambda v: 255 if v > th else 0).convert("1")
    return out.rotate(rng.uniform(-0.8, 0.8), fillcolor=1)


def lowres(img, rng, dpi_from=200, dpi_to=None):
    dpi_to = dpi_to or rng.choice([90, 100, 110])
    s = dpi_to / dpi_from
    return img.resize((max(1, int(img.size[0] * s)), max(1, int(img.size[1] * s))), Image.BILINEAR)


def _background(W, H, rng):
    nr = np.random.default_rng(rng.randint(0, 2**31))
    kind = rng.choice(["wood", "cloth", "grey", "white_desk"])
    sw, sh = max(8, W // 8), max(8, H // 8)
    if kind == "wood":
        base = np.array([rng.randint(120, 170), rng.randint(80, 115), rng.randint(45, 75)], np.float32)
        yy = np.arange(sh)[:, None] + nr.normal(0, 3, (sh, sw)).cumsum(axis=1) * 0.3
        streak = np.sin(yy * rng.uniform(0.08, 0.2)) * 14
        a = base[None, None, :] + streak[..., None] + nr.normal(0, 4, (sh, sw, 1))
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 70, 95), (120, 40, 40), (70, 90, 70), (160, 150, 135)]), np.float32)
        a = base[None, None, :] + nr.normal(0, 10, (sh, sw, 1))
    elif kind == "grey":
        a = np.full((sh, sw, 3), rng.randint(90, 140), np.float32) + nr.normal(0, 5, (sh, sw, 1))
    else:
        a = np.full((sh, sw, 3), rng.randint(200, 230), np.float32) + nr.normal(0, 3, (sh, sw, 1))
    a = cv2.resize(a.clip(0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    return a


MP = {12: (4032, 3024), 24: (5712, 4284), 48: (8064, 6048), 8: (3264, 2448), 50: (8160, 6144)}


def photo(img, rng, mp=12, card=False, portrait=None):
    doc = _np(img)
    dh, dw = doc.shape[:2]
    if portrait is None:
        portrait = dh > dw
    W, H = MP[mp]
    if portrait:
        W, H = H, W
    bg = _background(W, H, rng)
    frac = rng.uniform(0.35, 0.55) if card else rng.uniform(0.62, 0.86)
    s = min(W * frac / dw, H * frac / dh)
    tw, th = dw * s, dh * s
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = 0.06 * min(tw, th)
    keystone = rng.uniform(0, 0.07) * tw
    dst = np.float32([[cx - tw / 2 + keystone + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
                      [cx + tw / 2 - keystone + rng.uniform(-j, j), cy - th / 2 + rng.uniform(-j, j)],
                      [cx + tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)],
                      [cx - tw / 2 + rng.uniform(-j, j), cy + th / 2 + rng.uniform(-j, j)]])
    ang = np.deg2rad(rng.uniform(-4, 4))
    R = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = ((dst - [cx, cy]) @ R.T + [cx, cy]).astype(np.float32)
    src = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(doc, M, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT)
    mask = cv2.warpPerspective(np.full((dh, dw), 255, np.uint8), M, (W, H))
    # soft drop shadow under the paper (computed at 1/8 size)
    small = cv2.resize(mask, (W // 8, H // 8), interpolation=cv2.INTER_AREA)
    sh = cv2.GaussianBlur(small, (0, 0), max(1.0, W / 2400))
    sh = np.roll(sh, (max(1, W // 2000), max(1, W // 2000)), axis=(0, 1))
    shade = cv2.resize((255 - (sh // 3)).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    bg = cv2.multiply(bg, cv2.merge([shade, shade, shade]), scale=1 / 255)
    m3 = mask[..., None].astype(np.uint16)
    out = ((warped.astype(np.uint16) * m3 + bg.astype(np.uint16) * (255 - m3)) // 255).astype(np.uint8)
    # lighting gradient + phone shadow, computed small then upscaled
    sw, shh = W // 16, H // 16
    gx = np.linspace(rng.uniform(0.72, 0.95), rng.uniform(0.95, 1.05), sw)[None, :]
    gy = np.linspace(rng.uniform(0.85, 1.0), rng.uniform(0.9, 1.05), shh)[:, None]
    light = gx * gy
    if rng.random() < 0.5:
        yy, xx = np.mgrid[0:shh, 0:sw]
        ex, ey = rng.uniform(0, sw), rng.uniform(shh * 0.5, shh)
        d = ((xx - ex) / (sw * 0.35)) ** 2 + ((yy - ey) / (shh * 0.25)) ** 2
        light = light * (1 - 0.3 * np.exp(-d))
    if card and rng.random() < 0.6:
        yy, xx = np.mgrid[0:shh, 0:sw]
        gx0, gy0 = rng.uniform(0.3, 0.7) * sw, rng.uniform(0.3, 0.7) * shh
        d = ((xx - gx0) / (sw * 0.05)) ** 2 + ((yy - gy0) / (shh * 0.04)) ** 2
        light = light + 0.5 * np.exp(-d)
    light = cv2.resize((light.clip(0, 2) * 200).astype(np.float32), (W, H)).clip(0, 255).astype(np.uint8)
    out = cv2.multiply(out, cv2.merge([light, light, light]), scale=1 / 200)
    sig = rng.uniform(0.3, 1.4)
    out = cv2.GaussianBlur(out, (0, 0), sig)
    return _pil(out)


def wechat(img, rng, width=None):
    width = width or rng.choice([1080, 1080, 1280, 1440])
    if img.size[0] > img.size[1] and img.size[0] > 1600:
        width = rng.choice([1280, 1600])
    s = width / img.size[0]
    out = img.convert("RGB").resize((width, int(img.size[1] * s)), Image.LANCZOS)
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=rng.randint(40, 60))
    buf.seek(0)
    return Image.open(buf).convert("RGB")


def exif_store(upright, orientation):
    """Pixels to store so that a viewer honouring EXIF `orientation` shows `upright`."""
    if orientation == 6:
        return upright.transpose(Image.ROTATE_90)
    if orientation == 8:
        return upright.transpose(Image.ROTATE_270)
    if orientation == 3:
        return upright.transpose(Image.ROTATE_180)
    return upright


def turn(img, rotation):
    """Turn content so that it appears rotated `rotation` degrees clockwise."""
    if rotation == 90:
        return img.transpose(Image.ROTATE_270)
    if rotation == 180:
        return img.transpose(Image.ROTATE_180)
    if rotation == 270:
        return img.transpose(Image.ROTATE_90)
    return img
