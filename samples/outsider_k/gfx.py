"""Drawing primitives: fonts, sheets, seals, watermarks."""
import math
import random
from functools import lru_cache

import numpy as np
from PIL import Image, ImageDraw, ImageFont, ImageFilter

NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"

FONTS = {
    "sans": [(NOTO_SANS, 2), ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
             ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)],
    "sans_bold": [(NOTO_SANS_B, 2), ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0)],
    "serif": [(NOTO_SERIF, 2), ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
              ("/usr/share/fonts/truetype/arphic/uming.ttc", 0)],
    "serif_bold": [(NOTO_SERIF_B, 2)],
    "kai": [("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
            ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
            ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0)],
    "hand": [("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
             ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0),
             ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0)],
    "display": [("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0), (NOTO_SANS_B, 2)],
    "mono": [(NOTO_SANS, 7), ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 1)],
}

TTF_FOR_PDF = [
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
    "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf",
    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf",
]


@lru_cache(maxsize=512)
def font(path, idx, size):
    return ImageFont.truetype(path, int(size), index=idx)


class FontSet:
    """Fonts chosen once per packet (so packets differ)."""

    def __init__(self, rng):
        self.pick = {k: v[rng.randrange(len(v))] for k, v in FONTS.items()}
        self.rng = rng

    def get(self, kind, size):
        p, i = self.pick[kind]
        return font(p, i, size)

    def any(self, kind, size):
        p, i = FONTS[kind][self.rng.randrange(len(FONTS[kind]))]
        return font(p, i, size)


class Sheet:
    """A flat rendering of one page of a document."""

    def __init__(self, w, h, bg=(255, 255, 255), kind="paper"):
        self.img = Image.new("RGB", (int(w), int(h)), bg)
        self.d = ImageDraw.Draw(self.img)
        self.kind = kind  # paper | card | screen | booklet

    @classmethod
    def of(cls, img, kind="paper"):
        s = cls(1, 1, kind=kind)
        s.img = img
        s.d = ImageDraw.Draw(img)
        return s

    @property
    def w(self):
        return self.img.width

    @property
    def h(self):
        return self.img.height

    def text(self, xy, s, f, fill=(20, 20, 20), anchor="la"):
        self.d.text(xy, s, font=f, fill=fill, anchor=anchor)
        return self.d.textbbox(xy, s, font=f, anchor=anchor)

    def tw(self, s, f):
        b = self.d.textbbox((0, 0), s, font=f)
        return b[2] - b[0]

    def spaced(self, xy, s, f, gap, fill=(20, 20, 20)):
        x, y = xy
        for ch in s:
            self.d.text((x, y), ch, font=f, fill=fill)
            x += self.tw(ch, f) + gap
        return x

    def wrap(self, xy, s, f, maxw, lh, fill=(20, 20, 20), align="left", right=None):
        """Wrap text into lines of width maxw; returns y after."""
        x, y = xy
        lines, cur = [], ""
        for ch in s:
            if self.tw(cur + ch, f) > maxw and cur:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for ln in lines:
            if align == "right":
                self.d.text((right, y), ln, font=f, fill=fill, anchor="ra")
            else:
                self.d.text((x, y), ln, font=f, fill=fill)
            y += lh
        return y

    def line(self, a, b, fill=(30, 30, 30), width=2):
        self.d.line([a, b], fill=fill, width=width)

    def rect(self, box, outline=(30, 30, 30), width=2, fill=None):
        self.d.rectangle(box, outline=outline, width=width, fill=fill)


def seal(rng, diameter, ring_text, center_text="", color=(215, 30, 35), star=True, fonts=None,
         oval=False):
    """RGBA image of a round red seal with ring text."""
    s = int(diameter)
    im = Image.new("RGBA", (s, s), (0, 0, 0, 0))
    d = ImageDraw.Draw(im)
    alpha = rng.randint(150, 215)
    col = color + (alpha,)
    lw = max(3, s // 45)
    d.ellipse([lw, lw, s - lw, s - lw], outline=col, width=lw)
    if star:
        r = s * 0.13
        cx, cy = s / 2, s / 2
        pts = []
        for k in range(10):
            ang = -math.pi / 2 + k * math.pi / 5
            rr = r if k % 2 == 0 else r * 0.4
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=col)
    f = fonts.get("sans_bold", s * 0.12) if fonts else font(NOTO_SANS_B, 2, s * 0.12)
    n = len(ring_text)
    span = math.radians(min(260, 22 * n))
    rr = s / 2 - lw * 2 - s * 0.08
    for i, ch in enumerate(ring_text):
        ang = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
        ci = Image.new("RGBA", (int(s * 0.16), int(s * 0.16)), (0, 0, 0, 0))
        cd = ImageDraw.Draw(ci)
        cd.text((ci.width / 2, ci.height / 2), ch, font=f, fill=col, anchor="mm")
        ci = ci.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
        px = s / 2 + rr * math.cos(ang) - ci.width / 2
        py = s / 2 + rr * math.sin(ang) - ci.height / 2
        im.alpha_composite(ci, (int(px), int(py)))
    if center_text:
        f2 = fonts.get("sans_bold", s * 0.1) if fonts else font(NOTO_SANS_B, 2, s * 0.1)
        d.text((s / 2, s * 0.72), center_text, font=f2, fill=col, anchor="mm")
    # ink unevenness
    a = np.array(im)
    noise = np.random.default_rng(rng.randrange(1 << 30)).uniform(0.55, 1.0, a.shape[:2])
    a[..., 3] = (a[..., 3] * noise).astype(np.uint8)
    im = Image.fromarray(a)
    return im.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)


