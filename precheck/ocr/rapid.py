"""RapidOCR (PP-OCR models shipped inside the wheel, run by onnxruntime): the default engine."""
from __future__ import annotations

import ctypes
import logging
import os
import time
from pathlib import Path
from contextlib import contextmanager
from typing import Iterator, Optional
from statistics import median

import numpy as np
from PIL import Image

from precheck.core.errors import EngineUnavailable
from precheck.core.model import OcrLine
from precheck.ocr.base import OcrResult
from precheck.ocr.imaging import drop_red_seal, drop_seals, rotate_clockwise
from precheck.ocr.under_seal import doubt_under_seals
from precheck.ocr.under_watermark import hidden_lines, watermark_pieces, without_light_ink

INSTALL_HINT = "pip install rapidocr onnxruntime"

# Measured on this project's pages (see benchmarks/ocr_speed.py): detection dominates the time,
# and at 1280 px on the long side body text of an A4 scan is still ~18 px high, enough for the detector.
DETECTION_MAX_SIDE = 1280
# Recognition crops come from the image at this size; 2000 keeps small card text legible.
RECOGNITION_MAX_SIDE = 2000
# A page whose lines read with a median confidence below this is tried upside down too.
UPRIGHT_CONFIDENCE = 0.88
# A photo whose text the detector saw below this height (its pixels) and that fills only part of the frame (a booklet
# on a desk) is read again from the part holding its text, which the detector then sees this many times larger.
FOCUS_TEXT_PX = 24
# The notes of a first reading that found the page sideways and which way to turn it; the classifier must agree on
# this many of the widest lines.
SIDEWAYS_TURNS = {"sideways_90": 90, "sideways_270": 270}
SIDEWAYS_VOTES_MIN = 3
FOCUS_MIN_GAIN = 1.4
# PRECHECK_OCR_RUNTIME=openvino runs detection and recognition in OpenVINO (pip install "precheck[openvino]"): on
# this project's machine a packet is checked about 30% faster with the same readings (benchmarks/runtime_parity.py),
# but a process holds nearly twice the memory (1.45 GB against 0.8 GB on a 15-page packet; OpenVINO keeps buffers for
# every input shape it has seen), so ONNX Runtime stays the default. It is held to fp32: left to itself it computes
# in bf16 on CPUs that have AMX, which moves confidences the rules' floors were set on.
RUNTIMES = ("onnxruntime", "openvino")
OPENVINO_CONFIG = {"INFERENCE_PRECISION_HINT": "f32", "PERFORMANCE_HINT": "LATENCY"}
# OpenVINO keeps working buffers per input shape; glibc's malloc by default keeps freed blocks of up to 32 MiB in the
# heap, where those buffers fragment it. Blocks of this size and up are mapped apart and returned to the system when
# freed: 1.43 GB → 1.18 GB on a 15-page packet, at no measurable cost in CPU time (21.5–21.9 s of user time against
# 21.4–22.1 s). ONNX Runtime frees and allocates its large tensors on every run and would pay for fresh pages each
# time (10–20% more CPU time, measured), so it is left to the default.
OPENVINO_MMAP_THRESHOLD = 1 << 20
M_MMAP_THRESHOLD = -3  # mallopt's parameter number, from glibc's malloc.h


