"""社保缴费记录 as printed from 随申办 / 一网通办 (text PDF or paper)."""
import datetime as dt

from . import people as P
from .painter import table, SheetPainter


def _d(s):
    return dt.date.fromisoformat(s)


def _name(co, rng):
    n = co["display"]
    return n.replace("（", "(").replace("）", ")") if rng.random() < 0.3 else n


def _groups(rows):
    """Consecutive months with the same employer, base and type -> one row."""
    out = []
    for r in rows:
        key = (r.get("employer"), r["base"], r["back_payment"])
        if out and out[-1][0] == key:
            out[-1][1].append(r)
        else:
            out.append((key, [r]))
    return out


def record(doc, rng, p, cut_employer=False):
    f, rr = doc["fields"], doc["render"]
    lay = doc["layout"]
    variant = rng.choice(["a", "b"]) if lay != "yiwangtongban_pdf" else "b"
    title = "上海市社会保险个人缴费情况" if variant == "a" else "城镇职工基本养老保险个人缴费记录"
    if lay == "yiwangtongban_pdf":
        title = "上海市社会保险个人权益记录（缴费明细）"
    rows = sorted(doc["rows"], key=lambda r: r["month"], reverse=rng.random() < 0.5)
    names = {}
    sep_backpay = any(r["back_payment"] for r in rows) and rng.random() < 0.5 and not cut_employer
    main, extra = [], []
    src = _groups(rows) if lay == "range_rows" else [((r.get("employer"), r["base"], r["back_payment"]), [r]) for r in rows]
    for key, grp in src:
        r0 = grp[0]
        co = r0.get("_co")
        if co and co["norm"] not in names:
            names[co["norm"]] = _name(co, rng)
        emp = names[co["norm"]] if co else ""
        b = float(r0["base"])
        ms = sorted(x["month"] for x in grp)
        mtxt = ms[0].replace("-", ".") if len(ms) == 1 else "%s-%s" % (ms[0].replace("-", "."), ms[-1].replace("-", "."))
        if len(ms) == 1 and variant == "b":
            mtxt = ms[0].replace("-", "")
        kind = "补缴" if r0["back_payment"] else "正常"
        vals = [mtxt, emp, r0["base"], "%.2f" % (b * 0.08), "%.2f" % (b * 0.02), "%.2f" % (b * 0.005)]
        if sep_backpay and r0["back_payment"]:
            extra.append(vals + ["%s补缴" % rr["print_date"].strftime("%Y.%m")])
        else:
            main.append(vals + [kind if lay != "yiwangtongban_pdf" else ("补缴" if r0["back_payment"] else "")])
    head = ["缴费年月" if variant == "a" else "费款所属期", "单位名称" if variant == "a" else "缴费单位", "缴费基数",
            "养老(个人)", "医疗(个人)", "失业(个人)", "缴费类型" if lay != "yiwangtongban_pdf" else "备注"]
    widths = [24 if lay == "range_rows" else 18, 58, 18, 18, 18, 16, 16]
    if cut_employer:                           # employer column printed last (and cut off in the photo)
        order = [0, 2, 3, 4, 5, 6, 1]
        head = [head[i] for i in order]
        widths = [18, 20, 20, 20, 18, 18, 58]
        main = [[v[i] for i in order] for v in main]
    x0 = (210 - sum(widths)) / 2
    per = rng.choice([18, 22, 24])
    chunks = [main[k:k + per] for k in range(0, len(main), per)] or [[]]
    pages = 0
    for k, ch in enumerate(chunks):
        if k:
            p.new_page()
        pages += 1
        p.text(105, 24, title, "hei_bold", 14, anchor="m")
        p.text(x0, 35, "姓名：%s" % f["name"], "hei", 10)
        p.text(x0 + 50, 35, "证件号码：%s" % f["id_number"], "hei", 10)
        p.text(x0, 42, "打印日期：%s" % rr["print_date"].isoformat(), "hei", 9, (80, 80, 80))
        p.text(x0 + 50, 42, "单位：元", "hei", 9, (80, 80, 80))
        y = table(p, x0, 46, widths, head, ch, size=7.5, rules=rng.choice(["full", "header"]),
                  header_fill=(232, 238, 246))
        if k == len(chunks) - 1 and extra:
            p.text(x0, y + 9, "补缴明细", "hei_bold", 10.5)
            y = table(p, x0, y + 12, widths, head[:-1] + ["补缴时间"], extra, size=7.5)
        if k == len(chunks) - 1:
            p.text(x0, y + 9, "说明：以上信息仅供参考，“补缴”为逾期补缴记录。本记录可通过随申办或一网通办核验。", "hei", 7.5,
                   (90, 90, 90))
        p.text(105, 288, "第%d页 共%d页" % (k + 1, len(chunks)), "hei", 8, (90, 90, 90), "m")
    return pages


def record_images(doc, rng, dpi, cut_employer=False):
    p = SheetPainter(dpi)
    record(doc, rng, p, cut_employer)
    return p.finish()
