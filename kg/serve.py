"""Serve a graph store or an RDF file as a SPARQL 1.1 Protocol endpoint.

The endpoint is the Oxigraph server (the ``oxigraph`` program from PyPI's
``oxigraph`` package, the same engine and storage format as pyoxigraph), run on
127.0.0.1 unless another host is asked for, read-only unless ``writable``, with
a time limit on each query (Oxigraph cancels a query at the limit while it
matches patterns; in Oxigraph 0.5 a COUNT or ORDER BY over a huge intermediate
result runs on to its end). Its default graph is the merge of the named graphs
(each triple once), so queries written for a plain graph work: a store keeps it
so, and an RDF file's named graphs are merged so when it is loaded. A store
folder is served in place (``kg.lock`` keeps builds out while it runs); an RDF
file is loaded into a temporary store first, removed when the server stops.

>>> import tempfile
>>> from pathlib import Path
>>> with tempfile.TemporaryDirectory() as folder:
...     turtle = Path(folder, "seed.ttl")
...     _ = turtle.write_text('<https://w3id.org/newskg/id/country/india> '
...                           '<http://www.w3.org/2000/01/rdf-schema#label> "India" .')
...     with start_server(turtle, port=0) as server:
...         server.query_url.startswith("http://127.0.0.1:")
True
"""

from __future__ import annotations

import ipaddress
import math
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from shutil import which
from types import TracebackType

import pyoxigraph as ox

from kg.errors import StoreError
from kg.rdfguard import check_rdf_file
from kg.resources import query_dir
from kg.store import StoreLock

__all__ = ["DEFAULT_PORT", "DEFAULT_TIMEOUT", "Server", "find_oxigraph", "serve", "start_server"]

DEFAULT_PORT = 7878
#: Seconds a query may run before the server abandons it.
DEFAULT_TIMEOUT = 30


