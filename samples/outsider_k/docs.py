"""Image renderers, one per document form. Each returns a list of Sheets."""
import datetime as dt

from PIL import Image

from .data import cn_date, fmt_ymd_cn, cn_num, to_fullwidth_digits
from .gfx import Sheet, seal, stamp, watermark, guilloche, portrait, qr_like, paper_tint

A4 = (1654, 2339)
INK = (20, 20, 20)
BLUEINK = (25, 40, 110)
GREY = (120, 120, 120)


def d_dot(d):
    return f"{d:%Y.%m.%d}"


def a4(ctx):
    s = Sheet(*A4)
    paper_tint(s, ctx.rng)
    return s


# ---------------------------------------------------------------- ID card
def id_front(ctx, f, W=1400):
    r, F = ctx.rng, ctx.fonts
    H = int(W * 0.631)
    s = Sheet(W, H, bg=(238, 244, 246), kind="card")
    guilloche(s, r, (0, 0, W, H))
    k = W / 1000
    lab = (70, 130, 175)
    fl = F.get("sans", 26 * k)
    fv = F.get("sans", 34 * k)
    x0, xv = 70 * k, 170 * k
    s.text((x0, 80 * k), "姓 名", fl, lab)
    s.text((xv, 72 * k), f["name"], F.get("sans", 38 * k), INK)
    s.text((x0, 160 * k), "性 别", fl, lab)
    s.text((xv, 153 * k), f["sex"], fv, INK)
    s.text((310 * k, 160 * k), "民 族", fl, lab)
    s.text((410 * k, 153 * k), f["ethnicity"], fv, INK)
    b = f["birth_date_obj"]
    s.text((x0, 235 * k), "出 生", fl, lab)
    s.text((xv, 228 * k), f"{b.year}", fv, INK)
    s.text((xv + 100 * k, 235 * k), "年", fl, lab)
    s.text((xv + 150 * k, 228 * k), f"{b.month}", fv, INK)
    s.text((xv + 200 * k, 235 * k), "月", fl, lab)
    s.text((xv + 250 * k, 228 * k), f"{b.day}", fv, INK)
    s.text((xv + 300 * k, 235 * k), "日", fl, lab)
    s.text((x0, 310 * k), "住 址", fl, lab)
    s.wrap((xv, 303 * k), f["address"], fv, 430 * k, 48 * k, INK)
    s.text((x0, 520 * k), "公民身份号码", fl, lab)
    s.spaced((290 * k, 512 * k), f["id_number"], F.get("mono", 38 * k), 4 * k, INK)
    ph = portrait(r, 250 * k, 310 * k, bg=(238, 244, 246))
    s.img.paste(ph, (int(690 * k), int(110 * k)))
    return s


def id_back(ctx, f, W=1400):
    r, F = ctx.rng, ctx.fonts
    H = int(W * 0.631)
    s = Sheet(W, H, bg=(240, 246, 244), kind="card")
    guilloche(s, r, (0, 0, W, H), color=(215, 230, 210))
    k = W / 1000
    s.d.ellipse([60 * k, 50 * k, 210 * k, 200 * k], outline=(200, 40, 40), width=int(8 * k), fill=(235, 190, 60))
    s.text((135 * k, 125 * k), "★", F.get("sans", 60 * k), (200, 40, 40), anchor="mm")
    s.text((330 * k, 100 * k), "中华人民共和国", F.get("serif_bold", 50 * k), INK)
    s.text((330 * k, 185 * k), "居 民 身 份 证", F.get("serif_bold", 70 * k), INK)
    fl = F.get("sans", 27 * k)
    fv = F.get("sans", 32 * k)
    s.text((220 * k, 430 * k), "签发机关", fl, (70, 130, 175))
    s.text((380 * k, 425 * k), f["issuing_authority"], fv, INK)
    s.text((220 * k, 510 * k), "有效期限", fl, (70, 130, 175))
    vu = "长期" if f["valid_until"] == "long_term" else d_dot(f["valid_until_obj"])
    s.text((380 * k, 505 * k), f"{d_dot(f['valid_from_obj'])}-{vu}", fv, INK)
    return s


# -------------------------------------------------------- residence permit
def permit_card(ctx, f, W=1400):
    r, F = ctx.rng, ctx.fonts
    H = int(W * 0.631)
    k = W / 1000
    s = Sheet(W, H, bg=(225, 236, 250), kind="card")
    guilloche(s, r, (0, 0, W, H), color=(200, 215, 240))
    s.text((W / 2, 60 * k), "上海市居住证", F.get("serif_bold", 58 * k), (20, 60, 140), anchor="ma")
    fl = F.get("sans", 26 * k)
    fv = F.get("sans", 32 * k)
    rows = [("姓名", f["name"]), ("公民身份号码", f["id_number"])]
    y = 180 * k
    for l, v in rows:
        s.text((60 * k, y + 5 * k), l, fl, (80, 100, 140))
        s.text((260 * k, y), v, fv, INK)
        y += 75 * k
    s.text((60 * k, y + 5 * k), "居住地址", fl, (80, 100, 140))
    y = s.wrap((260 * k, y), f["residence_address"], fv, 440 * k, 46 * k)
    s.text((60 * k, 520 * k), "签发机关", fl, (80, 100, 140))
    s.text((260 * k, 515 * k), "上海市公安局", fv, INK)
    ph = portrait(r, 220 * k, 280 * k, bg=(225, 236, 250))
    s.img.paste(ph, (int(740 * k), int(170 * k)))
    return s


def permit_card_back(ctx, f, W=1400):
    F = ctx.fonts
    H = int(W * 0.631)
    k = W / 1000
    s = Sheet(W, H, bg=(232, 240, 250), kind="card")
    s.rect((80 * k, 70 * k, 230 * k, 190 * k), outline=(170, 150, 60), width=3, fill=(220, 200, 110))
    s.text((320 * k, 80 * k), "签注信息", F.get("sans_bold", 36 * k), (20, 60, 140))
    fl = F.get("sans", 27 * k)
    fv = F.get("sans", 31 * k)
    s.text((320 * k, 170 * k), "签注日期", fl, (80, 100, 140))
    s.text((500 * k, 165 * k), fmt_ymd_cn(f["issue_date_obj"]), fv)
    s.text((320 * k, 240 * k), "有效期限", fl, (80, 100, 140))
    s.text((500 * k, 235 * k), f"{d_dot(f['valid_from_obj'])}至{d_dot(f['valid_until_obj'])}", fv)
    s.text((80 * k, 480 * k), "本证仅限持证人本人使用，请妥善保管。", F.get("sans", 24 * k), GREY)
    return s


