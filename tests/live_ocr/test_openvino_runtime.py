"""PRECHECK_OCR_RUNTIME=openvino runs detection and recognition in OpenVINO, held to fp32, and reads a page exactly
as ONNX Runtime (the default) does (issue 20)."""
import pytest

from precheck.core.errors import EngineUnavailable
from precheck.ocr.rapid import RapidOcrEngine
from tests.drawing import draw_text_page

pytestmark = pytest.mark.ocr


@pytest.fixture(scope="module")
def openvino_engine():
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PRECHECK_OCR_RUNTIME", "openvino")
        engine = RapidOcrEngine()
    engine.warm_up()
    return engine


def test_openvino_is_held_to_fp32(openvino_engine):
    assert openvino_engine.runtime == "openvino" and openvino_engine.version.endswith("+openvino")
    for model in (openvino_engine._ocr.text_det, openvino_engine._ocr.text_rec):
        compiled = model.session.session.get_compiled_model()
        assert str(compiled.get_property("INFERENCE_PRECISION_HINT")) == "<Type: 'float32'>"


def test_onnxruntime_is_the_default(rapid_engine):
    assert rapid_engine.runtime == "onnxruntime" and "+" not in rapid_engine.version
    assert type(rapid_engine._ocr.text_det.session).__name__ == "OrtInferSession"


def test_an_unknown_runtime_is_named(monkeypatch):
    monkeypatch.setenv("PRECHECK_OCR_RUNTIME", "tensorrt")
    with pytest.raises(EngineUnavailable, match="PRECHECK_OCR_RUNTIME=tensorrt"):
        RapidOcrEngine()


def test_both_runtimes_read_a_page_alike(rapid_engine, openvino_engine, contract_page):
    tax_page = draw_text_page(["个人所得税纳税记录", "纳税人姓名：宋秀淼", "身份证件号码：310104199003071234",
                               "2026-10  工资薪金所得  上海启鸿物流股份有限公司  1,234.56"], dpi=120)
    for page in (contract_page, tax_page):
        ours, theirs = openvino_engine.recognize(page), rapid_engine.recognize(page)
        assert [line.text for line in ours.lines] == [line.text for line in theirs.lines]
        assert any("上海" in line.text for line in ours.lines)
        for a, b in zip(ours.lines, theirs.lines):
            assert a.bbox == pytest.approx(b.bbox, abs=0.002)
            assert a.char_confidences == pytest.approx(b.char_confidences, abs=0.002)
