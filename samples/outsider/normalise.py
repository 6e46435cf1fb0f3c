"""SPEC §3 normal forms of values as they stand in a truth file: white space removed, full-width ASCII half-width."""
from __future__ import annotations

from datetime import date
from typing import Union


def text(value: str) -> str:
    """Remove white space (also the ideographic space) and make full-width digits, letters and brackets half-width."""
    out = []
    for ch in value:
        if ch.isspace() or ch == "\u3000":
            continue
        code = ord(ch)
        if 0xFF01 <= code <= 0xFF5E:
            ch = chr(code - 0xFEE0)
        out.append(ch)
    return "".join(out)


def full_width(value: str) -> str:
    """The opposite, as some printers and typists write digits, letters and brackets."""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in value)


def day(value: Union[date, str]) -> str:
    return value if isinstance(value, str) else value.isoformat()
