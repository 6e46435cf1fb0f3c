"""PDF pages: the text layer with its boxes when there is one, else a rendered image for OCR."""
from __future__ import annotations

import io
import logging
import math
import re
from dataclasses import dataclass, replace
from typing import Optional

import pdfplumber
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
from PIL import Image

from precheck.core.model import OcrLine

# Fewer meaningful characters than this and the page is treated as a scan.
MIN_TEXT_LAYER_CHARS = 20
# A document's own text runs along the page or across it (a landscape table); text set at a slant, more than this
# many degrees off, is a watermark written across the page (仅供居住证积分使用，他用无效 at 30°): left out, or its
# characters join the words they cross (上海长宁分公司 read as 上海长效宁分公司).
SLANT_TOLERANCE_DEGREES = 5.0

# pdfminer (under pdfplumber) warns of every font whose descriptor lacks a FontBBox, as a browser's print to PDF has:
# the text is read all the same, and the warning, once per character, would bury what precheck says.
logging.getLogger("pdfminer").setLevel(logging.ERROR)


@dataclass
class TextLayer:
    lines: list[OcrLine]
    width: float  # points
    height: float


class PdfError(Exception):
    pass


def open_pdf(data: bytes) -> pdfium.PdfDocument:
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        # PDFium's error code is not reliable here (a document without pages fails with the previous file's code).
        raise PdfError(_why_unopened(data)) from exc


ENCRYPTED = "PDF 已加密（需要密码才能打开），无法读取。请提供未加密的版本（encrypted PDF）"
NO_PAGES = "PDF 中没有任何页面，请重新导出（PDF has no pages）"
CORRUPT = "PDF 文件已损坏，无法打开。请重新导出或重新扫描（corrupt PDF）"


def _why_unopened(data: bytes) -> str:
    if re.search(rb"/Encrypt\b", data[-65536:]) or re.search(rb"/Encrypt\b", data[:65536]):
        return ENCRYPTED
    try:
        with pdfplumber.open(io.BytesIO(data)) as doc:
            return NO_PAGES if len(doc.pages) == 0 else CORRUPT
    except Exception:  # noqa: BLE001 - pdfminer raises many types on a broken file
        return CORRUPT


class TextLayers:
    """Text layers of one file's pages: pdfplumber is opened once per file, not once per page."""

    def __init__(self, data: bytes):
        self._data = data
        self._doc = None
        self._failed = False

    def __enter__(self) -> "TextLayers":
        return self

    def __exit__(self, *exc) -> None:
        if self._doc is not None:
            self._doc.close()

    def page(self, pdf: pdfium.PdfDocument, index: int) -> Optional[TextLayer]:
        """The page's characters with their boxes, from pdfplumber, or pypdfium2 where pdfplumber finds none; where
        pdfplumber misses lines pypdfium2 reads (set in a font pdfminer cannot map: a title, or a table's rows under
        the header it read), those lines are added from pypdfium2."""
        layer = self._plumber(index)
        if layer is None or _meaningful(layer) < MIN_TEXT_LAYER_CHARS:
            layer = _pdfium_layer(pdf, index) or layer
        elif _pdfium_count(pdf, index) > _meaningful(layer):
            layer = _with_lines_only_pdfium_read(layer, _pdfium_layer(pdf, index))
        if layer is None or _meaningful(layer) < MIN_TEXT_LAYER_CHARS:
            return None
        return layer

    def _plumber(self, index: int) -> Optional[TextLayer]:
        if self._doc is None and not self._failed:
            try:
                self._doc = pdfplumber.open(io.BytesIO(self._data))
            except Exception:  # noqa: BLE001 - pypdfium2 gets a second try
                self._failed = True
        if self._doc is None:
            return None
        try:
            page = self._doc.pages[index]
            try:
                return _plumber_page_layer(page)
            finally:
                page.close()  # drops the page's cached objects, so a long file is not held whole
        except Exception:  # noqa: BLE001 - pdfminer raises many types on odd files
            return None


def render(pdf: pdfium.PdfDocument, index: int, dpi: int) -> Image.Image:
    page = pdf[index]
    width, height = page.get_size()
    # Bound the pixels of oversized pages (posters, mis-sized scans) to ~A3 at the chosen dpi.
    scale = min(dpi / 72, 6000 / max(width, height, 1))
    return page.render(scale=scale).to_pil().convert("RGB")


