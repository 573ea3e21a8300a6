"""Hand-built Extractions for tests (graph/ and webapp/): two short articles we wrote ourselves.

They paraphrase public facts about Rosie Duffield (Labour MP for Canterbury
and Whitstable in this fixture): won in 2017 over Julian Brazier by 187 votes,
held the seat in 2019 against Anna Firth with a majority of 1,836, survived a
trigger ballot in July 2022, a long-running trans-rights row, and left Labour
in September 2024. Offsets are computed from our own text, so they are exact.

    from fixtures import sample_extraction, sample_extractions
"""
from __future__ import annotations

from datetime import date

from ingest.model import Article, Election, Event, Evidence, Extraction, Fact, Person

EXTRACTOR = "hustings/0.1.0 core_web_sm/3.8.0"

TEXT_2022 = (
    "Labour MP Rosie Duffield has survived a trigger ballot and will stand again in "
    "Canterbury and Whitstable at the next general election. "
    "Local members and affiliates voted in July 2022, and most backed the sitting MP over an open selection. "
    "Ms Duffield first took the seat at the 2017 general election, beating the Conservative Julian Brazier by 187 votes. "
    "Mr Brazier, a Conservative, had held the seat for three decades before that defeat. "
    "At the 2019 general election she saw off Anna Firth and raised her majority to 1,836. "
    "For two years the MP has been at the centre of a row over trans rights."
)

TEXT_2024 = (
    "Canterbury and Whitstable MP Rosie Duffield has quit the Labour Party to sit as an independent. "
    "In a letter on Saturday she accused Prime Minister Keir Starmer of hypocrisy. "
    "She had been a Labour MP since 2017."
)


def _ev(text: str, sentence: str) -> Evidence:
    start = text.index(sentence)
    return Evidence(sentence=sentence, start=start, end=start + len(sentence))


def _sentence(text: str, fragment: str) -> Evidence:
    """Evidence for the whole sentence of `text` that contains `fragment`."""
    at = text.index(fragment)
    start = text.rfind(". ", 0, at)
    start = 0 if start < 0 else start + 2
    end = text.find(". ", at)
    end = len(text) if end < 0 else end + 1
    return _ev(text, text[start:end])


