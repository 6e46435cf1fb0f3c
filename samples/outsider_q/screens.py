"""Phone app screenshots drawn in pixels at real phone resolutions."""
import math

from PIL import Image, ImageDraw

from .sheet import pil_font, qr_image, portrait_image
from .util import fmt_date, d, fmt_amount

PHONES = [  # (w, h, kind)
    (720, 1600, "android"), (1080, 2400, "android"), (1080, 2340, "android"), (1170, 2532, "iphone"),
    (1284, 2778, "iphone"), (1440, 3200, "android"), (1080, 2412, "android"),
]


class Screen:
    def __init__(self, w, h, kind, dark, rng, font="notosans", long_h=None):
        self.w, self.kind, self.dark, self.rng = w, kind, dark, rng
        self.h = long_h or h
        self.phone_h = h
        self.s = w / 390 if kind == "iphone" else w / 360
        self.bg = (18, 18, 20) if dark else (244, 245, 248)
        self.card = (36, 37, 41) if dark else (255, 255, 255)
        self.fg = (236, 236, 236) if dark else (25, 25, 25)
        self.lab = (150, 150, 155) if dark else (128, 128, 133)
        self.img = Image.new("RGB", (w, self.h), self.bg)
        self.dr = ImageDraw.Draw(self.img)
        self.font = font
        self.bold = font + "_b" if font.startswith("noto") else font
        self.y = 0

    def F(self, dp, bold=False):
        return pil_font(self.bold if bold else self.font, dp * self.s)

    def status_bar(self, clock):
        s, dr = self.s, self.dr
        hh = (47 if self.kind == "iphone" else 28) * s
        col = self.fg
        if self.kind == "iphone":
            dr.rounded_rectangle([self.w / 2 - 80 * s, -20, self.w / 2 + 80 * s, 32 * s], radius=18 * s, fill=(0, 0, 0))
            dr.text((40 * s, 16 * s), clock, font=self.F(15, True), fill=col)
        else:
            dr.ellipse([self.w / 2 - 6 * s, 7 * s, self.w / 2 + 6 * s, 19 * s], fill=(0, 0, 0))
            dr.text((14 * s, 6 * s), clock, font=self.F(12.5), fill=col)
        # signal, wifi, battery
        x = self.w - 22 * s
        y = hh / 2 - 6 * s if self.kind == "android" else 17 * s
        dr.rounded_rectangle([x - 22 * s, y, x, y + 11 * s], radius=2.5 * s, outline=col, width=max(1, int(s)))
        lvl = self.rng.randint(25, 95)
        dr.rectangle([x - 20.5 * s, y + 1.8 * s, x - 20.5 * s + 19 * s * lvl / 100, y + 9.2 * s], fill=col)
        x -= 32 * s
        for i in range(4):
            dr.rectangle([x - (18 - i * 5) * s, y + (8 - i * 2.5) * s, x - (15 - i * 5) * s, y + 11 * s], fill=col)
        if self.kind == "android":
            dr.text((x - 60 * s, y - 1 * s), "5G", font=self.F(10, True), fill=col)
        self.y = hh
        return hh

    def title_bar(self, title, color=None, fg=None):
        s, dr = self.s, self.dr
        h = 48 * s
        if color:
            dr.rectangle([0, self.y, self.w, self.y + h], fill=color)
        fg = fg or self.fg
        dr.line([(22 * s, self.y + h / 2), (30 * s, self.y + h / 2 - 8 * s)], fill=fg, width=int(2.2 * s))
        dr.line([(22 * s, self.y + h / 2), (30 * s, self.y + h / 2 + 8 * s)], fill=fg, width=int(2.2 * s))
        dr.text((self.w / 2, self.y + h / 2), title, font=self.F(17, True), fill=fg, anchor="mm")
        for i in range(3):
            dr.ellipse([self.w - (40 - i * 7) * s, self.y + h / 2 - 2 * s, self.w - (36 - i * 7) * s, self.y + h / 2 + 2 * s], fill=fg)
        self.y += h

    def banner(self, big, small, color):
        s, dr = self.s, self.dr
        x0, x1 = 14 * s, self.w - 14 * s
        h = 110 * s
        dr.rounded_rectangle([x0, self.y + 10 * s, x1, self.y + 10 * s + h], radius=14 * s, fill=color)
        dr.text((x0 + 20 * s, self.y + 32 * s), big, font=self.F(26, True), fill=(255, 255, 255))
        dr.text((x0 + 20 * s, self.y + 76 * s), small, font=self.F(13), fill=(235, 240, 255))
        self.y += h + 20 * s

    def _wrap(self, text, font, width):
        lines, cur = [], ""
        for ch in text:
            if font.getlength(cur + ch) > width and cur:
                lines.append(cur); cur = ch
            else:
                cur += ch
        return lines + [cur]

    def card_rows(self, rows, head=None, tag=None, tagcol=(40, 160, 90)):
        """label grey left, value right-aligned; long values wrapped right-aligned"""
        s, dr = self.s, self.dr
        x0, x1 = 14 * s, self.w - 14 * s
        fl, fv = self.F(14), self.F(14.5)
        lh = 22 * s
        hgt = 14 * s
        layout = []
        if head:
            hgt += 30 * s
        for lab, val in rows:
            lines = self._wrap(val, fv, (x1 - x0) * 0.62)
            layout.append((lab, lines))
            hgt += max(1, len(lines)) * lh + 16 * s
        if self.y + hgt > self.h - 10 * s:
            return False
        dr.rounded_rectangle([x0, self.y, x1, self.y + hgt], radius=12 * s, fill=self.card)
        y = self.y + 14 * s
        if head:
            dr.text((x0 + 16 * s, y), head, font=self.F(16, True), fill=self.fg)
            if tag:
                tw = self.F(11).getlength(tag) + 12 * s
                dr.rounded_rectangle([x1 - 16 * s - tw, y, x1 - 16 * s, y + 20 * s], radius=4 * s, outline=tagcol, width=max(1, int(s)))
                dr.text((x1 - 16 * s - tw / 2, y + 10 * s), tag, font=self.F(11), fill=tagcol, anchor="mm")
            y += 30 * s
        for lab, lines in layout:
            dr.text((x0 + 16 * s, y), lab, font=fl, fill=self.lab)
            for k, ln in enumerate(lines):
                dr.text((x1 - 16 * s, y + k * lh), ln, font=fv, fill=self.fg, anchor="ra")
            y += max(1, len(lines)) * lh + 16 * s
        self.y += hgt + 10 * s
        return True

    def nav_bar(self):
        s, dr = self.s, self.dr
        if self.kind == "iphone":
            dr.rounded_rectangle([self.w / 2 - 67 * s, self.h - 12 * s, self.w / 2 + 67 * s, self.h - 7 * s], radius=3 * s, fill=self.fg)
        elif self.rng.random() < 0.5:
            dr.rectangle([0, self.h - 44 * s, self.w, self.h], fill=(0, 0, 0) if self.dark else (250, 250, 250))
            c = self.h - 22 * s
            col = (200, 200, 200) if self.dark else (60, 60, 60)
            dr.polygon([(self.w * .25 - 7 * s, c), (self.w * .25 + 6 * s, c - 8 * s), (self.w * .25 + 6 * s, c + 8 * s)], outline=col)
            dr.ellipse([self.w / 2 - 8 * s, c - 8 * s, self.w / 2 + 8 * s, c + 8 * s], outline=col, width=max(1, int(1.5 * s)))
            dr.rectangle([self.w * .75 - 7 * s, c - 7 * s, self.w * .75 + 7 * s, c + 7 * s], outline=col, width=max(1, int(1.5 * s)))
        else:
            dr.rounded_rectangle([self.w / 2 - 55 * s, self.h - 14 * s, self.w / 2 + 55 * s, self.h - 9 * s], radius=3 * s, fill=self.lab)

    def toast(self, text):
        s, dr = self.s, self.dr
        f = self.F(14)
        tw = f.getlength(text) + 40 * s
        y = self.phone_h * 0.78 if self.h == self.phone_h else self.h - 160 * s
        dr.rounded_rectangle([self.w / 2 - tw / 2, y, self.w / 2 + tw / 2, y + 42 * s], radius=21 * s, fill=(50, 50, 50))
        dr.text((self.w / 2, y + 21 * s), text, font=f, fill=(255, 255, 255), anchor="mm")

    def text(self, t, dp=13, col=None, center=False):
        f = self.F(dp)
        if center:
            self.dr.text((self.w / 2, self.y), t, font=f, fill=col or self.lab, anchor="ma")
        else:
            self.dr.text((20 * self.s, self.y), t, font=f, fill=col or self.lab)
        self.y += dp * 1.8 * self.s


