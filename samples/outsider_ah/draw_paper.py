"""Paper documents: 户口簿 pages, 集体户口证明, 劳动合同, 毕业/学位证书, 学信网 record, 结婚证, and non-documents."""
from .page import Page, seal, portrait, qr_placeholder
from .cal import D

CN = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN[n]
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(iso):
    d = D.fromisoformat(iso)
    return f"{cn_year(d.year)}年{cn_num(d.month)}月{cn_num(d.day)}日"


def ymd(iso):
    d = D.fromisoformat(iso)
    return f"{d.year}年{d.month}月{d.day}日"


def hukou_cover(f, rng):
    p = Page(1300, 900, (248, 240, 228))
    p.text((650, 80), "常 住 人 口 登 记 表" if rng.random() < 0.3 else "户  口  簿", "serifb", 44, (60, 40, 30), anchor="mm")
    hand = rng.choice(["kai", "ukai", "song", "wenkai"])
    x0, x1, y = 80, 1220, 160
    rows = [[("户别", f["household_type"]), ("户主姓名", f["head_name"])], [("户号", f["household_number"]), ("", "")],
            [("住址", f["address"])]]
    for r in rows:
        p.rect((x0, y, x1, y + 120), outline=(120, 80, 60), width=2)
        if len(r) == 2:
            for j, (k, v) in enumerate(r):
                xa = x0 + j * 570
                p.line((xa + 170, y), (xa + 170, y + 120), fill=(120, 80, 60), width=2)
                if j:
                    p.line((xa, y), (xa, y + 120), fill=(120, 80, 60), width=2)
                p.text((xa + 85, y + 60), k, "song", 30, (90, 60, 50), anchor="mm")
                p.text((xa + 200, y + 60), v, hand, 36, (30, 30, 50), anchor="lm")
        else:
            k, v = r[0]
            p.line((x0 + 170, y), (x0 + 170, y + 120), fill=(120, 80, 60), width=2)
            p.text((x0 + 85, y + 60), k, "song", 30, (90, 60, 50), anchor="mm")
            p.para(x0 + 200, y + 20, v, hand, 34, 900, (30, 30, 50), lh=1.4)
        y += 120
    p.rect((x0, y, x1, y + 260), outline=(120, 80, 60), width=2)
    p.text((x0 + 30, y + 30), "户口登记机关和户口专用章", "song", 26, (90, 60, 50))
    p.text((x0 + 640, y + 30), "承办人签章", "song", 26, (90, 60, 50))
    p.text((x0 + 700, y + 180), f"签发日期：{ymd(f['issue_date'])}", hand, 30, (30, 30, 50))
    seal(p, x0 + 300, y + 150, 110, "公安局派出所户口专用章", "")
    return p


CELLS = [("姓名", "name"), ("户主或与户主关系", "relation_to_head"), ("曾用名", None), ("性别", "sex"), ("出生地", "birthplace"),
         ("民族", "ethnicity"), ("籍贯", "native_place"), ("出生日期", "birth_date"), ("本市(县)其他住址", None),
         ("宗教信仰", None), ("公民身份证件编号", "id_number"), ("身高", None), ("血型", None), ("文化程度", "education"),
         ("婚姻状况", "marital_status"), ("兵役状况", None), ("服务处所", "employer"), ("职业", None),
         ("何时由何地迁来本市(县)", None), ("何时由何地迁往何地", None), ("登记日期", "registration_date")]


