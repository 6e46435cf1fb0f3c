"""How a flat document face becomes a file: phone photos at home (perspective,
curl, hands, glare, shadow, dim warm light, blur, backgrounds), flatbed
scans, photocopies, bilevel office scans, ~100 dpi copies, chat-app
recompression and scanner-app auto-crop."""
from __future__ import annotations

import math

import cv2
import numpy as np
from PIL import Image, ImageDraw

cv2.setNumThreads(1)

FRAMES = {8: (3264, 2448), 12: (4032, 3024), 13: (4160, 3120), 16: (4608, 3456), 48: (8000, 6000),
          50: (8160, 6144)}


# ---------------------------------------------------------------- planes

class Plane:
    """RGBA arrangement of one or more faces lying on one surface."""

    def __init__(self, rgba: np.ndarray, boxes, regions=None, gutter=None, laminate=None):
        self.rgba = rgba              # uint8 HxWx4
        self.boxes = boxes            # value boxes, plane px
        self.regions = regions or []  # [(x0,y0,x1,y1)] of each face, in reading order
        self.gutter = gutter          # x of a booklet fold
        self.laminate = laminate or []


def _rounded_alpha(w, h, r):
    m = Image.new("L", (w, h), 0)
    ImageDraw.Draw(m).rounded_rectangle([0, 0, w - 1, h - 1], max(1, r), fill=255)
    return np.asarray(m)


def sheet_rgba(sheet, R=None):
    a = np.asarray(sheet.img.convert("RGB"))
    h, w = a.shape[:2]
    r = int(sheet.meta.get("corner_r", 0.6 if sheet.kind != "receipt" else 0) * sheet.ppm)
    alpha = _rounded_alpha(w, h, r) if r > 0 else np.full((h, w), 255, np.uint8)
    return np.dstack([a, alpha])


def _scale_sheet(sheet, ppm):
    k = ppm / sheet.ppm
    rgba = sheet_rgba(sheet)
    if abs(k - 1) > 1e-3:
        rgba = cv2.resize(rgba, (max(1, int(rgba.shape[1] * k)), max(1, int(rgba.shape[0] * k))),
                          interpolation=cv2.INTER_AREA if k < 1 else cv2.INTER_CUBIC)
    boxes = [tuple(int(v * k) for v in b) for b in sheet.boxes]
    return rgba, boxes


def _rotate_rgba(rgba, boxes, ang):
    h, w = rgba.shape[:2]
    M = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1.0)
    c, s = abs(M[0, 0]), abs(M[0, 1])
    nw, nh = int(h * s + w * c) + 2, int(h * c + w * s) + 2
    M[0, 2] += nw / 2 - w / 2
    M[1, 2] += nh / 2 - h / 2
    out = cv2.warpAffine(rgba, M, (nw, nh), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0))
    nb = []
    for (x0, y0, x1, y1) in boxes:
        pts = np.array([[x0, y0, 1], [x1, y0, 1], [x0, y1, 1], [x1, y1, 1]], np.float32) @ M.T
        nb.append((int(pts[:, 0].min()), int(pts[:, 1].min()), int(pts[:, 0].max()), int(pts[:, 1].max())))
    return out, nb


def compose(sheets, R, arrangement="row", ppm=None, jitter=4.0, gap_mm=(6, 18)):
    """Cards or pages side by side (row), one above the other (col)."""
    ppm = ppm or min(s.ppm for s in sheets)
    items = []
    for s in sheets:
        rgba, boxes = _scale_sheet(s, ppm)
        ang = R.uniform(-jitter, jitter)
        rgba, boxes = _rotate_rgba(rgba, boxes, ang)
        items.append((rgba, boxes, s))
    gap = int(R.uniform(*gap_mm) * ppm)
    if arrangement == "row":
        W = sum(i[0].shape[1] for i in items) + gap * (len(items) - 1)
        H = max(i[0].shape[0] for i in items) + int(8 * ppm)
    else:
        W = max(i[0].shape[1] for i in items) + int(8 * ppm)
        H = sum(i[0].shape[0] for i in items) + gap * (len(items) - 1)
    plane = np.zeros((H, W, 4), np.uint8)
    boxes, regions, lam = [], [], []
    pos = 0
    for rgba, bx, s in items:
        h, w = rgba.shape[:2]
        if arrangement == "row":
            x, y = pos, int(R.uniform(0, H - h))
            pos += w + gap
        else:
            x, y = int(R.uniform(0, W - w)), pos
            pos += h + gap
        a = rgba[..., 3:4].astype(np.float32) / 255
        reg = plane[y:y + h, x:x + w].astype(np.float32)
        reg[..., :3] = reg[..., :3] * (1 - a) + rgba[..., :3] * a
        reg[..., 3:4] = np.maximum(reg[..., 3:4], rgba[..., 3:4])
        plane[y:y + h, x:x + w] = reg.astype(np.uint8)
        boxes += [(b[0] + x, b[1] + y, b[2] + x, b[3] + y) for b in bx]
        regions.append((x, y, x + w, y + h))
        if s.meta.get("laminate"):
            lam.append((x, y, x + w, y + h))
    return Plane(plane, boxes, regions, laminate=lam)


def single(sheet, R, ppm=None):
    rgba, boxes = _scale_sheet(sheet, ppm or sheet.ppm)
    h, w = rgba.shape[:2]
    lam = [(0, 0, w, h)] if sheet.meta.get("laminate") else []
    g = int(sheet.meta["gutter"] * (ppm or sheet.ppm)) if sheet.meta.get("gutter") else None
    return Plane(rgba, boxes, [(0, 0, w, h)], gutter=g, laminate=lam)


