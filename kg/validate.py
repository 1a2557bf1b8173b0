"""Check a graph against our SHACL shapes, and find terms the ontology lacks.

``validate`` checks ``ontology/shapes.ttl`` with the ontology's subclass
hierarchy in view, so that class checks see it. No inference is run: RDFS
inference would type the object of every ``kg:signed`` triple as a
``kg:Agreement`` and so hide exactly the errors we look for.

Our shapes use a small part of SHACL (targets by class, subject or object;
predicate and inverse paths; counts, datatypes, classes, lengths, patterns,
ranges, lists, ``sh:node``, ``sh:or``, qualified counts, property pairs and
SPARQL constraints), and :func:`validate` evaluates that part itself: each
focus node's values are read once from the graph's indexes and the SPARQL
constraints run in Oxigraph, so a graph of 124,000 triples is checked in
seconds (pySHACL took two minutes). Other shapes, given with ``shapes=``, go
to pySHACL; ``tests/test_validate.py`` checks that both find the same
violations in every broken graph it tries, by hand and at random.

>>> from rdflib import Graph
>>> validate(Graph()).conforms
True
>>> graph = Graph().parse(format="turtle", data='''
...     @prefix kg: <https://w3id.org/newskg/ontology#> .
...     <https://example.org/doc/a> a kg:Document .
... ''')
>>> report = validate(graph)
>>> report.conforms
False
>>> [violation.message for violation in report.violations]
['A document has exactly one kg:documentId, a non-empty xsd:string.']
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING, Any, cast

import pyshacl
from rdflib import Graph
from rdflib.collection import Collection
from rdflib.graph import ConjunctiveGraph
from rdflib.namespace import OWL, RDF, RDFS, SH, XSD
from rdflib.paths import AlternativePath, InvPath, MulPath, Path, SequencePath
from rdflib.term import BNode, Literal, Node, URIRef

from kg.namespace import KG
from kg.resources import ontology_file

if TYPE_CHECKING:
    from pyoxigraph import QuerySolutions, Store

__all__ = [
    "ValidationReport",
    "Violation",
    "declared_terms",
    "undeclared_terms",
    "validate",
]

_DECLARATIONS = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
    RDF.Property,
)


@dataclass(frozen=True)
class Violation:
    """One result of a SHACL validation: which node, which property, and why.

    ``path`` is the property (an rdflib path such as ``~KG.metWith`` for
    complex SHACL paths), or None when the constraint is on the node itself;
    ``severity`` is ``"Violation"``, ``"Warning"`` or ``"Info"``; ``component``
    names the SHACL constraint that failed (``"MinCountConstraintComponent"``,
    ``"SPARQLConstraintComponent"``, …); ``value`` is the offending value, None
    when the constraint is about the focus node as a whole (e.g. a count).
    """

    focus: Node
    path: URIRef | Path | None
    message: str
    severity: str
    component: str
    value: Node | None = None


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of :func:`validate`: a verdict, its results, and pySHACL's text."""

    conforms: bool
    violations: tuple[Violation, ...]
    text: str


@cache
def _ontology() -> Graph:
    return Graph().parse(ontology_file("kg.ttl"), format="turtle")


@cache
def _shapes() -> Graph:
    return Graph().parse(ontology_file("shapes.ttl"), format="turtle")


def validate(graph: Graph, *, shapes: Graph | None = None) -> ValidationReport:
    """Validate ``graph`` against our shapes (or ``shapes``, with pySHACL); the graph is not changed.

    >>> validate(Graph()).violations
    ()
    """
    if shapes is None and _evaluable(_shapes()):
        violations = tuple(
            sorted(_Checker(graph, _shapes(), _ontology()).violations(), key=_order)
        )
        return ValidationReport(
            conforms=not violations, violations=violations, text=_text(violations)
        )
    return _pyshacl(graph, _shapes() if shapes is None else shapes)


def _order(v: Violation) -> tuple[str, ...]:
    return (str(v.focus), str(v.path), v.component, v.message, str(v.value))


