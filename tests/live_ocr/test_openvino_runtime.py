"""Detection and recognition run in OpenVINO, held to fp32, and read a page exactly as ONNX Runtime does (issue 20)."""
import pytest

from precheck.ocr.rapid import RapidOcrEngine
from tests.drawing import draw_text_page

pytestmark = pytest.mark.ocr


@pytest.fixture(scope="module")
def onnxruntime_engine(monkeypatch_module):
    monkeypatch_module.setenv("PRECHECK_OCR_RUNTIME", "onnxruntime")
    engine = RapidOcrEngine()
    engine.warm_up()
    return engine


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


def test_the_default_runtime_is_openvino_at_fp32(rapid_engine):
    assert rapid_engine.runtime == "openvino" and rapid_engine.version.endswith("+openvino")
    for model in (rapid_engine._ocr.text_det, rapid_engine._ocr.text_rec):
        compiled = model.session.session.get_compiled_model()
        assert str(compiled.get_property("INFERENCE_PRECISION_HINT")) == "<Type: 'float32'>"


def test_onnxruntime_can_still_be_asked_for(onnxruntime_engine):
    assert onnxruntime_engine.runtime == "onnxruntime" and "+" not in onnxruntime_engine.version
    assert type(onnxruntime_engine._ocr.text_det.session).__name__ == "OrtInferSession"


def test_both_runtimes_read_a_page_alike(rapid_engine, onnxruntime_engine, contract_page):
    tax_page = draw_text_page(["个人所得税纳税记录", "纳税人姓名：宋秀淼", "身份证件号码：310104199003071234",
                               "2026-10  工资薪金所得  上海启鸿物流股份有限公司  1,234.56"], dpi=120)
    for page in (contract_page, tax_page):
        ours, theirs = rapid_engine.recognize(page), onnxruntime_engine.recognize(page)
        assert [line.text for line in ours.lines] == [line.text for line in theirs.lines]
        assert any("上海" in line.text for line in ours.lines)
        for a, b in zip(ours.lines, theirs.lines):
            assert a.bbox == pytest.approx(b.bbox, abs=0.002)
            assert a.char_confidences == pytest.approx(b.char_confidences, abs=0.002)
