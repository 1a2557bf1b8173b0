"""SPARQL on a graph, a graph file, a store or an endpoint: ad hoc, from a ``.rq`` file, or saved.

``query(source, q, **bindings)`` runs ``q`` (SPARQL text, a path to a ``.rq``
file, or the name of a saved query in ``kg/queries``) and returns a
:class:`QueryResult`. One engine answers every query, Oxigraph: an rdflib graph
or a graph file is copied into an in-memory Oxigraph store (``kg.store.MemoryStore``),
a store folder is opened in place, an endpoint is asked over HTTP. Values are
bound with a ``VALUES`` block, never written into the query text.

>>> from rdflib import Graph
>>> graph = Graph().parse(format="turtle", data='''
...     @prefix kg: <https://w3id.org/newskg/ontology#> .
...     @prefix country: <https://w3id.org/newskg/id/country/> .
...     country:norland kg:signed <https://w3id.org/newskg/id/agreement/port-accord> .
... ''')
>>> print(query(graph, "SELECT ?who WHERE { ?who kg:signed ?what }").to_table())
who
---------------
country:norland
(1 row)
>>> query(graph, "ASK { ?who kg:signed ?what }", who="country:norland").boolean
True

A saved query starts with comment lines: the first describes it in one line,
and each parameter has a line ``# param NAME: KINDS[, required]. DOC``, where
KINDS is one kind or several joined by ``or``: ``iri``, ``string``, ``date``,
``integer``, ``decimal``, ``relation`` (a relation's name, such as ``metWith``). A string value becomes an IRI (``http(s)://…``,
``urn:…``, or ``prefix:local`` with a known prefix such as ``country:india``)
when the parameter takes ``iri`` and the value looks like one, otherwise the
first other kind that reads it. A parameter that takes ``iri or string`` names
an entity: a name is first looked up (any of the entity's names, in any case),
and the query is run with the IRIs found; a name that names nothing gives no
rows and a note saying so (:attr:`QueryResult.notes`). A parameter left unbound
is unbound in the query: saved queries treat it as "any".

>>> [q.name for q in list_queries()][:3]
['agreements', 'countries-linked', 'entity']
"""

from __future__ import annotations

import io
import re
import unicodedata
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

from rdflib import BNode, Graph, Literal, URIRef, Variable
from rdflib.namespace import XSD
from rdflib.plugin import get as get_plugin
from rdflib.query import Result, ResultSerializer
from rdflib.term import Identifier, Node

from kg.errors import QueryError
from kg.jsonld import prefixes, to_jsonld
from kg.relations import registry
from kg.resources import query_dir
from kg.sources import (  # READ_FORMATS and load_graph stay importable from here too
    READ_FORMATS,
    load_graph,
    opened,
)

__all__ = [
    "KINDS",
    "READ_FORMATS",
    "RESULT_FORMATS",
    "GraphStore",
    "Parameter",
    "QueryResult",
    "SavedQuery",
    "list_queries",
    "load_graph",
    "load_query",
    "prefixes",
    "query",
    "to_node",
]

KINDS = ("date", "decimal", "integer", "iri", "relation", "string")
"""The kinds of value a saved query's parameter can declare."""

RESULT_FORMATS = {
    "table": "a plain text table for people",
    "csv": "SPARQL 1.1 Query Results CSV",
    "json": "SPARQL 1.1 Query Results JSON (JSON-LD for CONSTRUCT and DESCRIBE)",
}
"""The formats :meth:`QueryResult.serialize` writes."""

_NAME = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_-]*")
_PARAM = re.compile(
    r"#\s*param\s+(?P<name>[A-Za-z_]\w*)\s*:\s*(?P<spec>[^.]*)\.\s*(?P<doc>.*)"
)
_ABSOLUTE_IRI = re.compile(r"(?:https?://|urn:)[^\x00-\x20<>\"{}|\\^`]+")
_LOCAL = re.compile(r"[^\x00-\x20<>\"{}|\\^`]*")
_PREFIX_NAME = re.compile(r"[A-Za-z][\w.-]*(?<!\.)")
_DECLARED_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:", re.IGNORECASE)
_GRAPH_VARS = ("subject", "predicate", "object")
_KIND_NAMES = {
    "date": "a date (YYYY-MM-DD)",
    "decimal": "a decimal",
    "integer": "an integer",
    "iri": "an IRI",
    "relation": "a relation name",
    "string": "a string",
}


