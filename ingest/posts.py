"""Office names built from the words of a descriptor: portfolio ministers and party officers.

The titled-post list in offices.py only knows the great offices of state.
News also writes "immigration minister Beverley Hughes", "Northern Ireland
minister Sir Nicholas Scott", "minister for Europe", "Labour chairman Ian
McCartney" and "Lib Dem elections chief Lord Rennard". These posts are open
ended, so their names are read off the text rather than looked up: the
portfolio words before "minister", or the words after the party before a
party-officer noun. Party names are written in one attributive form so the
same post gets the same name whichever alias the article used.
"""
from __future__ import annotations

from spacy.tokens import Doc

from .offices import FORMER_WORDS

# Words between a party and a name that make a post in the party's own organisation.
PARTY_OFFICER_NOUNS = {"chairman", "chairwoman", "chair", "treasurer", "coordinator", "co-ordinator",
                       "chief", "director", "secretary"}
# The party's formal chair: named with the party's full name ("Labour Party chairman").
FORMAL_CHAIR = {"chairman", "chairwoman", "chair"}
# Attributive forms: "Liberal Democrats" reads as "Liberal Democrat" before a noun.
ATTRIBUTIVE = {"Conservative Party": "Conservative", "Labour Party": "Labour",
               "Liberal Democrats": "Liberal Democrat", "Green Party": "Green"}
UK_NATIONS = {"Welsh", "Scottish", "British", "English", "UK", "Wales", "Scotland", "England", "Northern", "Ireland"}
# Words before "minister" that qualify the person, not the portfolio.
NOT_PORTFOLIO = FORMER_WORDS | {"senior", "junior", "cabinet", "government", "uk", "british", "veteran", "new",
                                "shadow", "labour", "tory", "conservative", "a", "an", "the", "his", "her",
                                "-", "sacked", "defeated", "resigned", "prime", "and", "'s", "’s"}


def portfolio_minister(doc: Doc, i: int, start: int, end: int) -> str | None:
    """The post for the word "minister" at token i inside run [start, end): "immigration minister", "Minister for Europe".

    A bare "minister" gives "minister": the text says the person is or was
    one, not which.
    """
    if i + 2 < end and doc[i + 1].lower_ == "for" and doc[i + 2].pos_ in ("PROPN", "NOUN"):
        words = []
        for tok in doc[i + 2:end]:
            if tok.pos_ in ("PROPN", "NOUN") or (tok.lower_ == "and" and words):
                words.append(tok.text)
            else:
                break
        while words and words[-1] == "and":
            words.pop()
        return "Minister for " + " ".join(words)
    j = i
    while j > start and doc[j - 1].lower_ not in NOT_PORTFOLIO and doc[j - 1].ent_type_ not in ("PARTY", "PERSON") \
            and doc[j - 1].pos_ in ("NOUN", "PROPN", "ADJ") and doc[j - 1].is_alpha:
        j -= 1
    # "the Italian finance minister": another country's government, not a UK post
    if any(t.ent_type_ in ("NORP", "GPE") and t.text not in UK_NATIONS for t in doc[max(start, j - 1):i]):
        return None
    words = [t.text for t in doc[j:i]]
    if not words:
        return "minister"
    words[0] = words[0][:1].upper() + words[0][1:]
    return " ".join(words + ["minister"])


def party_officer(doc: Doc, start: int, end: int, party: str | None) -> str | None:
    """"Labour chairman" -> "Labour Party chairman"; "Lib Dem's elections chief" -> "Liberal Democrat elections chief".

    The post is the words from just after the party to the last officer noun
    in the run. Only a run that names the party (or a party made clear by
    the sentence, passed in) gives a post: "committee chairman" is not a
    party office.
    """
    if party is None:
        return None
    toks = list(doc[start:end])
    after_party = next((k + 1 for k in range(len(toks) - 1, -1, -1) if toks[k].ent_type_ == "PARTY"), None)
    if after_party is None:
        after_party = next((k + 1 for k, t in enumerate(toks) if t.lower_ == "party"), 0)
    words = [t for t in toks[after_party:] if t.text not in ("'s", "’s", "'")]
    while words and words[0].lower_ in FORMER_WORDS:
        words = words[1:]
    last = max((k for k, t in enumerate(words) if t.lower_ in PARTY_OFFICER_NOUNS), default=None)
    if last is None:
        return None
    words = words[:last + 1]
    if any(t.lower_ in ("mp", "mps", "minister", "leader", "candidate") or t.ent_type_ == "PERSON" for t in words):
        return None
    if words[-1].lower_ == "secretary" and not (len(words) >= 2 and words[-2].lower_ == "general"):
        return None   # "Tory health secretary" is a shadow post, not a party office
    role = "".join(t.text_with_ws for t in words).strip().lower()   # "co-chairman" stays one word
    if role in FORMAL_CHAIR and party.endswith(" Party"):
        return f"{party} {role}"
    return f"{ATTRIBUTIVE.get(party, party)} {role}"
