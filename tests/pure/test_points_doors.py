"""The three doors show the same points (issue 19): check --format json, batch (its JSON and summary.csv) and the
web page's API, on one packet of text-layer PDFs (read without OCR) with the same declaration."""
import csv
import json

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from precheck.doors.cli import app
from precheck.doors.web.app import create_app
from tests.stand_in import StandInEngine

AS_OF = "2026-11-22"
PAGES = {
    "id.pdf": ["姓名 王晓明", "性别 男    民族 汉", "出生 1990 年 3 月 7 日", "住址 江苏省南通市崇川区青年中路88号",
               "公民身份号码 320602199003071236"],
    "diploma.pdf": ["毕业证书", "学生 王晓明，性别男，1990年3月7日生，于2008年9月至2012年6月在本校",
                    "土木工程专业四年制本科学习，修完教学计划规定的全部课程，成绩合格，准予毕业。",
                    "校名：同济大学", "校（院）长：李明", "证书编号：102471201205001234", "二〇一二年六月三十日"],
}


def text_pdf(path, lines):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQYZenHei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    pdf = canvas.Canvas(str(path))
    pdf.setFont("WQYZenHei", 14)
    for number, line in enumerate(lines):
        pdf.drawString(60, 780 - 30 * number, line)
    pdf.showPage()
    pdf.save()


@pytest.fixture
def packet(tmp_path, monkeypatch):
    """The applicant's packet under a batch root; every door gets the stand-in engine (text layers need none)."""
    folder = tmp_path / "root" / "王晓明"
    folder.mkdir(parents=True)
    for name, lines in PAGES.items():
        text_pdf(folder / name, lines)
    monkeypatch.setattr("precheck.ocr.engines.open_engine", lambda *a, **k: StandInEngine())
    monkeypatch.setattr("precheck.doors.cli.open_engine", lambda *a, **k: StandInEngine())
    return folder


def shown(points: dict) -> list:
    return [points["estimate"], points["lower_bound"],
            [(i["indicator"], i["points"], i["counted"], i["from"]) for i in points["items"]]]


def test_check_batch_and_web_show_the_same_points(packet, tmp_path):
    declarations = tmp_path / "declared"
    declarations.mkdir()
    (declarations / "王晓明.toml").write_text('title_or_skill = "技能四级"\n', encoding="utf-8")

    result = CliRunner().invoke(app, ["check", str(packet), "--as-of", AS_OF, "--format", "json",
                                      "--declarations", str(declarations / "王晓明.toml")])
    from_check = json.loads(result.output)["points"]

    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(packet.parent), "--out", str(out), "--as-of", AS_OF,
                                      "--declarations", str(declarations)])
    assert result.exit_code == 1, result.output  # fix: the packet lacks its other documents
    from_batch = json.loads((out / "王晓明.json").read_text(encoding="utf-8"))["points"]
    with (out / "summary.csv").open(encoding="utf-8-sig") as fh:
        row = next(csv.DictReader(fh))

    (tmp_path / "uploads").mkdir()
    files = [("files", (name, (packet / name).read_bytes(), "application/pdf")) for name in PAGES]
    with TestClient(create_app(StandInEngine(), temp_root=tmp_path / "uploads")) as client:
        answer = client.post("/api/check", data={"as_of": AS_OF, "application": "first",
                                                 "declare.title_or_skill": "技能四级"}, files=files)
    from_web = answer.json()["points"]

    # age 36 → 30; 本科 60 (no degree in this packet); 技能四级 30 listed, not counted (education is higher)
    assert shown(from_check)[:2] == [90, False]
    assert ("title_or_skill", 30, False, "declared") in shown(from_check)[2]
    assert shown(from_check) == shown(from_batch) == shown(from_web)
    assert row["估算积分"] == "90" and row["积分为下限"] == "否"
