"""社保缴费记录."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="social_insurance_record",
    label="社保缴费记录",
    titles=kw(("社会保险", 2.0), ("缴费记录", 2.5), ("缴费情况", 2.0), ("参保", 1.0), ("养老保险", 1.5)),
    keywords=kw(
        ("缴费基数", 2.0), ("单位名称", 1.0), ("补缴", 1.0), ("缴费年月", 1.5), ("费款所属期", 1.5), ("医疗保险", 0.5),
        ("失业保险", 0.5), ("个人缴纳", 1.0), ("单位缴纳", 1.0), ("缴费状态", 1.0), ("社保", 1.0), ("正常缴费", 1.0),
        ("参保人", 1.0), ("社会保障", 0.5),
    ),
    excludes=("劳动合同书", "常住人口登记卡", "税款所属期"),
    multi_page=True,
    min_score=5.0,
    continue_score=2.5,
    fields=("name", "id_number"),
    row_fields=("month", "employer", "base", "back_payment"),
)
