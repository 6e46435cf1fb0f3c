"""A tiny page description (ops in page units) rendered either to a PIL image or to a text-layer PDF page."""
import io
import math
from PIL import Image, ImageDraw, ImageFont

FONTS = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkail": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wqy": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
}
# fonts safe to embed in PDFs via fpdf2 (plain TTF)
PDF_OK = {"song", "kai", "wenkai", "wenkail", "smiley", "dejavu", "mono"}
_cache = {}


def font(key, px):
    px = max(6, int(round(px)))
    k = (key, px)
    if k not in _cache:
        p, i = FONTS[key]
        _cache[k] = ImageFont.truetype(p, px, index=i)
    return _cache[k]


class Page:
    """Units: anything (mm for paper, px for screenshots). Text size is the em size in units."""

    def __init__(self, w, h, bg=(255, 255, 255), dpi_hint=200, unit="mm"):
        self.w, self.h, self.bg, self.ops = w, h, bg, []
        self.dpi_hint, self.unit = dpi_hint, unit

    def text(self, x, y, s, size, f="sans", color=(0, 0, 0), align="l", spacing=0.0):
        """(x, y) = left/right/centre of the top of the em box."""
        self.ops.append(("text", x, y, str(s), size, f, color, align, spacing))

    def width(self, s, size, f="sans", spacing=0.0):
        fo = font(f, 100)
        return fo.getlength(s) * size / 100.0 + spacing * max(0, len(s) - 1)

    def line(self, x1, y1, x2, y2, lw=0.25, color=(0, 0, 0)):
        self.ops.append(("line", x1, y1, x2, y2, lw, color))

    def rect(self, x, y, w, h, outline=(0, 0, 0), fill=None, lw=0.25, radius=0):
        self.ops.append(("rect", x, y, w, h, outline, fill, lw, radius))

    def ellipse(self, x, y, w, h, outline=None, fill=None, lw=0.3):
        self.ops.append(("ellipse", x, y, w, h, outline, fill, lw))

    def image(self, x, y, w, h, im):
        self.ops.append(("image", x, y, w, h, im))

    def wrap(self, s, size, maxw, f="sans"):
        lines, cur = [], ""
        for ch in s:
            if cur and self.width(cur + ch, size, f) > maxw:
                lines.append(cur); cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    # -- render to PIL --
    def render(self, scale=None, dpi=None):
        if scale is None:
            scale = (dpi or self.dpi_hint) / 25.4 if self.unit == "mm" else 1.0
        W, H = int(round(self.w * scale)), int(round(self.h * scale))
        im = Image.new("RGB", (W, H), self.bg)
        dr = ImageDraw.Draw(im, "RGBA")
        for op in self.ops:
            k = op[0]
            if k == "text":
                _, x, y, s, size, f, color, align, sp = op
                fo = font(f, size * scale)
                X, Y = x * scale, y * scale
                if sp:
                    tw = sum(fo.getlength(c) for c in s) + sp * scale * (len(s) - 1)
                    X0 = X - tw if align == "r" else X - tw / 2 if align == "c" else X
                    for c in s:
                        dr.text((X0, Y), c, font=fo, fill=color, anchor="la")
                        X0 += fo.getlength(c) + sp * scale
                else:
                    anc = {"l": "la", "r": "ra", "c": "ma"}[align]
                    dr.text((X, Y), s, font=fo, fill=color, anchor=anc)
            elif k == "line":
                _, x1, y1, x2, y2, lw, color = op
                dr.line([(x1 * scale, y1 * scale), (x2 * scale, y2 * scale)], fill=color,
                        width=max(1, int(round(lw * scale))))
            elif k == "rect":
                _, x, y, w, h, ol, fill, lw, rad = op
                box = [x * scale, y * scale, (x + w) * scale, (y + h) * scale]
                wd = max(1, int(round(lw * scale))) if ol else 0
                if rad:
                    dr.rounded_rectangle(box, radius=rad * scale, outline=ol, fill=fill, width=wd)
                else:
                    dr.rectangle(box, outline=ol, fill=fill, width=wd)
            elif k == "ellipse":
                _, x, y, w, h, ol, fill, lw = op
                dr.ellipse([x * scale, y * scale, (x + w) * scale, (y + h) * scale], outline=ol, fill=fill,
                           width=max(1, int(round(lw * scale))) if ol else 0)
            elif k == "image":
                _, x, y, w, h, src = op
                tw, th = max(1, int(round(w * scale))), max(1, int(round(h * scale)))
                s2 = src.resize((tw, th), Image.LANCZOS)
                if s2.mode == "RGBA":
                    im.paste(s2, (int(x * scale), int(y * scale)), s2)
                else:
                    im.paste(s2.convert("RGB"), (int(x * scale), int(y * scale)))
        return im


