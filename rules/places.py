"""Where an address's administrative divisions end (省, 市, 区/县), by the national code list GB/T 2260.

Used to settle a doubtful difference between two readings of one address: where one reading opens with a chain of
real divisions (安徽省阜阳市颍州区) and the other opens with something no division is called (安徽省阜阳市颖州区,
庆徽省肥市蜀山区), the second is a misreading, not a different address. The list is the GB2260 package's union of
every revision from 2002 to 2013, so names since abolished (闸北区, 襄樊市), still printed on older 户口簿, count;
a division named after 2013 is simply not known, and then nothing is settled.
"""
from __future__ import annotations

from collections import defaultdict
from functools import cache

from rapidfuzz.distance import Levenshtein

# Two openings this many edits apart or fewer may be one read twice; further apart, they name other places.
MISREAD_EDITS = 2
# Entries that are placeholders in the code list, not names printed in an address.
PLACEHOLDERS = frozenset({"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"})


@cache
def _codes_by_name() -> dict[str, frozenset[int]]:
    from gb2260.data import data  # 3,000 divisions of every revision: loaded only when a doubt needs settling

    codes: dict[str, set[int]] = defaultdict(set)
    for revision in data.values():
        for code, name in revision.items():
            if name not in PLACEHOLDERS:
                codes[name].add(code)
    return {name: frozenset(found) for name, found in codes.items()}


@cache
def _names_by_first_character() -> dict[str, tuple[str, ...]]:
    names: dict[str, list[str]] = defaultdict(list)
    for name in _codes_by_name():
        names[name[0]].append(name)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in names.items()}


def _within(code: int, parent: int | None) -> bool:
    """Whether `code` is a division below `parent` (None: the top), by the code's digits (省 XX0000, 市 XXYY00)."""
    if parent is None:
        return True
    if parent % 10000 == 0:
        return code // 10000 == parent // 10000 and code != parent
    if parent % 100 == 0:
        return code // 100 == parent // 100 and code != parent
    return False


def division_chain_end(address: str) -> int:
    """How many opening characters of `address` are a chain of nested divisions, each named in full (安徽省合肥市
    蜀山区 → 9); 0 when it opens with no division at all. The longest chain wins."""
    return _chain(address)[0]


def _chain(address: str) -> tuple[int, int]:
    """(where the longest chain of nested divisions opening `address` ends, how many divisions it names)."""
    def extend(start: int, parent: int | None, levels: int) -> tuple[int, int]:
        best = (start, levels)
        for name in _names_by_first_character().get(address[start:start + 1], ()):
            if not address.startswith(name, start):
                continue
            for code in _codes_by_name()[name]:
                if _within(code, parent):
                    best = max(best, extend(start + len(name), code, levels + 1))
        return best

    return extend(0, None, 0)


def misread_opening(misread: str, real: str) -> int | None:
    """How many opening characters of `misread` stand where `real` names its divisions, when the two readings of one
    address differ only there, `real` naming at least two real divisions and `misread` none that reach as far, and
    the two openings lie within MISREAD_EDITS of each other (庆徽省肥市蜀山区 for 安徽省合肥市蜀山区); else None."""
    end, levels = _chain(real)
    rest = len(real) - end
    if levels < 2 or len(misread) < rest or misread[len(misread) - rest:] != real[end:]:
        return None
    opening = misread[: len(misread) - rest]
    if opening == real[:end] or division_chain_end(opening) >= len(opening):
        return None
    return len(opening) if Levenshtein.distance(opening, real[:end]) <= MISREAD_EDITS else None
