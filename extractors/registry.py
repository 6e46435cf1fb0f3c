"""All document types, in one place."""
from extractors import (
    collective_hukou_certificate,
    degree_certificate,
    diploma,
    household_register_cover,
    household_register_member,
    id_card,
    labour_contract,
    marriage_certificate,
    residence_permit,
    social_insurance_record,
    tax_record,
)
from extractors.base import DocTypeSpec

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


def extract_fields(draft) -> tuple[dict, list]:
    """Fields and rows of a document draft, by its type's module; empty where a type reads none yet."""
    module = _MODULES.get(draft.type_id)
    reader = getattr(module, "extract", None)
    if reader is None:
        return {}, []
    return reader(draft)


_MODULES = {module.SPEC.type_id: module for module in _TYPE_MODULES}
