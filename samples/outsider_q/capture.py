"""Capture effects: flatbed scan, photocopy, bilevel fax-like scan, phone photo, chat recompression."""
import io
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .sheet import pil_font


def _np_rng(rng):
    return np.random.RandomState(rng.randint(0, 2 ** 31 - 1))


def watermark(img, rng):
    w, h = img.size
    layer = Image.new("RGBA", (w, h), (0, 0, 0, 0))
    txt = rng.choice(["仅供居住证积分使用，他用无效", "仅供办理居住证积分使用 他用无效", "此复印件仅供居住证积分申请使用"])
    col = rng.choice([(220, 40, 40), (40, 80, 200), (120, 120, 120), (30, 30, 30)])
    f = pil_font("zenhei", max(14, w / 22))
    tile = Image.new("RGBA", (int(f.getlength(txt) + 40), int(f.size * 1.6)), (0, 0, 0, 0))
    ImageDraw.Draw(tile).text((20, 4), txt, font=f, fill=col + (rng.randint(60, 110),))
    tile = tile.rotate(rng.choice([25, 30, 35, -30, 40]), expand=True, resample=Image.BICUBIC)
    for y in range(-tile.height // 2, h, int(tile.height * 0.9)):
        for x in range(-tile.width // 3, w, int(tile.width * 0.9)):
            layer.alpha_composite(tile, (max(0, x), max(0, y))) if x >= 0 and y >= 0 else None
    out = img.convert("RGBA")
    out.alpha_composite(layer)
    return out.convert("RGB")


def scan(img, rng, grey=False, skew=True):
    nr = _np_rng(rng)
    if skew:
        ang = rng.uniform(-1.4, 1.4)
        fill = (rng.randint(200, 235),) * 3 if rng.random() < 0.5 else (252, 252, 252)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=fill)
    a = np.asarray(img).astype(np.float32)
    tint = np.array([rng.uniform(-8, 2), rng.uniform(-8, 2), rng.uniform(-12, 0)])
    a = a * rng.uniform(0.93, 1.0) + tint
    a += nr.normal(0, rng.uniform(2, 5), a.shape[:2])[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    out = Image.fromarray(a)
    if grey:
        out = out.convert("L").convert("RGB")
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))


def photocopy(img, rng):
    nr = _np_rng(rng)
    g = np.asarray(img.convert("L")).astype(np.float32)
    g = (g - 128) * rng.uniform(1.15, 1.4) + 128 - rng.uniform(5, 25)
    h, w = g.shape
    # dark band at the fold / edge
    if rng.random() < 0.7:
        cx = int(w * rng.choice([0.02, 0.5, 0.98]))
        xs = np.arange(w)
        g -= 70 * np.exp(-((xs - cx) / (w * 0.015)) ** 2)[None, :]
    g += nr.normal(0, 7, g.shape)
    specks = nr.rand(h, w) < 0.0008
    g[specks] = nr.randint(0, 90, specks.sum())
    g = np.clip(g, 0, 255).astype(np.uint8)
    out = Image.fromarray(g).filter(ImageFilter.GaussianBlur(0.6))
    return out.convert("RGB")


def bilevel(img, rng):
    g = np.asarray(img.convert("L")).astype(np.float32)
    g += _np_rng(rng).normal(0, 12, g.shape)
    return Image.fromarray(((g > rng.uniform(150, 185)) * 255).astype(np.uint8)).convert("1")


def lowres(img, rng, dpi_from):
    f = rng.uniform(95, 110) / dpi_from
    return img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)


