"""How values are written on paper: date styles, Chinese numerals, full-width digits, money."""
import datetime as dt

CN = "〇一二三四五六七八九"


def ymd(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def cn_date(d, pad=False, spaces=False):
    d = ymd(d)
    m, dd = (f"{d.month:02d}", f"{d.day:02d}") if pad else (str(d.month), str(d.day))
    if spaces:
        return f"{d.year} 年 {m} 月 {dd} 日"
    return f"{d.year}年{m}月{dd}日"


def dot_date(d, sep="."):
    d = ymd(d)
    return f"{d.year:04d}{sep}{d.month:02d}{sep}{d.day:02d}"


def cn_small(n):
    """1..31 in Chinese numerals as written on diplomas (十一, 二十, 三十一)."""
    if n < 10:
        return CN[n]
    t, u = divmod(n, 10)
    return ("" if t == 1 else CN[t]) + "十" + (CN[u] if u else "")


def cn_numeral_date(d, day=True):
    d = ymd(d)
    s = "".join(CN[int(c)] for c in str(d.year)) + "年" + cn_small(d.month) + "月"
    return s + (cn_small(d.day) + "日" if day else "")


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if "0" <= c <= "9" or "A" <= c <= "Z" else
                   {"(": "（", ")": "）", "-": "－"}.get(c, c) for c in s)


def brackets_cn(s):
    return s.replace("(", "（").replace(")", "）")


def money(x, comma=False):
    return f"{x:,.2f}" if comma else f"{x:.2f}"


def month_range(ym, style):
    """A month written as a day range, as 税款所属期 is."""
    import calendar
    y, m = int(ym[:4]), int(ym[5:7])
    last = calendar.monthrange(y, m)[1]
    if style == "dash":
        return f"{y}-{m:02d}-01至{y}-{m:02d}-{last:02d}"
    if style == "dot":
        return f"{y}.{m:02d}.01-{y}.{m:02d}.{last:02d}"
    if style == "cn":
        return f"{y}年{m:02d}月01日至{y}年{m:02d}月{last}日"
    return f"{y}-{m:02d}"
