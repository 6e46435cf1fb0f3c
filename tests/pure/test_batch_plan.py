"""A batch reuses a packet's earlier result only when nothing that decides it changed: the files, the limits, the
as-of date, the kind of application, the engine and precheck's version (issue 18: stale verdicts)."""
import json

import pytest

from precheck.doors.batch.plan import plan_jobs, run_settings
from precheck.doors.batch.results import RESULT_SUFFIX


def _done_earlier(root, out, settings):
    jobs, _ = plan_jobs(root, out, settings=settings)
    for job in jobs:
        (out / f"{job.name}{RESULT_SUFFIX}").write_text(
            json.dumps({"verdict": "ready", "pages": [], "batch": {"fingerprint": job.fingerprint}}), encoding="utf-8")


@pytest.fixture
def batch(tmp_path):
    root, out = tmp_path / "in", tmp_path / "out"
    (root / "applicant_1").mkdir(parents=True)
    (root / "applicant_1" / "id.jpg").write_bytes(b"jpeg")
    out.mkdir()
    return root, out


BEFORE = run_settings("2026-11-22", "first", "rapidocr", "0.1.0")


@pytest.mark.parametrize("after", [run_settings("2026-12-22", "first", "rapidocr", "0.1.0"),
                                   run_settings("2026-11-22", "renewal", "rapidocr", "0.1.0"),
                                   run_settings("2026-11-22", "first", "tesseract", "0.1.0"),
                                   run_settings("2026-11-22", "first", "rapidocr", "0.2.0")])
def test_another_date_kind_engine_or_version_checks_again(batch, after):
    root, out = batch
    _done_earlier(root, out, BEFORE)
    jobs, skipped = plan_jobs(root, out, settings=after)
    assert [j.name for j in jobs] == ["applicant_1"] and skipped == []


def test_the_same_run_again_is_skipped(batch):
    root, out = batch
    _done_earlier(root, out, BEFORE)
    jobs, skipped = plan_jobs(root, out, settings=BEFORE)
    assert jobs == [] and [s.name for s in skipped] == ["applicant_1"]
