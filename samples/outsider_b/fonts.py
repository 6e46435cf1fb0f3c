"""The installed CJK fonts, their character coverage (read from the cmap table), and a fallback pick per string.

fontTools is used when it is installed; otherwise a small reader of the sfnt cmap table (formats 4 and 12) does the
same job, so no string is ever drawn in a font that lacks one of its glyphs (no tofu boxes).
"""
from __future__ import annotations

import struct
from functools import lru_cache
from pathlib import Path
from typing import Optional

from PIL import ImageFont

# key: (path, index in a collection, can be embedded by reportlab (TrueType outlines))
FONTS = {
    "noto_sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, False),
    "noto_sans_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, False),
    "noto_serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, False),
    "noto_serif_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, False),
    "noto_mono": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 7, False),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, True),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, True),
    "sungti": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, True),
    "kaitim": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, True),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, True),
    "wenkai_light": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0, True),
    "wenkai_bold": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0, True),
    "wenkai_mono": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0, True),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, False),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, True),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, True),
    "dejavu_mono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0, True),
    "dejavu_sans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, True),
}

# families a renderer asks for, each a list of fonts to try in order
FAMILIES = {
    "sans": ["noto_sans", "microhei", "zenhei"],
    "sans_bold": ["noto_sans_bold", "zenhei", "noto_sans"],
    "serif": ["noto_serif", "uming", "sungti"],
    "serif_bold": ["noto_serif_bold", "noto_serif", "uming"],
    "song": ["sungti", "uming", "noto_serif"],
    "ming": ["uming", "sungti", "noto_serif"],
    "kai": ["ukai", "kaitim", "wenkai"],
    "kaitim": ["kaitim", "ukai", "wenkai"],
    "wenkai": ["wenkai", "ukai", "kaitim"],
    "wenkai_light": ["wenkai_light", "wenkai", "ukai"],
    "hand": ["wenkai_bold", "wenkai", "ukai"],
    "hei": ["microhei", "zenhei", "noto_sans"],
    "zenhei": ["zenhei", "microhei", "noto_sans"],
    "smiley": ["smiley", "noto_sans_bold", "zenhei"],
    "mono": ["noto_mono", "wenkai_mono", "dejavu_mono"],
    "ocrb": ["dejavu_mono", "noto_mono"],
    "latin": ["dejavu_sans", "noto_sans"],
}
# fonts reportlab can embed (TrueType outlines); text-layer PDFs choose among these
PDF_FAMILIES = {
    "song": ["sungti", "uming", "microhei"],
    "ming": ["uming", "sungti", "microhei"],
    "hei": ["microhei", "zenhei", "uming"],
    "zenhei": ["zenhei", "microhei", "uming"],
    "kai": ["ukai", "kaitim", "wenkai"],
    "wenkai": ["wenkai", "ukai", "microhei"],
    "mono": ["wenkai_mono", "dejavu_mono", "microhei"],
}


def _u16(b, o):
    return struct.unpack_from(">H", b, o)[0]


def _u32(b, o):
    return struct.unpack_from(">I", b, o)[0]


def _cmap_own(path: str, index: int) -> tuple[frozenset, bool]:
    data = Path(path).read_bytes()
    base = 0
    if data[:4] == b"ttcf":
        base = _u32(data, 12 + 4 * index)
    num_tables = _u16(data, base + 4)
    tables = {}
    for i in range(num_tables):
        rec = base + 12 + 16 * i
        tables[data[rec:rec + 4]] = (_u32(data, rec + 8), _u32(data, rec + 12))
    has_glyf = b"glyf" in tables
    cmap_off = tables[b"cmap"][0]
    n = _u16(data, cmap_off + 2)
    best = None
    for i in range(n):
        rec = cmap_off + 4 + 8 * i
        pid, eid, off = _u16(data, rec), _u16(data, rec + 2), _u32(data, rec + 4)
        fmt = _u16(data, cmap_off + off)
        if pid == 3 and eid == 10 and fmt == 12 or pid == 0 and fmt == 12:
            best = (12, cmap_off + off)
        elif best is None and fmt == 4 and (pid == 3 and eid == 1 or pid == 0):
            best = (4, cmap_off + off)
    codes: set[int] = set()
    fmt, off = best
    if fmt == 12:
        groups = _u32(data, off + 12)
        for g in range(groups):
            start, end, _gid = struct.unpack_from(">III", data, off + 16 + 12 * g)
            codes.update(range(start, end + 1))
    else:
        segx2 = _u16(data, off + 6)
        ends = off + 14
        starts = ends + segx2 + 2
        deltas = starts + segx2
        ranges = deltas + segx2
        for s in range(segx2 // 2):
            end, start = _u16(data, ends + 2 * s), _u16(data, starts + 2 * s)
            delta, roff = _u16(data, deltas + 2 * s), _u16(data, ranges + 2 * s)
            for c in range(start, end + 1):
                if c == 0xFFFF:
                    continue
                if roff == 0:
                    gid = (c + delta) & 0xFFFF
                else:
                    gid_at = ranges + 2 * s + roff + 2 * (c - start)
                    gid = _u16(data, gid_at)
                    if gid:
                        gid = (gid + delta) & 0xFFFF
                if gid:
                    codes.add(c)
    return frozenset(codes), has_glyf


@lru_cache(maxsize=None)
def coverage(key: str) -> frozenset:
    path, index, _ = FONTS[key]
    try:
        from fontTools.ttLib import TTFont  # type: ignore
        font = TTFont(path, fontNumber=index, lazy=True)
        return frozenset(font.getBestCmap().keys())
    except ImportError:
        return _cmap_own(path, index)[0]


def covers(key: str, text: str) -> bool:
    cov = coverage(key)
    return all(ord(c) in cov or c.isspace() for c in text)


def pick(family: str, text: str, pdf: bool = False) -> str:
    """The first font of the family (then of any family) that has every glyph of text."""
    chain = (PDF_FAMILIES if pdf else FAMILIES).get(family) or FAMILIES.get(family) or [family]
    for key in chain:
        if (not pdf or FONTS[key][2]) and covers(key, text):
            return key
    for key in FONTS:
        if (not pdf or FONTS[key][2]) and covers(key, text):
            return key
    raise ValueError(f"no installed font has every glyph of {text!r}")


@lru_cache(maxsize=512)
def pil_font(key: str, px: int) -> ImageFont.FreeTypeFont:
    path, index, _ = FONTS[key]
    return ImageFont.truetype(path, max(6, int(px)), index=index)


def missing(key: str, text: str) -> Optional[str]:
    cov = coverage(key)
    gone = "".join(c for c in text if not c.isspace() and ord(c) not in cov)
    return gone or None


def runs(family: str, text: str, pdf: bool = False) -> list[tuple[str, str]]:
    """Split text into (font, piece) runs: the whole string in one font when it can, else per character fallback."""
    try:
        return [(pick(family, text, pdf), text)]
    except ValueError:
        pass
    out: list[tuple[str, str]] = []
    for ch in text:
        key = pick(family, ch, pdf)
        if out and out[-1][0] == key:
            out[-1] = (key, out[-1][1] + ch)
        else:
            out.append((key, ch))
    return out
