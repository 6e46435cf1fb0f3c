"""A long scrolling screenshot of the tax app (outsider P, p016: 1080 px wide, several screens stitched), read in
bands, and its header name read alone beside the masked ID number (RapidOCR, real pixels)."""
from pathlib import Path

from PIL import Image

from extractors.doctypes import tax_record
from precheck.core.model import PageRef, PageSource, PageText
from precheck.pipeline.long_screens import band_edges, is_long_screen, read_in_bands
from precheck.pipeline.second_look import Rereader
from precheck.pipeline.stages import classify_pages

REF = PageRef(file="Screenshot.png", page=1)
PAGE = Path(__file__).resolve().parents[1] / "fixtures" / "pages" / "tax_app_long_screenshot.png"


def _page() -> Image.Image:
    image = Image.open(PAGE).convert("RGB")
    image.load()
    return image


def test_bands_cover_the_page_and_overlap():
    edges = band_edges(1080, 3100)
    assert edges[0][0] == 0 and edges[-1][1] == 3100
    assert all(later[0] < earlier[1] for earlier, later in zip(edges, edges[1:]))
    assert is_long_screen((1080, 3100)) and not is_long_screen((1080, 2400)) and not is_long_screen((2481, 3508))


def test_the_long_screenshot_is_read_in_bands_each_line_once_and_the_header_name_whole(rapid_engine):
    image = _page()
    result = read_in_bands(rapid_engine, image)
    texts = [line.text for line in result.lines]
    # Each month's card once, though bands overlap; the months in the screenshot's order (newest first).
    months = [text for text in texts if text[:4] == "2026" and len(text) == 7]
    assert months == sorted(set(months), reverse=True) and "2026-10" in months
    assert texts.count("收入纳税明细") == 1
    header = next(line for line in result.lines if "*" in line.text)
    assert header.text.startswith("邓博") and header.confidence >= 0.9
    rereader = Rereader(rapid_engine)
    rereader.add_page(REF, lambda: image, 0)
    text = PageText(ref=REF, source=PageSource.ocr, engine=rapid_engine.name, rotation=0, width=result.width,
                    height=result.height, lines=result.lines)
    (draft,) = [d for d in classify_pages([text]) if d.type_id == "tax_record"]
    fields, rows = tax_record.extract(draft, rereader)
    # Read in one line with the masked number, the name loses its last character (邓博); read alone it is whole.
    assert fields["name"].value == "邓博刚" and fields["name"].confidence >= 0.9
    assert {row["period"].value for row in rows} >= {"2026-10", "2026-09", "2026-08"}
