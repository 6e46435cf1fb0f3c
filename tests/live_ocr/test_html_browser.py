"""The HTML report in a real browser: headless Chromium (Debian's, driven by Playwright) opens the file, the verdict,
findings, page images and evidence boxes show, and nothing is requested from anywhere else."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.ocr

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DEMO = Path(__file__).resolve().parents[2] / "samples" / "packets" / "demo_fix"


@pytest.fixture(scope="module")
def report_file(tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "report.html"
    done = subprocess.run([sys.executable, "-m", "precheck", "check", str(DEMO), "--as-of", "2026-12-01", "--format", "html",
                           "--out", str(out)], capture_output=True, text=True, timeout=600)
    assert done.returncode == 1, done.stderr  # the demo packet needs fixing
    return out


def test_report_opens_with_pages_boxes_and_no_outside_requests(report_file, tmp_path):
    from playwright import sync_api as playwright  # a test dependency: missing, this test errors rather than skips
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: run scripts/install.sh (apt package chromium)")
    requests = []
    with playwright.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.on("request", lambda request: requests.append(request.url))
        page.goto(report_file.as_uri())
        page.wait_for_load_state("load")
        body = page.inner_text("body")
        assert "需要修改" in body and "tax.missing_months" in body
        images = page.locator("img")
        assert images.count() >= 5
        assert all(images.nth(i).evaluate("img => img.complete && img.naturalWidth > 0") for i in range(images.count()))
        boxes = page.locator(".box")
        assert boxes.count() >= 1 and boxes.first.is_visible()
        page.screenshot(path=str(tmp_path / "report.png"), full_page=False)
        browser.close()
    outside = [url for url in requests if not url.startswith(("file:", "data:"))]
    assert not outside, outside
