"""The --ray door without a cluster: Ray stays unimported in the local mode, and a machine without it is told how to
install it."""
import subprocess
import sys

import pytest

from precheck.core.errors import BadArguments
from precheck.doors.batch.cluster import RAY_MISSING, run_jobs_on_ray


def test_the_local_mode_never_imports_ray():
    code = ("import sys, precheck.doors.cli, precheck.doors.batch.workers, precheck.doors.batch.plan, "
            "precheck.doors.batch.summary; assert 'ray' not in sys.modules, 'ray imported'")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_without_ray_the_option_says_how_to_install_it(monkeypatch, tmp_path):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    with pytest.raises(BadArguments) as raised:
        run_jobs_on_ray([], tmp_path, 1, "local", "rapidocr", False, lambda outcome: None)
    assert str(raised.value) == RAY_MISSING and "pip install 'precheck[ray]'" in RAY_MISSING


def test_more_local_workers_than_one_machine_takes_points_to_ray(tmp_path):
    (tmp_path / "incoming" / "p0").mkdir(parents=True)
    done = subprocess.run([sys.executable, "-m", "precheck", "batch", str(tmp_path / "incoming"), "--out",
                           str(tmp_path / "out"), "--workers", "40"], capture_output=True, text=True)
    assert done.returncode != 0 and "--ray" in done.stderr and "最多 32" in done.stderr
