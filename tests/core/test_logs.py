"""The log file: rotated at start-up, scrubbed of personal numbers."""

from __future__ import annotations

from congress_desk import logs


def test_a_full_log_is_rotated_and_three_kept(tmp_path):
    path = tmp_path / "congress-desk.log"
    for n in range(5):
        path.write_bytes(str(n).encode() * 1_000_001)
        logs._rotate(path)
    assert not path.exists()
    kept = sorted(p.name for p in tmp_path.iterdir())
    assert kept == ["congress-desk.log.1", "congress-desk.log.2", "congress-desk.log.3"]
    assert (tmp_path / "congress-desk.log.1").read_bytes()[:1] == b"4"  # newest first


def test_a_small_log_is_left_alone(tmp_path):
    path = tmp_path / "congress-desk.log"
    path.write_text("một dòng\n", encoding="utf-8")
    logs._rotate(path)
    assert path.read_text(encoding="utf-8") == "một dòng\n"


def test_scrub_hides_phone_and_id_numbers():
    text = logs.scrub("gọi 0912345678, CCCD 031175001234, mã thẻ 10000012")
    assert "0912345678" not in text and "031175001234" not in text
    assert "10000012" in text  # badge codes (8 digits) are not personal numbers
