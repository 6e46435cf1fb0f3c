"""Every report shows what was read from each document (issue 18): each field's name, value and how surely it was
read, fields not read said so, doubtful ones flagged, and in HTML a box on the page where each value was read."""
import io
from datetime import date

from PIL import Image
from rich.console import Console

from precheck.core.model import Document, Evidence, FieldValue, PageRef, PageSummary, PageSource, Report
from precheck.reports.html import render_html
from precheck.reports.text import render_text

PAGE = PageRef(file="permit.jpg", page=1)


def fv(value, confidence=0.99, bbox=(0.30, 0.20, 0.62, 0.25)):
    return FieldValue(value=value, confidence=confidence, evidence=Evidence(file="permit.jpg", page=1, bbox=bbox, text=str(value)))


def report():
    permit = Document(type="residence_permit", pages=[PAGE], fields={
        "name": fv("张三"), "id_number": fv("310104199001011234", 0.65, (0.30, 0.30, 0.80, 0.35)),
        "valid_until": fv("long_term")})
    tax = Document(type="tax_record", pages=[PAGE], fields={"name": fv("张三")},
                   rows=[{"period": fv("2026-05"), "withholding_agent": fv("上海浦江信息技术有限公司"), "amount": fv("120.50")}])
    return Report(packet="p", as_of=date(2026, 11, 22), application="first", verdict="ready", documents=[permit, tax],
                  pages=[PageSummary(file="permit.jpg", page=1, type="residence_permit", source=PageSource.ocr)])


def test_the_text_report_lists_every_field_as_read():
    buffer = io.StringIO()
    render_text(report(), Console(file=buffer, width=120))
    shown = buffer.getvalue()[buffer.getvalue().index("读到的内容"):]
    assert "姓名" in shown and "张三" in shown and "长期" in shown
    assert "310104199001011234" in shown and "65%，请核对" in shown
    assert "居住地住址" in shown and "未读到" in shown  # declared, not read: said so
    assert "2026-05" in shown and "上海浦江信息技术有限公司" in shown and "120.50" in shown


def test_the_html_report_draws_a_box_where_each_value_was_read():
    jpeg = io.BytesIO()
    Image.new("RGB", (900, 600), "white").save(jpeg, "JPEG")
    page = render_html(report(), {("permit.jpg", 1): jpeg.getvalue()})
    assert "<h2>读到的内容</h2>" in page and "65%，请核对" in page and "class='doubt'" in page
    box = "class='box field' style='left:30.00%;top:20.00%;width:32.00%;height:5.00%"
    assert box in page and ">姓名</span>" in page.split(box, 1)[1][:200]
    assert "@media print" in page
