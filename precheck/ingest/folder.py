"""A packet folder, walked without following links: a link is read only when it points at a file inside the folder."""
from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Optional

from precheck.core.errors import PacketNotFound
from precheck.core.names import display_path
from precheck.ingest.members import MemberProblem, TooLarge, natural_key

OUTSIDE = "这是指向资料文件夹之外的链接（symlink），为安全起见未读取。请把文件本身放进资料文件夹（symlink leaves the packet）"
BROKEN_LINK = "这是无效的链接：目标不存在，或链接指向自己形成循环，未读取。请把文件本身放进资料文件夹（broken or looping symlink）"
LINKED_FOLDER = "这是指向文件夹的链接，未跟随读取。请把文件本身放进资料文件夹（symlinked folder not followed）"
NOT_A_FILE = "不是普通文件（设备、管道或套接字），已跳过（not a regular file）"
NO_PERMISSION = "没有读取这个文件的权限，未能检查。请修改文件权限后重试（permission denied）"
FOLDER_CLOSED = "无法打开这个文件夹（没有权限），其中的文件都未检查。请修改权限后重试（unreadable folder）"


@dataclass
class _Entry:
    path: Path
    problem: Optional[str] = None


class FolderPacket:
    def __init__(self, root: Path):
        self.root = root
        self.name = str(root)
        self._resolved_root = root.resolve()
        self._entries: dict[str, _Entry] = {}
        self._walk()

    def members(self) -> list[str]:
        return sorted(self._entries, key=natural_key)

    def read_bytes(self, member: str, max_bytes: Optional[int] = None) -> bytes:
        entry = self._entries[member]
        if entry.problem:
            raise MemberProblem(entry.problem)
        problem = self._link_problem(entry.path) if entry.path.is_symlink() else None
        if problem:  # it changed since the walk
            raise MemberProblem(problem)
        try:
            with _open(entry.path) as handle:
                info = os.fstat(handle.fileno())
                if not stat.S_ISREG(info.st_mode):  # replaced by a pipe or device since the walk
                    raise MemberProblem(NOT_A_FILE)
                size = info.st_size
                if max_bytes is not None and size > max_bytes:
                    raise TooLarge(size)
                data = handle.read() if max_bytes is None else handle.read(max_bytes + 1)
        except PermissionError as exc:
            raise MemberProblem(NO_PERMISSION) from exc
        except OSError as exc:
            raise MemberProblem(f"无法读取这个文件（{exc.strerror or type(exc).__name__}），请重新复制后再检查（read error）") from exc
        if max_bytes is not None and len(data) > max_bytes:
            raise TooLarge(None)  # it grew while being read
        return data

    # ---- the walk ----

    def _walk(self) -> None:
        def unreadable(error: OSError) -> None:
            if Path(error.filename or self.root) == self.root:
                raise PacketNotFound(f"无法打开资料文件夹 {self.root}（{error.strerror or '没有权限'}）。请检查权限后重试（unreadable folder）")
            self._add(Path(error.filename), FOLDER_CLOSED, folder=True)

        for folder, subfolders, files in os.walk(self.root, onerror=unreadable, followlinks=False):
            here = Path(folder)
            subfolders[:] = [d for d in subfolders if not d.startswith(".")]  # .git, .Trash
            for name in list(subfolders):
                if (here / name).is_symlink():
                    subfolders.remove(name)
                    self._add(here / name, self._link_problem(here / name) or LINKED_FOLDER, folder=True)
            for name in files:
                if name.startswith("."):
                    continue  # hidden files: .DS_Store, editor swap files
                path = here / name
                self._add(path, self._link_problem(path) if path.is_symlink() else _not_regular(path))

    def _add(self, path: Path, problem: Optional[str], folder: bool = False) -> None:
        name = display_path(path.relative_to(self.root).as_posix()) + ("/" if folder else "")
        while name in self._entries:  # two raw names that read the same once decoded
            name += "~"
        self._entries[name] = _Entry(path, problem)

    def _link_problem(self, path: Path) -> Optional[str]:
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # missing target, or a loop (RuntimeError before Python 3.13)
            return BROKEN_LINK
        if not target.is_relative_to(self._resolved_root):
            return OUTSIDE
        if target.is_dir():
            return LINKED_FOLDER
        return _not_regular(target)


def _not_regular(path: Path) -> Optional[str]:
    try:
        mode = path.stat().st_mode
    except PermissionError:
        return NO_PERMISSION
    except OSError:
        return BROKEN_LINK
    return None if stat.S_ISREG(mode) else NOT_A_FILE


def _open(path: Path) -> BinaryIO:
    """Opened here, and only here, so a test can make a file unreadable even to root. Non-blocking, so a file that
    became a named pipe after the walk is refused at once instead of waiting for a writer."""
    return os.fdopen(os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0)), "rb")
