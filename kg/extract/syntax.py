"""Walks of a dependency parse that every stage uses: sentences, conjuncts, phrases and clauses."""

from __future__ import annotations

from bisect import bisect_right
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

__all__ = [
    "clause_subjects",
    "clause_verb",
    "copula_counting",
    "DASHES",
    "dash_joined",
    "dash_joined_start",
    "excluded",
    "in_headline",
    "line_of",
    "list_goes_on",
    "listed_after_colon",
    "lists_examples",
    "looking_on",
    "objects_of",
    "plain_path",
    "prep_objects_of",
    "raised_in",
    "reciprocal",
    "RELATIVE_PRONOUNS",
    "WEEKDAYS",
    "sentence_of",
    "title_phrase",
    "window_start",
    "with_conjuncts",
    "within_clause",
    "within_phrase",
]


#: the days of the week, which the model runs into a name after them ("on Sunday European
#: Commission …") and which put an event in a week
WEEKDAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
)


def sentence_of(token: Token) -> Span:
    """The sentence of ``token`` (``Token.sent`` walks every sentence before it)."""
    doc = token.doc
    starts = doc.user_data.get("kg_sentence_starts")
    if starts is None:  # where each sentence starts, found once per document
        starts = doc.user_data["kg_sentence_starts"] = [
            sent.start for sent in doc.sents
        ] + [len(doc)]
    n = bisect_right(starts, token.i) - 1
    return doc[starts[n] : starts[n + 1]]


def title_phrase(title: Token, titles: frozenset[str]) -> list[Token]:
    """A title noun with the title words the parser hung before it ("*Prime* Minister", "the two
    *prime* ministers"), in text order."""
    return [
        *(
            c
            for c in title.lefts
            if c.dep_ in {"amod", "compound"} and c.lower_ in titles
        ),
        title,
    ]


def line_of(token: Token) -> tuple[int, int]:
    """The token range of the line ``token`` stands on, without the line break that ends it."""
    doc = token.doc

    def breaks(t: Token) -> bool:
        return "\n" in t.text + t.whitespace_

    start = token.i
    while start > 0 and not breaks(doc[start - 1]):
        start -= 1
    end = token.i
    while end < len(doc) and not breaks(doc[end]):
        end += 1
    return start, end


def window_start(token: Token) -> int:
    """Where the sentence before ``token``'s sentence starts (or its own, if it is the first)."""
    start = sentence_of(token).start
    return sentence_of(token.doc[start - 1]).start if start > 0 else 0


def prep_objects_of(head: Token, preps: frozenset[str]) -> list[Token]:
    """The objects of ``head``'s prepositions among ``preps`` (tokens, not entities): "with A",
    also a preposition repeated after "and" ("with A and *with* B"; "duties on A in 2023, and
    *on* B", the parser making it the verb's conjunct) and the one visiting ("talks with
    *visiting* A", which the parser reads as "with" visiting A)."""
    found = [
        c
        for c in head.children
        if c.lower_ in preps
        and (
            c.dep_
            in {"prep", "agent", "dative"}  # "sets rates of 41% *for* A": a dative
            or (c.dep_ == "conj" and c.pos_ == "ADP")
        )
    ]
    found += [  # "signed it in 2009 along with B": "along with" is "alongside"
        c
        for p in head.children
        if p.dep_ == "prep" and p.lower_ == "along" and "alongside" in preps
        for c in p.children
        if c.dep_ == "prep" and c.lower_ == "with"
    ]
    found += (
        [c for p in found for c in p.children if c.dep_ == "conj" and c.lower_ in preps]
        + [  # "on A at 46% and *on* B at 36%": the parser made it the rate's conjunct
            c
            for p in head.children
            if p.dep_ == "prep" and p.lower_ not in preps
            for c in p.children
            if c.dep_ == "conj" and c.lower_ in preps and found
        ]
        + [  # "sets 41% for A and 39% for B": the parser made the second rate the verb's
            # conjunct; "a 46% tariff on A, 36% on B and 32% on C": its adverb, and the third
            # that one's conjunct
            p
            for c in head.children
            if c.dep_ in {"conj", "npadvmod"} and c.lower_ == "%"
            for r in [c, *(x for x in c.conjuncts if x.lower_ == "%")]
            for p in r.children
            if p.dep_ == "prep" and p.lower_ in preps
        ]
    )
    objects = [p for prep in found for p in objects_of(prep)]
    return objects + [c for p in objects[-1:] for c in list_goes_on(p)]


