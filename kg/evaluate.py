"""Score the relations of a build against gold annotations (``kg eval``).

A gold file is JSON Lines, one annotated document a line; ``docs/evaluation.md``
describes the format. Each document is built on its own, the binary relations
(``kg:signed``, ``kg:metWith``, ``kg:imposedTariffOn`` and any other relation
``kg/data/relations.json`` declares) are read back from its graph, and matched
against the gold relations by the rules of the shared annotation guidelines:

- an argument matches when its ``rdfs:label``, normalised, is one of the gold
  entity's names, normalised the same way (:func:`normalise`);
- a gold relation with ``agreement_keys`` matches any predicted object whose
  label contains one of the keys;
- a symmetric relation (``met_with``) matches in either order;
- an ``optional`` gold relation is neither rewarded nor punished, and nor is a
  second prediction of a gold relation already matched.

>>> normalise("  The U.S.’s ")
'us'
>>> Counts(tp=6, fp=2, fn=6).f1
0.6
"""

from __future__ import annotations

import json
import typing
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx
from rdflib import RDF, RDFS, SKOS, Graph, Literal, URIRef

from kg.errors import InputError
from kg.extract import ENTITY_CLASSES, RelationSpec, relation_specs
from kg.namespace import KG
from kg.text import single_spaced, straighten, without_article

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = [
    "CalibrationBin",
    "Counts",
    "Evaluation",
    "GoldDocument",
    "GoldEntity",
    "GoldRelation",
    "Outcome",
    "Prediction",
    "evaluate",
    "evaluate_graphs",
    "graphs_by_document",
    "load_gold",
    "matches",
    "normalise",
    "predicted_relations",
    "score_document",
]

#: Lower edges of the calibration bins; the top bin is closed: [0.9, 1.0].
BIN_EDGES = (0.9, 0.8, 0.7, 0.6, 0.5, 0.0)

_NS = str(KG)

#: What a scored relation turned out to be: true positive, false positive, false negative.
Verdict = typing.Literal["tp", "fp", "fn"]


# --------------------------------------------------------------------------- labels


def normalise(label: str) -> str:
    """A name as the matching rules compare it: case-folded, straight apostrophes,
    no trailing possessive, no leading "the", no dots, single spaces.

    >>> normalise("the European Union's")
    'european union'
    >>> normalise("U.S.  President")
    'us president'
    """
    text = straighten(label.casefold()).strip().removesuffix("'s")
    text = without_article(single_spaced(text))
    return single_spaced(text.replace(".", ""))


# --------------------------------------------------------------------------- gold


@dataclass(frozen=True)
class GoldEntity:
    """An entity of a gold document: its fullest name, class and every surface form."""

    name: str
    type: str
    aliases: tuple[str, ...] = ()

    @property
    def forms(self) -> frozenset[str]:
        """The normalised names that identify this entity."""
        return frozenset(normalise(n) for n in (self.name, *self.aliases))


@dataclass(frozen=True)
class GoldRelation:
    """A relation the text states (or, when ``optional``, one it allows)."""

    type: str
    subject: str
    object: str
    optional: bool = False
    agreement_keys: tuple[str, ...] = ()
    evidence: str = ""


@dataclass(frozen=True)
class GoldDocument:
    """One line of a gold file."""

    id: str
    text: str
    entities: tuple[GoldEntity, ...]
    relations: tuple[GoldRelation, ...]
    published: date | None = None
    line: int = 0

    def forms(self, name: str) -> frozenset[str]:
        """The normalised names of the entity called ``name`` (empty if there is none)."""
        for entity in self.entities:
            if entity.name == name:
                return entity.forms
        return frozenset()


