"""Hostile files, built on the spot (nothing big is committed): the tests and benchmarks/hostile_memory.py share them.

Big images are written as streams (PNG rows through zlib), so building a 15,000 × 15,000 page never holds it whole."""
from __future__ import annotations

import io
import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

from PIL import Image

SAMPLE_PACKET = Path(__file__).resolve().parent.parent / "samples" / "packets" / "demo_fix"
# A text-layer PDF: read without OCR, so a test around it needs no engine; it is the packet's tax record (its drawn
# file name is found in the truth), copied under this name.
GOOD_PAGE = "纳税记录.pdf"
GOOD_TYPE = "tax_record"


def _good_source() -> Path:
    truth = json.loads((SAMPLE_PACKET.parent / f"{SAMPLE_PACKET.name}.truth.json").read_text(encoding="utf-8"))
    return SAMPLE_PACKET / next(p["file"] for p in truth["pages"] if p["capture"] == "text_pdf" and p["type"] == GOOD_TYPE)


def add_good_page(folder: Path) -> Path:
    """One real page of the demo packet beside the bad files: the rest of the packet must still be read."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / GOOD_PAGE
    target.write_bytes(_good_source().read_bytes())
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


def _crc_byte(crc: int, byte: int) -> int:
    """One step of CRC-32 without zlib's pre- and post-inversion: what ZipCrypto's keys use."""
    return ~zlib.crc32(bytes([byte]), ~crc & 0xFFFFFFFF) & 0xFFFFFFFF


def zipcrypto(data: bytes, password: bytes, check_byte: int) -> bytes:
    """PKWARE's traditional zip encryption (what "zip -e" and Windows write): a 12-byte header, then the bytes."""
    keys = [0x12345678, 0x23456789, 0x34567890]

    def update(byte: int) -> None:
        keys[0] = _crc_byte(keys[0], byte)
        keys[1] = ((keys[1] + (keys[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        keys[2] = _crc_byte(keys[2], keys[1] >> 24)

    for byte in password:
        update(byte)
    out = bytearray()
    for byte in os.urandom(11) + bytes([check_byte]) + data:
        k = keys[2] | 2
        out.append(byte ^ (((k * (k ^ 1)) >> 8) & 0xFF))
        update(byte)
    return bytes(out)


class _EncryptedZipInfo(zipfile.ZipInfo):
    """Headers for bytes encrypted beforehand: the encryption flag, and the CRC and size of the plain bytes
    (zipfile would otherwise write those of the encrypted ones)."""

    CRC = property(lambda self: self.plain_crc, lambda self, value: None)
    file_size = property(lambda self: self.plain_size, lambda self, value: None)

    def _encodeFilenameFlags(self):
        name, flags = super()._encodeFilenameFlags()
        return name, flags | 0x1


def encrypted_zip_entry(archive: zipfile.ZipFile, name: str, data: bytes, password: bytes) -> None:
    info = _EncryptedZipInfo(name)
    info.plain_crc, info.plain_size = zlib.crc32(data), len(data)
    archive.writestr(info, zipcrypto(data, password, info.plain_crc >> 24), zipfile.ZIP_STORED)


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


def hostile_zip(path: Path, page: bytes, folder: str = "张三") -> Path:
    """One applicant's zip: the good page and two readable pages with GBK and unflagged UTF-8 names under folder/,
    beside zip slip (../, a Windows ..\\), an absolute path, a link, a password-protected entry and a 200 MB bomb."""
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{folder}/{GOOD_PAGE}", _good_source().read_bytes())
        archive.writestr("../evil.png", page)
        archive.writestr("/abs/evil.png", page)
        archive.writestr("..\\windows.png", page)
        archive.writestr(raw_name_info(f"{folder}/合同.png".encode("gbk")), page)
        archive.writestr(raw_name_info(f"{folder}/居住证.png".encode("utf-8")), page)  # macOS: UTF-8, no flag
        link = zipfile.ZipInfo("link.png")
        link.external_attr = 0o120777 << 16
        archive.writestr(link, "/etc/passwd")
        encrypted_zip_entry(archive, "secret.png", page, b"secret")
        zip_bomb_entry(archive, "bomb.png", 200 << 20)
    return path


def write_zip(path: Path, entries: dict, compression=zipfile.ZIP_DEFLATED) -> Path:
    """entries: name (str, or bytes for a raw name) -> bytes."""
    with zipfile.ZipFile(path, "w", compression) as archive:
        for name, data in entries.items():
            archive.writestr(raw_name_info(name) if isinstance(name, bytes) else name, data)
    return path


def make_unreadable(path: Path) -> None:
    os.chmod(path, 0)


# ---- what a run may not change -----------------------------------------------------------------------------

def snapshot(root: Path) -> dict[str, tuple]:
    """Every path under root (links not followed): its kind, and for a regular file its sha256, size, mode and mtime."""
    import hashlib
    import stat

    found = {}
    for folder, subfolders, files in os.walk(root, followlinks=False):
        for name in subfolders + files:
            path = Path(folder) / name
            info = path.lstat()
            relative = os.fsencode(path.relative_to(root)).decode("utf-8", "backslashreplace")
            if stat.S_ISLNK(info.st_mode):
                found[relative] = ("link", os.readlink(path))
            elif stat.S_ISDIR(info.st_mode):
                found[relative] = ("dir", info.st_mode, sorted(os.listdir(path)))
            elif not stat.S_ISREG(info.st_mode):  # a pipe or socket: opening it would wait for a writer
                found[relative] = ("other", info.st_mode, info.st_mtime_ns)
            else:
                digest = hashlib.sha256(path.read_bytes()).hexdigest()
                found[relative] = ("file", digest, info.st_size, info.st_mode, info.st_mtime_ns)
    return found
