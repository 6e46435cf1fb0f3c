"""户口簿 首页 (户主页), 常住人口登记卡 (本人页), 集体户口 户籍证明."""
from ..canvas import Canvas, wrap, fit, HAND_FONTS
from ..elements import seal, square_seal, signature
from ..layout import A4, paragraph
from ..util import fmt_date, iso, norm, to_fullwidth

BOOK_W, BOOK_H = 283.0, 397.0


def _paper(rng):
    return (rng.randint(246, 253), rng.randint(244, 250), rng.randint(236, 246))


def _cell_text(cv, x0, y0, x1, y1, s, font, size, color=(0, 0, 0), field=None, value=None, align="l", jitter=None,
               one_line=False):
    """write s inside a cell, wrapping; vertically centred"""
    pad = size * 0.35
    size = min(size, (y1 - y0) * 0.6)
    if one_line:
        size = fit(s, font, size, x1 - x0 - 2 * pad)
    lines = wrap(s, font, size, x1 - x0 - 2 * pad)
    while len(lines) * size * 1.25 > (y1 - y0) - pad and size > 4:
        size *= 0.9
        lines = wrap(s, font, size, x1 - x0 - 2 * pad)
    th = len(lines) * size * 1.25
    y = y0 + ((y1 - y0) - th) / 2 + size * 0.95
    for i, ln in enumerate(lines):
        xx = x0 + pad if align == "l" else (x0 + x1) / 2
        dy = jitter.uniform(-0.08, 0.08) * size if jitter else 0
        cv.text(xx, y + i * size * 1.25 + dy, ln, font, size, color, anchor="l" if align == "l" else "m")
    if field:
        cv.log(field, value if value is not None else norm(s))


def cover(d, rng, hand=None):
    W, H = BOOK_W, BOOK_H
    cv = Canvas(W, H, bg=_paper(rng))
    hand = rng.random() < 0.35 if hand is None else hand
    lf = rng.choice(["song", "serif", "ming", "sans"])
    vf = rng.choice(HAND_FONTS) if hand else rng.choice(["song", "sans", "zenhei", "microhei", "serif"])
    vcol = (25, 25, 70) if hand else (10, 10, 10)
    lc = rng.choice([(0, 0, 0), (40, 40, 40), (120, 40, 40)])
    cv.text(W / 2, 46, rng.choice(["常 住 人 口", "户  主  页", "常住人口登记簿"]), rng.choice(["serif_b", "song", "sans_b"]), 17, lc, anchor="m")
    x0, x1 = 24, W - 24
    y = 66
    rh = rng.uniform(36, 44)
    grid4 = rng.random() < 0.65
    lw = 50
    cells = []
    if grid4:
        mid = (x0 + x1) / 2
        rows = [[("户别", d["household_type"], "household_type"), ("户主姓名", d["head_name"], "head_name")],
                [("户号", d["household_number"], "household_number"), None]]
        for r in rows:
            cv.rect(x0, y, x1, y + rh, stroke=lc, width=0.7)
            for j, c in enumerate(r):
                if c is None:
                    continue
                cx0 = x0 if j == 0 else mid
                cv.line(cx0 + lw, y, cx0 + lw, y + rh, width=0.6, color=lc)
                cv.line(mid, y, mid, y + rh, width=0.6, color=lc)
                _cell_text(cv, cx0, y, cx0 + lw, y + rh, c[0], lf, 10, lc, align="m")
                _cell_text(cv, cx0 + lw, y, cx0 + (mid - x0), y + rh, c[1], vf, 11.5, vcol, field=c[2], jitter=rng if hand else None)
            y += rh
        # 住址 across the full width, taller
        ah = rh * 1.5
        cv.rect(x0, y, x1, y + ah, stroke=lc, width=0.7)
        cv.line(x0 + lw, y, x0 + lw, y + ah, width=0.6, color=lc)
        _cell_text(cv, x0, y, x0 + lw, y + ah, "住址", lf, 10, lc, align="m")
        addr_box = (x0 + lw, y, x1, y + ah)
        y += ah
    else:
        for lbl, val, f in [("户别", d["household_type"], "household_type"), ("户主姓名", d["head_name"], "head_name"),
                            ("户号", d["household_number"], "household_number")]:
            cv.rect(x0, y, x1, y + rh, stroke=lc, width=0.7)
            cv.line(x0 + lw + 10, y, x0 + lw + 10, y + rh, width=0.6, color=lc)
            _cell_text(cv, x0, y, x0 + lw + 10, y + rh, lbl, lf, 10, lc, align="m")
            _cell_text(cv, x0 + lw + 10, y, x1, y + rh, val, vf, 11.5, vcol, field=f, jitter=rng if hand else None)
            y += rh
        ah = rh * 1.4
        cv.rect(x0, y, x1, y + ah, stroke=lc, width=0.7)
        cv.line(x0 + lw + 10, y, x0 + lw + 10, y + ah, width=0.6, color=lc)
        _cell_text(cv, x0, y, x0 + lw + 10, y + ah, "住址", lf, 10, lc, align="m")
        addr_box = (x0 + lw + 10, y, x1, y + ah)
        y += ah
    addr = d["address"]
    if rng.random() < 0.4:
        addr = to_fullwidth(addr, digits=rng.random() < 0.5)
    _cell_text(cv, *addr_box, addr, vf, 11.5, vcol, field="address", value=norm(d["address"]), jitter=rng if hand else None)
    # authority box with seal, 承办人签章, 签发日期
    bh = 120
    cv.rect(x0, y, x1, y + bh, stroke=lc, width=0.7)
    mid = x0 + (x1 - x0) * 0.58
    cv.line(mid, y, mid, y + bh, width=0.6, color=lc)
    cv.text(x0 + 8, y + 16, "户口登记机关及印章", lf, 9, lc)
    cv.text(mid + 8, y + 16, "承办人签章", lf, 9, lc)
    square_seal(cv, mid + 30, y + 40, 36, d.get("clerk", "王建国")[:3] + "印", key="kai")
    # the seal may cover the address
    if rng.random() < 0.45:
        sy = addr_box[1] + (addr_box[3] - addr_box[1]) * 0.7
        sx = rng.uniform(x0 + 110, x1 - 70)
    else:
        sy = y + bh * 0.58
        sx = (x0 + mid) / 2
    seal(cv, sx, sy, 44, d["authority"] + "户口专用章", rng=rng, alpha=0.78)
    y += bh
    cv.text(x0 + 4, y + 26, "签发日期", lf, 10, lc)
    dt = d["issue_date"]
    stl = rng.choice(["boxes", "cn", "cn_nz", "cn_sp"])
    if stl == "boxes":
        xx = x0 + 70
        cv.text(xx, y + 26, str(dt.year), vf, 11.5, vcol, field="issue_date", value=iso(dt))
        cv.text(xx + 32, y + 26, "年", lf, 10, lc)
        cv.text(xx + 52, y + 26, str(dt.month), vf, 11.5, vcol)
        cv.text(xx + 70, y + 26, "月", lf, 10, lc)
        cv.text(xx + 90, y + 26, str(dt.day), vf, 11.5, vcol)
        cv.text(xx + 108, y + 26, "日", lf, 10, lc)
    else:
        cv.text(x0 + 70, y + 26, fmt_date(dt, stl), vf, 11.5, vcol, field="issue_date", value=iso(dt))
    return cv


