"""Installed CJK fonts, per-character coverage (fontTools cmap) and fallback runs."""
import functools
import os

from fontTools.ttLib import TTFont
from PIL import ImageFont

F = "/usr/share/fonts/"
# (path, index in collection); "pdf": TrueType outlines, usable by reportlab
FONTS = {
    "wqy_micro": (F + "truetype/wqy/wqy-microhei.ttc", 0),
    "wqy_zen": (F + "truetype/wqy/wqy-zenhei.ttc", 0),
    "uming": (F + "truetype/arphic/uming.ttc", 0),
    "ukai": (F + "truetype/arphic/ukai.ttc", 0),
    "gbsn": (F + "truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "gkai": (F + "truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "wenkai": (F + "truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "noto_sans": (F + "opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "noto_sans_bold": (F + "opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "noto_serif": (F + "opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "noto_serif_bold": (F + "opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "ocrb": (F + "opentype/ocr-b/OCRB.otf", 0),
    "dejavu": (F + "truetype/dejavu/DejaVuSans.ttf", 0),
}
PDF_OK = {"wqy_micro", "wqy_zen", "uming", "ukai", "gbsn", "gkai", "wenkai", "dejavu"}

# style -> fallback chain
CHAINS = {
    "sans": ["noto_sans", "wqy_micro", "wqy_zen"],
    "bold": ["noto_sans_bold", "wqy_zen", "wqy_micro"],
    "serif": ["gbsn", "noto_serif", "uming", "wqy_zen"],
    "serif_bold": ["noto_serif_bold", "uming", "wqy_zen"],
    "kai": ["gkai", "ukai", "wenkai", "wqy_zen"],
    "ocr": ["ocrb", "dejavu", "wqy_micro"],
    "hei": ["wqy_zen", "wqy_micro"],
    "song": ["uming", "gbsn", "wqy_zen"],
}
PDF_CHAINS = {
    "sans": ["wqy_micro", "wqy_zen"],
    "bold": ["wqy_zen", "wqy_micro"],
    "serif": ["gbsn", "uming", "wqy_zen"],
    "serif_bold": ["uming", "wqy_zen"],
    "kai": ["gkai", "ukai", "wenkai", "wqy_zen"],
    "ocr": ["dejavu", "wqy_micro"],
    "hei": ["wqy_zen", "wqy_micro"],
    "song": ["uming", "gbsn", "wqy_zen"],
}


@functools.lru_cache(maxsize=None)
def cmap(key):
    path, idx = FONTS[key]
    t = TTFont(path, fontNumber=idx, lazy=True) if path.endswith(".ttc") else TTFont(path, lazy=True)
    return frozenset(t.getBestCmap().keys())


@functools.lru_cache(maxsize=512)
def pil_font(key, px):
    path, idx = FONTS[key]
    return ImageFont.truetype(path, max(4, int(round(px))), index=idx)


def has(key, ch):
    return ord(ch) in cmap(key) or ch in " \u3000"


def runs(text, style, pdf=False):
    """Split text into (font_key, substring) runs; each char goes to the first
    font of the chain whose cmap holds it. Raises if no installed font has it."""
    chain = (PDF_CHAINS if pdf else CHAINS)[style]
    out = []
    for ch in text:
        for k in chain:
            if has(k, ch):
                break
        else:
            for k in (PDF_CHAINS if pdf else CHAINS)["hei"] + ["noto_sans"] * (not pdf):
                if has(k, ch):
                    break
            else:
                raise ValueError(f"no installed font has {ch!r} (U+{ord(ch):04X})")
        if out and out[-1][0] == k:
            out[-1][1] += ch
        else:
            out.append([k, ch])
    return [(k, s) for k, s in out]


def covered(text, key):
    return all(has(key, c) for c in text)
