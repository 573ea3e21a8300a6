"""Constituency names: the spelling the gold data and the graph agree on.

News text writes seats loosely ("Folkestone & Hythe", "Mid-Bedfordshire",
"the Wantage constituency"); we keep one official-style spelling so the same
seat gets the same node whichever article names it.
"""
from __future__ import annotations

import re

COMPASS = r"(Mid|North|South|East|West|Central|Inner|Outer|Upper|Lower|Greater|North East|North West|South East|South West)"


def normalise_constituency(name: str) -> str:
    """'Folkestone & Hythe' -> 'Folkestone and Hythe'; 'Mid-Bedfordshire' -> 'Mid Bedfordshire'.

    Hyphens inside a place name ("Stoke-on-Trent", "Weston-super-Mare") are kept;
    only the compass-prefix hyphen is a spelling variant.
    """
    text = name.replace("’", "'").replace("&", " and ")
    text = re.sub(rf"\b{COMPASS}-(?=[A-Z])", r"\1 ", text)
    text = " ".join(text.split())
    text = re.sub(r"^(the|The)\s+", "", text)
    text = re.sub(r"\s+(constituency|seat)$", "", text, flags=re.IGNORECASE)
    text = re.sub(r"'s$", "", text)
    return text.strip(" ,.")


def complete_seat(name: str, known: list[str]) -> str:
    """"Bethnal Green" -> "Bethnal Green and Bow" when the article names that seat in full elsewhere.

    A short form is how news refers back to a long seat name; one known seat
    starting with the same words is the seat meant. Two candidates: keep
    the short form rather than guess.
    """
    words = name.split()
    longer = {k for k in known if len(k.split()) > len(words) and k.split()[:len(words)] == words}
    return longer.pop() if len(longer) == 1 else name
