"""Small helpers: normalisation, date formats, Chinese numerals."""
import datetime as _dt
import re
from dateutil.relativedelta import relativedelta

D = _dt.date


def norm(s):
    """SPEC §3 normalisation: white space removed, full-width digits/letters/brackets half-width."""
    if s is None:
        return None
    out = []
    for ch in str(s):
        o = ord(ch)
        if ch.isspace() or ch == "\u3000":
            continue
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def to_fullwidth(s, brackets=True, digits=False):
    out = []
    for ch in s:
        if brackets and ch in "()":
            ch = chr(ord(ch) + 0xFEE0)
        elif digits and (ch.isdigit() or ch.isascii() and ch.isalpha()):
            ch = chr(ord(ch) + 0xFEE0)
        out.append(ch)
    return "".join(out)


def iso(d):
    return d.isoformat()


def ym(d):
    return "%04d-%02d" % (d.year, d.month)


def add_months(d, n):
    return d + relativedelta(months=n)


def month_first(d):
    return D(d.year, d.month, 1)


def month_last(d):
    return add_months(month_first(d), 1) - _dt.timedelta(days=1)


def month_range(a, b):
    """inclusive list of first-of-month dates between a and b"""
    out = []
    m = month_first(a)
    while m <= month_first(b):
        out.append(m)
        m = add_months(m, 1)
    return out


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_small(n):
    if n < 10:
        return CN_DIG[n] if n else "〇"
    if n == 10:
        return "十"
    if n < 20:
        return "十" + CN_DIG[n - 10]
    t, u = divmod(n, 10)
    return CN_DIG[t] + "十" + (CN_DIG[u] if u else "")


CN_UPPER_NUM = "零壹贰叁肆伍陆柒捌玖"


def fmt_date(d, style):
    y, m, dd = d.year, d.month, d.day
    if style == "iso":
        return "%04d-%02d-%02d" % (y, m, dd)
    if style == "dot":
        return "%04d.%02d.%02d" % (y, m, dd)
    if style == "dot_nz":
        return "%d.%d.%d" % (y, m, dd)
    if style == "slash":
        return "%04d/%02d/%02d" % (y, m, dd)
    if style == "cn":
        return "%04d年%02d月%02d日" % (y, m, dd)
    if style == "cn_nz":
        return "%d年%d月%d日" % (y, m, dd)
    if style == "cn_sp":
        return "%d 年 %d 月 %d 日" % (y, m, dd)
    if style == "cn_num":
        return "%s年%s月%s日" % (cn_year(y), cn_small(m), cn_small(dd))
    if style == "compact":
        return "%04d%02d%02d" % (y, m, dd)
    raise ValueError(style)


def fmt_month(d, style):
    y, m = d.year, d.month
    if style == "iso":
        return "%04d-%02d" % (y, m)
    if style == "compact":
        return "%04d%02d" % (y, m)
    if style == "cn":
        return "%04d年%02d月" % (y, m)
    if style == "cn_nz":
        return "%d年%d月" % (y, m)
    if style == "dot":
        return "%04d.%02d" % (y, m)
    if style == "slash":
        return "%04d/%02d" % (y, m)
    if style == "cn_num":
        return "%s年%s月" % (cn_year(y), cn_small(m))
    raise ValueError(style)


def age_at(birth, on):
    a = on.year - birth.year
    if (on.month, on.day) < (birth.month, birth.day):
        a -= 1
    return a


def money(x):
    return "%.2f" % x


def cn_money_upper(x):
    """金额大写, simplified (used only as decoration on the old 完税证明)."""
    units = ["", "拾", "佰", "仟"]
    yuan = int(x)
    jiao = int(round(x * 100)) % 100 // 10
    fen = int(round(x * 100)) % 10
    s = ""
    digits = str(yuan)
    n = len(digits)
    zero = False
    for i, c in enumerate(digits):
        p = n - 1 - i
        v = int(c)
        if v == 0:
            zero = True
            if p == 4:
                s += "万"
            continue
        if zero and s:
            s += "零"
        zero = False
        s += CN_UPPER_NUM[v] + units[p % 4]
        if p == 4:
            s += "万"
    if not s:
        s = "零"
    s += "元"
    if jiao == 0 and fen == 0:
        s += "整"
    else:
        s += (CN_UPPER_NUM[jiao] + "角") if jiao else "零"
        if fen:
            s += CN_UPPER_NUM[fen] + "分"
    return s


_mask_re = re.compile(r"[*＊]")


def is_masked(s):
    return bool(s) and bool(_mask_re.search(s))
