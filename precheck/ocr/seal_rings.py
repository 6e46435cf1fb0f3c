"""Where a page's seals are: rings, and what the grey-seal search found on a page (kept apart from the search
itself, grey_seal.py, so what is only carried and compared needs no image library)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Ring:
    cx: float
    cy: float
    radius: float

    def turned(self, degrees: int, width: int, height: int) -> "Ring":
        """The ring on the page turned `degrees` clockwise; width and height are the page's before the turn."""
        x, y = {0: (self.cx, self.cy), 90: (height - self.cy, self.cx), 180: (width - self.cx, height - self.cy),
                270: (self.cy, width - self.cx)}[degrees % 360]
        return Ring(x, y, self.radius)


@dataclass(frozen=True)
class SealSearch:
    """What the search found on a page: verified rings, the print/seal threshold and the paper's grey (no rings:
    the page has no grey seal). Kept with the page's reading, so a second look at the page needs no search."""

    rings: tuple[Ring, ...] = ()
    threshold: float = 0.0
    paper: int = 255


NO_SEALS = SealSearch()
