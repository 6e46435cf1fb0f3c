"""Value parsers: text in, a normalised value (SPEC §3) with where it sat in the text, or None.

Every parser takes any string and never raises. Characters OCR often confuses with digits (O/0, l/1, Z/2…) are
read as digits only inside a run of digits, and the result is kept only where the calendar or the ID check digit
confirms it; a value that fails its own check comes back with trusted=False.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from datetime import date
from typing import Callable, Optional, Union

from precheck.core.id_number import check_character, LENGTH as ID_LENGTH, birth_date_of, MASK, masked_form, PROVINCE_CODES
from precheck.core.kinds import LONG_TERM_TEXT as LONG_TERM
from precheck.core.regions import lost_province_head, PROVINCE_LEVEL
from precheck.core.surnames import stray_first_character
from precheck.core.watermarks import is_misread_watermark_piece, is_watermark_piece

Value = Union[str, bool]


@dataclass(frozen=True)
class Parsed:
    value: Value
    start: int
    end: int
    trusted: bool = True  # False: the value fails its own check (bad check digit, impossible date)
    corrected: bool = False  # look-alike characters were read as digits
    guessed: bool = False  # where the value starts or ends was guessed: doubtful, never the ground of an error


Parser = Callable[[str], Optional[Parsed]]

LOOKALIKE_DIGITS = {"O": "0", "o": "0", "D": "0", "Q": "0", "〇": "0", "l": "1", "I": "1", "|": "1", "i": "1",
                    "Z": "2", "z": "2", "S": "5", "s": "5", "B": "8", "b": "6", "g": "9", "q": "9"}


def digitise(text: str) -> str:
    """Same length as text; look-alike letters in a run of digits and look-alikes that holds a digit become digits.

    One pass over the text: a hostile line of thousands of look-alikes costs no more than its length."""
    chars = list(text)
    start = 0
    while start < len(text):
        if not _digitish(text[start]):
            start += 1
            continue
        end = start
        while end < len(text) and _digitish(text[end]):
            end += 1
        if any(c.isdigit() for c in text[start:end]):
            for i in range(start, end):
                chars[i] = LOOKALIKE_DIGITS.get(chars[i], chars[i])
        start = end
    return "".join(chars)


def _digitish(char: str) -> bool:
    return char.isdigit() or char in LOOKALIKE_DIGITS


def _corrected(original: str, fixed: str, start: int, end: int) -> bool:
    return original[start:end] != fixed[start:end]


# ---- dates -------------------------------------------------------------------------------------------------

# re.ASCII: \d is 0-9 only, so every value these patterns give is plain ASCII (NFKC already made full-width digits so).
# A 日 followed by 期 is the next label's (日期：2024.10.19日期：2024-10-19 in a row of signatures), not the day's mark.
# A comma is a dot OCR read with its tail (2016,09.06): the numerals carry the date, its separators nothing.
# A day runs on into digits only where a year follows (2021.04.272041.04.27, a range whose 至 was lost): the
# 2026-05-20 in a month range 2026-05-2026-11 is no date.
_SEPARATED_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})[年./\-,](\d{1,2})[月./\-,](\d{1,2})(?:(?!\d)|(?=(?:19|20)\d{2}))"
                             r"(?:日(?!期))?", re.ASCII)
_SEPARATED_DATE_RUN_ON = re.compile(_SEPARATED_DATE.pattern.removeprefix("(?<!\\d)"), re.ASCII)
_COMPACT_DATE = re.compile(r"(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)", re.ASCII)
# A model contract's fill-in blanks: 自【2023】年【10】月【12】日起, 自(2023)年(10)月(12)日, 自_2023_年_10_月_12_日, the
# blank line read as several underscores (至2028年2__月6日止), a speck of the scan read as a dot (2026年·4月11日,
# 2023年11.月10日 on a photocopy).
_OPEN, _CLOSE = r"(?:[【\[［(（〔·•.]|_+)?", r"(?:[】\]］)）〕·•.]|_+)?"
_FILLED_DATE = re.compile(rf"(?<!\d){_OPEN}((?:19|20)\d{{2}}){_CLOSE}年{_OPEN}(\d{{1,2}}){_CLOSE}月{_OPEN}(\d{{1,2}}){_CLOSE}日",
                          re.ASCII)


def real_date(year: int, month: int, day: int) -> Optional[date]:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def find_dates(text: str) -> list[Parsed]:
    """Every date in text, in order: 2026年3月1日, 2026.03.01, 2026-03-01, 2026/3/1, 20260301, 【2026】年【3】月【1】日."""
    fixed = digitise(text)
    found: list[Parsed] = []
    taken: list[tuple[int, int]] = []  # spans kept so far: sorted, never overlapping
    for pattern in (_SEPARATED_DATE, _COMPACT_DATE, _FILLED_DATE):
        for match in pattern.finditer(fixed):
            start, end = match.span()
            if _overlaps(taken, start, end):
                continue
            day = real_date(*(int(g) for g in match.groups()))
            if day is None:
                continue  # the calendar does not confirm it
            bisect.insort(taken, (start, end))
            found.append(Parsed(day.isoformat(), start, end, corrected=_corrected(text, fixed, start, end)))
            if pattern is _SEPARATED_DATE:
                found.extend(_run_on_date(text, fixed, end, taken))
    return sorted(found, key=lambda p: p.start)


def _run_on_date(text: str, fixed: str, at: int, taken: list[tuple[int, int]]) -> list[Parsed]:
    """The date that starts right where a date ended (2018.05.252038.05.25: a range whose join was lost), which the
    patterns, starting a year only after a non-digit, do not find."""
    match = _SEPARATED_DATE_RUN_ON.match(fixed, at)
    day = real_date(*(int(g) for g in match.groups())) if match else None
    if day is None or _overlaps(taken, *match.span()):
        return []
    bisect.insort(taken, match.span())
    return [Parsed(day.isoformat(), *match.span(), corrected=_corrected(text, fixed, *match.span()))]


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether start..end overlaps one of spans (sorted, disjoint): only its two neighbours can, so a line of
    thousands of dates costs a search per date, not a pass over all the others."""
    at = bisect.bisect_left(spans, (start, end))
    return (at > 0 and spans[at - 1][1] > start) or (at < len(spans) and spans[at][0] < end)


