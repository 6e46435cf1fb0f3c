"""Date arithmetic the documents and SPEC §4 need: months, ages, the tax window, Chinese-numeral dates."""
from __future__ import annotations

from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


def add_months(d: date, months: int) -> date:
    return d + relativedelta(months=months)


def add_years(d: date, years: int) -> date:
    return d + relativedelta(years=years)


def month_key(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def month_start(key: str) -> date:
    y, m = key.split("-")
    return date(int(y), int(m), 1)


def month_end(key: str) -> date:
    return add_months(month_start(key), 1) - timedelta(days=1)


def shift_month(key: str, n: int) -> str:
    return month_key(add_months(month_start(key), n))


def months_between(first: str, last: str) -> list[str]:
    """Every month from first to last inclusive."""
    out, key = [], first
    while key <= last:
        out.append(key)
        key = shift_month(key, 1)
    return out


def completed_age(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def tax_window(as_of: date) -> list[str]:
    """SPEC §4 tax.missing_months: the six latest months whose deadline, the 15th of the next month, is on or
    before as_of."""
    latest = add_months(date(as_of.year, as_of.month, 1), -1)
    if as_of.day < 15:
        latest = add_months(latest, -1)
    last = month_key(latest)
    return [shift_month(last, -k) for k in range(5, -1, -1)]


def declaration_deadline(period: str) -> date:
    return add_months(month_start(period), 1).replace(day=15)


CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """1..31 in the words a certificate uses: 十, 十一, 二十, 二十一, 三十一."""
    if n < 10:
        return CN_DIGITS[n]
    tens, ones = divmod(n, 10)
    return ("" if tens == 1 else CN_DIGITS[tens]) + "十" + (CN_DIGITS[ones] if ones else "")


def cn_date(d: date, with_day: bool = True) -> str:
    """二〇一五年六月三十日 — how diplomas and degree certificates print their dates."""
    year = "".join(CN_DIGITS[int(c)] for c in f"{d.year}")
    return f"{year}年{cn_number(d.month)}月" + (f"{cn_number(d.day)}日" if with_day else "")


def cn_year_month(d: date) -> str:
    return cn_date(d, with_day=False)


def ymd(d: date, style: str = "cjk", pad: bool = False, spaced: bool = False) -> str:
    """A date in one of the ways documents print it: cjk 2024年3月1日, dot 2024.03.01, dash 2024-03-01,
    slash 2024/03/01, compact 20240301."""
    if style == "cjk":
        m, dd = (f"{d.month:02d}", f"{d.day:02d}") if pad else (str(d.month), str(d.day))
        return f"{d.year} 年 {m} 月 {dd} 日" if spaced else f"{d.year}年{m}月{dd}日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "compact":
        return f"{d.year}{d.month:02d}{d.day:02d}"
    raise ValueError(style)


def days(n: int) -> timedelta:
    return timedelta(days=n)
