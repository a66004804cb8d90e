"""Article-body extraction on the Article Extraction Benchmark: attrib's HTML reader against the
extractor it uses (trafilatura) called directly, in the same run.

Usage::

    python benchmarks/html_extraction.py DIR [--compare] [--no-parse] [--show N]

DIR holds ``html/KEY.html.gz`` and ``ground-truth.json`` (``{KEY: {"articleBody": ...}}``), read
from where they lie and never copied. The metric is the benchmark's own: per page, the true and
the extracted text are split into ``\\w+`` tokens and 4-token shingles; matched (the smaller of
the two counts), extra and missing shingles are normalised to sum to 1; precision and recall are
the means over pages of tp/(tp+fp) and tp/(tp+fn) (both texts empty counts 1; a page with
nothing to score is left out of that mean); F1 = 2PR/(P+R).

Reported per system: F1, precision, recall, and the median time per page (process CPU time,
which other work on a shared machine disturbs far less than wall time; wall time beside it).
attrib's reading is ``read_bytes`` on the page's bytes: charset, markup scan, extraction,
alignment, blanking and metadata. ``--compare`` adds readability-lxml (if installed) and other
trafilatura settings. Unless ``--no-parse``, the spaCy parse of attrib's text for each page (as
``attrib check`` parses it) is timed too, to set the reading cost beside the parse cost.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

_WORD = re.compile(r"\w+")
Scores = tuple[float | None, float | None]


def shingles(text: str, size: int = 4) -> Counter[tuple[str, ...]]:
    tokens = _WORD.findall(text)
    return Counter(tuple(tokens[i : i + size]) for i in range(len(tokens) - size + 1))


def page_scores(truth: str, extracted: str) -> Scores:
    """(precision, recall) of one page; None where there is nothing to score."""
    gold, found = shingles(truth), shingles(extracted)
    tp = sum(min(count, found[key]) for key, count in gold.items())
    fp = sum(found.values()) - tp
    fn = sum(gold.values()) - tp
    if tp + fp + fn == 0:
        return 1.0, 1.0
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    return precision, recall


def summary(scores: list[Scores]) -> tuple[float, float, float]:
    """(F1, precision, recall) over pages."""
    precisions = [p for p, _ in scores if p is not None]
    recalls = [r for _, r in scores if r is not None]
    precision = sum(precisions) / len(precisions) if precisions else 0.0
    recall = sum(recalls) / len(recalls) if recalls else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, precision, recall


def systems(compare: bool) -> dict[str, Callable[[bytes], str]]:
    import trafilatura

    from attrib.reading import read_bytes
    from attrib.reading.html_main import main_text

    def attrib_reader(data: bytes) -> str:
        return read_bytes(data, "page.html", "page.html").text

    def trafilatura_as_used(data: bytes) -> str:
        from attrib.reading.charset import decode_page

        return main_text(decode_page(data)[0]) or ""

    chosen: dict[str, Callable[[bytes], str]] = {
        "attrib": attrib_reader,
        "trafilatura (as attrib calls it)": trafilatura_as_used,
    }
    if compare:
        chosen["trafilatura (defaults)"] = lambda data: trafilatura.extract(data) or ""
        chosen["trafilatura (no comments)"] = lambda data: (
            trafilatura.extract(data, include_comments=False) or ""
        )
        chosen["trafilatura (no comments, fast)"] = lambda data: (
            trafilatura.extract(data, include_comments=False, fast=True) or ""
        )
        try:
            import lxml.html
            from readability import Document as Readable
        except ImportError:
            print("readability-lxml is not installed: left out", file=sys.stderr)
        else:

            def readability(data: bytes) -> str:
                root = lxml.html.fromstring(Readable(data).summary(html_partial=True))
                for element in root.iter("p", "div", "br", "li", "h2", "h3", "h4", "tr"):
                    element.tail = "\n" + (element.tail or "")
                return str(root.text_content())

            chosen["readability-lxml"] = readability
    return chosen


def parse_seconds(texts: list[str]) -> list[float]:
    """CPU seconds of the spaCy parse of each text, in attrib's pieces (as `attrib check`)."""
    from attrib.nlp import chunk_bounds, load

    nlp = load()
    seconds = []
    for text in texts:
        start = time.process_time()
        for _ in nlp.pipe(text[a:b] for a, b in chunk_bounds(text)):
            pass
        seconds.append(time.process_time() - start)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("--compare", action="store_true", help="also other extractors/settings")
    parser.add_argument("--no-parse", action="store_true", help="skip timing the spaCy parse")
    parser.add_argument("--show", type=int, default=8, help="worst pages to list for attrib")
    args = parser.parse_args()
    truth = json.loads((args.folder / "ground-truth.json").read_text(encoding="utf-8"))
    keys = sorted(truth)
    pages = {
        key: gzip.decompress((args.folder / "html" / f"{key}.html.gz").read_bytes()) for key in keys
    }
    runs = systems(args.compare)
    scores: dict[str, list[Scores]] = {name: [] for name in runs}
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    wall: dict[str, list[float]] = {name: [] for name in runs}
    attrib_texts = []
    for key in keys:
        for name, run in runs.items():
            started, started_cpu = time.perf_counter(), time.process_time()
            text = run(pages[key])
            cpu[name].append(time.process_time() - started_cpu)
            wall[name].append(time.perf_counter() - started)
            scores[name].append(page_scores(truth[key]["articleBody"], text))
            if name == "attrib":
                attrib_texts.append(text)
    print(f"{len(keys)} pages in {args.folder}")
    print(f"{'system':34} {'F1':>6} {'P':>6} {'R':>6}  {'CPU ms/page':>11} {'wall ms/page':>12}")
    for name in runs:
        f1, precision, recall = summary(scores[name])
        cpu_ms = statistics.median(cpu[name]) * 1000
        wall_ms = statistics.median(wall[name]) * 1000
        print(f"{name:34} {f1:6.3f} {precision:6.3f} {recall:6.3f}  {cpu_ms:11.1f} {wall_ms:12.1f}")
    if not args.no_parse:
        parse = parse_seconds(attrib_texts)
        print(
            f"spaCy parse of attrib's text: median {statistics.median(parse) * 1000:.0f} ms CPU per"
            f" page; reading is {statistics.median(cpu['attrib']) / statistics.median(parse):.2f}"
            " of it (medians)"
        )
    worst = sorted(
        zip(keys, scores["attrib"], strict=True), key=lambda item: min(v or 1.0 for v in item[1])
    )
    for key, (precision, recall) in worst[: args.show]:
        print(
            f"  {key[:12]}  P {precision if precision is not None else float('nan'):.3f}"
            f"  R {recall if recall is not None else float('nan'):.3f}"
        )


if __name__ == "__main__":
    main()
