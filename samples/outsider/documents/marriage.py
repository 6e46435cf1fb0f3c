"""结婚证, photographed open: the left page with the registration text and the 婚姻登记专用章, the right page with
持证人, 登记日期, 结婚证字号, the couple's photo, and for both people 姓名, 性别, 国籍, 出生日期, 身份证件号."""
from __future__ import annotations

import random

from PIL import Image

from samples.outsider import marks
from samples.outsider.dates import ymd
from samples.outsider.documents.common import Drawn, DrawnPage, face
from samples.outsider.sheet import Sheet
from samples.outsider.story import Marriage

PAGE_W, PAGE_H = 92.0, 128.0
PAPER = (250, 238, 232)
INK = (35, 25, 25)
LABEL = (150, 60, 55)


def draw(rng: random.Random, m: Marriage) -> Drawn:
    lf, vf = face(rng, rng.choice(("song", "kai"))), face(rng, rng.choice(("song", "hei")))
    left = Sheet(PAGE_W, PAGE_H, "booklet", PAPER)
    left.text(PAGE_W / 2, 20, "结婚证", face(rng, "song_bold"), 18, LABEL, anchor="c", spacing=3)
    man, woman = (m.holder_name, m.spouse_name) if m.holder_sex == "男" else (m.spouse_name, m.holder_name)
    left.paragraph(10, 40, f"结婚申请：男方{man}，女方{woman}自愿结婚，经审查符合《中华人民共和国民法典》关于结婚的规定，"
                   "予以登记，发给此证。", lf, 9.5, 72, 1.9, INK, indent=2)
    left.text(12, 96, f"登记机关：{m.registry}", lf, 9.5, INK)
    left.picture(40, 78, 80, 118, marks.seal(rng, m.registry, "婚姻登记专用章", 38), multiply=True)
    right = Sheet(PAGE_W, PAGE_H, "booklet", PAPER)
    y = 14.0
    for label, value in (("持证人", m.holder_name), ("登记日期", ymd(m.registration_date, "cjk", pad=True)),
                         ("结婚证字号", m.number), ("备注", "")):
        right.text(8, y, label, lf, 8.5, LABEL)
        right.text(30, y, value, vf, 9.5, INK)
        y += 7.5
    photo = Image.new("RGBA", (520, 330), (200, 40, 40, 255))
    photo.alpha_composite(marks.portrait(rng, m.holder_sex == "女", (200, 40, 40)).resize((260, 330)), (0, 0))
    photo.alpha_composite(marks.portrait(rng, m.spouse_sex == "女", (200, 40, 40)).resize((260, 330)), (260, 0))
    right.picture(14, 44, 78, 84, photo)
    y = 92.0
    for who in ((m.holder_name, m.holder_sex, m.holder_born, m.holder_id),
                (m.spouse_name, m.spouse_sex, m.spouse_born, m.spouse_id)):
        name, sex, born, number = who
        right.text(8, y, "姓名", lf, 7.5, LABEL)
        right.text(18, y, name, vf, 8.5, INK)
        right.text(46, y, "性别", lf, 7.5, LABEL)
        right.text(56, y, sex, vf, 8.5, INK)
        right.text(8, y + 5, "国籍", lf, 7.5, LABEL)
        right.text(18, y + 5, "中国", vf, 8.5, INK)
        right.text(46, y + 5, "出生日期", lf, 7.5, LABEL)
        right.text(60, y + 5, ymd(born, "dash"), vf, 8, INK)
        right.text(8, y + 10, "身份证件号", lf, 7.5, LABEL)
        right.text(26, y + 10, number, vf, 8.5, INK)
        y += 17
    fields_left: dict = {}
    fields_right = {"holder_name": m.holder_name, "spouse_name": m.spouse_name, "spouse_id_number": m.spouse_id,
                    "registration_date": m.registration_date.isoformat()}
    return Drawn("marriage_certificate", "marriage_open_booklet",
                 [DrawnPage(left, fields_left), DrawnPage(right, fields_right)], "booklet")
