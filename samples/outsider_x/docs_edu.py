"""毕业证书, 学位证书, 学信网备案表, 结婚证, and pages that are no document."""
from __future__ import annotations

import datetime as dt
import random

from PIL import Image, ImageDraw

from .canvas import Canvas, seal
from .docs_a4 import A4, INK, grid
from .docs_cards import silhouette
from .util import cn_date, ymd_cn

A4L = (297.0, 210.0)


def _d(s):
    return dt.date.fromisoformat(s)


def _border(c: Canvas, rng, color):
    W, H = c.w_mm, c.h_mm
    m = rng.choice([8, 10, 12])
    c.rect(m, m, W - m, H - m, w=1.2, outline=color)
    c.rect(m + 2.5, m + 2.5, W - m - 2.5, H - m - 2.5, w=0.35, outline=color)
    # corner ornaments
    for (x, y) in ((m + 2.5, m + 2.5), (W - m - 2.5, m + 2.5), (m + 2.5, H - m - 2.5), (W - m - 2.5, H - m - 2.5)):
        c.ellipse(x - 3, y - 3, x + 3, y + 3, w=0.5, outline=color)


def _bg(c: Canvas, rng, tone):
    c.img.paste(tone, [0, 0, c.img.size[0], c.img.size[1]])


def diploma(doc, dpi, rng: random.Random):
    f, e = doc["fields"], doc["extra"]
    lay = doc["layout"]
    if lay == "xuexin":
        return xuexin(doc, dpi, rng)
    c = Canvas(*A4L, dpi)
    _bg(c, rng, rng.choice([(252, 248, 238), (250, 250, 246), (248, 244, 232)]))
    color = rng.choice([(150, 40, 40), (40, 70, 120), (120, 90, 30)])
    _border(c, rng, color)
    key = rng.choice(["song", "kai2", "song2", "ming", "kai"])
    pt = rng.choice([15, 16, 17])
    b = _d(e["birth"])
    g = _d(f["graduation_date"])
    en = _d(e["enter"])
    cn = rng.random() < 0.75
    bd = cn_date(b, day=False) if cn else f"{b.year}年{b.month}月"
    ed = cn_date(en, day=False) if cn else f"{en.year}年{en.month}月"
    gd = cn_date(g, day=False) if cn else f"{g.year}年{g.month}月"
    years = {3: "三", 4: "四", 5: "五", 2: "二"}[e["years"]]
    if lay == "selfstudy":
        top, title = "高等教育自学考试", "毕 业 证 书"
        body = (f"考生 {f['name']}，性别 {e['sex']}，{bd}生，参加高等教育自学考试 {f['major']} 专业（{f['level']}）考试，"
                f"成绩合格，经审定，准予毕业。学习形式：{f['study_mode']}。")
        sign = f"主考学校：{f['school']}"
        sign2 = "上海市高等教育自学考试委员会"
    elif lay == "adult":
        top, title = "成人高等教育", "毕 业 证 书"
        body = (f"学生 {f['name']}，性别 {e['sex']}，{bd}生，于{ed}至{gd}在本校 {f['major']} 专业 "
                f"{f['study_mode']} {f['level']}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
        sign = f"校 名：{f['school']}"
        sign2 = f"校（院）长：{e['president']}"
    elif f["level"] == "硕士研究生":
        top, title = "", "毕 业 证 书"
        body = (f"研究生 {f['name']}，性别 {e['sex']}，{bd}生，于{ed}至{gd}在本校 {f['major']} 专业学习，"
                f"学制{years}年，修完硕士研究生培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。")
        sign = f"培养单位：{f['school']}"
        sign2 = f"校（院）长：{e['president']}"
    else:
        top = "普通高等学校" if lay == "modern" else ""
        title = "毕 业 证 书"
        if lay == "modern":
            body = (f"学生 {f['name']}，性别 {e['sex']}，{bd}生，于{ed}至{gd}在本校 {f['major']} 专业 "
                    f"{years}年制{f['level']} 学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
        else:
            body = (f"兹证明 {f['name']} 系我校 {f['major']} 专业 {years}年制{f['level']} 学生，于{ed}入学，"
                    f"{gd}修业期满，成绩合格，准予毕业。")
        sign = f"校 名：{f['school']}"
        sign2 = f"校（院）长：{e['president']}"
    if top:
        c.text(148.5, 36, top, key, 14, color, anchor="ms", spacing=3)
    c.text(148.5, 54, title, "song_b", 30, color, anchor="ms", spacing=3)
    ph_x = rng.choice([26, 30])
    ph = silhouette(c.p(25), c.p(33), rng, bg=rng.choice([(70, 110, 190), (230, 230, 232), (200, 50, 50)]),
                    female=e["sex"] == "女")
    c.img.paste(ph, (c.p(ph_x), c.p(66)))
    y = c.para(70 if lay != "classic" else 62, 78, body, key, pt, 196 if lay != "classic" else 206, lead=1.95, indent=11)
    c.text(150, 158, sign, key, pt - 1, INK)
    c.text(150, 170, sign2, key, pt - 1, INK)
    gtxt = cn_date(g) if cn else ymd_cn(g)
    c.text(150, 184, gtxt, key, pt - 1, INK)
    c.text(26, 184, f"证书编号：{e['no']}", key, 11, INK)
    seal(c.img, c.p(252), c.p(166), c.p(21), f["school"] if lay != "selfstudy" else "上海市高等教育自学考试委员会",
         "", rng=rng, alpha=0.7)
    return c.img


def degree(doc, dpi, rng: random.Random):
    f, e = doc["fields"], doc["extra"]
    portrait = doc["layout"] == "classic"
    c = Canvas(*(A4 if portrait else A4L), dpi)
    _bg(c, rng, rng.choice([(250, 248, 240), (246, 248, 252)]))
    color = rng.choice([(130, 30, 40), (30, 60, 110), (90, 70, 30)])
    _border(c, rng, color)
    key = rng.choice(["song", "kai2", "song2", "ming"])
    pt = rng.choice([15, 16])
    b = _d(e["birth"])
    g = _d(f["graduation_date"])
    lvl = f["level"]
    title = f"{lvl}学位证书"
    if lvl == "学士":
        body = (f"{f['name']}，{e['sex']}，{cn_date(b)}生。在{f['school']}{f['major']}专业完成了本科学习计划，业已毕业，"
                f"经审核符合《中华人民共和国学位条例》的规定，授予{e['field']}学士学位。")
    else:
        body = (f"{f['name']}，{e['sex']}，{cn_date(b)}生。在{f['school']}{f['major']}专业完成硕士学位研究生培养计划，"
                f"成绩合格，通过了学位论文答辩，经{f['school']}学位评定委员会审核，授予{e['field']}硕士学位。")
    W = c.w_mm
    c.text(W / 2, 42, " ".join(title), "song_b", 26, color, anchor="ms", spacing=1)
    ph = silhouette(c.p(25), c.p(33), rng, bg=(70, 110, 190), female=e["sex"] == "女")
    if portrait:
        c.img.paste(ph, (c.p(W / 2 - 12.5), c.p(56)))
        y = c.para(30, 110, body, key, pt, 150, lead=2.0, indent=11)
        y += 18
        c.text(110, y, f"{f['school']}", key, pt - 1, INK)
        c.text(110, y + 12, f"学位评定委员会主席 {e['president']}", key, pt - 1, INK)
        c.text(110, y + 24, cn_date(g), key, pt - 1, INK)
        c.text(30, 262, f"证书编号：{e['no'][:-1]}{(int(e['no'][-1]) + 3) % 10}", key, 11, INK)
        seal(c.img, c.p(82), c.p(y + 10), c.p(20), f"{f['school']}学位评定委员会", "", rng=rng, alpha=0.7)
    else:
        c.img.paste(ph, (c.p(28), c.p(62)))
        y = c.para(68, 76, body, key, pt, 200, lead=2.0, indent=11)
        c.text(165, 160, f"{f['school']}", key, pt - 1, INK)
        c.text(165, 172, f"学位评定委员会主席 {e['president']}", key, pt - 1, INK)
        c.text(165, 184, cn_date(g), key, pt - 1, INK)
        c.text(28, 184, f"证书编号：{e['no'][:-1]}{(int(e['no'][-1]) + 3) % 10}", key, 11, INK)
        seal(c.img, c.p(140), c.p(170), c.p(20), f"{f['school']}学位评定委员会", "", rng=rng, alpha=0.7)
    return c.img


def qr(c: Canvas, x, y, size, rng):
    n = 25
    cell = size / n
    for i in range(n):
        for j in range(n):
            corner = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
            if corner:
                ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
            else:
                on = rng.random() < 0.48
            if on:
                c.rect(x + j * cell, y + i * cell, x + (j + 1) * cell, y + (i + 1) * cell, w=0, outline=None, fill=INK)


def xuexin(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    c = Canvas(*A4, dpi)
    key = rng.choice(["hei", "yahei", "song"])
    c.text(105, 26, "教育部学历证书电子注册备案表", "hei_b", 16, INK, anchor="ms")
    upd = _d(e.get("updated", f["graduation_date"]))
    c.text(20, 38, f"更新日期：{e.get('updated_txt', '')}", key, 9, INK)
    c.text(190, 38, f"在线验证码：{e['verify']}", key, 9, INK, anchor="rs")
    ph = silhouette(c.p(30), c.p(40), rng, bg=(70, 110, 190), female=e["sex"] == "女")
    c.img.paste(ph, (c.p(150), c.p(48)))
    b = _d(e["birth"])
    g = _d(f["graduation_date"])
    en = _d(e["enter"])
    rows = [[("姓名", 1), (f["name"], 1)], [("性别", 1), (e["sex"], 1)], [("证件号码", 1), (e["idn"], 1)],
            [("出生日期", 1), (f"{b.year}年{b.month:02d}月{b.day:02d}日", 1)]]
    y = grid(c, 20, 46, [32, 92], rows, key, 10.5, label_cols=(0,), min_h=10.5, fill_label=(240, 244, 248))
    rows = [[("学校名称", 1), (f["school"], 1)], [("层次", 1), (f["level"], 1)], [("专业", 1), (f["major"], 1)],
            [("学制", 1), (f"{e['years']}年", 1)], [("学历类别", 1), ("普通高等教育", 1)],
            [("学习形式", 1), (f["study_mode"], 1)], [("入学日期", 1), (f"{en.year}年{en.month:02d}月{en.day:02d}日", 1)],
            [("毕（结）业日期", 1), (f"{g.year}年{g.month:02d}月{g.day:02d}日", 1)],
            [("证书编号", 1), (e["no"], 1)], [("校（院）长姓名", 1), (e["president"], 1)], [("毕（结）业", 1), ("毕业", 1)]]
    y = grid(c, 20, y, [40, 130], rows, key, 10.5, label_cols=(0,), min_h=10.5, fill_label=(240, 244, 248))
    qr(c, 22, y + 10, 30, rng)
    c.text(60, y + 20, "请登录学信网（www.chsi.com.cn）输入在线验证码进行查询", key, 9, INK)
    c.text(60, y + 28, "本备案表在线验证有效期内可供验证", key, 9, INK)
    c.text(190, 282, "学信网", "hei_b", 11, (30, 90, 160), anchor="rs")
    return c.img


def marriage(doc, dpi, rng):
    f, e = doc["fields"], doc["extra"]
    c = Canvas(200.0, 140.0, dpi)
    _bg(c, rng, (250, 240, 236))
    red = (190, 40, 40)
    c.line(100, 0, 100, 140, w=0.6, fill=(210, 190, 185))
    key = rng.choice(["song", "hei", "ming"])
    rd = _d(f["registration_date"])
    c.text(50, 18, "结 婚 证", "song_b", 16, red, anchor="ms")
    c.text(14, 38, "持证人", key, 10, (80, 60, 60))
    c.text(34, 38, f["holder_name"], key, 11, INK)
    c.text(14, 52, "登记日期", key, 10, (80, 60, 60))
    c.text(34, 52, f"{rd.year}年{rd.month:02d}月{rd.day:02d}日", key, 11, INK)
    c.text(14, 66, "结婚证字号", key, 10, (80, 60, 60))
    c.text(38, 66, e["no"], "dejavu", 9.5, INK)
    c.text(14, 80, "备注", key, 10, (80, 60, 60))
    c.text(14, 120, "婚姻登记员：", key, 9, (80, 60, 60))
    seal(c.img, c.p(70), c.p(108), c.p(17), e["office"], "婚姻登记专用章", rng=rng, alpha=0.72)
    # right page: photo + both people
    ph = Image.new("RGB", (c.p(50), c.p(34)), (200, 40, 40))
    a = silhouette(c.p(25), c.p(34), rng, bg=(200, 40, 40), female=e["sex"] == "女")
    b = silhouette(c.p(25), c.p(34), rng, bg=(200, 40, 40), female=e["sp_sex"] == "女")
    ph.paste(a, (0, 0))
    ph.paste(b, (c.p(25), 0))
    c.img.paste(ph, (c.p(125), c.p(8)))
    y = 52
    people = [(f["holder_name"], e["sex"], e["birth"], e["idn"]), (f["spouse_name"], e["sp_sex"], e["sp_birth"], f["spouse_id_number"])]
    for nm, sx, bd, idn in people:
        bd = _d(bd)
        c.text(108, y, "姓名", key, 8.5, (80, 60, 60)); c.text(122, y, nm, key, 10, INK)
        c.text(150, y, "性别", key, 8.5, (80, 60, 60)); c.text(162, y, sx, key, 10, INK)
        y += 8
        c.text(108, y, "国籍", key, 8.5, (80, 60, 60)); c.text(122, y, "中国", key, 10, INK)
        c.text(150, y, "出生日期", key, 8.5, (80, 60, 60)); c.text(166, y, f"{bd.year}年{bd.month:02d}月{bd.day:02d}日", key, 8.5, INK)
        y += 8
        c.text(108, y, "身份证件号", key, 8.5, (80, 60, 60)); c.text(128, y, idn, "dejavu", 9, INK)
        y += 16
    return c.img


# ------------------------------------------------------------------ not documents
def other_page(kind, dpi, rng: random.Random, person: dict):
    if kind == "receipt":
        c = Canvas(80.0, 190.0, dpi)
        key = "mono"
        y = 12
        c.text(40, y, rng.choice(["联华超市", "全家便利店", "盒马鲜生", "罗森便利店"]), "hei_b", 12, INK, anchor="ms")
        y += 8
        c.text(6, y, f"门店：上海市{rng.choice(['浦东新区', '闵行区', '徐汇区'])}店", key, 7.5, INK)
        y += 6
        c.text(6, y, f"流水号：{rng.randint(10**9, 10**10)}", key, 7.5, INK)
        y += 8
        total = 0.0
        for item in rng.sample(["矿泉水", "面包", "牛奶", "苹果", "纸巾", "鸡蛋", "酸奶", "饭团", "咖啡", "洗发水"], 6):
            p = round(rng.uniform(2, 40), 2)
            total += p
            c.text(6, y, item, key, 8, INK)
            c.text(74, y, f"{p:.2f}", key, 8, INK, anchor="rs")
            y += 5.5
        c.line(6, y, 74, y, w=0.2)
        y += 6
        c.text(6, y, "合计", key, 9, INK)
        c.text(74, y, f"{total:.2f}", key, 9, INK, anchor="rs")
        y += 8
        c.text(6, y, "支付方式：微信支付", key, 7.5, INK)
        y += 6
        c.text(40, y + 6, "谢谢惠顾 欢迎再次光临", key, 7.5, INK, anchor="ms")
        page = Canvas(*A4, dpi)
        page.img.paste(c.img, (page.p(rng.uniform(30, 100)), page.p(rng.uniform(20, 90))))
        return page.img
    if kind == "bank_slip":
        c = Canvas(*A4, dpi)
        key = rng.choice(["song", "hei"])
        c.text(105, 30, rng.choice(["中国建设银行", "中国工商银行", "招商银行"]) + "  个人业务回单", "hei_b", 15, INK, anchor="ms")
        rows = [[("交易日期", 1), ("2026-" + f"{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}", 1)],
                [("户名", 1), (person["name"], 1)], [("账号", 1), (f"6217 **** **** {rng.randint(1000, 9999)}", 1)],
                [("交易金额", 1), (f"{rng.uniform(100, 9000):.2f}", 1)], [("摘要", 1), (rng.choice(["转账", "代发工资", "消费"]), 1)]]
        grid(c, 30, 42, [40, 110], rows, key, 11, label_cols=(0,), min_h=11)
        return c.img
    # rental contract first page: names the applicant as 乙方, an address; not a labour contract
    c = Canvas(*A4, dpi)
    key = rng.choice(["song", "song2"])
    c.text(105, 36, "上海市房屋租赁合同", "song_b", 20, INK, anchor="ms")
    y = 56
    lines = [f"出租人（甲方）：{rng.choice(['陈', '林', '周', '顾', '陆'])}{rng.choice(['建平', '美华', '国庆', '丽萍'])}",
             f"承租人（乙方）：{person['name']}",
             f"房屋坐落：{person['sh_addr']}",
             "租赁期限：自2026年3月1日起至2027年2月28日止",
             f"月租金：人民币{rng.choice([3800, 4500, 5200, 6100])}元整"]
    for ln in lines:
        c.text(26, y, ln, key, 12, INK)
        y += 12
    y = c.para(26, y + 6, "甲、乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方房屋事宜订立本合同。乙方应按时支付租金，"
               "爱护房屋及其附属设施；甲方应保证房屋的安全使用。", key, 12, 158, lead=1.8, indent=8)
    return c.img
