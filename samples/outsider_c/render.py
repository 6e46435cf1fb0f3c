"""Drawing primitives: fonts, a millimetre page, seals, guilloche, watermarks, hand-filled text, photos, QR blocks."""
from __future__ import annotations

import functools
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

_N = "/usr/share/fonts/opentype/noto/"
FONTS = {
    "sans": (_N + "NotoSansCJK-Regular.ttc", 2), "sans_b": (_N + "NotoSansCJK-Bold.ttc", 2),
    "sans_mono": (_N + "NotoSansCJK-Regular.ttc", 7),
    "serif": (_N + "NotoSerifCJK-Regular.ttc", 2), "serif_b": (_N + "NotoSerifCJK-Bold.ttc", 2),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0), "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "sung": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_l": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wenkai_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "wenkai_mono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    "dejavu_mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
    "dejavu_serif": ("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", 0),
}
BODY = ["sans", "serif", "zenhei", "microhei", "uming", "sung", "wenkai", "wenkai_l", "sans_mono"]
HEAD = ["sans_b", "serif_b", "zenhei", "sung", "wenkai_b", "serif"]
HAND = ["ukai", "kai", "wenkai", "wenkai_l", "wenkai_mono"]
MIXED_OK = set(FONTS) - {"ocrb", "dejavu", "dejavu_mono", "dejavu_serif"}


@functools.lru_cache(maxsize=512)
def font(key: str, px: int) -> ImageFont.FreeTypeFont:
    path, idx = FONTS[key]
    return ImageFont.truetype(path, max(6, int(px)), index=idx)


class Page:
    """A page measured in millimetres, drawn at `dpi`."""

    def __init__(self, w_mm: float, h_mm: float, dpi: float, bg=(255, 255, 255)):
        self.dpi = dpi
        self.k = dpi / 25.4
        self.w_mm, self.h_mm = w_mm, h_mm
        self.img = Image.new("RGB", (int(w_mm * self.k), int(h_mm * self.k)), bg)
        self.d = ImageDraw.Draw(self.img)

    def px(self, mm: float) -> int:
        return int(round(mm * self.k))

    def pt(self, pt: float) -> int:
        return int(round(pt / 72 * self.dpi))

    def text(self, x, y, s, key="sans", size=10.5, fill=(0, 0, 0), anchor="ls", ls=0.0, jitter=0.0, rng=None):
        """Draw s at (x, y) mm, size in pt, letter-spacing ls in em; returns the x (mm) where it ends."""
        f = font(key, self.pt(size))
        if not s:
            return x
        if ls == 0 and not jitter:
            if anchor[0] in "rm":
                self.d.text((self.px(x), self.px(y)), s, font=f, fill=fill, anchor=anchor)
                return x
            self.d.text((self.px(x), self.px(y)), s, font=f, fill=fill, anchor=anchor)
            return x + f.getlength(s) / self.k
        em = self.pt(size)
        widths = [f.getlength(c) + ls * em for c in s]
        total = sum(widths) - ls * em
        cx = self.px(x)
        if anchor[0] == "r":
            cx -= total
        elif anchor[0] == "m":
            cx -= total / 2
        a = "l" + anchor[1]
        rng = rng or random
        for c, w in zip(s, widths):
            dx = dy = 0
            if jitter:
                dx, dy = rng.gauss(0, jitter * em), rng.gauss(0, jitter * em)
            self.d.text((cx + dx, self.px(y) + dy), c, font=f, fill=fill, anchor=a)
            cx += w
        return cx / self.k

    def width(self, s, key="sans", size=10.5, ls=0.0) -> float:
        f = font(key, self.pt(size))
        return (f.getlength(s) + ls * self.pt(size) * max(0, len(s) - 1)) / self.k

    def wrap(self, s, width_mm, key="sans", size=10.5) -> list[str]:
        f = font(key, self.pt(size))
        lim = width_mm * self.k
        lines, cur = [], ""
        for c in s:
            if f.getlength(cur + c) > lim and cur:
                lines.append(cur)
                cur = c
            else:
                cur += c
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width_mm, key="sans", size=10.5, lead=1.6, fill=(0, 0, 0), indent=True) -> float:
        lines = self.wrap(("\u3000\u3000" if indent else "") + s, width_mm, key, size)
        step = size / 72 * 25.4 * lead
        for ln in lines:
            self.text(x, y, ln, key, size, fill)
            y += step
        return y

    def line(self, x0, y0, x1, y1, w=0.25, fill=(0, 0, 0)):
        self.d.line([(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))], fill=fill, width=max(1, self.px(w)))

    def rect(self, x0, y0, x1, y1, w=0.25, outline=(0, 0, 0), fill=None, radius=0):
        box = [self.px(x0), self.px(y0), self.px(x1), self.px(y1)]
        if radius:
            self.d.rounded_rectangle(box, radius=self.px(radius), outline=outline, fill=fill, width=max(1, self.px(w)) if outline else 0)
        else:
            self.d.rectangle(box, outline=outline, fill=fill, width=max(1, self.px(w)) if outline else 0)

    def checkbox(self, x, y, size_mm, checked, key="sans", pt=10.5):
        self.rect(x, y - size_mm, x + size_mm, y, w=0.25)
        if checked:
            s = size_mm
            self.d.line([(self.px(x + 0.2 * s), self.px(y - 0.5 * s)), (self.px(x + 0.45 * s), self.px(y - 0.15 * s)),
                         (self.px(x + 0.95 * s), self.px(y - 1.05 * s))], fill=(0, 0, 0), width=max(1, self.px(0.35)))


