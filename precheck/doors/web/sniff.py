"""What an uploaded file is, from its first bytes: never from its name or the browser's content type."""
from __future__ import annotations

from typing import Optional

from precheck.ingest.office import OLE_MAGIC, is_office_zip
from precheck.ingest.pages import HEAD_BYTES


HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}

ACCEPTED = "JPG、PNG、HEIC、TIFF、WebP、BMP 图片，PDF，或它们的 zip 压缩包"


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
    if head.startswith((b"PK\x03\x04", b"PK\x05\x06")) and not is_office_zip(head):
        return "zip"
    return None


def refusal(head: bytes) -> str:
    """Why a file is refused, for people."""
    if not head:
        return "文件是空的（0 字节），请重新选择该文件（empty file）"
    if is_office_zip(head) or head.startswith(OLE_MAGIC):
        return f"Word、Excel 等办公文档不能检查。请把其中的材料导出为 PDF，或上传 {ACCEPTED}（office document）"
    return f"不支持这种文件，未检查。请上传 {ACCEPTED}（unsupported file type）"