def booklet(left, right, cover, R, target="both", ppm=None):
    """An open booklet: left page, right page, the cover showing around them.
    `target` says which faces are documents ('both', 'left', 'right')."""
    ppm = ppm or left.ppm
    L, lb = _scale_sheet(left, ppm)
    Rt, rb = _scale_sheet(right, ppm)
    C, _ = _scale_sheet(cover, ppm)
    h = max(L.shape[0], Rt.shape[0])
    w = L.shape[1] + Rt.shape[1]
    m = int(2.5 * ppm)
    H, W = h + 2 * m, w + 2 * m
    plane = np.zeros((H, W, 4), np.uint8)
    cov = cv2.resize(C[..., :3], (W, H))
    plane[..., :3] = cov
    plane[..., 3] = _rounded_alpha(W, H, int(3 * ppm))
    plane[m:m + L.shape[0], m:m + L.shape[1], :3] = L[..., :3]
    x2 = m + L.shape[1]
    plane[m:m + Rt.shape[0], x2:x2 + Rt.shape[1], :3] = Rt[..., :3]
    # gutter shading
    xs = np.arange(W, dtype=np.float32)
    g = np.exp(-((xs - x2) / (0.035 * W)) ** 2) * 0.35
    plane[..., :3] = (plane[..., :3].astype(np.float32) * (1 - g[None, :, None])).astype(np.uint8)
    boxes, regions = [], []
    if target in ("both", "left"):
        boxes += [(b[0] + m, b[1] + m, b[2] + m, b[3] + m) for b in lb]
        regions.append((m, m, x2, m + L.shape[0]))
    if target in ("both", "right"):
        boxes += [(b[0] + x2, b[1] + m, b[2] + x2, b[3] + m) for b in rb]
        regions.append((x2, m, x2 + Rt.shape[1], m + Rt.shape[0]))
    return Plane(plane, boxes, regions, gutter=x2)


