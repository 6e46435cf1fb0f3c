"""quality.unreadable_page: a page that cannot be read is a warning, except a blank back side among a scanned
file's read pages, or a blank file beside a packet that holds every required document, which is only noted (REAL-DOCUMENTS: blank backs of pages are not documents of the packet)."""
from datetime import date

from precheck.core.model import Document, PageRef
from rules.catalogue import ordered_rules
from rules.registry import RULES, CheckContext, PageIssue


def findings(issue: PageIssue, documents: list[Document]):
    ordered_rules()
    context = CheckContext(documents=documents, as_of=date(2026, 11, 22), application="first", page_issues=[issue])
    return RULES["quality.unreadable_page"].run(context).findings


PERMIT = Document(type="residence_permit", pages=[PageRef(file="scan.pdf", page=1)])


def test_a_blank_back_side_in_a_scanned_file_is_only_noted():
    [finding] = findings(PageIssue("scan.pdf", 2, "页面几乎是空白的。", "unreadable_page", blank=True), [PERMIT])
    assert finding.severity.value == "info" and "空白页" in finding.message


def test_a_blank_file_beside_a_packet_missing_documents_is_a_warning():
    [finding] = findings(PageIssue("back.png", 1, "页面几乎是空白的。请确认是否扫描了正确的一面。", "unreadable_page", blank=True),
                         [PERMIT])
    assert finding.severity.value == "warning" and "正确的一面" in finding.message


COMPLETE = [Document(type=type_id, pages=[PageRef(file=f"{type_id}.jpg", page=1)])
            for type_id in ("id_card", "residence_permit", "household_register_cover", "household_register_member",
                            "labour_contract", "tax_record")]


def test_a_blank_file_beside_a_complete_packet_is_only_noted():
    issue = PageIssue("back.png", 1, "页面几乎是空白的。请确认是否扫描了正确的一面。", "unreadable_page", blank=True)
    [finding] = findings(issue, COMPLETE)
    assert finding.severity.value == "info" and "所需材料都已找到" in finding.message
    [finding] = findings(issue, COMPLETE[1:])  # the 身份证 missing: the blank may be it, scanned from the wrong side
    assert finding.severity.value == "warning"


def test_a_dark_page_among_read_pages_is_still_a_warning():
    [finding] = findings(PageIssue("scan.pdf", 2, "图片太暗，看不清文字。", "unreadable_page", blank=False), [PERMIT])
    assert finding.severity.value == "warning"


def test_a_thumbnail_no_type_was_found_for_is_an_unreadable_page_though_ocr_read_characters_from_it(tmp_path):
    # outsider AH's ah026: a 150×94 chat preview of an ID card; OCR read 36 characters of noise from it
    from PIL import Image

    from precheck.core.model import OcrLine
    from precheck.ocr.base import OcrResult
    from precheck.pipeline.stages import CheckOptions, run_check
    from tests.stand_in import StandInEngine

    class NoisyEngine(StandInEngine):
        def recognize(self, image):
            texts = ["+.4", "2×", "0+", "190 = 9 ± 6", "2301031983122±2856"]
            lines = [OcrLine(text=t, bbox=(0.05, 0.1 + 0.15 * i, 0.8, 0.2 + 0.15 * i), confidence=0.6)
                     for i, t in enumerate(texts)]
            return OcrResult(lines=lines, rotation=0, width=image.width, height=image.height)

    packet = tmp_path / "p"
    packet.mkdir()
    Image.new("RGB", (150, 94), "white").save(packet / "scan3058.jpg")
    Image.new("RGB", (1240, 1754), "white").save(packet / "page.jpg")
    run = run_check(packet, CheckOptions(as_of=date(2026, 11, 22)), NoisyEngine())
    flagged = [f for f in run.report.findings if f.rule == "quality.unreadable_page"]
    assert [f.evidence[0].file for f in flagged] == ["scan3058.jpg"]  # the full-size page of the same noise is not
    assert "图片太小（150×94 像素）" in flagged[0].message and flagged[0].severity.value == "warning"
