"""Every document type is declared whole in its own module, and everything else reads the declarations.

This test lists every type's declaration: a new type that lacks a part fails here, not silently in a report."""
import pkgutil
from importlib import import_module

import pytest

import extractors.doctypes
from extractors.declaration import DocumentType, Required
from extractors.registry import all_types, document_type, field_label, type_ids, type_label, UNKNOWN
from precheck.core.kinds import Kind
from samples.generator import EXTRAS, RENDERERS, list_layouts

MODULES = [import_module(f"extractors.doctypes.{info.name}") for info in pkgutil.iter_modules(extractors.doctypes.__path__)]
TYPES = [module.DOCUMENT_TYPE for module in MODULES]


def test_every_module_in_doctypes_declares_a_type_and_how_to_read_it():
    for module in MODULES:
        assert isinstance(module.DOCUMENT_TYPE, DocumentType), module.__name__
        assert callable(module.extract), module.__name__
        assert module.__name__.endswith("." + module.DOCUMENT_TYPE.type_id), "module named after its type id"
    assert sorted(t.type_id for t in all_types()) == sorted(t.type_id for t in TYPES)
    assert type_ids()[-1] == UNKNOWN


@pytest.mark.parametrize("declared", TYPES, ids=lambda t: t.type_id)
def test_declaration_is_complete(declared: DocumentType):
    # recognised: a title, keywords, a score to reach
    assert declared.titles and declared.keywords and declared.min_score > 0
    # fields: SPEC names, each with a Chinese label and a kind
    assert declared.fields
    for info in declared.fields + declared.row_fields:
        assert info.label and not info.label.isascii(), f"{declared.type_id}.{info.name} needs a Chinese label"
        assert isinstance(info.kind, Kind)
        assert field_label(declared.type_id, info.name) == info.label
    if declared.row_fields:
        assert field_label(declared.type_id, "rows") == declared.rows_label
    # the applicant: the fields named exist
    for name in filter(None, (declared.applicant_name, declared.applicant_id, *declared.other_ids)):
        declared.field(name)
    # when it is required, and what to tell people
    assert isinstance(declared.required, Required)
    assert all(document_type(t) for t in declared.replaces)
    assert declared.how_to_get.startswith(("请", "申报", "集体户口")) and declared.how_to_correct
    assert type_label(declared.type_id) == declared.label


def test_a_typo_in_a_field_name_fails_instead_of_printing_the_english_key():
    with pytest.raises(KeyError):
        field_label("id_card", "nmae")


@pytest.mark.parametrize("type_id", type_ids())
def test_every_type_has_a_drawing_in_the_sample_generator(type_id):
    assert type_id in RENDERERS and list_layouts(type_id), f"samples/generator/documents draws no {type_id}"


def test_the_generator_draws_no_type_precheck_does_not_declare_and_its_extras_are_optional():
    assert set(RENDERERS) <= set(type_ids())
    for type_id in EXTRAS:
        assert type_id == UNKNOWN or document_type(type_id).required is Required.optional


def test_required_documents_follow_the_policy():
    always = {t.type_id for t in all_types() if t.required is Required.always}
    first = {t.type_id for t in all_types() if t.required is Required.first}
    assert always == {"id_card", "residence_permit", "labour_contract", "tax_record"}  # 000 §五 A(一), B(二)
    assert first == {"household_register_cover", "household_register_member"}
    assert document_type("collective_hukou_certificate").replaces == tuple(sorted(first))
