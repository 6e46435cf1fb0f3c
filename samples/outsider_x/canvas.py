"""Font registry and a millimetre-based drawing canvas on top of Pillow."""
from __future__ import annotations

import math
import random
from functools import lru_cache

from PIL import Image, ImageDraw, ImageFont

FONTS = {
    "hei": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "hei_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "song": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "song_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "song2": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "kai2": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_l": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wenkai_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "yahei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "mono": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 7),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    "dejavu_mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
}
FALLBACK = "hei"
BODY_FONTS = ["song", "song2", "ming", "hei", "yahei", "zenhei", "kai", "wenkai_l"]
PRINT_FONTS = ["song", "song2", "hei", "yahei", "ming", "zenhei"]
HAND_FONTS = ["wenkai", "kai", "kai2", "wenkai_l"]


@lru_cache(maxsize=None)
def _cmap(key: str) -> frozenset:
    from fontTools.ttLib import TTFont, TTCollection
    path, idx = FONTS[key]
    if path.endswith(".ttc"):
        f = TTCollection(path, lazy=True).fonts[idx]
    else:
        f = TTFont(path, lazy=True)
    return frozenset(f.getBestCmap().keys())


def covers(key: str, s: str) -> bool:
    cm = _cmap(key)
    return all(ord(c) in cm or c.isspace() for c in s)


def pick(key: str, s: str) -> str:
    if covers(key, s):
        return key
    for k in ("song", "hei"):
        if covers(k, s):
            return k
    return FALLBACK


@lru_cache(maxsize=512)
def font(key: str, px: int) -> ImageFont.FreeTypeFont:
    path, idx = FONTS[key]
    return ImageFont.truetype(path, max(4, px), index=idx)