class RapidOcrEngine:
    name = "rapidocr"

    def __init__(self, threads: int | None = None, detection_max_side: int = DETECTION_MAX_SIDE,
                 recognition_max_side: int = RECOGNITION_MAX_SIDE, recognition_batch: int = 6):
        try:
            import rapidocr
            from rapidocr import EngineType, RapidOCR
        except ImportError as exc:  # pragma: no cover - depends on the machine
            raise EngineUnavailable(f"未安装 RapidOCR，请运行：{INSTALL_HINT}（RapidOCR is not installed）") from exc
        self.version = getattr(rapidocr, "__version__", None) or _package_version("rapidocr")
        models = Path(rapidocr.__file__).parent / "models"
        paths = {
            "det": models / "PP-OCRv6_det_small.onnx",
            "rec": models / "PP-OCRv6_rec_small.onnx",
            "cls": models / "ch_ppocr_mobile_v2.0_cls_mobile.onnx",
        }
        missing = [str(p) for p in paths.values() if not p.is_file()]
        if missing:
            raise EngineUnavailable(
                f"RapidOCR 的内置模型文件缺失：{', '.join(missing)}。请重新安装：pip install --force-reinstall rapidocr"
            )
        threads = threads or int(os.environ.get("PRECHECK_OCR_THREADS", "0")) or (os.cpu_count() or 1)
        self.runtime = _runtime(os.environ.get("PRECHECK_OCR_RUNTIME"))
        params = {
            "Global.log_level": "error",
            "Global.max_side_len": recognition_max_side,
            "Global.use_cls": False,
            # Explicit model paths: any other model choice makes RapidOCR try to download.
            "Det.model_path": str(paths["det"]),
            "Rec.model_path": str(paths["rec"]),
            "Cls.model_path": str(paths["cls"]),
            "Det.limit_type": "max",
            "Det.limit_side_len": detection_max_side,
            "Rec.rec_batch_num": recognition_batch,
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            "Det.engine_type": EngineType(self.runtime),
            "Rec.engine_type": EngineType(self.runtime),
            "EngineConfig.openvino.inference_num_threads": threads,
        }
        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        self._ocr = RapidOCR(params=params)
        if self.runtime == "openvino":
            self.version += "+openvino"  # its readings are cached apart from ONNX Runtime's
            _map_large_blocks_apart(OPENVINO_MMAP_THRESHOLD)
            with _openvino_held_to_fp32(threads):
                self._ocr._load_det_model()
                self._ocr._load_rec_model()

    def warm_up(self) -> None:
        """Load the models now rather than on the first page."""
        blank = Image.new("RGB", (400, 120), "white")
        self.recognize(blank)

    def recognize(self, image: Image.Image) -> OcrResult:
        started = time.perf_counter()
        # Seals go once, before any turn: the page's grey with red and grey seals removed.
        seals = drop_seals(image)
        image = Image.fromarray(seals.pixels)
        timings = {"seals": time.perf_counter() - started}
        best = self._read(image, 0, timings, first=True)
        turned_at = time.perf_counter()
        if "sideways" in best.notes:
            # The page must stand upright. The line classifier, asked about the sideways lines, tells which way it
            # is turned; read that way alone when it reads well, else both ways and keep the better.
            turn = next((SIDEWAYS_TURNS[note] for note in best.notes if note in SIDEWAYS_TURNS), None)
            readings = [self._read(image, turn)] if turn is not None else []
            if not readings or _median_confidence(readings[0].lines) < UPRIGHT_CONFIDENCE:
                readings += [self._read(image, other) for other in (90, 270) if other != turn]
            best = max(readings, key=lambda reading: _page_quality(reading.lines))
        if _median_confidence(best.lines) < UPRIGHT_CONFIDENCE or "upside_down" in best.notes:
            flipped = self._read(image, (best.rotation + 180) % 360)
            if _page_quality(flipped.lines) > _page_quality(best.lines):
                best = flipped
        timings["orientation"] = time.perf_counter() - turned_at  # the page read again in other turns
        if watermark_pieces(best.lines):
            cleared_at = time.perf_counter()
            cleared = without_light_ink(np.asarray(image))
            if cleared is not None:
                again = self._read(Image.fromarray(cleared), best.rotation)
                best.lines = best.lines + hidden_lines(best.lines, again.lines)
            timings["watermark"] = time.perf_counter() - cleared_at  # the page read again without its watermark
        best.seconds = time.perf_counter() - started
        best.timings = timings
        best.notes = [n for n in best.notes if n not in ("sideways", "upside_down", *SIDEWAYS_TURNS)]
        doubted = [seal.turned(best.rotation, *image.size) for seal in seals.doubted]
        best.lines = doubt_under_seals(best.lines, doubted, best.width, best.height)
        best.grey_seals = seals.search
        return best

    def read_line(self, crop: Image.Image) -> Optional[OcrLine]:
        """Read one line's crop again (recognition only), e.g. from the full-resolution page."""
        from rapidocr.ch_ppocr_rec import TextRecInput

        grey = drop_red_seal(crop)
        pixels = np.stack([grey, grey, grey], axis=-1)
        result = self._ocr._load_rec_model()(TextRecInput(img=[pixels], return_word_box=True))
        if not result.txts or not result.txts[0].strip():
            return None
        text = result.txts[0]
        confs = getattr(result.word_results[0], "confs", None) if result.word_results else None
        chars = [round(_clamp(float(c)), 4) for c in confs] if confs and len(confs) == len(text) else None
        return OcrLine(text=text, bbox=(0.0, 0.0, 1.0, 1.0), confidence=_clamp(float(result.scores[0])), char_confidences=chars)

    def _read(self, grey_page: Image.Image, rotation: int, timings: Optional[dict[str, float]] = None,
              first: bool = False) -> OcrResult:
        upright = rotate_clockwise(grey_page, rotation)
        width, height = upright.size
        grey = np.asarray(upright)
        pixels = np.stack([grey, grey, grey], axis=-1)
        lines, notes = self._run(pixels, width, height, {} if timings is None else timings, first=first)
        return OcrResult(lines=lines, rotation=rotation, width=width, height=height, notes=notes)

    def _run(self, pixels: np.ndarray, width: int, height: int, timings: dict[str, float],
             focus: bool = True, first: bool = False) -> tuple[list[OcrLine], list[str]]:
        """The page's lines and notes. On the first reading of a page, a page of sideways lines is not recognised:
        it is read again turned upright, and the note says which way (sideways, with the turn when the line
        classifier is sure of it)."""
        from rapidocr.main import RapidOCRError

        ocr = self._ocr
        started = time.perf_counter()
        img, op_record = ocr.preprocess_img(pixels)
        try:
            crops, det_res = ocr.detect_and_crop(img, op_record)
        except RapidOCRError:
            return [], []
        timings["detection"] = timings.get("detection", 0.0) + time.perf_counter() - started
        window = _text_window(det_res.boxes, img.shape, pixels.shape) if focus else None
        if window is not None:
            left, top, right, bottom = window
            lines, notes = self._run(pixels[top:bottom, left:right], right - left, bottom - top, timings, focus=False,
                                     first=first)
            return [_placed(line, window, width, height) for line in lines], notes
        recognising = time.perf_counter()
        notes = []
        boxes = det_res.boxes
        if _mostly_tall(boxes):
            notes.append("sideways")
            if first:
                turn = self._sideways_turn(crops)
                return [], notes + ([f"sideways_{turn}"] if turn is not None else [])
        from rapidocr.ch_ppocr_cls import TextClsOutput
        from rapidocr.ch_ppocr_rec import TextRecInput

        # return_word_box gives the per-character confidences; word boxes themselves are not computed.
        rec_res = ocr._load_rec_model()(TextRecInput(img=crops, return_word_box=True))

        out = ocr.build_final_output(pixels, det_res, TextClsOutput(), rec_res, crops, op_record)
        if out.txts is None or out.boxes is None or len(out.txts) == 0:
            return [], notes
        lines = []
        words = out.word_results if out.word_results is not None and len(out.word_results) == len(out.txts) else [None] * len(out.txts)
        for box, text, score, word_info in zip(out.boxes, out.txts, out.scores, words):
            xs, ys = box[:, 0], box[:, 1]
            bbox = (
                _clamp(float(xs.min()) / width),
                _clamp(float(ys.min()) / height),
                _clamp(float(xs.max()) / width),
                _clamp(float(ys.max()) / height),
            )
            run = (float(box[1][0]) - float(box[0][0])) / width
            slope = ((float(box[1][1]) - float(box[0][1])) / height) / run if run > 0.02 else None
            confs = getattr(word_info, "confs", None)
            char_confidences = [round(_clamp(float(c)), 4) for c in confs] if confs and len(confs) == len(text) else None
            lines.append(OcrLine(text=text, bbox=bbox, confidence=_clamp(float(score)), char_confidences=char_confidences,
                                 slope=round(slope, 5) if slope is not None else None))
        timings["recognition"] = time.perf_counter() - recognising
        if not notes and self._looks_upside_down(crops):
            notes.append("upside_down")
        return lines, notes

    def _sideways_turn(self, crops: list[np.ndarray]) -> Optional[int]:
        """Which way to turn a page of sideways lines upright (90 or 270 degrees clockwise), when the 0/180 line
        classifier agrees on its widest lines: RapidOCR stands a tall line's crop up by turning it a quarter
        counter-clockwise, so a crop it calls upright comes from a page to turn 270, one it calls upside down 90."""
        votes = self._line_votes(crops)
        if len(votes) >= SIDEWAYS_VOTES_MIN and len(set(votes)) == 1:
            return 270 if votes[0] == "0" else 90
        return None

    def _line_votes(self, crops: list[np.ndarray]) -> list[str]:
        """The 0/180 line classifier's sure answers about the widest lines."""
        widest = sorted(crops, key=lambda c: c.shape[1], reverse=True)[:12]
        widest = [c for c in widest if c.shape[1] > 2 * c.shape[0]]
        if len(widest) < 3:
            return []
        result = self._ocr._load_cls_model()(widest)
        return [label for label, score in (result.cls_res or []) if score >= 0.9]

    def _looks_upside_down(self, crops: list[np.ndarray]) -> bool:
        """Ask the 0/180 line classifier about the widest lines; a majority vote decides."""
        votes = self._line_votes(crops)
        return bool(votes) and votes.count("180") > len(votes) / 2


