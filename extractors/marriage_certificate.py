"""结婚证."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="marriage_certificate",
    label="结婚证",
    titles=kw(("结婚证", 5.0),),
    keywords=kw(("持证人", 1.5), ("登记日期", 1.0), ("结婚证字号", 2.0), ("婚姻登记", 1.5), ("国籍", 1.0), ("身份证件号", 1.0), ("申请结婚", 1.5), ("婚姻法", 1.0), ("民法典", 0.5)),
    excludes=("劳动合同", "常住人口登记卡", "离婚证"),
    min_score=5.0,
    fields=("holder_name", "spouse_name", "spouse_id_number", "registration_date"),
)
