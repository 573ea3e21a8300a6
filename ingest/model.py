"""The data that leaves ingest/: plain dataclasses, no RDF, no Flask.

An `Extraction` is everything one article asserts. graph/ turns it into one
named graph; `to_gold()` prints it in the schema of ../shared/gold so the
quality scorer can read it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class Article:
    id: str                      # stable: hash of the URL or of the normalised text, or the input's own id
    text: str
    title: str = ""
    url: str | None = None
    published: date | None = None
    source: str | None = None    # publisher or feed name ("KentOnline", "BBC News")
    author: str | None = None


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact, with character offsets into Article.text."""
    sentence: str
    start: int
    end: int


@dataclass
class Person:
    name: str                    # usual full name, no honorifics
    mentions: list[str] = field(default_factory=list)
    party: str | None = None     # canonical party name, only when the text ties them
    constituency: str | None = None
    roles: list[str] = field(default_factory=list)


@dataclass
class Election:
    label: str                   # "2017 general election", "next general election", "2004 Hartlepool by-election"
    year: int | None = None


@dataclass
class Fact:
    """[subject, predicate, object] as in the gold schema, with its qualifiers split out.

    predicate is one of: member_of, represents, leader_of, holds_office, won,
    lost, defeated, majority, candidate_in, involved_in, criticised, supported,
    spokesperson_for.
    """
    subject: str
    predicate: str
    object: str
    evidence: Evidence | None = None
    confidence: float = 0.5
    election: str | None = None       # for defeated / majority
    constituency: str | None = None   # for won / lost / candidate_in
    former: bool = False              # past member_of / represents / holds_office / leader_of

    def to_gold(self) -> list:
        row = [self.subject, self.predicate, self.object]
        if self.former:
            row.append("former")
        elif self.predicate in ("defeated", "majority") and self.election:
            row.append(self.election)
        elif self.predicate in ("won", "lost", "candidate_in") and self.constituency:
            row.append(self.constituency)
        return row


@dataclass
class Event:
    """Something that happened: election, selection, controversy, defection, appointment, statement, other.

    date is ISO 8601 truncated to what the text supports ("2017", "2022-01",
    "2022-07-14") or None; date_text keeps the words it came from ("five years ago").
    """
    label: str
    type: str = "other"
    date: str | None = None
    date_text: str | None = None
    participants: list[str] = field(default_factory=list)
    evidence: Evidence | None = None
    subtype: str | None = None        # for selections: trigger ballot, reselection, deselection, NEC selection


@dataclass
class Extraction:
    article: Article
    people: list[Person] = field(default_factory=list)
    parties: list[str] = field(default_factory=list)          # canonical names
    constituencies: list[str] = field(default_factory=list)   # official names
    elections: list[Election] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    extractor: str = ""                                        # "hustings/<version> <model>/<version>"

    def to_gold(self) -> dict:
        """One line of `hustings extract --format jsonl`: the gold schema, keeping the input's id."""
        return {
            "id": self.article.id,
            "title": self.article.title,
            "published": self.article.published.isoformat() if self.article.published else None,
            "people": [
                {"name": p.name, "mentions": p.mentions, "party": p.party,
                 "roles": p.roles, "constituency": p.constituency}
                for p in self.people
            ],
            "parties": list(self.parties),
            "constituencies": list(self.constituencies),
            "elections": [{"label": e.label, "year": e.year} for e in self.elections],
            "facts": [f.to_gold() for f in self.facts],
            "events": [
                {"label": e.label, "date": e.date, "type": e.type, "participants": e.participants}
                for e in self.events
            ],
        }
