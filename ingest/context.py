"""What the words next to a name say about the person: party, office, seat, "former".

News writes political identity as a run of words glued to the name:
"Kent's only Labour MP Rosie Duffield", "Tory leader Michael Howard",
"Robert Jackson, 58, MP for Wantage", and, for a person named earlier,
"The Canterbury and Whitstable MP, who ...". Each reader below returns a
`Descriptor` for one such run; extract.py turns descriptors into facts.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span

from .offices import FORMER_WORDS, MP_WORDS, ROLE_NOUNS
from .parties import BRACKET_LABELS, party_of
from .places import normalise_constituency
from .posts import party_officer, portfolio_minister

STOP_POS = {"VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PRON", "DET", "NUM", "INTJ", "SYM"}


@dataclass
class Descriptor:
    text: str = ""                                  # the run as written, for Person.roles
    parties: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)  # lower-case role nouns ("mp", "leader", "candidate")
    posts: list[str] = field(default_factory=list)  # titled posts ("Prime Minister")
    seat: str | None = None                         # constituency named in the run
    former: bool = False
    start: int = 0                                  # token offsets of the run
    end: int = 0
    party_word: bool = False                        # "party chairman", "the party's leader": party from context

    @property
    def needs_party(self) -> bool:
        """A party role ("leader", "chairman") with no party named in the run itself."""
        return not self.parties and (self.party_word or "leader" in self.roles) and bool(
            set(self.roles) & {"leader", "chairman", "chairwoman", "chair", "treasurer", "coordinator", "co-ordinator"})

    def with_party(self, doc: Doc, party: str) -> "Descriptor":
        """The same run read with a party the sentence makes clear."""
        self.parties = [party]
        post = party_officer(doc, self.start, self.end, party)
        if post and post not in self.posts:
            self.posts.append(post)
        return self

    @property
    def is_mp(self) -> bool:
        return "mp" in self.roles

    @property
    def empty(self) -> bool:
        return not (self.parties or self.roles or self.posts or self.seat)


def _glued_hyphen(doc: Doc, i: int) -> bool:
    """"co-ordinator" is split into co / - / ordinator; the hyphen belongs to the word."""
    return doc[i].text == "-" and i > 0 and not doc[i - 1].whitespace_ and not doc[i].whitespace_


def _in_seat(doc: Doc, i: int) -> bool:
    return any(s.start <= i < s.end for s in doc.spans.get("constituency", []))


def _allowed(doc: Doc, i: int) -> bool:
    tok = doc[i]
    if tok.ent_type_ == "PERSON":
        return False
    if _in_seat(doc, i):       # "The Canterbury and Whitstable MP": the "and" belongs to the seat
        return True
    if tok.text in ("'s", "’s", "'") or _glued_hyphen(doc, i):
        return True
    if tok.lower_ in FORMER_WORDS:
        return True
    if tok.is_punct or tok.like_num or tok.pos_ in STOP_POS:
        return False
    return tok.pos_ in ("PROPN", "NOUN", "ADJ", "ADV", "X") or tok.ent_type_ == "PARTY"


# words that may open a role although written in lower case before a capitalised party or post
ROLE_OPENERS = FORMER_WORDS | {"senior", "junior", "backbench", "frontbench", "shadow", "deputy", "prospective",
                               "new", "outgoing", "current", "acting", "interim", "veteran", "only", "sacked",
                               "rebel", "leading", "top", "local", "assistant", "chief", "party"}
POSSESSIVE = ("'s", "’s", "'", "’")
# sentence adverbs the tagger sometimes reads as adjectives ("Earlier Foreign Secretary Jack Straw said")
FILLERS = {"earlier", "later", "meanwhile", "now", "also", "still", "just", "yesterday", "today", "separately"}


def role_text(doc: Doc, start: int, end: int) -> str:
    """The run as a role that reads naturally, for Person.roles (the facts read the run itself).

    - a run that opens with a possessive takes its owner back: "Kent's only
      Labour MP", not "'s only Labour MP" (the tagger sometimes calls the
      place a person, which stops the run);
    - words that only sit next to the role are dropped from the front: an
      adverb or a date ("Earlier", "Meanwhile", "Tuesday"), or lower-case
      words before the first capitalised one that do not qualify a role
      ("attack Tory leader", "poster launch Tory co-chairman");
    - a dangling "for"/"and" or a date at the end goes ("Labour MP for").
    """
    if start < end and doc[start].text in POSSESSIVE:
        owner = start
        while owner > doc[start].sent.start and doc[owner - 1].pos_ == "PROPN" and \
                doc[owner - 1].ent_type_ not in ("PARTY",):
            owner -= 1
        if owner == start:
            start += 1
        else:
            start = owner
    while start < end and (doc[start].ent_type_ in ("DATE", "TIME") or doc[start].lower_ in FILLERS or
                           (doc[start].pos_ in ("ADV", "INTJ", "PUNCT") and doc[start].lower_ not in ROLE_OPENERS
                            and not _glued_hyphen(doc, start))):
        start += 1
    first_cap = next((i for i in range(start, end) if doc[i].text[:1].isupper()), None)
    if first_cap is not None:
        lead = start
        while lead < first_cap and doc[lead].text[:1].islower() and doc[lead].lower_ not in ROLE_OPENERS \
                and doc[lead].lower_ not in ROLE_NOUNS and not (lead + 1 < end and _glued_hyphen(doc, lead + 1)) \
                and not _glued_hyphen(doc, lead) and doc[lead].pos_ in ("NOUN", "VERB", "X", "PUNCT", "PROPN", "ADV"):
            lead += 1
        if lead == first_cap:
            start = lead
    while end > start and (doc[end - 1].lower_ in ("for", "and", "&", "of", "the") or doc[end - 1].is_punct
                           or doc[end - 1].ent_type_ in ("DATE", "TIME")):
        end -= 1
    return doc[start:end].text


def describe(doc: Doc, start: int, end: int) -> Descriptor:
    """Read parties, roles, posts, seat and 'former' out of tokens [start, end)."""
    d = Descriptor(text=role_text(doc, start, end), start=start, end=end)
    for tok in doc[start:end]:
        party = party_of(tok)
        if party and party not in d.parties:
            d.parties.append(party)
        elif tok.text in MP_WORDS:
            d.roles.append("mp")
        elif tok.lower_ in ROLE_NOUNS and tok.ent_type_ != "PARTY":
            d.roles.append(tok.lower_)
        if tok.lower_ in FORMER_WORDS or (tok.lower_ == "ex" and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"):
            d.former = True
        if tok.lower_ == "party":
            d.party_word = True
    # a post may begin just before the run when its first word is not a run word ("First Minister")
    offices = [span for span in doc.spans.get("office", []) if start - 3 <= span.start and start < span.end <= end]
    for span in offices:
        # "shadow chancellor Oliver Letwin" holds no government post
        shadow = span.start > 0 and doc[span.start - 1].lower_ == "shadow"
        d.posts.append(f"Shadow {span.label_}" if shadow else span.label_)
    for tok in doc[start:end]:
        if tok.lower_ == "minister" and not any(s.start <= tok.i < s.end for s in offices):
            post = portfolio_minister(doc, tok.i, start, end)
            shadow = any(t.lower_ == "shadow" for t in doc[max(start, tok.i - 4):tok.i])
            if post:
                d.posts.append(f"Shadow {post[:1].lower()}{post[1:]}" if shadow else post)
    if len(d.parties) == 1:
        post = party_officer(doc, start, end, d.parties[0])
        if post:
            d.posts.append(post)
    for span in doc.spans.get("constituency", []):
        # "the Glasgow Kelvin MP" (seat before MP) or "MP for Wantage" (seat after "for")
        if start <= span.start and span.end <= end + 8 and (
                (span.end < len(doc) and doc[span.end].text in MP_WORDS and span.end < end)
                or (span.start >= 2 and doc[span.start - 1].lower_ == "for" and doc[span.start - 2].text in MP_WORDS
                    and span.start - 2 < end)):
            d.seat = normalise_constituency(span.text)
            break
    if "deputy" in d.roles and "leader" in d.roles:
        d.roles.remove("leader")
    return d


def before(doc: Doc, mention: Span, limit: int = 7) -> Descriptor:
    """The run glued before a name: "Kent's only Labour MP" | Rosie Duffield."""
    i = mention.start
    sent_start = mention.sent.start
    # "the previous candidate, Robert Oulds": one comma may separate a role from the name.
    if i - 1 > sent_start and doc[i - 1].text == "," and doc[i - 2].lower_ in ROLE_NOUNS:
        i -= 1
        comma = True
    else:
        comma = False
    start = i
    while start > sent_start and i - start < limit and _allowed(doc, start - 1):
        start -= 1
    d = describe(doc, start, i)
    if comma and not d.roles:
        return Descriptor()
    return d


def after(doc: Doc, mention: Span, limit: int = 9) -> Descriptor:
    """An apposition after a name: Robert Jackson, 58, | MP for Wantage |, said ..."""
    i = mention.end
    sent_end = mention.sent.end
    if i >= sent_end or doc[i].text != ",":
        return Descriptor()
    i += 1
    if i + 1 < sent_end and doc[i].like_num and doc[i + 1].text == ",":   # the age
        i += 2
    former, member_on = False, False
    # "X, who is a Labour backbencher," / "X, who was a Tory minister," / "X, who is on Labour's NEC,"
    if i + 1 < sent_end and doc[i].lower_ == "who" and doc[i + 1].lower_ in ("is", "was", "'s"):
        former = doc[i + 1].lower_ == "was"
        i += 2
        if i < sent_end and doc[i].lower_ in ("now", "still", "also"):
            i += 1
        if i < sent_end and doc[i].lower_ == "on":
            member_on = True
            i += 1
    if i < sent_end and doc[i].lower_ in ("the", "a", "an"):
        i += 1
    start = end = i
    while end < sent_end and end - start < limit:
        tok = doc[end]
        if _allowed(doc, end):
            end += 1
        elif tok.lower_ == "for" and end > start and (doc[end - 1].text in MP_WORDS or doc[end - 1].lower_ in ROLE_NOUNS):
            end += 1
            # "spokesman for the Liberal Democrats": the party the person speaks for
            if end + 1 < sent_end and doc[end].lower_ == "the" and doc[end + 1].ent_type_ == "PARTY":
                end += 1
        elif tok.lower_ in ("and", "&") and end > start and doc[end - 1].ent_type_ != "PARTY" and doc[end - 1].is_title:
            end += 1     # "MP for Kensington and Chelsea"
        else:
            break
    if end == start:
        return Descriptor()
    # An apposition ends at a comma, a bracket or the end of the clause; "X, Labour said" is not one.
    if end < sent_end and not (doc[end].is_punct or doc[end].pos_ in ("ADP", "PRON", "VERB", "AUX")):
        return Descriptor()
    d = describe(doc, start, end)
    d.former = d.former or former
    if member_on and d.parties:
        return d
    return d if (d.roles or d.posts) else Descriptor()


def definite_description(doc: Doc, sent: Span, articles: tuple[str, ...] = ("the",)) -> Descriptor | None:
    """A sentence that opens with "The [former] [Party] [Seat] MP," or "The Tory leader, who ..." — no name.

    Such a subject refers back to the person the story is about; extract.py
    resolves it to the most recently named person.
    """
    if len(sent) < 3 or sent[0].lower_ not in articles:
        return None
    end = sent.start + 1
    while end < sent.end and end - sent.start < 9 and _allowed(doc, end):
        end += 1
    if end == sent.start + 1:
        return None
    head = doc[end - 1]
    if head.lower_ not in ROLE_NOUNS and head.text not in MP_WORDS:
        return None
    if any(t.ent_type_ == "PERSON" for t in doc[sent.start:end]):
        return None
    # "MP for X" continues the description.
    if end < sent.end and doc[end].lower_ == "for" and head.text in MP_WORDS:
        end += 1
        while end < sent.end and (_allowed(doc, end) or doc[end].lower_ in ("and", "&")):
            end += 1
    d = describe(doc, sent.start + 1, end)
    return None if d.empty else d


def own_party(doc: Doc, mention: Span) -> str | None:
    """"Howard Flight's local Conservative association": a person's own local party is their party."""
    i = mention.end
    if mention[-1].text in ("'s", "’s", "'"):      # the model sometimes keeps the possessive in the name
        pass
    elif i < len(doc) and doc[i].text in ("'s", "’s", "'"):
        i += 1
    else:
        return None
    while i < mention.sent.end and doc[i].lower_ in ("local", "constituency", "own"):
        i += 1
    party = None
    while i < mention.sent.end and doc[i].ent_type_ == "PARTY":
        party = party_of(doc[i])
        i += 1
    if party and i < mention.sent.end and doc[i].lower_ in ("association", "party", "branch"):
        return party
    return None