def permit_info_a4(ctx, f, variant):
    r, F = ctx.rng, ctx.fonts
    s = a4(ctx)
    sz = r.randint(30, 38)
    fl, fv = F.get("sans", sz), F.get("serif", sz)
    s.text((s.w / 2, 170), "上海市居住证信息", F.get("sans_bold", 56), INK, anchor="ma")
    if r.random() < 0.5:
        s.text((s.w / 2, 250), "（一网通办 打印件）", F.get("sans", 28), GREY, anchor="ma")
    vf, vu = f["valid_from_obj"], f["valid_until_obj"]
    x0, x1 = 140, s.w - 140
    y = 360
    if variant == "grid2":
        rows = [("姓名", f["name"]), ("性别", f["sex"]), ("公民身份号码", f["id_number"]),
                ("常住户口所在地住址", f["hukou_address"]), ("居住地住址", f["residence_address"]),
                ("签发日期", fmt_ymd_cn(f["issue_date_obj"], pad=True)),
                ("有效期限", f"{d_dot(vf)}至{d_dot(vu)}"), ("签发机关", "上海市公安局")]
        lw = 440
        for l, v in rows:
            h = 110 if len(v) * sz < (x1 - x0 - lw - 60) else 170
            s.rect((x0, y, x1, y + h), width=2)
            s.line((x0 + lw, y), (x0 + lw, y + h))
            s.text((x0 + 25, y + 35), l, fl)
            s.wrap((x0 + lw + 30, y + 30), v, fv, x1 - x0 - lw - 60, sz + 16)
            y += h
    elif variant == "grid4":
        cw = (x1 - x0) / 4
        pairs = [[("姓名", f["name"]), ("性别", f["sex"])],
                 [("证件号码", f["id_number"]), ("签注日期", fmt_ymd_cn(f["issue_date_obj"]))],
                 [("有效期起", fmt_ymd_cn(vf)), ("有效期止", fmt_ymd_cn(vu))]]
        for pr in pairs:
            for j, (l, v) in enumerate(pr):
                bx = x0 + j * 2 * cw
                s.rect((bx, y, bx + cw, y + 120), width=2, fill=(238, 238, 238))
                s.rect((bx + cw, y, bx + 2 * cw, y + 120), width=2)
                s.text((bx + 20, y + 40), l, fl)
                s.wrap((bx + cw + 15, y + 25), v, F.get("serif", sz - 4), cw - 30, sz)
            y += 120
        for l, v in [("户籍地址", f["hukou_address"]), ("居住地址", f["residence_address"])]:
            s.rect((x0, y, x0 + cw, y + 170), width=2, fill=(238, 238, 238))
            s.rect((x0 + cw, y, x1, y + 170), width=2)
            s.text((x0 + 20, y + 60), l, fl)
            s.wrap((x0 + cw + 20, y + 35), v, fv, 3 * cw - 40, sz + 16)
            y += 170
    else:  # list, values far right of labels; a lone label row
        rows = [("姓名：", f["name"]), ("公民身份号码：", f["id_number"]),
                ("户籍地址：", f["hukou_address"]), ("居住地址：", f["residence_address"]),
                ("签发日期：", fmt_ymd_cn(f["issue_date_obj"])), ("有效期限：", f"{d_dot(vf)}至{d_dot(vu)}")]
        for l, v in rows:
            s.text((x0, y), l, fl)
            right = x1
            if len(v) * sz > (x1 - x0 - 500):
                y = s.wrap((0, y), v, fv, x1 - x0 - 520, sz + 18, align="right", right=right)
            else:
                s.text((right, y), v, fv, anchor="ra")
                y += sz + 18
            y += 45
            s.line((x0, y - 20), (x1, y - 20), fill=(200, 200, 200), width=1)
        s.text((x0, y + 20), "备注：", fl)
        y += 120
    s.text((x1, y + 120), f"打印日期：{fmt_ymd_cn(ctx.print_date)}", F.get("sans", 28), GREY, anchor="ra")
    stamp(s, seal(r, 330, "上海市公安局人口管理办公室", "居住证专用章", fonts=F), x1 - 250, y + 60)
    return s


def status_bar(s, F, r, title, back=True):
    s.text((60, 38), f"{r.randint(8, 22)}:{r.randint(0, 59):02d}", F.get("sans_bold", 38), INK)
    s.text((s.w - 60, 40), f"{r.randint(20, 99)}%", F.get("sans", 34), INK, anchor="ra")
    s.rect((s.w - 240, 48, s.w - 180, 76), outline=INK, width=3)
    s.text((s.w / 2, 170), title, F.get("sans_bold", 48), INK, anchor="mm")
    if back:
        s.text((60, 170), "〈", F.get("sans", 50), INK, anchor="lm")
    s.line((0, 240), (s.w, 240), fill=(225, 225, 225), width=2)


def rows_card(s, F, y, rows, sz=40, gap=44):
    """grey label left, black value right-aligned, wrapped right-aligned."""
    x0, x1 = 60, s.w - 60
    h_est = sum((2 if s.tw(v, F.get("sans", sz)) > 620 else 1) * (sz + 22) + gap for _, v in rows) + 60
    s.d.rounded_rectangle((x0, y, x1, y + h_est), radius=30, fill=(255, 255, 255))
    y += 40
    for l, v in rows:
        s.text((x0 + 40, y), l, F.get("sans", sz - 4), (135, 135, 135))
        fv = F.get("sans", sz)
        if s.tw(v, fv) > 620:
            y = s.wrap((0, y), v, fv, 600, sz + 22, align="right", right=x1 - 40)
        else:
            s.text((x1 - 40, y), v, fv, INK, anchor="ra")
            y += sz + 22
        y += gap
    return y + 40


