"""A tiny vector page model drawn either to a Pillow image or to a reportlab text-layer PDF."""
import math
from functools import lru_cache
from PIL import Image, ImageDraw, ImageFont

FONT_FILES = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkaib": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    "mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0),
}
# reportlab can embed only TrueType outlines
PDF_FONTS = {"hei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
             "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
             "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
             "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
             "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0)}
PDF_MAP = {"sans": "hei", "sansb": "zenhei", "serif": "song", "serifb": "song", "ming": "song", "ukai": "kai",
           "wenkaib": "wenkai", "smiley": "hei", "ocrb": "hei", "mono": "hei"}
FALLBACK = "sans"


@lru_cache(maxsize=512)
def font(key, size):
    path, idx = FONT_FILES[key]
    return ImageFont.truetype(path, int(size), index=idx)


@lru_cache(maxsize=None)
def _notdef(key):
    f = font(key, 40)
    m = f.getmask("\U0010FFFD")
    return (m.size, bytes(m))


@lru_cache(maxsize=20000)
def has_char(key, ch):
    if ch.isspace() or ord(ch) < 0x80 and key not in ("ocrb",):
        return True
    f = font(key, 40)
    m = f.getmask(ch)
    if m.size[0] == 0:
        return False
    return (m.size, bytes(m)) != _notdef(key)


def usable(key, text):
    return key if all(has_char(key, c) for c in text) else FALLBACK


def text_width(key, size, text):
    key = usable(key, text)
    return font(key, size).getlength(text)


def _tokens(text):
    """single CJK characters; runs of ASCII letters/digits (ID numbers, dates, amounts) stay whole"""
    out, run = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".-:/"):
            run += ch
        else:
            if run:
                out.append(run)
                run = ""
            out.append(ch)
    if run:
        out.append(run)
    return out


def wrap(key, size, text, width):
    lines, cur = [], ""
    for tok in _tokens(text):
        if text_width(key, size, cur + tok) > width and cur.strip():
            lines.append(cur)
            cur = tok.lstrip() if tok != " " else ""
        else:
            cur += tok
    if cur:
        lines.append(cur)
    return lines


class Page:
    def __init__(self, w, h, bg=(255, 255, 255)):
        self.w, self.h, self.bg, self.ops = w, h, bg, []

    def text(self, x, y, s, key="sans", size=24, color=(0, 0, 0), anchor="ls", spacing=0.0):
        """anchor: l/m/r + s (baseline). spacing: extra px between characters."""
        self.ops.append(("text", x, y, s, key, size, color, anchor, spacing))

    def line(self, x0, y0, x1, y1, color=(0, 0, 0), width=2):
        self.ops.append(("line", x0, y0, x1, y1, color, width))

    def rect(self, x0, y0, x1, y1, outline=(0, 0, 0), fill=None, width=2, radius=0):
        self.ops.append(("rect", x0, y0, x1, y1, outline, fill, width, radius))

    def ellipse(self, x0, y0, x1, y1, outline=None, fill=None, width=2):
        self.ops.append(("ellipse", x0, y0, x1, y1, outline, fill, width))

    def seal(self, cx, cy, r, ring, center="★", color=(215, 30, 35), alpha=0.75, key="sansb"):
        self.ops.append(("seal", cx, cy, r, ring, center, color, alpha, key))

    def rtext(self, x, y, s, key, size, color, angle, alpha=0.35):
        """rotated overlay text centred at x,y (watermarks)"""
        self.ops.append(("rtext", x, y, s, key, size, color, angle, alpha))

    def image(self, x, y, w, h, img):
        self.ops.append(("image", x, y, w, h, img))

    def sub(self, page, x, y, scale):
        self.ops.append(("sub", page, x, y, scale))

    def para(self, x, y, width, s, key="song", size=24, lead=1.6, color=(0, 0, 0)):
        """wrapped paragraph, returns y after"""
        for ln in wrap(usable(key, s), size, s, width):
            self.text(x, y, ln, key, size, color)
            y += size * lead
        return y


# ---------------------------------------------------------------- Pillow backend
def _text_img(s, key, size, color):
    key = usable(key, s)
    f = font(key, size)
    bb = f.getbbox(s)
    im = Image.new("L", (int(bb[2] + 4), int(size * 1.6)), 0)
    ImageDraw.Draw(im).text((2, int(size * 1.2)), s, font=f, fill=255, anchor="ls")
    return im


