"""GB 11643 citizen ID numbers and GB 32100 unified social credit codes."""
import datetime as _dt

W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C11643 = "10X98765432"


def id_check_char(body17):
    s = sum(int(c) * w for c, w in zip(body17, W11643))
    return C11643[s % 11]


def make_id(area6, birth, seq3, male):
    """seq3: 0..999; the last digit's parity carries the sex (odd = male)."""
    seq = int(seq3) % 1000
    if (seq % 2 == 1) != bool(male):
        seq = (seq + 1) % 1000
    body = "%s%04d%02d%02d%03d" % (area6, birth.year, birth.month, birth.day, seq)
    return body + id_check_char(body)


def force_body(body17):
    """An ID with a correct check digit for an arbitrary (maybe impossible) 17-digit body."""
    return body17 + id_check_char(body17)


def id_valid(s):
    if not s or len(s) != 18 or not s[:17].isdigit() or s[17] not in "0123456789X":
        return False
    if id_check_char(s[:17]) != s[17]:
        return False
    try:
        b = _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return 1900 <= b.year <= 2030


def id_birth(s):
    try:
        return _dt.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return None


def mask_id(s, style):
    if style == "mid":       # 3101**********123X
        return s[:4] + "*" * 10 + s[14:]
    if style == "six_four":  # 310101********123X
        return s[:6] + "*" * 8 + s[14:]
    if style == "one_one":   # 3****************X
        return s[0] + "*" * 16 + s[17]
    raise ValueError(style)


# ---- GB 32100 -----------------------------------------------------------
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_W = [3, 7, 9, 10, 5, 8, 4, 2]


def _org_check(code8):
    # GB 11714: digits 0-9, letters A=10 ... Z=35
    def v(c):
        return int(c) if c.isdigit() else ord(c) - 55
    s = sum(v(c) * w for c, w in zip(code8, ORG_W))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check_char(body17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(body17, USCC_W))
    c = (31 - s % 31) % 31
    return USCC_CHARS[c]


def make_uscc(rng, region6="310115"):
    # 9 (工商) 1 (企业) + region + 9-char 主体标识码 (GB 11714 incl. its check) + check
    letters = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    if rng.random() < 0.6:
        org8 = "MA1" + "".join(rng.choice(letters) for _ in range(5))
    else:
        org8 = "".join(rng.choice("0123456789") for _ in range(8))
    org9 = org8 + _org_check(org8)
    body = "91" + region6 + org9
    return body + uscc_check_char(body)


def uscc_valid(s):
    if not s or len(s) != 18 or any(c not in USCC_CHARS for c in s):
        return False
    return uscc_check_char(s[:17]) == s[17]
