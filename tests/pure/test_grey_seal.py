"""Grey seals on photocopies: rings found only where a seal was printed, their ink whitened, the print kept."""
import random

import cv2
import numpy as np
import pytest

from PIL import Image

from precheck.ocr.grey_seal import _has_a_ring_sized_stroke, drop_grey_seals, find_grey_seals, is_bilevel
from precheck.ocr.seal_rings import NO_SEALS, Ring
from samples.generator import apply_capture, make_person, render_document


def _photocopied(doc_type, layout, seed):
    rng = random.Random(seed)
    doc = render_document(doc_type, make_person(rng), rng, layout=layout)
    pages = [np.asarray(apply_capture(page, "photocopy", rng).convert("L")) for page in doc.pages]
    return doc, pages


def test_the_seal_on_a_photocopied_household_register_cover_is_found_and_whitened():
    doc, pages = _photocopied("household_register_cover", "grid_printed", "grey-seal/cover")
    grey = pages[0]
    found = find_grey_seals(grey)
    rings, threshold, paper = found.rings, found.threshold, found.paper
    assert len(rings) == 1
    # The generator draws this seal at radius 270 px on a page 2480 px wide (cover layout, household_register.py).
    ring = rings[0]
    scale = grey.shape[1] / 2480
    assert 240 * scale < ring.radius < 300 * scale
    dropped = drop_grey_seals(grey)
    assert dropped.read_through == ()
    cleaned = dropped.pixels
    yy, xx = np.ogrid[:grey.shape[0], :grey.shape[1]]
    inside = (xx - ring.cx) ** 2 + (yy - ring.cy) ** 2 <= ring.radius ** 2
    seal_ink = (grey < paper - 50) & (grey >= threshold)
    assert np.count_nonzero(seal_ink & inside) > 1000
    assert np.count_nonzero(((cleaned < paper - 50) & (cleaned >= threshold)) & inside) == 0
    # Dark print inside the ring stays; beyond the ring's blurred edge nothing changes.
    print_ink = inside & (grey < threshold)
    assert np.array_equal(cleaned[print_ink], grey[print_ink])
    outside = (xx - ring.cx) ** 2 + (yy - ring.cy) ** 2 > (1.1 * ring.radius) ** 2
    assert np.array_equal(cleaned[outside], grey[outside])

def test_pages_without_a_seal_are_left_exactly_as_they_were():
    doc, pages = _photocopied("labour_contract", "shanghai_model", "grey-seal/contract")
    assert len(pages) >= 3
    for unsealed in pages[:-1]:  # the employer's seal is on the signing page only
        assert find_grey_seals(unsealed) == NO_SEALS
        assert drop_grey_seals(unsealed).pixels is unsealed
    assert find_grey_seals(pages[-1]).rings


def test_a_blank_page_is_left_alone():
    blank = np.full((1200, 900), 235, np.uint8)
    assert find_grey_seals(blank) == NO_SEALS
    assert drop_grey_seals(blank).pixels is blank


def test_a_page_of_shading_and_small_print_skips_the_circle_search():
    # A phone photo's shaded page: one broad light area and characters, no piece of ink the size of a seal's ring.
    page = np.full((1600, 1200), 235, np.uint8)
    page[:, :700] = 170  # the shadow of the phone over half the page
    for row in range(200, 1400, 60):
        for col in range(100, 1100, 40):
            page[row:row + 24, col:col + 3] = 150  # light strokes the size of characters
    assert find_grey_seals(page) == NO_SEALS
    strokes = np.where(page < 200, 255, 0).astype(np.uint8)
    assert not _has_a_ring_sized_stroke(strokes[::2, ::2], 30, 150)
    ring = np.zeros((800, 600), np.uint8)
    cv2.circle(ring, (300, 400), 80, 255, 3)
    assert _has_a_ring_sized_stroke(ring, 30, 150)


def bilevel_cover(seed: str) -> np.ndarray:
    """A 户口簿 cover scanned to a 1-bit TIFF at 150 dpi: the red seal dithered into black speckle over the print."""
    rng = random.Random(seed)
    doc = render_document("household_register_cover", make_person(rng), rng, layout="grid_printed")
    page = doc.pages[0].convert("L")
    page = page.resize((1240, round(page.height * 1240 / page.width)), Image.Resampling.LANCZOS)
    return np.asarray(page.convert("1").convert("L"))


