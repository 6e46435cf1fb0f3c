"""Writing pages to files: JPEG (with EXIF orientation), PNG, WebP, HEIC,
multi-page TIFF, image-only PDF (optionally with a partial, mistaken
invisible text layer).  Everything deterministic (no clocks)."""
import io
from PIL import Image
import pillow_heif
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.lib.utils import ImageReader

from . import pdfdraw

pillow_heif.register_heif_opener()

# EXIF orientation tag value -> how to store the displayed image
_STORE = {1: None, 3: Image.Transpose.ROTATE_180, 6: Image.Transpose.ROTATE_90,
          8: Image.Transpose.ROTATE_270}


def _exif(orientation=1, make=None, model=None, when=None):
    ex = Image.Exif()
    if orientation != 1:
        ex[0x0112] = orientation
    if make:
        ex[0x010F] = make
    if model:
        ex[0x0110] = model
    if when:
        ex[0x0132] = when
    return ex


def store_oriented(img, orientation):
    """Pixels to store so that a viewer honouring EXIF `orientation` shows img."""
    t = _STORE[orientation]
    return img.transpose(t) if t is not None else img


def save_image(img, path, fmt, quality=85, orientation=1, make=None, model=None, when=None, dpi=None):
    img = img.convert("RGB") if img.mode not in ("RGB", "L", "1") else img
    if fmt in ("jpg", "jpeg"):
        pix = store_oriented(img, orientation)
        ex = _exif(orientation, make, model, when)
        kw = {"dpi": (dpi, dpi)} if dpi else {}
        pix.convert("RGB").save(path, "JPEG", quality=quality, exif=ex.tobytes(), optimize=False, **kw)
    elif fmt == "png":
        kw = {"dpi": (dpi, dpi)} if dpi else {}
        img.save(path, "PNG", compress_level=6, **kw)
    elif fmt == "webp":
        img.convert("RGB").save(path, "WEBP", quality=quality, method=4)
    elif fmt == "heic":
        img.convert("RGB").save(path, "HEIF", quality=quality, enc_params={"preset": "ultrafast"})
    elif fmt == "bmp":
        img.convert("RGB").save(path, "BMP")
    else:
        raise ValueError(fmt)


def save_tiff(pages, path, dpi=200):
    first, rest = pages[0], pages[1:]
    comp = "group4" if first.mode == "1" else "tiff_lzw"
    first.save(path, "TIFF", save_all=True, append_images=rest, compression=comp, dpi=(dpi, dpi))


def save_image_pdf(pages, path, dpis, quality=70, text_layers=None):
    """pages: PIL images; dpis: their resolution (page size follows);
    text_layers: per page None or a list of (x_frac, y_frac, size_frac, text):
    an invisible OCR layer as a scanner app writes it (here partial/wrong)."""
    c = rl_canvas.Canvas(path, invariant=1)
    c.setCreator("Scanner")
    c.setProducer("ScanApp PDF")
    for k, (img, dpi) in enumerate(zip(pages, dpis)):
        w, h = img.width * 72.0 / dpi, img.height * 72.0 / dpi
        c.setPageSize((w, h))
        buf = io.BytesIO()
        if img.mode == "1":
            img.convert("L").save(buf, "PNG")
        else:
            img.convert("RGB").save(buf, "JPEG", quality=quality)
        buf.seek(0)
        c.drawImage(ImageReader(buf), 0, 0, w, h)
        if text_layers and text_layers[k]:
            for (xf, yf, sf, text) in text_layers[k]:
                pdfdraw.invisible_text(c, xf * w, h - yf * h, text, sf * h)
        c.showPage()
    c.save()
    return len(pages)
