"""Renderers: contract, tax, social insurance, education, marriage, non-documents."""
import datetime as dt
from .canvas import Page
from . import elements as E
from .data import cn_date, DEGREE_DISC
from .forms import D, dots, cdate, pick, BLACK, GREY

FILLER = ["甲方应当依法为乙方提供必要的劳动条件和劳动保护，乙方应当遵守甲方依法制定的规章制度。",
          "乙方的工作内容及要求由甲方根据生产经营需要安排，乙方应当按时完成甲方规定的工作任务。",
          "甲方实行标准工时制度，乙方每日工作时间不超过八小时，每周工作时间不超过四十小时。",
          "甲方应当按月以货币形式支付乙方工资，并不得低于本市规定的最低工资标准。",
          "甲乙双方应当按照国家和本市规定参加社会保险，乙方个人应缴部分由甲方代扣代缴。",
          "乙方应当保守甲方的商业秘密，乙方的财产不因本合同的履行而受到损害。",
          "本合同的变更、解除和终止，依照《中华人民共和国劳动合同法》及本市有关规定执行。",
          "甲乙双方因履行本合同发生争议的，可以向甲方所在地劳动人事争议仲裁委员会申请仲裁。",
          "乙方患病或者非因工负伤，在规定的医疗期内，甲方不得依照相关条款解除本合同。",
          "本合同一式两份，甲乙双方各执一份，经双方签字盖章后生效。"]


def _para(p, y, text, fs, ff, L=22, R=188, lh=1.75):
    for ln in p.wrap(text, fs, R - L, ff):
        p.text(L, y, ln, fs, ff, BLACK); y += fs * lh
    return y


