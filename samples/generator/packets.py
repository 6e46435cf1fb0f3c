"""Whole synthetic packets: one applicant's files as scanned or photographed, with the truth beside them.

make_packet(rng, name, out_dir) writes out_dir/NAME/ (the packet) and out_dir/NAME.truth.json."""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from dateutil.relativedelta import relativedelta
from PIL import Image

from samples.generator import EXTRAS, apply_capture, render_document, write_text_pdf
from samples.generator.months import declared_months, months_ending
from samples.generator.plan import PersonPlan, plan_person
from samples.generator.points import true_points
from samples.generator.rendered import RenderedDocument
from precheck.core.model import Severity
from rules.catalogue import severity_of

AS_OF_CHOICES = [date(2026, 11, 22), date(2026, 11, 10), date(2026, 11, 14), date(2026, 11, 15), date(2026, 11, 16),
                 date(2026, 12, 1), date(2026, 10, 20)]
DEFECTS = {
    # defect name: rule ids that must fire
    "missing_tax_record": ["packet.missing_document"],
    "missing_household_cover": ["packet.missing_document"],
    "hukou_mismatch": ["address.hukou_mismatch"],
    "contract_ends_soon": ["contract.ends_within_two_months"],
    "contract_short_term": ["contract.term_too_short"],
    "tax_missing_month": ["tax.missing_months"],
    "agency_withholding": ["employer.mismatch"],
    "name_lookalike": ["identity.name_mismatch"],
    "permit_expired": ["permit.expired"],
    "id_card_expired": ["id_card.expired"],
    "si_back_payments": ["social_insurance.insufficient_months"],
    # points (SPEC §6): warnings
    "only_dazhuan": ["points.below_standard"],
    "degree_without_diploma": ["points.claim_unsupported"],
    "adult_diploma_without_record": ["points.claim_unsupported"],
    "postgraduate_without_degree": ["points.claim_unsupported"],
}
RENEWAL_IRRELEVANT = ("missing_household_cover", "hukou_mismatch")
# A defect that lives on a document another defect leaves out cannot be seen, so the two are never drawn together.
HIDDEN_BY = {"missing_tax_record": ("tax_missing_month", "agency_withholding"), "missing_household_cover": ("hukou_mismatch",)}
# Characters OCR and people confuse; a name written with the other one is a different name.
LOOKALIKES = {"王": "玉", "李": "季", "张": "弦", "刘": "浏", "陈": "阵", "杨": "扬", "晓": "哓", "明": "朋", "伟": "玮", "军": "车"}
SHARE_COLLECTIVE_HUKOU = 0.12  # first applications handing in a 集体户口 certificate instead of the 户口簿
CAPTURE_WEIGHTS = [("clean", 2), ("scan", 4), ("photocopy", 2), ("photo", 3), ("lowres", 1), ("seal", 1)]
MISLEADING_NAMES = ["IMG_{n:04d}", "scan{n:03d}", "微信图片_2026{n:04d}", "新建文件{n}", "身份证{n}", "合同{n}", "document{n}"]


@dataclass
class PacketPlan:
    name: str
    as_of: date
    application: str
    defects: list[str]
    truth_pages: list[dict] = field(default_factory=list)
    truth_documents: list[dict] = field(default_factory=list)
    person: PersonPlan | None = None


