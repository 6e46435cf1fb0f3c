"""Date arithmetic used by the plan and the truth: months, the tax window, working days, age, points."""
import calendar
import datetime as dt

D = dt.date
# 2025/2026 public holidays (days off) and make-up working days (调休), per the State Council notices
HOLIDAYS = set()
for a, b in [("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
             ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
             ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
             ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07")]:
    x, y = D.fromisoformat(a), D.fromisoformat(b)
    while x <= y:
        HOLIDAYS.add(x)
        x += dt.timedelta(days=1)
MAKEUP = {D.fromisoformat(s) for s in ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                                         "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]}


def is_workday(d):
    if d in MAKEUP:
        return True
    return d.weekday() < 5 and d not in HOLIDAYS


def workdays_after(issue, as_of):
    """number of working days d with issue < d <= as_of"""
    n, d = 0, issue + dt.timedelta(days=1)
    while d <= as_of:
        n += is_workday(d)
        d += dt.timedelta(days=1)
    return n


def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return D(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def add_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def month_key(d):
    return f"{d.year:04d}-{d.month:02d}"


def month_list(first, last):
    """inclusive list of YYYY-MM between two (y, m) month starts given as dates"""
    out, d = [], D(first.year, first.month, 1)
    while d <= D(last.year, last.month, 1):
        out.append(month_key(d))
        d = add_months(d, 1)
    return out


def mdate(key):
    return D(int(key[:4]), int(key[5:7]), 1)


def tax_window(as_of):
    """six latest months M with deadline 15th of M+1 <= as_of"""
    m = D(as_of.year, as_of.month, 1)
    while True:
        if add_months(m, 1).replace(day=15) <= as_of:
            break
        m = add_months(m, -1)
    return [month_key(add_months(m, -k)) for k in range(5, -1, -1)]


def age_at(birth, as_of):
    return as_of.year - birth.year - ((as_of.month, as_of.day) < (birth.month, birth.day))


def age_points(age):
    if age > 60:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


EDU_POINTS = {"college": 50, "bachelor": 60, "bachelor_degree": 90, "master": 100, "doctor": 110}


def days_between(a, b):
    return (b - a).days
