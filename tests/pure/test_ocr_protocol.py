"""Every engine in the table offers the whole OcrEngine protocol, so no caller needs to probe with hasattr."""
import inspect
from importlib import import_module

import pytest

from precheck.ocr.base import OcrEngine
from precheck.ocr.cache import CachedEngine
from precheck.ocr.engines import ENGINES, get_engine
from precheck.core.errors import BadArguments

METHODS = [name for name, member in vars(OcrEngine).items() if inspect.isfunction(member) and not name.startswith("_")]


def engine_classes():
    for name, target in ENGINES.items():
        module, _, cls = target.partition(":")
        yield name, getattr(import_module(module), cls)


def test_the_protocol_has_what_callers_use():
    assert set(METHODS) == {"warm_up", "recognize", "read_line"}


@pytest.mark.parametrize("name,cls", list(engine_classes()) + [("cache", CachedEngine)], ids=lambda v: str(v))
def test_every_engine_implements_every_method(name, cls):
    for method in METHODS:
        assert callable(getattr(cls, method, None)), f"{name} lacks {method}"
        wanted = list(inspect.signature(getattr(OcrEngine, method)).parameters)
        assert list(inspect.signature(getattr(cls, method)).parameters) == wanted, f"{name}.{method}"
    if name != "cache":
        assert cls.name == name


def test_an_unknown_engine_is_refused_in_chinese():
    with pytest.raises(BadArguments, match="未知的 OCR 引擎"):
        get_engine("easyocr")


def test_the_tests_stand_in_engine_keeps_the_protocol_too():
    from tests.stand_in import StandInEngine

    for method in METHODS:
        wanted = list(inspect.signature(getattr(OcrEngine, method)).parameters)
        assert list(inspect.signature(getattr(StandInEngine, method)).parameters) == wanted
