"""Forms and captures: turn the packet's documents into files and truth pages."""
import datetime as dt
import io
import os
from dateutil.relativedelta import relativedelta
from PIL import Image, ImageDraw

from . import docs as R
from . import tables as TB
from . import capture as CP
from .gfx import watermark, font, text, wrap, qr, seal
from .people import make_uscc

TAXOFF = ["浦东新区", "闵行区", "徐汇区", "静安区", "普陀区", "杨浦区", "宝山区", "嘉定区", "松江区", "青浦区"]


class Sheet:
    """One drawn page before capture."""
    def __init__(self, img, kind, docs, types=None):
        self.img, self.kind, self.docs = img, kind, docs
        self.types = types or [d.type for d in docs]


class Names:
    def __init__(self, rng, asof):
        self.rng, self.asof, self.used = rng, asof, set()

    def ts(self):
        r = self.rng
        d = self.asof - dt.timedelta(days=r.randint(1, 25))
        return d, f"{r.randint(7, 23):02d}{r.randint(0, 59):02d}{r.randint(0, 59):02d}"

    def get(self, fam, hint=None, ext="jpg"):
        r = self.rng
        for _ in range(50):
            d, t = self.ts()
            ymd = d.strftime("%Y%m%d")
            if fam == "photo":
                c = r.choice([f"IMG_{ymd}_{t}", f"IMG_{r.randint(1000, 9999)}", f"{ymd}_{t}", f"P{d:%m%d}{t}", f"mmexport{r.randint(1690000000000, 1799999999999)}"])
            elif fam == "chat":
                c = r.choice([f"微信图片_{ymd}{t}", f"mmexport{r.randint(1690000000000, 1799999999999)}", f"wx_camera_{r.randint(10**12, 10**13)}"])
            elif fam == "screenshot":
                c = r.choice([f"Screenshot_{d:%Y-%m-%d}-{t[:2]}-{t[2:4]}-{t[4:]}", f"Screenshot_{ymd}_{t}", f"截图_{ymd}{t}", f"IMG_{r.randint(1000, 9999)}"])
            elif fam == "scanpdf":
                c = r.choice([f"扫描全能王 {d:%Y-%m-%d} {t[:2]}.{t[2:4]}", f"CamScanner {d:%m-%d-%Y} {t[:2]}.{t[2:4]}", f"新建文档 {d:%Y-%m-%d} {t[:2]}.{t[2:4]}.{t[4:]}", f"Doc{r.randint(1, 20)}", f"扫描件{r.randint(1, 60)}"])
            elif fam == "scan":
                c = r.choice([f"scan{r.randint(1, 9999):04d}", f"扫描件{r.randint(1, 60)}", f"Scan_{ymd}_{t}", f"{r.randint(1, 99):03d}", f"image{r.randint(1, 30)}"])
            elif fam == "tiff":
                c = r.choice([f"scan_{ymd}", f"{r.randint(1, 99):05d}", f"复印件{r.randint(1, 9)}"])
            else:
                c = r.choice(["download", "文件", f"file_{t}", "打印"])
            if hint and r.random() < 0.55:
                c = hint if r.random() < 0.6 else f"{hint}{r.randint(1, 9)}"
            name = f"{c}.{ext}"
            if name.lower() not in self.used:
                self.used.add(name.lower())
                return name
        raise RuntimeError("names")


HINTS = {"id_card": ["身份证", "身份证正反面", "sfz"], "residence_permit": ["居住证", "居住证信息", "jzz"],
         "household_register_cover": ["户口本", "户口簿", "户口本首页"], "household_register_member": ["户口本本人页", "户口簿"],
         "collective_hukou_certificate": ["户籍证明", "集体户口证明"], "labour_contract": ["劳动合同", "合同", "ht"],
         "tax_record": ["个税", "纳税记录", "个人所得税纳税记录", "完税证明"], "social_insurance_record": ["社保", "社保缴费记录", "缴费情况"],
         "diploma": ["毕业证", "学历", "学信网备案表"], "degree_certificate": ["学位证"], "marriage_certificate": ["结婚证"], "unknown": ["其他", "附件"]}


