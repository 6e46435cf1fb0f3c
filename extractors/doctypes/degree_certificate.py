"""学位证书."""
from extractors.declaration import day, DocumentType, kw, text
from extractors.reading.certificate_text import certificate_date, cut_dates_read_again, level_in_text, major_in_text, opening_name, school_in_text
from extractors.reading.fields import draft_lines

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



def extract(draft, second_look):
    lines = cut_dates_read_again(draft_lines(draft), second_look)
    fields = {}
    readers = (("name", opening_name), ("school", school_in_text), ("major", major_in_text),
               ("level", lambda lines: level_in_text(lines, degree=True)), ("graduation_date", certificate_date))
    for name, read in readers:
        found = read(lines)
        if found is not None:
            fields[name] = found
    return fields, []
