"""Drawings of every document type. Each module declares DRAWS: type id → {layout name: renderer(person, rng,
**overrides)} (a module may draw several types), and EXTRAS: type id → Extra, for the types a packet holds only
sometimes. samples.generator finds the modules by itself: a new type needs its drawing module and nothing else here."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable


@dataclass(frozen=True)
class Extra:
    """An optional document: the share of packets that hold one, for the people it fits."""

    share: float
    fits: Callable[[object], bool] = lambda person: True
