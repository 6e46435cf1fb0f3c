"""What a packet holds: the person, the documents' true fields and rows, the planted defects, the expected rules."""
import datetime as dt
import random

from . import people as P
from .defects import ALLOWED, REQUIRED, choose_defects
from .judge import add_months, age_at, judge, month_add, tax_window
from .papers import education, member_fields, spouse_docs

LOOKALIKE = {"晓": "哓", "明": "朋", "王": "玉", "海": "诲", "文": "父", "杰": "洁", "红": "虹", "丽": "俪", "宇": "字",
             "浩": "皓", "伟": "玮", "静": "婧", "敏": "繁", "婷": "停", "军": "车", "建": "健", "平": "乎", "英": "瑛"}


def iso(day):
    return day.isoformat()


def _as_of(rng):
    while True:
        day = dt.date(2026, 11, 2) + dt.timedelta(days=rng.randint(0, 46))
        if day.weekday() < 5:
            return day


def person(rng, as_of, defects):
    sex = rng.choice(["男", "女"])
    age = rng.randint(26, 42) if "age_over" not in defects else 61
    if rng.random() < 0.15 and "age_over" not in defects:
        age = rng.randint(44, 50)
    birth = dt.date(as_of.year - age, as_of.month, 1) - dt.timedelta(days=rng.randint(1, 330))
    place = rng.choice(P.PLACES)
    surname = rng.choice(P.SURNAMES)
    nm = P.name(rng, surname)
    while not any(c in LOOKALIKE for c in nm[1:]) and "name_lookalike" in defects:
        nm = P.name(rng, surname)
    return {"sex": sex, "birth": birth, "birth_date": iso(birth), "place": place, "name": nm, "surname": surname,
            "id_number": P.make_id(rng, place[0], birth, sex), "hukou_address": P.hukou_address(rng, place),
            "residence_address": P.shanghai_address(rng), "employer": P.company(rng),
            "legal_rep": P.name(rng), "company_address": P.shanghai_address(rng).replace("室", "室（办公）")}


def id_card(rng, me, as_of, defects):
    age = age_at(me["birth"], as_of)
    if "id_card_expired" in defects:
        until = as_of - dt.timedelta(days=rng.randint(3, 200))
        frm = add_months(until, -12 * (10 if age < 46 else 20))
    else:
        frm = as_of - dt.timedelta(days=rng.randint(120, 3500))
        years = 10 if age_at(me["birth"], frm) < 26 else 20
        if add_months(frm, 12 * years) < add_months(as_of, 1):  # renewed card: issued within the last years
            frm = as_of - dt.timedelta(days=rng.randint(120, 1200))
            years = 10 if age_at(me["birth"], frm) < 26 else 20
        until = add_months(frm, 12 * years) if age_at(me["birth"], frm) < 46 else None
    address = me["hukou_address"]
    if rng.random() < 0.15:
        address = P.hukou_address(rng, me["place"])  # an older address on the card: not a defect
    return {"name": me["name"], "sex": me["sex"], "ethnicity": me["ethnicity"], "birth_date": me["birth_date"],
            "address": address, "id_number": me["id_number"], "issuing_authority": me["place"][4],
            "valid_from": iso(frm), "valid_until": iso(until) if until else "long_term"}


def permit(rng, me, as_of, defects):
    years = rng.choice([1, 1, 3])
    if "permit_expired" in defects:
        until = as_of - dt.timedelta(days=rng.randint(2, 90))
        issue = add_months(until, -12 * years) + dt.timedelta(days=1)
    elif "permit_too_recent" in defects:
        issue = as_of - dt.timedelta(days=rng.randint(1, 4))
        until = add_months(issue, 12 * years) - dt.timedelta(days=1)
    else:
        issue = as_of - dt.timedelta(days=rng.randint(20, 330 if years == 1 else 900))
        until = add_months(issue, 12 * years) - dt.timedelta(days=1)
    hukou = me["home_address"]
    if "hukou_one_char" in defects:
        hukou = P.one_char_off(rng, hukou)
    return {"name": me["name"], "id_number": me["id_number"], "hukou_address": hukou,
            "residence_address": me["residence_address"], "issue_date": iso(issue), "valid_from": iso(issue),
            "valid_until": iso(until)}


def contract(rng, me, as_of, defects):
    open_ended = rng.random() < 0.2 and not {"contract_ends_soon", "contract_short", "contract_ended"} & set(defects)
    if "contract_short" in defects:
        start = as_of - dt.timedelta(days=rng.randint(20, 80))
        end = add_months(start, rng.choice([6, 10, 11])) - dt.timedelta(days=1)
    elif "contract_ends_soon" in defects:
        end = as_of + dt.timedelta(days=rng.randint(5, 55))
        start = add_months(end, -12 * rng.choice([1, 2, 3])) + dt.timedelta(days=1)
    elif "contract_ended" in defects:
        end = as_of - dt.timedelta(days=rng.randint(10, 120))
        start = add_months(end, -12 * 3) + dt.timedelta(days=1)
    else:
        start = as_of - dt.timedelta(days=rng.randint(240, 1500))
        start = start.replace(day=1) if rng.random() < 0.5 else start
        end = add_months(start, 12 * rng.choice([3, 3, 5])) - dt.timedelta(days=1)
        while end < add_months(as_of, 3):
            end = add_months(end, 12 * 3)
    f = {"employer": me["employer"], "employee_name": me["name"], "employee_id_number": me["id_number"],
         "start_date": iso(start), "end_date": iso(end), "open_ended": open_ended,
         "signing_date": iso(start - dt.timedelta(days=rng.randint(0, 12)))}
    if open_ended:
        del f["end_date"]
    return f


