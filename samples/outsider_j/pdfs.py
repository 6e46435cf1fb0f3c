"""Text-layer PDFs (reportlab): national tax record, social insurance print, 学信网 report."""
import datetime as dt
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

_REG = {}
PDF_FONTS = {"wqy": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
             "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
             "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None),
             "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None)}


def font(name):
    if name not in _REG:
        p, i = PDF_FONTS[name]
        pdfmetrics.registerFont(TTFont("J" + name, p, subfontIndex=i) if i is not None else TTFont("J" + name, p))
        _REG[name] = "J" + name
    return _REG[name]


def _wrap(s, fn, size, width):
    out, cur = [], ""
    for ch in s:
        if pdfmetrics.stringWidth(cur + ch, fn, size) > width and cur:
            out.append(cur); cur = ch
        else:
            cur += ch
    if cur:
        out.append(cur)
    return out


class Deferred:
    """collect strings and draw them in a shuffled order (text order ≠ reading order)."""
    def __init__(self, c, rng, shuffle):
        self.c, self.rng, self.shuffle, self.items = c, rng, shuffle, []

    def s(self, x, y, t, fn, size, right=False, center=False):
        self.items.append((x, y, t, fn, size, right, center))

    def flush(self):
        if self.shuffle:
            self.rng.shuffle(self.items)
        for x, y, t, fn, size, right, center in self.items:
            self.c.setFont(fn, size)
            if right:
                self.c.drawRightString(x, y, t)
            elif center:
                self.c.drawCentredString(x, y, t)
            else:
                self.c.drawString(x, y, t)
        self.items = []


def tax_national(path, rng, f, rows, as_of):
    fn = font(rng.choice(["wqy", "ming", "song"]))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    d = Deferred(c, rng, rng.random() < 0.6)
    rules = rng.random() < 0.5
    agent_col = rng.random() < 0.35
    tid_pos = rng.choice([None, "before", "after"])
    dayfmt = rng.choice(["%Y-%m-%d至{e:%Y-%m-%d}", "%Y.%m.%d-{e:%Y.%m.%d}"])
    cols = [36, 100, 160, 222, 300, 390, 470, W - 30] if not agent_col else [30, 88, 142, 196, 262, 340, 400, 480, W - 24]
    heads = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
    if agent_col:
        heads = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "扣缴义务人", "备注"]
    per_page = rng.randint(9, 14)
    rows = sorted(rows, key=lambda r: (r["period"], r.get("_kind", "")))
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]
    code = "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRSTUVWXY") for _ in range(16))
    for pi, chunk in enumerate(pages):
        y = H - 60
        if pi == 0:
            d.s(W / 2, y, "中华人民共和国个人所得税纳税记录", fn, 17, center=True); y -= 20
            d.s(W / 2, y, "（原《税收完税证明》）", fn, 10, center=True); y -= 30
            d.s(40, y, f"纳税人名称：{f['name']}", fn, 9.5)
            d.s(300, y, f"纳税人识别号：{f['id_number']}", fn, 9.5); y -= 16
            first, last = rows[0]["period"] if rows else "", rows[-1]["period"] if rows else ""
            d.s(40, y, f"记录期间：{first.replace('-', '年')}月-{last.replace('-', '年')}月", fn, 9.5)
            d.s(300, y, f"开具日期：{f['issue_date'].replace('-', '年', 1).replace('-', '月')}日", fn, 9.5); y -= 14
            d.s(40, y, "金额单位：人民币元（列至角分）", fn, 8.5); y -= 22
        else:
            y -= 10
        top = y
        for i, h in enumerate(heads):
            d.s((cols[i] + cols[i + 1]) / 2, y - 12, h, fn, 7.2, center=True)
        y -= 22
        if rules:
            c.line(cols[0], top + 4, cols[-1], top + 4)
            c.line(cols[0], y + 4, cols[-1], y + 4)
        for r in chunk:
            yy, mm = map(int, r["period"].split("-"))
            s0 = dt.date(yy, mm, 1)
            e = dt.date(yy + (mm == 12), mm % 12 + 1, 1) - dt.timedelta(days=1)
            decl = e + dt.timedelta(days=rng.randint(3, 14))
            per = s0.strftime(dayfmt.split("{")[0]) + dayfmt.split("{")[1].rstrip("}").replace("e:", "") if False else None
            if "至" in dayfmt:
                per = f"{s0:%Y-%m-%d}至{e:%Y-%m-%d}"
            else:
                per = f"{s0:%Y.%m.%d}-{e:%Y.%m.%d}"
            ag = r["withholding_agent"]
            tid = r.get("_tid", "")
            note = "扣缴义务人：" + ((tid + " " + ag) if tid_pos == "before" else (ag + " " + tid) if tid_pos == "after" else ag)
            vals = [f"{decl:%Y-%m-%d}", r["amount"], f"{decl:%Y-%m-%d}", r.get("_kind", "工资薪金所得"), per, "国家税务总局上海市" + r.get("_bureau", "浦东新区") + "税务局"]
            if agent_col:
                vals += [ag, tid if tid_pos else ""]
            else:
                vals += [note]
            lines_n = 1
            for i, v in enumerate(vals):
                ls = _wrap(v, fn, 6.8, cols[i + 1] - cols[i] - 4)
                lines_n = max(lines_n, len(ls))
                for j, ln in enumerate(ls):
                    d.s(cols[i] + 2, y - 10 - j * 9, ln, fn, 6.8)
            y -= 10 + lines_n * 9
            if rules:
                c.line(cols[0], y + 2, cols[-1], y + 2)
        if rules:
            for x in cols:
                c.line(x, top + 4, x, y + 2)
        if pi == len(pages) - 1:
            tot = sum(float(r["amount"]) for r in rows)
            d.s(40, y - 20, f"合计：{tot:.2f}", fn, 8.5)
            d.s(40, y - 50, "说明：本记录涉及纳税人敏感信息，请妥善保管。您可以通过个人所得税APP或自然人电子税务局验证本记录。", fn, 7.5)
            d.s(40, y - 66, f"查询验证码：{code}", fn, 8.5)
        d.s(W / 2, 30, f"第 {pi + 1} 页 / 共 {len(pages)} 页", fn, 8, center=True)
        d.flush()
        c.showPage()
    c.save()
    return len(pages)


