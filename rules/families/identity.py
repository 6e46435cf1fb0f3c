"""Who the applicant is: valid id numbers, and the same name and id number on every document (SPEC §4)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from rapidfuzz.distance import Levenshtein

from extractors.registry import all_types, document_type
from precheck.core.id_number import FORMAT, birth_date_of, check_character, is_masked, masked_like
from precheck.core.model import FieldValue, Severity
from rules.registry import CheckContext, Hit, Undecided, rule
from rules.compare import compare_names, compare_values, difference_hit, id_key, name_key, NAME_CERTAIN_FLOOR, normal_id, sure_name
from rules.fields import CERTAIN_FLOOR, doc_label, doubtful_note, read, read_partly, unreadable

REFERENCE_TYPES = ("id_card", "residence_permit")  # the id card is the reference; else the residence permit


def name_fields() -> list[tuple[str, str]]:
    """Where each type holds the applicant's own name (not 户主姓名, not 配偶姓名), as its declaration says."""
    return [(t.type_id, t.applicant_name) for t in all_types() if t.applicant_name]


def id_fields() -> list[tuple[str, str]]:
    return [(t.type_id, t.applicant_id) for t in all_types() if t.applicant_id]


def every_id_field() -> list[tuple[str, str]]:
    """The applicant's ID number and anyone else's a document carries (a spouse's)."""
    return id_fields() + [(t.type_id, name) for t in all_types() for name in t.other_ids]


def id_number_problem(id_number: str, as_of: date) -> Optional[str]:
    """What is wrong with an id number under GB 11643, in Chinese; None when it is valid."""
    if not FORMAT.fullmatch(id_number):
        return f"应为 17 位数字加 1 位校验码（数字或 X），实为 {len(id_number)} 位「{id_number}」"
    born = birth_date_of(id_number)
    if born is None:
        return f"第 7—14 位的出生日期 {id_number[6:14]} 不是有效日期"
    if born > as_of:
        return f"第 7—14 位的出生日期 {born.isoformat()} 晚于预计提交日期"
    expected = check_character(id_number[:17])
    if id_number[17] != expected:
        return f"校验码（第 18 位）按 GB 11643 应为 {expected}，实为 {id_number[17]}"
    return None


@rule("identity.id_number_invalid", Severity.error, "GB 11643-1999")
def invalid_id_numbers(context: CheckContext):
    """身份证号码有效
    材料上的每个身份证号码（含配偶的）须符合 GB 11643：出生日期真实、校验码正确。同一号码只报告一次；
    位数或字符不对的多半是没有识别完整，只作警告。"""
    by_value: dict[str, list] = {}
    if not any(context.has(type_id) for type_id, _ in every_id_field()):
        yield Undecided("材料中没有载有身份证号码的证件")
    sure = {normal_id(got.text) for type_id, name in every_id_field() for document in context.of_type(type_id)
            for got in [read(document, name)] if got is not None and not got.doubtful}
    for type_id, name in every_id_field():
        for document in context.of_type(type_id):
            got = read(document, name)
            if got is None:
                if not _confirmed_elsewhere(read_partly(document, name), sure, context.as_of):
                    yield unreadable(document, name, "身份证号码是否有效")
            elif not is_masked(normal_id(got.text)):  # a masked number hides what the check would need
                by_value.setdefault(normal_id(got.text), []).append(got)
    for value, places in by_value.items():
        problem = id_number_problem(value, context.as_of)
        if problem is None:
            continue
        where = "、".join(dict.fromkeys(got.label for got in places))
        evidence = tuple(got.evidence for got in places)
        if not FORMAT.fullmatch(value):  # a digit too many or too few is far more often a misreading
            yield Hit(f"身份证号码 {value} 可能没有识别完整：{problem}（见于{where}）。", evidence,
                      "请对照原件核对号码；确实有误的，请到出具单位更正。", Severity.warning)
        elif all(got.doubtful for got in places):
            notes = "；".join(doubtful_note(got) for got in places)
            yield Hit(f"身份证号码 {value} 可能无效：{problem}（见于{where}）。{notes}，可能是识别误差。", evidence,
                      "请对照原件逐字核对号码；若原件上的号码确实有误，请到出具单位更正。", Severity.warning)
        else:
            yield Hit(f"身份证号码 {value} 无效：{problem}（见于{where}）。", evidence,
                      "请对照身份证原件核对；材料上的号码确实有误的，请到出具单位更正后重新提供。")


def _confirmed_elsewhere(partly, sure: set[str], as_of: date) -> bool:
    """A number read unsurely that passes GB 11643 and is, character for character, one read surely on another
    document: a misreading would have to hit the check digit and the other number both."""
    return (partly is not None and normal_id(partly.text) in sure
            and id_number_problem(normal_id(partly.text), as_of) is None)


