"""What README's privacy section promises, each sentence proved: the web page keeps nothing of an upload (no OCR
cache on disk, no upload folder after the check, none left by a killed server); the command line's cache is the
owner's only and forgets pages after its limit; reports and batch outputs are the owner's only."""
import os
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from precheck.core.model import OcrLine
from precheck.doors.private_files import make_private_dir, open_private, write_private
from precheck.doors.web import create_app
from precheck.doors.web.upload_folders import PREFIX, open_upload_folder
from precheck.ocr.base import OcrResult
from precheck.ocr.cache import CachedEngine, OcrCache
from tests.stand_in import StandInEngine

SAMPLE_ID = "310104199001011234"


class IdCardEngine(StandInEngine):
    name, version = "stand-in", "1"

    def recognize(self, image):
        texts = ["姓名 张三", "性别 男 民族 汉", "出生 1990年1月1日", "住址 上海市徐汇区宜山路100号",
                 f"公民身份号码 {SAMPLE_ID}"]
        lines = [OcrLine(text=text, bbox=(0.1, 0.1 + 0.15 * i, 0.9, 0.2 + 0.15 * i), confidence=0.99)
                 for i, text in enumerate(texts)]
        return OcrResult(lines=lines, rotation=0, width=image.width, height=image.height)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def holds(folder: Path, text: str) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file() and text.encode() in p.read_bytes()]


def png_bytes() -> bytes:
    import io

    buffer = io.BytesIO()
    Image.new("RGB", (400, 300), "white").save(buffer, "PNG")
    return buffer.getvalue()


def test_a_web_check_leaves_the_id_number_in_no_cache_and_no_temporary_folder(tmp_path, monkeypatch):
    cache_dir, uploads = tmp_path / "cache", tmp_path / "uploads"
    monkeypatch.setenv("PRECHECK_CACHE_DIR", str(cache_dir))
    engine = CachedEngine(IdCardEngine(), OcrCache(in_memory=True))  # as `precheck serve` builds it
    uploads.mkdir()
    with TestClient(create_app(engine, temp_root=uploads)) as client:
        answer = client.post("/api/check", data={"as_of": "2026-11-22"},
                             files=[("files", ("id.png", png_bytes(), "image/png"))])
    assert answer.status_code == 200 and SAMPLE_ID in answer.text  # it was read…
    assert not cache_dir.exists() and holds(tmp_path, SAMPLE_ID) == []  # …and kept nowhere


def test_serve_reads_with_a_memory_cache_and_leaves_no_upload_folder(tmp_path, monkeypatch):
    """`precheck serve` as a user starts it (uvicorn replaced by a recorder): its engine's cache is in memory only,
    nothing is written to the cache folder, and its upload folder is gone when it stops."""
    import tempfile

    import uvicorn
    from typer.testing import CliRunner

    from precheck.doors.cli import app
    from precheck.ocr import engines

    monkeypatch.setenv("PRECHECK_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(engines, "get_engine", lambda name: IdCardEngine())
    served = {}

    def record(web_app, **options):
        served["engine"] = web_app.state.checker.engine
        served["uploads"] = [p for p in (tmp_path / "tmp").iterdir()]
        served["engine"].recognize(Image.new("RGB", (40, 30), "white"))

    monkeypatch.setattr(uvicorn, "run", record)
    result = CliRunner().invoke(app, ["serve"])
    assert result.exit_code == 0, result.output
    assert served["engine"].cache.in_memory and not (tmp_path / "cache").exists()
    assert [p.name.startswith(PREFIX) for p in served["uploads"]] == [True]
    assert list((tmp_path / "tmp").iterdir()) == []  # the server's upload folder went with it


def test_a_killed_servers_upload_folder_is_removed_when_the_next_starts(tmp_path):
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    left = tmp_path / f"{PREFIX}{dead.pid}"
    left.mkdir()
    (left / "0001.jpg").write_bytes(b"scan of an ID card")
    alive = tmp_path / f"{PREFIX}{os.getppid()}"
    alive.mkdir()
    mine = open_upload_folder(tmp_path)
    assert not left.exists() and alive.exists()
    assert mine.name == f"{PREFIX}{os.getpid()}" and mode(mine) == 0o700


def test_the_cli_cache_is_the_owners_only_and_forgets_old_pages(tmp_path):
    cache = OcrCache(tmp_path / "cache", max_age_days=30)
    engine = CachedEngine(IdCardEngine(), cache)
    engine.recognize(Image.new("RGB", (40, 30), "white"))
    assert mode(tmp_path / "cache") == 0o700
    assert all(mode(f) == 0o600 for f in (tmp_path / "cache").iterdir())
    with cache._db() as db:
        db.execute("UPDATE ocr SET created = ?", (time.time() - 31 * 86400,))
    assert cache.get(next(iter(db.execute("SELECT key FROM ocr")))[0]) is None  # expired: not served
    assert OcrCache(tmp_path / "cache", max_age_days=30).stats().entries == 0  # deleted when the cache is opened


def test_reports_and_batch_outputs_are_the_owners_only(tmp_path):
    old_umask = os.umask(0o022)
    try:
        write_private(tmp_path / "report.json", "{}")
        with open_private(tmp_path / "summary.csv") as handle:
            handle.write("a")
        make_private_dir(tmp_path / "out" / "deeper")
    finally:
        os.umask(old_umask)
    assert mode(tmp_path / "report.json") == 0o600 and mode(tmp_path / "summary.csv") == 0o600
    assert mode(tmp_path / "out" / "deeper") == 0o700


@pytest.mark.parametrize("kind", ["folder", "missing"])
def test_check_refuses_a_bad_out_path_before_reading_anything(tmp_path, kind):
    from typer.testing import CliRunner

    from precheck.doors.cli import app

    out = tmp_path if kind == "folder" else tmp_path / "no-such" / "r.json"
    packet = tmp_path / "packet"
    packet.mkdir()
    result = CliRunner().invoke(app, ["check", str(packet), "--out", str(out), "--ocr", "tesseract"])
    assert result.exit_code == 2 and ("文件夹" in result.output) and "Traceback" not in result.output
