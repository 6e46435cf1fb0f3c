"""The next file's bytes read, and its first image decoded, in a thread while this file's pages are read.

Decoding a phone photo takes about as long as reading it (issue 20: 0.4 s median, 1 s at the 90th percentile), and
Pillow and pillow-heif let go of the GIL while they decode, so the two overlap on two cores. Only image files are
decoded ahead: pypdfium2 must never be called from two threads, so PDFs are left to the caller's thread whole.

What is done ahead is only ever what the caller would do next, with the same limits; its outcome, a failure
included, is handed over as it came, so the pages, problems and their order are those of reading in turn."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Callable, Optional

from PIL import Image

from precheck.core.limits import Limits
from precheck.ingest.members import Packet


@dataclass
class Ahead:
    data: bytes
    # The first page as decode_page gives it, or what it raised; None where the file is not decoded ahead.
    first_page: Optional[Image.Image] = None
    first_page_failure: Optional[Exception] = None

    @property
    def decoded(self) -> bool:
        return self.first_page is not None or self.first_page_failure is not None

    def first(self) -> Image.Image:
        if self.first_page_failure is not None:
            raise self.first_page_failure
        assert self.first_page is not None
        return self.first_page


class DecodeAhead:
    """One worker thread; start(member) queues the member, take(member) waits for it (None if it was not queued
    or could not be read there: the caller then reads it itself and meets the problem in its own turn)."""

    def __init__(self, packet: Packet, limits: Limits, decodes_alone: Callable[[bytes], bool],
                 decode_first: Callable[[bytes], Image.Image]):
        self._packet = packet
        self._limits = limits
        self._decodes_alone = decodes_alone
        self._decode_first = decode_first
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="decode-ahead")
        self._pending: dict[str, Future] = {}

    def start(self, member: str) -> None:
        if member not in self._pending:
            self._pending[member] = self._pool.submit(self._read, member)

    def take(self, member: str) -> Optional[Ahead]:
        future = self._pending.pop(member, None)
        return future.result() if future is not None else None

    def close(self) -> None:
        self._pool.shutdown(wait=True, cancel_futures=True)
        self._pending.clear()

    def _read(self, member: str) -> Optional[Ahead]:
        try:
            data = self._packet.read_bytes(member, self._limits.max_file_bytes)
        except Exception:  # noqa: BLE001 - read again in turn, where its problem is reported
            return None
        if not data or not self._decodes_alone(data):
            return Ahead(data)
        try:
            return Ahead(data, first_page=self._decode_first(data))
        except Exception as exc:  # noqa: BLE001 - handed over, raised in turn as if decoded there
            return Ahead(data, first_page_failure=exc)
