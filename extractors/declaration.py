"""The declaration every document type makes (cf. invoice2data's templates)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Keyword:
    text: str
    weight: float = 1.0


@dataclass(frozen=True)
class DocTypeSpec:
    """How a document type's pages are recognised.

    titles: words that name the document (strong evidence, and on the first page a start marker).
    keywords: labels and phrases its pages carry, weighted.
    excludes: words that rule the type out for this page.
    multi_page: consecutive pages of this type form one document.
    min_score: the score a page needs to be called this type on its own.
    continue_score: the lower score enough for a page that follows one of this type.
    """

    type_id: str
    label: str  # Chinese name for people
    titles: tuple[Keyword, ...]
    keywords: tuple[Keyword, ...]
    excludes: tuple[str, ...] = ()
    multi_page: bool = False
    min_score: float = 3.0
    continue_score: float = 2.0
    fields: tuple[str, ...] = ()
    row_fields: tuple[str, ...] = ()


def kw(*items: str | tuple[str, float]) -> tuple[Keyword, ...]:
    out = []
    for item in items:
        out.append(Keyword(item, 1.0) if isinstance(item, str) else Keyword(item[0], item[1]))
    return tuple(out)


def draft_lines(draft):
    """The normalised lines of a document draft (pipeline's DocumentDraft), in reading order."""
    from extractors.reading.text import document_lines

    return document_lines(draft.parts)


def labelled_fields(draft, fields, extra_labels: tuple[str, ...] = (), *, second_look):
    """Fields read by label, and the Reader (for type modules that read more below). `second_look` (a SecondLook,
    or None) reads a weak value again from the page."""
    from extractors.reading.fields import Reader

    reader = Reader(draft_lines(draft), tuple(fields), tuple(extra_labels), reread=second_look)
    return reader.read_all(), reader
