"""The packet's files as they are written: names, formats, and for every
page its type, capture and rotation (the truth's `pages`)."""
import os
from PIL import Image

from . import writer


class Registry:
    def __init__(self, pdir, rng):
        self.pdir = pdir
        self.rng = rng
        self.files = []           # [{"name", "pages": [page dict]}]
        self.names = set()
        self.counter = rng.randint(1000, 8000)
        self.day = rng.choice([(11, d) for d in range(16, 31)] + [(12, d) for d in range(1, 7)])

    # ------------------------------------------------------------- names
    def name(self, kind, ext, hint=None):
        r = self.rng
        self.counter += r.randint(1, 7)
        c = self.counter
        mo, dd = self.day
        if kind == "photo":
            opts = ["IMG_2026%02d%02d_%02d%02d%02d" % (mo, dd, r.randint(8, 22), r.randint(0, 59), r.randint(0, 59)),
                    "微信图片_2026%02d%02d%06d" % (mo, dd, r.randint(0, 999999)), "mmexport%d" % (1764000000000 + c * 997),
                    "IMG_%04d" % c]
        elif kind == "screenshot":
            opts = ["Screenshot_2026-%02d-%02d-%02d-%02d-%02d" % (mo, dd, r.randint(8, 22), r.randint(0, 59), r.randint(0, 59)),
                    "微信图片_2026%02d%02d%06d" % (mo, dd, r.randint(0, 999999)), "截图%d" % c]
        elif kind == "scan":
            opts = ["scan%04d" % c, "扫描件%d" % c, "CamScanner 2026-%02d-%02d %02d.%02d" % (mo, dd, r.randint(8, 22), r.randint(0, 59)),
                    "document%d" % c, "新建文件%d" % c, "SCAN_%d" % c]
        else:
            opts = ["%s" % (hint or "file%d" % c)]
        if hint and kind != "other" and r.random() < 0.35:
            opts.append(hint + ("%d" % c if r.random() < 0.6 else ""))
        if r.random() < 0.08:                   # a misleading name: names mean nothing
            opts.append(r.choice(["身份证", "合同", "户口本", "材料"]) + "%d" % c)
        base = r.choice(opts)
        nm = "%s.%s" % (base, ext)
        while nm in self.names:
            self.counter += 1
            nm = "%s_%d.%s" % (base, self.counter % 100, ext)
        self.names.add(nm)
        return nm

    def path(self, nm):
        return os.path.join(self.pdir, nm)

    # ------------------------------------------------------------ writing
    def add_image(self, img, kind, ext, page, orientation=1, quality=None, hint=None, dpi=None):
        """One image file holding one page.  page: dict(type, capture, rotation, doc)."""
        nm = self.name(kind, ext, hint)
        q = quality or self.rng.choice([78, 84, 90])
        rot = page.get("rotation", 0)
        pix = _rotate(img, rot)
        make = model = when = None
        if kind == "photo" and ext in ("jpg", "jpeg"):
            make, model = self.rng.choice([("Xiaomi", "2312DRA50C"), ("HUAWEI", "ALN-AL00"), ("Apple", "iPhone 14"),
                                           ("OPPO", "PHZ110"), ("vivo", "V2309A")])
            when = "2026:%02d:%02d %02d:%02d:%02d" % (self.day[0], self.day[1], self.rng.randint(8, 22),
                                                      self.rng.randint(0, 59), self.rng.randint(0, 59))
        writer.save_image(pix, self.path(nm), ext, quality=q, orientation=orientation, make=make, model=model,
                          when=when, dpi=dpi)
        self.files.append({"name": nm, "pages": [dict(page, page=1)]})
        return nm

    def add_multi(self, imgs, pages, kind, ext, dpis=None, text_layers=None, hint=None):
        """A multi-page TIFF or image-only PDF."""
        nm = self.name(kind, ext, hint)
        pix = [_rotate(im, pg.get("rotation", 0)) for im, pg in zip(imgs, pages)]
        if ext in ("tif", "tiff"):
            writer.save_tiff(pix, self.path(nm), dpi=(dpis or [200])[0])
        else:
            writer.save_image_pdf(pix, self.path(nm), dpis or [150] * len(pix),
                                  quality=self.rng.choice([60, 70, 80]), text_layers=text_layers)
        self.files.append({"name": nm, "pages": [dict(pg, page=k + 1) for k, pg in enumerate(pages)]})
        return nm

    def add_native_pdf(self, writer_fn, doc, kind="other", hint=None):
        """A text-layer PDF drawn by writer_fn(path) -> page count."""
        nm = self.name(kind, "pdf", hint)
        n = writer_fn(self.path(nm))
        self.files.append({"name": nm, "pages": [dict(type=doc["type"], capture="text_pdf", rotation=0, doc=doc,
                                                      dpage=k, page=k + 1) for k in range(n)]})
        return nm


def _rotate(img, rot):
    if not rot:
        return img
    t = {90: Image.Transpose.ROTATE_270, 180: Image.Transpose.ROTATE_180, 270: Image.Transpose.ROTATE_90}[rot]
    return img.transpose(t)
