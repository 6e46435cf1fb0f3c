"""What every outsider generator's draws test asks of a packet it wrote: a truth the evaluator can read."""
from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Callable


def truth_of(folder: Path, name: str) -> dict:
    return json.loads((folder / f"{name}.truth.json").read_text(encoding="utf-8"))


def assert_pages_listed_were_written(folder: Path, name: str, page_count: Callable[[Path], int]) -> None:
    """Every file of the packet is listed, and each with the pages the file has."""
    listed: dict[str, set[int]] = {}
    for page in truth_of(folder, name)["pages"]:
        listed.setdefault(page["file"], set()).add(page["page"])
    assert set(os.listdir(folder / name)) == set(listed)
    for file, pages in listed.items():
        assert pages == set(range(1, page_count(folder / name / file) + 1))
