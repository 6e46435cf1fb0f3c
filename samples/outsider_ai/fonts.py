"""Font catalogue (Debian font packages only) with per-glyph fallback.

Every string drawn goes through `runs()`, which splits it into pieces that
one font of the chain really covers; a glyph no font covers raises, so no
missing-glyph box is ever drawn."""
import functools
from fontTools.ttLib import TTFont as _FT
from PIL import ImageFont

F = "/usr/share/fonts/"
CATALOG = {
    "hei": (F + "opentype/noto/NotoSansCJK-Regular.ttc", 2),
    "hei_bold": (F + "opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "song": (F + "opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "song_bold": (F + "opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "mhei": (F + "truetype/wqy/wqy-microhei.ttc", 0),
    "zhei": (F + "truetype/wqy/wqy-zenhei.ttc", 0),
    "ukai": (F + "truetype/arphic/ukai.ttc", 0),
    "uming": (F + "truetype/arphic/uming.ttc", 0),
    "gbsn": (F + "truetype/arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "gkai": (F + "truetype/arphic-gkai00mp/gkai00mp.ttf", 0),
    "wenkai": (F + "truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_light": (F + "truetype/lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wenkai_bold": (F + "truetype/lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "wenkai_mono": (F + "truetype/lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0),
    "smiley": (F + "truetype/smiley-sans/SmileySans-Oblique.ttf", 0),
    "ocrb": (F + "opentype/ocr-b/OCRB.otf", 0),
    "dejavu": (F + "truetype/dejavu/DejaVuSans.ttf", 0),
    "dejavu_bold": (F + "truetype/dejavu/DejaVuSans-Bold.ttf", 0),
    "dejavu_mono": (F + "truetype/dejavu/DejaVuSansMono.ttf", 0),
    "dejavu_serif": (F + "truetype/dejavu/DejaVuSerif.ttf", 0),
}
# generic fallbacks appended to every chain
TAIL = ("hei", "mhei", "dejavu")

# families by role, so documents can vary their look
SERIF_BODY = ["song", "uming", "gbsn"]
SANS_BODY = ["hei", "mhei", "zhei"]
HAND = ["wenkai", "ukai", "gkai", "wenkai_light"]
TITLE = ["song_bold", "hei_bold", "wenkai_bold"]


@functools.lru_cache(maxsize=None)
def cmap(name):
    path, idx = CATALOG[name]
    f = _FT(path, fontNumber=idx, lazy=True)
    return frozenset(f.getBestCmap().keys())


@functools.lru_cache(maxsize=4096)
def pil(name, px):
    path, idx = CATALOG[name]
    return ImageFont.truetype(path, max(4, int(round(px))), index=idx)


def has(name, ch):
    return ord(ch) in cmap(name)


# fonts reportlab can embed (TrueType outlines) and their fallbacks
PDF_OK = {"mhei", "zhei", "ukai", "uming", "gbsn", "gkai", "wenkai", "wenkai_light", "wenkai_bold",
          "wenkai_mono", "smiley", "dejavu", "dejavu_bold", "dejavu_mono", "dejavu_serif"}
PDF_TAIL = ("mhei", "uming", "dejavu")


def chain_of(primary, tail=TAIL):
    if isinstance(primary, (list, tuple)):
        names = list(primary)
    else:
        names = [primary]
    for t in tail:
        if t not in names:
            names.append(t)
    return names


def font_for(ch, chain):
    if ch in " \u3000":
        return chain[0]
    for n in chain:
        if has(n, ch):
            return n
    raise ValueError("no installed font has glyph %r (U+%04X)" % (ch, ord(ch)))


def runs(text, primary, tail=TAIL):
    """[(fontname, substring)] with every char covered by its font."""
    chain = chain_of(primary, tail)
    out = []
    for ch in text:
        n = font_for(ch, chain)
        if out and out[-1][0] == n:
            out[-1] = (n, out[-1][1] + ch)
        else:
            out.append((n, ch))
    return out


def check_text(text, primary):
    runs(text, primary)
    return True
