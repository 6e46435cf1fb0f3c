"""The 44 packet plans: application, hukou kind, education, extras and planted defects.

defects name manipulations; `expect` is the set of rules those manipulations
must make fire (our reading of SPEC §4/§6)."""

C = dict
PLANS = [
    # ---- clean (15)
    C(d=[], app="first", hk="family", edu="bk_deg"),
    C(d=[], app="first", hk="collective", edu="yjs", si=True),
    C(d=[], app="renewal", hk="none", edu="bk_deg"),
    C(d=[], app="first", hk="family", edu="adult_rec", married=True),
    C(d=[], app="first", hk="family", edu="bk_deg", si=True),
    C(d=[], app="renewal", hk="collective", edu="bk_deg"),
    C(d=[], app="first", hk="family", edu="zikao_rec", si=True),
    C(d=[], app="first", hk="family", edu="yjs", married=True, spouse_id=True),
    C(d=[], app="first", hk="collective", edu="bk_deg", si=True),
    C(d=[], app="renewal", hk="family", edu="yjs"),
    C(d=[], app="first", hk="family", edu="bk_deg", married=True, si=True),
    C(d=[], app="first", hk="family", edu="bk_deg", renew_contract=True),
    C(d=[], app="first", hk="collective", edu="adult_rec", married=True, spouse_id=True),
    C(d=[], app="renewal", hk="none", edu="bk_deg", si=True),
    C(d=[], app="first", hk="family", edu="bk_deg", extras=2),
    # ---- defects (29)
    C(d=["missing_tax"], app="first", hk="family", edu="bk_deg"),
    C(d=["missing_hukou"], app="first", hk="family", edu="yjs"),
    C(d=["permit_recent"], app="renewal", hk="none", edu="ck"),
    C(d=["bad_checkdigit"], app="first", hk="family", edu="bk_deg"),
    C(d=["typo_id_contract"], app="first", hk="collective", edu="bk_deg"),
    C(d=["id_mismatch_valid", "blank_page"], app="first", hk="family", edu="bk_deg", married=True),
    C(d=["name_typo_contract"], app="first", hk="family", edu="adult_rec"),
    C(d=["name_typo_tax", "permit_recent"], app="renewal", hk="none", edu="bk_deg"),
    C(d=["hukou_old"], app="first", hk="family", edu="bk_deg", si=True),
    C(d=["hukou_old"], app="first", hk="collective", edu="yjs"),
    C(d=["permit_expired"], app="renewal", hk="none", edu="bk_deg"),
    C(d=["permit_expired", "tax_gap"], app="first", hk="family", edu="bk_deg"),
    C(d=["idcard_expired"], app="first", hk="family", edu="zikao_rec"),
    C(d=["idcard_expired"], app="first", hk="family", edu="ck"),
    C(d=["age_over"], app="first", hk="family", edu="bk_deg", married=True),
    C(d=["age_over"], app="renewal", hk="none", edu="ck"),
    C(d=["term_short"], app="first", hk="family", edu="bk_deg"),
    C(d=["term_short"], app="first", hk="collective", edu="bk_deg", renew_contract=True),
    C(d=["ends_soon"], app="first", hk="family", edu="none"),
    C(d=[], app="first", hk="family", edu="deg_only"),
    C(d=["tax_gap"], app="first", hk="family", edu="adult_norec"),
    C(d=["tax_lag"], app="renewal", hk="family", edu="bk_only"),
    C(d=["employer_agency_tax"], app="first", hk="family", edu="bk_deg"),
    C(d=["employer_agency_si"], app="first", hk="family", edu="yjs", si=True),
    C(d=["employer_switch", "id_front_only"], app="first", hk="collective", edu="bk_deg"),
    C(d=["si_insufficient", "ends_soon"], app="first", hk="family", edu="bk_deg", si=True),
    C(d=["si_not_paying"], app="first", hk="family", edu="bk_deg", si=True),
    C(d=["si_insufficient", "si_not_paying"], app="renewal", hk="none", edu="yjs", si=True),
    C(d=["permit_card_only", "dark_photo"], app="first", hk="family", edu="bk_deg"),
]

DEFECT_RULES = {
    "missing_tax": ["packet.missing_document"], "missing_hukou": ["packet.missing_document"],
    "bad_checkdigit": ["identity.id_number_invalid"],
    "typo_id_contract": ["identity.id_number_invalid", "identity.id_number_mismatch"],
    "id_mismatch_valid": ["identity.id_number_mismatch"],
    "name_typo_contract": ["identity.name_mismatch"], "name_typo_tax": ["identity.name_mismatch"],
    "hukou_old": ["address.hukou_mismatch"], "permit_expired": ["permit.expired"],
    "permit_recent": ["permit.too_recent"], "idcard_expired": ["id_card.expired"],
    "age_over": ["applicant.age_out_of_range", "points.below_standard"],
    "term_short": ["contract.term_too_short"], "ends_soon": ["contract.ends_within_two_months"],
    "tax_gap": ["tax.missing_months"], "tax_lag": ["tax.missing_months"],
    "employer_agency_tax": ["employer.mismatch"], "employer_agency_si": ["employer.mismatch"],
    "employer_switch": ["employer.mismatch"],
    "si_insufficient": ["social_insurance.insufficient_months"], "si_not_paying": ["social_insurance.not_paying"],
    "id_front_only": ["field.unreadable"], "permit_card_only": ["field.unreadable"],
    "blank_page": ["quality.unreadable_page"], "dark_photo": ["quality.unreadable_page"],
}
EDU_RULES = {"ck": ["points.below_standard"], "bk_only": ["points.below_standard"], "none": ["points.below_standard"],
             "adult_norec": ["points.claim_unsupported"], "deg_only": ["points.claim_unsupported"]}


def plan_for(index):
    return PLANS[index % len(PLANS)]


def expected_for(plan):
    r = set()
    for d in plan["d"]:
        r |= set(DEFECT_RULES[d])
    r |= set(EDU_RULES.get(plan["edu"], []))
    return sorted(r)
