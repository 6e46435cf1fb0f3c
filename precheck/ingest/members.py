"""What every packet offers (a folder, a .zip, the web page's uploads), and the problems a member can have.

A packet is read in place and never written to.

Every member either reads, within a byte limit, or raises MemberProblem with a message for people: a symlink that
leaves the packet, an unsafe path in a zip, an entry that inflates past the limit. Member names are what reports
show: decoded (GBK names too) and on one line."""
from __future__ import annotations

import re
from typing import Optional, Protocol


class MemberProblem(Exception):
    """A member of the packet that cannot be read; str() is the message for people, Chinese first."""


class TooLarge(MemberProblem):
    """More bytes than the limit: size is the whole size where it is known (the file's, the zip entry's)."""

    def __init__(self, size: Optional[int], compressed: Optional[int] = None):
        super().__init__("too large")
        self.size = size
        self.compressed = compressed


class Packet(Protocol):
    name: str

    def members(self) -> list[str]:
        """Relative paths of the packet's files, in natural order."""
        ...

    def read_bytes(self, member: str, max_bytes: Optional[int] = None) -> bytes:
        """The member's bytes, never more than max_bytes of them read (TooLarge), or MemberProblem."""
        ...


def natural_key(path: str) -> list:
    """'page10' after 'page9', as a person would sort them."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", path)]