def contract(f, ctx, rng):
    ff = pick(rng, "song", "serif", "sans", "ming")
    fs = pick(rng, 3.9, 4.2, 4.5)
    model = rng.random() < 0.5
    emp, name, idn = f["employer"], f["employee_name"], f["employee_id_number"]
    s, e = D(f["start_date"]), (D(f["end_date"]) if f.get("end_date") else None)
    pages = []
    # page 1: cover / party block
    p = Page(210, 297)
    if model:
        p.text(105, 45, "上海市劳动合同书", 9, "serifb", BLACK, "c", spacing=2)
        p.text(105, 60, "（示范文本）", 4.5, ff, BLACK, "c")
        y = 110
        for lab, val in (("甲方（用人单位）名称：", emp), ("乙方（劳动者）姓名：", name), ("签订日期：", cdate(f["signing_date"]))):
            p.text(40, y, lab, 4.6, ff, BLACK)
            x = 40 + p.width(lab, 4.6, ff) + 2
            p.line(x, y + 6, 178, y + 6, 0.25)
            p.text(x + 3, y - 0.6, val, 4.8, pick(rng, "kai", ff), (20, 20, 20))
            y += 18
        p.text(105, 250, "上海市人力资源和社会保障局制", 4, ff, BLACK, "c")
        pages.append(p)
        p = Page(210, 297)
        y = 28
        p.text(105, y, "劳动合同双方当事人基本情况", 5, ff, BLACK, "c"); y += 14
        rows = [("甲方（用人单位）：", emp), ("法定代表人（主要负责人）：", ctx["legal"]), ("注册地址：", ctx["company_addr"]),
                ("乙方（劳动者）姓名：", name), ("居民身份证号码：", idn), ("户籍地址：", ctx["hukou_address"]),
                ("在沪居住地址：", ctx["residence_address"])]
        for lab, val in rows:
            p.text(22, y, lab, fs, ff, BLACK)
            x = 22 + p.width(lab, fs, ff) + 1
            p.line(x, y + fs + 1.2, 188, y + fs + 1.2, 0.2)
            for i, ln in enumerate(p.wrap(val, fs, 186 - x, ff)):
                p.text(x + 2, y - 0.5 + i * (fs + 2.5), ln, fs, ff, BLACK)
            y += fs * 2.6 + (fs + 2.5) * (len(p.wrap(val, fs, 186 - x, ff)) - 1)
        y += 6
        p.text(22, y, "一、劳动合同期限", fs, "sansb" if ff == "sans" else ff, BLACK); y += fs * 2
        kinds = [("固定期限", not f.get("open_ended")), ("无固定期限", bool(f.get("open_ended"))), ("以完成一定工作任务为期限", False)]
        for k, on in kinds:
            p.text(26, y, ("☑ " if on else "□ ") + k, fs, "wqy" if ff not in ("song",) else "sans", BLACK); y += fs * 1.9
        y += 2
        if f.get("open_ended"):
            txt = "本合同为无固定期限劳动合同，自 %d 年 %d 月 %d 日起履行。" % (s.year, s.month, s.day)
        else:
            txt = "本合同期限自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (s.year, s.month, s.day, e.year, e.month, e.day)
        y = _para(p, y, txt, fs, ff)
        pr = s + dt.timedelta(days=pick(rng, 89, 90, 180) )
        y = _para(p, y, "其中试用期自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。" % (s.year, s.month, s.day, pr.year, pr.month, pr.day), fs, ff)
        pages.append(p)
    else:
        title = pick(rng, "劳动合同", "劳 动 合 同 书", "聘用合同", "劳动合同书")
        p.text(105, 28, title, 8, "sansb" if ff == "sans" else "serifb", BLACK, "c", spacing=1)
        p.text(186, 40, "合同编号：%s-%04d" % (pick(rng, "HR", "LD", "HT"), rng.randint(1, 9999)), 3.2, ff, GREY, "r")
        y = 48
        cw = [22, 55, 188]
        trs = [("甲方", "名称", emp), ("", "法定代表人", ctx["legal"]), ("", "地址", ctx["company_addr"]),
               ("乙方", "姓名", name), ("", "身份证号码", idn), ("", "住址", ctx["residence_address"])]
        for a, b, c in trs:
            lines = p.wrap(c, fs, 188 - 80, ff)
            h = max(10, 4 + (fs + 2.4) * len(lines))
            p.rect(22, y, 18, h, outline=BLACK, fill=(240, 240, 240) if rng.random() < 0.3 else None)
            p.rect(40, y, 36, h, outline=BLACK); p.rect(76, y, 112, h, outline=BLACK)
            if a:
                p.text(31, y + h / 2 - fs / 2, a, fs, ff, BLACK, "c")
            p.text(42, y + h / 2 - fs / 2, b, fs, ff, BLACK)
            for i, ln in enumerate(lines):
                p.text(79, y + 2.2 + i * (fs + 2.4), ln, fs, ff, BLACK)
            y += h
        y += 10
        y = _para(p, y, "根据《中华人民共和国劳动合同法》等法律法规，甲乙双方经平等协商一致，自愿签订本合同，共同遵守本合同所列条款。", fs, ff)
        y += 4
        p.text(22, y, "第一条  合同期限", fs, ff, BLACK); y += fs * 2
        if f.get("open_ended"):
            y = _para(p, y, "甲乙双方选择以下第（二）种形式确定本合同期限：（二）无固定期限：自%d年%d月%d日起。" % (s.year, s.month, s.day), fs, ff)
        else:
            yrs = round((e - s).days / 365.25)
            t = "甲乙双方选择以下第（一）种形式确定本合同期限：（一）固定期限：%s自%d年%d月%d日起至%d年%d月%d日止。" % (
                ("期限%s年，" % "一二三四五六七八九十"[yrs - 1]) if 1 <= yrs <= 10 and rng.random() < 0.5 else "", s.year, s.month, s.day, e.year, e.month, e.day)
            y = _para(p, y, t, fs, ff)
        pr = s + dt.timedelta(days=pick(rng, 59, 90, 181))
        y = _para(p, y, "试用期为%d个月，自%s起至%s止。" % (2 if (pr - s).days < 70 else 3 if (pr - s).days < 100 else 6, cdate(str(s)), cdate(str(pr))), fs, ff)
        y += 3
        for k, t in enumerate(rng.sample(FILLER[:6], 3)):
            p.text(22, y, "第%s条" % "二三四"[k], fs, ff, BLACK); y += fs * 1.8
            y = _para(p, y, t, fs, ff)
        pages.append(p)
    # middle pages: running text
    for _ in range(rng.randint(1, 2)):
        p = Page(210, 297)
        y = 25
        for t in rng.sample(FILLER, 6):
            y = _para(p, y, ("    " if rng.random() < 0.5 else "") + t + t[:rng.randint(10, 30)] + "。", fs, ff) + 4
        pages.append(p)
    # signature page
    p = Page(210, 297)
    y = 30
    y = _para(p, y, FILLER[-1], fs, ff) + 25
    p.text(30, y, "甲方（盖章）：", fs, ff, BLACK); p.text(118, y, "乙方（签字）：", fs, ff, BLACK)
    p.text(118 + p.width("乙方（签字）：", fs, ff), y - 2, name, fs * 1.5, pick(rng, "ukai", "kai", "wenkai"), (20, 20, 60))
    y += 16
    p.text(30, y, "法定代表人或委托代理人：", fs, ff, BLACK)
    p.text(30 + p.width("法定代表人或委托代理人：", fs, ff), y - 2, ctx["legal"], fs * 1.4, "ukai", (20, 20, 60))
    y += 18
    sd = D(f["signing_date"])
    sig = "%d 年 %d 月 %d 日" % (sd.year, sd.month, sd.day)
    p.text(30, y, "签订日期：" + sig, fs, ff, BLACK); p.text(118, y, "签订日期：" + sig, fs, ff, BLACK)
    p.image(rng.uniform(35, 60), y - rng.uniform(42, 30), 42, 42, E.seal(emp, pick(rng, "合同专用章", "", "人事专用章"), rng=rng))
    pages.append(p)
    tot = len(pages)
    for i, pg in enumerate(pages):
        if i > 0 or not model:
            pg.text(105, 284, pick(rng, "第 %d 页 共 %d 页" % (i + 1, tot), "- %d -" % (i + 1), "%d / %d" % (i + 1, tot)), 3, ff, GREY, "c")
    return pages