def make_packet(rng: random.Random, name: str, out_dir: Path, defects: list[str] | None = None, compact: bool = False) -> Path:
    as_of = rng.choice(AS_OF_CHOICES)
    application = "renewal" if rng.random() < 0.2 else "first"
    if defects is None:
        roll = rng.random()
        count = 0 if roll < 0.34 else 1 if roll < 0.78 else 2
        defects = rng.sample(sorted(DEFECTS), count)
    if application == "renewal":
        # A renewal packet holds no 户口簿, so neither its absence nor an address that differs from it is a defect.
        defects = [d for d in defects if d not in RENEWAL_IRRELEVANT]
    hidden = {h for d in defects for h in HIDDEN_BY.get(d, ())}
    defects = [d for d in defects if d not in hidden]
    plan = PacketPlan(name, as_of, application, defects)
    plan.person = plan_person(rng, as_of, defects)
    person = plan.person.person
    folder = out_dir / name
    folder.mkdir(parents=True, exist_ok=True)
    writer = _Writer(folder, rng, compact, plan)

    for doc in _documents(person, rng, plan):
        writer.write(doc)
    points, claims = true_points(plan.truth_documents, as_of)
    expected = sorted({rule for d in plan.defects for rule in DEFECTS[d]} | set(_points_rules(points, claims)))
    errors = [r for r in expected if severity_of(r) == Severity.error]
    truth = {
        "packet": name, "as_of": as_of.isoformat(), "application": application, "defects": plan.defects,
        "expected_rules": expected, "verdict": "fix" if errors else "review" if expected else "ready",
        "points": points, "pages": plan.truth_pages, "documents": plan.truth_documents,
    }
    (out_dir / f"{name}.truth.json").write_text(json.dumps(truth, ensure_ascii=False, indent=1), encoding="utf-8")
    return folder


def _points_rules(points: dict, claims: list[str]) -> list[str]:
    return (["points.below_standard"] if points["estimate"] < points["standard"] else []) + \
        (["points.claim_unsupported"] if claims else [])


def _documents(person, rng: random.Random, plan: PacketPlan):
    as_of, defects = plan.as_of, plan.defects
    # dates that keep a clean packet clean, moved by the defects
    permit_issue = as_of - timedelta(days=rng.randint(60, 700))
    permit = {"issue_date": permit_issue, "valid_until": permit_issue + relativedelta(years=3) - timedelta(days=1)}
    if "permit_expired" in defects:
        permit = {"issue_date": as_of - relativedelta(years=3, days=rng.randint(1, 60)),
                  "valid_until": as_of - timedelta(days=rng.randint(1, 40))}
    if "id_card_expired" in defects:
        person = person.with_(id_valid_from=as_of - relativedelta(years=10, days=20), id_valid_until=as_of - timedelta(days=rng.randint(1, 19)))
    start = as_of - timedelta(days=rng.randint(200, 900))
    contract = {"start_date": start, "end_date": start + relativedelta(years=rng.choice([3, 5])) - timedelta(days=1)}
    if contract["end_date"] < as_of + relativedelta(months=2):
        contract["end_date"] = as_of + relativedelta(years=1)
    if "contract_ends_soon" in defects:
        contract["end_date"] = as_of + relativedelta(months=2) - timedelta(days=rng.choice([1, 1, 10, 30]))
    elif rng.random() < 0.15:
        contract["end_date"] = as_of + relativedelta(months=2)  # exactly on the limit: must not fire
    if contract["end_date"] + timedelta(days=1) < contract["start_date"] + relativedelta(years=1):
        # an end moved close to as-of must not make the term short by accident: that is another defect
        contract["start_date"] = contract["end_date"] - relativedelta(years=1) - timedelta(days=30)
    if "contract_short_term" in defects and "contract_ends_soon" in defects:
        # both: a short contract that ends soon (keeping the end that makes it end soon)
        contract["start_date"] = contract["end_date"] - relativedelta(months=rng.choice([6, 11]))
    elif "contract_short_term" in defects:
        contract["start_date"] = as_of - timedelta(days=rng.randint(30, 120))
        contract["end_date"] = contract["start_date"] + relativedelta(months=rng.choice([6, 11])) + timedelta(days=rng.choice([0, 20]))
        if contract["end_date"] < as_of + relativedelta(months=2):
            contract["end_date"] = as_of + relativedelta(months=3)
    contract["open_ended"] = "contract_ends_soon" not in defects and "contract_short_term" not in defects and rng.random() < 0.15
    months = declared_months(as_of, rng.choice([6, 6, 9, 12]))
    window = declared_months(as_of, 6)
    if "tax_missing_month" in defects:
        dropped = rng.choice(window[:-1])
        months = [m for m in months if m != dropped]
    tax = {"tax_months": months, "as_of": as_of}
    if "agency_withholding" in defects:
        tax["agent_by_month"] = {window[-1]: person.agency}
    employer_variant = person.employer
    if "(" in person.employer and rng.random() < 0.6:
        employer_variant = person.employer.replace("(", "（").replace(")", "）")  # same company: must not fire

    yield render_document("id_card", person, rng, layout=rng.choice(["cards", "a4_copy", "a4_copy_noted"]))
    permit_over = dict(permit)
    if "hukou_mismatch" in defects:
        permit_over["hukou_address"] = _shift_number(person.hukou_address, rng)
    if "name_lookalike" in defects:
        permit_over["name"] = _lookalike(person.name)
    yield render_document("residence_permit", person, rng, layout=rng.choice(["info_table", "info_list", "info_table"]), **permit_over)
    if plan.application == "first":
        if rng.random() < SHARE_COLLECTIVE_HUKOU:
            # A 集体户口 certificate stands in for the 户口簿: its missing cover is no defect any more.
            plan.defects[:] = [d for d in plan.defects if d != "missing_household_cover"]
            yield render_document("collective_hukou_certificate", person, rng)
        else:
            if "missing_household_cover" not in defects:
                yield render_document("household_register_cover", person, rng)
            yield render_document("household_register_member", person, rng)
    yield render_document("labour_contract", person, rng, employer=employer_variant, pages=rng.randint(3, 5), **contract)
    if "missing_tax_record" not in defects:
        yield render_document("tax_record", person, rng, **tax)
    chosen = plan.person
    if chosen.si_months:
        si_months = months_ending(as_of, chosen.si_months)
        back = si_months[:-1] if "si_back_payments" in defects else []
        yield render_document("social_insurance_record", person, rng, as_of=as_of, si_months=si_months, back_payment_months=back)
    for paper in chosen.papers:
        yield render_document(paper.doc_type if paper.doc_type != "xuexin_record" else "diploma", person, rng,
                              layout=_paper_layout(paper, rng), **paper.overrides())
    if chosen.marriage_certificate:
        yield render_document("marriage_certificate", person, rng, registration_date=chosen.married_on)
    if chosen.spouse is not None:
        yield render_document("id_card", chosen.spouse, rng, layout=rng.choice(["cards", "a4_copy"]))
        yield render_document("household_register_cover", chosen.spouse, rng)
        yield render_document("household_register_member", chosen.spouse, rng)
    for type_id, extra in EXTRAS.items():
        if extra.fits(person) and rng.random() < extra.share:
            yield render_document(type_id, person, rng)


