"""A packet is a folder or a .zip of one; both are read in place and never written to."""
from __future__ import annotations

import re
import zipfile
from pathlib import Path, PurePosixPath
from typing import Protocol, Union

from precheck.errors import PacketNotFound


class Packet(Protocol):
    name: str

    def members(self) -> list[str]:
        """Relative paths of the packet's files, in natural order."""
        ...

    def read_bytes(self, member: str) -> bytes: ...


def natural_key(path: str) -> list:
    """'page10' after 'page9', as a person would sort them."""
    return [int(part) if part.isdigit() else part.lower() for part in re.split(r"(\d+)", path)]


class FolderPacket:
    def __init__(self, root: Path):
        self.root = root
        self.name = str(root)
        self._resolved_root = root.resolve()

    def members(self) -> list[str]:
        found = []
        for path in self.root.rglob("*"):
            if any(part.startswith(".") for part in path.relative_to(self.root).parts):
                continue  # hidden files: .DS_Store, editor swap files
            if path.is_symlink() and not self._inside(path):
                found.append(path.relative_to(self.root).as_posix())  # reported on read
                continue
            if path.is_file():
                found.append(path.relative_to(self.root).as_posix())
        return sorted(found, key=natural_key)

    def _inside(self, path: Path) -> bool:
        try:
            return path.resolve().is_relative_to(self._resolved_root)
        except (OSError, RuntimeError):
            return False

    def read_bytes(self, member: str) -> bytes:
        path = self.root / member
        if not self._inside(path):
            raise PermissionError("链接指向资料文件夹之外，已跳过（symlink leaves the packet）")
        return path.read_bytes()


class ZipPacket:
    def __init__(self, path: Path):
        self.path = path
        self.name = str(path)
        try:
            self._zip = zipfile.ZipFile(path)
        except zipfile.BadZipFile as exc:
            raise PacketNotFound(f"无法打开压缩包 {path}：文件已损坏或不是 zip 格式（bad zip file）") from exc
        self._infos = {}
        for info in self._zip.infolist():
            if info.is_dir():
                continue
            name = _zip_member_name(info)
            parts = PurePosixPath(name).parts
            if any(part.startswith(".") or part == "__MACOSX" for part in parts):
                continue
            self._infos[name] = info

    def members(self) -> list[str]:
        return sorted(self._infos, key=natural_key)

    def read_bytes(self, member: str) -> bytes:
        return self._zip.read(self._infos[member])

    def size(self, member: str) -> int:
        """The member's size as the zip declares it (reading stops there), before anything is unpacked."""
        return self._infos[member].file_size

    def close(self) -> None:
        self._zip.close()


def _zip_member_name(info: zipfile.ZipInfo) -> str:
    name = info.filename
    if not info.flag_bits & 0x800:
        # No UTF-8 flag: Windows zip tools in China write GBK names.
        try:
            name = name.encode("cp437").decode("gbk")
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    return name


def open_packet(path: Path) -> Packet:
    if not path.exists():
        raise PacketNotFound(f"找不到资料：{path}。请检查路径是否正确（no such path）")
    if path.is_dir():
        return FolderPacket(path)
    if zipfile.is_zipfile(path):
        return ZipPacket(path)
    if path.suffix.lower() == ".zip":
        raise PacketNotFound(f"{path.name} 不是有效的 zip 压缩包（可能已损坏或未下载完整）。请重新打包或重新下载后再检查（corrupt zip）")
    raise PacketNotFound(f"{path} 既不是文件夹也不是 .zip 压缩包，请给出申请人的资料文件夹或其压缩包（not a folder or .zip）")


def as_packet(source: Union[Path, str, Packet]) -> Packet:
    """A path is opened as a folder or .zip; a Packet (e.g. the web page's uploads) is used as it is."""
    return open_packet(Path(source)) if isinstance(source, (str, Path)) else source
