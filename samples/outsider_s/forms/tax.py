"""个人所得税纳税记录 (national text-layer record), 收入纳税明细 app screenshots, the older 纳税清单."""
import calendar
import datetime as dt

from .. import deco
from ..sheet import wrap
from .common import Doc, Page, a4, fmt, nd
from . import screen


def _rows_truth(w):
    return [{"period": f"{r.y}-{r.m:02d}", "withholding_agent": r.agent, "amount": f"{r.amount:.2f}"} for r in w.tax_rows]


def _uscc(w, agent):
    return w.uscc_of[agent]


def national(w, rng, name, num):
    lf = rng.choice(["sans", "song", "microhei"])
    tax_office = f"国家税务总局上海市{w.employer.district}税务局"
    rows = sorted(w.tax_rows, key=lambda r: (r.y, r.m), reverse=rng.random() < 0.5)
    per_style = rng.choice(["range_dash", "range_dot", "range_cn"])
    remark_style = rng.choice(["name", "code_name", "name_code"])
    pages = []
    per_page = rng.choice([8, 10, 14])
    chunks = [rows[i:i + per_page] for i in range(0, len(rows), per_page)]
    verify = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16))
    rec_no = f"{w.tax_issue.year % 100}{rng.randint(10**14, 10**15 - 1)}"
    first_m, last_m = min((r.y, r.m) for r in rows), max((r.y, r.m) for r in rows)
    for pi, chunk in enumerate(chunks, 1):
        s = a4()
        s.text(105, 22, "中华人民共和国个人所得税纳税记录", "sans_b", 6.2, anchor="m")
        s.text(105, 30, "（原《税收完税证明》）", lf, 4, anchor="m")
        s.text(190, 38, f"No.{rec_no}", "sans", 3.2, (80, 80, 80), anchor="r")
        s.text(14, 46, f"纳税人名称：{name}", lf, 3.6)
        if num:
            s.text(110, 46, f"纳税人识别号：{num}", lf, 3.6)
        s.text(14, 53, f"记录期间：{first_m[0]}年{first_m[1]:02d}月-{last_m[0]}年{last_m[1]:02d}月", lf, 3.6)
        s.text(110, 53, f"开具日期：{fmt(w.tax_issue, 'cn0')}", lf, 3.6)
        s.text(196, 60, "金额单位：人民币元", lf, 3.0, (60, 60, 60), anchor="r")
        cols = [14, 35, 55, 76, 102, 130, 160, 196]
        heads = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
        ruled = rng.random() < 0.6
        y = 63
        hh = 9
        for i, h in enumerate(heads):
            s.text((cols[i] + cols[i + 1]) / 2, y + 5.8, h, "sans_b" if lf != "song" else "song", 2.7, anchor="m")
        if ruled:
            s.rect(cols[0], y, cols[-1], y + hh, (0, 0, 0), (235, 235, 235), 0.25)
        else:
            s.line(cols[0], y + hh, cols[-1], y + hh, 0.3)
        y += hh
        for r in chunk:
            last = calendar.monthrange(r.y, r.m)[1]
            a, b = dt.date(r.y, r.m, 1), dt.date(r.y, r.m, last)
            per = {"range_dash": [f"{a:%Y-%m-%d}至", f"{b:%Y-%m-%d}"], "range_dot": [f"{a:%Y.%m.%d}-", f"{b:%Y.%m.%d}"],
                   "range_cn": [f"{a.year}年{a.month:02d}月{a.day:02d}日至", f"{b.year}年{b.month:02d}月{b.day:02d}日"]}[per_style]
            ny, nm = (r.y + (r.m == 12), r.m % 12 + 1)
            decl = dt.date(ny, nm, rng.randint(3, 15))
            paid = decl + dt.timedelta(days=rng.randint(0, 3))
            code = _uscc(w, r.agent)
            rem = {"name": f"扣缴义务人：{r.agent}", "code_name": f"扣缴义务人：{code} {r.agent}",
                   "name_code": f"扣缴义务人：{r.agent}（{code}）"}[remark_style]
            rem_l = wrap(rem, 34, "sans", 2.4)
            office_l = wrap(tax_office, 28, "sans", 2.4)
            n = max(len(rem_l), len(office_l), 2)
            rh = 3.6 * n + 3.5
            cy = y + 4.6
            s.text(24.5, cy + 1.5, f"{decl:%Y-%m-%d}", "sans", 2.5, anchor="m")
            s.text(53, cy + 1.5, f"{r.amount:.2f}", "sans", 2.6, anchor="r")
            s.text(65.5, cy + 1.5, f"{paid:%Y-%m-%d}", "sans", 2.5, anchor="m")
            for i, ln in enumerate(wrap(r.item, 24, "sans", 2.5)):
                s.text(89, cy + i * 3.6, ln, "sans", 2.5, anchor="m")
            s.text(116, cy, per[0], "sans", 2.4, anchor="m")
            s.text(116, cy + 3.6, per[1], "sans", 2.4, anchor="m")
            for i, ln in enumerate(office_l):
                s.text(131, cy + i * 3.6, ln, "sans", 2.4)
            for i, ln in enumerate(rem_l):
                s.text(161, cy + i * 3.6, ln, "sans", 2.4)
            if ruled:
                for i in range(len(cols) - 1):
                    s.rect(cols[i], y, cols[i + 1], y + rh, (0, 0, 0), None, 0.2)
            y += rh
        if pi == len(chunks):
            tot = sum(r.amount for r in w.tax_rows)
            s.text(14, y + 8, f"合计（小写）：{tot:.2f}", lf, 3.4)
            s.text(14, y + 18, "说明：1.本记录是对纳税人已缴纳个人所得税情况的记载，不作为纳税人记账、抵扣凭证。", lf, 2.8, (60, 60, 60))
            s.text(14, y + 23, "2.本记录可通过个人所得税APP或自然人电子税务局扫描二维码、输入查询验证码进行验证。", lf, 2.8, (60, 60, 60))
            s.text(14, y + 31, f"查询验证码：{verify}", "sans", 3.2)
            s.image(165, y + 3, 190, y + 28, deco.qr(rng))
            s.image(120, y - 6, 160, y + 34, deco.seal(rng, tax_office, "征税专用章"), mode="multiply")
        s.text(105, 288, f"第{pi}页/共{len(chunks)}页", "sans", 2.8, (90, 90, 90), anchor="m")
        pages.append(s)
    return pages


