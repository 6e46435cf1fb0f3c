"""The 40 scenarios of this set: 14 ready, 8 review, 18 fix.

`defects` are the labels written to the truth file's `defects` list (ready packets carry an empty list: their
`noise` is not a defect; review packets name what makes them uncertain).  `expect` is what the scenario aims at: the generator refuses a
packet whose derived verdict differs, or whose derived error rules (fix) or warning rules (review) are not
exactly `expect`.
"""
import datetime as _dt

D = _dt.date

READY = [
    dict(key="ready_brackets", noise=["employer brackets full-width on the contract, half-width in the tax record",
                                      "hukou address printed with full-width digits"],
         opts=dict(brackets=True, fullwidth_address=True)),
    dict(key="ready_job_change", noise=["job change: earlier tax and social-insurance months under the previous employer"],
         opts=dict(si_variant="type", job_change=True, si=True)),
    dict(key="ready_renewal_contract", noise=["劳动合同续订书 extends an expired contract"], opts=dict(renewal_contract=True)),
    dict(key="ready_collective", noise=["集体户口 户籍证明 instead of the booklet"], opts=dict(collective=True)),
    dict(key="ready_masked", noise=["masked ID numbers in app screenshots (电子居住证, 个税 app)"],
         opts=dict(masked=True, permit_form="e_permit", tax_form="detail_app")),
    dict(key="ready_old_id_address", noise=["ID card shows an older address than the 户口簿"], opts=dict(old_id_address=True)),
    dict(key="ready_open_ended", noise=["无固定期限 contract ticked in the model text", "employer is a branch (分公司)"],
         opts=dict(open_ended=True, branch=True, contract_layout="shanghai_model")),
    dict(key="ready_renewal_app", noise=["renewal application (no 户口簿 needed)", "tax rows with 0.00",
                                         "劳务报酬 rows from a second payer"],
         opts=dict(application="renewal", zero_tax=True, extra_payer=True)),
    dict(key="ready_master", noise=["硕士 diploma and degree", "全年一次性奖金 row", "text PDF in shuffled text order"],
         opts=dict(edu="master", bonus=True, shuffle_pdf=True)),
    dict(key="ready_age44_si", noise=["age 44 (29 points) lifted over 120 by a 12-month social-insurance record"],
         opts=dict(age=44, edu="bachelor", si=True, si_len=14)),
    dict(key="ready_phd_long_term", noise=["博士, ID card valid 长期"], opts=dict(age=52, edu="phd", id_long_term=True)),
    dict(key="ready_contract_clamp", noise=["contract ends 2027-01-31, as-of 2026-11-30: +2 months clamps to 2027-01-30"],
         opts=dict(as_of=D(2026, 11, 30), contract_end=D(2027, 1, 31), contract_years=2)),
    dict(key="ready_permit_5days", noise=["permit issued exactly 5 working days before as-of"], opts=dict(permit_workdays=5)),
    dict(key="ready_marriage_watermark", noise=["结婚证 present", "payer tax ID inside 备注", "watermark over copies",
                                                "EXIF-rotated and HEIC photos"],
         opts=dict(marriage=True, watermark=True, uscc_remark=True, exif=True, heic=True)),
]

REVIEW = [
    dict(key="review_recent_permit", defects=["permit_issued_2_working_days_before"], expect=["permit.too_recent"], opts=dict(permit_workdays=2)),
    dict(key="review_recent_permit_renewal", defects=["permit_endorsed_3_working_days_before"], expect=["permit.too_recent"],
         opts=dict(permit_workdays=3, application="renewal", permit_form="e_permit")),
    dict(key="review_college_points", defects=["points_80_college_only"], expect=["points.below_standard"], opts=dict(edu="college")),
    dict(key="review_age47_points", defects=["points_113_age_47"], expect=["points.below_standard"], opts=dict(age=47, edu="bachelor")),
    dict(key="review_degree_without_diploma", defects=["degree_without_diploma"], expect=["points.claim_unsupported"], opts=dict(edu="degree_only")),
    dict(key="review_adult_diploma", defects=["adult_education_diploma_without_xueji_papers"], expect=["points.claim_unsupported"], opts=dict(edu="adult")),
    dict(key="review_id_front_only", defects=["id_card_back_missing_validity_unknown"], expect=["field.unreadable"], opts=dict(id_form="front_only")),
    dict(key="review_permit_card_only", defects=["permit_card_only_hukou_address_unknown"], expect=["field.unreadable"], opts=dict(permit_form="card_only")),
]

