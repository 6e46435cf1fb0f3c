"""A4 documents drawn on a Surface (image pages or a text-layer PDF)."""
from .surface import wrap
from .common import parse, fmt_date, cn_date, fullwidth

GREY = (90, 90, 90)


def web_chrome(sf, title, url, printed, page_no, total, face="hei"):
    sf.text(8, 7, printed, 7.5, face, GREY)
    sf.text(105, 7, title, 7.5, face, GREY, align="c")
    sf.text(8, 291, url, 7, face, GREY)
    sf.text(202, 291, "%d/%d" % (page_no, total), 7.5, face, GREY, align="r")


def finish_chrome(sf, title, url, printed, face="hei"):
    total = sf.pages
    if sf.kind == "pdf":
        for i in range(1, total + 1):
            sf.pdf.page = i
            web_chrome(sf, title, url, printed, i, total, face)
    else:
        for i, s in enumerate(sf.surfs):
            web_chrome(s, title, url, printed, i + 1, total, face)


def permit_info(doc, sf, rng, v, chrome=None):
    f = doc["fields"]
    face = ["song", "hei", "song2", "hei2"][v % 4]
    sf.new_page()
    title = ["上海市居住证信息", "居住证办理情况查询结果", "《上海市居住证》信息单"][v % 3]
    sf.text(105, 32, title, 17, "heib" if face.startswith("hei") else "songb", align="c")
    hk_lab = ["常住户口所在地住址", "户籍地址"][rng.randrange(2)]
    id_lab = ["公民身份号码", "证件号码"][rng.randrange(2)]
    vf, vu = parse(f["valid_from"]), parse(f["valid_until"])
    ds = ["dash", "dot", "cn"][rng.randrange(3)]
    hk = f["hukou_address"]
    if doc["extra"].get("fw_addr"):
        hk = fullwidth(hk)
    one_cell = rng.random() < 0.5
    items = [("姓名", f["name"]), (id_lab, f["id_number"]), (hk_lab, hk), ("居住地住址" if v % 2 else "居住地址", f["residence_address"]),
             (["签发日期", "签注日期"][rng.randrange(2)], fmt_date(parse(f["issue_date"]), ds))]
    if one_cell:
        items.append(("有效期限", "%s至%s" % (fmt_date(vf, "dot"), fmt_date(vu, "dot"))))
    else:
        items += [("有效期限（起）", fmt_date(vf, ds)), ("有效期限（止）", fmt_date(vu, ds))]
    items.append(("发证机关", doc["extra"]["permit_office"]))
    y = 50
    mode = ["grid2", "grid4", "list"][doc["extra"].get("info_mode", v) % 3]
    if mode == "grid2":
        for lab, val in items:
            lines = wrap(sf, val, 11, face, 118)
            h = 5 + 6 * len(lines)
            sf.rect(25, y, 75, y + h, w=0.3, fill=(242, 242, 242))
            sf.rect(75, y, 195, y + h, w=0.3)
            sf.text(28, y + h / 2 + 1.5, lab, 10.5, face)
            yy = y + h / 2 + 1.5 - 3 * (len(lines) - 1)
            for ln in lines:
                sf.text(78, yy, ln, 11, face)
                yy += 6
            y += h
    elif mode == "grid4":
        short = [it for it in items if len(it[1]) < 20]
        long_ = [it for it in items if len(it[1]) >= 20]
        for i in range(0, len(short), 2):
            pair = short[i:i + 2]
            for j, (lab, val) in enumerate(pair):
                x = 15 + j * 92
                sf.rect(x, y, x + 36, y + 12, w=0.3, fill=(240, 244, 250))
                sf.rect(x + 36, y, x + 92, y + 12, w=0.3)
                sf.text(x + 2, y + 7.5, lab, 9 if len(lab) > 5 else 10, face)
                sf.text(x + 90, y + 7.5, val, 10, face, align="r")
            y += 12
        for lab, val in long_:
            lines = wrap(sf, val, 10.5, face, 140)
            h = 6 + 6 * len(lines)
            sf.rect(15, y, 51, y + h, w=0.3, fill=(240, 244, 250))
            sf.rect(51, y, 199, y + h, w=0.3)
            sf.text(17, y + h / 2 + 1.5, lab, 9 if len(lab) > 5 else 10, face)
            yy = y + 6
            for ln in lines:
                sf.text(54, yy + 1.5, ln, 10.5, face)
                yy += 6
            y += h
    else:
        for lab, val in items:
            sf.text(30, y + 8, lab + "：", 11, face)
            lines = wrap(sf, val, 11, face, 115)
            yy = y + 8
            for ln in lines:
                sf.text(80, yy, ln, 11, face)
                yy += 7
            y = yy + 4
    sf.text(105, y + 20, "（本信息仅供查询参考）", 9, face, GREY, align="c")
    if chrome:
        finish_chrome(sf, *chrome)


