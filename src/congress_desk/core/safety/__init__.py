"""Hardening helpers: file integrity, recovery from backups, personal-data removal, history.

Small functions over an event file; no Qt. The window's recovery dialogs
(``ui/safety``) and the tests in ``tests/hardening`` drive exactly these.
"""
