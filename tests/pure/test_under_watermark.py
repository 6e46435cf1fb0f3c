"""The second reading of a watermarked page: light ink turned to paper, and only the lines the first reading lacked
added to it."""
import numpy as np

from precheck.core.model import OcrLine
from precheck.ocr.under_watermark import hidden_lines, watermark_pieces, without_light_ink


def line(text, box):
    return OcrLine(text=text, bbox=box, confidence=0.99)


PRINT = [line("第一条 合同期限", (0.10, 0.42, 0.26, 0.44)), line("其中试用期自2023年1月1日起", (0.10, 0.53, 0.62, 0.55)),
         line("乙方：曹东", (0.10, 0.23, 0.36, 0.25))]
PIECE = line("仅供", (0.47, 0.36, 0.63, 0.47))  # five lines tall: a slanted piece


def test_a_tall_box_reading_as_a_watermark_is_a_piece_and_print_is_not():
    assert watermark_pieces(PRINT + [PIECE]) == [PIECE]
    assert watermark_pieces(PRINT) == []
    assert watermark_pieces(PRINT + [line("劳动合同", (0.47, 0.36, 0.63, 0.47))]) == []  # tall, but no watermark
    # A diploma under a dense watermark (outsider L's l013): more of its lines are pieces than print.
    pieces = [line("仅供居住证", (0.03, 0.46, 0.19, 0.69)), line("积分使用，他用无效", (0.70, 0.0, 0.96, 0.35)),
              line("供居住证积分使用，他用无效", (0.08, 0.42, 0.43, 0.91)), line("用，他用无效", (0.42, 0.72, 0.64, 1.0))]
    assert watermark_pieces(PRINT + pieces) == pieces


def test_only_lines_the_first_reading_lacked_are_added():
    term = line("固定期限：自2023年1月1日起至2027年12月31日止", (0.13, 0.45, 0.81, 0.47))
    again = [line("第一条 合同期限", (0.101, 0.421, 0.259, 0.441)), term, line("他用无效", (0.0, 0.18, 0.14, 0.31))]
    assert hidden_lines(PRINT + [PIECE], again) == [term]


def test_light_ink_goes_to_paper_and_print_stays():
    page = np.full((300, 300), 245, np.uint8)
    page[50:80, 20:280] = 20  # a line of print
    page[100:250, 100:120] = 180  # a watermark's light stroke
    cleared = without_light_ink(page)
    assert (cleared[50:80, 20:280] == 20).all()
    assert (cleared[100:250, 100:120] == 245).all()
    assert without_light_ink(np.full((300, 300), 245, np.uint8)) is None