def hint(rng, t):
    if rng.random() < 0.12:  # misleading file name
        t = rng.choice(list(HINTS))
    return rng.choice(HINTS[t])


# ------------------------------------------------------------------ forms
def form_id(doc, rng, front_only=False, lay=None):
    f = doc.fields
    sc = rng.choice([1.0, 1.2])
    fr = R.id_front(f, rng, sc)
    if front_only:
        for k in ("issuing_authority", "valid_from", "valid_until"):
            f.pop(k, None)
        doc.layout = "front_only_photo"
        return [Sheet(fr, "card", [doc])], "card"
    bk = R.id_back(f, rng, sc)
    lay = lay or rng.choice(["card_photos", "a4_copy", "a4_copy", "scanned_cards"])
    doc.layout = lay
    if lay == "card_photos":
        return [Sheet(fr, "card", [doc]), Sheet(bk, "card", [doc])], "card"
    if lay == "scanned_cards":
        return [Sheet(CP.on_a4([fr], rng), "a4", [doc]), Sheet(CP.on_a4([bk], rng), "a4", [doc])], "a4"
    return [Sheet(CP.on_a4([fr, bk], rng, rng.choice(["stack", "side"])), "a4", [doc])], "a4"


def form_permit(doc, rng, idsheet_holder, card_only=False, lay=None):
    f = doc.fields
    if card_only:
        f.pop("hukou_address", None)
        doc.layout = "card_only"
        return [Sheet(R.permit_card_front(dict(f, **doc.x), rng), "card", [doc]), Sheet(R.permit_card_back(f, rng), "card", [doc])], "card"
    lay = lay or rng.choice(["info_grid2", "info_grid4", "info_list", "app_screenshot", "card_info", "card_info"])
    doc.layout = lay
    if lay == "app_screenshot":
        return [Sheet(R.permit_app(f, rng)[0], "screen", [doc])], "screen"
    if lay.startswith("info"):
        return [Sheet(R.permit_info(dict(f, **doc.x), rng, lay[5:])[0], "a4", [doc])], "a4"
    # the card (front/back) plus the information page: one document
    info = Sheet(R.permit_info(dict(f, **doc.x), rng, rng.choice(["grid2", "grid4", "list"]))[0], "a4", [doc])
    front = R.permit_card_front(dict(f, **doc.x), rng)
    back = R.permit_card_back(f, rng)
    if idsheet_holder is not None:
        idsheet_holder.append((front, back))
        return [info], "a4"
    if rng.random() < 0.5:
        return [Sheet(CP.on_a4([front, back], rng), "a4", [doc]), info], "a4"
    return [Sheet(front, "card", [doc]), Sheet(back, "card", [doc]), info], "mixed"


def form_hukou(cov, mem, rng, lay=None):
    hand = rng.random() < 0.45
    c = R.hh_cover(dict(cov.fields, **cov.x), rng, hand=hand and rng.random() < 0.5)
    m = R.hh_member(dict(mem.fields, **mem.x), rng, hand=hand)
    lay = lay or rng.choice(["booklet_single", "booklet_open", "a4_copy"])
    cov.layout = mem.layout = lay
    if lay == "booklet_single":
        return [Sheet(c, "booklet", [cov]), Sheet(m, "booklet", [mem])]
    if lay == "booklet_open":
        W = c.size[0] + m.size[0] + 60
        img = Image.new("RGB", (W, c.size[1] + 60), (rng.randint(20, 60), rng.randint(60, 110), rng.randint(120, 170)))
        img.paste(c, (20, 30))
        img.paste(m, (40 + c.size[0], 30))
        ImageDraw.Draw(img).line([(30 + c.size[0], 30), (30 + c.size[0], c.size[1] + 30)], fill=(120, 120, 120), width=6)
        return [Sheet(img, "wide", [cov, mem], ["household_register_cover", "household_register_member"])]
    return [Sheet(CP.on_a4([c, m], rng, "stack"), "a4", [cov, mem], ["household_register_cover", "household_register_member"])]


