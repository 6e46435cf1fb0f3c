"""Phone-screenshot furniture: status bar, title bar, cards, label/value rows
with right-aligned (and wrapped) values, QR blocks."""
from PIL import Image, ImageDraw

from .draw import Sheet

# a 1080 x 2340 screen drawn in "mm" with dpi chosen so 1 mm = 10 px
SCREEN_DPI = 254.0


def new_screen(rng, w=1080, h=2340, bg=(244, 245, 247)):
    s = Sheet(w / 10.0, h / 10.0, SCREEN_DPI, bg)
    return s


def status_bar(s, rng, clock):
    s.rect(0, 0, s.w, 9, outline=None, fill=(255, 255, 255))
    s.text(5, 6.3, clock, "hei_bold", 11, (10, 10, 10))
    x = s.w - 6
    s.rounded(x - 7, 2.6, x, 6.2, 0.8, outline=(30, 30, 30), width=0.25)
    s.rect(x - 6.4, 3.1, x - 6.4 + 5.6 * rng.uniform(0.3, 0.95), 5.7, outline=None, fill=(30, 30, 30))
    for k in range(4):
        s.rect(x - 18 + k * 2, 6 - 1 - k, x - 16.8 + k * 2, 6, outline=None, fill=(30, 30, 30))
    s.text(x - 28, 6.1, rng.choice(["5G", "4G", "WiFi"]), "dejavu_bold", 8, (30, 30, 30))


def title_bar(s, title, y=9, color=(255, 255, 255), fg=(20, 20, 20)):
    s.rect(0, y, s.w, y + 12, outline=None, fill=color)
    s.text(5, y + 8.2, "<", "dejavu", 16, fg)
    s.text(s.w / 2, y + 8, title, "hei_bold", 13, fg, "ms")
    s.text(s.w - 6, y + 7.5, "···", "dejavu_bold", 12, fg, "rs")
    return y + 12


def card(s, x0, y0, x1, y1, fill=(255, 255, 255)):
    s.rounded(x0, y0, x1, y1, 3, fill=fill)


def kv_rows(s, x0, x1, y, rows, label_font="hei", value_font="hei", size=11.5, label_w=30,
            gap=10.5, label_color=(140, 140, 145), value_color=(25, 25, 25), rule=True):
    """Rows of grey label left / black value right-aligned; a value too long
    wraps onto a second right-aligned line.  Returns the y after the rows."""
    for label, value in rows:
        s.text(x0, y, label, label_font, size, label_color)
        avail = (x1 - x0) - label_w
        lines = s.wrap(value, value_font, size, avail) if value else [""]
        for k, ln in enumerate(lines):
            s.text(x1, y + k * size * 0.5, ln, value_font, size, value_color, "rs")
        y += gap + (len(lines) - 1) * size * 0.5
        if rule:
            s.line(x0, y - gap * 0.45, x1, y - gap * 0.45, 0.1, (228, 228, 230))
    return y


def qr_block(s, x, y, size_mm, rng, n=25):
    cell = size_mm / n
    s.rect(x, y, x + size_mm, y + size_mm, outline=None, fill=(255, 255, 255))
    for r in range(n):
        for c in range(n):
            finder = (r < 7 and c < 7) or (r < 7 and c >= n - 7) or (r >= n - 7 and c < 7)
            if finder:
                rr, cc = r % (n - 7) if r >= 7 else r, c % (n - 7) if c >= 7 else c
                rr = r if r < 7 else r - (n - 7)
                cc = c if c < 7 else c - (n - 7)
                on = rr in (0, 6) or cc in (0, 6) or (2 <= rr <= 4 and 2 <= cc <= 4)
            else:
                on = rng.random() < 0.5
            if on:
                s.rect(x + c * cell, y + r * cell, x + (c + 1) * cell, y + (r + 1) * cell, outline=None,
                       fill=(10, 10, 10))


def gradient_banner(s, x0, y0, x1, y1, c0, c1, radius=3):
    W, H = s.px(x1 - x0), s.px(y1 - y0)
    g = Image.new("RGB", (W, H))
    d = ImageDraw.Draw(g)
    for k in range(W):
        t = k / max(1, W - 1)
        d.line([(k, 0), (k, H)], fill=tuple(int(a + (b - a) * t) for a, b in zip(c0, c1)))
    m = Image.new("L", (W, H), 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, W - 1, H - 1], radius=s.px(radius), fill=255)
    s.img.paste(g, (s.px(x0), s.px(y0)), m)
