"""Values the detector passed over, read beside their labels on real rendered pages (RapidOCR)."""
from pathlib import Path

import pytest
from PIL import Image

from precheck.core.model import PageRef, PageSource, PageText
from precheck.pipeline.stages import classify_pages, extract_documents
from precheck.pipeline.second_look import Rereader

REF = PageRef(file="card.jpg", page=1)
PAGES = Path(__file__).resolve().parents[1] / "fixtures" / "pages"


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


@pytest.mark.ocr
def test_a_name_whose_last_character_a_watermark_crosses_is_read_whole(rapid_engine):
    # An A4 copy of an ID card under 仅供居住证积分使用，他用无效 (outsider N, n034): the detector passes over the name,
    # and a crop just wide enough for two characters reads 苏博 surely; the wider crop reads 苏博洋.
    lines, card = _read_page(rapid_engine, "id_card_watermark_over_name.jpg", "id_card")
    assert not any("苏博洋" in line.text for line in lines)
    assert card.fields["name"].value == "苏博洋"


@pytest.mark.ocr
def test_a_card_under_a_watermark_read_with_two_characters_wrong_is_read_again_without_it(rapid_engine):
    # An A4 copy of both faces under large slanted 仅供居住证积分使用，他用无效 (outsider AG, ag029): the first reading
    # boxes 居任证积分使用，他用无双 over the card's top rows and loses 姓名 尹一鸣 and 男 民族 汉 under it.
    lines, card = _read_page(rapid_engine, "id_card_under_a_misread_watermark.jpg", "id_card")
    assert any("居任证积分使用" in line.text for line in lines)
    assert card.fields["name"].value == "尹一鸣"
    assert card.fields["sex"].value == "男" and card.fields["ethnicity"].value == "汉"

