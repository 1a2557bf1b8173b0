"""The dask.distributed side of ``kg build --engine dask``: what runs on the workers.

A :class:`ModelPlugin` makes each worker load the spaCy pipeline once, when it
joins; :func:`extract_batch` then parses and extracts a batch of documents
with that pipeline (``kg.nlp.load_pipeline`` caches it per process).

>>> ModelPlugin("en_core_web_sm").model
'en_core_web_sm'
"""

from __future__ import annotations

from typing import Any

from distributed import Client
from distributed.diagnostics.plugin import WorkerPlugin

from kg.errors import EngineError, InputError
from kg.read import Document
from kg.stage import ExtractedDocument, extract_documents, settle

__all__ = ["PLUGIN_NAME", "ModelPlugin", "connect", "extract_batch", "register_model"]

PLUGIN_NAME = "newskg-model"


class ModelPlugin(WorkerPlugin):
    """Loads the pipeline on every worker as it starts (and on workers that join later)."""

    def __init__(self, model: str | None) -> None:
        self.model = model

    def setup(self, worker: Any) -> None:
        from kg.nlp import load_pipeline

        load_pipeline(self.model)
        settle()


def extract_batch(
    documents: list[Document], model: str | None, batch_size: int
) -> list[ExtractedDocument]:
    """Parse and extract ``documents`` on this worker (the task each batch runs)."""
    from kg.nlp import load_pipeline

    return list(
        extract_documents(load_pipeline(model), documents, batch_size=batch_size)
    )


def connect(scheduler: object) -> tuple[Client, bool]:
    """A client for ``scheduler`` (an address or a Client); True when we opened it and must close it."""
    if isinstance(scheduler, Client):
        return scheduler, False
    if not isinstance(scheduler, str) or not scheduler.strip():
        raise InputError(
            f"scheduler must be a dask scheduler address like tcp://10.0.0.5:8786, not {scheduler!r}"
        )
    try:
        return Client(scheduler, timeout="30s"), True
    except (OSError, TimeoutError) as exc:
        raise EngineError(
            f"cannot reach the dask scheduler at {scheduler} ({exc}); start one with dask-scheduler "
            "and give its address, e.g. tcp://10.0.0.5:8786"
        ) from None


def register_model(client: Client, model: str | None) -> None:
    """Have every worker of ``client``'s cluster load ``model`` once, now and when it joins."""
    client.register_plugin(ModelPlugin(model), name=PLUGIN_NAME)