def tax(rng, me, as_of, defects, employer):
    window = tax_window(as_of)
    first = month_add(window[0], -rng.choice([0, 0, 3, 6]))
    last = window[-1]
    if "tax_print_early" in defects:
        last = month_add(last, -1)
        issue = min(as_of, dt.date(int(window[-1][:4]), int(window[-1][5:]), 28) + dt.timedelta(days=rng.randint(4, 12)))
    else:
        issue = as_of - dt.timedelta(days=rng.randint(0, 6))
    months, m = [], first
    while m <= last:
        months.append(m)
        m = month_add(m, 1)
    if "tax_missing_month" in defects:
        gone = rng.sample(window[1:-1], rng.choice([1, 2]))
        months = [m for m in months if m not in gone]
    agent = employer
    if "tax_agency" in defects:
        agent = me["agency"]
    salary = rng.randint(90, 400) * 100
    rows = []
    for m in months:
        amount = max(0.0, (salary - 5000 - salary * 0.17) * rng.choice([0.03, 0.1]) * rng.uniform(0.8, 1.1))
        rows.append({"period": m, "withholding_agent": agent, "amount": f"{amount:.2f}", "income": float(salary),
                     "item": "工资薪金所得"})
        if m.endswith("-01") and rng.random() < 0.5:
            rows.append({"period": m, "withholding_agent": agent, "amount": f"{salary * 0.3:.2f}",
                         "income": float(salary * 3), "item": "全年一次性奖金收入"})
    if rng.random() < 0.15 and len(rows) > 3:
        r = rng.choice(rows[:-1])
        rows.insert(rows.index(r) + 1, {"period": r["period"], "withholding_agent": P.company(rng),
                                        "amount": f"{rng.randint(100, 900)}.00", "income": 4000.0, "item": "劳务报酬所得"})
    fields = {"name": me["name"], "id_number": me["id_number"], "issue_date": iso(issue)}
    return fields, rows


def social(rng, me, as_of, defects, employer):
    m0 = f"{as_of.year:04d}-{as_of.month:02d}"
    last = month_add(m0, -rng.choice([0, 1, 1])) if as_of.day > 15 else month_add(m0, -1)
    n = rng.choice([12, 12, 14, 18, 24, 26, 36])
    if "si_stopped" in defects:
        last = month_add(m0, -rng.choice([2, 3, 4]))
    base = f"{rng.randint(70, 360) * 100}.00"
    prev = P.company(rng) if rng.random() < 0.3 else employer
    switch = rng.randint(4, 10)
    rows = []
    for k in range(n - 1, -1, -1):
        m = month_add(last, -k)
        who = prev if k >= switch else employer
        if "si_agency" in defects and k < 4:
            who = me["agency"]
        rows.append({"month": m, "employer": who, "base": base if k >= switch or who != prev else base,
                     "back_payment": False})
    if "si_back_payments" in defects:
        for r in rows[-rng.choice([8, 10, 12]):]:
            r["back_payment"] = True
    return {"name": me["name"], "id_number": me["id_number"]}, rows


def plan(seed, index):
    """The first draw (attempt 0, 1, …) whose expected rules are exactly what its planted defects give."""
    defects = choose_defects(random.Random(f"outsider-f:{seed}:{index}"), seed, index)
    for attempt in range(200):
        p = _plan(random.Random(f"outsider-f:{seed}:{index}:{attempt}"), defects)
        need = set().union(*(REQUIRED[d] for d in defects)) if defects else set()
        may = need.union(*(ALLOWED.get(d, set()) for d in defects)) if defects else set()
        if need <= set(p["rules"]) <= may:
            return p
    raise RuntimeError(f"no consistent draw for {seed}:{index} {defects}")


