"""Page model in millimetres, with a raster (PIL) and a text-layer PDF (reportlab) backend."""
import math
from PIL import Image, ImageDraw, ImageFilter
from . import fonts


class Page:
    def __init__(self, w, h, bg=(255, 255, 255), kind="paper"):
        self.w, self.h, self.bg, self.kind = w, h, bg, kind
        self.items = []   # drawing ops
        self.boxes = []   # text boxes: dict(text, box mm, value bool, hidden bool)
        self.seals = []   # (cx, cy, r)
        self.glare = []   # (cx, cy, rx, ry, strength)

    # ---- primitives
    def text(self, x, y, s, size=3.5, font="song", color=(20, 20, 20), anchor="l", value=False, hidden=False, spacing=0.0):
        """y is the top of the line; size is the em size in mm"""
        if s is None or s == "":
            return x
        w = fonts.width_mm(font, s, size) + spacing * max(0, len(s) - 1)
        x0 = x - w if anchor == "r" else (x - w / 2 if anchor == "c" else x)
        self.items.append(("text", x0, y, s, size, font, color, spacing))
        self.boxes.append({"text": s, "box": [x0, y, x0 + w, y + size * 1.15], "value": value, "hidden": hidden})
        return x0 + w

    def wrap(self, s, width, size, font):
        if "\n" in s:
            return [ln for part in s.split("\n") for ln in self.wrap(part, width, size, font)]
        lines, cur = [], ""
        for ch in s:
            if fonts.width_mm(font, cur + ch, size) > width and cur:
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=3.5, font="song", color=(20, 20, 20), lead=1.6, value=False, anchor="l"):
        lines = self.wrap(s, width, size, font)
        for k, ln in enumerate(lines):
            xx = x + width if anchor == "r" else x
            self.text(xx, y + k * size * lead, ln, size, font, color, anchor=anchor, value=value)
        return y + len(lines) * size * lead

    def line(self, x0, y0, x1, y1, w=0.25, color=(40, 40, 40)):
        self.items.append(("line", x0, y0, x1, y1, w, color))

    def rect(self, x0, y0, x1, y1, outline=(40, 40, 40), fill=None, w=0.25, r=0):
        self.items.append(("rect", x0, y0, x1, y1, outline, fill, w, r))

    def ellipse(self, x0, y0, x1, y1, outline=None, fill=None, w=0.3):
        self.items.append(("ellipse", x0, y0, x1, y1, outline, fill, w))

    def seal(self, cx, cy, r, ring, center="", color=(210, 30, 40), star=True):
        self.items.append(("seal", cx, cy, r, ring, center, color, star))
        self.seals.append((cx, cy, r))

    def pattern(self, x0, y0, x1, y1, color, step=1.6, kind="wave"):
        self.items.append(("pattern", x0, y0, x1, y1, color, step, kind))

    def qr(self, x, y, s, seed):
        self.items.append(("qr", x, y, s, seed))

    def photo(self, x0, y0, x1, y1):
        self.items.append(("photo", x0, y0, x1, y1))

    def watermark(self, s, size, color, angle):
        self.items.append(("watermark", s, size, color, angle))

    def checkbox(self, x, y, size, checked, font="song"):
        self.rect(x, y + size * 0.12, x + size * 0.9, y + size * 1.02, w=0.22)
        if checked:
            self.items.append(("tick", x, y + size * 0.12, size * 0.9))


