"""Drawing primitives: fonts, text, seals, watermarks, backgrounds."""
import math
from functools import lru_cache
import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

N = "/usr/share/fonts/opentype/noto/"
T = "/usr/share/fonts/truetype/"
FONTS = {
    "sans": (N + "NotoSansCJK-Regular.ttc", 2), "sansb": (N + "NotoSansCJK-Bold.ttc", 2),
    "serif": (N + "NotoSerifCJK-Regular.ttc", 2), "serifb": (N + "NotoSerifCJK-Bold.ttc", 2),
    "mono": (N + "NotoSansCJK-Regular.ttc", 7),
    "song": (T + "arphic-gbsn00lp/gbsn00lp.ttf", 0), "kai": (T + "arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": (T + "arphic/ukai.ttc", 0), "uming": (T + "arphic/uming.ttc", 0),
    "wenkai": (T + "lxgw-wenkai/LXGWWenKai-Regular.ttf", 0), "wenkaib": (T + "lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "wenkail": (T + "lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "smiley": (T + "smiley-sans/SmileySans-Oblique.ttf", 0),
    "wqy": (T + "wqy/wqy-microhei.ttc", 0), "zen": (T + "wqy/wqy-zenhei.ttc", 0),
}
BODY_FONTS = ["song", "sans", "serif", "uming", "wqy", "zen"]
HAND_FONTS = ["wenkai", "ukai", "kai", "wenkail"]


@lru_cache(maxsize=512)
def font(name, size):
    p, i = FONTS[name]
    return ImageFont.truetype(p, int(size), index=i)


def tw(s, f):
    return f.getlength(s)


MISSING = {"song": set("〇☑□"), "kai": set("〇☑□")}
FALLBACK = {"song": "uming", "kai": "ukai"}


def safe_font(fn, s):
    if fn in MISSING and MISSING[fn] & set(s):
        return FALLBACK[fn]
    return fn


def text(d, xy, s, fn="sans", size=30, fill=(0, 0, 0), anchor="la", spacing=0):
    fn = safe_font(fn, s)
    f = font(fn, size)
    if spacing:
        x, y = xy
        if anchor[0] == "m":
            x -= (sum(tw(c, f) for c in s) + spacing * (len(s) - 1)) / 2
        elif anchor[0] == "r":
            x -= (sum(tw(c, f) for c in s) + spacing * (len(s) - 1))
        for c in s:
            d.text((x, y), c, font=f, fill=fill, anchor="l" + anchor[1])
            x += tw(c, f) + spacing
        return x
    d.text(xy, s, font=f, fill=fill, anchor=anchor)
    return xy[0] + tw(s, f)


def wrap(s, f, width):
    lines, cur = [], ""
    for ch in s:
        if tw(cur + ch, f) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(d, x, y, s, width, fn="song", size=30, fill=(0, 0, 0), lh=1.6, indent=0):
    fn = safe_font(fn, s)
    f = font(fn, size)
    lines = wrap(" " * 0 + s, f, width - indent)
    first = True
    for ln in lines:
        d.text((x + (indent if first else 0), y), ln, font=f, fill=fill)
        first = False
        y += size * lh
    return y


def seal(img, cx, cy, r, ring, center="★", bottom="", color=(205, 30, 35), alpha=0.78, fn="song", rng=None, oval=False):
    """Red round seal with ring text, pasted onto img (RGB) in place."""
    S = int(r * 2 + 8)
    layer = Image.new("L", (S, S), 0)
    d = ImageDraw.Draw(layer)
    c = S / 2
    w = max(3, int(r * 0.06))
    if oval:
        d.ellipse([c - r, c - r * 0.7, c + r, c + r * 0.7], outline=255, width=w)
    else:
        d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=w)
    if center == "★":
        pts = []
        for k in range(10):
            a = -math.pi / 2 + k * math.pi / 5
            rr = r * 0.28 if k % 2 == 0 else r * 0.11
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        d.polygon(pts, fill=255)
    elif center:
        f = font(fn, r * 0.22)
        d.text((c, c), center, font=f, fill=255, anchor="mm")
    n = len(ring)
    if n:
        fs = int(min(r * 0.26, (2 * math.pi * r * 0.72 * 0.66) / max(n, 1)))
        f = font(fn, fs)
        span = min(math.radians(250), math.radians(22) * n)
        for i, ch in enumerate(ring):
            a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
            rr = r * 0.76
            x, y = c + rr * math.cos(a), c + rr * math.sin(a)
            ci = Image.new("L", (fs * 2, fs * 2), 0)
            ImageDraw.Draw(ci).text((fs, fs), ch, font=f, fill=255, anchor="mm")
            ci = ci.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
            layer.paste(255, (int(x - fs), int(y - fs)), ci)
    if bottom:
        f = font(fn, r * 0.16)
        d.text((c, c + r * 0.55), bottom, font=f, fill=255, anchor="mm")
    if rng is not None:
        arr = np.array(layer, dtype=np.float32)
        noise = np.random.default_rng(rng.randint(0, 1 << 30)).random(arr.shape)
        arr *= (noise > 0.18) * 0.85 + 0.15 * noise
        layer = Image.fromarray(arr.clip(0, 255).astype(np.uint8)).rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    layer = layer.point(lambda v: int(v * alpha))
    col = Image.new("RGB", layer.size, color)
    img.paste(col, (int(cx - S / 2), int(cy - S / 2)), layer)


def watermark(img, s="仅供居住证积分使用，他用无效", color=(120, 120, 220), alpha=0.35, angle=30, size=None, fn="sans", rng=None):
    W, H = img.size
    size = size or int(W / 18)
    f = font(fn, size)
    L = int(tw(s, f)) + 20
    t = Image.new("L", (L, int(size * 1.5)), 0)
    ImageDraw.Draw(t).text((10, 0), s, font=f, fill=int(255 * alpha))
    t = t.rotate(angle, expand=True, resample=Image.BICUBIC)
    col = Image.new("RGB", t.size, color)
    step_y = int(H / 3)
    k = 0
    for y in range(-t.size[1] // 3, H, step_y):
        x = (k % 2) * W // 4 - W // 8
        img.paste(col, (x, y), t)
        k += 1


def guilloche(w, h, base=(236, 240, 236), line=(190, 205, 215), seed=0, density=22):
    img = Image.new("RGB", (w, h), base)
    d = ImageDraw.Draw(img)
    rs = np.random.default_rng(seed)
    for k in range(density):
        ph, amp, fr = rs.random() * 6, h * (0.04 + rs.random() * 0.08), 2 + rs.random() * 5
        y0 = h * k / density
        pts = [(x, y0 + amp * math.sin(fr * x / w * 2 * math.pi + ph)) for x in range(0, w + 8, 8)]
        d.line(pts, fill=line, width=1)
    return img


def photo_box(img, box, rng, bg=(235, 238, 242), male=True):
    x0, y0, x1, y1 = [int(v) for v in box]
    w, h = x1 - x0, y1 - y0
    sub = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(sub)
    skin = (rng.randint(200, 230), rng.randint(170, 200), rng.randint(150, 180))
    hair = (rng.randint(10, 50),) * 3
    d.ellipse([w * 0.05, h * 0.78, w * 0.95, h * 1.35], fill=(40, 50, 70) if male else (120, 60, 70))
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.8], fill=skin)
    d.ellipse([w * 0.25, h * 0.15, w * 0.75, h * 0.68], fill=skin)
    d.chord([w * 0.22, h * 0.08, w * 0.78, h * 0.5], 180, 360, fill=hair)
    if not male:
        d.rectangle([w * 0.2, h * 0.3, w * 0.27, h * 0.75], fill=hair)
        d.rectangle([w * 0.73, h * 0.3, w * 0.8, h * 0.75], fill=hair)
    img.paste(sub, (x0, y0))


