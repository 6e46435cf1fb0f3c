"""上海市居住证: information page (A4, grid or list) and the 随申办 电子居住证 screenshot."""
from ..canvas import Canvas, wrap, fit
from ..elements import qr_image, seal
from ..layout import A4, Item, Style, kv_grid, kv_beside, kv_right, kv_below
from ..util import fmt_date, iso, norm, to_fullwidth
from .web import browser_page, phone_screen, app_card, app_rows, home_indicator


def _validity_items(d, rng, one_cell):
    st = rng.choice(["dot", "iso", "cn"])
    a, b = d["valid_from"], d["valid_until"]
    if one_cell:
        sep = rng.choice(["至", "-", " 至 ", "—"])
        return [Item("有效期限", fmt_date(a, st) + sep + fmt_date(b, st), "valid_from", iso(a),
                     extra=[("valid_until", iso(b))])]
    return [Item(rng.choice(["有效期起", "有效期限（起）", "起始日期"]), fmt_date(a, st), "valid_from", iso(a)),
            Item(rng.choice(["有效期止", "有效期限（止）", "截止日期"]), fmt_date(b, st), "valid_until", iso(b))]


def info_page(d, rng, web=False, stamp="", font_pool=None):
    pool = font_pool or ["song", "zenhei", "microhei", "ming", "sans", "serif"]
    if web:
        cv = browser_page(rng, "上海市居住证信息查询", "https://zwdt.sh.gov.cn/govPortals/bsfw/item/jzzxx", 1, 1, stamp)
    else:
        cv = Canvas(*A4)
    lf = rng.choice(pool)
    vf = rng.choice(pool)
    size = rng.uniform(9.5, 12)
    st = Style(label_font=lf, value_font=vf, size=size, shade=rng.choice([None, (235, 240, 245), (240, 240, 240)]),
               colon=rng.choice(["：", ":", ""]))
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息", "上海市居住证 信息页"])
    tf = rng.choice(["serif_b", "sans_b", "zenhei", "song"])
    cv.text(A4[0] / 2, 88, title, tf, size * 1.7, anchor="m", spacing=0.1)
    y = 112
    if rng.random() < 0.7:
        cv.text(60, y, "查询时间：" + fmt_date(d["print_date"], "iso") + " %02d:%02d" % (rng.randint(8, 18), rng.randint(0, 59)),
                vf, size * 0.85, (80, 80, 80))
        y += size * 2
    hk_label = rng.choice(["户籍地址", "常住户口所在地住址", "户籍所在地地址"])
    id_label = rng.choice(["证件号码", "公民身份号码", "身份证号码"])
    hk = d["hukou_address"]
    if rng.random() < 0.5:
        hk = to_fullwidth(hk)
    issue_lbl = rng.choice(["签发日期", "签注日期", "发证日期"])
    arr = d.get("arrangement") or rng.choice(["grid4", "grid2", "list", "right", "below"])
    one_cell = rng.random() < 0.55
    cv.meta["arrangement"] = arr
    items = [Item("姓名", d["name"], "name"), Item("性别", d["sex"]),
             Item("证件类型", "居民身份证"), Item(id_label, d["id_number"], "id_number"),
             Item(hk_label, hk, "hukou_address", norm(d["hukou_address"])),
             Item("居住地址", d["residence_address"], "residence_address", norm(d["residence_address"])),
             Item(issue_lbl, fmt_date(d["issue_date"], rng.choice(["dot", "iso", "cn"])), "issue_date", iso(d["issue_date"]))]
    items += _validity_items(d, rng, one_cell)
    items += [Item("签发机关", d["office"]), Item("联系电话", ""), Item("备注", "")]
    if arr == "grid4":
        spans = {4, 5}
        if one_cell:
            spans.add(7)
        y = kv_grid(cv, 55, y, A4[0] - 110, items, st, pairs_per_row=2, rules=rng.random() < 0.8, spans=spans)
    elif arr == "grid2":
        y = kv_grid(cv, 70, y, A4[0] - 140, items, st, pairs_per_row=1, rules=rng.random() < 0.85,
                    label_frac=rng.uniform(0.25, 0.36))
    elif arr == "list":
        y = kv_beside(cv, 70, y + 10, A4[0] - 140, items, st)
    elif arr == "below":
        st.label_color = (110, 110, 110)
        half = (len(items) + 1) // 2
        y1 = kv_below(cv, 70, y + 10, (A4[0] - 160) / 2, items[:half], st)
        y2 = kv_below(cv, A4[0] / 2 + 10, y + 10, (A4[0] - 160) / 2, items[half:], st)
        y = max(y1, y2)
    else:
        st.label_color = (90, 90, 90)
        y = kv_right(cv, 70, y + 10, A4[0] - 140, items, st, sep=rng.random() < 0.6)
    if not web and rng.random() < 0.7:
        cv.text(A4[0] - 90, y + 60, "上海市公安局人口管理办公室", vf, size * 0.9, anchor="r")
        cv.text(A4[0] - 90, y + 60 + size * 1.8, fmt_date(d["print_date"], "cn_nz"), vf, size * 0.9, anchor="r")
        seal(cv, A4[0] - 160, y + 50, 40, "上海市公安局人口管理办公室", "业务专用章", rng=rng)
    return [cv]