def render(page, scale=1.0):
    W, H = int(page.w * scale), int(page.h * scale)
    img = Image.new("RGB", (W, H), page.bg)
    d = ImageDraw.Draw(img)
    S = scale
    for op in page.ops:
        k = op[0]
        if k == "text":
            _, x, y, s, key, size, color, anchor, spacing = op
            key = usable(key, s)
            f = font(key, max(6, size * S))
            if spacing:
                tw = sum(f.getlength(c) for c in s) + spacing * S * (len(s) - 1)
                x0 = x * S - (tw if anchor[0] == "r" else tw / 2 if anchor[0] == "m" else 0)
                for c in s:
                    d.text((x0, y * S), c, font=f, fill=color, anchor="ls")
                    x0 += f.getlength(c) + spacing * S
            else:
                d.text((x * S, y * S), s, font=f, fill=color, anchor=anchor)
        elif k == "line":
            _, x0, y0, x1, y1, color, width = op
            d.line([(x0 * S, y0 * S), (x1 * S, y1 * S)], fill=color, width=max(1, int(round(width * S))))
        elif k == "rect":
            _, x0, y0, x1, y1, outline, fill, width, radius = op
            box = [x0 * S, y0 * S, x1 * S, y1 * S]
            if radius:
                d.rounded_rectangle(box, radius * S, outline=outline, fill=fill, width=max(1, int(width * S)))
            else:
                d.rectangle(box, outline=outline, fill=fill, width=max(1, int(width * S)))
        elif k == "ellipse":
            _, x0, y0, x1, y1, outline, fill, width = op
            d.ellipse([x0 * S, y0 * S, x1 * S, y1 * S], outline=outline, fill=fill, width=max(1, int(width * S)))
        elif k == "seal":
            _, cx, cy, r, ring, center, color, alpha, key = op
            simg = seal_image(int(r * S), ring, center, color, key)
            _alpha_paste(img, simg, int(cx * S - simg.width / 2), int(cy * S - simg.height / 2), alpha)
            d = ImageDraw.Draw(img)
        elif k == "rtext":
            _, x, y, s, key, size, color, angle, alpha = op
            m = _text_img(s, key, size * S, 255).rotate(angle, expand=True, resample=Image.BICUBIC)
            col = Image.new("RGB", m.size, color)
            rgba = col.copy()
            rgba.putalpha(m)
            _alpha_paste(img, rgba, int(x * S - m.width / 2), int(y * S - m.height / 2), alpha)
            d = ImageDraw.Draw(img)
        elif k == "image":
            _, x, y, w, h, im = op
            img.paste(im.convert("RGB").resize((max(1, int(w * S)), max(1, int(h * S)))), (int(x * S), int(y * S)))
        elif k == "sub":
            _, sp, x, y, sc = op
            sim = render(sp, sc * S)
            img.paste(sim, (int(x * S), int(y * S)))
            d = ImageDraw.Draw(img)
    return img


def _alpha_paste(img, rgba, x, y, alpha):
    a = rgba.getchannel("A").point(lambda v: int(v * alpha))
    img.paste(rgba.convert("RGB"), (x, y), a)