def extraction_2022() -> Extraction:
    """The trigger-ballot story: party, seat, two won elections with majorities and rivals, a selection, a controversy."""
    t = TEXT_2022
    article = Article(
        id="kent-duffield-trigger-ballot-2022", text=t,
        title="Rosie Duffield survives trigger ballot",
        url="https://example.org/news/duffield-trigger-ballot", published=date(2022, 7, 22),
        source="Example Kent News", author="A. Reporter",
    )
    return Extraction(
        article=article,
        people=[
            Person("Rosie Duffield", mentions=["Rosie Duffield", "Ms Duffield"], party="Labour Party",
                   constituency="Canterbury and Whitstable", roles=["MP for Canterbury and Whitstable"]),
            Person("Julian Brazier", mentions=["Julian Brazier", "Mr Brazier"], party="Conservative Party",
                   constituency="Canterbury and Whitstable", roles=["former Conservative MP"]),
            Person("Anna Firth", mentions=["Anna Firth"], party=None, constituency=None, roles=[]),
        ],
        parties=["Labour Party", "Conservative Party"],
        constituencies=["Canterbury and Whitstable"],
        elections=[
            Election("2017 general election", 2017),
            Election("2019 general election", 2019),
            Election("next general election", None),
        ],
        facts=[
            Fact("Rosie Duffield", "member_of", "Labour Party", _sentence(t, "Labour MP Rosie"), 0.9),
            Fact("Rosie Duffield", "represents", "Canterbury and Whitstable", _sentence(t, "sitting MP"), 0.7),
            Fact("Rosie Duffield", "candidate_in", "next general election", _sentence(t, "stand again"), 0.8,
                 constituency="Canterbury and Whitstable"),
            Fact("Rosie Duffield", "won", "2017 general election", _sentence(t, "first took the seat"), 0.9,
                 constituency="Canterbury and Whitstable"),
            Fact("Rosie Duffield", "defeated", "Julian Brazier", _sentence(t, "first took the seat"), 0.85,
                 election="2017 general election"),
            Fact("Rosie Duffield", "majority", "187", _sentence(t, "first took the seat"), 0.8,
                 election="2017 general election"),
            Fact("Julian Brazier", "lost", "2017 general election", _sentence(t, "first took the seat"), 0.8,
                 constituency="Canterbury and Whitstable"),
            Fact("Julian Brazier", "member_of", "Conservative Party", _sentence(t, "Mr Brazier, a Conservative"), 0.8),
            Fact("Julian Brazier", "represents", "Canterbury and Whitstable", _sentence(t, "three decades"), 0.7,
                 former=True),
            Fact("Rosie Duffield", "won", "2019 general election", _sentence(t, "saw off Anna Firth"), 0.9,
                 constituency="Canterbury and Whitstable"),
            Fact("Rosie Duffield", "defeated", "Anna Firth", _sentence(t, "saw off Anna Firth"), 0.85,
                 election="2019 general election"),
            Fact("Rosie Duffield", "majority", "1836", _sentence(t, "saw off Anna Firth"), 0.85,
                 election="2019 general election"),
            Fact("Rosie Duffield", "involved_in", "trans rights row", _sentence(t, "trans rights"), 0.75),
        ],
        events=[
            Event("Rosie Duffield survives Labour trigger ballot", type="selection", date="2022-07",
                  date_text="in July 2022", participants=["Rosie Duffield", "Labour Party"],
                  evidence=_sentence(t, "voted in July 2022"), subtype="trigger ballot"),
            Event("2017 general election", type="election", date="2017",
                  participants=["Rosie Duffield", "Julian Brazier"], evidence=_sentence(t, "first took the seat")),
            Event("2019 general election", type="election", date="2019",
                  participants=["Rosie Duffield", "Anna Firth"], evidence=_sentence(t, "saw off Anna Firth")),
            Event("trans rights row", type="controversy", date=None, date_text="for two years",
                  participants=["Rosie Duffield"], evidence=_sentence(t, "trans rights")),
        ],
        extractor=EXTRACTOR,
    )


def extraction_2024() -> Extraction:
    """The resignation story: a former membership, a defection with a day date, a criticism, an office."""
    t = TEXT_2024
    article = Article(
        id="duffield-quits-labour-2024", text=t, title="Rosie Duffield quits Labour",
        url="https://example.org/news/duffield-quits", published=date(2024, 9, 29),
        source="Example Kent News",
    )
    return Extraction(
        article=article,
        people=[
            Person("Rosie Duffield", mentions=["Rosie Duffield"], party=None,
                   constituency="Canterbury and Whitstable", roles=["independent MP"]),
            Person("Keir Starmer", mentions=["Keir Starmer"], party=None, roles=["Prime Minister"]),
        ],
        parties=["Labour Party"],
        constituencies=["Canterbury and Whitstable"],
        elections=[],
        facts=[
            Fact("Rosie Duffield", "member_of", "Labour Party", _sentence(t, "has quit"), 0.9, former=True),
            Fact("Rosie Duffield", "represents", "Canterbury and Whitstable", _sentence(t, "has quit"), 0.85),
            Fact("Keir Starmer", "holds_office", "Prime Minister", _sentence(t, "hypocrisy"), 0.8),
            Fact("Rosie Duffield", "criticised", "Keir Starmer", _sentence(t, "hypocrisy"), 0.7),
        ],
        events=[
            Event("Rosie Duffield resigns from Labour", type="defection", date="2024-09-28",
                  date_text="on Saturday", participants=["Rosie Duffield", "Labour Party"],
                  evidence=_sentence(t, "has quit")),
        ],
        extractor=EXTRACTOR,
    )


def sample_extraction() -> Extraction:
    """The richer of the two articles (2022): enough for most single-article tests."""
    return extraction_2022()


def sample_extractions() -> list[Extraction]:
    """Both articles; together they cover every kind of fact and event the model has."""
    return [extraction_2022(), extraction_2024()]
