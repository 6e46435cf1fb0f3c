"""Low-level drawing: fonts, text, seals, guilloche, watermarks."""
import math
import random
from PIL import Image, ImageDraw, ImageFont, ImageFilter, ImageChops

FONTS = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "gkai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkaib": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "mono": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 1),
}
_cache = {}


def F(fam, size):
    k = (fam, int(size))
    if k not in _cache:
        p, i = FONTS[fam]
        _cache[k] = ImageFont.truetype(p, int(size), index=i)
    return _cache[k]


class Style:
    """per-packet choices of fonts and spacing."""
    def __init__(self, rng):
        self.rng = rng
        self.body = rng.choice(["song", "serif", "ming", "sans", "hei"])
        self.head = rng.choice(["serifb", "sansb", "zen", "hei"])
        self.sans = rng.choice(["sans", "hei", "zen"])
        self.hand = rng.choice(["kai", "gkai", "wenkai"])
        self.k = rng.uniform(0.9, 1.12)
        self.lead = rng.uniform(1.45, 1.9)


def text(dr, xy, s, fam, size, fill=(20, 20, 20), anchor="la", spacing=0):
    f = F(fam, size)
    if spacing:
        x, y = xy
        for ch in s:
            dr.text((x, y), ch, font=f, fill=fill, anchor=anchor)
            x += f.getlength(ch) + spacing
        return x
    dr.text(xy, s, font=f, fill=fill, anchor=anchor)
    return xy[0] + f.getlength(s)


def hand(img, xy, s, fam, size, rng, fill=(25, 30, 60)):
    """hand-filled text: per-character jitter in size, baseline and angle."""
    x, y = xy
    for ch in s:
        sz = int(size * rng.uniform(0.9, 1.1))
        f = F(fam, sz)
        w = int(f.getlength(ch)) + 8
        tile = Image.new("L", (w + 10, sz + 20), 0)
        ImageDraw.Draw(tile).text((5, 5), ch, font=f, fill=255)
        tile = tile.rotate(rng.uniform(-6, 6), resample=Image.BICUBIC, expand=True)
        col = Image.new("RGB", tile.size, fill)
        img.paste(col, (int(x), int(y + rng.uniform(-3, 3))), tile)
        x += f.getlength(ch) * rng.uniform(0.98, 1.15)
    return x


def wrap(s, f, width):
    lines, cur = [], ""
    for ch in s:
        if f.getlength(cur + ch) > width and cur:
            lines.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        lines.append(cur)
    return lines


def para(dr, x, y, s, fam, size, width, lead=1.7, fill=(25, 25, 25), indent=True):
    f = F(fam, size)
    s = ("\u3000\u3000" if indent else "") + s
    for ln in wrap(s, f, width):
        dr.text((x, y), ln, font=f, fill=fill)
        y += size * lead
    return y