def _with_lines_only_pdfium_read(layer: TextLayer, other: Optional[TextLayer]) -> TextLayer:
    if other is None:
        return layer
    missed = [line for line in other.lines if not any(_overlap(line.bbox, own.bbox) for own in layer.lines)]
    return replace(layer, lines=layer.lines + missed) if missed else layer


def _overlap(a, b) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _pdfium_count(pdf: pdfium.PdfDocument, index: int) -> int:
    """How many letters and digits pypdfium2 finds in the page's text layer."""
    textpage = pdf[index].get_textpage()
    return sum(1 for i in range(textpage.count_chars())
               if textpage.get_text_range(i, 1).isalnum() and not _slanted_in_pdfium(textpage, i))


def _meaningful(layer: TextLayer) -> int:
    return sum(1 for line in layer.lines for ch in line.text if ch.isalnum())


def _plumber_page_layer(page) -> TextLayer:
    lines = []
    rules = _vertical_rules(page)
    # A glyph drawn twice on its own place (bold faked by overprinting) is one character, not two.
    page = page.dedupe_chars(tolerance=1)
    page = page.filter(lambda obj: obj.get("object_type") != "char" or not _slanted(_matrix_angle(obj["matrix"])))
    for item in page.extract_text_lines(return_chars=True):
        for segment in _split_at_gaps([c for c in item["chars"] if not c["text"].isspace()], rules):
            text = "".join(c["text"] for c in segment)
            if not text or "(cid:" in text:
                continue  # glyphs without a Unicode mapping are no text at all
            box = (min(c["x0"] for c in segment), min(c["top"] for c in segment),
                   max(c["x1"] for c in segment), max(c["bottom"] for c in segment))
            char_xs = [_across(c["x0"], c["x1"], page.width) for c in segment for _ in c["text"]]
            lines.append(OcrLine(text=text, bbox=_fractions(*box, page.width, page.height), confidence=1.0,
                                 char_xs=char_xs))
    return TextLayer(lines=lines, width=float(page.width), height=float(page.height))


def _matrix_angle(matrix) -> float:
    return math.degrees(math.atan2(matrix[1], matrix[0]))


def _slanted(degrees: float) -> bool:
    off = degrees % 90.0
    return min(off, 90.0 - off) > SLANT_TOLERANCE_DEGREES


def _split_at_gaps(chars: list[dict], rules: list[tuple[float, float, float]] = ()) -> list[list[dict]]:
    """A text line cut where the gap between characters is wider than about one character, as an OCR detector
    would, or where a table's vertical rule stands between them (cells filled to their edge in a cramped table run
    into each other with less than a character between): table cells and form fields on one baseline stay apart.
    A character is as wide as its glyph where that is narrower than its height: a rule-less table's amount and the
    date beside it stand a digit and a half apart, less than a Chinese character's width.

    Text overflowing its cell is drawn over the next cell's (2026-06-3 | 0 over 上海…): a character that starts well
    inside the glyph before it begins a text of its own, and each later character joins the text it follows on
    from, so the two are kept apart rather than interleaved (上0海…)."""
    segments: list[list[dict]] = []
    for char in sorted(chars, key=lambda c: c["x0"]):
        followed = [segment for segment in segments if _follows(segment[-1], char, rules)]
        if followed:
            min(followed, key=lambda segment: abs(char["x0"] - segment[-1]["x1"])).append(char)
        else:
            segments.append([char])
    return segments


def _follows(left: dict, char: dict, rules) -> bool:
    """`char` continues the text that ends with `left`: it starts near where `left` ends, not well inside it, and
    no rule stands between."""
    overlap = left["x1"] - char["x0"]
    narrower = min(left["x1"] - left["x0"], char["x1"] - char["x0"])
    return (overlap <= OVERDRAWN_SHARE * narrower and -overlap <= GAP_SPLIT * _char_width(left, char)
            and not _rule_between(left, char, rules))


OVERDRAWN_SHARE = 0.3  # of the narrower glyph: kerned glyph boxes overlap less; text drawn over text, more


