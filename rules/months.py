"""Calendar months for the tax and social-insurance rules; a month is the date of its first day."""
from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta


def month_of(day: date) -> date:
    return day.replace(day=1)


def shift(month: date, months: int) -> date:
    return month + relativedelta(months=months)


def month_text(month: date) -> str:
    return month.strftime("%Y-%m")


def months_text(months) -> str:
    return "、".join(month_text(m) for m in months)


def span(first: date, last: date) -> list[date]:
    """Every month from first to last, both included."""
    out = []
    while first <= last:
        out.append(first)
        first = shift(first, 1)
    return out


def tax_window(as_of: date) -> list[date]:
    """SPEC §4 tax.missing_months: the six latest months M whose declaration deadline, the 15th of M+1, is on or
    before as_of. 2026-11-15 → 2026-05…2026-10; 2026-11-14 → 2026-04…2026-09."""
    latest = shift(month_of(as_of), -1 if as_of.day >= 15 else -2)
    return span(shift(latest, -5), latest)
