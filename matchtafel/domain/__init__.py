"""The rules of the domain, true whatever screen or database is used: vocabularies, steps, dates and deadlines,
the free-text guard, the access rights table, the privacy inventory, the user-facing errors. Pure Python."""