def _char_width(left: dict, right: dict) -> float:
    """The wider of two neighbours' glyphs, at most their height: a Chinese character's box is square."""
    size = max(left["bottom"] - left["top"], right["bottom"] - right["top"], 1.0)
    width = max(left["x1"] - left["x0"], right["x1"] - right["x0"]) * NARROW_GLYPH_ROOM
    return min(size, max(width, 1.0))


NARROW_GLYPH_ROOM = 1.3  # a space between words of Latin letters or digits is well under this


def _vertical_rules(page) -> list[tuple[float, float, float]]:
    """The page's vertical rules (x, top, bottom): a table's column lines."""
    try:
        edges = page.edges
    except Exception:  # noqa: BLE001 - a page whose drawing pdfplumber cannot read has its text read without rules
        return []
    return [(edge["x0"], edge["top"], edge["bottom"]) for edge in edges
            if edge["orientation"] == "v" and edge["bottom"] - edge["top"] > 0]


def _rule_between(left: dict, right: dict, rules) -> bool:
    top, bottom = min(left["top"], right["top"]), max(left["bottom"], right["bottom"])
    middle = (top + bottom) / 2
    return any(left["x1"] - RULE_SLACK <= x <= right["x0"] + RULE_SLACK and rule_top <= middle <= rule_bottom
               for x, rule_top, rule_bottom in rules)


RULE_SLACK = 0.5  # points: a rule drawn where one cell's last glyph box ends still parts the cells


GAP_SPLIT = 1.0


def _pdfium_layer(pdf: pdfium.PdfDocument, index: int) -> Optional[TextLayer]:
    page = pdf[index]
    width, height = page.get_size()
    textpage = page.get_textpage()
    lines: list[OcrLine] = []
    chars: list[tuple[str, tuple[float, float, float, float]]] = []

    def flush():
        text = "".join(ch for ch, _ in chars if not ch.isspace())
        if text:
            x0 = min(b[0] for _, b in chars)
            bottom = min(b[1] for _, b in chars)
            x1 = max(b[2] for _, b in chars)
            top = max(b[3] for _, b in chars)
            char_xs = [_across(b[0], b[2], width) for ch, b in chars if not ch.isspace()]
            lines.append(OcrLine(text=text, bbox=_fractions(x0, height - top, x1, height - bottom, width, height),
                                 confidence=1.0, char_xs=char_xs))
        chars.clear()

    for i in range(textpage.count_chars()):
        ch = textpage.get_text_range(i, 1)
        if ch in ("\r", "\n"):
            flush()
            continue
        box = textpage.get_charbox(i)
        if ch.isspace() or _slanted_in_pdfium(textpage, i):
            continue
        if chars and (not _same_line(chars[-1][1], box) or _gap(chars[-1][1], box) > GAP_SPLIT):
            flush()
        chars.append((ch, box))
    flush()
    return TextLayer(lines=lines, width=float(width), height=float(height))


def _slanted_in_pdfium(textpage, index: int) -> bool:
    radians = pdfium_raw.FPDFText_GetCharAngle(textpage.raw, index)
    return radians >= 0 and _slanted(math.degrees(radians))


def _same_line(a, b) -> bool:
    a_mid, b_mid = (a[1] + a[3]) / 2, (b[1] + b[3]) / 2
    size = max(a[3] - a[1], b[3] - b[1], 1.0)
    return abs(a_mid - b_mid) < size * 0.6 and b[0] >= a[0] - size


def _gap(a, b) -> float:
    """Horizontal gap between two pdfium char boxes, in character heights."""
    size = max(a[3] - a[1], b[3] - b[1], 1.0)
    return (b[0] - a[2]) / size


def _across(x0, x1, width) -> tuple[float, float]:
    """A character's left and right edge as fractions of the page's width."""
    return (min(1.0, max(0.0, float(x0) / width)), min(1.0, max(0.0, float(x1) / width)))


def _fractions(x0, top, x1, bottom, width, height) -> tuple[float, float, float, float]:
    clamp = lambda v: min(1.0, max(0.0, float(v)))  # noqa: E731
    return (clamp(x0 / width), clamp(top / height), clamp(x1 / width), clamp(bottom / height))
