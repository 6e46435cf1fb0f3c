"""A 纳税记录 printed over two pages whose first page's header went unread (outsider S's s003 and s005: photocopies
whose light header print on a grey band was lost), and a page whose rows could not be placed at all."""
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
