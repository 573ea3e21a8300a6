"""UK party names as they appear in news text, mapped to one canonical name each.

The canonical names follow ../shared/gold/README.md. Matching is case-sensitive
on purpose: "Labour" is the party, "labour" is work; "Greens" is the party,
"green" is a colour. Ambiguous bare words ("Green", "Reform") are left out.
"""
from __future__ import annotations

PARTY_ALIASES: dict[str, list[str]] = {
    "Conservative Party": ["Conservative", "Conservatives", "Conservative Party", "Tory", "Tories",
                           "Tory Party", "Conservative and Unionist Party"],
    "Labour Party": ["Labour", "Labour Party", "New Labour", "Labour Co-operative"],
    "Liberal Democrats": ["Liberal Democrats", "Liberal Democrat", "Liberal Democrat Party", "Lib Dem",
                          "Lib Dems", "LibDem", "LibDems", "Lib-Dem", "Lib-Dems"],
    "UK Independence Party": ["UKIP", "Ukip", "UK Independence Party", "United Kingdom Independence Party"],
    "Scottish National Party": ["SNP", "Scottish National Party", "Scottish Nationalists"],
    "Plaid Cymru": ["Plaid Cymru", "Plaid"],
    "Green Party": ["Green Party", "Greens", "Green Party of England and Wales", "Scottish Green Party"],
    "British National Party": ["BNP", "British National Party"],
    "Democratic Unionist Party": ["DUP", "Democratic Unionist Party", "Democratic Unionists"],
    "Ulster Unionist Party": ["UUP", "Ulster Unionist Party", "Ulster Unionists"],
    "Sinn Fein": ["Sinn Fein", "Sinn Féin"],
    "Social Democratic and Labour Party": ["SDLP", "Social Democratic and Labour Party"],
    "Respect Party": ["Respect", "Respect Party", "Respect - the Unity Coalition"],
    "Veritas": ["Veritas"],
    "Reform UK": ["Reform UK", "Brexit Party"],
}

# Hansard-style labels in brackets after an MP's name: "Ann Clwyd (Lab, Cynon Valley)".
BRACKET_LABELS = {"Lab": "Labour Party", "Con": "Conservative Party", "C": "Conservative Party",
                  "LD": "Liberal Democrats", "Lib Dem": "Liberal Democrats", "SNP": "Scottish National Party",
                  "PC": "Plaid Cymru", "DUP": "Democratic Unionist Party", "UUP": "Ulster Unionist Party",
                  "SDLP": "Social Democratic and Labour Party", "SF": "Sinn Fein", "Green": "Green Party",
                  "Ukip": "UK Independence Party", "UKIP": "UK Independence Party", "Respect": "Respect Party"}

_CANONICAL = {alias.lower(): canon for canon, aliases in PARTY_ALIASES.items() for alias in aliases + [canon]}


def canonical_party(name: str) -> str | None:
    """"Tories" -> "Conservative Party"; None when the words are not a party we know."""
    key = " ".join(name.replace("’", "'").split()).lower()
    if key.startswith("the "):
        key = key[4:]
    for suffix in ("'s", "'"):
        if key.endswith(suffix):
            key = key[: -len(suffix)]
    return _CANONICAL.get(key)


def party_of(tok) -> str | None:
    """The canonical party a spaCy token tagged PARTY names; None for any other token (or None)."""
    if tok is None or tok.ent_type_ != "PARTY":
        return None
    return tok.ent_id_ or canonical_party(tok.text)


def ruler_patterns() -> list[dict]:
    """EntityRuler patterns, label PARTY, id = canonical name (read back as ent.ent_id_)."""
    patterns = []
    for canon, aliases in PARTY_ALIASES.items():
        for alias in sorted(set(aliases + [canon])):
            patterns.append({"label": "PARTY", "pattern": alias, "id": canon})
    return patterns
