"""A police seal over a form's cells, read through in pieces, on hand-made lines laid out as photographed 户口簿 首页
are: no piece of the ring is a value or a value's next line, a 住址 whose label the seal hid is found by its kind,
and the running text, certificates and second looks that the seal spoils elsewhere."""
import pytest

from extractors.doctypes import collective_hukou_certificate as letter
from extractors.doctypes import household_register_cover as cover
from extractors.reading.certificate_text import certificate_date, school_in_text
from extractors.reading.fields import Field, GUESSED_PLACE_CAP, Reader
from extractors.reading.seal import ring_piece, ring_tail, seal_piece
from extractors.reading.text import join_lone_characters, make_line, page_tilt, part_tilt
from extractors.reading.values import parse_address, parse_id_number
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="booklet.jpg", page=1)
A4 = 1.414


def page(*items, aspect=A4):
    """(text, x0, y0, x1, y1[, confidence or per-character confidences])"""
    out = []
    for text, x0, y0, x1, y1, *extra in items:
        chars = extra[0] if extra and isinstance(extra[0], list) else None
        confidence = min(chars) if chars else (extra[0] if extra else 0.999)
        out.append(make_line(OcrLine(text=text, bbox=(x0, y0, x1, y1), confidence=confidence, char_confidences=chars),
                             REF, 0, aspect))
    return out


ADDRESS = Field("address", ("住址",), parse_address, wraps=True)
# The 首页's rows above and below the 住址 cell, as a flatbed scan sets them (page fractions).
FORM_TOP = (("户别", 0.075, 0.172, 0.174, 0.205), ("家庭户", 0.261, 0.165, 0.377, 0.201),
            ("户号", 0.075, 0.248, 0.172, 0.282), ("538120476", 0.260, 0.246, 0.431, 0.274))
FORM_FOOT = (("承办人签章", 0.077, 0.480, 0.242, 0.510), ("赵明", 0.322, 0.475, 0.434, 0.506),
             ("签发日期2019年3月2日", 0.509, 0.586, 0.899, 0.618))


def extracted(module, lines, monkeypatch):
    """The type's fields read from these lines as its extract reads a draft's (lone characters joined to their row)."""
    reader = Reader(join_lone_characters(lines), module.FIELDS, module.EXTRA_LABELS)
    monkeypatch.setattr(module, "labelled_fields", lambda *args, **kwargs: (reader.read_all(), reader))
    fields, _ = module.extract(None, None)
    return fields


@pytest.fixture
def cover_fields(monkeypatch):
    return lambda *cell: extracted(cover, page(*FORM_TOP, *cell, *FORM_FOOT), monkeypatch)


def test_ring_pieces_are_known_by_their_characters_and_size():
    assert ring_piece("用章") and ring_piece("局户") and ring_piece("市派出") and ring_piece("户")
    assert not ring_piece("5室") and not ring_piece("号") and not ring_piece("省市") and not ring_piece("公安局分局派出所")
    line, tall, lone = page(("18号", 0.26, 0.36, 0.33, 0.39), ("出所", 0.30, 0.38, 0.40, 0.46), ("安", 0.34, 0.41, 0.36, 0.43))
    assert seal_piece(tall, line) and not seal_piece(line, line)
    assert seal_piece(lone, line)  # no value goes on with a lone ring character, however surely read
    assert not seal_piece(lone)  # but a value cut short beside its label may be one (户 of 户主)
    # 户 ending the word its print line stops before, read surely: a collective household, a flat numbered 1158户.
    collective, unit, household = page(("河南省郑州市人才服务中心集体", 0.42, 0.338, 0.92, 0.358),
                                       ("20号楼1158", 0.42, 0.338, 0.62, 0.358), ("户", 0.87, 0.361, 0.92, 0.386))
    assert not seal_piece(household, collective) and not seal_piece(household, unit)
    assert seal_piece(household, line)  # after 18号: no word it ends


def test_a_ring_piece_taller_than_the_print_is_not_the_wrapped_address_s_end(cover_fields):
    fields = cover_fields(("湖北省荆州市沙市区北京路71号13幢80", 0.262, 0.318, 0.925, 0.351),
                          ("住址", 0.072, 0.362, 0.187, 0.399), ("6室", 0.259, 0.359, 0.328, 0.390),
                          ("用", 0.309, 0.379, 0.402, 0.457, 0.75))
    assert fields["address"].value == "湖北省荆州市沙市区北京路71号13幢806室"


def test_a_ring_piece_read_surely_after_a_one_line_address_is_not_joined(cover_fields):
    fields = cover_fields(("湖北省荆州市沙市区北京路9组44", 0.33, 0.363, 0.749, 0.403),
                          ("住址", 0.213, 0.391, 0.286, 0.418), ("号", 0.333, 0.392, 0.358, 0.414),
                          ("用章", 0.36, 0.412, 0.42, 0.465))
    assert fields["address"].value == "湖北省荆州市沙市区北京路9组44号"