def hukou_member(f, rng):
    p = Page(1300, 1800, (248, 240, 228))
    p.text((650, 80), "常 住 人 口 登 记 卡", "serifb", 46, (60, 40, 30), anchor="mm")
    hand = rng.choice(["kai", "ukai", "song", "wenkai", "uming"])
    y, x0, x1 = 150, 70, 1230
    for i in range(0, len(CELLS), 2):
        pair = CELLS[i:i + 2]
        p.rect((x0, y, x1, y + 110), outline=(120, 80, 60), width=2)
        for j, (lab, key) in enumerate(pair):
            xa = x0 + j * 580
            if j:
                p.line((xa, y), (xa, y + 110), fill=(120, 80, 60), width=2)
            p.line((xa + 190, y), (xa + 190, y + 110), fill=(120, 80, 60), width=2)
            ll = p.wrap(lab, "song", 22, 175)
            for k, t in enumerate(ll):
                p.text((xa + 95, y + 55 - 14 * (len(ll) - 1) + 28 * k), t, "song", 22, (90, 60, 50), anchor="mm")
            v = f.get(key, "") if key else ""
            if key in ("birth_date", "registration_date") and v:
                v = ymd(v)
            if v:
                ls = p.wrap(v, hand, 30, 370)
                for k, t in enumerate(ls[:2]):
                    p.text((xa + 205, y + 55 - 18 * (len(ls[:2]) - 1) + 36 * k), t, hand, 30, (25, 25, 60), anchor="lm")
        y += 110
    seal(p, 900, 1520, 120, "公安局派出所户口专用章", "")
    p.text((x0 + 20, y + 40), "承办人签章：", "song", 26, (90, 60, 50))
    return p


def collective(f, rng):
    p = Page(1240, 1754)
    p.text((620, 200), "户 籍 证 明", "song", 56, anchor="mm")
    body = (f"兹证明{f['name']}（公民身份号码：{f['id_number']}），户口登记在本辖区集体户，"
            f"户籍地址为{f['address']}。")
    y = p.para(150, 360, "    " + body, "song", 34, 940, lh=1.9)
    y = p.para(150, y + 20, "    特此证明。本证明仅用于办理居住证积分，自开具之日起三个月内有效。", "song", 34, 940, lh=1.9)
    office = rng.choice(["公安局", "公安分局"]) + rng.choice(["城关派出所", "中山路派出所", "大学城派出所"])
    p.text((1090, y + 160), office, "song", 34, anchor="ra")
    p.text((1090, y + 230), ymd(f["issue_date"]), "song", 34, anchor="ra")
    seal(p, 900, y + 190, 130, "公安局派出所户口专用章", "")
    return p


