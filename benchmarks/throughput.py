"""Throughput of ``kg build`` against the spaCy parse it stands on, and its memory over time.

Run from the repository root:

    .venv/bin/python benchmarks/throughput.py [--docs 2000] [--jobs 1 2] [--profile]
    .venv/bin/python benchmarks/throughput.py --memory 10000 [--jobs 2]

The corpus is the development texts (``../shared/eval/dev.jsonl``, when
present) plus ``--docs`` articles from :mod:`kg.newsgen`. On that one corpus
and one loaded pipeline it times:

1. bare ``nlp.pipe`` over the texts (the floor of our cost);
2. the build in one process, as ``kg build --format nq`` does it (parse,
   extraction, RDF, N-Quads written per document), with the time of each stage;
3. the same with ``--jobs N`` worker processes, for each N given;
4. the in-memory path of ``kg build`` (default Turtle): linking the whole
   graph and serialising it at the end.

Words are whitespace-separated tokens of the texts. Both wall-clock and CPU
seconds of this process are printed: on a machine shared with other work the
CPU figures say more about our own overhead. ``--memory N`` instead streams N
generated articles to an N-Quads file in bounded memory and prints the resident
memory (this process and its workers) every so often, with the rate.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import psutil

import kg.build
from kg.build import GraphBuilder, NQuadsWriter, settle
from kg.newsgen import generate_documents
from kg.nlp import load_pipeline
from kg.read import Document, read_inputs

DEV = Path(__file__).resolve().parents[2] / "shared" / "eval" / "dev.jsonl"


def corpus(count: int, dev: Path) -> list[Document]:
    documents = [d for d in read_inputs([dev]) if isinstance(d, Document)] if dev.exists() else []
    return documents + list(generate_documents(count))


def words(documents: list[Document]) -> int:
    return sum(len(d.text.split()) for d in documents)


class Clock:
    """Wall-clock and CPU seconds of a block."""

    def __enter__(self) -> Clock:
        self.wall, self.cpu, self.children = time.perf_counter(), time.process_time(), _children_cpu()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall, self.cpu = time.perf_counter() - self.wall, time.process_time() - self.cpu
        self.children = _children_cpu() - self.children  # worker processes, counted once they have exited


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


def streamed_build(nlp: Any, documents: list[Document], jobs: int, batch_size: int,
                   stages: StageTimer | None = None) -> tuple[Clock, int]:
    """Build to N-Quads in /dev/null-like memory sink, as kg build --format nq does."""
    builder = GraphBuilder(nlp=nlp, jobs=jobs, batch_size=batch_size, keep=False)
    out = open(os.devnull, "wb")  # noqa: SIM115 - closed below
    writer = NQuadsWriter(out, builder.minter)
    write = stages.wrap("serialisation (N-Quads)", writer.write) if stages else writer.write
    failed = 0
    with Clock() as clock:
        for result in builder.add_documents(documents):
            if result.ok:
                write(result.document, result.triples)
            else:
                failed += 1
    out.close()
    return clock, failed


def in_memory_build(nlp: Any, documents: list[Document], batch_size: int) -> dict[str, float]:
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
    print(f"corpus: {len(documents)} documents ({dev_count} development texts, {len(documents) - dev_count} generated), "
          f"{n_words:,} words; model {nlp.meta.get('name')} {nlp.meta.get('version')}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    list(nlp.pipe(d.text for d in documents[:20]))  # warm up

    bare = bare_pipe(nlp, documents, args.batch_size)
    print(f"bare nlp.pipe:        {n_words / bare.wall:8,.0f} words/s wall  {n_words / bare.cpu:8,.0f} words/s CPU "
          f"({bare.wall:.1f} s)")

    stages = StageTimer()
    real_extract, real_graph = kg.build.extract, kg.build.document_triples
    kg.build.extract = stages.wrap("extraction", real_extract)  # type: ignore[assignment]
    kg.build.document_triples = stages.wrap("RDF", real_graph)  # type: ignore[assignment]
    profiler = cProfile.Profile() if args.profile else None
    try:
        if profiler:
            profiler.enable()
        one, failed = streamed_build(nlp, documents, 1, args.batch_size, stages)
        if profiler:
            profiler.disable()
    finally:
        kg.build.extract, kg.build.document_triples = real_extract, real_graph  # type: ignore[assignment]
    print(f"kg build, 1 process:  {n_words / one.wall:8,.0f} words/s wall  {n_words / one.cpu:8,.0f} words/s CPU "
          f"({one.wall:.1f} s, {failed} failed)")
    print(f"ratio build / bare:   {bare.wall / one.wall:8.3f} wall  {bare.cpu / one.cpu:8.3f} CPU   (target >= 0.90)")
    parse = one.wall - sum(stages.seconds.values())
    print("stages, 1 process (wall seconds, share):")
    for name, seconds in [("parse (nlp.pipe and our loop)", parse), *stages.seconds.items()]:
        print(f"  {name:32s} {seconds:8.2f} s  {seconds / one.wall:6.1%}")

    for jobs in args.jobs:
        if jobs == 1:
            continue
        many, failed = streamed_build(nlp, documents, jobs, args.batch_size)
        print(f"kg build, {jobs} processes: {n_words / many.wall:8,.0f} words/s wall "
              f"({many.wall:.1f} s, {failed} failed); speed-up over 1 process {one.wall / many.wall:.2f}x "
              f"(load average now {os.getloadavg()[0]:.1f}); CPU seconds: main {many.cpu:.1f} + workers "
              f"{many.children:.1f} = {many.cpu + many.children:.1f}, against {one.cpu:.1f} in 1 process")

    if args.in_memory:
        times = in_memory_build(nlp, documents, args.batch_size)
        print(f"in-memory build (kg build default): build {times['build']:.1f} s, union + link "
              f"{times['union + link']:.1f} s, Turtle {times['turtle']:.1f} s for {times['triples']:,.0f} triples; "
              f"ratio to bare {bare.wall / (times['build'] + times['union + link'] + times['turtle']):.3f}")

    if profiler:
        text = io.StringIO()
        stats = pstats.Stats(profiler, stream=text).sort_stats("tottime")
        stats.print_stats(r"kg/|rdflib", 25)
        print("\nprofile of the 1-process build, our code and rdflib by own time:")
        print(text.getvalue().split("\n", 6)[-1])


def rss(process: psutil.Process) -> float:
    total = process.memory_info().rss
    for child in process.children(recursive=True):
        try:
            total += child.memory_info().rss
        except psutil.Error:
            pass
    return total / 2**20


def memory(args: argparse.Namespace) -> None:
    nlp = load_pipeline(args.model)
    settle()
    me = psutil.Process()
    jobs = max(args.jobs)
    builder = GraphBuilder(nlp=nlp, jobs=jobs, batch_size=args.batch_size, keep=False)
    every = max(1, args.memory // 20)
    print(f"streaming {args.memory:,} generated documents to N-Quads with {jobs} process(es); "
          f"RSS = this process + workers")
    print(f"{'documents':>10} {'RSS MB':>8} {'docs/s':>8} {'entities':>9} {'file MB':>8}")
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "graph.nq"
        with target.open("wb") as out:
            writer = NQuadsWriter(out, builder.minter)
            start = time.perf_counter()
            done = 0
            for result in builder.add_documents(documents_lazily(args.memory)):
                if result.ok:
                    writer.write(result.document, result.triples)
                done += 1
                if done % every == 0 or done == args.memory:
                    out.flush()
                    rate = done / (time.perf_counter() - start)
                    print(f"{done:>10,} {rss(me):>8.0f} {rate:>8.1f} {len(builder.labels):>9,} "
                          f"{target.stat().st_size / 2**20:>8.1f}", flush=True)


def documents_lazily(count: int) -> Iterator[Document]:
    yield from generate_documents(count)


def main() -> None:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--docs", type=int, default=2000, help="generated articles added to the corpus (default: 2000)")
    p.add_argument("--dev", type=Path, default=DEV, help=f"development texts (default: {DEV}, used when present)")
    p.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="process counts to time (default: 1 2)")
    p.add_argument("--batch-size", type=int, default=32)
    p.add_argument("--model", default=None)
    p.add_argument("--profile", action="store_true", help="print a cProfile of the 1-process build")
    p.add_argument("--no-in-memory", dest="in_memory", action="store_false",
                   help="skip timing the in-memory (Turtle) build")
    p.add_argument("--memory", type=int, default=0, metavar="N",
                   help="instead: stream N generated documents and print resident memory as it goes")
    args = p.parse_args()
    if args.memory:
        memory(args)
    else:
        throughput(args)
    sys.stdout.flush()


if __name__ == "__main__":
    main()
