"""Whether an event is asserted, planned, negated, reversed or hypothetical, from the words around its trigger."""

from __future__ import annotations

from spacy.tokens import Token

from kg.extract.rules import Modality
from kg.extract.syntax import WEEKDAYS, copula_counting, sentence_of

__all__ = ["event_status", "hedged", "remote", "reverses", "standing", "undone"]


def _yet_to(token: Token) -> bool:
    """ "has yet to sign", "is yet to meet": not done (unlike "yet again")."""
    doc = token.doc
    return (
        token.lower_ == "yet"
        and token.dep_ == "advmod"
        and token.i + 1 < len(doc)
        and doc[token.i + 1].lower_ == "to"
    )


def _shared_infinitive(verb: Token) -> Token | None:
    """The infinitive a bare verb joined to it by "and" shares ("to call on A and *hold* talks")."""
    if verb.dep_ != "conj" or verb.tag_ != "VB":
        return None
    return next(
        (
            c
            for c in verb.head.children
            if c.dep_ == "xcomp"
            and c.i < verb.i
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )


#: prepositions whose gerund tells when something else happened, not whether it did
_WHEN_PREPS = frozenset({"after", "before", "during", "since", "upon", "while"})


def _condition(clause: Token, modality: Modality) -> bool:
    """Whether a clause is a condition ("if talks collapse"), not a concession ("even if")."""
    return any(
        c.dep_ == "mark"
        and c.lower_ in modality.conditionals
        and c.lower_ != "whether"  # "whether or not assembled": either way
        and not any(a.lower_ == "even" for a in c.children)
        for c in clause.children
    ) and not any(
        c.lower_ == "even" and c.dep_ == "advmod" and c.i < clause.i
        for c in clause.children
    )


def _inverted_if(verb: Token) -> bool:
    """Whether a clause is a condition by inversion: "*Had* A met B, the row might have ended"."""
    subject = next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    return subject is not None and any(
        c.dep_ == "aux" and c.lower_ in {"had", "were", "should"} and c.i < subject.i
        for c in verb.children
    )


#: words that put a time ahead ("next week", "tomorrow", "later this month")
_AHEAD = frozenset({"tomorrow", "next", "later", "upcoming", "coming"})
#: days and parts of a week, ahead when a verb in the present progressive names them
_DAYS = WEEKDAYS | {"weekend", "tonight"}


def _scheduled(verb: Token, *, days: bool = True) -> bool:
    """Whether a verb in the present tells of what is arranged ahead: the present progressive
    with a time ahead, or (``days``) with a day or date ("is meeting B on Friday"), or the
    present with a time ahead ("meets B next week"); never in a headline, where the present
    tells of the past. Duties "imposed from August 1" are decided now: their relation reads
    no days."""
    if verb.pos_ not in {"VERB", "AUX"} or not _ends_as_sentences_do(verb):
        return False
    times = [t for t in verb.subtree if t.i != verb.i and _own_clause(t, verb)]
    ahead = any(t.lower_ in _AHEAD for t in times)
    progressive = verb.tag_ == "VBG" and any(
        c.dep_ == "aux" and c.lower_ in {"is", "are", "am", "'s", "'re"}
        for c in verb.children
    )
    if progressive:
        return ahead or (
            days
            and any(
                t.lower_ in _DAYS or (t.ent_type_ == "DATE" and t.like_num)
                for t in times
            )
        )
    return verb.tag_ in {"VBZ", "VBP"} and ahead


def _ends_as_sentences_do(token: Token) -> bool:
    """Whether ``token``'s sentence ends with a full stop, as a headline does not."""
    words = [t for t in sentence_of(token) if not t.is_space]
    return bool(words) and words[-1].text in {".", "!", "?", '"', "”", "'"}


def _own_clause(token: Token, verb: Token) -> bool:
    """Whether ``token`` below ``verb`` is in its clause: no other verb between them."""
    node = token.head
    while node.i != verb.i and node.head.i != node.i:
        if node.pos_ in {"VERB", "AUX"}:
            return False
        node = node.head
    return True


#: conjunctions of a clause that stands against the one it hangs on
_CONCESSIVE = frozenset({"though", "although", "while", "whereas"})


def event_status(
    trigger: Token, modality: Modality, factual: frozenset[str] = frozenset()
) -> str:
    """asserted, planned, negated or hypothetical, from the words around the trigger
    (``factual``: governors that state the relation as done, as "decided to impose" does for a tariff)."""
    # "A is meeting B in London next Wednesday"; a relation whose governors can state it done
    # (duties decided) reads no days: duties "imposed from August 1" are decided now
    if _scheduled(trigger, days=not factual):
        return "planned"
    if (
        trigger.lemma_.lower() in modality.unfinished_verbs
        and trigger.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lemma_ == "be" for c in trigger.children)
    ):
        return "planned"  # "were finalising an accord": not yet finalised
    node = trigger
    for _ in range(5):
        shared = _shared_infinitive(node)
        if shared is not None:
            # "is scheduled to call on A and hold talks with B": the bare verb shares the
            # infinitive before it
            return event_status(shared, modality, factual)
        children = list(node.children)
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in children)
        if any(
            c.dep_ == "neg"
            or (c.dep_ in {"advmod", "det"} and c.lower_ in modality.negations)
            or (  # "imposed no new duties", "held no talks", "no duties were imposed",
                # "neither A nor B has signed it"
                node is trigger
                and c.dep_ in {"dobj", "nsubjpass", "nsubj"}
                and any(
                    d.dep_ in {"det", "preconj"} and d.lower_ in modality.negations
                    for d in c.children
                )
            )
            or _yet_to(c)
            for c in children
        ):
            return (
                "negated"  # before the auxiliary: "won't sign" is negated, not planned
            )
        if any(
            c.dep_ == "advmod" and c.lower_ in modality.doubting_adverbs
            for c in children
        ) or (node is trigger and node.pos_ == "NOUN" and _doubted(node, modality)):
            return "hypothetical"  # "A allegedly met B", "the alleged meeting"
        if infinitive and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children):
            return "planned"  # a headline's "Kenya and Uganda to sign pipeline deal"
        for c in children:
            if c.dep_ in {"aux", "auxpass"} and c.lower_ in modality.auxiliaries:
                return modality.auxiliaries[c.lower_]
            if c.dep_ == "aux" and c.lemma_ == "be" and infinitive:
                return "planned"
            if c.dep_ == "mark" and c.lower_ in modality.conditionals:
                return "hypothetical"
            if c.dep_ == "advcl" and _condition(c, modality):
                return "hypothetical"  # "Japan faces a 24% tariff if talks collapse"
        head = node.head
        if head == node:
            break
        governed, phrasal = _governor(head, modality.governors)
        if head.lemma_.lower() in factual:
            governed = None
        if (
            node.dep_ == "xcomp"
            and head.lemma_ == "be"
            and infinitive
            and not _ranked(head)
        ):
            return "planned"  # "Mercosur is to sign a trade agreement"
        if (
            node.dep_ == "xcomp"
            and head.lemma_ == "have"
            and head.tag_ in {"VBZ", "VBP"}
            and infinitive
            and not any(_yet_to(c) for c in head.children)  # "has yet to sign": negated
        ):
            return "planned"  # "it still has to be signed" (but "had to sign" did)
        if node.dep_ == "xcomp" and governed:
            return governed
        if (  # "were expected to meet today in Brussels to sign the deal"
            node.dep_ == "advcl" and governed and infinitive
        ):
            return governed
        if node.dep_ == "pcomp" and head.lower_ in _WHEN_PREPS:
            # "will call on A before holding talks with B": a gerund that tells when takes the
            # tense of the verb it hangs on
            node = head.head
            continue
        if node.dep_ == "pcomp" and head.lower_ in modality.negating_preps:
            return "negated"  # "left without signing an agreement"
        if node.dep_ == "pcomp" and head.dep_ == "prep":
            # "accused B of meeting C", "warned against signing", "decided against imposing"
            owner = head.head
            if (
                owner.lemma_ == "be"
            ):  # "was 'incapable' of signing": the phrase on the copula
                owner = next((c for c in owner.children if c.dep_ == "acomp"), owner)
            by_verb, by_phrase = _governor(owner, modality.governors)
            if by_verb and (by_phrase or owner.lemma_.lower() not in factual):
                return by_verb
            if (
                owner.pos_ == "NOUN"
                and owner.lemma_.lower() in modality.governing_nouns
            ):
                # "gave its approval for signing", "a proposal for imposing duties"
                return modality.governing_nouns[owner.lemma_.lower()]
        if node.dep_ == "ccomp" and any(
            c.text == ";" and node.i < c.i < head.i for c in head.children
        ):
            break  # "A met B; the ministers also agreed to …": the parser's clause of "agreed"
        if node.dep_ == "ccomp" and governed and head.lemma_.lower() != "be":
            return governed  # "recommended that the government impose duties"
        if node.dep_ == "ccomp" and head.lemma_.lower() in modality.denials:
            return "negated"  # "denied that he had met A"
        if (
            (
                node.dep_ in {"acl", "ccomp"}
                # "… a newspaper that he had met B": "that" marks what it says, not which one
                or (
                    node.dep_ == "relcl"
                    and any(c.dep_ == "mark" and c.lower_ == "that" for c in children)
                )
            )
            and head.pos_ == "NOUN"
            and _denied(head, modality)
        ):
            return "negated"  # "denied a report that A had met B"
        if node.dep_ == "ccomp" and head.lemma_.lower() in modality.allegations:
            return "hypothetical"  # "alleged that he had met A"
        if _inverted_if(node):
            return "hypothetical"  # "Had A met B, …"
        fulfilling = _fulfilling(head, modality) if node.dep_ == "acl" else None
        if fulfilling is not None:
            node = fulfilling  # "followed through on his threat to impose": as it says
            continue
        if node.dep_ == "acl" and head.lemma_.lower() in modality.governing_nouns:
            return modality.governing_nouns[head.lemma_.lower()]
        if node.dep_ in {"acl", "ccomp"} and _doubted(
            head if node.dep_ == "acl" else _speaker(head), modality
        ):
            # "unconfirmed reports that A had met B"; "unverified reports said A met B"
            return "hypothetical"
        if node.dep_ == "acl" and any(
            c.lower_ in modality.future_modifiers
            for c in head.children
            if c.dep_ == "amod"
        ):
            return "planned"  # "a preliminary decision to impose duties"
        if (
            node.dep_ in {"dobj", "nsubjpass"}
            and node.pos_ in {"NOUN", "ADJ"}  # "A's *bilateral* with B was cancelled"
            and governed
            and (phrasal or head.lemma_.lower() in modality.object_governors)
        ):  # "proposed tariffs", "the meeting was postponed", "the signing was pushed back"
            return governed
        if node.dep_ == "conj" and any(
            c.dep_ in {"nsubj", "nsubjpass"} for c in children
        ):
            break  # "A will sign it, but B signed it last year": a clause of its own
        if node.dep_ == "conj" and node.tag_ == "VBD" and head.tag_ == "VB":
            break  # "agreed to reopen the border and signed a declaration": a past of its own
        if node.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in head.children
        ):
            # "did not meet A, but held talks with B": the negation is not the second verb's;
            # "will not meet A but hold talks with B": its tense is
            for c in head.children:
                if c.dep_ in {"aux", "auxpass"} and c.lower_ in modality.auxiliaries:
                    return modality.auxiliaries[c.lower_]
            break
        if (
            node.dep_ == "advcl"
            and any(c.dep_ == "mark" and c.lower_ in _CONCESSIVE for c in children)
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
        ):
            break  # "has not retaliated, though in 2019 it imposed duties": a fact of its own
        if (
            node.dep_ == "advcl"
            and node.tag_ == "VBD"
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
        ):
            break  # "sought to mend ties as A received B": a past of its own
        if (
            node.dep_ == "relcl"
            and (
                node.tag_ == "VBD"
                or any(
                    c.dep_ in {"aux", "auxpass"} and c.tag_ == "VBD" for c in children
                )
            )
            and any(c.dep_ in {"nsubj", "nsubjpass"} for c in children)
        ):
            # "no right to invoke the accord, which Iran signed in 2015", "will flow under the
            # pipeline, whose agreements were signed in 2021": a past of its own
            break
        if (
            node.dep_ == "acl"
            and node.tag_ == "VBN"
            and any(c.dep_ == "agent" for c in children)
        ):
            break  # "will not retaliate against a tariff imposed by A": a past of its own
        if (
            node.dep_ in {"acl", "relcl"}
            and infinitive
            and (copula := copula_counting(head)) is not None
        ):
            # "will be the latest to sign", "was one of 12 countries to sign": the copula's
            node = copula
            continue
        if node.dep_ in {"xcomp", "conj", "acl", "advcl", "relcl"}:
            node = head
            continue
        if (
            node == trigger
            and node.pos_ in {"NOUN", "PROPN"}
            and node.dep_ in {"nsubj", "nsubjpass"}
            and head.lemma_.lower() in modality.event_verbs
        ):  # "a meeting will be held": the verb's words are the meeting's
            node = head
            continue
        if (
            node == trigger
            and node.pos_ in {"NOUN", "PROPN"}
            and node.dep_ == "nsubj"
            and head.lemma_ == "be"
        ):  # "a meeting between A and B was unlikely": what the copula says of it
            for c in head.children:
                said, _ = _governor(c, modality.governors)
                if c.dep_ == "acomp" and said:
                    return said
        if node == trigger and node.pos_ == "NOUN" and _owned_by_name(node):
            # "Chile did not respond to Peru's tariff": a tariff Peru has, whatever Chile did
            break
        if node == trigger and node.pos_ == "NOUN" and node.dep_ == "dobj":
            # "Peru could face tariffs": the verb's auxiliary is the noun's
            for c in head.children:
                if c.dep_ == "neg":
                    return "negated"
                if c.dep_ in {"aux", "auxpass"} and c.lower_ in modality.auxiliaries:
                    return modality.auxiliaries[c.lower_]
        if node.dep_ == "pobj" and head.dep_ == "prep":
            node = head.head
            continue
        break
    if trigger.pos_ in {"NOUN", "PROPN"}:
        nominal = _nominal_status(trigger, modality)
        if nominal:
            return nominal
    last = next((t for t in reversed(sentence_of(trigger)) if not t.is_space), None)
    if last is not None and last.text.endswith("?"):  # a question
        return "hypothetical"
    return "asserted"


