"""Opening what was written: page counts per file, decodability, text of
text-layer PDFs."""
import os
import re
from PIL import Image
import pillow_heif
import pypdfium2 as pdfium
import pdfplumber

pillow_heif.register_heif_opener()

IMAGE_EXT = {"jpg", "jpeg", "png", "webp", "heic", "tif", "tiff", "bmp"}


def open_pages(path):
    """(page count, problem or None).  Every page is decoded."""
    ext = path.rsplit(".", 1)[-1].lower()
    try:
        if ext == "pdf":
            pdf = pdfium.PdfDocument(path)
            n = len(pdf)
            for k in range(n):
                img = pdf[k].render(scale=0.25).to_pil()
                if img.width < 20 or img.height < 20:
                    return n, "page %d renders too small" % (k + 1)
            pdf.close()
            return n, None
        if ext in IMAGE_EXT:
            im = Image.open(path)
            n = getattr(im, "n_frames", 1)
            for k in range(n):
                im.seek(k)
                im.load()
                if im.width < 200 or im.height < 200:
                    return n, "frame %d only %dx%d" % (k + 1, im.width, im.height)
            return n, None
        return 0, "unexpected file type .%s" % ext
    except Exception as e:  # noqa: BLE001 - any failure to open is the finding
        return 0, "cannot open: %s" % e


def pdf_text(path):
    with pdfplumber.open(path) as p:
        return "\n".join((pg.extract_text() or "") for pg in p.pages)


def pdf_has_text(path):
    try:
        return len(pdf_text(path).strip()) > 0
    except Exception:  # noqa: BLE001
        return False


USCC_RE = re.compile(r"9[123]3\d{5}[0-9A-HJ-NP-RTUWXY]{10}")


def credit_codes(text):
    return USCC_RE.findall(text)


def format_of(name):
    ext = name.rsplit(".", 1)[-1].lower()
    return {"jpeg": "jpg", "tiff": "tif"}.get(ext, ext)


def list_files(pdir):
    out = []
    for root, _, files in os.walk(pdir):
        for f in files:
            out.append(os.path.relpath(os.path.join(root, f), pdir))
    return sorted(out)


def appears(name, text, slack=80):
    """name is in text, allowing other cells' lines to sit between the
    lines of a wrapped cell: a subsequence within a short window."""
    if name in text:
        return True
    k = text.find(name[0])
    while k >= 0:
        j, pos = 0, k
        limit = k + len(name) + slack
        while pos < min(len(text), limit) and j < len(name):
            if text[pos] == name[j]:
                j += 1
            pos += 1
        if j == len(name):
            return True
        k = text.find(name[0], k + 1)
    return False