def seal(img: Image.Image, cx: int, cy: int, r: int, ring: str, center: str = "", color=(205, 30, 35),
         alpha=0.8, rng: random.Random | None = None, key="sans_b", oval=False, star=True):
    """A round (or oval) red seal with its ring text, a star, and a centre line, multiplied onto img."""
    rng = rng or random.Random(0)
    size = 2 * r + 8
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    c = size // 2
    ry = int(r * 0.7) if oval else r
    lw = max(2, r // 18)
    d.ellipse([c - r, c - ry, c + r, c + ry], outline=255, width=lw)
    n = len(ring)
    span = 250 if n > 6 else 180
    f = font(key, int(min(r * 0.26, 2 * math.pi * 0.74 * r * span / 360 / max(n, 1) * 0.92)))
    for i, ch in enumerate(ring):
        ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        rr = r * 0.74
        x, y = c + rr * math.cos(ang), c + (ry * 0.74 if oval else rr) * math.sin(ang)
        g = Image.new("L", (int(r * 0.34), int(r * 0.34)), 0)
        ImageDraw.Draw(g).text((g.width // 2, g.height // 2), ch, font=f, fill=255, anchor="mm")
        g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC, expand=False)
        layer.paste(255, (int(x - g.width / 2), int(y - g.height / 2)), g)
    if star:
        pts = []
        for k in range(10):
            rad = r * (0.22 if k % 2 == 0 else 0.09)
            a = math.radians(-90 + 36 * k)
            pts.append((c + rad * math.cos(a), c + rad * math.sin(a)))
        d.polygon(pts, fill=255)
    if center:
        fc = font(key, int(r * 0.2))
        d.text((c, c + int(r * 0.5)), center, font=fc, fill=255, anchor="mm")
    arr = np.asarray(layer, dtype=np.float32) / 255.0
    noise = np.asarray(Image.effect_noise((size, size), 60).convert("L"), dtype=np.float32) / 255.0
    arr = arr * np.clip(0.55 + noise * 0.7, 0, 1) * alpha
    rot = rng.uniform(-25, 25)
    layer = Image.fromarray((arr * 255).astype(np.uint8)).rotate(rot, resample=Image.BICUBIC)
    box = (cx - c, cy - c)
    region = img.crop((box[0], box[1], box[0] + size, box[1] + size)).convert("RGB")
    base = np.asarray(region, dtype=np.float32)
    a = np.asarray(layer, dtype=np.float32)[..., None] / 255.0
    col = np.array(color, dtype=np.float32)[None, None, :]
    out = base * (1 - a) + np.minimum(base, col) * a
    img.paste(Image.fromarray(out.astype(np.uint8)), box)


def guilloche(img: Image.Image, box, color=(200, 220, 235), rng=None, dens=40):
    rng = rng or random.Random(0)
    x0, y0, x1, y1 = box
    d = ImageDraw.Draw(img)
    w, h = x1 - x0, y1 - y0
    for k in range(dens):
        ph = rng.uniform(0, 6.28)
        amp = h * rng.uniform(0.03, 0.12)
        fr = rng.uniform(2, 7)
        y = y0 + h * k / dens
        pts = [(x0 + t, y + amp * math.sin(fr * t / w * 6.28 + ph)) for t in range(0, w, 6)]
        d.line(pts, fill=color, width=1)


def watermark(img: Image.Image, text: str, color=(230, 120, 120), angle=30, alpha=0.35, key="sans", size_frac=0.045,
              rng=None):
    rng = rng or random.Random(0)
    W, H = img.size
    px = int(min(W, H) * size_frac * rng.uniform(0.8, 1.4))
    layer = Image.new("L", (int(W * 1.6), int(H * 1.6)), 0)
    d = ImageDraw.Draw(layer)
    f = font(key, px)
    step_y = int(px * rng.uniform(3.5, 6))
    tl = f.getlength(text)
    for row, y in enumerate(range(0, layer.height, step_y)):
        for x in range(-int(tl) + (row % 2) * int(tl / 2), layer.width, int(tl * 1.4)):
            d.text((x, y), text, font=f, fill=int(255 * alpha))
    layer = layer.rotate(angle, resample=Image.BICUBIC)
    l2 = layer.crop(((layer.width - W) // 2, (layer.height - H) // 2, (layer.width - W) // 2 + W, (layer.height - H) // 2 + H))
    base = np.asarray(img.convert("RGB"), dtype=np.float32)
    a = np.asarray(l2, dtype=np.float32)[..., None] / 255.0
    col = np.array(color, dtype=np.float32)[None, None, :]
    out = base * (1 - a) + col * a
    return Image.fromarray(out.astype(np.uint8))


def portrait(w: int, h: int, rng: random.Random, bg=(235, 240, 245)) -> Image.Image:
    im = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(im)
    skin = (rng.randint(200, 235), rng.randint(170, 200), rng.randint(140, 170))
    hair = (rng.randint(10, 50),) * 3
    cloth = rng.choice([(40, 50, 80), (30, 30, 30), (230, 230, 235), (90, 40, 40)])
    d.ellipse([w * 0.05, h * 0.72, w * 0.95, h * 1.3], fill=cloth)
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.78], fill=skin)
    d.ellipse([w * 0.28, h * 0.18, w * 0.72, h * 0.66], fill=skin)
    d.chord([w * 0.26, h * 0.12, w * 0.74, h * 0.5], 180, 360, fill=hair)
    for ex in (0.4, 0.6):
        d.ellipse([w * (ex - 0.03), h * 0.38, w * (ex + 0.03), h * 0.41], fill=(40, 30, 30))
    d.line([(w * 0.45, h * 0.54), (w * 0.55, h * 0.54)], fill=(150, 80, 80), width=max(1, w // 60))
    return im.filter(ImageFilter.GaussianBlur(max(0.5, w / 300)))


def qr_block(n_px: int, rng: random.Random) -> Image.Image:
    mods = 29
    a = (np.array([[rng.random() < 0.5 for _ in range(mods)] for _ in range(mods)]))
    for ox, oy in ((0, 0), (mods - 7, 0), (0, mods - 7)):
        a[oy:oy + 7, ox:ox + 7] = False
        a[oy:oy + 7, ox] = a[oy:oy + 7, ox + 6] = True
        a[oy, ox:ox + 7] = a[oy + 6, ox:ox + 7] = True
        a[oy + 2:oy + 5, ox + 2:ox + 5] = True
    im = Image.fromarray(((~a) * 255).astype(np.uint8)).resize((n_px, n_px), Image.NEAREST)
    return im.convert("RGB")


def cn_date_numerals(y: int, m: int, dd: int | None = None) -> str:
    digits = "〇一二三四五六七八九"
    def small(n):
        if n <= 10:
            return "十" if n == 10 else digits[n]
        if n < 20:
            return "十" + digits[n - 10]
        return digits[n // 10] + "十" + (digits[n % 10] if n % 10 else "")
    s = "".join(digits[int(c)] for c in str(y)) + "年" + small(m) + "月"
    if dd is not None:
        s += small(dd) + "日"
    return s