def collective(doc, sf, rng, v):
    f = doc["fields"]
    face = ["song", "kai", "song2"][v % 3]
    sf.new_page()
    sf.text(105, 40, "户 籍 证 明", 20, "songb", align="c")
    sf.text(25, 62, "兹证明：", 12, face)
    body = "%s，性别%s，公民身份号码%s，其户口登记在%s（集体户口），户籍地址为%s。" % (
        f["name"], doc["extra"]["sex"], f["id_number"], doc["extra"]["unit"], f["address"])
    y = wrap_para(sf, body, 33, 74, 12, face, 150, 9)
    y = wrap_para(sf, "特此证明。本证明用于办理上海市居住证积分。", 33, y + 4, 12, face, 150, 9)
    sf.text(185, y + 40, doc["extra"]["police"], 12, face, align="r")
    sf.text(185, y + 52, fmt_date(parse(f["issue_date"]), "cn"), 12, face, align="r")
    return (150 / 210, (y + 40) / 297)


def wrap_para(sf, s, x, y, pt, face, width, lh, indent=0):
    first = True
    for ln in wrap(sf, s, pt, face, width - indent):
        sf.text(x + (indent if first else 0), y, ln, pt, face)
        first = False
        y += lh
    return y


CLAUSES = [
    "甲方根据工作需要及乙方的专业特长，安排乙方在{dept}从事{job}岗位工作。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方实行标准工时工作制。乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。甲方因生产经营需要安排乙方加班的，应当依法支付加班工资。",
    "甲方每月{payday}日前以货币形式支付乙方工资，月工资为人民币{salary}元。乙方在试用期内的工资不低于本单位相同岗位最低档工资的百分之八十。",
    "甲方应当依法为乙方办理社会保险手续，并按时足额缴纳社会保险费和住房公积金。乙方个人应缴纳的部分，由甲方从乙方工资中代扣代缴。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品，对乙方进行安全生产教育和培训。",
    "乙方应当遵守甲方依法制定的规章制度，保守甲方的商业秘密。乙方的财产损失由乙方自行承担，甲方另有规定的除外。",
    "经甲乙双方协商一致，可以变更本合同约定的内容。变更劳动合同，应当采用书面形式。",
    "乙方提前三十日以书面形式通知甲方，可以解除本合同。乙方在试用期内提前三日通知甲方，可以解除本合同。",
    "有下列情形之一的，甲方可以解除本合同：（一）乙方在试用期间被证明不符合录用条件的；（二）乙方严重违反甲方规章制度的；（三）乙方严重失职，营私舞弊，给甲方造成重大损害的。",
    "本合同期满或者双方约定的终止条件出现时，本合同即行终止。甲方应当在解除或者终止本合同时出具解除或者终止劳动合同的证明。",
    "甲方依法解除或者终止本合同需向乙方支付经济补偿的，按照《中华人民共和国劳动合同法》的有关规定执行。",
    "因履行本合同发生争议，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动争议仲裁委员会申请仲裁。",
    "乙方享受国家规定的法定节假日、年休假、婚假、产假等假期。乙方患病或者非因工负伤的，享受医疗期待遇。",
    "甲方为乙方提供专项培训费用，对其进行专业技术培训的，可以与乙方订立协议，约定服务期。",
    "本合同未尽事宜，按照国家和本市有关规定执行。国家和本市另有规定的，从其规定。",
    "乙方的个人信息发生变更的，应当及时告知甲方。甲方应当对乙方的个人信息予以保密。",
]


def _ymd_box(d):
    return " %d 年 %d 月 %d 日" % (d.year, d.month, d.day)


