"""Files → pages. Every kind of file in SPEC §2, sniffed by content, never by name."""
from __future__ import annotations

import io
import warnings
from dataclasses import dataclass
from typing import Callable, Iterator, Optional, Union

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from precheck import pdf as pdfpages
from precheck.limits import DEFAULT_LIMITS, Limits
from precheck.model import OcrLine, PageRef
from precheck.packet import Packet

try:
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - pillow-heif is a dependency
    HEIF_SUPPORTED = False


@dataclass
class PageInput:
    """One page to read: either its text layer is known, or its image must be OCR'd."""

    ref: PageRef
    load_image: Callable[[], Image.Image]
    text_lines: Optional[list[OcrLine]] = None
    text_size: Optional[tuple[float, float]] = None
    # Decodes the page again later (for re-reading a field), holding only the file's bytes meanwhile.
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


def iter_pages(packet: Packet, limits: Limits = DEFAULT_LIMITS) -> Iterator[Union[PageInput, InputProblem]]:
    Image.MAX_IMAGE_PIXELS = limits.max_image_pixels
    members = packet.members()
    if len(members) > limits.max_files:
        yield InputProblem(
            file=".",
            page=None,
            message=f"资料中有 {len(members)} 个文件，超过上限 {limits.max_files}，只检查前 {limits.max_files} 个（too many files）",
        )
        members = members[: limits.max_files]
    total_bytes = 0
    page_count = 0
    for member in members:
        try:
            data = packet.read_bytes(member)
        except (OSError, PermissionError, KeyError) as exc:
            yield InputProblem(member, None, f"无法读取文件：{_reason(exc)}")
            continue
        total_bytes += len(data)
        if len(data) > limits.max_file_bytes:
            yield InputProblem(member, None, f"文件大小 {len(data) // 1048576} MB 超过上限 {limits.max_file_bytes // 1048576} MB，已跳过（file too large）")
            continue
        if total_bytes > limits.max_total_bytes:
            yield InputProblem(member, None, "资料总大小超过上限，其余文件未检查（packet too large）")
            break
        for item in _pages_of_file(member, data, limits):
            if isinstance(item, PageInput):
                page_count += 1
                if page_count > limits.max_pages_per_packet:
                    yield InputProblem(member, item.ref.page, f"资料页数超过上限 {limits.max_pages_per_packet}，其余页未检查（too many pages）")
                    return
            yield item


def count_pages(packet: Packet, limits: Limits = DEFAULT_LIMITS) -> int:
    """About how many pages iter_pages will give, without decoding any: the total of a progress bar."""
    total = 0
    for member in packet.members()[: limits.max_files]:
        try:
            data = packet.read_bytes(member)
        except (OSError, KeyError):
            continue
        total += min(_page_count(data), limits.max_pages_per_file)
    return min(total, limits.max_pages_per_packet)


def _page_count(data: bytes) -> int:
    try:
        if _is_pdf(data):
            document = pdfpages.open_pdf(data)
            count = len(document)
            document.close()
            return count
        return getattr(Image.open(io.BytesIO(data)), "n_frames", 1)
    except Exception:  # noqa: BLE001 - a file that cannot be opened has no pages to read; iter_pages reports it
        return 0


def _is_pdf(data: bytes) -> bool:
    return data[:1024].lstrip().startswith(b"%PDF") or b"%PDF-" in data[:1024]


def _pages_of_file(member: str, data: bytes, limits: Limits) -> Iterator[Union[PageInput, InputProblem]]:
    if not data:
        yield InputProblem(member, None, "文件是空的（0 字节），请重新上传（empty file）")
        return
    if _is_pdf(data):
        yield from _pdf_pages(member, data, limits)
        return
    yield from _image_pages(member, data, limits)


