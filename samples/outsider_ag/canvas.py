"""A page described as drawing primitives in page units; every string keeps its field tag and box."""
from . import fonts

ASCENT = 0.86  # baseline position inside the em box, as a fraction of the font size


class Sheet:
    """Page of W x H units (mm for paper and cards, px for phone screenshots)."""

    def __init__(self, w, h, unit="mm", bg=(252, 251, 247), kind="paper"):
        self.w, self.h, self.unit, self.bg, self.kind = w, h, unit, bg, kind
        self.prims = []

    # ---- text ----
    def text(self, x, y, s, font, size, color=(20, 20, 20), field=None, doc=None, role=None,
             occ=0, part=None, rows=None, anchor="l", spacing=0.0, jitter=None, angle=0.0):
        """Draw S with its em box's top at Y. Returns the box [x0, y0, x1, y1] in units."""
        s = str(s)
        font = fonts.usable(font, s)
        w = fonts.width_em(font, s) * size + spacing * max(0, len(s) - 1)
        if anchor == "r":
            x0 = x - w
        elif anchor == "m":
            x0 = x - w / 2
        else:
            x0 = x
        box = [x0, y, x0 + w, y + size]
        if role is None:
            role = "value" if field else "text"
        self.prims.append({"op": "text", "x": x0, "y": y, "s": s, "font": font, "size": size, "color": color,
                           "spacing": spacing, "jitter": jitter, "angle": angle, "box": box,
                           "field": field, "doc": doc, "role": role, "occ": occ, "part": part, "rows": rows})
        return box

    def width(self, s, font, size, spacing=0.0):
        font = fonts.usable(font, s)
        return fonts.width_em(font, s) * size + spacing * max(0, len(s) - 1)

    def wrap(self, s, font, size, width):
        """Split S into lines no wider than WIDTH."""
        lines, cur = [], ""
        for ch in s:
            if cur and self.width(cur + ch, font, size) > width:
                lines.append(cur)
                cur = ch
            else:
                cur += ch
        if cur:
            lines.append(cur)
        return lines

    def wrapped(self, x, y, s, font, size, width, line_h, anchor="l", **kw):
        """Draw S wrapped onto several lines, each line a part of the same field occurrence."""
        lines = self.wrap(s, font, size, width)
        for i, ln in enumerate(lines):
            self.text(x, y + i * line_h, ln, font, size, anchor=anchor,
                      part=(i if len(lines) > 1 else None), **kw)
        return y + len(lines) * line_h

    def flow(self, x, y, width, segments, font, size, line_h, indent=0.0, color=(20, 20, 20)):
        """Running text made of (text, field or None, extra kw) segments, wrapped; returns next y."""
        cx, cy = x + indent, y
        parts = {}
        for seg in segments:
            s, field = seg[0], seg[1]
            kw = seg[2] if len(seg) > 2 else {}
            rest = s
            while rest:
                room = x + width - cx
                n = 0
                while n < len(rest) and self.width(rest[:n + 1], font, size) <= room:
                    n += 1
                if n == 0:
                    cx, cy = x, cy + line_h
                    continue
                piece, rest = rest[:n], rest[n:]
                if field:
                    k = (field, kw.get("doc"), kw.get("occ", 0))
                    p = parts.get(k, 0)
                    multi = bool(rest) or p > 0
                    self.text(cx, cy, piece, font, size, color=color, field=field,
                              part=(p if multi else None), **kw)
                    parts[k] = p + 1
                else:
                    self.text(cx, cy, piece, font, size, color=color, **kw)
                cx += self.width(piece, font, size)
                if rest:
                    cx, cy = x, cy + line_h
        return cy + line_h

    # ---- graphics ----
    def line(self, x0, y0, x1, y1, width=0.3, color=(40, 40, 40)):
        self.prims.append({"op": "line", "pts": [x0, y0, x1, y1], "width": width, "color": color})

    def rect(self, x0, y0, x1, y1, outline=(40, 40, 40), fill=None, width=0.3, radius=0):
        self.prims.append({"op": "rect", "box": [x0, y0, x1, y1], "outline": outline, "fill": fill,
                           "width": width, "radius": radius})

    def grid(self, x0, y0, col_x, row_y, width=0.3, color=(40, 40, 40)):
        for yy in row_y:
            self.line(col_x[0], yy, col_x[-1], yy, width, color)
        for xx in col_x:
            self.line(xx, row_y[0], xx, row_y[-1], width, color)

    def checkbox(self, x, y, size, checked, color=(20, 20, 20), doc=None, field=None):
        self.prims.append({"op": "checkbox", "box": [x, y, x + size, y + size], "checked": checked, "color": color})
        self.prims.append({"op": "meta", "s": "☑" if checked else "□", "box": [x, y, x + size, y + size],
                           "font": "-", "field": field, "doc": doc, "role": "checkbox", "occ": 0, "part": None,
                           "rows": None})

    def seal(self, cx, cy, r, ring, center="", color=(200, 30, 30), font="NotoSerifCJKsc", star=True,
             opacity=0.78, shape="circle"):
        self.prims.append({"op": "seal", "c": [cx, cy], "r": r, "ring": ring, "center": center, "color": color,
                           "font": fonts.usable(font, ring + center), "star": star, "opacity": opacity,
                           "shape": shape, "box": [cx - r, cy - r, cx + r, cy + r]})

    def pattern(self, x0, y0, x1, y1, kind, seed=0, color=(200, 215, 230)):
        """kind: guilloche | photo | qr | chip | emblem | barcode | wood | hologram"""
        self.prims.append({"op": "pattern", "box": [x0, y0, x1, y1], "kind": kind, "seed": seed, "color": color})

    def watermark(self, text, font, size, color, angle, step_x, step_y):
        y = -self.h * 0.2
        row = 0
        while y < self.h * 1.2:
            x = -self.w * 0.3 + (row % 2) * step_x / 2
            while x < self.w * 1.1:
                self.text(x, y, text, font, size, color=color, role="watermark", angle=angle)
                x += step_x
            y += step_y
            row += 1
