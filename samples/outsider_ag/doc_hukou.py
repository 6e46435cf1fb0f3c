"""户口簿 首页 (户主页), 常住人口登记卡 (本人页), and the 集体户口 户籍证明 letter."""
from . import fmt, fonts
from .canvas import Sheet
from .style import INK, PEN, RED, Style

BOOK = (250, 246, 234)


def _fw(facts, s):
    return fmt.fullwidth(s) if facts.get("fullwidth") else s


def _cell(s, x0, y0, x1, y1, text, font, size, field=None, di=None, jitter=None, color=INK, label=False, center=False):
    """Write TEXT into the cell, wrapping onto several lines (and shrinking) when needed."""
    if not text:
        return
    pad = 1.2
    w = x1 - x0 - 2 * pad
    sz = size
    lines = s.wrap(text, font, sz, w)
    while len(lines) * sz * 1.25 > (y1 - y0) - 1 and sz > size * 0.6:
        sz *= 0.9
        lines = s.wrap(text, font, sz, w)
    tot = len(lines) * sz * 1.25
    yy = y0 + ((y1 - y0) - tot) / 2 + sz * 0.12
    for k, ln in enumerate(lines):
        if center:
            s.text((x0 + x1) / 2, yy + k * sz * 1.25, ln, font, sz, color=color, anchor="m", field=field,
                   doc=di if field else None, jitter=jitter, role="label" if label else None,
                   part=k if len(lines) > 1 and field else None)
        else:
            s.text(x0 + pad, yy + k * sz * 1.25, ln, font, sz, color=color, field=field, doc=di if field else None,
                   jitter=jitter, role="label" if label else None, part=k if len(lines) > 1 and field else None)


def cover(f, di, rng, facts, variant):
    """variant: grid_wide (address on its own row) | grid_classic (户号 | 住址 side by side) | handfilled."""
    s = Sheet(105, 143, bg=BOOK, kind="booklet")
    s.pattern(0, 0, 105, 143, "guilloche", seed=rng.randrange(1 << 30), color=(236, 228, 214))
    hand = variant == "handfilled" or rng.random() < 0.2
    st = Style(rng, label="song", value="song", hand=hand)
    ink = PEN if hand else INK
    head = rng.choice(["户 口 簿", "居民户口簿", "户 主 页", "常住人口登记簿"])
    s.text(52.5, 9, head, st.title, 6.5, anchor="m", spacing=0.6)
    L, V = st.label, st.value
    x0, x1 = 7, 98
    y = 22
    cols = [x0, 22, 52, 67, x1]
    h = 12
    _cell(s, cols[0], y, cols[1], y + h, "户别", L, 3.0, label=True, center=True)
    _cell(s, cols[1], y, cols[2], y + h, f["household_type"], V, 3.3, "household_type", di, st.jit(), ink)
    _cell(s, cols[2], y, cols[3], y + h, "户主姓名", L, 3.0, label=True, center=True)
    _cell(s, cols[3], y, cols[4], y + h, f["head_name"], V, 3.5, "head_name", di, st.jit(), ink)
    rows = [(y, h, cols)]
    y += h
    addr = _fw(facts, f["address"])
    if variant == "grid_classic":
        h2 = 20
        c2 = [x0, 22, 45, 57, x1]
        _cell(s, c2[0], y, c2[1], y + h2, "户号", L, 3.0, label=True, center=True)
        _cell(s, c2[1], y, c2[2], y + h2, _fw(facts, f["household_number"]), V, 3.1, "household_number", di, st.jit(), ink)
        _cell(s, c2[2], y, c2[3], y + h2, "住址", L, 3.0, label=True, center=True)
        _cell(s, c2[3], y, c2[4], y + h2, addr, V, 3.2, "address", di, st.jit(), ink)
        rows.append((y, h2, c2))
        y += h2
    else:
        _cell(s, cols[0], y, cols[1], y + h, "户号", L, 3.0, label=True, center=True)
        _cell(s, cols[1], y, cols[4], y + h, _fw(facts, f["household_number"]), V, 3.3, "household_number", di, st.jit(), ink)
        rows.append((y, h, [cols[0], cols[1], cols[4]]))
        y += h
        h2 = 20
        _cell(s, cols[0], y, cols[1], y + h2, "住址", L, 3.0, label=True, center=True)
        _cell(s, cols[1], y, cols[4], y + h2, addr, V, 3.4, "address", di, st.jit(), ink)
        rows.append((y, h2, [cols[0], cols[1], cols[4]]))
        y += h2
    h3 = 42
    c3 = [x0, 52, x1]
    s.text(10, y + 3, "户口登记机关", L, 3.0, role="label")
    s.text(10, y + 7.5, "和户口专用章", L, 3.0, role="label")
    s.text(55, y + 3, "承办人签章", L, 3.0, role="label")
    rows.append((y, h3, c3))
    s.seal(31, y + 18 + rng.uniform(-6, 2), 15.5, facts["station"], "户口专用章", color=RED,
           opacity=rng.uniform(0.6, 0.85))
    s.rect(70, y + 14, 82, y + 26, outline=RED, width=0.5)
    s.text(76, y + 17.5, facts["clerk"][:1], fonts.pick(rng, "kai"), 4.5, color=RED, anchor="m")
    y += h3
    h4 = 12
    _cell(s, x0, y, 30, y + h4, "签发日期", L, 3.0, label=True, center=True)
    ds = fmt.cn_date(f["issue_date"], pad=rng.random() < .5)
    _cell(s, 30, y, x1, y + h4, _fw(facts, ds), V, 3.4, "issue_date", di, st.jit(), ink)
    rows.append((y, h4, [x0, 30, x1]))
    y += h4
    for yy, hh, cs in rows:
        s.line(x0, yy, x1, yy, 0.3, (90, 70, 60))
        for xx in cs:
            s.line(xx, yy, xx, yy + hh, 0.3, (90, 70, 60))
    s.line(x0, y, x1, y, 0.3, (90, 70, 60))
    s.text(52.5, 134, facts["booklet_printer"], L, 2.5, anchor="m", color=(110, 90, 80))
    return s