def permit_app(ctx, f):
    r, F = ctx.rng, ctx.fonts
    s = Sheet(1080, r.choice([2340, 2400, 2244]), bg=(242, 243, 247), kind="screen")
    status_bar(s, F, r, "电子居住证")
    col = r.choice([(38, 110, 230), (20, 150, 140), (200, 70, 60)])
    s.d.rounded_rectangle((40, 280, 1040, 640), radius=36, fill=col)
    s.text((100, 330), "上海市居住证", F.get("sans", 40), (255, 255, 255))
    s.text((100, 420), f["name"], F.get("display", 96), (255, 255, 255))
    s.text((100, 560), "随申办 · 电子证照", F.get("sans", 30), (230, 240, 255))
    s.img.paste(qr_like(r, 220), (780, 380))
    rows = [("证件号码", f["id_number"]), ("户籍地址", f["hukou_address"]),
            ("居住地址", f["residence_address"]), ("签注日期", f"{f['issue_date_obj']:%Y-%m-%d}"),
            ("有效期至", f"{f['valid_until_obj']:%Y-%m-%d}"), ("有效期起", f"{f['valid_from_obj']:%Y-%m-%d}")]
    rows_card(s, F, 690, rows, sz=r.choice([38, 40, 42]))
    return s


# -------------------------------------------------------- household register
def hukou_cover(ctx, f, hand=False, W=1500):
    r, F = ctx.rng, ctx.fonts
    H = int(W * 0.72)
    s = Sheet(W, H, bg=(250, 246, 236), kind="booklet")
    k = W / 1000
    s.text((W / 2, 40 * k), "户 口 簿", F.get("serif_bold", 50 * k), (120, 40, 40), anchor="ma")
    fl = F.get("serif", 27 * k)
    fv = F.get("hand", 34 * k) if hand else F.get("sans", 30 * k)
    vc = BLUEINK if hand else INK
    x0, x1, y0 = 60 * k, 940 * k, 130 * k
    rh = 95 * k
    s.rect((x0, y0, x1, y0 + rh * 4), width=3)
    for i in range(1, 4):
        s.line((x0, y0 + rh * i), (x1, y0 + rh * i))
    c1, c2, c3 = x0 + 130 * k, x0 + 450 * k, x0 + 580 * k
    for c in (c1, c2, c3):
        s.line((c, y0), (c, y0 + rh))
    s.line((c1, y0 + rh), (c1, y0 + rh * 3))
    s.line((c2, y0 + rh), (c2, y0 + rh * 2))
    s.line((c3, y0 + rh), (c3, y0 + rh * 2))
    s.text((x0 + 20 * k, y0 + 30 * k), "户  别", fl)
    s.text((c1 + 25 * k, y0 + 28 * k), f["household_type"], fv, vc)
    s.text((c2 + 12 * k, y0 + 30 * k), "户主姓名", fl)
    s.text((c3 + 30 * k, y0 + 28 * k), f["head_name"], fv, vc)
    s.text((x0 + 20 * k, y0 + rh + 30 * k), "户  号", fl)
    s.text((c1 + 25 * k, y0 + rh + 28 * k), f["household_number"], fv, vc)
    s.text((c2 + 30 * k, y0 + rh + 30 * k), "住  址", fl)
    s.text((x0 + 20 * k, y0 + rh * 2 + 75 * k), "住  址", fl) if False else None
    # the address spans two rows right of a tall label cell when long
    s.text((x0 + 20 * k, y0 + rh * 2 + 30 * k), "", fl)
    s.wrap((c3 + 20 * k, y0 + rh + 15 * k), f["address"][:9], fv, 340 * k, 40 * k, vc)
    s.wrap((c1 + 25 * k, y0 + rh * 2 + 25 * k), f["address"][9:], fv, 740 * k, 44 * k, vc)
    s.text((x0 + 20 * k, y0 + rh * 3 + 30 * k), "承办人签章", F.get("serif", 23 * k))
    s.text((c1 + 80 * k, y0 + rh * 3 + 28 * k), ctx.clerk, F.get("hand", 32 * k), vc)
    s.text((x0 + 10 * k, y0 + rh * 4 + 40 * k), "户口登记机关和户口专用章", fl)
    idt = f["issue_date_obj"]
    s.text((560 * k, y0 + rh * 4 + 140 * k), "签发日期", fl)
    s.text((690 * k, y0 + rh * 4 + 138 * k), f"{idt.year} 年 {idt.month} 月 {idt.day} 日", fv, vc)
    # seal over the lower-left and (sometimes) over the address
    sx = r.choice([(260 * k, y0 + rh * 4 + 150 * k), (c3 + 160 * k, y0 + rh * 2 + 40 * k)])
    stamp(s, seal(r, 230 * k, ctx.police + "户口专用章", fonts=F), *sx)
    return s


MEMBER_CELLS = [
    ("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"),
    ("出生地", "birthplace"), ("民族", "ethnicity"), ("籍贯", "native_place"), ("出生日期", "birth_date_cn"),
    ("本市(县)其他住址", None), ("宗教信仰", None), ("公民身份证件编号", "id_number"), ("身高", "height"),
    ("血型", "blood"), ("文化程度", "education"), ("婚姻状况", "marital_status"), ("兵役状况", "military"),
    ("服务处所", "employer"), ("职业", "job"), ("何时由何地迁来本市(县)", "moved_city"),
    ("何时由何地迁来本址", "moved_addr"), ("承办人签章", "clerk"), ("登记日期", "registration_date_cn"),
]


def hukou_member(ctx, f, hand=False, W=1500):
    r, F = ctx.rng, ctx.fonts
    H = int(W * 1.76)
    s = Sheet(W, H, bg=(250, 246, 236), kind="booklet")
    k = W / 1000
    s.text((W / 2, 40 * k), "常住人口登记卡", F.get("serif_bold", 48 * k), (120, 40, 40), anchor="ma")
    fl = F.get("serif", 22 * k)
    fv = F.get("hand", 30 * k) if hand else F.get("sans", 27 * k)
    vc = BLUEINK if hand else INK
    x0, x1, y = 50 * k, 950 * k, 130 * k
    rh = 88 * k
    vals = dict(f)
    vals["clerk"] = ctx.clerk
    def is_long(c):
        return c[1] in ("id_number", "employer", "moved_city", "moved_addr", "birth_date_cn",
                        "registration_date_cn") or c[0].startswith("本市")
    pairs = []
    i = 0
    while i < len(MEMBER_CELLS):
        if is_long(MEMBER_CELLS[i]) or i + 1 >= len(MEMBER_CELLS) or is_long(MEMBER_CELLS[i + 1]):
            pairs.append([MEMBER_CELLS[i]])
            i += 1
        else:
            pairs.append(MEMBER_CELLS[i:i + 2])
            i += 2
    for row in pairs:
        s.line((x0, y), (x1, y))
        if len(row) == 1:
            cells = [(x0, x0 + 210 * k, x1)]
        else:
            cells = [(x0, x0 + 200 * k, x0 + 450 * k), (x0 + 450 * k, x0 + 650 * k, x1)]
        for (lab, key), (a, b, c) in zip(row, cells):
            s.line((a, y), (a, y + rh))
            s.line((b, y), (b, y + rh))
            s.wrap((a + 10 * k, y + 18 * k), lab, fl, b - a - 20 * k, 28 * k)
            v = vals.get(key) if key else ""
            if v:
                dx = r.uniform(0, 8) * k if hand else 0
                s.wrap((b + 15 * k + dx, y + 24 * k), v, fv, c - b - 30 * k, 34 * k, vc)
        y += rh
    s.line((x0, y), (x1, y))
    s.line((x1, 130 * k), (x1, y))
    stamp(s, seal(r, 220 * k, ctx.police + "户口专用章", fonts=F), r.uniform(600, 800) * k, y - 150 * k)
    return s