def pages_to_pdf(pages, path, shuffle_rng=None, title=None):
    """Write Pages (units mm) as a PDF with a real text layer. Non-PDF fonts are mapped to embeddable ones."""
    from fpdf import FPDF
    pdf = FPDF(unit="mm", format=(pages[0].w, pages[0].h))
    pdf.set_auto_page_break(False)
    import datetime as _dt
    pdf.set_creation_date(_dt.datetime(2026, 11, 1, 9, 30, tzinfo=_dt.timezone.utc))  # fixed: byte-deterministic output
    pdf.set_compression(True)
    if title:
        pdf.set_title(title)
    pdf.set_creator(shuffle_rng.choice(["Microsoft Print to PDF", "Chrome PDF Generator", "iText", "Skia/PDF m120",
                                         "wkhtmltopdf 0.12.6"]) if shuffle_rng else "PDF")
    added = set()
    fmap = {"sans": "song", "sansb": "song", "serif": "song", "serifb": "song", "ming": "song", "wqy": "song",
            "zenhei": "song", "ukai": "kai", "ocrb": "mono"}
    pt = 72 / 25.4
    tmp = []
    for pg in pages:
        pdf.add_page(format=(pg.w, pg.h))
        ops = list(pg.ops)
        if shuffle_rng is not None:
            # text order inside the PDF need not be the reading order: draw graphics first, text shuffled in chunks
            g = [o for o in ops if o[0] != "text"]
            t = [o for o in ops if o[0] == "text"]
            chunks = [t[i:i + shuffle_rng.randint(3, 9)] for i in range(0, len(t), 6)]
            shuffle_rng.shuffle(chunks)
            ops = g + [o for c in chunks for o in c]
        for op in ops:
            k = op[0]
            if k == "text":
                _, x, y, s, size, f, color, align, sp = op
                f = f if f in PDF_OK else fmap.get(f, "song")
                if f not in added:
                    pdf.add_font(f, "", FONTS[f][0]); added.add(f)
                pdf.set_font(f, size=size * pt)
                pdf.set_text_color(*color[:3])
                if sp:
                    pdf.set_char_spacing(sp * pt)
                w = pdf.get_string_width(s)
                X = x - w if align == "r" else x - w / 2 if align == "c" else x
                pdf.text(X, y + size * 0.86, s)
                if sp:
                    pdf.set_char_spacing(0)
            elif k == "line":
                _, x1, y1, x2, y2, lw, color = op
                pdf.set_draw_color(*color[:3]); pdf.set_line_width(lw)
                pdf.line(x1, y1, x2, y2)
            elif k == "rect":
                _, x, y, w, h, ol, fill, lw, rad = op
                style = ""
                if fill:
                    pdf.set_fill_color(*fill[:3]); style += "F"
                if ol:
                    pdf.set_draw_color(*ol[:3]); pdf.set_line_width(lw); style = "D" + style if style else "D"
                if style == "DF" or style == "FD":
                    style = "DF"
                if style:
                    pdf.rect(x, y, w, h, style=style)
            elif k == "ellipse":
                _, x, y, w, h, ol, fill, lw = op
                if ol:
                    pdf.set_draw_color(*ol[:3]); pdf.set_line_width(lw)
                    pdf.ellipse(x, y, w, h, style="D")
            elif k == "image":
                _, x, y, w, h, src = op
                b = io.BytesIO()
                src.save(b, "PNG")
                b.seek(0)
                pdf.image(b, x=x, y=y, w=w, h=h)
    pdf.output(path)
