"""The next image page is decoded on a worker thread while the page before it is read (issue 20).

Pillow and pillow-heif release the GIL while they decode and scale, and a phone photo takes 0.1–1 s to decode, so
the decoding of the next photo overlaps the OCR of this one. Only image files are decoded ahead: pdfium may not be
called from two threads at once, so PDF pages are still rendered where they are read. At most one page is decoded
ahead, so one more decoded page is held at a time."""
from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from typing import Callable, Hashable, Optional

from PIL import Image


class DecodeAhead:
    def __init__(self) -> None:
        self._pool: Optional[ThreadPoolExecutor] = None
        self._pending: dict[Hashable, Future] = {}

    def start(self, key: Hashable, decode: Callable[[], Image.Image]) -> None:
        """Begin decoding now; take(key, …) gets the page (or the decoder's exception) later."""
        if key in self._pending:
            return
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="precheck-decode")
        self._pending[key] = self._pool.submit(decode)

    def take(self, key: Hashable, decode: Callable[[], Image.Image]) -> Image.Image:
        """The page decoded ahead under key, or decoded now when nobody started it."""
        pending = self._pending.pop(key, None)
        return pending.result() if pending is not None else decode()

    def close(self) -> None:
        """Drop what was decoded ahead and not taken (a packet stopped by a limit); never waits for a running decode."""
        for pending in self._pending.values():
            pending.cancel()
        self._pending.clear()
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
