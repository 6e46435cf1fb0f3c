"""Pages that are none of the documents: a receipt, a manual page, a notice."""
from __future__ import annotations

import random

from samples.generator.documents import Extra
from samples.generator.canvas import Page
from samples.generator.rendered import RenderedDocument


def receipt(person, rng: random.Random, **ov):
    page = Page((1200, 2400))
    y = 100
    for line in ["小杨生煎（徐汇店）", "欢迎光临", "单号：%06d" % rng.randint(0, 999999), "生煎包 4两  ×1   24.00", "牛肉粉丝汤  ×1   18.00",
                 "可乐  ×2   12.00", "合计：54.00", "微信支付：54.00", "谢谢惠顾，欢迎再次光临"]:
        page.text((100, y), line, 48, "hei")
        y += 110
    return RenderedDocument.from_pages("unknown", "receipt", [page])


def manual(person, rng, **ov):
    page = Page()
    page.text((200, 250), "Quick Start Guide 快速使用指南", 70, "sans_bold")
    body = ("1. 打开包装，取出主机和电源适配器。2. 将电源适配器连接至主机背面的电源接口。3. 长按电源键三秒开机，指示灯亮起表示设备已启动。"
            "4. 下载配套应用，按提示完成配网。注意：请勿在潮湿环境中使用本产品。保修期为一年，自购买之日起计算。")
    page.wrapped((200, 450), body, 48, 2080, "serif", leading=1.8)
    return RenderedDocument.from_pages("unknown", "manual", [page])


def notice(person, rng, **ov):
    page = Page()
    page.text((page.width // 2, 300), "关于小区停车管理的通知", 80, "hei", anchor="mt")
    body = ("各位业主：为改善小区停车秩序，自下月起实行车辆登记管理。请各位业主携带行驶证至物业服务中心办理登记，"
            "未登记车辆将无法进入地下车库。感谢大家的理解与配合。")
    page.wrapped((220, 600), body, 52, 2040, "hei", leading=1.9)
    page.text((1500, 1500), "物业服务中心", 52, "hei")
    return RenderedDocument.from_pages("unknown", "notice", [page])


LAYOUTS = {"receipt": receipt, "manual": manual, "notice": notice}

DRAWS = {"unknown": LAYOUTS}
EXTRAS = {"unknown": Extra(0.3)}
