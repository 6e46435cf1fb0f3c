"""Evidence boxes on the page as it is: readers place values on a levelled page (a tilted photo's rows made level,
so rows compare by height), but a report draws each box on the page image itself."""
from __future__ import annotations

from typing import Optional

from precheck.core.model import FieldValue, PageRef
from extractors.reading.text import level_at, placed_tilt, union_box


def on_the_page(parts, fields: dict, rows: list) -> tuple[dict, list]:
    """`fields` and `rows` with every evidence box moved from the levelled page to the page image: at the box's own
    middle, where a straight tilted line of text really runs."""
    tilts = _tilts_by_place(parts)
    if not any(tilt for places in tilts.values() for _, tilt in places):
        return fields, rows
    moved_fields = {name: _moved(value, tilts) for name, value in fields.items()}
    moved_rows = [{name: _moved(value, tilts) for name, value in row.items()} for row in rows]
    return moved_fields, moved_rows


def _tilts_by_place(parts) -> dict[PageRef, list[tuple[tuple, float]]]:
    """Per page, each part's region and its tilt: documents on one sheet may lie at different angles."""
    tilts: dict[PageRef, list[tuple[tuple, float]]] = {}
    for placed in parts:
        if placed.part.lines:
            region = union_box(line.bbox for line in placed.part.lines)
            tilts.setdefault(placed.page.ref, []).append((region, placed_tilt(placed)))
    return tilts


def _moved(value, tilts) -> object:
    if not isinstance(value, FieldValue) or value.evidence is None:
        return value
    evidence = value.evidence
    tilt = _tilt_at(tilts.get(PageRef(file=evidence.file, page=evidence.page), []), evidence.bbox)
    if not tilt:
        return value
    x0, y0, x1, y1 = evidence.bbox
    shift = level_at(tilt, (x0 + x1) / 2)
    box = (x0, _clamped(y0 - shift), x1, _clamped(y1 - shift))
    return value.model_copy(update={"evidence": evidence.model_copy(update={"bbox": box})})


def _tilt_at(places: list[tuple[tuple, float]], box) -> Optional[float]:
    middle_x, middle_y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    for region, tilt in places:
        if region[0] <= middle_x <= region[2] and region[1] - 0.05 <= middle_y <= region[3] + 0.05:
            return tilt
    return places[0][1] if places else None


def _clamped(value: float) -> float:
    return round(min(1.0, max(0.0, value)), 4)
