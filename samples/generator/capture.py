"""How a page reaches us: a clean scan, a photocopy, a phone photo, a low-resolution scan, an extra seal."""
from __future__ import annotations

import random

import cv2
import numpy as np
from PIL import Image, ImageDraw, ImageFilter

CAPTURE_KINDS = ("clean", "scan", "photocopy", "photo", "lowres", "seal")


def apply_capture(image: Image.Image, kind: str, rng: random.Random) -> Image.Image:
    image = image.convert("RGB")
    if kind == "clean":
        return image
    if kind == "scan":
        return _noise(_skew(_tone(image, 0.97, 8), rng.uniform(-1.5, 1.5)), rng, 4)
    if kind == "photocopy":
        grey = _tone(image.convert("L").convert("RGB"), 0.85, 30)
        return _noise(_skew(grey, rng.uniform(-3, 3)), rng, 12).filter(ImageFilter.GaussianBlur(0.6))
    if kind == "photo":
        return _photo(image, rng)
    if kind == "lowres":
        w, h = image.size
        scale = 100 / 300 if max(w, h) > 2000 else 0.5
        return image.resize((round(w * scale), round(h * scale)), Image.Resampling.BILINEAR)
    if kind == "seal":
        return _extra_seal(image, rng)
    raise ValueError(f"unknown capture kind {kind!r}; choose from {CAPTURE_KINDS}")


def _tone(image: Image.Image, contrast: float, lift: int) -> Image.Image:
    a = np.asarray(image).astype(np.float32)
    a = a * contrast + lift
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _skew(image: Image.Image, degrees: float) -> Image.Image:
    return image.rotate(degrees, resample=Image.Resampling.BICUBIC, expand=False, fillcolor=(255, 255, 255))


def _noise(image: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    gen = np.random.default_rng(rng.randint(0, 2**31))
    a = np.asarray(image).astype(np.float32)
    a += gen.normal(0, sigma, a.shape[:2])[..., None]
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))


def _photo(image: Image.Image, rng: random.Random) -> Image.Image:
    """The page on a desk, seen from a little off-axis, lit from one side, slightly soft."""
    w, h = image.size
    pad = round(0.12 * max(w, h))
    desk_colour = rng.choice([(118, 92, 70), (160, 150, 140), (90, 100, 110), (200, 190, 170)])
    W, H = w + 2 * pad, h + 2 * pad
    desk = np.full((H, W, 3), desk_colour, np.float32)
    gen = np.random.default_rng(rng.randint(0, 2**31))
    desk += gen.normal(0, 6, (H, W, 1))
    j = lambda: rng.uniform(-0.04, 0.04) * max(w, h)  # noqa: E731
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    dst = np.float32([[pad + j(), pad + j()], [pad + w + j(), pad + j()], [pad + w + j(), pad + h + j()], [pad + j(), pad + h + j()]])
    matrix = cv2.getPerspectiveTransform(src, dst)
    page = cv2.warpPerspective(np.asarray(image), matrix, (W, H), flags=cv2.INTER_LINEAR, borderValue=(0, 0, 0))
    mask = cv2.warpPerspective(np.full((h, w), 255, np.uint8), matrix, (W, H)) > 0
    out = np.where(mask[..., None], page.astype(np.float32), desk)
    # light falls off across the page
    gx = np.linspace(rng.uniform(0.75, 0.9), rng.uniform(1.0, 1.08), W, dtype=np.float32)
    gy = np.linspace(rng.uniform(0.9, 1.05), rng.uniform(0.8, 0.95), H, dtype=np.float32)
    out *= (gy[:, None] * gx[None, :])[..., None]
    out = np.clip(out + gen.normal(0, 3, (H, W, 1)), 0, 255).astype(np.uint8)
    photo = Image.fromarray(out).filter(ImageFilter.GaussianBlur(rng.uniform(0.6, 1.2)))
    # phones save JPEG at ~12 MP; keep it near 3000 px on the long side
    scale = 3000 / max(photo.size)
    if scale < 1:
        photo = photo.resize((round(photo.width * scale), round(photo.height * scale)), Image.Resampling.LANCZOS)
    return photo


def _extra_seal(image: Image.Image, rng: random.Random) -> Image.Image:
    from samples.generator.canvas import RED, Page

    page = Page(image.size)
    page.image = image.copy()
    page.draw = ImageDraw.Draw(page.image)
    w, h = image.size
    radius = round(0.11 * min(w, h) * (2.0 if min(w, h) < 1500 else 1.0))
    page.seal((round(w * rng.uniform(0.3, 0.7)), round(h * rng.uniform(0.15, 0.45))), radius, "上海市人才服务中心材料审核专用章", rng, RED)
    return page.image
