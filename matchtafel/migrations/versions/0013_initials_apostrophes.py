"""Initials made again where an apostrophe became one.

Earlier versions took the apostrophe of a family name such as "’t Hart" for its initial ("M.’."); the rule now
skips apostrophes ("M.H."). Only rows that still carry a name are touched (an anonymised young person keeps no
initials). A data migration: nothing to undo. (Alembic logs the first line: no names in it.)

Revision ID: 0013_initials_apostrophes
Revises: 0012_amendment_parts
Create Date: 2026-11-30
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0013_initials_apostrophes"
down_revision = "0012_amendment_parts"
branch_labels = None
depends_on = None

# A copy of the rule in matchtafel.services.young_people as it stands at this revision: a migration must not
# change when the application's code does.
_PREFIXES = {
    *("van", "de", "der", "den", "het", "ter", "ten", "te", "in", "op", "'t", "'s"),
    *("la", "le", "du", "da", "di"),
}
_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "ʼ": "'"})


def _first_letter(word: str) -> str:
    return next((char for char in word if char.isalnum()), "")


def _initials(given_name: str, family_name: str) -> str:
    words = re.split(r"[\s-]+", family_name.translate(_APOSTROPHES).strip())
    main = [w for w in words if w and w.lower() not in _PREFIXES and _first_letter(w)]
    family = main[0] if main else family_name
    letters = [_first_letter(given_name), _first_letter(family)]
    return "".join(f"{letter.upper()}." for letter in letters if letter)


def upgrade() -> None:
    young = sa.table(
        "young_people",
        sa.column("id", sa.Integer),
        sa.column("initials", sa.String),
        sa.column("given_name", sa.String),
        sa.column("family_name", sa.String),
    )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(young.c.id, young.c.initials, young.c.given_name, young.c.family_name).where(
            sa.or_(young.c.given_name != "", young.c.family_name != "")
        )
    ).all()
    for row in rows:
        if any(not char.isalnum() and char != "." for char in row.initials):  # only what the old rule spoilt
            better = _initials(row.given_name or "", row.family_name or "")
            if better and better != row.initials:
                connection.execute(sa.update(young).where(young.c.id == row.id).values(initials=better))


def downgrade() -> None:
    pass  # the spoilt initials are not worth making again
