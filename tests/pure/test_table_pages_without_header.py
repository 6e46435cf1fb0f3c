"""A 纳税记录 whose header went unread (outsider S: light header print on a grey band, lost to a photocopy or a
scan): on its first page only, with a later page naming the columns (s003, s005); on every page (s004); a page
whose rows could not be placed at all (s010), or only some of them."""
from extractors.doctypes import tax_record
from extractors.reading.table import read_rows
from extractors.reading.text import make_line
from extractors.reading.values import parse_month
from precheck.core.model import OcrLine, PageRef
from tests.pure.test_cramped_tax_table import AGENT, HEADER, row

HEAD = [("中华人民共和国个人所得税纳税记录", 0.245, 0.056, 0.730, 0.082), ("纳税人名称：吴强可", 0.053, 0.146, 0.212, 0.165),
        ("记录期间：2025年10月-2026年09月", 0.053, 0.168, 0.328, 0.188)]


def page(items, number):
    ref = PageRef(file="tax.pdf", page=number)
    return [make_line(OcrLine(text=t, bbox=(x0, y0, x1, y1), confidence=1.0), ref, number - 1, 1.414)
            for t, x0, y0, x1, y1 in items]


def test_a_first_page_whose_header_went_unread_takes_the_columns_of_the_next():
    first = page(HEAD + row(0.256, 9, "590.61") + row(0.293, 8, "536.72"), 1)
    second = page(HEAD + HEADER + row(0.256, 7, "660.33") + row(0.293, 6, "1716.54"), 2)
    rows = read_rows(first + second, tax_record.COLUMNS, tax_record.OTHER_HEADERS, "period", parse_month,
                     tax_record._row)
    assert [(r["period"].value, r["withholding_agent"].value, r["amount"].value) for r in rows] == [
        ("2026-08", AGENT, "590.61"), ("2026-07", AGENT, "536.72"), ("2026-06", AGENT, "660.33"),
        ("2026-05", AGENT, "1716.54")]


def test_a_page_of_periods_that_gave_no_row_is_an_unread_row():
    """Its months are unknown: a month missing from the rows read may be there, so it calls for a check."""
    lines = page(HEAD + [(f"2026年{month:02d}月01日至", 0.5, 0.25 + 0.05 * month, 0.6, 0.26 + 0.05 * month)
                         for month in range(1, 5)], 1)
    other = page([("2026年06月01日至", 0.5, 0.3, 0.6, 0.31)], 2)  # the page a row was read from
    read = [{"period": tax_record.field_value("2026-06", [tax_record.Span(other[0], 0, 8)]),
             "withholding_agent": None, "amount": None}]
    (unread,) = tax_record._pages_of_unread_rows(read, lines + other)
    assert unread["period"].value is None and unread["period"].evidence.page == 1
    few = page(HEAD + [("2026年01月01日至", 0.5, 0.3, 0.6, 0.31)], 1)  # a date range in a heading is no table
    assert tax_record._pages_of_unread_rows([], few) == []


def test_a_page_that_prints_more_row_periods_than_rows_read_from_it_holds_an_unread_row():
    """A row whose band was lost (its period read, its amount and payer not placed): the month it holds is unknown."""
    lines = page(HEAD + [(f"2026年{month:02d}月01日至", 0.5, 0.25 + 0.05 * month, 0.6, 0.26 + 0.05 * month)
                         for month in range(1, 4)], 1)
    def read(count):
        return [{"period": tax_record.field_value(f"2026-0{index + 1}", [tax_record.Span(lines[3 + index], 0, 8)]),
                 "withholding_agent": None, "amount": None} for index in range(count)]
    (unread,) = tax_record._pages_of_unread_rows(read(2), lines)
    assert unread["period"].value is None and unread["period"].evidence.page == 1
    assert tax_record._pages_of_unread_rows(read(3), lines) == []
    heading = page([("2026年01月01日至2026年03月31日", 0.3, 0.20, 0.6, 0.21)], 1)  # the record's period, above the rows
    assert tax_record._pages_of_unread_rows(read(3), lines + heading) == []


