"""The pipeline as a list of stages over one run: only the stages that declare it ask the OCR engine, a reader's
failure is reported (never silently dropped) and the check goes on, and the report's page images come from the
pages the check decoded, only when asked for."""
import io
import json
import logging
import shutil
from datetime import date
from pathlib import Path

import pytest
from PIL import Image

from extractors.doctypes import id_card
from precheck.core.model import OcrLine, Severity, Verdict
from precheck.ocr.base import OcrResult
from precheck.pipeline.run import Stage
from precheck.pipeline.stages import STAGES, CheckOptions, check_packet, run_check
from tests.stand_in import StandInEngine

ID_CARD = Path(__file__).resolve().parents[1] / "fixtures" / "ocr" / "id_card_cards_scan.json"
DEMO = Path(__file__).resolve().parents[2] / "samples" / "packets" / "demo_fix"
TEXT_LAYER_PDF = DEMO / next(p["file"] for p in json.loads((DEMO.parent / "demo_fix.truth.json").read_text(encoding="utf-8"))["pages"]
                             if p["capture"] == "text_pdf")
OPTIONS = CheckOptions(as_of=date(2026, 12, 1))


class RecordedEngine(StandInEngine):
    """Reads the packet's pages, in turn, as the recorded pages of an ID card (every line a little unsure, so the
    extractor looks again), turned upright by `rotation`; notes which stage asked it what."""

    name, version = "recorded", "1"

    def __init__(self, rotation=0):
        self.pages = [page["lines"] for page in json.loads(ID_CARD.read_text(encoding="utf-8"))["pages"]]
        self.rotation = rotation
        self.stage = None
        self.calls = []

    def recognize(self, image):
        self.calls.append((self.stage, "recognize"))
        lines = [OcrLine(**line | {"confidence": 0.7, "char_confidences": None}) for line in self.pages.pop(0)]
        width, height = (image.height, image.width) if self.rotation in (90, 270) else image.size
        return OcrResult(lines=lines, rotation=self.rotation, width=width, height=height)

    def read_line(self, crop):
        self.calls.append((self.stage, "read_line"))
        return None


def card_packet(folder: Path) -> Path:
    folder.mkdir()
    for name in ("front.png", "back.png"):
        Image.new("RGB", (800, 500), "white").save(folder / name)
    return folder


def noting_stages(engine):
    """STAGES, each telling the engine its name before it runs."""
    def noting(stage):
        def run(run_):
            engine.stage = stage.name
            stage.run(run_)
        return Stage(stage.name, run, stage.uses_engine)
    return tuple(noting(stage) for stage in STAGES)


def test_the_stages_in_order_and_which_ask_the_engine():
    assert [(s.name, s.uses_engine) for s in STAGES] == [
        ("read pages", True), ("classify and group", False), ("extract fields", True), ("rules", False)]


def test_only_stages_that_declare_it_ask_the_engine(tmp_path):
    engine = RecordedEngine()
    run = run_check(card_packet(tmp_path / "packet"), OPTIONS, engine, stages=noting_stages(engine))
    declared = {s.name for s in STAGES if s.uses_engine}
    assert {stage for stage, _ in engine.calls} <= declared
    assert ("extract fields", "read_line") in engine.calls  # weak values were looked at again
    assert [d.type for d in run.documents] == ["id_card"] and run.documents[0].fields["id_number"].value
    assert run.report.documents == run.documents and run.stage_failures == []


def test_a_failing_reader_is_reported_and_the_check_goes_on(tmp_path, monkeypatch, caplog):
    def broken(draft, second_look):
        raise KeyError("贺若")  # an exception's text may quote the page

    monkeypatch.setattr(id_card, "extract", broken)
    with caplog.at_level(logging.WARNING):
        run = run_check(card_packet(tmp_path / "packet"), OPTIONS, RecordedEngine())
    (failure,) = run.stage_failures
    assert failure.stage == "extract fields" and failure.document_type == "id_card" and len(failure.pages) == 2
    (finding,) = [f for f in run.report.findings if f.rule == "internal.stage_failed"]
    assert finding.severity == Severity.warning and finding.source == "precheck" and finding.action
    assert finding.message.startswith("居民身份证") and "人工核对" in finding.message
    assert {(e.file, e.page) for e in finding.evidence} == {("front.png", 1), ("back.png", 1)}
    assert "贺若" not in finding.message and "贺若" not in caplog.text
    assert run.report.verdict != Verdict.ready
    assert {c.rule: c.status for c in run.report.checks}["internal.stage_failed"] == "failed"


def test_page_images_are_kept_only_when_asked_and_stand_upright(tmp_path):
    packet = card_packet(tmp_path / "packet")
    shutil.copy(TEXT_LAYER_PDF, packet / "list.pdf")
    assert run_check(packet, OPTIONS, RecordedEngine()).page_images == {}
    run = run_check(packet, OPTIONS, RecordedEngine(rotation=90), keep_page_images=True)
    assert set(run.page_images) == {(p.file, p.page) for p in run.report.pages} == {
        ("back.png", 1), ("front.png", 1), ("list.pdf", 1)}
    card = Image.open(io.BytesIO(run.page_images[("front.png", 1)]))
    assert card.format == "JPEG" and card.size == (500, 800)  # turned as the engine stood it up
    listing = Image.open(io.BytesIO(run.page_images[("list.pdf", 1)]))  # a text-layer page, rendered for the report
    assert listing.format == "JPEG" and max(listing.size) <= 2700


def test_check_packet_is_the_run_report(tmp_path):
    packet = card_packet(tmp_path / "packet")
    report = check_packet(packet, OPTIONS, RecordedEngine(), label="甲")
    assert report.packet == "甲" and [d.type for d in report.documents] == ["id_card"]
    assert report == run_check(packet, OPTIONS, RecordedEngine(), label="甲").report


@pytest.mark.parametrize("keep", [False, True])
def test_the_packet_is_left_as_it_was(tmp_path, keep):
    packet = card_packet(tmp_path / "packet")
    before = {p.name: p.read_bytes() for p in packet.iterdir()}
    run_check(packet, OPTIONS, RecordedEngine(), keep_page_images=keep)
    assert {p.name: p.read_bytes() for p in packet.iterdir()} == before
