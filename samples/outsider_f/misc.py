"""Pages that are no document of the packet: a shop receipt, a rental contract page, a bank slip."""
import datetime as dt

from .draw import Page, qr


def receipt(rng):
    p = Page(700, 1500, bg=(250, 250, 246))
    face = rng.choice(["microhei", "sans"])
    shop = rng.choice(["全家便利店", "罗森便利", "联华超市", "盒马鲜生"])
    p.text((350, 60), shop, face, 44, anchor="mt")
    p.text((40, 150), f"单号：{rng.randint(10**9, 10**10 - 1)}", face, 26)
    p.text((40, 190), f"时间：2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d} {rng.randint(8, 22)}:{rng.randint(0, 59):02d}",
           face, 26)
    y, total = 260, 0.0
    for item in rng.sample(["矿泉水", "饭团", "牛奶", "面包", "咖啡", "纸巾", "酸奶", "口香糖"], 5):
        price = round(rng.uniform(2, 25), 1)
        total += price
        p.text((40, y), item, face, 28)
        p.text((660, y), f"{price:.2f}", face, 28, anchor="ra")
        y += 50
    p.text((40, y + 40), "合计", face, 32)
    p.text((660, y + 40), f"{total:.2f}", face, 32, anchor="ra")
    p.text((40, y + 120), "谢谢惠顾，欢迎再次光临", face, 26)
    p.img.paste(qr(rng, 200), (250, y + 200))
    return p.img


def rental(rng, person):
    p = Page(1240, 1754)
    face = rng.choice(["song", "sans"])
    p.text((620, 120), "房屋租赁合同", "serif_bold", 56, anchor="mt")
    y = 260
    y = p.para(100, y, f"出租方（甲方）：{rng.choice('王李赵')}{rng.choice(['国庆', '美华', '建平'])}", face, 30, 1040)
    y = p.para(100, y + 10, f"承租方（乙方）：{person['name']}", face, 30, 1040)
    y = p.para(100, y + 30, f"    甲方将坐落于{person['residence_address']}的房屋出租给乙方居住使用，租赁期限自"
                            f"{dt.date(2025, rng.randint(1, 12), 1):%Y年%m月%d日}起共十二个月，月租金人民币"
                            f"{rng.randint(30, 90) * 100}元整，按季支付。乙方应爱护房屋及设施，不得擅自转租。", face, 30, 1040,
               gap=1.9)
    p.para(100, y + 30, "    甲方应保证房屋权属清楚，乙方入住前甲方应结清水、电、燃气等费用。", face, 30, 1040, gap=1.9)
    return p.img


def bank_slip(rng, person):
    p = Page(1400, 800, bg=(244, 248, 252))
    face = rng.choice(["sans", "microhei"])
    p.text((700, 60), rng.choice(["中国工商银行", "招商银行", "中国建设银行"]) + " 个人业务回单", face, 44, anchor="mt")
    rows = [("户名", person["name"]), ("账号", f"6222 **** **** {rng.randint(1000, 9999)}"),
            ("交易金额", f"{rng.randint(100, 9000)}.00"), ("摘要", rng.choice(["转账", "房租", "还款"])),
            ("交易日期", f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}")]
    y = 180
    for a, b in rows:
        p.text((120, y), a, face, 32, (90, 90, 90))
        p.text((420, y), b, face, 34)
        y += 100
    return p.img
