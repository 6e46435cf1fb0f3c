"""The table of OCR engines, chosen by name (`--ocr`), each wrapped in the OCR cache unless told not to."""
from __future__ import annotations

from importlib import import_module
from typing import Optional

from precheck.core.errors import BadArguments
from precheck.ocr.base import OcrEngine

# name -> "module:class"; an engine is imported only when chosen, so the other's libraries need not be installed.
ENGINES = {
    "rapidocr": "precheck.ocr.rapid:RapidOcrEngine",
    "tesseract": "precheck.ocr.tesseract:TesseractEngine",
}
ENGINE_NAMES = tuple(ENGINES)
DEFAULT_ENGINE = "rapidocr"


def get_engine(name: str) -> OcrEngine:
    """Build the named engine, or raise EngineUnavailable naming the install command."""
    if name not in ENGINES:
        raise BadArguments(f"未知的 OCR 引擎：{name}。可选：{', '.join(ENGINE_NAMES)}（unknown OCR engine）")
    module, _, cls = ENGINES[name].partition(":")
    return getattr(import_module(module), cls)()


def open_engine(name: str, use_cache: bool = True, max_age_days: Optional[int] = None,
                in_memory: bool = False) -> OcrEngine:
    """The named engine behind the OCR cache (or not): on disk, keeping pages `max_age_days` (the limit's default
    when None), or in memory only, gone with the process."""
    from precheck.ocr.cache import CachedEngine, OcrCache

    engine = get_engine(name)
    if not use_cache:
        return engine
    return CachedEngine(engine, OcrCache(max_age_days=max_age_days, in_memory=in_memory))