def tax_spec(doc, rng, style):
    f = doc.fields
    ux = doc.x["_uscc"]
    office = "国家税务总局上海市" + rng.choice(TAXOFF) + "税务局"
    rows = []
    pstyle = rng.randint(0, 2)
    nstyle = rng.randint(0, 3)
    for r in doc.rows:
        y, m = int(r["period"][:4]), int(r["period"][5:])
        first = dt.date(y, m, 1)
        last = first + relativedelta(months=1) - dt.timedelta(days=1)
        decl = last + dt.timedelta(days=rng.randint(3, 15))
        if pstyle == 0:
            per = f"{first:%Y-%m-%d}至{last:%Y-%m-%d}"
        elif pstyle == 1:
            per = f"{first:%Y.%m.%d}-{last:%Y.%m.%d}"
        else:
            per = f"{first:%Y%m%d}-{last:%Y%m%d}"
        agent = r["withholding_agent"]
        code = ux.get(agent) or make_uscc(rng)
        note = {0: f"扣缴义务人：{agent}", 1: f"扣缴义务人：{code} {agent}", 2: f"扣缴义务人：{agent}（{code}）", 3: f"{agent}"}[nstyle]
        if style == "national":
            rows.append([f"{decl:%Y-%m-%d}", r["amount"], f"{decl + dt.timedelta(days=rng.choice([0, 0, 1])):%Y-%m-%d}",
                         r["_item"], per, office, note])
        else:
            rows.append([r["period"], r["_item"], agent, f"{float(r['amount']) * rng.uniform(8, 14):.2f}", r["amount"]])
    periods = [r["period"] for r in doc.rows]
    lo, hi = min(periods), max(periods)
    if style == "national":
        head = [("纳税人名称", f["name"]), ("纳税人识别号", f["id_number"]),
                ("记录期间", f"{lo[:4]}年{lo[5:]}月-{hi[:4]}年{hi[5:]}月"), ("开具日期", f["issue_date"])]
        cols = [("申报日期", 10), ("实缴(退)金额", 9), ("入(退)库日期", 10), ("所得项目", 10), ("税款所属期", 15), ("入库税务机关", 16), ("备注", 22)]
        return dict(title="中华人民共和国个人所得税纳税记录", subtitle="（原《税收完税证明》）    金额单位：人民币元", head=head, cols=cols, rows=rows,
                    foot=["说明：本记录涉及纳税人敏感信息，不得用于本人以外的其他用途。",
                          f"查询验证码：{rng.randint(10**7, 10**8 - 1)}{rng.choice('ABCDEFGH')}{rng.randint(100, 999)}  可通过个人所得税App或自然人电子税务局验证。"],
                    seal=office[:-3] + "税务局", rules=rng.random() < 0.6)
    head = [("姓名", f["name"]), ("证件号码", f["id_number"]), ("所得期间", f"{lo} 至 {hi}"), ("生成日期", f["issue_date"])]
    cols = [("所得期间", 9), ("所得项目", 10), ("扣缴义务人", 26), ("收入额", 10), ("已申报税额", 10)]
    return dict(title="个人所得税收入纳税明细", head=head, cols=cols, rows=rows, foot=["数据来源：个人所得税App  收入纳税明细查询"], rules=rng.random() < 0.5)


