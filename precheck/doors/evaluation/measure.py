"""`precheck eval`: run the pipeline over sample packets and compare with their truth.

A packet folder NAME/ (or NAME.zip) has its truth beside it in NAME.truth.json:
{"as_of", "application", "pages": [{"file", "page", "type", "capture", "also_holds" (or "also")?: [types],
 "types"?: [every type the page holds]}],
 (a page listed twice with two types holds both, as also_holds says),
 "documents": [{"type", "pages": [{"file", "page"}], "fields": {...}, "rows": [...]}],
 "expected_rules": [...], "verdict", "points"?, "declarations"?: {SPEC §6 items the applicant declares}}
(the packet is checked with the truth's declarations, as the applicant would declare them)
"""
from __future__ import annotations

import json
import resource
import time
import traceback
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Optional

from precheck.core.declarations import from_mapping
from precheck.core.model import Document, Report, Severity
from precheck.core.textnorm import normalize
from precheck.ocr.base import OcrEngine
from precheck.pipeline.stages import CheckOptions, check_packet

TRUTH_SUFFIX = ".truth.json"


@dataclass
class Tally:
    right: int = 0
    total: int = 0

    def add(self, ok: bool) -> None:
        self.total += 1
        self.right += int(ok)

    @property
    def rate(self) -> Optional[float]:
        return self.right / self.total if self.total else None

    def __str__(self) -> str:
        return f"{100 * self.rate:5.1f}% ({self.right}/{self.total})" if self.total else "   —"


@dataclass
class RuleTally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0

    @property
    def precision(self) -> Optional[float]:
        fired = self.true_positive + self.false_positive
        return self.true_positive / fired if fired else None

    @property
    def recall(self) -> Optional[float]:
        expected = self.true_positive + self.false_negative
        return self.true_positive / expected if expected else None


@dataclass
class Evaluation:
    packets: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    classification: Tally = field(default_factory=Tally)
    misclassified: list[str] = field(default_factory=list)
    fields: dict[tuple[str, str, str], Tally] = field(default_factory=lambda: defaultdict(Tally))
    field_misses: list[str] = field(default_factory=list)
    rules: dict[str, RuleTally] = field(default_factory=lambda: defaultdict(RuleTally))
    verdicts: Tally = field(default_factory=Tally)
    rows_recall: Tally = field(default_factory=Tally)  # truth rows that found a read row of their month
    rows_precision: Tally = field(default_factory=Tally)  # read rows that stand for a truth row
    verdict_misses: list[str] = field(default_factory=list)
    rule_misses: list[str] = field(default_factory=list)  # a false finding or a missed one, with its packet
    points: Tally = field(default_factory=Tally)  # packets whose estimate from documents is the truth's, exactly
    points_items: dict[str, Tally] = field(default_factory=lambda: defaultdict(Tally))
    points_misses: list[str] = field(default_factory=list)
    page_seconds: list[float] = field(default_factory=list)
    packet_seconds: list[float] = field(default_factory=list)


def find_packets(root: Path) -> list[tuple[Path, Path]]:
    """(packet, truth file) pairs under root."""
    pairs = []
    for truth in sorted(root.rglob(f"*{TRUTH_SUFFIX}")):
        name = truth.name[: -len(TRUTH_SUFFIX)]
        for candidate in (truth.parent / name, truth.parent / f"{name}.zip"):
            if candidate.exists():
                pairs.append((candidate, truth))
                break
    return pairs


def evaluate(root: Path, engine: OcrEngine, on_packet: Optional[Callable[[str], None]] = None) -> Evaluation:
    result = Evaluation()
    for packet, truth_path in find_packets(root):
        truth = json.loads(truth_path.read_text(encoding="utf-8"))
        options = options_of(truth, truth_path.name)
        started = time.perf_counter()
        try:
            report = check_packet(packet, options, engine, label=packet.name)
        except Exception:  # noqa: BLE001 - counted, not fatal
            result.failures.append((packet.name, traceback.format_exc(limit=3)))
            continue
        result.packet_seconds.append(time.perf_counter() - started)
        result.page_seconds.extend(p.seconds for p in report.pages if p.source.value == "ocr")
        result.packets += 1
        compare(report, truth, result, packet.name)
        if on_packet:
            on_packet(packet.name)
    return result


def options_of(truth: dict, name: str) -> CheckOptions:
    """The check a truth file asks for: its date, its application, and what its applicant declares."""
    return CheckOptions(as_of=date.fromisoformat(truth["as_of"]), application=truth.get("application", "first"),
                        declarations=from_mapping(truth.get("declarations") or {}, name))


