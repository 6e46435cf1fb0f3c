"""Live OCR on rendered pages: text, boxes, rotation; RapidOCR offline; a missing engine is named."""
import os
import subprocess
import sys
import textwrap

import pytest
from PIL import Image

from precheck.ocr.imaging import rotate_clockwise
from precheck.core.textnorm import normalize

pytestmark = pytest.mark.ocr


def joined(result):
    return normalize("".join(line.text for line in result.lines))


def test_reads_text_and_boxes(engine, contract_page):
    result = engine.recognize(contract_page)
    text = joined(result)
    assert "上海浦江信息技术有限公司" in text
    assert "王晓明" in text
    assert result.rotation == 0
    title = next(line for line in result.lines if "劳动合同书" in line.text)
    x0, y0, x1, y1 = title.bbox
    assert 0.05 < x0 < x1 < 0.5 and 0.05 < y0 < y1 < 0.15  # where the title was drawn
    assert 0.5 < title.confidence <= 1.0


@pytest.mark.parametrize("turned", [90, 180, 270])
def test_turned_pages_are_put_upright(engine, contract_page, turned):
    # The page lies turned `turned` degrees clockwise; reading it must turn it back.
    lying = rotate_clockwise(contract_page, turned)
    result = engine.recognize(lying)
    assert (result.rotation + turned) % 360 == 0
    assert (result.width, result.height) == contract_page.size
    assert "上海浦江信息技术有限公司" in joined(result)


def test_red_seal_over_text_is_read_through(rapid_engine, contract_page):
    from PIL import ImageChops, ImageDraw

    seal = Image.new("RGB", contract_page.size, "white")
    draw = ImageDraw.Draw(seal)
    # A red seal ring and star across the employer's name; seal ink multiplies with the print below.
    cx, cy, r = int(0.35 * seal.width), int(0.125 * seal.height), int(0.09 * seal.width)
    for k in range(6):
        draw.ellipse((cx - r + k, cy - r + k, cx + r - k, cy + r - k), outline=(220, 30, 30))
    draw.regular_polygon((cx, cy, r // 3), 5, fill=(220, 30, 30))
    stamped = ImageChops.multiply(contract_page, seal)
    assert "上海浦江信息技术有限公司" in joined(rapid_engine.recognize(stamped))


def test_rapidocr_runs_with_the_network_blocked(tmp_path, contract_page):
    """The PP-OCR models ship in the wheel: OCR works with every socket refused."""
    image_path = tmp_path / "page.png"
    contract_page.save(image_path)
    script = textwrap.dedent(
        f"""
        import socket
        def refuse(*args, **kwargs):
            raise OSError("network blocked by test")
        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse
        from PIL import Image
        from precheck.ocr.rapid import RapidOcrEngine
        result = RapidOcrEngine().recognize(Image.open({str(image_path)!r}))
        print("".join(line.text for line in result.lines))
        """
    )
    env = dict(os.environ, HOME=str(tmp_path), XDG_CACHE_HOME=str(tmp_path / "cache"),
               HTTP_PROXY="http://127.0.0.1:9", HTTPS_PROXY="http://127.0.0.1:9")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "王晓明" in done.stdout


def test_missing_tesseract_names_the_install_command(tmp_path):
    env = dict(os.environ, PATH=str(tmp_path))  # no tesseract binary reachable
    (tmp_path / "packet").mkdir()
    Image.new("RGB", (50, 50), "white").save(tmp_path / "packet" / "a.png")
    done = subprocess.run(
        [sys.executable, "-m", "precheck", "check", str(tmp_path / "packet"), "--ocr", "tesseract"],
        capture_output=True, text=True, env=env, timeout=120,
    )
    assert done.returncode == 2
    assert "apt-get install tesseract-ocr tesseract-ocr-chi-sim" in done.stderr


def test_missing_chinese_language_data_names_the_install_command(tmp_path):
    from precheck.core.errors import EngineUnavailable
    from precheck.ocr.tesseract import TesseractEngine

    env_before = os.environ.get("TESSDATA_PREFIX")
    os.environ["TESSDATA_PREFIX"] = str(tmp_path)  # a tessdata folder with no languages in it
    try:
        with pytest.raises(EngineUnavailable) as raised:
            TesseractEngine()
    finally:
        if env_before is None:
            del os.environ["TESSDATA_PREFIX"]
        else:
            os.environ["TESSDATA_PREFIX"] = env_before
    assert "chi_sim" in str(raised.value) and "tesseract-ocr-chi-sim" in str(raised.value)


@pytest.mark.parametrize("turned", [90, 270])
def test_a_sideways_page_is_read_once_more_turned_the_way_its_lines_say(rapid_engine, contract_page, turned):
    # The first reading finds the lines standing tall and asks the line classifier which way to turn the page:
    # one more reading, that way, instead of one each way.
    reads = []
    original = rapid_engine._read

    def counted(page, rotation, timings=None, first=False):
        reads.append(rotation)
        return original(page, rotation, timings, first=first)

    rapid_engine._read = counted
    try:
        result = rapid_engine.recognize(rotate_clockwise(contract_page, turned))
    finally:
        del rapid_engine._read
    assert (result.rotation + turned) % 360 == 0 and "上海浦江信息技术有限公司" in joined(result)
    assert reads[:2] == [0, (360 - turned) % 360] and 360 - turned not in reads[2:] and turned not in reads


@pytest.mark.parametrize("turned", [90, 270])
def test_a_sideways_table_of_short_cells_is_put_upright(rapid_engine, turned):
    """A social-insurance detail table lying sideways: its short cells (2026-11, 已缴, 9900.00) are barely taller
    than wide when lying, so 'most boxes tall' missed it and the page was read upside down instead."""
    import random

    from samples.generator import apply_capture, make_person, render_document

    rng = random.Random("sideways-table")
    page = render_document("social_insurance_record", make_person(rng), rng, layout="detail").pages[0]
    result = rapid_engine.recognize(apply_capture(rotate_clockwise(page, turned), "scan", rng))
    assert (result.rotation + turned) % 360 == 0
    assert "社保缴费记录明细" in joined(result)


def test_rapidocr_says_where_its_time_went(rapid_engine, contract_page):
    # benchmarks/stage_speed.py prints these steps per capture kind; they are parts of the page's whole time.
    result = rapid_engine.recognize(rotate_clockwise(contract_page, 180))
    assert set(result.timings) == {"seals", "detection", "recognition", "orientation"}
    assert result.timings["orientation"] > 0  # the page lay upside down: it was read again turned
    assert all(seconds >= 0 for seconds in result.timings.values())
    assert sum(result.timings.values()) <= result.seconds


def test_a_line_a_slanted_watermark_hid_from_the_detector_is_read(rapid_engine, monkeypatch):
    # Outsider L's l037, page 2 of a photocopied contract (synthetic): the big grey 仅供居住证积分使用 crosses the term
    # line, and the detector's first look boxes the watermark and loses the line under it.
    from pathlib import Path
    import precheck.ocr.rapid as rapid

    page = Image.open(Path(__file__).parents[1] / "fixtures/pages/contract_term_under_watermark.jpg").convert("RGB")
    text = joined(rapid_engine.recognize(page))
    assert "自【2023】年【1】月【1】日起至【2027】年【12】月【31】日止" in text
    assert "其中试用期自2023年1月1日起至2023年3月1日止" in text
    monkeypatch.setattr(rapid, "watermark_pieces", lambda lines: [])
    assert "2027" not in joined(rapid_engine.recognize(page))  # the first look alone misses it
