"""Paper documents drawn with reportlab (text layer available; rasterised for
image captures)."""
import datetime as dt
import random

from PIL import Image

from . import people as P
from .draw import seal, portrait, qr
from .pdfkit import PDF
from .rules import month_add

D = dt.date.fromisoformat
BLUE_INK = (25, 35, 110)


def _ymd(s, style, rng=None):
    d = D(s)
    if style == "cn":
        return P.cn_date(d)
    if style == "pad":
        return P.cjk_date(d, pad=True)
    if style == "sp":
        return P.cjk_date(d, sp=True)
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    return P.cjk_date(d)


def _seal_img(rng, ring, center="", px=420, color=(205, 30, 35), oval=False):
    return seal(px, ring, center, color=color, rng=rng, oval=oval)


def _place_seal(pdf, rng, ring, cx, cy, r, center="", oval=False):
    im = _seal_img(rng, ring, center, oval=oval)
    im = im.rotate(rng.uniform(-20, 20), resample=Image.BICUBIC, expand=True)
    w = 2 * r * im.width / (im.height if not oval else im.height)
    pdf.image(im, cx - w / 2, cy - r * im.height / im.height * 1.0, w, 2 * r)


def _cell_text(pdf, x, y, w, h, s, size, fk, color=(0, 0, 0), align="l", pad=1.5, lh=None):
    lines = pdf.wrap(s, size, fk, w - 2 * pad) if s else []
    lh = lh or size * 0.3528 * 1.3
    tot = lh * len(lines)
    y0 = y + (h - tot) / 2 + size * 0.3528 * 0.95
    for i, ln in enumerate(lines):
        if align == "c":
            pdf.text(x + w / 2, y0 + i * lh, ln, size, fk, color, anchor="c")
        elif align == "r":
            pdf.text(x + w - pad, y0 + i * lh, ln, size, fk, color, anchor="r")
        else:
            pdf.text(x + pad, y0 + i * lh, ln, size, fk, color)


def _grid_rows(pdf, x, y, widths, rows, h, size, fk_lab, fk_val, lab_cols=(0, 2, 4), lw=0.3, vcolor=(0, 0, 0),
               lab_fill=None, hs=None, vsize=None):
    """rows: list of lists of (text, colspan). Returns the bottom y."""
    for ri, row in enumerate(rows):
        rh = hs[ri] if hs else h
        cx = x
        ci = 0
        for text, span in row:
            w = sum(widths[ci:ci + span])
            is_lab = ci in lab_cols and span == 1 and text is not None and not (isinstance(text, tuple))
            if isinstance(text, tuple):
                text, is_lab = text
            if is_lab and lab_fill:
                pdf.rect(cx, y, w, rh, lw=lw, fill=lab_fill)
            pdf.rect(cx, y, w, rh, lw=lw)
            if text:
                _cell_text(pdf, cx, y, w, rh, text, size if is_lab else (vsize or size), fk_lab if is_lab else fk_val,
                           (0, 0, 0) if is_lab else vcolor, "c" if is_lab else "l")
            cx += w
            ci += span
        y += rh
    return y


# ------------------------------------------------------------------ 户口簿
def hh_cover(f, ctx, rng, wide=False, fk=None):
    fk = fk or rng.choice(["song", "uming", "microhei"])
    W, H = (140, 100) if wide else (100, 140)
    p = PDF(W, H, rng=rng, shuffle=True)
    p.rect(0, 0, W, H, lw=0, stroke=None, fill=(246, 240, 226))
    p.text(W / 2, 11, "居 民 户 口 簿", 13, "song", (120, 40, 30), anchor="c")
    iss = D(f["issue_date"])
    area = ctx["area"]
    ring = f"{area[2] or area[1]}公安局{area[3]}分局户口专用章" if area[3].endswith("区") else f"{area[3]}公安局户口专用章"
    if wide:
        x, y = 6, 16
        ws = [16, 26, 18, 24, 14, 30]
        rows = [[("户  别", 1), (f["household_type"], 1), ("户主姓名", 1), (f["head_name"], 1), ("户  号", 1),
                 (f["household_number"], 1)],
                [("住  址", 1), (f["address"], 5)]]
        y = _grid_rows(p, x, y, ws, rows, 12, 9, "song", fk, hs=[12, 16], lab_cols=(0, 2, 4))
        p.rect(x, y, 58, 50)
        p.text(x + 3, y + 7, "户口登记机关", 8.5, "song")
        p.rect(x + 58, y, 70, 50)
        p.text(x + 61, y + 7, "承办人签章：", 8.5, "song")
        p.text(x + 84, y + 8, P.pick_name(rng, rng.random() < 0.5), 10, "kai", BLUE_INK)
        p.text(x + 61, y + 40, "签发日期：", 8.5, "song")
        p.text(x + 80, y + 40, P.cjk_date(iss, sp=True), 9, fk)
        _place_seal(p, rng, ring, x + 30, y + 26, 17)
    else:
        x, y = 6, 17
        ws = [17, 27, 17, 27]
        rows = [[("户  别", 1), (f["household_type"], 1), ("户主姓名", 1), (f["head_name"], 1)],
                [("户  号", 1), (f["household_number"], 3)],
                [("住  址", 1), (f["address"], 3)]]
        y = _grid_rows(p, x, y, ws, rows, 11, 9, "song", fk, hs=[12, 11, 20], lab_cols=(0, 2))
        p.rect(x, y, 88, 72)
        p.text(x + 3, y + 8, "户口登记机关", 8.5, "song")
        p.text(x + 50, y + 50, "承办人签章：", 8.5, "song")
        p.text(x + 70, y + 51, P.pick_name(rng, rng.random() < 0.5), 10, "kai", BLUE_INK)
        p.text(x + 3, y + 64, "签发日期", 8.5, "song")
        p.text(x + 22, y + 64, P.cjk_date(iss, sp=True), 9, fk)
        _place_seal(p, rng, ring, x + 28, y + 30, 18)
    return p


MEM_ROWS = None


