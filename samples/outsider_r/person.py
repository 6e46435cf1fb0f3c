"""One synthetic applicant and everything their documents say about them."""
import datetime as _dt

from dateutil.relativedelta import relativedelta

from . import data
from .ids import make_id, make_uscc, id_valid
from .util import add_months, month_first, month_last, month_range, norm, to_fullwidth

D = _dt.date


def rand_date(rng, a, b):
    return a + _dt.timedelta(days=rng.randint(0, max(0, (b - a).days)))


def make_name(rng, female, surname=None):
    s = surname or rng.choice(data.SURNAMES)
    pool = data.GIVEN_F if female else data.GIVEN_M
    g = rng.choice(pool) + (rng.choice(pool + data.GIVEN_F if female else pool) if rng.random() < 0.75 else "")
    return s + g


def vary_name(rng, name):
    """same name with one character swapped for a homophone / look-alike"""
    idx = [i for i in range(1, len(name)) if name[i] in data.NAME_SWAPS]
    if not idx:
        return name[:-1] + ("明" if name[-1] != "明" else "铭")
    i = rng.choice(idx)
    return name[:i] + data.NAME_SWAPS[name[i]] + name[i + 1:]


def make_region_address(rng, region, rural=None):
    code, prov, city, dist = region
    head = (prov if prov != city else "") + city + dist
    rural = rng.random() < 0.3 if rural is None else rural
    if rural:
        return head + rng.choice(data.TOWNS) + rng.choice(data.VILLAGES) + "%d组%d号" % (rng.randint(1, 12), rng.randint(1, 150))
    road = rng.choice(data.ROAD_WORDS) + rng.choice(data.ROAD_SUFFIX)
    form = rng.random()
    if form < 0.4:
        return head + road + "%d号%d幢%d室" % (rng.randint(1, 600), rng.randint(1, 30), rng.randint(101, 2405))
    if form < 0.7:
        return head + road + "%d号%d单元%d室" % (rng.randint(1, 600), rng.randint(1, 6), rng.randint(101, 1802))
    return head + road + "%d号院%d号楼%d号" % (rng.randint(1, 300), rng.randint(1, 20), rng.randint(101, 2602))


def sh_address(rng):
    code, dist, office = rng.choice(data.SH_DISTRICTS)
    road = rng.choice(data.SH_ROADS)
    if rng.random() < 0.6:
        a = "上海市%s%s%d弄%d号%d室" % (dist, road, rng.randint(10, 1500), rng.randint(1, 80), rng.randint(101, 2202))
    else:
        a = "上海市%s%s%d号%d幢%d室" % (dist, road, rng.randint(1, 2000), rng.randint(1, 40), rng.randint(101, 1902))
    return a, code, office


def one_char_change(rng, s):
    """change exactly one character of an address (a digit, or a character for a look-alike)"""
    digits = [i for i, c in enumerate(s) if c.isdigit()]
    if digits and rng.random() < 0.6:
        i = rng.choice(digits)
        c = str((int(s[i]) + rng.randint(1, 8)) % 10)
        if i == digits[0] and c == "0":
            c = "7"
        return s[:i] + c + s[i + 1:]
    swaps = {"路": "街", "幢": "栋", "室": "号", "村": "庄", "镇": "乡", "号": "弄", "区": "县"}
    idx = [i for i, c in enumerate(s) if c in swaps and i > 6]
    i = rng.choice(idx)
    return s[:i] + swaps[s[i]] + s[i + 1:]


def make_company(rng, district=None, kind="normal"):
    code, dist, _ = district or rng.choice(data.SH_DISTRICTS)
    brand = rng.choice(data.CO_BRAND)
    trade = rng.choice(data.CO_TRADE)
    if kind == "agency":
        name = "上海" + brand + rng.choice(data.AGENCY_PARTS)
    else:
        r = rng.random()
        if r < 0.12:
            name = brand + trade + "(上海)有限公司"
        elif r < 0.22:
            name = "上海" + brand + trade + "有限公司" + dist.replace("新区", "").replace("区", "") + "分公司"
        else:
            form = rng.choice(data.CO_FORM)
            name = "上海" + brand + (trade if "科技发展" not in form else trade[:2]) + form
    road = rng.choice(data.SH_ROADS)
    return {
        "name": norm(name), "raw": name, "uscc": make_uscc(rng, code), "district": code, "dist_name": dist,
        "address": "上海市%s%s%d号" % (dist, road, rng.randint(1, 3000)),
        "legal_rep": make_name(rng, rng.random() < 0.3),
        "tax_office": data.TAX_OFFICES[code],
    }


def display_name(rng, co, fullwidth=None):
    """how a company name is printed: brackets full-width or half-width"""
    fw = rng.random() < 0.5 if fullwidth is None else fullwidth
    return to_fullwidth(co["name"]) if fw else co["name"]


def seal_name(co):
    n = co["name"]
    return n.replace("(", "（").replace(")", "）")


def make_person(rng, as_of, age=None, female=None, region=None):
    female = rng.random() < 0.45 if female is None else female
    age = age if age is not None else rng.randint(25, 41)
    birth = as_of - relativedelta(years=age) - _dt.timedelta(days=rng.randint(15, 350))
    region = region or rng.choice(data.REGIONS)
    code, prov, city, dist = region
    idn = make_id(code, birth, rng.randint(0, 999), not female)
    assert id_valid(idn)
    surname = rng.choice(data.SURNAMES)
    p = {
        "name": make_name(rng, female, surname), "surname": surname, "sex": "女" if female else "男",
        "female": female, "ethnicity": rng.choice(data.ETHNIC), "birth": birth, "region": region, "id_number": idn,
    }
    p["hukou_address"] = make_region_address(rng, region)
    p["id_address"] = p["hukou_address"]
    p["birthplace"] = (prov if prov != city else "") + city
    p["native_place"] = p["birthplace"] if rng.random() < 0.7 else (prov if prov != city else "") + city
    p["residence_address"], p["sh_district"], p["police_office"] = sh_address(rng)
    return p


def id_card_validity(rng, birth, as_of, expired=False, long_term=None):
    """valid_from / valid_until per the ID card law (10/20 years or 长期 by age at issue)"""
    for _ in range(200):
        if expired:
            vu_target = as_of - _dt.timedelta(days=rng.randint(20, 400))
            age_issue = rng.choice([27, 30, 35, 40])
            years = 20 if age_issue >= 26 else 10
            vf = vu_target - relativedelta(years=years)
            if (vf - birth).days / 365.25 < 16:
                continue
            return vf, vf + relativedelta(years=years)
        vf = rand_date(rng, as_of - relativedelta(years=12), as_of - _dt.timedelta(days=60))
        ai = (vf - birth).days / 365.25
        if ai < 16:
            continue
        if ai >= 46 or long_term:
            if long_term is False:
                continue
            if ai < 46:
                continue
            return vf, None
        years = 10 if ai < 26 else 20
        vu = vf + relativedelta(years=years)
        if vu > as_of + relativedelta(months=3):
            return vf, vu
    raise RuntimeError("no id validity")
