"""Controversies, NEC selections, dated statements, results dated relatively, and role strings (texts written here)."""
from __future__ import annotations

from datetime import date

PUB = date(2022, 7, 15)


def controversies(ex):
    return [e for e in ex.events if e.type == "controversy"]


# -- results with a relative date -------------------------------------------------

RELATIVE_WIN = ("Green MP Rowena Castleby thanked her members on Friday. "
                "The MP, who has faced criticism from farmers, became the seat's first Green representative "
                "after defeating the Tories by 312 votes five years ago.")


def test_relative_date_gives_the_general_election_when_dated(run, facts):
    ex = run(RELATIVE_WIN, PUB)
    f = facts(ex)
    assert ("Rowena Castleby", "majority", "312", "2017 general election") in f
    assert ("Rowena Castleby", "won", "2017 general election") in {x[:3] for x in f}


def test_relative_date_is_not_guessed_when_undated(run, facts):
    ex = run(RELATIVE_WIN)
    assert not [x for x in facts(ex) if x[1] in ("majority", "won")]


def test_relative_year_that_is_no_general_election_gives_no_result(run, facts):
    ex = run(RELATIVE_WIN.replace("five years ago", "four years ago"), PUB)   # 2018
    assert not [x for x in facts(ex) if x[1] in ("majority", "won")]


# -- controversies ---------------------------------------------------------------

def test_embroiled_in_a_row_with_a_dated_span(run, facts):
    ex = run("Labour MP Harriet Exampleton spoke at the hustings. "
             "The MP, who has been embroiled in a row about bus lanes for the past three years, "
             "said she would stand again.", PUB)
    [c] = controversies(ex)
    assert c.label == "row over bus lanes"
    assert c.date == "2019" and c.date_text == "for the past three years"
    assert c.participants == ["Harriet Exampleton"]
    assert ("Harriet Exampleton", "involved_in", "row over bus lanes") in facts(ex)


def test_centre_of_a_row_and_name_in_the_label(run):
    ex = run("Tory MP Gregor Plumtree was at the centre of a row over his expenses claims. "
             "Separately, the Gordon Hartley loans affair rumbled on, and Tory MP Gordon Hartley kept quiet.")
    labels = {c.label: c.participants for c in controversies(ex)}
    assert labels.get("row over his expenses claims") == ["Gregor Plumtree"]
    assert labels.get("Gordon Hartley loans affair") == ["Gordon Hartley"]


def test_the_row_over_a_persons_remarks(run):
    ex = run("Voters were unmoved by the row over Mr Quillon's remarks on tax.")
    [c] = controversies(ex)
    assert c.participants == ["Quillon"]
    assert c.label == "row over Mr Quillon's remarks on tax"
    assert c.date is None


def test_hyphenated_affair_name(run, facts):
    ex = run("Lib Dem peer Lord Tavistow was caught up in the cash-for-seats affair.")
    [c] = controversies(ex)
    assert c.label == "cash-for-seats affair"
    assert ("Lord Tavistow", "involved_in", "cash-for-seats affair") in facts(ex)


def test_no_controversy_without_a_clear_person(run, facts):
    texts = [
        "The row over bus lanes grew as councillors met again.",               # nobody named
        "Labour MP Harriet Exampleton said the row was a distraction.",          # the row has no name
        "The party won three seats in a row, Marcus Fenwright said.",            # a row of wins
        "Ministers are at the centre of a row over funding, Ada Quillon said.",  # the ministers, not the sayer
        "A series of scandals followed the vote, Gregor Plumtree said.",         # no tie, no name
        "The foreign affairs spokesman, Ada Quillon, spoke.",                    # a portfolio
        "Voters were unmoved by the row over the budget of Mr Quillon.",        # the person is not what it is about
    ]
    for text in texts:
        ex = run(text, PUB)
        assert not controversies(ex), text
        assert not [x for x in facts(ex) if x[1] == "involved_in"], text


# -- NEC selections and statements --------------------------------------------------

def test_nec_selection_dated_by_the_win_just_told(run):
    ex = run("Green MP Rowena Castleby won the seat in 2017. "
             "She had been selected by the party's National Executive Committee weeks before.", PUB)
    [sel] = [e for e in ex.events if e.subtype == "NEC selection"]
    assert sel.type == "selection" and sel.participants == ["Rowena Castleby"] and sel.date == "2017"


def test_nec_selection_undated_without_a_tie(run):
    ex = run("Labour MP Harriet Exampleton spoke first. "
             "She was selected by the NEC after the local party was suspended.")
    [sel] = [e for e in ex.events if e.subtype == "NEC selection"]
    assert sel.participants == ["Harriet Exampleton"] and sel.date is None


def test_selection_by_local_members_is_no_nec_selection(run):
    ex = run("Labour MP Harriet Exampleton was selected by local members in 2017.", PUB)
    assert not [e for e in ex.events if e.subtype == "NEC selection"]


def test_dated_reported_speech_is_a_statement(run):
    ex = run("Labour MP Harriet Exampleton, who in March admitted she had doubts about the plan, "
             "voted for it.", PUB)
    [st] = [e for e in ex.events if e.type == "statement"]
    assert st.date == "2022-03" and st.participants == ["Harriet Exampleton"]
    assert st.label == "Harriet Exampleton admitted she had doubts about the plan"


def test_no_statement_without_a_resolvable_date_or_when_reported_second_hand(run):
    for text, pub in [
        ("Labour MP Harriet Exampleton, who in March admitted she had doubts, voted for it.", None),
        ("Labour MP Harriet Exampleton said she had doubts about the plan.", PUB),
        ("The book claims Labour MP Harriet Exampleton said in 2003 she would resign.", PUB),
    ]:
        ex = run(text, pub)
        assert not [e for e in ex.events if e.type == "statement"], text


# -- role strings ------------------------------------------------------------------

def test_roles_read_naturally(run):
    ex = run("Kent's only Green MP Rowena Castleby spoke. "
             "Meanwhile Tory leader Marcus Fenwright stayed away. "
             "Gregor Plumtree, the Labour MP for Mid-Wessex, agreed.")
    roles = {p.name: p.roles for p in ex.people}
    assert "Kent's only Green MP" in roles["Rowena Castleby"]
    assert roles["Marcus Fenwright"] == ["Tory leader"]
    assert not any(r.startswith(("'s", "Meanwhile")) or r.endswith(" for") for rs in roles.values() for r in rs)
