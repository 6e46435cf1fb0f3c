"""Tax and social-insurance records drawn as printed paper (to be scanned)."""
from __future__ import annotations

import datetime as dt
import random

from .canvas import Canvas, seal
from .docs_a4 import A4, INK
from .util import month_last_day, ymd_cn


def _d(s):
    return dt.date.fromisoformat(s)


def period_text(m: str, style: str) -> str:
    last = month_last_day(m)
    if style == "dot":
        return f"{m.replace('-', '.')}.01-{last:%Y.%m.%d}"
    return f"{m}-01至{last.isoformat()}"


def agent_text(name: str, uscc: str | None, style: str) -> str:
    if style == "uscc_before" and uscc:
        return f"扣缴义务人：{uscc} {name}"
    if style == "uscc_after" and uscc:
        return f"扣缴义务人：{name}（{uscc}）"
    return f"扣缴义务人：{name}"


def tax_rows_display(doc, rng):
    e = doc["extra"]
    out = []
    for r in e["rows"]:
        decl = _d(r["_decl"])
        paid = decl + dt.timedelta(days=rng.randint(0, 2))
        out.append({"decl": decl.isoformat(), "amount": r["amount"], "paid": paid.isoformat(), "item": r["_item"],
                    "period": r["period"], "office": f"国家税务总局上海市{e['district']}税务局",
                    "agent": r["withholding_agent"], "uscc": e["uscc"].get(r["withholding_agent"])})
    return out


class Table:
    """A paginated table drawn onto A4 canvases."""

    def __init__(self, dpi, cols, widths, key, pt, x0=14, rules="full", head_fill=(235, 235, 235)):
        self.dpi, self.cols, self.widths, self.key, self.pt = dpi, cols, widths, key, pt
        self.x0, self.rules, self.head_fill = x0, rules, head_fill
        self.pages = []

    def draw(self, c: Canvas, y, rows, header_fn=None, bottom=270, lead=1.35):
        """Draw rows starting at y on c; returns (y, remaining rows)."""
        lh = self.pt * 25.4 / 72 * lead
        y = self._header(c, y)
        for i, row in enumerate(rows):
            wrapped = [c.wrap(str(v), self.key, self.pt, w - 2.4) or [""] for v, w in zip(row, self.widths)]
            h = max(len(x) for x in wrapped) * lh + 2.6
            if y + h > bottom:
                return y, rows[i:]
            x = self.x0
            for lines, w in zip(wrapped, self.widths):
                if self.rules == "full":
                    c.rect(x, y, x + w, y + h, w=0.2, outline=(60, 60, 60))
                ty = y + 1.3 + lh * 0.78
                for ln in lines:
                    c.text(x + 1.2, ty, ln, self.key, self.pt, INK)
                    ty += lh
                x += w
            if self.rules == "rows":
                c.line(self.x0, y + h, self.x0 + sum(self.widths), y + h, w=0.15, fill=(150, 150, 150))
            y += h
        return y, []

    def _header(self, c, y):
        lh = self.pt * 25.4 / 72 * 1.3
        wrapped = [c.wrap(v, "hei", self.pt, w - 2) for v, w in zip(self.cols, self.widths)]
        h = max(len(x) for x in wrapped) * lh + 3
        x = self.x0
        for lines, w in zip(wrapped, self.widths):
            if self.rules == "full":
                c.rect(x, y, x + w, y + h, w=0.25, outline=(40, 40, 40), fill=self.head_fill)
            ty = y + 1.5 + lh * 0.8
            for ln in lines:
                c.text(x + w / 2, ty, ln, "hei", self.pt, INK, anchor="ms")
                ty += lh
            x += w
        if self.rules == "rows":
            c.line(self.x0, y + h, self.x0 + sum(self.widths), y + h, w=0.4)
        return y + h


