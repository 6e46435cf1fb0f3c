"""Watermarks written across copies handed in (仅供居住证积分使用，他用无效): their words name no document and are
no value, in whatever pieces OCR reads them."""
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


# A piece this long with one character misread (仅供居性 for 仅供居住) is still a watermark's piece.
MISREAD_PIECE_MIN = 4


def is_misread_watermark_piece(text: str, shortest: int = MISREAD_PIECE_MIN) -> bool:
    """A piece of a watermark phrase, or one of at least `shortest` characters with one of them read as another
    character (a value found only by a guess may be doubted down to 3: 月无效 for 用无效)."""
    if is_watermark_piece(text):
        return True
    if len(text) < shortest:
        return False
    return any(Hamming.distance(text, phrase[at: at + len(text)]) <= 1
               for phrase in WATERMARK_PHRASES for at in range(len(phrase) - len(text) + 1))
