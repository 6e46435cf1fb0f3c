"""The OCR cache: a second read of the same page does no OCR; another engine version misses."""
from PIL import Image

from precheck.core.model import OcrLine
from precheck.ocr.base import OcrResult
from precheck.ocr.cache import CachedEngine, OcrCache
from tests.stand_in import StandInEngine


class CountingEngine(StandInEngine):
    name = "fake"

    def __init__(self, version="1"):
        self.version = version
        self.calls = 0

    def recognize(self, image):
        self.calls += 1
        return OcrResult(lines=[OcrLine(text="劳动合同书", bbox=(0.1, 0.1, 0.5, 0.15), confidence=0.9)],
                         rotation=90, width=image.height, height=image.width)


def test_second_read_hits_the_cache(tmp_path):
    image = Image.new("RGB", (60, 40), "white")
    engine = CountingEngine()
    cached = CachedEngine(engine, OcrCache(tmp_path))
    first = cached.recognize(image)
    second = cached.recognize(image.copy())
    assert engine.calls == 1 and (cached.hits, cached.misses) == (1, 1)
    assert second.lines == first.lines and second.rotation == 90 and second.width == 40


def test_changed_pixels_or_engine_version_miss(tmp_path):
    image = Image.new("RGB", (60, 40), "white")
    cache = OcrCache(tmp_path)
    CachedEngine(CountingEngine(), cache).recognize(image)
    other = image.copy()
    other.putpixel((3, 3), (0, 0, 0))
    engine = CountingEngine()
    CachedEngine(engine, cache).recognize(other)
    newer = CountingEngine(version="2")
    CachedEngine(newer, cache).recognize(image)
    assert engine.calls == 1 and newer.calls == 1


def test_show_and_clear(tmp_path):
    cache = OcrCache(tmp_path)
    CachedEngine(CountingEngine(), cache).recognize(Image.new("RGB", (10, 10)))
    assert cache.stats().entries == 1 and cache.stats().engines == {"fake 1": 1}
    assert cache.clear() == 1
    assert cache.stats().entries == 0
