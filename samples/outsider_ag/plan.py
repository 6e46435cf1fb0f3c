"""The 40-packet plan: 16 ready, 12 review, 12 fix; every SPEC §4 rule planned in at least two packets."""
import random

from . import data

# defect id -> (rule it produces, what is drawn)
DEFECTS = {
    "booklet_member_missing": ("packet.missing_document", "only the 户口簿 首页 is handed in; the 本人页 (常住人口登记卡) is absent"),
    "contract_id_transposed": ("identity.id_number_invalid + identity.id_number_mismatch", "two adjacent digits of the ID number swapped on the labour contract"),
    "booklet_id_digit_wrong": ("identity.id_number_invalid + identity.id_number_mismatch", "one digit of the ID number mis-written on the 户口簿 本人页"),
    "name_lookalike_contract": ("identity.name_mismatch", "a look-alike / homophone character in the name on the labour contract"),
    "name_translit_tax": ("identity.name_mismatch", "the name on the tax record in another transliteration / look-alike character"),
    "hukou_house_number": ("address.hukou_mismatch", "one digit of the house number differs between 居住证 户籍地址 and 户口簿 住址"),
    "hukou_old_village": ("address.hukou_mismatch", "the 居住证 still carries the village's old name; the booklet was re-issued with the new one"),
    "permit_expired": ("permit.expired", "last year's 居住证 (valid_until before as-of)"),
    "id_card_expired": ("id_card.expired", "ID card validity ended a few weeks/months before as-of"),
    "age_over_60": ("applicant.age_out_of_range", "applicant aged 61-62 (ID card 长期)"),
    "age_under_18": ("applicant.age_out_of_range", "applicant aged 17"),
    "contract_short_term": ("contract.term_too_short", "contract term of 6-11 months"),
    "contract_ends_soon": ("contract.ends_within_two_months", "fixed term ends before as-of + 2 months"),
    "tax_middle_month_missing": ("tax.missing_months", "one middle month of the six-month window has no row"),
    "tax_print_too_old": ("tax.missing_months", "record printed before the latest window month was declared"),
    "tax_via_agency": ("employer.mismatch", "tax withheld by an HR agency (代缴), not the contract employer"),
    "si_via_agency": ("employer.mismatch", "social insurance paid through an HR agency in the latest months"),
    "si_few_months": ("social_insurance.insufficient_months", "social-insurance record of only 3-5 months"),
    "si_stopped": ("social_insurance.not_paying", "contributions stop two months before the as-of month"),
    "si_back_paid_latest": ("social_insurance.not_paying", "the as-of month and the month before are 补缴 rows only"),
    "permit_too_recent": ("permit.too_recent", "居住证 issued 1-2 working days before as-of"),
    "id_front_only": ("field.unreadable", "only the ID card's 人像面 is handed in (no validity)"),
    "permit_card_only": ("field.unreadable", "only the 居住证 card, no information page: 户籍地址 cannot be read"),
    "contract_term_page_missing": ("field.unreadable", "the contract page holding 合同期限 was not photographed"),
    "blank_back_page": ("quality.unreadable_page", "a blank back page inside a scanner-app PDF"),
    "dark_duplicate_photo": ("quality.unreadable_page", "an extra, almost black phone photo"),
    "edu_college_only": ("points.below_standard", "专科 diploma only: 30 + 50"),
    "no_edu_docs": ("points.below_standard", "no diploma handed in"),
    "age_50_bachelor": ("points.below_standard", "aged 50-53 with 本科 + 学士"),
    "degree_without_diploma": ("points.claim_unsupported", "学士学位证书 without the 毕业证书"),
    "adult_diploma_no_xuexin": ("points.claim_unsupported", "函授 (成人) diploma without 学籍 papers"),
    "adult_college_selfstudy": ("points.claim_unsupported + points.below_standard", "自学考试 专科 diploma without 学籍 papers"),
}

