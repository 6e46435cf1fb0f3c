"""户口簿 首页 and 常住人口登记卡 (typed or hand-filled), 集体户口 户籍证明."""
import datetime as dt
import numpy as np
from PIL import Image, ImageDraw

from .draw import Sheet
from . import people as P
from . import seal

BOOK_DPI = 250


def _d(s):
    return dt.date.fromisoformat(s)


def _paper(sh, rng, tint):
    W, H = sh.img.size
    nr = np.random.default_rng(rng.getrandbits(32))
    yy, xx = np.mgrid[0:H, 0:W].astype(np.float32)
    pat = (np.sin(xx / 7.0) * np.sin(yy / 7.0) > 0.85).astype(np.float32) * 10
    a = np.ones((H, W, 3), np.float32) * np.array(tint, np.float32) - pat[..., None] + nr.normal(0, 1.5, (H, W, 1))
    sh.img = Image.fromarray(a.clip(0, 255).astype(np.uint8))
    sh.d = ImageDraw.Draw(sh.img)


def _value(sh, box, text, rng, hand, font, size, ink):
    if not text:
        return
    x0, y0, x1, y1 = box
    while size > 5 and sh.width(text, font, size) > (x1 - x0) - 3:
        size -= 0.5
    if hand:
        sh.hand(x0 + 1.5, (y0 + y1) / 2 + size * 0.13, text, rng, font, size, ink, spacing=0.2)
    else:
        sh.cell_text(box, text, font, size)


def cover(doc, rng, hand):
    f, r = doc["fields"], doc["render"]
    sh = Sheet(143, 100, BOOK_DPI)
    _paper(sh, rng, (rng.randint(238, 246), rng.randint(236, 244), rng.randint(222, 232)))
    line = (90, 70, 60)
    sh.text(71.5, 13, "户 口 簿", "song_bold", 15, (60, 40, 30), "ms", spacing=1.5)
    font = "ukai" if hand else rng.choice(["song", "hei", "gbsn"])
    ink = (20, 20, 60) if hand else (20, 20, 20)
    g = sh.grid(8, 19, [22, 38, 22, 45], [12, 12], 0.35, line)
    sh.cell_text(g[0][0], "户  别", "song", 9.5, line, "m")
    _value(sh, g[0][1], f["household_type"], rng, hand, font, 11, ink)
    sh.cell_text(g[0][2], "户主姓名", "song", 9.5, line, "m")
    _value(sh, g[0][3], f["head_name"], rng, hand, font, 11, ink)
    sh.cell_text(g[1][0], "户  号", "song", 9.5, line, "m")
    _value(sh, g[1][1], f["household_number"], rng, hand, font, 10.5, ink)
    sh.cell_text(g[1][2], "承办人签章", "song", 8.5, line, "m")
    sh.hand(g[1][3][0] + 4, g[1][3][1] + 8, P.pick_name(rng, "女"), rng, "ukai", 10, (150, 30, 30))
    g2 = sh.grid(8, 43, [22, 105], [18], 0.35, line)[0]
    sh.cell_text(g2[0], "住  址", "song", 9.5, line, "m")
    box = g2[1]
    lines = sh.wrap(f["address"], font, 10.5, box[2] - box[0] - 4)
    for k, ln in enumerate(lines[:2]):
        if hand:
            sh.hand(box[0] + 2, box[1] + 7.5 + 6 * k, ln, rng, font, 10.5, ink, spacing=0.15)
        else:
            sh.text(box[0] + 2, box[1] + 7.5 + 6 * k, ln, font, 10.5)
    sh.text(10, 69, "户口登记机关和户口专用章", "song", 9, line)
    sh.text(92, 69, "签发日期", "song", 9, line)
    idt = _d(f["issue_date"])
    if hand:
        sh.hand(92, 78, "%d年%d月%d日" % (idt.year, idt.month, idt.day), rng, font, 10.5, ink)
    else:
        sh.text(92, 78, P.cn_date(idt, "cn0"), font, 10.5)
    st = seal.round_seal(r["authority"] + r["station"], rng, BOOK_DPI / 25.4, 34, bottom="户口专用章",
                         alpha=rng.uniform(0.7, 0.9))
    sh.paste_ink(st, rng.uniform(35, 60), rng.uniform(62, 80))
    return sh.img


