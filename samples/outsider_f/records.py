"""Table specs (see tables.layout) for the tax record, the social-insurance record and the 居住证信息 printout."""
import datetime as dt

FACES = ["WQYMicroHei", "ARPLSung", "LXGWWenKai", "ARPLUMing", "WQYZenHei"]
OFFICES = ["国家税务总局上海市浦东新区税务局", "国家税务总局上海市闵行区税务局", "国家税务总局上海市徐汇区税务局",
           "国家税务总局上海市静安区税务局", "国家税务总局上海市嘉定区税务局"]


def _last_day(ym):
    y, m = int(ym[:4]), int(ym[5:])
    return (dt.date(y + (m == 12), m % 12 + 1, 1) - dt.timedelta(days=1)).day


def period_text(rng, ym, style):
    a, z = f"{ym}-01", f"{ym}-{_last_day(ym):02d}"
    if style == 0:
        return f"{a}至{z}"
    if style == 1:
        return f"{a.replace('-', '.')}-{z.replace('-', '.')}"
    return ym


def tax_spec(rng, fields, rows, codes, printed):
    """codes: agent -> credit code. Variants: national record (payer in 备注), 收入纳税明细 (payer column)."""
    variant = rng.choice(["national", "national", "detail"])
    style = rng.randrange(3)
    office = rng.choice(OFFICES)
    start, end = rows[0]["period"], rows[-1]["period"]
    issue = fields.get("issue_date")
    out = []
    for r in rows:
        ym = r["period"]
        y, m = int(ym[:4]), int(ym[5:])
        decl = dt.date(y + (m == 12), m % 12 + 1, rng.randint(3, 14))
        item = r.get("item", "工资薪金所得")
        agent = r["withholding_agent"]
        code = codes.get(agent, "")
        if variant == "national":
            where = rng.random()
            note = (f"扣缴义务人：{agent}" if where < 0.4 or not code else
                    f"扣缴义务人：{code} {agent}" if where < 0.7 else f"扣缴义务人：{agent}（{code}）")
            out.append([f"{decl:%Y-%m-%d}", r["amount"], f"{decl:%Y-%m-%d}", item, period_text(rng, ym, style),
                        office, note])
        else:
            out.append([period_text(rng, ym, style), item, agent, f"{r.get('income', 0):.2f}", r["amount"]])
    if variant == "national":
        cols = [("申报日期", 9), ("实缴(退)金额", 8), ("入(退)库日期", 9), ("所得项目", 9), ("税款所属期", 12),
                ("入库税务机关", 13), ("备注", 20)]
        title = "中华人民共和国个人所得税纳税记录"
        sub = "（原《税收完税证明》）"
        align = {1: "r"}
        total = sum(float(r["amount"]) for r in rows)
        foot = [f"金额合计（小写）：¥{total:.2f}",
                "说明：本记录涉及纳税人敏感信息，不得用于本人申请用途以外的其他目的。",
                f"查询验证码：{rng.randint(10**11, 10**12 - 1)}（可登录自然人电子税务局查验）"]
    else:
        cols = [("税款所属期", 13), ("所得项目", 9), ("扣缴义务人", 20), ("收入额", 9), ("已申报税额", 9)]
        title = "个人所得税收入纳税明细"
        sub = None
        align = {3: "r", 4: "r"}
        foot = ["注：本明细根据扣缴义务人申报信息生成，仅供参考。"]
    meta = [("纳税人名称", fields["name"]), ("纳税人识别号", fields["id_number"]),
            ("记录期间", f"{start.replace('-', '年')}月至{end.replace('-', '年')}月")]
    if issue:
        meta.append(("开具日期", issue.replace("-", ".") if rng.random() < 0.3 else issue))
    return {"title": title, "subtitle": sub, "meta": meta, "columns": cols, "rows": out, "align": align,
            "foot": foot, "face": rng.choice(FACES), "size": rng.choice([8, 8.5, 9]),
            "rules": rng.random() < 0.7, "url": "https://etax.chinatax.gov.cn" if rng.random() < 0.6 else None,
            "printed": printed, "header_note": rng.choice([None, "个人所得税APP", "自然人电子税务局"]),
            "qr": rng.randrange(10**9) if rng.random() < 0.5 else None}