class Canvas:
    """Drawing in millimetres; sizes of type in points."""

    def __init__(self, w_mm: float, h_mm: float, dpi: float, bg=(255, 255, 255), mode="RGB", img=None):
        self.dpi = dpi
        self.k = dpi / 25.4
        self.w_mm, self.h_mm = w_mm, h_mm
        if img is None:
            img = Image.new(mode, (round(w_mm * self.k), round(h_mm * self.k)), bg)
        self.img = img
        self.d = ImageDraw.Draw(self.img)

    # -- units
    def p(self, v: float) -> int:
        return round(v * self.k)

    def fpx(self, pt: float) -> int:
        return round(pt * self.dpi / 72)

    def f(self, key, pt, s=""):
        return font(pick(key, s), self.fpx(pt))

    def tw(self, s: str, key: str, pt: float, spacing: float = 0.0) -> float:
        """Width in mm."""
        if not s:
            return 0.0
        fn = self.f(key, pt, s)
        w = fn.getlength(s) / self.k
        return w + spacing * (len(s) - 1)

    # -- primitives
    def text(self, x, y, s, key="song", pt=10.5, fill=(0, 0, 0), anchor="ls", spacing=0.0, align_w=None):
        """Draw s with its baseline at y (anchor 'ls') or per anchor. spacing: extra mm between chars.
        align_w: distribute characters evenly across align_w mm (分散对齐)."""
        if s is None or s == "":
            return x
        fn = self.f(key, pt, s)
        if align_w is not None and len(s) > 1:
            cw = fn.getlength(s) / self.k
            spacing = (align_w - cw) / (len(s) - 1)
        if spacing == 0:
            self.d.text((self.p(x), self.p(y)), s, font=fn, fill=fill, anchor=anchor)
            return x + fn.getlength(s) / self.k
        total = self.tw(s, key, pt, spacing)
        if anchor[0] == "m":
            x -= total / 2
        elif anchor[0] == "r":
            x -= total
        a = "l" + anchor[1]
        cx = x
        for c in s:
            self.d.text((self.p(cx), self.p(y)), c, font=fn, fill=fill, anchor=a)
            cx += fn.getlength(c) / self.k + spacing
        return cx

    def wrap(self, s: str, key: str, pt: float, max_w: float, spacing=0.0) -> list[str]:
        lines, cur = [], ""
        for c in s:
            if cur and self.tw(cur + c, key, pt, spacing) > max_w:
                lines.append(cur)
                cur = c
            else:
                cur += c
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, key, pt, max_w, lead=1.6, fill=(0, 0, 0), indent=0.0, spacing=0.0):
        """Wrapped paragraph; returns y after the last line."""
        lh = pt * 25.4 / 72 * lead
        first = True
        rest = s
        while rest:
            w = max_w - (indent if first else 0)
            line = self.wrap(rest, key, pt, w, spacing)[0]
            self.text(x + (indent if first else 0), y, line, key, pt, fill, spacing=spacing)
            rest = rest[len(line):]
            y += lh
            first = False
        return y

    def line(self, x0, y0, x1, y1, w=0.25, fill=(0, 0, 0)):
        self.d.line([(self.p(x0), self.p(y0)), (self.p(x1), self.p(y1))], fill=fill, width=max(1, self.p(w)))

    def rect(self, x0, y0, x1, y1, w=0.25, outline=(0, 0, 0), fill=None, r=0):
        box = [self.p(x0), self.p(y0), self.p(x1), self.p(y1)]
        if r:
            self.d.rounded_rectangle(box, radius=self.p(r), outline=outline, fill=fill,
                                     width=max(1, self.p(w)) if outline else 0)
        else:
            self.d.rectangle(box, outline=outline, fill=fill, width=max(1, self.p(w)) if outline else 0)

    def ellipse(self, x0, y0, x1, y1, w=0.25, outline=(0, 0, 0), fill=None):
        self.d.ellipse([self.p(x0), self.p(y0), self.p(x1), self.p(y1)], outline=outline, fill=fill,
                       width=max(1, self.p(w)) if outline else 0)

    def checkbox(self, x, y, size, checked, w=0.25, fill=(0, 0, 0)):
        """Box with top-left (x, y-size) so it sits on the baseline y."""
        self.rect(x, y - size, x + size, y, w=w, outline=fill)
        if checked:
            self.d.line([(self.p(x + size * 0.18), self.p(y - size * 0.5)),
                         (self.p(x + size * 0.42), self.p(y - size * 0.15)),
                         (self.p(x + size * 0.9), self.p(y - size * 0.95))],
                        fill=fill, width=max(2, self.p(w * 1.6)))

    def hand(self, x, y, s, rng: random.Random, key="wenkai", pt=12, fill=(20, 40, 140), jitter=1.0,
             spacing=0.2):
        """Hand-written look: each character slightly rotated, shifted and resized. Returns end x."""
        key = pick(key, s)
        cx = x
        for c in s:
            if c == " ":
                cx += pt * 0.18
                continue
            size = pt * (1 + rng.uniform(-0.07, 0.07) * jitter)
            fn = font(key, self.fpx(size))
            w = fn.getlength(c)
            hgt = self.fpx(size) * 1.4
            tile = Image.new("L", (int(w + hgt), int(hgt * 1.6)), 0)
            ImageDraw.Draw(tile).text((hgt / 2, hgt * 1.1), c, font=fn, fill=255, anchor="ls")
            tile = tile.rotate(rng.uniform(-6, 6) * jitter, resample=Image.BICUBIC, expand=False)
            dy = rng.uniform(-0.5, 0.5) * jitter
            px, py = self.p(cx) - int(hgt / 2), self.p(y + dy) - int(hgt * 1.1)
            col = Image.new(self.img.mode, tile.size, fill)
            self.img.paste(col, (px, py), tile)
            cx += w / self.k + spacing + rng.uniform(-0.2, 0.3) * jitter
        return cx