def _new(rng, ctx, long=False):
    w, h, kind = ctx["phone"]
    lh = None
    if long:
        lh = int(h * rng.uniform(1.9, 2.8))
    sc = Screen(w, h, kind, ctx["dark"], rng, font=rng.choice(["notosans", "notosans", "microhei"]), long_h=lh)
    sc.status_bar(ctx["clock"])
    return sc


def app_permit(f, rng, ctx):
    sc = _new(rng, ctx)
    sc.title_bar("电子居住证", color=(22, 100, 200) if not ctx["dark"] else None, fg=(255, 255, 255) if not ctx["dark"] else None)
    sc.banner(f["name"], "上海市居住证  有效", (30, 110, 220))
    idv = f["id_number"]
    sc.card_rows([(ctx.get("id_label", "证件号码"), idv), ("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"]),
                  ("签发日期", fmt_date(d(f["issue_date"]), ctx.get("dstyle", "iso"))),
                  ("有效期限", "%s至%s" % (fmt_date(d(f["valid_from"]), "dot"), fmt_date(d(f["valid_until"]), "dot"))),
                  ("发证机关", ctx["permit_office"])])
    q = qr_image(rng, px=int(150 * sc.s))
    if sc.y + q.height + 40 * sc.s < sc.h - 60 * sc.s:
        sc.img.paste(q, (int(sc.w / 2 - q.width / 2), int(sc.y + 10 * sc.s)))
        sc.y += q.height + 20 * sc.s
        sc.text("亮证码每60秒自动刷新", 12, center=True)
    if ctx.get("toast"):
        sc.toast(ctx["toast"])
    sc.nav_bar()
    return [sc.img]