def contract(doc, sf, rng, v, n_pages):
    """Labour contract, n_pages pages. Returns the page index (1-based) of the seal page for stamping."""
    f = doc["fields"]
    ex = doc["extra"]
    model = doc["layout"] == "shanghai_model"
    face = ex["face"]
    pt = 11
    lh = 7.6
    start = parse(f["start_date"])
    end = parse(f["end_date"]) if f.get("end_date") else None
    sign = parse(f["signing_date"])
    probation_end = min(start.replace(day=1) if False else start, start)
    from dateutil.relativedelta import relativedelta
    pe = start + relativedelta(months=ex["probation"]) - relativedelta(days=1)
    # page 1
    sf.new_page()
    if model:
        sf.text(105, 60, "劳 动 合 同", 30, "songb", align="c")
        sf.text(105, 78, "（上海市劳动合同示范文本）", 12, face, align="c")
        y = 150
        sf.text(45, y, "甲方（用人单位）名称：", 13, face)
        sf.text(100, y - 1, f["employer"], 13, ex["fill_face"], ex["fill_col"])
        sf.line(99, y + 2, 190, y + 2, w=0.3)
        y += 18
        sf.text(45, y, "乙方（劳动者）姓名：", 13, face)
        sf.text(100, y - 1, f["employee_name"], 13, ex["fill_face"], ex["fill_col"])
        sf.line(99, y + 2, 190, y + 2, w=0.3)
        y += 18
        sf.text(45, y, "签订日期：", 13, face)
        sf.text(100, y - 1, _ymd_box(sign), 13, ex["fill_face"], ex["fill_col"])
        sf.line(99, y + 2, 190, y + 2, w=0.3)
        sf.text(105, 260, "上海市人力资源和社会保障局制", 11, face, align="c")
        pno = 1
        sf.new_page()
        y = 28
        sf.text(25, y, "甲方（用人单位）", 12, "heib")
        y += lh + 1
        for lab, val in (("名称：", f["employer"]), ("法定代表人：", ex["legal_rep"]), ("住所：", ex["co_addr"])):
            sf.text(30, y, lab, pt, face)
            sf.text(58, y, val, pt, ex["fill_face"], ex["fill_col"])
            sf.line(57, y + 1.5, 190, y + 1.5, w=0.2)
            y += lh + 1
        y += 3
        sf.text(25, y, "乙方（劳动者）", 12, "heib")
        y += lh + 1
        for lab, val in (("姓名：", f["employee_name"]), ("公民身份号码：", f["employee_id_number"]), ("户籍地址：", ex["hukou_addr"]), ("联系电话：", ex["phone"])):
            sf.text(30, y, lab, pt, face)
            sf.text(62, y, val, pt, ex["fill_face"], ex["fill_col"])
            sf.line(61, y + 1.5, 190, y + 1.5, w=0.2)
            y += lh + 1
        y += 4
        y = wrap_para(sf, "根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。", 25, y, pt, face, 160, lh, 8)
        y += 3
        sf.text(25, y, "一、劳动合同期限", 12, "heib")
        y += lh + 1
        sf.text(30, y, "第一条  本合同类型为（选择一项）：", pt, face)
        y += lh + 1
        fixed = not f["open_ended"]
        box = lambda on: "☑" if on else "□"
        sf.text(33, y, "%s 固定期限：" % box(fixed), pt, "hei2")
        if fixed:
            sf.text(60, y, "自%s起至%s止。" % (_ymd_box(start), _ymd_box(end)), pt, ex["fill_face"], ex["fill_col"])
        else:
            sf.text(60, y, "自    年   月   日起至    年   月   日止。", pt, face)
        y += lh + 1
        sf.text(33, y, "%s 无固定期限：" % box(not fixed), pt, "hei2")
        if not fixed:
            sf.text(62, y, "自%s起。" % _ymd_box(start), pt, ex["fill_face"], ex["fill_col"])
        else:
            sf.text(62, y, "自    年   月   日起。", pt, face)
        y += lh + 1
        sf.text(33, y, "□ 以完成一定工作任务为期限：自    年   月   日起至工作任务完成时止。", pt, "hei2")
        y += lh + 2
        sf.text(30, y, "第二条  试用期自%s起至%s止。" % (_ymd_box(start), _ymd_box(pe)), pt, face)
        y += lh + 2
    else:
        sf.text(105, 30, ex["title"], 20, "heib", align="c")
        sf.text(190, 40, "合同编号：%s" % ex["contract_no"], 9, face, align="r")
        y = 50
        rows = [("甲方", "名称", f["employer"]), ("", "法定代表人", ex["legal_rep"]), ("", "地址", ex["co_addr"]),
                ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]), ("", "住址", ex["sh_addr"])]
        for a, b, c in rows:
            sf.rect(20, y, 40, y + 10, w=0.3)
            sf.rect(40, y, 75, y + 10, w=0.3)
            sf.rect(75, y, 190, y + 10, w=0.3)
            sf.text(30, y + 6.5, a, pt, "heib", align="c")
            sf.text(42, y + 6.5, b, pt, face)
            sf.text(77, y + 6.5, c, pt if len(c) < 26 else 9.5, ex["fill_face"])
            y += 10
        y += 8
        y = wrap_para(sf, "甲乙双方根据国家和上海市有关法律、法规，在平等自愿、协商一致的基础上签订本合同。", 20, y, pt, face, 170, lh, 8)
        y += 2
        sf.text(20, y, "第一条  合同期限", 12, "heib")
        y += lh + 1
        if f["open_ended"]:
            s = "本合同为无固定期限劳动合同，自%s起生效。" % fmt_date(start, ex["ds"])
        elif ex.get("term_words"):
            s = "本合同期限%s，自%s起至%s止。" % (ex["term_words"], fmt_date(start, ex["ds"]), fmt_date(end, ex["ds"]))
        else:
            s = "本合同为固定期限劳动合同，合同期自%s起至%s止。" % (fmt_date(start, ex["ds"]), fmt_date(end, ex["ds"]))
        y = wrap_para(sf, s, 20, y, pt, face, 170, lh, 8)
        y = wrap_para(sf, "其中试用期%d个月，自%s起至%s止。" % (ex["probation"], fmt_date(start, ex["ds"]), fmt_date(pe, ex["ds"])), 20, y, pt, face, 170, lh, 8)
        y += 2
    # filler pages
    ci = rng.randrange(len(CLAUSES))
    art = [3]
    fill = dict(dept=ex["dept"], job=ex["job"], payday=ex["payday"], salary=ex["salary"])

    def fill_until(y):
        nonlocal ci
        while y < 250:
            c = CLAUSES[ci % len(CLAUSES)].format(**fill)
            ci += 1
            y = wrap_para(sf, "第%d条  %s" % (art[0], c), 25 if model else 20, y, pt, face, 160 if model else 170, lh, 0)
            y += 3
            art[0] += 1
        return y

    y = fill_until(y)
    extra = n_pages - (3 if model else 2)
    for _ in range(max(0, extra)):
        sf.new_page()
        y = fill_until(28)
    art = art[0]
    # signature page
    sf.new_page()
    y = 40
    y = wrap_para(sf, "第%d条  本合同一式两份，甲乙双方各执一份，经甲乙双方签字（盖章）后生效。" % art, 25, y, pt, face, 160, lh)
    y += 30
    sf.text(25, y, "甲方（盖章）：", 12, face)
    sf.text(115, y, "乙方（签字）：", 12, face)
    sf.text(145, y + 2, f["employee_name"], 16, "kai", (20, 20, 90))
    y += 22
    sf.text(25, y, "法定代表人或委托代理人：", 12, face)
    sf.text(80, y + 2, ex["legal_rep"], 14, "kai", (20, 20, 90))
    y += 25
    sf.text(25, y, "签订日期：%s" % fmt_date(sign, "cnsp"), 12, face)
    sf.text(115, y, "签订日期：%s" % fmt_date(sign, "cnsp"), 12, face)
    if ex.get("page_numbers"):
        tot = sf.pages
        if sf.kind == "pdf":
            for i in range(1, tot + 1):
                sf.pdf.page = i
                sf.text(105, 287, "第 %d 页 共 %d 页" % (i, tot), 9, face, align="c")
        else:
            for i, s in enumerate(sf.surfs):
                s.text(105, 287, "第 %d 页 共 %d 页" % (i + 1, tot), 9, face, align="c")
    return (60 / 210, (y - 40) / 297)


