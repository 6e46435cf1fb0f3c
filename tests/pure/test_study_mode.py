"""The diploma's 学习形式 and the 学信网 备案表 mark, read from lines as OCR or a text layer gives them."""
from extractors.reading.study_mode import online_record, study_mode_in_text
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="diploma.jpg", page=1)


def lines(*texts):
    return [make_line(OcrLine(text=t, bbox=(0.1, 0.1 + 0.05 * i, 0.9, 0.14 + 0.05 * i), confidence=0.99), REF, 0, 1.4)
            for i, t in enumerate(texts)]


def test_the_study_mode_of_running_text_and_of_a_label():
    adult = lines("毕业证书", "学生张伟，性别男，于2015年3月至2018年1月在本校会计学专业", "（函授）专科学习，成绩合格，准予毕业。")
    assert study_mode_in_text(adult).value == "函授"
    self_study = lines("高等教育自学考试", "毕业证书", "张伟 经考核，完成高等教育自学考试本科 法学专业全部课程")
    assert study_mode_in_text(self_study).value == "高等教育自学考试"
    record = lines("教育部学历证书电子注册备案表", "学历类别：普通", "学习形式：普通全日制")
    assert study_mode_in_text(record).value == "普通全日制"  # 学习形式 names the mode; 学历类别 only the kind
    bracketed = lines("毕业证书", "学生梁海子，性别女，1993年1月生，于2011年9月至2015",
                      "年6月在本校软件工程专业四年制本科（成人教育）学习，")  # outsider N, n011
    assert study_mode_in_text(bracketed).value == "成人教育"
    adult_record = lines("教育部学历证书电子注册备案表", "学历类别：成人高等教育", "学习形式：业余")
    assert study_mode_in_text(adult_record).value == "业余"
    assert study_mode_in_text(lines("教育部学历证书电子注册备案表", "学历类别：普通")).value == "普通"
    plain = study_mode_in_text(lines("毕业证书", "学生张伟…在本校四年制本科学习，准予毕业。"))
    assert (plain.value, plain.guessed) == ("普通全日制", True)  # only a 学制: a 普通高等学校's, said as a guess
    # Not even a 学制 (a 研究生毕业证书, outsider AB ab026): 成人, 自考 and 网络 diplomas say so, so still full-time, as a
    # guess placed on 准予毕业; a page that does not say 准予毕业 says nothing of it.
    bare = study_mode_in_text(lines("毕业证书", "学生张伟…在本校本科学习，准予毕业。"))
    assert (bare.value, bare.guessed) == ("普通全日制", True)
    assert study_mode_in_text(lines("毕业证书", "学生张伟…在本校本科学习")) is None


def test_the_online_record_is_known_by_its_title():
    found = online_record(lines("教育部学历证书电子注册备案表", "姓名 张伟"))
    assert found.value is True and found.evidence is not None
    assert online_record(lines("毕业证书", "学生张伟")) is None
