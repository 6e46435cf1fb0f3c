"""Cards: 居民身份证 (人像面 / 国徽面), 上海市居住证 card (front / back)."""
from ..canvas import Canvas, wrap, fit
from ..elements import portrait, guilloche, emblem, chip
from ..util import fmt_date, iso, norm

CARD_W, CARD_H = 242.6, 153.0  # 85.6 x 54 mm in pt


def id_front(d, rng):
    W, H = CARD_W, CARD_H
    cv = Canvas(W, H, bg=(rng.randint(244, 252), rng.randint(246, 252), rng.randint(240, 250)))
    guilloche(cv, 0, 0, W, H, rng, colors=((205, 222, 238), (236, 218, 226), (222, 232, 214)), n=rng.randint(18, 30))
    cv.ellipse(W * 0.05, H * 0.1, W * 0.6, H * 0.95, fill=None, stroke=(220, 228, 240), width=0.4)
    lab = rng.choice([(90, 140, 200), (70, 125, 190), (110, 150, 205)])
    lf = rng.choice(["sans", "zenhei", "microhei"])
    vf = rng.choice(["sans", "serif", "zenhei", "song", "microhei"])
    s = H * rng.uniform(0.068, 0.078)
    vs = s * rng.uniform(1.0, 1.12)
    jx = rng.uniform(-0.01, 0.01) * W
    xl, xv = W * 0.065 + jx, W * 0.185 + jx
    y = H * rng.uniform(0.17, 0.2)
    cv.text(xl, y, "姓名", lf, s, lab, spacing=0.35)
    cv.text(xv, y, d["name"], vf, vs * 1.08, (0, 0, 0), spacing=0.15, field="name")
    y += H * 0.135
    cv.text(xl, y, "性别", lf, s, lab, spacing=0.35)
    cv.text(xv, y, d["sex"], vf, vs, field="sex")
    cv.text(W * 0.36, y, "民族", lf, s, lab, spacing=0.35)
    cv.text(W * 0.47, y, d["ethnicity"], vf, vs, field="ethnicity")
    y += H * 0.135
    b = d["birth"]
    cv.text(xl, y, "出生", lf, s, lab, spacing=0.35)
    x = xv
    w = cv.text(x, y, str(b.year), vf, vs, field="birth_date", value=iso(b))
    x += w + s * 0.35
    cv.text(x, y, "年", lf, s, lab)
    x += s * 1.45
    w = cv.text(x, y, str(b.month), vf, vs)
    x += max(w, vs * 0.6) + s * 0.45
    cv.text(x, y, "月", lf, s, lab)
    x += s * 1.45
    w = cv.text(x, y, str(b.day), vf, vs)
    x += max(w, vs * 0.6) + s * 0.45
    cv.text(x, y, "日", lf, s, lab)
    y += H * 0.14
    cv.text(xl, y, "住址", lf, s, lab, spacing=0.35)
    lines = wrap(d["address"], vf, vs, W * 0.6 - xv)
    for i, ln in enumerate(lines[:3]):
        cv.text(xv, y + i * vs * 1.45, ln, vf, vs)
    cv.log("address", norm(d["address"]))
    cv.text(xl, H * 0.88, "公民身份号码", lf, s, lab, spacing=0.1)
    sp = rng.uniform(0.05, 0.14)
    cv.text(W * 0.355, H * 0.885, d["id_number"], "ocrb", fit(d["id_number"], "ocrb", H * 0.085, W * 0.6, sp), (10, 10, 10),
            spacing=sp, field="id_number")
    ph = portrait(300, 370, rng, bg=(rng.randint(235, 250),) * 3, female=d["sex"] == "女")
    cv.image(ph, W * 0.62, H * 0.11, W * 0.92, H * 0.77)
    return cv


def id_back(d, rng):
    W, H = CARD_W, CARD_H
    cv = Canvas(W, H, bg=(rng.randint(244, 252), rng.randint(246, 252), rng.randint(240, 250)))
    guilloche(cv, 0, 0, W, H, rng, colors=((215, 228, 240), (240, 225, 215)), n=rng.randint(16, 26))
    emblem(cv, W * 0.15, H * 0.28, H * 0.15)
    tf = rng.choice(["serif_b", "sans_b", "song"])
    cv.text(W * 0.33, H * 0.27, "中华人民共和国", tf, H * 0.085, (20, 20, 20), spacing=0.45)
    cv.text(W * 0.28, H * 0.48, "居民身份证", tf, H * 0.145, (20, 20, 20), spacing=0.35)
    lab = rng.choice([(90, 140, 200), (70, 125, 190)])
    lf = rng.choice(["sans", "zenhei"])
    vf = rng.choice(["sans", "serif", "zenhei", "song"])
    s = H * 0.068
    lw = cv.text(W * 0.2, H * 0.77, "签发机关", lf, s, lab, spacing=0.2) + s * 0.8
    cv.text(W * 0.2 + lw, H * 0.77, d["authority"], vf, fit(d["authority"], vf, s * 1.05, W * 0.78 - lw), field="issuing_authority", value=norm(d["authority"]))
    cv.text(W * 0.2, H * 0.9, "有效期限", lf, s, lab, spacing=0.2)
    vfrom = fmt_date(d["valid_from"], "dot")
    cv.log("valid_from", iso(d["valid_from"]))
    if d["valid_until"] is None:
        until, uval = "长期", "long_term"
    else:
        until, uval = fmt_date(d["valid_until"], "dot"), iso(d["valid_until"])
    cv.text(W * 0.2 + lw, H * 0.9, vfrom + "-" + until, vf, s * 1.05, field="valid_until", value=uval)
    return cv


