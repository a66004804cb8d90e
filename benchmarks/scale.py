"""Archive scale: the Dask engine against --jobs and one process, and the sources database.

Usage::

    python benchmarks/scale.py FOLDER [--limit N] [--jobs N] [--rounds N] [--speaker NAME]
                               [--out FILE]

FOLDER holds .txt articles (PolNeAR's ``train/text``; read where they lie, never copied). All
in one run, each as a user runs it (``python -m attrib.cli`` in a subprocess):

1. ``attrib check --format json`` over the articles: one process, ``--jobs N`` and
   ``--engine dask --jobs N`` (a local cluster of N workers), with the ratios between them and a
   check that all three report the same statements and findings. With ``--rounds N`` the
   three run N times, in an order that turns each round (one, jobs, dask; then jobs, dask,
   one; ...), so that no variant always runs first or last while the machine's speed drifts:
   the ratios are given per round and of the medians, which are what to compare;
2. peak memory of every process of each run (resident and unique set size, sampled every
   0.2 s with psutil) and its CPU time (user + system, as last sampled): the main process
   and each worker, and per article for the Dask runs (what a cluster estimate needs);
3. ``attrib index --engine dask --jobs N`` into a fresh database, then again over the same
   (unchanged) files: the first build's time and the re-index's share of it;
4. ``sources --speaker NAME`` (default: the most quoted speaker): the query's latency on an
   open database (median of 21 after a warm-up), with the database opened for the question
   (median of 5), and the command's wall time.

The machine's load average before and after each run is recorded: on a shared machine, a run
is only comparable with the others of the same invocation. Nothing here asserts.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

ATTRIB = [sys.executable, "-m", "attrib.cli"]
CHECK = [*ATTRIB, "check", "--format", "json", "--fail-on", "never"]


class Sampler:
    """Peak RSS and USS of a process and all its descendants, per process."""

    def __init__(self, pid: int, every: float = 0.2) -> None:
        self.root = psutil.Process(pid)
        self.every = every
        self.peaks: dict[int, tuple[float, float]] = {}  # pid -> (rss, uss) MiB
        self.cpu: dict[int, float] = {}  # pid -> user + system seconds, as last seen
        self.names: dict[int, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                family = [self.root, *self.root.children(recursive=True)]
            except psutil.Error:
                return
            for proc in family:
                try:
                    info = proc.memory_full_info()
                    times = proc.cpu_times()
                    name = " ".join(proc.cmdline()[1:4])[:60]
                except psutil.Error:
                    continue
                rss, uss = self.peaks.get(proc.pid, (0.0, 0.0))
                self.peaks[proc.pid] = (max(rss, info.rss / 2**20), max(uss, info.uss / 2**20))
                self.names[proc.pid] = name
                self.cpu[proc.pid] = times.user + times.system
            self._stop.wait(self.every)

    def stop(self) -> list[dict[str, object]]:
        self._stop.set()
        self._thread.join()
        main = self.root.pid
        return [
            {
                "role": "main" if pid == main else "child",
                "cmd": self.names[pid],
                "rss_mib": round(rss, 1),
                "uss_mib": round(uss, 1),
                "cpu_s": round(self.cpu.get(pid, 0.0), 2),
            }
            for pid, (rss, uss) in sorted(self.peaks.items())
        ]


def timed(command: list[str], out: Path | None = None) -> dict[str, object]:
    """Run ``command`` (stdout to ``out``), timing it and sampling its processes' memory."""
    load_before = os.getloadavg()[0]
    start = time.perf_counter()
    with open(out or os.devnull, "wb") as sink:
        proc = subprocess.Popen(command, stdout=sink, stderr=subprocess.PIPE)
        sampler = Sampler(proc.pid)
        _, err = proc.communicate()
    seconds = time.perf_counter() - start
    processes = sampler.stop()
    # Workers hold a pipeline: over 100 MiB; helper processes (fork server's resource tracker,
    # semaphore tracker) stay far below.
    workers = [p for p in processes if p["role"] == "child" and _mib(p["rss_mib"]) > 100]
    return {
        "seconds": round(seconds, 2),
        "exit": proc.returncode,
        "stderr": err.decode("utf-8", "replace")[-500:],
        "load_before": round(load_before, 2),
        "load_after": round(os.getloadavg()[0], 2),
        "main_peak_rss_mib": next(p["rss_mib"] for p in processes if p["role"] == "main"),
        "worker_peaks": [{k: p[k] for k in ("rss_mib", "uss_mib")} for p in workers],
        "cpu_s": {
            "main": next(_mib(p["cpu_s"]) for p in processes if p["role"] == "main"),
            "workers": round(sum(_mib(p["cpu_s"]) for p in workers), 2),
            "all": round(sum(_mib(p["cpu_s"]) for p in processes), 2),
        },
        "processes": processes,
    }


def _mib(value: object) -> float:
    """A number from the results (MiB or seconds)."""
    return float(value) if isinstance(value, (int, float)) else 0.0


def _per(run: dict[str, object], role: str, articles: int) -> float:
    """CPU seconds per article of a run's ``role`` ("main" or "workers")."""
    cpu = run["cpu_s"]
    assert isinstance(cpu, dict)
    return round(_mib(cpu[role]) / articles, 3)


