"""Shared by permit.expired and id_card.expired: the latest validity of a card against the as-of date."""
from __future__ import annotations

from datetime import date

from extractors.registry import document_type
from precheck.core.model import Severity
from rules.registry import CheckContext, Hit
from rules.fields import Got, absent, doubtful_note, need_all


def expired(context: CheckContext, type_id: str, fix: str):
    """Hit when the card's valid_until is before as_of. With several cards of the type, the newest counts."""
    found = yield from need_all(context.of_type(type_id), "valid_until", f"{document_type(type_id).label}是否在有效期内")
    if not context.has(type_id):
        yield absent(context, type_id, "有效期")
    if not found:
        return
    latest: Got = max(found, key=lambda got: got.value)
    until: date = latest.value
    if until >= context.as_of:
        return
    message = (f"{latest.label}为 {until.isoformat()}，到预计提交日期 {context.as_of.isoformat()} 已过期"
               f"（有效期截止日当天仍有效）。")
    if latest.doubtful:
        yield Hit(message + doubtful_note(latest) + "，请对照原件核对。", (latest.evidence,), fix, Severity.warning)
    else:
        yield Hit(message, (latest.evidence,), fix)
