"""An independent implementation of SPEC §4 (rules), §5 (verdict) and §6
(points from documents) working on truth documents.  Used by selfcheck."""
import calendar
import datetime as dt
import re

SEVERITY = {
    'packet.missing_document': 'error', 'identity.id_number_invalid': 'error',
    'identity.name_mismatch': 'error', 'identity.id_number_mismatch': 'error',
    'address.hukou_mismatch': 'error', 'permit.expired': 'error', 'permit.too_recent': 'warning',
    'id_card.expired': 'error', 'applicant.age_out_of_range': 'error', 'contract.term_too_short': 'error',
    'contract.ends_within_two_months': 'error', 'tax.missing_months': 'error', 'employer.mismatch': 'error',
    'social_insurance.insufficient_months': 'error', 'social_insurance.not_paying': 'error',
    'field.unreadable': 'warning', 'quality.unreadable_page': 'warning', 'points.below_standard': 'warning',
    'points.claim_unsupported': 'warning',
}

# 2026 (and late 2025 / early 2027) public holidays and make-up working days (调休)
HOLIDAYS = set()
WORKDAYS = set()


def _rng(a, b):
    d = dt.date.fromisoformat(a)
    e = dt.date.fromisoformat(b)
    while d <= e:
        yield d
        d += dt.timedelta(days=1)


for a, b in [('2025-10-01', '2025-10-08'), ('2026-01-01', '2026-01-03'), ('2026-02-15', '2026-02-23'),
             ('2026-04-04', '2026-04-06'), ('2026-05-01', '2026-05-05'), ('2026-06-19', '2026-06-21'),
             ('2026-09-25', '2026-09-27'), ('2026-10-01', '2026-10-07'), ('2027-01-01', '2027-01-01')]:
    HOLIDAYS.update(_rng(a, b))
for s in ['2025-09-28', '2025-10-11', '2026-01-04', '2026-02-14', '2026-02-28', '2026-05-09', '2026-09-20',
          '2026-10-10']:
    WORKDAYS.add(dt.date.fromisoformat(s))


def is_workday(d):
    if d in WORKDAYS:
        return True
    if d in HOLIDAYS:
        return False
    return d.weekday() < 5


def D(s):
    return dt.date.fromisoformat(s) if isinstance(s, str) else s


def plus_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y += d.year
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def plus_years(d, n):
    try:
        return d.replace(year=d.year + n)
    except ValueError:
        return d.replace(year=d.year + n, day=28)


def ym(d):
    return '%04d-%02d' % (d.year, d.month)


def ym_add(s, n):
    y, m = map(int, s.split('-'))
    y2, m2 = divmod(m - 1 + n, 12)
    return '%04d-%02d' % (y + y2, m2 + 1)


def norm(s):
    s = re.sub(r'\s+', '', s or '')
    out = []
    for ch in s:
        o = ord(ch)
        if 0xFF01 <= o <= 0xFF5E:
            ch = chr(o - 0xFEE0)
        elif ch == '\u3000':
            continue
        out.append(ch)
    return ''.join(out)


def id_valid(n):
    if not n or not re.fullmatch(r'\d{17}[\dX]', n):
        return False
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    if '10X98765432'[sum(int(a) * b for a, b in zip(n[:17], w)) % 11] != n[17]:
        return False
    try:
        b = dt.date(int(n[6:10]), int(n[10:12]), int(n[12:14]))
    except ValueError:
        return False
    return dt.date(1900, 1, 1) <= b <= dt.date(2026, 12, 31)


def age_at(birth, asof):
    return asof.year - birth.year - ((asof.month, asof.day) < (birth.month, birth.day))


def tax_window(asof):
    latest = ym_add(ym(asof), -1) if asof.day >= 15 else ym_add(ym(asof), -2)
    return [ym_add(latest, -i) for i in range(5, -1, -1)]


NAME_FIELDS = {'id_card': 'name', 'residence_permit': 'name', 'household_register_member': 'name',
               'collective_hukou_certificate': 'name', 'labour_contract': 'employee_name',
               'tax_record': 'name', 'social_insurance_record': 'name', 'diploma': 'name',
               'degree_certificate': 'name', 'marriage_certificate': 'holder_name'}
ID_FIELDS = {'id_card': 'id_number', 'residence_permit': 'id_number', 'household_register_member': 'id_number',
             'collective_hukou_certificate': 'id_number', 'labour_contract': 'employee_id_number',
             'tax_record': 'id_number', 'social_insurance_record': 'id_number'}


