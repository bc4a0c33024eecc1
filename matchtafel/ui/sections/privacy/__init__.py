"""The privacy officer's and coordinator's section: audit log, retention, inventory, backups."""
