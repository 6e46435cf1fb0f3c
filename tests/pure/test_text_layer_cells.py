"""A text-layer PDF's table read from where its characters stand: cells set close enough to run into one line of
text (an amount right-aligned against the next column's date, an income item against the payer) come apart at the
gap between them, not where an estimate of each character's width would cut."""
from dataclasses import replace

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

from extractors.doctypes import social_insurance_record as social
from extractors.doctypes import tax_record as tax
from extractors.reading.table import read_rows
from extractors.reading.text import make_line
from extractors.reading.months import parse_cell_month
from extractors.reading.values import parse_month
from precheck.core.model import PageSource, PageText
from precheck.ingest.packet import open_packet
from precheck.ingest.pages import iter_pages
from precheck.pipeline.classify import classify_page
from precheck.pipeline.grouping import PlacedPart, group_documents

# Registered as WQYZenHei: reportlab keeps fonts by name for the whole process, and outsider X's generator registers
# "WQY" as another face (MicroHei), which made these layouts depend on the order tests ran in.
FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"
SIZE = 8


def _table(path, titles, rows, heading=()):
    """titles: (text, centre x); rows: cells of (text, x, how) with how 'left' or 'right' (points); heading: lines
    (text, x, y) above the table."""
    pdfmetrics.registerFont(TTFont("WQYZenHei", FONT, subfontIndex=0))
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("WQYZenHei", SIZE)
    for text, x, y in heading:
        pdf.drawString(x, y, text)
    for title, centre in titles:
        pdf.drawCentredString(centre, 700, title)
    for index, cells in enumerate(rows):
        for text, x, how in cells:
            (pdf.drawRightString if how == "right" else pdf.drawString)(x, 680 - 20 * index, text)
    pdf.showPage()
    pdf.save()


def _rows_of(path):
    (page,) = iter_pages(open_packet(path))
    lines = [replace(make_line(line, page.ref, 0, 842 / 595), exact=True) for line in page.text_lines]
    rows = read_rows(lines, tax.COLUMNS, tax.OTHER_HEADERS, "period", parse_month, tax._row)
    return page, [(row["period"].value, row["amount"].value, row["withholding_agent"].value) for row in rows]


def test_an_amount_right_aligned_against_the_next_columns_date_comes_apart_from_it(tmp_path):
    """The national table: 实缴(退)金额 right-aligned on the edge of 入(退)库日期, whose date starts a
    little over half a character after it."""
    titles = [("申报日期", 70), ("实缴(退)金额", 150), ("入(退)库日期", 215), ("所得项目", 275), ("税款所属期", 335),
              ("备注", 450)]
    rows = [[("2026-05-09", 45, "left"), (amount, 186, "right"), ("2026-05-09", 191, "left"),
             ("工资薪金所得", 250, "left"), (period, 315, "left"), ("扣缴义务人：上海博远智能科技有限公司", 390, "left")]
            for amount, period in (("810.51", "2026-04"), ("2272.72", "2026-05"))]
    _table(tmp_path / "tax.pdf", titles, rows)
    page, read = _rows_of(tmp_path)
    assert any(line.text == "810.512026-05-09" for line in page.text_lines)  # one line of text, as printed
    assert read == [("2026-04", "810.51", "上海博远智能科技有限公司"), ("2026-05", "2272.72", "上海博远智能科技有限公司")]


def test_a_long_income_item_run_against_the_payer_keeps_its_last_character(tmp_path):
    """The app's printout: left-aligned cells under centred titles; 全年一次性奖金收入 reaches the payer's column."""
    titles = [("税款所属期", 70), ("所得项目", 150), ("扣缴义务人", 290), ("已申报税额", 480)]
    rows = [[("2026-01", 45, "left"), (item, 110, "left"), ("上海申联企业管理咨询有限公司", 187, "left"),
             (amount, 500, "right")]
            for item, amount in (("工资薪金所得", "356.09"), ("全年一次性奖金收入", "3240.00"))]
    _table(tmp_path / "tax.pdf", titles, rows)
    page, read = _rows_of(tmp_path)
    assert any(line.text.startswith("全年一次性奖金收入上海") for line in page.text_lines)
    assert read == [("2026-01", "356.09", "上海申联企业管理咨询有限公司"), ("2026-01", "3240.00", "上海申联企业管理咨询有限公司")]


