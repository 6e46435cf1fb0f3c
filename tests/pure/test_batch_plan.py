"""A batch reuses a packet's earlier result only when nothing that decides it changed: the files, the limits, the
as-of date, the kind of application (the batch's, or the packet's own from a manifest), the engine and precheck's
version (issue 18: stale verdicts)."""
import json

import pytest

from precheck.core.errors import BadArguments
from precheck.doors.batch.manifest import PacketSettings, read_manifest
from precheck.doors.batch.plan import plan_jobs
from precheck.doors.batch.results import RESULT_SUFFIX

BEFORE = PacketSettings("2026-11-22", "first")


def plan(root, out, settings=BEFORE, engine="rapidocr", version="0.1.0", manifest=None):
    return plan_jobs(root, out, settings, engine, version, manifest=manifest)


def _done_earlier(root, out, **how):
    jobs, _ = plan(root, out, **how)
    for job in jobs:
        (out / f"{job.name}{RESULT_SUFFIX}").write_text(
            json.dumps({"verdict": "ready", "pages": [], "batch": {"fingerprint": job.fingerprint}}), encoding="utf-8")


@pytest.fixture
def batch(tmp_path):
    root, out = tmp_path / "in", tmp_path / "out"
    for name in ("applicant_1", "部门二/applicant_2"):
        (root / name).mkdir(parents=True)
        (root / name / "id.jpg").write_bytes(b"jpeg")
    out.mkdir()
    return root, out


@pytest.mark.parametrize("change", [{"settings": PacketSettings("2026-12-22", "first")},
                                    {"settings": PacketSettings("2026-11-22", "renewal")},
                                    {"engine": "tesseract"}, {"version": "0.2.0"}])
def test_another_date_kind_engine_or_version_checks_again(batch, change):
    root, out = batch
    _done_earlier(root, out)
    jobs, skipped = plan(root, out, **change)
    assert len(jobs) == 2 and skipped == []


def test_the_same_run_again_is_skipped(batch):
    root, out = batch
    _done_earlier(root, out)
    jobs, skipped = plan(root, out)
    assert jobs == [] and len(skipped) == 2


def test_a_manifest_gives_a_packet_its_own_date_and_kind(batch, tmp_path):
    root, out = batch
    manifest = tmp_path / "清单.csv"
    manifest.write_text("材料,预计提交日期,申请类型\n部门二/applicant_2,2027-01-15,续办\n", encoding="utf-8-sig")
    _done_earlier(root, out)
    jobs, skipped = plan(root, out, manifest=read_manifest(manifest))
    assert [(j.name, j.as_of, j.application) for j in jobs] == [("部门二__applicant_2", "2027-01-15", "renewal")]
    assert [s.name for s in skipped] == ["applicant_1"]


def test_an_excel_manifest_in_gbk_with_english_headers_is_read(tmp_path):
    manifest = tmp_path / "m.csv"
    manifest.write_bytes("packet,as_of,application\n张三,2026-12-01,first\n".encode("gbk"))
    assert read_manifest(manifest) == {"张三": PacketSettings("2026-12-01", "first")}


@pytest.mark.parametrize("text,words", [("材料,日期\n", "缺少列「预计提交日期」"),
                                        ("材料,预计提交日期,申请类型\na,2026-02-30,first\n", "第 2 行"),
                                        ("材料,预计提交日期,申请类型\na,2026-12-01,新办\n", "第 2 行"),
                                        ("材料,预计提交日期,申请类型\na,,first\n", "没有写预计提交日期"),
                                        ("材料,预计提交日期,申请类型\na,2026-12-01,\na,2026-12-02,\n", "第 3 行")])
def test_a_bad_manifest_line_is_named(tmp_path, text, words):
    manifest = tmp_path / "m.csv"
    manifest.write_text(text, encoding="utf-8")
    with pytest.raises(BadArguments) as refused:
        read_manifest(manifest)
    assert words in str(refused.value)


def test_a_packets_declarations_file_gives_it_its_own_items_and_a_change_checks_again(batch, tmp_path):
    from precheck.doors.batch.declared import read_declarations

    root, out = batch
    folder = tmp_path / "申报"
    folder.mkdir()
    (folder / "applicant_1.toml").write_text('title_or_skill = "技能三级"\n', encoding="utf-8")
    _done_earlier(root, out)
    jobs, skipped = plan_jobs(root, out, BEFORE, "rapidocr", "0.1.0", declared=read_declarations(folder))
    assert [(j.name, j.declarations.title_or_skill) for j in jobs] == [("applicant_1", "技能三级")]
    assert [s.name for s in skipped] == ["部门二__applicant_2"]


def test_a_bad_declarations_file_is_named_with_its_line(tmp_path):
    from precheck.doors.batch.declared import read_declarations

    (tmp_path / "a.toml").write_text('award = 30\nshortage_major = "也许"\n', encoding="utf-8")
    with pytest.raises(BadArguments) as caught:
        read_declarations(tmp_path)
    assert "a.toml" in str(caught.value) and "第 2 行" in str(caught.value)
    with pytest.raises(BadArguments, match="找不到申报文件夹"):
        read_declarations(tmp_path / "none")
