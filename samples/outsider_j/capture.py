"""Captures: scan, photocopy, phone photo, chat recompression, screenshot, bilevel TIFF, scanned PDF, HEIC."""
import io
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps, ImageEnhance, ImageChops

try:
    import pillow_heif
    pillow_heif.register_heif_opener()
    HEIF = True
except Exception:  # pragma: no cover
    HEIF = False


def _arr(im):
    return np.asarray(im, dtype=np.float32)


def _img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def scan(im, rng, grey=False, dpi_scale=1.0):
    if dpi_scale != 1.0:
        im = im.resize((int(im.width * dpi_scale), int(im.height * dpi_scale)), Image.LANCZOS)
    a = _arr(im)
    a = a * rng.uniform(0.95, 1.0) + rng.uniform(0, 8)
    a += np.random.default_rng(rng.randint(0, 1 << 30)).normal(0, 3, a.shape[:2])[..., None]
    out = _img(a)
    ang = rng.uniform(-1.2, 1.2)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=(250, 250, 250))
    if grey:
        out = out.convert("L").convert("RGB")
    return out


def photocopy(im, rng):
    g = im.convert("L")
    a = _arr(g)
    a = (a - 128) * 1.35 + 140
    H, W = a.shape
    nr = np.random.default_rng(rng.randint(0, 1 << 30))
    a += nr.normal(0, 7, a.shape)
    # specks
    n = int(W * H / 4000)
    ys, xs = nr.integers(0, H, n), nr.integers(0, W, n)
    a[ys, xs] = nr.uniform(0, 90, n)
    # fold band
    if rng.random() < 0.6:
        cx = int(W * rng.uniform(0.45, 0.55)) if rng.random() < 0.5 else None
        if cx:
            band = np.exp(-((np.arange(W) - cx) / (W * 0.02)) ** 2) * 70
            a -= band[None, :]
        else:
            cy = int(H * rng.uniform(0.45, 0.55))
            band = np.exp(-((np.arange(H) - cy) / (H * 0.02)) ** 2) * 70
            a -= band[:, None]
    # darker edges
    a -= np.linspace(-1, 1, W)[None, :] ** 8 * 40
    out = _img(a).filter(ImageFilter.GaussianBlur(0.6))
    return out.rotate(rng.uniform(-1.5, 1.5), resample=Image.BICUBIC, fillcolor=235).convert("RGB")


def lowres(im, rng):
    s = rng.uniform(0.5, 0.6)
    sm = im.resize((int(im.width * s), int(im.height * s)), Image.BILINEAR)
    return sm


def _persp_coeffs(dst, src):
    A, B = [], []
    for (x, y), (u, v) in zip(dst, src):
        A.append([x, y, 1, 0, 0, 0, -u * x, -u * y]); B.append(u)
        A.append([0, 0, 0, x, y, 1, -v * x, -v * y]); B.append(v)
    return np.linalg.solve(np.array(A, float), np.array(B, float)).tolist()


