"""Reading along the words where the parse lost a name: lists of titled names, a verb cut from its
names, the holder an office goes on to name.

The small parser often breaks a list whose items carry titles ("met Turkish
President A, Brazil President B and UAE President C" comes out as A with B
and C hung somewhere else), makes a verb a modifier ("A on Friday evening
hosted President B"), or hangs an office's holder on the verb ("a meeting with
President of Peru, A"). These walks read the tokens in order instead of the
tree, and are used only where the tree gave nothing: from a name on (or back)
through separators, titles and qualifying countries to the next names of the
same kind; from a verb back to the name before it, or on to the names after
it; from a title on to the name it gives.

A walk stops at any word that is not a separator (a comma, a semicolon, "and",
"as well as"), a title or a qualifier, so "met A, who had signed with B" or "met
A in Rabat and B" end at A; it goes on past an adverb after "and" ("A and later
B") and past a time or place when the next name has its own ("A on Monday and B
on Friday"). A name that is the subject of its own verb ("met A, and B told
reporters"), or of a clause that leaves out its verb ("tariffs on A, and the EU
on B"), ends it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from spacy.tokens import Token

from kg.extract.mentions import Mentions
from kg.extract.people import in_portfolio
from kg.extract.syntax import sentence_of

__all__ = [
    "holder_after",
    "listed_after",
    "listed_before",
    "mention_end",
    "mention_start",
    "named_after",
    "named_before",
]

Fits = Callable[[str], bool]

_SEPARATORS = frozenset({",", ";", "and", "&"})
#: words that may stand between a title and a name, or a country and its title
_JOINERS = frozenset(
    {
        "the",
        "his",
        "her",
        "their",
        "of",
        "'s",
        "’s",
        "dr",
        "dr.",
        "mr",
        "mr.",
        "mrs",
        "ms",
    }
)
#: words of a title that may follow a name all the same ("A *of* Ghana, B *for* Togo")
_NAME_ENDS = _JOINERS | {"for"}
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
#: tags of a finite verb
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_ARGUMENTS = _SUBJECTS | {"dobj", "pobj", "attr", "dative"}


def mention_end(mentions: Mentions, start: int) -> int:
    """The index after the last token of the mention that covers ``start``."""
    key = mentions.by_token.get(start)
    end = start + 1
    while key is not None and mentions.by_token.get(end) == key:
        end += 1
    return end


def mention_start(mentions: Mentions, end: int) -> int:
    """The index of the first token of the mention that covers ``end``."""
    key = mentions.by_token.get(end)
    start = end
    while key is not None and start > 0 and mentions.by_token.get(start - 1) == key:
        start -= 1
    return start


def _title_word(mentions: Mentions, token: Token) -> bool:
    """A word of a title or an honorific, capitalised or in lower case as business news writes
    them ("NNPC chief executive A"), a joiner, a nationality ("Turkish President", "the Emir
    of"), or a portfolio before a title ("Customs Minister")."""
    lexicon = mentions.lexicon
    titles = lexicon.titles | lexicon.person_titles

    def titled(word: Token) -> bool:
        return (
            word.is_title or word.is_upper or (word.is_lower and _before_name(word))
        ) and (  # "CEO", "FM": a title in capitals
            word.lower_ in titles
            or (  # "… as well as ministers A and B"
                word.lower_.removesuffix("s") in titles
                and word.i > 0
                and word.nbor(-1).lower_ in {"and", "as"}
            )
            or word.lower_ in lexicon.name_honorifics
        )

    def _before_name(word: Token) -> bool:
        """A title in lower case counts right before a name or another title ("chief executive
        A"), not before "of" ("the envoy of President B")."""
        after = word.nbor() if word.i + 1 < len(word.doc) else None
        if after is not None and after.text == "-" and after.i + 1 < len(word.doc):
            after = after.nbor()  # "vice-president A"
        return (
            after is not None
            and after.lower_ not in {"of", "for", "to"}
            and (after.is_title or (after.is_lower and after.lower_ in titles))
        )

    def _before_title(word: Token) -> bool:
        """ "country director", "Boeing Commercial Airplanes chief": a word in lower case right
        before a title, or capitalised words of a body's name running up to one."""
        doc = word.doc
        if word.is_lower:
            after = doc[word.i + 1] if word.i + 1 < len(doc) else None
            return (
                after is not None
                and word.pos_ in {"NOUN", "ADJ"}
                and after.pos_
                in {"NOUN", "PROPN"}  # no joiner: "the envoy *of* President B"
                and titled(after)
            )
        for k in range(word.i + 1, min(word.i + 5, len(doc))):
            if titled(doc[k]):
                return word.is_title and word.ent_type_ != "PERSON"
            if not doc[k].is_title or doc[k].ent_type_ == "PERSON":
                return False
        return False

    return (
        token.lower_ in _JOINERS
        or token.ent_type_ == "NORP"
        or titled(token)
        or in_portfolio(
            mentions, token.i
        )  # "Minister of Petroleum, Mines and Energy A"
        or _before_title(token)
    )


def _office_word(mentions: Mentions, i: int, stop: int) -> bool:
    """Whether the word at ``i`` is a word of an office, or joins two ("Secretary of State *for*
    Business *and* Trade A", "Minister *for* Foreign Affairs A")."""
    tokens = mentions.tokens
    return (
        _title_word(mentions, tokens[i])
        or (
            tokens[i].lower_ in {"for", "and", "&"}
            and i + 1 < stop
            and tokens[i + 1].is_title
            and _title_word(mentions, tokens[i + 1])
        )
        or (  # "vice-president": a dash inside a title
            tokens[i].text == "-"
            and 0 < i < stop - 1
            and _title_word(mentions, tokens[i - 1])
            and _title_word(mentions, tokens[i + 1])
        )
    )


def _of_kind(fits: Fits, anchor: str) -> Fits:
    """``fits``, for names of the anchor's kind only: a list holds one kind ("A, B and C", not
    "A, Kenya and C"); a list of countries may hold a body of states ("Japan, the EU and
    Taiwan")."""
    cls = anchor.split(":", 1)[0]
    kind = {"Country", "Organization"} if cls == "Country" else {cls}
    return lambda key: fits(key) and key.split(":", 1)[0] in kind


def _role(mentions: Mentions, start: int, end: int, fits: Fits) -> str | None:
    """What the mention from ``start`` to ``end`` is to a walk: a "member" of the list, a "qualifier"
    of the next name ("Brazil President B", "the Water and Energy Minister B"), or neither (None)."""
    key = mentions.by_token[start]
    standalone = _member(mentions, start, end)
    if fits(key) and standalone:
        return "member"
    if not key.startswith("Person:") and (not standalone or key.startswith("Country:")):
        return "qualifier"
    return None


def _member(mentions: Mentions, start: int, end: int) -> bool:
    """Whether the mention from ``start`` to ``end`` stands as a name of its own, not as a modifier.

    "Japanese partners" (an adjective), "the Water and Energy Minister" (before
    a title), "the Modi government" (before a noun) and "Lind's adviser" (a
    possessor) are not list items.
    """
    tokens = mentions.tokens
    if all(tokens[k].pos_ == "ADJ" for k in range(start, end)):
        return False
    if end >= len(tokens) or end in mentions.by_token:
        return True
    after = tokens[end]
    if after.pos_ in {"NOUN", "PROPN"} or after.lower_ in {"'s", "’s"}:
        return False  # "the Modi government", "Sara Lind's adviser"
    return after.lower_ in _NAME_ENDS or not (
        after.lower_ in mentions.lexicon.person_titles
        or after.lower_ in mentions.lexicon.titles
    )


def _own_verb(token: Token) -> Token:
    """The verb a verb or its auxiliary stands for ("have" in "A and B have met": met)."""
    return token.head if token.dep_ in {"aux", "auxpass"} else token


def _clause_verb(token: Token) -> Token | None:
    """The verb whose clause ``token`` is in: "A, B and C held talks", parsed with C as a second
    subject, has all three in the clause of "held"."""
    node = token
    while node.head != node:
        node = node.head
        if node.pos_ in {"VERB", "AUX"}:
            return node
    return None


def _list_walk(
    mentions: Mentions,
    i: int,
    step: int,
    fits: Fits,
    closes: Callable[[int, int], bool],
) -> list[str]:
    """The names a list goes on with from the name just behind token ``i``, reading on (``step`` 1) or
    back (``step`` -1) through separators, titles and qualifying countries; a name for which
    ``closes(start, end)`` holds ends the list."""
    tokens, by_token = mentions.tokens, mentions.by_token
    sentence = sentence_of(tokens[i - step])
    fits = _of_kind(fits, by_token.get(i - step, ""))
    found: list[str] = []
    separated = False
    adjunct = ""  # the preposition of a time or place the last name had
    while sentence.start <= i < sentence.end:
        key = by_token.get(i)
        if key is None:
            if tokens[i].lower_ in _SEPARATORS:
                separated = True
            elif _as_well_as(tokens, i, step):
                separated, i = True, i + 2 * step  # "met A, as well as B"
            elif step > 0 and (after := _adjunct_end(mentions, i, sentence.end)):
                adjunct, i = (
                    tokens[i].lower_,
                    after,
                )  # "met A on Monday and B on Friday"
                continue
            elif (
                separated
                and tokens[i].pos_ == "ADV"
                and tokens[i].lower_ not in mentions.rules.modality.negations
            ):
                pass  # "met A and *later* B"
            elif not _office_word(mentions, i, sentence.end):
                break
            i += step
            continue
        begin, end = (
            (i, mention_end(mentions, i))
            if step > 0
            else (mention_start(mentions, i), i + 1)
        )
        role = _role(mentions, begin, end, fits)
        if role is None or (role == "member" and (not separated or closes(begin, end))):
            break  # not a list, or a name that starts a clause of its own
        if role == "member":
            if adjunct and (end >= len(tokens) or tokens[end].lower_ != adjunct):
                break  # "met A in Lima and B": B is no list item of A's unless it has its own
            found.append(key)
            separated = False
            adjunct = ""
        i = end if step > 0 else begin - 1
    return found


def _as_well_as(tokens: Sequence[Token], i: int, step: int) -> bool:
    """Whether "as well as", read from ``i`` in the walk's direction, starts at ``i``."""
    words = [
        tokens[k].lower_ for k in range(i, i + 3 * step, step) if 0 <= k < len(tokens)
    ]
    return words == ["as", "well", "as"]


def _adjunct_end(mentions: Mentions, i: int, stop: int) -> int:
    """Where a time or place phrase starting at ``i`` ends, if it runs up to a separator ("on
    Monday", "in Lima", "at the Hague", "for Ghana"); 0 if none does."""
    tokens = mentions.tokens
    if tokens[i].lower_ not in {"on", "in", "at", "for"}:
        return 0
    j = i + 1
    while j < stop and (
        tokens[j].ent_type_ in {"DATE", "TIME"}
        or (mentions.by_token.get(j) or "").startswith(("Location:", "Country:"))
        or (tokens[j].lower_ == "the" and j == i + 1)
    ):
        j += 1
    return j if i + 1 < j < stop and tokens[j].lower_ in _SEPARATORS else 0


def listed_after(
    mentions: Mentions, end: int, fits: Fits, verb: Token | None = None
) -> list[str]:
    """The names of the kinds ``fits`` accepts that a list goes on with after a name ending at ``end``.

    "met A, Brazil President B and UAE President C" -> B, C (read after A). A
    name that is the subject of another verb than the first name's ("met A,
    and B told reporters"), or that a finite verb of another clause follows
    ("met A, and B held talks with C"), ends the list; ``verb`` is the list's
    verb where the parse does not say (the first name's, by default).
    """
    tokens = mentions.tokens
    if end <= 0 or end > len(tokens):
        return []
    verb = verb or _clause_verb(tokens[end - 1])
    anchor = tokens[end - 1]
    prep = anchor.head.lower_ if anchor.dep_ == "pobj" else ""

    def gapped(word: Token) -> bool:
        """Whether a word is the subject of a clause that leaves out its verb: the parser's
        conjunct of the verb, with a phrase of the list's own preposition ("tariffs on A, and
        the EU on B")."""
        return (
            bool(prep)
            and word.dep_ == "conj"
            and word.head.pos_ in {"VERB", "AUX"}
            and any(c.dep_ == "prep" and c.lower_ == prep for c in word.children)
        )

    def opens_clause(start: int, stop: int) -> bool:
        return any(
            (tokens[k].dep_ in _SUBJECTS and _clause_verb(tokens[k]) != verb)
            or gapped(tokens[k])
            for k in range(start, stop)
        ) or (  # "met A, and Minister B held talks with C": B is held's
            stop < len(tokens)
            and tokens[stop].pos_ in {"VERB", "AUX"}
            and tokens[stop].tag_ in _FINITE
            and _own_verb(tokens[stop]) != verb
        )

    return _list_walk(mentions, end, 1, fits, opens_clause)


def named_before(mentions: Mentions, verb: Token, fits: Fits) -> list[str]:
    """The name just before a verb the parse left with no subject: "A on Friday evening hosted B" -> A.

    Only adverbs (not negations), dates and times and their prepositions may
    stand between; a name of another kind, or any other word, means none.
    """
    tokens, by_token = mentions.tokens, mentions.by_token
    negations = mentions.rules.modality.negations
    temporal = mentions.lexicon.temporal_preps
    start = sentence_of(verb).start
    i = verb.i - 1
    while i >= start:
        token = tokens[i]
        key = by_token.get(i)
        if key is not None:
            begin = mention_start(mentions, i)
            if _role(mentions, begin, i + 1, fits) != "member":
                return []
            return [key, *listed_before(mentions, begin, fits)]
        movable = (
            (token.pos_ == "ADV" and token.lower_ not in negations)
            or token.ent_type_ in {"DATE", "TIME"}
            or token.lower_ in temporal
        )
        if not movable:
            return []
        i -= 1
    return []


def listed_before(mentions: Mentions, start: int, fits: Fits) -> list[str]:
    """The names of a list that ends with the name starting at ``start``: "signed by A and Russian
    President B" -> A (read before B). A name that is the subject or object of its own verb ("A met
    B and C met D") ends the list."""
    tokens = mentions.tokens

    def argument(begin: int, end: int) -> bool:
        return any(tokens[k].dep_ in _ARGUMENTS for k in range(begin, end))

    return _list_walk(mentions, start - 1, -1, fits, argument)


def _next_name(
    mentions: Mentions, token: Token, fits: Fits, *, commas: int
) -> tuple[int, int, bool] | None:
    """The first name of a kind ``fits`` accepts after ``token``, past titles, joiners, countries that
    qualify a title and up to ``commas`` commas: its start, its end, and whether a comma was crossed."""
    tokens, by_token = mentions.tokens, mentions.by_token
    stop = sentence_of(token).end
    i = token.i + 1
    crossed = 0
    body = False  # in an office's "of" phrase ("the head *of the delegation*, A")
    while i < stop:
        if (key := by_token.get(i)) is not None:
            after = mention_end(mentions, i)
            role = _role(mentions, i, after, fits)
            before = i - 2 if tokens[i - 1].lower_ == "the" else i - 1
            if (
                role is None
                and tokens[before].lower_ in {"of", "to", "for"}
                and not key.startswith("Person:")
            ):
                role = "qualifier"  # "the Director-General *of NAFDAC*, A": the office's body
            if role == "member":
                return i, after, crossed > 0
            if role is None:
                return None
            i = after
            continue
        if tokens[i].text == "," and crossed < commas:
            crossed += 1
            body = False
        elif body and tokens[i].is_lower and tokens[i].pos_ in {"DET", "NOUN", "ADJ"}:
            pass  # "the head of *the government delegation*, A": the office's body
        elif (  # "the High Commissioner *to* Uganda, A": the office's country
            tokens[i].lower_ == "to"
            and not (by_token.get(i + 1) or "Person:").startswith("Person:")
        ):
            pass
        elif not _office_word(mentions, i, stop):
            return None
        body = body or tokens[i].lower_ == "of"
        i += 1
    return None


def holder_after(mentions: Mentions, title: Token, fits: Fits) -> str | None:
    """The name an office goes on to give, wherever the parser hung it: "a meeting with President of
    the Republic of Vietnam, Nguyen Van An" -> Nguyen Van An, "his Kenyan counterpart Ali Omar"
    -> Ali Omar (not a name after a comma that starts a clause)."""
    found = _next_name(mentions, title, fits, commas=1)
    if found is None:
        return None
    start, end, crossed = found
    subject = any(mentions.tokens[k].dep_ in _SUBJECTS for k in range(start, end))
    return None if subject and crossed else mentions.by_token[start]


def named_after(mentions: Mentions, verb: Token, fits: Fits) -> list[str]:
    """The names right after a verb the parse left with no object: "hosted President B and C" -> B, C.

    Only titles, joiners and qualifying countries may stand between the verb and the first name.
    """
    found = _next_name(mentions, verb, fits, commas=0)
    if found is None:
        return []
    start, end, _ = found
    return [mentions.by_token[start], *listed_after(mentions, end, fits, verb)]
