"""Pieces several documents share: label/value pages, ruled forms, wrapped values."""
from __future__ import annotations

import random

from samples.generator.canvas import INK, Page
from samples.generator.fonts import font

LABEL_BLUE = (40, 70, 140)


def label_value_page(title: str, pairs: list[tuple[str, str]], rng: random.Random, face: str = "sans",
                     size: int = 46, colon: str = "：", title_size: int = 78, top: int = 260,
                     value_face: str | None = None, subtitle: str | None = None) -> Page:
    """A printout: centred title, then 'label：value' lines; long values wrap under themselves."""
    page = Page()
    page.text((page.width // 2, top), title, title_size, face + "_bold" if face in ("sans", "serif") else face, anchor="mt")
    y = top + title_size + 140
    if subtitle:
        page.text((page.width // 2, y - 90), subtitle, size - 8, face, anchor="mt")
        y += 40
    x = 260 + rng.randint(-30, 30)
    for label, value in pairs:
        label_text = label + colon
        page.text((x, y), label_text, size, face)
        vx = x + round(font(face, size).getlength(label_text)) + 10
        y = page.wrapped((vx, y), value, size, page.width - 260 - vx, value_face or face)
        y += round(size * 0.5)
    return page


def form_grid(page: Page, x0: int, y0: int, rows: list[list[tuple[str, str]]], col_widths: list[int], row_height: int,
              size: int, label_face: str, value_face: str, rng: random.Random) -> int:
    """A ruled form: each row a list of (label, value) cells laid into label/value column pairs.

    A cell whose value is too long for its column wraps inside the cell (the row grows)."""
    edges = [0]
    for w in col_widths:
        edges.append(edges[-1] + w)
    y = y0
    for cells in rows:
        heights = []
        for i, (label, value) in enumerate(cells):
            span_end = edges[-1] if i == len(cells) - 1 else edges[2 * i + 2]
            lines = _wrap_count(value, value_face, size, max(span_end - edges[2 * i + 1] - 40, 100))
            heights.append(max(row_height, lines * round(size * 1.45) + 40))
        h = max(heights)
        page.grid(x0, y, [edges[0], edges[-1]], [h])
        for i, (label, value) in enumerate(cells):
            lx = x0 + edges[2 * i]
            vx = x0 + edges[2 * i + 1]
            span_end = edges[-1] if i == len(cells) - 1 else edges[2 * i + 2]
            page.rule(vx, y, vx, y + h, 3)
            if i > 0:
                page.rule(lx, y, lx, y + h, 3)
            page.text((lx + 20, y + (h - size) // 2 - 6), label, size, label_face, fill=INK)
            jitter = rng.randint(-6, 6)
            page.wrapped((vx + 20 + jitter, y + 20 + jitter), value, size, x0 + span_end - vx - 40, value_face, leading=1.45)
        y += h
    return y


def _wrap_count(text: str, face: str, size: int, width: int) -> int:
    f = font(face, size)
    lines, line = 1, ""
    for ch in text:
        if f.getlength(line + ch) > width and line:
            lines += 1
            line = ""
        line += ch
    return lines


def table_pages(title_fn, col_widths: list[int], header: list[str], rows: list[list[str]], size: int, face: str,
                rng: random.Random, x0: int = 120, top: int = 700, bottom_limit: int = 3250) -> list[Page]:
    """A ruled table across as many A4 pages as it needs; title_fn(page, number) draws each page's head."""
    pages: list[Page] = []
    pending = list(rows)
    while pending or not pages:
        page = Page()
        title_fn(page, len(pages) + 1)
        y = _table_row(page, x0, top, col_widths, header, size, face, bold=True)
        while pending:
            needed = _row_height(col_widths, pending[0], size, face)
            if y + needed > bottom_limit:
                break
            y = _table_row(page, x0, y, col_widths, pending.pop(0), size, face)
        pages.append(page)
    return pages


def _cell_lines(text: str, width: int, size: int, face: str) -> list[str]:
    f = font(face, size)
    lines, line = [], ""
    for ch in text:
        if f.getlength(line + ch) > width - 24 and line:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines or [""]


def _row_height(col_widths, cells, size, face) -> int:
    return max(len(_cell_lines(c, w, size, face)) for c, w in zip(cells, col_widths)) * round(size * 1.35) + 30


def _table_row(page: Page, x0, y, col_widths, cells, size, face, bold=False) -> int:
    h = _row_height(col_widths, cells, size, face)
    edges = [x0]
    for w in col_widths:
        edges.append(edges[-1] + w)
    page.grid(0, y, edges, [h], width=2)
    for cell, left, w in zip(cells, edges, col_widths):
        ty = y + 15
        for line in _cell_lines(cell, w, size, face):
            if line:
                page.text((left + 12, ty), line, size, face + "_bold" if bold and face in ("sans", "serif") else face)
            ty += round(size * 1.35)
    return y + h