def seal(size, ring, center="", color=(210, 30, 35), star=True, rng=None, fam="song"):
    """a round red seal as RGBA with ring text."""
    rng = rng or random.Random(0)
    S = size
    im = Image.new("RGBA", (S, S), (0, 0, 0, 0))
    dr = ImageDraw.Draw(im)
    c = S / 2
    w = max(3, S // 28)
    dr.ellipse([w, w, S - w, S - w], outline=color + (255,), width=w)
    n = len(ring)
    fs = int(S * 0.12)
    f = F(fam if fam != "song" else "sansb", fs)
    span = min(260, 26 * n)
    for i, ch in enumerate(ring):
        ang = -90 - span / 2 + span * (i + 0.5) / n
        r = c - w * 2 - fs * 0.65
        x = c + r * math.cos(math.radians(ang))
        y = c + r * math.sin(math.radians(ang))
        t = Image.new("RGBA", (fs + 8, fs + 8), (0, 0, 0, 0))
        ImageDraw.Draw(t).text((4, 4), ch, font=f, fill=color + (255,))
        t = t.rotate(-(ang + 90), resample=Image.BICUBIC)
        im.alpha_composite(t, (int(x - t.width / 2), int(y - t.height / 2)))
    if star:
        r = S * 0.13
        pts = []
        for k in range(10):
            a = math.radians(-90 + 36 * k)
            rr = r if k % 2 == 0 else r * 0.4
            pts.append((c + rr * math.cos(a), c + rr * math.sin(a)))
        dr.polygon(pts, fill=color + (255,))
    if center:
        f2 = F("sansb", int(S * 0.09))
        dr.text((c, c + S * 0.27), center, font=f2, fill=color + (255,), anchor="mm")
    # ink unevenness
    a = im.split()[3]
    noise = Image.effect_noise((S, S), 60).point(lambda v: 255 if v > 70 else int(v * 2.5))
    a = ImageChops.multiply(a, noise)
    im.putalpha(a.filter(ImageFilter.GaussianBlur(0.8)))
    return im


def stamp(img, st, xy, alpha=0.8):
    """multiply a seal onto the page so the ink below stays visible."""
    x, y = int(xy[0]), int(xy[1])
    region = img.crop((x, y, x + st.width, y + st.height)).convert("RGB")
    a = st.split()[3].point(lambda v: int(v * alpha))
    col = Image.new("RGB", st.size, (0, 0, 0))
    col.paste(st.convert("RGB"), (0, 0))
    mult = ImageChops.multiply(region, col)
    region.paste(mult, (0, 0), a)
    img.paste(region, (x, y))


def guilloche(img, rng, colors=((170, 200, 225), (225, 190, 200))):
    dr = ImageDraw.Draw(img)
    W, H = img.size
    for k in range(34):
        col = colors[k % len(colors)]
        ph = rng.uniform(0, 6.28)
        amp = rng.uniform(H * 0.03, H * 0.12)
        fr = rng.uniform(2, 6) / W * 6.28
        y0 = H * k / 34
        pts = [(x, y0 + amp * math.sin(fr * x + ph)) for x in range(0, W, 6)]
        dr.line(pts, fill=col, width=1)


def watermark(img, text_, rng, color=None, alpha=None, angle=None, size=None):
    W, H = img.size
    color = color or rng.choice([(200, 60, 60), (90, 90, 200), (120, 120, 120), (60, 150, 90)])
    alpha = alpha if alpha is not None else rng.randint(55, 95)
    angle = angle if angle is not None else rng.choice([20, 30, 35, -25, 0, 45])
    size = size or int(W * rng.uniform(0.035, 0.055))
    layer = Image.new("RGBA", (W * 2, H * 2), (0, 0, 0, 0))
    dr = ImageDraw.Draw(layer)
    f = F("sans", size)
    step_y = size * rng.uniform(4, 7)
    step_x = f.getlength(text_) + size * 3
    y = 0
    row = 0
    while y < H * 2:
        x = -(row % 2) * step_x / 2
        while x < W * 2:
            dr.text((x, y), text_, font=f, fill=color + (alpha,))
            x += step_x
        y += step_y
        row += 1
    layer = layer.rotate(angle, resample=Image.BICUBIC)
    layer = layer.crop((W // 2, H // 2, W // 2 + W, H // 2 + H))
    base = img.convert("RGBA")
    base.alpha_composite(layer)
    return base.convert("RGB")


def photo_box(img, box, rng):
    """a portrait placeholder: grey background, head and shoulders."""
    dr = ImageDraw.Draw(img)
    x0, y0, x1, y1 = box
    dr.rectangle(box, fill=(rng.randint(215, 240), rng.randint(225, 245), 250))
    cx = (x0 + x1) / 2
    w, h = x1 - x0, y1 - y0
    skin = (rng.randint(200, 235), rng.randint(170, 200), rng.randint(150, 180))
    dr.ellipse([cx - w * 0.48, y0 + h * 0.66, cx + w * 0.48, y1 + h * 0.35], fill=(40, 40, 50))
    dr.ellipse([cx - w * 0.22, y0 + h * 0.18, cx + w * 0.22, y0 + h * 0.62], fill=skin)
    dr.chord([cx - w * 0.25, y0 + h * 0.12, cx + w * 0.25, y0 + h * 0.5], 180, 360, fill=(25, 20, 20))


def qr(img, box, rng):
    dr = ImageDraw.Draw(img)
    x0, y0, x1, _ = box
    n = 25
    c = (x1 - x0) / n
    for i in range(n):
        for j in range(n):
            if rng.random() < 0.5:
                dr.rectangle([x0 + i * c, y0 + j * c, x0 + (i + 1) * c, y0 + (j + 1) * c], fill=(0, 0, 0))
    for (a, b) in [(0, 0), (n - 7, 0), (0, n - 7)]:
        dr.rectangle([x0 + a * c, y0 + b * c, x0 + (a + 7) * c, y0 + (b + 7) * c], fill=(255, 255, 255))
        dr.rectangle([x0 + a * c, y0 + b * c, x0 + (a + 7) * c, y0 + (b + 7) * c], outline=(0, 0, 0), width=int(c))
        dr.rectangle([x0 + (a + 2) * c, y0 + (b + 2) * c, x0 + (a + 5) * c, y0 + (b + 5) * c], fill=(0, 0, 0))
