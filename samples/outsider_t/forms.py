"""Forms of the tax record, social-insurance record, residence-permit info and 学信网 record: app screenshots,
service-website printouts (chromium), producer PDFs (reportlab / fpdf2), printed-and-scanned copies."""
import datetime as dt
import html as H
import os
import tempfile
from PIL import Image
from . import app, web, pdfs, docs_img
from .draw import cn_date

D = dt.date.fromisoformat
TAX_BUREAU = ["国家税务总局上海市浦东新区税务局", "国家税务总局上海市闵行区税务局", "国家税务总局上海市徐汇区税务局", "国家税务总局上海市静安区税务局"]
ACCENTS = [(30, 110, 220), (215, 60, 50), (20, 150, 120), (40, 90, 200)]


def money(v, sep):
    return f"{float(v):,.2f}" if sep else f"{float(v):.2f}"


def month_range(m, style):
    y, mo = int(m[:4]), int(m[5:])
    import calendar
    last = calendar.monthrange(y, mo)[1]
    if style == 0:
        return f"{y}-{mo:02d}-01至{y}-{mo:02d}-{last}"
    if style == 1:
        return f"{y}.{mo:02d}.01-{y}.{mo:02d}.{last}"
    return f"{y}年{mo:02d}月"


def phone_pick(rng):
    return rng.choice(app.PHONES)


def clock(rng):
    return f"{rng.randint(8, 22)}:{rng.randint(10, 59):02d}"


# ------------------------------------------------------------------ tax
def tax_rows_display(p, rng, sep, payer_style, range_style, code_col=False):
    out = []
    for r in p["tax_rows_drawn"]:
        agent = r["agent_drawn"]
        remark = "扣缴义务人：" + agent
        if payer_style == 1:
            remark = f"扣缴义务人：{r['agent_code']} {agent}"
        elif payer_style == 2:
            remark = f"扣缴义务人：{agent}\n（{r['agent_code']}）"
        out.append(dict(decl=r["decl"], amount=money(r["amount"], sep), paid=r["paid"], item=r["item"],
                        period=month_range(r["period"], range_style), bureau=r["bureau"], remark=remark, agent=agent,
                        income=money(r["income"], sep)))
    return out


