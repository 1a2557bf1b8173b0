"""Agreements: noun phrases headed by an agreement word, and their names.

"the Lima Declaration" (a named entity ending in an agreement word), "a
memorandum on power trade" (the words that name it); a later definite "the
pact" refers back to the last one, and a more specific later name becomes its
label. A label never carries a person or the place of signing, keeps words
joined by dashes, and names a bare "deal" by its purpose ("a deal to order 42
jets").
"""

from __future__ import annotations

from itertools import pairwise

from spacy.tokens import Span, Token

from kg.extract.mentions import PLACE_LABELS, Mentions
from kg.extract.syntax import (
    dash_joined_start,
    lists_examples,
    objects_of,
    prep_objects_of,
    sentence_of,
)
from kg.text import bare_name

__all__ = ["find_agreements", "generic_agreement", "names_partner"]

#: entity labels of dates and times, never part of an agreement's label
_WHEN = frozenset({"DATE", "TIME"})


def generic_agreement(mentions: Mentions, key: str) -> bool:
    """Whether an agreement is named only by agreement words ("agreements", "documents", "deals")."""
    return key.startswith("Agreement:") and generic_agreement_name(
        mentions, mentions.entities[key].name
    )


def generic_agreement_name(mentions: Mentions, name: str) -> bool:
    """Whether a name is only agreement words."""
    nouns = mentions.lexicon.agreement_nouns
    return all(
        w in nouns or w.removesuffix("s") in nouns for w in name.casefold().split()
    )


