"""The outsider set T generator (samples.outsider_t) writes packets whose truth the evaluator can read: every page it
lists is a file it wrote, with the page count the file has; its rules are the ones its own reading of SPEC (its rules
module) gives on its truth fields; a clean packet is `ready` and a missing tax month an error. T draws its web
printouts with headless chromium (installed by scripts/install.sh)."""
import json

import pytest

from samples.outsider_t import scenarios
from samples.outsider_t.packet import build
from samples.outsider_t.rules import evaluate
from samples.outsider_t.selfcheck import check_packet

SEED = 1107
CLEAN, TAX_GAP = 1, 26  # an app tax list, a 一网通办 social-insurance print; a 纳税记录开具 result with a month missing


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    out = tmp_path_factory.mktemp("t")
    for number in (CLEAN, TAX_GAP):
        build(str(out), number, SEED)
    return out


def test_the_scenarios_are_the_planned_forty():
    verdicts = [scenarios.get(number)[0] for number in range(1, 41)]
    assert (verdicts.count("ready"), verdicts.count("review"), verdicts.count("fix")) == (15, 8, 17)


def test_every_listed_page_was_written_and_its_truth_holds(written):
    for number in (CLEAN, TAX_GAP):
        problems, truth = check_packet(str(written), number)
        assert problems == [] and truth is not None


def test_a_clean_packet_is_ready_and_a_missing_tax_month_is_an_error(written):
    clean, gap = (json.loads((written / f"t{n:03d}.truth.json").read_text(encoding="utf-8")) for n in (CLEAN, TAX_GAP))
    assert clean["expected_rules"] == [] and clean["verdict"] == "ready"
    assert gap["expected_rules"] == ["tax.missing_months"] and gap["verdict"] == "fix"
    assert evaluate(gap)[:2] == (["tax.missing_months"], "fix")


def test_a_browsers_print_is_read_without_pdfminers_font_warnings(written, caplog):
    """Chromium's PDFs set fonts whose descriptors lack a FontBBox: pdfminer warned of it once per character, and a
    user of `precheck check` saw hundreds of those lines before the report."""
    from precheck.ingest.pdf import open_pdf, TextLayers
    data = (written / "t001" / "社保缴费记录.pdf").read_bytes()
    with caplog.at_level("WARNING"), TextLayers(data) as layers:
        layer = layers.page(open_pdf(data), 0)
    assert layer is not None and any("缴费" in line.text for line in layer.lines)
    assert not [record for record in caplog.records if record.name.startswith("pdfminer")]
