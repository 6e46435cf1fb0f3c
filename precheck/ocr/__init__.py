"""OCR engines behind one interface; `get_engine(name)` picks one by the --ocr option."""
from precheck.ocr.base import ENGINE_NAMES, OcrEngine, OcrResult, get_engine

__all__ = ["ENGINE_NAMES", "OcrEngine", "OcrResult", "get_engine"]
