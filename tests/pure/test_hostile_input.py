"""Issue 8: nothing breaks it. Every bad, hostile or huge file gets one clear message naming it, the good page beside
it is still read, and the input is left as it was. OCR is a stand-in here: these tests are about getting pages in."""
import io
import os
import zipfile
from collections import defaultdict
from dataclasses import replace
from datetime import date

import pytest
from PIL import Image
from rich.console import Console

from precheck.ingest import folder as packet_folder
from precheck.core.errors import PrecheckError
from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.ocr.base import OcrResult
from precheck.ingest.packet import MemberProblem, open_packet
from precheck.pipeline.stages import CheckOptions, check_packet
from precheck.reports.text import render_text
from tests import hostile
from tests.stand_in import StandInEngine


class BlankEngine(StandInEngine):
    """Reads nothing, and remembers the largest page it was given."""

    name, version = "blank", "1"

    def __init__(self):
        self.largest = (0, 0)

    def recognize(self, image):
        self.largest = max(self.largest, image.size, key=lambda size: size[0] * size[1])
        return OcrResult(lines=[], rotation=0, width=image.width, height=image.height)


def check(path, limits: Limits = DEFAULT_LIMITS, engine=None):
    """check_packet on path, asserting the input is byte for byte what it was."""
    root = path if path.is_dir() else path.parent
    before = hostile.snapshot(root)
    report = check_packet(path, CheckOptions(as_of=date(2026, 12, 1), limits=limits), engine or BlankEngine())
    assert hostile.snapshot(root) == before
    return report


def file_messages(report) -> dict[str, list[str]]:
    found = defaultdict(list)
    for finding in report.findings:
        if finding.rule == "input.unreadable_file":
            found[finding.evidence[0].file].append(finding.message)
    return found


def good_page_read(report) -> bool:
    return any(d.type == hostile.GOOD_TYPE and d.pages[0].file == hostile.GOOD_PAGE for d in report.documents)


def assert_one_message(report, file: str, *needles: str) -> str:
    messages = file_messages(report)[file]
    assert len(messages) == 1, (file, file_messages(report))
    assert messages[0].startswith(f"{file}：") or messages[0].startswith(f"{file} 第")
    for needle in needles:
        assert needle in messages[0], messages[0]
    return messages[0]


@pytest.fixture
def packet(tmp_path):
    folder = tmp_path / "packet"
    hostile.add_good_page(folder)
    return folder


# ---- one bad file beside a good page ------------------------------------------------------------------------

PAGE = hostile.encoded(hostile.small_page(), "PNG")
JPEG = hostile.encoded(hostile.small_page(), "JPEG")

BAD_FILES = {
    "empty.jpg": (lambda path: path.write_bytes(b""), "空的"),
    "truncated.jpg": (lambda path: path.write_bytes(hostile.truncated(JPEG)), "不完整"),
    "truncated.png": (lambda path: path.write_bytes(hostile.truncated(PAGE)), "不完整"),
    "notes.jpg": (lambda path: path.write_text("这不是图片\n", encoding="utf-8"), "不是可识别的图片"),
    "broken.pdf": (lambda path: path.write_bytes(hostile.CORRUPT_PDF), "PDF 文件已损坏"),
    "locked.pdf": (lambda path: hostile.encrypted_pdf(path, user_password="secret"), "加密"),
    "nothing.pdf": (lambda path: hostile.blank_pdf(path, 0), "没有任何页面"),
    "bomb.png": (lambda path: path.write_bytes(hostile.bomb_png()), "解压炸弹", "image-megapixels"),
    # Between Pillow's warning (1×) and error (2×) thresholds: refused all the same.
    "bomb-warning.png": (lambda path: path.write_bytes(hostile.bomb_png(16_000, 16_000)), "解压炸弹"),
    "big.png": (lambda path: hostile.streamed_png(path, 15_000, 15_000), "15000×15000", "page-megapixels"),
    "inner.zip": (lambda path: hostile.write_zip(path, {"a.png": PAGE}), "压缩包"),
    "outside.jpg": (lambda path: os.symlink("/etc/hostname", path), "资料文件夹之外"),
    "loop.jpg": (lambda path: os.symlink("loop.jpg", path), "循环"),
    "dangling.jpg": (lambda path: os.symlink("gone.jpg", path), "无效的链接"),
    "fifo.jpg": (lambda path: os.mkfifo(path), "不是普通文件"),
}


