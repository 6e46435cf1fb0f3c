"""The command line: check, batch, serve, cache, schema, eval. A PrecheckError becomes its Chinese message and its
exit status in one place, `exits_on_error`, around every command."""
from __future__ import annotations

import functools
import sys
import time
from enum import Enum
from pathlib import Path
from typing import Callable, Optional

import typer
from rich.console import Console
from rich.markup import escape

from precheck import __version__
from precheck.core.declarations import KEYS as DECLARATION_KEYS, from_file as declarations_file, from_pairs
from precheck.core.errors import BadArguments, ExitCode, PacketNotFound, PrecheckError
from precheck.core.limit_options import options_help, parse_limits
from precheck.core.model import APPLICATION_LABELS, VERDICT_LABELS, Report, Verdict
from precheck.doors.arguments import DEFAULT_APPLICATION, check_output_file, parse_application, parse_as_of
from precheck.doors.private_files import make_private_dir, open_private, write_private
from precheck.ocr.engines import DEFAULT_ENGINE, ENGINE_NAMES, open_engine

app = typer.Typer(add_completion=False, no_args_is_help=True, help="居住证积分申请材料离线预检 · offline pre-check of residence-permit points packets")


class OutputFormat(str, Enum):
    text = "text"
    json = "json"
    html = "html"


EngineName = Enum("EngineName", {name: name for name in ENGINE_NAMES}, type=str)  # the choices: the engine table

MAX_LOCAL_WORKERS = 32  # processes on one machine
MAX_RAY_ACTORS = 1024
APPLICATIONS = "<" + "|".join(APPLICATION_LABELS) + ">"
APPLICATION_HELP = " / ".join(f"{kind} {label}" for kind, label in APPLICATION_LABELS.items())
DECLARE_HELP = ("积分申报项（材料中没有的），可重复 / a points item no document shows, repeatable, e.g. "
                "--declare title_or_skill=技能三级 --declare social_insurance_months=36. 可申报："
                + "、".join(DECLARATION_KEYS))
DECLARATIONS_HELP = "积分申报文件（TOML 或 JSON，见 README）/ a declarations file"
LIMIT_HELP = ("放宽或收紧输入限制，可重复 / change an input limit, repeatable, e.g. --limit file-mb=200. "
              + options_help())


def exit_status(report: Report) -> ExitCode:
    return ExitCode.needs_fix if report.verdict == Verdict.fix else ExitCode.ok


def stderr() -> Console:
    return Console(stderr=True, soft_wrap=True)


def exits_on_error(command: Callable[..., None]) -> Callable[..., None]:
    """The one error handler of every command: a PrecheckError ends it with its message (for people, Chinese first)
    on stderr and its own exit status. Anything else is a bug and keeps its traceback."""

    @functools.wraps(command)
    def run(*args, **kwargs) -> None:
        try:
            command(*args, **kwargs)
        except PrecheckError as exc:
            stderr().print(f"[red]错误：[/]{escape(str(exc))}")
            raise typer.Exit(exc.exit_code) from None

    return run


def run() -> None:
    """The console script: the app, with click's own usage errors said in Chinese."""
    from precheck.doors.usage_errors import UsageError, chinese_message, is_bare_command

    try:
        code = app(prog_name="precheck", standalone_mode=False)
    except UsageError as exc:
        if is_bare_command(exc):
            typer.echo(exc.ctx.get_help())
            sys.exit(ExitCode.ok)
        stderr().print(f"[red]错误：[/]{escape(chinese_message(exc))}")
        sys.exit(ExitCode.cannot_run)
    except typer.Abort:
        stderr().print("已中止（aborted）")
        sys.exit(ExitCode.cannot_run)
    sys.exit(code if isinstance(code, int) else ExitCode.ok)


def show_version(wanted: bool) -> None:
    # Printed while the options are parsed: the group's own body runs only before a command, and there is none.
    if wanted:
        typer.echo(f"precheck {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: bool = typer.Option(False, "--version", help="显示版本 / show version", is_eager=True,
                                      callback=show_version)) -> None:
    pass


def _declared(pairs: Optional[list[str]], file: Optional[Path]):
    """--declarations FILE, then each --declare on top of it."""
    base = declarations_file(file) if file is not None else None
    given = from_pairs(pairs or [])
    if base is None:
        return given
    return base.model_copy(update=given.model_dump(exclude_unset=True))


