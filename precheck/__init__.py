"""precheck — offline pre-check of Shanghai residence-permit points packets."""
import os
import sys

__version__ = "0.1.0"

# ONNX Runtime (under RapidOCR) ships Microsoft's telemetry on Linux since 1.29: it would write a device id to
# ~/.cache/Microsoft, a session file to TMPDIR, and upload usage events. precheck reads personal documents offline,
# so it is switched off before any engine loads, here, where every entry point (CLI, batch workers, scripts) passes.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"

# OpenVINO (the OCR runtime) sends a usage event to Google Analytics when it is imported, and writes a client id and
# a usage count under ~/intel, through its optional openvino_telemetry package. Made unimportable here, OpenVINO
# falls back to its own no-op stand-in (openvino/tools/ovc/telemetry_stub.py): nothing is written or sent.
sys.modules.setdefault("openvino_telemetry", None)
