"""Logging for `precheck serve`: our lines hold counts; a traceback is cut to the exception's type, because its
message can quote a file name or text read from a page."""
from __future__ import annotations

import logging


class TypeOnlyTracebacks(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        if record.exc_info and record.exc_info[1] is not None:
            record.msg = f"{record.getMessage()} [{type(record.exc_info[1]).__name__}]"
            record.args, record.exc_info, record.exc_text, record.stack_info = (), None, None, None
        return True


def configure() -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(TypeOnlyTracebacks())
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(logging.WARNING)
    for name in ("precheck", "uvicorn"):
        logging.getLogger(name).setLevel(logging.INFO)