def qr(img, x, y, size, rng):
    n = 25
    cell = size / n
    d = ImageDraw.Draw(img)
    d.rectangle([x, y, x + size, y + size], fill="white")
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.5:
                d.rectangle([x + i * cell, y + j * cell, x + (i + 1) * cell, y + (j + 1) * cell], fill="black")
    for (a, b) in [(0, 0), (n - 7, 0), (0, n - 7)]:
        d.rectangle([x + a * cell, y + b * cell, x + (a + 7) * cell, y + (b + 7) * cell], fill="black")
        d.rectangle([x + (a + 1) * cell, y + (b + 1) * cell, x + (a + 6) * cell, y + (b + 6) * cell], fill="white")
        d.rectangle([x + (a + 2) * cell, y + (b + 2) * cell, x + (a + 5) * cell, y + (b + 5) * cell], fill="black")


def checkbox(d, x, y, s, checked, size=30, fn="song"):
    d.rectangle([x, y + size * 0.15, x + size * 0.8, y + size * 0.95], outline=(0, 0, 0), width=2)
    if checked:
        d.line([(x + size * 0.12, y + size * 0.55), (x + size * 0.35, y + size * 0.82), (x + size * 0.75, y + size * 0.2)], fill=(0, 0, 0), width=4)
    return text(d, (x + size, y), s, fn, size)


def paper(w, h, tint=(252, 252, 250)):
    return Image.new("RGB", (w, h), tint)
