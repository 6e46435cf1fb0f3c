"""The applicant's page end to end: `precheck serve` runs as a person would start it, headless Chromium (Debian's,
driven by Playwright) uploads a golden packet's folder through the page, and the report shows the expected
findings with page images and boxes; nothing is requested from anywhere else and no uploaded file is left."""
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.ocr

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
DEMO = ROOT / "samples" / "packets" / "demo_fix"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """`precheck serve` in its own process, its temporary folder (TMPDIR) watched, its log kept."""
    temp_root = tmp_path_factory.mktemp("serve-tmp")
    log_path = tmp_path_factory.mktemp("serve-log") / "serve.log"
    port = free_port()
    env = {**os.environ, "TMPDIR": str(temp_root)}  # PRECHECK_CACHE_DIR stays: the test session's fresh cache
    with open(log_path, "w") as log:
        process = subprocess.Popen([sys.executable, "-m", "precheck", "serve", "--port", str(port), "--limit", "upload-file-mb=1"],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if process.poll() is not None:
                pytest.fail(f"precheck serve exited: {log_path.read_text()}")
            try:
                urllib.request.urlopen(base + "/", timeout=5).read()
                break
            except OSError:
                if time.monotonic() > deadline:
                    pytest.fail(f"precheck serve did not start: {log_path.read_text()}")
                time.sleep(0.5)
        yield base, temp_root, log_path
    finally:
        process.terminate()
        process.wait(timeout=30)


@pytest.fixture
def browser():
    from playwright import sync_api as playwright  # a test dependency: missing, this test errors rather than skips
    if not Path(CHROMIUM).exists():
        pytest.fail("chromium is not installed: run scripts/install.sh (apt package chromium)")
    with playwright.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=["--no-sandbox"])
        yield instance
        instance.close()


def test_serve_prints_the_local_address_in_chinese(server):
    base, _, log_path = server
    assert f"请用浏览器打开 {base}/" in log_path.read_text()


def test_folder_upload_shows_the_report_with_pages_and_boxes(server, browser, tmp_path):
    base, temp_root, log_path = server
    truth = json.loads((DEMO.parent / "demo_fix.truth.json").read_text(encoding="utf-8"))
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(base + "/")
    assert "不会上传到任何网站" in page.inner_text("#privacy")
    page.fill("#as_of", truth["as_of"])
    page.check("input[name=application][value=first]")
    page.set_input_files("#folder", str(DEMO))
    assert f"已选择 {len(list(DEMO.iterdir()))} 个文件" in page.inner_text("#chosen")
    # Every text the progress line shows is kept, to see that progress was reported while pages were read.
    page.evaluate("""() => { window.seen = [];
        new MutationObserver(() => window.seen.push(document.getElementById('progress-text').textContent))
            .observe(document.getElementById('progress-text'), {childList: true, characterData: true, subtree: true}); }""")
    page.click("#start")
    page.wait_for_selector("#result", state="visible", timeout=600_000)

    seen = page.evaluate("window.seen")
    pages = len(truth["pages"])
    assert any(re.search(rf"排队|已读 \d+ / {pages} 页", text) for text in seen), seen
    assert f"完成：共 {pages} 页" in page.inner_text("#progress-text")
    report = page.inner_text("#report")
    assert "需要修改" in report
    for rule in truth["expected_rules"]:
        assert rule in report
    assert "demo_fix/" in report  # the folder's files, named by their path in it
    # Each finding shows its page (the contract's with a box round the end date), and every page is listed below.
    findings = page.locator("#report .finding").all()
    assert findings and all(finding.locator("img").count() >= 1 for finding in findings)
    contract = page.locator("#report .finding", has_text="contract.ends_within_two_months")
    assert contract.locator(".box").first.is_visible()
    images = page.locator("#report .page img")
    assert images.count() == len(truth["pages"])
    every_image = page.locator("#report img")
    assert all(every_image.nth(i).evaluate("img => img.complete && img.naturalWidth > 0") for i in range(every_image.count()))
    boxes = page.locator("#report .box")
    assert boxes.count() >= 1
    boxes.first.scroll_into_view_if_needed()
    assert boxes.first.is_visible()
    page.screenshot(path=str(tmp_path / "page.png"), full_page=False)

    outside = [url for url in requests if not url.startswith((base + "/", "data:", "blob:"))]
    assert not outside, outside
    # The upload's temporary folder is gone, and no uploaded file is left anywhere under the server's TMPDIR.
    assert not list(temp_root.glob("precheck-upload-*"))
    assert not [p for p in temp_root.rglob("*") if p.suffix in (".jpg", ".pdf") or re.fullmatch(r"\d{4}\.\w+", p.name)]
    log = log_path.read_text()
    assert f"check done: {len(list(DEMO.iterdir()))} files, {pages} pages" in log
    assert not any(Path(p["file"]).stem in log for p in truth["pages"])  # counts, never names


def test_a_file_over_the_limit_is_refused_in_chinese_before_uploading(server, browser, tmp_path):
    base, _, _ = server
    big = tmp_path / "大照片.jpg"
    big.write_bytes(b"\xff\xd8\xff" + os.urandom(1_500_000))  # the server runs with --limit upload-file-mb=1
    page = browser.new_page()
    posts = []
    page.on("request", lambda request: posts.append(request.url) if request.method == "POST" else None)
    page.goto(base + "/")
    page.set_input_files("#files", str(big))
    page.click("#start")
    error = page.locator("#error")
    error.wait_for(state="visible")
    assert "大照片.jpg" in error.inner_text() and "超过单个文件上限" in error.inner_text()
    assert posts == []


def test_dropped_files_are_listed_and_hidden_ones_skipped(server, browser):
    base, _, _ = server
    page = browser.new_page()
    page.goto(base + "/")
    transfer = page.evaluate_handle("""() => { const data = new DataTransfer();
        data.items.add(new File(["x"], "身份证.jpg", {type: "image/jpeg"}));
        data.items.add(new File(["y"], "合同.pdf", {type: "application/pdf"}));
        data.items.add(new File(["z"], ".DS_Store"));
        return data; }""")
    page.dispatch_event("#drop", "drop", {"dataTransfer": transfer})
    chosen = page.locator("#chosen")
    chosen.get_by_text("已选择 2 个文件").wait_for()
    assert "身份证.jpg" in chosen.inner_text() and "合同.pdf" in chosen.inner_text() and ".DS_Store" not in chosen.inner_text()
    assert page.locator("#start").is_enabled()
