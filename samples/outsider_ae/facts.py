"""Draw one applicant's facts (documents' field values) for a scenario of defects."""
import datetime as dt

from . import people as P
from . import spec

READY = []
# review scenarios (warnings only) and fix scenarios (1-2 defects each, each rule in >= 2 packets)
REVIEW = [["older"], ["renewal_nodiploma"], ["zhuanke"], ["zhuanke"], ["selfstudy_unsupported"],
          ["adult_unsupported"], ["permit_recent"], ["permit_recent"], ["glare_hidden"], ["glare_hidden"],
          ["dark_page"], ["dark_page"]]
FIX = [["missing_member", "agency"], ["missing_member", "tax_gap"], ["id_typo", "si_short"],
       ["id_typo", "contract_ends_soon"], ["name_typo", "tax_gap"], ["name_typo", "permit_expired"],
       ["hukou_moved", "id_expired"], ["hukou_moved", "job_changed"], ["permit_expired", "si_stopped"],
       ["id_expired", "over_age"], ["over_age", "contract_short"], ["contract_short_soon", "si_stopped_short"]]


def plan(count, seed):
    import random
    n_fix = round(count * 12 / 40)
    n_rev = round(count * 12 / 40)
    n_ready = count - n_fix - n_rev
    out = [[] for _ in range(n_ready)] + [REVIEW[i % len(REVIEW)] for i in range(n_rev)] + \
          [FIX[i % len(FIX)] for i in range(n_fix)]
    random.Random(f"{seed}-plan").shuffle(out)
    return out


def D(s):
    return dt.date.fromisoformat(s)


def workday_back(d, n):
    """the date n Chinese working days before d (so that exactly n-1 ... used for too_recent)"""
    x = d
    while n > 0:
        x -= dt.timedelta(days=1)
        if spec.working_days_between(x - dt.timedelta(days=1), x) == 1:
            n -= 1
    return x


