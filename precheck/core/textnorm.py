"""Text normalisation shared by classification, extraction and rules (SPEC §3)."""
from __future__ import annotations

import re
import unicodedata

from precheck.core.radicals import RADICAL_IDEOGRAPHS

_SPACE = re.compile(r"\s+")

# Look-alike variants OCR returns for characters on these documents (NFKC keeps them apart), and the radicals a
# browser's PDF may hold for the ideographs drawn with the same glyph (⻘ for 青).
VARIANTS = str.maketrans({**RADICAL_IDEOGRAPHS, "単": "单", "戸": "户", "㑊": "仿", "⼾": "户", "⽇": "日", "⽉": "月", "〇": "〇", "漢": "汉", "別": "别", "戶": "户", "號": "号", "區": "区", "鎮": "镇",
                            "縣": "县", "兒": "儿", "陳": "陈", "劉": "刘", "張": "张", "書": "书", "黃": "黄",
                            "學": "学", "證": "证", "畢": "毕", "業": "业", "專": "专", "碩": "硕", "語": "语",
                            "歷": "历"})


def normalize(text: str) -> str:
    """White space removed; full-width digits, letters and brackets made half-width (NFKC)."""
    text = unicodedata.normalize("NFKC", text).translate(VARIANTS)
    return _SPACE.sub("", text)


def for_matching(text: str) -> str:
    """normalize() plus punctuation dropped: for finding keywords in OCR text."""
    return re.sub(r"[^\w]", "", normalize(text))