def find_agreements(mentions: Mentions) -> None:
    """Agreements: noun phrases headed by an agreement word; "the pact" refers back to the last one."""
    nouns = mentions.lexicon.agreement_nouns
    weak = mentions.lexicon.weak_agreement_nouns
    vague = mentions.lexicon.vague_modifiers
    last: str | None = None
    # each agreement by the lemma of the word that named it first
    heads: dict[str, str] = {}
    for token, lower in zip(mentions.tokens, mentions.lowers):
        if lower not in nouns and token.lemma_.lower() not in nouns:
            continue
        if token.pos_ not in {"NOUN", "PROPN"} or token.i in mentions.by_token:
            continue
        if token.dep_ == "compound" and token.head.lower_ in nouns:
            continue  # "framework agreement": the head names it
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in nouns
            and token.head.head.lemma_.lower() not in _ONLY_POINTING
        ):
            continue  # "memorandum of understanding": the first noun names it
        if token.lemma_.lower() in _ONLY_POINTING and any(
            p.lemma_.lower() in nouns for p in prep_objects_of(token, frozenset({"of"}))
        ):
            continue  # "the text of the Pukpuk treaty": the treaty names it
        if _nested(token, nouns):
            continue  # "a treaty on strategic partnership", "a protocol amending the tax treaty"
        modifiers = [
            t
            for t in token.lefts
            if t.dep_ in {"compound", "amod", "nmod", "poss", "nummod"}
        ]
        determiner = next((t.lower_ for t in token.lefts if t.dep_ == "det"), "")
        if determiner in vague or (
            any(t.lower_ in vague for t in modifiers)
            # "a similar *trade* agreement": one, of a kind its other words give
            and not (
                determiner in {"a", "an"}
                and any(
                    t.dep_ in {"compound", "amod"} and t.lower_ not in vague
                    for t in modifiers
                )
            )
        ):
            continue  # "other cooperation agreements" names nothing
        definite = determiner in {"the", "this", "that", "these", "those"} or any(
            t.dep_ == "poss" and t.pos_ == "PRON" for t in modifiers
        )
        named = _named_span(mentions, token)
        same = _same_label(mentions, token) if named is None and definite else None
        if same is not None:
            # "a maritime agreement and a memorandum … The maritime agreement was signed":
            # the one of that name, not the last one
            mentions.mark(token, same)
            last = same
            continue
        word = _head_word(token)
        same_word = next(
            (
                k
                for k in reversed(heads)
                if heads[k] == word
                # "a grant agreement … the grant": the word its name has
                or word in mentions.entities[k].name.casefold().split()
            ),
            None,
        ) or _sharing_noun(mentions, modifiers, list(heads))
        if (
            named is None
            and definite
            and last is not None
            and not _names_new(mentions, token, modifiers)
            and not _another(mentions, token, modifiers, same_word or last)
            and token.lemma_.lower() not in mentions.lexicon.qualified_agreement_nouns
            # "reviewed the implementation of agreements … signed the protocol": one is no
            # plural named by agreement words alone
            and not (
                same_word is None
                and token.tag_ in {"NN", "NNP"}
                and _plural_words(mentions, last)
            )
            # "signed five agreements. A said in his statement …": a weak word points back
            # only to what it named before, or to one that no word of its own named
            and (
                same_word is not None
                or token.lemma_.lower() not in weak
                or word in _ANY_AGREEMENT
                or _unnamed_one(mentions, last)
            )
        ):  # "the pact" is the last agreement; "the letters" need not be
            # "an agreement on visas and a memorandum on farming. The agreement …", "… the
            # rice MoU": the last one named by the same word
            if same_word is None and word in _ANY_AGREEMENT:
                # "signed a declaration, committing to talks on a peace agreement. The
                # document was signed by A": the last one signed, not the last one named
                last = _last_signed(mentions, token.i) or last
            last = same_word or last
            earlier = mentions.entities[last]
            if (
                modifiers
                and earlier.name.casefold() in nouns
                and word not in _ONLY_POINTING  # "the 900-page text" is no name
            ):  # "an accord … the maritime access arrangement": its name
                earlier.aliases.add(earlier.name)
                earlier.name = _agreement_label(mentions, token)
            mentions.mark(token, last)
            continue
        if named is None and word in _ONLY_POINTING:
            continue  # "the text of his speech" names no agreement
        if (
            named is None
            and token.lemma_.lower() in weak
            and not modifiers
            and not _qualified(token)
            and not _topic_on_verb(token, frozenset({"on", "for"}))
            and not _signed_with_partner(mentions, token)
        ):
            continue
        if (
            named is None
            and token.lemma_.lower() in mentions.lexicon.qualified_agreement_nouns
            and not _qualified(token, frozenset({"of", "on"}))
        ):
            continue  # "a joint letter" is no agreement, "a letter of intent" is
        if named is not None and generic_agreement_name(
            mentions, bare_name(named.text)
        ):
            named = None  # "the Protocol on Cross-Border Trade": the words that follow name it
        label = (
            bare_name(named.text)
            if named is not None
            else _agreement_label(mentions, token)
        )
        if (
            last is not None
            and not generic_agreement_name(mentions, label)
            and (
                _names_the_last(mentions, named or token, last)
                or (
                    generic_agreement(mentions, last)
                    and label[:1].isupper()
                    and _goes_on_about(mentions, named or token, label, last)
                )
            )
        ):  # "signed a river treaty. The agreement, known as the Plata Treaty, …": its name
            earlier = mentions.entities[last]
            earlier.aliases.add(earlier.name)
            earlier.name = label
            mentions.mark(token, last)
            continue
        key = mentions.add("Agreement", label, label, [])
        mentions.mark(token, key)
        if (
            token.dep_ == "pobj"
            and token.head.lower_ == "of"
            and token.head.head.lemma_.lower() in _ONLY_POINTING
        ):
            mentions.mark(
                token.head.head, key
            )  # "the text of the Pukpuk treaty, which …"
        heads.setdefault(key, _head_word(token))
        if named is not None:
            mentions.acronym_after(
                named, key
            )  # "the General Security of Military Information Agreement (GSOMIA)"
        last = key


#: agreement words that stand for another ("the MoU" after "a memorandum of understanding")
_SAME_WORDS = {"mou": "memorandum", "moa": "memorandum", "memoranda": "memorandum"}


