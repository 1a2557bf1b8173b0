"""Serve a graph store or an RDF file as a SPARQL 1.1 Protocol endpoint, safely.

The endpoint is the Oxigraph server (the ``oxigraph`` program from PyPI's
``oxigraph`` package, the same engine and storage format as pyoxigraph), with a
time limit on each query (Oxigraph cancels a query at the limit while it
matches patterns; in Oxigraph 0.5 a COUNT or ORDER BY over a huge intermediate
result runs on to its end). Its default graph is the merge of the named graphs
(each triple once), so queries written for a plain graph work: a store keeps it
so, and an RDF file's named graphs are merged so when it is loaded. A store
folder is served in place (``kg.lock`` keeps builds out while it runs); an RDF
file is loaded into a temporary store first, removed when the server stops (or,
if it was killed, when the next one starts).

Oxigraph listens on a private loopback port; what listens on the public one is
a guard (:class:`_Guard`) that passes a request on only when

* its ``Host`` header names this machine (a loopback name or address, or the
  ``host`` asked for): a page that rebinds its own domain name to 127.0.0.1
  cannot read the endpoint;
* it carries no ``Origin`` other than the endpoint's own, and no
  ``Sec-Fetch-Site: cross-site``: a page on another site cannot send it
  queries or updates;
* it only reads, unless the endpoint is ``writable`` and the request carries
  ``Authorization: Bearer TOKEN`` (the token is printed at start, or read from
  the environment variable ``KG_SERVE_TOKEN``);
* its query or update, as parsed, calls no SERVICE other than those listed in
  ``allow_service``: the endpoint sends no request anywhere else.

The Oxigraph process dies with the process that started it (a parent-death
signal), even one killed with SIGKILL, and the public port can be taken again
at once.

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

import ctypes
import hmac
import http.client
import http.server
import ipaddress
import math
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Iterable
from pathlib import Path
from shutil import which
from types import TracebackType

import pyoxigraph as ox

from kg.errors import KGError, QueryError, StoreError
from kg.rdfguard import check_rdf_file
from kg.store import StoreLock, merge_unless_linked, require_store, service_calls

__all__ = [
    "DEFAULT_PORT",
    "DEFAULT_TIMEOUT",
    "TOKEN_VARIABLE",
    "Server",
    "find_oxigraph",
    "serve",
    "start_server",
]

DEFAULT_PORT = 7878
#: Seconds a query may run before the server abandons it.
DEFAULT_TIMEOUT = 30
#: The environment variable a writable endpoint reads its bearer token from (and kg.store's remote stores send).
TOKEN_VARIABLE = "KG_SERVE_TOKEN"
_SCRATCH_PREFIX = "kg-serve-"
#: The largest request body the guard reads (a query or an update), in bytes.
MAX_BODY = 64 * 1024 * 1024


def find_oxigraph() -> Path:
    """The ``oxigraph`` server program: beside this Python, else on the PATH."""
    beside = Path(sys.executable).parent / "oxigraph"
    found = beside if beside.is_file() else which("oxigraph")
    if found is None:
        raise StoreError(
            "the Oxigraph server is not installed; install it with: pip install 'oxigraph>=0.5,<0.6'"
        )
    return Path(found)


class Server:
    """A running endpoint: the guard and its Oxigraph server; stop it with :meth:`stop` or a ``with`` block."""

    def __init__(
        self,
        process: subprocess.Popen[bytes],
        host: str,
        port: int,
        *,
        writable: bool,
        cleanup: tempfile.TemporaryDirectory[str] | None,
        lock: StoreLock | None,
        log: Path,
        token: str | None = None,
        guard: _Guard | None = None,
    ) -> None:
        self.process = process
        self.host = host
        self.port = port
        self.writable = writable
        #: The bearer token updates need (None for a read-only endpoint).
        self.token = token
        self._cleanup = cleanup
        self._lock = lock
        self._log = log
        self._guard = guard

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
        """Where SPARQL updates go (refused unless the server is writable and the request has the token)."""
        return f"{self.url}/update"

    def wait(self) -> int:
        """Block until the Oxigraph server exits; return its exit code."""
        return self.process.wait()

    def stop(self) -> None:
        """Stop the server and remove its temporary store, if any; stopping twice is harmless."""
        if self._guard is not None:
            self._guard.shutdown()
            self._guard.server_close()
            self._guard = None
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
        """What the Oxigraph server has printed so far."""
        try:
            return self._log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def __enter__(self) -> Server:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        self.stop()


def start_server(
    source: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    writable: bool = False,
    query_timeout: float = DEFAULT_TIMEOUT,
    startup_timeout: float = 30.0,
    token: str | None = None,
    allow_service: Iterable[str] = (),
) -> Server:
    """Start the endpoint on ``source`` (store folder or RDF file) and wait until it listens.

    ``port=0`` picks a free port. Writes to a served RDF file's temporary store
    are lost when the server stops. A ``writable`` endpoint takes updates
    with the bearer ``token`` (default: ``$KG_SERVE_TOKEN``, else a new random
    one, in :attr:`Server.token`). SERVICE calls may reach only the endpoints
    in ``allow_service``.
    """
    source = Path(source)
    if not (
        isinstance(query_timeout, int | float)
        and math.isfinite(query_timeout)
        and query_timeout > 0
    ):
        raise StoreError(
            f"query_timeout must be a positive number of seconds, not {query_timeout}"
        )
    if not 0 <= port <= 65535:
        raise StoreError(f"the port must be a number from 0 to 65535, not {port}")
    if writable:
        token = token or os.environ.get(TOKEN_VARIABLE) or secrets.token_urlsafe(24)
    program = find_oxigraph()
    guard = _Guard(
        host,
        port,
        writable=writable,
        token=token if writable else None,
        allow_service=allow_service,
    )
    _clean_scratch()
    scratch = tempfile.TemporaryDirectory(prefix=f"{_SCRATCH_PREFIX}{os.getpid()}-")
    lock = None
    try:
        if source.is_dir():
            require_store(source)
            lock = StoreLock(source, shared=not writable)
            folder = source
        elif source.is_file():
            folder = Path(scratch.name, "store")
            _load(source, folder)
        else:
            raise StoreError(f"no graph file or store at {source}")
        log = Path(scratch.name, "server.log")
        inner = _free_port("127.0.0.1", 0)
        command = [
            str(program),
            "serve" if writable else "serve-read-only",
            "--location",
            str(folder),
            "--bind",
            f"127.0.0.1:{inner}",
            "--timeout-s",
            str(max(1, math.ceil(query_timeout))),
        ]
        with log.open("wb") as output:
            process = subprocess.Popen(
                command,
                stdin=subprocess.DEVNULL,
                stdout=output,
                stderr=output,
                preexec_fn=_die_with_parent,
            )
    except BaseException:
        guard.server_close()
        if lock is not None:
            lock.release()
        scratch.cleanup()
        raise
    guard.inner = ("127.0.0.1", inner, query_timeout + 30)
    server = Server(
        process,
        host,
        guard.server_address[1],
        writable=writable,
        cleanup=scratch,
        lock=lock,
        log=log,
        token=token if writable else None,
        guard=guard,
    )
    try:
        _wait_until_listening(server, inner, startup_timeout)
    except BaseException:
        server.stop()
        raise
    threading.Thread(
        target=guard.serve_forever, name="kg-serve-guard", daemon=True
    ).start()
    return server


def serve(
    source: str | Path,
    *,
    host: str = "127.0.0.1",
    port: int = DEFAULT_PORT,
    writable: bool = False,
    query_timeout: float = DEFAULT_TIMEOUT,
    allow_service: Iterable[str] = (),
) -> None:
    """Serve ``source`` until Ctrl-C or SIGTERM, then stop the server cleanly."""
    server = start_server(
        source,
        host=host,
        port=port,
        writable=writable,
        query_timeout=query_timeout,
        allow_service=allow_service,
    )
    mode = "read-write" if writable else "read-only"
    print(
        f"SPARQL endpoint ({mode}): {server.query_url} (Ctrl-C to stop)",
        file=sys.stderr,
        flush=True,
    )
    if writable:
        given = os.environ.get(TOKEN_VARIABLE) == server.token
        print(
            f"updates need the header: Authorization: Bearer {'$' + TOKEN_VARIABLE if given else server.token}"
            + ("" if given else f" (or set {TOKEN_VARIABLE} before starting)"),
            file=sys.stderr,
            flush=True,
        )
    if not _is_loopback_host(host):
        print(
            f"warning: listening on {host}, so other machines can reach this endpoint"
            + ("; its updates need the token" if writable else ""),
            file=sys.stderr,
            flush=True,
        )
    main = threading.current_thread() is threading.main_thread()
    previous = (
        signal.signal(signal.SIGTERM, signal.default_int_handler) if main else None
    )  # like Ctrl-C
    try:
        code = server.wait()
    except KeyboardInterrupt:
        code = 0
    finally:
        if main:
            signal.signal(signal.SIGTERM, previous)
        server.stop()
    if code > 0:  # a negative code is death by a signal, such as the terminal's Ctrl-C
        raise StoreError(
            f"the Oxigraph server stopped with exit code {code}: {server.log().strip()}"
        )


class _Guard(http.server.ThreadingHTTPServer):
    """The public side of the endpoint: checks each request (see the module's text), then passes it to Oxigraph."""

    daemon_threads = True
    allow_reuse_address = True

    def __init__(
        self,
        host: str,
        port: int,
        *,
        writable: bool,
        token: str | None,
        allow_service: Iterable[str],
    ) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        try:
            super().__init__((host.strip("[]"), port), _Handler)
        except OSError as error:
            raise StoreError(
                f"cannot listen on {host}:{port} ({error.strerror}); choose another port"
            ) from error
        except OverflowError as error:
            raise StoreError(f"cannot listen on {host}:{port} ({error})") from error
        self.host = host
        self.writable = writable
        self.token = token
        self.allow_service = frozenset(allow_service)
        self.inner: tuple[str, int, float] = ("127.0.0.1", 0, DEFAULT_TIMEOUT)

    def host_allowed(self, header: str | None) -> bool:
        """Whether a ``Host`` header names this endpoint: a loopback name, an address, or the host it listens on."""
        if not header:
            return False
        name = urllib.parse.urlsplit(f"//{header}").hostname or ""
        if name == "localhost" or name == self.host.strip("[]").lower():
            return True
        try:
            address = ipaddress.ip_address(name)
        except ValueError:
            return False  # a domain name: it could be rebound to this machine
        return address.is_loopback or not _is_loopback_host(self.host)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Guard
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        self._pass()

    def do_HEAD(self) -> None:
        self._pass()

    def do_POST(self) -> None:
        self._pass()

    def do_PUT(self) -> None:
        self._pass()

    def do_DELETE(self) -> None:
        self._pass()

    def do_OPTIONS(self) -> None:
        self._refuse(403, "cross-origin requests are not allowed")

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _pass(self) -> None:
        guard = self.server
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            return self._refuse(400, "bad Content-Length")
        if not 0 <= length <= MAX_BODY:
            return self._refuse(
                413, f"a request body may hold at most {MAX_BODY} bytes"
            )
        if not guard.host_allowed(self.headers.get("Host")):
            return self._refuse(403, "the Host header does not name this endpoint")
        origin = self.headers.get("Origin")
        if origin is not None and origin != f"http://{self.headers.get('Host')}":
            return self._refuse(403, f"requests from {origin} are not allowed")
        if self.headers.get("Sec-Fetch-Site", "same-origin") not in (
            "same-origin",
            "none",
        ):
            return self._refuse(403, "cross-site requests are not allowed")
        body = self.rfile.read(length) if length else b""
        path, _, query_string = self.path.partition("?")
        reading = self.command in ("GET", "HEAD") or (
            self.command == "POST" and path.rstrip("/") == "/query"
        )
        if guard.writable and not reading:
            given = self.headers.get("Authorization", "")
            if not (
                guard.token
                and hmac.compare_digest(
                    given.encode(), f"Bearer {guard.token}".encode()
                )
            ):
                return self._refuse(
                    401,
                    f"updates need the header Authorization: Bearer TOKEN (the token kg serve "
                    f"printed, or ${TOKEN_VARIABLE})",
                    {"WWW-Authenticate": "Bearer"},
                )
        try:
            self._check_services(path, query_string, body)
        except KGError as error:
            return self._refuse(
                403
                if isinstance(error, QueryError) and "SERVICE" in str(error)
                else 400,
                str(error),
            )
        self._forward(body)

    def _check_services(self, path: str, query_string: str, body: bytes) -> None:
        """Refuse SERVICE calls outside the allowed list, in the parsed query or update."""
        texts: list[tuple[str, bool]] = []
        fields = urllib.parse.parse_qs(query_string)
        kind = self.headers.get_content_type()
        if kind == "application/x-www-form-urlencoded":
            fields.update(urllib.parse.parse_qs(body.decode("utf-8", "replace")))
        texts += [(text, False) for text in fields.get("query", [])]
        texts += [(text, True) for text in fields.get("update", [])]
        if kind == "application/sparql-query":
            texts.append((body.decode("utf-8", "replace"), False))
        elif kind == "application/sparql-update":
            texts.append((body.decode("utf-8", "replace"), True))
        for text, update in texts:
            outside = sorted(
                {str(e) for e in service_calls(text, update=update)}
                - self.server.allow_service
            )
            if outside:
                raise QueryError(
                    f"SERVICE calls are disabled on this endpoint ({', '.join(outside)}); "
                    "kg serve --allow-service URL allows one"
                )

    def _forward(self, body: bytes) -> None:
        host, port, timeout = self.server.inner
        headers = {
            k: v
            for k, v in self.headers.items()
            if k.lower()
            not in (
                "host",
                "authorization",
                "connection",
                "origin",
                "keep-alive",
                "proxy-authorization",
                "te",
                "trailer",
                "transfer-encoding",
                "upgrade",
            )
        }
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
        try:
            connection.request(
                self.command, self.path, body=body or None, headers=headers
            )
            answer = connection.getresponse()
            content = answer.read()
        except (OSError, http.client.HTTPException) as error:
            return self._refuse(502, f"the Oxigraph server did not answer: {error}")
        finally:
            connection.close()
        self.send_response(answer.status)
        for key, value in answer.getheaders():
            if key.lower() not in (
                "connection",
                "transfer-encoding",
                "content-length",
                "keep-alive",
            ):
                self.send_header(key, value)
        self.send_header("Content-Length", str(len(content)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(content)

    def _refuse(
        self, status: int, reason: str, headers: dict[str, str] | None = None
    ) -> None:
        text = (reason + "\n").encode("utf-8")
        self.send_response(status)
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(text)))
        self.send_header("Connection", "close")
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(text)
        self.close_connection = True


def _die_with_parent() -> None:
    """In the Oxigraph process, before it starts: be killed when the process that started it dies (Linux)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass  # not Linux: the guard's own shutdown still stops it
    os.setsid()  # its own process group: a terminal's Ctrl-C reaches kg serve, which stops it


def _clean_scratch() -> None:
    """Remove the temporary stores of endpoints whose process has died (such as one killed with SIGKILL)."""
    for folder in Path(tempfile.gettempdir()).glob(f"{_SCRATCH_PREFIX}*-*"):
        pid = folder.name[len(_SCRATCH_PREFIX) :].split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


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
        merge_unless_linked(store)
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
            raise StoreError(
                f"cannot listen on {host}:{port} ({error.strerror}); choose another port"
            ) from error
        return int(probe.getsockname()[1])


def _wait_until_listening(server: Server, port: int, limit: float) -> None:
    deadline = time.monotonic() + limit
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            raise StoreError(
                f"the Oxigraph server stopped at once: {server.log().strip()}"
            )
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.05)
    raise StoreError(
        f"the Oxigraph server did not listen on 127.0.0.1:{port} within {limit:g} s"
    )