def tax_national(pk, p, doc, rng, form):
    """中华人民共和国个人所得税纳税记录 as a PDF from reportlab/fpdf2/chromium; may be printed and scanned."""
    sep = rng.random() < 0.5
    rows = tax_rows_display(p, rng, sep, rng.randint(0, 2), rng.randint(0, 1))
    iss = D(p["tax_issue_date"])
    r0, r1 = p["tax_rows_drawn"][0]["period"], p["tax_rows_drawn"][-1]["period"]
    meta = [[("纳税人名称", p["tax_name"]), ("纳税人识别号", p["tax_id"])],
            [("记录期间", f"{r0[:4]}年{int(r0[5:]):02d}月-{r1[:4]}年{int(r1[5:]):02d}月"), ("开具日期", cn_date(iss, "ymd"))]]
    cols = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
    widths = [10, 10, 10, 11, 16, 19, 24]
    table = [[r["decl"], r["amount"], r["paid"], r["item"], r["period"], r["bureau"], r["remark"]] for r in rows]
    total = sum(float(r["amount"]) for r in p["tax_rows_drawn"])
    foot = [f"金额合计：{money(total, sep)}", f"查询验证码：{rng.randint(10**11, 10**12-1)}",
            "说明：1. 本记录涉及个人敏感信息，请妥善保管。2. 可登录个人所得税App或自然人电子税务局查询验证。",
            "3. 本记录中的税款所属期为纳税人申报的所属期间。"]
    title = "中华人民共和国个人所得税纳税记录"
    sub = "（原《税收完税证明》）" + f"    No.{rng.randint(10**17, 10**18-1)}{rng.randint(10**7, 10**8-1)}"
    name = pk.fname("tax_pdf")
    path = pk.path(name)
    if form == "tax_rl":
        style = dict(font=rng.choice(["MHei", "Song", "ZenHei"]), ruled=rng.random() < 0.6, zebra=rng.random() < 0.4,
                     charwise=rng.random() < 0.4, num_cols=(1,), num_right=rng.random() < 0.7, repeat_head=rng.random() < 0.6,
                     size=rng.choice([7.5, 8, 8.5]), row_lines=rng.random() < 0.5, col_order=rng.random() < 0.35, producer=rng.choice(["ReportLab PDF Library", "个人所得税 iText"]))
        pdfs.table_pdf(path, title, sub, meta, cols, widths, table, foot, rng, style)
        layout = "national_rl_" + ("ruled" if style["ruled"] else "unruled") + ("_zebra" if style["zebra"] else "") + ("_charwise" if style["charwise"] else "") + ("_colorder" if style["col_order"] else "")
    elif form == "tax_fpdf":
        pdfs.fpdf_table(path, title, meta, cols, widths, table, foot, num_cols=(1,))
        layout = "national_fpdf"
    else:  # browser print of the 自然人电子税务局 web page
        hdr = None
        if rng.random() < 0.6:
            hdr = (f"{iss:%Y/%m/%d} {rng.randint(9,17)}:{rng.randint(10,59)}", "自然人电子税务局-纳税记录开具", "https://etax.chinatax.gov.cn/web/wsbs/nsjlkj/preview")
        metah = "".join(f"<div><span>{k}：</span>{H.escape(v)}</div>" for line in meta for k, v in line)
        body = (f"<div class='crumb'>首页 &gt; 查询统计 &gt; 纳税记录开具</div><div class='box'><h1>{title}</h1>"
                f"<div style='text-align:center;font-size:12px;margin-top:-10px;margin-bottom:10px'>{H.escape(sub)}</div>"
                f"<div class='meta'>{metah}</div>" + web.table_html(cols, table, num_cols=(1,), zebra=rng.random() < 0.5) +
                "".join(f"<div class='foot'>{H.escape(f)}</div>" for f in foot) + "</div>")
        font = rng.choice(["WenQuanYi Micro Hei", "Noto Sans CJK SC", "AR PL UMing CN", "WenQuanYi Zen Hei"])
        html = web.doc_html("纳税记录开具", "国家税务总局 自然人电子税务局", body, rng, header=hdr, font=font,
                            repeat_head=rng.random() < 0.6, ruled=rng.random() < 0.7, fs=rng.choice([10, 11]), brand="#b3261e")
        if form == "tax_web_png":
            shot = web.shot_full(html, path[:-4] + ".tmp.png", width=rng.choice([1280, 1366, 1440]))
            im = web.browser_frame(shot, "https://etax.chinatax.gov.cn/web/wsbs/nsjlkj/preview", "纳税记录开具", rng, when=iss)
            pk.img(doc, im, "screenshot", "DESK", "png", capture_name="browser_screenshot")
            doc["layout"] = "national_web_screenshot"
            return
        web.chromium(html, path)
        layout = "national_browser" + ("_hf" if hdr else "")
    if form.endswith("_printed"):
        # printed, then scanned or photographed: pages become images
        imgs = pk.pdf_to_images(path)
        os.remove(path)
        cap = rng.choice(["scan", "photocopy", "photo"])
        if cap == "photo":
            for im in imgs:
                pk.img(doc, im, "photo", "IMG", "jpg")
        else:
            pk.pdf_images([(doc, im) for im in imgs], cap, pk.fname("scanpdf"))
        doc["layout"] = layout + "_printed"
        return
    pk.textpdf(doc, path, "browser_pdf" if "browser" in layout else "text_pdf")
    doc["layout"] = layout


def tax_app(pk, p, doc, rng, form):
    """个人所得税 app: 收入纳税明细 list, several screenshots or one long stitched."""
    phone = phone_pick(rng)
    dark = rng.random() < 0.35
    th = app.Theme(dark, rng.choice(ACCENTS))
    s = phone[0] / 1080
    t = app.Tall(phone[0], s, th)
    t.note(f"纳税人：{app.mask_name(p['name'])}    所得年度：{p['tax_rows_drawn'][-1]['period'][:4]}年" if rng.random() < .5 else "收入合计与已申报税额合计为所选期间内数据")
    sep = rng.random() < 0.5
    rows = list(p["tax_rows_drawn"])
    if rng.random() < 0.7:
        rows = rows[::-1]  # newest first
    for r in rows:
        lines = [f"扣缴义务人：{r['agent_drawn']}", f"收入：{money(r['income'], sep)}元", f"已申报税额：{money(r['amount'], sep)}元", f"申报日期：{r['decl']}"]
        t.row_card(f"{r['item']}", f"{r['period'][:4]}-{r['period'][5:]}", lines)
    t.note("数据来源：扣缴义务人申报。如对数据有异议，可发起申诉。")
    stitched = form == "tax_app_long"
    ims = app.shots(t, phone, th, "收入纳税明细", rng, clock(rng), stitched=stitched, right="筛选")
    via_wechat = rng.random() < 0.35
    for im in ims:
        if via_wechat:
            pk.img(doc, im, "wechat", "WX", "jpg", capture_name="screenshot_wechat")
        else:
            pk.img(doc, im, "screenshot", "SHOT", "png")
    doc["layout"] = ("app_income_list_long" if stitched else "app_income_list") + ("_dark" if dark else "")


