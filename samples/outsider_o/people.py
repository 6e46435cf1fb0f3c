"""Draw one applicant and the truth fields of every document from a scenario."""
import datetime as dt
from . import data as X
from .rules import plus_months, plus_years, tax_window, ym, ym_add

DAY = dt.timedelta(days=1)


def rdate(rnd, a, b):
    return a + dt.timedelta(days=rnd.randint(0, max(0, (b - a).days)))


def birth_for_age(rnd, asof, age):
    # completed age == age at asof
    lo = plus_years(asof, -(age + 1)) + DAY
    hi = plus_years(asof, -age)
    return rdate(rnd, lo, hi)


def make(rnd, sc):
    P = {}
    asof = rdate(rnd, dt.date(2026, 2, 24), dt.date(2026, 12, 18))
    if sc.get('permit') == 'recent':
        while asof.weekday() > 4:
            asof += DAY
    P['as_of'] = asof
    P['application'] = sc.get('app', 'first')
    married = bool(sc.get('marriage')) or rnd.random() < 0.15
    age = sc.get('age') or rnd.randint(25, 42)
    birth = birth_for_age(rnd, asof, age)
    place = rnd.choice(X.PLACES)
    sex = rnd.choice(['男', '女'])
    seq = rnd.randint(0, 499) * 2 + (1 if sex == '男' else 0)
    idn = X.make_id(place[0], birth, seq)
    name = X.name(rnd)
    P.update(name=name, sex=sex, birth=birth, place=place, id=idn, ethnicity=rnd.choice(X.ETHNIC))
    hk = X.hukou_address(rnd, place)
    P['collective'] = sc.get('collective', False)
    if P['collective']:
        hk = place[1] + place[2] + place[3] + '%s%d号集体户' % (rnd.choice(X.ROADS), rnd.randint(1, 300))
    P['hukou_address'] = hk
    P['res_address'] = X.sh_address(rnd)
    docs = []

    # ---- id card
    if sc.get('idcard') == 'expired':
        vu = asof - dt.timedelta(days=rnd.randint(20, 200))
        vf = plus_years(vu, -20)
        if vf.year - birth.year < 26:
            vf = plus_years(vu, -10)
        vu_s = vu.isoformat()
    else:
        while True:
            vf = rdate(rnd, max(plus_years(birth, 17), asof - dt.timedelta(days=365 * 12)), asof - dt.timedelta(days=200))
            a_from = vf.year - birth.year
            span = 10 if a_from < 26 else 20 if a_from < 46 else None
            vu = plus_years(vf, span) if span else None
            if vu is None or vu > plus_months(asof, 6):
                break
        vu_s = vu.isoformat() if vu else 'long_term'
    id_addr = hk
    if sc.get('id_old_addr') or (rnd.random() < 0.15 and not P['collective']):
        id_addr = X.hukou_address(rnd, place)  # older address on the card: not a defect
    if P['collective']:
        id_addr = X.hukou_address(rnd, place)
    docs.append(dict(type='id_card', fields=dict(
        name=name, sex=sex, ethnicity=P['ethnicity'], birth_date=birth.isoformat(), address=id_addr, id_number=idn,
        issuing_authority=place[4], valid_from=vf.isoformat(), valid_until=vu_s)))

    # ---- residence permit
    if sc.get('permit') == 'recent':
        iss = asof - dt.timedelta(days=rnd.choice([1, 2]))
        # keep clearly under 5 working days
    elif sc.get('permit') == 'expired':
        vu = asof - dt.timedelta(days=rnd.randint(8, 60))
        iss = plus_years(vu + DAY, -3)
    else:
        iss = asof - dt.timedelta(days=rnd.randint(60, 900))
    rp_vu = plus_years(iss, 3) - DAY
    rp_hk = hk
    if 'address_mismatch' in sc['defects']:
        rp_hk = addr_variant(rnd, hk, place)
    docs.append(dict(type='residence_permit', fields=dict(
        name=name, id_number=idn, hukou_address=rp_hk, residence_address=P['res_address'],
        issue_date=iss.isoformat(), valid_from=iss.isoformat(), valid_until=rp_vu.isoformat()),
        _print=min(asof, iss + dt.timedelta(days=rnd.randint(0, 30))).isoformat()))

    police = place[4].replace('分局', '分局%s派出所' % rnd.choice(['城关', '新华', '解放路', '东街', '南湖']))
    if place[4].endswith('公安局'):
        police = place[4] + rnd.choice(['城北', '西门']) + '派出所'
    clerk = X.name(rnd, 1)
    # ---- household register
    if P['collective']:
        docs.append(dict(type='collective_hukou_certificate', fields=dict(
            name=name, id_number=idn, address=hk, issue_date=(asof - dt.timedelta(days=rnd.randint(5, 60))).isoformat()),
            _police=police, _clerk=clerk, _unit=rnd.choice(['人才服务中心', '某大学学生', '区人才交流中心'])))
    elif P['application'] == 'first':
        head_is_self = rnd.random() < 0.35
        head = name if head_is_self else name[0] + ''.join(rnd.choice(X.GIVEN) for _ in range(len(name) - 1))
        rel = '户主' if head_is_self else (rnd.choice(['长子', '次子', '子']) if sex == '男' else rnd.choice(['长女', '女', '次女']))
        docs.append(dict(type='household_register_cover', fields=dict(
            household_type=rnd.choice(['家庭户', '家庭户', '非农业家庭户']), head_name=head,
            household_number='%09d' % rnd.randint(10 ** 8, 10 ** 9 - 1), address=hk,
            issue_date=rdate(rnd, plus_years(birth, 16), asof - dt.timedelta(days=400)).isoformat()),
            _police=police, _clerk=clerk))
        if sc.get('missing') != 'household_register_member':
            city = place[1] + place[2] if place[2] else place[1] + place[3]
            edu = {'master': '研究生', 'assoc': '大学专科'}.get(sc.get('edu'), '大学本科')
            mf = dict(name=name, relation_to_head=rel, sex=sex, birthplace=city, ethnicity=P['ethnicity'],
                      native_place=city, birth_date=birth.isoformat(), id_number=idn, education=edu,
                      marital_status='已婚' if married else '未婚',
                      registration_date=rdate(rnd, plus_years(birth, 16), asof - dt.timedelta(days=300)).isoformat())
            if rnd.random() < 0.5:
                mf['employer'] = '_EMPLOYER_'
            docs.append(dict(type='household_register_member', fields=mf, _police=police, _clerk=clerk,
                             _height=rnd.randint(155, 185), _blood=rnd.choice(['A', 'B', 'O', 'AB', '']),
                             _army=rnd.choice(['未服兵役', '']), _job=rnd.choice(['职员', '工程师', '']),
                             _moved=''))

    # ---- employer, contract
    dist = rnd.choice(X.SH_DIST_CODES)
    employer = X.company(rnd)
    if sc.get('branch'):
        employer = '%s(上海)%s有限公司%s分公司' % (rnd.choice(X.CO_WORDS), rnd.choice(X.CO_KINDS), rnd.choice(['浦东', '松江']))
    prev = X.company(rnd)
    while prev == employer:
        prev = X.company(rnd)
    codes = {employer: X.uscc(rnd, dist), prev: X.uscc(rnd, rnd.choice(X.SH_DIST_CODES))}
    agency = rnd.choice(X.AGENCIES)
    codes[agency] = X.uscc(rnd, '310101')
    c = sc.get('contract')
    open_ended = bool(sc.get('open_ended'))
    if c == 'soon':
        end = asof + dt.timedelta(days=rnd.randint(5, 45))
        start = plus_years(end + DAY, -3)
    elif c == 'ended':
        end = asof - dt.timedelta(days=rnd.randint(10, 40))
        start = plus_years(end + DAY, -3)
    elif c == 'short':
        start = plus_months(asof, -3) + dt.timedelta(days=rnd.randint(-10, 10))
        end = plus_months(start, 11) - DAY
    elif sc.get('si') == 'new':
        start = plus_months(asof, -4).replace(day=1)
        end = plus_years(start, 3) - DAY
    elif sc.get('si') == 'job_change' and c != 'old_employer':
        start = plus_months(asof, -rnd.randint(7, 10)).replace(day=1)
        end = plus_years(start, 3) - DAY
    else:
        while True:
            start = rdate(rnd, asof - dt.timedelta(days=365 * 6), asof - dt.timedelta(days=200))
            end = plus_years(start, rnd.choice([3, 5])) - DAY
            if open_ended or end > plus_months(asof, 4):
                break
    contract_emp = employer
    if c == 'old_employer':
        # the contract handed in is with the former employer; tax and SI show the new one
        contract_emp = prev
        start = plus_years(asof, -3) - dt.timedelta(days=rnd.randint(0, 200))
        end = plus_years(start, 5) - DAY
        switch = plus_months(asof, -rnd.randint(4, 6)).replace(day=1)
    else:
        switch = start
    sign = start - dt.timedelta(days=rnd.randint(0, 14))
    lc = dict(employer=contract_emp, employee_name=name, employee_id_number=idn, start_date=start.isoformat(),
              end_date=None if open_ended else end.isoformat(), open_ended=open_ended, signing_date=sign.isoformat())
    if c == 'renewal':
        lc['_orig'] = '%d年%d月%d日' % (plus_years(start, -3).year, plus_years(start, -3).month, plus_years(start, -3).day)
    docs.append(dict(type='labour_contract', fields=lc,
                     _rep=X.name(rnd), _co_addr=X.sh_address(rnd).replace('室', '号楼').split('弄')[0] + '号',
                     _hukou=hk, _res=P['res_address'], _job=rnd.choice(['软件工程师', '会计', '销售专员', '行政专员', '研发工程师', '质量工程师']),
                     _prob_end=(plus_months(start, rnd.choice([3, 6])) - DAY).isoformat()))

    # who pays in a given month (tax and SI)
    def payer(m, kind):
        if kind == 'tax' and sc.get('tax_agency') and m >= ym_add(ym(asof), -8):
            return agency
        if kind == 'si' and sc.get('si') == 'agency' and m >= ym_add(ym(asof), -5):
            return agency
        return employer if m >= ym(switch) else prev

    # ---- tax record
    win = tax_window(asof)
    latest = win[-1]
    first_m = ym_add(win[0], -rnd.choice([0, 0, 2, 5, 6]))
    if sc.get('tax') == 'old':
        first_m = win[0]
    months = []
    m = first_m
    last_m = latest if sc.get('tax_gap') != 'latest' else ym_add(latest, -rnd.choice([1, 2]))
    while m <= last_m:
        months.append(m)
        m = ym_add(m, 1)
    if sc.get('tax_gap') == 'middle':
        gap = rnd.choice(win[1:-1])
        months.remove(gap)
    rows = []
    salary_tax = rnd.uniform(80, 2600)
    for m in months:
        amt = 0.0 if rnd.random() < 0.06 else round(salary_tax * rnd.uniform(0.7, 1.35), 2)
        ag = payer(m, 'tax')
        rows.append(_taxrow(rnd, m, ag, codes[ag], amt, '工资薪金所得'))
    if sc.get('tax_extra'):
        bm = [x for x in months if x.endswith('-02') or x.endswith('-03')]
        if bm:
            rows.append(_taxrow(rnd, bm[0], payer(bm[0], 'tax'), codes[payer(bm[0], 'tax')],
                                round(rnd.uniform(1500, 9000), 2), '全年一次性奖金收入'))
        other = X.company(rnd, '商务咨询')
        codes[other] = X.uscc(rnd, '310104')
        rows.append(_taxrow(rnd, latest, other, codes[other], round(rnd.uniform(60, 600), 2), '劳务报酬所得'))
    rows.sort(key=lambda r: (r['period'], r['_item'] != '工资薪金所得'))
    issue = asof - dt.timedelta(days=rnd.randint(0, 6))
    issue = max(issue, dt.date.fromisoformat(ym_add(latest, 1) + '-16'))
    if sc.get('tax_gap') == 'latest':
        issue = dt.date.fromisoformat(ym_add(last_m, 1) + '-%02d' % rnd.randint(16, 25))
    tname = name if sc.get('name_var') != 'tax_record' else X.variant_name(rnd, name)
    docs.append(dict(type='tax_record', fields=dict(name=tname, id_number=idn, issue_date=issue.isoformat()), rows=rows,
                     _taxdist=rnd.choice(['浦东新区', '徐汇区', '闵行区', '静安区', '杨浦区']),
                     _no='%d' % rnd.randint(10 ** 17, 10 ** 18 - 1),
                     _from=fmt_m(months[0], 'from'), _to=fmt_m(last_m, 'to')))

    # ---- social insurance
    si = sc.get('si') or rnd.choice(['none', 'none', 'normal', 'normal'])
    if si != 'none':
        end_m = ym(asof) if (asof.day >= 18 and rnd.random() < 0.6) else ym_add(ym(asof), -1)
        n = {'long': rnd.randint(30, 35), 'long36': 36, 'long24': 24, 'new': 4, 'range': rnd.randint(14, 30),
             'job_change': rnd.randint(14, 23) if c != 'old_employer' else rnd.randint(18, 23)}.get(si, rnd.randint(12, 30))
        if si == 'stopped':
            end_m = ym_add(ym(asof), -rnd.choice([3, 4]))
            n = rnd.randint(14, 26)
        if si == 'new':
            end_m = ym_add(ym(asof), -1)
        sims = [ym_add(end_m, -i) for i in range(n - 1, -1, -1)]
        base = rnd.choice([7310, 8000, 9500, 11000, 12500, 15000, 18000, 22000])
        srows = []
        for m in sims:
            if m[5:] == '07' and m > sims[0]:
                base = round(base * rnd.uniform(1.0, 1.12) / 100) * 100
            srows.append(dict(month=m, employer=payer(m, 'si'), base='%.2f' % base, back_payment=False))
        if si == 'bp':
            # two early months paid late (补缴); still plenty of regular months
            for r in srows[1:3]:
                r['back_payment'] = True
        docs.append(dict(type='social_insurance_record', fields=dict(name=name, id_number=idn), rows=srows,
                         _q=(asof - dt.timedelta(days=rnd.randint(0, 5))).isoformat(), _ranged=si == 'range'))

    # ---- education
    edu = sc.get('edu', 'bach_deg')
    school, _ = rnd.choice(X.SCHOOLS)
    major, disc = rnd.choice(X.MAJORS)
    gy = birth.year + rnd.choice([22, 22, 23])
    gdate = dt.date(gy, 6, rnd.choice([20, 25, 28, 30]))
    pres = X.name(rnd)
    common = dict(_birth=birth.isoformat(), _sex=sex, _president=pres, _idn=idn)
    if edu in ('bach_deg', 'bach', 'master'):
        docs.append(dict(type='diploma', fields=dict(name=name, school=school, major=major, level='本科',
                                                      graduation_date=gdate.isoformat(), study_mode='普通全日制'),
                         _cert_no='1%04d%d%02d%06d' % (rnd.randint(1000, 9999), gy, 5, rnd.randint(0, 999999)),
                         **common))
    if edu in ('bach_deg', 'deg_only', 'master'):
        docs.append(dict(type='degree_certificate', fields=dict(name=name, school=school, major=major, level='学士',
                                                                 graduation_date=gdate.isoformat()),
                         _cert_no='%05d%d%06d' % (rnd.randint(10000, 99999), gy, rnd.randint(0, 999999)),
                         _disc=disc, **common))
    if edu == 'assoc':
        g2 = dt.date(birth.year + 21, 6, 30)
        docs.append(dict(type='diploma', fields=dict(name=name, school=rnd.choice(['上海电机学院', '上海思博职业技术学院', '江苏经贸职业技术学院']),
                                                      major=major, level='专科', graduation_date=g2.isoformat(),
                                                      study_mode='普通全日制'),
                         _cert_no='1%04d%d%02d%06d' % (rnd.randint(1000, 9999), g2.year, 6, rnd.randint(0, 999999)),
                         **common))
    if edu == 'master':
        s2, _ = rnd.choice(X.SCHOOLS)
        g3 = dt.date(gy + 3, 6, 28)
        docs.append(dict(type='diploma', fields=dict(name=name, school=s2, major=major, level='硕士',
                                                      graduation_date=g3.isoformat(), study_mode='普通全日制'),
                         _cert_no='1%04d%d%02d%06d' % (rnd.randint(1000, 9999), g3.year, 1, rnd.randint(0, 999999)),
                         **dict(common, _president=X.name(rnd))))
        docs.append(dict(type='degree_certificate', fields=dict(name=name, school=s2, major=major, level='硕士',
                                                                 graduation_date=g3.isoformat()),
                         _cert_no='%05d%d%06d' % (rnd.randint(10000, 99999), g3.year, rnd.randint(0, 999999)),
                         _disc=disc, **dict(common, _president=X.name(rnd))))
    # ---- marriage
    if married:
        ssex = '女' if sex == '男' else '男'
        sb = birth + dt.timedelta(days=rnd.randint(-900, 900))
        sp = rnd.choice(X.PLACES)
        sid = X.make_id(sp[0], sb, rnd.randint(0, 499) * 2 + (1 if ssex == '男' else 0))
        sname = X.name(rnd)
        reg = rdate(rnd, max(plus_years(birth, 23), plus_years(sb, 23)), asof - dt.timedelta(days=100))
        docs.append(dict(type='marriage_certificate', fields=dict(
            holder_name=name, spouse_name=sname, spouse_id_number=sid, registration_date=reg.isoformat()),
            _no='J%s%d-%06d' % (place[0][:4], reg.year, rnd.randint(1, 999999)),
            _holder=dict(name=name, sex=sex, birth=birth.isoformat(), id=idn),
            _spouse=dict(name=sname, sex=ssex, birth=sb.isoformat(), id=sid),
            _bureau=place[3] if place[2] else place[3]))

    # ---- identity defects on a chosen document
    if sc.get('id_typo'):
        for d in docs:
            if d['type'] == sc['id_typo']:
                k = 'employee_id_number' if d['type'] == 'labour_contract' else 'id_number'
                v = d['fields'][k]
                i = rnd.randint(14, 16)
                d['fields'][k] = v[:i] + str((int(v[i]) + rnd.randint(1, 9)) % 10) + v[i + 1:]
    for d in docs:
        if d['fields'].get('employer') == '_EMPLOYER_':
            d['fields']['employer'] = contract_emp
    P['docs'] = docs
    P['codes'] = codes
    return P


