"""Phone screenshots the way phones make them: status bar (time, signal,
battery), optional notch, title bar, rounded cards, grey labels left and
values right-aligned (wrapped onto a second right-aligned line), dark mode,
long stitched screenshots, crops without the header, and screenshots of a
screenshot re-sent through a chat app."""
from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw

from . import gfx
from .gfx import font
from .util import d

SIZES = [(1080, 2340), (1080, 2400), (1170, 2532), (1080, 2340), (1284, 2778), (1242, 2688)]


class Screen:
    def __init__(self, R, W=None, H=None, dark=False, notch=None, fnt=None):
        if W is None:
            W, H = R.choice(SIZES)
        self.W, self.H, self.k = W, H, W / 1080
        self.H0 = H
        self.dark = dark
        self.R = R
        self.bg = (16, 16, 18) if dark else R.choice([(244, 245, 247), (240, 242, 245), (247, 247, 247)])
        self.card_c = (32, 32, 36) if dark else (255, 255, 255)
        self.lab = (150, 150, 155) if dark else (135, 138, 145)
        self.val = (236, 236, 238) if dark else (25, 25, 28)
        self.fnt = fnt or R.choice(["sans", "mhei", "hei"])
        self.fntb = "sansb" if self.fnt == "sans" else self.fnt
        self.notch = R.chance(0.35) if notch is None else notch
        self.img = Image.new("RGB", (W, H), self.bg)
        self.dr = ImageDraw.Draw(self.img)
        self.boxes = []

    def s(self, v):
        return int(round(v * self.k))

    def grow(self, H):
        if H <= self.img.height:
            return
        im = Image.new("RGB", (self.W, H), self.bg)
        im.paste(self.img, (0, 0))
        self.img = im
        self.H = H
        self.dr = ImageDraw.Draw(self.img)

    def t(self, x, y, txt, size, color=None, anchor="la", bold=False, value=False):
        f = font(gfx.fb(self.fntb if bold else self.fnt, txt, "sans"), self.s(size))
        self.dr.text((self.s(x), self.s(y)), txt, font=f, fill=color or self.val, anchor=anchor)
        bb = self.dr.textbbox((self.s(x), self.s(y)), txt, font=f, anchor=anchor)
        if value:
            self.boxes.append(bb)
        return bb

    def tw(self, txt, size, bold=False):
        f = font(gfx.fb(self.fntb if bold else self.fnt, txt, "sans"), self.s(size))
        return f.getlength(txt) / self.k

    def status_bar(self, clock, battery, fg=None):
        fg = fg or ((240, 240, 240) if self.dark else (20, 20, 20))
        h = 120 if self.notch else 96
        y = h / 2 + 4
        self.t(60 if not self.notch else 90, y, clock, 40, fg, "lm", bold=True)
        if self.notch:
            self.dr.rounded_rectangle([self.s(380), 0, self.s(700), self.s(80)], self.s(38), fill=(0, 0, 0))
        x = 1080 - 70
        # battery
        bw, bh = 62, 30
        self.dr.rounded_rectangle([self.s(x - bw), self.s(y - bh / 2), self.s(x), self.s(y + bh / 2)], self.s(7),
                                  outline=fg, width=max(2, self.s(3)))
        lvl = battery / 100
        col = (52, 199, 89) if battery > 20 else (255, 59, 48)
        self.dr.rounded_rectangle([self.s(x - bw + 5), self.s(y - bh / 2 + 5), self.s(x - bw + 5 + (bw - 10) * lvl),
                                   self.s(y + bh / 2 - 5)], self.s(3), fill=fg if battery > 20 else col)
        self.dr.rectangle([self.s(x + 2), self.s(y - 7), self.s(x + 6), self.s(y + 7)], fill=fg)
        self.t(x - bw - 12, y, f"{battery}%" if self.R.chance(0.7) else "", 30, fg, "rm")
        # wifi + signal
        sx = x - bw - 130
        for i in range(4):
            hh = 10 + i * 7
            self.dr.rectangle([self.s(sx + i * 12), self.s(y + 14 - hh), self.s(sx + i * 12 + 7), self.s(y + 14)], fill=fg)
        wx = sx - 50
        for r_ in (8, 18, 28):
            self.dr.arc([self.s(wx - r_), self.s(y + 12 - r_), self.s(wx + r_), self.s(y + 12 + r_)], 225, 315, fill=fg,
                        width=max(2, self.s(5)))
        if self.R.chance(0.4):
            self.t(sx - 95, y, "5G" if self.R.chance(0.5) else "4G", 28, fg, "rm", bold=True)
        return h

    def title_bar(self, y, title, color=None, bg=None, fg=None):
        h = 130
        if bg:
            self.dr.rectangle([0, self.s(y), self.W, self.s(y + h)], fill=bg)
        fg = fg or self.val
        self.t(50, y + h / 2, "‹", 80, fg, "lm")
        self.t(540, y + h / 2, title, 50, fg, "mm", bold=True)
        self.t(1030, y + h / 2, "···", 46, fg, "rm")
        return y + h

    def card(self, y0, y1, x0=36, x1=1044, r=28, fill=None):
        self.dr.rounded_rectangle([self.s(x0), self.s(y0), self.s(x1), self.s(y1)], self.s(r), fill=fill or self.card_c)

    def kv_rows(self, y, rows, size=42, x0=36, x1=1044, maxw=560):
        """label grey on the left, value right-aligned, wrapped on a second right-aligned line."""
        start = y
        lines_all = []
        for lab, v, isv in rows:
            lines = _wrap_w(self, v, size, maxw)
            lines_all.append((lab, lines, isv))
        hgt = sum(60 + 58 * len(ls) for _, ls, _ in lines_all) + 20
        self.card(y, y + hgt, x0, x1)
        y += 20
        for i, (lab, lines, isv) in enumerate(lines_all):
            self.t(x0 + 40, y + 30 + 29, lab, size, self.lab, "lm")
            for k, ln in enumerate(lines):
                self.t(x1 - 40, y + 30 + 29 + 58 * k, ln, size, self.val, "rm", value=isv)
            y += 60 + 58 * len(lines)
            if i < len(lines_all) - 1:
                self.dr.line([self.s(x0 + 40), self.s(y), self.s(x1 - 40), self.s(y)],
                             fill=(50, 50, 54) if self.dark else (232, 232, 236), width=max(1, self.s(2)))
        return start + hgt

    def round_corners(self, r=90, color=(0, 0, 0)):
        m = Image.new("L", self.img.size, 0)
        ImageDraw.Draw(m).rounded_rectangle([0, 0, self.W - 1, self.img.height - 1], self.s(r), fill=255)
        bg = Image.new("RGB", self.img.size, color)
        self.img = Image.composite(self.img, bg, m)
        self.dr = ImageDraw.Draw(self.img)

    def home_bar(self):
        y = self.img.height - self.s(30)
        c = (200, 200, 200) if self.dark else (30, 30, 30)
        self.dr.rounded_rectangle([self.s(540 - 140), y - self.s(5), self.s(540 + 140), y + self.s(5)], self.s(5), fill=c)


