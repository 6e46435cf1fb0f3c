"""The CJK fonts the pages are drawn with (Debian fonts-noto-cjk, fonts-wqy-zenhei, fonts-arphic-ukai)."""
from __future__ import annotations

from functools import lru_cache

from PIL import ImageFont

FONTS = {
    "sans": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 2),  # index 2: SC
    "sans_bold": ("/usr/share/fonts/opentype/noto/NotoSansCJK-Bold.ttc", 2),
    "serif": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", 2),
    "serif_bold": ("/usr/share/fonts/opentype/noto/NotoSerifCJK-Bold.ttc", 2),
    "hei": ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    "kai": ("/usr/share/fonts/truetype/arphic/ukai.ttc", 0),  # hand-filled look
}
BODY_FONTS = ("sans", "serif", "hei")


@lru_cache(maxsize=256)
def font(name: str, size: int) -> ImageFont.FreeTypeFont:
    path, index = FONTS[name]
    return ImageFont.truetype(path, size, index=index)
