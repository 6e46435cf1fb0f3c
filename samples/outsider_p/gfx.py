"""Drawing helpers on PIL: fonts, pages in mm, tables, seals, watermarks, dates."""
import math
from functools import lru_cache
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONTS = {
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
}
BODY_FONTS = ["song", "ming", "serif", "sans", "hei", "zenhei", "wenkai", "kai"]
HAND_FONTS = ["kai", "ukai", "wenkai"]


@lru_cache(maxsize=512)
def font(kind, px):
    path, idx = FONTS[kind]
    return ImageFont.truetype(path, max(6, int(px)), index=idx)


class Page:
    def __init__(self, w_mm, h_mm, dpi=200, bg=(255, 255, 255)):
        self.dpi = dpi
        self.w_mm, self.h_mm = w_mm, h_mm
        self.img = Image.new("RGB", (self.px(w_mm), self.px(h_mm)), bg)
        self.d = ImageDraw.Draw(self.img)

    def px(self, mm):
        return int(round(mm * self.dpi / 25.4))

    def f(self, kind, pt):
        return font(kind, pt * self.dpi / 72.0)

    def text(self, x, y, s, pt=10.5, kind="song", fill=(20, 20, 20), anchor="la", spacing=0.0):
        fnt = self.f(kind, pt)
        if spacing:
            cx = self.px(x)
            if anchor[0] == "r":
                tot = sum(fnt.getlength(c) for c in s) + self.px(spacing) * (len(s) - 1)
                cx -= int(tot)
            elif anchor[0] == "m":
                tot = sum(fnt.getlength(c) for c in s) + self.px(spacing) * (len(s) - 1)
                cx -= int(tot / 2)
            for c in s:
                self.d.text((cx, self.px(y)), c, font=fnt, fill=fill, anchor="l" + anchor[1])
                cx += fnt.getlength(c) + self.px(spacing)
            return cx
        self.d.text((self.px(x), self.px(y)), s, font=fnt, fill=fill, anchor=anchor)
        return self.px(x) + fnt.getlength(s)

    def width_mm(self, s, pt, kind):
        return self.f(kind, pt).getlength(s) * 25.4 / self.dpi

    def wrap(self, s, pt, kind, max_mm):
        fnt = self.f(kind, pt)
        lim = self.px(max_mm)
        lines, cur = [], ""
        for c in s:
            if cur and fnt.getlength(cur + c) > lim:
                lines.append(cur)
                cur = c
            else:
                cur += c
        if cur:
            lines.append(cur)
        return lines

    def para(self, x, y, s, pt, kind, max_mm, lead=1.6, fill=(20, 20, 20), indent=True):
        s = ("\u3000\u3000" if indent else "") + s
        lines = self.wrap(s, pt, kind, max_mm)
        step = pt * lead * 25.4 / 72
        for i, ln in enumerate(lines):
            self.text(x, y + i * step, ln, pt, kind, fill)
        return y + len(lines) * step

    def line(self, x0, y0, x1, y1, w=0.3, fill=(30, 30, 30)):
        self.d.line([(self.px(x0), self.px(y0)), (self.px(x1), self.px(y1))], fill=fill,
                    width=max(1, self.px(w)))

    def rect(self, x0, y0, x1, y1, w=0.3, outline=(30, 30, 30), fill=None, radius=0):
        box = [self.px(x0), self.px(y0), self.px(x1), self.px(y1)]
        if radius:
            self.d.rounded_rectangle(box, radius=self.px(radius), outline=outline, fill=fill,
                                     width=max(1, self.px(w)) if outline else 0)
        else:
            self.d.rectangle(box, outline=outline, fill=fill, width=max(1, self.px(w)) if outline else 0)

    def checkbox(self, x, y, size, checked, fill=(20, 20, 20)):
        self.rect(x, y, x + size, y + size, 0.25, fill)
        if checked:
            pts = [(x + size * 0.18, y + size * 0.5), (x + size * 0.42, y + size * 0.78),
                   (x + size * 0.9, y + size * 0.12)]
            self.d.line([(self.px(a), self.px(b)) for a, b in pts], fill=fill, width=max(2, self.px(0.45)))

    def grid(self, x0, y0, colw, rowh, w=0.3, fill=(30, 30, 30)):
        xs = [x0]
        for c in colw:
            xs.append(xs[-1] + c)
        ys = [y0]
        for r in rowh:
            ys.append(ys[-1] + r)
        for y in ys:
            self.line(xs[0], y, xs[-1], y, w, fill)
        for x in xs:
            self.line(x, ys[0], x, ys[-1], w, fill)
        return xs, ys


def multiply(base, overlay):
    """Blend an RGBA overlay onto base like ink (multiply-ish)."""
    import numpy as np
    b = np.asarray(base.convert("RGB"), dtype=np.float32)
    o = np.asarray(overlay, dtype=np.float32)
    a = o[..., 3:4] / 255.0
    col = o[..., :3]
    out = b * (1 - a) + (b * col / 255.0) * a
    return Image.fromarray(out.clip(0, 255).astype("uint8"))


