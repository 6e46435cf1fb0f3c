"""Date and ID-number arithmetic shared by the facts and the rules (kept apart so neither imports the other)."""
import datetime as dt

D = dt.date


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def add_months(d, n):
    m = d.month - 1 + n
    y, m = d.year + m // 12, m % 12 + 1
    import calendar
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def month_add(ym, n):
    y, m = map(int, ym.split("-"))
    k = y * 12 + m - 1 + n
    return "%04d-%02d" % (k // 12, k % 12 + 1)


def check_digit(s17):
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    return "10X98765432"[sum(int(a) * b for a, b in zip(s17, w)) % 11]


def id_valid(n):
    if len(n) != 18 or not n[:17].isdigit():
        return False
    try:
        D(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    return check_digit(n[:17]) == n[17]


def window_months(as_of):
    # latest month M with 15th of M+1 <= as_of
    m = "%04d-%02d" % (as_of.year, as_of.month)
    last = month_add(m, -1) if as_of.day >= 15 else month_add(m, -2)
    return [month_add(last, k) for k in range(-5, 1)]
