"""户口簿 常住人口登记卡 (本人页)."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="household_register_member",
    label="户口簿常住人口登记卡（本人页）",
    titles=kw(("常住人口登记卡", 4.0), ("户主或与户主关系", 3.0)),
    keywords=kw(
        "曾用名", "出生地", "籍贯", "宗教信仰", ("公民身份证件编号", 2.0), "身高", "血型", "文化程度", "婚姻状况",
        "兵役状况", ("服务处所", 1.5), "职业", ("何时由何地迁来", 2.0), "登记日期", "承办人签章",
    ),
    excludes=("劳动合同", "纳税", "居住证"),
    min_score=5.0,
    fields=(
        "name", "relation_to_head", "sex", "birthplace", "ethnicity", "native_place", "birth_date",
        "id_number", "education", "marital_status", "employer", "registration_date",
    ),
)
