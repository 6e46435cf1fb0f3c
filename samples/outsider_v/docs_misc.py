"""居住证信息 printed pages, the older 税收完税证明, and pages that are not
documents of the packet (receipts, a rental contract page, a bank slip)."""
from __future__ import annotations

import datetime as dt

from PIL import Image

from .draw import Page, stamp, watermark, qr_like, BLACK
from . import fmt

GREY = (110, 110, 115)


def permit_info(doc, st, rng, dpi=200, facts=None):
    f, raw = doc["fields"], doc["raw"]
    lay = doc["layout"]
    if lay == "card_plus_info":
        lay = rng.choice(["info_grid2", "info_grid4", "info_list", "info_label_above"])
    pg = Page(210, 297, dpi=dpi)
    sp = st["song"] if rng.random() < 0.5 else st["hei"]
    title = rng.choice(["上海市居住证信息", "居住证信息查询结果", "上海市居住证办理信息（打印件）", "上海市居住证信息表"])
    pg.text(105, 34, title, st["hei_bold"], 7, BLACK, anchor="ms")
    L = {
        "name": "姓名",
        "idn": rng.choice(["证件号码", "公民身份号码", "身份证号码"]),
        "hk": rng.choice(["户籍地址", "常住户口所在地住址", "户籍所在地"]),
        "res": rng.choice(["居住地址", "居住地住址", "现居住地址"]),
        "iss": rng.choice(["签发日期", "签注日期", "发证日期"]),
        "valid": "有效期限",
    }
    hk = raw.get("hukou_address") or f["hukou_address"]
    res = raw.get("residence_address") or f["residence_address"]
    dstyle = rng.choice(["cn0", "iso", "dot", "cn"])
    vf, vu = f["valid_from"], f["valid_until"]
    split_valid = rng.random() < 0.4
    vtxt = f"{fmt.date(vf, 'dot')}至{fmt.date(vu, 'dot')}" if rng.random() < 0.6 else \
        f"{fmt.date(vf, 'cn0')}至{fmt.date(vu, 'cn0')}"
    extra = [("性别", facts["sex"]), ("出生日期", fmt.date(facts["birth"], dstyle)),
             ("居住证号", "".join(str(rng.randint(0, 9)) for _ in range(12))),
             ("受理点", f"{facts['res_district']}社区事务受理服务中心")]
    rows = [(L["name"], f["name"]), (L["idn"], f["id_number"])] + extra[:2] + [
        (L["hk"], hk), (L["res"], res), (L["iss"], fmt.date(f["issue_date"], dstyle))]
    if split_valid:
        rows += [("有效期起", fmt.date(vf, dstyle)), ("有效期止", fmt.date(vu, dstyle))]
    else:
        rows += [(L["valid"], vtxt)]
    rows += extra[2:]
    x0, x1 = 22, 188
    y = 50
    if lay == "info_grid2":
        lw = rng.choice([38, 44, 50])
        lalign = rng.choice(["c", "l"])
        for l, v in rows:
            long = l in (L["hk"], L["res"], "受理点")
            h = 15 if long else 11
            pg.rect(x0, y, x1, y + h, 0.3)
            pg.line(x0 + lw, y, x0 + lw, y + h, 0.3)
            pg.rect(x0, y, x0 + lw, y + h, 0.3, fill=None)
            pg.cell((x0, y, x0 + lw, y + h), l, sp, 4.0, align=lalign, max_lines=2)
            pg.cell((x0 + lw, y, x1, y + h), v, sp, 4.3, max_lines=2)
            y += h
    elif lay == "info_grid4":
        # label|value|label|value; addresses span three cells
        cw = [30, 53, 30, 53]
        xs = [x0]
        for w in cw:
            xs.append(xs[-1] + w)
        pairs = []
        short = [r for r in rows if r[0] not in (L["hk"], L["res"], "受理点")]
        longs = [r for r in rows if r[0] in (L["hk"], L["res"], "受理点")]
        for i in range(0, len(short), 2):
            pairs.append(short[i:i + 2])
        for pr in pairs:
            h = 12
            for k, (l, v) in enumerate(pr):
                a = xs[2 * k]
                pg.rect(a, y, xs[2 * k + 1], y + h, 0.3)
                pg.rect(xs[2 * k + 1], y, xs[2 * k + 2], y + h, 0.3)
                pg.cell((a, y, xs[2 * k + 1], y + h), l, sp, 3.7, align="c", max_lines=2)
                pg.cell((xs[2 * k + 1], y, xs[2 * k + 2], y + h), v, sp, 3.9, max_lines=2)
            if len(pr) == 1:
                pg.rect(xs[2], y, xs[4], y + h, 0.3)
            y += h
        for l, v in longs:
            h = 15
            pg.rect(xs[0], y, xs[1], y + h, 0.3)
            pg.rect(xs[1], y, xs[4], y + h, 0.3)
            pg.cell((xs[0], y, xs[1], y + h), l, sp, 3.7, align="c", max_lines=2)
            pg.cell((xs[1], y, xs[4], y + h), v, sp, 4.1, max_lines=2)
            y += h
    elif lay == "info_list":
        # label at the left, value far to the right
        for l, v in rows:
            pg.text(x0, y + 6, l + rng.choice(["：", "", ":"]), sp, 4.2, GREY if rng.random() < 0.5 else BLACK)
            lines = pg.wrap(v, sp, 4.3, 110)
            for i, t in enumerate(lines):
                pg.text(x1, y + 6 + i * 6.5, t, sp, 4.3, BLACK, anchor="rs")
            pg.line(x0, y + 9 + (len(lines) - 1) * 6.5, x1, y + 9 + (len(lines) - 1) * 6.5, 0.15, (200, 200, 200))
            y += 12 + (len(lines) - 1) * 6.5
    else:  # label above its value
        for l, v in rows:
            pg.text(x0, y + 4, l, sp, 3.3, GREY)
            lines = pg.wrap(v, sp, 4.5, x1 - x0)
            for i, t in enumerate(lines):
                pg.text(x0, y + 11 + i * 6.5, t, sp, 4.5, BLACK)
            y += 15 + (len(lines) - 1) * 6.5
    y += 12
    pg.text(x0, y, f"打印时间：{fmt.date(facts['print_date'], 'iso')} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", sp, 3.4, GREY)
    pg.text(x0, y + 7, "注：本页信息仅供办理居住证积分等业务核对使用。", sp, 3.4, GREY)
    office = raw.get("office", "")
    if rng.random() < 0.75:
        stamp(pg, 150, y + 8, 38, office + "人口管理办公室" if len(office) < 12 else office, "居住证专用章", st["song"], rng,
              alpha=0.8)
    if rng.random() < 0.35:
        watermark(pg, "仅供居住证积分使用，他用无效", st["hei"], rng, alpha=0.28)
    return pg.img


