"""Receiving an upload: the multipart body is parsed as it streams in, each file sniffed by its first bytes and
written to a fresh temporary folder as 0001.jpg, 0002.pdf…; the limits are enforced chunk by chunk.

Nothing is held whole in memory and nothing outlives the check: the folder is removed on any error here,
and by whoever runs the check once it is handed over (`Upload.cleanup`)."""
from __future__ import annotations

import logging
import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import AsyncIterator, BinaryIO, Optional, Union

import anyio
from python_multipart.exceptions import FormParserError
from python_multipart.multipart import MultipartParser, MultipartState, parse_options_header

from precheck.core.declarations import Declarations, from_pairs
from precheck.core.errors import BadArguments
from precheck.core.limits import Limits
from precheck.doors.arguments import parse_application, parse_as_of
from precheck.doors.web.sniff import ACCEPTED, HEAD_BYTES, refusal, sniff
from precheck.doors.web.upload_packet import StoredFile, UploadPacket

log = logging.getLogger(__name__)

MAX_FIELD_BYTES = 1000  # as_of, application: a few characters each
MAX_FIELDS = 30
BODY_OVERHEAD_BYTES = 1024 * 1024  # multipart headers and boundaries on top of the files themselves


class UploadError(Exception):
    """An upload refused as a whole; `status` is the HTTP status, the message is for people (Chinese first)."""

    def __init__(self, status: int, message: str):
        super().__init__(message)
        self.status = status
        self.message = message


@dataclass
class Upload:
    directory: Path
    files: list[StoredFile] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)

    @property
    def accepted(self) -> list[StoredFile]:
        return [f for f in self.files if not f.refused]

    @property
    def refused(self) -> list[StoredFile]:
        return [f for f in self.files if f.refused]

    def as_of(self) -> date:
        return parse_as_of(self.fields.get("as_of"))

    def application(self) -> str:
        return parse_application(self.fields.get("application"))

    def declarations(self) -> Declarations:
        return from_pairs([f"{name[len(DECLARE_PREFIX):]}={value}" for name, value in self.fields.items()
                           if name.startswith(DECLARE_PREFIX) and value.strip()])

    def packet(self, limits: Limits) -> UploadPacket:
        return UploadPacket(self.files, f"网页上传的 {len(self.files)} 个文件", limits)

    def cleanup(self) -> None:
        shutil.rmtree(self.directory, ignore_errors=True)


FIELD_CHECKS = {"as_of": parse_as_of, "application": parse_application}
DECLARE_PREFIX = "declare."  # form fields declare.<key>: the points items the person declares (SPEC §6)


def check_field(name: str, value: str) -> None:
    """A form field the command line also takes, parsed as it parses it; a bad one is refused with 422."""
    try:
        if name.startswith(DECLARE_PREFIX):
            from_pairs([f"{name[len(DECLARE_PREFIX):]}={value}"])
        else:
            FIELD_CHECKS[name](value)
    except BadArguments as exc:
        raise UploadError(422, str(exc)) from None


async def receive_upload(headers, stream: AsyncIterator[bytes], limits: Limits,
                         temp_root: Union[str, Path, None] = None) -> Upload:
    """Parse a multipart upload into a new temporary folder; raise UploadError (the folder removed) when refused."""
    content_type, params = parse_options_header(headers.get("content-type", ""))
    if content_type != b"multipart/form-data" or b"boundary" not in params:
        raise UploadError(415, "请以 multipart/form-data 上传文件（字段 files、as_of、application）（expected multipart/form-data）")
    declared = headers.get("content-length")
    if declared and declared.isdigit() and int(declared) > limits.upload_max_total_bytes + BODY_OVERHEAD_BYTES:
        raise UploadError(413, _too_large_total(limits))
    receiver = _Receiver(Path(tempfile.mkdtemp(prefix="precheck-upload-", dir=temp_root)), limits)
    try:
        parser = MultipartParser(params[b"boundary"], receiver.callbacks())
        async for chunk in stream:
            receiver.count_body(len(chunk))
            parser.write(chunk)
            # File writes go to a worker thread: the event loop never waits on the disk.
            await anyio.to_thread.run_sync(receiver.flush)
        parser.finalize()
        if parser.state != MultipartState.END:  # python-multipart's finalize does not check this itself
            raise FormParserError("the body ended before its closing boundary")
        await anyio.to_thread.run_sync(receiver.flush)
    except BaseException as exc:
        receiver.abort()
        if isinstance(exc, FormParserError):
            raise UploadError(400, "上传的数据不完整或格式不对，请重新上传（malformed multipart body）") from None
        raise
    upload = receiver.upload
    if not upload.files:
        upload.cleanup()
        raise UploadError(422, "没有收到文件。请选择或拖入要检查的材料（no files）")
    if not upload.accepted:
        upload.cleanup()
        names = "；".join(f"{f.display}：{f.refused}" for f in upload.refused[:5])
        kinds = "" if ACCEPTED in names else f"可以检查的是 {ACCEPTED}。"
        raise UploadError(415, f"没有可以检查的文件。{names}。{kinds}（no supported file）")
    log.info("upload received: %d files (%d refused), %.1f MB", len(upload.files), len(upload.refused),
             sum(f.size for f in upload.files) / 1e6)
    return upload


def _too_large_total(limits: Limits) -> str:
    return (f"上传的文件总大小超过上限 {limits.upload_max_total_bytes // 1048576} MB。请分几次检查，"
            f"或把照片压缩后再上传（upload too large）")


