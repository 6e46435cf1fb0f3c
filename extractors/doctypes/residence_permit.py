"""上海市居住证 (the card, or its information page)."""
from extractors.declaration import day, DocumentType, FieldInfo, kw, Required, text
from extractors.reading.fields import Field, labelled_fields
from extractors.reading.values import (
    parse_address, parse_date, parse_id_number, parse_name, parse_range_end, parse_range_start,
)
from precheck.core.kinds import Kind

DOCUMENT_TYPE = DocumentType(
    type_id="residence_permit",
    order=20,
    label="上海市居住证",
    titles=kw(("上海市居住证", 4.0), ("居住证", 2.5)),
    keywords=kw(
        ("常住户口所在地", 2.0), ("户籍地址", 2.0), ("居住地住址", 2.0), ("居住地址", 1.5), "签发日期",
        "有效期限", "有效期", "公民身份号码", "姓名", ("居住证号", 1.5), ("签发机关", 0.5),
    ),
    excludes=("常住人口登记卡", "劳动合同", "纳税记录", "个人所得税", "积分申请表", "缴费记录"),
    min_score=5.0,
    fields=(
        text("name", "姓名"),
        text("id_number", "公民身份号码"),
        text("hukou_address", "常住户口所在地住址"),
        text("residence_address", "居住地住址"),
        day("issue_date", "签发日期"),
        day("valid_from", "有效期起始日期"),
        FieldInfo("valid_until", "有效期截止日期", Kind.expiry),
    ),
    required=Required.always,
    applicant_name="name",
    applicant_id="id_number",
    how_to_get="请补充上海市居住证（卡片正面或居住证信息页）的扫描件。",
    how_to_correct="请到居住证签发地（居住地街道社区事务受理服务中心）更正居住证信息。",
)


FIELDS = (
    Field("name", ("姓名",), parse_name, compared=True),
    Field("id_number", ("公民身份号码", "身份证号码", "公民身份证号码", "身份号码", "证件号码"), parse_id_number),
    Field("hukou_address", ("常住户口所在地住址", "常住户口所在地", "户籍地址", "户口所在地"), parse_address, wraps=True, compared=True),
    Field("residence_address", ("居住地住址", "居住地址", "居住地"), parse_address, wraps=True),
    Field("issue_date", ("签发日期", "签注日期", "发证日期", "办理日期"), parse_date),
    Field("valid_from", ("有效期限", "有效期"), parse_range_start),
    Field("valid_from", ("有效期起", "有效期自", "起始日期"), parse_date),
    Field("valid_until", ("有效期限", "有效期"), parse_range_end),
    Field("valid_until", ("有效期至", "有效期止", "截止日期"), parse_date),
)
EXTRA_LABELS = ("性别", "居住证号", "查询日期", "证件类型", "发证机关", "签发机关", "联系电话", "备注", "状态", "打印日期")


def extract(draft, second_look):
    fields, _ = labelled_fields(draft, FIELDS, EXTRA_LABELS, second_look=second_look)
    return fields, []
