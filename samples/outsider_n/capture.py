"""Capture simulation: scans, copies, phone photos, chat recompression, and file writers."""
import io
import math
import numpy as np
import cv2
from PIL import Image, ImageFilter, ImageOps, ImageEnhance, ImageDraw

BGS = [(120, 85, 60), (160, 120, 80), (70, 70, 75), (200, 195, 185), (90, 110, 140), (150, 60, 60), (230, 230, 225), (40, 45, 50)]


def _noise(arr, rng, sigma):
    n = np.random.default_rng(rng.randrange(1 << 30)).normal(0, sigma, arr.shape)
    return np.clip(arr.astype(np.float32) + n, 0, 255).astype(np.uint8)


def clean(img, rng):
    return img


def scan(img, rng, grey=False):
    a = rng.uniform(-0.9, 0.9)
    im = img.rotate(a, resample=Image.BICUBIC, expand=False, fillcolor=(255, 255, 255))
    arr = np.asarray(im).astype(np.float32)
    tint = np.array([rng.uniform(245, 255), rng.uniform(243, 252), rng.uniform(236, 248)]) / 255.0
    arr = arr * tint
    arr = _noise(arr, rng, 3.0)
    im = Image.fromarray(arr).filter(ImageFilter.GaussianBlur(0.5))
    if grey:
        im = im.convert("L")
    return im


def bilevel(img, rng):
    g = scan(img, rng, grey=True)
    g = g.point(lambda p: 255 if p > rng.choice([150, 165, 175]) else 0)
    return g.convert("1")


def photocopy(img, rng):
    g = img.convert("L")
    g = ImageEnhance.Contrast(g).enhance(1.5)
    g = ImageEnhance.Brightness(g).enhance(0.95)
    arr = np.asarray(g).astype(np.float32)
    h, w = arr.shape
    # fold band
    side = rng.choice(["left", "top", "right"])
    band = np.ones_like(arr)
    bw = int((w if side != "top" else h) * 0.04)
    if side == "left":
        band[:, :bw] = np.linspace(0.45, 1, bw)[None, :]
    elif side == "right":
        band[:, -bw:] = np.linspace(1, 0.45, bw)[None, :]
    else:
        band[:bw, :] = np.linspace(0.45, 1, bw)[:, None]
    arr = arr * band
    r = np.random.default_rng(rng.randrange(1 << 30))
    n = int(h * w / 4000)
    ys, xs = r.integers(0, h, n), r.integers(0, w, n)
    arr[ys, xs] = r.uniform(0, 120, n)
    arr = _noise(arr, rng, 6)
    im = Image.fromarray(arr.astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    a = rng.uniform(-1.2, 1.2)
    return im.rotate(a, resample=Image.BICUBIC, fillcolor=235)


def lowres(img, rng):
    f = rng.uniform(0.6, 0.7)
    im = img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)
    return im.filter(ImageFilter.GaussianBlur(0.3))


def _small(H, W, f=4):
    return max(8, H // f), max(8, W // f)


def photo(img, rng, frame_long=2600, fill=0.78, card=False, dark=False):
    """Place the page on a background, warp it with a keystone, uneven light, phone shadow, slight blur.
    Smooth fields (background texture, light, shadows, glare) are computed at 1/4 scale and upsampled."""
    iw, ih = img.size
    portrait = ih >= iw
    W, H = (int(frame_long * 0.75), frame_long) if portrait else (frame_long, int(frame_long * 0.75))
    s = min(W * fill / iw, H * fill / ih)
    pw, ph = iw * s, ih * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.04, 0.04) * H
    k = rng.uniform(0.02, 0.06)
    j = lambda: rng.uniform(-0.015, 0.015)
    tl = (cx - pw / 2 + (k * pw + j() * W), cy - ph / 2 + j() * H)
    tr = (cx + pw / 2 - (k * pw + j() * W), cy - ph / 2 + j() * H)
    br = (cx + pw / 2 + j() * W, cy + ph / 2 + j() * H)
    bl = (cx - pw / 2 + j() * W, cy + ph / 2 + j() * H)
    rot = math.radians(rng.uniform(-4, 4))

    def R(p):
        x, y = p[0] - cx, p[1] - cy
        return (cx + x * math.cos(rot) - y * math.sin(rot), cy + x * math.sin(rot) + y * math.cos(rot))
    dst = np.float32([R(tl), R(tr), R(br), R(bl)])
    src = np.float32([(0, 0), (iw, 0), (iw, ih), (0, ih)])
    M = cv2.getPerspectiveTransform(src, dst)
    h4, w4 = _small(H, W)
    bgc = np.array(rng.choice(BGS), np.float32)
    r = np.random.default_rng(rng.randrange(1 << 30))
    tex = cv2.GaussianBlur(r.normal(0, 10, (h4, w4)).astype(np.float32), (0, 0), 1.0)
    src_img = np.asarray(img.convert("RGB"))
    warped = cv2.warpPerspective(src_img, M, (W, H), flags=cv2.INTER_AREA if s < 1 else cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((ih, iw), 255, np.uint8), M, (W, H), flags=cv2.INTER_LINEAR)
    m4 = cv2.resize(mask, (w4, h4), interpolation=cv2.INTER_AREA).astype(np.float32) / 255.0
    sh4 = cv2.GaussianBlur(m4, (0, 0), 3)
    yy, xx = np.mgrid[0:h4, 0:w4].astype(np.float32)
    lx, ly = rng.uniform(0, w4), rng.uniform(0, h4)
    d = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(w4, h4)
    light = (1.08 if not dark else 0.85) - 0.35 * d
    if rng.random() < 0.6:
        sm = np.zeros((h4, w4), np.float32)
        x0 = int(rng.uniform(0.0, 0.5) * w4)
        poly = np.array([[x0, h4], [x0 + int(0.35 * w4), h4], [x0 + int(0.45 * w4), int(h4 * rng.uniform(0.7, 0.85))], [x0 + int(0.1 * w4), int(h4 * 0.78)]], np.int32)
        cv2.fillPoly(sm, [poly], 1.0)
        sm = cv2.GaussianBlur(sm, (0, 0), 10)
        light = light * (1 - 0.3 * sm)
    glare = np.zeros((h4, w4), np.float32)
    if card and rng.random() < 0.7:
        gx, gy = int((cx + rng.uniform(-0.2, 0.2) * pw) / 4), int((cy + rng.uniform(-0.3, 0.1) * ph) / 4)
        cv2.ellipse(glare, (gx, gy), (max(2, int(pw * 0.03)), max(2, int(ph * 0.0175))), rng.uniform(0, 180), 0, 360, 1.0, -1)
        glare = cv2.GaussianBlur(glare, (0, 0), 6)
    bgfac = (1 - 0.35 * sh4) * (1 - m4)
    up = lambda a: cv2.resize(a, (W, H), interpolation=cv2.INTER_LINEAR)
    bgl, tex_u, light_u, glare_u = up(bgfac), up(tex), up(light), up(glare * 90)
    mk = mask.astype(np.float32) / 255.0
    out = np.empty((H, W, 3), np.float32)
    for c in range(3):
        ch = (bgc[c] + tex_u) * bgl * (1 - mk) + warped[..., c].astype(np.float32) * mk
        out[..., c] = ch * light_u + glare_u
    out = np.clip(out, 0, 255).astype(np.uint8)
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.5, 0.9))
    return Image.fromarray(out)