def _denied(noun: Token, modality: Modality) -> bool:
    """Whether a noun is a report that a verb denies, or ends a phrase of one ("denied a report
    in a newspaper …": the parser hung what it says on the newspaper)."""
    while (
        noun.dep_ == "pobj"
        and noun.head.dep_ == "prep"
        and noun.head.head.pos_ == "NOUN"
    ):
        noun = noun.head.head
    return (
        noun.dep_ in {"dobj", "nsubjpass"}
        and noun.head.lemma_.lower() in modality.denials
    )


def _fulfilling(noun: Token, modality: Modality) -> Token | None:
    """The verb that makes a plan, promise or threat come true ("*followed through on* his
    threat to …", "*made good on* its promise to …", "*carried out* its threat to …")."""
    if noun.lemma_.lower() not in modality.governing_nouns:
        return None
    via_on = noun.dep_ == "pobj" and noun.head.lower_ in {"on", "with"}
    verb = noun.head.head if via_on else noun.head
    if not via_on and noun.dep_ != "dobj":
        return None
    words = [
        c.lower_
        for c in verb.children
        if c.dep_ in {"prt", "oprd", "acomp"} and c.i < noun.i
    ]
    phrase = " ".join(
        [verb.lemma_.lower(), *words, *([noun.head.lower_] if via_on else [])]
    )
    return verb if phrase in modality.fulfilments else None