def _paper_layout(paper, rng: random.Random) -> str:
    if paper.doc_type == "xuexin_record":
        return "xuexin"
    return rng.choice(["classic", "modern", "kai"] if paper.doc_type == "diploma" else ["classic", "modern", "master"])


def _shift_number(address: str, rng) -> str:
    """The permit's hukou address as offices get it wrong: another house number, a digit left out of a number
    (204室 → 24室, the very shape of a character OCR drops), or a part of the address left out (23幢)."""
    import re

    numbers = list(re.finditer(r"\d+(?=[号幢室组])", address))
    if not numbers:
        return address + "附1号"
    kind = rng.choice(("shift", "shift", "drop_digit", "drop_part"))
    long_numbers = [m for m in numbers if len(m.group()) >= 3]
    if kind == "drop_digit" and long_numbers:
        match = rng.choice(long_numbers)
        cut = match.start() + rng.randrange(1, len(match.group()))  # never the first digit: 204 → 24 or 20
        return address[:cut] + address[cut + 1:]
    parts = list(re.finditer(r"\d+[幢组]", address))
    if kind == "drop_part" and parts:
        match = rng.choice(parts)
        return address[: match.start()] + address[match.end():]
    match = re.search(r"(\d+)号", address) or numbers[0]
    number = int(match.group(1) if match.re.groups else match.group())
    start, end = (match.start(1), match.end(1)) if match.re.groups else (match.start(), match.end())
    return address[:start] + str(number + rng.randint(1, 9)) + address[end:]


def _lookalike(name: str) -> str:
    for i, ch in enumerate(name):
        if ch in LOOKALIKES:
            return name[:i] + LOOKALIKES[ch] + name[i + 1:]
    return name[0] + "玉" + name[2:] if len(name) > 2 else name + "玉"


