"""毕业证书 (普通 / 成人 / 研究生) and 学位证书."""
from __future__ import annotations

import datetime as dt

from dateutil.relativedelta import relativedelta

from .draw import Page, photo_face, stamp, guilloche, BLACK
from . import fmt


def _frame(pg, rng, color):
    W, H = pg.w_mm, pg.h_mm
    pg.rect(6, 6, W - 6, H - 6, 1.2, color)
    pg.rect(9, 9, W - 9, H - 9, 0.35, color)


def _flow(pg, x, y, w, text, spec, size, lh=2.0, indent=0):
    lines = pg.wrap("　" * indent + text, spec, size, w)
    for i, t in enumerate(lines):
        pg.text(x, y + i * size * lh, t, spec, size, BLACK)
    return y + len(lines) * size * lh


def diploma(doc, st, rng, dpi=200, facts=None):
    f, raw = doc["fields"], doc["raw"]
    lay = doc["layout"]
    pg = Page(250, 178, dpi=dpi, bg=(252, 250, 244))
    if rng.random() < 0.6:
        pg.img.paste(guilloche(pg.img.width, pg.img.height, rng, tint=(252, 250, 244), lines=(225, 215, 190), n=16))
    color = rng.choice([(150, 40, 40), (40, 70, 130), (120, 90, 40)])
    _frame(pg, rng, color)
    numeral = lay == "classic" or (lay in ("adult", "graduate") and rng.random() < 0.5)
    birth = dt.date.fromisoformat(facts["birth"])
    g = dt.date.fromisoformat(f["graduation_date"])
    years = raw.get("years", 4)
    start = dt.date(g.year - years, 9, 1)
    if lay == "adult":
        start = dt.date(g.year - years, 3, 1)
    if numeral:
        bs = f"{fmt.cn_year(birth.year)}年{fmt.cn_num(birth.month)}月"
        span = f"{fmt.cn_year(start.year)}年{fmt.cn_num(start.month)}月至{fmt.cn_year(g.year)}年{fmt.cn_num(g.month)}月"
        gd = fmt.date(g, "cnnum")
    else:
        bs = f"{birth.year}年{birth.month}月"
        span = f"{start.year}年{start.month}月至{g.year}年{g.month}月"
        gd = fmt.date(g, rng.choice(["cn", "cn0"]))
    sp = st["song"] if rng.random() < 0.6 else st["kai"]
    if lay == "graduate":
        head, title = "研究生", "毕 业 证 书"
        lvl = "硕士研究生" if f["level"] == "硕士研究生" else "博士研究生"
        body = (f"研究生{f['name']}，性别{facts['sex']}，{bs}生，于{span}在{f['major']}专业学习，学制{fmt.cn_num(years)}年，"
                f"修完{lvl}培养计划规定的全部课程，成绩合格，毕业论文答辩通过，准予毕业。")
    elif lay == "adult":
        head, title = "成人高等教育", "毕 业 证 书"
        body = (f"学生{f['name']}，性别{facts['sex']}，{bs}生，于{span}在本校{f['major']}专业业余"
                f"{'专科起点本科' if f['level'] == '本科' else '高中起点专科'}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    else:
        head, title = "普通高等学校", "毕 业 证 书"
        lvl = "本科" if f["level"] == "本科" else "专科"
        body = (f"学生{f['name']}，性别{facts['sex']}，{bs}生，于{span}在本校{f['major']}专业"
                f"{fmt.cn_num(years)}年制{lvl}学习，修完教学计划规定的全部课程，成绩合格，准予毕业。")
    pg.text(125, 30, head, st["song"], 6, color, anchor="ms", track=1.5)
    pg.text(125, 48, title, st["song_bold"], 12, color, anchor="ms")
    ph = photo_face(int(pg.px(30)), int(pg.px(40)), rng, bg=(90, 130, 200))
    pg.img.paste(ph, (int(pg.px(22)), int(pg.px(60))))
    y = _flow(pg, 62, 70, 166, body, sp, 5.2, indent=2)
    pg.text(150, 140, f["school"], st["song_bold"], 6.2, BLACK, anchor="ms", max_w=90)
    pg.text(130, 152, "校（院）长：", sp, 4.2, BLACK)
    pg.hand(160, 152, facts["president"], st["hand"], 6, rng, ink=(20, 20, 25))
    pg.text(150, 164, gd, sp, 4.6, BLACK, anchor="ms")
    pg.text(22, 118, "证书编号：", sp, 3.5, BLACK)
    pg.text(22, 125, raw["cert_no"], st["mono"], 3.3, BLACK)
    stamp(pg, 150 + rng.uniform(-10, 10), 146 + rng.uniform(-4, 4), 40, f["school"], "", st["song"], rng, alpha=0.8)
    if lay == "adult":
        pg.text(22, 134, "学习形式：业余", sp, 3.5, BLACK)
    return pg.img


def degree(doc, st, rng, dpi=200, facts=None):
    f, raw = doc["fields"], doc["raw"]
    lay = doc["layout"]
    portrait = rng.random() < 0.45
    W, H = (178, 250) if portrait else (250, 178)
    pg = Page(W, H, dpi=dpi, bg=(251, 249, 242))
    color = rng.choice([(150, 40, 40), (30, 60, 120)])
    _frame(pg, rng, color)
    word = {"学士": "学士", "硕士": "硕士", "博士": "博士"}[f["level"]]
    study = {"学士": "本科学习计划", "硕士": "硕士研究生学习计划", "博士": "博士研究生学习计划"}[f["level"]]
    birth = dt.date.fromisoformat(facts["birth"])
    g = dt.date.fromisoformat(f["graduation_date"])
    numeral = rng.random() < 0.5
    bs = fmt.date(birth, "cnnum") if numeral else fmt.date(birth, "cn")
    gd = fmt.date(g, "cnnum") if numeral else fmt.date(g, "cn")
    sp = st["song"] if rng.random() < 0.6 else st["kai"]
    body = (f"{f['name']}，{facts['sex']}，{bs}生。在{f['school']}{f['major']}专业完成了{study}，业已毕业，"
            f"经审核符合《中华人民共和国学位条例》的规定，授予{raw['cat']}{word}学位。")
    cx = W / 2
    pg.text(cx, 32, f"{word}学位证书", st["song_bold"], 11, color, anchor="ms", track=1)
    if portrait:
        ph = photo_face(int(pg.px(28)), int(pg.px(37)), rng, bg=(240, 240, 240))
        pg.img.paste(ph, (int(pg.px(cx - 14)), int(pg.px(44))))
        y = _flow(pg, 22, 100, W - 44, body, sp, 5.0, indent=2)
        ys = y + 22
        xs = W - 60
    else:
        ph = photo_face(int(pg.px(30)), int(pg.px(40)), rng, bg=(240, 240, 240))
        pg.img.paste(ph, (int(pg.px(22)), int(pg.px(55))))
        y = _flow(pg, 62, 62, 166, body, sp, 5.2, indent=2)
        ys = 140
        xs = 150
    pg.text(xs, ys, f"{f['school']}", sp, 4.6, BLACK, anchor="ms", max_w=80)
    pg.text(xs, ys + 8, "学位评定委员会主席", sp, 4.2, BLACK, anchor="ms")
    pg.hand(xs + 5, ys + 19, facts["president"], st["hand"], 6, rng, ink=(20, 20, 25))
    pg.text(xs, ys + 28, gd, sp, 4.4, BLACK, anchor="ms")
    pg.text(20, H - 16, f"证书编号：{raw['cert_no']}", sp, 3.4, BLACK)
    stamp(pg, xs - 20 + rng.uniform(-6, 6), ys + 6, 36, f["school"], "", st["song"], rng, alpha=0.78)
    return pg.img