def tax_old_cert(doc, rng):
    f = doc.fields
    office = "国家税务总局上海市" + rng.choice(TAXOFF) + "税务局"
    rows = []
    for r in doc.rows:
        y, m = int(r["period"][:4]), int(r["period"][5:])
        first = dt.date(y, m, 1)
        last = first + relativedelta(months=1) - dt.timedelta(days=1)
        rows.append([f"3{rng.randint(10**15, 10**16 - 1)}", "个人所得税", r["_item"], f"{first:%Y-%m-%d}至{last:%Y-%m-%d}",
                     f"{last + dt.timedelta(days=rng.randint(5, 15)):%Y-%m-%d}", r["amount"], "扣缴义务人：" + r["withholding_agent"]])
    return dict(title="中华人民共和国 税收完税证明", subtitle=f"（{f['issue_date'][:4]}）沪税证 {rng.randint(10**6, 10**7)}号",
                head=[("填发日期", R.cn0(f["issue_date"])), ("税务机关", office), ("纳税人识别号", f["id_number"]), ("纳税人名称", f["name"])],
                cols=[("原凭证号", 14), ("税种", 8), ("品目名称", 10), ("税款所属时期", 16), ("入(退)库日期", 10), ("实缴(退)金额", 9), ("备注", 22)],
                rows=rows, foot=["妥善保管  手写无效"], seal=office, rules=True)


def tax_app(doc, rng):
    """收入纳税明细 app screenshots (one long or several)."""
    f = doc.fields
    rows = sorted(doc.rows, key=lambda r: r["period"], reverse=True)
    col = rng.choice([(220, 50, 50), (200, 40, 40), (30, 100, 200)])
    longshot = rng.random() < 0.5
    chunks = [rows] if longshot else [rows[:4]] + [rows[i:i + 5] for i in range(4, len(rows), 5)]
    imgs = []
    for ci, ch in enumerate(chunks):
        H = 620 + 420 * len(ch) + 200 if longshot else 2340
        img = Image.new("RGB", (1080, max(H, 2340) if longshot else 2340), (245, 245, 245))
        d = ImageDraw.Draw(img)
        d.rectangle([0, 0, 1080, 200], fill=(255, 255, 255))
        R.statusbar(d, 1080, rng.choice(["20:14", "9:02", "12:47"]))
        text(d, (540, 150), "收入纳税明细", "sansb", 44, (20, 20, 20), "mm")
        text(d, (50, 150), "‹", "sans", 64, (20, 20, 20), "lm")
        y = 230
        if ci == 0:
            d.rounded_rectangle([30, y, 1050, y + 300], 24, fill=col)
            text(d, (80, y + 50), f"纳税人：{f['name']}", "sansb", 40, (255, 255, 255))
            text(d, (80, y + 120), f"身份证件号码：{f['id_number']}", "sans", 34, (255, 255, 255))
            text(d, (80, y + 200), "所得项目：全部    所得年度：" + rows[0]["period"][:4], "sans", 32, (255, 230, 230))
            y += 340
        for r in ch:
            d.rounded_rectangle([30, y, 1050, y + 390], 24, fill=(255, 255, 255))
            text(d, (70, y + 40), r["period"].replace("-", "年") + "月", "sansb", 38, (20, 20, 20))
            text(d, (1010, y + 40), r["_item"], "sans", 34, (120, 120, 120), "ra")
            inc = f"{float(r['amount']) * (9 + int(r['period'][5:]) % 5):.2f}"
            R.app_rows(d, 70, 1010, y + 110, [("扣缴义务人", r["withholding_agent"]), ("收入额", inc + "元"), ("已申报税额", r["amount"] + "元")], rng, size=32)
            y += 420
        imgs.append(img.crop((0, 0, 1080, max(2340, y + 80))) if longshot else img)
    return imgs