def listed_after_colon(verb: Token) -> list[Token]:
    """The list a colon after a verb introduces, which the parser hung on the verb's subject as
    its apposition ("A met: Ms B, …; and Dr C, …"): the verb's objects, not who its subject is."""
    if verb.i + 1 >= len(verb.doc) or verb.nbor().text != ":":
        return []
    return [
        a
        for s in verb.children
        if s.dep_ == "nsubj"
        for a in s.children
        if a.dep_ == "appos" and a.i > verb.i
    ]


def list_goes_on(last: Token) -> list[Token]:
    """Nouns the parser made conjuncts of the verb, right after the phrase of ``last`` with only
    commas, semicolons and "and" between: more of its list ("signed by the Minister for Industry,
    A, and Chinese Commerce Minister B", "talks with A; and Foreign Minister of Oman, B")."""
    verb = last
    while verb.pos_ not in {"VERB", "AUX"} and verb.head != verb:
        verb = verb.head
    found: list[Token] = []
    end = last.right_edge.i
    prep = last.head.lower_ if last.dep_ == "pobj" else ""
    for (
        c
    ) in verb.children:  # "signed an MoU *on the pipeline* and an agreement on …": the
        # first noun's phrase, which the parser hung on the verb, is still the first noun's
        if (
            c.dep_ == "prep"
            and c.i == end + 1
            and last.dep_ == "dobj"
            and last.head == verb
        ):
            end = c.right_edge.i
    for c in verb.children:
        if (
            c.dep_ != "conj"
            or c.pos_ not in {"PROPN", "NOUN"}
            or c.i <= end
            or any(
                d.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for d in c.children
            )
        ):
            continue
        between = c.doc[end + 1 : c.left_edge.i]
        if not between or not all(t.text in {",", ";", "and"} for t in between):
            continue
        if not any(t.lower_ == "and" for t in between):
            continue
        if prep and any(d.dep_ == "prep" and d.lower_ == prep for d in c.children):
            break  # "tariffs on A, and the EU on B": a clause of its own, its verb left out
        found.append(c)
        end = c.right_edge.i
    return found


def lists_examples(prep: Token) -> bool:
    """Whether a preposition introduces examples of what it hangs on ("*including* A", "*such
    as* A")."""
    return prep.lower_ == "including" or (
        prep.lower_ == "as" and any(c.lower_ == "such" for c in prep.children)
    )


def objects_of(prep: Token) -> list[Token]:
    """The objects of one preposition: "with A", also "with *visiting* A" (a participle between)."""
    objects = []
    for p in prep.children:
        if p.dep_ == "pobj":
            objects.append(p)
        elif p.dep_ == "pcomp" and p.lemma_ == "visit" and p.tag_ == "VBG":
            objects.extend(d for d in p.children if d.dep_ == "dobj")
    return objects


