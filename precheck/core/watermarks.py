"""Watermarks written across copies handed in (仅供居住证积分使用，他用无效): their words name no document and are
no value, in whatever pieces OCR reads them."""
import re

from rapidfuzz import fuzz
from rapidfuzz.distance import Hamming

WATERMARK_PHRASES = ("仅供居住证积分使用他用无效", "仅供居住证积分申请使用", "仅供办理居住证积分使用", "仅供积分使用他用无效",
                     "再次复印无效")
# A watermark is written over and over across a copy: a piece OCR reads may run from one phrase's end into the next
# one's start (用无效仅供居), so pieces are looked for in each phrase written twice in a row.
REPEATED_PHRASES = tuple(phrase + phrase for phrase in WATERMARK_PHRASES)


def in_watermark(text: str) -> bool:
    """The text is part of a watermark phrase, or runs from one writing of it into the next."""
    return any(text in phrase for phrase in REPEATED_PHRASES)


def is_watermark_piece(text: str) -> bool:
    """Two characters or more that are a piece of a watermark phrase (无效, 他用无效)."""
    return len(text) >= 2 and in_watermark(text)


# A piece this long with one character misread (仅供居性 for 仅供居住) is still a watermark's piece; a longer one may
# have one in five misread (居任证积分使用，他用无双: 住 and 效, across a card it hid on an A4 copy).
MISREAD_PIECE_MIN = 4
CHARACTERS_PER_MISREAD = 5


def is_misread_watermark_piece(text: str, shortest: int = MISREAD_PIECE_MIN) -> bool:
    """A piece of a watermark phrase, or one of at least `shortest` characters with one of them (one in
    CHARACTERS_PER_MISREAD of a long one) read as another character (a value found only by a guess may be doubted
    down to 3: 月无效 for 用无效)."""
    if is_watermark_piece(text):
        return True
    if len(text) < shortest:
        return False
    misread = max(1, len(text) // CHARACTERS_PER_MISREAD)
    return any(Hamming.distance(text, phrase[at: at + len(text)]) <= misread
               for phrase in REPEATED_PHRASES for at in range(len(phrase) - len(text) + 1))


# A long piece running over two writings of the phrase, a character lost or misread on the way (居住证积使用，他用无效
# 仅供居住证积分): it lies along the phrase written twice, nearly character for character.
LONG_PIECE_MIN = 10
LONG_PIECE_MIN_RATIO = 90


def is_long_misread_watermark_piece(text: str) -> bool:
    return any(LONG_PIECE_MIN <= len(text) <= len(phrase) and fuzz.partial_ratio(text, phrase) >= LONG_PIECE_MIN_RATIO
               for phrase in REPEATED_PHRASES)


# The same words written once as a note at a copy's foot, with its own lead (此复印件仅供居住证积分申请使用，他用无效).
_USE_NOTE = re.compile(r"(?:[此本该]?(?:复印件|复印|材料|证件|件))?仅供[\u4e00-\u9fff]{2,12}?使用(?:他用无效|再次复印无效)?")


def is_use_note(text: str) -> bool:
    """A copy's note that it may be used only for the points application: its words name no document."""
    return _USE_NOTE.fullmatch("".join(char for char in text if char.isalnum())) is not None
