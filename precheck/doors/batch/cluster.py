"""`precheck batch --ray ADDRESS`: the planned packets checked by a pool of Ray actors, on this machine or a cluster.

Each actor loads the OCR engine once and runs ONNX Runtime with as many threads as CPUs it was given, so actors
never oversubscribe a node. Actors read the packets (the packet folder must be readable from every node) and send
the result files back; this process alone writes the output folder, each file whole, exactly as the local mode
does (the same `produce` and `store`). An actor that dies loses only its packet's attempt: the packet is tried once
more on a fresh actor, then gets its NAME.failed.json saying why, and the batch goes on.

Ray is an optional extra and is imported only here, only when --ray is given."""
from __future__ import annotations

import os
from collections import Counter, deque
from pathlib import Path
from typing import Callable

from precheck.core.errors import BadArguments
from precheck.core.limits import DEFAULT_LIMITS, Limits
from precheck.doors.batch.jobs import PacketJob, PacketOutcome, PacketProduct
from precheck.doors.batch.workers import failed, init_worker, produce, store

RAY_MISSING = ("未安装 Ray，无法使用 --ray。请运行：pip install 'precheck[ray]'（在本项目目录下：.venv/bin/pip install -e '.[ray]'）"
               "（Ray is not installed: pip install 'precheck[ray]'）")
LOCAL, JOIN = "local", "auto"  # --ray local starts Ray on this machine; --ray auto joins the cluster running here
ATTEMPTS = 2  # a packet whose actor died is tried once more
ACTOR_DIED = ("检查这份材料的工作进程两次意外退出（已在新进程中重试一次），其余材料照常检查。"
              "请单独运行 precheck check 检查这份材料，或检查集群节点的内存（worker died twice）")


def run_jobs_on_ray(jobs: list[PacketJob], out: Path, actors: int, address: str, engine_name: str, use_cache: bool,
                    on_done: Callable[[PacketOutcome], None], limits: Limits = DEFAULT_LIMITS) -> list[PacketOutcome]:
    ray = _import_ray()
    connected_here = _connect(ray, address)
    try:
        cpus = _cpus_per_actor(ray, actors)
        checker = ray.remote(num_cpus=cpus)(PacketChecker)

        def new_actor():
            return checker.remote(engine_name, use_cache, limits.cache_max_age_days, max(1, int(cpus)))

        return _schedule(ray, jobs, out, [new_actor() for _ in range(actors)], new_actor, on_done, limits)
    finally:
        if connected_here:
            ray.shutdown()  # a cluster joined stays up; one started here stops


class PacketChecker:
    """A Ray actor: one loaded OCR engine, packets checked one at a time, their files returned, nothing written."""

    def __init__(self, engine_name: str, use_cache: bool, cache_max_age_days, threads: int):
        os.environ["PRECHECK_OCR_THREADS"] = str(threads)
        init_worker(engine_name, use_cache, cache_max_age_days)

    def check(self, job: PacketJob, limits: Limits) -> PacketProduct:
        return produce(job, True, limits)

    def pid(self) -> int:
        return os.getpid()


def _schedule(ray, jobs, out, pool, new_actor, on_done, limits) -> list[PacketOutcome]:
    """One packet per actor at a time; as each comes back its files are written and the actor takes the next."""
    waiting, running, attempts, outcomes = deque(jobs), {}, Counter(), []
    idle = list(pool)
    try:
        while waiting or running:
            while idle and waiting:
                actor, job = idle.pop(), waiting.popleft()
                attempts[job.name] += 1
                running[actor.check.remote(job, limits)] = (actor, job)
            (done,), _ = ray.wait(list(running), num_returns=1)
            actor, job = running.pop(done)
            try:
                product = ray.get(done)
            except ray.exceptions.RayTaskError as exc:  # raised by the check itself, outside its own guard
                product = failed(job, f"程序内部错误（{type(exc.cause).__name__}）")
            except ray.exceptions.RayError:  # the actor died (killed, out of memory, node lost): not the packet's fault
                ray.kill(actor, no_restart=True)
                actor = new_actor()
                if attempts[job.name] < ATTEMPTS:
                    waiting.appendleft(job)
                    idle.append(actor)
                    continue
                product = failed(job, ACTOR_DIED)
            idle.append(actor)
            outcome = store(product, out)
            outcomes.append(outcome)
            on_done(outcome)
    except KeyboardInterrupt:
        for reference in running:
            ray.cancel(reference, force=True)
        raise
    return outcomes


def _import_ray():
    try:
        import ray
    except ImportError:
        raise BadArguments(RAY_MISSING) from None
    return ray


def _connect(ray, address: str) -> bool:
    """Start Ray here (`local`) or join a cluster (`auto`, or its address). True when this process connected."""
    if ray.is_initialized():
        return False
    os.environ.setdefault("RAY_USAGE_STATS_ENABLED", "0")  # Ray must not report usage over the network
    quiet = {"include_dashboard": False, "log_to_driver": False, "logging_level": "ERROR"}
    try:
        if address == LOCAL:
            ray.init(**quiet)
        else:
            ray.init(address=address, log_to_driver=False, logging_level="ERROR")
    except (ConnectionError, RuntimeError, ValueError) as exc:
        raise BadArguments(f"无法连接 Ray 集群 {address}：{str(exc)[:200]}。请先在集群主节点运行 ray start --head，"
                           f"或用 --ray local 在本机启动（cannot reach the Ray cluster）") from None
    return True


def _cpus_per_actor(ray, actors: int) -> float:
    """The cluster's CPUs shared among the actors (at least one each): ONNX Runtime gets that many threads."""
    total = ray.cluster_resources().get("CPU", 1)
    return max(1.0, float(int(total // actors)))
