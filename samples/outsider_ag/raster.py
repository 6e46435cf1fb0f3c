"""Render a Sheet to a PIL image; compose several rendered pieces onto one page; move boxes along."""
import math
import random

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

from . import fonts
from .canvas import ASCENT


def _quad(box):
    x0, y0, x1, y1 = box
    return [[x0, y0], [x1, y0], [x1, y1], [x0, y1]]


def render(sheet, scale, base=None):
    """Return (RGB image, items); item boxes are quads in pixels. BASE: draw onto this image instead."""
    W, H = int(round(sheet.w * scale)), int(round(sheet.h * scale))
    img = base if base is not None else Image.new("RGB", (W, H), tuple(sheet.bg))
    draw = ImageDraw.Draw(img)
    items = []
    for p in sheet.prims:
        op = p["op"]
        if op == "text":
            _text(img, draw, p, scale)
            q = _quad([v * scale for v in p["box"]])
            if p["angle"]:
                q = _rotq(q, p["x"] * scale, (p["y"] + p["size"] * ASCENT) * scale, p["angle"])
            items.append(_item(p, q))
        elif op == "meta":
            items.append(_item(p, _quad([v * scale for v in p["box"]])))
        elif op == "line":
            x0, y0, x1, y1 = [v * scale for v in p["pts"]]
            draw.line([x0, y0, x1, y1], fill=tuple(p["color"]), width=max(1, int(round(p["width"] * scale))))
        elif op == "rect":
            b = [v * scale for v in p["box"]]
            wd = max(1, int(round(p["width"] * scale)))
            if p["radius"]:
                draw.rounded_rectangle(b, radius=p["radius"] * scale, outline=p["outline"] and tuple(p["outline"]),
                                       fill=p["fill"] and tuple(p["fill"]), width=wd)
            else:
                draw.rectangle(b, outline=p["outline"] and tuple(p["outline"]), fill=p["fill"] and tuple(p["fill"]),
                               width=wd)
        elif op == "checkbox":
            b = [v * scale for v in p["box"]]
            wd = max(1, int(round(scale * 0.25)))
            draw.rectangle(b, outline=tuple(p["color"]), width=wd)
            if p["checked"]:
                x0, y0, x1, y1 = b
                s = x1 - x0
                draw.line([(x0 + s * .18, y0 + s * .5), (x0 + s * .42, y0 + s * .78), (x0 + s * .85, y0 + s * .18)],
                          fill=tuple(p["color"]), width=max(2, int(s * .13)))
        elif op == "seal":
            _seal(img, p, scale)
            q = _quad([v * scale for v in p["box"]])
            items.append({"text": p["ring"], "field": None, "doc": None, "role": "seal", "font": p["font"],
                          "quad": q, "occ": 0, "part": None, "rows": None})
            if p["center"]:
                items.append({"text": p["center"], "field": None, "doc": None, "role": "seal", "font": p["font"],
                              "quad": q, "occ": 0, "part": None, "rows": None})
        elif op == "pattern":
            _pattern(img, draw, p, scale)
    return img, items


def _item(p, q):
    return {"text": p["s"], "field": p["field"], "doc": p["doc"], "role": p["role"], "font": p["font"],
            "quad": q, "occ": p["occ"], "part": p["part"], "rows": p["rows"]}


