"""A4 and booklet documents drawn as paper: 居住证信息, 户口簿 首页/本人页,
集体户口 户籍证明. Each returns an upright RGB image at the given dpi."""
from __future__ import annotations

import datetime as dt
import random

from PIL import Image

from .canvas import Canvas, seal, rect_stamp, pick
from .util import cn_date, ymd_cn

A4 = (210.0, 297.0)
BOOKLET = (100.0, 142.0)
INK = (20, 20, 22)


def _dots(d: str) -> str:
    return dt.date.fromisoformat(d).strftime("%Y.%m.%d")


def _pr(doc, key):
    """The printed form of a field (may differ from the normalised truth)."""
    return doc["extra"].get("print", {}).get(key, doc["fields"][key])


def grid(c: Canvas, x, y, widths, rows, key, pt, lead=1.45, pad=1.6, lw=0.25, label_key=None,
         label_cols=(0, 2), fill_label=None, min_h=8.0, align_label="m", rule=True, vfill=INK, lfill=INK):
    """Table of rows; each row a list of (text, span). Returns bottom y."""
    label_key = label_key or key
    lh = pt * 25.4 / 72 * lead
    for row in rows:
        # compute height
        col = 0
        need = 1
        cells = []
        for text, span in row:
            w = sum(widths[col:col + span])
            k = label_key if col in label_cols and span == 1 else key
            lines = c.wrap(text or "", k, pt, w - 2 * pad) if text else [""]
            need = max(need, len(lines))
            cells.append((col, span, w, lines, k))
            col += span
        h = max(min_h, need * lh + 2 * pad)
        cx = x
        for col, span, w, lines, k in cells:
            if rule:
                c.rect(cx, y, cx + w, y + h, w=lw, outline=(40, 40, 40))
            if fill_label and col in label_cols and span == 1:
                c.rect(cx + lw, y + lw, cx + w - lw, y + h - lw, w=0, outline=None, fill=fill_label)
            ty = y + h / 2 - (len(lines) - 1) * lh / 2 + pt * 25.4 / 72 * 0.36
            is_label = col in label_cols and span == 1
            for ln in lines:
                if is_label and align_label == "m":
                    c.text(cx + w / 2, ty, ln, k, pt, lfill, anchor="ms")
                else:
                    c.text(cx + pad, ty, ln, k, pt, lfill if is_label else vfill)
                ty += lh
            cx += w
        y += h
    return y


