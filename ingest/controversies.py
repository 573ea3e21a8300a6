"""Controversies tied to a person: rows, scandals, affairs, furores and storms.

News names a controversy with a noun ("row", "scandal", "affair",
"controversy", "furore", "storm") and ties it to a person in a few set ways:
- "X, who has been embroiled in a row over Y" (embroiled / involved / mired /
  caught up / engulfed / implicated in it);
- "X was at the centre of a row about Y" (at the centre / heart of it);
- "X sparked a row over Y" (sparked / caused / provoked / courted it);
- "the row over X's Y", "the controversy surrounding X" (the person opens
  what the row is about);
- "the X visa affair", "the Blunkett row" (the person's name is part of the
  controversy's own name).
Anything looser ("a row between ministers", "caused controversy" with no
subject named) is left out: the person must clearly be the one involved.

The label is built from the words: the noun with the nouns glued before it
("cash-for-honours affair", "David Blunkett visa affair") and what it is
about ("row over trans rights"; "surrounding", "about", "concerning" and
"regarding" all read as "over"). A bare "the row" has no label and is
skipped. A date phrase right after the topic or on the tying verb ("for the
past two years", "in 1994") gives the date, resolved like every other date.
"""
from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

CONTROVERSY_NOUNS = {"row", "scandal", "affair", "controversy", "furore", "furor", "storm"}
# a plural is a series ("a series of scandals"); "affairs" is a portfolio ("home affairs")
PLURALS = {"rows": "row", "scandals": "scandal", "controversies": "controversy"}
TOPIC_PREPS = {"over": "over", "about": "over", "surrounding": "over", "concerning": "over",
               "regarding": "over", "on": "over", "involving": "involving", "with": "with"}
CAUGHT_VERBS = {"embroil", "involve", "mire", "engulf", "entangle", "catch", "drag", "implicate", "enmesh", "land"}
CAUSE_VERBS = {"spark", "cause", "provoke", "trigger", "ignite", "court", "stir"}
CENTRE_NOUNS = {"centre", "center", "heart", "middle"}
STOP_WORDS = {"who", "which", "that", "after", "when", "amid", "as", "because", "since", "while", "but",
              "before", "until", "during"}
DATE_PREPS = {"for", "since", "in", "during", "over", "from", "throughout", "on", "at"}
MAX_TOPIC = 10


@dataclass
class Controversy:
    label: str
    subject: Token | None        # a token extract.py resolves to a person (name, he/she, "the MP")
    named: Span | None           # a person's name inside the label or the topic
    date_start: int | None = None
    date_end: int | None = None  # token offsets of the date phrase, preposition included


def _glued(doc: Doc, i: int) -> bool:
    """A piece of a hyphenated word: "cash-for-honours" is cash / - / for / - / honours."""
    tok = doc[i]
    if tok.text == "-":
        return i > 0 and not doc[i - 1].whitespace_ and not tok.whitespace_
    return (i + 1 < len(doc) and doc[i + 1].text == "-" and not tok.whitespace_) or \
        (i > 0 and doc[i - 1].text == "-" and not doc[i - 1].whitespace_)


def _premodifiers(doc: Doc, noun: Token, sent: Span) -> int:
    """Start of the nouns glued before the controversy noun ("the David Blunkett visa | affair")."""
    j = noun.i
    while j - 1 >= sent.start:
        tok = doc[j - 1]
        if tok.ent_type_ in ("DATE", "TIME", "ORDINAL", "CARDINAL"):
            break
        if _glued(doc, j - 1) or (tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("compound", "nmod", "amod")):
            j -= 1
            continue
        # a quoted word: the 'drunk' remark row
        break
    return j


def _is_date(tok: Token) -> bool:
    return tok.ent_type_ in ("DATE", "TIME")


def _topic(doc: Doc, noun: Token, sent: Span) -> tuple[str | None, int, int]:
    """(preposition as labelled, start, end) of what the controversy is about; (None, i, i) when nothing follows."""
    i = noun.i + 1
    if i >= sent.end or doc[i].lower_ not in TOPIC_PREPS:
        return None, i, i
    prep = TOPIC_PREPS[doc[i].lower_]
    start = end = i + 1
    while end < sent.end and end - start < MAX_TOPIC:
        tok = doc[end]
        if _is_date(tok) or tok.lower_ in STOP_WORDS:
            break
        if tok.is_punct and not (_glued(doc, end) or tok.text in ("'", "’")):
            break
        if tok.pos_ in ("VERB", "AUX") and end > start and tok.tag_ != "VBN":
            break
        if tok.pos_ == "CCONJ" and end + 1 < sent.end and doc[end + 1].pos_ in ("VERB", "AUX", "PRON"):
            break
        if tok.lower_ in DATE_PREPS and end + 1 < sent.end and _is_date(doc[end + 1]) or \
                tok.lower_ in DATE_PREPS and end + 2 < sent.end and doc[end + 1].pos_ == "DET" and _is_date(doc[end + 2]):
            break
        end += 1
    if end - start >= MAX_TOPIC and end < sent.end:
        # cut off mid-phrase: keep what comes before the last preposition ("story | about the Iraq weapons")
        last_prep = max((t.i for t in doc[start + 1:end] if t.pos_ == "ADP" and t.text not in ("'s", "’s")),
                        default=None)
        if last_prep is not None:
            end = last_prep
    while end > start and (doc[end - 1].pos_ in ("ADP", "DET", "CCONJ", "PART") and doc[end - 1].text not in ("'s", "’s")):
        end -= 1
    if end == start:
        return None, i, i
    return prep, start, end


