"""居民身份证 (both faces), 上海市居住证 card, its A4 information page and the 随申办 screenshot."""
from . import fmt, fonts
from .canvas import Sheet
from .style import INK, LABEL_BLUE, RED, Style, seq


def _date_parts(field, d, di, blue=None, spaces=True, occ=0):
    d = fmt.ymd(d)
    sp = " " if spaces else ""
    bits = [str(d.year), sp + "年" + sp, str(d.month), sp + "月" + sp, str(d.day), sp + "日"]
    out = []
    for k, b in enumerate(bits):
        kw = {"doc": di, "part": k, "occ": occ}
        if blue and k % 2 == 1:
            kw["color"] = blue
        out.append((b, field, kw))
    return out


def id_front(f, di, rng):
    s = Sheet(85.6, 54, bg=(247, 245, 238), kind="card")
    s.pattern(0, 0, 85.6, 54, "guilloche", seed=rng.randrange(1 << 30), color=(214, 226, 232))
    s.pattern(52, 6, 80, 42, "photo", seed=rng.randrange(1 << 30))
    st = Style(rng, label="hei", value="hei")
    lf, vf = st.label, st.value
    ls, vs = 2.6 * st.k, 3.35 * st.k
    s.text(5.5, 6.8, "姓名", lf, ls, color=LABEL_BLUE, role="label", spacing=0.9)
    s.text(15.5, 6.2, f["name"], vf, vs * 1.08, field="name", doc=di)
    s.text(5.5, 13.2, "性别", lf, ls, color=LABEL_BLUE, role="label", spacing=0.9)
    s.text(15.5, 12.8, f["sex"], vf, vs, field="sex", doc=di)
    s.text(25.5, 13.2, "民族", lf, ls, color=LABEL_BLUE, role="label", spacing=0.9)
    s.text(35.5, 12.8, f["ethnicity"], vf, vs, field="ethnicity", doc=di)
    s.text(5.5, 19.6, "出生", lf, ls, color=LABEL_BLUE, role="label", spacing=0.9)
    seq(s, 15.5, 19.2, _date_parts("birth_date", f["birth_date"], di, blue=LABEL_BLUE), vf, vs)
    s.text(5.5, 26.0, "住址", lf, ls, color=LABEL_BLUE, role="label", spacing=0.9)
    s.wrapped(15.5, 25.6, f["address"], vf, vs, rng.uniform(33, 35.5), vs * 1.32, field="address", doc=di)
    s.text(5.5, 46.2, "公民身份号码", lf, ls, color=LABEL_BLUE, role="label", spacing=0.3)
    s.text(26.5, 45.6, f["id_number"], "OCRB", 3.9, field="id_number", doc=di, spacing=0.28)
    return s


def id_back(f, di, rng):
    s = Sheet(85.6, 54, bg=(246, 244, 236), kind="card")
    s.pattern(0, 0, 85.6, 54, "guilloche", seed=rng.randrange(1 << 30), color=(220, 222, 236))
    s.pattern(5, 4.5, 20, 19.5, "emblem")
    st = Style(rng, label="hei", value="hei")
    tf = fonts.pick(rng, "title")
    s.text(26, 6.5, "中华人民共和国", tf, 5.0, spacing=1.0)
    s.text(26, 15.5, "居民身份证", tf, 7.0, spacing=1.8)
    lf, vf = st.label, st.value
    s.text(14, 37.6, "签发机关", lf, 2.6, color=LABEL_BLUE, role="label", spacing=0.5)
    auth = f["issuing_authority"]
    if s.width(auth, vf, 3.3) > 48:
        s.wrapped(30, 37.2, auth, vf, 3.1, 48, 3.8, field="issuing_authority", doc=di)
    else:
        s.text(30, 37.2, auth, vf, 3.3, field="issuing_authority", doc=di)
    s.text(14, 45.0, "有效期限", lf, 2.6, color=LABEL_BLUE, role="label", spacing=0.5)
    until = "长期" if f["valid_until"] == "long_term" else fmt.dot_date(f["valid_until"])
    seq(s, 30, 44.6, [(fmt.dot_date(f["valid_from"]), "valid_from", {"doc": di}), ("-", None),
                      (until, "valid_until", {"doc": di})], vf, 3.3)
    return s


