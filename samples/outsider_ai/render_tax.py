"""个人所得税纳税记录 (national record: text PDF or printed paper), the app's
收入纳税明细 screenshots, and the older 税收完税证明."""
import datetime as dt

from . import people as P
from . import screen as S
from . import seal
from .painter import table, SheetPainter


def _d(s):
    return dt.date.fromisoformat(s)


def _shown_name(co, rng, halfwidth_ok=True):
    n = co["display"]
    if halfwidth_ok and rng.random() < 0.5:
        n = n.replace("（", "(").replace("）", ")")
    return n


def _remark(row, code_pos, rng, name):
    co = row["_co"]
    if code_pos == "before":
        return "扣缴义务人：%s\n%s" % (co["uscc"], name)
    if code_pos == "after":
        return "扣缴义务人：%s\n（%s）" % (name, co["uscc"])
    return "扣缴义务人：%s" % name


def _period_text(m, style):
    last = P.month_last_day(m)
    first = last.replace(day=1)
    if style == "dash":
        return "%s至\n%s" % (first.isoformat(), last.isoformat())
    return "%s-\n%s" % (first.strftime("%Y.%m.%d"), last.strftime("%Y.%m.%d"))


def national_record(doc, rng, p):
    """Paint the national record onto painter p (PdfPainter or SheetPainter)."""
    f, r = doc["fields"], doc["render"]
    issue = _d(f["issue_date"])
    rows = list(doc["rows"])
    if rng.random() < 0.4:
        rows = rows[::-1]
    pstyle = rng.choice(["dash", "dot"])
    names = {}
    body = []
    for row in rows:
        co = row["_co"]
        if co["norm"] not in names:
            names[co["norm"]] = _shown_name(co, rng)
        m = row["period"]
        y, mo = int(m[:4]), int(m[5:])
        decl = dt.date(y + (mo == 12), 1 if mo == 12 else mo + 1, rng.randint(5, 14))
        decl = max(min(decl, issue - dt.timedelta(days=1)), P.month_last_day(m) + dt.timedelta(days=1))
        paid = min(decl + dt.timedelta(days=rng.choice([0, 0, 1])), issue)
        body.append([decl.isoformat(), row["amount"], paid.isoformat(),
                     row["_item"], _period_text(m, pstyle), co["tax_office"],
                     _remark(row, r["code_pos"], rng, names[co["norm"]])])
    widths = [18, 16, 18, 20, 24, 30, 52]
    x0 = (210 - sum(widths)) / 2
    header = ["申报日期", "实缴(退)金额", "入(退)库日期", "所得项目", "税款所属期", "入库税务机关", "备注"]
    per_page = rng.choice([12, 14, 16])
    chunks = [body[k:k + per_page] for k in range(0, len(body), per_page)] or [[]]
    order = rng.choice(["rows", "rows", "cols"])
    rules = rng.choice(["full", "full", "header"])
    code = "".join(rng.choice("0123456789ABCDEF") for _ in range(16))
    no = "%d%014d" % (issue.year % 100, rng.randint(0, 10 ** 14 - 1))
    for k, chunk in enumerate(chunks):
        if k:
            p.new_page()
        p.text(105, 22, "中华人民共和国", "hei_bold", 15, anchor="m")
        p.text(105, 31, "个人所得税纳税记录", "hei_bold", 17, anchor="m")
        p.text(105, 38, "（原《税收完税证明》）", "hei", 10, anchor="m")
        p.text(200, 46, "No. %s" % no, "hei", 8.5, anchor="r")
        p.text(x0, 52, "纳税人名称：%s" % f["name"], "hei", 9.5)
        p.text(x0 + 80, 52, "纳税人识别号：%s" % f["id_number"], "hei", 9.5)
        rs, re_ = r["first"], r["last"]
        p.text(x0, 59, "记录期间：%s年%s月-%s年%s月" % (rs[:4], rs[5:], re_[:4], re_[5:]), "hei", 9.5)
        p.text(x0 + 80, 59, "开具日期：%s" % P.cn_date(issue, "cn0"), "hei", 9.5)
        p.text(200, 65, "金额单位：人民币元", "hei", 8, anchor="r")
        y = table(p, x0, 68, widths, header, chunk, size=7.2, rules=rules, order=order,
                  header_fill=(235, 235, 235) if rules == "full" else None)
        if k == len(chunks) - 1:
            total = sum(float(rw["amount"]) for rw in rows)
            p.text(x0, y + 7, "合计（小写）：%.2f" % total, "hei", 9)
            notes = ["说明：1.本记录涉及纳税人敏感信息，不慎遗失、泄露或被他人窃取、篡改的，后果自行承担。",
                     "2.本记录中的税款所属期为纳税人取得所得的所属期间，不代表实际取得收入的时间。",
                     "3.本记录可通过个人所得税APP或自然人电子税务局进行验证。"]
            for j, t in enumerate(notes):
                p.text(x0, y + 16 + j * 5.5, t, "hei", 7.5, (70, 70, 70))
            p.text(x0, y + 36, "查询验证码：%s" % " ".join(code[i:i + 4] for i in range(0, 16, 4)), "hei", 9)
            if hasattr(p, "seal_vector"):
                p.seal_vector("国家税务总局上海市税务局", 160, y + 30, 36, bottom="征税专用章")
            else:
                p.seal(lambda ppm: seal.round_seal("国家税务总局上海市税务局", rng, ppm, 36, bottom="征税专用章"),
                       160, y + 30, rng)
        p.text(105, 288, "第 %d 页 / 共 %d 页" % (k + 1, len(chunks)), "hei", 8, (90, 90, 90), "m")
    return len(chunks)