def _owned_by_name(noun: Token) -> bool:
    """Whether an event noun in a verb's object or phrase says whose it is by name ("*Peru's*
    tariff", "the *US* tariffs", "the *Chilean* tariffs"): what the verb says does not make it
    so or not."""
    if noun.dep_ not in {"dobj", "pobj"}:
        return False
    return any(
        (c.dep_ == "poss" and c.tag_ == "NNP")
        or (  # "the US tariffs", "the Chilean tariffs"
            ((c.dep_ == "compound" and c.tag_ == "NNP") or c.ent_type_ == "NORP")
            and any(d.dep_ == "det" and d.lower_ == "the" for d in noun.children)
        )
        for c in noun.children
    )


def reversal(verb: Token, modality: Modality) -> bool:
    """Whether a verb undoes what it acts on ("*lifted*", "*set aside*")."""
    lemma = verb.lemma_.lower()
    return lemma in modality.reversals or any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in modality.reversals
        for c in verb.children
    )


def reverses(theme: Token, modality: Modality) -> bool:
    """Whether the verb of a theme noun undoes it ("*lifted* the duties")."""
    return theme.dep_ in {"dobj", "nsubjpass"} and reversal(theme.head, modality)


def standing(noun: Token, modality: Modality) -> Token | None:
    """The verb that would undo a trigger noun, where that is only asked for, planned or refused
    ("urged Peru to *withdraw* the duty", "refused to *lift* its tariffs"): the duty stands, so
    it was imposed."""
    if not reverses(noun, modality) or noun.dep_ != "dobj":
        return None
    verb = noun.head
    if _condition(verb, modality):
        return None  # "… if the EU does not lower duties on B": a condition, not a fact
    status = event_status(verb, modality)
    asked = status != "asserted" and (
        verb.dep_ == "ccomp"  # "demanded that B abolish …"
        or (
            verb.dep_
            == "xcomp"  # "urged B to …", "called on B to …", not "agreed to …"
            and (
                any(
                    c.dep_ == "dobj"
                    or (c.dep_ == "prep" and c.lower_ in {"on", "upon"})
                    for c in verb.head.children
                    if c.i < verb.i
                )
                # "urged both to …": the parser hung who is asked on the verb asked for
                or any(
                    c.dep_ in {"dep", "nsubj"} and c.i < verb.i for c in verb.children
                )
            )
        )
    )
    # not "will lift it", "agreed to lift it": it goes
    return verb if asked or status == "negated" else None


