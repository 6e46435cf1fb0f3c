"""CJK fonts for drawing (Pillow) and for text-layer PDFs (reportlab, TrueType outlines only)."""
import functools

from PIL import ImageFont

_N = "/usr/share/fonts/opentype/noto/"
_T = "/usr/share/fonts/truetype/"
# name -> (path, index); Noto CJK SC sits at index 2 of its collections
PIL_FONTS = {
    "sans": (_N + "NotoSansCJK-Regular.ttc", 2),
    "sans_bold": (_N + "NotoSansCJK-Bold.ttc", 2),
    "serif": (_N + "NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": (_N + "NotoSerifCJK-Bold.ttc", 2),
    "microhei": (_T + "wqy/wqy-microhei.ttc", 0),
    "zenhei": (_T + "wqy/wqy-zenhei.ttc", 0),
    "uming": (_T + "arphic/uming.ttc", 0),
    "ukai": (_T + "arphic/ukai.ttc", 0),
    "song": (_T + "arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": (_T + "arphic-gkai00mp/gkai00mp.ttf", 0),
    "wenkai": (_T + "lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_light": (_T + "lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "mono": (_T + "dejavu/DejaVuSansMono.ttf", 0),
}
BODY = ["sans", "serif", "microhei", "zenhei", "uming", "song", "wenkai"]
HAND = ["ukai", "kai", "wenkai", "wenkai_light"]
APP = ["sans", "microhei", "zenhei"]
PDF_FONTS = {  # reportlab name -> (path, subfont index)
    "WQYMicroHei": (_T + "wqy/wqy-microhei.ttc", 0),
    "ARPLSung": (_T + "arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "LXGWWenKai": (_T + "lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "ARPLUMing": (_T + "arphic/uming.ttc", 0),
    "WQYZenHei": (_T + "wqy/wqy-zenhei.ttc", 0),
}


@functools.lru_cache(maxsize=512)
def font(name, size):
    path, index = PIL_FONTS[name]
    return ImageFont.truetype(path, int(size), index=index)


_registered = set()


def pdf_font(name):
    """Register a TrueType font with reportlab once and return its name."""
    if name not in _registered:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        path, index = PDF_FONTS[name]
        pdfmetrics.registerFont(TTFont(name, path, subfontIndex=index))
        _registered.add(name)
    return name
