"""How a flat page becomes a file page: scans, copies, phone photos, chat
recompression, screenshots. Every capture returns the image and a 3x3 matrix
that maps normalised page coordinates to normalised output coordinates."""
import io
import math

import cv2
import numpy as np
from PIL import Image, ImageFilter


class Page:
    def __init__(self, img, pxmm, regions=None, kind="a4", blank=False, unreadable=False, glare=None, wm=False,
                 fold=None):
        self.img = img          # RGB or RGBA (cards with rounded corners)
        self.pxmm = pxmm
        self.regions = regions or []   # [(doc_key, (x0, y0, x1, y1))] fractions
        self.kind = kind
        self.blank = blank
        self.unreadable = unreadable
        self.glare = glare      # (x0, y0, x1, y1) fractions where glare may sit
        self.wm = wm
        self.fold = fold        # "v" or "h": where a copy shows a dark fold band


def _npr(rng):
    return np.random.default_rng(rng.randint(0, 2 ** 31))


def _S(w, h):
    return np.array([[w, 0, 0], [0, h, 0], [0, 0, 1]], np.float64)


def _flatten(page, bg=(255, 255, 255)):
    im = page.img
    if im.mode == "RGBA":
        base = Image.new("RGB", im.size, bg)
        base.paste(im, (0, 0), im)
        return base
    return im.convert("RGB")


def _resize_to(im, pxmm_from, pxmm_to):
    s = pxmm_to / pxmm_from
    return im.resize((max(1, int(im.width * s)), max(1, int(im.height * s))), Image.LANCZOS)


def _skew(arr, deg, border):
    h, w = arr.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), deg, 1.0)
    out = cv2.warpAffine(arr, M, (w, h), flags=cv2.INTER_LINEAR, borderValue=border)
    M3 = np.vstack([M, [0, 0, 1]])
    return out, np.linalg.inv(_S(w, h)) @ M3 @ _S(w, h)


def scan(page, rng, dpi=200, grey=False, mild=True):
    im = _resize_to(_flatten(page), page.pxmm, dpi / 25.4)
    a = np.asarray(im).astype(np.float32)
    tone = np.array([rng.uniform(0.95, 1.0), rng.uniform(0.95, 1.0), rng.uniform(0.92, 0.99)], np.float32)
    a = a * tone + _npr(rng).normal(0, 2.2, a.shape)
    a = np.clip(a, 0, 255).astype(np.uint8)
    a, M = _skew(a, rng.uniform(-0.8, 0.8), (250, 250, 248))
    out = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.35))
    if grey:
        out = out.convert("L")
    return out, M


def photocopy(page, rng, dpi=180, mild=True):
    im = _resize_to(_flatten(page), page.pxmm, dpi / 25.4)
    a = np.asarray(im).astype(np.float32)
    g = a[..., 0] * 0.5 + a[..., 1] * 0.4 + a[..., 2] * 0.1
    g = np.clip((g - 18) * 1.12, 0, 255)
    g = 255 * (g / 255) ** 1.25
    h, w = g.shape
    n = _npr(rng)
    # toner speckles
    k = int(h * w * rng.uniform(0.00004, 0.00012))
    ys, xs = n.integers(0, h, k), n.integers(0, w, k)
    g[ys, xs] = n.uniform(20, 120, k)
    # dark band at the fold (gutter) or at an edge where the lid stood open
    if page.fold == "v":
        x = np.arange(w)
        g *= (1 - 0.45 * np.exp(-((x - w / 2) / (w * 0.012)) ** 2))[None, :]
    elif page.fold == "h":
        y = np.arange(h)
        g *= (1 - 0.45 * np.exp(-((y - h / 2) / (h * 0.01)) ** 2))[:, None]
    side = rng.choice(["l", "r", "t", "b"])
    band = int((w if side in "lr" else h) * rng.uniform(0.01, 0.025))
    if side == "l":
        g[:, :band] *= 0.35
    elif side == "r":
        g[:, -band:] *= 0.35
    elif side == "t":
        g[:band, :] *= 0.35
    else:
        g[-band:, :] *= 0.35
    g += n.normal(0, 4, g.shape)
    g = np.clip(g, 0, 255).astype(np.uint8)
    g, M = _skew(g, rng.uniform(-1.2, 1.2), 235)
    return Image.fromarray(g, "L").filter(ImageFilter.GaussianBlur(0.5)), M


