"""`precheck eval` compares table rows fairly: a month with two rows (a bonus, a second payer) pairs each truth row
with the read row that agrees with it, and rows read that stand for no truth row count against precision."""
from datetime import date

import pytest

from precheck.core.declarations import Declarations
from precheck.core.errors import BadArguments
from precheck.core.model import Document, FieldValue, PageRef, Report
from precheck.doors.evaluation.measure import Evaluation, compare, options_of, pages_with_all_they_hold

PAGE = PageRef(file="tax.pdf", page=1)


def row(period, agent, amount):
    return {"period": FieldValue(value=period, confidence=1.0), "withholding_agent": FieldValue(value=agent, confidence=1.0),
            "amount": FieldValue(value=amount, confidence=1.0)}


def evaluate(read_rows, truth_rows):
    report = Report(packet="p", as_of=date(2026, 11, 22), application="first", verdict="ready",
                    documents=[Document(type="tax_record", pages=[PAGE], rows=read_rows)])
    truth = {"verdict": "ready", "pages": [{"file": "tax.pdf", "page": 1, "type": "tax_record"}],
             "documents": [{"type": "tax_record", "pages": [{"file": "tax.pdf", "page": 1}], "fields": {},
                            "rows": truth_rows}]}
    result = Evaluation()
    compare(report, truth, result, "p")
    return result


def test_two_rows_of_one_month_are_each_matched_with_their_own():
    truth = [{"period": "2026-05", "withholding_agent": "甲公司", "amount": "100.00"},
             {"period": "2026-05", "withholding_agent": "乙公司", "amount": "30.00"}]
    result = evaluate([row("2026-05", "乙公司", "30.00"), row("2026-05", "甲公司", "100.00")], truth)
    assert all(t.right == t.total == 2 for t in result.fields.values())
    assert (result.rows_recall.right, result.rows_recall.total) == (2, 2)
    assert (result.rows_precision.right, result.rows_precision.total) == (2, 2)


def test_a_row_read_twice_or_invented_counts_against_precision():
    truth = [{"period": "2026-05", "withholding_agent": "甲公司", "amount": "100.00"}]
    result = evaluate([row("2026-05", "甲公司", "100.00"), row("2026-05", "甲公司", "100.00"), row("2026-13", "x", "1")], truth)
    assert (result.rows_recall.right, result.rows_recall.total) == (1, 1)
    assert (result.rows_precision.right, result.rows_precision.total) == (1, 3)


def test_truth_written_as_printed_is_compared_in_spec_form():
    """SPEC §3 makes full-width brackets half-width: a truth written with （集团） matches a value read as (集团),
    and a value still full-width does not match it."""
    truth = [{"period": "2026-05", "withholding_agent": "上海海纳贸易（集团）有限公司", "amount": "100.00"}]
    right = evaluate([row("2026-05", "上海海纳贸易(集团)有限公司", "100.00")], truth)
    assert all(t.right == t.total == 1 for t in right.fields.values())
    wrong = evaluate([row("2026-05", "上海海纳贸易（集团）有限公司", "100.00")], truth)
    assert sum(t.right for t in wrong.fields.values()) == 2


def contract(pages, start, end):
    return Document(type="labour_contract", pages=[PageRef(file="c.pdf", page=n) for n in pages],
                    fields={"employer": FieldValue(value="甲公司", confidence=1.0),
                            "start_date": FieldValue(value=start, confidence=1.0),
                            "end_date": FieldValue(value=end, confidence=1.0)})


def contract_scores(read_documents, truth_documents):
    report = Report(packet="p", as_of=date(2026, 11, 22), application="first", verdict="ready", documents=read_documents)
    truth = {"verdict": "ready", "pages": [{"file": "c.pdf", "page": n, "type": "labour_contract"} for n in (1, 2, 3)],
             "documents": [{"type": "labour_contract", "pages": [{"file": "c.pdf", "page": n} for n in pages],
                            "fields": fields} for pages, fields in truth_documents]}
    result = Evaluation()
    compare(report, truth, result, "p")
    return {name: (tally.right, tally.total) for (_, name, _), tally in result.fields.items()}


