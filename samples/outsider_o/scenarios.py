"""The 40 packet scenarios: verdict class, defects (tags), the rule ids SPEC §4
makes fire, and options that steer the person and the forms."""

R_ADDR = 'address.hukou_mismatch'
R_SOON = 'contract.ends_within_two_months'
R_SHORT = 'contract.term_too_short'
R_TAX = 'tax.missing_months'
R_EMP = 'employer.mismatch'
R_NAME = 'identity.name_mismatch'
R_IDM = 'identity.id_number_mismatch'
R_IDI = 'identity.id_number_invalid'
R_PEXP = 'permit.expired'
R_PNEW = 'permit.too_recent'
R_IDEXP = 'id_card.expired'
R_MISS = 'packet.missing_document'
R_SINP = 'social_insurance.not_paying'
R_SIINS = 'social_insurance.insufficient_months'
R_BELOW = 'points.below_standard'
R_UNSUP = 'points.claim_unsupported'
R_PAGE = 'quality.unreadable_page'


def S(defects=(), rules=(), **o):
    o['defects'] = list(defects)
    o['rules'] = sorted(rules)
    return o


SCENARIOS = [
    # ---- ready (14)
    S(si='job_change', tax='national'),
    S(collective=True, edu='master', tax='app'),
    S(app='renewal', open_ended=True),
    S(open_ended=True, marriage=True, unknown='receipt'),
    S(id_old_addr=True, tax='web', si='long'),
    S(edu='master', si='bp', tax='old'),
    S(xuexin=True, heic=True, tax='app'),
    S(app='renewal', si='long36', marriage=True),
    S(collective=True, contract='renewal'),
    S(tax='national', tax_extra=True, branch=True),
    S(unknown='rental', si='range', tax='web'),
    S(si='range', contract='e_contract'),
    S(age=44, edu='master', tax='app', marriage=True),
    S(watermark=True, bundle=True, tax='national', unknown='receipt'),
    # ---- review (8)
    S(['age_points_low'], [R_BELOW], age=47, si='none'),
    S(['no_degree'], [R_BELOW], edu='bach', si='none'),
    S(['degree_without_diploma'], [R_UNSUP], edu='deg_only', si='none'),
    S(['permit_too_recent'], [R_PNEW], permit='recent'),
    S(['blank_page'], [R_PAGE], blank=True, bundle=True),
    S(['college_only', 'blank_page'], [R_BELOW, R_PAGE], edu='assoc', si='long24', blank=True),
    S(['permit_too_recent', 'age_points_low'], [R_PNEW, R_BELOW], permit='recent', age=50, si='none'),
    S(['permit_too_recent'], [R_PNEW], permit='recent', app='renewal', tax='app'),
    # ---- fix (18)
    S(['address_mismatch'], [R_ADDR]),
    S(['contract_ends_soon'], [R_SOON], contract='soon'),
    S(['contract_ended'], [R_SOON], contract='ended'),
    S(['tax_missing_month'], [R_TAX], tax_gap='middle'),
    S(['tax_latest_months_missing'], [R_TAX], tax_gap='latest'),
    S(['tax_paid_by_agency'], [R_EMP], tax_agency=True),
    S(['social_insurance_by_agency'], [R_EMP], si='agency'),
    S(['name_mismatch'], [R_NAME], name_var='tax_record'),
    S(['id_number_typo'], [R_IDM, R_IDI], id_typo='labour_contract'),
    S(['permit_expired'], [R_PEXP], permit='expired'),
    S(['id_card_expired'], [R_IDEXP], idcard='expired'),
    S(['missing_household_member_page'], [R_MISS], missing='household_register_member'),
    S(['social_insurance_stopped'], [R_SINP], si='stopped'),
    S(['social_insurance_too_few_months'], [R_SIINS], si='new'),
    S(['contract_term_too_short'], [R_SHORT], contract='short'),
    S(['address_mismatch', 'tax_missing_month'], [R_ADDR, R_TAX], tax_gap='middle', tax='app'),
    S(['contract_with_former_employer', 'age_points_low'], [R_EMP, R_BELOW], contract='old_employer', age=48,
      si='job_change'),
    S(['permit_expired', 'contract_ends_soon'], [R_PEXP, R_SOON], app='renewal', permit='expired', contract='soon'),
]


def verdict_of(rules):
    from .rules import SEVERITY
    sev = {SEVERITY[r] for r in rules}
    return 'fix' if 'error' in sev else 'review' if sev else 'ready'
