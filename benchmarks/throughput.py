"""Throughput of ``kg build`` against the spaCy parse it stands on, and its memory over time.

Run from the repository root:

    .venv/bin/python benchmarks/throughput.py [--docs 2000] [--jobs 1 2] [--profile]
    .venv/bin/python benchmarks/throughput.py --memory 100000 [--jobs 2] [--every 30] [--into nq|store]

The corpus is the development texts (``../shared/eval/dev.jsonl``, when
present) plus ``--docs`` articles from :mod:`kg.newsgen`. On that one corpus
and one loaded pipeline it times:

1. bare ``nlp.pipe`` over the texts (the floor of our cost);
2. the build in one process, as ``kg build --format nq`` does it (parse,
   extraction, RDF, N-Quads written per document), with the time of each stage;
   1 and 2 take turns ``--rounds`` times and the median round is reported, so
   that a slow spell of a shared machine does not fall on one side only;
3. the same with ``--jobs N`` worker processes, for each N given;
4. the in-memory path of ``kg build`` (default Turtle): linking the whole
   graph and serialising it at the end.

Words are whitespace-separated tokens of the texts. Both wall-clock and CPU
seconds of this process are printed: on a machine shared with other work the
CPU figures say more about our own overhead. ``--memory N`` instead runs
``kg build --format nq`` (or ``--store``, with ``--into store``) on N generated
articles, as a user would, and prints the resident memory of it and its
workers every ``--every`` seconds, next to its own progress line (documents
done, rate, ETA).
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import fcntl
import io
import os
import pstats
import pty
import re
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

import kg.build
import kg.stage
from kg.build import GraphBuilder, NQuadsWriter
from kg.newsgen import generate_documents, write_jsonl
from kg.nlp import load_pipeline
from kg.read import Document, read_inputs
from kg.stage import settle

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


def corpus(count: int, dev: Path) -> list[Document]:
    documents = (
        [d for d in read_inputs([dev]) if isinstance(d, Document)]
        if dev.exists()
        else []
    )
    return documents + list(generate_documents(count))


def words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)


class Clock:
    """Wall-clock and CPU seconds of a block."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu, self.children = (
            time.perf_counter(),
            time.process_time(),
            _children_cpu(),
        )
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = (
            time.perf_counter() - self.wall,
            time.process_time() - self.cpu,
        )
        self.children = (
            _children_cpu() - self.children
        )  # worker processes, counted once they have exited


def _children_cpu() -> float:
    times = os.times()
    return times.children_user + times.children_system


class StageTimer:
    """Adds up the time spent in the functions of kg.build that it wraps."""

    def __init__(self) -> None:
        self.seconds: dict[str, float] = {}

    def wrap(self, name: str, function: Callable[..., Any]) -> Callable[..., Any]:
        self.seconds[name] = 0.0

        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                self.seconds[name] += time.perf_counter() - start

        return timed


def bare_pipe(nlp: Any, documents: list[Document], batch_size: int) -> Clock:
    with Clock() as clock:
        for _ in nlp.pipe((d.text for d in documents), batch_size=batch_size):
            pass
    return clock


def streamed_build(
    nlp: Any,
    documents: list[Document],
    jobs: int,
    batch_size: int,
    stages: StageTimer | None = None,
) -> tuple[Clock, int]:
    """Build to N-Quads in /dev/null-like memory sink, as kg build --format nq does."""
    builder = GraphBuilder(nlp=nlp, jobs=jobs, batch_size=batch_size, keep=False)
    out = open(os.devnull, "wb")  # noqa: SIM115 - closed below
    writer = NQuadsWriter(out, builder.minter)
    write = (
        stages.wrap("serialisation (N-Quads)", writer.write) if stages else writer.write
    )
    failed = 0
    with Clock() as clock:
        for result in builder.add_documents(documents):
            if result.ok:
                write(result.document, result.triples)
            else:
                failed += 1
    out.close()
    return clock, failed


def in_memory_build(
    nlp: Any, documents: list[Document], batch_size: int
) -> dict[str, float]:
    builder = GraphBuilder(nlp=nlp, batch_size=batch_size)
    times = {}
    with Clock() as clock:
        for _ in builder.add_documents(documents):
            pass
    times["build"] = clock.wall
    with Clock() as clock:
        graph = builder.graph  # union of the document graphs, linked
    times["union + link"] = clock.wall
    with Clock() as clock:
        graph.serialize(format="turtle", encoding="utf-8")
    times["turtle"] = clock.wall
    times["triples"] = len(graph)
    return times


