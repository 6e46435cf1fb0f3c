"""Writing pages to disk the ways people do: JPEG, PNG, HEIC, WebP, BMP, multi-page TIFF, image PDFs."""
import io

from PIL import Image

ORIENT = {3: 180, 6: 90, 8: -90}  # EXIF orientation -> PIL rotate angle applied to the stored pixels


def save_image(path, img, quality=85, exif_orientation=None):
    ext = path.suffix.lower()
    kw = {}
    if exif_orientation:
        img = img.rotate(ORIENT[exif_orientation], expand=True)
        exif = Image.Exif()
        exif[0x0112] = exif_orientation
        kw["exif"] = exif.tobytes()
    if ext in (".jpg", ".jpeg"):
        img.convert("RGB").save(path, "JPEG", quality=quality, **kw)
    elif ext == ".png":
        img.save(path, "PNG", **kw)
    elif ext == ".heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        img.convert("RGB").save(path, format="HEIF", quality=quality, **kw)
    elif ext == ".webp":
        img.convert("RGB").save(path, "WEBP", quality=quality, **kw)
    elif ext == ".bmp":
        img.convert("RGB").save(path, "BMP")
    elif ext in (".tif", ".tiff"):
        save_tiff(path, [img])
    else:
        raise ValueError(ext)


def save_tiff(path, imgs):
    bilevel = all(i.mode == "1" for i in imgs)
    first, rest = imgs[0], imgs[1:]
    if bilevel:
        first.save(path, "TIFF", save_all=True, append_images=rest, compression="group4", dpi=(200, 200))
    else:
        first = first.convert("RGB")
        first.save(path, "TIFF", save_all=True, append_images=[i.convert("RGB") for i in rest],
                   compression="tiff_lzw", dpi=(200, 200))


def save_pdf_images(path, imgs, quality=75):
    """An image-only PDF as a scanner app writes it (JPEG pages)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas
    buf = io.BytesIO()
    c = canvas.Canvas(buf)
    for img in imgs:
        w, h = img.size
        pw, ph = (595.0, 595.0 * h / w) if h >= w else (842.0, 842.0 * h / w)
        c.setPageSize((pw, ph))
        b = io.BytesIO()
        img.convert("L" if img.mode in ("1", "L") else "RGB").save(b, "JPEG", quality=quality)
        b.seek(0)
        c.drawImage(ImageReader(b), 0, 0, pw, ph)
        c.showPage()
    c.save()
    path.write_bytes(buf.getvalue())