def a4_copy(sheets, R, ppm=8, arrangement=None, watermark=None):
    """Cards copied onto one A4 sheet (side by side or one above the other).
    Returns (Sheet-like image RGB, boxes, regions)."""
    from .gfx import Sheet
    page = Sheet(210, 297, ppm, bg=(250, 250, 248))
    arrangement = arrangement or R.choice(["col", "col", "grid"])
    boxes, regions = [], []
    n = len(sheets)
    for i, s in enumerate(sheets):
        rgba, bx = _scale_sheet(s, ppm)
        ang = R.uniform(-2.5, 2.5)
        rgba, bx = _rotate_rgba(rgba, bx, ang)
        h, w = rgba.shape[:2]
        if arrangement == "col" or n == 1:
            x = int((210 * ppm - w) / 2 + R.uniform(-10, 10) * ppm)
            y = int((40 + i * 80 + R.uniform(-5, 5)) * ppm) if n <= 3 else int((20 + i * 66) * ppm)
        else:
            x = int((15 + (i % 2) * 98 + R.uniform(-3, 3)) * ppm)
            y = int((45 + (i // 2) * 80 + R.uniform(-4, 4)) * ppm)
        a = rgba[..., 3:4].astype(np.float32) / 255
        arr = np.array(page.img)
        reg = arr[y:y + h, x:x + w].astype(np.float32)
        reg = reg * (1 - a[:reg.shape[0], :reg.shape[1]]) + rgba[:reg.shape[0], :reg.shape[1], :3] * a[:reg.shape[0], :reg.shape[1]]
        arr[y:y + h, x:x + w] = reg.astype(np.uint8)
        page.img = Image.fromarray(arr)
        boxes += [(b[0] + x, b[1] + y, b[2] + x, b[3] + y) for b in bx]
        regions.append((x, y, x + w, y + h))
    page.refresh()
    if watermark:
        _watermark(page, watermark, R)
    page.boxes = boxes
    page.meta["regions"] = regions
    return page


def _watermark(page, text, R):
    from .gfx import font
    lay = Image.new("L", page.img.size, 0)
    dr = ImageDraw.Draw(lay)
    f = font("sans", page.px(9))
    for k in range(4):
        dr.text((page.px(20), page.px(60 + k * 60)), text, font=f, fill=255)
    lay = lay.rotate(R.uniform(-35, 35), resample=Image.BICUBIC, center=(lay.width / 2, lay.height / 2))
    col = np.array(R.choice([(220, 60, 60), (60, 90, 200), (120, 120, 120)]), np.float32)
    m = np.asarray(lay, np.float32)[..., None] / 255 * R.uniform(0.22, 0.35)
    a = np.asarray(page.img, np.float32)
    a = a * (1 - m) + col * m
    page.img = Image.fromarray(a.astype(np.uint8))
    page.refresh()


# ---------------------------------------------------------------- backgrounds

def _lf(n, h, w, cells):
    a = n.uniform(0, 1, (max(2, int(h / w * cells)), max(2, cells))).astype(np.float32)
    return cv2.resize(a, (w, h), interpolation=cv2.INTER_CUBIC)


def background(kind, W, H, n):
    h, w = H // 4, W // 4
    yy, xx = np.mgrid[0:h, 0:w].astype(np.float32)
    if kind == "wood":
        pal = [[(150, 102, 62), (112, 72, 40)], [(186, 140, 92), (140, 98, 58)], [(105, 68, 40), (70, 44, 26)],
               [(196, 160, 118), (160, 120, 80)]][int(n.integers(0, 4))]
        c1, c2 = np.array(pal[0], np.float32), np.array(pal[1], np.float32)
        ang = n.uniform(-0.35, 0.35) + (0 if n.uniform() < 0.5 else np.pi / 2)
        u = xx * math.cos(ang) - yy * math.sin(ang)
        v = xx * math.sin(ang) + yy * math.cos(ang)
        warp = _lf(n, h, w, 3) * n.uniform(25, 60) + _lf(n, h, w, 12) * 4
        rings = (v + warp) * n.uniform(0.035, 0.07)
        fr = rings - np.floor(rings)
        ring = np.clip(np.abs(fr - 0.5) * 2, 0, 1) ** 3
        streak_n = int(abs(h * math.cos(ang)) + abs(w * math.sin(ang))) + abs(int(min(v.min(), 0))) + 8
        streak = cv2.GaussianBlur(n.uniform(0, 1, (streak_n, 1)).astype(np.float32), (1, 0), 0.8)[:, 0]
        vi = np.clip((v - v.min()).astype(np.int32), 0, streak_n - 1)
        t = 0.55 * ring + 0.3 * streak[vi] + 0.15 * _lf(n, h, w, 8)
        img = c1 * (1 - t[..., None]) + c2 * t[..., None]
        pw = n.uniform(w * 0.22, w * 0.45)
        seam = (np.abs((u - u.min()) % pw) < 1.2).astype(np.float32)
        img *= (1 - 0.45 * seam)[..., None]
    elif kind == "bed":
        base = np.array([[235, 235, 238], [215, 228, 240], [240, 222, 225], [225, 232, 220], [240, 236, 222]][int(n.integers(0, 5))], np.float32)
        folds = _lf(n, h, w, 4) * 0.6 + _lf(n, h, w, 9) * 0.4
        t = 0.78 + 0.3 * folds
        img = base[None, None, :] * t[..., None]
        if n.uniform() < 0.6:
            # a small printed pattern
            step = int(n.integers(18, 36))
            col = np.array([n.integers(120, 220), n.integers(120, 220), n.integers(120, 220)], np.float32)
            mask = np.zeros((h, w), np.uint8)
            for y in range(0, h, step):
                for x in range((y // step % 2) * step // 2, w, step):
                    cv2.circle(mask, (x, y), max(2, step // 6), 255, -1)
            mk = mask.astype(np.float32)[..., None] / 255 * 0.6
            img = img * (1 - mk) + col * t[..., None] * mk
    elif kind == "sofa":
        base = np.array([[90, 90, 95], [110, 85, 70], [50, 60, 85], [85, 100, 80], [150, 140, 125]][int(n.integers(0, 5))], np.float32)
        t = 0.8 + 0.35 * _lf(n, h, w, 5)
        weave = 0.94 + 0.06 * np.sin(xx * 1.9) * np.sin(yy * 1.9)
        img = base[None, None, :] * (t * weave)[..., None]
        # cushion seam
        sy = int(n.uniform(0.2, 0.8) * h)
        img[max(0, sy - 3):sy + 3] *= 0.6
    elif kind == "cloth":
        c1 = np.array([[200, 40, 40], [40, 70, 160], [40, 120, 60], [220, 150, 40]][int(n.integers(0, 4))], np.float32)
        c2 = np.array([245, 245, 240], np.float32)
        ang = n.uniform(-0.4, 0.4)
        u = xx * math.cos(ang) - yy * math.sin(ang)
        v = xx * math.sin(ang) + yy * math.cos(ang)
        f = n.uniform(0.06, 0.14)
        a = (np.sin(u * f) > 0).astype(np.float32)
        b = (np.sin(v * f) > 0).astype(np.float32)
        mix = (a + b) / 2
        img = c2 * (1 - mix[..., None] * 0.85) + c1 * mix[..., None] * 0.85
        img *= (0.8 + 0.3 * _lf(n, h, w, 4))[..., None]
    elif kind == "room":
        wall = np.array([n.integers(175, 225)] * 3, np.float32) * np.array([1, 0.98, n.uniform(0.88, 0.97)])
        floor = np.array([n.integers(80, 140)] * 3, np.float32) * np.array([1, n.uniform(0.8, 0.9), n.uniform(0.65, 0.8)])
        hz = n.uniform(0.35, 0.7) * h
        t = np.clip((yy - hz) / (0.08 * h), 0, 1)[..., None]
        img = wall * (1 - t) + floor * t
        for _ in range(4):
            x0, y0 = int(n.uniform(-0.1, 0.9) * w), int(n.uniform(0.1, 0.9) * h)
            x1, y1 = x0 + int(n.uniform(w * 0.15, w * 0.45)), y0 + int(n.uniform(h * 0.1, h * 0.4))
            g = n.uniform(50, 190)
            col = np.array([g, g * n.uniform(0.85, 1.0), g * n.uniform(0.7, 0.95)])
            cv2.rectangle(img, (x0, y0), (x1, y1), col.tolist(), -1)
        img = cv2.GaussianBlur(img, (0, 0), w / 25)
    else:  # desk laminate
        base = np.array([[232, 232, 230], [205, 205, 208], [180, 175, 170], [240, 238, 232]][int(n.integers(0, 4))], np.float32)
        img = base[None, None, :] * (0.9 + 0.12 * _lf(n, h, w, 6))[..., None]
        if n.uniform() < 0.6:
            # a pen lying there
            x0, y0 = n.uniform(0.05, 0.9) * w, n.uniform(0.05, 0.9) * h
            a = n.uniform(0, np.pi)
            L = n.uniform(0.15, 0.25) * w
            p1 = (int(x0), int(y0))
            p2 = (int(x0 + L * math.cos(a)), int(y0 + L * math.sin(a)))
            cv2.line(img, p1, p2, n.uniform(10, 120, 3).tolist(), max(2, w // 200))
    img = cv2.resize(np.clip(img, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    return img


# ---------------------------------------------------------------- geometry

def _camera_quad(w, h, W, H, fill, tilt, rot, n, center_jit=0.25):
    s = math.sqrt(fill * W * H / (w * h))
    ax = n.uniform(0, 2 * math.pi)
    tx, ty = math.radians(tilt) * math.cos(ax), math.radians(tilt) * math.sin(ax)
    rz = math.radians(rot)
    Rx = np.array([[1, 0, 0], [0, math.cos(tx), -math.sin(tx)], [0, math.sin(tx), math.cos(tx)]])
    Ry = np.array([[math.cos(ty), 0, math.sin(ty)], [0, 1, 0], [-math.sin(ty), 0, math.cos(ty)]])
    Rz = np.array([[math.cos(rz), -math.sin(rz), 0], [math.sin(rz), math.cos(rz), 0], [0, 0, 1]])
    Rm = Rx @ Ry @ Rz
    f = 0.85 * max(W, H)
    corners = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float64)
    P = np.c_[(corners[:, 0] - w / 2) * s, (corners[:, 1] - h / 2) * s, np.zeros(4)]
    P = P @ Rm.T
    P[:, 2] += f
    q = np.c_[f * P[:, 0] / P[:, 2], f * P[:, 1] / P[:, 2]]
    # fit into the frame with a margin, then place
    bw, bh = q[:, 0].max() - q[:, 0].min(), q[:, 1].max() - q[:, 1].min()
    k = min(1.0, 0.94 * W / bw, 0.94 * H / bh)
    q = q * k
    bw, bh = bw * k, bh * k
    cx = W / 2 + n.uniform(-1, 1) * max(0, (W - bw) / 2 - 0.02 * W) * center_jit * 2
    cy = H / 2 + n.uniform(-1, 1) * max(0, (H - bh) / 2 - 0.02 * H) * center_jit * 2
    q[:, 0] += cx - (q[:, 0].max() + q[:, 0].min()) / 2
    q[:, 1] += cy - (q[:, 1].max() + q[:, 1].min()) / 2
    return q.astype(np.float32)


def _curl(rgba, amp, gutter, n):
    """Bend the plane: lines bow (a warp, not only a keystone), shade the bend."""
    h, w = rgba.shape[:2]
    pad = int(abs(amp)) + 4
    rgba = cv2.copyMakeBorder(rgba, pad, pad, 0, 0, cv2.BORDER_CONSTANT, value=(0, 0, 0, 0))
    H = h + 2 * pad
    xs = np.arange(w, dtype=np.float32)
    if gutter is not None:
        bend = np.exp(-np.abs(xs - gutter) / (0.22 * w))
    else:
        ph = n.uniform(-0.3, 0.3)
        bend = np.sin(np.pi * (xs / w) + ph) ** 2
    ys = np.arange(H, dtype=np.float32)
    rel = (ys - H / 2) / (h / 2)
    dy = amp * bend[None, :] * rel[:, None]
    # slight horizontal compression near the bend
    dx = -amp * 0.15 * np.gradient(bend)[None, :] * w * 0.05
    mapx = (xs[None, :] + dx).astype(np.float32) * np.ones((H, 1), np.float32)
    mapy = (ys[:, None] - dy).astype(np.float32)
    out = cv2.remap(rgba, mapx, mapy, cv2.INTER_LINEAR, borderValue=(0, 0, 0, 0))
    shade = 1 - 0.18 * np.abs(np.gradient(bend)) * w / 3
    shade = np.clip(shade, 0.75, 1.0)
    out[..., :3] = (out[..., :3].astype(np.float32) * shade[None, :, None]).astype(np.uint8)
    return out, pad


def _inside_boxes(poly_plane, boxes, margin=4):
    """Does a polygon (plane coords) intersect any value box?"""
    if len(poly_plane) == 0:
        return False
    x0, y0 = poly_plane[:, 0].min(), poly_plane[:, 1].min()
    x1, y1 = poly_plane[:, 0].max(), poly_plane[:, 1].max()
    mask_w, mask_h = int(x1 - x0) + 3, int(y1 - y0) + 3
    if mask_w <= 0 or mask_h <= 0 or mask_w * mask_h > 4e7:
        return True
    m = np.zeros((mask_h, mask_w), np.uint8)
    cv2.fillPoly(m, [np.round(poly_plane - [x0, y0]).astype(np.int32)], 1)
    for (a, b, c, d) in boxes:
        a, b, c, d = a - margin, b - margin, c + margin, d + margin
        ia, ib = int(max(a, x0) - x0), int(max(b, y0) - y0)
        ic, id_ = int(min(c, x1) - x0), int(min(d, y1) - y0)
        if ic > ia and id_ > ib and m[ib:id_, ia:ic].any():
            return True
    return False


# ---------------------------------------------------------------- occluders

SKIN = [(224, 172, 140), (205, 150, 118), (236, 190, 160), (190, 135, 105), (215, 165, 130)]


def _finger_poly(p0, p1, r0, r1, steps=10):
    """Tapered capsule polygon from base p0 (radius r0) to tip p1 (radius r1)."""
    p0, p1 = np.asarray(p0, np.float64), np.asarray(p1, np.float64)
    d = p1 - p0
    L = np.linalg.norm(d) + 1e-6
    u = d / L
    nv = np.array([-u[1], u[0]])
    left = [p0 + nv * r0, p1 + nv * r1]
    arc = [p1 + r1 * (math.cos(t) * nv + math.sin(t) * u) for t in np.linspace(0, math.pi, steps)]
    right = [p1 - nv * r1, p0 - nv * r0]
    return np.array(left + arc + right, np.float32)


def _draw_finger(img, p0, p1, r, skin, n, nail=True, taper=1.3):
    """Paint a finger/thumb from base p0 to tip p1 with shading, nail and a soft shadow.
    Works on a cropped region only."""
    H, W = img.shape[:2]
    r0 = r * taper
    poly = _finger_poly(p0, p1, r0, r)
    off = np.array([r * 0.3, r * 0.4], np.float32)
    allp = np.vstack([poly, poly + off])
    x0 = int(max(0, allp[:, 0].min() - 2 * r))
    y0 = int(max(0, allp[:, 1].min() - 2 * r))
    x1 = int(min(W, allp[:, 0].max() + 2 * r))
    y1 = int(min(H, allp[:, 1].max() + 2 * r))
    if x1 <= x0 + 2 or y1 <= y0 + 2:
        return
    sub = img[y0:y1, x0:x1].astype(np.float32)
    full = sub.shape[:2]
    ds = 2 if max(full) > 500 else 1
    sh = (full[0] // ds, full[1] // ds)
    poly = poly / ds
    off = off / ds
    r, r0 = r / ds, r0 / ds
    p0 = (np.asarray(p0, np.float32) - [x0, y0]) / ds + [0, 0]
    p1 = (np.asarray(p1, np.float32) - [x0, y0]) / ds + [0, 0]
    x0s, y0s = 0, 0
    loc = poly - np.array([x0, y0], np.float32) / ds
    sm = np.zeros(sh, np.float32)
    cv2.fillPoly(sm, [np.round(loc + off).astype(np.int32)], 1.0, lineType=cv2.LINE_AA)
    sm = cv2.GaussianBlur(sm, (0, 0), max(1.0, r * 0.35))
    shadow_gain = (1 - 0.5 * sm)
    m = np.zeros(sh, np.float32)
    cv2.fillPoly(m, [np.round(loc).astype(np.int32)], 1.0, lineType=cv2.LINE_AA)
    m = cv2.GaussianBlur(m, (0, 0), max(0.8, r * 0.03))
    q0 = np.array(p0, np.float32)
    q1 = np.array(p1, np.float32)
    d = q1 - q0
    L = float(np.linalg.norm(d)) + 1e-6
    nrm = np.array([-d[1], d[0]], np.float32) / L
    yy, xx = np.mgrid[0:sh[0], 0:sh[1]].astype(np.float32)
    along = ((xx - q0[0]) * d[0] + (yy - q0[1]) * d[1]) / L
    rl = r0 + (r - r0) * np.clip(along / L, 0, 1)
    across = ((xx - q0[0]) * nrm[0] + (yy - q0[1]) * nrm[1]) / rl
    shade = 0.55 + 0.45 * np.cos(np.clip(across, -1.3, 1.3) * 1.2)
    col = np.array(skin, np.float32)[None, None, :] * shade[..., None]
    # knuckle crease
    crease = np.exp(-((along - L * 0.55) / (r * 0.08)) ** 2) * (np.abs(across) < 0.8)
    col *= (1 - 0.18 * crease)[..., None]
    if nail:
        tipd = L - along
        nm = ((np.abs(across) < 0.58) & (tipd > r * 0.12) & (tipd < r * 1.35)).astype(np.float32)
        nm = cv2.GaussianBlur(nm, (0, 0), max(1.0, r * 0.08))
        nailc = np.array([min(255, skin[0] + 28), min(255, skin[1] + 22), min(255, skin[2] + 30)], np.float32)
        col = col * (1 - 0.75 * nm[..., None]) + nailc * (0.8 + 0.3 * shade[..., None]) * 0.75 * nm[..., None]
    if ds > 1:
        m = cv2.resize(m, (full[1], full[0]), interpolation=cv2.INTER_LINEAR)
        col = cv2.resize(col, (full[1], full[0]), interpolation=cv2.INTER_LINEAR)
        shadow_gain = cv2.resize(shadow_gain, (full[1], full[0]), interpolation=cv2.INTER_LINEAR)
    sub = sub * shadow_gain[..., None]
    sub = sub * (1 - m[..., None]) + col * m[..., None]
    img[y0:y1, x0:x1] = np.clip(sub, 0, 255).astype(np.uint8)


def _draw_palm(img, c, ax, ay, ang, skin):
    H, W = img.shape[:2]
    r = int(max(ax, ay)) + 10
    x0, y0 = int(max(0, c[0] - r)), int(max(0, c[1] - r))
    x1, y1 = int(min(W, c[0] + r)), int(min(H, c[1] + r))
    if x1 <= x0 + 4 or y1 <= y0 + 4:
        return
    sh = ((y1 - y0) // 4 + 1, (x1 - x0) // 4 + 1)
    m = np.zeros(sh, np.float32)
    cv2.ellipse(m, (int((c[0] - x0) / 4), int((c[1] - y0) / 4)), (int(ax / 4), int(ay / 4)), ang, 0, 360, 1.0, -1)
    m = cv2.GaussianBlur(m, (0, 0), 3)
    shade = np.clip(cv2.GaussianBlur(m, (0, 0), 8) * 1.3, 0, 1)
    m = cv2.resize(m, (x1 - x0, y1 - y0))
    shade = cv2.resize(shade, (x1 - x0, y1 - y0))
    sub = img[y0:y1, x0:x1].astype(np.float32)
    col = np.array(skin, np.float32)[None, None, :] * (0.6 + 0.4 * shade[..., None])
    sub = sub * (1 - m[..., None]) + col * m[..., None]
    img[y0:y1, x0:x1] = np.clip(sub, 0, 255).astype(np.uint8)


def _ray_to_frame(p, q, W, H):
    """Extend from p through q to just outside the frame."""
    d = np.asarray(q, np.float64) - np.asarray(p, np.float64)
    L = np.linalg.norm(d) + 1e-6
    d /= L
    ts = []
    for lim, comp, pos in ((0, 0, p[0]), (W, 0, p[0]), (0, 1, p[1]), (H, 1, p[1])):
        if abs(d[comp]) > 1e-6:
            t = (lim - pos) / d[comp]
            if t > 0:
                ts.append(t)
    t = min(ts) if ts else L
    return np.asarray(p) + d * (t + 0.05 * max(W, H))


def photo(plane: Plane, R, mp=12, portrait=None, bg=None, fill=None, tilt=None, rot=None, curl=0.0,
          thumb=False, held=False, glare=False, shadow=False, light="day", blur="soft", protect=True):
    """Render a phone photo of the plane. Returns (PIL RGB image, info dict)."""
    n = R.n
    ph, pw = plane.rgba.shape[:2]
    if portrait is None:
        portrait = ph >= pw
    work = 8 if mp <= 8 else 12
    W, H = FRAMES[work]
    if portrait:
        W, H = H, W
    bg = bg or R.choice(["wood", "bed", "sofa", "cloth", "desk"])
    if held:
        bg = "room"
    img = background(bg, W, H, n)
    fill = fill if fill is not None else R.uniform(0.2, 0.6)
    tilt = tilt if tilt is not None else R.uniform(3, 25)
    rot = rot if rot is not None else R.uniform(-10, 10)
    rgba = plane.rgba
    boxes = list(plane.boxes)
    pad = 0
    if curl:
        amp = curl * ph * R.choice([-1, 1])
        rgba, pad = _curl(rgba, amp, plane.gutter, n)
        boxes = [(a, b + pad, c, d + pad) for (a, b, c, d) in boxes]
    h, w = rgba.shape[:2]
    q = _camera_quad(w, h, W, H, fill, tilt, rot, n)
    src = np.array([[0, 0], [w, 0], [w, h], [0, h]], np.float32)
    M = cv2.getPerspectiveTransform(src, q)
    Minv = np.linalg.inv(M)
    skin = R.choice(SKIN)
    hold = None
    if held:
        # the palm under the lower edge of the page, reaching out of the frame
        edge = R.choice(["bottom", "bottom", "left", "right"])
        a_, b_ = {"bottom": ((0.5 + R.uniform(-0.25, 0.25)) * w, h * 0.97),
                  "left": (w * 0.03, (0.55 + R.uniform(-0.2, 0.2)) * h),
                  "right": (w * 0.97, (0.55 + R.uniform(-0.2, 0.2)) * h)}[edge]
        pe = cv2.perspectiveTransform(np.array([[[a_, b_]]], np.float32), M)[0, 0]
        out_ = {"bottom": (a_, h * 1.5), "left": (-0.5 * w, b_), "right": (1.5 * w, b_)}[edge]
        po = cv2.perspectiveTransform(np.array([[out_]], np.float32), M)[0, 0]
        c = pe + (po - pe) * 0.45
        ang = math.degrees(math.atan2(po[1] - pe[1], po[0] - pe[0]))
        size = 0.16 * math.sqrt(fill * W * H)
        _draw_palm(img, c, size * 2.2, size * 1.2, ang, skin)
        hold = (edge, a_ / w, b_ / h)
    # premultiplied colour and alpha warped separately, composited in uint8
    alpha = np.ascontiguousarray(rgba[..., 3])
    rgb = np.ascontiguousarray(rgba[..., :3])
    prem = cv2.multiply(rgb, cv2.merge([alpha, alpha, alpha]), scale=1 / 255)
    fg = cv2.warpPerspective(prem, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    a = cv2.warpPerspective(alpha, M, (W, H), flags=cv2.INTER_LINEAR, borderValue=0)
    a_small = cv2.resize(a, (W // 8, H // 8), interpolation=cv2.INTER_AREA).astype(np.float32) * (1 / 255)
    inv = cv2.subtract(255, a) if False else (255 - a)
    img = cv2.add(cv2.multiply(img, cv2.merge([inv, inv, inv]), scale=1 / 255), fg)
    del fg, a, inv, prem
    info = {"quad": q, "M": M, "W": W, "H": H, "pad": pad}
    if thumb or held:
        _place_thumb(img, R, M, Minv, w, h, boxes, fill, W, H, protect, skin, hold)
    # light: gain map (vignette, lamp, evening) and the phone's shadow, all at 1/8 res
    gh, gw = H // 8, W // 8
    yy, xx = np.mgrid[0:gh, 0:gw].astype(np.float32)
    lx, ly = R.uniform(0, gw), R.uniform(0, gh)
    dist = np.sqrt((xx - lx) ** 2 + (yy - ly) ** 2) / max(gw, gh)
    if light == "warm_dim":
        gain = 0.78 - 0.35 * dist
        tint = np.array([1.0, 0.84, 0.62], np.float32)
    elif light == "lamp":
        gain = 1.08 - 0.5 * dist
        tint = np.array([1.0, 0.93, 0.82], np.float32)
    elif light == "flash":
        dist = np.sqrt((xx - gw / 2) ** 2 + (yy - gh / 2) ** 2) / max(gw, gh)
        gain = 1.12 - 0.55 * dist
        tint = np.array([1.0, 1.0, 1.02], np.float32)
    else:
        gain = 1.02 - 0.2 * dist
        tint = np.array([R.uniform(0.97, 1.02), 1.0, R.uniform(0.95, 1.03)], np.float32)
    if shadow:
        sm = np.zeros((gh, gw), np.float32)
        side = R.randint(0, 3)
        cx, cy = [(0, gh * R.uniform(0.2, 0.8)), (gw, gh * R.uniform(0.2, 0.8)),
                  (gw * R.uniform(0.2, 0.8), 0), (gw * R.uniform(0.2, 0.8), gh)][side]
        cv2.ellipse(sm, (int(cx), int(cy)), (int(gw * R.uniform(0.25, 0.45)), int(gh * R.uniform(0.3, 0.55))),
                    R.uniform(0, 180), 0, 360, 1.0, -1)
        sm = cv2.GaussianBlur(sm, (0, 0), gw / 30)
        gain = gain * (1 - R.uniform(0.25, 0.42) * sm)
    if not held:
        # drop shadow of the object on the surface, folded into the gain (outside the object only)
        sh = cv2.GaussianBlur(a_small, (0, 0), max(1.0, W / 2400))
        sh = np.roll(sh, (1, 1), axis=(0, 1))
        gain = gain * (1 - 0.35 * sh * (1 - np.clip(a_small * 1.2, 0, 1)))
    gain = np.clip(gain, 0.3, 1.25).astype(np.float32)
    g3 = np.dstack([gain * tint[0], gain * tint[1], gain * tint[2]])
    g3 = cv2.resize(np.clip(g3 * 200, 0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)
    img = cv2.multiply(img, g3, scale=1 / 200)
    del g3
    if glare:
        _place_glare(img, R, M, Minv, w, h, boxes, plane, W, H, protect)
    if blur == "motion":
        L = max(2, int(R.uniform(4, 9) * W / 4032))
        k = np.zeros((L * 2 + 1, L * 2 + 1), np.float32)
        ang = R.uniform(0, math.pi)
        cv2.line(k, (L - int(L * math.cos(ang)), L - int(L * math.sin(ang))),
                 (L + int(L * math.cos(ang)), L + int(L * math.sin(ang))), 1.0, 1)
        k /= k.sum()
        img = cv2.filter2D(img, -1, k)
    elif blur == "soft":
        img = cv2.GaussianBlur(img, (0, 0), R.uniform(0.5, 1.1) * W / 4032)
    sigma = 5.5 if light == "warm_dim" else 2.6
    noise = np.clip(n.normal(128, sigma, (H // 2, W // 2)), 0, 255).astype(np.uint8)
    noise = cv2.resize(noise, (W, H), interpolation=cv2.INTER_LINEAR)
    img = cv2.addWeighted(img, 1.0, cv2.merge([noise, noise, noise]), 1.0, -128)
    out = Image.fromarray(img)
    del img
    fw, fh = FRAMES[mp]
    if portrait:
        fw, fh = fh, fw
    if (fw, fh) != (W, H):
        out = out.resize((fw, fh), Image.BICUBIC)
    info["scale"] = fw / W
    return out, info


def _place_thumb(img, R, M, Minv, w, h, boxes, fill, W, H, protect, skin, hold=None):
    n = R.n
    for attempt in range(40):
        if hold is not None and attempt < 25:
            edge = hold[0]
            t = (hold[1] if edge == "bottom" else hold[2]) + R.uniform(-0.08, 0.08)
        else:
            edge = R.choice(["left", "right", "bottom", "top", "corner"])
            t = R.uniform(0.08, 0.92)
        depth = R.uniform(0.025, 0.07)
        if edge == "left":
            tip, out = (w * depth, h * t), (-0.3 * w, h * t + R.uniform(0.0, 0.15) * h)
        elif edge == "right":
            tip, out = (w * (1 - depth), h * t), (1.3 * w, h * t + R.uniform(0.0, 0.15) * h)
        elif edge == "bottom":
            tip, out = (w * t, h * (1 - depth)), (w * t + R.uniform(-0.15, 0.15) * w, 1.3 * h)
        elif edge == "top":
            tip, out = (w * t, h * depth), (w * t + R.uniform(-0.15, 0.15) * w, -0.3 * h)
        else:
            cx_, cy_ = R.choice([(0, 0), (w, 0), (0, h), (w, h)])
            tip = (cx_ + (0.05 * w if cx_ == 0 else -0.05 * w), cy_ + (0.04 * h if cy_ == 0 else -0.04 * h))
            out = (cx_ + (-0.3 * w if cx_ == 0 else 0.3 * w), cy_ + (-0.25 * h if cy_ == 0 else 0.25 * h))
        p_tip = cv2.perspectiveTransform(np.array([[tip]], np.float32), M)[0, 0]
        p_dir = cv2.perspectiveTransform(np.array([[out]], np.float32), M)[0, 0]
        r = 0.045 * math.sqrt(fill * W * H) * R.uniform(0.85, 1.15)
        length = r * R.uniform(4.5, 6.0)
        d = p_dir - p_tip
        d = d / (np.linalg.norm(d) + 1e-6)
        p_base = p_tip + d * length
        poly = _finger_poly(p_base, p_tip, r * 1.3, r)
        pp = cv2.perspectiveTransform(poly[None], Minv)[0]
        if protect and _inside_boxes(pp, boxes, margin=int(0.008 * w)):
            continue
        # the rest of the hand continues out of the frame
        far = _ray_to_frame(p_tip, p_base, W, H)
        _draw_finger(img, far, p_base + (p_base - p_tip) * 0.05, r * 1.45, skin, n, nail=False, taper=1.25)
        _draw_finger(img, p_base, p_tip, r, skin, n, taper=1.3)
        return True
    return False


def _place_glare(img, R, M, Minv, w, h, boxes, plane, W, H, protect):
    lam = plane.laminate
    for attempt in range(30):
        if lam:
            x0, y0, x1, y1 = R.choice(lam)
            c = (R.uniform(x0, x1), R.uniform(y0, y1))
            size = 0.35 * (x1 - x0)
            strength = R.uniform(0.45, 0.7)
        else:
            c = (R.uniform(0.1, 0.9) * w, R.uniform(0.1, 0.9) * h)
            size = R.uniform(0.12, 0.25) * w
            strength = R.uniform(0.3, 0.5)
        ell = cv2.ellipse2Poly((int(c[0]), int(c[1])), (int(size * 0.5), int(size * 0.28)), int(R.uniform(0, 180)), 0, 360, 20)
        if protect and _inside_boxes(ell.astype(np.float32), boxes, margin=2):
            continue
        pc = cv2.perspectiveTransform(ell.astype(np.float32)[None], M)[0]
        bx0, by0 = int(max(0, pc[:, 0].min() - size)), int(max(0, pc[:, 1].min() - size))
        bx1, by1 = int(min(W, pc[:, 0].max() + size)), int(min(H, pc[:, 1].max() + size))
        if bx1 <= bx0 + 4 or by1 <= by0 + 4:
            continue
        m = np.zeros(((by1 - by0) // 4 + 1, (bx1 - bx0) // 4 + 1), np.float32)
        cv2.fillPoly(m, [np.round((pc - [bx0, by0]) / 4).astype(np.int32)], 1.0)
        m = cv2.GaussianBlur(m, (0, 0), max(2, size / 4 / 8))
        m = cv2.resize(m, (bx1 - bx0, by1 - by0))
        sub = img[by0:by1, bx0:bx1].astype(np.float32)
        sub += (255 - sub) * (m * strength)[..., None]
        img[by0:by1, bx0:bx1] = np.clip(sub, 0, 255).astype(np.uint8)
        return True
    return False


# ---------------------------------------------------------------- flat captures

def _to_float(img):
    return np.asarray(img.convert("RGB"), np.float32)


def _noise_u8(img, n, sigma):
    H, W = img.shape[:2]
    nz = np.clip(n.normal(128, sigma, (H // 2 + 1, W // 2 + 1)), 0, 255).astype(np.uint8)
    nz = cv2.resize(nz, (W, H), interpolation=cv2.INTER_NEAREST)
    if img.ndim == 3:
        nz = cv2.merge([nz, nz, nz])
    return cv2.addWeighted(img, 1.0, nz, 1.0, -128)


def scan(sheet_img: Image.Image, R, dpi=None, grey=False, size_mm=None, book=False):
    """Flatbed scan. sheet_img is at its own ppm; size_mm gives its physical size."""
    dpi = dpi or R.choice([150, 200, 200, 300])
    ppm = dpi / 25.4
    w_mm, h_mm = size_mm
    bed_w, bed_h = max(210, w_mm + 4), max(297, h_mm + 4)
    if w_mm > h_mm and w_mm > 215:
        bed_w, bed_h = max(297, w_mm + 4), max(210, h_mm + 4)
    W, H = int(bed_w * ppm), int(bed_h * ppm)
    bedv = int(R.uniform(236, 250))
    src = np.asarray(sheet_img.convert("RGB"))
    w, h = int(w_mm * ppm), int(h_mm * ppm)
    im = cv2.resize(src, (w, h), interpolation=cv2.INTER_AREA if w < src.shape[1] else cv2.INTER_CUBIC)
    ang = R.uniform(-1.2, 1.2)
    Mr = cv2.getRotationMatrix2D((w / 2, h / 2), ang, 1)
    x0 = int(R.uniform(1, max(2, (bed_w - w_mm) * ppm * 0.5))) if bed_w - w_mm > 8 else int(ppm)
    y0 = int(R.uniform(1, max(2, (bed_h - h_mm) * ppm * 0.4))) if bed_h - h_mm > 8 else int(ppm)
    Mr[0, 2] += x0
    Mr[1, 2] += y0
    out = cv2.warpAffine(im, Mr, (W, H), flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_CONSTANT,
                         borderValue=(bedv, bedv, bedv))
    pts = cv2.transform(np.array([[[0, 0], [w, 0], [w, h], [0, h]]], np.float32), Mr)
    cv2.polylines(out, [np.round(pts).astype(np.int32)], True, (bedv - 70,) * 3, max(1, int(ppm / 8)), cv2.LINE_AA)
    if book:
        g = np.linspace(0, 1, 64, dtype=np.float32)
        prof = np.exp(-((g if R.chance(0.5) else 1 - g) / 0.06)) * 0.5
        gm = cv2.resize(np.clip((1 - prof) * 200, 0, 255).astype(np.uint8)[None, :], (W, H))
        out = cv2.multiply(out, cv2.merge([gm, gm, gm]), scale=1 / 200)
    out = cv2.convertScaleAbs(out, alpha=R.uniform(0.97, 1.02), beta=R.uniform(-4, 3))
    out = _noise_u8(out, R.n, 1.8)
    img = Image.fromarray(out)
    if grey:
        img = img.convert("L").convert("RGB")
    return img, dpi


def photocopy(img: Image.Image, R, fold=True):
    a = np.asarray(img.convert("L"))
    h, w = a.shape
    alpha = 1.25 * R.uniform(0.86, 0.93)
    beta = -40 * alpha + R.uniform(5, 15)
    a = cv2.convertScaleAbs(a, alpha=alpha, beta=beta)
    # uneven toner / drum, fold band: one small gain map
    lf = cv2.resize(R.n.uniform(0.9, 1.05, (6, 6)).astype(np.float32), (64, 64), interpolation=cv2.INTER_CUBIC)
    if fold:
        g = np.linspace(0, 1, 64, dtype=np.float32)
        c = R.uniform(0.35, 0.65)
        prof = np.exp(-((g - c) / 0.02) ** 2) * R.uniform(0.3, 0.55)
        lf = lf * ((1 - prof)[None, :] if R.chance(0.5) else (1 - prof)[:, None])
    gm = cv2.resize(np.clip(lf * 200, 0, 255).astype(np.uint8), (w, h), interpolation=cv2.INTER_LINEAR)
    a = cv2.multiply(a, gm, scale=1 / 200)
    sp = R.n.uniform(0, 1, (h // 2, w // 2)) < R.uniform(0.0004, 0.0015)
    ys, xs = np.nonzero(sp)
    a[ys * 2, xs * 2] = int(R.uniform(20, 80))
    a = cv2.GaussianBlur(a, (0, 0), 0.6)
    a = _noise_u8(a, R.n, 3)
    return Image.fromarray(a).convert("RGB")


def bilevel(img: Image.Image, R):
    """Office B/W scan with red drop-out: thresholds the red channel."""
    a = np.asarray(img.convert("RGB"))[..., 0]
    a = cv2.GaussianBlur(a, (0, 0), 0.5)
    bs = int(max(15, (a.shape[1] // 40) | 1))
    th = cv2.adaptiveThreshold(a, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY, bs, R.randint(12, 18))
    return Image.fromarray(th).convert("1")


def lowres(img: Image.Image, R, size_mm):
    dpi = R.uniform(92, 110)
    W = int(size_mm[0] / 25.4 * dpi)
    H = int(size_mm[1] / 25.4 * dpi)
    out = img.convert("RGB").resize((W, H), Image.BILINEAR)
    return out


def chat(img: Image.Image, R):
    long_side = R.choice([1280, 1440, 1600])
    w, h = img.size
    k = long_side / max(w, h)
    if k < 1:
        img = img.resize((int(w * k), int(h * k)), Image.LANCZOS)
    return img


def scanapp(scene: Image.Image, quad_scene, page_size_mm, R, dark_edge=None):
    """Scanner-app auto-crop of a photo: de-skew to the page quad, sometimes a bit off
    (leaving a dark edge of the background or cutting a margin), and its filter."""
    q = np.array(quad_scene, np.float32)
    c = q.mean(axis=0)
    side = np.linalg.norm(q[1] - q[0])
    dark_edge = R.chance(0.5) if dark_edge is None else dark_edge
    err = []
    for p in q:
        v = (p - c) / (np.linalg.norm(p - c) + 1e-6)
        if dark_edge:
            k = R.uniform(0.0, 0.035)
        else:
            k = R.uniform(-0.008, 0.012)
        err.append(p + v * k * side + R.n.normal(0, 0.004 * side, 2))
    q2 = np.array(err, np.float32)
    ppm = R.choice([6.0, 7.0, 8.0])
    W, H = int(page_size_mm[0] * ppm), int(page_size_mm[1] * ppm)
    dst = np.array([[0, 0], [W, 0], [W, H], [0, H]], np.float32)
    M = cv2.getPerspectiveTransform(q2, dst)
    a = cv2.warpPerspective(np.asarray(scene.convert("RGB")), M, (W, H), flags=cv2.INTER_AREA if False else cv2.INTER_LINEAR,
                            borderMode=cv2.BORDER_REPLICATE)
    mode = R.choice(["original", "enhance", "enhance", "grey"])
    af = a.astype(np.float32)
    if mode in ("enhance", "grey"):
        bgest = cv2.GaussianBlur(cv2.resize(af, (W // 8, H // 8)), (0, 0), 6)
        bgest = cv2.resize(bgest, (W, H))
        af = np.clip(af / np.maximum(bgest, 30) * 245, 0, 255)
        af = np.clip((af - 30) * 1.12, 0, 255)
    out = Image.fromarray(af.astype(np.uint8))
    if mode == "grey":
        out = out.convert("L").convert("RGB")
    return out, mode
