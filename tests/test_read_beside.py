"""A value the page's text detector passed over: nothing at all was read beside its label, so the place the value
would stand is cropped and read, narrowest first, and a wider crop's stray text does not become the value."""
from pathlib import Path

import pytest
from PIL import Image

from extractors.reading.fields import Field, Reader
from extractors.reading.text import make_line
from extractors.reading.values import parse_ethnicity
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.stages import classify_pages, extract_documents
from precheck.pipeline.second_look import Rereader

REF = PageRef(file="card.jpg", page=1)
ETHNICITY = Field("ethnicity", ("民族",), parse_ethnicity)
PAGES = Path(__file__).parent / "fixtures" / "pages"


def card_lines():
    items = [("性别", 0.06, 0.24, 0.15, 0.30), ("女", 0.19, 0.24, 0.24, 0.30), ("民族", 0.32, 0.24, 0.41, 0.30)]
    return [make_line(OcrLine(text=t, bbox=box, confidence=0.99), REF, 0, 0.63) for t, *box in items]


def crops_reading(answers):
    """A reread answering each crop by its width in the label's character widths."""
    widths = []

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        widths.append(round((bbox[2] - bbox[0]) / card_lines()[2].char_width, 1))
        text, confidence = answers[len(widths) - 1]
        return OcrLine(text=text, bbox=bbox, confidence=confidence, char_confidences=[confidence] * len(text)) if text else None

    return reread, widths


def test_a_lone_character_missed_beside_its_label_is_read_from_the_narrowest_crop_that_reads_surely():
    reread, widths = crops_reading([("汉", 0.99)])
    value = Reader(card_lines(), (ETHNICITY,), reread=reread).read_all()["ethnicity"]
    assert value.value == "汉" and value.confidence == 0.99 and widths == [1.5]


def test_a_wider_crop_is_tried_when_the_narrow_one_reads_nothing_and_stray_text_is_never_the_value():
    reread, widths = crops_reading([("", 0.0), ("回", 0.98)])
    assert Reader(card_lines(), (ETHNICITY,), reread=reread).read_all()["ethnicity"].value == "回"
    assert widths == [1.5, 3.0]
    reread, widths = crops_reading([("汉", 0.55), ("务中心", 0.97), ("务中心", 0.99)])
    value = Reader(card_lines(), (ETHNICITY,), reread=reread).read_all()["ethnicity"]
    assert value.value == "汉" and value.confidence == 0.55  # unsure, as it was read: never 务中心


def _read_page(engine, name, doc_type):
    page = Image.open(PAGES / name)
    page.load()
    result = engine.recognize(page)
    rereader = Rereader(engine)
    rereader.add_page(REF, lambda: page, result.rotation)
    text = PageText(ref=REF, source=PageSource.ocr, engine=engine.name, rotation=result.rotation,
                    width=result.width, height=result.height, lines=result.lines)
    documents, failures = extract_documents(classify_pages([text]), rereader)
    assert not failures
    (document,) = [d for d in documents if d.type == doc_type]
    return result.lines, document


@pytest.mark.ocr
def test_an_ethnicity_under_a_seals_remains_is_read_from_the_real_page(rapid_engine):
    lines, card = _read_page(rapid_engine, "id_card_seal_over_ethnicity.jpg", "id_card")
    assert not any("汉" in line.text for line in lines)  # the page's detector passes over it
    assert card.fields["ethnicity"].value == "汉" and card.fields["ethnicity"].confidence >= 0.9
    assert card.fields["sex"].value == "女" and card.fields["name"].value == "范鑫雪"


@pytest.mark.ocr
def test_a_sex_set_small_at_the_top_of_its_cell_on_a_seal_is_read_where_the_columns_values_stand(rapid_engine):
    # 常住人口登记卡 (dense layout): values start at one column, sit at the top of their cells and are set smaller
    # than the labels; 男 stands on the seal's ring beside the cell's rule.
    lines, member = _read_page(rapid_engine, "household_member_seal_over_sex.jpg", "household_register_member")
    assert not any("男" in line.text for line in lines)
    assert member.fields["sex"].value == "男" and member.fields["sex"].confidence >= 0.9
    assert member.fields["ethnicity"].value == "汉"
