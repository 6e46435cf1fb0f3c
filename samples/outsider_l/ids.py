"""GB 11643 ID numbers and GB 32100 unified social credit codes."""
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
CHK = "10X98765432"


def id_check(first17):
    return CHK[sum(int(c) * w for c, w in zip(first17, W)) % 11]


def make_id(region, birth, seq):
    body = f"{region}{birth.strftime('%Y%m%d')}{seq:03d}"
    return body + id_check(body)


def id_valid(s):
    import datetime
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        datetime.date(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17]


USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check(first17):
    s = sum(USCC_CHARS.index(c) * w for c, w in zip(first17, USCC_W))
    return USCC_CHARS[(31 - s % 31) % 31]


def make_uscc(rng, region="310115"):
    body = "91" + region + "".join(rng.choice(USCC_CHARS) for _ in range(9))
    # organisation code part (9 chars) has its own check in GB 11714; keep the
    # 9th char a digit computed per GB 11714
    org = body[8:16]
    ow = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [USCC_CHARS.index(c) if not c.isdigit() else int(c) for c in org]
    # GB 11714 uses 0-9 and A-Z with A=10...; map letters accordingly
    vals = [int(c) if c.isdigit() else (ord(c) - 55) for c in org]
    c9 = 11 - sum(v * w for v, w in zip(vals, ow)) % 11
    c9 = "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = body[:16] + c9
    return body + uscc_check(body)


def uscc_valid(s):
    return len(s) == 18 and all(c in USCC_CHARS for c in s) and uscc_check(s[:17]) == s[17]
