"""Captures: scans, photocopies, bilevel, low-res copies, phone photos, chat recompression."""
import io

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageOps

from . import draw as D


def _np(im):
    return np.asarray(im.convert("RGB")).astype(np.float32)


def _pil(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def skew(im, deg, fill=(255, 255, 255)):
    return im.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def scan(im, rng, grey=False, scale=None):
    scale = scale or rng.choice([0.75, 1.0, 1.0, 1.5 if max(im.size) < 2500 else 1.0])
    if scale != 1.0:
        im = im.resize((int(im.size[0] * scale), int(im.size[1] * scale)), Image.LANCZOS)
    im = skew(im, rng.uniform(-1.0, 1.0))
    a = _np(im)
    a = a * rng.uniform(.93, .99) + rng.uniform(4, 12)
    a += 3 * np.random.default_rng(rng.randint(0, 10 ** 6)).standard_normal(a.shape[:2], dtype=np.float32)[..., None]
    out = _pil(a)
    if grey:
        out = out.convert("L").convert("RGB")
    return out.filter(ImageFilter.GaussianBlur(.4))


def photocopy(im, rng, fold=True):
    g = ImageOps.grayscale(im)
    a = np.asarray(g).astype(np.float32)
    a = (a - 128) * 1.35 + 140
    a = np.where(a > 200, 238, a)
    r = np.random.default_rng(rng.randint(0, 10 ** 6))
    sp = r.random(a.shape) < 0.0015
    a[sp] = r.uniform(20, 90, sp.sum())
    h, w = a.shape
    if fold:
        if w > h:
            x = int(w / 2 + rng.uniform(-30, 30))
            band = np.exp(-((np.arange(w) - x) / (w * .02)) ** 2) * 90
            a -= band[None, :]
        else:
            y = int(h / 2 + rng.uniform(-30, 30))
            band = np.exp(-((np.arange(h) - y) / (h * .015)) ** 2) * 70
            a -= band[:, None]
    edge = np.minimum.outer(np.minimum(np.arange(h), np.arange(h)[::-1]), np.minimum(np.arange(w), np.arange(w)[::-1]))
    a -= np.clip(40 - edge, 0, 40) * 2
    out = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(.6))
    out = skew(out.convert("RGB"), rng.uniform(-1.2, 1.2), fill=(225, 225, 225))
    return out


def bilevel(im, rng):
    # office scanners in B/W mode drop most of a red seal: keep it as a faint outline only
    a = np.asarray(im.convert("RGB")).astype(np.int16)
    red = (a[..., 0] - np.maximum(a[..., 1], a[..., 2])) > 35
    g = np.asarray(ImageOps.grayscale(im)).copy()
    red &= g > 100  # seal ink on paper, not the black text under it
    g[red] = np.maximum(g[red], 215)
    g = Image.fromarray(g).filter(ImageFilter.GaussianBlur(.3))
    thr = rng.randint(150, 175)
    return g.point(lambda v: 255 if v > thr else 0).convert("1")


def lowres(im, rng):
    s = 100 / 200
    im = im.resize((int(im.size[0] * s), int(im.size[1] * s)), Image.BILINEAR)
    return jpeg_cycle(im.convert("L").convert("RGB") if rng.random() < .5 else im, rng.randint(55, 75))


def jpeg_cycle(im, q):
    b = io.BytesIO()
    im.convert("RGB").save(b, "JPEG", quality=q)
    return Image.open(io.BytesIO(b.getvalue())).convert("RGB")


