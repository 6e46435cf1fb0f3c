"""Issue 8: a run leaves its input as it was, byte for byte and to the nanosecond of its modification time, and
writes nowhere but its output and cache folders: not beside the input, not in HOME, the user cache or TMPDIR.

Through the command line, as people run it, on a folder and a zip that mix good pages with hostile files."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests import hostile

pytestmark = pytest.mark.ocr  # the real default engine reads the one image page

REPO = Path(__file__).resolve().parents[2]
PAGE = hostile.encoded(hostile.small_page(), "PNG")


def hostile_packet(folder: Path) -> Path:
    hostile.add_good_page(folder)
    with open(os.path.join(os.fsencode(folder), "身份证.png".encode("gbk")), "wb") as handle:
        handle.write(PAGE)  # the one page OCR reads, so the cache is used too
    (folder / "empty.jpg").write_bytes(b"")
    (folder / "truncated.jpg").write_bytes(hostile.truncated(hostile.encoded(hostile.small_page(), "JPEG")))
    (folder / "notes.jpg").write_text("这不是图片\n", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(hostile.CORRUPT_PDF)
    hostile.encrypted_pdf(folder / "locked.pdf", user_password="secret")
    hostile.blank_pdf(folder / "nothing.pdf", 0)
    (folder / "bomb.png").write_bytes(hostile.bomb_png())
    (folder / "合同\n第1页.png").write_bytes(hostile.truncated(PAGE))
    os.symlink("/etc/hostname", folder / "outside.jpg")
    os.symlink("loop.jpg", folder / "loop.jpg")
    os.symlink("..", folder / "up")
    os.mkfifo(folder / "pipe.jpg")  # anything that opens it without care would wait here for ever
    (folder / "locked.jpg").write_bytes(PAGE)
    os.chmod(folder / "locked.jpg", 0)
    return folder


@pytest.fixture
def world(tmp_path):
    """tmp_path/input holds the packets; home, xdg-cache, tmp and cwd stand for the places a program might write."""
    places = {name: tmp_path / name for name in ("input", "out", "cache", "home", "xdg-cache", "tmp", "cwd")}
    for folder in places.values():
        folder.mkdir()
    hostile_packet(places["input"] / "张三")
    hostile.hostile_zip(places["input"] / "applicant.zip", hostile.truncated(PAGE))
    env = dict(os.environ, HOME=str(places["home"]), XDG_CACHE_HOME=str(places["xdg-cache"]),
               XDG_CONFIG_HOME=str(places["home"] / ".config"), XDG_DATA_HOME=str(places["home"] / ".local" / "share"),
               TMPDIR=str(places["tmp"]), PRECHECK_CACHE_DIR=str(places["cache"]), PYTHONPATH=str(REPO))
    places["env"] = env
    try:
        yield places
    finally:
        os.chmod(places["input"] / "张三" / "locked.jpg", 0o644)


def run(world, *args):
    return subprocess.run([sys.executable, "-m", "precheck", *map(str, args)], capture_output=True, text=True,
                          timeout=600, env=world["env"], cwd=world["cwd"])


def written_outside(before: dict, after: dict, allowed: tuple[str, ...]) -> list[str]:
    """Paths that appeared, changed or went away, other than under the allowed folders."""
    changed = {path for path in before.keys() | after.keys() if before.get(path) != after.get(path)}
    return sorted(p for p in changed if p not in allowed and not p.startswith(tuple(f"{a}/" for a in allowed)))


def test_check_and_batch_leave_the_input_untouched_and_write_only_out_and_cache(world, tmp_path):
    before = hostile.snapshot(tmp_path)
    inputs_before = hostile.snapshot(world["input"])

    runs = [
        run(world, "check", world["input"] / "张三", "--as-of", "2026-12-01", "--format", "json",
            "--out", world["out"] / "folder.json"),
        run(world, "check", world["input"] / "applicant.zip", "--as-of", "2026-12-01", "--format", "html",
            "--out", world["out"] / "zip.html"),
        run(world, "batch", world["input"], "--as-of", "2026-12-01", "--out", world["out"] / "batch"),
    ]
    for done in runs:
        assert done.returncode in (0, 1), done.stderr  # 1: the packet needs fixing, which it does; 2 would be a failure

    assert hostile.snapshot(world["input"]) == inputs_before  # content, size, mode and mtime of every file, every link
    assert written_outside(before, hostile.snapshot(tmp_path), ("out", "cache")) == []
    assert (world["cache"] / "ocr-cache.sqlite3").is_file()  # the cache was used, and where it was told to be
    assert {p.name for p in (world["out"] / "batch").iterdir()} >= {"张三.json", "applicant.zip.json", "summary.csv"}
    folder_report = (world["out"] / "folder.json").read_text(encoding="utf-8")
    for name in ("empty.jpg", "locked.pdf", "bomb.png", "outside.jpg", "loop.jpg", "pipe.jpg", "合同\\\\n第1页.png"):
        assert name in folder_report, name