def contract_pages(f, rng, n_pages):
    """Shanghai model text or a company template; page 1 party block, then term, clauses, signatures."""
    model = rng.random() < 0.5
    font = rng.choice(["song", "uming", "serif"])
    hand = rng.choice(["kai", "ukai", "wenkai"])
    pages = []
    p = Page(1240, 1754)
    p.text((620, 160), "劳 动 合 同" if model else rng.choice(["劳动合同书", "聘用合同"]), "serifb", 60, anchor="mm")
    if model:
        p.text((620, 240), "（上海市劳动合同示范文本）", font, 28, anchor="mm")
        y = 420
        for lab, v in [("甲方（用人单位）名称：", f["employer"]), ("法定代表人（主要负责人）：", ""),
                       ("乙方（劳动者）姓名：", f["employee_name"]), ("居民身份证号码：", f["employee_id_number"])]:
            p.text((140, y), lab, font, 32)
            w = p.width(lab, font, 32)
            p.line((140 + w, y + 42), (1120, y + 42), width=1)
            p.text((160 + w, y - 2), v, hand, 34, (20, 20, 90))
            y += 100
    else:
        y = 380
        p.rect((120, y, 1120, y + 480), width=2)
        rws = [("甲方", "名称", f["employer"]), ("", "地址", "上海市" + rng.choice(["浦东新区", "闵行区"]) + "某路88号"),
               ("乙方", "姓名", f["employee_name"]), ("", "身份证号码", f["employee_id_number"])]
        for k, (a, b, v) in enumerate(rws):
            yy = y + k * 120
            p.line((120, yy), (1120, yy), width=1)
            p.text((170, yy + 60), a, font, 32, anchor="mm")
            p.text((330, yy + 60), b, font, 30, anchor="mm")
            p.text((440, yy + 60), v, font, 30, anchor="lm")
        p.line((230, y), (230, y + 480), width=1)
        p.line((420, y), (420, y + 480), width=1)
        y += 540
    y = p.para(140, y + 60, "    根据《中华人民共和国劳动合同法》和有关法律、法规，甲乙双方经平等自愿、协商一致签订本合同，共同遵守本合同所列条款。", font, 30, 960, lh=1.8)
    pages.append(p)
    p = Page(1240, 1754)
    p.text((140, 150), "一、劳动合同期限", "hei", 34)
    opts = ["固定期限", "无固定期限", "以完成一定工作任务为期限"]
    chosen = 1 if f["open_ended"] else 0
    y = 230
    for k, o in enumerate(opts):
        p.text((160, y), ("☑ " if k == chosen else "□ ") + o, "sans", 30)
        y += 60
    s = D.fromisoformat(f["start_date"])
    if f["open_ended"]:
        term = f"本合同为无固定期限劳动合同，自 {s.year} 年 {s.month} 月 {s.day} 日起履行。"
    else:
        e = D.fromisoformat(f["end_date"])
        term = f"本合同期限自 {s.year} 年 {s.month} 月 {s.day} 日起至 {e.year} 年 {e.month} 月 {e.day} 日止。"
    y = p.para(160, y + 30, term, font, 32, 920, lh=1.8)
    pr = D.fromisoformat(f["start_date"])
    y = p.para(160, y + 20, f"其中试用期自 {pr.year} 年 {pr.month} 月 {pr.day} 日起，期限为{rng.choice(['一', '二', '三'])}个月。", font, 30, 920, lh=1.8)
    for t in ["二、工作内容和工作地点", "    乙方同意根据甲方工作需要，担任相应岗位工作。甲方应当为乙方提供符合国家规定的劳动安全卫生条件。",
              "三、劳动报酬", "    甲方按月以货币形式支付乙方工资，乙方的工资不低于本市最低工资标准。甲方应依法代扣代缴乙方个人所得税。",
              "四、社会保险", "    甲乙双方应按国家和本市社会保险的有关规定缴纳社会保险费。乙方应缴的部分由甲方在乙方工资中代扣代缴。"]:
        y = p.para(140, y + 30, t, "hei" if not t.startswith(" ") else font, 30, 960, lh=1.8)
    pages.append(p)
    for extra in range(max(0, n_pages - 3)):
        p = Page(1240, 1754)
        y = 150
        for k in range(6):
            y = p.para(140, y, f"{'五六七八九十'[min(k + extra, 5)]}、{rng.choice(['劳动保护', '劳动纪律', '合同的变更', '合同的解除和终止', '违约责任', '争议处理'])}", "hei", 32, 960) + 10
            y = p.para(140, y, "    " + rng.choice(["乙方应遵守甲方依法制定的规章制度，甲方应当依法保障乙方的合法权益。",
                                                     "经甲乙双方协商一致，可以变更本合同约定的内容，变更应当采用书面形式。",
                                                     "乙方提前三十日以书面形式通知甲方，可以解除本合同。甲方应当出具解除或终止劳动合同的证明。"]) * 2, font, 30, 960, lh=1.8) + 20
        p.text((620, 1680), f"第 {extra + 3} 页", font, 24, anchor="mm")
        pages.append(p)
    p = Page(1240, 1754)
    p.text((140, 160), "双方确认已阅读并理解本合同全部条款。本合同一式两份，甲乙双方各执一份。", font, 30)
    p.text((140, 400), "甲方（盖章）：", font, 32)
    p.text((360, 398), f["employer"], font, 30)
    p.text((140, 520), "法定代表人或委托代理人（签字）：", font, 30)
    p.text((700, 900), "乙方（签字）：", font, 32)
    p.text((920, 890), f["employee_name"], hand, 48, (20, 20, 90))
    sd = D.fromisoformat(f["signing_date"])
    p.text((140, 640), f"签订日期：{sd.year} 年 {sd.month} 月 {sd.day} 日", font, 30)
    p.text((700, 1000), f"签订日期：{sd.year} 年 {sd.month} 月 {sd.day} 日", font, 30)
    seal(p, 430, 520, 140, f["employer"][:16], "合同专用章" if rng.random() < 0.5 else "")
    pages.append(p)
    for k, pg in enumerate(pages):
        if k < len(pages) - 1 and not (model and k == 0):
            pg.text((620, 1700), f"- {k + 1} -", font, 24, anchor="mm", record=False)
    return pages, "shanghai_model" if model else "company_template"