def evaluate(truth):
    """returns (set of rule ids, verdict, points dict)"""
    asof = D(truth['as_of'])
    app = truth.get('application', 'first')
    docs = truth['documents']
    by = {}
    for d in docs:
        by.setdefault(d['type'], []).append(d)
    fired = set()

    def first(t):
        return by.get(t, [None])[0]

    def f(doc, k):
        return (doc or {}).get('fields', {}).get(k)

    # required documents
    req = ['id_card', 'residence_permit', 'labour_contract', 'tax_record']
    if app == 'first':
        if 'collective_hukou_certificate' not in by:
            req += ['household_register_cover', 'household_register_member']
    for t in req:
        if t not in by:
            fired.add('packet.missing_document')

    # identity
    names, ids, all_ids = set(), set(), []
    for d in docs:
        k = NAME_FIELDS.get(d['type'])
        if k and d['fields'].get(k):
            names.add(norm(d['fields'][k]))
        k = ID_FIELDS.get(d['type'])
        if k and d['fields'].get(k):
            ids.add(d['fields'][k].upper())
            all_ids.append(d['fields'][k].upper())
        if d['type'] == 'marriage_certificate' and d['fields'].get('spouse_id_number'):
            all_ids.append(d['fields']['spouse_id_number'])
    if len(names) > 1:
        fired.add('identity.name_mismatch')
    if len(ids) > 1:
        fired.add('identity.id_number_mismatch')
    if any(not id_valid(i) for i in all_ids):
        fired.add('identity.id_number_invalid')

    rp = first('residence_permit')
    home = first('household_register_cover') or first('collective_hukou_certificate')
    if rp and home:
        a, b = f(rp, 'hukou_address'), f(home, 'address')
        if not a or not b:
            fired.add('field.unreadable')
        elif norm(a) != norm(b):
            fired.add('address.hukou_mismatch')
    if rp:
        vu = f(rp, 'valid_until')
        if not vu:
            fired.add('field.unreadable')
        elif D(vu) < asof:
            fired.add('permit.expired')
        isd = f(rp, 'issue_date')
        if not isd:
            fired.add('field.unreadable')
        else:
            n = sum(1 for d in _rng(str(D(isd) + dt.timedelta(days=1)), str(asof)) if is_workday(d))
            if n < 5:
                fired.add('permit.too_recent')
    ic = first('id_card')
    if ic:
        vu = f(ic, 'valid_until')
        if not vu:
            fired.add('field.unreadable')
        elif vu != 'long_term' and D(vu) < asof:
            fired.add('id_card.expired')

    # age
    birth = None
    if ic and f(ic, 'birth_date'):
        birth = D(f(ic, 'birth_date'))
    else:
        for i in ids:
            if id_valid(i):
                birth = dt.date(int(i[6:10]), int(i[10:12]), int(i[12:14]))
                break
    age = age_at(birth, asof) if birth else None
    if age is not None and (age < 18 or age > 60):
        fired.add('applicant.age_out_of_range')

    lc = first('labour_contract')
    if lc:
        sd, ed, oe = f(lc, 'start_date'), f(lc, 'end_date'), f(lc, 'open_ended')
        if not oe:
            if not sd or not ed:
                fired.add('field.unreadable')
            else:
                if D(ed) + dt.timedelta(days=1) < plus_years(D(sd), 1):
                    fired.add('contract.term_too_short')
                if D(ed) < plus_months(asof, 2):
                    fired.add('contract.ends_within_two_months')

    tr = by.get('tax_record', [])
    trows = [r for d in tr for r in d['rows']]
    if tr:
        have = {r['period'] for r in trows}
        if any(m not in have for m in tax_window(asof)):
            fired.add('tax.missing_months')
    si = by.get('social_insurance_record', [])
    srows = [r for d in si for r in d['rows']]
    if lc and f(lc, 'employer'):
        emp = norm(f(lc, 'employer'))
        if trows:
            last = max(r['period'] for r in trows)
            if emp not in {norm(r['withholding_agent']) for r in trows if r['period'] == last}:
                fired.add('employer.mismatch')
        if srows:
            last = max(r['month'] for r in srows)
            if emp not in {norm(r['employer']) for r in srows if r['month'] == last}:
                fired.add('employer.mismatch')
    if si:
        regular = {r['month'] for r in srows if not r.get('back_payment')}
        am = ym(asof)
        last12 = [ym_add(am, -i) for i in range(1, 13)]
        if sum(1 for m in last12 if m in regular) < 6:
            fired.add('social_insurance.insufficient_months')
        if am not in regular and ym_add(am, -1) not in regular:
            fired.add('social_insurance.not_paying')

    for p in truth['pages']:
        if p.get('blank') or p.get('unreadable'):
            fired.add('quality.unreadable_page')

    # points (from documents only; no declarations in this test set)
    items = {}
    if age is not None:
        items['age'] = 30 if age <= 43 else (5 if age >= 56 else 5 + 2 * (56 - age))
        if age > 60:
            items['age'] = 0
    dip = {d['fields'].get('level') for d in by.get('diploma', [])}
    deg = {d['fields'].get('level') for d in by.get('degree_certificate', [])}
    best, unsupported = 0, False
    for lv, pts in (('专科', 50), ('本科', 60)):
        if lv in dip:
            best = max(best, pts)
    for g, need, pts in (('学士', '本科', 90), ('硕士', '硕士', 100), ('博士', '博士', 110)):
        if g in deg:
            best = max(best, pts)
            if need not in dip:
                unsupported = True
    if unsupported:
        fired.add('points.claim_unsupported')
    if best:
        items['education'] = best
    if si:
        years = len({r['month'] for r in srows if not r.get('back_payment')}) // 12
        if years:
            items['social_insurance_years'] = 3 * years
    items = {k: v for k, v in items.items() if v}
    est = sum(items.values())
    if est < 120:
        fired.add('points.below_standard')
    sev = {SEVERITY[r] for r in fired}
    verdict = 'fix' if 'error' in sev else 'review' if sev else 'ready'
    return fired, verdict, {'standard': 120, 'estimate': est, 'items': items}
