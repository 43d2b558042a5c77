"""Check-in: badge codes, lookup, desk journals, attendance."""
