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


def test_scrub_hides_numbers_written_with_dashes_dots_spaces_or_a_country_code():
    for written in ("0912-345-678", "0912.345.678", "0912 345 678", "091-234-5678", "+84 912 345 678",
                    "(+84) 912-345-678", "031-175-001-234", "031 175 001 234", "0225/3842/123"):
        text = logs.scrub(f"đại biểu gọi {written} lúc 07:41")
        digits = "".join(c for c in written if c.isdigit())
        assert digits[-6:] not in "".join(c for c in text if c.isdigit()), (written, text)
        assert "07:41" in text


def test_scrub_keeps_dates_times_codes_and_counts():
    text = logs.scrub("2020-11-09 07:41:05 mã 10000012 10000013, 550 đại biểu, ghế B-5-12, phiên 2020-11-09T07")
    assert text == "2020-11-09 07:41:05 mã 10000012 10000013, 550 đại biểu, ghế B-5-12, phiên 2020-11-09T07"


def test_the_log_file_never_holds_a_dashed_phone(tmp_path):
    import logging

    path = logs.setup_logging()
    logging.getLogger("congress_desk.test").warning("không gọi được số %s", "0912-345-678")
    for handler in logging.getLogger("congress_desk").handlers:
        handler.flush()
    written = path.read_text(encoding="utf-8")
    assert "không gọi được số" in written and "345" not in written.split("không gọi được số")[1]
