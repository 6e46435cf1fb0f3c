"""Date and number formats as documents print them."""
from __future__ import annotations

import datetime as dt

CN_DIGIT = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIGIT[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    if n < 10:
        return CN_DIGIT[n] if n else "〇"
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN_DIGIT[t]) + "十" + (CN_DIGIT[u] if u else "")


def date(d: dt.date | str, style: str) -> str:
    if isinstance(d, str):
        d = dt.date.fromisoformat(d)
    y, m, dd = d.year, d.month, d.day
    return {
        "iso": f"{y:04d}-{m:02d}-{dd:02d}",
        "dot": f"{y:04d}.{m:02d}.{dd:02d}",
        "slash": f"{y:04d}/{m:02d}/{dd:02d}",
        "cn": f"{y}年{m}月{dd}日",
        "cn0": f"{y}年{m:02d}月{dd:02d}日",
        "cns": f"{y} 年 {m} 月 {dd} 日",
        "cnnum": f"{cn_year(y)}年{cn_num(m)}月{cn_num(dd)}日",
        "compact": f"{y:04d}{m:02d}{dd:02d}",
    }[style]


def ym(m: str, style: str) -> str:
    y, mm = m.split("-")
    return {"iso": f"{y}-{mm}", "dot": f"{y}.{mm}", "cn": f"{y}年{int(mm)}月", "cn0": f"{y}年{mm}月",
            "compact": f"{y}{mm}", "slash": f"{y}/{mm}"}[style]


def month_range(m: str, style: str) -> str:
    """A tax period written as a day range."""
    y, mm = int(m[:4]), int(m[5:7])
    first = dt.date(y, mm, 1)
    last = (dt.date(y + (mm == 12), mm % 12 + 1, 1) - dt.timedelta(days=1))
    if style == "iso_zhi":
        return f"{first:%Y-%m-%d}至{last:%Y-%m-%d}"
    if style == "dot_dash":
        return f"{first:%Y.%m.%d}-{last:%Y.%m.%d}"
    if style == "iso_dash":
        return f"{first:%Y-%m-%d}-{last:%Y-%m-%d}"
    if style == "cn_zhi":
        return f"{first.year}年{first.month:02d}月{first.day:02d}日至{last.year}年{last.month:02d}月{last.day:02d}日"
    raise KeyError(style)


def idcard_birth(d: dt.date) -> tuple[str, str, str]:
    return str(d.year), str(d.month), str(d.day)


def fullwidth_digits(s: str) -> str:
    return "".join(chr(ord(c) - 0x30 + 0xFF10) if c.isdigit() else c for c in s)