def test_a_truth_document_pairs_with_the_read_document_that_agrees_with_it_not_the_one_sharing_most_pages():
    """A contract and its 续订书 read as two documents, where the truth folds both into one carrying the renewal's term:
    the truth pairs with the renewal, although the original shares more of its pages."""
    original, renewal = contract([1, 2], "2019-11-01", "2022-10-31"), contract([3], "2022-11-01", "2028-10-31")
    truth = [([1, 2, 3], {"employer": "甲公司", "start_date": "2022-11-01", "end_date": "2028-10-31"})]
    assert contract_scores([original, renewal], truth) == {"employer": (1, 1), "start_date": (1, 1), "end_date": (1, 1)}


def test_each_read_document_pairs_once_and_a_truth_document_left_over_takes_the_one_sharing_its_pages():
    first, second = contract([1], "2019-11-01", "2022-10-31"), contract([2], "2022-11-01", "2028-10-31")
    truth = [([1, 2], {"start_date": "2022-11-01"}), ([1, 2], {"start_date": "2019-11-01"})]
    assert contract_scores([first, second], truth) == {"start_date": (2, 2)}
    truth = [([1], {"start_date": "2019-11-01"}), ([1], {"start_date": "2019-11-01"})]  # two truths, one read document
    assert contract_scores([first], truth) == {"start_date": (2, 2)}


def test_a_page_listed_once_per_document_it_holds_is_one_page_that_holds_both():
    pages = [{"file": "a.jpg", "page": 1, "type": "household_register_cover", "capture": "photo"},
             {"file": "a.jpg", "page": 1, "type": "household_register_member", "capture": "photo"},
             {"file": "b.jpg", "page": 1, "type": "id_card", "capture": "scan", "also_holds": ["residence_permit"]},
             {"file": "c.jpg", "page": 1, "type": "id_card", "capture": "scan", "also": ["residence_permit"]},
             {"file": "d.tif", "page": 1, "type": "household_register_cover", "capture": "scan",
              "types": ["household_register_cover", "household_register_member"]}]
    merged = pages_with_all_they_hold(pages)
    assert [(p["file"], p["type"], p["also_holds"]) for p in merged] == [
        ("a.jpg", "household_register_cover", ["household_register_member"]),
        ("b.jpg", "id_card", ["residence_permit"]), ("c.jpg", "id_card", ["residence_permit"]),
        ("d.tif", "household_register_cover", ["household_register_member"])]


def test_a_diploma_level_written_short_in_truth_is_the_level_read_in_full():
    report = Report(packet="p", as_of=date(2026, 11, 22), application="first", verdict="ready",
                    documents=[Document(type="diploma", pages=[PAGE], fields={"level": FieldValue(value="硕士研究生", confidence=1.0)})])
    truth = {"verdict": "ready", "pages": [{"file": "tax.pdf", "page": 1, "type": "diploma"}],
             "documents": [{"type": "diploma", "pages": [{"file": "tax.pdf", "page": 1}], "fields": {"level": "硕士"}}]}
    result = Evaluation()
    compare(report, truth, result, "p")
    assert result.field_misses == []
    truth["documents"][0]["fields"]["level"] = "本科"
    compare(report, truth, result, "p")
    assert len(result.field_misses) == 1


def test_a_field_truth_says_is_not_printed_is_right_when_nothing_is_read():
    """An open-ended contract's end_date is null in truth (outsider N), a 服务处所 left blank is "" (outsider U): not
    reading one is right, reading one is not."""
    def result_for(fields, wanted=None):
        report = Report(packet="p", as_of=date(2026, 11, 22), application="first", verdict="ready",
                        documents=[Document(type="labour_contract", pages=[PAGE], fields=fields)])
        truth = {"verdict": "ready", "pages": [{"file": "tax.pdf", "page": 1, "type": "labour_contract"}],
                 "documents": [{"type": "labour_contract", "pages": [{"file": "tax.pdf", "page": 1}],
                                "fields": {"end_date": wanted}}]}
        result = Evaluation()
        compare(report, truth, result, "p")
        return result.field_misses
    for blank in (None, ""):
        assert result_for({}, blank) == []
        assert len(result_for({"end_date": FieldValue(value="2029-01-01", confidence=1.0)}, blank)) == 1


