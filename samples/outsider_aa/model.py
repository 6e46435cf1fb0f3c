"""Synthetic people, companies and the packet plan (truth) for the outsider_aa set."""
import datetime as dt
from dateutil.relativedelta import relativedelta as rd

D = dt.date

SURN = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段"
GIV = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉萍红娥玲芬燕彩春菊兰凤梅琳素云莲真环雪荣爱妹霞香月莺媛瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍茜秋珊莎锦黛青倩婷姣婉娴瑾颖露瑶怡婵雁蓓纨仪荷丹蓉眉君琴蕊薇菁梦岚苑婕馨瑗琰韵融园艺咏卿聪澜纯毓悦昭冰爽琬茗羽希宁欣飘育滢馥筠柔竹霭凝晓欢霄枫芸菲寒伊亚宜可姬舒影荔枝思丽浩然宇轩子涵梓睿俊哲博文天佑志远建国海波永辉立新振华"
# (region code, province, city, district, authority)
REGIONS = [
    ("130102", "河北省", "石家庄市", "长安区", "石家庄市公安局长安区分局"),
    ("320102", "江苏省", "南京市", "玄武区", "南京市公安局玄武分局"),
    ("320583", "江苏省", "苏州市", "昆山市", "昆山市公安局"),
    ("330106", "浙江省", "杭州市", "西湖区", "杭州市公安局西湖分局"),
    ("340104", "安徽省", "合肥市", "蜀山区", "合肥市公安局蜀山分局"),
    ("360102", "江西省", "南昌市", "东湖区", "南昌市公安局东湖分局"),
    ("370202", "山东省", "青岛市", "市南区", "青岛市公安局市南分局"),
    ("410105", "河南省", "郑州市", "金水区", "郑州市公安局金水分局"),
    ("420106", "湖北省", "武汉市", "武昌区", "武汉市公安局武昌分局"),
    ("430104", "湖南省", "长沙市", "岳麓区", "长沙市公安局岳麓分局"),
    ("510107", "四川省", "成都市", "武侯区", "成都市公安局武侯区分局"),
    ("610113", "陕西省", "西安市", "雁塔区", "西安市公安局雁塔分局"),
    ("350203", "福建省", "厦门市", "思明区", "厦门市公安局思明分局"),
    ("230103", "黑龙江省", "哈尔滨市", "南岗区", "哈尔滨市公安局南岗分局"),
    ("450103", "广西壮族自治区", "南宁市", "青秀区", "南宁市公安局青秀分局"),
]
STREETS = ["人民路", "解放路", "中山路", "建设路", "长江路", "和平街", "朝阳路", "文化路", "新华街", "胜利路", "东风路", "青年路"]
VILLAGES = ["城关镇东风村", "桃源镇新河村", "白沙乡李家村", "柳林镇前进村"]
SH_DIST = ["浦东新区", "徐汇区", "闵行区", "杨浦区", "普陀区", "静安区", "长宁区", "宝山区", "松江区", "嘉定区"]
SH_ROADS = ["锦绣路", "张杨路", "漕溪北路", "虹梅路", "国权路", "真北路", "延安西路", "共和新路", "江杨南路", "文翔路", "博乐路"]
CO_STEM = ["浦江", "申腾", "汇璟", "华腾", "启元", "衡远", "明澈", "云帆", "博川", "曜石", "青禾", "德昇", "沪融", "晟联", "星澜", "嘉予"]
CO_KIND = ["信息技术有限公司", "科技有限公司", "智能装备有限公司", "生物医药有限公司", "电子商务有限公司", "建筑设计有限公司",
           "物流有限公司", "(集团)有限公司", "商务咨询有限公司", "软件有限公司"]
AGENCY = ["上海申程人力资源有限公司", "上海沪才人力资源服务有限公司", "上海众职人力资源有限公司", "上海联聘企业管理服务有限公司"]
SCHOOLS = ["浙江工业大学", "南京理工大学", "江西财经大学", "武汉理工大学", "西南交通大学", "河南大学", "安徽大学", "湖南师范大学", "青岛大学", "东北林业大学"]
MAJORS = [("计算机科学与技术", "工学"), ("会计学", "管理学"), ("机械设计制造及其自动化", "工学"), ("汉语言文学", "文学"),
          ("国际经济与贸易", "经济学"), ("电子信息工程", "工学"), ("法学", "法学"), ("生物技术", "理学")]