def test_a_period_at_a_screen_s_foot_whose_row_the_next_screenshot_reads_is_no_unread_row():
    """Outsider U's u002: the 纳税记录 card cut at the foot of one screenshot (2026-08-01至2026-08) is read whole at the
    top of the next. Before, the first screen, with two periods and one row read from it, gave an unread row."""
    first = page(HEAD + [("2026-09-01至2026-09", 0.39, 0.40, 0.93, 0.42), ("2026-08-01至2026-08", 0.39, 0.86, 0.93, 0.88)], 1)
    second = page([("2026-08-01至2026-08", 0.39, 0.30, 0.93, 0.32)], 2)
    read = [{"period": tax_record.field_value(month, [tax_record.Span(line, 0, 18)]), "withholding_agent": None,
             "amount": None} for month, line in (("2026-09", first[3]), ("2026-08", second[0]))]
    assert tax_record._pages_of_unread_rows(read, first + second) == []
    lost = [dict(read[0])]  # the 2026-08 row read nowhere: its month is unknown
    (unread,) = tax_record._pages_of_unread_rows(lost, first + second)
    assert unread["period"].evidence.page == 1


def test_a_record_whose_header_went_unread_on_every_page_is_read_row_by_row():
    """Outsider S's s004, a scan: no title of the table read; each row opens where its 税款所属期 does."""
    rows_read = [("2025-12-08", 0.081, 0.253, 0.151, 0.266), ("555.32", 0.209, 0.251, 0.258, 0.268),
                 ("2025-12-10", 0.274, 0.251, 0.347, 0.267), ("工资薪金所得", 0.383, 0.246, 0.465, 0.262),
                 ("2025年11月01日至", 0.501, 0.247, 0.602, 0.261), ("国家税务总局上海市长宁", 0.620, 0.247, 0.750, 0.261),
                 ("扣缴义务人：上海恒远精密仪", 0.764, 0.247, 0.916, 0.260), ("2025年11月30日", 0.505, 0.259, 0.598, 0.275),
                 ("区税务局", 0.619, 0.259, 0.674, 0.275), ("器有限公司(91310105MAJBJ", 0.762, 0.259, 0.921, 0.273),
                 ("E9514)", 0.761, 0.270, 0.808, 0.287), ("2026-01-06", 0.081, 0.302, 0.151, 0.315),
                 ("472.51", 0.210, 0.300, 0.256, 0.316), ("2026-01-09", 0.276, 0.300, 0.347, 0.316),
                 ("工资薪金所得", 0.384, 0.296, 0.463, 0.310), ("2025年12月01日至", 0.501, 0.296, 0.602, 0.310),
                 ("2025年12月31日", 0.504, 0.306, 0.598, 0.323), ("区税务局", 0.619, 0.307, 0.674, 0.323),
                 ("国家税务总局上海市长宁", 0.620, 0.296, 0.750, 0.310), ("扣缴义务人：上海恒远精密仪", 0.764, 0.296, 0.918, 0.310),
                 ("器有限公司(91310105MAJBJ", 0.764, 0.308, 0.922, 0.321), ("E9514)", 0.761, 0.319, 0.808, 0.335)]
    rows = tax_record._rows_from_row_bands(page(HEAD + rows_read, 1))
    assert [(r["period"].value, r["withholding_agent"].value, r["amount"].value) for r in rows] == [
        ("2025-11", "上海恒远精密仪器有限公司", "555.32"), ("2025-12", "上海恒远精密仪器有限公司", "472.51")]