def _wrap_w(sc, v, size, maxw):
    out, cur = [], ""
    for ch in v:
        if sc.tw(cur + ch, size) > maxw and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


def _clock(R):
    return f"{R.randint(7, 23)}:{R.randint(0, 59):02d}"


# ---------------------------------------------------------------- 随申办 电子居住证

def permit_screen(f, R, dark=False):
    sc = Screen(R, dark=dark)
    y = sc.status_bar(_clock(R), R.randint(12, 98))
    y = sc.title_bar(y, R.choice(["电子居住证", "上海市居住证", "我的证照"]))
    # banner with the name in large type
    bh = 360
    top = (28, 98, 205) if not dark else (30, 70, 150)
    bot = (70, 150, 235) if not dark else (40, 100, 180)
    ban = Image.new("RGB", (sc.s(1008), sc.s(bh)), top)
    a = np.linspace(0, 1, ban.height)[:, None, None]
    arr = np.array(top, np.float32) * (1 - a) + np.array(bot, np.float32) * a
    ban = Image.fromarray(np.repeat(arr, ban.width, axis=1).astype(np.uint8))
    m = Image.new("L", ban.size, 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, ban.width - 1, ban.height - 1], sc.s(32), fill=255)
    sc.img.paste(ban, (sc.s(36), sc.s(y + 24)), m)
    sc.dr = ImageDraw.Draw(sc.img)
    sc.t(86, y + 90, "上海市居住证", 40, (230, 240, 255), "lm")
    sc.t(86, y + 200, f["name"], 96, (255, 255, 255), "lm", bold=True, value=True)
    sc.t(86, y + 310, "电子证照 · 仅限本人使用", 32, (210, 225, 250), "lm")
    qr = gfx.qr_like(25, np.random.default_rng(R.randint(0, 2 ** 31)), 8).resize((sc.s(170), sc.s(170)))
    sc.img.paste(qr, (sc.s(1044 - 60 - 170), sc.s(y + 110)))
    y += bh + 60
    vf, vu = d(f["valid_from"]), d(f["valid_until"])
    rows = [("姓名", f["name"], True), ("公民身份号码", f["id_number"], True),
            (R.choice(["常住户口所在地", "户籍地址"]), f["hukou_address"], True), ("居住地址", f["residence_address"], True),
            (R.choice(["签发日期", "签注日期"]), vf.strftime("%Y.%m.%d") if f["issue_date"] == f["valid_from"]
             else d(f["issue_date"]).strftime("%Y.%m.%d"), True),
            ("有效期限", f"{vf.strftime('%Y.%m.%d')}至{vu.strftime('%Y.%m.%d')}", True),
            ("发证机关", "上海市公安局", False)]
    if f["issue_date"] != f["valid_from"]:
        rows[4] = (rows[4][0], d(f["issue_date"]).strftime("%Y.%m.%d"), True)
    y = sc.kv_rows(y, rows, maxw=R.choice([520, 560, 600]))
    y += 50
    sc.card(y, y + 130, fill=(40, 110, 220) if not dark else (40, 90, 170))
    sc.t(540, y + 65, "出示证件", 46, (255, 255, 255), "mm", bold=True)
    sc.home_bar()
    if R.chance(0.3):
        sc.round_corners()
    return sc


