"""The core: everything Congress Desk does, with no Qt import anywhere."""