@runtime_checkable
class GraphStore(Protocol):
    """What :func:`query` needs of a store (``kg.store.Store``): one method.

    ``query`` runs complete SPARQL text with ``bindings`` bound by a ``VALUES``
    block opening its WHERE group (a sequence of terms: one row per term) and
    returns an ``rdflib.query.Result`` (or a :class:`QueryResult`), of a
    SELECT at most its first ``limit`` rows when ``limit`` is given.
    """

    def query(
        self,
        sparql: str,
        bindings: Mapping[str, Node | Sequence[Node]],
        *,
        limit: int | None = None,
    ) -> Result | QueryResult: ...


# --- saved queries ------------------------------------------------------------------


@dataclass(frozen=True)
class Parameter:
    """A parameter a saved query declares in its header."""

    name: str
    kinds: tuple[str, ...]
    required: bool
    description: str


@dataclass(frozen=True)
class SavedQuery:
    """A SPARQL query with a one-line description and documented parameters."""

    name: str
    description: str
    parameters: tuple[Parameter, ...]
    path: Path | None
    text: str = field(repr=False)

    @classmethod
    def parse(cls, text: str, name: str, path: Path | None = None) -> SavedQuery:
        """Read the header comments of ``text``.

        >>> q = SavedQuery.parse("# Who signed what.\\n# param who: iri or string, required. The party.\\n"
        ...                      "SELECT ?who ?what WHERE { ?who kg:signed ?what }", "signed")
        >>> q.description, q.parameters[0].kinds, q.parameters[0].required
        ('Who signed what.', ('iri', 'string'), True)
        """
        header = []
        for line in text.splitlines():
            if not line.strip():
                continue
            if not line.lstrip().startswith("#"):
                break
            header.append(line.strip())
        description = (
            header[0].lstrip("# ").strip()
            if header and not _PARAM.fullmatch(header[0])
            else ""
        )
        parameters = tuple(
            _parameter(line, name) for line in header if re.match(r"#\s*param\b", line)
        )
        return cls(name, description, parameters, path, text)

    @classmethod
    def from_file(cls, path: str | Path) -> SavedQuery:
        """Read a ``.rq`` file; its name is the file name without ``.rq``."""
        path = Path(path)
        try:
            text = path.read_text(encoding="utf-8")
        except OSError as exc:
            raise QueryError(
                f"cannot read query file {str(path)!r}: {exc.strerror or exc}"
            ) from None
        return cls.parse(text, path.stem, path)

    def parameter(self, name: str) -> Parameter | None:
        return next((p for p in self.parameters if p.name == name), None)


def _parameter(line: str, query_name: str) -> Parameter:
    match = _PARAM.fullmatch(line)
    if not match:
        raise QueryError(
            f"query {query_name!r}: cannot read {line!r}; write '# param NAME: KINDS[, required]. DOC'"
        )
    if match["name"] == "limit":
        raise QueryError(
            f"query {query_name!r}: a parameter cannot be named 'limit' (kg.query's row limit)"
        )
    spec = [part.strip() for part in match["spec"].split(",")]
    kinds = tuple(kind.strip().lower() for kind in spec[0].split(" or "))
    flags = spec[1:]
    bad = [k for k in kinds if k not in KINDS] + [f for f in flags if f != "required"]
    if bad:
        raise QueryError(
            f"query {query_name!r}, parameter {match['name']!r}: unknown {', '.join(map(repr, bad))}; "
            f"kinds are {', '.join(KINDS)} and the only flag is 'required'"
        )
    return Parameter(match["name"], kinds, "required" in flags, match["doc"].strip())


def list_queries() -> list[SavedQuery]:
    """The saved queries in ``kg/queries``, by name."""
    return [SavedQuery.from_file(path) for path in sorted(query_dir().glob("*.rq"))]


def _saved(name: str) -> SavedQuery:
    path = query_dir() / f"{name}.rq"
    if _NAME.fullmatch(name) and path.is_file():
        return SavedQuery.from_file(path)
    names = ", ".join(q.name for q in list_queries())
    raise QueryError(f"no saved query named {name!r}; the saved queries are: {names}")


