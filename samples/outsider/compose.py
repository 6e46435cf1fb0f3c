"""Several small documents on one physical sheet, as people really copy and photograph them: both faces of an ID
card (often beside the 居住证 card) on one A4 copy, a 户口簿 opened on two pages, 首页 and 本人页 copied together."""
from __future__ import annotations

import random

from samples.outsider import raster
from samples.outsider.documents.common import watermark
from samples.outsider.sheet import Sheet

CARD_DPI = 300


def _as_picture(sheet: Sheet):
    return raster.render(sheet, CARD_DPI)


def a4_card_copy(rng: random.Random, cards: list[Sheet], mark: bool) -> Sheet:
    """Cards copied onto one A4: one above the other, or side by side in pairs; a watermark written over them."""
    s = Sheet(210, 297, "a4")
    side_by_side = len(cards) >= 2 and rng.random() < 0.4
    w, h = cards[0].width, cards[0].height
    top = bottom = 0.0
    if side_by_side:
        gap = rng.uniform(6, 14)
        x0 = (210 - 2 * w - gap) / 2
        for k, card in enumerate(cards):
            row, col = divmod(k, 2)
            x, y = x0 + col * (w + gap), 30 + row * (h + 22)
            s.picture(x, y, x + w, y + h, _as_picture(card))
            top, bottom = top or y, y + h
    else:
        y = top = rng.uniform(22, 40)
        for card in cards:
            x = (210 - w) / 2 + rng.uniform(-10, 10)
            s.picture(x, y, x + w, y + h, _as_picture(card))
            bottom = y + h
            y += h + rng.uniform(10, 22)
    if mark:
        watermark(s, rng, hand=rng.random() < 0.4, region=(top + 10, bottom - 5))
    return s


def open_spread(rng: random.Random, left: Sheet, right: Sheet, cover=(120, 30, 30)) -> Sheet:
    """A booklet lying open: two pages on the cover's coloured edge with a shadow in the fold."""
    margin = 4.0
    s = Sheet(left.width + right.width + 2 * margin, max(left.height, right.height) + 2 * margin, "booklet", cover)
    s.box(margin - 1, margin - 1, s.width - margin + 1, s.height - margin + 1, stroke=None, fill=(235, 230, 220))
    s.picture(margin, margin, margin + left.width, margin + left.height, _as_picture(left))
    s.picture(margin + left.width, margin, margin + left.width + right.width, margin + right.height, _as_picture(right))
    mid = margin + left.width
    for k in range(6):
        s.line(mid - 3 + k, margin, mid - 3 + k, s.height - margin, 1.0, (200 - abs(k - 3) * 20,) * 3 + (0,))
    return s


def a4_booklet_copy(rng: random.Random, pages: list[Sheet], mark: bool) -> Sheet:
    """Booklet pages copied onto one A4, one above the other (scaled to fit)."""
    s = Sheet(210, 297, "a4")
    scale = min(1.0, 270 / sum(p.height for p in pages))
    y = 12.0
    for p in pages:
        w, h = p.width * scale, p.height * scale
        x = (210 - w) / 2
        s.picture(x, y, x + w, y + h, _as_picture(p))
        y += h + 3
    if mark:
        watermark(s, rng, hand=rng.random() < 0.5)
    return s


def card_on_scanner(rng: random.Random, card: Sheet) -> Sheet:
    """A card laid on a flatbed: the scan is the card, slightly crooked, with the white lid around it."""
    s = Sheet(card.width + 20, card.height + 16, "a4", (246, 246, 246))
    x, y = rng.uniform(4, 14), rng.uniform(3, 11)
    s.picture(x, y, x + card.width, y + card.height, _as_picture(card))
    return s