def test_the_apps_export_dated_by_its_generation_date_gives_the_records_date(tmp_path):
    """The tax app's 收入纳税明细 exported as a PDF heads its table with 生成日期 where the national record says 开具日期."""
    heading = [("个人所得税收入纳税明细", 220, 780), ("姓名：陆明  证件号码：350203198901166347", 45, 750),
               ("所得期间：2026-01 至 2026-02  生成日期：2026-11-20", 45, 730)]
    titles = [("所得期间", 70), ("所得项目", 150), ("扣缴义务人", 290), ("收入额", 430), ("已申报税额", 500)]
    rows = [[(month, 45, "left"), ("工资薪金", 110, "left"), ("上海虹信软件(集团)有限公司", 187, "left"),
             ("9338.04", 450, "right"), (amount, 530, "right")] for month, amount in (("2026-01", "1000.45"), ("2026-02", "971.08"))]
    _table(tmp_path / "tax.pdf", titles, rows, heading)
    (item,) = iter_pages(open_packet(tmp_path))
    page = PageText(ref=item.ref, source=PageSource.text_layer, width=595, height=842, lines=item.text_lines)
    [draft] = group_documents([PlacedPart(page, part) for part in classify_page(page.lines)])
    fields, read = tax.extract(draft, None)
    assert fields["issue_date"].value == "2026-11-20" and fields["name"].value == "陆明"
    assert [(row["period"].value, row["amount"].value) for row in read] == [("2026-01", "1000.45"), ("2026-02", "971.08")]


def _drawn(path, titles, texts):
    """titles: (text, centre x) at the table's top; texts: (text, x, y) left-aligned, in points."""
    pdfmetrics.registerFont(TTFont("WQYZenHei", FONT, subfontIndex=0))
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("WQYZenHei", SIZE)
    for title, centre in titles:
        pdf.drawCentredString(centre, 700, title)
    for text, x, y in texts:
        pdf.drawString(x, y, text)
    pdf.showPage()
    pdf.save()


def test_a_payers_wrapped_last_line_set_close_against_the_tax_offices_keeps_to_its_cell(tmp_path):
    """The national record's narrow cells wrap: the payer's second line (行分公司) stands a little over half a
    character after the tax office's (市浦东新区税务局), so the text layer runs them into one line that lies mostly in
    the tax office's column; the gap between them still tells where the payer's cell starts."""
    titles = [("实缴(退)金额", 120), ("所得项目", 200), ("税款所属期", 290), ("入库税务机关", 370), ("扣缴义务人", 460),
              ("备注", 540)]
    texts = []
    for index, (month, amount) in enumerate((("2025-10", "1890.58"), ("2025-11", "2011.23"))):
        y = 680 - 30 * index
        texts += [(amount, 105, y), ("工资薪金所得", 176, y), (month, 275, y), ("国家税务总局上海", 342, y),
                  ("上海达丰电脑有限公司闵", 411, y), ("市浦东新区税务局", 342, y - 10), ("行分公司", 411, y - 10)]
    _drawn(tmp_path / "tax.pdf", titles, texts)
    page, read = _rows_of(tmp_path)
    assert any(line.text == "市浦东新区税务局行分公司" for line in page.text_lines)  # one line of text, as printed
    assert read == [("2025-10", "1890.58", "上海达丰电脑有限公司闵行分公司"),
                    ("2025-11", "2011.23", "上海达丰电脑有限公司闵行分公司")]


def test_an_employer_left_aligned_right_after_a_wide_month_range_starts_at_the_gap_before_it(tmp_path):
    """The social-insurance record's 缴费单位 left-aligned just after its 缴费年月 range (202405至202608上海携程…):
    the border halfway between the centred titles falls four characters inside the name, the gap before it
    does not."""
    titles = [("缴费年月", 66), ("缴费单位", 190), ("缴费基数", 310), ("缴费类型", 535)]
    texts = []
    for index, (months, kind) in enumerate((("202405至202608", "正常"), ("202609至202610", "补缴"))):
        y = 680 - 20 * index
        texts += [(months, 36, y), ("上海携程旅游服务有限公司", 107, y), ("21000.00", 290, y), (kind, 525, y)]
    _drawn(tmp_path / "social.pdf", titles, texts)
    (page,) = iter_pages(open_packet(tmp_path))
    lines = [replace(make_line(line, page.ref, 0, 842 / 595), exact=True) for line in page.text_lines]
    assert any(line.text == "202405至202608上海携程旅游服务有限公司" for line in page.text_lines)
    rows = read_rows(lines, social.COLUMNS, social.OTHER_HEADERS, "month", parse_cell_month, social._row)
    assert [(row["month"].value, row["employer"].value) for row in rows] == [
        ("2024-05", "上海携程旅游服务有限公司"), ("2026-09", "上海携程旅游服务有限公司")]


def test_bold_faked_by_printing_each_glyph_twice_reads_once(tmp_path):
    """A record whose bold cells are each drawn twice on their own place (outsider M: 22002266--0055--1111 for
    2026-05-11) reads as printed; its amount stands a digit and two thirds before the date beside it (8 pt apart,
    glyphs 4.8 pt wide): two cells, not one."""
    titles = [("申报日期", 70), ("实缴(退)金额", 150), ("入(退)库日期", 215), ("所得项目", 275), ("税款所属期", 335),
              ("备注", 450)]
    cells = [("2026-05-11", 45, "left"), ("693.88", 186, "right"), ("2026-05-14", 194, "left"),
             ("工资薪金所得", 250, "left"), ("2026.04.01-2026.04.30", 315, "left"),
             ("扣缴义务人：上海星辰智能装备有限公司", 425, "left")]
    _table(tmp_path / "tax.pdf", titles, [cells + cells])
    page, read = _rows_of(tmp_path)
    texts = [line.text for line in page.text_lines]
    assert "工资薪金所得" in texts and "693.88" in texts and "2026-05-14" in texts
    assert read == [("2026-04", "693.88", "上海星辰智能装备有限公司")]


