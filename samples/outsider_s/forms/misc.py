"""Pages that are not packet documents: a shop receipt, a rental contract page, a bank slip."""
from .. import deco
from ..sheet import Sheet
from .common import Doc, Page, a4, fmt


def receipt(w, rng):
    s = Sheet(80, 160, bg=(250, 250, 247))
    y = 12
    s.text(40, y, rng.choice(["全家便利店", "联华超市", "罗森便利", "盒马鲜生"]), "sans_b", 5, anchor="m")
    y += 10
    s.text(6, y, f"日期：{fmt(w.as_of, 'dash')} 18:{rng.randint(10, 59)}", "mono", 3)
    y += 8
    tot = 0
    for _ in range(rng.randint(4, 9)):
        p = round(rng.uniform(2, 40), 2)
        tot += p
        s.text(6, y, rng.choice(["矿泉水", "饭团", "咖啡", "面包", "牛奶", "纸巾", "酸奶", "口香糖"]), "sans", 3.2)
        s.text(74, y, f"{p:.2f}", "mono", 3.2, anchor="r")
        y += 5.5
    s.line(6, y, 74, y, 0.2, dash=1)
    s.text(6, y + 7, "合计", "sans_b", 3.6)
    s.text(74, y + 7, f"{tot:.2f}", "mono", 3.6, anchor="r")
    s.text(40, y + 20, "谢谢惠顾，欢迎再次光临", "sans", 3, anchor="m")
    return s


def rental(w, rng):
    s = a4()
    s.text(105, 30, "上海市住房租赁合同", "serif_b", 8, anchor="m")
    s.text(25, 50, f"出租人（甲方）：{rng.choice(['陈', '王', '刘'])}{rng.choice(['建国', '美华', '志强'])}", "song", 4.3)
    s.text(25, 60, f"承租人（乙方）：{w.name}", "song", 4.3)
    y = s.para(25, 76, 160, f"甲方将坐落于{w.residence_address}的房屋出租给乙方使用。租赁期限自{fmt(w.c_start, 'cn')}起共十二个月，"
                             f"月租金人民币{rng.randint(25, 80) * 100}元。乙方应按时支付租金，甲方应保证房屋符合安全使用要求。", "song", 4.3, 1.9, indent=8.6)
    s.para(25, y + 6, 160, "乙方的财产由乙方自行保管。甲方应当在租赁期满前通知乙方是否续租。", "song", 4.3, 1.9, indent=8.6)
    return s


def draw(w, rng, kind):
    if kind == "receipt":
        return Doc("unknown", "receipt", [Page(receipt(w, rng), "slip")], {})
    return Doc("unknown", "rental_contract", [Page(rental(w, rng), "a4", pdf_ok=True)], {})