#: weak agreement words that may stand for any agreement ("signed the USMCA … the document")
_ANY_AGREEMENT = frozenset({"document", "instrument", "text"})


def _signed_with_partner(mentions: Mentions, token: Token) -> bool:
    """Whether a weak agreement word is what a verb of signing took, with a partner named
    ("Samsung SDS signed a partnership with OpenAI")."""
    return (
        token.dep_ == "dobj"
        and token.head.lemma_.lower() in mentions.rules.signing_verbs
        and any(
            c.dep_ == "prep"
            and c.lower_ == "with"
            and any(p.dep_ == "pobj" and p.i in mentions.by_token for p in c.children)
            for c in [*token.children, *token.head.children]
        )
    )


#: agreement words that only point back to one, never name one ("signed the text")
_ONLY_POINTING = frozenset({"text"})


def _last_signed(mentions: Mentions, end: int) -> str | None:
    """The last agreement before ``end`` that a verb of signing takes as its object."""
    verbs = mentions.rules.signing_verbs
    for i, key in reversed(mentions.mentions_between(0, end)):
        token = mentions.tokens[i]
        if (
            key.startswith("Agreement:")
            and token.dep_ in {"dobj", "nsubjpass"}
            and token.head.lemma_.lower() in verbs
        ):
            return key
    return None


def _unnamed_one(mentions: Mentions, key: str) -> bool:
    """Whether an agreement is one named only by agreement words, in the singular ("an accord";
    not "agreements", "MoUs")."""
    return generic_agreement(mentions, key) and not _plural(mentions, key)


def _plural_words(mentions: Mentions, key: str) -> bool:
    """Whether an agreement is some named only by agreement words, in the plural ("agreements",
    "MoUs")."""
    return generic_agreement(mentions, key) and _plural(mentions, key)


def _plural(mentions: Mentions, key: str) -> bool:
    nouns = mentions.lexicon.agreement_nouns
    last = mentions.entities[key].name.casefold().split()[-1]
    return (
        last == "memoranda"
        or (last.endswith("s") and last.removesuffix("s") in nouns)
        or mentions.tokens[mentions.first_mention(key)].tag_ in {"NNS", "NNPS"}
    )


def _head_word(token: Token) -> str:
    """The word an agreement phrase is named by, in the singular, its short forms spelled out."""
    word = token.lemma_.lower()
    word = word.removesuffix("s") if word in {"mous", "moas"} else word
    return _SAME_WORDS.get(word, word)


def _same_label(mentions: Mentions, head: Token) -> str | None:
    """The agreement named before whose name a definite phrase repeats, with its modifiers ("the
    maritime agreement" after "a maritime agreement"); None for a bare "the agreement"."""
    if not any(t.dep_ in {"compound", "amod", "nmod"} for t in head.lefts):
        return None
    label = _agreement_label(mentions, head).casefold()
    return next(
        (
            key
            for key, e in mentions.entities.items()
            if e.cls == "Agreement"
            and label in {e.name.casefold(), *(a.casefold() for a in e.aliases)}
        ),
        None,
    )


def _nested(token: Token, nouns: frozenset[str]) -> bool:
    """Whether an agreement word is part of what another agreement is about: the object of its
    preposition or of a verb describing it ("a treaty *on* comprehensive strategic partnership",
    "a protocol *amending* the double taxation agreement")."""
    node = token
    for _ in range(4):
        if not (
            (node.dep_ == "pobj" and node.head.dep_ == "prep")
            or (node.dep_ == "dobj" and node.head.dep_ in {"acl", "relcl"})
        ):
            return False
        if node.head.lower_ == "like" or lists_examples(node.head):
            return False  # "five agreements, including a treaty on …": one of them
        node = node.head.head
        if node.lemma_.lower() in _ONLY_POINTING:
            return False  # "the text of the treaty": the treaty itself
        if node.pos_ in {"NOUN", "PROPN"} and node.lemma_.lower() in nouns:
            return True
    return False