@pytest.mark.parametrize("name", BAD_FILES)
def test_a_bad_file_gets_one_message_and_the_rest_is_read(packet, name):
    make, *needles = BAD_FILES[name]
    make(packet / name)
    report = check(packet)
    assert_one_message(report, name, *needles)
    assert good_page_read(report)
    assert set(file_messages(report)) == {name}


def test_pillows_bomb_guard_stays_on(packet):
    (packet / "bomb.png").write_bytes(hostile.bomb_png())
    check(packet)
    assert Image.MAX_IMAGE_PIXELS == DEFAULT_LIMITS.max_image_pixels
    with pytest.raises(Image.DecompressionBombError):
        Image.open(io.BytesIO(hostile.bomb_png()))


def test_a_pdf_encrypted_with_only_an_owner_password_is_read(packet):
    hostile.encrypted_pdf(packet / "owner-only.pdf", user_password="")
    report = check(packet)
    assert not file_messages(report)
    assert ("owner-only.pdf", "text_layer") in {(p.file, p.source.value) for p in report.pages}


def test_a_symlinked_folder_loop_is_not_walked(packet):
    os.symlink(".", packet / "again")
    os.symlink(packet.parent, packet / "up")
    report = check(packet)
    assert_one_message(report, "again/", "文件夹的链接")
    assert_one_message(report, "up/", "资料文件夹之外")
    assert good_page_read(report) and len(report.pages) == 1


def test_a_link_to_a_file_inside_the_packet_is_read(packet):
    os.symlink(hostile.GOOD_PAGE, packet / "copy.pdf")
    report = check(packet)
    assert not file_messages(report)
    assert {p.file for p in report.pages} == {hostile.GOOD_PAGE, "copy.pdf"}


def test_an_unreadable_file_and_folder(packet, monkeypatch):
    (packet / "locked.jpg").write_bytes(JPEG)
    (packet / "closed").mkdir()
    (packet / "closed" / "inside.jpg").write_bytes(JPEG)
    os.chmod(packet / "locked.jpg", 0)
    os.chmod(packet / "closed", 0)
    if os.geteuid() == 0:
        # root reads files whatever their mode: make the same refusal happen where the packet opens and lists them.
        real_open, real_scandir = packet_folder._open, os.scandir

        def refusing_open(path):
            if path.name == "locked.jpg":
                raise PermissionError(13, "Permission denied", str(path))
            return real_open(path)

        def refusing_scandir(path="."):
            if os.fspath(path).endswith("closed"):
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real_scandir(path)

        monkeypatch.setattr(packet_folder, "_open", refusing_open)
        monkeypatch.setattr(os, "scandir", refusing_scandir)
    try:
        report = check(packet)
    finally:
        os.chmod(packet / "locked.jpg", 0o644)
        os.chmod(packet / "closed", 0o755)
    assert_one_message(report, "locked.jpg", "权限")
    assert_one_message(report, "closed/", "文件夹", "权限")
    assert good_page_read(report)


def test_a_file_that_becomes_a_pipe_after_the_walk_is_refused_without_waiting(packet):
    (packet / "a.jpg").write_bytes(JPEG)
    opened = open_packet(packet)
    (packet / "a.jpg").unlink()
    os.mkfifo(packet / "a.jpg")
    with pytest.raises(MemberProblem, match="不是普通文件"):
        opened.read_bytes("a.jpg", DEFAULT_LIMITS.max_file_bytes)


def test_an_unreadable_packet_folder_is_a_clear_error(packet, monkeypatch):
    def refusing_scandir(path="."):
        raise PermissionError(13, "Permission denied", os.fspath(path))

    monkeypatch.setattr(os, "scandir", refusing_scandir)
    with pytest.raises(PrecheckError, match="无法打开资料文件夹"):
        open_packet(packet)


