"""What kind of data a stored field holds, for the DPIA's inventory (``privacy_inventory``) and the field
specs (``fields``). Pure constants."""

from __future__ import annotations

IDENTIFYING = "identifying"  # names a young person directly or through a code
PERSONAL = "personal"  # about a young person, not naming them
SENSITIVE = "sensitive"  # about support or a work-limiting condition: shown and kept with care
FREE_TEXT = "free_text"  # typed by people: may hold anything; guarded, emptied on anonymising
STAFF = "staff"  # the professionals' own contact data and who did what
BUSINESS = "business"  # employers, vacancies, sessions: not about a young person
TECHNICAL = "technical"  # ids, versions, timestamps
SUPPORTER = "supporter"  # a mentor's or coach's own name and contact: kept while they support, erasable

# Columns every tracked record has; they are not fields of a form, a list or a file.
COMMON = {
    "id": TECHNICAL,
    "version": TECHNICAL,
    "created_at": TECHNICAL,
    "updated_at": TECHNICAL,
    "archived_at": TECHNICAL,
    "created_by": STAFF,
    "updated_by": STAFF,
}
