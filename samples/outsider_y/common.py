"""Shared helpers: seeded RNG, ID numbers (GB 11643), credit codes (GB 32100),
dates, Chinese numerals, normalisation, fonts."""
from __future__ import annotations

import datetime as _dt
import hashlib
import random
import unicodedata

import numpy as np


# ---------------------------------------------------------------- RNG
def _seed_int(*parts) -> int:
    h = hashlib.sha256(":".join(str(p) for p in parts).encode("utf-8")).digest()
    return int.from_bytes(h[:8], "big")


def rng(seed, index, purpose) -> random.Random:
    """Every random choice comes from an RNG seeded by (seed, index, purpose)."""
    return random.Random(_seed_int("outsider_y", seed, index, purpose))


def nrng(seed, index, purpose) -> np.random.Generator:
    return np.random.default_rng(_seed_int("outsider_y-np", seed, index, purpose))


# ---------------------------------------------------------------- dates
D = _dt.date


def d(s: str) -> _dt.date:
    return _dt.date.fromisoformat(s)


def iso(x: _dt.date) -> str:
    return x.isoformat()


def add_years(x: _dt.date, n: int) -> _dt.date:
    try:
        return x.replace(year=x.year + n)
    except ValueError:  # 29 Feb
        return x.replace(year=x.year + n, day=28)


def add_months(x: _dt.date, n: int) -> _dt.date:
    from dateutil.relativedelta import relativedelta
    return x + relativedelta(months=n)


def month_add(ym: str, n: int) -> str:
    y, m = int(ym[:4]), int(ym[5:7])
    k = y * 12 + (m - 1) + n
    return f"{k // 12:04d}-{k % 12 + 1:02d}"


def month_of(x: _dt.date) -> str:
    return f"{x.year:04d}-{x.month:02d}"


def month_range(a: str, b: str):
    out = []
    while a <= b:
        out.append(a)
        a = month_add(a, 1)
    return out


def month_last_day(ym: str) -> _dt.date:
    nxt = month_add(ym, 1)
    return d(nxt + "-01") - _dt.timedelta(days=1)


def completed_years(born: _dt.date, at: _dt.date) -> int:
    y = at.year - born.year
    if (at.month, at.day) < (born.month, born.day):
        y -= 1
    return y


CN_DIG = "〇一二三四五六七八九"


def cn_year(y: int) -> str:
    return "".join(CN_DIG[int(c)] for c in str(y))


def cn_num(n: int) -> str:
    if n < 10:
        return "十" if n == 10 else CN_DIG[n] if n else "〇"
    if n == 10:
        return "十"
    if n < 20:
        return "十" + (CN_DIG[n % 10] if n % 10 else "")
    return CN_DIG[n // 10] + "十" + (CN_DIG[n % 10] if n % 10 else "")


def cn_date(x: _dt.date, day=True) -> str:
    s = f"{cn_year(x.year)}年{cn_num(x.month)}月"
    if day:
        s += f"{cn_num(x.day)}日"
    return s


def ymd_cn(x: _dt.date, sep=" ") -> str:
    return f"{x.year}年{sep}{x.month}{sep}月{sep}{x.day}{sep}日".replace(f"{sep}{sep}", sep)


# ---------------------------------------------------------------- normalisation
def norm(s: str) -> str:
    """SPEC §3: white space removed, full-width digits/letters/brackets half-width."""
    out = []
    for ch in s:
        if ch.isspace():
            continue
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            c2 = chr(o - 0xFEE0)
            if c2.isalnum() or c2 in "()[]{}":
                ch = c2
        out.append(ch)
    return "".join(out)


def fullwidth_brackets(s: str) -> str:
    return s.replace("(", "（").replace(")", "）")


# ---------------------------------------------------------------- GB 11643
ID_W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_C = "10X98765432"


def id_check(first17: str) -> str:
    return ID_C[sum(int(a) * w for a, w in zip(first17, ID_W)) % 11]


def make_id(area: str, born: _dt.date, seq: int) -> str:
    """seq: 0..999, odd for men (the 17th digit's parity gives the sex)."""
    body = f"{area}{born:%Y%m%d}{seq:03d}"
    return body + id_check(body)


def id_valid(s: str) -> bool:
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17].upper()


def id_seq(r: random.Random, sex: str) -> int:
    n = r.randrange(0, 500) * 2
    if sex == "男":
        n += 1
    return min(n, 999)


# ---------------------------------------------------------------- GB 32100
CC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
CC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_val(c):
    return int(c) if c.isdigit() else ord(c) - 55


def make_credit_code(r: random.Random, area: str) -> str:
    while True:
        if r.random() < 0.6:
            body = "MA" + "".join(r.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(6))
        else:
            body = "".join(r.choice("0123456789") for _ in range(8))
        c9 = 11 - sum(_org_val(c) * w for c, w in zip(body, ORG_W)) % 11
        c9 = "X" if c9 == 10 else "0" if c9 == 11 else str(c9)
        first17 = "91" + area + body + c9
        if len(first17) != 17:
            continue
        chk = (31 - sum(CC_CHARS.index(c) * w for c, w in zip(first17, CC_W)) % 31) % 31
        return first17 + CC_CHARS[chk]


def credit_code_valid(s: str) -> bool:
    if len(s) != 18 or any(c not in CC_CHARS for c in s):
        return False
    chk = (31 - sum(CC_CHARS.index(c) * w for c, w in zip(s[:17], CC_W)) % 31) % 31
    return CC_CHARS[chk] == s[17]


# ---------------------------------------------------------------- fonts
NOTO_SANS = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"
NOTO_SANS_B = "/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc"
NOTO_SERIF_B = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc"
UMING = "/usr/share/fonts/truetype/arphic/uming.ttc"
UKAI = "/usr/share/fonts/truetype/arphic/ukai.ttc"
SUNGTI = "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf"
KAITI = "/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf"
WENKAI = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf"
WENKAI_L = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf"
WENKAI_B = "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf"
MICROHEI = "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc"
ZENHEI = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"

# (path, ttc index)
FACES = {
    "sans": (NOTO_SANS, 2), "sans_b": (NOTO_SANS_B, 2), "mono": (NOTO_SANS, 7),
    "serif": (NOTO_SERIF, 2), "serif_b": (NOTO_SERIF_B, 2),
    "ming": (UMING, 0), "ukai": (UKAI, 0), "sung": (SUNGTI, 0), "kaiti": (KAITI, 0),
    "wenkai": (WENKAI, 0), "wenkai_l": (WENKAI_L, 0), "wenkai_b": (WENKAI_B, 0),
    "microhei": (MICROHEI, 0), "zenhei": (ZENHEI, 0),
}
PRINT_FACES = ["sans", "serif", "ming", "sung", "microhei", "zenhei"]
HAND_FACES = ["ukai", "kaiti", "wenkai", "wenkai_l"]

_font_cache = {}


def font(face: str, size: int):
    from PIL import ImageFont
    key = (face, int(size))
    f = _font_cache.get(key)
    if f is None:
        path, idx = FACES[face]
        f = ImageFont.truetype(path, int(size), index=idx)
        _font_cache[key] = f
    return f
