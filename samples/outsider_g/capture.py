"""Capture simulation (scanner, copier, phone, chat app) and file writers."""
import io
import cv2
import numpy as np
from PIL import Image, ImageFilter, ImageOps, ImageDraw, ImageEnhance
import pillow_heif

pillow_heif.register_heif_opener()


def nprng(rng):
    return np.random.default_rng(rng.randint(0, 2 ** 31))


def on_a4(items, rng, arrangement="stack", dpi=200):
    """Place card/booklet images on a white A4 (as a copier or flatbed would)."""
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    page = Image.new("RGB", (W, H), (255, 255, 255))
    n = len(items)
    if arrangement == "grid" and n > 2:
        cw = W * 0.44
        for i, im in enumerate(items):
            s = cw / im.size[0]
            im2 = im.resize((int(im.size[0] * s), int(im.size[1] * s)), Image.LANCZOS)
            x = int(W * 0.04 + (i % 2) * W * 0.48)
            y = int(H * 0.08 + (i // 2) * (im2.size[1] + H * 0.06))
            page.paste(im2, (x, y))
    elif arrangement == "side" and n == 2:
        cw = W * 0.45
        for i, im in enumerate(items):
            s = cw / im.size[0]
            im2 = im.resize((int(im.size[0] * s), int(im.size[1] * s)), Image.LANCZOS)
            page.paste(im2, (int(W * 0.035 + i * W * 0.49), int(H * 0.12)))
    else:
        avail = H * 0.86 / n
        for i, im in enumerate(items):
            s = min(W * (0.42 if im.size[0] < 1100 else 0.8) / im.size[0], avail * 0.88 / im.size[1])
            im2 = im.resize((int(im.size[0] * s), int(im.size[1] * s)), Image.LANCZOS)
            x = int((W - im2.size[0]) / 2 + rng.uniform(-0.05, 0.05) * W)
            y = int(H * 0.07 + i * avail + (avail - im2.size[1]) / 2)
            page.paste(im2, (x, y))
    return page


def _skew(img, deg, fill):
    return img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def scan(img, rng, mode="scan", page_dpi=200, dpi=None):
    """mode: scan (colour), grey_scan, bilevel, photocopy, lowres."""
    dpi = dpi or {"scan": rng.choice([150, 200, 300]), "grey_scan": rng.choice([150, 200, 300]), "bilevel": rng.choice([200, 300]),
           "photocopy": rng.choice([150, 200]), "lowres": rng.choice([96, 100, 110])}[mode]
    s = dpi / page_dpi
    im = img.resize((max(1, int(img.size[0] * s)), max(1, int(img.size[1] * s))), Image.LANCZOS)
    im = _skew(im, rng.uniform(-1.0, 1.0), (255, 255, 255))
    r = nprng(rng)
    if mode == "scan":
        a = np.asarray(im).astype(np.int16)
        a = a + r.normal(0, 3, a.shape).astype(np.int16)
        a = (a * rng.uniform(0.94, 1.0) + rng.uniform(0, 8))
        return Image.fromarray(a.clip(0, 255).astype(np.uint8))
    g = im.convert("L")
    if mode == "grey_scan":
        a = np.asarray(g).astype(np.int16) + r.normal(0, 4, g.size[::-1]).astype(np.int16)
        return Image.fromarray(a.clip(0, 255).astype(np.uint8))
    if mode == "bilevel":
        t = rng.randint(150, 185)
        return g.point(lambda v: 255 if v > t else 0).convert("1")
    if mode == "lowres":
        return ImageEnhance.Contrast(im).enhance(rng.uniform(0.9, 1.1))
    # photocopy: grey toner, specks, dark fold band, edge shadow
    a = np.asarray(ImageEnhance.Contrast(g).enhance(rng.uniform(1.3, 1.7))).astype(np.float32)
    a = a * rng.uniform(0.82, 0.92) + rng.uniform(8, 25)
    h, w = a.shape
    specks = r.random((h, w)) < 0.0015
    a[specks] = r.uniform(0, 90, specks.sum())
    if rng.random() < 0.6:
        pos = int(w * rng.uniform(0.45, 0.55)) if rng.random() < 0.5 else None
        if pos:
            band = np.exp(-((np.arange(w) - pos) / (w * 0.012)) ** 2) * rng.uniform(60, 120)
            a -= band[None, :]
        else:
            band = np.exp(-(np.arange(w) / (w * 0.02))) * rng.uniform(80, 150)
            a -= band[None, :]
    a += r.normal(0, 6, a.shape)
    return Image.fromarray(a.clip(0, 255).astype(np.uint8))


def _background(W, H, rng):
    r = nprng(rng)
    kind = rng.choice(["wood", "cloth", "desk", "dark"])
    w, h = W // 8, H // 8
    if kind == "wood":
        base = np.array([rng.randint(120, 170), rng.randint(80, 110), rng.randint(40, 70)], np.float32)
        stripes = np.sin(np.linspace(0, rng.uniform(30, 80), h) + r.normal(0, 0.3, h).cumsum() * 0.05)[:, None, None] * 18
        bg = base[None, None, :] + stripes + r.normal(0, 5, (h, 1, 1))
        bg = np.broadcast_to(bg, (h, w, 3)).copy()
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 70, 110), (150, 40, 45), (90, 110, 80), (200, 195, 185)]), np.float32)
        bg = base[None, None, :] + r.normal(0, 10, (h, w, 1)).astype(np.float32)
    elif kind == "desk":
        base = np.array(rng.choice([(225, 225, 220), (200, 205, 210), (235, 230, 215)]), np.float32)
        bg = np.broadcast_to(base, (h, w, 3)).copy()
    else:
        base = np.array([rng.randint(30, 60)] * 3, np.float32)
        bg = np.broadcast_to(base, (h, w, 3)).copy()
    return cv2.resize(bg.clip(0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)


def photo(img, rng, card=False, big=None, dark=False):
    """Phone photo: document on a background, perspective, uneven light, shadow, glare, blur."""
    src = np.asarray(img.convert("RGB"))
    h, w = src.shape[:2]
    portrait = h > w
    MP = big or rng.choice([(4000, 3000), (4032, 3024), (3264, 2448), (4624, 3472)])
    W, H = (MP[1], MP[0]) if portrait else (MP[0], MP[1])
    fill = rng.uniform(0.45, 0.65) if card else rng.uniform(0.7, 0.9)
    s = min(W * fill / w, H * fill / h)
    dw, dh = w * s, h * s
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.06, 0.06) * H
    j = 0.06 * min(dw, dh)
    dst = np.float32([[cx - dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
                      [cx + dw / 2 + rng.uniform(-j, j), cy - dh / 2 + rng.uniform(-j, j)],
                      [cx + dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)],
                      [cx - dw / 2 + rng.uniform(-j, j), cy + dh / 2 + rng.uniform(-j, j)]])
    ang = np.deg2rad(rng.uniform(-6, 6))
    R = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]], np.float32)
    dst = ((dst - [cx, cy]) @ R.T + [cx, cy]).astype(np.float32)
    M = cv2.getPerspectiveTransform(np.float32([[0, 0], [w, 0], [w, h], [0, h]]), dst)
    out = _background(W, H, rng)
    cv2.warpPerspective(src, M, (W, H), out, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    gx = np.linspace(rng.uniform(0.75, 1.0), rng.uniform(0.9, 1.1), 64, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.8, 1.05), rng.uniform(0.85, 1.1), 64, dtype=np.float32)
    light = np.outer(gy, gx)
    if rng.random() < 0.6:  # phone shadow
        sh = np.ones((64, 64), np.float32)
        x0, y0 = rng.randint(0, 40), rng.randint(0, 40)
        sh[y0:y0 + rng.randint(15, 30), x0:x0 + rng.randint(15, 30)] = rng.uniform(0.68, 0.86)
        light *= cv2.GaussianBlur(sh, (0, 0), 3.0)
    if dark:
        light *= 0.055
    r = nprng(rng)
    light = light[:, :, None] * 255.0
    add = r.normal(0, 3, (64, 64, 1)).astype(np.float32)
    if card and rng.random() < 0.7:  # glare on the laminate
        g = np.zeros((64, 64), np.float32)
        cv2.ellipse(g, (int(cx / W * 64 + rng.randint(-8, 8)), int(cy / H * 64 + rng.randint(-6, 6))), (rng.randint(5, 12), rng.randint(2, 6)), rng.randint(0, 180), 0, 360, 1.0, -1)
        add = add + (cv2.GaussianBlur(g, (0, 0), 1.0) * rng.uniform(60, 110))[:, :, None]
    light = cv2.resize(np.repeat(light, 3, 2), (W, H), interpolation=cv2.INTER_LINEAR)
    add = cv2.resize(np.repeat(add, 3, 2), (W, H), interpolation=cv2.INTER_LINEAR)
    out = cv2.multiply(out, light, scale=1 / 255.0, dtype=cv2.CV_32F)
    out = cv2.add(out, add)
    out = np.clip(out, 0, 255).astype(np.uint8)
    sig = rng.uniform(0.3, 1.6) if not dark else 9.0
    out = cv2.GaussianBlur(out, (0, 0), sig)
    return Image.fromarray(out)