COLLEGES = ["上海工商职业技术学院", "江苏经贸职业技术学院", "浙江机电职业技术学院", "湖北职业技术学院"]
JUNIOR_MAJORS = ["物流管理", "会计", "计算机应用技术", "市场营销"]

W_ID = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
C_ID = "10X98765432"


def id_check(body17):
    return C_ID[sum(int(c) * w for c, w in zip(body17, W_ID)) % 11]


def id_valid(s):
    if len(s) != 18 or not s[:17].isdigit():
        return False
    try:
        D(int(s[6:10]), int(s[10:12]), int(s[12:14]))
    except ValueError:
        return False
    return id_check(s[:17]) == s[17].upper()


def make_id(region, birth, male, rng):
    seq = rng.randrange(10, 99) * 10 + (rng.choice([1, 3, 5, 7, 9]) if male else rng.choice([0, 2, 4, 6, 8]))
    body = f"{region}{birth:%Y%m%d}{seq:03d}"
    return body + id_check(body)


USCC_CH = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_W = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def make_uscc(rng, area="310115"):
    org = "".join(rng.choice("0123456789") for _ in range(8))
    s = sum(int(c) * w for c, w in zip(org, [3, 7, 9, 10, 5, 8, 4, 2]))
    c9 = 11 - s % 11
    org += "X" if c9 == 10 else ("0" if c9 == 11 else str(c9))
    body = "91" + area + org
    t = sum(USCC_CH.index(c) * w for c, w in zip(body, USCC_W))
    return body + USCC_CH[(31 - t % 31) % 31]


def uscc_valid(s):
    if len(s) != 18 or any(c not in USCC_CH for c in s):
        return False
    t = sum(USCC_CH.index(c) * w for c, w in zip(s[:17], USCC_W))
    return USCC_CH[(31 - t % 31) % 31] == s[17]


def iso(d):
    return None if d is None else d.isoformat()


def ym(d):
    return f"{d.year:04d}-{d.month:02d}"


def months_between(a, b):
    """first-of-month dates from a to b inclusive"""
    out, m = [], D(a.year, a.month, 1)
    while m <= D(b.year, b.month, 1):
        out.append(m)
        m += rd(months=1)
    return out


def tax_window(as_of):
    m, out = D(as_of.year, as_of.month, 1), []
    while len(out) < 6:
        if (m + rd(months=1)).replace(day=15) <= as_of:
            out.append(m)
        m -= rd(months=1)
    return sorted(out)


def age_at(birth, d):
    return d.year - birth.year - ((d.month, d.day) < (birth.month, birth.day))


def age_points(age):
    if age > 60 or age < 18:
        return 0
    if age >= 56:
        return 5
    return min(30, 5 + 2 * (56 - age))


def company(rng, used):
    while True:
        n = "上海" + rng.choice(CO_STEM) + rng.choice(CO_KIND)
        if rng.random() < 0.12:
            n = n.replace("有限公司", "有限公司浦东分公司")
        if n not in used:
            used.add(n)
            return n


def person_name(rng, surname=None):
    return (surname or rng.choice(SURN)) + "".join(rng.choice(GIV) for _ in range(rng.choice([1, 2, 2])))


# ---------------------------------------------------------------- the plan
FIX_SETS = [
    ["missing_hukou"], ["missing_tax"], ["id_typo"], ["id_invalid_all"], ["id_other"], ["name_mismatch"],
    ["name_mismatch", "tax_missing"], ["hukou_mismatch"], ["hukou_mismatch", "ends_soon"], ["permit_expired"],
    ["permit_expired", "si_not_paying"], ["idcard_expired"], ["idcard_expired", "tax_missing"], ["age_over"],
    ["age_over", "employer_tax_agency"], ["term_short"], ["term_short", "si_insufficient"], ["ends_soon"],
    ["employer_si_agency", "si_insufficient"], ["si_not_paying", "missing_hukou"],
]
REVIEW_SETS = [["points_low_age"], ["points_low_junior"], ["too_recent"], ["blank_page"],
               ["blank_page", "points_low_nodegree"], ["too_recent", "blank_page"]]


