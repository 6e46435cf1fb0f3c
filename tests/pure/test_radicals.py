"""A browser's print to PDF may hold a CJK radical where the page shows the ideograph drawn with the same glyph
(outsider T's t011: 江西省南昌市东湖区⻘年路, ⻘ U+2ED8): the text is normalised to the ideograph, so the address
equals the 户口簿's. NFKC maps the Kangxi radicals, not the Supplement's."""
import unicodedata

from precheck.core.radicals import RADICAL_IDEOGRAPHS
from precheck.core.textnorm import normalize
from scripts.make_radical_table import table


def test_radicals_a_browser_print_holds_read_as_their_ideographs():
    assert unicodedata.normalize("NFKC", "⻘") == "⻘"
    assert normalize("东湖区⻘年路") == "东湖区青年路"
    assert normalize("⻓宁区⻔牌") == "长宁区门牌"
    assert normalize("⾃然⼈电⼦税务局") == "自然人电子税务局"


def test_the_committed_table_is_what_the_installed_font_gives():
    assert table() == RADICAL_IDEOGRAPHS
