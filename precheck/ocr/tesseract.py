"""Tesseract 5 with chi_sim through pytesseract: the alternative engine."""
from __future__ import annotations

import os
import re
import time
from typing import Optional
from collections import defaultdict

import numpy as np
from PIL import Image

from precheck.core.errors import EngineUnavailable
from precheck.core.model import OcrLine
from precheck.ocr.base import OcrResult
from precheck.ocr.imaging import drop_red_seal, drop_seals, limit_size, rotate_clockwise
from precheck.ocr.under_seal import doubt_under_seals

INSTALL_HINT = "sudo apt-get install tesseract-ocr tesseract-ocr-chi-sim"
LANGUAGE = "chi_sim"
MAX_SIDE = 3000
# Tesseract wants characters ~30 px high: small scans and card photos are enlarged to about A4 at 250 dpi.
MIN_SIDE_FOR_READING = 2400
# Fewer characters than this from page segmentation and the page is read again as sparse text.
SPARSE_RETRY_CHARS = 120

# Tesseract puts a space between CJK characters; keep spaces only between Latin words.


class TesseractEngine:
    name = "tesseract"

    def __init__(self):
        # Tesseract's OpenMP threads fight each other on small machines: one is 4–5x faster.
        os.environ.setdefault("OMP_THREAD_LIMIT", "1")
        try:
            import pytesseract
        except ImportError as exc:  # pragma: no cover
            raise EngineUnavailable("未安装 pytesseract，请运行：pip install pytesseract（pytesseract missing）") from exc
        self._tess = pytesseract
        try:
            self.version = str(pytesseract.get_tesseract_version())
            languages = pytesseract.get_languages(config="")
        except (pytesseract.TesseractNotFoundError, OSError) as exc:
            raise EngineUnavailable(f"未找到 Tesseract OCR，请安装：{INSTALL_HINT}（tesseract not found）") from exc
        if LANGUAGE not in languages:
            raise EngineUnavailable(f"Tesseract 缺少中文语言包 chi_sim，请安装：{INSTALL_HINT}（chi_sim language data missing）")
        self._has_osd = "osd" in languages

    def warm_up(self) -> None:
        pass

    def recognize(self, image: Image.Image) -> OcrResult:
        started = time.perf_counter()
        original_size = image.size
        image, _ = limit_size(image.convert("RGB"), MAX_SIDE)
        if max(image.size) < MIN_SIDE_FOR_READING:
            scale = min(3.0, MAX_SIDE / max(image.size))
            image = image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)
        rotation = self._orientation(image)
        upright = rotate_clockwise(image, rotation)
        lines = self._read_lines(upright)
        if rotation == 0 and _mean_confidence(lines) < 0.6:
            flipped_lines = self._read_lines(rotate_clockwise(image, 180))
            if _quality(flipped_lines) > _quality(lines):
                rotation, lines = 180, flipped_lines
                upright = rotate_clockwise(image, 180)
        width, height = original_size if rotation in (0, 180) else original_size[::-1]
        return OcrResult(
            lines=lines,
            rotation=rotation,
            width=width,
            height=height,
            seconds=time.perf_counter() - started,
        )

    def read_line(self, crop: Image.Image) -> Optional[OcrLine]:
        """Read one line's crop again as a single text line (page segmentation mode 7)."""
        scale = max(1.0, 64 / max(crop.height, 1))
        if scale > 1.0:
            crop = crop.resize((round(crop.width * scale), round(crop.height * scale)), Image.Resampling.LANCZOS)
        lines = self._lines(_binarize(drop_red_seal(crop)), crop.size, psm=7)
        if not lines:
            return None
        text = "".join(line.text for line in lines)
        chars = [c for line in lines for c in (line.char_confidences or [line.confidence] * len(line.text))]
        return OcrLine(text=text, bbox=(0.0, 0.0, 1.0, 1.0), confidence=min(line.confidence for line in lines),
                       char_confidences=chars if len(chars) == len(text) else None)

    def _orientation(self, image: Image.Image) -> int:
        if not self._has_osd:
            return 0
        small, _ = limit_size(image, 1600)
        try:
            osd = self._tess.image_to_osd(small, config="--psm 0 -c min_characters_to_try=10")
        except self._tess.TesseractError:
            return 0  # too little text to tell; read it as it stands
        match = re.search(r"Rotate:\s*(\d+)", osd)
        confidence = re.search(r"Orientation confidence:\s*([\d.]+)", osd)
        if not match or (confidence and float(confidence.group(1)) < 1.0):
            return 0
        return int(match.group(1)) % 360

    def _read_lines(self, image: Image.Image) -> list[OcrLine]:
        seals = drop_seals(image)
        binary = _binarize(seals.pixels)
        lines = self._lines(binary, image.size, psm=3)
        if _meaningful(lines) < SPARSE_RETRY_CHARS:
            # Page segmentation finds no text blocks on cards, forms and photos more often than not;
            # sparse-text mode reads them word by word.
            # Try it with form rulings erased and as it is (erasing also thins large bold titles).
            for candidate in (_remove_rulings(binary), binary):
                sparse = self._lines(candidate, image.size, psm=11)
                if _quality(sparse) > _quality(lines):
                    lines = sparse
        return doubt_under_seals(lines, seals.doubted, *image.size)

    def _lines(self, binary: np.ndarray, size: tuple[int, int], psm: int) -> list[OcrLine]:
        data = self._tess.image_to_data(
            Image.fromarray(binary), lang=LANGUAGE, config=f"--psm {psm}", output_type=self._tess.Output.DICT
        )
        width, height = size
        groups: dict[tuple, list[int]] = defaultdict(list)
        for i, word in enumerate(data["text"]):
            if word and word.strip() and float(data["conf"][i]) >= 0:
                groups[(data["block_num"][i], data["par_num"][i], data["line_num"][i])].append(i)
        lines = []
        for key in sorted(groups, key=lambda k: (min(data["top"][i] for i in groups[k]), k)):
            idx = groups[key]
            text, char_confidences = _join_words([(data["text"][i].strip(), float(data["conf"][i]) / 100.0) for i in idx])
            if not text:
                continue
            x0 = min(data["left"][i] for i in idx)
            y0 = min(data["top"][i] for i in idx)
            x1 = max(data["left"][i] + data["width"][i] for i in idx)
            y1 = max(data["top"][i] + data["height"][i] for i in idx)
            conf = sum(float(data["conf"][i]) for i in idx) / len(idx) / 100.0
            lines.append(
                OcrLine(
                    text=text,
                    bbox=(x0 / width, y0 / height, min(1.0, x1 / width), min(1.0, y1 / height)),
                    confidence=min(1.0, max(0.0, conf)),
                    char_confidences=char_confidences,
                )
            )
        return lines