def e_permit(d, rng, dark=False, long=False, masked=None):
    cv, sh = phone_screen(rng, dark=dark, long_factor=1.35 if long else 1.0)
    W = cv.w
    from ..elements import nav_bar
    y = nav_bar(cv, sh, rng.choice(["电子居住证", "我的居住证", "居住证"]), dark=dark)
    # banner with the name in large type
    bx, bw = W * 0.045, W * 0.91
    bh = W * rng.uniform(0.42, 0.5)
    c1 = rng.choice([(36, 99, 200), (18, 132, 120), (196, 60, 48), (58, 84, 160)])
    for i in range(20):
        c = tuple(min(255, int(v + i * 4)) for v in c1)
        cv.rect(bx, y + W * 0.04 + bh * i / 20, bx + bw, y + W * 0.04 + bh * (i + 1) / 20 + 1, fill=c)
    by = y + W * 0.04
    cv.text(bx + W * 0.06, by + bh * 0.22, "上海市居住证", "sans", W * 0.036, (255, 255, 255))
    cv.text(bx + W * 0.06, by + bh * 0.52, d["name"], rng.choice(["sans_b", "smiley", "zenhei"]), W * 0.085, (255, 255, 255),
            field="name", spacing=0.1)
    idn = d["id_number"] if not masked else masked
    cv.text(bx + W * 0.06, by + bh * 0.72, idn, "dejavu", W * 0.036, (235, 240, 255), field="id_number", value=idn)
    q = qr_image(rng, px=6)
    cv.rect(bx + bw - W * 0.27, by + bh * 0.18, bx + bw - W * 0.05, by + bh * 0.18 + W * 0.22, fill=(255, 255, 255), radius=W * 0.01)
    cv.image(q, bx + bw - W * 0.26, by + bh * 0.18 + W * 0.01, bx + bw - W * 0.06, by + bh * 0.18 + W * 0.21)
    cv.text(bx + W * 0.06, by + bh * 0.9, "状态：有效", "sans", W * 0.032, (255, 255, 255))
    y = by + bh + W * 0.04
    cf = rng.choice(["sans", "microhei", "zenhei"])
    items = [Item(rng.choice(["户籍地址", "户籍所在地"]), d["hukou_address"], "hukou_address", norm(d["hukou_address"])),
             Item("居住地址", d["residence_address"], "residence_address", norm(d["residence_address"])),
             Item("签发机关", d["office"]),
             Item(rng.choice(["签注日期", "签发日期"]), fmt_date(d["issue_date"], rng.choice(["iso", "dot", "cn"])), "issue_date",
                  iso(d["issue_date"]))]
    stl = rng.choice(["iso", "dot", "cn"])
    if rng.random() < 0.5:
        items.append(Item("有效期限", fmt_date(d["valid_from"], stl) + "至" + fmt_date(d["valid_until"], stl), "valid_from",
                          iso(d["valid_from"]), extra=[("valid_until", iso(d["valid_until"]))]))
    else:
        items.append(Item("有效期至", fmt_date(d["valid_until"], stl), "valid_until", iso(d["valid_until"])))
        items.insert(3, Item("有效期起", fmt_date(d["valid_from"], stl), "valid_from", iso(d["valid_from"])))
    # measure card height by drawing into a scratch canvas first
    scratch = Canvas(cv.w, cv.h)
    h = app_rows(scratch, W * 0.09, 0, W * 0.82, items, dark=dark, label_font=cf, value_font=cf)
    app_card(cv, W * 0.045, y, W * 0.91, h + W * 0.05, dark=dark)
    cv.text(W * 0.09, y + W * 0.06, "证件信息", "sans_b", W * 0.042, (230, 230, 230) if dark else (20, 20, 20))
    y = app_rows(cv, W * 0.09, y + W * 0.06, W * 0.82, items, dark=dark, label_font=cf, value_font=cf) + W * 0.06
    if long:
        app_card(cv, W * 0.045, y, W * 0.91, W * 0.5, dark=dark)
        cv.text(W * 0.09, y + W * 0.07, "办理记录", "sans_b", W * 0.042, (230, 230, 230) if dark else (20, 20, 20))
        yy = y + W * 0.15
        for (a, b) in d.get("history", [])[-3:]:
            cv.text(W * 0.09, yy, "签注 " + fmt_date(a, "dot"), "sans", W * 0.034, (140, 140, 140))
            cv.text(W * 0.91, yy, "已办结", "sans", W * 0.034, (60, 160, 90), anchor="r")
            yy += W * 0.09
        y += W * 0.55
    cv.text(W / 2, min(cv.h - W * 0.08, y + W * 0.08), "本页面信息仅供参考，以实体证件为准", "sans", W * 0.03, (150, 150, 150), anchor="m")
    home_indicator(cv, dark)
    return [cv]