@app.command()
@exits_on_error
def check(
    packet: Path = typer.Argument(..., help="申请人的资料文件夹或其 .zip 压缩包 / the packet folder or .zip"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="预计提交日期 YYYY-MM-DD（默认今天）/ planned submission date"),
    application: str = typer.Option(DEFAULT_APPLICATION, "--application", metavar=APPLICATIONS, help=APPLICATION_HELP),
    output_format: OutputFormat = typer.Option(OutputFormat.text, "--format", help="text 终端报告 / json / html 自包含网页报告"),
    ocr: EngineName = typer.Option(EngineName(DEFAULT_ENGINE), "--ocr", help="OCR 引擎 / OCR engine"),
    out: Optional[Path] = typer.Option(None, "--out", help="把报告写入此文件（默认输出到屏幕）/ write the report here"),
    no_cache: bool = typer.Option(False, "--no-cache", help="不使用 OCR 缓存 / do not use the OCR cache"),
    limit: Optional[list[str]] = typer.Option(None, "--limit", metavar="NAME=VALUE", help=LIMIT_HELP),
    declare: Optional[list[str]] = typer.Option(None, "--declare", metavar="NAME=VALUE", help=DECLARE_HELP),
    declarations: Optional[Path] = typer.Option(None, "--declarations", metavar="FILE", help=DECLARATIONS_HELP),
) -> None:
    """检查一位申请人的材料 · check one applicant's packet."""
    from precheck.pipeline.run import CheckOptions
    from precheck.pipeline.stages import run_check
    from precheck.reports.text import render_text

    err = stderr()
    options = CheckOptions(as_of=parse_as_of(as_of), application=parse_application(application),
                           limits=parse_limits(limit or []), declarations=_declared(declare, declarations))
    if not packet.exists():
        raise PacketNotFound(f"找不到资料：{packet}。请检查路径是否正确（no such path）")
    if out is not None:
        check_output_file(out)  # before any reading: a wrong path must not cost the whole OCR run
    engine = open_engine(ocr.value, use_cache=not no_cache, max_age_days=options.limits.cache_max_age_days)
    with err.status("正在读取材料…") as status:
        counter = {"pages": 0}

        def on_page(page):
            counter["pages"] += 1
            status.update(f"正在读取材料… 已读 {counter['pages']} 页（{page.ref.file}）")

        run = run_check(packet, options, engine, label=str(packet), on_page=on_page,
                        keep_page_images=output_format == OutputFormat.html)
        report = run.report

    if output_format in (OutputFormat.json, OutputFormat.html):
        if output_format == OutputFormat.json:
            text = report.model_dump_json(indent=2)
        else:
            from precheck.reports.html import render_html

            text = render_html(report, run.page_images)
        if out:
            write_private(out, text + "\n")
        else:
            sys.stdout.write(text + "\n")
    else:
        if out:
            with open_private(out) as handle:
                render_text(report, Console(file=handle, width=110))
        else:
            render_text(report, Console())
    raise typer.Exit(exit_status(report))


