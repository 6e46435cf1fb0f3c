"""The applicant's birth date and age at submission: from the ID card, else from an ID number (GB 11643)."""
from __future__ import annotations

from datetime import date
from typing import Optional

from precheck.core.id_number import birth_date_of
from rules.compare import normal_id
from rules.fields import Got, read
from rules.registry import CheckContext


def completed_age(born: date, on: date) -> int:
    """周岁 at `on`. A 29 February birthday falls on 1 March in other years."""
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def birthday(born: date, age: int) -> date:
    try:
        return born.replace(year=born.year + age)
    except ValueError:  # 29 February
        return date(born.year + age, 3, 1)


def as_birth_from_id(value) -> Optional[date]:
    return birth_date_of(normal_id(value)) if isinstance(value, str) else None


def birth_sources(context: CheckContext) -> list[tuple]:
    """(document, field, parser) in the order they are trusted: the card's 出生, then ID numbers."""
    cards = context.of_type("id_card")
    sources = [(d, "birth_date", None) for d in cards]
    return sources + [(d, "id_number", as_birth_from_id) for d in cards + context.of_type("residence_permit")]


def read_birth(context: CheckContext) -> Optional[Got]:
    """The birth date of the most trusted source that gives one; read unsurely, it gives way to a later source that
    gives the same date surely (a card's 出生 confirmed by its ID number)."""
    readings = [got for d, name, parse in birth_sources(context) for got in [read(d, name, parse)] if got]
    if not readings:
        return None
    first = readings[0]
    return next((got for got in readings if not got.doubtful and got.value == first.value), first)


def birth_label(birth: Got) -> str:
    return birth.label if birth.name == "birth_date" else f"{birth.label}中的出生日期"
