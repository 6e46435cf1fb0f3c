"""The uploaded files as a packet: members are the names people gave their files, for display only.

Each name maps to the file saved as 0001.jpg, 0002.pdf… in the upload's temporary folder, so a name is never
used as a path. A .zip is opened in place and its members become `NAME.zip/member`; a refused file stays a
member that cannot be read, so the report lists it like the CLI lists a file it cannot open."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from precheck.errors import PacketNotFound
from precheck.limits import Limits
from precheck.packet import ZipPacket, natural_key


@dataclass
class StoredFile:
    display: str  # the name as uploaded (cleaned of control characters), never a path
    path: Optional[Path] = None  # where it was saved; None when refused
    kind: Optional[str] = None  # sniffed extension
    size: int = 0
    refused: Optional[str] = None  # why it was not accepted, for people


class RefusedFile(OSError):
    """Reading a member that was refused or cannot be opened; ingest turns it into input.unreadable_file."""


class UploadPacket:
    def __init__(self, files: list[StoredFile], name: str, limits: Limits):
        self.name = name
        self._limits = limits
        self._zips: list[ZipPacket] = []
        self._readers: dict[str, Callable[[], bytes]] = {}
        for stored in files:
            if stored.refused or stored.path is None:
                self._readers[stored.display] = _refusing(stored.refused or "文件未保存")
            elif stored.kind == "zip":
                self._add_zip(stored)
            else:
                self._readers[stored.display] = stored.path.read_bytes

    def _add_zip(self, stored: StoredFile) -> None:
        try:
            archive = ZipPacket(stored.path)
        except PacketNotFound:
            self._readers[stored.display] = _refusing("压缩包已损坏或不完整，请重新打包后再上传（corrupt zip）")
            return
        self._zips.append(archive)
        for member in archive.members():
            self._readers[f"{stored.display}/{member}"] = self._zip_reader(archive, member)

    def _zip_reader(self, archive: ZipPacket, member: str) -> Callable[[], bytes]:
        def read() -> bytes:
            # Checked before unpacking: a small zip can hold a huge member.
            if archive.size(member) > self._limits.max_file_bytes:
                raise RefusedFile(f"压缩包中的文件超过 {self._limits.max_file_bytes // 1048576} MB，已跳过（file too large）")
            return archive.read_bytes(member)

        return read

    def members(self) -> list[str]:
        return sorted(self._readers, key=natural_key)

    def read_bytes(self, member: str) -> bytes:
        return self._readers[member]()

    def close(self) -> None:
        for archive in self._zips:
            archive.close()


def _refusing(message: str) -> Callable[[], bytes]:
    def read() -> bytes:
        raise RefusedFile(message)

    return read
