"""结婚证."""
from extractors.declaration import day, DocumentType, kw, text
from extractors.reading.fields import Field, labelled_fields
from extractors.reading.values import parse_date, parse_id_number, parse_name

DOCUMENT_TYPE = DocumentType(
    type_id="marriage_certificate",
    order=110,
    label="结婚证",
    titles=kw(("结婚证", 5.0),),
    keywords=kw(("持证人", 1.5), ("登记日期", 1.0), ("结婚证字号", 2.0), ("婚姻登记", 1.5), ("国籍", 1.0), ("身份证件号", 1.0), ("申请结婚", 1.5), ("婚姻法", 1.0), ("民法典", 0.5)),
    excludes=("劳动合同", "常住人口登记卡", "离婚证"),
    min_score=5.0,
    fields=(
        text("holder_name", "持证人姓名"),
        text("spouse_name", "配偶姓名"),
        text("spouse_id_number", "配偶身份证号码"),
        day("registration_date", "登记日期"),
    ),
    applicant_name="holder_name",
    other_ids=('spouse_id_number',),
    how_to_get="申报配偶相关积分的，请补充结婚证的扫描件。",
    how_to_correct="请到婚姻登记机关核对更正。",
)


FIELDS = (
    Field("holder_name", ("持证人",), parse_name),
    Field("registration_date", ("登记日期",), parse_date),
)
PERSON_FIELDS = (
    Field("person_name", ("姓名",), parse_name),
    Field("person_id", ("身份证件号", "身份证件号码", "公民身份号码", "身份证号"), parse_id_number),
)
EXTRA_LABELS = ("结婚证字号", "备注", "性别", "国籍", "出生日期")


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS + PERSON_FIELDS, EXTRA_LABELS, second_look=second_look)
    holder = fields.get("holder_name")
    names = reader.read_each(PERSON_FIELDS[0])
    ids = reader.read_each(PERSON_FIELDS[1])
    spouse = next((n for n in names if holder is None or n.value != holder.value), None)
    if spouse is not None:
        fields["spouse_name"] = spouse
        # The spouse's ID number is the one printed after the spouse's name.
        after = [i for i in ids if _position(i) > _position(spouse)]
        if after:
            fields["spouse_id_number"] = after[0]
    fields.pop("person_name", None)
    fields.pop("person_id", None)
    return fields, []


def _position(value):
    box = value.evidence.bbox
    return (value.evidence.file, value.evidence.page, box[1], box[0])
