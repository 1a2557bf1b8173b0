"""Parse and extract on every core, or on a dask cluster; RDF stays with the caller.

Workers get documents in small batches and send back :class:`~kg.stage.ExtractedDocument`
results (plain data, cheap to pickle); the caller turns them into RDF in the
documents' order, so canonical labels, and so the graph, come out the same as
with one process. A bounded number of batches is in flight at any time, so a
generator of a million documents is read as the build goes, never all at once.

>>> batches = list(_batches(iter(range(5)), 2))
>>> batches
[[0, 1], [2, 3], [4]]
"""

from __future__ import annotations

import multiprocessing
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from itertools import islice
from typing import TYPE_CHECKING, Any, TypeVar

from kg.errors import EngineError
from kg.read import Document
from kg.stage import (
    ExtractedDocument,
    checked_documents,
    extract_documents,
    settle,
)

if TYPE_CHECKING:
    from spacy.language import Language

__all__ = ["DOCS_PER_TASK", "dask_extract", "process_extract"]

#: Documents sent to a worker at a time: big enough to amortise the hand-over,
#: small enough to keep every worker busy to the end.
DOCS_PER_TASK = 16

T = TypeVar("T")

# The pipeline of this worker process, set once per process.
_NLP: Language | None = None


def _batches(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while batch := list(islice(items, size)):
        yield batch


def _start_method() -> str:
    # Fork shares the parent's loaded model (copy-on-write); elsewhere each worker loads its own.
    return "fork" if sys.platform == "linux" else "spawn"


def _init_worker(model: str | None) -> None:
    global _NLP
    if _NLP is None:
        from kg.nlp import load_pipeline

        _NLP = load_pipeline(model)
    settle()


def _extract_batch(
    documents: list[Document], batch_size: int
) -> list[ExtractedDocument]:
    assert _NLP is not None  # set by _init_worker before any task
    return list(extract_documents(_NLP, documents, batch_size=batch_size))


def _in_order(
    submit: Callable[[list[Document]], Any],
    documents: Iterable[Document],
    *,
    window: int,
    on_parsed: Callable[[int], None] | None,
) -> Iterator[ExtractedDocument]:
    """Submit batches, at most ``window`` at a time, and yield their results in order.

    ``submit`` returns a future (``concurrent.futures`` or dask) of a list of results.
    """
    flying: deque[Any] = deque()

    def drain_one() -> Iterator[ExtractedDocument]:
        for item in flying.popleft().result():
            if on_parsed is not None:
                on_parsed(len(item.document.text))
            yield item

    for batch in _batches(checked_documents(documents), DOCS_PER_TASK):
        flying.append(submit(batch))
        while len(flying) >= window:
            yield from drain_one()
    while flying:
        yield from drain_one()


def process_extract(
    documents: Iterable[Document],
    *,
    jobs: int,
    model: str | None = None,
    nlp: Language | None = None,
    batch_size: int = 32,
    on_parsed: Callable[[int], None] | None = None,
) -> Iterator[ExtractedDocument]:
    """Parse and extract ``documents`` in ``jobs`` worker processes; results in input order.

    On Linux the workers are forked after ``nlp`` (when given) is loaded here and
    share it; elsewhere each worker loads ``model`` once. A failing document
    carries its error; a worker that dies raises :class:`~kg.errors.EngineError`.
    """
    global _NLP
    method = _start_method()
    _NLP = nlp if method == "fork" else None  # what forked children inherit
    context = multiprocessing.get_context(method)
    try:
        with ProcessPoolExecutor(
            jobs, mp_context=context, initializer=_init_worker, initargs=(model,)
        ) as pool:
            yield from _in_order(
                lambda batch: pool.submit(_extract_batch, batch, batch_size),
                documents,
                window=2 * jobs + 1,
                on_parsed=on_parsed,
            )
    except BrokenProcessPool as exc:
        raise EngineError(
            f"a worker process died ({exc}); the documents built so far were written. "
            "Out of memory? Try fewer --jobs"
        ) from None
    finally:
        _NLP = None


def dask_extract(
    documents: Iterable[Document],
    scheduler: object,
    *,
    model: str | None = None,
    batch_size: int = 32,
    on_parsed: Callable[[int], None] | None = None,
) -> Iterator[ExtractedDocument]:
    """Parse and extract ``documents`` on a dask.distributed cluster; results in input order.

    ``scheduler`` is an address (``tcp://host:8786``) or a ``distributed.Client``.
    Each worker loads the model once (a worker plugin loads it at start-up).
    Workers need this package and the model installed.
    """
    try:
        from kg.cluster import connect, extract_batch, register_model
    except ImportError as exc:
        raise EngineError(
            f"the dask engine needs dask.distributed ({exc}); install it with: pip install 'newskg[dask]'"
        ) from None

    client, owned = connect(scheduler)
    try:
        register_model(client, model)
        threads = max(1, sum(client.nthreads().values()))
        yield from _in_order(
            lambda batch: client.submit(
                extract_batch, batch, model, batch_size, pure=False
            ),
            documents,
            window=2 * threads + 1,
            on_parsed=on_parsed,
        )
    finally:
        if owned:
            client.close()
