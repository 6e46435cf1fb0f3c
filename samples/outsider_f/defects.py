"""The defects a district office refuses or queries, and the rule ids each must give (SPEC §4)."""
import random

DEFECTS = ["hukou_one_char", "contract_ends_soon", "tax_missing_month", "si_agency", "name_lookalike",
           "id_typo", "permit_expired", "id_card_expired", "missing_household", "hukou_one_char",
           "contract_short", "tax_print_early",
           "si_stopped", "points_below", "degree_without_diploma", "permit_too_recent", "si_back_payments",
           "adult_without_record", "contract_ended", "tax_agency", "missing_tax", "age_over", "blank_page",
           "id_other_person", "missing_contract"]
REQUIRED = {
    "hukou_one_char": {"address.hukou_mismatch"}, "contract_ends_soon": {"contract.ends_within_two_months"},
    "contract_ended": {"contract.ends_within_two_months"}, "contract_short": {"contract.term_too_short"},
    "tax_missing_month": {"tax.missing_months"}, "tax_print_early": {"tax.missing_months"},
    "si_agency": {"employer.mismatch"}, "tax_agency": {"employer.mismatch"},
    "name_lookalike": {"identity.name_mismatch"},
    "id_typo": {"identity.id_number_invalid", "identity.id_number_mismatch"},
    "id_other_person": {"identity.id_number_mismatch"}, "permit_expired": {"permit.expired"},
    "permit_too_recent": {"permit.too_recent"}, "id_card_expired": {"id_card.expired"},
    "missing_household": {"packet.missing_document"}, "missing_tax": {"packet.missing_document"},
    "missing_contract": {"packet.missing_document"}, "points_below": {"points.below_standard"},
    "degree_without_diploma": {"points.claim_unsupported"}, "adult_without_record": {"points.claim_unsupported"},
    "si_stopped": {"social_insurance.not_paying"}, "si_back_payments": {"social_insurance.insufficient_months"},
    "age_over": {"applicant.age_out_of_range"}, "blank_page": {"quality.unreadable_page"}}
ALLOWED = {"si_back_payments": {"social_insurance.not_paying"}, "age_over": {"points.below_standard"},
           "degree_without_diploma": {"points.below_standard"}, "si_stopped": {"social_insurance.insufficient_months"}}


FAMILY = {"hukou_one_char": "home", "missing_household": "home", "contract_ends_soon": "contract",
          "contract_ended": "contract", "contract_short": "contract", "missing_contract": "contract",
          "tax_missing_month": "tax", "tax_print_early": "tax", "tax_agency": "tax", "missing_tax": "tax",
          "si_agency": "si", "si_stopped": "si", "si_back_payments": "si", "name_lookalike": "id",
          "id_typo": "id", "id_other_person": "id", "permit_expired": "permit", "permit_too_recent": "permit",
          "id_card_expired": "card", "points_below": "points", "degree_without_diploma": "points",
          "adult_without_record": "points", "age_over": "points", "blank_page": "page"}


def choose_defects(rng, seed, index):
    """Every third packet is clean; the others walk through DEFECTS in turn (from an offset the seed gives), some
    with a second defect of another family."""
    if index % 3 == 0:
        return []
    k = index - index // 3 - 1
    first = DEFECTS[(k + random.Random(f"outsider-f-offset:{seed}").randrange(len(DEFECTS))) % len(DEFECTS)]
    if rng.random() < 0.3:
        others = [d for d in DEFECTS if FAMILY[d] != FAMILY[first] and d != "blank_page"]
        second = rng.choice(others)
        if FAMILY[first] == "tax" and FAMILY[second] == "si" and "agency" in first + second:
            return [first]
        missing = [d for d in (first, second) if d.startswith("missing")]
        if len(missing) < 2:
            return [first, second]
    return [first]
