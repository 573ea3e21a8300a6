"""Article -> Extraction: people, parties, seats, elections, facts and a few events, each fact with its sentence.

The rules read what news writing makes explicit and leave the rest:
- a party, office or seat glued to a name ("Labour MP Diane Abbott",
  "Robert Jackson, 58, MP for Wantage") -> member_of / holds_office MP /
  represents / leader_of;
- a sentence that opens "The Canterbury and Whitstable MP, who ..." says the
  same about the person named just before;
- what a verb says its subject did: standing for a seat, defecting, leaving
  or being expelled, attacking or backing someone, representing a seat,
  serving in a post -> candidate_in / member_of / criticised / supported /
  represents / holds_office (clauses.py, turned into facts by actions.py);
- election results with a year in the same sentence (or a date resolvable to
  one) -> won / lost / defeated / majority (see results.py); winning a seat at
  the latest general election the article mentions -> represents it;
- trigger ballots, reselections and deselections -> selection events; a
  candidate picked by the party's NEC -> an "NEC selection" (happenings.py);
- a reported-speech verb with its own resolvable date -> a statement event;
- rows, scandals and affairs tied to a person -> a controversy event and
  [person, involved_in, label] (controversies.py).
Confidence says how direct the wording was (0.9 glued to the name, 0.75 in an
apposition, 0.6 through a reference back).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from . import __version__
from .actions import read_clauses
from .context import Descriptor, after, before, bracketed, context_party, definite_description, own_party
from .controversies import find_controversies
from .dates import YEAR_RE, TimeRef, resolve
from .happenings import nec_selections, own_subtree, statements
from .elections import GENERAL_ELECTION_YEARS, find_elections
from .model import Article, Election, Event, Evidence, Extraction, Fact, Person
from .names import TITLE_HONORIFICS, clean_person_name, cluster_names
from .nlp import model_label
from .offices import MP_WORDS, ROLE_NOUNS
from .parties import canonical_party, party_of
from .places import normalise_constituency
from .readers.errors import ReadError
from .results import find_results

DIRECT, APPOSITION, REFERENCE = 0.9, 0.75, 0.6
PRONOUNS = {"he", "she", "him", "her"}
SAY_VERBS = {"say", "tell", "add", "claim", "insist", "argue", "admit", "write", "declare", "announce"}
SELECTIONS = [("trigger ballot", "trigger ballot"), ("deselect", "deselection"), ("reselect", "reselection")]
RESULT_WORDS = {"result", "ballot", "vote", "count", "announced", "announcement"}


@dataclass
class Mention:
    span: Span
    name: str            # cleaned name
    honorific: str | None
    written: str         # as in the text, minus a possessive
    person: int = -1


@dataclass
class Draft:
    """A person while the article is being read; becomes a model.Person at the end."""
    name: str
    mentions: list[str] = field(default_factory=list)
    roles: list[str] = field(default_factory=list)


def extractor_label(nlp: Language) -> str:
    return f"hustings-ingest/{__version__} {model_label(nlp)}"


def extract(article: Article, nlp: Language) -> Extraction:
    return read_doc(article, nlp(article.text), extractor_label(nlp))


def extract_many(articles: Iterable[Article], nlp: Language,
                 batch_size: int = 32) -> Iterator[Extraction | ReadError]:
    """The batch form: one nlp.pipe over all texts, results in input order.

    An article the rules trip over comes out as a ReadError, so one odd text
    never costs the rest of the batch.
    """
    label = extractor_label(nlp)
    pairs = ((a.text, a) for a in articles)
    for doc, article in nlp.pipe(pairs, as_tuples=True, batch_size=batch_size):
        try:
            yield read_doc(article, doc, label)
        except Exception as exc:  # noqa: BLE001 - reported to the caller, batch goes on
            yield ReadError(article.url or article.id, f"could not extract article {article.id}: {exc!r}")


# --------------------------------------------------------------------------- reading one doc

class Reader:
    """Holds one article's doc, its people and the facts found so far."""

    def __init__(self, article: Article, doc: Doc):
        self.article = article
        self.doc = doc
        self.sents = list(doc.sents)
        self.sent_of = {}
        for n, s in enumerate(self.sents):
            for t in s:
                self.sent_of[t.i] = n
        self.seat_spans = list(doc.spans.get("constituency", []))
        self.quoted = quoted_tokens(doc)
        self.mentions = self._mentions()
        self.people = self._people()
        self.person_at: dict[int, int] = {}
        for m in self.mentions:
            if m.person >= 0:
                for t in m.span:
                    self.person_at[t.i] = m.person
        self.lead_person = self._lead_person()
        self.facts: dict[tuple, Fact] = {}
        self.elections: dict[str, Election] = {}
        self.events: list[Event] = []

    # -- people --------------------------------------------------------------
    def _mentions(self) -> list[Mention]:
        seat_names = {normalise_constituency(s.text).lower() for s in self.seat_spans}
        seat_tokens = {t.i for s in self.seat_spans for t in s}
        out = []
        for ent in self.doc.ents:
            if ent.label_ != "PERSON" or any(t.i in seat_tokens for t in ent):
                continue
            name, honorific = clean_person_name(ent.text)
            if not name or name.lower() in seat_names or any(s.startswith(name.lower() + " ") for s in seat_names):
                continue   # "Bethnal Green" beside the seat "Bethnal Green and Bow" is the place, not a person
            written = re.sub(r"['’]s?$", "", ent.text.strip().replace("\n", " "))
            written = re.sub(r"^(MPs?|-|–)\s+(-\s+)?", "", written)
            out.append(Mention(ent, name, honorific, written))
        return out

    def _people(self) -> list[Draft]:
        ids = cluster_names([(m.name, m.honorific) for m in self.mentions])
        groups: dict[int, list[Mention]] = {}
        for m, c in zip(self.mentions, ids):
            groups.setdefault(c, []).append(m)
        people = []
        for c in sorted(groups):
            ms = groups[c]
            full = [m.name for m in ms if len(m.name.split()) >= 2]
            single_bare = not full and all(m.honorific is None for m in ms)
            if single_bare and len(ms) < 2:
                continue   # a lone capitalised word ("Kent", "Telegraph") is more often a misread place or paper
            if full:
                name = max(full, key=lambda n: (len(n.split()), -full.index(n)))
            else:
                peer = next((m.honorific for m in ms if m.honorific in TITLE_HONORIFICS), None)
                name = f"{peer.title()} {ms[0].name}" if peer else ms[0].name
            draft = Draft(name=name)
            for m in ms:
                m.person = len(people)
                if m.written not in draft.mentions:
                    draft.mentions.append(m.written)
            people.append(draft)
        return people

    # -- references back -----------------------------------------------------
    def person_of_token(self, tok: Token) -> int | None:
        return self.person_at.get(tok.i)

    def last_named_before(self, sent_index: int) -> int | None:
        """The first person named in the nearest earlier sentence that names anyone: the story's current subject.

        Names inside quotation marks are skipped: in 'he wrote: "... Tony
        Blair rather than Michael Howard ..."' the writer, not the people he
        names, is who the story goes on about.
        """
        for n in range(sent_index - 1, -1, -1):
            sent = self.sents[n]
            for tok in sent:
                if tok.i in self.person_at and tok.i not in self.quoted:
                    return self.person_at[tok.i]
        return None

    def _names_own_subject(self, sent: Span, d: Descriptor) -> bool:
        """The description is glued to a name ("The Lib Dem chairman Matthew Taylor said"), or a named
        person is the sayer ("The Tory leader wanted ..., Mr Fox said"): not a reference back."""
        if any(t.i in self.person_at for t in self.doc[d.end:d.end + 2]):
            return True
        return any(t.i in self.person_at and t.dep_ == "nsubj" and t.head.lemma_.lower() in SAY_VERBS
                   for t in sent)

    def _lead_person(self) -> int | None:
        """The BBC lead: "A Conservative MP has defected to Labour. Robert Jackson, 58, said ..."

        A first sentence about "a/an <role>" that names nobody, followed by a
        sentence that opens with a name, is about that person.
        """
        if len(self.sents) < 2 or self.sents[0][0].lower_ not in ("a", "an"):
            return None
        if any(t.i in self.person_at for t in self.sents[0]):
            return None
        opening = [t for t in self.sents[1][:3] if t.i in self.person_at]
        return self.person_at[opening[0].i] if opening else None

    def refer(self, tok: Token) -> tuple[int | None, float]:
        """Who a subject token means: a named person, or (for he/she/"the MP") the person referred back to."""
        p = self.person_of_token(tok)
        if p is not None:
            return p, 1.0
        if self.lead_person is not None and tok.i < self.sents[0].end and tok.pos_ in ("NOUN", "PROPN") \
                and any(c.lower_ in ("a", "an") for c in tok.children):
            return self.lead_person, REFERENCE
        # "the minister", and "The MP" (which the tagger reads as a proper noun)
        the_role = any(c.lower_ == "the" for c in tok.children) and (
            tok.pos_ == "NOUN" or (tok.pos_ == "PROPN" and (tok.text in MP_WORDS or tok.lower_ in ROLE_NOUNS)))
        if tok.lower_ not in PRONOUNS and not the_role:
            return None, 0.0
        n = self.sent_of[tok.i]
        # "Diane Abbott ... said she had been elected": the sayer.
        head = tok.head
        for _ in range(4):
            if head.lemma_.lower() in SAY_VERBS:
                for child in head.children:
                    if child.dep_ == "nsubj" and child.i in self.person_at:
                        return self.person_at[child.i], 0.8
            if head.head is head:
                break
            head = head.head
        earlier = [t.i for t in self.sents[n] if t.i < tok.i and t.i in self.person_at
                   and self.doc[t.i].dep_ in ("nsubj", "nsubjpass")]
        if earlier:
            return self.person_at[earlier[-1]], 0.7
        return self.last_named_before(n), REFERENCE

    def refer_strict(self, tok: Token) -> tuple[int | None, float]:
        """`refer`, except that a common noun other than a role word ("critics", "the top civil servant") is nobody we know."""
        if tok.pos_ == "NOUN" and tok.lower_ not in ROLE_NOUNS and tok.text not in MP_WORDS:
            return None, 0.0
        return self.refer(tok)

    # -- facts ----------------------------------------------------------------
    def evidence(self, sent: Span) -> Evidence:
        """The sentence without the paragraph break spaCy leaves on its end; offsets still slice it exactly."""
        text = sent.text.rstrip()
        start = sent.start_char + (len(text) - len(text.lstrip()))
        return Evidence(text.strip(), start, sent.start_char + len(text))

    def add(self, subject: str, predicate: str, obj: str, sent: Span, confidence: float, **extra) -> None:
        fact = Fact(subject, predicate, obj, evidence=self.evidence(sent), confidence=round(confidence, 2), **extra)
        key = (subject, predicate, obj, fact.former)
        old = self.facts.get(key)
        if old is None or old.confidence < fact.confidence or (
                predicate == "candidate_in" and fact.constituency and not old.constituency):
            self.facts[key] = fact

    def describe_person(self, p: int, d: Descriptor, sent: Span, confidence: float) -> None:
        if d.empty:
            return
        if d.needs_party:
            party = context_party(self.doc, sent, d, self.sents[self.sent_of[sent.start] - 1]
                                  if self.sent_of[sent.start] > 0 else None)
            if party:
                d = d.with_party(self.doc, party)
                confidence *= 0.9
        name = self.people[p].name
        if d.text and (d.roles or d.posts) and d.text not in self.people[p].roles:
            self.people[p].roles.append(d.text.strip(" ,"))
        for party in d.parties:
            self.add(name, "member_of", party, sent, confidence)
        if len(d.parties) == 1 and "leader" in d.roles:
            self.add(name, "leader_of", d.parties[0], sent, confidence, former=d.former)
        if d.is_mp:
            self.add(name, "holds_office", "MP", sent, confidence, former=d.former)
            if d.seat:
                self.add(name, "represents", d.seat, sent, confidence, former=d.former)
        for post in d.posts:
            self.add(name, "holds_office", post, sent, confidence, former=d.former)
        if "candidate" in d.roles and d.seat is None:
            seat = self._candidate_seat(d)
            if seat:
                self.add(name, "candidate_in", "next general election", sent, confidence * 0.8, constituency=seat)

    def _candidate_seat(self, d: Descriptor) -> str | None:
        for span in self.seat_spans:
            if span.start >= 2 and self.doc[span.start - 1].lower_ == "for" and self.doc[span.start - 2].lower_ == "candidate" \
                    and d.start <= span.start - 2 < d.end:
                return normalise_constituency(span.text)
        return None

    def read_descriptions(self) -> None:
        for m in self.mentions:
            if m.person < 0:
                continue
            sent = m.span.sent
            self.describe_person(m.person, before(self.doc, m.span), sent, DIRECT)
            self.describe_person(m.person, after(self.doc, m.span), sent, APPOSITION)
            self.describe_person(m.person, bracketed(self.doc, m.span), sent, DIRECT)
            party = own_party(self.doc, m.span)
            if party:
                self.add(self.people[m.person].name, "member_of", party, sent, APPOSITION)
        if self.lead_person is not None:
            d = definite_description(self.doc, self.sents[0], ("a", "an"))
            if d is not None:
                self.describe_person(self.lead_person, d, self.sents[0], REFERENCE)
        for n, sent in enumerate(self.sents):
            d = definite_description(self.doc, sent)
            # "The Lib Dem chairman Matthew Taylor said", "The Tory leader wanted..., Mr Fox said":
            # a sentence that names someone is not a reference back to the last sentence's person.
            if d is None or self._names_own_subject(sent, d):
                continue
            p = self.last_named_before(n)
            if p is not None:
                self.describe_person(p, d, sent, REFERENCE)

    # -- results and elections ------------------------------------------------
    def date_entities(self, sent: Span) -> list[TimeRef]:
        """The sentence's DATE and TIME entities, each resolved against the publication date."""
        return [resolve(e.text, self.article.published) for e in sent.ents if e.label_ in ("DATE", "TIME")]

    def sentence_dates(self, sent: Span) -> list[TimeRef]:
        """The date entities; when none resolves, every bare year in the sentence (the model tags not every year DATE)."""
        refs = self.date_entities(sent)
        if not any(r.date for r in refs):
            refs = [resolve(m.group(0), self.article.published) for m in re.finditer(rf"\b{YEAR_RE}\b", sent.text)]
        return refs

    def sentence_seat(self, sent: Span) -> str | None:
        for span in self.seat_spans:
            if sent.start <= span.start < sent.end:
                return normalise_constituency(span.text)
        return None

    def name_of(self, tok: Token) -> str | None:
        """Who an object token names in the sentence: a person's mention or a party, never a pronoun."""
        p = self.person_of_token(tok)
        if p is not None:
            return self.people[p].name
        return party_of(tok)

    def read_results(self) -> None:
        for sent in self.sents:
            years = [r.year for r in self.sentence_dates(sent) if r.year]
            if not years:
                continue
            # "in January ... won the seat in 2017": an election year beats any other year in the sentence.
            years.sort(key=lambda y: y not in GENERAL_ELECTION_YEARS)
            seat = self.sentence_seat(sent)
            for res in find_results(sent, years[0], seat):
                if res.subject is None:
                    continue
                party = party_of(res.subject)
                p, how_sure = self.refer(res.subject)
                label = res.election.label
                if p is None and party and "general election" in sent.text.lower():
                    self.add(party, "won", label, sent, 0.7)
                    self.elections.setdefault(label, res.election)
                    continue
                if p is None:
                    continue
                winner = self.people[p].name
                conf = 0.85 * max(how_sure, REFERENCE)
                own_seat = seat or self.person_seat(winner)
                self.elections.setdefault(label, res.election)
                self.add(winner, "won", label, sent, conf, constituency=own_seat)
                for tok in res.also_elected:
                    q = self.person_of_token(tok)
                    if q is not None and q != p:
                        self.add(self.people[q].name, "won", label, sent, conf * 0.9)
                beaten = list(res.beaten) + self._candidates_in(sent, exclude=p)
                for tok in beaten:
                    loser = self.name_of(tok)
                    if not loser or loser == winner:
                        continue
                    self.add(winner, "defeated", loser, sent, conf * 0.9, election=label)
                    if self.person_of_token(tok) is not None:
                        self.add(loser, "lost", label, sent, conf * 0.9, constituency=own_seat)
                if res.majority:
                    self.add(winner, "majority", res.majority, sent, conf, election=label)

    def seats_from_wins(self) -> None:
        """Winning a named seat at the latest general election the article mentions means holding it now.

        Only the latest: a seat won in 1987 and an article about 2005 say
        nothing about today, and later elections may have changed hands.
        """
        wins = [f for f in self.facts.values() if f.predicate == "won" and f.constituency
                and f.object.endswith("general election")]
        if not wins:
            return
        latest = max(int(f.object[:4]) for f in wins)
        mentioned = [e.year for e in self.elections.values() if e.year]
        if mentioned and max(mentioned) > latest:
            return
        for f in wins:
            if int(f.object[:4]) == latest and not any(
                    g.subject == f.subject and g.predicate == "represents" for g in self.facts.values()):
                sent = self.doc.char_span(f.evidence.start, f.evidence.end, alignment_mode="expand")
                self.add(f.subject, "represents", f.constituency, sent, 0.6)
                self.add(f.subject, "holds_office", "MP", sent, 0.6)

    def _candidates_in(self, sent: Span, exclude: int) -> list[Token]:
        """People in the sentence introduced as candidates ("for the Liberal Democrat candidate Peter Carroll")."""
        out = []
        for m in self.mentions:
            if m.person < 0 or m.person == exclude or not (sent.start <= m.span.start < sent.end):
                continue
            if "candidate" in before(self.doc, m.span).roles:
                out.append(m.span[0])
        return out

    def person_seat(self, name: str) -> str | None:
        """The seat the person holds now; a former seat says nothing about where they stand next."""
        for (s, pred, o, former), _ in self.facts.items():
            if s == name and pred == "represents" and not former:
                return o
        return None

    # -- events ----------------------------------------------------------------
    def read_events(self) -> None:
        for election in self.elections.values():
            if election.year is None:
                continue
            who = sorted({f.subject for f in self.facts.values()
                          if f.predicate in ("won", "lost") and f.object == election.label})
            if not who:
                continue
            first = next(f for f in self.facts.values() if f.predicate in ("won", "lost") and f.object == election.label)
            self.events.append(Event(election.label, "election", str(election.year), None, who, first.evidence))
        done = set()
        for n, sent in enumerate(self.sents):
            lower = sent.text.lower()
            for word, subtype in SELECTIONS:
                if word not in lower or subtype in done:
                    continue
                done.add(subtype)
                who = [self.people[p].name for p in dict.fromkeys(
                    self.person_at[t.i] for t in sent if t.i in self.person_at)]
                if not who:
                    p = self.last_named_before(n)
                    who = [self.people[p].name] if p is not None else []
                when = self._event_date(n)
                label = f"{who[0]} {subtype}" if who else subtype
                self.events.append(Event(label, "selection", when.date if when else None,
                                         when.text if when else None, who, self.evidence(sent), subtype))

    def _person_token(self, tok: Token) -> int | None:
        """A named person, he/she or a role noun referring back; a party or any other noun is nobody we know."""
        if party_of(tok):
            return None
        return self.refer_strict(tok)[0]

    def read_happenings(self) -> None:
        """NEC selections and dated statements (see happenings.py)."""
        for n, sent in enumerate(self.sents):
            for pick in nec_selections(sent):
                p = self._person_token(pick.person)
                if p is None:
                    continue
                name = self.people[p].name
                when = self._clause_date(pick.verb)
                if when is None and pick.pluperfect:
                    when = self._election_just_won(name, n)
                self.events.append(Event(f"{name} NEC selection", "selection", when.date if when else None,
                                         when.text if when else None, [name], self.evidence(sent), "NEC selection"))
            for st in statements(sent):
                when = resolve(st.date.text, self.article.published)
                p = self._person_token(st.subject)
                if when.date is None or p is None:
                    continue
                name = self.people[p].name
                self.events.append(Event(f"{name} {st.verb.text} {st.text}", "statement", when.date,
                                         when.text, [name], self.evidence(sent)))

    def _clause_date(self, verb: Token) -> TimeRef | None:
        """A date in the verb's own clause (not in a clause joined to it by "and")."""
        clause = {t.i for t in own_subtree(verb)}
        for ent in verb.sent.ents:
            if ent.label_ == "DATE" and ent.start in clause:
                ref = resolve(ent.text, self.article.published)
                if ref.date:
                    return ref
        return None

    def _election_just_won(self, name: str, n: int) -> TimeRef | None:
        """"won the seat in 2017. She had been selected ...": the pluperfect reaches back to the win just told."""
        for m in (n, n - 1):
            if m < 0:
                continue
            ev = self.evidence(self.sents[m])
            for f in self.facts.values():
                if f.subject == name and f.predicate == "won" and f.evidence and f.evidence.start == ev.start:
                    year = next((e.year for e in self.elections.values() if e.label == f.object and e.year), None)
                    if year:
                        return TimeRef(f.object, str(year), "year")
        return None

    def read_controversies(self) -> None:
        """Rows and scandals tied to a person: a controversy event and [person, involved_in, its label]."""
        by_label: dict[str, Event] = {}
        for sent in self.sents:
            for c in find_controversies(self.doc, sent, self.person_at):
                # "the top civil servant at the centre of ...": a noun that is no role is nobody we know
                p = self.refer_strict(c.subject)[0] if c.subject is not None else None
                tied = p is not None
                if p is None and c.named is not None:
                    p = self.person_at.get(c.named.start)
                if p is None:
                    continue
                name = self.people[p].name
                when = resolve(self.doc[c.date_start:c.date_end].text, self.article.published) \
                    if c.date_start is not None else None
                event = by_label.get(c.label)
                if event is None:
                    event = Event(c.label, "controversy", when.date if when else None,
                                  when.text if when else None, [], self.evidence(sent))
                    by_label[c.label] = event
                    self.events.append(event)
                if name not in event.participants:
                    event.participants.append(name)
                self.add(name, "involved_in", c.label, sent, 0.7 if tied else 0.6)

    def _event_date(self, n: int) -> TimeRef | None:
        """A date in the sentence; else in the next one when it reports the outcome ("learned the result last night")."""
        candidates = [self.sents[n]]
        if n + 1 < len(self.sents) and any(w in self.sents[n + 1].text.lower() for w in RESULT_WORDS):
            candidates.append(self.sents[n + 1])
        for sent in candidates:
            refs = self.date_entities(sent)
            dated = [r for r in refs if r.date]
            if dated:
                return dated[0]
            if refs and sent is self.sents[n]:
                return refs[0]
        return None

    # -- output ----------------------------------------------------------------
    def build(self, extractor: str) -> Extraction:
        self.read_descriptions()
        read_clauses(self)
        self.read_results()
        for e in find_elections(self.article.text):
            self.elections.setdefault(e.label, e)
        self.seats_from_wins()
        self.read_events()
        self.read_controversies()
        self.read_happenings()
        facts = list(self.facts.values())
        people = []
        for d in self.people:
            party = _best(facts, d.name, "member_of")
            seat = _best(facts, d.name, "represents") or _best(facts, d.name, "candidate_in", attr="constituency")
            people.append(Person(d.name, d.mentions, party, seat, d.roles))
        parties = list(dict.fromkeys(
            e.ent_id_ or canonical_party(e.text) for e in self.doc.ents if e.label_ == "PARTY"))
        parties = [p for p in parties if p]
        seats = [normalise_constituency(s.text) for s in self.seat_spans]
        seats += [f.object for f in facts if f.predicate == "represents"]
        seats += [f.constituency for f in facts if f.constituency]
        return Extraction(
            article=self.article,
            people=people,
            parties=parties,
            constituencies=list(dict.fromkeys(s for s in seats if s)),
            elections=list(self.elections.values()),
            facts=facts,
            events=self.events,
            extractor=extractor,
        )


def quoted_tokens(doc: Doc) -> set[int]:
    """Token indices inside quotation marks; a paragraph break closes an unbalanced quote."""
    inside, out = False, set()
    for tok in doc:
        if tok.text in ('"', "“", "”", "''", "``"):
            inside = tok.text == "“" or (tok.text in ('"', "``", "''") and not inside)
            continue
        if "\n" in tok.text or (tok.i > 0 and "\n" in doc[tok.i - 1].whitespace_):
            inside = False
        if inside:
            out.add(tok.i)
    return out


def _best(facts: list[Fact], subject: str, predicate: str, attr: str = "object") -> str | None:
    """The most confident current fact's value: Person.party / Person.constituency agree with the facts."""
    rows = [f for f in facts if f.subject == subject and f.predicate == predicate]
    rows.sort(key=lambda f: (f.former, -f.confidence))
    return getattr(rows[0], attr) if rows else None


def read_doc(article: Article, doc: Doc, extractor: str) -> Extraction:
    return Reader(article, doc).build(extractor)