def _text(violations: tuple[Violation, ...]) -> str:
    """A report for people, laid out as pySHACL's."""
    lines = ["Validation Report", f"Conforms: {not violations}"]
    if violations:
        lines.append(f"Results ({len(violations)}):")
    for v in violations:
        lines += [
            f"Constraint Violation in {v.component} ({SH}{v.component}):",
            f"\tSeverity: sh:{v.severity}",
            f"\tFocus Node: {v.focus.n3()}",
        ]
        if v.value is not None:
            lines.append(f"\tValue Node: {v.value.n3()}")
        if v.path is not None:
            lines.append(
                f"\tResult Path: {v.path.n3() if isinstance(v.path, URIRef) else v.path}"
            )
        lines.append(f"\tMessage: {v.message}")
    return "\n".join(lines) + "\n"


def _pyshacl(graph: Graph, shapes: Graph) -> ValidationReport:
    conforms, results, text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        ont_graph=_ontology(),
        inference="none",
        inplace=False,
    )
    results = cast(Graph, results)  # a Graph unless a serialized report is asked for
    violations = sorted(
        (
            _violation(results, result)
            for report in results.subjects(RDF.type, SH.ValidationReport)
            for result in results.objects(
                report, SH.result
            )  # not the nested sh:detail ones
        ),
        key=_order,
    )
    return ValidationReport(
        conforms=bool(conforms), violations=tuple(violations), text=str(text)
    )


#: The constraints :class:`_Checker` evaluates, by SHACL parameter; shapes using others go to pySHACL.
_PARAMETERS = {
    "minCount",
    "maxCount",
    "datatype",
    "class",
    "nodeKind",
    "minLength",
    "maxLength",
    "pattern",
    "in",
    "minInclusive",
    "maxInclusive",
    "minExclusive",
    "maxExclusive",
    "node",
    "or",
    "qualifiedValueShape",
    "lessThan",
    "lessThanOrEquals",
    "equals",
    "sparql",
}
#: What else a shapes graph may say for :class:`_Checker` to evaluate it.
_SCAFFOLDING = {
    "targetClass",
    "targetSubjectsOf",
    "targetObjectsOf",
    "targetNode",
    "property",
    "path",
    "inversePath",
    "message",
    "severity",
    "flags",
    "qualifiedMinCount",
    "qualifiedMaxCount",
    "select",
    "prefixes",
    "declare",
    "prefix",
    "namespace",
    "name",
    "description",
}
_COUNTS = (
    "minCount",
    "maxCount",
    "minLength",
    "maxLength",
    "qualifiedMinCount",
    "qualifiedMaxCount",
)
_NODE_KINDS = {
    SH.IRI: (URIRef,),
    SH.BlankNode: (BNode,),
    SH.Literal: (Literal,),
    SH.BlankNodeOrIRI: (BNode, URIRef),
    SH.BlankNodeOrLiteral: (BNode, Literal),
    SH.IRIOrLiteral: (URIRef, Literal),
}
_COMPARISONS: dict[str, Callable[[Any, Any], bool]] = {
    "minInclusive": lambda v, bound: v >= bound,
    "maxInclusive": lambda v, bound: v <= bound,
    "minExclusive": lambda v, bound: v > bound,
    "maxExclusive": lambda v, bound: v < bound,
    "lessThan": lambda v, w: v < w,
    "lessThanOrEquals": lambda v, w: v <= w,
}
_Result = tuple[
    str, Node | None
]  # the constraint component that failed (without "ConstraintComponent"), the value


def _evaluable(shapes: Graph) -> bool:
    """Whether every SHACL term ``shapes`` uses is one :class:`_Checker` knows, and every path a predicate or its inverse."""
    namespace = str(SH)
    used = {
        str(p)[len(namespace) :]
        for p in shapes.predicates()
        if str(p).startswith(namespace)
    }
    paths = set(shapes.objects(None, SH.path))
    simple = all(
        isinstance(p, URIRef) or isinstance(shapes.value(p, SH.inversePath), URIRef)
        for p in paths
    )
    return used <= _PARAMETERS | _SCAFFOLDING and simple


