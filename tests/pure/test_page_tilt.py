"""A page's tilt, by which rows are levelled, is measured on the document's own lines, not on a slanted watermark."""
from extractors.reading.text import document_lines, part_tilt
from precheck.core.model import OcrLine, PageRef, PageSource, PageText
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import PlacedPart


def line(text, x0, y0, x1, y1, slope=0.0):
    return OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=0.98, slope=slope)


ROWS = [line("常住人口登记卡", 0.40, 0.10, 0.59, 0.13), line("姓名", 0.18, 0.20, 0.22, 0.22), line("罗玲艳", 0.29, 0.20, 0.34, 0.22),
        line("出生地", 0.18, 0.25, 0.22, 0.27), line("安徽省合肥市", 0.29, 0.25, 0.38, 0.27),
        line("公民身份证件编号", 0.18, 0.30, 0.25, 0.32), line("340104198702215467", 0.29, 0.30, 0.42, 0.32),
        line("服务处所", 0.18, 0.35, 0.23, 0.37), line("上海晨曦文化传媒有限公司", 0.29, 0.35, 0.47, 0.37)]
# 仅供居住证积分使用，他用无效 written at a slant, many times across the copy: wide lines, each of the slant's slope.
WATERMARK = [line(text, x, y, x + 0.25, y + 0.09, slope=-0.18) for text, x, y in (
    ("他用无效", 0.65, 0.05), ("居住证积分使用，", 0.58, 0.15), ("仅供居住证积分使用，", 0.55, 0.28), ("他用无效", 0.0, 0.30),
    ("住证积分使用，", 0.34, 0.40), ("仅供居住证积分使", 0.70, 0.45), ("他用无效", 0.75, 0.55), ("证积分使用", 0.10, 0.50),
    ("仅供居住", 0.77, 0.65), ("他用无效", 0.20, 0.70))]


def test_rows_are_not_levelled_by_the_slope_of_a_watermark_across_the_copy():
    page = PageText(ref=PageRef(file="copy.png", page=1), source=PageSource.ocr, width=1653, height=2338,
                    lines=ROWS + WATERMARK)
    parts = classify_page(page.lines)
    assert part_tilt(parts[0].lines, page.lines) == 0.0
    lines = document_lines([PlacedPart(page, part) for part in parts])
    assert all(abs(found.level) < 1e-9 for found in lines)


def test_a_document_of_few_lines_is_levelled_by_the_whole_page():
    tilted = [line(f"第{i}行文字内容", 0.1, 0.1 * i, 0.6, 0.1 * i + 0.02, slope=0.05) for i in range(1, 6)]
    assert part_tilt(tilted[:2], tilted) == 0.05
