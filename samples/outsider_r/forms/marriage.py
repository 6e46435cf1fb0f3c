"""结婚证 inner pages, photographed open (one spread) or as two pages."""
from ..canvas import Canvas, fit
from ..elements import seal, signature
from ..util import fmt_date, iso
from PIL import Image, ImageDraw, ImageFilter


def _couple_photo(rng):
    im = Image.new("RGB", (420, 300), (200, 30, 40))
    d = ImageDraw.Draw(im)
    for cx, tone, hair, cloth in [(140, (210, 175, 150), (30, 25, 25), (240, 240, 240)), (280, (200, 165, 140), (40, 30, 25), (250, 250, 250))]:
        d.polygon([(cx - 95, 300), (cx - 70, 215), (cx + 70, 215), (cx + 95, 300)], fill=cloth)
        d.ellipse([cx - 48, 70, cx + 48, 190], fill=tone)
        d.chord([cx - 52, 55, cx + 52, 140], 180, 360, fill=hair)
    return im.filter(ImageFilter.GaussianBlur(2))


def spread(d, rng):
    Wp, Hp = 560.0, 380.0
    bg = rng.choice([(250, 236, 232), (248, 240, 236), (252, 242, 240)])
    cv = Canvas(Wp, Hp, bg=bg)
    red = (190, 40, 50)
    for i in range(9):
        cv.line(0, 30 + i * 40, Wp, 50 + i * 40, width=0.3, color=(240, 210, 205))
    cv.line(Wp / 2, 0, Wp / 2, Hp, width=1.2, color=(210, 180, 175))
    f = rng.choice(["song", "serif", "sans", "ming", "kai"])
    lf = rng.choice(["song", "serif"])
    s = rng.uniform(10, 11.5)
    # left page
    x = 36
    y = 80
    h = d["holder"]
    sp = d["spouse"]
    w = cv.text(x, y, "持证人", lf, s, (80, 60, 60))
    cv.text(x + w + 12, y, h["name"], f, s * 1.1, field="holder_name")
    y += s * 3
    w = cv.text(x, y, "登记日期", lf, s, (80, 60, 60))
    cv.text(x + w + 12, y, fmt_date(d["registration_date"], rng.choice(["cn", "cn_nz", "iso"])), f, s * 1.05,
            field="registration_date", value=iso(d["registration_date"]))
    y += s * 3
    w = cv.text(x, y, "结婚证字号", lf, s, (80, 60, 60))
    cv.text(x + w + 12, y, d["cert_no"], "dejavu", s * 0.95)
    y += s * 3
    cv.text(x, y, "备注", lf, s, (80, 60, 60))
    y = Hp - 90
    cv.text(x, y, "婚姻登记员：", lf, s * 0.95, (80, 60, 60))
    signature(cv, x + s * 6.5, y + 2, d.get("clerk", "周慧"), rng.choice(["kai", "ukai"]), s * 1.3, rng=rng)
    seal(cv, Wp / 4 + 40, Hp - 120, 50, d["office"], "婚姻登记专用章", rng=rng, alpha=0.8)
    # right page
    cv.image(_couple_photo(rng), Wp / 2 + 40, 30, Wp - 40, 30 + (Wp / 2 - 80) * 300 / 420)
    y = 30 + (Wp / 2 - 80) * 300 / 420 + 24
    x = Wp / 2 + 30
    for person, is_spouse in [(h, False), (sp, True)]:
        w = cv.text(x, y, "姓名", lf, s * 0.9, (80, 60, 60))
        cv.text(x + w + 8, y, person["name"], f, s, field="spouse_name" if is_spouse else None)
        w = cv.text(x + 115, y, "性别", lf, s * 0.9, (80, 60, 60))
        cv.text(x + 115 + w + 8, y, person["sex"], f, s)
        y += s * 1.7
        w = cv.text(x, y, "国籍", lf, s * 0.9, (80, 60, 60))
        cv.text(x + w + 8, y, "中国", f, s)
        w = cv.text(x + 115, y, "出生日期", lf, s * 0.9, (80, 60, 60))
        cv.text(x + 115 + w + 6, y, fmt_date(person["birth"], "iso"), f, s * 0.9)
        y += s * 1.7
        w = cv.text(x, y, "身份证件号", lf, s * 0.9, (80, 60, 60))
        cv.text(x + w + 8, y, person["id_number"], "dejavu", fit(person["id_number"], "dejavu", s * 0.95, Wp - 40 - x - w - 8),
                field="spouse_id_number" if is_spouse else None, value=person["id_number"])
        y += s * 2.4
    return [cv]