def find_oxigraph() -> Path:
    """The ``oxigraph`` server program: beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = beside if beside.is_file() else which("oxigraph")
    if found is None:
        raise StoreError("the Oxigraph server is not installed; install it with: pip install 'oxigraph>=0.5,<0.6'")
    return Path(found)


class Server:
    """A running Oxigraph server: stop it with :meth:`stop` or a ``with`` block."""

    def __init__(self, process: subprocess.Popen[bytes], host: str, port: int, *,
                 writable: bool, cleanup: tempfile.TemporaryDirectory[str] | None,
                 lock: StoreLock | None, log: Path) -> None:
        self.process = process
        self.host = host
        self.port = port
        self.writable = writable
        self._cleanup = cleanup
        self._lock = lock
        self._log = log

    @property
    def url(self) -> str:
        """The server's base URL (``http://127.0.0.1:7878``)."""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    @property
    def query_url(self) -> str:
        """Where SPARQL queries go (GET or POST)."""
        return f"{self.url}/query"

    @property
    def update_url(self) -> str:
        """Where SPARQL updates go (refused unless the server is writable)."""
        return f"{self.url}/update"

    def wait(self) -> int:
        """Block until the server exits; return its exit code."""
        return self.process.wait()

    def stop(self) -> None:
        """Stop the server and remove its temporary store, if any; stopping twice is harmless."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self._lock is not None:
            self._lock.release()
        if self._cleanup is not None:
            self._cleanup.cleanup()
            self._cleanup = None

    def log(self) -> str:
        """What the server has printed so far."""
        try:
            return self._log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def __enter__(self) -> Server:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.stop()


def start_server(
    source: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    writable: bool = False,
    query_timeout: float = DEFAULT_TIMEOUT,
    startup_timeout: float = 30.0,
) -> Server:
    """Start the Oxigraph server on ``source`` (store folder or RDF file) and wait until it listens.

    ``port=0`` picks a free port. Writes to a served RDF file's temporary store
    are lost when the server stops.
    """
    source = Path(source)
    if query_timeout <= 0:
        raise StoreError(f"query_timeout must be a positive number of seconds, not {query_timeout}")
    program = find_oxigraph()
    port = _free_port(host, port)
    scratch = tempfile.TemporaryDirectory(prefix="kg-serve-")
    lock = None
    try:
        if source.is_dir():
            if not (source / "CURRENT").is_file():
                raise StoreError(f"no graph store at {source}; build one with: kg build … --store {source}")
            lock = StoreLock(source, shared=not writable)
            folder = source
        elif source.is_file():
            folder = Path(scratch.name, "store")
            _load(source, folder)
        else:
            raise StoreError(f"no graph file or store at {source}")
        log = Path(scratch.name, "server.log")
        command = [
            str(program), "serve" if writable else "serve-read-only",
            "--location", str(folder), "--bind", f"{host}:{port}",
            "--timeout-s", str(max(1, math.ceil(query_timeout))),
        ]
        with log.open("wb") as output:
            process = subprocess.Popen(command, stdin=subprocess.DEVNULL, stdout=output, stderr=output)
    except BaseException:
        if lock is not None:
            lock.release()
        scratch.cleanup()
        raise
    server = Server(process, host, port, writable=writable, cleanup=scratch, lock=lock, log=log)
    try:
        _wait_until_listening(server, startup_timeout)
    except BaseException:
        server.stop()
        raise
    return server


def serve(
    source: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    writable: bool = False,
    query_timeout: float = DEFAULT_TIMEOUT,
) -> None:
    """Serve ``source`` until Ctrl-C or SIGTERM, then stop the server cleanly."""
    server = start_server(source, host=host, port=port, writable=writable, query_timeout=query_timeout)
    mode = "read-write" if writable else "read-only"
    print(f"SPARQL endpoint ({mode}): {server.query_url} (Ctrl-C to stop)", file=sys.stderr, flush=True)
    if not _is_loopback_host(host):
        print(f"warning: listening on {host}, so other machines can reach this endpoint; "
              "it has no authentication", file=sys.stderr, flush=True)
    main = threading.current_thread() is threading.main_thread()
    previous = signal.signal(signal.SIGTERM, signal.default_int_handler) if main else None  # like Ctrl-C
    try:
        code = server.wait()
    except KeyboardInterrupt:
        code = 0
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
        server.stop()
    if code > 0:  # a negative code is death by a signal, such as the terminal's Ctrl-C
        raise StoreError(f"the Oxigraph server stopped with exit code {code}: {server.log().strip()}")


def _load(source: Path, folder: Path) -> None:
    """Load an RDF file into a new on-disk store whose default graph merges its graphs."""
    check_rdf_file(source)
    rdf_format = ox.RdfFormat.from_extension(source.suffix.lstrip(".").lower())
    if rdf_format is None:
        raise StoreError(
            f"cannot tell the RDF format of {source.name}; "
            "give a .ttl, .nt, .nq, .trig, .n3, .rdf, .xml or .jsonld file, or a store folder"
        )
    try:
        store = ox.Store(str(folder))
        store.bulk_load(path=str(source), format=rdf_format)
        store.update((query_dir() / "store" / "merge-graphs.ru").read_text(encoding="utf-8"))
        store.flush()
        del store
    except SyntaxError as error:
        raise StoreError(f"{source} is not valid {rdf_format.name}: {error}") from error
    except OSError as error:
        raise StoreError(f"cannot load {source}: {error}") from error


def _is_loopback_host(host: str) -> bool:
    """Whether ``host`` is reachable from this machine only.

    >>> _is_loopback_host("127.0.0.1"), _is_loopback_host("localhost"), _is_loopback_host("0.0.0.0")
    (True, True, False)
    """
    try:
        return host == "localhost" or ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _free_port(host: str, port: int) -> int:
    """``port`` if it can be bound on ``host`` (a free one for 0), else a clear error."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        try:
            probe.bind((host, port))
        except OSError as error:
            raise StoreError(f"cannot listen on {host}:{port} ({error.strerror}); choose another port") from error
        return int(probe.getsockname()[1])


def _wait_until_listening(server: Server, limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise StoreError(f"the Oxigraph server stopped at once: {server.log().strip()}")
        try:
            with socket.create_connection((server.host, server.port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise StoreError(f"the Oxigraph server did not listen on {server.url} within {limit:g} s")

