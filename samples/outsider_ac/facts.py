"""Draw one packet's facts (who, which documents, which values) around a rule boundary."""
import datetime as dt
import random
from .rules import (D, add_months, add_years, ym, month_add, tax_window, check_digit, completed_age, norm)

TD = dt.timedelta
REGIONS = [("130102", "河北省", "石家庄市", "长安区"), ("370202", "山东省", "青岛市", "市南区"),
           ("320106", "江苏省", "南京市", "鼓楼区"), ("330106", "浙江省", "杭州市", "西湖区"),
           ("340104", "安徽省", "合肥市", "蜀山区"), ("420106", "湖北省", "武汉市", "武昌区"),
           ("430104", "湖南省", "长沙市", "岳麓区"), ("510107", "四川省", "成都市", "武侯区"),
           ("410105", "河南省", "郑州市", "金水区"), ("360102", "江西省", "南昌市", "东湖区"),
           ("350102", "福建省", "福州市", "鼓楼区"), ("610113", "陕西省", "西安市", "雁塔区"),
           ("230103", "黑龙江省", "哈尔滨市", "南岗区"), ("450103", "广西壮族自治区", "南宁市", "青秀区"),
           ("522601", "贵州省", "黔东南苗族侗族自治州", "凯里市")]
XJ = ("650102", "新疆维吾尔自治区", "乌鲁木齐市", "天山区")
ROADS = ["长江路", "人民路", "解放路", "建设路", "中山路", "和平路", "文化路", "胜利路", "朝阳路", "东风路", "青年路", "光明路"]
TOWNS = ["城关镇", "新华镇", "石桥镇", "柳河镇", "双井镇"]
VILLAGES = ["东风村", "五星村", "红旗村", "幸福村", "前进村", "三合村"]
SH_DISTRICTS = ["浦东新区", "徐汇区", "闵行区", "静安区", "杨浦区", "松江区", "宝山区", "长宁区", "普陀区", "嘉定区"]
SH_ROADS = ["锦绣路", "真北路", "漕宝路", "莲花路", "张杨路", "沪太路", "虹桥路", "共和新路", "龙吴路", "周家嘴路"]
SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"]
COMPOUND = ["欧阳", "司马", "上官", "诸葛", "东方", "慕容", "皇甫"]
GIVEN = ["子涵", "浩然", "梓萱", "宇轩", "雨桐", "俊杰", "思远", "嘉怡", "晓明", "文博", "欣怡", "志强", "佳琪", "一鸣", "若曦"]
RARE = ["喆", "堃", "璟", "燊", "犇", "淼", "鑫", "昇", "赟", "玥", "旻", "翀", "珺", "晗"]
VARIANT = {"喆": "哲", "堃": "坤", "昇": "升", "璟": "景", "赟": "斌", "珺": "君"}
SINGLE = ["敏", "磊", "静", "洁", "勇", "超", "丹", "昊", "琳", "宁"]
MINORITY = [("阿依古丽·买买提", "女"), ("艾力·吐尔逊", "男"), ("古丽娜尔·阿不都热合曼", "女"), ("买买提江·艾合买提", "男"),
            ("迪丽娜尔·依明", "女")]
COMPANIES = ["上海浦江信息技术有限公司", "上海华腾(集团)有限公司", "上海申联物流有限公司", "上海嘉禾生物医药科技有限公司",
             "上海易达网络科技有限公司", "上海汇丰源餐饮管理有限公司", "上海锦江(国际)酒店管理有限公司", "上海申通地铁设备维护有限公司",
             "上海临港新片区智能网联汽车测试评价技术服务有限公司", "上海张江高科技园区联合发展信息服务(集团)股份有限公司",
             "上海宝鼎精密机械制造有限公司", "上海蓝海跨境电子商务有限公司"]
AGENCIES = ["上海锦程人力资源服务有限公司", "上海众信企业服务外包有限公司", "上海才通人事代理有限公司"]
DISPATCH = ["上海申才劳务派遣有限公司", "上海东衡劳务派遣服务有限公司"]
AGENCY_LIKE = ["上海云帆人力资源科技有限公司", "上海智聘人力资源信息技术有限公司"]
FOREIGN = [("博锐思精密仪器(上海)有限公司", "Borisse Precision Instruments (Shanghai) Co., Ltd."),
           ("上海凯诺威医疗器械有限公司", "Shanghai Kenowell Medical Devices Co., Ltd."),
           ("德迈斯工业技术(中国)有限公司", "Dermax Industrial Technology (China) Co., Ltd.")]
SCHOOLS = ["浙江工业大学", "江西财经大学", "武汉理工大学", "南京邮电大学", "西南交通大学", "郑州大学", "福州大学", "长沙理工大学", "东华大学"]
MAJORS = [("计算机科学与技术", "工学"), ("会计学", "管理学"), ("机械设计制造及其自动化", "工学"), ("英语", "文学"),
          ("金融学", "经济学"), ("化学工程与工艺", "工学"), ("市场营销", "管理学"), ("临床医学", "医学")]
