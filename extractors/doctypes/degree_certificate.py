"""学位证书."""
import re

from extractors.declaration import day, DocumentType, kw, text
from extractors.reading.fields import draft_lines
from extractors.reading.certificate_text import last_lone_date, pattern_value

DOCUMENT_TYPE = DocumentType(
    type_id="degree_certificate",
    order=100,
    label="学位证书",
    titles=kw(("学位证书", 5.0),),
    keywords=kw(("学士学位", 2.0), ("硕士学位", 2.0), ("博士学位", 2.0), ("授予", 1.5), ("学位评定委员会", 2.0), ("学位条例", 1.5), ("证书编号", 0.5)),
    excludes=("毕业证书", "劳动合同", "居住证"),
    min_score=5.0,
    fields=(
        text("name", "姓名"),
        text("school", "学校"),
        text("major", "专业"),
        text("level", "学位"),
        day("graduation_date", "授予日期"),
    ),
    applicant_name="name",
    how_to_get="申报学位积分的，请补充学位证书的扫描件。",
    how_to_correct="请联系学校出具证明；改过名的请附公安机关出具的姓名变更证明。",
)


NAME = re.compile(r"^([\u3400-\u9fff·]{2,5})[,，][男女]")
SCHOOL = re.compile(r"在([\u3400-\u9fff]{2,30}?(?:大学|学院|学校|研究院|研究所))")
MAJOR = re.compile(r"(?:大学|学院|学校|研究院|研究所)([\u3400-\u9fff]{2,20}?)专业")
LEVEL = re.compile(r"(学士|硕士|博士)学位")


def extract(draft, second_look):
    lines = draft_lines(draft)
    fields = {}
    for name, pattern in (("name", NAME), ("school", SCHOOL), ("major", MAJOR), ("level", LEVEL)):
        found = pattern_value(lines, pattern)
        if found:
            fields[name] = found
    date = last_lone_date(lines)
    if date:
        fields["graduation_date"] = date
    return fields, []
