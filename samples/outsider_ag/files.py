"""Writing page images as the packet holds them: JPEG (with EXIF), PNG, HEIC, multi-page TIFF, image PDFs."""
import datetime as dt

import pillow_heif
from PIL import Image

pillow_heif.register_heif_opener()
HEIC_MAX = 2000


def exif_for(rng, orientation=1, when=None):
    ex = Image.Exif()
    ex[0x0112] = orientation
    ex[0x010F] = rng.choice(["Apple", "HUAWEI", "Xiaomi", "OPPO", "vivo", "HONOR"])
    ex[0x0110] = {"Apple": "iPhone 13", "HUAWEI": "ELS-AN00", "Xiaomi": "2211133C", "OPPO": "PGJM10",
                  "vivo": "V2227A", "HONOR": "ANY-AN00"}[ex[0x010F]]
    if when:
        ex[0x0132] = when.strftime("%Y:%m:%d %H:%M:%S")
    return ex


def save_jpeg(img, path, quality, exif=None):
    kw = {"quality": quality, "optimize": False}
    if exif is not None:
        kw["exif"] = exif
    img.convert("RGB").save(path, "JPEG", **kw)


def save_png(img, path):
    img.save(path, "PNG", compress_level=3)


def save_heic(img, path, rng):
    """HEIC capped at HEIC_MAX px on the long side, x265 'ultrafast' preset. Returns the scale applied."""
    f = min(1.0, HEIC_MAX / max(img.size))
    if f < 1:
        img = img.resize((int(img.width * f), int(img.height * f)), Image.BILINEAR)
    img.convert("RGB").save(path, "HEIF", quality=rng.randint(55, 75), enc_params={"preset": "ultrafast"})
    return f


def save_tiff(imgs, path, dpi):
    first = imgs[0]
    comp = "group4" if first.mode == "1" else "tiff_lzw"
    first.save(path, "TIFF", save_all=True, append_images=imgs[1:], compression=comp, dpi=(dpi, dpi))


def save_image_pdf(imgs, path, dpi, when=None):
    rgb = [i if i.mode in ("1", "L") else i.convert("RGB") for i in imgs]
    kw = {"creationDate": when.timetuple(), "modDate": when.timetuple()} if when else {}
    rgb[0].save(path, "PDF", save_all=True, append_images=rgb[1:], resolution=dpi, quality=80,
                title="Scanned Document", producer="CamScanner", **kw)


def stamp(rng, base):
    return base + dt.timedelta(seconds=rng.randint(0, 86400 * 20))
