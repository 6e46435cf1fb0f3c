"""Truth values normalised as SPEC §3 says."""
from __future__ import annotations

import unicodedata


def norm_text(text: str) -> str:
    return "".join(unicodedata.normalize("NFKC", text).split())


def iso(d) -> str:
    return d if isinstance(d, str) else d.isoformat()
