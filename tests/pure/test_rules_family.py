"""Family packets (outsider Y): other people's papers in the applicant's packet — the parents', siblings' and
children's 登记卡 from the family 户口簿, a parent's ID card, the spouse's tax record, the spouse's own 结婚证 booklet —
are set apart, not compared; a paper of the applicant's with a misprint is still compared."""
from precheck.core.id_number import check_character
from tests.rule_packets import ID_NUMBER, NAME, clean_packet, doc, doubtful, drop, fv, run


def valid(first17: str) -> str:
    return first17 + check_character(first17)


MOTHER, MOTHER_ID = "刘秀英", valid("32060219620514122")
SPOUSE, SPOUSE_ID = "陈静", valid("31010419910506122")


def family_pages():
    return [doc("household_register_member", file="booklet_2.jpg", name=MOTHER, id_number=MOTHER_ID,
                relation_to_head="户主"),
            doc("household_register_member", file="booklet_4.jpg", name="王晓东", id_number=valid("32060219920811123"),
                relation_to_head="子")]


def fired(packet, *rules):
    return {rule for rule in rules if run(rule, packet).fired}


COMPARED = ("identity.name_mismatch", "identity.id_number_mismatch", "applicant.age_out_of_range", "id_card.expired",
            "packet.missing_document")


def test_the_other_members_pages_of_the_family_booklet_and_a_parents_card_are_not_compared():
    mother_card = doc("id_card", file="mother.jpg", name=MOTHER, id_number=MOTHER_ID, birth_date="1962-05-14",
                      valid_until="2020-01-01")
    assert not fired(clean_packet() + family_pages() + [mother_card], *COMPARED)


def test_the_applicants_own_page_missing_beside_the_others_is_missing():
    packet = drop(clean_packet(), "household_register_member") + family_pages()
    assert "常住人口登记卡" in run("packet.missing_document", packet).message()


def test_the_applicants_own_page_with_a_misprinted_name_or_number_is_still_compared():
    one_character = drop(clean_packet(), "household_register_member") + family_pages() + [
        doc("household_register_member", name="王小明", id_number=ID_NUMBER, relation_to_head="子")]
    assert run("identity.name_mismatch", one_character).severities == ["error"]
    misprint = valid(ID_NUMBER[:15] + "47")  # two characters apart (the last is the check digit)
    number = drop(clean_packet(), "household_register_member") + family_pages() + [
        doc("household_register_member", name=NAME, id_number=misprint, relation_to_head="子")]
    assert run("identity.id_number_mismatch", number).severities == ["error"]


def test_another_members_page_whose_number_was_not_read_is_set_apart_beside_the_applicants_own():
    unread = doc("household_register_member", file="booklet_2.jpg", name=MOTHER, relation_to_head="户主")
    assert not fired(clean_packet() + [unread], "identity.name_mismatch")
    alone = drop(clean_packet(), "household_register_member") + [unread]  # nothing shows it is not the applicant's
    assert run("identity.name_mismatch", alone).fired


def test_the_heads_page_one_character_from_the_applicants_name_is_the_heads_beside_the_applicants_own():
    """Outsider Z z039: the 户主 万国's page beside his daughter 万琴's, its number read unsurely; the relations tell."""
    own = doc("household_register_member", name=NAME, id_number=ID_NUMBER, relation_to_head="长子")
    head = doc("household_register_member", file="booklet_1.jpg", name="王晓东", id_number=doubtful(valid("32060219620514123"), 14, 15, 16),
               relation_to_head="户主")
    assert not fired(drop(clean_packet(), "household_register_member") + [own, head], *COMPARED)
    # ... but not where the relations do not tell them apart
    same = doc("household_register_member", file="booklet_1.jpg", name="王晓东", relation_to_head="长子")
    assert run("identity.name_mismatch", drop(clean_packet(), "household_register_member") + [own, same]).fired


def test_a_page_read_unsurely_is_another_persons_only_when_nothing_of_its_name_is_the_applicants():
    far = doc("household_register_member", file="booklet_2.jpg", name=doubtful("刘秀英", 1),
              id_number=doubtful(MOTHER_ID, 3))
    assert not fired(clean_packet() + [far], "identity.name_mismatch")
    near = doc("household_register_member", file="booklet_2.jpg", name=doubtful("王秀英", 1),
               id_number=doubtful(MOTHER_ID, 3))
    assert run("identity.name_mismatch", drop(clean_packet(), "household_register_member") + [near]).fired


