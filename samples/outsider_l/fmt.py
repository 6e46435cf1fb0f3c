import datetime as dt

CN = "〇一二三四五六七八九"


def D(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def cn_num(n):
    if n < 10:
        return CN[n] if n else "〇"
    if n < 20:
        return "十" + (CN[n % 10] if n % 10 else "")
    return CN[n // 10] + "十" + (CN[n % 10] if n % 10 else "")


def cn_date(d, day=True):
    d = D(d)
    y = "".join(CN[int(c)] for c in str(d.year))
    s = f"{y}年{cn_num(d.month)}月"
    return s + (f"{cn_num(d.day)}日" if day else "")


def ymd(d, style="cn"):
    d = D(d)
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    if style == "cn0":
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"
    if style == "cnsp":
        return f"{d.year} 年 {d.month} 月 {d.day} 日"
    if style == "dot":
        return f"{d.year}.{d.month:02d}.{d.day:02d}"
    if style == "dash":
        return d.isoformat()
    if style == "slash":
        return f"{d.year}/{d.month:02d}/{d.day:02d}"
    if style == "num":
        return cn_date(d)
    raise ValueError(style)


def fw(s):
    """half-width digits/letters/brackets -> full-width (printing variant)"""
    out = []
    for ch in s:
        if ch in "()" or ch.isdigit() or ("A" <= ch <= "Z"):
            out.append(chr(ord(ch) + 0xFEE0))
        else:
            out.append(ch)
    return "".join(out)


def fwb(s):
    """only brackets full-width"""
    return s.replace("(", "（").replace(")", "）")


def month_end(y, m):
    import calendar
    return calendar.monthrange(y, m)[1]
