"""Person names: clean one mention, and group an article's mentions into people.

Grouping is by surname within one article, the way a reader does it: after
"Rosie Duffield", "Ms Duffield" is the same person. "Sir Nicholas" joins by
first name because knights are called by their first name.
"""
from __future__ import annotations

import re

from .parties import canonical_party

HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron",
              "rev", "reverend", "professor", "prof", "rt", "hon"}
TITLE_HONORIFICS = {"lord", "lady", "baroness", "baron"}   # peers: "Lord Rennard" is a usual name
FIRST_NAME_HONORIFICS = {"sir", "dame"}
# Words the model sometimes glues onto a name: offices and plurals before it, post-nominals after it.
LEADING_NOISE = {"mp", "mps", "-", "–", "prime", "minister", "chancellor", "president", "secretary",
                 "leader", "chairman", "candidate", "shadow", "former", "the", "labour", "tory", "says", "said"}
TRAILING_NOISE = {"mp", "qc", "mep", "msp", "am", "obe", "mbe", "cbe", "said", "says", "-"}


def clean_person_name(text: str) -> tuple[str, str | None]:
    """'Ms Duffield' -> ('Duffield', 'ms'); "Howard Flight's" -> ('Howard Flight', None); junk -> ('', None)."""
    text = text.replace("’", "'").replace("\n", " ")
    text = re.sub(r"'s?$", "", text.strip())
    words = text.split()
    honorific = None
    while words and (words[0].lower().strip(".") in HONORIFICS or words[0].lower() in LEADING_NOISE):
        if words[0].lower().strip(".") in HONORIFICS:
            honorific = words[0].lower().strip(".")
        words = words[1:]
    while words and words[-1].lower() in TRAILING_NOISE:
        words = words[:-1]
    name = " ".join(words)
    if not words or any(ch.isdigit() for ch in name) or not all(w[:1].isupper() for w in words):
        return "", honorific
    if any(len(w) > 1 and w.isupper() for w in words) or canonical_party(name):
        return "", honorific
    return name, honorific


def cluster_names(mentions: list[tuple[str, str | None]]) -> list[int]:
    """Give each (clean name, honorific) mention a cluster number; clusters are numbered by first appearance.

    Full names form the clusters. A one-word mention joins the most recent
    earlier full name with that surname (or, after Sir/Dame or with no
    honorific, that first name) when there is exactly one candidate or a most
    recent one; otherwise it forms its own cluster with the same one-word name.
    """
    clusters: list[list[str]] = []        # words of the fullest name seen per cluster
    full_index: dict[str, int] = {}
    single_index: dict[str, int] = {}
    # First pass: full names, so a surname mentioned before its full name still joins it.
    order = sorted(range(len(mentions)), key=lambda k: (len(mentions[k][0].split()) < 2, k))
    result = [-1] * len(mentions)
    for k in order:
        name, honorific = mentions[k]
        words = name.split()
        if len(words) >= 2:
            key = name.lower()
            if key not in full_index:
                # "Tony Blair" and "Anthony Charles Blair"? only when first and last words agree.
                match = next((c for c, ws in enumerate(clusters)
                              if len(ws) >= 2 and ws[0].lower() == words[0].lower() and ws[-1].lower() == words[-1].lower()), None)
                if match is None:
                    clusters.append(words)
                    match = len(clusters) - 1
                elif len(words) > len(clusters[match]):
                    clusters[match] = words
                full_index[key] = match
            result[k] = full_index[key]
            continue
        word = name.lower()
        by_surname = [c for c, ws in enumerate(clusters) if len(ws) >= 2 and ws[-1].lower() == word]
        by_first = [c for c, ws in enumerate(clusters) if len(ws) >= 2 and ws[0].lower() == word]
        if honorific in FIRST_NAME_HONORIFICS:
            candidates = by_first or by_surname
        elif honorific is None:
            candidates = by_surname or by_first
        else:
            candidates = by_surname
        if len(candidates) > 1:
            # Several people share the surname: take the one mentioned most recently before this mention.
            earlier = [(max((j for j in range(k) if result[j] == c), default=-1), c) for c in candidates]
            candidates = [max(earlier)[1]]
        if candidates:
            result[k] = candidates[0]
        else:
            if word not in single_index:
                clusters.append(words)
                single_index[word] = len(clusters) - 1
            result[k] = single_index[word]
    # Renumber by first appearance in the text.
    renumber: dict[int, int] = {}
    for c in result:
        renumber.setdefault(c, len(renumber))
    return [renumber[c] for c in result]