def permit_front(d, rng):
    W, H = CARD_W, CARD_H
    top = rng.choice([(215, 232, 240), (226, 236, 222), (236, 230, 214)])
    cv = Canvas(W, H, bg=top)
    for i in range(12):
        c = tuple(min(255, v + i * 2) for v in top)
        cv.rect(0, H * i / 12, W, H * (i + 1) / 12, fill=c)
    guilloche(cv, 0, H * 0.25, W, H, rng, colors=((200, 220, 230), (230, 230, 210)), n=14)
    tc = rng.choice([(20, 60, 130), (10, 80, 90), (120, 30, 30)])
    cv.text(W * 0.5, H * 0.15, "上海市居住证", rng.choice(["serif_b", "sans_b"]), H * 0.105, tc, anchor="m", spacing=0.3)
    cv.text(W * 0.5, H * 0.22, "SHANGHAI RESIDENCE PERMIT", "dejavu", H * 0.035, tc, anchor="m")
    lf = rng.choice(["sans", "zenhei", "song"])
    vf = rng.choice(["sans", "serif", "microhei"])
    s = H * 0.058
    lab = (60, 80, 100)
    x, xv = W * 0.05, W * 0.22
    y = H * 0.34
    rows = [("姓　　名", d["name"], "name", d["name"]), ("性　　别", d["sex"], None, None),
            ("公民身份号码", d["id_number"], "id_number", d["id_number"])]
    for lbl, v, f, val in rows:
        lw = cv.text(x, y, lbl, lf, s, lab)
        xx = max(xv, x + lw + s * 0.5)
        ff = vf if f != "id_number" else "ocrb"
        cv.text(xx, y, v, ff, fit(v, ff, s * 1.05, W * 0.7 - xx), field=f, value=val)
        y += H * 0.1
    cv.text(x, y, "居住地址", lf, s, lab)
    lines = wrap(d["residence_address"], vf, s * 1.05, W * 0.66 - xv)
    for i, ln in enumerate(lines[:3]):
        cv.text(xv, y + i * s * 1.4, ln, vf, s * 1.05)
    cv.log("residence_address", norm(d["residence_address"]))
    y += s * 1.4 * len(lines[:3]) + H * 0.03
    cv.text(x, y, "签发机关", lf, s, lab)
    cv.text(xv, y, d["office"], vf, s)
    y += H * 0.09
    if d.get("card_issue_shown", True):
        cv.text(x, y, "签发日期", lf, s, lab)
        cv.text(xv, y, fmt_date(d["issue_date"], rng.choice(["cn", "dot", "cn_nz"])), vf, s, field="issue_date",
                value=iso(d["issue_date"]))
    ph = portrait(280, 350, rng, bg=(245, 245, 245), female=d["sex"] == "女")
    cv.image(ph, W * 0.72, H * 0.3, W * 0.95, H * 0.72)
    return cv


def permit_back(d, rng):
    W, H = CARD_W, CARD_H
    cv = Canvas(W, H, bg=(238, 242, 246))
    guilloche(cv, 0, 0, W, H, rng, colors=((215, 225, 235),), n=10)
    chip(cv, W * 0.07, H * 0.32, W * 0.13, H * 0.2)
    tc = (40, 60, 90)
    lf = rng.choice(["sans", "zenhei"])
    vf = rng.choice(["sans", "song", "microhei"])
    cv.text(W * 0.6, H * 0.14, "签 注 信 息", lf, H * 0.07, tc, anchor="m")
    x0, x1 = W * 0.28, W * 0.95
    y = H * 0.22
    hdr = ["签注日期", "有效期至"]
    cv.rect(x0, y, x1, y + H * 0.1, stroke=tc, width=0.4)
    cv.text(x0 + (x1 - x0) * 0.25, y + H * 0.07, hdr[0], lf, H * 0.052, tc, anchor="m")
    cv.text(x0 + (x1 - x0) * 0.75, y + H * 0.07, hdr[1], lf, H * 0.052, tc, anchor="m")
    y += H * 0.1
    hist = d.get("history", [])
    for (a, b) in hist + [(d["valid_from"], d["valid_until"])]:
        cv.rect(x0, y, x1, y + H * 0.1, stroke=tc, width=0.4)
        cur = (a, b) == (d["valid_from"], d["valid_until"])
        cv.text(x0 + (x1 - x0) * 0.25, y + H * 0.07, fmt_date(a, "dot"), vf, H * 0.055, anchor="m",
                field="valid_from" if cur else None, value=iso(a))
        cv.text(x0 + (x1 - x0) * 0.75, y + H * 0.07, fmt_date(b, "dot"), vf, H * 0.055, anchor="m",
                field="valid_until" if cur else None, value=iso(b))
        y += H * 0.1
    cv.text(W * 0.5, H * 0.92, "本证仅限持证人本人使用，请妥善保管", lf, H * 0.045, (90, 90, 90), anchor="m")
    return cv