def load_query(name: str) -> str:
    """The SPARQL text of a saved query.

    >>> load_query("meetings").startswith("# Meetings")
    True
    >>> load_query("nope")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: no saved query named 'nope'; the saved queries are: agreements, ...
    """
    return _saved(name).text


def _resolve(q: str | Path) -> SavedQuery:
    """A saved query name, a path to a ``.rq`` file, or SPARQL text."""
    if isinstance(q, Path) or (
        isinstance(q, str) and q.endswith((".rq", ".sparql")) and "\n" not in q
    ):
        return SavedQuery.from_file(q)
    if not isinstance(q, str):
        raise QueryError(
            f"a query is SPARQL text, a .rq path or a saved query name, not {type(q).__name__}"
        )
    if _NAME.fullmatch(q.strip()):
        return _saved(q.strip())
    return SavedQuery.parse(q, "query")


# --- values ---------------------------------------------------------------------------


def _as_iri(value: str, prefixes: Mapping[str, str]) -> URIRef | None:
    value = value.strip()
    if value.startswith("<") and value.endswith(">"):
        value = value[1:-1]
    if _ABSOLUTE_IRI.fullmatch(value):
        return URIRef(value)
    prefix, colon, local = value.partition(":")
    if (
        colon
        and prefix in prefixes
        and not local.startswith("//")
        and _LOCAL.fullmatch(local)
    ):
        return URIRef(prefixes[prefix] + local)
    return None


def _as_literal(value: str, kind: str) -> Literal | None:
    try:
        if kind == "string" or (
            kind == "relation" and re.fullmatch(r"[A-Za-z]\w*", value.strip())
        ):
            return Literal(value.strip() if kind == "relation" else value)
        if kind == "date":
            return Literal(
                date.fromisoformat(value.strip()).isoformat(), datatype=XSD.date
            )
        if kind == "integer":
            return Literal(int(value.strip()))
        if kind == "decimal":
            return Literal(Decimal(value.strip()))
    except (ValueError, InvalidOperation):
        return None
    return None


def to_node(
    value: object,
    kinds: tuple[str, ...] = ("iri", "string"),
    known: Mapping[str, str] | None = None,
    name: str = "value",
) -> Node:
    """The RDF term for a parameter value of the given kinds, reading prefixes from ``known``.

    >>> to_node("country:india")
    rdflib.term.URIRef('https://w3id.org/newskg/id/country/india')
    >>> to_node("India")
    rdflib.term.Literal('India')
    >>> to_node("2025-10-30", ("date",))
    rdflib.term.Literal('2025-10-30', datatype=rdflib.term.URIRef('http://www.w3.org/2001/XMLSchema#date'))
    >>> to_node("India", ("iri",), name="country")
    Traceback (most recent call last):
    ...
    kg.errors.QueryError: parameter 'country' takes an IRI, not 'India' (write http(s)://…, urn:…, or prefix:local ...
    """
    known = prefixes() if known is None else known
    literal_kinds = [k for k in kinds if k != "iri"]
    if isinstance(value, URIRef | BNode):
        if "iri" in kinds:
            return value
    elif isinstance(value, Literal):
        if literal_kinds:
            return value
    elif isinstance(value, str):
        iri = _as_iri(value, known) if "iri" in kinds else None
        literals = (_as_literal(value, kind) for kind in literal_kinds)
        node = iri or next((lit for lit in literals if lit is not None), None)
        if node is not None:
            return node
    elif (
        isinstance(value, bool | int | float | Decimal | date | datetime)
        and literal_kinds
    ):
        return Literal(value)
    wanted = " or ".join(_KIND_NAMES[k] for k in kinds)
    hint = (
        f" (write http(s)://…, urn:…, or prefix:local with a prefix among {', '.join(sorted(known))})"
        if "iri" in kinds
        else ""
    )
    raise QueryError(f"parameter {name!r} takes {wanted}, not {value!r}{hint}")


