"""结婚证 inner page: 持证人, 登记日期, 结婚证字号, both persons, a photo, the registry seal."""
from .. import deco
from ..sheet import Sheet
from .common import Doc, Page, fmt


def draw(w, rng):
    sh = Sheet(180, 125, bg=(253, 246, 240))
    sh.image(0, 0, 180, 125, deco.guilloche(rng, 900, 625, (240, 190, 180), 90))
    sh.line(90, 4, 90, 121, 0.5, (200, 170, 160))
    lf, vf = "song", rng.choice(["sans", "song", "serif"])
    lc = (120, 60, 50)
    sh.text(10, 20, "持证人", lf, 3.4, lc)
    sh.text(28, 20, w.name, vf, 4.2)
    sh.text(10, 34, "登记日期", lf, 3.4, lc)
    sh.text(28, 34, fmt(w.marriage_date, rng.choice(["cn", "cn0"])), vf, 4.0)
    sh.text(10, 48, "结婚证字号", lf, 3.4, lc)
    sh.text(30, 48, w.marriage_no, "sans", 3.6)
    sh.text(10, 62, "备注", lf, 3.4, lc)
    sh.image(20, 75, 70, 115, deco.seal(rng, w.marriage_office, "婚姻登记专用章"), mode="multiply")
    photo = Sheet(70, 42, bg=(200, 30, 40))
    ph = photo.to_image(6)
    p1, p2 = deco.portrait(rng, 160, 200, (200, 30, 40)), deco.portrait(rng, 160, 200, (200, 30, 40))
    ph.paste(p1, (40, 50), p1)
    ph.paste(p2, (210, 50), p2)
    sh.image(100, 8, 170, 50, ph)
    people = [(w.name, w.sex, w.birth, w.id_number), (w.spouse.name, w.spouse.sex, w.spouse.birth, w.spouse.id_number)]
    if rng.random() < 0.5:
        people.reverse()
    y = 62
    for nm, sx, b, num in people:
        sh.text(98, y, "姓名", lf, 3.0, lc)
        sh.text(110, y, nm, vf, 3.8)
        sh.text(135, y, "性别", lf, 3.0, lc)
        sh.text(146, y, sx, vf, 3.6)
        sh.text(98, y + 8, "国籍", lf, 3.0, lc)
        sh.text(110, y + 8, "中国", vf, 3.6)
        sh.text(128, y + 8, "出生日期", lf, 3.0, lc)
        sh.text(143, y + 8, fmt(b, "dash"), vf, 3.2)
        sh.text(98, y + 16, "身份证件号", lf, 3.0, lc)
        sh.text(115, y + 16, num, "sans", 3.2)
        y += 28
    f = {"holder_name": w.name, "spouse_name": w.spouse.name, "spouse_id_number": w.spouse.id_number,
         "registration_date": w.marriage_date.isoformat()}
    return Doc("marriage_certificate", "inner_page", [Page(sh, "booklet")], f)
