"""Engines: the Dask engine gives the same reports as one process, in the order asked for, and
loses no file when a worker dies."""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import TypeVar

import pytest
import yaml
from distributed import WorkerPlugin
from typer.testing import CliRunner

from attrib.api import analyze_documents, prepare
from attrib.cli import app
from attrib.engines import EngineError, LocalEngine, check_with, fork_server, in_order
from attrib.engines.batches import MAX_BATCH, batch_size, batches
from attrib.engines.dask import LOCAL_CLUSTER_CONFIG, DaskEngine
from attrib.engines.fork_server import WORKER_ENVIRON
from attrib.model import Document, FileReport, ToolInfo
from attrib.nlp import BATCH_TEXTS
from attrib.profile import Profile, default_profile
from attrib.reading import Unread

T = TypeVar("T")
TEXTS = (
    '"We will not raise taxes," Mayor Ana Ruiz said on Monday.',
    "Officials said the plan was failing, according to The New York Times.",
    "The minister claimed the talks were on track. A source close to the talks disagreed.",
    'Critics say the budget is a gamble. "It is reckless," said Tom Baker, a councillor.',
    "Sources said the company would cut jobs.",
    "The weather was mild and nobody said anything at all.",
)


def documents() -> list[Document]:
    return [Document.from_text(f"article-{i}.txt", text) for i, text in enumerate(TEXTS)]


def one_process() -> list[FileReport]:
    return list(analyze_documents(documents(), default_profile()))


@pytest.mark.parametrize(
    ("pairs", "expected"),
    [
        ([(0, "a"), (1, "b"), (2, "c")], ["a", "b", "c"]),
        ([(2, "c"), (0, "a"), (1, "b")], ["a", "b", "c"]),
        ([(1, "b"), (0, "a"), (3, "d"), (2, "c")], ["a", "b", "c", "d"]),
        ([], []),
    ],
)
def test_in_order(pairs: list[tuple[int, str]], expected: list[str]) -> None:
    assert list(in_order(pairs)) == expected


@pytest.mark.parametrize(
    ("total", "slots", "expected"),
    [
        (None, 2, MAX_BATCH),  # unknown length: the largest batch
        (6, 2, 1),  # few files: one per batch so both workers get some
        (50, 2, 7),  # about four batches per worker
        (500, 2, MAX_BATCH),
        (500, 64, 2),  # a big cluster: smaller batches to spread the files
    ],
)
def test_batch_size(total: int | None, slots: int, expected: int) -> None:
    assert batch_size(total, slots) == expected


@pytest.mark.parametrize(
    ("total", "slots", "expected"),
    [
        (3, 2, [1, 1, 1]),
        (20, 2, [3, 3, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1, 1]),
        (100, 2, [8] * 6 + [7, 6, 5, 5, 4, 4, 3, 3, 2, 2, 2, 2] + [1] * 7),
        (None, 2, [MAX_BATCH, MAX_BATCH, 4]),  # unknown length (20 items): the largest batches
    ],
)
def test_batches_shrink_towards_the_end(total: int | None, slots: int, expected: list[int]) -> None:
    items = list(range(total if total is not None else 20))
    got = list(batches(items, total, slots))
    assert [len(b) for b in got] == expected
    assert [i for b in got for i in b] == items  # every item once, in order


@pytest.mark.parametrize("batch", [1, 4])
def test_dask_gives_one_process_reports_in_input_order(dask_scheduler: str, batch: int) -> None:
    expected = one_process()
    inputs: list[Document | FileReport] = [*documents()]
    inputs.insert(2, FileReport("missing.txt", error="no such file or directory"))
    with DaskEngine(dask_scheduler, batch=batch) as engine:
        got = list(check_with(engine, inputs, default_profile()))
    assert [f.path for f in got] == [f.path for f in inputs]
    assert got[2].error == "no such file or directory"
    checked = got[:2] + got[3:]
    assert [(f.statements, f.findings, f.sources) for f in checked] == [
        (f.statements, f.findings, f.sources) for f in expected
    ]
    assert sum(len(f.findings) for f in checked) >= 3  # the texts do raise findings
    assert all(f.document is not None for f in checked)  # the text is re-attached


