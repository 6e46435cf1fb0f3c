"""A tiny drawing surface in millimetres with two backends: a Pillow image or an fpdf2 text-layer PDF."""
import math
from PIL import Image, ImageDraw, ImageFont

NOTO_S = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SB = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
NOTO_H = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_HB = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
FONTS = {
    "song": (NOTO_S, 2), "songb": (NOTO_SB, 2), "hei": (NOTO_H, 2), "heib": (NOTO_HB, 2),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0), "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkaib": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "gkai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "gbsn": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0), "micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
}
PDF_MAP = {"song": "gbsn", "gbsn": "gbsn", "gkai": "gkai", "kai": "gkai", "wenkaib": "wenkaib", "heib": "wenkaib",
           "songb": "wenkaib"}
_cache = {}
_cmaps = {}


def _cmap(name):
    if name not in _cmaps:
        from fontTools.ttLib import TTFont
        _cmaps[name] = set(TTFont(FONTS[name][0]).getBestCmap())
    return _cmaps[name]


def font(name, px):
    k = (name, px)
    if k not in _cache:
        p, i = FONTS[name]
        _cache[k] = ImageFont.truetype(p, max(4, int(px)), index=i)
    return _cache[k]


MM = 25.4


class Page:
    def __init__(self, w, h, dpi=200, pdf=None, bg=(255, 255, 255)):
        self.w, self.h, self.dpi, self.pdf = w, h, dpi, pdf
        if pdf is None:
            self.img = Image.new("RGB", (round(w / MM * dpi), round(h / MM * dpi)), bg)
            self.d = ImageDraw.Draw(self.img)
        else:
            pdf.add_page(format=(w, h))

    def px(self, v):
        return v / MM * self.dpi

    def _pdffont(self, f, size, s):
        fam = PDF_MAP.get(f, "wenkai")
        if fam in ("gbsn", "gkai") and any(ord(c) not in _cmap(fam) for c in s):
            fam = "wenkai"
        self.pdf.set_font(fam, size=size)

    def tw(self, s, size=10.5, f="song"):
        if self.pdf is not None:
            self._pdffont(f, size, s)
            return self.pdf.get_string_width(s)
        return font(f, size / 72 * self.dpi).getlength(s) / self.dpi * MM

    def t(self, x, y, s, size=10.5, f="song", color=(0, 0, 0), anchor="l", spacing=0.0):
        s = str(s)
        if spacing:
            w = sum(self.tw(c, size, f) for c in s) + spacing * (len(s) - 1)
            x0 = x - (w if anchor == "r" else w / 2 if anchor == "c" else 0)
            for c in s:
                self.t(x0, y, c, size, f, color)
                x0 += self.tw(c, size, f) + spacing
            return
        if self.pdf is not None:
            self._pdffont(f, size, s)
            w = self.pdf.get_string_width(s)
            x0 = x - (w if anchor == "r" else w / 2 if anchor == "c" else 0)
            self.pdf.set_text_color(*color)
            self.pdf.text(x0, y + size * 0.3528 * 0.88, s)
        else:
            a = {"l": "la", "r": "ra", "c": "ma"}[anchor]
            self.d.text((self.px(x), self.px(y)), s, font=font(f, size / 72 * self.dpi), fill=color, anchor=a)

    def line(self, x0, y0, x1, y1, w=0.25, color=(0, 0, 0)):
        if self.pdf is not None:
            self.pdf.set_draw_color(*color)
            self.pdf.set_line_width(w)
            self.pdf.line(x0, y0, x1, y1)
        else:
            self.d.line([(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))], fill=color, width=max(1, round(self.px(w))))

    def rect(self, x0, y0, x1, y1, w=0.25, color=(0, 0, 0), fill=None):
        if self.pdf is not None:
            if fill:
                self.pdf.set_fill_color(*fill)
            self.pdf.set_draw_color(*(color or (255, 255, 255)))
            self.pdf.set_line_width(w)
            self.pdf.rect(x0, y0, x1 - x0, y1 - y0, style=("DF" if color else "F") if fill else "D")
        else:
            self.d.rectangle([self.px(x0), self.px(y0), self.px(x1), self.px(y1)], outline=color, fill=fill,
                             width=max(1, round(self.px(w))) if color else 0)

    def box(self, x, y, sz, checked):
        self.rect(x, y, x + sz, y + sz, 0.25)
        if checked:
            self.line(x + sz * .15, y + sz * .5, x + sz * .42, y + sz * .85, 0.35)
            self.line(x + sz * .42, y + sz * .85, x + sz * .95, y - sz * .1, 0.35)

    def wrap(self, s, width, size=10.5, f="song"):
        lines, cur = [], ""
        for c in s:
            if self.tw(cur + c, size, f) > width and cur:
                lines.append(cur)
                cur = c
            else:
                cur += c
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, width, size=10.5, f="song", lh=1.7, indent=True, color=(0, 0, 0)):
        s = ("\u3000\u3000" if indent else "") + s
        for ln in self.wrap(s, width, size, f):
            self.t(x, y, ln, size, f, color)
            y += size * 0.3528 * lh
        return y

    def seal(self, cx, cy, r, text, color=(215, 30, 35), star=True, alpha=200):
        if self.pdf is not None:
            self.pdf.set_draw_color(*color)
            self.pdf.set_line_width(0.8)
            self.pdf.ellipse(cx - r, cy - r, 2 * r, 2 * r)
            self.t(cx, cy - 1.5, "★", 10, "wenkai", color, "c")
            self.t(cx, cy + r * 0.35, text[-5:], 6, "wenkai", color, "c")
            return
        R = self.px(r)
        sz = int(2 * R + 4)
        lay = Image.new("RGBA", (sz, sz), (0, 0, 0, 0))
        dd = ImageDraw.Draw(lay)
        c = sz / 2
        col = color + (alpha,)
        dd.ellipse([c - R, c - R, c + R, c + R], outline=col, width=max(2, int(R * 0.06)))
        if star:
            pts = []
            for k in range(10):
                rr = R * (0.28 if k % 2 == 0 else 0.11)
                a = -math.pi / 2 + k * math.pi / 5
                pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
            dd.polygon(pts, fill=col)
        fpx = R * 0.26
        fnt = font("song", fpx)
        n = len(text)
        span = min(math.radians(250), math.radians(24) * n)
        for i, ch in enumerate(text):
            a = -math.pi / 2 - span / 2 + span * (i + 0.5) / n
            rr = R * 0.74
            x, y = c + rr * math.cos(a), c + rr * math.sin(a)
            g = Image.new("RGBA", (int(fpx * 1.4), int(fpx * 1.4)), (0, 0, 0, 0))
            ImageDraw.Draw(g).text((fpx * 0.7, fpx * 0.7), ch, font=fnt, fill=col, anchor="mm")
            g = g.rotate(-math.degrees(a) - 90, expand=True, resample=Image.BICUBIC)
            lay.alpha_composite(g, (int(x - g.width / 2), int(y - g.height / 2)))
        self.img.paste(lay, (int(self.px(cx) - c), int(self.px(cy) - c)), lay)

    def paste(self, im, x, y, w=None):
        if self.pdf is not None:
            self.pdf.image(im, x=x, y=y, w=w)
            return
        if w:
            im = im.resize((round(self.px(w)), round(self.px(w) * im.height / im.width)), Image.LANCZOS)
        self.img.paste(im, (round(self.px(x)), round(self.px(y))))

    def photo(self, x0, y0, x1, y1, bg=(240, 244, 248)):
        self.rect(x0, y0, x1, y1, 0.1, (200, 200, 200), bg)
        cx, w = (x0 + x1) / 2, x1 - x0
        if self.pdf is None:
            self.d.ellipse([self.px(cx - w * .2), self.px(y0 + (y1 - y0) * .2), self.px(cx + w * .2), self.px(y0 + (y1 - y0) * .55)], fill=(120, 110, 105))
            self.d.chord([self.px(x0 + w * .1), self.px(y0 + (y1 - y0) * .58), self.px(x1 - w * .1), self.px(y1 + (y1 - y0) * .35)], 180, 360, fill=(60, 60, 70))


def new_pdf():
    import logging
    logging.getLogger("fontTools").setLevel(logging.ERROR)
    from fpdf import FPDF
    pdf = FPDF(unit="mm")
    pdf.set_auto_page_break(False)
    pdf.set_margins(0, 0)
    pdf.add_font("gbsn", fname=FONTS["gbsn"][0])
    pdf.add_font("gkai", fname=FONTS["gkai"][0])
    pdf.add_font("wenkai", fname=FONTS["wenkai"][0])
    pdf.add_font("wenkaib", fname=FONTS["wenkaib"][0])
    return pdf
