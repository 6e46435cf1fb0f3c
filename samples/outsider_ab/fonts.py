"""Font table shared by the PIL and reportlab renderers."""
import functools
import os

_N = "/usr/share/fonts/opentype/noto/"
_T = "/usr/share/fonts/truetype/"
FILES = {
    "sans": (_N + "NotoSansCJK-Regular.ttc", 2),
    "sans_b": (_N + "NotoSansCJK-Bold.ttc", 2),
    "serif": (_N + "NotoSerifCJK-Regular.ttc", 2),
    "serif_b": (_N + "NotoSerifCJK-Bold.ttc", 2),
    "uming": (_T + "arphic/uming.ttc", 0),
    "ukai": (_T + "arphic/ukai.ttc", 0),
    "song": (_T + "arphic-gbsn00lp/gbsn00lp.ttf", 0),
    "kai": (_T + "arphic-gkai00mp/gkai00mp.ttf", 0),
    "wenkai": (_T + "lxgw-wenkai/LXGWWenKai-Regular.ttf", 0),
    "wenkai_l": (_T + "lxgw-wenkai/LXGWWenKai-Light.ttf", 0),
    "wenkai_b": (_T + "lxgw-wenkai/LXGWWenKai-Bold.ttf", 0),
    "smiley": (_T + "smiley-sans/SmileySans-Oblique.ttf", 0),
    "microhei": (_T + "wqy/wqy-microhei.ttc", 0),
    "zenhei": (_T + "wqy/wqy-zenhei.ttc", 0),
    "mono": (_T + "dejavu/DejaVuSansMono.ttf", 0),
    "dejavu": (_T + "dejavu/DejaVuSans.ttf", 0),
}
# reportlab cannot embed CFF (Noto CJK); these are TrueType
RL_FONTS = ["uming", "ukai", "song", "kai", "wenkai", "wenkai_l", "wenkai_b", "smiley", "microhei", "zenhei",
            "mono", "dejavu"]
FALLBACK_PIL = "sans"
FALLBACK_RL = "microhei"


@functools.lru_cache(maxsize=None)
def cmap(key):
    from fontTools.ttLib import TTFont, TTCollection
    path, idx = FILES[key]
    if path.endswith(".ttc"):
        f = TTCollection(path, lazy=True).fonts[idx]
    else:
        f = TTFont(path, lazy=True)
    return frozenset(f.getBestCmap().keys())


def covers(key, text):
    cm = cmap(key)
    return all((ord(c) in cm) or c in " \n\t" for c in text)


def exists():
    return all(os.path.exists(p) for p, _ in FILES.values())
