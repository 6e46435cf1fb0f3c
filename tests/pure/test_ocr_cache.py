"""The OCR cache: a second read of the same page does no OCR; another engine version misses."""
from PIL import Image

from precheck.core.model import OcrLine
from precheck.ocr.base import OcrResult
from precheck.ocr.cache import CachedEngine, OcrCache
from precheck.ocr.seal_rings import NO_SEALS, Ring, SealSearch
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


class SealFindingEngine(CountingEngine):
    def __init__(self, grey_seals):
        super().__init__()
        self.grey_seals = grey_seals

    def recognize(self, image):
        result = super().recognize(image)
        result.grey_seals = self.grey_seals
        return result


def test_the_seal_search_of_a_page_is_kept_with_its_reading(tmp_path):
    """A second look at a page takes its seals off as the first reading found them; a re-run from the cache too."""
    found = SealSearch((Ring(120.5, 88.0, 40.25),), 141.0, 236)
    for grey_seals in (found, NO_SEALS):
        image = Image.new("RGB", (60, 40), "white" if grey_seals is found else "grey")
        cache = OcrCache(tmp_path)
        CachedEngine(SealFindingEngine(grey_seals), cache).recognize(image)
        assert CachedEngine(CountingEngine(), cache).recognize(image).grey_seals == grey_seals
    # an entry from before the search was kept: not known, so a second look searches the page itself
    assert CachedEngine(CountingEngine(), OcrCache(tmp_path)).recognize(Image.new("RGB", (5, 5))).grey_seals is None


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


class LineCountingEngine(CountingEngine):
    def read_line(self, crop):
        self.calls += 1
        return OcrLine(text="张三", bbox=(0.0, 0.0, 1.0, 1.0), confidence=0.97) if crop.width > 20 else None


def test_second_looks_are_kept_too_and_a_blank_crop_stays_blank(tmp_path):
    engine = LineCountingEngine()
    cached = CachedEngine(engine, OcrCache(tmp_path))
    wide, narrow = Image.new("RGB", (60, 20), "white"), Image.new("RGB", (10, 20), "white")
    first, blank = cached.read_line(wide), cached.read_line(narrow)
    again, blank_again = cached.read_line(wide.copy()), cached.read_line(narrow.copy())
    assert engine.calls == 2 and (cached.hits, cached.misses) == (2, 2)
    assert again == first and again.text == "张三" and blank is None and blank_again is None
