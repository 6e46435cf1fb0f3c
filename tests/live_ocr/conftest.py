"""Tests here run a real OCR engine on rendered pages: every one is marked `ocr` (deselect with -m "not ocr")."""
import pytest


def pytest_collection_modifyitems(items):
    for item in items:
        if "/live_ocr/" in str(item.path).replace("\\", "/"):
            item.add_marker(pytest.mark.ocr)