MEMBER_ROWS = [
    [("姓名", 13, None), ("name", 29, None), ("户主或与户主关系", 23, None), ("relation_to_head", 27, None)],
    [("曾用名", 13, None), ("", 29, None), ("性别", 23, None), ("sex", 27, None)],
    [("出生地", 13, None), ("birthplace", 29, None), ("民族", 23, None), ("ethnicity", 27, None)],
    [("籍贯", 13, None), ("native_place", 29, None), ("出生日期", 23, None), ("birth_date", 27, None)],
    [("本市（县）其他住址", 30, None), ("", 62, None)],
    [("宗教信仰", 13, None), ("", 16, None), ("公民身份证件编号", 23, None), ("id_number", 40, None)],
    [("身高", 13, None), ("_height", 16, None), ("血型", 23, None), ("", 40, None)],
    [("文化程度", 13, None), ("education", 17, None), ("婚姻状况", 14, None), ("marital_status", 12, None),
     ("兵役状况", 14, None), ("", 22, None)],
    [("服务处所", 13, None), ("employer", 45, None), ("职业", 10, None), ("_job", 24, None)],
    [("何时由何地迁来本市（县）", 36, None), ("_moved_city", 56, None)],
    [("何时由何地迁来本址", 36, None), ("_moved_addr", 56, None)],
]