def _background(W, H, rng):
    r = np.random.default_rng(rng.randint(0, 10 ** 6))
    kind = rng.choice(["wood", "cloth", "desk", "dark"])
    base = {"wood": (150, 105, 70), "cloth": (70, 90, 120), "desk": (205, 200, 192), "dark": (55, 55, 60)}[kind]
    a = np.ones((H // 4, W // 4, 3), np.float32) * np.array(base, np.float32)
    if kind == "wood":
        ys = np.arange(H // 4)[:, None]
        a *= (1 + .08 * np.sin(ys / rng.uniform(3, 9) + r.normal(0, .4, (1, W // 4))))[..., None]
    a += r.normal(0, 6, a.shape)
    a = cv2.resize(a, (W, H), interpolation=cv2.INTER_LINEAR)
    return a


def photo(im, rng, card=False, size=None, fill=None):
    """Phone photo: the page on a desk, keystone, uneven light, shadow, blur."""
    pw, ph = im.size
    land = pw > ph
    if size is None:
        size = rng.choice([(4032, 3024), (4000, 3000), (3264, 2448), (4624, 3472)])
    W, H = size if land else (size[1], size[0])
    bg = _background(W, H, rng).astype(np.float32)
    fill = fill or (rng.uniform(.35, .55) if card else rng.uniform(.7, .9))
    s = min(W * fill / pw, H * fill / ph)
    tw, th = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-.05, .05) * W, H / 2 + rng.uniform(-.05, .05) * H
    k = .045
    dst = np.float32([[cx - tw / 2, cy - th / 2], [cx + tw / 2, cy - th / 2], [cx + tw / 2, cy + th / 2], [cx - tw / 2, cy + th / 2]])
    dst += np.float32([[rng.uniform(-k, k) * tw, rng.uniform(-k, k) * th] for _ in range(4)])
    # keystone: top narrower
    t = rng.uniform(0, .06) * tw
    dst[0, 0] += t
    dst[1, 0] -= t
    src = np.float32([[0, 0], [pw, 0], [pw, ph], [0, ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(np.asarray(im.convert("RGB")), M, (W, H), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(np.ones((ph, pw), np.float32), M, (W, H), flags=cv2.INTER_LINEAR)
    # soft drop shadow under the page
    sh = cv2.resize(cv2.GaussianBlur(cv2.resize(mask, (W // 4, H // 4)), (0, 0), 5), (W, H))
    bg *= (1 - .35 * sh)[..., None]
    out = bg * (1 - mask[..., None]) + page.astype(np.float32) * mask[..., None]
    # light gradient
    gx = np.linspace(rng.uniform(.75, 1.0), rng.uniform(.9, 1.08), W)[None, :]
    gy = np.linspace(rng.uniform(.8, 1.05), rng.uniform(.85, 1.05), H)[:, None]
    out *= (gx * gy)[..., None]
    # phone shadow: a soft dark blob from one edge
    if rng.random() < .6:
        m = np.zeros((H // 8, W // 8), np.float32)
        x0 = rng.randint(0, W // 8)
        cv2.ellipse(m, (x0, H // 8), (W // 20, H // 14), 0, 0, 360, 1, -1)
        m = cv2.resize(cv2.GaussianBlur(m, (0, 0), 12), (W, H))
        out *= (1 - .3 * m)[..., None]
    if card and rng.random() < .8:  # laminate glare
        m = np.zeros((H // 8, W // 8), np.float32)
        c = (int(cx / 8 + rng.uniform(-tw / 40, tw / 40)), int(cy / 8 + rng.uniform(-th / 40, th / 40)))
        cv2.ellipse(m, c, (int(tw / 50), int(th / 70)), rng.uniform(0, 180), 0, 360, 1, -1)
        m = cv2.resize(cv2.GaussianBlur(m, (0, 0), 5), (W, H))
        out = out * (1 - .35 * m[..., None]) + 255 * .35 * m[..., None]
    out = cv2.GaussianBlur(out, (0, 0), rng.uniform(.6, 1.3))
    out += 4 * np.random.default_rng(rng.randint(0, 10 ** 6)).standard_normal(out.shape[:2], dtype=np.float32)[..., None]
    return _pil(out)


def chat(im, rng, card=False):
    ph = photo(im, rng, card=card, size=(2400, 1800), fill=rng.uniform(.82, .92) if not card else .6)
    L = rng.randint(1280, 1600)
    s = L / max(ph.size)
    ph = ph.resize((int(ph.size[0] * s), int(ph.size[1] * s)), Image.LANCZOS)
    return jpeg_cycle(ph, rng.randint(55, 72))


def dark(im, rng):
    """An unusable photo: almost black, blurred."""
    ph = photo(im, rng)
    a = _np(ph) * .06
    return _pil(cv2.GaussianBlur(a, (0, 0), 6))


def two_up(a, b, gap=60, vertical=False, bg=(255, 255, 255), a4=True):
    """Two items on one A4 (copy of card faces, or two documents on one sheet)."""
    from .draw import A4
    W, H = A4
    page = Image.new("RGB", (W, H), bg)
    items = [a, b]
    if vertical:
        for i, it in enumerate(items):
            s = min((W * .7) / it.size[0], (H * .42) / it.size[1])
            r = it.resize((int(it.size[0] * s), int(it.size[1] * s)), Image.LANCZOS)
            page.paste(r, ((W - r.size[0]) // 2, int(H * (.08 + .47 * i))))
    else:
        for i, it in enumerate(items):
            s = min((W * .46) / it.size[0], (H * .4) / it.size[1])
            r = it.resize((int(it.size[0] * s), int(it.size[1] * s)), Image.LANCZOS)
            page.paste(r, (int(W * (.03 + .5 * i)), int(H * .2)))
    return page


def card_on_a4(items, positions=None):
    """Cards laid on an A4 sheet for a copy: each card at 1:1 A4 scale (85.6 mm = 674 px at 200dpi)."""
    from .draw import A4
    W, H = A4
    page = Image.new("RGB", (W, H), (255, 255, 255))
    n = len(items)
    for i, it in enumerate(items):
        s = 720 / it.size[0]
        r = it.resize((int(it.size[0] * s), int(it.size[1] * s)), Image.LANCZOS)
        if positions:
            x, y = positions[i]
        else:
            x, y = (W - r.size[0]) // 2, int(180 + i * (H - 360) / n)
        page.paste(r, (int(x), int(y)))
        ImageDraw.Draw(page).rectangle([x, y, x + r.size[0], y + r.size[1]], outline=(120, 120, 120), width=2)
    return page