def national_record_images(doc, rng, dpi):
    p = SheetPainter(dpi)
    national_record(doc, rng, p)
    return p.finish()


def _money(v):
    return "{:,.2f}".format(v)


def income_app(doc, rng, who):
    """Screenshots of 收入纳税明细: a list by month; several screens."""
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["period"], reverse=True)
    items = []
    for row in rows:
        amt = float(row["amount"])
        income = round(max(amt * rng.uniform(9, 14), 5000 + rng.uniform(0, 3000)), 2) if amt else round(rng.uniform(4800, 6000), 2)
        items.append((row, income))
    per = rng.choice([4, 5])
    screens = []
    clock = (rng.randint(9, 20), rng.randint(0, 50))
    for k in range(0, len(items), per):
        s = S.new_screen(rng)
        S.status_bar(s, rng, "%d:%02d" % (clock[0], clock[1] + k // per))
        y = S.title_bar(s, "收入纳税明细")
        if k == 0:
            S.gradient_banner(s, 5, y + 4, 103, y + 36, (214, 60, 50), (238, 110, 80))
            s.text(10, y + 17, f["name"], "hei_bold", 22, (255, 255, 255))
            s.text(10, y + 28, "身份证 %s" % f["id_number"], "hei", 11, (255, 230, 225))
            y += 40
            s.rounded(5, y + 2, 40, y + 11, 4, fill=(255, 255, 255))
            s.text(22.5, y + 8.6, "%s年" % rows[0]["period"][:4], "hei", 11, (40, 40, 40), "ms")
            s.rounded(43, y + 2, 80, y + 11, 4, fill=(255, 255, 255))
            s.text(61.5, y + 8.6, "全部所得", "hei", 11, (40, 40, 40), "ms")
            y += 15
            S.card(s, 5, y, 103, y + 24)
            tot_i = sum(i for _, i in items)
            tot_t = sum(float(r["amount"]) for r, _ in items)
            s.text(10, y + 8, "收入合计(元)", "hei", 10, (140, 140, 145))
            s.text(10, y + 17.5, _money(tot_i), "hei_bold", 15)
            s.text(60, y + 8, "已申报税额合计(元)", "hei", 10, (140, 140, 145))
            s.text(60, y + 17.5, _money(tot_t), "hei_bold", 15)
            y += 28
        else:
            y += 3
        for row, income in items[k:k + per]:
            agent = _shown_name(row["_co"], rng)
            lines = s.wrap(agent, "hei", 11, 60)
            h = 40 + 5.5 * (len(lines) - 1)
            S.card(s, 5, y, 103, y + h)
            item = row["_item"].replace("所得", "").replace("收入", "")
            s.text(10, y + 9, item, "hei_bold", 13)
            s.text(98, y + 9, "¥" + _money(income), "hei_bold", 13, anchor="rs")
            s.text(10, y + 16, "所得月份 %s" % row["period"], "hei", 10.5, (140, 140, 145))
            s.text(10, y + 25, "扣缴义务人", "hei", 11, (140, 140, 145))
            for j, ln in enumerate(lines):
                s.text(98, y + 25 + 5.5 * j, ln, "hei", 11, anchor="rs")
            yy = y + 25 + 5.5 * (len(lines) - 1) + 9
            s.text(10, yy, "已申报税额", "hei", 11, (140, 140, 145))
            s.text(98, yy, _money(float(row["amount"])), "hei", 11, anchor="rs")
            y += h + 4
        screens.append(s.img)
    return screens


def old_certificate(doc, rng, dpi):
    """The older 税收完税证明 (one sheet), printed and later scanned."""
    f = doc["fields"]
    p = SheetPainter(dpi)
    issue = _d(f["issue_date"])
    p.text(105, 28, "中华人民共和国", "song_bold", 16, anchor="m")
    p.text(105, 38, "税 收 完 税 证 明", "song_bold", 18, anchor="m")
    p.text(30, 48, "（161）沪个证 %07d" % rng.randint(0, 9999999), "song", 9)
    p.text(150, 48, "No. %010d" % rng.randint(0, 10 ** 10 - 1), "song", 9)
    p.text(30, 56, "填发日期：%s" % P.cn_date(issue), "song", 10)
    p.text(115, 56, "税务机关：国家税务总局上海市税务局", "song", 10)
    p.text(30, 64, "纳税人识别号：%s" % f["id_number"], "song", 10)
    p.text(115, 64, "纳税人名称：%s" % f["name"], "song", 10)
    body = []
    for row in doc["rows"]:
        m = row["period"]
        body.append(["%d%09d" % (int(m[:4]) % 100, rng.randint(0, 10 ** 9 - 1)), "个人所得税", row["_item"],
                     _period_text(m, "dash"),
                     min(P.month_last_day(m) + dt.timedelta(days=rng.randint(8, 14)), issue).isoformat(),
                     row["amount"], "扣缴义务人：" + _shown_name(row["_co"], rng)])
    y = table(p, 16, 68, [21, 16, 20, 26, 19, 17, 59], ["原凭证号", "税种", "品目名称", "税款所属时期", "入(退)库日期",
                                                       "实缴(退)金额", "备注"], body, size=7, font="song")
    total = sum(float(r["amount"]) for r in doc["rows"])
    p.text(16, y + 8, "金额合计（小写）¥%.2f" % total, "song", 10)
    p.text(16, y + 18, "妥善保管", "song", 10)
    p.text(120, y + 18, "填票人：%s" % P.pick_name(rng, "女"), "song", 10)
    p.seal(lambda ppm: seal.round_seal("国家税务总局上海市税务局", rng, ppm, 38, bottom="征税专用章"), 70, y + 22, rng)
    return p.finish()
