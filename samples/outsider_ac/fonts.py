"""Font registry with glyph-coverage checks and per-character fallback."""
import functools
from fontTools.ttLib import TTFont

FONTS = {
    # key: (path, ttc index, pdf_ok)
    "hei": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, False),
    "heib": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, False),
    "song": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, False),
    "songb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, False),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, True),
    "microhei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, True),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, True),
    "ming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, True),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, True),
    "gbsn": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, True),
    "gkai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, True),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0, False),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, True),
}
IMG_FALLBACK = ["hei", "song", "zenhei", "wenkai", "ming", "dejavu"]
PDF_FALLBACK = ["zenhei", "wenkai", "ming", "microhei", "dejavu"]
# body fonts that look like what printers/forms use
BODY_FONTS = ["hei", "song", "zenhei", "microhei", "ming", "gbsn", "wenkai"]
PDF_BODY_FONTS = ["zenhei", "microhei", "ming", "gbsn", "wenkai"]
HAND_FONTS = ["kai", "gkai", "wenkai"]


@functools.lru_cache(maxsize=None)
def cmap(key):
    path, idx, _ = FONTS[key]
    f = TTFont(path, fontNumber=idx, lazy=True)
    return frozenset(f.getBestCmap().keys())


def covers(key, ch):
    return ch.isspace() or ord(ch) in cmap(key)


def runs(text, key, pdf=False):
    """Split text into (font_key, substring) runs; each char drawn with the first font that has it."""
    chain = [key] + (PDF_FALLBACK if pdf else IMG_FALLBACK)
    out = []
    for ch in text:
        k = next((c for c in chain if covers(c, ch)), None)
        if k is None:
            raise ValueError("no font covers %r" % ch)
        if out and out[-1][0] == k:
            out[-1][1] += ch
        else:
            out.append([k, ch])
    return [(k, s) for k, s in out]


def uncovered(text, key):
    return [ch for ch in text if not covers(key, ch)]


@functools.lru_cache(maxsize=512)
def pil_font(key, size):
    from PIL import ImageFont
    path, idx, _ = FONTS[key]
    return ImageFont.truetype(path, max(4, int(round(size))), index=idx)


def text_width(text, key, size, pdf=False):
    return sum(pil_font(k, size).getlength(s) for k, s in runs(text, key, pdf))
