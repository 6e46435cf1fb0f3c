"""The local web app's API through FastAPI's test client: the SPEC §5 JSON for a golden packet, refused types,
size limits, bad dates, hostile file names, jobs kept apart, temporary files gone after success and failure.

Most tests use a tiny stand-in OCR engine (the pipeline runs for real on its output); the golden packet is
read by RapidOCR."""
import io
import json
import logging
import re
import secrets
import time
import zipfile
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from PIL import Image

from precheck.core.limits import DEFAULT_LIMITS
from precheck.core.model import OcrLine
from precheck.ocr.base import OcrResult
from precheck.doors.web import create_app
from precheck.doors.web import runner
from precheck.doors.web.uploads import UploadError, receive_upload
from tests.stand_in import StandInEngine

DEMO = Path(__file__).resolve().parents[2] / "samples" / "packets" / "demo_fix"


class LineEngine(StandInEngine):
    """Reads every page as the same two lines, in no time."""

    name, version = "stand-in", "1"

    def recognize(self, image):
        lines = [OcrLine(text="劳动合同书", bbox=(0.3, 0.05, 0.7, 0.1), confidence=0.99),
                 OcrLine(text="甲方（用人单位）：上海浦江信息技术有限公司", bbox=(0.1, 0.2, 0.9, 0.25), confidence=0.99)]
        return OcrResult(lines=lines, rotation=0, width=image.width, height=image.height)


def png(width=600, height=800, noise=False) -> bytes:
    buffer = io.BytesIO()
    image = Image.effect_noise((width, height), 60).convert("RGB") if noise else Image.new("RGB", (width, height), "white")
    image.save(buffer, "PNG")
    return buffer.getvalue()


@pytest.fixture
def temp_root(tmp_path):
    root = tmp_path / "uploads"
    root.mkdir()
    return root


@pytest.fixture
def client(temp_root):
    with TestClient(create_app(LineEngine(), temp_root=temp_root)) as test_client:
        yield test_client


def form(as_of="2026-11-22", application="first"):
    return {"as_of": as_of, "application": application}


def text_layer_pdf(packet: Path) -> Path:
    """The packet's tax record printed to a text-layer PDF, as its truth names it (file names are drawn at random)."""
    truth = json.loads((packet.parent / f"{packet.name}.truth.json").read_text(encoding="utf-8"))
    return packet / next(p["file"] for p in truth["pages"] if p["capture"] == "text_pdf")


def wait_for(test_client, job_id, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        answer = test_client.get(f"/api/jobs/{job_id}")
        assert answer.status_code == 200, answer.text
        job = answer.json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.05)
    raise AssertionError("job did not finish")


def everything_under(folder: Path) -> list[Path]:
    return sorted(folder.rglob("*"))