def test_dask_unordered_yields_every_file_once(dask_scheduler: str) -> None:
    with DaskEngine(dask_scheduler, batch=1) as engine:
        got = list(check_with(engine, documents(), default_profile(), ordered=False))
    assert sorted(f.path for f in got) == sorted(d.path for d in documents())
    assert {f.path: f.statements for f in got} == {f.path: f.statements for f in one_process()}


def test_progress_is_called_once_per_input(dask_scheduler: str) -> None:
    calls: list[None] = []
    with DaskEngine(dask_scheduler, batch=2) as engine:
        reports = check_with(
            engine, documents(), default_profile(), progress=lambda: calls.append(None)
        )
        list(reports)
    assert len(calls) == len(TEXTS)


class Stepwise:
    """An engine that takes one job at a time and reports it before taking the next."""

    def tool_info(self, profile: Profile) -> ToolInfo:
        raise NotImplementedError

    def run(
        self, jobs: Iterable[tuple[Document, Profile]], profile: Profile, *, total: int | None
    ) -> Iterator[tuple[int, FileReport]]:
        for index, (document, own) in enumerate(jobs):
            report = next(analyze_documents([document], profile, per_document=[own]))
            yield index, replace(report, document=None)


def test_check_with_takes_inputs_as_the_engine_does_and_keeps_errors_in_place() -> None:
    """A generator of inputs is read only as far as the engine has taken work, and read
    errors met on the way come back in their places (ordered) or once each (unordered)."""
    taken: list[str] = []

    def inputs() -> Iterator[Document | FileReport]:
        for i, document in enumerate(documents()[:4]):
            if i == 1:
                taken.append("missing.txt")
                yield FileReport("missing.txt", error="no such file or directory")
            taken.append(document.path)
            yield document

    engine = Stepwise()
    reports = check_with(engine, inputs(), default_profile(), total=4)
    first = next(reports)
    assert first.path == "article-0.txt"
    assert taken == ["article-0.txt"]  # nothing read ahead of the engine
    rest = list(reports)
    assert [f.path for f in [first, *rest]] == [
        "article-0.txt",
        "missing.txt",
        "article-1.txt",
        "article-2.txt",
        "article-3.txt",
    ]
    assert rest[0].error == "no such file or directory"
    assert all(f.document is not None for f in [first, *rest[1:]])
    unordered = list(check_with(Stepwise(), inputs(), default_profile(), ordered=False))
    assert sorted(f.path for f in unordered) == sorted(f.path for f in [first, *rest])


def test_local_engine_takes_documents_as_it_needs_them() -> None:
    """One process reads at most a parse batch ahead of the report it gives; processes a few
    tasks ahead."""
    taken: list[int] = []

    def jobs(n: int) -> Iterator[tuple[Document, Profile]]:
        for i in range(n):
            taken.append(i)
            yield (
                Document.from_text(f"{i}.txt", f'"Fine," Ann Lee said on day {i}.'),
                default_profile(),
            )

    # One process: a parse batch. Processes: three tasks each in flight, one more sent as each
    # finishes (so how far depends on timing; nowhere near the whole stream).
    for engine, ahead in ((LocalEngine(1), BATCH_TEXTS + 1), (LocalEngine(2), 200)):
        taken.clear()
        reports = engine.run(jobs(400), default_profile(), total=400)
        index, first = next(reports)
        assert index == 0 and first.statements
        assert len(taken) <= ahead
        assert [i for i, _ in reports] == list(range(1, 400))