def fmt_m(m, which):
    import calendar
    y, mo = map(int, m.split('-'))
    if which == 'from':
        return '%04d年%02d月01日' % (y, mo)
    return '%04d年%02d月%02d日' % (y, mo, calendar.monthrange(y, mo)[1])


def _taxrow(rnd, m, agent, code, amt, item):
    decl = dt.date.fromisoformat(ym_add(m, 1) + '-%02d' % rnd.randint(3, 15))
    inc = round((amt / 0.1 + 5000) * rnd.uniform(0.9, 1.1), 2) if item == '工资薪金所得' else round(amt * 5, 2)
    if amt == 0:
        inc = round(rnd.uniform(4000, 5000), 2)
    return dict(period=m, withholding_agent=agent, amount='%.2f' % amt, _agent_code=code, _item=item,
                _decl=decl.isoformat(), _paid=(decl + dt.timedelta(days=rnd.choice([0, 0, 1, 2]))).isoformat(),
                _income='%.2f' % inc)


def addr_variant(rnd, hk, place):
    """the permit's hukou address differs from the household register, not character for character"""
    opts = []
    if hk.startswith(place[1]) and place[2]:
        opts.append(hk[len(place[1]):])  # province left out
    if '幢' in hk:
        opts.append(hk.replace('幢', '栋'))
    if '组' in hk:
        opts.append(hk.replace('组', '队'))
    if '单元' in hk:
        opts.append(hk.replace('单元', '门'))
    import re
    m = re.search(r'(\d+)号', hk)
    if m:
        opts.append(hk[:m.start(1)] + str(int(m.group(1)) + rnd.choice([1, 2, 10])) + hk[m.end(1):])
    if '集体户' in hk:
        opts.append(hk.replace('集体户', ''))
    return rnd.choice(opts)
