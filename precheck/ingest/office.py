"""Word, Excel and other office documents: zips (or old OLE files) that hold no page precheck can read. Told apart
from a real zip by the first member's name, or by the file's own name, so people are told what they handed in."""
from __future__ import annotations

from pathlib import PurePath
from typing import Optional

# Word/Excel (.docx, .xlsx) and OpenDocument files are zips too; their first member gives them away.
OFFICE_FIRST_MEMBERS = (b"[Content_Types].xml", b"mimetype")
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, .xls, .ppt, .wps of old
OFFICE_SUFFIXES = {".doc": "Word 文档", ".docx": "Word 文档", ".wps": "WPS 文档", ".odt": "文档",
                   ".xls": "Excel 表格", ".xlsx": "Excel 表格", ".et": "WPS 表格", ".ods": "表格",
                   ".ppt": "演示文稿", ".pptx": "演示文稿", ".dps": "WPS 演示文稿", ".odp": "演示文稿"}


def is_office_zip(head: bytes) -> bool:
    name_length = int.from_bytes(head[26:28], "little")
    return head.startswith(b"PK\x03\x04") and head[30:30 + name_length] in OFFICE_FIRST_MEMBERS


def office_kind(name: str, head: bytes) -> Optional[str]:
    """'Word 文档', 'Excel 表格'… when the file is an office document, by its name or its first bytes; else None."""
    kind = OFFICE_SUFFIXES.get(PurePath(name).suffix.lower())
    if kind is not None and (head.startswith((b"PK\x03\x04", OLE_MAGIC)) or not head):
        return kind
    if is_office_zip(head) or head.startswith(OLE_MAGIC):
        return kind or "办公文档"
    return None


def office_refusal(kind: str) -> str:
    space = " " if kind[0].isascii() else ""
    return f"这是{space}{kind}，不能检查。请把其中的材料导出为 PDF 或图片后再放进资料（office document）"
