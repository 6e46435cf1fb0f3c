"""How a diploma's education was had (学习形式), and whether the page is the 学信网 备案表: what the points estimate
needs to ask for 学籍 papers (000 §五 A(二)1; SPEC §6). Read from the running text or the 备案表's labels."""
from __future__ import annotations

import re
from typing import Optional

from extractors.reading.certificate_text import pattern_value, running_text
from extractors.reading.fields import to_field_value
from extractors.reading.values import Parsed
from precheck.core.model import FieldValue

# The words as printed, longest first so 高等教育自学考试 wins over 自学考试; 普通 (full-time) forms included so a
# full-time 备案表 says so instead of saying nothing.
STUDY_MODES = ("高等教育自学考试", "成人高等教育", "成人教育", "普通全日制", "非全日制", "全日制", "自学考试", "网络教育", "远程教育",
               "开放教育", "函授", "业余", "夜大", "脱产")
# 学习形式 names the mode itself (普通全日制); 学历类别 only the kind of education (普通高等教育), read where no 学习形式 is.
_LABELLED = tuple(re.compile(label + r"[:：]?(" + "|".join(STUDY_MODES) + "|普通|成人|自考|网络)")
                  for label in ("学习形式", "(?:学历类别|教育类别)"))
RECORD_TITLE = "学历证书电子注册备案表"
# A diploma of 成人, 自考 or 网络 education must print its form; one that states none, only its 学制
# (在本校…专业四年制本科学习) or not even that (…专业硕士研究生学习，…准予毕业), is a 普通高等学校's full-time diploma.
# Said as a guess, placed on the 学制, else on 准予毕业.
FULL_TIME = "普通全日制"
SCHOOLING_YEARS = re.compile(r"[一二三四五六七八两〇0-9]年制")
GRADUATED = re.compile(r"准予毕业")


def study_mode_in_text(lines) -> Optional[FieldValue]:
    """The 学习形式 a label names, else the first study-mode word of the running text."""
    for pattern in _LABELLED:
        labelled = pattern_value(lines, pattern)
        if labelled is not None:
            return labelled
    spans, text = running_text(lines)
    found = [(text.find(word), word) for word in STUDY_MODES if word in text]
    if not found:
        said = SCHOOLING_YEARS.search(text) or GRADUATED.search(text)
        if said is None or any(word in text for word in ("成人", "自考", "网络", "远程")):
            return None
        return to_field_value(Parsed(FULL_TIME, said.start(), said.end(), guessed=True), spans)
    at, word = min(found)
    return to_field_value(Parsed(word, at, at + len(word)), spans)


def online_record(lines) -> Optional[FieldValue]:
    """True, placed on its title, when the page is the 学信网《教育部学历证书电子注册备案表》."""
    spans, text = running_text(lines)
    at = text.find(RECORD_TITLE)
    if at < 0:
        return None
    return to_field_value(Parsed(True, at, at + len(RECORD_TITLE)), spans)
