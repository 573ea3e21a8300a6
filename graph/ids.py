"""Deterministic IRIs from stable keys, so re-ingesting never duplicates an entity.

This is the only module that builds IRIs from strings. The same name always
gives the same IRI ("Rosie Duffield" -> id:person/rosie-duffield), whichever
article it came from, so the per-article named graphs join up in the union.
Events and claims have no natural name, so they get a short hash of the
fields that identify them.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import URIRef

from graph.vocab import ID

# The path segment after id/ says what kind of thing an IRI names.
KINDS = frozenset({
    "person", "party", "constituency", "election", "office", "post", "membership",
    "candidacy", "event", "article", "claim", "ingest", "agent",
})

_NON_ALNUM = re.compile(r"[^a-z0-9]+")
_SLUG = re.compile(r"^[a-z0-9]+(?:-+[a-z0-9]+)*$")  # '--' joins the parts of compound keys
_YEAR = re.compile(r"^(1[89]\d\d|2\d\d\d)$")
# Words that do not change which election a label names.
_ELECTION_FILLER = frozenset({"the", "uk", "british", "britain", "united", "kingdom", "national", "snap", "of", "s"})


def slug(text: str) -> str:
    """NFKD ASCII fold, lowercase, every run of non-alphanumerics -> '-', trimmed ("Ynys Môn" -> "ynys-mon")."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    return _NON_ALNUM.sub("-", folded.lower()).strip("-")


def _hash16(*parts: str) -> str:
    return hashlib.sha1("|".join(parts).encode("utf-8")).hexdigest()[:16]


def _key(text: str) -> str:
    """A slug that is never empty: names made only of punctuation or non-Latin script fall back to a hash."""
    return slug(text) or _hash16(text)


def entity_iri(kind: str, key_slug: str) -> URIRef:
    """The IRI for an already-slugged key; rejects anything that is not a slug so callers cannot smuggle in IRI syntax."""
    if kind not in KINDS:
        raise ValueError(f"unknown entity kind {kind!r}")
    if not _SLUG.match(key_slug):
        raise ValueError(f"not a slug: {key_slug!r}")
    return ID[kind + "/" + key_slug]


def kind_and_slug(iri: str) -> tuple[str, str]:
    """The inverse of entity_iri: 'https://w3id.org/hustings/id/person/rosie-duffield' -> ('person', 'rosie-duffield')."""
    text = str(iri)
    if not text.startswith(str(ID)):
        raise ValueError(f"not a hustings entity IRI: {text!r}")
    kind, sep, key_slug = text[len(str(ID)):].partition("/")
    if not sep or kind not in KINDS or not _SLUG.match(key_slug):
        raise ValueError(f"not a hustings entity IRI: {text!r}")
    return kind, key_slug


def person_iri(name: str) -> URIRef:
    return entity_iri("person", _key(name))


def party_iri(name: str) -> URIRef:
    return entity_iri("party", _key(name))


def constituency_iri(name: str) -> URIRef:
    return entity_iri("constituency", _key(name))


def office_iri(name: str) -> URIRef:
    return entity_iri("office", _key(name))


def mp_post_iri(constituency: URIRef) -> URIRef:
    """The org:Post 'MP for <seat>', id:post/mp-<constituency-slug>, from the constituency's IRI."""
    return entity_iri("post", "mp-" + kind_and_slug(constituency)[1])


def membership_iri(person: URIRef, party: URIRef) -> URIRef:
    """id:membership/<person-slug>--<party-slug>, from the person's and party's IRIs."""
    return entity_iri("membership", kind_and_slug(person)[1] + "--" + kind_and_slug(party)[1])


def election_slug(label: str, year: int | None = None) -> str:
    """Normalise the many ways of naming an election to one key.

    "2017 general election", "general election 2017", "the 2017 UK general election"
    -> "uk-general-2017"; "next general election" -> "uk-general-next";
    "2004 Hartlepool by-election" -> "hartlepool-by-election-2004"; anything
    else -> the slug of the label. `year` (Election.year) fills in a year the
    label leaves out.
    """
    words = slug(label).split("-") if slug(label) else []
    years = [w for w in words if _YEAR.match(w)]
    found_year = years[0] if len(years) == 1 else None
    if found_year is None and year is not None and not years:
        found_year = str(year)
    rest = [w for w in words if w not in _ELECTION_FILLER and not _YEAR.match(w)]

    if rest in (["general", "election"], ["general", "elections"]) and found_year:
        return "uk-general-" + found_year
    if rest in (["next", "general", "election"], ["next", "election"]) and not years:
        return "uk-general-next"
    by_election = _by_election_seat(rest)
    if by_election and found_year:
        return by_election + "-by-election-" + found_year
    return _key(label)


def _by_election_seat(words: list[str]) -> str | None:
    """'hartlepool by election' -> 'hartlepool' when the label ends in by-election and names a seat."""
    if words[-2:] == ["by", "election"]:
        seat = words[:-2]
    elif words[-1:] == ["byelection"]:
        seat = words[:-1]
    else:
        return None
    return "-".join(seat) or None


def election_iri(label: str, year: int | None = None) -> URIRef:
    return entity_iri("election", election_slug(label, year))


def candidacy_iri(election: URIRef, constituency: URIRef | None, person: URIRef) -> URIRef:
    """id:candidacy/<election-slug>--<constituency-slug or 'none'>--<person-slug>, from the parts' IRIs."""
    seat = kind_and_slug(constituency)[1] if constituency is not None else "none"
    return entity_iri("candidacy", kind_and_slug(election)[1] + "--" + seat + "--" + kind_and_slug(person)[1])


def event_iri(type_: str, label: str, date: str | None) -> URIRef:
    """id:event/<sha1(type|label|date)[:16]>: the same event told twice the same way is one resource."""
    return entity_iri("event", _hash16(type_, label, date or ""))


def article_iri(article_id: str) -> URIRef:
    """Both the schema:NewsArticle resource and the IRI of the article's named graph."""
    return entity_iri("article", _key(article_id))


def ingest_iri(article_id: str) -> URIRef:
    """The prov:Activity that produced an article's graph (one per article, replaced on re-ingest)."""
    return entity_iri("ingest", _key(article_id))


def agent_iri(name: str = "hustings-extractor") -> URIRef:
    return entity_iri("agent", _key(name))


def claim_iri(article_id: str, subject: str, relation: str, obj: str, qualifier: str = "") -> URIRef:
    """id:claim/<sha1(article-id|s|p|o|qualifier)[:16]> over the extraction's own strings."""
    return entity_iri("claim", _hash16(article_id, subject, relation, obj, qualifier))