def _runtime(asked: Optional[str]) -> str:
    """onnxruntime, or openvino when PRECHECK_OCR_RUNTIME asks for it."""
    asked = (asked or RUNTIMES[0]).strip().lower()
    if asked not in RUNTIMES:
        raise EngineUnavailable(f"PRECHECK_OCR_RUNTIME={asked} 不是可用的识别运行库，请设为 {' 或 '.join(RUNTIMES)}"
                                f"（unknown OCR runtime）")
    if asked == "openvino":
        try:
            import openvino  # noqa: F401
        except ImportError as exc:
            raise EngineUnavailable('未安装 OpenVINO，请运行：pip install "precheck[openvino]"，或去掉 '
                                    "PRECHECK_OCR_RUNTIME=openvino（OpenVINO is not installed）") from exc
    return asked


def _map_large_blocks_apart(threshold: int) -> None:
    """glibc's M_MMAP_THRESHOLD for this process; nothing where the C library is not glibc."""
    try:
        libc = ctypes.CDLL("libc.so.6")
        libc.mallopt(M_MMAP_THRESHOLD, threshold)
    except (OSError, AttributeError):
        pass


@contextmanager
def _openvino_held_to_fp32(threads: int) -> Iterator[None]:
    """RapidOCR compiles its OpenVINO models with no precision; while it loads them here, it compiles them at
    OPENVINO_CONFIG."""
    import openvino
    from rapidocr.inference_engine.openvino import main as rapidocr_openvino

    class HeldCore(openvino.Core):
        def compile_model(self, model, device_name=None, config=None):
            return super().compile_model(model, device_name, {**(config or {}), **OPENVINO_CONFIG,
                                                              "INFERENCE_NUM_THREADS": threads})

    plain = rapidocr_openvino.Core
    rapidocr_openvino.Core = HeldCore
    try:
        yield
    finally:
        rapidocr_openvino.Core = plain