def scenarios(count, rng):
    base = [("fix", s) for s in FIX_SETS] + [("review", s) for s in REVIEW_SETS] + [("ready", [])] * 14
    out = []
    while len(out) < count:
        out.extend(base)
    out = out[:count]
    rng.shuffle(out)
    return out


def plan_packet(idx, rng, kind, defects):
    """Returns the packet's facts: person, documents (with fields/rows), defects, application."""
    dset = set(defects)
    used = set()
    as_of = D(2026, 11, 16) + dt.timedelta(days=rng.randrange(0, 25))
    renewal = rng.random() < 0.35 and "missing_hukou" not in dset
    if "missing_tax" in dset:
        renewal = True
    app = "renewal" if renewal else "first"
    male = rng.random() < 0.5
    if "age_over" in dset:
        age = rng.randrange(61, 64)
    elif "points_low_age" in dset:
        age = rng.randrange(46, 52)
    elif "idcard_expired" in dset:
        age = rng.randrange(27, 34)
    else:
        age = rng.randrange(24, 43)
    birth = as_of - rd(years=age) - dt.timedelta(days=rng.randrange(1, 360))
    reg = rng.choice(REGIONS)
    name = person_name(rng)
    pid = make_id(reg[0], birth, male, rng)
    if "id_invalid_all" in dset:
        pid = pid[:17] + C_ID[(C_ID.index(pid[17]) + 3) % 11]
    if rng.random() < 0.25:
        hk_addr = f"{reg[1]}{reg[2]}{reg[3]}{rng.choice(VILLAGES)}{rng.randrange(1, 9)}组{rng.randrange(1, 120)}号"
    else:
        hk_addr = f"{reg[1]}{reg[2]}{reg[3]}{rng.choice(STREETS)}{rng.randrange(1, 500)}号{rng.randrange(1, 12)}幢{rng.randrange(1, 30)}0{rng.randrange(1, 9)}室"
    collective = (not renewal) and rng.random() < 0.12 and "hukou_mismatch" not in dset
    if collective:
        hk_addr = f"{reg[1]}{reg[2]}{reg[3]}{rng.choice(STREETS)}{rng.randrange(1, 300)}号(人才集体户)"
    sh_addr = f"上海市{rng.choice(SH_DIST)}{rng.choice(SH_ROADS)}{rng.randrange(1, 900)}弄{rng.randrange(1, 80)}号{rng.randrange(1, 30)}0{rng.randrange(1, 9)}室"
    P = dict(name=name, sex="男" if male else "女", ethnicity="汉", birth=birth, id=pid, region=reg,
             hk_addr=hk_addr, sh_addr=sh_addr)
    docs = []

    # id card
    if "idcard_expired" in dset:
        vf = as_of - rd(years=10) - dt.timedelta(days=rng.randrange(15, 300))
    elif age >= 60:
        vf = birth + rd(years=rng.randrange(47, 58))
    else:
        lo = max(birth + rd(years=16, days=10), as_of - rd(years=9, months=6))
        hi = as_of - dt.timedelta(days=120)
        vf = lo + dt.timedelta(days=rng.randrange(0, max(1, (hi - lo).days)))
    a = age_at(birth, vf)
    vu = "long_term" if a >= 46 else (vf + rd(years=10 if a < 26 else 20))
    id_addr = hk_addr
    if rng.random() < 0.2 and not collective:
        id_addr = f"{reg[1]}{reg[2]}{reg[3]}{rng.choice(STREETS)}{rng.randrange(1, 500)}号"  # older address: not a defect
    docs.append(dict(type="id_card", fields=dict(name=name, sex=P["sex"], ethnicity="汉", birth_date=iso(birth),
                     address=id_addr, id_number=pid, issuing_authority=reg[4], valid_from=iso(vf),
                     valid_until=vu if vu == "long_term" else iso(vu)), rows=[]))

    # residence permit
    if "too_recent" in dset:
        iss = as_of - dt.timedelta(days=rng.randrange(1, 4))
    elif "permit_expired" in dset:
        iss = as_of - rd(years=1) - dt.timedelta(days=rng.randrange(10, 120))
    else:
        iss = as_of - dt.timedelta(days=rng.randrange(40, 700))
    vu_p = iss + rd(years=1) - dt.timedelta(days=1)
    if "permit_expired" not in dset and vu_p < as_of + dt.timedelta(days=20):
        vu_p = iss + rd(years=3) - dt.timedelta(days=1)
    p_hk = hk_addr
    if "hukou_mismatch" in dset:
        p_hk = f"{reg[1]}{reg[2]}{reg[3]}{rng.choice(STREETS)}{rng.randrange(1, 500)}号"
    p_id = pid
    if "id_other" in dset:
        p_id = make_id(reg[0], birth, male, rng)
        while p_id == pid:
            p_id = make_id(reg[0], birth, male, rng)
    docs.append(dict(type="residence_permit", fields=dict(name=name, id_number=p_id, hukou_address=p_hk,
                     residence_address=sh_addr, issue_date=iso(iss), valid_from=iso(iss), valid_until=iso(vu_p)), rows=[]))

    # household register
    if "missing_hukou" not in dset and not (renewal and rng.random() < 0.6):
        if collective:
            docs.append(dict(type="collective_hukou_certificate", fields=dict(
                name=name, id_number=pid, address=hk_addr,
                issue_date=iso(as_of - dt.timedelta(days=rng.randrange(10, 200)))), rows=[]))
        else:
            own_head = rng.random() < 0.3
            head = name if own_head else person_name(rng, name[0])
            rel = "户主" if own_head else rng.choice(["长子", "次子"] if male else ["长女", "次女"])
            docs.append(dict(type="household_register_cover", fields=dict(
                household_type=rng.choice(["家庭户", "家庭户", "非农业家庭户"]), head_name=head,
                household_number=f"{rng.randrange(10**8, 10**9)}", address=hk_addr,
                issue_date=iso(D(rng.randrange(2005, 2020), rng.randrange(1, 13), rng.randrange(1, 28)))), rows=[]))
            docs.append(dict(type="household_register_member", fields=dict(
                name=name, relation_to_head=rel, sex=P["sex"], birthplace=reg[1] + reg[2], ethnicity="汉",
                native_place=reg[1] + reg[2], birth_date=iso(birth), id_number=pid,
                education=None, marital_status=None, employer=None,
                registration_date=iso(birth + rd(years=rng.randrange(16, 22), days=rng.randrange(0, 300))))
                , rows=[]))

    # employer / contract
    emp = company(rng, used)
    old_name = None
    rename = rng.random() < 0.15 and not ({"term_short", "employer_tax_agency", "employer_si_agency"} & dset)
    if rename:
        old_name, emp = emp, company(rng, used)
    prev_emp = company(rng, used)
    end_soon = "ends_soon" in dset
    renewals = []
    open_ended = False
    if "term_short" in dset:
        start = D(as_of.year, as_of.month, 1) - rd(months=rng.randrange(2, 4))
        end = start + rd(months=rng.randrange(8, 11)) - dt.timedelta(days=1)
        cvar = rng.choice(["model", "table"])
    else:
        cvar = rng.choice(["model", "table", "table_words", "model"])
        yrs = rng.choice([3, 5])
        if renewal or rng.random() < 0.3:
            start = as_of - rd(years=rng.randrange(5, 9), months=rng.randrange(0, 12))
            start = start.replace(day=1)
            end0 = start + rd(years=3) - dt.timedelta(days=1)
            cur = end0
            nren = 1 if rng.random() < 0.6 else 2
            for k in range(nren):
                s2 = cur + dt.timedelta(days=1)
                last = k == nren - 1
                if last and not end_soon and rng.random() < 0.3:
                    renewals.append(dict(start=s2, end=None, sign=s2 - dt.timedelta(days=rng.randrange(5, 30))))
                    open_ended = True
                    break
                e2 = s2 + rd(years=3) - dt.timedelta(days=1)
                if last:
                    if end_soon:
                        e2 = as_of + dt.timedelta(days=rng.randrange(5, 50))
                    elif e2 < as_of + rd(months=4):
                        e2 = s2 + rd(years=5) - dt.timedelta(days=1)
                        if e2 < as_of + rd(months=4):
                            e2 = (as_of + rd(years=2)).replace(day=1) - dt.timedelta(days=1)
                renewals.append(dict(start=s2, end=e2, sign=s2 - dt.timedelta(days=rng.randrange(5, 30))))
                cur = e2
            end = end0
        else:
            if end_soon:
                end = as_of + dt.timedelta(days=rng.randrange(5, 55))
                start = end + dt.timedelta(days=1) - rd(years=3)
                cvar = "model" if cvar == "table_words" else cvar
            elif rng.random() < 0.2:
                start = as_of - rd(years=rng.randrange(1, 6), months=rng.randrange(0, 11))
                end, open_ended = None, True
                cvar = "model"
            else:
                start = as_of - rd(years=rng.randrange(1, yrs), months=rng.randrange(0, 11))
                start = start.replace(day=rng.choice([1, 1, start.day]))
                end = start + rd(years=yrs) - dt.timedelta(days=1)
    if "term_short" in dset:
        pass
    sign = start - dt.timedelta(days=rng.randrange(0, 20))
    c_name, c_id = name, pid
    if "name_mismatch" in dset:
        alt = [c for c in GIV if c != name[-1]]
        c_name = name[:-1] + rng.choice(alt)
    if "id_typo" in dset:
        k = rng.randrange(8, 17)
        c_id = pid[:k] + str((int(pid[k]) + rng.randrange(1, 9)) % 10) + pid[k + 1:]
    f_end = renewals[-1]["end"] if renewals else end
    oe = open_ended
    docs.append(dict(type="labour_contract", fields=dict(
        employer=emp, employee_name=c_name, employee_id_number=c_id, start_date=iso(start),
        end_date=iso(f_end), open_ended=oe, signing_date=iso(sign)), rows=[],
        _var=cvar, _renewals=renewals, _orig_end=end, _old_name=old_name,
        _rename_date=(as_of - rd(months=rng.randrange(8, 20))).replace(day=1) if old_name else None,
        _words=(cvar == "table_words")))
    rename_date = docs[-1]["_rename_date"]
    if old_name and rename_date <= start:
        old_name = None
        docs[-1]["_old_name"] = None

    def emp_for(m):
        if m < D(start.year, start.month, 1):
            return prev_emp
        if old_name and m < rename_date:
            return old_name
        return emp

    # tax record
    win = tax_window(as_of)
    if "missing_tax" not in dset:
        first = min(win[0], D(win[-1].year, 1, 1)) if rng.random() < 0.5 else win[0]
        months = months_between(first, win[-1])
        if "tax_missing" in dset:
            months.remove(win[rng.randrange(1, 5)])
        rows = []
        for m in months:
            ag = emp_for(m)
            if "employer_tax_agency" in dset and m == win[-1]:
                ag = rng.choice(AGENCY)
            rows.append(dict(period=ym(m), withholding_agent=ag, amount=f"{rng.uniform(80, 3200):.2f}"))
            if m.month == 2 and rng.random() < 0.5:
                rows.append(dict(period=ym(m), withholding_agent=ag, amount=f"{rng.uniform(500, 6000):.2f}",
                                 _item="全年一次性奖金收入"))
        lastdl = (win[-1] + rd(months=1)).replace(day=15)
        issue = as_of - dt.timedelta(days=rng.randrange(0, max(1, min(6, (as_of - lastdl).days + 1))))
        docs.append(dict(type="tax_record", fields=dict(name=name, id_number=pid, issue_date=iso(issue)), rows=rows,
                         _first=first))

    # social insurance (optional)
    si_need = {"si_not_paying", "si_insufficient", "employer_si_agency"} & dset
    if si_need or rng.random() < 0.55:
        am = D(as_of.year, as_of.month, 1)
        last = am if rng.random() < 0.5 else am - rd(months=1)
        rows = []
        if "si_insufficient" in dset:
            reg_m = months_between(am - rd(months=4), am - rd(months=1))
            bp = months_between(am - rd(months=8), am - rd(months=6))
            for m in bp:
                rows.append(dict(month=ym(m), employer=emp_for(am - rd(months=1)), base="7460.00", back_payment=True))
            for m in reg_m:
                rows.append(dict(month=ym(m), employer=emp_for(m), base="7460.00", back_payment=False))
        else:
            if "si_not_paying" in dset:
                last = am - rd(months=2)
            n = rng.choice([12, 13, 18, 24, 15])
            ms = months_between(last - rd(months=n - 1), last)
            gap = None
            if rng.random() < 0.25 and not (kind == "ready" and n < 14):
                gap = ms[rng.randrange(1, 4)]
            base = rng.choice([7460, 9800, 12500, 15000, 21000, 36549])
            for m in ms:
                if m == gap:
                    continue
                b = base if m.year == last.year else int(base * 0.92)
                e = emp_for(m)
                if "employer_si_agency" in dset and m >= last - rd(months=2):
                    e = AGENCY[0]
                rows.append(dict(month=ym(m), employer=e, base=f"{b:.2f}", back_payment=False))
            if gap is not None and rng.random() < 0.5:
                rows.append(dict(month=ym(gap), employer=emp_for(gap), base=f"{base * 0.92 if gap.year != last.year else base:.2f}",
                                 back_payment=True))
        if "employer_si_agency" in dset:
            for r in rows:
                if r["month"] >= ym(am - rd(months=3)):
                    r["employer"] = AGENCY[0]
        docs.append(dict(type="social_insurance_record", fields=dict(name=name, id_number=pid), rows=rows))

    # education
    if "points_low_junior" in dset:
        edu = "junior"
    elif "points_low_nodegree" in dset:
        edu = "nodegree"
    else:
        edu = "bachelor"
    gy = birth.year + rng.randrange(22, 24)
    if edu == "junior":
        school, major, lvl, yrs_s = rng.choice(COLLEGES), rng.choice(JUNIOR_MAJORS), "专科", 3
        gy = birth.year + 21
    else:
        school = rng.choice(SCHOOLS)
        major, field = rng.choice(MAJORS)
        lvl, yrs_s = "本科", 4
    gd = D(gy, rng.choice([6, 6, 7]), rng.choice([30, 20, 25, 28]) if True else 30)
    if gd.month == 7:
        gd = gd.replace(day=rng.choice([1, 5, 10]))
    docs.append(dict(type="diploma", fields=dict(name=name, school=school, major=major, level=lvl,
                     graduation_date=iso(gd), study_mode="普通全日制"), rows=[], _years=yrs_s,
                     _enter=D(gy - yrs_s, 9, 1)))
    if edu == "bachelor":
        docs.append(dict(type="degree_certificate", fields=dict(name=name, school=school, major=major, level="学士",
                         graduation_date=iso(gd)), rows=[], _field=field))
    married = age >= 28 and rng.random() < 0.5
    if married:
        sp_male = not male
        sp_birth = birth + dt.timedelta(days=rng.randrange(-900, 900))
        sreg = rng.choice(REGIONS)
        sp_name = person_name(rng)
        rdate = birth + rd(years=rng.randrange(25, min(age, 34) + 1), days=rng.randrange(0, 200))
        if rdate > as_of - dt.timedelta(days=60):
            rdate = as_of - dt.timedelta(days=400)
        docs.append(dict(type="marriage_certificate", fields=dict(
            holder_name=name, spouse_name=sp_name, spouse_id_number=make_id(sreg[0], sp_birth, sp_male, rng),
            registration_date=iso(rdate)), rows=[], _sp_birth=sp_birth, _sp_sex="男" if sp_male else "女",
            _no=f"J{reg[0][:4]}-{rdate.year}-{rng.randrange(100000, 999999):06d}"))
    # household member optional fields
    for d in docs:
        if d["type"] == "household_register_member":
            f = d["fields"]
            f["education"] = {"junior": "大学专科"}.get(edu, "大学本科")
            f["marital_status"] = "已婚" if married else "未婚"
            f["employer"] = emp if rng.random() < 0.7 else None
    return dict(as_of=as_of, application=app, person=P, docs=docs, defects=list(defects), kind=kind,
                emp=emp, prev_emp=prev_emp, renewal=renewal, edu=edu)


