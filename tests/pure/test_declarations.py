"""Declarations for the points estimate: command-line pairs and files, bad input named in Chinese."""
import pytest

from precheck.core.declarations import Declarations, from_file, from_pairs
from precheck.core.errors import BadArguments


def test_pairs_are_typed():
    declared = from_pairs(["title_or_skill=技能三级", "social_insurance_months=36", "shortage_major=true", "award=30"])
    assert declared == Declarations(title_or_skill="技能三级", social_insurance_months=36, shortage_major=True, award=30)


@pytest.mark.parametrize("pair,words", [("foo=1", "不认识的申报项「foo」"), ("award=40", "30、60、110"),
                                        ("title_or_skill", "名称=值"), ("social_insurance_months=-3", "整数")])
def test_bad_pairs_say_what_is_wrong(pair, words):
    with pytest.raises(BadArguments) as caught:
        from_pairs([pair])
    assert words in str(caught.value)


def test_toml_file_and_its_bad_line(tmp_path):
    good = tmp_path / "积分申报.toml"
    good.write_text('title_or_skill = "中级职称"\nspouse_shanghai_hukou = true\n', encoding="utf-8")
    assert from_file(good) == Declarations(title_or_skill="中级职称", spouse_shanghai_hukou=True)
    bad = tmp_path / "bad.toml"
    bad.write_text('shortage_major = true\nhigh_base_tier = 70\n', encoding="utf-8")
    with pytest.raises(BadArguments) as caught:
        from_file(bad)
    assert "第 2 行" in str(caught.value) and "高基数" in str(caught.value)


def test_json_file(tmp_path):
    path = tmp_path / "d.json"
    path.write_text('{"education": "本科+学士", "public_service_years": 2}', encoding="utf-8")
    assert from_file(path) == Declarations(education="本科+学士", public_service_years=2)
    path.write_text('{"education": ', encoding="utf-8")
    with pytest.raises(BadArguments, match="不是有效的 JSON"):
        from_file(path)


@pytest.mark.parametrize("written", ["本科学士", "本科（学士）", "本科 + 学士", "本科＋学士"])
def test_a_choice_written_another_common_way_is_understood(written):
    # Outsider Z's truth declares 本科学士, as people write it on forms.
    assert from_pairs([f"education={written}"]) == Declarations(education="本科+学士")
    assert from_pairs(["education=专科", "title_or_skill=技能 三级"]) == Declarations(education="大专", title_or_skill="技能三级")
