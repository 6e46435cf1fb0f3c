"""How a flat page becomes what the applicant hands in: scans, copies,
bilevel office scans, low-resolution copies, phone photos (keystone, curl
shading, phone shadow, fingers, glare), double-page spreads."""
import math
import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter


def _nr(rng):
    return np.random.default_rng(rng.getrandbits(32))


def _arr(img):
    return np.asarray(img.convert("RGB")).astype(np.float32)


def _img(a):
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def resize_dpi(img, src_dpi, dst_dpi):
    if abs(src_dpi - dst_dpi) < 1:
        return img
    f = dst_dpi / src_dpi
    return img.resize((max(1, int(img.width * f)), max(1, int(img.height * f))), Image.LANCZOS)


def clean(img, rng):
    return img


def scan(img, rng, gray=False):
    nr = _nr(rng)
    a = _arr(img)
    tint = np.array([rng.uniform(243, 252), rng.uniform(241, 250), rng.uniform(236, 247)], np.float32)
    a = a * (tint / 255.0)
    a += nr.normal(0, 2.5, a.shape[:2])[..., None]
    out = _img(a)
    ang = rng.uniform(-1.3, 1.3)
    out = out.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=tuple(int(t) for t in tint))
    if rng.random() < 0.5:                                   # lid shadow on one edge
        d = ImageDraw.Draw(out)
        w = int(out.width * rng.uniform(0.004, 0.012))
        if rng.random() < 0.5:
            d.rectangle([0, 0, w, out.height], fill=(70, 70, 70))
        else:
            d.rectangle([0, out.height - w, out.width, out.height], fill=(70, 70, 70))
    out = out.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 0.7)))
    return out.convert("L").convert("RGB") if gray else out


def photocopy(img, rng, fold=True):
    nr = _nr(rng)
    g = _arr(img.convert("L").convert("RGB"))[..., 0]
    g = np.clip((g - rng.uniform(15, 35)) * rng.uniform(1.1, 1.3), 0, 255)
    g = 255 - (255 - g) * rng.uniform(0.75, 0.95)           # grey toner
    H, W = g.shape
    if fold:                                                  # dark band at the fold
        horiz = rng.random() < 0.5
        n = H if horiz else W
        pos = rng.uniform(0.45, 0.55) * n
        width = rng.uniform(0.006, 0.02) * n
        prof = np.exp(-((np.arange(n) - pos) / width) ** 2) * rng.uniform(35, 80)
        g = g - (prof[:, None] if horiz else prof[None, :])
    edge = np.minimum.outer(np.minimum(np.arange(H), np.arange(H)[::-1]),
                            np.minimum(np.arange(W), np.arange(W)[::-1])).astype(np.float32)
    g = g - np.exp(-edge / (0.015 * min(H, W))) * rng.uniform(30, 70)
    specks = nr.random((H, W)) < rng.uniform(0.0003, 0.0012)
    g[specks] = rng.uniform(40, 110)
    g += nr.normal(0, 4, g.shape)
    out = _img(np.repeat(g[..., None], 3, axis=2))
    return out.filter(ImageFilter.GaussianBlur(rng.uniform(0.4, 0.8)))


def bilevel(img, rng):
    g = img.convert("L").filter(ImageFilter.GaussianBlur(0.5))
    th = rng.randint(150, 175)
    return g.point(lambda v: 255 if v > th else 0).convert("1")


def lowres(img, rng, src_dpi):
    dpi = rng.uniform(90, 110)
    small = resize_dpi(img, src_dpi, dpi)
    return small.filter(ImageFilter.GaussianBlur(0.4)), dpi


def smear(img, box, rng):
    """A toner smear / dirty-glass streak hiding the box (fractions of the page)."""
    out = img.copy()
    W, H = out.size
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(out)
    pts_top, pts_bot = [], []
    xs = np.linspace((x0 - 0.05) * W, (x1 + 0.05) * W, 14)
    for x in xs:
        pts_top.append((x, (y0 - 0.006) * H + rng.uniform(-4, 4)))
        pts_bot.append((x, (y1 + 0.006) * H + rng.uniform(-4, 4)))
    d.polygon(pts_top + pts_bot[::-1], fill=(18, 18, 18))
    return out