# ------------------------------------------------------------------ 居住证信息
def permit_info(doc, dpi, rng: random.Random):
    f = doc["fields"]
    lay = doc["layout"]
    c = Canvas(*A4, dpi)
    key = rng.choice(["song", "hei", "yahei", "song2", "ming"])
    lkey = rng.choice([key, "hei", "song_b"])
    pt = rng.choice([10.5, 11, 12])
    title = rng.choice(["上海市居住证信息", "上海市居住证办理信息", "居住证信息查询结果", "上海市居住证签注信息单"])
    c.text(105, 32, title, rng.choice(["song_b", "hei_b"]), 18, INK, anchor="ms", spacing=rng.choice([0, 0.8, 1.5]))
    hk_label = rng.choice(["户籍地址", "常住户口所在地住址", "户籍地详址"])
    id_label = rng.choice(["证件号码", "公民身份号码", "身份证号码"])
    one_cell = rng.random() < 0.55
    vf, vu = _dots(f["valid_from"]), _dots(f["valid_until"])
    iss_label = rng.choice(["签发日期", "签注日期", "发证日期"])
    sex = doc["extra"].get("sex", "")
    permit_no = doc["extra"].get("permit_no", "")
    y = 48
    if lay == "info_grid2":
        rows = [[("姓名", 1), (f["name"], 1)], [(id_label, 1), (f["id_number"], 1)],
                [(hk_label, 1), (_pr(doc, "hukou_address"), 1)], [("居住地址", 1), (f["residence_address"], 1)],
                [(iss_label, 1), (_dots(f["issue_date"]), 1)]]
        if one_cell:
            rows.append([("有效期限", 1), (f"{vf}至{vu}", 1)])
        else:
            rows += [[("有效期限起", 1), (vf, 1)], [("有效期限止", 1), (vu, 1)]]
        rows.append([("签发机关", 1), ("上海市公安局", 1)])
        lw_ = rng.choice([38, 45, 52])
        y = grid(c, 22, y, [lw_, 166 - lw_], rows, key, pt, label_key=lkey, label_cols=(0,),
                 fill_label=rng.choice([None, (238, 238, 238)]), min_h=rng.choice([10, 12, 14]),
                 align_label=rng.choice(["m", "l"]))
    elif lay == "info_grid4":
        rows = [[("姓名", 1), (f["name"], 1), (id_label, 1), (f["id_number"], 1)],
                [(hk_label, 1), (_pr(doc, "hukou_address"), 3)],
                [("居住地址", 1), (f["residence_address"], 3)]]
        if one_cell:
            rows.append([(iss_label, 1), (_dots(f["issue_date"]), 1), ("有效期限", 1), (f"{vf}至{vu}", 1)])
        else:
            rows.append([(iss_label, 1), (_dots(f["issue_date"]), 1), ("签发机关", 1), ("上海市公安局", 1)])
            rows.append([("有效期起", 1), (vf, 1), ("有效期止", 1), (vu, 1)])
        y = grid(c, 16, y, [30, 52, 30, 66], rows, key, pt - 0.5, label_key=lkey, label_cols=(0, 2),
                 fill_label=rng.choice([None, (236, 240, 244)]), min_h=rng.choice([11, 13]))
    else:  # info_list
        x = rng.choice([24, 28, 32])
        lh = rng.choice([11, 12.5, 14])
        items = [("姓　　名", f["name"]), (id_label, f["id_number"]), (hk_label, _pr(doc, "hukou_address")),
                 ("居住地址", f["residence_address"]), (iss_label, _dots(f["issue_date"]))]
        if one_cell:
            items.append(("有效期限", f"{vf}至{vu}"))
        else:
            items += [("有效期自", vf), ("有效期至", vu)]
        items.append(("签发机关", "上海市公安局"))
        colon = rng.choice(["：", "："])
        standalone = rng.random() < 0.5
        for lab, val in items:
            if standalone and len(val) > 16 and "地址" in lab or ("住址" in lab and standalone):
                # label alone on its row, value on the next row, indented
                c.text(x, y, lab + colon, lkey, pt, INK)
                y += lh * 0.8
                y = c.para(x + 12, y, val, key, pt, 150, lead=1.5)
                y += lh * 0.3
            else:
                end = c.text(x, y, lab + colon, lkey, pt, INK)
                lines = c.wrap(val, key, pt, 170 - (end - x) - 5)
                for ln in lines:
                    c.text(end + 2, y, ln, key, pt, INK)
                    y += pt * 25.4 / 72 * 1.5
                y += lh - pt * 25.4 / 72 * 1.5
    office = doc["extra"].get("office", "上海市社区事务受理服务中心")
    y += 18
    c.text(120, y, office, key, pt, INK)
    c.text(120, y + 9, "打印日期：" + ymd_cn(dt.date.fromisoformat(doc["extra"].get("printed", f["issue_date"]))), key, pt - 1, INK)
    seal(c.img, c.p(150), c.p(y + 2), c.p(19), office.replace("上海市", "上海市") + "业务专用章"[:0], "业务专用章",
         rng=rng, color=(210, 35, 40), alpha=0.6)
    c.text(105, 285, "本信息单仅供办理居住证积分等业务使用", key, 8, (90, 90, 90), anchor="ms")
    return c.img


# ------------------------------------------------------------------ 户口簿
def _booklet_bg(c: Canvas, rng):
    tone = rng.choice([(250, 246, 236), (246, 244, 240), (252, 250, 244)])
    c.img.paste(tone, [0, 0, c.img.size[0], c.img.size[1]])


