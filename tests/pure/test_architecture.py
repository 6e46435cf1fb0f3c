"""The layers are a contract (pyproject.toml [tool.importlinter]): a wrong-way import or an import loop fails here."""
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("precheck", "extractors", "rules", "samples")


def lint_imports(tree: Path) -> subprocess.CompletedProcess:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run([str(lint), "--no-cache"], cwd=tree, capture_output=True, text=True,
                          env={"PYTHONPATH": str(tree), "PATH": "/usr/bin:/bin"})


def test_import_contracts_are_kept():
    result = lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 broken" in result.stdout


def only_python(folder, names):
    """copytree's ignore: the modules are all the import graph needs (not the sample packets' images)."""
    return [n for n in names if n == "__pycache__" or (not n.endswith(".py") and not (Path(folder) / n).is_dir())]


def copy_of_the_tree(tmp_path: Path) -> Path:
    for package in PACKAGES:
        shutil.copytree(ROOT / package, tmp_path / package, ignore=only_python)
    shutil.copy(ROOT / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_a_wrong_way_import_breaks_the_layers(tmp_path):
    tree = copy_of_the_tree(tmp_path)
    limits = tree / "precheck" / "core" / "limits.py"
    limits.write_text(limits.read_text(encoding="utf-8") + "\nfrom precheck.pipeline import stages  # noqa\n", encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert "precheck.core.limits -> precheck.pipeline.stages" in result.stdout


def test_an_import_loop_between_siblings_is_caught(tmp_path):
    tree = copy_of_the_tree(tmp_path)
    registry = tree / "rules" / "registry.py"
    registry.write_text(registry.read_text(encoding="utf-8") + "\nimport rules.catalogue  # noqa\n", encoding="utf-8")
    result = lint_imports(tree)
    assert result.returncode != 0
    assert "No cycles are allowed in rules" in result.stdout