def diploma(f, rng, name_birth, sex):
    p = Page(1600, 1130, (250, 247, 238))
    p.rect((40, 40, 1560, 1090), outline=(150, 110, 60), width=8)
    title = "毕 业 证 书" if f["level"] != "硕士研究生" else "研究生毕业证书"
    p.text((800, 150), title, "serifb", 70, (120, 30, 30), anchor="mm")
    portrait(p, (140, 260, 400, 600), rng)
    b = D.fromisoformat(name_birth)
    g = D.fromisoformat(f["graduation_date"])
    yrs = {"专科": 3, "本科": 4, "硕士研究生": 3}[f["level"]]
    st = D(g.year - yrs, 9, 1)
    lvl = {"专科": "三年制专科", "本科": "四年制本科", "硕士研究生": "硕士研究生"}[f["level"]]
    mode = "" if f["study_mode"] == "普通全日制" else f"（{f['study_mode']}）"
    txt = (f"学生 {f['name']}，性别{sex}，{b.year}年{b.month}月生，于{st.year}年{st.month}月至{g.year}年{g.month}月"
           f"在本校 {f['major']} 专业{lvl}{mode}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    p.para(480, 300, txt, "song", 36, 980, lh=1.9)
    p.text((480, 820), f"校 名：{f['school']}", "song", 34)
    p.text((480, 880), f"证书编号：{rng.randint(10000, 99999)}{g.year}{rng.randint(100000, 999999)}", "song", 30)
    p.text((1100, 820), "校（院）长：", "song", 34)
    p.text((1100, 960), cn_date(f["graduation_date"]) if rng.random() < 0.6 else ymd(f["graduation_date"]), "song", 34)
    seal(p, 1230, 930, 120, f["school"], "")
    return p


def degree(f, rng, field):
    p = Page(1130, 1600, (250, 248, 240))
    p.rect((40, 40, 1090, 1560), outline=(40, 70, 120), width=6)
    p.text((565, 200), "学 士 学 位 证 书" if f["level"] == "学士" else "硕 士 学 位 证 书", "serifb", 62, (40, 60, 110), anchor="mm")
    portrait(p, (440, 300, 690, 620), rng)
    lvl = f"{field}{f['level']}学位"
    txt = f"{f['name']}，在{f['school']}{f['major']}专业完成了{'本科' if f['level'] == '学士' else '硕士研究生'}学业，" \
          f"成绩合格。根据《中华人民共和国学位条例》的规定，授予{lvl}。"
    p.para(140, 700, "    " + txt, "song", 36, 850, lh=1.9)
    p.text((140, 1200), f"{f['school']}", "song", 34)
    p.text((140, 1260), "学位评定委员会主席", "song", 32)
    p.text((140, 1380), cn_date(f["graduation_date"]), "song", 34)
    p.text((140, 1450), f"证书编号：{rng.randint(1000, 9999)}{rng.randint(10000000, 99999999)}", "song", 28)
    seal(p, 800, 1300, 120, f["school"], "")
    return p


def xuexin(f, rng, sex, birth):
    p = Page(1240, 1754)
    p.text((620, 150), "教育部学历证书电子注册备案表", "hei", 46, anchor="mm")
    p.text((620, 220), "更新日期：" + rng.choice(["2026年03月12日", "2026年05月20日", "2025年12月01日"]), "song", 24, (90, 90, 90), anchor="mm")
    items = [("姓名", f["name"]), ("性别", sex), ("出生日期", ymd(birth)), ("入学日期", ""), ("毕（结）业日期", ymd(f["graduation_date"])),
             ("学校名称", f["school"]), ("专业", f["major"]), ("学制", "4年"), ("层次", f["level"]), ("学历类别", "普通高等教育"),
             ("学习形式", f["study_mode"]), ("毕（结）业", "毕业")]
    y = 300
    for k, v in items:
        p.rect((120, y, 1120, y + 80), width=1, outline=(150, 150, 150))
        p.text((140, y + 40), k, "hei", 28, (70, 70, 70), anchor="lm")
        p.text((460, y + 40), v, "song", 30, anchor="lm")
        y += 80
    qr_placeholder(p, 900, y + 60, 200, rng)
    p.text((120, y + 80), f"在线验证码：{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))}", "song", 26)
    p.text((120, y + 130), "学信网 www.chsi.com.cn", "song", 26, (90, 90, 90))
    return p


def marriage(f, meta, rng):
    p = Page(1600, 1100, (246, 232, 226))
    p.text((400, 120), "结婚证", "serifb", 60, (160, 30, 30), anchor="mm")
    p.text((120, 260), f"持证人  {f['holder_name']}", "song", 36)
    p.text((120, 340), f"登记日期  {ymd(f['registration_date'])}", "song", 36)
    p.text((120, 420), f"结婚证字号  J{rng.randint(310000, 319999)}-{D.fromisoformat(f['registration_date']).year}-{rng.randint(100000, 999999)}", "song", 32)
    p.text((120, 500), "备注", "song", 32)
    y = 160
    for nm, sx, bd, idn in [(f["holder_name"], meta["holder_sex"], meta["holder_birth"], meta["holder_id"]),
                            (f["spouse_name"], meta["spouse_sex"], meta["spouse_birth"], f["spouse_id_number"])]:
        p.text((860, y), f"姓名 {nm}", "song", 32)
        p.text((1200, y), f"性别 {sx}", "song", 32)
        p.text((860, y + 60), "国籍 中国", "song", 32)
        p.text((1200, y + 60), f"出生日期 {bd}", "song", 28)
        p.text((860, y + 120), f"身份证件号 {idn}", "song", 32)
        y += 240
    portrait(p, (860, 680, 1220, 950), rng, (200, 60, 60))
    seal(p, 400, 800, 130, "民政局婚姻登记专用章", "")
    return p


def distractor(rng, kind):
    if kind == "receipt":
        p = Page(700, 1500, (252, 252, 250))
        p.text((350, 80), rng.choice(["全家便利店", "罗森 LAWSON", "好德便利"]), "hei", 38, anchor="mm")
        y = 160
        for k in range(rng.randint(5, 10)):
            p.text((40, y), rng.choice(["矿泉水550ml", "饭团", "关东煮", "咖啡拿铁", "纸巾", "三明治"]), "song", 28)
            p.text((660, y), f"{rng.uniform(2, 25):.2f}", "song", 28, anchor="ra")
            y += 50
        p.text((40, y + 40), f"合计  {rng.uniform(30, 120):.2f}", "hei", 32)
        p.text((40, y + 110), "微信支付  交易时间 2026-", "song", 24)
        return p
    p = Page(1240, 1754)
    p.text((620, 160), "上海市住房租赁合同", "hei", 50, anchor="mm")
    y = 280
    for t in ["出租人（甲方）：" + "张" + "先生", "承租人（乙方）：", "第一条 房屋基本情况：甲方将坐落于上海市" + rng.choice(["闵行区", "松江区"]) +
              "的房屋出租给乙方居住使用。", "第二条 租赁期限：租赁期限为一年。", "第三条 租金及支付方式：月租金人民币" +
              str(rng.randint(30, 90) * 100) + "元，按季支付。", "第四条 乙方应合理使用房屋及其附属设施。"]:
        y = p.para(140, y, t, "song", 32, 960, lh=1.8) + 20
    return p
