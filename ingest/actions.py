"""Clause records (clauses.py) turned into facts about the article's people and parties.

Kept apart from extract.py so the reader stays about names and
descriptions; this module decides who a clause's tokens mean and which
facts follow: a candidacy gives candidate_in (and member_of for "for
Respect"), a defection gives the new party and makes the old one former,
criticism and support link two people or parties already in the extraction,
"has represented X" gives represents and "served as <post>" a former
holds_office.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from .clauses import candidacies, party_moves, representing, served_posts, stances
from .context import describe
from .dates import YEAR_RE
from .elections import GENERAL_ELECTION_YEARS, by_election, general_election, next_general_election
from .model import Election
from .parties import canonical_party, party_of
from .places import complete_seat, normalise_constituency

if TYPE_CHECKING:
    from .extract import Reader

CLAUSE = 0.7


def _actor(r: "Reader", tok: Token) -> tuple[str | None, float]:
    """A party, or a person (named, he/she, "the MP"); a common noun must be a role noun to refer back."""
    party = party_of(tok)
    if party:
        return party, 1.0
    p, how_sure = r.refer_strict(tok)
    return (r.people[p].name, how_sure) if p is not None else (None, 0.0)


def _election(r: "Reader", sent: Span, seat: str | None) -> Election:
    """What a candidacy is for: a by-election if the sentence says so; the general election of a named
    election year not before publication (unless the sentence says "next"); else the next general election."""
    lower = sent.text.lower()
    years = [int(y) for y in re.findall(rf"\b{YEAR_RE}\b", sent.text)]
    if "by-election" in lower or "by election" in lower:
        return by_election(years[0] if years else None, seat)
    published = r.article.published.year if r.article.published else None
    future = [y for y in years if y in GENERAL_ELECTION_YEARS and published and y >= published]
    if future and "next" not in lower:
        return general_election(future[0])
    return next_general_election()


def read_clauses(r: "Reader") -> None:
    moved: dict[str, dict[str, set[str]]] = {}
    seen_seats: list[Span] = []
    known = [normalise_constituency(s.text) for s in r.seat_spans]
    for sent in r.sents:
        seats = [s for s in r.seat_spans if sent.start <= s.start < sent.end]
        for c in candidacies(r.doc, sent, r.seat_spans):
            who, sure = _actor(r, c.subject)
            if who is None or canonical_party(who):
                continue
            seat = complete_seat(normalise_constituency(c.place.text), known) if c.place is not None else None
            if seat is None and any(t.lower_ == "again" for t in c.subject.head.subtree):
                seat = r.person_seat(who)
            election = _election(r, sent, seat)
            r.elections.setdefault(election.label, election)
            conf = CLAUSE * max(sure, 0.8)
            r.add(who, "candidate_in", election.label, sent, conf, constituency=seat)
            party = party_of(c.party)
            if party:
                r.add(who, "member_of", party, sent, conf)
            rival = r.name_of(c.obj) if c.obj is not None else None
            if rival and rival != who and not canonical_party(rival):
                r.add(rival, "candidate_in", election.label, sent, conf * 0.9, constituency=seat)
        for c in party_moves(sent):
            who, sure = _actor(r, c.subject)
            party = party_of(c.party)
            if who is None or party is None or canonical_party(who):
                continue
            moved.setdefault(who, {"joined": set(), "left": set()})[c.kind].add(party)
            if c.kind == "joined":
                r.add(who, "member_of", party, sent, CLAUSE * max(sure, 0.8))
            else:
                r.add(who, "member_of", party, sent, CLAUSE * max(sure, 0.8), former=True)
        for c in stances(sent):
            who, sure = _actor(r, c.subject)
            target = r.name_of(c.obj)
            if who and target and who != target:
                r.add(who, c.kind, target, sent, CLAUSE * max(sure, 0.8))
        for c in representing(sent, r.seat_spans, seen_seats):
            who, sure = _actor(r, c.subject)
            if who and not canonical_party(who):
                r.add(who, "represents", complete_seat(normalise_constituency(c.place.text), known), sent,
                      CLAUSE * max(sure, 0.8),
                      former=c.former)
        for c in served_posts(sent):
            who, sure = _actor(r, c.subject)
            if who and not canonical_party(who):
                for post in describe(r.doc, c.post_start, c.post_end).posts:
                    r.add(who, "holds_office", post, sent, CLAUSE * max(sure, 0.8), former=True)
        seen_seats.extend(seats)
    _settle_moves(r, moved)
    # a seat named in full later ("has represented Bethnal Green and Bow") completes an earlier short form
    known += [f.object for f in r.facts.values() if f.predicate == "represents"]
    for f in r.facts.values():
        if f.predicate == "candidate_in" and f.constituency:
            f.constituency = complete_seat(f.constituency, known)


def _settle_moves(r: "Reader", moved: dict[str, dict[str, set[str]]]) -> None:
    """After "defected to Labour", any other current party is a former one; after "left the Tories", so is that."""
    for who, m in moved.items():
        for key, fact in list(r.facts.items()):
            s, pred, obj, former = key
            if s != who or pred != "member_of" or former or obj in m["joined"]:
                continue
            if m["joined"] or obj in m["left"]:
                del r.facts[key]
                fact.former = True
                r.facts.setdefault((s, pred, obj, True), fact)
