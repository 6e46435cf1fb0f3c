"""Comparing two read values the way the acceptance office does, but robust to OCR doubt.

Values are compared after normalisation (SPEC §3: white space removed, full-width made half-width by NFKC,
so （） and () are one). Where they differ, the differing runs are marked with 【】; a difference is
*doubtful* when every differing run has, on at least one side, only characters read below CERTAIN_FLOOR
(or the field as a whole is below it) — then it may be a misreading and the finding is a warning.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Callable, Literal, Optional

from extractors.reading.values import split_branch
from precheck.core.model import FieldValue, Severity
from precheck.core.textnorm import normalize
from rules.registry import Hit
from rules.fields import CERTAIN_FLOOR, READABLE_FLOOR, Got, doc_label
from rules.places import division_chain_end, misread_opening

# A character next to one that was dropped or added must read at least this surely for the difference to count.
DROPPED_CHARACTER_FLOOR = 0.9
# Both first readings must hold a character at least this surely to outvote a second look that read it otherwise.
OUTVOTING_FLOOR = 0.9
# A side whose differing characters all read below this is outvoted by a third document reading as the other side.
WITNESS_FLOOR = 0.95
# Characters either side of a difference that another reading must repeat for it to back the other value there.
ALTERNATIVE_CONTEXT = 2
# "form": companies differing only in 有限/股份有限; "branch": one names a branch (分公司) of the other, which is also
# what a name wrapped onto a second line and read only to its first line's end looks like; "tail": one is the other's
# end (旅游服务有限公司 for 上海携程旅游服务有限公司), what a wrapped name read only from its second line looks like.
Outcome = Literal["same", "form", "branch", "tail", "doubtful", "different"]
OUTCOME_ORDER = ("same", "form", "branch", "tail", "doubtful", "different")
# A tail this short names no company of its own (有限公司).
TAIL_MIN_CHARS = 6


@dataclass(frozen=True)
class Reading:
    """A normalised value, with for each character whether it was read below the floor."""

    text: str
    doubtful: tuple[bool, ...]
    confidences: tuple[float, ...] = ()
    alternatives: tuple[str, ...] = ()  # other sure readings of the same value, normalised the same way
    partial: bool = False  # read too unsurely to be readable: compared only for what its sure characters show

    def __getitem__(self, part: slice) -> "Reading":
        return Reading(self.text[part], self.doubtful[part], self.confidences[part], self.alternatives, self.partial)

    def backs(self, start: int, end: int, instead: str) -> Optional[str]:
        """Another reading of this value that reads `instead` where this one reads text[start:end], with the
        characters around the place read the same: the page itself is in doubt there."""
        before = self.text[max(0, start - ALTERNATIVE_CONTEXT): start]
        after = self.text[end: end + ALTERNATIVE_CONTEXT]
        return next((alt for alt in self.alternatives if before + instead + after in alt), None)

    def unsure_near(self, start: int, end: int) -> bool:
        """Any character in start:end or next to it read below DROPPED_CHARACTER_FLOOR, or doubtful as part of a
        value doubtful as a whole (placed by a guess: it may have lost characters with no trace in their scores)."""
        near = self.confidences[max(0, start - 1): end + 1]
        return (bool(near) and min(near) < DROPPED_CHARACTER_FLOOR) or any(self.doubtful[max(0, start - 1): end + 1])


def reading(value: FieldValue, key: Callable[[str], str] = normalize, floor: float = CERTAIN_FLOOR) -> Reading:
    """Apply `key` character by character so each output character keeps its own confidence; a character (or the
    whole value) read below `floor` is doubtful."""
    raw = str(value.value)
    confidences = value.char_confidences if value.char_confidences and len(value.char_confidences) == len(raw) else None
    # The value as a whole is doubtful when its confidence is low for a reason beyond its characters' scores (a
    # failed check digit caps it) or when there are no character scores; otherwise each character speaks for itself.
    whole_doubtful = value.guessed or (
        value.confidence < floor and (confidences is None or value.confidence < min(confidences) - 1e-6))
    text, doubtful, sure = [], [], []
    for index, char in enumerate(raw):
        low = whole_doubtful or (confidences is not None and confidences[index] < floor)
        for out in key(char):
            text.append(out)
            doubtful.append(low)
            sure.append(confidences[index] if confidences is not None else value.confidence)
    alternatives = tuple("".join(key(char) for char in alt) for alt in value.alternatives or ())
    return Reading("".join(text), tuple(doubtful), tuple(sure), alternatives, value.confidence < READABLE_FLOOR)


@dataclass(frozen=True)
class Comparison:
    outcome: Outcome
    left: str  # normalised, differing runs in 【】
    right: str
    doubtful_chars: tuple[str, ...] = ()  # the characters that may have been misread
    second_readings: tuple[str, ...] = ()  # other readings of the page that back the other value
    look_alikes: tuple[tuple[str, str], ...] = ()  # differing runs that are look-alikes of each other (颖, 颍)
    cut_short: bool = False  # one name is the other less a character at one end (苏博, 苏博洋)
    witness: str = ""  # which third document reads as one side does, where the other side read unsurely
    dropped: bool = False  # every differing run is one side's characters that the other lacks where it read unsurely
    unsure_name: bool = False  # a name with a character read unsurely: the rest of its reading is no surer

    @property
    def doubt_note(self) -> str:
        chars = "、".join(f"「{c}」" for c in dict.fromkeys(self.doubtful_chars))
        if self.cut_short:
            return f"两者只差一端的{chars}字，多为水印或印章遮住这个字而漏读，也可能确实少写了一个字"
        if self.witness:
            return f"{chars}识别把握不足，而{self.witness}，可能是识别误差"
        if self.look_alikes and set(self.doubtful_chars) <= {c for pair in self.look_alikes for c in "".join(pair)}:
            pairs = "、".join(f"「{one}」与「{other}」" for one, other in dict.fromkeys(self.look_alikes))
            return f"{pairs}字形相近，可能是识别误差"
        if self.second_readings:
            again = "、".join(f"「{r}」" for r in dict.fromkeys(self.second_readings))
            return f"{chars or '此'}处两次识别结果不同（重新识别时读作{again}），可能是识别误差"
        if self.dropped:
            return f"{chars}只在一份材料上读到（【】内），另一份材料在该处识别把握不大，可能漏读了这些字"
        if self.unsure_name:
            what = f"姓名中的{chars}" if chars else "这一处的姓名"
            return f"{what}识别把握不大，这一处读到的姓名整体都不可靠，可能是识别误差"
        return f"不同之处的{chars}识别把握不大，可能是识别误差" if chars else "识别把握不大，可能是识别误差"


def compare(left: Reading, right: Reading) -> Comparison:
    if left.text == right.text:
        return _same_unless_read_otherwise(left, right)
    matcher = SequenceMatcher(None, left.text, right.text, autojunk=False)
    changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    doubtful_chars: list[str] = []
    second_readings: list[str] = []
    look_alikes: list[tuple[str, str]] = []
    all_doubtful = True
    only_dropped = True
    for _, i1, i2, j1, j2 in changes:
        spans = [(side, a, b) for side, a, b in ((left, i1, i2), (right, j1, j2)) if b > a and all(side.doubtful[a:b])]
        if not spans and ((left.partial and i2 - i1 < j2 - j1) or (right.partial and j2 - j1 < i2 - i1)):
            # A reading too poor to be readable loses characters (at a fold, a seal, the end of a wrapped line)
            # without a trace; what it lacks is no evidence. What it holds surely and the other lacks, is.
            spans = [(side, a, b) for side, a, b in ((left, i1, i2), (right, j1, j2)) if b > a]
        if not spans and i2 - i1 != j2 - j1 and _held_unsurely(left, i1, i2, right, j1, j2):
            # Characters dropped or added: OCR loses characters under seals and folds without a low score on the
            # missing ones, so the readings around the gap decide. Dropped characters explain only the longer run's
            # extra length: characters the shorter run holds surely are a difference of their own.
            spans = [(side, a, b) for side, a, b in ((left, i1, i2), (right, j1, j2)) if side.unsure_near(a, b) and b > a]
            lacked_where_unsure = not spans and min(i2 - i1, j2 - j1) == 0 and (
                left.unsure_near(i1, i2) or right.unsure_near(j1, j2))
            if not spans and (left.unsure_near(i1, i2) or right.unsure_near(j1, j2)):
                spans = [(left, i1, i2)] if i2 > i1 else [(right, j1, j2)]
            only_dropped = only_dropped and lacked_where_unsure
        else:
            only_dropped = False
        if not spans and _look_alike(left.text[i1:i2], right.text[j1:j2]):
            # The recogniser takes one of a pair of look-alike characters for the other at full confidence.
            spans = [(left, i1, i2), (right, j1, j2)]
            look_alikes.append((left.text[i1:i2], right.text[j1:j2]))
        if not spans:
            backing = left.backs(i1, i2, right.text[j1:j2]) or right.backs(j1, j2, left.text[i1:i2])
            if backing is not None:
                second_readings.append(backing)
                spans = [(side, a, b) for side, a, b in ((left, i1, i2), (right, j1, j2)) if b > a]
        if not spans:
            all_doubtful = False
        for side, a, b in spans:
            doubtful_chars.extend(side.text[a:b])
    outcome: Outcome = "doubtful" if all_doubtful else "different"
    return Comparison(outcome, _mark(left.text, [(a, b) for _, a, b, _, _ in changes]),
                      _mark(right.text, [(a, b) for _, _, _, a, b in changes]), tuple(doubtful_chars),
                      tuple(second_readings) if outcome == "doubtful" else (),
                      tuple(look_alikes) if outcome == "doubtful" else (),
                      dropped=outcome == "doubtful" and only_dropped and not look_alikes and not second_readings)


# Characters the recogniser is seen to read as each other with full confidence (颖 for 颍 in 颍州区 on a clear
# photo of a 户口簿; 淅 for 浙; 字 for 宇 in a name and 太 for 大 in 大营村 on scanned 户口簿 pages; 间 for 闾 of 闾丘
# on a diploma; q for the 9 of a building number, 435号q幢, on a re-read crop of a 户口簿 photo), and the common
# look-alikes of addresses and names beside them: a difference that is only one of these for the other is a reading
# to check, never a sure mismatch.
LOOK_ALIKES = tuple(frozenset(group) for group in (
    "颍颖", "浙淅", "己已巳", "未末", "土士", "戊戌戍", "候侯", "免兔", "拔拨", "汩汨", "折拆", "佘余", "冼洗", "微徽",
    "睛晴", "崇祟", "栗粟", "贝见", "泠冷", "沽沾", "宇字", "大太", "闾间", "9qg"))


def _look_alike(one: str, other: str) -> bool:
    """Two differing runs that are, character by character, look-alikes of each other."""
    return len(one) == len(other) > 0 and all(
        a == b or any(a in group and b in group for group in LOOK_ALIKES) for a, b in zip(one, other))


def _held_unsurely(left: Reading, i1: int, i2: int, right: Reading, j1: int, j2: int) -> bool:
    """Whether the shorter of two differing runs holds nothing, or nothing read surely."""
    side, a, b = (left, i1, i2) if i2 - i1 < j2 - j1 else (right, j1, j2)
    return all(confidence < DROPPED_CHARACTER_FLOOR for confidence in side.confidences[a:b])


def _same_unless_read_otherwise(left: Reading, right: Reading) -> Comparison:
    """Equal readings are the same value, unless a second look at one of the pages read it otherwise: then the
    first readings may agree only because one of them dropped or misread what its page holds. A second look that
    only reads other characters where both pages were read surely, or only drops characters, is outvoted: two pages
    read independently to the same character is more than one second look."""
    for side in (left, right):
        for alt in side.alternatives:
            if alt != side.text:
                matcher = SequenceMatcher(None, side.text, alt, autojunk=False)
                changes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
                if all(_outvoted(change, left, right) for change in changes):
                    continue
                # Where the other reading only adds characters, mark the two read either side of the gap.
                spans = [(i1, i2) if i2 > i1 else (max(0, i1 - 1), min(len(side.text), i1 + 1)) for _, i1, i2, _, _ in changes]
                chars = tuple(char for _, i1, i2, j1, j2 in changes for char in side.text[i1:i2] + alt[j1:j2])
                marked = _mark(side.text, spans)
                return Comparison("doubtful", marked, marked, chars, (alt,))
    return Comparison("same", left.text, right.text)


def _outvoted(change: tuple, left: Reading, right: Reading) -> bool:
    """A second look's change that only swaps characters both first readings hold surely, or only drops characters
    both first readings hold and one of them surely: a crop of one line loses a thin character (一, a stroke at a
    cell's rule) far more often than two pages read apart invent the same one in the same place."""
    tag, i1, i2, j1, j2 = change
    if tag == "delete":
        return all(any(_sure(side, index) for side in (left, right)) for index in range(i1, i2))
    if tag != "replace" or i2 - i1 != j2 - j1:
        return False
    return all(_sure(side, index) for side in (left, right) for index in range(i1, i2))


def _sure(side: Reading, index: int) -> bool:
    return not side.doubtful[index] and (not side.confidences or side.confidences[index] >= OUTVOTING_FLOOR)


def compare_values(left: FieldValue, right: FieldValue, key: Callable[[str], str] = normalize,
                   floor: float = CERTAIN_FLOOR) -> Comparison:
    return compare(reading(left, key, floor), reading(right, key, floor))


def compare_addresses(left: FieldValue, right: FieldValue) -> Comparison:
    """compare_values(), where a doubtful difference that lies only in how the divisions opening the address were
    read (one reading names real divisions, 安徽省阜阳市颍州区; the other, read unsurely or with a look-alike, names
    none, 安徽省阜阳市颖州区) is settled by the national list of divisions: the two are the same address."""
    comparison = compare_values(left, right)
    if comparison.outcome == "doubtful" and _settled_by_divisions(reading(left), reading(right)):
        return Comparison("same", comparison.left, comparison.right)
    return comparison


def outvoted_by_witness(comparison: Comparison, doubted: Got, backed: Got, witness: Got) -> Comparison:
    """A difference made doubtful by a third document: where `witness` (read surely) reads exactly as `backed`, and
    `doubted` holds every differing character less surely than WITNESS_FLOOR, `doubted`'s reading is in doubt (木
    read 水 or 本 at 0.83–0.91 on a 100 dpi copy of a 户口簿 while the 居住证 and the 身份证 both read 木)."""
    if comparison.outcome != "different":
        return comparison
    seen, one, other = reading(witness.field), reading(doubted.field), reading(backed.field)
    if seen.partial or any(seen.doubtful) or seen.text != other.text:
        return comparison
    matcher = SequenceMatcher(None, one.text, other.text, autojunk=False)
    runs = [(i1, i2) for tag, i1, i2, _, _ in matcher.get_opcodes() if tag != "equal"]
    if not runs or any(i2 == i1 or max(one.confidences[i1:i2]) >= WITNESS_FLOOR for i1, i2 in runs):
        return comparison
    chars = tuple(char for i1, i2 in runs for char in one.text[i1:i2])
    note = f"{doc_label(witness.document)}上的同一地址与{doc_label(backed.document)}一致"
    return Comparison("doubtful", comparison.left, comparison.right, chars, witness=note)


def _settled_by_divisions(one: Reading, other: Reading) -> bool:
    for misread, real in ((one, other), (other, one)):
        length = misread_opening(misread.text, real.text)
        if length is None:
            continue
        opening, real_opening = misread[:length], real.text[: division_chain_end(real.text)]
        # The doubt must lie on the side that names no real division: read unsurely there, or a look-alike.
        if any(opening.doubtful) or _look_alike(opening.text, real_opening):
            return True
    return False


def _mark(text: str, spans: list[tuple[int, int]]) -> str:
    out, last = [], 0
    for start, end in spans:
        if end > start:
            out.append(text[last:start] + "【" + text[start:end] + "】")
            last = end
    return "".join(out) + text[last:]


# --- people's names and id numbers

# A name has no grammar and no check digit to catch a misread character, and the recogniser reads a rare character
# (赟, 璟, 婧) as a common look-alike (赞, 情) at 0.8–0.9: a name differs surely only where both readings hold every
# character, and the name as a whole, at least this surely.
NAME_CERTAIN_FLOOR = 0.9


def sure_name(value: FieldValue) -> bool:
    """A name read surely enough to ground an error: no character of it (nor the whole) below NAME_CERTAIN_FLOOR."""
    chars = value.char_confidences or []
    return (not value.guessed and value.confidence >= NAME_CERTAIN_FLOOR
            and all(c >= NAME_CERTAIN_FLOOR for c in chars))


def name_key(char: str) -> str:
    """Names: normalize(), without the middle dot of transliterated names (吉克·阿依), written any way or left out:
    it separates the name's parts and is no character of it, and a reading easily loses so small a mark (an ID card
    read 吉克阿依 beside a tax record's 吉克·阿依 is one name). The characters decide."""
    return re.sub(r"[·•・.．]", "", normalize(char))


def compare_names(left: FieldValue, right: FieldValue, key: Callable[[str], str] = name_key,
                  floor: float = NAME_CERTAIN_FLOOR) -> Comparison:
    """compare_values() for people's names, where a name that is the other with one character missing at its start or
    end (苏博 for 苏博洋) is a doubt, not a sure difference: a watermark or a seal over the name's end hides a
    character with no trace in the others' scores, and a clerk's mistake in a name is a wrong character, not a
    missing last one."""
    comparison = compare_values(left, right, key, floor)
    if comparison.outcome != "different":
        return comparison
    for value, other in ((left, right), (right, left)):
        if value.confidence < READABLE_FLOOR or sure_name(value):
            continue  # a partial reading's sure characters, or a sure name, show a real difference
        mine = reading(value, key, floor)
        theirs = reading(other, key, floor)
        differing = [mine.confidences[i] for tag, i1, i2, _, _ in
                     SequenceMatcher(None, mine.text, theirs.text, autojunk=False).get_opcodes()
                     if tag != "equal" for i in range(i1, i2)]
        if differing and min(differing) < WITNESS_FLOOR:
            # A name is a few characters: where one of them was read unsurely (谢 at 84% in a small photo of a tax
            # certificate), the one beside it read barely surely (而 at 92% for 雨萱) is no sure difference.
            unsure = tuple(char for char, score in zip(mine.text, mine.confidences) if score < NAME_CERTAIN_FLOOR)
            return replace(comparison, outcome="doubtful", doubtful_chars=unsure, unsure_name=True)
    one, other = sorted(("".join(map(key, str(value.value))) for value in (left, right)), key=len)
    if len(other) - len(one) == 1 and len(one) >= 2 and (other.startswith(one) or other.endswith(one)):
        missing = other[len(one):] if other.startswith(one) else other[:1]
        return Comparison("doubtful", comparison.left, comparison.right, tuple(missing), cut_short=True)
    return comparison


def id_key(char: str) -> str:
    return normalize(char).upper()


def normal_id(text: str) -> str:
    return "".join(id_key(c) for c in text)


# --- company names

# Organisation forms at the end of a company name. 有限公司 and 有限责任公司 are the same legal form (公司法: a
# limited liability company's name carries either), as are 股份有限公司 and 股份公司; those pairs compare equal.
# 有限公司 vs 股份有限公司 is a change of form (改制, usually the same company renamed): reported as "form", a warning.
ORGANISATION_FORMS = (("股份有限公司", "股份有限公司"), ("股份公司", "股份有限公司"),
                      ("有限责任公司", "有限公司"), ("有限公司", "有限公司"))
# Withholding agents that are HR agencies or labour-dispatch firms (代缴 / 代扣代缴), for the message only.
AGENCY_WORDS = ("人力资源", "人才服务", "劳务派遣", "劳务", "外服", "中智", "人事代理", "外包", "派遣")


def company_key(char: str) -> str:
    """normalize() and punctuation dropped: 上海某某(集团)有限公司 = 上海某某（集团）有限公司 = 上海某某集团有限公司."""
    return re.sub(r"[^\w]", "", normalize(char))


def split_form(name: Reading) -> tuple[Reading, Optional[str]]:
    for suffix, form in ORGANISATION_FORMS:
        if name.text.endswith(suffix):
            return name[: len(name.text) - len(suffix)], form
    return name, None


def compare_companies(left: FieldValue, right: FieldValue) -> Comparison:
    left_body, left_form = split_form(reading(left, company_key))
    right_body, right_form = split_form(reading(right, company_key))
    body = compare(left_body, right_body)
    shown = compare_values(left, right)  # marked on the names as printed (brackets kept), for people
    if body.outcome == "same":
        outcome: Outcome = "same" if left_form == right_form else "form"
        return Comparison(outcome, shown.left, shown.right)
    if body.outcome == "different" and _branch_of_other(left, right):
        return Comparison("branch", shown.left, shown.right)
    if body.outcome == "different" and _tail_of_other(left, right):
        return Comparison("tail", shown.left, shown.right)
    return Comparison(body.outcome, shown.left, shown.right, body.doubtful_chars, look_alikes=body.look_alikes)


def _branch_of_other(left: FieldValue, right: FieldValue) -> bool:
    """One name is the other's branch: 某某有限公司上海分公司 against 某某有限公司."""
    names = ["".join(company_key(c) for c in str(value.value)) for value in (left, right)]
    for one, other in (names, names[::-1]):
        head, branch = split_branch(one)
        if branch and head == other:
            return True
    return False


def _tail_of_other(left: FieldValue, right: FieldValue) -> bool:
    """One name is the end of the other, long enough to be more than a company form."""
    names = ["".join(company_key(c) for c in str(value.value)) for value in (left, right)]
    short, long = sorted(names, key=len)
    return len(short) >= TAIL_MIN_CHARS and len(short) < len(long) and long.endswith(short)


def is_agency(name: str) -> bool:
    return any(word in normalize(name) for word in AGENCY_WORDS)


def difference_hit(subject: str, reference: Got, other: Got, comparison: Comparison, fix: str,
                   check_first: Optional[Got] = None) -> Hit:
    """The finding for `other` differing from `reference`: an error with the differing runs marked, or a warning
    naming the doubtful characters when the difference may be a misreading (and, given `check_first`, which
    document's value to check first: the one read unsurely)."""
    ref_doc, other_doc = doc_label(reference.document), doc_label(other.document)
    values = f"{ref_doc}「{comparison.left}」，{other_doc}「{comparison.right}」（【】内为不同之处）"
    evidence = (reference.evidence, other.evidence)
    if comparison.outcome == "doubtful":
        first = f"请先核对{doc_label(check_first.document)}上的{subject}，" if check_first is not None else "请"
        return Hit(f"{other_doc}上的{subject}与{ref_doc}可能不一致：{values}；{comparison.doubt_note}。", evidence,
                   f"{first}对照原件逐字核对。若原件上确实不同：{fix}", Severity.warning)
    return Hit(f"{other_doc}上的{subject}与{ref_doc}不一致：{values}。", evidence, fix)
