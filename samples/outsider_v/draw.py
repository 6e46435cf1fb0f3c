"""Drawing helpers: a page in millimetres, fitted text, cells, seals,
watermarks, handwriting and background patterns."""
from __future__ import annotations

import math

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageChops

from .fonts import pil_font, resolve

BLACK = (20, 20, 22)
NO_START = set("，。、；：）》」』！？,.;:)")


class Page:
    def __init__(self, w_mm, h_mm, dpi=200, bg=(255, 255, 255)):
        self.dpi = dpi
        self.w_mm, self.h_mm = w_mm, h_mm
        self.k = dpi / 25.4
        self.img = Image.new("RGB", (int(round(w_mm * self.k)), int(round(h_mm * self.k))), bg)
        self.d = ImageDraw.Draw(self.img)

    def px(self, v):
        return v * self.k

    # ------------------------------------------------------------------ text
    def measure(self, s, spec, size_mm, track=0.0):
        spec = resolve(spec, s)
        f = pil_font(spec, self.px(size_mm))
        w = f.getlength(s) + self.px(track) * max(0, len(s) - 1)
        return w / self.k

    def text(self, x, y, s, spec, size_mm, fill=BLACK, anchor="ls", max_w=None, track=0.0, min_scale=0.45):
        """Draw s at (x, y) mm.  Shrinks to max_w (mm).  Returns bbox in mm."""
        if not s:
            return (x, y, x, y)
        spec = resolve(spec, s)
        size = size_mm
        if max_w:
            w = self.measure(s, spec, size, track)
            if w > max_w:
                size = max(size * max_w / w * 0.98, size_mm * min_scale)
                track = track * max_w / w
        f = pil_font(spec, self.px(size))
        if track == 0:
            self.d.text((self.px(x), self.px(y)), s, font=f, fill=fill, anchor=anchor)
            bb = self.d.textbbox((self.px(x), self.px(y)), s, font=f, anchor=anchor)
        else:
            tot = f.getlength(s) + self.px(track) * (len(s) - 1)
            cx = self.px(x)
            if anchor[0] == "m":
                cx -= tot / 2
            elif anchor[0] == "r":
                cx -= tot
            a2 = "l" + anchor[1]
            x0 = cx
            for ch in s:
                self.d.text((cx, self.px(y)), ch, font=f, fill=fill, anchor=a2)
                cx += f.getlength(ch) + self.px(track)
            bb = (x0, self.px(y) - self.px(size), cx, self.px(y))
        return tuple(v / self.k for v in bb)

    def wrap(self, s, spec, size_mm, max_w):
        lines, cur = [], ""
        for ch in s:
            if cur and self.measure(cur + ch, spec, size_mm) > max_w:
                if ch in NO_START and len(cur) > 1:       # keep closing punctuation on the line
                    lines.append(cur[:-1])
                    cur = cur[-1] + ch
                else:
                    lines.append(cur)
                    cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def cell(self, box, s, spec, size_mm, fill=BLACK, align="l", valign="m", pad=1.5, max_lines=3, lh=1.3):
        """Fit s inside box=(x0,y0,x1,y1) mm, wrapping and shrinking."""
        if not s:
            return
        x0, y0, x1, y1 = box
        w, h = x1 - x0 - 2 * pad, y1 - y0 - 2 * pad * 0.6
        size = size_mm
        spec = resolve(spec, s)
        for _ in range(30):
            lines = self.wrap(s, spec, size, w) if max_lines > 1 else [s]
            if len(lines) <= max_lines and len(lines) * size * lh <= h + 0.01 and \
                    all(self.measure(t, spec, size) <= w + 0.01 for t in lines):
                break
            size *= 0.92
        total = len(lines) * size * lh
        if valign == "t":
            ty = y0 + pad * 0.6
        elif valign == "b":
            ty = y1 - pad * 0.6 - total
        else:
            ty = (y0 + y1) / 2 - total / 2
        for i, t in enumerate(lines):
            by = ty + (i + 0.5) * size * lh
            if align == "l":
                self.text(x0 + pad, by, t, spec, size, fill, anchor="lm")
            elif align == "r":
                self.text(x1 - pad, by, t, spec, size, fill, anchor="rm")
            else:
                self.text((x0 + x1) / 2, by, t, spec, size, fill, anchor="mm")

    # ----------------------------------------------------------------- lines
    def line(self, x0, y0, x1, y1, w=0.25, fill=BLACK):
        self.d.line([(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))], fill=fill,
                    width=max(1, int(round(self.px(w)))))

    def rect(self, x0, y0, x1, y1, w=0.25, outline=BLACK, fill=None):
        self.d.rectangle([self.px(x0), self.px(y0), self.px(x1), self.px(y1)], outline=outline, fill=fill,
                         width=max(1, int(round(self.px(w)))) if outline else 0)

    def rrect(self, x0, y0, x1, y1, r, fill=None, outline=None, w=0.25):
        self.d.rounded_rectangle([self.px(x0), self.px(y0), self.px(x1), self.px(y1)], radius=self.px(r),
                                 fill=fill, outline=outline, width=max(1, int(round(self.px(w)))))

    def grid(self, x0, y0, cols, rows, w=0.3, fill=BLACK):
        """cols: x positions, rows: y positions (absolute mm)."""
        for x in cols:
            self.line(x, rows[0], x, rows[-1], w, fill)
        for y in rows:
            self.line(cols[0], y, cols[-1], y, w, fill)

    def checkbox(self, x, y, size, checked, fill=BLACK):
        self.rect(x, y - size, x + size, y, w=0.22, outline=fill)
        if checked:
            p = [(x + size * 0.18, y - size * 0.5), (x + size * 0.42, y - size * 0.2), (x + size * 0.9, y - size * 1.05)]
            self.d.line([(self.px(a), self.px(b)) for a, b in p], fill=fill, width=max(1, int(self.px(0.45))))

    def hand(self, x, y, s, spec, size_mm, rng, ink=(25, 35, 90), anchor="ls", max_w=None):
        """Handwriting: per-character jitter of position, size and angle."""
        if not s:
            return
        spec = resolve(spec, s)
        if max_w:
            w = self.measure(s, spec, size_mm) * 1.08
            if w > max_w:
                size_mm *= max_w / w
        total = self.measure(s, spec, size_mm) * 1.08
        cx = x - (total / 2 if anchor[0] == "m" else total if anchor[0] == "r" else 0)
        for ch in s:
            sz = size_mm * rng.uniform(0.9, 1.1)
            f = pil_font(spec, self.px(sz))
            tile = Image.new("L", (int(self.px(sz * 1.6)), int(self.px(sz * 1.6))), 0)
            ImageDraw.Draw(tile).text((tile.width / 2, tile.height / 2), ch, font=f, fill=255, anchor="mm")
            tile = tile.rotate(rng.uniform(-7, 7), resample=Image.BICUBIC)
            cw = f.getlength(ch) / self.k
            px = self.px(cx + cw / 2) - tile.width / 2
            py = self.px(y - sz * 0.38 + rng.uniform(-0.35, 0.35)) - tile.height / 2
            self.img.paste(Image.new("RGB", tile.size, ink), (int(px), int(py)), tile)
            cx += cw * rng.uniform(1.0, 1.12)

    # ----------------------------------------------------------- overlays
    def multiply(self, layer_rgb: Image.Image, mask: Image.Image, alpha=1.0):
        """Multiply-blend layer over the page where mask is set."""
        base = np.asarray(self.img, dtype=np.float32)
        lay = np.asarray(layer_rgb, dtype=np.float32) / 255.0
        m = np.asarray(mask, dtype=np.float32)[..., None] / 255.0 * alpha
        out = base * (1 - m) + base * lay * m
        self.img = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))
        self.d = ImageDraw.Draw(self.img)


