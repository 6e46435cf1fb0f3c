"""Draws realistic pages of every SPEC §3 document type, deterministically from a seed."""
from __future__ import annotations

import random

from samples.generator.capture import CAPTURE_KINDS, apply_capture
from samples.generator.documents import (
    certificates,
    collective_hukou,
    household_register,
    id_card,
    labour_contract,
    residence_permit,
    social_insurance,
    tax_record,
    unrelated,
)
from samples.generator.pdf import write_text_pdf
from samples.generator.people import Person, make_person
from samples.generator.rendered import RenderedDocument

RENDERERS = {
    "id_card": id_card.LAYOUTS,
    "residence_permit": residence_permit.LAYOUTS,
    "household_register_cover": household_register.COVER,
    "household_register_member": household_register.MEMBER,
    "collective_hukou_certificate": collective_hukou.LAYOUTS,
    "labour_contract": labour_contract.LAYOUTS,
    "tax_record": tax_record.LAYOUTS,
    "social_insurance_record": social_insurance.LAYOUTS,
    "diploma": certificates.DIPLOMA,
    "degree_certificate": certificates.DEGREE,
    "marriage_certificate": certificates.MARRIAGE,
    "unknown": unrelated.LAYOUTS,
}
DOC_TYPES = tuple(RENDERERS)


def list_layouts(doc_type: str) -> list[str]:
    return list(RENDERERS[doc_type])


def render_document(doc_type: str, person: Person, rng: random.Random, layout: str | None = None, **overrides) -> RenderedDocument:
    """Draw one document. Overrides (all optional): name, hukou_address, issue_date, valid_from, valid_until,
    start_date, end_date, open_ended, term_style, signing_date, employer, pages, as_of, tax_months,
    withholding_agent, agent_by_month, amounts, si_months, si_employer, back_payment_months, registration_date."""
    layouts = RENDERERS[doc_type]
    layout = layout or rng.choice(sorted(layouts))
    return layouts[layout](person, rng, **overrides)


__all__ = ["CAPTURE_KINDS", "DOC_TYPES", "Person", "RenderedDocument", "apply_capture", "list_layouts", "make_person",
           "render_document", "write_text_pdf"]