def test_unsupported_type_is_refused_by_name_and_the_rest_checked(client, temp_root):
    docx = io.BytesIO()
    with zipfile.ZipFile(docx, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    files = [("files", ("合同.png", png(), "image/png")), ("files", ("说明.txt", "请查收".encode() * 50, "text/plain")),
             ("files", ("简历.docx", docx.getvalue(), "application/octet-stream"))]
    answer = client.post("/api/check", data=form(), files=files)
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert [p["file"] for p in report["pages"]] == ["合同.png"]
    refused = {e["file"]: f["message"] for f in report["findings"] if f["rule"] == "input.unreadable_file"
               for e in f["evidence"]}
    assert set(refused) == {"说明.txt", "简历.docx"}
    assert "不支持这种文件" in refused["说明.txt"] and "JPG、PNG" in refused["说明.txt"] and "PDF" in refused["说明.txt"]
    assert "办公文档" in refused["简历.docx"]

    started = client.post("/api/jobs", data=form(), files=files)
    assert started.status_code == 202
    assert [r["file"] for r in started.json()["refused"]] == ["说明.txt", "简历.docx"]
    assert wait_for(client, started.json()["id"])["status"] == "done"


def test_nothing_checkable_is_415_and_no_files_is_422(client, temp_root):
    answer = client.post("/api/check", data=form(), files=[("files", ("a.exe", b"MZ" + b"\0" * 300, "application/x"))])
    assert answer.status_code == 415
    assert "a.exe" in answer.json()["detail"] and "JPG" in answer.json()["detail"]
    answer = client.post("/api/check", data=form(), files=[("other", ("", b"", "application/octet-stream"))])
    assert answer.status_code in (415, 422)
    assert client.post("/api/check", data=form(), files=[]).status_code in (415, 422)
    assert everything_under(temp_root) == []


def test_files_over_the_limits_are_413(temp_root):
    limits = replace(DEFAULT_LIMITS, upload_max_file_bytes=20_000, upload_max_total_bytes=50_000)
    with TestClient(create_app(LineEngine(), limits=limits, temp_root=temp_root)) as test_client:
        big = png(400, 400, noise=True)
        assert len(big) > 20_000
        answer = test_client.post("/api/check", data=form(), files=[("files", ("大照片.png", big, "image/png"))])
        assert answer.status_code == 413
        assert "大照片.png" in answer.json()["detail"] and "上限" in answer.json()["detail"]
        small = png(80, 60, noise=True)
        assert 5_000 < len(small) < 20_000
        many = [("files", (f"{n}.png", small, "image/png")) for n in range(60_000 // len(small) + 1)]
        answer = test_client.post("/api/jobs", data=form(), files=many)
        assert answer.status_code == 413 and "总大小" in answer.json()["detail"]
    assert everything_under(temp_root) == []


def test_limits_are_enforced_while_the_body_streams_in(temp_root):
    """The upload is refused after the chunk that crosses the limit, not after the whole body was read."""
    limits = replace(DEFAULT_LIMITS, upload_max_file_bytes=100_000)
    boundary = "x" * 16
    pulled = []

    async def body():
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.jpg\"\r\n"
               "Content-Type: image/jpeg\r\n\r\n").encode() + b"\xff\xd8\xff" + b"\0" * 1000
        for number in range(1000):  # 64 MB if read to the end
            pulled.append(number)
            yield b"\0" * 65536

    import anyio

    async def receive():
        return await receive_upload({"content-type": f"multipart/form-data; boundary={boundary}"}, body(), limits, temp_root)

    with pytest.raises(UploadError) as refused:
        anyio.run(receive)
    assert refused.value.status == 413
    assert len(pulled) <= 3
    assert everything_under(temp_root) == []


def test_a_client_that_disconnects_mid_upload_leaves_nothing(temp_root):
    from starlette.requests import ClientDisconnect

    boundary = "y" * 16

    async def body():
        yield (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.jpg\"\r\n\r\n").encode() \
            + b"\xff\xd8\xff" + b"\0" * 5000
        assert [p for p in temp_root.rglob("*") if p.is_file()]  # the file was being written
        raise ClientDisconnect()

    import anyio

    async def receive():
        return await receive_upload({"content-type": f"multipart/form-data; boundary={boundary}"}, body(),
                                    DEFAULT_LIMITS, temp_root)

    with pytest.raises(ClientDisconnect):
        anyio.run(receive)
    assert everything_under(temp_root) == []


@pytest.mark.parametrize("as_of,application,words", [("2026-13-01", "first", "不存在"), ("2026-02-30", "first", "不存在"), ("22/11/2026", "first", "YYYY-MM-DD"),
                                                      ("2026-11-22", "renew", "renewal")])
def test_bad_as_of_or_application_is_422_in_chinese(client, temp_root, as_of, application, words):
    answer = client.post("/api/check", data=form(as_of, application), files=[("files", ("a.png", png(), "image/png"))])
    assert answer.status_code == 422
    detail = answer.json()["detail"]
    assert words in detail and re.search(r"[\u4e00-\u9fff]", detail[:4])
    assert everything_under(temp_root) == []


HOSTILE_NAMES = ["../../etc/passwd.jpg", "/etc/cron.d/evil.png", "a/b/../../../c.png", "..\\..\\windows.png",
                 "<img src=x onerror=alert(1)>.png"]


def test_file_names_are_never_paths_and_are_shown_escaped(temp_root, monkeypatch):
    stored = []
    original = runner.run_check

    def spy(packet, *args, **kwargs):
        stored.extend(p.relative_to(temp_root).as_posix() for p in temp_root.rglob("*") if p.is_file())
        return original(packet, *args, **kwargs)

    monkeypatch.setattr(runner, "run_check", spy)
    outside = temp_root.parent
    before = everything_under(outside)
    with TestClient(create_app(LineEngine(), temp_root=temp_root)) as test_client:
        files = [("files", (name, png(), "image/png")) for name in HOSTILE_NAMES]
        job = wait_for(test_client, test_client.post("/api/jobs", data=form(), files=files).json()["id"])
    assert job["status"] == "done", job
    # On disk the files were 0001.png … in one fresh folder; nothing anywhere else.
    assert len(stored) == len(HOSTILE_NAMES)
    assert all(re.fullmatch(r"precheck-upload-[^/]+/\d{4}\.png", path) for path in stored), stored
    assert everything_under(outside) == before
    # In the report, the names are what was uploaded (backslashes as /), and the HTML shows them as text.
    shown = {p["file"] for p in job["report"]["pages"]}
    assert shown == {name.replace("\\", "/") for name in HOSTILE_NAMES}
    assert "&lt;img src=x onerror=alert(1)&gt;.png" in job["html"]
    assert "<img src=x" not in job["html"]


def test_two_jobs_see_only_their_own_files(temp_root):
    with TestClient(create_app(LineEngine(), temp_root=temp_root)) as test_client:
        first = test_client.post("/api/jobs", data=form(), files=[("files", ("甲的合同.png", png(), "image/png"))]).json()["id"]
        second = test_client.post("/api/jobs", data=form(), files=[("files", ("乙的合同.png", png(), "image/png"))]).json()["id"]
        assert first != second and len(first) >= 30
        assert test_client.get(f"/api/jobs/{secrets.token_urlsafe(24)}").status_code == 404
        jobs = {first: wait_for(test_client, first), second: wait_for(test_client, second)}
        assert [p["file"] for p in jobs[first]["report"]["pages"]] == ["甲的合同.png"]
        assert [p["file"] for p in jobs[second]["report"]["pages"]] == ["乙的合同.png"]
        assert "乙的合同" not in jobs[first]["html"] and "甲的合同" not in jobs[second]["html"]
        # A result is handed out once, then forgotten.
        gone = test_client.get(f"/api/jobs/{first}")
        assert gone.status_code == 404 and "重新上传" in gone.json()["detail"]
    assert everything_under(temp_root) == []


def test_temporary_files_are_removed_when_the_check_fails(temp_root, monkeypatch):
    seen = []

    def broken(packet, *args, **kwargs):
        seen.extend(temp_root.rglob("*.png"))
        raise RuntimeError("boom 王晓明")

    monkeypatch.setattr(runner, "run_check", broken)
    with TestClient(create_app(LineEngine(), temp_root=temp_root), raise_server_exceptions=False) as test_client:
        answer = test_client.post("/api/check", data=form(), files=[("files", ("a.png", png(), "image/png"))])
        assert answer.status_code == 500 and "文件已删除" in answer.json()["detail"] and "boom" not in answer.text
        job = wait_for(test_client, test_client.post("/api/jobs", data=form(),
                                                     files=[("files", ("b.png", png(), "image/png"))]).json()["id"])
        assert job["status"] == "failed" and "重试" in job["message"]
    assert len(seen) == 2  # the files were there while the check ran
    assert everything_under(temp_root) == []


def test_heic_tiff_and_pdf_uploads_are_read_whatever_their_names(client, temp_root):
    samples = DEMO.parent
    picked = {"照片": sorted(samples.glob("*/*.heic"))[0], "扫描": sorted(samples.glob("*/*.tif"))[0],
              "清单": text_layer_pdf(DEMO)}
    files = [("files", (f"{name}.dat", path.read_bytes(), "application/octet-stream")) for name, path in picked.items()]
    answer = client.post("/api/check", data=form(), files=files)
    assert answer.status_code == 200, answer.text
    pages = answer.json()["pages"]
    assert {p["file"] for p in pages} == {"照片.dat", "扫描.dat", "清单.dat"}
    assert not [f for f in answer.json()["findings"] if f["rule"] == "input.unreadable_file"]
    assert everything_under(temp_root) == []


def test_zip_upload_is_read_member_by_member(client, temp_root):
    packet = io.BytesIO()
    with zipfile.ZipFile(packet, "w") as archive:
        archive.writestr("材料/合同.png", png())
        archive.writestr("材料/身份证.png", png())
    answer = client.post("/api/check", data=form(), files=[("files", ("王某.zip", packet.getvalue(), "application/zip"))])
    assert answer.status_code == 200, answer.text
    assert [p["file"] for p in answer.json()["pages"]] == ["王某.zip/材料/合同.png", "王某.zip/材料/身份证.png"]
    assert everything_under(temp_root) == []


def test_logs_hold_counts_never_names(client, caplog):
    caplog.set_level(logging.INFO)
    answer = client.post("/api/check", data=form(), files=[("files", ("王晓明_320602199003071236.png", png(), "image/png"))])
    assert answer.status_code == 200
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "check done: 1 files, 1 pages" in text
    assert "王晓明" not in text and "320602199003071236" not in text and "上海浦江" not in text


def test_serve_logs_cut_tracebacks_to_the_exception_type():
    from precheck.doors.web.logs import TypeOnlyTracebacks

    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.addFilter(TypeOnlyTracebacks())
    logger = logging.getLogger("precheck.test_serve_logs")
    logger.addHandler(handler)
    try:
        try:
            raise ValueError("王晓明 320602199003071236")
        except ValueError:
            logger.error("extractor for %s failed", "id_card", exc_info=True)
    finally:
        logger.removeHandler(handler)
    assert stream.getvalue().strip() == "extractor for id_card failed [ValueError]"


def test_openapi_documents_the_check_endpoint_and_its_docs_page_is_offline(client):
    schema = client.get("/openapi.json").json()
    check = schema["paths"]["/api/check"]["post"]
    body = check["requestBody"]["content"]["multipart/form-data"]["schema"]
    assert set(body["properties"]) == {"files", "as_of", "application"}
    assert body["properties"]["application"]["enum"] == ["first", "renewal"]
    assert "检查" in check["summary"] and "check" in check["summary"]
    assert check["responses"]["200"]["content"]["application/json"]["schema"]["$ref"].endswith("/Report")
    assert {"413", "415", "422"} <= set(check["responses"])
    docs = client.get("/docs")
    assert docs.status_code == 200
    sources = re.findall(r"""(?:src|href)=["']([^"']+)""", docs.text)
    assert sources and all(s.startswith("/") for s in sources), sources
    assert all(client.get(s).status_code == 200 for s in sources)


def test_the_page_is_one_self_contained_chinese_document(client):
    page = client.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    policy = page.headers["content-security-policy"]
    assert "default-src 'none'" in policy and "connect-src 'self'" in policy
    nonce = re.search(r"'nonce-([^']+)'", policy).group(1)
    assert f'<script nonce="{nonce}">' in page.text and page.text.count("<script") == 1
    assert not re.search(r"(?:src|href)=[\"']?(?:https?:)?//", page.text)
    assert "不会上传到任何网站" in page.text and "webkitdirectory" in page.text
    assert "首次申请" in page.text and "续办" in page.text
    assert client.get("/").headers["content-security-policy"] != policy  # a fresh nonce each time


def test_a_body_cut_short_is_400_and_leaves_nothing(client, temp_root):
    boundary = "z" * 16
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"a.png\"\r\n"
            f"Content-Type: image/png\r\n\r\n").encode()
    answer = client.post("/api/check", content=head + png()[:300],
                         headers={"content-type": f"multipart/form-data; boundary={boundary}"})
    assert answer.status_code == 400 and "不完整" in answer.json()["detail"]
    assert everything_under(temp_root) == []


@pytest.mark.parametrize("headers", [{"sec-fetch-site": "cross-site"}, {"sec-fetch-site": "same-site"},
                                     {"origin": "https://evil.example"}, {"origin": "http://testserver:8001"},
                                     {"origin": "null"}])
def test_a_request_from_another_sites_page_is_refused_before_reading(client, temp_root, headers):
    answer = client.post("/api/jobs", data=form(), files=[("files", ("a.png", png(), "image/png"))], headers=headers)
    assert answer.status_code == 403 and "其他网站" in answer.json()["detail"]
    assert everything_under(temp_root) == []


@pytest.mark.parametrize("headers", [{}, {"sec-fetch-site": "same-origin", "origin": "http://testserver"},
                                     {"sec-fetch-site": "none"}])
def test_the_own_page_and_programs_may_check(client, headers):
    answer = client.post("/api/check", data=form(), files=[("files", ("a.png", png(), "image/png"))], headers=headers)
    assert answer.status_code == 200, answer.text


async def _post_asgi(app, chunks, content_type) -> tuple[int, dict]:
    """One POST /api/check straight through the ASGI interface, its body given chunk by chunk as it comes."""
    import json

    scope = {"type": "http", "asgi": {"version": "3.0"}, "http_version": "1.1", "method": "POST", "scheme": "http",
             "path": "/api/check", "raw_path": b"/api/check", "query_string": b"", "root_path": "",
             "headers": [(b"host", b"testserver"), (b"content-type", content_type.encode())],
             "client": ("127.0.0.1", 5000), "server": ("testserver", 80)}
    pending = chunks.__aiter__()
    answer = {"status": None, "body": b""}

    async def receive():
        try:
            return {"type": "http.request", "body": await pending.__anext__(), "more_body": True}
        except StopAsyncIteration:
            return {"type": "http.request", "body": b"", "more_body": False}

    async def send(message):
        if message["type"] == "http.response.start":
            answer["status"] = message["status"]
        elif message["type"] == "http.response.body":
            answer["body"] += message.get("body", b"")

    await app(scope, receive, send)
    return answer["status"], json.loads(answer["body"] or b"{}")


def test_uploads_racing_in_never_pass_the_queue_limit(temp_root):
    import anyio

    app = create_app(LineEngine(), temp_root=temp_root, max_waiting=1)
    boundary = "q" * 16
    content_type = f"multipart/form-data; boundary={boundary}"
    first_half_sent, finish_first = anyio.Event(), anyio.Event()

    def part(name):
        return (f"--{boundary}\r\nContent-Disposition: form-data; name=\"files\"; filename=\"{name}\"\r\n"
                f"Content-Type: image/png\r\n\r\n").encode()

    async def slow_body():
        yield part("a.png")
        first_half_sent.set()
        await finish_first.wait()
        yield png() + f"\r\n--{boundary}--\r\n".encode()

    async def quick_body():
        yield part("b.png") + png() + f"\r\n--{boundary}--\r\n".encode()

    async def race():
        results = {}

        async def first():
            results["first"] = await _post_asgi(app, slow_body(), content_type)

        async with anyio.create_task_group() as group:
            group.start_soon(first)
            await first_half_sent.wait()
            results["second"] = await _post_asgi(app, quick_body(), content_type)
            finish_first.set()
        return results

    results = anyio.run(race)
    assert results["second"][0] == 503 and "排队" in results["second"][1]["detail"]
    assert results["first"][0] == 200, results["first"]


def test_declared_points_items_reach_the_report_marked_declared(client):
    data = {**form(), "declare.title_or_skill": "中级职称", "declare.shortage_major": "true"}
    answer = client.post("/api/check", data=data, files=[("files", ("a.png", png(), "image/png"))])
    assert answer.status_code == 200, answer.text
    items = {item["indicator"]: item for item in answer.json()["points"]["items"]}
    assert items["title_or_skill"]["from"] == "declared" and items["title_or_skill"]["points"] == 100
    assert items["shortage_major"]["points"] == 30


def test_a_bad_declaration_is_422_in_chinese(client, temp_root):
    data = {**form(), "declare.award": "40"}
    answer = client.post("/api/check", data=data, files=[("files", ("a.png", png(), "image/png"))])
    assert answer.status_code == 422 and "30、60、110" in answer.json()["detail"]
    assert everything_under(temp_root) == []


def test_the_page_offers_every_declarable_item(client):
    from precheck.core.declarations import KEYS

    page = client.get("/").text
    assert all(f"name='declare.{key}'" in page for key in KEYS) and "积分申报" in page