def chat(img, rng):
    long_side = rng.randint(1280, 1600)
    s = long_side / max(img.size)
    if s < 1:
        img = img.resize((int(img.width * s), int(img.height * s)), Image.LANCZOS)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=rng.randint(55, 70))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def blank(rng, size=(1240, 1754)):
    im = Image.new("RGB", size, (250, 250, 248))
    arr = _noise(np.asarray(im), rng, 2.5)
    im = Image.fromarray(arr)
    d = ImageDraw.Draw(im)
    # faint show-through lines
    for _ in range(rng.randint(0, 6)):
        y = rng.randint(100, size[1] - 100)
        d.line([(rng.randint(80, 200), y), (rng.randint(600, 1100), y)], fill=(238, 238, 236), width=2)
    return im


def turn(img, deg):
    """content really turned clockwise by deg"""
    if deg == 0:
        return img
    return img.rotate(-deg, expand=True)


def exif_store(img, orient):
    """return (stored pixels, orientation tag) so that a viewer applying the tag shows img upright"""
    if orient == 6:
        return img.rotate(90, expand=True)
    if orient == 8:
        return img.rotate(-90, expand=True)
    if orient == 3:
        return img.rotate(180)
    return img


def save_image(img, path, fmt, rng, orient=1, dpi=None):
    fmt = fmt.lower()
    if fmt in ("jpg", "jpeg"):
        im = img if img.mode in ("RGB", "L") else img.convert("RGB")
        kw = dict(quality=rng.randint(78, 92))
        if orient != 1:
            im = exif_store(im, orient)
            ex = Image.Exif()
            ex[0x0112] = orient
            ex[0x010F] = "Apple" if rng.random() < 0.5 else "HUAWEI"
            kw["exif"] = ex.tobytes()
        if dpi:
            kw["dpi"] = (dpi, dpi)
        im.save(path, "JPEG", **kw)
    elif fmt == "png":
        img.save(path, "PNG", optimize=False, compress_level=6)
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=rng.randint(70, 85))
    elif fmt == "bmp":
        img.convert("RGB").save(path, "BMP")
    elif fmt == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        im = img.convert("RGB")
        if max(im.size) > 2016:
            s = 2016 / max(im.size)
            im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
        im.save(path, "HEIF", quality=rng.randint(60, 80), enc_params={"preset": "ultrafast"})
    else:
        raise ValueError(fmt)


def save_tiff(imgs, path, dpi=200):
    first = imgs[0]
    if all(i.mode == "1" for i in imgs):
        first.save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="group4", dpi=(dpi, dpi))
    else:
        imgs = [i.convert("L") if i.mode == "1" else i for i in imgs]
        imgs[0].save(path, "TIFF", save_all=True, append_images=imgs[1:], compression="tiff_lzw", dpi=(dpi, dpi))


def save_img_pdf(imgs, path, dpi=150):
    imgs = [i.convert("L") if i.mode == "1" else i for i in imgs]
    imgs = [i if i.mode in ("RGB", "L") else i.convert("RGB") for i in imgs]
    imgs[0].save(path, "PDF", save_all=True, append_images=imgs[1:], resolution=dpi, quality=80)
