"""The hukou address on the residence permit against the household register (SPEC §4 address.hukou_mismatch)."""
from __future__ import annotations

from extractors.doctypes.collective_hukou_certificate import COLLECTIVE_NOTE
from precheck.core.model import Document, FieldValue, Severity
from rules.registry import CheckContext, rule
from rules.compare import compare_addresses, difference_hit, outvoted_by_witness
from rules.fields import absent, CERTAIN_FLOOR, read, read_partly, unreadable

HUKOU_ADDRESS = (("household_register_cover", "address"), ("collective_hukou_certificate", "address"))
PURPOSE = "居住证上的户籍地址与户口簿是否一致"
FIX = ("受理机构要求居住证上的“常住户口所在地住址”与户口簿上的户口地址逐字一致，不一致的不予受理（000 §六.1）。"
       "请先到居住证签发地（居住地街道社区事务受理服务中心）将居住证上的常住户口所在地住址变更为与户口簿一致，"
       "再提交积分申请；网上申请表中的户籍地址也须一字不差（003）。")


@rule("address.hukou_mismatch", Severity.error, "000 §六.1; 003")
def hukou_mismatch(context: CheckContext):
    """居住证户籍地址与户口簿一致
    居住证上的常住户口所在地住址须与户口簿首页住址（集体户口为户籍证明上的地址）在规范化后逐字一致。"""
    permits = context.of_type("residence_permit")
    registers = [(d, name) for type_id, name in HUKOU_ADDRESS for d in context.of_type(type_id)]
    if not permits:
        yield absent(context, "residence_permit", "户籍地址")
        return
    if not registers:
        yield absent(context, "household_register_cover", "户籍地址")
        return
    permit_address = next((got for permit in permits if (got := read(permit, "hukou_address")) is not None), None)
    permit_partly = permit_address or next(
        (got for permit in permits if (got := read_partly(permit, "hukou_address")) is not None), None)
    # The 身份证 and the 户口簿 are issued from the same hukou record, so where the 身份证 reads exactly as the 居住证
    # and the 户口簿 differs only in characters read unsurely, the 户口簿's reading is the one in doubt. The other way
    # round (身份证 and 户口簿 alike, 居住证 different) is the mismatch the office refuses, and stays an error.
    witness = next((got for card in context.of_type("id_card") if (got := read(card, "address")) is not None), None)
    for register, name in registers:
        address = read(register, name)
        if address is not None and permit_address is not None:
            comparison = compare_addresses(*_as_compared(register, address.field, permit_address.field))
            if witness is not None:
                comparison = outvoted_by_witness(comparison, address, permit_address, witness)
            if comparison.outcome != "same":
                check_first = address if comparison.witness else None
                yield difference_hit("常住户口所在地住址", address, permit_address, comparison, FIX, check_first)
            continue
        # One of them could not be read surely: characters read surely may still show a real difference.
        register_partly = address or read_partly(register, name)
        if register_partly is not None and permit_partly is not None:
            comparison = compare_addresses(*_as_compared(register, register_partly.field, permit_partly.field))
            if comparison.outcome == "different":
                yield difference_hit("常住户口所在地住址", register_partly, permit_partly, comparison, FIX)
                continue
            if comparison.outcome == "same" and "【" not in comparison.left and permit_address is not None \
                    and _unsure_in_few(register_partly.field):
                continue  # its few unsure characters read exactly as the 居住证 prints them surely
        if address is None:
            yield unreadable(register, name, PURPOSE)
    if permit_address is None:
        for permit in permits:
            yield unreadable(permit, "hukou_address", PURPOSE)


# A register's address read unsurely in at most this many characters, each read as the 居住证 prints it surely, is
# that address: two documents read independently agree on every character.
UNSURE_CHARACTERS_CONFIRMED = 2


def _unsure_in_few(value: FieldValue) -> bool:
    chars = value.char_confidences or []
    return bool(chars) and sum(1 for confidence in chars if confidence < CERTAIN_FLOOR) <= UNSURE_CHARACTERS_CONFIRMED


def _as_compared(register: Document, one: FieldValue, other: FieldValue) -> tuple[FieldValue, FieldValue]:
    """A 户籍证明's address may carry the collective after it in brackets (…75号(人才交流中心集体户)), as the 居住证 may
    or may not. Where only one side carries it whole (the other has none, or has it cut at a line's end:
    …号(人才交流中心集体), both are compared without it; notes both carry whole are compared as they are (two
    collectives differ). A 户口簿's address is compared as it is."""
    if register.type != "collective_hukou_certificate":
        return one, other
    notes = [_collective_note_at(value) for value in (one, other)]
    whole = [at is not None and _closed(value.value[at:]) for value, at in zip((one, other), notes)]
    if all(at is None for at in notes) or all(whole):
        return one, other
    return tuple(_cut(value, at) for value, at in zip((one, other), notes))


def _collective_note_at(value: FieldValue):
    match = COLLECTIVE_NOTE.search(str(value.value or ""))
    return match.start() if match else None


def _closed(note: str) -> bool:
    return note.rstrip().endswith((")", "）"))


def _cut(value: FieldValue, at) -> FieldValue:
    if at is None:
        return value
    chars = value.char_confidences[:at] if value.char_confidences else value.char_confidences
    return value.model_copy(update={"value": value.value[:at], "char_confidences": chars})
