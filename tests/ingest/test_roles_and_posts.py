"""Party ties, party offices and ministerial posts read from the words around a name (texts written for these tests)."""
from __future__ import annotations


def test_party_chairman_is_a_party_office(run, facts):
    f = facts(run("Labour chairman Ian Porterfield said the campaign was going well."))
    assert ("Ian Porterfield", "member_of", "Labour Party") in f
    assert ("Ian Porterfield", "holds_office", "Labour Party chairman") in f


def test_longer_party_posts_use_the_attributive_party_name(run, facts):
    f = facts(run("Lib Dem elections chief Lord Tavistow said the seats were winnable. "
                  "Tory co-chairman Liam Prowse disagreed."))
    assert ("Lord Tavistow", "holds_office", "Liberal Democrat elections chief") in f
    assert ("Liam Prowse", "holds_office", "Conservative co-chairman") in f


def test_committee_chairman_is_not_a_party_office(run, facts):
    f = facts(run("Commons committee chairman Alan Whitbury said the report was late."))
    assert not [x for x in f if x[1] in ("holds_office", "member_of")]


def test_party_chairman_takes_the_one_party_the_sentence_names(run, facts):
    f = facts(run("Party chairman Liam Prowse said the Tories would win."))
    assert ("Liam Prowse", "member_of", "Conservative Party") in f
    assert ("Liam Prowse", "holds_office", "Conservative Party chairman") in f


def test_party_word_with_two_parties_stays_unknown(run, facts):
    f = facts(run("Tory co-chairman Liam Prowse attacked Labour's record and party leader Michael Harwood spoke later."))
    assert not [x for x in f if x[0] == "Michael Harwood" and x[1] in ("leader_of", "member_of")]


def test_bare_leader_after_the_party_group(run, facts):
    f = facts(run("The Liberal Democrats hope to unseat top Tories - including leader Michael Harwood - at the next election."))
    assert ("Michael Harwood", "leader_of", "Conservative Party") in f


def test_portfolio_ministers(run, facts):
    f = facts(run("Former Northern Ireland minister Sir Nicholas Penrose has died. "
                  "Europe minister Denis Halloran said the treaty was safe."))
    assert ("Nicholas Penrose", "holds_office", "Northern Ireland minister", "former") in f
    assert ("Denis Halloran", "holds_office", "Europe minister") in f


def test_minister_for_and_foreign_ministers(run, facts):
    f = facts(run("Denis Halloran, minister for Europe, met the Italian finance minister Marco Bellandi."))
    assert ("Denis Halloran", "holds_office", "Minister for Europe") in f
    assert not [x for x in f if x[0] == "Marco Bellandi" and x[1] == "holds_office"]


def test_first_minister_is_one_post(run, facts):
    f = facts(run("First Minister Jack Dunmore has ordered a report."))
    assert ("Jack Dunmore", "holds_office", "First Minister") in f


def test_spokesman_for_the_party_and_relative_clause(run, facts):
    f = facts(run("Mark Ottley, home affairs spokesman for the Liberal Democrats, said so. "
                  "Shahid Marwan, who is on Labour's ruling executive, disagreed."))
    assert ("Mark Ottley", "member_of", "Liberal Democrats") in f
    assert ("Shahid Marwan", "member_of", "Labour Party") in f


def test_spokesman_for_an_office_names_no_party(run, facts):
    f = facts(run("Mark Ottley, spokesman for the Home Office, said so."))
    assert not [x for x in f if x[1] == "member_of"]


def test_bracketed_party_and_seat(run, facts):
    f = facts(run("The motion was tabled by Ann Clewer (Lab, Cynon Vale)."))
    assert ("Ann Clewer", "member_of", "Labour Party") in f
    assert ("Ann Clewer", "represents", "Cynon Vale") in f
    assert not facts(run("John Smithers (pictured) said it was over."))


def test_served_as_is_a_former_post(run, facts):
    f = facts(run("Conservative MP Robert Jacklin said so. Mr Jacklin served as higher education minister "
                  "between 1987 and 1990."))
    assert ("Robert Jacklin", "holds_office", "Higher education minister", "former") in f


def test_description_glued_to_a_name_is_not_a_reference_back(run, facts):
    f = facts(run("Adam Boulder presented the show. The Liberal Democrat chairman Matthew Tayler said it was wrong."))
    assert not [x for x in f if x[0] == "Adam Boulder" and x[1] in ("holds_office", "member_of")]
    assert ("Matthew Tayler", "member_of", "Liberal Democrats") in f


def test_bbc_lead_sentence_describes_the_person_named_next(run, facts):
    f = facts(run("A Conservative MP has defected to Labour.\n\nRobert Jacklin, 58, MP for Wantford, said he "
                  "was disillusioned with the party."))
    assert ("Robert Jacklin", "member_of", "Labour Party") in f
    assert ("Robert Jacklin", "member_of", "Conservative Party", "former") in f
    assert not [x for x in facts(run("A Labour MP has been suspended. The party said so. John Smithers was away."))
                if x[1] == "member_of"]
