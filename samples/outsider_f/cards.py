"""Cards: 居民身份证 both faces and the 上海市居住证 card, at card proportions (85.6 × 54 mm)."""
import datetime as dt

from PIL import Image, ImageDraw, ImageFilter

from .draw import Page, guilloche, qr
from .fonts import font

CW, CH = 1284, 810
BLUE = (70, 120, 175)


def _portrait(rng, w, h, female):
    im = Image.new("RGB", (w, h), rng.choice([(232, 236, 240), (240, 240, 236), (225, 232, 240)]))
    d = ImageDraw.Draw(im)
    skin = rng.choice([(226, 196, 170), (214, 180, 150), (236, 206, 184)])
    hair = rng.choice([(30, 25, 25), (50, 40, 35), (20, 20, 22)])
    d.ellipse([w * 0.08, h * 0.72, w * 0.92, h * 1.3], fill=rng.choice([(40, 50, 70), (220, 220, 225), (90, 60, 50)]))
    d.rectangle([w * 0.4, h * 0.55, w * 0.6, h * 0.78], fill=skin)
    if female:
        d.ellipse([w * 0.18, h * 0.08, w * 0.82, h * 0.78], fill=hair)
    d.ellipse([w * 0.26, h * 0.14, w * 0.74, h * 0.66], fill=skin)
    d.pieslice([w * 0.24, h * 0.08, w * 0.76, h * 0.5], 180, 360, fill=hair)
    return im.filter(ImageFilter.GaussianBlur(1.2))


def _digits(number):
    return number


def id_front(rng, f):
    """f: id_card fields."""
    im = guilloche(rng, CW, CH, base=(242, 244, 238), ink=(214, 222, 210))
    p = Page(CW, CH)
    p.img, p.d = im, ImageDraw.Draw(im)
    face = rng.choice(["sans", "microhei", "zenhei"])
    lab, val = "sans", face
    x0, xv = 90, 250
    p.text((x0, 110), "姓  名", lab, 40, BLUE)
    p.text((xv, 102), f["name"], val, 54)
    p.text((x0, 215), "性  别", lab, 40, BLUE)
    p.text((xv, 210), f["sex"], val, 46)
    p.text((xv + 170, 215), "民  族", lab, 40, BLUE)
    p.text((xv + 330, 210), f["ethnicity"], val, 46)
    b = dt.date.fromisoformat(f["birth_date"])
    p.text((x0, 315), "出  生", lab, 40, BLUE)
    p.text((xv, 310), f"{b.year}", val, 46)
    p.text((xv + 140, 315), "年", lab, 40, BLUE)
    p.text((xv + 210, 310), f"{b.month}", val, 46)
    p.text((xv + 280, 315), "月", lab, 40, BLUE)
    p.text((xv + 345, 310), f"{b.day}", val, 46)
    p.text((xv + 415, 315), "日", lab, 40, BLUE)
    p.text((x0, 420), "住  址", lab, 40, BLUE)
    y = 415
    for line in p.wrap(f["address"], val, 44, 560):
        p.text((xv, y), line, val, 44)
        y += 64
    p.text((x0, 680), "公民身份号码", lab, 40, BLUE)
    p.text((x0 + 300, 670), f["id_number"], "mono", 56)
    photo = _portrait(rng, 330, 410, f["sex"] == "女")
    im.paste(photo, (880, 150))
    return im


def id_back(rng, f):
    im = guilloche(rng, CW, CH, base=(240, 242, 246), ink=(205, 214, 228))
    p = Page(CW, CH)
    p.img, p.d = im, ImageDraw.Draw(im)
    d = p.d
    d.ellipse([80, 60, 300, 280], outline=(200, 40, 40), width=10)
    d.ellipse([140, 120, 240, 220], fill=(220, 180, 60))
    p.text((430, 110), "中华人民共和国", "serif_bold", 74, (30, 30, 30))
    p.text((470, 250), "居 民 身 份 证", "sans_bold", 84, (30, 30, 30))
    p.text((230, 560), "签发机关", "sans", 40, (40, 40, 40))
    p.text((450, 555), f["issuing_authority"], rng.choice(["sans", "microhei"]), 44)
    p.text((230, 660), "有效期限", "sans", 40, (40, 40, 40))
    a = f["valid_from"].replace("-", ".")
    b = "长期" if f["valid_until"] == "long_term" else f["valid_until"].replace("-", ".")
    p.text((450, 655), f"{a}-{b}", rng.choice(["sans", "microhei"]), 44)
    return im


