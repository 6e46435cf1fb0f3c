"""Chinese working days: public holidays are days off, and weekend days the State Council moves work to (调休)
are working days. Each year's schedule is published by the State Council in the winter before; chinesecalendar
carries the years it knew when it was released, and a year's table given as data (see HolidayYear, loaded at the
edge from the user's holiday files) covers a year it does not know yet or corrects one. A year nobody covers is
CalendarNotCovered: the rule that needs it says so instead of guessing."""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Mapping, Optional

import chinese_calendar


class CalendarNotCovered(Exception):
    def __init__(self, year: int):
        self.year = year


@dataclass(frozen=True)
class HolidayYear:
    """One year's schedule: the days off that would otherwise be working days, and the weekend days worked."""

    year: int
    days_off: frozenset[date]
    workdays: frozenset[date]
    source: str  # the State Council notice it was copied from


@dataclass(frozen=True)
class WorkCalendar:
    years: Mapping[int, HolidayYear] = field(default_factory=dict)

    def is_workday(self, day: date) -> bool:
        table = self.years.get(day.year)
        if table is not None:
            return day in table.workdays or (day.weekday() < 5 and day not in table.days_off)
        try:
            return chinese_calendar.is_workday(day)
        except NotImplementedError:
            raise CalendarNotCovered(day.year) from None

    def source_of(self, year: int) -> str:
        table = self.years.get(year)
        return f"节假日文件（{table.source}）" if table else f"chinesecalendar {chinese_calendar.__version__}"

    def working_days_after(self, start: date, until: date, enough: int) -> int:
        """Working days d with start < d ≤ until, counted up to `enough`."""
        count, day = 0, start + timedelta(days=1)
        while day <= until and count < enough:
            count += self.is_workday(day)
            day += timedelta(days=1)
        return count

    def nth_working_day_after(self, start: date, n: int) -> Optional[date]:
        day, count = start, 0
        try:
            while count < n:
                day += timedelta(days=1)
                count += self.is_workday(day)
        except CalendarNotCovered:
            return None
        return day


def holiday_year(data: dict, where: str) -> HolidayYear:
    """A year's table from its file's content; ValueError with a Chinese message naming `where` and the key wrong."""
    def bad(what: str) -> ValueError:
        return ValueError(f"节假日文件 {where} 有误：{what}。格式见 README「节假日数据」（bad holiday file）")

    year = data.get("year")
    if not isinstance(year, int) or not 2000 <= year <= 2100:
        raise bad("year 应为年份数字，例如 year = 2027")
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        raise bad("source 应写明所依据的国务院办公厅通知，例如 source = \"国办发明电〔2026〕X号\"")
    days = {}
    for key in ("days_off", "workdays"):
        values = data.get(key)
        if not isinstance(values, list) or not all(isinstance(v, date) for v in values):
            raise bad(f"{key} 应为日期列表，例如 {key} = [{year}-01-01, {year}-02-07]（不加引号）")
        outside = [v for v in values if v.year != year]
        if outside:
            raise bad(f"{key} 中的 {outside[0].isoformat()} 不在 {year} 年")
        days[key] = frozenset(values)
    both = days["days_off"] & days["workdays"]
    if both:
        raise bad(f"{min(both).isoformat()} 同时列为放假和上班")
    weekend_workdays = [d for d in days["workdays"] if d.weekday() < 5]
    if weekend_workdays:
        raise bad(f"workdays 只列调休上班的周末日，{weekend_workdays[0].isoformat()} 本来就是工作日")
    unknown = set(data) - {"year", "source", "days_off", "workdays"}
    if unknown:
        raise bad(f"不认识的项 {sorted(unknown)[0]}")
    return HolidayYear(year, days["days_off"], days["workdays"], source.strip())