def test_a_seal_on_a_bilevel_scan_is_found_and_left_on_the_page_as_read_through():
    page = bilevel_cover("bilevel-seal/cover")
    assert is_bilevel(page)
    dropped = drop_grey_seals(page)
    assert dropped.pixels is page  # its ink is as black as the print: taking it off would cut the print under it
    assert len(dropped.read_through) == 1
    seal = dropped.read_through[0]
    # The generator draws this seal at radius 270 px on a page 2480 px wide; this page is half that.
    assert 120 < seal.radius < 150


def test_a_page_of_grey_print_is_no_bilevel_scan():
    doc, pages = _photocopied("household_register_cover", "grid_printed", "grey-seal/cover")
    assert not is_bilevel(pages[0])
    assert is_bilevel(np.where(pages[0] < 128, 0, 255).astype(np.uint8))


def test_a_ring_turned_with_its_page_keeps_its_place_on_the_print():
    ring = Ring(100.0, 30.0, 10.0)  # on a page 400 wide and 300 high
    assert ring.turned(0, 400, 300) == ring
    assert ring.turned(90, 400, 300) == Ring(270.0, 100.0, 10.0)
    assert ring.turned(180, 400, 300) == Ring(300.0, 270.0, 10.0)
    assert ring.turned(270, 400, 300) == Ring(30.0, 300.0, 10.0)


def _ruled_grid(step=20, size=400):
    mask = np.zeros((size, size), np.uint8)
    for at in range(0, size, step):
        mask[:, at:at + 2] = 255
        mask[at:at + 2, :] = 255
    return mask


def test_a_tables_rules_are_no_ring_but_a_ring_over_them_is():
    # Outsider K's k022: on a desk photo of an open 户口簿, the 本人页's grey ruled grid had ink on every bearing around
    # a circle the circle search proposed, and little inside it, so the page's labels were whitened as a seal's ink.
    from precheck.ocr.grey_seal import _is_ring

    grid = _ruled_grid()
    assert not _is_ring(grid, 200.0, 200.0, 100.0)
    sealed = grid.copy()
    cv2.circle(sealed, (200, 200), 100, 255, 3)
    assert _is_ring(sealed, 200.0, 200.0, 100.0)


def test_a_seal_taken_off_a_photocopy_is_doubted_and_the_second_look_finds_it_where_the_first_did():
    """Print crossing a grey ring may lose strokes with its ink (m045: 安徽省 read 安徽 under a photocopy's seal), so
    the ring is doubted like one read through; the second look finds it on the page as stored, as the first reading
    does, and turns it with the page (a cover photocopied upside down)."""
    from precheck.core.model import PageRef
    from precheck.pipeline.second_look import Rereader

    rng = random.Random("grey-seal/turned")
    doc = render_document("household_register_cover", make_person(rng), rng, layout="grid_printed")
    upright = apply_capture(doc.pages[0], "photocopy", rng).convert("RGB")
    (ring,) = drop_grey_seals(np.asarray(upright.convert("L"))).doubted
    stored = upright.rotate(180)
    rereader = Rereader(engine=None)
    ref = PageRef(file="cover.jpg", page=1)
    rereader.add_page(ref, lambda: stored, 180)
    _, doubted = rereader._image(ref)
    assert len(doubted) == 1
    # found on the page turned, the circle search places the ring a few pixels otherwise: 3% of its radius at most
    near = 0.03 * ring.radius
    assert abs(doubted[0].cx - ring.cx) < near and abs(doubted[0].cy - ring.cy) < near


def test_a_second_look_takes_the_seals_off_as_the_first_reading_found_them_without_searching_again(monkeypatch):
    from precheck.core.model import PageRef
    from precheck.ocr import grey_seal
    from precheck.pipeline.second_look import Rereader

    rng = random.Random("grey-seal/turned")
    doc = render_document("household_register_cover", make_person(rng), rng, layout="grid_printed")
    stored = apply_capture(doc.pages[0], "photocopy", rng).convert("RGB")
    grey = np.asarray(stored.convert("L"))
    searched = drop_grey_seals(grey)
    assert len(searched.search.rings) == 1 and searched.search.rings == searched.doubted

    def no_search(_grey):
        raise AssertionError("searched again")

    monkeypatch.setattr(grey_seal, "find_grey_seals", no_search)
    rereader = Rereader(engine=None)
    ref = PageRef(file="cover.jpg", page=1)
    rereader.add_page(ref, lambda: stored, 0, searched.search)
    image, doubted = rereader._image(ref)
    assert doubted == searched.doubted
    assert np.array_equal(np.asarray(image), searched.pixels)


