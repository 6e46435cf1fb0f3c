"""Draw packets 0 and 1 of the outsider_ai set with the CLI and check real
properties of what was written."""
import hashlib
import json
import os
import subprocess
import sys

import pytest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
PY = sys.executable
SEED = "9311"
TIMEOUT = 120

sys.path.insert(0, ROOT)
from samples.outsider_ai import filecheck, oracle  # noqa: E402
from samples.outsider_ai.ids import id_valid  # noqa: E402


def _run(args, timeout=TIMEOUT):
    return subprocess.run([PY, "-m"] + args, cwd=ROOT, capture_output=True, text=True, timeout=timeout)


def _digest(d):
    h = {}
    for root, _, files in os.walk(d):
        for f in files:
            p = os.path.join(root, f)
            if "_layout" in p:
                continue
            h[os.path.relpath(p, d)] = hashlib.sha256(open(p, "rb").read()).hexdigest()
    return h


@pytest.fixture(scope="module")
def drawn(tmp_path_factory):
    out = tmp_path_factory.mktemp("ai")
    r = _run(["samples.outsider_ai", "--out", str(out), "--count", "40", "--seed", SEED, "--jobs", "2",
              "--only", "0", "1"])
    assert r.returncode == 0, r.stdout + r.stderr
    return out


def test_manifest_and_truth_files(drawn):
    man = json.load(open(os.path.join(drawn, "_layout", "manifest.json"), encoding="utf-8"))
    assert man["generator"] == "samples.outsider_ai" and str(man["seed"]) == SEED and man["count"] == 40
    assert [p["packet"] for p in man["packets"]] == ["ai000", "ai001"]
    for e in man["packets"]:
        t = json.load(open(os.path.join(drawn, e["packet"] + ".truth.json"), encoding="utf-8"))
        assert t["verdict"] == e["verdict"]
        assert len(t["pages"]) == e["pages"]


def test_truth_format_matches_reference(drawn):
    ref = json.load(open(os.path.join(ROOT, "samples", "packets", "golden_00.truth.json"), encoding="utf-8"))
    for pid in ("ai000", "ai001"):
        t = json.load(open(os.path.join(drawn, pid + ".truth.json"), encoding="utf-8"))
        assert list(t) == list(ref)
        assert set(t["points"]) == set(ref["points"])
        for pg in t["pages"]:
            assert set(pg) == set(ref["pages"][0])
        for d in t["documents"]:
            assert set(d) == set(ref["documents"][0])
            for k in ("id_number", "employee_id_number", "spouse_id_number"):
                if k in d["fields"]:
                    assert id_valid(d["fields"][k]) or "identity.id_number_invalid" in t["expected_rules"]
        assert t["expected_rules"] == oracle.evaluate(t)
        assert t["verdict"] == oracle.verdict(t["expected_rules"])


def test_packet_plan(drawn):
    t0 = json.load(open(os.path.join(drawn, "ai000.truth.json"), encoding="utf-8"))
    t1 = json.load(open(os.path.join(drawn, "ai001.truth.json"), encoding="utf-8"))
    assert t0["verdict"] == "ready" and t0["expected_rules"] == [] and t0["defects"] == []
    assert t1["verdict"] == "fix"
    assert "contract.ends_within_two_months" in t1["expected_rules"]
    assert any(d["type"] == "labour_contract" for d in t1["documents"])


def test_every_file_opens_with_its_page_count(drawn):
    for pid in ("ai000", "ai001"):
        t = json.load(open(os.path.join(drawn, pid + ".truth.json"), encoding="utf-8"))
        listed = {}
        for pg in t["pages"]:
            listed.setdefault(pg["file"], []).append(pg["page"])
        on_disk = filecheck.list_files(os.path.join(drawn, pid))
        assert sorted(on_disk) == sorted(listed)
        for fn in on_disk:
            n, err = filecheck.open_pages(os.path.join(drawn, pid, fn))
            assert err is None, (fn, err)
            assert sorted(listed[fn]) == list(range(1, n + 1)), fn


def test_only_is_deterministic(drawn, tmp_path):
    r = _run(["samples.outsider_ai", "--out", str(tmp_path), "--count", "40", "--seed", SEED, "--only", "1"])
    assert r.returncode == 0, r.stdout + r.stderr
    a = _digest(os.path.join(drawn, "ai001"))
    b = _digest(os.path.join(tmp_path, "ai001"))
    assert a == b
    assert open(os.path.join(drawn, "ai001.truth.json"), "rb").read() == \
        open(os.path.join(tmp_path, "ai001.truth.json"), "rb").read()


def test_selfcheck_passes(drawn):
    r = _run(["samples.outsider_ai.selfcheck", str(drawn)])
    assert r.returncode == 0, r.stdout[-3000:]
    assert r.stdout.strip().splitlines()[-1] == "problems: 0"
