"""Drawing primitives: fonts, a Sheet (a flat document face at px/mm), printed
text, handwriting with jitter, red seals, paper textures, guilloche, portraits."""
from __future__ import annotations

import functools
import math

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFont

FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "mhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_l": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wenkai_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "wenkai_m": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Light.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    "dejavub": ("/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", 0),
    "dmono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
}

# printed-font families a layout may pick from
PRINT_SANS = ["sans", "hei", "mhei"]
PRINT_SERIF = ["serif", "song", "uming"]
HAND_FONTS = ["wenkai_l", "wenkai", "ukai", "kai", "wenkai_m"]


@functools.lru_cache(maxsize=512)
def font(name: str, px: int) -> ImageFont.FreeTypeFont:
    path, idx = FONT_FILES[name]
    return ImageFont.truetype(path, max(4, int(px)), index=idx)


@functools.lru_cache(maxsize=64)
def _cmap(name):
    from fontTools.ttLib import TTFont
    path, idx = FONT_FILES[name]
    kw = {"fontNumber": idx} if path.endswith(".ttc") else {}
    tt = TTFont(path, lazy=True, **kw)
    return frozenset(tt.getBestCmap().keys())


def covers(name, s):
    cm = _cmap(name)
    return all(ord(c) in cm or c.isspace() for c in s)


def fb(name, s, fallback="serif"):
    """The font name if it has every glyph of s, else a fallback that does."""
    if covers(name, s):
        return name
    for alt in (fallback, "sans", "serif"):
        if covers(alt, s):
            return alt
    return "sans"


INK_BLUE = [(28, 42, 130), (20, 50, 150), (35, 35, 110), (15, 30, 90)]
INK_BLACK = [(30, 30, 38), (45, 42, 50), (20, 22, 30)]
SEAL_RED = [(205, 30, 40), (190, 25, 45), (215, 45, 50), (180, 20, 30)]


