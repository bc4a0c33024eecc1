"""The screens, one folder per area of the main window's navigation."""
