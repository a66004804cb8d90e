"""The HTML report in a real browser: Debian's Chromium driven by Playwright for Python.

Playwright is pointed at the system Chromium (``executable_path``); it never downloads a browser.
A machine without Chromium or Playwright skips these tests with the reason; under CI (``CI`` set)
that is a failure instead, because `.ci/run` installs Chromium before the tests.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from attrib.api import analyze, tool_info
from attrib.model import Report
from attrib.render import render
from tests.test_render import RULES

pytestmark = pytest.mark.browser

SAMPLE = Path(__file__).resolve().parents[1] / "samples" / "iran-talks.txt"
CHROMIUM = Path(os.environ.get("ATTRIB_CHROMIUM", "/usr/bin/chromium"))
# Headless, and nothing that reaches the network on its own (updates, sync, QUIC probes).
LAUNCH_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# An article written to attack the page; the pipeline sees it like any other text.
INJECTION = (
    "Jane Doe said \"<script>window.pwned = 1;</script> is </style><b onclick='x'>fine</b>\".\n"
    "\n"
    'Officials reportedly said the plan is <a href="javascript:window.pwned=2">sound</a>.\n'
    "\n"
    '"It\'s done," said Tom " onmouseover="window.pwned=3" Smith.\n'
)


def _missing() -> str | None:
    if importlib.util.find_spec("playwright") is None:
        return "Playwright for Python is not installed (pip install -e '.[test]')"
    if not CHROMIUM.is_file():
        return f"no Chromium at {CHROMIUM} (apt-get install chromium chromium-driver)"
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for the whole session; pages are opened per test."""
    reason = _missing()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"browser tests must run in CI, but: {reason}")
        pytest.skip(reason)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=LAUNCH_ARGS, headless=True
        )
        yield chromium
        chromium.close()


@dataclass
class Tab:
    """A page and what it complained about."""

    page: Any
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def open(self, path: Path) -> None:
        self.page.goto(path.as_uri())

    def highlighted(self) -> set[str]:
        """Ids of statements that have an element shown highlighted (not dimmed)."""
        return set(
            self.page.eval_on_selector_all(
                "mark[data-statement-id]:not(.dim)", "els => els.map(e => e.dataset.statementId)"
            )
        )


@pytest.fixture
def tab(browser: Any) -> Iterator[Tab]:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    opened = Tab(page)
    page.on("console", lambda m: opened.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda error: opened.errors.append(str(error)))

    def dismiss(dialog: Any) -> None:
        opened.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    yield opened
    page.close()
    assert opened.errors == [], "the page logged errors"


@dataclass(frozen=True)
class Written:
    html: Path
    data: dict[str, Any]


def write_report(text: str, name: str, folder: Path) -> Written:
    """Check ``text`` and write its HTML report; return it with the JSON of the same run."""
    path = folder / name
    path.write_text(text, encoding="utf-8")
    report = Report(tool_info(), (analyze(text, path=str(path)),))
    target = folder / (path.stem + ".html")
    target.write_text(render(report, "html", rules=RULES), encoding="utf-8")
    return Written(target, json.loads(render(report, "json")))


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Written:
    folder = tmp_path_factory.mktemp("report")
    return write_report(SAMPLE.read_text(encoding="utf-8"), SAMPLE.name, folder)


def statement_ids(data: dict[str, Any], speaker: str | None = None) -> set[str]:
    (file,) = data["files"]
    return {
        s["id"]
        for s in file["statements"]
        if speaker is None or (s["speaker"] or {}).get("name") == speaker
    }


def test_every_statement_of_the_json_is_highlighted(
    tab: Tab, sample: Written, tmp_path: Path
) -> None:
    tab.open(sample.html)
    ids = statement_ids(sample.data)
    assert len(tab.highlighted()) == len(ids)
    assert tab.highlighted() == ids
    shot = tmp_path / "iran-talks.png"
    tab.page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 10_000


def test_choosing_a_source_leaves_only_its_statements_highlighted(
    tab: Tab, sample: Written
) -> None:
    tab.open(sample.html)
    sabti = statement_ids(sample.data, "Beni Sabti")
    assert len(sabti) >= 5
    button = tab.page.get_by_role("button", name="Beni Sabti", exact=True)
    button.click()
    assert tab.highlighted() == sabti
    assert button.get_attribute("aria-pressed") == "true"
    # Dimmed means no colour behind the text any more, not just a class.
    other = next(iter(statement_ids(sample.data) - sabti))
    background = tab.page.eval_on_selector(
        f'mark[data-statement-id="{other}"]', "e => getComputedStyle(e).backgroundColor"
    )
    assert background == "rgba(0, 0, 0, 0)"
    button.click()
    assert tab.highlighted() == statement_ids(sample.data)


