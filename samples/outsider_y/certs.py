"""Certificates: 毕业证书 (modern, 1990s, 成人), 学位证书, 结婚证 inner pages,
and papers that are no packet document (出生医学证明, 不动产权证书 page)."""
from __future__ import annotations

import random

from PIL import Image, ImageDraw

from . import draw as dw
from .common import cn_date, cn_num, cn_year, font


def _border(dr, W, H, color, r, ornate=False):
    m = 40
    dr.rectangle([m, m, W - m, H - m], outline=color, width=10 if ornate else 6)
    dr.rectangle([m + 22, m + 22, W - m - 22, H - m - 22], outline=color, width=2)
    if ornate:
        for k in range(0, W - 2 * m, 36):
            dr.arc([m + k, m - 6, m + k + 36, m + 30], 180, 360, fill=color, width=2)
            dr.arc([m + k, H - m - 30, m + k + 36, H - m + 6], 0, 180, fill=color, width=2)


def _para(img, dr, text, face, size, x, y, maxw, color=(20, 20, 20), lead=1.7):
    for ln in dw.wrap(text, face, size, maxw):
        dr.text((x, y), ln, font=font(face, size), fill=color)
        y += int(size * lead)
    return y


def diploma(p, r: random.Random, nr, layout="modern"):
    """p: name, sex, birth, school, major, level, graduation_date, start_date, years, study_mode, cert_no, president."""
    old = layout in ("old90s", "old2000s")
    if layout == "old2000s":
        layout = "old90s"  # same portrait form; dates in Chinese numerals
    W, H = (1240, 1700) if layout == "old90s" else (1754, 1240)
    paper = (250, 247, 236) if old else (252, 251, 246)
    img = dw.new_page(W, H, paper)
    dr = ImageDraw.Draw(img)
    col = r.choice([(150, 40, 40), (40, 70, 130), (120, 90, 40)])
    _border(dr, W, H, col, r, ornate=old)
    tface = r.choice(["serif_b", "sung", "ming"]) if old else r.choice(["serif_b", "sans_b"])
    face = r.choice(["sung", "ming", "serif", "kaiti"]) if old else r.choice(["serif", "sung", "ming", "sans"])
    title = "毕 业 证 书"
    y = 150
    if layout == "adult":
        dr.text((W / 2, 120), "成人高等教育", font=font(tface, 40), fill=col, anchor="mm")
        y = 200
    dr.text((W / 2, y), title, font=font(tface, 96 if not old else 84), fill=col, anchor="mm")
    ph = dw.portrait(230, 300, r, p["sex"], bg=(200, 215, 235) if not old else (235, 235, 235), gray=old)
    px, py = (120, y + 110) if layout != "old90s" else (W / 2 - 115, y + 90)
    img.paste(ph, (int(px), int(py)))
    b, s0, g = p["birth"], p["start_date"], p["graduation_date"]
    yrs = {2: "二", 3: "三", 4: "四", 5: "五"}[p["years"]]
    level_txt = {"本科": f"{yrs}年制本科", "专科": f"{yrs}年制专科", "大专": f"{yrs}年制专科"}.get(p["level"], p["level"])
    if layout == "adult":
        mode = p["study_mode"].replace("成人", "")
        body = (f"学生{p['name']}，性别{p['sex']}，{b.year}年{b.month}月{b.day}日生，于{s0.year}年{s0.month}月至"
                f"{g.year}年{g.month}月在本校{p['major']}专业（{mode}）{p['level']}学习，修完教学计划规定的全部课程，"
                f"成绩合格，准予毕业。")
    elif layout == "old90s":
        body = (f"学生{p['name']}系{p['native']}人，{cn_year(b.year)}年{cn_num(b.month)}月生，于{cn_year(s0.year)}年"
                f"{cn_num(s0.month)}月至{cn_year(g.year)}年{cn_num(g.month)}月在本校{p['major']}专业"
                f"{level_txt}学习，修业期满，成绩合格，准予毕业。")
    else:
        body = (f"学生{p['name']}，性别{p['sex']}，{b.year}年{b.month}月{b.day}日生，于{s0.year}年{s0.month}月至"
                f"{g.year}年{g.month}月在本校{p['major']}专业{level_txt}学习，修完教学计划规定的全部课程，成绩合格，"
                f"准予毕业。")
    if layout == "old90s":
        yy = _para(img, dr, "　　" + body, face, 44, 150, py + 360, W - 300)
        yy += 60
        dr.text((W - 620, yy), p["school"], font=font(face, 46), fill=(20, 20, 20))
        dr.text((W - 620, yy + 80), f"校（院）长：{p['president']}", font=font(face, 38), fill=(20, 20, 20))
        dr.text((W - 620, yy + 160), cn_date(g), font=font(face, 40), fill=(20, 20, 20))
        dr.text((150, H - 170), f"证书编号：{p['cert_no']}", font=font(face, 30), fill=(60, 60, 60))
        sx, sy = W - 460, yy + 60
    else:
        yy = _para(img, dr, "　　" + body, face, 44, 420, y + 130, W - 560)
        dr.text((420, H - 300), f"校 名：{p['school']}", font=font(face, 40), fill=(20, 20, 20))
        dr.text((420, H - 230), f"校（院）长：{p['president']}", font=font(face, 36), fill=(20, 20, 20))
        dr.text((W - 560, H - 230), cn_date(g) if r.random() < 0.7 else f"{g.year}年{g.month}月{g.day}日",
                font=font(face, 38), fill=(20, 20, 20))
        dr.text((120, H - 150), f"证书编号：{p['cert_no']}", font=font(r.choice(["sans", face]), 30), fill=(50, 50, 50))
        if layout != "adult" and r.random() < 0.6:
            dr.text((W - 560, H - 150), "查询网址：http://www.chsi.com.cn", font=font("sans", 24), fill=(80, 80, 80))
        sx, sy = W - 420, H - 330
    s = dw.seal(300, p["school"], "", r=r)
    return dw.multiply_seal(img, s, sx, sy)


