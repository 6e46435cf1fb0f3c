"""Shared helpers: deterministic RNG, normalisation, ID numbers / credit codes, fonts."""
import datetime as dt
import random
import re
from functools import lru_cache

from dateutil.relativedelta import relativedelta

# ---------------------------------------------------------------- normalisation
def norm(s):
    """SPEC §3: white space removed, full-width digits/letters/brackets half-width."""
    if s is None:
        return None
    out = []
    for ch in str(s):
        o = ord(ch)
        if ch in " \t\r\n\u3000\u00a0":
            continue
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        out.append(ch)
    return "".join(out)


def fullwidth(s):
    return "".join(chr(ord(c) + 0xFEE0) if ("0" <= c <= "9" or "A" <= c <= "Z" or c in "()-") else c for c in s)


def d(s):
    return dt.date.fromisoformat(s)


def iso(x):
    return x.isoformat()


def month_add(m, k):
    y, mo = int(m[:4]), int(m[5:7])
    t = y * 12 + mo - 1 + k
    return "%04d-%02d" % (t // 12, t % 12 + 1)


def month_of(date):
    return "%04d-%02d" % (date.year, date.month)


def month_last_day(m):
    y, mo = int(m[:4]), int(m[5:7])
    return (dt.date(y, mo, 1) + relativedelta(months=1) - dt.timedelta(days=1)).day


# ---------------------------------------------------------------- GB 11643
_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C = "10X98765432"


def id_check(first17):
    return _C[sum(int(a) * b for a, b in zip(first17, _W)) % 11]


def id_valid(s):
    if not s or not re.fullmatch(r"\d{17}[\dX]", s):
        return False
    try:
        dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17]


def make_id(area, birth, rng, sex):
    seq = rng.randint(0, 99)
    g = rng.choice([1, 3, 5, 7, 9]) if sex == "男" else rng.choice([0, 2, 4, 6, 8])
    f17 = "%s%s%02d%d" % (area, birth.strftime("%Y%m%d"), seq, g)
    return f17 + id_check(f17)


# ---------------------------------------------------------------- GB 32100 / GB 11714
_CC = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CW = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
_OC = "0123456789ABCDEFGHJKLMNPQRTUWXY"  # org code body chars (subset used)
_OW = [3, 7, 9, 10, 5, 8, 4, 2]


def _orgval(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(body8):
    s = sum(_orgval(c) * w for c, w in zip(body8, _OW))
    r = 11 - s % 11
    return "X" if r == 10 else ("0" if r == 11 else str(r))


def credit_check(first17):
    s = sum(_CC.index(c) * w for c, w in zip(first17, _CW))
    r = 31 - s % 31
    return _CC[0 if r == 31 else r]


def credit_valid(s):
    if not s or len(s) != 18 or any(c not in _CC for c in s):
        return False
    if credit_check(s[:17]) != s[17]:
        return False
    return org_check(s[8:16]) == s[16]


def make_credit(rng, district="310115"):
    body = "MA" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
    if rng.random() < 0.4:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    f17 = "91" + district + body + org_check(body)
    return f17 + credit_check(f17)


# ---------------------------------------------------------------- fonts
FONTS = {
    # name: (path, index, pil_ok, reportlab_ok)
    "noto_sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, False),
    "noto_sans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, False),
    "noto_serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, False),
    "noto_serif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, False),
    "noto_mono": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 7, False),
    "wqy_micro": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, True),
    "wqy_zen": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, True),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, True),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, True),
    "gkai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, True),
    "gbsn": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, True),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, True),
    "wenkai_l": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0, True),
    "wenkai_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0, True),
    "wenkai_mono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0, True),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, True),
}
SANS = ["noto_sans", "wqy_micro", "wqy_zen", "noto_sans_b"]
SERIF = ["noto_serif", "uming", "gbsn", "noto_serif_b"]
KAI = ["ukai", "gkai", "wenkai", "wenkai_l", "wenkai_mono"]
RL_FONTS = [k for k, v in FONTS.items() if v[2]]
CSS_FAMILIES = ["Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Micro Hei", "WenQuanYi Zen Hei",
                "AR PL UMing CN", "LXGW WenKai", "AR PL UKai CN", "Noto Sans Mono CJK SC"]


@lru_cache(maxsize=None)
def cmap(name):
    from fontTools.ttLib import TTFont, TTCollection
    path, idx, _ = FONTS[name]
    if path.endswith(".ttc"):
        f = TTCollection(path, lazy=True).fonts[idx]
    else:
        f = TTFont(path, lazy=True)
    return frozenset(f.getBestCmap().keys())


def covers(name, text):
    cm = cmap(name)
    return all((ord(c) in cm) or c in " \n" for c in text)


def pick_font(name, text, fallbacks=("noto_sans", "wqy_zen")):
    if covers(name, text):
        return name
    for f in fallbacks:
        if covers(f, text):
            return f
    return "noto_sans"


@lru_cache(maxsize=512)
def pil_font(name, size):
    from PIL import ImageFont
    path, idx, _ = FONTS[name]
    return ImageFont.truetype(path, int(size), index=idx)


def rng_for(seed, index, salt=0):
    return random.Random(seed * 1000003 + index * 7919 + salt)
