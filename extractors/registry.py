"""All document types, in one place."""
from typing import Optional

from extractors.doctypes import collective_hukou_certificate
from extractors.doctypes import degree_certificate
from extractors.doctypes import diploma
from extractors.doctypes import household_register_cover
from extractors.doctypes import household_register_member
from extractors.doctypes import id_card
from extractors.doctypes import labour_contract
from extractors.doctypes import marriage_certificate
from extractors.doctypes import residence_permit
from extractors.doctypes import social_insurance_record
from extractors.doctypes import tax_record
from extractors.declaration import DocTypeSpec
from extractors.reading.second_look import SecondLook

_TYPE_MODULES = (
    id_card,
    residence_permit,
    household_register_cover,
    household_register_member,
    collective_hukou_certificate,
    labour_contract,
    tax_record,
    social_insurance_record,
    diploma,
    degree_certificate,
    marriage_certificate,
)
ALL_TYPES: tuple[DocTypeSpec, ...] = tuple(module.SPEC for module in _TYPE_MODULES)
UNKNOWN = "unknown"
DOC_TYPES: tuple[str, ...] = tuple(spec.type_id for spec in ALL_TYPES) + (UNKNOWN,)
_BY_ID = {spec.type_id: spec for spec in ALL_TYPES}


def spec_for(type_id: str) -> DocTypeSpec:
    return _BY_ID[type_id]


def extract_fields(draft, second_look: Optional[SecondLook]) -> tuple[dict, list]:
    """Fields and rows of a document draft, by its type's module; empty where a type reads none yet. With
    `second_look`, values read weakly are read again from the page (the engine is asked again)."""
    module = _MODULES.get(draft.type_id)
    reader = getattr(module, "extract", None)
    if reader is None:
        return {}, []
    return reader(draft, second_look)


_MODULES = {module.SPEC.type_id: module for module in _TYPE_MODULES}