def permit_card_front(f, di, rng, facts):
    s = Sheet(85.6, 54, bg=(232, 241, 246), kind="card")
    s.pattern(0, 0, 85.6, 54, "guilloche", seed=rng.randrange(1 << 30), color=(208, 226, 238))
    s.rect(0, 0, 85.6, 9.5, outline=None, fill=(30, 95, 160))
    tf = fonts.pick(rng, "title")
    s.text(42.8, 2.2, "上海市居住证", tf, 5.0, color=(255, 255, 255), anchor="m", spacing=0.8)
    s.pattern(60, 13, 81, 41, "photo", seed=rng.randrange(1 << 30))
    st = Style(rng, label="hei", value="hei")
    lf, vf = st.label, st.value
    y = 13
    s.text(4, y, "姓名", lf, 2.5, color=(90, 100, 110), role="label")
    s.text(17, y - 0.4, f["name"], vf, 3.5, field="name", doc=di)
    y += 6.5
    s.text(4, y, "公民身份号码", lf, 2.5, color=(90, 100, 110), role="label")
    s.text(4, y + 3.6, f["id_number"], "OCRB", 3.4, field="id_number", doc=di, spacing=0.2)
    y += 10.5
    s.text(4, y, "居住地址", lf, 2.5, color=(90, 100, 110), role="label")
    s.wrapped(17, y - 0.3, f["residence_address"], vf, 2.9, 41, 3.7, field="residence_address", doc=di)
    s.text(4, 44.5, "签发日期", lf, 2.5, color=(90, 100, 110), role="label")
    seq(s, 17, 44.2, _date_parts("issue_date", f["issue_date"], di, spaces=False), vf, 2.9)
    s.text(4, 49.2, "签发机关", lf, 2.5, color=(90, 100, 110), role="label")
    s.text(17, 48.9, "上海市公安局" + facts["permit_office"], vf, 2.9)
    return s


def permit_card_back(f, di, rng):
    s = Sheet(85.6, 54, bg=(236, 242, 246), kind="card")
    s.pattern(6, 16, 19, 26, "chip")
    st = Style(rng, label="hei", value="hei")
    s.text(42.8, 5, "签 注 记 录", st.label, 3.4, anchor="m", spacing=0.4)
    s.line(24, 13, 82, 13, 0.2, (120, 130, 140))
    s.text(24, 16, "有效期限", st.label, 2.6, color=(90, 100, 110), role="label")
    seq(s, 24, 20, [(fmt.dot_date(f["valid_from"]), "valid_from", {"doc": di}), (" — ", None),
                    (fmt.dot_date(f["valid_until"]), "valid_until", {"doc": di})], st.value, 3.2)
    s.line(24, 26, 82, 26, 0.2, (120, 130, 140))
    s.text(24, 29, "签注机关  上海市公安局", st.label, 2.5, color=(90, 100, 110))
    s.pattern(8, 40, 78, 48, "barcode", seed=rng.randrange(1 << 30))
    return s