class _Checker:
    """The part of SHACL our shapes use, evaluated on the graph's own indexes (SPARQL constraints in Oxigraph)."""

    def __init__(self, graph: Graph, shapes: Graph, ontology: Graph) -> None:
        self.graph = _union(graph)
        self.shapes = shapes
        # The graph read once into plain dicts: rdflib's own lookups cost more than the checks they feed.
        self._out: dict[Node, dict[Node, list[Node]]] = {}
        self._pairs: dict[Node, list[tuple[Node, Node]]] = {}
        for s, p, o in self.graph:
            self._out.setdefault(s, {}).setdefault(p, []).append(o)
            self._pairs.setdefault(p, []).append((s, o))
        self._inverse: dict[Node, dict[Node, list[Node]]] = {}
        self._subclasses: dict[Node, set[Node]] = {}
        for sub, sup in (
            *ontology.subject_objects(RDFS.subClassOf),
            *self._pairs.get(RDFS.subClassOf, ()),
        ):
            self._subclasses.setdefault(sup, set()).add(sub)
        self._kinds: dict[Node, frozenset[Node]] = {}
        self._conforming: dict[tuple[Node, Node], bool] = {}
        self._rules: dict[Node, dict[str, list[Any]]] = {}
        self._properties: dict[Node, list[tuple[Node, Node]]] = {}
        self._store: Store | None = None

    def violations(self) -> Iterator[Violation]:
        for shape in sorted(set(self.shapes.subjects(RDF.type, SH.NodeShape)), key=str):
            focus_nodes = self._targets(shape)
            if not focus_nodes:
                continue
            for focus in focus_nodes:
                for holder, path, (component, value) in self._results(shape, focus):
                    yield self._violation(holder, focus, path, component, value)
            for sparql in self.shapes.objects(shape, SH.sparql):
                yield from self._sparql(sparql, focus_nodes)

    def _violation(
        self,
        holder: Node,
        focus: Node,
        path: Node | None,
        component: str,
        value: Node | None,
        message: str | None = None,
    ) -> Violation:
        if message is None:
            message = (
                "; ".join(
                    sorted(str(m) for m in self.shapes.objects(holder, SH.message))
                )
                or component
            )
        return Violation(
            focus=focus,
            path=_path(self.shapes, path),
            message=message,
            severity=_local_name(
                self.shapes.value(holder, SH.severity) or SH.Violation
            ),
            component=f"{component}ConstraintComponent",
            value=value,
        )

    def _targets(self, shape: Node) -> set[Node]:
        focus = set(self.shapes.objects(shape, SH.targetNode))
        for cls in self.shapes.objects(shape, SH.targetClass):
            kinds = self._kinds_of(cls)
            focus.update(
                s for s, kind in self._pairs.get(RDF.type, ()) if kind in kinds
            )
        for predicate in self.shapes.objects(shape, SH.targetSubjectsOf):
            focus.update(s for s, _ in self._pairs.get(predicate, ()))
        for predicate in self.shapes.objects(shape, SH.targetObjectsOf):
            focus.update(o for _, o in self._pairs.get(predicate, ()))
        return focus

    def _objects(self, node: Node, predicate: Node) -> list[Node]:
        return self._out.get(node, {}).get(predicate, [])

    def _kinds_of(self, cls: Node) -> frozenset[Node]:
        """``cls`` and its subclasses, at any depth."""
        if cls not in self._kinds:
            found, todo = {cls}, [cls]
            while todo:
                for sub in self._subclasses.get(todo.pop(), ()):
                    if sub not in found:
                        found.add(sub)
                        todo.append(sub)
            self._kinds[cls] = frozenset(found)
        return self._kinds[cls]

    def _is_a(self, node: Node, cls: Node) -> bool:
        kinds = self._kinds_of(cls)
        return not isinstance(node, Literal) and any(
            t in kinds for t in self._objects(node, RDF.type)
        )

    def _rules_of(self, shape: Node) -> dict[str, list[Any]]:
        """The constraints ``shape`` declares itself, read once: counts as ints, lists as sets, patterns compiled."""
        if shape not in self._rules:
            rules: dict[str, list[Any]] = {}
            namespace = str(SH)
            for predicate, node in self.shapes.predicate_objects(shape):
                name = (
                    str(predicate)[len(namespace) :]
                    if str(predicate).startswith(namespace)
                    else ""
                )
                rule: object = node
                if name in _COUNTS:
                    rule = cast(Literal, node).toPython()
                elif name == "in":
                    rule = frozenset(Collection(self.shapes, node))
                elif name == "or":
                    rule = tuple(Collection(self.shapes, node))
                elif name == "pattern":
                    flags = "".join(
                        str(f) for f in self.shapes.objects(shape, SH.flags)
                    )
                    rule = re.compile(str(node), re.IGNORECASE if "i" in flags else 0)
                elif name not in _PARAMETERS:
                    continue
                rules.setdefault(name, []).append(rule)
            self._rules[shape] = rules
            self._properties[shape] = [
                (prop, cast(Node, self.shapes.value(prop, SH.path)))
                for prop in self.shapes.objects(shape, SH.property)
            ]
        return self._rules[shape]

    def _results(
        self, shape: Node, focus: Node
    ) -> Iterator[tuple[Node, Node | None, _Result]]:
        """Each failure of ``shape`` on ``focus``: the shape that failed, its path, and the result."""
        for result in self._constraints(shape, focus, [focus]):
            yield shape, None, result
        for prop, path in self._properties[shape]:
            for result in self._constraints(prop, focus, self._values(focus, path)):
                yield prop, path, result

    def _values(self, focus: Node, path: Node) -> list[Node]:
        if isinstance(path, URIRef):
            return self._objects(focus, path)
        predicate = cast(Node, self.shapes.value(path, SH.inversePath))
        if predicate not in self._inverse:
            inverse: dict[Node, list[Node]] = {}
            for s, o in self._pairs.get(predicate, ()):
                inverse.setdefault(o, []).append(s)
            self._inverse[predicate] = inverse
        return self._inverse[predicate].get(focus, [])

    def _conforms(self, node: Node, shape: Node) -> bool:
        key = (node, shape)
        if key not in self._conforming:
            self._conforming[key] = next(self._results(shape, node), None) is None
        return self._conforming[key]

    def _constraints(
        self, shape: Node, focus: Node, values: list[Node]
    ) -> Iterator[_Result]:
        rules = self._rules_of(shape)
        for name, arguments in rules.items():
            for argument in arguments:
                yield from self._check(name, argument, rules, focus, values)

    def _check(
        self,
        name: str,
        argument: Any,
        rules: dict[str, list[Any]],
        focus: Node,
        values: list[Node],
    ) -> Iterator[_Result]:
        """The results of one constraint ``name`` with its ``argument`` on ``values``."""
        if (name == "minCount" and len(values) < argument) or (
            name == "maxCount" and len(values) > argument
        ):
            yield name[0].upper() + name[1:], None
        elif name == "datatype":
            yield from (
                ("Datatype", v) for v in values if not _has_datatype(v, argument)
            )
        elif name == "class":
            yield from (("Class", v) for v in values if not self._is_a(v, argument))
        elif name == "nodeKind":
            yield from (
                ("NodeKind", v)
                for v in values
                if not isinstance(v, _NODE_KINDS[argument])
            )
        elif name == "minLength":
            yield from (
                ("MinLength", v)
                for v in values
                if isinstance(v, BNode) or len(str(v)) < argument
            )
        elif name == "maxLength":
            yield from (
                ("MaxLength", v)
                for v in values
                if isinstance(v, BNode) or len(str(v)) > argument
            )
        elif name == "pattern":
            yield from (
                ("Pattern", v)
                for v in values
                if isinstance(v, BNode) or not argument.search(str(v))
            )
        elif name == "in":
            yield from (("In", v) for v in values if v not in argument)
        elif name in ("minInclusive", "maxInclusive", "minExclusive", "maxExclusive"):
            yield from (
                (name[0].upper() + name[1:], v)
                for v in values
                if not _in_range(_COMPARISONS[name], v, argument)
            )
        elif name in ("lessThan", "lessThanOrEquals"):
            bounds = self._objects(focus, argument)
            yield from (
                (name[0].upper() + name[1:], v)
                for v in values
                for w in bounds
                if not _pair_holds(_COMPARISONS[name], v, w)
            )
        elif name == "node":
            yield from (("Node", v) for v in values if not self._conforms(v, argument))
        elif name == "or":
            yield from (
                ("Or", v)
                for v in values
                if not any(self._conforms(v, s) for s in argument)
            )
        elif name == "qualifiedValueShape":
            count = sum(self._conforms(v, argument) for v in values)
            if any(count < n for n in rules.get("qualifiedMinCount", ())):
                yield "QualifiedMinCount", None
            if any(count > n for n in rules.get("qualifiedMaxCount", ())):
                yield "QualifiedMaxCount", None
        elif name == "equals":
            mine, theirs = set(values), set(self._objects(focus, argument))
            yield from (("Equals", v) for v in sorted(mine ^ theirs, key=str))

    def _sparql(self, constraint: Node, focus_nodes: set[Node]) -> Iterator[Violation]:
        """A SPARQL-based constraint, run in Oxigraph once over the whole graph, its rows kept for the focus nodes.

        ``FILTER NOT EXISTS { … }`` is run as ``MINUS { … }``, which Oxigraph
        evaluates as one anti-join instead of once per row (SHACL forbids MINUS
        in shapes, so they say NOT EXISTS). The two agree when the group shares a
        variable with every row, as in each of our constraints: its ``$this``.
        """
        select = re.sub(
            r"FILTER\s+NOT\s+EXISTS\s*\{",
            "MINUS {",
            str(self.shapes.value(constraint, SH.select)),
            flags=re.IGNORECASE,
        )
        prologue = "".join(
            f"PREFIX {self.shapes.value(d, SH.prefix)}: <{self.shapes.value(d, SH.namespace)}>\n"
            for ontology in self.shapes.objects(constraint, SH.prefixes)
            for d in self.shapes.objects(ontology, SH.declare)
        )
        query = prologue + select.replace("$this", "?this")
        messages = sorted(str(m) for m in self.shapes.objects(constraint, SH.message))
        rows = cast(
            "QuerySolutions", self._oxigraph().query(query)
        )  # sh:select is a SELECT
        for row in rows:
            focus, path, value = (
                _rdflib_term(row[name]) for name in ("this", "path", "value")
            )
            if focus not in focus_nodes:
                continue
            value = self._as_written(focus, path, value)
            bound = {"this": focus, "path": path, "value": value}
            message = "; ".join(_filled(text, bound) for text in messages) or "SPARQL"
            yield self._violation(constraint, focus, path, "SPARQL", value, message)

    def _as_written(
        self, focus: Node | None, path: Node | None, value: Node | None
    ) -> Node | None:
        """A literal value as the graph writes it: Oxigraph gives numbers in their canonical
        form ("1" for "1.0"^^xsd:decimal)."""
        if not isinstance(value, Literal) or focus is None or path is None:
            return value
        written = [
            o
            for o in self.graph.objects(focus, path)
            if isinstance(o, Literal) and o.datatype == value.datatype and o.eq(value)
        ]
        return written[0] if len(written) == 1 else value

    def _oxigraph(self) -> Store:
        """The graph in an in-memory Oxigraph store, loaded at the first SPARQL constraint."""
        if self._store is None:
            import pyoxigraph as ox

            self._store = ox.Store()
            self._store.bulk_load(
                self.graph.serialize(format="nt", encoding="utf-8"),
                ox.RdfFormat.N_TRIPLES,
            )
        return self._store