def si_spec(doc, rng, style):
    f = doc.fields
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市城镇职工社会保险缴费记录", "社会保险个人权益记录（缴费明细）"])
    ylab = rng.choice(["缴费年月", "费款所属期"])
    elab = rng.choice(["单位名称", "缴费单位"])
    rows = []
    reg = [r for r in doc.rows if not r["back_payment"]]
    back = [r for r in doc.rows if r["back_payment"]]
    sep = rng.random() < 0.4 and back

    def amounts(base):
        b = float(base)
        return [f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}"]
    if style == "range":
        groups = []
        for r in (reg if sep else doc.rows):
            g = groups[-1] if groups else None
            if g and g[-1]["employer"] == r["employer"] and g[-1]["base"] == r["base"] and g[-1]["back_payment"] == r["back_payment"] \
                    and (dt.date.fromisoformat(g[-1]["month"] + "-01") + relativedelta(months=1)).strftime("%Y-%m") == r["month"]:
                g.append(r)
            else:
                groups.append([r])
        for g in groups:
            span = g[0]["month"].replace("-", "") + ("-" + g[-1]["month"].replace("-", "") if len(g) > 1 else "")
            rows.append([span, g[0]["employer"], g[0]["base"]] + amounts(g[0]["base"]) + ["补缴" if g[0]["back_payment"] else "正常"])
        if sep:
            rows.append("补缴记录")
            for r in back:
                rows.append([r["month"].replace("-", ""), r["employer"], r["base"]] + amounts(r["base"]) + ["补缴"])
        cols = [("起止年月", 14), (elab, 26), ("缴费基数", 10), ("养老(个人)", 9), ("医疗(个人)", 9), ("失业(个人)", 9), ("缴费类型", 8)]
    else:
        for r in (reg if sep else doc.rows):
            rows.append([r["month"], r["employer"], r["base"]] + amounts(r["base"]) + ["补缴" if r["back_payment"] else "正常"])
        if sep:
            rows.append("补缴记录")
            for r in back:
                rows.append([r["month"], r["employer"], r["base"]] + amounts(r["base"]) + ["补缴"])
        cols = [(ylab, 10), (elab, 28), ("缴费基数", 10), ("养老(个人)", 9), ("医疗(个人)", 9), ("失业(个人)", 9), (rng.choice(["缴费类型", "备注"]), 8)]
    ms = [r["month"] for r in doc.rows]
    head = [("姓名", f["name"]), (rng.choice(["证件号码", "公民身份号码"]), f["id_number"]),
            ("查询期间", f"{min(ms)}至{max(ms)}"), ("打印日期", doc.x["_printed"])]
    return dict(title=title, head=head, cols=cols, rows=rows, foot=["注：本表由上海市社会保险事业管理中心提供，可通过随申办扫码验证。"],
                seal="上海市社会保险事业管理中心", qr=rng.random() < 0.5, rules=rng.random() < 0.7)


def xuexin_spec(doc, rng):
    f = doc.fields
    x = doc.x
    cat = {"普通全日制": ("普通高等教育", "普通全日制"), "成人业余": ("成人高等教育", "业余"), "成人函授": ("成人高等教育", "函授"),
           "高等教育自学考试": ("高等教育自学考试", "—")}[f["study_mode"]]
    head = [("姓名", f["name"]), ("性别", x["_sex"]), ("证件号码", x.get("_id", "")), ("民族", "汉族"), ("出生日期", R.cn(x["_birth"])),
            ("学校名称", f["school"]), ("层次", f["level"]), ("专业", f["major"]), ("学制", f"{x['_years']} 年"), ("学历类别", cat[0]),
            ("学习形式", cat[1]), ("入学日期", R.cn(x["_enrol"])), ("毕(结)业日期", R.cn(f["graduation_date"])), ("毕(结)业", "毕业"),
            ("证书编号", x["_cert_no"]), ("校(院)长姓名", x.get("_president", ""))]
    return dict(title="教育部学历证书电子注册备案表", subtitle=f"更新日期：{doc.x.get('_upd', '2026年10月08日')}", head=head, head_grid=True, cols=[], rows=[],
                foot=[f"在线验证码：{rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                      "注：1.本备案表可登录学信网（www.chsi.com.cn）在线验证。2.本备案表在线验证有效期内有效。"],
                qr=True, pageno=False, rules=True)


# ------------------------------------------------------------------ unknown pages
def unknown_sheet(rng, name):
    k = rng.choice(["receipt", "rental", "bank"])
    if k == "receipt":
        return Sheet(R.receipt(rng), "card", [], ["unknown"])
    if k == "rental":
        return Sheet(R.rental(rng, name), "a4", [], ["unknown"])
    return Sheet(R.bank_slip(rng, name), "a4", [], ["unknown"])
