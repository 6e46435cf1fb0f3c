"""`precheck batch`: outputs per packet, summary CSV for Excel, a failing packet gets its row, resumable runs."""
import csv
import json
import signal
import subprocess
import sys
import time
from datetime import date
from urllib.parse import quote

import pytest

from precheck.core.model import Report
from precheck.doors.batch.plan import find_packets
from precheck.doors.batch.summary import mask_id, summary_rows, write_summary
from tests.packets import write_packet

pytestmark = pytest.mark.ocr

PAGES = ["permit.png", "id_card.png"]


def run_batch(root, out, *extra, timeout=600):
    return subprocess.run([sys.executable, "-m", "precheck", "batch", str(root), "--out", str(out), "--as-of", "2026-11-22", *extra],
                          capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def root(tmp_path):
    root = tmp_path / "incoming"
    write_packet(root / "王晓明", names=PAGES)
    write_packet(root / "部门二" / "applicant_b", names=PAGES)
    (root / "broken.zip").write_bytes(b"not a zip at all")
    return root


def test_packets_are_found_without_descending_into_them(root):
    names = [p.relative_to(root).as_posix() for p in find_packets(root)]
    assert names == ["broken.zip", "王晓明", "部门二/applicant_b"]


def test_batch_writes_results_summary_and_a_row_for_the_bad_packet(root, tmp_path):
    out = tmp_path / "results"
    done = run_batch(root, out, "--workers", "2")
    assert done.returncode == 1, done.stderr  # the broken packet needs attention
    assert {p.name for p in out.iterdir()} >= {"王晓明.json", "王晓明.html", "部门二__applicant_b.json", "index.html",
                                               "summary.csv", "broken.zip.failed.json"}
    raw = (out / "summary.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: Excel reads the Chinese right
    rows = {row["材料"]: row for row in csv.DictReader(raw.decode("utf-8-sig").splitlines())}
    assert rows["王晓明"]["身份证号"] == "320602********1236" and rows["王晓明"]["预计提交日期"] == "2026-11-22"
    assert rows["王晓明"]["状态"] == "已检查" and rows["王晓明"]["结论"] in ("需要修改", "需人工复核", "可以提交")
    assert rows["王晓明"]["申请类型"] == "首次申请" and rows["王晓明"]["申请人"]
    assert rows["broken.zip"]["状态"] == "无法检查" and "不是有效的 zip 压缩包" in rows["broken.zip"]["说明"]
    index = (out / "index.html").read_text(encoding="utf-8")
    # the link is percent-encoded, so a folder named with # or ? still links to its own report
    assert f"href='{quote('王晓明.html')}'>王晓明</a>" in index and "无法检查" in index
    assert not any(p.name.endswith(".part") for p in out.iterdir())


def test_a_second_run_skips_unchanged_packets_and_redoes_changed_ones(root, tmp_path):
    out = tmp_path / "results"
    run_batch(root, out)
    first = (out / "王晓明.json").stat().st_mtime_ns
    again = run_batch(root, out)
    assert "跳过" in again.stderr and (out / "王晓明.json").stat().st_mtime_ns == first
    write_packet(root / "王晓明", names=["contract.png"])
    run_batch(root, out)
    assert (out / "王晓明.json").stat().st_mtime_ns != first
    assert len(json.loads((out / "王晓明.json").read_text(encoding="utf-8"))["pages"]) == 3


def test_ctrl_c_leaves_whole_results_and_the_next_run_finishes(tmp_path):
    root = tmp_path / "incoming"
    for number in range(4):
        write_packet(root / f"p{number}", names=PAGES, dpi=100 + 10 * number)  # different pixels: no cache hits
    out = tmp_path / "results"
    process = subprocess.Popen([sys.executable, "-m", "precheck", "batch", str(root), "--out", str(out), "--as-of", "2026-11-22"],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               # a shell running us in the background ignores SIGINT; a user's Ctrl-C would not be
                               preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 300
    while time.time() < deadline and not list(out.glob("p*.json")):
        time.sleep(0.2)
    process.send_signal(signal.SIGINT)
    _, stderr = process.communicate(timeout=120)
    assert process.returncode == 130, stderr
    finished = sorted(p.name for p in out.glob("p*.json"))
    assert 1 <= len(finished) < 4
    for path in out.glob("p*.json"):
        json.loads(path.read_text(encoding="utf-8"))  # whole, never half-written
    assert "继续" in stderr
    resumed = run_batch(root, out)
    assert f"已完成 {len(finished)} 份" in resumed.stderr
    assert sorted(p.name for p in out.glob("p*.json")) == [f"p{n}.json" for n in range(4)]


def test_id_numbers_are_masked():
    assert mask_id("32060219900307123X") == "320602********123X"
    assert mask_id(None) == "" and mask_id("123") == ""


def test_the_index_names_verdicts_as_the_reports_do(tmp_path):
    for name, verdict in (("a", "review"), ("b", "fix"), ("c", "review")):
        report = Report(packet=name, as_of=date(2026, 11, 22), application="first", verdict=verdict)
        (tmp_path / f"{name}.json").write_text(report.model_dump_json(), encoding="utf-8")
    rows = summary_rows(tmp_path)
    assert [row["packet"] for row in rows] == ["b", "a", "c"]  # what needs fixing first
    write_summary(tmp_path, rows)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    assert "需要修改 1</label>" in index and "需人工复核 2</label>" in index and "<script" not in index
    # picking a verdict hides the other rows, by CSS alone
    assert "#v-fix:checked~table tr.row:not(.v-fix){display:none}" in index and "class='row v-review'" in index
