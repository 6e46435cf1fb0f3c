"""The files a packet leaves in the output folder, as the planner, the workers and the summary all read them:
NAME.json when checked, NAME.failed.json when it could not be; written whole or not at all."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Optional

from precheck.doors.private_files import write_private

RESULT_SUFFIX = ".json"
FAILURE_SUFFIX = ".failed.json"


def read_result(path: Path) -> Optional[dict]:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None


def write_atomically(path: Path, text: str) -> None:
    """Written beside, then renamed: a batch stopped midway never leaves half a file under the real name."""
    temporary = path.with_name(f".{path.name}.part")
    write_private(temporary, text)
    os.replace(temporary, path)


def without_timings(value):
    """A result (or any part of it) with its seconds taken out: what two checks of the same packet must agree on."""
    if isinstance(value, dict):
        return {key: without_timings(item) for key, item in value.items() if key != "seconds"}
    if isinstance(value, list):
        return [without_timings(item) for item in value]
    return value
