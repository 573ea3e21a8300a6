"""Our spaCy components. Registered when this module is imported; added to a pipeline by `ingest.nlp.build`.

Party names themselves are found by an EntityRuler (`hustings_party_ruler`,
patterns from parties.py, before "ner") as PARTY entities whose ent_id_ is
the canonical name, so the statistical NER never calls "Lib Dem" a person.
The components here:

- `hustings_paragraphs` (before "parser"): a blank line starts a sentence.
- `hustings_party_cleanup`: "Green MP", "Reform candidate" become PARTY
  entities; "Respect for the law" and PARTY entities that name no party we
  know are dropped.
- `hustings_people`: names after an honorific ("Mr Flight", "Lord Rennard")
  that the small model misses become PERSON entities; judges ("Mr Justice X")
  are not people in a political role and are left out.
- `hustings_offices`: government posts ("Prime Minister", "Home Secretary")
  as the span group "office", label = the post.
- `hustings_constituencies`: seat names found by the way news writes them
  ("MP for X", "the X MP", "the X seat", "constituency of X", "X by-election",
  "X Conservative association", "X and Y Tories") as the span group
  "constituency".
"""
from __future__ import annotations

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from .offices import ROLE_NOUNS, TITLED_POSTS
from .parties import canonical_party

HONORIFICS = {"Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness", "Baron",
              "Rev", "Reverend", "Professor", "Prof", "Mr.", "Mrs.", "Ms.", "Dr."}
# Words that follow an honorific but make a title, not a name ("Lord Chancellor", "Mr Speaker").
NOT_NAMES = {"Justice", "Chancellor", "Speaker", "Mayor", "Chief", "President", "Advocate", "Provost",
             "Lieutenant", "Chairman", "Deputy", "Bishop", "Archbishop", "Judge"}
JUDGE_WORDS = {"Justice", "Judge"}

MONTH_WORDS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
               "Saturday", "Sunday"}
NOT_PLACE = MONTH_WORDS | HONORIFICS | {
    "The", "A", "An", "This", "That", "His", "Her", "Their", "Its", "Our", "My", "Your", "Every", "Each",
    "Commons", "Lords", "House", "Westminster", "Scottish", "Welsh", "English", "British", "Irish",
    "European", "Euro", "UK", "Government", "Parliament", "Parliamentary", "Prime", "Minister", "Party",
    "Senior", "Former", "Veteran", "Backbench", "Independent", "Junior", "Cabinet", "Shadow", "Rebel",
    "New", "MP", "MPs", "Sacked", "Deputy", "Tory", "Tories", "Labour", "Conservative", "Conservatives",
    "Liberal", "Democrat", "Democrats", "Lib", "Dem", "Dems", "Unionist", "Nationalist",
    "Asian", "Black", "Muslim", "Catholic", "Women", "Woman", "Female", "Male", "Young", "Local",
    "Leading", "Top", "Another", "One", "Two", "Three", "Many", "Some", "All", "Other", "Fellow",
    "Opposition", "Ministers", "Secretary", "Chancellor", "Leader", "Chairman",
    "Ex", "Retiring", "Outgoing", "Sitting", "Loyal", "Maverick", "Anti", "Pro",
    "Eurosceptic", "Europhile", "Kingdom", "United", "Britain", "England", "Scotland", "Wales",
}
CONNECTORS = {"and", "&", "-", "upon", "on", "under", "le", "super", "in-", "of"}
SEAT_NOUNS = {"MP", "seat", "constituency"}


@Language.component("hustings_paragraphs")
def split_paragraphs(doc: Doc) -> Doc:
    """A blank line ends a sentence: the parser otherwise runs a quote on into the next paragraph."""
    for tok in doc[1:]:
        prev = doc[tok.i - 1]
        if "\n" in prev.whitespace_ or (prev.is_space and "\n" in prev.text):
            tok.is_sent_start = True
    return doc


def _name_after_role(doc: Doc, i: int) -> Span | None:
    """"Lib Dem MP Ivo Penhallow": two or three capitalised words right after a role noun are a name.

    The small model misses or mislabels unfamiliar names (as ORG or LOC);
    the role noun before them is a stronger clue than its guess.
    """
    tok = doc[i]
    if tok.lower_ not in ROLE_NOUNS:     # "MP", "MEP", "Minister", "Secretary", "Chancellor" among them
        return None
    end = i + 1
    while end < len(doc) and end - i <= 3 and doc[end].is_title and doc[end].is_alpha \
            and doc[end].text not in NOT_PLACE and doc[end].ent_type_ not in ("PARTY", "DATE") \
            and doc[end].pos_ == "PROPN":
        end += 1
    if end - i < 3 or (end < len(doc) and doc[end].text[:1].isupper() and doc[end].is_alpha):
        return None
    return Span(doc, i + 1, end, label="PERSON")


