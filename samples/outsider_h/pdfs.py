"""Text-layer PDFs (reportlab): tax record, social insurance, 学信网 备案表."""
import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from .common import cdate, pdate

_REG = {}
PDF_FONTS = {
    "WQY": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "WenKai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", None),
    "GBSN": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", None),
    "UMing": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
}


def reg(name):
    if name not in _REG:
        path, idx = PDF_FONTS[name]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=idx) if idx is not None else TTFont(name, path))
        _REG[name] = True
    return name


def _wrap(c, s, fn, fs, w):
    out, cur = [], ""
    for ch in s:
        if c.stringWidth(cur + ch, fn, fs) > w and cur:
            out.append(cur)
            cur = ch
        else:
            cur += ch
    return out + ([cur] if cur else [])


def tax_pdf(path, f, rows, rng, column_order=False):
    fn = reg(rng.choice(["WQY", "GBSN", "UMing"]))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setTitle("个人所得税纳税记录")
    cols = [("申报日期", 58), ("实缴(退)金额", 58), ("入(退)库日期", 58), ("所得项目", 66), ("税款所属期", 96), ("入库税务机关", 84), ("备注", 112)]
    per = rng.choice([10, 12, 14])
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    ruled = rng.random() < .6
    for pi, chunk in enumerate(chunks):
        c.setFont(fn, 16)
        c.drawCentredString(W / 2, H - 60, "中华人民共和国个人所得税纳税记录")
        c.setFont(fn, 10.5)
        c.drawCentredString(W / 2, H - 80, "（原《税收完税证明》）")
        c.setFont(fn, 9)
        c.drawString(40, H - 110, "No. %s" % f["_verify_no"])
        if pi == 0:
            c.drawString(40, H - 130, "纳税人名称：" + f["name"])
            c.drawString(300, H - 130, "纳税人识别号：" + f["id_number"])
            c.drawString(40, H - 148, "记录期间：" + f["_period_text"])
            c.drawString(300, H - 148, "开具日期：" + cdate(pdate(f["issue_date"])))
        y = H - 175
        xs = [30]
        for _, w in cols:
            xs.append(xs[-1] + w)
        c.setFont(fn, 8)
        for i, (lab, w) in enumerate(cols):
            c.drawCentredString((xs[i] + xs[i + 1]) / 2, y - 13, lab)
        if ruled:
            c.rect(xs[0], y - 20, xs[-1] - xs[0], 20)
        y -= 20
        cellrows = []
        for r in chunk:
            cells = [r["_decl"], r["amount"], r["_paid"], r["_item"], r["_span"], r["_office"], r["_remark"]]
            wl = [_wrap(c, s, fn, 7.5, cols[i][1] - 6) for i, s in enumerate(cells)]
            h = max(len(w) for w in wl) * 10 + 8
            cellrows.append((y, h, wl))
            y -= h
        c.setFont(fn, 7.5)
        order = range(len(cols))
        if column_order:  # text stream by columns: not the reading order
            for i in order:
                for (yy, h, wl) in cellrows:
                    for k, ln in enumerate(wl[i]):
                        c.drawString(xs[i] + 3, yy - 11 - k * 10, ln)
        else:
            for (yy, h, wl) in cellrows:
                for i in order:
                    for k, ln in enumerate(wl[i]):
                        c.drawString(xs[i] + 3, yy - 11 - k * 10, ln)
        if ruled:
            for (yy, h, wl) in cellrows:
                for i in range(len(cols)):
                    c.rect(xs[i], yy - h, cols[i][1], h)
        c.setFont(fn, 8.5)
        c.drawString(40, 60, "查询验证码：%s  可登录自然人电子税务局或个人所得税App验证本记录真伪。" % f["_verify"])
        c.drawRightString(W - 40, 45, "第%d页/共%d页" % (pi + 1, len(chunks)))
        c.showPage()
    c.save()
    return len(chunks)


