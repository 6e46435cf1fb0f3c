"""How a page reaches the applicant's folder: flatbed scans, bilevel office scans, photocopies, ~100 dpi copies, phone
photos on a desk or cloth (keystone, uneven light, glare, shadow, blur, EXIF orientation or really turned), chat-app
recompressions, screenshots. Each takes a drawn Page (or a ready image) and returns the image to write, the capture
name for the truth, the rotation (degrees clockwise the content appears turned once EXIF is applied) and the EXIF
orientation to write (1 = none)."""
from __future__ import annotations

import math
import random
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image, ImageFilter

from samples.outsider_b.draw import Page, render


@dataclass
class Shot:
    image: Image.Image
    capture: str
    rotation: int = 0
    exif: int = 1


def _noise(arr: np.ndarray, rng: np.random.Generator, sigma: float) -> np.ndarray:
    h, w = arr.shape[:2]
    small = rng.normal(0, sigma, ((h + 1) // 2, (w + 1) // 2) + ((arr.shape[2],) if arr.ndim == 3 else ())).astype(np.float32)
    n = cv2.resize(small, (w, h), interpolation=cv2.INTER_NEAREST)
    if arr.ndim == 3 and n.ndim == 2:
        n = n[..., None]
    return arr + n


def _skew(img: Image.Image, deg: float, fill) -> Image.Image:
    return img.rotate(deg, resample=Image.BICUBIC, expand=False, fillcolor=fill)


def place_on_a4(card_imgs: list[Image.Image], dpi: int, rnd: random.Random, layout: str = "top") -> Image.Image:
    """A card (or cards) lying on the scanner glass: an A4 image with the cards near a corner or stacked."""
    W, H = int(210 / 25.4 * dpi), int(297 / 25.4 * dpi)
    sheet = Image.new("RGB", (W, H), (252, 252, 250))
    x, y = int(W * rnd.uniform(0.05, 0.2)), int(H * rnd.uniform(0.04, 0.12))
    for im in card_imgs:
        cw = int(85.6 / 25.4 * dpi)
        ch = int(im.size[1] * cw / im.size[0])
        sheet.paste(im.resize((cw, ch), Image.LANCZOS), (x, y))
        if layout == "side" and x + 2 * cw < W:
            x += cw + int(dpi * 0.3)
        else:
            y += ch + int(dpi * rnd.uniform(0.25, 0.6))
    return sheet


def flatbed(src, rnd: random.Random, dpi: int, grey: bool) -> Shot:
    img = (render(src, dpi) if isinstance(src, Page) else src).convert("RGB")
    rng = np.random.default_rng(rnd.randint(0, 10**6))
    img = _skew(img, rnd.uniform(-0.8, 0.8), (250, 250, 248))
    arr = np.asarray(img, dtype=np.float32)
    arr = arr * rnd.uniform(0.93, 1.0) + rnd.uniform(0, 8)
    arr = _noise(arr, rng, 2.5)
    out = Image.fromarray(arr.clip(0, 255).astype(np.uint8))
    if grey:
        out = out.convert("L")
    return Shot(out, f"scan_{'grey' if grey else 'colour'}_{dpi}dpi")


def bilevel(src, rnd: random.Random, dpi: int = 200) -> Shot:
    img = render(src, dpi) if isinstance(src, Page) else src
    img = _skew(img.convert("L"), rnd.uniform(-0.6, 0.6), 255)
    arr = np.asarray(img, dtype=np.float32)
    rng = np.random.default_rng(rnd.randint(0, 10**6))
    arr = _noise(arr, rng, 12)
    thr = rnd.uniform(140, 175)
    out = Image.fromarray(((arr > thr) * 255).astype(np.uint8)).convert("1", dither=Image.NONE)
    return Shot(out, "office_bilevel_200dpi")


def photocopy(src, rnd: random.Random, dpi: int = 200) -> Shot:
    img = render(src, dpi) if isinstance(src, Page) else src
    g = np.asarray(img.convert("L"), dtype=np.float32)
    # toner: contrast pushed, greys darker, a seal's red turns mid grey
    g = 255 * (g / 255) ** rnd.uniform(1.2, 1.7)
    g = g * rnd.uniform(0.86, 0.95) + rnd.uniform(8, 18)
    rng = np.random.default_rng(rnd.randint(0, 10**6))
    h, w = g.shape
    # a dark band where the original was folded or the booklet's spine lay
    if rnd.random() < 0.6:
        cx = int(w * rnd.uniform(0.3, 0.7)) if rnd.random() < 0.5 else None
        cy = int(h * rnd.uniform(0.3, 0.7)) if cx is None else None
        if cx is not None:
            g -= (45 * np.exp(-((np.arange(w) - cx) / (w * 0.012)) ** 2))[None, :]
        else:
            g -= (45 * np.exp(-((np.arange(h) - cy) / (w * 0.012)) ** 2))[:, None]
    # specks
    n = int(h * w / 4000)
    ys, xs = rng.integers(0, h, n), rng.integers(0, w, n)
    g[ys, xs] = rng.uniform(0, 120, n)
    g = cv2.GaussianBlur(g, (3, 3), 0.6)
    g = _noise(g, rng, 6)
    out = Image.fromarray(g.clip(0, 255).astype(np.uint8))
    out = _skew(out, rnd.uniform(-1.2, 1.2), 235)
    return Shot(out, "photocopy_grey")


def low_copy(src, rnd: random.Random) -> Shot:
    img = render(src, 100) if isinstance(src, Page) else src.resize((src.size[0] // 2, src.size[1] // 2), Image.BILINEAR)
    if rnd.random() < 0.6:
        img = img.convert("L")
    img = img.filter(ImageFilter.GaussianBlur(0.4))
    return Shot(img, "copy_100dpi")


FRAMES = [(4000, 3000), (3264, 2448), (4032, 3024), (4608, 3456), (4000, 2252), (3840, 2160)]


def _background(W, H, rnd: random.Random, rng) -> np.ndarray:
    """A desk, a cloth or a table top, drawn at a quarter of the size and enlarged (uint8 RGB)."""
    w, h = W // 4, H // 4
    kind = rnd.choice(["wood", "cloth", "desk", "dark"])
    if kind == "wood":
        base = np.array([rnd.randint(120, 170), rnd.randint(80, 110), rnd.randint(45, 70)], dtype=np.float32)
        streak = rng.normal(0, 0.3, (h, w)).cumsum(1) * 0.05
        tex = np.sin(np.linspace(0, rnd.uniform(20, 60), h)[:, None] + streak)
        arr = base[None, None, :] * (0.85 + 0.15 * tex[..., None])
    elif kind == "cloth":
        base = np.array(rnd.choice([(60, 70, 110), (150, 40, 50), (90, 110, 90), (200, 190, 170)]), dtype=np.float32)
        yy, xx = np.mgrid[0:h, 0:w]
        tex = np.sin(xx * 1.3) * np.sin(yy * 1.3)
        arr = base[None, None, :] * (0.9 + 0.08 * tex[..., None])
    elif kind == "desk":
        base = np.array([rnd.randint(200, 235)] * 3, dtype=np.float32) - np.array([0, 3, 8], dtype=np.float32)
        arr = np.broadcast_to(base, (h, w, 3)) + rng.normal(0, 2, (h, w, 1))
    else:
        base = np.array([rnd.randint(30, 60)] * 3, dtype=np.float32)
        arr = np.broadcast_to(base, (h, w, 3)) + rng.normal(0, 2, (h, w, 1))
    return cv2.resize(arr.clip(0, 255).astype(np.uint8), (W, H), interpolation=cv2.INTER_LINEAR)


def phone_photo(src, rnd: random.Random, card: bool = False, turn: str = "none") -> Shot:
    """turn: none | exif3 | exif6 | exif8 | turned90 | turned180 | turned270. Worked in uint8 with OpenCV to stay fast."""
    rng = np.random.default_rng(rnd.randint(0, 10**6))
    FW, FH = rnd.choice(FRAMES)
    portrait_doc = (src.h > src.w) if isinstance(src, Page) else (src.size[1] > src.size[0])
    if portrait_doc:
        FW, FH = FH, FW  # phone held upright for an upright page
    fill = rnd.uniform(0.35, 0.55) if card else rnd.uniform(0.55, 0.85)
    if isinstance(src, Page):
        dpi = max(60, min(400, FW * fill / src.w * 25.4))
        doc = render(src, dpi)
    else:
        s = FW * fill / src.size[0]
        doc = src.resize((max(1, int(src.size[0] * s)), max(1, int(src.size[1] * s))), Image.LANCZOS)
    dw, dh = doc.size
    if dh > FH * 0.92:
        s = FH * 0.92 / dh
        doc = doc.resize((int(dw * s), int(dh * s)), Image.LANCZOS)
        dw, dh = doc.size
    frame = _background(FW, FH, rnd, rng)
    x0 = rnd.uniform(0.03, 0.97) * (FW - dw)
    y0 = rnd.uniform(0.03, 0.97) * (FH - dh)
    k = rnd.uniform(0.0, 0.07)
    jit = lambda: rnd.uniform(-0.02, 0.02)  # noqa: E731
    top_in = k * dw
    dst = np.float32([[x0 + top_in + jit() * dw, y0 + jit() * dh], [x0 + dw - top_in + jit() * dw, y0 + jit() * dh],
                      [x0 + dw + jit() * dw, y0 + dh + jit() * dh], [x0 + jit() * dw, y0 + dh + jit() * dh]])
    ang = math.radians(rnd.uniform(-6, 6))
    c = dst.mean(0)
    R = np.array([[math.cos(ang), -math.sin(ang)], [math.sin(ang), math.cos(ang)]], dtype=np.float32)
    dst = ((dst - c) @ R.T + c).astype(np.float32)
    srcq = np.float32([[0, 0], [dw, 0], [dw, dh], [0, dh]])
    # soft shadow under the paper, worked out at 1/8 size
    q = 8
    small = cv2.fillConvexPoly(np.zeros((FH // q, FW // q), np.uint8), (dst / q).astype(np.int32), 255)
    small = cv2.GaussianBlur(small, (0, 0), max(1.0, FW / 300 / q))
    small = np.roll(small, (max(1, FH // 250 // q), max(1, FW // 250 // q)), (0, 1))
    shade = cv2.resize(255 - (small.astype(np.uint16) * 90 // 255).astype(np.uint8), (FW, FH))
    frame = cv2.multiply(frame, cv2.merge([shade] * 3), scale=1 / 255)
    M = cv2.getPerspectiveTransform(srcq, dst)
    docarr = np.asarray(doc.convert("RGB"))
    cv2.warpPerspective(docarr, M, (FW, FH), dst=frame, flags=cv2.INTER_LINEAR, borderMode=cv2.BORDER_TRANSPARENT)
    # uneven light: a gradient and the phone's shadow, at 1/8 size
    yy, xx = np.mgrid[0:FH // q, 0:FW // q].astype(np.float32)
    gx, gy = rnd.uniform(-1, 1), rnd.uniform(-1, 1)
    light = (1 + 0.18 * (gx * (xx / (FW / q) - 0.5) + gy * (yy / (FH / q) - 0.5))) * rnd.uniform(0.85, 1.02)
    if rnd.random() < 0.5:
        cx, cy, r = rnd.uniform(0.2, 0.8) * FW / q, rnd.uniform(0.2, 0.8) * FH / q, rnd.uniform(0.15, 0.3) * FW / q
        light -= 0.22 * np.exp(-(((xx - cx) ** 2 + (yy - cy) ** 2) / (2 * r * r)))
    light8 = cv2.resize((light * 200).clip(0, 255).astype(np.uint8), (FW, FH))
    frame = cv2.multiply(frame, cv2.merge([light8] * 3), scale=1 / 200)
    if card or rnd.random() < 0.35:
        lo, hi = dst.min(0), dst.max(0)
        gx0 = rnd.uniform(lo[0] + 0.2 * (hi[0] - lo[0]), hi[0] - 0.2 * (hi[0] - lo[0])) / q
        gy0 = rnd.uniform(lo[1] + 0.2 * (hi[1] - lo[1]), hi[1] - 0.2 * (hi[1] - lo[1])) / q
        gr = rnd.uniform(0.05, 0.15) * (hi[0] - lo[0]) / q
        glare = np.exp(-(((xx - gx0) ** 2 + ((yy - gy0) * 1.6) ** 2) / (2 * gr ** 2))) * rnd.uniform(60, 140)
        g8 = cv2.resize(glare.astype(np.uint8), (FW, FH))
        frame = cv2.add(frame, cv2.merge([g8] * 3))
    frame = cv2.GaussianBlur(frame, (0, 0), rnd.uniform(0.6, 1.5))
    sig = rnd.uniform(2, 5)
    n = rng.normal(0, sig, (FH // 2, FW // 2)).astype(np.float32)
    up = cv2.resize(np.clip(n, 0, 255).astype(np.uint8), (FW, FH), interpolation=cv2.INTER_NEAREST)
    dn = cv2.resize(np.clip(-n, 0, 255).astype(np.uint8), (FW, FH), interpolation=cv2.INTER_NEAREST)
    frame = cv2.subtract(cv2.add(frame, cv2.merge([up] * 3)), cv2.merge([dn] * 3))
    return _turn(Image.fromarray(frame), turn, "phone_photo")


def _turn(img: Image.Image, turn: str, name: str) -> Shot:
    if turn == "exif6":  # stored turned 90° counter-clockwise; the tag turns it back
        return Shot(img.transpose(Image.ROTATE_90), f"{name}_exif6", 0, 6)
    if turn == "exif8":
        return Shot(img.transpose(Image.ROTATE_270), f"{name}_exif8", 0, 8)
    if turn == "exif3":
        return Shot(img.transpose(Image.ROTATE_180), f"{name}_exif3", 0, 3)
    if turn == "turned90":  # content appears turned 90° clockwise
        return Shot(img.transpose(Image.ROTATE_270), f"{name}_turned", 90, 1)
    if turn == "turned180":
        return Shot(img.transpose(Image.ROTATE_180), f"{name}_turned", 180, 1)
    if turn == "turned270":
        return Shot(img.transpose(Image.ROTATE_90), f"{name}_turned", 270, 1)
    return Shot(img, name, 0, 1)


def chat(shot: Shot, rnd: random.Random) -> Shot:
    """Sent through a chat app: long side 1280–1600 px, EXIF dropped (so the pixels are turned upright first)."""
    img = shot.image
    rotation = shot.rotation
    if shot.exif != 1:
        from PIL import ImageOps
        ex = img.getexif()
        ex[0x0112] = shot.exif
        img = {3: img.transpose(Image.ROTATE_180), 6: img.transpose(Image.ROTATE_270),
               8: img.transpose(Image.ROTATE_90)}[shot.exif]
    long = rnd.randint(1280, 1600)
    s = long / max(img.size)
    if s < 1:
        img = img.resize((int(img.size[0] * s), int(img.size[1] * s)), Image.BILINEAR)
    return Shot(img.convert("RGB"), "chat_recompressed", rotation, 1)


def screenshot(page: Page, rnd: random.Random) -> Shot:
    dpi = 1080 / page.w * 25.4
    img = render(page, dpi)
    return Shot(img, "app_screenshot")
