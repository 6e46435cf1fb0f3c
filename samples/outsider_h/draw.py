"""Drawing helpers: text, wrapping, seals, guilloche, watermarks, QR-like codes."""
import math

from PIL import Image, ImageDraw, ImageFilter

from .common import font

A4 = (1654, 2339)  # 200 dpi


def new_page(size=A4, color=(255, 255, 255)):
    im = Image.new("RGB", size, color)
    return im, ImageDraw.Draw(im)


def tw(f, s):
    return f.getlength(s)


def text(d, xy, s, f, fill=(20, 20, 20), anchor="la", spacing=0):
    if spacing:
        x, y = xy
        if anchor[0] == "r":
            x -= spaced_w(f, s, spacing)
        elif anchor[0] == "m":
            x -= spaced_w(f, s, spacing) / 2
        for ch in s:
            d.text((x, y), ch, font=f, fill=fill, anchor="l" + anchor[1])
            x += f.getlength(ch) + spacing
        return
    d.text(xy, s, font=f, fill=fill, anchor=anchor)


def spaced_w(f, s, spacing):
    return sum(f.getlength(c) for c in s) + spacing * max(0, len(s) - 1)


def wrap(s, f, maxw):
    lines, cur = [], ""
    for ch in s:
        if tw(f, cur + ch) > maxw and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(d, x, y, s, f, maxw, lh=1.6, fill=(25, 25, 25), indent=0):
    lines = wrap(s, f, maxw - indent)
    first = True
    for ln in lines:
        d.text((x + (indent if first else 0), y), ln, font=f, fill=fill)
        first = False
        y += f.size * lh
    return y


def box(d, x0, y0, x1, y1, w=2, fill=None, outline=(30, 30, 30)):
    d.rectangle([x0, y0, x1, y1], outline=outline, width=w, fill=fill)


def checkbox(d, x, y, s, checked, w=2, color=(30, 30, 30)):
    d.rectangle([x, y, x + s, y + s], outline=color, width=w)
    if checked:
        d.line([(x + s * .18, y + s * .5), (x + s * .42, y + s * .78), (x + s * .85, y + s * .15)], fill=color, width=w + 1)


def seal(im, cx, cy, r, ring, center="", color=(215, 30, 35), alpha=170, rng=None, star=True, fname="song"):
    """A round red seal with ring text, drawn translucent over what is below."""
    layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    col = color + (alpha,)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=max(3, int(r * .06)))
    fs = int(r * .27)
    f = font(fname, fs)
    n = len(ring)
    span = min(250, 18 * n + 30)
    for i, ch in enumerate(ring):
        a = math.radians(-90 - span / 2 + span * (i + .5) / n)
        x = cx + (r * .74) * math.cos(a)
        y = cy + (r * .74) * math.sin(a)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs, fs), ch, font=f, fill=col, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        layer.alpha_composite(g, (int(x - fs), int(y - fs)))
    if star:
        pts = []
        for k in range(10):
            rr = r * (.25 if k % 2 == 0 else .1)
            a = math.radians(-90 + 36 * k)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a)))
        d.polygon(pts, fill=col)
    if center:
        fc = font(fname, int(r * .2))
        d.text((cx, cy + r * .45), center, font=fc, fill=col, anchor="mm")
    if rng is not None:
        layer = layer.rotate(rng.uniform(-25, 25), center=(cx, cy), resample=Image.BICUBIC)
    im.paste(layer, (0, 0), layer)


def guilloche(im, box_, color, rng, n=40):
    d = ImageDraw.Draw(im)
    x0, y0, x1, y1 = box_
    for k in range(n):
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(8, 30)
        per = rng.uniform(60, 200)
        y = y0 + (y1 - y0) * k / n
        pts = [(x, y + amp * math.sin(x / per + ph)) for x in range(int(x0), int(x1), 6)]
        d.line(pts, fill=color, width=1)