def test_an_unsure_ring_piece_beside_the_label_is_not_taken_for_the_value(cover_fields):
    fields = cover_fields(("户", 0.254, 0.296, 0.286, 0.318, 0.95), ("湖北省荆州市沙市区北京路1215弄19号1803室", 0.259, 0.315, 0.887, 0.350),
                          ("用", 0.345, 0.343, 0.389, 0.369, 0.92), ("住", 0.077, 0.367, 0.136, 0.398))
    assert fields["address"].value == "湖北省荆州市沙市区北京路1215弄19号1803室"
    assert fields["address"].confidence > GUESSED_PLACE_CAP


def test_ring_characters_read_onto_a_house_number_are_cut_off():
    line, = page(("6号用", 0.29, 0.47, 0.38, 0.50, [0.99, 0.99, 0.71]))
    assert ring_tail(line, 0, 3) == 1
    sure, = page(("3号楼", 0.29, 0.47, 0.38, 0.50))
    assert ring_tail(sure, 0, 3) == 0


def test_an_address_whose_label_the_seal_hid_is_found_by_its_kind_in_its_own_column_and_guessed(cover_fields):
    fields = cover_fields(("局户", 0.374, 0.154 + 0.14, 0.414, 0.169 + 0.14, 0.89),
                          ("湖北省荆州市沙市区北京路67弄37号1", 0.262, 0.318, 0.925, 0.351),
                          ("94室", 0.259, 0.359, 0.33, 0.390))
    assert fields["address"].value == "湖北省荆州市沙市区北京路67弄37号194室"
    assert fields["address"].guessed and fields["address"].confidence == GUESSED_PLACE_CAP


def test_an_unlabelled_address_does_not_run_on_into_the_next_row_nor_into_a_misread_label(cover_fields):
    fields = cover_fields(("湖北省荆州市沙市区北京路67弄37号19", 0.262, 0.318, 0.925, 0.351),
                          ("住墟", 0.036, 0.360, 0.094, 0.395, 0.80), ("4室", 0.259, 0.359, 0.33, 0.390))
    assert fields["address"].value == "湖北省荆州市沙市区北京路67弄37号194室"
    cut = cover_fields(("湖北省荆州市沙市区北京路67弄37号19", 0.385, 0.164, 0.703, 0.185),
                       ("承办人签章", 0.301, 0.241, 0.381, 0.258), ("钱进", 0.415, 0.239, 0.457, 0.257))
    assert cut["address"].value == "湖北省荆州市沙市区北京路67弄37号19" and cut["address"].guessed


def test_a_watermark_written_at_a_slant_does_not_level_the_page():
    document = [OcrLine(text="湖北省荆州市沙市区北京路24号", bbox=(0.46, 0.22, 0.66, 0.24), confidence=0.99, slope=0.0),
                OcrLine(text="签发日期2021年2月4日", bbox=(0.54, 0.30, 0.65, 0.32), confidence=0.99, slope=0.0)]
    watermark = [OcrLine(text=text, bbox=(0.2, 0.4, 0.5, 0.5), confidence=0.99, slope=-0.25)
                 for text in ("他用无效", "仅供居住证积分使用，", "分使用，他用", "他用无效")]
    assert page_tilt(document + watermark) <= -0.2
    assert part_tilt(document, document + watermark) == 0.0


def test_a_letter_opening_its_running_text_with_the_name_after_jingcha(monkeypatch):
    lines = page(("经查，柏文静，公民身份号码420106199103046213，系本辖", 0.121, 0.229, 0.896, 0.266),
                 ("区集体户口常住人口，住址：湖北省武汉市武昌区中山路83号。", 0.096, 0.267, 0.886, 0.305))
    assert extracted(letter, lines, monkeypatch)["name"].value == "柏文静"


def test_a_school_after_a_label_the_seal_cut_short_is_the_school():
    lines = page(("名:江汉师范大学", 0.197, 0.796, 0.417, 0.828), ("校(院)长:周立", 0.095, 0.844, 0.416, 0.877))
    assert school_in_text(lines).value == "江汉师范大学"


def test_a_foot_date_the_seal_cut_in_two_along_its_row_is_read_in_the_year_the_study_ended():
    lines = page(("学生柏文静,性别女,1969年9月12日生,于", 0.211, 0.458, 0.790, 0.501),
                 ("1991年9月至1994年6月在本校英语专业硕士研究", 0.155, 0.499, 0.781, 0.542),
                 ("一九九", 0.519, 0.846, 0.628, 0.873), ("年六月二十八日", 0.624, 0.840, 0.828, 0.875))
    assert certificate_date(lines).value == "1994-06-28"


def test_a_mistyped_id_read_the_same_at_every_size_is_printed_so_though_a_crop_hesitates_elsewhere():
    typo = "420106199103046218"  # check digit should be 3
    id_field = Field("id_number", ("证件号码",), parse_id_number)
    first = page(("证件号码", 0.498, 0.145, 0.587, 0.167), (typo, 0.626, 0.146, 0.818, 0.166, 1.0))
    by_scale = {1.0: 14, 0.67: 5}  # each size hesitates over another character, never over the same one

    def reread(ref, bbox, tilt=0.0, scale=1.0):
        chars = [1.0] * len(typo)
        chars[by_scale[scale]] = 0.6
        return OcrLine(text=typo, bbox=bbox, confidence=0.6, char_confidences=chars)

    value = Reader(first, (id_field,), reread=reread).read_all()["id_number"]
    assert value.value == typo and value.confidence == 1.0
