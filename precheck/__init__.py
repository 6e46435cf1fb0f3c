"""precheck — offline pre-check of Shanghai residence-permit points packets."""
import os

__version__ = "0.1.0"

# ONNX Runtime (under RapidOCR) ships Microsoft's telemetry on Linux since 1.29: it would write a device id to
# ~/.cache/Microsoft, a session file to TMPDIR, and upload usage events. precheck reads personal documents offline,
# so it is switched off before any engine loads, here, where every entry point (CLI, batch workers, scripts) passes.
os.environ["ORT_DISABLE_TELEMETRY"] = "1"