def test_a_circle_of_speckled_cloth_around_a_card_is_no_ring():
    """Outsider P p032: a 48 MP photo of an ID card on textured blue cloth. Around the white card the cloth's speckle
    inks every bearing of a circle and nothing inside it, so a disc 745 px across was whitened, card text and all.
    A seal's band holds more ink than the ground just outside it; the cloth's band holds as much."""
    from precheck.ocr.grey_seal import _is_ring

    rng = np.random.default_rng(7)
    cloth = np.where(rng.random((400, 400)) < 0.5, 255, 0).astype(np.uint8)
    cv2.circle(cloth, (200, 200), 80, 0, -1)  # the card, white (no light ink), filling the circle's inside
    assert not _is_ring(cloth, 200.0, 200.0, 100.0)
    paper = np.zeros((400, 400), np.uint8)
    cv2.circle(paper, (200, 200), 100, 255, 4)
    cv2.putText(paper, "ABC", (20, 380), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)
    assert _is_ring(paper, 200.0, 200.0, 100.0)


def _page_of_outsider_r(tmp_path, packet, file):
    from precheck.ingest.packet import as_packet
    from precheck.ingest.pages import iter_pages
    from precheck.ocr.imaging import drop_red_seal
    from samples.outsider_r.packet import build

    build(packet, 8803, str(tmp_path))
    item = next(i for i in iter_pages(as_packet(tmp_path / f"r{packet:03d}")) if str(i.ref.file).endswith(file))
    return drop_red_seal(item.load_image())


@pytest.mark.parametrize("packet, file", [(8, "IMG_3569.JPG"), (24, "IMG_20261209_102354.jpg")])
def test_a_tilted_tables_rules_and_print_on_a_phone_photo_draw_no_ring(tmp_path, packet, file):
    """Outsider R's tax records photographed on a desk, their only seal red and below the table: the rules, a few
    degrees off level, with the light print between them once passed for grey rings, and clearing them took the
    税款所属期 column (r008's missing month went unseen)."""
    assert find_grey_seals(_page_of_outsider_r(tmp_path, packet, file)) == NO_SEALS


def test_a_photocopys_grey_seal_is_still_found_beside_its_print(tmp_path):
    grey = _page_of_outsider_r(tmp_path, 14, "CamScanner 12-25-2026 13.52.jpg")
    rings = find_grey_seals(grey).rings
    assert [(round(r.cx / grey.shape[1], 2), round(r.cy / grey.shape[0], 2)) for r in rings] == [(0.72, 0.79)]


def test_the_circle_search_leaves_out_a_photo_s_textured_ground_and_still_finds_the_seal():
    """A desk or cloth round a photographed page is one piece of light ink wider than any seal: the circle search,
    given its texture, takes seconds; without it the seal's ring is found all the same."""
    from precheck.ocr.grey_seal import _without_pieces_wider_than
    _, pages = _photocopied("household_register_cover", "grid_printed", "grey-seal/cover")
    grey = pages[0].copy()
    found = find_grey_seals(grey)
    height, width = grey.shape
    ground = np.random.default_rng(7).integers(0, 2, size=(height, width // 6)).astype(bool)
    border = np.zeros_like(grey, dtype=bool)
    border[:, : width // 6] = ground  # a speckled strip of cloth down the page's left side, in the seal ink's grey
    threshold, paper = found.threshold, found.paper
    grey[border] = int((threshold + paper - 50) / 2)
    on_cloth = find_grey_seals(grey)
    assert len(on_cloth.rings) == 1
    assert abs(on_cloth.rings[0].cx - found.rings[0].cx) < 5 and abs(on_cloth.rings[0].radius - found.rings[0].radius) < 5
    mask = np.zeros((200, 400), np.uint8)
    mask[5:40, 5:395] = 255
    mask[7:38:3, 7:393:3] = 0  # one speckled piece 390 px wide
    cv2.circle(mask, (200, 130), 30, 255, 2)
    searched = _without_pieces_wider_than(mask, 100)
    assert (searched == np.where(np.arange(200)[:, None] >= 40, mask, 0)).all()
