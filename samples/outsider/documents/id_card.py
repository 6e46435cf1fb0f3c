"""居民身份证: 人像面 (labels light blue, values black on a guilloche, photo right, OCR-B number) and 国徽面
(签发机关, 有效期限 `2016.05.12-2036.05.12` or `…-长期`). 出生 is printed with its 年 月 日 set apart and
without leading zeros; the address wraps onto two or three lines."""
from __future__ import annotations

import random

from samples.outsider import marks
from samples.outsider.documents.common import Drawn, DrawnPage, face
from samples.outsider.fonts import faces
from samples.outsider.normalise import day
from samples.outsider.sheet import Sheet
from samples.outsider.story import IdCard

CARD_W, CARD_H = 85.6, 54.0
LABEL_BLUE = (64, 128, 178)


def draw(rng: random.Random, card: IdCard, only_front: bool = False) -> Drawn:
    value_face = face(rng, rng.choice(("hei", "hei", "song")))
    label_face = face(rng, "hei")
    pages = [DrawnPage(_front(rng, card, value_face, label_face),
                       {"name": card.name, "sex": card.sex, "ethnicity": card.ethnicity,
                        "birth_date": day(card.born), "address": card.address, "id_number": card.id_number})]
    if not only_front:
        pages.append(DrawnPage(_back(rng, card, value_face, label_face),
                               {"issuing_authority": card.authority, "valid_from": day(card.valid_from),
                                "valid_until": day(card.valid_until)}))
    return Drawn("id_card", "id_card_front_back" if not only_front else "id_card_front_only", pages, "card")


def _front(rng: random.Random, c: IdCard, vf, lf) -> Sheet:
    s = Sheet(CARD_W, CARD_H, "card", (246, 248, 246))
    s.picture(0, 0, CARD_W, CARD_H, marks.guilloche(rng, CARD_W, CARD_H, [(150, 200, 230), (235, 200, 190)]))
    lsize, vsize = rng.uniform(6.8, 7.6), rng.uniform(8.2, 9.2)
    dx = rng.uniform(-0.6, 0.6)
    x_label, x_value = 6.5 + dx, 16.5 + dx
    s.text(x_label, 10.5, "姓  名", lf, lsize, LABEL_BLUE)
    s.text(x_value, 10.7, c.name, vf, vsize + 1.2, spacing=rng.choice((0.3, 0.8)))
    s.text(x_label, 17.5, "性  别", lf, lsize, LABEL_BLUE)
    s.text(x_value, 17.6, c.sex, vf, vsize)
    s.text(x_value + 10.5, 17.5, "民  族", lf, lsize, LABEL_BLUE)
    s.text(x_value + 20.5, 17.6, c.ethnicity, vf, vsize)
    s.text(x_label, 24.5, "出  生", lf, lsize, LABEL_BLUE)
    x = x_value
    for part, is_label in ((str(c.born.year), False), ("年", True), (str(c.born.month), False), ("月", True),
                           (str(c.born.day), False), ("日", True)):
        if is_label:
            x += s.text(x + 1.0, 24.5, part, lf, lsize, LABEL_BLUE) + 2.2
        else:
            x += s.text(x, 24.6, part, vf, vsize)
    s.text(x_label, 31.5, "住  址", lf, lsize, LABEL_BLUE)
    width = rng.uniform(33, 38)
    for k, line in enumerate(Sheet.wrap(c.address, vf, vsize, width)[:3]):
        s.text(x_value, 31.6 + k * 4.3, line, vf, vsize)
    s.text(x_label, 47.5, "公民身份号码", lf, lsize, LABEL_BLUE)
    ocrb, size = faces("ocrb")[0], rng.uniform(9.5, 10.5)
    room = rng.uniform(47, 50)  # the number runs from after its label to near the right edge
    gap = max(0.0, (room - Sheet.width_of(c.id_number, ocrb, size)) / len(c.id_number))
    s.text(x_label + 22.5, 47.8, c.id_number, ocrb, size, spacing=gap)
    s.picture(57, 6.5, 80.5, 37.5, marks.portrait(rng, c.sex == "女", (244, 246, 248)))
    return s


def _back(rng: random.Random, c: IdCard, vf, lf) -> Sheet:
    s = Sheet(CARD_W, CARD_H, "card", (248, 246, 240))
    s.picture(0, 0, CARD_W, CARD_H, marks.guilloche(rng, CARD_W, CARD_H, [(235, 205, 160), (170, 210, 225)]))
    s.picture(6, 4.5, 22, 20.5, marks.emblem(rng))
    title = face(rng, "hei_bold")
    s.text(30, 13, "中华人民共和国", title, 12, (30, 30, 30), spacing=1.4)
    s.text(30, 25, "居民身份证", title, 17, (30, 30, 30), spacing=2.6)
    lsize, vsize = rng.uniform(6.8, 7.5), rng.uniform(8, 9)
    s.text(15, 41, "签发机关", lf, lsize, LABEL_BLUE)
    s.text(31, 41.1, c.authority, vf, vsize)
    s.text(15, 48.5, "有效期限", lf, lsize, LABEL_BLUE)
    until = "长期" if c.valid_until == "long_term" else c.valid_until.strftime("%Y.%m.%d")
    s.text(31, 48.6, f"{c.valid_from:%Y.%m.%d}-{until}", vf, vsize)
    return s