MEMBER_ROWS = [
    [("姓名", "name"), ("户主或与户主关系", "relation_to_head")],
    [("曾用名", None), ("性别", "sex")],
    [("出生地", "birthplace"), ("民族", "ethnicity")],
    [("籍贯", "native_place"), ("出生日期", "birth_date")],
    [("本市（县）其他住址", None)],
    [("宗教信仰", None), ("公民身份证件编号", "id_number")],
    [("身高", None), ("血型", None)],
    [("文化程度", "education"), ("婚姻状况", "marital_status")],
    [("兵役状况", None), ("职业", None)],
    [("服务处所", "employer")],
    [("何时由何地迁来本市（县）", None)],
    [("何时由何地迁来本址", None)],
]


def member(doc, rng, hand):
    f = doc["fields"]
    sh = Sheet(143, 112, BOOK_DPI)
    _paper(sh, rng, (rng.randint(238, 246), rng.randint(236, 244), rng.randint(222, 232)))
    line = (90, 70, 60)
    sh.text(71.5, 10, "常住人口登记卡", "song_bold", 13, (60, 40, 30), "ms", spacing=1.0)
    font = rng.choice(["ukai", "gkai", "wenkai"]) if hand else rng.choice(["song", "hei", "gbsn"])
    ink = (20, 20, 70) if hand else (20, 20, 20)
    y = 14
    rh = 7.2
    b = _d(f["birth_date"])
    vals = dict(f)
    vals["birth_date"] = "%d年%d月%d日" % (b.year, b.month, b.day) if hand else P.cn_date(b, "cn0")
    for row in MEMBER_ROWS:
        if len(row) == 2:
            g = sh.grid(6, y, [20, 42, 27, 42], [rh], 0.3, line)[0]
            for c, (lab, key) in enumerate(row):
                sh.cell_text(g[2 * c], lab, "song", 7.5 if len(lab) <= 4 else 6.5, line, "m", pad=0.8)
                _value(sh, g[2 * c + 1], vals.get(key) if key else "", rng, hand, font, 9.5, ink)
        else:
            lab, key = row[0]
            lw = 20 if len(lab) <= 6 else 36
            g = sh.grid(6, y, [lw, 131 - lw], [rh], 0.3, line)[0]
            sh.cell_text(g[0], lab, "song", 7.5 if len(lab) <= 6 else 6.5, line, "m", pad=0.8)
            _value(sh, g[1], vals.get(key) if key else "", rng, hand, font, 9.5, ink)
        y += rh
    rd = _d(f["registration_date"])
    sh.text(8, y + 7, "承办人签章：", "song", 8, line)
    sh.hand(28, y + 7, P.pick_name(rng, "男"), rng, "ukai", 9, (150, 30, 30))
    sh.text(80, y + 7, "登记日期：", "song", 8, line)
    if hand:
        sh.hand(97, y + 7.2, "%d年%d月%d日" % (rd.year, rd.month, rd.day), rng, font, 9.5, ink)
    else:
        sh.text(97, y + 7.2, P.cn_date(rd, "cn0"), font, 9.5)
    st = seal.round_seal(doc["render"]["station"], rng, BOOK_DPI / 25.4, 30, bottom="户口专用章",
                         alpha=rng.uniform(0.6, 0.85))
    sh.paste_ink(st, rng.uniform(95, 125), rng.uniform(85, 100))
    return sh.img


def collective_letter(doc, rng, dpi):
    f = doc["fields"]
    sh = Sheet(210, 297, dpi)
    font = rng.choice(["song", "uming", "gbsn"])
    sh.text(105, 45, "户 籍 证 明", "song_bold", 20, anchor="ms", spacing=2)
    sh.text(160, 58, "编号：%s" % ("HJ%d%05d" % (_d(f["issue_date"]).year, rng.randint(0, 99999))), font, 10)
    body = ("兹证明%s，性别%s，公民身份号码：%s，系我所辖区集体户口人员，户口登记在%s（集体户），"
            "现户籍状态正常。" % (f["name"], "男" if int(f["id_number"][16]) % 2 else "女", f["id_number"], f["address"]))
    y = sh.para(28, 75, 154, body, font, 13, 1.9)
    y = sh.para(28, y + 4, 154, "特此证明。", font, 13)
    sh.para(28, y + 4, 154, "（本证明自出具之日起三个月内有效）", font, 11)
    st = doc["render"]["station"]
    sh.text(175, 200, st, font, 13, anchor="rs")
    sh.text(175, 212, P.cn_date(_d(f["issue_date"]), "cn"), font, 13, anchor="rs")
    s = seal.round_seal(st, rng, dpi / 25.4, 40, bottom="户籍证明专用章", alpha=0.85)
    sh.paste_ink(s, 150, 200)
    return sh.img
