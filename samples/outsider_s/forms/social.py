"""社保缴费记录: 上海市社会保险个人缴费情况 table (text PDF or print), or a ranged summary with a 补缴 section."""
from .. import deco
from ..sheet import wrap
from .common import Doc, Page, a4, fmt


def _truth(w):
    return [{"month": f"{r.y}-{r.m:02d}", "employer": r.employer, "base": f"{r.base:.2f}", "back_payment": bool(r.back)}
            for r in w.si_rows]


def monthly(w, rng, name, num):
    lf = rng.choice(["sans", "song", "microhei"])
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险参保人员个人缴费记录", "城镇职工基本养老保险个人缴费明细"])
    rows = list(w.si_rows)
    if rng.random() < 0.4:
        rows = rows[::-1]
    per = rng.choice([14, 18, 24])
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    status_col = rng.random() < 0.6
    pages = []
    for pi, ch in enumerate(chunks, 1):
        s = a4()
        s.text(105, 24, title, "sans_b", 6, anchor="m")
        if pi == 1:
            s.text(16, 38, f"姓名：{name}", lf, 3.8)
            s.text(70, 38, f"{rng.choice(['证件号码', '社会保障号码', '公民身份号码'])}：{num}", lf, 3.8)
            s.text(16, 45, f"查询日期：{fmt(w.as_of, 'dash')}", lf, 3.4, (70, 70, 70))
            s.text(194, 45, "单位：元", lf, 3.2, (70, 70, 70), anchor="r")
        heads = [("缴费年月", 14, 34), ("单位名称", 34, 92), ("缴费基数", 92, 112), ("养老(个人)", 112, 130),
                 ("医疗(个人)", 130, 148), ("失业(个人)", 148, 166), ("缴费类型" if status_col else "备注", 166, 196)]
        y = 52
        for h, a, b in heads:
            s.rect(a, y, b, y + 8, (0, 0, 0), (228, 234, 242), 0.25)
            s.text((a + b) / 2, y + 5.4, h, lf, 2.8, anchor="m")
        y += 8
        for r in ch:
            emp = wrap(r.employer, 56, "sans", 2.6)
            rh = 3.8 * len(emp) + 4
            for h, a, b in heads:
                s.rect(a, y, b, y + rh, (0, 0, 0), None, 0.2)
            mstr = rng.choice([f"{r.y}{r.m:02d}", f"{r.y}-{r.m:02d}", f"{r.y}年{r.m:02d}月"]) if pi == 1 and r is ch[0] else None
            s.text(24, y + 5.2, mstr or w._si_mfmt.format(y=r.y, m=r.m), "sans", 2.7, anchor="m")
            for j, ln in enumerate(emp):
                s.text(35.5, y + 5.2 + j * 3.8, ln, "sans", 2.6)
            s.text(110.5, y + 5.2, f"{r.base:.2f}", "sans", 2.7, anchor="r")
            s.text(128.5, y + 5.2, f"{r.base * 0.08:.2f}", "sans", 2.7, anchor="r")
            s.text(146.5, y + 5.2, f"{r.base * 0.02:.2f}", "sans", 2.7, anchor="r")
            s.text(164.5, y + 5.2, f"{r.base * 0.005:.2f}", "sans", 2.7, anchor="r")
            st = ("补缴" if r.back else "正常") if status_col else ("补缴" if r.back else "")
            s.text(181, y + 5.2, st, "sans", 2.7, anchor="m")
            y += rh
        s.text(105, 287, f"第 {pi} 页，共 {len(chunks)} 页", "sans", 2.8, (90, 90, 90), anchor="m")
        if pi == len(chunks):
            s.text(16, y + 10, "注：本记录仅反映查询时点的缴费情况，补缴记录以实际到账为准。", lf, 2.9, (80, 80, 80))
            s.image(130, y + 6, 175, y + 51, deco.seal(rng, "上海市社会保险事业管理中心", "业务专用章"), mode="multiply")
        pages.append(s)
    return pages


def ranged(w, rng, name, num):
    """consecutive months with the same employer and base in one row; 补缴 months in their own section"""
    lf = rng.choice(["sans", "song", "serif"])
    s = a4()
    s.text(105, 26, "上海市社会保险参保缴费情况", "sans_b", 6.2, anchor="m")
    s.text(16, 42, f"姓名：{name}", lf, 3.8)
    s.text(80, 42, f"证件号码：{num}", lf, 3.8)
    s.text(16, 50, f"打印日期：{fmt(w.as_of, 'cn')}", lf, 3.4, (70, 70, 70))
    groups = []
    for r in w.si_rows:
        if r.back:
            continue
        if groups and groups[-1][2] == r.employer and groups[-1][3] == r.base and \
                (groups[-1][1][0] * 12 + groups[-1][1][1] + 1) == r.y * 12 + r.m:
            groups[-1][1] = (r.y, r.m)
        else:
            groups.append([(r.y, r.m), (r.y, r.m), r.employer, r.base])
    cols = [16, 64, 150, 194]
    y = 58
    for h, a, b in zip(["费款所属期", "缴费单位", "缴费基数"], cols, cols[1:]):
        s.rect(a, y, b, y + 8, (0, 0, 0), (235, 235, 235), 0.3)
        s.text((a + b) / 2, y + 5.5, h, lf, 3.2, anchor="m")
    y += 8
    for a, b, emp, base in groups:
        for x0, x1 in zip(cols, cols[1:]):
            s.rect(x0, y, x1, y + 10, (0, 0, 0), None, 0.3)
        s.text(40, y + 6.6, f"{a[0]}.{a[1]:02d}-{b[0]}.{b[1]:02d}", "sans", 3.0, anchor="m")
        s.text(66, y + 6.6, emp, "sans", 3.0 if len(emp) < 22 else 2.6)
        s.text(190, y + 6.6, f"{base:.2f}", "sans", 3.0, anchor="r")
        y += 10
    backs = [r for r in w.si_rows if r.back]
    if backs:
        y += 10
        s.text(16, y, "补缴记录", "sans_b", 4.0)
        y += 4
        for r in backs:
            for x0, x1 in zip(cols, cols[1:]):
                s.rect(x0, y, x1, y + 9, (0, 0, 0), None, 0.3)
            s.text(40, y + 6, f"{r.y}.{r.m:02d}", "sans", 3.0, anchor="m")
            s.text(66, y + 6, r.employer, "sans", 2.8)
            s.text(190, y + 6, f"{r.base:.2f}", "sans", 3.0, anchor="r")
            y += 9
    s.text(16, y + 12, f"累计缴费月数：{sum(1 for r in w.si_rows if not r.back)}个月", lf, 3.4)
    s.image(125, y + 10, 172, y + 57, deco.seal(rng, "上海市社会保险事业管理中心", "业务专用章"), mode="multiply")
    return [s]


def draw(w, rng, layout):
    name = w.names.get("social_insurance_record", w.name)
    num = w.id_number
    w._si_mfmt = rng.choice(["{y}-{m:02d}", "{y}{m:02d}", "{y}年{m:02d}月", "{y}.{m:02d}"])
    pages = ranged(w, rng, name, num) if layout == "ranged" else monthly(w, rng, name, num)
    return Doc("social_insurance_record", layout, [Page(p, "a4", pdf_ok=True) for p in pages],
               {"name": name, "id_number": num}, _truth(w))