def tax_app_record(pk, p, doc, rng, form):
    """个人所得税 app: 纳税记录开具 result shown in the app (name shown, ID masked), one card per row."""
    phone = phone_pick(rng)
    dark = rng.random() < 0.3
    th = app.Theme(dark, rng.choice(ACCENTS))
    s = phone[0] / 1080
    t = app.Tall(phone[0], s, th)
    sep = rng.random() < 0.5
    iss = D(p["tax_issue_date"])
    r0, r1 = p["tax_rows_drawn"][0]["period"], p["tax_rows_drawn"][-1]["period"]
    t.kv_card([("纳税人名称", p["tax_name"]), ("纳税人识别号", app.mask_id(p["tax_id"])), ("记录期间", f"{r0.replace('-', '.')}-{r1.replace('-', '.')}"),
               ("开具日期", f"{iss:%Y-%m-%d}")], head="中华人民共和国个人所得税纳税记录")
    rs = rng.randint(0, 1)
    for r in p["tax_rows_drawn"]:
        t.row_card(month_range(r["period"], rs), money(r["amount"], sep),
                   [f"所得项目：{r['item']}", f"入(退)库日期：{r['paid']}", f"扣缴义务人：{r['agent_drawn']}"])
    t.note("可通过个人所得税App“纳税记录开具”功能验证本记录真伪。")
    ims = app.shots(t, phone, th, "纳税记录开具", rng, clock(rng), right="导出")
    for im in ims:
        pk.img(doc, im, "screenshot", "SHOT", "png")
    doc["fields"] = {k: v for k, v in doc["fields"].items() if k in ("name", "issue_date")}
    doc["layout"] = "app_tax_record" + ("_dark" if dark else "")


def tax_old(pk, p, doc, rng, form):
    """older 纳税清单 paper form, scanned (image only)."""
    im, d = docs_img.a4(1240)
    from .draw import text, F, wrap
    text(d, (620, 120), "个人所得税纳税清单", "song", 48, anchor="mm")
    text(d, (100, 200), f"纳税人名称：{p['tax_name']}", "song", 26)
    text(d, (100, 245), f"身份证照号码：{p['tax_id']}", "song", 26)
    text(d, (760, 245), f"填发日期：{cn_date(D(p['tax_issue_date']), 'ymd')}", "song", 26)
    cols = [("税款所属期", 180), ("扣缴义务人", 430), ("所得项目", 170), ("实缴税额", 170), ("入库日期", 150)]
    y = 300
    x0 = 70
    def row(vals, bold=False):
        nonlocal y
        lines = [wrap(d, v, "song", 24, w - 14) for v, (c, w) in zip(vals, cols)]
        h = max(len(l) for l in lines) * 32 + 16
        x = x0
        for l, (c, w), i in zip(lines, cols, range(9)):
            d.rectangle([x, y, x + w, y + h], outline=(0, 0, 0), width=2)
            yy = y + 8
            for ln in l:
                if i == 3 and not bold:
                    text(d, (x + w - 8, yy), ln, "song", 24, anchor="ra")
                else:
                    text(d, (x + 7, yy), ln, "song", 24)
                yy += 32
            x += w
        y += h
    row([c for c, w in cols], True)
    for r in p["tax_rows_drawn"]:
        row([month_range(r["period"], 2), r["agent_drawn"], r["item"], money(r["amount"], True), r["paid"]])
    text(d, (100, y + 40), "税务机关（盖章）", "song", 28)
    from .draw import seal
    seal(im, 330, y + 120, 120, ring="国家税务总局上海市税务局", center="★", rng=rng)
    pk.img(doc, im, rng.choice(["scan", "photocopy"]), "SCAN", "jpg")
    doc["layout"] = "old_tax_list"


def tax_record(pk, p, doc, rng, form):
    if form == "tax_app_record":
        return tax_app_record(pk, p, doc, rng, form)
    if form.startswith("tax_app"):
        return tax_app(pk, p, doc, rng, form)
    if form == "tax_old":
        return tax_old(pk, p, doc, rng, form)
    return tax_national(pk, p, doc, rng, form)


