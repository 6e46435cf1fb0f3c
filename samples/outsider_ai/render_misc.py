"""Pages that are not documents of the packet: a shop receipt, a rental
contract (with its own 甲方/乙方 and dates), blank backs."""
import datetime as dt
import numpy as np
from PIL import Image

from .draw import Sheet
from . import people as P
from . import seal


def receipt(rng, who):
    sh = Sheet(80, 170, 203)
    shop = rng.choice(["全家便利店", "罗森便利店", "联华超市", "好德便利", "盒马鲜生"])
    sh.text(40, 12, shop, "hei_bold", 14, anchor="ms")
    sh.text(40, 19, "%s店" % rng.choice(["张杨路", "漕溪北路", "共康路", "真北路"]), "hei", 9, anchor="ms")
    d = dt.date(2026, 11, rng.randint(1, 30))
    sh.text(5, 28, "日期：%s %02d:%02d" % (d.isoformat(), rng.randint(7, 22), rng.randint(0, 59)), "mhei", 8.5)
    sh.text(5, 33, "单号：%012d" % rng.randint(0, 10 ** 12 - 1), "mhei", 8.5)
    sh.dashed(4, 37, 76)
    items = rng.sample([("矿泉水550ml", 2.0), ("饭团(金枪鱼)", 7.5), ("拿铁咖啡", 12.0), ("纸巾", 3.5), ("酸奶", 6.8),
                        ("面包", 8.9), ("口香糖", 9.9), ("关东煮", 11.0), ("雨伞", 29.9)], 5)
    y, tot = 43, 0.0
    for name, price in items:
        q = rng.choice([1, 1, 2])
        sh.text(5, y, name, "mhei", 9)
        sh.text(50, y, "x%d" % q, "mhei", 9)
        sh.text(75, y, "%.2f" % (price * q), "mhei", 9, anchor="rs")
        tot += price * q
        y += 6
    sh.dashed(4, y, 76)
    sh.text(5, y + 7, "合计", "hei_bold", 10)
    sh.text(75, y + 7, "¥%.2f" % tot, "hei_bold", 10, anchor="rs")
    sh.text(5, y + 14, "支付方式：%s" % rng.choice(["微信支付", "支付宝", "银联"]), "mhei", 9)
    sh.text(40, y + 26, "谢谢惠顾，欢迎再次光临", "mhei", 8.5, anchor="ms")
    return sh.img


def rental_contract(rng, who, dpi):
    """Page 1 of a 房屋租赁合同: 甲方/乙方 and dates that are not a labour contract."""
    sh = Sheet(210, 297, dpi)
    font = rng.choice(["song", "hei"])
    sh.text(105, 35, "上海市住房租赁合同", "song_bold", 18, anchor="ms")
    landlord = P.pick_name(rng, rng.choice(["男", "女"]))
    s = dt.date(2026, rng.randint(1, 9), 1)
    e = dt.date(s.year + 1, s.month, 1) - dt.timedelta(days=1)
    y = 55
    for line in ["甲方（出租人）：%s" % landlord, "乙方（承租人）：%s" % who["name"],
                 "身份证号码：%s" % who["idn"]]:
        sh.text(25, y, line, font, 12)
        y += 10
    paras = ["甲、乙双方在平等、自愿、协商一致的基础上，就乙方承租甲方可依法出租的房屋事宜，订立本合同。",
             "一、房屋坐落：%s，建筑面积%d平方米。" % (who["sh_addr"], rng.randint(25, 90)),
             "二、租赁期限：自%s起至%s止。租赁期满，甲方有权收回房屋，乙方如要求续租，应提前一个月书面通知甲方。"
             % (P.cn_date(s), P.cn_date(e)),
             "三、租金：每月人民币%d元，按月支付，乙方应于每月5日前支付当月租金。押金为两个月租金。" % rng.choice([3500, 4200, 5800, 6500]),
             "四、乙方应合理使用房屋及其附属设施，不得擅自改变房屋结构和用途。因乙方使用不当造成损坏的，乙方应负责修复或赔偿。",
             "五、甲方应保证房屋及设施的安全，并负责房屋主体结构的维修。"]
    y += 4
    for p in paras:
        y = sh.para(25, y, 160, p, font, 11.5, 1.9) + 2
    sh.text(105, 285, "第 1 页 共 4 页", font, 9, (80, 80, 80), "ms")
    return sh.img


def blank_page(rng, dpi, bleed=None):
    """The blank back of a duplex scan: paper tone, noise, maybe faint
    show-through of the front (mirrored, very light)."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    nr = np.random.default_rng(rng.getrandbits(32))
    a = np.full((H, W), rng.uniform(244, 252), np.float32) + nr.normal(0, 2.0, (H, W))
    if bleed is not None:
        b = np.asarray(bleed.convert("L").resize((W, H)).transpose(Image.FLIP_LEFT_RIGHT)).astype(np.float32)
        a -= (255 - b) * 0.035
    return Image.fromarray(np.repeat(a.clip(0, 255).astype(np.uint8)[..., None], 3, axis=2))