SPOUSE = ["王凯馨", "李佳慧", "陈思颖", "刘博文", "赵一凡", "孙晓蕾", "周子墨"]
LOOKALIKE = {"江": "汀", "东": "车", "大": "太", "王": "玉", "建": "健", "路": "露", "山": "出", "村": "材", "华": "化", "新": "欣",
             "设": "没", "民": "明", "平": "苹", "和": "禾", "光": "先", "朝": "潮", "利": "莉", "文": "又"}
CN_DIG = "〇一二三四五六七八九"


def rdate(rng, a, b):
    return a + TD(days=rng.randint(0, (b - a).days))


def tax_id(rng):
    cs = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return ("91310" + rng.choice("1045") + rng.choice(["MA1", "MA7", "0"]) + "".join(rng.choice(cs) for _ in range(10)))[:18]


def make_id(rng, region, birth, sex, want_x=None):
    for _ in range(400):
        seq = rng.randint(0, 99)
        sx = rng.choice([1, 3, 5, 7, 9] if sex == "男" else [0, 2, 4, 6, 8])
        s17 = region + birth.strftime("%Y%m%d") + "%02d%d" % (seq, sx)
        c = check_digit(s17)
        if want_x is None or (c == "X") == want_x:
            return s17 + c
    return s17 + check_digit(s17)


def cn_num(n):
    return "".join(CN_DIG[int(c)] for c in str(n))


class P:
    """Facts of one packet."""


SCEN = {}


def scen(name, verdict):
    def deco(fn):
        SCEN[name] = (verdict, fn)
        return fn
    return deco


def build(seed, i):
    rng = random.Random(f"{seed}-{i}")
    order = list(SCEN)
    random.Random(f"{seed}-order").shuffle(order)
    name = order[i % len(order)]
    p = P()
    p.scenario = name
    p.intended = SCEN[name][0]
    p.rng = rng
    p.defects, p.must, p.must_not = [], set(), set()
    # ---- defaults
    p.as_of = rdate(rng, D(2026, 3, 2), D(2027, 1, 29))
    p.application = "first" if rng.random() < 0.75 else "renewal"
    p.age = ("range", rng.randint(26, 41))
    p.name_style = rng.choice(["rare", "rare", "compound", "minority", "single", "plain", "rare"])
    p.want_x = rng.random() < 0.35
    p.feb29 = rng.random() < 0.2
    p.education = rng.choice(["bachelor_degree"] * 3 + ["master"])
    p.hukou = "family" if rng.random() < 0.8 else "collective"
    p.hukou_docs = True
    p.drop_member = False
    p.addr_print = "same"
    p.id_addr_old = rng.random() < 0.2
    p.contract = {"kind": rng.choice(["model", "company", "company", "hire"]), "open_ended": False, "renewal": False,
                  "term_mode": None}
    p.company = rng.choice(COMPANIES)
    p.company_en = None
    p.permit = {"issue": None, "valid_until": None}
    p.idcard = {"valid_until": None}
    p.tax = {"drop": [], "zero": [], "last_shift": 0, "agent_override": {}, "extra_payer_last": False,
             "name_variant": False, "show_tin": rng.random() < 0.5}
    p.si = {"mode": "normal" if rng.random() < 0.55 else None}
    p.marriage = rng.random() < 0.3
    p.xuexin = rng.random() < 0.25
    p.bad_checkdigit_doc = None
    SCEN[name][1](p, rng)
    return finish(p, rng)


# ---------------------------------------------------------------- scenarios: ready
@scen("r_contract_end_exact", "ready")
def _(p, rng):
    p.contract["end_exact"] = 0
    p.permit["valid_until"] = 0
    p.defects += ["edge_contract_end_exactly_two_months", "edge_permit_valid_to_the_day"]
    p.must_not |= {"contract.ends_within_two_months", "permit.expired"}


@scen("r_contract_end_plus1", "ready")
def _(p, rng):
    p.contract["end_exact"] = 1
    p.as_of = D(2026, rng.choice([4, 6, 9, 11]), 15)
    p.defects += ["edge_contract_end_two_months_plus_one_day", "edge_tax_deadline_on_the_15th"]
    p.must_not |= {"contract.ends_within_two_months", "tax.missing_months"}


@scen("r_contract_end_clamp", "ready")
def _(p, rng):
    p.as_of = rng.choice([D(2026, 12, 31), D(2026, 12, 30), D(2026, 12, 29)])
    p.contract["end_exact"] = 0  # 2027-02-28 after clamping
    p.defects += ["edge_contract_end_month_clamp"]
    p.must_not |= {"contract.ends_within_two_months"}


@scen("r_term_exact_year", "ready")
def _(p, rng):
    p.contract["term_mode"] = "exact_year"
    p.defects += ["edge_contract_term_exactly_one_year", "job_change_inside_tax_window"]
    p.must_not |= {"contract.term_too_short", "employer.mismatch"}


