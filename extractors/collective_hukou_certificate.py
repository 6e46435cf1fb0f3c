"""集体户口 户籍证明."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="collective_hukou_certificate",
    label="集体户口户籍证明",
    titles=kw(("户籍证明", 4.0), ("集体户口", 3.0)),
    keywords=kw(("兹证明", 1.5), "户籍", ("派出所", 1.5), "公安局", "公民身份号码", "住址", "特此证明", "出生日期", "集体户"),
    excludes=("常住人口登记卡", "劳动合同", "纳税", "居住证"),
    min_score=5.0,
    fields=("name", "id_number", "address", "issue_date"),
)
