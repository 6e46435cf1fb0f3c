"""Where `precheck serve` keeps uploads while it checks them: one folder per server process in the system's
temporary folder, readable by its owner only. A server killed (kill -9, a power cut) cannot delete its folder, so
each server, as it starts, removes the folders of servers that no longer run."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path
from typing import Optional

PREFIX = "precheck-serve-"


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process: alive, and its folder is not ours to judge
    return True


def remove_leftovers(base: Path) -> int:
    """Delete the upload folders left under `base` by servers that are gone; the number removed."""
    removed = 0
    for folder in base.glob(f"{PREFIX}*"):
        pid = folder.name[len(PREFIX):]
        if folder.is_dir() and not folder.is_symlink() and pid.isdigit() and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed += not folder.exists()
    return removed


def open_upload_folder(base: Optional[Path] = None) -> Path:
    """This server's folder for uploads (0700), after removing what dead servers left."""
    base = Path(base or tempfile.gettempdir())
    remove_leftovers(base)
    folder = base / f"{PREFIX}{os.getpid()}"
    folder.mkdir(mode=0o700, exist_ok=True)
    os.chmod(folder, 0o700)
    return folder


def close_upload_folder(folder: Path) -> None:
    shutil.rmtree(folder, ignore_errors=True)
