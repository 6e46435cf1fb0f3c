"""File writers with deterministic bytes: image-only PDFs (own writer, with
/Rotate), multi-page TIFF, JPEG with EXIF orientation, PNG, BMP, WebP, HEIC."""
from __future__ import annotations

import datetime as dt
import io
import zlib

from PIL import Image


def _jpeg(img: Image.Image, q: int) -> bytes:
    b = io.BytesIO()
    img.save(b, "JPEG", quality=q, optimize=False, subsampling=2 if img.mode == "RGB" else 0)
    return b.getvalue()


def encode_page(img: Image.Image, q: int = 80):
    """(stream bytes, filter, colorspace, bpc, w, h)."""
    if img.mode == "1":
        raw = img.tobytes()  # 1 = white, rows padded to bytes
        return zlib.compress(raw, 6), "/FlateDecode", "/DeviceGray", 1, img.size[0], img.size[1]
    if img.mode == "L":
        return _jpeg(img, q), "/DCTDecode", "/DeviceGray", 8, img.size[0], img.size[1]
    img = img.convert("RGB")
    return _jpeg(img, q), "/DCTDecode", "/DeviceRGB", 8, img.size[0], img.size[1]


def image_pdf(pages, producer: str, when: dt.datetime, title: str | None = None) -> bytes:
    """pages: list of dict(img, dpi, q, rotate). Page box = image size at dpi."""
    objs: list[bytes] = []

    def add(b: bytes) -> int:
        objs.append(b)
        return len(objs)

    catalog_id = add(b"")  # placeholder 1
    pages_id = add(b"")    # placeholder 2
    kids = []
    for p in pages:
        data, flt, cs, bpc, w, h = encode_page(p["img"], p.get("q", 80))
        img_id = add(b"<< /Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace %s /BitsPerComponent %d "
                     b"/Filter %s /Length %d >>\nstream\n" % (w, h, cs.encode(), bpc, flt.encode(), len(data))
                     + data + b"\nendstream")
        pw, ph = w * 72.0 / p["dpi"], h * 72.0 / p["dpi"]
        content = b"q %.2f 0 0 %.2f 0 0 cm /Im0 Do Q" % (pw, ph)
        cid = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        rot = b" /Rotate %d" % p["rotate"] if p.get("rotate") else b""
        pid = add(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %.2f %.2f]%s /Resources << /XObject << /Im0 %d 0 R >> >> "
                  b"/Contents %d 0 R >>" % (pw, ph, rot, img_id, cid))
        kids.append(pid)
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    objs[catalog_id - 1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    d = when.strftime("D:%Y%m%d%H%M%S+08'00'")
    info = "<< /Producer (%s) /Creator (%s) /CreationDate (%s) /ModDate (%s) >>" % (producer, producer, d, d)
    info_id = add(info.encode("latin-1"))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info_id, xref))
    return out.getvalue()


def tiff_multi(pages, dpi: int) -> bytes:
    """pages: list of PIL images of one mode ('1', 'L' or 'RGB')."""
    b = io.BytesIO()
    first = pages[0]
    mode = first.mode
    comp = {"1": "group4", "L": "jpeg", "RGB": "jpeg"}[mode]
    first.save(b, "TIFF", save_all=True, append_images=pages[1:], compression=comp, dpi=(dpi, dpi))
    return b.getvalue()


def exif_bytes(orientation: int | None, make: str, model: str, when: dt.datetime, dpi=None) -> bytes:
    ex = Image.Exif()
    ex[0x010F] = make
    ex[0x0110] = model
    ex[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    if orientation:
        ex[0x0112] = orientation
    ifd = ex.get_ifd(0x8769)
    ifd[0x9003] = when.strftime("%Y:%m:%d %H:%M:%S")
    return ex.tobytes()


def save_image(img: Image.Image, fmt: str, q=85, exif: bytes | None = None, dpi=None) -> bytes:
    b = io.BytesIO()
    if fmt == "jpg":
        kw = {"quality": q}
        if exif:
            kw["exif"] = exif
        if dpi:
            kw["dpi"] = (dpi, dpi)
        img.convert("RGB" if img.mode not in ("L",) else "L").save(b, "JPEG", **kw)
    elif fmt == "png":
        kw = {"optimize": False}
        if dpi:
            kw["dpi"] = (dpi, dpi)
        img.save(b, "PNG", **kw)
    elif fmt == "bmp":
        img.convert("RGB" if img.mode == "RGB" else "L").save(b, "BMP")
    elif fmt == "webp":
        img.convert("RGB").save(b, "WEBP", quality=q, method=4)
    elif fmt == "heic":
        import pillow_heif
        pillow_heif.register_heif_opener()
        img.convert("RGB").save(b, "HEIF", quality=q, enc_params={"preset": "ultrafast"})
    elif fmt == "tif":
        img.save(b, "TIFF", compression="group4" if img.mode == "1" else "tiff_lzw", dpi=(dpi or 200, dpi or 200))
    else:
        raise ValueError(fmt)
    return b.getvalue()
