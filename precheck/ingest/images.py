"""Image files → upright RGB pages, with memory bounded: Pillow's decompression-bomb guard on what a file declares,
a pixel limit on what is decoded, JPEGs decoded at a fraction of their size, every page shrunk to the working size
before anything else is done to it."""
from __future__ import annotations

import io
import re
import warnings

from PIL import Image, ImageOps, UnidentifiedImageError

from precheck.core.limit_options import hint
from precheck.core.limits import Limits

try:
    import pillow_heif

    pillow_heif.register_heif_opener()
    HEIF_SUPPORTED = True
except ImportError:  # pragma: no cover - pillow-heif is a dependency
    HEIF_SUPPORTED = False

# SPEC §2's formats. Pillow would also open EPS (through Ghostscript), PSD, ICO…: none of those is a scan.
FORMATS = ("JPEG", "PNG", "TIFF", "BMP", "WEBP", "GIF", "HEIF")
# Formats whose every frame is a page; in the others (MPO depth maps, GIF and WebP animations) only the first is.
MULTI_PAGE = ("TIFF",)
REDUCED_DECODE = ("JPEG", "MPO")  # libjpeg decodes at 1/2, 1/4 or 1/8 of the size


class ImageRefused(Exception):
    """The file or frame is not read; str() is the message for people."""


NOT_AN_IMAGE = ("不是可识别的图片或 PDF 文件（可能扩展名与内容不符，或文件已损坏）。"
                "请上传 JPG/PNG/TIFF/BMP/WebP/HEIC/PDF（unrecognised file）")
TRUNCATED = "图片数据不完整或已损坏，无法显示。请重新拍照或扫描后上传（truncated or corrupt image）"


def open_image(data: bytes, limits: Limits) -> Image.Image:
    """Opened (not decoded) with Pillow's bomb guard at limits.max_image_pixels; warnings count as refusals too."""
    Image.MAX_IMAGE_PIXELS = limits.max_image_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            return Image.open(io.BytesIO(data), formats=FORMATS)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning) as exc:
        raise ImageRefused(_bomb(exc, limits)) from exc
    except (UnidentifiedImageError, SyntaxError, ValueError) as exc:
        raise ImageRefused(TRUNCATED if looks_like_image(data) else NOT_AN_IMAGE) from exc
    except Exception as exc:  # noqa: BLE001 - any decoder failure is a bad file, not a crash
        raise ImageRefused(TRUNCATED) from exc


def looks_like_image(data: bytes) -> bool:
    """The first bytes of one of FORMATS: a file that starts like an image but does not open is a damaged image."""
    head = data[:16]
    return (head.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"BM", b"II*\x00", b"MM\x00*"))
            or (head[:4] == b"RIFF" and head[8:12] == b"WEBP") or head[4:8] == b"ftyp")


def page_count(image: Image.Image) -> int:
    if image.format not in MULTI_PAGE:
        return 1
    try:
        return max(1, image.n_frames)
    except Exception:  # noqa: BLE001 - a broken frame chain: the frames before it still count
        return 1


def decode_page(data: bytes, index: int, limits: Limits) -> Image.Image:
    """Frame index of the file as an upright RGB page no larger than limits.working_max_side."""
    image = open_image(data, limits)
    try:
        if index:
            image.seek(index)
        if image.format in REDUCED_DECODE:
            image.draft("RGB", (limits.working_max_side, limits.working_max_side))
        width, height = image.size
        if width * height > limits.max_page_pixels:
            raise ImageRefused(_too_many_pixels(width, height, limits))
        image.load()
    except ImageRefused:
        raise
    except Exception as exc:  # noqa: BLE001
        raise ImageRefused(TRUNCATED) from exc
    image = _shrink(image, limits.working_max_side)
    if index == 0:
        image = ImageOps.exif_transpose(image)
    return to_rgb(image)


def _shrink(image: Image.Image, side: int) -> Image.Image:
    if max(image.size) <= side:
        return image
    if image.mode not in ("1", "L", "LA", "RGB", "RGBA", "I", "F", "CMYK", "YCbCr"):
        image = image.convert("RGBA" if image.mode in ("P", "PA") else "I")
    image.thumbnail((side, side), Image.Resampling.LANCZOS)  # in place: the EXIF orientation stays in info
    return image


def to_rgb(image: Image.Image) -> Image.Image:
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


def _bomb(exc: Exception, limits: Limits) -> str:
    declared = _declared_pixels(exc)
    size = f"图片声明有约 {declared / 1e6:,.0f} 百万像素，" if declared else ""
    return (f"{size}超过上限 {limits.max_image_pixels / 1e6:,.0f} 百万像素，疑似恶意的“解压炸弹”图片，已拒绝读取。"
            f"请上传正常拍摄或扫描的图片（decompression bomb; {hint('max_image_pixels')}）")


def _declared_pixels(exc: Exception):
    match = re.search(r"\((\d+) pixels\)", str(exc))
    return int(match.group(1)) if match else None


def _too_many_pixels(width: int, height: int, limits: Limits) -> str:
    return (f"图片为 {width}×{height}（{width * height / 1e6:,.0f} 百万像素），超过单页上限 "
            f"{limits.max_page_pixels / 1e6:,.0f} 百万像素，为控制内存未读取。请缩小图片，或另存为 JPG 后重新上传"
            f"（image too large; {hint('max_page_pixels')}）")