def tax_national_scan(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    key = rng.choice(["song", "hei", "song2", "yahei"])
    rows = tax_rows_display(doc, rng)
    if rng.random() < 0.5:
        rows = rows[::-1]
    disp = [[r["decl"], r["amount"], r["paid"], r["item"], period_text(r["period"], e["range_style"]), r["office"],
             agent_text(r["agent"], r["uscc"], e["agent_style"])] for r in rows]
    t = Table(dpi, ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"],
              [20, 18, 20, 20, 26, 34, 44], key, 7.6, x0=14, rules=rng.choice(["full", "full", "rows"]))
    pages = []
    remaining = disp
    iss = _d(f["issue_date"])
    while True:
        c = Canvas(*A4, dpi)
        c.text(105, 24, "中华人民共和国个人所得税纳税记录", "song_b", 16, INK, anchor="ms")
        c.text(105, 31, "（原《税收完税证明》）", key, 10, INK, anchor="ms")
        c.text(196, 38, f"No. {e['no']}", "dejavu", 8, INK, anchor="rs")
        c.text(14, 46, f"纳税人名称：{f['name']}", key, 9.5, INK)
        c.text(92, 46, f"纳税人识别号：{f['id_number']}", key, 9.5, INK)
        c.text(14, 53, f"记录期间：{e['period_from'].replace('-', '年')}月-{e['period_to'].replace('-', '年')}月", key, 9, INK)
        c.text(196, 53, "金额单位：人民币元（列至角分）", key, 8.5, INK, anchor="rs")
        y, remaining = t.draw(c, 57, remaining)
        pages.append(c)
        if not remaining:
            break
    c = pages[-1]
    if y > 240:
        c = Canvas(*A4, dpi)
        pages.append(c)
        y = 30
    c.text(14, y + 10, "说明：1.本《纳税记录》涉及纳税人敏感信息，请妥善保管。", key, 8, INK)
    c.text(14, y + 16, "2.您可以通过扫描二维码或登录自然人电子税务局，输入查询验证码对本《纳税记录》进行验证。", key, 8, INK)
    c.text(14, y + 24, f"查询验证码：{e['verify']}", "dejavu_mono", 8.5, INK)
    c.text(196, y + 34, f"开具日期：{iss.year}年{iss.month:02d}月{iss.day:02d}日", key, 9.5, INK, anchor="rs")
    c.text(196, y + 42, f"国家税务总局上海市{e['district']}税务局", key, 9.5, INK, anchor="rs")
    seal(c.img, c.p(118), c.p(y + 36), c.p(18), f"国家税务总局上海市{e['district']}税务局", "征税专用章", rng=rng, alpha=0.75)
    for i, p in enumerate(pages):
        p.text(105, 290, f"第{i + 1}页/共{len(pages)}页", key, 8, INK, anchor="ms")
    return [p.img for p in pages]


def tax_income_detail_print(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    key = rng.choice(["hei", "yahei", "song"])
    rows = tax_rows_display(doc, rng)
    disp = []
    for i, r in enumerate(sorted(rows, key=lambda r: r["period"], reverse=True)):
        inc = float(r["amount"]) * rng.uniform(8, 14) + rng.uniform(5000, 9000)
        disp.append([str(i + 1), r["item"], r["period"].replace("-", "年") + "月", r["agent"], f"{inc:,.2f}", r["amount"]])
    c = Canvas(*A4, dpi)
    c.text(105, 22, "收入纳税明细查询", "hei_b", 15, INK, anchor="ms")
    c.text(14, 34, f"姓名：{f['name']}", key, 9.5, INK)
    c.text(80, 34, f"身份证件号码：{f['id_number']}", key, 9.5, INK)
    c.text(14, 41, f"查询期间：{e['period_from']}至{e['period_to']}", key, 9, INK)
    iss = _d(f["issue_date"])
    c.text(196, 41, f"打印日期：{iss.isoformat()}", key, 9, INK, anchor="rs")
    t = Table(dpi, ["序号", "所得项目小类", "所得期间", "扣缴义务人", "收入", "已申报税额"],
              [10, 26, 22, 70, 28, 26], key, 8.2, x0=14, rules=rng.choice(["full", "rows"]),
              head_fill=(220, 232, 245))
    y, rest = t.draw(c, 46, disp)
    pages = [c]
    while rest:
        c = Canvas(*A4, dpi)
        y, rest = t.draw(c, 20, rest)
        pages.append(c)
    pages[-1].text(14, y + 10, "注：本页面信息来源于扣缴义务人申报数据，仅供参考。", key, 8, (90, 90, 90))
    return [p.img for p in pages]


def tax_certificate_old(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    key = rng.choice(["song", "song2", "ming"])
    rows = tax_rows_display(doc, rng)
    c = Canvas(*A4, dpi)
    c.text(105, 26, "中华人民共和国", "song_b", 15, INK, anchor="ms", spacing=2)
    c.text(105, 37, "税 收 完 税 证 明", "song_b", 19, INK, anchor="ms")
    c.text(105, 44, "（文书式）", key, 10, INK, anchor="ms")
    c.text(196, 44, f"No.{e['no'][:11]}", "dejavu", 9, (180, 30, 30), anchor="rs")
    iss = _d(f["issue_date"])
    c.text(14, 53, f"填发日期：{iss.year}年{iss.month:02d}月{iss.day:02d}日", key, 9.5, INK)
    c.text(110, 53, f"税务机关：国家税务总局上海市{e['district']}税务局", key, 9.5, INK)
    c.rect(14, 57, 196, 71, w=0.3)
    c.line(105, 57, 105, 71, w=0.25)
    c.text(16, 66, f"纳税人识别号  {f['id_number']}", key, 9.5, INK)
    c.text(107, 66, f"纳税人名称  {f['name']}", key, 9.5, INK)
    disp = [[f"3{rng.randint(10**15, 10**16 - 1)}"[:17], "个人所得税", r["item"], period_text(r["period"], e["range_style"]),
             r["paid"], r["amount"], agent_text(r["agent"], r["uscc"], e["agent_style"]).replace("扣缴义务人：", "扣缴单位：" if rng.random() < 0.0 else "扣缴义务人：")]
            for r in rows]
    t = Table(dpi, ["原凭证号", "税种", "品目名称", "税款所属时期", "入(退)库日期", "实缴(退)金额", "备注"],
              [28, 18, 22, 28, 20, 20, 46], key, 7.4, x0=14)
    y, rest = t.draw(c, 71, disp)
    pages = [c]
    while rest:
        c = Canvas(*A4, dpi)
        y, rest = t.draw(c, 20, rest)
        pages.append(c)
    total = sum(float(r["amount"]) for r in rows)
    c.rect(14, y, 196, y + 10, w=0.25)
    c.text(16, y + 6.8, f"金额合计  （小写）¥{total:,.2f}", key, 9, INK)
    c.text(16, y + 22, "税务机关（盖章）", key, 9.5, INK)
    c.text(110, y + 22, "填票人：", key, 9.5, INK)
    c.text(14, y + 34, "妥善保管  手写无效", key, 8, (120, 120, 120))
    seal(c.img, c.p(40), c.p(y + 26), c.p(17), f"国家税务总局上海市{e['district']}税务局", "征税专用章", rng=rng, alpha=0.72)
    return [p.img for p in pages]


# ------------------------------------------------------------------ social insurance
def si_amounts(base: str):
    b = float(base)
    return f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}"


def si_groups(rows):
    """Consecutive months with the same employer, base and type."""
    from .util import month_add
    groups = []
    for r in rows:
        if groups and groups[-1]["employer"] == r["employer"] and groups[-1]["base"] == r["base"] \
                and groups[-1]["back_payment"] == r["back_payment"] and month_add(groups[-1]["to"], 1) == r["month"]:
            groups[-1]["to"] = r["month"]
        else:
            groups.append({"from": r["month"], "to": r["month"], "employer": r["employer"], "base": r["base"],
                           "back_payment": r["back_payment"]})
    return groups


def si_scan(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    lay = doc["layout"]
    key = rng.choice(["song", "hei", "yahei", "song2"])
    rows = sorted(doc["rows"], key=lambda r: r["month"], reverse=rng.random() < 0.5)
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市城镇职工社会保险个人缴费记录", "社会保险个人权益记录（缴费明细）"])
    iss = _d(e["issue"])
    mfmt = rng.choice(["%Y%m", "%Y-%m", "%Y.%m", "%Y年%m月"])

    def mtxt(m):
        y, mo = map(int, m.split("-"))
        return dt.date(y, mo, 1).strftime(mfmt)

    if lay == "sh_range_scan":
        cols = ["缴费起止年月", "缴费单位", "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)", "月数"]
        widths = [34, 62, 20, 20, 20, 18, 10]
        disp = []
        asc = sorted(rows, key=lambda r: r["month"])
        groups = si_groups(asc)
        if rows and rows[0]["month"] > rows[-1]["month"]:
            groups = groups[::-1]
        for g in groups:
            a, m_, u = si_amounts(g["base"])
            from .util import month_seq
            n = len(month_seq(g["from"], g["to"]))
            disp.append([f"{mtxt(g['from'])}-{mtxt(g['to'])}" if g["from"] != g["to"] else mtxt(g["from"]),
                         g["employer"], g["base"], a, m_, u, str(n)])
        sections = [("", disp)]
    else:
        cols = ["缴费年月", "单位名称", "缴费基数", "养老保险", "医疗保险", "失业保险", "缴费类型"]
        widths = [22, 66, 20, 20, 20, 18, 18]
        normal = [r for r in rows if not r["back_payment"] or lay != "sh_backpay_section"]
        back = [r for r in rows if r["back_payment"] and lay == "sh_backpay_section"]
        def line(r):
            a, m_, u = si_amounts(r["base"])
            return [mtxt(r["month"]), r["employer"], r["base"], a, m_, u, "补缴" if r["back_payment"] else "正常"]
        if lay == "sh_backpay_section":
            cols[-1] = "备注"
            sections = [("一、正常缴费记录", [line(r)[:-1] + [""] for r in normal])]
            if back:
                sections.append(("二、补缴记录", [line(r)[:-1] + ["补缴"] for r in back]))
        else:
            sections = [("", [line(r) for r in rows])]
    t = Table(dpi, cols, widths, key, 7.8, x0=12, rules=rng.choice(["full", "full", "rows"]), head_fill=(230, 238, 230))
    pages = []
    c = Canvas(*A4, dpi)
    pages.append(c)
    c.text(105, 22, title, "song_b" if key.startswith("song") else "hei_b", 15, INK, anchor="ms")
    c.text(12, 34, f"姓名：{f['name']}", key, 9.5, INK)
    c.text(62, 34, f"证件号码：{f['id_number']}", key, 9.5, INK)
    c.text(198, 34, f"打印日期：{iss.year}年{iss.month}月{iss.day}日", key, 9, INK, anchor="rs")
    c.text(12, 41, "险种：城镇职工基本养老保险、基本医疗保险、失业保险     单位：元", key, 8.5, INK)
    y = 45
    for title_s, disp in sections:
        if title_s:
            if y > 250:
                c = Canvas(*A4, dpi)
                pages.append(c)
                y = 20
            c.text(12, y + 6, title_s, "hei_b", 9.5, INK)
            y += 9
        rest = disp
        while True:
            y, rest = t.draw(c, y, rest)
            if not rest:
                break
            c = Canvas(*A4, dpi)
            pages.append(c)
            y = 20
        y += 4
    if y > 250:
        c = Canvas(*A4, dpi)
        pages.append(c)
        y = 20
    c.text(12, y + 8, "说明：本记录为参保人通过“一网通办”自助打印，仅供参考。如有疑问请咨询社保经办机构。", key, 8, INK)
    c.text(198, y + 20, "上海市社会保险事业管理中心", key, 9.5, INK, anchor="rs")
    seal(c.img, c.p(170), c.p(y + 16), c.p(17), "上海市社会保险事业管理中心", "业务专用章", rng=rng, alpha=0.7)
    for i, p in enumerate(pages):
        p.text(105, 290, f"第 {i + 1} 页，共 {len(pages)} 页", key, 8, INK, anchor="ms")
    return [p.img for p in pages]
