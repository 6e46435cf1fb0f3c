"""The 40 scenarios: intended verdict, defects, the rule ids they must fire, and knobs for the builder."""

# (verdict, defects, intended rules, knobs)
S = {
    1: ("ready", [], [], dict(tax="tax_app", si="si_web", permit="permit_app")),
    2: ("ready", ["trap_renewal_no_hukou"], [], dict(application="renewal", no_hukou=True, tax="tax_browser", si="si_app", permit="permit_info_grid2")),
    3: ("ready", ["trap_collective_hukou"], [], dict(collective=True, tax="tax_rl", si=None, permit="permit_card_info")),
    4: ("ready", ["trap_open_ended_contract"], [], dict(open_ended=True, tax="tax_browser_printed", si="si_rl", permit="permit_web")),
    5: ("ready", ["trap_job_change_si", "trap_second_payer_latest_month"], [], dict(job_change_si=True, second_payer=True, tax="tax_app_long", si="si_app", permit="permit_info_grid4")),
    6: ("ready", ["trap_fullwidth_brackets_employer"], [], dict(bracket_company=True, tax="tax_fpdf", si="si_web_png", permit="permit_app")),
    7: ("ready", ["trap_id_card_older_address"], [], dict(old_id_address=True, tax="tax_browser", si="si_web_printed", permit="permit_info_list")),
    8: ("ready", ["trap_latest_month_not_on_print"], [], dict(as_of="2026-11-10", tax="tax_rl", si="si_app_long", permit="permit_card_info")),
    9: ("ready", ["trap_contract_ends_exactly_two_months"], [], dict(contract_end_edge=True, tax="tax_app_record", si=None, permit="permit_info_grid2")),
    10: ("ready", ["trap_permit_issued_5_working_days"], [], dict(as_of="2026-11-20", permit_issue="2026-11-13", tax="tax_browser", si="si_web", permit="permit_app")),
    11: ("ready", ["trap_zero_amount_month"], [], dict(zero_month=True, tax="tax_rl", si="si_app", permit="permit_web_pdf")),
    12: ("ready", ["trap_back_payment_rows"], [], dict(si_backpay_old=True, tax="tax_old", si="si_rl", permit="permit_info_grid4")),
    13: ("ready", ["trap_long_term_id_card"], [], dict(age=47, master=True, tax="tax_web_png", si="si_web", permit="permit_app")),
    14: ("ready", ["trap_watermark"], [], dict(watermark=True, tax="tax_rl_printed", si="si_app", permit="permit_info_list")),
    15: ("ready", ["trap_head_is_self", "trap_next_month_already_declared"], [], dict(head_self=True, as_of="2026-12-11", extra_month=True, master=True, tax="tax_browser", si="si_app_long", permit="permit_app")),
    # review
    16: ("review", ["permit_too_recent"], ["permit.too_recent"], dict(as_of="2026-11-20", permit_issue="2026-11-17", tax="tax_web_png", si="si_web", permit="permit_app")),
    17: ("review", ["permit_too_recent_holiday"], ["permit.too_recent"], dict(as_of="2026-10-09", permit_issue="2026-09-30", tax="tax_browser", si=None, permit="permit_info_grid2")),
    18: ("review", ["points_below_standard_age"], ["points.below_standard"], dict(age=48, tax="tax_rl", si="si_app", permit="permit_web")),
    19: ("review", ["points_below_standard_dazhuan"], ["points.below_standard"], dict(dazhuan=True, tax="tax_app_long", si=None, permit="permit_card_info")),
    20: ("review", ["degree_without_diploma"], ["points.claim_unsupported"], dict(no_diploma=True, tax="tax_browser", si="si_rl", permit="permit_app")),
    21: ("review", ["adult_diploma_without_record"], ["points.claim_unsupported"], dict(adult=True, tax="tax_fpdf", si=None, permit="permit_info_list")),
    22: ("review", ["contract_term_page_missing"], ["field.unreadable"], dict(drop_term_page=True, tax="tax_app_record", si="si_web", permit="permit_info_grid4")),
    23: ("review", ["blank_page_in_scan"], ["quality.unreadable_page"], dict(blank_page=True, tax="tax_rl", si="si_app", permit="permit_app")),
    # fix
    24: ("fix", ["hukou_address_one_char"], ["address.hukou_mismatch"], dict(hukou_1char=True, tax="tax_app", si="si_web", permit="permit_info_grid2")),
    25: ("fix", ["contract_ends_soon"], ["contract.ends_within_two_months"], dict(ends_soon=True, tax="tax_browser", si=None, permit="permit_app")),
    26: ("fix", ["tax_missing_month"], ["tax.missing_months"], dict(tax_gap=True, tax="tax_app_record", si="si_app", permit="permit_web")),
    27: ("fix", ["tax_agency_withholding"], ["employer.mismatch"], dict(tax_agency=True, tax="tax_rl", si=None, permit="permit_card_info")),
    28: ("fix", ["si_paid_by_agency"], ["employer.mismatch"], dict(si_agency=True, tax="tax_browser", si="si_app", permit="permit_app")),
    29: ("fix", ["name_mismatch_contract"], ["identity.name_mismatch"], dict(name_mismatch=True, tax="tax_app_long", si="si_rl", permit="permit_info_grid4")),
    30: ("fix", ["id_number_mismatch_tax"], ["identity.id_number_mismatch"], dict(id_mismatch=True, tax="tax_browser", si="si_web", permit="permit_app")),
    31: ("fix", ["id_number_invalid"], ["identity.id_number_invalid"], dict(id_invalid=True, tax="tax_rl", si=None, permit="permit_info_list")),
    32: ("fix", ["permit_expired"], ["permit.expired"], dict(permit_expired=True, tax="tax_web_png", si="si_app", permit="permit_web_pdf")),
    33: ("fix", ["id_card_expired"], ["id_card.expired"], dict(id_expired=True, tax="tax_fpdf", si=None, permit="permit_app")),
    34: ("fix", ["age_over_60"], ["applicant.age_out_of_range", "points.below_standard"], dict(age=61, master=True, tax="tax_browser", si="si_rl", permit="permit_web")),
    35: ("fix", ["contract_term_too_short"], ["contract.term_too_short"], dict(short_term=True, tax="tax_rl_printed", si=None, permit="permit_app")),
    36: ("fix", ["si_insufficient_months"], ["social_insurance.insufficient_months"], dict(si_insufficient=True, tax="tax_app", si="si_web", permit="permit_info_grid4")),
    37: ("fix", ["si_not_paying"], ["social_insurance.not_paying"], dict(si_stopped=True, tax="tax_browser", si="si_app", permit="permit_card_info")),
    38: ("fix", ["missing_household_register"], ["packet.missing_document"], dict(no_hukou=True, tax="tax_app", si=None, permit="permit_app")),
    39: ("fix", ["contract_ends_soon", "tax_missing_month"], ["contract.ends_within_two_months", "tax.missing_months"], dict(ends_soon=True, tax_gap=True, tax="tax_browser_printed", si="si_web_png", permit="permit_info_list")),
    40: ("fix", ["tax_latest_month_not_on_print"], ["tax.missing_months"], dict(as_of="2026-12-18", stale_print=True, tax="tax_rl", si="si_app", permit="permit_app")),
}


def get(i):
    if i in S:
        return S[i]
    # beyond 40: cycle with the same kinds
    return S[(i - 1) % 40 + 1]