def _background(size, rng):
    W, H = size
    kind = rng.choice(["wood", "cloth", "desk", "dark"])
    nr = np.random.default_rng(rng.randint(0, 1 << 30))
    small = (max(8, W // 16), max(8, H // 16))
    if kind == "wood":
        base = np.array([rng.randint(140, 180), rng.randint(95, 125), rng.randint(60, 80)], float)
        yy = np.arange(small[1])[:, None]
        stripes = np.sin(yy / rng.uniform(2, 6) + nr.normal(0, 0.4, (small[1], small[0])).cumsum(1) * 0.05) * 18
        a = base[None, None, :] + stripes[..., None]
    elif kind == "cloth":
        base = np.array(rng.choice([(70, 90, 130), (150, 60, 60), (90, 120, 90), (200, 200, 195)]), float)
        a = base[None, None, :] + nr.normal(0, 10, (small[1], small[0], 1))
    elif kind == "dark":
        a = np.full((small[1], small[0], 3), rng.randint(35, 60), float) + nr.normal(0, 5, (small[1], small[0], 1))
    else:
        a = np.full((small[1], small[0], 3), rng.randint(190, 225), float) + nr.normal(0, 4, (small[1], small[0], 1))
    bg = _img(a).resize((W, H), Image.BILINEAR)
    return bg


def photo(im, rng, mp=None, card=False, fill=None):
    """place the page in a phone photo: desk, perspective, light gradient, shadow, glare, blur, noise."""
    mp = mp or rng.choice([8, 8, 12, 12, 12, 12, 16, 16, 24, 48])
    dims = {8: (3264, 2448), 12: (4032, 3024), 16: (4608, 3456), 24: (5664, 4248), 48: (8000, 6000), 50: (8160, 6120)}[mp]
    portrait = im.height > im.width
    W, H = (dims[1], dims[0]) if portrait else dims
    bg = _background((W, H), rng)
    fill = fill or (rng.uniform(0.35, 0.55) if card else rng.uniform(0.62, 0.82))
    s = min(W * fill / im.width, H * fill / im.height)
    w, h = im.width * s, im.height * s
    cx, cy = W / 2 + rng.uniform(-0.06, 0.06) * W, H / 2 + rng.uniform(-0.05, 0.05) * H
    j = lambda: rng.uniform(-0.05, 0.05)
    k = rng.uniform(0.0, 0.07)  # keystone
    dst = [(cx - w / 2 * (1 - k) + j() * w, cy - h / 2 + j() * h), (cx + w / 2 * (1 - k) + j() * w, cy - h / 2 + j() * h),
           (cx + w / 2 + j() * w, cy + h / 2 + j() * h), (cx - w / 2 + j() * w, cy + h / 2 + j() * h)]
    src = [(0, 0), (im.width, 0), (im.width, im.height), (0, im.height)]
    co = _persp_coeffs(dst, src)
    rgba = im.convert("RGBA")
    warped = rgba.transform((W, H), Image.PERSPECTIVE, co, resample=Image.BILINEAR)
    # drop shadow
    mask = warped.split()[3]
    sh = mask.resize((W // 4, H // 4), Image.BILINEAR).filter(ImageFilter.GaussianBlur(W / 1200)).resize((W, H), Image.BILINEAR)
    bg.paste((20, 20, 20), (int(W / 250), int(W / 250)), sh.point(lambda v: int(v * 0.5)))
    bg.paste(warped, (0, 0), mask)
    # light field at low resolution: gradient, phone shadow, glare; applied with one multiply/screen
    w8, h8 = max(16, W // 8), max(16, H // 8)
    gx = np.linspace(rng.uniform(0.7, 1.0), rng.uniform(0.9, 1.0), w8, dtype=np.float32)[None, :]
    gy = np.linspace(rng.uniform(0.8, 1.0), rng.uniform(0.85, 1.0), h8, dtype=np.float32)[:, None]
    light = gx * gy
    if rng.random() < 0.5:
        sm = Image.new("L", (w8, h8), 0)
        dr = ImageDraw.Draw(sm)
        x0 = rng.uniform(-0.2, 0.6) * w8
        dr.ellipse([x0, -h8 / 2, x0 + w8 * 0.6, h8 * rng.uniform(0.3, 0.6)], fill=int(rng.uniform(50, 90)))
        sm = sm.filter(ImageFilter.GaussianBlur(6))
        light = light * (1 - np.asarray(sm, dtype=np.float32) / 255)
    L = Image.fromarray(np.clip(light * 255, 0, 255).astype(np.uint8)).resize((W, H), Image.BILINEAR)
    out = ImageChops.multiply(bg, Image.merge("RGB", (L, L, L)))
    if card and rng.random() < 0.8:
        gl = Image.new("L", (w8, h8), 0)
        dr = ImageDraw.Draw(gl)
        gx0, gy0 = rng.uniform(0.3, 0.6) * w8, rng.uniform(0.3, 0.6) * h8
        dr.ellipse([gx0, gy0, gx0 + w8 * 0.08, gy0 + h8 * 0.05], fill=110)
        gl = gl.filter(ImageFilter.GaussianBlur(5)).resize((W, H), Image.BILINEAR)
        out = ImageChops.screen(out, Image.merge("RGB", (gl, gl, gl)))
    if rng.random() < 0.5:
        out = out.filter(ImageFilter.BoxBlur(1))
    return out


def chat(im, rng):
    L = rng.randint(1280, 1600)
    s = L / max(im.size)
    if s < 1:
        im = im.resize((int(im.width * s), int(im.height * s)), Image.LANCZOS)
    return im


def exif_bytes(orientation):
    ex = Image.Exif()
    ex[0x0112] = orientation
    ex[0x010F] = "Xiaomi" if orientation % 2 else "Apple"
    return ex.tobytes()


def save_jpeg(im, path, rng, quality=None, orientation=None):
    """orientation: EXIF tag; the stored pixels are turned so a viewer that honours the tag shows the page upright."""
    kw = {"quality": quality or rng.randint(82, 93)}
    if orientation in (3, 6, 8):
        inv = {3: Image.ROTATE_180, 6: Image.ROTATE_90, 8: Image.ROTATE_270}[orientation]
        im = im.transpose(inv)
        kw["exif"] = exif_bytes(orientation)
    im.save(path, "JPEG", **kw)


def turn(im, deg):
    """really turn the pixels clockwise by deg."""
    return {0: im, 90: im.transpose(Image.ROTATE_270), 180: im.transpose(Image.ROTATE_180), 270: im.transpose(Image.ROTATE_90)}[deg]


def save_heic(im, path, rng):
    if max(im.size) > 4032:
        s = 4032 / max(im.size)
        im = im.resize((int(im.width * s), int(im.height * s)), Image.BILINEAR)
    im.save(path, format="HEIF", quality=rng.randint(70, 85), enc_params={"preset": "ultrafast"})


def save_tiff_bilevel(pages, path, rng):
    bl = [p.convert("L").point(lambda v: 255 if v > rng.randint(140, 175) else 0).convert("1") for p in pages]
    bl[0].save(path, save_all=True, append_images=bl[1:], compression="group4", dpi=(200, 200))


def save_scanned_pdf(pages, path, rng):
    pp = [p.convert("RGB") for p in pages]
    buf = []
    for p in pp:
        b = io.BytesIO()
        p.save(b, "JPEG", quality=rng.randint(60, 80))
        buf.append(Image.open(io.BytesIO(b.getvalue())))
    buf[0].save(path, "PDF", save_all=True, append_images=buf[1:], resolution=200)


def a4_sheet(items, rng, layout="stack"):
    """paste card images on a white A4 sheet (copies of ID card faces, permit card)."""
    W, H = 1654, 2339
    sh = Image.new("RGB", (W, H), (255, 255, 255))
    if layout == "side" and len(items) >= 2:
        cw = int(W * 0.45)
        for i, it in enumerate(items[:2]):
            c = it.resize((cw, int(it.height * cw / it.width)), Image.LANCZOS)
            sh.paste(c, (int(W * 0.035) + i * (cw + int(W * 0.03)), 420))
        y = 420 + int(items[0].height * cw / items[0].width) + 120
        for it in items[2:]:
            c = it.resize((cw, int(it.height * cw / it.width)), Image.LANCZOS)
            sh.paste(c, (int(W * 0.035), y)); y += c.height + 100
    else:
        cw = int(W * rng.uniform(0.5, 0.6))
        y = 220
        for it in items:
            c = it.resize((cw, int(it.height * cw / it.width)), Image.LANCZOS)
            sh.paste(c, ((W - cw) // 2 + rng.randint(-60, 60), y))
            y += c.height + rng.randint(80, 160)
    return sh