def test_enter_on_a_source_chooses_it_and_escape_shows_all(tab: Tab, sample: Written) -> None:
    tab.open(sample.html)
    tab.page.get_by_role("button", name="Beni Sabti", exact=True).focus()
    tab.page.keyboard.press("Enter")
    assert tab.highlighted() == statement_ids(sample.data, "Beni Sabti")
    tab.page.keyboard.press("Escape")
    assert tab.highlighted() == statement_ids(sample.data)


def test_rule_filter_hides_that_rules_markers_and_notes(tab: Tab, sample: Written) -> None:
    tab.open(sample.html)
    page = tab.page
    markers = page.locator('a.fm[data-rule="second-hand"]')
    others = page.locator('a.fm:not([data-rule="second-hand"])')
    assert markers.count() >= 2 and others.count() >= 1
    page.get_by_role("checkbox", name="second-hand").uncheck()
    assert all(not markers.nth(i).is_visible() for i in range(markers.count()))
    assert not page.locator('.note[data-rule="second-hand"]').first.is_visible()
    assert all(others.nth(i).is_visible() for i in range(others.count()))
    page.get_by_role("checkbox", name="second-hand").check()
    assert markers.first.is_visible()


def test_severity_filter_hides_that_severity(tab: Tab, sample: Written) -> None:
    tab.open(sample.html)
    page = tab.page
    page.get_by_role("checkbox", name="warning").uncheck()
    warnings = page.locator('a.fm[data-severity="warning"]')
    assert warnings.count() >= 1
    assert all(not warnings.nth(i).is_visible() for i in range(warnings.count()))
    assert page.locator('a.fm[data-severity="error"]').first.is_visible()


def test_n_and_p_walk_through_the_findings(tab: Tab, sample: Written) -> None:
    tab.open(sample.html)
    page = tab.page
    page.keyboard.press("n")
    first = page.evaluate("document.activeElement.id")
    page.keyboard.press("n")
    second = page.evaluate("document.activeElement.id")
    page.keyboard.press("p")
    assert first.endswith("-m1") and second.endswith("-m2")
    assert page.evaluate("document.activeElement.id") == first


def test_labels_can_be_hidden_for_reading(tab: Tab, sample: Written) -> None:
    tab.open(sample.html)
    label = tab.page.locator(".st-label").first
    assert label.is_visible()
    tab.page.get_by_role("checkbox", name="statement labels").uncheck()
    assert not label.is_visible()
    assert tab.highlighted() == statement_ids(sample.data)


def test_print_stylesheet_hides_the_controls(tab: Tab, sample: Written) -> None:
    tab.open(sample.html)
    tab.page.emulate_media(media="print")
    assert not tab.page.locator("form.filters").is_visible()
    assert tab.page.locator("mark[data-statement-id]").first.is_visible()


def test_hostile_article_shows_its_markup_as_text_and_runs_nothing(
    tab: Tab, tmp_path: Path
) -> None:
    written = write_report(INJECTION, "injection.txt", tmp_path)
    tab.open(written.html)
    page = tab.page
    # Hover and click everything the article put on the page: nothing it wrote may react.
    for element in page.locator("main mark, main a.fm, main td").all():
        element.hover()
    for element in page.locator("main mark").all():
        element.click()
    body = page.inner_text("main")
    assert "<script>window.pwned = 1;</script>" in body
    assert "</style>" in body and 'href="javascript:window.pwned=2"' in body
    assert page.evaluate("typeof window.pwned") == "undefined"
    assert page.locator("script").count() == 1
    assert page.locator("main b, main [onclick], main [onmouseover]").count() == 0
    assert page.locator('a[href^="javascript:"]').count() == 0
    assert tab.dialogs == []
    tab.page.screenshot(path=str(tmp_path / "injection.png"), full_page=True)


def test_several_files_have_an_index_and_their_own_legends(tab: Tab, tmp_path: Path) -> None:
    texts = {
        "one.txt": '"We will win," said Maria Lopez, the mayor. Critics said she is wrong.\n',
        "two.txt": '"Prices will fall," said John Park, an economist.\n',
    }
    files = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        files.append(analyze(text, path=str(tmp_path / name)))
    page_path = tmp_path / "both.html"
    page_path.write_text(render(Report(tool_info(), tuple(files)), "html"), encoding="utf-8")
    tab.open(page_path)
    page = tab.page
    assert page.locator("nav.index a").count() == 2
    first = {s.id for s in files[0].statements}
    assert len(first) >= 2
    page.locator("#f2").get_by_role("button", name="John Park", exact=True).click()
    # Choosing a source in one file leaves the other file's highlights alone.
    highlighted = page.eval_on_selector_all(
        "#f1 mark[data-statement-id]:not(.dim)", "els => els.map(e => e.dataset.statementId)"
    )
    assert set(highlighted) == first
    assert page.locator("#f2 mark.dim").count() == 0
    page.locator("nav.index a").nth(1).click()
    assert page.evaluate("location.hash") == "#f2"
