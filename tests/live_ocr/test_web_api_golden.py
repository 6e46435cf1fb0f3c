"""The web API on a golden packet, read by the real engine: the SPEC §5 JSON."""
import json

import jsonschema
import pytest
from fastapi.testclient import TestClient

from precheck.core.model import Report
from precheck.doors.web import create_app
from tests.pure.test_web_api import DEMO, everything_under, form


@pytest.fixture
def temp_root(tmp_path):
    root = tmp_path / "uploads"
    root.mkdir()
    return root


@pytest.mark.ocr
def test_golden_packet_returns_the_spec_json(rapid_engine, temp_root):
    from precheck.ocr.cache import CachedEngine, OcrCache

    truth = json.loads((DEMO.parent / "demo_fix.truth.json").read_text(encoding="utf-8"))
    files = [("files", (path.name, path.read_bytes(), "application/octet-stream")) for path in sorted(DEMO.iterdir())]
    # The session's fresh OCR cache: the browser test reads the same pages again from it.
    with TestClient(create_app(CachedEngine(rapid_engine, OcrCache()), temp_root=temp_root)) as test_client:
        answer = test_client.post("/api/check", data=form(truth["as_of"], truth["application"]), files=files)
    assert answer.status_code == 200, answer.text
    report = answer.json()
    jsonschema.validate(report, Report.model_json_schema(mode="serialization"))
    assert report["schema_version"] == 1 and report["as_of"] == truth["as_of"] and report["application"] == "first"
    assert report["verdict"] == truth["verdict"] == "fix"
    fired = {f["rule"] for f in report["findings"]}
    errors = {f["rule"] for f in report["findings"] if f["severity"] == "error"}
    assert set(truth["expected_rules"]) <= fired and errors <= set(truth["expected_rules"]), fired
    # Files are named as uploaded, pages typed as the truth says.
    assert {(p["file"], p["page"]): p["type"] for p in report["pages"]} == \
        {(p["file"], p["page"]): p["type"] for p in truth["pages"]}
    assert everything_under(temp_root) == []