@scen("r_tax_14th_notyet", "ready")
def _(p, rng):
    p.as_of = D(2026, rng.choice([3, 5, 7, 8, 12]), 14)
    p.age = ("range", rng.randint(28, 35))
    p.idcard["valid_until"] = 0
    p.defects += ["edge_tax_as_of_14th_latest_month_not_yet_due", "edge_id_card_valid_to_the_day"]
    p.must_not |= {"tax.missing_months", "id_card.expired"}


@scen("r_tax_yearwrap_zero", "ready")
def _(p, rng):
    p.as_of = rng.choice([D(2026, 1, 20), D(2026, 1, 26), D(2027, 1, 18)])
    w = tax_window(p.as_of)
    p.tax["zero"] = [w[-1], w[2]]
    p.tax["bonus"] = True
    p.defects += ["edge_tax_window_across_new_year", "tax_zero_amount_rows"]
    p.must_not |= {"tax.missing_months"}


@scen("r_addr_normalise", "ready")
def _(p, rng):
    p.application = "first"
    p.hukou = "family"
    p.addr_print = "normalise"
    p.defects += ["edge_address_fullwidth_and_whitespace_only"]
    p.must_not |= {"address.hukou_mismatch"}


@scen("r_si_agency_mid", "ready")
def _(p, rng):
    p.si = {"mode": "agency_mid"}
    p.defects += ["edge_si_one_agency_month_not_latest"]
    p.must_not |= {"employer.mismatch"}


@scen("r_si_six_exact", "ready")
def _(p, rng):
    p.si = {"mode": "six_exact"}
    p.defects += ["edge_si_exactly_six_regular_months", "edge_si_paid_month_before_as_of_only"]
    p.must_not |= {"social_insurance.insufficient_months", "social_insurance.not_paying"}


@scen("r_dispatch_ok", "ready")
def _(p, rng):
    p.contract["kind"] = "dispatch"
    p.company = rng.choice(DISPATCH)
    p.host = rng.choice(COMPANIES)
    p.si = {"mode": "normal"}
    p.defects += ["edge_dispatch_contract_agency_pays"]
    p.must_not |= {"employer.mismatch"}


@scen("r_agencylike_employer", "ready")
def _(p, rng):
    p.company = rng.choice(AGENCY_LIKE)
    p.si = {"mode": "normal"}
    p.open = True
    p.contract["open_ended"] = True
    p.application = "renewal"
    p.hukou_docs = False
    p.name_style = "compound"
    p.defects += ["edge_payer_name_looks_like_agency_but_is_employer", "open_ended_contract", "renewal_without_hukou"]
    p.must_not |= {"employer.mismatch", "contract.ends_within_two_months", "packet.missing_document"}


@scen("r_renewal_pages", "ready")
def _(p, rng):
    p.contract["renewal"] = True
    p.defects += ["contract_with_renewal_page_original_term_ended"]
    p.must_not |= {"contract.ends_within_two_months"}


@scen("r_bilingual", "ready")
def _(p, rng):
    p.contract["kind"] = "bilingual"
    p.company, p.company_en = rng.choice(FOREIGN)
    p.tax["extra_payer_last"] = True
    p.tax["show_tin"] = True
    p.defects += ["bilingual_contract_foreign_company", "latest_tax_month_two_payers", "payer_tax_id_in_remarks"]
    p.must_not |= {"employer.mismatch"}


@scen("r_age43_points120", "ready")
def _(p, rng):
    p.age = ("tomorrow", 44)
    p.education = "bachelor_degree"
    p.si = {"mode": None}
    p.defects += ["edge_age_43_turns_44_tomorrow_points_exactly_120"]
    p.must_not |= {"points.below_standard"}


@scen("r_workdays5_holiday", "ready")
def _(p, rng):
    p.as_of = D(2025, 10, 13)
    p.permit["issue"] = D(2025, 9, 29)
    p.defects += ["edge_permit_issued_five_working_days_across_national_day_makeup_saturday"]
    p.must_not |= {"permit.too_recent"}


@scen("r_si12_age44", "ready")
def _(p, rng):
    p.age = ("past", 44)
    p.education = "bachelor_degree"
    p.si = {"mode": "exact12"}
    p.defects += ["edge_age_44_with_one_full_si_year_points_122"]
    p.must_not |= {"points.below_standard"}


# ---------------------------------------------------------------- scenarios: review
@scen("v_age44_points119", "review")
def _(p, rng):
    p.age = ("today", 44)
    p.education = "bachelor_degree"
    p.si = {"mode": None}
    p.defects += ["edge_44th_birthday_on_as_of_points_119"]
    p.must |= {"points.below_standard"}


@scen("v_workdays4_holiday", "review")
def _(p, rng):
    p.as_of = D(2025, 10, 13)
    p.permit["issue"] = D(2025, 9, 30)
    p.defects += ["edge_permit_four_working_days_across_national_day"]
    p.must |= {"permit.too_recent"}