# ---------------------------------------------------------------- 个人所得税 App 收入纳税明细

def tax_screens(f, rows, R, dark=False, mode="long"):
    """mode: 'long' -> one tall stitched screenshot; 'split' -> two screenshots, the second cropped
    without the header (it starts with the last row of the first, repeated)."""
    sc = Screen(R, dark=dark)
    accent = (214, 52, 48)
    y = sc.status_bar(_clock(R), R.randint(15, 99))
    y = sc.title_bar(y, "收入纳税明细")
    # taxpayer card
    y = sc.kv_rows(y + 20, [("纳税人", f["name"], True), ("证件号码", f["id_number"], True)], size=40)
    y += 30
    years = sorted({r["period"][:4] for r in rows})
    sc.t(60, y + 40, f"{years[-1]}年度 ▼", 40, sc.val, "lm")
    sc.t(420, y + 40, "全部所得 ▼", 40, sc.val, "lm")
    y += 100
    tot_inc = sum(float(r["_income"]) for r in rows)
    tot_tax = sum(float(r["amount"]) for r in rows)
    sc.card(y, y + 200)
    sc.t(100, y + 60, "收入合计（元）", 34, sc.lab, "lm")
    sc.t(100, y + 130, f"{tot_inc:,.2f}", 52, sc.val, "lm", bold=True)
    sc.t(600, y + 60, "已申报税额合计（元）", 34, sc.lab, "lm")
    sc.t(600, y + 130, f"{tot_tax:,.2f}", 52, accent, "lm", bold=True)
    y += 230
    ordered = sorted(rows, key=lambda r: (r["period"], r["_kind"]), reverse=True)
    item_h = []
    tops = []
    sc.grow(int(sc.s(y + 330 * len(ordered) + 200)))
    for r in ordered:
        lines = _wrap_w(sc, "扣缴义务人：" + r["withholding_agent"], 36, 900)
        h = 230 + 48 * (len(lines) - 1)
        tops.append(y)
        sc.card(y, y + h)
        sc.t(80, y + 55, r["_kind"], 42, sc.val, "lm", bold=True)
        sc.t(1000, y + 55, r["period"], 38, sc.lab, "rm", value=True)
        for k, ln in enumerate(lines):
            sc.t(80, y + 115 + 48 * k, ln, 36, sc.lab, "lm", value=True)
        yy = y + 115 + 48 * (len(lines) - 1) + 70
        sc.t(80, yy, f"收入 {float(r['_income']):,.2f}", 36, sc.val, "lm")
        sc.t(1000, yy, f"已申报税额 {float(r['amount']):,.2f}", 36, sc.val, "rm", value=True)
        item_h.append(h)
        y += h + 24
    end = y + 80
    sc.img = sc.img.crop((0, 0, sc.W, sc.s(end)))
    sc.dr = ImageDraw.Draw(sc.img)
    H = sc.H0
    if mode == "long" or len(ordered) < 6 or sc.img.height <= H:
        if sc.img.height < H:
            sc.grow(H)
        sc.home_bar()
        return [sc]
    # split into two screens: first at screen height (cut at an item boundary), second continues
    cut_i = max(i for i, t in enumerate(tops) if sc.s(t + item_h[i]) <= H - sc.s(60))
    first = sc.img.crop((0, 0, sc.W, H))
    # blank everything below the last complete item on the first screen
    dr = ImageDraw.Draw(first)
    dr.rectangle([0, sc.s(tops[cut_i] + item_h[cut_i] + 12), sc.W, H], fill=sc.bg)
    start = sc.s(tops[cut_i] - 12)  # the last full item of the first screen is repeated
    # the rest of the list, from the repeated item to its end: a screenshot cropped at the top
    # (no status bar, no header); tall when the list goes on
    second = sc.img.crop((0, start, sc.W, sc.img.height))
    out = []
    for im in (first, second):
        s2 = Screen(R, sc.W, H, dark=dark)
        s2.img = im
        s2.dr = ImageDraw.Draw(im)
        out.append(s2)
    return out


