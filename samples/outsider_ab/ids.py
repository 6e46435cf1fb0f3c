"""Identity numbers: GB 11643 (居民身份证号码) and GB 32100 (统一社会信用代码)."""
import datetime as _dt

_W11643 = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_C11643 = "10X98765432"


def id_check_char(first17: str) -> str:
    s = sum(int(c) * w for c, w in zip(first17, _W11643))
    return _C11643[s % 11]


def make_id(area: str, birth: _dt.date, seq: int, male: bool) -> str:
    """seq: 0..99 -> the 15th-16th digits; the 17th digit carries the sex."""
    seq = seq % 100
    s17 = 2 * ((seq * 7) % 5) + (1 if male else 0)
    first = f"{area}{birth:%Y%m%d}{seq:02d}{s17}"
    return first + id_check_char(first)


def id_valid(num) -> bool:
    if not isinstance(num, str) or len(num) != 18:
        return False
    num = num.upper()
    if not num[:17].isdigit() or num[17] not in "0123456789X":
        return False
    try:
        d = _dt.date(int(num[6:10]), int(num[10:12]), int(num[12:14]))
    except ValueError:
        return False
    if d.year < 1900 or d > _dt.date(2030, 1, 1):
        return False
    return id_check_char(num[:17]) == num[17]


def id_birth(num: str):
    return _dt.date(int(num[6:10]), int(num[10:12]), int(num[12:14]))


# ---- GB 32100 ----
USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_W32100 = [pow(3, i, 31) for i in range(17)]
# GB 11714 organisation code
_W11714 = [3, 7, 9, 10, 5, 8, 4, 2]


def _v11714(c):
    return int(c) if c.isdigit() else ord(c) - 55


def org_check(code8: str) -> str:
    s = sum(_v11714(c) * w for c, w in zip(code8, _W11714))
    c = 11 - s % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


def uscc_check(first17: str) -> str:
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, _W32100))
    return USCC_CHARS[(31 - s % 31) % 31]


def make_uscc(rng, area="310115") -> str:
    # 9 = 市场监管(工商), 1 = 企业; then 行政区划码; then a GB 11714 code
    if rng.random() < 0.5:
        body = "MA1" + "".join(rng.choice("0123456789ABCDEFGHJKLMNPQRTUWXY") for _ in range(5))
    else:
        body = "".join(rng.choice("0123456789") for _ in range(8))
    org = body + org_check(body)
    if any(c not in USCC_CHARS for c in org):
        org = body + "0"
    first = "91" + area + org
    return first + uscc_check(first)


def uscc_valid(code) -> bool:
    if not isinstance(code, str) or len(code) != 18:
        return False
    if any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check(code[:17]) == code[17]
