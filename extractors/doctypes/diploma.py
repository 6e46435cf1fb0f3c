"""毕业证书."""
from extractors.declaration import day, DocumentType, FieldInfo, kw, text
from precheck.core.kinds import Kind
from extractors.reading.certificate_text import (certificate_date, cut_dates_read_again, level_in_text, LEVEL_WORDS, major_in_text, MAJOR_MAX,
                                                 opening_name, school_in_text)
from extractors.reading.study_mode import online_record, study_mode_in_text
from extractors.reading.banner import banner_name
from extractors.reading.fields import draft_lines, Field, labelled_fields
from extractors.reading.values import one_of, parse_date, parse_org, parse_person_name, parse_word

DOCUMENT_TYPE = DocumentType(
    type_id="diploma",
    order=90,
    label="毕业证书",
    # the 学信网 备案表 and its app's 高等教育学历信息 screen read as a diploma
    titles=kw(("毕业证书", 5.0), ("学历证书电子注册备案表", 5.0), ("高等教育学历信息", 5.0), ("学历信息", 3.0)),
    keywords=kw(("学制", 1.5), ("毕业", 1.0), ("校长", 1.5), ("专业", 1.0), ("证书编号", 1.0), ("修完", 1.5), ("教学计划", 1.5),
                ("准予毕业", 2.0), ("本科", 0.5), ("研究生", 0.5), ("学历类别", 1.5), ("学习形式", 1.0), ("入学日期", 1.0)),
    excludes=("学位证书", "劳动合同", "居住证"),
    min_score=5.0,
    fields=(
        text("name", "姓名"),
        text("school", "学校"),
        text("major", "专业"),
        text("level", "学历层次"),
        day("graduation_date", "毕业日期"),
        text("study_mode", "学习形式"),  # 普通全日制 / 成人高等教育 / 高等教育自学考试 / 网络教育, where the diploma says
        FieldInfo("online_record", "学信网学历电子注册备案表", Kind.flag),
    ),
    applicant_name="name",
    how_to_get="申报学历积分的，请补充毕业证书的扫描件。",
    how_to_correct="请联系学校出具证明；改过名的请附公安机关出具的姓名变更证明。",
)



# The 学信网 备案表 (and diplomas printed as a form) name each fact by a label; running text names none.
FIELDS = (
    Field("name", ("学生", "姓名"), parse_person_name, inline_only=True, ends_at_clause=True),
    Field("school", ("院校名称", "学校名称", "主考学校", "校名"), parse_org, inline_only=True),
)
TABLE_FIELDS = (
    Field("name", ("姓名",), parse_person_name),
    Field("school", ("院校名称", "学校名称", "主考学校", "院校"), parse_org),
    Field("level", ("层次", "学历层次"), one_of(*LEVEL_WORDS)),
    Field("major", ("专业",), parse_word(MAJOR_MAX)),
    Field("graduation_date", ("毕(结)业日期", "毕业日期", "结业日期"), parse_date),
)
TABLE_MARKS = ("备案表", "院校名称", "学历类别")
OTHER_LABELS = ("性别", "证书编号", "校(院)长", "出生日期", "民族", "证件号码", "学制", "学历类别", "学习形式", "入学日期",
                "毕(结)业", "校(院)长姓名", "更新日期", "在线验证码")


def extract(draft, second_look):
    lines = cut_dates_read_again(draft_lines(draft), second_look)
    if any(mark in line.text for line in lines for mark in TABLE_MARKS):
        fields, _ = labelled_fields(draft, TABLE_FIELDS, OTHER_LABELS, second_look=second_look)
    else:
        fields, _ = labelled_fields(draft, FIELDS, OTHER_LABELS, second_look=second_look)
    # 学信档案 on a phone shows the holder's name alone in large type over its 学历信息 card: a guess, as ever.
    readers = (("name", lambda lines: opening_name(lines) or banner_name(lines)), ("school", school_in_text),
               ("major", major_in_text), ("level", level_in_text), ("graduation_date", certificate_date),
               ("study_mode", study_mode_in_text), ("online_record", online_record))
    for name, read in readers:
        if name not in fields:
            found = read(lines)
            if found is not None:
                fields[name] = found
    return fields, []