def _goes_on_about(
    mentions: Mentions, named: Span | Token, label: str, last: str
) -> bool:
    """Whether a named agreement, as the subject of the next sentence or "under" it, is the one
    agreement the sentence before left unnamed ("signed an accord on Monday. The Oslo Salmon
    Accord sets up …", "… a deal. Under the Rail Partnership Agreement, …")."""
    root = named.root if isinstance(named, Span) else named
    earlier = [i for i, k in mentions.mentions_between(0, root.i) if k == last]
    if not earlier or f"Agreement:{label.casefold()}" in mentions.entities:
        return False
    unnamed = mentions.tokens[earlier[-1]]
    if root.dep_ == "nsubjpass" and any(c.dep_ == "agent" for c in root.head.children):
        return False  # "… a ceasefire. The Canada-Peru CETA was signed by A and B": another
    return (
        unnamed.tag_ != "NNS"  # "signed agreements": the rules read a list, if any
        and sentence_of(unnamed).end == sentence_of(root).start
        and (
            root.dep_ in {"nsubj", "nsubjpass"}
            or (root.dep_ == "pobj" and root.head.lower_ == "under")
        )
    )


def _names_the_last(mentions: Mentions, named: Span | Token, last: str) -> bool:
    """Whether a named agreement is what the unnamed one before it is "known as" or "called"
    ("signed an accord. The agreement, known as the Oslo Accord, …")."""
    root = named.root if isinstance(named, Span) else named
    if root.dep_ == "pobj" and root.head.lower_ == "as":
        verb = root.head.head  # "known as the Oslo Accord"
    elif root.dep_ in {"oprd", "dobj", "attr"}:
        verb = root.head  # "called the Oslo Accord"
    else:
        return False
    return verb.lemma_ in {"know", "call", "name", "dub"} and (
        mentions.entity_of(verb.head) == last
    )


def _named_span(mentions: Mentions, head: Token) -> Span | None:
    """The named entity an agreement word ends ("the Lima Declaration"), if any.

    Words joined to it by a dash with no space belong to the name ("United
    States–Mexico–Canada Agreement"), whatever the model's span says.
    """
    ent = mentions.ent_at.get(head.i)
    if (
        ent is None
        or ent.end - 1 != head.i
        or ent.label_ in {"DATE", "CARDINAL", "PERSON", "GPE", "NORP"}
    ):
        return None
    start = ent.start
    doc = mentions.doc
    while (
        start > head.left_edge.i
        and doc[start - 1].is_title
        and doc[start - 1].dep_ in {"compound", "amod"}
        and head in doc[start - 1].ancestors
    ):  # "the North American Timber Accord", whose first words the model took for a nationality
        start -= 1
    start = dash_joined_start(doc, start)
    while start < head.i and doc[start].pos_ in {"VERB", "DET"}:
        start += 1  # "Signing a CEPA", a headline the model read as one name
    return ent if start == ent.start else Span(doc, start, ent.end, label=ent.label_)


#: entity labels that qualify an agreement without naming another one
_NOT_NAMES = frozenset(
    {"", "DATE", "TIME", "CARDINAL", "QUANTITY", "PERCENT", "MONEY", "ORDINAL"}
)


def _names_new(mentions: Mentions, head: Token, modifiers: list[Token]) -> bool:
    """Whether a definite agreement phrase adds words that name a different agreement."""
    for t in modifiers:
        if t.pos_ == "PROPN" or t.ent_type_ not in _NOT_NAMES:
            return (
                True  # "the Lima deal"; not "the 15-year deal", "the $2 billion deal"
            )
    if head.dep_ == "appos":  # "documents, particularly the joint statement"
        return True
    return any(
        t.dep_ == "prep"
        and (
            t.lower_ in {"on", "for", "between"}
            or any(
                p.pos_ == "PROPN" and not _place_or_time(t, p)
                for p in t.children
                if p.dep_ == "pobj"
            )
        )
        for t in head.rights
    )


