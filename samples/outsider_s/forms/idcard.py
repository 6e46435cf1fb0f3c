"""居民身份证: 人像面 and 国徽面 as cards, or both on one A4 copy."""
from PIL import Image

from .. import deco
from ..sheet import Sheet, wrap
from .common import Doc, Page, a4, fmt, nd

LB = (70, 130, 190)


def front(w, rng, name=None, number=None):
    sh = Sheet(85.6, 54, bg=(246, 244, 236))
    sh.image(0, 0, 85.6, 54, deco.guilloche(rng, 860, 540, (170, 205, 225), 110))
    sh.rect(0.3, 0.3, 85.3, 53.7, (210, 210, 205), None, 0.3, radius=3)
    vf = rng.choice(["sans", "zenhei", "microhei", "serif"])
    lf = "sans"
    x0, xv = 6.5, 17.5
    sh.text(x0, 10, "姓  名", lf, 2.4, LB)
    sh.text(xv, 10, name or w.name, vf, 3.6, (10, 10, 10), spacing=0.3)
    sh.text(x0, 16.5, "性  别", lf, 2.4, LB)
    sh.text(xv, 16.5, w.sex, vf, 3.0, (10, 10, 10))
    sh.text(29, 16.5, "民  族", lf, 2.4, LB)
    sh.text(39, 16.5, w.ethnicity, vf, 3.0, (10, 10, 10))
    b = w.birth
    sh.text(x0, 23, "出  生", lf, 2.4, LB)
    sh.text(xv, 23, str(b.year), vf, 3.0, (10, 10, 10))
    sh.text(xv + 9.5, 23, "年", lf, 2.4, LB)
    sh.text(xv + 14.5, 23, str(b.month), vf, 3.0, (10, 10, 10), anchor="m")
    sh.text(xv + 17, 23, "月", lf, 2.4, LB)
    sh.text(xv + 22, 23, str(b.day), vf, 3.0, (10, 10, 10), anchor="m")
    sh.text(xv + 24.5, 23, "日", lf, 2.4, LB)
    sh.text(x0, 29.5, "住  址", lf, 2.4, LB)
    for i, ln in enumerate(wrap(w.id_address, 36, vf, 3.0)[:3]):
        sh.text(xv, 29.5 + i * 4.4, ln, vf, 3.0, (10, 10, 10))
    sh.text(x0, 47.5, "公民身份号码", lf, 2.4, LB)
    sh.text(27, 47.8, number or w.id_number, "ocrb", 3.5, (10, 10, 10), spacing=0.45)
    sh.image(56, 7, 80, 37, deco.portrait(rng, 240, 300, (238, 238, 232)))
    f = {"name": name or w.name, "sex": w.sex, "ethnicity": w.ethnicity, "birth_date": b.isoformat(),
         "address": w.id_address, "id_number": number or w.id_number}
    return sh, f


def back(w, rng):
    sh = Sheet(85.6, 54, bg=(246, 244, 236))
    sh.image(0, 0, 85.6, 54, deco.guilloche(rng, 860, 540, (200, 190, 170), 100))
    sh.rect(0.3, 0.3, 85.3, 53.7, (210, 210, 205), None, 0.3, radius=3)
    sh.image(6, 5, 22, 21, deco.emblem(rng, 200))
    sh.text(52, 13, "中华人民共和国", "serif_b", 5.0, (20, 20, 20), anchor="m", spacing=0.6)
    sh.text(52, 23, "居民身份证", "serif_b", 6.2, (20, 20, 20), anchor="m", spacing=2.2)
    sh.text(16, 40, "签发机关", "sans", 2.5, (30, 30, 30))
    sh.text(31, 40, w.id_authority, rng.choice(["sans", "zenhei"]), 3.0, (10, 10, 10))
    sh.text(16, 47, "有效期限", "sans", 2.5, (30, 30, 30))
    vu = w.id_valid_until
    sh.text(31, 47, f"{fmt(w.id_valid_from, 'dot')}-{fmt(vu, 'dot') if vu != 'long_term' else '长期'}", "sans", 3.0, (10, 10, 10))
    return sh, {"issuing_authority": w.id_authority, "valid_from": nd(w.id_valid_from), "valid_until": nd(vu)}


def draw(w, rng, layout):
    name = w.names.get("id_card")
    fs, ff = front(w, rng, name)
    bs, fb = back(w, rng)
    fields = dict(ff, **fb)
    if layout == "cards":
        return Doc("id_card", "cards", [Page(fs, "card"), Page(bs, "card")], fields)
    # A4 copy with both faces; sometimes with a note and a signature ("此复印件与原件一致")
    page = a4()
    sc = 12
    fi, bi = fs.to_image(sc, rng.randint(0, 9999)), bs.to_image(sc, rng.randint(0, 9999))
    if rng.random() < 0.5:
        page.image(62, 40, 62 + 85.6 * 1.05, 40 + 54 * 1.05, fi)
        page.image(62, 120, 62 + 85.6 * 1.05, 120 + 54 * 1.05, bi)
    else:
        page.image(15, 60, 15 + 85.6, 114, fi)
        page.image(109, 60, 109 + 85.6, 114, bi)
    if rng.random() < 0.6:
        page.text(60, 215, "此复印件与原件一致", "kai", 6, (30, 30, 110), hand=1.0)
        page.text(95, 228, w.name, "kai", 7, (30, 30, 110), hand=1.5)
    return Doc("id_card", "a4_copy", [Page(page, "a4")], fields)