def degree(p, r: random.Random, nr, layout="modern"):
    """p: name, sex, birth, school, major, degree ('学士'/'硕士'), field (工学...), graduation_date, chair, cert_no."""
    W, H = 1754, 1240
    img = dw.new_page(W, H, r.choice([(251, 249, 240), (248, 246, 250)]))
    dr = ImageDraw.Draw(img)
    col = r.choice([(110, 30, 40), (30, 60, 110), (40, 90, 60)])
    _border(dr, W, H, col, r, ornate=layout == "old")
    tface = r.choice(["serif_b", "sung"])
    face = r.choice(["serif", "sung", "ming", "kaiti"])
    title = f"{p['degree']}学位证书"
    dr.text((W / 2, 150), " ".join(title), font=font(tface, 84), fill=col, anchor="mm")
    ph = dw.portrait(230, 300, r, p["sex"], bg=(210, 225, 240), gray=layout == "old")
    img.paste(ph, (120, 260))
    b, g = p["birth"], p["graduation_date"]
    if p["degree"] == "学士":
        body = (f"{p['name']}，{p['sex']}，{cn_year(b.year)}年{cn_num(b.month)}月生。在{p['school']}{p['major']}专业完成了"
                f"本科学业，成绩合格。根据《中华人民共和国学位条例》的规定，授予{p['field']}学士学位。")
    else:
        body = (f"{p['name']}，{p['sex']}，{cn_year(b.year)}年{cn_num(b.month)}月生。在{p['school']}{p['major']}学科（专业）"
                f"已通过{p['degree']}学位的课程考试和论文答辩，成绩合格。根据《中华人民共和国学位条例》的规定，"
                f"授予{p['field']}{p['degree']}学位。")
    _para(img, dr, "　　" + body, face, 44, 420, 280, W - 560)
    dr.text((W - 700, H - 330), p["school"], font=font(face, 42), fill=(20, 20, 20))
    dr.text((W - 700, H - 260), f"学位评定委员会主席  {p['chair']}", font=font(face, 34), fill=(20, 20, 20))
    dr.text((W - 700, H - 190), cn_date(g), font=font(face, 36), fill=(20, 20, 20))
    dr.text((120, H - 150), f"证书编号：{p['cert_no']}", font=font(face, 30), fill=(50, 50, 50))
    s = dw.seal(290, p["school"] + "学位评定委员会", "", r=r)
    return dw.multiply_seal(img, s, W - 420, H - 260)