def test_the_spouses_tax_record_is_no_tax_record_of_the_applicants():
    theirs = doc("tax_record", file="spouse_tax.pdf", name=SPOUSE, id_number=SPOUSE_ID)
    packet = drop(clean_packet(), "tax_record") + [theirs]
    assert "纳税记录" in run("packet.missing_document", packet).message()
    assert not fired(packet, "identity.name_mismatch", "identity.id_number_mismatch")


def test_the_spouses_own_marriage_booklet_is_no_mismatch_and_does_not_make_the_applicant_the_spouse():
    """The spouse's booklet names the applicant as 配偶: the applicant's own card and page stay the applicant's."""
    theirs = doc("marriage_certificate", file="spouse_marriage.jpg", holder_name=SPOUSE, spouse_name=NAME,
                 spouse_id_number=ID_NUMBER, registration_date="2018-05-20")
    packet = clean_packet() + [theirs]
    assert not fired(packet, *COMPARED)
    unread = doc("marriage_certificate", file="spouse_marriage.jpg", holder_name=SPOUSE, registration_date="2018-05-20")
    assert not fired(clean_packet() + [unread], "identity.name_mismatch")
    misprint = doc("marriage_certificate", file="marriage.jpg", holder_name="王小明", registration_date="2018-05-20")
    assert run("identity.name_mismatch", clean_packet() + [misprint]).severities == ["error"]


def test_a_shanghai_register_read_too_poorly_to_compare_beside_the_applicants_own_is_set_apart():
    """y013: the spouse's 首页 read 上海市黄浦区顾村岩局 at 0.54, below what a comparison takes, still starts in
    Shanghai; beside the applicant's own 首页 it is the spouse's, not a different hukou address."""
    poor = doc("household_register_cover", file="spouse_cover.jpg", head_name=SPOUSE,
               address=fv("上海市黄浦区顾村岩局", confidence=0.54, chars=[0.99] * 6 + [0.3] * 4))
    assert not fired(clean_packet() + [poor], "address.hukou_mismatch")


def test_the_spouses_shanghai_booklet_read_poorly_still_shows_the_spouse_papers_are_there():
    """y013: its 首页 set apart as unsure Shanghai; its 户主 read shows it is in the packet, so declared spouse points
    are supported by the spouse's card, 登记卡 and 首页."""
    from precheck.core.declarations import Declarations
    from rules.families.points import assess
    from rules.people import for_applicant
    from rules.registry import CheckContext
    from tests.rule_packets import AS_OF
    marriage = doc("marriage_certificate", holder_name=NAME, spouse_name=SPOUSE, spouse_id_number=SPOUSE_ID,
                   registration_date="2018-05-20")
    papers = [doc("id_card", file="spouse_id.jpg", name=SPOUSE, id_number=SPOUSE_ID),
              doc("household_register_member", file="spouse_2.jpg", name=SPOUSE, id_number=SPOUSE_ID),
              doc("household_register_cover", file="spouse_1.jpg", head_name="陈国栋",
                  address=fv("上海市黄浦区顾村岩局", confidence=0.54, chars=[0.99] * 6 + [0.3] * 4))]
    context = CheckContext(documents=clean_packet() + [marriage] + papers, as_of=AS_OF, application="first",
                           declarations=Declarations(spouse_shanghai_hukou=True))
    found = assess(for_applicant(context))
    assert not found.claims
    assert next(i for i in found.items if i.indicator == "spouse_shanghai_hukou").from_ == "documents"


def test_the_missing_page_message_names_the_other_peoples_pages_it_did_not_count():
    packet = drop(clean_packet(), "household_register_member") + family_pages()
    message = run("packet.missing_document", packet).message()
    assert "其他人的（刘秀英、王晓东）" in message and "申请人本人" in message
    assert "其他人的" not in run("packet.missing_document", drop(clean_packet(), "household_register_member")).message()