def _bindings(
    saved: SavedQuery, values: Mapping[str, object], known: Mapping[str, str]
) -> dict[str, Node]:
    nodes: dict[str, Node] = {}
    closed = bool(saved.parameters) or (
        saved.path is not None and saved.path.parent == query_dir()
    )
    for name, value in values.items():
        if closed:
            parameter = saved.parameter(name)
            if parameter is None:
                declared = ", ".join(p.name for p in saved.parameters) or "none"
                raise QueryError(
                    f"query {saved.name!r} has no parameter {name!r}; its parameters are: {declared}"
                )
            kinds = parameter.kinds
        else:
            if not re.search(rf"[?$]{re.escape(name)}\b", saved.text):
                raise QueryError(
                    f"query {saved.name!r} has no variable ?{name} to bind"
                )
            kinds = ("iri", "string")
        nodes[name] = to_node(value, kinds, known, name)
    missing = [p.name for p in saved.parameters if p.required and p.name not in nodes]
    if missing:
        raise QueryError(
            f"query {saved.name!r} needs a value for {', '.join(map(repr, missing))}"
        )
    return nodes


# --- running ------------------------------------------------------------------------


@contextmanager
def _opened(source: object) -> Iterator[GraphStore]:
    """The store to query: a copy in memory of a graph or graph file, or a store opened read-only (:func:`kg.sources.opened`)."""
    if isinstance(source, Graph | str | Path):
        with opened(source) as store:
            yield store
    elif isinstance(source, GraphStore):
        yield source
    else:
        raise QueryError(
            f"cannot query a {type(source).__name__}: give an rdflib Graph or Dataset, a graph file, "
            "a store folder or SPARQL endpoint URL, or an open kg.store.Store"
        )


def _with_prolog(text: str, known: Mapping[str, str]) -> str:
    """The text with PREFIX lines for the known prefixes it uses but does not declare.

    A prefix or namespace that SPARQL could not read back as it is (a graph
    file may bind anything) is left out.

    >>> _with_prolog("ASK { ?x kg:signed ?y }", {"kg": "https://w3id.org/newskg/ontology#", "bad": "x> }"})
    'PREFIX kg: <https://w3id.org/newskg/ontology#>\\nASK { ?x kg:signed ?y }'
    """
    declared = {m[1] or "" for m in _DECLARED_PREFIX.finditer(text)}
    lines = [
        f"PREFIX {p}: <{ns}>"
        for p, ns in known.items()
        if p not in declared
        and f"{p}:" in text
        and _PREFIX_NAME.fullmatch(p)
        and _LOCAL.fullmatch(ns)
    ]
    return "\n".join([*lines, text])


def query(
    source: object, q: str | Path, /, *, limit: int | None = None, **bindings: object
) -> QueryResult:
    """Run a query on ``source``: an rdflib Graph or Dataset (its graphs' union),
    a graph file (any format rdflib reads, by extension), a store folder or
    SPARQL endpoint URL (opened read-only with ``kg.store.open_store`` for this
    one query; the URL ``kg serve`` prints, with or without ``/query``), or an
    open store with a ``query(sparql, bindings, limit)`` method (:class:`GraphStore`).

    ``q`` is SPARQL text, a path to a ``.rq`` file, or a saved query's name;
    ``bindings`` give values to its parameters (see :func:`to_node`).
    ``limit`` keeps the first rows of a SELECT result, in its order, and reads
    no further (the query still runs in full: ORDER BY sorts every row).
    """
    if limit is not None and (
        not isinstance(limit, int) or isinstance(limit, bool) or limit < 0
    ):
        raise QueryError(f"a row limit is a whole number, 0 or more, not {limit!r}")
    saved = _resolve(q)
    known = prefixes(source if isinstance(source, Graph) else None)
    nodes = _bindings(saved, bindings, known)
    with _opened(source) as target:
        return _run(target, saved, nodes, known, limit)


def _run(
    target: GraphStore,
    saved: SavedQuery,
    nodes: dict[str, Node],
    known: Mapping[str, str],
    limit: int | None = None,
) -> QueryResult:
    values, notes = _named_entities(target, saved, nodes)
    answer = target.query(
        _with_prolog(_for_relations(saved.text), known), values, limit=limit
    )
    result = (
        answer
        if isinstance(answer, QueryResult)
        else QueryResult.from_rdflib(answer, prefixes=known)
    )
    if limit is not None and result.kind == "SELECT":
        result = replace(result, rows=result.rows[:limit])
    result = result.without({p.name for p in saved.parameters})
    return replace(result, notes=tuple(notes)) if notes else result