def _sharing_noun(
    mentions: Mentions, modifiers: list[Token], keys: list[str]
) -> str | None:
    """The last of the agreements ``keys`` whose name has a noun that modifies an agreement word
    ("a framework agreement on defence … a trade deal … the *defence* pact": the framework)."""
    nouns = _compound_nouns(modifiers)
    return next(
        (k for k in reversed(keys) if nouns & _name_words(mentions.entities[k].name)),
        None,
    )


def _compound_nouns(modifiers: list[Token]) -> set[str]:
    """The nouns compounded into an agreement word, as written and as lemmas ("*fisheries* pact")."""
    return {
        w
        for m in modifiers
        if m.dep_ == "compound" and m.pos_ == "NOUN"
        for w in (m.lower_, m.lemma_.lower())
    }


def _name_words(name: str) -> set[str]:
    """The words of a name in lower case, each also without a plural's "s"."""
    return {v for w in name.casefold().split() for v in (w, w.removesuffix("s"))}


def _another(
    mentions: Mentions, head: Token, modifiers: list[Token], last: str
) -> bool:
    """Whether a definite agreement phrase that a clause of its own describes cannot be the last
    agreement: it is plural where that one was one ("a security agreement … the security deals
    that Ukraine signed with B"), or its nouns share no word with that one's name ("a migration
    protocol … the free trade agreement that A and B signed in 2006")."""
    nouns = _compound_nouns(modifiers)
    name = mentions.entities[last].name
    words = _name_words(name)
    if not any(c.dep_ in {"relcl", "acl"} for c in head.children):
        # "an interconnector agreement … their maritime boundary agreement": nouns of its
        # own where that one's name has some that differ
        agreement_nouns = mentions.lexicon.agreement_nouns
        return (
            bool(nouns)
            and name.islower()
            and any(w.isalpha() and w not in agreement_nouns for w in words)
            and not nouns & words
            and not generic_agreement_name(mentions, name)
        )
    earlier = mentions.tokens[mentions.first_mention(last)]
    if head.tag_ == "NNS" and earlier.tag_ == "NN":
        return True
    return (
        bool(nouns) and not generic_agreement_name(mentions, name) and not nouns & words
    )


def _place_or_time(prep: Token, pobj: Token) -> bool:
    """Whether a phrase says where or when ("signed the agreement *in Chisinau*"), not which."""
    return prep.lower_ in {"in", "at", "on", "during"} and pobj.ent_type_ in {
        "GPE",
        "LOC",
        "FAC",
        "DATE",
        "TIME",
    }