def si_pdf(path, f, grouped, rng):
    fn = reg(rng.choice(["WQY", "GBSN", "WenKai"]))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setFont(fn, 15)
    c.drawCentredString(W / 2, H - 60, rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"]))
    c.setFont(fn, 9.5)
    c.drawString(45, H - 95, "姓名：" + f["name"])
    c.drawString(230, H - 95, "证件号码：" + f["id_number"])
    c.drawString(45, H - 112, "打印日期：" + f["_printed"])
    cols = [("缴费年月", 90), ("缴费单位", 185), ("缴费基数", 70), ("养老(个人)", 60), ("医疗(个人)", 60), ("备注", 60)]
    xs = [40]
    for _, w in cols:
        xs.append(xs[-1] + w)
    y = H - 140
    c.setFont(fn, 8.5)
    for i, (lab, w) in enumerate(cols):
        c.drawString(xs[i] + 3, y - 12, lab)
    c.line(xs[0], y - 18, xs[-1], y - 18)
    y -= 18
    for g in grouped:
        cells = [g["label"], g["employer"], g["base"], g["pension"], g["medical"], "补缴" if g["back"] else ""]
        wl = [_wrap(c, s, fn, 8, cols[i][1] - 6) for i, s in enumerate(cells)]
        h = max(len(w) for w in wl) * 11 + 8
        for i, lines in enumerate(wl):
            for k, ln in enumerate(lines):
                c.drawString(xs[i] + 3, y - 11 - k * 11, ln)
        y -= h
        c.setLineWidth(.3)
        c.line(xs[0], y, xs[-1], y)
    c.setFont(fn, 8)
    c.drawString(45, 50, "说明：本记录仅反映截至打印日期已到账的缴费信息。随申办 / 一网通办")
    c.showPage()
    c.save()
    return 1


def xuexin_pdf(path, f, p, rng):
    fn = reg(rng.choice(["WQY", "GBSN"]))
    W, H = A4
    c = canvas.Canvas(path, pagesize=A4)
    c.setFont(fn, 16)
    c.drawCentredString(W / 2, H - 70, "教育部学历证书电子注册备案表")
    c.setFont(fn, 9)
    c.drawString(50, H - 100, "更新日期：%s" % p["updated"])
    c.drawString(330, H - 100, "在线验证码：%s" % p["online_code"])
    g = pdate(f["graduation_date"])
    rows = [("姓名", f["name"]), ("性别", p["sex"]), ("证件号码", p["id"]), ("民族", p["eth"] + "族"),
            ("出生日期", cdate(p["birth"])), ("学校名称", f["school"]), ("层次", f["level"]), ("专业", f["major"]),
            ("学制", "%d年" % p["years"]), ("学历类别", "普通高等教育"), ("学习形式", f["study_mode"]),
            ("入学日期", cdate(p["enter"])), ("毕（结）业日期", cdate(g)), ("毕（结）业", "毕业"),
            ("证书编号", p["cert_no"]), ("校（院）长姓名", p["president"])]
    y = H - 130
    c.setFont(fn, 11)
    for lab, val in rows:
        c.setFillGray(.45)
        c.drawString(70, y - 16, lab)
        c.setFillGray(0)
        c.drawString(200, y - 16, val)
        c.setLineWidth(.3)
        c.line(60, y - 24, 420, y - 24)
        y -= 30
    # QR-ish block
    n = 21
    s = 5
    for i in range(n):
        for j in range(n):
            if rng.random() < .5 or (i < 7 and j < 7) or (i > 13 and j < 7) or (i < 7 and j > 13):
                c.rect(440 + i * s, H - 260 - j * s, s, s, stroke=0, fill=1)
    c.setFont(fn, 8)
    c.drawString(440, H - 380, "扫码验证")
    c.drawString(50, 60, "注：本表内容可通过学信网（www.chsi.com.cn）在线验证，有效期内有效。")
    c.showPage()
    c.save()
    return 1