MEMBER_ROWS = [
    [("姓名", "name"), ("户主或与户主关系", "relation_to_head")],
    [("曾用名", "_former"), ("性别", "sex")],
    [("出生地", "birthplace"), ("民族", "ethnicity")],
    [("籍贯", "native_place"), ("出生日期", "birth_date")],
    [("本市（县）其他住址", "_other")],
    [("宗教信仰", "_religion"), ("公民身份证件编号", "id_number")],
    [("身高", "_height"), ("血型", "_blood")],
    [("文化程度", "education"), ("婚姻状况", "marital_status"), ("兵役状况", "_military")],
    [("服务处所", "employer"), ("职业", "_job")],
    [("何时由何地迁来本市（县）", "_moved1")],
    [("何时由何地迁来本址", "_moved2")],
]


def member(d, rng, hand=None):
    W, H = BOOK_W, BOOK_H
    cv = Canvas(W, H, bg=_paper(rng))
    hand = rng.random() < 0.4 if hand is None else hand
    lf = rng.choice(["song", "serif", "ming", "sans"])
    vf = rng.choice(HAND_FONTS) if hand else rng.choice(["song", "sans", "zenhei", "microhei", "serif"])
    vcol = (25, 25, 70) if hand else (10, 10, 10)
    lc = rng.choice([(0, 0, 0), (60, 40, 40), (30, 30, 90)])
    cv.text(W / 2, 36, "常住人口登记卡", rng.choice(["serif_b", "song", "sans_b"]), 15, lc, anchor="m", spacing=0.2)
    x0, x1 = 16, W - 16
    y = 50
    rh = rng.uniform(25, 28.5)
    b = d["birth"]
    bstyle = rng.choice(["cn", "cn_nz", "dot", "compact"])
    vals = {
        "name": d["name"], "relation_to_head": d["relation_to_head"], "_former": "", "sex": d["sex"],
        "birthplace": d["birthplace"], "ethnicity": d["ethnicity"], "native_place": d["native_place"],
        "birth_date": fmt_date(b, bstyle), "_other": "", "_religion": rng.choice(["", "无"]),
        "id_number": d["id_number"], "_height": "%d" % rng.randint(155, 186) if rng.random() < 0.5 else "",
        "_blood": rng.choice(["", "A", "B", "O", "AB"]), "education": d["education"],
        "marital_status": d["marital_status"], "_military": rng.choice(["", "未服兵役"]),
        "employer": d.get("employer") or "", "_job": d.get("job", "") if rng.random() < 0.5 else "",
        "_moved1": "", "_moved2": d.get("moved", ""),
    }
    logv = {"birth_date": iso(b)}
    lab_w_frac = 0.36
    for r in MEMBER_ROWS:
        n = len(r)
        cw = (x1 - x0) / n
        cv.rect(x0, y, x1, y + rh, stroke=lc, width=0.6)
        for j, (lbl, key) in enumerate(r):
            cx0 = x0 + j * cw
            lw = cw * (lab_w_frac if n > 1 else 0.3)
            if n == 3:
                lw = cw * 0.42
            if j:
                cv.line(cx0, y, cx0, y + rh, width=0.6, color=lc)
            cv.line(cx0 + lw, y, cx0 + lw, y + rh, width=0.4, color=lc)
            _cell_text(cv, cx0, y, cx0 + lw, y + rh, lbl, lf, 7.6, lc, align="m")
            v = vals[key]
            if v:
                f = None if key.startswith("_") else key
                _cell_text(cv, cx0 + lw, y, cx0 + cw, y + rh, v, vf if key != "id_number" else (vf if hand else rng.choice(["dejavu_mono", "ocrb", vf])),
                           9.5, vcol, field=f, value=logv.get(key, norm(v)) if f else None, jitter=rng if hand else None,
                           one_line=key == "id_number")
        y += rh
    # 承办人签章 / 登记日期
    cv.rect(x0, y, x1, y + rh * 1.6, stroke=lc, width=0.6)
    cv.text(x0 + 6, y + 14, "承办人签章", lf, 8, lc)
    square_seal(cv, x0 + 62, y + 5, 30, d.get("clerk", "李红梅")[:3] + "印")
    cv.text(x0 + (x1 - x0) * 0.5, y + 14, "登记日期", lf, 8, lc)
    cv.text(x0 + (x1 - x0) * 0.5 + 40, y + 15, fmt_date(d["registration_date"], rng.choice(["cn", "cn_nz", "dot"])),
            vf, 9.5, vcol, field="registration_date", value=iso(d["registration_date"]))
    seal(cv, rng.uniform(x0 + 70, x1 - 70), y - rh * rng.uniform(0.6, 2.4), 42, d["authority"] + "户口专用章", rng=rng, alpha=0.75)
    return cv