def hh_cover(doc, dpi, rng: random.Random):
    f = doc["fields"]
    hand = doc["layout"] == "booklet_hand"
    c = Canvas(*BOOKLET, dpi)
    _booklet_bg(c, rng)
    frame = (120, 70, 60) if rng.random() < 0.5 else (60, 60, 60)
    lk = rng.choice(["song", "ming", "song2"])
    c.text(50, 13, rng.choice(["户  口  簿", "常住人口登记簿"]), "song_b", 13, frame, anchor="ms", spacing=1.5)
    x0, x1 = 7, 93
    y = 20
    rows = [(20, [("户  别", 17), ("", 26), ("户主姓名", 17), ("", 26)]),
            (20, [("户  号", 17), ("", 26), ("住  址", 17), ("", 26)])]
    # row 1
    vk = rng.choice(["kai2", "wenkai", "kai"]) if hand else rng.choice(["song", "hei", "song2", "ming"])
    vcol = (25, 35, 90) if hand else INK
    def cell(x, y, w, h):
        c.rect(x, y, x + w, y + h, w=0.3, outline=frame)
    # row heights
    h1, h2 = 14, 26
    cell(x0, y, 16, h1); cell(x0 + 16, y, 27, h1); cell(x0 + 43, y, 16, h1); cell(x0 + 59, y, 27, h1)
    c.text(x0 + 8, y + h1 / 2 + 1.3, "户别", lk, 8, frame, anchor="ms", spacing=1)
    c.text(x0 + 51, y + h1 / 2 + 1.3, "户主姓名", lk, 7.5, frame, anchor="ms")
    if hand:
        c.hand(x0 + 17.5, y + h1 / 2 + 1.8, f["household_type"], rng, vk, 8.5, vcol)
        c.hand(x0 + 60.5, y + h1 / 2 + 1.8, f["head_name"], rng, vk, 9.5, vcol)
    else:
        c.text(x0 + 17.5, y + h1 / 2 + 1.3, f["household_type"], vk, 8.5, vcol)
        c.text(x0 + 60.5, y + h1 / 2 + 1.3, f["head_name"], vk, 9, vcol)
    y += h1
    cell(x0, y, 16, h2); cell(x0 + 16, y, 27, h2); cell(x0 + 43, y, 16, h2); cell(x0 + 59, y, 27, h2)
    c.text(x0 + 8, y + h2 / 2 + 1.3, "户号", lk, 8, frame, anchor="ms", spacing=1)
    c.text(x0 + 51, y + h2 / 2 + 1.3, "住址", lk, 8, frame, anchor="ms", spacing=1)
    if hand:
        c.hand(x0 + 17, y + h2 / 2 + 1.8, f["household_number"], rng, vk, 8.5, vcol, spacing=0.05)
    else:
        c.text(x0 + 17.5, y + h2 / 2 + 1.3, f["household_number"], vk, 8.5, vcol)
    addr = _pr(doc, "address")
    lines = c.wrap(addr, vk, 7.6, 24.5)
    ty = y + h2 / 2 - (len(lines) - 1) * 3.6 / 2 + 1.3
    for ln in lines:
        if hand:
            c.hand(x0 + 60.2, ty, ln, rng, vk, 7.6, vcol, jitter=0.6, spacing=0.05)
        else:
            c.text(x0 + 60.2, ty, ln, vk, 7.6, vcol)
        ty += 3.6
    y += h2
    h3 = 34
    cell(x0, y, 43, h3); cell(x0 + 43, y, 43, h3)
    c.text(x0 + 21.5, y + 6, "户口登记机关盖章", lk, 7.5, frame, anchor="ms")
    c.text(x0 + 47, y + 8, "承办人签章：", lk, 7.5, frame)
    c.text(x0 + 47, y + 24, "签发日期：", lk, 7.5, frame)
    iss = dt.date.fromisoformat(f["issue_date"])
    if hand:
        c.hand(x0 + 47, y + 30, ymd_cn(iss), rng, vk, 8, vcol, spacing=0.05)
        c.hand(x0 + 66, y + 8.5, doc["extra"].get("clerk", "王"), rng, vk, 8, vcol)
    else:
        c.text(x0 + 47, y + 30, f"{iss.year}年{iss.month:02d}月{iss.day:02d}日", vk, 8, vcol)
        c.rect(x0 + 66, y + 4.5, x0 + 76, y + 9.5, w=0.3, outline=(200, 40, 40))
        c.text(x0 + 71, y + 8.3, doc["extra"].get("clerk", "王")[:2], "song", 6.5, (200, 40, 40), anchor="ms")
    station = doc["extra"].get("station", "公安局户口专用章")
    seal(c.img, c.p(x0 + 21.5), c.p(y + 20), c.p(12.5), station, "户口专用章", rng=rng, alpha=0.7)
    y += h3
    c.text(50, y + 8, "住 址 变 动 登 记", lk, 8, frame, anchor="ms")
    for k in range(3):
        c.rect(x0, y + 11 + k * 9, x1, y + 20 + k * 9, w=0.25, outline=frame)
    return c.img


