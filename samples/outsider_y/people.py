"""Applicant, family, employer: invented people with valid ID numbers."""
from __future__ import annotations

import datetime as dt
import random

from . import data
from .common import D, add_years, completed_years, make_credit_code, make_id, id_seq


def region_name(reg, short=False):
    prov, city, dist = reg[0], reg[1], reg[2]
    if short:
        return f"{prov}{city}" if city else f"{prov}{dist}"
    return f"{prov}{city}{dist}"


def rand_date(r: random.Random, a: dt.date, b: dt.date) -> dt.date:
    return a + dt.timedelta(days=r.randint(0, max(0, (b - a).days)))


def given_name(r: random.Random, sex: str) -> str:
    pool = data.GIVEN_M if sex == "男" else data.GIVEN_F
    if r.random() < 0.35:
        return r.choice(pool)
    return r.choice(pool + data.GIVEN_ANY) + r.choice(pool)


def name_for(r, sex, surname=None, avoid=()):
    for _ in range(50):
        n = (surname or r.choice(data.SURNAMES)) + given_name(r, sex)
        if n not in avoid:
            return n
    return n


def hukou_address(r: random.Random, reg) -> str:
    prov, city, dist, code, rural = reg
    head = f"{prov}{city}{dist}"
    if rural and r.random() < 0.75:
        return (f"{head}{r.choice(data.TOWN_A)}{r.choice(data.VILLAGE_A)}村"
                f"{r.randint(1, 12)}组{r.randint(1, 120)}号")
    road = r.choice(data.ROAD_A) + r.choice(data.ROAD_A) + r.choice(data.ROAD_B)
    k = r.random()
    if k < 0.4:
        return f"{head}{road}{r.randint(1, 600)}号{r.randint(1, 30)}幢{r.randint(1, 6)}{r.randint(0, 2)}{r.randint(1, 4):02d}室"
    if k < 0.75:
        return f"{head}{road}{r.randint(1, 600)}号{r.randint(1, 12)}栋{r.randint(1, 3)}单元{r.randint(1, 30)}{r.randint(1, 4):02d}"
    return f"{head}{road}{r.randint(1, 300)}号"


def sh_address(r: random.Random, district=None) -> str:
    dist = district or r.choice(data.SH_DISTRICTS)[0]
    road = r.choice(data.SH_ROADS)
    if r.random() < 0.7:
        return f"上海市{dist}{road}{r.randint(10, 2999)}弄{r.randint(1, 120)}号{r.randint(1, 30)}{r.randint(1, 4):02d}室"
    return f"上海市{dist}{road}{r.randint(10, 999)}号{r.randint(1, 30)}{r.randint(1, 4):02d}室"


def police(reg, town=None):
    prov, city, dist, code, rural = reg
    if prov == "上海市":
        return f"上海市公安局{dist}分局"
    if dist.endswith("县"):
        return f"{dist}公安局"
    return f"{city}公安局{dist}分局" if city else f"{prov}公安局{dist}分局"


def station_ring(r: random.Random, reg):
    base = police(reg)
    return f"{base}{r.choice(['城关', '东街', '新华', '北门', '南湖', '长江', '和平', '五里'])}派出所"


def make_person(r: random.Random, sex, born, reg, surname=None, avoid=(), name=None):
    nm = name or name_for(r, sex, surname, avoid)
    return {
        "name": nm, "sex": sex, "birth": born, "region": reg, "ethnicity": "汉",
        "id_number": make_id(reg[3], born, id_seq(r, sex)),
    }


def id_validity(r: random.Random, born: dt.date, as_of: dt.date, expired=False):
    """Pick valid_from / valid_until (GB: <16 5y, 16-25 10y, 26-45 20y, 46+ long term)."""
    if expired:
        vu = as_of - dt.timedelta(days=r.randint(10, 300))
        for span in (20, 10, 5):
            vf = add_years(vu, -span)
            age_at = completed_years(born, vf)
            if (span == 20 and 26 <= age_at <= 45) or (span == 10 and 16 <= age_at <= 25) or (span == 5 and age_at < 16):
                return vf, vu
        return add_years(vu, -20), vu
    for _ in range(200):
        vf = as_of - dt.timedelta(days=r.randint(60, 19 * 365))
        age_at = completed_years(born, vf)
        if age_at < 16:
            continue
        if age_at >= 46:
            return vf, "long_term"
        span = 10 if age_at <= 25 else 20
        vu = add_years(vf, span)
        if vu > as_of + dt.timedelta(days=90):
            return vf, vu
    raise RuntimeError("no id validity")


def company(r: random.Random, avoid=(), agency=False):
    dist, code = r.choice(data.SH_DISTRICTS)
    for _ in range(50):
        w = r.choice(data.CO_WORDS)
        if agency:
            nm = f"上海{w}{r.choice(data.AGENCY_KIND)}"
        else:
            kind = r.choice(data.CO_KIND)
            k = r.random()
            if k < 0.45:
                nm = f"上海{w}{kind}有限公司"
            elif k < 0.6:
                nm = f"上海{w}(集团)有限公司"
            elif k < 0.75:
                nm = f"{w}{kind}(上海)有限公司"
            elif k < 0.88:
                nm = f"上海{w}{kind}股份有限公司"
            else:
                nm = f"{w}{kind}有限公司上海{dist[:-1] if dist != '浦东新区' else '浦东'}分公司"
        if nm not in avoid:
            break
    roadnum = f"上海市{dist}{r.choice(data.SH_ROADS)}{r.randint(10, 3000)}号"
    return {"name": nm, "code": make_credit_code(r, code), "district": dist, "addr": roadnum,
            "legal_rep": name_for(r, r.choice(["男", "女"]))}