def app_detail(w, rng):
    """收入纳税明细 in the tax app: a monthly list, no name or ID number shown"""
    rows = sorted(w.tax_rows, key=lambda r: (r.y, r.m), reverse=True)
    shots = []
    per = rng.choice([5, 6])
    dark = rng.random() < 0.3
    for i in range(0, len(rows), per):
        sc = screen.Screen(rng, dark, title="收入纳税明细查询", accent=(200, 50, 45))
        s = sc.sheet
        if i == 0:
            s.rect(40, sc.y, 1040, sc.y + 210, None, sc.accent, radius=30)
            s.text(90, sc.y + 80, "收入合计(元)", "sans", 38, (255, 230, 230))
            s.text(90, sc.y + 160, f"{sum(r.income for r in w.tax_rows):,.2f}", "sans_b", 64, (255, 255, 255))
            s.text(990, sc.y + 80, "已申报税额合计(元)", "sans", 34, (255, 230, 230), anchor="r")
            s.text(990, sc.y + 160, f"{sum(r.amount for r in w.tax_rows):,.2f}", "sans_b", 52, (255, 255, 255), anchor="r")
            sc.y += 250
        for r in rows[i:i + per]:
            y0 = sc.y
            s.rect(40, y0, 1040, y0 + 300, None, sc.card_bg, radius=26)
            s.text(90, y0 + 70, f"{r.y}-{r.m:02d}", "sans_b", 46, sc.fg)
            s.text(990, y0 + 70, r.item, sc.font, 40, sc.grey, anchor="r")
            ag = wrap(r.agent, 620, sc.font, 38)
            s.text(90, y0 + 140, "扣缴义务人", sc.font, 36, sc.grey)
            for j, ln in enumerate(ag[:2]):
                s.text(990, y0 + 140 + j * 48, ln, sc.font, 38, sc.fg, anchor="r")
            s.text(90, y0 + 250, f"收入额 {r.income:,.2f}", sc.font, 36, sc.grey)
            s.text(990, y0 + 250, f"已申报税额 {r.amount:.2f}", sc.font, 40, sc.fg, anchor="r")
            sc.y += 330
        shots.append(s)
    return shots