def test_a_month_column_printed_without_a_title_is_still_the_month_column(tmp_path):
    """A print whose header row names every column but the first: the months (202512, 2024年11月, or a range
    2023.11-2024.04) stand one under another at the left edge, under no title, and are still each row's month."""
    titles = [("单位名称", 184), ("缴费基数", 298), ("养老(个人)", 357)]
    for months, expected in ((("202512", "202601", "202602"), ["2025-12", "2026-01", "2026-02"]),
                             (("2024年11月", "2024年12月", "2025年01月"), ["2024-11", "2024-12", "2025-01"]),
                             (("2023.11-2024.01", "2024.02-2024.03", "2024.04-2024.04"), ["2023-11", "2024-02", "2024-04"])):
        texts = []
        for index, month in enumerate(months):
            y = 680 - 20 * index
            texts += [(month, 36, y), ("上海东方汇金融信息服务有限公司", 112, y), ("12500.00", 295, y), ("1000.00", 355, y)]
        folder = tmp_path / months[0]
        folder.mkdir()
        _drawn(folder / "social.pdf", titles, texts)
        (page,) = iter_pages(open_packet(folder))
        lines = [replace(make_line(line, page.ref, 0, 842 / 595), exact=True) for line in page.text_lines]
        rows = read_rows(lines, social.COLUMNS, social.OTHER_HEADERS, "month", parse_cell_month, social._row)
        assert [row["month"].value for row in rows] == expected
        assert {row["employer"].value for row in rows} == {"上海东方汇金融信息服务有限公司"}
        assert {row["base"].value for row in rows} == {"12500.00"}


def test_text_that_pdfplumber_cannot_map_is_read_through_pypdfium2(tmp_path):
    """fpdf2 embedding Noto Sans CJK (a CFF font in a collection): pdfplumber reads only the lines set in another
    face (the header), pypdfium2 reads them all (outsider N, n039). The page's text is taken from the reader that
    finds it all, not from the one that found some."""
    import warnings
    from fpdf import FPDF
    pdf = FPDF(unit="mm", format="A4")
    pdf.add_font("noto", fname="/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
    pdf.add_font("hei", fname="/usr/share/fonts/truetype/wqy/wqy-microhei.ttc")
    pdf.add_page()
    pdf.set_font("hei", size=10)
    pdf.text(20, 40, "缴费年月  缴费单位  缴费基数  养老(个人)  医疗(个人)  缴费类型")
    pdf.set_font("noto", size=10)
    pdf.text(20, 30, "姓名：程芬雪 证件号码：320102199212166752")
    pdf.text(20, 50, "2025-03至2025-08 星河医药科技(上海)有限公司 11000.00")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        (tmp_path / "social.pdf").write_bytes(bytes(pdf.output()))
    (page,) = iter_pages(open_packet(tmp_path))
    texts = [line.text for line in page.text_lines]
    assert any("姓名：程芬雪" in text for text in texts) and any("320102199212166752" in text for text in texts)
    assert any(text.startswith("2025-03至2025-08") for text in texts)


def test_a_watermark_set_at_a_slant_in_the_text_layer_joins_no_word(tmp_path):
    """Outsider AB ab003: a tax record printed to PDF with 仅供居住证积分使用，他用无效 written across it at 30° in its
    text layer. Its characters lie among the table's: 效 fell between 长 and 宁 of the payer's name. Text at a slant is
    no text of the document."""
    pdfmetrics.registerFont(TTFont("WQYZenHei", FONT, subfontIndex=0))
    path = tmp_path / "record.pdf"
    pdf = canvas.Canvas(str(path), pagesize=(595, 842))
    pdf.setFont("WQYZenHei", SIZE)
    pdf.drawString(60, 700, "中华人民共和国个人所得税纳税记录")
    pdf.drawString(60, 680, "扣缴义务人：浙江沃衡建筑工程有限公司上海长宁分公司")
    pdf.saveState()
    pdf.translate(150, 560)
    pdf.rotate(30)
    pdf.setFont("WQYZenHei", 30)
    pdf.drawString(0, 0, "仅供居住证积分使用，他用无效")
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    (page,) = iter_pages(open_packet(tmp_path))
    texts = [line.text for line in page.text_lines]
    assert "扣缴义务人：浙江沃衡建筑工程有限公司上海长宁分公司" in texts
    assert not any("他用" in text or "仅供" in text for text in texts)