def _date_after(doc: Doc, i: int, sent: Span) -> tuple[int, int] | None:
    """A date phrase starting at token i, with its preposition: "for the past two years", "in 1994"."""
    j = i
    if j < sent.end and doc[j].lower_ in DATE_PREPS:
        j += 1
    if j < sent.end and _is_date(doc[j]) or (j + 1 < sent.end and doc[j].pos_ == "DET" and _is_date(doc[j + 1])):
        end = j
        while end < sent.end and (_is_date(doc[end]) or (end == j and doc[end].pos_ == "DET")):
            end += 1
        return i, end
    return None


def _verb_date(verb: Token) -> tuple[int, int] | None:
    """A date on the tying verb itself: "In 1994 he was embroiled in ...", "last year sparked a row"."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in DATE_PREPS:
            objs = [c for c in child.children if c.dep_ == "pobj" and _is_date(c)]
            if objs:
                return child.i, objs[0].right_edge.i + 1
        if child.dep_ in ("npadvmod", "advmod", "tmod") and _is_date(child):
            return child.left_edge.i, child.i + 1
    return None


def _subject(verb: Token) -> Token | None:
    # the subject nearest the verb: "Ex-No 10 media chief Alastair Campbell is ..." is parsed with two
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        child = min(subjects, key=lambda c: abs(verb.i - c.i))
        if child.lower_ in ("who", "that") and verb.dep_ == "relcl":
            return verb.head
        return child
    if verb.dep_ in ("relcl", "acl") and verb.tag_ == "VBN":     # "the MP embroiled in a row"
        return verb.head
    return None


def _tie(noun: Token) -> tuple[Token | None, Token | None]:
    """(subject token, verb) when the clause ties someone to the controversy noun."""
    head = noun.head
    # embroiled in / caught up in / dragged into a row
    if noun.dep_ == "pobj" and head.lower_ in ("in", "into") and head.head.lemma_.lower() in CAUGHT_VERBS:
        verb = head.head
        return _subject(verb), verb
    if noun.dep_ == "pobj" and head.lower_ in ("in", "into") and head.head.lower_ == "up" and \
            head.head.head.lemma_.lower() in CAUGHT_VERBS:
        verb = head.head.head
        return _subject(verb), verb
    # at the centre of a row
    if noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in CENTRE_NOUNS:
        centre = head.head
        at = centre.head
        if centre.dep_ == "pobj" and at.lower_ in ("at", "in"):
            holder = at.head
            if holder.pos_ in ("VERB", "AUX"):
                return _subject(holder), holder
            if holder.pos_ in ("PROPN", "NOUN", "PRON"):
                return holder, None
    # sparked a row
    if noun.dep_ in ("dobj", "obj") and head.lemma_.lower() in CAUSE_VERBS:
        return _subject(head), head
    return None, None


def find_controversies(doc: Doc, sent: Span, person_at: dict[int, int]) -> list[Controversy]:
    out = []
    for noun in sent:
        word = noun.lower_
        word = PLURALS.get(word, word) if noun.tag_ == "NNS" else word
        if word not in CONTROVERSY_NOUNS or noun.pos_ not in ("NOUN", "PROPN"):
            continue
        pre = _premodifiers(doc, noun, sent)
        prep, t_start, t_end = _topic(doc, noun, sent)
        if pre == noun.i and prep is None:
            continue      # "the row": nothing to name it by
        words = doc[pre:noun.i + 1].text if pre < noun.i else word
        label = f"{words} {prep} {doc[t_start:t_end].text}" if prep else words
        label = label[:1].lower() + label[1:] if pre == noun.i or doc[pre].pos_ != "PROPN" else label
        subject, verb = _tie(noun)
        named = None
        # the person's name is part of the controversy's name: "the David Blunkett visa affair"
        glued = [i for i in range(pre, noun.i) if i in person_at]
        if glued:
            named = doc[glued[0]:glued[-1] + 1]
        # the topic opens with the person: "the row over David Blunkett's involvement", "surrounding X"
        elif prep in ("over",) and t_start in person_at:
            j = t_start
            while j < t_end and j in person_at and person_at[j] == person_at[t_start]:
                j += 1
            named = doc[t_start:j]
        if subject is None and named is None:
            continue
        where = _date_after(doc, t_end if prep else noun.i + 1, sent)
        if where is None and verb is not None:
            where = _verb_date(verb)
        c = Controversy(label, subject, named)
        if where:
            c.date_start, c.date_end = where
        out.append(c)
    return out
