"""Phone screenshots: 个人所得税 app (收入纳税明细, 纳税记录), 随申办 (电子居住证, 社保缴费).

Content is laid out on a tall virtual page in dp units, then cut into several
overlapping screenshots or kept as one long stitched image."""
import datetime as dt

from PIL import Image, ImageDraw

from .util import font

PHONES = [  # (w, h, px per dp, platform)
    (720, 1600, 2.0, "android"), (1080, 2400, 3.0, "android"), (1170, 2532, 3.0, "ios"),
    (1440, 3200, 4.0, "android"), (1080, 2340, 3.0, "android"),
]
ANDROID_FONTS = ["sans", "microhei", "sans"]


class Theme:
    def __init__(self, dark, accent):
        self.dark = dark
        self.bg = (17, 17, 19) if dark else (244, 245, 247)
        self.card = (33, 34, 37) if dark else (255, 255, 255)
        self.label = (140, 142, 148) if dark else (128, 131, 138)
        self.value = (232, 232, 235) if dark else (28, 29, 31)
        self.line = (52, 53, 57) if dark else (234, 235, 238)
        self.accent = accent


class Phone:
    def __init__(self, rng, phone=None, fscale=None, dark=None, accent=(28, 112, 230)):
        self.w, self.h, self.dp, self.platform = phone or PHONES[rng.randrange(len(PHONES))]
        self.fs = fscale or rng.choice([1.0, 1.0, 1.15, 1.3])
        self.dark = rng.random() < 0.3 if dark is None else dark
        self.t = Theme(self.dark, accent)
        self.fontname = "sans" if self.platform == "ios" else rng.choice(ANDROID_FONTS)
        self.clock = "%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59))
        self.batt = rng.randint(18, 99)
        self.items = []     # drawing ops on the virtual page: (y0, y1, fn)
        self.y = 0          # virtual content cursor in px
        self.W = self.w

    # units
    def px(self, v):
        return int(v * self.dp)

    def fpx(self, v):
        return int(v * self.dp * self.fs)

    # ------------------------------------------------------------- content ops
    def add(self, height, fn):
        self.items.append((self.y, self.y + height, fn))
        self.y += height

    def gap(self, v):
        self.y += self.px(v)

    def banner(self, title, big, sub=None, color=None):
        color = color or self.t.accent
        h = self.px(24) + self.fpx(22) + self.fpx(30) + (self.fpx(18) if sub else 0) + self.px(16)

        def fn(dr, y):
            m = self.px(12)
            dr.rounded_rectangle([m, y, self.W - m, y + h], self.px(12), fill=color)
            yy = y + self.px(14)
            dr.text((m + self.px(16), yy), title, font=font(self.fontname, self.fpx(15)), fill=(235, 242, 255))
            yy += self.fpx(24)
            bs = self.fpx(26)
            while bs > 10 and dr.textlength(big, font=font("sans_bold", bs)) > self.W - 2 * m - self.px(32):
                bs -= 2
            dr.text((m + self.px(16), yy), big, font=font("sans_bold", bs), fill=(255, 255, 255))
            if sub:
                yy += self.fpx(34)
                dr.text((m + self.px(16), yy), sub, font=font(self.fontname, self.fpx(13)),
                        fill=(225, 235, 255))
        self.add(h, fn)
        self.gap(10)

    def kv_card(self, rows, title=None):
        """grey label left, value right-aligned; long values wrap onto right-aligned lines"""
        m, pad = self.px(12), self.px(16)
        lf, vf = font(self.fontname, self.fpx(14)), font(self.fontname, self.fpx(15))
        tmp = ImageDraw.Draw(Image.new("RGB", (4, 4)))
        layout = []
        for lab, val in rows:
            lw = tmp.textlength(lab, font=lf)
            avail = self.W - 2 * m - 2 * pad - lw - self.px(24)
            lines, cur = [], ""
            for ch in val:
                if cur and tmp.textlength(cur + ch, font=vf) > avail:
                    lines.append(cur)
                    cur = ch
                else:
                    cur += ch
            lines.append(cur)
            layout.append((lab, lines))
        lh = self.fpx(22)
        rowh = [self.px(24) + lh * len(ls) for _, ls in layout]
        th = self.fpx(26) if title else 0
        h = sum(rowh) + th + self.px(12)

        def fn(dr, y):
            dr.rounded_rectangle([m, y, self.W - m, y + h], self.px(10), fill=self.t.card)
            yy = y + self.px(6)
            if title:
                dr.text((m + pad, yy + self.px(6)), title, font=font("sans_bold", self.fpx(15)), fill=self.t.value)
                yy += th
            for (lab, lines), rh in zip(layout, rowh):
                dr.text((m + pad, yy + self.px(12)), lab, font=lf, fill=self.t.label)
                for k, ln in enumerate(lines):
                    dr.text((self.W - m - pad, yy + self.px(12) + k * lh), ln, font=vf, fill=self.t.value,
                            anchor="ra")
                yy += rh
                dr.line([(m + pad, yy), (self.W - m - pad, yy)], fill=self.t.line, width=max(1, self.px(0.5)))
        self.add(h, fn)
        self.gap(10)

    def list_item(self, left_top, right_top, lines, right_bottom=None, badge=None):
        m, pad = self.px(12), self.px(16)
        f1, f2 = font(self.fontname, self.fpx(16)), font(self.fontname, self.fpx(13))
        tmp = ImageDraw.Draw(Image.new("RGB", (4, 4)))
        wrapped = []
        for s in lines:
            cur = ""
            for ch in s:
                if cur and tmp.textlength(cur + ch, font=f2) > self.W - 2 * m - 2 * pad - self.px(110):
                    wrapped.append(cur)
                    cur = ch
                else:
                    cur += ch
            wrapped.append(cur)
        h = self.px(18) + self.fpx(24) + self.fpx(20) * len(wrapped) + self.px(10)

        def fn(dr, y):
            dr.rectangle([m, y, self.W - m, y + h], fill=self.t.card)
            dr.text((m + pad, y + self.px(12)), left_top, font=f1, fill=self.t.value)
            if badge:
                bx = m + pad + dr.textlength(left_top, font=f1) + self.px(8)
                col = (230, 120, 30) if badge == "补缴" else (40, 160, 90)
                dr.rounded_rectangle([bx, y + self.px(13), bx + self.fpx(34), y + self.px(13) + self.fpx(18)],
                                     self.px(4), outline=col, width=max(1, self.px(1)))
                dr.text((bx + self.fpx(17), y + self.px(13) + self.fpx(9)), badge, font=font(self.fontname, self.fpx(11)),
                        fill=col, anchor="mm")
            dr.text((self.W - m - pad, y + self.px(12)), right_top, font=f1, fill=self.t.value, anchor="ra")
            yy = y + self.px(12) + self.fpx(26)
            for s in wrapped:
                dr.text((m + pad, yy), s, font=f2, fill=self.t.label)
                yy += self.fpx(20)
            if right_bottom:
                dr.text((self.W - m - pad, yy - self.fpx(20)), right_bottom, font=f2, fill=self.t.label, anchor="ra")
            dr.line([(m + pad, y + h - 1), (self.W - m - pad, y + h - 1)], fill=self.t.line, width=max(1, self.px(0.5)))
        self.add(h, fn)

    def text_line(self, s, size=13, color=None, center=False):
        h = self.fpx(size + 10)

        def fn(dr, y):
            f = font(self.fontname, self.fpx(size))
            if center:
                dr.text((self.W / 2, y + self.px(4)), s, font=f, fill=color or self.t.label, anchor="ma")
            else:
                dr.text((self.px(20), y + self.px(4)), s, font=f, fill=color or self.t.label)
        self.add(h, fn)

    # ------------------------------------------------------------- chrome
    def chrome_heights(self):
        sb = self.px(47 if self.platform == "ios" else 28)
        tb = self.px(48)
        return sb, tb

    def draw_chrome(self, im, title):
        dr = ImageDraw.Draw(im)
        sb, tb = self.chrome_heights()
        bar_bg = self.t.card if not self.dark else (24, 24, 26)
        dr.rectangle([0, 0, self.w, sb + tb], fill=bar_bg)
        fc = self.t.value
        f = font("sans_bold" if self.platform == "ios" else "sans", self.px(13 if self.platform == "ios" else 12))
        dr.text((self.px(24 if self.platform == "ios" else 16), sb / 2), self.clock, font=f, fill=fc, anchor="lm")
        bx = self.w - self.px(40)
        dr.rounded_rectangle([bx, sb / 2 - self.px(5), bx + self.px(22), sb / 2 + self.px(5)], self.px(2),
                             outline=fc, width=max(1, self.px(1)))
        dr.rectangle([bx + self.px(2), sb / 2 - self.px(3), bx + self.px(2) + self.px(18) * self.batt / 100,
                      sb / 2 + self.px(3)], fill=fc)
        for k in range(4):
            x = bx - self.px(30) + k * self.px(5)
            dr.rectangle([x, sb / 2 + self.px(4) - self.px(2 + 2 * k), x + self.px(3), sb / 2 + self.px(4)], fill=fc)
        tf = font("sans_bold" if self.platform == "ios" else self.fontname, self.fpx(17))
        dr.text((self.w / 2, sb + tb / 2), title, font=tf, fill=fc, anchor="mm")
        dr.text((self.px(16), sb + tb / 2), "〈", font=font("sans", self.px(20)), fill=fc, anchor="lm")
        dr.line([(0, sb + tb - 1), (self.w, sb + tb - 1)], fill=self.t.line, width=1)

    def render_virtual(self, height=None):
        H = max(self.y + self.px(20), height or 0)
        im = Image.new("RGB", (self.W, H), self.t.bg)
        dr = ImageDraw.Draw(im)
        for y0, y1, fn in self.items:
            fn(dr, y0)
        return im

    def screenshots(self, title, mode, rng):
        """mode 'pages': several screens with overlapping rows; 'stitched': one long image"""
        sb, tb = self.chrome_heights()
        view = self.h - sb - tb
        content = self.render_virtual()
        if mode == "stitched":
            H = sb + tb + content.height
            im = Image.new("RGB", (self.w, H), self.t.bg)
            im.paste(content, (0, sb + tb))
            self.draw_chrome(im, title)
            return [im]
        shots = []
        off = 0
        while True:
            im = Image.new("RGB", (self.w, self.h), self.t.bg)
            im.paste(content.crop((0, off, self.w, off + view)), (0, sb + tb))
            self.draw_chrome(im, title)
            if self.platform == "ios":
                d = ImageDraw.Draw(im)
                d.rounded_rectangle([self.w / 2 - self.px(67), self.h - self.px(12), self.w / 2 + self.px(67),
                                     self.h - self.px(7)], self.px(3), fill=self.t.value)
            shots.append(im)
            if off + view >= content.height:
                break
            off += int(view * rng.uniform(0.62, 0.82))   # overlapping rows
            off = min(off, content.height - view)
        return shots


