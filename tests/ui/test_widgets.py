"""ElidedLabel: long text never widens its window; it ends in "…" with the whole text
as the tooltip (issue 14)."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from congress_desk.ui.widgets import ElidedLabel

LONG = "Đã ghi bản góp ý: " + "/rat/dai/thu-muc-cua-van-phong" * 12 + "/quan-le-chan_gop-y.xlsx"


def test_a_long_label_elides_with_a_tooltip(qtbot):
    row = QWidget()
    qtbot.addWidget(row)
    layout = QHBoxLayout(row)
    layout.addWidget(QPushButton("Nhập"))
    label = ElidedLabel(LONG)
    layout.addWidget(label, 1)
    row.resize(500, 40)
    row.show()
    qtbot.waitExposed(row)
    assert row.minimumSizeHint().width() < 400, "the text does not set the window's width"
    assert label.text() == LONG
    assert label.is_elided() and label.toolTip() == LONG
    row.resize(4000, 40)
    qtbot.waitUntil(lambda: not label.is_elided())
    assert label.toolTip() == ""