# ---------------------------------------------------------------- 社保 缴费记录

def si_screen(f, rows, R, dark=False):
    sc = Screen(R, dark=dark)
    y = sc.status_bar(_clock(R), R.randint(20, 99))
    y = sc.title_bar(y, R.choice(["社保缴费记录", "个人缴费明细"]))
    y = sc.kv_rows(y + 20, [("姓名", f["name"], True), ("证件号码", f["id_number"], True)], size=40)
    y += 40
    ordered = sorted(rows, key=lambda r: r["month"], reverse=True)
    sc.grow(int(sc.s(y + 210 * len(ordered) + 300)))
    for r in ordered:
        lines = _wrap_w(sc, r["employer"], 36, 640)
        h = 170 + 46 * (len(lines) - 1)
        sc.card(y, y + h)
        sc.t(80, y + 50, r["month"], 42, sc.val, "lm", bold=True, value=True)
        tag = "补缴" if r["back_payment"] else "正常"
        col = (230, 120, 30) if r["back_payment"] else (40, 160, 90)
        sc.t(1000, y + 50, tag, 36, col, "rm", bold=True)
        for k, ln in enumerate(lines):
            sc.t(80, y + 110 + 46 * k, ln, 36, sc.lab, "lm", value=True)
        sc.t(1000, y + 110 + 46 * (len(lines) - 1), f"基数 {r['base']}", 36, sc.val, "rm", value=True)
        y += h + 20
    sc.img = sc.img.crop((0, 0, sc.W, max(sc.H, sc.s(y + 80))))
    sc.dr = ImageDraw.Draw(sc.img)
    sc.home_bar()
    return sc


# ---------------------------------------------------------------- re-sent through a chat app

def chat_viewer(shot: Image.Image, R, dark_ui=True):
    """The screenshot opened full-screen in a chat app's image viewer, screenshotted again."""
    W, H = R.choice(SIZES[:3])
    sc = Screen(R, W, H, dark=True, notch=False)
    sc.img = Image.new("RGB", (W, H), (0, 0, 0))
    sc.dr = ImageDraw.Draw(sc.img)
    sc.status_bar(_clock(R), R.randint(10, 99), fg=(235, 235, 235))
    top, bot = sc.s(110), sc.s(200)
    avail_h = H - top - bot
    k = min(W / shot.width, avail_h / shot.height)
    im = shot.resize((max(1, int(shot.width * k)), max(1, int(shot.height * k))), Image.LANCZOS)
    im = im.crop((0, 0, im.width, min(im.height, avail_h)))
    sc.img.paste(im, ((W - im.width) // 2, top + (avail_h - im.height) // 2))
    sc.dr = ImageDraw.Draw(sc.img)
    yb = (H - bot) / sc.k + 70
    sc.t(60, yb, "查看原图（1.2M）" if R.chance(0.6) else "", 34, (230, 230, 230), "lm")
    sc.t(1020, yb, "···", 46, (230, 230, 230), "rm")
    return sc.img, k
