"""Files and folders the doors write that hold personal data (reports, batch results, summaries): readable by
their owner only, whatever the user's umask."""
from __future__ import annotations

import os
from pathlib import Path
from typing import IO

OWNER_ONLY_FILE, OWNER_ONLY_DIR = 0o600, 0o700


def open_private(path: Path, encoding: str = "utf-8", newline: str | None = None) -> IO[str]:
    """Open `path` for writing text, created (or truncated) readable and writable by the owner only."""
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, OWNER_ONLY_FILE)
    os.fchmod(descriptor, OWNER_ONLY_FILE)  # an existing file keeps its old mode through O_CREAT
    return os.fdopen(descriptor, "w", encoding=encoding, newline=newline)


def write_private(path: Path, text: str) -> None:
    with open_private(path) as handle:
        handle.write(text)


def make_private_dir(path: Path) -> None:
    """Create the folder (and missing parents) for outputs; the folder itself is the owner's only."""
    path.mkdir(parents=True, exist_ok=True, mode=OWNER_ONLY_DIR)
    os.chmod(path, OWNER_ONLY_DIR)
