"""Text normalisation shared by classification, extraction and rules (SPEC §3)."""
from __future__ import annotations

import re
import unicodedata

from precheck.core.radicals import RADICAL_IDEOGRAPHS

_SPACE = re.compile(r"\s+")

# Look-alike variants OCR returns for characters on these documents (NFKC keeps them apart), and the radicals a
# browser's PDF may hold for the ideographs drawn with the same glyph (⻘ for 青).
VARIANTS = str.maketrans({**RADICAL_IDEOGRAPHS, "単": "单", "戸": "户", "㑊": "仿", "⼾": "户", "⽇": "日", "⽉": "月", "○": "〇", "漢": "汉", "別": "别", "戶": "户", "號": "号", "區": "区", "鎮": "镇",
                            "縣": "县", "兒": "儿", "陳": "陈", "劉": "刘", "張": "张", "書": "书", "黃": "黄",
                            "學": "学", "證": "证", "畢": "毕", "業": "业", "專": "专", "碩": "硕", "語": "语",
                            "歷": "历", "財": "财", "經": "经", "會": "会", "計": "计", "濟": "济", "貿": "贸",
                            "際": "际", "國": "国", "醫": "医", "師": "师", "範": "范", "農": "农", "機": "机", "電": "电",
                            "資": "资", "軟": "软", "體": "体", "東": "东", "華": "华", "廣": "广", "陽": "阳", "門": "门",
                            "評": "评", "員": "员", "規": "规", "條": "条", "與": "与", "術": "术", "設": "设", "發": "发",
                            "開": "开", "園": "园", "傳": "传", "藝": "艺", "務": "务", "屬": "属",
                            # names: the traditional form of a common name character read for its simplified one
                            "悅": "悦", "偉": "伟", "麗": "丽", "強": "强", "鳳": "凤", "龍": "龙", "雲": "云",
                            "輝": "辉", "紅": "红", "軍": "军", "傑": "杰", "濤": "涛", "穎": "颖", "靜": "静",
                            "曉": "晓", "嬌": "娇", "瑩": "莹", "蘭": "兰", "鵬": "鹏", "誠": "诚", "萬": "万",
                            "寧": "宁", "陸": "陆", "趙": "赵", "吳": "吴", "孫": "孙", "鄭": "郑", "馮": "冯",
                            "韓": "韩", "楊": "杨", "許": "许", "蘇": "苏", "盧": "卢", "葉": "叶", "鄧": "邓",
                            "謝": "谢", "羅": "罗"})


def normalize(text: str) -> str:
    """White space removed; full-width digits, letters and brackets made half-width (NFKC)."""
    text = unicodedata.normalize("NFKC", text).translate(VARIANTS)
    return _SPACE.sub("", text)


def for_matching(text: str) -> str:
    """normalize() plus punctuation dropped: for finding keywords in OCR text."""
    return re.sub(r"[^\w]", "", normalize(text))
