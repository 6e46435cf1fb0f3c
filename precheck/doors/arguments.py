"""What both doors, the command line and the web page, take from people in the same words: the planned submission
date and the kind of application. Parsed here once, so the doors cannot drift apart; a bad value is BadArguments,
which the command line ends with exit status 2 and the web page answers with 422."""
from __future__ import annotations

from datetime import date
from typing import Optional

from precheck.core.errors import BadArguments
from precheck.core.model import APPLICATION_LABELS

DEFAULT_APPLICATION = "first"


def parse_as_of(value: Optional[str]) -> date:
    """The planned submission date, today when not given: the doors are the edge, rules get the date passed in."""
    if not value:
        return date.today()
    try:
        return date.fromisoformat(value.strip())
    except ValueError:
        raise BadArguments(f"预计提交日期格式不对：应为 YYYY-MM-DD，例如 2026-11-22；收到的是“{value[:40]}”"
                           "（bad as_of date）") from None


def parse_application(value: Optional[str]) -> str:
    value = (value or DEFAULT_APPLICATION).strip()
    if value not in APPLICATION_LABELS:
        kinds = "或 ".join(f"{kind}（{label}）" for kind, label in APPLICATION_LABELS.items())
        raise BadArguments(f"申请类型应为 {kinds}；收到的是“{value[:40]}”（bad application）")
    return value
