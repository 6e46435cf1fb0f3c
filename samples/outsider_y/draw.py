"""PIL drawing primitives: text, handwriting, seals, guilloche, photos, QR-like blocks."""
from __future__ import annotations

import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from .common import font

INK_BLACK = (25, 25, 30)
INK_BLUE = (30, 45, 120)
INK_BLUEBLACK = (28, 32, 70)
SEAL_RED = (214, 40, 40)


def new_page(w, h, color=(255, 255, 255)):
    return Image.new("RGB", (int(w), int(h)), color)


def text(dr, xy, s, face, size, fill=INK_BLACK, anchor="la", spacing=0):
    f = font(face, size)
    if spacing:
        x, y = xy
        for ch in s:
            dr.text((x, y), ch, font=f, fill=fill, anchor=anchor)
            x += f.getlength(ch) + spacing
        return x
    dr.text(xy, s, font=f, fill=fill, anchor=anchor)
    return xy[0] + f.getlength(s)


def text_w(s, face, size, spacing=0):
    f = font(face, size)
    return f.getlength(s) + spacing * max(0, len(s) - 1) + (spacing if spacing else 0) * 0


def fit_size(s, face, size, maxw, minsize=10):
    while size > minsize and font(face, size).getlength(s) > maxw:
        size -= 1
    return size


NO_START = "，。、；：）)」！？"


def wrap(s, face, size, maxw):
    f = font(face, size)
    lines, cur = [], ""
    for ch in s:
        if f.getlength(cur + ch) > maxw and cur and ch not in NO_START:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def hand_text(img, xy, s, face, size, r: random.Random, color=INK_BLUE, jitter=0.08,
              rot=4.0, track=0.0, anchor_mid=False):
    """Handwriting-like text: per-character size/offset/rotation jitter."""
    x, y = xy
    f0 = font(face, size)
    if anchor_mid:
        y -= size * 0.55
    base_angle = r.uniform(-1.5, 1.5)
    for ch in s:
        if ch == " ":
            x += size * 0.4
            continue
        sz = max(8, int(size * r.uniform(1 - jitter, 1 + jitter)))
        f = font(face, sz)
        wch = int(f.getlength(ch)) + 8
        tile = Image.new("L", (wch + 8, sz + 16), 0)
        ImageDraw.Draw(tile).text((4, 4), ch, font=f, fill=255)
        ang = base_angle + r.uniform(-rot, rot)
        tile = tile.rotate(ang, resample=Image.BICUBIC, expand=True)
        dy = r.uniform(-size * 0.06, size * 0.06) + (size - sz) * 0.5
        colimg = Image.new("RGB", tile.size, tuple(max(0, min(255, c + r.randint(-12, 12))) for c in color))
        img.paste(colimg, (int(x), int(y + dy)), tile)
        x += f0.getlength(ch) * r.uniform(0.9, 1.08) + track
        base_angle += r.uniform(-0.3, 0.3)
    return x


def hand_width(s, face, size, track=0.0):
    f = font(face, size)
    return sum(f.getlength(ch) for ch in s) + track * len(s)


