"""CJK fonts found on this machine, with glyph-coverage checks.

Every string is checked against the font's cmap before it is drawn; when a
glyph is missing the string is drawn in the next font of the same class (and
then in Noto CJK, which covers everything we print)."""
from __future__ import annotations

import functools
import os

from PIL import ImageFont

NOTO = "/usr/share/fonts/opentype/noto/"
TT = "/usr/share/fonts/truetype/"

# (path, index, css family) per class; first usable entry of each list is the
# class default, the rest are alternatives picked per packet.
CLASSES = {
    "song": [(NOTO + "NotoSerifCJK-Regular.ttc", 2, "Noto Serif CJK SC"),
             (TT + "arphic/uming.ttc", 0, "AR PL UMing CN"),
             (TT + "arphic-gbsn00lp/gbsn00lp.ttf", 0, "AR PL SungtiL GB")],
    "song_bold": [(NOTO + "NotoSerifCJK-Bold.ttc", 2, "Noto Serif CJK SC")],
    "hei": [(NOTO + "NotoSansCJK-Regular.ttc", 2, "Noto Sans CJK SC"),
            (TT + "wqy/wqy-microhei.ttc", 0, "WenQuanYi Micro Hei"),
            (TT + "wqy/wqy-zenhei.ttc", 0, "WenQuanYi Zen Hei")],
    "hei_bold": [(NOTO + "NotoSansCJK-Bold.ttc", 2, "Noto Sans CJK SC")],
    "kai": [(TT + "arphic/ukai.ttc", 0, "AR PL UKai CN"),
            (TT + "arphic-gkai00mp/gkai00mp.ttf", 0, "AR PL KaitiM GB"),
            (TT + "lxgw-wenkai/LXGWWenKai-Regular.ttf", 0, "LXGW WenKai")],
    "hand": [(TT + "lxgw-wenkai/LXGWWenKai-Light.ttf", 0, "LXGW WenKai Light"),
             (TT + "arphic/ukai.ttc", 0, "AR PL UKai CN"),
             (TT + "lxgw-wenkai/LXGWWenKaiMono-Regular.ttf", 0, "LXGW WenKai Mono")],
    "fun": [(TT + "smiley-sans/SmileySans-Oblique.ttf", 0, "Smiley Sans")],
    "ocrb": [("/usr/share/fonts/opentype/ocr-b/OCRB.otf", 0, "OCR B")],
    "mono": [(TT + "dejavu/DejaVuSansMono.ttf", 0, "DejaVu Sans Mono")],
    "latin": [(TT + "dejavu/DejaVuSans.ttf", 0, "DejaVu Sans")],
    "latin_serif": [(TT + "dejavu/DejaVuSerif.ttf", 0, "DejaVu Serif")],
}
FALLBACK = {"song": "song", "song_bold": "song", "hei": "hei", "hei_bold": "hei", "kai": "kai", "hand": "kai",
            "fun": "hei", "ocrb": "hei", "mono": "hei", "latin": "hei", "latin_serif": "song"}

for _k, _v in CLASSES.items():
    CLASSES[_k] = [x for x in _v if os.path.exists(x[0])]


@functools.lru_cache(maxsize=None)
def cmap(path: str, index: int) -> frozenset:
    from fontTools.ttLib import TTFont
    f = TTFont(path, fontNumber=index, lazy=True)
    return frozenset(f.getBestCmap().keys())


def covers(spec, text: str) -> bool:
    cm = cmap(spec[0], spec[1])
    return all(ord(c) in cm or c in " \n\t" for c in text)


@functools.lru_cache(maxsize=4096)
def _pil(path, index, size):
    return ImageFont.truetype(path, size, index=index)


def pil_font(spec, size: int):
    return _pil(spec[0], spec[1], max(4, int(round(size))))


def resolve(spec, text: str):
    """spec if it has every glyph of text, else a fallback that has them."""
    if covers(spec, text):
        return spec
    cls = next((k for k, v in CLASSES.items() if spec in v), "hei")
    for alt in CLASSES.get(FALLBACK[cls], []) + CLASSES["song"] + CLASSES["hei"]:
        if covers(alt, text):
            return alt
    raise ValueError(f"no font covers {text!r}")


class Style:
    """Fonts chosen for one document: class name -> spec."""

    def __init__(self, rng, prefer: dict | None = None):
        self.map = {}
        for k, v in CLASSES.items():
            self.map[k] = v[rng.randrange(len(v))] if v else None
        if prefer:
            self.map.update(prefer)

    def __getitem__(self, k):
        return self.map[k]

    def css(self, k):
        return self.map[k][2]