def _ratio(runs: dict[str, dict[str, object]], over: str, under: str) -> float:
    """One run's time over another's, of the same round."""
    return round(_mib(runs[over]["seconds"]) / _mib(runs[under]["seconds"]), 3)


def same_results(*paths: Path) -> bool:
    """Whether the JSON reports hold the same statements and findings for the same files."""

    def key(path: Path) -> list[object]:
        files = json.loads(path.read_text(encoding="utf-8"))["files"]
        return [(f["path"], f["statements"], f["findings"]) for f in files]

    first = key(paths[0])
    return all(key(p) == first for p in paths[1:])


def query_latency(db: Path, speaker: str | None) -> dict[str, object]:
    """``sources --speaker``: on an open database (`attrib.archive.Archive`), opening it for
    the one question (`attrib.archive.sources`), and as the command."""
    from attrib.archive import Archive, Filters, sources

    with Archive(db) as archive:
        if speaker is None:
            speaker = archive.sources(Filters(), limit=1).roster[0].name
        chosen = Filters(speaker=speaker)
        archive.sources(chosen)  # warm the caches
        times = []
        for _ in range(21):
            start = time.perf_counter()
            view = archive.sources(chosen)
            times.append(time.perf_counter() - start)
    opened = []
    for _ in range(5):
        start = time.perf_counter()
        sources(db, chosen)
        opened.append(time.perf_counter() - start)
    cli = timed([*ATTRIB, "sources", "--db", str(db), "--speaker", speaker, "--format", "json"])
    return {
        "speaker": speaker,
        "statements": len(view.statements),
        "query_median_ms": round(statistics.median(times) * 1000, 2),
        "query_max_ms": round(max(times) * 1000, 2),
        "open_and_query_median_ms": round(statistics.median(opened) * 1000, 2),
        "cli_seconds": cli["seconds"],
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--limit", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--rounds", type=int, default=1, help="Times each check runs.")
    parser.add_argument("--speaker", default=None)
    parser.add_argument("--out", type=Path, default=None, help="Also write the results here.")
    args = parser.parse_args()
    files = [str(f) for f in sorted(args.folder.glob("*.txt"))[: args.limit]]
    if args.rounds < 1:
        parser.error("--rounds must be at least 1")
    if not files:
        parser.error(f"no .txt files in {args.folder}")
    words = sum(len(Path(f).read_text(encoding="utf-8").split()) for f in files)
    jobs = str(args.jobs)
    commands = {
        "one": CHECK,
        "jobs": [*CHECK, "--jobs", jobs],
        "dask": [*CHECK, "--engine", "dask", "--jobs", jobs],
    }
    with tempfile.TemporaryDirectory() as tmp:
        rounds: list[dict[str, dict[str, object]]] = []
        identical = True
        for turn in range(args.rounds):
            order = list(commands)[turn % 3 :] + list(commands)[: turn % 3]
            reports = {name: Path(tmp) / f"{name}.json" for name in order}
            runs = {name: timed([*commands[name], *files], reports[name]) for name in order}
            rounds.append({name: runs[name] for name in commands})
            identical = identical and same_results(*reports.values())
        db = Path(tmp) / "sources.duckdb"
        index = [*ATTRIB, "index", *files, "--db", str(db), "--engine", "dask", "--jobs", jobs]
        build = timed(index)
        again = timed(index)
        latency = query_latency(db, args.speaker)
        db_mib = db.stat().st_size / 2**20
    seconds = {name: [_mib(round_[name]["seconds"]) for round_ in rounds] for name in commands}
    one, par, dask = (statistics.median(seconds[k]) for k in commands)
    runs = rounds[0]
    results = {
        "files": len(files),
        "words": words,
        "cpus": os.cpu_count(),
        "check": runs,
        "rounds": [
            {
                "seconds": {name: round_[name]["seconds"] for name in commands},
                "dask_over_jobs": _ratio(round_, "dask", "jobs"),
                "dask_over_one": _ratio(round_, "dask", "one"),
                "cpu_s": {name: round_[name]["cpu_s"] for name in commands},
            }
            for round_ in rounds
        ],
        "median_seconds": {"one": one, "jobs": par, "dask": dask},
        "dask_over_jobs": round(dask / par, 3),
        "dask_over_one": round(dask / one, 3),
        "jobs_over_one": round(par / one, 3),
        "identical_statements_and_findings": identical,
        "dask_seconds_per_1k_words_per_worker": round(dask * args.jobs / words * 1000, 3),
        "cpu_s_per_article": {
            "check_workers": _per(runs["dask"], "workers", len(files)),
            "check_client": _per(runs["dask"], "main", len(files)),
            "index_workers": _per(build, "workers", len(files)),
            "index_client": _per(build, "main", len(files)),
        },
        "index": {
            "build": build,
            "reindex_unchanged": again,
            "reindex_share": round(_mib(again["seconds"]) / _mib(build["seconds"]), 4),
            "database_mib": round(db_mib, 2),
        },
        "sources_speaker": latency,
    }
    text = json.dumps(results, indent=2)
    print(text)
    if args.out is not None:
        args.out.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