# ------------------------------------------------------------------ social insurance
def si_table(p, rng, ranges):
    rows = p["si_rows"]
    out = []
    i = 0
    while i < len(rows):
        r = rows[i]
        j = i
        if ranges:
            while j + 1 < len(rows) and rows[j + 1]["employer_drawn"] == r["employer_drawn"] and rows[j + 1]["base"] == r["base"] and rows[j + 1]["back_payment"] == r["back_payment"] and j - i < 5:
                j += 1
        m = r["month"] if j == i else f"{r['month']}至{rows[j]['month']}"
        b = float(r["base"])
        out.append(dict(month=m, employer=r["employer_drawn"], base=f"{b:.2f}", pension=f"{b*0.08:.2f}", medical=f"{b*0.02:.2f}",
                        unemp=f"{b*0.005:.2f}", status="补缴" if r["back_payment"] else "正常"))
        i = j + 1
    return out


def si_record(pk, p, doc, rng, form):
    ranges = form in ("si_rl",) and rng.random() < 0.5
    rows = si_table(p, rng, ranges)
    if form in ("si_app", "si_app_long"):
        phone = phone_pick(rng)
        dark = rng.random() < 0.3
        th = app.Theme(dark, rng.choice(ACCENTS))
        s = phone[0] / 1080
        t = app.Tall(phone[0], s, th)
        t.banner(p["name"], "上海市社会保险 个人缴费记录", (30, 110, 200) if rng.random() < .5 else (220, 80, 40))
        t.kv_card([("证件号码", app.mask_id(p["id_number_drawn"])), ("参保状态", "正常参保" if not p.get("si_stopped") else "暂停缴费")])
        for r in reversed(rows) if rng.random() < .7 else rows:
            t.row_card(r["month"], f"基数 {r['base']}", [f"缴费单位：{r['employer']}", f"养老个人：{r['pension']}  医疗个人：{r['medical']}"], tag=r["status"])
        ims = app.shots(t, phone, th, rng.choice(["社保缴费记录", "个人缴费明细"]), rng, clock(rng), stitched=form == "si_app_long")
        for im in ims:
            if rng.random() < 0.3:
                pk.img(doc, im, "wechat", "WX", "jpg", capture_name="screenshot_wechat")
            else:
                pk.img(doc, im, "screenshot", "SHOT", "png")
        doc["layout"] = "app_si_list" + ("_long" if form == "si_app_long" else "") + ("_dark" if dark else "")
        doc["fields"].pop("id_number", None)
        return
    cols = ["缴费年月", "单位名称", "缴费基数", "养老保险(个人)", "医疗保险(个人)", "失业保险(个人)", "缴费类型"]
    table = [[r["month"], r["employer"], r["base"], r["pension"], r["medical"], r["unemp"], r["status"]] for r in rows]
    qd = D(p["as_of"]) - dt.timedelta(days=rng.randint(1, 6))
    meta = [[("姓名", p["name"]), ("证件号码", p["id_number_drawn"])], [("查询日期", cn_date(qd, "dash")), ("险种", "城镇职工")]]
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）"])
    name = pk.fname("si_pdf")
    path = pk.path(name)
    if form == "si_rl":
        pdfs.table_pdf(path, title, "", meta, cols, [13, 30, 12, 12, 12, 12, 9], table,
                       ["注：缴费类型为“补缴”的月份系补缴记录。本表数据截至查询日。"], rng,
                       dict(font=rng.choice(["MHei", "Song"]), ruled=rng.random() < .5, zebra=rng.random() < .5, num_cols=(2, 3, 4, 5), charwise=rng.random() < .3, size=8,
                            col_order=rng.random() < .3))
        pk.textpdf(doc, path, "text_pdf")
        doc["layout"] = "si_rl" + ("_ranges" if ranges else "")
        return
    hdr = None
    if rng.random() < 0.5:
        hdr = (f"{qd:%Y/%m/%d} 14:{rng.randint(10,59)}", title, "https://zwdt.sh.gov.cn/govPortals/bsfw/item/sbjf")
    body = (f"<div class='crumb'>一网通办 &gt; 个人服务 &gt; 社会保险 &gt; 缴费明细查询</div><div class='box'><h1>{title}</h1>"
            "<div class='meta'>" + "".join(f"<div><span>{k}：</span>{H.escape(v)}</div>" for line in meta for k, v in line) + "</div>"
            + web.table_html(cols, [[c if c != "补缴" else "<span class='bp'>补缴</span>" for c in r] for r in table], num_cols=(2, 3, 4, 5), zebra=rng.random() < .5) +
            "<div class='foot'>温馨提示：以上信息仅供参考，如有疑问请咨询 12333。</div></div>")
    html = web.doc_html(title, "上海市人民政府 一网通办", body, rng, header=hdr, brand="#0f5fb3",
                        font=rng.choice(["WenQuanYi Micro Hei", "Noto Sans CJK SC", "WenQuanYi Zen Hei"]), repeat_head=rng.random() < .5, fs=12)
    if form == "si_web_png":
        shot = web.shot_full(html, path[:-4] + ".tmp.png")
        im = web.browser_frame(shot, "https://zwdt.sh.gov.cn/govPortals/bsfw/item/sbjf", title, rng, when=qd)
        pk.img(doc, im, "screenshot", "DESK", "png", capture_name="browser_screenshot")
        doc["layout"] = "si_web_screenshot"
        return
    web.chromium(html, path)
    if form == "si_web_printed":
        imgs = pk.pdf_to_images(path)
        os.remove(path)
        cap = rng.choice(["photo", "scan"])
        for im in imgs:
            pk.img(doc, im, cap, "IMG" if cap == "photo" else "SCAN", "jpg")
        doc["layout"] = "si_browser_printed"
        return
    pk.textpdf(doc, path, "browser_pdf")
    doc["layout"] = "si_browser" + ("_hf" if hdr else "")