@scen("v_workdays4_weekend", "review")
def _(p, rng):
    mon = rng.choice([D(2026, 11, 16), D(2026, 11, 23), D(2026, 3, 16)])
    p.as_of = mon + TD(days=4)
    p.permit["issue"] = mon
    p.defects += ["edge_permit_four_working_days_over_weekend"]
    p.must |= {"permit.too_recent"}


@scen("v_bachelor_only", "review")
def _(p, rng):
    p.education = "bachelor"
    p.si = {"mode": "years", "n": 24}
    p.defects += ["bachelor_without_degree_points_below_standard"]
    p.must |= {"points.below_standard"}


@scen("v_age60", "review")
def _(p, rng):
    p.age = ("tomorrow", 61)
    p.education = "doctor"
    p.si = {"mode": None}
    p.marriage = True
    p.defects += ["edge_age_60_day_before_61st_birthday_not_out_of_range"]
    p.must |= {"points.below_standard"}
    p.must_not |= {"applicant.age_out_of_range"}


@scen("v_minority_below", "review")
def _(p, rng):
    p.name_style = "minority"
    p.education = "college"
    p.si = {"mode": "years", "n": 36}
    p.defects += ["college_diploma_points_below_standard"]
    p.must |= {"points.below_standard"}


@scen("v_master_age50", "review")
def _(p, rng):
    p.age = ("past", 50)
    p.education = "master"
    p.si = {"mode": None}
    p.defects += ["master_age_50_points_117"]
    p.must |= {"points.below_standard"}


@scen("v_si_11_months", "review")
def _(p, rng):
    p.age = ("past", 45)
    p.education = "bachelor_degree"
    p.si = {"mode": "exact11"}
    p.defects += ["edge_si_eleven_months_no_full_year_points_117"]
    p.must |= {"points.below_standard"}


@scen("v_id_address_old", "review")
def _(p, rng):
    p.id_addr_old = True
    p.education = "college"
    p.application = "first"
    p.hukou = "family"
    p.defects += ["id_card_older_address_not_a_defect", "college_points_below_standard"]
    p.must |= {"points.below_standard"}
    p.must_not |= {"address.hukou_mismatch"}


@scen("v_renewal_bachelor", "review")
def _(p, rng):
    p.application = "renewal"
    p.hukou_docs = False
    p.education = "bachelor"
    p.name_style = "single"
    p.si = {"mode": None}
    p.defects += ["renewal_bachelor_only_points_below_standard"]
    p.must |= {"points.below_standard"}
    p.must_not |= {"packet.missing_document"}


@scen("v_age44_si_backpay", "review")
def _(p, rng):
    p.age = ("past", 44)
    p.education = "bachelor_degree"
    p.si = {"mode": "twelve_one_back"}
    p.defects += ["edge_si_twelve_rows_one_back_payment_points_119"]
    p.must |= {"points.below_standard"}


# ---------------------------------------------------------------- scenarios: fix
@scen("f_contract_end_minus1", "fix")
def _(p, rng):
    p.contract["end_exact"] = -1
    p.defects += ["contract_ends_one_day_inside_two_months"]
    p.must |= {"contract.ends_within_two_months"}


@scen("f_term_short1", "fix")
def _(p, rng):
    p.contract["term_mode"] = "short1"
    p.defects += ["contract_term_one_day_short_of_a_year"]
    p.must |= {"contract.term_too_short"}


@scen("f_tax_missing_name_variant", "fix")
def _(p, rng):
    w = tax_window(p.as_of)
    p.tax["drop"] = [w[rng.randint(1, 4)]]
    p.name_style = "rare_variant"
    p.tax["name_variant"] = True
    p.defects += ["tax_one_month_missing", "name_variant_character_on_tax_record"]
    p.must |= {"tax.missing_months", "identity.name_mismatch"}


@scen("f_tax_15th_absent", "fix")
def _(p, rng):
    p.as_of = D(2026, rng.choice([4, 7, 10, 12]), 15)
    p.tax["last_shift"] = -1
    p.defects += ["tax_latest_due_month_absent_on_the_15th"]
    p.must |= {"tax.missing_months"}


@scen("f_tax_yearwrap_gap", "fix")
def _(p, rng):
    p.as_of = rng.choice([D(2026, 2, 20), D(2026, 3, 10), D(2027, 2, 16)])
    w = tax_window(p.as_of)
    p.tax["drop"] = [m for m in w if m.endswith("-12") or m.endswith("-01")][:1]
    p.defects += ["tax_gap_across_new_year"]
    p.must |= {"tax.missing_months"}


@scen("f_permit_expired_yday", "fix")
def _(p, rng):
    p.permit["valid_until"] = -1
    p.defects += ["permit_expired_yesterday"]
    p.must |= {"permit.expired"}


@scen("f_id_expired_missing_member", "fix")
def _(p, rng):
    p.age = ("range", rng.randint(28, 35))
    p.idcard["valid_until"] = -1
    p.application = "first"
    p.hukou = "family"
    p.drop_member = True
    p.defects += ["id_card_expired_yesterday", "household_register_member_page_missing"]
    p.must |= {"id_card.expired", "packet.missing_document"}


