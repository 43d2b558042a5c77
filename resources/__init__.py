"""Shipped data: fonts, halls, the award catalogue, card layouts, translations, icons, samples.

This folder sits beside ``src/`` and is packaged as ``congress_desk.resources`` (the wheel,
an editable install and the PyInstaller folder); code reaches it only through
``congress_desk.core.resources.resource_path``.
"""
