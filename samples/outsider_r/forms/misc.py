"""Pages that are not documents of the packet (SPEC type `unknown`): shop receipt, rental contract, bank slip."""
from ..canvas import Canvas
from ..elements import seal
from ..layout import A4, paragraph
from ..util import fmt_date, money


def receipt(rng, date, addr):
    cv = Canvas(165, 430, bg=(250, 250, 246))
    f = rng.choice(["zenhei", "microhei", "sans"])
    y = 30
    shop = rng.choice(["便利蜂", "全家福超市", "邻里便利店", "好又多生鲜"]) + "（" + rng.choice(["锦秋路店", "华益路店", "晨阳店"]) + "）"
    cv.text(82, y, shop, f, 9.5, anchor="m")
    y += 20
    cv.text(10, y, "地址：" + addr[:14], f, 7)
    y += 12
    cv.text(10, y, "时间：" + fmt_date(date, "iso") + " %02d:%02d" % (rng.randint(7, 22), rng.randint(0, 59)), f, 7)
    y += 8
    cv.line(8, y, 157, y, width=0.4)
    y += 14
    tot = 0
    for _ in range(rng.randint(4, 9)):
        item = rng.choice(["矿泉水550ml", "饭团", "酸奶", "面包", "纸巾", "咖啡", "苹果", "鸡胸肉", "牛奶1L", "口香糖"])
        p = rng.randint(2, 30) + rng.choice([0, 0.5, 0.9])
        tot += p
        cv.text(10, y, item, f, 7.5)
        cv.text(155, y, money(p), "dejavu", 7, anchor="r")
        y += 12
    cv.line(8, y, 157, y, width=0.4)
    y += 14
    cv.text(10, y, "合计", f, 8.5)
    cv.text(155, y, money(tot), "dejavu", 8, anchor="r")
    y += 14
    cv.text(10, y, "支付方式：微信支付", f, 7)
    y += 20
    cv.text(82, y, "谢谢惠顾，欢迎再次光临", f, 7, anchor="m")
    return [cv]


def rental_contract(rng, tenant, addr, landlord, start):
    cv = Canvas(*A4)
    f = rng.choice(["song", "ming", "zenhei"])
    cv.text(A4[0] / 2, 80, "房屋租赁合同", "serif_b", 20, anchor="m")
    y = 130
    for s in ["出租方（甲方）：" + landlord, "承租方（乙方）：" + tenant,
              "根据《中华人民共和国民法典》及有关规定，甲乙双方在平等、自愿、协商一致的基础上，就房屋租赁事宜达成如下协议："]:
        y = paragraph(cv, 70, y, A4[0] - 140, s, f, 11.5, gap=1.8, indent=0) + 6
    clauses = ["第一条 甲方将位于%s的房屋出租给乙方居住使用。" % addr,
               "第二条 租赁期限自%s起至%s止。" % (fmt_date(start, "cn_nz"), fmt_date(start.replace(year=start.year + 1), "cn_nz")),
               "第三条 月租金为人民币%d元整，按季度支付，乙方应于每季度首月五日前支付。" % rng.choice([3800, 4500, 5200, 6800]),
               "第四条 乙方应合理使用房屋及其附属设施，因乙方使用不当造成损坏的，乙方应负责修复或赔偿。",
               "第五条 租赁期间，水、电、燃气、物业管理等费用由乙方承担。",
               "第六条 甲方应保证出租房屋的权属清楚，乙方的财产由乙方自行保管。"]
    for c in clauses:
        y = paragraph(cv, 70, y, A4[0] - 140, c, f, 11.5, gap=1.8) + 4
    y += 40
    cv.text(70, y, "甲方（签字）：", f, 11.5)
    cv.text(330, y, "乙方（签字）：", f, 11.5)
    return [cv]


def bank_slip(rng, name, date):
    cv = Canvas(A4[0], A4[1] / 2.2)
    f = rng.choice(["song", "zenhei", "microhei"])
    bank = rng.choice(["申城银行", "江海商业银行", "浦融银行"])
    cv.text(A4[0] / 2, 50, bank + " 个人业务回单", f, 15, anchor="m")
    y = 90
    for a, b in [("交易日期", fmt_date(date, "iso")), ("户名", name), ("账号", "6228 **** **** %04d" % rng.randint(0, 9999)),
                 ("交易类型", "转账汇款"), ("金额", "CNY %s" % money(rng.randint(500, 9000))), ("摘要", rng.choice(["房租", "转账", "还款"]))]:
        cv.text(70, y, a + "：", f, 10.5)
        cv.text(160, y, b, f, 10.5)
        y += 22
    seal(cv, A4[0] - 140, 170, 40, bank + "电子回单专用章", "", rng=rng)
    return [cv]
