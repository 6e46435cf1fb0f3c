"""Formatting of values as they are printed, and parsing them back (selfcheck)."""
import re

CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n]
    if n < 20:
        return "十" + (CN_DIG[n - 10] if n > 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def fmt_date(iso, style):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    return {
        "cn": f"{y}年{m}月{d}日",
        "cn0": f"{y}年{m:02d}月{d:02d}日",
        "cnsp": f"{y} 年 {m} 月 {d} 日",
        "dot": f"{y}.{m:02d}.{d:02d}",
        "dash": f"{y}-{m:02d}-{d:02d}",
        "slash": f"{y}/{m:02d}/{d:02d}",
        "cnnum": f"{cn_year(y)}年{cn_num(m)}月{cn_num(d)}日",
        "compact": f"{y}{m:02d}{d:02d}",
    }[style]


def fmt_month(ym, style):
    import calendar
    y, m = int(ym[:4]), int(ym[5:7])
    last = calendar.monthrange(y, m)[1]
    return {
        "dash": f"{y}-{m:02d}",
        "cn": f"{y}年{m:02d}月",
        "compact": f"{y}{m:02d}",
        "range": f"{y}-{m:02d}-01至{y}-{m:02d}-{last}",
        "dotrange": f"{y}.{m:02d}.01-{y}.{m:02d}.{last}",
    }[style]


def fmt_amount(a, style):
    v = float(a)
    return {"plain": f"{v:.2f}", "comma": f"{v:,.2f}", "yen": f"¥{v:,.2f}", "int": f"{v:,.0f}" if v == int(v) else f"{v:,.2f}"}[style]


FW = {ord(a): ord(b) for a, b in zip("０１２３４５６７８９（）ＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺｘ－",
                                       "0123456789()ABCDEFGHIJKLMNOPQRSTUVWXYZx-")}


def norm_text(s):
    return re.sub(r"\s+", "", s.translate(FW))


def _cn_int(s):
    if all(c in CN_DIG for c in s):
        return int("".join(str(CN_DIG.index(c)) for c in s))
    if "十" in s:
        a, b = s.split("十")
        return (CN_DIG.index(a) if a else 1) * 10 + (CN_DIG.index(b) if b else 0)
    return int(s)


def parse_date(s):
    s = norm_text(s)
    if s in ("长期",):
        return "long_term"
    m = re.fullmatch(r"(\d{4})[年.\-/](\d{1,2})[月.\-/](\d{1,2})日?", s)
    if m:
        return f"{int(m[1]):04d}-{int(m[2]):02d}-{int(m[3]):02d}"
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})", s)
    if m:
        return f"{m[1]}-{m[2]}-{m[3]}"
    m = re.fullmatch(r"([〇一二三四五六七八九]{4})年([〇一二三四五六七八九十]+)月([〇一二三四五六七八九十]+)日", s)
    if m:
        return f"{_cn_int(m[1]):04d}-{_cn_int(m[2]):02d}-{_cn_int(m[3]):02d}"
    return None


def parse_month(s):
    s = norm_text(s)
    m = re.match(r"(\d{4})[年.\-]?(\d{2})", s)
    return f"{m[1]}-{m[2]}" if m else None


def parse_amount(s):
    s = norm_text(s).replace("¥", "").replace(",", "").replace("元", "")
    try:
        return f"{float(s):.2f}"
    except ValueError:
        return None


DATE_FIELDS = {"birth_date", "valid_from", "valid_until", "issue_date", "registration_date", "start_date", "end_date",
               "signing_date", "graduation_date"}


def parse_field(field, text):
    if field in DATE_FIELDS:
        return parse_date(text)
    if field in ("period", "month"):
        return parse_month(text)
    if field in ("amount", "base"):
        return parse_amount(text)
    if field in ("id_number", "employee_id_number", "spouse_id_number"):
        return norm_text(text).upper()
    if field == "back_payment":
        return "补缴" in text
    if field == "open_ended":
        return (text.startswith("☑") or text.startswith("■")) and "无固定期限" in text
    return norm_text(text)