def contract_renewal(f, orig, ctx, rng):
    """One-page 劳动合同续订书 extending an expired term."""
    ff = pick(rng, "song", "sans", "kai")
    p = Page(210, 297)
    p.text(105, 35, "劳动合同续订书", 8, "serifb", BLACK, "c")
    s, e = D(f["start_date"]), D(f["end_date"])
    os_, oe = D(orig["start_date"]), D(orig["end_date"])
    y = 60
    for lab, val in (("甲方（用人单位）：", f["employer"]), ("乙方（劳动者）：", f["employee_name"]), ("乙方身份证号码：", f["employee_id_number"])):
        p.text(25, y, lab + val, 4.5, ff, BLACK); y += 10
    y += 6
    y = _para(p, y, "    甲乙双方于%d年%d月%d日签订的劳动合同（期限自%d年%d月%d日至%d年%d月%d日）即将期满，经双方协商一致，同意续订劳动合同。"
              % (os_.year, os_.month, os_.day, os_.year, os_.month, os_.day, oe.year, oe.month, oe.day), 4.5, ff, L=25, R=185)
    y = _para(p, y, "    续订的劳动合同期限自 %d 年 %d 月 %d 日起至 %d 年 %d 月 %d 日止。原劳动合同其余条款不变。" % (s.year, s.month, s.day, e.year, e.month, e.day), 4.5, ff, L=25, R=185)
    y += 30
    p.text(30, y, "甲方（盖章）", 4.5, ff, BLACK); p.text(120, y, "乙方（签字）", 4.5, ff, BLACK)
    p.text(150, y - 2, f["employee_name"], 6.5, "ukai", (20, 20, 60))
    sd = D(f["signing_date"])
    p.text(30, y + 14, "%d年%d月%d日" % (sd.year, sd.month, sd.day), 4.5, ff, BLACK)
    p.text(120, y + 14, "%d年%d月%d日" % (sd.year, sd.month, sd.day), 4.5, ff, BLACK)
    p.image(32, y - 22, 40, 40, E.seal(f["employer"], "", rng=rng))
    return [p]


