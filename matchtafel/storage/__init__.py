"""Where the data lives: opening, checking and migrating a database (SQLite file or PostgreSQL), the lock
file, encryption, run mode's journal, backups and restore, and setting up a shared server."""
