"""Hostile text and the checks every built graph must pass.

Shared by tests/test_properties.py (hypothesis) and benchmarks/fuzz.py (many
seeded documents). Every fragment and sentence here was written for this project.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import html.parser
import json
import random
import re
from collections.abc import Iterator

import pyoxigraph
from rdflib import RDF, RDFS, SKOS, XSD, Graph, Literal, URIRef

from kg.export import export
from kg.namespace import KG

#: Pieces of text that break naive code: controls, direction marks, emoji,
#: markup, quotes, backslashes, RDF and template syntax, odd code points.
HOSTILE = (
    "\x00",
    "\x01\x02\x03",
    "\x1b[31mred\x1b[0m",
    "\x7f",
    "\x85",
    "\x0b\x0c",
    "\r",
    "\r\n",
    "\n\n\n",
    "\t\t",
    "\u00a0",
    "\u2028",
    "\u2029",
    "\u200b",
    "\u200c\u200d",
    "\u200e",
    "\u200f",
    "\u202a\u202b\u202c",
    "\u202e",
    "\u2066\u2067\u2069",
    "\ufeff",
    "\ufffd",
    "\ufffe",
    "\uffff",
    "\ud7ff",
    "\U0010ffff",
    "\U000e0001",
    "😀",
    "👩\u200d👩\u200d👧\u200d👦",
    "🇯🇵🇨🇱",
    "e\u0301\u0301\u0301\u0301",
    "Z\u0336a\u0336",
    "<script>alert(1)</script>",
    "</script><script>alert(2)</script>",
    "<img src=x onerror=alert(3)>",
    "<svg/onload=alert(4)>",
    "<!--",
    "-->",
    "<![CDATA[",
    "]]>",
    "javascript:alert(5)",
    '<a href="javascript:x">',
    "{{ 7*7 }}",
    "{% raw %}",
    "${alert(6)}",
    "`whoami`",
    '"',
    "'",
    '"""',
    "'''",
    "“”‘’«»",
    "\\",
    "\\\\",
    "\\u0000",
    "\\n",
    '\\"',
    "@prefix evil: <http://evil.example/> .",
    '<http://a.example/s> <http://a.example/p> "o" .',
    "_:b0",
    "^^xsd:string",
    "@en",
    "SELECT * WHERE { ?s ?p ?o }",
    "SERVICE <http://evil.example/sparql> {}",
    "%00",
    "%zz",
    "&amp;",
    "&#x3c;",
    "&lt;script&gt;",
    "\\x3cscript\\x3e",
    "اتفاقية التجارة",
    "הסכם סחר",
    "北京与东京签署协议",
    "भारत और जापान",
    "Ελλάδα",
    "Україна",
    "ﷺ",
    "ǅ",
    "ＦＵＬＬＷＩＤＴＨ",
    "ﬁ",
    "İ",
    "ß",
    "Ⅻ",
    "١٢٣",
    "𝔘𝔫𝔦𝔠𝔬𝔡𝔢",
)

#: Invented news sentences the extractor turns into facts.
NEWS = (
    "India and Japan signed a trade pact in Tokyo on 3 March 2024.",
    "President Ana Ruiz met Prime Minister Ivo Petrov in Lima.",
    "The United States imposed tariffs on steel from Canada.",
    "Chile and Peru signed the Andes Water Treaty on Tuesday.",
    "The European Union imposed a 25% tariff on electric cars from China.",
    "Foreign Minister Lena Voss met her Kenyan counterpart in Nairobi.",
    "Brazil and Argentina will sign a border accord next month.",
    "Norway did not sign the fisheries agreement.",
    "Defence Minister Tomas Brandt met Vietnamese officials in Hanoi on Friday.",
    "Mexico imposed duties on imports of Korean steel.",
    "KUALA LUMPUR, Oct 31 (Agency) - Malaysia and Thailand signed a rubber accord.",
    "Indonesia's trade minister, Sari Wibowo, met Australian envoy Mark Ellison.",
)

#: Templates whose slots take names, hostile or not.
TEMPLATES = (
    "President {a} met Prime Minister {b} in {p}.",
    "{a} and {b} signed the {w} Accord in {p}.",
    "{a} imposed tariffs on goods from {b}.",
    "Minister {a} said {b} would sign the {w} Treaty.",
)

NAMES = (
    "Ana Ruiz",
    "Ivo Petrov",
    "Zoë Ó Briain",
    "Jean-Luc Moreau",
    "Søren Dahl",
    "Nguyễn Thị Lan",
    "O'Neill",
    "India",
    "Japan",
    "Chile",
    "the European Union",
    "Kenya",
    "Lima",
    "Oslo",
)

