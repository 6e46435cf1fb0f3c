"""Phone app screenshots: status bar, notch / punch-hole, title bar, rounded cards, grey labels left
and right-aligned values; dark mode and the large-font setting; long content either stitched into
one long image or split into overlapping screens."""
from PIL import Image

from .common import month_last_day
from .draw import Sheet

SIZES = [(1080, 2340), (1170, 2532), (1080, 2400), (720, 1600), (1242, 2688), (1440, 3200), (828, 1792)]


class Phone:
    def __init__(self, r, dark=None, scale=None, size=None):
        self.W, self.H = size or r.choice(SIZES)
        self.k = self.W / 1080
        self.dark = r.random() < 0.25 if dark is None else dark
        self.fs = (r.choice([1.0, 1.0, 1.0, 1.15, 1.3]) if scale is None else scale) * self.k
        self.notch = r.choice(["notch", "punch", "none", "island"])
        self.time = "%d:%02d" % (r.randint(8, 23), r.randint(0, 59))
        self.bat = r.randint(12, 99)
        self.font = r.choice(["noto_sans", "wqy_micro", "noto_sans", "wqy_zen"])
        self.bg = (18, 18, 18) if self.dark else (244, 245, 247)
        self.card = (36, 36, 38) if self.dark else (255, 255, 255)
        self.fg = (235, 235, 235) if self.dark else (20, 20, 20)
        self.grey = (150, 150, 155) if self.dark else (130, 134, 140)
        self.accent = r.choice([(22, 119, 255), (230, 60, 50), (16, 160, 120), (30, 90, 200)])

    def statusbar(self, sh, y0=0):
        k = self.k
        h = int(110 * k)
        sh.dr.rectangle([0, y0, self.W, y0 + h], fill=self.bg)
        sh.t(60 * k, y0 + h / 2, self.time, int(40 * k), "noto_sans_b", self.fg, anchor="lm")
        x = self.W - 60 * k
        sh.rrect(x - 70 * k, y0 + h / 2 - 16 * k, x, y0 + h / 2 + 16 * k, 6 * k, outline=self.fg, w=max(2, int(3 * k)))
        sh.dr.rectangle([x - 66 * k, y0 + h / 2 - 12 * k, x - 66 * k + 62 * k * self.bat / 100, y0 + h / 2 + 12 * k], fill=self.fg)
        sh.t(x - 84 * k, y0 + h / 2, "%d" % self.bat, int(30 * k), "noto_sans", self.fg, anchor="rm")
        for i in range(4):
            sh.dr.rectangle([x - 220 * k + i * 16 * k, y0 + h / 2 + 14 * k - (i + 1) * 8 * k, x - 208 * k + i * 16 * k, y0 + h / 2 + 14 * k], fill=self.fg)
        sh.t(x - 240 * k, y0 + h / 2, "5G", int(30 * k), "noto_sans_b", self.fg, anchor="rm")
        if self.notch == "notch":
            sh.rrect(self.W * 0.28, y0 - 30 * k, self.W * 0.72, y0 + 90 * k, 40 * k, fill=(0, 0, 0))
        elif self.notch == "punch":
            sh.dr.ellipse([self.W / 2 - 22 * k, y0 + 30 * k, self.W / 2 + 22 * k, y0 + 74 * k], fill=(0, 0, 0))
        elif self.notch == "island":
            sh.rrect(self.W * 0.36, y0 + 20 * k, self.W * 0.64, y0 + 92 * k, 36 * k, fill=(0, 0, 0))
        return h

    def titlebar(self, sh, y, title, right=""):
        k = self.k
        h = int(130 * k)
        sh.dr.rectangle([0, y, self.W, y + h], fill=self.card)
        sh.t(50 * k, y + h / 2, "‹", int(80 * k), "noto_sans", self.fg, anchor="lm")
        sh.t(self.W / 2, y + h / 2, title, int(46 * self.fs / self.k * k), "noto_sans_b", self.fg, anchor="mm")
        if right:
            sh.t(self.W - 50 * k, y + h / 2, right, int(36 * k), self.font, self.fg, anchor="rm")
        else:
            sh.t(self.W - 50 * k, y + h / 2, "···", int(44 * k), "noto_sans", self.fg, anchor="rm")
        return h


def kv_rows_height(ph, sh, rows, width):
    fs = int(40 * ph.fs)
    tot = 0
    for k, v in rows:
        lines = sh.wrap_lines(v, fs, width * 0.58, ph.font)
        tot += max(1, len(lines)) * fs * 1.45 + 60 * ph.k
    return tot


