"""Classified page parts → documents: consecutive pages of one contract or tax record become one."""
from __future__ import annotations

from dataclasses import dataclass, field

from extractors.doctypes import id_card
from extractors.registry import UNKNOWN, document_type
from precheck.pipeline.classify import PagePart
from precheck.core.model import PageRef, PageText
from precheck.core.textnorm import for_matching


@dataclass
class PlacedPart:
    page: PageText
    part: PagePart


@dataclass
class DocumentDraft:
    type_id: str
    parts: list[PlacedPart] = field(default_factory=list)
    has_start: bool = False

    @property
    def pages(self) -> list[PageRef]:
        refs: list[PageRef] = []
        for placed in self.parts:
            if placed.page.ref not in refs:
                refs.append(placed.page.ref)
        return refs

    @property
    def score(self) -> float:
        return max((p.part.classification.score for p in self.parts), default=0.0)


def group_documents(placed_parts: list[PlacedPart]) -> list[DocumentDraft]:
    documents: list[DocumentDraft] = []
    for placed in placed_parts:
        current = documents[-1] if documents else None
        if current is not None and _continues(current, placed.part):
            current.parts.append(placed)
            current.has_start = current.has_start or placed.part.classification.is_start
            continue
        cls = placed.part.classification
        documents.append(DocumentDraft(type_id=cls.type_id, parts=[placed], has_start=cls.is_start))
    return _pair_card_sides(_join_one_document_types(_adopt_stray_pages(documents)))


def _pair_card_sides(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """The packet's only ID-card front and only ID-card back, photographed apart with other files between them,
    are one card. With more than one of either (a spouse's card too) they stay as they are."""
    cards = [d for d in documents if d.type_id == "id_card" and len(d.parts) == 1]
    sides = {side: [d for d in cards if _id_side(d.parts[0].part) == side] for side in ("front", "back")}
    if len(sides["front"]) != 1 or len(sides["back"]) != 1:
        return documents
    front, back = sides["front"][0], sides["back"][0]
    front.parts.extend(back.parts)
    return [d for d in documents if d is not back]


def _join_one_document_types(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """The drafts of a type declared one_document joined into one, pages in packet order, standing where the last
    of them stood (a page holding an ID card and then a permit keeps that order)."""
    joined: dict[str, DocumentDraft] = {}
    kept = []
    for draft in reversed(documents):
        if draft.type_id == UNKNOWN or not document_type(draft.type_id).one_document:
            kept.append(draft)
        elif draft.type_id in joined:
            anchor = joined[draft.type_id]
            anchor.parts[:0] = draft.parts
            anchor.has_start = anchor.has_start or draft.has_start
        else:
            joined[draft.type_id] = draft
            kept.append(draft)
    return kept[::-1]


def _adopt_stray_pages(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """A page too plain to name itself (a contract's signing page) that reads as a continuation of the
    packet's only document of a multi-page type joins it, even when files were not taken in order."""
    by_type: dict[str, list[DocumentDraft]] = {}
    for draft in documents:
        by_type.setdefault(draft.type_id, []).append(draft)
    kept = []
    for draft in documents:
        if draft.type_id != UNKNOWN and document_type(draft.type_id).multi_page and not draft.has_start:
            # pages of a contract without its first page, while another has one: they belong to it
            starts = [d for d in by_type[draft.type_id] if d.has_start]
            if len(starts) == 1:
                starts[0].parts.extend(draft.parts)
                continue
        if draft.type_id == UNKNOWN and len(draft.parts) == 1:
            scores = draft.parts[0].part.classification.scores
            candidates = [
                target for type_id, drafts in by_type.items()
                if type_id != UNKNOWN and document_type(type_id).multi_page
                and scores.get(type_id, 0.0) >= document_type(type_id).continue_score
                and (target := _only_document(drafts)) is not None
            ]
            if len(candidates) == 1:
                candidates[0].parts.append(draft.parts[0])
                continue
        kept.append(draft)
    return kept


def _only_document(drafts: list[DocumentDraft]) -> DocumentDraft | None:
    """The one document these drafts make: the only draft, or the only one with a first page (the others'
    pages join it)."""
    if len(drafts) == 1:
        return drafts[0]
    starts = [d for d in drafts if d.has_start]
    return starts[0] if len(starts) == 1 else None


def _continues(current: DocumentDraft, part: PagePart) -> bool:
    cls = part.classification
    if current.type_id == UNKNOWN:
        return False
    spec = document_type(current.type_id)
    if spec.multi_page:
        same = cls.type_id == current.type_id or (
            cls.type_id == UNKNOWN and cls.scores.get(current.type_id, 0.0) >= spec.continue_score
        )
        return same and not (cls.is_start and current.has_start)
    if current.type_id == "id_card" and cls.type_id == "id_card" and len(current.parts) == 1:
        # Front and back photographed separately are one card.
        return _id_side(current.parts[0].part) != _id_side(part) != "both"
    return False


def _id_side(part: PagePart) -> str:
    text = for_matching("".join(line.text for line in part.lines))
    front = any(marker in text for marker in id_card.FRONT_MARKERS)
    back = any(marker in text for marker in id_card.BACK_MARKERS[:2])
    if front and back:
        return "both"
    return "front" if front else "back" if back else "both"
