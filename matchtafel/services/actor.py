"""Who is using this Matchtafel: recorded on every write and in the audit log.

Apart from ``base`` so that naming the user does not import SQLAlchemy (start-up names them first).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    """The person using this Matchtafel: recorded on every write and in the audit log."""

    name: str
    organisation: str = ""

    @property
    def label(self) -> str:
        return f"{self.name} ({self.organisation})" if self.organisation else self.name