def marriage_pages(p, r: random.Random, nr):
    """Inner pages of a 结婚证 booklet: (left page, right page).
    p: holder_name, registration_date, cert_no, office, persons=[(name, sex, birth, id)] (man first)."""
    W, H = 900, 1250
    bg = r.choice([(250, 232, 228), (248, 236, 232), (252, 240, 236)])
    left = dw.guilloche(W, H, nr, base=bg, line=(240, 205, 200), n=30)
    dl = ImageDraw.Draw(left)
    face = r.choice(["sans", "serif", "sung", "ming"])
    lab = (150, 60, 60)
    y = 220
    for k, (a, b_) in enumerate([("持证人", p["holder_name"]), ("登记日期", f"{p['registration_date']:%Y年%m月%d日}"),
                                 ("结婚证字号", p["cert_no"]), ("备注", "")]):
        dl.text((110, y), a, font=font(face, 34), fill=lab)
        dl.text((330, y - 2), b_, font=font(r.choice(["sans", "microhei", face]), 36), fill=(25, 25, 25))
        dl.line([320, y + 48, W - 90, y + 48], fill=(210, 160, 160), width=1)
        y += 120
    dl.text((110, H - 360), "登记机关", font=font(face, 30), fill=lab)
    s = dw.seal(300, p["office"], "婚姻登记专用章", r=r)
    left = dw.multiply_seal(left, s, W * 0.55, H - 300)
    right = dw.guilloche(W, H, nr, base=bg, line=(240, 205, 200), n=30)
    drr = ImageDraw.Draw(right)
    photo = Image.new("RGB", (560, 380), (200, 40, 40))
    a = dw.portrait(240, 320, r, p["persons"][0][1], bg=(200, 40, 40))
    b = dw.portrait(240, 320, r, p["persons"][1][1], bg=(200, 40, 40))
    photo.paste(a, (40, 60))
    photo.paste(b, (280, 60))
    right.paste(photo, (170, 80))
    y = 520
    for (nm, sx, bd, idn) in p["persons"]:
        drr.text((80, y), "姓名", font=font(face, 28), fill=lab)
        drr.text((180, y - 2), nm, font=font(face, 32), fill=(25, 25, 25))
        drr.text((470, y), "性别", font=font(face, 28), fill=lab)
        drr.text((560, y - 2), sx, font=font(face, 32), fill=(25, 25, 25))
        y += 60
        drr.text((80, y), "国籍", font=font(face, 28), fill=lab)
        drr.text((180, y - 2), "中国", font=font(face, 32), fill=(25, 25, 25))
        drr.text((470, y), "出生日期", font=font(face, 28), fill=lab)
        drr.text((600, y - 2), f"{bd:%Y-%m-%d}", font=font(face, 30), fill=(25, 25, 25))
        y += 60
        drr.text((80, y), "身份证件号", font=font(face, 28), fill=lab)
        drr.text((250, y - 2), idn, font=font("mono", 32), fill=(25, 25, 25))
        y += 110
    return left, right


