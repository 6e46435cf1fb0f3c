"""Whose papers: a packet may hold the spouse's ID card and 户口簿, handed in for the spouse points (SPEC §6), and
other people's papers besides: the 登记卡 of the parents, siblings and children in the applicant's family 户口簿, a
parent's ID card, the spouse's tax record. They are set apart before any rule runs, so the applicant's rules compare
only the applicant's papers and the points estimate finds the spouse's where it looks for them."""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Optional

from rapidfuzz.distance import Levenshtein

from extractors.reading.values import id_number_ok
from extractors.registry import all_types, document_type
from precheck.core.id_number import FORMAT, MISPRINT_MAX, characters_apart, is_masked
from precheck.core.model import Document
from rules.compare import compare_values, name_key, normal_id
from rules.fields import Got, doubtful_positions, read, read_partly
from rules.registry import CheckContext

# A 户口簿 whose address is in Shanghai is never the applicant's: a 居住证 holder's hukou is elsewhere.
SHANGHAI = "上海"
PERSONAL_TYPES = ("id_card", "household_register_member")
# The papers that show the applicant's own hukou (SPEC §4 packet.missing_document).
APPLICANT_REGISTERS = ("household_register_cover", "collective_hukou_certificate")


def for_applicant(context: CheckContext) -> CheckContext:
    """The context with the spouse's papers moved from `documents` to `others`, and other people's to `family`."""
    applicant = _applicant(context.documents)
    spouses = [_spouse_on(d, applicant) for d in context.of_type("marriage_certificate")]
    mine, theirs = [], list(context.others)
    for document in context.documents:
        (theirs if _spouses(document, spouses) or _shanghai_register(document) == "sure" else mine).append(document)
    # A register read unsurely as Shanghai is set apart only when another register (a 首页 or a 集体户口 letter) remains
    # the applicant's, or when it is the spouse's by the spouse's own ID card, which gives the same address.
    unsure = [d for d in mine if _shanghai_register(d) == "unsure"]
    own_register = any(d.type in APPLICANT_REGISTERS and all(d is not u for u in unsure) for d in mine)
    spouse_addresses = [got for d in theirs if d.type == "id_card" and (got := read(d, "address")) is not None]
    apart = [d for d in unsure if own_register or _at_address(d, spouse_addresses)]
    theirs += apart
    mine = [d for d in mine if all(d is not a for a in apart)]
    family = _other_peoples(mine, applicant) if applicant is not None else []
    mine = [d for d in mine if all(d is not f for f in family)]
    return replace(context, documents=mine, others=theirs, family=list(context.family) + family)


# Papers a packet may hold of another person than the applicant (a parent's ID card, a sibling's 登记卡, the spouse's
# tax record or old 居住证), and the papers only the applicant hands in, which count double in telling who that is.
PERSON_PAPERS = ("id_card", "household_register_member", "residence_permit", "tax_record", "social_insurance_record")
APPLICANTS_OWN = ("labour_contract",)
# Papers of which the applicant has one: the applicant's own 登记卡 and ID card.
ONE_EACH = ("household_register_member", "id_card")
RELATION = "relation_to_head"
PERSON_TYPES = frozenset(t.type_id for t in all_types() if t.applicant_id or t.applicant_name)


@dataclass(frozen=True)
class Applicant:
    number: str  # the ID number standing on most of the packet's papers
    names: tuple[Got, ...]  # the names read beside it

    def named(self, got: Optional[Got]) -> bool:
        return got is not None and any(compare_values(got.field, name.field, name_key).outcome == "same"
                                       for name in self.names)

    def numbered(self, got: Optional[Got]) -> bool:
        return got is not None and normal_id(got.text) == self.number


def _applicant(documents: list[Document]) -> Optional[Applicant]:
    """The person whose ID number, read surely and valid, stands on the most papers (a labour contract counting
    double: only the applicant hands one in), and on at least two; None where two numbers tie."""
    weights: dict[str, float] = {}
    for document, number in _numbers(documents):
        weights[number] = weights.get(number, 0) + (2 if document.type in APPLICANTS_OWN else 1)
    ranked = sorted(weights.items(), key=lambda item: -item[1])
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    number = ranked[0][0]
    names = tuple(got for document, found in _numbers(documents) if found == number
                  for got in [_read_named(document, "applicant_name")] if got is not None)
    return Applicant(number, names)


def _spouse_on(certificate: Document, applicant: Optional[Applicant]) -> tuple[Optional[Got], Optional[Got]]:
    """The spouse a 结婚证 names: its 配偶, or on the spouse's own booklet (whose 配偶 is the applicant), its holder."""
    spouse_id, spouse_name = read(certificate, "spouse_id_number"), read(certificate, "spouse_name")
    if applicant is not None and (applicant.numbered(spouse_id) or (spouse_id is None and applicant.named(spouse_name))):
        return None, read(certificate, "holder_name")
    return spouse_id, spouse_name


