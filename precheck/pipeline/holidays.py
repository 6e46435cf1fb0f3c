"""The user's holiday files: one TOML file per year (2027.toml) in the holidays folder, copied from the State
Council's notice, for the years the installed chinesecalendar does not know yet. Read once per process."""
from __future__ import annotations

import os
import sys
from functools import lru_cache
from pathlib import Path

from precheck.core.errors import BadArguments
from rules.workdays import WorkCalendar, holiday_year

if sys.version_info >= (3, 11):
    import tomllib
else:  # Python 3.10: the same parser, from PyPI
    import tomli as tomllib

HOLIDAYS_DIR_ENV = "PRECHECK_HOLIDAYS_DIR"


def holidays_dir() -> Path:
    configured = os.environ.get(HOLIDAYS_DIR_ENV)
    if configured:
        return Path(configured)
    from platformdirs import user_config_dir

    return Path(user_config_dir("precheck", appauthor=False)) / "holidays"


@lru_cache(maxsize=4)
def load_calendar(folder: Path) -> WorkCalendar:
    """The calendar with every year file in `folder`; a file that is not a good year table stops the run with a
    Chinese message naming it (it was written by hand: better to say so than to count days wrongly)."""
    years = {}
    for path in sorted(folder.glob("*.toml")) if folder.is_dir() else ():
        try:
            table = holiday_year(tomllib.loads(path.read_text(encoding="utf-8")), str(path))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            raise BadArguments(f"节假日文件 {path} 不是有效的 TOML：{exc}（bad holiday file）") from None
        except ValueError as exc:
            raise BadArguments(str(exc)) from None
        if path.stem != str(table.year):
            raise BadArguments(f"节假日文件 {path} 写的是 {table.year} 年，文件名应为 {table.year}.toml（bad holiday file）")
        years[table.year] = table
    return WorkCalendar(years)
