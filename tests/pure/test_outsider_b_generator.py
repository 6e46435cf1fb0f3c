"""The independent packet drawer writes packets whose truth is self-consistent."""
import json
from pathlib import Path

from samples.outsider_b.build import build, severity
from samples.outsider_b.people import id_valid

ID_KEYS = ("id_number", "employee_id_number", "spouse_id_number")


def test_two_packets(tmp_path: Path):
    out = tmp_path / "set"
    build(out, 2, 11, log=lambda *_: None)
    truths = sorted(out.glob("*.truth.json"))
    assert len(truths) == 2
    for path in truths:
        t = json.loads(path.read_text(encoding="utf-8"))
        root = out / t["packet"]
        assert root.is_dir()
        assert 6 <= len(t["pages"]) <= 14
        page_keys = set()
        for p in t["pages"]:
            assert (root / p["file"]).is_file(), p
            assert p["page"] >= 1 and p["rotation"] in (0, 90, 180, 270)
            page_keys.add((p["file"], p["page"]))
        for d in t["documents"]:
            assert d["pages"], d["type"]
            for ref in d["pages"]:
                assert (ref["file"], ref["page"]) in page_keys
            for k in ID_KEYS:
                if k in d["fields"] and "identity.id_number_invalid" not in t["expected_rules"]:
                    assert id_valid(d["fields"][k]), (d["type"], d["fields"][k])
        severities = {severity(r) for r in t["expected_rules"]}
        want = "fix" if "error" in severities else ("review" if "warning" in severities else "ready")
        assert t["verdict"] == want
        assert t["verdict"] != "fix" or any(severity(r) == "error" for r in t["expected_rules"])
