"""click's own complaints about the command line (a missing argument, an unknown option, a value not among the
choices) said in Chinese, with what to type instead; exit status 2 as for every command that cannot run.

Typer carries its own copy of click and exports only BadParameter of its exceptions, so the others are told apart
by their class names (MissingParameter, NoSuchOption, NoArgsIsHelpError), all kinds of its UsageError."""
from __future__ import annotations

import re

from typer import BadParameter

UsageError = BadParameter.__mro__[1]  # click's UsageError, as typer's copy of click defines it


def _hint(exc) -> str:
    param = getattr(exc, "param", None)
    if param is None:
        return "参数"
    if getattr(param, "param_type_name", "") == "option":
        return "/".join(param.opts)
    return (getattr(param, "human_readable_name", None) or param.name or "参数").upper()


def is_bare_command(exc) -> bool:
    """A command typed without what it needs, which shows its help instead of an error."""
    return type(exc).__name__ == "NoArgsIsHelpError"


def chinese_message(exc) -> str:
    """The complaint in plain Chinese (the English words kept at the end, as every message of precheck does)."""
    command = exc.ctx.command_path if getattr(exc, "ctx", None) else "precheck"
    kind = type(exc).__name__
    choices = getattr(getattr(getattr(exc, "param", None), "type", None), "choices", None)
    if not choices and (listed := re.search(r"is not one of (.+?)\.?$", exc.message)) is not None:
        choices = re.findall(r"'([^']+)'", listed.group(1))
    if kind == "MissingParameter":
        said = f"缺少 {_hint(exc)}"
    elif kind == "NoSuchOption":
        close = f"（是否想用 {'、'.join(sorted(exc.possibilities))}）" if exc.possibilities else ""
        said = f"没有 {exc.option_name} 这个选项{close}"
    elif isinstance(exc, BadParameter) and choices:
        said = f"{_hint(exc)} 只能是 {'、'.join(map(str, choices))} 之一"
    elif isinstance(exc, BadParameter):
        said = f"{_hint(exc)} 的值不对"
    elif (unknown := re.match(r"No such command '(.+?)'", exc.message)) is not None:
        said = f"没有 {unknown.group(1)} 这个命令"
    elif "unexpected extra argument" in exc.message:
        said = "多了参数（含空格的路径请加引号）"
    else:
        said = "命令行写法不对"
    return f"{said}。用 `{command} --help` 查看用法（{exc.format_message()}）"
