"""Tiny packets drawn in code for CLI and contract tests (realistic ones come from samples/).

The complete packet passes every rule at as-of 2026-11-22: a valid id number, tax rows 2026-05…2026-10."""
from __future__ import annotations

from pathlib import Path

from tests.drawing import draw_text_page

PAGES = {
    "id_card.png": ["中华人民共和国", "居民身份证", "签发机关 上海市公安局徐汇分局", "有效期限 2016.03.01-2036.03.01",
                    "姓名 王晓明", "性别 男 民族 汉", "出生 1990年3月7日", "住址 江苏省南通市崇川区青年中路88号",
                    "公民身份号码 320602199003071236"],
    "permit.png": ["上海市居住证信息", "姓名：王晓明", "公民身份号码：320602199003071236",
                   "常住户口所在地住址：江苏省南通市崇川区青年中路88号", "居住地住址：上海市徐汇区漕溪北路100弄5号301室",
                   "签发日期：2024年05月10日", "有效期限：2024年05月10日至2027年05月09日"],
    "hukou_cover.png": ["常住人口", "户口簿", "户别 家庭户", "户主姓名 王建国", "户号 012345678",
                        "住址 江苏省南通市崇川区青年中路88号", "承办人签章", "签发日期 2012年6月1日"],
    "hukou_member.png": ["常住人口登记卡", "姓名 王晓明", "户主或与户主关系 子", "曾用名", "性别 男", "出生地 江苏省南通市",
                         "民族 汉 籍贯 江苏南通", "出生日期 1990年3月7日", "公民身份证件编号 320602199003071236",
                         "文化程度 大学本科 婚姻状况 未婚", "服务处所 上海浦江信息技术有限公司", "登记日期 2008年9月1日"],
    "contract.png": ["劳动合同书", "甲方（用人单位）：上海浦江信息技术有限公司", "乙方（劳动者）：王晓明",
                     "第一条 合同期限", "本合同为固定期限劳动合同，自2025年3月1日起至2028年2月29日止。",
                     "第二条 工作内容和工作地点", "第三条 劳动报酬", "甲方每月15日前支付乙方工资。"],
    "tax.png": ["个人所得税纳税记录", "纳税人名称：王晓明", "纳税人识别号：320602199003071236",
                "申报日期 实缴(退)金额 入(退)库日期 所得项目 税款所属期 入库税务机关 备注",
                *[f"2026-{m + 1:02d}-10 120.00 2026-{m + 1:02d}-12 工资薪金所得 2026-{m:02d}-01至2026-{m:02d}-{end} "
                  "国家税务总局上海市徐汇区税务局" for m, end in ((5, 31), (6, 30), (7, 31), (8, 31), (9, 30), (10, 31))]],
}


def write_packet(folder: Path, names=None, dpi: int = 100) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, lines in PAGES.items():
        if names is None or name in names:
            draw_text_page(lines, dpi=dpi, font_pt=14).save(folder / name)
    return folder