def permit_info(f, di, rng, facts, variant):
    """A4 居住证信息 page: 'grid4' (four columns), 'grid2', or 'list' (values far right)."""
    s = Sheet(210, 297)
    st = Style(rng, label=rng.choice(["song", "hei"]), value=rng.choice(["song", "hei"]))
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证签注信息单", "居住证办理信息"])
    s.text(105, 24, title, st.title, 7.2 * st.k, anchor="m", spacing=0.5)
    s.text(20, 38, f"打印日期：{fmt.cn_date(facts['permit_print'])}", st.label, 3.3)
    hk_label = rng.choice(["户籍地址", "常住户口所在地住址", "户籍所在地"])
    L, V = st.label, st.value
    ls, vs = 3.6 * st.k, 3.7 * st.k
    valid_one = rng.random() < 0.6
    if variant == "grid4":
        cx = [18, 48, 108, 138, 192]
        y = 46
        rows = []

        def cell_row(h):
            nonlocal y
            rows.append((y, h))
            y += h

        def put(xi, yy, h, text, field=None, font=None, wrapw=None, label=False):
            fnt = font or (L if label else V)
            size = ls if label else vs
            if wrapw and s.width(text, fnt, size) > wrapw:
                lines = s.wrap(text, fnt, size, wrapw)
                y0 = yy + (h - len(lines) * size * 1.35) / 2 + 0.4
                for k, ln in enumerate(lines):
                    s.text(cx[xi] + 2, y0 + k * size * 1.35, ln, fnt, size, field=field, doc=di if field else None,
                           part=k, role="label" if label else None)
            else:
                s.text(cx[xi] + 2, yy + (h - size) / 2, text, fnt, size, field=field, doc=di if field else None,
                       role="label" if label else None)

        h = 11
        put(0, y, h, "姓名", label=True); put(1, y, h, f["name"], "name")
        put(2, y, h, "性别", label=True); put(3, y, h, facts["sex"])
        cell_row(h)
        put(0, y, h, "证件类型", label=True); put(1, y, h, "居民身份证")
        put(2, y, h, "证件号码", label=True); put(3, y, h, f["id_number"], "id_number")
        cell_row(h)
        hh = 16
        put(0, y, hh, hk_label, label=True, wrapw=27); put(1, y, hh, f["hukou_address"], "hukou_address", wrapw=138)
        cell_row(hh)
        put(0, y, hh, "居住地址", label=True); put(1, y, hh, f["residence_address"], "residence_address", wrapw=138)
        cell_row(hh)
        put(0, y, h, "签发日期", label=True); put(1, y, h, fmt.dot_date(f["issue_date"], "-"), "issue_date")
        if valid_one:
            put(2, y, h, "有效期限", label=True)
            seq(s, cx[3] + 2, y + (h - vs) / 2, [(fmt.dot_date(f["valid_from"]), "valid_from", {"doc": di}),
                                                  ("至", None), (fmt.dot_date(f["valid_until"]), "valid_until", {"doc": di})], V, vs * .92)
            cell_row(h)
        else:
            put(2, y, h, "受理点", label=True); put(3, y, h, facts["permit_center"][:-10] + "受理点")
            cell_row(h)
            put(0, y, h, "有效期起", label=True); put(1, y, h, fmt.dot_date(f["valid_from"]), "valid_from")
            put(2, y, h, "有效期止", label=True); put(3, y, h, fmt.dot_date(f["valid_until"]), "valid_until")
            cell_row(h)
        put(0, y, h, "备注", label=True)
        cell_row(h)
        for yy, hh2 in rows:
            s.line(cx[0], yy, cx[-1], yy, 0.3)
        s.line(cx[0], y, cx[-1], y, 0.3)
        for yy, hh2 in rows:
            xs = [cx[0], cx[1], cx[-1]] if hh2 > 11 or yy == rows[-1][0] else cx
            for xx in xs:
                s.line(xx, yy, xx, yy + hh2, 0.3)
        end = y
    else:
        y = 52
        lx, vx = 24, (62 if variant == "grid2" else 186)
        anchor = "l" if variant == "grid2" else "r"
        entries = [("姓名", f["name"], "name"), ("公民身份号码", f["id_number"], "id_number"),
                   (hk_label, f["hukou_address"], "hukou_address"), ("居住地址", f["residence_address"], "residence_address"),
                   ("签发日期", fmt.cn_date(f["issue_date"]), "issue_date")]
        for lab, val, fld in entries:
            s.text(lx, y, lab + ("：" if variant == "list" else ""), L, ls, role="label")
            lines = s.wrap(val, V, vs, 120 if variant == "grid2" else 105)
            for k, ln in enumerate(lines):
                s.text(vx, y + k * vs * 1.4, ln, V, vs, field=fld, doc=di, anchor=anchor,
                       part=k if len(lines) > 1 else None)
            hgt = max(1, len(lines)) * vs * 1.4 + 5
            if variant == "grid2":
                s.rect(lx - 4, y - 3, 196, y + hgt - 2, outline=(60, 60, 60), width=0.25)
                s.line(58, y - 3, 58, y + hgt - 2, 0.25)
            y += hgt + (0 if variant == "grid2" else 3)
        s.text(lx, y, "有效期限" + ("：" if variant == "list" else ""), L, ls, role="label")
        seq(s, vx, y, [(fmt.dot_date(f["valid_from"]), "valid_from", {"doc": di}), ("至", None),
                       (fmt.dot_date(f["valid_until"]), "valid_until", {"doc": di})], V, vs, anchor=anchor)
        if variant == "grid2":
            s.rect(lx - 4, y - 3, 196, y + vs * 1.4 + 3, outline=(60, 60, 60), width=0.25)
            s.line(58, y - 3, 58, y + vs * 1.4 + 3, 0.25)
        y += vs * 1.4 + 8
        s.text(lx, y, "签发机关" + ("：" if variant == "list" else ""), L, ls, role="label")
        s.text(vx, y, "上海市公安局" + facts["permit_office"], V, vs, anchor=anchor)
        end = y + 10
    s.text(112, end + 22, facts["permit_center"], st.label, 3.4)
    s.text(128, end + 30, fmt.cn_date(facts["permit_print"]), st.label, 3.4)
    s.seal(150, end + 24, 17, facts["permit_center"], "业务专用章", color=RED)
    return s