_XSD_STRING = pyoxigraph.NamedNode(str(XSD.string))
_BAD_IRI_CHARS = re.compile(r"[\s<>\"{}|\\^`\x00-\x1f\x7f]")


def hostile_document(rng: random.Random, *, long_run_rate: float = 0.0) -> str:
    """A document mixing news sentences, filled templates, hostile fragments and random code points.

    With probability ``long_run_rate`` it also holds one run of 2,000 to
    100,000 characters without a space.
    """
    parts: list[str] = []
    for _ in range(rng.randint(1, 12)):
        roll = rng.random()
        if roll < 0.3:
            parts.append(rng.choice(NEWS))
        elif roll < 0.5:
            slots = {k: _name(rng) for k in "abpw"}
            parts.append(rng.choice(TEMPLATES).format(**slots))
        elif roll < 0.8:
            parts.append(rng.choice(HOSTILE))
        else:
            parts.append(_random_code_points(rng, rng.randint(1, 40)))
        parts.append(rng.choice((" ", " ", "\n", "\n\n", "", "\t", "\r\n")))
    if rng.random() < long_run_rate:
        parts.insert(rng.randrange(len(parts) + 1), long_run(rng))
    text = "".join(parts)
    return text if text.strip() else text + rng.choice(NEWS)


def long_run(rng: random.Random, length: int | None = None) -> str:
    """A run without spaces: one letter, markup, quotes, emoji or brackets repeated."""
    unit = rng.choice(
        ("x", "ab<c>", '\\"', "é", "😀", ")", "-", "&amp;", "%$", "\u202e\u200f")
    )
    size = length if length is not None else rng.randint(2_000, 100_000)
    return (unit * (size // len(unit) + 1))[:size]


def _name(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    if rng.random() < 0.3:
        name = (
            rng.choice(HOSTILE) + name
            if rng.random() < 0.5
            else name + rng.choice(HOSTILE)
        )
    return name


def _random_code_points(rng: random.Random, n: int) -> str:
    out = []
    for _ in range(n):
        plane = rng.random()
        if plane < 0.5:
            cp = rng.randint(0, 0x7F)
        elif plane < 0.8:
            cp = rng.randint(0x80, 0xFFFF)
        else:
            cp = rng.randint(0x10000, 0x10FFFF)
        if 0xD800 <= cp <= 0xDFFF:  # lone surrogates cannot come from UTF-8 input
            cp = 0xFFFD
        out.append(chr(cp))
    return "".join(out)


# --------------------------------------------------------------------------- checks


def turtle_problems(graph: Graph) -> list[str]:
    """Why the graph's Turtle (as ``kg build`` and ``kg export`` write it) would not satisfy a strict parser, or lose triples."""
    data = export(graph, format="ttl").encode("utf-8")  # type: ignore[union-attr]
    try:
        parsed = list(pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE))
    except SyntaxError as exc:
        return [f"pyoxigraph rejects the Turtle: {exc}"]
    if len(parsed) != len(graph):
        return [f"{len(graph)} triples written, {len(parsed)} read back"]
    written = {
        str(o)
        for o in graph.objects()
        if isinstance(o, Literal) and o.datatype in (None, XSD.string)
    }
    read = {
        q.object.value
        for q in parsed
        if isinstance(q.object, pyoxigraph.Literal) and q.object.datatype == _XSD_STRING
    }
    if written != read:
        return [
            f"strings changed on the way through Turtle: {sorted(written ^ read)[:3]!r}"
        ]
    return []


def iri_problems(graph: Graph) -> list[str]:
    """IRIs that are not valid RFC 3987 IRIs (checked by pyoxigraph's IRI parser) or not plain ASCII."""
    problems = []
    for term in {t for triple in graph for t in triple if isinstance(t, URIRef)}:
        iri = str(term)
        try:
            pyoxigraph.NamedNode(iri)
        except ValueError as exc:
            problems.append(f"invalid IRI {iri!r}: {exc}")
            continue
        if (
            not iri.isascii()
            or _BAD_IRI_CHARS.search(iri)
            or not iri.startswith(("http://", "https://"))
        ):
            problems.append(f"IRI with characters that need escaping {iri!r}")
    return problems


def normalise(text: str) -> str:
    """Whitespace runs as one space; NULs as U+FFFD (RDF literals cannot hold NUL)."""
    return re.sub(r"\s+", " ", text.replace("\x00", "\ufffd")).strip()


@functools.cache
def _canonical_names() -> frozenset[str]:
    from kg.gazetteer import load_countries, load_organizations

    return frozenset(e.name for e in (*load_countries(), *load_organizations()))


def label_problems(graph: Graph, text: str) -> list[str]:
    """Names of people, places, countries and organizations not found, as written, in the text.

    A gazetteer entry may be labelled with its canonical name ("United States"
    for "US"), and a name the text writes in capitals in title case ("BERIDZE"
    is "Beridze"); agreements are labelled with a description built from words.
    """
    flat = normalise(text)
    problems = []
    for cls in (KG.Person, KG.Country, KG.Organization, KG.Location):
        for entity in graph.subjects(RDF.type, cls):
            for predicate in (RDFS.label, SKOS.altLabel):
                for label in graph.objects(entity, predicate):
                    name = str(label)
                    written = normalise(name)
                    if (
                        written not in flat
                        and written.upper() not in flat
                        and name not in _canonical_names()
                    ):
                        problems.append(f"{entity} label {name!r} is not in the text")
    return problems


class _Page(html.parser.HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, tuple[tuple[str, str | None], ...]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._script: tuple[dict[str, str | None], list[str]] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, tuple(attrs)))
        if tag == "script":
            self._script = (dict(attrs), [])

    def handle_data(self, data: str) -> None:
        if self._script is not None:
            self._script[1].append(data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None


def _parse_page(page: str) -> _Page:
    parser = _Page()
    parser.feed(page)
    parser.close()
    return parser


@functools.cache
def _empty_page_tags() -> tuple[tuple[str, tuple[tuple[str, str | None], ...]], ...]:
    from kg.viz import to_html

    return tuple(_parse_page(to_html(Graph())).tags)


def page_problems(page: str, graph: Graph) -> list[str]:
    """Ways in which text from the graph could run as code in the page, found by reading it.

    The page must have exactly the elements of an empty graph's page (no
    element or attribute came from the data), only script bodies whose hashes
    its Content-Security-Policy allows, and the data as one JSON block with
    ``<``, ``>`` and ``&`` escaped that decodes to the graph's labels.
    """
    parsed = _parse_page(page)
    problems = []
    if tuple(parsed.tags) != _empty_page_tags():
        problems.append("the page's elements differ from an empty graph's page")
    for tag, attrs in parsed.tags:
        for name, value in attrs:
            if name.startswith("on") or (value and "javascript:" in value.lower()):
                problems.append(f"<{tag}> has {name}={value!r}")
    policy = next(
        (
            v
            for t, a in parsed.tags
            if t == "meta"
            for k, v in a
            if k == "content" and dict(a).get("http-equiv") == "Content-Security-Policy"
        ),
        None,
    )
    if not policy or "unsafe-inline" in policy or "unsafe-eval" in policy:
        problems.append(f"weak or missing Content-Security-Policy: {policy!r}")
        policy = ""
    data_blocks = [
        body
        for attrs, body in parsed.scripts
        if attrs.get("type") == "application/json"
    ]
    for attrs, body in parsed.scripts:
        if attrs.get("type") == "application/json":
            continue
        if "src" in attrs:
            problems.append(f"external script {attrs['src']!r}")
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode(
            "ascii"
        )
        if f"'sha256-{digest}'" not in policy:
            problems.append(
                "an inline script the Content-Security-Policy does not allow"
            )
    if len(data_blocks) != 1:
        return [*problems, f"{len(data_blocks)} JSON data blocks instead of one"]
    blob = data_blocks[0]
    if any(c in blob for c in "<>&"):
        problems.append("the JSON data holds an unescaped <, > or &")
    try:
        strings = set(_strings(json.loads(blob)))
    except ValueError as exc:
        return [*problems, f"the JSON data does not decode: {exc}"]
    for entity in set(graph.subjects(RDFS.label, None)):
        shown = min(
            str(label) for label in graph.objects(entity, RDFS.label)
        )  # the page shows the first
        if shown not in strings:
            problems.append(f"label {shown!r} does not travel in the JSON data")
    return problems


def _strings(value: object) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def graph_problems(graph: Graph, text: str | None = None) -> list[str]:
    """Every check above that needs only the graph (and the text it came from)."""
    problems = turtle_problems(graph) + iri_problems(graph)
    if text is not None:
        problems += label_problems(graph, text)
    return problems
