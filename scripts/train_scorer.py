"""Train the relation scorer (``kg/data/scorer.json``) on annotated news, with out-of-fold figures.

    pip install -e '.[train]'
    python scripts/train_scorer.py ../shared/eval/dev.jsonl ../shared/eval/dev2.jsonl

Each gold file is JSON Lines as ``kg eval`` reads them (docs/evaluation.md);
``kg.evaluate``'s matching decides which candidate states a gold relation, so
that training and evaluation agree. The candidates are those the
rules read and those they leave (``kg.extract.pipeline.rules_and_candidates``):
the model learns from all of them, and is judged on those the rules leave. A
candidate that matches only an optional relation is left out. As in the
extractor, the candidates of one trigger whose arguments stand in the same
lists take the highest probability among them (``shared_probabilities``), and a
candidate the extractor may not add (``Candidate.addable``) is learned from, never added.

Documents are split into folds; each fold's candidates are scored by a model
trained on the others, and a candidate's out-of-fold probability is the mean
over several such splits (``--repeats``), so that no one split decides. The
threshold (of 0.50, 0.55, … 0.95) is the one at which the rules plus the
additions have the best out-of-fold F1 (to three decimals), averaged with the F1 at
the neighbouring thresholds so that one candidate does not decide, while keeping
out-of-fold precision at or above ``--precision`` (the higher one on a tie); at each
threshold, a relation whose additions are right less than half the time out of fold
(``--least-right``) adds none (the file lists the relations the scorer may add to; if no
threshold keeps precision, none). The confidence written for
additions is their out-of-fold precision at that threshold by the rule of
succession ((right + 1) / (added + 2)), so that a few right additions never claim
certainty. The model written
is trained on every document.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

from sklearn.feature_extraction import DictVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import GroupKFold

from kg.evaluate import GoldDocument, Prediction, load_gold, matches, score_document
from kg.extract.pipeline import rules_and_candidates
from kg.extract.rules import relation_specs
from kg.extract.scorer import Candidate, shared_probabilities
from kg.nlp import load_pipeline

#: words near a trigger, or between it and an argument, that are features of their own
CONTEXT_WORDS = sorted(
    {
        # modality, near the trigger
        "will", "would", "could", "may", "might", "should", "plan", "expect",
        "postpone", "cancel", "delay", "propose", "threaten", "consider", "seek",
        "hope", "want", "aim", "intend", "not", "n't", "never", "set", "likely",
        "refuse", "fail",
        # between the trigger and an argument
        "from", "on", "with", "between", "by", "and", "against", "to", "in", "of",
        "into", "said", "after", "before", "who", "which", ",",
    }
)  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold", nargs="+", type=Path)
    parser.add_argument("--out", type=Path, default=Path("kg/data/scorer.json"))
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument(
        "--repeats", type=int, default=5, help="splits into folds, averaged"
    )
    parser.add_argument("--C", type=float, default=0.3, help="inverse regularisation")
    parser.add_argument("--precision", type=float, default=0.95)
    parser.add_argument(
        "--least-right",
        type=float,
        default=0.5,
        help="leave out a relation whose additions are right less often than this",
    )
    args = parser.parse_args()
    specs = {spec.name: spec for spec in relation_specs()}
    symmetric = [name for name, spec in specs.items() if spec.symmetric]
    nlp = load_pipeline()
    context = frozenset(CONTEXT_WORDS)

    # docs: (gold, the rules' relations); rows: (doc, features, right, relation, read by the rules)
    docs: list[tuple[GoldDocument, list[Prediction]]] = []
    rows: list[tuple[int, list[str], int, Prediction, bool]] = []
    # each row's candidate, to decide a list's candidates together as the extractor does
    candidate_of: list[Candidate] = []
    for path in args.gold:
        for gold in load_gold(path):
            extraction, found = rules_and_candidates(nlp(gold.text), context)
            names = {k: e.name for k, e in extraction.entities.items()}
            by_rules = [
                Prediction(event.relation, names[a], names[b])
                for event in extraction.events
                if event.status == "asserted"
                for a, b in event.pairs(specs[event.relation])
            ]
            docs.append((gold, by_rules))
            for c, read in found:
                p = Prediction(c.spec.name, names[c.subject], names[c.object])
                right = [
                    g.optional
                    for g in gold.relations
                    if matches(p, g, gold, symmetric=c.spec.symmetric)
                ]
                if right and all(right):
                    continue  # only an optional relation: neither right nor wrong
                rows.append((len(docs) - 1, c.features, int(False in right), p, read))
                candidate_of.append(c)
    left = [r for r in rows if not r[4]]
    print(f"{len(docs)} documents, {len(rows)} candidates ({sum(r[2] for r in rows)} right), "
          f"{len(left)} left by the rules ({sum(r[2] for r in left)} right)")  # fmt: skip

    features = [dict.fromkeys(r[1], 1.0) for r in rows]
    labels = [r[2] for r in rows]
    # each candidate's out-of-fold probability: the mean over ``--repeats`` splits of the
    # documents into folds, so that one lucky split does not decide the threshold
    out_of_fold = [0.0] * len(rows)
    groups = [r[0] for r in rows]
    for repeat in range(args.repeats):
        folds = GroupKFold(n_splits=args.folds, shuffle=True, random_state=repeat)
        for train, test in folds.split(features, labels, groups):
            model, vectorizer = _fit(
                [features[i] for i in train], [labels[i] for i in train], args.C
            )
            probabilities = model.predict_proba(
                vectorizer.transform([features[i] for i in test])
            )
            for i, p in zip(test, probabilities[:, 1]):
                out_of_fold[i] += float(p) / args.repeats
    # a list's candidates decided together, within each document
    by_doc: dict[int, list[int]] = {}
    for i, row in enumerate(rows):
        by_doc.setdefault(row[0], []).append(i)
    for own in by_doc.values():
        shared = shared_probabilities(
            [candidate_of[i] for i in own], [out_of_fold[i] for i in own]
        )
        for i, shared_p in zip(own, shared):
            out_of_fold[i] = shared_p
    # the candidates the scorer may add: left by the rules, and addable
    may_add = [not row[4] and c.addable for row, c in zip(rows, candidate_of)]

    print("threshold  added  right  rules+added P / R / F1 (out of fold)  smoothed F1")
    # per threshold: (threshold, additions right, additions, F1, P, R, kept relations)
    table: list[tuple[float, int, int, float, float, float, set[str]]] = []
    for step in range(10, 20):
        threshold = step / 20
        added = [i for i, p in enumerate(out_of_fold) if p >= threshold and may_add[i]]
        # a relation whose additions are right less than half the time adds none
        kept = _kept_relations(added, rows, labels, args.least_right)
        added = [i for i in added if rows[i][3].type in kept]
        extra = [(rows[i][0], rows[i][3]) for i in added]
        p, r, f = _figures(docs, extra, symmetric)
        table.append(
            (threshold, sum(labels[i] for i in added), len(added), f, p, r, kept)
        )
    chosen: tuple[float, float] | None = None
    best = 0.0
    relations: set[str] = set()
    for k, (threshold, right, count, f, p, r, kept) in enumerate(table):
        # F1 smoothed over the neighbouring thresholds, so that one candidate more or
        # less at a single threshold does not decide the choice
        near = [row[3] for row in table[max(0, k - 1) : k + 2]]
        smoothed = round(sum(near) / len(near), 3)
        print(
            f"{threshold:9.2f}  {count:5}  {right:5}  {p:.3f} / {r:.3f} / "
            f"{f:.3f}  {smoothed:.3f}"
        )
        if p >= args.precision and count and smoothed >= best:
            # the best smoothed F1 that keeps precision (the higher threshold on a tie): a
            # lower one would only add candidates less often right than the F1 they dilute
            # the precision of the additions, by the rule of succession: 11 of 11 right is
            # good evidence, not certainty
            chosen, best, relations = (
                (threshold, (right + 1) / (count + 2)),
                smoothed,
                kept,
            )
    p, r, f = _figures(docs, [], symmetric)
    print(f"rules alone: {p:.3f} / {r:.3f} / {f:.3f}")
    if chosen is not None:
        by_relation = _by_relation(
            [i for i, p_ in enumerate(out_of_fold) if p_ >= chosen[0] and may_add[i]],
            rows,
            labels,
        )
        print(
            f"added at {chosen[0]:.2f} (right / added): "
            + ", ".join(
                f"{k} {sum(v)} / {len(v)}" + ("" if k in relations else " (left out)")
                for k, v in sorted(by_relation.items())
            )
        )
    if chosen is None:
        # nothing the scorer could add keeps precision: a model that adds to no relation
        print(
            f"no addition keeps precision at {args.precision}: the scorer adds nothing"
        )
        chosen, relations = (table[-1][0], 0.5), set()
    threshold, precision = chosen
    model, vectorizer = _fit(features, labels, args.C)
    weights = {
        name: round(float(w), 4)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0])
        if abs(w) >= 1e-4
    }
    args.out.write_text(
        json.dumps(
            {
                "_comment": "A logistic model over candidate features (kg/extract/scorer.py), "
                "written by scripts/train_scorer.py; see kg/data/README.md.",
                "trained_on": [path.name for path in args.gold],
                "documents": len(docs),
                "candidates": len(rows),
                "C": args.C,
                "folds": args.folds,
                "repeats": args.repeats,
                "threshold": threshold,
                "confidence": round(precision, 2),
                "relations": sorted(relations),
                "context_words": CONTEXT_WORDS,
                "bias": round(float(model.intercept_[0]), 4),
                "weights": dict(sorted(weights.items())),
            },
            indent=1,
            ensure_ascii=False,
        )
        + "\n",
        encoding="utf-8",
    )
    print(f"wrote {args.out}: threshold {threshold}, confidence {precision:.2f}, "
          f"{len(weights)} weights")  # fmt: skip


def _by_relation(
    indices: list[int], rows: list[Any], labels: list[int]
) -> dict[str, list[int]]:
    """The labels of the candidates at ``indices``, by relation."""
    by_relation: dict[str, list[int]] = {}
    for i in indices:
        by_relation.setdefault(rows[i][3].type, []).append(labels[i])
    return by_relation


def _kept_relations(
    added: list[int], rows: list[Any], labels: list[int], least: float
) -> set[str]:
    """The relations whose candidates among ``added`` are right at least ``least`` of the time."""
    return {
        k
        for k, v in _by_relation(added, rows, labels).items()
        if sum(v) >= least * len(v)
    }


def _fit(
    features: list[dict[str, float]], labels: list[int], c: float
) -> tuple[LogisticRegression, DictVectorizer]:
    vectorizer = DictVectorizer()
    model = LogisticRegression(C=c, max_iter=3000)
    if len(set(labels)) < 2:
        sys.exit(
            "every fold needs right and wrong candidates to learn from: "
            "give more documents or fewer --folds"
        )
    model.fit(vectorizer.fit_transform(features), labels)
    return model, vectorizer


def _figures(
    docs: list[tuple[GoldDocument, list[Prediction]]],
    added: list[tuple[int, Prediction]],
    symmetric: list[str],
) -> tuple[float, float, float]:
    """Precision, recall and F1 of the rules' relations plus the ``added`` (document, relation) pairs."""
    verdicts: Counter[str] = Counter()
    for index, (gold, by_rules) in enumerate(docs):
        predicted = by_rules + [p for i, p in added if i == index]
        for outcome in score_document(gold, predicted, symmetric_types=symmetric):
            verdicts[outcome.verdict] += 1
    tp, fp, fn = verdicts["tp"], verdicts["fp"], verdicts["fn"]
    p, r = tp / max(1, tp + fp), tp / max(1, tp + fn)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


if __name__ == "__main__":
    main()
