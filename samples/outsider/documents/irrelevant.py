"""Pages that are not documents of the packet but are handed in anyway: a shop receipt, a page of a rental contract
(its 甲方/乙方 and term name the applicant and dates, and must not be taken as the labour contract), a bank slip, a
blank back page with the next sheet showing through. All legible, all `unknown`."""
from __future__ import annotations

import random

from samples.outsider import people
from samples.outsider.dates import add_years, days, ymd
from samples.outsider.documents.common import Drawn, DrawnPage, Style, face
from samples.outsider.sheet import GREY, Sheet
from samples.outsider.story import Story


def draw(rng: random.Random, kind: str, story: Story) -> Drawn:
    return {"receipt": _receipt, "rental": _rental, "bank_slip": _bank_slip, "blank": _blank}[kind](rng, story)


def _receipt(rng: random.Random, story: Story) -> Drawn:
    s = Sheet(80, 170, "receipt", (250, 250, 246))
    f = face(rng, "hei")
    shop = rng.choice(("好德便利", "联华超市", "全家便利店", "罗森")) + f"（{rng.choice(('张杨路', '莘庄', '五角场'))}店）"
    s.text(40, 12, shop, f, 11, anchor="c")
    y = 22
    for line in (f"交易时间：{ymd(story.as_of - days(rng.randint(1, 20)), 'dash')} {rng.randint(8, 22)}:{rng.randint(0, 59):02d}",
                 f"单号：{rng.randint(10**11, 10**12)}", "-" * 32):
        s.text(6, y, line, f, 8)
        y += 6
    total = 0.0
    for item in rng.sample(["矿泉水550ml", "饭团", "酸奶", "纸巾", "咖啡", "面包", "口香糖", "关东煮", "牛奶"], 5):
        price = rng.randint(2, 18) + rng.choice((0, 0.5, 0.9))
        total += price
        s.text(6, y, item, f, 8.5)
        s.text(74, y, f"{price:.2f}", f, 8.5, anchor="r")
        y += 6
    s.text(6, y + 4, f"合计：{total:.2f}", f, 10)
    s.text(6, y + 12, f"支付方式：{rng.choice(('微信支付', '支付宝', '现金'))}", f, 8.5)
    s.text(40, y + 26, "谢谢惠顾 欢迎再次光临", f, 8.5, anchor="c")
    return Drawn("unknown", "shop_receipt", [DrawnPage(s)], "receipt")


def _rental(rng: random.Random, story: Story) -> Drawn:
    st = Style.pick(rng, size=(10.5, 11.5))
    s = Sheet(210, 297, "a4")
    p = story.person
    landlord = people.person_name(rng, rng.random() < 0.5)
    landlord_id = people.id_number(rng, rng.choice(people.REGIONS), p.born - days(rng.randint(3000, 9000)), False)
    start = story.as_of - days(rng.randint(100, 500))
    s.text(105, 30, "房屋租赁合同", st.title, 20, anchor="c", spacing=2)
    y = 48
    for line in (f"出租方（甲方）：{landlord}", f"身份证号码：{landlord_id}", f"承租方（乙方）：{p.name}",
                 f"身份证号码：{p.id_number}"):
        s.text(25, y, line, st.body, st.size)
        y += 8
    text = (f"根据《中华人民共和国民法典》及有关规定，甲、乙双方在平等、自愿的基础上，就乙方承租甲方房屋事宜达成如下协议："
            f"一、甲方将坐落于{p.residence_address}的房屋出租给乙方居住使用，建筑面积{rng.randint(30, 90)}平方米。"
            f"二、租赁期限自{ymd(start)}起至{ymd(add_years(start, 1) - days(1))}止。"
            f"三、月租金为人民币{rng.randint(25, 90) * 100}元，按季支付，押金为一个月租金。"
            "四、租赁期间，乙方应合理使用房屋及设施，不得擅自改变房屋结构和用途；因乙方使用不当造成损坏的，乙方负责修复或赔偿。"
            "五、租赁期满，乙方应将房屋及设施完好交还甲方；乙方如需续租，应提前一个月书面通知甲方。")
    s.paragraph(25, y + 6, text, st.body, st.size, 160, 1.9, indent=2)
    s.text(105, 285, "第 1 页 共 3 页", st.body, 9, anchor="c")
    return Drawn("unknown", "rental_contract_page", [DrawnPage(s)], "paper")


def _bank_slip(rng: random.Random, story: Story) -> Drawn:
    st = Style.pick(rng, size=(9, 10))
    s = Sheet(210, 100, "a4", (252, 252, 250))
    bank = rng.choice(("上海浦江银行", "东方商业银行", "申城农村商业银行"))
    s.text(105, 14, f"{bank}  个人业务回单", st.title, 13, anchor="c")
    rows = [("交易日期", ymd(story.as_of - days(rng.randint(1, 60)), "dash")), ("户名", story.person.name),
            ("账号", f"6217 {rng.randint(1000, 9999)} **** {rng.randint(1000, 9999)}"),
            ("交易类型", rng.choice(("转账汇款", "代发工资", "跨行转出"))), ("金额", f"CNY {rng.randint(500, 30000)}.00"),
            ("摘要", rng.choice(("房租", "生活费", "工资"))), ("流水号", f"{rng.randint(10**15, 10**16)}")]
    y = 26
    for k, (a, b) in enumerate(rows):
        x = 15 if k % 2 == 0 else 110
        s.text(x, y, f"{a}：{b}", st.body, st.size)
        if k % 2 == 1:
            y += 9
    s.text(15, 92, "本回单仅供参考，不作为收款方发货依据。", st.body, 8, GREY)
    return Drawn("unknown", "bank_slip", [DrawnPage(s)], "paper")


def _blank(rng: random.Random, story: Story) -> Drawn:
    s = Sheet(210, 297, "a4", (253, 253, 251))
    f = face(rng, "song")
    for k in range(rng.randint(6, 14)):  # the next sheet shows through, mirrored and faint
        s.text(180, 40 + k * 9, "　" * rng.randint(0, 3) + "乙方应当遵守甲方依法制定的规章制度"[::-1], f, 10.5,
               (236, 236, 236), anchor="r")
    return Drawn("unknown", "blank_back_page", [DrawnPage(s)], "paper")