def _union(graph: Graph) -> Graph:
    """The triples of ``graph``; of a Dataset, of all its graphs."""
    if not isinstance(graph, ConjunctiveGraph):
        return graph
    union = Graph()
    for s, p, o, _ in graph.quads():
        union.add((s, p, o))
    return union


def _has_datatype(value: Node, datatype: Node) -> bool:
    """A literal of ``datatype`` whose lexical form is valid for it (``2025-02-30`` is no xsd:date)."""
    if not isinstance(value, Literal):
        return False
    ill_typed = value.ill_typed
    if (
        ill_typed is None and value.datatype is not None
    ):  # not worked out for literals made by SPARQL updates
        ill_typed = Literal(str(value), datatype=value.datatype).ill_typed
    if ill_typed:
        return False
    return (
        value.datatype or (RDF.langString if value.language else XSD.string)
    ) == datatype


def _in_range(compare: Callable[[Any, Any], bool], value: Node, bound: Node) -> bool:
    """Whether a value meets ``sh:min/maxIn/Exclusive``, with the ordering of literals pySHACL uses
    (``compare_literal``), so that both evaluators agree on literals of unrelated datatypes too."""
    from pyshacl.rdfutil.compare import compare_literal

    if not (isinstance(value, Literal) and isinstance(bound, Literal)):
        return False
    if isinstance(value.value, str) != isinstance(bound.value, str):
        return False
    try:
        return bool(compare(compare_literal(value, bound), 0))
    except (TypeError, NotImplementedError):
        return False


