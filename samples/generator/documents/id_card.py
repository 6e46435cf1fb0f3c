"""居民身份证: front and back cards, separately or copied together on A4."""
from __future__ import annotations

import random

from PIL import Image

from samples.generator.canvas import CARD_300DPI, Page, fmt_date
from samples.generator.documents.common import LABEL_BLUE
from samples.generator.normal import iso, norm_text
from samples.generator.rendered import RenderedDocument

CARD_BG = (236, 240, 236)


def front(person, rng: random.Random, face="hei") -> Page:
    page = Page(CARD_300DPI, CARD_BG)
    s, vs = 30, 34
    page.photo_placeholder((690, 90, 950, 420), rng)
    x, vx = 70, 200
    page.text((x, 80), "姓  名", s, face, fill=LABEL_BLUE)
    page.text((vx, 76), person.name, vs + 4, face)
    page.text((x, 150), "性  别", s, face, fill=LABEL_BLUE)
    page.text((vx, 146), person.sex, vs, face)
    page.text((330, 150), "民  族", s, face, fill=LABEL_BLUE)
    page.text((450, 146), person.ethnicity, vs, face)
    b = person.birth_date
    page.text((x, 220), "出  生", s, face, fill=LABEL_BLUE)
    page.text((vx, 216), f"{b.year} 年 {b.month} 月 {b.day} 日", vs, face)
    page.text((x, 290), "住  址", s, face, fill=LABEL_BLUE)
    page.wrapped((vx, 286), person.hukou_address, vs, 470, face, leading=1.35)
    page.text((x, 530), "公民身份号码", s, face, fill=LABEL_BLUE)
    page.text((330, 524), person.id_number, vs + 6, "sans")
    return page


def back(person, rng: random.Random, face="hei") -> Page:
    page = Page(CARD_300DPI, CARD_BG)
    page.draw.ellipse((60, 50, 200, 190), outline=(200, 60, 60), width=6)
    page.text((560, 90), "中华人民共和国", 52, "sans_bold", anchor="mt")
    page.text((560, 200), "居 民 身 份 证", 72, "sans_bold", anchor="mt")
    page.text((150, 420), "签发机关", 30, face, fill=LABEL_BLUE)
    page.text((330, 416), person.id_authority, 34, face)
    until = "长期" if person.id_valid_until == "long_term" else fmt_date(person.id_valid_until, "dot")
    page.text((150, 500), "有效期限", 30, face, fill=LABEL_BLUE)
    page.text((330, 496), f"{fmt_date(person.id_valid_from, 'dot')}-{until}", 34, face)
    return page


def truth(person) -> dict:
    return {
        "name": person.name, "sex": person.sex, "ethnicity": person.ethnicity, "birth_date": iso(person.birth_date),
        "address": norm_text(person.hukou_address), "id_number": person.id_number,
        "issuing_authority": person.id_authority, "valid_from": iso(person.id_valid_from),
        "valid_until": iso(person.id_valid_until),
    }


def cards(person, rng, **_):
    face = rng.choice(["hei", "sans"])
    pages = [front(person, rng, face), back(person, rng, face)]
    return RenderedDocument.from_pages("id_card", "cards", pages, truth(person))


def _on_a4(person, rng, layout, side_by_side: bool, note: bool):
    face = rng.choice(["hei", "sans"])
    sheet = Page()
    f, b = front(person, rng, face), back(person, rng, face)
    if side_by_side:
        scale = 1.15
        places = [(120, 500), (1250, 500)]
    else:
        scale = 1.5
        places = [(480, 300), (480, 1500)]
    for card, (x, y) in zip((f, b), places):
        w, h = round(card.width * scale), round(card.height * scale)
        sheet.image.paste(card.image.resize((w, h), Image.Resampling.LANCZOS), (x, y))
        sheet.draw.rectangle((x, y, x + w, y + h), outline=(90, 90, 90), width=3)
        for text, (x0, y0, x1, y1) in card.lines:
            sheet.lines.append((text, (x + round(x0 * scale), y + round(y0 * scale), x + round(x1 * scale), y + round(y1 * scale))))
    if note:
        sheet.text((500, 2750 if not side_by_side else 1700), "此复印件仅供办理居住证积分使用", 70, "kai", fill=(30, 40, 120))
    return RenderedDocument.from_pages("id_card", layout, [sheet], truth(person))


def a4_copy(person, rng, **_):
    return _on_a4(person, rng, "a4_copy", side_by_side=False, note=False)


def a4_copy_noted(person, rng, **_):
    return _on_a4(person, rng, "a4_copy_noted", side_by_side=True, note=True)


LAYOUTS = {"cards": cards, "a4_copy": a4_copy, "a4_copy_noted": a4_copy_noted}

DRAWS = {"id_card": LAYOUTS}