def with_conjuncts(token: Token) -> list[Token]:
    """A token and the heads it is coordinated with ("A, president of X, and B"), in text order of the walk.

    The walk keeps its own stack: a sentence joining a thousand names with "and"
    is a chain a thousand deep.
    """
    out: list[Token] = []
    stack: list[Token] = [token]
    while stack:
        node = stack.pop()
        out.append(node)
        found: list[Token] = []
        for c in node.children:
            if c.dep_ == "conj" and c.lemma_ == "visit" and c.tag_ == "VBG":
                # "A and *visiting* President B", the parser's verb with B its object
                found.extend(d for d in c.children if d.dep_ == "dobj")
            elif c.dep_ == "conj" and not excluded(c):
                found.append(c)
            elif (
                c.dep_ == "appos"
                and any(cc.dep_ == "conj" for cc in c.children)
                and not _after_its_verb(node, c)
            ):
                # "A, president of X, and B"; "A, B Sdn Bhd, and C" parsed as an apposition
                if c.pos_ == "PROPN":
                    out.append(c)
                found.extend(cc for cc in c.children if cc.dep_ == "conj")
        stack.extend(reversed(found))
    return out


def _after_its_verb(node: Token, apposition: Token) -> bool:
    """Whether an apposition stands after the word ``node`` hangs on: a list after the verb,
    which the parser hung on its subject ("China decided to impose duties on steel from the US,
    the EU and Japan": not China's apposition)."""
    return node.i < node.head.i < apposition.i


def excluded(token: Token) -> bool:
    """Whether a phrase is negated before its head: "B and South Korea but *not* Australia",
    "met A and not B"."""
    return any(t.dep_ == "neg" for t in token.subtree if t.i < token.i)


def plain_path(token: Token, top: Token) -> bool:
    """Whether ``token`` hangs from ``top`` through names only (compounds, appositions, conjuncts)."""
    while token != top:
        if (
            token.dep_ not in {"compound", "appos", "conj", "cc", "flat"}
            or token.head == token
        ):
            return False
        token = token.head
    return True


def within_phrase(token: Token, top: Token) -> bool:
    """Whether ``token`` belongs to the noun phrase of ``top`` without crossing a verb."""
    while token != top:
        if token.pos_ in {"VERB", "AUX"} or token.head == token:
            return False
        token = token.head
    return True


def within_clause(
    token: Token, verb: Token, participles: frozenset[str] = frozenset()
) -> bool:
    """Whether ``token`` hangs from ``verb`` without passing through another verb's clause.

    Participles that qualify a noun ("steel imported from X") stay inside, as do
    those of ``participles`` wherever the parser hung them ("duties on steel
    originating in or exported from X", with "originating" made a clause of its own).
    """
    node = token.head
    while node != verb:
        if node.head == node:
            return False
        if node.pos_ in {"VERB", "AUX"} and not (
            node.dep_ in {"amod", "acl"}
            or (node.tag_ in {"VBG", "VBN"} and node.lemma_.lower() in participles)
        ):
            return False
        node = node.head
    return True


def dash_joined_start(doc: Doc, start: int) -> int:
    """Where a name ending at ``start`` begins when capitalised words are joined to it by dashes without spaces."""
    while (
        start >= 2
        and doc[start - 1].text in {"-", "–", "—"}
        and not doc[start - 1].whitespace_
        and not doc[start - 2].whitespace_
        and doc[start - 2].text[:1].isupper()
    ):
        start -= 2
        while (
            start > 0
            and doc[start - 1].text[:1].isupper()
            and doc[start - 1].whitespace_
            and doc[start - 1].pos_ == "PROPN"
        ):
            start -= 1
    return start


def reciprocal(verb: Token) -> bool:
    """Whether the verb's clause says "each other" or "one another" ("duties on each other's imports")."""
    words = [t.lower_ for t in verb.subtree]
    return any(
        (a == "each" and b == "other") or (a == "one" and b == "another")
        for a, b in pairwise(words)
    )


def clause_verb(token: Token) -> Token | None:
    """The verb of the clause ``token`` stands in: the first verb above it, if any."""
    return next((a for a in token.ancestors if a.pos_ in {"VERB", "AUX"}), None)


def clause_subjects(token: Token) -> list[Token]:
    """The subjects of the verb of the clause ``token`` stands in ("Chile imposed a tariff on *it*":
    Chile), none if no verb is above it."""
    clause = clause_verb(token)
    if clause is None:
        return []
    return [c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}]