def _period_text(p, style):
    y, m = int(p[:4]), int(p[5:])
    import calendar
    last = calendar.monthrange(y, m)[1]
    if style == 0:
        return "%d-%02d-01至%d-%02d-%02d" % (y, m, y, m, last)
    if style == 1:
        return "%d.%02d.01-%d.%02d.%02d" % (y, m, y, m, last)
    return "%d-%02d" % (y, m)


def tax_national(doc, sf, rng, v, chrome=None):
    f = doc["fields"]
    ex = doc["extra"]
    face = ["song", "hei", "song2"][v % 3]
    ruled = ex.get("ruled", True)
    rows = sorted(doc["rows"], key=lambda r: (r["period"], r.get("item", "")))
    pstyle = ex.get("pstyle", 0)
    cols = [("申报日期", 22), ("实缴(退)金额", 20), ("入(退)库日期", 22), ("所得项目", 24), ("税款所属期", 30), ("入库税务机关", 32), ("备注", 40)]
    x0 = 5
    per_page = ex.get("per_page", 9)
    pages = [rows[i:i + per_page] for i in range(0, len(rows), per_page)] or [[]]

    def header_block(y):
        sf.text(105, y, "中华人民共和国", 15, "songb", align="c")
        sf.text(105, y + 9, "个人所得税纳税记录", 18, "songb", align="c")
        sf.text(105, y + 16, "（原《税收完税证明》）", 10, face, align="c")
        sf.text(190, y + 24, "No. %s" % ex["serial"], 9, face, align="r")
        y += 32
        sf.text(10, y, "纳税人名称：%s" % f["name"], 10, face)
        sf.text(110, y, "纳税人识别号：%s" % f["id_number"], 10, face)
        y += 7
        sf.text(10, y, "记录期间：%s" % ex["period_text"], 10, face)
        sf.text(110, y, "开具日期：%s" % fmt_date(parse(f["issue_date"]), ex.get("ids", "cn")), 10, face)
        return y + 5

    def table_head(y):
        x = x0
        for name, w in cols:
            if ruled:
                sf.rect(x, y, x + w, y + 9, w=0.25, fill=(235, 235, 235))
            sf.text(x + w / 2, y + 6, name, 8.5, "hei", align="c")
            x += w
        if not ruled:
            sf.line(x0, y + 9.5, x0 + sum(w for _, w in cols), y + 9.5, w=0.4)
        return y + 9

    for pi, chunk in enumerate(pages):
        sf.new_page()
        y = 22
        if pi == 0:
            y = header_block(y)
            y = table_head(y)
        elif ex.get("repeat_header", True):
            y = table_head(y)
        for r in chunk:
            agent = r["withholding_agent"]
            code = ex["codes"].get(agent, "")
            if ex.get("agent_code") == "before":
                remark = "扣缴义务人：%s %s" % (code, agent)
            elif ex.get("agent_code") == "after":
                remark = "扣缴义务人：%s（%s）" % (agent, code)
            else:
                remark = "扣缴义务人：%s" % agent
            decl = parse(r["period"] + "-01")
            import datetime as _dt
            nm = (decl.replace(day=28) + _dt.timedelta(days=5)).replace(day=rng.randint(3, 14))
            cells = [fmt_date(nm, "dash"), r["amount"], fmt_date(nm, "dash"), r.get("item", "工资薪金所得"),
                     _period_text(r["period"], pstyle), ex["bureau"], remark]
            wrapped = []
            for c, (_, w) in zip(cells, cols):
                if ("至" in c or (c.count("-") == 2 and "." in c)) and sf.width(c, 7.5, face) > w - 2:
                    sepc = "至" if "至" in c else "-"
                    a, b = c.split(sepc, 1) if sepc == "至" else (c[:10], c[11:])
                    wrapped.append([a + sepc, b])
                else:
                    wrapped.append(wrap(sf, c, 7.5, face, w - 2))
            nl = max(len(c) for c in wrapped)
            h = 4 + 4 * nl
            x = x0
            for cl, (_, w) in zip(wrapped, cols):
                if ruled:
                    sf.rect(x, y, x + w, y + h, w=0.2)
                yy = y + h / 2 - 2 * (len(cl) - 1) + 1.3
                for ln in cl:
                    sf.text(x + 1, yy, ln, 7.5, face)
                    yy += 4
                x += w
            y += h
        if pi == len(pages) - 1:
            y += 8
            tot = sum(float(r["amount"]) for r in rows)
            sf.text(10, y, "金额合计（小写）：¥%.2f" % tot, 9.5, face)
            y += 10
            sf.text(10, y, "说明：1. 本记录涉及纳税人敏感信息，不得扩散。2. 可通过个人所得税App或自然人电子税务局验证。", 7.5, face, GREY)
            y += 6
            sf.text(10, y, "查询验证码：%s" % ex["verify"], 8.5, face)
    if chrome:
        finish_chrome(sf, *chrome)