#: A query's table of relation types; its rows are made from :mod:`kg.relations` when it runs.
_RELATION_TABLE = re.compile(
    r"(VALUES \(\?predicate \?class \?subject_role \?object_role\) \{)[^{}]*\}"
)


def _relation_rows(text: str) -> str:
    """``text`` with one row per relation type in its relation table, if it has one.

    The table is ``VALUES (?predicate ?class ?subject_role ?object_role) { … }``:
    a saved query lists the package's relation types there, so it runs as it
    is in any SPARQL tool, and here it also covers any type added as data.

    >>> print(_relation_rows("VALUES (?predicate ?class ?subject_role ?object_role) { }"))  # doctest: +ELLIPSIS
    VALUES (?predicate ?class ?subject_role ?object_role) { (<...#signed> <...#Signing> <...#party> <...#agreement>) ... }
    """

    def rows(match: re.Match[str]) -> str:
        return " ".join(
            [match[1]]
            + [
                f"(<{r.predicate}> <{r.event}> <{r.subject_role}> <{r.object_role}>)"
                for r in registry()
            ]
            + ["}"]
        )

    return _RELATION_TABLE.sub(rows, text)


#: The events of every relation type with their two ends in their roles, as UNION branches.
_ROLE_BRANCHES = re.compile(
    r"\{ \?event [^{}]*\?subject[^{}]*\?object \}"
    r"(?:\s*UNION \{ \?event [^{}]*\?subject[^{}]*\?object \})+"
)
#: The path from an event to what takes part in it: every role, then the place.
_ROLE_PATH = re.compile(r"\((?:kg:\w+\|)+kg:place\)")


def _for_relations(text: str) -> str:
    """``text`` with its lists of relation types made from :mod:`kg.relations`.

    A saved query lists the package's relation types in one of three forms, so
    that it runs as it is in any SPARQL tool; here each also covers any type
    added as data. Besides the table of :func:`_relation_rows`, the forms are
    UNION branches finding an event by the roles of its two ends (a predicate
    written out, never a variable, which an index answers at once), and a path
    through every role to the place.

    >>> print(_for_relations("{ ?event kg:party ?subject ; kg:agreement ?object } UNION { ?event kg:x ?subject, ?object }"))  # doctest: +ELLIPSIS
    { ?event <...#party> ?subject ; <...#agreement> ?object } UNION { ?event <...#participant> ?subject, ?object } UNION ...
    >>> print(_for_relations("?event (kg:party|kg:place)/kg:affiliation? ?entity"))  # doctest: +ELLIPSIS
    ?event (<...#party>|<...#agreement>|<...#participant>|...|kg:place)/kg:affiliation? ?entity
    """
    relations = list(registry())
    branches = " UNION ".join(
        f"{{ ?event <{r.subject_role}> ?subject, ?object }}"
        if r.subject_role == r.object_role
        else f"{{ ?event <{r.subject_role}> ?subject ; <{r.object_role}> ?object }}"
        for r in relations
    )
    roles = dict.fromkeys(role for r in relations for role in r.roles)
    path = "(" + "|".join([*(f"<{role}>" for role in roles), "kg:place"]) + ")"
    text = _ROLE_BRANCHES.sub(lambda _: branches, text)
    text = _ROLE_PATH.sub(lambda _: path, text)
    return _relation_rows(text)


def _named_entities(
    target: GraphStore, saved: SavedQuery, nodes: dict[str, Node]
) -> tuple[dict[str, Node | tuple[Node, ...]], list[str]]:
    """The bindings with each entity name replaced by the IRIs of the entities it names, and a note per name that names none."""
    values: dict[str, Node | tuple[Node, ...]] = dict(nodes)
    notes = []
    for name, node in nodes.items():
        parameter = saved.parameter(name)
        if (
            parameter is None
            or not {"iri", "string"} <= set(parameter.kinds)
            or not isinstance(node, Literal)
        ):
            continue
        found = tuple(
            sorted(
                {
                    entity
                    for entity, *_ in _rows(
                        target.query(_lookup("entities"), {"name": node})
                    )
                    if isinstance(entity, Identifier)
                }
            )
        )
        values[name] = found
        if not found:
            close = _closest(target, str(node))
            hint = f"; the closest names are: {', '.join(close)}" if close else ""
            notes.append(f"no entity is named {str(node)!r} (parameter {name}){hint}")
    return values, notes