def _text_window(boxes, detected_shape, page_shape) -> Optional[tuple[int, int, int, int]]:
    """The part of the page (its pixels: left, top, right, bottom) holding its text, when the detector saw the text
    small and reading that part alone lets it see the text at least FOCUS_MIN_GAIN times larger; else None. The one
    or two boxes farthest out on each side (a speck on the desk) are left out of the extent; a margin keeps a title
    or seal the first look missed."""
    if boxes is None or len(boxes) < 4:
        return None
    detected_h, detected_w = detected_shape[:2]
    page_h, page_w = page_shape[:2]
    to_detector = min(1.0, DETECTION_MAX_SIDE / max(detected_h, detected_w))
    sizes = [min(float(np.ptp(box[:, 0])), float(np.ptp(box[:, 1]))) for box in boxes]
    text_size = median(sizes)
    if text_size * to_detector >= FOCUS_TEXT_PX:
        return None
    trim = len(boxes) // 40
    lefts, rights = sorted(float(box[:, 0].min()) for box in boxes), sorted(float(box[:, 0].max()) for box in boxes)
    tops, bottoms = sorted(float(box[:, 1].min()) for box in boxes), sorted(float(box[:, 1].max()) for box in boxes)
    extent = (lefts[trim], tops[trim], rights[-1 - trim], bottoms[-1 - trim])
    margin = max(0.08 * max(extent[2] - extent[0], extent[3] - extent[1]), 3 * text_size)
    scale_x, scale_y = page_w / detected_w, page_h / detected_h
    left, top = max(0, int((extent[0] - margin) * scale_x)), max(0, int((extent[1] - margin) * scale_y))
    right, bottom = min(page_w, int((extent[2] + margin) * scale_x)), min(page_h, int((extent[3] + margin) * scale_y))
    page_long, window_long = max(page_w, page_h), max(right - left, bottom - top)
    gain = min(page_long / DETECTION_MAX_SIDE, page_long / max(window_long, 1))
    return (left, top, right, bottom) if gain >= FOCUS_MIN_GAIN else None


