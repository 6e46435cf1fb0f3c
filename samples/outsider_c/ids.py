"""Identity numbers: GB 11643 citizen ID numbers and GB 32100 unified social credit codes."""
from __future__ import annotations

import datetime as dt
import random

_ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
_ID_CHECK = "10X98765432"

# Region codes (province/city/county) of places people come to Shanghai from, with the birthplace/native place text.
REGIONS = [
    ("320102", "江苏省南京市玄武区", "江苏省南京市"), ("320583", "江苏省昆山市", "江苏省昆山市"),
    ("321002", "江苏省扬州市广陵区", "江苏省扬州市"), ("330106", "浙江省杭州市西湖区", "浙江省杭州市"),
    ("330203", "浙江省宁波市海曙区", "浙江省宁波市"), ("340104", "安徽省合肥市蜀山区", "安徽省合肥市"),
    ("341202", "安徽省阜阳市颍州区", "安徽省阜阳市"), ("360102", "江西省南昌市东湖区", "江西省南昌市"),
    ("370202", "山东省青岛市市南区", "山东省青岛市"), ("410105", "河南省郑州市金水区", "河南省郑州市"),
    ("411302", "河南省南阳市宛城区", "河南省南阳市"), ("420111", "湖北省武汉市洪山区", "湖北省武汉市"),
    ("430104", "湖南省长沙市岳麓区", "湖南省长沙市"), ("431102", "湖南省永州市零陵区", "湖南省永州市"),
    ("450103", "广西壮族自治区南宁市青秀区", "广西壮族自治区南宁市"), ("510107", "四川省成都市武侯区", "四川省成都市"),
    ("511302", "四川省南充市顺庆区", "四川省南充市"), ("500103", "重庆市渝中区", "重庆市"),
    ("610113", "陕西省西安市雁塔区", "陕西省西安市"), ("620102", "甘肃省兰州市城关区", "甘肃省兰州市"),
    ("230103", "黑龙江省哈尔滨市南岗区", "黑龙江省哈尔滨市"), ("220104", "吉林省长春市朝阳区", "吉林省长春市"),
    ("210211", "辽宁省大连市甘井子区", "辽宁省大连市"), ("130102", "河北省石家庄市长安区", "河北省石家庄市"),
    ("140105", "山西省太原市小店区", "山西省太原市"), ("350203", "福建省厦门市思明区", "福建省厦门市"),
    ("440106", "广东省广州市天河区", "广东省广州市"), ("530102", "云南省昆明市五华区", "云南省昆明市"),
    ("520102", "贵州省贵阳市南明区", "贵州省贵阳市"), ("150102", "内蒙古自治区呼和浩特市新城区", "内蒙古自治区呼和浩特市"),
]


def id_check_char(first17: str) -> str:
    s = sum(int(c) * w for c, w in zip(first17, _ID_WEIGHTS))
    return _ID_CHECK[s % 11]


def make_id_number(region: str, birth: dt.date, male: bool, rng: random.Random) -> str:
    seq = rng.randint(0, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if male else rng.choice([0, 2, 4, 6, 8]))
    first17 = f"{region}{birth:%Y%m%d}{seq:03d}"
    return first17 + id_check_char(first17)


def id_number_valid(idn: str) -> bool:
    if len(idn) != 18 or not idn[:17].isdigit():
        return False
    try:
        dt.date(int(idn[6:10]), int(idn[10:12]), int(idn[12:14]))
    except ValueError:
        return False
    return id_check_char(idn[:17]) == idn[17].upper()


def typo_id_number(idn: str, rng: random.Random) -> str:
    """One digit of the sequence/birth part changed (as a clerk mistypes it); the result fails the check."""
    while True:
        pos = rng.choice([9, 11, 13, 14, 15, 16])
        d = str((int(idn[pos]) + rng.randint(1, 9)) % 10)
        out = idn[:pos] + d + idn[pos + 1:]
        if not id_number_valid(out):
            return out


_USCC_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check_char(first17: str) -> str:
    s = sum(_USCC_CHARS.index(c) * w for c, w in zip(first17, _USCC_WEIGHTS))
    return _USCC_CHARS[(31 - s % 31) % 31]


def make_credit_code(rng: random.Random, district: str = "310115") -> str:
    """91 (enterprise) + Shanghai district code + 9-character organisation code (with its own GB 11714 check)."""
    org = "".join(rng.choice(_USCC_CHARS[:10] + "ABCDEFGHJKLMNPQRTUWXY") for _ in range(8))
    # GB 11714 check of the organisation code
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    vals = [int(c) if c.isdigit() else ord(c) - 55 for c in org]
    c9 = 11 - sum(v * x for v, x in zip(vals, w)) % 11
    org += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    first17 = "91" + district + org
    return first17 + uscc_check_char(first17)