def bilevel(page, rng, dpi=200):
    im = _resize_to(_flatten(page), page.pxmm, dpi / 25.4)
    a = np.asarray(im).astype(np.float32)
    g = a[..., 0] * 0.5 + a[..., 1] * 0.4 + a[..., 2] * 0.1
    g += _npr(rng).normal(0, 6, g.shape)
    g, M = _skew(g.astype(np.float32), rng.uniform(-0.6, 0.6), 255.0)
    b = (g > rng.uniform(120, 140)).astype(np.uint8) * 255
    return Image.fromarray(b, "L").convert("1"), M


def lowres(page, rng, dpi=110):
    im, M = scan(page, rng, dpi=dpi, grey=rng.random() < 0.5)
    return im, M


BACKGROUNDS = [((150, 110, 70), "wood"), ((205, 190, 165), "wood"), ((235, 235, 232), "plain"),
               ((70, 72, 78), "cloth"), ((40, 60, 95), "cloth"), ((180, 60, 60), "cloth"), ((120, 140, 120), "cloth"),
               ((225, 220, 210), "plain")]


def _background(W, H, rng):
    col, kind = rng.choice(BACKGROUNDS)
    n = _npr(rng)
    small = n.normal(0, 1, (max(2, H // 24), max(2, W // 24), 1)).astype(np.float32)
    tex = cv2.resize(small, (W, H), interpolation=cv2.INTER_CUBIC)[..., None]
    a = np.ones((H, W, 3), np.float32) * np.array(col, np.float32)
    a += tex * (9 if kind != "plain" else 4)
    if kind == "wood":
        y = np.arange(H)[:, None]
        x = np.arange(W)[None, :]
        stripes = np.sin((y * 0.035 + 6 * np.sin(x * 0.002 + rng.uniform(0, 6))) + rng.uniform(0, 6))
        a += (stripes[..., None] * 10)
    if kind == "cloth":
        a += n.normal(0, 7, (H, W, 1)).astype(np.float32)
    return a


def photo(page, rng, frame=(4032, 3024), fill=(0.72, 0.9), mild=True, dark=False, chat=False):
    src = page.img
    has_alpha = src.mode == "RGBA"
    sw, sh = src.size
    W, H = frame
    if (sh > sw) != (H > W):
        W, H = H, W
    f = rng.uniform(*fill)
    s = min(W * f / sw, H * f / sh)
    pw, ph = sw * s, sh * s
    cx = W / 2 + rng.uniform(-0.06, 0.06) * W
    cy = H / 2 + rng.uniform(-0.05, 0.05) * H
    ang = math.radians(rng.uniform(-5, 5) if mild else rng.uniform(-9, 9))
    corners = np.array([[-pw / 2, -ph / 2], [pw / 2, -ph / 2], [pw / 2, ph / 2], [-pw / 2, ph / 2]])
    R = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]])
    dst = corners @ R.T + [cx, cy]
    # keystone: the far edge is narrower
    k = rng.uniform(0.02, 0.06 if mild else 0.1)
    edge = rng.choice([0, 2])
    if edge == 0:
        dst[0, 0] += pw * k; dst[1, 0] -= pw * k
    else:
        dst[3, 0] += pw * k; dst[2, 0] -= pw * k
    dst += np.array([[rng.uniform(-1, 1) * pw * 0.01, rng.uniform(-1, 1) * ph * 0.01] for _ in range(4)])
    # keep the whole page inside the frame (shrink if a corner falls outside)
    mx, my = W * 0.02, H * 0.02
    for _ in range(20):
        if dst[:, 0].min() >= mx and dst[:, 0].max() <= W - mx and dst[:, 1].min() >= my and dst[:, 1].max() <= H - my:
            break
        ctr = dst.mean(axis=0)
        dst = (dst - ctr) * 0.95 + ctr
        dst[:, 0] += max(0, mx - dst[:, 0].min()) - max(0, dst[:, 0].max() - (W - mx))
        dst[:, 1] += max(0, my - dst[:, 1].min()) - max(0, dst[:, 1].max() - (H - my))
        s *= 0.95
    srcq = np.array([[0, 0], [sw, 0], [sw, sh], [0, sh]], np.float32)
    Hm = cv2.getPerspectiveTransform(srcq, dst.astype(np.float32))
    bg = _background(W, H, rng)
    arr = np.asarray(src.convert("RGBA") if has_alpha else src.convert("RGB")).astype(np.float32)
    rgb = arr[..., :3]
    alpha = arr[..., 3] / 255.0 if has_alpha else np.ones(arr.shape[:2], np.float32)
    warped = cv2.warpPerspective(rgb, Hm, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(alpha.astype(np.float32), Hm, (W, H), flags=cv2.INTER_LINEAR)[..., None]
    # drop shadow
    sh_mask = cv2.GaussianBlur(mask, (0, 0), max(3, W * 0.006))
    if sh_mask.ndim == 2:
        sh_mask = sh_mask[..., None]
    M_shift = np.float32([[1, 0, W * 0.006], [0, 1, H * 0.008]])
    sh_mask = cv2.warpAffine(sh_mask, M_shift, (W, H))
    if sh_mask.ndim == 2:
        sh_mask = sh_mask[..., None]
    bg = bg * (1 - 0.35 * sh_mask)
    out = bg * (1 - mask) + warped * mask
    # lighting: smooth gradient + phone shadow
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    gx, gy = rng.uniform(-1, 1), rng.uniform(-1, 1)
    light = 1.0 + (0.10 if mild else 0.18) * ((xx / W - 0.5) * gx + (yy / H - 0.5) * gy)
    light *= rng.uniform(0.88, 1.0)
    if rng.random() < 0.6:
        # the phone's shadow near a corner of the frame
        px_, py_ = rng.choice([(0.1, 0.9), (0.9, 0.9), (0.1, 0.1), (0.9, 0.1)])
        d2 = ((xx / W - px_) ** 2 + (yy / H - py_) ** 2)
        light *= 1 - (0.22 if mild else 0.35) * np.exp(-d2 / 0.03)
    out *= light[..., None]
    if page.glare is not None:
        gx0, gy0, gx1, gy1 = page.glare
        gcx, gcy = (gx0 + gx1) / 2 * sw, (gy0 + gy1) / 2 * sh
        p = Hm @ np.array([gcx, gcy, 1.0])
        p = p[:2] / p[2]
        rx = (gx1 - gx0) * sw * s * 0.5
        ry = (gy1 - gy0) * sh * s * 0.4
        d2 = ((xx - p[0]) / rx) ** 2 + ((yy - p[1]) / ry) ** 2
        gl = np.exp(-d2 * 1.5)[..., None] * (0.55 if mild else 0.75) * mask
        out = out * (1 - gl) + 255 * gl
    if dark:
        out = out * 0.1 + 6
        out = cv2.GaussianBlur(out, (0, 0), W * 0.004)
    blur = rng.uniform(0.5, 1.0) * (W / 4032) * (1.0 if mild else 1.6)
    if chat:
        blur *= 0.6
    out = cv2.GaussianBlur(out, (0, 0), max(0.3, blur))
    out += _npr(rng).normal(0, 3.0 if not dark else 5.0, out.shape)
    out = np.clip(out, 0, 255).astype(np.uint8)
    M = np.linalg.inv(_S(W, H)) @ Hm @ _S(sw, sh)
    return Image.fromarray(out), M


def rotate_display(im, M, rot):
    """Turn the content clockwise by rot degrees (as displayed)."""
    if not rot:
        return im, M
    out = im.rotate(-rot, expand=True)
    R = {90: np.array([[0, -1, 1], [1, 0, 0], [0, 0, 1]], np.float64),
         180: np.array([[-1, 0, 1], [0, -1, 1], [0, 0, 1]], np.float64),
         270: np.array([[0, 1, 0], [-1, 0, 1], [0, 0, 1]], np.float64)}[rot]
    return out, R @ M


def map_bbox(M, box):
    x0, y0, x1, y1 = box
    pts = np.array([[x0, y0, 1], [x1, y0, 1], [x1, y1, 1], [x0, y1, 1]], np.float64).T
    q = M @ pts
    q = q[:2] / q[2]
    xs, ys = np.clip(q[0], 0, 1), np.clip(q[1], 0, 1)
    return [round(float(xs.min()), 4), round(float(ys.min()), 4), round(float(xs.max()), 4), round(float(ys.max()), 4)]


# ------------------------------------------------------------------ writers
EXIF_STORE = {3: Image.ROTATE_180, 6: Image.ROTATE_90, 8: Image.ROTATE_270}


def save_single(im, path, fmt, quality=90, exif_orientation=1, dpi=None):
    if im.mode == "1" and fmt not in ("png", "tif", "bmp"):
        im = im.convert("L")
    if fmt in ("jpg", "jpeg"):
        kw = {"quality": quality}
        if dpi:
            kw["dpi"] = (dpi, dpi)
        if exif_orientation in EXIF_STORE:
            im = im.transpose(EXIF_STORE[exif_orientation])
            ex = Image.Exif()
            ex[0x0112] = exif_orientation
            ex[0x010F] = "Xiaomi" if exif_orientation == 6 else "HUAWEI"
            kw["exif"] = ex
        im.convert("RGB" if im.mode not in ("L",) else "L").save(path, "JPEG", **kw)
    elif fmt == "png":
        im.save(path, "PNG", optimize=False, compress_level=6, **({"dpi": (dpi, dpi)} if dpi else {}))
    elif fmt == "webp":
        im.convert("RGB").save(path, "WEBP", quality=quality)
    elif fmt == "bmp":
        im.convert("RGB" if im.mode != "L" else "L").save(path, "BMP")
    elif fmt == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        im.convert("RGB").save(path, "HEIF", quality=min(quality, 75), enc_params={"preset": "ultrafast"})
    elif fmt == "tif":
        im.save(path, "TIFF", compression="group4" if im.mode == "1" else "tiff_lzw", dpi=(dpi or 200, dpi or 200))
    else:
        raise ValueError(fmt)


def save_multi(ims, path, fmt, dpi=200, quality=85, when=None):
    if fmt == "tif":
        first = ims[0]
        comp = "group4" if all(i.mode == "1" for i in ims) else "tiff_lzw"
        first.save(path, "TIFF", save_all=True, append_images=ims[1:], compression=comp, dpi=(dpi, dpi))
    elif fmt == "pdf":
        conv = [i.convert("RGB") if i.mode not in ("L", "RGB") else i for i in ims]
        # JPEG-encode each page like a scanner app does
        jp = []
        for i in conv:
            b = io.BytesIO()
            i.save(b, "JPEG", quality=quality)
            jp.append(Image.open(io.BytesIO(b.getvalue())))
        kw = {"creationDate": when.timetuple(), "modDate": when.timetuple(), "producer": "Scanner"} if when else {}
        jp[0].save(path, "PDF", save_all=True, append_images=jp[1:], resolution=float(dpi), **kw)
    else:
        raise ValueError(fmt)