def _agreement_label(mentions: Mentions, head: Token) -> str:
    """The words that name an agreement: its modifiers, its head and its "on …" / "with …" phrases."""
    dropped: set[int] = set()
    for c in head.children:
        if (
            (
                c.dep_
                in {
                    "det",
                    "predet",
                    "relcl",
                    "acl",
                    "advcl",
                    "advmod",
                    "conj",
                    "cc",
                    "appos",
                    "punct",
                    "prep",
                }
                and not (
                    c.dep_ == "prep"
                    and c.i > head.i
                    and c.lower_ in {"on", "for", "between", "with", "of", "to", "in"}
                )
            )
            or (
                c.i < head.i
                and (
                    c.like_num
                    or (c.dep_ == "poss" and c.pos_ == "PRON")
                    or (c.dep_ == "poss" and c.lower_ == "whose")  # "whose agreements"
                    or c.dep_ == "nummod"
                    or c.text == "new"  # "a new trade agreement" is the trade agreement
                    # "the signed covenant" is the covenant
                    or (
                        c.tag_ == "VBN"
                        and c.lemma_.lower() in mentions.rules.signing_verbs
                    )
                )
            )
            or (c.dep_ == "npadvmod" and c.ent_type_ in _WHEN)
        ):  # "… deal this Friday"
            dropped.update(t.i for t in c.subtree)
    dropped.update(  # "their fisheries quota agreement", "their" hung on "fisheries"
        t.i
        for t in head.subtree
        if t.i < head.i and t.dep_ == "poss" and t.pos_ == "PRON"
    )
    for t in head.subtree:  # "an accord between President A and B", "a deal with the Minister of X", "an accord in Geneva"
        if t.dep_ != "prep" or t.i <= head.i or t.i in dropped:
            continue
        if (
            _names_person_or_place(mentions, t, at_head=t.head == head)
            or any(  # "… in the presence of the presidents", "under the auspices of A"
                p.lemma_.lower() == "presence"
                or p.lemma_.lower() in mentions.lexicon.onlooker_nouns
                for p in objects_of(t)
            )
            or (
                t.lower_ == "with" and t.head == head and not names_partner(mentions, t)
            )
        ):  # "a deal with its closest partners" is the deal; "a deal with Shell" keeps Shell
            dropped.update(x.i for x in t.subtree)
        elif any(p.ent_type_ in _WHEN for p in t.children):
            # nor when: "an agreement on Tuesday on salmon research"
            dropped.update(x.i for x in t.subtree if x == t or x.ent_type_ in _WHEN)
    for t in head.subtree:
        if (
            t.i > head.i
            and t.dep_ == "conj"
            and t.lemma_.lower() in mentions.lexicon.agreement_nouns
        ):
            # "an agreement for the avoidance of double taxation and a memorandum on …": a
            # second agreement, which the parser hung on the first one's words
            start = t.left_edge.i
            while start > head.i + 1 and mentions.lowers[start - 1] in {
                "and",
                ",",
                "or",
            }:
                start -= 1
            dropped.update(range(start, t.right_edge.i + 1))
    # "an engineering, procurement and construction (EPC) contract": a bracket the parser
    # hung on the agreement word closes one the name opened
    first_open = min(
        (t.i for t in head.subtree if t.text == "(" and t.i not in dropped),
        default=len(mentions.doc),
    )
    tokens = [
        t
        for t in head.subtree
        if t.i not in dropped or (t.text == ")" and t.i > first_open)
    ]
    if tokens:  # "United States–Mexico–Canada Agreement": words joined by a dash belong to the name
        start = dash_joined_start(mentions.doc, tokens[0].i)
        tokens = list(mentions.doc[start : tokens[0].i]) + tokens
    label_tokens: list[Token] = []
    for t in tokens:
        if t.i > head.i and (
            t.text in {",", ";", "(", "—", "–"} or t.dep_ in {"relcl", "acl", "advcl"}
        ):
            break
        label_tokens.append(t)
    # "a fisheries pact", where the parser hung "a" on "fisheries"
    while label_tokens[0].i < head.i and label_tokens[0].dep_ in {"det", "predet"}:
        label_tokens.pop(0)
    if len(label_tokens) > 14:
        label_tokens = [t for t in label_tokens if t.i <= head.i + 8]
    while label_tokens[-1].i > head.i and not (
        label_tokens[-1].is_alpha
        and label_tokens[-1].pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}
    ):  # "… between the pipeline company and": a phrase cut short ends at its last noun
        label_tokens.pop()
    topic = (
        _topic_on_verb(head, frozenset({"on", "for"}))
        if [t.i for t in label_tokens] == [head.i]
        else None
    )
    if topic is not None:
        # "signed an agreement in Washington on Friday on the opening of routes": the parser
        # hung the agreement's "on" phrase on the verb
        label_tokens += [t for t in topic.subtree if t.text not in {",", ";"}][:8]
    elif [t.i for t in label_tokens] == [
        head.i
    ]:  # a bare "deal" is named by what it is for: "a deal to order 42 jets"
        after = [
            c for c in head.children if c.dep_ == "acl"
        ] + [  # or the parser hung it on the verb
            c
            for c in head.head.children
            if c.dep_ in {"advcl", "xcomp"} and c.left_edge.i == head.i + 1
        ]
        purpose = next(
            (
                c
                for c in after
                if any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children)
            ),
            None,
        )
        if purpose is not None:
            what = [
                x
                for o in purpose.children
                if o.dep_ == "dobj"
                for x in o.subtree
                if not (x.i > o.i and x.dep_ == "prep")
            ]
            words = (
                [x for x in purpose.subtree if x.lower_ == "to" and x.head == purpose]
                + [purpose]
                + what
            )
            label_tokens += sorted(words, key=lambda t: t.i)[:8]
    # One space wherever the text had anything between two kept words (a space, a dropped quote mark).
    text = "".join(
        t.text + (" " if nxt.idx > t.idx + len(t.text) else "")
        for t, nxt in pairwise(label_tokens)
    )
    text = (text + label_tokens[-1].text if label_tokens else "").strip()
    return bare_name(text) or head.text


