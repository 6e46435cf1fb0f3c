"""The uploaded files as a packet: members are the names people gave their files, for display only.

Each name maps to the file saved as 0001.jpg, 0002.pdf… in the upload's temporary folder, so a name is never
used as a path. A .zip is opened in place and its members become `NAME.zip/member`; a refused file stays a
member that cannot be read, so the report lists it like the CLI lists a file it cannot open."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

from precheck.core.errors import PacketNotFound
from precheck.core.limits import Limits
from precheck.ingest.members import MemberProblem, TooLarge, natural_key
from precheck.ingest.zip_packet import ZipPacket


@dataclass
class StoredFile:
    display: str  # the name as uploaded (cleaned of control characters), never a path
    path: Optional[Path] = None  # where it was saved; None when refused
    kind: Optional[str] = None  # sniffed extension
    size: int = 0
    refused: Optional[str] = None  # why it was not accepted, for people


class UploadPacket:
    def __init__(self, files: list[StoredFile], name: str, limits: Limits):
        self.name = name
        self._limits = limits
        self._zips: list[ZipPacket] = []
        self._readers: dict[str, Callable[[Optional[int]], bytes]] = {}
        for stored in files:
            if stored.refused or stored.path is None:
                self._readers[stored.display] = _refusing(stored.refused or "文件未保存")
            elif stored.kind == "zip":
                self._add_zip(stored)
            else:
                self._readers[stored.display] = _file_reader(stored.path)

    def _add_zip(self, stored: StoredFile) -> None:
        try:
            archive = ZipPacket(stored.path, self._limits)
        except PacketNotFound:
            self._readers[stored.display] = _refusing("压缩包已损坏或不完整，请重新打包后再上传（corrupt zip）")
            return
        self._zips.append(archive)
        for member in archive.members():
            # The zip packet checks each entry's path, size and inflation itself (zip slip, bombs).
            self._readers[f"{stored.display}/{member}"] = _zip_reader(archive, member)

    def members(self) -> list[str]:
        return sorted(self._readers, key=natural_key)

    def read_bytes(self, member: str, max_bytes: Optional[int] = None) -> bytes:
        return self._readers[member](max_bytes)

    def close(self) -> None:
        for archive in self._zips:
            archive.close()


def _refusing(message: str) -> Callable[[Optional[int]], bytes]:
    def read(max_bytes: Optional[int]) -> bytes:
        raise MemberProblem(message)

    return read


def _file_reader(path: Path) -> Callable[[Optional[int]], bytes]:
    def read(max_bytes: Optional[int]) -> bytes:
        with path.open("rb") as handle:
            data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        if max_bytes is not None and len(data) > max_bytes:
            raise TooLarge(path.stat().st_size)
        return data

    return read


def _zip_reader(archive: ZipPacket, member: str) -> Callable[[Optional[int]], bytes]:
    return lambda max_bytes: archive.read_bytes(member, max_bytes)
