"""One applicant's folder: which documents they hand in, in which forms, captured how, under which file names.

Planning happens in two steps so that truth never depends on luck in rendering: `plan` draws the documents (and so
fixes every field the packet prints) and checks the expected rules; `write` then captures the drawn pages into
files. Each leaf is one physical page to capture (a page, or a composite such as an A4 copy of several cards); its
owners are the drawn pages it carries, so the truth knows which file and page shows which document.
"""
from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Optional

from samples.outsider import captures, compose, files, raster
from samples.outsider.documents import (education, household_register, id_card, irrelevant, labour_contract, marriage,
                                        residence_permit, social_insurance, tax_record)
from samples.outsider.documents.common import Drawn, DrawnPage
from samples.outsider.people import person_name
from samples.outsider.sheet import Sheet
from samples.outsider.story import Story


@dataclass
class TruthDocument:
    """One document of the truth: its drawings (a residence permit's card and information page are one document)."""

    type: str
    drawings: list[Drawn]
    pages: list[dict] = field(default_factory=list)

    @property
    def layout(self) -> str:
        return "+".join(d.layout for d in self.drawings)

    def fields(self) -> dict:
        out: dict = {}
        for d in self.drawings:
            out.update(d.fields())
        return out

    def rows(self) -> list[dict]:
        return [r for d in self.drawings for p in d.pages for r in p.rows]


@dataclass
class Leaf:
    """One physical page to capture and the drawn pages it carries."""

    sheet: Sheet
    owners: list[tuple[Optional[TruthDocument], DrawnPage]]

    @property
    def type(self) -> str:
        first = self.owners[0][0]
        return first.type if first is not None else "unknown"


@dataclass
class Plan:
    story: Story
    documents: list[TruthDocument]
    drawn: dict[str, list[Drawn]]  # by role, for capture decisions


# ---- step 1: draw --------------------------------------------------------------------------------------------
def plan(rng: random.Random, story: Story, clean: bool) -> Plan:
    docs: list[TruthDocument] = []
    drawn: dict[str, list[Drawn]] = {}

    def add(role: str, *parts: Drawn) -> None:
        drawn[role] = list(parts)
        docs.append(TruthDocument(parts[0].type, list(parts)))

    omitted = story.omitted
    if "id_card" not in omitted:
        only_front = not clean and rng.random() < 0.1
        add("id_card", id_card.draw(rng, story.id_card, only_front))
    if "residence_permit" not in omitted:
        parts = []
        if rng.random() < 0.45:
            parts.append(residence_permit.draw_card(rng, story.permit))
        form = rng.random()
        if form < 0.45:
            parts.append(residence_permit.draw_info(rng, story.permit, pdf=rng.random() < 0.4))
        elif form < 0.85:
            parts.append(residence_permit.draw_app(rng, story.permit))
        else:
            parts += [residence_permit.draw_info(rng, story.permit, pdf=False), residence_permit.draw_app(rng, story.permit)]
        add("residence_permit", *parts)
    if story.cover and "household_register_cover" not in omitted:
        add("household_register_cover", household_register.draw_cover(rng, story.cover))
    if story.member and "household_register_member" not in omitted:
        add("household_register_member", household_register.draw_member(rng, story.member))
    if story.collective and "collective_hukou_certificate" not in omitted:
        add("collective_hukou_certificate", household_register.draw_collective(rng, story.collective))
    if "labour_contract" not in omitted:
        contact = person_name(rng, rng.random() < 0.5)
        for k, contract in enumerate(story.contracts):
            if contract.renewal_of is not None:
                add(f"contract{k}", labour_contract.draw_renewal(rng, contract))
            elif rng.random() < 0.5:
                add(f"contract{k}", labour_contract.draw_model(rng, contract, contact))
            else:
                add(f"contract{k}", labour_contract.draw_company(rng, contract, contact, pdf=rng.random() < 0.25))
    if story.tax and "tax_record" not in omitted:
        form = rng.random()
        if form < 0.55:
            add("tax", tax_record.draw_national(rng, story.tax, pdf=rng.random() < 0.7))
        elif form < 0.75:
            add("tax", tax_record.draw_app_screens(rng, story.tax))
        elif form < 0.88:
            add("tax", tax_record.draw_old_certificate(rng, story.tax))
        else:
            add("tax", tax_record.draw_list(rng, story.tax))
    if story.insurance:
        add("insurance", social_insurance.draw(rng, story.insurance, pdf=rng.random() < 0.6))
    if story.diploma:
        add("diploma", education.draw_diploma(rng, story.diploma))
        if story.chsi_report:
            add("chsi", education.draw_chsi(rng, story.diploma, story.person.id_number, pdf=rng.random() < 0.7))
    if story.degree:
        add("degree", education.draw_degree(rng, story.degree))
    if story.marriage:
        add("marriage", marriage.draw(rng, story.marriage))
    for k, kind in enumerate(story.extras):
        drawn[f"extra{k}"] = [irrelevant.draw(rng, kind, story)]
    return Plan(story, docs, drawn)


