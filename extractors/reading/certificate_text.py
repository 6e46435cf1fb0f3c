"""Reading certificates written as running text (毕业证书, 学位证书, 户籍证明): patterns over the joined text."""
from __future__ import annotations

import re
from typing import Optional

from extractors.reading.fields import search_text, to_field_value
from extractors.reading.text import Line, Span
from extractors.reading.values import Parsed, parse_date
from precheck.core.model import FieldValue


def pattern_value(lines: list[Line], pattern: re.Pattern) -> Optional[FieldValue]:
    """Group 1 of the first match in the document's text joined line to line (values wrap across lines)."""
    spans = [Span(line, 0, len(line.text)) for line in lines]
    text = "".join(span.text for span in spans)
    match = pattern.search(text)
    if not match:
        return None
    return to_field_value(Parsed(match.group(1), match.start(1), match.end(1)), spans)


def lone_date(text: str) -> Optional[Parsed]:
    """A date that is the whole line (a certificate's date of issue), not one inside a sentence."""
    parsed = parse_date(text)
    return parsed if parsed is not None and parsed.end - parsed.start >= len(text) - 1 else None


def last_lone_date(lines: list[Line]) -> Optional[FieldValue]:
    return search_text(lines, lone_date, last=True)
