"""Every input limit in one place, with the defaults a packet of phone photos and scans needs."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    max_file_bytes: int = 100 * 1024 * 1024
    max_total_bytes: int = 1024 * 1024 * 1024
    max_files: int = 500
    max_pages_per_file: int = 100
    max_pages_per_packet: int = 300
    # Pillow refuses images that declare more pixels than this as decompression bombs; we keep its guard on.
    # Above a 200-megapixel phone photo: a JPEG is decoded at a fraction of its size, so it may declare this many.
    max_image_pixels: int = 250_000_000
    # Pixels decoded into memory for one page (a JPEG after its reduced decode; PNG, TIFF and others whole).
    max_page_pixels: int = 100_000_000
    # Larger photos are downscaled on load: OCR needs no more, and memory stays bounded.
    working_max_side: int = 4000
    pdf_render_dpi: int = 200
    # The local web page (`precheck serve`): refused with HTTP 413 as soon as an upload streams past them.
    # A phone photo is 2–8 MB and a whole packet 20–40 pages; these leave room for TIFF scans.
    upload_max_file_bytes: int = 50 * 1024 * 1024
    upload_max_total_bytes: int = 300 * 1024 * 1024
    # The OCR cache (check, batch) forgets a page's text this many days after reading it. The web page keeps none.
    cache_max_age_days: int = 30


DEFAULT_LIMITS = Limits()