def _pair_holds(compare: Callable[[Any, Any], bool], value: Node, bound: Node) -> bool:
    """Whether ``value`` stands to ``bound`` as ``sh:lessThan(OrEquals)`` asks, read as pySHACL reads it:
    text (an IRI or a string literal) compares only with text; other literals in rdflib's order of literals."""

    def text(node: Node) -> str | None:
        if isinstance(node, URIRef):
            return str(node)
        return (
            node.value
            if isinstance(node, Literal) and isinstance(node.value, str)
            else None
        )

    left, right = text(value), text(bound)
    if (left is None) != (right is None):
        return False
    try:
        return bool(compare(left, right) if left is not None else compare(value, bound))
    except TypeError:
        return False


def _filled(message: str, bound: dict[str, Node | None]) -> str:
    """A constraint's message with ``{$this}``, ``{?path}`` and ``{?value}`` filled in."""
    return re.sub(r"\{[?$](this|path|value)\}", lambda m: str(bound[m[1]]), message)


def _rdflib_term(term: object) -> Node | None:
    import pyoxigraph as ox

    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    literal = cast(ox.Literal, term)
    if literal.language:
        return Literal(literal.value, lang=literal.language)
    datatype = literal.datatype.value
    return (
        Literal(literal.value)
        if datatype == str(XSD.string)
        else Literal(literal.value, datatype=URIRef(datatype))
    )