# ------------------------------------------------------------------ photos
def background(W, H, rng):
    """Desk / cloth / wood texture, drawn at half size and enlarged."""
    w2, h2 = W // 2, H // 2
    a = _background(w2, h2, rng)
    return cv2.resize(a, (W, H), interpolation=cv2.INTER_LINEAR)


def _lowres_field(W, H, fn, f=8):
    """A smooth field computed on a coarse grid and enlarged."""
    w, h = max(2, W // f), max(2, H // f)
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    return cv2.resize(fn(xx / w, yy / h).astype(np.float32), (W, H), interpolation=cv2.INTER_LINEAR)


def _blur_small(mask, sigma, f=4):
    H, W = mask.shape
    sm = cv2.resize(mask, (max(2, W // f), max(2, H // f)), interpolation=cv2.INTER_AREA)
    sm = cv2.GaussianBlur(sm, (0, 0), max(0.5, sigma / f))
    return cv2.resize(sm, (W, H), interpolation=cv2.INTER_LINEAR)


def _background(W, H, rng):
    nr = _nr(rng)
    kind = rng.choice(["wood", "desk", "cloth", "dark"])
    if kind == "wood":
        base = np.array([rng.uniform(120, 165), rng.uniform(80, 110), rng.uniform(45, 70)])
        y = np.arange(H)[:, None]
        x = np.arange(W)[None, :]
        stripes = np.sin(y / rng.uniform(9, 20) + np.sin(x / rng.uniform(150, 300)) * 3) * 12
        a = base[None, None, :] + stripes[..., None] + nr.normal(0, 5, (H, W, 1))
    elif kind == "desk":
        base = np.array([rng.uniform(200, 230)] * 3) - np.array([0, 2, 6])
        a = np.broadcast_to(base, (H, W, 3)) + nr.normal(0, 3, (H, W, 1))
    elif kind == "cloth":
        base = np.array([rng.uniform(40, 120), rng.uniform(60, 120), rng.uniform(90, 160)])
        y = np.arange(H)[:, None]
        x = np.arange(W)[None, :]
        weave = (np.sin(x / 2.1) * np.sin(y / 2.3)) * 8
        a = base[None, None, :] + weave[..., None] + nr.normal(0, 6, (H, W, 1))
    else:
        base = np.array([rng.uniform(35, 60)] * 3)
        a = np.broadcast_to(base, (H, W, 3)) + nr.normal(0, 4, (H, W, 1))
    return np.ascontiguousarray(a, dtype=np.float32)


class _MaskDraw:
    """ImageDraw on a mask that ignores the colour (fingers are shaded later)."""

    def __init__(self, mask):
        self.d = ImageDraw.Draw(mask)

    def polygon(self, pts, fill=None):
        self.d.polygon(pts, fill=255)

    def ellipse(self, box, fill=None):
        self.d.ellipse(box, fill=255)


def _finger(draw, x, y, ang, length, width, skin):
    """A finger: a rounded capsule from (x,y) (its tip) along angle ang."""
    dx, dy = math.cos(ang), math.sin(ang)
    px, py = -dy, dx
    tip_c = (x + dx * width / 2, y + dy * width / 2)
    end = (x + dx * length, y + dy * length)
    poly = [(tip_c[0] + px * width / 2, tip_c[1] + py * width / 2),
            (end[0] + px * width * 0.55, end[1] + py * width * 0.55),
            (end[0] - px * width * 0.55, end[1] - py * width * 0.55),
            (tip_c[0] - px * width / 2, tip_c[1] - py * width / 2)]
    draw.polygon(poly, fill=skin + (255,))
    draw.ellipse([tip_c[0] - width / 2, tip_c[1] - width / 2, tip_c[0] + width / 2, tip_c[1] + width / 2],
                 fill=skin + (255,))
    nail = (x + dx * width * 0.55, y + dy * width * 0.55)
    draw.ellipse([nail[0] - width * 0.28, nail[1] - width * 0.28, nail[0] + width * 0.28, nail[1] + width * 0.28],
                 fill=tuple(min(255, c + 25) for c in skin) + (255,))


def photo(img, rng, fill=None, fingers=True, curl=None, cover_box=None, glare=False,
          card=False, out_long=None, shadow=None):
    """Phone photo of a flat page/card.  cover_box (fractions of the page)
    gets a thumb laid over it (a deliberately hidden value)."""
    nr = _nr(rng)
    pw, ph = img.size
    pad = int(max(pw, ph) * 0.12)
    canvas = Image.new("RGBA", (pw + 2 * pad, ph + 2 * pad), (0, 0, 0, 0))
    page = img.convert("RGBA")
    if card:                                                    # rounded card corners
        m = Image.new("L", img.size, 0)
        ImageDraw.Draw(m).rounded_rectangle([0, 0, pw - 1, ph - 1], radius=int(pw * 0.045), fill=255)
        page.putalpha(m)
    canvas.paste(page, (pad, pad), page)
    flayer = Image.new("L", canvas.size, 0)
    cd = _MaskDraw(flayer)
    skin = (rng.randint(205, 235), rng.randint(160, 190), rng.randint(130, 160))
    if fingers and not card and rng.random() < 0.75:
        side = rng.choice(["left", "right", "bottom"])
        fw = pw * rng.uniform(0.055, 0.07)
        for k in range(rng.choice([1, 1, 2])):
            if side == "left":
                tx, ty, ang = pad + pw * rng.uniform(0.02, 0.05), pad + ph * rng.uniform(0.55, 0.85) + k * fw * 1.1, math.pi
            elif side == "right":
                tx, ty, ang = pad + pw * rng.uniform(0.95, 0.98), pad + ph * rng.uniform(0.55, 0.85) + k * fw * 1.1, 0.0
            else:
                tx, ty, ang = pad + pw * rng.uniform(0.2, 0.8) + k * fw * 1.1, pad + ph * rng.uniform(0.965, 0.985), math.pi / 2
            _finger(cd, tx, ty, ang + rng.uniform(-0.2, 0.2), pad * 1.6, fw, skin)
    if card and fingers and rng.random() < 0.5:
        fw = ph * 0.16
        _finger(cd, pad + pw * rng.uniform(0.0, 0.03), pad + ph * rng.uniform(0.75, 0.9), math.pi + 0.3, pad * 1.5, fw, skin)
    if cover_box:                       # a sticky note stuck over the value
        x0, y0, x1, y1 = cover_box
        nx0, ny0 = pad + pw * (x0 - 0.015), pad + ph * (y0 - 0.012)
        nx1, ny1 = pad + pw * (x1 + 0.015), pad + ph * (y1 + 0.012)
        note = Image.new("RGBA", (int(nx1 - nx0), int(ny1 - ny0)), (255, 233, 110, 255))
        nd = ImageDraw.Draw(note)
        from . import fonts as _F
        px = note.height * 0.45
        xx = note.width * 0.08
        for n_, t in _F.runs(rng.choice(["请核对原件", "已复印 交HR", "待补盖章页", "此页已核"]), "ukai"):
            f = _F.pil(n_, px)
            nd.text((xx, note.height * 0.7), t, font=f, fill=(200, 30, 30, 255), anchor="ls")
            xx += f.getlength(t)
        note = note.rotate(rng.uniform(-2.5, 2.5), resample=Image.BICUBIC, expand=True)
        sh_ = Image.new("RGBA", note.size, (0, 0, 0, 0))
        sh_.putalpha(note.getchannel("A").point(lambda v: int(v * 0.35)).filter(ImageFilter.GaussianBlur(6)))
        canvas.alpha_composite(sh_, (int(nx0) + 6, int(ny0) + 8))
        canvas.alpha_composite(note, (int(nx0), int(ny0)))
    if flayer.getbbox():                                       # shaded, soft-edged fingers
        soft = flayer.filter(ImageFilter.GaussianBlur(max(2, pw * 0.012)))
        sk = np.asarray(soft).astype(np.float32)[..., None] / 255.0 * 0.3 + 0.72
        skin_img = Image.fromarray(np.clip(sk * np.array(skin, np.float32), 0, 255).astype(np.uint8))
        fmask = flayer.filter(ImageFilter.GaussianBlur(1.2))
        rgb_ = Image.composite(skin_img, canvas.convert("RGB"), fmask)
        a_ = Image.fromarray(np.maximum(np.asarray(canvas.getchannel("A")), np.asarray(fmask)))
        canvas = rgb_.convert("RGBA")
        canvas.putalpha(a_)
    rgba = np.asarray(canvas)
    H0, W0 = rgba.shape[:2]
    if curl:                                           # bound / stapled page: shading and bulge
        xs = ((np.arange(W0) - pad) / pw).astype(np.float32)
        ys = ((np.arange(H0) - pad) / ph).astype(np.float32)
        if curl == "left":
            shade = (1 - 0.35 * np.exp(-np.clip(xs, 0, None) / 0.06))[None, :].repeat(H0, 0)
            bulge = np.sin(np.clip(xs, 0, 1) * math.pi)[None, :].repeat(H0, 0)
        else:
            dd = np.sqrt(np.clip(xs, 0, None)[None, :] ** 2 + np.clip(ys, 0, None)[:, None] ** 2)
            shade = 1 - 0.25 * np.exp(-dd / 0.12)
            bulge = np.exp(-dd / 0.25)
        rgb = (rgba[..., :3].astype(np.float32) * shade[..., None].astype(np.float32)).astype(np.uint8)
        rgba = np.dstack([rgb, rgba[..., 3]])
        mapx = np.tile(np.arange(W0, dtype=np.float32), (H0, 1))
        mapy = (np.arange(H0, dtype=np.float32)[:, None] + bulge.astype(np.float32) * ph * rng.uniform(0.006, 0.014))
        rgba = cv2.remap(np.ascontiguousarray(rgba), mapx, mapy.astype(np.float32), cv2.INTER_LINEAR, borderValue=0)
    # perspective placement
    portrait = ph >= pw
    long_side = out_long or rng.choice([2400, 2600, 3000])
    W, H = (int(long_side * 0.75), long_side) if portrait else (long_side, int(long_side * 0.75))
    fill = fill or (rng.uniform(0.45, 0.65) if card else rng.uniform(0.74, 0.88))
    s = min(W / pw, H / ph) * fill
    cw, ch = pw * s, ph * s
    cx, cy = W / 2 + rng.uniform(-0.04, 0.04) * W, H / 2 + rng.uniform(-0.03, 0.03) * H
    k = rng.uniform(0.02, 0.07)                                 # keystone: far edge narrower
    j = lambda: rng.uniform(-0.015, 0.015) * cw
    dst = np.float32([[cx - cw / 2 * (1 - k) + j(), cy - ch / 2 + j()],
                      [cx + cw / 2 * (1 - k) + j(), cy - ch / 2 + j()],
                      [cx + cw / 2 + j(), cy + ch / 2 + j()],
                      [cx - cw / 2 + j(), cy + ch / 2 + j()]])
    src = np.float32([[pad, pad], [pad + pw, pad], [pad + pw, pad + ph], [pad, pad + ph]])
    M = cv2.getPerspectiveTransform(src, dst)
    warped = cv2.warpPerspective(np.ascontiguousarray(rgba), M, (W, H), flags=cv2.INTER_AREA, borderValue=0)
    walpha = warped[..., 3].astype(np.float32) / 255.0
    bg = background(W, H, rng)
    sh = _blur_small(walpha, W * 0.01)                          # paper's own shadow
    sh = np.roll(sh, (int(W * 0.006), int(W * 0.008)), axis=(0, 1))
    bg = bg * (1 - 0.35 * sh)[..., None]
    a3 = cv2.merge([walpha, walpha, walpha])
    out = cv2.blendLinear(warped[..., :3].astype(np.float32), bg, walpha, 1 - walpha)
    ang = rng.uniform(0, 2 * math.pi)
    ca, sa = math.cos(ang), math.sin(ang)
    l0, l1 = rng.uniform(0.85, 1.02), rng.uniform(0.1, 0.25)
    light = _lowres_field(W, H, lambda x, y: (l0 + ((x - 0.5) * ca + (y - 0.5) * sa) * l1)
                          * (1 - 0.25 * (((x - 0.5) ** 2 + (y - 0.5) ** 2) / 0.5)))
    if shadow is None:
        shadow = rng.random() < 0.55
    if shadow:                                                  # the phone's shadow
        m = Image.new("L", (W // 4, H // 4), 0)
        sx, sy = rng.uniform(0.0, 0.5) * W / 4, rng.choice([-0.2, 0.75]) * H / 4
        ImageDraw.Draw(m).rounded_rectangle([sx, sy, sx + W / 4 * rng.uniform(0.45, 0.7), sy + H / 4 * 0.45],
                                            radius=W / 4 * 0.08, fill=255)
        m = m.filter(ImageFilter.GaussianBlur(W / 4 * 0.03))
        m = cv2.resize(np.asarray(m).astype(np.float32) / 255.0, (W, H), interpolation=cv2.INTER_LINEAR)
        light = light * (1 - rng.uniform(0.25, 0.4) * m)
    if glare:
        m = Image.new("L", (W // 4, H // 4), 0)
        gx, gy = (cx + rng.uniform(-0.25, 0.25) * cw) / 4, (cy + rng.uniform(-0.3, 0.3) * ch) / 4
        ImageDraw.Draw(m).ellipse([gx - cw * 0.03, gy - ch * 0.015, gx + cw * 0.03, gy + ch * 0.015], fill=255)
        m = m.filter(ImageFilter.GaussianBlur(cw / 4 * 0.04))
        m = cv2.resize(np.asarray(m).astype(np.float32) / 255.0, (W, H), interpolation=cv2.INTER_LINEAR)
        g = 0.55 * m * walpha
        out = out * (1 - g)[..., None] + 255 * g[..., None]
    cast = [rng.uniform(0.96, 1.04), 1.0, rng.uniform(0.93, 1.03)]
    out = out * cv2.merge([light * cast[0], light * cast[1], light * cast[2]])
    tile = nr.normal(0, rng.uniform(2, 5), (256, 256)).astype(np.float32)
    oy, ox = rng.randrange(256), rng.randrange(256)
    noise = np.tile(tile, (H // 256 + 2, W // 256 + 2))[oy:oy + H, ox:ox + W]
    out = out + noise[..., None]
    res = np.clip(out, 0, 255).astype(np.uint8)
    sig = rng.uniform(0.5, 1.0)
    res = cv2.GaussianBlur(res, (0, 0), sig)
    return Image.fromarray(res)


def chat_recompress(img, rng):
    """What a chat app sends on: long side ~1280-1600 px."""
    L = rng.choice([1280, 1440, 1600])
    f = L / max(img.size)
    if f < 1:
        img = img.resize((int(img.width * f), int(img.height * f)), Image.LANCZOS)
    return img


def spread(left, right, rng):
    """Two facing pages of a bound document as one flat image (gutter shade)."""
    W = left.width + right.width
    H = max(left.height, right.height)
    out = Image.new("RGB", (W, H), (250, 250, 248))
    out.paste(left, (0, 0))
    out.paste(right, (left.width, 0))
    a = _arr(out)
    x = np.arange(W, dtype=np.float32)
    g = 1 - 0.45 * np.exp(-((x - left.width) / (W * 0.018)) ** 2)
    return _img(a * g[None, :, None])


def card_on_a4(faces, rng, dpi, layout="stack"):
    """Cards (already rendered at dpi) copied onto one A4 sheet."""
    from .draw import Sheet
    sh = Sheet(210, 297, dpi)
    n = len(faces)
    if layout == "side" and n == 2:
        pos = [(18, 40), (110, 40)]
        scale = 82.0 / (faces[0].width * 25.4 / dpi)
    else:
        pos = [(55, 35 + k * 70) for k in range(n)]
        scale = 1.15
    for (x, y), f in zip(pos, faces):
        f2 = f.resize((int(f.width * scale), int(f.height * scale)), Image.LANCZOS)
        m = Image.new("L", f2.size, 0)
        ImageDraw.Draw(m).rounded_rectangle([0, 0, f2.width - 1, f2.height - 1], radius=int(f2.width * 0.045), fill=255)
        ox, oy = sh.px(x), sh.px(y)
        sh.d.rounded_rectangle([ox - 3, oy - 3, ox + f2.width + 2, oy + f2.height + 2], radius=int(f2.width * 0.05),
                               fill=(150, 150, 150))
        sh.img.paste(f2, (ox, oy), m)
    return sh.img