# ------------------------------------------------------------------ residence permit
def permit(pk, p, doc, rng, form):
    if form == "permit_app":
        phone = phone_pick(rng)
        dark = rng.random() < 0.3
        th = app.Theme(dark, (20, 110, 230))
        s = phone[0] / 1080
        t = app.Tall(phone[0], s, th)
        t.banner(p["name_drawn"], "上海市居住证（电子证照）", rng.choice([(22, 100, 210), (0, 130, 180)]))
        vf, vu, iss = D(p["permit_valid_from"]), D(p["permit_valid_until"]), D(p["permit_issue_date"])
        pairs = [("证件号码", app.mask_id(p["id_number_drawn"])), (rng.choice(["户籍地址", "常住户口所在地"]), p["permit_hukou_address"]),
                 ("居住地址", p["residence_address"]), ("签发日期", f"{iss:%Y-%m-%d}"), ("有效期限", f"{vf:%Y.%m.%d}至{vu:%Y.%m.%d}"), ("签发机关", "上海市公安局")]
        t.kv_card(pairs, head="证照信息")
        t.note("本电子证照与实体证照具有同等效力。亮证时请确认本人操作。")
        ims = app.shots(t, phone, th, "电子居住证", rng, clock(rng))
        for im in ims[:1]:
            if rng.random() < 0.4:
                pk.img(doc, im, "wechat", "WX", "jpg", capture_name="screenshot_wechat")
            else:
                pk.img(doc, im, "screenshot", "SHOT", "png")
        doc["fields"].pop("id_number", None)
        doc["layout"] = "app_epermit" + ("_dark" if dark else "")
        return
    if form in ("permit_web", "permit_web_pdf"):
        vf, vu, iss = D(p["permit_valid_from"]), D(p["permit_valid_until"]), D(p["permit_issue_date"])
        cells = [("姓名", p["name_drawn"]), ("证件号码", p["id_number_drawn"]), ("常住户口所在地住址", p["permit_hukou_address"]),
                 ("居住地址", p["residence_address"]), ("签注日期", f"{iss:%Y-%m-%d}"), ("有效期起", f"{vf:%Y-%m-%d}"), ("有效期止", f"{vu:%Y-%m-%d}")]
        grid = "<table style='font-size:15px'>" + "".join(
            f"<tr><th style='width:22%;text-align:left'>{k}</th><td>{H.escape(v)}</td></tr>" for k, v in cells) + "</table>"
        body = f"<div class='crumb'>一网通办 &gt; 我的证照 &gt; 上海市居住证</div><div class='box'><h1>上海市居住证信息</h1>{grid}</div>"
        hdr = None
        if form == "permit_web_pdf" and rng.random() < 0.6:
            hdr = (f"{D(p['as_of']) - dt.timedelta(days=rng.randint(2, 9)):%Y/%m/%d} 10:{rng.randint(10,59)}", "我的证照-一网通办", "https://zwdt.sh.gov.cn/govPortals/personal/license/detail")
        html = web.doc_html("我的证照", "上海市人民政府 一网通办", body, rng, header=hdr, brand="#0f5fb3", font=rng.choice(["WenQuanYi Micro Hei", "Noto Sans CJK SC"]))
        if form == "permit_web_pdf":
            path = pk.path(pk.fname("permit_pdf"))
            web.chromium(html, path)
            pk.textpdf(doc, path, "browser_pdf")
            doc["layout"] = "web_permit_browser_pdf" + ("_hf" if hdr else "")
            return
        shot = web.shot_full(html, pk.path("_tmp_permit.png"), width=1280)
        im = web.browser_frame(shot, "https://zwdt.sh.gov.cn/govPortals/personal/license/detail", "我的证照-一网通办", rng, when=D(p["as_of"]) - dt.timedelta(days=3))
        pk.img(doc, im, "screenshot", "DESK", "png", capture_name="browser_screenshot")
        doc["layout"] = "web_permit_screenshot"
        return
    pages = []
    if form == "permit_card_info":
        card = docs_img.permit_card(p, rng)
        pk.img(doc, card, rng.choice(["photo", "scan"]), "IMG", "jpg", card=True)
        layout = rng.choice(["info_grid2", "info_grid4", "info_list"])
    else:
        layout = form.replace("permit_", "")
    im = docs_img.permit_info(p, rng, layout)
    if p.get("watermark"):
        from .draw import watermark
        watermark(im, color=p["wm_color"])
    cap = rng.choice(["scan", "photocopy", "photo", "scan_grey"])
    pk.img(doc, im, cap, "IMG" if cap == "photo" else "SCAN", "jpg")
    doc["layout"] = ("card+" if form == "permit_card_info" else "") + layout