#: what an "on" phrase after a signing names that is no topic ("on the *sidelines* of …")
_OCCASIONS = frozenset(
    {"sidelines", "sideline", "behalf", "occasion", "margins", "margin", "eve", "day"}
    | {"anniversary", "basis", "side", "visit", "trip", "tour", "way"}
)


def _topic_on_verb(
    head: Token, preps: frozenset[str] = frozenset({"on"})
) -> Token | None:
    """The "on …" phrase after an agreement that the parser hung on its verb, if it says what the
    agreement is about (not when or where); with ``preps``, a "for …" phrase right after it
    too ("signed a roadmap | for the construction of a plant")."""
    if head.dep_ not in {"dobj", "nsubjpass"}:
        return None
    return next(
        (
            c
            for c in head.head.children
            if c.dep_ == "prep"
            and c.lower_ in preps
            and c.i > head.i
            and (c.lower_ == "on" or c.i == head.right_edge.i + 1)
            and all(
                p.ent_type_ not in _WHEN and p.ent_type_ not in {"GPE", "LOC", "FAC"}
                for p in c.children
                if p.dep_ == "pobj"
            )
            and any(
                p.dep_ == "pobj" and p.pos_ == "NOUN" and p.lower_ not in _OCCASIONS
                for p in c.children
            )
        ),
        None,
    )


def names_partner(mentions: Mentions, prep: Token) -> bool:
    """Whether a "with" phrase names its partner ("with Shell"), not only describes one ("with its
    closest partners")."""
    return any(
        p.pos_ == "PROPN" or p.i in mentions.by_token
        for p in prep.children
        if p.dep_ == "pobj"
    )


def _names_person_or_place(mentions: Mentions, prep: Token, *, at_head: bool) -> bool:
    """Whether a phrase names a person or an office ("with the President of Somaliland"), or, on the
    agreement word itself, where it was signed ("an accord in Geneva", not "cooperation in the Arctic")."""
    objects = [p for p in prep.children if p.dep_ == "pobj"]
    if (
        at_head
        and prep.lower_ in mentions.lexicon.locative_preps
        and any(p.ent_type_ in PLACE_LABELS for p in objects)
    ):
        return True
    return any(
        (
            (mentions.by_token.get(t.i) or "").startswith("Person:")
            or t.ent_type_ == "PERSON"
            or t.lower_ in mentions.lexicon.person_titles
        )
        and t.lower_
        not in mentions.lexicon.agreement_nouns  # "(MoU)", tagged as a person
        for p in objects
        for t in [
            p,
            *(c for c in p.children if c.dep_ in {"compound", "appos", "conj"}),
        ]
    )


def _qualified(
    noun: Token, preps: frozenset[str] = frozenset({"of", "on", "for"})
) -> bool:
    """Whether a weak agreement word is qualified by a phrase of its own ("declaration of peace",
    "a roadmap for trade"; with ``preps`` {"of", "on"}: "letter of intent", not "a letter for
    talks")."""
    return any(
        c.dep_ == "prep"
        and c.lower_ in preps
        and any(
            (p.dep_ == "pobj" and p.pos_ == "NOUN")
            or p.dep_ == "pcomp"  # "on securing …"
            for p in c.children
        )
        for c in noun.rights
    )
