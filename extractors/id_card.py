"""居民身份证 (front and back)."""
from extractors.base import DocTypeSpec, kw

SPEC = DocTypeSpec(
    type_id="id_card",
    label="居民身份证",
    titles=kw(("居民身份证", 3.0), ("公民身份号码", 2.5)),
    keywords=kw("姓名", "性别", "民族", "出生", "住址", ("签发机关", 2.0), ("有效期限", 1.5), ("中华人民共和国", 1.0)),
    excludes=("居住证", "常住人口登记卡", "户口簿", "劳动合同", "纳税", "税款", "居住地", "户籍证明", "集体户口"),
    min_score=4.0,
    fields=("name", "sex", "ethnicity", "birth_date", "address", "id_number", "issuing_authority", "valid_from", "valid_until"),
)

FRONT_MARKERS = ("公民身份号码", "住址", "出生")
BACK_MARKERS = ("签发机关", "有效期限", "居民身份证")