def tax_old(doc, st, rng, dpi=200, facts=None):
    """The older 税收完税证明 (one page, image)."""
    f = doc["fields"]
    rows = doc["rows"]
    pages = []
    per = 10
    for p0 in range(0, len(rows), per):
        pg = Page(241, 160, dpi=dpi, bg=(250, 250, 246))
        sp = st["song"]
        pg.text(120, 16, "中华人民共和国", sp, 5, BLACK, anchor="ms", track=1)
        pg.text(120, 26, "税 收 完 税 证 明", st["song_bold"], 7, BLACK, anchor="ms")
        pg.text(200, 26, f"No.{facts['tax_no']}", st["mono"], 3.4, (160, 40, 40))
        pg.text(14, 36, f"填发日期：{fmt.date(f['issue_date'], 'cn0')}", sp, 3.3, BLACK)
        pg.text(120, 36, f"税务机关：{rows[0]['_office']}", sp, 3.3, BLACK, max_w=110)
        pg.rect(12, 39, 229, 150, 0.35)
        pg.line(12, 46, 229, 46, 0.3)
        pg.text(14, 44, f"纳税人识别号：{f['id_number']}", sp, 3.3, BLACK)
        pg.text(120, 44, f"纳税人名称：{f['name']}", sp, 3.3, BLACK)
        cols = [12, 32, 50, 72, 117, 141, 163, 229]
        heads = ["原凭证号", "税种", "品目名称", "税款所属时期", "入(退)库日期", "实缴(退)金额", "备注"]
        y = 46
        pg.grid(0, y, cols, [y, y + 8], 0.3)
        for (a, b), h in zip(zip(cols, cols[1:]), heads):
            pg.cell((a, y, b, y + 8), h, sp, 2.8, align="c", max_lines=1, pad=0.5)
        y += 8
        for r in rows[p0:p0 + per]:
            rh = 8.5
            pg.grid(0, y, cols, [y, y + rh], 0.25)
            vals = [f"3{rng.randint(10 ** 15, 10 ** 16 - 1)}"[:17], "个人所得税", r["_item"].replace("收入", "").replace("所得", "所得"),
                    fmt.month_range(r["period"], "iso_zhi"), r["_paid"], r["amount"], f"扣缴义务人：{r['_agent_raw']}"]
            for (a, b), v in zip(zip(cols, cols[1:]), vals):
                pg.cell((a, y, b, y + rh), v, sp, 2.6, align="c" if b != 229 else "l", max_lines=2, pad=0.5)
            y += rh
        tot = sum(float(r["amount"]) for r in rows[p0:p0 + per])
        pg.text(14, 147, f"金额合计（小写）¥{tot:.2f}", sp, 3.2, BLACK)
        pg.text(200, 157, "妥善保管", sp, 3.2, BLACK)
        stamp(pg, 60, 135, 30, rows[0]["_office"], "征税专用章", sp, rng, alpha=0.75)
        pages.append(pg.img)
    return pages


