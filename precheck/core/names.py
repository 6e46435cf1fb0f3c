"""File names as people see them: decoded to text, on one line, safe to put in a terminal, JSON, CSV or HTML report.

A packet's file names come from phones, Windows zip tools and file systems, so they may be GBK bytes, hold line
breaks or carry characters that turn text around (right-to-left overrides that make "gpj.exe" read "exe.jpg")."""
from __future__ import annotations

import os
import re

# C0 and C1 controls, line and paragraph separators, and the bidirectional overrides and isolates.
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def printable(name: str) -> str:
    """The name on one line: control and direction-changing characters written as escapes (\\n, \\x07, \\u202e)."""
    def escape(match: re.Match) -> str:
        char = match.group()
        if char in _NAMED:
            return _NAMED[char]
        return f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}"

    return _UNSAFE.sub(escape, name)


def decode_bytes(raw: bytes) -> str:
    """UTF-8 if the bytes are UTF-8, else GBK (Windows in China), else UTF-8 with replacement characters."""
    for encoding in ("utf-8", "gbk"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", errors="replace")


def decode_os_name(name: str) -> str:
    """A name from the file system: bytes that were not UTF-8 (which Python keeps as lone surrogates) decoded again."""
    try:
        name.encode("utf-8")
        return name
    except UnicodeEncodeError:
        return decode_bytes(os.fsencode(name))


def display_path(name: str) -> str:
    """A path from the file system, as a report shows it."""
    return printable(decode_os_name(name))