def open_booklet(ctx, cover, member):
    h = max(cover.h, member.h) + 80
    s = Sheet(cover.w + member.w + 120, h, bg=(150, 40, 40), kind="booklet")
    s.img.paste(cover.img, (40, 40))
    s.img.paste(member.img, (cover.w + 80, 40))
    s.line((cover.w + 60, 0), (cover.w + 60, h), fill=(90, 30, 30), width=6)
    return s


def collective_cert(ctx, f):
    r, F = ctx.rng, ctx.fonts
    s = a4(ctx)
    fb = F.get("kai", r.randint(40, 46))
    s.text((s.w / 2, 260), "户 籍 证 明", F.get("serif_bold", 80), INK, anchor="ma")
    body = (f"兹证明{f['name']}（公民身份号码：{f['id_number']}）户口登记在本辖区集体户，"
            f"地址：{f['address']}。特此证明。")
    s.wrap((180, 520), "      " + body, fb, s.w - 360, 80)
    s.text((s.w - 200, 1200), ctx.police + "派出所", F.get("kai", 44), INK, anchor="ra")
    idt = f["issue_date_obj"]
    s.text((s.w - 200, 1290), fmt_ymd_cn(idt), F.get("kai", 44), INK, anchor="ra")
    stamp(s, seal(r, 380, ctx.police + "户籍专用章", fonts=F), s.w - 420, 1220)
    s.text((180, 1700), "（本证明自开具之日起三个月内有效）", F.get("sans", 30), GREY)
    return s


# -------------------------------------------------------- labour contract
FILLER = [
    "甲方应当依法为乙方缴纳社会保险费，乙方个人应缴部分由甲方从乙方工资中代扣代缴。",
    "乙方应当遵守甲方依法制定的规章制度，服从甲方合理的工作安排。",
    "甲方根据生产经营需要，可以依法调整乙方的工作岗位，乙方的工资待遇按新岗位确定。",
    "乙方因工作需要加班的，甲方应按国家和本市规定支付加班工资或安排补休。",
    "乙方的财产及个人信息受法律保护，甲方不得非法收集、使用乙方的个人信息。",
    "甲方应当为乙方提供符合国家规定的劳动安全卫生条件和必要的劳动防护用品。",
    "乙方在合同期内参加甲方出资的专业技术培训的，双方可另行签订培训协议约定服务期。",
    "任何一方解除或终止本合同，应当按照《中华人民共和国劳动合同法》的规定执行。",
    "甲方每月以货币形式按时足额支付乙方工资，不得克扣或者无故拖欠。",
    "本合同未尽事宜，按国家和本市有关规定执行；国家和本市无规定的，由双方协商解决。",
    "双方因履行本合同发生争议的，可以向甲方所在地劳动人事争议仲裁委员会申请仲裁。",
    "乙方患病或者非因工负伤的，甲方应按规定给予医疗期，并支付病假工资。",
]


def _ymd_spaced(d):
    return f"{d.year} 年 {d.month} 月 {d.day} 日"


