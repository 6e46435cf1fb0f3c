"""Draws realistic pages of every SPEC §3 document type, deterministically from a seed."""
from __future__ import annotations

import pkgutil
import random
from importlib import import_module

from extractors.registry import type_ids
from samples.generator import documents
from samples.generator.capture import CAPTURE_KINDS, apply_capture
from samples.generator.pdf import write_text_pdf
from samples.generator.people import Person, make_person
from samples.generator.rendered import RenderedDocument


def _drawing_modules():
    return [import_module(f"samples.generator.documents.{info.name}")
            for info in pkgutil.iter_modules(documents.__path__) if not info.name.startswith("_")]


def _found(attribute: str) -> dict:
    found = {}
    for module in _drawing_modules():
        found.update(getattr(module, attribute, {}))
    return found


_DRAWINGS = _found("DRAWS")
# Every drawn type, in the order precheck lists its types (then any drawn type it does not declare).
RENDERERS = {t: _DRAWINGS[t] for t in type_ids() if t in _DRAWINGS} | _DRAWINGS
DOC_TYPES = tuple(RENDERERS)
EXTRAS = _found("EXTRAS")  # optional documents: type id → Extra(share of packets, which people it fits)


def list_layouts(doc_type: str) -> list[str]:
    return list(RENDERERS[doc_type])


def render_document(doc_type: str, person: Person, rng: random.Random, layout: str | None = None, **overrides) -> RenderedDocument:
    """Draw one document. Overrides (all optional): name, hukou_address, issue_date, valid_from, valid_until,
    start_date, end_date, open_ended, term_style, signing_date, employer, pages, as_of, tax_months,
    withholding_agent, agent_by_month, amounts, si_months, si_employer, back_payment_months, registration_date;
    education papers: level, school, major, start, graduation, kind (普通全日制 or the non-full-time kind)."""
    layouts = RENDERERS[doc_type]
    layout = layout or rng.choice(sorted(layouts))
    return layouts[layout](person, rng, **overrides)


__all__ = ["CAPTURE_KINDS", "DOC_TYPES", "EXTRAS", "Person", "RenderedDocument", "apply_capture", "list_layouts", "make_person",
           "render_document", "write_text_pdf"]