# ---- names --------------------------------------------------------------------------------------------------

def test_gbk_and_newline_file_names_are_read_and_shown_on_one_line(packet):
    gbk = "身份证.png".encode("gbk")
    with open(os.path.join(os.fsencode(packet), gbk), "wb") as handle:
        handle.write(PAGE)
    (packet / "合同\n第1页.png").write_bytes(PAGE)
    (packet / "\u202egpj.exe").write_bytes(b"MZ not an image")
    report = check(packet)
    files = {p.file for p in report.pages}
    assert {"身份证.png", "合同\\n第1页.png"} <= files
    assert_one_message(report, "\\u202egpj.exe", "不是可识别的图片")
    json_text = report.model_dump_json()
    assert "\\u202e" not in json_text.replace("\\\\u202e", "")  # only the escaped, visible form
    screen = io.StringIO()
    render_text(report, Console(file=screen, width=300, color_system=None))
    lines = screen.getvalue().splitlines()
    assert any("合同\\n第1页.png 第1页" in line for line in lines)
    assert not any(line.startswith("第1页") for line in lines)  # no name was broken across lines


# ---- zip packets ---------------------------------------------------------------------------------------------

@pytest.fixture
def hostile_zip(tmp_path):
    return hostile.hostile_zip(tmp_path / "applicant.zip", PAGE)


def test_zip_slip_absolute_paths_links_and_a_bomb_are_refused(hostile_zip):
    report = check(hostile_zip)
    assert_one_message(report, "../evil.png", "路径不安全")
    assert_one_message(report, "/abs/evil.png", "路径不安全")
    assert_one_message(report, "../windows.png", "路径不安全")
    assert_one_message(report, "link.png", "链接")
    assert_one_message(report, "secret.png", "密码")
    assert_one_message(report, "bomb.png", "200 MB", "压缩炸弹", "file-mb")
    assert set(file_messages(report)) == {"../evil.png", "/abs/evil.png", "../windows.png", "link.png", "secret.png",
                                          "bomb.png"}
    assert {"张三/合同.png", "张三/居住证.png"} <= {p.file for p in report.pages}
    assert good_page_read(report) is False  # the page sits under 张三/ here
    assert any(d.type == hostile.GOOD_TYPE for d in report.documents)


def test_a_zip_entry_is_never_inflated_past_what_its_header_says(hostile_zip):
    packet = open_packet(hostile_zip)
    info, _ = packet._entries["bomb.png"]
    info.file_size = 1000  # a header that lies: zipfile stops at 1000 bytes and the CRC check fails
    with pytest.raises(Exception, match="损坏"):
        packet.read_bytes("bomb.png", DEFAULT_LIMITS.max_file_bytes)


def test_a_zip_with_millions_of_entries_is_not_opened(tmp_path):
    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w") as archive:
        for number in range(101):
            archive.writestr(f"{number}.png", b"")
    with pytest.raises(PrecheckError, match="101 个条目"):
        open_packet(path, replace(DEFAULT_LIMITS, max_files=5))


# ---- many pages, many files -----------------------------------------------------------------------------------

def test_a_500_page_pdf_reads_its_first_100(packet):
    hostile.blank_pdf(packet / "long.pdf", 500)
    engine = BlankEngine()
    report = check(packet, engine=engine)
    assert_one_message(report, "long.pdf", "500 页", "前 100 页", "pages-per-file")
    assert [p.page for p in report.pages if p.file == "long.pdf"] == list(range(1, 101))
    assert engine.largest == (1653, 2339)  # A4 rendered at 200 dpi
    assert good_page_read(report)


def test_a_tiff_of_200_frames_reads_its_first_100(packet):
    hostile.tiff_frames(packet / "scan.tif", 200)
    report = check(packet)
    assert_one_message(report, "scan.tif", "200 页", "pages-per-file")
    assert [p.page for p in report.pages if p.file == "scan.tif"] == list(range(1, 101))
    assert good_page_read(report)