def tax_list_old(doc, sf, rng, v):
    """older 纳税清单 with a 扣缴义务人 column"""
    f = doc["fields"]
    ex = doc["extra"]
    face = ["song", "song2", "ming"][v % 3]
    rows = sorted(doc["rows"], key=lambda r: r["period"])
    sf.new_page()
    sf.text(105, 30, "个人所得税纳税清单", 18, "songb", align="c")
    sf.text(20, 45, "纳税人姓名：%s" % f["name"], 10.5, face)
    sf.text(105, 45, "身份证照类型：居民身份证", 10.5, face)
    sf.text(20, 53, "身份证照号码：%s" % f["id_number"], 10.5, face)
    sf.text(105, 53, "填发日期：%s" % fmt_date(parse(f["issue_date"]), "cn"), 10.5, face)
    cols = [("序号", 12), ("税款所属期", 35), ("扣缴义务人", 62), ("所得项目", 28), ("实缴税额", 28)]
    y = 62
    x = 15
    for n, w in cols:
        sf.rect(x, y, x + w, y + 9, w=0.3)
        sf.text(x + w / 2, y + 6, n, 9.5, "hei", align="c")
        x += w
    y += 9
    for i, r in enumerate(rows):
        cells = [str(i + 1), _period_text(r["period"], ex.get("pstyle", 2)), r["withholding_agent"], r.get("item", "工资薪金"), r["amount"]]
        wr = [wrap(sf, c, 8.5, face, w - 2) for c, (_, w) in zip(cells, cols)]
        h = 4 + 4.5 * max(len(c) for c in wr)
        x = 15
        for cl, (_, w) in zip(wr, cols):
            sf.rect(x, y, x + w, y + h, w=0.3)
            yy = y + h / 2 - 2.25 * (len(cl) - 1) + 1.5
            for ln in cl:
                sf.text(x + 1, yy, ln, 8.5, face)
                yy += 4.5
            x += w
        y += h
    sf.text(20, y + 12, "税务机关（章）：%s" % ex["bureau"], 10, face)
    return (150 / 210, (y + 10) / 297)


