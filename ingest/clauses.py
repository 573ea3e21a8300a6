"""Facts a verb states about its subject: standing for a seat, changing party, attacking or backing someone.

context.py reads the words glued to a name; this module reads what people
do in a clause: "Galloway would contest Bethnal Green for Respect", "Robert
Jackson has defected to Labour", "the MP, who was expelled from Labour",
"Alan Milburn attacked the Tories", "Ms King has represented the
constituency since 1997", "served as higher education minister". Each finder
returns plain records holding tokens; actions.py decides who the tokens mean
(names, pronouns, "the MP") and which facts follow.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .results import subject_of

CANDIDACY_VERBS = {"contest", "stand", "run", "fight"}
# "stand down", "stand aside", "run out": the opposite of standing, or no candidacy at all.
NOT_CANDIDACY_PARTICLES = {"down", "aside", "by", "up", "out", "back", "off", "still", "firm", "over"}
NOT_CANDIDACY_CONTEXT = ("leadership", "mayor", "council", "european", "assembly", "scottish parliament",
                         "deputy leader", "presiden")
REFUSAL_VERBS = {"refuse", "decline", "rule", "deny", "reject"}
CRITICISE_VERBS = {"criticise", "criticize", "attack", "condemn", "accuse", "denounce", "slam", "blast",
                   "lambast", "rebuke", "ridicule", "mock", "castigate", "deride"}
CRITICISE_PREP = {("hit", "at"), ("lash", "at"), ("round", "on"), ("turn", "on")}
SUPPORT_VERBS = {"back", "support", "endorse", "praise", "defend"}
LEAVE_VERBS = {"leave", "quit", "desert", "abandon"}
EXPEL_VERBS = {"expel", "kick", "throw"}
HEARSAY_NOUNS = {"speculation", "rumour", "rumor", "suggestion", "report", "claim", "fear", "talk"}
COUNTRIES = {"Britain", "UK", "England", "Scotland", "Wales", "Ireland", "Europe", "Parliament", "London",
             "Westminster", "Commons", "Lords", "Government"}


@dataclass
class Clause:
    kind: str                   # candidacy | joined | left | criticised | supported | represents | served
    subject: Token
    obj: Token | None = None    # the person or party acted on ("stand against X", "attacked X")
    place: Span | None = None   # a seat
    party: Token | None = None  # "for Respect", "defected to Labour", "left the Tories"
    former: bool = False
    post_start: int = 0         # "served as <post>": token range of the post
    post_end: int = 0


def _negated(verb: Token) -> bool:
    """"will not stand", "refused to stand", "has ruled out standing"."""
    tok = verb
    for _ in range(3):
        if any(c.dep_ == "neg" for c in tok.children):
            return True
        if tok is not verb and tok.lemma_.lower() in REFUSAL_VERBS:
            return True
        if tok.dep_ not in ("xcomp", "conj", "aux") or tok.head is tok:
            break
        tok = tok.head
    return False


def _hearsay(verb: Token) -> bool:
    """"quashes speculation that he would stand against X": a rumoured act is not one."""
    return any(a.lemma_.lower() in HEARSAY_NOUNS for a in verb.ancestors)


def _own_subject(verb: Token) -> Token | None:
    """The verb's own subject, or its first conjunct's when that conjunct is not itself reported speech.

    "Tony Blair said Labour would set out plans and attacked the Tory
    plans": the attack is Blair's; climbing through "set" would give Labour.
    """
    tok = verb
    for _ in range(3):
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if tok.dep_ == "conj" and tok.head.dep_ not in ("ccomp", "xcomp", "advcl"):
            tok = tok.head
        elif tok.dep_ in ("xcomp", "pcomp") and tok.head is not tok:
            tok = tok.head.head if tok.head.pos_ == "ADP" else tok.head
        else:
            break
    # the parser sometimes misreads an unfamiliar name before the verb ("Tony Blakely accused ...")
    prev = verb.doc[verb.i - 1] if verb.i > 0 else None
    if prev is not None and prev.ent_type_ == "PERSON" and prev.dep_ not in ("poss", "pobj", "dobj"):
        return prev
    return None


def _subject(verb: Token) -> Token | None:
    subj = subject_of(verb)
    if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
        return verb.head        # "the MP, who was expelled from Labour": the MP
    return subj


def _prep_objects(verb: Token, preps: set[str]) -> list[tuple[str, Token]]:
    out = []
    for child in verb.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            out.extend((child.lower_, g) for g in child.children if g.dep_ == "pobj")
    return out


def _seat_at(tok: Token, seats: list[Span]) -> Span | None:
    for span in seats:
        if span.start <= tok.i < span.end:
            return span
    # "the seat of Dewsbury" / "the Wantage constituency": the noun carries the seat;
    # "the Derbyshire seat of Erewash": the name after "of" wins over the county before.
    if tok.lower_ in ("seat", "constituency"):
        after = [s for s in seats if 0 < s.start - tok.i <= 2]
        before = [s for s in seats if s.end <= tok.i and tok.i - s.end <= 1]
        return (after or before or [None])[0]
    return None


def _proper_run(doc: Doc, tok: Token, allow_org: bool = False) -> Span | None:
    """The proper-noun phrase headed by tok ("Bethnal Green and Bow"), unless it names a country or a party.

    The small model often calls a seat an ORG; allow_org accepts that when
    the clause itself says it is a seat held over time.
    """
    banned = ("PARTY", "NORP", "DATE") if allow_org else ("PARTY", "NORP", "ORG", "DATE")
    if tok.pos_ != "PROPN" or tok.ent_type_ in banned or tok.text in COUNTRIES:
        return None
    start = tok.left_edge.i
    while start < tok.i and doc[start].pos_ not in ("PROPN",):
        start += 1
    end = tok.i + 1
    for t in doc[tok.i + 1:tok.right_edge.i + 1]:
        if t.pos_ == "PROPN" or (t.lower_ in ("and", "&") and t.i + 1 < len(doc) and doc[t.i + 1].pos_ == "PROPN"):
            end = t.i + 1
        else:
            break
    return doc[start:end]


def _party(tok: Token) -> Token | None:
    return tok if tok.ent_type_ == "PARTY" else None


def candidacies(doc: Doc, sent: Span, seats: list[Span]) -> list[Clause]:
    """"X will contest Bethnal Green for Respect", "X is standing in East Kilbride at the next election",
    "X, who is running for the seat of Dewsbury", "X is to stand against Labour MP Y at the next election".

    A candidacy needs a seat or an election named in the sentence, a verb
    that is not past tense unless the sentence names the next election, and
    no negation or refusal; leadership, mayoral, council and European
    contests are other elections.
    """
    lower = sent.text.lower()
    if any(w in lower for w in NOT_CANDIDACY_CONTEXT):
        return []
    # "after first contesting the Sheffield Hallam seat in 1974": a dated contest is history, not a candidacy
    if "next" not in lower and any(t.like_num and len(t.text) == 4 and t.text[:2] in ("19", "20") for t in sent):
        return []
    names_election = "election" in lower or "poll" in lower
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if lemma not in CANDIDACY_VERBS or verb.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "prt" and c.lower_ in NOT_CANDIDACY_PARTICLES for c in verb.children):
            continue
        if any(c.dep_ == "advmod" and c.lower_ in NOT_CANDIDACY_PARTICLES for c in verb.children):
            continue
        if _negated(verb) or (verb.tag_ in ("VBD", "VBN") and "next" not in lower) or _hearsay(verb):
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        clause = Clause("candidacy", subj)
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if lemma in ("contest", "fight"):
            clause.place = next((_seat_at(o, seats) for o in objects if _seat_at(o, seats)), None)
            if clause.place is None:   # one contests seats, not people: a proper-noun object is a place
                clause.place = next((_proper_run(doc, o) for o in objects if _proper_run(doc, o) is not None), None)
            if clause.place is None and not (lemma == "contest" and names_election and
                                             any(o.lower_ in ("election", "seat") for o in objects)):
                continue
        else:   # stand / run
            preps = _prep_objects(verb, {"in", "for", "as", "against", "at"})
            if not preps and not (names_election or any(c.lower_ == "again" for c in verb.children)):
                continue
            for prep, obj in preps:
                seat = _seat_at(obj, seats)
                if prep in ("in", "for") and seat is not None:
                    clause.place = seat
                elif prep == "for" and obj.ent_type_ in ("GPE", "LOC") and obj.pos_ == "PROPN":
                    clause.place = doc[obj.left_edge.i:obj.i + 1]
                elif prep == "against" and obj.pos_ == "PROPN":
                    clause.obj = obj
                elif prep in ("for", "as") and (_party(obj) or any(_party(c) for c in obj.children)):
                    clause.party = _party(obj) or next(c for c in obj.children if _party(c))
            if preps and clause.place is None and clause.obj is None and not names_election:
                continue
            if lemma == "run" and clause.place is None:
                continue   # "run for office", "run the party": too loose without a seat
        for prep, obj in _prep_objects(verb, {"for"}):
            if clause.party is None and _party(obj):
                clause.party = obj
        out.append(clause)
    return out


def party_moves(sent: Span) -> list[Clause]:
    """"defected to Labour" (joined, and the party left is former), "expelled from Labour", "left the Tories"."""
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or _negated(verb):
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        if lemma == "defect":
            for prep, obj in _prep_objects(verb, {"to", "from"}):
                if _party(obj):
                    out.append(Clause("joined" if prep == "to" else "left", subj, party=obj))
        elif lemma in LEAVE_VERBS:
            for obj in verb.children:
                if obj.dep_ in ("dobj", "obj") and _party(obj):
                    out.append(Clause("left", subj, party=obj))
        elif lemma in EXPEL_VERBS and any(c.dep_ == "nsubjpass" for c in verb.children) or \
                lemma in EXPEL_VERBS and verb.dep_ == "relcl":
            for _, obj in _prep_objects(verb, {"from", "out"}):
                if _party(obj):
                    out.append(Clause("left", subj, party=obj))
    return out


def stances(sent: Span) -> list[Clause]:
    """"X attacked Y", "X accused Y of ...", "X hit out at Y", "X backed Y": Y a person or party token.

    Criticism of someone's plans or stance ("attacked Tory plans") is
    criticism of them; support is only recorded for the person or party
    themselves ("backed Mr Brown", not "backed Mr Brown's budget").
    """
    out = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ != "VERB" or _negated(verb):
            continue
        kind = "criticised" if lemma in CRITICISE_VERBS else "supported" if lemma in SUPPORT_VERBS else None
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        if kind is None:
            preps = {p for v, p in CRITICISE_PREP if v == lemma}
            if not preps:
                continue
            kind = "criticised"
            particles = [c for c in verb.children if c.dep_ == "prt"]
            objects = [o for _, o in _prep_objects(verb, preps)]
            for prt in particles:
                objects += [o for _, o in _prep_objects(prt, preps)]
        subj = _own_subject(verb)
        if subj is not None and subj.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subj = verb.head
        if subj is None or subj.dep_ == "nsubjpass" and subj.head is verb:
            continue
        for obj in objects:
            targets = [obj]
            if kind == "criticised":
                targets += [c for c in obj.children if c.dep_ in ("poss", "compound", "amod", "nmod")]
            for t in targets:
                out.append(Clause(kind, subj, obj=t))
    return out


def representing(sent: Span, seats: list[Span], earlier_seats: list[Span]) -> list[Clause]:
    """"Ms King has represented the constituency since 1997": represents, former when simple past.

    "the constituency" / "the seat" without a name means the seat named
    most recently before (earlier_seats, nearest last).
    """
    out = []
    for verb in sent:
        if verb.lemma_.lower() != "represent" or verb.pos_ != "VERB" or _negated(verb):
            continue
        subj = _subject(verb)
        if subj is None:
            continue
        for obj in verb.children:
            if obj.dep_ not in ("dobj", "obj"):
                continue
            since = any(c.lower_ == "since" for c in verb.children)
            # an unmarked place is only a seat when held "since" a time: "represented Unison at the talks" is not
            place = _seat_at(obj, seats) or (_proper_run(sent.doc, obj, allow_org=True) if since else None)
            if place is None and obj.lower_ in ("constituency", "seat") and earlier_seats:
                place = earlier_seats[-1]
            if place is not None:
                has_aux = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "'s") for c in verb.children)
                out.append(Clause("represents", subj, place=place, former=verb.tag_ == "VBD" and not has_aux))
    return out


def served_posts(sent: Span) -> list[Clause]:
    """"served as higher education minister between 1987 and 1990": a post held in the past."""
    out = []
    for verb in sent:
        if verb.lemma_.lower() != "serve" or verb.tag_ != "VBD":
            continue
        subj = _subject(verb)
        for _, obj in _prep_objects(verb, {"as"}):
            if subj is not None:
                out.append(Clause("served", subj, former=True,
                                  post_start=obj.left_edge.i, post_end=obj.i + 1))
    return out