# ---- step 2: capture and write -------------------------------------------------------------------------------
class Writer:
    """Captures leaves into files in one packet folder and records what each file page shows."""

    def __init__(self, rng: random.Random, folder: Path, as_of: date, docs: list[TruthDocument]):
        self.rng, self.folder, self.as_of = rng, folder, as_of
        self.by_drawing = {id(d): doc for doc in docs for d in doc.drawings}
        self.pages: list[dict] = []
        self.bundle: list[Leaf] = []
        self.names: set[str] = set()
        self.clock = datetime(as_of.year, as_of.month, as_of.day, 9) - timedelta(days=rng.randint(2, 25))
        self.counter = rng.randint(1000, 8999)
        self.subfolder = "新建文件夹/" if rng.random() < 0.1 else ""

    # -- names
    def _tick(self) -> datetime:
        self.clock += timedelta(minutes=self.rng.randint(1, 300), seconds=self.rng.randint(0, 59))
        self.counter += self.rng.randint(1, 4)
        return self.clock

    def name(self, kind: str) -> str:
        t = self._tick()
        r = self.rng
        options = {
            "photo": [f"IMG_{self.counter}.JPG", f"IMG_{t:%Y%m%d_%H%M%S}.jpg", f"{t:%Y%m%d_%H%M%S}.jpg"],
            "heic": [f"IMG_{self.counter}.HEIC", f"IMG_{self.counter}.heic"],
            "chat": [f"微信图片_{t:%Y%m%d%H%M%S}.jpg", f"mmexport{int(t.timestamp() * 1000)}.jpg",
                     f"微信图片_{t:%Y%m%d%H%M%S}_{r.randint(1, 9)}.webp"],
            "scan": [f"scan{self.counter % 1000:03d}.jpg", f"扫描件{self.counter % 100}.png", f"Scan_{t:%Y%m%d}_{self.counter % 100:04d}.jpg",
                     f"doc{t:%Y%m%d%H%M}.png"],
            "tiff": [f"Scan_{t:%Y%m%d}_{self.counter % 100:04d}.tif", f"复印{self.counter % 100}.tiff"],
            "image_pdf": [f"CamScanner {t:%m-%d-%Y %H.%M}.pdf", f"扫描全能王 {t:%Y-%m-%d %H.%M}.pdf", f"scan{self.counter % 1000:03d}.pdf",
                          f"doc0{self.counter}{t:%Y%m%d}.pdf"],
            "text_pdf": [f"download ({r.randint(1, 9)}).pdf", f"文档{self.counter % 100}.pdf", f"{r.getrandbits(40):010x}.pdf",
                         f"file_{t:%Y%m%d%H%M%S}.pdf"],
            "screen": [f"Screenshot_{t:%Y%m%d-%H%M%S}.png", f"截屏{t:%Y-%m-%d %H.%M.%S}.png", f"Screenshot_{t:%Y-%m-%d-%H-%M-%S}.png"],
        }[kind]
        name = self.subfolder + r.choice(options)
        while name in self.names:
            stem, dot, ext = name.rpartition(".")
            name = f"{stem}_{r.randint(1, 99)}.{ext}"
        self.names.add(name)
        return name

    def _path(self, name: str) -> Path:
        path = self.folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        return path

    # -- bookkeeping
    def _record(self, name: str, page: int, leaf: Leaf, capture: str, rotation: int) -> None:
        self.pages.append({"file": name, "page": page, "type": leaf.type, "capture": capture, "rotation": rotation})
        for doc, _ in leaf.owners:
            if doc is not None and {"file": name, "page": page} not in doc.pages:
                doc.pages.append({"file": name, "page": page})

    def leaves(self, drawn: Drawn) -> list[Leaf]:
        doc = self.by_drawing.get(id(drawn))
        return [Leaf(p.sheet, [(doc, p)]) for p in drawn.pages]

    # -- routes
    def photos(self, leaves: list[Leaf], chat_ok: bool = True, card: bool = False) -> None:
        r = self.rng
        for leaf in leaves:
            kind = r.choices(("photo", "heic", "chat"), (0.62, 0.08, 0.3 if chat_ok else 0))[0]
            fill = (0.4, 0.6) if card else (0.72, 0.9)
            if kind == "chat":
                fill = (0.5, 0.65) if card else (0.8, 0.92)
            img = captures.phone_photo(r, leaf.sheet, fill, frame=(3264, 2448) if kind == "heic" else None)
            rotation, orientation = 0, 1
            roll = r.random()
            if roll < 0.08:
                rotation = r.choice((90, 180, 270))
                img = files.turned(img, rotation)
            elif roll < 0.22 and kind != "heic":
                orientation = r.choice((3, 6, 8))
            name = self.name(kind)
            if kind == "chat":
                img = captures.chat_recompress(r, img)
                if name.endswith(".webp"):
                    files.webp(self._path(name), img, r.randint(55, 75))
                else:
                    files.jpeg(self._path(name), img, r.randint(50, 72))
                capture = "phone_photo_chat"
            elif kind == "heic":
                files.heic(self._path(name), img, r.randint(55, 80))
                capture = "phone_photo_heic"
            else:
                files.jpeg(self._path(name), img, r.randint(82, 93), orientation)
                capture = "phone_photo" + (f"_exif{orientation}" if orientation != 1 else "")
            self._record(name, 1, leaf, capture, rotation)

    def scans(self, leaves: list[Leaf], copy: bool = False, low_dpi: bool = False) -> None:
        r = self.rng
        for leaf in leaves:
            dpi = 100 if low_dpi else r.choice((150, 200, 200, 300))
            if copy:
                img = captures.photocopy(r, leaf.sheet, dpi)
                capture = "copy_100dpi" if low_dpi else "photocopy"
            else:
                grey = r.random() < 0.3
                img = captures.flatbed(r, leaf.sheet, dpi, grey)
                capture = "flatbed_grey" if grey else "flatbed_colour"
            rotation = 180 if r.random() < 0.05 else 0
            img = files.turned(img, rotation)
            name = self.name("scan")
            if name.endswith(".png"):
                files.png(self._path(name), img)
            else:
                files.jpeg(self._path(name), img, r.randint(75, 92))
            self._record(name, 1, leaf, capture, rotation)

    def tiff(self, leaves: list[Leaf]) -> None:
        dpi = self.rng.choice((200, 300))
        name = self.name("tiff")
        files.tiff(self._path(name), [captures.bilevel(self.rng, l.sheet, dpi) for l in leaves], dpi)
        for k, leaf in enumerate(leaves, 1):
            self._record(name, k, leaf, "bilevel_tiff", 0)

    def text_pdf(self, drawn: Drawn) -> None:
        name = self.name("text_pdf")
        files.text_pdf(self._path(name), [p.sheet for p in drawn.pages], self.rng)
        for k, leaf in enumerate(self.leaves(drawn), 1):
            self._record(name, k, leaf, "text_pdf", 0)

    def screenshots(self, drawn: Drawn) -> None:
        r = self.rng
        for leaf in self.leaves(drawn):
            img = captures.screenshot(leaf.sheet)
            if r.random() < 0.3:
                name = self.name("chat")
                name = name.rsplit(".", 1)[0] + ".jpg"
                self.names.add(name)
                files.jpeg(self._path(name), img, r.randint(60, 80))
                capture = "screenshot_chat"
            else:
                name = self.name("screen")
                files.png(self._path(name), img)
                capture = "screenshot"
            self._record(name, 1, leaf, capture, 0)

    def to_bundle(self, leaves: list[Leaf], blank_after: Optional[Drawn] = None) -> None:
        self.bundle += leaves
        if blank_after is not None:
            self.bundle += [Leaf(p.sheet, [(None, p)]) for p in blank_after.pages]

    def flush_bundle(self) -> None:
        """Scanner-app PDFs: the bundled pages, several documents in one file, JPEG inside."""
        r = self.rng
        while self.bundle:
            take = self.bundle[: r.randint(4, 9)]
            self.bundle = self.bundle[len(take):]
            dpi = r.choice((150, 200))
            imgs = []
            for leaf in take:
                img = captures.photocopy(r, leaf.sheet, dpi) if r.random() < 0.3 else captures.flatbed(r, leaf.sheet, dpi, r.random() < 0.4)
                imgs.append(img)
            name = self.name("image_pdf")
            files.image_pdf(self._path(name), imgs, dpi, r.randint(60, 85))
            for k, leaf in enumerate(take, 1):
                self._record(name, k, leaf, "image_pdf", 0)


