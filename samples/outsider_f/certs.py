"""毕业证书, 学位证书 and the 学信网 教育部学历证书电子注册备案表 (as an image page)."""
import datetime as dt

from .draw import Page, cn_date, qr, seal, stamp

LEVEL_TEXT = {"本科": "四年制本科", "专科": "三年制专科", "硕士研究生": "硕士研究生", "博士研究生": "博士研究生"}
YEARS = {"本科": 4, "专科": 3, "硕士研究生": 3, "博士研究生": 4}


def diploma(rng, f, person):
    landscape = rng.random() < 0.5
    w, h = (1700, 1200) if landscape else (1200, 1650)
    p = Page(w, h, bg=rng.choice([(252, 250, 242), (255, 253, 248), (248, 246, 236)]))
    p.rect([30, 30, w - 30, h - 30], outline=rng.choice([(170, 130, 60), (140, 40, 40)]), width=8)
    face = rng.choice(["serif", "song", "uming", "kai"])
    title = {"普通全日制": "毕 业 证 书", "高等教育自学考试": "高等教育自学考试毕业证书",
             "成人高等教育": "成人高等教育毕业证书", "网络教育": "网络教育毕业证书"}[f.get("study_mode", "普通全日制")]
    p.text((w / 2, 110), title, "serif_bold", 76 if len(title) < 8 else 60, (150, 30, 30), anchor="mt")
    grad = dt.date.fromisoformat(f["graduation_date"])
    start = dt.date(grad.year - YEARS[f["level"]], 9, 1)
    bd = dt.date.fromisoformat(person["birth_date"])
    text = (f"    学生{f['name']}，性别{person['sex']}，{bd.year}年{bd.month}月{bd.day}日生，于{start.year}年{start.month}月至"
            f"{grad.year}年{grad.month}月在本校{f['major']}专业{LEVEL_TEXT[f['level']]}学习，修完教学计划规定的全部课程，"
            "成绩合格，准予毕业。")
    x0 = 420 if landscape else 130
    if landscape:
        p.rect([100, 260, 340, 580], outline=(160, 160, 160), width=2, fill=(226, 230, 236))
    else:
        p.rect([w / 2 - 130, 230, w / 2 + 130, 560], outline=(160, 160, 160), width=2, fill=(226, 230, 236))
    y = 300 if landscape else 640
    y = p.para(x0, y, text, face, 44, w - x0 - 110, gap=1.9)
    school_y = h - 330
    p.text((x0, school_y), f"校    名：{f['school']}", face, 42)
    p.text((x0, school_y + 80), f"校（院）长：{rng.choice('王李张陈刘')}{rng.choice(['建国', '明', '振华', '立新'])}", face, 42)
    p.text((w - 120, school_y + 80), cn_date(grad, numerals=rng.random() < 0.7), face, 42, anchor="ra")
    p.text((x0, h - 110), f"证书编号：{rng.randint(10000, 19999)}{grad.year}{rng.randint(10**8, 10**9 - 1)}", "sans", 30)
    return stamp(p.img, seal(rng, 300, f["school"] + "印"), (w - 520, school_y - 150))


def degree(rng, f, person, field):
    w, h = 1240, 1700
    p = Page(w, h, bg=rng.choice([(250, 250, 246), (248, 246, 240)]))
    p.rect([40, 40, w - 40, h - 40], outline=(60, 80, 130), width=6)
    face = rng.choice(["serif", "song", "uming", "wenkai"])
    p.text((w / 2, 120), "学 士 学 位 证 书" if f["level"] == "学士" else f"{f['level']}学位证书", "serif_bold", 72,
           (40, 60, 120), anchor="mt")
    p.rect([w / 2 - 120, 260, w / 2 + 120, 560], outline=(160, 160, 160), width=2, fill=(226, 230, 236))
    bd = dt.date.fromisoformat(person["birth_date"])
    grad = dt.date.fromisoformat(f["graduation_date"])
    word = {"学士": "学士学位", "硕士": "硕士学位", "博士": "博士学位"}[f["level"]]
    text = (f"    {f['name']}，{person['sex']}，{bd.year}年{bd.month}月{bd.day}日生。在{f['school']}{f['major']}专业完成了"
            f"{'本科' if f['level'] == '学士' else '研究生'}学习计划，业已毕业，经审核符合《中华人民共和国学位条例》的规定，"
            f"授予{field}{word}。")
    y = p.para(120, 660, text, face, 44, w - 240, gap=1.9)
    p.text((120, h - 380), f"{f['school']}", face, 42)
    p.text((120, h - 300), "学位评定委员会主席", face, 40)
    p.text((w - 120, h - 220), cn_date(grad, numerals=rng.random() < 0.6), face, 42, anchor="ra")
    p.text((120, h - 130), f"证书编号：{rng.randint(10**15, 10**16 - 1)}", "sans", 30)
    return stamp(p.img, seal(rng, 300, f["school"] + "学位评定委员会"), (w - 500, h - 560))


def xuexin(rng, f, person, dpi=160):
    """教育部学历证书电子注册备案表 as printed (image)."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    s = dpi / 160
    p = Page(w, h)
    face = rng.choice(["sans", "microhei"])
    p.text((w / 2, 120 * s), "教育部学历证书电子注册备案表", "sans_bold", 46 * s, anchor="mt")
    p.text((w - 90 * s, 200 * s), f"更新日期：{dt.date(2026, rng.randint(1, 10), rng.randint(1, 28)):%Y年%m月%d日}",
           face, 22 * s, (90, 90, 90), anchor="ra")
    grad = dt.date.fromisoformat(f["graduation_date"])
    bd = dt.date.fromisoformat(person["birth_date"])
    rows = [("姓名", f["name"]), ("性别", person["sex"]), ("证件号码", person["id_number"]), ("民族", "汉族"),
            ("出生日期", f"{bd.year}年{bd.month:02d}月{bd.day:02d}日"), ("学校名称", f["school"]),
            ("层次", f["level"]), ("专业", f["major"]), ("学制", f"{YEARS[f['level']]}年"),
            ("学历类别", "普通高等教育" if f["study_mode"] == "普通全日制" else f["study_mode"]),
            ("学习形式", "普通全日制" if f["study_mode"] == "普通全日制" else "业余"),
            ("入学日期", f"{grad.year - YEARS[f['level']]}年09月01日"), ("毕（结）业日期", f"{grad:%Y年%m月%d日}"),
            ("毕（结）业", "毕业"), ("证书编号", f"{rng.randint(10**17, 10**18 - 1)}")]
    top, left, mid, right, rh = 260 * s, 90 * s, 380 * s, w - 330 * s, 64 * s
    for i, (a, b) in enumerate(rows):
        y = top + i * rh
        p.rect([left, y, right, y + rh], outline=(150, 170, 190), width=1)
        p.line((mid, y), (mid, y + rh), (150, 170, 190), 1)
        p.text((left + 14 * s, y + 18 * s), a, face, 26 * s, (90, 100, 110))
        p.fit((mid + 14 * s, y + 16 * s), b, face, 28 * s, right - mid - 24 * s)
    p.img.paste(qr(rng, int(200 * s)), (int(right + 40 * s), int(top + 40 * s)))
    p.text((left, h - 170 * s), f"在线验证码：{''.join(rng.choice('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789') for _ in range(16))}",
           face, 24 * s)
    p.text((left, h - 120 * s), "说明：本表仅供学历查询，可登录学信网（www.chsi.com.cn）在线验证。", face, 22 * s, (90, 90, 90))
    return p.img
