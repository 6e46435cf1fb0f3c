import os
import shutil
import tempfile

import pytest

from tests.drawing import draw_text_page

_SESSION_CACHE = None


def pytest_configure(config):
    """Tests never use the user's OCR cache: each run starts from an empty one, so every page is really read."""
    global _SESSION_CACHE
    if "PRECHECK_CACHE_DIR" not in os.environ:
        _SESSION_CACHE = tempfile.mkdtemp(prefix="precheck-test-cache-")
        os.environ["PRECHECK_CACHE_DIR"] = _SESSION_CACHE


def pytest_unconfigure(config):
    if _SESSION_CACHE:
        shutil.rmtree(_SESSION_CACHE, ignore_errors=True)


@pytest.fixture(scope="session")
def rapid_engine():
    from precheck.ocr.rapid import RapidOcrEngine

    engine = RapidOcrEngine()
    engine.warm_up()
    return engine


@pytest.fixture(scope="session")
def tesseract_engine():
    from precheck.ocr.tesseract import TesseractEngine

    return TesseractEngine()


@pytest.fixture(params=["rapidocr", "tesseract"])
def engine(request):
    return request.getfixturevalue("rapid_engine" if request.param == "rapidocr" else "tesseract_engine")


@pytest.fixture(scope="session")
def contract_page():
    """A plain A4 contract page at 150 dpi, with known text."""
    return draw_text_page(CONTRACT_LINES)


CONTRACT_LINES = [
    "劳动合同书",
    "甲方（用人单位）：上海浦江信息技术有限公司",
    "乙方（劳动者）：王晓明",
    "公民身份号码：310104199003071234",
    "第一条 合同期限",
    "本合同为固定期限劳动合同，自2025年3月1日起至2028年2月29日止。",
    "第二条 工作内容和工作地点",
    "乙方同意根据甲方工作需要，担任软件工程师岗位。",
    "第三条 劳动报酬",
    "甲方每月15日前以货币形式支付乙方工资。",
]


LIVE_ENGINES = {"rapid_engine", "tesseract_engine", "engine"}


def pytest_collection_modifyitems(config, items):
    """Only tests/live_ocr/ may run a real engine: the folder tells a reader which tests do."""
    for item in items:
        live = "/live_ocr/" in str(item.path).replace("\\", "/")
        if not live and LIVE_ENGINES & set(getattr(item, "fixturenames", ())):
            raise pytest.UsageError(f"{item.nodeid} runs a real OCR engine: move it to tests/live_ocr/")