def draw_kv_card(ph, sh, x0, y, x1, rows, title=None):
    """Card with grey labels on the left and values right-aligned on the right (wrapping)."""
    k = ph.k
    fs = int(40 * ph.fs)
    h = kv_rows_height(ph, sh, rows, x1 - x0) + (100 * k if title else 0) + 40 * k
    sh.rrect(x0, y, x1, y + h, 28 * k, fill=ph.card)
    yy = y + 30 * k
    if title:
        sh.t(x0 + 40 * k, yy + 20 * k, title, int(44 * ph.fs), "noto_sans_b", ph.fg)
        yy += 100 * k
    for key, v in rows:
        lines = sh.wrap_lines(v, fs, (x1 - x0) * 0.58, ph.font) or [""]
        sh.t(x0 + 40 * k, yy + 24 * k, key, int(38 * ph.fs), ph.font, ph.grey)
        for i, ln in enumerate(lines):
            sh.t(x1 - 40 * k, yy + 24 * k + i * fs * 1.45, ln, fs, ph.font, ph.fg, anchor="ra")
        yy += max(1, len(lines)) * fs * 1.45 + 60 * k
    return y + h


def finish(ph, tall, r, mode):
    """mode: 'single' (crop to one screen), 'long' (stitched long screenshot), 'split' (overlapping screens)."""
    W, H = ph.W, ph.H
    if mode == "long" or tall.height <= H:
        if tall.height < H:
            im = Image.new("RGB", (W, H), ph.bg)
            im.paste(tall, (0, 0))
            return [im]
        return [tall]
    top = int(110 * ph.k)
    body = tall.crop((0, top, W, tall.height))
    bar = tall.crop((0, 0, W, top))
    step = int((H - top) * r.uniform(0.55, 0.8))
    out = []
    y = 0
    while True:
        im = Image.new("RGB", (W, H), ph.bg)
        im.paste(bar, (0, 0))
        im.paste(body.crop((0, y, W, min(body.height, y + H - top))), (0, top))
        out.append(im)
        if y + H - top >= body.height:
            break
        y += step
    return out


# ------------------------------------------------------------------ 随申办 电子居住证
def permit_ecard(f, r, mode="single"):
    ph = Phone(r)
    k = ph.k
    tall = Sheet(ph.W, ph.H * 1.3, ph.bg)
    y = ph.statusbar(tall)
    y += ph.titlebar(tall, y, r.choice(["电子居住证", "上海市居住证", "我的居住证"]))
    y += 30 * k
    # banner with the name
    bh = 360 * k
    for i in range(int(bh)):
        c = tuple(int(a + (b - a) * i / bh) for a, b in zip((40, 110, 220), (90, 170, 250)))
        tall.dr.line([(40 * k, y + i), (ph.W - 40 * k, y + i)], fill=c)
    tall.t(90 * k, y + 60 * k, "上海市居住证", int(40 * k), "noto_sans", (230, 240, 255))
    tall.t(90 * k, y + 140 * k, f["name"], int(88 * ph.fs), "noto_sans_b", (255, 255, 255), sp=int(8 * k))
    mid = f["id_number"][:4] + "*" * 10 + f["id_number"][-4:] if False else f["id_number"]
    tall.t(90 * k, y + 270 * k, mid, int(40 * k), "noto_mono", (235, 245, 255))
    y += bh + 40 * k
    vf = r.choice(["%s至%s", "%s - %s"]) % (f["valid_from"].replace("-", "."), f["valid_until"].replace("-", "."))
    rows = [("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"]),
            ("签注日期" if r.random() < 0.5 else "签发日期", f["issue_date"]), ("有效期限", vf), ("发证机关", "上海市公安局")]
    y = draw_kv_card(ph, tall, 40 * k, y, ph.W - 40 * k, rows, title="证件信息")
    y += 40 * k
    tall.rrect(40 * k, y, ph.W - 40 * k, y + 130 * k, 65 * k, fill=ph.accent)
    tall.t(ph.W / 2, y + 65 * k, "出示二维码", int(44 * k), "noto_sans_b", (255, 255, 255), anchor="mm")
    y += 200 * k
    im = tall.im.crop((0, 0, ph.W, int(max(y, ph.H))))
    return finish(ph, im, r, mode), ph


