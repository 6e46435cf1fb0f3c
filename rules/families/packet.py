"""Which documents a packet must hold (SPEC §4 packet.missing_document)."""
from __future__ import annotations

from extractors.registry import spec_for
from precheck.core.model import Severity
from rules.registry import CheckContext, Hit, rule

# 000 §五 A(一): first application; B(二): renewal.
REQUIRED_FIRST = ("id_card", "residence_permit", "hukou", "labour_contract", "tax_record")
REQUIRED_RENEWAL = ("id_card", "residence_permit", "labour_contract", "tax_record")

WHERE_TO_GET = {
    "id_card": "请补充居民身份证正反面的扫描件或照片。",
    "residence_permit": "请补充上海市居住证（卡片正面或居住证信息页）的扫描件。",
    "labour_contract": "请补充与现单位签订的劳动合同全部页面（含期限条款和签字盖章页）。",
    "tax_record": "请在个人所得税 App 或上海市税务局网站打印最近 6 个月的个人所得税纳税记录并补充。",
}


@rule("packet.missing_document", Severity.error, "000 §五 A(一), B(二)")
def missing_documents(context: CheckContext):
    """材料齐全
    首次申请需身份证、居住证、户口簿（首页及本人页）或集体户口户籍证明、劳动合同、纳税记录；续办不需户口簿。"""
    required = REQUIRED_FIRST if context.application == "first" else REQUIRED_RENEWAL
    for need in required:
        if need == "hukou":
            yield from _missing_hukou(context)
        elif not context.has(need):
            label = spec_for(need).label
            yield Hit(f"缺少{label}。", action=WHERE_TO_GET.get(need))


def _missing_hukou(context: CheckContext):
    if context.has("collective_hukou_certificate"):
        return
    cover = context.has("household_register_cover")
    member = context.has("household_register_member")
    if cover and member:
        return
    if not cover and not member:
        yield Hit("缺少户口簿首页和本人页（集体户口者为户籍证明）。", action="请补充户口簿首页（户主页）和本人常住人口登记卡页的扫描件；集体户口请提供户籍证明。")
    elif not cover:
        yield Hit("缺少户口簿首页（户主页）。", action="请补充户口簿首页的扫描件：积分受理核对居住证上的户籍地址与户口簿首页住址。")
    else:
        yield Hit("缺少户口簿本人页（常住人口登记卡）。", action="请补充户口簿中本人的常住人口登记卡页。")
