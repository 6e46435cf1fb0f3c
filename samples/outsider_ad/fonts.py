"""CJK fonts, glyph coverage and substitution (as a real printer would)."""
import os
from functools import lru_cache
from PIL import ImageFont

FONTS = {
    # key: (path, ttc index, reportlab-usable)
    "notosans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, False),
    "notosans_b": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, False),
    "notoserif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, False),
    "notoserif_b": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, False),
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, True),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, True),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, True),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, True),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, True),
    "wenkai_b": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0, True),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, True),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, True),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, False),
}
# substitution order when a glyph is missing
FALLBACK = ["notosans", "zenhei", "microhei", "uming", "notoserif", "wenkai", "song"]
PDF_FALLBACK = ["zenhei", "microhei", "uming", "wenkai", "song"]


@lru_cache(maxsize=None)
def cmap(key):
    from fontTools.ttLib import TTFont
    path, idx, _ = FONTS[key]
    kw = {"fontNumber": idx} if path.endswith(".ttc") else {}
    f = TTFont(path, lazy=True, **kw)
    return frozenset(f.getBestCmap().keys())


def has(key, ch):
    return ch.isspace() or ord(ch) in cmap(key)


def font_for(key, ch, pdf=False):
    if has(key, ch):
        return key
    for k in (PDF_FALLBACK if pdf else FALLBACK):
        if has(k, ch):
            return k
    raise ValueError("no font has %r" % ch)


def runs(key, text, pdf=False):
    """split text into (fontkey, substring) runs, substituting missing glyphs."""
    out = []
    for ch in text:
        k = font_for(key, ch, pdf)
        if out and out[-1][0] == k:
            out[-1][1] += ch
        else:
            out.append([k, ch])
    return [(k, s) for k, s in out]


@lru_cache(maxsize=4096)
def pil(key, px):
    path, idx, _ = FONTS[key]
    return ImageFont.truetype(path, max(4, int(round(px))), index=idx)


_REF = 200


def width_mm(key, text, size_mm, pdf=False):
    """advance width in mm of text set at em size size_mm."""
    w = 0.0
    for k, s in runs(key, text, pdf):
        w += pil(k, _REF).getlength(s)
    return w / _REF * size_mm


def can_render(key, text, pdf=False):
    try:
        runs(key, text, pdf)
        return True
    except ValueError:
        return False