def hh_member(f, ctx, rng, hand=False, wide=False):
    vfk = rng.choice(["ukai", "kai", "wenkai"]) if hand else rng.choice(["song", "uming", "microhei"])
    vcol = BLUE_INK if hand else (0, 0, 0)
    W, H = (140, 100) if wide else (100, 140)
    p = PDF(W, H, rng=rng, shuffle=True)
    p.rect(0, 0, W, H, lw=0, stroke=None, fill=(246, 240, 226))
    p.text(W / 2, 10, "常 住 人 口 登 记 卡", 12, "song", (120, 40, 30), anchor="c")
    bd = D(f["birth_date"])
    rd = D(f["registration_date"])
    bstr = f"{bd.year}年{bd.month}月{bd.day}日" if not hand else f"{bd.year}.{bd.month}.{bd.day}"
    v = lambda k: f.get(k) or ""
    moved = f"{rd.year}年{rd.month}月 由{ctx['area'][2] or ctx['area'][1]}迁来" if rng.random() < 0.4 else ""
    rows = [
        [("姓  名", 1), (v("name"), 1), ("户主或与户主关系", 1), (v("relation_to_head"), 1)],
        [("曾用名", 1), ("", 1), ("性  别", 1), (v("sex"), 1)],
        [("出生地", 1), (v("birthplace"), 1), ("民  族", 1), (v("ethnicity"), 1)],
        [("籍  贯", 1), (v("native_place"), 1), ("出生日期", 1), (bstr, 1)],
        [("本市（县）其他住址", 1), ("", 3)],
        [("宗教信仰", 1), ("", 1), ("身高", 1), ("", 1)],
        [("公民身份证件编号", 1), (v("id_number"), 3)],
        [("文化程度", 1), (v("education"), 1), ("婚姻状况", 1), (v("marital_status"), 1)],
        [("兵役状况", 1), ("", 1), ("血型", 1), ("", 1)],
        [("服务处所", 1), (v("employer"), 3)],
        [("职  业", 1), ("", 3)],
        [("何时由何地迁来本市（县）", 1), (moved, 3)],
        [("何时由何地迁来本址", 1), ("", 3)],
    ]
    if wide:
        ws = [26, 40, 24, 38]
        x, y, h = 6, 13, 6.4
    else:
        ws = [20, 27, 16, 25]
        x, y, h = 6, 14, 8.6
    y = _grid_rows(p, x, y, ws, rows, h, 6.2 if not wide else 6.8, "song", vfk, vcolor=vcol,
                   vsize=(8.6 if not wide else 8.2) + (0.8 if hand else 0))
    # last row: 承办人签章 / 登记日期
    p.rect(x, y, ws[0], h + 3)
    _cell_text(p, x, y, ws[0], h + 3, "承办人签章", 6.2, "song", align="c")
    p.rect(x + ws[0], y, ws[1], h + 3)
    p.text(x + ws[0] + 3, y + h, P.pick_name(rng, True), 8, "kai", BLUE_INK)
    p.rect(x + ws[0] + ws[1], y, ws[2], h + 3)
    _cell_text(p, x + ws[0] + ws[1], y, ws[2], h + 3, "登记日期", 6.2, "song", align="c")
    p.rect(x + ws[0] + ws[1] + ws[2], y, ws[3], h + 3)
    _cell_text(p, x + ws[0] + ws[1] + ws[2], y, ws[3], h + 3,
               f"{rd.year}年{rd.month}月{rd.day}日" if not hand else f"{rd.year}.{rd.month}.{rd.day}", 8, vfk, vcol)
    area = ctx["area"]
    ring = f"{area[2] or area[1]}公安局{area[3]}分局户口专用章" if area[3].endswith("区") else f"{area[3]}公安局户口专用章"
    _place_seal(p, rng, ring, x + sum(ws) * rng.uniform(0.55, 0.75), y - 10, 13)
    return p


# ------------------------------------------------------------------ 集体户口 户籍证明
def coll_letter(f, ctx, rng):
    p = PDF(rng=rng, shuffle=rng.random() < 0.5)
    fk = rng.choice(["song", "uming", "microhei"])
    area = ctx["area"]
    city = area[2] or area[1]
    ps_ = rng.choice(['城东', '中山', '湖滨', '新华', '人民路', '滨江'])
    station = f"{city}公安局{area[3]}分局{ps_}派出所" if area[3].endswith("区") else f"{area[3]}公安局{ps_}派出所"
    p.text(105, 45, "户  籍  证  明", 22, "song", anchor="c")
    iss = D(f["issue_date"])
    b = D(ctx["birth"].isoformat())
    body = (f"兹证明{f['name']}，性别{ctx['sex']}，{ctx['ethnicity']}族，{b.year}年{b.month}月{b.day}日出生，"
            f"公民身份号码：{f['id_number']}，其户口登记在{city}{ctx.get('coll_unit', '人才服务中心')}集体户，"
            f"户籍地址：{f['address']}。")
    y = 72
    lines = p.wrap("        " + body, 14, fk, 160)
    for ln in lines:
        p.text(25, y, ln, 14, fk)
        y += 10
    p.text(25, y + 4, "        特此证明。", 14, fk)
    p.text(25, y + 18, "        （本证明用于办理居住证积分，自开具之日起三个月内有效。）", 11, fk)
    p.text(185, y + 50, station, 13, fk, anchor="r")
    dstr = P.cn_date(iss) if rng.random() < 0.5 else P.cjk_date(iss)
    p.text(180, y + 62, dstr, 13, fk, anchor="r")
    _place_seal(p, rng, station[:-3] if rng.random() < 0.5 else station, 150, y + 52, 20,
                center="户籍专用章" if rng.random() < 0.5 else "")
    p.text(25, 275, f"经办人：{P.pick_name(rng, True)}        联系电话：0{rng.randint(10, 99)}-{rng.randint(10000000, 99999999)}",
           10, fk)
    return p


# ------------------------------------------------------------------ 居住证信息 A4
def permit_info(f, ctx, rng, form):
    p = PDF(rng=rng, shuffle=True)
    fk = rng.choice(["song", "microhei", "uming", "zenhei"])
    title = rng.choice(["上海市居住证信息", "居住证办理信息查询结果", "上海市居住证信息查询单", "居住证信息"])
    p.text(105, 30, title, 18, "microhei" if fk != "song" else "song", anchor="c")
    qd = ctx["as_of"] - dt.timedelta(days=rng.randint(0, 6))
    p.text(190, 40, f"查询日期：{qd.isoformat()}", 9, fk, anchor="r")
    hk_lab = rng.choice(["常住户口所在地住址", "户籍地址"])
    res_lab = rng.choice(["居住地住址", "居住地址"])
    iss_lab = rng.choice(["签发日期", "签发日期", "签注日期"])
    name, idn = f["name"], f["id_number"]
    vf, vu, iss = f["valid_from"], f["valid_until"], f["issue_date"]
    dstyle = rng.choice(["dot", "dash", "cjk"])
    fmt = lambda s: _ymd(s, dstyle)
    sep = "至" if rng.random() < 0.7 else "-"
    hk = f["hukou_address"] or ""
    permit_no = "".join(rng.choice("0123456789") for _ in range(12))
    extra = rng.random() < 0.5
    if form == "info_grid4":
        ws = [30, 55, 30, 55]
        rows = [[("姓名", 1), (name, 1), ("性别", 1), (ctx["sex"], 1)],
                [("证件类型", 1), ("居民身份证", 1), ("证件号码", 1), (idn, 1)],
                [(hk_lab, 1), (P.fw(hk), 3)],
                [(res_lab, 1), (P.fw(f["residence_address"]), 3)],
                [(iss_lab, 1), (fmt(iss), 1), ("有效期限", 1), (f"{fmt(vf)}{sep}{fmt(vu)}", 1)]]
        if extra:
            rows.append([("居住证号码", 1), (permit_no, 1), ("受理点", 1), (f"{ctx['sh_dist']}社区事务受理服务中心", 1)])
        _grid_rows(p, 20, 50, ws, rows, 13, 10, fk, fk, lab_fill=(238, 238, 238))
    elif form in ("info_grid2", "info_split", "info_textpdf"):
        ws = [45, 125]
        rows = [[("姓名", 1), (name, 1)], [("公民身份号码" if rng.random() < 0.5 else "证件号码", 1), (idn, 1)],
                [(hk_lab, 1), (P.fw(hk), 1)], [(res_lab, 1), (P.fw(f["residence_address"]), 1)],
                [(iss_lab, 1), (fmt(iss), 1)]]
        if form == "info_split":
            rows += [[("有效期限（起）", 1), (fmt(vf), 1)], [("有效期限（止）", 1), (fmt(vu), 1)]]
        else:
            rows += [[("有效期限", 1), (f"{fmt(vf)}{sep}{fmt(vu)}", 1)]]
        if extra:
            rows.insert(2, [("居住证号码", 1), (permit_no, 1)])
        _grid_rows(p, 20, 50, ws, rows, 13, 11, fk, fk, lab_fill=(240, 240, 240) if rng.random() < 0.5 else None)
    else:  # info_list
        y = 60
        items = [("姓    名", name), ("证件号码", idn), (hk_lab, P.fw(hk)), (res_lab, P.fw(f["residence_address"])),
                 (iss_lab, fmt(iss)), ("有效期限", f"{fmt(vf)}{sep}{fmt(vu)}")]
        for lab, val in items:
            p.text(25, y, lab + "：", 11.5, fk)
            lines = p.wrap(val, 11.5, fk, 110)
            for i, ln in enumerate(lines):
                p.text(75, y + i * 7, ln, 11.5, fk)
            y += 7 * len(lines) + 6
    p.text(20, 255, "注：本信息仅供持证人办理居住证积分等相关业务时使用。", 9, fk)
    if rng.random() < 0.5:
        _place_seal(p, rng, f"上海市{ctx['sh_dist']}社区事务受理服务中心", 150, 232, 19, center="业务专用章")
    return p