def parse_date(text: str) -> Optional[Parsed]:
    dates = find_dates(text)
    return dates[0] if dates else None


# The hyphen of an ID card's 2020.09.10-2030.09.10 is often read as one more dot or a middle dot.
_RANGE_JOIN = re.compile(r"^(?:起)?(?:至|到|—+|–|-|~|～|一|\.|·)(?:起)?$")
_LONG_TERM_WORD = re.compile(r"^(?:起)?(?:至|到|—+|–|-|~|～|一|\.|·)?长期")


@dataclass(frozen=True)
class ParsedRange:
    start: Parsed
    end: Parsed  # value LONG_TERM for 长期


def parse_range(text: str) -> Optional[ParsedRange]:
    """Two dates joined by 至 / — / - / ~ (自…起至…止 too), or a date then 长期."""
    dates = find_dates(text)
    for first, second in zip(dates, dates[1:]):
        if first.end == second.start or _RANGE_JOIN.match(text[first.end:second.start]):
            return ParsedRange(first, second)
    for first in dates:
        tail = text[first.end:]
        match = _LONG_TERM_WORD.match(tail)
        if match:
            return ParsedRange(first, Parsed(LONG_TERM, first.end + match.end() - 2, first.end + match.end()))
    return None


def parse_range_start(text: str) -> Optional[Parsed]:
    found = parse_range(text)
    return found.start if found else None


def parse_range_end(text: str) -> Optional[Parsed]:
    found = parse_range(text)
    if found:
        return found.end
    if text.startswith("长期"):
        return Parsed(LONG_TERM, 0, 2)
    return None


_MONTH = re.compile(r"(?<!\d)((?:19|20)\d{2})(?:[年./\-]?)(0[1-9]|1[0-2]|[1-9](?!\d))月?", re.ASCII)


def parse_month(text: str) -> Optional[Parsed]:
    """The month of a 税款所属期 or 缴费年月: 2026-05, 2026年5月, 202605, or a period 2026-05-01至2026-05-31."""
    first_date = parse_date(text)
    fixed = digitise(text)
    match = _MONTH.search(fixed)
    if first_date and (match is None or first_date.start <= match.start()):
        return Parsed(first_date.value[:7], first_date.start, first_date.end, corrected=first_date.corrected)
    if match is None:
        return None
    year, month = int(match.group(1)), int(match.group(2))
    return Parsed(f"{year:04d}-{month:02d}", match.start(), match.end(),
                  corrected=_corrected(text, fixed, match.start(), match.end()))