def old_list(w, rng, name, num):
    s = a4()
    lf = rng.choice(["song", "serif", "sans"])
    s.text(105, 28, "个人所得税纳税清单", "serif_b", 7.5, anchor="m", spacing=1)
    s.text(20, 44, f"纳税人姓名：{name}", lf, 3.8)
    s.text(110, 44, f"证件号码：{num}", lf, 3.8)
    s.text(20, 52, f"打印日期：{fmt(w.tax_issue, 'dash')}", lf, 3.8)
    cols = [20, 32, 62, 128, 158, 190]
    heads = ["序号", "税款所属期", "扣缴义务人名称", "所得项目", "实缴税额"]
    y = 60
    for i, h in enumerate(heads):
        s.rect(cols[i], y, cols[i + 1], y + 9, (0, 0, 0), (230, 230, 230), 0.3)
        s.text((cols[i] + cols[i + 1]) / 2, y + 6, h, lf, 3.2, anchor="m")
    y += 9
    for k, r in enumerate(sorted(w.tax_rows, key=lambda r: (r.y, r.m)), 1):
        ag = wrap(r.agent, 63, lf, 3.0)
        rh = 5 + 4.2 * len(ag)
        for i in range(5):
            s.rect(cols[i], y, cols[i + 1], y + rh, (0, 0, 0), None, 0.3)
        s.text(26, y + 6, str(k), lf, 3.0, anchor="m")
        s.text(47, y + 6, f"{r.y}年{r.m:02d}月", lf, 3.0, anchor="m")
        for j, ln in enumerate(ag):
            s.text(64, y + 6 + j * 4.2, ln, lf, 3.0)
        s.text(143, y + 6, r.item, lf, 2.8, anchor="m")
        s.text(188, y + 6, f"{r.amount:.2f}", lf, 3.0, anchor="r")
        y += rh
    s.text(20, y + 10, "本清单信息来源于自然人电子税务局，仅供参考。", lf, 3.0, (80, 80, 80))
    s.image(130, y + 5, 175, y + 50, deco.seal(rng, f"国家税务总局上海市{w.employer.district}税务局", "业务专用章"), mode="multiply")
    return [s]


def draw(w, rng, layout):
    name = w.names.get("tax_record", w.name)
    num = w.id_number
    rows = _rows_truth(w)
    if layout == "app_detail":
        shots = app_detail(w, rng)
        return Doc("tax_record", "app_detail", [Page(s, "screen") for s in shots], {}, rows)
    if layout == "old_list":
        pages = old_list(w, rng, name, num)
        f = {"name": name, "id_number": num, "issue_date": nd(w.tax_issue)}
        return Doc("tax_record", "old_list", [Page(p, "a4", pdf_ok=True) for p in pages], f, rows)
    pages = national(w, rng, name, num)
    f = {"name": name, "id_number": num, "issue_date": nd(w.tax_issue)}
    return Doc("tax_record", "national", [Page(p, "a4", pdf_ok=True) for p in pages], f, rows)