# ------------------------------------------------------------------ 劳动合同
CLAUSES = [
    "甲方根据工作需要，安排乙方从事相应岗位工作。乙方应当按照甲方的要求，按时完成规定的工作数量，达到规定的质量标准。",
    "甲方实行标准工时制度，乙方每日工作时间不超过八小时，平均每周工作时间不超过四十小时。",
    "甲方因生产经营需要安排乙方延长工作时间的，应当依法支付加班工资或者安排同等时间补休。",
    "甲方应当以货币形式按月支付乙方工资，工资发放日为每月十五日，遇节假日或休息日提前至最近的工作日支付。",
    "乙方在试用期内的工资不得低于本单位相同岗位最低档工资的百分之八十，并不得低于本市最低工资标准。",
    "甲方应当依法为乙方缴纳社会保险费和住房公积金，乙方个人应缴纳部分由甲方从乙方工资中代扣代缴。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "乙方应当严格遵守安全操作规程，甲方对乙方进行职业安全卫生教育和岗位技能培训。",
    "甲方依法制定的规章制度应当告知乙方，乙方应当遵守甲方依法制定的规章制度和劳动纪律。",
    "乙方对在工作中知悉的甲方商业秘密负有保密义务，未经甲方书面同意不得向任何第三方披露。",
    "经甲乙双方协商一致，可以变更本合同约定的内容，变更应当采用书面形式。",
    "甲乙双方解除或终止本合同，应当按照《中华人民共和国劳动合同法》及本市有关规定执行。",
    "本合同解除或者终止时，甲方应当出具解除或者终止劳动合同的证明，并在十五日内为乙方办理档案和社会保险关系转移手续。",
    "乙方应当按照双方约定，办理工作交接。甲方依照有关规定应当向乙方支付经济补偿的，在办结工作交接时支付。",
    "因履行本合同发生争议的，当事人可以向甲方劳动争议调解委员会申请调解；调解不成的，可以向劳动人事争议仲裁委员会申请仲裁。",
    "本合同未尽事宜，按国家和本市有关规定执行；国家和本市没有规定的，由双方协商解决。",
    "甲方应当按照国家规定为乙方提供带薪年休假，具体天数按乙方累计工作年限确定。",
    "乙方患病或非因工负伤，甲方按照国家和本市的规定给予医疗期和病假工资待遇。",
    "甲方支付乙方的工资中已包含国家规定的各项津贴、补贴，另有约定的从其约定。",
    "乙方的工作地点为甲方注册地或甲方指定的本市范围内的经营场所，甲方因经营需要调整工作地点的，应当与乙方协商。",
]


def _date_fill(d, style):
    if style == "cn":
        return (P.cn_year(d.year), P.cn_num(d.month), P.cn_num(d.day))
    return (str(d.year), str(d.month), str(d.day))