def _other_peoples(documents: list[Document], applicant: Applicant) -> list[Document]:
    """The papers of another person. One whose ID number, read surely and valid, is far from the applicant's, under a
    name that is not the applicant's; one whose name, read surely, is apart from the applicant's by more than a
    misprint, beside a number far from the applicant's however unsurely read; and where one 登记卡 (or ID card) is the
    applicant's by its number, every other one under another name, its number read or not: one person has one page in
    the 户口簿 (and a card handed in twice reads the same)."""
    strict = {id(document): number for document, number in _numbers(documents)}
    own_pages = [d for d in documents if d.type in ONE_EACH and _number_read(d) == applicant.number]
    own = {d.type for d in own_pages}
    own_relations = {got.text for d in own_pages if d.type == "household_register_member"
                     for got in [read(d, RELATION)] if got is not None and not got.doubtful}
    apart = []
    for document in documents:
        if document.type not in PERSON_PAPERS:
            continue
        number = _number_read(document)
        if number == applicant.number or applicant.named(_read_named(document, "applicant_name")):
            continue
        far = number is not None and _far_apart(number, applicant.number)
        if (far and id(document) in strict) or (_another_name(document, applicant) and (
                far or (number is None and document.type in own))) or _another_relation(document, own_relations):
            apart.append(document)
    return apart


def _another_relation(document: Document, own_relations: set[str]) -> bool:
    """A 登记卡 that stands in another relation to the 户主 than the applicant's own page, both read surely: the 户主's
    page beside the applicant's (长女), whose names may differ in one character (万国, 万琴)."""
    got = read(document, RELATION) if document.type == "household_register_member" else None
    return got is not None and not got.doubtful and bool(own_relations) and got.text not in own_relations


def _another_name(document: Document, applicant: Applicant) -> bool:
    """Its holder's name apart from the applicant's in more than one character (one character apart is the misprint
    the office refuses, not another person); read unsurely, in every character."""
    got = _read_named(document, "applicant_name")
    if got is None or applicant.named(got):
        return False
    # Read unsurely, it must have nothing in common with the applicant's: a misreading would keep something.
    apart = (lambda name: max(len(got.text), len(name.text))) if got.doubtful else (lambda name: 2)
    return all(Levenshtein.distance(got.text, name.text) >= apart(name) for name in applicant.names)


def _number_read(document: Document) -> Optional[str]:
    """The holder's ID number as read, however unsurely, where it is whole (18 characters)."""
    field_name = document_type(document.type).applicant_id if document.type in PERSON_TYPES else None
    got = read_partly(document, field_name) if field_name else None
    number = normal_id(got.text) if got is not None else None
    return number if number is not None and FORMAT.fullmatch(number) and not is_masked(number) else None


def _numbers(documents: list[Document]):
    """(document, its holder's ID number) where the number is read surely and is valid."""
    for document in documents:
        got = _read_named(document, "applicant_id")
        if got is None or got.doubtful:
            continue
        number = normal_id(got.text)
        if id_number_ok(number):
            yield document, number


def _read_named(document: Document, role: str) -> Optional[Got]:
    """The holder's own name or number (`applicant_name` / `applicant_id`, as the document's type declares it)."""
    field_name = getattr(document_type(document.type), role, None) if document.type in PERSON_TYPES else None
    return read(document, field_name) if field_name else None


def _far_apart(number: str, applicant: str) -> bool:
    """Apart in more characters than a misprint: another person's number, not the applicant's misprinted."""
    return characters_apart(number, applicant) > MISPRINT_MAX


def _at_address(register: Document, addresses: list[Got]) -> bool:
    address = read(register, "address")
    return address is not None and any(compare_values(address.field, other.field).outcome == "same" for other in addresses)


def _spouses(document: Document, spouses: list[tuple[Optional[Got], Optional[Got]]]) -> bool:
    if document.type not in PERSONAL_TYPES:
        return False
    id_number, name = read(document, "id_number"), read(document, "name")
    for spouse_id, spouse_name in spouses:
        if id_number is not None and spouse_id is not None:
            if normal_id(id_number.text) == normal_id(spouse_id.text):
                return True
            continue  # both numbers read and different: not the spouse, whatever the name
        if name is not None and spouse_name is not None and \
                compare_values(name.field, spouse_name.field, name_key).outcome == "same":
            return True
    return False


def _shanghai_register(document: Document) -> Optional[str]:
    """"sure" or "unsure" for a 户口簿首页 read as in Shanghai, None otherwise."""
    if document.type != "household_register_cover":
        return None
    address = read(document, "address")
    if address is None:  # read too poorly to compare, it may still be plainly in Shanghai: unsure
        partly = read_partly(document, "address")
        return "unsure" if partly is not None and partly.text.startswith(SHANGHAI) else None
    if not address.text.startswith(SHANGHAI):
        return None
    # Setting the applicant's own register apart makes it missing, an error: alone, only a sure 上海 may do that.
    doubtful = address.field.guessed or any(position < len(SHANGHAI) for position in doubtful_positions(address.field))
    return "unsure" if doubtful else "sure"