def test_a_packet_of_300_files_is_checked_whole(packet):
    blank = hostile.encoded(hostile.small_page((80, 110)), "PNG")
    for number in range(299):
        (packet / f"p{number:03d}.png").write_bytes(blank)
    report = check(packet)
    assert len(report.pages) == 300 and not file_messages(report)
    assert good_page_read(report)


def test_a_15000_pixel_photo_is_downscaled(tmp_path):
    engine = BlankEngine()
    folder = tmp_path / "packet"
    hostile.add_good_page(folder)
    hostile.big_jpeg(folder / "photo.jpg")
    report = check(folder, engine=engine)
    assert not file_messages(report) and good_page_read(report)
    assert engine.largest == (DEFAULT_LIMITS.working_max_side, DEFAULT_LIMITS.working_max_side)


# ---- every limit says so ------------------------------------------------------------------------------------

@pytest.mark.parametrize("change,file,needles", [
    ({"max_files": 3}, ".", ("4 个文件", "上限 3 个", "--limit files=N")),
    ({"max_file_bytes": 20_000}, hostile.GOOD_PAGE, ("文件大小", "超过单个文件上限 19.5 KB", "--limit file-mb=N")),
    # a.png and b.png come to 3.3 KB; c.png passes 4,000 bytes and stops the packet there.
    ({"max_total_bytes": 4_000}, "c.png", ("总大小超过上限 3.9 KB", "其余 2 个文件未检查", "--limit total-mb=N")),
    ({"max_pages_per_packet": 2}, "c.png", ("总页数超过上限 2 页", "--limit pages=N")),
    ({"max_page_pixels": 100_000}, "a.png", ("单页上限", "--limit page-megapixels=N")),
    ({"max_image_pixels": 100_000}, "a.png", ("解压炸弹", "--limit image-megapixels=N")),
])
def test_each_limit_reached_gives_a_clear_message(tmp_path, change, file, needles):
    folder = tmp_path / "packet"
    folder.mkdir()
    (folder / "a.png").write_bytes(hostile.encoded(hostile.small_page((400, 400)), "PNG"))
    (folder / "b.png").write_bytes(PAGE)
    (folder / "c.png").write_bytes(PAGE)
    hostile.add_good_page(folder)
    report = check(folder, replace(DEFAULT_LIMITS, **change))
    if file == ".":
        message = file_messages(report)["."][0]
        assert message.startswith("资料：")
    else:
        message = assert_one_message(report, file)
    for needle in needles:
        assert needle in message, message


def test_the_page_limit_counts_frames_of_a_tiff_too(packet):
    hostile.tiff_frames(packet / "scan.tif", 12)
    report = check(packet, replace(DEFAULT_LIMITS, max_pages_per_packet=5))
    messages = file_messages(report)["scan.tif"]
    assert len(messages) == 1 and "第 6 页" in messages[0] and "总页数超过上限 5 页" in messages[0]
    assert len(report.pages) == 5


def test_a_page_that_fails_in_ocr_is_one_message(packet):
    (packet / "a.png").write_bytes(PAGE)

    class FailingEngine(BlankEngine):
        def recognize(self, image):
            raise MemoryError("simulated")

    report = check(packet, engine=FailingEngine())
    messages = file_messages(report)["a.png"]
    assert len(messages) == 1 and "这一页无法读取" in messages[0]
    assert good_page_read(report)


def test_limits_from_the_command_line():
    from precheck.core.errors import BadArguments
    from precheck.core.limit_options import parse_limits

    limits = parse_limits(["file-mb=200", "pages=1000", "page-megapixels=50.5"])
    assert limits.max_file_bytes == 200 * 1024 * 1024 and limits.max_pages_per_packet == 1000
    assert limits.max_page_pixels == 50_500_000 and limits.max_files == DEFAULT_LIMITS.max_files
    for bad in (["nope=1"], ["files=0"], ["files=-3"], ["files=lots"], ["files=nan"], ["files=inf"]):
        with pytest.raises(BadArguments):
            parse_limits(bad)
