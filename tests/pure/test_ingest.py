"""Every input format of SPEC §2 becomes pages; text-layer PDFs skip OCR; bad files are reported."""
import io
import zipfile

import pytest
from PIL import Image

from precheck.ingest.pages import InputProblem, PageInput, iter_pages
from precheck.ingest.packet import open_packet
from tests.conftest import CONTRACT_LINES
from tests.drawing import draw_text_page


def pages_of(path):
    return list(iter_pages(open_packet(path)))


@pytest.fixture(scope="module")
def page():
    return draw_text_page(CONTRACT_LINES, dpi=100)


@pytest.mark.parametrize("fmt,ext", [("PNG", "png"), ("JPEG", "jpg"), ("BMP", "bmp"), ("WEBP", "webp")])
def test_single_image_formats(tmp_path, page, fmt, ext):
    page.save(tmp_path / f"scan.{ext}", fmt)
    (item,) = pages_of(tmp_path)
    assert isinstance(item, PageInput) and not item.has_text_layer
    assert item.ref.file == f"scan.{ext}" and item.ref.page == 1
    assert item.load_image().size == page.size


def test_heic_phone_photo(tmp_path, page):
    import pillow_heif

    pillow_heif.register_heif_opener()
    page.save(tmp_path / "IMG_0001.HEIC", "HEIF")
    (item,) = pages_of(tmp_path)
    assert isinstance(item, PageInput)
    assert item.load_image().size == page.size


def test_multipage_tiff(tmp_path, page):
    frames = [page, page.rotate(180), page.convert("L")]
    frames[0].save(tmp_path / "scan.tif", save_all=True, append_images=frames[1:], compression="tiff_lzw")
    items = pages_of(tmp_path)
    assert [i.ref.page for i in items] == [1, 2, 3]
    assert all(i.load_image().mode == "RGB" for i in items)


def test_exif_orientation_is_applied(tmp_path, page):
    # A phone stores the sensor's landscape pixels and says "rotate 90° clockwise" in EXIF (orientation 6).
    sensor = page.transpose(Image.Transpose.ROTATE_90)
    exif = Image.Exif()
    exif[0x0112] = 6
    sensor.save(tmp_path / "photo.jpg", "JPEG", exif=exif.tobytes())
    (item,) = pages_of(tmp_path)
    assert item.load_image().size == page.size  # portrait again


def _text_pdf(path, lines):
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(TTFont("WQYZenHei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))
    pdf = canvas.Canvas(str(path))
    for page_lines in lines:
        pdf.setFont("WQYZenHei", 12)
        y = 780
        for line in page_lines:
            pdf.drawString(60, y, line)
            y -= 24
        pdf.showPage()
    pdf.save()


def test_pdf_text_layer_is_read_without_ocr(tmp_path):
    _text_pdf(tmp_path / "tax.pdf", [CONTRACT_LINES, CONTRACT_LINES[:6]])
    items = pages_of(tmp_path)
    assert [i.ref.page for i in items] == [1, 2]
    assert all(i.has_text_layer for i in items)
    texts = [line.text for line in items[0].text_lines]
    assert "乙方(劳动者):王晓明" in texts or "乙方（劳动者）：王晓明" in texts
    first = items[0].text_lines[0]
    assert first.text == "劳动合同书"
    x0, y0, x1, y1 = first.bbox
    assert 0 < x0 < x1 < 1 and 0 < y0 < y1 < 0.1  # near the top of the page


def test_scanned_pdf_is_rendered_for_ocr(tmp_path, page):
    page.save(tmp_path / "scan.pdf", "PDF", resolution=100)
    (item,) = pages_of(tmp_path)
    assert not item.has_text_layer
    image = item.load_image()
    assert image.mode == "RGB" and image.height > image.width


class GbkZipInfo(zipfile.ZipInfo):
    def _encodeFilenameFlags(self):
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def test_zip_packet_and_gbk_member_names(tmp_path, page):
    buffer = io.BytesIO()
    page.save(buffer, "PNG")
    archive = tmp_path / "packet.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("张三/身份证.png", buffer.getvalue())
        info = GbkZipInfo("张三/合同.png")  # as Windows zip tools in China write it
        zf.writestr(info, buffer.getvalue())
        zf.writestr("__MACOSX/._x.png", b"junk")
    items = pages_of(archive)
    assert sorted(i.ref.file for i in items) == ["张三/合同.png", "张三/身份证.png"]


def test_bad_files_are_reported_and_the_rest_goes_on(tmp_path, page):
    page.save(tmp_path / "good.png")
    (tmp_path / "empty.jpg").write_bytes(b"")
    (tmp_path / "notes.jpg").write_text("这不是图片", encoding="utf-8")
    buffer = io.BytesIO()
    page.save(buffer, "JPEG")
    (tmp_path / "truncated.jpg").write_bytes(buffer.getvalue()[: len(buffer.getvalue()) // 3])
    (tmp_path / "broken.pdf").write_bytes(b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF garbage")
    items = pages_of(tmp_path)
    problems = {i.file: i.message for i in items if isinstance(i, InputProblem)}
    good = [i for i in items if isinstance(i, PageInput)]
    assert [g.ref.file for g in good] == ["good.png"]
    assert set(problems) == {"empty.jpg", "notes.jpg", "truncated.jpg", "broken.pdf"}
    assert "空" in problems["empty.jpg"]
    assert "损坏" in problems["broken.pdf"]


def test_natural_file_order(tmp_path, page):
    small = page.resize((200, 280))
    for name in ["p10.png", "p2.png", "p1.png"]:
        small.save(tmp_path / name)
    assert [i.ref.file for i in pages_of(tmp_path)] == ["p1.png", "p2.png", "p10.png"]


def test_input_files_are_not_modified(tmp_path, page):
    import hashlib

    page.save(tmp_path / "a.png")
    _text_pdf(tmp_path / "b.pdf", [CONTRACT_LINES])
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    for item in pages_of(tmp_path):
        item.load_image()
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in tmp_path.iterdir()}
    assert before == after
