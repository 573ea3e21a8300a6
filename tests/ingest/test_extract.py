"""Extraction on short texts written for these tests: aliases, MP-for patterns, surname merge, evidence offsets."""
from __future__ import annotations

from datetime import date

from ingest.extract import extract, extract_many
from ingest.model import Article


def test_party_aliases_are_canonical(run):
    ex = run("The Tories and the Lib Dems attacked UKIP, while Labour and the SNP stayed quiet. "
             "Plaid and the Greens issued a joint statement.")
    assert set(ex.parties) == {"Conservative Party", "Liberal Democrats", "UK Independence Party", "Labour Party",
                               "Scottish National Party", "Plaid Cymru", "Green Party"}


def test_party_mp_before_name(run, facts):
    ex = run("Labour MP Harriet Exampleton called for a vote on the scheme.")
    assert ("Harriet Exampleton", "member_of", "Labour Party") in facts(ex)
    assert ("Harriet Exampleton", "holds_office", "MP") in facts(ex)
    [p] = ex.people
    assert p.party == "Labour Party"


def test_apposition_mp_for_seat(run, facts):
    ex = run("Gregor Plumtree, 61, MP for Mid-Wessex in the south, said the plan was dead.")
    assert ("Gregor Plumtree", "represents", "Mid Wessex") in facts(ex)
    assert "Mid Wessex" in ex.constituencies
    assert ex.people[0].constituency == "Mid Wessex"


def test_tory_leader_and_former_mp(run, facts):
    ex = run("Tory leader Marcus Fenwright opened the conference. "
             "Former Liberal Democrat MP Ada Quillon spoke next.")
    f = facts(ex)
    assert ("Marcus Fenwright", "leader_of", "Conservative Party") in f
    assert ("Marcus Fenwright", "member_of", "Conservative Party") in f
    assert ("Ada Quillon", "holds_office", "MP", "former") in f
    assert ("Ada Quillon", "member_of", "Liberal Democrats") in f


def test_seat_mp_reference_back_and_surname_merge(run, facts):
    text = ("Kent's only Green MP Rowena Castleby will stand again. "
            "The Hythe and Dymchurch MP, who heard the news on Friday, thanked members. "
            "Ms Castleby said she was delighted.")
    ex = run(text)
    assert [p.name for p in ex.people] == ["Rowena Castleby"]
    assert set(ex.people[0].mentions) == {"Rowena Castleby", "Ms Castleby"}
    f = facts(ex)
    assert ("Rowena Castleby", "member_of", "Green Party") in f
    assert ("Rowena Castleby", "represents", "Hythe and Dymchurch") in f
    assert "Hythe and Dymchurch" in ex.constituencies


def test_ampersand_seat_is_normalised(run, facts):
    ex = run("Conservative candidate Tobias Wrenfield hopes to win the Dunmore & Kelso seat.")
    assert "Dunmore and Kelso" in ex.constituencies
    assert ("Tobias Wrenfield", "member_of", "Conservative Party") in facts(ex)


def test_evidence_offsets_slice_the_sentence(run):
    text = "Opening words here.\n\nThe vote was close. Lib Dem MP Ivo Penhallow welcomed it. Nothing else happened."
    ex = run(text)
    assert ex.facts
    for fact in ex.facts:
        ev = fact.evidence
        assert text[ev.start:ev.end] == ev.sentence
        assert "Ivo Penhallow" in ev.sentence
        assert 0 < fact.confidence <= 1


def test_evidence_sentence_carries_no_paragraph_break(run):
    text = "Green MP Ivo Penhallow spoke today.\n\nThe vote was close."
    [fact] = [f for f in run(text).facts if f.predicate == "member_of"]
    assert fact.evidence.sentence == "Green MP Ivo Penhallow spoke today."
    assert text[fact.evidence.start:fact.evidence.end] == fact.evidence.sentence


def test_results_with_year_give_won_defeated_majority(run, facts):
    text = ("Sarah Jones won the Northmoor seat in 2019, beating Conservative candidate David Evans "
            "and increasing her majority to 2,345.")
    ex = run(text)
    f = facts(ex)
    assert ("Sarah Jones", "won", "2019 general election", "Northmoor") in f
    assert ("Sarah Jones", "defeated", "David Evans", "2019 general election") in f
    assert ("Sarah Jones", "majority", "2345", "2019 general election") in f
    assert ("David Evans", "lost", "2019 general election", "Northmoor") in f
    assert any(e.label == "2019 general election" and e.year == 2019 for e in ex.elections)
    [event] = [e for e in ex.events if e.type == "election"]
    assert event.date == "2019" and "Sarah Jones" in event.participants


def test_no_year_no_result(run):
    ex = run("Sarah Jones won the Northmoor seat, beating David Evans.")
    assert not [f for f in ex.facts if f.predicate in ("won", "defeated")]


def test_next_general_election_label(run):
    ex = run("Labour MP Owen Trask will stand down at the next general election.")
    assert [(e.label, e.year) for e in ex.elections] == [("next general election", None)]


def test_incidental_single_words_and_judges_dropped(run):
    ex = run("Mr Justice Halloway ruled on the case. Labour MP Priya Ventnor welcomed the ruling.")
    assert [p.name for p in ex.people] == ["Priya Ventnor"]


def test_trigger_ballot_event_dated_from_publication(run):
    text = ("Labour MP Dora Quayle survived a trigger ballot. "
            "Ms Quayle learned the result last night.")
    ex = run(text, published=date(2022, 7, 15))
    [event] = [e for e in ex.events if e.type == "selection"]
    assert event.subtype == "trigger ballot"
    assert event.date == "2022-07-14" and event.date_text == "last night"
    assert event.participants == ["Dora Quayle"]
    undated = run(text)
    assert [e.date for e in undated.events if e.type == "selection"] == [None]


def test_batch_matches_single_and_extractor_label(facts, nlp):
    arts = [Article(id=str(i), text=t) for i, t in enumerate(
        ["Tory MP Ellis Varley resigned.", "SNP leader Moira Galbraith spoke."])]
    batch = list(extract_many(arts, nlp))
    assert [b.article.id for b in batch] == ["0", "1"]
    assert [facts(b) for b in batch] == [facts(extract(a, nlp)) for a in arts]
    assert batch[0].extractor.startswith("hustings-ingest/")
    assert nlp.meta["version"] in batch[0].extractor


def test_to_gold_schema(run):
    ex = run("Labour MP Harriet Exampleton spoke.", published=date(2022, 1, 2))
    gold = ex.to_gold()
    assert set(gold) >= {"id", "people", "parties", "constituencies", "elections", "facts", "events"}
    assert gold["published"] == "2022-01-02"
    assert gold["people"][0]["name"] == "Harriet Exampleton"
    assert all(isinstance(row, list) and len(row) >= 3 for row in gold["facts"])


def test_shadow_post_is_not_the_government_post(run, facts):
    ex = run("Shadow chancellor Oliver Letwin attacked the budget. Chancellor Gordon Brown replied.")
    f = facts(ex)
    assert ("Oliver Letwin", "holds_office", "Shadow Chancellor") in f
    assert ("Oliver Letwin", "holds_office", "Chancellor") not in f
    assert ("Gordon Brown", "holds_office", "Chancellor") in f