def _violation(results: Graph, result: Node) -> Violation:
    def one(predicate: URIRef) -> Node | None:
        return results.value(result, predicate)

    messages = sorted(
        str(m)
        for m in results.objects(result, SH.resultMessage)
        if isinstance(m, Literal)
    )
    return Violation(
        focus=cast(Node, one(SH.focusNode)),  # every SHACL result has one
        path=_path(results, one(SH.resultPath)),
        message="; ".join(messages),
        severity=_local_name(one(SH.resultSeverity)),
        component=_local_name(one(SH.sourceConstraintComponent)),
        value=one(SH.value),
    )


def _path(graph: Graph, node: Node | None) -> URIRef | Path | None:
    return None if node is None else _property_path(graph, node)


def _property_path(graph: Graph, node: Node) -> URIRef | Path:
    """A SHACL property path, as written in ``graph``, turned into an rdflib path."""
    if isinstance(node, URIRef):
        return node
    if graph.value(node, RDF.first) is not None:
        return SequencePath(
            *(_property_path(graph, step) for step in Collection(graph, node))
        )
    for predicate, build in (
        (SH.inversePath, InvPath),
        (SH.zeroOrMorePath, lambda p: MulPath(p, "*")),
        (SH.oneOrMorePath, lambda p: MulPath(p, "+")),
        (SH.zeroOrOnePath, lambda p: MulPath(p, "?")),
    ):
        inner = graph.value(node, predicate)
        if inner is not None:
            return build(_property_path(graph, inner))
    alternatives = graph.value(node, SH.alternativePath)
    if alternatives is not None:
        return AlternativePath(
            *(_property_path(graph, step) for step in Collection(graph, alternatives))
        )
    raise ValueError(f"not a SHACL property path: {node!r}")


def _local_name(node: Node | None) -> str:
    return "" if node is None else str(node).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def declared_terms() -> frozenset[URIRef]:
    """Every term of the kg namespace that ``ontology/kg.ttl`` declares.

    >>> KG.metWith in declared_terms()
    True
    """
    namespace = str(KG)
    return frozenset(
        term
        for kind in _DECLARATIONS
        for term in _ontology().subjects(RDF.type, kind)
        if isinstance(term, URIRef) and term.startswith(namespace)
    )


def undeclared_terms(graph: Graph) -> set[URIRef]:
    """IRIs of the kg namespace used anywhere in ``graph`` that the ontology does not declare.

    >>> from rdflib import URIRef
    >>> g = Graph()
    >>> _ = g.add((URIRef("https://example.org/a"), KG.metWith, URIRef(str(KG) + "Alien")))
    >>> sorted(undeclared_terms(g))
    [rdflib.term.URIRef('https://w3id.org/newskg/ontology#Alien')]
    """
    namespace = str(KG)
    used = {
        term
        for triple in graph
        for term in triple
        if isinstance(term, URIRef) and term.startswith(namespace)
    }
    return used - declared_terms()