def seal(img: Image.Image, cx: float, cy: float, r: float, ring: str, center: str = "",
         color=(215, 30, 35), alpha=0.78, star=True, key="song_b", rng: random.Random | None = None,
         bottom: str = "", oval=False):
    """Red round (or oval) seal with ring text, drawn in pixels at (cx, cy), radius r px."""
    rng = rng or random.Random(0)
    size = int(r * 2.3)
    L = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(L)
    c = size / 2
    rx, ry = (r, r * 0.72) if oval else (r, r)
    wline = max(2, int(r * 0.055))
    d.ellipse([c - rx, c - ry, c + rx, c + ry], outline=255, width=wline)
    # ring text
    n = len(ring)
    fs = int(r * (0.24 if n < 16 else 0.2))
    fn = font(pick(key, ring), fs)
    span = min(250, 14 * n + 40) if not oval else min(200, 12 * n + 30)
    for i, ch in enumerate(ring):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        a = math.radians(ang)
        rr = (r - wline - fs * 0.75)
        x = c + rr * math.cos(a) * (rx / r)
        y = c + rr * math.sin(a) * (ry / r)
        t = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(t).text((fs, fs), ch, font=fn, fill=255, anchor="mm")
        t = t.rotate(-(ang + 90), resample=Image.BICUBIC)
        L.paste(255, (int(x - fs), int(y - fs)), t)
    if star:
        R = r * 0.2
        pts = []
        for k in range(10):
            rad = R if k % 2 == 0 else R * 0.4
            a = math.radians(-90 + 36 * k)
            pts.append((c + rad * math.cos(a), c - r * 0.05 + rad * math.sin(a)))
        d.polygon(pts, fill=255)
    if center:
        f2 = font(pick(key, center), int(r * 0.2))
        d.text((c, c + r * 0.38), center, font=f2, fill=255, anchor="mm")
    if bottom:
        f3 = font(pick("dejavu", bottom), int(r * 0.12))
        d.text((c, c + r * 0.66), bottom, font=f3, fill=255, anchor="mm")
    # ink unevenness
    import numpy as np
    a = np.asarray(L, dtype=np.float32) / 255.0
    nr = np.random.default_rng(rng.randrange(1 << 30))
    blot = nr.uniform(0.55, 1.0, size=(size // 8 + 1, size // 8 + 1)).astype(np.float32)
    blot = np.asarray(Image.fromarray((blot * 255).astype("uint8")).resize((size, size), Image.BILINEAR),
                      dtype=np.float32) / 255.0
    a = a * blot * alpha
    mask = Image.fromarray((a * 255).clip(0, 255).astype("uint8"))
    mask = mask.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC)
    col = Image.new(img.mode, (size, size), color if img.mode == "RGB" else 90)
    img.paste(col, (int(cx - c), int(cy - c)), mask)


def rect_stamp(img: Image.Image, cx, cy, lines: list[str], px_h: float, color=(200, 30, 40), alpha=0.8,
               key="song_b", angle=0.0, rng: random.Random | None = None, border=True):
    """Rectangular ink stamp (e.g. 复印件与原件一致) centred at (cx, cy) with line height px_h."""
    rng = rng or random.Random(0)
    fn = font(pick(key, "".join(lines)), int(px_h))
    wmax = max(fn.getlength(s) for s in lines)
    W = int(wmax + px_h * 1.4)
    H = int(px_h * 1.35 * len(lines) + px_h * 0.9)
    L = Image.new("L", (W + 8, H + 8), 0)
    d = ImageDraw.Draw(L)
    if border:
        d.rectangle([4, 4, W + 3, H + 3], outline=255, width=max(2, int(px_h * 0.1)))
    for i, s in enumerate(lines):
        d.text((W / 2 + 4, 4 + px_h * 0.45 + px_h * 1.35 * (i + 0.5)), s, font=fn, fill=255, anchor="mm")
    import numpy as np
    a = np.asarray(L, dtype=np.float32) / 255.0
    nr = np.random.default_rng(rng.randrange(1 << 30))
    blot = nr.uniform(0.5, 1.0, size=(L.size[1] // 6 + 1, L.size[0] // 6 + 1)).astype(np.float32)
    blot = np.asarray(Image.fromarray((blot * 255).astype("uint8")).resize(L.size, Image.BILINEAR),
                      dtype=np.float32) / 255.0
    mask = Image.fromarray((a * blot * alpha * 255).clip(0, 255).astype("uint8"))
    mask = mask.rotate(angle, resample=Image.BICUBIC, expand=True)
    col = Image.new(img.mode, mask.size, color if img.mode == "RGB" else 90)
    img.paste(col, (int(cx - mask.size[0] / 2), int(cy - mask.size[1] / 2)), mask)
    return mask.size