def _closest(target: GraphStore, name: str, count: int = 3) -> list[str]:
    """The names in the graph closest to ``name`` (at most ``count``), by spelling."""
    from difflib import get_close_matches

    names = {str(row[0]) for row in _rows(target.query(_lookup("names"), {}))}
    by_case = {n.casefold(): n for n in sorted(names)}
    return [
        by_case[n]
        for n in get_close_matches(name.casefold(), list(by_case), n=count, cutoff=0.6)
    ]


def _rows(answer: Result | QueryResult) -> list[tuple[Node | None, ...]]:
    if isinstance(answer, QueryResult):
        return list(answer.rows)
    return [tuple(row) for row in answer]  # type: ignore[arg-type]


@cache
def _lookup(name: str) -> str:
    """The text of a lookup query kept in ``kg/queries/lookup``."""
    return (query_dir() / "lookup" / f"{name}.rq").read_text(encoding="utf-8")


# --- results ------------------------------------------------------------------------


@dataclass(frozen=True)
class QueryResult:
    """What a query found: rows of terms for SELECT (and CONSTRUCT, as triples), a boolean for ASK.

    ``vars`` names the columns, ``rows`` holds tuples of rdflib terms (``None``
    where a variable is unbound), ``records()`` gives dicts. A CONSTRUCT or
    DESCRIBE result also keeps its ``graph`` and has the columns subject,
    predicate, object. ``bool(result)`` is the answer of an ASK and otherwise
    whether there are rows.
    """

    kind: str
    vars: tuple[str, ...] = ()
    rows: tuple[tuple[Node | None, ...], ...] = ()
    boolean: bool | None = None
    graph: Graph | None = None
    prefixes: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)
    #: What the reader should know about how the query was run, such as a name that names no entity.
    notes: tuple[str, ...] = ()

    @classmethod
    def from_rdflib(
        cls, result: Result, prefixes: Mapping[str, str] | None = None
    ) -> QueryResult:
        """Wrap an ``rdflib.query.Result``."""
        known = dict(prefixes or {})
        if result.type == "ASK":
            return cls("ASK", boolean=bool(result.askAnswer), prefixes=known)
        if result.type in ("CONSTRUCT", "DESCRIBE"):
            graph = result.graph if result.graph is not None else Graph()
            triples = tuple(sorted(graph, key=lambda t: tuple(x.n3() for x in t)))
            return cls(result.type, _GRAPH_VARS, triples, graph=graph, prefixes=known)
        variables = list(result.vars or [])
        rows = tuple(tuple(b.get(v) for v in variables) for b in result.bindings)
        return cls("SELECT", tuple(str(v) for v in variables), rows, prefixes=known)

    def without(self, columns: set[str]) -> QueryResult:
        """The same result without the named columns (a query file may project its parameters)."""
        keep = [i for i, v in enumerate(self.vars) if v not in columns]
        if len(keep) == len(self.vars):
            return self
        rows = tuple(tuple(row[i] for i in keep) for row in self.rows)
        return replace(self, vars=tuple(self.vars[i] for i in keep), rows=rows)

    def __len__(self) -> int:
        return len(self.rows)

    def __iter__(self) -> Iterator[tuple[Node | None, ...]]:
        return iter(self.rows)

    def __bool__(self) -> bool:
        return bool(self.boolean) if self.kind == "ASK" else bool(self.rows)

    def records(self) -> list[dict[str, Node | None]]:
        """The rows as dicts from column name to term."""
        return [dict(zip(self.vars, row, strict=True)) for row in self.rows]

    def to_dataframe(self) -> Any:
        """A pandas DataFrame: IRIs as strings, literals as Python values, None where unbound."""
        try:
            import pandas as pd
        except ImportError:
            raise ImportError(
                "QueryResult.to_dataframe() needs pandas: pip install pandas"
            ) from None
        if self.kind == "ASK":
            return pd.DataFrame({"boolean": [self.boolean]})
        return pd.DataFrame(
            [[_python(t) for t in row] for row in self.rows], columns=list(self.vars)
        )

    def _rdflib(self) -> Result:
        if self.kind == "ASK":
            result = Result("ASK")
            result.askAnswer = bool(self.boolean)
            return result
        result = Result("SELECT")
        variables = [Variable(v) for v in self.vars]
        result.vars = variables
        result.bindings = [
            {
                v: t
                for v, t in zip(variables, row, strict=True)
                if isinstance(t, Identifier)
            }
            for row in self.rows
        ]
        return result

    def to_json(self) -> str:
        """SPARQL 1.1 Query Results JSON; JSON-LD for a CONSTRUCT or DESCRIBE result."""
        if self.graph is not None:
            return to_jsonld(self.graph)
        out = io.StringIO()
        get_plugin("json", ResultSerializer)(self._rdflib()).serialize(out)
        return out.getvalue()

    def to_csv(self) -> str:
        """SPARQL 1.1 Query Results CSV (CRLF line ends); for CONSTRUCT, the triples."""
        if self.kind == "ASK":
            raise QueryError(
                "SPARQL CSV holds rows, not the boolean of an ASK query: use json or table"
            )
        out = io.StringIO()
        get_plugin("csv", ResultSerializer)(self._rdflib()).serialize(out)
        return out.getvalue()

    def to_table(self, max_width: int | None = 60) -> str:
        """A plain text table: IRIs shortened with prefixes, control characters escaped.

        Cells longer than ``max_width`` characters are cut with ``…`` (``None``: never).
        """
        if self.kind == "ASK":
            return "true" if self.boolean else "false"
        known = sorted(self.prefixes.items(), key=lambda item: -len(item[1]))
        texts: dict[Node | None, str] = {}  # rows repeat their terms: write each once

        def text(term: Node | None) -> str:
            found = texts.get(term)
            if found is None:
                found = texts[term] = _cell(term, known, max_width)
            return found

        cells = [tuple(map(text, row)) for row in self.rows]
        columns = list(zip(*cells)) or [() for _ in self.vars]
        widths = [
            max([len(v), *map(len, column)])
            for v, column in zip(self.vars, columns, strict=True)
        ]
        line = "  ".join(f"{{:{w}}}" for w in widths).format  # strings align left
        out = [line(*self.vars).rstrip(), "  ".join("-" * w for w in widths)]
        out += [line(*r).rstrip() for r in cells]
        out.append(f"({len(self.rows)} row{'' if len(self.rows) == 1 else 's'})")
        return "\n".join(out)

    def serialize(self, format: str = "table") -> str:
        """The result as text in one of :data:`RESULT_FORMATS`."""
        writers = {"table": self.to_table, "csv": self.to_csv, "json": self.to_json}
        if format not in writers:
            raise QueryError(
                f"unknown result format {format!r}; choose one of: {', '.join(RESULT_FORMATS)}"
            )
        return writers[format]()


def _python(term: Node | None) -> object:
    if term is None:
        return None
    if isinstance(term, Literal):
        value = term.toPython()
        return str(term) if isinstance(value, Literal) else value
    return str(term)


def _printable(text: str) -> str:
    """Escape control and format characters, so a cell cannot move the cursor or reorder text."""
    if (
        text.isprintable()
    ):  # no Cc, Cf, Zl or Zp character: the common case, read at C speed
        return text
    named = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
    return "".join(
        named.get(ch)
        or (
            f"\\u{ord(ch):04x}"
            if unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp")
            else ch
        )
        for ch in text
    )


def _cell(
    term: Node | None, known: list[tuple[str, str]], max_width: int | None
) -> str:
    if term is None:
        text = ""
    elif isinstance(term, URIRef):
        iri = str(term)
        text = next(
            (
                f"{p}:{iri[len(ns) :]}"
                for p, ns in known
                if iri.startswith(ns) and len(iri) > len(ns)
            ),
            iri,
        )
    elif isinstance(term, BNode):
        text = f"_:{term}"
    else:
        text = str(term)
    text = _printable(text)
    if max_width is not None and len(text) > max_width:
        text = text[: max(max_width - 1, 0)] + "…"
    return text