# ---------------------------------------------------------------- raster
def render(page, dpi, rng=None):
    s = dpi / 25.4
    W, H = int(round(page.w * s)), int(round(page.h * s))
    im = Image.new("RGB", (W, H), page.bg)
    dr = ImageDraw.Draw(im, "RGBA")
    P = lambda v: v * s
    for it in page.items:
        k = it[0]
        if k == "text":
            _, x, y, txt, size, font, color, spacing = it
            px = size * s
            xx = P(x)
            for fk, run in fonts.runs(font, txt):
                f = fonts.pil(fk, px)
                if spacing:
                    for ch in run:
                        dr.text((xx, P(y)), ch, font=f, fill=color)
                        xx += f.getlength(ch) + spacing * s
                else:
                    dr.text((xx, P(y)), run, font=f, fill=color)
                    xx += f.getlength(run)
        elif k == "line":
            _, x0, y0, x1, y1, w, color = it
            dr.line([(P(x0), P(y0)), (P(x1), P(y1))], fill=color, width=max(1, int(round(w * s))))
        elif k == "rect":
            _, x0, y0, x1, y1, outline, fill, w, r = it
            box = [P(x0), P(y0), P(x1), P(y1)]
            if r:
                dr.rounded_rectangle(box, radius=P(r), outline=outline, fill=fill, width=max(1, int(round(w * s))) if outline else 0)
            else:
                dr.rectangle(box, outline=outline, fill=fill, width=max(1, int(round(w * s))) if outline else 0)
        elif k == "ellipse":
            _, x0, y0, x1, y1, outline, fill, w = it
            dr.ellipse([P(x0), P(y0), P(x1), P(y1)], outline=outline, fill=fill, width=max(1, int(round(w * s))))
        elif k == "tick":
            _, x, y, sz = it
            dr.line([(P(x + sz * .15), P(y + sz * .5)), (P(x + sz * .42), P(y + sz * .82)), (P(x + sz * .9), P(y + sz * .1))], fill=(20, 20, 20), width=max(1, int(sz * s * .14)))
        elif k == "pattern":
            _, x0, y0, x1, y1, color, step, kind = it
            yy = y0
            while yy < y1:
                pts = []
                xx = x0
                while xx <= x1:
                    pts.append((P(xx), P(yy + math.sin(xx / 3.0 + yy) * step * 0.35)))
                    xx += 0.8
                dr.line(pts, fill=color, width=1)
                yy += step
        elif k == "qr":
            _, x, y, sz, seed = it
            import random
            r = random.Random(seed)
            n = 25
            c = sz / n
            dr.rectangle([P(x), P(y), P(x + sz), P(y + sz)], fill=(255, 255, 255))
            for i in range(n):
                for j in range(n):
                    fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                    if fin:
                        ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                        on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                    else:
                        on = r.random() < 0.5
                    if on:
                        dr.rectangle([P(x + j * c), P(y + i * c), P(x + (j + 1) * c), P(y + (i + 1) * c)], fill=(0, 0, 0))
        elif k == "photo":
            _, x0, y0, x1, y1 = it
            dr.rectangle([P(x0), P(y0), P(x1), P(y1)], fill=(226, 230, 236))
            cx, w = (x0 + x1) / 2, x1 - x0
            dr.ellipse([P(cx - w * .22), P(y0 + (y1 - y0) * .18), P(cx + w * .22), P(y0 + (y1 - y0) * .55)], fill=(120, 110, 105))
            dr.pieslice([P(x0 + w * .08), P(y0 + (y1 - y0) * .58), P(x1 - w * .08), P(y1 + (y1 - y0) * .35)], 180, 360, fill=(60, 62, 70))
    # seals and watermarks on top (multiply-like)
    for it in page.items:
        if it[0] == "seal":
            _, cx, cy, r, ring, center, color, star = it
            lay = Image.new("RGBA", (int(P(2 * r)) + 4, int(P(2 * r)) + 4), (0, 0, 0, 0))
            ld = ImageDraw.Draw(lay)
            R = P(r)
            c0 = R + 2
            col = color + (200,)
            ld.ellipse([c0 - R, c0 - R, c0 + R, c0 + R], outline=col, width=max(2, int(R * 0.06)))
            if star:
                pts = []
                for kk in range(10):
                    a = -math.pi / 2 + kk * math.pi / 5
                    rr = R * (0.25 if kk % 2 == 0 else 0.1)
                    pts.append((c0 + rr * math.cos(a), c0 + rr * math.sin(a)))
                ld.polygon(pts, fill=col)
            n = len(ring)
            span = min(math.pi * 1.45, n * 0.32)
            fs = max(6, int(min(R * 0.22, R * 0.74 * span / max(n, 1) * 1.05)))
            for kk, ch in enumerate(ring):
                a = -math.pi / 2 - span / 2 + span * (kk + 0.5) / n
                f = fonts.pil(fonts.font_for("song", ch), fs)
                g = Image.new("RGBA", (fs + 4, fs + 4), (0, 0, 0, 0))
                ImageDraw.Draw(g).text((2, 0), ch, font=f, fill=col)
                g = g.rotate(-math.degrees(a + math.pi / 2), resample=Image.BICUBIC)
                px_, py_ = c0 + R * 0.74 * math.cos(a), c0 + R * 0.74 * math.sin(a)
                lay.alpha_composite(g, (int(px_ - g.width / 2), int(py_ - g.height / 2)))
            if center:
                f = fonts.pil(fonts.font_for("song", center[0]), max(6, int(R * 0.2)))
                wv = f.getlength(center)
                ld.text((c0 - wv / 2, c0 + R * 0.35), center, font=f, fill=col)
            im.paste(lay, (int(P(cx) - c0), int(P(cy) - c0)), lay)
        elif it[0] == "watermark":
            _, txt, size, color, angle = it
            lay = Image.new("RGBA", im.size, (0, 0, 0, 0))
            ld = ImageDraw.Draw(lay)
            f = fonts.pil(fonts.font_for("notosans", txt[0]), size * s)
            step = size * s * 6
            y = -H
            while y < 2 * H:
                x = -W + ((y // step) % 2) * step / 2
                while x < 2 * W:
                    ld.text((x, y), txt, font=f, fill=color)
                    x += f.getlength(txt) + step / 2
                y += step
            lay = lay.rotate(angle, resample=Image.BICUBIC, center=(W / 2, H / 2))
            im.paste(lay, (0, 0), lay)
    for (cx, cy, rx, ry, st) in page.glare:
        m = Image.new("L", im.size, 0)
        ImageDraw.Draw(m).ellipse([P(cx - rx), P(cy - ry), P(cx + rx), P(cy + ry)], fill=int(255 * st))
        m = m.filter(ImageFilter.GaussianBlur(P(min(rx, ry)) * 0.25))
        im = Image.composite(Image.new("RGB", im.size, (252, 252, 250)), im, m)
    return im


# ---------------------------------------------------------------- text PDF
_REG = set()


def _rl_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    name = "F_" + key
    if name not in _REG:
        path, idx, ok = fonts.FONTS[key]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx) if path.endswith(".ttc") else TTFont(name, path))
        _REG.add(name)
    return name