def _placed(line: OcrLine, window: tuple[int, int, int, int], width: int, height: int) -> OcrLine:
    """A line read in a window of the page, placed on the whole page (boxes are fractions of the page)."""
    left, top, right, bottom = window
    x0, y0, x1, y1 = line.bbox
    bbox = ((left + x0 * (right - left)) / width, (top + y0 * (bottom - top)) / height,
            (left + x1 * (right - left)) / width, (top + y1 * (bottom - top)) / height)
    slope = line.slope * ((bottom - top) / height) / ((right - left) / width) if line.slope is not None else None
    return line.model_copy(update={"bbox": tuple(_clamp(value) for value in bbox), "slope": slope})


def _mostly_tall(boxes) -> bool:
    """Lines standing tall: of the boxes clearly longer one way than the other, most are taller than wide. Counting
    only those matters on a sideways table, where short cells (2026-11, 已缴) are barely taller than wide."""
    if boxes is None or len(boxes) < 3:
        return False
    tall = wide = 0
    for box in boxes:
        w = float(box[:, 0].max() - box[:, 0].min())
        h = float(box[:, 1].max() - box[:, 1].min())
        if h > 1.5 * w:
            tall += 1
        elif w > 1.5 * h:
            wide += 1
    return tall >= 3 and tall > 2 * wide


def _median_confidence(lines: list[OcrLine]) -> float:
    scored = [line.confidence for line in lines if len(line.text) >= 2]
    return median(scored) if scored else 0.0


def _page_quality(lines: list[OcrLine]) -> float:
    """Characters read, weighted by confidence: an upright page reads more text, more surely."""
    return sum(len(line.text) * line.confidence**2 for line in lines)


def _clamp(value: float) -> float:
    return min(1.0, max(0.0, value))


def _package_version(name: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(name)
    except PackageNotFoundError:  # pragma: no cover
        return "unknown"