class Sheet:
    """One flat face of a document (card side, booklet page, A4 page)."""

    def __init__(self, w_mm, h_mm, ppm, bg=(255, 255, 255), kind="a4"):
        self.w_mm, self.h_mm, self.ppm = w_mm, h_mm, ppm
        self.W, self.H = int(round(w_mm * ppm)), int(round(h_mm * ppm))
        if isinstance(bg, Image.Image):
            self.img = bg.convert("RGB").resize((self.W, self.H))
        else:
            self.img = Image.new("RGB", (self.W, self.H), bg)
        self.draw = ImageDraw.Draw(self.img)
        self.boxes = []  # value boxes in px: (x0, y0, x1, y1)
        self.kind = kind
        self.meta = {}

    def px(self, v):
        return int(round(v * self.ppm))

    def refresh(self):
        self.draw = ImageDraw.Draw(self.img)

    # ------------------------------------------------------------ printed
    def text(self, x, y, s, fnt="sans", size=3.5, fill=(20, 20, 20), anchor="la", value=False,
             track=0.0, max_w=None):
        """x, y, size in mm. track: extra space between characters in mm."""
        if not s:
            return (x, y, x, y)
        fnt = fb(fnt, s, "sans" if fnt in ("hei", "mhei", "sans", "sansb") else "serif")
        px = self.px(size)
        f = font(fnt, px)
        if max_w is not None:
            w = self.text_w(s, fnt, size, track)
            if w > max_w and w > 0:
                px = max(4, int(px * max_w / w))
                f = font(fnt, px)
        X, Y = self.px(x), self.px(y)
        if track == 0:
            self.draw.text((X, Y), s, font=f, fill=fill, anchor=anchor)
            bb = self.draw.textbbox((X, Y), s, font=f, anchor=anchor)
        else:
            tw = sum(f.getlength(c) for c in s) + self.px(track) * (len(s) - 1)
            if anchor[0] == "m":
                X -= tw / 2
            elif anchor[0] == "r":
                X -= tw
            a2 = "l" + anchor[1]
            cx = X
            x0 = y0 = 1e9
            x1 = y1 = -1e9
            for c in s:
                self.draw.text((cx, Y), c, font=f, fill=fill, anchor=a2)
                b = self.draw.textbbox((cx, Y), c, font=f, anchor=a2)
                x0, y0, x1, y1 = min(x0, b[0]), min(y0, b[1]), max(x1, b[2]), max(y1, b[3])
                cx += f.getlength(c) + self.px(track)
            bb = (x0, y0, x1, y1)
        if value:
            self.boxes.append(tuple(int(v) for v in bb))
        return tuple(v / self.ppm for v in bb)

    def text_w(self, s, fnt="sans", size=3.5, track=0.0):
        f = font(fnt, self.px(size))
        return (f.getlength(s) + self.px(track) * max(0, len(s) - 1)) / self.ppm

    def para(self, x, y, w, s, fnt="serif", size=3.5, lead=1.6, fill=(25, 25, 25), indent=2):
        """Wrap s into width w (mm), return y after."""
        fnt = fb(fnt, s)
        f = font(fnt, self.px(size))
        maxpx = self.px(w)
        lines, cur = [], " " * 0
        first = True
        cur = "\u3000" * indent if indent else ""
        for ch in s:
            if f.getlength(cur + ch) > maxpx and ch not in "，。、；：！？）》”":
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        for ln in lines:
            self.draw.text((self.px(x), self.px(y)), ln, font=f, fill=fill)
            y += size * lead
        return y

    def line(self, x0, y0, x1, y1, w=0.25, fill=(40, 40, 40)):
        self.draw.line([(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))], fill=fill,
                       width=max(1, self.px(w)))

    def rect(self, x0, y0, x1, y1, w=0.3, outline=(40, 40, 40), fill=None):
        self.draw.rectangle([self.px(x0), self.px(y0), self.px(x1), self.px(y1)], outline=outline,
                            fill=fill, width=max(1, self.px(w)) if outline else 0)

    def rrect(self, x0, y0, x1, y1, r, fill=None, outline=None, w=0.3):
        self.draw.rounded_rectangle([self.px(x0), self.px(y0), self.px(x1), self.px(y1)], self.px(r),
                                    fill=fill, outline=outline, width=max(1, self.px(w)))

    def checkbox(self, x, y, size, checked, fill=(30, 30, 30), hand_ink=None, rnd=None):
        self.rect(x, y, x + size, y + size, w=0.25, outline=fill)
        if checked:
            if hand_ink is not None and rnd is not None:
                pts = [(x + size * 0.15, y + size * 0.5), (x + size * 0.42, y + size * 0.85),
                       (x + size * 1.05, y - size * 0.15)]
                pts = [(self.px(a + rnd.uniform(-0.3, 0.3)), self.px(b + rnd.uniform(-0.3, 0.3))) for a, b in pts]
                self.draw.line(pts, fill=hand_ink, width=max(2, self.px(0.45)), joint="curve")
            else:
                self.text(x + size / 2, y + size / 2, "✓", "dejavub", size * 1.05, fill, anchor="mm")

    # ------------------------------------------------------------ handwriting
    def hand(self, x, y, s, size, style, value=True, anchor="ls"):
        """Handwritten string; (x, y) is the baseline start in mm."""
        if not s:
            return (x, y, x, y)
        patch, ox, oy = render_hand(s, self.px(size), style)
        X = self.px(x) - ox
        if anchor == "ms":
            X -= (patch.shape[1] - 2 * ox) // 2
        Y = self.px(y) - oy
        bb = blend_ink(self.img, patch, X, Y, style["ink"], style.get("alpha", 0.92))
        self.refresh()
        if value and bb:
            self.boxes.append(bb)
        return tuple(v / self.ppm for v in bb) if bb else (x, y, x, y)

    def strike(self, bb_mm, style, n=None, rnd=None):
        """Strike out a handwritten correction (one or two strokes)."""
        x0, y0, x1, y1 = bb_mm
        ym = (y0 + y1) / 2
        n = n or 2
        for k in range(n):
            dy = (k - (n - 1) / 2) * 0.6 + (rnd.uniform(-0.3, 0.3) if rnd else 0)
            self.draw.line([(self.px(x0 - 0.5), self.px(ym + dy + 0.3)), (self.px(x1 + 0.5), self.px(ym + dy - 0.3))],
                           fill=style["ink"], width=max(2, self.px(0.35)))

    # ------------------------------------------------------------ seal
    def seal(self, cx, cy, r, ring, center="★", bottom="", color=None, alpha=0.85, kind="round",
             rnd=None, ring_font="sansb", rot=0.0):
        layer = seal_image(self.px(r), ring, center, bottom, kind, ring_font, rnd, rot)
        color = color or SEAL_RED[0]
        X, Y = self.px(cx) - layer.shape[1] // 2, self.px(cy) - layer.shape[0] // 2
        stamp(self.img, layer, X, Y, color, alpha)
        self.refresh()

    def best_spot(self, x0, y0, x1, y1, r, R, n=16, avoid=None):
        """Centre (mm) in the region whose disc of radius r overlaps value boxes least."""
        boxes = self.boxes if avoid is None else avoid
        best, bestv = None, None
        for _ in range(n):
            cx, cy = R.uniform(x0, x1), R.uniform(y0, y1)
            a0, b0, a1, b1 = self.px(cx - r * 0.95), self.px(cy - r * 0.95), self.px(cx + r * 0.95), self.px(cy + r * 0.95)
            ov = 0
            for (p0, q0, p1, q1) in boxes:
                w = min(a1, p1) - max(a0, p0)
                h = min(b1, q1) - max(b0, q0)
                if w > 0 and h > 0:
                    ov += w * h
            if bestv is None or ov < bestv:
                best, bestv = (cx, cy), ov
        return best

    # ------------------------------------------------------------ misc
    def paste(self, im: Image.Image, x, y, w=None, h=None, mask=None):
        if w is not None:
            im = im.resize((self.px(w), self.px(h) if h else int(im.height * self.px(w) / im.width)), Image.LANCZOS)
        self.img.paste(im, (self.px(x), self.px(y)), mask)
        self.refresh()


