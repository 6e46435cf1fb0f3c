"""What a renderer returns: page images, the truth values, and the lines drawn."""
from __future__ import annotations

from dataclasses import dataclass, field

from PIL import Image


@dataclass
class RenderedDocument:
    doc_type: str
    layout: str
    pages: list[Image.Image]
    fields: dict = field(default_factory=dict)
    rows: list[dict] = field(default_factory=list)
    page_lines: list[list[tuple[str, tuple[int, int, int, int]]]] = field(default_factory=list)

    @classmethod
    def from_pages(cls, doc_type, layout, pages, fields=None, rows=None):
        return cls(doc_type, layout, [p.image for p in pages], fields or {}, rows or [], [p.lines for p in pages])