def money(a):
    return "{:,.2f}".format(float(a))


def tax_income_detail(doc, ctx, rng, mode):
    """个人所得税 app — 收入纳税明细"""
    ph = Phone(rng, accent=(214, 48, 49))
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["period"], reverse=True)
    year0 = min(r["period"] for r in rows)[:4]
    ph.gap(10)
    ph.banner("纳税人 " + f["name"], "身份证 " + f["id_number"],
              sub="查询日期 %s" % f["issue_date"], color=(214, 48, 49) if not ph.dark else (150, 40, 40))
    inc_total = sum(float(ctx["income"][i]) for i in range(len(rows)))
    ph.kv_card([("收入合计(元)", money(inc_total)),
                ("已申报税额合计(元)", money(sum(float(r["amount"]) for r in rows)))])
    ph.text_line("%s年度-%s年度 ▼      全部所得 ▼" % (year0, f["issue_date"][:4]), 13)
    for i, r in enumerate(rows):
        item = r.get("item") or "工资薪金"
        item = {"劳务报酬所得": "劳务报酬", "全年一次性奖金收入": "全年一次性奖金收入"}.get(item, item)
        ph.list_item(item, "收入 " + money(ctx["income"][i]),
                     ["扣缴义务人：" + r["withholding_agent"], "税款所属期：" + r["period"]],
                     right_bottom="已申报税额 " + money(r["amount"]))
    ph.gap(16)
    ph.text_line("—— 已经到底了 ——", 12, center=True)
    return ph.screenshots("收入纳税明细", mode, rng), ph