# ---------------------------------------------------------------- handwriting

def hand_style(rnd, ink=None, old=False, font_name=None):
    ink = ink or (rnd.choice(INK_BLUE) if rnd.random() < 0.65 else rnd.choice(INK_BLACK))
    if old:
        # faded ballpoint / fountain ink
        k = rnd.uniform(0.25, 0.45)
        ink = tuple(int(c + (200 - c) * k) for c in ink)
    return {
        "font": font_name or rnd.choice(HAND_FONTS),
        "ink": ink,
        "rot": rnd.uniform(2.0, 7.0),           # deg per char
        "slant": rnd.uniform(-0.05, 0.28),       # shear
        "jy": rnd.uniform(0.03, 0.10),           # baseline jitter, fraction of size
        "drift": rnd.uniform(-0.025, 0.025),     # baseline slope
        "scale": rnd.uniform(0.06, 0.16),        # size variation
        "space": rnd.uniform(-0.08, 0.12),       # extra spacing, fraction of size
        "bold": rnd.choice([0, 0, 1, 1, 2]),
        "alpha": rnd.uniform(0.8, 0.97),
        "warp": rnd.uniform(0.6, 1.6),
        "seed": rnd.randint(0, 2 ** 31 - 1),
    }


def render_hand(s, px, st):
    """Return (mask float32 HxW in 0..1, ox, oy): baseline start at (ox, oy)."""
    r = np.random.default_rng(st["seed"] + sum(ord(c) for c in s) * 7 + len(s))
    pad = int(px * 0.8)
    est_w = int(px * (len(s) * 1.25 + 2)) + 2 * pad
    H = int(px * 2.6) + 2 * pad
    canvas = np.zeros((H, est_w), np.float32)
    base = pad + int(px * 1.3)
    x = pad
    fnt = st["font"]
    for i, ch in enumerate(s):
        if ch == " ":
            x += int(px * 0.5)
            continue
        sc = 1.0 + r.uniform(-st["scale"], st["scale"])
        if ch.isascii() and ch.isalnum():
            sc *= 0.92
        fn = fnt
        if ch.isascii() and fnt in ("kai", "ukai"):
            fn = st.get("digit_font", "wenkai")
        if not covers(fn, ch):
            fn = "wenkai"
        f = font(fn, int(px * sc))
        g = Image.new("L", (int(px * 2.2), int(px * 2.2)), 0)
        dg = ImageDraw.Draw(g)
        dg.text((int(px * 0.5), int(px * 1.5)), ch, font=f, fill=255, anchor="ls")
        adv = f.getlength(ch)
        ang = r.uniform(-st["rot"], st["rot"])
        sh = st["slant"] + r.uniform(-0.04, 0.04)
        cx, cy = px * 1.1, px * 1.1
        a = math.radians(ang)
        M = np.array([[math.cos(a), -math.sin(a) + sh, 0], [math.sin(a), math.cos(a), 0]], np.float32)
        M[0, 2] = cx - M[0, 0] * cx - M[0, 1] * cy
        M[1, 2] = cy - M[1, 0] * cx - M[1, 1] * cy
        ga = cv2.warpAffine(np.asarray(g, np.float32) / 255.0, M, g.size, flags=cv2.INTER_LINEAR)
        jy = st["jy"] * (0.5 if ch.isascii() else 1.0)
        dy = int(r.normal(0, jy * px) + st["drift"] * (x - pad))
        yy = base - int(px * 1.5) + dy
        xx = x - int(px * 0.5)
        h, w = ga.shape
        if xx + w > canvas.shape[1]:
            canvas = np.pad(canvas, ((0, 0), (0, xx + w - canvas.shape[1] + 10)))
        y0 = max(0, yy)
        gy0 = y0 - yy
        y1 = min(H, yy + h)
        if y1 > y0:
            canvas[y0:y1, xx:xx + w] = np.maximum(canvas[y0:y1, xx:xx + w], ga[gy0:gy0 + (y1 - y0)])
        x += int(adv * (1.0 + st["space"] + r.uniform(-0.06, 0.06)))
    canvas = canvas[:, : x + pad]
    # pen pressure / ballpoint skips
    bold = max(st.get("bold", 0), px // 28)
    if bold:
        k = np.ones((bold + 1, bold + 1), np.uint8)
        canvas = cv2.dilate(canvas, k)
    # gentle elastic warp
    hh, ww = canvas.shape
    amp = st.get("warp", 1.0) * px * 0.035
    small = r.normal(0, 1, (4, max(2, ww // max(8, px)), 2)).astype(np.float32)
    disp = cv2.resize(small, (ww, hh), interpolation=cv2.INTER_CUBIC) * amp
    gx, gy = np.meshgrid(np.arange(ww, dtype=np.float32), np.arange(hh, dtype=np.float32))
    canvas = cv2.remap(canvas, gx + disp[..., 0], gy + disp[..., 1], cv2.INTER_LINEAR)
    tex = cv2.resize(r.uniform(0.55, 1.0, (max(2, hh // 6), max(2, ww // 6))).astype(np.float32), (ww, hh))
    canvas = np.clip(canvas * (0.7 + 0.45 * tex), 0, 1)
    return canvas, pad, base


def blend_ink(img: Image.Image, mask, X, Y, ink, alpha):
    """Multiply-blend ink through mask onto img in place. Returns bbox px."""
    arr = np.asarray(img).copy() if not img.readonly else np.array(img)
    H, W = arr.shape[:2]
    h, w = mask.shape
    x0, y0 = max(0, X), max(0, Y)
    x1, y1 = min(W, X + w), min(H, Y + h)
    if x1 <= x0 or y1 <= y0:
        return None
    m = mask[y0 - Y:y1 - Y, x0 - X:x1 - X][..., None] * alpha
    reg = arr[y0:y1, x0:x1].astype(np.float32)
    inkc = np.array(ink, np.float32)
    out = reg * (1 - m) + np.minimum(reg, inkc) * m
    arr[y0:y1, x0:x1] = out.astype(np.uint8)
    img.paste(Image.fromarray(arr))
    ys, xs = np.nonzero(mask > 0.3)
    if len(xs) == 0:
        return None
    return (int(X + xs.min()), int(Y + ys.min()), int(X + xs.max()), int(Y + ys.max()))


# ---------------------------------------------------------------- seals

def seal_image(rpx, ring, center, bottom, kind, ring_font, rnd, rot=0.0):
    """float32 mask (0..1) of a seal, square side ~ 2.2 r."""
    S = int(rpx * 2.3)
    im = Image.new("L", (S, S), 0)
    dr = ImageDraw.Draw(im)
    c = S / 2
    if kind == "oval":
        rx, ry = rpx, rpx * 0.68
    else:
        rx = ry = rpx
    lw = max(2, int(rpx * 0.07))
    dr.ellipse([c - rx, c - ry, c + rx, c + ry], outline=255, width=lw)
    if kind == "double":
        dr.ellipse([c - rx * 0.86, c - ry * 0.86, c + rx * 0.86, c + ry * 0.86], outline=255, width=max(1, lw // 3))
    # ring text along the upper arc
    n = len(ring)
    if n:
        fs = int(rpx * (0.25 if n < 12 else 0.2 if n < 16 else 0.17 if n < 20 else 0.15))
        f = font(ring_font, fs)
        span = math.radians(230 if n > 8 else 180)
        rr = rx * 0.71 if kind != "oval" else rx * 0.74
        for i, ch in enumerate(ring):
            t = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
            px_ = c + rr * math.cos(t)
            py_ = c + (ry / rx) * rr * math.sin(t)
            g = Image.new("L", (fs * 2, fs * 2), 0)
            ImageDraw.Draw(g).text((fs, fs), ch, font=f, fill=255, anchor="mm")
            g = g.rotate(-math.degrees(t) - 90, resample=Image.BICUBIC)
            im.paste(255, (int(px_ - fs), int(py_ - fs)), g)
    if center:
        fs = int(rpx * (0.55 if kind != "oval" else 0.4))
        dr.text((c, c - rpx * 0.02), center, font=font("dejavub" if center == "★" else ring_font, fs), fill=255, anchor="mm")
    if bottom:
        fs = int(rpx * 0.2)
        dr.text((c, c + ry * 0.52), bottom, font=font(ring_font, fs), fill=255, anchor="mm")
    if rot:
        im = im.rotate(rot, resample=Image.BICUBIC)
    m = np.asarray(im, np.float32) / 255.0
    # ink texture: uneven pressure and small voids
    if rnd is not None:
        r = np.random.default_rng(rnd.randint(0, 2 ** 31 - 1))
        lo = cv2.resize(r.uniform(0.45, 1.0, (6, 6)).astype(np.float32), (S, S), interpolation=cv2.INTER_CUBIC)
        hi = r.uniform(0.6, 1.0, (S, S)).astype(np.float32)
        hi = cv2.GaussianBlur(hi, (0, 0), 1.2)
        m = m * np.clip(lo * 1.1, 0.3, 1) * np.clip(hi * 1.25, 0, 1)
        m = cv2.GaussianBlur(m, (0, 0), 0.6)
    return m


def stamp(img, mask, X, Y, color, alpha):
    arr = np.array(img)
    H, W = arr.shape[:2]
    h, w = mask.shape
    x0, y0 = max(0, X), max(0, Y)
    x1, y1 = min(W, X + w), min(H, Y + h)
    if x1 <= x0 or y1 <= y0:
        return
    m = mask[y0 - Y:y1 - Y, x0 - X:x1 - X][..., None] * alpha
    reg = arr[y0:y1, x0:x1].astype(np.float32)
    col = np.array(color, np.float32)
    # multiply blend: dark text under the seal stays dark
    out = reg * (1 - m) + (reg * col / 255.0) * m
    arr[y0:y1, x0:x1] = np.clip(out, 0, 255).astype(np.uint8)
    img.paste(Image.fromarray(arr))


# ---------------------------------------------------------------- textures

def noise_field(r, h, w, cells, smooth=True):
    a = r.uniform(0, 1, (max(2, int(h / w * cells)), max(2, cells))).astype(np.float32)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_CUBIC if smooth else cv2.INTER_NEAREST)


def paper(w, h, r, base=(250, 249, 245), mottle=4.0, grain=3.0):
    b = np.array(base, np.float32)
    f = (noise_field(r, h, w, 5) - 0.5) * 2 * mottle
    out = np.empty((h, w, 3), np.float32)
    out[:] = b
    out += f[..., None]
    if grain:
        g = r.normal(0, grain, (h // 2 + 1, w // 2 + 1)).astype(np.float32)
        out += cv2.resize(g, (w, h), interpolation=cv2.INTER_LINEAR)[..., None]
    return np.clip(out, 0, 255)


def age_paper(img: Image.Image, r, strength=1.0, fade_ink=0.0):
    """Yellow the paper, fade dark ink, add stains, foxing and darker edges."""
    a = np.asarray(img, np.float32)
    h, w = a.shape[:2]
    if fade_ink > 0:
        lum = a.mean(axis=2, keepdims=True)
        dark = np.clip((200 - lum) * (1 / 200), 0, 1)
        a = a + (235 - a) * (dark * fade_ink)
    k = 0.55 * strength
    tint = 1 - k + k * np.array([1.0, 0.955, 0.83], np.float32)
    # stains and edge darkening in one small gain map
    gh, gw = max(8, h // 16), max(8, w // 16)
    st = noise_field(r, gh, gw, 7)
    st = np.clip((st - 0.62) * 4, 0, 1) * 0.12 * strength
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    e = np.minimum.reduce([xx, yy, gw - 1 - xx, gh - 1 - yy]) / (0.06 * min(gw, gh))
    e = 0.86 + 0.14 * np.clip(e, 0, 1)
    g = np.dstack([tint[c] * e * (1 - st * s_) for c, s_ in enumerate((0.05, 0.18, 0.45))]).astype(np.float32)
    g = cv2.resize(g, (w, h), interpolation=cv2.INTER_LINEAR)
    a *= g
    for _ in range(int(r.integers(5, 25) * strength)):
        x, y = int(r.integers(0, w)), int(r.integers(0, h))
        rad = int(r.integers(2, max(3, w // 120)))
        cv2.circle(a, (x, y), rad, (190, 160, 110), -1)
    out = np.clip(a, 0, 255).astype(np.uint8)
    if strength > 0.6:
        out = cv2.GaussianBlur(out, (0, 0), 0.6)
    return Image.fromarray(out)


def guilloche(w, h, r, c1, c2, density=1.0, bg=(250, 250, 250)):
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    xx /= w
    yy /= h
    k1, k2 = r.uniform(40, 70) * density, r.uniform(3, 7)
    p1 = np.sin(2 * np.pi * (k1 * yy + 0.8 * np.sin(2 * np.pi * (k2 * xx + r.uniform(0, 1)))))
    p2 = np.sin(2 * np.pi * (k1 * 0.8 * xx + 0.6 * np.sin(2 * np.pi * (k2 * 1.3 * yy + r.uniform(0, 1)))))
    l1 = np.clip(1 - np.abs(p1) * 4, 0, 1)
    l2 = np.clip(1 - np.abs(p2) * 4, 0, 1)
    grad = (xx * 0.6 + yy * 0.4)[..., None]
    base = np.array(bg, np.float32) * (1 - 0.04 * grad)
    c1 = np.array(c1, np.float32)
    c2 = np.array(c2, np.float32)
    out = base * (1 - 0.35 * l1[..., None]) + c1 * 0.35 * l1[..., None]
    out = out * (1 - 0.25 * l2[..., None]) + c2 * 0.25 * l2[..., None]
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


def portrait(w, h, r, bg=(250, 250, 252), sex="男", ssaa=2):
    W, H = w * ssaa, h * ssaa
    im = Image.new("RGB", (W, H), bg)
    dr = ImageDraw.Draw(im)
    skin = tuple(int(v) for v in (np.array([228, 190, 160]) + r.integers(-20, 12, 3)))
    hair = tuple(int(v) for v in r.integers(10, 45, 3))
    cloth = tuple(int(v) for v in r.integers(20, 90, 3))
    cx = W / 2 + r.uniform(-0.03, 0.03) * W
    # shoulders
    dr.ellipse([cx - W * 0.55, H * 0.74, cx + W * 0.55, H * 1.45], fill=cloth)
    dr.rectangle([cx - W * 0.08, H * 0.55, cx + W * 0.08, H * 0.8], fill=skin)
    # hair back
    if sex == "女":
        dr.ellipse([cx - W * 0.3, H * 0.14, cx + W * 0.3, H * 0.82], fill=hair)
    dr.ellipse([cx - W * 0.22, H * 0.2, cx + W * 0.22, H * 0.66], fill=skin)
    dr.chord([cx - W * 0.235, H * 0.15, cx + W * 0.235, H * 0.5], 180, 360, fill=hair)
    # eyes, mouth
    for dx in (-0.085, 0.085):
        dr.ellipse([cx + W * dx - W * 0.025, H * 0.41, cx + W * dx + W * 0.025, H * 0.43], fill=(40, 30, 30))
    dr.line([cx - W * 0.05, H * 0.56, cx + W * 0.05, H * 0.56], fill=(150, 80, 80), width=max(1, W // 60))
    return im.resize((w, h), Image.LANCZOS)


def emblem(size, r=None):
    """A simplified red-and-gold round emblem (not the real one)."""
    S = size * 2
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    dr.ellipse([S * 0.04, S * 0.04, S * 0.96, S * 0.96], fill=(200, 30, 30, 255), outline=(230, 180, 40, 255), width=S // 25)
    dr.ellipse([S * 0.22, S * 0.22, S * 0.78, S * 0.78], outline=(235, 190, 50, 255), width=S // 30)
    dr.text((S / 2, S * 0.36), "★", font=font("dejavub", S // 5), fill=(240, 200, 50, 255), anchor="mm")
    for k, dx in enumerate((-0.17, -0.08, 0.08, 0.17)):
        dr.text((S / 2 + dx * S, S * 0.44 + (0.03 if abs(dx) > 0.1 else 0) * S), "★",
                font=font("dejavub", S // 11), fill=(240, 200, 50, 255), anchor="mm")
    dr.rectangle([S * 0.33, S * 0.56, S * 0.67, S * 0.66], fill=(240, 200, 50, 255))
    return im.resize((size, size), Image.LANCZOS)


def qr_like(n, r, module=4):
    """A QR-looking block pattern (not decodable)."""
    g = (r.uniform(0, 1, (n, n)) < 0.5).astype(np.uint8)
    for (y, x) in [(0, 0), (0, n - 7), (n - 7, 0)]:
        g[y:y + 7, x:x + 7] = 1
        g[y + 1:y + 6, x + 1:x + 6] = 0
        g[y + 2:y + 5, x + 2:x + 5] = 1
    im = Image.fromarray(((1 - g) * 255).astype(np.uint8)).resize((n * module, n * module), Image.NEAREST)
    return im.convert("RGB")
