"""Small helpers: seeded randomness, dates, check digits, normalisation."""
from __future__ import annotations

import datetime as _dt
import hashlib
import random
import unicodedata

import numpy as np

# ---------------------------------------------------------------- randomness


def _key(seed, index, purpose) -> int:
    h = hashlib.sha256(f"outsider_z|{seed}|{index}|{purpose}".encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big")


def rng(seed, index, purpose) -> random.Random:
    """A random.Random that depends only on (seed, index, purpose)."""
    return random.Random(_key(seed, index, purpose))


def nprng(seed, index, purpose) -> np.random.Generator:
    return np.random.default_rng(_key(seed, index, purpose))


class Rand:
    """Bundles one python and one numpy generator for a purpose, and derives
    children for sub-purposes so that adding a draw in one place does not move
    every other draw of the packet."""

    def __init__(self, seed, index, purpose):
        self.seed, self.index, self.purpose = seed, index, purpose
        self.r = rng(seed, index, purpose)
        self.n = nprng(seed, index, purpose)

    def child(self, sub) -> "Rand":
        return Rand(self.seed, self.index, f"{self.purpose}/{sub}")

    # python-side shortcuts
    def random(self):
        return self.r.random()

    def uniform(self, a, b):
        return self.r.uniform(a, b)

    def randint(self, a, b):
        return self.r.randint(a, b)

    def choice(self, seq):
        return self.r.choice(list(seq))

    def choices(self, seq, weights):
        return self.r.choices(list(seq), weights=weights, k=1)[0]

    def sample(self, seq, k):
        return self.r.sample(list(seq), k)

    def shuffle(self, seq):
        self.r.shuffle(seq)

    def chance(self, p):
        return self.r.random() < p

    def gauss(self, mu, sigma):
        return self.r.gauss(mu, sigma)


# ---------------------------------------------------------------- dates

D = _dt.date


def d(s: str) -> _dt.date:
    return _dt.date.fromisoformat(s)


def iso(x: _dt.date) -> str:
    return x.isoformat()


def add_months(x: _dt.date, n: int) -> _dt.date:
    """Calendar months, clamped to the month's end (as dateutil relativedelta)."""
    y, m = divmod(x.year * 12 + (x.month - 1) + n, 12)
    m += 1
    import calendar

    last = calendar.monthrange(y, m)[1]
    return _dt.date(y, m, min(x.day, last))


def add_years(x: _dt.date, n: int) -> _dt.date:
    return add_months(x, 12 * n)


def month_str(x: _dt.date) -> str:
    return f"{x.year:04d}-{x.month:02d}"


def month_add(ym: str, n: int) -> str:
    y, m = int(ym[:4]), int(ym[5:7])
    t = y * 12 + (m - 1) + n
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def month_range(a: str, b: str):
    out = []
    cur = a
    while cur <= b:
        out.append(cur)
        cur = month_add(cur, 1)
    return out


def month_last_day(ym: str) -> _dt.date:
    import calendar

    y, m = int(ym[:4]), int(ym[5:7])
    return _dt.date(y, m, calendar.monthrange(y, m)[1])


def completed_age(birth: _dt.date, on: _dt.date) -> int:
    a = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        a -= 1
    return a


# Chinese public holidays and make-up working days (国务院办公厅 notices).
HOLIDAYS = set()
MAKEUP = set()


def _rng_days(a, b):
    x, y = d(a), d(b)
    while x <= y:
        yield x
        x += _dt.timedelta(days=1)


for a, b in [
    # 2025
    ("2025-01-01", "2025-01-01"), ("2025-01-28", "2025-02-04"), ("2025-04-04", "2025-04-06"),
    ("2025-05-01", "2025-05-05"), ("2025-05-31", "2025-06-02"), ("2025-10-01", "2025-10-08"),
    # 2026
    ("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"), ("2026-04-04", "2026-04-06"),
    ("2026-05-01", "2026-05-05"), ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
    ("2026-10-01", "2026-10-07"),
]:
    HOLIDAYS.update(_rng_days(a, b))
for s in ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
          "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]:
    MAKEUP.add(d(s))


def is_working_day(x: _dt.date) -> bool:
    if x in MAKEUP:
        return True
    if x in HOLIDAYS:
        return False
    return x.weekday() < 5


def working_days_after(issue: _dt.date, as_of: _dt.date) -> int:
    """Number of working days d with issue < d <= as_of."""
    n = 0
    x = issue + _dt.timedelta(days=1)
    while x <= as_of:
        if is_working_day(x):
            n += 1
        x += _dt.timedelta(days=1)
    return n


CN_DIG = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    """1..31 as Chinese numerals (十, 十一, 二十, 三十一)."""
    if n < 10:
        return CN_DIG[n]
    t, u = divmod(n, 10)
    s = ("" if t == 1 else CN_DIG[t]) + "十"
    return s + (CN_DIG[u] if u else "")


def cn_date(x: _dt.date, day=True) -> str:
    s = f"{cn_year(x.year)}年{cn_num(x.month)}月"
    return s + (f"{cn_num(x.day)}日" if day else "")


# ---------------------------------------------------------------- check digits

_W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C11643 = "10X98765432"


def id_check(body17: str) -> str:
    s = sum(int(c) * w for c, w in zip(body17, _W11643))
    return _C11643[s % 11]


def make_id(area: str, birth: _dt.date, seq: int) -> str:
    body = f"{area}{birth.year:04d}{birth.month:02d}{birth.day:02d}{seq:03d}"
    return body + id_check(body)


def id_valid(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_WUSCC = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v11714(c):
    return int(c) if c.isdigit() else ord(c) - 55  # A=10 .. Z=35


def org_check(body8: str) -> str:
    s = sum(_v11714(c) * w for c, w in zip(body8, _W11714))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(body17: str) -> str:
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, _WUSCC))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


def make_uscc(area: str, r) -> str:
    while True:
        body8 = "MA1" + "".join(r.choice(USCC_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
        oc = org_check(body8)
        if oc in USCC_CHARS:
            break
    body17 = "91" + area + body8 + oc
    return body17 + uscc_check(body17)


def uscc_valid(s: str) -> bool:
    if len(s) != 18 or any(c not in USCC_CHARS for c in s):
        return False
    if uscc_check(s[:17]) != s[17]:
        return False
    return org_check(s[8:16]) == s[16]


# ---------------------------------------------------------------- normalising


def norm(s: str) -> str:
    """SPEC §3: white space removed, full-width digits/letters/brackets half-width."""
    out = []
    for ch in s:
        o = ord(ch)
        if ch.isspace() or o == 0x3000:
            continue
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def fullwidth_brackets(s: str) -> str:
    return s.replace("(", "（").replace(")", "）")


def nfkc(s):
    return unicodedata.normalize("NFKC", s)
