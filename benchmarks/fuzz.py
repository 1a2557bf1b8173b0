"""Fuzz the pipeline: build many generated hostile documents and check every result.

Each document mixes invented news sentences, templates filled with names
(some wrapped in hostile fragments), control characters, direction marks,
emoji, markup, quotes, backslashes, random code points from every plane and,
now and then, a run of up to 100,000 characters without a space. Ids, titles
and sources are hostile too. Documents go through ``kg.GraphBuilder`` in
batches, with a fresh builder per batch, and each is checked:

- no exception escapes, and no document comes back with an error;
- its graph's Turtle is accepted by pyoxigraph's strict parser, with no triple lost;
- every IRI is a valid RFC 3987 IRI (pyoxigraph's parser) and plain ASCII;
- every name of a person, place, country or organization is in the text as written;

and per batch: the TriG of the batch's dataset parses, its streamed N-Quads
(as ``kg build --format nq`` writes them) parse to the same quads, and the HTML
page of the batch's graph passes the static no-injected-code check of
tests/hostile.py.

    nice .venv/bin/python benchmarks/fuzz.py --documents 10000

prints the counts: documents, failures by kind, time. Exit status 1 if any failed.
The same ``--seed`` gives the same documents.
"""

from __future__ import annotations

import argparse
import io
import random
import sys
import time
from collections import Counter
from pathlib import Path

import pyoxigraph

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from hostile import (
    HOSTILE,
    hostile_document,
    iri_problems,
    label_problems,
    page_problems,
    turtle_problems,
)

from kg.build import GraphBuilder, NQuadsWriter
from kg.export import export
from kg.nlp import load_pipeline
from kg.read import Document
from kg.viz import to_html


def documents(
    rng: random.Random, first: int, count: int, long_run_rate: float
) -> list[Document]:
    docs = []
    for n in range(first, first + count):
        doc_id = (
            f"fuzz-{n}"
            if rng.random() < 0.7
            else f"{rng.choice(HOSTILE)}{n}{rng.choice(HOSTILE)}"
        )
        title = rng.choice(HOSTILE) + " headline" if rng.random() < 0.2 else None
        source = rng.choice(HOSTILE) if rng.random() < 0.1 else None
        docs.append(
            Document(
                id=doc_id,
                text=hostile_document(rng, long_run_rate=long_run_rate),
                title=title,
                source=source,
            )
        )
    return docs


def check_batch(
    nlp: object, batch: list[Document], failures: Counter[str], examples: dict[str, str]
) -> None:
    def fail(kind: str, where: str, detail: str) -> None:
        failures[kind] += 1
        examples.setdefault(kind, f"{where}: {detail}"[:300])

    builder = GraphBuilder(nlp=nlp)  # type: ignore[arg-type]
    try:
        results = list(builder.add_documents(batch))
    except Exception:
        results = []
        for document in batch:
            try:
                results.extend(builder.add_documents([document]))
            except Exception as exc:
                fail("exception", repr(document.id), f"{type(exc).__name__}: {exc}")
    texts = "\n".join(
        d.text for d in batch
    )  # a builder keeps an entity's first label across its documents
    for result in results:
        if not result.ok or result.graph is None:
            fail("document error", repr(result.document.id), str(result.error))
            continue
        for kind, check in (("turtle", turtle_problems), ("iri", iri_problems)):
            for problem in check(result.graph):
                fail(kind, repr(result.document.id), problem)
        for problem in label_problems(result.graph, texts):
            fail("label", repr(result.document.id), problem)
    if not len(builder):
        return
    trig = export(builder.dataset, format="trig").encode(
        "utf-8"
    )  # as kg build and kg export write it
    expected = None
    try:
        quads = list(pyoxigraph.parse(trig, pyoxigraph.RdfFormat.TRIG))
    except SyntaxError as exc:
        fail("trig", "batch", str(exc))
    else:
        expected = set(quads)
        if len(quads) != sum(len(r.graph) for r in results if r.graph is not None):
            fail("trig", "batch", "quads lost")
    streamed = io.BytesIO()  # as kg build --format nq writes it
    writer = NQuadsWriter(streamed, builder.minter)
    for result in results:
        if result.triples is not None:
            writer.write(result.document, result.triples)
    try:
        quads = list(
            pyoxigraph.parse(streamed.getvalue(), pyoxigraph.RdfFormat.N_QUADS)
        )
    except SyntaxError as exc:
        fail("nq", "batch", str(exc))
    else:
        if expected is not None and set(quads) != expected:
            fail("nq", "batch", "not the quads of the TriG")
    graph = builder.graph
    for problem in page_problems(to_html(graph), graph):
        fail("page", "batch", problem)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--documents", type=int, default=10_000)
    p.add_argument("--batch", type=int, default=100)
    p.add_argument("--seed", type=int, default=8)
    p.add_argument(
        "--long-run-rate",
        type=float,
        default=0.002,
        help="share of documents with a 2,000-100,000 character run without spaces (default 0.002)",
    )
    args = p.parse_args(argv)

    nlp = load_pipeline()
    rng = random.Random(args.seed)
    failures: Counter[str] = Counter()
    examples: dict[str, str] = {}
    done = chars = 0
    start = time.perf_counter()
    while done < args.documents:
        batch = documents(
            rng, done, min(args.batch, args.documents - done), args.long_run_rate
        )
        check_batch(nlp, batch, failures, examples)
        done += len(batch)
        chars += sum(len(d.text) for d in batch)
        elapsed = time.perf_counter() - start
        print(
            f"\r{done:,} documents, {sum(failures.values())} failures, {elapsed:,.0f} s",
            end="",
            file=sys.stderr,
            flush=True,
        )
    elapsed = time.perf_counter() - start
    print(file=sys.stderr)
    print(
        f"documents: {done:,} ({chars:,} characters, seed {args.seed}, batches of {args.batch})"
    )
    print(f"failures: {sum(failures.values())}")
    for kind, count in sorted(failures.items()):
        print(f"  {kind}: {count}  e.g. {examples[kind]!r}")
    print(f"time: {elapsed:,.1f} s ({done / elapsed:,.1f} documents/s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
