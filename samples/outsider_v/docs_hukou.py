"""户口簿 首页, 常住人口登记卡, 集体户口 户籍证明."""
from __future__ import annotations

import datetime as dt

from PIL import Image

from .draw import Page, stamp, guilloche, BLACK
from . import fmt

INK = (28, 36, 96)
FRAME = (120, 70, 60)


def _booklet_page(rng, dpi):
    pg = Page(105, 145, dpi=dpi, bg=(250, 246, 236))
    bg = guilloche(pg.img.width, pg.img.height, rng, tint=(250, 246, 236), lines=(215, 190, 170), n=18)
    pg.img.paste(bg)
    return pg


def _val(pg, box, s, st, rng, hand, size=3.3, align="l", max_lines=3):
    if not s:
        return
    if hand:
        x0, y0, x1, y1 = box
        lines = pg.wrap(s, st["hand"], size * 1.05, x1 - x0 - 3)
        if len(lines) == 1:
            pg.hand(x0 + 1.5, (y0 + y1) / 2 + size * 0.4, s, st["hand"], size * 1.05, rng, ink=INK, max_w=x1 - x0 - 3)
        else:
            lh = min(size * 1.25, (y1 - y0 - 1) / len(lines))
            for i, t in enumerate(lines):
                pg.hand(x0 + 1.5, y0 + 1 + lh * (i + 0.8), t, st["hand"], min(size, lh * 0.85), rng, ink=INK,
                        max_w=x1 - x0 - 3)
    else:
        pg.cell(box, s, st["song"], size, fill=BLACK, align=align, max_lines=max_lines)


def cover(doc, st, rng, dpi=220):
    f, raw = doc["fields"], doc["raw"]
    lay = doc["layout"]
    hand = lay == "cover_hand"
    pg = _booklet_page(rng, dpi)
    lab = st["song"]
    pg.text(52.5, 13, rng.choice(["常住人口登记簿", "户  口  簿", "户主页"]), st["song_bold"], 5.2, FRAME,
            anchor="ms")
    x0, x1 = 7, 98
    addr = raw.get("address") or f["address"]
    date_txt = fmt.date(f["issue_date"], rng.choice(["cn", "cn0"]))
    if lay in ("cover_grid", "cover_hand"):
        ys = [20, 32, 56]
        cols = [x0, 21, 47, 63, x1]
        pg.grid(x0, ys[0], cols, ys, 0.3, FRAME)
        pg.cell((x0, 20, 21, 32), "户别", lab, 3.0, FRAME, align="c")
        _val(pg, (21, 20, 47, 32), f["household_type"], st, rng, hand)
        pg.cell((47, 20, 63, 32), "户主姓名", lab, 2.8, FRAME, align="c", max_lines=2)
        _val(pg, (63, 20, x1, 32), f["head_name"], st, rng, hand)
        pg.cell((x0, 32, 21, 56), "户号", lab, 3.0, FRAME, align="c")
        _val(pg, (21, 32, 47, 56), f["household_number"], st, rng, hand, size=3.2)
        pg.cell((47, 32, 63, 56), "住址", lab, 3.0, FRAME, align="c")
        _val(pg, (63, 32, x1, 56), addr, st, rng, hand, size=3.1, max_lines=5)
        y_seal = 56
    else:  # stacked two columns
        ys = [20, 31, 42, 53, 71]
        cols = [x0, 26, x1]
        pg.grid(x0, ys[0], cols, ys, 0.3, FRAME)
        for (l, v), (a, b) in zip([("户    别", f["household_type"]), ("户主姓名", f["head_name"]),
                                  ("户    号", f["household_number"]), ("住    址", addr)], zip(ys, ys[1:])):
            pg.cell((x0, a, 26, b), l, lab, 3.0, FRAME, align="c")
            _val(pg, (26, a, x1, b), v, st, rng, hand, size=3.4)
        y_seal = 71
    pg.rect(x0, y_seal, x1, 132, 0.3, FRAME)
    pg.line(52.5, y_seal, 52.5, 132, 0.3, FRAME)
    pg.text(29.75, y_seal + 7, "户口登记机关", lab, 3.0, FRAME, anchor="ms")
    pg.text(29.75, y_seal + 12, "户口专用章", lab, 3.0, FRAME, anchor="ms")
    pg.text(75, y_seal + 7, "承办人签章", lab, 3.0, FRAME, anchor="ms")
    sq = Image.new("RGB", (int(pg.px(11)), int(pg.px(11))), (255, 255, 255))
    pg.rect(70, y_seal + 14, 81, y_seal + 25, 0.5, (200, 40, 40))
    pg.text(75.5, y_seal + 21.5, raw.get("clerk", "王敏"), st["kai"], 3.4, (200, 40, 40), anchor="ms")
    pg.text(62, 126, "签发日期", lab, 2.8, FRAME, anchor="ls")
    if hand:
        pg.hand(76, 126, date_txt, st["hand"], 3.2, rng, ink=INK)
    else:
        pg.text(76, 126, date_txt, st["song"], 3.2, BLACK, max_w=22)
    # the seal of the registration office, overlapping the lower cells (and sometimes the address)
    sy = y_seal + rng.uniform(22, 30) if rng.random() < 0.7 else y_seal - rng.uniform(4, 8)
    stamp(pg, rng.uniform(24, 36), sy, 34, raw.get("seal_ring", "公安局派出所"), "户口专用章", st["song"], rng,
          alpha=0.75)
    return pg.img