def seal_mask(size_px, ring_text, center_text, spec, rng, star=True, oval=False, sub=""):
    """Return an L mask of a round (or oval) official seal."""
    W = int(size_px)
    H = int(size_px * (0.68 if oval else 1.0))
    m = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(m)
    lw = max(2, int(W * 0.035))
    d.ellipse([lw, lw, W - lw, H - lw], outline=255, width=lw)
    cx, cy = W / 2, H / 2
    rx, ry = W / 2 - lw * 3.4, H / 2 - lw * 3.4
    n = len(ring_text)
    if n:
        fs = min(W * 0.13, (2 * math.pi * rx * 0.62) / max(n, 1))
        f = pil_font(resolve(spec, ring_text), fs)
        span = min(250, 12 + n * 17.5) if not oval else min(220, n * 14)
        for i, ch in enumerate(ring_text):
            a = -90 - span / 2 + span * (i + 0.5) / n
            ar = math.radians(a)
            px, py = cx + (rx - fs * 0.55) * math.cos(ar), cy + (ry - fs * 0.55) * math.sin(ar)
            t = Image.new("L", (int(fs * 1.5), int(fs * 1.5)), 0)
            ImageDraw.Draw(t).text((t.width / 2, t.height / 2), ch, font=f, fill=255, anchor="mm")
            t = t.rotate(-(a + 90), resample=Image.BICUBIC)
            m.paste(255, (int(px - t.width / 2), int(py - t.height / 2)), t)
    if star:
        r = W * 0.12
        pts = []
        for k in range(10):
            rr = r if k % 2 == 0 else r * 0.4
            a = math.radians(-90 + k * 36)
            pts.append((cx + rr * math.cos(a), cy + rr * math.sin(a) - (H * 0.02)))
        d.polygon(pts, fill=255)
    if center_text:
        fs = W * 0.095
        f = pil_font(resolve(spec, center_text), fs)
        d.text((cx, cy + H * 0.25), center_text, font=f, fill=255, anchor="mm")
    if sub:
        f = pil_font(resolve(spec, sub), W * 0.06)
        d.text((cx, cy + H * 0.36), sub, font=f, fill=255, anchor="mm")
    # ink texture: drop-outs and uneven pressure
    a = np.asarray(m, dtype=np.float32)
    noise = np.asarray(Image.fromarray((np.random.default_rng(rng.randrange(1 << 30)).random(
        (max(1, H // 6), max(1, W // 6))) * 255).astype(np.uint8)).resize((W, H), Image.BICUBIC), dtype=np.float32)
    a = a * np.clip(0.55 + noise / 255.0 * 0.7, 0, 1)
    return Image.fromarray(a.astype(np.uint8)).rotate(rng.uniform(-25, 25), resample=Image.BICUBIC, expand=True)


def stamp(page: Page, cx_mm, cy_mm, diam_mm, ring_text, center_text, spec, rng, color=(205, 35, 40),
          alpha=0.85, oval=False, sub="", star=True):
    m = seal_mask(page.px(diam_mm), ring_text, center_text, spec, rng, star=star, oval=oval, sub=sub)
    full = Image.new("L", page.img.size, 0)
    full.paste(m, (int(page.px(cx_mm) - m.width / 2), int(page.px(cy_mm) - m.height / 2)))
    page.multiply(Image.new("RGB", page.img.size, color), full, alpha)


def watermark(page: Page, text, spec, rng, color=None, alpha=None, angle=None, size_mm=None):
    color = color or rng.choice([(170, 170, 170), (150, 170, 220), (230, 150, 150), (150, 200, 160)])
    alpha = alpha if alpha is not None else rng.uniform(0.35, 0.55)
    angle = angle if angle is not None else rng.choice([-30, -25, 25, 30, 35, 0, -40])
    size = size_mm or rng.uniform(7, 11)
    W, H = page.img.size
    big = Image.new("L", (int(W * 1.6), int(H * 1.6)), 0)
    d = ImageDraw.Draw(big)
    f = pil_font(resolve(spec, text), page.px(size))
    step_y = page.px(size * rng.uniform(4.5, 7))
    tw = f.getlength(text) + page.px(15)
    y, row = 0, 0
    while y < big.height:
        x = -(row % 2) * tw / 2
        while x < big.width:
            d.text((x, y), text, font=f, fill=255)
            x += tw
        y += step_y
        row += 1
    big = big.rotate(angle, resample=Image.BICUBIC)
    cx, cy = big.width // 2, big.height // 2
    m = big.crop((cx - W // 2, cy - H // 2, cx - W // 2 + W, cy - H // 2 + H))
    page.multiply(Image.new("RGB", page.img.size, color), m, alpha)


def guilloche(w, h, rng, tint=(225, 235, 245), lines=(150, 180, 215), n=28):
    """A light security background of crossing sine curves."""
    img = Image.new("RGB", (w, h), tint)
    d = ImageDraw.Draw(img)
    xs = np.linspace(0, w, 240)
    for k in range(n):
        amp = h * rng.uniform(0.02, 0.08)
        fr = rng.uniform(1.5, 5) * 2 * math.pi / w
        ph = rng.uniform(0, 6.3)
        y0 = h * k / n
        pts = [(x, y0 + amp * math.sin(fr * x + ph)) for x in xs]
        c = tuple(int(a + (255 - a) * rng.uniform(0.35, 0.6)) for a in lines)
        d.line(pts, fill=c, width=1)
    return img


def photo_face(w, h, rng, bg=(236, 238, 240)):
    """A neutral portrait placeholder (head and shoulders silhouette)."""
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    tone = rng.choice([(120, 110, 105), (95, 90, 90), (140, 128, 118)])
    d.ellipse([w * 0.3, h * 0.16, w * 0.7, h * 0.6], fill=tone)
    d.ellipse([w * 0.08, h * 0.62, w * 0.92, h * 1.3], fill=tuple(max(0, c - 30) for c in tone))
    d.rectangle([w * 0.42, h * 0.55, w * 0.58, h * 0.68], fill=tone)
    return img.filter(ImageFilter.GaussianBlur(max(1, w // 60)))


def qr_like(n_px, rng):
    mods = 25
    a = np.array([[rng.random() < 0.5 for _ in range(mods)] for _ in range(mods)], dtype=np.uint8)
    for (r, c) in [(0, 0), (0, mods - 7), (mods - 7, 0)]:
        a[r:r + 7, c:c + 7] = 1
        a[r + 1:r + 6, c + 1:c + 6] = 0
        a[r + 2:r + 5, c + 2:c + 5] = 1
    img = Image.fromarray(((1 - a) * 255).astype(np.uint8)).resize((n_px, n_px), Image.NEAREST)
    return img.convert("RGB")
