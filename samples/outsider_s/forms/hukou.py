"""户口簿 首页 / 常住人口登记卡 (本人页), the open booklet, and the 集体户口 户籍证明 letter."""
from .. import deco
from ..sheet import Sheet, wrap
from .common import Doc, Page, a4, fmt, nd, show, HAND_FONTS, BLUE_INK

LINE = (120, 90, 80)


def _val(sh, x, y, s, hand, font, size, col):
    sh.text(x, y, s, font, size, col, hand=1.2 if hand else None)


def cover_sheet(w, rng, hand, font, ox=0, sh=None):
    own = sh is None
    sh = sh or Sheet(140, 100, bg=(250, 246, 236))
    X = ox
    col = BLUE_INK if hand else (25, 25, 25)
    sh.text(X + 70, 12, "户 口 簿", "serif_b", 6.5, (60, 40, 30), anchor="m", spacing=1)
    top, x0, x1 = 20, X + 8, X + 132
    rows = [top, top + 13, top + 36, top + 80]
    cols = [x0, x0 + 18, x0 + 62, x0 + 82, x1]
    for y in rows:
        sh.line(x0, y, x1, y, 0.35, LINE)
    for x in (x0, x1):
        sh.line(x, rows[0], x, rows[-1], 0.35, LINE)
    for x in cols[1:4]:
        sh.line(x, rows[0], x, rows[2], 0.35, LINE)
    sh.line(x0 + 62, rows[2], x0 + 62, rows[3], 0.35, LINE)
    lab = lambda x, y, s: sh.text(x, y, s, "song", 3.2, (70, 50, 40), anchor="m")
    lab(x0 + 9, top + 8.5, "户  别")
    lab(x0 + 72, top + 8.5, "户主姓名")
    lab(x0 + 9, top + 25, "户  号")
    lab(x0 + 72, top + 25, "住  址")
    sz = 4.0 if not hand else 4.4
    _val(sh, x0 + 22, top + 9, w.household_type, hand, font, sz, col)
    _val(sh, x0 + 86, top + 9, w.head_name, hand, font, sz, col)
    _val(sh, x0 + 21, top + 26, w.household_number, hand, font if hand else "sans", sz * 0.95, col)
    addr = show(rng, w.hukou_address, 0.2)
    ls = wrap(addr, 46, font, sz * 0.9)
    for i, ln in enumerate(ls[:3]):
        _val(sh, x0 + 84, top + 20 + i * 5.6 - (len(ls) - 2) * 2.2, ln, hand, font, sz * 0.9, col)
    sh.text(x0 + 31, top + 44, "户口登记机关和户口专用章", "song", 2.8, (70, 50, 40), anchor="m")
    sh.text(x0 + 65, top + 60, "承办人签章：", "song", 2.9, (70, 50, 40))
    sh.text(x0 + 90, top + 60, w.name[0] + "".join(rng.sample("国建华明立新平志军", 2)), "kai", 3.6, (40, 40, 40), hand=1.5)
    sh.text(x0 + 65, top + 72, "签发日期：", "song", 2.9, (70, 50, 40))
    _val(sh, x0 + 84, top + 72, fmt(w.cover_issue, rng.choice(["cn", "cn0"])), hand, font, 3.6, col)
    station = w.id_authority.replace("分局", "分局") + rng.choice(["城关派出所", "中心派出所", "北门派出所", "新华派出所"])
    sh.image(x0 + 10, top + 42, x0 + 52, top + 84, deco.seal(rng, station, "户口专用章"), mode="multiply")
    if rng.random() < 0.4:  # seal over the address
        sh.image(x0 + 95, top + 14, x0 + 125, top + 44, deco.seal(rng, station, "户口专用章"), mode="multiply")
    f = {"household_type": w.household_type, "head_name": w.head_name, "household_number": w.household_number,
         "address": w.hukou_address, "issue_date": nd(w.cover_issue)}
    return sh, f