def permit_card(rng, f):
    """The card face of 上海市居住证 (with the holder's data) and its back with 签注."""
    im = Image.new("RGB", (CW, CH), (236, 244, 250))
    d = ImageDraw.Draw(im)
    for k in range(0, CH, 6):
        d.line([(0, k), (CW, k)], fill=(226 - k // 60, 238, 248), width=3)
    p = Page(CW, CH)
    p.img, p.d = im, d
    p.text((CW / 2, 70), "上海市居住证", "serif_bold", 70, (20, 60, 130), anchor="mt")
    face = rng.choice(["sans", "microhei", "zenhei"])
    rows = [("姓    名", f["name"]), ("公民身份号码", f["id_number"]), ("居住地址", f["residence_address"])]
    y = 220
    for lab, val in rows:
        p.text((80, y + 4), lab, "sans", 38, (70, 90, 120))
        lines = p.wrap(val, face, 42, 640) if lab == "居住地址" else [val]
        for line in lines:
            p.text((380, y), line, "mono" if lab.startswith("公民") else face, 42)
            y += 60
        y += 28
    p.text((80, 640), "签发机关", "sans", 34, (70, 90, 120))
    p.text((380, 636), "上海市公安局", face, 36)
    p.text((80, 700), "签发日期", "sans", 34, (70, 90, 120))
    p.text((380, 696), f["issue_date"].replace("-", "."), face, 36)
    im.paste(_portrait(rng, 280, 350, rng.random() < 0.5), (930, 230))
    return im


def permit_back(rng, f):
    im = Image.new("RGB", (CW, CH), (244, 246, 250))
    p = Page(CW, CH)
    p.img, p.d = im, ImageDraw.Draw(im)
    p.rect([80, 90, 300, 260], outline=(180, 150, 60), width=6, fill=(214, 190, 110), radius=20)
    p.text((380, 110), "签注信息", "sans_bold", 46, (20, 60, 130))
    p.rect([380, 200, 1200, 560], outline=(120, 140, 170), width=3)
    face = rng.choice(["sans", "microhei"])
    p.text((410, 240), "常住户口所在地住址：", "sans", 34, (70, 90, 120))
    y = 300
    for line in p.wrap(f["hukou_address"], face, 36, 760):
        p.text((410, y), line, face, 36)
        y += 54
    a = f["valid_from"].replace("-", ".")
    b = f["valid_until"].replace("-", ".")
    p.text((410, 470), f"有效期限：{a}至{b}", face, 36)
    p.text((80, 690), "本证仅限持证人本人使用，不得涂改、转借", "sans", 30, (110, 110, 120))
    return im


def rounded(card, radius=48):
    mask = Image.new("L", card.size, 0)
    ImageDraw.Draw(mask).rounded_rectangle([0, 0, card.width - 1, card.height - 1], radius=radius, fill=255)
    out = Image.new("RGBA", card.size)
    out.paste(card, (0, 0), mask)
    return out


def cards_on_a4(rng, cards, note=None, dpi=200):
    """A photocopy-style A4 holding several cards (and an optional handwritten 'same as original' note)."""
    w, h = int(8.27 * dpi), int(11.69 * dpi)
    p = Page(w, h)
    cw = int(w * rng.uniform(0.42, 0.52))
    side = rng.random() < 0.3 and len(cards) == 2
    y = int(h * rng.uniform(0.08, 0.14))
    for i, c in enumerate(cards):
        c = c.resize((cw, int(cw * c.height / c.width)))
        if side:
            x = int(w * 0.04) + i * (cw + int(w * 0.04))
            yy = y
        else:
            x = int((w - cw) / 2 + rng.uniform(-40, 40))
            yy = y
            y += c.height + int(h * rng.uniform(0.04, 0.08))
        p.img.paste(rounded(c), (x, yy), rounded(c))
        p.rect([x, yy, x + cw, yy + c.height], outline=(150, 150, 150), width=2, radius=40)
    if note:
        p.text((int(w * 0.25), int(h * 0.85)), note, rng.choice(["ukai", "kai", "wenkai"]), int(dpi * 0.28), (30, 40, 120))
    return p.img


def qr_stub(rng):
    return qr(rng, 160)