def seal(diam, ring, center="", color=SEAL_RED, face="sans_b", r: random.Random | None = None,
         star=True, ring_size=None, oval=False, inner_ring=False):
    """Red round seal as an RGBA image: ring text, a star, optional centre line."""
    r = r or random.Random(0)
    D = int(diam)
    W = int(D * (1.35 if oval else 1.0))
    m = Image.new("L", (W + 8, D + 8), 0)
    dr = ImageDraw.Draw(m)
    lw = max(3, D // 32)
    dr.ellipse([4, 4, W + 3, D + 3], outline=255, width=lw)
    if inner_ring:
        dr.ellipse([4 + lw * 3, 4 + lw * 3, W + 3 - lw * 3, D + 3 - lw * 3], outline=255, width=max(1, lw // 2))
    cx, cy = (W + 8) / 2, (D + 8) / 2
    n = len(ring)
    rs = ring_size or max(10, int(D * (0.15 if n < 12 else 0.125 if n < 17 else 0.105)))
    f = font(face, rs)
    span = min(250.0, 16.0 * n + 40)
    rad = D / 2 - lw * 2 - rs * 0.62
    for i, ch in enumerate(ring):
        a = -span / 2 + span * (i + 0.5) / n  # degrees from top, clockwise
        t = Image.new("L", (rs + 6, rs + 10), 0)
        ImageDraw.Draw(t).text(((rs + 6) / 2, (rs + 10) / 2), ch, font=f, fill=255, anchor="mm")
        t = t.rotate(-a, resample=Image.BICUBIC, expand=True)
        px = cx + (rad * (W / D if oval else 1)) * math.sin(math.radians(a))
        py = cy - rad * math.cos(math.radians(a))
        m.paste(255, (int(px - t.width / 2), int(py - t.height / 2)), t)
    if star:
        sr = D * 0.14
        pts = []
        for k in range(10):
            ang = math.radians(-90 + k * 36)
            rr = sr if k % 2 == 0 else sr * 0.4
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang) - (D * 0.02 if center else 0)))
        dr.polygon(pts, fill=255)
    if center:
        cs = max(10, int(D * 0.1))
        fc = font(face, cs)
        dr.text((cx, cy + D * 0.25), center, font=fc, fill=255, anchor="mm")
    # uneven ink
    arr = np.asarray(m).astype(np.float32)
    nr = np.random.default_rng(r.randrange(1 << 30))
    noise = Image.fromarray(np.clip(nr.normal(128, 60, (m.height, m.width)), 0, 255).astype(np.uint8))
    noise = np.asarray(noise.filter(ImageFilter.GaussianBlur(2))).astype(np.float32)
    arr = arr * np.clip(0.55 + (noise - 128) / 180 + r.uniform(0.1, 0.35), 0.2, 1.0)
    alpha = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6))
    out = Image.new("RGBA", m.size, color + (0,))
    out.putalpha(alpha.point(lambda v: int(v * 0.85)))
    return out.rotate(r.uniform(-25, 25), resample=Image.BICUBIC, expand=True)


def paste_seal(img, sealimg, cx, cy):
    img.paste(sealimg.convert("RGB"), (int(cx - sealimg.width / 2), int(cy - sealimg.height / 2)), sealimg)


def multiply_seal(img, sealimg, cx, cy):
    """Seal ink over print: multiply so text below stays visible."""
    x0, y0 = int(cx - sealimg.width / 2), int(cy - sealimg.height / 2)
    base = np.asarray(img).astype(np.float32)
    H, W = base.shape[:2]
    s = np.asarray(sealimg).astype(np.float32)
    sx0, sy0 = max(0, -x0), max(0, -y0)
    x1, y1 = min(W, x0 + sealimg.width), min(H, y0 + sealimg.height)
    if x1 <= max(0, x0) or y1 <= max(0, y0):
        return img
    reg = base[max(0, y0):y1, max(0, x0):x1]
    ss = s[sy0:sy0 + reg.shape[0], sx0:sx0 + reg.shape[1]]
    a = ss[..., 3:4] / 255.0
    col = ss[..., :3] / 255.0
    reg[:] = reg * (1 - a) + reg * col * a
    return Image.fromarray(base.clip(0, 255).astype(np.uint8))


