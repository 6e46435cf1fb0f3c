"""Small helpers: check digits (GB 11643, GB 32100), normalisation, dates, fonts."""
import datetime as dt
import unicodedata

from dateutil.relativedelta import relativedelta

# ---------------------------------------------------------------- ID numbers
ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"


def id_check_char(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK[s % 11]


def make_id(area6, birth, seq3):
    body = "%s%s%03d" % (area6, birth.strftime("%Y%m%d"), seq3)
    return body + id_check_char(body)


def id_valid(idn):
    if not isinstance(idn, str) or len(idn) != 18 or not idn[:17].isdigit():
        return False
    if idn[17] not in "0123456789X":
        return False
    try:
        dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return id_check_char(idn[:17]) == idn[17]


# ---------------------------------------------------------------- USCC (GB 32100)
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(code8):
    s = sum(_org_val(c) * w for c, w in zip(code8, ORG_WEIGHTS))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    return USCC_CHARS[(31 - s % 31) % 31]


def make_uscc(rng, area6="310115"):
    while True:
        org8 = "MA1" + "".join(rng.choice(USCC_CHARS[:-1]) for _ in range(5))
        oc = org_check(org8)
        if oc in USCC_CHARS:
            break
    body = "91" + area6 + org8 + oc
    return body + uscc_check(body)


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17] and org_check(code[8:16]) == code[16]


# ---------------------------------------------------------------- normalisation
def norm(s):
    if s is None:
        return None
    s = "".join(ch for ch in str(s) if not ch.isspace())
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


# ---------------------------------------------------------------- dates
def d(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def iso(x):
    return x.isoformat()


def ym(x):
    return "%04d-%02d" % (x.year, x.month)


def month_add(y_m, k):
    y, m = map(int, y_m.split("-"))
    n = y * 12 + (m - 1) + k
    return "%04d-%02d" % (n // 12, n % 12 + 1)


def month_last_day(y_m):
    y, m = map(int, y_m.split("-"))
    return (dt.date(y, m, 1) + relativedelta(months=1) - dt.timedelta(days=1))


def completed_age(birth, asof):
    birth, asof = d(birth), d(asof)
    a = asof.year - birth.year
    if (asof.month, asof.day) < (birth.month, birth.day):
        a -= 1
    return a


CN_DIG = "〇一二三四五六七八九"


def cn_year(y):
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n):
    if n < 10:
        return CN_DIG[n] if n else "〇"
    if n < 20:
        return "十" + (CN_DIG[n - 10] if n > 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(x, day=True):
    x = d(x)
    s = "%s年%s月" % (cn_year(x.year), cn_num(x.month))
    return s + ("%s日" % cn_num(x.day) if day else "")


# 2026 public holidays (国务院办公厅 2026 arrangement) and make-up working days
HOLIDAYS_2026 = set()
for a, b in [("2026-01-01", "2026-01-03"), ("2026-02-15", "2026-02-23"),
             ("2026-04-04", "2026-04-06"), ("2026-05-01", "2026-05-05"),
             ("2026-06-19", "2026-06-21"), ("2026-09-25", "2026-09-27"),
             ("2026-10-01", "2026-10-07"), ("2027-01-01", "2027-01-01")]:
    x = d(a)
    while x <= d(b):
        HOLIDAYS_2026.add(x)
        x += dt.timedelta(days=1)
MAKEUP_2026 = {d(s) for s in ["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09",
                              "2026-09-20", "2026-10-10"]}


def is_workday(x):
    if x in MAKEUP_2026:
        return True
    if x in HOLIDAYS_2026:
        return False
    return x.weekday() < 5


def workdays_between(issue, asof):
    """count working days w with issue < w <= asof"""
    x, n = d(issue) + dt.timedelta(days=1), 0
    while x <= d(asof):
        n += is_workday(x)
        x += dt.timedelta(days=1)
    return n


# ---------------------------------------------------------------- fonts
FONTS = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "sans_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_light": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0),
}
_font_cache = {}


def font(name, size):
    from PIL import ImageFont
    key = (name, int(size))
    f = _font_cache.get(key)
    if f is None:
        path, idx = FONTS[name]
        f = ImageFont.truetype(path, int(size), index=idx)
        _font_cache[key] = f
    return f


# ---------------------------------------------------------------- reproducible PDFs
def fix_pdf(data, salt):
    """make PDF bytes reproducible: fixed dates and a derived /ID, same lengths"""
    import hashlib
    import re

    def date(m):
        body = m.group(0)
        head = body[:body.index(b"(") + 1]
        inner = body[len(head):-1]
        fixed = b"D:20261101090000"
        fixed = (fixed + b"+08'00'")[:len(inner)] if len(inner) >= len(fixed) else fixed[:len(inner)]
        return head + fixed.ljust(len(inner), b"0") + b")"
    data = re.sub(rb"/(?:CreationDate|ModDate)\s*\(D:[^)]*\)", date, data)
    h = hashlib.sha256(salt.encode()).hexdigest().encode()

    def ident(m):
        return re.sub(rb"<([0-9A-Fa-f]+)>", lambda k: b"<" + (h * 4)[:len(k.group(1))] + b">", m.group(0))
    data = re.sub(rb"/ID\s*\[\s*<[0-9A-Fa-f]+>\s*<[0-9A-Fa-f]+>\s*\]", ident, data)
    data = re.sub(rb"uuid:[0-9a-fA-F-]{36}", lambda m: b"uuid:" + (h[:8] + b"-" + h[8:12] + b"-" + h[12:16] + b"-"
                                                            + h[16:20] + b"-" + h[20:32]), data)
    def xmpdate(m):
        tag, inner = m.group(1), m.group(2)
        new = (b"2026-11-01T09:00:00+08:00" + b" " * len(inner))[:len(inner)]
        return b"<xmp:" + tag + b">" + new + b"</xmp:" + tag + b">"
    data = re.sub(rb"<xmp:(CreateDate|ModifyDate|MetadataDate)>([^<]*)</xmp:\1>", xmpdate, data)
    return data
