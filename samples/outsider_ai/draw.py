"""A page to draw on in millimetres, with glyph-safe text (see fonts.runs)."""
import math
from PIL import Image, ImageDraw
import numpy as np

from . import fonts

NO_LINE_START = set("，。、；：）》」』！？%,.;:)")


class Sheet:
    def __init__(self, w_mm, h_mm, dpi=180, bg=(255, 255, 255)):
        self.w, self.h, self.dpi = w_mm, h_mm, dpi
        self.img = Image.new("RGB", (self.px(w_mm), self.px(h_mm)), bg)
        self.d = ImageDraw.Draw(self.img)

    def px(self, mm):
        return int(round(mm * self.dpi / 25.4))

    def fpx(self, mm):
        return mm * self.dpi / 25.4

    def size_px(self, pt):
        return pt * self.dpi / 72.0

    # ---------------------------------------------------------------- text
    def width(self, s, font, size, spacing=0.0):
        px = self.size_px(size)
        w = sum(fonts.pil(n, px).getlength(t) for n, t in fonts.runs(s, font))
        return w * 25.4 / self.dpi + spacing * max(0, len(s) - 1)

    def text(self, x, y, s, font="song", size=10.5, fill=(20, 20, 20), anchor="ls", spacing=0.0):
        """Draw s; anchor = horizontal l/m/r + vertical s(baseline)/t(top)/m(middle).
        Returns the box (x0, y0, x1, y1) in mm."""
        if not s:
            return (x, y, x, y)
        px = self.size_px(size)
        w = self.width(s, font, size, spacing)
        h_mm = size * 25.4 / 72.0
        if anchor[0] == "m":
            x -= w / 2
        elif anchor[0] == "r":
            x -= w
        if anchor[1] == "t":
            y += h_mm * 0.86
        elif anchor[1] == "m":
            y += h_mm * 0.36
        cx = self.fpx(x)
        by = self.fpx(y)
        for n, t in fonts.runs(s, font):
            f = fonts.pil(n, px)
            if spacing:
                for ch in t:
                    self.d.text((cx, by), ch, font=f, fill=fill, anchor="ls")
                    cx += f.getlength(ch) + self.fpx(spacing)
            else:
                self.d.text((cx, by), t, font=f, fill=fill, anchor="ls")
                cx += f.getlength(t)
        return (x, y - h_mm * 0.86, x + w, y + h_mm * 0.14)

    def hand(self, x, y, s, rng, font="wenkai", size=12, ink=(25, 40, 120), anchor="ls", spacing=0.4):
        """Hand-like writing: each character with its own size, tilt and baseline."""
        px0 = self.size_px(size)
        w = self.width(s, font, size, spacing)
        if anchor[0] == "m":
            x -= w / 2
        elif anchor[0] == "r":
            x -= w
        cx = self.fpx(x)
        by = self.fpx(y)
        slope = rng.uniform(-0.03, 0.03)
        for k, ch in enumerate(s):
            if ch == " ":
                cx += px0 * 0.4
                continue
            n = fonts.font_for(ch, fonts.chain_of(font))
            f = fonts.pil(n, px0 * rng.uniform(0.9, 1.1))
            box = int(px0 * 1.6)
            tile = Image.new("L", (box, box), 0)
            ImageDraw.Draw(tile).text((box * 0.2, box * 0.8), ch, font=f, fill=255, anchor="ls")
            tile = tile.rotate(rng.uniform(-5, 5), resample=Image.BICUBIC, center=(box * 0.4, box * 0.6))
            dy = rng.uniform(-0.06, 0.06) * px0 + slope * (cx - self.fpx(x))
            ox, oy = int(cx - box * 0.2), int(by - box * 0.8 + dy)
            col = Image.new("RGB", tile.size, ink)
            self.img.paste(col, (ox, oy), tile)
            cx += f.getlength(ch) + self.fpx(spacing) + rng.uniform(-0.05, 0.08) * px0
        return (x, y - size * 0.3, x + w, y)

    def wrap(self, s, font, size, w_mm, indent=0):
        lines, cur, first = [], "", True
        for ch in s:
            limit = w_mm - (indent if first else 0)
            if ch == "\n":
                lines.append(cur)
                cur, first = "", False
                continue
            if self.width(cur + ch, font, size) > limit and cur:
                if ch in NO_LINE_START:
                    cur += ch
                    continue
                lines.append(cur)
                cur, first = ch, False
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, w_mm, s, font="song", size=10.5, leading=1.75, indent_chars=2, fill=(20, 20, 20)):
        """Wrapped paragraph with first-line indent; y is the first baseline.
        Returns the baseline after the paragraph."""
        ch_w = size * 25.4 / 72.0
        indent = indent_chars * ch_w
        step = ch_w * leading
        for k, line in enumerate(self.wrap(s, font, size, w_mm, indent)):
            self.text(x + (indent if k == 0 else 0), y, line, font, size, fill)
            y += step
        return y

    # -------------------------------------------------------------- shapes
    def line(self, x0, y0, x1, y1, width=0.25, fill=(30, 30, 30)):
        self.d.line([(self.fpx(x0), self.fpx(y0)), (self.fpx(x1), self.fpx(y1))],
                    fill=fill, width=max(1, self.px(width)))

    def rect(self, x0, y0, x1, y1, outline=(30, 30, 30), width=0.25, fill=None):
        self.d.rectangle([self.fpx(x0), self.fpx(y0), self.fpx(x1), self.fpx(y1)],
                         outline=outline, width=max(1, self.px(width)) if outline else 0, fill=fill)

    def rounded(self, x0, y0, x1, y1, r, fill=None, outline=None, width=0.3):
        self.d.rounded_rectangle([self.fpx(x0), self.fpx(y0), self.fpx(x1), self.fpx(y1)],
                                 radius=self.fpx(r), fill=fill, outline=outline,
                                 width=max(1, self.px(width)) if outline else 0)

    def dashed(self, x0, y, x1, dash=1.2, gap=0.8, width=0.2, fill=(60, 60, 60)):
        x = x0
        while x < x1:
            self.line(x, y, min(x + dash, x1), y, width, fill)
            x += dash + gap

    def grid(self, x, y, col_w, row_h, width=0.3, fill=(30, 30, 30)):
        """Ruled grid; returns list of cell boxes [row][col]."""
        xs = [x]
        for cw in col_w:
            xs.append(xs[-1] + cw)
        ys = [y]
        for rh in row_h:
            ys.append(ys[-1] + rh)
        for yy in ys:
            self.line(xs[0], yy, xs[-1], yy, width, fill)
        for xx in xs:
            self.line(xx, ys[0], xx, ys[-1], width, fill)
        return [[(xs[c], ys[r], xs[c + 1], ys[r + 1]) for c in range(len(col_w))] for r in range(len(row_h))]

    def cell_text(self, box, s, font="song", size=10, fill=(20, 20, 20), align="l", pad=1.5):
        x0, y0, x1, y1 = box
        ym = (y0 + y1) / 2
        while size > 5 and self.width(s, font, size) > (x1 - x0) - 2 * pad:
            size -= 0.5
        if align == "m":
            return self.text((x0 + x1) / 2, ym, s, font, size, fill, "mm")
        if align == "r":
            return self.text(x1 - pad, ym, s, font, size, fill, "rm")
        return self.text(x0 + pad, ym, s, font, size, fill, "lm")

    def checkbox(self, x, y, checked, size=11, font="song"):
        """A checkbox glyph at baseline y: ☑ / □ (the chain falls back to a font
        that has the glyph)."""
        return self.text(x, y, "☑" if checked else "□", [font, "dejavu"], size)

    def fill_line(self, x0, x1, y, value, rng=None, font="song", size=10.5, hand=False,
                  ink=(25, 40, 120), fill=(20, 20, 20)):
        """A fill-in line (underline) with the value written over it."""
        self.line(x0, y + 0.9, x1, y + 0.9, 0.2)
        if not value:
            return
        if hand:
            self.hand(x0 + 1.5 + rng.uniform(0, 2), y - 0.2, value, rng, font, size * 1.08, ink)
        else:
            self.text(x0 + 1.5, y, value, font, size, fill)

    def paste_ink(self, layer, x_mm, y_mm, center=True):
        """Multiply an RGBA ink layer (seal, stamp) onto the page."""
        ox, oy = self.px(x_mm), self.px(y_mm)
        if center:
            ox -= layer.width // 2
            oy -= layer.height // 2
        multiply(self.img, layer, ox, oy)


def multiply(base, layer, ox, oy):
    """In-place multiply blend of RGBA layer onto RGB base at (ox, oy)."""
    bw, bh = base.size
    x0, y0 = max(0, ox), max(0, oy)
    x1, y1 = min(bw, ox + layer.width), min(bh, oy + layer.height)
    if x1 <= x0 or y1 <= y0:
        return
    crop = np.asarray(base.crop((x0, y0, x1, y1))).astype(np.float32)
    lay = np.asarray(layer.crop((x0 - ox, y0 - oy, x1 - ox, y1 - oy))).astype(np.float32)
    a = lay[..., 3:4] / 255.0
    col = lay[..., :3] / 255.0
    out = crop * (1 - a + a * col)
    base.paste(Image.fromarray(out.clip(0, 255).astype(np.uint8)), (x0, y0))


def rotate_point(cx, cy, x, y, deg):
    r = math.radians(deg)
    dx, dy = x - cx, y - cy
    return cx + dx * math.cos(r) - dy * math.sin(r), cy + dx * math.sin(r) + dy * math.cos(r)
