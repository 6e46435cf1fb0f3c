"""Every document type, found by itself: each module in extractors/doctypes/ declares `DOCUMENT_TYPE` and `extract`.

A new type is a new module there (and its drawing in the sample generator) and nothing else;
tests/pure/test_document_types.py fails when a module lacks part of its declaration."""
from __future__ import annotations

import pkgutil
import re
from functools import cache
from importlib import import_module
from types import ModuleType
from typing import Optional

import extractors.doctypes
from extractors.declaration import DocumentType
from extractors.reading.page_places import on_the_page
from extractors.reading.second_look import SecondLook
from precheck.core.id_number import MASK
from precheck.core.textnorm import normalize

UNKNOWN = "unknown"


@cache
def type_modules() -> dict[str, ModuleType]:
    modules = [import_module(f"extractors.doctypes.{info.name}")
               for info in pkgutil.iter_modules(extractors.doctypes.__path__) if not info.name.startswith("_")]
    modules.sort(key=lambda module: (module.DOCUMENT_TYPE.order, module.DOCUMENT_TYPE.type_id))
    return {module.DOCUMENT_TYPE.type_id: module for module in modules}


def all_types() -> tuple[DocumentType, ...]:
    return tuple(module.DOCUMENT_TYPE for module in type_modules().values())


def type_ids() -> tuple[str, ...]:
    """Every declared type id, then `unknown` (a page no type claims)."""
    return tuple(type_modules()) + (UNKNOWN,)


def document_type(type_id: str) -> DocumentType:
    return type_modules()[type_id].DOCUMENT_TYPE


def type_label(type_id: str) -> str:
    return "无法识别的页面" if type_id == UNKNOWN else document_type(type_id).label


def field_label(type_id: str, name: str) -> str:
    return document_type(type_id).field(name).label


# An ID number however read, spaced or masked (3101**********1234): its digits run on, where only spaces part them
# (an e-signature's 签署时间 2025-05-28 08:54:43 is no number).
_ID_LIKE = re.compile(r"[0-9*]{12,}")


def _masked_after(text: str, markers) -> bool:
    """Every marker word in the text is followed by a masked value (纳税人：*思)."""
    return all(re.match(rf"[:：]?{re.escape(MASK)}", text[at + len(marker):]) for marker in markers
               for at in (match.start() for match in re.finditer(re.escape(marker), text)))


def not_printed(draft, fields: dict) -> list[str]:
    """The fields the draft's form leaves out: not read, and none of the words a form printing it shows (nor, for an
    ID number, a number like it) is on any of its pages, or each such word is followed by a masked value (the 个税
    app's 纳税人：*思): the form does not print it in full."""
    missing = []
    for name, markers in document_type(draft.type_id).omitted_by_some_forms:
        if name in fields and fields[name].value not in (None, ""):
            continue
        lines = [line.text for placed in draft.parts for line in placed.part.lines]
        unspaced = ["".join(text.split()) for text in lines]
        like_it = name.endswith("id_number") and any(map(_ID_LIKE.search, unspaced))
        shown = [text for text in map(normalize, lines) if any(marker in text for marker in markers)]
        if not like_it and all(_masked_after(text, markers) for text in shown):
            missing.append(name)
    return missing


def extract_fields(draft, second_look: Optional[SecondLook]) -> tuple[dict, list]:
    """Fields and rows of a document draft, by its type's module. With `second_look`, values read weakly are read
    again from the page (the engine is asked again)."""
    fields, rows = type_modules()[draft.type_id].extract(draft, second_look)
    return on_the_page(draft.parts, fields, rows)
