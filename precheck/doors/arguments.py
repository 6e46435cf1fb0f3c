"""What both doors, the command line and the web page, take from people in the same words: the planned submission
date and the kind of application. Parsed here once, so the doors cannot drift apart; a bad value is BadArguments,
which the command line ends with exit status 2 and the web page answers with 422."""
from __future__ import annotations

import re
from datetime import date
from pathlib import Path
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
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            raise BadArguments(f"预计提交日期 {value.strip()} 在日历上不存在（例如 2 月没有 30 日），请改正（no such date）") from None
        raise BadArguments(f"预计提交日期格式不对：应为 YYYY-MM-DD，例如 2026-11-22；收到的是“{value[:40]}”"
                           "（bad as_of date）") from None


def parse_application(value: Optional[str]) -> str:
    value = (value or DEFAULT_APPLICATION).strip()
    if value not in APPLICATION_LABELS:
        kinds = "或 ".join(f"{kind}（{label}）" for kind, label in APPLICATION_LABELS.items())
        raise BadArguments(f"申请类型应为 {kinds}；收到的是“{value[:40]}”（bad application）")
    return value


def check_output_file(path: Path) -> None:
    """A report can be written at `path`: not a folder, in a folder that exists. BadArguments otherwise."""
    if path.is_dir():
        raise BadArguments(f"--out 应是一个文件名，{path} 是文件夹。请写成例如 {path / 'report.html'}（--out is a folder）")
    if not path.parent.is_dir():
        raise BadArguments(f"--out 所在的文件夹 {path.parent} 不存在，请先建好或换一个位置（no such folder）")
