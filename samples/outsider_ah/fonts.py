"""Font discovery: only fonts from the allowed Debian packages under /usr/share/fonts."""
import os
from functools import lru_cache
from PIL import ImageFont

# key -> (path, collection index, debian package)
FONTS = {
    "song": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "fonts-arphic-gbsn00lp"),
    "kai": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, "fonts-arphic-gkai00mp"),
    "ukai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "fonts-arphic-ukai"),
    "uming": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "fonts-arphic-uming"),
    "wenkai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "fonts-lxgw-wenkai"),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "fonts-wqy-microhei"),
    "zenhei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "fonts-wqy-zenhei"),
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "fonts-noto-cjk"),
    "sansb": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, "fonts-noto-cjk"),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "fonts-noto-cjk"),
    "serifb": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, "fonts-noto-cjk"),
    "smiley": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, "fonts-smiley-sans"),
    "ocrb": ("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0, "fonts-ocr-b"),
    "dejavu": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "fonts-dejavu-core"),
}

# fonts usable for Chinese text in PDFs (fpdf2) – TrueType outlines subset well
PDF_CJK = ["song", "hei", "wenkai", "sans", "zenhei", "uming"]
BODY_CJK = ["song", "hei", "sans", "serif", "zenhei", "uming", "wenkai"]
HAND = ["kai", "ukai", "wenkai"]

USED = set()


@lru_cache(maxsize=512)
def pil(key, size):
    path, idx, pkg = FONTS[key]
    USED.add(pkg)
    return ImageFont.truetype(path, int(size), index=idx)


def packages(keys=None):
    keys = keys or FONTS.keys()
    return sorted({FONTS[k][2] for k in keys if os.path.exists(FONTS[k][0])})