def write(rng: random.Random, p: Plan, folder: Path) -> list[dict]:
    """Capture every drawing of the plan into files in folder; returns the page list of the truth."""
    w = Writer(rng, folder, p.story.as_of, p.documents)
    r = rng
    blank = irrelevant.draw(r, "blank", p.story)
    roles = p.drawn

    # the cards: on an A4 copy together, or photographed / scanned one face at a time
    id_pages = w.leaves(roles["id_card"][0]) if "id_card" in roles else []
    permit_parts = roles.get("residence_permit", [])
    permit_card = [d for d in permit_parts if d.layout == "permit_card"]
    permit_card_leaves = w.leaves(permit_card[0]) if permit_card else []
    if id_pages:
        route = r.random()
        if route < 0.45:
            cards = id_pages + (permit_card_leaves if permit_card_leaves and r.random() < 0.6 else [])
            if len(cards) > len(id_pages):
                permit_card_leaves = []
            copy = Leaf(compose.a4_card_copy(r, [c.sheet for c in cards], mark=r.random() < 0.5),
                        [o for c in cards for o in c.owners])
            how = r.random()
            if how < 0.35:
                w.scans([copy], copy=True)
            elif how < 0.6:
                w.scans([copy])
            elif how < 0.8:
                w.to_bundle([copy])
            else:
                w.photos([copy], chat_ok=False)
        elif route < 0.85:
            w.photos(id_pages, card=True)
        else:
            w.scans([Leaf(compose.card_on_scanner(r, l.sheet), l.owners) for l in id_pages])
    if permit_card_leaves:
        w.photos(permit_card_leaves, card=True)
    for d in permit_parts:
        if d.layout == "permit_card":
            continue
        _route(w, r, d, blank)

    # the 户口簿
    cover, member = roles.get("household_register_cover"), roles.get("household_register_member")
    if cover or member:
        leaves = (w.leaves(cover[0]) if cover else []) + (w.leaves(member[0]) if member else [])
        is_head = p.story.cover is not None and p.story.cover.head_name == p.story.person.name
        how = r.random()
        if cover and member and is_head and how < 0.35:
            spread = Leaf(compose.open_spread(r, leaves[0].sheet, leaves[1].sheet),
                          leaves[0].owners + leaves[1].owners)
            w.photos([spread], chat_ok=False)
        elif len(leaves) == 2 and how < 0.6:
            copy = Leaf(compose.a4_booklet_copy(r, [l.sheet for l in leaves], mark=r.random() < 0.4),
                        leaves[0].owners + leaves[1].owners)
            if r.random() < 0.5:
                w.scans([copy], copy=r.random() < 0.6)
            else:
                w.to_bundle([copy], blank if r.random() < 0.3 else None)
        elif how < 0.85:
            w.photos(leaves)
        else:
            w.scans(leaves)
    for role in ("collective_hukou_certificate",):
        if role in roles:
            _route(w, r, roles[role][0], blank)

    for role, parts in roles.items():
        if role.startswith("contract") or role in ("tax", "insurance", "chsi"):
            _route(w, r, parts[0], blank)
        elif role in ("diploma", "degree"):
            leaves = w.leaves(parts[0])
            w.scans(leaves) if r.random() < 0.5 else w.photos(leaves)
        elif role == "marriage":
            leaves = w.leaves(parts[0])
            spread = Leaf(compose.open_spread(r, leaves[0].sheet, leaves[1].sheet, cover=(170, 20, 30)),
                          leaves[0].owners + leaves[1].owners)
            w.photos([spread])
        elif role.startswith("extra"):
            d = parts[0]
            leaves = [Leaf(pg.sheet, [(None, pg)]) for pg in d.pages]
            if d.medium == "receipt":
                w.photos(leaves)
            elif d.layout == "blank_back_page":
                w.to_bundle(leaves) if w.bundle else w.scans(leaves)
            else:
                w.scans(leaves) if r.random() < 0.5 else w.photos(leaves, chat_ok=False)
    w.flush_bundle()
    return w.pages


def _route(w: Writer, r: random.Random, d: Drawn, blank: Drawn) -> None:
    """Capture one drawing by what it is: a screen is screenshotted, a web print may stay a text PDF, paper is
    photographed page by page, scanned, copied, bilevel-scanned into a TIFF or put into a scanner-app PDF."""
    if d.medium == "screen":
        w.screenshots(d)
        return
    if d.medium == "web" and r.random() < 0.65:
        w.text_pdf(d)
        return
    leaves = w.leaves(d)
    small_print = d.type in ("tax_record", "social_insurance_record")
    how = r.random()
    if how < 0.3:
        w.photos(leaves, chat_ok=not small_print)
    elif how < 0.45 and len(leaves) > 1:
        w.tiff(leaves)
    elif how < 0.7:
        w.to_bundle(leaves, blank if r.random() < 0.3 else None)
    elif how < 0.85:
        w.scans(leaves, copy=True, low_dpi=(not small_print and r.random() < 0.3))
    else:
        w.scans(leaves)
