"""A bad input item is reported as a value, not raised, so one broken article never aborts a batch."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ReadError:
    source: str               # file path or URL
    message: str
    line: int | None = None   # 1-based line number for .jsonl inputs

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"