# ---- identity numbers --------------------------------------------------------------------------------------

_ID_CANDIDATE = re.compile(r"(?<![0-9A-Za-z])([0-9OoDQlI|iZzSsBbgq]{17}[0-9OoDQlI|iZzSsBbgqXx×])(?![0-9A-Za-z])")


def id_number_ok(value: str) -> bool:
    """GB 11643: 17 digits, the right check character, a real birth date."""
    if not re.fullmatch(r"\d{17}[\dX]", value, re.ASCII):
        return False
    if check_character(value[:17]) != value[17]:
        return False
    return real_date(int(value[6:10]), int(value[10:12]), int(value[12:14])) is not None


def parse_id_number(text: str) -> Optional[Parsed]:
    """An 18-character 公民身份号码. Look-alike letters are read as digits only when the check digit then agrees."""
    best: Optional[Parsed] = None
    for match in _ID_CANDIDATE.finditer(text):
        raw = match.group(1)
        last = "X" if raw[-1] in "Xx×" else raw[-1]
        literal = raw[:-1] + last
        fixed = "".join(LOOKALIKE_DIGITS.get(c, c) for c in raw[:-1]) + (last if last == "X" else LOOKALIKE_DIGITS.get(last, last))
        start, end = match.span(1)
        if id_number_ok(fixed):
            return Parsed(fixed, start, end, corrected=fixed != literal)
        if best is None and re.fullmatch(r"\d{17}[\dX]", literal, re.ASCII):
            best = Parsed(literal, start, end, trusted=False)
    return best or _one_character_too_many(text) or _masked_id_number(text) or _first_character_lost(text)


_NINETEEN = re.compile(r"(?<![0-9A-Za-z])([0-9]{18}[0-9Xx])(?![0-9A-Za-z])")


def _one_character_too_many(text: str) -> Optional[Parsed]:
    """19 characters where 18 are printed: OCR read one digit twice (…86444 for …8644). The number stands when
    leaving out one character gives exactly one number that passes its check; a correction, never sure."""
    for match in _NINETEEN.finditer(text):
        raw = match.group(1).upper()
        passing = {raw[:at] + raw[at + 1:] for at in range(1, len(raw)) if raw[at] == raw[at - 1]}
        passing = [number for number in passing if id_number_ok(number)]
        if len(passing) == 1:
            return Parsed(passing[0], match.start(1), match.end(1), corrected=True)
    return None


LATEST_BIRTH_YEAR = 2030  # a number opening with a shifted date reads a year of 2198 or 6198
_SEVENTEEN = re.compile(r"(?<![0-9A-Za-z*])([0-9]{16}[0-9Xx])(?![0-9A-Za-z*])")


def _first_character_lost(text: str) -> Optional[Parsed]:
    """17 characters where 18 are printed, the first lost to the label it was set tight against
    (公民身份号码11302200109028430 for 411302…, the 4 run into 码). The check character admits one first digit at
    most; the number stands when that digit opens a province's code and the birth date stays in its place (a digit
    lost further on shifts the date). Its first digit was never seen: a guess, never the ground of an error."""
    for match in _SEVENTEEN.finditer(text):
        rest = match.group(1).upper()
        passing = [first + rest for first in "123456789" if id_number_ok(first + rest)]
        if len(passing) == 1 and passing[0][:2] in PROVINCE_CODES and _born_lately(passing[0]):
            return Parsed(passing[0], match.start(1), match.end(1), corrected=True, guessed=True)
    return None


def _born_lately(id_number: str) -> bool:
    born = birth_date_of(id_number)
    return born is not None and born.year <= LATEST_BIRTH_YEAR


