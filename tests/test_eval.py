"""`kg eval` and kg.evaluate: reading gold files, matching relations, the figures.

Most tests score hand-written graphs (tests/data/gold-small-predicted.trig)
against tests/data/gold-small.jsonl, so the expected figures are known exactly;
the relation each prediction stands for is commented in the TriG file.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO
from rdflib import Graph

from kg.cli import main
from kg.errors import InputError
from kg.evaluate import (
    Evaluation,
    GoldDocument,
    GoldEntity,
    GoldRelation,
    Prediction,
    evaluate,
    evaluate_graphs,
    graphs_by_document,
    load_gold,
    matches,
    normalise,
    predicted_relations,
    score_document,
)
from kg.query import load_graph

DATA = REPO / "tests" / "data"
GOLD = DATA / "gold-small.jsonl"
PREDICTED = DATA / "gold-small-predicted.trig"


@pytest.fixture(scope="module")
def gold() -> list[GoldDocument]:
    return load_gold(GOLD)


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    return graphs_by_document(load_graph(PREDICTED))


@pytest.fixture(scope="module")
def scored(gold: list[GoldDocument], graphs: dict[str, Graph]) -> Evaluation:
    return evaluate_graphs(gold, graphs)


def outcomes(evaluation: Evaluation, verdict: str) -> set[tuple[str, str, str, str]]:
    return {
        (o.document, o.type, o.subject, o.object)
        for o in evaluation.outcomes
        if o.verdict == verdict
    }


# --- labels -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("label", "normal"),
    [
        ("India", "india"),
        ("the United States", "united states"),
        ("The U.S.", "us"),
        ("China's", "china"),
        ("China’s", "china"),
        ("  Pete   Hegseth ", "pete hegseth"),
        ("The", "the"),  # a lone "the" is a name, not an article
        ("Theresa May", "theresa may"),
    ],
)
def test_labels_are_compared_case_folded_without_article_possessive_dots_or_extra_spaces(
    label: str, normal: str
) -> None:
    assert normalise(label) == normal


# --- reading gold files -----------------------------------------------------------------


def test_a_gold_file_reads_into_documents_entities_and_relations(
    gold: list[GoldDocument],
) -> None:
    assert [d.id for d in gold] == ["harbour", "steel", "summit"]
    harbour = gold[0]
    assert (
        harbour.published is not None and harbour.published.isoformat() == "2024-03-06"
    )
    assert harbour.forms("Ana Rojas") == {
        "ana rojas",
        "rojas",
        "ms rojas",
        "chilean foreign minister ana rojas",
    }
    assert [(r.type, r.optional) for r in harbour.relations] == [
        ("signed", False), ("signed", False), ("met_with", False), ("met_with", True),
    ]  # fmt: skip
    assert harbour.relations[0].agreement_keys == ("fisheries", "accord")


def test_every_malformed_gold_line_is_reported_with_its_number(tmp_path: Path) -> None:
    good = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[1])
    unknown_type = {
        **good,
        "id": "b",
        "relations": [{**good["relations"][0], "type": "visited"}],
    }
    stranger = {
        **good,
        "id": "c",
        "relations": [{**good["relations"][0], "object": "Denmark"}],
    }
    lines = [
        json.dumps(good),
        "{not json",
        json.dumps(unknown_type),
        "",
        json.dumps(stranger),
        json.dumps({k: v for k, v in good.items() if k != "text"} | {"id": "d"}),
        json.dumps(good),
    ]
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_gold(path)
    message = str(caught.value)
    assert "5 malformed gold lines" in message
    assert "line 2: not JSON" in message
    assert (
        "line 3:" in message
        and "'visited' is not one of signed, met_with, imposed_tariff_on" in message
    )
    assert "line 5:" in message and "'Denmark'" in message
    assert "line 6:" in message and "has no 'text'" in message
    assert "line 7: document id 'steel' already used on line 1" in message


@pytest.mark.parametrize(
    ("change", "problem"),
    [
        (lambda d: d.update(id=" "), "the document's 'id' is empty"),
        (lambda d: d.update(text=""), "'text' is empty"),
        (
            lambda d: d.update(published="last Tuesday"),
            "published 'last Tuesday' is not a date",
        ),
        (
            lambda d: d["entities"].append(dict(d["entities"][0])),
            "entity 4: the name 'Canada' is already an entity's name",
        ),
        (
            lambda d: d["entities"][0].update(type="Nation"),
            "type 'Nation' is not one of Person, Organization",
        ),
        (
            lambda d: d["relations"][0].update(optional="no"),
            "'optional' must be a bool, not str",
        ),
        (
            lambda d: d["relations"][0].update(agreement_keys=[""]),
            "an empty agreement key would match every agreement",
        ),
        (lambda d: d.update(relations={}), "'relations' must be a list, not dict"),
    ],
)
def test_each_kind_of_malformed_document_is_named(
    tmp_path: Path, change: Any, problem: str
) -> None:
    doc = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[1])
    change(doc)
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 1: ") as caught:
        load_gold(path)
    assert problem in str(caught.value)


def test_a_relation_with_an_agreement_for_object_must_give_agreement_keys(
    tmp_path: Path,
) -> None:
    doc = json.loads(GOLD.read_text(encoding="utf-8").splitlines()[0])
    del doc["relations"][0]["agreement_keys"]
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(doc) + "\n", encoding="utf-8")
    with pytest.raises(
        InputError,
        match=r"line 1: .*relation 1: its object is an Agreement, so it needs 'agreement_keys'",
    ):
        load_gold(path)


def test_a_missing_or_empty_gold_file_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no gold file"):
        load_gold(tmp_path / "absent.jsonl")
    (tmp_path / "empty.jsonl").write_text("\n\n", encoding="utf-8")
    with pytest.raises(InputError, match="no gold document"):
        load_gold(tmp_path / "empty.jsonl")


# --- predictions read from a graph ------------------------------------------------------


def test_predictions_carry_the_confidence_and_evidence_of_the_surest_asserted_event(
    graphs: dict[str, Graph],
) -> None:
    steel = {(p.subject, p.object): p for p in predicted_relations(graphs["steel"])}
    norway = steel[("the Canada's", "Norway")]
    assert norway.confidence == 0.85  # of two events, 0.85 and 0.60
    assert norway.evidence is not None and norway.evidence.startswith(
        "Ottawa imposed duties"
    )
    assert (
        steel[("the Canada's", "Iceland")].confidence == 0.79
    )  # a planned event at 0.99 does not count


def test_a_symmetric_relation_written_both_ways_is_two_predictions(
    graphs: dict[str, Graph],
) -> None:
    met = {
        (p.subject, p.object)
        for p in predicted_relations(graphs["harbour"])
        if p.type == "met_with"
    }
    assert ("Ana Rojas", "Luis Paredes") in met and ("Luis Paredes", "Ana Rojas") in met


# --- matching ---------------------------------------------------------------------------


def test_the_hand_written_predictions_score_as_worked_out_by_hand(
    scored: Evaluation,
) -> None:
    figures = {
        t: (c.tp, c.fp, c.fn) for t in scored.relation_types for c in [scored.counts(t)]
    }
    assert figures == {
        "signed": (3, 1, 1),
        "met_with": (2, 0, 0),
        "imposed_tariff_on": (1, 2, 0),
    }
    overall = scored.counts()
    assert (overall.tp, overall.fp, overall.fn) == (6, 3, 1)
    assert (
        round(overall.precision, 3) == 0.667
        and round(overall.recall, 3) == 0.857
        and overall.f1 == 0.75
    )


def test_optional_gold_relations_are_neither_rewarded_nor_punished(
    scored: Evaluation,
) -> None:
    # predicted optional relations (Ghana signed, Chile met Peru) are not true or false positives
    scored_pairs = {(o.subject, o.object) for o in scored.outcomes}
    assert ("Ghana", "memorandum on power trade") not in scored_pairs
    assert ("Chile", "Peru") not in {
        (s, o)
        for d, t, s, o in outcomes(scored, "tp") | outcomes(scored, "fp")
        if t == "met_with"
    }
    # an optional relation left unpredicted (Guinea signed) is no false negative
    assert all(o.subject != "Guinea" for o in scored.outcomes)


def test_met_with_matches_in_either_order_but_other_relations_do_not(
    gold: list[GoldDocument],
) -> None:
    summit, steel = gold[2], gold[1]
    assert summit.relations[0].subject == "Amara Diallo"  # the gold order
    reversed_meeting = Prediction("met_with", "Kofi Mensah", "Amara Diallo")
    assert matches(reversed_meeting, summit.relations[0], summit, symmetric=True)
    assert not matches(reversed_meeting, summit.relations[0], summit, symmetric=False)
    reversed_tariff = Prediction("imposed_tariff_on", "Norway", "Canada")
    outcome = score_document(steel, [reversed_tariff], symmetric_types=["met_with"])
    assert sorted(o.verdict for o in outcome) == ["fn", "fp"]


def test_an_agreement_matches_when_its_label_contains_an_agreement_key(
    gold: list[GoldDocument],
) -> None:
    harbour = gold[0]
    signed_by_chile = harbour.relations[0]
    for label in (
        "the fisheries accord",
        "Pacific Fisheries Accord",
        "ACCORD ON FISHING",
    ):
        assert matches(Prediction("signed", "Chile", label), signed_by_chile, harbour)
    assert not matches(
        Prediction("signed", "Chile", "trade pact"), signed_by_chile, harbour
    )
    assert not matches(
        Prediction("signed", "Bolivia", "fisheries accord"), signed_by_chile, harbour
    )


def test_a_second_prediction_of_a_matched_relation_is_not_a_false_positive(
    gold: list[GoldDocument],
) -> None:
    harbour = gold[0]
    twice = [
        Prediction("signed", "Chile", "Pacific Fisheries Accord"),
        Prediction("signed", "the Chile", "the accord"),
    ]
    verdicts = [
        o.verdict
        for o in score_document(harbour, twice)
        if o.subject in {"Chile", "the Chile"}
    ]
    assert verdicts == ["tp"]


def test_a_meeting_that_matches_nothing_counts_once_whichever_way_the_graph_writes_it(
    gold: list[GoldDocument],
) -> None:
    # as the shared reference scorer counts: the graph holds two triples per meeting, one pair
    steel = gold[1]
    both_ways = [
        Prediction("met_with", "Norway", "Iceland"),
        Prediction("met_with", "Iceland", "Norway"),
    ]
    verdicts = [
        o.verdict
        for o in score_document(steel, both_ways, symmetric_types=["met_with"])
    ]
    assert sorted(verdicts) == ["fn", "fp"]


def test_each_gold_relation_is_paired_so_that_the_most_predictions_match() -> None:
    # "defence framework" fits both agreements, "framework pact" only the first listed:
    # pairing the first prediction with the first gold relation would lose one.
    document = GoldDocument(
        id="pairs",
        text="India signed a framework pact and a defence framework.",
        entities=(GoldEntity("India", "Country"), GoldEntity("framework pact", "Agreement"),
                  GoldEntity("defence framework", "Agreement")),
        relations=(GoldRelation("signed", "India", "framework pact", agreement_keys=("framework",)),
                   GoldRelation("signed", "India", "defence framework", agreement_keys=("defence",))),
    )  # fmt: skip
    predictions = [
        Prediction("signed", "India", "defence framework"),
        Prediction("signed", "India", "framework pact"),
    ]
    assert [o.verdict for o in score_document(document, predictions)] == ["tp", "tp"]


def test_a_gold_document_without_a_graph_has_every_required_relation_missed(
    gold: list[GoldDocument],
) -> None:
    evaluation = evaluate_graphs(gold[:1], {})
    assert outcomes(evaluation, "fn") == {
        ("harbour", "signed", "Chile", "Pacific Fisheries Accord"),
        ("harbour", "signed", "Peru", "Pacific Fisheries Accord"),
        ("harbour", "met_with", "Ana Rojas", "Luis Paredes"),
    }
    assert evaluation.counts().tp == 0


def test_a_plain_graph_of_several_documents_cannot_be_scored(
    graphs: dict[str, Graph],
) -> None:
    merged = Graph()
    for graph in graphs.values():
        merged += graph
    with pytest.raises(InputError, match="one graph holds 3 documents.*--format trig"):
        graphs_by_document(merged)
    assert set(graphs_by_document(graphs["steel"])) == {"steel"}


# --- calibration ------------------------------------------------------------------------


def test_calibration_bins_count_predictions_by_confidence_and_their_precision(
    scored: Evaluation,
) -> None:
    table = [(b.label, b.count, b.correct) for b in scored.calibration()]
    assert table == [
        ("[0.90, 1.00]", 4, 3),  # 0.95, 0.90, 0.90 right; 0.95 "trade deal" wrong
        ("[0.80, 0.90)", 3, 3),  # 0.85, 0.85 and 0.80 (a lower edge belongs to its bin)
        ("[0.70, 0.80)", 1, 0),  # 0.79
        ("[0.60, 0.70)", 0, 0),  # the 0.60 meeting is optional: not scored
        ("[0.50, 0.60)", 1, 0),
        ("[0.00, 0.50)", 0, 0),
    ]
    assert (
        scored.calibration()[1].precision == 1.0
        and scored.calibration()[3].precision is None
    )


def test_custom_bin_edges_and_the_precision_of_relations_at_or_above_a_confidence(
    scored: Evaluation,
) -> None:
    assert [(b.label, b.count) for b in scored.calibration([0.0, 0.8])] == [
        ("[0.80, 1.00]", 7),
        ("[0.00, 0.80)", 2),
    ]
    kept = scored.at_least(0.8)
    assert (kept.tp, kept.fp, kept.fn) == (6, 1, 1)
    assert scored.at_least(0.96).tp == 0


# --- output and the command -------------------------------------------------------------


def test_the_report_lists_every_error_with_its_evidence_sentence(
    scored: Evaluation,
) -> None:
    text = scored.report(verbose=True)
    assert (
        "FP imposed_tariff_on(Chile, Peru) confidence 0.50\n     Ms. Rojas said the accord would take effect in June."
        in text
    )
    assert (
        "FN signed(Amara Diallo, memorandum on power trade)\n     The two leaders also signed a memorandum on power trade."
        in text
    )
    assert "confidence ≥ 0.80: precision 0.857 over 7 relations" in text
    assert "FP" not in scored.report()


def test_kg_eval_scores_a_built_graph_and_prints_json(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["eval", str(GOLD), "--graphs", str(PREDICTED), "--json"]) == 0
    figures = json.loads(capsys.readouterr().out)
    assert figures["overall"]["f1"] == 0.75
    assert figures["relations"]["imposed_tariff_on"] == {
        "tp": 1,
        "fp": 2,
        "fn": 0,
        "precision": 0.3333,
        "recall": 1.0,
        "f1": 0.5,
    }
    assert figures["confidence_at_least_0.8"]["precision"] == 0.8571
    assert {e["kind"] for e in figures["errors"]} == {"fp", "fn"}


def test_kg_eval_on_a_malformed_gold_file_exits_2_naming_the_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text(GOLD.read_text(encoding="utf-8") + "[1, 2]\n", encoding="utf-8")
    assert main(["eval", str(bad)]) == 2
    assert (
        "bad.jsonl line 4: a gold line is a JSON object, not list"
        in capsys.readouterr().err
    )


@pytest.mark.model
def test_evaluate_builds_each_gold_document_with_the_pipeline(nlp: object) -> None:
    evaluation = evaluate(GOLD, nlp=nlp)  # type: ignore[arg-type]
    assert evaluation.documents == 3
    assert ("harbour", "signed", "Chile", "Pacific Fisheries Accord") in outcomes(
        evaluation, "tp"
    )
    assert all(
        o.confidence is not None for o in evaluation.outcomes if o.verdict != "fn"
    )


def test_relations_without_an_event_are_scored_but_left_out_of_the_calibration(
    gold: list[GoldDocument],
) -> None:
    bare = Graph().parse(
        format="turtle",
        data="""
        @prefix kg: <https://w3id.org/newskg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
        <https://example.org/canada> rdfs:label "Canada" ; kg:imposedTariffOn <https://example.org/norway> .
        <https://example.org/norway> rdfs:label "Norway" .
    """,
    )
    evaluation = evaluate_graphs(gold[1:2], {"steel": bare})
    assert evaluation.counts().tp == 1
    assert sum(b.count for b in evaluation.calibration()) == 0
    assert (
        "not in the table: 1 relation with no event confidence behind"
        in evaluation.report()
    )


def test_a_line_separator_inside_a_text_is_not_a_line_break(tmp_path: Path) -> None:
    gold = tmp_path / "gold.jsonl"
    record = {
        "id": "ls",
        "text": "Chile and Peru signed a water treaty.\u2028It was raining.",
        "entities": [{"name": "Chile", "type": "Country"}],
        "relations": [],
    }
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    from kg.evaluate import load_gold

    assert [d.id for d in load_gold(gold)] == ["ls"]
