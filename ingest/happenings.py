"""Two kinds of event read off one verb: a candidate picked by the party's executive, and a dated statement.

- "She had been selected to stand by the National Executive Committee",
  "Labour's NEC imposed X as its candidate": an NEC selection (the party's
  national executive, not the local members, chose the candidate).
- "X, who in January admitted she was considering her position", "On 3 May
  2019 X announced that ...": a reported-speech verb with its own date phrase
  and a reported clause is a statement on that date. Without a date the
  words can be resolved to, there is no statement event (the BBC stories,
  undated, mostly say "said on Tuesday").

Each finder returns records holding tokens; extract.py decides who they mean.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Span, Token

SELECT_VERBS = {"select", "choose", "pick", "impose", "parachute", "install", "shortlist", "endorse"}
NEC = re.compile(r"\b(NEC|National Executive Committee|National Executive)\b")
STATEMENT_VERBS = {"say", "tell", "admit", "claim", "insist", "argue", "reveal", "confirm", "announce",
                   "declare", "warn", "deny", "concede", "pledge", "promise", "vow", "write", "suggest"}
DATE_PREPS = {"in", "on", "last", "during", "at", "earlier"}
HEARSAY_VERBS = {"allege", "claim", "report", "believe", "think", "suggest", "understand", "say", "rumour"}


@dataclass
class Picked:
    verb: Token
    person: Token            # the candidate: subject of the passive, object of the active
    pluperfect: bool         # "had been selected": before the time the story was just telling


@dataclass
class Statement:
    verb: Token
    subject: Token
    date: Span               # the date phrase, preposition included
    text: str = ""           # what was said (and to whom), the date phrase taken out


def own_subtree(verb: Token) -> list[Token]:
    """The verb's clause without clauses coordinated to it ("selected ..., and was reselected in 2019")."""
    out, stack = [], [verb]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if not (tok is verb and c.dep_ in ("conj", "cc")))
    return sorted(out, key=lambda t: t.i)


def nec_selections(sent: Span) -> list[Picked]:
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in SELECT_VERBS or verb.pos_ != "VERB":
            continue
        clause = own_subtree(verb)
        words = " ".join(t.text for t in clause)
        if not NEC.search(words):
            continue
        passive = [c for c in verb.children if c.dep_ == "nsubjpass"]
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        pluperfect = any(c.dep_ in ("aux",) and c.lower_ == "had" for c in verb.children)
        if passive:
            # the agent must be the NEC: "selected by the National Executive Committee"
            agents = [t for t in clause if t.lower_ == "by" and NEC.search(" ".join(x.text for x in t.subtree))]
            if agents:
                out.append(Picked(verb, passive[0], pluperfect))
        elif objects and subjects and NEC.search(" ".join(t.text for t in subjects[0].subtree)):
            out.append(Picked(verb, objects[0], pluperfect))
    return out


def _date_phrase(verb: Token) -> Span | None:
    doc = verb.doc
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj" and c.ent_type_ == "DATE"]
            if objs:
                return doc[child.i:objs[0].right_edge.i + 1]
        if child.dep_ in ("npadvmod", "advmod", "tmod") and child.ent_type_ == "DATE":
            return doc[child.left_edge.i:child.right_edge.i + 1]
    return None


def statements(sent: Span) -> list[Statement]:
    out = []
    for verb in sent:
        if verb.lemma_.lower() not in STATEMENT_VERBS or verb.pos_ != "VERB":
            continue
        content = [c for c in verb.children if c.dep_ == "ccomp"]
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        when = _date_phrase(verb)
        if not content or not subjects or when is None:
            continue
        # "he alleges that Mr Blair told Mr Brown in 2003 ...": someone else's claim, not a statement on record
        if verb.dep_ in ("ccomp", "xcomp", "advcl") and verb.head.lemma_.lower() in HEARSAY_VERBS | STATEMENT_VERBS:
            continue
        subject = subjects[0]
        if subject.lower_ in ("who", "that") and verb.dep_ == "relcl":
            subject = verb.head
        c = content[0]
        doc = verb.doc
        start, end = c.left_edge.i, c.right_edge.i + 1
        if start > verb.i:
            # "told the Daily Telegraph in 2001 that ...": whom it was said to, without the date
            start = verb.i + 1
            skip = {t.i for t in when}
            words = [t for t in doc[start:end] if t.i not in skip]
            while words and words[0].lower_ in ("that", ","):
                words.pop(0)
        else:
            words = list(doc[start:end])
        while words and (words[-1].is_punct or words[-1].lower_ in ("that",)):
            words.pop()
        if not words:
            continue
        out.append(Statement(verb, subject, when, _join(words)))
    return out


def _join(words: list[Token]) -> str:
    return "".join(t.text + t.whitespace_ for t in words).strip()