def receipt(rng, st, dpi=200, facts=None):
    pg = Page(80, 190, dpi=dpi, bg=(248, 248, 244))
    sp = st["hei"]
    shop = rng.choice(["好邻居便利店", "鲜丰水果", "快客超市", "全家便利"]) + f"（{facts['res_district'].replace('新区','')}店）"
    pg.text(40, 12, shop, sp, 4, BLACK, anchor="ms", max_w=70)
    pg.text(6, 22, f"单号：{rng.randint(10 ** 11, 10 ** 12 - 1)}", sp, 2.8, BLACK)
    pg.text(6, 27, f"日期：{fmt.date(facts['print_date'], 'iso')} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", sp, 2.8, BLACK)
    pg.line(4, 30, 76, 30, 0.2)
    items = rng.sample([("矿泉水550ml", 2.0), ("鲜牛奶", 12.8), ("面包", 8.5), ("苹果 1.2kg", 15.6), ("纸巾", 9.9),
                        ("酸奶", 6.5), ("咖啡", 15.0), ("饭团", 7.5)], 5)
    y = 36
    tot = 0
    for n, p in items:
        pg.text(6, y, n, sp, 3, BLACK)
        pg.text(74, y, f"{p:.2f}", sp, 3, BLACK, anchor="rs")
        tot += p
        y += 6
    pg.line(4, y, 76, y, 0.2)
    pg.text(6, y + 7, "合计", sp, 3.4, BLACK)
    pg.text(74, y + 7, f"{tot:.2f}", sp, 3.4, BLACK, anchor="rs")
    pg.text(6, y + 14, "支付方式：微信支付", sp, 2.8, BLACK)
    pg.text(40, y + 28, "谢谢惠顾 欢迎再次光临", sp, 3, BLACK, anchor="ms")
    return pg.img


def rental(rng, st, dpi=200, facts=None):
    pg = Page(210, 297, dpi=dpi)
    sp = st["song"]
    pg.text(105, 32, "上海市住房租赁合同", st["song_bold"], 7.5, BLACK, anchor="ms")
    y = 50
    paras = [f"出租人（甲方）：{facts['landlord']}", f"承租人（乙方）：{facts['name']}",
             "第一条  房屋基本情况",
             f"甲方将坐落于{facts['res_addr']}的房屋出租给乙方居住使用，建筑面积{rng.randint(35, 98)}.{rng.randint(10, 99)}㎡。",
             "第二条  租赁期限",
             f"租赁期自{fmt.date(facts['lease_start'], 'cn')}起至{fmt.date(facts['lease_end'], 'cn')}止。",
             "第三条  租金及支付方式",
             f"月租金为人民币{rng.choice([3800, 4500, 5200, 6800, 7500])}元整，按月支付，押一付三。乙方应于每月5日前支付当月租金。",
             "第四条  其他约定", "租赁期间，乙方应合理使用房屋及其附属设施，不得擅自改变房屋结构和用途。"]
    for t in paras:
        if t.startswith("第"):
            pg.text(25, y, t, st["hei_bold"], 4.2, BLACK)
            y += 9
        else:
            lines = pg.wrap("　　" + t, sp, 4.1, 160)
            for ln in lines:
                pg.text(25, y, ln, sp, 4.1, BLACK)
                y += 7.5
            y += 2
    pg.text(105, 285, "第 1 页 共 4 页", sp, 3.2, BLACK, anchor="ms")
    return pg.img


def bank_slip(rng, st, dpi=200, facts=None):
    pg = Page(210, 110, dpi=dpi)
    sp = st["hei"]
    pg.text(105, 15, rng.choice(["中国某某银行", "某某商业银行"]) + " 电子回单", st["hei_bold"], 5.5, BLACK, anchor="ms")
    rows = [("交易日期", fmt.date(facts["print_date"], "iso")), ("付款人", facts["name"]),
            ("付款账号", "6222 " + " ".join(str(rng.randint(1000, 9999)) for _ in range(3))),
            ("收款人", facts["landlord"]), ("金额", f"¥{rng.choice([3800, 4500, 5200])}.00"), ("用途", "房租")]
    y = 25
    for l, v in rows:
        pg.rect(20, y, 190, y + 10, 0.3)
        pg.line(60, y, 60, y + 10, 0.3)
        pg.cell((20, y, 60, y + 10), l, sp, 3.6, align="c")
        pg.cell((60, y, 190, y + 10), v, sp, 3.8)
        y += 10
    stamp(pg, 160, 92, 26, "电子回单专用章", "", sp, rng, alpha=0.7)
    return pg.img