@scen("f_addr_variant", "fix")
def _(p, rng):
    p.application = "first"
    p.hukou = "family"
    p.addr_print = rng.choice(["var_zero", "var_digit", "var_room", "var_char"])
    p.defects += ["hukou_address_" + p.addr_print]
    p.must |= {"address.hukou_mismatch"}


@scen("f_si_agency_latest", "fix")
def _(p, rng):
    p.si = {"mode": "agency_latest"}
    p.defects += ["si_latest_month_paid_by_agency"]
    p.must |= {"employer.mismatch"}


@scen("f_dispatch_host_pays", "fix")
def _(p, rng):
    p.contract["kind"] = "dispatch"
    p.company = rng.choice(DISPATCH)
    p.host = rng.choice(COMPANIES)
    p.tax["agent_all"] = p.host
    p.defects += ["dispatch_contract_tax_withheld_by_host_company"]
    p.must |= {"employer.mismatch"}


@scen("f_si_five", "fix")
def _(p, rng):
    p.si = {"mode": "five"}
    p.defects += ["si_five_regular_months_plus_back_payments"]
    p.must |= {"social_insurance.insufficient_months"}
    p.must_not |= {"social_insurance.not_paying"}


@scen("f_si_not_paying_branch", "fix")
def _(p, rng):
    p.si = {"mode": "not_paying"}
    p.tax["branch_last"] = True
    p.defects += ["si_no_contribution_in_as_of_month_or_month_before", "tax_withheld_by_branch_office"]
    p.must |= {"social_insurance.not_paying", "employer.mismatch"}
    p.must_not |= {"social_insurance.insufficient_months"}


@scen("f_age61_checkdigit", "fix")
def _(p, rng):
    p.age = ("today", 61)
    p.education = "master"
    p.bad_checkdigit_doc = "tax_record"
    p.defects += ["age_61_on_as_of", "id_number_check_digit_wrong_on_tax_record"]
    p.must |= {"applicant.age_out_of_range", "identity.id_number_invalid", "identity.id_number_mismatch"}


# ---------------------------------------------------------------- assembling facts
def person_name(p, rng):
    st = p.name_style
    if st == "minority":
        n, sex = rng.choice(MINORITY)
        return n, sex, "维吾尔", XJ
    sex = rng.choice(["男", "女"])
    reg = rng.choice(REGIONS)
    if st == "compound":
        n = rng.choice(COMPOUND) + rng.choice(GIVEN + SINGLE)
    elif st == "single":
        n = rng.choice(SURNAMES) + rng.choice(SINGLE + RARE)
    elif st == "rare_variant":
        n = rng.choice(SURNAMES) + rng.choice(["子", "文", "思", "一", ""]) + rng.choice(list(VARIANT))
        if len(n) == 2 and rng.random() < 0.5:
            n = n
    elif st == "rare":
        g = rng.choice(RARE)
        n = rng.choice(SURNAMES) + (rng.choice(["子", "文", "思", "晨", "一"]) + g if rng.random() < 0.6 else g + rng.choice(["然", "宇", "阳", "怡"]))
    else:
        n = rng.choice(SURNAMES) + rng.choice(GIVEN)
    return n, sex, "汉", reg


def hukou_address(rng, reg):
    _, prov, city, dist = reg
    if rng.random() < 0.5:
        return "%s%s%s%s%d号%d幢%d室" % (prov, city, dist, rng.choice(ROADS), rng.randint(3, 899), rng.randint(1, 30),
                                      rng.randint(101, 2605))
    if rng.random() < 0.5:
        return "%s%s%s%s%d弄%d号%d室" % (prov, city, dist, rng.choice(ROADS), rng.randint(3, 899), rng.randint(1, 60),
                                      rng.randint(101, 1802))
    return "%s%s%s%s%s%s组%s号" % (prov, city, dist, rng.choice(TOWNS), rng.choice(VILLAGES), rng.choice("一二三四五六七八"),
                                 "一" + rng.choice("〇二三") + rng.choice("一二三四五六七八九"))


def variant_address(rng, addr, mode):
    if mode == "var_zero":
        if "〇" in addr:
            return addr.replace("〇", "零", 1)
        import re
        m = re.search(r"(\d+)(号|弄)", addr)
        return addr.replace(m.group(0), cn_num(int(m.group(1))) + m.group(2), 1) if m else addr + "室"
    if mode == "var_digit":
        for ch in "一二三四五六七八九":
            k = addr.find(ch, len(addr) - 12)
            if k >= 0:
                return addr[:k] + str("一二三四五六七八九".index(ch) + 1) + addr[k + 1:]
        import re
        m = re.search(r"(\d+)号", addr)
        return addr.replace(m.group(0), cn_num(int(m.group(1))) + "号", 1)
    if mode == "var_room":
        return addr[:-1] if addr.endswith("室") else addr + "室"
    # one look-alike character in the street part
    cut = addr.find("区") + 1 or addr.find("市") + 1
    for k in range(cut, len(addr)):
        if addr[k] in LOOKALIKE:
            return addr[:k] + LOOKALIKE[addr[k]] + addr[k + 1:]
    return addr[:-1] + ("室" if not addr.endswith("室") else "")


