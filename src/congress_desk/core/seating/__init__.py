"""Seating: the hall as data, seat assignments, protocol auto-seating and checks (no Qt)."""