def looking_on(token: Token, onlookers: frozenset[str]) -> bool:
    """Whether a mention names someone present, not a party: "*in the presence of* A and B, the
    two sides signed …", "*witnessed by* A", "the *witness*, A" (``onlookers``: such nouns; "with
    A as a witness", a phrase below the mention, is ``arguments.onlooker``'s)."""
    for t in token.ancestors:
        lemma = t.lemma_.lower()
        if lemma == "presence" or lemma in onlookers:
            return True
        if t.pos_ in {"VERB", "AUX"}:
            # "A witnessed …", "A watched as …", "A oversaw …", "A looked on as …"
            return lemma in _WATCHING or (
                lemma == "look" and any(c.lower_ == "on" for c in t.children)
            )
    return False


_WATCHING = frozenset({"witness", "watch", "oversee", "preside"})


def in_headline(token: Token, titles: frozenset[str]) -> bool:
    """Whether ``token``'s sentence is written in title case, as headlines are ("Steel Tariff Hits Aluminium"):
    most of its other words that are no names, titles or stop words are capitalised."""
    words = [
        t
        for t in sentence_of(token)
        if t.is_alpha
        and not t.ent_type_
        and not t.is_stop
        and t.lower_ not in titles
        and t.lower_.removesuffix("s") not in titles  # "Presidents A, B and C"
        and t != token
        and not (t.head == token and t.dep_ == "compound")  # the name's own first word
    ]
    return len(words) >= 3 and sum(t.is_title for t in words) > 0.6 * len(words)


def raised_in(noun: Token) -> bool:
    """Whether a noun is what a sum of money was raised in ("collected $2 billion *in* duties")."""
    amount = noun.head.head
    return (
        noun.dep_ == "pobj"
        and noun.head.lower_ == "in"
        and (
            amount.ent_type_ == "MONEY"
            or any(t.text in _CURRENCY for t in amount.subtree if t.i < noun.head.i)
        )
    )


#: signs of a sum of money
_CURRENCY = frozenset({"$", "€", "£", "¥", "US$"})


#: pronouns that stand for the noun their clause hangs on ("the treaty, *which* Chile signed")
RELATIVE_PRONOUNS = frozenset({"which", "that", "whom", "who"})


#: dashes that join the parts of a word ("Duk-geun")
DASHES = frozenset({"-", "\u2010", "\u2011"})


def dash_joined(token: Token) -> bool:
    """Whether ``token`` goes on with the word before it through a dash written without spaces:
    the dash itself, between two words, or the word right after one ("Eui | - | sun")."""
    doc, i = token.doc, token.i
    if token.text in DASHES:
        return (
            i > 0
            and not doc[i - 1].whitespace_
            and not token.whitespace_
            and i + 1 < len(doc)
            and doc[i - 1].is_alpha
            and doc[i + 1].is_alpha
        )
    return (
        i > 1
        and doc[i - 1].text in DASHES
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
        and doc[i - 2].is_alpha
        and token.is_alpha
    )


def copula_counting(group: Token) -> Token | None:
    """The copula whose subject a group word counts in: "A was *among the countries* hit by …",
    "A is *one of the countries* that signed …", "A was (became) *the latest* to sign …"."""
    if group.dep_ == "attr" and group.head.lemma_ in _COPULAS:
        return group.head
    if group.dep_ != "pobj" or not (group.tag_ == "NNS" or group.lower_ == "those"):
        return None  # "among *those* who signed"
    prep, head = group.head, group.head.head
    if prep.lower_ == "of" and head.lower_ == "one" and head.dep_ == "attr":
        head = head.head
    elif prep.lower_ != "among":
        return None
    return head if head.lemma_ in _COPULAS else None


#: verbs that say what their subject is or has come to be
_COPULAS = frozenset({"be", "become"})