def guilloche(w, h, nr: np.random.Generator, base=(236, 240, 236), line=(200, 215, 205), n=26):
    img = Image.new("RGB", (w, h), base)
    dr = ImageDraw.Draw(img)
    ph = nr.uniform(0, 6.28)
    for k in range(n):
        amp = h * (0.04 + 0.02 * math.sin(k))
        yk = h * k / n
        pts = [(x, yk + amp * math.sin(x / w * 6.28 * 3 + ph + k * 0.5) + amp * 0.5 * math.sin(x / w * 6.28 * 7 + k))
               for x in range(0, w + 8, 8)]
        dr.line(pts, fill=line, width=1)
    for k in range(n // 2):
        cx, cy = nr.uniform(0, w), nr.uniform(0, h)
        rr = nr.uniform(h * 0.2, h * 0.6)
        dr.ellipse([cx - rr, cy - rr, cx + rr, cy + rr], outline=tuple(min(255, c + 12) for c in line))
    return img


def portrait(w, h, r: random.Random, sex="男", bg=(250, 250, 250), gray=False):
    """A schematic head-and-shoulders photo."""
    img = Image.new("RGB", (w, h), bg)
    dr = ImageDraw.Draw(img)
    skin = (r.randint(200, 235), r.randint(165, 195), r.randint(140, 170))
    hair = (r.randint(15, 45),) * 3
    cloth = r.choice([(40, 50, 70), (230, 230, 235), (60, 60, 60), (90, 40, 40), (30, 60, 110)])
    dr.ellipse([w * 0.08, h * 0.62, w * 0.92, h * 1.25], fill=cloth)
    dr.rectangle([w * 0.42, h * 0.5, w * 0.58, h * 0.68], fill=skin)
    dr.ellipse([w * 0.28, h * 0.18, w * 0.72, h * 0.62], fill=skin)
    if sex == "女":
        dr.pieslice([w * 0.22, h * 0.1, w * 0.78, h * 0.75], 180, 360, fill=hair)
        dr.rectangle([w * 0.22, h * 0.4, w * 0.3, h * 0.72], fill=hair)
        dr.rectangle([w * 0.7, h * 0.4, w * 0.78, h * 0.72], fill=hair)
    else:
        dr.pieslice([w * 0.27, h * 0.13, w * 0.73, h * 0.5], 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        dr.ellipse([w * ex - w * 0.025, h * 0.37, w * ex + w * 0.025, h * 0.4], fill=(30, 30, 30))
    dr.line([w * 0.44, h * 0.52, w * 0.56, h * 0.52], fill=(150, 80, 80), width=max(1, w // 60))
    if gray:
        img = img.convert("L").convert("RGB")
    return img


def qr_block(size, r: random.Random, n=25):
    img = Image.new("RGB", (size, size), (255, 255, 255))
    dr = ImageDraw.Draw(img)
    c = size / n
    for i in range(n):
        for j in range(n):
            if r.random() < 0.48:
                dr.rectangle([i * c, j * c, (i + 1) * c, (j + 1) * c], fill=(0, 0, 0))
    for (i, j) in ((0, 0), (n - 7, 0), (0, n - 7)):
        dr.rectangle([i * c, j * c, (i + 7) * c, (j + 7) * c], fill=(255, 255, 255))
        dr.rectangle([i * c, j * c, (i + 7) * c - 1, (j + 7) * c - 1], outline=(0, 0, 0), width=int(c))
        dr.rectangle([(i + 2) * c, (j + 2) * c, (i + 5) * c, (j + 5) * c], fill=(0, 0, 0))
    return img


def emblem(size, r: random.Random):
    """Stylised red national emblem disc with stars (not a reproduction)."""
    img = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    dr = ImageDraw.Draw(img)
    dr.ellipse([0, 0, size - 1, size - 1], fill=(200, 30, 30, 255), outline=(230, 180, 40, 255), width=max(2, size // 20))
    def star(cx, cy, rr):
        pts = []
        for k in range(10):
            a = math.radians(-90 + k * 36)
            q = rr if k % 2 == 0 else rr * 0.4
            pts.append((cx + q * math.cos(a), cy + q * math.sin(a)))
        dr.polygon(pts, fill=(240, 200, 40, 255))
    star(size * 0.5, size * 0.3, size * 0.14)
    for k in range(4):
        a = math.radians(-150 + k * 40)
        star(size * 0.5 + size * 0.3 * math.cos(a) * 0.9, size * 0.45 + size * 0.3 * math.sin(a) * 0.7, size * 0.05)
    dr.rectangle([size * 0.3, size * 0.55, size * 0.7, size * 0.68], fill=(240, 200, 40, 255))
    dr.polygon([(size * 0.25, size * 0.68), (size * 0.75, size * 0.68), (size * 0.7, size * 0.78), (size * 0.3, size * 0.78)],
               fill=(240, 200, 40, 255))
    return img


def watermark(img, r: random.Random, s="仅供居住证积分使用，他用无效"):
    w, h = img.size
    color = r.choice([(200, 60, 60), (60, 60, 200), (120, 120, 120), (40, 40, 40), (60, 140, 60)])
    alpha = r.randint(70, 140)
    size = int(min(w, h) * r.uniform(0.035, 0.06))
    f = font(r.choice(["sans", "kaiti", "ukai", "microhei"]), size)
    tw = int(f.getlength(s)) + 20
    tile = Image.new("L", (tw, size + 20), 0)
    ImageDraw.Draw(tile).text((10, 5), s, font=f, fill=alpha)
    ang = r.choice([0, 15, 25, 30, 35, -20, -30, 45])
    tile = tile.rotate(ang, expand=True, resample=Image.BICUBIC)
    layer = Image.new("L", (w, h), 0)
    n = r.choice([1, 2, 3])
    for k in range(n):
        x = int(w * r.uniform(0.0, 0.45))
        y = int(h * (k + 0.5) / n - tile.height / 2 + r.uniform(-h * 0.05, h * 0.05))
        layer.paste(tile, (x, y), tile)
    out = img.copy()
    out.paste(Image.new("RGB", (w, h), color), (0, 0), layer)
    return out


def signature(img, xy, name, r: random.Random, size=46, color=INK_BLACK):
    face = r.choice(["ukai", "kaiti", "wenkai", "wenkai_b"])
    return hand_text(img, xy, name, face, size, r, color=color, jitter=0.16, rot=10, track=-size * 0.12)