def context_party(doc: Doc, sent: Span, d: Descriptor, previous: Span | None = None) -> str | None:
    """The party a bare "leader" or "party chairman" belongs to, when the sentence makes it clear.

    "top Tories - including leader Michael Howard": the party named just
    before (within six tokens, no verb between). "Party chairman Liam Fox
    said the Tories ...": the one party the sentence (or, failing that, the
    sentence before) names. Two parties and no close one: unknown.
    """
    close = [t for t in doc[max(sent.start, d.start - 6):d.start] if t.ent_type_ == "PARTY"]
    # only punctuation or a preposition may stand between: "Labour's record and party leader X" is not Labour's
    if close and all(t.is_punct or t.dep_ == "prep" or t.pos_ == "ADP" for t in doc[close[-1].i + 1:d.start]):
        return party_of(close[-1])
    if not d.party_word:
        return None
    for span in (sent, previous):
        if span is None:
            continue
        found = {party_of(t) for t in span if t.ent_type_ == "PARTY"} - {None}
        if len(found) == 1:
            return found.pop()
        if found:
            return None
    return None


def bracketed(doc: Doc, mention: Span) -> Descriptor:
    """"Ann Clwyd (Lab, Cynon Valley)": the parliamentary convention for an MP's party and seat.

    Only a known party label opens the bracket, so "(pictured)" or "(MEP)"
    say nothing; a seat after the comma makes the person that seat's MP.
    """
    i = mention.end
    close = next((t.i for t in doc[i:min(len(doc), i + 10)] if t.text == ")"), None)
    if i >= len(doc) or doc[i].text != "(" or close is None:
        return Descriptor()
    inner = doc[i + 1:close]
    comma = next((t.i for t in inner if t.text == ","), close)
    party = BRACKET_LABELS.get(doc[i + 1:comma].text.strip())
    if party is None:
        return Descriptor()
    d = Descriptor(text=inner.text, parties=[party], start=i + 1, end=close)
    seat = doc[comma + 1:close].text.strip() if comma < close else ""
    if seat and all(w[:1].isupper() or w in ("and", "&", "upon", "on", "under", "-") for w in seat.split()):
        d.seat = normalise_constituency(seat)
        d.roles.append("mp")
    return d
