"""Opening a packet: a folder or a .zip of one, by what the path holds."""
from __future__ import annotations

import zipfile
from pathlib import Path
from typing import Union

from precheck.core.errors import PacketNotFound
from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.ingest.folder import FolderPacket
from precheck.ingest.members import MemberProblem, Packet, TooLarge, natural_key
from precheck.ingest.zip_packet import ZipPacket

__all__ = ["MemberProblem", "Packet", "TooLarge", "natural_key", "open_packet", "as_packet"]


def open_packet(path: Path, limits: Limits = DEFAULT_LIMITS) -> Packet:
    if not path.exists():
        raise PacketNotFound(f"找不到资料：{path}。请检查路径是否正确（no such path）")
    if path.is_dir():
        return _not_empty(FolderPacket(path), f"文件夹 {path} 是空的，没有可检查的文件。请把申请人的材料放进去再检查（empty folder）")
    if zipfile.is_zipfile(path):
        return _not_empty(ZipPacket(path, limits), f"压缩包 {path.name} 里没有文件。请重新打包后再检查（empty zip）")
    if path.suffix.lower() == ".zip":
        raise PacketNotFound(f"{path.name} 不是有效的 zip 压缩包（可能已损坏或未下载完整）。请重新打包或重新下载后再检查（corrupt zip）")
    raise PacketNotFound(f"{path} 既不是文件夹也不是 .zip 压缩包，请给出申请人的资料文件夹或其压缩包（not a folder or .zip）")


def _not_empty(packet: Packet, message: str) -> Packet:
    if not packet.members():
        raise PacketNotFound(message)
    return packet


def as_packet(source: Union[Path, str, Packet], limits: Limits = DEFAULT_LIMITS) -> Packet:
    """A path is opened as a folder or .zip; a Packet (e.g. the web page's uploads) is used as it is."""
    return open_packet(Path(source), limits) if isinstance(source, (str, Path)) else source
