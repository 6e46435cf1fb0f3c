"""Checks started from the page: each known only by its random token, dropped once its result is fetched or
after a while. A token is the only way to a job; there is no list of jobs."""
from __future__ import annotations

import secrets
import threading
import time
from dataclasses import dataclass, field
from typing import Optional

from precheck.doors.web.uploads import Upload

JOB_TTL_SECONDS = 30 * 60  # a finished result nobody fetched is forgotten after this


@dataclass
class Job:
    upload: Upload
    id: str = field(default_factory=lambda: secrets.token_urlsafe(24))
    status: str = "queued"  # queued → reading → done | failed
    pages_done: int = 0
    pages_total: int = 0
    report: Optional[dict] = None
    html: Optional[str] = None
    message: Optional[str] = None  # why it failed, for people
    finished_at: Optional[float] = None

    def view(self) -> dict:
        """What GET /api/jobs/{id} answers."""
        data = {"id": self.id, "status": self.status, "pages_done": self.pages_done, "pages_total": self.pages_total,
                "refused": refused_view(self.upload)}
        if self.status == "done":
            data.update(report=self.report, html=self.html)
        if self.status == "failed":
            data["message"] = self.message
        return data

    def finish(self, report: Optional[dict] = None, html: Optional[str] = None, message: Optional[str] = None) -> None:
        self.report, self.html, self.message = report, html, message
        self.status = "failed" if message else "done"
        self.finished_at = time.monotonic()


def refused_view(upload: Upload) -> list[dict]:
    return [{"file": f.display, "message": f.refused} for f in upload.refused]


class JobStore:
    def __init__(self, ttl_seconds: float = JOB_TTL_SECONDS):
        self.ttl_seconds = ttl_seconds
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()

    def add(self, job: Job) -> None:
        with self._lock:
            self._sweep()
            self._jobs[job.id] = job

    def get(self, job_id: str) -> Optional[Job]:
        with self._lock:
            self._sweep()
            return self._jobs.get(job_id)

    def drop(self, job_id: str) -> None:
        with self._lock:
            self._jobs.pop(job_id, None)

    def unfinished(self) -> list[Job]:
        with self._lock:
            return [job for job in self._jobs.values() if job.finished_at is None]

    def _sweep(self) -> None:
        now = time.monotonic()
        for job_id in [j.id for j in self._jobs.values() if j.finished_at and now - j.finished_at > self.ttl_seconds]:
            del self._jobs[job_id]
