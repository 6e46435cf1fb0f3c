"""The facing page of an open 户口簿 is read again only where the form read leaves a page's room beside it, and its
lines join the page only when they are that facing page."""
from PIL import Image

from precheck.core.model import OcrLine
from precheck.ocr.base import OcrResult
from precheck.pipeline.booklet_spreads import read_facing_page
from precheck.pipeline.classify import classify_page

# A 首页 read on the right half of a spread (upright frame), its facing 本人页 unread but for one line beyond the fold.
COVER_ON_THE_RIGHT = [("常住人口登记簿", (0.60, 0.10, 0.75, 0.14)), ("户别", (0.55, 0.20, 0.59, 0.23)),
                      ("家庭户", (0.65, 0.20, 0.71, 0.23)), ("户主姓名", (0.55, 0.26, 0.62, 0.29)),
                      ("苏娟", (0.65, 0.26, 0.69, 0.29)), ("户号", (0.55, 0.32, 0.59, 0.35)),
                      ("21079817", (0.65, 0.32, 0.73, 0.35)), ("住址", (0.55, 0.38, 0.59, 0.41)),
                      ("江西省南昌市东湖区阳明路435号9幢2603室", (0.65, 0.38, 0.95, 0.41)),
                      ("承办人签章", (0.55, 0.70, 0.63, 0.73)), ("签发日期2004年5月31日", (0.75, 0.70, 0.93, 0.73)),
                      ("登记日期1975年6月14日", (0.13, 0.80, 0.25, 0.83))]
MEMBER_CROP = [("常住人口登记卡", (0.35, 0.05, 0.65, 0.09)), ("姓名", (0.10, 0.12, 0.18, 0.15)),
               ("苏娟", (0.20, 0.12, 0.28, 0.15)), ("户主或与户主关系", (0.50, 0.12, 0.70, 0.15)),
               ("出生地", (0.10, 0.20, 0.18, 0.23)), ("公民身份证件编号", (0.30, 0.40, 0.45, 0.43)),
               ("360102197503183382", (0.48, 0.40, 0.80, 0.43)), ("服务处所", (0.10, 0.50, 0.20, 0.53))]
DESK_CROP = [("宜家", (0.40, 0.40, 0.50, 0.45))]


def ocr(rows):
    return [OcrLine(text=text, bbox=box, confidence=0.99) for text, box in rows]


class Scripted:
    name, version = "scripted", "1"

    def __init__(self, crop_rows):
        self.crop_rows, self.crops = crop_rows, []

    def recognize(self, image):
        self.crops.append(image.size)
        return OcrResult(lines=ocr(self.crop_rows), rotation=0, width=image.width, height=image.height)


def page(rows):
    return OcrResult(lines=ocr(rows), rotation=0, width=1000, height=750)


def test_the_facing_page_beside_a_cover_read_alone_is_read_again_and_joins_the_page():
    engine = Scripted(MEMBER_CROP)
    read = read_facing_page(engine, Image.new("RGB", (1000, 750), "white"), page(COVER_ON_THE_RIGHT))
    assert len(engine.crops) == 1 and engine.crops[0][0] < 600  # the room left of the form, not the page
    types = {part.classification.type_id for part in classify_page(read.lines)}
    assert types == {"household_register_cover", "household_register_member"}
    number = next(line for line in read.lines if line.text == "360102197503183382")
    assert number.bbox[2] < 0.55  # placed back on the page, left of the fold


def test_what_the_room_beside_holds_joins_the_page_only_when_it_is_the_facing_page():
    engine = Scripted(DESK_CROP)
    read = read_facing_page(engine, Image.new("RGB", (1000, 750), "white"), page(COVER_ON_THE_RIGHT))
    assert len(engine.crops) == 1
    assert [line.text for line in read.lines] == [text for text, _ in COVER_ON_THE_RIGHT]


def test_a_cover_filling_its_page_is_not_read_again():
    filling = [(text, (0.1 + (x0 - 0.55) * 2, y0, min(0.95, 0.1 + (x1 - 0.55) * 2), y1))
               for text, (x0, y0, x1, y1) in COVER_ON_THE_RIGHT[:-1]]
    engine = Scripted(MEMBER_CROP)
    read = read_facing_page(engine, Image.new("RGB", (1000, 750), "white"), page(filling))
    assert engine.crops == [] and len(read.lines) == len(filling)
