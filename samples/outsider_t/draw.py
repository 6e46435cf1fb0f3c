"""PIL drawing primitives: fonts, text, seals, watermarks, A4 canvas."""
import math
from functools import lru_cache
from PIL import Image, ImageDraw, ImageFont, ImageFilter

FONTS = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "mhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "ocr": ("/usr/share/fonts/opentype/ocr-b/OCRBS.otf", 0),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
}


@lru_cache(maxsize=512)
def F(name, size):
    p, i = FONTS[name]
    return ImageFont.truetype(p, int(size), index=i)


def tw(d, text, font):
    return d.textlength(text, font=font)


def text(d, xy, s, font="sans", size=28, fill=(0, 0, 0), anchor="la"):
    d.text(xy, s, font=F(font, size), fill=fill, anchor=anchor)


def wrap(d, s, font, size, width):
    f = F(font, size)
    lines, cur = [], ""
    for ch in s:
        if d.textlength(cur + ch, font=f) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(d, xy, s, font="song", size=26, width=1000, lh=1.6, fill=(0, 0, 0)):
    x, y = xy
    for ln in wrap(d, s, font, size, width):
        d.text((x, y), ln, font=F(font, size), fill=fill)
        y += int(size * lh)
    return y


def a4(w=1240, color=(255, 255, 255)):
    h = int(w * 297 / 210)
    im = Image.new("RGB", (w, h), color)
    return im, ImageDraw.Draw(im)


def seal(img, cx, cy, r, ring="上海市公安局户口专用章", center="★", color=(215, 40, 40), alpha=170, rng=None, kind="round"):
    lay = Image.new("RGBA", img.size, (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    c = color + (alpha,)
    d.ellipse([cx - r, cy - r, cx + r, cy + r], outline=c, width=max(3, r // 18))
    fs = max(10, int(r * 0.26))
    f = F("song", fs)
    n = len(ring)
    span = 250
    for i, ch in enumerate(ring):
        a = math.radians(-90 - span / 2 + span * (i + 0.5) / n)
        x = cx + (r * 0.74) * math.cos(a)
        y = cy + (r * 0.74) * math.sin(a)
        g = Image.new("RGBA", (fs * 2, fs * 2), (0, 0, 0, 0))
        ImageDraw.Draw(g).text((fs, fs), ch, font=f, fill=c, anchor="mm")
        g = g.rotate(-math.degrees(a) - 90, resample=Image.BICUBIC)
        lay.alpha_composite(g, (int(x - fs), int(y - fs)))
    d.text((cx, cy), center, font=F("sans", int(r * 0.5)), fill=c, anchor="mm")
    if rng is not None:
        # uneven ink
        import numpy as np
        a = np.array(lay)
        noise = np.array([rng.random() for _ in range(64)]).reshape(8, 8)
        m = Image.fromarray((noise * 255).astype("uint8")).resize(img.size[::-1][::-1], Image.BILINEAR)
        m = np.array(m) / 255.0
        a[..., 3] = (a[..., 3] * (0.55 + 0.45 * m)).astype("uint8")
        lay = Image.fromarray(a)
    base = img.convert("RGBA")
    base.alpha_composite(lay)
    img.paste(base.convert("RGB"))


def watermark(img, s="仅供居住证积分使用，他用无效", color=(90, 120, 200), alpha=80, angle=25, size=None, step=None):
    W, H = img.size
    size = size or max(20, W // 22)
    lay = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
    d = ImageDraw.Draw(lay)
    f = F("sans", size)
    step = step or int(size * 6)
    for y in range(0, H * 2, step):
        off = (y // step % 2) * size * 4
        for x in range(-W, W * 2, int(d.textlength(s, font=f) + size * 3)):
            d.text((x + off, y), s, font=f, fill=color + (alpha,))
    lay = lay.rotate(angle, resample=Image.BICUBIC)
    lay = lay.crop((W // 2, H // 2, W // 2 + W, H // 2 + H))
    base = img.convert("RGBA")
    base.alpha_composite(lay)
    img.paste(base.convert("RGB"))


def guilloche(img, box, color=(200, 225, 235), rng=None):
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    for k in range(0, 40):
        pts = []
        for x in range(x0, x1, 6):
            y = y0 + (y1 - y0) * (0.5 + 0.45 * math.sin(x / 37.0 + k * 0.5) * math.cos(x / 91.0 + k))
            pts.append((x, y))
        d.line(pts, fill=color, width=1)


def photo_box(img, box, rng, sex="男"):
    d = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    d.rectangle(box, fill=(225, 232, 240))
    cx = (x0 + x1) // 2
    w = x1 - x0
    d.ellipse([cx - w * 0.22, y0 + (y1 - y0) * 0.18, cx + w * 0.22, y0 + (y1 - y0) * 0.55], fill=(150, 120, 100))
    d.chord([x0 + w * 0.08, y0 + (y1 - y0) * 0.58, x1 - w * 0.08, y1 + (y1 - y0) * 0.3], 180, 360, fill=(40, 50, 70))


def cn_date(date, style="ymd"):
    if style == "ymd":
        return f"{date.year}年{date.month}月{date.day}日"
    if style == "dot":
        return f"{date:%Y.%m.%d}"
    if style == "dash":
        return f"{date:%Y-%m-%d}"
    if style == "slash":
        return f"{date:%Y/%m/%d}"
    if style == "cn":
        return cn_numeral_date(date)
    if style == "pad":
        return f"{date.year}年{date.month:02d}月{date.day:02d}日"


DIG = "〇一二三四五六七八九"


def cn_num(n):
    if n < 10:
        return DIG[n]
    if n < 20:
        return "十" + (DIG[n % 10] if n % 10 else "")
    return DIG[n // 10] + "十" + (DIG[n % 10] if n % 10 else "")


def cn_numeral_date(date, day=True):
    y = "".join(DIG[int(c)] for c in str(date.year))
    s = f"{y}年{cn_num(date.month)}月"
    return s + (f"{cn_num(date.day)}日" if day else "")
