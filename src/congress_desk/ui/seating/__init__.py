"""The Sơ đồ chỗ ngồi tab: the hall map, auto-seating, checks and rules."""