@app.command()
@exits_on_error
def batch(
    root: Path = typer.Argument(..., help="含多位申请人材料（文件夹或 .zip）的目录 / folder of packets"),
    out: Path = typer.Option(Path("precheck-results"), "--out", help="结果目录 / output folder"),
    workers: int = typer.Option(1, "--workers", min=1, max=MAX_RAY_ACTORS,
                                help=f"并行进程数（本机最多 {MAX_LOCAL_WORKERS}；用 --ray 时为 Ray 工作进程数）"
                                     " / worker processes (Ray actors with --ray)"),
    ray: Optional[str] = typer.Option(None, "--ray", metavar="local|auto|ADDRESS",
                                      help="在 Ray 上运行：local 在本机启动，auto 加入本机已运行的集群，或集群地址"
                                           "（需 pip install 'precheck[ray]'）/ run on Ray"),
    as_of: Optional[str] = typer.Option(None, "--as-of", help="预计提交日期 YYYY-MM-DD（默认今天）"),
    application: str = typer.Option(DEFAULT_APPLICATION, "--application", metavar=APPLICATIONS, help=APPLICATION_HELP),
    ocr: EngineName = typer.Option(EngineName(DEFAULT_ENGINE), "--ocr", help="OCR 引擎 / OCR engine"),
    no_cache: bool = typer.Option(False, "--no-cache", help="不使用 OCR 缓存 / do not use the OCR cache"),
    limit: Optional[list[str]] = typer.Option(None, "--limit", metavar="NAME=VALUE", help=LIMIT_HELP),
    manifest: Optional[Path] = typer.Option(None, "--manifest", help="清单 CSV：材料,预计提交日期,申请类型（逐份指定）"
                                            " / CSV giving packets their own as-of and application"),
    declarations: Optional[Path] = typer.Option(None, "--declarations", metavar="DIR",
                                                help="积分申报文件夹：每份材料一个 材料名.toml 或 材料名.json（见 README）"
                                                     " / a folder of per-packet declarations files"),
) -> None:
    """批量检查一个目录下的所有材料 · check every packet under a folder (resumable)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from precheck.doors.batch.declared import read_declarations
    from precheck.doors.batch.manifest import PacketSettings, read_manifest
    from precheck.doors.batch.plan import plan_jobs
    from precheck.doors.batch.summary import INDEX_HTML, SUMMARY_CSV, summary_rows, write_summary
    from precheck.doors.batch.workers import run_jobs

    err = stderr()
    day = parse_as_of(as_of)
    kind = parse_application(application)
    limits = parse_limits(limit or [])
    if not root.exists():
        raise PacketNotFound(f"找不到目录：{root}（no such path）")
    if out.exists() and not out.is_dir():
        raise BadArguments(f"--out 应是结果文件夹，{out} 是一个文件。请换一个文件夹名（--out is a file）")
    if ray is None and workers > MAX_LOCAL_WORKERS:
        raise BadArguments(f"本机并行进程数最多 {MAX_LOCAL_WORKERS}（--workers {workers}）；更多请用 --ray 在集群上运行")
    if out.resolve() == root.resolve() or root.resolve() in out.resolve().parents:
        raise BadArguments("结果目录不能放在材料目录里面（输入文件不会被改动，也不在旁边写入）。请用 --out 指定别处")
    own = read_manifest(manifest) if manifest else {}
    declared = read_declarations(declarations) if declarations else {}
    jobs, skipped = plan_jobs(root, out, PacketSettings(day.isoformat(), kind), ocr.value, __version__, limits, own,
                              declared)
    names = {job.name for job in jobs} | {outcome.name for outcome in skipped}
    for where, given in (("清单", own), ("申报文件夹", declared)):
        unknown = sorted(set(given) - names)
        if unknown:
            err.print(f"[yellow]注意：[/]{where}中的 {'、'.join(unknown[:5])} 在 {root} 下没有找到，已忽略。")
    if not jobs and not skipped:
        raise PacketNotFound(f"{root} 下没有找到资料：每位申请人的材料应放在一个子文件夹或一个 .zip 里（no packets found）")
    make_private_dir(out)
    if skipped:
        err.print(f"已完成 {len(skipped)} 份（材料和检查条件都未变，跳过）；待检查 {len(jobs)} 份。")
    started = time.perf_counter()
    pages = {"n": 0}
    columns = (TextColumn("检查中"), BarColumn(), MofNCompleteColumn(), TextColumn("{task.fields[rate]}"),
               TextColumn("剩余"), TimeRemainingColumn())
    interrupted = False
    with Progress(*columns, console=err) as progress:
        task = progress.add_task("batch", total=len(jobs), rate="")

        def on_done(outcome):
            pages["n"] += outcome.pages
            rate = pages["n"] / max(time.perf_counter() - started, 1e-6)
            progress.update(task, advance=1, rate=f"{rate:.2f} 页/秒")
            if outcome.status == "failed":
                progress.console.print(f"[red]无法检查[/] {outcome.name}：{outcome.message}")

        try:
            if ray is None:
                run_jobs(jobs, out, workers, ocr.value, not no_cache, on_done, limits)
            else:
                from precheck.doors.batch.cluster import run_jobs_on_ray

                run_jobs_on_ray(jobs, out, workers, ray, ocr.value, not no_cache, on_done, limits)
        except KeyboardInterrupt:
            interrupted = True
    rows = summary_rows(out)
    write_summary(out, rows)
    if interrupted:
        err.print(f"已中断。已完成的结果保存在 {out}；再次运行同一命令会从中断处继续。")
        raise typer.Exit(130)
    needs_fix = [r for r in rows if r["verdict"] in ("fix", "")]
    err.print(f"完成：{len(rows)} 份材料，{VERDICT_LABELS[Verdict.fix]}或无法检查 {len(needs_fix)} 份。汇总：{out / SUMMARY_CSV}，"
              f"{out / INDEX_HTML}")
    raise typer.Exit(ExitCode.needs_fix if needs_fix else ExitCode.ok)


LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1")


@app.command()
@exits_on_error
def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="监听地址；默认只接受本机访问 / address to listen on"),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="端口 / port"),
    ocr: EngineName = typer.Option(EngineName(DEFAULT_ENGINE), "--engine", "--ocr", help="OCR 引擎 / OCR engine"),
    limit: Optional[list[str]] = typer.Option(None, "--limit", metavar="NAME=VALUE", help=LIMIT_HELP),
) -> None:
    """在本机打开网页版预检 · the applicant's page on this computer (http://127.0.0.1:8000)."""
    import uvicorn

    from precheck.doors.web import create_app, logs
    from precheck.doors.web.upload_folders import close_upload_folder, open_upload_folder

    err = stderr()
    limits = parse_limits(limit or [])
    with err.status("正在加载 OCR 模型…"):
        engine = open_engine(ocr.value, in_memory=True)  # nothing read from an upload outlives the process
        engine.warm_up()
    local = host in LOOPBACK_HOSTS
    allowed = [*LOOPBACK_HOSTS, "[::1]"] if local else None
    shown = f"[{host}]" if ":" in host else host
    err.print(f"precheck 网页版已启动：请用浏览器打开 [bold]http://{shown}:{port}/[/]（接口说明：/docs）")
    err.print("文件只在本机处理，检查完即删除，不会上传到任何网站。按 Ctrl-C 停止。")
    if not local:
        err.print(f"[yellow]注意：[/]监听 {host}，同一网络中的其他电脑也能打开此页面。")
    logs.configure()
    uploads = open_upload_folder()
    try:
        # No access log: request lines carry job tokens. Our own log lines hold counts only.
        uvicorn.run(create_app(engine, limits=limits, temp_root=uploads, allowed_hosts=allowed), host=host, port=port,
                    access_log=False, log_config=None)
    finally:
        close_upload_folder(uploads)