def compare(report: Report, truth: dict, result: Evaluation, name: str) -> None:
    page_types = {(p.file, p.page): p.type for p in report.pages}
    captures = {(p["file"], p["page"]): p.get("capture", "clean") for p in truth["pages"]}
    for page in pages_with_all_they_hold(truth["pages"], truth.get("documents", [])):
        got = page_types.get((page["file"], page["page"]), "missing")
        # A page holding two documents (a booklet open on 首页 and 本人页) is right as either.
        right = got == page["type"] or got in page.get("also_holds", ())
        result.classification.add(right)
        if not right:
            result.misclassified.append(f"{name}/{page['file']}#{page['page']}: {page['type']} → {got}")
    pairs = pair_documents(report, truth.get("documents", []))
    for expected, found in pairs:
        _compare_fields(found, expected, captures, result, name)
    for found, expected in _records_read_as_one(pairs):
        _compare_rows(found, expected, _capture_of(expected, captures), result, name)
    _compare_rules(report, truth, result, name)
    if "points" in truth and report.points is not None:
        _compare_points(report, truth["points"], result, name)
    right = report.verdict.value == truth.get("verdict")
    result.verdicts.add(right)
    if not right:
        deciding = sorted({f"{f.severity.value}:{f.rule}" for f in report.findings if f.severity.value != "info"})
        result.verdict_misses.append(f"{name}: {truth.get('verdict')} → {report.verdict.value} ({', '.join(deciding) or '-'})")


def pair_documents(report: Report, expected_documents: list[dict]) -> list[tuple[dict, Optional[Document]]]:
    """Each truth document with the read document of its type that stands for it: among the read documents sharing a
    page with it, the one agreeing with it on the most fields and row months (then the most pages shared), best
    pairs first and each read document paired once (a contract and its 续订书 read as two documents, where a truth
    folds both into one carrying the renewal's term, pair with the one that agrees). A truth document left without a
    read document of its own (two truth documents on pages read as one) takes the read one sharing most pages with it."""
    def shared(expected: dict, document: Document) -> int:
        return len(_pages(expected) & {(ref.file, ref.page) for ref in document.pages})

    pairs = [(_agreement(expected, document), shared(expected, document), index, position)
             for index, expected in enumerate(expected_documents)
             for position, document in enumerate(report.documents)
             if document.type == expected["type"] and shared(expected, document)]
    found: dict[int, Document] = {}
    taken: set[int] = set()
    for _, _, index, position in sorted(pairs, key=lambda pair: (-pair[0], -pair[1], pair[2], pair[3])):
        if index not in found and position not in taken:
            found[index] = report.documents[position]
            taken.add(position)
    for _, _, index, position in sorted(pairs, key=lambda pair: (-pair[1], pair[3])):
        found.setdefault(index, report.documents[position])
    return [(expected, found.get(index)) for index, expected in enumerate(expected_documents)]


def _pages(expected: dict) -> set[tuple[str, int]]:
    return {(page["file"], page["page"]) for page in expected["pages"]}


def _agreement(expected: dict, document: Document) -> int:
    fields = sum(1 for field_name, value in expected.get("fields", {}).items()
                 if (got := document.fields.get(field_name)) is not None and got.value == _as_spec_writes(value))
    months = {_row_key(row) for row in document.rows}
    return fields + sum(1 for row in expected.get("rows", []) if _row_key(row) in months)


# Truth drawn by others may name a page that is none of the documents `other`; SPEC §3 calls it `unknown`.
PAGE_TYPE_ALIASES = {"other": "unknown"}


def pages_with_all_they_hold(pages: list[dict], documents: Iterable[dict] = ()) -> list[dict]:
    """One entry per page: a page listed again under another type (an open booklet, two cards on one A4), or listed
    by a truth document of another type than the page's own entry (truth that types a page by its first document
    and lets each document on it list it), is one page that also holds that type."""
    merged: dict[tuple, dict] = {}
    for page in pages:
        key = (page["file"], page["page"])
        kind = PAGE_TYPE_ALIASES.get(page["type"], page["type"])
        if key not in merged:
            also = [*page.get("also_holds", page.get("also", ())), *(t for t in page.get("types", ()) if t != kind)]
            merged[key] = {**page, "type": kind, "also_holds": also}
        elif kind != merged[key]["type"]:
            merged[key]["also_holds"].append(kind)
    for document in documents:
        for place in document.get("pages", ()):
            entry = merged.get((place["file"], place["page"]))
            if entry is not None and document["type"] != entry["type"] and document["type"] not in entry["also_holds"]:
                entry["also_holds"].append(document["type"])
    return list(merged.values())


def _records_read_as_one(pairs: list[tuple[dict, Optional[Document]]]) -> list[tuple[Optional[Document], dict]]:
    """Truth records with rows, those read as one document taken together: precheck joins every page of a record
    type into one (a national 纳税记录 and the app's screenshots of the same months), where truth drawn by others
    may keep them apart; each read row is then judged once, against the rows of all the records it stands for, a row
    shown in both counted once."""
    joined: dict[int, tuple[Optional[Document], dict]] = {}
    alone = []
    for expected, found in pairs:
        if not expected.get("rows") and not (found and found.rows):
            continue
        if found is None:
            alone.append((None, expected))
        elif id(found) in joined:
            first = joined[id(found)][1]
            shown = first.get("rows", [])
            # A row both records show (the same month, payer and amount) is one row.
            joined[id(found)] = (found, {**first, "pages": first["pages"] + expected["pages"],
                                         "rows": shown + [row for row in expected.get("rows", []) if row not in shown]})
        else:
            joined[id(found)] = (found, expected)
    return list(joined.values()) + alone