def stamp(sheet, seal_im, cx, cy):
    """Multiply a seal onto the sheet (ink over ink)."""
    x0, y0 = int(cx - seal_im.width / 2), int(cy - seal_im.height / 2)
    region = sheet.img.crop((x0, y0, x0 + seal_im.width, y0 + seal_im.height))
    base = np.asarray(region).astype(np.float32) / 255.0
    s = np.asarray(seal_im).astype(np.float32) / 255.0
    a = s[..., 3:4]
    mult = base * (s[..., :3] * a + (1 - a))
    sheet.img.paste(Image.fromarray((mult * 255).astype(np.uint8)), (x0, y0))


def watermark(sheet, rng, text="仅供居住证积分使用，他用无效", fonts=None):
    w, h = sheet.w, sheet.h
    layer = Image.new("RGBA", (w * 2, h * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(layer)
    size = max(18, int(min(w, h) * rng.uniform(0.035, 0.06)))
    f = fonts.get("sans", size) if fonts else font(NOTO_SANS, 2, size)
    col = rng.choice([(200, 40, 40), (60, 60, 200), (120, 120, 120), (40, 140, 60)])
    col = col + (rng.randint(45, 75),)
    step_y = int(size * rng.uniform(4.0, 6.0))
    y = 0
    while y < h * 2:
        x = -rng.randint(0, size * 8)
        while x < w * 2:
            d.text((x, y), text, font=f, fill=col)
            x += int(size * (len(text) + 4))
        y += step_y
    layer = layer.rotate(rng.choice([-1, 1]) * rng.uniform(15, 40), resample=Image.BICUBIC)
    layer = layer.crop((w // 2, h // 2, w // 2 + w, h // 2 + h))
    base = sheet.img.convert("RGBA")
    base.alpha_composite(layer)
    sheet.img = base.convert("RGB")
    sheet.d = ImageDraw.Draw(sheet.img)


def guilloche(sheet, rng, box, color=(200, 225, 235)):
    x0, y0, x1, y1 = box
    d = sheet.d
    for k in range(28):
        pts = []
        ph = rng.uniform(0, 6.28)
        amp = (y1 - y0) * rng.uniform(0.05, 0.2)
        base = y0 + (y1 - y0) * k / 28
        for x in range(int(x0), int(x1), 6):
            pts.append((x, base + amp * math.sin(x / ((x1 - x0) / rng.uniform(3, 9)) + ph)))
        d.line(pts, fill=color, width=1)


def portrait(rng, w, h, bg=(235, 240, 245)):
    im = Image.new("RGB", (int(w), int(h)), bg)
    d = ImageDraw.Draw(im)
    skin = rng.choice([(236, 205, 180), (225, 190, 160), (240, 215, 195)])
    hair = rng.choice([(25, 25, 25), (40, 30, 25), (55, 45, 40)])
    cx = w / 2
    d.ellipse([cx - w * 0.42, h * 0.72, cx + w * 0.42, h * 1.25], fill=rng.choice([(40, 50, 70), (230, 230, 230), (60, 60, 60)]))
    d.rectangle([cx - w * 0.09, h * 0.55, cx + w * 0.09, h * 0.78], fill=skin)
    d.ellipse([cx - w * 0.25, h * 0.18, cx + w * 0.25, h * 0.66], fill=skin)
    d.chord([cx - w * 0.27, h * 0.12, cx + w * 0.27, h * 0.5], 180, 360, fill=hair)
    for ex in (-0.1, 0.1):
        d.ellipse([cx + w * ex - 5, h * 0.4 - 3, cx + w * ex + 5, h * 0.4 + 3], fill=(30, 30, 30))
    d.arc([cx - w * 0.08, h * 0.48, cx + w * 0.08, h * 0.56], 20, 160, fill=(150, 70, 70), width=2)
    return im.filter(ImageFilter.GaussianBlur(0.8))


def qr_like(rng, size):
    n = 25
    a = np.array([[rng.random() < 0.5 for _ in range(n)] for _ in range(n)])
    for ox, oy in [(0, 0), (n - 7, 0), (0, n - 7)]:
        a[oy:oy + 7, ox:ox + 7] = True
        a[oy + 1:oy + 6, ox + 1:ox + 6] = False
        a[oy + 2:oy + 5, ox + 2:ox + 5] = True
    img = Image.fromarray(((~a) * 255).astype(np.uint8)).resize((size, size), Image.NEAREST)
    return img.convert("RGB")


def paper_tint(sheet, rng, tint=None):
    if tint is None:
        tint = rng.choice([(255, 255, 255), (252, 250, 244), (250, 248, 240), (247, 247, 247)])
    a = np.asarray(sheet.img).astype(np.float32)
    a *= np.array(tint, dtype=np.float32) / 255.0
    sheet.img = Image.fromarray(a.astype(np.uint8))
    sheet.d = ImageDraw.Draw(sheet.img)