def throughput(args: argparse.Namespace) -> None:
    nlp = load_pipeline(args.model)
    settle()  # as kg build does once the model is loaded; for the bare pipe too
    documents = corpus(args.docs, args.dev)
    n_words = words(documents)
    dev_count = sum(1 for d in documents if not d.id.startswith("gen-"))
    print(
        f"corpus: {len(documents)} documents ({dev_count} development texts, {len(documents) - dev_count} generated), "
        f"{n_words:,} words; model {nlp.meta.get('name')} {nlp.meta.get('version')}; "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}"
    )
    list(nlp.pipe(d.text for d in documents[:20]))  # warm up

    # Bare parse and build take turns, so that a slow spell of a shared machine falls on both.
    rounds = []
    for n in range(1, args.rounds + 1):
        bare = bare_pipe(nlp, documents, args.batch_size)
        stages = StageTimer()
        real_extract, real_triples = kg.stage.extract, kg.build.document_triples
        kg.stage.extract = stages.wrap("extraction", real_extract)  # type: ignore[assignment]
        kg.build.document_triples = stages.wrap("RDF", real_triples)  # type: ignore[assignment]
        profiler = cProfile.Profile() if args.profile and n == 1 else None
        try:
            if profiler:
                profiler.enable()
            one, failed = streamed_build(nlp, documents, 1, args.batch_size, stages)
            if profiler:
                profiler.disable()
                text = io.StringIO()
                pstats.Stats(profiler, stream=text).sort_stats("tottime").print_stats(
                    r"kg/|rdflib", 25
                )
                profile = text.getvalue().split("\n", 6)[-1]
        finally:
            kg.stage.extract = real_extract  # type: ignore[assignment]
            kg.build.document_triples = real_triples  # type: ignore[assignment]
        rounds.append((bare.wall / one.wall, bare, one, stages))
        print(
            f"round {n}: bare nlp.pipe {n_words / bare.wall:7,.0f} words/s ({bare.wall:.1f} s) | kg build, 1 process "
            f"{n_words / one.wall:7,.0f} words/s ({one.wall:.1f} s, {failed} failed) | ratio {bare.wall / one.wall:.3f} "
            f"wall, {bare.cpu / one.cpu:.3f} CPU",
            flush=True,
        )
    ratio, bare, one, stages = sorted(rounds, key=lambda r: r[0])[
        (len(rounds) - 1) // 2
    ]  # the lower median
    print(
        f"bare nlp.pipe:        {n_words / bare.wall:8,.0f} words/s wall  {n_words / bare.cpu:8,.0f} words/s CPU "
        f"({bare.wall:.1f} s)   (median round)"
    )
    print(
        f"kg build, 1 process:  {n_words / one.wall:8,.0f} words/s wall  {n_words / one.cpu:8,.0f} words/s CPU "
        f"({one.wall:.1f} s)"
    )
    print(
        f"ratio build / bare:   {ratio:8.3f} wall  {bare.cpu / one.cpu:8.3f} CPU   (target >= 0.90; "
        f"rounds: {', '.join(f'{r[0]:.3f}' for r in rounds)})"
    )
    parse = one.wall - sum(stages.seconds.values())
    print("stages, 1 process (wall seconds, share):")
    for name, seconds in [
        ("parse (nlp.pipe and our loop)", parse),
        *stages.seconds.items(),
    ]:
        print(f"  {name:32s} {seconds:8.2f} s  {seconds / one.wall:6.1%}")

    for jobs in args.jobs:
        if jobs == 1:
            continue
        many, failed = streamed_build(nlp, documents, jobs, args.batch_size)
        print(
            f"kg build, {jobs} processes: {n_words / many.wall:8,.0f} words/s wall "
            f"({many.wall:.1f} s, {failed} failed); speed-up over 1 process {one.wall / many.wall:.2f}x "
            f"(load average now {os.getloadavg()[0]:.1f}); CPU seconds: main {many.cpu:.1f} + workers "
            f"{many.children:.1f} = {many.cpu + many.children:.1f}, against {one.cpu:.1f} in 1 process"
        )

    if args.in_memory:
        times = in_memory_build(nlp, documents, args.batch_size)
        print(
            f"in-memory build (kg build default): build {times['build']:.1f} s, union + link "
            f"{times['union + link']:.1f} s, Turtle {times['turtle']:.1f} s for {times['triples']:,.0f} triples; "
            f"ratio to bare {bare.wall / (times['build'] + times['union + link'] + times['turtle']):.3f}"
        )

    if args.profile:
        print(
            "\nprofile of the 1-process build (round 1), our code and rdflib by own time:"
        )
        print(profile)


def tree_memory(process: psutil.Process, kind: str) -> float:
    """Megabytes of ``process`` and its children: ``rss``, or ``pss`` (pages shared after fork counted once)."""

    def of(p: psutil.Process) -> int:
        return p.memory_info().rss if kind == "rss" else p.memory_full_info().pss

    total = of(process)
    for child in process.children(recursive=True):
        with contextlib.suppress(psutil.Error):
            total += of(child)
    return total / 2**20