def undone(noun: Token, modality: Modality) -> bool:
    """Whether a trigger noun is undone by its verb ("US tariffs on A were *lifted*"), by a relative
    clause ("tariffs on A, which were *lifted* in May") or by the noun it hangs from ("the *removal*
    of US tariffs on A", "a *pause* on tariffs")."""
    return (
        (reverses(noun, modality) and standing(noun, modality) is None)
        or (noun.dep_ == "nsubj" and noun.head.lemma_.lower() in modality.endings)
        or any(
            c.dep_ in {"relcl", "acl"} and c.lemma_.lower() in modality.reversals
            for c in [
                *noun.children,
                # "a tariff on goods, which it later withdrew": the parser hung it on the goods
                *(
                    c
                    for p in noun.children
                    if p.dep_ == "prep" and p.lower_ in {"on", "against"}
                    for o in p.children
                    if o.dep_ == "pobj"
                    for c in o.children
                    if c.dep_ == "relcl"
                    and any(w.lower_ in {"which", "that"} for w in c.children)
                ),
            ]
        )
        or (
            noun.dep_ == "pobj"
            and noun.head.lower_ in {"of", "on"}
            and noun.head.head.lemma_.lower() in modality.reversal_nouns
        )
    )


def hedged(trigger: Token, modality: Modality) -> bool:
    """Whether the trigger is hedged ("*reportedly* signed")."""
    return any(
        c.dep_ == "advmod" and c.lower_ in modality.hedges for c in trigger.children
    )


