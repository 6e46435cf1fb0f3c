"""Per-document style draws: fonts, sizes, ink, and inline sequences of tagged pieces."""
from . import fonts

LABEL_BLUE = (70, 125, 185)
INK = (25, 25, 28)
PEN = (28, 40, 95)
RED = (205, 35, 35)


class Style:
    def __init__(self, rng, label="hei", value="song", title="title", hand=False):
        self.rng = rng
        self.label = fonts.pick(rng, label)
        self.value = fonts.pick(rng, "hand" if hand else value)
        self.title = fonts.pick(rng, title)
        self.hand = hand
        self.k = rng.uniform(0.92, 1.08)   # size factor
        self.sp = rng.choice([0, 0, 0.1, 0.25])  # letter spacing for labels

    def jit(self):
        return (self.rng.randrange(1 << 30), 0.5) if self.hand else None


def seq(sheet, x, y, pieces, font, size, anchor="l", color=INK, gap=0.0, **common):
    """Draw PIECES = [(text, field or None, extra kw)] one after another on a line; returns x after."""
    widths = [sheet.width(p[0], font, size) for p in pieces]
    total = sum(widths) + gap * (len(pieces) - 1)
    cx = x - total if anchor == "r" else (x - total / 2 if anchor == "m" else x)
    for (p, w) in zip(pieces, widths):
        kw = dict(common)
        kw.update(p[2] if len(p) > 2 else {})
        col = kw.pop("color", color)
        sheet.text(cx, y, p[0], font, size, color=col, field=p[1], **kw)
        cx += w + gap
    return cx
