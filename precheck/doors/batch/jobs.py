"""What the planner hands to the workers and what a worker hands back: plain, picklable records, so they cross
into worker processes."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from precheck.core.declarations import NOTHING_DECLARED, Declarations


@dataclass(frozen=True)
class PacketJob:
    path: Path
    name: str  # output file stem: the packet's path under ROOT with / as __
    fingerprint: str
    as_of: str  # YYYY-MM-DD: the batch's, or the packet's own from the manifest
    application: str
    declarations: Declarations = NOTHING_DECLARED  # from the packet's declarations file (--declarations DIR)


@dataclass
class PacketOutcome:
    name: str
    status: str  # done, failed, skipped (already done)
    verdict: Optional[str] = None
    pages: int = 0
    seconds: float = 0.0
    message: str = ""


@dataclass
class PacketProduct:
    """A checked packet's output files (name in the output folder -> text) with its outcome, not yet written."""

    outcome: PacketOutcome
    files: dict[str, str]