def tax_record_pages(doc, ctx, rng, mode):
    """个人所得税 app — 纳税记录 list of records with label/value rows"""
    ph = Phone(rng, accent=(205, 40, 45))
    f = doc["fields"]
    ph.gap(8)
    ph.kv_card([("纳税人姓名", f["name"]), ("证件号码", f["id_number"]),
                ("开具日期", f["issue_date"])], title="纳税记录")
    for r in sorted(doc["rows"], key=lambda r: r["period"], reverse=True):
        y, m = map(int, r["period"].split("-"))
        last = (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day
        item = r.get("item") or "工资薪金所得"
        ph.kv_card([("税款所属期", "%s-01至%s-%02d" % (r["period"], r["period"], last)),
                    ("所得项目", item),
                    ("实缴(退)金额", money(r["amount"])),
                    ("入库税务机关", ctx["tax_office"]),
                    ("扣缴义务人", r["withholding_agent"])])
    return ph.screenshots("纳税记录", mode, rng), ph


def e_permit(doc, ctx, rng):
    """随申办 — 电子居住证"""
    ph = Phone(rng, accent=(22, 119, 255))
    f = doc["fields"]
    ph.gap(10)
    ph.banner("上海市居住证 · 电子证照", f["name"], sub="居住证号 " + ctx["permit_no"])
    split = rng.random() < 0.5
    rows = [("姓名", f["name"]), ("公民身份号码", f["id_number"]),
            (rng.choice(["户籍地址", "常住户口所在地住址"]), f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签注日期", f["issue_date"].replace("-", "."))]
    if split:
        rows += [("有效期起", f["valid_from"].replace("-", ".")), ("有效期止", f["valid_until"].replace("-", "."))]
    else:
        rows += [("有效期限", "%s至%s" % (f["valid_from"].replace("-", "."), f["valid_until"].replace("-", ".")))]
    rows += [("发证机关", ctx["permit_office"])]
    ph.kv_card(rows)
    ph.text_line("出示本页面时请注意保护个人隐私", 12, center=True)
    return ph.screenshots("电子居住证", rng.choice(["pages", "stitched"]) if ph.h < 2000 else "stitched", rng)[:], ph


def si_app(doc, ctx, rng, mode):
    """随申办 — 社保缴费明细"""
    ph = Phone(rng, accent=(20, 150, 120))
    f = doc["fields"]
    ph.gap(10)
    ph.banner("社会保险 · 个人缴费明细", f["name"], sub="证件号码 " + f["id_number"], color=(20, 150, 120))
    ph.text_line("险种：养老保险 ▼     %s ▼" % ctx["si_print_date"][:4], 13)
    for r in sorted(doc["rows"], key=lambda r: r["month"], reverse=True):
        ph.list_item(r["month"], money(float(r["base"]) * 0.08),
                     ["缴费单位：" + r["employer"], "缴费基数：" + money(r["base"])],
                     badge="补缴" if r["back_payment"] else "正常")
    return ph.screenshots("社保缴费明细", mode, rng), ph