def chat(img, rng):
    L = rng.randint(1280, 1600)
    s = L / max(img.size)
    if s < 1:
        img = img.resize((int(img.size[0] * s), int(img.size[1] * s)), Image.LANCZOS)
    b = io.BytesIO()
    img.convert("RGB").save(b, "JPEG", quality=rng.randint(50, 68))
    return Image.open(io.BytesIO(b.getvalue())).convert("RGB")


def rotate_content(img, rot):
    """rot = clockwise degrees the content appears turned."""
    if rot == 0:
        return img
    return img.transpose({90: Image.ROTATE_270, 180: Image.ROTATE_180, 270: Image.ROTATE_90}[rot])


EXIF_STORE = {6: Image.ROTATE_90, 8: Image.ROTATE_270, 3: Image.ROTATE_180}


def save_image(img, path, fmt, rng, exif_orientation=0, quality=None, dpi=None):
    kw = {}
    if exif_orientation:
        img = img.transpose(EXIF_STORE[exif_orientation])
        ex = Image.Exif()
        ex[0x0112] = exif_orientation
        ex[0x010F] = rng.choice(["Apple", "HUAWEI", "Xiaomi", "OPPO", "vivo"])
        kw["exif"] = ex.tobytes()
    if fmt == "jpg":
        img.convert("RGB").save(path, "JPEG", quality=quality or rng.randint(82, 93), **kw)
    elif fmt == "png":
        img.save(path, "PNG", optimize=False, compress_level=3)
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=quality or rng.randint(70, 88), **kw)
    elif fmt == "heic":
        img.convert("RGB").save(path, "HEIF", quality=quality or rng.randint(70, 85), enc_params={"preset": "ultrafast"})
    elif fmt == "bmp":
        img.convert("RGB").save(path, "BMP")
    else:
        raise ValueError(fmt)


def save_tiff(pages, path):
    first, rest = pages[0], pages[1:]
    comp = "group4" if first.mode == "1" else "tiff_lzw"
    first.save(path, "TIFF", save_all=True, append_images=rest, compression=comp, dpi=(200, 200))


def save_image_pdf(pages, path, rng, dpi=None):
    conv = []
    for p in pages:
        if p.mode == "1":
            p = p.convert("L")
        conv.append(p.convert("RGB") if p.mode not in ("L", "RGB") else p)
    # re-encode as JPEG inside the PDF, like scanner apps do
    conv[0].save(path, "PDF", save_all=True, append_images=conv[1:], resolution=float(dpi or 200), quality=rng.randint(70, 88))
