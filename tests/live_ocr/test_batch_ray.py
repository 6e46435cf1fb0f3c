"""`precheck batch --ray`: on a real Ray instance started on this machine, the same files as the local mode, a killed
actor's packet tried again (then given its row), and a batch stopped midway resumed."""
import json
import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from precheck.doors.batch.cluster import ACTOR_DIED, run_jobs_on_ray
from precheck.doors.batch.manifest import PacketSettings
from precheck.doors.batch.plan import plan_jobs
from precheck.doors.batch.results import without_timings
from tests.packets import write_packet

pytestmark = pytest.mark.ocr
import ray  # noqa: E402,F401 - Ray is installed with the tests (scripts/install.sh): never skipped

PAGES = ["permit.png", "id_card.png"]
SETTINGS = PacketSettings("2026-11-22", "first")


def run_batch(root, out, *extra):
    return subprocess.run([sys.executable, "-m", "precheck", "batch", str(root), "--out", str(out), "--as-of", "2026-11-22",
                           *extra], capture_output=True, text=True, timeout=900)


def packets(root: Path, count: int) -> Path:
    for number in range(count):
        write_packet(root / f"p{number}", names=PAGES, dpi=100 + 10 * number)  # different pixels: no cache hits
    return root


def test_ray_writes_what_the_local_mode_writes(tmp_path):
    root = packets(tmp_path / "incoming", 2)
    (root / "broken.zip").write_bytes(b"not a zip at all")
    local, on_ray = tmp_path / "local", tmp_path / "ray"
    assert run_batch(root, local, "--workers", "2").returncode == 1  # the broken packet needs attention
    done = run_batch(root, on_ray, "--workers", "2", "--ray", "local")
    assert done.returncode == 1, done.stderr
    names = sorted(p.name for p in local.iterdir())
    assert names == sorted(p.name for p in on_ray.iterdir())
    assert {"p0.json", "p0.html", "p1.json", "broken.zip.failed.json", "summary.csv", "index.html"} <= set(names)
    for name in ("p0.json", "p1.json"):
        mine, theirs = (json.loads((folder / name).read_text(encoding="utf-8")) for folder in (local, on_ray))
        assert without_timings(mine) == without_timings(theirs)
    assert (local / "summary.csv").read_bytes() == (on_ray / "summary.csv").read_bytes()
    assert json.loads((on_ray / "broken.zip.failed.json").read_text(encoding="utf-8"))["error"] == \
        json.loads((local / "broken.zip.failed.json").read_text(encoding="utf-8"))["error"]


def _actor_processes_checking() -> list[int]:
    """Ray titles an actor's process by the method it runs."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                if (entry / "cmdline").read_bytes().startswith(b"ray::PacketChecker.check"):
                    found.append(int(entry.name))
            except OSError:
                continue
    return found


def _kill_checkers(times: int, stop: threading.Event) -> list[int]:
    killed: list[int] = []

    def watch():
        while len(killed) < times and not stop.is_set():
            for pid in _actor_processes_checking():
                if pid not in killed:
                    os.kill(pid, signal.SIGKILL)
                    killed.append(pid)
                    break
            time.sleep(0.05)
    threading.Thread(target=watch, daemon=True).start()
    return killed


def test_a_killed_actor_costs_one_attempt_and_a_packet_killed_twice_gets_its_row(tmp_path):
    root, out = packets(tmp_path / "incoming", 3), tmp_path / "results"
    out.mkdir()
    jobs, _ = plan_jobs(root, out, SETTINGS, "rapidocr", "test")
    stop = threading.Event()
    # One actor takes the packets in order: p0 is killed twice (it goes to the front again after the first), p1 once.
    killed = _kill_checkers(3, stop)
    try:
        outcomes = run_jobs_on_ray(jobs, out, 1, "local", "rapidocr", False, lambda outcome: None)
    finally:
        stop.set()
    assert len(killed) == 3
    by_name = {outcome.name: outcome for outcome in outcomes}
    assert by_name["p0"].status == "failed" and by_name["p0"].message == ACTOR_DIED
    assert json.loads((out / "p0.failed.json").read_text(encoding="utf-8"))["error"] == ACTOR_DIED
    assert by_name["p1"].status == by_name["p2"].status == "done"
    assert {p.name for p in out.glob("*.json")} == {"p0.failed.json", "p1.json", "p2.json"}


def test_a_stopped_ray_batch_keeps_whole_results_and_the_next_run_finishes(tmp_path):
    root, out = packets(tmp_path / "incoming", 3), tmp_path / "results"
    out.mkdir()
    jobs, _ = plan_jobs(root, out, SETTINGS, "rapidocr", "test")

    def interrupt(outcome):
        raise KeyboardInterrupt  # Ctrl-C as the first result comes in

    with pytest.raises(KeyboardInterrupt):
        run_jobs_on_ray(jobs, out, 1, "local", "rapidocr", False, interrupt)
    assert [p.name for p in out.glob("*.json")] == ["p0.json"]
    assert not list(out.glob(".*.part"))
    jobs, skipped = plan_jobs(root, out, SETTINGS, "rapidocr", "test")
    assert [s.name for s in skipped] == ["p0"] and [j.name for j in jobs] == ["p1", "p2"]
    run_jobs_on_ray(jobs, out, 1, "local", "rapidocr", False, lambda outcome: None)
    assert sorted(p.name for p in out.glob("*.json")) == ["p0.json", "p1.json", "p2.json"]
