"""上海市居住证: the card, the A4 information page (grids / lists), the 随申办 e-permit screenshot."""
from .. import deco
from ..sheet import Sheet, wrap, text_width
from .common import Doc, Page, a4, fmt, kv, nd, show
from . import screen


def vals(w):
    return (w.names.get("residence_permit", w.name), w.ids.get("residence_permit", w.id_number))


def card(w, rng):
    name, num = vals(w)
    sh = Sheet(85.6, 54, bg=(236, 244, 248))
    sh.image(0, 0, 85.6, 54, deco.guilloche(rng, 860, 540, (120, 180, 200), 90))
    sh.rect(0, 0, 85.6, 11, None, (40, 110, 170))
    sh.text(6, 7.8, "上海市居住证", "serif_b", 5.0, (255, 255, 255), spacing=1.0)
    sh.text(80, 7.5, "SHANGHAI", "sans_b", 2.4, (220, 235, 250), anchor="r")
    lf, vf = "sans", rng.choice(["sans", "zenhei", "song"])
    y = 17
    for k, v in [("姓名", name), ("公民身份号码", num)]:
        sh.text(5, y, k, lf, 2.2, (60, 90, 120))
        sh.text(5 + 15, y, v, "ocrb" if k != "姓名" else vf, 3.0 if k == "姓名" else 2.8, (10, 10, 10))
        y += 5.2
    sh.text(5, y, "居住地址", lf, 2.2, (60, 90, 120))
    for i, ln in enumerate(wrap(w.residence_address, 40, vf, 2.6)[:2]):
        sh.text(20, y + i * 3.6, ln, vf, 2.6, (10, 10, 10))
    y += 9
    sh.text(5, y, "签发机关", lf, 2.2, (60, 90, 120))
    sh.text(20, y, w.permit_office, vf, 2.6, (10, 10, 10))
    y += 5
    sh.text(5, y, "签发日期", lf, 2.2, (60, 90, 120))
    sh.text(20, y, fmt(w.permit_issue, "cn0"), vf, 2.6, (10, 10, 10))
    y += 5
    sh.text(5, y, "有效期限", lf, 2.2, (60, 90, 120))
    sh.text(20, y, f"{fmt(w.permit_from, 'dot')}-{fmt(w.permit_until, 'dot')}", vf, 2.6, (10, 10, 10))
    sh.image(64, 15, 81, 37, deco.portrait(rng, 170, 220, (250, 250, 250)))
    f = {"name": name, "id_number": num, "residence_address": w.residence_address, "issue_date": nd(w.permit_issue),
         "valid_from": nd(w.permit_from), "valid_until": nd(w.permit_until)}
    return sh, f


def card_back(w, rng):
    sh = Sheet(85.6, 54, bg=(240, 246, 250))
    sh.rect(8, 16, 20, 26, (150, 130, 60), (215, 190, 110), 0.3, radius=1.5)
    sh.line(8, 21, 20, 21, 0.2, (150, 130, 60))
    sh.line(14, 16, 14, 26, 0.2, (150, 130, 60))
    sh.text(42.8, 8, "签 注 信 息", "sans_b", 3.0, (40, 80, 130), anchor="m")
    sh.text(28, 20, "本证须按规定办理签注，逾期未签注的，", "sans", 2.2, (80, 80, 80))
    sh.text(28, 24, "居住证持有人享受的权益自动中止。", "sans", 2.2, (80, 80, 80))
    sh.text(8, 46, "上海市公安局监制", "sans", 2.2, (80, 80, 80))
    return sh