def expected(plan):
    """Evaluates SPEC §4 on the planned facts. Returns (rules, points)."""
    as_of = plan["as_of"]
    docs = plan["docs"]
    by = {}
    for d in docs:
        by.setdefault(d["type"], []).append(d)
    rules = set()
    req = ["id_card", "residence_permit", "labour_contract", "tax_record"]
    if plan["application"] == "first":
        if not (("household_register_cover" in by and "household_register_member" in by) or "collective_hukou_certificate" in by):
            rules.add("packet.missing_document")
    if any(t not in by for t in req):
        rules.add("packet.missing_document")
    names, ids = set(), set()
    for d in docs:
        f = d["fields"]
        for k in ("name", "employee_name", "holder_name"):
            if k in f:
                names.add(f[k])
        for k in ("id_number", "employee_id_number"):
            if k in f and f[k]:
                ids.add(f[k])
                if not id_valid(f[k]):
                    rules.add("identity.id_number_invalid")
        if "spouse_id_number" in f and not id_valid(f["spouse_id_number"]):
            rules.add("identity.id_number_invalid")
    if len(names) > 1:
        rules.add("identity.name_mismatch")
    if len(ids) > 1:
        rules.add("identity.id_number_mismatch")
    rp = by.get("residence_permit", [None])[0]
    hk = (by.get("household_register_cover") or by.get("collective_hukou_certificate") or [None])[0]
    if rp and hk and rp["fields"]["hukou_address"] != hk["fields"]["address"]:
        rules.add("address.hukou_mismatch")
    if rp:
        if D.fromisoformat(rp["fields"]["valid_until"]) < as_of:
            rules.add("permit.expired")
        iss = D.fromisoformat(rp["fields"]["issue_date"])
        wd = sum(1 for k in range(1, (as_of - iss).days + 1) if (iss + dt.timedelta(days=k)).weekday() < 5)
        assert (as_of - iss).days > 30 or (as_of - iss).days < 5  # no holidays in the ranges used
        if wd < 5:
            rules.add("permit.too_recent")
    idc = by["id_card"][0]["fields"]
    if idc["valid_until"] != "long_term" and D.fromisoformat(idc["valid_until"]) < as_of:
        rules.add("id_card.expired")
    birth = D.fromisoformat(idc["birth_date"])
    age = age_at(birth, as_of)
    if age < 18 or age > 60:
        rules.add("applicant.age_out_of_range")
    lc = by.get("labour_contract", [None])[0]
    if lc:
        f = lc["fields"]
        s = D.fromisoformat(f["start_date"])
        if not f["open_ended"]:
            e = D.fromisoformat(f["end_date"])
            if e + dt.timedelta(days=1) < s + rd(years=1):
                rules.add("contract.term_too_short")
            if e < as_of + rd(months=2):
                rules.add("contract.ends_within_two_months")
    tr = by.get("tax_record", [None])[0]
    if tr:
        have = {r["period"] for r in tr["rows"]}
        if any(ym(m) not in have for m in tax_window(as_of)):
            rules.add("tax.missing_months")
        if lc:
            latest = max(have)
            if lc["fields"]["employer"] not in {r["withholding_agent"] for r in tr["rows"] if r["period"] == latest}:
                rules.add("employer.mismatch")
    si = by.get("social_insurance_record", [None])[0]
    si_years = 0
    if si:
        if lc:
            latest = max(r["month"] for r in si["rows"])
            if lc["fields"]["employer"] not in {r["employer"] for r in si["rows"] if r["month"] == latest}:
                rules.add("employer.mismatch")
        am = D(as_of.year, as_of.month, 1)
        regm = {r["month"] for r in si["rows"] if not r["back_payment"]}
        if sum(1 for k in range(1, 13) if ym(am - rd(months=k)) in regm) < 6:
            rules.add("social_insurance.insufficient_months")
        if ym(am) not in regm and ym(am - rd(months=1)) not in regm:
            rules.add("social_insurance.not_paying")
        si_years = len(regm) // 12
    items = {"age": age_points(age)}
    lv = {d["fields"]["level"] for d in by.get("diploma", [])}
    deg = bool(by.get("degree_certificate"))
    edu = 0
    if "本科" in lv:
        edu = 90 if deg else 60
    elif "专科" in lv:
        edu = 50
    if edu:
        items["education"] = edu
    if si_years:
        items["social_insurance_years"] = 3 * si_years
    est = sum(items.values())
    if est < 120:
        rules.add("points.below_standard")
    if plan.get("blank"):
        rules.add("quality.unreadable_page")
    return sorted(rules), dict(standard=120, estimate=est, items=items)