def desk(w, h, rng):
    nr = _np_rng(rng)
    kind = rng.choice(["wood", "cloth", "grey", "white"])
    sw, sh = w // 4, h // 4
    if kind == "wood":
        base = np.array([150, 105, 70], np.float32) * rng.uniform(.8, 1.1)
        ys = np.arange(sh, dtype=np.float32)[:, None]
        xs = np.arange(sw, dtype=np.float32)[None, :]
        stripes = 18 * np.sin(ys / rng.uniform(1.5, 3.5) + 3 * np.sin(xs / 75.0))
        a = base[None, None, :] + stripes[..., None]
    elif kind == "cloth":
        base = np.array(rng.choice([(60, 70, 110), (120, 40, 40), (70, 100, 70), (40, 40, 45)]), np.float32)
        a = np.ones((sh, sw, 3), np.float32) * base
        a += (np.sin(np.arange(sw, dtype=np.float32) * 1.5)[None, :, None] * 6 + np.sin(np.arange(sh, dtype=np.float32) * 1.5)[:, None, None] * 6)
    elif kind == "grey":
        a = np.ones((sh, sw, 3), np.float32) * rng.randint(90, 150)
    else:
        a = np.ones((sh, sw, 3), np.float32) * rng.randint(200, 235)
    small = cv2.resize(nr.normal(0, 10, (sh // 4 + 1, sw // 4 + 1)).astype(np.float32), (sw, sh))
    a += small[..., None]
    a = np.clip(a, 0, 255).astype(np.uint8)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_LINEAR)


def photo(img, rng, frame=(4032, 3024), fill=None, glare=False):
    """put the page/card on a desk with perspective, light falloff, shadow and blur"""
    nr = _np_rng(rng)
    W, H = frame
    if img.height > img.width and W > H:
        W, H = H, W
    if img.width > img.height and H > W:
        W, H = H, W
    bg = desk(W, H, rng)
    fill = fill or rng.uniform(0.55, 0.85)
    sc = min(W * fill / img.width, H * fill / img.height)
    pw, ph = img.width * sc, img.height * sc
    cx, cy = W / 2 + rng.uniform(-.06, .06) * W, H / 2 + rng.uniform(-.06, .06) * H
    j = lambda: rng.uniform(-0.045, 0.045) * min(W, H)
    dst = np.float32([[cx - pw / 2 + j(), cy - ph / 2 + j()], [cx + pw / 2 + j(), cy - ph / 2 + j()],
                      [cx + pw / 2 + j(), cy + ph / 2 + j()], [cx - pw / 2 + j(), cy + ph / 2 + j()]])
    k = rng.uniform(0, 0.06) * pw
    dst[0][0] += k; dst[1][0] -= k
    src = np.float32([[0, 0], [img.width, 0], [img.width, img.height], [0, img.height]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(np.asarray(img.convert("RGB")), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.full((img.height, img.width), 255, np.uint8), M, (W, H))
    # low-resolution light field: shadow of the page, falloff, phone shadow, glare
    w4, h4 = W // 8, H // 8
    m4 = cv2.resize(mask, (w4, h4)).astype(np.float32) / 255
    sh = cv2.GaussianBlur(m4, (0, 0), 3)
    sh = np.roll(np.roll(sh, 2, axis=0), 2, axis=1)
    ys, xs = np.ogrid[0:h4, 0:w4]
    ys = ys.astype(np.float32); xs = xs.astype(np.float32)
    lx, ly = rng.uniform(0, w4), rng.uniform(0, h4)
    dist = np.sqrt((xs - lx) ** 2 + (ys - ly) ** 2) / max(w4, h4)
    light = 1.08 - rng.uniform(0.25, 0.45) * dist
    if rng.random() < 0.4:
        px, py, r = rng.uniform(.2, .8) * w4, rng.uniform(.6, 1.0) * h4, rng.uniform(.15, .3) * w4
        light = light * (1 - 0.28 * np.clip(1 - np.sqrt((xs - px) ** 2 + (ys - py) ** 2) / r, 0, 1))
    gl = np.zeros((h4, w4), np.float32)
    if glare:
        gx, gy = rng.uniform(.3, .7) * w4, rng.uniform(.3, .7) * h4
        gl = 120 * np.exp(-(((xs - gx) / (w4 * .08)) ** 2 + ((ys - gy) / (h4 * .05)) ** 2)) * m4
    light = cv2.resize(light.astype(np.float32), (W, H))
    sh = cv2.resize(sh, (W, H))
    gl = cv2.resize(gl.astype(np.float32), (W, H))
    f = (1 - 0.45 * sh).astype(np.float32)
    bgs = cv2.multiply(bg.astype(np.float32), cv2.merge([f, f, f]))
    comp = bgs
    np.copyto(comp, page.astype(np.float32), where=(mask > 127)[..., None])
    blue = rng.uniform(0.92, 1.0)
    light = light.astype(np.float32)
    comp = cv2.multiply(comp, cv2.merge([light, light, light * blue]))
    if glare:
        comp = cv2.add(comp, cv2.merge([gl, gl, gl]))
    out = np.clip(comp, 0, 255).astype(np.uint8)
    if rng.random() < 0.6:
        out = cv2.GaussianBlur(out, (0, 0), rng.uniform(0.6, 1.4))
    return Image.fromarray(out)


def chat(img, rng):
    """recompression by a chat app: long side 1280-1600 px, heavy JPEG"""
    L = rng.choice([1280, 1440, 1600])
    if max(img.size) > L:
        f = L / max(img.size)
        img = img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=rng.randint(60, 80))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def screenshot_chat(img, rng):
    w = rng.choice([720, 828, 1080])
    if img.width > w:
        f = w / img.width
        img = img.resize((w, int(img.height * f)), Image.BILINEAR)
    buf = io.BytesIO()
    img.convert("RGB").save(buf, "JPEG", quality=rng.randint(60, 80))
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB")


def save(img, path, fmt, rng, exif_orient=None, dpi=None):
    kw = {}
    if dpi:
        kw["dpi"] = (dpi, dpi)
    if exif_orient:
        # store pixels turned so that a viewer applying the EXIF tag shows them upright
        img = {3: lambda i: i.rotate(180, expand=True), 6: lambda i: i.rotate(90, expand=True),
               8: lambda i: i.rotate(-90, expand=True)}[exif_orient](img)
        ex = Image.Exif()
        ex[0x0112] = exif_orient
        kw["exif"] = ex.tobytes()
    if fmt == "jpg":
        img.convert("RGB").save(path, "JPEG", quality=rng.randint(82, 93), **kw)
    elif fmt == "png":
        img.save(path, "PNG", **{k: v for k, v in kw.items() if k == "dpi"})
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=rng.randint(75, 90))
    elif fmt == "bmp":
        img.convert("RGB").save(path, "BMP")
    elif fmt == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        im = img.convert("RGB")
        if max(im.size) > 3024:
            f = 3024 / max(im.size)
            im = im.resize((int(im.width * f), int(im.height * f)), Image.BILINEAR)
        extra = {"exif": kw["exif"]} if "exif" in kw else {}
        im.save(path, "HEIF", quality=rng.randint(70, 85), enc_params={"preset": "ultrafast"}, **extra)
    else:
        raise ValueError(fmt)


def save_tiff(imgs, path, dpi):
    if all(i.mode == "1" for i in imgs):
        imgs[0].save(path, "TIFF", compression="group4", save_all=True, append_images=imgs[1:], dpi=(dpi, dpi))
    else:
        imgs = [i.convert("RGB") if i.mode != "L" else i for i in imgs]
        imgs[0].save(path, "TIFF", compression="tiff_lzw", save_all=True, append_images=imgs[1:], dpi=(dpi, dpi))


def save_image_pdf(imgs, path, dpi, rng):
    """scanner-app PDF: JPEG pages, no text layer (deterministic: reportlab invariant)"""
    from reportlab.pdfgen import canvas
    from reportlab.lib.utils import ImageReader
    c = canvas.Canvas(path, invariant=1)
    for im in imgs:
        w, h = im.width * 72 / dpi, im.height * 72 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        im.convert("RGB").save(buf, "JPEG", quality=rng.randint(70, 88))
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        c.showPage()
    c.save()