def contract_pages(ctx, f, variant, n_pages):
    r, F = ctx.rng, ctx.fonts
    pages = []
    fb = F.get("serif", r.randint(34, 40))
    lh = int(fb.size * r.uniform(1.6, 2.0))
    hand = F.get("hand", fb.size + 4)
    sd, ed = f["start_date_obj"], f.get("end_date_obj")
    trial_end = sd + dt.timedelta(days=r.choice([89, 90, 181]))
    if variant == "shanghai_model":
        s = a4(ctx)
        s.text((s.w / 2, 500), "劳 动 合 同", F.get("serif_bold", 110), INK, anchor="ma")
        s.text((s.w / 2, 680), "（示范文本）", F.get("serif", 50), INK, anchor="ma")
        y = 1150
        for lab, v in [("甲方（用人单位）", f["employer_drawn"]), ("乙方（劳动者）", f["employee_name"]),
                       ("签订日期", _ymd_spaced(f["signing_date_obj"]))]:
            s.text((260, y), lab, F.get("serif", 42), INK)
            s.line((640, y + 58), (1420, y + 58), width=2)
            s.text((660, y - 4), v, F.get("hand", 46), BLUEINK)
            y += 150
        s.text((s.w / 2, 2050), "上海市人力资源和社会保障局 制", F.get("serif", 34), INK, anchor="ma")
        pages.append(s)
        s = a4(ctx)
        y = 180
        s.text((160, y), "甲方（用人单位）名称：", fb)
        x = 160 + s.tw("甲方（用人单位）名称：", fb)
        s.line((x, y + fb.size + 8), (s.w - 150, y + fb.size + 8), width=2)
        s.text((x + 10, y - 6), f["employer_drawn"], hand, BLUEINK)
        y += lh
        for lab in ["法定代表人（主要负责人）：", "住所："]:
            s.text((160, y), lab, fb)
            s.line((160 + s.tw(lab, fb), y + fb.size + 8), (s.w - 150, y + fb.size + 8), width=2)
            y += lh
        s.text((160 + s.tw("住所：", fb) + 10, y - lh - 6), ctx.company_addr, hand, BLUEINK)
        y += lh // 2
        for lab, v in [("乙方（劳动者）姓名：", f["employee_name"]),
                       ("居民身份证号码：", f["employee_id_number"]),
                       ("户籍地址：", ctx.person_hukou), ("在沪居住地址：", ctx.person_res)]:
            s.text((160, y), lab, fb)
            x = 160 + s.tw(lab, fb)
            s.line((x, y + fb.size + 8), (s.w - 150, y + fb.size + 8), width=2)
            if s.tw(v, hand) > s.w - 170 - x:
                hf = F.get("hand", fb.size - 4)
            else:
                hf = hand
            s.text((x + 10, y - 6), v, hf, BLUEINK)
            y += lh
        y += lh // 2
        s.text((160, y), "一、劳动合同期限", F.get("sans_bold", fb.size))
        y += lh
        box = "☑" if r.random() < 0.5 else "■"
        fixed = not f["open_ended"]
        chk = F.get("sans", fb.size)
        s.text((200, y), (box if fixed else "□"), chk)
        s.text((260, y), "固定期限：", fb)
        if fixed:
            how = ctx.term_style
            if how == "years":
                yrs = ctx.term_years
                if r.random() < 0.5:
                    txt = f"期限{cn_num(yrs)}年，自 {_ymd_spaced(sd)}起至{_ymd_spaced(ed)}止。"
                else:
                    txt = f"期限{cn_num(yrs)}年，自 {_ymd_spaced(sd)}起。"
            else:
                txt = f"自 {_ymd_spaced(sd)}起至 {_ymd_spaced(ed)}止。"
            y = s.wrap((260 + s.tw("固定期限：", fb), y), txt, fb, s.w - 420 - s.tw("固定期限：", fb), lh)
        else:
            y += lh
        s.text((200, y), ("□" if fixed else box), chk)
        s.text((260, y), "无固定期限：" + (f"自 {_ymd_spaced(sd)}起。" if not fixed else "自    年   月   日起。"), fb)
        y += lh
        s.text((200, y), "□", chk)
        s.text((260, y), "以完成一定工作任务为期限。", fb)
        y += lh
        y = s.wrap((160, y), f"其中试用期自 {_ymd_spaced(sd)}起至 {_ymd_spaced(trial_end)}止。", fb, s.w - 320, lh)
        y += lh // 2
        s.text((160, y), "二、工作内容和工作地点", F.get("sans_bold", fb.size))
        y += lh
        y = s.wrap((160, y), "乙方同意根据甲方工作需要，担任" + ctx.job + "岗位工作，工作地点为上海市。", fb, s.w - 320, lh)
        pages.append(s)
    else:  # company form
        s = a4(ctx)
        s.text((s.w / 2, 160), ctx.company_short + "劳动合同书", F.get("sans_bold", 64), INK, anchor="ma")
        s.text((s.w - 150, 290), f"合同编号：HT-{sd.year}-{r.randint(100, 999)}", F.get("sans", 28), GREY, anchor="ra")
        y = 360
        rows = [("甲方", "名称", f["employer_drawn"]), ("", "法定代表人", ctx.legal_rep), ("", "地址", ctx.company_addr),
                ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"]),
                ("", "住址", ctx.person_res)]
        fl = F.get("sans", 32)
        fv = F.get("sans", 32)
        for a, b, v in rows:
            s.rect((150, y, 300, y + 100), width=2)
            s.rect((300, y, 600, y + 100), width=2)
            s.rect((600, y, s.w - 150, y + 100), width=2)
            s.text((175, y + 32), a, fl)
            s.text((325, y + 32), b, fl)
            s.text((630, y + 32), v, fv if s.tw(v, fv) < s.w - 800 else F.get("sans", 26))
            y += 100
        y += 60
        y = s.wrap((150, y), "根据《中华人民共和国劳动合同法》及有关规定，甲乙双方经平等协商一致，自愿签订本合同，共同遵守本合同所列条款。", fb, s.w - 300, lh)
        y += 30
        s.text((150, y), "第一条  合同期限", F.get("sans_bold", fb.size))
        y += lh
        if f["open_ended"]:
            t = f"本合同为无固定期限劳动合同，自{fmt_ymd_cn(sd)}起生效。"
        elif ctx.term_style == "years":
            t = f"本合同期限为{cn_num(ctx.term_years)}年，自{fmt_ymd_cn(sd)}起至{fmt_ymd_cn(ed)}止。"
        else:
            t = f"本合同为固定期限劳动合同，合同期自{fmt_ymd_cn(sd)}起至{fmt_ymd_cn(ed)}止。"
        y = s.wrap((150, y), t + f"其中试用期{r.choice(['三', '六'])}个月，自{fmt_ymd_cn(sd)}起至{fmt_ymd_cn(trial_end)}止。", fb, s.w - 300, lh)
        pages.append(s)
    # running pages
    k = 0
    for pi in range(max(0, n_pages - 3)):
        s = a4(ctx)
        y = 170
        for _ in range(r.randint(5, 7)):
            s.text((160, y), f"第{cn_num(k + 3)}条", F.get("sans_bold", fb.size))
            y += lh
            y = s.wrap((160, y), "    " + FILLER[k % len(FILLER)] + FILLER[(k + 5) % len(FILLER)], fb, s.w - 320, lh)
            y += 20
            k += 1
            if y > s.h - 500:
                break
        pages.append(s)
    # signature page
    s = a4(ctx)
    y = 200
    for _ in range(3):
        y = s.wrap((160, y), "    " + FILLER[k % len(FILLER)], fb, s.w - 320, lh)
        k += 1
    y += 80
    s.text((160, y), "本合同一式两份，甲乙双方各执一份，经双方签字（盖章）后生效。", fb)
    y += 250
    s.text((160, y), "甲方（盖章）：", fb)
    s.text((900, y), "乙方（签字）：", fb)
    s.text((900 + s.tw("乙方（签字）：", fb), y - 10), f["employee_name"], F.get("hand", fb.size + 14), BLUEINK)
    y += 200
    s.text((160, y), "法定代表人或委托代理人：", fb)
    y += 200
    sdt = f["signing_date_obj"]
    s.text((160, y), "签订日期：", fb)
    s.text((160 + s.tw("签订日期：", fb), y - 6), _ymd_spaced(sdt), hand, BLUEINK)
    s.text((900, y), "签订日期：", fb)
    s.text((900 + s.tw("签订日期：", fb), y - 6), _ymd_spaced(sdt), hand, BLUEINK)
    stamp(s, seal(r, 400, f["employer_drawn"], "合同专用章" if r.random() < 0.5 else "", fonts=F), 420, y - 300)
    pages.append(s)
    # page numbers
    n = len(pages)
    if variant != "shanghai_model" or r.random() < 0.6:
        for i, p in enumerate(pages):
            p.text((p.w / 2, p.h - 120), f"第 {i + 1} 页 共 {n} 页", F.get("sans", 28), GREY, anchor="ma")
    return pages