def _text(img, draw, p, scale):
    px = p["size"] * scale
    f = fonts.pil(p["font"], px)
    col = tuple(p["color"])
    base = (p["y"] + p["size"] * ASCENT) * scale
    x = p["x"] * scale
    if p["angle"]:
        w = int(p["box"][2] * scale - x) + 4
        h = int(px * 1.3) + 4
        layer = Image.new("L", (w, h), 0)
        ImageDraw.Draw(layer).text((2, 2 + px * ASCENT), p["s"], font=f, fill=255, anchor="ls")
        rot = layer.rotate(p["angle"], expand=True, resample=Image.BILINEAR)
        # the layer's anchor (2, 2+asc) is rotated about the centre; place so the baseline start stays at x, base
        cx, cy = w / 2, h / 2
        a = math.radians(p["angle"])
        dx, dy = 2 - cx, 2 + px * ASCENT - cy
        rx = dx * math.cos(a) + dy * math.sin(a)
        ry = -dx * math.sin(a) + dy * math.cos(a)
        ox = x - (rot.width / 2 + rx)
        oy = base - (rot.height / 2 + ry)
        alpha = col[3] if len(col) > 3 else 255
        colour = Image.new("RGB", rot.size, col[:3])
        mask = rot.point(lambda v: v * alpha // 255)
        img.paste(colour, (int(ox), int(oy)), mask)
        return
    if p["spacing"] or p["jitter"]:
        rng = random.Random(p["jitter"][0]) if p["jitter"] else None
        amt = p["jitter"][1] if p["jitter"] else 0
        for ch in p["s"]:
            if rng:
                ff = fonts.pil(p["font"], px * (1 + rng.uniform(-amt, amt) * 0.15))
                draw.text((x + rng.uniform(-amt, amt) * px * .08, base + rng.uniform(-amt, amt) * px * .12), ch,
                          font=ff, fill=col[:3], anchor="ls")
            else:
                draw.text((x, base), ch, font=f, fill=col[:3], anchor="ls")
            x += f.getlength(ch) + p["spacing"] * scale
    else:
        draw.text((x, base), p["s"], font=f, fill=col[:3], anchor="ls")


def _seal(img, p, scale):
    cx, cy = p["c"][0] * scale, p["c"][1] * scale
    r = p["r"] * scale
    size = int(r * 2 + 8)
    layer = Image.new("L", (size, size), 0)
    d = ImageDraw.Draw(layer)
    o = size / 2
    lw = max(2, int(r * 0.05))
    if p["shape"] == "ellipse":
        d.ellipse([o - r, o - r * .68, o + r, o + r * .68], outline=255, width=lw)
    else:
        d.ellipse([o - r, o - r, o + r, o + r], outline=255, width=lw)
    ring = p["ring"]
    fpx = r * 0.26
    f = fonts.pil(p["font"], fpx)
    n = len(ring)
    span = min(250.0, 22.0 * n)
    for i, ch in enumerate(ring):
        ang = -90 - span / 2 + span * (i + 0.5) / n  # degrees, 0 = +x axis, screen coordinates
        a = math.radians(ang)
        rr = r * (0.74 if p["shape"] == "circle" else 0.55)
        x = o + rr * math.cos(a)
        y = o + rr * math.sin(a) * (1 if p["shape"] == "circle" else 0.68)
        t = Image.new("L", (int(fpx * 1.6), int(fpx * 1.6)), 0)
        ImageDraw.Draw(t).text((t.width / 2, t.height / 2), ch, font=f, fill=255, anchor="mm")
        t = t.rotate(-(ang + 90), resample=Image.BILINEAR)
        layer.paste(255, (int(x - t.width / 2), int(y - t.height / 2)), t)
    if p["star"]:
        pts = []
        for k in range(10):
            rad = r * (0.2 if k % 2 == 0 else 0.08)
            a = math.radians(-90 + k * 36)
            pts.append((o + rad * math.cos(a), o + rad * math.sin(a)))
        d.polygon(pts, fill=255)
    if p["center"]:
        fc = fonts.pil(p["font"], r * 0.2)
        d.text((o, o + r * 0.5), p["center"], font=fc, fill=255, anchor="mm")
    rng = np.random.default_rng(int(cx * 7 + cy * 13) % (2 ** 31))
    arr = np.asarray(layer, dtype=np.float32) / 255.0
    arr *= p["opacity"] * (0.75 + 0.25 * rng.random(arr.shape))  # uneven ink
    x0, y0 = int(cx - o), int(cy - o)
    _multiply(img, arr, p["color"], x0, y0)


def _multiply(img, alpha, color, x0, y0):
    """Multiply-blend COLOR with ALPHA coverage onto IMG at (x0, y0), touching only that region."""
    h, w = alpha.shape
    X0, Y0 = max(0, x0), max(0, y0)
    X1, Y1 = min(img.width, x0 + w), min(img.height, y0 + h)
    if X1 <= X0 or Y1 <= Y0:
        return
    reg = np.asarray(img.crop((X0, Y0, X1, Y1)).convert("RGB")).astype(np.float32)
    al = alpha[Y0 - y0:Y1 - y0, X0 - x0:X1 - x0][..., None]
    col = np.array(color, dtype=np.float32)[None, None, :3]
    reg = reg * (1 - al) + (reg * col / 255.0) * al
    img.paste(Image.fromarray(np.clip(reg, 0, 255).astype(np.uint8)), (X0, Y0))


def _pattern(img, draw, p, scale):
    x0, y0, x1, y1 = [v * scale for v in p["box"]]
    rng = random.Random(p["seed"])
    col = tuple(p["color"])
    k = p["kind"]
    if k == "guilloche":
        w = x1 - x0
        for j in range(14):
            amp = (y1 - y0) * rng.uniform(0.03, 0.12)
            per = w * rng.uniform(0.08, 0.3)
            ph = rng.uniform(0, 6.3)
            yb = y0 + (y1 - y0) * (j + .5) / 14
            pts = [(x0 + t, yb + amp * math.sin(t / per * 6.283 + ph)) for t in np.linspace(0, w, 160)]
            draw.line(pts, fill=col, width=max(1, int(scale * 0.12)))
    elif k == "photo":
        draw.rectangle([x0, y0, x1, y1], fill=(222, 226, 232))
        cx, w, h = (x0 + x1) / 2, x1 - x0, y1 - y0
        shade = rng.randint(50, 90)
        draw.ellipse([cx - w * .2, y0 + h * .14, cx + w * .2, y0 + h * .56], fill=(shade + 120, shade + 95, shade + 80))
        draw.ellipse([cx - w * .24, y0 + h * .08, cx + w * .24, y0 + h * .32], fill=(shade - 30, shade - 35, shade - 35))
        draw.chord([cx - w * .48, y0 + h * .6, cx + w * .48, y1 + h * .45], 180, 360, fill=(shade, shade + 10, shade + 30))
    elif k == "qr":
        n = 25
        cell = min(x1 - x0, y1 - y0) / n
        for i in range(n):
            for j in range(n):
                fin = (i < 7 and j < 7) or (i < 7 and j >= n - 7) or (i >= n - 7 and j < 7)
                if fin:
                    ii, jj = i % (n - 7) if i >= n - 7 else i, j % (n - 7) if j >= n - 7 else j
                    on = ii in (0, 6) or jj in (0, 6) or (2 <= ii <= 4 and 2 <= jj <= 4)
                else:
                    on = rng.random() < .5
                if on:
                    draw.rectangle([x0 + j * cell, y0 + i * cell, x0 + (j + 1) * cell - 1, y0 + (i + 1) * cell - 1],
                                   fill=(10, 10, 10))
    elif k == "chip":
        draw.rounded_rectangle([x0, y0, x1, y1], radius=(x1 - x0) * .15, fill=(214, 180, 96), outline=(150, 120, 50),
                               width=2)
        for t in (0.33, 0.66):
            draw.line([x0, y0 + (y1 - y0) * t, x1, y0 + (y1 - y0) * t], fill=(150, 120, 50), width=2)
        draw.line([(x0 + x1) / 2, y0, (x0 + x1) / 2, y1], fill=(150, 120, 50), width=2)
    elif k == "emblem":
        draw.ellipse([x0, y0, x1, y1], fill=(205, 40, 40))
        draw.ellipse([x0 + (x1 - x0) * .18, y0 + (y1 - y0) * .18, x1 - (x1 - x0) * .18, y1 - (y1 - y0) * .18],
                     fill=(235, 190, 60))
        cx, cy, r = (x0 + x1) / 2, (y0 + y1) / 2, (x1 - x0) * .2
        pts = [(cx + (r if k2 % 2 == 0 else r * .4) * math.cos(math.radians(-90 + k2 * 36)),
                cy + (r if k2 % 2 == 0 else r * .4) * math.sin(math.radians(-90 + k2 * 36))) for k2 in range(10)]
        draw.polygon(pts, fill=(205, 40, 40))
    elif k == "barcode":
        x = x0
        while x < x1:
            wbar = rng.choice([1, 1, 2, 3]) * scale * 0.25
            if rng.random() < .55:
                draw.rectangle([x, y0, x + wbar, y1], fill=(15, 15, 15))
            x += wbar
    elif k == "hologram":
        draw.ellipse([x0, y0, x1, y1], outline=(190, 205, 225), width=max(1, int(scale * .3)))


def _rotq(q, ox, oy, angle):
    a = math.radians(angle)
    c, s = math.cos(a), math.sin(a)
    # PIL rotates counter-clockwise for positive angles (y down): x' = c*dx + s*dy, y' = -s*dx + c*dy
    return [[ox + c * (x - ox) + s * (y - oy), oy - s * (x - ox) + c * (y - oy)] for x, y in q]


def affine_items(items, M):
    """Apply 2x3 matrix M to every item's quad."""
    out = []
    for it in items:
        q = [[M[0][0] * x + M[0][1] * y + M[0][2], M[1][0] * x + M[1][1] * y + M[1][2]] for x, y in it["quad"]]
        out.append(dict(it, quad=q))
    return out


def homography_items(items, Hm):
    out = []
    for it in items:
        q = []
        for x, y in it["quad"]:
            v = Hm @ np.array([x, y, 1.0])
            q.append([float(v[0] / v[2]), float(v[1] / v[2])])
        out.append(dict(it, quad=q))
    return out


def paste(dst, dst_items, src, src_items, x, y, angle=0.0, shadow=False):
    """Paste SRC (rotated by ANGLE degrees ccw) with its top-left near (x, y); returns the new items list."""
    if angle:
        w, h = src.size
        rot = src.convert("RGBA").rotate(angle, expand=True, resample=Image.BICUBIC)
        a = math.radians(angle)
        c, s = math.cos(a), math.sin(a)
        # forward map used by PIL rotate(expand): about centre, then shift to the new canvas centre
        cx, cy = w / 2, h / 2
        ncx, ncy = rot.width / 2, rot.height / 2
        M = [[c, s, ncx - c * cx - s * cy + x], [-s, c, ncy + s * cx - c * cy + y]]
        if shadow:
            sh = Image.new("RGBA", rot.size, (0, 0, 0, 0))
            sh.putalpha(rot.getchannel("A").point(lambda v: v * 60 // 255).filter(ImageFilter.GaussianBlur(6)))
            dst.paste(sh, (int(x + 6), int(y + 8)), sh)
        dst.paste(rot, (int(x), int(y)), rot)
        return dst_items + affine_items(src_items, M)
    if shadow:
        sh = Image.new("L", src.size, 70).filter(ImageFilter.GaussianBlur(4))
        dst.paste((60, 60, 60), (int(x + 5), int(y + 7), int(x + 5) + src.width, int(y + 7) + src.height))
    dst.paste(src, (int(x), int(y)))
    return dst_items + affine_items(src_items, [[1, 0, int(x)], [0, 1, int(y)]])


def scale_items(items, sx, sy=None):
    sy = sx if sy is None else sy
    return affine_items(items, [[sx, 0, 0], [0, sy, 0]])