def contract(f, ctx, rng, form):
    p = PDF(rng=rng, shuffle=True)
    fk = rng.choice(["song", "uming", "microhei", "song"])
    hand = rng.random() < 0.45
    hfk = rng.choice(["ukai", "kai", "wenkai"]) if hand else fk
    hcol = BLUE_INK if hand else (0, 0, 0)
    emp_p = P.fw(f["employer"]) if rng.random() < 0.7 else f["employer"]
    name = f["employee_name"]
    idn = f["employee_id_number"]
    st = D(f["start_date"])
    en = D(f["end_date"]) if f["end_date"] else None
    sg = D(f["signing_date"])
    prob = ctx["probation_months"]
    pe = (st + dt.timedelta(days=1) - dt.timedelta(days=1))
    from dateutil.relativedelta import relativedelta
    pend = st + relativedelta(months=prob) - dt.timedelta(days=1)
    sign_style = rng.choice(["cjk", "cn", "sp"])
    pages_total = rng.randint(4, 5) if form == "model" else rng.randint(3, 5)
    footer = rng.choice(["cn", "dash", "none"])
    pg = [0]

    def foot():
        pg[0] += 1
        if footer == "cn":
            p.text(105, 285, f"第 {pg[0]} 页 共 {pages_total} 页", 9, fk, anchor="c")
        elif footer == "dash":
            p.text(105, 285, f"- {pg[0]} -", 9, fk, anchor="c")

    def fill(x, y, s, w, size=11.5):
        p.line(x, y + 1.2, x + w, y + 1.2, 0.25)
        p.text(x + 2, y, s, size if not hand else size + 1, hfk, hcol)

    clauses = list(CLAUSES)
    rng.shuffle(clauses)

    def para(y, s, size=11, indent=True):
        for ln in p.wrap(("    " if indent else "") + s, size, fk, 165):
            p.text(22, y, ln, size, fk)
            y += size * 0.3528 * 1.75
        return y + 2

    if form == "model":
        # cover
        p.text(105, 70, "劳 动 合 同", 30, "song", anchor="c")
        p.text(105, 85, "（示范文本）", 13, fk, anchor="c")
        p.text(40, 140, "甲方（用人单位）：", 13, fk)
        fill(82, 140, emp_p, 95, 12)
        p.text(40, 160, "乙方（劳动者）：", 13, fk)
        fill(82, 160, name, 60, 12)
        y_, m_, d_ = _date_fill(sg, "cn" if sign_style == "cn" else "num")
        p.text(40, 180, f"签订日期：", 13, fk)
        fill(70, 180, f"{y_} 年 {m_} 月 {d_} 日", 70, 12)
        p.text(105, 260, "上海市人力资源和社会保障局 制", 12, fk, anchor="c")
        foot()
        # page 2: parties + term
        p.new_page()
        y = 28
        p.text(22, y, "甲方（用人单位）名称：", 11.5, fk); fill(70, y, emp_p, 118); y += 10
        p.text(22, y, "法定代表人（主要负责人）或委托代理人：", 11.5, fk); fill(104, y, P.pick_name(rng, True), 40); y += 10
        p.text(22, y, "注册地址：", 11.5, fk); fill(45, y, f"上海市{P.SH_DISTRICTS[rng.randrange(15)][1]}{P.road(rng)}{rng.randint(1, 999)}号", 110); y += 14
        p.text(22, y, "乙方（劳动者）姓名：", 11.5, fk); fill(66, y, name, 45)
        p.text(116, y, "性别：", 11.5, fk); fill(130, y, ctx["sex"], 15); y += 10
        p.text(22, y, "居民身份证号码：", 11.5, fk); fill(58, y, idn, 70); y += 10
        p.text(22, y, "户籍地址：", 11.5, fk)
        fill(45, y, P.fw(ctx["hukou"]), 140, 11.5 if len(ctx["hukou"]) <= 28 else 9.5); y += 10
        p.text(22, y, "联系地址：", 11.5, fk); fill(45, y, P.fw(ctx["res_addr"]), 140); y += 14
        y = para(y, "根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。")
        p.text(22, y + 4, "一、劳动合同期限", 12, "microhei" if fk != "microhei" else "zenhei"); y += 13
        p.text(22, y, "第一条  甲、乙双方选择以下第", 11, fk)
        fill(80, y, "一" if en else "二", 10)
        p.text(92, y, "种形式确定本合同期限：", 11, fk); y += 10
        ss = "cn" if sign_style == "cn" and rng.random() < 0.5 else "num"
        a = _date_fill(st, ss)
        def seq(x, parts):
            for txt, val in parts:
                if val:
                    x = p.text(x + 1.2, y, txt, 11.5, hfk, hcol) + 1.2
                else:
                    x = p.text(x, y, txt, 11, fk)
            return x
        p.box(26, y, checked=bool(en))
        if en:
            b = _date_fill(en, ss)
            seq(32, [("（一）固定期限：自", 0), (a[0], 1), ("年", 0), (a[1], 1), ("月", 0), (a[2], 1), ("日起至", 0)])
            y += 8
            seq(36, [(b[0], 1), ("年", 0), (b[1], 1), ("月", 0), (b[2], 1), ("日止。", 0)])
        else:
            p.text(32, y, "（一）固定期限：自____年____月____日起至____年____月____日止。", 11, fk)
        y += 10
        p.box(26, y, checked=not en)
        if not en:
            seq(32, [("（二）无固定期限：自", 0), (a[0], 1), ("年", 0), (a[1], 1), ("月", 0), (a[2], 1), ("日起。", 0)])
        else:
            p.text(32, y, "（二）无固定期限：自____年____月____日起。", 11, fk)
        y += 10
        p.box(26, y, checked=False)
        p.text(32, y, "（三）以完成一定工作任务为期限：自____年____月____日起至工作任务完成时止。", 11, fk)
        y += 12
        pa, pb = _date_fill(st, "num"), _date_fill(pend, "num")
        if en:
            y = para(y, f"第二条  本合同约定试用期，试用期自 {pa[0]} 年 {pa[1]} 月 {pa[2]} 日起至 {pb[0]} 年 {pb[1]} 月 {pb[2]} 日止。")
        else:
            y = para(y, "第二条  本合同不约定试用期。")
        y = para(y, "二、工作内容和工作地点", 12, False)
        for cl in clauses[:3]:
            y = para(y, cl)
        foot()
        body_pages = pages_total - 3
    else:
        # company template
        p.text(105, 30, rng.choice(["劳动合同书", "劳 动 合 同", "劳动合同（固定期限）" if en else "劳动合同（无固定期限）"]), 20,
               "microhei" if rng.random() < 0.5 else "song", anchor="c")
        p.text(188, 42, f"合同编号：HT-{st.year}-{rng.randint(100, 9999):04d}", 9.5, fk, anchor="r")
        addr = f"上海市{P.SH_DISTRICTS[rng.randrange(15)][1]}{P.road(rng)}{rng.randint(1, 999)}号"
        rows = [[("甲方", 1), ("名  称", 1), (emp_p, 1)], [("", 1), ("法定代表人", 1), (P.pick_name(rng, True), 1)],
                [("", 1), ("地  址", 1), (addr, 1)],
                [("乙方", 1), ("姓  名", 1), (name, 1)], [("", 1), ("身份证号码", 1), (idn, 1)],
                [("", 1), ("住  址", 1), (P.fw(ctx["res_addr"]), 1)]]
        _grid_rows(p, 22, 50, [18, 32, 116], rows, 11, 10.5, fk, fk, lab_cols=(0, 1))
        y = 126
        y = para(y, "甲乙双方根据《中华人民共和国劳动合同法》等法律法规的规定，遵循合法、公平、平等自愿、协商一致、诚实信用的原则，订立本合同。")
        p.text(22, y + 2, "第一条  合同期限", 12, "microhei"); y += 10
        def ds(d):
            return P.cn_date(d) if sign_style == "cn" and rng.random() < 0.3 else P.cjk_date(d)
        if en:
            yrs = round(((en - st).days + 1) / 365.25)
            yrs_s = {1: "一", 2: "二", 3: "三", 4: "四", 5: "五"}.get(yrs, str(yrs))
            term = (f"本合同为固定期限劳动合同，期限{yrs_s}年，" if (en - st).days > 360 and rng.random() < 0.6 else "本合同为固定期限劳动合同，")
            term += f"自{ds(st)}起至{ds(en)}止。"
            term += f"其中试用期{P.cn_num(prob)}个月，自{P.cjk_date(st)}至{P.cjk_date(pend)}。"
        else:
            term = f"本合同为无固定期限劳动合同，自{ds(st)}起履行。试用期{P.cn_num(prob)}个月，自{P.cjk_date(st)}至{P.cjk_date(pend)}。"
        y = para(y, term)
        p.text(22, y + 2, "第二条  工作内容和工作地点", 12, "microhei"); y += 10
        for cl in clauses[:2]:
            y = para(y, cl)
        foot()
        body_pages = pages_total - 2
    ci = 3
    for k in range(max(1, body_pages)):
        p.new_page()
        y = 28
        for _ in range(7):
            if ci >= len(clauses):
                ci = 0
            art = ["第{}条", "{}、"][0].format(P.cn_num(ci + 3))
            y = para(y, f"{art}  {clauses[ci]}")
            ci += 1
            if y > 250:
                break
        foot()
    # signature page
    p.new_page()
    y = 40
    y = para(y, "本合同一式两份，甲乙双方各执一份，具有同等法律效力。本合同自双方签字（盖章）之日起生效。")
    p.text(25, 100, "甲方（盖章）：", 12, fk)
    p.text(25, 130, "法定代表人或委托代理人（签字）：", 12, fk)
    p.text(88, 131, P.pick_name(rng, True), 14, rng.choice(["ukai", "kai", "wenkai"]), BLUE_INK)
    p.text(115, 100, "乙方（签字）：", 12, fk)
    p.text(145, 101, name, 15, rng.choice(["ukai", "kai", "wenkai"]), BLUE_INK)
    sd = {"cjk": P.cjk_date(sg), "cn": P.cn_date(sg), "sp": P.cjk_date(sg, sp=True)}[sign_style]
    p.text(25, 160, "签订日期：" + sd, 12, fk)
    p.text(115, 160, "签订日期：" + sd, 12, fk)
    ring = f["employer"].replace("(", "（").replace(")", "）")
    _place_seal(p, rng, ring, 60, 108, 21, center=rng.choice(["合同专用章", "", "劳动合同专用章"]))
    foot()
    return p


