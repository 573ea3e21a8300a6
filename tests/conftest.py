"""Shared test setup: make tests/fixtures.py importable as `fixtures` from every test folder.

tests/ has no __init__.py (each room's tests are collected on their own), so
the hand-built sample data lives in a plain module put on sys.path here.
"""
import sys
from pathlib import Path

_TESTS = str(Path(__file__).resolve().parent)
if _TESTS not in sys.path:
    sys.path.insert(0, _TESTS)
