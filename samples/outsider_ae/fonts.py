"""Installed CJK fonts, glyph coverage (fontTools cmap) and per-character fallback."""
import os
from functools import lru_cache

from fontTools.ttLib import TTFont, TTCollection

_D = "/usr/share/fonts"
# key: (path, index, truetype_outlines)
FONTS = {
    "sans": (f"{_D}/opentype/noto/NotoSansCJK-Regular.ttc", 2, False),
    "sans_bold": (f"{_D}/opentype/noto/NotoSansCJK-Bold.ttc", 2, False),
    "serif": (f"{_D}/opentype/noto/NotoSerifCJK-Regular.ttc", 2, False),
    "serif_bold": (f"{_D}/opentype/noto/NotoSerifCJK-Bold.ttc", 2, False),
    "uming": (f"{_D}/truetype/arphic/uming.ttc", 0, True),
    "ukai": (f"{_D}/truetype/arphic/ukai.ttc", 0, True),
    "sungti": (f"{_D}/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, True),
    "kaiti": (f"{_D}/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, True),
    "wenkai": (f"{_D}/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, True),
    "wenkai_light": (f"{_D}/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0, True),
    "wenkai_mono": (f"{_D}/truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0, True),
    "smiley": (f"{_D}/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, True),
    "microhei": (f"{_D}/truetype/wqy/wqy-microhei.ttc", 0, True),
    "zenhei": (f"{_D}/truetype/wqy/wqy-zenhei.ttc", 0, True),
    "ocrb": (f"{_D}/opentype/ocr-b/OCRB.otf", 0, False),
}
FONTS = {k: v for k, v in FONTS.items() if os.path.exists(v[0])}
FALLBACK = [k for k in ("sans", "zenhei", "microhei", "serif", "uming", "wenkai") if k in FONTS]
PDF_FONTS = [k for k, v in FONTS.items() if v[2] and k not in ("smiley",)]
PDF_FALLBACK = [k for k in ("microhei", "zenhei", "uming", "wenkai") if k in FONTS]


@lru_cache(maxsize=None)
def cmap(key):
    path, idx, _ = FONTS[key]
    if path.endswith(".ttc"):
        f = TTCollection(path, lazy=True).fonts[idx]
    else:
        f = TTFont(path, lazy=True)
    return frozenset(f.getBestCmap().keys())


def has(key, ch):
    return ch.isspace() or ord(ch) in cmap(key)


def runs(text, key, fallback=None):
    """Split text into (font_key, chunk) runs, each chunk fully covered by its font."""
    fb = fallback or FALLBACK
    out = []
    for ch in text:
        k = key if has(key, ch) else next((f for f in fb if has(f, ch)), key)
        if out and out[-1][0] == k:
            out[-1][1] += ch
        else:
            out.append([k, ch])
    return [(k, s) for k, s in out]


@lru_cache(maxsize=512)
def pil_font(key, size):
    from PIL import ImageFont
    path, idx, _ = FONTS[key]
    return ImageFont.truetype(path, int(size), index=idx)


_REG = set()


def pdf_font(key):
    """Register a TrueType-outline font with reportlab and return its name."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont as RLTTFont
    if key not in PDF_FONTS:
        key = "microhei"
    name = "AE_" + key
    if name not in _REG:
        path, idx, _ = FONTS[key]
        if path.endswith(".ttc"):
            pdfmetrics.registerFont(RLTTFont(name, path, subfontIndex=idx))
        else:
            pdfmetrics.registerFont(RLTTFont(name, path))
        _REG.add(name)
    return name, key