def si_record(doc, sf, rng, v, chrome=None):
    f = doc["fields"]
    ex = doc["extra"]
    face = ["song", "hei", "song2", "hei2"][v % 4]
    ruled = ex.get("ruled", True)
    rows = sorted(doc["rows"], key=lambda r: r["month"])
    # optionally group consecutive regular months into ranges
    groups = []
    for r in rows:
        if ex.get("ranges") and groups and not r["back_payment"] and not groups[-1][-1]["back_payment"] \
                and groups[-1][-1]["employer"] == r["employer"] and groups[-1][-1]["base"] == r["base"] and len(groups[-1]) < 6:
            groups[-1].append(r)
        else:
            groups.append([r])
    sep = ex.get("bp_section", False)
    main = [g for g in groups if not (sep and g[0]["back_payment"])]
    bps = [g for g in groups if sep and g[0]["back_payment"]]
    cols = [("缴费年月" if v % 2 else "费款所属期", 34), ("缴费单位" if v % 2 else "单位名称", 62), ("缴费基数", 24), ("养老(个人)", 22), ("医疗(个人)", 22), ("缴费类型", 20)]
    per_page = ex.get("per_page", 18)

    def head(y):
        x = 8
        for n, w in cols:
            if ruled:
                sf.rect(x, y, x + w, y + 9, w=0.25, fill=(232, 238, 246))
            sf.text(x + w / 2, y + 6, n, 8.5, "hei", align="c")
            x += w
        if not ruled:
            sf.line(8, y + 9.5, 192, y + 9.5, w=0.4)
        return y + 9

    def put_rows(y, glist, cnt):
        for g in glist:
            if cnt[0] and cnt[0] % per_page == 0:
                sf.new_page()
                y = 22
                if ex.get("repeat_header", True):
                    y = head(y)
            cnt[0] += 1
            a, b = g[0]["month"], g[-1]["month"]
            mtxt = (a.replace("-", "") if ex.get("compact") else a) if a == b else "%s至%s" % (a, b)
            base = float(g[0]["base"])
            typ = "补缴" if g[0]["back_payment"] else "正常"
            cells = [mtxt, g[0]["employer"], g[0]["base"], "%.2f" % (base * 0.08), "%.2f" % (base * 0.02), typ]
            wr = [wrap(sf, c, 8, face, w - 2) for c, (_, w) in zip(cells, cols)]
            h = 4 + 4.2 * max(len(c) for c in wr)
            x = 8
            for cl, (_, w) in zip(wr, cols):
                if ruled:
                    sf.rect(x, y, x + w, y + h, w=0.2)
                yy = y + h / 2 - 2.1 * (len(cl) - 1) + 1.4
                for ln in cl:
                    sf.text(x + 1.2, yy, ln, 8, face)
                    yy += 4.2
                x += w
            y += h
        return y

    sf.new_page()
    title = ["上海市社会保险个人缴费情况", "城镇职工基本养老保险个人权益记录", "上海市社会保险缴费记录查询"][v % 3]
    sf.text(105, 28, title, 16, "heib" if face.startswith("hei") else "songb", align="c")
    sf.text(12, 42, "姓名：%s" % f["name"], 10.5, face)
    sf.text(80, 42, "证件号码：%s" % f["id_number"], 10.5, face)
    sf.text(12, 50, "查询时间：%s" % ex["printed"], 9, face, GREY)
    y = head(56)
    cnt = [0]
    y = put_rows(y, main, cnt)
    if bps:
        y += 8
        if y > 250:
            sf.new_page()
            y = 25
        sf.text(12, y, "补缴记录", 11, "heib")
        y = head(y + 3)
        y = put_rows(y, bps, cnt)
    sf.text(12, min(y + 10, 280), "注：缴费类型为“补缴”的记录为逾期补缴。本记录仅供参考。", 8, face, GREY)
    if chrome:
        finish_chrome(sf, *chrome)