def _ranked(copula: Token) -> bool:
    """Whether a copula says its subject came in an order ("was *the first* country to sign",
    "the only one to impose") or among others ("was *one of* 12 countries to sign"): the
    infinitive after it tells what it did, not what it will do."""
    return any(
        a.dep_ == "amod"
        and (a.ent_type_ == "ORDINAL" or a.tag_ == "JJS" or a.lower_ in _ORDER)
        for c in copula.children
        if c.dep_ == "attr"
        for a in c.children
    ) or any(  # "was one of 12 countries to sign": one of those who did
        c.dep_ == "attr"
        and c.lower_ == "one"
        and any(p.dep_ == "prep" and p.lower_ == "of" for p in c.children)
        for c in copula.children
    )


#: words that rank, besides ordinals and superlatives
_ORDER = frozenset({"first", "last", "only", "sole"})


#: inflections a verb's lemma is the word without (and with what put back)
_INFLECTIONS = (("s", ""), ("es", ""), ("d", ""), ("ed", ""), ("ing", ""), ("ing", "e"))


def _governor(verb: Token, governors: dict[str, str]) -> tuple[str | None, bool]:
    """The status a governing verb gives, and whether it came with its particle or preposition
    ("push back", "call off", "decide against")."""
    lemma = verb.lemma_.lower()
    if lemma not in governors and verb.pos_ in {"VERB", "AUX"}:
        # the lemmatizer's slips ("hopes", "hoping" -> "hop"): the word less its inflection
        lemma = next(
            (
                w
                for e, add in _INFLECTIONS
                if (w := verb.lower_.removesuffix(e) + add) in governors
            ),
            lemma,
        )
    for c in verb.children:
        if c.dep_ in {"prt", "advmod", "prep"} and f"{lemma} {c.lower_}" in governors:
            # "push back", "called off", "decided against imposing"
            return governors[f"{lemma} {c.lower_}"], True
    return governors.get(lemma), False


