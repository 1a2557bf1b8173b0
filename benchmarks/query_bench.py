"""How fast each saved query answers at size, against a full-scan COUNT of the same store.

Builds (or reuses) an on-disk store of generated articles (``kg.newsgen``),
then times, through the ``kg query`` command as a user runs it, a full-scan
``COUNT`` of every triple of the store's default graph and each saved query —
with no parameter, and with a country bound where the query takes one — and
prints each query's time as a multiple of the COUNT's. The runs take turns
(COUNT, query, COUNT, query …) and each figure is the median of ``--runs``, so
that the load of a shared machine moves both sides alike.

    .venv/bin/python benchmarks/query_bench.py                       # 5,000 articles, seed 3
    .venv/bin/python benchmarks/query_bench.py --store /tmp/s5k      # reuse (or build there) a store
    .venv/bin/python benchmarks/query_bench.py --articles 500 --runs 1
    .venv/bin/python benchmarks/query_bench.py --store /tmp/s5k --limit 0   # print every row

``kg query`` prints a table of the first 1,000 rows unless ``--limit`` says
otherwise; the result column says ``of more`` when a table was cut. A query
that runs past ``--timeout`` seconds is stopped and marked ``>TIMEOUT``.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

COUNT = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }"


def kg(*args: str, timeout: float) -> tuple[float, str]:
    """Run ``kg`` with ``args``: (seconds, last line of its output, and ``of more`` when
    the table was cut), or (inf, why) when it failed or ran too long."""
    command = [sys.executable, "-m", "kg.cli", *args]
    start = time.perf_counter()
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return float("inf"), f">{timeout:.0f} s"
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        return float("inf"), f"exit {done.returncode}: {done.stderr.strip()[-200:]}"
    lines = done.stdout.strip().splitlines()
    cut = " of more" if "rows of more" in done.stderr else ""
    return seconds, (lines[-1] if lines else "") + cut


def build_store(folder: Path, articles: int, seed: int) -> None:
    """Generate the articles and build them into a store folder with ``kg build --store``."""
    with tempfile.TemporaryDirectory(prefix="kg-query-bench-") as scratch:
        news = Path(scratch, "news.jsonl")
        subprocess.run(
            [sys.executable, "-m", "kg.newsgen", str(articles), str(news), str(seed)],
            check=True,
        )
        start = time.perf_counter()
        subprocess.run(
            [
                sys.executable,
                "-m",
                "kg.cli",
                "build",
                str(news),
                "--store",
                str(folder),
                "--jobs",
                "0",
                "--quiet",
            ],
            check=True,
        )
        print(
            f"built the store of {articles:,} articles in {time.perf_counter() - start:.0f} s"
        )


def busiest_country(store: Path) -> str:
    """The label of the country most events name: the binding that gives the most rows."""
    sparql = (
        "SELECT ?label (COUNT(*) AS ?n) WHERE { ?event ?role ?country . ?country a kg:Country ; "
        "rdfs:label ?label } GROUP BY ?label ORDER BY DESC(?n) LIMIT 1"
    )
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg.cli",
            "query",
            str(store),
            sparql,
            "--format",
            "csv",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.splitlines()[1].split(",")[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--articles",
        type=int,
        default=5000,
        help="generated articles in the store (default: 5,000)",
    )
    parser.add_argument(
        "--seed",
        type=int,
        default=3,
        help="seed of the generated articles (default: 3)",
    )
    parser.add_argument(
        "--store",
        type=Path,
        default=None,
        help="the store folder: reused if it holds a store, else built there (default: a temporary one)",
    )
    parser.add_argument(
        "--country",
        default=None,
        help="the country to bind (default: the one most events name)",
    )
    parser.add_argument(
        "--runs",
        type=int,
        default=3,
        help="runs of each query, taking turns with COUNT (default: 3)",
    )
    parser.add_argument(
        "--limit",
        default=None,
        help="passed to kg query --limit (default: kg query's own, a table of 1,000 rows; 0: every row)",
    )
    parser.add_argument(
        "--timeout",
        type=float,
        default=300.0,
        help="seconds before a run is stopped (default: 300)",
    )
    args = parser.parse_args(argv)

    from kg.query import list_queries

    with tempfile.TemporaryDirectory(prefix="kg-query-bench-") as scratch:
        store = args.store or Path(scratch, "store")
        if not (store / "CURRENT").is_file():
            build_store(store, args.articles, args.seed)
        country = args.country or busiest_country(store)
        print(
            f"python {platform.python_version()}, {os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}; "
            f"store {store}; country {country!r}; median of {args.runs} runs, taking turns with COUNT; "
            f"kg query --limit {args.limit if args.limit is not None else '(default)'}"
        )
        print(
            f"\n{'query':<17} {'parameter':<22} {'COUNT s':>8} {'query s':>8} {'ratio':>6}  result"
        )
        worst = 0.0
        for saved in list_queries():
            takes = {p.name: p for p in saved.parameters}
            runs: list[list[str]] = []
            if not any(p.required for p in saved.parameters):
                runs.append([])
            bind = next(
                (name for name in ("country", "entity", "s") if name in takes), None
            )
            if bind is not None:
                runs.append(["--param", f"{bind}={country}"])
            limit = [] if args.limit is None else ["--limit", str(args.limit)]
            for extra in runs:
                counts, times, last = [], [], ""
                for _ in range(args.runs):
                    counts.append(
                        kg("query", str(store), COUNT, timeout=args.timeout)[0]
                    )
                    seconds, last = kg(
                        "query",
                        str(store),
                        saved.name,
                        *extra,
                        *limit,
                        timeout=args.timeout,
                    )
                    times.append(seconds)
                count, took = statistics.median(counts), statistics.median(times)
                ratio = took / count
                worst = max(worst, ratio)
                label = extra[1] if extra else "-"
                shown = f"{took:8.2f}" if took != float("inf") else f"{'TIMEOUT':>8}"
                print(
                    f"{saved.name:<17} {label:<22} {count:8.2f} {shown} {ratio:6.1f}  {last}",
                    flush=True,
                )
        print(
            f"\nworst ratio {worst:.1f}; load average {os.getloadavg()[0]:.1f} at the end"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
