"""A packet is a folder or a .zip of one; both are read in place and never written to.

Every member either reads, within a byte limit, or raises MemberProblem with a message for people: a symlink that
leaves the packet, an unsafe path in a zip, an entry that inflates past the limit. Member names are what reports
show: decoded (GBK names too) and on one line."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path
from typing import Optional, Protocol, Union

from precheck.errors import PacketNotFound
from precheck.limits import DEFAULT_LIMITS, Limits


class MemberProblem(Exception):
    """A member of the packet that cannot be read; str() is the message for people, Chinese first."""


class TooLarge(MemberProblem):
    """More bytes than the limit: size is the whole size where it is known (the file's, the zip entry's)."""

    def __init__(self, size: Optional[int], compressed: Optional[int] = None):
        super().__init__("too large")
        self.size = size
        self.compressed = compressed


class Packet(Protocol):
    name: str

    def members(self) -> list[str]:
        """Relative paths of the packet's files, in natural order."""
        ...

    def read_bytes(self, member: str, max_bytes: Optional[int] = None) -> bytes:
        """The member's bytes, never more than max_bytes of them read (TooLarge), or MemberProblem."""
        ...


def natural_key(path: str) -> list:
    """'page10' after 'page9', as a person would sort them."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", path)]


def open_packet(path: Path, limits: Limits = DEFAULT_LIMITS) -> Packet:
    from precheck.packet_folder import FolderPacket
    from precheck.packet_zip import ZipPacket

    if not path.exists():
        raise PacketNotFound(f"找不到资料：{path}。请检查路径是否正确（no such path）")
    if path.is_dir():
        return FolderPacket(path)
    if zipfile.is_zipfile(path):
        return ZipPacket(path, limits)
    if path.suffix.lower() == ".zip":
        raise PacketNotFound(f"{path.name} 不是有效的 zip 压缩包（可能已损坏或未下载完整）。请重新打包或重新下载后再检查（corrupt zip）")
    raise PacketNotFound(f"{path} 既不是文件夹也不是 .zip 压缩包，请给出申请人的资料文件夹或其压缩包（not a folder or .zip）")


def as_packet(source: Union[Path, str, Packet], limits: Limits = DEFAULT_LIMITS) -> Packet:
    """A path is opened as a folder or .zip; a Packet (e.g. the web page's uploads) is used as it is."""
    return open_packet(Path(source), limits) if isinstance(source, (str, Path)) else source