def memory(args: argparse.Namespace) -> None:
    """Run ``kg build`` itself on N generated articles, streamed to N-Quads or a store, and watch its memory."""
    jobs = max(args.jobs)
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "news.jsonl"
        write_jsonl(corpus, args.memory)
        out = Path(folder) / "out"
        kg = Path(sys.executable).with_name(
            "kg"
        )  # the console script installed next to this Python
        target = (
            ["--store", str(out)]
            if args.into == "store"
            else ["--out", str(out), "--format", "nq", "--no-html"]
        )
        command = [str(kg), "build", str(corpus), *target, "--jobs", str(jobs)]
        print(
            f"{' '.join(['kg', *command[1:]])}  ({args.memory:,} generated articles, "
            f"{corpus.stat().st_size / 2**20:,.0f} MB); every {args.every:g} s: RSS and PSS "
            "(shared pages counted once) of kg build and its workers"
        )
        print(
            f"{'seconds':>8} {'documents':>10} {'RSS MB':>8} {'PSS MB':>8} {'output MB':>10}  progress line of kg build"
        )
        terminal = (
            Terminal()
        )  # kg build draws its progress bar on a terminal, as for a user
        start = time.perf_counter()
        process = subprocess.Popen(
            command, stdout=subprocess.DEVNULL, stderr=terminal.end
        )
        terminal.start()
        watched = psutil.Process(process.pid)
        peak = 0.0
        while process.poll() is None:
            time.sleep(args.every)
            if process.poll() is not None:
                break
            try:
                now, shared = tree_memory(watched, "rss"), tree_memory(watched, "pss")
            except psutil.Error:  # it has just ended
                break
            peak = max(peak, now)
            line = re.sub(
                r"\|[^|]*\|", "|", terminal.last_line()
            )  # without the bar itself
            done = re.match(r".*?(\d+)/\d+", line)
            size = (
                sum(f.stat().st_size for f in out.rglob("*") if f.is_file()) / 2**20
                if out.exists()
                else 0.0
            )
            print(
                f"{time.perf_counter() - start:>8.0f} {done.group(1) if done else '-':>10} {now:>8.0f} {shared:>8.0f} "
                f"{size:>10.0f}  {line}",
                flush=True,
            )
        process.wait()
        print(
            f"exit status {process.returncode} after {time.perf_counter() - start:.0f} s; peak RSS {peak:.0f} MB "
            f"(after {args.memory:,} documents)"
        )
        print(terminal.last_line())


class Terminal:
    """A pseudo-terminal for a child's standard error, read as it writes; keeps what it wrote last."""

    def __init__(self) -> None:
        self._reader, self.end = pty.openpty()
        fcntl.ioctl(
            self.end, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 160, 0, 0)
        )  # 160 columns
        self._text = ""

    def start(self) -> None:
        os.close(self.end)  # the child holds it now
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self._reader, 4096)
            except OSError:  # the child closed its end
                return
            if not chunk:
                return
            self._text = (self._text + chunk.decode("utf-8", "replace"))[-8192:]

    def last_line(self) -> str:
        lines = [
            line.strip() for line in re.split(r"[\r\n]+", self._text) if line.strip()
        ]
        return re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", lines[-1]) if lines else ""


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument(
        "--docs",
        type=int,
        default=2000,
        help="generated articles added to the corpus (default: 2000)",
    )
    p.add_argument(
        "--dev",
        type=Path,
        default=DEV,
        help=f"development texts (default: {DEV}, used when present)",
    )
    p.add_argument(
        "--jobs",
        type=int,
        nargs="+",
        default=[1, 2],
        help="process counts to time (default: 1 2)",
    )
    p.add_argument(
        "--rounds",
        type=int,
        default=3,
        help="bare parse and 1-process build take turns this many times; the median round is shown (default: 3)",
    )
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--model", default=None)
    p.add_argument(
        "--profile", action="store_true", help="print a cProfile of the 1-process build"
    )
    p.add_argument(
        "--no-in-memory",
        dest="in_memory",
        action="store_false",
        help="skip timing the in-memory (Turtle) build",
    )
    p.add_argument(
        "--memory",
        type=int,
        default=0,
        metavar="N",
        help="instead: run kg build --format nq on N generated articles and print its resident memory",
    )
    p.add_argument(
        "--every",
        type=float,
        default=30.0,
        help="seconds between memory samples (default: 30)",
    )
    p.add_argument(
        "--into",
        choices=["nq", "store"],
        default="nq",
        help="with --memory: write an N-Quads file (default) or an on-disk Oxigraph store",
    )
    args = p.parse_args()
    if args.memory:
        memory(args)
    else:
        throughput(args)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
