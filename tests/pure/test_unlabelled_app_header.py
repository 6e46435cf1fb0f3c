"""An app's header card with no labels (outsider R's r003, a 社保 app): the name alone, the full ID number alone under
it. The lines are the recogniser's own reading of that long screenshot."""
from extractors.reading.banner import header_name_and_number
from extractors.reading.text import make_line
from precheck.core.model import OcrLine, PageRef

REF = PageRef(file="IMG_5304.PNG", page=1)
SCREEN = [("18:06", 0.053, 0.003, 0.197, 0.014), ("社保缴费记录", 0.350, 0.019, 0.650, 0.030),
          ("袁蕾秀", 0.062, 0.044, 0.225, 0.055), ("350102200105202149", 0.069, 0.058, 0.444, 0.069),
          ("2026年10月", 0.062, 0.088, 0.303, 0.099), ("已缴费", 0.803, 0.088, 0.938, 0.100),
          ("上海新叶新材料有限公司", 0.072, 0.098, 0.447, 0.108), ("缴费基数", 0.062, 0.108, 0.228, 0.119),
          ("15600.00", 0.759, 0.108, 0.938, 0.119)]


def lines(items):
    return [make_line(OcrLine(text=t, bbox=box, confidence=1.0), REF, 0, 4.6) for t, *box in items]


def test_a_name_with_its_id_number_alone_right_under_it_gives_both():
    name, number = header_name_and_number(lines(SCREEN))
    assert (name.value, number.value) == ("袁蕾秀", "350102200105202149")
    assert not name.guessed and not number.guessed


def test_a_number_that_is_no_id_number_or_stands_apart_gives_nothing():
    wrong_check = [item if item[0] != "350102200105202149" else ("350102200105202148", *item[1:]) for item in SCREEN]
    assert header_name_and_number(lines(wrong_check)) is None
    far_below = [item if item[0] != "350102200105202149" else (item[0], 0.069, 0.080, 0.444, 0.091) for item in SCREEN]
    assert header_name_and_number(lines(far_below)) is None


def test_a_name_over_a_masked_number_whose_label_was_misread_is_placed_surely():
    # outsider R's r034: 证件号码 3***…, read 证号3************** under the bold name
    from extractors.doctypes.tax_record import ID_LABELS
    from extractors.reading.banner import banner_name
    header = [("17:08", 0.062, 0.012, 0.186, 0.034), ("收入纳税明细", 0.358, 0.056, 0.640, 0.079),
              ("袁帆翔", 0.071, 0.122, 0.221, 0.150), ("证号3**************", 0.075, 0.159, 0.489, 0.182),
              ("申报税额合计3658.85元", 0.078, 0.200, 0.494, 0.220), ("2026年10月", 0.054, 0.265, 0.269, 0.288)]
    name = banner_name(lines(header), ID_LABELS)
    assert name.value == "袁帆翔" and not name.guessed
    no_number = [item if not item[0].startswith("证号") else ("证号", *item[1:]) for item in header]
    unanchored = banner_name(lines(no_number), ID_LABELS)
    assert unanchored is None or unanchored.guessed  # its size alone does not make it the header's
    # Its number too: all the reading kept of it, the 3 and the stars, its last character lost.
    name, number = header_name_and_number(lines(header))
    assert (name.value, number.value) == ("袁帆翔", "3" + "*" * 17)


def test_a_column_title_over_a_voucher_number_is_no_header_name():
    # outsider R's r008: a 完税证明's 原凭证号 over 3853207195773946 is a table's column, not a name over an ID number
    from extractors.doctypes.tax_record import ID_LABELS
    from extractors.reading.banner import banner_name
    table = [("税种", 0.306, 0.267, 0.333, 0.279), ("原凭证号", 0.209, 0.270, 0.256, 0.285),
             ("个人所得税", 0.306, 0.277, 0.362, 0.293), ("3853207195773946", 0.210, 0.282, 0.303, 0.297),
             ("78", 0.211, 0.296, 0.228, 0.307), ("3005495206811741", 0.212, 0.304, 0.304, 0.320)]
    name = banner_name(lines(table), ID_LABELS)
    assert name is None or name.guessed


# outsider R's r004: the 电子居住证's banner, name over a number mistyped on the document (its check digit should be 2).
PERMIT_SCREEN = [("20:51", 0.060, 0.011, 0.186, 0.033), ("电子居住证", 0.380, 0.055, 0.623, 0.082),
                 ("上海市居住证", 0.103, 0.145, 0.329, 0.169), ("罗俊航", 0.085, 0.181, 0.344, 0.240),
                 ("320102199208264479", 0.099, 0.256, 0.521, 0.276), ("状态：有效", 0.100, 0.296, 0.273, 0.315),
                 ("证件信息", 0.082, 0.357, 0.263, 0.384)]
MISTYPED = "320102199208264479"


def second_look(readings):
    """A stand-in for the engine's second look: one reading per scale, in the order asked."""
    asked = iter(readings)

    def look(ref, bbox, tilt=0.0, scale=1.0):
        text = next(asked)
        return OcrLine(text=text, bbox=bbox, confidence=0.99, char_confidences=[0.99] * len(text))

    return look


def test_a_number_failing_its_check_is_taken_as_printed_when_every_second_look_reads_it_the_same():
    name, number = header_name_and_number(lines(PERMIT_SCREEN), second_look([MISTYPED, MISTYPED]))
    assert (name.value, number.value) == ("罗俊航", MISTYPED)
    assert not name.guessed and not number.guessed and number.confidence == 1.0


def test_a_number_failing_its_check_read_otherwise_on_a_second_look_or_never_looked_at_again_gives_no_header():
    assert header_name_and_number(lines(PERMIT_SCREEN), second_look([MISTYPED, "320102199208294479"])) is None
    assert header_name_and_number(lines(PERMIT_SCREEN)) is None