def test_processes_get_tasks_that_shrink_towards_the_end(monkeypatch: pytest.MonkeyPatch) -> None:
    """``--jobs`` cuts its tasks as Dask does: smaller towards the end, so the processes finish
    together; reports still come in input order."""
    from attrib.engines import batches as batching

    sizes: list[int] = []
    cut = batching.batches

    def recorded(items: Iterable[T], total: int | None, slots: int) -> Iterator[list[T]]:
        for chunk in cut(items, total, slots):
            sizes.append(len(chunk))
            yield chunk

    monkeypatch.setattr(batching, "batches", recorded)
    texts = [Document.from_text(f"{i}.txt", f'"It is {i}," Ann Lee said.') for i in range(24)]
    reports = list(check_with(LocalEngine(2), texts, default_profile()))
    assert [r.path for r in reports] == [d.path for d in texts]
    assert all(r.statements for r in reports)
    assert sizes == [3, 3, 3, 2, 2, 2, 2, 1, 1, 1, 1, 1, 1, 1]


def test_local_engine_matches_one_process() -> None:
    got = list(check_with(LocalEngine(), documents(), default_profile()))
    assert [f.statements for f in got] == [f.statements for f in one_process()]


def test_unreachable_scheduler_is_an_engine_error() -> None:
    engine = DaskEngine("tcp://127.0.0.1:1", connect_timeout="0.5s")
    with pytest.raises(EngineError, match=r"cannot reach the Dask scheduler tcp://127\.0\.0\.1:1"):
        engine.start()


class KillOnce(WorkerPlugin):
    """Kills the first worker that starts a task, once (the marker file remembers)."""

    def __init__(self, marker: str) -> None:
        self.marker = marker

    def transition(self, key: object, start: str, finish: str, **kwargs: object) -> None:
        if finish != "executing":
            return
        try:
            os.close(os.open(self.marker, os.O_CREAT | os.O_EXCL))
        except FileExistsError:
            return
        os.kill(os.getpid(), signal.SIGKILL)


def test_a_killed_worker_loses_no_file(tmp_path: Path) -> None:
    """Real worker processes: the first batch's worker is killed mid-task; the batch is run
    again and every file comes back with the one-process result."""
    marker = tmp_path / "killed"
    expected = one_process()
    with DaskEngine(workers=2, batch=1) as engine:
        engine.client.register_plugin(KillOnce(str(marker)), name="kill-once")
        got = list(check_with(engine, documents(), default_profile()))
    assert marker.exists()  # a worker really was killed
    assert [f.error for f in got] == [None] * len(TEXTS)
    assert [(f.path, f.statements, f.findings) for f in got] == [
        (f.path, f.statements, f.findings) for f in expected
    ]


def _worker_settings() -> tuple[object, object, object, object]:
    import dask
    import psutil

    # The environment of the fork server the worker came from: what native libraries saw.
    server = psutil.Process(os.getppid()).environ()
    return (
        dask.config.get("distributed.worker.profile.enabled"),
        dask.config.get("distributed.admin.tick.interval"),
        os.environ.get("MALLOC_TRIM_THRESHOLD_"),
        (server.get("OMP_NUM_THREADS"), server.get("MALLOC_TRIM_THRESHOLD_")),
    )


def test_local_cluster_workers_run_without_the_costly_defaults() -> None:
    """The local cluster's worker processes run without the statistical profiler, with slow
    housekeeping ticks and glibc's adaptive malloc (see LOCAL_CLUSTER_CONFIG); the user's own
    Dask configuration is untouched once the engine closes."""
    import dask

    with DaskEngine(workers=1) as engine:
        settings = set(engine.client.run(_worker_settings).values())
    assert settings == {(False, "1s", None, ("1", None))}
    assert dask.config.get("distributed.worker.profile.enabled") is True