def _join_words(words: list[tuple[str, float]]) -> tuple[str, list[float]]:
    """Words joined into a line, with no space between CJK characters; each character keeps its word's confidence."""
    text, confidences = "", []
    for word, conf in words:
        if not word:
            continue
        if text and not (ord(text[-1]) > 0x7F or ord(word[0]) > 0x7F):
            text += " "
            confidences.append(1.0)
        text += word
        confidences.extend([round(min(1.0, max(0.0, conf)), 4)] * len(word))
    return text, confidences


def _binarize(grey: np.ndarray) -> np.ndarray:
    """Divide out uneven lighting (a closing estimates the paper), then Otsu."""
    import cv2

    paper = cv2.morphologyEx(grey, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (41, 41)))
    flat = cv2.divide(grey, paper, scale=255)
    _, binary = cv2.threshold(flat, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
    return binary


def _remove_rulings(binary: np.ndarray) -> np.ndarray:
    """Erase long horizontal and vertical lines (form grids), which Tesseract reads as text."""
    import cv2

    ink = 255 - binary
    height, width = binary.shape
    horizontal = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (max(40, width // 25), 1)))
    vertical = cv2.morphologyEx(ink, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, (1, max(40, height // 25))))
    rulings = cv2.dilate(cv2.bitwise_or(horizontal, vertical), np.ones((3, 3), np.uint8))
    return cv2.bitwise_or(binary, rulings)


def _meaningful(lines: list[OcrLine]) -> int:
    return sum(1 for line in lines for ch in line.text if ch.isalnum())


def _mean_confidence(lines: list[OcrLine]) -> float:
    return sum(line.confidence for line in lines) / len(lines) if lines else 0.0


def _quality(lines: list[OcrLine]) -> float:
    return sum(len(line.text) * line.confidence**2 for line in lines)