# ------------------------------------------------------------------ 纳税记录 (national)
TAXOFF = "国家税务总局上海市{}税务局"


def tax_national(doc, ctx, rng, variant="remark"):
    f = doc["fields"]
    rows = doc["rows"]
    p = PDF(rng=rng, shuffle=True)
    fk = rng.choice(["song", "microhei", "zenhei"])
    id_pos = rng.choice(["none", "before", "after"])
    uscc = {ctx["employer"]: ctx["emp_uscc"], ctx["prev_employer"]: ctx["prev_uscc"], ctx["agency"]: ctx["agency_uscc"]}
    dist = ctx["sh_dist"]
    months = sorted({r["period"] for r in rows})
    lo = months[0] if months else "2026-01"
    hi = ctx["tax_months"][-1]
    iss = D(f["issue_date"])
    ps = rng.choice(["range_dash", "range_dot"])
    order = rng.choice(["asc", "desc"])
    rr = sorted(rows, key=lambda r: r["period"], reverse=(order == "desc"))
    cols = [("申报日期", 21), ("实缴(退)金额", 20), ("入(退)库日期", 21), ("所得项目", 24), ("税款所属期", 28),
            ("入库税务机关", 34), ("备注", 42)]
    if variant == "column":
        cols[-1] = ("扣缴义务人", 42)
    verify = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    per_page = 15
    chunks = [rr[i:i + per_page] for i in range(0, len(rr), per_page)] or [[]]
    total = sum(float(r["amount"]) for r in rows)
    for pi, chunk in enumerate(chunks):
        if pi:
            p.new_page()
        y = 22
        if pi == 0:
            p.text(105, y, "中华人民共和国", 14, "song", anchor="c")
            p.text(105, y + 8, "个人所得税纳税记录", 16, "song", anchor="c")
            p.text(105, y + 15, "（原《税收完税证明》）", 10, fk, anchor="c")
            p.text(190, y + 15, f"No. {rng.randint(10 ** 17, 10 ** 18 - 1)}", 8, "mono", anchor="r")
            y += 26
            p.text(10, y, f"纳税人名称：{f['name']}", 9.5, fk)
            p.text(110, y, f"纳税人识别号：{f['id_number']}", 9.5, fk)
            y += 6
            p.text(10, y, f"记录期间：{lo[:4]}年{lo[5:]}月 至 {hi[:4]}年{hi[5:]}月", 9.5, fk)
            p.text(110, y, f"开具日期：{P.cjk_date(iss, pad=True)}", 9.5, fk)
            y += 6
            p.text(10, y, f"您在该期间的纳税情况如下（金额单位：人民币元）：", 9, fk)
            y += 3
        x = 10
        hh = 9
        for name, w in cols:
            p.rect(x, y, w, hh, lw=0.2, fill=(235, 235, 235))
            _cell_text(p, x, y, w, hh, name, 8, fk, align="c")
            x += w
        y += hh
        for r in chunk:
            m = r["period"]
            y0, mo = int(m[:4]), int(m[5:])
            last = (dt.date(y0 + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)).day
            decl = dt.date(y0 + (mo == 12), mo % 12 + 1, rng.randint(5, 14))
            per = f"{m}-01至{m}-{last:02d}" if ps == "range_dash" else f"{m.replace('-', '.')}.01-{m.replace('-', '.')}.{last:02d}"
            agent = P.fw(r["withholding_agent"]) if rng.random() < 0.5 else r["withholding_agent"]
            code = uscc.get(r["withholding_agent"], "")
            if variant == "column":
                remark = agent
            elif id_pos == "before":
                remark = f"扣缴义务人：{code} {agent}"
            elif id_pos == "after":
                remark = f"扣缴义务人：{agent}（{code}）"
            else:
                remark = f"扣缴义务人：{agent}"
            vals = [decl.isoformat(), r["amount"], decl.isoformat(), r.get("_item", "工资薪金所得"), per,
                    TAXOFF.format(dist), remark]
            rh = 13
            x = 10
            for (cn, w), v in zip(cols, vals):
                p.rect(x, y, w, rh, lw=0.2)
                _cell_text(p, x, y, w, rh, v, 7.2, fk, align="r" if cn.startswith("实缴") else "c" if cn != "备注" else "l",
                           pad=1.0)
                x += w
            y += rh
        if pi == len(chunks) - 1:
            p.rect(10, y, 190, 8, lw=0.2)
            p.text(12, y + 5.5, f"金额合计（小写）：{total:.2f}", 8.5, fk)
            y += 16
            notes = ["说明：1. 本记录涵盖的时间范围为“记录期间”内的个人所得税纳税情况。",
                     "2. 本记录中的实缴（退）金额为纳税人实际缴纳（退还）的税款。",
                     "3. 您可以通过个人所得税App或自然人电子税务局，使用查询验证码对本记录进行验证。",
                     f"查询验证码：{verify}"]
            for n in notes:
                p.text(12, y, n, 8.5, fk)
                y += 5.5
            if rng.random() < 0.6:
                p.image(qr(f"https://etax.chinatax.gov.cn/verify?c={verify}", 200), 165, y - 30, 25, 25)
            _place_seal(p, rng, "国家税务总局上海市税务局", 150, min(y + 8, 262), 17, center="电子专用章")
        p.text(105, 288, f"第 {pi + 1} 页 / 共 {len(chunks)} 页", 8, fk, anchor="c")
    return p


