"""Files → pages. Every kind of file in SPEC §2, sniffed by content, never by name; every limit enforced here.

A file that cannot be read, or that a limit stops, becomes one InputProblem with a message for people; the other
files of the packet are read as usual."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import partial
from typing import Callable, Iterator, Optional, Union

from PIL import Image

from precheck.ingest import pdf as pdfpages
from precheck.ingest.decode_ahead import DecodeAhead
from precheck.ingest.images import ImageRefused, decode_page, looks_like_image, open_image, page_count
from precheck.core.limit_options import hint
from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.core.model import WHOLE_PACKET, OcrLine, PageRef
from precheck.ingest.members import MemberProblem, Packet, TooLarge
from precheck.ingest.office import office_kind, office_refusal

log = logging.getLogger(__name__)
MB = 1024 * 1024
# How far into a file its kind is looked for: a PDF's "%PDF-" may come after some junk.
HEAD_BYTES = 1024


@dataclass
class PageInput:
    """One page to read: either its text layer is known, or its image must be OCR'd."""

    ref: PageRef
    load_image: Callable[[], Image.Image]
    text_lines: Optional[list[OcrLine]] = None
    text_size: Optional[tuple[float, float]] = None
    # Decodes the page again later (for re-reading a field) from the packet, so nothing of the file is held meanwhile.
    reload: Optional[Callable[[], Image.Image]] = None

    @property
    def has_text_layer(self) -> bool:
        return self.text_lines is not None


@dataclass
class InputProblem:
    """A file or page that could not be read; the rest of the packet goes on."""

    file: str
    page: Optional[int]
    message: str


Item = Union[PageInput, InputProblem]


def iter_pages(packet: Packet, limits: Limits = DEFAULT_LIMITS) -> Iterator[Item]:
    members = packet.members()
    if len(members) > limits.max_files:
        yield InputProblem(WHOLE_PACKET, None,
                           f"资料中有 {len(members)} 个文件，超过上限 {limits.max_files} 个，只检查了按文件名排在前面的 "
                           f"{limits.max_files} 个。请去掉无关文件，或分成几份检查（too many files; {hint('max_files')}）")
        members = members[: limits.max_files]
    ahead = DecodeAhead()
    try:
        yield from _pages_of_members(packet, members, limits, ahead)
    finally:
        ahead.close()


@dataclass
class _FileData:
    member: str
    data: bytes


def _pages_of_members(packet: Packet, members: list[str], limits: Limits, ahead: DecodeAhead) -> Iterator[Item]:
    """Each file's pages in turn; the next file is read one step early so that, when it is an image, its first page
    is decoded while this file's pages are read."""
    page_count_so_far = 0
    files = _file_contents(packet, members, limits)
    current = next(files, None)
    while current is not None:
        following = next(files, None)
        if isinstance(following, _FileData) and looks_like_image(following.data):
            ahead.start((following.member, 0), partial(decode_page, following.data, 0, limits))
        if isinstance(current, InputProblem):
            yield current
        else:
            for item in _guarded(current.member, _pages_of_file(packet, current.member, current.data, limits, ahead)):
                if isinstance(item, PageInput):
                    page_count_so_far += 1
                    if page_count_so_far > limits.max_pages_per_packet:
                        yield InputProblem(current.member, item.ref.page,
                                           f"资料总页数超过上限 {limits.max_pages_per_packet} 页，从这一页起其余页面未检查。"
                                           f"请去掉无关页面，或分成几份检查（too many pages; {hint('max_pages_per_packet')}）")
                        return
                yield item
        current = following


def _file_contents(packet: Packet, members: list[str], limits: Limits) -> Iterator[Union[_FileData, InputProblem]]:
    """Each file's bytes, or why they cannot be had; stops after the file that takes the packet over its total."""
    total_bytes = 0
    for position, member in enumerate(members):
        try:
            data = packet.read_bytes(member, limits.max_file_bytes)
        except TooLarge as exc:
            yield InputProblem(member, None, _too_large(exc, limits))
            continue
        except MemberProblem as exc:
            yield InputProblem(member, None, str(exc))
            continue
        total_bytes += len(data)
        if total_bytes > limits.max_total_bytes:
            left = len(members) - position
            yield InputProblem(member, None,
                               f"资料总大小超过上限 {size_text(limits.max_total_bytes)}，从这个文件起其余 {left} 个文件未检查。"
                               f"请去掉无关或重复的文件后再检查（packet too large; {hint('max_total_bytes')}）")
            return
        yield _FileData(member, data)


def count_pages(packet: Packet, limits: Limits = DEFAULT_LIMITS) -> int:
    """About how many pages iter_pages will give, without decoding any: the total of a progress bar."""
    total = 0
    for member in packet.members()[: limits.max_files]:
        try:
            data = packet.read_bytes(member, limits.max_file_bytes)
        except (MemberProblem, OSError, KeyError):
            continue
        total += min(_page_count(data, limits), limits.max_pages_per_file)
    return min(total, limits.max_pages_per_packet)


def _page_count(data: bytes, limits: Limits) -> int:
    try:
        if _is_pdf(data):
            document = pdfpages.open_pdf(data)
            count = len(document)
            document.close()
            return count
        return page_count(open_image(data, limits))
    except Exception:  # noqa: BLE001 - a file that cannot be opened has no pages to read; iter_pages reports it
        return 0


def _is_pdf(data: bytes) -> bool:
    return data[:HEAD_BYTES].lstrip().startswith(b"%PDF") or b"%PDF-" in data[:HEAD_BYTES]


