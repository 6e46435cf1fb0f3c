"""The local web app: the applicant's page, its job API, and the synchronous JSON API.

Checks run one at a time in a worker thread (OCR already uses every core), so the event loop only receives
uploads and answers polls. The OCR engine is built once per process and handed in."""
from __future__ import annotations

import asyncio
import secrets
import threading
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import asynccontextmanager
from datetime import date
from pathlib import Path
from typing import Optional, Union

from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, Field
from starlette.middleware.trustedhost import TrustedHostMiddleware

from precheck import __version__
from precheck.core.errors import PrecheckError
from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.core.model import APPLICATION_LABELS, Report
from precheck.doors.arguments import DEFAULT_APPLICATION
from precheck.ocr.base import OcrEngine
from precheck.doors.web.jobs import JOB_TTL_SECONDS, Job, JobStore, refused_view
from precheck.doors.web.origin import refuse_other_sites
from precheck.doors.web.page import content_security_policy, render_page
from precheck.doors.web.runner import check_upload
from precheck.doors.web.sniff import ACCEPTED
from precheck.doors.web.uploads import Upload, UploadError, receive_upload

MAX_WAITING_CHECKS = 8  # checks queued or running at once; more are asked to come back later
INTERNAL_ERROR = "检查时程序出错，材料没有检查完（文件已删除）。请重试；仍然出错时，请用命令行 precheck check 检查并报告问题（internal error）"


class ErrorDetail(BaseModel):
    detail: str = Field(description="给人看的中文说明，说明怎么做 / what went wrong and what to do, Chinese first")


class JobCreated(BaseModel):
    id: str = Field(description="本次检查的随机凭据：只有持有它才能查看进度和结果 / the job's secret token")
    refused: list[dict] = Field(description="未接受的文件及原因 / files refused, with why")


ERRORS = {
    400: {"model": ErrorDetail, "description": "上传数据不完整 / malformed multipart body"},
    403: {"model": ErrorDetail, "description": "来自其他网站的请求 / a request sent by another website's page"},
    413: {"model": ErrorDetail, "description": "文件、文件数或上传总量超过上限 / a file or the upload is too large"},
    415: {"model": ErrorDetail, "description": "没有可以检查的文件类型 / no supported file in the upload"},
    422: {"model": ErrorDetail, "description": "提交日期或申请类型有误，或没有文件 / bad as_of or application, or no files"},
    503: {"model": ErrorDetail, "description": "本机正忙 / too many checks waiting"},
}

UPLOAD_BODY = {"requestBody": {"required": True, "content": {"multipart/form-data": {"schema": {
    "type": "object",
    "required": ["files"],
    "properties": {
        "files": {"type": "array", "items": {"type": "string", "format": "binary"},
                  "description": f"申请人的材料，可多个：{ACCEPTED}。文件名只用于显示 / the packet's files; names are "
                                 "only displayed, never used as paths"},
        "as_of": {"type": "string", "format": "date", "example": "2026-11-22",
                  "description": "预计提交日期 YYYY-MM-DD，默认今天；所有日期规则以此计算 / planned submission date"},
        "application": {"type": "string", "enum": list(APPLICATION_LABELS), "default": DEFAULT_APPLICATION,
                        "description": "first 首次申请 / renewal 续办（无需户口簿）"},
    },
}}}}}


class Checker:
    """One worker thread for checks, and a count of those waiting for it."""

    def __init__(self, engine: OcrEngine, limits: Limits, max_waiting: int):
        self.engine, self.limits, self.max_waiting = engine, limits, max_waiting
        self.executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="precheck-check")
        self._waiting = 0
        self._lock = threading.Lock()

    def reserve(self) -> None:
        """Take a place in the queue before the upload is read, so uploads racing in never pass the limit."""
        with self._lock:
            if self._waiting >= self.max_waiting:
                raise UploadError(503, "本机正在检查其他材料，排队的太多了。请过几分钟再试（busy）")
            self._waiting += 1

    def release(self) -> None:
        """Give back a place whose upload was refused or never came."""
        self._done()

    def submit(self, upload: Upload, job: Optional[Job] = None) -> Future:
        """Run the check in the place `reserve` took; the place is given back when the check ends."""
        try:
            future = self.executor.submit(self._run, upload, job)
        except BaseException:
            self._done()
            upload.cleanup()
            raise
        future.add_done_callback(lambda _f: self._done())
        return future

    def _done(self) -> None:
        with self._lock:
            self._waiting -= 1

    def _run(self, upload: Upload, job: Optional[Job]):
        if job is None:
            return check_upload(upload, self.engine, self.limits)
        job.status = "reading"

        def on_total(total: int) -> None:
            job.pages_total = total

        def on_page() -> None:
            job.pages_done += 1
            job.pages_total = max(job.pages_total, job.pages_done)

        try:
            outcome = check_upload(upload, self.engine, self.limits, with_html=True, on_total=on_total, on_page=on_page)
        except PrecheckError as exc:
            job.finish(message=f"无法检查：{exc}")
        except Exception:  # noqa: BLE001 - reported to the page; the log has only the exception's type (runner)
            job.finish(message=INTERNAL_ERROR)
        else:
            job.finish(report=outcome.report.model_dump(mode="json"), html=outcome.html)


