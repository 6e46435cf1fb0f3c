"""Which SPEC §4 rules must fire on a packet, decided from its truth documents — my own reading of the SPEC.

It is used as a check on the generator, not as a rule engine: every defect declares the rule ids it is meant to
cause, and a packet is only written when this independent evaluation of what is printed agrees exactly (so a clean
packet is really clean, and a defect really shows on a document that prints the value).
"""
from __future__ import annotations

from datetime import date

from samples.outsider.dates import add_months, add_years, completed_age, month_key, shift_month, tax_window
from samples.outsider.normalise import text

APPLICANT_NAME_FIELDS = {
    "id_card": "name", "residence_permit": "name", "household_register_member": "name",
    "collective_hukou_certificate": "name", "labour_contract": "employee_name", "tax_record": "name",
    "social_insurance_record": "name", "diploma": "name", "degree_certificate": "name",
    "marriage_certificate": "holder_name",
}
APPLICANT_ID_FIELDS = {
    "id_card": "id_number", "residence_permit": "id_number", "household_register_member": "id_number",
    "collective_hukou_certificate": "id_number", "labour_contract": "employee_id_number", "tax_record": "id_number",
    "social_insurance_record": "id_number",
}


def _d(value: str) -> date:
    return date.fromisoformat(value)


def _of(documents: list[dict], kind: str) -> list[dict]:
    return [d for d in documents if d["type"] == kind]


def effective_contract(documents: list[dict]):
    """The contract in force: open-ended, else the one that ends last (a 续订书 beats the contract it extends)."""
    contracts = [d["fields"] for d in _of(documents, "labour_contract")]
    if not contracts:
        return None
    return max(contracts, key=lambda f: ("9999-99-99" if f.get("open_ended") else f.get("end_date", "")))


def expected_rules(documents: list[dict], as_of: date, application: str) -> set[str]:
    fired: set[str] = set()
    present = {d["type"] for d in documents}
    required = {"id_card", "residence_permit", "labour_contract", "tax_record"}
    missing = required - present
    if application == "first":
        booklet = {"household_register_cover", "household_register_member"} <= present
        if not booklet and "collective_hukou_certificate" not in present:
            missing.add("household_register")
    if missing:
        fired.add("packet.missing_document")

    names = {text(d["fields"][APPLICANT_NAME_FIELDS[d["type"]]]) for d in documents
             if d["type"] in APPLICANT_NAME_FIELDS and APPLICANT_NAME_FIELDS[d["type"]] in d["fields"]}
    if len(names) > 1:
        fired.add("identity.name_mismatch")
    ids = {d["fields"][APPLICANT_ID_FIELDS[d["type"]]] for d in documents
           if d["type"] in APPLICANT_ID_FIELDS and APPLICANT_ID_FIELDS[d["type"]] in d["fields"]}
    if len(ids) > 1:
        fired.add("identity.id_number_mismatch")

    permits = [d["fields"] for d in _of(documents, "residence_permit")]
    registers = [d["fields"] for d in _of(documents, "household_register_cover") + _of(documents, "collective_hukou_certificate")]
    for permit in permits:
        for reg in registers:
            if "hukou_address" in permit and "address" in reg and text(permit["hukou_address"]) != text(reg["address"]):
                fired.add("address.hukou_mismatch")
        if "valid_until" in permit and _d(permit["valid_until"]) < as_of:
            fired.add("permit.expired")
    for card in _of(documents, "id_card"):
        until = card["fields"].get("valid_until")
        if until and until != "long_term" and _d(until) < as_of:
            fired.add("id_card.expired")
        born = card["fields"].get("birth_date")
        if born:
            age = completed_age(_d(born), as_of)
            if age < 18 or age > 60:
                fired.add("applicant.age_out_of_range")

    contract = effective_contract(documents)
    if contract is not None and not contract.get("open_ended") and "end_date" in contract:
        end = _d(contract["end_date"])
        if "start_date" in contract and end + _one_day() < add_years(_d(contract["start_date"]), 1):
            fired.add("contract.term_too_short")
        if end < add_months(as_of, 2):
            fired.add("contract.ends_within_two_months")

    tax_rows = [r for d in _of(documents, "tax_record") for r in d["rows"]]
    if _of(documents, "tax_record"):
        periods = {r["period"] for r in tax_rows}
        if any(m not in periods for m in tax_window(as_of)):
            fired.add("tax.missing_months")
    employer = text(contract["employer"]) if contract is not None and "employer" in contract else None
    if employer and tax_rows:
        latest = max(r["period"] for r in tax_rows)
        if employer not in {text(r["withholding_agent"]) for r in tax_rows if r["period"] == latest}:
            fired.add("employer.mismatch")
    si_rows = [r for d in _of(documents, "social_insurance_record") for r in d["rows"]]
    if employer and si_rows:
        latest = max(r["month"] for r in si_rows)
        if employer not in {text(r["employer"]) for r in si_rows if r["month"] == latest}:
            fired.add("employer.mismatch")
    if _of(documents, "social_insurance_record"):
        paid = {r["month"] for r in si_rows if not r["back_payment"]}
        this_month = month_key(as_of)
        last12 = {shift_month(this_month, -k) for k in range(1, 13)}
        if len(paid & last12) < 6:
            fired.add("social_insurance.insufficient_months")
        if this_month not in paid and shift_month(this_month, -1) not in paid:
            fired.add("social_insurance.not_paying")
    return fired


def _one_day():
    from datetime import timedelta

    return timedelta(days=1)
