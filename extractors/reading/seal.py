"""Pieces of a seal read as text. A police seal (…公安局…派出所 / 户口专用章) printed over a form's cells is read
through in pieces, and no piece of it is a value or a value's next line. A piece is known by its words, which only a
ring carries, and by its size: the ring's letters stand taller than the form's print and run along a curve, so the
box of a piece of two or three of them is about as tall as it is wide."""
from __future__ import annotations

from typing import Optional

from extractors.reading.text import Line

# Words only a seal's ring carries: ring text is never a value.
SEAL_WORDS = ("专用章", "之章", "公章", "印章")
# Pieces of a police seal's ring words (…公安局…派出所, 户口专用章): an unsure line holding one is the seal.
SEAL_RING_PIECES = ("公安", "安局", "派出所", "专用", "用章")
# The characters of those ring words (公安局, 分局, 派出所, 户口专用章, 户籍专用章), and the divisions its place names
# end with (…省…市公安局): a short line made of nothing else is a piece of the ring.
RING_CHARACTERS = frozenset("公安局分派出所户口籍专用章")
RING_DIVISIONS = frozenset("省市县区")
RING_PIECE_MAX = 4
# A ring piece read this surely and no taller than the print may be print after all (签发机关 …公安局 | 分局 wrapped).
SURE_PRINT = 0.99
# A line holding a piece of a ring word is the seal when read less surely than this.
UNSURE_RING_WORD = 0.9
# Ring letters stand at least this much taller than the line of print they lie over.
TALLER_THAN_PRINT = 1.8
# What an address's house number ends with: ring characters read onto it after one of these are the seal's.
HOUSE_NUMBER_END = frozenset("号室组幢栋层户") | frozenset("0123456789")


def ring_piece(text: str) -> bool:
    """A short text made of nothing but the ring's characters, at least one of them from its words (用, 局户, 安局)."""
    return (0 < len(text) <= RING_PIECE_MAX and all(c in RING_CHARACTERS or c in RING_DIVISIONS for c in text)
            and any(c in RING_CHARACTERS for c in text))


def taller_than_print(line: Line, print_line: Line) -> bool:
    return line.text_height > TALLER_THAN_PRINT * print_line.text_height


def seal_piece(line: Line, print_line: Optional[Line] = None) -> bool:
    """A line that is a piece of a seal: a short run of ring characters not read surely, or an unsure line holding a
    ring word's piece. Given the print of the row it would continue, also a line far taller than that print, or a lone
    ring character however surely read: no value goes on with one character of the ring's words."""
    confidence = line.span_confidence(0, len(line.text))
    continuing = print_line is not None
    lone = continuing and len(line.text) == 1 and not _ends_its_word(line.text, print_line.text)
    return ((ring_piece(line.text) and (confidence < SURE_PRINT or lone))
            or (confidence < UNSURE_RING_WORD and any(piece in line.text for piece in SEAL_RING_PIECES))
            or (continuing and taller_than_print(line, print_line)))


# A ring character that ends the word the print line stops before: 集体 | 户 (a collective household), 1158 | 户 (a
# flat numbered as a household, 20号楼1158户). Read surely, it is the print's.
_WORD_ENDS = {"户": ("集体", "0", "1", "2", "3", "4", "5", "6", "7", "8", "9")}


def _ends_its_word(char: str, before: str) -> bool:
    return before.endswith(_WORD_ENDS.get(char, ()))


def ring_tail(line: Line, start: int, end: int) -> int:
    """How many characters at the end of line.text[start:end] are ring characters read onto a house number
    (…6号用): read unsurely, after the number's last character."""
    count = 0
    while end - count - 1 > start and line.text[end - count - 1] in RING_CHARACTERS:
        count += 1
    if not count or line.text[end - count - 1] not in HOUSE_NUMBER_END:
        return 0
    return count if min(line.char_confidences[end - count:end]) < SURE_PRINT else 0
