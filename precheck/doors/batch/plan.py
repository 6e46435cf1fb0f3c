"""Planning a batch: which packets lie under the folder, what each one's results are called, and which are already
done (their fingerprint unchanged since the last run) so a second run only checks what is new or changed."""
from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Iterable, Optional

from precheck.core.declarations import NOTHING_DECLARED, Declarations
from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.core.names import display_path
from precheck.doors.batch.jobs import PacketJob, PacketOutcome
from precheck.doors.batch.manifest import PacketSettings
from precheck.doors.batch.results import RESULT_SUFFIX, read_result


def find_packets(root: Path) -> list[Path]:
    """Packet folders (a folder holding files directly) and .zip files under root; a packet is not searched inside."""
    if root.is_file():
        return [root]
    found: list[Path] = []
    for folder, subfolders, files in os.walk(root, followlinks=False):
        here = Path(folder)
        visible = [f for f in files if not f.startswith(".")]
        zips = [f for f in visible if f.lower().endswith(".zip")]
        others = [f for f in visible if not f.lower().endswith(".zip")]
        if others and here != root:
            found.append(here)
            subfolders.clear()
            continue
        found.extend(here / z for z in zips)
        subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
    return sorted(found)


def output_name(root: Path, packet: Path) -> str:
    """Decoded and on one line (GBK or newline-bearing folder names too), so it is safe in every output."""
    relative = packet.relative_to(root) if packet != root else Path(packet.name)
    return display_path("__".join(relative.parts))


def fingerprint(packet: Path, limits: Limits = DEFAULT_LIMITS, settings: str = "") -> str:
    """Names, sizes and modification times of the packet's files, the limits where changed, and `settings` (what
    else decides the verdict: as-of date, kind of application, engine, precheck version): a result is reused only
    when all of them are unchanged. Links are not followed, so a link loop costs nothing."""
    digest = hashlib.sha256()
    digest.update(f"{settings}\n".encode())
    if limits != DEFAULT_LIMITS:
        digest.update(repr(limits).encode())
    paths = [packet] if packet.is_file() else sorted(_files(packet))
    for path in paths:
        try:
            stat = path.lstat()
        except OSError:
            continue
        line = f"{path.relative_to(packet.parent)}|{stat.st_size}|{stat.st_mtime_ns}\n"
        digest.update(line.encode("utf-8", "surrogateescape"))
    return digest.hexdigest()[:20]


def _files(packet: Path) -> Iterable[Path]:
    for folder, _, files in os.walk(packet, followlinks=False):
        yield from (Path(folder) / name for name in files)


def run_settings(as_of: str, application: str, engine: str, version: str,
                 declarations: Declarations = NOTHING_DECLARED) -> str:
    """Everything besides the files that decides a packet's result, as one fingerprint input."""
    declared = "" if declarations.empty else f"|declared={declarations.model_dump_json()}"
    return f"as_of={as_of}|application={application}|engine={engine}|precheck={version}{declared}"


def plan_jobs(root: Path, out: Path, defaults: PacketSettings, engine: str, version: str,
              limits: Limits = DEFAULT_LIMITS, manifest: Optional[dict[str, PacketSettings]] = None,
              declared: Optional[dict[str, Declarations]] = None) -> tuple[list[PacketJob], list[PacketOutcome]]:
    """Every packet under root, with its own settings (the manifest's, else the batch's); those whose result on disk
    was made from the same files and settings are skipped."""
    jobs, skipped = [], []
    for packet in find_packets(root):
        name = output_name(root, packet)
        own = (manifest or {}).get(name, defaults)
        declarations = (declared or {}).get(name, NOTHING_DECLARED)
        settings = run_settings(own.as_of, own.application, engine, version, declarations)
        job = PacketJob(packet, name, fingerprint(packet, limits, settings), own.as_of, own.application, declarations)
        done = read_result(out / f"{name}{RESULT_SUFFIX}")
        if done is not None and done.get("batch", {}).get("fingerprint") == job.fingerprint:
            skipped.append(PacketOutcome(name, "skipped", done.get("verdict"), len(done.get("pages", []))))
        else:
            jobs.append(job)
    return jobs, skipped
