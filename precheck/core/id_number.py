"""GB 11643-1999, the 18-character 公民身份号码: its check character and its birth date."""
from __future__ import annotations

import re
from datetime import date
from typing import Optional

WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
CHECK_CHARACTERS = "10X98765432"
FORMAT = re.compile(r"\d{17}[\dX]", re.ASCII)


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
