"""Shared fixtures: the spaCy pipeline (loaded once) and a graph-to-facts reader."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Graph

REPO = Path(__file__).resolve().parents[1]
SEED = REPO.parent / "shared" / "seed" / "india-us-defence-framework.txt"
DEV = REPO.parent / "shared" / "eval" / "dev.jsonl"


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from kg.nlp import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def build(nlp):  # type: ignore[no-untyped-def]
    """Build one text into a graph with the session's pipeline."""
    from kg.build import GraphBuilder

    def run(
        text: str, doc_id: str = "t", published: str | None = None, **kwargs: object
    ) -> Graph:
        builder = GraphBuilder(nlp=nlp, **kwargs)  # type: ignore[arg-type]
        builder.add(text, doc_id=doc_id, published=published)
        return builder.graph

    return run


@pytest.fixture
def poisoned(monkeypatch: pytest.MonkeyPatch) -> str:
    """Make extraction fail with ``RuntimeError: boom`` on any document whose text holds the returned word."""
    import kg.stage

    real = kg.stage.extract

    def flaky(doc, **kwargs):  # type: ignore[no-untyped-def]
        if "poison" in doc.text:
            raise RuntimeError("boom")
        return real(doc, **kwargs)

    monkeypatch.setattr(kg.stage, "extract", flaky)
    return "poison"


class Endless:
    """Generated articles, more than any test reads; ``pulled`` says how many were taken so far."""

    def __init__(self) -> None:
        self.pulled = 0

    def __iter__(self):  # type: ignore[no-untyped-def]
        from kg.newsgen import generate_documents

        for document in generate_documents(10_000):
            self.pulled += 1
            yield document


@pytest.fixture
def endless() -> Endless:
    """An input to check that a build reads documents as it goes, not all at once."""
    return Endless()


@pytest.fixture
def listener() -> Iterator[tuple[str, list[str]]]:
    """A loopback HTTP server that records the path of every request it gets (and answers 500)."""
    import http.server
    import threading

    hits: list[str] = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.send_response(500)
            self.end_headers()

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", hits
    server.shutdown()
    server.server_close()
