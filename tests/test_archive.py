"""The sources database: indexing (incremental), the schema, queries and the archive commands."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from attrib.api import analyze_documents
from attrib.archive import DatabaseError, Filters, index_archive, sources
from attrib.archive.records import published, speaker_key
from attrib.archive.schema import SCHEMA_VERSION, TABLES, connect
from attrib.cli import app
from attrib.engines import LocalEngine
from attrib.model import Document, DocumentMeta
from attrib.profile import default_profile
from attrib.profiles import Profiles
from attrib.reading import read_path

ARTICLES = {
    "2024/05/02/budget.txt": (
        '"We will not raise taxes," Mayor Ana Ruiz said on Monday.\n\n'
        "Officials said the plan was failing, according to The New York Times.\n"
    ),
    "2024/06/10/council.txt": (
        '"We will not raise taxes this year," Mayor Ana Ruiz told the council.\n\n'
        "Sources said the company would cut jobs.\n"
    ),
    "notes.txt": (
        "The minister claimed the talks were on track.\n\nAna Ruiz said the deal was close.\n"
    ),
}
runner = CliRunner()
ARTICLE_IDS = "SELECT article_id FROM articles"


def write_archive(root: Path) -> list[str]:
    paths = []
    for name, text in ARTICLES.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    return paths


def index(root: Path, db: Path) -> object:
    return index_archive([str(root)], db, Profiles(None), default_profile(), LocalEngine())


def rows(db: Path, sql: str) -> list[tuple[object, ...]]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Ana Ruiz", "ana ruiz"),
        ("  Donald J. Trump ", "donald j trump"),
        ("O’Brien", "o’brien"),
        ("the White House", "the white house"),
    ],
)
def test_speaker_key(name: str, expected: str) -> None:
    assert speaker_key(name) == expected


@pytest.mark.parametrize(
    ("path", "date", "expected"),
    [
        ("archive/2015/11/11/story.txt", None, dt.date(2015, 11, 11)),
        ("breitbart_2015-11-16_slug.txt", None, dt.date(2015, 11, 16)),
        ("story.html", "2019-03-04T10:00:00Z", dt.date(2019, 3, 4)),
        ("2015/11/11/story.html", "2019-03-04", dt.date(2019, 3, 4)),  # the file's own wins
        ("2015-13-45-story.txt", None, None),  # not a date
        ("story-20151111.txt", None, None),  # digits without separators are ids, not dates
        ("story.txt", "March 4, 2019", None),
    ],
)
def test_published(path: str, date: str | None, expected: dt.date | None) -> None:
    document = Document(path, "text", meta=DocumentMeta(date=date))
    assert published(document) == expected


def test_index_stores_what_check_finds(tmp_path: Path) -> None:
    paths = write_archive(tmp_path / "archive")
    db = tmp_path / "sources.duckdb"
    result = index(tmp_path / "archive", db)
    assert (result.new, result.changed, result.unchanged, result.errors) == (3, 0, 0, ())
    reports = list(analyze_documents([read_path(p) for p in paths], default_profile()))
    expected = sorted(
        (str(Path(r.path).resolve()), s.content.line, s.content.text, s.kind)
        for r in reports
        for s in r.statements
    )
    stored = rows(
        db, "SELECT a.path, line, text, kind FROM statements JOIN articles a USING (article_id)"
    )
    assert sorted(stored) == expected  # type: ignore[type-var]
    findings = rows(db, "SELECT count(*) FROM findings")[0][0]
    assert findings == sum(len(r.findings) for r in reports) > 0
    dates = dict(rows(db, "SELECT path, published FROM articles"))
    assert dates[str(tmp_path / "archive/2024/05/02/budget.txt")] == dt.date(2024, 5, 2)
    assert dates[str(tmp_path / "archive/notes.txt")] is None


def test_reindexing_skips_unchanged_and_replaces_changed(tmp_path: Path) -> None:
    write_archive(tmp_path / "archive")
    db = tmp_path / "sources.duckdb"
    index(tmp_path / "archive", db)
    again = index(tmp_path / "archive", db)
    assert (again.new, again.changed, again.unchanged) == (0, 0, 3)
    changed = tmp_path / "archive/notes.txt"
    changed.write_text('"Nothing is settled," the minister said.\n', encoding="utf-8")
    where = f"WHERE a.path = '{changed}'"
    third = index(tmp_path / "archive", db)
    assert (third.new, third.changed, third.unchanged) == (0, 1, 2)
    texts = [
        r[0]
        for r in rows(db, f"SELECT text FROM statements JOIN articles a USING (article_id) {where}")
    ]
    assert texts == ['"Nothing is settled,"']
    for table in TABLES:  # no rows left behind by the replaced version
        orphans = rows(db, f"SELECT count(*) FROM {table} WHERE article_id NOT IN ({ARTICLE_IDS})")
        assert orphans == [(0,)], table
    assert rows(db, "SELECT count(*) FROM articles") == [(3,)]


def test_unreadable_files_are_errors_and_the_rest_indexed(tmp_path: Path) -> None:
    root = tmp_path / "archive"
    write_archive(root)
    (root / "empty.txt").write_bytes(b"")
    result = index_archive(
        [str(root), str(tmp_path / "missing.txt")],
        tmp_path / "db.duckdb",
        Profiles(None),
        default_profile(),
        LocalEngine(),
    )
    assert result.new == 3
    assert sorted((Path(e.path).name, e.error) for e in result.errors) == [
        ("empty.txt", "empty file"),
        ("missing.txt", "no such file or directory"),
    ]


def test_a_database_of_another_schema_version_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    connect(db, create=True).close()
    con = duckdb.connect(str(db))
    con.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    con.close()
    with pytest.raises(
        DatabaseError, match=f"schema version 0; this attrib writes version {SCHEMA_VERSION}"
    ):
        connect(db)
    text = tmp_path / "notes.txt"
    text.write_text("not a database", encoding="utf-8")
    with pytest.raises(DatabaseError, match="cannot open database"):
        connect(text, create=True)
    assert text.read_text(encoding="utf-8") == "not a database"  # never modified
    with pytest.raises(DatabaseError, match="no such database"):
        connect(tmp_path / "none.duckdb")


def test_sources_roster_and_speaker_statements(tmp_path: Path) -> None:
    write_archive(tmp_path / "archive")
    db = tmp_path / "sources.duckdb"
    index(tmp_path / "archive", db)
    view = sources(db, Filters())
    ruiz = next(row for row in view.roster if row.name == "Ana Ruiz")
    assert (ruiz.kind, ruiz.statements, ruiz.articles, ruiz.direct) == ("person", 3, 3, 2)
    assert view.totals.articles == 3 and view.totals.statements >= 5
    said = sources(db, Filters(speaker="ruiz")).statements
    assert [(Path(s.path).name, s.line, s.published) for s in said] == [
        ("budget.txt", 1, "2024-05-02"),
        ("council.txt", 1, "2024-06-10"),
        ("notes.txt", 3, None),
    ]
    assert sources(db, Filters(speaker="Rui")).statements == ()  # whole words only
    flagged = sources(db, Filters(rule="loaded-cue")).roster
    assert [row.name for row in flagged] == ["The minister"]
    assert flagged[0].flags == {"loaded-cue": 1}
    via = sources(db, Filters(outlet="the new york times"))
    assert via.totals.via_outlet == via.totals.statements == 1


# --- The commands ---------------------------------------------------------------------------


def test_cli_index_then_sources(tmp_path: Path) -> None:
    write_archive(tmp_path / "archive")
    db = tmp_path / "sources.duckdb"
    first = runner.invoke(app, ["index", str(tmp_path / "archive"), "--db", str(db)])
    assert first.exit_code == 0, first.stderr
    summary = "indexed 3 articles (3 new, 0 changed), skipped 0 unchanged, 0 could not be indexed"
    assert first.stdout == f"{db}: {summary}\n"
    again = runner.invoke(app, ["index", str(tmp_path / "archive"), "--db", str(db)])
    assert "skipped 3 unchanged" in again.stdout and again.exit_code == 0
    table = runner.invoke(app, ["sources", "--db", str(db)])
    assert table.exit_code == 0
    assert "Ana Ruiz" in table.stdout and "attributed" in table.stdout
    data = json.loads(runner.invoke(app, ["sources", "--db", str(db), "--format", "json"]).stdout)
    assert list(data) == ["version", "filters", "totals", "sources"]
    assert data["sources"][0]["name"] == "Ana Ruiz"
    said = runner.invoke(app, ["sources", "--db", str(db), "--speaker", "Ana Ruiz", "-f", "json"])
    assert said.exit_code == 0
    statements = json.loads(said.stdout)["statements"]
    assert [Path(s["path"]).name for s in statements] == ["budget.txt", "council.txt", "notes.txt"]
    assert statements[0]["line"] == 1 and statements[0]["kind"] == "direct"


def test_cli_index_reports_unreadable_files(tmp_path: Path) -> None:
    write_archive(tmp_path / "archive")
    missing = tmp_path / "missing.txt"
    db = tmp_path / "sources.duckdb"
    result = runner.invoke(app, ["index", str(tmp_path / "archive"), str(missing), "--db", str(db)])
    assert result.exit_code == 2
    assert result.stderr == f"attrib: {missing}: no such file or directory\n"
    assert "indexed 3 articles" in result.stdout


def test_cli_index_refuses_files_past_the_size_limit(tmp_path: Path) -> None:
    """--max-file-size, else the config's max-file-size, bounds what index reads, as in check:
    a larger file is a one-line error and the others are indexed."""
    write_archive(tmp_path / "archive")
    big = tmp_path / "archive" / "big.txt"
    big.write_text("Ana Ruiz said the deal was close. " * 40, encoding="utf-8")
    db = tmp_path / "sources.duckdb"
    result = runner.invoke(
        app, ["index", str(tmp_path / "archive"), "--db", str(db), "--max-file-size", "1kB"]
    )
    assert result.exit_code == 2
    assert result.stderr == (
        f"attrib: {big}: larger than the maximum file size of 1 kB "
        "(raise it with --max-file-size or the config's max-file-size)\n"
    )
    assert "indexed 3 articles (3 new, 0 changed)" in result.stdout
    config = tmp_path / "attrib.toml"
    config.write_text('max-file-size = "1kB"\n', encoding="utf-8")
    again = runner.invoke(
        app, ["index", str(big), "--db", str(tmp_path / "b.duckdb"), "--config", str(config)]
    )
    assert again.exit_code == 2
    assert again.stderr.startswith(f"attrib: {big}: larger than")


NAV_QUOTE = '"Subscribe now," said the editor.'


@pytest.mark.parametrize(("content", "nav_indexed"), [("auto", False), ("all", True)])
def test_cli_index_reads_web_pages_as_told(tmp_path: Path, content: str, nav_indexed: bool) -> None:
    """--html-content chooses what of a page is indexed, as in check: the article of a whole
    page (auto), or all its text, navigation included (all)."""
    page = tmp_path / "page.html"
    page.write_text(
        f"<html><body><nav><p>{NAV_QUOTE}</p></nav><article><p>Ana Ruiz said the deal was "
        "close.</p><p>The talks resume on Monday in Geneva, officials said.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    db = tmp_path / "sources.duckdb"
    result = runner.invoke(app, ["index", str(page), "--db", str(db), "--html-content", content])
    assert result.exit_code == 0, result.stderr
    speakers = {row[0] for row in rows(db, "SELECT speaker FROM statements")}
    assert "Ana Ruiz" in speakers
    assert ("the editor" in speakers) is nav_indexed


def test_cli_index_on_dask(tmp_path: Path, dask_scheduler: str) -> None:
    write_archive(tmp_path / "archive")
    local, dask = tmp_path / "local.duckdb", tmp_path / "dask.duckdb"
    assert (
        runner.invoke(app, ["index", str(tmp_path / "archive"), "--db", str(local)]).exit_code == 0
    )
    on_dask = runner.invoke(
        app,
        [
            "index",
            str(tmp_path / "archive"),
            "--db",
            str(dask),
            "--engine",
            "dask",
            "--scheduler",
            dask_scheduler,
        ],
    )
    assert on_dask.exit_code == 0, on_dask.stderr
    query = (
        "SELECT a.path, s.* EXCLUDE (article_id) "
        "FROM statements s JOIN articles a USING (article_id) ORDER BY ALL"
    )
    assert rows(dask, query) == rows(local, query)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["sources", "--db", "{missing}"],
            "attrib: {missing}: no such database (build it with `attrib index`)",
        ),
        (
            ["sources", "--db", "{db}", "--format", "csv"],
            "attrib: unknown format 'csv'; choose one of table, json",
        ),
        (
            ["sources", "--db", "{db}", "--rule", "nope"],
            "attrib: unknown rule 'nope'; `attrib rules` lists them",
        ),
        (
            ["index", "{article}", "--db", "{article}"],
            "attrib: {article}: is one of the inputs; refusing to write the database over it",
        ),
        (
            ["index", "-", "--db", "{db}"],
            "attrib: standard input cannot be indexed: name files or folders",
        ),
        (
            ["index", "{article}", "--db", "{db}", "--engine", "ray"],
            "attrib: unknown engine 'ray'; choose one of local, dask",
        ),
        (
            ["index", "{article}", "--db", "{db}", "--max-file-size", "huge"],
            "attrib: --max-file-size: expected a size such as 20MB, 500kB or 1GB, got 'huge'",
        ),
        (
            ["index", "{article}", "--db", "{db}", "--html-content", "body"],
            "attrib: unknown --html-content 'body'; choose one of auto, main, all",
        ),
    ],
)
def test_cli_archive_usage_errors(tmp_path: Path, args: list[str], message: str) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Ruiz said it was fine.\n", encoding="utf-8")
    db = tmp_path / "db.duckdb"
    connect(db, create=True).close()
    names = {"missing": tmp_path / "missing.duckdb", "db": db, "article": article}
    result = runner.invoke(app, [a.format(**names) for a in args])
    assert result.exit_code == 2
    assert result.stderr.strip() == message.format(**names)
    assert article.read_text(encoding="utf-8") == "Ruiz said it was fine.\n"


# --- check --against ----------------------------------------------------------------------------

EARLIER = '"We will not raise taxes this year or next," Mayor Ana Ruiz said on Monday.\n'
DRAFT = (
    "Ruiz spoke to reporters.\n\n"
    '"We will never raise taxes this year or next," Ruiz said.\n\n'
    '"We will not raise taxes this year or next," she added.\n\n'
    '"We will not raise taxes this year or next," Tom Baker said.\n'
)


def test_check_against_finds_earlier_quotes_by_the_same_speaker(tmp_path: Path) -> None:
    archive = tmp_path / "archive" / "2024" / "05" / "02" / "budget.txt"
    archive.parent.mkdir(parents=True)
    archive.write_text(EARLIER, encoding="utf-8")
    db = tmp_path / "sources.duckdb"
    assert runner.invoke(app, ["index", str(tmp_path / "archive"), "--db", str(db)]).exit_code == 0
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    # The draft indexed too: its own quotes are not "earlier" versions of themselves.
    assert runner.invoke(app, ["index", str(draft), "--db", str(db)]).exit_code == 0
    args = ["check", str(draft), "--against", str(db), "--format", "json"]
    result = runner.invoke(app, [*args, "--fail-on", "warning"])
    assert result.exit_code == 1  # the differing version is a warning
    (file,) = json.loads(result.stdout)["files"]
    found = [(f["rule"], f["severity"], f["message"]) for f in file["findings"]]
    assert found == [
        (
            "earlier-quote",
            "warning",
            f'possible misquote: an earlier version differs ({archive}:1:2): "not" -> "never"',
        ),
        ("earlier-quote", "info", f"said before in these words: {archive}:1:2"),
    ]
    by_line = {s["content"]["line"]: s for s in file["statements"]}
    assert by_line[3]["earlier"][0]["status"] == "altered"
    assert by_line[3]["earlier"][0]["source"]["path"] == str(archive)
    source = by_line[5]["earlier"][0]["source"]
    assert (source["start"], source["end"], source["text"]) == (1, 42, EARLIER[1:42])
    assert by_line[7]["earlier"] == []  # Tom Baker never said it


def test_check_against_a_missing_database(tmp_path: Path) -> None:
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    missing = tmp_path / "none.duckdb"
    result = runner.invoke(app, ["check", str(draft), "--against", str(missing)])
    assert result.exit_code == 2
    assert result.stderr == f"attrib: {missing}: no such database (build it with `attrib index`)\n"


def test_publication_and_date_from_the_file(tmp_path: Path) -> None:
    story = tmp_path / "story.md"
    story.write_text(
        "---\ntitle: Budget day\npublication: Springfield Tribune\ndate: 2024-03-01\n---\n\n"
        '"We will not raise taxes," Mayor Ana Ruiz said.\n',
        encoding="utf-8",
    )
    db = tmp_path / "sources.duckdb"
    index(story, db)
    assert rows(db, "SELECT title, publication, published, format FROM articles") == [
        ("Budget day", "Springfield Tribune", dt.date(2024, 3, 1), "markdown")
    ]