def _nominal_status(noun: Token, modality: Modality) -> str | None:
    """ "an upcoming meeting", "ahead of the talks", "set the stage for a meeting": not yet held."""
    if any(
        c.lower_ in modality.future_modifiers
        for c in noun.children
        if c.dep_ in {"amod", "compound", "advmod", "npadvmod"}
    ):
        return "planned"
    head = noun.head
    if noun.dep_ == "pobj" and head.dep_ == "prep":
        phrase = head.lower_
        governor = head.head
        if phrase in {"before", "ahead", "prior"} or governor.lower_ in {
            "ahead",
            "prior",
        }:
            return "planned"
        preparation = modality.preparation_nouns
        if phrase == "for" and (
            governor.lemma_.lower() in preparation
            or governor.lemma_.lower() in modality.preparation_verbs
            or any(
                c.dep_ == "dobj" and c.lemma_.lower() in preparation
                for c in governor.children
            )
        ):
            return "planned"
    return None


def remote(trigger: Token, words: frozenset[str]) -> bool:
    """Whether talks were held at a distance, by phone or video ("held talks *by phone* with A",
    "a *virtual* meeting with A", "met *virtually*", "*in a phone conversation* with A, exchanged
    views"): a call, not a meeting."""

    def said(token: Token) -> bool:
        return any(
            (c.dep_ in {"amod", "compound", "advmod"} and c.lower_ in words)
            or (
                c.dep_ == "prep"
                and c.lower_ in {"by", "via", "over", "on", "in"}
                and any(
                    (p.lower_ in words and c.lower_ != "in")
                    or (
                        c.lower_ != "on"  # "talks on online safety" are talks
                        and any(
                            q.dep_ == "compound" and q.lower_ in words
                            for q in p.children
                        )
                    )
                    for p in c.children
                    if p.dep_ == "pobj"
                )
            )
            for c in token.children
        )

    if trigger.dep_ in {"dobj", "nsubjpass", "relcl", "acl"} and said(trigger.head):
        # "*held* talks with A *by phone*", read from "talks"; "a *telephone* call, in which
        # the two discussed …"
        return True
    if (
        trigger.dep_ in {"relcl", "acl"}
        and any(
            c.dep_ == "prep" and any(w.lower_ == "which" for w in c.children)
            for c in trigger.children
        )
        and any(said(t) for t in sentence_of(trigger) if t.i < trigger.i)
    ):
        return (
            True  # "… a telephone call from his counterpart, B, in which …": hung on B
        )
    return said(trigger) or any(
        said(c) for c in trigger.children if c.dep_ in {"dobj", "nsubjpass", "nsubj"}
    )  # "A, in a phone conversation with B, exchanged views": the parser hung it on A


def _speaker(verb: Token) -> Token | None:
    """The subject of a verb, if any."""
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _doubted(noun: Token | None, modality: Modality) -> bool:
    """Whether a noun is qualified as a claim ("*unconfirmed* reports", "the *alleged* meeting")."""
    return noun is not None and any(
        c.i < noun.i and c.lower_ in modality.doubting_modifiers for c in noun.children
    )