# ------------------------------------------------------------------ 个税 App 收入纳税明细
def tax_income_detail(f, rows, r, mode):
    ph = Phone(r)
    k = ph.k
    n = len(rows)
    tall = Sheet(ph.W, int(ph.H + n * 1000 * ph.fs + 1200 * k), ph.bg)
    y = ph.statusbar(tall)
    y += ph.titlebar(tall, y, "收入纳税明细查询")
    y += 20 * k
    y = draw_kv_card(ph, tall, 30 * k, y, ph.W - 30 * k, [("纳税人", f["name"]), ("证件号码", f["id_number"])])
    y += 20 * k
    tall.t(50 * k, y + 20 * k, "%s年  全部所得  ∨" % rows[-1]["period"][:4] if rows else "", int(38 * ph.fs), ph.font, ph.fg)
    tot = sum(float(x["amount"]) for x in rows)
    tall.t(ph.W - 50 * k, y + 20 * k, "已申报税额合计 %.2f元" % tot, int(34 * ph.fs), ph.font, ph.grey, anchor="ra")
    y += 100 * k
    for rw in sorted(rows, key=lambda x: x["period"], reverse=True):
        income = float(rw["amount"]) * r.uniform(4, 12) + 5000
        items = [("所得项目", rw.get("_item", "正常工资薪金所得")), ("扣缴义务人", rw["withholding_agent"]),
                 ("收入额", "%.2f元" % income), ("已申报税额", "%s元" % rw["amount"])]
        p = rw["period"]
        y = draw_kv_card(ph, tall, 30 * k, y, ph.W - 30 * k, items, title="%s年%s月" % (p[:4], p[5:]) if r.random() < 0.5 else p)
        y += 24 * k
    tall.t(ph.W / 2, y + 40 * k, "— 没有更多了 —", int(32 * k), ph.font, ph.grey, anchor="ma")
    y += 140 * k
    im = tall.im.crop((0, 0, ph.W, int(y)))
    return finish(ph, im, r, mode), ph


# ------------------------------------------------------------------ 随申办 社保缴费记录
def si_app(f, rows, r, mode):
    ph = Phone(r)
    k = ph.k
    n = len(rows)
    tall = Sheet(ph.W, int(ph.H + n * 1000 * ph.fs + 1200 * k), ph.bg)
    y = ph.statusbar(tall)
    y += ph.titlebar(tall, y, r.choice(["社保缴费记录", "养老保险缴费明细", "个人社保查询"]))
    y += 20 * k
    y = draw_kv_card(ph, tall, 30 * k, y, ph.W - 30 * k, [("姓名", f["name"]), ("证件号码", f["id_number"])])
    y += 30 * k
    for rw in sorted(rows, key=lambda x: x["month"], reverse=True):
        m = rw["month"]
        base = float(rw["base"])
        items = [("缴费单位", rw["employer"]), ("缴费基数", rw["base"]), ("个人缴纳", "%.2f" % (base * 0.08)),
                 ("缴费类型", "补缴" if rw["back_payment"] else "正常应缴")]
        y = draw_kv_card(ph, tall, 30 * k, y, ph.W - 30 * k, items, title="%s年%s月" % (m[:4], m[5:]))
        y += 24 * k
    y += 100 * k
    im = tall.im.crop((0, 0, ph.W, int(y)))
    return finish(ph, im, r, mode), ph


# ------------------------------------------------------------------ viewer screenshot of a PDF page
def viewer_screenshot(page_img, r, page_no, n_pages, title):
    if r.random() < 0.6:  # desktop browser PDF viewer
        W, H = r.choice([(1920, 1080), (1600, 900), (2560, 1440), (1366, 768)])
        sh = Sheet(W, H, (82, 86, 89))
        k = W / 1920
        sh.dr.rectangle([0, 0, W, 56 * k], fill=(50, 54, 57))
        sh.t(20 * k, 28 * k, title, int(22 * k), "noto_sans", (240, 240, 240), anchor="lm")
        sh.t(W / 2, 28 * k, "%d / %d    —   %d%%   +" % (page_no, n_pages, r.choice([100, 125, 150])), int(22 * k), "noto_sans", (240, 240, 240), anchor="mm")
        top = int(70 * k)
        ph = int(H - top - 16 * k)
        pw = int(page_img.width * ph / page_img.height)
        if pw > W - 40:
            pw = W - 40
            ph = int(page_img.height * pw / page_img.width)
        pg = page_img.resize((pw, ph), Image.LANCZOS)
        sh.im.paste(pg, ((W - pw) // 2, top + int(8 * k)))
        return sh.im
    ph = Phone(r, dark=False)
    sh = Sheet(ph.W, ph.H, (230, 230, 230))
    y = ph.statusbar(sh)
    y += ph.titlebar(sh, y, title[:14])
    pw = ph.W
    phh = int(page_img.height * pw / page_img.width)
    pg = page_img.resize((pw, phh), Image.LANCZOS)
    sh.im.paste(pg, (0, int(y + 20 * ph.k)))
    sh.rrect(ph.W / 2 - 90 * ph.k, ph.H - 200 * ph.k, ph.W / 2 + 90 * ph.k, ph.H - 130 * ph.k, 30 * ph.k, fill=(60, 60, 60))
    sh.t(ph.W / 2, ph.H - 165 * ph.k, "%d/%d" % (page_no, n_pages), int(34 * ph.k), "noto_sans", (255, 255, 255), anchor="mm")
    return sh.im