def tax_old_form(doc, ctx, rng):
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["period"])
    W, H = 240, 112 + 9 * len(rows) + 14
    p = PDF(W, H, rng=rng, shuffle=True)
    fk = rng.choice(["song", "uming", "microhei"])
    p.rect(0, 0, W, H, lw=0, stroke=None, fill=(250, 247, 240))
    p.text(W / 2, 14, "中华人民共和国", 12, "song", anchor="c")
    p.text(W / 2, 23, "税 收 完 税 证 明", 17, "song", anchor="c")
    p.text(W - 12, 14, f"（{rng.randint(141, 162)}）沪税证", 9, fk, anchor="r")
    p.text(W - 12, 21, f"No. {rng.randint(10 ** 12, 10 ** 13 - 1)}", 9.5, "mono", anchor="r")
    iss = D(f["issue_date"])
    p.text(12, 31, f"填发日期：{iss.year}年{iss.month:02d}月{iss.day:02d}日", 9, fk)
    p.text(W - 12, 31, "税务机关：" + TAXOFF.format(ctx["sh_dist"]), 9, fk, anchor="r")
    y = 34
    ws = [30, 60, 30, 96]
    x0 = 12
    _grid_rows(p, x0, y, ws, [[("纳税人识别号", 1), (f["id_number"], 1), ("纳税人名称", 1), (f["name"], 1)]], 9, 9, fk, fk)
    y += 9
    cols = [("原凭证号", 34), ("税种", 24), ("品目名称", 30), ("税款所属时期", 56), ("入（退）库日期", 32), ("实缴（退）金额", 40)]
    x = x0
    for n, w in cols:
        p.rect(x, y, w, 8, lw=0.25)
        _cell_text(p, x, y, w, 8, n, 8.5, fk, align="c")
        x += w
    y += 8
    for r in rows:
        m = r["period"]
        y0, mo = int(m[:4]), int(m[5:])
        last = (dt.date(y0 + (mo == 12), mo % 12 + 1, 1) - dt.timedelta(days=1)).day
        ent = dt.date(y0 + (mo == 12), mo % 12 + 1, rng.randint(8, 15))
        vals = [f"3{rng.randint(10 ** 15, 10 ** 16 - 1)}"[:16], "个人所得税",
                "工资薪金所得" if not r.get("_item") else "全年一次性奖金",
                f"{m}-01至{m}-{last:02d}", ent.isoformat(), r["amount"]]
        x = x0
        for (n, w), v in zip(cols, vals):
            p.rect(x, y, w, 9, lw=0.25)
            _cell_text(p, x, y, w, 9, v, 8.5, "mono" if n == "原凭证号" else fk, align="r" if n.startswith("实缴") else "c")
            x += w
        y += 9
    total = sum(float(r["amount"]) for r in rows)
    p.rect(x0, y, 216, 9, lw=0.25)
    p.text(x0 + 3, y + 6, f"金额合计（大写）  人民币{_rmb_upper(total)}", 9, fk)
    p.text(x0 + 213, y + 6, f"¥{total:,.2f}", 9, fk, anchor="r")
    y += 9
    agents = []
    for r in rows:
        if r["withholding_agent"] not in agents:
            agents.append(r["withholding_agent"])
    uscc = {ctx["employer"]: ctx["emp_uscc"], ctx["prev_employer"]: ctx["prev_uscc"], ctx["agency"]: ctx["agency_uscc"]}
    p.rect(x0, y, 72, 30, lw=0.25)
    p.text(x0 + 3, y + 6, "税务机关（盖章）", 9, fk)
    p.rect(x0 + 72, y, 50, 30, lw=0.25)
    p.text(x0 + 75, y + 6, "填票人", 9, fk)
    p.text(x0 + 80, y + 18, P.pick_name(rng, False), 11, "kai", BLUE_INK)
    p.rect(x0 + 122, y, 94, 30, lw=0.25)
    p.text(x0 + 125, y + 6, "备注：", 9, fk)
    yy = y + 12
    for a in agents:
        if len(agents) > 1:
            ms = [r["period"] for r in rows if r["withholding_agent"] == a]
            a_s = f"{ms[0]}至{ms[-1]} "
        else:
            a_s = ""
        txt = f"{a_s}扣缴义务人：{P.fw(a)} 统一社会信用代码 {uscc.get(a, '')}"
        for ln in p.wrap(txt, 7.5, fk, 88):
            p.text(x0 + 125, yy, ln, 7.5, fk)
            yy += 4
    _place_seal(p, rng, TAXOFF.format(ctx["sh_dist"]), x0 + 42, y + 16, 15, center="征税专用章", oval=True)
    p.text(W / 2, H - 6, "妥善保管  手写无效", 8, fk, anchor="c")
    return p


def _rmb_upper(v):
    digits = "零壹贰叁肆伍陆柒捌玖"
    units = ["", "拾", "佰", "仟", "万", "拾", "佰", "仟", "亿"]
    n = int(v)
    jiao = int(round(v * 100)) % 100 // 10
    fen = int(round(v * 100)) % 10
    s = ""
    if n == 0:
        s = "零"
    else:
        ds = str(n)
        L = len(ds)
        zero = False
        for i, ch in enumerate(ds):
            u = units[L - 1 - i]
            if ch == "0":
                zero = True
                if u == "万":
                    s += "万"
                continue
            if zero:
                s += "零"
                zero = False
            s += digits[int(ch)] + u
    s += "元"
    if jiao == 0 and fen == 0:
        return s + "整"
    if jiao:
        s += digits[jiao] + "角"
    elif fen:
        s += "零"
    if fen:
        s += digits[fen] + "分"
    return s


# ------------------------------------------------------------------ 社保
def _si_amounts(base):
    b = float(base)
    return f"{b * 0.08:.2f}", f"{b * 0.02:.2f}", f"{b * 0.005:.2f}"


def si_payments(doc, ctx, rng):
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["month"])
    p = PDF(rng=rng, shuffle=True)
    fk = rng.choice(["song", "microhei", "zenhei"])
    title = rng.choice(["上海市社会保险个人缴费情况", "上海市社会保险个人缴费明细", "职工社会保险个人缴费记录"])
    cols = [("缴费年月", 18), ("单位名称", 66), ("缴费基数", 22), ("养老(个人)", 20), ("医疗(个人)", 20),
            ("失业(个人)", 18), ("缴费类型", 16)]
    per = 34
    chunks = [rows[i:i + per] for i in range(0, len(rows), per)]
    pd_ = ctx["as_of"] - dt.timedelta(days=rng.randint(0, 8))
    for ci, ch in enumerate(chunks):
        if ci:
            p.new_page()
        y = 22
        if ci == 0:
            p.text(105, y, title, 16, "microhei" if fk != "song" else "song", anchor="c")
            y += 10
            p.text(15, y, f"姓名：{f['name']}", 10, fk)
            p.text(70, y, f"证件号码：{f['id_number']}", 10, fk)
            p.text(195, y, f"打印日期：{pd_.isoformat()}", 9, fk, anchor="r")
            y += 5
        x = 15
        for n, w in cols:
            p.rect(x, y, w, 8, lw=0.2, fill=(230, 236, 244))
            _cell_text(p, x, y, w, 8, n, 8, fk, align="c")
            x += w
        y += 8
        for r in ch:
            a, b, c = _si_amounts(r["base"])
            vals = [r["month"].replace("-", ""), P.fw(r["employer"]), r["base"], a, b, c, "补缴" if r["back_payment"] else "正常"]
            x = 15
            for (n, w), v in zip(cols, vals):
                p.rect(x, y, w, 7, lw=0.2)
                _cell_text(p, x, y, w, 7, v, 7.5, fk, align="l" if n == "单位名称" else "c", pad=1.0)
                x += w
            y += 7
        p.text(105, 285, f"第{ci + 1}页 共{len(chunks)}页", 8, fk, anchor="c")
    p.text(15, y + 8, "注：缴费类型为“补缴”的月份系事后补缴。本记录由上海市社会保险事业管理中心提供。", 8.5, fk)
    if rng.random() < 0.6:
        _place_seal(p, rng, "上海市社会保险事业管理中心", 160, min(y + 25, 262), 16, center="业务专用章")
    return p


