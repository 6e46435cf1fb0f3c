"""Font catalogue: Debian-packaged CJK fonts, grouped by role, with glyph coverage checks."""
import functools
import os

from fontTools.ttLib import TTCollection, TTFont
from PIL import ImageFont

# name -> (path, collection index, debian package, roles)
CATALOGUE = {
    "NotoSansCJKsc": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2, "fonts-noto-cjk", ("hei", "ui")),
    "NotoSansCJKsc-Bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2, "fonts-noto-cjk", ("heibold", "title")),
    "NotoSerifCJKsc": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2, "fonts-noto-cjk", ("song",)),
    "NotoSerifCJKsc-Bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2, "fonts-noto-cjk", ("title", "songbold")),
    "ARPLUMingCN": ("/usr/share/fonts/truetype/arphic/uming.ttc", 0, "fonts-arphic-uming", ("song",)),
    "ARPLSungtiLGB": ("/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0, "fonts-arphic-gbsn00lp", ("song",)),
    "ARPLUKaiCN": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0, "fonts-arphic-ukai", ("kai", "hand")),
    "ARPLKaitiMGB": ("/usr/share/fonts/truetype/arphic-gkai00mp/gkai00mp.ttf", 0, "fonts-arphic-gkai00mp", ("kai", "hand")),
    "LXGWWenKai": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "fonts-lxgw-wenkai", ("kai", "hand")),
    "LXGWWenKai-Light": ("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0, "fonts-lxgw-wenkai", ("hand",)),
    "WenQuanYiMicroHei": ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0, "fonts-wqy-microhei", ("hei", "ui")),
    "WenQuanYiZenHei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0, "fonts-wqy-zenhei", ("hei",)),
    "SmileySans": ("/usr/share/fonts/truetype/smiley-sans/SmileySans-Oblique.ttf", 0, "fonts-smiley-sans", ("banner",)),
    "OCRB": ("/usr/share/fonts/opentype/ocr-b/OCRBS.otf", 0, "fonts-ocr-b", ("ocr",)),
    "DejaVuSans": ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", 0, "fonts-dejavu-core", ("latin",)),
    "DejaVuSansMono": ("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", 0, "fonts-dejavu-core", ("mono",)),
}
FALLBACK = "NotoSansCJKsc"


def available():
    return [n for n, v in CATALOGUE.items() if os.path.exists(v[0])]


def names_for(role):
    return [n for n in available() if role in CATALOGUE[n][3]]


def packages(names=None):
    return sorted({CATALOGUE[n][2] for n in (names or available())})


@functools.lru_cache(maxsize=None)
def cmap(name):
    path, idx, _, _ = CATALOGUE[name]
    if path.endswith(".ttc"):
        f = TTCollection(path, lazy=True).fonts[idx]
    else:
        f = TTFont(path, lazy=True)
    return frozenset(f.getBestCmap().keys())


def covers(name, text):
    cm = cmap(name)
    return all(ord(c) in cm or c.isspace() for c in text)


def pick(rng, role, text=""):
    """A font name of ROLE that covers TEXT (falls back to Noto Sans CJK SC)."""
    cands = [n for n in names_for(role) if covers(n, text)]
    return rng.choice(cands) if cands else FALLBACK


def usable(name, text):
    """NAME if it covers TEXT, otherwise a covering fallback of a similar role."""
    if covers(name, text):
        return name
    role = CATALOGUE[name][3][0]
    for n in names_for(role) + [FALLBACK, "NotoSerifCJKsc", "DejaVuSans"]:
        if covers(n, text):
            return n
    return FALLBACK


@functools.lru_cache(maxsize=512)
def pil(name, px):
    path, idx, _, _ = CATALOGUE[name]
    return ImageFont.truetype(path, max(4, int(round(px))), index=idx)


def width_em(name, text):
    """Advance width of TEXT in em units (font size 1)."""
    f = pil(name, 100)
    return f.getlength(text) / 100.0
