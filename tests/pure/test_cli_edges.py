"""The command line at its edges (issue 18): plain Chinese and exit 2 for what cannot be checked, never a traceback
and never a run of 「缺少…」 findings for a packet that holds nothing."""
import zipfile

import pytest
from typer.testing import CliRunner

from precheck.doors.cli import app


def invoke(*args):
    return CliRunner().invoke(app, [str(a) for a in args])


def test_an_empty_folder_is_said_to_be_empty(tmp_path):
    (tmp_path / "packet").mkdir()
    result = invoke("check", tmp_path / "packet", "--ocr", "tesseract")
    assert result.exit_code == 2 and "是空的" in result.output and "缺少" not in result.output


def test_an_empty_zip_is_said_to_be_empty(tmp_path):
    with zipfile.ZipFile(tmp_path / "packet.zip", "w"):
        pass
    result = invoke("check", tmp_path / "packet.zip", "--ocr", "tesseract")
    assert result.exit_code == 2 and "没有文件" in result.output


@pytest.mark.parametrize("name,head,kind", [("合同.docx", b"PK\x03\x04" + b"\0" * 40, "Word 文档"),
                                            ("工资.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 40, "Excel 表格"),
                                            ("noname.bin", b"PK\x03\x04" + b"\0" * 22 + (19).to_bytes(2, "little")
                                             + b"\0\0" + b"[Content_Types].xml", "办公文档")])
def test_office_documents_are_named_as_such(tmp_path, name, head, kind):
    packet = tmp_path / "packet"
    packet.mkdir()
    (packet / name).write_bytes(head)
    result = invoke("check", packet, "--format", "json", "--ocr", "tesseract")
    assert kind in result.output and "压缩包" not in result.output


def test_a_batch_root_without_packets_says_so_and_writes_nothing(tmp_path):
    (tmp_path / "root").mkdir()
    result = invoke("batch", tmp_path / "root", "--out", tmp_path / "out")
    assert result.exit_code == 2 and "没有找到资料" in result.output and not (tmp_path / "out").exists()


def test_an_impossible_day_is_called_impossible(tmp_path):
    (tmp_path / "packet").mkdir()
    result = invoke("check", tmp_path / "packet", "--as-of", "2026-02-30")
    assert result.exit_code == 2 and "不存在" in result.output


@pytest.mark.parametrize("args,words", [(["check"], "缺少 PACKET"), (["check", ".", "--ocr", "foo"], "只能是 rapidocr、tesseract"),
                                        (["check", ".", "--bogus"], "没有 --bogus 这个选项"), (["chek"], "没有 chek 这个命令")])
def test_click_usage_errors_are_chinese_with_exit_2(args, words):
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "precheck", *args], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and words in done.stderr and "Traceback" not in done.stderr


def test_bare_precheck_shows_its_help():
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "precheck"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and "check" in done.stdout and "batch" in done.stdout


def test_a_batch_out_that_is_a_file_is_refused_before_reading(tmp_path):
    (tmp_path / "root" / "p").mkdir(parents=True)
    (tmp_path / "root" / "p" / "a.jpg").write_bytes(b"\xff\xd8\xff")
    (tmp_path / "out.txt").write_text("x")
    result = invoke("batch", tmp_path / "root", "--out", tmp_path / "out.txt")
    assert result.exit_code == 2 and "是一个文件" in result.output


def test_a_bad_declaration_stops_before_anything_is_read(tmp_path):
    (tmp_path / "packet").mkdir()
    result = invoke("check", tmp_path / "packet", "--declare", "title_or_skill=技能六级")
    assert result.exit_code == 2 and "技能等级或职称" in result.output and "技能三级" in result.output
    declarations = tmp_path / "申报.toml"
    declarations.write_text("award = 30\nfoo = 1\n", encoding="utf-8")
    result = invoke("check", tmp_path / "packet", "--declarations", declarations)
    assert result.exit_code == 2 and "第 2 行" in result.output and "foo" in result.output