cache_app = typer.Typer(help="OCR 缓存：查看或清空 · show or clear the OCR cache", no_args_is_help=True)
app.add_typer(cache_app, name="cache")


@cache_app.command("show")
@exits_on_error
def cache_show() -> None:
    """显示缓存位置与条目数 · where the cache is and what it holds."""
    from precheck.ocr.cache import OcrCache

    from datetime import datetime

    stats = OcrCache().stats()
    typer.echo(f"OCR 缓存：{stats.path}（只有本用户可读）")
    typer.echo("内容：命令行 check、batch 读过的每页文字（含姓名、身份证号、地址），用于再次检查时不必重新识别；"
               "网页版不写入此缓存。")
    typer.echo(f"条目：{stats.entries} 页，{stats.bytes / 1e6:.1f} MB；每页保存 {stats.max_age_days} 天后自动删除"
               f"（--limit cache-days=N 可改），precheck cache clear 立即清空。")
    if stats.oldest is not None:
        typer.echo(f"最早一条读于：{datetime.fromtimestamp(stats.oldest):%Y-%m-%d %H:%M}")
    for engine, count in sorted(stats.engines.items()):
        typer.echo(f"  {engine}: {count}")


@cache_app.command("clear")
@exits_on_error
def cache_clear() -> None:
    """清空 OCR 缓存 · delete every cached OCR result."""
    from precheck.ocr.cache import OcrCache

    removed = OcrCache().clear()
    typer.echo(f"已清空 OCR 缓存（删除 {removed} 页）。")


@app.command()
@exits_on_error
def schema() -> None:
    """输出 JSON 报告的 JSON Schema · print the JSON Schema of the report."""
    import json

    from precheck.core.model import Report

    typer.echo(json.dumps(Report.model_json_schema(mode="serialization"), ensure_ascii=False, indent=2))


@app.command("eval")
@exits_on_error
def evaluate_command(
    samples_dir: Path = typer.Argument(..., help="含 NAME/ 与 NAME.truth.json 的样本目录 / folder of packets with truth"),
    ocr: EngineName = typer.Option(EngineName(DEFAULT_ENGINE), "--ocr", help="OCR 引擎 / OCR engine"),
    show_misses: int = typer.Option(15, "--show-misses", help="列出多少条错例 / how many misses to list"),
    no_cache: bool = typer.Option(False, "--no-cache", help="不使用 OCR 缓存 / do not use the OCR cache"),
) -> None:
    """用样本真值衡量准确率 · measure accuracy against sample packets' truth."""
    from precheck.doors.evaluation.measure import evaluate, find_packets
    from precheck.doors.evaluation.printout import print_evaluation

    err = stderr()
    if not samples_dir.is_dir():
        raise BadArguments(f"找不到样本目录：{samples_dir}（no such folder）")
    total = len(find_packets(samples_dir))
    if total == 0:
        raise BadArguments(f"{samples_dir} 中没有带 .truth.json 的样本包（no packets with truth found）")
    engine = open_engine(ocr.value, use_cache=not no_cache)
    engine.warm_up()
    with err.status(f"评估中… 0/{total}") as status:
        done = {"n": 0}

        def on_packet(name):
            done["n"] += 1
            status.update(f"评估中… {done['n']}/{total}  {name}")

        result = evaluate(samples_dir, engine, on_packet)
    print_evaluation(result, Console(soft_wrap=True), f"{engine.name} {engine.version}", show_misses)
