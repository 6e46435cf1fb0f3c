"""The plan of the set: 40 packets, their intended verdict, defects and the routes their online records take.

Defect tags (model.py turns them into data; RULES_OF gives the rules each one must fire):
"""
RULES_OF = {
    "tax_missing_month": ["tax.missing_months"],
    "tax_missing_two": ["tax.missing_months"],
    "tax_printed_early": ["tax.missing_months"],
    "tax_other_employer": ["employer.mismatch"],
    "tax_agency": ["employer.mismatch"],
    "si_agency": ["employer.mismatch"],
    "contract_ends_soon": ["contract.ends_within_two_months"],
    "contract_term_short": ["contract.term_too_short"],
    "si_insufficient": ["social_insurance.insufficient_months"],
    "si_not_paying": ["social_insurance.not_paying"],
    "permit_expired": ["permit.expired"],
    "permit_too_recent": ["permit.too_recent"],
    "idcard_expired": ["id_card.expired"],
    "name_typo": ["identity.name_mismatch"],
    "id_typo": ["identity.id_number_invalid", "identity.id_number_mismatch"],
    "id_other": ["identity.id_number_mismatch"],
    "hukou_moved": ["address.hukou_mismatch"],
    "missing_member": ["packet.missing_document"],
    "over60": ["applicant.age_out_of_range"],
    "idcard_front_only": ["field.unreadable"],
    "permit_card_only": ["field.unreadable"],
    "blank_page": ["quality.unreadable_page"],
    "dark_page": ["quality.unreadable_page"],
    "thumb_page": ["quality.unreadable_page"],
    "adult_diploma": ["points.claim_unsupported"],
    "degree_only": ["points.claim_unsupported"],
    "edu_bachelor_only": [],   # points.below_standard follows from the estimate
    "edu_college": [],
}

ALL_RULES = ["packet.missing_document", "identity.id_number_invalid", "identity.name_mismatch",
             "identity.id_number_mismatch", "address.hukou_mismatch", "permit.expired", "permit.too_recent",
             "id_card.expired", "applicant.age_out_of_range", "contract.term_too_short",
             "contract.ends_within_two_months", "tax.missing_months", "employer.mismatch",
             "social_insurance.insufficient_months", "social_insurance.not_paying", "field.unreadable",
             "quality.unreadable_page", "points.below_standard", "points.claim_unsupported"]

# (intended verdict, defects, good-packet features)
# features: job_change, side_income, correction, zero_month, si_backpay_old, renewal_no_hukou, renewal,
#           collective, master, married, distractor, with_si, no_si, older, xuexin
PACKETS = [
    ("ready", [], ["with_si", "side_income", "married"]),
    ("fix", ["tax_missing_month", "si_agency"], []),
    ("review", ["permit_too_recent"], ["with_si"]),
    ("ready", [], ["job_change", "with_si", "distractor"]),
    ("fix", ["tax_missing_two", "contract_ends_soon", "si_not_paying"], []),
    ("review", ["idcard_front_only"], ["no_si"]),
    ("ready", [], ["master", "correction", "no_si"]),
    ("fix", ["tax_other_employer", "hukou_moved"], ["with_si"]),
    ("review", ["blank_page"], ["with_si", "zero_month"]),
    ("ready", [], ["collective", "with_si", "si_backpay_old"]),
    ("fix", ["si_insufficient", "contract_term_short"], []),
    ("review", ["edu_bachelor_only"], ["with_si"]),
    ("ready", [], ["renewal_no_hukou", "with_si", "zero_month"]),
    ("fix", ["si_not_paying", "permit_expired", "tax_agency"], []),
    ("review", ["adult_diploma"], ["with_si", "side_income"]),
    ("ready", [], ["older", "master", "with_si", "married"]),
    ("fix", ["id_typo:tax_record", "contract_ends_soon"], ["with_si"]),
    ("review", ["permit_card_only"], ["with_si"]),
    ("ready", [], ["correction", "with_si", "distractor", "xuexin"]),
    ("fix", ["name_typo:residence_permit", "idcard_expired"], ["no_si"]),
    ("review", ["dark_page"], ["no_si", "married"]),
    ("ready", [], ["job_change", "zero_month", "no_si", "collective"]),
    ("fix", ["over60", "si_insufficient"], []),
    ("review", ["permit_too_recent", "edu_bachelor_only"], ["no_si"]),
    ("ready", [], ["side_income", "with_si", "renewal"]),
    ("fix", ["missing_member", "hukou_moved"], ["with_si"]),
    ("review", ["thumb_page", "edu_college"], ["with_si"]),
    ("ready", [], ["master", "with_si", "distractor", "si_backpay_old"]),
    ("fix", ["missing_member", "id_other:labour_contract", "contract_term_short"], ["no_si"]),
    ("review", ["degree_only"], ["with_si", "correction"]),
    ("ready", [], ["renewal_no_hukou", "no_si", "married", "side_income"]),
    ("fix", ["over60", "id_typo:residence_permit", "permit_expired"], ["with_si"]),
    ("review", ["idcard_front_only", "adult_diploma"], ["with_si"]),
    ("ready", [], ["with_si", "job_change", "xuexin", "zero_month"]),
    ("fix", ["name_typo:labour_contract", "idcard_expired", "tax_printed_early"], ["with_si"]),
    ("review", ["edu_college"], ["with_si", "side_income"]),
    ("ready", [], ["collective", "with_si", "correction", "distractor"]),
    ("ready", [], ["older", "with_si", "side_income", "married"]),
    ("ready", [], ["no_si", "si_backpay_old", "zero_month"]),
    ("ready", [], ["with_si", "master", "job_change"]),
]

TAX_ROUTES = ["nat_pdf", "detail_pdf", "nat_scan", "app_long", "nat_pdf", "detail_pdf", "nat_photo", "app_shots",
              "nat_imgpdf", "detail_chat", "nat_pdf", "old_cert", "detail_pdf", "nat_pdf", "app_long_dark"]
SI_ROUTES = ["ywtb_pdf", "browser_pdf", "si_scan", "app_cards", "browser_pdf", "ywtb_pdf", "si_photo",
             "app_cards_dark", "si_chat", "ywtb_pdf", "si_imgpdf", "browser_pdf"]


def spec(i, rng):
    verdict, defects, feats = PACKETS[i % len(PACKETS)]
    feats = list(feats)
    si_needed = any(d.startswith("si_") for d in defects)
    if "with_si" in feats or si_needed:
        has_si = True
    elif "no_si" in feats:
        has_si = False
    else:
        has_si = rng.random() < 0.5
    return {
        "index": i,
        "verdict": verdict,
        "defects": list(defects),
        "features": feats,
        "tax_route": TAX_ROUTES[(i * 7 + 3) % len(TAX_ROUTES)],
        "si_route": SI_ROUTES[(i * 5 + 1) % len(SI_ROUTES)] if has_si else None,
        "application": "renewal" if ("renewal" in feats or "renewal_no_hukou" in feats) else "first",
    }
