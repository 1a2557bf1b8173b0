"""The learned scorer: its shipped model, its candidates, what it adds to the rules, and its training script."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from kg.errors import InputError
from kg.extract import extract
from kg.extract.rules import rules
from kg.extract.scorer import Scorer, candidates, default_scorer

ROOT = Path(__file__).resolve().parent.parent

#: a scorer that takes every candidate, to see what the stage does with them
EVERYTHING = Scorer({}, bias=0.0, threshold=0.0, confidence=0.4)


def _events(doc, scorer=None, learned=True):  # type: ignore[no-untyped-def]
    """(relation, subject, object, status, confidence) of each event; keys without their class."""
    found = extract(doc, scorer=scorer, learned=learned)
    out = set()
    for event in found.events:
        spec = next(s for s in rules().relations if s.name == event.relation)
        for a, b in event.pairs(spec):
            out.add(
                (
                    event.relation,
                    a.split(":", 1)[1],
                    b.split(":", 1)[1],
                    event.status,
                    event.confidence,
                )
            )
    return out


def test_the_shipped_model_is_a_probability_model_with_a_threshold_and_a_confidence() -> (
    None
):
    scorer = default_scorer()
    assert 0.5 <= scorer.threshold < 1.0
    assert 0.0 < scorer.confidence <= 1.0  # a precision out of fold, not a probability
    assert len(scorer.weights) > 100
    assert all(math.isfinite(w) for w in scorer.weights.values())
    data = json.loads((ROOT / "kg" / "data" / "scorer.json").read_text("utf-8"))
    assert data["trained_on"] and data["documents"] > 0


def test_the_probability_is_the_logistic_of_bias_plus_weights() -> None:
    scorer = Scorer({"a": 1.0, "b": -3.0}, bias=0.5, threshold=0.5, confidence=0.5)
    assert scorer.probability(["a", "b"]) == pytest.approx(1 / (1 + math.exp(1.5)))
    assert scorer.probability(["unknown"]) == pytest.approx(1 / (1 + math.exp(-0.5)))


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"weights": {}, "bias": 0, "threshold": 0.5},
        {"weights": "heavy", "bias": 0, "threshold": 0.5, "confidence": 0.5},
        {"weights": {}, "bias": "high", "threshold": 0.5, "confidence": 0.5},
    ],
)
def test_a_scorer_file_without_a_model_is_refused_with_the_fields_it_needs(
    data: dict[str, object],
) -> None:
    with pytest.raises(InputError, match="weights, bias, threshold and confidence"):
        Scorer.from_json(data)


@pytest.mark.model
def test_a_candidate_is_a_pair_of_one_sentence_with_its_paths_from_the_trigger(
    nlp,  # type: ignore[no-untyped-def]
) -> None:
    doc = nlp("Lena Holm met Ravi Menon in Oslo.")
    from kg.extract.entities import find_entities
    from kg.gazetteer import default_gazetteer

    mentions = find_entities(doc, default_gazetteer(), rules())
    found = list(candidates(doc[:], mentions, rules(), frozenset({"in"})))
    # a symmetric relation's pair once; nothing for the other relations
    assert [(c.spec.name, c.subject, c.object) for c in found] == [
        ("met_with", "Person:lena holm", "Person:ravi menon")
    ]
    features = set(found[0].features)
    assert {
        "met_with:trig=meet",
        "met_with:pa=|nsubj",
        "met_with:pb=|dobj",
        "met_with:ord=atb",
    } <= features


@pytest.mark.model
def test_a_generic_agreement_is_never_a_candidate(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(
        "Chile and Peru signed five agreements on Monday, including a treaty on "
        "extradition and a protocol on tourism."
    )
    events = _events(doc, scorer=EVERYTHING)
    assert {(s, o) for r, s, o, *_ in events if r == "signed"} == {
        ("chile", "treaty on extradition"),
        ("peru", "treaty on extradition"),
        ("chile", "protocol on tourism"),
        ("peru", "protocol on tourism"),
    }


@pytest.mark.model
def test_the_scorer_adds_a_pair_the_rules_leave_with_the_files_confidence(nlp) -> None:  # type: ignore[no-untyped-def]
    # the rules read the official and the partner; the country of the official is the scorer's
    doc = nlp(
        "Foreign Minister Ana Rojas of Chile signed the Andes Water Accord with Peru."
    )
    rules = _events(doc, learned=False)
    assert {(s, o) for _, s, o, *_ in rules} == {
        ("ana rojas", "andes water accord"),
        ("peru", "andes water accord"),
    }
    # the shipped model, allowed to add to every relation (the file may leave some out)
    scorer = replace(default_scorer(), relations=None)
    assert _events(doc, scorer=scorer) - rules == {
        ("signed", "chile", "andes water accord", "asserted", scorer.confidence)
    }


@pytest.mark.model
def test_an_addition_takes_the_status_its_trigger_has(nlp) -> None:  # type: ignore[no-untyped-def]
    doc = nlp("Peru will soon apply duties to wine from Chile, the ministry said.")
    events = _events(doc, scorer=EVERYTHING)
    assert events and {status for *_, status, _ in events} == {"planned"}


@pytest.mark.model
def test_the_scorer_never_overrides_what_the_rules_read(nlp) -> None:  # type: ignore[no-untyped-def]
    # the rules read a plan; a scorer that takes everything does not make it a fact
    doc = nlp("Ana Rojas will meet Luis Paredes in Lima next week.")
    assert _events(doc, scorer=EVERYTHING) == _events(doc, learned=False) != set()


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # a finding was set, no duty: learned from, never added
        ("The Andean Customs Service set preliminary dumping margins for Chile and Bolivia.", set()),
        # a rate is a duty's: the rules read it, and the scorer adds nothing to their reading
        ("Peru slapped an extra 10% on goods from Chile.", {("peru", "chile")}),
    ],
)  # fmt: skip
def test_a_verb_whose_object_names_no_measure_adds_no_duty(nlp, text, targets) -> None:  # type: ignore[no-untyped-def]
    events = _events(nlp(text), scorer=EVERYTHING)
    assert {(s, o) for r, s, o, *_ in events if r == "imposed_tariff_on"} == targets


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "targets"),
    [
        # the first name of the list is likely; the ones after it stand in the same list
        ("Peru published a list of duties on steel from Chile, Brazil and Mexico.", {"chile", "brazil", "mexico"}),
        # a second list is a decision of its own
        ("Peru published a list of duties on steel from Chile and Brazil and on copper from Mexico.", {"chile", "brazil"}),
    ],
)  # fmt: skip
def test_the_names_of_one_list_are_decided_together(nlp, text, targets) -> None:  # type: ignore[no-untyped-def]
    # a model that only likes the target nearest the trigger
    scorer = Scorer(
        {"imposed_tariff_on:rankb=0": 4.0}, bias=-2.0, threshold=0.5, confidence=0.6
    )
    events = _events(nlp(text), scorer=scorer)
    assert {o for r, s, o, *_ in events if s == "peru"} == targets


#: invented articles, annotated as docs/evaluation.md says, for the training script
TRAINING = [
    ("Ana Rojas met Luis Paredes in Lima.", [("met_with", "Ana Rojas", "Luis Paredes")]),
    ("Chile and Peru signed the Andes Water Accord.", [("signed", "Chile", "Andes Water Accord"), ("signed", "Peru", "Andes Water Accord")]),
    ("Peru imposed duties on steel from Chile.", [("imposed_tariff_on", "Peru", "Chile")]),
    ("Lena Holm will meet Ravi Menon in Oslo next week.", []),
    ("Norway threatened tariffs on Iceland.", []),
    ("Tomas Vidal met Sara Lind and Ivo Petrov in Madrid.", [("met_with", "Tomas Vidal", "Sara Lind"), ("met_with", "Tomas Vidal", "Ivo Petrov")]),
]  # fmt: skip


_TYPES = {"Chile": "Country", "Peru": "Country", "Andes Water Accord": "Agreement"}


def _gold_line(number: int, text: str, relations: list[tuple[str, str, str]]) -> str:
    names = {n for _, s, o in relations for n in (s, o)}
    return json.dumps(
        {
            "id": f"t{number}",
            "text": text,
            "entities": [
                {"name": n, "type": _TYPES.get(n, "Person"), "aliases": []}
                for n in sorted(names)
            ],
            "relations": [
                {"type": t, "subject": s, "object": o}
                | ({"agreement_keys": ["accord"]} if t == "signed" else {})
                for t, s, o in relations
            ],
        }
    )


@pytest.mark.model
@pytest.mark.slow
def test_the_training_script_reports_out_of_fold_figures_and_writes_a_model(
    tmp_path: Path,
) -> None:
    pytest.importorskip("sklearn")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(
        "\n".join(_gold_line(i, t, r) for i, (t, r) in enumerate(TRAINING)) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "scorer.json"
    run = subprocess.run(
        [
            sys.executable,
            str(ROOT / "scripts" / "train_scorer.py"),
            str(gold),
            *("--folds", "3", "--precision", "0", "--least-right", "0"),
            *("--out", str(out)),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    assert "6 documents" in run.stdout
    assert "rules alone: 1.000 / 1.000 / 1.000" in run.stdout
    rows = [
        line.split()
        for line in run.stdout.splitlines()
        if line.strip()[:4] in {"0.50", "0.55", "0.60", "0.65", "0.70", "0.75"}
        or line.strip()[:4] in {"0.80", "0.85", "0.90", "0.95"}
    ]
    assert [r[0] for r in rows] == [f"{t / 20:.2f}" for t in range(10, 20)]
    # threshold added right P / R / F1 smoothed-F1
    assert all(len(r) == 9 for r in rows), rows
    f1 = [float(r[7]) for r in rows]
    for k, r in enumerate(rows):
        near = f1[max(0, k - 1) : k + 2]
        assert float(r[8]) == pytest.approx(sum(near) / len(near), abs=0.0015)
    # with no precision asked for, the best smoothed F1 of the thresholds that add
    # anything (the higher threshold on a tie)
    adding = [r for r in rows if int(r[1]) > 0]
    best = max(float(r[8]) for r in adding)
    threshold, added, right = [r for r in adding if float(r[8]) == best][-1][:3]
    scorer = Scorer.from_json(json.loads(out.read_text("utf-8")))
    assert scorer.threshold == float(threshold)
    # the additions' precision by the rule of succession
    assert scorer.confidence == round((int(right) + 1) / (int(added) + 2), 2)
    assert scorer.weights and "rel=met_with" in scorer.weights
