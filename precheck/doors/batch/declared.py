"""Declarations for a batch (`--declarations DIR`): one file per packet, DIR/NAME.toml or DIR/NAME.json, NAME as
the packet is named in summary.csv (its path under ROOT, folders joined by __). Read before any packet is, so a
bad file stops the batch at once with its name and line."""
from __future__ import annotations

from pathlib import Path

from precheck.core.declarations import Declarations, from_file
from precheck.core.errors import BadArguments

SUFFIXES = (".toml", ".json")


def read_declarations(folder: Path) -> dict[str, Declarations]:
    if not folder.is_dir():
        raise BadArguments(f"找不到申报文件夹：{folder}（--declarations 应是一个文件夹，内含 材料名.toml 或 材料名.json）")
    found: dict[str, Declarations] = {}
    for path in sorted(folder.iterdir()):
        if path.suffix.lower() not in SUFFIXES or path.name.startswith("."):
            continue
        if path.stem in found:
            raise BadArguments(f"申报文件夹 {folder} 中「{path.stem}」有两个申报文件，请只保留一个。")
        found[path.stem] = from_file(path)
    return found