def birth_certificate(p, r: random.Random, nr):
    W, H = 1654, 1169
    img = dw.guilloche(W, H, nr, base=(244, 236, 246), line=(226, 210, 232), n=30)
    dr = ImageDraw.Draw(img)
    dr.text((W / 2, 110), "出 生 医 学 证 明", font=font("serif_b", 66), fill=(110, 40, 110), anchor="mm")
    dr.text((W - 420, 190), f"编号  {p['no']}", font=font("mono", 30), fill=(160, 20, 20))
    face = r.choice(["sans", "serif", "microhei"])
    rows = [("新生儿姓名", p["name"], "性别", p["sex"]),
            ("出生时间", f"{p['birth'].year}年{p['birth'].month}月{p['birth'].day}日{r.randint(0, 23)}时{r.randint(0, 59)}分", "", ""),
            ("出生孕周", f"{r.randint(37, 41)}周", "健康状况", "良"),
            ("出生体重", f"{r.randint(2700, 3900)}克", "出生身长", f"{r.randint(48, 53)}厘米"),
            ("出生地点", p["place"], "", ""),
            ("医疗机构名称", p["hospital"], "", ""),
            ("母亲姓名", p["mother"], "年龄", str(p["mother_age"])),
            ("母亲身份证件号码", p["mother_id"], "", ""),
            ("父亲姓名", p["father"], "年龄", str(p["father_age"])),
            ("父亲身份证件号码", p["father_id"], "", "")]
    y = 260
    for a, b_, c_, d_ in rows:
        dr.text((160, y), a, font=font(face, 30), fill=(110, 40, 110))
        dr.text((480, y - 2), b_, font=font(face, 32), fill=(20, 20, 20))
        if c_:
            dr.text((1000, y), c_, font=font(face, 30), fill=(110, 40, 110))
            dr.text((1160, y - 2), d_, font=font(face, 32), fill=(20, 20, 20))
        y += 76
    s = dw.seal(300, p["hospital"], "出生医学证明专用章", r=r)
    return dw.multiply_seal(img, s, W - 380, H - 240)


def property_page(p, r: random.Random, nr):
    W, H = 1240, 1754
    img = dw.new_page(W, H, (250, 250, 244))
    dr = ImageDraw.Draw(img)
    dr.text((W / 2, 120), "不 动 产 权 证 书", font=font("serif_b", 60), fill=(30, 90, 60), anchor="mm")
    face = r.choice(["sans", "serif", "sung"])
    rows = [("权利人", p["owner"]), ("共有情况", p["share"]), ("坐落", p["address"]), ("不动产单元号", p["unit_no"]),
            ("权利类型", "国有建设用地使用权/房屋所有权"), ("权利性质", "出让/市场化商品房"), ("用途", "城镇住宅用地/住宅"),
            ("面积", f"共有宗地面积{r.randint(8000, 40000)}㎡/房屋建筑面积{r.randint(55, 140)}.{r.randint(10, 99)}㎡"),
            ("使用期限", f"{p['year']}年{r.randint(1, 12)}月{r.randint(1, 28)}日起{p['year'] + 70}年止"), ("权利其他状况", "")]
    x0, x1, y = 100, W - 100, 230
    for a, b_ in rows:
        lines = dw.wrap(b_, face, 30, 740) or [""]
        h = max(90, 50 * len(lines) + 40)
        dr.rectangle([x0, y, x0 + 260, y + h], outline=(30, 90, 60), width=2)
        dr.rectangle([x0 + 260, y, x1, y + h], outline=(30, 90, 60), width=2)
        dr.text((x0 + 130, y + h / 2), a, font=font(face, 30), fill=(30, 90, 60), anchor="mm")
        yy = y + 22
        for ln in lines:
            dr.text((x0 + 280, yy), ln, font=font(face, 30), fill=(20, 20, 20))
            yy += 50
        y += h
    dr.text((x0, y + 40), "附记", font=font(face, 30), fill=(30, 90, 60))
    return img