def contract_renewal(ctx, f, old_end, new_start):
    r, F = ctx.rng, ctx.fonts
    s = a4(ctx)
    fb = F.get("serif", r.randint(36, 42))
    lh = int(fb.size * 1.8)
    s.text((s.w / 2, 220), "劳动合同续订书", F.get("serif_bold", 70), INK, anchor="ma")
    y = 420
    for lab, v in [("甲方（用人单位）：", f["employer_drawn"]), ("乙方（劳动者）：", f["employee_name"]),
                   ("身份证号码：", f["employee_id_number"])]:
        s.text((160, y), lab, fb)
        s.text((160 + s.tw(lab, fb), y - 6), v, F.get("hand", fb.size + 4), BLUEINK)
        s.line((160 + s.tw(lab, fb), y + fb.size + 10), (s.w - 160, y + fb.size + 10))
        y += lh
    y += 40
    if f["open_ended"]:
        t = (f"甲乙双方于{fmt_ymd_cn(f['start_date_obj'])}签订的劳动合同将于{fmt_ymd_cn(old_end)}到期。经双方协商一致，"
             f"续订无固定期限劳动合同，自{fmt_ymd_cn(new_start)}起。")
    else:
        t = (f"甲乙双方于{fmt_ymd_cn(f['start_date_obj'])}签订的劳动合同将于{fmt_ymd_cn(old_end)}到期。经双方协商一致，"
             f"续订劳动合同，续订期限自{fmt_ymd_cn(new_start)}起至{fmt_ymd_cn(f['end_date_obj'])}止。")
    y = s.wrap((160, y), "    " + t, fb, s.w - 320, lh)
    y = s.wrap((160, y), "    原劳动合同其他条款不变，继续履行。", fb, s.w - 320, lh)
    y += 250
    s.text((160, y), "甲方（盖章）", fb)
    s.text((950, y), "乙方（签字）", fb)
    s.text((950, y + lh), f["employee_name"], F.get("hand", fb.size + 16), BLUEINK)
    y += 2 * lh + 60
    s.text((160, y), fmt_ymd_cn(ctx.renew_sign), fb)
    s.text((950, y), fmt_ymd_cn(ctx.renew_sign), fb)
    stamp(s, seal(r, 380, f["employer_drawn"], fonts=F), 380, y - 180)
    return s


# -------------------------------------------------------- tax (image forms)
def tax_app_screens(ctx, f, rows):
    """收入纳税明细 screenshots: one card per row, several screens."""
    r, F = ctx.rng, ctx.fonts
    screens = []
    rs = sorted(rows, key=lambda x: x["period"], reverse=True)
    H = r.choice([2340, 2400])
    starts = [0] + list(range(4, len(rs), 5))
    for i in starts:
        per = 4 if i == 0 else 5
        s = Sheet(1080, H, bg=(244, 245, 249), kind="screen")
        status_bar(s, F, r, "收入纳税明细")
        y = 270
        if i == 0:
            s.d.rounded_rectangle((40, y, 1040, y + 240), radius=28, fill=(40, 90, 200))
            s.text((90, y + 40), f["name"], F.get("sans_bold", 56), (255, 255, 255))
            s.text((90, y + 140), f"证件号码 {f['id_number']}", F.get("sans", 34), (225, 235, 255))
            y += 290
        for row in rs[i:i + per]:
            s.d.rounded_rectangle((40, y, 1040, y + 350), radius=24, fill=(255, 255, 255))
            s.text((80, y + 30), row["period"].replace("-", "年", 1) + "月", F.get("sans_bold", 42), INK)
            s.text((1000, y + 36), row["item"], F.get("sans", 36), (60, 110, 220), anchor="ra")
            yy = y + 110
            for lab, v in [("扣缴义务人", row["withholding_agent_drawn"]),
                           ("收入额", f"{row['income']}元"), ("已申报税额", f"{row['amount']}元")]:
                s.text((80, yy), lab, F.get("sans", 34), (140, 140, 140))
                fv = F.get("sans", 36)
                if s.tw(v, fv) > 620:
                    fv = F.get("sans", 30)
                s.text((1000, yy), v, fv, INK, anchor="ra")
                yy += 75
            y += 380
        screens.append(s)
    return screens


def tax_old_form(ctx, f, rows):
    r, F = ctx.rng, ctx.fonts
    s = Sheet(2339, 1654, kind="paper")
    paper_tint(s, r)
    s.text((s.w / 2, 90), "中华人民共和国", F.get("serif_bold", 48), INK, anchor="ma")
    s.text((s.w / 2, 160), "税 收 完 税 证 明", F.get("serif_bold", 64), INK, anchor="ma")
    s.text((150, 280), f"填发日期：{fmt_ymd_cn(f['issue_date_obj'])}", F.get("sans", 30))
    s.text((s.w - 150, 280), f"税务机关：{ctx.tax_office}", F.get("sans", 30), anchor="ra")
    y = 340
    s.rect((150, y, s.w - 150, y + 80))
    s.text((170, y + 22), "纳税人识别号", F.get("sans", 30))
    s.text((420, y + 20), f["id_number"], F.get("sans", 32))
    s.text((1200, y + 22), "纳税人名称", F.get("sans", 30))
    s.text((1420, y + 20), f["name"], F.get("sans", 32))
    y += 80
    cols = [("原凭证号", 150), ("税种", 420), ("品目名称", 590), ("税款所属时期", 820), ("入(退)库日期", 1250),
            ("实缴(退)金额", 1450), ("备注", 1640)]
    for lab, x in cols:
        s.text((x + 15, y + 22), lab, F.get("sans", 28))
    s.rect((150, y, s.w - 150, y + 80))
    y += 80
    fs = F.get("sans", 26)
    for row in sorted(rows, key=lambda x: x["period"]):
        s.rect((150, y, s.w - 150, y + 76), width=1)
        s.text((160, y + 26), row["voucher"], F.get("sans", 22))
        s.text((430, y + 24), "个人所得税", F.get("sans", 24))
        s.text((600, y + 24), row["item"][:8], F.get("sans", 24) if len(row["item"]) < 7 else F.get("sans", 20))
        s.text((835, y + 24), row["period_range"], fs)
        s.text((1265, y + 24), row["paid_date"], fs)
        s.text((1465, y + 24), row["amount"], fs)
        ag = "扣缴义务人：" + row["withholding_agent_drawn"]
        s.text((1650, y + 24), ag, F.get("sans", min(26, int(520 / max(1, len(ag)) / 0.98))))
        y += 76
    for lab, x in cols[1:]:
        s.line((x, 420), (x, y), width=2)
    s.text((150, y + 40), f"金额合计（小写）¥{sum(float(x['amount']) for x in rows):.2f}", F.get("sans", 30))
    stamp(s, seal(r, 300, ctx.tax_office, "征税专用章", fonts=F), s.w - 400, y + 60)
    return s


