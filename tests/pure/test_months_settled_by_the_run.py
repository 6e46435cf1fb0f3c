"""A record's months run in order: a month read unsurely between sure neighbours is confirmed by its place in the
run, and a month later than the print is no month of the record (outsider Q's q013: 2026-07 with its 6 at 0.53;
2026-10 read 2028-10 at 0.95 twice, on a record printed 2026-11-02)."""
from extractors.reading.months import months_settled_by_the_run
from precheck.core.model import FieldValue


def rows(*readings):
    return [{"month": FieldValue(value=month, confidence=confidence)} for month, confidence in readings]


def months(table):
    return [(row["month"].value, row["month"].confidence, row["month"].guessed) for row in table]


def test_an_unsure_month_where_the_run_puts_it_is_confirmed():
    table = rows(("2026-06", 0.98), ("2026-07", 0.53), ("2026-08", 0.95), ("2026-09", 0.97))
    months_settled_by_the_run(table, "month")
    assert months(table)[1] == ("2026-07", 0.9, False)


def test_an_unsure_month_the_run_does_not_put_there_stays_unsure():
    table = rows(("2026-06", 0.98), ("2026-01", 0.53), ("2026-08", 0.95))
    months_settled_by_the_run(table, "month")
    assert months(table)[1] == ("2026-01", 0.53, False)
    gap = rows(("2026-03", 0.98), ("2026-04", 0.53), ("2026-08", 0.95))  # a gap in the record: the run tells nothing
    months_settled_by_the_run(gap, "month")
    assert months(gap)[1] == ("2026-04", 0.53, False)


def test_a_month_after_the_print_one_character_off_its_neighbours_next_is_that_month_as_a_guess():
    table = rows(("2026-08", 0.95), ("2026-09", 0.97), ("2028-10", 0.95))
    months_settled_by_the_run(table, "month", latest="2026-11")
    value, confidence, guessed = months(table)[2]
    assert (value, guessed) == ("2026-10", True) and confidence < 0.8


def test_a_month_after_the_print_that_no_one_character_fixes_is_left_doubtful():
    table = rows(("2026-08", 0.95), ("2026-09", 0.97), ("2029-12", 0.95))
    months_settled_by_the_run(table, "month", latest="2026-11")
    value, confidence, _ = months(table)[2]
    assert value == "2029-12" and confidence < 0.8


def test_without_a_print_date_a_sure_month_stands():
    table = rows(("2026-08", 0.95), ("2026-09", 0.97), ("2028-10", 0.95))
    months_settled_by_the_run(table, "month")
    assert months(table)[2] == ("2028-10", 0.95, False)
