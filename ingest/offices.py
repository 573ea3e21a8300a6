"""Office words: what a person is ("MP", "Tory leader", "Home Secretary") when the text says it next to the name.

Only a few offices become facts: MP (the core of the political record), party
leader, and named government posts written right before a name ("Chancellor
Gordon Brown"). The rest are kept as roles.
"""
from __future__ import annotations

# Government and parliamentary posts written as a title before a name, longest first when matched.
TITLED_POSTS = [
    "Deputy Prime Minister", "Prime Minister", "First Minister", "Deputy First Minister", "Chancellor of the Exchequer", "Chancellor",
    "Home Secretary", "Foreign Secretary", "Health Secretary", "Education Secretary", "Defence Secretary",
    "Culture Secretary", "Transport Secretary", "Trade Secretary", "Environment Secretary",
    "Work and Pensions Secretary", "Northern Ireland Secretary", "Scottish Secretary", "Welsh Secretary",
    "Constitutional Affairs Secretary", "Foreign Minister", "Attorney General", "Lord Chancellor",
    "Leader of the House", "Chief Secretary to the Treasury", "Chief Whip", "Speaker",
]

# Lower-case role nouns that may sit between a party and a name ("Labour chairman Ian McCartney").
ROLE_NOUNS = {
    "mp", "mps", "mep", "msp", "am", "leader", "chairman", "chairwoman", "chair", "candidate", "spokesman",
    "spokeswoman", "spokesperson", "minister", "secretary", "chancellor", "peer", "councillor", "chief",
    "deputy", "whip", "veteran", "backbencher", "frontbencher", "coordinator", "co-ordinator", "agent",
    "president", "treasurer", "member", "activist", "official", "strategist", "campaigner", "politician",
    "colleague", "rebel", "hopeful", "challenger", "director", "head", "figure", "grandee", "shadow",
}

MP_WORDS = {"MP", "MPs", "M.P."}
FORMER_WORDS = {"former", "ex", "ex-", "then", "late", "one-time", "onetime", "erstwhile", "previous"}
