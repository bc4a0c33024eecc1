"""Sessions: the list, planning, run mode for the live meeting, the table screen and the minutes."""
