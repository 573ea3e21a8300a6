"""Election results stated in one sentence: who won, whom they beat, by how much.

"Ms Duffield ... won the city seat in 2017 in a shock victory over Tory veteran
Julian Brazier", "She then went on to beat Conservative candidate Anna Firth
in 2019, increasing her majority to 1,836", "In 2001, Michael Howard won the
Folkestone & Hythe seat with 20,645 votes, compared to 14,738 for the Liberal
Democrat candidate Peter Carroll, giving the Tory leader a majority of 5,907".

The year must be in the sentence (or resolvable from it against the
publication date) and be a general-election year, unless the sentence says
by-election: a result without a known election is not recorded.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Span, Token

from .elections import GENERAL_ELECTION_YEARS, by_election, general_election
from .model import Election

WIN_VERBS = {"win", "beat", "defeat", "elect", "unseat", "oust", "re-elect", "reelect"}
BEAT_VERBS = {"beat", "defeat", "unseat", "oust"}
MAJORITY = re.compile(r"\bmajority (?:of|to) ([\d,]{2,})\b|\bby ([\d,]{2,}) votes\b", re.I)


@dataclass
class Result:
    subject: Token | None
    election: Election
    beaten: list[Token] = field(default_factory=list)   # tokens inside the beaten people's / parties' mentions
    also_elected: list[Token] = field(default_factory=list)
    majority: str | None = None


def subject_of(verb: Token) -> Token | None:
    """The grammatical subject, climbing from "went on to beat" to "went" and from "defeating" to "became"."""
    tok = verb
    for _ in range(4):
        for child in tok.children:
            if child.dep_ in ("nsubj", "nsubjpass"):
                return child
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl") and tok.head is not tok:
            tok = tok.head
            if tok.pos_ == "ADP":
                tok = tok.head
        else:
            break
    return None


def sentence_election(sent: Span, year: int | None, seat: str | None) -> Election | None:
    """The election a result sentence is about: a by-election if it says so, else the general election of `year`."""
    lower = sent.text.lower()
    if "by-election" in lower or "by election" in lower:
        return by_election(year, seat)
    if "european" in lower or "local election" in lower or "council" in lower:
        return None
    if year in GENERAL_ELECTION_YEARS:
        return general_election(year)
    return None


def find_results(sent: Span, year: int | None, seat: str | None) -> list[Result]:
    election = sentence_election(sent, year, seat)
    if election is None or election.year is None:
        return []
    m = MAJORITY.search(sent.text)
    majority = (m.group(1) or m.group(2)).replace(",", "") if m else None
    results = []
    for verb in sent:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or lemma not in WIN_VERBS:
            continue
        res = Result(subject=subject_of(verb), election=election, majority=majority)
        for child in verb.children:
            if lemma in BEAT_VERBS and child.dep_ in ("dobj", "obj"):
                res.beaten.append(child)
        # "victory over X", "compared to N for the Liberal Democrat candidate X"
        for tok in verb.subtree:
            if tok.lower_ == "over" and tok.head.lower_ in ("victory", "win", "triumph"):
                res.beaten.extend(c for c in tok.children if c.dep_ == "pobj")
        if lemma == "elect":
            res.also_elected = [t for t in verb.subtree if t.ent_type_ == "PERSON" and t.i > verb.i]
        results.append(res)
    return results