def load_gold(
    path: str | Path, *, relation_types: Iterable[str] | None = None
) -> list[GoldDocument]:
    """Read a gold JSON Lines file; every malformed line is reported, with its number, in one
    :class:`~kg.errors.InputError`.

    ``relation_types`` are the valid relation names (default: those of ``relations.json``).
    """
    path = Path(path)
    if not path.is_file():
        raise InputError(f"no gold file {str(path)!r}")
    try:
        lines = path.read_text(encoding="utf-8").split(
            "\n"
        )  # not splitlines(): U+2028 may stand inside a JSON string
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})"
        ) from None
    types = (
        tuple(relation_types)
        if relation_types is not None
        else tuple(s.name for s in relation_specs())
    )
    documents: list[GoldDocument] = []
    problems: list[str] = []
    seen: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            document = _gold_document(line, number, types)
        except _LineError as exc:
            problems.append(f"{path.name} line {number}: {exc}")
            continue
        if document.id in seen:
            problems.append(
                f"{path.name} line {number}: document id {document.id!r} already used on line {seen[document.id]}"
            )
            continue
        seen[document.id] = number
        documents.append(document)
    if problems:
        shown = problems[:20]
        more = f"\n… and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise InputError(
            f"{len(problems)} malformed gold lines:\n" + "\n".join(shown) + more
        )
    if not documents:
        raise InputError(f"{path}: no gold document (one JSON object per line)")
    return documents


class _LineError(Exception):
    """What is wrong with one gold line (gathered into an InputError)."""