def collective_certificate(d, rng):
    cv = Canvas(*A4, bg=(255, 255, 255))
    f = rng.choice(["song", "ming", "serif", "kai", "zenhei"])
    size = rng.uniform(12, 14.5)
    cv.text(A4[0] / 2, 120, rng.choice(["户 籍 证 明", "户籍证明", "常住人口户籍证明"]), rng.choice(["serif_b", "sans_b", "song"]), 22,
            anchor="m", spacing=0.2)
    cv.text(A4[0] - 80, 160, "编号：%s" % d.get("doc_no", "(2026)第0318号"), f, size * 0.85, anchor="r")
    y = 210
    x0, w = 80, A4[0] - 160
    addr = d["address"]
    if rng.random() < 0.4:
        addr = to_fullwidth(addr)
    if rng.random() < 0.5:
        text = ("兹证明%s，性别%s，公民身份号码%s，系%s集体户口常住人口，户籍地址：%s。" %
                (d["name"], d["sex"], d["id_number"], d["unit"], addr))
        y = paragraph(cv, x0, y, w, text, f, size, gap=1.9)
        cv.log("name", d["name"])
        cv.log("id_number", d["id_number"])
        cv.log("address", norm(d["address"]))
        y = paragraph(cv, x0, y + 6, w, "特此证明。", f, size, gap=1.9)
    else:
        y = paragraph(cv, x0, y, w, "经查，下列人员户籍登记信息如下：", f, size, gap=1.9) + 6
        from ..layout import Item, Style, kv_grid
        st = Style(label_font=f, value_font=f, size=size * 0.9)
        items = [Item("姓名", d["name"], "name"), Item("性别", d["sex"]),
                 Item("公民身份号码", d["id_number"], "id_number"), Item("户别", "集体户"),
                 Item("户籍地址", addr, "address", norm(d["address"]))]
        y = kv_grid(cv, x0, y, w, items, st, pairs_per_row=1, label_frac=0.3) + 20
        y = paragraph(cv, x0, y, w, "特此证明。本证明自开具之日起三个月内有效。", f, size, gap=1.9)
    y += 60
    cv.text(A4[0] - 100, y, d["office"], f, size, anchor="r")
    cv.text(A4[0] - 100, y + size * 2.2, fmt_date(d["issue_date"], rng.choice(["cn", "cn_nz", "cn_num"])), f, size, anchor="r",
            field="issue_date", value=iso(d["issue_date"]))
    seal(cv, A4[0] - 150, y - 5, 52, d["office"], "户口专用章" if rng.random() < 0.5 else "", rng=rng)
    cv.text(x0, A4[1] - 90, "（此证明仅证明户籍登记信息）", f, size * 0.8, (80, 80, 80))
    return [cv]
