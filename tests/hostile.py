"""Hostile files, built on the spot (nothing big is committed): the tests and benchmarks/hostile_memory.py share them.

Big images are written as streams (PNG rows through zlib), so building a 15,000 × 15,000 page never holds it whole."""
from __future__ import annotations

import io
import os
import struct
import zipfile
import zlib
from pathlib import Path

from PIL import Image

SAMPLE_PACKET = Path(__file__).resolve().parent.parent / "samples" / "packets" / "demo_fix"
# A text-layer PDF: read without OCR, so a test around it needs no engine; it is the packet's tax record.
GOOD_PAGE = "微信图片_20268284.pdf"
GOOD_TYPE = "tax_record"


def add_good_page(folder: Path) -> Path:
    """One real page of the demo packet beside the bad files: the rest of the packet must still be read."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / GOOD_PAGE
    target.write_bytes((SAMPLE_PACKET / GOOD_PAGE).read_bytes())
    return target


def small_page(size=(400, 560)) -> Image.Image:
    image = Image.new("RGB", size, "white")
    image.paste((30, 30, 30), (40, 40, size[0] - 40, 80))
    return image


def encoded(image: Image.Image, fmt: str, **options) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, fmt, **options)
    return buffer.getvalue()


def truncated(data: bytes, keep: float = 0.4) -> bytes:
    return data[: max(1, int(len(data) * keep))]


# ---- PNG written row by row ---------------------------------------------------------------------------------

def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _ihdr(width: int, height: int, colour_type: int) -> bytes:
    return _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0))


def streamed_png(path: Path, width: int, height: int, grey: bool = False) -> Path:
    """A real, decodable PNG of any size (light grey with a dark band), compressed a row at a time."""
    channels = 1 if grey else 3
    light = b"\x00" + b"\xee" * (width * channels)
    dark = b"\x00" + b"\x20" * (width * channels)
    compressor = zlib.compressobj(1)
    with open(path, "wb") as handle:
        handle.write(b"\x89PNG\r\n\x1a\n" + _ihdr(width, height, 0 if grey else 2))
        pending = []
        for y in range(height):
            pending.append(compressor.compress(dark if height // 10 < y < height // 8 else light))
            if len(pending) >= 256:
                handle.write(_chunk(b"IDAT", b"".join(pending)))
                pending = []
        pending.append(compressor.flush())
        handle.write(_chunk(b"IDAT", b"".join(pending)) + _chunk(b"IEND", b""))
    return path


def bomb_png(width: int = 100_000, height: int = 100_000) -> bytes:
    """A few hundred bytes that declare billions of pixels: a decompression bomb."""
    idat = zlib.compress(b"\x00" + b"\x00" * 1024)
    return b"\x89PNG\r\n\x1a\n" + _ihdr(width, height, 2) + _chunk(b"IDAT", idat) + _chunk(b"IEND", b"")


def big_jpeg(path: Path, side: int = 15_000) -> Path:
    """A real side × side photo (grey, so building it takes side² bytes, not three times that)."""
    image = Image.new("L", (side, side), 235)
    image.paste(40, (side // 10, side // 10, side - side // 10, side // 8))
    image.save(path, "JPEG", quality=80)
    return path


def tiff_frames(path: Path, count: int, size=(120, 160)) -> Path:
    frames = [Image.new("L", size, 255 - (i % 50)) for i in range(count)]
    frames[0].save(path, save_all=True, append_images=frames[1:], compression="tiff_deflate")
    return path


# ---- PDF ---------------------------------------------------------------------------------------------------

def blank_pdf(path: Path, pages: int) -> Path:
    """A PDF of blank A4 pages; 0 pages is a valid, empty document."""
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument.new()
    for _ in range(pages):
        document.new_page(595, 842)
    document.save(str(path))
    document.close()
    return path


def encrypted_pdf(path: Path, user_password: str, owner_password: str = "owner-secret") -> Path:
    """Encrypted with reportlab: with a user password it cannot be opened; with an empty one it opens."""
    from reportlab.lib.pdfencrypt import StandardEncryption
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), encrypt=StandardEncryption(user_password, owner_password, canPrint=0))
    pdf.setFont("Helvetica", 14)
    for y in range(780, 500, -24):
        pdf.drawString(60, y, "Encrypted test page with enough text to count as a text layer.")
    pdf.showPage()
    pdf.save()
    return path


CORRUPT_PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF garbage"


# ---- zip ---------------------------------------------------------------------------------------------------

class RawNameZipInfo(zipfile.ZipInfo):
    """Writes the name's bytes as given, without the UTF-8 flag: how Windows zip tools in China write GBK names."""

    raw_name: bytes = b""

    def _encodeFilenameFlags(self):
        return self.raw_name, self.flag_bits & ~0x800


def raw_name_info(raw_name: bytes) -> zipfile.ZipInfo:
    info = RawNameZipInfo(raw_name.decode("cp437"))
    info.raw_name = raw_name
    return info


def zip_bomb_entry(archive: zipfile.ZipFile, name: str, size: int) -> None:
    """size bytes of zeros, deflated to about size / 1000, streamed in."""
    block = b"\x00" * (1 << 20)
    info = zipfile.ZipInfo(name)
    info.compress_type = zipfile.ZIP_DEFLATED
    with archive.open(info, "w", force_zip64=True) as handle:
        written = 0
        while written < size:
            chunk = block[: min(len(block), size - written)]
            handle.write(chunk)
            written += len(chunk)


def write_zip(path: Path, entries: dict, compression=zipfile.ZIP_DEFLATED) -> Path:
    """entries: name (str, or bytes for a raw name) -> bytes."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(raw_name_info(name) if isinstance(name, bytes) else name, data)
    return path


def make_unreadable(path: Path) -> None:
    os.chmod(path, 0)