FIX = [
    (["booklet_member_missing", "tax_middle_month_missing"], {}, ["packet.missing_document", "tax.missing_months"]),
    (["booklet_member_missing", "contract_ends_soon"], {"minority": True}, ["packet.missing_document", "contract.ends_within_two_months"]),
    (["contract_id_transposed", "si_stopped"], {"si": True}, ["identity.id_number_invalid", "identity.id_number_mismatch", "social_insurance.not_paying"]),
    (["booklet_id_digit_wrong", "si_back_paid_latest"], {"si": True, "minority": True}, ["identity.id_number_invalid", "identity.id_number_mismatch", "social_insurance.not_paying"]),
    (["name_lookalike_contract", "tax_via_agency"], {}, ["identity.name_mismatch", "employer.mismatch"]),
    (["name_translit_tax", "si_stopped"], {"si": True, "minority": True, "region_name": "喀什地区"}, ["identity.name_mismatch", "social_insurance.not_paying"]),
    (["hukou_house_number", "permit_expired"], {"style": "city"}, ["address.hukou_mismatch", "permit.expired"]),
    (["hukou_old_village", "id_card_expired"], {"style": "rural", "age": (33, 35), "rural_region": True}, ["address.hukou_mismatch", "id_card.expired"]),
    (["permit_expired", "age_over_60"], {"age": (61, 62)}, ["permit.expired", "applicant.age_out_of_range", "points.below_standard"]),
    (["age_under_18", "contract_short_term"], {"age": (17, 17), "edu": "none", "married": False}, ["applicant.age_out_of_range", "contract.term_too_short", "points.below_standard"]),
    (["contract_short_term", "si_via_agency", "si_few_months"], {"si": True}, ["contract.term_too_short", "employer.mismatch", "social_insurance.insufficient_months"]),
    (["contract_ends_soon", "tax_print_too_old", "id_card_expired", "si_few_months"], {"si": True, "age": (33, 35)},
     ["id_card.expired", "contract.ends_within_two_months", "tax.missing_months", "social_insurance.insufficient_months"]),
]
REVIEW = [
    (["permit_too_recent"], {}, ["permit.too_recent"]),
    (["permit_too_recent", "blank_back_page"], {"minority": True}, ["permit.too_recent", "quality.unreadable_page"]),
    (["id_front_only"], {"minority": True}, ["field.unreadable"]),
    (["permit_card_only"], {}, ["field.unreadable"]),
    (["contract_term_page_missing"], {}, ["field.unreadable"]),
    (["dark_duplicate_photo"], {"minority": True}, ["quality.unreadable_page"]),
    (["edu_college_only"], {"edu": "college", "si": True}, ["points.below_standard"]),
    (["no_edu_docs"], {"edu": "none"}, ["points.below_standard"]),
    (["age_50_bachelor"], {"age": (50, 53), "si": True}, ["points.below_standard"]),
    (["degree_without_diploma"], {"edu": "degree_only", "minority": True}, ["points.claim_unsupported"]),
    (["adult_diploma_no_xuexin"], {"edu": "adult_bachelor_degree"}, ["points.claim_unsupported"]),
    (["adult_college_selfstudy"], {"edu": "adult_college_selfstudy", "minority": True}, ["points.below_standard", "points.claim_unsupported"]),
]
READY = [
    ([], {"minority": True, "si": True}, []),
    ([], {"hukou": "collective"}, []),
    ([], {"hukou": "collective", "minority": True, "si": True}, []),
    ([], {"application": "renewal", "no_booklet": True, "minority": True}, []),
    ([], {"application": "renewal"}, []),
    ([], {"open_ended": True, "si": True, "si_old_backpay": True}, []),
    ([], {"open_ended": True, "minority": True}, []),
    ([], {"old_id_address": True, "minority": True}, []),
    ([], {"old_id_address": True, "style": "rural", "rural_region": True}, []),
    ([], {"old_id_address": True, "si": True}, []),
    ([], {"edu": "master", "minority": True}, []),
    ([], {"edu": "phd", "si": True}, []),
    ([], {"edu": "adult_bachelor_xuexin", "side_job": True}, []),
    ([], {"age": (44, 45), "si": True, "si_min": 24, "side_job": True}, []),
    ([], {"minority": True, "receipt": True, "style": "rural", "rural_region": True}, []),
    ([], {"receipt": True, "fullwidth": True}, []),
]


def make(seed, count):
    rng = random.Random(f"{seed}-plan")
    base = [("fix", *e) for e in FIX] + [("review", *e) for e in REVIEW] + [("ready", *e) for e in READY]
    rng.shuffle(base)
    minority_regions = [i for i, r in enumerate(data.REGIONS) if any(e != "汉" for e in r[5])]
    rural_regions = [i for i, r in enumerate(data.REGIONS) if not r[4]]
    order = list(range(len(data.REGIONS)))
    rng.shuffle(order)
    used = []
    out = []
    for i in range(count):
        cls, defects, opts, rules = base[i % len(base)]
        opts = dict(opts)
        if "region_name" in opts:
            cand = [k for k, r in enumerate(data.REGIONS) if r[1] == opts["region_name"]]
        elif opts.get("minority"):
            cand = minority_regions
        elif opts.get("rural_region"):
            cand = rural_regions
        else:
            cand = list(range(len(data.REGIONS)))
        fresh = [k for k in order if k in cand and k not in used] or [k for k in order if k in cand]
        opts["region"] = fresh[0]
        used.append(fresh[0])
        out.append({"id": f"ag{i:03d}", "index": i, "class": cls, "defects": list(defects), "opts": opts,
                    "rules": list(rules)})
    return out
