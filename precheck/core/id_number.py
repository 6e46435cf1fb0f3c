"""GB 11643-1999, the 18-character 公民身份号码: its check character and its birth date."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"
FORMAT = re.compile(r"\d{17}[\dX]", re.ASCII)


# GB/T 2260: the province-level codes an 18-character number opens with (11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门).
PROVINCE_CODES = frozenset({"11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36", "37",
                            "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63", "64",
                            "65", "71", "81", "82"})


def check_character(first17: str) -> str:
    """The 18th character (MOD 11-2) of 17 digits."""
    return CHECK_CHARACTERS[sum(int(d) * w for d, w in zip(first17, WEIGHTS)) % 11]


def birth_date_of(id_number: str) -> Optional[date]:
    """The birth date held at positions 7–14, or None when it is not a real date (or before 1900)."""
    digits = id_number[6:14]
    if not re.fullmatch(r"\d{8}", digits, re.ASCII):
        return None
    try:
        born = date(int(digits[:4]), int(digits[4:6]), int(digits[6:]))
    except ValueError:
        return None
    return born if born.year >= 1900 else None


# An app or a printout that shows the number masked (电子居住证, 个税 app: 4201**********1925) keeps its first and last
# characters and stars the rest. Such a number is shown, not unreadable; only its visible characters can be compared.
MASK = "*"
MASKED = re.compile(r"(\d{1,8})\*+((?:\d{0,7}[\dX])?)", re.ASCII)  # the last character may be lost to the reading
LENGTH = 18


def is_masked(value: str) -> bool:
    return bool(MASKED.fullmatch(value)) and len(value) == LENGTH


def masked_form(head: str, tail: str) -> str:
    """The masked number as 18 characters: OCR reads a run of stars a star or two short or long."""
    return head + MASK * (LENGTH - len(head) - len(tail)) + tail


def masked_like(value: str, masked: str) -> str:
    """`value` with the characters `masked` hides starred, so the two compare on what both show."""
    return "".join(MASK if hidden == MASK else char for char, hidden in zip(value, masked)) + value[len(masked):]


# Two numbers this many characters apart or fewer are one person's number misprinted or misread; another person's
# differs in the birth date and the sequence.
MISPRINT_MAX = 2


def characters_apart(one: str, other: str) -> int:
    """In how many places two numbers of one length differ."""
    return sum(1 for a, b in zip(one, other) if a != b)