class _Receiver:
    """python-multipart callbacks: parts become StoredFiles; disk writes are queued for `flush`."""

    def __init__(self, directory: Path, limits: Limits):
        self.upload = Upload(directory)
        self.limits = limits
        self.body_bytes = 0
        self.file_bytes = 0
        self._pending: list[tuple[StoredFile, Optional[bytes]]] = []  # (file, data); None data closes it
        self._open: dict[int, BinaryIO] = {}
        self._header_name = b""
        self._header_value = b""
        self._disposition = b""
        self._part: Optional[StoredFile] = None  # the file part being received
        self._field: Optional[tuple[str, bytearray]] = None  # or the form field
        self._head = bytearray()  # a file's first bytes, until there are enough to sniff

    def callbacks(self) -> dict:
        return {"on_part_begin": self.on_part_begin, "on_part_data": self.on_part_data, "on_part_end": self.on_part_end,
                "on_header_field": self.on_header_field, "on_header_value": self.on_header_value,
                "on_header_end": self.on_header_end, "on_headers_finished": self.on_headers_finished}

    def count_body(self, size: int) -> None:
        self.body_bytes += size
        if self.body_bytes > self.limits.upload_max_total_bytes + BODY_OVERHEAD_BYTES:
            raise UploadError(413, _too_large_total(self.limits))

    # -- headers ------------------------------------------------------------------------------------------

    def on_part_begin(self) -> None:
        self._disposition = b""
        self._part, self._field = None, None
        self._head = bytearray()

    def on_header_field(self, data: bytes, start: int, end: int) -> None:
        self._header_name += data[start:end]

    def on_header_value(self, data: bytes, start: int, end: int) -> None:
        self._header_value += data[start:end]

    def on_header_end(self) -> None:
        if self._header_name.lower() == b"content-disposition":
            self._disposition = self._header_value
        self._header_name, self._header_value = b"", b""

    def on_headers_finished(self) -> None:
        _, options = parse_options_header(self._disposition.decode("latin-1"))
        if b"filename" in options:
            if len(self.upload.files) >= self.limits.max_files:
                raise UploadError(413, f"一次最多上传 {self.limits.max_files} 个文件，请分几次检查（too many files）")
            self._part = StoredFile(display=self._unique(display_name(options[b"filename"])))
            self.upload.files.append(self._part)
        else:
            if len(self.upload.fields) >= MAX_FIELDS:
                raise UploadError(413, "表单字段过多（too many form fields）")
            self._field = (options.get(b"name", b"").decode("utf-8", "replace"), bytearray())

    # -- data ---------------------------------------------------------------------------------------------

    def on_part_data(self, data: bytes, start: int, end: int) -> None:
        chunk = data[start:end]
        if self._field is not None:
            self._field[1].extend(chunk)
            if len(self._field[1]) > MAX_FIELD_BYTES:
                raise UploadError(413, f"表单字段 {self._field[0][:40]} 过长（form field too long）")
            return
        part = self._part
        if part is None:
            return
        part.size += len(chunk)
        self.file_bytes += len(chunk)
        if part.size > self.limits.upload_max_file_bytes:
            raise UploadError(413, f"文件“{part.display}”超过单个文件上限 {self.limits.upload_max_file_bytes // 1048576} MB。"
                                   f"请压缩或重新扫描（分辨率 200–300 dpi 即可）后再上传（file too large）")
        if self.file_bytes > self.limits.upload_max_total_bytes:
            raise UploadError(413, _too_large_total(self.limits))
        if part.kind is None and part.refused is None:
            self._head.extend(chunk)
            if len(self._head) >= HEAD_BYTES:
                self._decide(part)
        elif part.path is not None:
            self._pending.append((part, chunk))

    def on_part_end(self) -> None:
        if self._field is not None:
            name, value = self._field[0], self._field[1].decode("utf-8", "replace")
            if name in FIELD_CHECKS or name.startswith(DECLARE_PREFIX):
                check_field(name, value)  # a bad date is refused now, before the files are read
            self.upload.fields[name] = value
        elif self._part is not None:
            if self._part.kind is None and self._part.refused is None:
                self._decide(self._part)
            if self._part.path is not None:
                self._pending.append((self._part, None))
        self._part, self._field = None, None

    def _decide(self, part: StoredFile) -> None:
        head = bytes(self._head)
        kind = sniff(head)
        if kind is None:
            part.refused = refusal(head)
        else:
            part.kind = kind
            part.path = self.upload.directory / f"{len(self.upload.files):04d}.{kind}"
            self._pending.append((part, head))
        self._head = bytearray()

    def _unique(self, name: str) -> str:
        taken = {f.display for f in self.upload.files}
        if name not in taken:
            return name
        stem, dot, extension = name.rpartition(".")
        if not dot or "/" in extension:
            stem, dot, extension = name, "", ""
        number = 2
        while f"{stem} ({number}){dot}{extension}" in taken:
            number += 1
        return f"{stem} ({number}){dot}{extension}"

    # -- disk -------------------------------------------------------------------------------------------

    def flush(self) -> None:
        pending, self._pending = self._pending, []
        for part, data in pending:
            key = id(part)
            if data is None:
                handle = self._open.pop(key, None)
                if handle:
                    handle.close()
                continue
            if key not in self._open:
                self._open[key] = open(part.path, "xb")  # noqa: SIM115 - closed at the part's end or on abort
            self._open[key].write(data)

    def abort(self) -> None:
        for handle in self._open.values():
            handle.close()
        self._open.clear()
        self.upload.cleanup()


def display_name(raw: bytes) -> str:
    """The file's name as the browser sent it (a folder upload sends its relative path), for display only."""
    text = raw.decode("utf-8", "replace").replace("\\", "/")
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    return text[-200:] or "未命名文件"
