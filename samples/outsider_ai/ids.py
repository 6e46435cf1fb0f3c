"""Checksum-valid identifiers: GB 11643 citizen ID numbers and GB 32100 credit codes."""
import datetime as _dt

ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
ID_CHECK = "10X98765432"

USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]
ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]


def id_check_char(first17):
    s = sum(int(c) * w for c, w in zip(first17, ID_WEIGHTS))
    return ID_CHECK[s % 11]


def make_id_number(region, birth, seq):
    """region: 6-digit str; birth: date; seq: 0..999 (odd = male)."""
    body = "%s%s%03d" % (region, birth.strftime("%Y%m%d"), seq)
    return body + id_check_char(body)


def id_birth_date(idn):
    try:
        return _dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return None


def id_valid(idn):
    """GB 11643: 18 chars, check char right and a possible birth date."""
    if len(idn) != 18 or not idn[:17].isdigit() or idn[17] not in ID_CHECK:
        return False
    if id_check_char(idn[:17]) != idn[17]:
        return False
    b = id_birth_date(idn)
    return b is not None and _dt.date(1900, 1, 1) <= b <= _dt.date(2026, 12, 31)


def id_sex(idn):
    return "男" if int(idn[16]) % 2 == 1 else "女"


def corrupt_id_number(idn, rng):
    """A typing slip: one digit of the body changed, check char left as it was
    (so the check fails)."""
    while True:
        pos = rng.choice([7, 8, 14, 15])
        new = str((int(idn[pos]) + rng.randint(1, 9)) % 10)
        cand = idn[:pos] + new + idn[pos + 1:]
        if not id_valid(cand) and cand != idn:
            return cand


def other_valid_id_number(idn, rng):
    """A different but checksum-valid number (another person's, or a
    re-issued wrong record): sequence digits changed, check recomputed."""
    while True:
        seq = rng.randint(0, 999)
        if seq % 2 != int(idn[16]) % 2:
            seq = (seq + 1) % 1000
        body = idn[:14] + "%03d" % seq
        cand = body + id_check_char(body)
        if cand != idn:
            return cand


def _org_check(body8):
    s = 0
    for c, w in zip(body8, ORG_WEIGHTS):
        v = int(c) if c.isdigit() else ord(c) - 55
        s += v * w
    c9 = 11 - s % 11
    return "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))


def uscc_check_char(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_WEIGHTS))
    c = 31 - s % 31
    return USCC_CHARS[0 if c == 31 else c]


SH_REGIONS = ["310101", "310104", "310105", "310106", "310107", "310109",
              "310110", "310112", "310113", "310114", "310115", "310116",
              "310117", "310118", "310120"]


def make_uscc(rng, region=None):
    region = region or rng.choice(SH_REGIONS)
    pool = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    while True:
        body8 = "MA1" + "".join(rng.choice(pool) for _ in range(5))
        org = body8 + _org_check(body8)
        first17 = "91" + region + org
        return first17 + uscc_check_char(first17)


def uscc_valid(code):
    if len(code) != 18 or any(c not in USCC_CHARS for c in code):
        return False
    return uscc_check_char(code[:17]) == code[17]
