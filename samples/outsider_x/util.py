"""Small helpers: deterministic randomness, dates, normalisation."""
from __future__ import annotations

import datetime as dt
import hashlib
import random

import numpy as np

D = dt.date


def sub_rng(seed: int, index: int, *purpose) -> random.Random:
    """A Random seeded from (seed, index, purpose): pure, no global state."""
    key = "|".join(str(p) for p in (seed, index) + purpose)
    return random.Random(key)


def np_rng(seed: int, index: int, *purpose) -> np.random.Generator:
    key = "|".join(str(p) for p in (seed, index) + purpose).encode()
    return np.random.default_rng(int.from_bytes(hashlib.sha256(key).digest()[:8], "big"))


def iso(d: dt.date | None) -> str | None:
    return None if d is None else d.isoformat()


def ym(d: dt.date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def add_months(d: dt.date, n: int) -> dt.date:
    """relativedelta(months=n) semantics: clamp to month end."""
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    import calendar
    last = calendar.monthrange(y, m)[1]
    return dt.date(y, m, min(d.day, last))


def add_years(d: dt.date, n: int) -> dt.date:
    return add_months(d, 12 * n)


def month_seq(start: str, end: str) -> list[str]:
    """Inclusive list of YYYY-MM from start to end."""
    y, m = map(int, start.split("-"))
    ey, em = map(int, end.split("-"))
    out = []
    while (y, m) <= (ey, em):
        out.append(f"{y:04d}-{m:02d}")
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return out


def month_add(s: str, n: int) -> str:
    y, m = map(int, s.split("-"))
    t = y * 12 + (m - 1) + n
    return f"{t // 12:04d}-{t % 12 + 1:02d}"


def month_last_day(s: str) -> dt.date:
    import calendar
    y, m = map(int, s.split("-"))
    return dt.date(y, m, calendar.monthrange(y, m)[1])


FW = {chr(0xFF10 + i): str(i) for i in range(10)}
FW.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
FW.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
FW.update({"（": "(", "）": ")", "［": "[", "］": "]", "－": "-", "　": ""})


def norm(s: str | None) -> str | None:
    """SPEC §3 normalisation: drop white space, full-width digits/letters/brackets to half-width."""
    if s is None:
        return None
    s = "".join(FW.get(c, c) for c in s)
    return "".join(s.split())


def to_fullwidth_digits(s: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


CN_DIGIT = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIGIT[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    if n < 10:
        return "〇一二三四五六七八九"[n] if n else "〇"
    if n < 20:
        return "十" + ("" if n == 10 else CN_DIGIT[n - 10])
    t, u = divmod(n, 10)
    return CN_DIGIT[t] + "十" + ("" if u == 0 else CN_DIGIT[u])


def cn_date(d: dt.date, day=True) -> str:
    s = f"{cn_year(d.year)}年{cn_num(d.month)}月"
    if day:
        s += f"{cn_num(d.day)}日"
    return s


def ymd_cn(d: dt.date, pad=False, spaced=False) -> str:
    if pad:
        m, dd = f"{d.month:02d}", f"{d.day:02d}"
    else:
        m, dd = str(d.month), str(d.day)
    if spaced:
        return f"{d.year} 年 {m} 月 {dd} 日"
    return f"{d.year}年{m}月{dd}日"