def _field(
    obj: Mapping[str, Any],
    key: str,
    kind: type | tuple[type, ...],
    where: str,
    *,
    required: bool = True,
) -> Any:
    if key not in obj:
        if required:
            raise _LineError(f"{where} has no {key!r}")
        return None
    value = obj[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        names = " or ".join(
            k.__name__ for k in (kind if isinstance(kind, tuple) else (kind,))
        )
        raise _LineError(
            f"{where}: {key!r} must be a {names}, not {type(value).__name__}"
        )
    return value


def _strings(obj: Mapping[str, Any], key: str, where: str) -> tuple[str, ...]:
    values = _field(obj, key, list, where, required=False) or []
    if not all(isinstance(v, str) for v in values):
        raise _LineError(f"{where}: {key!r} must be a list of strings")
    return tuple(values)


def _gold_document(line: str, number: int, types: tuple[str, ...]) -> GoldDocument:
    try:
        raw = json.loads(line)
    except json.JSONDecodeError as exc:
        raise _LineError(f"not JSON ({exc.msg} at column {exc.colno})") from None
    except ValueError as exc:  # a number too long to convert
        raise _LineError(f"not readable JSON ({str(exc).split(';')[0]})") from None
    except RecursionError:
        raise _LineError("not readable JSON (nested too deeply)") from None
    if not isinstance(raw, dict):
        raise _LineError(f"a gold line is a JSON object, not {type(raw).__name__}")
    doc_id = _field(raw, "id", str, "the document")
    if not doc_id.strip():
        raise _LineError("the document's 'id' is empty")
    where = f"document {doc_id!r}"
    text = _field(raw, "text", str, where)
    if not text.strip():
        raise _LineError(f"{where}: 'text' is empty")
    published = None
    if raw.get("published"):
        from kg.read import parse_published

        try:
            published = parse_published(raw["published"])
        except InputError as exc:
            raise _LineError(f"{where}: {exc}") from None
    entities: list[GoldEntity] = []
    for n, item in enumerate(_field(raw, "entities", list, where), start=1):
        at = f"{where}, entity {n}"
        if not isinstance(item, dict):
            raise _LineError(f"{at} is not a JSON object")
        kind = _field(item, "type", str, at)
        if kind not in ENTITY_CLASSES:
            raise _LineError(
                f"{at}: type {kind!r} is not one of {', '.join(ENTITY_CLASSES)}"
            )
        name = _field(item, "name", str, at)
        if any(e.name == name for e in entities):
            raise _LineError(f"{at}: the name {name!r} is already an entity's name")
        entities.append(GoldEntity(name, kind, _strings(item, "aliases", at)))
    by_name = {e.name: e for e in entities}
    relations: list[GoldRelation] = []
    for n, item in enumerate(_field(raw, "relations", list, where), start=1):
        at = f"{where}, relation {n}"
        if not isinstance(item, dict):
            raise _LineError(f"{at} is not a JSON object")
        kind = _field(item, "type", str, at)
        if kind not in types:
            raise _LineError(f"{at}: type {kind!r} is not one of {', '.join(types)}")
        subject, obj = _field(item, "subject", str, at), _field(item, "object", str, at)
        for name in (subject, obj):
            if name not in by_name:
                raise _LineError(
                    f"{at} names {name!r}, which is not the name of an entity of the document"
                )
        keys = _strings(item, "agreement_keys", at)
        if any(not k.strip() for k in keys):
            raise _LineError(
                f"{at}: an empty agreement key would match every agreement"
            )
        if by_name[obj].type == "Agreement" and not keys:
            raise _LineError(
                f"{at}: its object is an Agreement, so it needs 'agreement_keys'"
            )
        optional = _field(item, "optional", bool, at, required=False) or False
        evidence = _field(item, "evidence", str, at, required=False) or ""
        relations.append(
            GoldRelation(
                kind,
                subject,
                obj,
                optional,
                tuple(k.casefold() for k in keys),
                evidence,
            )
        )
    return GoldDocument(
        doc_id, text, tuple(entities), tuple(relations), published, number
    )


# --------------------------------------------------------------------------- predictions


@dataclass(frozen=True)
class Prediction:
    """A relation read from a graph: its type, argument labels, and the event behind it."""

    type: str
    subject: str
    object: str
    confidence: float | None = None
    evidence: str | None = None


def _label(graph: Graph, node: URIRef) -> str:
    for predicate in (RDFS.label, SKOS.prefLabel):
        value = graph.value(node, predicate)
        if value is not None:
            return str(value)
    return str(node).rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _confidence(value: object) -> float | None:
    if not isinstance(value, Literal):
        return None
    try:
        number = float(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return None
    return number if 0.0 <= number <= 1.0 else None


def _support(
    graph: Graph, spec: RelationSpec
) -> dict[tuple[URIRef, URIRef], tuple[float | None, str | None]]:
    """For each (subject, object) pair, the confidence and evidence of the surest event stating it."""
    found: dict[tuple[URIRef, URIRef], tuple[float | None, str | None]] = {}
    subject_role, object_role = (
        URIRef(_NS + spec.subject_role),
        URIRef(_NS + spec.object_role),
    )
    for event in graph.subjects(RDF.type, URIRef(_NS + spec.event)):
        status = graph.value(event, KG.status)
        if status is not None and str(status) != "asserted":
            continue
        confidence = _confidence(graph.value(event, KG.confidence))
        evidence = graph.value(event, KG.evidence)
        subjects = set(graph.objects(event, subject_role))
        objects = subjects if spec.symmetric else set(graph.objects(event, object_role))
        for a in subjects:
            for b in objects:
                if a == b or not isinstance(a, URIRef) or not isinstance(b, URIRef):
                    continue
                best = found.get((a, b))
                if best is None or (confidence or 0.0) > (best[0] or 0.0):
                    found[(a, b)] = (
                        confidence,
                        None if evidence is None else str(evidence),
                    )
    return found


def predicted_relations(
    graph: Graph, specs: Sequence[RelationSpec] | None = None
) -> list[Prediction]:
    """The binary relations of ``graph``, one per (type, subject label, object label).

    A relation said by several events keeps the highest confidence among them.
    """
    out: dict[tuple[str, str, str], Prediction] = {}
    for spec in specs if specs is not None else relation_specs():
        support = _support(graph, spec)
        for s, o in graph.subject_objects(URIRef(_NS + spec.predicate)):
            if not isinstance(s, URIRef) or not isinstance(o, URIRef):
                continue
            confidence, evidence = support.get((s, o), (None, None))
            key = (spec.name, _label(graph, s), _label(graph, o))
            earlier = out.get(key)
            if earlier is None or (confidence or 0.0) > (earlier.confidence or 0.0):
                out[key] = Prediction(*key, confidence=confidence, evidence=evidence)
    return [out[key] for key in sorted(out)]


# --------------------------------------------------------------------------- matching


def matches(
    prediction: Prediction,
    gold: GoldRelation,
    document: GoldDocument,
    *,
    symmetric: bool = False,
) -> bool:
    """Whether ``prediction`` states ``gold`` by the matching rules (see the module docstring)."""
    if prediction.type != gold.type:
        return False
    subject, obj = normalise(prediction.subject), normalise(prediction.object)
    subject_forms, object_forms = (
        document.forms(gold.subject),
        document.forms(gold.object),
    )
    if gold.agreement_keys:
        label = prediction.object.casefold()
        return subject in subject_forms and any(
            key in label for key in gold.agreement_keys
        )
    if subject in subject_forms and obj in object_forms:
        return True
    return symmetric and subject in object_forms and obj in subject_forms


@dataclass(frozen=True)
class Outcome:
    """One scored relation: a true positive, a false positive or a false negative."""

    document: str
    verdict: Verdict
    type: str
    subject: str
    object: str
    confidence: float | None = None
    evidence: str | None = None


def _one_per_pair(
    predictions: Iterable[Prediction], symmetric: frozenset[str]
) -> list[Prediction]:
    """The predictions, a symmetric relation written both ways counted once (the surer way kept), as the shared scorer does."""
    kept: dict[tuple[object, ...], Prediction] = {}
    for p in predictions:
        key: tuple[object, ...] = (
            (p.type, frozenset((normalise(p.subject), normalise(p.object))))
            if p.type in symmetric
            else (p.type, p.subject, p.object, len(kept))
        )
        if key not in kept or (p.confidence or 0.0) > (kept[key].confidence or 0.0):
            kept[key] = p
    return list(kept.values())


def score_document(
    document: GoldDocument,
    predictions: Iterable[Prediction],
    *,
    symmetric_types: Iterable[str] = (),
) -> list[Outcome]:
    """Match one document's predictions with its gold relations.

    Each required gold relation is matched at most once, and the pairing found
    is a maximum one (no prediction takes a gold relation another needed).
    Predictions matching only optional gold relations, or only gold relations
    already matched, are left out of the score.
    """
    symmetric = frozenset(symmetric_types)
    predicted = _one_per_pair(predictions, symmetric)
    required = [g for g in document.relations if not g.optional]
    optional = [g for g in document.relations if g.optional]

    def fits(p: Prediction, g: GoldRelation) -> bool:
        return matches(p, g, document, symmetric=p.type in symmetric)

    pairs = nx.Graph()
    pairs.add_nodes_from(("p", i) for i in range(len(predicted)))
    pairs.add_edges_from(
        (("p", i), ("g", j))
        for i, p in enumerate(predicted)
        for j, g in enumerate(required)
        if fits(p, g)
    )
    pairing = nx.bipartite.maximum_matching(
        pairs, top_nodes=[("p", i) for i in range(len(predicted))]
    )
    outcomes: list[Outcome] = []
    for i, p in enumerate(predicted):
        if ("p", i) in pairing:
            verdict: Verdict = "tp"
        elif pairs.degree(("p", i)) or any(fits(p, g) for g in optional):
            continue  # a second find of a matched relation, or an optional one
        else:
            verdict = "fp"
        outcomes.append(
            Outcome(
                document.id,
                verdict,
                p.type,
                p.subject,
                p.object,
                p.confidence,
                p.evidence,
            )
        )
    for j, g in enumerate(required):
        if ("g", j) not in pairing:
            outcomes.append(
                Outcome(
                    document.id,
                    "fn",
                    g.type,
                    g.subject,
                    g.object,
                    evidence=g.evidence or None,
                )
            )
    return outcomes


# --------------------------------------------------------------------------- figures


@dataclass(frozen=True)
class Counts:
    """True positives, false positives and false negatives, and the figures they give."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        return {
            "tp": self.tp,
            "fp": self.fp,
            "fn": self.fn,
            "precision": round(self.precision, 4),
            "recall": round(self.recall, 4),
            "f1": round(self.f1, 4),
        }


@dataclass(frozen=True)
class CalibrationBin:
    """Predicted relations whose confidence lies in [low, high) ([low, 1] for the top bin)."""

    low: float
    high: float
    count: int
    correct: int

    @property
    def precision(self) -> float | None:
        return self.correct / self.count if self.count else None

    @property
    def label(self) -> str:
        return f"[{self.low:.2f}, {self.high:.2f}{']' if self.high >= 1.0 else ')'}"


def _bin_index(confidence: float, lows: Sequence[float]) -> int:
    """Which bin (by descending lower edges) a confidence falls in; two-decimal safe.

    >>> [_bin_index(c, (0.9, 0.8, 0.0)) for c in (1.0, 0.9, 0.89, 0.8, 0.1)]
    [0, 0, 1, 1, 2]
    """
    exact = Decimal(repr(confidence))
    for n, low in enumerate(lows):
        if exact >= Decimal(repr(low)):
            return n
    return len(lows) - 1


@dataclass
class Evaluation:
    """The outcome of scoring documents: every true/false positive and false negative."""

    outcomes: list[Outcome] = field(default_factory=list)
    relation_types: tuple[str, ...] = ()
    documents: int = 0

    def counts(self, relation: str | None = None) -> Counts:
        """Counts of one relation type, or of all together."""
        chosen = [o for o in self.outcomes if relation is None or o.type == relation]
        return Counts(
            *(sum(o.verdict == v for o in chosen) for v in ("tp", "fp", "fn"))
        )

    def calibration(self, lows: Sequence[float] = BIN_EDGES) -> list[CalibrationBin]:
        """Predicted relations by confidence bin: how many, how many right.

        Predictions without a confidence (no event in the graph) are left out.
        """
        lows = sorted(lows, reverse=True)
        counts = [[0, 0] for _ in lows]
        for o in self.outcomes:
            if o.verdict != "fn" and o.confidence is not None:
                n = _bin_index(o.confidence, lows)
                counts[n][0] += 1
                counts[n][1] += o.verdict == "tp"
        highs = [1.0, *lows[:-1]]
        return [
            CalibrationBin(low, high, c, ok)
            for low, high, (c, ok) in zip(lows, highs, counts, strict=True)
        ]

    def at_least(self, threshold: float) -> Counts:
        """Counts if only predictions with confidence ≥ ``threshold`` were kept."""
        tp = fp = 0
        for o in self.outcomes:
            if (
                o.verdict != "fn"
                and o.confidence is not None
                and Decimal(repr(o.confidence)) >= Decimal(repr(threshold))
            ):
                tp += o.verdict == "tp"
                fp += o.verdict == "fp"
        gold = sum(o.verdict in {"tp", "fn"} for o in self.outcomes)
        return Counts(tp, fp, gold - tp)

    def errors(self) -> list[Outcome]:
        """False positives and false negatives, by document."""
        return [o for o in self.outcomes if o.verdict != "tp"]

    def as_dict(self) -> dict[str, Any]:
        """Everything as plain JSON-ready values."""
        return {
            "documents": self.documents,
            "relations": {t: self.counts(t).as_dict() for t in self.relation_types},
            "overall": self.counts().as_dict(),
            "calibration": [
                {
                    "bin": b.label,
                    "low": b.low,
                    "high": b.high,
                    "count": b.count,
                    "correct": b.correct,
                    "precision": None if b.precision is None else round(b.precision, 4),
                }
                for b in self.calibration()
            ],
            "confidence_at_least_0.8": self.at_least(0.8).as_dict(),
            "errors": [
                {
                    "document": o.document,
                    "kind": o.verdict,
                    "type": o.type,
                    "subject": o.subject,
                    "object": o.object,
                    "confidence": o.confidence,
                    "evidence": o.evidence,
                }
                for o in self.errors()
            ],
        }

    def report(self, *, verbose: bool = False) -> str:
        """The figures as text: per relation, overall, calibration, and (``verbose``) every error."""
        lines = [
            f"{'relation':<20}{'P':>7}{'R':>7}{'F1':>7}{'tp':>6}{'fp':>6}{'fn':>6}"
        ]
        for name in (*self.relation_types, None):
            c = self.counts(name)
            lines.append(
                f"{name or 'overall':<20}{c.precision:>7.3f}{c.recall:>7.3f}{c.f1:>7.3f}{c.tp:>6}{c.fp:>6}{c.fn:>6}"
            )
        lines += [
            "",
            f"{'confidence':<14}{'relations':>10}{'correct':>9}{'precision':>11}",
        ]
        for b in self.calibration():
            shown = "-" if b.precision is None else f"{b.precision:.3f}"
            lines.append(f"{b.label:<14}{b.count:>10}{b.correct:>9}{shown:>11}")
        unsure = sum(o.verdict != "fn" and o.confidence is None for o in self.outcomes)
        if unsure:
            lines.append(
                f"not in the table: {unsure} relation{'s' if unsure > 1 else ''} with no event confidence behind"
            )
        kept = self.at_least(0.8)
        lines.append(
            f"confidence ≥ 0.80: precision {kept.precision:.3f} over {kept.tp + kept.fp} relations "
            f"(recall {kept.recall:.3f})"
        )
        if verbose:
            errors = self.errors()
            lines += ["", f"{len(errors)} errors" if errors else "no errors"]
            current = None
            for o in errors:
                if o.document != current:
                    current = o.document
                    lines.append(f"{o.document}:")
                confidence = (
                    "" if o.confidence is None else f" confidence {o.confidence:.2f}"
                )
                lines.append(
                    f"  {o.verdict.upper()} {o.type}({o.subject}, {o.object}){confidence}"
                )
                if o.evidence:
                    lines.append(f"     {' '.join(o.evidence.split())}")
        lines.append(f"{self.documents} documents; overall F1 = {self.counts().f1:.3f}")
        return "\n".join(lines)


# --------------------------------------------------------------------------- running


def graphs_by_document(dataset: Graph) -> dict[str, Graph]:
    """The graph of each document in a build's output, keyed by document id.

    A TriG/N-Quads dataset (``kg build --format trig``) gives one graph per
    named graph; a plain graph may hold one document only, since its relations
    do not say which document they came from.
    """
    from rdflib import Dataset
    from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

    # The named graphs; the default graph, when there are some, is the linked graph of them all.
    named = (
        [
            g
            for g in dataset.graphs()
            if len(g) and g.identifier != DATASET_DEFAULT_GRAPH_ID
        ]
        if isinstance(dataset, Dataset)
        else []
    )
    contexts = named or [dataset]
    found: dict[str, Graph] = {}
    for graph in contexts:
        plain = Graph()
        for triple in graph:
            plain.add(triple)
        ids = {
            str(i)
            for d in plain.subjects(RDF.type, KG.Document)
            for i in plain.objects(d, KG.documentId)
        }
        if len(ids) > 1:
            raise InputError(
                f"one graph holds {len(ids)} documents ({', '.join(sorted(ids)[:3])}, …): score a dataset with "
                "one named graph per document instead (kg build --format trig)"
            )
        found.update(dict.fromkeys(ids, plain))
    return found


def evaluate_graphs(
    gold: Sequence[GoldDocument], graphs: Mapping[str, Graph]
) -> Evaluation:
    """Score already built graphs (by document id) against ``gold``.

    A gold document without a graph counts as one that yielded no relation.
    """
    specs = relation_specs()
    symmetric = [s.name for s in specs if s.symmetric]
    evaluation = Evaluation(
        relation_types=tuple(s.name for s in specs), documents=len(gold)
    )
    for document in gold:
        graph = graphs.get(document.id)
        predictions = predicted_relations(graph, specs) if graph is not None else []
        evaluation.outcomes.extend(
            score_document(document, predictions, symmetric_types=symmetric)
        )
    return evaluation


def _built(gold: Sequence[GoldDocument], nlp: Language) -> Iterator[tuple[str, Graph]]:
    from kg.build import GraphBuilder
    from kg.read import Document

    for document in gold:
        builder = GraphBuilder(
            nlp=nlp
        )  # one builder per document: labels never leak between them
        try:
            graph = builder.add(
                Document(
                    id=document.id, text=document.text, published=document.published
                )
            )
        except InputError as exc:
            raise InputError(f"gold line {document.line}: {exc}") from None
        yield document.id, graph


def evaluate(
    gold: str | Path | Sequence[GoldDocument],
    *,
    model: str | None = None,
    nlp: Language | None = None,
) -> Evaluation:
    """Build every gold document with the pipeline (loaded once) and score the relations found.

    >>> evaluate("gold.jsonl").counts().f1  # doctest: +SKIP
    0.82
    """
    documents = load_gold(gold) if isinstance(gold, (str, Path)) else list(gold)
    if nlp is None:
        from kg.nlp import load_pipeline

        nlp = load_pipeline(model)
    return evaluate_graphs(documents, dict(_built(documents, nlp)))