# A masked number: digits, a run of stars, digits. Beside the stars the recogniser may read a digit as one more star,
# or a star as a digit (*40*********804X for 440***********804X): what stands between stars is starred too.
# Its last character may be lost too (a chat-compressed app screen: 证件号码 3****************0 read 证号3**************):
# the characters read still stand.
_MASKED_ID = re.compile(r"(?<![0-9A-Za-z*＊])([0-9]{0,8})([0-9*＊]*[*＊]{3,}[0-9*＊]*?)([0-9]{0,7}[0-9Xx])?(?![0-9A-Za-z*＊])")
_MASKED_MIN_STARS = 3
_MASKED_MIN_READ = 14  # stars read short still leave most of 18 characters; a masked phone number has 11
_MASKED_MAX_READ = 20


def _masked_id_number(text: str) -> Optional[Parsed]:
    """A number shown masked (4201**********1925), as 18 characters with its hidden ones starred."""
    for match in _MASKED_ID.finditer(text):
        head, tail = match.group(1), (match.group(3) or "").upper()
        if (head + tail and len(head) + len(tail) <= ID_LENGTH - _MASKED_MIN_STARS
                and _MASKED_MIN_READ <= len(match.group(0)) <= _MASKED_MAX_READ):
            return Parsed(masked_form(head, tail), match.start(), match.end())
    return None


# ---- amounts, numbers ----------------------------------------------------------------------------------------

# Its two decimals end it, even where a date follows with no space (3192.472025-10-12: a cramped row read as one).
_DATE_OPENING = r"(?:19|20)[0-9]{2}[-./年][0-9]"
_AMOUNT = re.compile(rf"(?<![0-9.])(-?[0-9]{{1,3}}(?:,[0-9]{{3}})+|-?[0-9]+)\.([0-9]{{2}})(?:(?![0-9])|(?={_DATE_OPENING}))")
# An amount whose decimals run straight into a date: where the two cells meet is the match's end.
AMOUNT_BEFORE_A_DATE = re.compile(rf"(?<![0-9.])-?[0-9]+\.[0-9]{{2}}(?={_DATE_OPENING})")
# An app's 缴费基数 shown as a whole number of yuan with its thousands grouped (12,500).
_GROUPED_WHOLE_AMOUNT = re.compile(r"(?<![0-9.,])(-?[0-9]{1,3}(?:,[0-9]{3})+)(?![0-9.,])")
AMOUNT_MAX_DIGITS = 12  # before the point: a longer number is no amount on these records


# A decimal point a copy's speck turned into a colon, in a cell holding nothing else (9500:00): the figure is an
# amount, read with a correction. A time of day (打印时间 12:30) stands among other words.
_POINT_READ_AS_COLON = re.compile(r"^\s*-?[0-9]{3,}([:：])[0-9]{2}\s*$")


def parse_amount(text: str) -> Optional[Parsed]:
    """A money amount with two decimals, commas and leading zeros dropped: '1,234.50' -> '1234.50', '-0.50' stays;
    a whole amount only with its thousands grouped ('12,500' -> '12500.00'): a bare figure may be anything."""
    fixed = digitise(text)
    match = _AMOUNT.search(fixed)
    colon = None if match else _POINT_READ_AS_COLON.match(fixed)
    if colon:
        fixed = fixed[:colon.start(1)] + "." + fixed[colon.end(1):]
        match = _AMOUNT.search(fixed)
    if not match:
        match = _GROUPED_WHOLE_AMOUNT.search(fixed)
    if not match:
        return None
    whole, cents = match.group(1).replace(",", ""), match.group(2) if match.re.groups > 1 else "00"
    number = whole.lstrip("-").lstrip("0") or "0"
    if len(number) > AMOUNT_MAX_DIGITS:
        return None
    sign = "-" if whole.startswith("-") and f"{number}{cents}".strip("0") else ""
    return Parsed(f"{sign}{number}.{cents}", match.start(), match.end(),
                  corrected=_corrected(text, fixed, match.start(), match.end()))


def digits(min_len: int, max_len: int) -> Parser:
    pattern = re.compile(rf"(?<!\d)(\d{{{min_len},{max_len}}})(?!\d)", re.ASCII)

    def parse(text: str) -> Optional[Parsed]:
        fixed = digitise(text)
        match = pattern.search(fixed)
        if not match:
            return None
        return Parsed(match.group(1), match.start(1), match.end(1), corrected=_corrected(text, fixed, *match.span(1)))

    return parse


# ---- words ---------------------------------------------------------------------------------------------------

