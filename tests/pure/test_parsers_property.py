"""Issue 8, property-based: the parsers of dates, ID numbers, amounts and addresses take any text (huge, full-width,
control characters, mixed scripts) and give either a valid value or None, the "unreadable" marker; never an exception.
Where a value has a natural printed form, printing a valid value and parsing it gives the value back."""
import re
import time
from datetime import date, timedelta
from decimal import Decimal

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from precheck.core.id_number import check_character, PROVINCE_CODES
from extractors.reading.values import (
    LATEST_BIRTH_YEAR, LONG_TERM, LOOKALIKE_DIGITS, id_number_ok, parse_address, parse_amount, parse_date, parse_id_number,
    parse_month, parse_range,
)
from precheck.core.textnorm import normalize

PARSERS = (parse_date, parse_range, parse_month, parse_id_number, parse_amount, parse_address)
FAST = settings(max_examples=150, deadline=None)
HUGE = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

# ---- text of every kind -------------------------------------------------------------------------------------

DOCUMENT_CHARS = list("0123456789OoDQlI|iZzSsBbgqxX×年月日.-/—~～至到起止长期省市区县镇路街弄号室组:：,，。;；() 汉张李公司")
FULL_WIDTH = [chr(c) for c in range(0xFF01, 0xFF5F)] + list("　〇一二三四五六七八九十")
CONTROL = [chr(c) for c in range(0x00, 0x20)] + ["\x7f", "\x85", "\u2028", "\u2029", "\u202e", "\u200b", "\ufeff"]
SCRIPTS = list("Ǆßﬁİıσςάاعבשदあアㄱ한Жж١٢٣۴५๓²³¼⑤Ⅻ𝟘𝟙😀") + ["\U00020000", "\u0301", "\ud7ff"]

any_text = st.text()
document_like = st.text(alphabet=st.sampled_from(DOCUMENT_CHARS), max_size=80)
mixed = st.text(alphabet=st.sampled_from(DOCUMENT_CHARS + FULL_WIDTH + CONTROL + SCRIPTS), max_size=120)
# A short piece repeated up to 200,000 characters: a hostile OCR line, or a text layer with no line breaks.
huge = st.tuples(st.text(alphabet=st.sampled_from(DOCUMENT_CHARS + FULL_WIDTH + CONTROL), min_size=1, max_size=24),
                 st.integers(1_000, 200_000)).map(lambda piece: (piece[0] * piece[1])[:200_000])


def assert_valid(parse, text: str) -> None:
    """parse(text) is None, or a value of its kind that sits inside text."""
    found = parse(text)
    if found is None:
        return
    if parse is parse_range:
        assert_valid_date(found.start, text)
        if found.end.value != LONG_TERM:
            assert_valid_date(found.end, text)
        return
    assert 0 <= found.start < found.end <= len(text), (found, len(text))
    check = {parse_date: assert_valid_date, parse_month: assert_valid_month, parse_id_number: assert_valid_id,
             parse_amount: assert_valid_amount, parse_address: assert_valid_address}[parse]
    check(found, text)


def assert_valid_date(found, text):
    day = date.fromisoformat(found.value)
    assert 1900 <= day.year <= 2099 and found.value == day.isoformat()


def assert_valid_month(found, text):
    assert re.fullmatch(r"(19|20)\d\d-(0[1-9]|1[0-2])", found.value), found.value


def assert_valid_id(found, text):
    assert re.fullmatch(r"\d{17}[\dX]", found.value, re.ASCII), found.value
    assert id_number_ok(found.value) == found.trusted  # a value that fails its check is never passed as good


def assert_valid_amount(found, text):
    assert re.fullmatch(r"-?(0|[1-9]\d{0,11})\.\d\d", found.value, re.ASCII), found.value
    assert found.value != "-0.00"
    Decimal(found.value)


def assert_valid_address(found, text):
    assert found.value == text[found.start:found.end]
    assert len(found.value) >= 5 and not re.search(r"[。，,;；]", found.value)


def check_all(text: str) -> None:
    for parse in PARSERS:
        assert_valid(parse, text)
        assert_valid(parse, normalize(text))  # as extraction sees OCR text: NFKC, no white space


@FAST
@given(any_text)
def test_any_text_gives_a_value_or_unreadable(text):
    check_all(text)


@FAST
@given(document_like)
def test_document_like_text_gives_a_value_or_unreadable(text):
    check_all(text)


@FAST
@given(mixed)
def test_full_width_control_and_mixed_script_text_gives_a_value_or_unreadable(text):
    check_all(text)


@HUGE
@given(huge)
@example("9" * 200_000 + ".99")  # an amount of 200,000 digits: refused, not turned into a huge int
@example("1," * 100_000 + "000.00")
@example("O1" * 100_000)  # look-alikes in one long run of digits
@example("2026年" * 40_000)
@example("１" * 200_000)
@example("2026.01.01至" * 40_000)  # 40,000 dates on one line: each kept one must not be checked against all the others
def test_huge_text_gives_a_value_or_unreadable_in_linear_time(text):
    for parse in PARSERS:
        started = time.perf_counter()
        assert_valid(parse, text)
        # A guard against quadratic work on hostile text (hours on these sizes), not a speed measurement: linear
        # parsing takes seconds, more on a busy machine, so the bound is far from both.
        assert time.perf_counter() - started < 60, (parse.__name__, len(text))


# ---- printed, then read back ----------------------------------------------------------------------------------

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31))
# Text around a value on a page: words and punctuation, never a digit or a letter that could join the value.
context = st.text(alphabet=st.sampled_from(list("签发日期出生有效期限：:（）() 。，号码金额元住址甲方乙方")), max_size=8)