@Language.component("hustings_people")
def add_honorific_people(doc: Doc) -> Doc:
    """"Mr Flight", "Lord Rennard", "Sir Nicholas Scott": a capitalised word after an honorific is a name.

    Also "Labour MP Jane Doe" when the model did not tag the name (see _name_after_role).
    """
    new = []
    for tok in doc[:-2]:
        span = _name_after_role(doc, tok.i)
        if span is not None and not any(t.ent_type_ == "PERSON" for t in span):
            new.append(span)
    for tok in doc:
        if tok.text not in HONORIFICS or tok.i + 1 >= len(doc):
            continue
        nxt = doc[tok.i + 1]
        if nxt.text in JUDGE_WORDS:
            continue
        end = tok.i + 1
        while end < len(doc) and end - tok.i <= 3 and doc[end].is_title and doc[end].text not in NOT_NAMES \
                and doc[end].ent_type_ != "PARTY" and doc[end].text not in MONTH_WORDS:
            end += 1
            # a double-barrelled surname: "Mr Kilroy-Silk" is Kilroy / - / Silk
            if end + 1 < len(doc) and doc[end].text == "-" and not doc[end - 1].whitespace_ \
                    and not doc[end].whitespace_ and doc[end + 1].is_title:
                end += 1
        if end > tok.i + 1:
            new.append(Span(doc, tok.i, end, label="PERSON"))
    judges = {t.i + 2 for t in doc[:-2] if t.text in HONORIFICS and doc[t.i + 1].text in JUDGE_WORDS}
    if not new and not judges:
        return doc
    kept = [e for e in doc.ents if not (e.label_ == "PERSON" and e.start in judges)]
    # Our honorific spans win over overlapping statistical guesses, but never over a PARTY.
    party = [e for e in kept if e.label_ == "PARTY"]
    new = [s for s in new if not any(s.start < p.end and p.start < s.end for p in party)]
    merged = []
    for s in new:
        person_inside = [e for e in kept if e.label_ == "PERSON" and s.start <= e.start < s.end < e.end]
        if person_inside:   # NER found a longer name starting inside ("Mr" + "Tony Blair Smith")
            s = Span(doc, s.start, max(e.end for e in person_inside), label="PERSON")
        merged.append(s)
    others = [e for e in kept if not any(e.start < s.end and s.start < e.end for s in merged)]
    doc.ents = filter_spans(merged + others)
    return doc


@Language.factory("hustings_offices")
class OfficeFinder:
    """Span group "office": titled government posts, matched case-insensitively."""

    def __init__(self, nlp: Language, name: str):
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for post in TITLED_POSTS:
            self.matcher.add(post, [nlp.make_doc(post)])

    def __call__(self, doc: Doc) -> Doc:
        spans = [Span(doc, s, e, label=doc.vocab.strings[m]) for m, s, e in self.matcher(doc)]
        doc.spans["office"] = filter_spans(spans)
        return doc


def _placeish(tok, allow_person: bool = False) -> bool:
    """A capitalised word that could be part of a seat name.

    After "MP for" / "constituency of" the small model often calls the place a
    PERSON ("Bethnal Green"), so that label is allowed there.
    """
    banned = ("PARTY", "DATE", "NORP", "CARDINAL") if allow_person else ("PERSON", "PARTY", "DATE", "NORP", "CARDINAL")
    return (tok.is_title or (tok.text[:1].isupper() and any(c.islower() for c in tok.text))) \
        and tok.text not in NOT_PLACE and tok.ent_type_ not in banned and tok.is_alpha


def _trim(doc: Doc, start: int, end: int, allow_person: bool = False) -> Span | None:
    """Drop connectors at either edge; a place must start and end with a capitalised word."""
    while start < end and not _placeish(doc[start], allow_person):
        start += 1
    while end > start and not _placeish(doc[end - 1], allow_person):
        end -= 1
    if end <= start or len(doc[start:end].text) < 3:
        return None
    return Span(doc, start, end, label="CONSTITUENCY")


def place_before(doc: Doc, i: int, limit: int = 6) -> Span | None:
    """The capitalised run ending just before token i ("Canterbury and Whitstable" | MP)."""
    start = i
    while start > 0 and i - start < limit:
        tok = doc[start - 1]
        if _placeish(tok) or (tok.text in CONNECTORS and start - 1 > 0 and _placeish(doc[start - 2])):
            start -= 1
        else:
            break
    return _trim(doc, start, i) if start < i else None