@lru_cache(maxsize=64)
def seal_image(r, ring, center, color, key):
    size = 2 * r + 8
    m = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(m)
    c = size / 2
    d.ellipse([c - r, c - r, c + r, c + r], outline=255, width=max(2, r // 14))
    if center:
        f = font(usable(key, center), int(r * 0.55))
        d.text((c, c), center, font=f, fill=255, anchor="mm")
    n = len(ring)
    span = min(280.0, 18.0 * n)
    fs = max(8, int(min(r * 0.24, (r * 0.8) * math.radians(span / max(n, 1)) * 0.95)))
    f = font(usable(key, ring), fs)
    for i, ch in enumerate(ring):
        ang = -span / 2 + span * (i + 0.5) / n  # degrees from top, clockwise
        t = Image.new("L", (fs * 2, fs * 2), 0)
        ImageDraw.Draw(t).text((fs, fs), ch, font=f, fill=255, anchor="mm")
        t = t.rotate(-ang, resample=Image.BICUBIC)
        rr = r - fs * 0.85
        x = c + rr * math.sin(math.radians(ang)) - fs
        y = c - rr * math.cos(math.radians(ang)) - fs
        m.paste(255, (int(x), int(y)), t)
    col = Image.new("RGB", (size, size), color)
    col.putalpha(m)
    return col


# ---------------------------------------------------------------- reportlab backend
_REG = set()


def _pdf_font(key):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    k = PDF_MAP.get(key, key)
    if k not in PDF_FONTS:
        k = "hei"
    if k not in _REG:
        path, idx = PDF_FONTS[k]
        pdfmetrics.registerFont(TTFont("oi_" + k, path, subfontIndex=idx))
        _REG.add(k)
    return "oi_" + k


def pdf_pages(pages, path, dpi=150, order_shuffle=None):
    """write pages (px at dpi) as a text-layer PDF. order_shuffle(rng-like list) permutes text draw order"""
    from reportlab.pdfgen import canvas as rl
    from reportlab.lib.utils import ImageReader
    c = rl.Canvas(str(path), pageCompression=1, invariant=1)
    k = 72.0 / dpi
    for pi, page in enumerate(pages):
        c.setPageSize((page.w * k, page.h * k))
        _pdf_draw(c, page, 0, 0, k, page.h, ImageReader, order_shuffle)
        c.showPage()
    c.save()


def _pdf_draw(c, page, ox, oy, k, H, ImageReader, order_shuffle):
    def Y(y):
        return (H - y) * k
    ops = list(page.ops)
    if order_shuffle:
        texts = [o for o in ops if o[0] == "text"]
        others = [o for o in ops if o[0] != "text"]
        order_shuffle(texts)
        ops = others + texts
    for op in ops:
        kk = op[0]
        if kk == "text":
            _, x, y, s, key, size, color, anchor, spacing = op
            fk = _pdf_font(key)
            c.setFont(fk, size * k)
            c.setFillColorRGB(*[v / 255 for v in color])
            from reportlab.pdfbase.pdfmetrics import stringWidth
            w = stringWidth(s, fk, size * k) + spacing * k * (len(s) - 1)
            xx = (ox + x) * k
            if anchor[0] == "r":
                xx -= w
            elif anchor[0] == "m":
                xx -= w / 2
            yy = Y(oy + y)
            if anchor[1] == "m":
                yy -= size * k * 0.35
            if spacing:
                t = c.beginText(xx, yy)
                t.setFont(fk, size * k)
                t.setCharSpace(spacing * k)
                t.textOut(s)
                c.drawText(t)
            else:
                c.drawString(xx, yy, s)
        elif kk == "line":
            _, x0, y0, x1, y1, color, width = op
            c.setStrokeColorRGB(*[v / 255 for v in color])
            c.setLineWidth(width * k)
            c.line((ox + x0) * k, Y(oy + y0), (ox + x1) * k, Y(oy + y1))
        elif kk == "rect":
            _, x0, y0, x1, y1, outline, fill, width, radius = op
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill[:3]])
            if outline:
                c.setStrokeColorRGB(*[v / 255 for v in outline[:3]])
                c.setLineWidth(width * k)
            c.roundRect((ox + x0) * k, Y(oy + y1), (x1 - x0) * k, (y1 - y0) * k, radius * k,
                        stroke=1 if outline else 0, fill=1 if fill else 0)
        elif kk in ("seal", "rtext", "image", "ellipse"):
            # raster overlay of just this op
            tmp = Page(page.w, page.h, (255, 255, 255))
            if kk == "image":
                _, x, y, w, h, im = op
                c.drawImage(ImageReader(im.convert("RGB")), (ox + x) * k, Y(oy + y + h), w * k, h * k)
                continue
            if kk == "seal":
                _, cx, cy, r, ring, center, color, alpha, key = op
                simg = seal_image(int(r * 2), ring, center, color, key)
                c.drawImage(ImageReader(simg), (ox + cx - r - 2) * k, Y(oy + cy + r + 2), (2 * r + 4) * k, (2 * r + 4) * k, mask="auto")
                continue
            if kk == "rtext":
                _, x, y, s, key, size, color, angle, alpha = op
                fk = _pdf_font(key)
                c.saveState()
                c.setFillColorRGB(*[v / 255 for v in color], alpha=alpha)
                c.translate((ox + x) * k, Y(oy + y))
                c.rotate(angle)
                c.setFont(fk, size * k)
                c.drawCentredString(0, -size * k * 0.35, s)
                c.restoreState()
                continue
            _, x0, y0, x1, y1, outline, fill, width = op
            if fill:
                c.setFillColorRGB(*[v / 255 for v in fill[:3]])
            if outline:
                c.setStrokeColorRGB(*[v / 255 for v in outline[:3]])
            c.ellipse((ox + x0) * k, Y(oy + y1), (ox + x1) * k, Y(oy + y0), stroke=1 if outline else 0, fill=1 if fill else 0)
        elif kk == "sub":
            _, sp, x, y, sc = op
            c.drawImage(ImageReader(render(sp, sc)), (ox + x) * k, Y(oy + y + sp.h * sc), sp.w * sc * k, sp.h * sc * k)