_CJK = r"\u3400-\u9fff"
MINORITY_NAME_MAX = 16
# The separating dot of a minority name stands between characters; one read at the end (a speck after the name) is
# no part of it.
# A name without the dot has 2–6 characters; a minority name's parts, joined by it, run longer (古丽娜尔·阿不都热合曼).
_NAME = re.compile(rf"^[:：]?([{_CJK}](?:[{_CJK}]|·(?=[{_CJK}])){{1,{MINORITY_NAME_MAX - 1}}})·?(?=$|[^{_CJK}·])")
# The middle dot as fonts print it and OCR reads it (•, ・, ‧, ∙, ⋅), standing between two characters of a name.
NAME_DOTS = "·•・‧∙⋅･"
_DOT_VARIANT = re.compile(rf"(?<=[{_CJK}])[{NAME_DOTS[1:]}](?=[{_CJK}])")
PUNCT = ":：;；,，.。、-—_"


def strip_punct(text: str) -> tuple[str, int]:
    """Text without separators at its ends, and how many characters were cut from the front."""
    body = text.lstrip(PUNCT)
    return body.rstrip(PUNCT), len(text) - len(body)


# 一 ending a name (黄志一) read as a dash: after the name's characters, before a space, a separator or the end.
_DASH_FOR_YI = re.compile(rf"(?<=[{_CJK}]{{2}})[—－–-](?=$|\s|[,，:：;；])")


def parse_name(text: str) -> Optional[Parsed]:
    """A Chinese personal name: 2–6 CJK characters, or a minority name's parts joined by · (up to MINORITY_NAME_MAX),
    standing alone up to a separator; only a guess when it opens with a character no family name starts with before
    one that does (a stray glyph read onto it)."""
    dotted = _DOT_VARIANT.sub("·", text)
    dashed = _DASH_FOR_YI.sub("一", dotted)
    match = _NAME.match(dashed)
    if not match:
        return None
    name = match.group(1)
    if (len(name) > 5 and "·" not in name) or is_watermark_piece(name) or _names_a_place(name):
        return None
    # A 一 inferred from a dash is a guess: it can only ever raise a warning.
    inferred = dashed[:match.end(1)] != dotted[:match.end(1)]
    return Parsed(name, match.start(1), match.end(1), guessed=stray_first_character(name) or inferred)


def _names_a_place(name: str) -> bool:
    """A province or municipality, whole or as it opens an address (上海市, 浙江省, 上海市徐汇区): a crop that caught
    the start of the address line above, no person's name."""
    return any(name.startswith(place) or place.startswith(name) for place in PROVINCE_LEVEL if len(name) >= 3)


ORG_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司", "公司", "合伙企业", "集团", "中心", "事务所", "研究所", "研究院", "医院",
                "大学", "学院", "学校", "银行", "分行", "支行", "协会", "委员会", "厂", "局", "社", "所", "院", "店")


ORG_MAX = 30
# What may follow a company's name and still be its name: a branch (分公司, 分行…) named after a place.
_BRANCH_TAIL = re.compile(rf"^[{_CJK}()（）]{{0,12}}?(?:分公司|分行|支行|分店|分所|分院|分中心|办事处)")
# A partnership's legal form, bracketed after its name: 某某会计师事务所(特殊普通合伙), 某某投资合伙企业（有限合伙）.
PARTNERSHIP_FORMS = ("特殊普通合伙", "普通合伙", "有限合伙")
_FORM_TAIL = re.compile(rf"^[(（](?:{'|'.join(PARTNERSHIP_FORMS)})[)）]")

# A 统一社会信用代码 (GB 32100): 18 digits and capitals; OCR may read a capital GB 32100 leaves out, so any capital is
# taken. It has digits (its region code alone is six): a run of capitals is no code. It is never part of a name.
CREDIT_CODE_LENGTH = 18  # GB 32100
_CREDIT_CODE = re.compile(rf"(?<![0-9A-Za-z])[0-9A-Z]{{{CREDIT_CODE_LENGTH}}}(?![0-9A-Za-z])")
CREDIT_CODE_MIN_DIGITS = 8


def find_credit_code(text: str) -> Optional[re.Match]:
    """The first 统一社会信用代码 in text, or None."""
    for match in _CREDIT_CODE.finditer(text):
        if sum(c.isdigit() for c in match.group()) >= CREDIT_CODE_MIN_DIGITS:
            return match
    return None


