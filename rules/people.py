"""Whose papers: a packet may hold the spouse's ID card and 户口簿, handed in for the spouse points (SPEC §6). They
are set apart before any rule runs, so the applicant's rules compare only the applicant's papers and the points
estimate finds the spouse's where it looks for them."""
from __future__ import annotations

from dataclasses import replace
from typing import Optional

from precheck.core.model import Document
from rules.compare import compare_values, name_key, normal_id
from rules.fields import Got, doubtful_positions, read
from rules.registry import CheckContext

# A 户口簿 whose address is in Shanghai is never the applicant's: a 居住证 holder's hukou is elsewhere.
SHANGHAI = "上海"
PERSONAL_TYPES = ("id_card", "household_register_member")
# The papers that show the applicant's own hukou (SPEC §4 packet.missing_document).
APPLICANT_REGISTERS = ("household_register_cover", "collective_hukou_certificate")


def for_applicant(context: CheckContext) -> CheckContext:
    """The context with the spouse's papers moved from `documents` to `others`."""
    spouses = [(read(d, "spouse_id_number"), read(d, "spouse_name")) for d in context.of_type("marriage_certificate")]
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
    return replace(context, documents=mine, others=theirs)


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
    if address is None or not address.text.startswith(SHANGHAI):
        return None
    # Setting the applicant's own register apart makes it missing, an error: alone, only a sure 上海 may do that.
    doubtful = address.field.guessed or any(position < len(SHANGHAI) for position in doubtful_positions(address.field))
    return "unsure" if doubtful else "sure"