def si_print(path, rng, f, rows, as_of, ranges=False, separate_back=False):
    fn = font(rng.choice(["wqy", "ming", "song", "wenkai"]))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    d = Deferred(c, rng, rng.random() < 0.5)
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"])
    cols = [34, 98, 282, 340, 398, 454, 508, W - 28]
    heads = [rng.choice(["缴费年月", "费款所属期"]), rng.choice(["单位名称", "缴费单位"]), "缴费基数", "养老(个人)", "医疗(个人)", "失业(个人)", "缴费类型"]
    normal = [r for r in rows if not (separate_back and r["back_payment"])]
    back = [r for r in rows if separate_back and r["back_payment"]]
    normal.sort(key=lambda r: r["month"])
    # group into ranges of same employer/base if asked
    lines = []
    if ranges:
        cur = None
        for r in normal:
            if cur and cur["employer"] == r["employer"] and cur["base"] == r["base"] and cur["bp"] == r["back_payment"] and _next(cur["to"]) == r["month"]:
                cur["to"] = r["month"]
            else:
                cur = {"from": r["month"], "to": r["month"], "employer": r["employer"], "base": r["base"], "bp": r["back_payment"]}
                lines.append(cur)
    else:
        lines = [{"from": r["month"], "to": r["month"], "employer": r["employer"], "base": r["base"], "bp": r["back_payment"]} for r in normal]
    per_page = 32
    chunks = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    for pi, chunk in enumerate(chunks):
        y = H - 60
        if pi == 0:
            d.s(W / 2, y, title, fn, 15, center=True); y -= 30
            d.s(40, y, f"姓名：{f['name']}", fn, 9.5); d.s(220, y, f"证件号码：{f['id_number']}", fn, 9.5)
            d.s(W - 40, y, f"打印日期：{f['_printed']}", fn, 9, right=True); y -= 24
        for i, h in enumerate(heads):
            d.s((cols[i] + cols[i + 1]) / 2, y, h, fn, 7.5, center=True)
        c.line(cols[0], y - 4, cols[-1], y - 4)
        y -= 16
        for ln in chunk:
            b = float(ln["base"])
            m = ln["from"] if ln["from"] == ln["to"] else f"{ln['from']}至{ln['to']}"
            vals = [m.replace("-", ""), ln["employer"], ln["base"], f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}", "补缴" if ln["bp"] else "正常"]
            for i, v in enumerate(vals):
                for j, t in enumerate(_wrap(v, fn, 7, cols[i + 1] - cols[i] - 4)[:2]):
                    d.s(cols[i] + 2, y - j * 8, t, fn, 7)
            y -= 19
        if pi == len(chunks) - 1 and back:
            y -= 14
            d.s(40, y, "补缴记录", fn, 10); y -= 16
            for r in sorted(back, key=lambda r: r["month"]):
                d.s(42, y, r["month"].replace("-", ""), fn, 7); d.s(122, y, r["employer"], fn, 7); d.s(322, y, r["base"], fn, 7)
                d.s(557, y, "补缴", fn, 7); y -= 14
        d.s(W / 2, 30, f"第{pi + 1}页 共{len(chunks)}页", fn, 8, center=True)
        d.s(W - 40, 50, "上海市社会保险事业管理中心", fn, 8, right=True)
        d.flush()
        c.showPage()
    c.save()
    return len(chunks)


