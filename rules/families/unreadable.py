"""field.unreadable: the fields other rules needed and could not read, each reported once (SPEC §4).

run_rules runs every other rule first and passes what they yielded as Unreadable in context.unreadable."""
from __future__ import annotations

from precheck.core.model import Evidence, Severity
from rules.registry import CheckContext, Hit, Unreadable, page_evidence, rule
from rules.fields import READABLE_FLOOR, doc_label, evidence_of, field_label

ACTION = "请人工核对原件，或重新扫描该页（清晰、不反光）后再检查。"


@rule("field.unreadable", Severity.warning, "—")
def unreadable_fields(context: CheckContext):
    """所需字段均已识别
    某项检查需要的字段缺失或识别可信度过低，该项检查无法判断（不算通过），请人工核对。"""
    groups: dict[tuple, list[Unreadable]] = {}
    for need in context.unreadable:
        key = (need.document.type, tuple(need.document.pages), need.row, need.field)
        groups.setdefault(key, []).append(need)
    for needs in groups.values():
        first = needs[0]
        purposes = "、".join(dict.fromkeys(n.purpose for n in needs))
        row = f"第{first.row + 1}行" if first.row is not None else ""
        what = f"{doc_label(first.document)}{row}的{field_label(first.document.type, first.field)}"
        yield Hit(f"{what}无法识别{_detail(first)}，无法检查{purposes}。", _evidence(first), ACTION)


def _detail(need: Unreadable) -> str:
    value = need.value
    if value is None or value.value is None:
        return ""
    if value.confidence < READABLE_FLOOR:  # what was read, so the one checking knows which value to look at
        return f"（读到「{value.value}」，识别可信度仅 {value.confidence:.0%}）"
    return f"（读到「{value.value}」，格式不对）"


def _evidence(need: Unreadable) -> tuple[Evidence, ...]:
    """Where it was looked for: the field's box; else the box of another field of the same row; else the pages."""
    document = need.document
    if need.value is not None and need.value.evidence is not None:
        text = None if need.value.value is None else str(need.value.value)
        return (evidence_of(document, need.value, text),)
    if need.row is not None:
        for other in document.rows[need.row].values():
            if other.evidence is not None:
                return (evidence_of(document, other, None),)
    return tuple(page_evidence(ref) for ref in document.pages)