def parse_org(text: str) -> Optional[Parsed]:
    """An organisation's name: up to the last 公司 / 集团 / 中心 … in the text, at least 4 characters."""
    body, cut = strip_punct(text)
    best = -1
    for suffix in ORG_SUFFIXES:
        at = body.rfind(suffix)
        if at >= 0:
            best = max(best, at + len(suffix))
            break
    form = _FORM_TAIL.match(body[best:]) if best >= 0 else None
    if form:
        best += form.end()
    branch = _BRANCH_TAIL.match(body[best:]) if best >= 0 else None
    if branch:  # a branch named after its company: 某某股份有限公司上海徐汇分公司 is the employer, not its head office
        best += branch.end()
    name = body[:best]
    if best < 4 or len(name) > ORG_MAX or re.search(r"[，。,;；：:]", name):
        return None
    return Parsed(name, cut, cut + best)


def split_branch(name: str) -> tuple[str, str]:
    """A company name cut into its head office and its branch tail: 某某有限公司上海分公司 → (某某有限公司, 上海分公司);
    ("name", "") when it names no branch."""
    for suffix in ORG_SUFFIXES:
        at = name.rfind(suffix, 0, max(0, len(name) - 2))
        if at >= 0:
            head = at + len(suffix)
            branch = _BRANCH_TAIL.match(name[head:])
            if branch and branch.end() == len(name) - head:
                return name[:head], name[head:]
            break
    return name, ""


# What may stand between an address's label and the address.
ADDRESS_LEAD = ":：;；,，.。、"
ADDRESS_LINKING_WORD = "为"
_ADDRESS_HINT = re.compile(r"[省市区县镇乡村路街道弄号室组巷里屯旗盟州]")


# A label printed over two lines of its cell (详细 | 地址), its second line read onto the value's end: no address ends so.
ADDRESS_LABEL_TAIL = re.compile(r"(?:详细)?[住地]址$")


# The zero of a house number written in Chinese numerals (一〇七号) as OCR reads it: a letter O, a digit 0 or a circle.
# No address mixes a digit or a letter into Chinese numerals.
_ZERO_MISREAD = re.compile(r"(?<=[一二三四五六七八九十〇])[Oo0○](?=[一二三四五六七八九十〇号])")


def parse_address(text: str) -> Optional[Parsed]:
    text = _ZERO_MISREAD.sub("〇", text)
    rest = _without_linking_word(text.lstrip(ADDRESS_LEAD)).lstrip(ADDRESS_LEAD)
    body, cut = strip_punct(_CLAUSE_AFTER_ADDRESS.split(rest, maxsplit=1)[0])
    cut += len(text) - len(rest)
    body = without_watermark_tail(body)
    body = ADDRESS_LABEL_TAIL.sub("", body)
    opening = _opening_division(body)
    body, cut = body[opening:], cut + opening
    if len(body) < 5 or not _ADDRESS_HINT.search(body):
        return None
    cjk = sum(1 for c in body if "\u3400" <= c <= "\u9fff")
    if cjk < len(body) / 2:
        return None
    whole = with_whole_province(body)
    return Parsed(whole, cut, cut + len(body), corrected=whole != body)


# An address ends at a clause mark, or where a letter's sentence goes on after it: …集体户 | 系该集体户成员。
_CLAUSE_AFTER_ADDRESS = re.compile(r"[。，,;；]|(?:系|为|是)(?:该|本|我)")


def _opening_division(text: str) -> int:
    """Where the address opens when words of another line or a misread label run before its province-level name
    (出生1993年3月4日住址河南省…, 位址河南省…): they hold a number or end in 址. 0 when nothing runs before it."""
    found = [text.find(name) for name in PROVINCE_LEVEL if text.find(name) > 0]
    if not found:
        return 0
    at = min(found)
    before = text[:at]
    return at if any(char.isdigit() for char in before) or before.endswith("址") else 0


def _without_linking_word(text: str) -> str:
    """A letter's 户籍地址为… links its label to the address with 为, which no place name starts with."""
    return text[len(ADDRESS_LINKING_WORD):] if text.startswith(ADDRESS_LINKING_WORD) else text