def diploma(doc, sf, rng, v):
    f = doc["fields"]
    ex = doc["extra"]
    face = ["song", "kai", "song2", "ming"][v % 4]
    sf.new_page()
    sf.rect(12, 12, 198, 285, w=1.2, color=(150, 110, 40))
    sf.rect(15, 15, 195, 282, w=0.4, color=(150, 110, 40))
    sf.text(105, 60, "毕 业 证 书", 28, "songb", (140, 30, 30), align="c")
    g = parse(f["graduation_date"])
    ent = parse(ex["entry"])
    lvl = {"本科": "四年制本科", "专科": "三年制专科", "硕士": "硕士研究生", "博士": "博士研究生"}[f["level"]]
    mode = f.get("study_mode", "普通全日制")
    if mode == "普通全日制":
        mtxt = lvl
    else:
        mtxt = "%s（%s）" % (lvl, mode)
    body = "学生 %s，性别%s，%d年%d月生，于%d年%d月至%d年%d月在本校%s专业%s学习，修完教学计划规定的全部课程，成绩合格，准予毕业。" % (
        f["name"], ex["sex"], ex["birth"].year, ex["birth"].month, ent.year, ent.month, g.year, g.month, f["major"], mtxt)
    y = wrap_para(sf, body, 35, 110, 14, face, 140, 11, 10)
    sf.text(50, y + 25, "校（院）长：", 13, face)
    sf.text(82, y + 27, ex["president"], 16, "kai")
    sf.text(140, y + 25, f["school"], 14, face, align="c")
    sf.text(140, y + 40, cn_date(g) if ex.get("cn_date", True) else fmt_date(g, "cn"), 13, face, align="c")
    sf.text(35, 262, "证书编号：%s" % ex["cert_no"], 11, face)
    return (140 / 210, (y + 30) / 297), f["school"]