DATE_STYLES = (
    lambda d: f"{d.year}年{d.month}月{d.day}日",
    lambda d: f"{d.year}年{d.month:02d}月{d.day:02d}日",
    lambda d: f"{d.year}.{d.month:02d}.{d.day:02d}",
    lambda d: f"{d.year}.{d.month}.{d.day}",
    lambda d: f"{d.year}-{d.month:02d}-{d.day:02d}",
    lambda d: f"{d.year}/{d.month}/{d.day}",
    lambda d: f"{d.year}{d.month:02d}{d.day:02d}",
)
FULL_WIDTH_DIGITS = str.maketrans("0123456789.-/", "０１２３４５６７８９．－／")


@FAST
@given(days, st.sampled_from(DATE_STYLES), context, context)
def test_a_date_printed_in_any_supported_style_reads_back(day, style, before, after):
    text = before + style(day) + after
    found = parse_date(text)
    assert found is not None and found.value == day.isoformat() and found.trusted and not found.corrected, text
    assert text[found.start:found.end].startswith(str(day.year))
    # full-width digits, as some phones and PDFs write them, read the same once normalised
    assert parse_date(normalize(text.translate(FULL_WIDTH_DIGITS))).value == day.isoformat()


@FAST
@given(days, st.integers(0, 4000), st.sampled_from(["至", "—", "-", "~"]), st.sampled_from(DATE_STYLES))
def test_a_date_range_reads_back(first, length, join, style):
    last = first + timedelta(days=length)
    assume(last.year <= 2099)
    found = parse_range(f"自{style(first)}起{join}{style(last)}止")
    assert (found.start.value, found.end.value) == (first.isoformat(), last.isoformat())


@FAST
@given(days)
def test_an_impossible_day_is_never_read_as_a_date(day):
    assert parse_date(f"{day.year}年{day.month}月32日") is None
    assert parse_date(f"{day.year}.13.{day.day:02d}") is None


def id_number(region: int, born: date, sequence: int) -> str:
    first17 = f"{region:06d}{born:%Y%m%d}{sequence:03d}"
    return first17 + check_character(first17)


ids = st.builds(id_number, st.integers(110000, 659999), days, st.integers(0, 999))


@FAST
@given(ids, context, context)
def test_a_valid_id_number_is_accepted(number, before, after):
    found = parse_id_number(before + number + after)
    assert found.value == number and found.trusted and not found.corrected
    if number.endswith("X"):
        assert parse_id_number(before + number[:-1] + "x" + after).value == number


@FAST
@given(ids, st.integers(0, 17), st.integers(1, 9))
def test_one_digit_changed_is_flagged_never_passed(number, position, shift):
    """GB 11643's check character catches every single-digit change: the number is refused or marked untrusted."""
    digit = number[position]
    if digit == "X":
        changed_digit = str(shift)
    else:
        changed_digit = str((int(digit) + shift) % 10)
    changed = number[:position] + changed_digit + number[position + 1:]
    found = parse_id_number(changed)
    assert found is None or (found.value == changed and not found.trusted), (number, changed, found)
    assert not id_number_ok(changed)


@FAST
@given(ids, st.integers(0, 17))
def test_a_number_one_character_short_is_at_most_a_guess(number, position):
    """17 characters where 18 are printed: the first may be restored from the check character (the label ran into
    it), never surely; a character lost anywhere else restores no number that stands as read."""
    found = parse_id_number(number[:position] + number[position + 1:])
    assert found is None or found.guessed
    if position == 0 and number[:2] in PROVINCE_CODES and int(number[6:10]) <= LATEST_BIRTH_YEAR:
        assert found.value == number


@FAST
@given(ids, st.integers(0, 16), st.sampled_from(sorted(set("OoDQlIZSB"))))
def test_a_look_alike_letter_is_corrected_only_when_the_check_digit_agrees(number, position, letter):
    misread = number[:position] + letter + number[position + 1:]
    found = parse_id_number(misread)
    if LOOKALIKE_DIGITS[letter] == number[position]:
        assert found.value == number and found.trusted and found.corrected
    else:  # the letter read as its digit gives a number that fails its check: nothing is read
        assert found is None


@FAST
@given(st.integers(-10**12 + 1, 10**12 - 1), st.booleans(), context, st.sampled_from(["元", "", " "]))
def test_an_amount_printed_with_or_without_thousands_commas_reads_back(cents, commas, before, unit):
    whole, fraction = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    printed = f"{sign}{whole:,}.{fraction:02d}" if commas else f"{sign}{whole}.{fraction:02d}"
    found = parse_amount(before + printed + unit)
    assert found.value == f"{sign}{whole}.{fraction:02d}"
    assert Decimal(found.value) == Decimal(cents) / 100


PLACES = st.text(alphabet=st.sampled_from(list("上海浦东新黄安徽六金河红星江苏南京玄武")), min_size=2, max_size=4)
ADDRESS_PARTS = st.lists(st.tuples(PLACES, st.sampled_from(["省", "市", "区", "县", "镇", "村", "路", "街道", "弄"])),
                         min_size=2, max_size=5)


@FAST
@given(ADDRESS_PARTS, st.integers(1, 999), st.sampled_from(["。特此证明", "，户主张三", ";", ""]))
def test_an_address_reads_back_up_to_the_end_of_its_clause(parts, number, tail):
    address = "".join(name + kind for name, kind in parts) + f"{number}号"
    found = parse_address("：" + address + tail)
    assert found.value == address