def create_app(engine: OcrEngine, limits: Limits = DEFAULT_LIMITS, temp_root: Union[str, Path, None] = None,
               allowed_hosts: Optional[list[str]] = None, job_ttl_seconds: float = JOB_TTL_SECONDS,
               max_waiting: int = MAX_WAITING_CHECKS) -> FastAPIOffline:
    """The app around one OCR engine. `temp_root`: where uploads' temporary folders go (default: the system's).
    `allowed_hosts`: Host names accepted (guards a server on 127.0.0.1 against DNS rebinding); None accepts any."""
    checker = Checker(engine, limits, max_waiting)
    jobs = JobStore(job_ttl_seconds)

    @asynccontextmanager
    async def lifespan(_app):
        yield
        checker.executor.shutdown(wait=False, cancel_futures=True)
        for job in jobs.unfinished():
            job.upload.cleanup()  # a queued check that will never run still leaves nothing behind

    app = FastAPIOffline(
        title="precheck 居住证积分材料预检",
        version=__version__,
        description="本机运行的居住证积分申请材料预检。文件只在本机处理，检查完即删除，不会上传到任何网站。\n\n"
                    "Local pre-check of Shanghai residence-permit points packets; uploads stay on this computer "
                    "and are deleted after the check.",
        lifespan=lifespan,
    )
    if allowed_hosts:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=allowed_hosts)
    app.state.checker, app.state.jobs = checker, jobs

    @app.exception_handler(UploadError)
    async def upload_error(_request: Request, exc: UploadError):
        return JSONResponse({"detail": exc.message}, status_code=exc.status)

    async def receive(request: Request) -> Upload:
        refuse_other_sites(request.headers)
        checker.reserve()
        try:
            return await receive_upload(request.headers, request.stream(), limits, temp_root)
        except BaseException:
            checker.release()
            raise

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    async def page() -> HTMLResponse:
        nonce = secrets.token_urlsafe(16)
        return HTMLResponse(render_page(nonce, limits, date.today()), headers={
            "Content-Security-Policy": content_security_policy(nonce), "Referrer-Policy": "no-referrer",
            "X-Content-Type-Options": "nosniff", "Cache-Control": "no-store"})

    @app.post("/api/check", response_model=Report, responses=ERRORS, openapi_extra=UPLOAD_BODY,
              summary="检查一份材料，返回 JSON 报告 / check one packet, get the SPEC §5 JSON report",
              description="上传一位申请人的全部材料（multipart：files 可多个，as_of，application），检查完成后返回与 "
                          "`precheck check --format json` 相同的报告（SPEC §5）。不支持的文件不检查，在报告中列为 "
                          "`input.unreadable_file`；其余照常检查。上传的文件存放在临时文件夹，检查结束即删除。\n\n"
                          "Uploads one applicant's files and returns the same report as `precheck check --format "
                          "json`. Unsupported files are listed as `input.unreadable_file` findings and the rest is "
                          "checked. Files live in a temporary folder only for the time of the check.")
    async def api_check(request: Request):
        upload = await receive(request)
        try:
            outcome = await asyncio.wrap_future(checker.submit(upload))
        except PrecheckError as exc:
            raise UploadError(422, f"无法检查：{exc}") from None
        except UploadError:
            raise
        except Exception:  # noqa: BLE001 - the log has the exception's type only (runner)
            return JSONResponse({"detail": INTERNAL_ERROR}, status_code=500)
        return outcome.report

    @app.post("/api/jobs", status_code=202, response_model=JobCreated, responses=ERRORS, openapi_extra=UPLOAD_BODY,
              summary="开始一次检查（网页用）/ start a check for the page",
              description="与 /api/check 相同的上传；立即返回本次检查的凭据 id，用 GET /api/jobs/{id} 查看进度和结果。\n\n"
                          "Same upload as /api/check; answers at once with the job's token.")
    async def start_job(request: Request):
        upload = await receive(request)
        job = Job(upload)
        checker.submit(upload, job)
        jobs.add(job)  # nobody knows its id before this answer
        return {"id": job.id, "refused": refused_view(upload)}

    @app.get("/api/jobs/{job_id}", responses={404: {"model": ErrorDetail, "description": "凭据不对、结果已取走或已过期"}},
             summary="检查进度与结果 / a job's progress and, when done, its report",
             description="status: queued 排队 / reading 读取中（pages_done / pages_total）/ done（report 为 SPEC §5 "
                         "JSON，html 为带页面图片的报告）/ failed（message 说明原因）。结果只能取一次，取走后即删除。\n\n"
                         "The result can be fetched once; it is then forgotten.")
    async def job_status(job_id: str):
        job = jobs.get(job_id)
        if job is None:
            return JSONResponse({"detail": "找不到这次检查：链接不对，或结果已经取走、已过期。请重新上传材料（unknown job）"},
                                status_code=404)
        view = job.view()
        if job.finished_at is not None:
            jobs.drop(job_id)
        return view

    return app