MEMBER_ROWS = [
    [("姓名", "name"), ("户主或与户主关系", "relation_to_head")],
    [("曾用名", None), ("性别", "sex")],
    [("出生地", "birthplace"), ("民族", "ethnicity")],
    [("籍贯", "native_place"), ("出生日期", "birth_date")],
    [("本市(县)其他住址", None)],
    [("宗教信仰", None), ("公民身份证件编号", "id_number")],
    [("身高", None), ("血型", None)],
    [("文化程度", "education"), ("婚姻状况", "marital_status")],
    [("兵役状况", None), ("职业", None)],
    [("服务处所", "employer")],
    [("何时由何地迁来本市(县)", None)],
    [("何时由何地迁来本址", None)],
]


def hh_member(doc, dpi, rng: random.Random):
    f = doc["fields"]
    hand = doc["layout"] == "card_hand"
    c = Canvas(*BOOKLET, dpi)
    _booklet_bg(c, rng)
    frame = rng.choice([(120, 70, 60), (60, 60, 60), (40, 70, 120)])
    lab_col = tuple(int(v * 0.7) for v in frame)
    lk = rng.choice(["song", "hei", "song2", "yahei"])
    vk = rng.choice(["kai2", "wenkai", "kai"]) if hand else rng.choice(["song", "hei", "song2", "yahei"])
    vcol = (25, 35, 90) if hand else INK
    c.text(50, 11, "常住人口登记卡", "song_b", 12.5, frame, anchor="ms", spacing=1.6)
    x0 = 5.5
    W = 89
    lw, vw = 16.5, 28
    y = 16
    rh = 8.6
    extra_vals = {"曾用名": "", "宗教信仰": rng.choice(["", "无"]), "身高": f"{rng.randint(155, 185)}",
                  "血型": rng.choice(["", "A", "B", "O", "AB"]), "兵役状况": rng.choice(["", "未服兵役"]),
                  "职业": rng.choice(["", "职员", "工程技术人员", "办事人员"])}
    for row in MEMBER_ROWS:
        h = rh if len(row) == 2 else rh + (1.5 if row[0][0].startswith("何时") else 0)
        if len(row) == 2:
            spans = [(x0, lw), (x0 + lw, vw), (x0 + lw + vw, lw), (x0 + 2 * lw + vw, W - 2 * lw - vw)]
        else:
            spans = [(x0, lw + (10 if row[0][0].startswith("何时") else 0)), (x0 + lw + (10 if row[0][0].startswith("何时") else 0), W - lw - (10 if row[0][0].startswith("何时") else 0))]
        for i, (lab, key) in enumerate(row):
            lx, lwid = spans[2 * i]
            vx, vwid = spans[2 * i + 1]
            c.rect(lx, y, lx + lwid, y + h, w=0.25, outline=frame)
            c.rect(vx, y, vx + vwid, y + h, w=0.25, outline=frame)
            lpt = 6.8 if len(lab) <= 4 else 6.1
            lines = c.wrap(lab, lk, lpt, lwid - 1.0)
            if len(lines) == 2:
                half = (len(lab) + 1) // 2
                lines = [lab[:half], lab[half:]]
            lh_ = lpt * 25.4 / 72 * 1.15
            ty = y + h / 2 - (len(lines) - 1) * lh_ / 2 + lpt * 25.4 / 72 * 0.38
            for ln in lines:
                c.text(lx + lwid / 2, ty, ln, lk, lpt, lab_col, anchor="ms")
                ty += lh_
            if key:
                val = f.get(key)
                if val is None:
                    continue
                if key == "birth_date":
                    b = dt.date.fromisoformat(val)
                    val = rng.choice([f"{b.year}年{b.month}月{b.day}日", f"{b.year}年{b.month:02d}月{b.day:02d}日"]) \
                        if not doc["extra"].get("bfmt") else doc["extra"]["bfmt"]
                    doc["extra"]["bfmt"] = val
            else:
                val = extra_vals.get(lab, "")
            if not val:
                continue
            vpt = 7.4 if key != "id_number" else 7.2
            if key == "name":
                vpt = 8.6
            if key == "id_number":
                while vpt > 5.4 and c.tw(val, vk, vpt) * (1.08 if hand else 1.0) > vwid - 2.4:
                    vpt -= 0.2
            lines = c.wrap(val, vk, vpt, vwid - 2)
            ty = y + h / 2 - (len(lines) - 1) * 3.1 / 2 + 1.1
            for ln in lines[:2]:
                if hand:
                    c.hand(vx + 1.2, ty + 0.2, ln, rng, vk, vpt, vcol, jitter=0.7, spacing=0.02)
                else:
                    c.text(vx + 1.2, ty, ln, vk, vpt, vcol)
                ty += 3.1
        y += h
    # bottom: 承办人签章 / 登记日期
    c.rect(x0, y, x0 + W / 2, y + 15, w=0.25, outline=frame)
    c.rect(x0 + W / 2, y, x0 + W, y + 15, w=0.25, outline=frame)
    c.text(x0 + 2, y + 5, "承办人签章", lk, 6.6, lab_col)
    c.text(x0 + W / 2 + 2, y + 5, "登记日期", lk, 6.6, lab_col)
    rd = dt.date.fromisoformat(f["registration_date"])
    if hand:
        c.hand(x0 + W / 2 + 4, y + 11.5, ymd_cn(rd), rng, vk, 7.6, vcol, spacing=0.05)
    else:
        c.text(x0 + W / 2 + 4, y + 11.5, f"{rd.year}年{rd.month:02d}月{rd.day:02d}日", vk, 7.6, vcol)
    station = doc["extra"].get("station", "公安局户口专用章")
    seal(c.img, c.p(x0 + W / 4 + 3), c.p(y + 4), c.p(12), station, "户口专用章", rng=rng, alpha=0.68)
    return c.img