def test_a_false_error_and_a_missed_rule_are_named_with_their_packet():
    from precheck.core.model import Finding, Severity
    report = Report(packet="p", as_of=date(2026, 11, 22), application="first", verdict="fix", documents=[],
                    findings=[Finding(rule="identity.name_mismatch", severity=Severity.error, message="…", source="000 §七")])
    truth = {"verdict": "fix", "pages": [], "documents": [], "expected_rules": ["tax.missing_months"]}
    result = Evaluation()
    compare(report, truth, result, "p007")
    assert result.rules["identity.name_mismatch"].false_positive == 1
    assert sorted(result.rule_misses) == ["p007 identity.name_mismatch: 误报 false error",
                                          "p007 tax.missing_months: 漏报 missed"]


def test_two_records_read_as_one_document_have_each_read_row_judged_once():
    """Outsider W: a national 纳税记录 (24 months) and the app's screenshots of its last 6, kept apart by the truth,
    are one record to precheck. Each truth record paired with the one read document judged its 24 rows again: the
    18 rows of the other record counted as read rows that stand for no truth row."""
    months = [f"2025-{m:02d}" for m in range(1, 13)]
    national = [{"period": m, "withholding_agent": "甲公司", "amount": "1.00"} for m in months]
    app = national[-6:]
    report = Report(packet="p", as_of=date(2026, 11, 22), application="first", verdict="ready",
                    documents=[Document(type="tax_record", pages=[PAGE, PageRef(file="app.png", page=1)],
                                        rows=[row(m, "甲公司", "1.00") for m in months])])
    truth = {"verdict": "ready", "pages": [{"file": "tax.pdf", "page": 1, "type": "tax_record"},
                                          {"file": "app.png", "page": 1, "type": "tax_record"}],
             "documents": [{"type": "tax_record", "pages": [{"file": "tax.pdf", "page": 1}], "fields": {},
                            "rows": national},
                           {"type": "tax_record", "pages": [{"file": "app.png", "page": 1}], "fields": {}, "rows": app}]}
    result = Evaluation()
    compare(report, truth, result, "p")
    assert (result.rows_precision.right, result.rows_precision.total) == (12, 12)
    assert (result.rows_recall.right, result.rows_recall.total) == (12, 12)  # six months shown twice: one row each


def test_a_page_each_document_on_it_lists_holds_them_all_and_a_page_of_no_document_named_other_is_unknown():
    """Outsider X types an A4 copy of several cards by its first document, and each document on it lists the page;
    a receipt is `other` there, SPEC's `unknown`."""
    pages = [{"file": "scan.pdf", "page": 1, "type": "id_card", "capture": "photocopy"},
             {"file": "scan.pdf", "page": 2, "type": "other", "capture": "photocopy"}]
    documents = [{"type": "id_card", "pages": [{"file": "scan.pdf", "page": 1}]},
                 {"type": "residence_permit", "pages": [{"file": "scan.pdf", "page": 1}]}]
    merged = pages_with_all_they_hold(pages, documents)
    assert [(p["page"], p["type"], p["also_holds"]) for p in merged] == [
        (1, "id_card", ["residence_permit"]), (2, "unknown", [])]


def test_a_packet_is_checked_with_what_its_truth_declares():
    truth = {"as_of": "2026-11-22", "application": "renewal",
             "declarations": {"spouse_shanghai_hukou": True, "title_or_skill": "技能三级", "high_base_tier": "50"}}
    options = options_of(truth, "y001.truth.json")
    assert (options.as_of, options.application) == (date(2026, 11, 22), "renewal")
    assert options.declarations == Declarations(spouse_shanghai_hukou=True, title_or_skill="技能三级", high_base_tier=50)
    assert options_of({"as_of": "2026-11-22"}, "golden_00.truth.json").declarations == Declarations()
    with pytest.raises(BadArguments) as caught:
        options_of({"as_of": "2026-11-22", "declarations": {"spouse": True}}, "y002.truth.json")
    assert "y002.truth.json" in str(caught.value) and "不认识的申报项「spouse」" in str(caught.value)
