"""Phone app screenshots: 随申办 电子居住证, 个税 app 收入纳税明细, 社保缴费记录, 学信网 mobile."""
from PIL import Image, ImageDraw
from .draw import F, wrap

PHONES = [(1080, 2400), (1170, 2532), (1242, 2688), (720, 1600), (1080, 2340), (1284, 2778)]


class Theme:
    def __init__(self, dark, accent):
        self.dark = dark
        self.bg = (18, 18, 20) if dark else (244, 245, 247)
        self.card = (36, 36, 40) if dark else (255, 255, 255)
        self.fg = (235, 235, 235) if dark else (25, 25, 25)
        self.sub = (150, 150, 155) if dark else (130, 130, 135)
        self.line = (60, 60, 64) if dark else (232, 232, 235)
        self.accent = accent


def status_bar(d, W, s, th, clock, ios):
    h = int((47 if ios else 36) * s * 2.2)
    d.rectangle([0, 0, W, h], fill=th.bg)
    fs = int(15 * s * 2.6)
    d.text((int(40 * s * 1.6) if not ios else int(70 * s), h // 2), clock, font=F("sansb", fs), fill=th.fg, anchor="lm")
    x = W - int(50 * s)
    d.rounded_rectangle([x - int(60 * s), h // 2 - int(14 * s), x, h // 2 + int(14 * s)], radius=int(5 * s), outline=th.fg, width=max(2, int(2 * s)))
    d.rectangle([x - int(56 * s), h // 2 - int(10 * s), x - int(20 * s), h // 2 + int(10 * s)], fill=th.fg)
    for i in range(4):
        bx = x - int(110 * s) + i * int(10 * s)
        d.rectangle([bx, h // 2 + int(12 * s) - i * int(6 * s), bx + int(6 * s), h // 2 + int(12 * s)], fill=th.fg)
    if not ios:
        d.text((x - int(130 * s), h // 2), "5G", font=F("sansb", int(fs * 0.8)), fill=th.fg, anchor="rm")
    return h


def title_bar(d, W, y, s, th, title, right=""):
    h = int(120 * s)
    d.rectangle([0, y, W, y + h], fill=th.card if not th.dark else th.bg)
    d.text((int(40 * s), y + h // 2), "‹", font=F("sans", int(70 * s)), fill=th.fg, anchor="lm")
    d.text((W // 2, y + h // 2), title, font=F("sansb", int(44 * s)), fill=th.fg, anchor="mm")
    if right:
        d.text((W - int(40 * s), y + h // 2), right, font=F("sans", int(34 * s)), fill=th.sub, anchor="rm")
    return y + h


def nav_bar(im, s, th, ios):
    W, H = im.size
    d = ImageDraw.Draw(im)
    if ios:
        d.rounded_rectangle([W // 2 - int(140 * s), H - int(30 * s), W // 2 + int(140 * s), H - int(20 * s)], radius=int(5 * s), fill=th.fg)
        return int(60 * s)
    h = int(110 * s)
    d.rectangle([0, H - h, W, H], fill=th.bg)
    for i, sym in enumerate(["◁", "○", "□"]):
        d.text((W * (i + 1) // 4, H - h // 2), sym, font=F("dejavu", int(44 * s)), fill=th.sub, anchor="mm")
    return h


class Tall:
    """A tall canvas of content drawn top-down; later cut into screenshots."""

    def __init__(self, W, s, th):
        self.W, self.s, self.th = W, s, th
        self.im = Image.new("RGB", (W, 12000), th.bg)
        self.d = ImageDraw.Draw(self.im)
        self.y = int(24 * s)
        self.blocks = []  # (y0, y1)

    def banner(self, name, sub, color):
        s, d = self.s, self.d
        h = int(330 * s)
        d.rounded_rectangle([int(30 * s), self.y, self.W - int(30 * s), self.y + h], radius=int(30 * s), fill=color)
        d.text((int(80 * s), self.y + int(80 * s)), sub, font=F("sans", int(36 * s)), fill=(255, 255, 255))
        d.text((int(80 * s), self.y + int(150 * s)), name, font=F("sansb", int(84 * s)), fill=(255, 255, 255))
        d.rectangle([self.W - int(300 * s), self.y + int(70 * s), self.W - int(90 * s), self.y + int(270 * s)], outline=(255, 255, 255), width=int(4 * s))
        for i in range(6):
            for j in range(6):
                if (i * 7 + j * 3) % 4:
                    x = self.W - int(280 * s) + i * int(30 * s)
                    yy = self.y + int(90 * s) + j * int(28 * s)
                    d.rectangle([x, yy, x + int(24 * s), yy + int(22 * s)], fill=(255, 255, 255))
        self.y += h + int(30 * s)

    def kv_card(self, pairs, head=None):
        s, d, th = self.s, self.d, self.th
        x0, x1 = int(30 * s), self.W - int(30 * s)
        y0 = self.y
        y = y0 + int(20 * s)
        lay = []
        if head:
            lay.append(("head", head, y))
            y += int(90 * s)
        fs = int(38 * s)
        for k, v in pairs:
            lines = wrap(d, v, "sans", fs, int(self.W * 0.58))
            lay.append(("kv", (k, lines), y))
            y += int(max(1, len(lines)) * fs * 1.45 + 56 * s)
        d.rounded_rectangle([x0, y0, x1, y + int(10 * s)], radius=int(24 * s), fill=th.card)
        for kind, val, yy in lay:
            if kind == "head":
                d.text((x0 + int(40 * s), yy + int(20 * s)), val, font=F("sansb", int(44 * s)), fill=th.fg)
                d.line([x0 + int(40 * s), yy + int(85 * s), x1 - int(40 * s), yy + int(85 * s)], fill=th.line, width=2)
            else:
                k, lines = val
                d.text((x0 + int(40 * s), yy + int(28 * s)), k, font=F("sans", int(36 * s)), fill=th.sub)
                ly = yy + int(28 * s)
                for ln in lines:
                    d.text((x1 - int(40 * s), ly), ln, font=F("sans", fs), fill=th.fg, anchor="ra")
                    ly += int(fs * 1.45)
        self.blocks.append((y0, y + int(10 * s)))
        self.y = y + int(34 * s)

    def row_card(self, top_left, top_right, lines, tag=None):
        """list item: bold top line left/right, then grey sub lines"""
        s, d, th = self.s, self.d, self.th
        x0, x1 = int(30 * s), self.W - int(30 * s)
        fs = int(36 * s)
        body = []
        for ln in lines:
            for w in wrap(d, ln, "sans", fs, x1 - x0 - int(80 * s)):
                body.append(w)
        h = int(110 * s) + len(body) * int(fs * 1.5) + int(20 * s)
        y0 = self.y
        d.rounded_rectangle([x0, y0, x1, y0 + h], radius=int(20 * s), fill=th.card)
        d.text((x0 + int(40 * s), y0 + int(36 * s)), top_left, font=F("sansb", int(42 * s)), fill=th.fg)
        d.text((x1 - int(40 * s), y0 + int(36 * s)), top_right, font=F("sansb", int(42 * s)), fill=th.accent if not th.dark else th.fg, anchor="ra")
        if tag:
            tw_ = d.textlength(top_left, font=F("sansb", int(42 * s)))
            tx = x0 + int(60 * s) + tw_
            col = (230, 120, 30) if tag == "补缴" else (40, 160, 90)
            d.rounded_rectangle([tx, y0 + int(38 * s), tx + int(100 * s), y0 + int(92 * s)], radius=int(8 * s), outline=col, width=2)
            d.text((tx + int(50 * s), y0 + int(65 * s)), tag, font=F("sans", int(30 * s)), fill=col, anchor="mm")
        y = y0 + int(110 * s)
        for w in body:
            d.text((x0 + int(40 * s), y), w, font=F("sans", fs), fill=th.sub)
            y += int(fs * 1.5)
        self.blocks.append((y0, y0 + h))
        self.y = y0 + h + int(24 * s)

    def note(self, txt):
        s = self.s
        for w in wrap(self.d, txt, "sans", int(32 * s), self.W - int(100 * s)):
            self.d.text((int(50 * s), self.y), w, font=F("sans", int(32 * s)), fill=self.th.sub)
            self.y += int(48 * s)
        self.y += int(20 * s)

    def content(self):
        return self.im.crop((0, 0, self.W, self.y + int(40 * self.s)))


def shots(tall, phone, th, title, rng, clock, max_shots=4, stitched=False, right=""):
    """Cut a tall content canvas into screenshots. Returns images; every block is fully visible in at least one shot."""
    W, H = phone
    s = tall.s
    ios = W in (1170, 1242, 1284)
    content = tall.content()
    probe = Image.new("RGB", (W, 10))
    top_h = status_bar(ImageDraw.Draw(Image.new("RGB", (W, 400))), W, s, th, clock, ios) + int(120 * s)
    bot_h = int(60 * s) if ios else int(110 * s)
    if stitched:
        Ht = top_h + content.height + bot_h
        im = Image.new("RGB", (W, Ht), th.bg)
        im.paste(content, (0, top_h))
        d = ImageDraw.Draw(im)
        status_bar(d, W, s, th, clock, ios)
        title_bar(d, W, top_h - int(120 * s), s, th, title, right)
        nav_bar(im, s, th, ios)
        return [im]
    view = H - top_h - bot_h
    out = []
    y = 0
    while True:
        im = Image.new("RGB", (W, H), th.bg)
        im.paste(content.crop((0, y, W, min(content.height, y + view))), (0, top_h))
        d = ImageDraw.Draw(im)
        status_bar(d, W, s, th, clock, ios)
        title_bar(d, W, top_h - int(120 * s), s, th, title, right)
        nav_bar(im, s, th, ios)
        out.append(im)
        if y + view >= content.height:
            break
        # next start: first block not fully shown
        nxt = None
        for b0, b1 in tall.blocks:
            if b1 > y + view:
                nxt = b0
                break
        if nxt is None or nxt <= y:
            nxt = y + view // 2
        y = max(0, nxt - rng.randint(20, int(200 * s)))
        # minute ticks
        hh, mm = clock.split(":")
        clock = f"{hh}:{(int(mm) + 1) % 60:02d}"
    return out


def mask_id(i):
    return i[:3] + "*" * 11 + i[-4:] if len(i) == 18 else i


def mask_name(n):
    return "*" + n[1:]
