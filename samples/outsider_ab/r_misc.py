"""结婚证 inner pages (open), a shop receipt, blank backs: PIL drawings."""
import datetime as dt

import numpy as np
from PIL import Image, ImageDraw

from .draw import Canvas, seal, stamp, portrait, guilloche, font
from . import people as P

D = dt.date.fromisoformat


def marriage_spread(f, ctx, rng):
    K = 12.0
    W, H = 196, 136
    c = Canvas(W, H, K, bg=(150, 30, 35))
    # two inner pages
    for x0 in (4, 100):
        c.rect(x0, 4, x0 + 92, H - 4, outline=None, fill=(250, 238, 232))
        guilloche(c, x0, 4, x0 + 92, H - 4, (240, 215, 210), rng, n=20, amp=1.4)
        c.rect(x0 + 3, 7, x0 + 89, H - 7, w=0.4, outline=(200, 120, 110))
    c.rect(96, 4, 100, H - 4, outline=None, fill=(120, 25, 30))
    vf = rng.choice(["sans", "serif", "song", "microhei"])
    lab = (120, 60, 50)
    reg = D(f["registration_date"])
    # left page
    c.text(14, 26, "持证人", 3.4, "sans", lab)
    c.text(34, 26.2, f["holder_name"], 4.0, vf)
    c.text(14, 38, "登记日期", 3.4, "sans", lab)
    c.text(34, 38.2, f"{reg.year}年{reg.month:02d}月{reg.day:02d}日", 3.6, vf)
    c.text(14, 50, "结婚证字号", 3.4, "sans", lab)
    area = ctx["area"]
    c.text(38, 50.2, f"J{area[0]}-{reg.year}-{rng.randint(1, 9999):06d}", 3.3, "mono")
    c.text(14, 62, "备注", 3.4, "sans", lab)
    c.text(14, 112, "婚姻登记员：", 3.0, "sans", lab)
    c.text(36, 112.3, P.pick_name(rng, rng.random() < 0.5), 3.6, "kai", (20, 30, 100))
    office = f"{area[2] or area[1]}{area[3]}民政局" if area[3].endswith("区") else f"{area[3]}民政局"
    s = seal(int(34 * K), office, "婚姻登记专用章", rng=rng, fk="song")
    c.img = stamp(c.img, s, 62 * K, 92 * K, rng)
    c.d = ImageDraw.Draw(c.img)
    # right page: photo and the two persons
    ph = Image.new("RGB", (int(50 * K), int(34 * K)), (200, 30, 40))
    p1 = portrait(int(22 * K), int(30 * K), rng, bg=(200, 30, 40))
    p2 = portrait(int(22 * K), int(30 * K), rng, bg=(200, 30, 40))
    ph.paste(p1, (int(3 * K), int(4 * K)))
    ph.paste(p2, (int(25 * K), int(4 * K)))
    c.paste(ph, 121, 10)
    holder_male = ctx["male"]
    people = [(f["holder_name"], ctx["sex"], ctx["birth"], ctx["id"]),
              (f["spouse_name"], ctx["sp_sex"], ctx["sp_birth"], f["spouse_id_number"])]
    if not holder_male:
        people = people[::-1]
    y = 54
    for nm, sx, bd, idn in people:
        c.text(106, y, "姓名", 2.9, "sans", lab); c.text(118, y, nm, 3.4, vf)
        c.text(146, y, "性别", 2.9, "sans", lab); c.text(157, y, sx, 3.4, vf)
        c.text(106, y + 7, "国籍", 2.9, "sans", lab); c.text(118, y + 7, "中国", 3.4, vf)
        c.text(146, y + 7, "出生日期", 2.9, "sans", lab)
        c.text(162, y + 7, bd.isoformat(), 3.0, vf)
        c.text(106, y + 14, "身份证件号", 2.9, "sans", lab)
        c.text(124, y + 14, idn, 3.4, "mono", spacing=0.15)
        y += 30
    return c.img, {"mar": (0.0, 0.0, 1.0, 1.0)}


def receipt(ctx, rng):
    K = 12.0
    W, H = 76, 150
    c = Canvas(W, H, K, bg=(252, 252, 248))
    shop = rng.choice(["全家便利店", "罗森便利店", "联华超市", "好德便利", "盒马鲜生"])
    y = 12
    c.text(W / 2, y, shop, 4.8, rng.choice(["sans_b", "smiley"]), anchor="ms")
    y += 7
    c.text(W / 2, y, f"{ctx['sh_dist']}{P.road(rng)}店", 2.8, "sans", anchor="ms")
    y += 6
    when = ctx["as_of"] - dt.timedelta(days=rng.randint(1, 30))
    c.text(5, y, f"日期：{when.isoformat()} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}", 2.8, "sans")
    y += 5
    c.text(5, y, f"单号：{rng.randint(10 ** 11, 10 ** 12 - 1)}", 2.8, "sans")
    y += 4
    c.line(4, y, W - 4, y, 0.2)
    y += 6
    tot = 0
    for item in rng.sample(["矿泉水 550ml", "饭团 金枪鱼", "酸奶", "面包", "咖啡 拿铁", "口香糖", "纸巾", "关东煮"], 4):
        pr = rng.randint(3, 25) + rng.choice([0, 0.5, 0.9])
        tot += pr
        c.text(5, y, item, 3.0, "sans")
        c.text(W - 5, y, f"{pr:.2f}", 3.0, "mono", anchor="rs")
        y += 6
    c.line(4, y, W - 4, y, 0.2)
    y += 7
    c.text(5, y, "合计", 3.4, "sans_b")
    c.text(W - 5, y, f"{tot:.2f}", 3.4, "mono", anchor="rs")
    y += 7
    c.text(5, y, "支付方式：微信支付", 2.8, "sans")
    y += 12
    c.text(W / 2, y, "谢谢惠顾  欢迎再次光临", 2.8, "sans", anchor="ms")
    return c.img


def blank_back(prev, rng, pxmm_out=150 / 25.4, size_mm=(210, 297)):
    W, H = int(size_mm[0] * pxmm_out), int(size_mm[1] * pxmm_out)
    base = np.ones((H, W, 3), np.float32) * np.array([rng.uniform(243, 250)] * 3, np.float32)
    if prev is not None:
        bleed = np.asarray(prev.convert("L").resize((W, H)).transpose(Image.FLIP_LEFT_RIGHT)).astype(np.float32)
        base -= ((255 - bleed) * rng.uniform(0.02, 0.04))[..., None]
    base += np.random.default_rng(rng.randint(0, 2 ** 31)).normal(0, 2, base.shape)
    return Image.fromarray(np.clip(base, 0, 255).astype(np.uint8))