# -------------------------------------------------------- social insurance (image forms)
def si_screens(ctx, f, rows):
    r, F = ctx.rng, ctx.fonts
    screens = []
    rs = sorted(rows, key=lambda x: x["month"], reverse=True)
    H = r.choice([2340, 2400])
    starts = [0] + list(range(7, len(rs), 8))
    for i in starts:
        per = 7 if i == 0 else 8
        s = Sheet(1080, H, bg=(245, 246, 248), kind="screen")
        status_bar(s, F, r, "社保缴费记录")
        y = 270
        if i == 0:
            s.d.rounded_rectangle((40, y, 1040, y + 200), radius=24, fill=(255, 255, 255))
            s.text((80, y + 30), f"姓名  {f['name']}", F.get("sans_bold", 42), INK)
            s.text((80, y + 110), f"证件号码  {f['id_number']}", F.get("sans", 34), (100, 100, 100))
            y += 230
        for row in rs[i:i + per]:
            s.d.rounded_rectangle((40, y, 1040, y + 230), radius=20, fill=(255, 255, 255))
            s.text((80, y + 25), row["month"], F.get("sans_bold", 40), INK)
            tag = "补缴" if row["back_payment"] else "正常"
            s.text((1000, y + 28), tag, F.get("sans", 34), (220, 90, 40) if row["back_payment"] else (40, 150, 90), anchor="ra")
            emp = row["employer_drawn"]
            s.text((80, y + 95), emp, F.get("sans", 32 if len(emp) < 20 else 27), (70, 70, 70))
            s.text((80, y + 160), "缴费基数", F.get("sans", 30), (140, 140, 140))
            s.text((1000, y + 157), row["base"], F.get("sans", 34), INK, anchor="ra")
            y += 250
        screens.append(s)
    return screens


