"""Two drawing back ends with one interface: a raster one (PIL) and a vector
one (reportlab, real text layer).  Coordinates are in free units (mm for
paper, px for phone screens); y grows downwards; text y is the baseline."""
import math
from PIL import Image, ImageDraw, ImageFont

FONTS = {
    'song': ('/usr/share/fonts/truetype/arphic/uming.ttc', 0),
    'kai': ('/usr/share/fonts/truetype/arphic/ukai.ttc', 0),
    'hei': ('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 0),
    'zenhei': ('/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc', 0),
    'wenkai': ('/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf', 0),
    'wenkai_b': ('/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf', 0),
    'wenkai_l': ('/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf', 0),
    'smiley': ('/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf', 0),
    'sungti': ('/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf', 0),
    'kaiti': ('/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf', 0),
    'noto_sans': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc', 2),
    'noto_sans_b': ('/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc', 2),
    'noto_serif': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc', 2),
    'noto_serif_b': ('/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc', 2),
    'mono': ('/usr/share/fonts/truetype/wqy/wqy-microhei.ttc', 1),
}
# reportlab cannot embed CFF (Noto) fonts: map them to TrueType look-alikes
PDF_FALLBACK = {'noto_sans': 'hei', 'noto_sans_b': 'zenhei', 'noto_serif': 'song',
                'noto_serif_b': 'sungti'}

_pil_cache = {}


def pil_font(key, px):
    px = max(4, int(round(px)))
    k = (key, px)
    f = _pil_cache.get(k)
    if f is None:
        path, idx = FONTS[key]
        f = ImageFont.truetype(path, px, index=idx)
        if len(_pil_cache) > 400:
            _pil_cache.clear()
        _pil_cache[k] = f
    return f


class Base:
    def sub(self, ox, oy, s=1.0):
        c = self.__class__.__new__(self.__class__)
        c.__dict__.update(self.__dict__)
        c.ox = self.ox + ox * self.s
        c.oy = self.oy + oy * self.s
        c.s = self.s * s
        return c

    def wrap(self, s, size, font, width):
        """break s into lines no wider than width"""
        out, cur = [], ''
        for ch in s:
            if ch == '\n':
                out.append(cur)
                cur = ''
                continue
            if cur and self.width(cur + ch, size, font) > width:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            out.append(cur)
        return out

    def para(self, x, y, s, size, font, width, lead=1.6, fill=(0, 0, 0), indent=0):
        lines = self.wrap(' ' * 0 + s, size, font, width)
        for i, ln in enumerate(lines):
            self.text(x + (indent if i == 0 else 0), y, ln, size, font, fill)
            y += size * lead
        return y

    def checkbox(self, x, y, size, checked, fill=(0, 0, 0)):
        self.rect(x, y - size * 0.85, x + size * 0.85, y, outline=fill, w=size * 0.07)
        if checked:
            self.line(x + size * 0.15, y - size * 0.45, x + size * 0.38, y - size * 0.15, w=size * 0.1, fill=fill)
            self.line(x + size * 0.38, y - size * 0.15, x + size * 0.8, y - size * 0.8, w=size * 0.1, fill=fill)


class Raster(Base):
    vector = False

    def __init__(self, w, h, ppu, bg=(255, 255, 255)):
        self.w, self.h, self.ppu = w, h, ppu
        self.img = Image.new('RGB', (int(round(w * ppu)), int(round(h * ppu))), bg)
        self.d = ImageDraw.Draw(self.img)
        self.ox = self.oy = 0.0
        self.s = 1.0

    def P(self, x, y):
        return ((self.ox + x * self.s) * self.ppu, (self.oy + y * self.s) * self.ppu)

    def L(self, v):
        return v * self.s * self.ppu

    def text(self, x, y, s, size, font='song', fill=(0, 0, 0), anchor='l', spacing=0):
        if not s:
            return
        f = pil_font(font, self.L(size))
        if spacing:
            # letter-spaced text (e.g. 出生 年 月 日 or labels spread over a cell)
            tw = sum(self.width(c, size, font) for c in s) + spacing * (len(s) - 1)
            x0 = x - (tw if anchor == 'r' else tw / 2 if anchor == 'm' else 0)
            for c in s:
                self.d.text(self.P(x0, y), c, font=f, fill=fill, anchor='ls')
                x0 += self.width(c, size, font) + spacing
            return
        self.d.text(self.P(x, y), s, font=f, fill=fill, anchor={'l': 'ls', 'r': 'rs', 'm': 'ms'}[anchor])

    def width(self, s, size, font='song'):
        f = pil_font(font, self.L(size))
        return f.getlength(s) / (self.s * self.ppu)

    def line(self, x0, y0, x1, y1, w=0.3, fill=(0, 0, 0)):
        self.d.line([self.P(x0, y0), self.P(x1, y1)], fill=fill, width=max(1, int(round(self.L(w)))))

    def rect(self, x0, y0, x1, y1, outline=None, fill=None, w=0.3, r=0):
        a, b = self.P(x0, y0), self.P(x1, y1)
        box = [min(a[0], b[0]), min(a[1], b[1]), max(a[0], b[0]), max(a[1], b[1])]
        lw = max(1, int(round(self.L(w)))) if outline is not None else 0
        if r:
            self.d.rounded_rectangle(box, radius=self.L(r), fill=fill, outline=outline, width=lw)
        else:
            self.d.rectangle(box, fill=fill, outline=outline, width=lw)

    def ellipse(self, cx, cy, rx, ry, outline=None, fill=None, w=0.3):
        a, b = self.P(cx - rx, cy - ry), self.P(cx + rx, cy + ry)
        self.d.ellipse([a, b], fill=fill, outline=outline,
                       width=max(1, int(round(self.L(w)))) if outline is not None else 0)

    def polyline(self, pts, w=0.2, fill=(0, 0, 0)):
        self.d.line([self.P(x, y) for x, y in pts], fill=fill, width=max(1, int(round(self.L(w)))))

    def seal(self, cx, cy, r, ring, centre='', color=(215, 30, 35), alpha=170, font='song'):
        R = int(self.L(r)) + 4
        lay = Image.new('RGBA', (2 * R, 2 * R), (0, 0, 0, 0))
        dd = ImageDraw.Draw(lay)
        col = color + (alpha,)
        rr = self.L(r)
        dd.ellipse([R - rr, R - rr, R + rr, R + rr], outline=col, width=max(2, int(rr * 0.06)))
        # star
        sr = rr * 0.28
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rad = sr if i % 2 == 0 else sr * 0.4
            pts.append((R + rad * math.cos(ang), R + rad * math.sin(ang)))
        dd.polygon(pts, fill=col)
        n = len(ring)
        fs = max(6, int(rr * 0.26))
        f = pil_font(font, fs)
        span = min(250, 18 * n + 40)
        for i, ch in enumerate(ring):
            ang = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
            px = R + (rr * 0.74) * math.cos(ang)
            py = R + (rr * 0.74) * math.sin(ang)
            g = Image.new('RGBA', (fs * 2, fs * 2), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((fs, fs), ch, font=f, fill=col, anchor='mm')
            g = g.rotate(-math.degrees(ang) - 90, resample=Image.BICUBIC)
            lay.alpha_composite(g, (int(px - fs), int(py - fs)))
        if centre:
            f2 = pil_font(font, max(6, int(rr * 0.2)))
            dd.text((R, R + rr * 0.55), centre, font=f2, fill=col, anchor='mm')
        x, y = self.P(cx, cy)
        base = self.img.convert('RGBA')
        base.alpha_composite(lay, (int(x - R), int(y - R)))
        self.img.paste(base.convert('RGB'))

    def image(self, im, x0, y0, x1, y1):
        a, b = self.P(x0, y0), self.P(x1, y1)
        im = im.resize((max(1, int(b[0] - a[0])), max(1, int(b[1] - a[1]))))
        if im.mode == 'RGBA':
            self.img.paste(im, (int(a[0]), int(a[1])), im)
        else:
            self.img.paste(im, (int(a[0]), int(a[1])))

    def watermark(self, s, size, angle, color=(200, 60, 60), alpha=70):
        W, H = self.img.size
        lay = Image.new('RGBA', (W, H), (0, 0, 0, 0))
        dd = ImageDraw.Draw(lay)
        f = pil_font('hei', self.L(size))
        step = int(self.L(size) * 7)
        for yy in range(-H, 2 * H, step):
            for xx in range(-W, 2 * W, int(f.getlength(s)) + step // 2):
                dd.text((xx, yy), s, font=f, fill=color + (alpha,))
        lay = lay.rotate(angle, resample=Image.BICUBIC)
        base = self.img.convert('RGBA')
        base.alpha_composite(lay)
        self.img.paste(base.convert('RGB'))


class Vector(Base):
    """reportlab canvas page; units are mm"""
    vector = True
    _registered = set()

    def __init__(self, c, w, h):
        self.c, self.w, self.h = c, w, h
        self.k = 72 / 25.4
        self.ox = self.oy = 0.0
        self.s = 1.0

    def _font(self, key):
        key = PDF_FALLBACK.get(key, key)
        if key not in Vector._registered:
            from reportlab.pdfbase import pdfmetrics
            from reportlab.pdfbase.ttfonts import TTFont
            path, idx = FONTS[key]
            pdfmetrics.registerFont(TTFont(key, path, subfontIndex=idx))
            Vector._registered.add(key)
        return key

    def P(self, x, y):
        return ((self.ox + x * self.s) * self.k, (self.h - (self.oy + y * self.s)) * self.k)

    def L(self, v):
        return v * self.s * self.k

    def text(self, x, y, s, size, font='song', fill=(0, 0, 0), anchor='l', spacing=0):
        if not s:
            return
        f = self._font(font)
        self.c.setFillColorRGB(*[v / 255 for v in fill])
        self.c.setFont(f, self.L(size))
        px, py = self.P(x, y)
        if spacing:
            tw = sum(self.width(ch, size, font) for ch in s) + spacing * (len(s) - 1)
            x0 = x - (tw if anchor == 'r' else tw / 2 if anchor == 'm' else 0)
            for ch in s:
                self.c.drawString(*self.P(x0, y), ch)
                x0 += self.width(ch, size, font) + spacing
            return
        if anchor == 'l':
            self.c.drawString(px, py, s)
        elif anchor == 'r':
            self.c.drawRightString(px, py, s)
        else:
            self.c.drawCentredString(px, py, s)

    def width(self, s, size, font='song'):
        from reportlab.pdfbase.pdfmetrics import stringWidth
        return stringWidth(s, self._font(font), self.L(size)) / (self.s * self.k)

    def _stroke(self, fill, w):
        self.c.setStrokeColorRGB(*[v / 255 for v in fill])
        self.c.setLineWidth(self.L(w))

    def line(self, x0, y0, x1, y1, w=0.3, fill=(0, 0, 0)):
        self._stroke(fill, w)
        self.c.line(*self.P(x0, y0), *self.P(x1, y1))

    def rect(self, x0, y0, x1, y1, outline=None, fill=None, w=0.3, r=0):
        a, b = self.P(x0, y0), self.P(x1, y1)
        X, Y, W, H = min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]), abs(b[1] - a[1])
        if fill is not None:
            self.c.setFillColorRGB(*[v / 255 for v in fill])
        if outline is not None:
            self._stroke(outline, w)
        if r:
            self.c.roundRect(X, Y, W, H, self.L(r), stroke=outline is not None, fill=fill is not None)
        else:
            self.c.rect(X, Y, W, H, stroke=outline is not None, fill=fill is not None)

    def ellipse(self, cx, cy, rx, ry, outline=None, fill=None, w=0.3):
        a, b = self.P(cx - rx, cy - ry), self.P(cx + rx, cy + ry)
        if fill is not None:
            self.c.setFillColorRGB(*[v / 255 for v in fill])
        if outline is not None:
            self._stroke(outline, w)
        self.c.ellipse(a[0], a[1], b[0], b[1], stroke=outline is not None, fill=fill is not None)

    def polyline(self, pts, w=0.2, fill=(0, 0, 0)):
        self._stroke(fill, w)
        p = self.c.beginPath()
        p.moveTo(*self.P(*pts[0]))
        for q in pts[1:]:
            p.lineTo(*self.P(*q))
        self.c.drawPath(p, stroke=1, fill=0)

    def seal(self, cx, cy, r, ring, centre='', color=(215, 30, 35), alpha=170, font='song'):
        c = self.c
        c.saveState()
        col = [v / 255 for v in color]
        c.setStrokeColorRGB(*col, alpha=alpha / 255)
        c.setFillColorRGB(*col, alpha=alpha / 255)
        px, py = self.P(cx, cy)
        rr = self.L(r)
        c.setLineWidth(rr * 0.06)
        c.circle(px, py, rr, stroke=1, fill=0)
        f = self._font(font)
        fs = rr * 0.26
        n = len(ring)
        span = min(250, 18 * n + 40)
        for i, ch in enumerate(ring):
            ang = math.radians(90 + span / 2 - span * (i + 0.5) / n)
            c.saveState()
            c.translate(px + rr * 0.74 * math.cos(ang), py + rr * 0.74 * math.sin(ang))
            c.rotate(math.degrees(ang) - 90)
            c.setFont(f, fs)
            c.drawCentredString(0, -fs * 0.35, ch)
            c.restoreState()
        p = c.beginPath()
        sr = rr * 0.28
        for i in range(10):
            ang = math.pi / 2 + i * math.pi / 5
            rad = sr if i % 2 == 0 else sr * 0.4
            (p.moveTo if i == 0 else p.lineTo)(px + rad * math.cos(ang), py + rad * math.sin(ang))
        p.close()
        c.drawPath(p, stroke=0, fill=1)
        if centre:
            c.setFont(f, rr * 0.2)
            c.drawCentredString(px, py - rr * 0.62, centre)
        c.restoreState()

    def image(self, im, x0, y0, x1, y1):
        from reportlab.lib.utils import ImageReader
        a, b = self.P(x0, y0), self.P(x1, y1)
        self.c.drawImage(ImageReader(im), min(a[0], b[0]), min(a[1], b[1]), abs(b[0] - a[0]), abs(b[1] - a[1]),
                         mask='auto')

    def watermark(self, s, size, angle, color=(200, 60, 60), alpha=70):
        c = self.c
        c.saveState()
        c.setFillColorRGB(*[v / 255 for v in color], alpha=alpha / 255)
        c.setFont(self._font('hei'), self.L(size))
        c.translate(self.w * self.k / 2, self.h * self.k / 2)
        c.rotate(angle)
        for yy in range(-5, 6):
            for xx in range(-2, 3):
                c.drawCentredString(xx * self.L(size) * 14, yy * self.L(size) * 6, s)
        c.restoreState()
