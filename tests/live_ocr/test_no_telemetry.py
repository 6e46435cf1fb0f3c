"""precheck reads personal documents offline: the OCR runtimes' telemetry is off wherever precheck is imported."""
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import precheck
import openvino
from openvino.tools.ovc import telemetry_utils
from precheck.ocr.rapid import RapidOcrEngine
RapidOcrEngine().warm_up()
print(telemetry_utils.tm.__name__, os.environ.get("ORT_DISABLE_TELEMETRY"))
"""


def test_openvino_and_onnxruntime_send_and_write_nothing(tmp_path):
    home = tmp_path / "home"
    home.mkdir()
    env = {**os.environ, "HOME": str(home), "TMPDIR": str(tmp_path), "PYTHONPATH": str(ROOT),
           "PRECHECK_OCR_RUNTIME": "openvino"}
    env.pop("CI", None)  # OpenVINO's own telemetry stays quiet in CI jobs: the test must not lean on that
    done = subprocess.run([sys.executable, "-c", "import os\n" + PROBE], env=env, capture_output=True, text=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["openvino.tools.ovc.telemetry_stub", "1"]
    assert [p.name for p in home.rglob("*")] == []
