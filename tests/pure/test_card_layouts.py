"""Card, grid and screen layouts on hand-made lines: values flush right far from their labels, right-aligned wraps,
label words and seal text refused as values, watermarks and grid label columns in page classification."""
from extractors.doctypes.household_register_member import parse_native_place, parse_workplace
from extractors.reading.fields import Field, Reader
from extractors.reading.text import make_line
from extractors.reading.values import parse_address, parse_date, parse_id_number, parse_name
from precheck.core.model import OcrLine, PageRef
from precheck.pipeline.classify import is_watermark, split_regions

REF = PageRef(file="screen.png", page=1)
PHONE_ASPECT = 2340 / 1080


def screen(*items, aspect=PHONE_ASPECT):
    return [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=0.99), REF, 0, aspect) for t, x0, y0, x1, y1 in items]


ID = Field("id_number", ("证件号码",), parse_id_number)
ADDRESS = Field("hukou_address", ("户籍地址",), parse_address, wraps=True)
ISSUED = Field("issue_date", ("签注日期",), parse_date)
NAME = Field("name", ("姓名",), parse_name)


def test_values_flush_right_far_from_grey_labels_and_a_right_aligned_second_line_joins():
    page = screen(
        ("证件号码", 0.08, 0.27, 0.22, 0.29), ("110101199003077578", 0.55, 0.272, 0.91, 0.288),
        ("户籍地址", 0.08, 0.32, 0.22, 0.34), ("江西省赣州市章贡区红旗大道88号", 0.38, 0.322, 0.91, 0.340),
        ("7栋2单元501室", 0.64, 0.343, 0.912, 0.361),
        ("签注日期", 0.08, 0.46, 0.22, 0.48), ("2025-03-09", 0.72, 0.46, 0.91, 0.478),
    )
    values = Reader(page, (ID, ADDRESS, ISSUED)).read_all()
    assert values["id_number"].value == "110101199003077578"
    assert values["hukou_address"].value == "江西省赣州市章贡区红旗大道88号7栋2单元501室"
    assert values["issue_date"].value == "2025-03-09"


def test_a_label_standing_alone_is_not_the_value_of_the_label_above():
    page = screen(("姓名", 0.1, 0.10, 0.16, 0.12), ("性别", 0.1, 0.13, 0.16, 0.15), aspect=1.414)
    assert "name" not in Reader(page, (NAME,)).read_all()


def test_a_seals_ring_text_is_no_address():
    page = screen(("户籍地址", 0.1, 0.30, 0.2, 0.32), ("某市公安局某某派出所户口专用章", 0.3, 0.30, 0.7, 0.32), aspect=1.414)
    assert "hukou_address" not in Reader(page, (ADDRESS,)).read_all()


def test_native_place_and_workplace_are_short_words_and_blank_stays_blank():
    assert parse_native_place("江西赣州").value == "江西赣州"
    assert parse_native_place("江西省赣州市").value == "江西省赣州市"
    assert parse_workplace("务工").value == "务工"
    assert parse_workplace("上海某某科技有限公司").value == "上海某某科技有限公司"
    assert parse_workplace("") is None


def test_watermark_pieces_are_recognised_but_titles_are_not():
    def line(text):
        return OcrLine(text=text, bbox=(0.1, 0.1, 0.3, 0.12), confidence=0.9)
    assert is_watermark(line("仅供居住证积分使用，他用无效"))
    assert is_watermark(line("他用无效")) and is_watermark(line("仅供居住"))
    assert not is_watermark(line("上海市居住证")) and not is_watermark(line("居住证"))


def test_a_grid_label_column_is_not_split_from_its_values():
    labels = ["姓名", "证件类型", "户籍地址", "居住地址", "签注日期", "有效期限"]
    values = ["张三", "居民身份证", "江西省赣州市章贡区红旗大道88号", "上海市闵行区七莘路100号", "2025-03-09", "2025-03-09至2026-03-08"]
    lines = []
    for row, (label, value) in enumerate(zip(labels, values)):
        y = 0.16 + 0.037 * row
        lines.append(OcrLine(text=label, bbox=(0.09, y, 0.155, y + 0.011), confidence=0.99))
        lines.append(OcrLine(text=value, bbox=(0.23, y + 0.008, 0.23 + 0.012 * len(value), y + 0.019), confidence=0.99))
    assert len(split_regions(lines)) == 1


def test_the_e_permit_banner_name_is_read_but_only_as_a_guess():
    from extractors.doctypes.residence_permit import banner_name
    from extractors.reading.fields import GUESSED_PLACE_CAP, placed_by_guess
    page = screen(("电子居住证", 0.40, 0.048, 0.60, 0.071), ("上海市居住证", 0.10, 0.113, 0.28, 0.132),
                  ("张晓明", 0.08, 0.159, 0.33, 0.200), ("证件号码", 0.08, 0.27, 0.22, 0.29), ("户籍地址", 0.08, 0.32, 0.22, 0.34))
    found = placed_by_guess(banner_name(page))
    assert found.value == "张晓明" and found.confidence <= GUESSED_PLACE_CAP
