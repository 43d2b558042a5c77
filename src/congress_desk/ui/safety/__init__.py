"""Recovery and privacy in the window: restore a backup, open a damaged or stale-locked file,
the history of changes, and removing personal data after the congress."""

from .hook import install_recovery, open_asking

__all__ = ["install_recovery", "open_asking"]