def pdf_font(key):
    return key if fonts.FONTS[key][2] else "zenhei"


def write_pdf(pages, path, shuffle_rng=None):
    from reportlab.pdfgen import canvas
    from reportlab.lib.units import mm
    c = canvas.Canvas(path, pagesize=(pages[0].w * mm, pages[0].h * mm))
    c.setCreator("Microsoft Print to PDF" if shuffle_rng and shuffle_rng.random() < .5 else "etax")
    for pg in pages:
        c.setPageSize((pg.w * mm, pg.h * mm))
        Y = lambda y: (pg.h - y) * mm
        items = list(pg.items)
        texts = [it for it in items if it[0] == "text"]
        others = [it for it in items if it[0] != "text"]
        if shuffle_rng:  # text order inside the PDF need not be the reading order
            shuffle_rng.shuffle(texts)
        for it in others:
            k = it[0]
            if k == "line":
                _, x0, y0, x1, y1, w, color = it
                c.setStrokeColorRGB(*[v / 255 for v in color]); c.setLineWidth(w * mm)
                c.line(x0 * mm, Y(y0), x1 * mm, Y(y1))
            elif k == "rect":
                _, x0, y0, x1, y1, outline, fill, w, r = it
                if fill:
                    c.setFillColorRGB(*[v / 255 for v in fill[:3]])
                if outline:
                    c.setStrokeColorRGB(*[v / 255 for v in outline]); c.setLineWidth(w * mm)
                c.roundRect(x0 * mm, Y(y1), (x1 - x0) * mm, (y1 - y0) * mm, r * mm, stroke=1 if outline else 0, fill=1 if fill else 0)
            elif k == "qr":
                _, x, y, sz, seed = it
                import random
                r = random.Random(seed); n = 25; cc = sz / n
                c.setFillColorRGB(0, 0, 0)
                for i in range(n):
                    for j in range(n):
                        fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                        if fin:
                            ii, jj = i % (n - 7) if i >= 7 else i, j % (n - 7) if j >= 7 else j
                            on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                        else:
                            on = r.random() < 0.5
                        if on:
                            c.rect((x + j * cc) * mm, Y(y + (i + 1) * cc), cc * mm, cc * mm, stroke=0, fill=1)
            elif k == "seal":
                _, cx, cy, r, ring, center, color, star = it
                c.setStrokeColorRGB(*[v / 255 for v in color]); c.setLineWidth(r * 0.06 * mm)
                c.circle(cx * mm, Y(cy), r * mm)
                c.setFillColorRGB(*[v / 255 for v in color])
                n = len(ring); span = min(math.pi * 1.45, n * 0.32)
                fsz = min(r * 0.22, r * 0.74 * span / max(n, 1) * 1.05)
                for kk, ch in enumerate(ring):
                    a = -math.pi / 2 - span / 2 + span * (kk + 0.5) / n
                    px_, py_ = cx + r * 0.74 * math.cos(a), cy + r * 0.74 * math.sin(a)
                    c.saveState(); c.translate(px_ * mm, Y(py_)); c.rotate(-math.degrees(a + math.pi / 2))
                    c.setFont(_rl_font(fonts.font_for("song", ch, True)), fsz * mm / 0.3528 * 0.3528)
                    c.drawCentredString(0, -fsz * mm * 0.35, ch); c.restoreState()
        for it in texts:
            _, x, y, txt, size, font, color, spacing = it
            c.setFillColorRGB(*[v / 255 for v in color])
            xx = x * mm
            base = Y(y + size * 0.88)
            for fk, run in fonts.runs(pdf_font(font), txt, pdf=True):
                fn = _rl_font(fk)
                c.setFont(fn, size * mm)
                if spacing:
                    for ch in run:
                        c.drawString(xx, base, ch)
                        xx += c.stringWidth(ch, fn, size * mm) + spacing * mm
                else:
                    c.drawString(xx, base, run)
                    xx += c.stringWidth(run, fn, size * mm)
        c.showPage()
    c.save()
