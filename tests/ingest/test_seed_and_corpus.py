"""The seed article and the BBC corpus, read from ../shared at test time (skipped when it is absent)."""
from __future__ import annotations

import json
from datetime import date

import pytest

from ingest.extract import extract, extract_many
from ingest.readers import ReadError, read_path


@pytest.fixture(scope="module")
def seed(shared_dir, nlp):
    path = shared_dir / "seed" / "kentonline-duffield-2022.txt"
    if not path.exists():
        pytest.skip("seed article not available")
    [article] = list(read_path(path, published=date(2022, 7, 15)))
    return extract(article, nlp)


def test_seed_people_party_seat(seed):
    names = [p.name for p in seed.people]
    assert "Rosie Duffield" in names
    duffield = next(p for p in seed.people if p.name == "Rosie Duffield")
    assert "Ms Duffield" in duffield.mentions
    assert duffield.party == "Labour Party"
    assert duffield.constituency == "Canterbury and Whitstable"
    assert "Labour Party" in seed.parties
    assert "Canterbury and Whitstable" in seed.constituencies


def test_seed_facts(seed):
    rows = {tuple(f.to_gold()[:3]) for f in seed.facts}
    assert ("Rosie Duffield", "member_of", "Labour Party") in rows
    assert ("Rosie Duffield", "represents", "Canterbury and Whitstable") in rows
    assert ("Rosie Duffield", "won", "2017 general election") in rows
    assert ("Rosie Duffield", "defeated", "Anna Firth") in rows
    assert ("Rosie Duffield", "majority", "1836") in rows
    for f in seed.facts:
        assert seed.article.text[f.evidence.start:f.evidence.end] == f.evidence.sentence


def test_seed_trigger_ballot_event(seed):
    [ballot] = [e for e in seed.events if e.subtype == "trigger ballot"]
    assert ballot.type == "selection"
    assert "Rosie Duffield" in ballot.participants
    assert ballot.date == "2022-07-14"


def test_corpus_runs_without_errors(shared_dir, nlp):
    path = shared_dir / "corpus" / "bbc-politics.jsonl"
    if not path.exists():
        pytest.skip("corpus not available")
    items = list(read_path(path))
    assert not [i for i in items if isinstance(i, ReadError)]
    sample = items[:40]
    out = list(extract_many(sample, nlp))
    assert len(out) == len(sample)
    json.dumps([e.to_gold() for e in out])     # everything serialises


def test_seed_majority_dated_relatively(seed, facts):
    rows = facts(seed)
    assert ("Rosie Duffield", "majority", "187", "2017 general election") in rows
    assert ("Rosie Duffield", "majority", "1836", "2019 general election") in rows


def test_seed_controversy(seed, facts):
    [row] = [e for e in seed.events if e.type == "controversy"]
    assert row.label == "row over trans rights"
    assert row.date == "2020" and row.date_text == "for the past two years"
    assert row.participants == ["Rosie Duffield"]
    assert ("Rosie Duffield", "involved_in", row.label) in facts(seed)


def test_seed_nec_selection_and_statement(seed):
    [nec] = [e for e in seed.events if e.subtype == "NEC selection"]
    assert nec.type == "selection" and nec.date == "2017" and nec.participants == ["Rosie Duffield"]
    [said] = [e for e in seed.events if e.type == "statement"]
    assert said.date == "2022-01" and said.participants == ["Rosie Duffield"]
    assert "considering her position" in said.label


def test_seed_roles_and_title(seed):
    duffield = next(p for p in seed.people if p.name == "Rosie Duffield")
    assert "Kent's only Labour MP" in duffield.roles
    assert not any(r.startswith(("'", "’")) for p in seed.people for r in p.roles)
    assert seed.article.title == ""                      # site furniture is no headline
    assert seed.article.text.startswith("Kent's only Labour MP")