# ------------------------------------------------------------------ 集体户口
def collective(doc, dpi, rng: random.Random):
    f = doc["fields"]
    e = doc["extra"]
    c = Canvas(*A4, dpi)
    key = rng.choice(["song", "song2", "ming", "hei"])
    pt = rng.choice([12, 12.5, 13])
    station = e["station"]
    b = dt.date.fromisoformat(f["birth_date"]) if f.get("birth_date") else None
    iss = dt.date.fromisoformat(f["issue_date"])
    if doc["layout"] == "letter":
        c.text(105, 45, "户 籍 证 明", "song_b", 22, INK, anchor="ms", spacing=2)
        c.text(170, 58, f"编号：{rng.randint(2026000, 2026999)}", key, 10, INK)
        y = 75
        c.text(25, y, "兹证明：", key, pt, INK)
        y += 12
        sex = e.get("sex", "")
        body = (f"{f['name']}，{sex}，公民身份号码：{f['id_number']}，系我所辖区{e['ctag']}常住人口，"
                f"户籍地址：{f['address']}。")
        y = c.para(25, y, body, key, pt, 160, lead=1.9, indent=8)
        y = c.para(25, y + 4, "其户口登记在本派出所集体户口簿内，户口状态正常。", key, pt, 160, lead=1.9, indent=8)
        y = c.para(25, y + 4, "特此证明。", key, pt, 160, lead=1.9, indent=8)
        c.text(182, y + 40, station, key, pt, INK, anchor="rs")
        c.text(182, y + 52, cn_date(iss) if rng.random() < 0.5 else ymd_cn(iss), key, pt, INK, anchor="rs")
        seal(c.img, c.p(118), c.p(y + 44), c.p(20), doc["extra"].get("bureau", "公安局") + station[-6:], "", rng=rng, alpha=0.7)
        c.text(25, 270, "（本证明自开具之日起三个月内有效）", key, 10, (60, 60, 60))
    else:
        c.text(105, 42, "常住人口登记表（集体户口）", "song_b", 18, INK, anchor="ms")
        c.text(105, 52, "户籍证明", key, 13, INK, anchor="ms", spacing=1)
        rows = [[("姓名", 1), (f["name"], 1), ("性别", 1), (e.get("sex", ""), 1)],
                [("公民身份号码", 1), (f["id_number"], 3)],
                [("户别", 1), ("集体户", 1), ("户口性质", 1), ("非农业", 1)],
                [("住址", 1), (f["address"], 3)],
                [("集体户名称", 1), (e["ctag"].replace("集体户", "集体户口"), 3)],
                [("登记机关", 1), (station, 3)]]
        y = grid(c, 20, 64, [32, 50, 28, 60], rows, key, 11.5, label_cols=(0, 2), min_h=13)
        c.text(130, y + 28, station, key, 12, INK)
        c.text(130, y + 40, "开具日期：" + f"{iss.year}年{iss.month}月{iss.day}日", key, 11, INK)
        seal(c.img, c.p(100), c.p(y + 32), c.p(20), "公安局" + station[-6:], "户口专用章", rng=rng, alpha=0.7)
    return c.img
