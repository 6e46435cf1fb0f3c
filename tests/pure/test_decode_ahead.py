"""The next image page is decoded on a worker thread while the page before it is read (issue 20), and the packet's
pages, problems and their order are what they were when every page was decoded in turn."""
import threading
import time

import pytest
from PIL import Image, ImageDraw

from precheck.ingest import pages as pages_module
from precheck.ingest.packet import open_packet
from precheck.ingest.pages import InputProblem, PageInput, iter_pages


def photo(shade: int) -> Image.Image:
    image = Image.new("RGB", (900, 1200), (shade, shade, shade))
    ImageDraw.Draw(image).rectangle((100, 100, 800, 300), fill=(20, 20, 20))
    return image


@pytest.fixture
def decodes(monkeypatch):
    """Which page was decoded on which thread; `done[shade]` is set when the page of that shade has been decoded."""
    seen, done = {}, {}
    decode = pages_module.decode_page

    def recorded(data, index, limits):
        image = decode(data, index, limits)
        shade = round(image.getpixel((0, 0))[0] / 10) * 10  # JPEG moves a shade by a unit or two
        seen[(shade, index)] = threading.current_thread().name
        done.setdefault(shade, threading.Event()).set()
        return image

    monkeypatch.setattr(pages_module, "decode_page", recorded)
    seen["done"] = lambda shade: done.setdefault(shade, threading.Event())
    return seen


def test_the_next_photo_is_decoded_while_this_one_is_read(tmp_path, decodes):
    for number, shade in enumerate((200, 210, 220), start=1):
        photo(shade).save(tmp_path / f"IMG_{number}.jpg", quality=95)
    items = iter_pages(open_packet(tmp_path))
    first = next(items)
    # While the first page is being read (the packet not asked for its next page), the second one gets decoded.
    assert decodes["done"](210).wait(timeout=30)
    assert decodes[(210, 0)].startswith("precheck-decode")
    second = next(items)
    assert isinstance(first, PageInput) and isinstance(second, PageInput)
    assert [i.ref.file for i in [first, second, *items]] == ["IMG_1.jpg", "IMG_2.jpg", "IMG_3.jpg"]


def test_the_next_frame_of_a_scan_is_decoded_ahead(tmp_path, decodes):
    frames = [photo(200), photo(210), photo(220)]
    frames[0].save(tmp_path / "scan.tif", save_all=True, append_images=frames[1:], compression="tiff_lzw")
    items = list(iter_pages(open_packet(tmp_path)))
    assert [i.ref.page for i in items] == [1, 2, 3]
    assert [i.load_image().getpixel((0, 0))[0] for i in items] == [200, 210, 220]
    assert decodes[(210, 1)].startswith("precheck-decode") and decodes[(220, 2)].startswith("precheck-decode")


def test_pages_and_problems_keep_their_order(tmp_path):
    photo(200).save(tmp_path / "a.jpg")
    (tmp_path / "b.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 40)  # a photo cut off in transfer
    photo(220).save(tmp_path / "c.png")
    (tmp_path / "d.txt").write_text("not a page")
    photo(240).save(tmp_path / "e.webp")
    items = list(iter_pages(open_packet(tmp_path)))
    assert [(i.file if isinstance(i, InputProblem) else i.ref.file) for i in items] == ["a.jpg", "b.jpg", "c.png", "d.txt", "e.webp"]
    assert [type(i).__name__ for i in items] == ["PageInput", "InputProblem", "PageInput", "InputProblem", "PageInput"]
    assert [i.load_image().getpixel((0, 0))[0] for i in items if isinstance(i, PageInput)] == [200, 220, 240]


def test_a_packet_stopped_by_its_page_limit_leaves_no_decode_running(tmp_path):
    from dataclasses import replace

    from precheck.core.limits import DEFAULT_LIMITS

    for number in range(4):
        photo(200 + number).save(tmp_path / f"p{number}.jpg")
    items = list(iter_pages(open_packet(tmp_path), replace(DEFAULT_LIMITS, max_pages_per_packet=2)))
    assert [type(i).__name__ for i in items] == ["PageInput", "PageInput", "InputProblem"]
    deadline = time.monotonic() + 30
    while any(t.name.startswith("precheck-decode") for t in threading.enumerate()) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(t.name.startswith("precheck-decode") for t in threading.enumerate())
