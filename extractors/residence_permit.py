"""上海市居住证 (the card, or its information page)."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="residence_permit",
    label="上海市居住证",
    titles=kw(("上海市居住证", 4.0), ("居住证", 2.5)),
    keywords=kw(
        ("常住户口所在地", 2.0), ("户籍地址", 2.0), ("居住地住址", 2.0), ("居住地址", 1.5), "签发日期",
        "有效期限", "有效期", "公民身份号码", "姓名", ("居住证号", 1.5), ("签发机关", 0.5),
    ),
    excludes=("常住人口登记卡", "劳动合同", "纳税记录", "个人所得税", "积分申请表", "缴费记录"),
    min_score=5.0,
    fields=("name", "id_number", "hukou_address", "residence_address", "issue_date", "valid_from", "valid_until"),
)
