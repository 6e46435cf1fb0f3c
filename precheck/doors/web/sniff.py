"""What an uploaded file is, from its first bytes: never from its name or the browser's content type."""
from __future__ import annotations

from typing import Optional

# How many leading bytes `sniff` wants: a PDF's "%PDF-" may come after some junk (ingest looks this far too).
HEAD_BYTES = 1024

HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}

ACCEPTED = "JPG、PNG、HEIC、TIFF、WebP、BMP 图片，PDF，或它们的 zip 压缩包"
# Word/Excel (.docx, .xlsx) and OpenDocument files are zips too; their first member gives them away.
OFFICE_FIRST_MEMBERS = (b"[Content_Types].xml", b"mimetype")


def sniff(head: bytes) -> Optional[str]:
    """The file extension to store the file under (without the dot), or None when it is not a kind precheck reads."""
    if head.startswith(b"\xff\xd8\xff"):
        return "jpg"
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return "png"
    if b"%PDF-" in head[:HEAD_BYTES]:
        return "pdf"
    if head[4:8] == b"ftyp" and head[8:12] in HEIF_BRANDS:
        return "heic"
    if head.startswith((b"II*\x00", b"MM\x00*")):
        return "tif"
    if head.startswith(b"RIFF") and head[8:12] == b"WEBP":
        return "webp"
    if head.startswith(b"BM") and len(head) >= 26:
        return "bmp"
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")) and not _office(head):
        return "zip"
    return None


def _office(head: bytes) -> bool:
    name_length = int.from_bytes(head[26:28], "little")
    return head.startswith(b"PK\x03\x04") and head[30:30 + name_length] in OFFICE_FIRST_MEMBERS


def refusal(head: bytes) -> str:
    """Why a file is refused, for people."""
    if not head:
        return "文件是空的（0 字节），请重新选择该文件（empty file）"
    if _office(head):
        return f"Word、Excel 等办公文档不能检查。请把其中的材料导出为 PDF，或上传 {ACCEPTED}（office document）"
    return f"不支持这种文件，未检查。请上传 {ACCEPTED}（unsupported file type）"
