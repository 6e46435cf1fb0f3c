"""The fonts documents are drawn in, by role, with glyph coverage so no page ever shows a missing-glyph box.

Roles are what a document designer picks (a 黑体 for labels, a 宋体 for a contract's body, a 楷体 for a hand
filling a form, OCR-B for the ID card number). Each role has several faces so packets vary in type. Text-layer PDFs
can only embed TrueType outlines (reportlab), so each face says whether it can go into a PDF.
"""
from __future__ import annotations

import functools
import subprocess
from dataclasses import dataclass
from typing import Optional

from PIL import ImageFont


@dataclass(frozen=True)
class Face:
    """One installed font face: a file, the index inside a .ttc, and whether reportlab can embed it."""

    key: str
    family: str
    style: str
    truetype: bool


# role -> faces, by fontconfig family and style (files are found with fc-list so paths need not be hard-coded)
ROLES: dict[str, tuple[Face, ...]] = {
    "hei": (
        Face("noto_sans", "Noto Sans CJK SC", "Regular", False),
        Face("wqy_zenhei", "WenQuanYi Zen Hei", "Regular", True),
        Face("wqy_microhei", "WenQuanYi Micro Hei", "Regular", True),
    ),
    "hei_bold": (
        Face("noto_sans_bold", "Noto Sans CJK SC", "Bold", False),
        Face("lxgw_bold", "LXGW WenKai", "Bold", True),
    ),
    "song": (
        Face("noto_serif", "Noto Serif CJK SC", "Regular", False),
        Face("ar_sung", "AR PL SungtiL GB", "Regular", True),
        Face("ar_uming", "AR PL UMing CN", "Light", True),
    ),
    "song_bold": (Face("noto_serif_bold", "Noto Serif CJK SC", "Bold", False),),
    "kai": (
        Face("ar_ukai", "AR PL UKai CN", "Book", True),
        Face("ar_gkai", "AR PL KaitiM GB", "Regular", True),
        Face("lxgw", "LXGW WenKai", "Regular", True),
    ),
    "hand": (
        Face("lxgw_light", "LXGW WenKai", "Light", True),
        Face("ar_ukai", "AR PL UKai CN", "Book", True),
        Face("ar_gkai", "AR PL KaitiM GB", "Regular", True),
    ),
    "ocrb": (Face("ocrb", "OCR B", "Regular", False),),
    "condensed": (Face("smiley", "Smiley Sans", "Oblique", True),),
}

# A face that has every CJK glyph we use: the fallback for characters a GB2312-only face lacks (〇, ¥, …).
FALLBACK = Face("noto_sans", "Noto Sans CJK SC", "Regular", False)
FALLBACK_TRUETYPE = Face("wqy_zenhei", "WenQuanYi Zen Hei", "Regular", True)


@functools.lru_cache(maxsize=None)
def _installed() -> dict[tuple[str, str], tuple[str, int]]:
    out = subprocess.run(["fc-list", "-f", "%{file}|%{index}|%{family[0]}|%{style[0]}\n"],
                         capture_output=True, text=True, check=True).stdout
    found: dict[tuple[str, str], tuple[str, int]] = {}
    for line in sorted(out.splitlines()):
        parts = line.split("|")
        if len(parts) == 4:
            found.setdefault((parts[2], parts[3]), (parts[0], int(parts[1])))
    return found


def location(face: Face) -> tuple[str, int]:
    """File and .ttc index of a face; a clear error naming the Debian package family when it is not installed."""
    try:
        return _installed()[(face.family, face.style)]
    except KeyError:
        raise RuntimeError(f"font {face.family} {face.style} is not installed: run scripts/install.sh") from None


def faces(role: str, pdf: bool = False) -> tuple[Face, ...]:
    """The faces of a role; with pdf=True only those reportlab can embed (falling back to a TrueType hei)."""
    chosen = tuple(f for f in ROLES[role] if f.truetype or not pdf)
    return chosen or (FALLBACK_TRUETYPE,)


@functools.lru_cache(maxsize=512)
def pil_font(face: Face, pixels: int) -> ImageFont.FreeTypeFont:
    path, index = location(face)
    return ImageFont.truetype(path, max(4, pixels), index=index)


@functools.lru_cache(maxsize=None)
def ttfont(face: Face):
    """The reportlab TrueType font of a face, parsed once per process (it is slow to parse)."""
    from reportlab.pdfbase.ttfonts import TTFont

    path, index = location(face)
    return TTFont(face.key, path, subfontIndex=index)


@functools.lru_cache(maxsize=None)
def _cmap(face: Face) -> Optional[frozenset[int]]:
    """The code points a TrueType face maps (None: a CFF face, taken to cover everything we draw)."""
    if not face.truetype:
        return None
    return frozenset(ttfont(face).face.charToGlyph)


def covers(face: Face, char: str) -> bool:
    cmap = _cmap(face)
    return cmap is None or ord(char) in cmap or char.isspace()


def runs(face: Face, text: str, pdf: bool = False) -> list[tuple[Face, str]]:
    """Split text into runs drawn in the face, switching to the fallback for characters the face lacks."""
    fallback = FALLBACK_TRUETYPE if pdf else FALLBACK
    out: list[tuple[Face, str]] = []
    for ch in text:
        use = face if covers(face, ch) else fallback
        if out and out[-1][0] == use:
            out[-1] = (use, out[-1][1] + ch)
        else:
            out.append((use, ch))
    return out


def advance(face: Face, text: str, size_pt: float, pdf: bool = False) -> float:
    """Width of text in points at size_pt (no letter spacing), measured on the faces that will draw it."""
    total = 0.0
    for f, part in runs(face, text, pdf):
        total += pil_font(f, 200).getlength(part) * size_pt / 200.0
    return total
