"""Which documents a packet must hold (SPEC §4 packet.missing_document), as each document type declares."""
from __future__ import annotations

from extractors.registry import DocumentType, all_types, document_type
from precheck.core.model import Severity
from rules.registry import CheckContext, Hit, rule


def _stand_in_for(declared):
    return next((t for t in all_types() if declared.type_id in t.replaces), None)


def missing_types(context: CheckContext) -> list[DocumentType]:
    """The required document types the packet lacks, where no document that can stand in for them is there."""
    missing = []
    for declared in all_types():
        if not declared.required.applies(context.application) or context.has(declared.type_id):
            continue
        stand_in = _stand_in_for(declared)
        if stand_in is None or not context.has(stand_in.type_id):
            missing.append(declared)
    return missing


@rule("packet.missing_document", Severity.error, "000 §五 A(一), B(二)")
def missing_documents(context: CheckContext):
    """材料齐全
    首次申请需身份证、居住证、户口簿（首页及本人页）或集体户口户籍证明、劳动合同、纳税记录；续办不需户口簿。"""
    missing = missing_types(context)
    reported: set[str] = set()
    for declared in missing:
        if declared.type_id in reported:
            continue
        stand_in = _stand_in_for(declared)
        # Types one document can stand in for are reported together: 户口簿首页和本人页（或集体户口户籍证明）.
        together = [t for t in missing if stand_in is not None and t.type_id in stand_in.replaces] or [declared]
        reported.update(t.type_id for t in together)
        labels = "和".join(t.label for t in together)
        alternative = f"；也可以改交{stand_in.label}" if stand_in is not None else ""
        actions = "".join(t.how_to_get for t in together)
        if stand_in is not None:
            actions += stand_in.how_to_get
        yield Hit(f"缺少{labels}{alternative}。{_others_of(context, together)}", action=actions)


def _others_of(context: CheckContext, types: list[DocumentType]) -> str:
    """Papers of these types the packet holds that are another person's (rules/people.py), named so the applicant
    sees why they do not count: 材料中的户口簿常住人口登记卡是其他人的（刘波峰、陈璐敏），不是申请人本人的。"""
    theirs = [d for d in context.family if d.type in {t.type_id for t in types}]
    if not theirs:
        return ""
    names = [str(d.fields[field].value) for d in theirs
             for field in [document_type(d.type).applicant_name] if field and d.fields.get(field) and d.fields[field].value]
    who = f"（{'、'.join(dict.fromkeys(names))}）" if names else ""
    labels = "、".join(dict.fromkeys(document_type(d.type).label for d in theirs))
    return f"材料中的{labels}是其他人的{who}，不是申请人本人的；请补交申请人本人的这份材料。"

