"""A batch manifest: a CSV that gives some packets their own planned submission date and kind of application
(`--manifest FILE`). Written in Excel as often as not, so it may carry a BOM or be saved as GBK, and its headers
may be Chinese or English. Packets it does not name take the batch's --as-of and --application."""
from __future__ import annotations

import csv
from dataclasses import dataclass
from pathlib import Path

from precheck.core.errors import BadArguments
from precheck.core.model import APPLICATION_LABELS
from precheck.doors.arguments import parse_application, parse_as_of

HEADERS = {"packet": ("材料", "packet"), "as_of": ("预计提交日期", "as_of"), "application": ("申请类型", "application")}
KINDS_BY_LABEL = {label: kind for kind, label in APPLICATION_LABELS.items()}


@dataclass(frozen=True)
class PacketSettings:
    as_of: str  # YYYY-MM-DD
    application: str


def _text(path: Path) -> str:
    data = path.read_bytes()
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise BadArguments(f"清单 {path} 既不是 UTF-8 也不是 GBK 编码，请在 Excel 中另存为「CSV UTF-8」（bad manifest encoding）")


def _column(header: list[str], key: str, path: Path) -> int:
    for name in HEADERS[key]:
        if name in header:
            return header.index(name)
    raise BadArguments(f"清单 {path} 的第 1 行缺少列「{HEADERS[key][0]}」（或 {HEADERS[key][1]}）。"
                       f"第 1 行应为：材料,预计提交日期,申请类型（manifest header）")


def read_manifest(path: Path) -> dict[str, PacketSettings]:
    """Packet name (its path under ROOT, / or __ between folders) -> its settings. A bad line stops the batch
    before anything is read, with a Chinese message naming the line."""
    if not path.is_file():
        raise BadArguments(f"找不到清单文件：{path}（no such manifest）")
    rows = [row for row in csv.reader(_text(path).splitlines()) if any(cell.strip() for cell in row)]
    if not rows:
        raise BadArguments(f"清单 {path} 是空的（empty manifest）")
    header = [cell.strip() for cell in rows[0]]
    columns = {key: _column(header, key, path) for key in HEADERS}
    settings: dict[str, PacketSettings] = {}
    for number, row in enumerate(rows[1:], start=2):
        cells = {key: (row[index].strip() if index < len(row) else "") for key, index in columns.items()}
        if not cells["packet"]:
            raise BadArguments(f"清单 {path} 第 {number} 行没有写材料名（manifest line {number}）")
        try:
            day = parse_as_of(cells["as_of"]) if cells["as_of"] else None
            kind = parse_application(KINDS_BY_LABEL.get(cells["application"], cells["application"]) or None)
        except BadArguments as exc:
            raise BadArguments(f"清单 {path} 第 {number} 行：{exc}") from None
        if day is None:
            raise BadArguments(f"清单 {path} 第 {number} 行没有写预计提交日期（YYYY-MM-DD）（manifest line {number}）")
        name = cells["packet"].strip("/").replace("/", "__")
        if name in settings:
            raise BadArguments(f"清单 {path} 第 {number} 行：材料「{cells['packet']}」已在前面出现过（duplicate packet）")
        settings[name] = PacketSettings(day.isoformat(), kind)
    return settings