def degree(doc, sf, rng, v):
    f = doc["fields"]
    ex = doc["extra"]
    face = ["song", "kai", "song2"][v % 3]
    sf.new_page()
    sf.rect(12, 12, 198, 285, w=1.0, color=(40, 60, 120))
    sf.text(105, 60, "学 士 学 位 证 书" if f["level"] == "学士" else "%s学位证书" % f["level"], 26, "songb", (30, 50, 120), align="c")
    g = parse(f["graduation_date"])
    body = "%s，%s，%d年%d月%d日生。在%s%s专业完成了%s学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予%s%s学位。" % (
        f["name"], ex["sex"], ex["birth"].year, ex["birth"].month, ex["birth"].day, f["school"], f["major"],
        {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[f["level"]], ex["discipline"], f["level"])
    y = wrap_para(sf, body, 35, 110, 14, face, 140, 11, 10)
    sf.text(60, y + 25, "%s" % f["school"], 13, face)
    sf.text(60, y + 38, "学位评定委员会主席：", 12, face)
    sf.text(105, y + 40, ex["president"], 16, "kai")
    sf.text(140, y + 58, cn_date(g) if ex.get("cn_date", True) else fmt_date(g, "cn"), 13, face, align="c")
    sf.text(35, 262, "证书编号：%s" % ex["deg_no"], 11, face)
    return (60 / 210, (y + 30) / 297), f["school"]


def xuexin(doc, sf, rng, v):
    f = doc["fields"]
    ex = doc["extra"]
    face = "hei"
    sf.new_page()
    sf.text(105, 25, "教育部学历证书电子注册备案表", 16, "heib", align="c")
    sf.text(190, 34, "更新日期：%s" % ex["xx_date"], 8.5, face, GREY, align="r")
    g = parse(f["graduation_date"])
    ent = parse(ex["entry"])
    lvl = {"本科": "本科", "专科": "专科", "硕士": "硕士研究生", "博士": "博士研究生"}[f["level"]]
    items = [("姓名", f["name"]), ("性别", ex["sex"]), ("出生日期", fmt_date(ex["birth"], "cn")), ("入学日期", fmt_date(ent, "cn")),
             ("毕(结)业日期", fmt_date(g, "cn")), ("学校名称", f["school"]), ("专业", f["major"]), ("学制", ex["years"]),
             ("层次", lvl), ("学历类别", "普通高等教育" if f.get("study_mode", "普通全日制") == "普通全日制" else "成人高等教育"),
             ("学习形式", f.get("study_mode", "普通全日制")), ("毕(结)业", "毕业"), ("证书编号", ex["cert_no"]), ("校(院)长姓名", ex["president"])]
    y = 45
    for lab, val in items:
        sf.rect(30, y, 75, y + 10, w=0.25, fill=(245, 248, 252))
        sf.rect(75, y, 150, y + 10, w=0.25)
        sf.text(33, y + 6.5, lab, 9.5, face)
        sf.text(78, y + 6.5, val, 10, face)
        y += 10
    sf.rect(155, 45, 185, 85, w=0.25, fill=(230, 230, 230))
    sf.text(20, y + 15, "在线验证码：%s" % ex["xx_code"], 10, face)
    sf.text(20, y + 23, "报告有效期内可登录学信网（https://www.chsi.com.cn）在线验证。", 8.5, face, GREY)


def rental(doc_unused, sf, rng, v, sh_addr):
    face = ["song", "hei"][v % 2]
    sf.new_page()
    sf.text(105, 30, "上海市住房租赁合同", 18, "songb", align="c")
    y = 50
    for s in ["出租人（甲方）：%s" % rng.choice(["周建平", "陆美华", "沈国强"]), "承租人（乙方）：__________",
              "第一条  甲方将坐落于%s的房屋出租给乙方使用，建筑面积%d平方米。" % (sh_addr, rng.randint(30, 90)),
              "第二条  租赁期自2025年%d月1日起至2026年%d月30日止。" % (rng.randint(1, 9), rng.randint(1, 9)),
              "第三条  月租金为人民币%d元，按季支付，押金为一个月租金。" % rng.randint(3500, 9000),
              "第四条  租赁期间，水、电、燃气、通讯等费用由乙方承担。"] + CLAUSES[4:8]:
        y = wrap_para(sf, s, 25, y, 11, face, 160, 7.5) + 3