def test_a_numbered_list_keeps_its_row_numbers_out_of_the_period():
    """Outsider S's s001, a 纳税清单 scanned bilevel: 序号 1 stands left of 2026年02月, read as 12026年02月 when the
    序号 column was not told apart."""
    items = [("所得项目", 0.638, 0.206, 0.707, 0.226), ("实缴税额", 0.785, 0.203, 0.856, 0.224), ("序号", 0.094, 0.214, 0.136, 0.234),
             ("税款所属期", 0.174, 0.212, 0.256, 0.231), ("扣缴义务人名称", 0.388, 0.210, 0.501, 0.228),
             ("工资薪金所得", 0.629, 0.237, 0.716, 0.256), ("1412.47", 0.830, 0.234, 0.892, 0.253), ("1", 0.107, 0.246, 0.125, 0.263),
             ("2026年02月", 0.174, 0.243, 0.257, 0.262), ("上海汇智(控股)有限公司", 0.297, 0.242, 0.454, 0.259)]
    rows = read_rows(page(items, 1), tax_record.COLUMNS, tax_record.OTHER_HEADERS, "period", parse_month, tax_record._row)
    assert [(r["period"].value, r["withholding_agent"].value, r["amount"].value) for r in rows] == [
        ("2026-02", "上海汇智(控股)有限公司", "1412.47")]


def test_a_record_whose_last_row_read_is_the_last_thing_its_page_shows_and_before_its_stated_end_was_cut_off():
    """Outsider V's v023, a photo of the record on a monitor: the rows for 2026-09 and 2026-10 and the foot under them
    were never found, though the header states 记录期间 …至2026年10月. Those months are unknown, not missing."""
    lines = page(HEAD + [(f"2026年{month:02d}月01日至", 0.5, 0.25 + 0.05 * month, 0.6, 0.26 + 0.05 * month)
                         for month in range(5, 8)], 1)

    def read(months):
        return [{"period": tax_record.field_value(f"2026-{month:02d}", [tax_record.Span(lines[month - 2], 0, 8)]),
                 "withholding_agent": None, "amount": None} for month in months]
    stated = tax_record._record_months(lines)
    assert stated == {0: ("2025-10", "2026-09")}
    (unread,) = tax_record._cut_off_under_its_last_row(read(range(5, 8)), lines, stated)
    assert unread["period"].value is None and unread["period"].evidence.page == 1
    foot = page([("共1页第1页", 0.45, 0.92, 0.55, 0.93)], 1)  # the foot seen: the record ends where it ends
    assert tax_record._cut_off_under_its_last_row(read(range(5, 8)), lines + foot, stated) == []
    through = page(HEAD + [(f"2026年{month:02d}月01日至", 0.5, 0.25 + 0.05 * month, 0.6, 0.26 + 0.05 * month)
                           for month in range(7, 10)], 1)
    read_through = [{"period": tax_record.field_value(f"2026-{month:02d}", [tax_record.Span(through[month - 4], 0, 8)]),
                     "withholding_agent": None, "amount": None} for month in range(7, 10)]
    assert tax_record._cut_off_under_its_last_row(read_through, through, stated) == []  # read to its stated end


def test_a_continuation_page_printing_its_periods_as_months_whose_rows_were_not_placed_is_an_unread_row():
    """Outsider W w035: a PDF viewer's screenshot of the record's second page (2026年07月 … 2026年11月, no header, other
    scale than the first): none of its rows was placed, and the five months came out missing (a false error)."""
    lines = page(HEAD + [(f"2026年{month:02d}月", 0.1, 0.25 + 0.05 * month, 0.16, 0.26 + 0.05 * month)
                         for month in range(7, 12)], 1)
    (unread,) = tax_record._pages_of_unread_rows([], lines)
    assert unread["period"].value is None


def test_a_piece_of_the_tax_offices_cell_is_no_payer():
    """w035: the page's columns placed from another page's header put 区税务局 (the 入库税务机关 cell's second line) in
    the payers' column, and every month's payer differed from the contract's employer (a false error)."""
    from extractors.reading.payer import parse_payer
    assert parse_payer("区税务局") is None
    # nor is the whole office (outsider U u038: an app card's 入库税务机关 line read as a second payer of the month)
    assert parse_payer("国家税务总局上海市松江区税务局") is None
    assert parse_payer("上海澜峰电子商务股份有限公司").value == "上海澜峰电子商务股份有限公司"
