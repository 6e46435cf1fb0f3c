"""Classified page parts → documents: consecutive pages of one contract or tax record become one."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Optional

from extractors.doctypes import id_card, labour_contract
from extractors.reading.unlabelled_front import looks_like_unlabelled_front
from extractors.reading.values import id_number_ok, parse_id_number
from extractors.registry import UNKNOWN, document_type
from precheck.pipeline.classify import PagePart, ruled_out, START_REGION, TITLE_LINE_MAX_CHARS
from precheck.core.id_number import MISPRINT_MAX, characters_apart
from precheck.core.model import PageRef, PageText
from precheck.core.textnorm import for_matching, normalize


# A page OCR read (almost) nothing from: a faint page, or a blank back. At most a lone page number.
TEXTLESS_MAX_CHARS = 12
# 第 3 页 共 5 页, 共5页 第3页, 3/5: where a page stands in its document. Read at the page's head or foot.
PAGE_NUMBER = (re.compile(r"第(\d{1,3})页[,，、.·]?共(\d{1,3})页"), re.compile(r"共(\d{1,3})页[,，、.·]?第(\d{1,3})页"),
               re.compile(r"^-?(\d{1,3})/(\d{1,3})-?$"))
PAGE_NUMBER_MARGIN = 0.12  # of the image's height, or of the text's (a photo: the page lies inside the desk)
# - 4 -: a page's number alone, without the count.
LONE_PAGE_NUMBER = re.compile(r"^-(\d{1,3})-$")
# A contract's cover: its title, the parties' names, a date and the issuer's line, each short; no clause.
COVER_MAX_LINES = 12
COVER_LINE_MAX_CHARS = 24
# A table row's key opens its line: a month (2026-02, 2026.02, 2026年02月) or a 税款所属期's first day. A page holding
# this many runs on a table record before it.
ROW_KEY = re.compile(r"^\d{4}(?:[-./]\d{1,2}(?!\d)|年\d{1,2}月)")
ROWS_OF_A_TABLE_PAGE = 3
# A page headed by a contract or agreement of another kind (房屋租赁合同, 保密协议) is not a page of this one.
OTHER_AGREEMENT_HEAD = re.compile(r"(?:合同|协议)书?$")


@dataclass
class PlacedPart:
    page: PageText
    part: PagePart


@dataclass
class DocumentDraft:
    type_id: str
    parts: list[PlacedPart] = field(default_factory=list)
    has_start: bool = False

    @property
    def pages(self) -> list[PageRef]:
        refs: list[PageRef] = []
        for placed in self.parts:
            if placed.page.ref not in refs:
                refs.append(placed.page.ref)
        return refs

    @property
    def score(self) -> float:
        return max((p.part.classification.score for p in self.parts), default=0.0)


def group_documents(placed_parts: list[PlacedPart]) -> list[DocumentDraft]:
    documents: list[DocumentDraft] = []
    for placed in placed_parts:
        current, textless = _open_document(documents, placed)
        if current is not None and _goes_on(current, placed):
            for draft in textless:  # faint pages of the same file between two of its pages
                documents.remove(draft)
                current.parts.extend(draft.parts)
            current.parts.append(placed)
            current.has_start = current.has_start or _opens(placed.part)
            continue
        cls = placed.part.classification
        documents.append(DocumentDraft(type_id=cls.type_id, parts=[placed], has_start=_opens(placed.part)))
    documents = _adopt_numbered_blank_pages(_adopt_textless_pages(_adopt_stray_pages(_join_covers(documents))))
    return _join_marriage_pages(_pair_card_sides(_join_one_document_types(documents)))


# A 结婚证 booklet photographed page by page: the page naming its holder (持证人, 登记日期) and the page of the two
# people (姓名, 国籍, 身份证件号 each) are one certificate. Either booklet's people page shows the same two people, and
# the spouse is read as the one who is not the holder, so a people page may go with either holder page.
HOLDER_MARK = "持证人"
PEOPLE_MARK = "国籍"


def _join_marriage_pages(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    certificates = [draft for draft in documents if draft.type_id == "marriage_certificate"]
    marks = {id(draft): _draft_text(draft) for draft in certificates}
    holders = [d for d in certificates if HOLDER_MARK in marks[id(d)] and PEOPLE_MARK not in marks[id(d)]]
    people = [d for d in certificates if PEOPLE_MARK in marks[id(d)] and HOLDER_MARK not in marks[id(d)]]
    for holder, page in zip(holders, people):
        holder.parts.extend(page.parts)
    joined = {id(page) for page in people[:len(holders)]}
    return [draft for draft in documents if id(draft) not in joined]


def _draft_text(draft: DocumentDraft) -> str:
    return "".join(for_matching(line.text) for placed in draft.parts for line in placed.part.lines)


def _goes_on(current: DocumentDraft, placed: PlacedPart) -> bool:
    return (_continues(current, placed.part) or _next_page_of_table(current, placed) or _numbered_next(current, placed)
            or _rows_run_on(current, placed))


def _open_document(documents: list[DocumentDraft],
                   placed: PlacedPart) -> tuple[Optional[DocumentDraft], list[DocumentDraft]]:
    """The document a page may go on with: the last one, or, past textless pages, the one before them when its last
    page is of the page's own file (a scan whose middle pages OCR could not read), or when the page is of its
    multi-page type (a contract's blank page, photographed among its pages)."""
    if not documents:
        return None, []
    file = placed.page.ref.file
    at = len(documents)
    while at > 0 and _textless_draft(documents[at - 1]):
        at -= 1
    if at == len(documents) or at == 0:
        return documents[-1], []
    before, textless = documents[at - 1], documents[at:]
    of_this_file = (before.parts[-1].page.ref.file == file
                    and all(draft.parts[0].page.ref.file == file for draft in textless))
    same_type = (placed.part.classification.type_id == before.type_id != UNKNOWN
                 and document_type(before.type_id).multi_page)
    return (before, textless) if of_this_file or same_type else (documents[-1], [])


def _opens(part: PagePart) -> bool:
    """The page opens a document: its heading names the type, and no page number puts it after a first page (a
    title repeated as a running header over 第3页共5页 or - 3 - opens nothing)."""
    if not part.classification.is_start:
        return False
    number = page_number(part)
    alone = lone_page_number_in(part.lines) if number is None else None
    return (number is None or number[0] == 1) and (alone is None or alone == 1)


def is_textless(part: PagePart) -> bool:
    return sum(len(line.text.strip()) for line in part.lines) <= TEXTLESS_MAX_CHARS


def _textless_draft(draft: DocumentDraft) -> bool:
    return draft.type_id == UNKNOWN and all(is_textless(placed.part) for placed in draft.parts)


def page_number(part: PagePart) -> Optional[tuple[int, int]]:
    """(number, of) from the page's head or foot: 第3页共5页 → (3, 5)."""
    return page_number_in(part.lines)


def page_number_in(lines) -> Optional[tuple[int, int]]:
    """(number, of) from the head or foot of the page these lines (with .text and .bbox) are on."""
    for line in _head_and_foot(lines):
        text = normalize(line.text)
        for index, pattern in enumerate(PAGE_NUMBER):
            match = pattern.search(text)
            if match:
                number, total = (int(match.group(2)), int(match.group(1))) if index == 1 else map(int, match.groups())
                if 1 <= number <= total:
                    return number, total
    return None


def lone_page_number_in(lines) -> Optional[int]:
    """The number of a page whose head or foot gives its number alone (- 4 -)."""
    for line in _head_and_foot(lines):
        match = LONE_PAGE_NUMBER.match(re.sub(r"\s", "", normalize(line.text)))
        if match and int(match.group(1)) >= 1:
            return int(match.group(1))
    return None


def _head_and_foot(lines) -> list:
    """The lines at the head or foot of the image, or of the text on it."""
    lines = list(lines)
    if not lines:
        return []
    top, bottom = min(line.bbox[1] for line in lines), max(line.bbox[3] for line in lines)
    margin = PAGE_NUMBER_MARGIN * (bottom - top)
    return [line for line in lines
            if line.bbox[1] <= PAGE_NUMBER_MARGIN or line.bbox[3] >= 1 - PAGE_NUMBER_MARGIN
            or line.bbox[3] >= bottom - margin or line.bbox[1] <= top + margin]


def shows_a_page_number(lines) -> bool:
    return page_number_in(lines) is not None or lone_page_number_in(lines) is not None


def _numbered_next(current: DocumentDraft, placed: PlacedPart) -> bool:
    """A page of a multi-page document numbered after its last numbered page, of the same count (第4页共4页 after
    第2页共4页), goes on with it, however little of it names the type (a signing page)."""
    cls = placed.part.classification
    if current.type_id == UNKNOWN or not document_type(current.type_id).multi_page or _whole_on_one_page(current):
        return False
    if cls.type_id not in (UNKNOWN, current.type_id) or _is_renewal(placed.part) or _headed_otherwise(placed.part):
        return False
    this = page_number(placed.part)
    numbered = [n for n in (page_number(p.part) for p in current.parts) if n is not None]
    return this is not None and bool(numbered) and numbered[-1][1] == this[1] and numbered[-1][0] < this[0]


def _headed_otherwise(part: PagePart) -> bool:
    """The page's heading names a contract or agreement that is not of the page's best type (房屋租赁合同)."""
    top = [line for line in part.lines if line.bbox[1] <= START_REGION]
    if not top:
        return False
    head = for_matching(min(top, key=lambda line: line.bbox[1]).text)
    titles = [for_matching(title.text) for title in labour_contract.DOCUMENT_TYPE.titles]
    return (len(head) <= TITLE_LINE_MAX_CHARS and bool(OTHER_AGREEMENT_HEAD.search(head))
            and not any(title in head for title in titles))


def _adopt_textless_pages(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """Photos of one contract in a folder of their own: a photo OCR read nothing from is one of its pages when every
    other page of that folder belongs to the one document (a faint page, not a stray)."""
    by_folder: dict[PurePosixPath, list[DocumentDraft]] = {}
    for draft in documents:
        for placed in draft.parts:
            by_folder.setdefault(PurePosixPath(placed.page.ref.file).parent, []).append(draft)
    kept = []
    for draft in documents:
        host = _folder_host(draft, by_folder)
        if host is not None:
            host.parts.extend(draft.parts)
        else:
            kept.append(draft)
    return kept


def _adopt_numbered_blank_pages(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """A page with nothing but its number (第5页 共6页: a blank page left in a contract) is a page of the one
    multi-page document it makes whole: the document's pages and it together are as many as the number says. A
    number alone (- 4 -) goes to the one multi-page document long enough to hold it."""
    kept = []
    for draft in documents:
        lines = draft.parts[0].part.lines if _textless_draft(draft) and len(draft.parts) == 1 else []
        number, alone = page_number_in(lines), lone_page_number_in(lines)
        multi_page = [other for other in documents if other is not draft and other.type_id != UNKNOWN
                      and document_type(other.type_id).multi_page]
        if number is not None:
            hosts = [other for other in multi_page if len(other.pages) + 1 == number[1]]
        else:
            hosts = [other for other in multi_page if alone is not None and len(other.pages) + 1 >= alone]
        if len(hosts) == 1:
            hosts[0].parts.append(draft.parts[0])
        else:
            kept.append(draft)
    return kept


def _folder_host(draft: DocumentDraft, by_folder: dict[PurePosixPath, list[DocumentDraft]]) -> Optional[DocumentDraft]:
    if not _textless_draft(draft) or any(placed.page.ref.page != 1 for placed in draft.parts):
        return None
    folder = PurePosixPath(draft.parts[0].page.ref.file).parent
    if folder == PurePosixPath("."):
        return None  # the packet's own folder holds every document
    others = {id(d): d for d in by_folder[folder] if d is not draft and not _textless_draft(d)}
    if len(others) != 1:
        return None
    host = next(iter(others.values()))
    multi = host.type_id != UNKNOWN and document_type(host.type_id).multi_page
    return host if multi and len(host.pages) >= 2 and not _whole_on_one_page(host) else None


def _pair_card_sides(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """ID-card fronts and backs photographed apart are paired into cards. With several cards (a spouse's too), a back
    goes with the front whose address holds the place of its 签发机关 (南昌市公安局东湖分局: 南昌, 东湖), even when
    files in packet order had joined it to another front; the packet's only unpaired front and back are one card."""
    documents = _unpair_sides_of_other_places(documents)
    cards = [d for d in documents if d.type_id == "id_card" and len(d.parts) == 1]
    fronts = [d for d in cards if _id_side(d.parts[0].part) == "front"]
    backs = [d for d in cards if _id_side(d.parts[0].part) == "back"]
    absorbed: set[int] = set()  # the backs now in a front's card
    for back in backs:
        front = _front_of_place(back, [f for f in fronts if len(f.parts) == 1])
        if front is not None:
            front.parts.extend(back.parts)
            absorbed.add(id(back))
    fronts = [f for f in fronts if len(f.parts) == 1]
    backs = [b for b in backs if id(b) not in absorbed]
    if len(fronts) == 1 and len(backs) == 1:
        fronts[0].parts.extend(backs[0].parts)
        absorbed.add(id(backs[0]))
    return [d for d in documents if id(d) not in absorbed]


def _unpair_sides_of_other_places(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """A card joined from a front and a back of files next to each other is taken apart again when its back's place
    names another front of the packet better than its own: the files were of two cards."""
    cards = [d for d in documents if d.type_id == "id_card"]
    fronts = [d.parts[0] for d in cards if len(d.parts) == 2 and _id_side(d.parts[0].part) == "front"]
    fronts += [d.parts[0] for d in cards if len(d.parts) == 1 and _id_side(d.parts[0].part) == "front"]
    out = []
    for draft in documents:
        if (draft.type_id == "id_card" and len(draft.parts) == 2 and _id_side(draft.parts[0].part) == "front"
                and _id_side(draft.parts[1].part) == "back"):
            own, back = draft.parts
            scores = {id(front): _place_score(front, back) for front in fronts}
            if max(scores.values()) > scores[id(own)]:
                out += [DocumentDraft("id_card", [own], draft.has_start), DocumentDraft("id_card", [back], False)]
                continue
        out.append(draft)
    return out


def _front_of_place(back: DocumentDraft, fronts: list[DocumentDraft]) -> Optional[DocumentDraft]:
    """The one front whose text holds the back's place best (more than any other front), or None."""
    scored = sorted(((_place_score(front.parts[0], back.parts[0]), index) for index, front in enumerate(fronts)), reverse=True)
    if not scored or scored[0][0] == 0 or (len(scored) > 1 and scored[1][0] == scored[0][0]):
        return None
    return fronts[scored[0][1]]


# 签发机关 of an ID card: the city's or county's police (南昌市公安局, 公安县公安局) and its district branch (东湖分局):
# the two characters before 市/县公安局 and the two after it are in the holder's address when the card was issued there.
_AUTHORITY_CITY = re.compile(r"([\u4e00-\u9fff]{2})[市县]公安局")
_AUTHORITY_DISTRICT = re.compile(r"公安局([\u4e00-\u9fff]{2})")


def _place_score(front: PlacedPart, back: PlacedPart) -> int:
    """How well the front's text (its address) holds the place of the back's 签发机关: 2 for the district, 1 for the
    city or county."""
    authority = next((text for line in back.part.lines if "公安局" in (text := for_matching(line.text))), None)
    if authority is None:
        return 0
    city, district = _AUTHORITY_CITY.search(authority), _AUTHORITY_DISTRICT.search(authority)
    text = for_matching("".join(line.text for line in front.part.lines))
    return 2 * bool(district and district.group(1) in text) + bool(city and city.group(1) in text)


def _join_one_document_types(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """The drafts of a type declared one_document joined into one, pages in packet order, standing where the last
    of them stood (a page holding an ID card and then a permit keeps that order). Where the drafts name different
    people (the applicant's 居住证 and the spouse's old card, each with its holder's ID number), each person's are
    joined apart, and a draft naming nobody (a card's back) goes with the person's draft nearest to it."""
    holders = {id(draft): _holder_number(draft) for draft in documents}
    person: dict[int, Optional[str]] = {}
    for index, draft in enumerate(documents):
        if draft.type_id == UNKNOWN or not document_type(draft.type_id).one_document:
            continue
        # Nearest first, and of two as near the one before it (a card's back follows its front).
        named = [(abs(index - other_index), other_index > index, holders[id(other)])
                 for other_index, other in enumerate(documents)
                 if other.type_id == draft.type_id and holders[id(other)] is not None]
        person[id(draft)] = holders[id(draft)] or (min(named)[2] if named else None)
    distinct = {}
    for type_id, number in {(d.type_id, person[id(d)]) for d in documents if id(d) in person and person[id(d)]}:
        distinct.setdefault(type_id, []).append(number)
    joined: dict[tuple, DocumentDraft] = {}
    kept = []
    for draft in reversed(documents):
        if id(draft) not in person:
            kept.append(draft)
            continue
        numbers = distinct.get(draft.type_id, [])
        key = (draft.type_id, _one_of(person[id(draft)], numbers) if len(_people(numbers)) > 1 else None)
        if key in joined:
            anchor = joined[key]
            anchor.parts[:0] = draft.parts
            anchor.has_start = anchor.has_start or draft.has_start
        else:
            joined[key] = draft
            kept.append(draft)
    return kept[::-1]


def _people(numbers: list[str]) -> list[str]:
    """One number per person: numbers within a misprint (MISPRINT_MAX) of one already taken stand for that one."""
    people: list[str] = []
    for number in sorted(numbers):
        if all(characters_apart(number, other) > MISPRINT_MAX for other in people):
            people.append(number)
    return people


def _one_of(number: Optional[str], numbers: list[str]) -> Optional[str]:
    if number is None:
        return None
    return next((person for person in _people(numbers) if characters_apart(number, person) <= MISPRINT_MAX), number)


def _holder_number(draft: DocumentDraft) -> Optional[str]:
    """The first ID number in the draft's text that passes GB 11643: its holder's."""
    for placed in draft.parts:
        for line in placed.part.lines:
            found = parse_id_number(line.text)
            if found is not None and found.trusted and id_number_ok(found.value):
                return found.value
    return None


def _adopt_stray_pages(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """A page too plain to name itself (a contract's signing page) that reads as a continuation of the packet's
    only open document of a multi-page type joins it, even when files were not taken in order. A 续订书 is whole on
    its one page: pages without a head go to the contract beside it, never to it."""
    by_type: dict[str, list[DocumentDraft]] = {}
    for draft in documents:
        by_type.setdefault(draft.type_id, []).append(draft)
    hosts = _hosts(by_type)
    kept = []
    for draft in documents:
        host = hosts.get(draft.type_id)
        if host is not None and host is not draft and not draft.has_start and not _whole_on_one_page(draft):
            host.parts.extend(draft.parts)
            continue
        if draft.type_id == UNKNOWN and len(draft.parts) == 1 and not _headed_otherwise(draft.parts[0].part):
            scores = draft.parts[0].part.classification.scores
            candidates = [type_id for type_id in hosts
                          if scores.get(type_id, 0.0) >= document_type(type_id).continue_score
                          and not ruled_out(document_type(type_id), draft.parts[0].part.lines)]
            if len(candidates) == 1:
                hosts[candidates[0]].parts.append(draft.parts[0])
                continue
        kept.append(draft)
    return kept


def _join_covers(documents: list[DocumentDraft]) -> list[DocumentDraft]:
    """A contract's cover and its first page both open it: a cover standing alone (no other page of its type with
    it) goes to the packet's one other opened document of its type (not a 续订书, itself no cover), which it heads."""
    kept = []
    for draft in documents:
        host = _host_of_cover(draft, documents) if _is_cover(draft) else None
        if host is not None:
            host.parts[:0] = draft.parts
        else:
            kept.append(draft)
    return kept


def _host_of_cover(cover: DocumentDraft, documents: list[DocumentDraft]) -> Optional[DocumentDraft]:
    hosts = [draft for draft in documents if draft is not cover and draft.type_id == cover.type_id and draft.has_start
             and not _whole_on_one_page(draft) and not _is_cover(draft)]
    return hosts[0] if len(hosts) == 1 else None


def _is_cover(draft: DocumentDraft) -> bool:
    if draft.type_id == UNKNOWN or not draft.has_start or document_type(draft.type_id).row_fields:
        return False
    if not document_type(draft.type_id).multi_page or _whole_on_one_page(draft):
        return False
    if any(placed.part.classification.type_id == draft.type_id for placed in draft.parts[1:]):
        return False  # a contract of its own, its cover first
    lines = [normalize(line.text) for line in draft.parts[0].part.lines]
    return len(lines) <= COVER_MAX_LINES and all(len(text) <= COVER_LINE_MAX_CHARS for text in lines)


def _next_page_of_table(current: DocumentDraft, placed: PlacedPart) -> bool:
    """A record printed as a table (tax, social insurance) repeats its title and header on every page, and an app's
    record comes as several screenshots, each with its title: the next page or file read as the same type goes on
    with it. (Rules pool the rows of every such record anyway; one document keeps its months together.)"""
    return (placed.part.classification.type_id == current.type_id != UNKNOWN
            and bool(document_type(current.type_id).row_fields))


def _rows_run_on(current: DocumentDraft, placed: PlacedPart) -> bool:
    """The next page of the same file, holding nothing but rows, goes on with a record printed as a table: a web
    print's table runs on with no title and no header repeated (2026-02 | 上海华腾信息技术有限公司 | 7384.00 | 正常),
    so no word names its type."""
    cls = placed.part.classification
    if cls.type_id != UNKNOWN or current.type_id == UNKNOWN or not document_type(current.type_id).row_fields:
        return False
    last = current.parts[-1].page.ref
    ref = placed.page.ref
    if ref.file != last.file or ref.page != last.page + 1 or _headed_otherwise(placed.part):
        return False
    if ruled_out(document_type(current.type_id), placed.part.lines):
        return False
    keys = sum(1 for line in placed.part.lines if ROW_KEY.match("".join(line.text.split())))
    return keys >= ROWS_OF_A_TABLE_PAGE


def _hosts(by_type: dict[str, list[DocumentDraft]]) -> dict[str, DocumentDraft]:
    """Per multi-page type, the one document that stray pages can belong to: its only open document with a head,
    or, when none has a head (its title misread), the first of its open documents, unless their page numbers say
    they are of several documents. Records read as tables join by their own rule (_next_page_of_table)."""
    hosts = {}
    for type_id, drafts in by_type.items():
        if type_id == UNKNOWN or not document_type(type_id).multi_page:
            continue
        open_drafts = [d for d in drafts if not _whole_on_one_page(d)]
        starts = [d for d in open_drafts if d.has_start]
        if len(starts) == 1:
            hosts[type_id] = starts[0]
        elif not starts and (len(open_drafts) == 1 or (open_drafts and not document_type(type_id).row_fields
                                                      and _one_numbering(open_drafts))):
            hosts[type_id] = open_drafts[0]
    return hosts


def _one_numbering(drafts: list[DocumentDraft]) -> bool:
    """The pages' numbers (第n页共N页) could all be of one document: one count N, no number twice."""
    numbers = [n for draft in drafts for placed in draft.parts if (n := page_number(placed.part)) is not None]
    return len({total for _, total in numbers}) <= 1 and len(set(numbers)) == len(numbers)


def _whole_on_one_page(draft: DocumentDraft) -> bool:
    return any(_is_renewal(placed.part) for placed in draft.parts)


def _is_renewal(part: PagePart) -> bool:
    """A 续订书's page: a contract page whose title says 续订 (it is whole on its page)."""
    cls = part.classification
    if cls.type_id != labour_contract.DOCUMENT_TYPE.type_id or not cls.is_start:
        return False
    head = for_matching("".join(line.text for line in part.lines[:labour_contract.RENEWAL_HEAD_LINES]))
    return bool(labour_contract.RENEWAL_TITLE.search(head))


def _continues(current: DocumentDraft, part: PagePart) -> bool:
    cls = part.classification
    if current.type_id == UNKNOWN:
        return False
    spec = document_type(current.type_id)
    if spec.multi_page:
        if _is_renewal(part) or _whole_on_one_page(current):
            return False
        same = cls.type_id == current.type_id or (
            cls.type_id == UNKNOWN and cls.scores.get(current.type_id, 0.0) >= spec.continue_score
            and not _headed_otherwise(part) and not ruled_out(spec, part.lines)
        )
        return same and not (_opens(part) and current.has_start)
    if current.type_id == "id_card" and cls.type_id == "id_card" and len(current.parts) == 1:
        # Front and back photographed separately are one card.
        return _id_side(current.parts[0].part) != _id_side(part) != "both"
    return False


def _id_side(part: PagePart) -> str:
    text = for_matching("".join(line.text for line in part.lines))
    front = (any(marker in text for marker in id_card.FRONT_MARKERS) or looks_like_unlabelled_front(part.lines)
             or any(parse_id_number(line.text) is not None for line in part.lines))  # only the front bears the number
    back = any(marker in text for marker in id_card.BACK_MARKERS[:2])
    if front and back:
        return "both"
    return "front" if front else "back" if back else "both"
