"""Round red seals (ring text, star, bottom line), signatures, watermarks."""
import math
from PIL import Image, ImageDraw, ImageFilter
import numpy as np

from . import fonts

RED = (214, 32, 40)


def _glyph_tile(ch, font, px):
    n = fonts.font_for(ch, fonts.chain_of(font))
    f = fonts.pil(n, px)
    box = int(px * 1.5)
    t = Image.new("L", (box, box), 0)
    ImageDraw.Draw(t).text((box / 2, box / 2), ch, font=f, fill=255, anchor="mm")
    return t


def round_seal(ring_text, rng, px_per_mm, diameter_mm=40.0, bottom="", code="", star=True,
               color=RED, font="song_bold", alpha=0.85, squeeze=1.0):
    """RGBA image of a round seal. squeeze < 1 gives an oval (some seals are)."""
    D = int(diameter_mm * px_per_mm)
    S = int(D * 1.1)
    a = Image.new("L", (S, S), 0)
    dr = ImageDraw.Draw(a)
    c = S / 2
    ring_w = max(2, int(D * 0.035))
    dr.ellipse([c - D / 2, c - D / 2, c + D / 2, c + D / 2], outline=255, width=ring_w)
    n = len(ring_text)
    span = min(215.0 if code else 245.0, 15.0 * n + 50)
    r_text = D / 2 - ring_w - D * 0.09
    ch_px = min(D * 0.16, (math.radians(span) * r_text) / max(1, n) * 1.05)
    r_text = D / 2 - ring_w - ch_px * 0.62
    for k, ch in enumerate(ring_text):
        th = 90 + span / 2 - (span * k / max(1, n - 1))
        tile = _glyph_tile(ch, font, ch_px)
        tile = tile.resize((int(tile.width * 0.78), tile.height))      # seal glyphs are narrow
        tile = tile.rotate(th - 90, resample=Image.BICUBIC, expand=True)
        x = c + r_text * math.cos(math.radians(th))
        y = c - r_text * math.sin(math.radians(th))
        a.paste(255, (int(x - tile.width / 2), int(y - tile.height / 2)), tile)
    if code:
        m = len(code)
        cspan = min(110.0, 7.5 * m)
        cpx = D * 0.065
        rc = D / 2 - ring_w - cpx * 0.9
        for k, ch in enumerate(code):
            th = 270 - cspan / 2 + cspan * k / max(1, m - 1)
            tile = _glyph_tile(ch, "dejavu_bold", cpx)
            tile = tile.rotate(th - 270, resample=Image.BICUBIC, expand=True)
            x = c + rc * math.cos(math.radians(th))
            y = c - rc * math.sin(math.radians(th))
            a.paste(255, (int(x - tile.width / 2), int(y - tile.height / 2)), tile)
    if star:
        R = D * 0.14
        pts = []
        for k in range(10):
            rr = R if k % 2 == 0 else R * 0.4
            th = math.radians(90 + 36 * k)
            pts.append((c + rr * math.cos(th), c - rr * math.sin(th) - D * 0.02))
        dr.polygon(pts, fill=255)
    if bottom:
        bpx = D * 0.085
        bn = fonts.font_for(bottom[0], fonts.chain_of(font))
        f = fonts.pil(bn, bpx)
        tw = sum(fonts.pil(nn, bpx).getlength(t) for nn, t in fonts.runs(bottom, font))
        x = c - tw / 2
        y = c + D * 0.3
        for nn, t in fonts.runs(bottom, font):
            ff = fonts.pil(nn, bpx)
            dr.text((x, y), t, font=ff, fill=255, anchor="ls")
            x += ff.getlength(t)
    if squeeze != 1.0:
        a = a.resize((S, int(S * squeeze)))
    # uneven ink: blotchy noise, a lighter side
    nr = np.random.default_rng(rng.getrandbits(32))
    arr = np.asarray(a).astype(np.float32) / 255.0
    noise = nr.random((arr.shape[0] // 8 + 1, arr.shape[1] // 8 + 1)).astype(np.float32)
    noise = np.asarray(Image.fromarray((noise * 255).astype(np.uint8)).resize(
        (arr.shape[1], arr.shape[0]), Image.BILINEAR)).astype(np.float32) / 255.0
    side = np.linspace(rng.uniform(0.65, 1.0), rng.uniform(0.85, 1.0), arr.shape[1])[None, :]
    arr = arr * (0.55 + 0.45 * noise) * side * alpha
    arr = np.asarray(Image.fromarray((arr * 255).astype(np.uint8)).filter(ImageFilter.GaussianBlur(0.6)))
    out = Image.new("RGBA", a.size, color + (0,))
    out.putalpha(Image.fromarray(arr))
    return out.rotate(rng.uniform(-25, 25), resample=Image.BICUBIC, expand=True)


def square_stamp(lines, rng, px_per_mm, w_mm=30, color=RED, font="song_bold"):
    """A rectangular stamp (e.g. 与原件核对无误)."""
    lh = 6.0
    W, H = int(w_mm * px_per_mm), int((len(lines) * lh + 4) * px_per_mm)
    a = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(a)
    d.rectangle([1, 1, W - 2, H - 2], outline=255, width=max(2, int(0.6 * px_per_mm)))
    for k, ln in enumerate(lines):
        px = 4.2 * px_per_mm
        x = W / 2 - sum(fonts.pil(n, px).getlength(t) for n, t in fonts.runs(ln, font)) / 2
        y = (2 + lh * (k + 0.75)) * px_per_mm
        for n, t in fonts.runs(ln, font):
            f = fonts.pil(n, px)
            d.text((x, y), t, font=f, fill=255, anchor="ls")
            x += f.getlength(t)
    out = Image.new("RGBA", a.size, color + (0,))
    out.putalpha(a.point(lambda v: int(v * 0.8)))
    return out.rotate(rng.uniform(-8, 8), resample=Image.BICUBIC, expand=True)


def signature(name, rng, px_per_mm, height_mm=9, ink=(20, 20, 30), font=None):
    """A quick hand signature of a name: slanted kai glyphs run together."""
    font = font or rng.choice(["ukai", "gkai", "wenkai_bold"])
    px = height_mm * px_per_mm
    W = int(px * (len(name) * 0.85 + 1.2))
    H = int(px * 1.8)
    a = Image.new("L", (W, H), 0)
    d = ImageDraw.Draw(a)
    x = px * 0.3
    for ch in name:
        n = fonts.font_for(ch, fonts.chain_of(font))
        f = fonts.pil(n, px * rng.uniform(0.85, 1.15))
        d.text((x, H * 0.7 + rng.uniform(-0.1, 0.1) * px), ch, font=f, fill=255, anchor="ls")
        x += f.getlength(ch) * rng.uniform(0.62, 0.8)
    d.line([(px * 0.2, H * 0.78), (x + px * 0.2, H * 0.7 + rng.uniform(-0.2, 0.1) * px)],
           fill=200, width=max(1, int(px * 0.05)))
    a = a.transform(a.size, Image.AFFINE, (1, rng.uniform(0.15, 0.35), -H * 0.1, 0, 1, 0), Image.BICUBIC)
    out = Image.new("RGBA", a.size, ink + (0,))
    out.putalpha(a)
    return out


def watermark(size, text, rng, color=None, angle=None, px=None):
    """RGBA layer with a repeated diagonal copy-watermark."""
    W, H = size
    color = color or rng.choice([(120, 120, 120), (200, 60, 60), (60, 90, 180)])
    angle = rng.uniform(15, 40) if angle is None else angle
    px = px or int(min(W, H) * rng.uniform(0.045, 0.07))
    big = Image.new("L", (int(W * 1.6), int(H * 1.6)), 0)
    d = ImageDraw.Draw(big)
    y = 0
    while y < big.height:
        x = (y // px) % 3 * px
        while x < big.width:
            xx = x
            for n, t in fonts.runs(text, "hei"):
                f = fonts.pil(n, px)
                d.text((xx, y), t, font=f, fill=255)
                xx += f.getlength(t)
            x = xx + px * 3
        y += int(px * 4)
    big = big.rotate(angle, resample=Image.BICUBIC)
    big = big.crop(((big.width - W) // 2, (big.height - H) // 2, (big.width - W) // 2 + W, (big.height - H) // 2 + H))
    out = Image.new("RGBA", (W, H), color + (0,))
    out.putalpha(big.point(lambda v: int(v * 0.33)))
    return out