def _next(m):
    y, mm = map(int, m.split("-"))
    return f"{y + (mm == 12)}-{mm % 12 + 1:02d}"


def chsi(path, rng, f):
    fn = font(rng.choice(["wqy", "song", "ming"]))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setFont(fn, 16)
    c.drawCentredString(W / 2, H - 80, "教育部学历证书电子注册备案表")
    c.setFont(fn, 9)
    c.drawString(60, H - 110, f"更新日期：{f['_printed']}")
    c.drawRightString(W - 60, H - 110, f"在线验证码：{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))}")
    rows = [("姓名", f["name"]), ("性别", f["_sex"]), ("出生日期", f["_birth"][:10].replace("-", "年", 1).replace("-", "月") + "日"),
            ("入学日期", f["_enter"][:7].replace("-", "年") + "月" + rng.choice(["01日", ""])), ("毕（结）业日期", f["graduation_date"].replace("-", "年", 1).replace("-", "月") + "日"),
            ("学校名称", f["school"]), ("专业", f["major"]), ("学制", {"本科": "4年", "专科": "3年", "硕士": "3年"}[f["level"]]),
            ("层次", f["level"] if f["level"] != "硕士" else "硕士研究生"), ("学历类别", "普通高等教育" if f.get("_mode", "普通全日制") == "普通全日制" else f["_mode"]),
            ("学习形式", f.get("_mode", "普通全日制")), ("毕（结）业", "毕业"), ("证书编号", f["_no"]), ("校（院）长姓名", "张明远")]
    y = H - 150
    for k, v in rows:
        c.rect(60, y - 8, 130, 26); c.rect(190, y - 8, 250, 26)
        c.drawString(68, y, k); c.drawString(198, y, v)
        y -= 26
    c.rect(460, H - 330, 90, 110)
    c.drawString(470, H - 350, "照片")
    import random as _r
    q = _r.Random(rng.random())
    for i in range(21):
        for j in range(21):
            if q.random() < 0.5:
                c.rect(460 + i * 4, 120 + j * 4, 4, 4, fill=1, stroke=0)
    c.setFont(fn, 8)
    c.drawString(60, 110, "注：本备案表可通过学信网在线验证，验证有效期内有效。")
    c.save()
    return 1