def si_spec(rng, fields, rows, printed):
    variant = rng.choice(["status", "section", "subtotal"])
    face = rng.choice(FACES)
    out = []

    def line(r):
        base = float(r["base"])
        cells = [r["month"].replace("-", "") if rng.random() < 0.0 else r["month"], r["employer"], r["base"],
                 f"{base * 0.08:.2f}", f"{base * 0.02:.2f}", f"{base * 0.005:.2f}"]
        if variant != "section":
            cells.append("补缴" if r["back_payment"] else "正常")
        return cells

    regular = [r for r in rows if not r["back_payment"] or variant != "section"]
    year = None
    for r in regular:
        if variant == "subtotal" and year and r["month"][:4] != year:
            out.append({"section": f"{year}年度小计：{sum(1 for x in regular if x['month'][:4] == year)}个月"})
        year = r["month"][:4]
        out.append(line(r))
    if variant == "subtotal" and year:
        out.append({"section": f"{year}年度小计：{sum(1 for x in regular if x['month'][:4] == year)}个月"})
    backs = [r for r in rows if r["back_payment"]]
    if variant == "section" and backs:
        out.append({"section": "补缴记录"})
        out.extend(line(r) for r in backs)
    cols = [(rng.choice(["缴费年月", "费款所属期"]), 9), (rng.choice(["单位名称", "缴费单位"]), 24),
            ("缴费基数", 10), ("养老(个人)", 9), ("医疗(个人)", 9), ("失业(个人)", 9)]
    if variant != "section":
        cols.append(("缴费类型", 8))
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人权益记录（缴费明细）", "职工社会保险缴费记录"])
    meta = [("姓名", fields["name"]), (rng.choice(["证件号码", "公民身份号码", "社会保障号码"]), fields["id_number"]),
            ("查询期间", f"{rows[0]['month']}至{rows[-1]['month']}"), ("打印日期", printed[:10])]
    return {"title": title, "subtitle": None, "meta": meta, "columns": cols, "rows": out,
            "align": {2: "r", 3: "r", 4: "r", 5: "r"}, "face": face, "size": rng.choice([8, 8.5, 9]),
            "foot": ["注：本记录由上海市社会保险事业管理中心提供，可通过随申办扫码核验。"],
            "rules": rng.random() < 0.75, "url": rng.choice([None, "https://zwdt.sh.gov.cn", "https://rsj.sh.gov.cn"]),
            "printed": printed, "header_note": rng.choice([None, "一网通办", "随申办市民云"]),
            "qr": rng.randrange(10**9) if rng.random() < 0.6 else None}


def permit_spec(rng, f, printed):
    """居住证信息 as a label/value grid (two or four columns)."""
    a, b = f["valid_from"].replace("-", "."), f["valid_until"].replace("-", ".")
    hk = rng.choice(["户籍地址", "常住户口所在地住址"])
    if rng.random() < 0.5:
        rows = [["姓名", f["name"]], [rng.choice(["证件号码", "公民身份号码"]), f["id_number"]], [hk, f["hukou_address"]],
                ["居住地址", f["residence_address"]], [rng.choice(["签发日期", "签注日期"]), f["issue_date"]]]
        rows += [["有效期限", f"{a}至{b}"]] if rng.random() < 0.5 else [["有效期起", a], ["有效期止", b]]
        cols = [("项目", 14), ("内容", 40)]
    else:
        rows = [["姓名", f["name"], "证件号码", f["id_number"]], [hk, f["hukou_address"], "居住地址", f["residence_address"]],
                ["签发日期", f["issue_date"], "有效期限", f"{a}至{b}"], ["证件状态", "有效", "签发机关", "上海市公安局"]]
        cols = [("项目", 12), ("内容", 28), ("项目", 12), ("内容", 28)]
    return {"title": rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证签注信息"]), "subtitle": None,
            "meta": [("查询人", f["name"])] if rng.random() < 0.3 else [], "columns": cols, "rows": rows,
            "face": rng.choice(FACES), "size": rng.choice([10, 11, 12]), "foot": ["本页信息仅供参考，以证件登记为准。"],
            "rules": True, "url": "https://zwdt.sh.gov.cn/govPortals/", "printed": printed,
            "header_note": "上海市“一网通办”"}
