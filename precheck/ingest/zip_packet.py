"""A .zip packet, read in memory and never extracted: no entry can write anywhere, and none inflates past the limit.

An entry's declared size is checked before it is opened and its bytes are read through a cap, so a zip bomb (or a
header that lies about its size) costs at most the byte limit. Paths with ../ or a leading / are refused by name."""
from __future__ import annotations

import lzma
import re
import struct
import zipfile
import zlib
from pathlib import Path
from typing import Optional

from precheck.core.errors import PacketNotFound
from precheck.core.limits import Limits
from precheck.core.names import decode_bytes, printable
from precheck.ingest.members import MemberProblem, TooLarge, natural_key

UNSAFE_PATH = "压缩包中的路径不安全（含“../”或绝对路径，可能企图写到别处），为安全起见未读取。请重新打包（unsafe path in zip）"
ENCRYPTED = "压缩包中的这个文件有密码保护，无法读取。请去掉密码后重新打包（encrypted zip entry）"
LINK = "压缩包中的这个条目是链接（symlink），未读取。请把文件本身打包进去（symlink in zip）"
DUPLICATE = "压缩包中有同名文件，只读取了第一个。请改名后重新打包（duplicate name in zip）"
CORRUPT = "压缩包中的这个文件已损坏，无法解压。请重新打包（corrupt zip entry）"
# Compression methods Python's zipfile can read: stored, deflate, bzip2, lzma.
READABLE_METHODS = {zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA}
# A zip's central directory is parsed whole before anything is read; past this many entries it is refused.
ENTRIES_PER_FILE_LIMIT = 20
DIRECTORY_BYTES_LIMIT = 64 * 1024 * 1024


class ZipPacket:
    def __init__(self, path: Path, limits: Limits):
        self.path = path
        self.name = str(path)
        _check_directory(path, limits)
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
            raise PacketNotFound(f"无法打开压缩包 {path}：文件已损坏或不是 zip 格式。请重新打包后再检查（bad zip file）") from exc
        self._entries: dict[str, tuple[zipfile.ZipInfo, Optional[str]]] = {}
        for info in self._zip.infolist():
            self._add(info)

    def members(self) -> list[str]:
        return sorted(self._entries, key=natural_key)

    def read_bytes(self, member: str, max_bytes: Optional[int] = None) -> bytes:
        info, problem = self._entries[member]
        if problem:
            raise MemberProblem(problem)
        if max_bytes is not None and info.file_size > max_bytes:
            raise TooLarge(info.file_size, info.compress_size)
        try:
            with self._zip.open(info) as handle:
                data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        except RuntimeError as exc:  # zipfile's "password required"
            raise MemberProblem(ENCRYPTED) from exc
        except NotImplementedError as exc:
            raise MemberProblem(_method_problem(info)) from exc
        except (zipfile.BadZipFile, zlib.error, lzma.LZMAError, EOFError, OSError, ValueError) as exc:
            raise MemberProblem(CORRUPT) from exc
        if max_bytes is not None and len(data) > max_bytes:
            raise TooLarge(None, info.compress_size)
        return data

    def close(self) -> None:
        self._zip.close()

    def _add(self, info: zipfile.ZipInfo) -> None:
        if info.is_dir():
            return
        path = _entry_name(info).replace("\\", "/")
        parts = [part for part in path.split("/") if part]
        unsafe = path.startswith("/") or re.match(r"^[A-Za-z]:", path) or ".." in parts
        if not unsafe and any(part.startswith(".") or part == "__MACOSX" for part in parts):
            return  # macOS resource forks, hidden files
        name = printable(path)
        problem = UNSAFE_PATH if unsafe else _entry_problem(info)
        if name in self._entries:
            name, problem = name + "~", DUPLICATE
            while name in self._entries:
                name += "~"
        self._entries[name] = (info, problem)


def _entry_name(info: zipfile.ZipInfo) -> str:
    if info.flag_bits & 0x800:
        return info.filename
    # No UTF-8 flag: zipfile read the bytes as cp437. macOS writes UTF-8 without the flag, Windows in China GBK.
    try:
        return decode_bytes(info.orig_filename.encode("cp437"))
    except UnicodeEncodeError:
        return info.filename


def _entry_problem(info: zipfile.ZipInfo) -> Optional[str]:
    if info.flag_bits & 0x1:
        return ENCRYPTED
    if (info.external_attr >> 16) & 0o170000 == 0o120000:
        return LINK
    if info.compress_type not in READABLE_METHODS:
        return _method_problem(info)
    return None


def _method_problem(info: zipfile.ZipInfo) -> str:
    return (f"压缩包中的这个文件用了不支持的压缩方式（编号 {info.compress_type}），无法解压。"
            "请用普通 zip 格式重新打包（unsupported compression method）")


def _check_directory(path: Path, limits: Limits) -> None:
    """Refuse a zip whose central directory alone would take the memory (millions of tiny entries)."""
    try:
        with open(path, "rb") as handle:
            end = zipfile._EndRecData(handle)  # the end-of-directory record: entry count and directory size
    except (OSError, ValueError, struct.error):
        return  # zipfile itself reports what is wrong
    if not end:
        return
    entries, size = end[zipfile._ECD_ENTRIES_TOTAL], end[zipfile._ECD_SIZE]
    if entries > limits.max_files * ENTRIES_PER_FILE_LIMIT or size > DIRECTORY_BYTES_LIMIT:
        raise PacketNotFound(
            f"压缩包 {path.name} 中有 {entries} 个条目，远超文件数上限 {limits.max_files}，未打开。"
            "请只打包一位申请人的材料（zip with too many entries）")