def watermark(im, s, rng, color=None, alpha=90, size=None, n=3):
    layer = Image.new("RGBA", im.size, (0, 0, 0, 0))
    color = color or rng.choice([(220, 40, 40), (40, 70, 200), (90, 90, 90), (30, 140, 60)])
    size = size or int(im.size[0] / 18)
    f = font(rng.choice(["hei", "sans", "song"]), size)
    W, H = im.size
    ang = rng.choice([rng.uniform(15, 40), rng.uniform(-40, -15), 0])
    for k in range(n):
        g = Image.new("RGBA", (int(f.getlength(s)) + 20, size + 20), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((10, 10), s, font=f, fill=color + (alpha,))
        g = g.rotate(ang, expand=True, resample=Image.BICUBIC)
        x = int((W - g.size[0]) / 2 + rng.uniform(-W * .1, W * .1))
        y = int(H * (k + .5) / n - g.size[1] / 2)
        layer.alpha_composite(g, (max(-g.size[0] // 2, x), max(-g.size[1] // 2, y)))
    im.paste(layer, (0, 0), layer)


def portrait(im, x0, y0, x1, y1, rng, bg=(235, 238, 242)):
    d = ImageDraw.Draw(im)
    d.rectangle([x0, y0, x1, y1], fill=bg)
    w, h = x1 - x0, y1 - y0
    tone = rng.choice([(120, 95, 80), (150, 120, 100), (90, 80, 75)])
    d.ellipse([x0 + w * .1, y0 + h * .62, x0 + w * .9, y0 + h * 1.2], fill=tone)
    d.ellipse([x0 + w * .28, y0 + h * .16, x0 + w * .72, y0 + h * .66], fill=(205, 175, 150))
    d.chord([x0 + w * .25, y0 + h * .1, x0 + w * .75, y0 + h * .5], 180, 360, fill=(30, 25, 25))


def qr(im, x, y, size, rng):
    d = ImageDraw.Draw(im)
    n = 25
    c = size / n
    d.rectangle([x, y, x + size, y + size], fill="white")
    for i in range(n):
        for j in range(n):
            if rng.random() < .5:
                d.rectangle([x + i * c, y + j * c, x + (i + 1) * c, y + (j + 1) * c], fill="black")
    for (a, b) in [(0, 0), (n - 7, 0), (0, n - 7)]:
        d.rectangle([x + a * c, y + b * c, x + (a + 7) * c, y + (b + 7) * c], fill="white")
        d.rectangle([x + a * c, y + b * c, x + (a + 7) * c - 1, y + (b + 7) * c - 1], outline="black", width=int(c))
        d.rectangle([x + (a + 2) * c, y + (b + 2) * c, x + (a + 5) * c, y + (b + 5) * c], fill="black")


def emblem(im, cx, cy, r):
    d = ImageDraw.Draw(im)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], fill=(200, 30, 30), outline=(230, 180, 40), width=int(r * .12))
    for k, (dx, dy, rr) in enumerate([(0, -.25, .32), (-.42, -.4, .12), (-.5, -.1, .12), (-.42, .2, .12), (-.25, .4, .12)]):
        pts = []
        for j in range(10):
            q = r * rr * (1 if j % 2 == 0 else .4)
            a = math.radians(-90 + 36 * j)
            pts.append((cx + dx * r + q * math.cos(a), cy + dy * r + q * math.sin(a)))
        d.polygon(pts, fill=(240, 200, 50))
    d.rectangle([cx - r * .45, cy + r * .45, cx + r * .45, cy + r * .6], fill=(240, 200, 50))


def handwriting(im, xy, s, f, rng, fill=(25, 35, 90)):
    """Pen-filled text: each character jitters a little."""
    d = ImageDraw.Draw(im)
    x, y = xy
    for ch in s:
        d.text((x + rng.uniform(-1.5, 1.5), y + rng.uniform(-3, 3)), ch, font=f, fill=fill)
        x += f.getlength(ch) * rng.uniform(.98, 1.1)
    return x


def soften(im, r=0.6):
    return im.filter(ImageFilter.GaussianBlur(r))