FIX = [
    dict(key="fix_hukou_one_char", defects=["hukou_address_one_char"], expect=["address.hukou_mismatch"],
         opts=dict(hukou_mismatch=True)),
    dict(key="fix_collective_mismatch_tax_gap", defects=["collective_address_one_char", "tax_missing_month"],
         expect=["address.hukou_mismatch", "tax.missing_months"], opts=dict(collective=True, hukou_mismatch=True, tax_gap="middle")),
    dict(key="fix_contract_soon_tax_latest", defects=["contract_ends_soon", "tax_latest_month_not_printed"],
         expect=["contract.ends_within_two_months", "tax.missing_months"],
         opts=dict(contract_soon=True, tax_gap="latest", as_of=D(2026, 12, 21))),
    dict(key="fix_contract_ended_new_job", defects=["contract_ended", "tax_paid_by_new_employer"],
         expect=["contract.ends_within_two_months", "employer.mismatch"], opts=dict(contract_ended=True, new_job=True)),
    dict(key="fix_term_short", defects=["contract_term_11_months"], expect=["contract.term_too_short"],
         opts=dict(term_short="months")),
    dict(key="fix_term_short_member_missing", defects=["contract_term_one_day_short", "household_member_page_missing"],
         expect=["contract.term_too_short", "packet.missing_document"], opts=dict(term_short="day", drop="household_register_member")),
    dict(key="fix_tax_agency", defects=["tax_withheld_by_agency"], expect=["employer.mismatch"], opts=dict(tax_agency=True)),
    dict(key="fix_si_agency", defects=["social_insurance_paid_by_agency"], expect=["employer.mismatch"],
         opts=dict(si=True, si_agency=True)),
    dict(key="fix_si_backpay", defects=["social_insurance_mostly_back_payments"], expect=["social_insurance.insufficient_months"],
         opts=dict(si_variant="remark", si=True, si_mode="backpay")),
    dict(key="fix_si_stopped", defects=["social_insurance_stopped"], expect=["social_insurance.not_paying"],
         opts=dict(si_variant="ranges", si=True, si_mode="stopped")),
    dict(key="fix_si_backpay_recent", defects=["social_insurance_only_back_payments"],
         expect=["social_insurance.insufficient_months", "social_insurance.not_paying"], opts=dict(si_variant="section", si=True, si_mode="all_back")),
    dict(key="fix_name_contract", defects=["name_mismatch_contract"], expect=["identity.name_mismatch"],
         opts=dict(name_mismatch="labour_contract")),
    dict(key="fix_name_tax_permit_expired", defects=["name_mismatch_tax", "permit_expired"],
         expect=["identity.name_mismatch", "permit.expired"], opts=dict(name_mismatch="tax_record", permit_expired=True)),
    dict(key="fix_id_typo_permit", defects=["id_number_typo_permit"],
         expect=["identity.id_number_invalid", "identity.id_number_mismatch"], opts=dict(id_typo="residence_permit")),
    dict(key="fix_id_impossible_date_contract", defects=["id_number_impossible_birth_date_contract"],
         expect=["identity.id_number_invalid", "identity.id_number_mismatch"], opts=dict(id_typo="labour_contract", id_typo_kind="date")),
    dict(key="fix_permit_and_id_expired", defects=["permit_expired", "id_card_expired"], expect=["permit.expired", "id_card.expired"],
         opts=dict(permit_expired=True, id_expired=True)),
    dict(key="fix_id_expired_age61", defects=["id_card_expired", "age_61"], expect=["id_card.expired", "applicant.age_out_of_range"],
         opts=dict(id_expired=True, age=61, edu="bachelor")),
    dict(key="fix_age62_no_id_card", defects=["age_62", "id_card_missing"], expect=["applicant.age_out_of_range", "packet.missing_document"],
         opts=dict(age=62, drop="id_card", edu="bachelor", application="renewal")),
]


def plan(seed, count=40):
    """scenario for packet index 1..count, order shuffled by seed"""
    import random
    items = [dict(s, verdict="ready") for s in READY] + [dict(s, verdict="review") for s in REVIEW] + \
            [dict(s, verdict="fix") for s in FIX]
    r = random.Random(seed * 7919 + 17)
    r.shuffle(items)
    out = []
    for i in range(count):
        out.append(dict(items[i % len(items)]))
    return out