def test_fork_server_environ_is_the_nannys(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fork server launched before Dask gets what the nanny would set before the first
    worker (Dask's pre-spawn environment under LOCAL_CLUSTER_CONFIG, and a hash seed)."""
    import dask
    from distributed.nanny import _get_env_variables

    for key in WORKER_ENVIRON:
        monkeypatch.delenv(key, raising=False)
    with dask.config.set(LOCAL_CLUSTER_CONFIG):
        nanny = _get_env_variables("distributed.nanny.pre-spawn-environ")
    assert {**nanny, "PYTHONHASHSEED": "6640"} == WORKER_ENVIRON


def test_fork_server_launch_sets_its_environment_only_for_the_server(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The server starts with the workers' environment and the model to preload; this
    process's environment is as it was afterwards, and a variable the user set wins."""
    seen: list[dict[str, str]] = []
    monkeypatch.setattr(
        fork_server.forkserver, "ensure_running", lambda: seen.append(dict(os.environ))
    )
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    monkeypatch.delenv("MKL_NUM_THREADS", raising=False)
    monkeypatch.delenv(fork_server.MODEL_VARIABLE, raising=False)
    before = dict(os.environ)
    assert fork_server.launch("en_core_web_sm") is fork_server.available()
    assert dict(os.environ) == before
    if seen:
        assert seen[0]["OMP_NUM_THREADS"] == "4"
        assert seen[0]["MKL_NUM_THREADS"] == "1"
        assert seen[0][fork_server.MODEL_VARIABLE] == "en_core_web_sm"


def _flatten(tree: dict[str, object], prefix: str = "") -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, value in tree.items():
        if isinstance(value, dict):
            flat.update(_flatten(value, f"{prefix}{key}."))
        else:
            flat[f"{prefix}{key}"] = value
    return flat


def test_readme_gives_remote_workers_the_local_cluster_settings() -> None:
    """The YAML the README tells cluster owners to install is LOCAL_CLUSTER_CONFIG."""
    readme = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")
    block = readme.split("~/.config/dask/attrib.yaml`:\n\n```yaml\n", 1)[1].split("```", 1)[0]
    assert _flatten(yaml.safe_load(block)) == LOCAL_CLUSTER_CONFIG


# --- The check command on Dask -------------------------------------------------------------------

runner = CliRunner()


def write_articles(folder: Path) -> list[str]:
    paths = []
    for i, text in enumerate(TEXTS[:4]):
        path = folder / f"article-{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def test_cli_check_on_dask_matches_local(tmp_path: Path, dask_scheduler: str) -> None:
    paths = write_articles(tmp_path)
    missing = str(tmp_path / "missing.txt")
    args = ["check", *paths[:2], missing, *paths[2:], "--format", "json", "--fail-on", "never"]
    local = runner.invoke(app, args)
    dask = runner.invoke(app, [*args, "--engine", "dask", "--scheduler", dask_scheduler])
    assert dask.exit_code == local.exit_code == 2  # the missing file
    assert dask.stderr.strip() == f"attrib: {missing}: no such file or directory"
    files = json.loads(dask.stdout)["files"]
    assert [f["path"] for f in files] == [*paths[:2], missing, *paths[2:]]
    assert files == json.loads(local.stdout)["files"]


def test_cli_check_on_dask_streams_json_lines(tmp_path: Path, dask_scheduler: str) -> None:
    paths = write_articles(tmp_path)
    out = tmp_path / "out.jsonl"
    dask = ["--engine", "dask", "--scheduler", dask_scheduler]
    result = runner.invoke(
        app, ["check", *paths, *dask, "--format", "jsonl", "-o", str(out), "--fail-on", "warning"]
    )
    assert result.exit_code == 1  # warnings among the findings
    assert result.stdout == ""
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {line["path"] for line in lines} == set(paths)
    assert any(line["flags"] for line in lines)


def test_streamed_json_lines_read_files_as_they_go(tmp_path: Path, dask_scheduler: str) -> None:
    """Streaming reads each file when the cluster takes it: a file that cannot be read gets one
    line on stderr (once, whether found missing at once or unreadable when read) and an error
    line in the output; the others are checked."""
    paths = write_articles(tmp_path)
    binary = tmp_path / "scan.txt"
    binary.write_bytes(b"\x00\x01\x02 not text \xff\xfe")
    missing = str(tmp_path / "missing.txt")
    out = tmp_path / "out.jsonl"
    args = ["check", paths[0], str(binary), missing, *paths[1:], "--format", "jsonl"]
    dask = ["--engine", "dask", "--scheduler", dask_scheduler, "-o", str(out)]
    result = runner.invoke(app, [*args, *dask, "--fail-on", "never"])
    assert result.exit_code == 2
    assert sorted(result.stderr.strip().splitlines()) == sorted(
        [f"attrib: {binary}: binary file", f"attrib: {missing}: no such file or directory"]
    )
    lines = {line["path"]: line for line in map(json.loads, out.read_text().splitlines())}
    assert set(lines) == {*paths, str(binary), missing}
    assert lines[str(binary)]["error"] == "binary file"
    assert all(lines[path].get("error") is None for path in paths)


def test_a_lazy_batch_reads_each_file_when_it_is_checked(tmp_path: Path) -> None:
    """`prepare(lazy=True)` finds the files and reads each one when it is checked: a file
    changed in between is checked as it is then, one removed is a read error in its place."""
    paths = write_articles(tmp_path)
    batch = prepare(paths, lazy=True)
    assert all(isinstance(item, Unread) for item in batch.inputs)
    Path(paths[1]).write_text(TEXTS[4], encoding="utf-8")
    Path(paths[2]).unlink()
    got = list(batch.check())
    assert [f.path for f in got] == paths
    assert got[1].document is not None and got[1].document.text == TEXTS[4]
    assert got[2].error == "no such file or directory"
    assert [f.statements for f in (got[0], got[3])] == [
        f.statements for f in (one_process()[0], one_process()[3])
    ]
    eager = prepare(paths)
    assert [type(item) for item in eager.inputs] == [Document, Document, FileReport, Document]


def test_streamed_json_lines_write_the_same_baseline(tmp_path: Path, dask_scheduler: str) -> None:
    """Streaming keeps only each file's findings, which is all a baseline needs: the baseline
    written from a streamed Dask run is the one a local run writes."""
    paths = write_articles(tmp_path)
    streamed, local = tmp_path / "streamed.json", tmp_path / "local.json"
    dask = ["--engine", "dask", "--scheduler", dask_scheduler, "-o", str(tmp_path / "out.jsonl")]
    args = ["check", *paths, "--format", "jsonl"]
    assert runner.invoke(app, [*args, *dask, "--write-baseline", str(streamed)]).exit_code == 0
    assert runner.invoke(app, [*args, "--write-baseline", str(local)]).exit_code == 0
    assert json.loads(streamed.read_text(encoding="utf-8"))["findings"]
    assert streamed.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")


def test_streamed_run_records_every_current_finding_past_an_old_baseline(
    tmp_path: Path, dask_scheduler: str
) -> None:
    """--write-baseline records today's findings, all of them, even those --baseline hides
    from the report: streamed on Dask as in a local run."""
    paths = write_articles(tmp_path)
    old = tmp_path / "old.json"
    assert runner.invoke(app, ["check", *paths[:2], "--write-baseline", str(old)]).exit_code == 0
    streamed, local = tmp_path / "streamed.json", tmp_path / "local.json"
    out = tmp_path / "out.jsonl"
    args = ["check", *paths, "--format", "jsonl", "--baseline", str(old)]
    dask = ["--engine", "dask", "--scheduler", dask_scheduler, "-o", str(out)]
    assert runner.invoke(app, [*args, *dask, "--write-baseline", str(streamed)]).exit_code == 0
    assert runner.invoke(app, [*args, "--write-baseline", str(local)]).exit_code == 0
    known = {entry["path"] for entry in json.loads(old.read_text(encoding="utf-8"))["findings"]}
    recorded = json.loads(streamed.read_text(encoding="utf-8"))["findings"]
    assert known and {entry["path"] for entry in recorded} > known
    assert streamed.read_text(encoding="utf-8") == local.read_text(encoding="utf-8")
    lines = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    hidden = {Path(line["path"]).name for line in lines if not line["flags"]}
    assert known <= hidden  # the old baseline still hides them in the report


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--engine", "spark"], "attrib: unknown engine 'spark'; choose one of local, dask"),
        (["--scheduler", "tcp://127.0.0.1:8786"], "attrib: --scheduler needs --engine dask"),
    ],
)
def test_cli_engine_usage_errors(tmp_path: Path, extra: list[str], message: str) -> None:
    result = runner.invoke(app, ["check", *write_articles(tmp_path), *extra])
    assert result.exit_code == 2
    assert result.stderr.strip() == message


@pytest.mark.parametrize(
    ("extra", "launched"),
    [
        (["--engine", "dask"], [None]),
        (["--engine", "dask", "--model", "en_core_web_sm"], ["en_core_web_sm"]),
        (["--engine", "dask", "--scheduler", "tcp://127.0.0.1:9"], []),  # the user's cluster
        (["--jobs", "2"], []),  # the local engine has nothing to start early
    ],
)
@pytest.mark.parametrize("command", ["check", "index"])
def test_a_local_cluster_starts_loading_before_the_inputs_are_read(
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    command: str,
    extra: list[str],
    launched: list[str | None],
) -> None:
    """`check` launches a local cluster's fork server before it reads anything (the pipeline
    loads meanwhile), and only for a local cluster; `index` launches nothing before it knows
    there is something to check."""
    if command == "index":
        launched = []
    import attrib.cli_archive
    import attrib.cli_check
    from attrib.config import ConfigError

    calls: list[object] = []

    def launch(model: str | None) -> bool:
        calls.append(("launch", model))
        return True

    def reading(*args: object, **kwargs: object) -> None:
        calls.append("read")
        raise ConfigError("stopped before reading")

    monkeypatch.setattr(fork_server, "launch", launch)
    monkeypatch.setattr(attrib.cli_check, "prepare", reading)
    monkeypatch.setattr(attrib.cli_archive, "Profiles", reading)
    db = ["--db", str(tmp_path / "sources.duckdb")] if command == "index" else []
    result = runner.invoke(app, [command, *write_articles(tmp_path), *db, *extra])
    assert result.exit_code == 2
    assert "stopped before reading" in result.stderr
    assert calls == [*(("launch", model) for model in launched), "read"]


def test_a_missing_model_on_a_local_cluster_is_one_line(tmp_path: Path) -> None:
    """The command as a user runs it (its own local cluster): one line on stderr, exit 2; the
    worker's "Compute Failed" log and traceback are not shown."""
    import subprocess
    import sys

    article = write_articles(tmp_path)[0]
    command = [sys.executable, "-m", "attrib.cli", "check", article, "--engine", "dask"]
    done = subprocess.run(
        [*command, "--jobs", "1", "--model", "xx_no_such_model"],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.splitlines() == [
        "attrib: cannot load the spaCy pipeline 'xx_no_such_model' (from --model or the "
        "config's `model`): it is not an installed package or a pipeline folder. "
        "`python -m spacy info` lists what is installed."
    ]


def test_reindexing_unchanged_files_on_dask_starts_nothing(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Every file unchanged: no local cluster, no fork server loading the pipeline (it cost a
    re-index of 500 articles seconds of waiting on a slow machine)."""
    articles = tmp_path / "articles"
    articles.mkdir()
    paths = write_articles(articles)
    db = str(tmp_path / "sources.duckdb")
    assert runner.invoke(app, ["index", *paths, "--db", db]).exit_code == 0
    launched: list[str | None] = []
    monkeypatch.setattr(fork_server, "launch", lambda model: launched.append(model) or True)
    result = runner.invoke(app, ["index", *paths, "--db", db, "--engine", "dask"])
    assert result.exit_code == 0, result.output
    assert "skipped 4 unchanged" in result.output
    assert launched == []