def _image_pages(member: str, data: bytes, limits: Limits) -> Iterator[Union[PageInput, InputProblem]]:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            frame_count = getattr(image, "n_frames", 1)
    except (UnidentifiedImageError, Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        yield InputProblem(member, None, _image_problem(exc))
        return
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a bad file, not a crash
        yield InputProblem(member, None, f"图片无法打开：{_reason(exc)}。请重新拍照或扫描")
        return
    if image.format in ("GIF",) or frame_count < 1:
        frame_count = 1
    if frame_count > limits.max_pages_per_file:
        yield InputProblem(member, None, f"文件有 {frame_count} 页，超过上限 {limits.max_pages_per_file}，只读前 {limits.max_pages_per_file} 页（too many pages）")
        frame_count = limits.max_pages_per_file
    for index in range(frame_count):
        ref = PageRef(file=member, page=index + 1)
        try:
            # Decode now so a truncated file is reported here, not later inside OCR.
            frame = _decode_frame(data, index, limits)
        except Exception as exc:  # noqa: BLE001
            yield InputProblem(member, index + 1, f"图片数据不完整或已损坏：{_reason(exc)}。请重新拍照或扫描（truncated or corrupt image）")
            continue
        yield PageInput(ref=ref, load_image=_cached(frame), reload=_decoder(data, index, limits))


def _decode_frame(data: bytes, index: int, limits: Limits) -> Image.Image:
    image = Image.open(io.BytesIO(data))
    if index:
        image.seek(index)
    if image.format == "JPEG":
        # Let libjpeg decode at a fraction of the size: a 15000 px photo never lands in memory whole.
        image.draft("RGB", (limits.working_max_side, limits.working_max_side))
    image.load()
    image = ImageOps.exif_transpose(image) if index == 0 else image
    image = _to_rgb(image)
    if max(image.size) > limits.working_max_side:
        image.thumbnail((limits.working_max_side, limits.working_max_side), Image.Resampling.LANCZOS)
    return image


def _to_rgb(image: Image.Image) -> Image.Image:
    if image.mode == "RGB":
        return image
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        background = Image.new("RGB", image.size, "white")
        rgba = image.convert("RGBA")
        background.paste(rgba, mask=rgba.getchannel("A"))
        return background
    if image.mode.startswith("I;16") or image.mode == "I":
        return ImageOps.autocontrast(image.convert("I").point(lambda v: v / 256).convert("L")).convert("RGB")
    return image.convert("RGB")


def _pdf_pages(member: str, data: bytes, limits: Limits) -> Iterator[Union[PageInput, InputProblem]]:
    try:
        document = pdfpages.open_pdf(data)
    except pdfpages.PdfError as exc:
        yield InputProblem(member, None, str(exc))
        return
    count = len(document)
    if count == 0:
        yield InputProblem(member, None, "PDF 中没有任何页面，请重新导出（PDF has no pages）")
        return
    if count > limits.max_pages_per_file:
        yield InputProblem(member, None, f"PDF 有 {count} 页，超过上限 {limits.max_pages_per_file}，只读前 {limits.max_pages_per_file} 页（too many pages）")
        count = limits.max_pages_per_file
    for index in range(count):
        ref = PageRef(file=member, page=index + 1)
        render = _pdf_renderer(document, index, limits.pdf_render_dpi)
        try:
            layer = pdfpages.text_layer(data, document, index)
        except Exception as exc:  # noqa: BLE001
            yield InputProblem(member, index + 1, f"PDF 页面无法读取：{_reason(exc)}")
            continue
        if layer is not None:
            yield PageInput(ref=ref, load_image=render, text_lines=layer.lines, text_size=(layer.width, layer.height))
        else:
            yield PageInput(ref=ref, load_image=render)


def _pdf_renderer(document, index: int, dpi: int) -> Callable[[], Image.Image]:
    def render() -> Image.Image:
        return pdfpages.render(document, index, dpi)

    return render


def _decoder(data: bytes, index: int, limits: Limits) -> Callable[[], Image.Image]:
    return lambda: _decode_frame(data, index, limits)


def _cached(image: Image.Image) -> Callable[[], Image.Image]:
    return lambda: image


def _image_problem(exc: Exception) -> str:
    if isinstance(exc, (Image.DecompressionBombError, Image.DecompressionBombWarning)):
        return "图片像素过多（可能是恶意的“解压炸弹”图片），已拒绝读取。请上传正常拍摄或扫描的图片（decompression bomb）"
    return "不是可识别的图片或 PDF 文件（可能扩展名与内容不符或文件已损坏）。请上传 JPG/PNG/TIFF/HEIC/PDF（unrecognised file）"


def _reason(exc: Exception) -> str:
    text = str(exc).strip() or type(exc).__name__
    return text[:200]