def _guarded(member: str, items: Iterator[Item]) -> Iterator[Item]:
    """A decoder's unforeseen failure costs its file, never the packet."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001
        log.warning("ingest failed on a file: %s", type(exc).__name__)  # no file name: names can be personal
        yield InputProblem(member, None, "这个文件无法读取（程序内部错误），其余文件照常检查。"
                                         "请把它另存或重新扫描后再试（internal error）")


def _too_large(exc: TooLarge, limits: Limits) -> str:
    limit = size_text(limits.max_file_bytes)
    if exc.compressed is None:
        return (f"文件大小{_mb(exc.size)}超过单个文件上限 {limit}，已跳过。请压缩图片或拆分文件后重新上传"
                f"（file too large; {hint('max_file_bytes')}）")
    ratio = f"，压缩比约 {exc.size // max(exc.compressed, 1):,}:1" if exc.size else ""
    bomb = "，疑似“压缩炸弹”" if exc.size and exc.size > 100 * max(exc.compressed, 1) else ""
    return (f"压缩包中的这个文件解压后{_mb(exc.size)}超过单个文件上限 {limit}{ratio}{bomb}，已拒绝解压。"
            f"请检查压缩包来源，或拆分后重新打包（file too large when unzipped; {hint('max_file_bytes')}）")


def _mb(size: Optional[int]) -> str:
    return f" {size_text(size)} " if size else ""


def size_text(size: int) -> str:
    """Bytes as people read them: '200 MB', '19.5 KB' (a limit set below 1 MB must not read '0 MB')."""
    if size < 1024:
        return f"{size} 字节"
    value, unit = (size / MB, "MB") if size >= MB else (size / 1024, "KB")
    return f"{value:,.1f}".removesuffix(".0") + f" {unit}"


def _pages_of_file(packet: Packet, member: str, data: bytes, limits: Limits, ahead: DecodeAhead) -> Iterator[Item]:
    if not data:
        yield InputProblem(member, None, "文件是空的（0 字节），请重新上传（empty file）")
        return
    if _is_pdf(data):
        yield from _pdf_pages(packet, member, data, limits)
        return
    office = office_kind(member, data[:HEAD_BYTES])
    if office is not None:
        yield InputProblem(member, None, office_refusal(office))
        return
    if data.startswith(b"PK\x03\x04"):
        yield InputProblem(member, None, "这是一个压缩包；资料里的压缩包不会被打开。请解压后把其中的文件直接放进资料（nested zip）")
        return
    yield from _image_pages(packet, member, data, limits, ahead)


def _image_pages(packet: Packet, member: str, data: bytes, limits: Limits, ahead: DecodeAhead) -> Iterator[Item]:
    try:
        frames = page_count(open_image(data, limits))
    except ImageRefused as exc:
        yield InputProblem(member, None, str(exc))
        return
    if frames > limits.max_pages_per_file:
        yield InputProblem(member, None, _too_many_pages_in_file(frames, limits))
        frames = limits.max_pages_per_file
    for index in range(frames):
        try:
            # Decoded now so a truncated file is reported here, not later inside OCR.
            frame = ahead.take((member, index), partial(decode_page, data, index, limits))
        except ImageRefused as exc:
            yield InputProblem(member, index + 1 if frames > 1 else None, str(exc))
            continue
        if index + 1 < frames:
            ahead.start((member, index + 1), partial(decode_page, data, index + 1, limits))
        yield PageInput(ref=PageRef(file=member, page=index + 1), load_image=_cached(frame),
                        reload=_reloader(packet, member, limits, lambda again, index=index: decode_page(again, index, limits)))


def _too_many_pages_in_file(count: int, limits: Limits) -> str:
    return (f"这个文件有 {count} 页，超过单个文件上限 {limits.max_pages_per_file} 页，只读了前 {limits.max_pages_per_file} 页。"
            f"请把需要的页面单独存成文件（too many pages in file; {hint('max_pages_per_file')}）")


def _pdf_pages(packet: Packet, member: str, data: bytes, limits: Limits) -> Iterator[Item]:
    try:
        document = pdfpages.open_pdf(data)
    except pdfpages.PdfError as exc:
        yield InputProblem(member, None, str(exc))
        return
    count = len(document)
    if count == 0:
        yield InputProblem(member, None, pdfpages.NO_PAGES)
        return
    if count > limits.max_pages_per_file:
        yield InputProblem(member, None, _too_many_pages_in_file(count, limits))
        count = limits.max_pages_per_file
    with pdfpages.TextLayers(data) as layers:
        for index in range(count):
            ref = PageRef(file=member, page=index + 1)
            try:
                layer = layers.page(document, index)
            except Exception:  # noqa: BLE001 - one broken page; the others are still read
                yield InputProblem(member, index + 1, "PDF 的这一页已损坏，无法读取。请重新导出或扫描（broken PDF page）")
                continue
            reload = _reloader(packet, member, limits, _pdf_page_decoder(index, limits))
            render = _pdf_renderer(document, index, limits.pdf_render_dpi)
            if layer is not None:
                yield PageInput(ref=ref, load_image=render, text_lines=layer.lines,
                                text_size=(layer.width, layer.height), reload=reload)
            else:
                yield PageInput(ref=ref, load_image=render, reload=reload)


def _pdf_page_decoder(index: int, limits: Limits) -> Callable[[bytes], Image.Image]:
    return lambda data: pdfpages.render(pdfpages.open_pdf(data), index, limits.pdf_render_dpi)


def _pdf_renderer(document, index: int, dpi: int) -> Callable[[], Image.Image]:
    def render() -> Image.Image:
        return pdfpages.render(document, index, dpi)

    return render


def _reloader(packet: Packet, member: str, limits: Limits,
              decode: Callable[[bytes], Image.Image]) -> Callable[[], Image.Image]:
    return lambda: decode(packet.read_bytes(member, limits.max_file_bytes))


def _cached(image: Image.Image) -> Callable[[], Image.Image]:
    return lambda: image