# ------------------------------------------------------------------ 学信网
def xuexin(pk, p, doc, rng, form):
    e = p["edu"]
    if form == "xuexin_mobile":
        phone = phone_pick(rng)
        th = app.Theme(rng.random() < .3, (30, 140, 110))
        s = phone[0] / 1080
        t = app.Tall(phone[0], s, th)
        t.banner(p["name_drawn"], "学信档案 · 高等教育学历", (25, 140, 110))
        gd = D(e["graduation_date"])
        yrs = 4 if e["level"] == "本科" else 3
        st = gd.replace(year=gd.year - yrs, month=9, day=1)
        t.kv_card([("性别", p["sex"]), ("出生日期", p["birth_date"]), ("学校名称", e["school"]), ("层次", e["level"]), ("专业", e["major"]),
                   ("学制", f"{yrs} 年"), ("学历类别", e["study_mode"] if e["study_mode"] != "普通全日制" else "普通高等教育"), ("学习形式", "普通全日制" if e["study_mode"] == "普通全日制" else e["study_mode"]),
                   ("入学日期", f"{st:%Y年%m月%d日}"), ("毕（结）业日期", f"{gd:%Y年%m月%d日}"), ("毕（结）业", "毕业")], head="学历信息")
        ims = app.shots(t, phone, th, "学信档案", rng, clock(rng))
        for im in ims:
            pk.img(doc, im, "screenshot", "SHOT", "png")
        doc["layout"] = "xuexin_mobile"
        return
    cols = ["项目", "内容"]
    gd = D(e["graduation_date"])
    yrs = 4 if e["level"] == "本科" else 3
    rows = [["姓名", p["name_drawn"]], ["性别", p["sex"]], ["出生日期", cn_date(D(p["birth_date"]), "ymd")], ["入学日期", f"{gd.year-yrs}年09月01日"],
            ["毕（结）业日期", cn_date(gd, "pad")], ["学校名称", e["school"]], ["专业", e["major"]], ["学制", f"{yrs} 年"], ["层次", e["level"]],
            ["学历类别", "普通高等教育" if e["study_mode"] == "普通全日制" else "成人高等教育"], ["学习形式", e["study_mode"]], ["毕（结）业", "毕业"],
            ["证书编号", str(rng.randint(10**17, 10**18 - 1))]]
    path = pk.path(pk.fname("xuexin"))
    pdfs.table_pdf(path, "教育部学历证书电子注册备案表", f"更新日期：{cn_date(D(p['as_of']) - dt.timedelta(days=20), 'ymd')}  在线验证码：{rng.randint(10**15, 10**16-1)}",
                   [], cols, [30, 70], rows, ["学信网 https://www.chsi.com.cn  本备案表的在线验证有效期为自更新日期起的一个月。"], rng,
                   dict(font="MHei", ruled=True, size=11))
    pk.textpdf(doc, path, "text_pdf")
    doc["layout"] = "xuexin_report"
