"""毕业证书."""
import re

from extractors.declaration import day, DocumentType, kw, text
from extractors.reading.certificate_text import last_lone_date, pattern_value
from extractors.reading.fields import Field, labelled_fields
from extractors.reading.values import parse_name, parse_org

DOCUMENT_TYPE = DocumentType(
    type_id="diploma",
    order=90,
    label="毕业证书",
    titles=kw(("毕业证书", 5.0),),
    keywords=kw(("学制", 1.5), ("毕业", 1.0), ("校长", 1.5), ("专业", 1.0), ("证书编号", 1.0), ("修完", 1.5), ("教学计划", 1.5), ("准予毕业", 2.0), ("本科", 0.5), ("研究生", 0.5)),
    excludes=("学位证书", "劳动合同", "居住证"),
    min_score=5.0,
    fields=(
        text("name", "姓名"),
        text("school", "学校"),
        text("major", "专业"),
        text("level", "学历层次"),
        day("graduation_date", "毕业日期"),
    ),
    applicant_name="name",
    how_to_get="申报学历积分的，请补充毕业证书的扫描件。",
    how_to_correct="请联系学校出具证明；改过名的请附公安机关出具的姓名变更证明。",
)


FIELDS = (
    Field("name", ("学生", "姓名"), parse_name, inline_only=True),
    Field("school", ("校名", "学校名称", "学校"), parse_org, inline_only=True),
)
LEVELS = ("博士研究生", "硕士研究生", "研究生", "本科", "专科", "高中", "中专")
MAJOR = re.compile(r"(?:在本校|本校|在)([\u3400-\u9fff]{2,20}?)专业")
LEVEL = re.compile(r"(?:年制)?(" + "|".join(LEVELS) + r")(?:学习|毕业)")


def extract(draft, second_look):
    fields, reader = labelled_fields(draft, FIELDS, ("性别", "证书编号", "校(院)长"), second_look=second_look)
    for name, pattern in (("major", MAJOR), ("level", LEVEL)):
        found = pattern_value(reader.lines, pattern)
        if found:
            fields[name] = found
    date = last_lone_date(reader.lines)
    if date:
        fields["graduation_date"] = date
    return fields, []