def without_watermark_tail(text: str) -> str:
    """The text without a watermark's piece read onto its end (…302室无效, …336号止积分使用): no address ends in
    the words of 仅供居住证积分使用，他用无效."""
    for start in range(len(text) - 1):
        if is_misread_watermark_piece(text[start:]):
            return text[:start]
    return text


def with_whole_province(address: str) -> str:
    """An address whose first characters the label beside it or the card's edge swallowed (西壮族自治区…, 徽省…) gets
    its province back when what is left of the name tells one province (regions.lost_province_head; never a
    municipality: 京市, 海市 end other cities' names too)."""
    head = lost_province_head(address)
    return head + address if head else address


def parse_text(min_len: int = 2, max_len: int = 40) -> Parser:
    def parse(text: str) -> Optional[Parsed]:
        body, cut = strip_punct(text)
        if not (min_len <= len(body) <= max_len):
            return None
        return Parsed(body, cut, cut + len(body))

    return parse


def one_of(*options: str, aliases: Optional[dict[str, str]] = None) -> Parser:
    """The first of the options (longest first) found at the start of the text."""
    choices = sorted(set(options) | set(aliases or {}), key=len, reverse=True)

    def parse(text: str) -> Optional[Parsed]:
        body, cut = strip_punct(text)
        for option in choices:
            if body.startswith(option):
                return Parsed((aliases or {}).get(option, option), cut, cut + len(option))
        return None

    return parse


# The 56 民族 of GB/T 3304, as the ID card prints them (without 族).
ETHNIC_GROUPS = frozenset("""
汉 蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 景颇
柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 裕固 京
塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺
""".split())


def parse_ethnicity(text: str) -> Optional[Parsed]:
    """民族 as printed on the ID card (汉, 回, 蒙古…), without a trailing 族. A name not among the 56 is kept but
    not trusted (a misread character, or stray text read in its place)."""
    body, cut = strip_punct(text)
    match = re.match(rf"^([{_CJK}]{{1,5}}?)族?(?=$|[^{_CJK}])", body)
    if not match or len(match.group(1)) > 4:
        return None
    name = match.group(1)
    if is_watermark_piece(name):
        return None  # 使用, 无效: a watermark over the cell, read where the value should be
    return Parsed(name, cut, cut + match.end(1), trusted=name in ETHNIC_GROUPS)


def parse_place(text: str) -> Optional[Parsed]:
    """出生地 / 籍贯: a province and a city or county."""
    body, cut = strip_punct(text)
    match = re.match(rf"^([{_CJK}]{{2,20}})", body)
    if not match or not re.search(r"[省市区县州旗]", match.group(1)):
        return None
    return Parsed(match.group(1), cut, cut + match.end(1))


def parse_word(max_len: int = 8) -> Parser:
    """A short Chinese word standing alone (文化程度, 与户主关系…)."""
    def parse(text: str) -> Optional[Parsed]:
        body, cut = strip_punct(text)
        match = re.match(rf"^([{_CJK}]{{1,{max_len}}})(?=$|[^{_CJK}])", body)
        if not match:
            return None
        return Parsed(match.group(1), cut, cut + match.end(1))

    return parse


# ---- dates in Chinese numerals (二〇一五年六月三十日) ------------------------------------------------------------

