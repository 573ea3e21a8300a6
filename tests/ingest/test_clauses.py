"""Candidacies, party moves, representing a seat, criticism and support read from verbs (texts written for these tests)."""
from __future__ import annotations


def test_contest_a_seat_for_a_party(run, facts):
    ex = run("George Gallard is to stand against Labour MP Oona Kingsley at the next general election. "
             "Mr Gallard said he would contest Bethnal Vale, in London, for Respect. "
             "Ms Kingsley has represented the constituency of Bethnal Vale and Bow since 1997.")
    f = facts(ex)
    assert ("George Gallard", "candidate_in", "next general election", "Bethnal Vale and Bow") in f
    assert ("George Gallard", "member_of", "Respect Party") in f
    assert ("Oona Kingsley", "candidate_in", "next general election") in f
    assert ("Oona Kingsley", "represents", "Bethnal Vale and Bow") in f
    assert "Bethnal Vale" not in [p.name for p in ex.people]


def test_candidacy_needs_a_positive_future_contest(run, facts):
    for text in ("Labour MP Jane Exley will not stand at the next election.",
                 "Tory MP Ed Dunnett is to stand down at the next general election.",
                 "Mr Blanchard first contested the Sheffield Moor seat in 1974.",
                 "It quashes speculation that Tom Vessey would stand against Geoff Hume at the next election."):
        assert not [x for x in facts(run(text)) if x[1] == "candidate_in"], text


def test_running_for_a_named_seat(run, facts):
    f = facts(run("Shahid Marwan, who is himself running for the seat of Dewsford, spoke."))
    assert ("Shahid Marwan", "candidate_in", "next general election", "Dewsford") in f


def test_defection_makes_the_old_party_former(run, facts):
    f = facts(run("Robert Jacklin, MP for Wantford, has defected from the Tories to Labour."))
    assert ("Robert Jacklin", "member_of", "Labour Party") in f
    assert ("Robert Jacklin", "member_of", "Conservative Party", "former") in f
    assert ("Robert Jacklin", "member_of", "Conservative Party") not in f


def test_leaving_and_expulsion(run, facts):
    f = facts(run("Conservative MP Robert Jacklin said he was glad. "
                  "He added that it was not surprising Mr Jacklin had chosen to leave the Conservatives."))
    assert ("Robert Jacklin", "member_of", "Conservative Party", "former") in f
    assert ("Robert Jacklin", "member_of", "Conservative Party") not in f
    f = facts(run("The Glasgow Kelso MP Jim Brodie, who was expelled from Labour, spoke."))
    assert ("Jim Brodie", "member_of", "Labour Party", "former") in f


def test_represented_needs_a_seat(run, facts):
    assert not [x for x in facts(run("Mr Todman represented Unison at the talks.")) if x[1] == "represents"]


def test_criticised_and_supported(run, facts):
    f = facts(run("Alan Milbrook attacked the Tories. Tony Blakely accused Michael Harwood of lying. "
                  "Mr Milbrook praised Mr Blakely."))
    assert ("Alan Milbrook", "criticised", "Conservative Party") in f
    assert ("Tony Blakely", "criticised", "Michael Harwood") in f
    assert ("Alan Milbrook", "supported", "Tony Blakely") in f


def test_stance_needs_a_named_target_and_an_asserted_act(run, facts):
    f = facts(run("Mr Harwood backed Mr Blakely's plan. Alan Milbrook did not criticise Tony Blakely. "
                  "Tony Blakely was attacked by critics."))
    assert not [x for x in f if x[1] in ("criticised", "supported")]


def test_represented_an_unmarked_seat_since_a_year(run, facts):
    f = facts(run("Labour MP Oona Kingsley has represented Bethnal Vale and Bow since 1997."))
    assert ("Oona Kingsley", "represents", "Bethnal Vale and Bow") in f