def info_page(w, rng, layout):
    name, num = vals(w)
    sh = a4()
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息", "居住证基本信息"])
    sh.text(105, 30, title, rng.choice(["sans_b", "serif_b", "song"]), 7, (20, 20, 20), anchor="m", spacing=0.5)
    lab_id = rng.choice(["证件号码", "公民身份号码", "身份证号码"])
    lab_hk = rng.choice(["户籍地址", "常住户口所在地住址", "户籍所在地"])
    lab_res = rng.choice(["居住地址", "居住地住址", "现居住地址"])
    lab_iss = rng.choice(["签发日期", "签注日期", "发证日期"])
    df = rng.choice(["cn", "cn0", "dash", "dot"])
    hk = show(rng, w.permit_hukou_address, 0.25)
    items = [("姓名", name), ("性别", w.sex), (lab_id, num), (lab_hk, hk), (lab_res, w.residence_address),
             ("签发机关", w.permit_office), (lab_iss, fmt(w.permit_issue, df))]
    if rng.random() < 0.5:
        sep = rng.choice(["至", "-", " 至 ", "—"])
        items.append(("有效期限", f"{fmt(w.permit_from, df)}{sep}{fmt(w.permit_until, df)}"))
    else:
        items += [("有效期起", fmt(w.permit_from, df)), ("有效期止", fmt(w.permit_until, df))]
    if rng.random() < 0.3:
        items.insert(2, ("居住证类型", "上海市居住证"))
    lf, vf = rng.choice([("sans", "sans"), ("song", "song"), ("sans", "serif"), ("zenhei", "microhei"), ("ming", "ming")])
    size = rng.uniform(3.8, 4.6)
    style = {"grid2": "grid2", "grid4": "grid4", "list": rng.choice(["beside", "right", "below"])}[layout]
    y = kv(sh, rng, items, 22, 50, 166, style, lf, vf, size, lcol=(40, 40, 40) if style.startswith("grid") else (90, 90, 90),
           ruled=rng.random() < 0.5)
    if rng.random() < 0.5:
        sh.text(22, y + 12, "备注：", lf, size, (60, 60, 60))  # label alone in its row
    sh.text(188, 270, f"打印日期：{fmt(w.as_of, 'dash')}", "sans", 3, (90, 90, 90), anchor="r")
    if rng.random() < 0.7:
        sh.image(120, y + 8, 165, y + 53, deco.seal(rng, "上海市公安局人口管理办公室"[:rng.choice([8, 12])] if False else
                                                 w.permit_office + "居住证受理点", "业务专用章"), mode="multiply")
    if rng.random() < 0.6:
        sh.image(0, 0, 210, 297, deco.watermark(rng, 210, 297))
    f = {"name": name, "id_number": num, "hukou_address": w.permit_hukou_address, "residence_address": w.residence_address,
         "issue_date": nd(w.permit_issue), "valid_from": nd(w.permit_from), "valid_until": nd(w.permit_until)}
    return sh, f


def epermit(w, rng):
    name, num = vals(w)
    dark = rng.random() < 0.35
    sc = screen.Screen(rng, dark, title="电子居住证")
    masked = w.masked_apps or ("residence_permit" not in w.ids and rng.random() < 0.5)
    shown = num[:3] + "*" * 11 + num[-4:] if masked else num
    sc.banner(name, "上海市居住证", qr=True)
    rows = [("证件号码", shown), ("户籍地址", w.permit_hukou_address), ("居住地址", w.residence_address),
            ("签发机关", w.permit_office), ("签发日期", fmt(w.permit_issue, "dash")),
            ("有效期限", f"{fmt(w.permit_from, 'dash')}至{fmt(w.permit_until, 'dash')}")]
    sc.card_rows(rows)
    sc.footer_note("本电子证照与实体证照具有同等效力")
    f = {"name": name, "hukou_address": w.permit_hukou_address, "residence_address": w.residence_address,
         "issue_date": nd(w.permit_issue), "valid_from": nd(w.permit_from), "valid_until": nd(w.permit_until)}
    if not masked:
        f["id_number"] = num
    return sc.sheet, f


def draw(w, rng, layout):
    if layout == "card":
        s, f = card(w, rng)
        pages = [Page(s, "card")]
        if rng.random() < 0.5:
            pages.append(Page(card_back(w, rng), "card"))
        return Doc("residence_permit", "card", pages, f)
    if layout == "epermit":
        s, f = epermit(w, rng)
        return Doc("residence_permit", "epermit", [Page(s, "screen")], f)
    if layout == "card+info":
        s1, f1 = card(w, rng)
        s2, f2 = info_page(w, rng, rng.choice(["grid2", "grid4", "list"]))
        f = dict(f1, **f2)
        return Doc("residence_permit", "card+info", [Page(s1, "card"), Page(s2, "a4", pdf_ok=True)], f)
    s, f = info_page(w, rng, layout)
    return Doc("residence_permit", "info_" + layout, [Page(s, "a4", pdf_ok=True)], f)