MEMBER_ROWS = [
    [("姓名", "name"), ("户主或与户主关系", "relation_to_head")],
    [("曾用名", None), ("性别", "sex")],
    [("出生地", "birthplace"), ("民族", "ethnicity")],
    [("籍贯", "native_place"), ("出生日期", "birth_date")],
    [("本市（县）其他住址", None)],
    [("宗教信仰", None), ("公民身份证件编号", "id_number")],
    [("身高", None), ("血型", None)],
    [("文化程度", "education"), ("婚姻状况", "marital_status")],
    [("兵役状况", None), ("服务处所", "employer")],
    [("职业", None)],
    [("何时由何地迁来本市（县）", None)],
    [("何时由何地迁来本址", None)],
]


def member(doc, st, rng, dpi=220):
    f, raw = doc["fields"], doc["raw"]
    lay = doc["layout"]
    hand = lay == "card_hand"
    dense = lay == "card_dense"
    pg = _booklet_page(rng, dpi)
    lab = st["song"]
    pg.text(52.5, 12, "常住人口登记卡", st["song_bold"], 5.0, FRAME, anchor="ms", track=0.6)
    x0, x1 = 6, 99
    y = 17
    rh = 7.6 if not dense else 6.8
    bd = fmt.date(f["birth_date"], rng.choice(["cn0", "cn", "compact"]))
    extra = {"曾用名": "", "身高": f"{rng.randint(152, 186)}厘米" if rng.random() < 0.6 else "", "血型": rng.choice(["", "A", "B", "O", "AB"]),
             "宗教信仰": "", "兵役状况": rng.choice(["", "未服兵役"]), "职业": rng.choice(["", "", "职员", "工程技术人员"]),
             "本市（县）其他住址": "", "何时由何地迁来本市（县）": "", "何时由何地迁来本址": ""}
    if rng.random() < 0.5:
        extra["何时由何地迁来本址"] = f"{rng.randint(2003, 2015)}年{rng.randint(1, 12)}月 由本市迁入"
    for row in MEMBER_ROWS:
        if len(row) == 1:
            segs = [(x0, 40), (40, x1)]
        elif dense:
            segs = [(x0, 20), (20, 52), (52, 70), (70, x1)]
        else:
            segs = [(x0, 22), (22, 51), (51, 71), (71, x1)]
        if row[0][0] == "宗教信仰":
            segs = [(x0, 20), (20, 36), (36, 58), (58, x1)]
        pg.rect(x0, y, x1, y + rh, 0.3, FRAME)
        for k, (l, key) in enumerate(row):
            la, lb = segs[2 * k]
            va, vb = segs[2 * k + 1]
            pg.line(la, y, la, y + rh, 0.3, FRAME)
            pg.line(va, y, va, y + rh, 0.3, FRAME)
            pg.cell((la, y, lb, y + rh), l, lab, 2.5 if len(l) < 6 else 2.2, FRAME, align="c", max_lines=2,
                    pad=0.8)
            if key:
                v = f.get(key)
                if key == "birth_date":
                    v = bd
                if key == "employer":
                    v = raw.get("employer")
                if key == "id_number" and hand:
                    pg.cell((va, y, vb, y + rh), v, st["song"], 3.0, INK, max_lines=1, pad=0.8)
                    continue
                _val(pg, (va, y, vb, y + rh), v, st, rng, hand, size=3.0, max_lines=2)
            else:
                v = extra.get(l, "")
                if v:
                    _val(pg, (va, y, vb, y + rh), v, st, rng, hand, size=2.8, max_lines=2)
        y += rh
    # bottom row: 承办人签章 / 登记日期
    pg.rect(x0, y, x1, y + rh * 1.6, 0.3, FRAME)
    pg.line(26, y, 26, y + rh * 1.6, 0.3, FRAME)
    pg.line(52, y, 52, y + rh * 1.6, 0.3, FRAME)
    pg.line(70, y, 70, y + rh * 1.6, 0.3, FRAME)
    pg.cell((x0, y, 26, y + rh * 1.6), "承办人签章", lab, 2.5, FRAME, align="c")
    pg.text(39, y + rh, raw.get("clerk", "李静"), st["kai"], 3.2, (200, 40, 40), anchor="ms")
    pg.cell((52, y, 70, y + rh * 1.6), "登记日期", lab, 2.5, FRAME, align="c")
    _val(pg, (70, y, x1, y + rh * 1.6), fmt.date(f["registration_date"], rng.choice(["cn", "cn0"])), st, rng, hand,
         size=2.9, max_lines=2)
    # 户口专用章 over the lower cells
    stamp(pg, rng.uniform(30, 70), min(y + rh * 0.4, 132) - rng.uniform(0, 14), 33,
          raw.get("seal_ring", "公安局派出所"), "户口专用章", st["song"], rng, alpha=0.72)
    return pg.img


