"""The CLI contract: SPEC §5 JSON validated against the model's schema, and exit statuses."""
import json
import subprocess
import sys
import zipfile

import jsonschema
import pytest

from precheck import __version__
from precheck.core.model import Report
from tests.packets import write_packet

pytestmark = pytest.mark.ocr


def run(*args, timeout=600):
    return subprocess.run([sys.executable, "-m", "precheck", *map(str, args)], capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def complete_packet(tmp_path_factory):
    return write_packet(tmp_path_factory.mktemp("complete"))


@pytest.fixture(scope="module")
def complete_json(complete_packet):
    done = run("check", complete_packet, "--as-of", "2026-11-22", "--format", "json")
    return done


def test_json_validates_against_the_schema(complete_json):
    report = json.loads(complete_json.stdout)
    jsonschema.validate(report, Report.model_json_schema(mode="serialization"))
    assert report["schema_version"] == 1
    assert report["as_of"] == "2026-11-22" and report["application"] == "first"
    for key in ("packet", "verdict", "documents", "findings"):
        assert key in report


def test_every_page_classified_and_exit_zero_when_complete(complete_json):
    assert complete_json.returncode == 0, complete_json.stderr
    report = json.loads(complete_json.stdout)
    types = {d["pages"][0]["file"]: d["type"] for d in report["documents"]}
    assert types == {
        "contract.png": "labour_contract",
        "hukou_cover.png": "household_register_cover",
        "hukou_member.png": "household_register_member",
        "id_card.png": "id_card",
        "permit.png": "residence_permit",
        "tax.png": "tax_record",
    }
    assert report["verdict"] in ("ready", "review")
    assert not [f for f in report["findings"] if f["severity"] == "error"]


def test_missing_documents_exit_one(tmp_path):
    packet = write_packet(tmp_path / "p", names={"contract.png", "permit.png"})
    done = run("check", packet, "--as-of", "2026-11-22", "--format", "json")
    assert done.returncode == 1
    report = json.loads(done.stdout)
    assert report["verdict"] == "fix"
    missing = [f["message"] for f in report["findings"] if f["rule"] == "packet.missing_document"]
    assert any("居民身份证" in m for m in missing) and any("纳税记录" in m for m in missing)


def test_renewal_needs_no_household_register(tmp_path):
    packet = write_packet(tmp_path / "p", names={"id_card.png", "permit.png", "contract.png", "tax.png"})
    first = json.loads(run("check", packet, "--as-of", "2026-11-22", "--format", "json").stdout)
    renewal = json.loads(run("check", packet, "--as-of", "2026-11-22", "--application", "renewal", "--format", "json").stdout)
    assert any("户口簿" in f["message"] for f in first["findings"])
    assert not any(f["rule"] == "packet.missing_document" for f in renewal["findings"])


def test_zip_packet_gives_member_paths(tmp_path, complete_packet):
    archive = tmp_path / "applicant.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        for path in complete_packet.iterdir():
            zf.write(path, f"王晓明/{path.name}")
    done = run("check", archive, "--as-of", "2026-11-22", "--format", "json")
    report = json.loads(done.stdout)
    files = {ref["file"] for d in report["documents"] for ref in d["pages"]}
    assert "王晓明/permit.png" in files and len(files) == 6


def test_blank_page_is_flagged_unreadable(tmp_path):
    from PIL import Image

    packet = write_packet(tmp_path / "p", names={"contract.png"})
    Image.new("RGB", (1240, 1754), (250, 250, 250)).save(packet / "blank.png")
    report = json.loads(run("check", packet, "--format", "json").stdout)
    flagged = [f for f in report["findings"] if f["rule"] == "quality.unreadable_page"]
    assert len(flagged) == 1 and flagged[0]["evidence"][0]["file"] == "blank.png"
    assert flagged[0]["severity"] == "warning"


@pytest.mark.parametrize("args,needle", [
    (["check", "/no/such/packet"], "找不到"),
    (["check", ".", "--as-of", "22.11.2026"], "YYYY-MM-DD"),
    (["check", ".", "--application", "third"], "third"),
    (["check", ".", "--format", "pdf"], "pdf"),
])
def test_bad_arguments_exit_two(args, needle):
    done = run(*args)
    assert done.returncode == 2
    assert needle in done.stderr


def test_a_refused_batch_says_why_and_exits_two(tmp_path):
    (tmp_path / "p").mkdir()
    done = run("batch", tmp_path, "--out", tmp_path / "results")
    assert done.returncode == 2
    assert done.stderr.startswith("错误：结果目录不能放在材料目录里面") and "Traceback" not in done.stderr


def test_version():
    done = run("--version")
    assert done.returncode == 0, done.stderr
    assert done.stdout == f"precheck {__version__}\n"


def test_text_report_is_chinese(complete_packet):
    done = run("check", complete_packet, "--as-of", "2026-11-22")
    assert "居住证积分材料预检" in done.stdout
    assert "识别到的材料" in done.stdout and "劳动合同" in done.stdout


def test_html_report_is_self_contained(tmp_path, complete_packet):
    out = tmp_path / "report.html"
    done = run("check", complete_packet, "--as-of", "2026-11-22", "--format", "html", "--out", out)
    assert done.returncode == 0, done.stderr
    page = out.read_text(encoding="utf-8")
    assert "结论" in page and "识别到的材料" not in page  # the HTML has its own headings
    assert page.count("data:image/jpeg;base64,") == 6  # one image per page
    assert "http://" not in page and "https://" not in page and "<script" not in page
    assert not list(complete_packet.glob("*.html"))  # nothing written beside the input