def member(f, di, rng, facts, variant):
    """常住人口登记卡: variant card_classic | card_dense | card_hand."""
    s = Sheet(105, 143, bg=BOOK, kind="booklet")
    s.pattern(0, 0, 105, 143, "guilloche", seed=rng.randrange(1 << 30), color=(236, 228, 214))
    hand = variant == "card_hand"
    st = Style(rng, label="song", value="song" if not hand else "song", hand=hand)
    ink = PEN if hand else INK
    s.text(52.5, 7, "常住人口登记卡", st.title, 6.0, anchor="m", spacing=0.8)
    L, V = st.label, st.value
    vals = dict(f)
    vals["_height"] = f"{facts['height']}厘米" if rng.random() < .5 else ""
    vals["_job"] = facts.get("member_job", "")
    vals["_moved_city"] = ""
    vals["_moved_addr"] = ""
    vals["birth_date"] = _fw(facts, fmt.cn_date(f["birth_date"], pad=rng.random() < .5))
    vals["id_number"] = f["id_number"]
    if rng.random() < .35 and f["relation_to_head"] != "户主":
        vals["_moved_addr"] = fmt.cn_date(f["registration_date"]) + "由本县迁来"
    y = 15
    rh = 9.6 if variant != "card_dense" else 8.8
    x0 = 6.5
    for row in MEMBER_ROWS:
        x = x0
        for k, (key, w, _) in enumerate(row):
            is_label = k % 2 == 0
            if is_label:
                _cell(s, x, y, x + w, y + rh, key, L, 2.5 if len(key) < 6 else 2.2, label=True, center=True)
            else:
                v = vals.get(key, "") if key else ""
                fld = key if key and not key.startswith("_") else None
                jit = st.jit()
                font = V
                if key == "id_number" and not hand:
                    font = fonts.pick(rng, "mono", v) if rng.random() < .4 else V
                _cell(s, x, y, x + w, y + rh, v, font, 3.1, fld, di, jit, ink)
            s.line(x, y, x, y + rh, 0.3, (90, 70, 60))
            x += w
        s.line(x, y, x, y + rh, 0.3, (90, 70, 60))
        s.line(x0, y, x, y, 0.3, (90, 70, 60))
        y += rh
    s.line(x0, y, 98.5, y, 0.3, (90, 70, 60))
    y += 3
    s.text(10, y + 3, "承办人签章", L, 2.6, role="label")
    s.rect(34, y + 1, 44, y + 11, outline=RED, width=0.5)
    s.text(39, y + 3.5, facts["clerk"][:1], fonts.pick(rng, "kai"), 4.2, color=RED, anchor="m")
    s.text(55, y + 3, "登记日期", L, 2.6, role="label")
    reg = _fw(facts, fmt.cn_date(f["registration_date"], pad=rng.random() < .5))
    s.text(55, y + 8, reg, V, 3.0, field="registration_date", doc=di, color=ink, jitter=st.jit())
    s.seal(rng.uniform(60, 80), y - rng.uniform(8, 22), 14.5, facts["station"], "户口专用章", color=RED,
           opacity=rng.uniform(0.55, 0.85))
    return s


def collective(f, di, rng, facts):
    s = Sheet(210, 297)
    st = Style(rng, label="song", value="song")
    F = st.value
    s.text(105, 36, rng.choice(["户 籍 证 明", "常住人口户籍证明", "集体户口户籍证明"]), st.title, 8, anchor="m", spacing=1)
    s.text(150, 52, f"编号：{rng.randint(2026000, 2026999)}", F, 3.6)
    y = 66
    segs = [("兹证明", None), (f["name"], "name", {"doc": di}), ("（性别：" + facts["sex"] + "，公民身份号码：", None),
            (f["id_number"], "id_number", {"doc": di}), ("）系我所辖区集体户口常住人口，户籍地址：", None),
            (f["address"], "address", {"doc": di}), ("。", None),
            ("该集体户口由" + facts["collective_holder"] + "管理。", None), ("特此证明。", None)]
    y = s.flow(25, y, 160, segs, F, 4.6, 9.2, indent=9.2)
    s.text(25, y + 6, "（本证明仅用于办理居住证积分，有效期三个月）", F, 3.8)
    s.text(118, y + 40, facts["station"], F, 4.4)
    s.text(128, y + 50, fmt.cn_date(f["issue_date"]), F, 4.4, field="issue_date", doc=di)
    s.seal(146, y + 42, 19, facts["station"], "户口专用章", color=RED)
    s.text(25, y + 70, "经办人：" + facts["clerk"], F, 4.0)
    return s