class _Writer:
    """Puts each document's pages into files of several kinds, recording where every page went."""

    def __init__(self, folder: Path, rng: random.Random, compact: bool, plan: PacketPlan):
        self.folder, self.rng, self.compact, self.plan = folder, rng, compact, plan
        self.counter = rng.randint(1, 9000)
        self.template: str | None = None

    def _name(self, ext: str) -> str:
        self.counter += 1
        return (self.template or self.rng.choice(MISLEADING_NAMES)).format(n=self.counter) + ext

    def _capture(self) -> str:
        kinds, weights = zip(*CAPTURE_WEIGHTS)
        return self.rng.choices(kinds, weights)[0]

    def _shrink(self, image: Image.Image) -> Image.Image:
        if not self.compact:
            return image
        scale = 0.5 if max(image.size) > 1800 else 0.8
        return image.resize((round(image.width * scale), round(image.height * scale)), Image.Resampling.LANCZOS)

    def write(self, doc: RenderedDocument) -> None:
        rng = self.rng
        refs = []
        if doc.doc_type == "tax_record" and rng.random() < 0.5:
            name = self._name(".pdf")
            write_text_pdf(doc, self.folder / name, with_image=not self.compact)
            refs = [(name, n + 1, "text_pdf", 0) for n in range(len(doc.pages))]
        elif len(doc.pages) > 1 and doc.doc_type != "id_card" and rng.random() < 0.6:
            capture = self._capture()
            images = [self._shrink(apply_capture(p, capture, rng)).convert("RGB") for p in doc.pages]
            rotation = 180 if rng.random() < 0.15 else 0
            if rotation:
                images[-1] = images[-1].rotate(180)
            if rng.random() < 0.5:
                name = self._name(".pdf")
                images[0].save(self.folder / name, "PDF", save_all=True, append_images=images[1:], resolution=150 if self.compact else 300)
            else:
                name = self._name(".tif")
                images[0].save(self.folder / name, save_all=True, append_images=images[1:], compression="jpeg", quality=60 if self.compact else 80)
            refs = [(name, n + 1, capture, rotation if n == len(images) - 1 else 0) for n in range(len(images))]
        else:
            # pages photographed one by one get the phone's consecutive names
            self.template = rng.choice(MISLEADING_NAMES)
            for page in doc.pages:
                capture = self._capture()
                image = self._shrink(apply_capture(page, capture, rng)).convert("RGB")
                refs.append(self._write_single(image, capture))
            self.template = None
        for file, page_no, capture, rotation in refs:
            self.plan.truth_pages.append({"file": file, "page": page_no, "type": doc.doc_type, "capture": capture, "rotation": rotation})
        if doc.doc_type != "unknown":
            self.plan.truth_documents.append({"type": doc.doc_type, "layout": doc.layout,
                                              "pages": [{"file": f, "page": p} for f, p, _, _ in refs],
                                              "fields": doc.fields, "rows": doc.rows})

    def _write_single(self, image: Image.Image, capture: str):
        rng = self.rng
        roll = rng.random()
        if capture == "photo" and roll < 0.35:
            # a phone photo held sideways: pixels stored turned, EXIF says how to show them
            name = self._name(".jpg")
            exif = Image.Exif()
            exif[0x0112] = 6
            image.transpose(Image.Transpose.ROTATE_90).save(self.folder / name, "JPEG", quality=75, exif=exif.tobytes())
            return name, 1, capture, 0
        if roll < 0.1:
            rotation = rng.choice([90, 180, 270])
            turned = image.rotate(-rotation, expand=True)
            name = self._name(".png" if not self.compact else ".jpg")
            turned.save(self.folder / name, quality=75)
            return name, 1, capture, rotation
        if roll < 0.2:
            import pillow_heif

            pillow_heif.register_heif_opener()
            name = self._name(".heic")
            image.save(self.folder / name, "HEIF", quality=60)
            return name, 1, capture, 0
        if roll < 0.3 and not self.compact:
            name = self._name(".png")
            image.save(self.folder / name)
            return name, 1, capture, 0
        name = self._name(".jpg")
        image.save(self.folder / name, "JPEG", quality=60 if self.compact else 85)
        return name, 1, capture, 0
