"""Storing units as the files people hand in: names, captures, formats, turns; returns the truth pages."""
import datetime as dt

from PIL import Image

from . import capture as C
from .files import save_image, save_pdf_images, save_tiff

PAGE_CAPTURES = ["scan", "scan", "grey_scan", "photocopy", "photocopy", "photo", "photo", "chat", "bilevel", "lowres",
                 "clean"]


class Namer:
    def __init__(self, rng, as_of):
        self.rng, self.used = rng, set()
        self.t = dt.datetime.combine(as_of - dt.timedelta(days=rng.randint(1, 12)), dt.time(rng.randint(8, 21)))
        self.n = rng.randint(1000, 9000)

    def _tick(self):
        self.t += dt.timedelta(seconds=self.rng.randint(3, 400))
        self.n += self.rng.randint(1, 3)
        return self.t

    def name(self, hint, ext, kind):
        r = self.rng
        t = self._tick()
        choices = {
            "screenshot": [f"Screenshot_{t:%Y%m%d_%H%M%S}.{ext}", f"微信图片_{t:%Y%m%d%H%M%S}.{ext}",
                           f"IMG_{self.n}.{ext}", f"截图{t:%m%d}{self.n % 100}.{ext}"],
            "photo": [f"IMG_{t:%Y%m%d_%H%M%S}.{ext}", f"IMG_{self.n}.{ext}", f"微信图片_{t:%Y%m%d%H%M%S}.{ext}",
                      f"mmexport{int(t.timestamp() * 1000)}.{ext}"],
            "scan": [f"扫描件{self.n % 50}.{ext}", f"scan{self.n}.{ext}", f"CamScanner {t:%m-%d-%Y %H.%M}.{ext}",
                     f"扫描全能王 {t:%Y-%m-%d %H.%M}.{ext}", f"Doc{self.n % 20}.{ext}"],
            "text_pdf": [f"个人所得税纳税记录{t:%Y%m%d}.{ext}", f"download ({self.n % 7}).{ext}", f"{t:%Y%m%d%H%M%S}.{ext}",
                         f"打印{self.n % 30}.{ext}"],
        }[kind]
        named = {"idcopy": "身份证正反面", "id": "身份证", "hukou": "户口本", "contract": "劳动合同", "tax": "纳税记录",
                 "si": "社保缴费记录", "diploma": "毕业证", "degree": "学位证", "marriage": "结婚证", "permit": "居住证",
                 "xuexin": "学信网备案表", "permitpdf": "居住证信息"}
        if hint in named and r.random() < 0.3:
            choices = [f"{named[hint]}.{ext}", f"{named[hint]}{self.n % 10}.{ext}"]
        for c in choices * 2:
            c = r.choice(choices)
            if c not in self.used:
                break
        while c in self.used:
            c = c.replace(".", "_1.", 1)
        self.used.add(c)
        return c


def _turn(rng, img, kind):
    """Real turns of stored pixels (returns img, degrees counter-clockwise) or an EXIF orientation."""
    if kind in ("photo", "chat", "scan", "grey_scan", "photocopy", "bilevel") and rng.random() < 0.12:
        deg = rng.choice([90, 180, 270])
        return img.rotate(deg, expand=True), deg, None
    if kind in ("photo",) and rng.random() < 0.3:
        return img, 0, rng.choice([3, 6, 8])
    return img, 0, None