# 〇 is read as O, o, ○, 0 or (its circle left open) C as often as not; 零 and 两 are written too.
_CN_DIGIT = {"〇": 0, "○": 0, "零": 0, "O": 0, "o": 0, "0": 0, "C": 0, "c": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_CN_YEAR_CHARS = "〇○零Oo0Cc一二三四五六七八九"
_CN_SMALL = "一二两三四五六七八九十"
_CN_DATE = re.compile(rf"([{_CN_YEAR_CHARS}]{{3,4}})年([{_CN_SMALL}]{{1,2}})月(?:([{_CN_SMALL}]{{1,3}})[日号])?")


def chinese_number(text: str) -> Optional[int]:
    """A number from 1 to 99 written in Chinese numerals (三, 十一, 二十, 三十一), or None."""
    if not text or any(c not in _CN_SMALL for c in text):
        return None
    if "十" not in text:
        return _CN_DIGIT[text] if len(text) == 1 else None
    tens, _, ones = text.partition("十")
    if "十" in ones or len(tens) > 1 or len(ones) > 1:
        return None
    return (_CN_DIGIT[tens] if tens else 1) * 10 + (_CN_DIGIT[ones] if ones else 0)


def chinese_digits(text: str) -> Optional[str]:
    """Numerals written one by one (二〇一五, a year) as Arabic digits ("2015"), or None when one is not a digit."""
    if not text or any(c not in _CN_YEAR_CHARS for c in text):
        return None
    return "".join(str(_CN_DIGIT[c]) for c in text)


def _chinese_year(text: str) -> Optional[int]:
    year = int("".join(str(_CN_DIGIT[c]) for c in text))
    return year if 1900 <= year <= 2099 else None


def _year_with_a_numeral_lost(text: str) -> Optional[int]:
    """A year of three numerals one of which OCR dropped (二二六年, its thin 〇): the year, when any numeral put back
    anywhere makes one year 1900–2099 only (二〇〇年 could be 2000 to 2009: none)."""
    digits = "".join(str(_CN_DIGIT[c]) for c in text)
    years = {int(digits[:at] + lost + digits[at:]) for at in range(len(digits) + 1) for lost in "0123456789"}
    plausible = [year for year in years if 1900 <= year <= 2099]
    return plausible[0] if len(plausible) == 1 else None


def find_chinese_dates(text: str) -> list[Parsed]:
    """Every whole date written in Chinese numerals: 二〇一五年六月三十日, 二零一五年六月三十号; a year whose 〇 was
    lost (二二六年) only as a guess."""
    found = []
    for match in _CN_DATE.finditer(text):
        if match.group(3) is None:
            continue
        short = len(match.group(1)) == 3
        year = _year_with_a_numeral_lost(match.group(1)) if short else _chinese_year(match.group(1))
        month, day = chinese_number(match.group(2)), chinese_number(match.group(3))
        parsed = real_date(year, month, day) if year and month and day else None
        if parsed is not None:
            found.append(Parsed(parsed.isoformat(), match.start(), match.end(), guessed=short))
    return found


def find_dates_any(text: str) -> list[Parsed]:
    """Every date in text, in Arabic digits (find_dates) or in Chinese numerals, in order and never overlapping."""
    arabic = find_dates(text)
    chinese = [d for d in find_chinese_dates(text) if not any(d.start < a.end and a.start < d.end for a in arabic)]
    return sorted(arabic + chinese, key=lambda p: p.start)


def parse_date_any(text: str) -> Optional[Parsed]:
    dates = find_dates_any(text)
    return dates[0] if dates else None


# ---- a person's name, checked as a name -----------------------------------------------------------------------

# Words that are labels or running text, never part of a person's name (乙方的财产, 住址, 上月工资, 纳税人敏感信息).
NOT_IN_NAMES = ("姓名", "名称", "住址", "地址", "性别", "民族", "电话", "号码", "身份", "签字", "签名", "盖章", "日期",
                "甲方", "乙方", "单位", "公司", "合同", "劳动", "工资", "工作", "期限", "的", "本人", "法定", "代表",
                "委托", "代理", "户籍", "居住", "联系", "证书", "学校", "专业", "毕业", "学位", "出生", "信息", "记录")


def parse_person_name(text: str) -> Optional[Parsed]:
    """A personal name as parse_name reads it, refused when it holds a label word or a word of running text, or when
    the page shows it masked (纳税人：*思 in the 个税 app): what it shows is no name."""
    if text.lstrip().startswith(MASK):
        return None
    parsed = parse_name(text)
    if parsed is None or any(word in parsed.value for word in NOT_IN_NAMES):
        return None
    return parsed


# ---- an employer's name, whole ---------------------------------------------------------------------------------

# Words of running text, never of a company's name (甲方依法代扣代缴…的社会保险费).
NOT_IN_COMPANIES = ("的", "甲方", "乙方", "依法", "应当", "专用章")


def parse_company(text: str) -> Optional[Parsed]:
    """An employer's name as parse_org reads it (a branch included); text holding a 统一社会信用代码 is read only up
    to it, and running text is no name."""
    code = find_credit_code(text)
    parsed = parse_org(text[:code.start()] if code else text)
    if parsed is None or any(word in parsed.value for word in NOT_IN_COMPANIES):
        return None
    return parsed