def si_rights(doc, ctx, rng):
    f = doc["fields"]
    rows = sorted(doc["rows"], key=lambda r: r["month"])
    p = PDF(rng=rng, shuffle=True)
    fk = rng.choice(["song", "microhei", "uming"])
    p.text(105, 22, "上海市社会保险个人权益记录", 16, "song", anchor="c")
    p.text(105, 30, f"（{rows[0]['month'][:4]}—{rows[-1]['month'][:4]}年度）", 10, fk, anchor="c")
    y = 38
    first = rows[0]["month"]
    _grid_rows(p, 15, y, [28, 50, 30, 72],
               [[("姓名", 1), (f["name"], 1), ("社会保障号码", 1), (f["id_number"], 1)],
                [("参保地", 1), ("上海市", 1), ("本记录首月", 1), (first.replace("-", "年") + "月", 1)]],
               9, 9.5, fk, fk, lab_fill=(240, 240, 240))
    y += 24
    p.text(15, y, "一、缴费情况", 11, "microhei")
    y += 4
    # group consecutive regular months with same employer and base into one range row
    reg = [r for r in rows if not r["back_payment"]]
    groups = []
    for r in reg:
        if groups and groups[-1][-1]["employer"] == r["employer"] and groups[-1][-1]["base"] == r["base"] \
                and month_add(groups[-1][-1]["month"], 1) == r["month"] and len(groups[-1]) < rng.choice([6, 12, 12]):
            groups[-1].append(r)
        else:
            groups.append([r])
    cols = [("费款所属期", 38), ("缴费单位", 70), ("缴费基数", 22), ("月数", 12), ("个人缴纳合计", 38)]
    x = 15
    for n, w in cols:
        p.rect(x, y, w, 8, lw=0.2, fill=(235, 235, 235))
        _cell_text(p, x, y, w, 8, n, 8.5, fk, align="c")
        x += w
    y += 8
    for g in groups:
        a, b = g[0]["month"], g[-1]["month"]
        rngs = f"{a.replace('-', '.')}-{b.replace('-', '.')}" if a != b else a.replace("-", ".")
        tot = sum(float(r["base"]) * 0.105 for r in g)
        vals = [rngs, P.fw(g[0]["employer"]), g[0]["base"], str(len(g)), f"{tot:.2f}"]
        x = 15
        for (n, w), v in zip(cols, vals):
            p.rect(x, y, w, 8, lw=0.2)
            _cell_text(p, x, y, w, 8, v, 8, fk, align="l" if n == "缴费单位" else "c", pad=1.0)
            x += w
        y += 8
        if y > 265:
            p.new_page()
            y = 25
    y += 8
    p.text(15, y, "二、补缴情况", 11, "microhei")
    y += 4
    bp = [r for r in rows if r["back_payment"]]
    cols2 = [("补缴所属期", 30), ("补缴单位", 78), ("缴费基数", 24), ("补缴办理日期", 48)]
    x = 15
    for n, w in cols2:
        p.rect(x, y, w, 8, lw=0.2, fill=(235, 235, 235))
        _cell_text(p, x, y, w, 8, n, 8.5, fk, align="c")
        x += w
    y += 8
    if not bp:
        p.rect(15, y, 180, 8, lw=0.2)
        p.text(105, y + 5.5, "无", 9, fk, anchor="c")
        y += 8
    paid = ctx["as_of"] - dt.timedelta(days=rng.randint(15, 40))
    for r in bp:
        vals = [r["month"].replace("-", "年") + "月", P.fw(r["employer"]), r["base"], P.cjk_date(paid)]
        x = 15
        for (n, w), v in zip(cols2, vals):
            p.rect(x, y, w, 7.5, lw=0.2)
            _cell_text(p, x, y, w, 7.5, v, 8, fk, align="l" if n == "补缴单位" else "c", pad=1.0)
            x += w
        y += 7.5
        if y > 270:
            p.new_page()
            y = 25
    y += 10
    p.text(15, y, "说明：补缴月份按规定不计入按时缴费月数。本权益记录单仅供参考，以社保经办机构核定为准。", 8.5, fk)
    p.text(195, y + 8, f"打印日期：{(ctx['as_of'] - dt.timedelta(days=rng.randint(0, 9))).isoformat()}", 8.5, fk,
           anchor="r")
    return p


# ------------------------------------------------------------------ 学历
PRESIDENTS = ["王建华", "李志强", "陈国平", "张立新", "刘文斌", "周明远", "吴振东", "赵德胜"]


def diploma(f, ctx, rng, layout):
    W, H = 250, 178
    p = PDF(W, H, rng=rng, shuffle=True)
    fk = rng.choice(["song", "uming", "kai"]) if layout == "classic" else rng.choice(["song", "microhei", "wenkai"])
    p.rect(0, 0, W, H, lw=0, stroke=None, fill=(252, 248, 238))
    p.rect(6, 6, W - 12, H - 12, lw=1.2, stroke=(150, 110, 60))
    p.rect(9, 9, W - 18, H - 18, lw=0.4, stroke=(150, 110, 60))
    lvl = f["level"]
    adult = f.get("study_mode") == "成人教育"
    title = "毕 业 证 书" if lvl != "硕士研究生" else "研究生毕业证书"
    p.text(W / 2, 30, "普通高等学校" if not adult and lvl != "硕士研究生" else ("成人高等教育" if adult else ""), 12, fk, anchor="c")
    p.text(W / 2, 44, title, 24, "song", anchor="c")
    ph = portrait(240, 320, rng, bg=(70, 120, 190))
    p.image(ph, 22, 56, 30, 40, over=False)
    b = ctx["birth"]
    g = D(f["graduation_date"])
    yrs = {"本科": 4, "专科": 3, "硕士研究生": 3}.get(lvl, 4)
    if adult:
        yrs = 2.5
    st = dt.date(g.year - int(yrs + 0.6), 9, 1) if not adult else dt.date(g.year - 3, 3, 1)
    cn = layout == "classic"
    dfmt = (lambda d: P.cn_date(d, day=False)) if cn else (lambda d: f"{d.year}年{d.month}月")
    lvl_word = {"本科": "四年制本科", "专科": "三年制专科", "硕士研究生": "硕士研究生"}[lvl]
    if adult:
        lvl_word = "（函授）专科起点本科"
    body = (f"学生 {f['name']}，性别{ctx['sex']}，{dfmt(b)}生，于{dfmt(st)}至{dfmt(g)}在本校 {f['major']} 专业"
            f"{lvl_word}学习，修完{'硕士研究生培养计划' if lvl == '硕士研究生' else '教学计划'}规定的全部课程，成绩合格，"
            f"{'毕业论文答辩通过，' if lvl == '硕士研究生' else ''}准予毕业。")
    y = 64
    for ln in p.wrap("    " + body, 14, fk, 160):
        p.text(64, y, ln, 14, fk)
        y += 10
    if adult:
        p.text(64, y + 2, "学习形式：函授    学历类别：成人高等教育", 11, fk)
    p.text(64, 142, f"校    名：{f['school']}", 12, fk)
    p.text(64, 151, f"校（院）长：", 12, fk)
    p.text(92, 152, rng.choice(PRESIDENTS), 13, "kai")
    p.text(22, 162, f"证书编号：{rng.randint(10 ** 17, 10 ** 18 - 1)}", 10, fk)
    p.text(225, 160, P.cn_date(g) if cn else P.cjk_date(g), 12, fk, anchor="r")
    _place_seal(p, rng, f["school"], 196, 142, 19)
    return p