def member_sheet(w, rng, hand, font, ox=0, sh=None):
    sh = sh or Sheet(100, 140, bg=(250, 246, 236))
    X = ox
    col = BLUE_INK if hand else (25, 25, 25)
    sh.text(X + 50, 10, "常住人口登记卡", "serif_b", 5.2, (60, 40, 30), anchor="m", spacing=0.8)
    x0, x1, top = X + 5, X + 95, 15
    lab = lambda x, y, s, sz=2.5: sh.text(x, y, s, "song", sz, (70, 50, 40))
    num = w.id_number
    rows = [
        [("姓名", w.name), ("户主或与户主关系", w.relation)],
        [("曾用名", ""), ("性别", w.sex)],
        [("出生地", w.birthplace), ("民族", w.ethnicity)],
        [("籍贯", w.native_place), ("出生日期", fmt(w.birth, rng.choice(["cn", "cn0"])))],
        [("本市(县)其他住址", "")],
        [("公民身份证件编号", num)],
        [("宗教信仰", ""), ("身高", f"{rng.randint(155, 185)}厘米"), ("血型", rng.choice(["A", "B", "O", "AB", "不明"]))],
        [("文化程度", w.member_education), ("婚姻状况", w.marital), ("兵役状况", rng.choice(["未服兵役", ""]))],
        [("服务处所", w.member_employer), ("职业", rng.choice(["职员", "工程师", "", "技术人员"]))],
        [("何时由何地迁来本市(县)", "")],
        [("何时由何地迁来本址", "")],
    ]
    rh = 8.4
    y = top
    sh.line(x0, y, x1, y, 0.35, LINE)
    for row in rows:
        n = len(row)
        cw = (x1 - x0) / n
        for j, (k, v) in enumerate(row):
            cx = x0 + j * cw
            lw = min(cw * 0.45, 3 + len(k) * 2.5) if n > 1 else 3 + len(k) * 2.5
            if n == 3:
                lw = 12
            sh.line(cx, y, cx, y + rh, 0.35, LINE)
            sh.line(cx + lw, y, cx + lw, y + rh, 0.25, LINE)
            if len(k) * 2.5 > lw - 1:
                half = len(k) // 2 + len(k) % 2
                lab(cx + 1, y + 3.4, k[:half], 2.3)
                lab(cx + 1, y + 7.0, k[half:], 2.3)
            else:
                lab(cx + 1, y + 5.4, k)
            if v:
                vs = 3.0 if len(v) < 14 else 2.4
                if k in ("公民身份证件编号",):
                    vs = 3.2
                _val(sh, cx + lw + 1.2, y + 5.6, v, hand, font if k != "公民身份证件编号" or hand else "sans", vs, col)
        sh.line(x1, y, x1, y + rh, 0.35, LINE)
        y += rh
        sh.line(x0, y, x1, y, 0.35, LINE)
    lab(x0, y + 8, "承办人签章：", 2.6)
    sh.text(x0 + 18, y + 8, rng.choice(["王", "李", "陈", "张"]) + rng.choice(["建华", "立新", "晓明"]), "kai", 3.4, (40, 40, 40), hand=1.5)
    lab(x0 + 45, y + 8, "登记日期：", 2.6)
    _val(sh, x0 + 60, y + 8, fmt(w.member_reg, rng.choice(["cn", "cn0"])), hand, font, 3.0, col)
    station = w.id_authority + rng.choice(["城关派出所", "中心派出所", "北门派出所"])
    sh.image(x0 + 40, y - 32, x0 + 75, y + 3, deco.seal(rng, station, "户口专用章"), mode="multiply")
    f = {"name": w.name, "relation_to_head": w.relation, "sex": w.sex, "birthplace": w.birthplace,
         "ethnicity": w.ethnicity, "native_place": w.native_place, "birth_date": w.birth.isoformat(),
         "id_number": num, "education": w.member_education, "marital_status": w.marital,
         "registration_date": nd(w.member_reg)}
    if w.member_employer:
        f["employer"] = w.member_employer
    return sh, f