def _plan(rng, defects):
    as_of = _as_of(rng)
    application = "renewal" if rng.random() < 0.2 and "missing_household" not in defects else "first"
    me = person(rng, as_of, defects)
    me["ethnicity"] = rng.choice(["汉"] * 8 + ["回", "满", "土家"])
    me["agency"] = P.agency(rng)
    collective = rng.random() < 0.12 and application == "first"
    prov, city = me["place"][1], me["place"][2]
    if collective:
        me["home_address"] = f"{prov}{city}{me['place'][3]}{rng.choice(me['place'][5] or ['人民路'])}{rng.randint(1, 300)}号"
    else:
        me["home_address"] = me["hukou_address"]
    docs = [{"type": "id_card", "fields": id_card(rng, me, as_of, defects)},
            {"type": "residence_permit", "fields": permit(rng, me, as_of, defects)}]
    edu_docs, edu = education(rng, me, defects)
    married = rng.random() < 0.45 or "points_below" in defects and rng.random() < 0.3
    if application == "first":
        if collective:
            office = f"{city}公安局{me['place'][3]}分局" + rng.choice(["人民路派出所", "湖滨派出所", "城东派出所"])
            docs.append({"type": "collective_hukou_certificate", "fields": {
                "name": me["name"], "id_number": me["id_number"], "address": me["home_address"],
                "issue_date": iso(as_of - dt.timedelta(days=rng.randint(5, 60)))}, "office": office})
        else:
            head_self = rng.random() < 0.35
            head = me["name"] if head_self else P.name(rng, me["surname"])
            docs.append({"type": "household_register_cover", "fields": {
                "household_type": rng.choice(["家庭户", "家庭户", "居民家庭户", "农业家庭户"]), "head_name": head,
                "household_number": f"{rng.randint(10**8, 10**9 - 1)}", "address": me["home_address"],
                "issue_date": iso(as_of - dt.timedelta(days=rng.randint(400, 6000)))}})
            rel = "户主" if head_self else ("子" if me["sex"] == "男" else "女")
            docs.append({"type": "household_register_member", "fields": member_fields(
                rng, me, rel, prov + city, prov + city, edu, "已婚" if married else "未婚",
                me["employer"] if rng.random() < 0.5 else None,
                iso(me["birth"] + dt.timedelta(days=rng.randint(3, 60))))})
    cf = contract(rng, me, as_of, defects)
    lc = {"type": "labour_contract", "fields": cf}
    start = dt.date.fromisoformat(cf["start_date"])
    if not cf["open_ended"] and (as_of - start).days > 200 and rng.random() < 0.3 and not {
            "contract_short", "name_lookalike", "id_typo", "id_other_person"} & set(defects):
        old_start = add_months(start, -12 * rng.choice([2, 3]))
        lc["renewed_from"] = dict(cf, start_date=iso(old_start), end_date=iso(start - dt.timedelta(days=1)),
                                  signing_date=iso(old_start - dt.timedelta(days=rng.randint(1, 9))))
        cf["signing_date"] = iso(start - dt.timedelta(days=rng.randint(10, 30)))
    docs.append(lc)
    me["codes"] = {me["employer"]: P.credit_code(rng), me["agency"]: P.credit_code(rng)}
    tf, rows = tax(rng, me, as_of, defects, me["employer"])
    docs.append({"type": "tax_record", "fields": tf, "rows": rows})
    if rng.random() < 0.6 or {"si_agency", "si_stopped", "si_back_payments"} & set(defects):
        sf, srows = social(rng, me, as_of, defects, me["employer"])
        docs.append({"type": "social_insurance_record", "fields": sf, "rows": srows})
    docs += edu_docs
    if married and rng.random() < 0.7:
        sp, sdocs = spouse_docs(rng, me, as_of)
        docs += sdocs
    _apply_identity_defects(rng, docs, defects)
    if "missing_household" in defects:
        gone = rng.choice(["household_register_cover", "household_register_member", "collective_hukou_certificate"])
        docs = [x for x in docs if not (x["type"] == gone and x.get("owner", "self") == "self") or
                (gone == "collective_hukou_certificate" and False)]
        if not any(x["type"] in ("household_register_cover", "household_register_member",
                                 "collective_hukou_certificate") and x.get("owner", "self") == "self" for x in docs):
            pass
    for t, d in (("missing_tax", "tax_record"), ("missing_contract", "labour_contract")):
        if t in defects:
            docs = [x for x in docs if x["type"] != d]
    for x in docs:
        x.setdefault("rows", [])
    rules, points = judge(docs, as_of, application, 1 if "blank_page" in defects else 0)
    return {"defects": defects, "as_of": as_of, "application": application, "me": me, "docs": docs,
            "rules": rules, "points": points, "rng": rng}


def _apply_identity_defects(rng, docs, defects):
    targets = [x for x in docs if x["type"] in ("labour_contract", "tax_record", "social_insurance_record",
                                                "residence_permit") and x.get("owner", "self") == "self"]
    if "name_lookalike" in defects:
        x = rng.choice(targets)
        key = "employee_name" if x["type"] == "labour_contract" else "name"
        nm = x["fields"][key]
        i = max(i for i, c in enumerate(nm) if c in LOOKALIKE and i > 0)
        x["fields"][key] = nm[:i] + LOOKALIKE[nm[i]] + nm[i + 1:]
    for kind in ("id_typo", "id_other_person"):
        if kind in defects:
            x = rng.choice(targets)
            key = "employee_id_number" if x["type"] == "labour_contract" else "id_number"
            n = x["fields"][key]
            if kind == "id_typo":
                i = rng.randint(14, 16)
                n = n[:i] + str((int(n[i]) + rng.randint(1, 9)) % 10) + n[i + 1:]
            else:
                i = rng.randint(14, 15)
                body = n[:i] + str((int(n[i]) + rng.randint(1, 9)) % 10) + n[i + 1:17]
                n = body + P.check_digit(body)
            x["fields"][key] = n
