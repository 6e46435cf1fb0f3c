"""One base exception; each carries the exit status the CLI turns it into."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    ok = 0  # verdict ready or review
    needs_fix = 1  # verdict fix
    cannot_run = 2  # bad arguments, no such path, missing OCR engine


class PrecheckError(Exception):
    """An error that stops the command. Its message is for people, Chinese first."""

    exit_code: ExitCode = ExitCode.cannot_run


class BadArguments(PrecheckError):
    pass


class PacketNotFound(PrecheckError):
    pass


class EngineUnavailable(PrecheckError):
    """The chosen OCR engine or its language data is not installed."""