def draw(rng, defects, idx):
    f = {"defects": list(defects)}
    # ---- as-of and application
    while True:
        as_of = dt.date(2026, 11, 2) + dt.timedelta(days=rng.randint(0, 58))
        if as_of.weekday() < 5:
            break
    renewal_ok = not any(d in defects for d in ("missing_member", "hukou_moved", "dark_page", "glare_hidden"))
    app = "renewal" if (renewal_ok and rng.random() < 0.22) or "renewal_nodiploma" in defects else "first"
    f["as_of"], f["application"] = as_of, app

    # ---- person
    sex = rng.choice(["男", "女"])
    if "over_age" in defects:
        age = rng.choice([61, 61, 62])
    elif "older" in defects:
        age = rng.randint(46, 54)
    elif rng.random() < 0.15:
        age = rng.randint(44, 48)
    else:
        age = rng.randint(24, 43)
    birth = dt.date(as_of.year - age, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
    if P.age_at(birth, as_of) != age:
        birth = dt.date(birth.year - 1, birth.month, min(birth.day, 28))
    area = rng.choice(P.AREAS)
    name = P.draw_name(rng, sex)
    idn = P.make_id(area[0], birth, sex, rng)
    eth = rng.choice(P.ETHNIC)
    hk_addr = P.draw_address(rng, area)
    collective = "missing_member" not in defects and rng.random() < 0.15
    if collective:
        hk_addr = area[1] + area[2] + area[3] + rng.choice(["人才服务中心集体户", "人力资源服务中心集体户口",
                                                           "公共就业和人才服务中心集体户"])
    f.update(name=name, sex=sex, birth=birth, area=area, id_number=idn, ethnicity=eth, hukou_address=hk_addr,
             collective=collective, age=age)

    # ---- ID card
    def card_len(a):
        return 5 if a < 16 else 10 if a <= 25 else 20 if a <= 45 else 0

    for _ in range(200):
        if "id_expired" in defects:
            vf = as_of - dt.timedelta(days=rng.randint(10, 300))
            L = rng.choice([10, 20])
            vf = P.add_years(vf, -L)
        else:
            vf = as_of - dt.timedelta(days=rng.randint(60, 19 * 365))
        L2 = card_len(P.age_at(birth, vf))
        if "id_expired" in defects and L2 != L:
            continue
        if L2 == 0:
            vu = "long_term"
        else:
            vu = P.add_years(vf, L2)
            if "id_expired" not in defects and vu <= as_of + dt.timedelta(days=30):
                continue
        break
    id_addr = hk_addr
    if "hukou_moved" in defects or (not collective and rng.random() < 0.12):
        f["old_hukou"] = P.draw_address(rng, area)
    f["id_card"] = dict(valid_from=vf, valid_until=vu, address=f.get("old_hukou", id_addr)
                        if "hukou_moved" in defects or rng.random() < 0.5 else id_addr,
                        authority=area[4])

    # ---- residence permit
    n = rng.choice([1, 2, 3, 3])
    if "permit_expired" in defects:
        pvu = as_of - dt.timedelta(days=rng.randint(3, 200))
        piss = P.add_years(pvu + dt.timedelta(days=1), -n)
    elif "permit_recent" in defects:
        piss = workday_back(as_of, rng.randint(1, 4))
        pvu = P.add_years(piss, n) - dt.timedelta(days=1)
    else:
        piss = as_of - dt.timedelta(days=rng.randint(25, n * 365 - 20))
        pvu = P.add_years(piss, n) - dt.timedelta(days=1)
    f["permit"] = dict(issue=piss, valid_until=pvu, residence=P.sh_address(rng),
                       hukou=f.get("old_hukou") if "hukou_moved" in defects else hk_addr)

    # ---- employer and contract
    emp = P.company(rng)
    f["employer"] = emp
    agency = rng.choice(P.AGENCIES) if "agency" in defects else None
    new_emp = None
    if "job_changed" in defects:
        new_emp = P.company(rng)
        while new_emp == emp:
            new_emp = P.company(rng)
    f["agency"], f["new_employer"] = agency, new_emp
    open_ended = False
    form = rng.choice(["model", "model", "company", "company"])
    two = P.add_months(as_of, 2)
    if "contract_short_soon" in defects:
        k = rng.randint(6, 10)
        end = as_of + dt.timedelta(days=rng.randint(0, (two - as_of).days - 1))
        start = P.add_months(end + dt.timedelta(days=1), -k)
    elif "contract_short" in defects:
        k = rng.choice([6, 10, 11, 11])
        if rng.random() < 0.4:  # one day short of a year (classic slip)
            start = as_of - dt.timedelta(days=rng.randint(60, 200))
            end = P.add_years(start, 1) - dt.timedelta(days=2)
        else:
            start = as_of - dt.timedelta(days=rng.randint(20, 40))
            end = P.add_months(start, k) - dt.timedelta(days=1)
        if end < two + dt.timedelta(days=5):
            start = as_of - dt.timedelta(days=30)
            end = P.add_months(start, 11) - dt.timedelta(days=1)
    elif "contract_ends_soon" in defects:
        end = as_of + dt.timedelta(days=rng.randint(-25, (two - as_of).days - 1))
        start = P.add_years(end + dt.timedelta(days=1), -rng.choice([1, 2, 3]))
    else:
        if rng.random() < 0.15:
            open_ended = True
            start = as_of - dt.timedelta(days=rng.randint(200, 3000))
            end = None
        else:
            yrs = rng.choice([3, 3, 3, 5, 2, 1])
            lo = (P.add_years(as_of, -yrs) + dt.timedelta(days=75))
            hi = as_of - dt.timedelta(days=40)
            if "si_short" in defects or "si_stopped_short" in defects:
                lo = max(lo, as_of - dt.timedelta(days=165))
            if lo > hi:
                yrs = 3
                lo = P.add_years(as_of, -3) + dt.timedelta(days=75)
            start = lo + dt.timedelta(days=rng.randint(0, (hi - lo).days))
            if "si_short" in defects or "si_stopped_short" in defects:
                start = min(start, as_of - dt.timedelta(days=100))
            end = P.add_years(start, yrs) - dt.timedelta(days=1)
            if start < as_of - dt.timedelta(days=500) and rng.random() < 0.5:
                form = "renewal"
    f["contract"] = dict(start=start, end=end, open_ended=open_ended, form=form,
                         signing=start - dt.timedelta(days=rng.randint(0, 12)),
                         probation=rng.choice([1, 2, 3, 6]), rep=P.draw_name(rng, rng.choice("男女")))
    # ---- education
    edu = "bachelor"
    if "zhuanke" in defects:
        edu = "zhuanke"
    elif "selfstudy_unsupported" in defects:
        edu = "selfstudy"
    elif "adult_unsupported" in defects:
        edu = "adult_zk"
    elif "renewal_nodiploma" in defects:
        edu = "none"
    else:
        r = rng.random()
        edu = "master" if r < 0.22 else ("selfstudy_ok" if r < 0.3 else "bachelor")
        if age > 41 and edu == "master":
            edu = "bachelor"
    f["edu"] = edu
    f["xuexin"] = edu in ("selfstudy_ok",) or (edu in ("bachelor", "master") and rng.random() < 0.25)
    f["married"] = age > 27 and rng.random() < 0.6
    f["marriage_cert"] = f["married"] and rng.random() < 0.35
    f["si_present"] = any(d.startswith("si_") for d in defects) or (
        rng.random() < 0.35 and not any(d in defects for d in ("agency", "job_changed")))
    if age >= 44 and "older" not in defects and "over_age" not in defects:
        f["si_present"] = True  # the older ready applicants reach 120 with their SI years
    f["unknown_page"] = rng.random() < 0.2
    return f