def si_print(ctx, f, rows):
    """A printed record photographed/scanned (image)."""
    r, F = ctx.rng, ctx.fonts
    pages = []
    rs = sorted(rows, key=lambda x: x["month"])
    per = 24
    for i in range(0, len(rs), per):
        s = a4(ctx)
        s.text((s.w / 2, 150), "上海市社会保险个人缴费情况", F.get("sans_bold", 54), INK, anchor="ma")
        s.text((150, 280), f"姓名：{f['name']}", F.get("sans", 34))
        s.text((800, 280), f"证件号码：{f['id_number']}", F.get("sans", 34))
        y = 380
        cols = [("缴费年月", 150), ("缴费单位", 370), ("缴费基数", 1000), ("养老(个人)", 1180), ("备注", 1400)]
        for lab, x in cols:
            s.text((x + 8, y), lab, F.get("sans_bold", 30))
        y += 60
        s.line((150, y - 10), (s.w - 150, y - 10), width=2)
        fs = F.get("sans", 27)
        for row in rs[i:i + per]:
            s.text((158, y), row["month"].replace("-", ""), fs)
            emp = row["employer_drawn"]
            if s.tw(emp, fs) > 610:
                s.text((378, y - 14), emp[:len(emp) // 2 + 1], F.get("sans", 24))
                s.text((378, y + 16), emp[len(emp) // 2 + 1:], F.get("sans", 24))
            else:
                s.text((378, y), emp, fs)
            s.text((1150, y), row["base"], fs, anchor="ra")
            s.text((1360, y), f"{float(row['base']) * 0.08:.2f}", fs, anchor="ra")
            if row["back_payment"]:
                s.text((1408, y), "补缴", fs, (180, 30, 30))
            y += 70
            s.line((150, y - 18), (s.w - 150, y - 18), fill=(190, 190, 190), width=1)
        s.text((s.w - 150, s.h - 180), f"打印日期：{ctx.print_date:%Y-%m-%d}", F.get("sans", 28), GREY, anchor="ra")
        pages.append(s)
    stamp(pages[-1], seal(r, 320, "上海市社会保险事业管理中心", "业务专用章", fonts=F), pages[-1].w - 400, pages[-1].h - 400)
    return pages


# -------------------------------------------------------- education
def diploma(ctx, f, variant):
    r, F = ctx.rng, ctx.fonts
    s = Sheet(2200, 1560, bg=(253, 250, 240), kind="paper")
    border = r.choice([(170, 40, 40), (40, 80, 150), (150, 120, 50)])
    s.rect((40, 40, s.w - 40, s.h - 40), outline=border, width=14)
    title = {"adult": "成人高等教育毕业证书", "master": "研究生毕业证书", "doctor": "研究生毕业证书"}.get(
        variant, "普通高等学校毕业证书")
    s.text((s.w / 2, 120), title, F.get("serif_bold", 84), border, anchor="ma")
    fb = F.get(r.choice(["kai", "serif"]), r.randint(46, 52))
    b, st, gd = f["birth_obj"], f["start_obj"], f["grad_obj"]
    level_words = {"本科": f"{cn_num(ctx.years)}年制本科", "专科": "三年制专科", "硕士": "硕士研究生",
                   "博士": "博士研究生"}[f["level"]]
    mode = "函授" if variant == "adult" else ""
    body = (f"学生 {f['name']}，性别{ctx.sex}，{cn_date(b, day=False)}生，于{cn_date(st, day=False)}至"
            f"{cn_date(gd, day=False)}在本校{f['major']}专业{mode}{level_words}学习，修完教学计划规定的全部课程，"
            f"成绩合格，准予毕业。")
    s.img.paste(portrait(r, 300, 400), (170, 330))
    y = s.wrap((560, 360), "    " + body, fb, s.w - 780, int(fb.size * 1.75))
    s.text((560, 1180), f"校（院）长：{ctx.president}", F.get("kai", 44), INK)
    s.text((560, 1280), f"证书编号：{ctx.cert_no}", F.get("sans", 34), INK)
    s.text((s.w - 240, 1180), f["school"], F.get("kai", 52), INK, anchor="ra")
    s.text((s.w - 240, 1280), cn_date(gd), F.get("kai", 48), INK, anchor="ra")
    stamp(s, seal(r, 360, f["school"], fonts=F), s.w - 480, 1170)
    return s


def degree(ctx, f):
    r, F = ctx.rng, ctx.fonts
    s = Sheet(1560, 2200, bg=(250, 247, 238), kind="paper")
    lvl = f["level"]
    s.text((s.w / 2, 200), f"{lvl}学位证书", F.get("serif_bold", 96), (150, 30, 30), anchor="ma")
    s.img.paste(portrait(r, 300, 400), (s.w // 2 - 150, 420))
    fb = F.get(r.choice(["kai", "serif"]), r.randint(46, 52))
    stage = {"学士": "本科", "硕士": "硕士研究生", "博士": "博士研究生"}[lvl]
    body = (f"{f['name']}，{ctx.sex}，{cn_date(ctx.birth, day=False)}生。在{f['school']}{f['major']}专业完成了"
            f"{stage}学习计划，业已毕业。经审核符合《中华人民共和国学位条例》的规定，授予{ctx.discipline}{lvl}学位。")
    y = s.wrap((180, 900), "    " + body, fb, s.w - 360, int(fb.size * 1.8))
    s.text((180, y + 120), f"{f['school']}", F.get("kai", 50))
    s.text((180, y + 210), f"学位评定委员会主席  {ctx.president}", F.get("kai", 44))
    s.text((s.w - 180, y + 320), cn_date(f["grad_obj"]), F.get("kai", 46), INK, anchor="ra")
    s.text((180, s.h - 200), f"证书编号：{ctx.degree_no}", F.get("sans", 34))
    stamp(s, seal(r, 340, f["school"] + "学位评定委员会", fonts=F), s.w - 420, y + 200)
    return s


# -------------------------------------------------------- marriage
def marriage(ctx, f):
    r, F = ctx.rng, ctx.fonts
    s = Sheet(2100, 1450, bg=(250, 236, 232), kind="booklet")
    s.line((s.w / 2, 0), (s.w / 2, s.h), fill=(200, 150, 150), width=4)
    fl = F.get("sans", 34)
    fv = F.get("sans", 38)
    y = 150
    for lab, v in [("持证人", f["holder_name"]), ("登记日期", fmt_ymd_cn(f["registration_date_obj"])),
                   ("结婚证字号", ctx.marriage_no)]:
        s.text((120, y), lab, fl, (150, 60, 60))
        s.text((400, y - 2), v, fv)
        y += 110
    s.text((120, y + 40), "备注", fl, (150, 60, 60))
    ph = Image.new("RGB", (600, 420), (200, 40, 40))
    ph.paste(portrait(r, 290, 400, bg=(200, 40, 40)), (5, 10))
    ph.paste(portrait(r, 290, 400, bg=(200, 40, 40)), (305, 10))
    s.img.paste(ph, (250, 800))
    y = 150
    for who in [(f["holder_name"], ctx.sex, ctx.birth, ctx.id_number),
                (f["spouse_name"], ctx.spouse_sex, ctx.spouse_birth, f["spouse_id_number"])]:
        for lab, v in [("姓名", who[0]), ("性别", who[1]), ("国籍", "中国"), ("出生日期", fmt_ymd_cn(who[2])),
                       ("身份证件号", who[3])]:
            s.text((1150, y), lab, fl, (150, 60, 60))
            s.text((1420, y - 2), v, fv)
            y += 80
        y += 90
    stamp(s, seal(r, 330, ctx.district_mca + "民政局", "婚姻登记专用章", fonts=F), 700, 700)
    return s


# -------------------------------------------------------- unknown pages
def receipt(ctx):
    r, F = ctx.rng, ctx.fonts
    s = Sheet(700, 1500, bg=(250, 250, 248), kind="paper")
    fs = F.get("mono", 28)
    y = 60
    s.text((350, y), r.choice(["全家便利店", "罗森便利店", "联华超市"]), F.get("sans_bold", 40), INK, anchor="ma")
    y += 100
    for line in [f"门店号：{r.randint(1000, 9999)}", f"日期：2026-{r.randint(9, 11):02d}-{r.randint(1, 28):02d}",
                 "--------------------------"] + [
            f"{n}  x{r.randint(1, 3)}  {r.uniform(3, 30):.2f}" for n in r.sample(["矿泉水", "饭团", "牛奶", "面包", "咖啡", "口香糖", "纸巾"], 4)] + [
            "--------------------------", f"合计：{r.uniform(20, 90):.2f}", "支付方式：微信支付", "谢谢惠顾，欢迎再次光临"]:
        s.text((50, y), line, fs)
        y += 60
    return s


def rental(ctx):
    r, F = ctx.rng, ctx.fonts
    s = a4(ctx)
    fb = F.get("serif", 38)
    s.text((s.w / 2, 200), "房屋租赁合同", F.get("serif_bold", 70), INK, anchor="ma")
    y = 380
    for t in [f"出租方（甲方）：{ctx.landlord}", f"承租方（乙方）：{ctx.person_name}",
              f"甲方将坐落于{ctx.person_res}的房屋出租给乙方居住使用。",
              f"租赁期限自2026年{r.randint(1, 6)}月1日起至2027年{r.randint(1, 6)}月1日止，月租金人民币{r.randint(30, 90)}00元。",
              "乙方应按时支付租金，不得擅自转租。", "甲方应保证房屋及设施安全，负责房屋主体维修。"]:
        y = s.wrap((160, y), t, fb, s.w - 320, 72) + 30
    return s


def bank_slip(ctx):
    r, F = ctx.rng, ctx.fonts
    s = Sheet(1800, 900, bg=(240, 248, 244), kind="paper")
    s.text((900, 70), r.choice(["中国工商银行", "招商银行", "中国建设银行"]) + " 业务回单", F.get("sans_bold", 52), INK, anchor="ma")
    y = 220
    for l, v in [("付款人", ctx.person_name), ("收款人", ctx.landlord), ("金额", f"¥{r.randint(30, 90)}00.00"),
                 ("摘要", "房租"), ("交易日期", f"2026-{r.randint(8, 11):02d}-{r.randint(1, 28):02d}")]:
        s.text((150, y), l, F.get("sans", 36), GREY)
        s.text((500, y), v, F.get("sans", 38))
        y += 110
    return s


def blank(ctx):
    s = a4(ctx)
    return s
