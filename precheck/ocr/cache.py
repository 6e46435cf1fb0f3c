"""OCR results kept in SQLite, keyed by the page image's content, the engine and its version.

A re-run over unchanged pages does no OCR. The file lives in the user's cache directory (platformdirs), or
in PRECHECK_CACHE_DIR; it holds page text (names, ID numbers, addresses), so it is readable by its owner only
(folder 0700, files 0600) and forgets each page `max_age_days` after reading it. The web page keeps its cache
in memory only: nothing of an upload outlives the process.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from PIL import Image

from precheck.core.limits import DEFAULT_LIMITS
from precheck.core.model import OcrLine
from precheck.ocr.base import OcrEngine, OcrResult
from precheck.ocr.seal_rings import Ring, SealSearch

# Bump when preprocessing or line handling changes what an engine returns for the same image.
PIPELINE_VERSION = "14"
CACHE_FILE = "ocr-cache.sqlite3"


def default_cache_dir() -> Path:
    configured = os.environ.get("PRECHECK_CACHE_DIR")
    if configured:
        return Path(configured)
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("precheck", appauthor=False))


def image_digest(image: Image.Image) -> str:
    digest = hashlib.sha256()
    digest.update(f"{image.mode}:{image.size[0]}x{image.size[1]}:".encode())
    digest.update(image.tobytes())
    return digest.hexdigest()


DAY_SECONDS = 86400
OWNER_ONLY_DIR, OWNER_ONLY_FILE = 0o700, 0o600


@dataclass
class CacheStats:
    path: Path
    entries: int
    bytes: int
    engines: dict[str, int]
    oldest: Optional[float]  # when the oldest entry was read (epoch seconds); None when empty
    max_age_days: int


def _seal_search(data: Optional[dict]) -> Optional[SealSearch]:
    """A page's grey-seal search as the cache keeps it; None for entries written before it was kept."""
    if data is None:
        return None
    rings = tuple(Ring(float(cx), float(cy), float(radius)) for cx, cy, radius in data["rings"])
    return SealSearch(rings, float(data["threshold"]), int(data["paper"]))


class OcrCache:
    def __init__(self, directory: Optional[Path] = None, max_age_days: Optional[int] = None, in_memory: bool = False):
        self.directory = directory or default_cache_dir()
        self.path = self.directory / CACHE_FILE
        self.max_age_days = max_age_days or DEFAULT_LIMITS.cache_max_age_days
        self.in_memory = in_memory
        self._connection: Optional[sqlite3.Connection] = None

    def _db(self) -> sqlite3.Connection:
        if self._connection is None:
            if self.in_memory:
                # The web page's worker thread reads; the thread that built the engine may close it.
                connection = sqlite3.connect(":memory:", check_same_thread=False)
            else:
                connection = sqlite3.connect(self._private_file(), timeout=30)
                connection.execute("PRAGMA journal_mode=WAL")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS ocr (key TEXT PRIMARY KEY, engine TEXT NOT NULL, "
                "created REAL NOT NULL, result TEXT NOT NULL)"
            )
            with connection:
                connection.execute("DELETE FROM ocr WHERE created < ?", (self._expired_before(),))
            self._connection = connection
        return self._connection

    def _private_file(self) -> Path:
        """The database file, made (with its folder) readable by the owner only before SQLite opens it; SQLite
        gives its -wal and -shm files the database file's permissions."""
        self.directory.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
        os.chmod(self.directory, OWNER_ONLY_DIR)
        os.close(os.open(self.path, os.O_CREAT | os.O_RDWR, OWNER_ONLY_FILE))
        for file in self.directory.glob(CACHE_FILE + "*"):
            os.chmod(file, OWNER_ONLY_FILE)
        return self.path

    def _expired_before(self) -> float:
        return time.time() - self.max_age_days * DAY_SECONDS

    def get(self, key: str) -> Optional[OcrResult]:
        row = self._db().execute("SELECT result FROM ocr WHERE key = ? AND created >= ?",
                                 (key, self._expired_before())).fetchone()
        if row is None:
            return None
        data = json.loads(row[0])
        return OcrResult(
            lines=[OcrLine.model_validate(line) for line in data["lines"]],
            rotation=data["rotation"], width=data["width"], height=data["height"],
            seconds=0.0, notes=data.get("notes", []), grey_seals=_seal_search(data.get("grey_seals")),
        )

    def put(self, key: str, engine_label: str, result: OcrResult) -> None:
        data = {
            "lines": [line.model_dump() for line in result.lines], "rotation": result.rotation,
            "width": result.width, "height": result.height, "notes": result.notes,
        }
        if result.grey_seals is not None:
            found = result.grey_seals
            data["grey_seals"] = {"rings": [[float(ring.cx), float(ring.cy), float(ring.radius)] for ring in found.rings],
                                  "threshold": float(found.threshold), "paper": int(found.paper)}
        with self._db() as db:
            db.execute("INSERT OR REPLACE INTO ocr VALUES (?, ?, ?, ?)",
                       (key, engine_label, time.time(), json.dumps(data, ensure_ascii=False)))

    def stats(self) -> CacheStats:
        if not self.in_memory and not self.path.exists():
            return CacheStats(self.path, 0, 0, {}, None, self.max_age_days)
        db = self._db()
        engines = dict(db.execute("SELECT engine, COUNT(*) FROM ocr GROUP BY engine").fetchall())
        oldest = db.execute("SELECT MIN(created) FROM ocr").fetchone()[0]
        size = 0 if self.in_memory else sum(p.stat().st_size for p in self.directory.glob(CACHE_FILE + "*"))
        return CacheStats(self.path, sum(engines.values()), size, engines, oldest, self.max_age_days)

    def clear(self) -> int:
        if not self.in_memory and not self.path.exists():
            return 0
        with self._db() as db:
            removed = db.execute("DELETE FROM ocr").rowcount
        self._db().execute("VACUUM")
        return removed


class CachedEngine:
    """An OcrEngine that asks the cache first. Counts hits and misses for progress and benchmarks."""

    def __init__(self, engine: OcrEngine, cache: OcrCache):
        self.engine = engine
        self.cache = cache
        self.name = engine.name
        self.version = engine.version
        self.hits = 0
        self.misses = 0

    def warm_up(self) -> None:
        self.engine.warm_up()

    def read_line(self, crop: Image.Image) -> Optional[OcrLine]:
        """A second look at one crop, kept like a page: a re-run reads nothing it has read before."""
        key = f"{image_digest(crop)}:{self._label}:line:p{PIPELINE_VERSION}"
        cached = self.cache.get(key)
        if cached is not None:
            self.hits += 1
            return cached.lines[0] if cached.lines else None
        self.misses += 1
        line = self.engine.read_line(crop)
        self.cache.put(key, self._label, OcrResult(lines=[line] if line else [], rotation=0,
                                                    width=crop.size[0], height=crop.size[1]))
        return line

    @property
    def _label(self) -> str:
        return f"{self.engine.name} {self.engine.version}"

    def recognize(self, image: Image.Image) -> OcrResult:
        label = self._label
        key = f"{image_digest(image)}:{label}:p{PIPELINE_VERSION}"
        cached = self.cache.get(key)
        if cached is not None:
            self.hits += 1
            return cached
        self.misses += 1
        result = self.engine.recognize(image)
        self.cache.put(key, label, result)
        return result