def collective(w, rng):
    sh = a4()
    title = rng.choice(["户籍证明", "户 籍 证 明", "常住人口户籍证明"])
    sh.text(105, 45, title, rng.choice(["serif_b", "song", "sans_b"]), 9, (10, 10, 10), anchor="m", spacing=1)
    font = rng.choice(["song", "serif", "ming", "sans"])
    addr = show(rng, w.collective_address, 0.2)
    t1 = (f"兹证明{w.name}，性别{w.sex}，{fmt(w.birth, 'cn')}出生，公民身份号码{w.id_number}，"
          f"其常住户口登记在我所辖区集体户，户籍地址：{addr}。")
    y = sh.para(28, 75, 154, t1, font, 5.0, 2.0, indent=10)
    y = sh.para(28, y + 4, 154, "特此证明。", font, 5.0, 2.0, indent=10)
    y = sh.para(28, y + 8, 154, "（本证明仅用于办理居住证积分等事项，有效期三个月）", font, 3.8, 2.0, (80, 80, 80))
    sh.text(175, y + 40, w.collective_office, font, 5.0, (10, 10, 10), anchor="r")
    sh.text(175, y + 54, fmt(w.collective_issue, rng.choice(["cn", "cn0", "cnnum"])), font, 5.0, (10, 10, 10), anchor="r")
    sh.image(118, y + 18, 168, y + 68, deco.seal(rng, w.collective_office, "户籍专用章"), mode="multiply")
    sh.text(28, y + 90, "经办人：", font, 4.2)
    sh.text(48, y + 90, rng.choice(D_NAMES), "kai", 5, (30, 30, 80), hand=1.4)
    f = {"name": w.name, "id_number": w.id_number, "address": w.collective_address, "issue_date": nd(w.collective_issue)}
    return sh, f


D_NAMES = ["刘海涛", "陈立新", "王建华", "周晓明", "孙丽"]


def draw(w, rng, which, layout):
    hand = rng.random() < 0.45
    font = rng.choice(HAND_FONTS) if hand else rng.choice(["song", "serif", "ming", "sans", "kaim"])
    if which == "collective":
        s, f = collective(w, rng)
        return [Doc("collective_hukou_certificate", "letter", [Page(s, "a4", pdf_ok=True)], f)]
    docs = []
    if layout == "open_booklet" and w.has["member"]:
        sh = Sheet(250, 150, bg=(240, 236, 226))
        sh.rect(3, 3, 123, 147, (200, 190, 170), (250, 246, 236), 0.3)
        sh.rect(127, 3, 247, 147, (200, 190, 170), (250, 246, 236), 0.3)
        sh.line(125, 3, 125, 147, 0.6, (170, 160, 140))
        c_sh = Sheet(140, 100, bg=(250, 246, 236))
        _, fc = cover_sheet(w, rng, hand, font, sh=c_sh)
        m_sh = Sheet(100, 140, bg=(250, 246, 236))
        _, fm = member_sheet(w, rng, hand, font, sh=m_sh)
        sh.image(5, 25, 121, 25 + 116 * 100 / 140, c_sh.to_image(14, rng.randint(0, 999)))
        sh.image(140, 5, 140 + 100, 145, m_sh.to_image(14, rng.randint(0, 999)))
        p = Page(sh, "booklet", note="open_booklet")
        docs.append(Doc("household_register_cover", "open_booklet", [p], fc))
        docs.append(Doc("household_register_member", "open_booklet", [p], fm))
        return docs
    s, fc = cover_sheet(w, rng, hand, font)
    docs.append(Doc("household_register_cover", "booklet_page", [Page(s, "booklet")], fc))
    if w.has["member"]:
        s2, fm = member_sheet(w, rng, hand, font)
        docs.append(Doc("household_register_member", "register_card_" + ("hand" if hand else "typed"), [Page(s2, "booklet")], fm))
    return docs