@rule("identity.name_mismatch", Severity.error, "000 §七")
def name_mismatch(context: CheckContext):
    """姓名一致
    申请人在各材料上的姓名须与身份证（无身份证时与居住证）一致；不含户主姓名、配偶姓名。"""
    yield from _same_everywhere(context, name_fields(), "姓名", name_key, lambda text: True,
                                floor=NAME_CERTAIN_FLOOR, sure=sure_name, compare=compare_names)


@rule("identity.id_number_mismatch", Severity.error, "000 §七")
def id_number_mismatch(context: CheckContext):
    """身份证号码一致
    申请人在各材料上的身份证号码须与身份证（无身份证时与居住证）一致。"""
    yield from _same_everywhere(context, id_fields(), "身份证号码", id_key,
                                lambda text: id_number_problem(normal_id(text), context.as_of) is None,
                                shown=_shown_alike,
                                confirmed=lambda partly, reference: not reference.doubtful and _confirmed_elsewhere(
                                    partly, {normal_id(reference.text)}, context.as_of))


def _shown_alike(left: FieldValue, right: FieldValue) -> tuple[FieldValue, FieldValue]:
    """Two numbers as far as both show them: where one is masked, the other's hidden characters are starred too."""
    for masked, other in ((left, right), (right, left)):
        hidden = normal_id(str(masked.value))
        if is_masked(hidden) and not is_masked(normal_id(str(other.value))):
            starred = other.model_copy(update={"value": masked_like(normal_id(str(other.value)), hidden)})
            return (starred, right) if other is left else (left, starred)
    return left, right


def _same_everywhere(context: CheckContext, fields, subject: str, key, trusted, floor: float = CERTAIN_FLOOR,
                     sure=lambda value: True, shown=lambda left, right: (left, right),
                     confirmed=lambda partly, reference: False, compare=compare_values):
    """Compare every place with the reference: the first readable id card value that is `trusted` (for id
    numbers: valid under GB 11643) and `sure` (read surely enough to err on), else the residence permit's, else the
    first trusted one, else the first readable at all. Characters read below `floor` make a difference doubtful; a
    warning then names the unsure document to check first. `shown` gives two values as far as both show them;
    `confirmed(partly, reference)` says a value read unsurely is the reference itself (numbers only: a name has no
    check digit, and a rare character may be misread as the reference's)."""
    places = [(document, name) for type_id, name in fields for document in context.of_type(type_id)]
    candidates = [got for document, name in places if document.type in REFERENCE_TYPES
                  for got in [read(document, name)] if got is not None]
    reference = next((got for got in candidates if trusted(got.text) and sure(got.field)),
                     next((got for got in candidates if trusted(got.text)), candidates[0] if candidates else None))
    purpose = f"{subject}是否一致"
    for document, name in places:
        got = read(document, name)
        if got is None:
            # Characters read surely may still show a real difference where others could not be read.
            partly = read_partly(document, name) if reference is not None and document is not reference.document else None
            comparison = compare(*shown(reference.field, partly.field), key, floor) if partly is not None else None
            if comparison is not None and comparison.outcome == "different" and not _is_spouse_booklet(document, reference, key):
                yield difference_hit(subject, reference, partly, comparison, _fix(subject, document))
            elif partly is None or reference is None or not confirmed(partly, reference):
                yield unreadable(document, name, purpose)
            continue
        if reference is None or got.document is reference.document:
            continue
        comparison = compare(*shown(reference.field, got.field), key, floor)
        if comparison.outcome == "same" or _is_spouse_booklet(document, reference, key):
            continue
        unsure = next((side for side in (reference, got) if not sure(side.field)), None)
        yield difference_hit(subject, reference, got, comparison, _fix(subject, document), check_first=unsure)
    if reference is None and context.has(*REFERENCE_TYPES):
        labels = "和".join(dict.fromkeys(doc_label(d) for d in context.of_type(*REFERENCE_TYPES)))
        yield Undecided(f"{labels}上的{subject}无法识别，没有可对照的{subject}")
    elif reference is None:
        yield Undecided(f"缺少居民身份证和居住证，没有可对照的{subject}")


def _fix(subject: str, document) -> str:
    return f"所有材料上的{subject}须与身份证一致（000 §七）。" + document_type(document.type).how_to_correct


def _is_spouse_booklet(document, reference, key) -> bool:
    """A couple holds two 结婚证; the spouse's booklet names the applicant as spouse, which is no mismatch, or, its 配偶
    not read, names as its holder someone apart from the applicant by more than a misprint (one character)."""
    if document.type != "marriage_certificate" or reference.name != "name":
        return False
    spouse = read(document, "spouse_name")
    if spouse is not None:
        return compare_values(reference.field, spouse.field, key).outcome == "same"
    holder = read(document, "holder_name")
    return holder is not None and not holder.doubtful and Levenshtein.distance(holder.text, reference.text) > 1