def seal(page_img, cx, cy, r, ring, center="", color=(215, 30, 35), star=True, kind="song", alpha=200,
         rng=None, inner_ring=False):
    """Round red seal with ring text; cx, cy, r in pixels."""
    W, H = page_img.size
    ov = Image.new("RGBA", (W, H), (0, 0, 0, 0))
    d = ImageDraw.Draw(ov)
    col = color + (alpha,)
    lw = max(2, int(r * 0.06))
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=col, width=lw)
    if inner_ring:
        r2 = r * 0.9
        d.ellipse([cx - r2, cy - r2, cx + r2, cy + r2], outline=col, width=max(1, lw // 3))
    if star:
        rs = r * 0.28
        pts = []
        for i in range(10):
            ang = -math.pi / 2 + i * math.pi / 5
            rr = rs if i % 2 == 0 else rs * 0.4
            pts.append((cx + rr * math.cos(ang), cy + rr * math.sin(ang)))
        d.polygon(pts, fill=col)
    n = len(ring)
    if n:
        fpx = int(r * (0.30 if n < 12 else 0.24 if n < 18 else 0.19))
        fnt = font(kind, fpx)
        span = min(250, 17 * n) if n > 4 else 120
        start = -90 - span / 2
        for i, ch in enumerate(ring):
            ang = start + (span * (i + 0.5) / n)
            rad = math.radians(ang)
            rr = r * 0.74
            tile = Image.new("RGBA", (fpx * 2, fpx * 2), (0, 0, 0, 0))
            ImageDraw.Draw(tile).text((fpx, fpx), ch, font=fnt, fill=col, anchor="mm")
            tile = tile.rotate(-(ang + 90), resample=Image.BICUBIC)
            x = int(cx + rr * math.cos(rad) - fpx)
            y = int(cy + rr * math.sin(rad) - fpx)
            ov.alpha_composite(tile, (max(0, x), max(0, y))) if x >= 0 and y >= 0 else None
    if center:
        fnt = font(kind, int(r * 0.2))
        d.text((cx, cy + r * 0.55), center, font=fnt, fill=col, anchor="mm")
    ov = ov.filter(ImageFilter.GaussianBlur(0.6))
    return multiply(page_img, ov)


def watermark(img, text, rng, color=None, angle=None, alpha=70, size_frac=0.045):
    W, H = img.size
    color = color or rng.choice([(200, 40, 40), (40, 80, 200), (120, 120, 120), (30, 140, 60)])
    angle = angle if angle is not None else rng.choice([20, 30, 35, 45, -30, 0])
    fpx = int(min(W, H) * size_frac)
    fnt = font(rng.choice(["hei", "song", "sans"]), fpx)
    big = Image.new("RGBA", (int(W * 1.6), int(H * 1.6)), (0, 0, 0, 0))
    d = ImageDraw.Draw(big)
    tw = fnt.getlength(text) + fpx * 3
    y = 0
    row = 0
    while y < big.size[1]:
        x = -(row % 2) * tw / 2
        while x < big.size[0]:
            d.text((x, y), text, font=fnt, fill=color + (alpha,))
            x += tw
        y += fpx * 5
        row += 1
    big = big.rotate(angle, resample=Image.BICUBIC)
    ox, oy = (big.size[0] - W) // 2, (big.size[1] - H) // 2
    ov = big.crop((ox, oy, ox + W, oy + H))
    return multiply(img, ov)


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n % 10]
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def fdate(d, style):
    if style == "cn":
        return "%s年%s月%s日" % (cn_year(d.year), cn_num(d.month), cn_num(d.day))
    if style == "ymd":
        return "%d年%d月%d日" % (d.year, d.month, d.day)
    if style == "ymd_sp":
        return "%d 年 %d 月 %d 日" % (d.year, d.month, d.day)
    if style == "ymd0":
        return "%d年%02d月%02d日" % (d.year, d.month, d.day)
    if style == "dot":
        return d.strftime("%Y.%m.%d")
    if style == "dash":
        return d.isoformat()
    if style == "slash":
        return "%d/%d/%d" % (d.year, d.month, d.day)
    raise ValueError(style)


def fmonth(y, m, style):
    if style == "cn":
        return "%s年%s月" % (cn_year(y), cn_num(m))
    if style == "ym":
        return "%d年%d月" % (y, m)
    if style == "dash":
        return "%d-%02d" % (y, m)
    if style == "dot":
        return "%d.%02d" % (y, m)
    return "%d%02d" % (y, m)


FW = {c: chr(ord(c) + 0xFEE0) for c in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ()"}


def fullwidth(s, digits=True, brackets=True):
    out = []
    for c in s:
        if c.isdigit() and digits:
            out.append(FW[c])
        elif c in "()" and brackets:
            out.append(FW[c])
        else:
            out.append(c)
    return "".join(out)


def guilloche(img, box, rng, color=(150, 190, 215)):
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    w, h = x1 - x0, y1 - y0
    for k in range(14):
        ph = rng.random() * 6.28
        amp = h * (0.05 + 0.1 * rng.random())
        fr = 2 + rng.random() * 5
        yc = y0 + h * (k + 0.5) / 14
        pts = [(x0 + t, yc + amp * math.sin(ph + fr * 6.28 * t / w)) for t in range(0, int(w), 6)]
        d.line(pts, fill=color, width=1)