def collective(doc, st, rng, dpi=200):
    f, raw = doc["fields"], doc["raw"]
    pg = Page(210, 297, dpi=dpi)
    song = st["song"]
    pg.text(105, 45, "户 籍 证 明", st["song_bold"], 8.5, BLACK, anchor="ms")
    pg.text(150, 58, f"编号：{raw.get('no', '')}", song, 3.4, BLACK)
    addr = raw.get("address") or f["address"]
    date_txt = fmt.date(f["issue_date"], rng.choice(["cn", "cn0", "cnnum"]))
    if doc["layout"] == "letter":
        body = (f"兹证明{f['name']}（公民身份号码：{f['id_number']}），现户籍登记在我所辖区集体户，"
                f"户籍地址：{addr}。该同志户籍信息真实有效。")
        tail = "特此证明。"
        _para(pg, 25, 78, 160, body, song, 4.4, rng)
        pg.text(33, 78 + 4.4 * 1.9 * (len(pg.wrap(body, song, 4.4, 150)) + 1.2), tail, song, 4.4, BLACK)
        y_sig = 175
    else:
        pg.text(25, 75, "经查，下列人员户籍登记信息如下：", song, 4.2, BLACK)
        ys = [84, 98, 112, 136]
        pg.grid(25, 84, [25, 62, 185], ys, 0.35)
        for (l, v), (a, b) in zip([("姓    名", f["name"]), ("公民身份号码", f["id_number"]), ("户籍地址", addr)],
                                  zip(ys, ys[1:])):
            pg.cell((25, a, 62, b), l, song, 4.0, align="c")
            pg.cell((62, a, 185, b), v, song, 4.2, max_lines=2)
        pg.text(25, 148, "户别：集体户口。", song, 4.2, BLACK)
        pg.text(25, 158, "特此证明。", song, 4.2, BLACK)
        y_sig = 185
    pg.text(160, y_sig, raw.get("office", "派出所"), song, 4.3, BLACK, anchor="ms", max_w=80)
    pg.text(160, y_sig + 11, date_txt, song, 4.3, BLACK, anchor="ms")
    stamp(pg, 150 + rng.uniform(-8, 8), y_sig + rng.uniform(-3, 6), 40, raw.get("office", "派出所"), "户籍专用章",
          song, rng, alpha=0.8)
    pg.text(25, 270, "（本证明自开具之日起三个月内有效）", song, 3.4, (60, 60, 60))
    return pg.img


def _para(pg, x, y, w, text, spec, size, rng, indent=2, lh=1.9):
    lines = pg.wrap("　" * indent + text, spec, size, w)
    for i, t in enumerate(lines):
        pg.text(x, y + i * size * lh, t, spec, size, BLACK)
    return y + len(lines) * size * lh