def store(rng, units, root, namer, types, blank):
    """units: from render; types: doc index -> type id. Writes files under root; returns truth pages (with doc ids)."""
    pages = []
    singles = [u for u in units if u["pdf"] is None and u["pref"] not in ("screenshot",)]
    bundle = []
    if blank or (len(singles) > 3 and rng.random() < 0.35):
        pick = rng.sample(singles, min(len(singles), rng.randint(2, 4)))
        bundle = [u for u in units if any(u is p for p in pick)]
    for u in units:
        if any(u is b for b in bundle):
            continue
        if u["pdf"] is not None:
            name = namer.name(u["hint"], "pdf", "text_pdf")
            (root / name).write_bytes(u["pdf"])
            for k, ds in enumerate(u["pdf_docs"]):
                pages.append(_page(name, k + 1, ds, types, "text_pdf", 0))
            continue
        if u["pref"] == "screenshot":
            for s in u["sheets"]:
                chat = rng.random() < 0.4
                img = C.chat_screenshot(rng, s["img"]) if chat else s["img"]
                ext = "jpg" if chat or rng.random() < 0.3 else "png"
                name = namer.name(u["hint"], ext, "screenshot")
                save_image(root / name, img, quality=rng.randint(70, 90))
                pages.append(_page(name, 1, s["docs"], types, "chat_screenshot" if chat else "screenshot", 0))
            continue
        multi = len(u["sheets"]) > 1
        card = u["pref"] == "card"
        kind = rng.choice(["photo", "photo", "scan", "photocopy", "chat"]) if card else \
            rng.choice(["photo", "photo", "scan", "photocopy", "chat"]) if u["pref"] == "book" else rng.choice(PAGE_CAPTURES)
        if multi and u["pref"] == "multipage" and rng.random() < 0.6:
            kind = rng.choice(["scan", "grey_scan", "photocopy", "bilevel", "photo"])
            imgs = [C.apply(rng, kind, s["img"]) for s in u["sheets"]]
            if kind == "bilevel" and rng.random() < 0.6:
                name = namer.name(u["hint"], rng.choice(["tif", "tiff"]), "scan")
                save_tiff(root / name, imgs)
            else:
                name = namer.name(u["hint"], "pdf", "scan")
                save_pdf_images(root / name, imgs, quality=rng.randint(55, 80))
            for k, s in enumerate(u["sheets"]):
                pages.append(_page(name, k + 1, s["docs"], types, kind, 0))
            continue
        for s in u["sheets"]:
            img = C.apply(rng, kind, s["img"], card=card or u["pref"] == "book")
            img, deg, exif = _turn(rng, img, kind)
            pages.append(_single(rng, root, namer, u["hint"], img, kind, deg, exif, s["docs"], types))
    if bundle:
        kind = rng.choice(["scan", "grey_scan", "photocopy", "bilevel"])
        sheets = [s for u in bundle for s in u["sheets"]]
        if blank:
            sheets.insert(rng.randint(1, len(sheets)), {"img": C.blank(rng, dark=rng.random() < 0.3), "docs": [],
                                                        "blank": True})
        imgs = [s["img"] if s.get("blank") else C.apply(rng, kind, s["img"]) for s in sheets]
        name = namer.name("bundle", "pdf", "scan")
        save_pdf_images(root / name, imgs, quality=rng.randint(55, 80))
        for k, s in enumerate(sheets):
            pages.append(_page(name, k + 1, s["docs"], types, kind, 0))
    return pages


def _single(rng, root, namer, hint, img, kind, deg, exif, docs, types):
    if kind == "bilevel":
        ext = rng.choice(["tif", "png"])
    elif kind in ("photo",):
        ext = rng.choice(["jpg", "jpg", "heic", "JPG"]) if not exif else rng.choice(["jpg", "heic"])
    elif kind == "chat":
        ext = "jpg"
    else:
        ext = rng.choice(["jpg", "jpg", "png", "webp", "bmp", "pdf"])
    name = namer.name(hint, ext, "photo" if kind in ("photo", "chat") else "scan")
    path = root / name
    if ext == "pdf":
        save_pdf_images(path, [img], quality=rng.randint(60, 85))
    elif ext == "png" and kind == "bilevel":
        img.save(path, "PNG")
    else:
        save_image(path, img if isinstance(img, Image.Image) else img,
                   quality=rng.randint(45, 65) if kind == "chat" else rng.randint(75, 92), exif_orientation=exif)
    return _page(name, 1, docs, types, kind, deg)


def _page(name, number, docs, types, kind, deg):
    ts = []
    for d in docs:
        if types[d] not in ts:
            ts.append(types[d])
    page = {"file": name, "page": number, "type": ts[0] if ts else "unknown", "capture": kind, "rotation": deg,
            "docs": list(docs)}
    if len(ts) > 1:
        page["also_holds"] = ts[1:]
    return page
