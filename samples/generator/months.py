"""Calendar months as 'YYYY-MM' strings."""
from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta


def months_ending(last: date, count: int) -> list[str]:
    """The `count` months up to and including last's month, oldest first."""
    first = last.replace(day=1) - relativedelta(months=count - 1)
    return [(first + relativedelta(months=i)).strftime("%Y-%m") for i in range(count)]


def declared_months(as_of: date, count: int) -> list[str]:
    """The latest `count` months whose declaration deadline (15th of the next month) is on or before as_of."""
    latest = as_of - relativedelta(months=1 if as_of.day >= 15 else 2)
    return months_ending(latest, count)
