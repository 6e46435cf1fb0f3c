"""户口簿 首页 / 户主页."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="household_register_cover",
    label="户口簿首页",
    titles=kw(("户口簿", 2.0), ("户主页", 2.0), ("户主姓名", 3.0)),
    keywords=kw(("户别", 2.0), ("户号", 1.5), "住址", ("承办人签章", 2.0), ("户口专用章", 1.0), ("户口登记机关", 1.5), "登记机关", "签发日期", "家庭户", "集体户"),
    excludes=("常住人口登记卡", "户主或与户主关系", "公民身份证件编号", "劳动合同", "居住证", "户籍证明"),
    min_score=5.0,
    fields=("household_type", "head_name", "household_number", "address", "issue_date"),
)