def _capture_of(expected: dict, captures: dict) -> str:
    pages = _pages(expected)
    return captures.get(next(iter(sorted(pages))), "clean") if pages else "clean"


def _compare_fields(found: Optional[Document], expected: dict, captures: dict, result: Evaluation, name: str) -> None:
    capture = _capture_of(expected, captures)
    for field_name, value in expected.get("fields", {}).items():
        value = _as_spec_writes(value)
        got = found.fields.get(field_name) if found else None
        # A field the page does not print (an open-ended contract's end_date), or prints blank (服务处所 left empty,
        # which truth drawn by others writes ""): right if not read.
        if value is None or value == "":
            ok = got is None or got.value is None
        else:
            ok = got is not None and _same_value(expected["type"], field_name, got.value, value)
        result.fields[(expected["type"], field_name, capture)].add(ok)
        if not ok and len(result.field_misses) < 2000:
            result.field_misses.append(f"{name} {expected['type']}.{field_name} [{capture}]: {value!r} → {got.value if got else None!r}")


# SPEC §3 leaves the wording of a diploma's level open: truth drawn by others writes 硕士 where the diploma prints
# 硕士研究生; both name one level.
_ONE_LEVEL = {"硕士研究生": "硕士", "博士研究生": "博士", "大专": "专科"}


def _same_value(type_id: str, field_name: str, got, wanted) -> bool:
    if type_id == "diploma" and field_name == "level" and isinstance(got, str) and isinstance(wanted, str):
        return _ONE_LEVEL.get(got, got) == _ONE_LEVEL.get(wanted, wanted)
    return got == wanted


def _as_spec_writes(value):
    """A truth value in SPEC §3's normal form, for truth written as printed (full-width brackets, inner spaces)."""
    return normalize(value) if isinstance(value, str) else value


def _row_key(row: dict):
    key = row.get("period") or row.get("month")
    return key.value if hasattr(key, "value") else key


def _compare_rows(found, expected: dict, capture: str, result: Evaluation, name: str) -> None:
    """Table rows (tax, social insurance) matched by their month; a month with several rows (a bonus, a second payer)
    pairs each truth row with the read row of that month that agrees with it most, each read row used once. Each
    cell counts as a field `rows.NAME`; rows found and rows read that stand for no truth row are tallied too."""
    unused: dict = defaultdict(list)
    for row in (found.rows if found else []):
        unused[_row_key(row)].append(row)
    for row in expected.get("rows", []):
        row = {name: _as_spec_writes(value) for name, value in row.items()}
        key = _row_key(row)
        agreeing = lambda got: sum(got.get(f) is not None and got[f].value == v for f, v in row.items())  # noqa: E731
        got = max(unused.get(key, []), key=agreeing, default={})
        if got:
            unused[key].remove(got)
        result.rows_recall.add(bool(got))
        for field_name, value in row.items():
            cell = got.get(field_name)
            ok = cell is not None and cell.value == value
            result.fields[(expected["type"], f"rows.{field_name}", capture)].add(ok)
            if not ok and len(result.field_misses) < 2000:
                result.field_misses.append(f"{name} {expected['type']}.rows[{key}].{field_name} [{capture}]: {value!r} → "
                                           f"{cell.value if cell else None!r}")
    extra = sum(len(rows) for rows in unused.values())
    read = len(found.rows) if found else 0
    for _ in range(read - extra):
        result.rows_precision.add(True)
    for _ in range(extra):
        result.rows_precision.add(False)
    if extra and len(result.field_misses) < 2000:
        result.field_misses.append(f"{name} {expected['type']}: {extra} rows read that stand for no truth row")


def _compare_points(report: Report, expected: dict, result: Evaluation, name: str) -> None:
    """The estimate from documents and the truth's declarations against the truth's, in total and per indicator."""
    got = {item.indicator: item.points for item in report.points.items if item.counted}
    wanted = expected.get("items", {})
    result.points.add(report.points.estimate == expected["estimate"])
    for indicator in sorted(set(got) | set(wanted)):
        right = got.get(indicator, 0) == wanted.get(indicator, 0)
        result.points_items[indicator].add(right)
        if not right:
            result.points_misses.append(f"{name} points.{indicator}: {wanted.get(indicator, 0)} → {got.get(indicator, 0)}")


def _compare_rules(report: Report, truth: dict, result: Evaluation, name: str) -> None:
    expected = set(truth.get("expected_rules", []))
    fired = {f.rule for f in report.findings if f.severity == Severity.error} | {
        f.rule for f in report.findings if f.rule in expected
    }
    for rule_id in expected | fired:
        tally = result.rules[rule_id]
        if rule_id in expected and rule_id in fired:
            tally.true_positive += 1
        elif rule_id in fired:
            tally.false_positive += 1
            result.rule_misses.append(f"{name} {rule_id}: 误报 false error")
        else:
            tally.false_negative += 1
            result.rule_misses.append(f"{name} {rule_id}: 漏报 missed")


def peak_memory_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