def app_tax_detail(f, rows, rng, ctx):
    """个人所得税 App 收入纳税明细: one long stitched screenshot or several screens"""
    long = ctx.get("long", False)
    imgs = []
    rows_sorted = sorted(rows, key=lambda r: r["period"], reverse=True)
    i = 0
    first = True
    while i < len(rows_sorted) or first:
        sc = _new(rng, ctx, long)
        sc.title_bar("收入纳税明细")
        if first:
            sc.card_rows([("姓名", f["name"]), ("证件号码", f["id_number"]),
                          ("查询时间", fmt_date(d(f["issue_date"]), "iso")),
                          ("所得期间", ctx["period_from"] + "至" + ctx["period_to"])])
            first = False
        while i < len(rows_sorted):
            r = rows_sorted[i]
            y0, m0 = r["period"][:4], r["period"][5:]
            ok = sc.card_rows([("所得项目", r["_item"]), ("扣缴义务人", r["withholding_agent"]),
                               ("收入", fmt_amount(r["_income"], ctx["commas"]) + "元"),
                               ("已申报税额", fmt_amount(float(r["amount"]), ctx["commas"]) + "元")],
                              head="%s年%s月" % (y0, m0), tag="已申报")
            if not ok:
                break
            i += 1
        if i >= len(rows_sorted):
            sc.text("没有更多了", 12, center=True)
        sc.nav_bar()
        imgs.append(sc.img)
        if len(imgs) > 8:
            break
    return imgs


def app_si(f, rows, rng, ctx):
    long = ctx.get("long", False)
    imgs = []
    rs = sorted(rows, key=lambda r: r["month"], reverse=True)
    i, first = 0, True
    while i < len(rs) or first:
        sc = _new(rng, ctx, long)
        sc.title_bar("社保缴费记录")
        if first:
            sc.banner(f["name"], "证件号码 " + f["id_number"], (0, 150, 136))
            first = False
        while i < len(rs):
            r = rs[i]
            ok = sc.card_rows([("缴费单位", r["employer"]), ("缴费基数", fmt_amount(float(r["base"]), ctx["commas"]))],
                              head="%s年%s月" % (r["month"][:4], r["month"][5:]),
                              tag="补缴" if r["back_payment"] else "正常", tagcol=(220, 120, 20) if r["back_payment"] else (40, 160, 90))
            if not ok:
                break
            i += 1
        sc.nav_bar()
        imgs.append(sc.img)
        if len(imgs) > 10:
            break
    return imgs


def app_xuexin(f, rng, ctx):
    sc = _new(rng, ctx)
    sc.title_bar("学历信息")
    sc.banner(f["name"], f["school"], (20, 120, 190))
    gd = d(f["graduation_date"])
    mode = f.get("study_mode", "普通全日制")
    sc.card_rows([("姓名", f["name"]), ("性别", ctx["sex"]), ("出生日期", ctx["birth"].isoformat()),
                  ("院校", f["school"]), ("专业", f["major"]), ("层次", f["level"]),
                  ("学历类别", "普通高等教育" if mode == "普通全日制" else "成人高等教育" if mode == "成人教育" else mode),
                  ("学习形式", mode if mode == "普通全日制" else "业余"),
                  ("毕(结)业日期", gd.isoformat()), ("毕(结)业", "毕业"), ("证书编号", ctx["cert_no"])])
    if ctx.get("toast"):
        sc.toast(ctx["toast"])
    sc.nav_bar()
    return [sc.img]
