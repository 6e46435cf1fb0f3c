"""The limits a user may change, by name and in the units people think in: `--limit file-mb=200`."""
from __future__ import annotations

from dataclasses import dataclass, replace

from precheck.core.errors import BadArguments
from precheck.core.limits import DEFAULT_LIMITS, Limits

MB = 1024 * 1024


@dataclass(frozen=True)
class LimitOption:
    name: str
    field: str
    unit: int
    unit_label: str
    meaning: str

    def default(self, limits: Limits = DEFAULT_LIMITS) -> int:
        return getattr(limits, self.field) // self.unit


OPTIONS = (
    LimitOption("files", "max_files", 1, "个", "每份资料的文件数 / files per packet"),
    LimitOption("file-mb", "max_file_bytes", MB, "MB", "单个文件大小（压缩包内为解压后）/ bytes per file"),
    LimitOption("total-mb", "max_total_bytes", MB, "MB", "资料总大小 / bytes per packet"),
    LimitOption("pages", "max_pages_per_packet", 1, "页", "每份资料的总页数 / pages per packet"),
    LimitOption("pages-per-file", "max_pages_per_file", 1, "页", "单个 PDF 或 TIFF 的页数 / pages per file"),
    LimitOption("page-megapixels", "max_page_pixels", 1_000_000, "百万像素", "单页解码的像素 / pixels per page"),
    LimitOption("image-megapixels", "max_image_pixels", 1_000_000, "百万像素",
                "图片声明的像素（解压炸弹防护）/ declared pixels (decompression-bomb guard)"),
    LimitOption("upload-file-mb", "upload_max_file_bytes", MB, "MB", "网页版：单个上传文件 / web page: bytes per uploaded file"),
    LimitOption("upload-mb", "upload_max_total_bytes", MB, "MB", "网页版：一次上传合计 / web page: bytes per upload"),
    LimitOption("cache-days", "cache_max_age_days", 1, "天", "OCR 缓存保留天数 / days the OCR cache keeps a page's text"),
)
BY_NAME = {option.name: option for option in OPTIONS}
BY_FIELD = {option.field: option for option in OPTIONS}


def hint(field: str) -> str:
    """How to change the limit a message is about: '--limit file-mb=N'."""
    return f"--limit {BY_FIELD[field].name}=N"


def parse_limits(values: list[str], base: Limits = DEFAULT_LIMITS) -> Limits:
    """`NAME=VALUE` pairs over the defaults; a bad name or value is a BadArguments naming the valid ones."""
    changes = {}
    for value in values:
        name, _, number = value.partition("=")
        option = BY_NAME.get(name.strip())
        if option is None:
            raise BadArguments(f"--limit 不认识“{name}”。可用：{', '.join(BY_NAME)}（unknown limit）")
        try:
            amount = float(number)
        except ValueError:
            amount = -1
        if not amount > 0 or amount * option.unit >= 2**62:
            raise BadArguments(f"--limit {option.name} 的值应为正数，例如 --limit {option.name}={option.default() * 2}；"
                               f"收到的是“{number}”（bad limit value）")
        changes[option.field] = max(1, round(amount * option.unit))
    return replace(base, **changes)


def options_help() -> str:
    return "；".join(f"{o.name}（{o.meaning}，默认 {o.default()} {o.unit_label}）" for o in OPTIONS)