# ---------------------------------------------------------------- tax
def tax_national(f, ctx, rng, landscape=None):
    """个人所得税纳税记录 (national format) — meant for a text-layer PDF."""
    land = rng.random() < 0.35 if landscape is None else landscape
    W, H = (297, 210) if land else (210, 297)
    rows = f["_print_rows"]
    ff = pick(rng, "song", "kai", "wenkai") if rng.random() < 0.3 else "song"
    fs = 2.9 if not land else 3.0
    cols = [("申报日期", 0.11), ("实缴(退)金额", 0.10), ("入(退)库日期", 0.11), ("所得项目", 0.13), ("税款所属期", 0.16),
            ("入库税务机关", 0.17), ("备注", 0.22)]
    L, R = 12, W - 12
    per = 12 if not land else 8
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)] or [[]]
    pages = []
    tform = rng.randint(0, 2)
    uscc_pos = rng.choice(["none", "before", "after"])
    ruled = rng.random() < 0.6
    for n, chunk in enumerate(chunks):
        p = Page(W, H)
        y = 14
        if n == 0:
            p.text(W / 2, y, "中华人民共和国个人所得税纳税记录", 6.2, "song", BLACK, "c"); y += 9
            p.text(W / 2, y, "（原《税收完税证明》）", 3.6, "song", BLACK, "c"); y += 7
            p.text(L, y, "No. %d" % rng.randint(10 ** 12, 10 ** 13), 3, ff, GREY)
            p.text(R, y, "金额单位：人民币元", 3, ff, GREY, "r"); y += 6
            hdr = [("纳税人名称", f["name"]), ("纳税人识别号", f["id_number"])]
            p.text(L, y, "纳税人名称：%s" % f["name"], 3.4, ff, BLACK)
            p.text(W / 2, y, "纳税人识别号：%s" % f["id_number"], 3.4, ff, BLACK); y += 6
            p.text(L, y, "记录期间：%s" % f["_period_text"], 3.4, ff, BLACK)
            p.text(W / 2, y, "开具日期：%s" % f["issue_date"].replace("-", pick(rng, "-", "-", ".")), 3.4, ff, BLACK); y += 8
        x = L
        cx = []
        for name, w in cols:
            cx.append(x); x += w * (R - L)
        cx.append(R)
        hh = 9
        if ruled:
            p.rect(L, y, R - L, hh, outline=BLACK, fill=(235, 235, 235), lw=0.2)
        else:
            p.line(L, y + hh, R, y + hh, 0.4)
        for i, (name, w) in enumerate(cols):
            p.text((cx[i] + cx[i + 1]) / 2, y + 3, name, fs, "song", BLACK, "c")
        y += hh
        for r in chunk:
            per_d = D(r["period"] + "-01")
            last = (per_d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
            pt = {0: "%s至%s" % (per_d, last), 1: "%s-%s" % (dots(str(per_d)), dots(str(last))),
                  2: "%s至%s" % (dots(str(per_d)), dots(str(last)))}[tform]
            agent = r["withholding_agent"]
            code = r.get("_uscc", "")
            rem = "扣缴义务人：" + (code + " " + agent if uscc_pos == "before" and code else agent + ("（%s）" % code if uscc_pos == "after" and code else ""))
            cells = [r["_decl"], r["amount"], r["_paid"], r.get("_item", "工资薪金所得"), pt, ctx["tax_office"], rem]
            wrapped = [p.wrap(c, fs, (cx[i + 1] - cx[i]) - 2, ff) for i, c in enumerate(cells)]
            rh = max(9, 3 + max(len(w_) for w_ in wrapped) * (fs + 1.3))
            for i, ws in enumerate(wrapped):
                if ruled:
                    p.rect(cx[i], y, cx[i + 1] - cx[i], rh, outline=BLACK, lw=0.15)
                for k, ln in enumerate(ws):
                    al = "r" if i == 1 else "l"
                    p.text(cx[i + 1] - 1.5 if al == "r" else cx[i] + 1, y + 1.8 + k * (fs + 1.3), ln, fs, ff, BLACK, al)
            if not ruled:
                p.line(L, y + rh, R, y + rh, 0.1, (180, 180, 180))
            y += rh
        if n == len(chunks) - 1:
            tot = sum(float(r["amount"]) for r in rows)
            p.text(L, y + 4, "金额合计（大写）：—— （小写）%.2f" % tot, 3.2, ff, BLACK)
            y += 14
            p.text(L, y, "说明：1.本记录涉及纳税人敏感信息，请妥善保管。2.本记录中的税款所属期为纳税人实际取得收入的期间。", 2.7, ff, GREY); y += 5
            p.text(L, y, "3.您可以通过个人所得税App或自然人电子税务局（web端）对本记录进行验证。", 2.7, ff, GREY); y += 8
            p.text(L, y, "查询验证码：%s" % "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(16)), 3.2, ff, BLACK)
            p.image(R - 28, y - 14, 24, 24, E.qr(rng).convert("RGB"))
            p.image(W / 2 - 10, y - 20, 36, 36, E.seal("国家税务总局" + ctx["tax_office"].replace("国家税务总局", ""), "", rng=rng))
        p.text(W / 2, H - 8, "第%d页/共%d页" % (n + 1, len(chunks)), 2.8, ff, GREY, "c")
        pages.append(p)
    return pages


def tax_app_screens(f, ctx, rng):
    """收入纳税明细 screenshots from the app (list by month)."""
    rows = sorted(f["_print_rows"], key=lambda r: r["period"], reverse=True)
    ff = pick(rng, "sans", "wqy")
    per = 6
    shots = []
    for k in range(0, len(rows), per):
        p = Page(1080, 2340, bg=(243, 244, 246), unit="px")
        p.text(60, 30, "%d:%02d" % (rng.randint(8, 22), rng.randint(0, 59)), 40, ff, BLACK)
        p.text(1020, 30, "%d%%" % rng.randint(20, 99), 36, ff, BLACK, "r")
        p.text(540, 115, "收入纳税明细查询", 48, ff, BLACK, "c")
        p.text(60, 200, "%s  %s" % (f["name"], f["id_number"][:4] + "**********" + f["id_number"][-4:]) if False else "纳税人：%s" % f["name"], 36, ff, (90, 90, 95))
        p.text(60, 250, "证件号码：%s" % f["id_number"], 36, ff, (90, 90, 95))
        p.text(60, 300, "开具日期：%s" % f["issue_date"], 36, ff, (90, 90, 95))
        y = 370
        for r in rows[k:k + per]:
            p.rect(30, y, 1020, 300, outline=None, fill=(255, 255, 255), radius=24)
            p.text(70, y + 30, "%s年%s月" % (r["period"][:4], r["period"][5:].lstrip("0")) + "  " + r.get("_item", "工资薪金"), 42, ff, BLACK)
            p.text(70, y + 100, "扣缴义务人", 34, ff, (140, 140, 145))
            for i, ln in enumerate(p.wrap(r["withholding_agent"], 36, 620, ff)):
                p.text(1010, y + 98 + i * 48, ln, 36, ff, BLACK, "r")
            p.text(70, y + 200, "收入额", 34, ff, (140, 140, 145)); p.text(420, y + 200, r["_income"], 36, ff, BLACK, "r")
            p.text(560, y + 200, "已申报税额", 34, ff, (140, 140, 145)); p.text(1010, y + 200, r["amount"], 36, ff, (220, 80, 40), "r")
            y += 330
        shots.append(p)
    return shots


def tax_old(f, ctx, rng):
    """older 税收完税证明 form as an image."""
    p = Page(210, 148.5, bg=pick(rng, (250, 245, 250), (255, 255, 255)), dpi_hint=220)
    col = pick(rng, (150, 40, 60), (40, 60, 140))
    p.text(105, 8, "中华人民共和国", 4, "song", col, "c")
    p.text(105, 14, "税 收 完 税 证 明", 6.5, "serifb", col, "c")
    p.text(12, 26, "填发日期：%s" % cdate(f["issue_date"]), 3, "song", BLACK)
    p.text(120, 26, "税务机关：%s" % ctx["tax_office"], 3, "song", BLACK)
    p.text(12, 32, "纳税人识别号：%s" % f["id_number"], 3, "song", BLACK)
    p.text(120, 32, "纳税人名称：%s" % f["name"], 3, "song", BLACK)
    cols = [("税种", 18), ("品目名称", 22), ("税款所属时期", 40), ("入(退)库日期", 26), ("实缴(退)金额", 26), ("扣缴义务人", 54)]
    x0, y = 10, 37
    cx = [x0]
    for _, w in cols:
        cx.append(cx[-1] + w)
    for i, (n_, w) in enumerate(cols):
        p.rect(cx[i], y, w, 7, outline=col, lw=0.25)
        p.text(cx[i] + w / 2, y + 2, n_, 2.8, "song", col, "c")
    y += 7
    for r in f["_print_rows"]:
        per_d = D(r["period"] + "-01")
        last = (per_d.replace(day=28) + dt.timedelta(days=4)).replace(day=1) - dt.timedelta(days=1)
        cells = ["个人所得税", r.get("_item", "工资薪金所得"), "%s至%s" % (per_d, last), r["_paid"], r["amount"], r["withholding_agent"]]
        for i, c in enumerate(cells):
            p.rect(cx[i], y, cols[i][1], 6.4, outline=col, lw=0.2)
            fs = 2.6 if p.width(c, 2.6, "song") < cols[i][1] - 1 else 2.6 * (cols[i][1] - 1) / p.width(c, 2.6, "song")
            p.text(cx[i] + 0.6, y + 1.8, c, fs, "song", BLACK)
        y += 6.4
    p.text(12, y + 4, "妥善保管  手写无效", 3, "song", col)
    p.image(150, y - 12, 30, 30, E.seal(ctx["tax_office"], "征税专用章", rng=rng))
    return [p]


# ---------------------------------------------------------------- social insurance
def si_record(f, ctx, rng):
    rows = f["_print_rows"]  # list of dicts incl. range rows
    W, H = (210, 297)
    ff = pick(rng, "song", "kai") if rng.random() < 0.3 else "song"
    title = pick(rng, "上海市社会保险个人缴费情况", "上海市社会保险个人权益记录", "职工社会保险缴费情况（个人）")
    sep_back = f.get("_sep_back", False)
    main = [r for r in rows if not (sep_back and r["back"])]
    back = [r for r in rows if sep_back and r["back"]]
    has_status = not sep_back and rng.random() < 0.6
    cols = [(pick(rng, "缴费年月", "费款所属期"), 24), (pick(rng, "单位名称", "缴费单位"), 58), ("缴费基数", 22),
            ("养老(个人)", 20), ("医疗(个人)", 20), ("失业(个人)", 18)]
    cols.append(("缴费类型" if has_status else "备注", 24))
    per = 22
    pages = []
    allrows = [("main", r) for r in main] + ([("hdr", None)] if back else []) + [("back", r) for r in back]
    chunks = [allrows[i:i + per] for i in range(0, len(allrows), per)]
    for n, chunk in enumerate(chunks):
        p = Page(W, H)
        y = 16
        if n == 0:
            p.text(W / 2, y, title, 6, "song", BLACK, "c"); y += 12
            p.text(14, y, "姓名：%s" % f["name"], 3.6, ff, BLACK)
            p.text(70, y, pick(rng, "证件号码", "公民身份号码") + "：%s" % f["id_number"], 3.6, ff, BLACK)
            p.text(196, y, "单位：元", 3, ff, GREY, "r"); y += 8
            p.text(14, y, "查询期间：%s" % f["_period_text"], 3.2, ff, BLACK); y += 8
        cx = [12]
        for _, w in cols:
            cx.append(cx[-1] + w)
        p.rect(12, y, cx[-1] - 12, 8, outline=BLACK, fill=(230, 236, 244), lw=0.2)
        for i, (nm, w) in enumerate(cols):
            p.text(cx[i] + w / 2, y + 2.5, nm, 2.8, "song", BLACK, "c")
        y += 8
        for kind, r in chunk:
            if kind == "hdr":
                y += 3
                p.text(14, y, "补缴记录", 3.6, "song", BLACK); y += 7
                continue
            b = float(r["base"])
            cells = [r["label"], r["employer"], r["base"], "%.2f" % (b * 0.08), "%.2f" % (b * 0.02), "%.2f" % (b * 0.005),
                     ("补缴" if r["back"] else "正常") if has_status else ("补缴" if r["back"] and not sep_back else "")]
            lines = [p.wrap(c, 2.8, cols[i][1] - 1.5, ff) for i, c in enumerate(cells)]
            rh = max(7, 2.5 + max(len(l) for l in lines) * 3.8)
            for i, ls in enumerate(lines):
                p.rect(cx[i], y, cols[i][1], rh, outline=(80, 80, 80), lw=0.12)
                for k, ln in enumerate(ls):
                    p.text(cx[i] + 0.8 if i in (0, 1, 6) else cx[i + 1] - 0.8, y + 1.6 + k * 3.8, ln, 2.8, ff, BLACK, "l" if i in (0, 1, 6) else "r")
            y += rh
        if n == len(chunks) - 1:
            p.text(14, y + 8, "打印日期：%s" % f["_print_date"], 3.2, ff, BLACK)
            p.text(14, y + 14, "本缴费情况仅供参考，以社保经办机构记录为准。", 2.8, ff, GREY)
            p.image(140, y + 2, 40, 40, E.seal("上海市社会保险事业管理中心", "业务专用章", rng=rng))
        p.text(W / 2, H - 8, "%d / %d" % (n + 1, len(chunks)), 2.8, ff, GREY, "c")
        pages.append(p)
    return pages


# ---------------------------------------------------------------- education
def diploma(f, ctx, rng):
    land = rng.random() < 0.6
    W, H = (260, 185) if land else (185, 260)
    p = Page(W, H, bg=pick(rng, (252, 249, 240), (250, 250, 247), (246, 243, 232)), dpi_hint=220)
    p.rect(6, 6, W - 12, H - 12, outline=pick(rng, (150, 110, 50), (120, 30, 30), (40, 70, 120)), lw=1.2)
    ff = pick(rng, "song", "kai", "serif", "ming")
    classic = rng.random() < 0.6
    title = {"普通全日制": "普通高等学校毕业证书"}.get(f["study_mode"], "高等教育毕业证书")
    if "成人" in f["study_mode"]:
        title = "成人高等教育毕业证书"
    if "自学" in f["study_mode"] or "自考" in f["study_mode"]:
        title = "高等教育自学考试毕业证书"
    p.text(W / 2, 22, title, 8, "serifb", (120, 20, 20), "c", spacing=1.2)
    b = D(ctx["birth_date"]); g = D(f["graduation_date"]); st = D(ctx["enrol_date"])
    lvmap = {"本科": pick(rng, "四年制本科", "本科"), "专科": "三年制专科", "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}
    if classic:
        body = "学生%s，性别%s，%s生，于%s至%s在本校%s专业%s学习，修完教学计划规定的全部课程，成绩合格，准予毕业。" % (
            f["name"], ctx["sex"], cn_date(b, day=False), cn_date(st, day=False), cn_date(g, day=False), f["major"], lvmap[f["level"]])
        gd = cn_date(g)
    else:
        body = "学生 %s ，性别 %s ，%d 年 %d 月 %d 日生，于 %d 年 %d 月至 %d 年 %d 月在本校 %s 专业%s学习，修完教学计划规定的全部课程，成绩合格，准予毕业。" % (
            f["name"], ctx["sex"], b.year, b.month, b.day, st.year, st.month, g.year, g.month, f["major"], lvmap[f["level"]])
        gd = "%d 年 %d 月 %d 日" % (g.year, g.month, g.day)
    if f["study_mode"] != "普通全日制":
        body += "（学习形式：%s）" % f["study_mode"]
    x0 = 20 + (45 if land else 0)
    if land:
        p.image(20, 45, 32, 42, E.portrait(ctx["male"], rng))
    else:
        p.image(W / 2 - 16, 32, 32, 42, E.portrait(ctx["male"], rng))
    y = 45 if land else 85
    fs = 5 if land else 5
    for ln in p.wrap("    " + body, fs, W - x0 - 20, ff):
        p.text(x0, y, ln, fs, ff, BLACK); y += fs * 2
    y += 10
    p.text(W - 30, y, "校 名：%s" % f["school"], 4.5, ff, BLACK, "r"); y += 10
    p.text(W - 30, y, "校（院）长：%s" % ctx["president"], 4.5, ff, BLACK, "r"); y += 10
    p.text(W - 30, y, gd, 4.5, ff, BLACK, "r")
    p.image(W - 95, y - 35, 44, 44, E.seal(f["school"], "", rng=rng))
    p.text(22, H - 18, "证书编号：%s" % ctx["cert_no"], 3.6, ff, BLACK)
    return [p]


def degree(f, ctx, rng):
    W, H = (185, 260) if rng.random() < 0.5 else (260, 185)
    p = Page(W, H, bg=pick(rng, (250, 248, 240), (245, 247, 250)), dpi_hint=220)
    p.rect(7, 7, W - 14, H - 14, outline=(130, 100, 40), lw=1.5)
    ff = pick(rng, "song", "kai", "serif")
    p.text(W / 2, 24, "学 士 学 位 证 书" if f["level"] == "学士" else "%s学位证书" % f["level"], 8, "serifb", (30, 30, 30), "c")
    b = D(ctx["birth_date"]); g = D(f["graduation_date"])
    disc = DEGREE_DISC.get(f["major"], "工学")
    cn = rng.random() < 0.6
    bd = cn_date(b, day=False) if cn else "%d年%d月" % (b.year, b.month)
    stage = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[f["level"]]
    body = "%s，%s，%s生。在%s%s专业完成了%s学业，成绩合格。根据《中华人民共和国学位条例》的规定，授予%s%s学位。" % (
        f["name"], ctx["sex"], bd, f["school"], f["major"], stage, disc, f["level"])
    y = 60 if W < H else 45
    x0 = 25
    if W > H:
        p.image(25, 45, 30, 40, E.portrait(ctx["male"], rng)); x0 = 65
    else:
        p.image(W / 2 - 15, 34, 30, 40, E.portrait(ctx["male"], rng)); y = 85
    for ln in p.wrap("    " + body, 5, W - x0 - 20, ff):
        p.text(x0, y, ln, 5, ff, BLACK); y += 10
    y += 12
    p.text(W - 25, y, "%s" % f["school"], 4.5, ff, BLACK, "r"); y += 9
    p.text(W - 25, y, "学位评定委员会主席  %s" % ctx["president"], 4.5, ff, BLACK, "r"); y += 9
    p.text(W - 25, y, cn_date(g) if cn else "%d年%d月%d日" % (g.year, g.month, g.day), 4.5, ff, BLACK, "r")
    p.image(W - 85, y - 32, 40, 40, E.seal(f["school"] + "学位评定委员会", "", rng=rng))
    p.text(25, H - 20, "证书编号：%s" % ctx["degree_no"], 3.6, ff, BLACK)
    return [p]


def xuexin(f, ctx, rng):
    p = Page(210, 297)
    ff = "song"
    p.text(105, 22, "教育部学历证书电子注册备案表", 6.5, "song", BLACK, "c")
    p.text(190, 32, "更新日期：%s" % ctx["xx_date"], 3.2, ff, GREY, "r")
    b = D(ctx["birth_date"]); g = D(f["graduation_date"]); st = D(ctx["enrol_date"])
    rows = [("姓名", f["name"]), ("性别", ctx["sex"]), ("出生日期", "%d年%02d月%02d日" % (b.year, b.month, b.day)),
            ("入学日期", "%d年%02d月%02d日" % (st.year, st.month, st.day)), ("毕(结)业日期", "%d年%02d月%02d日" % (g.year, g.month, g.day)),
            ("学校名称", f["school"]), ("专业", f["major"]), ("学制", {"本科": "4年", "专科": "3年"}.get(f["level"], "3年")),
            ("层次", f["level"]), ("学历类别", "普通高等教育" if f["study_mode"] == "普通全日制" else "成人高等教育"),
            ("学习形式", f["study_mode"]), ("毕(结)业", "毕业"), ("证书编号", ctx["cert_no"]), ("校(院)长姓名", ctx["president"])]
    y = 42
    p.image(150, 42, 32, 42, E.portrait(ctx["male"], rng))
    for i, (a, v) in enumerate(rows):
        right = 140 if i < 6 else 188
        p.rect(22, y, 32, 9, outline=(120, 120, 120), fill=(240, 244, 250), lw=0.2)
        p.rect(54, y, right - 54, 9, outline=(120, 120, 120), lw=0.2)
        p.text(25, y + 2.7, a, 3.4, ff, BLACK); p.text(57, y + 2.5, v, 3.6, ff, BLACK)
        y += 9
    y += 10
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    p.text(22, y, "在线验证码：%s" % code, 3.6, ff, BLACK); y += 8
    p.text(22, y, "报告在线验证有效期内，可登录学信网（www.chsi.com.cn）输入在线验证码进行查询。", 3, ff, GREY)
    p.image(160, y - 5, 28, 28, E.qr(rng))
    return [p]


def marriage(f, ctx, rng):
    p = Page(250, 176, bg=(170, 30, 35), dpi_hint=220)
    for x0 in (4, 127):
        p.rect(x0, 4, 119, 168, outline=None, fill=pick(rng, (250, 240, 235), (248, 236, 228)))
    ff = pick(rng, "song", "sans", "ming")
    lab = (140, 40, 50)
    y = 22
    p.text(10, y, "持证人", 3.8, ff, lab); p.text(32, y - 0.3, f["holder_name"], 4.4, ff, BLACK); y += 14
    rd = D(f["registration_date"])
    p.text(10, y, "登记日期", 3.8, ff, lab); p.text(32, y - 0.3, "%d年%02d月%02d日" % (rd.year, rd.month, rd.day), 4.4, ff, BLACK); y += 14
    p.text(10, y, "结婚证字号", 3.8, ff, lab); p.text(36, y - 0.3, ctx["marriage_no"], 4.2, ff, BLACK); y += 14
    p.text(10, y, "备注", 3.8, ff, lab)
    p.image(60, 110, 44, 44, E.seal(ctx["marriage_office"], "婚姻登记专用章", rng=rng))
    p.image(150, 10, 72, 50, E.portrait(True, rng, w=460, h=320, bg=(200, 50, 50)))
    y = 70
    for who in ("a", "b"):
        nm, sx, bd, idn = ctx["m_" + who]
        p.text(133, y, "姓名", 3.4, ff, lab); p.text(145, y, nm, 4.0, ff, BLACK)
        p.text(185, y, "性别", 3.4, ff, lab); p.text(197, y, sx, 4.0, ff, BLACK); y += 8
        p.text(133, y, "国籍", 3.4, ff, lab); p.text(145, y, "中国", 4.0, ff, BLACK)
        p.text(175, y, "出生日期", 3.4, ff, lab); p.text(190, y, bd, 3.6, ff, BLACK); y += 8
        p.text(133, y, "身份证件号", 3.4, ff, lab); p.text(152, y, idn, 3.8, ff, BLACK); y += 16
    return [p]


# ---------------------------------------------------------------- non-documents
def unknown(kind, ctx, rng):
    if kind == "blank":
        p = Page(210, 297, bg=pick(rng, (255, 255, 255), (250, 250, 248)))
        return [p]
    if kind == "receipt":
        p = Page(80, 190, dpi_hint=250)
        y = 8
        p.text(40, y, pick(rng, "联华超市", "全家便利店", "罗森 LAWSON", "盒马鲜生"), 5, "sansb", BLACK, "c"); y += 9
        p.text(5, y, "门店：%s店" % pick(rng, "张杨路", "漕溪北路", "七莘路"), 3, "sans", BLACK); y += 5
        p.text(5, y, "交易时间：2026-%02d-%02d %02d:%02d" % (rng.randint(8, 11), rng.randint(1, 28), rng.randint(8, 21), rng.randint(0, 59)), 3, "sans", BLACK); y += 6
        p.line(5, y, 75, y, 0.2); y += 3
        tot = 0
        for it in rng.sample(["矿泉水", "全麦面包", "牛奶 1L", "鸡蛋 10枚", "苹果", "洗衣液", "纸巾", "咖啡", "酸奶", "大米 5kg"], 6):
            pr = rng.randint(3, 60) + rng.randint(0, 9) / 10
            tot += pr
            p.text(5, y, it, 3.2, "sans", BLACK); p.text(75, y, "%.2f" % pr, 3.2, "mono", BLACK, "r"); y += 5
        p.line(5, y, 75, y, 0.2); y += 3
        p.text(5, y, "合计", 3.6, "sansb", BLACK); p.text(75, y, "%.2f" % tot, 3.6, "mono", BLACK, "r"); y += 7
        p.text(40, y + 5, "谢谢惠顾，欢迎再次光临", 3, "sans", BLACK, "c")
        return [p]
    if kind == "bank":
        p = Page(210, 99, bg=(245, 250, 245), dpi_hint=220)
        p.text(105, 8, pick(rng, "中国工商银行", "中国建设银行", "招商银行") + "  个人业务回单", 5, "song", BLACK, "c")
        y = 22
        for a, v in (("户名", ctx["name"]), ("账号", "6222 %04d %04d %04d" % (rng.randint(0, 9999), rng.randint(0, 9999), rng.randint(0, 9999))),
                     ("交易类型", "转账汇款"), ("金额", "¥%d.00" % rng.randint(500, 9000)), ("附言", pick(rng, "房租", "生活费", "还款"))):
            p.text(20, y, a + "：", 3.8, "song", BLACK); p.text(50, y, v, 3.8, "song", BLACK); y += 9
        p.image(150, 40, 36, 36, E.seal(pick(rng, "中国工商银行上海市分行", "招商银行上海分行"), "业务专用章", rng=rng))
        return [p]
    # rental contract page
    p = Page(210, 297)
    p.text(105, 25, "上海市住房租赁合同", 7, "serifb", BLACK, "c")
    y = 45
    for t in ["出租人（甲方）：%s" % ctx["landlord"], "承租人（乙方）：%s" % ctx["name"],
              "    甲方将坐落于%s的房屋出租给乙方居住使用，租赁期限自2026年3月1日起至2027年2月28日止。" % ctx["residence_address"],
              "    月租金为人民币%d元，乙方应于每月5日前支付当月租金。甲方应保证房屋及设施安全。" % rng.randint(3000, 9000),
              "    乙方应合理使用房屋，不得擅自改变房屋结构和用途。乙方的财产由乙方自行负责。"]:
        for ln in p.wrap(t, 4.3, 165, "song"):
            p.text(22, y, ln, 4.3, "song", BLACK); y += 8
        y += 3
    return [p]