def place_after(doc: Doc, i: int, limit: int = 6) -> Span | None:
    """The capitalised run starting at token i ("for" | Bethnal Green and Bow)."""
    end = i
    while end < len(doc) and end - i < limit:
        tok = doc[end]
        if _placeish(tok, True) or (tok.text in CONNECTORS and end + 1 < len(doc) and _placeish(doc[end + 1], True)
                                    and tok.text != "of"):
            end += 1
        else:
            break
    return _trim(doc, i, end, True) if end > i else None


def _ward_follows(doc: Doc, span: Span) -> bool:
    """Council wards are not parliamentary seats: "a by-election in St Dunstan's and Stepney Green ward"."""
    for tok in doc[span.end: span.end + 8]:
        if tok.lower_ in ("ward", "council"):
            return True
        if tok.is_punct and tok.text not in ("'s", "’s", "-"):
            return False
    return False


def _is_by_election(doc: Doc, i: int) -> bool:
    return doc[i].lower_ == "by" and i + 2 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_.startswith("election")


@Language.component("hustings_constituencies")
def find_constituencies(doc: Doc) -> Doc:
    found = []
    for tok in doc:
        i = tok.i
        nxt = doc[i + 1] if i + 1 < len(doc) else None
        # "MP for X", "member for X", "candidate for X", "seat of X", "constituency of X", "by-election in X"
        if nxt is not None and ((tok.text in ("MP", "MEP") or tok.lower_ in ("member", "candidate")) and nxt.lower_ == "for"
                                or tok.lower_ in ("seat", "constituency") and nxt.lower_ == "of"):
            span = place_after(doc, i + 2)
            if span is not None:
                found.append(span)
        if _is_by_election(doc, i) and i + 3 < len(doc) and doc[i + 3].lower_ == "in":
            span = place_after(doc, i + 4)
            if span is not None and not _ward_follows(doc, span):
                found.append(span)
        # "the X MP", "the X seat", "X constituency", "the X by-election"
        if tok.text in SEAT_NOUNS or _is_by_election(doc, i):
            span = place_before(doc, i)
            if span is not None and not (i > 0 and doc[i - 1].text in ("'s", "’s")):
                found.append(span)
        # "X's constituency Conservative association"
        if tok.text in ("'s", "’s") and nxt is not None and nxt.lower_ == "constituency":
            span = place_before(doc, i)
            if span is not None:
                found.append(span)
    # "Slough Conservative Association", "Arundel and South Downs Tories"
    for ent in doc.ents:
        if ent.label_ != "PARTY":
            continue
        span = place_before(doc, ent.start)
        if span is None:
            continue
        after = doc[ent.end].lower_ if ent.end < len(doc) else ""
        joined = any(t.text in ("and", "&") for t in span)
        if after == "association" or (joined and after not in ("and", "&")):
            found.append(span)
    doc.spans["constituency"] = filter_spans(found)
    return doc


# "Green" and "Reform" alone are ordinary words; before a role noun they are the party.
BARE_PARTY_WORDS = {"Green": "Green Party", "Reform": "Reform UK"}
ROLE_AFTER_PARTY = {"MP", "MPs", "MEP", "MSP", "AM", "candidate", "candidates", "councillor", "councillors",
                    "leader", "co-leader", "peer", "spokesman", "spokeswoman", "member", "members"}


@Language.component("hustings_party_cleanup")
def drop_false_parties(doc: Doc) -> Doc:
    """"Respect for the law" is not the Respect party: the bare word followed by for/to/of is a noun.

    Also adds "Green MP" / "Reform candidate" style mentions the phrase list leaves out.
    """
    extra = []
    for tok in doc[:-1]:
        canon = BARE_PARTY_WORDS.get(tok.text)
        if canon and doc[tok.i + 1].text in ROLE_AFTER_PARTY and tok.ent_type_ != "PARTY":
            extra.append(Span(doc, tok.i, tok.i + 1, label="PARTY", span_id=canon))
    if extra:
        others = [e for e in doc.ents if not any(e.start < x.end and x.start < e.end for x in extra)]
        doc.ents = filter_spans(extra + others)
    kept = []
    for ent in doc.ents:
        if ent.label_ == "PARTY" and ent.text == "Respect" and ent.end < len(doc) \
                and doc[ent.end].lower_ in ("for", "to", "of", "the"):
            continue
        if ent.label_ == "PARTY" and canonical_party(ent.text) is None and not ent.ent_id_:
            continue
        kept.append(ent)
    if len(kept) != len(doc.ents):
        doc.ents = kept
    return doc
