"""Printing: badges, cards, charts, lists and certificates rendered with ReportLab.

Entry point: :func:`congress_desk.core.printing.kinds.render_kind`. Fonts are in
:mod:`.fonts`, administrative-document helpers in :mod:`.document`, layouts as data
in :mod:`.layout`, and the field registry in :mod:`.fields`.
"""