def fmt(d):
    return d.isoformat() if d else None


def finish(p, rng):
    as_of = p.as_of
    name, sex, eth, reg = person_name(p, rng)
    # ---- birth date
    kind, yrs = p.age
    if kind == "range":
        birth = rdate(rng, add_years(as_of, -yrs - 1) + TD(days=1), add_years(as_of, -yrs))
        if p.feb29 and yrs not in (43, 44):
            y = as_of.year - yrs - 1
            while y % 4:
                y -= 1
            birth = D(y, 2, 29)
    elif kind == "today":
        birth = add_years(as_of, -yrs)
    elif kind == "tomorrow":
        birth = add_years(as_of + TD(days=1), -yrs)
    else:  # past: birthday between 1 and 10 months ago
        birth = add_years(as_of - TD(days=rng.randint(30, 300)), -yrs)
    age = completed_age(birth, as_of)
    idn = make_id(rng, reg[0], birth, sex, p.want_x)
    hk_addr = hukou_address(rng, reg)
    # ---- id card
    if p.idcard["valid_until"] is not None:
        vu = as_of + TD(days=p.idcard["valid_until"])
        n = 10 if completed_age(birth, add_years(vu, -10)) <= 25 else 20
        vf = add_years(vu, -n)
    else:
        while True:
            vf = rdate(rng, max(add_years(birth, 16), add_years(as_of, -15)), as_of - TD(days=40))
            if vf.month == 2 and vf.day == 29:
                continue
            a = completed_age(birth, vf)
            vu = "long_term" if a >= 46 else add_years(vf, 5 if a < 16 else 10 if a <= 25 else 20)
            if vu == "long_term" or vu > as_of + TD(days=60):
                break
    id_addr = hk_addr
    if p.id_addr_old:
        id_addr = hukou_address(rng, reg)
    id_fields = {"name": name, "sex": sex, "ethnicity": eth, "birth_date": fmt(birth), "address": norm(id_addr),
                 "id_number": idn, "issuing_authority": "%s公安局%s分局" % (reg[2], reg[3]) if not reg[3].endswith("市")
                 else "%s公安局" % reg[3], "valid_from": fmt(vf), "valid_until": vu if vu == "long_term" else fmt(vu)}
    docs = [{"type": "id_card", "fields": id_fields, "rows": []}]
    # ---- residence permit
    sh_addr = "上海市%s%s%d弄%d号%d室" % (rng.choice(SH_DISTRICTS), rng.choice(SH_ROADS), rng.randint(10, 999),
                                     rng.randint(1, 80), rng.randint(101, 2202))
    pm = p.permit
    if pm["issue"]:
        issue = pm["issue"]
        until = add_years(issue, rng.choice([1, 3])) - TD(days=1)
    elif pm["valid_until"] is not None:
        until = as_of + TD(days=pm["valid_until"])
        issue = add_years(until + TD(days=1), -1)
    else:
        issue = as_of - TD(days=rng.randint(45, 700))
        until = add_years(issue, 1) - TD(days=1)
        if until < as_of + TD(days=30):
            until = add_years(issue, 3) - TD(days=1)
        if until < as_of + TD(days=30):
            issue = as_of - TD(days=rng.randint(45, 200))
            until = add_years(issue, 1) - TD(days=1)
    docs.append({"type": "residence_permit", "fields": {
        "name": name, "id_number": idn, "hukou_address": norm(hk_addr), "residence_address": sh_addr,
        "issue_date": fmt(issue), "valid_from": fmt(issue), "valid_until": fmt(until)}, "rows": []})
    p.print_addr = {}
    # ---- hukou
    if p.application == "first" or (p.hukou_docs and rng.random() < 0.4):
        if p.hukou == "family":
            cover_addr = hk_addr
            if p.addr_print.startswith("var_"):
                cover_addr = variant_address(rng, hk_addr, p.addr_print)
                assert norm(cover_addr) != norm(hk_addr)
            p.print_addr["cover"] = p.addr_print
            rel = rng.choice(["户主", "长子" if sex == "男" else "长女", "子" if sex == "男" else "女"])
            head = name if rel == "户主" else name[0] + rng.choice(["国", "建", "秀"]) + rng.choice(["强", "华", "英", "平"])
            if p.name_style == "minority" and rel != "户主":
                head = rng.choice(["买买提·吐尔逊", "阿不都热合曼·依明"])
            docs.append({"type": "household_register_cover", "fields": {
                "household_type": rng.choice(["家庭户", "非农业家庭户"]), "head_name": head,
                "household_number": str(rng.randint(100000000, 999999999)), "address": norm(cover_addr),
                "issue_date": fmt(rdate(rng, add_years(birth, 18), add_years(as_of, -1)))}, "rows": []})
            if not p.drop_member:
                edu = {"college": "大学专科", "bachelor": "大学本科", "bachelor_degree": "大学本科", "master": "研究生",
                       "doctor": "研究生"}[p.education]
                docs.append({"type": "household_register_member", "fields": {
                    "name": name, "relation_to_head": rel, "sex": sex, "birthplace": reg[1] + reg[2], "ethnicity": eth,
                    "native_place": reg[1] + reg[2], "birth_date": fmt(birth), "id_number": idn, "education": edu,
                    "marital_status": "已婚" if p.marriage else "未婚", "employer": norm(p.company),
                    "registration_date": fmt(rdate(rng, birth + TD(days=20), add_years(birth, 20)))}, "rows": []})
        else:
            docs.append({"type": "collective_hukou_certificate", "fields": {
                "name": name, "id_number": idn, "address": norm(hk_addr),
                "issue_date": fmt(as_of - TD(days=rng.randint(3, 40)))}, "rows": []})
    # ---- contract
    c = p.contract
    end2 = add_months(as_of, 2)
    if "end_exact" in c:
        end = end2 + TD(days=c["end_exact"])
        years = rng.choice([2, 3])
        start = add_years(end + TD(days=1), -years)
    elif c["term_mode"] in ("exact_year", "short1"):
        start = D(add_months(as_of, -rng.randint(3, 6)).year, add_months(as_of, -rng.randint(3, 6)).month, 1)
        start = add_months(D(as_of.year, as_of.month, 1), -rng.randint(3, 6))
        end = add_years(start, 1) - TD(days=1 if c["term_mode"] == "exact_year" else 2)
    else:
        while True:
            start = rdate(rng, add_years(as_of, -6), add_months(as_of, -5))
            years = rng.choice([3, 3, 5, 2])
            end = add_years(start, years) - TD(days=1)
            if c["renewal"]:
                if end < as_of - TD(days=20):
                    break
                continue
            if c["open_ended"] or end >= end2 + TD(days=31):
                break
    renewal = None
    if c["renewal"]:
        rs = end + TD(days=1)
        re_ = add_years(rs, rng.choice([3, 5])) - TD(days=1)
        if re_ < end2 + TD(days=31):
            re_ = add_years(rs, 6) - TD(days=1)
        renewal = {"orig_start": start, "orig_end": end}
        start, end = rs, re_
    signing = start - TD(days=rng.randint(0, 12))
    if c["open_ended"]:
        end = None
    p.renewal = renewal
    docs.append({"type": "labour_contract", "fields": {
        "employer": norm(p.company), "employee_name": name, "employee_id_number": idn, "start_date": fmt(start),
        "end_date": fmt(end), "open_ended": bool(c["open_ended"]), "signing_date": fmt(signing)}, "rows": []})
    job_start = renewal["orig_start"] if renewal else start
    prev_company = rng.choice([x for x in COMPANIES if x != p.company])
    # ---- tax
    t = p.tax
    w = tax_window(as_of)
    last = month_add(w[-1], t["last_shift"])
    first = month_add(w[0], -rng.randint(0, 5))
    rows = []
    m = first
    agent_main = t.get("agent_all", p.company)
    while m <= last:
        if m not in t["drop"]:
            ag = agent_main if m >= ym(job_start) else prev_company
            if t.get("branch_last") and m == last:
                ag = p.company.replace("有限公司", "") + rng.choice(["浦东分公司", "闵行分公司", "第一分公司"])
                ag = p.company + rng.choice(["浦东分公司", "闵行分公司"])
            amt = "0.00" if m in t["zero"] else "%.2f" % (rng.uniform(30, 3200))
            rows.append({"period": m, "withholding_agent": norm(ag), "amount": amt, "item": "工资薪金所得"})
            if t.get("bonus") and m.endswith("-12"):
                rows.append({"period": m, "withholding_agent": norm(ag), "amount": "%.2f" % rng.uniform(300, 5000),
                             "item": "全年一次性奖金收入"})
        m = month_add(m, 1)
    if t["extra_payer_last"]:
        rows.append({"period": last, "withholding_agent": norm(rng.choice([x for x in COMPANIES if x != p.company])),
                     "amount": "%.2f" % rng.uniform(80, 800), "item": "劳务报酬所得"})
    tax_issue = max(as_of - TD(days=rng.randint(0, 6)), add_months(D(*map(int, (last + "-01").split("-"))), 1))
    tax_issue = min(tax_issue, as_of)
    tax_name = name
    if t["name_variant"]:
        for a, b in VARIANT.items():
            if a in name:
                tax_name = name.replace(a, b)
                break
        assert tax_name != name
    tax_id_num = idn
    if p.bad_checkdigit_doc == "tax_record":
        tax_id_num = idn[:17] + next(ch for ch in "0123456789X" if ch != idn[17])
    p.tax_tins = {}
    for r in rows:
        p.tax_tins.setdefault(r["withholding_agent"], tax_id(rng))
    docs.append({"type": "tax_record", "fields": {"name": tax_name, "id_number": tax_id_num, "issue_date": fmt(tax_issue)},
                 "rows": rows})
    # ---- social insurance
    si = p.si
    if si.get("mode"):
        M = ym(as_of)
        mode = si["mode"]
        srows = []
        base = "%.2f" % rng.choice([7384, 8000, 9500, 12500, 15600, 21000, 36921])

        def add(mm, who=None, back=False):
            srows.append({"month": mm, "employer": norm(who or p.company), "base": base, "back_payment": back})
        if mode in ("normal", "agency_mid", "agency_latest"):
            endm = M if as_of.day >= 10 and rng.random() < 0.6 else month_add(M, -1)
            n = rng.randint(13, 30)
            ag = rng.choice(AGENCIES)
            for k in range(n, -1, -1):
                mm = month_add(endm, -k)
                who = p.company if mm >= ym(job_start) else prev_company
                if mode == "agency_mid" and k == n // 2:
                    who = ag
                if mode == "agency_latest" and k == 0:
                    who = ag
                add(mm, who)
        elif mode == "six_exact":
            for k in range(9, 6, -1):
                add(month_add(M, -k), back=True)
            for k in range(6, 0, -1):
                add(month_add(M, -k))
        elif mode == "five":
            for k in range(8, 5, -1):
                add(month_add(M, -k), back=True)
            for k in range(5, -1, -1):
                if k:
                    add(month_add(M, -k))
        elif mode == "not_paying":
            for k in range(14, 1, -1):
                add(month_add(M, -k))
        elif mode == "exact12":
            for k in range(12, 0, -1):
                add(month_add(M, -k))
        elif mode == "exact11":
            for k in range(11, 0, -1):
                add(month_add(M, -k))
        elif mode == "twelve_one_back":
            kb = rng.randint(4, 9)
            for k in range(12, 0, -1):
                add(month_add(M, -k), back=(k == kb))
        elif mode == "years":
            for k in range(si["n"], 0, -1):
                add(month_add(M, -k))
        for r in srows:
            if r["month"] < ym(job_start) and r["employer"] == norm(p.company) and mode != "normal":
                r["employer"] = norm(prev_company)
        srows.sort(key=lambda r: r["month"])
        docs.append({"type": "social_insurance_record", "fields": {"name": name, "id_number": idn}, "rows": srows})
    # ---- education
    edu = p.education
    school = rng.choice(SCHOOLS)
    major, cat = rng.choice(MAJORS)
    if edu == "college":
        grad = D(birth.year + 21, 6, 30)
        docs.append(dip(name, school, major, "专科", grad))
    else:
        grad = D(birth.year + 22 + rng.randint(0, 1), 6, rng.choice([30, 28, 20]))
        if grad > as_of - TD(days=400):
            grad = D(as_of.year - 2, 6, 30)
        docs.append(dip(name, school, major, "本科", grad))
        if edu != "bachelor":
            docs.append(deg(name, school, major, "学士", grad, cat))
        if edu in ("master", "doctor"):
            s2 = rng.choice(SCHOOLS)
            g2 = D(grad.year + 3, 6, 30)
            docs.append(dip(name, s2, major, "硕士研究生", g2))
            docs.append(deg(name, s2, major, "硕士", g2, cat))
            if edu == "doctor":
                g3 = D(g2.year + 4, 6, 30)
                docs.append(dip(name, s2, major, "博士研究生", g3))
                docs.append(deg(name, s2, major, "博士", g3, cat))
    if p.xuexin:
        top = [d for d in docs if d["type"] == "diploma"][-1]
        x = {"type": "diploma", "fields": dict(top["fields"], online_record=True), "rows": [], "layout": "xuexin"}
        docs.append(x)
    if p.marriage:
        ssex = "女" if sex == "男" else "男"
        sb = rdate(rng, add_years(birth, -4), add_years(birth, 4))
        sreg = rng.choice(REGIONS)
        reg_date = rdate(rng, max(add_years(birth, 23), add_years(sb, 22)), as_of - TD(days=60))
        docs.append({"type": "marriage_certificate", "fields": {
            "holder_name": name, "spouse_name": rng.choice(SPOUSE), "spouse_id_number": make_id(rng, sreg[0], sb, ssex),
            "registration_date": fmt(reg_date)}, "rows": [], "spouse_birth": fmt(sb), "spouse_sex": ssex})
    p.docs = docs
    p.sex, p.name, p.ethnicity, p.region, p.birth, p.idn = sex, name, eth, reg, birth, idn
    p.hk_addr_print, p.id_addr_print = hk_addr, id_addr
    p.age_years = age
    return p


def dip(name, school, major, level, grad):
    return {"type": "diploma", "fields": {"name": name, "school": school, "major": major, "level": level,
                                          "graduation_date": grad.isoformat(), "study_mode": "普通全日制"}, "rows": []}


def deg(name, school, major, level, grad, cat):
    return {"type": "degree_certificate", "fields": {"name": name, "school": school, "major": major, "level": level,
                                                     "graduation_date": grad.isoformat()}, "rows": [], "category": cat}
