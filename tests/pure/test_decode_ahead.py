"""The next image file is decoded in another thread while this one is read (issue 20); the pages, problems and their
order are those of reading in turn, and a PDF is never touched outside the caller's thread (pypdfium2 is not
thread-safe)."""
import io
import threading

import pytest

from precheck.ingest import pages as ingest_pages
from precheck.ingest.images import TRUNCATED
from precheck.ingest.packet import open_packet
from precheck.ingest.pages import InputProblem, PageInput, iter_pages
from tests.conftest import CONTRACT_LINES
from tests.drawing import draw_text_page


@pytest.fixture(scope="module")
def page():
    return draw_text_page(CONTRACT_LINES, dpi=60)


def _record_threads(monkeypatch, module, name):
    seen = []
    original = getattr(module, name)

    def recorded(*args, **kwargs):
        seen.append(threading.current_thread().name)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, recorded)
    return seen


def test_the_next_images_are_decoded_in_another_thread(tmp_path, page, monkeypatch):
    for name in ("a.png", "b.jpg", "c.png"):
        page.save(tmp_path / name)
    threads = _record_threads(monkeypatch, ingest_pages, "decode_page")
    items = list(iter_pages(open_packet(tmp_path)))
    assert [i.ref.file for i in items] == ["a.png", "b.jpg", "c.png"]
    assert all(i.load_image().size == page.size for i in items)
    ahead = [t for t in threads if t.startswith("decode-ahead")]
    assert len(threads) == 3 and len(ahead) == 2  # the first file in turn: nothing was read before it


def test_a_broken_image_decoded_ahead_is_reported_in_its_turn(tmp_path, page):
    page.save(tmp_path / "p1.png")
    buffer = io.BytesIO()
    page.save(buffer, "JPEG")
    (tmp_path / "p2.jpg").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 3])
    page.save(tmp_path / "p3.png")
    items = list(iter_pages(open_packet(tmp_path)))
    assert [(type(i).__name__, i.file if isinstance(i, InputProblem) else i.ref.file) for i in items] == [
        ("PageInput", "p1.png"), ("InputProblem", "p2.jpg"), ("PageInput", "p3.png")]
    assert items[1].message == TRUNCATED and items[1].page is None


def test_pdfs_are_opened_and_rendered_only_in_the_callers_thread(tmp_path, page, monkeypatch):
    page.save(tmp_path / "p1.png")
    page.save(tmp_path / "p2.pdf", "PDF", resolution=60)
    page.save(tmp_path / "p3.png")
    opened = _record_threads(monkeypatch, ingest_pages.pdfpages, "open_pdf")
    rendered = _record_threads(monkeypatch, ingest_pages.pdfpages, "render")
    items = list(iter_pages(open_packet(tmp_path)))
    assert all(isinstance(i, PageInput) for i in items) and len(items) == 3
    items[1].load_image()
    caller = threading.current_thread().name
    assert opened and rendered and set(opened + rendered) == {caller}