def permit_app(f, di, rng, facts):
    """随申办 电子居住证 screenshot, 1080 x 2340 px: grey labels left, values right-aligned."""
    s = Sheet(1080, 2340, unit="px", bg=(242, 243, 247), kind="screen")
    ui = fonts.pick(rng, "ui")
    s.text(60, 28, f"{rng.randint(8, 21)}:{rng.randint(0, 59):02d}", ui, 38)
    s.text(1020, 28, f"{rng.randint(20, 99)}%", ui, 34, anchor="r")
    s.rect(0, 100, 1080, 240, outline=None, fill=(255, 255, 255))
    s.text(60, 148, "〈", ui, 48)
    s.text(540, 146, rng.choice(["电子居住证", "我的居住证", "居住证"]), ui, 50, anchor="m")
    col = rng.choice([(33, 110, 220), (0, 140, 130), (200, 60, 50)])
    s.rect(40, 280, 1040, 700, outline=None, fill=col, radius=36)
    ban = fonts.pick(rng, rng.choice(["banner", "heibold"]), f["name"])
    s.text(90, 340, f["name"], ban, 92, color=(255, 255, 255), field="name", doc=di)
    s.text(90, 470, "上海市居住证", ui, 44, color=(235, 240, 255))
    s.pattern(780, 330, 990, 540, "qr", seed=rng.randrange(1 << 30))
    s.text(90, 600, "出示时请注意保护个人信息", ui, 32, color=(230, 235, 250))
    s.rect(40, 740, 1040, 1900, outline=None, fill=(255, 255, 255), radius=30)
    vf = fonts.pick(rng, "ui")
    y = 790
    rows = [("证件号码", f["id_number"], "id_number"), (rng.choice(["户籍地址", "常住户口所在地"]), f["hukou_address"], "hukou_address"),
            ("居住地址", f["residence_address"], "residence_address"), ("签发日期", fmt.dot_date(f["issue_date"], "-"), "issue_date")]
    for lab, val, fld in rows:
        s.text(80, y, lab, ui, 40, color=(140, 140, 148), role="label")
        lines = s.wrap(val, vf, 42, 600)
        for k, ln in enumerate(lines):
            s.text(1000, y + k * 60, ln, vf, 42, field=fld, doc=di, anchor="r", part=k if len(lines) > 1 else None)
        y += 60 * len(lines) + 56
        s.line(80, y - 30, 1000, y - 30, 1, (230, 230, 234))
    s.text(80, y, "有效期限", ui, 40, color=(140, 140, 148), role="label")
    seq(s, 1000, y, [(fmt.dot_date(f["valid_from"]), "valid_from", {"doc": di}), ("至", None),
                     (fmt.dot_date(f["valid_until"]), "valid_until", {"doc": di})], vf, 42, anchor="r")
    y += 116
    s.text(80, y, "签发机关", ui, 40, color=(140, 140, 148), role="label")
    s.text(1000, y, "上海市公安局" + facts["permit_office"], vf, 42, anchor="r")
    s.rect(40, 1960, 1040, 2080, outline=None, fill=col, radius=60)
    s.text(540, 1992, "查看签注记录", ui, 44, color=(255, 255, 255), anchor="m")
    return s
