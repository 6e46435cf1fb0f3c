"""The kinds of field value (SPEC §3): how a value is written in the report, and the Python value a rule gets.

The report keeps SPEC's strings (dates `YYYY-MM-DD`, months `YYYY-MM`, `long_term`); rules get `date`s, a
`bool` or the text, parsed here once, by the kind each document type declares for the field."""
from __future__ import annotations

import re
from datetime import date
from enum import Enum
from typing import Any, Optional

LONG_TERM_TEXT = "long_term"  # SPEC §3: the valid_until of a card valid 长期
LONG_TERM = date.max  # what a rule gets for it: never expires


class Kind(str, Enum):
    text = "text"  # names, addresses, organisations, words, ID numbers
    date = "date"  # YYYY-MM-DD
    expiry = "expiry"  # YYYY-MM-DD or long_term
    month = "month"  # YYYY-MM, given to rules as the month's first day
    flag = "flag"  # true / false
    amount = "amount"  # a decimal number written as text

    def typed(self, value: Any) -> Any:
        """The value as a rule compares it, or None when it does not parse as this kind."""
        return _PARSERS[self](value)


def _text(value: Any) -> Optional[str]:
    return value.strip() or None if isinstance(value, str) else None


def _date(value: Any) -> Optional[date]:
    try:
        return date.fromisoformat(value) if isinstance(value, str) and len(value) == 10 else None
    except ValueError:
        return None


def _expiry(value: Any) -> Optional[date]:
    return LONG_TERM if value == LONG_TERM_TEXT else _date(value)


def _month(value: Any) -> Optional[date]:
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}", value):
        try:
            return date(int(value[:4]), int(value[5:]), 1)
        except ValueError:
            return None
    return None


def _flag(value: Any) -> Optional[bool]:
    return value if isinstance(value, bool) else None


_PARSERS = {Kind.text: _text, Kind.date: _date, Kind.expiry: _expiry, Kind.month: _month, Kind.flag: _flag,
            Kind.amount: _text}