def degree(f, ctx, rng, layout):
    W, H = 250, 178
    p = PDF(W, H, rng=rng, shuffle=True)
    fk = rng.choice(["song", "uming", "kai", "wenkai"])
    p.rect(0, 0, W, H, lw=0, stroke=None, fill=(250, 246, 236) if layout == "classic" else (244, 246, 250))
    p.rect(7, 7, W - 14, H - 14, lw=1.5, stroke=(120, 30, 40) if layout == "classic" else (40, 60, 120))
    lvl = f["level"]
    p.text(W / 2, 32, " ".join(f"{lvl}学位证书"), 22, "song", anchor="c")
    ph = portrait(240, 320, rng, bg=(200, 60, 60) if rng.random() < 0.5 else (70, 120, 190))
    p.image(ph, 200, 48, 30, 40, over=False)
    b = ctx["birth"]
    g = D(f["graduation_date"])
    cn = layout == "classic"
    bd = P.cn_date(b) if cn else P.cjk_date(b)
    plan = "硕士研究生培养计划" if lvl == "硕士" else "本科学习计划"
    body = (f"{f['name']}，{ctx['sex']}，{bd}生。在{f['school']}{f['major']}专业完成了{plan}，业已毕业。"
            f"经审核符合《中华人民共和国学位条例》的规定，授予{ctx['disc']}{lvl}学位。")
    y = 58
    for ln in p.wrap("    " + body, 14, fk, 165):
        p.text(25, y, ln, 14, fk)
        y += 10
    p.text(120, 132, f"{f['school']}", 13, fk)
    p.text(120, 142, "学位评定委员会主席", 12, fk)
    p.text(170, 143, rng.choice(PRESIDENTS), 13, "kai")
    p.text(25, 160, f"证书编号：{rng.randint(10 ** 15, 10 ** 16 - 1)}", 10, fk)
    p.text(225, 160, P.cn_date(g) if cn else P.cjk_date(g), 12, fk, anchor="r")
    _place_seal(p, rng, f"{f['school']}学位评定委员会", 150, 138, 19)
    return p


def xuexin(f, ctx, rng):
    p = PDF(rng=rng, shuffle=True, meta={"Title": "教育部学历证书电子注册备案表", "Creator": "学信网"})
    fk = rng.choice(["microhei", "song", "zenhei"])
    p.rect(0, 0, 210, 16, lw=0, stroke=None, fill=(20, 110, 180))
    p.text(15, 11, "学信网  中国高等教育学生信息网", 11, "microhei", (255, 255, 255))
    p.text(105, 32, "教育部学历证书电子注册备案表", 17, "microhei", anchor="c")
    upd = ctx["as_of"] - dt.timedelta(days=rng.randint(3, 60))
    p.text(195, 42, f"更新日期：{P.cjk_date(upd, pad=True)}", 9, fk, anchor="r")
    g = D(f["graduation_date"])
    lvl = f["level"]
    yrs = {"本科": 4, "专科": 3, "硕士研究生": 3}.get(lvl, 4)
    st = dt.date(g.year - yrs, 9, 1)
    b = ctx["birth"]
    rows = [[("姓名", 1), (f["name"], 1), ("性别", 1), (ctx["sex"], 1)],
            [("证件号码", 1), (ctx["id"], 1), ("民族", 1), (ctx["ethnicity"] + "族", 1)],
            [("出生日期", 1), (P.cjk_date(b, pad=True), 1), ("学校名称", 1), (f["school"], 1)],
            [("层次", 1), (lvl, 1), ("专业", 1), (f["major"], 1)],
            [("学制", 1), (f"{yrs} 年", 1), ("学历类别", 1), ("普通高等教育", 1)],
            [("学习形式", 1), (f["study_mode"], 1), ("入学日期", 1), (P.cjk_date(st, pad=True), 1)],
            [("毕（结）业日期", 1), (P.cjk_date(g, pad=True), 1), ("毕（结）业", 1), ("毕业", 1)],
            [("证书编号", 1), (str(rng.randint(10 ** 17, 10 ** 18 - 1)), 1), ("校（院）长姓名", 1), (rng.choice(PRESIDENTS), 1)]]
    _grid_rows(p, 15, 50, [28, 52, 28, 52], rows, 11, 9.5, fk, fk, lab_fill=(242, 246, 250))
    p.rect(177, 50, 20, 26, lw=0.2)
    p.image(portrait(200, 260, rng), 178, 51, 18, 24)
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789") for _ in range(16))
    p.image(qr(f"https://www.chsi.com.cn/xlcx/bg.do?vcode={code}", 240), 20, 160, 32, 32)
    p.text(58, 170, f"在线验证码：{code[:4]} {code[4:8]} {code[8:12]} {code[12:]}", 10.5, fk)
    p.text(58, 178, f"报告有效期至：{P.cjk_date(ctx['as_of'] + dt.timedelta(days=rng.randint(40, 180)), pad=True)}", 10, fk)
    p.text(58, 186, "扫描二维码或登录学信网（www.chsi.com.cn）在线验证报告真伪", 9, fk)
    p.text(105, 282, "全国高等学校学生信息咨询与就业指导中心", 9, fk, anchor="c")
    _place_seal(p, rng, "全国高等学校学生信息咨询与就业指导中心", 160, 200, 17, center="电子专用章")
    return p


# ------------------------------------------------------------------ not documents of the packet
def rental(ctx, rng):
    p = PDF(rng=rng, shuffle=True)
    fk = rng.choice(["song", "microhei"])
    p.text(105, 30, "上海市住房租赁合同", 18, "song", anchor="c")
    owner = P.pick_name(rng, rng.random() < 0.5)
    st = ctx["as_of"] - dt.timedelta(days=rng.randint(100, 500))
    en = P.add_years(st, 1)
    lines = [f"出租人（甲方）：{owner}", f"承租人（乙方）：{ctx['name']}    身份证号：{ctx['id']}",
             f"房屋坐落：{P.fw(ctx['res_addr'])}",
             f"租赁期限：自{P.cjk_date(st)}起至{P.cjk_date(en)}止，共计十二个月。",
             f"月租金：人民币{rng.randint(25, 90) * 100}元整，按季支付，押一付三。"]
    y = 50
    for ln in lines:
        for w in p.wrap(ln, 11.5, fk, 165):
            p.text(22, y, w, 11.5, fk)
            y += 9
    for cl in ["甲方应保证出租房屋及其附属设施处于正常的可使用和安全的状态。",
               "乙方应合理使用房屋及其附属设施，因使用不当造成损坏的，乙方应负责修复或者赔偿。",
               "租赁期间，水、电、燃气、通讯等费用由乙方承担。",
               "租赁期满，甲方有权收回房屋，乙方如要求续租，应提前一个月书面通知甲方。"]:
        for w in p.wrap("    " + cl, 11, fk, 165):
            p.text(22, y, w, 11, fk)
            y += 8
        y += 3
    p.text(30, 240, "甲方（签字）：", 11.5, fk)
    p.text(60, 241, owner, 14, "kai", BLUE_INK)
    p.text(120, 240, "乙方（签字）：", 11.5, fk)
    p.text(150, 241, ctx["name"], 14, "kai", BLUE_INK)
    return p
