"""A workbook whose zip entries claim a version zipfile cannot read is refused clearly
(found by the hall-file fuzz test: zipfile raised NotImplementedError)."""

from __future__ import annotations

import struct

import openpyxl
import pytest

from congress_desk.core.errors import UserError
from congress_desk.core.seating.hall_io import import_hall


def test_unsupported_zip_version_is_a_clear_refusal(tmp_path):
    path = tmp_path / "hoi-truong.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["A-1-1", "A-1-2"])
    wb.save(path)
    data = bytearray(path.read_bytes())
    at = data.find(b"PK\x01\x02")
    while at != -1:
        data[at + 6:at + 8] = struct.pack("<H", 146)  # "needs zip 14.6"
        at = data.find(b"PK\x01\x02", at + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(UserError) as info:
        import_hall(path)
    assert info.value.file == "hoi-truong.xlsx"
    assert "Không đọc được" in info.value.message or "không đọc được" in info.value.message.lower()
